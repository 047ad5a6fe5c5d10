"""Language-model quality per CPU-minute: ``rnncli train-lm`` with its defaults against the PyTorch
word-language-model example's recipe, same model size, same minutes, on corpora of different kinds.

For every corpus (see benchmarks/corpora.py) and every repeat, one after the other, each in a fresh
process:

* **rnncli**: ``rnncli train-lm TRAIN --val VALID --time-budget MINUTES`` with nothing else (the
  defaults: a 2x256 LSTM over characters, embedding 64, 16 streams of 128-token windows), then
  ``rnncli eval RUN/best.ckpt TEST``;
* **example**: benchmarks/example_lm.py, the example's training loop and recipe (SGD at lr 20,
  clip 0.25, dropout 0.2, lr / 4 after an epoch that did not improve), same model size, streams and
  window, the same minutes.

Both score the held-out test text with the same stream layout (10 columns of 128-token windows, the
example's evaluation), in bits per character. The two take turns going first. Printed: every run,
and per corpus the medians and rnncli's margin (example minus rnncli: positive means rnncli is
better), with the load average around each run.
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import corpora

HERE = Path(__file__).resolve().parent


def _load() -> float:
    return os.getloadavg()[0]


def run_rnncli(paths: dict, minutes: float, seed: int, extra: list[str], work: Path) -> dict:
    out = work / f"rnncli-{seed}-{time.monotonic_ns()}"
    cmd = [
        sys.executable,
        "-m",
        "rnncli",
        "train-lm",
        str(paths["train"]),
        "--val",
        str(paths["valid"]),
        "--time-budget",
        str(minutes),
        "--seed",
        str(seed),
        "--out",
        str(out),
        "--json",
        *extra,
    ]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"rnncli train-lm failed: {done.stderr.strip().splitlines()[-1:]}")
    wall = time.perf_counter() - t
    result = json.loads(done.stdout)
    score = subprocess.run(
        [
            sys.executable,
            "-m",
            "rnncli",
            "eval",
            result["best"],
            str(paths["test"]),
            "--batch-size",
            "10",
            "--seq-len",
            "128",
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    if score.returncode != 0:
        raise SystemExit(f"rnncli eval failed: {score.stderr.strip()}")
    ev = json.loads(score.stdout)
    return {
        "test_bpc": ev["bits_per_char"],
        "val_bpc": result["best_val_bpc"],
        "steps": result["steps"],
        "seconds": result["seconds"],
        "wall": wall,
        "log": done.stderr,
    }


def run_example(paths: dict, minutes: float, seed: int, extra: list[str]) -> dict:
    cmd = [
        sys.executable,
        str(HERE / "example_lm.py"),
        "--train",
        str(paths["train"]),
        "--valid",
        str(paths["valid"]),
        "--test",
        str(paths["test"]),
        "--minutes",
        str(minutes),
        "--seed",
        str(seed),
        *extra,
    ]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"example_lm failed: {done.stderr.strip()[-500:]}")
    return {**json.loads(done.stdout), "wall": time.perf_counter() - t}


def run(
    names: list[str],
    repeats: int = 2,
    minutes: float = 4.0,
    corpus_dir: str | None = None,
    rnncli_args: str = "",
    example_args: str = "",
    systems: tuple[str, ...] = ("rnncli", "example"),
    variants: dict[str, str] | None = None,
    variant_corpora: list[str] | None = None,
    log=print,
) -> dict:
    """``variants``: more systems, each rnncli with options added to ``rnncli_args`` (name -> options),
    run in turn with the others (for instance ``{"bf16": "--precision bf16"}``), on ``variant_corpora`` only
    when given."""
    variants = variants or {}
    systems = tuple(systems) + tuple(v for v in variants if v not in systems)
    work = Path(tempfile.mkdtemp(prefix="rnncli-lmq-"))
    base = Path(corpus_dir) if corpus_dir else Path(tempfile.gettempdir()) / "rnncli-corpora"
    results: dict = {
        "minutes": minutes,
        "repeats": repeats,
        "rnncli_args": rnncli_args,
        "variants": variants,
        "corpora": {},
    }
    for name in names:
        paths = corpora.build(name, base)
        log(f"# {name}: {corpora.describe(paths)}")
        here = tuple(s for s in systems if s not in variants or not variant_corpora or name in variant_corpora)
        runs: dict[str, list] = {s: [] for s in here}
        for r in range(repeats):
            order = here if r % 2 == 0 else tuple(reversed(here))
            for system in order:
                before = _load()
                if system == "rnncli" or system in variants:
                    extra = shlex.split(rnncli_args) + shlex.split(variants.get(system, ""))
                    res = run_rnncli(paths, minutes, 1234 + r, extra, work)
                    res.pop("log")
                else:
                    res = run_example(paths, minutes, 1111 + r, shlex.split(example_args))
                res["load"] = [round(before, 2), round(_load(), 2)]
                runs[system].append(res)
                log(
                    f"{name} repeat {r + 1} {system}: test {res['test_bpc']:.3f} bpc, {res['steps']} steps, "
                    f"load {res['load'][0]:.1f} -> {res['load'][1]:.1f}"
                )
        summary = {s: statistics.median(x["test_bpc"] for x in v) for s, v in runs.items()}
        results["corpora"][name] = {"runs": runs, "median_test_bpc": summary}
    return results


def report(results: dict) -> str:
    variants = results.get("variants") or {}
    lines = [
        f"lm-quality: {results['minutes']} min each, median of {results['repeats']} runs, test bits/char",
        "corpus        rnncli  example  margin  (runs rnncli | example; steps)",
    ]
    nan = float("nan")
    for name, c in results["corpora"].items():
        med = c["median_test_bpc"]
        r = c["runs"]
        margin = med["example"] - med["rnncli"] if {"rnncli", "example"} <= set(med) else nan
        detail = " | ".join(
            ", ".join(f"{x['test_bpc']:.3f}/{x['steps']}" for x in r[s]) for s in ("rnncli", "example") if s in r
        )
        lines.append(
            f"{name:12s}  {med.get('rnncli', nan):.3f}   {med.get('example', nan):.3f}   {margin:+.3f}  ({detail})"
        )
        for v in variants:
            if v in med:
                runs = ", ".join(f"{x['test_bpc']:.3f}/{x['steps']}" for x in r[v])
                lines.append(
                    f"{'':12s}  {v} ({variants[v]}): {med[v]:.3f}, margin over the example "
                    f"{med.get('example', nan) - med[v]:+.3f}, "
                    f"over rnncli {med.get('rnncli', nan) - med[v]:+.3f}"
                    f"  ({runs})"
                )
    return "\n".join(lines)
