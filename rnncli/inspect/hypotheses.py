"""Hypotheses about what a unit tracks, and ranking every unit by how well it tracks one.

A hypothesis gives each character of the text a value: on/off (inside a string or not) or a number
(the column in the line). A token is compared through its last character, since the activation after
a token is the state after reading that character. Tokens that show no text (the leading bytes of a
character spelled in byte tokens) are left out.

Built-ins (anything else is taken as a regular expression):

``quotes``
    Inside a Python string literal: ``'...'``, ``"..."``, ``'''...'''`` and ``\"\"\"...\"\"\"``, with
    or without a prefix (r, b, f, u). A character is inside when it is an opening quote or part of the
    string's contents; the closing quote (all three characters of a closing triple quote) is outside,
    because after reading it the string is closed. A backslash inside a string always takes the next
    character with it (an escaped quote never closes the string; true in raw strings too). ``#`` outside
    a string starts a comment up to the end of the line, and quotes in comments do not count. A string
    opened with a single quote character ends, unclosed, at the end of its line.
``double-quotes``
    For prose: between a ``"`` and the next ``"``, anywhere in the text (same convention: opening quote
    in, closing quote out).
``brackets``
    Nesting depth of ``( [ {`` after reading the character (never below 0); a number.
``line-position``
    Characters read since the last line break (a line break itself is 0); a number.
``indent``
    Width of the current line's leading white space (a tab advances to the next multiple of 8), as much
    of it as has been read so far; a number.

A regular expression marks the characters it matches as inside (compiled with ``re.MULTILINE``, so
``^`` and ``$`` match at line boundaries; add ``(?s)`` for ``.`` to cross lines).

On/off hypotheses are scored with the area under the ROC curve (AUC: the chance that a random inside
token has a higher activation than a random outside one); a unit that is *lower* inside is scored by
the AUC of its negation and marked with direction ``-``. Numeric hypotheses are scored with Pearson's
correlation, ranked by its magnitude.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from rnncli.errors import UsageError

BUILTINS = ("quotes", "double-quotes", "brackets", "line-position", "indent")


@dataclass
class Hypothesis:
    name: str
    binary: bool
    values: np.ndarray  # one per character of the text


def python_strings(text: str) -> np.ndarray:
    """True for the characters that are inside a Python string literal (see the module notes)."""
    n = len(text)
    out = np.zeros(n, dtype=bool)
    i = 0
    quote = ""  # the open string's delimiter, or "" outside strings
    while i < n:
        ch = text[i]
        if not quote:
            if ch == "#":
                j = text.find("\n", i)
                i = n if j < 0 else j  # the line break itself is processed normally
                continue
            if ch == "'" or ch == '"':
                quote = ch * 3 if text.startswith(ch * 3, i) else ch
                out[i : i + len(quote)] = True
                i += len(quote)
                continue
            i += 1
            continue
        if ch == "\\":
            out[i : i + 2] = True
            i += 2
            continue
        if text.startswith(quote, i):
            i += len(quote)  # the closing quote is outside
            quote = ""
            continue
        if ch == "\n" and len(quote) == 1:
            quote = ""  # an unterminated one-line string ends with its line
            i += 1
            continue
        out[i] = True
        i += 1
    return out


def double_quotes(text: str) -> np.ndarray:
    is_quote = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32) == ord('"')
    # after reading character i an odd number of quotes have been seen: opening quote and contents in,
    # closing quote out
    return np.cumsum(is_quote) % 2 == 1


def bracket_depth(text: str) -> np.ndarray:
    out = np.zeros(len(text), dtype=np.float64)
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        out[i] = depth
    return out


def line_position(text: str) -> np.ndarray:
    out = np.zeros(len(text), dtype=np.float64)
    col = 0
    for i, ch in enumerate(text):
        col = 0 if ch == "\n" else col + 1
        out[i] = col
    return out


def indentation(text: str) -> np.ndarray:
    out = np.zeros(len(text), dtype=np.float64)
    width = 0
    leading = True
    for i, ch in enumerate(text):
        if ch == "\n":
            width, leading = 0, True
        elif leading and ch == " ":
            width += 1
        elif leading and ch == "\t":
            width = (width // 8 + 1) * 8
        else:
            leading = False
        out[i] = width
    return out


def regex_hypothesis(pattern: str, text: str) -> np.ndarray:
    try:
        rx = re.compile(pattern, re.MULTILINE)
    except re.error as e:
        raise UsageError(
            f"--find {pattern!r} is neither a built-in ({', '.join(BUILTINS)}) nor a valid regular expression: {e}"
        ) from None
    out = np.zeros(len(text), dtype=bool)
    for m in rx.finditer(text):
        out[m.start() : m.end()] = True
    return out


def hypothesis(pattern: str, text: str) -> Hypothesis:
    if pattern == "quotes":
        return Hypothesis(pattern, True, python_strings(text))
    if pattern == "double-quotes":
        return Hypothesis(pattern, True, double_quotes(text))
    if pattern == "brackets":
        return Hypothesis(pattern, False, bracket_depth(text))
    if pattern == "line-position":
        return Hypothesis(pattern, False, line_position(text))
    if pattern == "indent":
        return Hypothesis(pattern, False, indentation(text))
    if not pattern:
        raise UsageError("--find needs a pattern: a built-in or a regular expression")
    return Hypothesis(pattern, True, regex_hypothesis(pattern, text))


def per_token(h: Hypothesis, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(indices of the tokens that show text, the hypothesis at each one's last character)."""
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    keep = np.flatnonzero(lengths > 0)
    last = np.cumsum(lengths)[keep] - 1
    return keep, h.values[last]


def auc_columns(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """AUC of every column of ``x`` (n, m) for the boolean labels ``y`` (n,); ties count half."""
    n1 = int(y.sum())
    n0 = len(y) - n1
    ranks = np.empty(x.shape, dtype=np.float64)
    for j in range(x.shape[1]):
        col = x[:, j]
        s = np.sort(col)
        # average rank of each value (1-based): the mean of its first and last position among equals
        ranks[:, j] = (np.searchsorted(s, col, "left") + np.searchsorted(s, col, "right") + 1) / 2
    return (ranks[y].sum(0) - n1 * (n1 + 1) / 2) / (n1 * n0)


def corr_columns(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    xc = x - x.mean(0)
    yc = y - y.mean()
    den = np.sqrt((xc * xc).sum(0) * (yc * yc).sum())
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (yc @ xc) / den
    return np.nan_to_num(r, nan=0.0)


@dataclass
class UnitScore:
    layer: int  # from 1
    signal: str
    unit: int
    score: float  # AUC (oriented, >= 0.5) or |correlation|
    statistic: float  # the raw AUC or correlation
    direction: str  # "+" higher inside / positively correlated, "-" the opposite


def rank_units(acts, h: Hypothesis, layers=None, signals=None) -> tuple[list[UnitScore], dict]:
    """Every unit of the chosen layers and signals, best first, and a summary of the labels."""
    keep, labels = per_token(h, acts.texts)
    info = {"tokens": len(keep), "binary": h.binary}
    if h.binary:
        labels = labels.astype(bool)
        inside = int(labels.sum())
        info["inside"] = inside
        if inside == 0 or inside == len(labels):
            where = "no" if inside == 0 else "every"
            raise UsageError(
                f"--find {h.name!r} marks {where} token of the text as inside; a ranking needs both",
                "give a longer or different text, or another pattern",
            )
    elif np.ptp(labels) == 0:
        raise UsageError(f"--find {h.name!r} has the same value everywhere in this text; nothing to correlate")
    scores: list[UnitScore] = []
    for name in signals or acts.signals:
        arr = acts.signals[name]
        for k in layers or range(1, arr.shape[0] + 1):
            x = arr[k - 1][keep].astype(np.float64)
            if h.binary:
                stat = auc_columns(x, labels)
                sc = np.maximum(stat, 1 - stat)
                dirs = np.where(stat >= 0.5, "+", "-")
            else:
                stat = corr_columns(x, labels.astype(np.float64))
                sc = np.abs(stat)
                dirs = np.where(stat >= 0, "+", "-")
            scores.extend(
                UnitScore(k, name, u, float(sc[u]), float(stat[u]), str(dirs[u])) for u in range(arr.shape[2])
            )
    scores.sort(key=lambda s: (-s.score, s.layer, s.signal, s.unit))
    return scores, info
