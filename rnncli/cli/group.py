"""The command group every rnncli command runs in: user errors become one line on stderr and a documented
exit code, a closed pipe ends quietly, help is reflowed to the terminal, and flags show no value type."""

from __future__ import annotations

import errno
import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

try:  # typer >= 0.29 vendors its own click; its exceptions are the ones raised
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover - older typer depends on click itself
    from click import exceptions as click_exc

from rnncli.cli.common import debug_enabled, print_error
from rnncli.errors import EXIT_BROKEN_PIPE, EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_USAGE, OutputError, RnncliError
from rnncli.version import __version__

__all__ = ["RnncliGroup", "version_callback", "debug_callback", "EXIT_USAGE"]


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
