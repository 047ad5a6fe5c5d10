"""Translation against its peer: ``rnncli train-mt`` with its defaults and JoeyNMT 2.3 with the same
model and recipe (``../shared/peers/joeynmt/``), the same minutes of training each on the bundled
en-de data, one after the other, then beam 5 on ``test.en`` and BLEU against ``test.de``.

* **rnncli**: ``rnncli train-mt --time-budget MINUTES`` (nothing else), ``rnncli translate
  RUN/last.ckpt test.en --beam 5``, ``rnncli bleu`` (sacrebleu's BLEU, 13a tokenisation);
* **joeynmt**: the peer's ``run.sh MINUTES`` (its config mirrors rnncli's default translator line by
  line; it scores with sacrebleu 2.6 itself). Its venv is made when missing, from PyPI, as the peer's
  README says (``PEER_VENV``, default ``$TMPDIR/peer-venv``).

Printed per system: BLEU (the median of the repeats), training steps, target tokens per second, and
the ratio of the two BLEU scores. The two take turns going first; the load average is given around
each run. About (2 x MINUTES + 3) minutes per repeat, plus the venv's install the first time.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rnncli.textio import bundled

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "peers" / "joeynmt"


def _venv() -> Path:
    return Path(os.environ.get("PEER_VENV") or Path(tempfile.gettempdir()) / "peer-venv")


def ensure_peer(log=print) -> Path:
    """The JoeyNMT venv, installed from PyPI when it is missing (a few minutes, once)."""
    if not (PEER / "run.sh").is_file():
        raise SystemExit(f"the JoeyNMT peer is not at {PEER}")
    venv = _venv()
    py = venv / "bin" / "python"
    if (
        py.exists()
        and subprocess.run([str(py), "-c", "import joeynmt, torch, sacrebleu"], capture_output=True).returncode == 0
    ):
        return venv
    log(f"# installing JoeyNMT 2.3.0 into {venv} (torch 2.13.0 first, so that pip keeps the CPU build)")
    for cmd in (
        [sys.executable, "-m", "venv", str(venv)],
        [str(venv / "bin" / "pip"), "install", "-q", "torch==2.13.0"],
        [str(venv / "bin" / "pip"), "install", "-q", "joeynmt==2.3.0", "importlib_metadata"],
    ):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd[:3])} failed: {done.stderr.strip()[-400:]}")
    return venv


def _load() -> float:
    return os.getloadavg()[0]


def run_rnncli(minutes: float, work: Path, extra: list[str]) -> dict:
    out = work / f"rnncli-{time.monotonic_ns()}"
    rnncli = [sys.executable, "-m", "rnncli"]
    done = subprocess.run(
        [*rnncli, "train-mt", "--time-budget", str(minutes), "--out", str(out), "--json", *extra],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"rnncli train-mt failed: {done.stderr.strip().splitlines()[-1:]}")
    result = json.loads(done.stdout)
    hyp = out / "test.hyp"
    with open(hyp, "w", encoding="utf-8") as f:
        tr = subprocess.run(
            [*rnncli, "translate", result["last"], str(bundled("mt", "en-de", "test.en")), "--beam", "5"],
            stdout=f,
            stderr=subprocess.PIPE,
            text=True,
        )
    if tr.returncode != 0:
        raise SystemExit(f"rnncli translate failed: {tr.stderr.strip()[-400:]}")
    score = subprocess.run(
        [*rnncli, "bleu", str(hyp), str(bundled("mt", "en-de", "test.de")), "-b"], capture_output=True, text=True
    )
    if score.returncode != 0:
        raise SystemExit(f"rnncli bleu failed: {score.stderr.strip()[-400:]}")
    rates = [c["tokens_per_s"] for c in result["curve"] if c.get("tokens_per_s")]
    return {
        "bleu": float(score.stdout.split()[0]),
        "steps": result["steps"],
        "seconds": result["seconds"],
        "tokens_per_s": statistics.median(rates) if rates else None,
    }


# JoeyNMT's config: "current" mirrors today's train-mt defaults where JoeyNMT can (dropout 0.1, label
# smoothing 0.1, batches by tokens); "peer" is the peer's own template, which mirrors the earlier ones.
JOEY_CONFIGS = {"current": Path(__file__).resolve().parent / "joeynmt_current.yaml", "peer": PEER / "config.yaml"}


def run_joeynmt(minutes: float, venv: Path, config: str = "current") -> dict:
    env = {**os.environ, "PROJ": str(ROOT), "PEER_VENV": str(venv), "CONFIG": str(JOEY_CONFIGS[config])}
    done = subprocess.run(["bash", str(PEER / "run.sh"), str(minutes)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"the JoeyNMT run failed: {done.stderr.strip()[-600:]}")
    last = done.stdout.strip().splitlines()[-1]
    m = re.search(r"BLEU ([0-9.]+) after (\d+) training steps \(([0-9.]+) s\), ([0-9,.]+) tokens/s", last)
    if not m:
        raise SystemExit(f"unexpected last line from the JoeyNMT run: {last!r}")
    return {
        "bleu": float(m.group(1)),
        "steps": int(m.group(2)),
        "seconds": float(m.group(3)),
        "tokens_per_s": float(m.group(4).replace(",", "")),
    }


def run(
    minutes: float = 10.0, repeats: int = 1, rnncli_args: str = "", joeynmt_config: str = "current", log=print
) -> dict:
    import shlex

    venv = ensure_peer(log)
    work = Path(tempfile.mkdtemp(prefix="rnncli-peers-"))
    runs: dict[str, list] = {"rnncli": [], "joeynmt": []}
    for r in range(repeats):
        order = ("rnncli", "joeynmt") if r % 2 == 0 else ("joeynmt", "rnncli")
        for system in order:
            before = _load()
            res = (
                run_rnncli(minutes, work, shlex.split(rnncli_args))
                if system == "rnncli"
                else run_joeynmt(minutes, venv, joeynmt_config)
            )
            res["load"] = [round(before, 2), round(_load(), 2)]
            runs[system].append(res)
            log(
                f"repeat {r + 1} {system}: BLEU {res['bleu']:.2f}, {res['steps']} steps, "
                f"{res['tokens_per_s'] or 0:,.0f} target tokens/s, load {res['load'][0]:.1f} -> {res['load'][1]:.1f}"
            )
    med = {s: statistics.median(x["bleu"] for x in v) for s, v in runs.items()}
    return {
        "minutes": minutes,
        "repeats": repeats,
        "rnncli_args": rnncli_args,
        "joeynmt_config": joeynmt_config,
        "runs": runs,
        "median_bleu": med,
    }


def report(results: dict) -> str:
    med, runs = results["median_bleu"], results["runs"]
    lines = [
        f"peers: {results['minutes']} min of training each, beam 5 on the bundled test split, "
        f"median of {results['repeats']}; JoeyNMT config: {results.get('joeynmt_config', 'peer')}"
    ]
    for s in ("rnncli", "joeynmt"):
        steps = statistics.median(x["steps"] for x in runs[s])
        rates = [x["tokens_per_s"] for x in runs[s] if x["tokens_per_s"]]
        rate = f"{statistics.median(rates):,.0f}" if rates else "?"
        lines.append(f"{s:8s} BLEU {med[s]:6.2f}  {steps:,.0f} steps  {rate} target tokens/s")
    if med["joeynmt"] > 0:
        lines.append(f"rnncli / joeynmt BLEU: {med['rnncli'] / med['joeynmt']:.2f}x")
    return "\n".join(lines)
