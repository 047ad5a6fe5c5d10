"""Using a trained translator: loading it and translating lines in batches."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

import numpy as np
import torch

from rnncli import payload, tokenizers
from rnncli.batching import pad
from rnncli.errors import InputError, UsageError
from rnncli.models.search import Hypothesis, beam_search, greedy
from rnncli.models.seq2seq import MTPayload, Seq2Seq
from rnncli.mt.placeholders import Masked, mask, piece_offsets, restore


@dataclass
class LoadedMT:
    model: Seq2Seq
    src_tok: tokenizers.AnyTokenizer
    tgt_tok: tokenizers.AnyTokenizer
    max_len: int
    path: Path


def load_mt(path: Optional[str], device: str = "auto") -> LoadedMT:
    got = payload.load(MTPayload, path, device)
    p = got.payload
    return LoadedMT(got.model, p.src_tokenizer, p.tgt_tokenizer, p.max_len, got.path)


@dataclass
class SearchSettings:
    beam: int = 5
    greedy: bool = False
    max_len: int = 200
    len_ratio: Optional[float] = 2.0
    length_penalty: float = 1.0
    n_best: int = 1
    batch_size: int = 32
    keep_attention: bool = False
    keep_placeholders: bool = True  # printf/brace placeholders and identifiers kept exactly (rnncli.mt.placeholders)

    def validate(self) -> None:
        if self.beam < 1:
            raise UsageError(f"--beam must be at least 1 (got {self.beam})")
        if self.n_best < 1:
            raise UsageError(f"--n-best must be at least 1 (got {self.n_best})")
        if self.greedy and self.n_best > 1:
            raise UsageError(f"--n-best {self.n_best} needs beam search (greedy decoding finds one translation)")
        if not self.greedy and self.n_best > self.beam:
            raise UsageError(f"--n-best {self.n_best} exceeds --beam {self.beam}")
        if self.max_len < 1:
            raise UsageError(f"--max-len must be at least 1 (got {self.max_len})")
        if self.len_ratio is not None and not 0 < self.len_ratio < math.inf:  # also NaN
            raise UsageError(f"--len-ratio must be a positive number (got {self.len_ratio})")
        if self.batch_size < 1:
            raise UsageError(f"--batch-size must be at least 1 (got {self.batch_size})")
        if not 0 <= self.length_penalty < math.inf:
            raise UsageError(f"--length-penalty must be 0 or a positive number (got {self.length_penalty})")


def search_settings(beam: Optional[int] = None, greedy: bool = False, **rest) -> SearchSettings:
    """The search of ``translate``: beam search of 5 unless ``beam`` or ``greedy`` says otherwise (not
    both); ``rest`` are the other fields of :class:`SearchSettings`. Checked."""
    if greedy and beam is not None:
        raise UsageError("--greedy and --beam exclude each other (greedy decoding is beam search with one hypothesis)")
    settings = SearchSettings(beam=5 if beam is None else beam, greedy=greedy, **rest)
    settings.validate()
    return settings


def check_attention(mt: LoadedMT) -> None:
    """Refuse to draw the attention of a model that has none."""
    if getattr(mt.model.config, "attention", "none") == "none":
        raise UsageError("this model has no attention to show (it was trained with --attention none)")


@dataclass
class Translation:
    source: str
    hypotheses: list[Hypothesis]
    texts: list[str]
    src_pieces: list[str]

    @property
    def text(self) -> str:
        return self.texts[0] if self.texts else ""


def encode_sources(mt: LoadedMT, lines: Sequence[str], truncate: bool = False) -> list[np.ndarray]:
    out = []
    for n, line in enumerate(lines, 1):
        ids = mt.src_tok.encode(line.strip())
        if len(ids) > mt.max_len:
            if not truncate:
                raise InputError(
                    f"input line {n} has {len(ids)} tokens; this model takes at most {mt.max_len}",
                    "split the line, or pass --truncate",
                )
            ids = ids[: mt.max_len]
        out.append(np.asarray(ids, dtype=np.int64))
    return out


def _sentinel_columns(mt: LoadedMT, masked: Masked, ids: np.ndarray) -> list[list[int]]:
    """For each sentinel of ``masked``, the source pieces (attention columns) that spell it."""
    starts = piece_offsets(mt.src_tok.decode, ids.tolist())
    full = mt.src_tok.decode(ids.tolist())
    ends = starts[1:] + [len(full)]
    cols: list[list[int]] = []
    for sentinel in masked.sentinels:
        hit = re.search(rf"(?<!\w){re.escape(sentinel)}(?!\w)", full)
        if hit is None:  # cut off by --truncate
            cols.append([])
            continue
        a, b = hit.span()
        cols.append([j for j, (x, y) in enumerate(zip(starts, ends)) if x < b and y > a])
    if getattr(mt.model.config, "reverse_source", False):  # attention columns follow the reversed source
        cols = [[len(ids) - 1 - j for j in c] for c in cols]
    return cols


def _restore(mt: LoadedMT, masked: Masked, ids: np.ndarray, hyp: Hypothesis) -> str:
    """The translation of ``hyp`` with the source's protected spans put back, exactly once each."""
    text = mt.tgt_tok.decode(hyp.tokens)
    aligned: Optional[list[Optional[int]]] = None
    offsets = None
    if hyp.attention is not None:
        offsets = piece_offsets(mt.tgt_tok.decode, hyp.tokens) + [len(text)]  # the last: EOS, i.e. the end
        w = hyp.attention.float()
        aligned = [int(w[:, c].sum(1).argmax()) if c else None for c in _sentinel_columns(mt, masked, ids)]
    return restore(masked, text, offsets, aligned)


def translate_lines(
    mt: LoadedMT, lines: Sequence[str], s: SearchSettings, truncate: bool = False
) -> Iterator[Translation]:
    """Translations in input order. Sentences are batched by length; an empty line translates to an
    empty line without running the model. With ``s.keep_placeholders`` every placeholder and
    identifier of a source line is replaced by a sentinel before translation and put back after
    (rnncli.mt.placeholders); attention weights, recorded for that, place the ones the model dropped."""
    s.validate()
    masked = [mask(line.strip()) if s.keep_placeholders else Masked(line.strip()) for line in lines]
    ids = encode_sources(mt, [m.text for m in masked], truncate)
    attend = s.keep_attention or any(m.spans for m in masked)
    device = next(mt.model.parameters()).device
    order = sorted((i for i in range(len(lines)) if len(ids[i])), key=lambda i: len(ids[i]))
    results: dict[int, Translation] = {}
    next_out = 0
    for start in range(0, len(order), s.batch_size):
        chunk = order[start : start + s.batch_size]
        src = pad([ids[i] for i in chunk]).to(device)
        src_len = torch.tensor([len(ids[i]) for i in chunk], device=device)
        if s.greedy:
            hyps = greedy(mt.model, src, src_len, s.max_len, s.len_ratio, s.length_penalty, attend)
        else:
            hyps = beam_search(
                mt.model, src, src_len, s.beam, s.max_len, s.len_ratio, s.length_penalty, s.n_best, attend
            )
        for i, h in zip(chunk, hyps):
            texts = [
                _restore(mt, masked[i], ids[i], x) if s.keep_placeholders else mt.tgt_tok.decode(x.tokens) for x in h
            ]
            if not s.keep_attention:
                for x in h:
                    x.attention = None
            results[i] = Translation(lines[i], h, texts, [mt.src_tok.id_to_piece(t) for t in ids[i]])
        # Yield what is complete in input order (empty lines need no model).
        while next_out < len(lines) and (next_out in results or not len(ids[next_out])):
            yield results.pop(next_out, None) or Translation(lines[next_out], [], [""], [])
            next_out += 1
    while next_out < len(lines):
        yield results.pop(next_out, None) or Translation(lines[next_out], [], [""], [])
        next_out += 1


def attention_grid(mt: LoadedMT, tr: Translation) -> Optional[tuple[np.ndarray, list[str], list[str]]]:
    """(weights as a NumPy array, source pieces, target pieces) of the best hypothesis of a translation
    made with ``keep_attention``, in reading order; None for an empty line."""
    from rnncli.inspect.attention import EOS_LABEL

    if not tr.hypotheses or tr.hypotheses[0].attention is None:
        return None
    h = tr.hypotheses[0]
    w = h.attention.float().numpy()
    if getattr(mt.model.config, "reverse_source", False):  # the encoder read the source backwards
        w = w[:, ::-1]
    src = list(tr.src_pieces)[: w.shape[1]]
    tgt = ([mt.tgt_tok.id_to_piece(t) for t in h.tokens] + [EOS_LABEL])[: w.shape[0]]
    return w, src, tgt
