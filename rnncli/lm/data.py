"""Corpora for language models: reading, encoding, and truncated-BPTT batching.

The corpus is cut into ``batch_size`` contiguous streams (rows); training walks along them in
windows of ``seq_len`` tokens, so window k+1 of a row continues exactly where window k stopped and
the hidden state can be carried over (detached) from one window to the next.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Sequence

import numpy as np

from rnncli.errors import InputError
from rnncli.textio import open_binary, read_text


def read_corpus(paths: Sequence[str | os.PathLike], what: str = "corpus") -> str:
    texts = [read_text(p, what) for p in paths]
    text = "\n".join(t if not t.endswith("\n") else t[:-1] for t in texts) + "\n" if texts else ""
    if not text.strip():
        names = ", ".join(str(p) for p in paths)
        raise InputError(f"{what} {names} is empty", "give a file with some text in it")
    return text


def split_text(text: str, fraction: float) -> tuple[str, str]:
    """Hold out the last ``fraction`` of a text, cut at a line break when there is one nearby
    (``scan_corpus`` places the cut of a streamed corpus at the same character)."""
    cut = int(len(text) * (1 - fraction))
    nl = text.rfind("\n", 0, cut)
    if nl > cut * 0.9:
        cut = nl + 1
    return text[:cut], text[cut:]


# --- Streaming a corpus in chunks -------------------------------------------------------------
#
# A big corpus is never held whole: it is read in chunks of about CHUNK_BYTES that end just after a
# newline byte (never inside a UTF-8 sequence or between \r and \n; a longer line makes a longer
# chunk), so every chunk decodes on its own and can be read again later from its byte range alone.
# Joined, the chunks are exactly the text ``read_corpus`` returns for the same files: BOM dropped,
# CRLF turned into LF, and every file ending in one newline.

CHUNK_BYTES = 4 << 20


@dataclass(frozen=True)
class Chunk:
    file: int  # index into the list of paths
    start: int  # byte range in that file
    end: int
    first: bool  # first / last chunk of its file
    last: bool
    lines_before: int  # newlines in the file before ``start`` (for error messages)


class CorpusReader:
    """The text of one or more files (``-`` is standard input), chunk by chunk."""

    def __init__(self, paths: Sequence[str | os.PathLike], what: str = "corpus"):
        self.paths = [str(p) for p in paths]
        self.what = what
        self._stdin: Optional[bytes] = None
        self.sizes = [self._size(p) for p in self.paths]

    @property
    def total_bytes(self) -> int:
        return sum(self.sizes)

    def _size(self, path: str) -> int:
        if path == "-":
            if self._stdin is None:
                self._stdin = sys.stdin.buffer.read()
            return len(self._stdin)
        with self._open(path) as f:
            return os.fstat(f.fileno()).st_size

    def _open(self, path: str):
        if path == "-":
            return io.BytesIO(self._stdin or b"")
        return open_binary(path, self.what)

    def _name(self, i: int) -> str:
        return "standard input" if self.paths[i] == "-" else f"{self.what} {self.paths[i]}"

    def chunks(self) -> Iterator[tuple[Chunk, str]]:
        """Every chunk with its text, in order."""
        for i, path in enumerate(self.paths):
            with self._open(path) as f:
                pending: Optional[tuple[int, int, int, bytes]] = None  # held back to learn whether it is last
                pos, lines, rest = 0, 0, b""
                while True:
                    block = f.read(CHUNK_BYTES)
                    buf = rest + block
                    cut = buf.rfind(b"\n") + 1 if block else len(buf)
                    if cut == 0 and block:  # no newline yet: a long line, keep reading
                        rest = buf
                        continue
                    raw, rest = buf[:cut], buf[cut:]
                    if raw or pending is None:
                        if pending is not None:
                            yield self._decoded(i, pending, last=False)
                        pending = (pos, pos + len(raw), lines, raw)
                        pos += len(raw)
                        lines += raw.count(b"\n")
                    if not block:
                        break
                yield self._decoded(i, pending, last=True)

    def _decoded(self, i: int, pending: tuple[int, int, int, bytes], last: bool) -> tuple[Chunk, str]:
        start, end, lines, raw = pending
        ch = Chunk(i, start, end, start == 0, last, lines)
        return ch, self.decode(ch, raw)

    def read(self, ch: Chunk) -> str:
        """The text of one chunk, read again from its file."""
        with self._open(self.paths[ch.file]) as f:
            f.seek(ch.start)
            raw = f.read(ch.end - ch.start)
        return self.decode(ch, raw)

    def decode(self, ch: Chunk, raw: bytes) -> str:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            line = ch.lines_before + raw[: e.start].count(b"\n") + 1
            raise InputError(
                f"{self._name(ch.file)} is not UTF-8 text (bad byte 0x{raw[e.start]:02x} on line {line})",
                "convert it first, e.g. iconv -f latin1 -t utf-8",
            ) from None
        if "\x00" in text:
            raise InputError(f"{self._name(ch.file)} looks like a binary file (it contains NUL bytes), not text")
        if ch.first and text.startswith("\ufeff"):
            text = text[1:]
        text = text.replace("\r\n", "\n")
        if ch.last and not text.endswith("\n"):
            text += "\n"  # every file ends in exactly one newline of its own, as in read_corpus
        return text


@dataclass
class CorpusScan:
    """What one pass over a corpus learns: its length in characters, where the validation split
    falls, and the characters of the training part (the alphabet of a character vocabulary)."""

    chars: int
    train_chars: int  # == chars when nothing is held out
    alphabet: str  # characters of the training part, sorted


def scan_corpus(
    reader: CorpusReader, val_fraction: Optional[float] = None, progress: Optional[Callable[[int, int], None]] = None
) -> CorpusScan:
    """Count the characters, place the train/validation cut as ``split_text`` does, and collect the
    training part's alphabet, in one streaming pass (the chunk holding the cut is read twice)."""
    # Per chunk: the chunk, its first character's offset, its length, its last newline, its characters.
    records: list[tuple[Chunk, int, int, int, np.ndarray]] = []
    n, done, nonblank = 0, 0, False
    for ch, text in reader.chunks():
        nl = text.rfind("\n")
        records.append((ch, n, len(text), n + nl if nl >= 0 else -1, _charset(text)))
        n += len(text)
        nonblank = nonblank or not text.isspace()
        done += ch.end - ch.start
        if progress:
            progress(done, reader.total_bytes)
    if not nonblank:
        names = ", ".join(reader.paths)
        raise InputError(f"{reader.what} {names} is empty", "give a file with some text in it")
    cut = n
    if val_fraction:
        cut = int(n * (1 - val_fraction))
        # The last newline before the cut, as str.rfind("\n", 0, cut) on the whole text would find it.
        k = max(j for j, r in enumerate(records) if r[1] <= cut)
        ch, first = records[k][0], records[k][1]
        nl = reader.read(ch).rfind("\n", 0, cut - first)
        nl = first + nl if nl >= 0 else max((r[3] for r in records[:k] if r[3] >= 0), default=-1)
        if nl > cut * 0.9:  # split at a line boundary when there is one nearby
            cut = nl + 1
    parts = []
    for ch, first, length, _, chars in records:
        if first >= cut:
            break
        if first + length <= cut:
            parts.append(chars)
        else:  # the chunk the cut falls in: only its training part counts
            parts.append(_charset(reader.read(ch)[: cut - first]))
    seen = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint32)
    return CorpusScan(chars=n, train_chars=cut, alphabet="".join(map(chr, seen.tolist())))


def _codepoints(text: str) -> np.ndarray:
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4")


def _charset(text: str) -> np.ndarray:
    """The distinct code points of ``text`` (sorted), without sorting the text."""
    cps = _codepoints(text)
    size = 256 if cps.dtype == np.uint8 else 0x110000
    seen = np.zeros(size, dtype=bool)
    seen[cps] = True
    return np.flatnonzero(seen).astype(np.uint32)


def token_dtype(vocab_size: int) -> np.dtype:
    """The smallest unsigned type that holds every token id (int32 beyond 65,536)."""
    if vocab_size <= 1 << 8:
        return np.dtype(np.uint8)
    if vocab_size <= 1 << 16:
        return np.dtype(np.uint16)
    return np.dtype(np.int32)


class ChunkEncoder:
    """Encodes text chunk by chunk with the exact ids of ``tokenizer.encode_array``, vectorised.

    Characters: a lookup table from code point to id (256 entries for ASCII chunks, all of Unicode
    otherwise); only chunks with characters outside the vocabulary take the tokenizer's own
    byte-fallback path. Sentencepiece: the tokenizer's batched ``encode_array``."""

    def __init__(self, tokenizer):
        self.tok = tokenizer
        self.dtype = token_dtype(tokenizer.vocab_size)
        if tokenizer.kind == "char":
            lut = np.full(0x110000, -1, dtype=np.int32)
            lut[[ord(c) for c in tokenizer.chars]] = np.arange(len(tokenizer.chars), dtype=np.int32)
            self.lut, self.ascii_lut = lut, lut[:256].copy()

    def __call__(self, text: str) -> np.ndarray:
        if not text:
            return np.zeros(0, dtype=self.dtype)
        if self.tok.kind == "char":
            cps = _codepoints(text)
            ids = (self.ascii_lut if cps.dtype == np.uint8 else self.lut)[cps]
            if not (ids < 0).any():
                return ids.astype(self.dtype)
            # characters outside the vocabulary: spelled as bytes by the tokenizer
        return self.tok.encode_array(text).astype(self.dtype)


def encode_corpus(
    reader: CorpusReader,
    scan: CorpusScan,
    tokenizer,
    write: Callable[[np.ndarray], None],
    progress: Optional[Callable[[int, int], None]] = None,
) -> tuple[int, int, str]:
    """Encode the corpus chunk by chunk and pass the ids to ``write`` in order: first the training
    part's, then the held-out part's. Returns both counts and the training ids' fingerprint."""
    encode = ChunkEncoder(tokenizer)
    digest = hashlib.sha256()
    n_train = n_val = offset = done = 0
    for ch, text in reader.chunks():
        cut = min(max(scan.train_chars - offset, 0), len(text))
        offset += len(text)
        if cut:
            ids = encode(text[:cut])
            digest.update(ids.astype(np.int64).tobytes())  # the same fingerprint as before caching existed
            write(ids)
            n_train += len(ids)
        if cut < len(text):
            ids = encode(text[cut:])
            write(ids)
            n_val += len(ids)
        done += ch.end - ch.start
        if progress:
            progress(done, reader.total_bytes)
    return n_train, n_val, digest.hexdigest()[:16]


@dataclass
class StreamBatcher:
    """Truncated-BPTT windows over ``batch_size`` parallel streams of a token array."""

    ids: np.ndarray  # any integer type, in memory or memory-mapped
    batch_size: int
    seq_len: int
    rows: Optional[tuple[int, int]] = None

    def __post_init__(self) -> None:
        n = (len(self.ids) - 1) // self.batch_size  # each row needs one extra token for the target
        if n < self.seq_len:
            raise InputError(
                f"the text is too short: {len(self.ids)} tokens make {self.batch_size} streams of "
                f"{max(n, 0)} tokens, fewer than one window of --seq-len {self.seq_len}",
                "use a longer text, or a smaller --batch-size / --seq-len",
            )
        self.stream_len = n
        usable = n * self.batch_size
        # Views, not copies: a memory-mapped corpus stays on disk and is read a window at a time.
        self.x = self.ids[:usable].reshape(self.batch_size, n)
        self.y = self.ids[1 : usable + 1].reshape(self.batch_size, n)
        if self.rows is not None:  # this process's share of the streams (distributed training)
            self.x, self.y = self.x[self.rows[0] : self.rows[1]], self.y[self.rows[0] : self.rows[1]]
        self.windows = n // self.seq_len  # full windows per epoch (a short tail is dropped)

    def window(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        s = k * self.seq_len
        return (
            np.asarray(self.x[:, s : s + self.seq_len], dtype=np.int64),
            np.asarray(self.y[:, s : s + self.seq_len], dtype=np.int64),
        )

    def tokens_per_window(self) -> int:
        return self.batch_size * self.seq_len


def eval_windows(ids: np.ndarray, batch_size: int, seq_len: int):
    """Windows that cover every token of ``ids`` (the last window may be shorter): for evaluation."""
    n = (len(ids) - 1) // batch_size
    if n < 1:
        batch_size = 1
        n = len(ids) - 1
    usable = n * batch_size
    x = ids[:usable].reshape(batch_size, n)
    y = ids[1 : usable + 1].reshape(batch_size, n)
    for s in range(0, n, seq_len):
        yield np.asarray(x[:, s : s + seq_len], dtype=np.int64), np.asarray(y[:, s : s + seq_len], dtype=np.int64)
