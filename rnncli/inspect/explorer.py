"""The explorer page: select a span of the text in a browser, and the page ranks every recorded unit by
how well it separates the selection from the rest, then draws the best units' traces under the text.

One self-contained HTML file: the text, every unit's values (each unit stored as 256 levels between its
own minimum and maximum, one byte per token, base64) and a script of a few hundred lines; no network.
The ranking is the one of ``activations --find`` for an on/off hypothesis (the area under the ROC curve
of the unit's values, inside the selection against outside, ties counted half; a unit that is lower
inside scores the AUC of its negation and shows ``-``), computed in the page from the stored levels
with one 256-bin histogram per unit, so its cost is one pass over the values.

A selection is made with the mouse (or the keyboard, extending a selection with shift and the arrows),
with the two number fields, or with the page address: ``page.html#tokens=A-B`` selects tokens A to B - 1
when the page opens (what the browser tests use).
"""

from __future__ import annotations

import base64
import html
import json

import numpy as np

from rnncli.inspect.colours import HIGH, NEG, POS, Scale
from rnncli.inspect.render import page


def _levels(values: np.ndarray) -> tuple[np.ndarray, float, float]:
    """One unit's values as bytes 0 ... 255 between its minimum and maximum."""
    lo, hi = float(values.min()), float(values.max())
    if hi <= lo:
        return np.zeros(len(values), dtype=np.uint8), lo, lo
    q = np.rint((values.astype(np.float64) - lo) / (hi - lo) * 255)
    return q.astype(np.uint8), lo, hi


def page_data(acts, layers: list[int], signals: list[str]) -> dict:
    """What the page's script reads: the tokens' texts, one description per unit, the levels."""
    units, blocks = [], []
    for signal in signals:
        for layer in layers:
            arr = acts.signals[signal][layer - 1]  # (T, units)
            for u in range(arr.shape[1]):
                q, lo, hi = _levels(arr[:, u])
                scale = Scale.for_signal(signal, arr[:, u])
                units.append(
                    {
                        "layer": layer,
                        "signal": signal,
                        "unit": u,
                        "lo": lo,
                        "hi": hi,
                        "gate": scale.gate,
                        "mag": scale.magnitude,
                    }
                )
                blocks.append(q)
    levels = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.uint8)
    return {
        "tokens": acts.texts,
        "units": units,
        "levels": base64.b64encode(levels.tobytes()).decode("ascii"),
        "colours": {"neg": NEG, "pos": POS, "high": HIGH},
    }


def explorer_page(acts, layers: list[int], signals: list[str], title: str, intro: str = "") -> str:
    data = json.dumps(page_data(acts, layers, signals), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c")  # nothing in the data can close the script element
    n_units = sum(acts.signals[s].shape[2] for s in signals) * len(layers)
    body = (
        f'<p class="note">{html.escape(intro)} {n_units:,} units ({", ".join(signals)}; layer'
        f"{'s' if len(layers) > 1 else ''} {', '.join(map(str, layers))}), {len(acts):,} tokens. "
        "Select a span of the text (mouse, or shift and the arrow keys), or give token numbers below; "
        "the units that best separate it from the rest are ranked, the best ones drawn under the text. "
        "Click a row to colour the text by that unit.</p>\n"
        + _BODY
        + f'<script id="data" type="application/json">{data}</script>\n<script>{_SCRIPT}</script>\n'
    )
    return page(title, _STYLE + body)


_STYLE = """<style>
#text span.sel { outline: 2px solid #e6a700; outline-offset: -1px; }
#text { max-height: 22em; overflow-y: auto; }
#controls { margin: 0.6em 0; } #controls input { width: 6em; }
#ranking td, #ranking th { padding: 0.1em 0.7em; text-align: right; font-family: ui-monospace, monospace; }
#ranking tr.unit { cursor: pointer; } #ranking tr.shown { background: #fff3c4; }
.trace { margin: 0.4em 0 1em; } .trace svg { display: block; width: 100%; border: 1px solid #ddd; }
</style>
"""

_BODY = """<div class="text" id="text" tabindex="0"></div>
<div id="controls">tokens from <input id="from" type="number" min="0"> to <input id="to" type="number" min="1">
<button id="go">rank</button> <span id="status" class="note">nothing selected yet</span></div>
<table id="ranking"></table>
<div id="traces"></div>
"""

_SCRIPT = r"""
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const T = D.tokens.length, U = D.units.length;
const raw = atob(D.levels), Q = new Uint8Array(raw.length);
for (let i = 0; i < raw.length; i++) Q[i] = raw.charCodeAt(i);
const textDiv = document.getElementById("text"), spans = [];
(function build() {
  const frag = document.createDocumentFragment();
  D.tokens.forEach((t, i) => {
    const s = document.createElement("span");
    s.dataset.i = i;
    s.textContent = t;
    spans.push(s);
    frag.appendChild(s);
  });
  textDiv.appendChild(frag);
})();
function value(u, t) {
  const d = D.units[u];
  return d.lo + (d.hi - d.lo) * Q[u * T + t] / 255;
}
function round(x) {  // halves to even, as Python's round(), so that colours equal the other pages'
  const f = Math.floor(x), d = x - f;
  return d > 0.5 ? f + 1 : d < 0.5 ? f : f % 2 === 0 ? f : f + 1;
}
function mix(a, b, t) { return a.map((x, k) => round(x + (b[k] - x) * t)); }
function colour(u, v) {  // the same scales as rnncli's other pages (rnncli.inspect.colours)
  const d = D.units[u], W = [255, 255, 255];
  if (d.gate) return mix(W, D.colours.high, Math.min(1, Math.max(0, v)));
  const x = Math.min(1, Math.max(-1, v / d.mag));
  return x >= 0 ? mix(W, D.colours.pos, x) : mix(W, D.colours.neg, -x);
}
function css(rgb) { return "rgb(" + rgb.join(",") + ")"; }
function ink(rgb) { return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] > 140 ? "#000" : "#fff"; }
function label(u) { const d = D.units[u]; return "layer " + d.layer + " " + d.signal + " unit " + d.unit; }

// Ranking: AUC of every unit, tokens a ... b-1 against the rest (tokens showing no text left out).
function rank(a, b) {
  const inside = new Uint8Array(T), keep = [];
  for (let t = 0; t < T; t++) if (D.tokens[t].length) { keep.push(t); inside[t] = t >= a && t < b ? 1 : 0; }
  let n1 = 0;
  for (const t of keep) n1 += inside[t];
  const n0 = keep.length - n1;
  if (n1 === 0 || n0 === 0) return null;
  const hin = new Float64Array(256), hout = new Float64Array(256), out = [];
  for (let u = 0; u < U; u++) {
    hin.fill(0); hout.fill(0);
    const base = u * T;
    for (const t of keep) (inside[t] ? hin : hout)[Q[base + t]]++;
    let below = 0, sum = 0;
    for (let l = 0; l < 256; l++) { sum += hin[l] * (below + hout[l] / 2); below += hout[l]; }
    const auc = sum / (n1 * n0);
    out.push({u: u, auc: auc, score: Math.max(auc, 1 - auc), dir: auc >= 0.5 ? "+" : "-"});
  }
  out.sort((x, y) => y.score - x.score || x.u - y.u);
  return {scores: out, inside: n1, tokens: keep.length};
}

function colourText(u) {
  for (let t = 0; t < T; t++) {
    const c = colour(u, value(u, t));
    spans[t].style.background = css(c);
    spans[t].style.color = ink(c);
  }
  document.querySelectorAll("#ranking tr.unit").forEach(r => r.classList.toggle("shown", +r.dataset.u === u));
}

function plot(u, a, b, from, to, H) {  // tokens from ... to-1 of unit u, the selection a ... b-1 shaded
  const d = D.units[u], W = 1000, n = Math.max(1, to - from - 1);
  const lo = d.gate ? 0 : Math.min(d.lo, -d.mag), hi = d.gate ? 1 : Math.max(d.hi, d.mag);
  const x = t => (t - from) / n * W, y = v => H - 3 - (v - lo) / (hi - lo || 1) * (H - 6);
  const pts = [];
  for (let t = from; t < to; t++) pts.push(x(t).toFixed(1) + "," + y(value(u, t)).toFixed(1));
  const x0 = Math.max(0, x(a - 0.5)), x1 = Math.min(W, x(b - 0.5));
  return '<svg viewBox="0 0 ' + W + " " + H + '" preserveAspectRatio="none" style="height:' + H + 'px">' +
    '<rect x="' + x0.toFixed(1) + '" width="' + Math.max(1, x1 - x0).toFixed(1) + '" y="0" height="' + H +
    '" fill="#ffe58a"/><line x1="0" x2="' + W + '" y1="' + y(0).toFixed(1) + '" y2="' + y(0).toFixed(1) +
    '" stroke="#bbb"/><polyline fill="none" stroke="#c81e1e" stroke-width="1.2" points="' + pts.join(" ") +
    '"/></svg>';
}
function trace(u, a, b) {  // around the selection, then the whole text
  const pad = Math.max(100, b - a), from = Math.max(0, a - pad), to = Math.min(T, b + pad);
  return '<div class="trace"><div>' + label(u) + " (tokens " + from + " to " + (to - 1) + ", then all " + T +
    ")</div>" + plot(u, a, b, from, to, 90) + plot(u, a, b, 0, T, 40) + "</div>";
}

let shown = null;
function show(a, b) {
  if (shown === a + "-" + b) return;  // the selectionchange that follows a selection made here
  shown = a + "-" + b;
  const t0 = performance.now(), r = rank(a, b), status = document.getElementById("status");
  spans.forEach((s, t) => s.classList.toggle("sel", t >= a && t < b));
  if (!r) { status.textContent = "the selection must leave some text outside it"; return; }
  const ms = performance.now() - t0;
  status.textContent = "tokens " + a + " to " + (b - 1) + " selected (" + r.inside + " of " + r.tokens +
    " inside); " + U + " units ranked in " + ms.toFixed(0) + " ms";
  document.getElementById("from").value = a;
  document.getElementById("to").value = b;
  const rows = ["<tr><th>rank</th><th>layer</th><th>signal</th><th>unit</th><th>AUC</th><th>dir</th></tr>"];
  r.scores.slice(0, 10).forEach((s, k) => {
    const d = D.units[s.u];
    rows.push('<tr class="unit" data-u="' + s.u + '"><td>' + (k + 1) + "</td><td>" + d.layer + "</td><td>" +
      d.signal + "</td><td>" + d.unit + "</td><td>" + s.score.toFixed(3) + "</td><td>" + s.dir + "</td></tr>");
  });
  document.getElementById("ranking").innerHTML = rows.join("");
  document.querySelectorAll("#ranking tr.unit").forEach(row => row.onclick = () => colourText(+row.dataset.u));
  document.getElementById("traces").innerHTML = r.scores.slice(0, 3).map(s => trace(s.u, a, b)).join("");
  colourText(r.scores[0].u);
}

function tokenOf(node, offset, end) {  // the token a selection boundary falls in
  let el = node.nodeType === 3 ? node.parentElement : node.childNodes[offset] || node.lastChild;
  if (!el || !el.dataset || el.dataset.i === undefined) return null;
  const i = +el.dataset.i;
  if (node.nodeType === 3 && end && offset === 0) return i;  // ends before this token
  if (node.nodeType === 3 && !end && offset === node.length) return i + 1;
  return end ? i + 1 : i;
}
function fromSelection() {
  const sel = window.getSelection();
  if (!sel.rangeCount || sel.isCollapsed) return;
  const r = sel.getRangeAt(0);
  if (!textDiv.contains(r.startContainer) || !textDiv.contains(r.endContainer)) return;
  const a = tokenOf(r.startContainer, r.startOffset, false);
  const b = tokenOf(r.endContainer, r.endOffset, true);
  if (a !== null && b !== null && b > a) show(a, b);
}
function select(a, b) {  // make a real selection of tokens a ... b-1, then rank it as a mouse selection would be
  a = Math.max(0, Math.min(T - 1, a)); b = Math.max(a + 1, Math.min(T, b));
  const r = document.createRange();
  r.setStart(spans[a].firstChild || spans[a], 0);
  const last = spans[b - 1].firstChild || spans[b - 1];
  r.setEnd(last, last.length || 0);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(r);
  textDiv.scrollTop = spans[a].offsetTop - textDiv.offsetTop - textDiv.clientHeight / 3;
  fromSelection();
}
let pending = null;
document.addEventListener("selectionchange", () => {
  clearTimeout(pending);
  pending = setTimeout(fromSelection, 150);
});
textDiv.addEventListener("mouseup", fromSelection);
document.getElementById("go").onclick = () =>
  select(+document.getElementById("from").value, +document.getElementById("to").value);
const m = /tokens=(\d+)-(\d+)/.exec(location.hash);
if (m) select(+m[1], +m[2]);
"""
