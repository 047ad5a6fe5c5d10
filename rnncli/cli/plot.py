"""`rnncli plot`: training curves of one or several runs, in the terminal and as a PNG."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import info, use_colour
from rnncli.errors import UsageError


@app.command("plot", rich_help_panel="Looking inside")
def plot_command(
    runs: Annotated[
        List[Path],
        typer.Argument(help="Runs to draw: run directories, their metrics.jsonl files, or checkpoints inside them."),
    ],
    out: Annotated[
        Optional[Path], typer.Option("--out", "-o", help="Also draw loss and bpc / BLEU curves to this PNG file.")
    ] = None,
    metric: Annotated[
        Optional[str],
        typer.Option(
            help="What the terminal chart shows: loss, train_loss, bpc, bleu, lr, tokens_per_s, grad_norm (before "
            "clipping; grad_norm.LAYER for one layer, e.g. grad_norm.rnn.l0), grad_norm_max or clip_rate "
            "(default: bpc or BLEU when every run has it, else loss).",
            show_default=False,
        ),
    ] = None,
    x: Annotated[str, typer.Option(help="Horizontal axis: step or time (seconds).")] = "step",
    width: Annotated[int, typer.Option(help="Terminal chart width in columns.")] = 64,
    height: Annotated[int, typer.Option(help="Terminal chart height in rows.")] = 14,
) -> None:
    """Training curves of one or several runs: a chart in the terminal and, with -o, a PNG."""
    from rnncli.inspect.curves import default_metric, load_runs, metric_key, text_chart
    from rnncli.textio import check_writable

    if x not in ("step", "time"):
        raise UsageError(f"--x must be step or time (got {x!r})")
    if metric is not None and metric_key(metric) is None:
        raise UsageError(
            f"unknown --metric {metric!r}; choose one of loss, train_loss, bpc, bleu, lr, tokens_per_s, "
            "grad_norm, grad_norm.LAYER, grad_norm_max, clip_rate"
        )
    if width < 10 or height < 3:
        raise UsageError("--width must be at least 10 and --height at least 3")
    if out is not None:
        check_writable(out, "PNG")
    loaded = load_runs(runs)
    key = metric_key(metric) if metric else default_metric(loaded)
    colours = (
        ["\x1b[31m", "\x1b[34m", "\x1b[32m", "\x1b[35m", "\x1b[33m", "\x1b[36m"] if use_colour(sys.stdout) else None
    )
    sys.stdout.write(text_chart(loaded, key, x, width, height, colours))
    sys.stdout.flush()
    if out is not None:
        from rnncli.inspect.figures import curves_figure, save_png

        save_png(curves_figure(loaded, x), out)
        info(f"wrote {out}")
