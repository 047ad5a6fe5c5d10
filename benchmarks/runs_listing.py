"""How long `rnncli runs` takes to list 100 runs, as a user runs it (a fresh process, start-up included).

One tiny language-model run and one tiny translation run are trained with the real CLI, then each
run directory is copied 50 times (checkpoints, metrics.jsonl, lock file), giving 100 runs. The
command is timed as a subprocess, table and ``--json``, five times each; beside it, the process
start-up alone (``rnncli --version``) and a subcommand's (``rnncli runs --help``), so that what the
listing itself costs can be told apart from Python's and Typer's start, and the listing alone, in
this process. On a busy machine the CPU time is the steadier figure.

    python -m benchmarks.runs_listing
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 5


def rnncli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "rnncli"
    env = {**os.environ, "NO_COLOR": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, text=True, env=env, check=True)


def make_runs(work: Path) -> Path:
    corpus = work / "corpus.txt"
    corpus.write_text("the quick brown fox jumps over the lazy dog\n" * 400, encoding="utf-8")
    src, tgt = work / "train.src", work / "train.tgt"
    rng = random.Random(0)
    words = "the a king queen dog cat sees loves red big old house".split()
    lines = [" ".join(rng.choice(words) for _ in range(5)) for _ in range(600)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tgt.write_text("\n".join(line.upper() for line in lines) + "\n", encoding="utf-8")
    rnncli(
        "train-lm",
        str(corpus),
        "--out",
        "seed/lm",
        "--max-steps",
        "20",
        "--hidden",
        "16",
        "--embed",
        "8",
        "--layers",
        "1",
        "--seq-len",
        "16",
        "--batch-size",
        "4",
        "--eval-every",
        "10",
        cwd=work,
    )
    rnncli(
        "train-mt",
        "--src",
        str(src),
        "--tgt",
        str(tgt),
        "--out",
        "seed/mt",
        "--max-steps",
        "20",
        "--hidden",
        "16",
        "--embed",
        "8",
        "--vocab-size",
        "300",
        "--batch-size",
        "8",
        "--eval-every",
        "10",
        cwd=work,
    )
    runs = work / "runs"
    for i in range(50):
        for kind in ("lm", "mt"):
            shutil.copytree(work / "seed" / kind, runs / f"{kind}-{i:03d}")
    return runs


def timed(*args: str, cwd: Path) -> tuple[float, float]:
    """Median wall-clock and CPU (user + system) seconds of the command (on a busy machine the CPU time
    is the steadier figure)."""
    wall, cpu = [], []
    for _ in range(REPEATS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        rnncli(*args, cwd=cwd)
        wall.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


def in_process(runs: Path) -> float:
    from rnncli.cli.runs import _table
    from rnncli.runs import find_runs

    times = []
    for _ in range(REPEATS):
        t = time.perf_counter()
        _table(find_runs(runs))
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="rnncli-runs-bench-") as tmp:
        work = Path(tmp)
        runs = make_runs(work)
        rows = len(rnncli("runs", str(runs), cwd=work).stdout.splitlines()) - 1
        start = timed("--version", cwd=work)
        sub = timed("runs", "--help", cwd=work)
        table = timed("runs", str(runs), cwd=work)
        as_json = timed("runs", str(runs), "--json", cwd=work)
        inside = in_process(runs)
        print(f"runs listed: {rows}; medians of {REPEATS} runs each; wall clock and CPU (user + system) seconds")
        print(f"rnncli --version          wall {start[0]:.3f}  cpu {start[1]:.3f}  (process start-up alone)")
        print(f"rnncli runs --help        wall {sub[0]:.3f}  cpu {sub[1]:.3f}  (a subcommand's start-up, no listing)")
        for name, (wall, cpu) in (("rnncli runs (table)", table), ("rnncli runs --json", as_json)):
            print(f"{name:<25} wall {wall:.3f}  cpu {cpu:.3f}  ({cpu / start[1]:.2f}x the start-up's CPU)")
        print(f"listing alone, in process  {inside:.3f} s (find_runs and the table, no start-up)")


if __name__ == "__main__":
    main()
