"""Batched beam search against greedy decoding on the same sentences, measured side by side.

Both go through rnncli's own code path (``translate_lines``, batches of 32 sentences), alternating
greedy and beam runs so that both see the same machine state; the figure is the ratio of the
medians. Beam search runs all k hypotheses of all sentences of a batch as one tensor, so it should
cost a small multiple of greedy decoding, not k times a sentence-by-sentence search.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from rnncli.textio import bundled


def _trained_checkpoint(workdir: Path) -> str:
    """A small translator trained on the bundled data (about two minutes), when none is given."""
    from rnncli.mt.train import TrainMTOptions, train_mt

    out = workdir / "bench-mt"
    if not (out / "best.ckpt").exists():
        train_mt(TrainMTOptions(out=str(out), max_steps=300, eval_every=300, dev_bleu_max=100))
    return str(out / "best.ckpt")


def run(
    checkpoint: str | None = None,
    beam: int = 5,
    repeats: int = 3,
    limit: int | None = None,
    workdir: Path = Path("runs"),
) -> dict:
    from rnncli.mt.use import SearchSettings, load_mt, translate_lines
    from rnncli.textio import read_lines

    ckpt = checkpoint or _trained_checkpoint(workdir)
    mt = load_mt(ckpt, "cpu")
    lines = read_lines(bundled("mt", "en-de", "test.en"))[:limit]
    settings = {"greedy": SearchSettings(greedy=True), f"beam {beam}": SearchSettings(beam=beam)}
    times: dict[str, list[float]] = {name: [] for name in settings}
    outputs: dict[str, list[str]] = {}
    for _ in range(repeats):
        for name, s in settings.items():
            t0 = time.perf_counter()
            outputs[name] = [t.text for t in translate_lines(mt, lines, s)]
            times[name].append(time.perf_counter() - t0)
    med = {name: statistics.median(v) for name, v in times.items()}
    greedy, beamed = med["greedy"], med[f"beam {beam}"]
    return {
        "checkpoint": ckpt,
        "sentences": len(lines),
        "repeats": repeats,
        "seconds": med,
        "sentences_per_s": {k: len(lines) / v for k, v in med.items()},
        "ratio": beamed / greedy,
    }


def report(r: dict) -> str:
    rows = [
        f"beam search vs greedy: {r['sentences']} test sentences, median of {r['repeats']} runs each",
        f"  checkpoint {r['checkpoint']}",
    ]
    for name, sec in r["seconds"].items():
        rows.append(f"  {name:<8} {sec:7.2f} s  {r['sentences_per_s'][name]:7.1f} sentences/s")
    rows.append(f"  ratio beam/greedy: {r['ratio']:.2f}x")
    return "\n".join(rows)
