"""Luong-style attention over encoder outputs.

Given the decoder state h (B, H) and the encoder memory m (B, S, H), a score per source position,
softmax weights over the unpadded positions, and the context vector (their weighted sum):

* dot:     score(h, m_s) = h . m_s
* general: score(h, m_s) = h . (W m_s)
* concat:  score(h, m_s) = v . tanh(W [h; m_s])   (additive attention, Bahdanau et al.)

The parts that depend only on the memory (W m for general, the memory half of W for concat) are
computed once per sentence by :meth:`prepare`, not at every decoder step.
"""

from __future__ import annotations

import torch
from torch import nn

from rnncli import settings

SCORES = settings.ATTENTIONS


class Attention(nn.Module):
    def __init__(self, kind: str, hidden: int):
        super().__init__()
        if kind not in ("dot", "general", "concat"):
            raise ValueError(kind)
        self.kind = kind
        if kind == "general":
            self.W = nn.Linear(hidden, hidden, bias=False)
        elif kind == "concat":
            self.W_h = nn.Linear(hidden, hidden, bias=False)  # the decoder-state half of W
            self.W_m = nn.Linear(hidden, hidden, bias=True)  # the memory half of W
            self.v = nn.Linear(hidden, 1, bias=False)

    def prepare(self, memory: torch.Tensor) -> torch.Tensor:
        """Keys derived from the memory (B, S, H), computed once per batch of sentences."""
        if self.kind == "general":
            return self.W(memory)
        if self.kind == "concat":
            return self.W_m(memory)
        return memory

    def forward(self, h: torch.Tensor, memory: torch.Tensor, keys: torch.Tensor, mask: torch.Tensor):
        """h (B, H) for one decoder step, or (B, T, H) for all steps at once; memory and keys (B, S, H);
        mask (B, S) True at real tokens. Returns the context vectors (B, [T,] H) and the attention
        weights (B, [T,] S)."""
        one_step = h.dim() == 2
        q = h.unsqueeze(1) if one_step else h  # (B, T, H)
        if self.kind == "concat":
            scores = self.v(torch.tanh(keys.unsqueeze(1) + self.W_h(q).unsqueeze(2))).squeeze(-1)
        else:
            scores = torch.bmm(q, keys.transpose(1, 2))  # (B, T, S)
        scores = scores.masked_fill(~mask.unsqueeze(1), float("-inf"))
        weights = torch.softmax(scores, dim=-1)
        context = torch.bmm(weights, memory)
        if one_step:
            return context.squeeze(1), weights.squeeze(1)
        return context, weights
