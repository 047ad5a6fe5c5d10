"""The training engine with a task of its own: what a new kind of model gets by supplying only its
batches, loss, evaluation and checkpoint contents (train-lm and train-mt are tested through the CLI)."""

from __future__ import annotations

import contextlib
import json
from typing import Optional

import pytest
import torch

from rnncli import checkpoint
from rnncli import distributed as ddp
from rnncli.engine import Engine, Step, Task
from rnncli.errors import Interrupted
from rnncli.settings import TrainOptions


def Opts(**kw) -> TrainOptions:
    """The shared settings, with a toy run's rates and cadence (time_budget in minutes)."""
    toy = dict(lr=0.05, lr_schedule="constant", lr_patience=2, warmup=0.0, anneal=1.0, eval_every=5)
    return TrainOptions(**{**toy, **kw})


class Regression(Task):
    """Fit y = 3x - 1 with one linear unit; the score is the accuracy of the sign of y, higher better."""

    kind, command, best_key = "toy", "train-toy", "best_acc"
    score_key, score_name, higher_is_better = "acc", "accuracy", True

    def __init__(self, stop_after: Optional[int] = None, flat: bool = False):
        torch.manual_seed(0)
        self.model = torch.nn.Linear(1, 1)
        self.position = 0
        self.stop_after, self.flat = stop_after, flat
        self.evaluations = 0

    def batch_loss(self, net, step: int) -> Step:
        if self.stop_after is not None and step == self.stop_after:
            import signal

            signal.raise_signal(signal.SIGINT)  # Ctrl-C while this step runs
        g = torch.Generator().manual_seed(self.position)
        x = torch.randn(16, 1, generator=g)
        self.position += 1
        loss = torch.nn.functional.mse_loss(net(x), 3 * x - 1)
        return Step(loss, 16, {"position": self.position})

    def evaluate(self, final: bool) -> dict:
        self.evaluations += 1
        x = torch.linspace(-2, 2, 101)[:, None]
        with torch.no_grad():
            y = self.model(x)
            loss = torch.nn.functional.mse_loss(y, 3 * x - 1).item()
        acc = 0.5 if self.flat else ((y > 0) == (3 * x - 1 > 0)).float().mean().item()
        return {"val_loss": loss, "acc": acc}

    def payload(self) -> dict:
        return {"toy": True}

    def train_state(self) -> dict:
        return {"position": self.position}


def _engine(task, tmp_path, opts=None, total_steps=20, resume=None):
    held = contextlib.ExitStack()
    events = []
    eng = Engine(
        task,
        opts or Opts(),
        run_dir=tmp_path,
        device=torch.device("cpu"),
        dist=ddp.Dist(),
        total_steps=total_steps,
        emit=lambda e, d: events.append((e, d)),
        held=held,
        resume=resume,
    )
    return eng, events


def test_a_task_gets_evaluations_checkpoints_metrics_and_the_best_by_its_own_score(tmp_path):
    task = Regression()
    eng, events = _engine(task, tmp_path)
    r = eng.run()
    assert r.steps == 20 and [c["step"] for c in r.curve] == [5, 10, 15, 20]
    assert r.curve[-1]["val_loss"] < r.curve[0]["val_loss"]
    records = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert [x["step"] for x in records] == [5, 10, 15, 20]
    assert all("grad_norm" in x and "lr" in x and "position" in x for x in records)
    best = checkpoint.load(tmp_path / "best.ckpt")
    assert best["toy"] is True and best["train"]["best_acc"] == max(x["acc"] for x in records)
    assert best["metrics"]["acc"] == max(x["acc"] for x in records)
    last = checkpoint.load(tmp_path / "last.ckpt")
    assert last["train"]["step"] == 20 and last["train"]["position"] == 20
    steps = [d["step"] for e, d in events if e == "step"]
    assert steps == list(range(1, 21))


def test_patience_stops_a_run_whose_score_does_not_improve(tmp_path):
    eng, events = _engine(Regression(flat=True), tmp_path, Opts(patience=2), total_steps=100)
    r = eng.run()
    assert r.steps == 15  # the first evaluation sets the best, the next two do not beat it
    assert any(
        "stopping early: no better accuracy in 2 evaluations" in d.get("message", "") for e, d in events if e == "log"
    )


def test_an_interrupted_task_resumes_exactly(tmp_path):
    straight = tmp_path / "straight"
    straight.mkdir()
    eng, _ = _engine(Regression(), straight)
    eng.run()
    run = tmp_path / "run"
    run.mkdir()
    eng, _ = _engine(Regression(stop_after=11), run)
    with pytest.raises(Interrupted, match="interrupted at step 12"):
        eng.run()
    saved = checkpoint.load(run / "last.ckpt")
    assert saved["train"]["step"] == 12
    task = Regression()
    task.position = saved["train"]["position"]
    task.model.load_state_dict(saved["model"])
    eng, _ = _engine(task, run, resume=saved)
    eng.run()
    a, b = checkpoint.load(straight / "last.ckpt"), checkpoint.load(run / "last.ckpt")
    for k in a["model"]:
        torch.testing.assert_close(b["model"][k], a["model"][k])


def test_a_run_whose_budget_ends_between_evaluations_still_ends_with_one(tmp_path):
    # eval_every far beyond what a 0.5-second budget allows: the end of the budget evaluates anyway
    eng, _ = _engine(Regression(), tmp_path, Opts(time_budget=0.5 / 60, eval_every=10**9), total_steps=None)
    r = eng.run()
    assert r.steps > 0 and r.curve[-1]["step"] == r.steps
    assert checkpoint.load(tmp_path / "last.ckpt")["train"]["step"] == r.steps
