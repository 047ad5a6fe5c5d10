"""Turning recorded activations into text: coloured terminal blocks, a plain numeric table and a
self-contained HTML page. Pure functions that return strings."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

import numpy as np

from rnncli.inspect.colours import RESET, Scale, ansi_bg, hex_colour, text_colour

# How characters that would move the cursor are shown in a coloured block.
_VISIBLE = {"\n": "↵", "\t": "→", "\r": "␍"}


@dataclass
class Unit:
    """One selected unit, with an optional note (its score) for the heading."""

    layer: int  # from 1
    signal: str
    unit: int
    note: str = ""

    @property
    def label(self) -> str:
        return f"layer {self.layer} {self.signal} unit {self.unit}"

    @property
    def key(self) -> str:
        return f"L{self.layer}.{self.signal}{self.unit}"


def _cell(ch: str) -> str:
    if ch in _VISIBLE:
        return _VISIBLE[ch]
    if ch < " " or ch == "\x7f":
        return "·"
    return ch


def scale_for(acts, u: Unit) -> Scale:
    return Scale.for_signal(u.signal, acts.values(u.layer, u.signal, u.unit))


def legend(scale: Scale, width: int = 21) -> str:
    cells = []
    for k in range(width):
        v = scale.low + (scale.high - scale.low) * k / (width - 1)
        cells.append(ansi_bg(scale.rgb(v)) + " " + RESET)
    return f"{_bound(scale.low, scale)} " + "".join(cells) + f" {_bound(scale.high, scale)}"


def _bound(v: float, scale: Scale) -> str:
    """How a legend end is written: 0 and 1 for gates, -m and +m otherwise."""
    return f"{v:.2g}" if scale.gate else f"{v:+.2g}"


def ansi_block(acts, u: Unit, width: int = 100) -> str:
    """One unit: a heading with the colour legend, then the text with each token's background coloured
    by the unit's value after it; a line break shows as ↵ and starts a new line; long lines wrap."""
    vals = acts.values(u.layer, u.signal, u.unit)
    scale = scale_for(acts, u)
    head = f"{u.label}{'  ' + u.note if u.note else ''}   {legend(scale)}"
    lines: list[str] = []
    cur: list[str] = []
    col = 0
    width = max(width, 10)
    for text, v in zip(acts.texts, vals):
        if not text:
            continue
        code = ansi_bg(scale.rgb(float(v)))
        fresh = True  # the colour is set once per token (a subword piece is one run) and after line breaks
        for ch in text:
            if col >= width:
                lines.append("".join(cur) + RESET)
                cur, col, fresh = [], 0, True
            if fresh:
                cur.append(code)
                fresh = False
            cur.append(_cell(ch))
            col += 1
            if ch == "\n":
                lines.append("".join(cur) + RESET)
                cur, col, fresh = [], 0, True
    if cur:
        lines.append("".join(cur) + RESET)
    return head + "\n" + "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii") if not text.isprintable() or "\\" in text else text


def table(acts, units: list[Unit]) -> str:
    """Tab-separated: token index, token (escaped as in Python), then one column per unit."""
    cols = [acts.values(u.layer, u.signal, u.unit) for u in units]
    rows = ["index\ttoken\t" + "\t".join(u.key for u in units)]
    for t, text in enumerate(acts.texts):
        rows.append(f"{t}\t{_escape(text)}\t" + "\t".join(f"{c[t]:.4f}" for c in cols))
    return "\n".join(rows) + "\n"


_PARTS_CSS = """
h1 { font-size: 1.2em; } h2 { font-size: 1em; margin: 1.4em 0 0.3em; }
.text { font-family: ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap;
        line-height: 1.5; border: 1px solid #ddd; padding: 0.5em; }
.text span { border-radius: 2px; }
.legend span { display: inline-block; width: 1.2em; height: 1em; vertical-align: middle; }
.note { color: #666; font-size: 0.9em; }
table.grid { border-collapse: collapse; font-family: ui-monospace, monospace; font-size: 0.85em; }
table.grid td { width: 2.2em; height: 1.6em; text-align: center; border: 1px solid #eee; }
table.grid th { font-weight: normal; padding: 0 0.4em; }
table.grid th.src { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; }
"""
_CSS = "\nbody { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }" + _PARTS_CSS


def _legend_html(scale: Scale, n: int = 11) -> str:
    cells = "".join(
        f'<span style="background:{hex_colour(scale.rgb(scale.low + (scale.high - scale.low) * k / (n - 1)))}"></span>'
        for k in range(n)
    )
    return f'<div class="legend">{_bound(scale.low, scale)} {cells} {_bound(scale.high, scale)}</div>'


def page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head>\n"
        f"<body><h1>{html.escape(title)}</h1>\n{body}</body></html>\n"
    )


def fragment(body: str) -> str:
    """A body of a page as a piece of HTML to show inside another page (a notebook's output): the
    styles of its parts, none for the page around it."""
    return f'<div class="rnncli"><style>{_PARTS_CSS}</style>{body}</div>'


def html_units(acts, units: list[Unit], title: str, intro: str = "") -> str:
    """Every selected unit as a coloured copy of the text; hovering a token shows all the selected
    units' values at that token (its ``title``)."""
    return page(title, units_body(acts, units, intro))


def units_body(acts, units: list[Unit], intro: str = "") -> str:
    """The body of :func:`html_units`."""
    cols = [acts.values(u.layer, u.signal, u.unit) for u in units]
    tips = []
    for t, text in enumerate(acts.texts):
        parts = [f"token {t} {json.dumps(text, ensure_ascii=False)}"]
        parts += [f"{u.label}: {c[t]:+.4f}" for u, c in zip(units, cols)]
        tips.append(html.escape("\n".join(parts), quote=True))
    sections = [f'<p class="note">{html.escape(intro)}</p>' if intro else ""]
    for u, vals in zip(units, cols):
        scale = scale_for(acts, u)
        spans = []
        for t, (text, v) in enumerate(zip(acts.texts, vals)):
            if not text:
                continue
            bg = scale.rgb(float(v))
            fg = text_colour(bg)
            shown = html.escape(text)
            spans.append(
                f'<span style="background:{hex_colour(bg)};color:{hex_colour(fg)}" title="{tips[t]}">{shown}</span>'
            )
        note = f' <span class="note">{html.escape(u.note)}</span>' if u.note else ""
        sections.append(
            f'<h2>{html.escape(u.label)}{note}</h2>{_legend_html(scale)}<div class="text">{"".join(spans)}</div>\n'
        )
    return "\n".join(sections)


def top_variance_units(acts, layer: int, signal: str, n: int) -> list[int]:
    v = acts.signals[signal][layer - 1].var(0)
    return [int(i) for i in np.argsort(-v, kind="stable")[:n]]
