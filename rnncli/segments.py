"""Reading the segments that BLEU, chrF and TER score: text files (``-``: standard input; ``.gz``: gzip),
one segment per line, split and stripped as the ``sacrebleu`` command reads them; references, one file
each or several tab-separated in one; and the check that the streams are line-aligned."""

from __future__ import annotations

import os
from typing import Iterable, Sequence

from rnncli.errors import InputError, UsageError


def to_segments(lines: Iterable[str]) -> list[str]:
    """Lines as sacrebleu's command line uses them: trailing whitespace stripped, empty lines kept."""
    return [line.rstrip() for line in lines]


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; an unknown ``--encoding`` is a :class:`UsageError`."""
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown --encoding {encoding!r}", "e.g. utf-8, latin-1, utf-16") from None


def read_segments(path: str | os.PathLike, what: str = "file", encoding: str = "utf-8") -> list[str]:
    """Segments of a text file (``-``: standard input; ``.gz``: gzip), one per line, as ``sacrebleu -i`` reads them.

    Unlike sacrebleu, a leading UTF-8 byte-order mark is dropped and bytes that do not decode are a
    clear :class:`InputError` instead of a traceback (see :mod:`rnncli.textio`).
    """
    import sys

    from rnncli.textio import decode_utf8, read_bytes

    name = "standard input" if str(path) == "-" else f"{what} {path}"
    data = sys.stdin.buffer.read() if str(path) == "-" else read_bytes(path, what)
    if str(path).endswith(".gz"):
        data = _gunzip(data, name)
    if check_encoding(encoding) == "utf-8":
        text = decode_utf8(data, name)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise InputError(f"{name} is not {encoding} text (bad byte 0x{data[e.start]:02x} on line {line})") from None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return to_segments(lines)


def _gunzip(data: bytes, name: str) -> bytes:
    import gzip
    import zlib

    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"{name} is not a valid gzip file ({e})") from None


def read_references(paths: Sequence[str], num_refs: int = 1, encoding: str = "utf-8") -> tuple[list, list]:
    """Reference streams and their names, as sacrebleu reads them.

    With ``num_refs`` > 1 there is one file whose lines hold that many tab-separated references
    (sacrebleu's ``--num-refs``); every line must have exactly that many fields.
    """

    def label(path: str) -> str:
        return "standard input" if path == "-" else f"reference file {path}"

    if num_refs < 1:
        raise UsageError("--num-refs must be at least 1")
    if num_refs == 1:
        return [read_segments(p, "reference file", encoding) for p in paths], [label(p) for p in paths]
    if len(paths) != 1:
        raise UsageError("--num-refs reads several tab-separated references from one file; give only one")
    streams: list[list[str]] = [[] for _ in range(num_refs)]
    for lineno, line in enumerate(read_segments(paths[0], "reference file", encoding), 1):
        fields = line.split("\t", num_refs - 1)
        if len(fields) != num_refs:
            raise InputError(
                f"line {lineno} of {label(paths[0])} has {len(fields)} tab-separated "
                f"field{'s' if len(fields) > 1 else ''}, but --num-refs is {num_refs}"
            )
        for stream, ref in zip(streams, fields):
            stream.append(ref)
    return streams, [f"{label(paths[0])} (field {k + 1})" for k in range(num_refs)]


def check_line_counts(
    hyps: Sequence[str],
    refs_list: Sequence[Sequence[str]],
    hyp_name: str = "the hypothesis stream",
    ref_names: Sequence[str] | None = None,
) -> None:
    """Raise :class:`InputError` unless every reference stream has one line per hypothesis."""
    if not refs_list:
        raise UsageError("no reference given; give at least one reference file")
    names = list(ref_names) if ref_names is not None else [f"reference stream {i + 1}" for i in range(len(refs_list))]
    if not hyps:
        raise InputError(f"{hyp_name} is empty: there is nothing to score")
    for name, refs in zip(names, refs_list):
        if len(refs) != len(hyps):
            raise InputError(
                f"line counts differ: {hyp_name} has {_lines(len(hyps))} but {name} has {_lines(len(refs))}",
                "they must be line-aligned, one segment per line",
            )


def _lines(n: int) -> str:
    return f"{n} line" if n == 1 else f"{n} lines"
