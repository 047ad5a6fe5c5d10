"""Learning-rate schedules keyed on the budget, and the watch on the training loss."""

from __future__ import annotations

import json
import math

import pytest
import torch

from conftest import TINY, assert_clean_error, invoke
from rnncli.guards import LossWatch
from rnncli.optim import Budget, LRSchedule


def schedule(kind: str, **kw) -> LRSchedule:
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    return LRSchedule(opt, kind, **kw)


@pytest.mark.parametrize("kind", ["cosine", "linear"])
def test_decay_follows_the_share_of_the_budget_whatever_its_size(kind):
    for seconds in (240.0, 2400.0):  # a 4-minute and a 40-minute run
        budget = Budget(None, seconds)
        s = schedule(kind, warmup=0.1, floor=0.01)
        rates = []
        for share in (0.0, 0.05, 0.1, 0.3, 0.55, 0.8, 1.0):
            s.after_step(budget.progress(0, elapsed=share * seconds))
            rates.append(s.lr)
        assert rates[0] == pytest.approx(0.01)  # warm-up starts low ...
        assert rates[1] == pytest.approx(0.5, rel=1e-6)  # ... rises linearly ...
        assert rates[2] == pytest.approx(1.0)  # ... to the full rate
        assert rates[2:] == sorted(rates[2:], reverse=True)  # then only falls
        assert rates[-1] == pytest.approx(0.01)  # and ends annealed to the floor
        middle = 0.01 + 0.99 * (0.5 if kind == "cosine" else 0.5)
        assert rates[4] == pytest.approx(middle)  # halfway through the decay


def test_budget_progress_is_the_budget_furthest_along_and_a_resumed_run_spreads_the_rest():
    assert Budget(100, None).progress(25) == 0.25
    assert Budget(100, 60.0).progress(25, elapsed=30.0) == 0.5
    assert Budget(100, 600.0).progress(50, elapsed=30.0) == 0.5
    assert Budget(None, 60.0, start=0.5).progress(0, elapsed=30.0) == 0.75
    assert Budget(10, None).progress(20) == 1.0


def test_plateau_waits_for_its_patience_and_stops_at_the_floor():
    s = schedule("plateau", decay=0.5, patience=2, floor=0.2)
    s.after_step(0.5)
    assert not s.after_eval(2.0)
    assert not s.after_eval(2.1)  # one evaluation without improvement is noise
    assert s.after_eval(2.05) and s.lr == 0.5  # the second one lowers the rate
    for _ in range(10):
        s.after_eval(3.0)
    assert s.lr == pytest.approx(0.2)  # never below the floor


def test_loss_watch_names_a_spike_and_a_rise():
    w = LossWatch()
    messages = [w.observe(i, 2.0 + 0.01 * math.sin(i), 3e-3) for i in range(1, 200)]
    assert not any(messages)
    assert "loss spike at step 200: 4.000" in w.observe(200, 4.0, 3e-3)
    figures, rise = w.at_eval(200, 3e-3, val_loss=2.0)
    assert figures == {"loss_max": 4.0, "spikes": 1} and rise is None
    for i in range(201, 400):
        w.observe(i, 2.3, 3e-3)  # the average climbs, step after step, at the same rate
    figures, rise = w.at_eval(400, 3e-3, val_loss=2.2)
    assert figures["spikes"] == 0
    assert rise.startswith("training loss rose from") and "validation rose too" in rise


def test_time_budget_run_ends_annealed_and_records_the_watch(tmp_path, corpus_file):
    out = tmp_path / "run"
    r = invoke(
        ["train-lm", corpus_file, "--out", out, "--time-budget", "0.05", "--lr", "0.01", *TINY, "--eval-every", "1"]
    )
    assert r.exit_code == 0, r.stderr
    records = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    # The last steps ran near the floor (1% of --lr), not at the full rate of a 10,000-step schedule.
    assert records[-1]["lr"] <= 0.01 * 0.05
    assert all({"spikes", "loss_max"} <= set(rec) for rec in records[:-1])


def test_bad_schedule_options(corpus_file):
    for args, word in (
        (["--warmup", "1"], "--warmup"),
        (["--warmup", "nan"], "--warmup"),
        (["--lr-floor", "2"], "--lr-floor"),
        (["--lr-patience", "0"], "--lr-patience"),
        (["--lr-schedule", "step"], "--lr-schedule"),
    ):
        assert_clean_error(invoke(["train-lm", corpus_file, *TINY, *args]), 2, word)
