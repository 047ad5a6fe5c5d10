"""The token cache: a corpus is encoded once into a file of token ids that later runs memory-map.

Training a language model reads its batches from that file, so memory does not grow with the
corpus, and a second run on the same corpus starts at once. Where it lives:

* ``--cache-dir DIR``, else ``$RNNCLI_CACHE_DIR``, else ``$XDG_CACHE_HOME/rnncli`` (``~/.cache/rnncli``);
  entries go under ``tokens/`` there and can be deleted at any time.

An entry is keyed by the corpus files (real path, size, modification time in nanoseconds and a
digest of 1 MiB sampled across each file: any write changes the time, so a changed file is never
mistaken for the one encoded), by the validation split, and by a digest of the tokenizer's state.
Files are written under temporary names and renamed into place, the ids before the small JSON
description that makes an entry valid, so a run killed while encoding leaves no entry behind.

Corpora under ``CACHE_MIN_BYTES`` (and standard input) are encoded in memory each time: the same
code, without the disk. This module does not import torch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from rnncli import tokenizers
from rnncli.errors import InputError, OutputError
from rnncli.lm.data import CorpusReader, CorpusScan, encode_corpus, scan_corpus, token_dtype
from rnncli.textio import atomic_write

CACHE_MIN_BYTES = 1 << 20  # smaller corpora are encoded in memory every time
FORMAT = 1
SAMPLE_BLOCK = 1 << 16  # bytes per sampled block of the content digest
SAMPLE_BLOCKS = 16
SPM_MAX_LINES = 2_000_000  # sentencepiece learns from at most this many lines (as its own sampling does)

Emit = Callable[[str, dict], None]


def default_cache_dir() -> Path:
    env = os.environ.get("RNNCLI_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "rnncli"


def corpus_key(reader: CorpusReader, fresh: bool = False) -> Optional[list[dict]]:
    """What identifies the corpus files' contents, or None for standard input."""
    if not fresh and hasattr(reader, "_cache_key"):
        return reader._cache_key
    reader._cache_key = key = _corpus_key(reader)
    return key


def _corpus_key(reader: CorpusReader) -> Optional[list[dict]]:
    key = []
    for path in reader.paths:
        if path == "-":
            return None
        with reader._open(path) as f:
            st = os.fstat(f.fileno())
            h = hashlib.blake2b(digest_size=16)
            size = st.st_size
            spread = {size * i // SAMPLE_BLOCKS for i in range(1, SAMPLE_BLOCKS)}
            offsets = sorted({0, max(size - SAMPLE_BLOCK, 0)} | spread)
            for off in offsets:
                f.seek(off)
                h.update(f.read(SAMPLE_BLOCK))
        key.append({"path": os.path.realpath(path), "size": size, "mtime_ns": st.st_mtime_ns, "sample": h.hexdigest()})
    return key


def tokenizer_digest(tok) -> str:
    state = tok.to_state()
    h = hashlib.sha256(state["kind"].encode() + b"\0")
    h.update(state["chars"].encode("utf-8") if state["kind"] == "char" else bytes(state["model"]))
    return h.hexdigest()[:20]


@dataclass
class EncodedText:
    """A corpus as token ids: the training part and the held-out part (empty when nothing is held out)."""

    train: np.ndarray
    held_out: np.ndarray
    scan: CorpusScan
    fingerprint: str  # of the training ids (checked on --resume)
    cache_file: Optional[Path] = None  # the memory-mapped file, when cached


class TokenCache:
    """Scans, tokenizer and encoded ids of corpora, on disk when they are big enough."""

    def __init__(self, root: Optional[str | os.PathLike] = None, emit: Optional[Emit] = None):
        self.root = Path(root) if root else default_cache_dir()
        self.emit = emit or (lambda event, data: None)
        self._warned = False

    # -- entries -------------------------------------------------------------------------------

    def _entry(self, reader: CorpusReader, split: Optional[float]) -> Optional[tuple[Path, dict]]:
        if reader.total_bytes < CACHE_MIN_BYTES:
            return None
        key = corpus_key(reader)
        if key is None:
            return None
        ident = {"format": FORMAT, "files": key, "split": split}
        name = hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:24]
        d = self.root / "tokens" / name
        try:
            d.mkdir(parents=True, exist_ok=True)
            if not os.access(d, os.W_OK | os.X_OK):
                raise PermissionError(13, "permission denied")
        except OSError as e:
            if not self._warned:
                self.emit(
                    "log",
                    {"message": f"token cache {self.root} is not writable ({e.strerror or e}); encoding in memory"},
                )
                self._warned = True
            return None
        return d, ident

    @staticmethod
    def _read_json(path: Path, ident: dict) -> Optional[dict]:
        try:
            meta = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) and meta.get("ident") == ident else None

    @staticmethod
    def _write_json(path: Path, ident: dict, data: dict) -> None:
        with atomic_write(path, "w", what="token cache") as f:
            json.dump({"ident": ident, **data}, f)

    def _progress(self, task: str) -> Callable[[int, int], None]:
        def report(done: int, total: int) -> None:
            self.emit("progress", {"task": task, "done": done, "total": total})

        return report

    # -- the three steps ---------------------------------------------------------------------------

    def scan(self, reader: CorpusReader, split: Optional[float]) -> CorpusScan:
        entry = self._entry(reader, split)
        if entry is not None:
            meta = self._read_json(entry[0] / "scan.json", entry[1])
            if meta is not None:
                return CorpusScan(meta["chars"], meta["train_chars"], meta["alphabet"])
        scan = scan_corpus(reader, split, self._progress(f"reading {self._names(reader)}"))
        if entry is not None:
            self._write_json(
                entry[0] / "scan.json",
                entry[1],
                {"chars": scan.chars, "train_chars": scan.train_chars, "alphabet": scan.alphabet},
            )
        return scan

    def learn_tokenizer(
        self, reader: CorpusReader, scan: CorpusScan, split: Optional[float], kind: str, vocab_size: int
    ):
        """The vocabulary of the corpus's training part (as ``train_tokenizer`` learns it from that text)."""
        self.emit("log", {"message": f"learning a {kind} vocabulary from {scan.train_chars:,} characters"})
        if kind == "char":
            return tokenizers.train_tokenizer([scan.alphabet], "char")
        entry = self._entry(reader, split)
        path = entry[0] / f"tokenizer-{kind}-{vocab_size}.model" if entry is not None else None
        if path is not None and path.is_file():
            with contextlib.suppress(Exception):
                return tokenizers.SentencePieceTokenizer(path.read_bytes(), kind)
        tok = tokenizers.train_tokenizer(self._training_lines(reader, scan), kind, vocab_size)
        if path is not None:
            tok.save(path)
        return tok

    @staticmethod
    def _training_lines(reader: CorpusReader, scan: CorpusScan) -> list[str]:
        """The non-blank lines of the training part; beyond SPM_MAX_LINES, a fixed random sample."""
        lines: list[str] = []
        seen, offset = 0, 0
        rng = random.Random(0)
        for _, text in reader.chunks():
            part = text[: max(scan.train_chars - offset, 0)]
            offset += len(text)
            for ln in part.split("\n"):
                if not ln.strip():
                    continue
                seen += 1
                if len(lines) < SPM_MAX_LINES:
                    lines.append(ln)
                else:
                    j = rng.randrange(seen)
                    if j < SPM_MAX_LINES:
                        lines[j] = ln
            if offset >= scan.train_chars:
                break
        return lines

    def encode(self, reader: CorpusReader, scan: CorpusScan, split: Optional[float], tok) -> EncodedText:
        entry = self._entry(reader, split)
        task = f"encoding {self._names(reader)}"
        if entry is None:
            parts: list[np.ndarray] = []
            n_train, _, fp = encode_corpus(reader, scan, tok, parts.append, self._progress(task))
            ids = np.concatenate(parts) if parts else np.zeros(0, dtype=token_dtype(tok.vocab_size))
            return EncodedText(ids[:n_train], ids[n_train:], scan, fp)
        d, ident = entry
        ident = {**ident, "tokenizer": tokenizer_digest(tok)}
        stem = f"ids-{ident['tokenizer']}"
        meta = self._read_json(d / f"{stem}.json", ident)
        ids_path = d / f"{stem}.bin"
        if meta is None or not self._size_ok(ids_path, meta):
            meta = self._encode_to_file(reader, scan, tok, ids_path, task)
            if corpus_key(reader, fresh=True) != ident["files"]:
                raise InputError(f"{self._names(reader)} changed while it was being read", "run it again")
            self._write_json(d / f"{stem}.json", ident, meta)
        else:
            self.emit("log", {"message": f"token cache: {ids_path}"})
        n = meta["train"] + meta["val"]
        mm = np.memmap(ids_path, dtype=np.dtype(meta["dtype"]), mode="r", shape=(n,)) if n else np.zeros(0, np.uint16)
        return EncodedText(mm[: meta["train"]], mm[meta["train"] :], scan, meta["fingerprint"], ids_path)

    @staticmethod
    def _size_ok(path: Path, meta: dict) -> bool:
        try:
            return path.stat().st_size == (meta["train"] + meta["val"]) * np.dtype(meta["dtype"]).itemsize
        except (OSError, KeyError, TypeError):
            return False

    def _encode_to_file(self, reader: CorpusReader, scan: CorpusScan, tok, path: Path, task: str) -> dict:
        try:
            with atomic_write(path, "wb", what="token cache") as f:
                n_train, n_val, fp = encode_corpus(
                    reader, scan, tok, lambda a: f.write(a.tobytes()), self._progress(task)
                )
        except OSError as e:
            raise OutputError(
                f"cannot write the token cache {path.parent}: {e.strerror or e}",
                "free some space, or give another --cache-dir",
            ) from None
        return {"dtype": token_dtype(tok.vocab_size).name, "train": n_train, "val": n_val, "fingerprint": fp}

    @staticmethod
    def _names(reader: CorpusReader) -> str:
        names = [Path(p).name if p != "-" else "standard input" for p in reader.paths]
        return names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more"


@dataclass
class LMData:
    tokenizer: object
    train: np.ndarray
    val: np.ndarray
    train_chars: int
    val_chars: int
    fingerprint: str
    cache_file: Optional[Path]


def prepare_lm_data(
    train_paths: Sequence[str],
    val_paths: Optional[Sequence[str]],
    val_fraction: float,
    tokenizer=None,
    kind: str = "char",
    vocab_size: int = 2000,
    cache_dir: Optional[str] = None,
    emit: Optional[Emit] = None,
    what: str = "corpus",
) -> LMData:
    """Token ids of a language-model corpus and its validation text, from the cache when possible.

    Without ``val_paths`` the last ``val_fraction`` of the corpus is held out (cut at a line break
    nearby). Without ``tokenizer`` one of ``kind`` is learned from the training part."""
    cache = TokenCache(cache_dir, emit)
    reader = CorpusReader(train_paths, what)
    split = None if val_paths else val_fraction
    scan = cache.scan(reader, split)
    vreader = CorpusReader(val_paths, "validation file") if val_paths else None
    vscan = cache.scan(vreader, None) if vreader is not None else None
    if tokenizer is None:
        tokenizer = cache.learn_tokenizer(reader, scan, split, kind, vocab_size)
    val_chars = vscan.chars if vscan is not None else scan.chars - scan.train_chars
    cache.emit("log", {"message": f"encoding {scan.train_chars:,} training + {val_chars:,} validation characters"})
    enc = cache.encode(reader, scan, split, tokenizer)
    val = cache.encode(vreader, vscan, None, tokenizer).train if vreader is not None else enc.held_out
    return LMData(tokenizer, enc.train, val, scan.train_chars, val_chars, enc.fingerprint, enc.cache_file)
