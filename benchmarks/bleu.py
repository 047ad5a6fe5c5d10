"""`rnncli bleu` against the `sacrebleu` command: paired bootstrap resampling of two systems, and start-up.

Both commands are run as the user runs them (the virtual environment's ``rnncli`` and ``sacrebleu``
entry points, as subprocesses), on the same files, taking turns (which goes first alternates) so that
both see the same machine state; the figures are the medians of the repeats' wall-clock times.

* **paired-bs**: 10,000 reference lines (the first 10,000 German sentences of the bundled en-de
  training split) and two systems made from them (words dropped and swapped at two rates, a fixed
  seed), scored with BLEU and chrF and ``--paired-bs`` (1,000 resamples):
  ``rnncli bleu REF --hyp A --hyp B -m bleu,chrf --paired-bs`` against
  ``sacrebleu REF -i A B -m bleu chrf --paired-bs --format text``.  The two outputs must be identical.
* **start-up**: one line scored with BLEU, where the time is all imports and start-up.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rnncli.textio import bundled

LINES = 10_000


def _system(refs: list[str], rate: float, seed: int) -> list[str]:
    """A noisy copy of the references: each word dropped with probability ``rate``, neighbours swapped."""
    rng = random.Random(seed)
    out = []
    for line in refs:
        words = [w for w in line.split() if rng.random() >= rate]
        for i in range(len(words) - 1):
            if rng.random() < rate:
                words[i], words[i + 1] = words[i + 1], words[i]
        out.append(" ".join(words))
    return out


def _files(d: Path) -> dict[str, Path]:
    refs = bundled("mt", "en-de", "train.de").read_text(encoding="utf-8").splitlines()[:LINES]
    texts = {
        "ref": refs,
        "a": _system(refs, 0.3, 1),
        "b": _system(refs, 0.25, 2),
        "one_ref": refs[:1],
        "one_hyp": _system(refs[:1], 0.3, 3),
    }
    paths = {}
    for name, lines in texts.items():
        paths[name] = d / f"{name}.txt"
        paths[name].write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return paths


def _time(cmd: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {p.stderr.strip()}")
    return elapsed, p.stdout


def run(repeats: int = 3) -> dict:
    bin_dir = Path(sys.executable).parent
    rnncli, sacrebleu = str(bin_dir / "rnncli"), str(bin_dir / "sacrebleu")
    results: dict = {"lines": LINES, "repeats": repeats}
    with tempfile.TemporaryDirectory() as tmp:
        f = {k: str(v) for k, v in _files(Path(tmp)).items()}
        pairs = {
            "paired-bs": (
                [rnncli, "bleu", f["ref"], "--hyp", f["a"], "--hyp", f["b"], "-m", "bleu,chrf", "--paired-bs"],
                [
                    sacrebleu,
                    f["ref"],
                    "-i",
                    f["a"],
                    f["b"],
                    "-m",
                    "bleu",
                    "chrf",
                    "--paired-bs",
                    "--format",
                    "text",
                    "-q",
                ],
            ),
            "start-up": (
                [rnncli, "bleu", f["one_hyp"], f["one_ref"]],
                [sacrebleu, f["one_ref"], "-i", f["one_hyp"], "--format", "text", "-q"],
            ),
        }
        for name, (ours, theirs) in pairs.items():
            times: dict[str, list[float]] = {"rnncli": [], "sacrebleu": []}
            for r in range(repeats):
                order = [("rnncli", ours), ("sacrebleu", theirs)][:: 1 if r % 2 == 0 else -1]
                outputs = {}
                for who, cmd in order:
                    t, outputs[who] = _time(cmd)
                    times[who].append(t)
                if outputs["rnncli"] != outputs["sacrebleu"]:
                    raise RuntimeError(f"{name}: rnncli and sacrebleu printed different results")
            results[name] = {who: statistics.median(ts) for who, ts in times.items()}
            results[name]["all"] = times
    return results


def report(res: dict) -> str:
    lines = [
        f"bleu: {res['lines']:,} lines x 2 systems, medians of {res['repeats']} (identical outputs checked)",
        f"{'':<12}{'rnncli':>10}{'sacrebleu':>12}{'ratio':>8}",
    ]
    for name in ("paired-bs", "start-up"):
        r = res[name]
        lines.append(f"{name:<12}{r['rnncli']:>9.2f}s{r['sacrebleu']:>11.2f}s{r['rnncli'] / r['sacrebleu']:>8.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(run()))
