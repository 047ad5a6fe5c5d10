"""The visual question answerer (a classifier over answers; Yang et al. 2016, "Stacked Attention
Networks for Image Question Answering").

* The question: a word embedding and an LSTM/GRU/RNN (bidirectional by default) whose final states
  are the question vector u (width W: the hidden size, twice it when bidirectional).
* The image: the captioner's CNN (models/cnn.py) gives an L = h x w grid of features, each projected
  to W (Linear + tanh): the vectors v_1..v_L.
  New models add a learned vector per grid cell to v_l (where the cell is: what "left of" and "in
  front of" need; models from before it have none, ``where`` False).
* Each hop of attention scores the grid against the question so far and adds what it saw,
  u <- u + sum_l p_l v_l, with p = softmax(w_P h_A) over the L cells. New models score with a product,
  h_A = tanh(W_I v) * tanh(W_Q u) (a cell scores high when it has what the question asks for:
  the multiplicative fusion of Kim et al. 2017); models from before it with the sum of the paper,
  h_A = tanh(W_I v + W_Q u) (``attention`` "additive"). Several hops refine where the model looks
  (``--hops``); with none, u is the question vector plus the mean of the grid.
* A two-layer classifier over the answer classes reads u.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

from rnncli import tokenizers
from rnncli.errors import UsageError
from rnncli.models.cnn import GridModel
from rnncli.models.rnn import config_from_dict, make_rnn, set_unigram_bias
from rnncli.payload import Payload
from rnncli.settings import CELLS, CNNS, TrainVQAOptions

_NEW = TrainVQAOptions()
# Checkpoints from before position vectors and product attention: the additive attention of the paper.
_SAVED_BEFORE = {"where": False, "attention": "additive"}


@dataclass
class VQAConfig:
    """Everything needed to rebuild a question answerer; stored in every checkpoint."""

    vocab_size: int
    answers: int
    cell: str = _NEW.cell  # the defaults of a new model are train-vqa's (rnncli/settings.py)
    embed: int = _NEW.embed
    hidden: int = _NEW.hidden
    layers: int = _NEW.layers
    dropout: float = _NEW.dropout
    bidirectional: bool = _NEW.bidirectional
    hops: int = _NEW.hops
    image_size: Any = (48, 48)  # (height, width); an int: a square, from before sizes were fitted
    grid: Optional[tuple] = None  # (rows, columns); None: from before (no extra CNN stages)
    cnn: str = _NEW.cnn
    channels: int = _NEW.channels
    finetune_cnn: bool = _NEW.finetune_cnn
    where: bool = True  # a learned vector per grid cell added to the grid's vectors
    attention: str = "product"  # how a hop scores a cell: "product" or "additive" (before position vectors)

    def validate(self) -> None:
        if self.cnn not in CNNS or self.cell not in CELLS or self.attention not in ("product", "additive"):
            raise UsageError(f"unknown CNN {self.cnn!r}, cell {self.cell!r} or attention {self.attention!r}")
        for name in ("vocab_size", "answers", "embed", "hidden", "layers"):
            if getattr(self, name) < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1 (got {getattr(self, name)})")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "VQAConfig":
        return config_from_dict(cls, d, _SAVED_BEFORE)


class Hop(nn.Module):
    """One layer of stacked attention: where to look in the grid given the question so far."""

    def __init__(self, width: int, product: bool):
        super().__init__()
        self.product = product
        self.image = nn.Linear(width, width, bias=product)
        self.query = nn.Linear(width, width)
        self.score = nn.Linear(width, 1)

    def forward(self, v: torch.Tensor, u: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """v (B, L, W), u (B, W) -> the refined query (B, W) and the weights over the grid (B, L)."""
        if self.product:
            h = torch.tanh(self.image(v)) * torch.tanh(self.query(u)).unsqueeze(1)
        else:
            h = torch.tanh(self.image(v) + self.query(u).unsqueeze(1))
        p = torch.softmax(self.score(h).squeeze(-1).float(), dim=-1).to(v.dtype)
        return u + torch.bmm(p.unsqueeze(1), v).squeeze(1), p


class VQAModel(GridModel, nn.Module):
    def __init__(self, config: VQAConfig):
        super().__init__()
        config.validate()
        self.config = c = config
        self.init_grid(c)
        width = c.hidden * (2 if c.bidirectional else 1)
        self.embedding = nn.Embedding(c.vocab_size, c.embed)
        self.rnn = make_rnn(c.cell, c.embed, c.hidden, c.layers, c.dropout, bidirectional=c.bidirectional)
        self.project = nn.Linear(self.cnn.out_channels, width)
        self.hops = nn.ModuleList([Hop(width, c.attention == "product") for _ in range(c.hops)])
        self.where = nn.Parameter(torch.zeros(1, self.rows * self.cols, width)) if c.where else None
        self.drop = nn.Dropout(c.dropout)
        self.fuse = nn.Linear(width, width)
        self.out = nn.Linear(width, c.answers)

    @torch.no_grad()
    def init_output_bias(self, counts) -> None:
        """Start at the answers' frequencies in the training data (the prior)."""
        set_unigram_bias(self.out.bias, counts)

    def question(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Padded question ids (B, T) with their lengths (B,) -> the question vectors (B, W)."""
        x = self.drop(self.embedding(ids))
        packed = pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        _, state = self.rnn(packed)
        h = state[0] if isinstance(state, tuple) else state  # (layers * directions, B, H)
        return torch.cat(list(h[-2:] if self.config.bidirectional else h[-1:]), dim=-1)

    def grid(self, images: torch.Tensor) -> torch.Tensor:
        """uint8 images (B, 3, H, W) -> the grid's vectors (B, L, W)."""
        v = torch.tanh(self.project(self.features(images)))
        return self.drop(v if self.where is None else v + self.where.to(v.dtype))

    def forward(
        self, images: torch.Tensor, ids: torch.Tensor, lengths: torch.Tensor, which: Optional[torch.Tensor] = None
    ) -> tuple[torch.Tensor, Optional[torch.Tensor]]:
        """Logits over the answers (B, answers), and each hop's weights over the grid (B, hops, L)
        (None without hops). ``which`` (B,): each question's image among ``images`` (default: the b-th),
        so that an image asked several questions goes through the CNN once."""
        u, v = self.question(ids, lengths), self.grid(images)
        if which is not None:
            v = v[which]
        maps = []
        if not self.hops:
            u = u + v.mean(dim=1)
        for hop in self.hops:
            u, p = hop(v, u)
            maps.append(p)
        logits = self.out(self.drop(torch.relu(self.fuse(self.drop(u)))))
        return logits, torch.stack(maps, dim=1) if maps else None


@dataclass
class VQAPayload(Payload):
    """A question answerer's checkpoint payload: the configuration, the questions' tokenizer, the
    answers (in output order) and whether images were cropped to their box (--crop)."""

    kind, config_class, model_class = "vqa", VQAConfig, VQAModel
    vocabularies = {"tokenizer": tokenizers.from_state}
    casts = {"answers": lambda answers: [str(x) for x in answers], "crop": bool}
    tokenizer: tokenizers.AnyTokenizer = None
    answers: list = field(default_factory=list)
    crop: bool = False

    def misfit(self) -> Optional[str]:
        fits = (self.config.vocab_size, self.config.answers) == (self.tokenizer.vocab_size, len(self.answers))
        return None if fits else "its tokenizer or answers do not fit its model"
