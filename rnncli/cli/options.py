"""The options the training commands share, as typer annotations (each command adds its own defaults
from rnncli/settings.py). Choices are Literal types: ``--help`` lists them and typer rejects any
other value with one line (exit 2); counts that must be positive say so with ``min``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.common import complete_checkpoint
from rnncli.settings import Cell, LRSchedule, Optimizer, Precision

MODEL, OPT, RUN = "Model", "Optimisation", "Run"

CellOption = Annotated[Cell, typer.Option(help="Recurrent cell.", rich_help_panel=MODEL)]
EmbedOption = Annotated[int, typer.Option(min=1, help="Embedding size.", rich_help_panel=MODEL)]
OptimizerOption = Annotated[Optimizer, typer.Option(help="Optimizer.", rich_help_panel=OPT)]
LRScheduleOption = Annotated[
    LRSchedule,
    typer.Option(
        help="cosine or linear (decay to --lr-floor over the budget: steps, epochs or minutes), plateau (cut by "
        "--lr-decay when the validation loss stalls for --lr-patience evaluations) or constant.",
        rich_help_panel=OPT,
    ),
]
WarmupOption = Annotated[
    float, typer.Option(help="Share of the budget spent raising the rate linearly to --lr.", rich_help_panel=OPT)
]
LRFloorOption = Annotated[float, typer.Option(help="Lowest rate, as a share of --lr.", rich_help_panel=OPT)]
AnnealOption = Annotated[
    float,
    typer.Option(
        help="cosine/linear: the rate holds, then falls over this last share of the budget (1: over all of it).",
        rich_help_panel=OPT,
    ),
]
ClipOption = Annotated[float, typer.Option(help="Gradient-norm clipping (0: off).", rich_help_panel=OPT)]
TimeBudgetOption = Annotated[Optional[float], typer.Option(help="Stop after this many minutes.", rich_help_panel=RUN)]
SeedOption = Annotated[int, typer.Option(help="Random seed.", rich_help_panel=RUN)]
DeviceOption = Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.", rich_help_panel=RUN)]
PrecisionOption = Annotated[
    Precision,
    typer.Option(
        help="Mixed precision with autocast, fp32 master weights. auto: bf16 on a CPU with bfloat16 "
        "instructions, else fp32. fp16 needs CUDA and uses a gradient scaler.",
        rich_help_panel=RUN,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]


def max_steps_option(default: int):
    return Annotated[
        Optional[int],
        typer.Option(
            min=1,
            help=f"Stop after this many steps ({default} when neither --epochs nor --time-budget is given).",
            show_default=False,
            rich_help_panel=RUN,
        ),
    ]


SaveEveryOption = Annotated[
    Optional[int], typer.Option(help="Also save last.ckpt every N steps between evaluations.", rich_help_panel=RUN)
]
SaveEveryMinutesOption = Annotated[
    Optional[float], typer.Option(help="Also save last.ckpt every M minutes.", rich_help_panel=RUN)
]
LogEveryOption = Annotated[
    Optional[int],
    typer.Option(help="Without a terminal, log a line every N steps (default: every 30 s).", rich_help_panel=RUN),
]
LossEveryOption = Annotated[
    Optional[int],
    typer.Option(
        help="Read the training loss back from the device every N steps (default: every step on a CPU, "
        "every 16 on a GPU, so that the GPU is not kept waiting; a non-finite step is skipped meanwhile).",
        show_default=False,
        rich_help_panel=RUN,
    ),
]
TensorBoardOption = Annotated[
    bool,
    typer.Option(
        "--tensorboard",
        help="Also write the metrics as TensorBoard event files into the run directory (needs "
        "the tensorboard extra: pip install 'rnncli\\[tensorboard]').",
        rich_help_panel=RUN,
    ),
]  # \\[: not markup
DetectAnomalyOption = Annotated[
    bool,
    typer.Option(
        "--detect-anomaly", help="Debug NaNs: name the operation that produced one (slow).", rich_help_panel=RUN
    ),
]
EpochsOption = Annotated[Optional[float], typer.Option(help="Stop after this many epochs.", rich_help_panel=RUN)]
DropoutOption = Annotated[float, typer.Option(help="Dropout.", rich_help_panel=MODEL)]
LROption = Annotated[float, typer.Option(help="Learning rate.", rich_help_panel=OPT)]
LabelSmoothingOption = Annotated[float, typer.Option(help="Label smoothing.", rich_help_panel=OPT)]
ScheduleStepsOption = Annotated[
    Optional[int],
    typer.Option(
        min=1,
        help="Steps over which that probability falls (default: the step budget).",
        show_default=False,
        rich_help_panel=OPT,
    ),
]


def eval_every_option(what: str):
    return Annotated[int, typer.Option(min=1, help=f"{what} every N steps.", rich_help_panel=RUN)]


def patience_option(score: str):
    return Annotated[
        Optional[int],
        typer.Option(min=1, help=f"Stop after N evaluations without a better {score}.", rich_help_panel=RUN),
    ]


def out_option(kind: str):
    return Annotated[
        Optional[Path],
        typer.Option("--out", "-o", help=f"Run directory. Default: runs/{kind}-<time>.", rich_help_panel=RUN),
    ]


ResumeOption = Annotated[
    Optional[Path],
    typer.Option(help="Continue a run from its checkpoint.", autocompletion=complete_checkpoint, rich_help_panel=RUN),
]
