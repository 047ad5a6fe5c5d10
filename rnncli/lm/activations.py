"""Looking inside a language model: load it, read a text step by step, and keep every signal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from rnncli.errors import UsageError
from rnncli.inspect.record import Activations, record_ids, record_text
from rnncli.inspect.render import Unit, top_variance_units
from rnncli.lm.use import LoadedLM, load_lm


@dataclass
class UnitSpec:
    layer: int  # from 1
    signal: str
    unit: int
    text: str = ""  # the item as written in --units


def parse_units(spec: str, default_layer: int, default_signal: str) -> list[UnitSpec]:
    """``"3,17"``, ``"c17"``, ``"2.c17"`` or ``"L2.c17"``: [layer.][signal]unit, comma-separated; the
    layer and signal default to the given ones."""
    out = []
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        layer, signal, rest = default_layer, default_signal, item
        if "." in rest:
            lay, rest = rest.split(".", 1)
            lay = lay[1:] if lay[:1] in ("L", "l") else lay
            if not lay.isdigit():
                raise UsageError(f"bad unit {item!r}: write [layer.][signal]unit, e.g. 17, c17 or 2.c17")
            layer = int(lay)
        letters = rest.rstrip("0123456789")
        digits = rest[len(letters) :]
        if not digits or (letters and not letters.isalpha()):
            raise UsageError(f"bad unit {item!r}: write [layer.][signal]unit, e.g. 17, c17 or 2.c17")
        out.append(UnitSpec(layer, letters or signal, int(digits), item))
    if not out:
        raise UsageError("--units needs at least one unit number, e.g. --units 3,17")
    return out


def read_activations(checkpoint: Optional[str], text: str, device: str = "auto") -> tuple[LoadedLM, Activations]:
    lm = load_lm(checkpoint, device)
    return lm, record_text(lm.model, lm.tokenizer, text)


def sample_activations(lm: LoadedLM, prime: str, generated: list[int]) -> Activations:
    """The signals of a generated sample, from the same start as generation (without a prime text the
    model starts after an invisible line break, which is read but not shown)."""
    start = lm.tokenizer.encode(prime) if prime else lm.tokenizer.encode("\n")
    return record_ids(lm.model, lm.tokenizer, list(start) + list(generated), skip=0 if prime else len(start))


# -- which units to show (activations, sample --show-units, the Python API) --------------------------------


def named_units(acts: Activations, spec: str, layer: Optional[int] = None, signal: Optional[str] = None) -> list[Unit]:
    """The units ``--units`` names ([layer.][signal]unit, comma-separated), each checked against the model."""
    shown = []
    for u in parse_units(spec, layer or acts.layers, signal or "h"):
        acts.check(layer=u.layer, signal=u.signal, unit=u.unit, spec=u.text)
        shown.append(Unit(u.layer, u.signal, u.unit))
    return shown


def most_varying_units(acts: Activations, layer: Optional[int], signal: Optional[str], top: int) -> list[Unit]:
    """The ``top`` units of a layer (default: the top one) and signal (default h) that vary most over the text."""
    layer, signal = layer or acts.layers, signal or "h"
    return [Unit(layer, signal, i) for i in top_variance_units(acts, layer, signal, top)]


def found_units(scores: list, binary: bool, top: int) -> list[Unit]:
    """The ``top`` units of a ``--find`` ranking, each labelled with its AUC or correlation."""

    def label(s) -> str:
        if not binary:
            return f"corr {s.statistic:+.3f}"
        return f"AUC {s.score:.3f}{' (lower inside)' if s.direction == '-' else ''}"

    return [Unit(s.layer, s.signal, s.unit, label(s)) for s in scores[:top]]


def first_chars(acts: Activations, show_chars: int) -> Activations:
    """The activations of the first ``show_chars`` characters (whole tokens)."""
    import numpy as np

    if len(acts) <= show_chars:
        return acts
    keep = int(np.searchsorted(np.cumsum([len(t) for t in acts.texts]), show_chars, "right"))
    return Activations(acts.cell, acts.ids[:keep], acts.texts[:keep], {k: v[:, :keep] for k, v in acts.signals.items()})
