"""The fast paths give the same answers as the plain ones.

Generation runs a fused single-step runner (weights pre-arranged, the embedding folded into the first
layer, state kept between calls) instead of the training model's ``forward``; these tests check,
through the code ``rnncli sample`` runs, that the probabilities it samples from are the model's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from conftest import invoke


def _recording_generate(monkeypatch, lm, settings, length, prime="", num_samples=1, seed=0):
    """Run ``lm_use.generate`` and keep the logits every step handed to the sampler."""
    from rnncli.lm import use as lm_use

    seen_logits: list[torch.Tensor] = []
    real_choose = lm_use.choose

    def recording_choose(logits, *args, **kwargs):
        seen_logits.append(logits.clone())
        return real_choose(logits, *args, **kwargs)

    monkeypatch.setattr(lm_use, "choose", recording_choose)
    steps = [ids for ids in lm_use.generate(lm, settings, length, prime, num_samples, seed)]
    return torch.tensor(steps).T, seen_logits  # (num_samples, length)


@pytest.fixture(params=["one block", "three blocks"])
def weight_blocks(request, monkeypatch):
    """Run the step runners with their weights whole, or split into three column blocks (what a
    three-thread CPU does with big models; the tests' models are small, so the minimum is lowered)."""
    from rnncli.models import rnn

    threads = torch.get_num_threads()
    if request.param == "three blocks":
        monkeypatch.setattr(rnn, "MIN_BLOCK", 16)
        torch.set_num_threads(3)
    else:
        torch.set_num_threads(1)
    yield request.param
    torch.set_num_threads(threads)


@pytest.mark.parametrize("blocks", [1, 2, 3, 4])
@pytest.mark.parametrize("batch", [1, 5])
def test_blocked_product_is_the_plain_product(blocks, batch):
    from rnncli.models.rnn import Product

    torch.manual_seed(0)
    w_t, x = torch.randn(40, 96), torch.randn(batch, 40)
    p = Product(w_t, blocks)
    assert p.blocks == blocks and torch.equal(p.weight_t, w_t)
    for bias in (torch.randn(96), torch.randn(batch, 96)):
        got = p(bias, x)
        assert got.shape == (batch, 96) and got.is_contiguous()
        assert torch.allclose(got, torch.addmm(bias, x, w_t), atol=1e-5, rtol=0)
        got.add_(1)  # a fresh tensor: writing to it leaves the weights and the bias alone
        assert torch.equal(p.weight_t, w_t)
    with pytest.raises(ValueError):
        Product(w_t, 5)


def test_split_count_follows_threads_and_width():
    from rnncli.models.rnn import split_count

    assert split_count(2048, threads=2) == 2
    assert split_count(2048, threads=1) == 1
    assert split_count(2048, threads=16) == 16  # blocks of 128 columns
    assert split_count(2048, threads=32) == 16  # no narrower than that
    assert split_count(65, threads=2) == 1  # a character vocabulary: too narrow to split
    assert split_count(4001, threads=2) == 1  # no equal split
    assert split_count(3000, threads=4) == 4 and split_count(3000, threads=7) == 6
    assert split_count(2048, device="meta", threads=2) == 1  # only CPUs split


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
@pytest.mark.parametrize("blocks", [1, 2, 3])
def test_step_runner_equals_the_fused_rnn(cell, blocks):
    """Token by token through the runner == nn.LSTM/GRU/RNN over the whole sequence, with and
    without an embedding table, for any split of the weights."""
    from rnncli.models.rnn import StepRunner, make_rnn

    torch.manual_seed(1)
    rnn = make_rnn(cell, 12, 24, 3, 0.0).eval()
    emb = torch.nn.Embedding(10, 12)
    tokens = torch.randint(0, 10, (4, 7))
    with torch.no_grad():
        ref, ref_state = rnn(emb(tokens))
    for with_table in (True, False):
        runner = StepRunner(rnn, emb if with_table else None, cell, blocks=blocks)
        assert runner.blocks == blocks
        runner.reset(4)
        with torch.no_grad():
            out = [
                runner.step(tokens[:, t]) if with_table else runner.step(x=emb(tokens[:, t]))
                for t in range(tokens.shape[1])
            ]
        assert torch.allclose(torch.stack(out, 1), ref, atol=1e-5, rtol=0)
        got_state = runner.get_state()
        for a, b in zip(got_state if cell == "lstm" else [got_state], ref_state if cell == "lstm" else [ref_state]):
            assert torch.allclose(a, b, atol=1e-5, rtol=0)
    with pytest.raises(ValueError):
        runner.step(tokens[:, 0])  # a runner without an embedding takes vectors


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
@pytest.mark.parametrize("tie", [False, True])
def test_sampling_probabilities_equal_the_fused_models(monkeypatch, weight_blocks, cell, tie):
    from rnncli import tokenizers
    from rnncli.lm.sampling import SamplingSettings
    from rnncli.lm.use import LoadedLM
    from rnncli.models.lm import LMConfig, RNNLanguageModel

    tok = tokenizers.CharTokenizer.train(["the quick brown fox jumps over the lazy dog\nTHE END.\n"])
    torch.manual_seed(3)
    model = RNNLanguageModel(
        LMConfig(vocab_size=tok.vocab_size, cell=cell, embed=16, hidden=48, layers=2, tie_weights=tie)
    ).eval()
    with torch.no_grad():  # larger weights than the initialisation, so that the states saturate somewhat
        for p in model.rnn.parameters():
            p.mul_(3)
    lm = LoadedLM(model, tok, Path("<test>"), {})
    assert model.stepper().runner.blocks == (3 if weight_blocks == "three blocks" else 1)
    prime = "the fox"
    length, n = 40, 3
    tokens, logits = _recording_generate(monkeypatch, lm, SamplingSettings(temperature=1.0), length, prime, n, seed=5)
    assert tokens.shape == (n, length) and len(logits) == length

    # The fused model over the prime and the generated tokens, all at once.
    start = torch.tensor(tok.encode(prime)).expand(n, -1)
    with torch.no_grad():
        ref, _ = model(torch.cat([start, tokens[:, :-1]], dim=1))
    ref = ref[:, start.shape[1] - 1 :]  # the positions that predict generated tokens
    banned = torch.tensor(tok.unused_ids())
    ref[:, :, banned] = float("-inf")  # byte fallbacks a character model never saw are never sampled
    got = torch.stack(logits, dim=1)  # (n, length, V)
    p_got, p_ref = torch.softmax(got, -1), torch.softmax(ref, -1)
    assert torch.allclose(p_got, p_ref, atol=1e-5, rtol=0), (p_got - p_ref).abs().max()
    assert (p_got[:, :, banned] == 0).all()
    # The samples of a batch are independent: they do not all follow one path.
    assert len({tuple(row.tolist()) for row in tokens}) > 1


def test_batched_greedy_sampling_equals_one_at_a_time(lm_ckpt):
    single = invoke(["sample", lm_ckpt, "--greedy", "--length", "60", "--prime", "The"])
    batch = invoke(["sample", lm_ckpt, "--greedy", "--length", "60", "--prime", "The", "--num-samples", "4"])
    assert single.exit_code == 0 and batch.exit_code == 0, (single.stderr, batch.stderr)
    blocks = batch.stdout.split("\n\n")
    assert len(blocks) == 4
    assert [b.rstrip("\n") for b in blocks] == [single.stdout.rstrip("\n")] * 4


def test_batched_sampling_runs_as_one_batch(monkeypatch, lm_ckpt):
    """--num-samples N advances one runner over a batch of N rows: one model step per token, not N."""
    from rnncli.models import lm as lm_module

    calls: list[int] = []
    real_step = lm_module.LMStepper.step

    def counting_step(self, tokens, record=False):
        calls.append(tokens.shape[0])
        return real_step(self, tokens, record)

    monkeypatch.setattr(lm_module.LMStepper, "step", counting_step)
    r = invoke(["sample", lm_ckpt, "--length", "25", "--num-samples", "5", "--seed", "2"])
    assert r.exit_code == 0, r.stderr
    assert len(r.stdout.split("\n\n")) == 5
    # the prime ("\n", one token) then one step per generated token but the last, each over 5 rows
    assert calls == [5] * 25
