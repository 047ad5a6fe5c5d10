"""Keeping placeholders and identifiers exactly through translation.

In software messages a changed ``%s``, ``%1$d`` or ``{name}`` breaks the program that prints the
string, and a translator that has rarely seen such things garbles them. So before translation each
protected span of the source (a printf or brace placeholder, or an identifier-like token) is replaced
by a sentinel, a short word the model copies, and after translation the sentinels in the output are
replaced by the spans they stand for. The model may still drop, repeat or mangle a sentinel; then
the output is repaired so that it always holds exactly the source's spans, each once:

* the first copy of each sentinel becomes its span, further copies are deleted;
* a span whose sentinel is missing is inserted before the target word that attended most to the
  sentinel's source pieces (without attention weights: at the same relative position).

This works with any translator, including ones trained before this module existed: sentinels are
ordinary text for the model's fixed vocabulary, no reserved token is needed.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Sequence

# printf (C, POSIX positional, Python %-formatting, Objective-C %@, Qt %1), brace ({0}, {name},
# {0:.2f}, {}), shell-style (${name}, $1). "%%" is a literal percent sign and is skipped.
_PRINTF = (
    r"%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|q|j|z|t|L|I64|I32)?"
    r"[diouxXeEfFgGaAcspn@]"
)
_PYTHON = r"%\([A-Za-z_]\w*\)[-+ #0]*(?:\d+)?(?:\.\d+)?[diouxXeEfFgGcrsa]"
_QT = r"%\d+"
_BRACE = r"\{(?:[A-Za-z_]\w*|\d+)?(?:\.\w+|\[\w+\])*(?:![rsa])?(?::[^{}\s]*)?\}"
_SHELL = r"\$\{[A-Za-z_]\w*\}|\$\d+"
PLACEHOLDER = re.compile(rf"%%|{_PYTHON}|{_PRINTF}|{_QT}|{_BRACE}|{_SHELL}")

# Identifier-like tokens: snake_case, lowerCamelCase, dotted names and file names (os.path,
# config.yaml), C++ scopes (std::string) and long options (--dry-run).
_IDENT = (
    r"(?<![\w.-])(?:"
    r"--[A-Za-z0-9][\w-]*"
    r"|[A-Za-z_]\w*(?:(?:\.|::)[A-Za-z_]\w*)+(?:\(\))?"
    r"|[A-Za-z0-9]*[A-Za-z0-9]_\w*[A-Za-z0-9](?:\(\))?"
    r"|[a-z]+[A-Z][A-Za-z0-9]*(?:\(\))?"
    r")(?![\w-])"
)
IDENTIFIER = re.compile(_IDENT)
# One underscore after a capitalised or one-letter start marks a keyboard accelerator in a UI label
# (H_eight, Ve_rtically, f_ormat), not an identifier; its translation moves or drops it.
ACCELERATOR = re.compile(r"(?:[A-Z][a-z]*|[a-z])_[a-z]+")


def sentinels(taken: set[str]) -> Iterator[str]:
    """Words that stand in for spans: X1, X2, ... (short, invariant in German, copied by a translator
    like any name), skipping words the line already has."""
    return (s for s in (f"X{i}" for i in itertools.count(1)) if s not in taken)


def placeholders(text: str) -> list[str]:
    """The printf/brace placeholders of ``text``, in order (literal ``%%`` excluded)."""
    return [m.group(0) for m in PLACEHOLDER.finditer(text) if m.group(0) != "%%"]


def protected_spans(text: str, identifiers: bool = True) -> list[tuple[int, int]]:
    """(start, end) of every span to keep exactly: placeholders, then identifiers not overlapping them."""
    spans = [m.span() for m in PLACEHOLDER.finditer(text) if m.group(0) != "%%"]
    if identifiers:
        for m in IDENTIFIER.finditer(text):
            a, b = m.span()
            if max(len(w) for w in re.split(r"\.|::|\(\)", m.group(0))) < 2 or ACCELERATOR.fullmatch(m.group(0)):
                continue  # abbreviations (e.g, i.e) and accelerators
            if not any(a < y and x < b for x, y in spans):
                spans.append((a, b))
    return sorted(spans)


@dataclass
class Masked:
    """A source line with its spans replaced by sentinels."""

    text: str
    spans: list[str] = field(default_factory=list)  # the original spans, in source order
    sentinels: list[str] = field(default_factory=list)  # what stands for each
    offsets: list[tuple[int, int]] = field(default_factory=list)  # sentinel (start, end) in ``text``


def mask(line: str, identifiers: bool = True) -> Masked:
    spans = protected_spans(line, identifiers)
    if not spans:
        return Masked(line)
    out, pos, m = [], 0, Masked("")
    length = 0
    for (a, b), s in zip(spans, sentinels(set(re.findall(r"\w+", line)))):
        out.append(line[pos:a])
        length += a - pos
        m.spans.append(line[a:b])
        m.sentinels.append(s)
        m.offsets.append((length, length + len(s)))
        out.append(s)
        length += len(s)
        pos = b
    out.append(line[pos:])
    m.text = "".join(out)
    return m


def _insertion_point(text: str, offset: int) -> int:
    """``offset`` moved back to the start of the word it falls in."""
    offset = max(0, min(offset, len(text)))
    while 0 < offset < len(text) and not text[offset - 1].isspace() and not text[offset].isspace():
        offset -= 1
    return offset


# What a model makes of a sentinel when it does not copy it exactly: X10, X-16, XX, a lone X.
_SENTINEL_LIKE = re.compile(r"(?<![\w-])XX?\d*(?:-\d+)?(?![\w])")


def restore(
    masked: Masked,
    output: str,
    target_offsets: Optional[Sequence[int]] = None,
    aligned: Optional[Sequence[Optional[int]]] = None,
) -> str:
    """``output`` with each sentinel turned back into its span, exactly once each.

    A sentinel copied exactly becomes its span (further copies are deleted). Sentinels not found
    take, in order, the sentinel-like words left (X10, X-16, X) that the source does not have; the
    others go before the target piece that attended most to them: ``target_offsets[t]`` is where
    target piece ``t`` starts in ``output``, ``aligned[i]`` the piece for sentinel ``i`` (None:
    unknown; then the span goes to the same relative position as in the source). Sentinel-like words
    left over are deleted, and so is the first character of any placeholder the model made up
    (``%0-Format`` becomes ``0-Format``): the source's were all masked, so it has none of its own.
    """
    invented = [(m.start(), m.start() + 1, "") for m in PLACEHOLDER.finditer(output) if m.group(0) != "%%"]
    if not masked.spans:
        return _apply(output, invented) if invented else output
    source_words = set(re.findall(r"[\w-]+", masked.text)) - set(masked.sentinels)
    loose = [m for m in _SENTINEL_LIKE.finditer(output) if m.group(0) not in source_words]
    edits: list[tuple[int, int, str]] = invented  # (start, end, replacement) in output
    missing = []
    for i, (span, s) in enumerate(zip(masked.spans, masked.sentinels)):
        hits = [m for m in loose if m.group(0) == s]
        if hits:
            edits.append((hits[0].start(), hits[0].end(), span))
        else:
            missing.append(i)
    claimed = {m.start() for m in loose if m.group(0) in masked.sentinels}
    spare = [m for m in loose if m.start() not in claimed]
    for i, m in zip(missing, spare):
        edits.append((m.start(), m.end(), masked.spans[i]))
    for i in missing[len(spare) :]:
        t = aligned[i] if aligned is not None and i < len(aligned) else None
        if t is not None and target_offsets is not None and t < len(target_offsets):
            at = target_offsets[t]
        else:
            at = round(len(output) * masked.offsets[i][0] / max(len(masked.text), 1))
        at = _insertion_point(output, at)
        edits.append((at, at, masked.spans[i]))
    used = {e[0] for e in edits if e[0] != e[1] and e[2]}
    for m in loose:  # repeated sentinels and garbled leftovers
        if m.start() not in used:
            end = m.end() + (output[m.end() : m.end() + 1] == "-")
            edits.append((m.start(), end, ""))
    return _apply(output, edits)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping edits; inserted spans get a space on each side where they touch a word."""
    out, pos = [], 0
    for a, b, rep in sorted(edits, key=lambda e: (e[0], e[1])):
        if a < pos:
            continue
        out.append(text[pos:a])
        if a == b and rep:  # an insertion
            before = "".join(out)
            if before and not before[-1].isspace():
                rep = " " + rep
            if a < len(text) and not text[a].isspace():
                rep = rep + " "
        out.append(rep)
        pos = b
    out.append(text[pos:])
    result = "".join(out)
    return re.sub(r" {2,}", " ", result).strip() if any(r == "" for _, _, r in edits) else result


def piece_offsets(decode: Callable[[list[int]], str], ids: Sequence[int]) -> list[int]:
    """Where each piece starts in ``decode(ids)``, found by decoding growing prefixes."""
    return [len(decode(list(ids[:t]))) for t in range(len(ids))]
