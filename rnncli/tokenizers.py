"""Vocabularies: characters, or sentencepiece BPE / unigram.

Both kinds round-trip any text: ``decode(encode(text)) == text``.  The character tokenizer knows
the characters seen when it was trained and spells any other character as its UTF-8 bytes (256 byte
symbols), the way sentencepiece's byte fallback does, so nothing is ever unencodable.

A tokenizer serialises to a plain dict of strings, lists and bytes (``to_state`` / ``from_state``),
which is what checkpoints store, and to a file (``save`` / ``load``):

* character tokenizers: a small JSON file;
* sentencepiece tokenizers: the sentencepiece model file itself, so it is usable by any other
  sentencepiece tool, and any sentencepiece model can be loaded here.

This module does not import torch.
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
import re
from typing import Iterable, Protocol, Sequence

import numpy as np

from rnncli.errors import CheckpointError, InputError, UsageError
from rnncli.textio import atomic_write, read_bytes

KINDS = ("char", "bpe", "unigram")
# The ids rnncli reserves in every sentencepiece vocabulary it learns (translation needs all three).
UNK, BOS, EOS, PAD = 0, 1, 2, 3
BYTE_PIECES = [f"<0x{b:02X}>" for b in range(256)]
_SPLIT = re.compile("(\n|\u2581)")
_CHAR_FORMAT = "rnncli-char-tokenizer"


class Tokenizer(Protocol):
    kind: str

    @property
    def vocab_size(self) -> int: ...

    def encode(self, text: str) -> list[int]: ...

    def encode_array(self, text: str) -> np.ndarray: ...

    def decode(self, ids: Sequence[int]) -> str: ...

    def pieces(self, text: str) -> list[str]: ...

    def id_to_piece(self, i: int) -> str: ...

    def to_state(self) -> dict: ...

    def save(self, path: str | os.PathLike) -> None: ...


class CharTokenizer:
    """One id per character seen in training, then 256 byte ids for everything else.

    Ids: 0..n-1 are the known characters in code-point order; n..n+255 are the bytes 0x00..0xFF.
    """

    kind = "char"

    def __init__(self, chars: Iterable[str]):
        self.chars: list[str] = sorted(set(chars))
        if any(len(c) != 1 for c in self.chars):
            raise CheckpointError("character tokenizer: every vocabulary entry must be one character")
        self.char_to_id = {c: i for i, c in enumerate(self.chars)}
        self._codepoints = np.array([ord(c) for c in self.chars], dtype=np.int64)
        self.byte_offset = len(self.chars)

    @classmethod
    def train(cls, texts: Iterable[str]) -> "CharTokenizer":
        seen: set[str] = set()
        for t in texts:
            seen.update(t)
        if not seen:
            raise InputError("cannot learn a character vocabulary from empty text")
        return cls(seen)

    @property
    def vocab_size(self) -> int:
        return len(self.chars) + 256

    def encode(self, text: str) -> list[int]:
        return self.encode_array(text).tolist()

    def encode_array(self, text: str) -> np.ndarray:
        """Vectorised encoding: code points are looked up with a binary search, no Python loop
        over characters (only characters outside the vocabulary are spelled in a loop)."""
        if not text:
            return np.zeros(0, dtype=np.int64)
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        if len(self._codepoints):
            pos = np.searchsorted(self._codepoints, cps)
            pos_c = np.minimum(pos, len(self._codepoints) - 1)
            known = self._codepoints[pos_c] == cps
        else:
            pos_c = np.zeros_like(cps)
            known = np.zeros(len(cps), dtype=bool)
        if known.all():
            return pos_c
        # Spell unknown characters as UTF-8 bytes.
        out: list[np.ndarray] = []
        start = 0
        for i in np.flatnonzero(~known):
            out.append(pos_c[start:i])
            b = chr(int(cps[i])).encode("utf-8", "surrogatepass")
            out.append(np.frombuffer(b, dtype=np.uint8).astype(np.int64) + self.byte_offset)
            start = i + 1
        out.append(pos_c[start:])
        return np.concatenate(out)

    def decode(self, ids: Sequence[int]) -> str:
        parts: list[str] = []
        pending = bytearray()
        n = len(self.chars)
        for i in ids:
            i = int(i)
            if n <= i < n + 256:
                pending.append(i - n)
                continue
            if pending:
                parts.append(pending.decode("utf-8", "replace"))
                pending.clear()
            if 0 <= i < n:
                parts.append(self.chars[i])
            else:
                raise InputError(f"token id {i} is outside the vocabulary (size {self.vocab_size})")
        if pending:
            parts.append(pending.decode("utf-8", "replace"))
        return "".join(parts)

    def pieces(self, text: str) -> list[str]:
        return [self.id_to_piece(i) for i in self.encode_array(text)]

    def id_to_piece(self, i: int) -> str:
        i = int(i)
        if i < len(self.chars):
            return self.chars[i]
        return BYTE_PIECES[i - len(self.chars)]

    def piece_to_id(self, piece: str) -> int:
        if piece in self.char_to_id:
            return self.char_to_id[piece]
        if piece.startswith("<0x") and piece in BYTE_PIECES:
            return BYTE_PIECES.index(piece) + self.byte_offset
        raise InputError(f"unknown piece {piece!r}")

    def unused_ids(self) -> list[int]:
        """Ids no training text ever contained (the byte fallbacks): never worth generating."""
        return list(range(self.byte_offset, self.vocab_size))

    def token_bytes(self, i: int) -> bytes:
        i = int(i)
        if 0 <= i < len(self.chars):
            return self.chars[i].encode("utf-8", "surrogatepass")
        if i < self.vocab_size:
            return bytes([i - len(self.chars)])
        raise InputError(f"token id {i} is outside the vocabulary (size {self.vocab_size})")

    def to_state(self) -> dict:
        return {"kind": "char", "chars": "".join(self.chars)}

    def to_json(self) -> str:
        return (
            json.dumps({"format": _CHAR_FORMAT, "version": 1, "chars": "".join(self.chars)}, ensure_ascii=True) + "\n"
        )

    def save(self, path: str | os.PathLike) -> None:
        with atomic_write(path, "w", what="tokenizer file") as f:
            f.write(self.to_json())

    def describe(self) -> str:
        return f"characters ({len(self.chars)} seen + 256 byte fallbacks)"


class SentencePieceTokenizer:
    """A sentencepiece BPE or unigram model, trained with byte fallback so any text encodes."""

    def __init__(self, model_proto: bytes, kind: str | None = None):
        import sentencepiece as spm

        self.proto = bytes(model_proto)
        self.sp = spm.SentencePieceProcessor()
        try:
            self.sp.LoadFromSerializedProto(self.proto)
        except Exception as e:  # sentencepiece raises RuntimeError/OSError with C++ messages
            raise CheckpointError(f"not a valid sentencepiece model ({str(e).splitlines()[0][:80]})") from None
        self.kind = kind or self._detect_kind()

    def _detect_kind(self) -> str:
        # ModelProto field 2 is the TrainerSpec, whose field 3 is model_type (1 unigram, 2 BPE,
        # 3 word, 4 char).  Read with a few lines of protobuf decoding instead of a protobuf dependency.
        spec = _proto_field(self.proto, 2)
        model_type = _proto_field(spec, 3) if spec is not None else None
        return {1: "unigram", 2: "bpe", 3: "word", 4: "char"}.get(model_type, "unigram")

    @classmethod
    def train(
        cls,
        texts: Sequence[str],
        kind: str,
        vocab_size: int,
        character_coverage: float = 1.0,
        user_symbols: Sequence[str] = (),
        up_to: bool = False,
    ) -> "SentencePieceTokenizer":
        import io

        import sentencepiece as spm

        lines = [ln for t in texts for ln in t.split("\n") if ln.strip()]
        if not lines:
            raise InputError("cannot learn a vocabulary from empty text")
        model = io.BytesIO()
        try:
            spm.SentencePieceTrainer.train(
                sentence_iterator=iter(lines),
                model_writer=model,
                model_type=kind,
                vocab_size=vocab_size,
                byte_fallback=True,
                character_coverage=character_coverage,
                # Keep whitespace exactly as written so decode(encode(x)) == x for any text.
                normalization_rule_name="identity",
                remove_extra_whitespaces=False,
                add_dummy_prefix=False,
                split_digits=True,
                max_sentence_length=1 << 16,
                input_sentence_size=2_000_000,
                shuffle_input_sentence=True,
                unk_id=UNK,
                bos_id=BOS,
                eos_id=EOS,
                pad_id=PAD,
                allow_whitespace_only_pieces=True,
                minloglevel=2,
                num_threads=os.cpu_count() or 1,
                train_extremely_large_corpus=False,
                # up_to: vocab_size is a ceiling (a small corpus, all of whose words fit, gets them whole)
                hard_vocab_limit=not up_to,
                # (only when there are some: sentencepiece spells None as a piece "None")
                **({"user_defined_symbols": list(user_symbols)} if user_symbols else {}),
            )
        except RuntimeError as e:
            msg = " ".join(str(e).split()) or "sentencepiece training failed"
            need = re.search(r"smaller than required_chars\. (\d+) vs (\d+)", msg)
            if need:
                raise UsageError(
                    f"--vocab-size {vocab_size} is too small for this corpus: it needs at least "
                    f"{need.group(2)} (256 byte pieces, 4 specials and every character seen)"
                ) from None
            too_big = re.search(r"Vocabulary size too high \((\d+)\)|vocab_size\(\)\) == \((\d+)", msg)
            if too_big or "Vocabulary size too high" in msg:
                raise UsageError(
                    f"--vocab-size {vocab_size} is too large for this corpus", "use a smaller one"
                ) from None
            raise InputError(f"sentencepiece could not learn a vocabulary: {msg[-200:]}") from None
        return cls(model.getvalue(), kind)

    @property
    def vocab_size(self) -> int:
        return self.sp.GetPieceSize()

    def encode(self, text: str) -> list[int]:
        # sentencepiece works on single lines and writes spaces as U+2581 ("▁"), so line breaks and
        # literal "▁" characters are spelled with byte pieces; everything else goes to sentencepiece.
        if "\n" not in text and "\u2581" not in text:
            return list(self.sp.EncodeAsIds(text))
        out: list[int] = []
        for part in _SPLIT.split(text):
            if part in self._escapes:
                out.extend(self._escapes[part])
            elif part:
                out.extend(self.sp.EncodeAsIds(part))
        return out

    @property
    def _escapes(self) -> dict[str, list[int]]:
        esc = self.__dict__.get("_esc")
        if esc is None:
            esc = {c: [self.sp.PieceToId(f"<0x{b:02X}>") for b in c.encode()] for c in ("\n", "\u2581")}
            self.__dict__["_esc"] = esc
        return esc

    def encode_array(self, text: str) -> np.ndarray:
        """The ids of :meth:`encode`, for long texts: all lines go to sentencepiece in one batched,
        multi-threaded call instead of one call per line."""
        parts = [p for p in _SPLIT.split(text) if p]
        plain = [p for p in parts if p not in self._escapes]
        encoded = iter(self.sp.encode(plain, out_type=int, num_threads=os.cpu_count() or 1) if plain else [])
        pieces = [self._escapes[p] if p in self._escapes else next(encoded) for p in parts]
        return np.fromiter(itertools.chain.from_iterable(pieces), dtype=np.int64)

    def decode(self, ids: Sequence[int]) -> str:
        ids = [int(i) for i in ids]
        bad = [i for i in ids if not 0 <= i < self.vocab_size]
        if bad:
            raise InputError(f"token id {bad[0]} is outside the vocabulary (size {self.vocab_size})")
        return self.sp.DecodeIds(ids)

    def pieces(self, text: str) -> list[str]:
        return [self.id_to_piece(i) for i in self.encode(text)]

    def id_to_piece(self, i: int) -> str:
        return self.sp.IdToPiece(int(i))

    def piece_to_id(self, piece: str) -> int:
        return self.sp.PieceToId(piece)

    def unused_ids(self) -> list[int]:
        """Control ids (unknown, bos, eos, pad) never stand for text."""
        return [i for i in range(self.vocab_size) if self.sp.IsControl(i) or self.sp.IsUnknown(i)]

    def token_bytes(self, i: int) -> bytes:
        i = int(i)
        if not 0 <= i < self.vocab_size:
            raise InputError(f"token id {i} is outside the vocabulary (size {self.vocab_size})")
        if self.sp.IsByte(i):
            return bytes([int(self.sp.IdToPiece(i)[3:5], 16)])
        if self.sp.IsControl(i):
            return b""
        if self.sp.IsUnknown(i):
            return " ⁇ ".encode()  # what sentencepiece itself prints for an unknown piece
        return self.sp.IdToPiece(i).replace("▁", " ").encode("utf-8")

    def to_state(self) -> dict:
        return {"kind": self.kind, "model": self.proto}

    def save(self, path: str | os.PathLike) -> None:
        with atomic_write(path, "wb", what="tokenizer file") as f:
            f.write(self.proto)

    def describe(self) -> str:
        return f"sentencepiece {self.kind} ({self.vocab_size} pieces)"


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, pos
        shift += 7


def _proto_field(buf: bytes, number: int):
    """The first value of field ``number`` in a serialised protobuf message (bytes for
    length-delimited fields, int for varints), or None."""
    pos = 0
    try:
        while pos < len(buf):
            key, pos = _varint(buf, pos)
            field, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = _varint(buf, pos)
            elif wire == 2:
                n, pos = _varint(buf, pos)
                value, pos = buf[pos : pos + n], pos + n
            elif wire in (1, 5):
                value, pos = None, pos + (8 if wire == 1 else 4)
            else:
                return None
            if field == number:
                return value
    except IndexError:
        return None
    return None


AnyTokenizer = CharTokenizer | SentencePieceTokenizer


class StreamDecoder:
    """Decodes ids one at a time, for printing text as it is generated: characters split over
    several byte tokens are held back until they are complete."""

    def __init__(self, tokenizer: AnyTokenizer):
        self.tok = tokenizer
        self.utf8 = codecs.getincrementaldecoder("utf-8")("replace")

    def push(self, i: int) -> str:
        return self.utf8.decode(self.tok.token_bytes(i))

    def flush(self) -> str:
        return self.utf8.decode(b"", final=True)


def train_tokenizer(
    texts: Sequence[str], kind: str = "char", vocab_size: int = 8000, up_to: bool = False
) -> AnyTokenizer:
    """A new vocabulary of ``kind``; ``up_to``: ``vocab_size`` pieces at most (fewer where the text has
    no more to learn) instead of exactly."""
    if kind == "char":
        return CharTokenizer.train(texts)
    if kind in ("bpe", "unigram"):
        if vocab_size < 260 + 4:
            raise UsageError(f"--vocab-size must be at least 264 for {kind} (256 byte pieces + specials)")
        return SentencePieceTokenizer.train(texts, kind, vocab_size, up_to=up_to)
    raise UsageError(f"unknown tokenizer kind {kind!r}; choose one of {', '.join(KINDS)}")


def from_state(state: dict) -> AnyTokenizer:
    kind = state.get("kind")
    if kind == "char":
        return CharTokenizer(state["chars"])
    if kind in ("bpe", "unigram"):
        return SentencePieceTokenizer(state["model"], kind)
    raise CheckpointError(f"unknown tokenizer kind {kind!r} in checkpoint")


def loads(data: bytes, name: str = "tokenizer") -> AnyTokenizer:
    if data[:1] == b"{":
        try:
            obj = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CheckpointError(f"{name} is not a valid tokenizer file (bad JSON)") from None
        if not isinstance(obj, dict) or obj.get("format") != _CHAR_FORMAT or not isinstance(obj.get("chars"), str):
            raise CheckpointError(f"{name} is not an rnncli tokenizer file")
        if obj.get("version", 1) > 1:
            raise CheckpointError(
                f"{name} was written by a newer rnncli (tokenizer format {obj['version']})", "upgrade rnncli"
            )
        return CharTokenizer(obj["chars"])
    if not data:
        raise CheckpointError(f"{name} is empty")
    try:
        return SentencePieceTokenizer(data)
    except CheckpointError:
        raise CheckpointError(f"{name} is neither an rnncli character tokenizer nor a sentencepiece model") from None


def load(path: str | os.PathLike) -> AnyTokenizer:
    return loads(read_bytes(path, "tokenizer file"), f"tokenizer file {path}")


__all__ = [
    "CharTokenizer",
    "SentencePieceTokenizer",
    "AnyTokenizer",
    "train_tokenizer",
    "from_state",
    "load",
    "loads",
    "KINDS",
    "StreamDecoder",
]


def has_decoder_ids(tok) -> bool:
    """Whether a decoder can use this vocabulary as it is: BOS, EOS and padding at ids 1, 2, 3, as in every
    sentencepiece vocabulary rnncli learns."""
    return isinstance(tok, SentencePieceTokenizer) and (tok.sp.bos_id(), tok.sp.eos_id(), tok.sp.pad_id()) == (
        BOS,
        EOS,
        PAD,
    )


class DecoderTokenizer:
    """A tokenizer with the decoder's special ids: sentencepiece vocabularies learned by rnncli have
    BOS, EOS and padding at 1, 2, 3; a character vocabulary's ids are moved up by 4 to make room."""

    def __init__(self, tok):
        self.tok = tok
        self.shift = 4 if tok.kind == "char" else 0
        if not self.shift and not has_decoder_ids(tok):
            raise InputError(
                "the tokenizer has no BOS/EOS/padding ids 1, 2, 3",
                "use a vocabulary learned with 'rnncli tokenize train'",
            )

    @property
    def vocab_size(self) -> int:
        return self.tok.vocab_size + self.shift

    def encode(self, text: str) -> np.ndarray:
        return np.asarray(self.tok.encode(text), dtype=np.int64) + self.shift

    def decode(self, ids: Sequence[int]) -> str:
        return self.tok.decode([i - self.shift for i in ids if i >= self.shift])

    def pieces(self, ids: Sequence[int]) -> list[str]:
        """What each id stands for (for the attention pictures: one panel per generated token)."""
        if self.shift:
            return [self.tok.decode([i - self.shift]) if i >= self.shift else "" for i in ids]
        return [self.tok.sp.id_to_piece(int(i)).replace("\u2581", " ").strip() or "\u2581" for i in ids]

    def describe(self) -> str:
        return self.tok.describe()

    def to_state(self) -> dict:
        return self.tok.to_state()

    @classmethod
    def from_state(cls, state: dict) -> "DecoderTokenizer":
        return cls(from_state(state))
