"""Encoder-decoder translator (Sutskever et al. 2014; Luong et al. 2015).

* Encoder: embedding -> (bidirectional) multi-layer RNN over packed sequences, so padding costs
  nothing.  Optionally the source is reversed first (Sutskever's trick).
* Bridge: the encoder's final state starts the decoder.  A bidirectional encoder's forward and
  backward final states are concatenated and mapped to the decoder size (Linear + tanh).
* Decoder: its input is the previous target token's embedding and, with input feeding, the previous
  attentional vector.  With attention the output layer sees h~ = tanh(W_c [context; h]): the context
  vector concatenated with the decoder state.  Without input feeding, teacher-forced training runs
  the whole target sequence through one fused RNN call (see :class:`Decoder`).
* Training feeds either the ground-truth previous token (teacher forcing) or, with probability
  1 - ratio, the model's own previous prediction (scheduled sampling).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from rnncli import tokenizers
from rnncli.errors import UsageError
from rnncli.models.attention import SCORES, Attention
from rnncli.models.rnn import CELLS, StepRunner, config_from_dict, make_rnn, map_state, set_unigram_bias
from rnncli.payload import Payload
from rnncli.settings import TrainMTOptions
from rnncli.tokenizers import PAD

_NEW = TrainMTOptions()
# What a checkpoint that lacks a setting was trained with (this class's defaults when it was written):
# checkpoints from before --input-feeding existed were all trained with it.
_SAVED_BEFORE = {
    "cell": "lstm",
    "embed": 256,
    "hidden": 256,
    "layers": 1,
    "dropout": 0.2,
    "bidirectional": True,
    "attention": "general",
    "reverse_source": False,
    "tie_weights": False,
    "input_feeding": True,
}


def select_state_rows(state: list, rows: torch.Tensor) -> list:
    """The given rows (batch entries, dimension 0) of a decoder state: a list with one h, or (h, c),
    per layer."""
    return [map_state(s, lambda t: t.index_select(0, rows)) for s in state]


@dataclass
class MTConfig:
    src_vocab: int
    tgt_vocab: int
    cell: str = _NEW.cell  # the defaults of a new model are train-mt's (rnncli/settings.py)
    embed: int = _NEW.embed
    hidden: int = _NEW.hidden
    layers: int = _NEW.layers
    dropout: float = _NEW.dropout
    bidirectional: bool = _NEW.bidirectional
    attention: str = _NEW.attention
    reverse_source: bool = _NEW.reverse_source
    tie_weights: bool = _NEW.tie_weights  # decoder input embedding shared with the output layer
    # Feed the previous attentional vector into the next decoder step (Luong et al.)
    input_feeding: bool = _NEW.input_feeding

    def validate(self) -> None:
        if self.cell not in CELLS:
            raise UsageError(f"unknown cell {self.cell!r}; choose one of {', '.join(CELLS)}")
        if self.attention not in SCORES:
            raise UsageError(f"unknown attention {self.attention!r}; choose one of {', '.join(SCORES)}")
        for name in ("embed", "hidden", "layers"):
            if getattr(self, name) < 1:
                raise UsageError(f"--{name} must be at least 1 (got {getattr(self, name)})")
        if not 0.0 <= self.dropout < 1.0:
            raise UsageError(f"--dropout must be in [0, 1) (got {self.dropout})")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "MTConfig":
        return config_from_dict(cls, d, _SAVED_BEFORE)


_CELL_CLASSES = {"lstm": nn.LSTMCell, "gru": nn.GRUCell, "rnn": nn.RNNCell}


class Encoder(nn.Module):
    def __init__(self, c: MTConfig):
        super().__init__()
        self.c = c
        self.embedding = nn.Embedding(c.src_vocab, c.embed, padding_idx=PAD)
        self.rnn = make_rnn(c.cell, c.embed, c.hidden, c.layers, c.dropout, bidirectional=c.bidirectional)
        self.drop = nn.Dropout(c.dropout)
        d = 2 if c.bidirectional else 1
        self.out_proj = nn.Linear(d * c.hidden, c.hidden) if c.bidirectional else None
        n_states = 2 if c.cell == "lstm" else 1
        self.bridge = (
            nn.ModuleList([nn.Linear(2 * c.hidden, c.hidden) for _ in range(n_states)]) if c.bidirectional else None
        )

    def forward(self, src: torch.Tensor, lengths: torch.Tensor):
        """src (B, S) padded, lengths (B,). Returns memory (B, S, H), mask (B, S), initial decoder
        state: a list (one per layer) of h or (h, c), each (B, H)."""
        c = self.c
        if c.reverse_source:
            src = reverse_padded(src, lengths)
        x = self.drop(self.embedding(src))
        packed = pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, state = self.rnn(packed)
        memory, _ = pad_packed_sequence(out, batch_first=True, total_length=src.shape[1])
        if self.out_proj is not None:
            memory = self.out_proj(memory)
        mask = torch.arange(src.shape[1], device=src.device)[None, :] < lengths.to(src.device)[:, None]
        states = state if isinstance(state, tuple) else (state,)
        per_layer = []
        for k in range(c.layers):
            parts = []
            for j, s in enumerate(states):
                if c.bidirectional:
                    both = torch.cat([s[2 * k], s[2 * k + 1]], dim=-1)  # forward and backward final states
                    parts.append(torch.tanh(self.bridge[j](both)))
                else:
                    parts.append(s[k])
            per_layer.append(tuple(parts) if c.cell == "lstm" else parts[0])
        return self.drop(memory), mask, per_layer


def reverse_padded(x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """Reverse each row's first ``length`` entries, leaving the padding where it is."""
    S = x.shape[1]
    idx = torch.arange(S, device=x.device)[None, :].expand(x.shape[0], S)
    lens = lengths.to(x.device)[:, None]
    rev = torch.where(idx < lens, lens - 1 - idx, idx)
    return x.gather(1, rev)


class Decoder(nn.Module):
    """The decoder, in one of two forms.

    * With input feeding (Luong et al. 2015, section 3.3) the previous step's attentional vector is
      part of the next step's input, so the steps must run one after another: a stack of
      ``nn.LSTMCell`` (or GRU/RNN cells) driven from Python.
    * Without it, the recurrent part does not depend on attention: under teacher forcing the whole
      target sequence goes through one fused ``nn.LSTM`` call and attention, the combination layer and
      the output layer run over all steps at once.  Several times faster to train on a CPU.
    """

    def __init__(self, c: MTConfig):
        super().__init__()
        self.c = c
        self.embedding = nn.Embedding(c.tgt_vocab, c.embed, padding_idx=PAD)
        self.attn = Attention(c.attention, c.hidden) if c.attention != "none" else None
        self.input_feeding = c.input_feeding and self.attn is not None
        if self.input_feeding:
            cls = _CELL_CLASSES[c.cell]
            self.cells = nn.ModuleList(
                [cls(c.embed + c.hidden if k == 0 else c.hidden, c.hidden) for k in range(c.layers)]
            )
        else:
            self.rnn = make_rnn(c.cell, c.embed, c.hidden, c.layers, c.dropout)
        self.drop = nn.Dropout(c.dropout)
        self.combine = nn.Linear(2 * c.hidden, c.hidden, bias=False) if self.attn is not None else None
        out_in = c.embed if c.tie_weights else c.hidden
        self.pre_out = nn.Linear(c.hidden, c.embed, bias=False) if c.tie_weights and c.embed != c.hidden else None
        self.out = nn.Linear(out_in, c.tgt_vocab)
        if c.tie_weights:
            self.out.weight = self.embedding.weight

    def init_feed(self, batch: int, like: torch.Tensor) -> Optional[torch.Tensor]:
        return like.new_zeros(batch, self.c.hidden) if self.input_feeding else None

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):
        # Checkpoints written before the fused decoder kept an attention-less decoder as cells; the
        # weights are the same matrices under other names (cells.K.weight_ih -> rnn.weight_ih_lK).
        if not self.input_feeding:
            for key in [k for k in state_dict if k.startswith(prefix + "cells.")]:
                layer, name = key[len(prefix + "cells.") :].split(".", 1)
                state_dict[f"{prefix}rnn.{name}_l{layer}"] = state_dict.pop(key)
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)

    def _output(self, h: torch.Tensor, memory: torch.Tensor, keys: torch.Tensor, mask: torch.Tensor):
        """Decoder states (B, [T,] H) -> attentional vectors, logits and attention weights."""
        weights = None
        if self.attn is not None:
            context, weights = self.attn(h, memory, keys, mask)
            out = torch.tanh(self.combine(torch.cat([context, h], dim=-1)))  # h~ = tanh(W_c [c; h])
        else:
            out = h
        dropped = self.drop(out)
        if self.pre_out is not None:
            dropped = self.pre_out(dropped)
        return out, self.out(dropped), weights

    def _stacked(self, state: list):
        """Per-layer states -> the (layers, B, H) layout of nn.LSTM / nn.GRU / nn.RNN."""
        if self.c.cell == "lstm":
            return torch.stack([s[0] for s in state]), torch.stack([s[1] for s in state])
        return torch.stack(state)

    def _unstacked(self, state) -> list:
        if self.c.cell == "lstm":
            return [(state[0][k], state[1][k]) for k in range(self.c.layers)]
        return list(state.unbind(0))

    def step(
        self,
        y_prev: torch.Tensor,
        state: list,
        feed: Optional[torch.Tensor],
        memory: torch.Tensor,
        keys: torch.Tensor,
        mask: torch.Tensor,
    ):
        """One decoder step. y_prev (B,) token ids; state: one h or (h, c) per layer, each (B, H).
        Returns logits (B, V), new state, new feed, attention weights (B, S) or None."""
        x = self.drop(self.embedding(y_prev))
        if not self.input_feeding:
            out, new = self.rnn(x.unsqueeze(1), self._stacked(state))
            _, logits, weights = self._output(out.squeeze(1), memory, keys, mask)
            return logits, self._unstacked(new), None, weights
        x = torch.cat([x, feed], dim=-1)
        new_state = []
        for k, cell in enumerate(self.cells):
            s = cell(x, state[k])
            new_state.append(s)
            h = s[0] if isinstance(s, tuple) else s
            x = self.drop(h) if k < len(self.cells) - 1 else h
        feed, logits, weights = self._output(h, memory, keys, mask)
        return logits, new_state, feed, weights

    def train(self, mode: bool = True):
        if mode:
            self._runner = None  # training changes the weights the runner has laid out
        return super().train(mode)

    def stepper(self):
        """The step function for decoding: :meth:`step`, or for a decoder without input feeding in
        eval mode, the same computation through a :class:`StepRunner` whose weights are laid out once
        for single steps (embedding folded into the input projection), instead of an ``nn.LSTM`` call
        per token. Build it once per batch of sentences, after the weights last changed."""
        if self.input_feeding or self.training:
            return self.step
        # Laying the weights out costs a (vocab x embed) @ (embed x 4H) product (60-80 ms for the default
        # translator, about 10% of translating the bundled test set in batches of 64): keep the runner
        # while the weights are exactly those it was built from. The runner keeps a copy of them and
        # compares (about 1 ms), so no in-place update (an optimizer step, load_state_dict) can leave
        # it stale, whatever happens to the tensors' addresses and version counters.
        weights = [w.detach() for w in (self.embedding.weight, *self.rnn.parameters())]
        cached = getattr(self, "_runner", None)
        if cached is None or not all(torch.equal(a, b) for a, b in zip(cached[0], weights)):
            self._runner = ([w.clone() for w in weights], StepRunner(self.rnn, self.embedding, self.c.cell))
        runner = self._runner[1]

        def step(y_prev, state, feed, memory, keys, mask):
            runner.state = list(state)
            h = runner.step(y_prev)
            _, logits, weights = self._output(h, memory, keys, mask)
            return logits, runner.state, None, weights

        return step

    def forward_teacher_forced(
        self, tgt_in: torch.Tensor, state: list, memory: torch.Tensor, keys: torch.Tensor, mask: torch.Tensor
    ) -> torch.Tensor:
        """All steps at once, ground-truth inputs (decoders without input feeding). Returns (B, T, V)."""
        assert not self.input_feeding
        out, _ = self.rnn(self.drop(self.embedding(tgt_in)), self._stacked(state))
        return self._output(out, memory, keys, mask)[1]


class Seq2Seq(nn.Module):
    def __init__(self, config: MTConfig):
        super().__init__()
        config.validate()
        self.config = config
        self.encoder = Encoder(config)
        self.decoder = Decoder(config)
        # PyTorch's own initialisation, forget gates included: with forget-gate biases of 1 the dev loss
        # after 3,000 steps was 2.789 against 2.708 (benchmarks/RESULTS.md, "the translator's recipe").

    @torch.no_grad()
    def init_output_bias(self, counts) -> None:
        """Start the output layer at the target side's unigram distribution (add-one smoothed log
        frequencies), as the language model does."""
        set_unigram_bias(self.decoder.out.bias, counts)

    def encode(self, src: torch.Tensor, lengths: torch.Tensor):
        memory, mask, state = self.encoder(src, lengths)
        keys = self.decoder.attn.prepare(memory) if self.decoder.attn is not None else memory
        return memory, keys, mask, state

    def forward(
        self,
        src: torch.Tensor,
        src_len: torch.Tensor,
        tgt_in: torch.Tensor,
        teacher_forcing: float = 1.0,
        generator: Optional[torch.Generator] = None,
    ) -> torch.Tensor:
        """Training forward. tgt_in (B, T) starts with BOS. With ``teacher_forcing`` < 1, each step's
        input is the ground truth with that probability and otherwise the model's own previous
        prediction (scheduled sampling, Bengio et al. 2015). Returns logits (B, T, V)."""
        memory, keys, mask, state = self.encode(src, src_len)
        return decode_for_training(self.decoder, memory, keys, mask, state, tgt_in, teacher_forcing, generator)


def decode_for_training(
    decoder: Decoder,
    memory: torch.Tensor,
    keys: torch.Tensor,
    mask: torch.Tensor,
    state: list,
    tgt_in: torch.Tensor,
    teacher_forcing: float = 1.0,
    generator: Optional[torch.Generator] = None,
) -> torch.Tensor:
    """The decoder's logits (B, T, V) for targets ``tgt_in`` (B, T) starting with BOS, from an encoder's
    memory, keys, mask and initial state (a translator's or a captioner's). With ``teacher_forcing`` < 1,
    each step's input is the ground truth with that probability and otherwise the model's own previous
    prediction (scheduled sampling, Bengio et al. 2015)."""
    if teacher_forcing >= 1.0 and not decoder.input_feeding:
        return decoder.forward_teacher_forced(tgt_in, state, memory, keys, mask)
    B, T = tgt_in.shape
    feed = decoder.init_feed(B, memory)
    outputs = []
    y = tgt_in[:, 0]
    for t in range(T):
        logits, state, feed, _ = decoder.step(y, state, feed, memory, keys, mask)
        outputs.append(logits)
        if t + 1 < T:
            y = tgt_in[:, t + 1]
            if teacher_forcing < 1.0:
                own = logits.detach().argmax(-1)
                use_own = torch.rand(B, generator=generator, device=y.device) >= teacher_forcing
                y = torch.where(use_own & (y != PAD), own, y)
    return torch.stack(outputs, dim=1)


@dataclass
class MTPayload(Payload):
    """A translator checkpoint's payload: the configuration, a tokenizer per side and the longest
    training side (--max-len)."""

    kind, config_class, model_class = "mt", MTConfig, Seq2Seq
    vocabularies = {"src_tokenizer": tokenizers.from_state, "tgt_tokenizer": tokenizers.from_state}
    casts = {"max_len": int}
    src_tokenizer: tokenizers.AnyTokenizer = None
    tgt_tokenizer: tokenizers.AnyTokenizer = None
    max_len: int = 0

    def misfit(self) -> Optional[str]:
        sizes = (self.src_tokenizer.vocab_size, self.tgt_tokenizer.vocab_size)
        fits = sizes == (self.config.src_vocab, self.config.tgt_vocab)
        return None if fits else "its vocabularies do not fit its model"
