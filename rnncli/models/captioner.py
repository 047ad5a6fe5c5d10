"""The image captioner (one-to-many; Xu et al. 2015, "Show, Attend and Tell", as CS231n presents it).

* A CNN turns the image into an L = h x w grid of D-dimensional feature vectors (models/cnn.py).
* The grid, projected to the decoder's size, plus a learned vector per grid position (where it is: what
  lets the decoder read a line of text left to right), is the memory attention reads; the mean of the
  grid starts the decoder (one Linear + tanh per layer, and per state for an LSTM's h and c). Models
  from before grids were fitted (no ``grid`` in their configuration) have no position vectors.
* The decoder is the translator's (models/seq2seq.py): a word embedding and an LSTM/GRU between
  ``<START>`` (BOS) and ``<END>`` (EOS), attention over the L positions at every word, h~ = tanh(W_c
  [context; h]) into the output layer; teacher forcing or scheduled sampling in training, and
  models/search.py's greedy and beam search to caption. So the attention weights of a word are a
  distribution over the grid: the picture of where the model looked.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Optional

import torch
from torch import nn

from rnncli import tokenizers
from rnncli.errors import UsageError
from rnncli.models.cnn import GridModel
from rnncli.models.rnn import config_from_dict, set_unigram_bias
from rnncli.models.seq2seq import Decoder, MTConfig, decode_for_training
from rnncli.payload import Payload
from rnncli.settings import CNNS, TrainCaptionOptions

_NEW = TrainCaptionOptions()


@dataclass
class CaptionConfig:
    """Everything needed to rebuild a captioner; stored in every checkpoint."""

    vocab: int
    image_size: Any = (32, 32)  # (height, width); an int: a square, from before sizes were fitted
    grid: Optional[tuple] = None  # (rows, columns); None: from before (no extra stages, no position vectors)
    cnn: str = _NEW.cnn  # the defaults of a new model are train-caption's (rnncli/settings.py)
    channels: int = _NEW.channels
    finetune_cnn: bool = _NEW.finetune_cnn
    cell: str = _NEW.cell
    embed: int = _NEW.embed
    hidden: int = _NEW.hidden
    layers: int = _NEW.layers
    dropout: float = _NEW.dropout
    attention: str = _NEW.attention
    input_feeding: bool = _NEW.input_feeding

    def decoder_config(self) -> MTConfig:
        return MTConfig(
            src_vocab=1,
            tgt_vocab=self.vocab,
            cell=self.cell,
            embed=self.embed,
            hidden=self.hidden,
            layers=self.layers,
            dropout=self.dropout,
            bidirectional=False,
            attention=self.attention,
            input_feeding=self.input_feeding,
        )

    def validate(self) -> None:
        if self.cnn not in CNNS:
            raise UsageError(f"unknown CNN {self.cnn!r}; choose one of {', '.join(CNNS)}")
        self.decoder_config().validate()

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "CaptionConfig":
        return config_from_dict(cls, d, {})


class Captioner(GridModel, nn.Module):
    def __init__(self, config: CaptionConfig):
        super().__init__()
        config.validate()
        self.config = c = config
        self.init_grid(c)
        d = self.cnn.out_channels
        self.positions = self.rows * self.cols  # L
        self.project = nn.Linear(d, c.hidden)
        self.where = None if c.grid is None else nn.Parameter(torch.zeros(1, self.positions, c.hidden))
        self.init_state = nn.ModuleList(
            [nn.Linear(d, c.hidden) for _ in range(c.layers * (2 if c.cell == "lstm" else 1))]
        )
        self.drop = nn.Dropout(c.dropout)
        self.decoder = Decoder(c.decoder_config())

    @torch.no_grad()
    def init_output_bias(self, counts) -> None:
        set_unigram_bias(self.decoder.out.bias, counts)

    def encode(self, images: torch.Tensor, lengths: Optional[torch.Tensor] = None):
        """What the decoder starts from (as :meth:`Seq2Seq.encode`): memory (B, L, H), attention keys,
        the mask (every position is real) and the initial state (a list of h or (h, c) per layer)."""
        grid = self.features(images)
        memory = self.project(grid)
        memory = self.drop(memory if self.where is None else memory + self.where.to(memory.dtype))
        mean = grid.mean(dim=1)
        parts = [torch.tanh(lin(mean)) for lin in self.init_state]
        if self.config.cell == "lstm":
            state = [(parts[2 * k], parts[2 * k + 1]) for k in range(self.config.layers)]
        else:
            state = parts
        keys = self.decoder.attn.prepare(memory) if self.decoder.attn is not None else memory
        mask = torch.ones(memory.shape[:2], dtype=torch.bool, device=memory.device)
        return memory, keys, mask, state

    def grid_lengths(self, batch: int, device=None) -> torch.Tensor:
        """Every image's number of grid positions (what a translator's source lengths are to search)."""
        return torch.full((batch,), self.positions, dtype=torch.long, device=device)

    def forward(
        self,
        images: torch.Tensor,
        tgt_in: torch.Tensor,
        teacher_forcing: float = 1.0,
        generator: Optional[torch.Generator] = None,
    ) -> torch.Tensor:
        """Training forward: logits (B, T, V) for captions ``tgt_in`` (B, T) that start with BOS."""
        memory, keys, mask, state = self.encode(images)
        return decode_for_training(self.decoder, memory, keys, mask, state, tgt_in, teacher_forcing, generator)


@dataclass
class CaptionPayload(Payload):
    """A captioner checkpoint's payload: the configuration, the caption vocabulary, the longest caption
    (--max-len) and whether images were cropped to their box (--crop)."""

    kind, config_class, model_class = "caption", CaptionConfig, Captioner
    vocabularies = {"tokenizer": tokenizers.DecoderTokenizer.from_state}
    casts = {"max_len": int, "crop": bool}
    tokenizer: tokenizers.DecoderTokenizer = None
    max_len: int = 0
    crop: bool = False

    def misfit(self) -> Optional[str]:
        return None if self.config.vocab == self.tokenizer.vocab_size else "its tokenizer does not fit its model"
