"""Exercise every CUDA path of rnncli and print tokens/s for each: ``python -m benchmarks.gpu_check``.

Runs, one after the other and each as its own ``python -m rnncli`` process (as a user would):
train-lm in fp32, bf16 and fp16 with the deferred loss read-back (``--loss-every``), train-mt,
sample, translate with beam search, activations, and train-lm under a one-process ``torchrun``.
On a GPU (``--device auto`` finds one) the sizes are meant to finish in well under 8 minutes; on a
machine without CUDA the same commands run on the CPU with small sizes (``--small`` forces those),
where fp16 is refused by design: the refusal is shown in one line and the check goes on.

Training figures are the trainer's own tokens/s (``metrics.jsonl``, start-up excluded); the others
are tokens per second of the whole process, start-up and model loading included, so on small sizes
they understate the steady rate. The exit code is non-zero when any command failed unexpectedly.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


@dataclass
class Sizes:
    lm: list[str]  # model and batch options for train-lm
    lm_steps: int
    mt: list[str]
    mt_steps: int
    loss_every: int
    sample_len: int
    samples: int
    translate_lines: int
    activation_chars: int
    lm_chars: int | None  # cut the corpus to this many characters (None: the whole of it)
    mt_pairs: int | None


GPU = Sizes(
    lm=["--hidden", "512", "--layers", "2", "--batch-size", "64", "--seq-len", "128"],
    lm_steps=300,
    mt=["--batch-size", "128"],
    mt_steps=600,
    loss_every=16,
    sample_len=2000,
    samples=32,
    translate_lines=1000,
    activation_chars=100_000,
    lm_chars=None,
    mt_pairs=None,
)
CPU = Sizes(
    lm=["--hidden", "64", "--layers", "2", "--batch-size", "8", "--seq-len", "64"],
    lm_steps=30,
    mt=["--hidden", "64", "--embed", "32", "--vocab-size", "500", "--batch-size", "32"],
    mt_steps=40,
    loss_every=4,
    sample_len=200,
    samples=4,
    translate_lines=50,
    activation_chars=5_000,
    lm_chars=300_000,
    mt_pairs=3_000,
)


@dataclass
class Outcome:
    name: str
    seconds: float
    tokens_per_s: float | None
    note: str
    ok: bool


def _run(cmd: list[str], env: dict, log) -> tuple[subprocess.CompletedProcess, float]:
    log("$ " + " ".join(cmd))
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    return r, time.perf_counter() - t0


def _trainer_rate(run_dir: Path) -> float | None:
    recs = [json.loads(x) for x in (run_dir / "metrics.jsonl").read_text().splitlines() if x.strip()]
    rates = [r["tokens_per_s"] for r in recs if r.get("tokens_per_s")]
    return rates[-1] if rates else None


def _failed(name: str, r: subprocess.CompletedProcess, secs: float) -> Outcome:
    tail = (r.stderr.strip().splitlines() or ["(no message)"])[-1]
    return Outcome(name, secs, None, f"FAILED (exit {r.returncode}): {tail}", False)


def prepare(work: Path, z: Sizes) -> dict[str, Path]:
    """Corpora for the run: the bundled ones, cut to the sizes' lengths."""
    files = {"lm": DATA / "shakespeare" / "train.txt", "lm_val": DATA / "shakespeare" / "valid.txt"}
    if z.lm_chars is not None:
        for key in ("lm", "lm_val"):
            text = files[key].read_text(encoding="utf-8")[: z.lm_chars if key == "lm" else z.lm_chars // 10]
            files[key] = work / f"{key}.txt"
            files[key].write_text(text, encoding="utf-8")
    en_de = DATA / "mt" / "en-de"
    for split, n in (("train", z.mt_pairs), ("dev", 200 if z.mt_pairs else None)):
        for side in ("en", "de"):
            src = en_de / f"{split}.{side}"
            if n is not None:
                dst = work / f"{split}.{side}"
                dst.write_text("".join(src.read_text(encoding="utf-8").splitlines(True)[:n]), encoding="utf-8")
                src = dst
            files[f"{split}.{side}"] = src
    lines = (en_de / "test.en").read_text(encoding="utf-8").splitlines(True)[: z.translate_lines]
    files["test.en"] = work / "test.en"
    files["test.en"].write_text("".join(lines), encoding="utf-8")
    return files


def train_lm(
    py: list[str],
    files,
    work: Path,
    z: Sizes,
    device: str,
    precision: str,
    env,
    log,
    launcher: list[str] | None = None,
    name: str | None = None,
) -> Outcome:
    name = name or f"train-lm {precision}"
    out = work / name.replace(" ", "-")
    cmd = (launcher or py) + [
        "train-lm",
        str(files["lm"]),
        "--val",
        str(files["lm_val"]),
        "--out",
        str(out),
        "--max-steps",
        str(z.lm_steps),
        "--eval-every",
        str(max(z.lm_steps // 2, 1)),
        "--precision",
        precision,
        "--loss-every",
        str(z.loss_every),
        "--json",
        *z.lm,
    ]
    if launcher is None:
        cmd += ["--device", device]
    r, secs = _run(cmd, env, log)
    if r.returncode != 0:
        if precision == "fp16" and device == "cpu":
            line = (r.stderr.strip().splitlines() or [""])[-1]
            return Outcome(name, secs, None, f"refused on the CPU, as designed (exit {r.returncode}): {line}", True)
        return _failed(name, r, secs)
    res = json.loads(r.stdout.strip().splitlines()[-1])
    return Outcome(
        name, secs, _trainer_rate(out), f"{res['steps']} steps, best val bpc {res['best_val_bpc']:.3f}", True
    )


def train_mt(py, files, work: Path, z: Sizes, device: str, env, log) -> Outcome:
    out = work / "train-mt"
    cmd = py + [
        "train-mt",
        "--src",
        str(files["train.en"]),
        "--tgt",
        str(files["train.de"]),
        "--dev-src",
        str(files["dev.en"]),
        "--dev-tgt",
        str(files["dev.de"]),
        "--out",
        str(out),
        "--max-steps",
        str(z.mt_steps),
        "--eval-every",
        str(max(z.mt_steps // 2, 1)),
        "--loss-every",
        str(z.loss_every),
        "--device",
        device,
        "--json",
        *z.mt,
    ]
    r, secs = _run(cmd, env, log)
    if r.returncode != 0:
        return _failed("train-mt", r, secs)
    res = json.loads(r.stdout.strip().splitlines()[-1])
    return Outcome(
        "train-mt", secs, _trainer_rate(out), f"{res['steps']} steps, best dev BLEU {res['best_bleu']:.2f}", True
    )


def sample(py, work: Path, z: Sizes, device: str, env, log) -> Outcome:
    ckpt = work / "train-lm-fp32" / "best.ckpt"
    cmd = py + [
        "sample",
        str(ckpt),
        "--length",
        str(z.sample_len),
        "--num-samples",
        str(z.samples),
        "--seed",
        "1",
        "--device",
        device,
    ]
    r, secs = _run(cmd, env, log)
    if r.returncode != 0:
        return _failed("sample", r, secs)
    n = z.sample_len * z.samples
    return Outcome(
        "sample", secs, n / secs, f"{z.samples} samples x {z.sample_len} tokens (wall, start-up included)", True
    )


def translate(py, files, work: Path, device: str, env, log) -> Outcome:
    from rnncli import checkpoint, tokenizers

    ckpt = work / "train-mt" / "best.ckpt"
    cmd = py + ["translate", str(ckpt), str(files["test.en"]), "--beam", "5", "--device", device]
    r, secs = _run(cmd, env, log)
    if r.returncode != 0:
        return _failed("translate beam 5", r, secs)
    tok = tokenizers.from_state(checkpoint.load(ckpt, kind="mt")["src_tokenizer"])
    lines = files["test.en"].read_text(encoding="utf-8").splitlines()
    n = sum(len(tok.encode(x)) for x in lines)
    return Outcome(
        "translate beam 5", secs, n / secs, f"{len(lines)} sentences, {n} source tokens (wall, start-up included)", True
    )


def activations(py, files, work: Path, z: Sizes, device: str, env, log) -> Outcome:
    ckpt = work / "train-lm-fp32" / "best.ckpt"
    npz = work / "acts.npz"
    cmd = py + [
        "activations",
        str(ckpt),
        str(files["lm"]),
        "--max-chars",
        str(z.activation_chars),
        "--save",
        str(npz),
        "--find",
        "brackets",
        "--device",
        device,
    ]
    r, secs = _run(cmd, env, log)
    if r.returncode != 0 or not npz.is_file():
        return _failed("activations", r, secs)
    return Outcome(
        "activations",
        secs,
        z.activation_chars / secs,
        f"{z.activation_chars} characters, every signal saved, --find ranked (wall, start-up included)",
        True,
    )


def check(device: str, small: bool, log) -> list[Outcome]:
    z = CPU if small else GPU
    py = [sys.executable, "-m", "rnncli"]
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "1", "-m", "rnncli"]
    work = Path(tempfile.mkdtemp(prefix="rnncli-gpu-check-"))
    env = dict(os.environ, RNNCLI_CACHE_DIR=str(work / "cache"), NO_COLOR="1")
    try:
        files = prepare(work, z)
        results = [train_lm(py, files, work, z, device, p, env, log) for p in ("fp32", "bf16", "fp16")]
        results.append(train_mt(py, files, work, z, device, env, log))
        results.append(sample(py, work, z, device, env, log))
        results.append(translate(py, files, work, device, env, log))
        results.append(activations(py, files, work, z, device, env, log))
        # torchrun's one process takes the first visible GPU: make that the one asked for
        tr_env = dict(env, CUDA_VISIBLE_DEVICES=device.split(":")[1]) if device.startswith("cuda:") else env
        results.append(
            train_lm(
                py,
                files,
                work,
                z,
                device,
                "fp32",
                tr_env,
                log,
                launcher=torchrun,
                name="torchrun 1 process train-lm fp32",
            )
        )
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(device: str, results: list[Outcome], seconds: float) -> str:
    rows = [
        f"rnncli GPU check on {device}: {seconds:.0f} s in all",
        f"{'command':<34} {'seconds':>8} {'tokens/s':>10}  notes",
    ]
    for o in results:
        rate = f"{o.tokens_per_s:,.0f}" if o.tokens_per_s is not None else "-"
        rows.append(f"{o.name:<34} {o.seconds:>8.1f} {rate:>10}  {o.note}")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gpu_check", description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="auto", help="auto (CUDA when there is one), cpu, cuda or cuda:N")
    ap.add_argument("--small", action="store_true", help="the CPU sizes, whatever the device")
    args = ap.parse_args()
    import torch

    device = args.device
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    small = args.small or device == "cpu"
    name = torch.cuda.get_device_name(device) if device.startswith("cuda") else "CPU"
    t0 = time.perf_counter()
    results = check(device, small, lambda s: print(s, file=sys.stderr, flush=True))
    print(
        report(
            f"{device} ({name}, torch {torch.__version__}, {'small' if small else 'GPU'} sizes)",
            results,
            time.perf_counter() - t0,
        )
    )
    return 0 if all(o.ok for o in results) else 1


if __name__ == "__main__":
    sys.exit(main())
