"""Checkpoint files: one self-contained, checksummed, safely loadable file per checkpoint.

Layout::

    RNNCLI-CKPT\\n
    {"format": 1, "kind": "lm", "rnncli": "0.1.0", "sha256": "...", "size": N}\\n
    <N bytes: a torch.save archive of plain containers and tensors>

* The JSON header is read first, so a checkpoint of the wrong kind or of a newer format is refused
  with a clear message before anything else is parsed.
* The SHA-256 of the payload detects truncated and bit-flipped files.
* The payload is read with ``torch.load(weights_only=True)``, which accepts tensors, numbers,
  strings, lists and dicts only and refuses any other pickled object, so a crafted checkpoint
  cannot run code.
* Files are written to a temporary file in the same directory, fsynced and renamed into place,
  so a crash mid-write leaves the previous checkpoint intact.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from typing import Any

from rnncli.errors import CheckpointError, OutputError
from rnncli.textio import atomic_write, read_bytes
from rnncli.version import __version__

MAGIC = b"RNNCLI-CKPT\n"
FORMAT_VERSION = 1
KINDS = {"lm": "language model", "mt": "translation model", "clf": "classifier", "caption": "captioner"}
KINDS["vqa"] = "question answerer"
# The first rnncli release able to read each format; used in the message refusing newer files.
_READER_FOR_FORMAT = {1: "0.1.0"}


def dumps(kind: str, payload: dict[str, Any]) -> bytes:
    import torch

    buf = io.BytesIO()
    torch.save(payload, buf)
    body = buf.getvalue()
    header = {
        "format": FORMAT_VERSION,
        "kind": kind,
        "rnncli": __version__,
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
        "summary": run_summary(payload),
    }
    return MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n" + body


def run_summary(payload: dict[str, Any]) -> dict[str, Any]:
    """What ``rnncli runs`` shows of a checkpoint (model, data, step, time trained), kept in the header so
    that it can be read without torch and without reading the weights."""
    train = payload.get("train") or {}
    opts = train.get("options") or {}
    if opts.get("corpus"):
        data = list(opts["corpus"])  # (none: the bundled corpus)
    elif "train" in opts:  # a classifier: its training file (none: the bundled data)
        data = [opts.get("train")]
    else:
        data = [opts.get("tsv")] if opts.get("tsv") else [opts.get("src"), opts.get("tgt")]
    config = payload.get("model_config")
    return {
        "model": {k: v for k, v in config.items() if isinstance(v, (int, float, str, bool))}
        if isinstance(config, dict)
        else None,
        "data": [str(d)[-200:] for d in data if d][:4],
        "step": train.get("step"),
        "elapsed": train.get("elapsed"),
        "metrics": _plain(payload.get("metrics")),
    }


def _plain(record: Any) -> dict:
    return {k: v for k, v in record.items() if isinstance(v, (int, float, bool))} if isinstance(record, dict) else {}


def save(path: str | os.PathLike, kind: str, payload: dict[str, Any]) -> None:
    data = dumps(kind, payload)
    existed = os.path.isfile(path)
    try:
        with atomic_write(path, "wb", what="checkpoint") as f:
            f.write(data)
    except OSError as e:  # a full disk or a quota, met while writing (the temporary file is gone again)
        kept = f"the previous {os.path.basename(path)} is kept" if existed else "no checkpoint was written"
        last = os.path.join(os.path.dirname(path), "last.ckpt")
        resume = f", then continue with --resume {last}" if os.path.isfile(last) else ""
        raise OutputError(
            f"cannot write checkpoint {path}: {e.strerror or e}; {kept}", f"free some space{resume}"
        ) from None


def read_header(data: bytes, name: str) -> tuple[dict, bytes]:
    if not data.startswith(MAGIC):
        if data[:2] == b"PK" or data[:1] == b"\x80":
            raise CheckpointError(
                f"{name} is a plain PyTorch file, not an rnncli checkpoint", "rnncli only reads checkpoints it wrote"
            )
        raise CheckpointError(f"{name} is not an rnncli checkpoint")
    end = data.find(b"\n", len(MAGIC))
    try:
        header = json.loads(data[len(MAGIC) : end].decode("ascii")) if end > 0 else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        header = None
    if not isinstance(header, dict) or not isinstance(header.get("format"), int):
        raise CheckpointError(f"{name} is corrupt (unreadable header)")
    fmt = header["format"]
    if fmt > FORMAT_VERSION:
        raise CheckpointError(
            f"{name} uses checkpoint format {fmt}, written by rnncli {header.get('rnncli', '?')}; "
            f"this rnncli {__version__} reads format {FORMAT_VERSION} and older",
            "upgrade rnncli",
        )
    body = data[end + 1 :]
    if len(body) != header.get("size") or hashlib.sha256(body).hexdigest() != header.get("sha256"):
        raise CheckpointError(f"{name} is corrupt (checksum mismatch: truncated or damaged file)")
    return header, body


def peek_kind(path: str | os.PathLike) -> str | None:
    """The kind named in a checkpoint's header, or None if the file is not a readable checkpoint."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if not head.startswith(MAGIC):
        return None
    end = head.find(b"\n", len(MAGIC))
    try:
        return json.loads(head[len(MAGIC) : end].decode("ascii")).get("kind")
    except (ValueError, UnicodeDecodeError, AttributeError):
        return None


def loads(data: bytes, name: str = "checkpoint", kind: str | None = None) -> dict[str, Any]:
    import pickle

    import torch

    header, body = read_header(data, name)
    if kind is not None and header.get("kind") != kind:
        got = KINDS.get(header.get("kind"), repr(header.get("kind")))
        raise CheckpointError(f"{name} is a {got} checkpoint, not a {KINDS[kind]} one")
    try:
        payload = torch.load(io.BytesIO(body), map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise CheckpointError(
            f"{name} was refused: it contains objects other than tensors and plain data, "
            f"which could run code ({first[:120]})"
        ) from None
    except Exception as e:  # torch raises RuntimeError etc. on malformed archives
        raise CheckpointError(f"{name} is corrupt ({type(e).__name__})") from None
    if not isinstance(payload, dict):
        raise CheckpointError(f"{name} is corrupt (payload is not a dictionary)")
    payload["_header"] = header
    return payload


def load(path: str | os.PathLike, kind: str | None = None) -> dict[str, Any]:
    return loads(read_bytes(path, "checkpoint"), f"checkpoint {path}", kind)
