"""Gradient norms during training, per layer and in total, measured before clipping, and how often
clipping fired: what shows an exploding run coming (``metrics.jsonl``, ``rnncli plot``).

:meth:`GradientStats.clip` takes the place of ``torch.nn.utils.clip_grad_norm_``: it takes every
parameter's gradient norm once (one fused ``foreach`` kernel), sums them by layer, clips with the total
exactly as ``clip_grad_norm_`` does, and adds the norms to running sums kept on the device, so that a
GPU step waits for nothing. :meth:`GradientStats.read` brings the means since the last read back.

A layer is a module of the model, and each layer of a stacked ``nn.LSTM`` / ``nn.GRU`` / ``nn.RNN`` is
its own (``rnn.l0``, ``rnn.l1``; ``encoder.rnn.l0`` ...; a bidirectional layer's two directions together).
"""

from __future__ import annotations

import re
from typing import Optional

import torch

_RNN_PARAM = re.compile(r"\.(weight|bias)_(ih|hh)_l(\d+)(_reverse)?$")


def layer_name(param_name: str) -> str:
    """``rnn.weight_hh_l1`` -> ``rnn.l1``; ``decoder.weight`` -> ``decoder``; ``module.`` (DDP) dropped."""
    name = param_name[len("module.") :] if param_name.startswith("module.") else param_name
    m = _RNN_PARAM.search(name)
    if m:
        return f"{name[: m.start()]}.l{m.group(3)}"
    return name.rsplit(".", 1)[0] if "." in name else name


class GradientStats:
    def __init__(self, model: torch.nn.Module):
        names: list[str] = []
        self.params: list[torch.nn.Parameter] = []
        groups: list[int] = []
        for name, p in model.named_parameters():
            if not p.requires_grad:
                continue
            layer = layer_name(name)
            if layer not in names:
                names.append(layer)
            groups.append(names.index(layer))
            self.params.append(p)
        self.names = names
        device = self.params[0].device if self.params else None
        self.group = torch.tensor(groups, dtype=torch.long, device=device)
        self.reset()

    def reset(self) -> None:
        self.steps = 0
        self.sums: Optional[torch.Tensor] = None  # (layers + 1,) sums of the norms; the last is the total
        self.peak: Optional[torch.Tensor] = None
        self.clipped: Optional[torch.Tensor] = None

    def clip(self, max_norm: float) -> Optional[torch.Tensor]:
        """Measure the gradients, then clip them to ``max_norm`` (0: no clipping). Returns the total norm
        before clipping (as ``clip_grad_norm_`` does), or None when no parameter has a gradient."""
        keep = [k for k, p in enumerate(self.params) if p.grad is not None]
        if not keep:
            return None
        grads = [self.params[k].grad for k in keep]
        index = self.group if len(keep) == len(self.params) else self.group[keep]
        norms = torch.stack(torch._foreach_norm(grads)).float()
        squares = torch.zeros(len(self.names), device=norms.device).index_add_(0, index, norms * norms)
        per_layer = torch.cat([squares, squares.sum()[None]]).sqrt()
        total = per_layer[-1]
        if max_norm > 0:
            torch.nn.utils.clip_grads_with_norm_([self.params[k] for k in keep], max_norm, total)
            fired = (total > max_norm).float()
            self.clipped = fired if self.clipped is None else self.clipped + fired
        self.sums = per_layer if self.sums is None else self.sums + per_layer
        self.peak = total if self.peak is None else torch.maximum(self.peak, total)
        self.steps += 1
        return total

    def read(self) -> dict[str, float]:
        """Since the last read: the mean total gradient norm before clipping (``grad_norm``), its largest
        value (``grad_norm_max``), each layer's mean norm (``grad_norm.<layer>``) and, when clipping is on,
        the fraction of steps it fired (``clip_rate``). Empty when no step was measured."""
        if not self.steps:
            return {}
        sums = (self.sums / self.steps).tolist()
        out = {"grad_norm": sums[-1], "grad_norm_max": float(self.peak)}
        if self.clipped is not None:
            out["clip_rate"] = float(self.clipped) / self.steps
        out.update({f"grad_norm.{name}": v for name, v in zip(self.names, sums)})
        self.reset()
        return out
