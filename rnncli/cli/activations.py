"""`rnncli activations`: hidden units coloured by value, unit search, gate statistics, the explorer page."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import aligned, complete_checkpoint, info, terminal_width, use_colour
from rnncli.errors import InputError, UsageError

_SEL, _FIND, _OUT = "Units", "Search", "Output"


def show_units(acts, units, colour: bool, width: int, out=None) -> None:
    """Coloured blocks on a terminal; the tab-separated numeric table otherwise."""
    from rnncli.inspect.render import ansi_block, table

    out = out or sys.stdout
    if colour:
        for k, u in enumerate(units):
            out.write(("\n" if k else "") + ansi_block(acts, u, width))
    else:
        out.write(table(acts, units))
    out.flush()


def _read_input(checkpoint: Optional[Path], file: Optional[Path], text: Optional[str]):
    from rnncli.cli.common import looks_like_text
    from rnncli.textio import read_text

    if checkpoint is not None and file is None and text is None and looks_like_text(checkpoint):
        checkpoint, file = None, checkpoint  # `rnncli activations code.py`
    if text is not None and file is not None:
        raise UsageError("give the text either as a FILE or with --text, not both")
    if text is None:
        if file is None and sys.stdin.isatty():
            raise UsageError("no text to look at", "give a FILE, pipe text to stdin or use --text")
        text = read_text(file if file is not None else "-", "text file")
    if not text:
        raise InputError("the text is empty", "give a file with some text in it")
    return checkpoint, text


def _record(path: Optional[str], text: str, device: str):
    """The model (a language model, or a classifier's RNN) and every signal of it over ``text``."""
    from rnncli import checkpoint as ckpt

    if path and ckpt.peek_kind(path) == "clf":
        from rnncli.clf.use import load_classifier
        from rnncli.inspect.record import record_text

        clf = load_classifier(path, device)
        return clf, record_text(clf.model, clf.tokenizer, text)
    from rnncli.lm.activations import read_activations

    return read_activations(path, text, device)


@app.command("activations", rich_help_panel="Looking inside")
def activations_command(
    checkpoint: Annotated[
        Optional[Path],
        typer.Argument(
            autocompletion=complete_checkpoint,
            help="A language model or classifier checkpoint (a bidirectional classifier's backward units follow "
            "its forward ones). Default: the most recent language model under ./runs (a lone argument that is not "
            "a checkpoint is then the text file).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[Optional[Path], typer.Argument(help="Text to read (default: stdin).", show_default=False)] = None,
    text: Annotated[Optional[str], typer.Option(help="The text itself, instead of a file.")] = None,
    units: Annotated[
        Optional[str],
        typer.Option(
            help="Units to show, comma-separated: [layer.][signal]unit (17, c17, 2.c17; units count from 0). "
            "Default: the --top units of --layer/--signal that vary most over the text.",
            show_default=False,
            rich_help_panel=_SEL,
        ),
    ] = None,
    layer: Annotated[
        Optional[int],
        typer.Option(
            help="Layer, counted from 1 (default: the top one). With --find: search only this layer.",
            show_default=False,
            rich_help_panel=_SEL,
        ),
    ] = None,
    signal: Annotated[
        Optional[str],
        typer.Option(
            help="h (hidden state), c (LSTM cell), gates i f g o (LSTM) or r z n (GRU). Default h; with --find, "
            "search only this signal (default: all).",
            show_default=False,
            rich_help_panel=_SEL,
        ),
    ] = None,
    top: Annotated[int, typer.Option(help="How many units to show when none are named.", rich_help_panel=_SEL)] = 3,
    find: Annotated[
        Optional[str],
        typer.Option(
            help="Rank every unit by how well it tracks a hypothesis: quotes, double-quotes, brackets, "
            "line-position, indent, or a regular expression (matched characters are 'inside').",
            show_default=False,
            rich_help_panel=_FIND,
        ),
    ] = None,
    rank: Annotated[int, typer.Option(help="Rows of the --find ranking to print.", rich_help_panel=_FIND)] = 10,
    gate_stats: Annotated[
        bool,
        typer.Option(
            "--gate-stats",
            help="Per layer and gate, how often gates are saturated (< 0.1, > 0.9).",
            rich_help_panel=_FIND,
        ),
    ] = False,
    gate_png: Annotated[
        Optional[Path],
        typer.Option(help="Write the gate-saturation scatter (one point per unit) to this PNG.", rich_help_panel=_OUT),
    ] = None,
    html: Annotated[
        Optional[Path],
        typer.Option(
            help="Write the shown units as a self-contained HTML page (hover a character for its values).",
            rich_help_panel=_OUT,
        ),
    ] = None,
    explorer: Annotated[
        Optional[Path],
        typer.Option(
            help="Write an explorer page: select a span of the text in a browser and it ranks the units of --layer "
            "(default all) and --signal (default h, and c for an LSTM) that separate it from the rest.",
            rich_help_panel=_OUT,
        ),
    ] = None,
    save: Annotated[
        Optional[Path], typer.Option(help="Write every recorded signal to a NumPy .npz file.", rich_help_panel=_OUT)
    ] = None,
    max_chars: Annotated[
        int, typer.Option(help="Read at most this many characters of the text.", rich_help_panel=_OUT)
    ] = 20000,
    show_chars: Annotated[
        int,
        typer.Option(
            help="Colour (and tabulate, and put in the HTML page) at most this many characters; 0 prints only "
            "the --find ranking or --gate-stats.",
            rich_help_panel=_OUT,
        ),
    ] = 2000,
    width: Annotated[
        Optional[int],
        typer.Option(
            help="Wrap coloured text at this many columns (default: the terminal's width).",
            show_default=False,
            rich_help_panel=_OUT,
        ),
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Run a language model (or a classifier's RNN) over a text and show what its units do.

    Prints the text once per unit, each character's background coloured by the unit's value after
    reading it (blue -1, white 0, red +1; gates white 0 to green 1). Without a colour terminal
    (NO_COLOR, or output to a file or pipe) it prints a tab-separated table of the values instead.
    """
    import numpy as np

    from rnncli.lm.activations import most_varying_units, named_units
    from rnncli.textio import atomic_write, check_writable

    _check_activations_options(top, rank, max_chars, show_chars, find, gate_stats, html, units, explorer)
    cols = terminal_width(width)
    for p, what in ((html, "HTML page"), (explorer, "HTML page"), (save, "activations file"), (gate_png, "PNG")):
        if p is not None:
            check_writable(p, what)
    gate_stats = gate_stats or gate_png is not None
    checkpoint, body = _read_input(checkpoint, file, text)
    if len(body) > max_chars:
        info(f"reading the first {max_chars:,} of {len(body):,} characters (--max-chars)")
        body = body[:max_chars]
    lm, acts = _record(str(checkpoint) if checkpoint else None, body, device)
    if checkpoint is None:
        info(f"using {lm.path}")
    acts.check(layer=layer, signal=signal)
    out = sys.stdout
    shown = _find_ranking(acts, find, layer, signal, rank, top, units is None, out) if find is not None else []
    if gate_stats:
        _print_gate_stats(acts, find is not None, gate_png, out)
    if units is not None:
        shown = named_units(acts, units, layer, signal)
    elif find is None and not gate_stats:
        shown = most_varying_units(acts, layer, signal, top)
    if show_chars == 0:
        shown = []  # the ranking or the gate statistics alone
    view = _first_chars(acts, show_chars) if shown or explorer is not None else acts
    if shown:
        if find is not None or gate_stats:
            out.write("\n")
        show_units(view, shown, use_colour(sys.stdout), cols, out)
    if html is not None:
        _write_units_page(html, view, shown, lm, find if units is None else None)
    if explorer is not None:
        write_explorer(explorer, view, lm, layer, signal)
    if save is not None:
        with atomic_write(save, "wb", what="activations file") as f:
            np.savez_compressed(f, **acts.to_npz_dict())
        info(f"wrote {save}")


def _check_activations_options(top, rank, max_chars, show_chars, find, gate_stats, html, units, explorer) -> None:
    for name, v in (("--top", top), ("--rank", rank), ("--max-chars", max_chars)):
        if v < 1:
            raise UsageError(f"{name} must be at least 1 (got {v})")
    if show_chars < 0 or (show_chars == 0 and find is None and not gate_stats):
        raise UsageError(f"--show-chars must be at least 1 (got {show_chars}; 0 is for --find or --gate-stats)")
    if show_chars == 0 and (html is not None or units is not None or explorer is not None):
        raise UsageError("--show-chars 0 shows no text: it cannot go with --html, --explorer or --units")


def _find_ranking(acts, find: str, layer, signal, rank: int, top: int, want_units: bool, out) -> list:
    """--find: print the units ranked by how well they track the hypothesis; the --top of them to show
    (none when ``want_units`` is False: --units names them)."""
    from rnncli.inspect.hypotheses import hypothesis, rank_units

    hyp = hypothesis(find, acts.text)
    scores, summary = rank_units(acts, hyp, [layer] if layer else None, [signal] if signal else None)
    what = "AUC" if hyp.binary else "corr"
    if hyp.binary:
        out.write(
            f"--find {find}: {summary['inside']:,} of {summary['tokens']:,} tokens inside; "
            f"{len(scores):,} units ranked by AUC ('-': lower inside)\n"
        )
    else:
        out.write(f"--find {find}: {summary['tokens']:,} tokens; {len(scores):,} units ranked by |correlation|\n")
    rows = [["rank", "layer", "signal", "unit", what, "dir"]]
    for k, s in enumerate(scores[:rank], 1):
        figure = f"{s.score:.3f}" if hyp.binary else f"{s.statistic:+.3f}"
        rows.append([str(k), str(s.layer), s.signal, str(s.unit), figure, s.direction])
    out.write(aligned(rows, right={0, 1, 3, 4}))
    if not want_units:
        return []
    from rnncli.lm.activations import found_units

    return found_units(scores, hyp.binary, top)


def _print_gate_stats(acts, after_ranking: bool, gate_png: Optional[Path], out) -> None:
    from rnncli.inspect.gates import gate_stats as compute_gate_stats
    from rnncli.inspect.gates import stats_table

    stats = compute_gate_stats(acts)
    if after_ranking:
        out.write("\n")
    out.write(aligned(stats_table(stats), right={0, 2, 3, 4, 5}))
    if gate_png is not None:
        from rnncli.inspect.figures import gate_figure, save_png

        save_png(gate_figure(stats, acts.cell), gate_png)
        info(f"wrote {gate_png}")


def _first_chars(acts, show_chars: int):
    """The activations of the first --show-chars characters (whole tokens)."""
    from rnncli.lm.activations import first_chars

    if len(acts) > show_chars:
        info(f"showing the first {show_chars:,} characters (--show-chars)")
    return first_chars(acts, show_chars)


def _write_units_page(path: Path, view, shown: list, lm, find: Optional[str]) -> None:
    from rnncli.inspect.render import html_units
    from rnncli.textio import atomic_write

    if not shown:
        raise UsageError("--html needs units to show: name them with --units, or use --find")
    title = f"{lm.path}: " + (f"units tracking {find!r}" if find is not None else "units")
    size = f"{lm.model.config.cell.upper()} {view.layers}x{view.units}"
    intro = f"{size}; hover over the text to see every shown unit's value."
    page = html_units(view, shown, title, intro=intro)
    with atomic_write(path, "w", what="HTML page") as f:
        f.write(page)
    info(f"wrote {path}")


def write_explorer(path: Path, acts, lm, layer: Optional[int], signal: Optional[str]) -> None:
    from rnncli.inspect.explorer import explorer_page
    from rnncli.textio import atomic_write

    signals = [signal] if signal else (["h", "c"] if acts.cell == "lstm" else ["h"])
    layers = [layer] if layer else list(range(1, acts.layers + 1))
    page = explorer_page(
        acts, layers, signals, f"{lm.path}: explorer", intro=f"{acts.cell.upper()} {acts.layers}x{acts.units}:"
    )
    with atomic_write(path, "w", what="HTML page") as f:
        f.write(page)
    info(f"wrote {path}")
