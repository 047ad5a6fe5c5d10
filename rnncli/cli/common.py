"""Console helpers of the command line: colour, log lines, the error line, shell completion of checkpoints,
the terminal's width, and telling a checkpoint argument from an input file."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Optional

from rnncli.errors import UsageError


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


def info(message: str) -> None:
    """A log line on stderr (data goes to stdout, everything else here)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


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


def aligned(rows: list[list[str]], right: set[int] = frozenset()) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return (
        "\n".join(
            "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
            for r in rows
        )
        + "\n"
    )
