"""The translator's recipe, one change at a time: ``rnncli train-mt`` on the bundled en-de data for
the same number of steps under several option sets, each then translating ``test.en`` with beam 5
(``rnncli translate RUN/last.ckpt --beam 5``) and scored by ``rnncli bleu`` against ``test.de``.

The variants are option strings added to ``rnncli train-mt``; each names every setting it changes
from today's defaults, so the table stays meaningful after the defaults move. ``earlier`` is the
recipe before issue 14 (plateau schedule, dropout 0.2, no label smoothing, 64 sentence pairs a batch),
less the initialisation it had then (forget-gate biases of 1, a zero output bias), which is no longer
an option. Steps rather than minutes, so the figures do not depend on the machine's load; the
seconds are given too. About 7 minutes per variant at 3,000 steps on a 2-core CPU.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rnncli.textio import bundled

EARLIER = "--lr-schedule plateau --warmup 0 --anneal 1 --dropout 0.2 --label-smoothing 0 --batch-size 64"
VARIANTS = {
    "earlier": EARLIER,
    "cosine (dropout 0.2, 64 pairs)": "--dropout 0.2 --batch-size 64",
    "cosine, dropout 0.1": "--batch-size 64",
    "cosine, batches by tokens": "--dropout 0.2",
    "defaults": "",
}


def run_one(options: str, steps: int, work: Path) -> dict:
    out = work / f"run-{time.monotonic_ns()}"
    py = [sys.executable, "-m", "rnncli"]
    t0 = time.perf_counter()
    done = subprocess.run(
        [
            *py,
            "train-mt",
            "--max-steps",
            str(steps),
            "--eval-every",
            "500",
            "--out",
            str(out),
            "--json",
            *shlex.split(options),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"rnncli train-mt {options} failed: {done.stderr.strip().splitlines()[-1:]}")
    seconds = time.perf_counter() - t0
    result = json.loads(done.stdout)
    hyp = out / "test.hyp"
    with open(hyp, "w", encoding="utf-8") as f:
        tr = subprocess.run(
            [*py, "translate", result["last"], str(bundled("mt", "en-de", "test.en")), "--beam", "5"],
            stdout=f,
            stderr=subprocess.PIPE,
            text=True,
        )
    if tr.returncode != 0:
        raise SystemExit(f"rnncli translate failed: {tr.stderr.strip()[-400:]}")
    score = subprocess.run(
        [*py, "bleu", str(hyp), str(bundled("mt", "en-de", "test.de")), "-b"],
        capture_output=True,
        text=True,
        check=True,
    )
    last = result["curve"][-1]
    return {
        "options": options,
        "test_bleu": float(score.stdout.split()[0]),
        "dev_bleu": last["bleu"],
        "dev_loss": last["val_loss"],
        "seconds": round(seconds, 1),
        "load": os.getloadavg()[0],
    }


def run(steps: int = 3000, variants: dict[str, str] | None = None, log=print) -> dict:
    work = Path(tempfile.mkdtemp(prefix="rnncli-mt-recipe-"))
    rows = {}
    for name, options in (variants or VARIANTS).items():
        rows[name] = run_one(options, steps, work)
        r = rows[name]
        log(
            f"{name}: test BLEU {r['test_bleu']:.1f}, dev BLEU {r['dev_bleu']:.2f}, dev loss {r['dev_loss']:.3f}, "
            f"{r['seconds']:.0f} s, load {r['load']:.1f}"
        )
    return {"steps": steps, "rows": rows}


def report(results: dict) -> str:
    lines = [
        f"mt-recipe: {results['steps']:,} steps each, beam 5 on the bundled test split",
        f"{'variant':28s} {'test BLEU':>9s} {'dev BLEU':>9s} {'dev loss':>9s} {'seconds':>8s}  options",
    ]
    for name, r in results["rows"].items():
        lines.append(
            f"{name:28s} {r['test_bleu']:9.1f} {r['dev_bleu']:9.2f} {r['dev_loss']:9.3f} {r['seconds']:8.0f}  "
            f"{r['options'] or '(defaults)'}"
        )
    return "\n".join(lines)
