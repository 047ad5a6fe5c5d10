"""Rendering training progress on stderr: a rich progress bar on a terminal, plain log lines
otherwise (CI logs, files, pipes), so nothing animated ends up where it cannot be animated."""

from __future__ import annotations

import sys
import time
from typing import Optional

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from rnncli.cli.common import use_colour


def _fmt(v, spec: str = ".3f") -> str:
    return "-" if v is None else format(v, spec)


class _MetricsColumn(ProgressColumn):
    def __init__(self, metric_name: str):
        super().__init__()
        self.metric_name = metric_name

    def render(self, task: Task) -> Text:
        f = task.fields
        parts = [f"loss {_fmt(f.get('loss'))}"]
        if f.get("val_loss") is not None:
            parts.append(f"val {_fmt(f.get('val_loss'))}")
            parts.append(f"{self.metric_name} {_fmt(f.get('val_bits'))}")
        if f.get("bleu") is not None:
            parts.append(f"BLEU {_fmt(f.get('bleu'), '.2f')}")
        if f.get("accuracy") is not None:
            parts.append(f"acc {_fmt(f.get('accuracy'), '.2%')}")
        parts.append(f"{_fmt(f.get('tps'), ',.0f')} tok/s")
        return Text("  ".join(parts), style="cyan")


class TrainingDisplay:
    """A callback for the training workflows (``display(event, data)``)."""

    def __init__(self, console: Optional[Console] = None, metric_name: str = "bpc", log_every: Optional[int] = None):
        self.log_every = log_every  # without a terminal: a step line every N steps (default: every 30 s)
        self.console = console or Console(stderr=True, no_color=not use_colour(), highlight=False)
        self.live = self.console.is_terminal
        self.metric_name = metric_name
        self.progress: Optional[Progress] = None
        self.task = None
        self.total = None
        self.last_log = time.monotonic()  # the first heartbeat line comes 30 s in, not at once
        self.prep: Optional[Progress] = None  # reading / encoding a corpus
        self.prep_task: Optional[str] = None

    def __call__(self, event: str, data: dict) -> None:
        getattr(self, f"on_{event}", self.on_other)(data)

    def log(self, message: str) -> None:
        if self.progress is not None:
            self.progress.console.print(message, highlight=False, soft_wrap=True)
        else:
            self.console.print(message, highlight=False, soft_wrap=True)

    def on_log(self, d: dict) -> None:
        self.log(d["message"])

    def on_other(self, d: dict) -> None:
        pass

    def on_progress(self, d: dict) -> None:
        """Reading or encoding a corpus (bytes done of total): a bar on a terminal that goes away when
        done; otherwise a line every 30 s, so that a long encoding shows signs of life in a log."""
        task, done, total = d["task"], d["done"], d["total"]
        if not self.live:
            if time.monotonic() - self.last_log > 30 and done < total:
                self.last_log = time.monotonic()
                self.console.print(f"{task}: {100 * done / max(total, 1):.0f}%", highlight=False, soft_wrap=True)
            return
        if self.prep is None or self.prep_task != task:
            self._end_prep()
            self.prep = Progress(
                TextColumn(task),
                BarColumn(bar_width=24),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self.prep.start()
            self.prep.add_task(task, total=total)
            self.prep_task = task
        self.prep.update(self.prep.task_ids[0], completed=done)
        if done >= total:
            self._end_prep()

    def _end_prep(self) -> None:
        if self.prep is not None:
            self.prep.stop()
            self.prep, self.prep_task = None, None

    def on_start(self, d: dict) -> None:
        cfg = d.get("config", {})
        arch = ""
        if cfg:
            arch = f"{cfg.get('layers')}x{cfg.get('hidden')} {cfg.get('cell', '').upper()}, "
            if cfg.get("bidirectional") and "pool" in cfg:
                arch = (
                    f"{cfg.get('layers')}x{cfg.get('hidden')} bi{cfg.get('cell', '').upper()}, {cfg['pool']} pooling, "
                )
            if "hops" in cfg:  # a question answerer: its image encoder and grid, the question's RNN, attention
                arch = f"{cfg['cnn']} CNN ({d.get('grid', '?')} grid), {arch[:-2]} question, {cfg['hops']} hops, "
            elif "cnn" in cfg:  # a captioner: its image encoder and grid, then the decoder
                arch = f"{cfg['cnn']} CNN ({d.get('grid', '?')} grid), {arch[:-2]} decoder, "
        self.log(
            f"run {d['run_dir']}: {arch}{d['params']:,} parameters, {d['tokens']:,} training tokens, "
            f"{d.get('tokenizer', '')}, device {d['device']}{_precision(d)}"
        )
        self.total = d.get("total_steps")
        self.last_log = time.monotonic()  # heartbeats count from the start of training, not of reading
        if self.live:
            self.progress = Progress(
                TextColumn("[bold]step"),
                MofNCompleteColumn(),
                BarColumn(bar_width=24),
                _MetricsColumn(self.metric_name),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            self.progress.start()
            self.task = self.progress.add_task(
                "train", total=self.total, completed=d.get("step", 0), loss=None, val_loss=None, val_bits=None, tps=None
            )

    def on_step(self, d: dict) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=d["step"], loss=d["loss_avg"], tps=d["tokens_per_s"])
        elif d["step"] % self.log_every == 0 if self.log_every else time.monotonic() - self.last_log > 30:
            # Without a terminal: a heartbeat line every 30 s (or --log-every steps) between evaluations.
            self.last_log = time.monotonic()
            total = f"/{self.total}" if self.total else ""
            self.console.print(
                f"step {d['step']}{total}  loss {d['loss_avg']:.3f}  {d['tokens_per_s']:,.0f} tok/s",
                highlight=False,
                soft_wrap=True,
            )

    def on_eval(self, d: dict) -> None:
        bits = d.get("val_bpc")
        if self.progress is not None:
            self.progress.update(
                self.task, val_loss=d.get("val_loss"), val_bits=bits, bleu=d.get("bleu"), accuracy=d.get("accuracy")
            )
        total = f"/{self.total}" if self.total else ""
        msg = (
            f"step {d['step']}{total}  train {_fmt(d.get('train_loss'))}  val {_fmt(d.get('val_loss'))}  "
            + (f"{self.metric_name} {_fmt(bits)}  " if bits is not None else "")
            + (f"BLEU {d['bleu']:.2f}  " if d.get("bleu") is not None else "")
            + (f"CIDEr-D {d['cider']:.2f}  " if d.get("cider") is not None else "")
            + (f"acc {d['accuracy']:.2%}  " if d.get("accuracy") is not None else "")
            + (f"F1 {d['macro_f1']:.3f}  " if d.get("macro_f1") is not None else "")
            + f"lr {d['lr']:.2e}  {_fmt(d.get('tokens_per_s'), ',.0f')} tok/s"
            + ("  *best" if d.get("best") else "")
            + ("  (lr lowered)" if d.get("lr_lowered") else "")
        )
        if self.progress is None:
            self.last_log = time.monotonic()
        self.log(msg)

    def close(self) -> None:
        self._end_prep()
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def __enter__(self) -> "TrainingDisplay":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _precision(d: dict) -> str:
    p = d.get("precision")
    if not p or p == "fp32":
        return ""
    return f", {p}" + (f" ({d['precision_why']})" if d.get("precision_why") else "")
