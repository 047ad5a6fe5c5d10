"""Training from Python: ``rnncli.train_lm(...)`` and the others take the training command's settings as
keyword arguments (the fields of its settings class, rnncli/settings.py) and run it exactly as the command
does (progress on stderr, config.toml, checkpoints, metrics.jsonl); :class:`Run` is the run they return."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, Optional

from rnncli.api.views import NotebookProgress, Picture, in_notebook, png_html


class Run:
    """A run directory: ``directory``, ``best`` and ``last`` (its checkpoints), ``metrics`` (the rows of
    metrics.jsonl, one per evaluation), ``result`` (what training returned: the best and final figures,
    steps, seconds; None for a run opened from its directory). In a notebook: its curves."""

    def __init__(self, directory: str | os.PathLike, result: Any = None):
        self.directory = Path(directory)
        self.result = result

    best = property(lambda self: self.directory / "best.ckpt")
    last = property(lambda self: self.directory / "last.ckpt")

    @property
    def metrics(self) -> list[dict]:
        from rnncli.inspect.curves import load_run

        return load_run(self.directory).records

    def __repr__(self) -> str:
        return f"<Run {self.directory}>"

    def load(self, device: str = "auto"):
        """The run's best model (``rnncli.load`` of its directory)."""
        from rnncli.api.loading import load

        return load(self.directory, device=device)

    def curves(self, x: str = "step") -> Picture:
        """Loss and bpc / BLEU against steps (or ``x="time"``), as ``rnncli plot -o`` draws them."""
        from rnncli.errors import UsageError
        from rnncli.inspect.curves import load_run
        from rnncli.inspect.figures import curves_figure, png_bytes

        if x not in ("step", "time"):
            raise UsageError(f"--x must be step or time (got {x!r})")
        return Picture(png_bytes(curves_figure([load_run(self.directory)], x)), f"curves of {self.directory}")

    def _repr_html_(self) -> str:
        rows = self.metrics
        last = ", ".join(f"{k} {v:.4g}" for k, v in rows[-1].items() if isinstance(v, float)) if rows else ""
        return f"<p><code>{self.directory}</code>: {len(rows)} evaluations; the last: {last}</p>" + png_html(
            self.curves().png, "curves"
        )


def _options(cls: type, settings: dict):
    from rnncli.cli.options import options_from
    from rnncli.errors import UsageError

    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(settings) - names)
    if unknown:
        raise UsageError(f"unknown setting {unknown[0]!r} for rnncli {cls.command}", "see its --help for the settings")
    bad = [k for k, v in settings.items() if v is None]
    if bad:
        raise UsageError(f"setting {bad[0]!r} is None: leave it out for its default")
    values = {k: ([os.fspath(x) for x in v] if isinstance(v, (list, tuple)) else v) for k, v in settings.items()}
    return options_from(cls, {k: os.fspath(v) if isinstance(v, os.PathLike) else v for k, v in values.items()})


def _train(kind: str, settings: dict, tensorboard: bool = False, log_every: Optional[int] = None) -> Run:
    """Run the training command of ``kind`` with ``settings`` (its command's run, around the task's own
    training function)."""
    import typer

    from rnncli.cli import app
    from rnncli.cli.lm import progress_metric
    from rnncli.cli.training import run_training_command

    cls, train = _task(kind)
    opts = _options(cls, settings)
    command = typer.main.get_command(app).commands[cls.command]
    metric = progress_metric(opts) if kind == "lm" else "bits/token"
    display = NotebookProgress(metric, log_every) if in_notebook() else None
    r = run_training_command(train, opts, command, log_every, tensorboard, metric, display)
    return Run(r.run_dir, r)


def _task(kind: str):
    from rnncli import settings as s

    if kind == "lm":
        from rnncli.lm.train import train_lm as train
    elif kind == "mt":
        from rnncli.mt.train import train_mt as train
    elif kind == "clf":
        from rnncli.clf.train import train_clf as train
    elif kind == "caption":
        from rnncli.caption.train import train_caption as train
    else:
        from rnncli.vqa.train import train_vqa as train
    classes = {"lm": s.TrainLMOptions, "mt": s.TrainMTOptions, "clf": s.TrainClfOptions}
    classes |= {"caption": s.TrainCaptionOptions, "vqa": s.TrainVQAOptions}
    return classes[kind], train


def train_lm(*, tensorboard: bool = False, log_every: Optional[int] = None, **settings) -> Run:
    """``rnncli train-lm``: a language model. ``settings`` are its options with ``_`` for ``-`` (``corpus``
    a list of files, ``max_steps``, ``hidden``, ``time_budget`` in minutes, ...); the others keep the
    command's defaults."""
    return _train("lm", settings, tensorboard, log_every)


def train_mt(*, tensorboard: bool = False, log_every: Optional[int] = None, **settings) -> Run:
    """``rnncli train-mt``: a translator (``src``, ``tgt``, ``dev_src``, ``dev_tgt``, ...)."""
    return _train("mt", settings, tensorboard, log_every)


def train_clf(*, tensorboard: bool = False, log_every: Optional[int] = None, **settings) -> Run:
    """``rnncli train-clf``: a classifier (``train``, a label<TAB>text file, ...)."""
    return _train("clf", settings, tensorboard, log_every)


def train_caption(*, tensorboard: bool = False, log_every: Optional[int] = None, **settings) -> Run:
    """``rnncli train-caption``: a captioner (``train``, an image<TAB>caption file, ...)."""
    return _train("caption", settings, tensorboard, log_every)


def train_vqa(*, tensorboard: bool = False, log_every: Optional[int] = None, **settings) -> Run:
    """``rnncli train-vqa``: a visual question answerer (``train``, an image<TAB>question<TAB>answer file, ...)."""
    return _train("vqa", settings, tensorboard, log_every)
