"""Gradient norms per layer before clipping, and the clipping rate, in metrics.jsonl and `rnncli plot`."""

from __future__ import annotations

import json

import pytest
import torch

from conftest import TINY, invoke
from rnncli.gradstats import GradientStats, layer_name
from rnncli.models.lm import LMConfig, RNNLanguageModel


def test_layer_names():
    assert layer_name("rnn.weight_hh_l1") == "rnn.l1"
    assert layer_name("encoder.rnn.bias_ih_l0_reverse") == "encoder.rnn.l0"
    assert layer_name("module.decoder.weight") == "decoder"
    assert layer_name("embedding.weight") == "embedding"


def _with_grads(seed: int, scale: float) -> RNNLanguageModel:
    torch.manual_seed(seed)
    m = RNNLanguageModel(LMConfig(vocab_size=13, cell="gru", embed=6, hidden=8, layers=2))
    for p in m.parameters():
        p.grad = torch.randn_like(p) * scale
    return m


@pytest.mark.parametrize("clip", [0.0, 0.5, 1e6])
def test_clip_equals_torch_clip_and_measures_every_layer(clip):
    model = _with_grads(0, 0.3)
    twin = _with_grads(0, 0.3)  # the same model and gradients
    stats = GradientStats(model)
    want_layers = {}
    for name, p in model.named_parameters():
        want_layers.setdefault(layer_name(name), []).append(p.grad.norm() ** 2)
    want_total = torch.nn.utils.clip_grad_norm_(twin.parameters(), clip if clip > 0 else float("inf"))
    total = stats.clip(clip)
    assert total.item() == pytest.approx(want_total.item(), rel=1e-6)
    for p, q in zip(model.parameters(), twin.parameters()):
        assert torch.allclose(p.grad, q.grad, rtol=1e-6, atol=1e-9)
    read = stats.read()
    assert set(read) == {"grad_norm", "grad_norm_max"} | ({"clip_rate"} if clip > 0 else set()) | {
        "grad_norm.embedding",
        "grad_norm.rnn.l0",
        "grad_norm.rnn.l1",
        "grad_norm.decoder",
    }
    for layer, squares in want_layers.items():
        assert read[f"grad_norm.{layer}"] == pytest.approx(torch.stack(squares).sum().sqrt().item(), rel=1e-6)
    if clip > 0:
        assert read["clip_rate"] == (1.0 if clip == 0.5 else 0.0)
    assert stats.read() == {}  # a read starts a new interval


def test_means_and_clip_rate_over_steps():
    model = _with_grads(1, 1.0)
    stats = GradientStats(model)
    norms = []
    for scale in (0.01, 10.0, 0.02, 5.0):  # two of the four steps are clipped at 1
        for p in model.parameters():
            p.grad = torch.full_like(p, scale)
        norms.append(stats.clip(1.0).item())
    read = stats.read()
    assert read["clip_rate"] == 0.5
    assert read["grad_norm"] == pytest.approx(sum(norms) / 4, rel=1e-6)
    assert read["grad_norm_max"] == pytest.approx(max(norms), rel=1e-6)


def test_train_lm_writes_gradient_norms_and_plot_shows_them(corpus_file, tmp_path):
    out = tmp_path / "run"
    r = invoke(
        [
            "train-lm",
            corpus_file,
            "--out",
            out,
            "--max-steps",
            "20",
            "--cell",
            "rnn",
            "--lr",
            "0.05",
            "--clip",
            "0.5",
            *TINY,
        ]
    )
    assert r.exit_code == 0, r.stderr
    records = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    assert [rec["step"] for rec in records] == [10, 20]
    for rec in records:
        assert rec["grad_norm"] > 0 and rec["grad_norm_max"] >= rec["grad_norm"]
        assert 0 <= rec["clip_rate"] <= 1 and rec["clip_rate"] * 10 == round(rec["clip_rate"] * 10)
        layers = {k for k in rec if k.startswith("grad_norm.")}
        assert layers == {"grad_norm.embedding", "grad_norm.rnn.l0", "grad_norm.decoder"}
        # every layer's norm is at most the total, step by step, so in the mean too
        assert max(rec[k] for k in layers) <= rec["grad_norm"] * (1 + 1e-6)
    r = invoke(["plot", out, "--metric", "grad_norm.rnn.l0", "-o", tmp_path / "curves.png"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("grad_norm.rnn.l0 against step")
    assert f"last {records[-1]['grad_norm.rnn.l0']:.4g} at step 20" in r.stdout
    assert (tmp_path / "curves.png").read_bytes()[:4] == b"\x89PNG"
    r = invoke(["plot", out, "--metric", "clip_rate"])
    assert r.exit_code == 0 and f"last {records[-1]['clip_rate']:.4g} at step 20" in r.stdout
    r = invoke(["plot", out, "--metric", "grad_norm.nothing"])
    assert r.exit_code == 3 and "none of the runs has 'grad_norm.nothing'" in r.stderr


def test_train_mt_writes_gradient_norms(mt_ckpt):
    rec = json.loads((mt_ckpt.parent / "metrics.jsonl").read_text().splitlines()[-1])
    assert rec["grad_norm"] > 0 and 0 <= rec["clip_rate"] <= 1
    layers = [k for k in rec if k.startswith("grad_norm.")]
    assert any(k.startswith("grad_norm.encoder.") for k in layers)
    assert any(k.startswith("grad_norm.decoder.") for k in layers)
