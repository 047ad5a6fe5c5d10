"""Big corpora: peak memory of training on a 1 GB corpus against a 10 MB one, time to the first
training step when the corpus is already in the token cache, and encoding speed of a 100 MB
character corpus against reading and encoding it whole (what train-lm did before the cache).

The corpora are the bundled Shakespeare text repeated to size, written to a temporary directory
(about 1.2 GB of text and 2.4 GB of token cache) and deleted afterwards. Every training run is a
fresh ``python -m rnncli train-lm`` process with the same model and settings; its peak resident
memory comes from ``wait4``, its first step from the ``--log-every 1`` line it prints.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1 << 20


def _make_corpus(path: Path, size: int) -> None:
    text = (ROOT / "data" / "shakespeare" / "train.txt").read_bytes()
    with open(path, "wb") as f:
        left = size
        while left > 0:
            piece = text[:left]
            if len(piece) < len(text):  # end on a whole line
                piece = piece[: piece.rfind(b"\n") + 1] or piece
            f.write(piece)
            left -= len(text)


def _train(corpus: Path, work: Path, cache: Path, steps: int, val_fraction: float) -> dict:
    """One training run in its own process: peak RSS, seconds to the first step, wall time."""
    out = Path(tempfile.mkdtemp(dir=work, prefix="run-"))
    cmd = [
        sys.executable,
        "-m",
        "rnncli",
        "train-lm",
        str(corpus),
        "--out",
        str(out),
        "--max-steps",
        str(steps),
        "--eval-every",
        "1000000",
        "--val-fraction",
        str(val_fraction),
        "--cache-dir",
        str(cache),
        "--log-every",
        "1",
        "--device",
        "cpu",
    ]
    env = {**os.environ, "NO_COLOR": "1"}
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    first, lines = None, []
    for line in p.stderr:
        lines.append(line)
        if first is None and line.startswith("step 1/"):
            first = time.perf_counter() - t0
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    shutil.rmtree(out, ignore_errors=True)
    if p.returncode != 0 or first is None:
        raise RuntimeError(f"train-lm failed ({p.returncode}): {''.join(lines[-3:])}")
    return {"peak_rss_mb": usage.ru_maxrss / 1024, "first_step_s": first, "wall_s": wall}


def _import_floor() -> float:
    """Seconds a process needs just to start Python and import torch and the training code: the part
    of the time to the first step that does not depend on the corpus."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import torch, rnncli.lm.train"], check=True, cwd=ROOT)
    return time.perf_counter() - t


def _data_ready(corpus: Path, cache: Path, val_fraction: float) -> float:
    """Seconds from nothing to the token ids of a corpus already in the cache (in this process)."""
    from rnncli.lm.cache import prepare_lm_data

    t = time.perf_counter()
    prepare_lm_data([str(corpus)], None, val_fraction, cache_dir=str(cache))
    return time.perf_counter() - t


def _encode_cached(corpus: Path, cache: Path) -> float:
    from rnncli.lm.cache import prepare_lm_data

    shutil.rmtree(cache, ignore_errors=True)
    t = time.perf_counter()
    prepare_lm_data([str(corpus)], None, 0.05, cache_dir=str(cache))
    return time.perf_counter() - t


def _encode_whole(corpus: Path) -> float:
    """The path train-lm took before the token cache: the whole text in memory, split, learn, encode."""
    from rnncli import tokenizers
    from rnncli.lm.data import read_corpus, split_text

    t = time.perf_counter()
    train, val = split_text(read_corpus([corpus]), 0.05)
    tok = tokenizers.train_tokenizer([train], "char")
    tok.encode_array(train), tok.encode_array(val)
    return time.perf_counter() - t


def run(
    repeats: int = 3, steps: int = 5, big_mb: int = 1024, small_mb: int = 10, encode_mb: int = 100, log=lambda s: None
) -> dict:
    work = Path(tempfile.mkdtemp(prefix="rnncli-scale-"))
    try:
        sizes = {"small": small_mb * MB, "big": big_mb * MB, "encode": encode_mb * MB}
        corpora = {}
        for name, size in sizes.items():
            corpora[name] = work / f"{name}.txt"
            _make_corpus(corpora[name], size)
        log(f"corpora in {work}: " + ", ".join(f"{k} {v.stat().st_size / MB:,.0f} MB" for k, v in corpora.items()))
        res: dict = {
            "repeats": repeats,
            "steps": steps,
            "sizes_mb": {k: v.stat().st_size / MB for k, v in corpora.items()},
        }
        # Training: the same model on both corpora; ~100k validation characters each.
        for name in ("small", "big"):
            corpus, cache = corpora[name], work / f"cache-{name}"
            frac = 20_000 / corpus.stat().st_size  # ~20k validation characters each
            first_runs, again = [], []
            for k in range(repeats):
                shutil.rmtree(cache, ignore_errors=True)
                first_runs.append(_train(corpus, work, cache, steps, frac))  # encodes into an empty cache
                again.append(_train(corpus, work, cache, steps, frac))  # finds the corpus in the cache
                log(f"{name}: first run {first_runs[-1]}, cached {again[-1]}")
            ready = [_data_ready(corpus, cache, frac) for _ in range(repeats)]
            res[name] = {
                "first_run": {k: statistics.median(r[k] for r in first_runs) for k in first_runs[0]},
                "cached_run": {k: statistics.median(r[k] for r in again) for k in again[0]},
                "data_ready_s": statistics.median(ready),
            }
        res["import_floor_s"] = statistics.median(_import_floor() for _ in range(repeats))
        # Encoding a 100 MB character corpus: into the cache, and whole in memory as before.
        cached = [_encode_cached(corpora["encode"], work / "cache-encode") for _ in range(repeats)]
        whole = [_encode_whole(corpora["encode"]) for _ in range(repeats)]
        log(f"encode: cached {cached}, whole {whole}")
        res["encode"] = {"cached_s": statistics.median(cached), "whole_s": statistics.median(whole)}
        return res
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(r: dict) -> str:
    s, b = r["small"], r["big"]
    sm, bm = r["sizes_mb"]["small"], r["sizes_mb"]["big"]
    rows = [
        f"Training on big corpora (medians of {r['repeats']} runs of {r['steps']} steps, the default 2x256 char LSTM)",
        f"{'':32} {f'{sm:,.0f} MB':>10} {f'{bm:,.0f} MB':>10} {'ratio':>8}",
    ]
    for label, run, key, fmt in (
        ("peak RSS, first run (MB)", "first_run", "peak_rss_mb", ",.0f"),
        ("peak RSS, cached run (MB)", "cached_run", "peak_rss_mb", ",.0f"),
        ("first step, first run (s)", "first_run", "first_step_s", ".2f"),
        ("first step, cached run (s)", "cached_run", "first_step_s", ".2f"),
    ):
        x, y = s[run][key], b[run][key]
        rows.append(f"{label:32} {format(x, fmt):>10} {format(y, fmt):>10} {y / x:>7.2f}x")
    x, y = s["data_ready_s"], b["data_ready_s"]
    rows.append(f"{'cached ids ready, in-process (s)':32} {x:>10.3f} {y:>10.3f} {y / x:>7.2f}x")
    rows.append(f"(starting Python and importing torch and the training code alone: {r['import_floor_s']:.2f} s)")
    e = r["encode"]
    mb = r["sizes_mb"]["encode"]
    rows.append(
        f"Encoding {mb:,.0f} MB of characters: {e['cached_s']:.1f} s streamed into the cache "
        f"({mb / e['cached_s']:.0f} MB/s), {e['whole_s']:.1f} s whole in memory "
        f"({e['whole_s'] / e['cached_s']:.2f}x)"
    )
    return "\n".join(rows)
