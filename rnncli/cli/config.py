"""Settings files for the training commands: every run writes its resolved settings to ``config.toml``
in its run directory, and ``--config FILE.toml`` reads a training command's options from such a file.

The keys are the command's option names with ``_`` for ``-`` (``hidden``, ``lr_schedule``, ``time_budget``
in minutes, ``corpus`` a list of files), in the units the command line uses; options given on the
command line win over the file. A key the command does not have is one error line naming it (exit 2).
"""

from __future__ import annotations

import math
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from rnncli.errors import InputError, OutputError, UsageError
from rnncli.textio import atomic_write, read_bytes

FILE = "config.toml"
# Settings a run writes but that a file cannot set: where the run is, and what it continues.
_NOT_SETTINGS = ("out", "resume", "config", "json_out")


def read(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(read_bytes(path, "settings file").decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"settings file {path} is not UTF-8") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"settings file {path} is not valid TOML: {e}") from None


def load_callback(ctx: typer.Context, param: typer.CallbackParam, value: Optional[Path]) -> Optional[Path]:
    """``--config``: read the file before the other options and make its values their defaults, so that
    an option given on the command line still wins (the context's ``default_map``)."""
    if value is None or ctx.resilient_parsing:
        return value
    settings = read(Path(value))
    allowed = {p.name for p in ctx.command.params} - set(_NOT_SETTINGS)
    for key, v in settings.items():
        if key not in allowed:
            hint = f"--{key.replace('_', '-')}" if isinstance(key, str) else repr(key)
            raise UsageError(
                f"{value}: unknown setting {key!r} for rnncli {ctx.info_name} ({hint} is not one of its options)"
            )
        if isinstance(v, dict):
            raise UsageError(f"{value}: setting {key!r} is a table; write it as key = value")
    ctx.default_map = {**(ctx.default_map or {}), **settings}
    return value


ConfigOption = Annotated[
    Optional[Path],
    typer.Option(
        "--config",
        is_eager=True,
        callback=load_callback,
        show_default=False,
        metavar="FILE.toml",
        help="Read options from a settings file, such as a run's config.toml (TOML: option = value, with _ for -, "
        "--time-budget in minutes). Options given on the command line win.",
    ),
]


def _toml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v) if math.isfinite(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else "nan"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    s = str(v)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def _is_path(param: Any) -> bool:
    """Whether a command's parameter takes files (Path, list[Path], Optional[Path])."""
    ann = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if ann is None:
        return getattr(getattr(param, "type", None), "name", "") == "path"
    return ann is Path or Path in getattr(ann, "__args__", ())


def settings_of(opts: Any, command: Any) -> dict[str, Any]:
    """A run's resolved settings as ``--config`` reads them: the options of ``command`` that the options
    object holds, files as absolute paths, unset ones left out."""
    params = {p.name: p for p in command.params if p.name not in _NOT_SETTINGS}
    out = {}
    for k, v in asdict(opts).items():
        if k not in params or v is None:
            continue
        if _is_path(params[k]):  # absolute: the file works from any directory
            v = [str(Path(x).absolute()) for x in v] if isinstance(v, (list, tuple)) else str(Path(v).absolute())
        out[k] = v
    return out


def write(run_dir: Path, settings: dict[str, Any], command: str) -> Path:
    lines = [f"# rnncli {command}: the settings of this run (rnncli {command} --config {FILE} repeats it)"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in settings.items()]
    path = Path(run_dir) / FILE
    try:
        with atomic_write(path, "w", what="settings file") as f:
            f.write("\n".join(lines) + "\n")
    except OSError as e:  # a full disk or a quota: the run has written nothing yet
        raise OutputError(f"cannot write {path}: {e.strerror or e}; nothing was written", "free some space") from None
    return path


class WriteOnStart:
    """The training callback that writes ``config.toml`` into the run directory when the run starts (on
    rank 0: only it gets events), then hands every event on."""

    def __init__(self, opts: Any, command: Any, name: str, then):
        self.opts, self.command, self.name, self.then = opts, command, name, then

    def __call__(self, event: str, data: dict) -> None:
        if event == "start" and data.get("run_dir"):
            write(Path(data["run_dir"]), settings_of(self.opts, self.command), self.name)
        self.then(event, data)
