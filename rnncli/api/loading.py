"""``rnncli.load``: a checkpoint (or a run directory) as the object of its kind."""

from __future__ import annotations

import os
from typing import Optional

from rnncli.api.clf import Classifier
from rnncli.api.lm import LanguageModel
from rnncli.api.mt import Translator
from rnncli.api.vision import Captioner, QuestionAnswerer

CLASSES = {c.kind: c for c in (LanguageModel, Translator, Classifier, Captioner, QuestionAnswerer)}


def _loader(kind: str):
    """The loader the commands of ``kind`` use."""
    if kind == "lm":
        from rnncli.lm.use import load_lm as loader
    elif kind == "mt":
        from rnncli.mt.use import load_mt as loader
    elif kind == "clf":
        from rnncli.clf.use import load_classifier as loader
    elif kind == "caption":
        from rnncli.caption.use import load_captioner as loader
    else:
        from rnncli.vqa.use import load_vqa as loader
    return loader


def load(path: Optional[str | os.PathLike] = None, *, kind: Optional[str] = None, device: str = "auto"):
    """The model in a checkpoint, or in a run directory (its best.ckpt, else its last.ckpt), as a
    :class:`LanguageModel`, :class:`Translator`, :class:`Classifier`, :class:`Captioner` or
    :class:`QuestionAnswerer`, whichever it holds. With ``kind`` ("lm", "mt", "clf", "caption", "vqa") the
    checkpoint must be of that kind, and without ``path`` the newest one under ./runs is loaded, as the
    commands do. A checkpoint that cannot be loaded raises the error the command prints."""
    from rnncli import checkpoint
    from rnncli.errors import CheckpointError, UsageError
    from rnncli.rundir import find_checkpoint

    if kind is not None and kind not in CLASSES:
        raise UsageError(f"unknown kind {kind!r}; choose one of {', '.join(CLASSES)}")
    if kind is None:
        if path is None:
            raise UsageError("give a checkpoint or a run directory", "or kind=... to load the newest one under ./runs")
        p = find_checkpoint(os.fspath(path))
        kind = checkpoint.peek_kind(p)
        if kind not in CLASSES:
            checkpoint.load(p)  # the command's error: missing, not a checkpoint, corrupt
            raise CheckpointError(f"checkpoint {p} holds an unknown kind of model ({kind!r})")
        path = p
    loaded = _loader(kind)(os.fspath(path) if path is not None else None, device)
    return CLASSES[kind](loaded)
