"""The training commands' options, made from their settings classes (rnncli/settings.py): one typer
option per field, with the field's help, panel, bounds, choices (Literal types: ``--help`` lists them
and typer rejects any other value with one line, exit 2) and the task's default. A training command
declares only what it does with the options once they are read (:func:`training_command`)."""

from __future__ import annotations

import dataclasses
import inspect
import typing
from pathlib import Path
from typing import Annotated, Any, Callable, List, Optional

import typer

from rnncli.cli.common import complete_checkpoint
from rnncli.cli.config import ConfigOption
from rnncli.settings import P_RUN, TrainOptions

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
LogEveryOption = Annotated[
    Optional[int],
    typer.Option(
        min=1, help="Without a terminal, log a line every N steps (default: every 30 s).", rich_help_panel=P_RUN
    ),
]
TensorBoardOption = Annotated[
    bool,
    typer.Option(
        "--tensorboard",
        help="Also write the metrics as TensorBoard event files into the run directory (needs "
        "the tensorboard extra: pip install 'rnncli\\[tensorboard]').",
        rich_help_panel=P_RUN,
    ),
]  # \\[: not markup
# What every training command takes besides its settings: how it reports, and where its settings come from.
_EXTRAS = {
    "log_every": (LogEveryOption, None),
    "tensorboard": (TensorBoardOption, False),
    "json_out": (JsonOption, False),
    "config": (ConfigOption, None),
}


def _cli_type(annotation: Any, meta: dict) -> Any:
    """The command line's type of a setting: files are Paths (lists of them for a list), the rest as
    the settings class has it."""
    if not meta["path"]:
        return annotation
    if typing.get_origin(annotation) is list:
        return Optional[List[Path]]
    return Optional[Path]


def _parameter(cls: type, f: dataclasses.Field, annotation: Any) -> inspect.Parameter:
    meta = f.metadata
    shown = meta["show_default"]
    if callable(shown):
        shown = shown(cls)
    kw: dict[str, Any] = {"help": meta["help"], "rich_help_panel": meta["panel"], "show_default": shown}
    if meta["checkpoint"]:
        kw["autocompletion"] = complete_checkpoint
    if meta["argument"]:
        info = typer.Argument(metavar=f.name.upper(), **kw)
    else:
        info = typer.Option(*meta["flags"], min=meta["min"], max=meta["max"], **kw)
    default = None if meta["path"] else (f.default if f.default is not dataclasses.MISSING else f.default_factory())
    cli_type = _cli_type(annotation, meta)
    return inspect.Parameter(
        f.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[cli_type, info]
    )


def command_parameters(cls: type) -> list[inspect.Parameter]:
    """The typer parameters of a training command: one per setting, then the extras and the context."""
    hints = typing.get_type_hints(cls)
    params = [_parameter(cls, f, hints[f.name]) for f in dataclasses.fields(cls)]
    params += [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        for name, (annotation, default) in _EXTRAS.items()
    ]
    params.append(inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=typer.Context))
    return params


def options_from(cls: type, values: dict[str, Any], ctx: Optional[typer.Context] = None) -> TrainOptions:
    """A training command's settings object from its parameters: files as strings, unset ones left at the
    class's default; the settings the user gave (on the command line or in a --config file) are recorded
    for the resume check."""
    names = {f.name for f in dataclasses.fields(cls)}
    kw: dict[str, Any] = {}
    for k, v in values.items():
        if k not in names or v is None:
            continue
        if isinstance(v, Path):
            v = str(v)
        elif isinstance(v, (list, tuple)):
            v = [str(x) for x in v]
        kw[k] = v
    opts = cls(**kw)
    if ctx is not None:
        user = ("COMMANDLINE", "ENVIRONMENT", "DEFAULT_MAP")
        opts.mark_given(n for n in names if getattr(ctx.get_parameter_source(n), "name", None) in user)
    return opts


def training_command(app: typer.Typer, cls: type, panel: str, help: str) -> Callable:
    """Register ``cls.command``: its options are ``cls``'s settings plus --log-every, --tensorboard,
    --json and --config; the decorated function gets the settings object, the context and the extras
    (``run(opts, ctx, log_every=, tensorboard=, json_out=)``)."""

    def register(run: Callable) -> Callable:
        def command(**values: Any) -> Any:
            ctx = values.pop("ctx")
            extras = {k: values.pop(k) for k in _EXTRAS if k != "config"}
            values.pop("config", None)
            return run(options_from(cls, values, ctx), ctx, **extras)

        params = command_parameters(cls)
        command.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        command.__annotations__ = {p.name: p.annotation for p in params}
        command.__name__ = run.__name__
        command.__doc__ = help
        app.command(cls.command, rich_help_panel=panel)(command)
        return run

    return register
