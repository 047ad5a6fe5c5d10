"""Reading user files and writing outputs safely.

Every reader turns the usual mistakes (missing file, a directory, no permission, bytes that are not
UTF-8) into an :class:`InputError` with one clear line.  Every writer writes to a temporary file in
the destination directory and renames it into place, so a crash never leaves a half-written file and
never destroys the previous one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path
from typing import IO, Iterator

from rnncli.errors import InputError, OutputError


def open_binary(path: str | os.PathLike, what: str = "file") -> IO[bytes]:
    """Open a file for reading bytes; a missing, unreadable or directory path is one clear error."""
    p = Path(path)
    try:
        f = open(p, "rb")
    except FileNotFoundError:
        raise InputError(f"{what} not found: {p}", "check the path") from None
    except IsADirectoryError:
        raise InputError(f"{what} is a directory, not a file: {p}") from None
    except PermissionError:
        raise InputError(f"cannot read {what} {p}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {what} {p}: {e.strerror or e}") from None
    if os.path.isdir(p):  # some systems open directories for reading
        f.close()
        raise InputError(f"{what} is a directory, not a file: {p}")
    return f


def read_bytes(path: str | os.PathLike, what: str = "file") -> bytes:
    with open_binary(path, what) as f:
        try:
            return f.read()
        except OSError as e:
            raise InputError(f"cannot read {what} {path}: {e.strerror or e}") from None


def decode_utf8(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(
            f"{name} is not UTF-8 text (bad byte 0x{data[e.start]:02x} on line {line})",
            "convert it first, e.g. iconv -f latin1 -t utf-8",
        ) from None
    if "\x00" in text:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes), not text")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n")


def read_text(path: str | os.PathLike, what: str = "file") -> str:
    """Read a UTF-8 text file; ``-`` reads standard input."""
    if str(path) == "-":
        return decode_utf8(sys.stdin.buffer.read(), "standard input")
    return decode_utf8(read_bytes(path, what), f"{what} {path}")


def read_lines(path: str | os.PathLike, what: str = "file") -> list[str]:
    """Lines of a UTF-8 text file without their line endings (a final newline adds no empty line)."""
    text = read_text(path, what)
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def check_writable(path: str | os.PathLike, what: str = "output") -> Path:
    """Fail early, before any work, if ``path`` cannot be written."""
    p = Path(path)
    parent = p.parent if str(p.parent) else Path(".")
    if p.is_dir():
        raise OutputError(f"{what} path {p} is a directory", "give a file name")
    if not parent.exists():
        raise OutputError(
            f"cannot write {what} {p}: directory {parent} does not exist", "create it first or choose another path"
        )
    if not parent.is_dir():
        raise OutputError(f"cannot write {what} {p}: {parent} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {what} {p}: directory {parent} is not writable")
    if p.exists() and not os.access(p, os.W_OK):
        raise OutputError(f"cannot write {what} {p}: the existing file is read-only")
    return p


def ensure_dir(path: str | os.PathLike, what: str = "output directory") -> Path:
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise OutputError(f"{what} {p} exists and is not a directory")
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create {what} {p}: {e.strerror or e}") from None
    if not os.access(p, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write into {what} {p}: permission denied")
    return p


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb", what: str = "output") -> Iterator[IO]:
    """Write ``path`` via a temporary file in the same directory, fsync it, then rename it into place.

    If the body raises, the temporary file is removed and ``path`` is left exactly as it was.
    """
    p = check_writable(path, what)
    try:
        fd, tmp = _create_temp(p)
    except OSError as e:
        raise OutputError(f"cannot write {what} {p}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(p.parent)


def _create_temp(p: Path) -> tuple[int, Path]:
    """A new temporary file beside ``p``, ``.<name>.<random>.tmp``, created exclusively with mode 0666
    so that the umask sets its permissions as for any new file (mkstemp would make it private)."""
    while True:
        tmp = p.with_name(f".{p.name}.{secrets.token_hex(8)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


def _fsync_dir(d: Path) -> None:
    # Make the rename itself durable; not every platform lets a directory be opened.
    try:
        fd = os.open(d or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


REPO_DATA = Path(__file__).resolve().parent.parent / "data"


def bundled(*parts: str) -> Path:
    """A file of the data bundled with rnncli (in the source tree, or ./data when installed)."""
    for root in (REPO_DATA, Path.cwd() / "data"):
        p = root.joinpath(*parts)
        if p.exists():
            return p
    raise InputError(
        f"the bundled data file data/{'/'.join(parts)} was not found",
        "run from the rnncli source tree or give your own files",
    )
