"""What every training command does around its run: the progress display, config.toml written when the
run starts, TensorBoard, and the result's summary."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator, Optional


def steps_done(steps: int, start_step: int, seconds: float) -> str:
    """'2400 steps in 235 s', or for a resumed run 'step 2400 (400 steps in 39 s, resumed at step 2000)'."""
    if not start_step:
        return f"{steps} steps in {seconds:.0f} s"
    return f"step {steps} ({steps - start_step} steps in {seconds:.0f} s, resumed at step {start_step})"


@contextmanager
def tensorboard_callback(enabled: bool, opts: Any, display: Any) -> Iterator[Any]:
    """The training callback: the progress display, with TensorBoard logging in front of it when asked."""
    if not enabled:
        yield display
        return
    from rnncli.tensorboard_log import TensorBoardLog, check_available

    check_available()
    with TensorBoardLog(opts, then=display) as log:
        yield log


def run_training_command(
    train: Any,
    opts: Any,
    command: Any,
    log_every: Optional[int],
    tensorboard: bool,
    metric: str = "bits/token",
    display: Any = None,
):
    """What every training command (and ``rnncli.train_lm`` etc.) does around its task: show progress (a
    live display on a terminal, log lines otherwise, or ``display``: a context manager that takes the
    events, as a notebook's does), write config.toml when the run starts (the settings of ``command``, the
    click command), feed TensorBoard, and return the task's result."""
    from rnncli.cli.config import WriteOnStart
    from rnncli.cli.progress import TrainingDisplay

    with (
        display or TrainingDisplay(metric_name=metric, log_every=log_every) as display,
        tensorboard_callback(tensorboard, opts, display) as callback,
    ):
        return train(opts, WriteOnStart(opts, command, opts.command, callback))


def result_record(r: Any, *figures: str) -> dict:
    """A finished run for ``--json``: where it is, its steps and time, the task's ``figures``, its curve."""
    record = {"run_dir": str(r.run_dir), "best": str(r.best), "last": str(r.last), "steps": r.steps}
    return {**record, **{k: getattr(r, k) for k in figures}, "seconds": r.seconds, "curve": r.curve}
