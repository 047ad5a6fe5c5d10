"""Shared pieces of the command line: the app, error handling, console output."""

from __future__ import annotations

import dataclasses
import errno
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Optional

import typer
from typer.core import TyperGroup

try:  # typer >= 0.29 vendors its own click; its exceptions are the ones raised
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover - older typer depends on click itself
    from click import exceptions as click_exc

from rnncli import __version__
from rnncli.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    EXIT_USAGE,
    OutputError,
    RnncliError,
    UsageError,
)


def complete_checkpoint(incomplete: str) -> list[str]:
    """Shell completion for a checkpoint argument: the ``*.ckpt`` files whose path starts with what was
    typed, looking up to three directories below it (``rnncli sample <TAB>`` offers runs/*/best.ckpt)."""
    base = os.path.dirname(incomplete)
    found: list[str] = []
    for here, dirs, files in os.walk(base or "."):
        depth = os.path.relpath(here, base or ".").count(os.sep) + (here != (base or "."))
        dirs[:] = [] if depth >= 3 else sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(here, name)
            path = path[2:] if not base and path.startswith("./") else path
            if name.endswith(".ckpt") and path.startswith(incomplete):
                found.append(path)
        if len(found) >= 200:
            break
    return found


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


def options_from(cls: type, given: dict[str, Any], minutes: tuple[str, ...] = ("time_budget",)) -> Any:
    """A training command's options object from its parameters (``locals()``): the options dataclass's
    fields, files as strings, minutes (``--time-budget``) as seconds; unset ones keep the dataclass's
    default, the one place defaults live (the commands' defaults are read from it too)."""
    names = {f.name for f in dataclasses.fields(cls)}
    kw: dict[str, Any] = {}
    for k, v in given.items():
        if k not in names or v is None:
            continue
        if isinstance(v, Path):
            v = str(v)
        elif isinstance(v, list):
            v = [str(x) for x in v]
        elif k in minutes:
            v = v * 60
        kw[k] = v
    return cls(**kw)


def check_log_every(log_every: Optional[int]) -> None:
    if log_every is not None and log_every < 1:
        raise UsageError(f"--log-every must be at least 1 (got {log_every})")


def debug_enabled() -> bool:
    return os.environ.get("RNNCLI_DEBUG", "") not in ("", "0")


def use_colour(stream=None) -> bool:
    stream = stream or sys.stderr
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def print_error(message: str) -> None:
    """One line on stderr: ``rnncli: error: ...``."""
    message = " ".join(str(message).split())  # never more than one line
    prefix = "\x1b[1;31merror:\x1b[0m" if use_colour() else "error:"
    sys.stderr.write(f"rnncli: {prefix} {message}\n")
    sys.stderr.flush()


def steps_done(steps: int, start_step: int, seconds: float) -> str:
    """'2400 steps in 235 s', or for a resumed run 'step 2400 (400 steps in 39 s, resumed at step 2000)'."""
    if not start_step:
        return f"{steps} steps in {seconds:.0f} s"
    return f"step {steps} ({steps - start_step} steps in {seconds:.0f} s, resumed at step {start_step})"


def info(message: str) -> None:
    """A log line on stderr (data goes to stdout, everything else here)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


class _ReaderGone(Exception):
    """stdout was closed by its reader. (click turns a BrokenPipeError into exit 1 on its own, so it is
    carried past click under another name.)"""


_WRITE_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


class RnncliGroup(TyperGroup):
    """Runs a command and turns user errors into one line on stderr and a documented exit code."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _reflow_help(self)

    def invoke(self, ctx: "typer.Context") -> Any:
        try:
            rv = super().invoke(ctx)
            sys.stdout.flush()  # a failed write shows here, not as a message at interpreter exit
            return rv
        except BrokenPipeError:
            raise _ReaderGone() from None
        except OSError as e:
            # Only write failures (a full disk behind `> file`, /dev/full, a quota): reading errors
            # are mapped where the files are opened.
            if e.errno not in _WRITE_ERRNOS:
                raise
            _silence_stdout()  # what is left in the buffer cannot be written either
            raise OutputError(f"cannot write the output: {e.strerror or e}") from None

    def list_commands(self, ctx: "typer.Context") -> list[str]:
        return list(self.commands)  # keep the order in which they are registered

    def main(
        self,
        args: Any = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            rv = super().main(
                args=args, prog_name=prog_name or "rnncli", complete_var=complete_var, standalone_mode=False, **extra
            )
        except RnncliError as e:
            if debug_enabled():
                raise
            if os.environ.get("RANK", "0") in ("", "0"):  # under torchrun, rank 0 speaks for all ranks
                print_error(str(e))
            code = e.exit_code
        except typer.Exit as e:
            code = e.exit_code
        except typer.Abort:
            print_error("interrupted")
            code = EXIT_INTERRUPTED
        except click_exc.NoArgsIsHelpError as e:
            e.show()
            code = EXIT_USAGE
        except click_exc.ClickException as e:
            # Usage errors: bad option value, missing argument, unknown option.
            msg = e.format_message()
            if isinstance(e, click_exc.UsageError) and e.ctx is not None:
                msg += f" (see '{e.ctx.command_path} --help')"
            print_error(msg)
            code = e.exit_code
        except OSError as e:  # writing help or a usage message, outside any command
            if isinstance(e, BrokenPipeError):
                _silence_stdout()
                code = EXIT_BROKEN_PIPE
            elif e.errno in _WRITE_ERRNOS:
                _silence_stdout()
                print_error(f"cannot write the output: {e.strerror or e}")
                code = EXIT_OUTPUT
            else:
                raise
        except _ReaderGone:
            # The reader went away (`rnncli sample | head -1`): stop without a word, and with the status
            # a shell gives a program killed by SIGPIPE, so `set -o pipefail` scripts can tell.
            _silence_stdout()
            code = EXIT_BROKEN_PIPE
        else:
            code = rv if isinstance(rv, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _reflow_help(command: Any) -> None:
    """Join the lines of each paragraph of a command's docstring (and its subcommands'), so that rich wraps
    the help to the terminal's width instead of also breaking it where the source lines end. Paragraphs
    that are laid out by hand (indented lines, lists) are kept as they are."""
    import inspect

    if command.help:
        paragraphs = inspect.cleandoc(command.help).split("\n\n")
        command.help = "\n\n".join(
            p if any(ln[:1] in (" ", "-", "*", "\b") for ln in p.splitlines()) else " ".join(p.split("\n"))
            for p in paragraphs
        )
    for sub in (getattr(command, "commands", None) or {}).values():
        _reflow_help(sub)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        # Under a test runner stdout may have no file descriptor; nothing to silence then.
        return


def _flags_take_no_value() -> None:
    """Typer's help shows a type after every option, so a flag reads ``--greedy <bool>`` as if it took a
    value; show nothing there for flags (``--help`` included)."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich
    if getattr(shown, "_rnncli", False):
        return

    def display_type_rich(self, ctx):
        return None if getattr(self, "is_flag", False) else shown(self, ctx)

    display_type_rich._rnncli = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_take_no_value()


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"rnncli {__version__}")
        raise typer.Exit()


def debug_callback(value: bool) -> None:
    if value:
        os.environ["RNNCLI_DEBUG"] = "1"


__all__ = ["RnncliGroup", "print_error", "info", "use_colour", "version_callback", "debug_callback", "EXIT_USAGE"]


def looks_like_text(path: Path) -> bool:
    """A lone argument to translate (activations, gradients) is taken as the input file when it cannot
    be a checkpoint. One that does not exist at all is an error here: it is not known which of the two
    was meant."""
    from rnncli.checkpoint import MAGIC
    from rnncli.errors import InputError

    if str(path) == "-":
        return True
    if not path.exists():
        raise InputError(f"not found: {path}", "give an existing checkpoint or input file")
    if path.suffix == ".ckpt" or not path.is_file():
        return False
    with open(path, "rb") as f:
        return not f.read(len(MAGIC)).startswith(MAGIC)


def terminal_width(width: Optional[int]) -> int:
    """``--width``, checked, or the terminal's width less one column."""
    if width is not None:
        if width < 10:
            raise UsageError(f"--width must be at least 10 (got {width})")
        return width
    return max(20, shutil.get_terminal_size((100, 24)).columns - 1)


def run_training_command(train: Any, opts: Any, ctx: Any, command: str, log_every: Optional[int], tensorboard: bool):
    """What every training command does around its task: check --log-every, show progress (a live display
    on a terminal, log lines otherwise), write config.toml when the run starts, feed TensorBoard, and
    return the task's result."""
    from rnncli.cli.config import WriteOnStart
    from rnncli.cli.progress import TrainingDisplay

    check_log_every(log_every)
    with (
        TrainingDisplay(metric_name="bits/token", log_every=log_every) as display,
        tensorboard_callback(tensorboard, opts, display) as callback,
    ):
        return train(opts, WriteOnStart(opts, ctx.command, command, callback))
