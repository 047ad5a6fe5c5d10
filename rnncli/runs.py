"""The runs under a directory and what each one is, read without torch.

A run directory is one that holds ``metrics.jsonl``, a checkpoint or a run lock (a run that has only
just started). What is shown of it comes from three
small reads: its ``metrics.jsonl`` (steps, best validation figure), the JSON header of its newest
checkpoint (kind, model, data, steps, time trained; see :func:`rnncli.checkpoint.run_summary`) and its
lock file (running while a process holds the lock; otherwise how the run ended, as the run wrote it).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Optional

from rnncli.checkpoint import MAGIC
from rnncli.errors import InputError

# The validation figure each kind is judged by: metrics.jsonl key, shown name, whether higher is better.
FIGURES = {"lm": ("val_bpc", "bpc", False), "mt": ("bleu", "BLEU", True), "clf": ("accuracy", "accuracy", True)}
FIGURES["caption"] = ("bleu", "BLEU", True)
FIGURES["vqa"] = ("accuracy", "accuracy", True)
STATUSES = ("running", "finished", "interrupted", "failed", "unknown")
CHECKPOINTS = ("last.ckpt", "best.ckpt")  # newest state first


@dataclass
class RunInfo:
    run: str  # the run directory, as found under the directory searched
    kind: Optional[str]
    status: str
    model: str
    data: str
    steps: Optional[int]
    elapsed: Optional[float]  # seconds of training, over all resumptions
    best: Optional[float]
    figure: Optional[str]  # what ``best`` measures: bpc, BLEU
    updated: float  # the newest modification time of its files (seconds since the epoch)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["updated"] = datetime.fromtimestamp(self.updated).astimezone().isoformat(timespec="seconds")
        return d


def find_runs(root: str | os.PathLike) -> list[RunInfo]:
    """Every run directory at or under ``root`` (not looking inside a run for more runs)."""
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"no such directory: {root}", "give the directory your runs are in; the default is ./runs")
    found = []
    for here, dirs, files in os.walk(root):
        if "metrics.jsonl" in files or ".lock" in files or any(c in files for c in CHECKPOINTS):
            found.append(read_run(Path(here), set(files)))
            dirs.clear()
        else:
            dirs.sort()
    return found


def read_run(run_dir: Path, files: set[str]) -> RunInfo:
    records = _metrics(run_dir / "metrics.jsonl") if "metrics.jsonl" in files else []
    header = next((h for h in (_header(run_dir / c) for c in CHECKPOINTS if c in files) if h), {})
    summary = header.get("summary") or {}
    kind = header.get("kind") or _kind_from(records, run_dir.name)
    steps = [s for s in (summary.get("step"), *(r.get("step") for r in records)) if isinstance(s, int)]
    elapsed = summary.get("elapsed")
    if not isinstance(elapsed, (int, float)):  # a run from before the header summary: this session's time
        elapsed = records[-1].get("time") if records else None
    best, figure = _best(kind, records)
    times = [(run_dir / f).stat().st_mtime for f in files if f in ("metrics.jsonl", *CHECKPOINTS)]
    return RunInfo(
        run=str(run_dir),
        kind=kind,
        status=run_status(run_dir),
        model=describe_model(kind, summary),
        data=describe_data(kind, summary),
        steps=max(steps) if steps else None,
        elapsed=elapsed,
        best=best,
        figure=figure,
        updated=max(times) if times else run_dir.stat().st_mtime,
    )


def _metrics(path: Path) -> list[dict]:
    records = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    r = json.loads(line)
                except ValueError:  # a line being written right now, or damage: skip it
                    continue
                if isinstance(r, dict):
                    records.append(r)
    except OSError:
        return []
    return records


def _header(path: Path) -> dict:
    """A checkpoint's JSON header (the first line after the magic), without reading the weights."""
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return {}
    end = head.find(b"\n", len(MAGIC))
    if not head.startswith(MAGIC) or end < 0:
        return {}
    try:
        header = json.loads(head[len(MAGIC) : end].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    return header if isinstance(header, dict) else {}


def _kind_from(records: list[dict], name: str) -> Optional[str]:
    if name.startswith("caption-"):
        return "caption"
    if name.startswith("vqa-"):
        return "vqa"
    if any("bleu" in r for r in records) or name.startswith("mt-"):
        return "mt"
    if any("val_bpc" in r for r in records) or name.startswith("lm-"):
        return "lm"
    if any("accuracy" in r for r in records) or name.startswith("clf-"):
        return "clf"
    return None


def _best(kind: Optional[str], records: list[dict]) -> tuple[Optional[float], Optional[str]]:
    if kind not in FIGURES:
        return None, None
    key, name, higher = FIGURES[kind]
    values = [r[key] for r in records if isinstance(r.get(key), (int, float)) and math.isfinite(r[key])]
    if not values:
        return None, name
    return (max(values) if higher else min(values)), name


def run_status(run_dir: Path) -> str:
    """running (a live process holds the run's lock), else how the run ended as it wrote it in the lock
    file: finished, interrupted or failed; a run that was killed (it wrote nothing) counts as interrupted."""
    path = run_dir / ".lock"
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return "unknown"
    try:
        if _locked(fd):
            return "running"
        lines = os.pread(fd, 4096, 0).decode("utf-8", "replace").splitlines()
    finally:
        os.close(fd)
    last = lines[-1].split()[0] if lines and lines[-1].strip() else ""
    if last in ("finished", "interrupted", "failed"):
        return last
    return "interrupted" if lines and lines[0].startswith("pid ") else "unknown"


def _locked(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no run locks there
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    fcntl.flock(fd, fcntl.LOCK_UN)
    return False


def describe_model(kind: Optional[str], summary: dict) -> str:
    """'2x256 LSTM', '1x256 biLSTM, dot attention'; '' when the checkpoints do not say."""
    m = summary.get("model")
    if not isinstance(m, dict) or "hidden" not in m:
        return ""
    bi = "bi" if m.get("bidirectional") else ""
    text = f"{m.get('layers', '?')}x{m['hidden']} {bi}{str(m.get('cell', '')).upper()}"
    if kind == "caption" and m.get("cnn"):
        text = f"{m['cnn']} CNN, {m.get('layers', '?')}x{m['hidden']} {str(m.get('cell', '')).upper()}"
    if kind == "vqa" and m.get("cnn"):
        text = f"{m['cnn']} CNN, {text}, {m.get('hops', 0)} hops"
    if kind in ("mt", "caption") and m.get("attention"):
        text += f", {m['attention']} attention"
    if kind == "clf" and m.get("pool"):
        text += f", {m['pool']} pooling"
    return text


def describe_data(kind: Optional[str], summary: dict) -> str:
    data = summary.get("data")
    if not isinstance(data, list):
        return ""
    if not data:
        return {
            "lm": "bundled Shakespeare",
            "clf": "bundled langid",
            "caption": "bundled emoji",
            "vqa": "bundled shapes",
        }.get(kind or "", "")
    return " ".join(_short(str(d)) for d in data)


def _short(path: str) -> str:
    p = Path(path)  # the file and its directory: en-de/train.en
    return f"{p.parent.name}/{p.name}" if p.parent.name else p.name


SORT_KEYS = ("updated", "run", "kind", "status", "steps", "elapsed", "best")


def sort_runs(runs: list[RunInfo], key: str, reverse: bool = False) -> list[RunInfo]:
    """Sorted by ``key`` (runs without a value last); ``best`` puts each kind's best run first."""

    def value(r: RunInfo):
        if key == "best":
            if r.best is None:
                return None
            return r.kind or "", -r.best if FIGURES.get(r.kind or "", ("", "", False))[2] else r.best
        return getattr(r, key)

    missing = [r for r in runs if value(r) is None]
    return sorted((r for r in runs if value(r) is not None), key=value, reverse=reverse) + missing
