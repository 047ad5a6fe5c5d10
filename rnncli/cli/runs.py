"""`rnncli runs`: the runs under a directory, as a table or JSON (never imports torch)."""

from __future__ import annotations

import json
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.app import app

# The choices shown in --help (rnncli.runs.SORT_KEYS and FIGURES, spelled out here so that loading the
# command line does not load the module that reads runs; a test keeps them equal).
SORT_KEYS = ("updated", "run", "kind", "status", "steps", "elapsed", "best")
SortKey = Enum("SortKey", {k: k for k in SORT_KEYS}, type=str)
KINDS = ("lm", "mt", "clf", "caption", "vqa")
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)


@app.command("runs", rich_help_panel="Runs")
def runs_command(
    directory: Annotated[
        Path,
        typer.Argument(
            help="Where to look for run directories, searched recursively (default: ./runs).", show_default=False
        ),
    ] = Path("runs"),
    sort: Annotated[
        SortKey,
        typer.Option(
            "--sort",
            "-s",
            metavar="KEY",
            help=f"Order of the rows: {', '.join(SORT_KEYS[:-1])} or best (each kind's best run first).",
        ),
    ] = SortKey.updated,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")] = False,
    kind: Annotated[
        Optional[Kind],
        typer.Option("--kind", "-k", metavar="|".join(KINDS), help="Only runs of this kind.", show_default=False),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON list, one object per run.")] = False,
) -> None:
    """List the training runs under a directory: kind, model, data, steps, time, best score, status.

    Status is running (a live process holds the run), finished, interrupted (stopped by Ctrl-C or
    killed) or failed. The best score is the lowest validation bits per character of a language model,
    the highest dev BLEU of a translator or a captioner, the highest dev accuracy of a classifier.
    """
    from rnncli.runs import find_runs, sort_runs

    runs = [r for r in find_runs(directory) if kind is None or r.kind == kind.value]
    runs = sort_runs(runs, sort.value, reverse)
    if json_out:
        typer.echo(json.dumps([r.to_dict() for r in runs], indent=1))
        return
    if not runs:
        from rnncli.cli.common import info

        info(f"no runs under {directory}")
        return
    typer.echo(_table(runs))


def _table(runs) -> str:
    header = ("RUN", "KIND", "STATUS", "MODEL", "DATA", "STEPS", "TIME", "BEST", "UPDATED")
    rows = [
        (
            r.run,
            r.kind or "?",
            r.status,
            r.model or "-",
            r.data or "-",
            "-" if r.steps is None else str(r.steps),
            _duration(r.elapsed),
            "-" if r.best is None else f"{r.best:.3f} {r.figure}" if r.figure == "bpc" else f"{r.best:.2f} {r.figure}",
            time.strftime("%Y-%m-%d %H:%M", time.localtime(r.updated)),
        )
        for r in runs
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    right = {5, 6, 7}  # numbers line up on the right
    lines = [
        "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip()
        for row in (header, *rows)
    ]
    return "\n".join(lines)


def _duration(seconds: Optional[float]) -> str:
    if seconds is None:
        return "-"
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"
