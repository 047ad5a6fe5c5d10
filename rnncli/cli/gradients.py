"""`gradients`: how far back through time the gradient of a language model's loss reaches."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import info, use_colour
from rnncli.errors import InputError, UsageError

_TEXT, _OUT = "Text", "Output"


def _split_args(paths: list[Path]) -> tuple[list[Path], Optional[Path]]:
    """Checkpoints first, then at most one text file (the last argument, when it is not a checkpoint)."""
    from rnncli.cli.common import looks_like_text

    if paths and looks_like_text(paths[-1]):
        *ckpts, text = paths
    else:
        ckpts, text = list(paths), None
    for p in ckpts:
        if looks_like_text(p):
            raise UsageError(f"{p} is not a checkpoint", "give the checkpoints first and one text file last")
    return ckpts, text


def _read_body(file: Optional[Path], text: Optional[str], max_chars: int) -> str:
    from rnncli.textio import bundled, read_text

    if text is not None and file is not None:
        raise UsageError("give the text either as a FILE or with --text, not both")
    if text is None:
        if file is None and sys.stdin.isatty():
            file = bundled("shakespeare", "valid.txt")
            info(f"reading {file} (give a FILE, pipe text or use --text for another text)")
        text = read_text(file if file is not None else "-", "text file")
    if not text:
        raise InputError("the text is empty", "give a file with some text in it")
    return text[:max_chars]


def display_name(path: Path) -> str:
    """A run's directory name for its best.ckpt / last.ckpt, else the file's stem."""
    return path.parent.name if path.stem in ("best", "last") and path.parent.name else path.stem


def _ratio_text(value: float) -> str:
    return f"{value:.3g}" if math.isfinite(value) else "-"


def summary_rows(flows) -> list[list[str]]:
    """One row per checkpoint and layer: the norm at distance 1, the ratios at 10, 50 and 100 (those within
    reach), and what explains them: W_hh's largest singular value or the product of gates at 10."""
    K = min(f.max_distance for f in flows)
    ks = [k for k in (10, 50, 100) if k <= K] or [K]
    rows = [
        [
            "model",
            "cell",
            "layer",
            "|dL/dh| k=1",
            *[f"ratio k={k}" for k in ks],
            "c ratio k=" + str(ks[-1]),
            "sigma_max(W_hh)",
            f"path product k={ks[0]}",
        ]
    ]
    for f in flows:
        for lay in f.layers:
            rows.append(
                [
                    f.name,
                    f.cell,
                    str(lay.layer),
                    f"{lay.h_norm[0]:.3g}",
                    *[_ratio_text(lay.ratio(k)) for k in ks],
                    _ratio_text(lay.ratio(ks[-1], "c")) if lay.c_norm else "-",
                    f"{lay.singular_values[0]:.3f}" if lay.singular_values else "-",
                    f"{lay.product[ks[0] - 1]:.3g} ({f.product})",
                ]
            )
    return rows


def _chart(flows, width: int, height: int, colour: bool) -> str:
    """log10 of the hidden-state gradient norm against the distance, one series per checkpoint and layer."""
    from rnncli.inspect.curves import Run, text_chart

    key = "log10|dL/dh|"
    series = []
    for f in flows:
        for lay in f.layers:
            recs = [{"k": k, key: math.log10(v)} for k, v in enumerate(lay.h_norm, 1) if v > 0]
            label = f"{f.name} layer {lay.layer}" if len(f.layers) > 1 else f.name
            series.append(Run(label, Path(f.name), recs))
    colours = ["\x1b[31m", "\x1b[34m", "\x1b[32m", "\x1b[35m", "\x1b[33m", "\x1b[36m"] if colour else None
    return text_chart(series, key, "k", width, height, colours)


@app.command("gradients", rich_help_panel="Looking inside")
def gradients_command(
    paths: Annotated[
        Optional[List[Path]],
        typer.Argument(
            help="Language-model checkpoints (several are compared on the same text), then optionally the text "
            "file. Default checkpoint: the most recent one under ./runs; default text: stdin when piped, "
            "else the bundled Shakespeare validation text.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        Optional[str], typer.Option(help="The text itself, instead of a file.", rich_help_panel=_TEXT)
    ] = None,
    max_distance: Annotated[int, typer.Option(help="Look this many steps back (k = 1 ... N).")] = 100,
    positions: Annotated[int, typer.Option(help="Average over this many positions t spread over the text.")] = 32,
    warmup: Annotated[
        int,
        typer.Option(
            help="Tokens each position's window reads before the farthest step looked at (from a zero state)."
        ),
    ] = 50,
    max_chars: Annotated[
        int, typer.Option(help="Read at most this many characters of the text.", rich_help_panel=_TEXT)
    ] = 100000,
    out: Annotated[
        Optional[Path],
        typer.Option("--out", "-o", help="Also draw the figures to this PNG file.", rich_help_panel=_OUT),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print every figure as JSON on stdout.", rich_help_panel=_OUT)
    ] = False,
    width: Annotated[int, typer.Option(help="Terminal chart width in columns.", rich_help_panel=_OUT)] = 64,
    height: Annotated[int, typer.Option(help="Terminal chart height in rows.", rich_help_panel=_OUT)] = 14,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """How far back through time the gradient reaches: the norm of dL_t/dh_{t-k} (and dL_t/dc_{t-k} for an
    LSTM) against the distance k, averaged over positions t of a text, for every layer.

    Next to it what explains the curve: for a vanilla RNN the singular values of W_hh and the product of
    tanh' along the path, for an LSTM the product of forget gates, for a GRU the product of update gates.
    """
    from rnncli.textio import check_writable

    check_sizes(max_distance, positions, warmup, max_chars)
    for name, v, low in (("--width", width, 10), ("--height", height, 3)):
        if v < low:
            raise UsageError(f"{name} must be at least {low} (got {v})")
    if out is not None:
        check_writable(out, "PNG")
    ckpts, file = _split_args(list(paths or []))
    body = _read_body(file, text, max_chars)
    flows = _measure(ckpts, body, max_distance, positions, warmup, device)
    if json_out:
        sys.stdout.write(json.dumps({"checkpoints": [f.to_dict() for f in flows]}) + "\n")
    else:
        from rnncli.cli.common import aligned

        rows = summary_rows(flows)
        sys.stdout.write(aligned(rows, right=set(range(2, len(rows[0]) - 1))) + "\n")
        sys.stdout.write(_chart(flows, width, height, use_colour(sys.stdout)))
    sys.stdout.flush()
    if out is not None:
        from rnncli.inspect.figures import gradients_figure, save_png

        save_png(gradients_figure(flows), out)
        info(f"wrote {out}")


def check_sizes(max_distance: int, positions: int, warmup: int, max_chars: int) -> None:
    """The bounds of what is measured (shared with the Python API's ``LanguageModel.gradients``)."""
    bounds = (("--max-distance", max_distance, 1), ("--positions", positions, 1), ("--warmup", warmup, 0))
    for name, v, low in (*bounds, ("--max-chars", max_chars, 1)):
        if v < low:
            raise UsageError(f"{name} must be at least {low} (got {v})")


def _measure(ckpts: list[Path], body: str, max_distance: int, positions: int, warmup: int, device: str):
    from rnncli.inspect.gradients import gradient_flow
    from rnncli.lm.use import load_lm

    flows = []
    for ckpt in ckpts or [None]:
        lm = load_lm(str(ckpt) if ckpt is not None else None, device)
        if ckpt is None:
            info(f"using {lm.path}")
        ids = lm.tokenizer.encode(body)
        flow = gradient_flow(lm.model, ids, max_distance, positions, warmup, display_name(lm.path))
        info(
            f"{flow.name}: {flow.cell.upper()} {len(flow.layers)}x{flow.hidden}, {flow.positions} positions "
            f"of {len(ids):,} tokens"
        )
        flows.append(flow)
    names = [f.name for f in flows]
    for f in flows:  # two runs with the same name get their full paths
        if names.count(f.name) > 1:
            f.name = str(ckpts[flows.index(f)]) if ckpts else f.name
    return flows
