"""The sequence classifier (many-to-one): embedding -> stacked RNN/GRU/LSTM (optionally bidirectional)
-> one vector for the whole sequence -> a linear layer over the labels.

The vector is the final hidden state (default; for a bidirectional RNN the forward direction's state
after the last token and the backward direction's after the first), or the mean or the maximum of the
top layer's outputs over the tokens, or an attention-weighted mean whose weights (one score per token,
softmax over the sequence) say which tokens the decision rests on.

With ``wide`` N > 0 a linear model over the text's hashed character 1..N-grams sits beside the RNN (the
wide path, rnncli/models/wide.py): its weights are fitted before the RNN trains and kept as buffers, and a
prediction is the RNN's log-probabilities plus ``wide_scale`` (chosen on dev) times its scores.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

import numpy as np
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from rnncli import tokenizers
from rnncli.errors import UsageError
from rnncli.models.rnn import config_from_dict, make_rnn, set_unigram_bias
from rnncli.payload import Payload
from rnncli.settings import CELLS, POOLINGS, TrainClfOptions

_NEW = TrainClfOptions()
# Checkpoints from before --ngrams: tokens alone; from before --wide: the RNN alone.
_SAVED_BEFORE = {"ngrams": 1, "ngram_buckets": 0, "wide": 0, "wide_buckets": 0}


@dataclass
class ClfConfig:
    """Everything needed to rebuild a classifier; stored in every checkpoint."""

    vocab_size: int
    labels: int
    cell: str = _NEW.cell  # the defaults of a new model are train-clf's (rnncli/settings.py)
    embed: int = _NEW.embed
    hidden: int = _NEW.hidden
    layers: int = _NEW.layers
    dropout: float = _NEW.dropout
    bidirectional: bool = _NEW.bidirectional
    pool: str = _NEW.pool
    ngrams: int = _NEW.ngrams  # each token's embedding also sums those of the 2..n-grams ending at it
    ngram_buckets: int = _NEW.ngram_buckets
    wide: int = _NEW.wide  # the wide path's longest character n-gram (0: no wide path)
    wide_buckets: int = _NEW.wide_buckets

    def validate(self) -> None:
        if self.cell not in CELLS or self.pool not in POOLINGS:
            raise UsageError(f"unknown cell {self.cell!r} or pooling {self.pool!r}")
        if self.ngrams > 1 and self.ngram_buckets < 1:
            raise UsageError(f"--ngram-buckets must be at least 1 (got {self.ngram_buckets})")
        if self.wide > 0 and self.wide_buckets < 1:
            raise UsageError(f"--wide-buckets must be at least 1 (got {self.wide_buckets})")
        for name in ("vocab_size", "labels", "embed", "hidden", "layers", "ngrams"):
            if getattr(self, name) < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1 (got {getattr(self, name)})")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "ClfConfig":
        return config_from_dict(cls, d, _SAVED_BEFORE)


# Odd multipliers of the n-gram hash, one per n (so "ab" as a bigram and "ab" inside a trigram differ).
_MULTIPLIERS = (1_000_003, 999_983, 1_000_033, 999_979, 1_000_037, 999_961, 1_000_039)


def ngram_ids(ids: torch.Tensor, n: int, buckets: int) -> torch.Tensor:
    """For every position of ``ids`` (B, T), the hashed ids of the 2..n-grams of tokens ending there
    (B, T, n - 1), the sequence's start counting as a token of its own (fastText-style subword features,
    over tokens: characters for a character vocabulary)."""
    B, T = ids.shape
    start = torch.full((B, n - 1), -1, dtype=ids.dtype, device=ids.device)
    padded = torch.cat([start, ids], dim=1) + 2  # -1 (before the start) -> 1; token k -> k + 2
    h = padded[:, n - 1 :]
    out = []
    for k in range(1, n):
        prev = padded[:, n - 1 - k : n - 1 - k + T]
        h = (h * _MULTIPLIERS[k - 1] + prev) % 2_147_483_647
        out.append(h % buckets)
    return torch.stack(out, dim=2)


class RNNClassifier(nn.Module):
    def __init__(self, config: ClfConfig):
        super().__init__()
        config.validate()
        self.config = c = config
        self.embedding = nn.Embedding(c.vocab_size, c.embed)
        self.ngram_embedding = nn.Embedding(c.ngram_buckets, c.embed) if c.ngrams > 1 else None
        self.rnn = make_rnn(c.cell, c.embed, c.hidden, c.layers, c.dropout, bidirectional=c.bidirectional)
        self.drop = nn.Dropout(c.dropout)
        width = c.hidden * (2 if c.bidirectional else 1)
        self.score = nn.Linear(width, 1) if c.pool == "attention" else None
        self.out = nn.Linear(width, c.labels)
        if c.wide:
            self.register_buffer("wide_weight", torch.zeros(c.wide_buckets, c.labels, dtype=torch.float16))
            self.register_buffer("wide_bias", torch.zeros(c.labels))
            self.register_buffer("wide_idf", torch.ones(c.wide_buckets))
            self.register_buffer("wide_c", torch.tensor(1.0))  # the SVM's C, chosen on dev
            self.register_buffer("wide_scale", torch.tensor(1.0))  # chosen on dev at each evaluation

    def init_output_bias(self, counts) -> None:
        """Start at the labels' frequencies in the training data (the prior)."""
        set_unigram_bias(self.out.bias, counts)

    def embed_tokens(self, ids: torch.Tensor) -> torch.Tensor:
        """The RNN's inputs (B, T, embed): each token's embedding, plus its n-grams' with --ngrams."""
        x = self.embedding(ids)
        if self.ngram_embedding is not None:
            x = x + self.ngram_embedding(ngram_ids(ids, self.config.ngrams, self.config.ngram_buckets)).sum(dim=2)
        return x

    def encode(self, ids: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
        """The sequence vectors (B, width) of padded ``ids`` (B, T) with ``lengths`` (B,), and for
        attention pooling the weights over the tokens (B, T), zero past each sequence's end."""
        x = self.drop(self.embed_tokens(ids))
        packed = pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, state = self.rnn(packed)
        if self.config.pool == "final":
            h = state[0] if isinstance(state, tuple) else state  # (layers * directions, B, H)
            top = h[-2:] if self.config.bidirectional else h[-1:]
            return torch.cat(list(top), dim=-1), None
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=ids.shape[1])
        mask = torch.arange(ids.shape[1], device=ids.device)[None, :] < lengths.to(ids.device)[:, None]
        if self.config.pool == "mean":
            return (out * mask[..., None]).sum(1) / lengths.to(out.device)[:, None].to(out.dtype), None
        if self.config.pool == "max":
            return out.masked_fill(~mask[..., None], float("-inf")).max(dim=1).values, None
        scores = self.score(out).squeeze(-1).float().masked_fill(~mask, float("-inf"))
        weights = torch.softmax(scores, dim=1)
        return (weights[..., None].to(out.dtype) * out).sum(1), weights

    def forward(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """The RNN's logits over the labels (B, labels) (the whole model's: :meth:`combined`)."""
        return self.out(self.drop(self.encode(ids, lengths)[0]))

    def wide_scores(self, texts: list[str]) -> np.ndarray:
        """The wide path's label scores (N, labels) of the texts (zeros without a wide path)."""
        if not self.config.wide:
            return np.zeros((len(texts), self.config.labels), dtype=np.float32)
        from rnncli.models import wide

        x = wide.weigh(wide.counts(texts, self.config.wide, self.config.wide_buckets), self.wide_idf.cpu().numpy())
        return np.asarray(x @ self.wide_weight.float().cpu().numpy(), dtype=np.float32) + self.wide_bias.cpu().numpy()

    def combined(self, rnn_logits: torch.Tensor, wide_scores: np.ndarray) -> torch.Tensor:
        """Log-probabilities (B, labels) of the whole model from the RNN's logits and the wide scores."""
        logp = torch.log_softmax(rnn_logits.float(), dim=-1)
        if self.config.wide:
            logp = logp + float(self.wide_scale) * torch.from_numpy(wide_scores).to(logp.device)
        return torch.log_softmax(logp, dim=-1)


@dataclass
class ClfPayload(Payload):
    """A classifier checkpoint's payload: the configuration, the tokenizer, the labels (in output order)
    and the longest text (--max-len)."""

    kind, config_class, model_class = "clf", ClfConfig, RNNClassifier
    vocabularies = {"tokenizer": tokenizers.from_state}
    casts = {"labels": lambda labels: [str(x) for x in labels], "max_len": int}
    tokenizer: tokenizers.AnyTokenizer = None
    labels: list = field(default_factory=list)
    max_len: int = 0

    def misfit(self) -> Optional[str]:
        fits = (self.config.vocab_size, self.config.labels) == (self.tokenizer.vocab_size, len(self.labels))
        return None if fits else "its tokenizer or labels do not fit its model"
