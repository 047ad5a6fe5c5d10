"""Reading the training loss back from the device every N steps instead of every step.

On a GPU, ``loss.item()`` every step makes the host wait for the device; ``--loss-every N`` (16 by
default there) keeps the losses on the device and reads them N at a time, skipping on the device any
step whose loss or gradients are not finite. These tests run it on the CPU (where the default is
every step) and check that only *when* the losses are read changes: the same steps, losses,
evaluations and weights, and a NaN is still caught, named by its step, before it reaches a
checkpoint.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch

from conftest import ADAM, MT_TINY, TINY, assert_clean_error, invoke
from rnncli import checkpoint


def _records(run: Path) -> list[dict]:
    drop = {"time", "tokens_per_s"}
    return [
        {k: v for k, v in json.loads(line).items() if k not in drop}
        for line in (run / "metrics.jsonl").read_text().splitlines()
    ]


def _same_weights(a: Path, b: Path) -> None:
    wa, wb = checkpoint.load(a)["model"], checkpoint.load(b)["model"]
    assert wa.keys() == wb.keys()
    for k in wa:
        assert torch.equal(wa[k], wb[k]), k


@pytest.mark.parametrize("clip", ["1.0", "0"])
def test_lm_reading_the_loss_later_changes_nothing_but_when(tmp_path, corpus_file, clip):
    runs = {}
    for n in ("1", "4"):
        out = tmp_path / f"every{n}"
        r = invoke(
            [
                "train-lm",
                corpus_file,
                "--out",
                out,
                "--max-steps",
                "14",
                *TINY,
                "--eval-every",
                "7",
                "--save-every",
                "3",
                *ADAM,
                "--clip",
                clip,
                "--loss-every",
                n,
                "--json",
            ]
        )
        assert r.exit_code == 0, r.stderr
        runs[n] = out
    assert _records(runs["1"]) == _records(runs["4"])  # same evaluations, same running train loss
    for name in ("best.ckpt", "last.ckpt"):
        _same_weights(runs["1"] / name, runs["4"] / name)


def test_lm_step_events_arrive_for_every_step_in_order(tmp_path, corpus_file):
    from rnncli.lm.train import TrainLMOptions, train_lm

    seen = {}
    for n in (1, 5):
        events = []
        opts = TrainLMOptions(
            corpus=[str(corpus_file)],
            out=str(tmp_path / f"r{n}"),
            hidden=32,
            embed=16,
            layers=1,
            seq_len=32,
            batch_size=8,
            max_steps=12,
            eval_every=6,
            loss_every=n,
            optimizer="adam",
            lr=3e-3,
            clip=1.0,
        )
        train_lm(opts, lambda e, d: events.append((e, d)))
        steps = [(d["step"], d["loss"]) for e, d in events if e == "step"]
        assert [s for s, _ in steps] == list(range(1, 13))
        # every step is reported before the evaluation that follows it
        order = [(e, d["step"]) for e, d in events if e in ("step", "eval")]
        assert order.index(("eval", 6)) == order.index(("step", 6)) + 1
        seen[n] = steps
    assert seen[1] == seen[5]


def test_lm_nan_is_caught_and_named_with_deferred_reading(tmp_path, corpus_file):
    errors = {}
    for n in ("1", "4"):
        out = tmp_path / f"every{n}"
        # (a constant rate: the error names the rate "now", which a decaying schedule moves on while
        # losses wait on the device)
        r = invoke(
            [
                "train-lm",
                corpus_file,
                "--out",
                out,
                "--max-steps",
                "6",
                *TINY,
                "--eval-every",
                "6",
                *ADAM,
                "--lr-schedule",
                "constant",
            ]
        )
        assert r.exit_code == 0, r.stderr
        best = (out / "best.ckpt").read_bytes()
        # Adam at the largest rate float32 holds: the first step throws the weights to ~3e38, the next
        # loss overflows. Read every step, the run stops before that step's update; read 4 at a time,
        # that step (and any after it) is skipped on the device and the run stops at the read.
        r = invoke(
            [
                "train-lm",
                "--resume",
                out / "last.ckpt",
                "--max-steps",
                "40",
                "--lr",
                "3e38",
                "--clip",
                "0",
                "--loss-every",
                n,
            ]
        )
        assert_clean_error(r, 1, "lower --lr", "last good")
        assert f"--loss-every unset -> {n}" in r.stderr  # the change is reported on resume
        errors[n] = [line.replace(str(out), "RUN") for line in r.stderr.splitlines() if "error" in line]
        assert (out / "best.ckpt").read_bytes() == best
        last = checkpoint.load(out / "last.ckpt")
        assert all(torch.isfinite(t).all() for t in last["model"].values())
    assert len(errors["1"]) == 1 and "the loss became" in errors["1"][0] and "at step 8" in errors["1"][0], errors
    assert errors["1"] == errors["4"]


def test_mt_reading_the_loss_later_changes_nothing_but_when(tmp_path, parallel_dir):
    d = parallel_dir
    runs = {}
    for n in ("1", "3"):
        out = tmp_path / f"every{n}"
        r = invoke(
            [
                "train-mt",
                "--src",
                d / "train.src",
                "--tgt",
                d / "train.tgt",
                "--dev-src",
                d / "dev.src",
                "--dev-tgt",
                d / "dev.tgt",
                "--out",
                out,
                "--max-steps",
                "10",
                *MT_TINY,
                "--eval-every",
                "5",
                "--loss-every",
                n,
            ]
        )
        assert r.exit_code == 0, r.stderr
        runs[n] = out
    assert _records(runs["1"]) == _records(runs["3"])
    _same_weights(runs["1"] / "last.ckpt", runs["3"] / "last.ckpt")


def test_loss_every_must_be_positive(corpus_file, parallel_dir):
    assert_clean_error(invoke(["train-lm", corpus_file, *TINY, "--loss-every", "0"]), 2, "--loss-every")
    d = parallel_dir
    assert_clean_error(
        invoke(["train-mt", "--src", d / "train.src", "--tgt", d / "train.tgt", "--loss-every", "-1"]),
        2,
        "--loss-every",
    )


def test_readback_defaults_and_fallbacks():
    from rnncli.guards import LossReadback

    p = torch.nn.Parameter(torch.ones(3))
    fused = torch.optim.Adam([p], fused=True)
    plain = torch.optim.SGD([p], lr=0.1)
    assert LossReadback(torch.device("cpu"), fused, False).every == 1
    assert LossReadback(torch.device("cuda"), fused, False).every == LossReadback.GPU_EVERY
    assert LossReadback(torch.device("cuda"), fused, True).every == 1  # torchrun reduces the loss every step
    assert LossReadback(torch.device("cuda"), plain, False).every == 1  # cannot skip a step on the device
    assert LossReadback(torch.device("cpu"), fused, False, every=8).every == 8


def test_a_non_finite_step_is_skipped_on_the_device():
    from rnncli.guards import LossReadback

    p = torch.nn.Parameter(torch.ones(3))
    opt = torch.optim.Adam([p], lr=0.1, fused=True)
    rb = LossReadback(torch.device("cpu"), opt, False, every=3)
    for loss, grad in ((1.5, [1.0, 1.0, 1.0]), (math.nan, [math.nan, 1.0, 1.0]), (2.5, [1.0, -1.0, 1.0])):
        p.grad = torch.tensor(grad)
        before = p.detach().clone()
        with rb.guarded(opt, torch.tensor(loss), torch.linalg.vector_norm(p.grad)):
            opt.step()
        assert not hasattr(opt, "found_inf")
        assert torch.equal(p.detach(), before) == math.isnan(loss)  # the NaN step changed nothing
    assert rb.due()
    values = rb.read()
    assert values[0] == 1.5 and math.isnan(values[1]) and values[2] == 2.5
    assert rb.read() == [] and not rb.due()
    assert opt.state[p]["step"].item() == 2  # the skipped step was not counted
