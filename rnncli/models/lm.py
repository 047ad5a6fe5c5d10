"""The recurrent language model: embedding -> stacked RNN/GRU/LSTM -> (projection) -> softmax."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Optional

import torch
from torch import nn

from rnncli import tokenizers
from rnncli.errors import UsageError
from rnncli.models.rnn import (
    CELLS,
    Product,
    State,
    StepRunner,
    config_from_dict,
    make_rnn,
    set_unigram_bias,
    split_count,
    zero_state,
)
from rnncli.payload import Payload
from rnncli.settings import TrainLMOptions

_NEW = TrainLMOptions()
# What a checkpoint that lacks a setting was trained with (this class's defaults when it was written).
_SAVED_BEFORE = {"cell": "lstm", "embed": 64, "hidden": 512, "layers": 2, "dropout": 0.0, "tie_weights": False}


@dataclass
class LMConfig:
    """Everything needed to rebuild a language model; stored in every checkpoint."""

    vocab_size: int
    cell: str = _NEW.cell  # the defaults of a new model are train-lm's (rnncli/settings.py)
    embed: int = _NEW.embed
    hidden: int = _NEW.hidden
    layers: int = _NEW.layers
    dropout: float = _NEW.dropout
    tie_weights: bool = _NEW.tie_weights

    def validate(self) -> None:
        if self.cell not in CELLS:
            raise UsageError(f"unknown cell {self.cell!r}; choose one of {', '.join(CELLS)}")
        for name in ("vocab_size", "embed", "hidden", "layers"):
            if getattr(self, name) < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1 (got {getattr(self, name)})")
        if not 0.0 <= self.dropout < 1.0:
            raise UsageError(f"--dropout must be in [0, 1) (got {self.dropout})")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "LMConfig":
        return config_from_dict(cls, d, _SAVED_BEFORE)


class RNNLanguageModel(nn.Module):
    def __init__(self, config: LMConfig):
        super().__init__()
        config.validate()
        self.config = config
        self.embedding = nn.Embedding(config.vocab_size, config.embed)
        self.rnn = make_rnn(config.cell, config.embed, config.hidden, config.layers, config.dropout)
        self.drop = nn.Dropout(config.dropout)
        # With tied weights the output layer reuses the embedding matrix; when the hidden size
        # differs from the embedding size a projection brings the RNN output down to it.
        self.proj = (
            nn.Linear(config.hidden, config.embed, bias=False)
            if config.tie_weights and config.embed != config.hidden
            else None
        )
        out_in = config.embed if config.tie_weights else config.hidden
        self.decoder = nn.Linear(out_in, config.vocab_size)
        if config.tie_weights:
            self.decoder.weight = self.embedding.weight
        self._init_weights()

    def _init_weights(self) -> None:
        nn.init.uniform_(self.embedding.weight, -0.1, 0.1)
        if not self.config.tie_weights:
            nn.init.uniform_(self.decoder.weight, -0.1, 0.1)
        nn.init.zeros_(self.decoder.bias)
        # The LSTM keeps PyTorch's initialisation, forget-gate biases included. A forget-gate bias of 1
        # (start by remembering), this model's earlier choice, slowed every recipe measured here: with
        # SGD at rate 20 on clipped gradients the model sat at the unigram distribution for 1,000
        # steps (4.67 test bits/char on a prose corpus, against 2.55 with PyTorch's biases).

    @torch.no_grad()
    def init_output_bias(self, counts) -> None:
        """Start the output layer at the training text's unigram distribution: its bias becomes the log
        of each token's (add-one smoothed) frequency, so the first steps need not spend the clipped
        gradient on learning how common each token is, nor on pushing down the tokens the text never
        uses (the character tokenizer's 256 byte fallbacks, sentencepiece's byte pieces)."""
        set_unigram_bias(self.decoder.bias, counts)

    def init_state(self, batch: int, device=None) -> State:
        p = next(self.parameters())
        return zero_state(self.config.cell, self.config.layers, batch, self.config.hidden, device or p.device, p.dtype)

    def output(self, h: torch.Tensor) -> torch.Tensor:
        if self.proj is not None:
            h = self.proj(h)
        return self.decoder(h)

    def forward(self, tokens: torch.Tensor, state: Optional[State] = None):
        """tokens (B, T) -> logits (B, T, V), new state."""
        if state is None:
            state = self.init_state(tokens.shape[0], tokens.device)
        x = self.drop(self.embedding(tokens))
        out, state = self.rnn(x, state)
        # A batch-first RNN hands back a transposed view of its time-major output. Made contiguous
        # (a copy of B*T*H numbers), the output layer is one matrix product with the bias fused in;
        # on the view it would be a product plus a separate pass over all B*T*V logits for the bias,
        # in the forward and again in the backward pass.
        return self.output(self.drop(out.contiguous())), state

    def stepper(self) -> "LMStepper":
        return LMStepper(self)


class LMStepper:
    """Generation: feed one token at a time and get next-token logits, carrying the state."""

    def __init__(self, model: RNNLanguageModel):
        self.model = model
        self.runner = StepRunner(model.rnn, model.embedding, model.config.cell)
        p = next(model.parameters())
        self.device, self.dtype = p.device, p.dtype
        with torch.no_grad():
            w = model.decoder.weight
            if model.proj is not None:
                w = w @ model.proj.weight  # fold the projection into the output layer
            self.out = Product(w.t(), split_count(w.shape[0], self.device))
            self.out_b = model.decoder.bias.detach().clone()

    def reset(self, batch: int = 1) -> None:
        self.runner.reset(batch, self.device, self.dtype)

    def ban(self, ids: torch.Tensor) -> None:
        """Give these tokens a logit of -inf from now on: folded into the output bias, so that
        banning costs nothing per step."""
        if len(ids):
            self.out_b = self.out_b.index_fill(0, ids.to(self.out_b.device), float("-inf"))

    def logits(self, h: torch.Tensor) -> torch.Tensor:
        return self.out(self.out_b, h)

    @torch.no_grad()
    def step(self, tokens: torch.Tensor, record: bool = False):
        if record:
            h, signals = self.runner.step(tokens, record=True)
            return self.logits(h), signals
        return self.logits(self.runner.step(tokens))

    @torch.no_grad()
    def feed(self, tokens: torch.Tensor, record: bool = False):
        """Run a (B, T) prefix; returns the logits after its last token (and per-step signals)."""
        logits = None
        steps = []
        for t in range(tokens.shape[1]):
            if record:
                logits, sig = self.step(tokens[:, t], record=True)
                steps.append(sig)
            else:
                logits = self.step(tokens[:, t])
        return (logits, steps) if record else logits


@dataclass
class LMPayload(Payload):
    """A language-model checkpoint's payload: the configuration and the tokenizer."""

    kind, config_class, model_class = "lm", LMConfig, RNNLanguageModel
    vocabularies = {"tokenizer": tokenizers.from_state}
    tokenizer: tokenizers.AnyTokenizer = None

    def misfit(self) -> Optional[str]:
        ids, outputs = self.tokenizer.vocab_size, self.config.vocab_size
        return None if ids == outputs else f"its tokenizer ({ids} ids) does not fit its model ({outputs} outputs)"
