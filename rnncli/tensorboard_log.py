"""TensorBoard event files for a training run (the optional ``rnncli[tensorboard]`` extra).

:class:`TensorBoardLog` is a training callback, like the progress display: give it to ``train_lm`` or
``train_mt`` (the CLI does so for ``--tensorboard``). It writes into the run directory

* one scalar per number of every record that goes to ``metrics.jsonl``, under the record's own key
  (``train_loss``, ``val_loss``, ``val_bpc``, ``bleu``, ``lr``, ``tokens_per_s``, ...; any number added to
  the records later comes along), at the record's step;
* the run's settings, once, as a text table (``settings``).

TensorBoard reads every event file of a directory, so a resumed run's files join the earlier ones.
"""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any, Optional

from rnncli.errors import UsageError

# Record fields that are not curves: the x axis itself and flags.
NOT_SCALARS = ("step",)


def check_available() -> None:
    """Fail early, before any work, when the extra is not installed."""
    try:
        import tensorboard  # noqa: F401
        from torch.utils.tensorboard import SummaryWriter  # noqa: F401
    except ImportError:
        raise UsageError(
            "--tensorboard needs the tensorboard package, which is not installed", "pip install 'rnncli[tensorboard]'"
        ) from None


def scalars(record: dict) -> dict[str, float]:
    """The numbers of a metrics record, as TensorBoard gets them."""
    return {
        k: float(v)
        for k, v in record.items()
        if k not in NOT_SCALARS and isinstance(v, (int, float)) and not isinstance(v, bool)
    }


class TensorBoardLog:
    """A training callback writing TensorBoard event files into the run directory."""

    def __init__(self, settings: Any, then: Optional[Any] = None):
        self.settings = settings  # the run's options: a dataclass (read at the start) or a dict
        self.then = then  # the next callback (the progress display)
        self.writer = None
        self.steps: set[int] = set()

    def __call__(self, event: str, data: dict) -> None:
        if event == "start":
            self._open(Path(data["run_dir"]))
        elif event == "eval" and self.writer is not None:
            self._write({k: v for k, v in data.items() if k != "lr_lowered"})
        elif event == "end" and self.writer is not None:
            for record in data.get("curve") or []:  # a record made without an evaluation event
                if record.get("step") not in self.steps:
                    self._write(record)
            self.close()
        if self.then is not None:
            self.then(event, data)

    def _open(self, run_dir: Path) -> None:
        from torch.utils.tensorboard import SummaryWriter

        self.writer = SummaryWriter(log_dir=str(run_dir), flush_secs=30)
        settings = asdict(self.settings) if is_dataclass(self.settings) else dict(self.settings)
        rows = "\n".join(f"| {k} | `{json.dumps(v, default=str)}` |" for k, v in sorted(settings.items()))
        self.writer.add_text("settings", "| setting | value |\n| --- | --- |\n" + rows, global_step=0)

    def _write(self, record: dict) -> None:
        step = int(record["step"])
        for tag, value in scalars(record).items():
            self.writer.add_scalar(tag, value, global_step=step)
        self.steps.add(step)
        self.writer.flush()  # followed live: each evaluation shows up at once

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def __enter__(self) -> "TensorBoardLog":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
