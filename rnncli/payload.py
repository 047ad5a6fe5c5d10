"""What a checkpoint holds besides its weights and training state, one schema per kind of model.

Training writes it (``Task.payload``), a resumed run reads its vocabularies back from it
(``Trainer.vocabulary_from``) and the commands that use a model load it (each task's ``use.py``), all
through the same class: the model's configuration (``model_config``), the vocabularies (stored as
their state, read back with their class) and the task's own entries. A checkpoint that lacks an entry
or holds one of the wrong type is a :class:`CheckpointError` naming the file, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Callable, ClassVar, Optional

from rnncli.errors import CheckpointError, UsageError


@dataclass
class Payload:
    """A kind's payload. Subclasses set ``kind``, ``config_class`` (from_dict/to_dict), ``model_class``
    (built from a configuration), ``vocabularies`` (field name -> the function that reads a state back)
    and ``casts`` (field name -> a plain type to read it as), and add their fields after ``config``."""

    kind: ClassVar[str]
    config_class: ClassVar[Any]
    model_class: ClassVar[Any]
    vocabularies: ClassVar[dict[str, Callable[[dict], Any]]] = {}
    casts: ClassVar[dict[str, Callable[[Any], Any]]] = {}
    config: Any

    def to_dict(self) -> dict:
        out = {"model_config": self.config.to_dict()}
        for f in fields(self)[1:]:
            value = getattr(self, f.name)
            out[f.name] = value.to_state() if f.name in self.vocabularies else value
        return out

    @classmethod
    def vocabulary(cls, saved: dict) -> dict:
        """The vocabularies of a payload (or of what a new run learned, keyed the same way)."""
        return {name: read(saved[name]) for name, read in cls.vocabularies.items()}

    @classmethod
    def read(cls, saved: dict, where: Any) -> "Payload":
        try:
            entries = cls.vocabulary(saved)
            for f in fields(cls)[1:]:
                if f.name not in entries:
                    cast = cls.casts.get(f.name, lambda v: v)
                    entries[f.name] = cast(saved[f.name])
            payload = cls(config=cls.config_class.from_dict(saved["model_config"]), **entries)
        except (KeyError, TypeError, ValueError, UsageError) as e:
            raise _corrupt(where, e) from None
        problem = payload.misfit()
        if problem:
            raise CheckpointError(f"checkpoint {where}: {problem}")
        return payload

    def misfit(self) -> Optional[str]:
        """What does not fit between the vocabularies and the model's configuration (None: all fits)."""
        return None

    def build(self, weights: dict, where: Any) -> Any:
        """The model, with the checkpoint's weights."""
        try:
            model = self.model_class(self.config)
            model.load_state_dict(weights)
        except (KeyError, TypeError, RuntimeError, UsageError) as e:
            raise _corrupt(where, e) from None
        return model


def _corrupt(where: Any, e: Exception) -> CheckpointError:
    return CheckpointError(f"checkpoint {where} is corrupt or incomplete ({type(e).__name__}: {str(e)[:80]})")


@dataclass
class Loaded:
    """A model loaded for use: its payload (configuration, vocabularies, the task's entries), the model
    in evaluation mode on its device, the checkpoint's path and its metrics record."""

    payload: Any
    model: Any
    path: Path
    device: Any
    metrics: dict


def load(payload_class: type, path: Optional[str], device: str = "auto") -> Loaded:
    """Load a checkpoint of ``payload_class``'s kind (the newest one under ./runs when ``path`` is None)."""
    from rnncli import checkpoint
    from rnncli.device import resolve_device
    from rnncli.rundir import find_checkpoint

    p = find_checkpoint(path, payload_class.kind)
    saved = checkpoint.load(p, kind=payload_class.kind)
    payload = payload_class.read(saved, p)
    try:
        weights = saved["model"]
    except KeyError:
        raise CheckpointError(f"checkpoint {p} is corrupt or incomplete (no weights)") from None
    model = payload.build(weights, p)
    dev = resolve_device(device)
    model.to(dev).eval()
    return Loaded(payload, model, p, dev, saved.get("metrics") or {})
