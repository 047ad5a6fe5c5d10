"""Attention maps of translations: source pieces across, target pieces down (the last row is the
step that produced the end of sentence), one cell per weight. Pure functions returning strings."""

from __future__ import annotations

import html

import numpy as np

from rnncli.inspect.colours import RESET, ansi_bg, hex_colour, sequential, text_colour
from rnncli.inspect.render import page

EOS_LABEL = "</s>"
_MAX_LABEL = 14


def _short(piece: str) -> str:
    piece = piece.replace("\n", "↵") or "·"
    return piece if len(piece) <= _MAX_LABEL else piece[: _MAX_LABEL - 1] + "…"


def grid_text(weights: np.ndarray, src: list[str], tgt: list[str], colour: bool) -> str:
    """The grid as terminal text. Source pieces are written vertically above their columns. With colour
    each cell is a block shaded by its weight (white 0 to dark green 1) showing the weight in percent
    (99 for all of it); without it, the percentages alone (``.`` below 1%)."""
    src = [_short(s) for s in src]
    tgt = [_short(t) for t in tgt]
    lw = max(len(t) for t in tgt) if tgt else 1
    rows = []
    depth = max(len(s) for s in src) if src else 0
    for d in range(depth):  # the source pieces, top to bottom, one character per line
        rows.append(" " * (lw + 1) + "".join(f" {s[d] if d < len(s) else ' '} " for s in src))
    for t, label in enumerate(tgt):
        cells = []
        for s in range(len(src)):
            w = float(weights[t, s])
            pct = round(w * 100)
            txt = " . " if pct < 1 else f"{min(pct, 99):>2} "  # the last digit under the header letter
            cells.append(f"{ansi_bg(sequential(w))}{txt}{RESET}" if colour else txt)
        rows.append(f"{label:>{lw}} " + "".join(cells))
    return "\n".join(rows) + "\n"


def html_grids(items: list[tuple[int, str, str, np.ndarray, list[str], list[str]]], title: str) -> str:
    """One table per sentence: items are (line number, source line, translation, weights, source
    pieces, target pieces); the numbers are the input's line numbers, as in the terminal grid and the
    PNG names. Hovering a cell shows the two pieces and the weight."""
    return page(title, grids_body(items))


def grids_body(items: list[tuple[int, str, str, np.ndarray, list[str], list[str]]]) -> str:
    """The body of :func:`html_grids`."""
    parts = []
    for number, source, translation, w, src, tgt in items:
        head = "<tr><th></th>" + "".join(f'<th class="src">{html.escape(s)}</th>' for s in src) + "</tr>"
        body = []
        for t, tp in enumerate(tgt):
            cells = []
            for s, sp in enumerate(src):
                v = float(w[t, s])
                bg = sequential(v)
                tip = html.escape(f"{tp} ← {sp}: {v:.3f}", quote=True)
                cells.append(
                    f'<td style="background:{hex_colour(bg)};color:{hex_colour(text_colour(bg))}" '
                    f'title="{tip}">{round(v * 100) if v >= 0.01 else ""}</td>'
                )
            body.append(f"<tr><th>{html.escape(tp)}</th>{''.join(cells)}</tr>")
        parts.append(
            f"<h2>{number}. {html.escape(source)}</h2><p>{html.escape(translation)}</p>"
            f'<table class="grid">{head}{"".join(body)}</table>'
        )
    return "\n".join(parts)
