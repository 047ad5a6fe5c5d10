"""bf16 against fp32 on this machine: training steps of the default ``train-lm`` model.

The model ``rnncli train-lm`` builds by default (character LSTM, embedding 64, 2 x 256, 16 streams
of 128 tokens, a 340-entry vocabulary) takes training steps the way ``train_lm`` takes them
(autocast for bf16, fp32 master weights, fused Adam, clipping), fp32 and bf16 in turn, one step
each, so both see the same machine state. Printed: the median step time of each, the ratio, and
whether the CPU reports bf16 instructions (``avx512_bf16`` / ``amx_bf16`` in /proc/cpuinfo).
"""

from __future__ import annotations

import contextlib
import statistics
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from rnncli.models.lm import LMConfig, RNNLanguageModel
from rnncli.optim import make_optimizer

SHAPES = {"vocab": 340, "embed": 64, "hidden": 256, "layers": 2, "batch": 16, "seq": 128}


def cpu_flags() -> list[str]:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return []
    return sorted({f for f in ("avx512_bf16", "amx_bf16", "avx512f") if f" {f}" in text})


def _stepper(precision: str):
    torch.manual_seed(0)
    s = SHAPES
    model = RNNLanguageModel(LMConfig(vocab_size=s["vocab"], embed=s["embed"], hidden=s["hidden"], layers=s["layers"]))
    opt = make_optimizer("adam", model.parameters(), 3e-3)
    x = torch.randint(0, s["vocab"], (s["batch"], s["seq"]))
    y = torch.randint(0, s["vocab"], (s["batch"], s["seq"]))
    cast = torch.autocast("cpu", dtype=torch.bfloat16) if precision == "bf16" else contextlib.nullcontext()

    def step() -> float:
        t = time.perf_counter()
        with cast:
            logits, _ = model(x)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(), y.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        return time.perf_counter() - t

    return step


def run(steps: int = 40, warmup: int = 5) -> dict:
    steppers = {p: _stepper(p) for p in ("fp32", "bf16")}
    times: dict[str, list[float]] = {p: [] for p in steppers}
    for i in range(steps + warmup):
        for p, step in steppers.items():
            dt = step()
            if i >= warmup:
                times[p].append(dt)
    tokens = SHAPES["batch"] * SHAPES["seq"]
    med = {p: statistics.median(v) for p, v in times.items()}
    return {
        "cpu_flags": cpu_flags(),
        "threads": torch.get_num_threads(),
        "steps": steps,
        "median_step_s": med,
        "tokens_per_s": {p: tokens / t for p, t in med.items()},
        "bf16_speedup": med["fp32"] / med["bf16"],
    }


def report(r: dict) -> str:
    tps = r["tokens_per_s"]
    return (
        f"precision: default train-lm model, {r['steps']} steps each, {r['threads']} threads, CPU flags "
        f"{', '.join(r['cpu_flags']) or 'none'}\n"
        f"  fp32 {tps['fp32']:,.0f} tokens/s, bf16 {tps['bf16']:,.0f} tokens/s: bf16 is {r['bf16_speedup']:.2f}x"
    )
