"""Training curves: reading the metrics a run writes (``metrics.jsonl``) and drawing a small chart in
plain text for the terminal."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from rnncli.errors import InputError
from rnncli.textio import read_text

METRICS = {
    "loss": "val_loss",
    "val_loss": "val_loss",
    "train_loss": "train_loss",
    "bpc": "val_bpc",
    "val_bpc": "val_bpc",
    "bleu": "bleu",
    "lr": "lr",
    "tokens_per_s": "tokens_per_s",
    "grad_norm": "grad_norm",
    "grad_norm_max": "grad_norm_max",
    "clip_rate": "clip_rate",
}
MARKERS = "*o+x#@%&"


@dataclass
class Run:
    name: str
    path: Path
    records: list[dict]

    @property
    def columns(self) -> set[str]:
        return {k for r in self.records for k, v in r.items() if isinstance(v, (int, float))}

    def column(self, key: str) -> list[float]:
        return [float(r[key]) for r in self.records if _num(r.get(key))]

    def pairs(self, x: str, y: str) -> tuple[list[float], list[float]]:
        xs, ys = [], []
        for r in self.records:
            if _num(r.get(x)) and _num(r.get(y)):
                xs.append(float(r[x]))
                ys.append(float(r[y]))
        return xs, ys


def _num(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def metrics_path(run: str | Path) -> Path:
    """A run directory, its metrics.jsonl, or a checkpoint inside it."""
    p = Path(run)
    if p.is_dir():
        return p / "metrics.jsonl"
    if p.suffix == ".ckpt":
        return p.parent / "metrics.jsonl"
    return p


def load_run(run: str | Path) -> Run:
    path = metrics_path(run)
    if not path.exists():
        raise InputError(
            f"no training metrics at {path}",
            "give a run directory (runs/lm-...), its metrics.jsonl or a checkpoint inside it",
        )
    records = []
    for n, line in enumerate(read_text(path, "metrics file").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path} line {n} is not JSON", "is this a metrics.jsonl written by rnncli?") from None
        if not isinstance(rec, dict) or not _num(rec.get("step")):
            raise InputError(f"{path} line {n} has no step number", "is this a metrics.jsonl written by rnncli?")
        records.append(rec)
    if not records:
        raise InputError(f"{path} has no records yet", "the run has not reached its first evaluation")
    name = path.parent.name if path.name == "metrics.jsonl" else path.stem
    return Run(name or str(path), path, records)


def load_runs(paths) -> list[Run]:
    runs = [load_run(p) for p in paths]
    seen: dict[str, int] = {}
    for r in runs:  # two runs with the same directory name get their parent directories too
        seen[r.name] = seen.get(r.name, 0) + 1
    for r in runs:
        if seen[r.name] > 1:
            r.name = str(r.path.parent)
    return runs


def metric_key(name: str) -> str | None:
    """The metrics.jsonl column of a --metric name: one of METRICS, or a layer's gradient norm
    (``grad_norm.rnn.l0``); None for an unknown name."""
    return METRICS.get(name) or (name if name.startswith("grad_norm.") and len(name) > 10 else None)


def default_metric(runs: list[Run]) -> str:
    cols = set().union(*(r.columns for r in runs))
    if all("val_bpc" in r.columns for r in runs):
        return "val_bpc"
    if all("bleu" in r.columns for r in runs):
        return "bleu"
    return "val_loss" if "val_loss" in cols else "train_loss"


def text_chart(
    runs: list[Run], metric: str, x: str = "step", width: int = 64, height: int = 14, colours: list[str] | None = None
) -> str:
    """A scatter of ``metric`` against ``x`` in a character grid, one marker per run, with axis labels
    and a legend. ``colours`` (ANSI codes, one per run) colour the markers."""
    series = [r.pairs(x, metric) for r in runs]
    pts = [(a, b) for xs, ys in series for a, b in zip(xs, ys)]
    if not pts:
        have = sorted(set().union(*(r.columns for r in runs)) - {"step", "time", "best"})
        raise InputError(f"none of the runs has {metric!r} values", f"these runs have --metric {', '.join(have)}")
    x0, x1 = min(p[0] for p in pts), max(p[0] for p in pts)
    y0, y1 = min(p[1] for p in pts), max(p[1] for p in pts)
    if x1 == x0:
        x1 = x0 + 1
    if y1 == y0:
        y0, y1 = y0 - 0.5, y1 + 0.5
    grid = [[" "] * width for _ in range(height)]
    for k, (xs, ys) in enumerate(series):
        mark = MARKERS[k % len(MARKERS)]
        if colours:
            mark = f"{colours[k % len(colours)]}{mark}\x1b[0m"
        for a, b in zip(xs, ys):
            col = round((a - x0) / (x1 - x0) * (width - 1))
            row = height - 1 - round((b - y0) / (y1 - y0) * (height - 1))
            grid[row][col] = mark
    labels = [f"{y1:.4g}", f"{(y0 + y1) / 2:.4g}", f"{y0:.4g}"]
    lw = max(len(s) for s in labels)
    lines = [f"{metric} against {x}"]
    for i, row in enumerate(grid):
        label = labels[0] if i == 0 else labels[2] if i == height - 1 else labels[1] if i == height // 2 else ""
        lines.append(f"{label:>{lw}} |" + "".join(row))
    lines.append(" " * lw + " +" + "-" * width)
    left, right = f"{x0:.4g}", f"{x1:.4g}"
    lines.append(" " * (lw + 2) + left + " " * max(1, width - len(left) - len(right)) + right)
    for k, r in enumerate(runs):
        mark = MARKERS[k % len(MARKERS)]
        if colours:
            mark = f"{colours[k % len(colours)]}{mark}\x1b[0m"
        xs, ys = series[k]
        last = f"last {ys[-1]:.4g} at {x} {xs[-1]:.4g}" if ys else "no values"
        lines.append(f"  {mark} {r.name}  ({last})")
    return "\n".join(lines) + "\n"
