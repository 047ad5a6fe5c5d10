"""Colour scales for activations and attention weights, as plain RGB triples.

* ``diverging`` for values in [-1, 1] (tanh outputs: h, c, g, n): blue near -1, white near 0, red
  near +1. Along the whole range the red channel minus the blue channel only grows, so a larger value
  is always "redder".
* ``sequential`` for values in [0, 1] (sigmoid gates, attention weights): white near 0, dark green
  near 1; every channel only falls as the value grows.
"""

from __future__ import annotations

RGB = tuple[int, int, int]

WHITE: RGB = (255, 255, 255)
NEG: RGB = (33, 90, 190)  # -1
POS: RGB = (200, 30, 30)  # +1
HIGH: RGB = (20, 110, 50)  # gate fully open / all attention

# Signals whose values are squashed to [0, 1]; everything else is shown on a symmetric scale.
GATE_SIGNALS = frozenset({"i", "f", "o", "r", "z"})


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))  # type: ignore[return-value]


def _clip(v: float, lo: float, hi: float) -> float:
    if v != v:  # NaN: show it as the neutral colour
        return 0.0 if lo < 0 else lo
    return lo if v < lo else hi if v > hi else v


def diverging(v: float) -> RGB:
    v = _clip(v, -1.0, 1.0)
    return _mix(WHITE, POS, v) if v >= 0 else _mix(WHITE, NEG, -v)


def sequential(v: float) -> RGB:
    return _mix(WHITE, HIGH, _clip(v, 0.0, 1.0))


class Scale:
    """How one signal's values become colours: gates on [0, 1], others on [-m, m] (m = 1, or the largest
    magnitude of the values shown for an unbounded signal such as the LSTM cell state)."""

    def __init__(self, gate: bool, magnitude: float = 1.0):
        self.gate = gate
        self.magnitude = max(float(magnitude), 1e-12)

    @classmethod
    def for_signal(cls, signal: str, values=None) -> "Scale":
        if signal in GATE_SIGNALS:
            return cls(True)
        m = 1.0
        if signal == "c" and values is not None and len(values):
            m = max(1.0, float(abs(values).max()))
        return cls(False, m)

    @property
    def low(self) -> float:
        return 0.0 if self.gate else -self.magnitude

    @property
    def high(self) -> float:
        return 1.0 if self.gate else self.magnitude

    def rgb(self, v: float) -> RGB:
        return sequential(v) if self.gate else diverging(v / self.magnitude)


def text_colour(bg: RGB) -> RGB:
    """Black or white text, whichever reads better on ``bg``."""
    r, g, b = bg
    return (0, 0, 0) if 0.299 * r + 0.587 * g + 0.114 * b > 140 else (255, 255, 255)


def hex_colour(rgb: RGB) -> str:
    return "#%02x%02x%02x" % rgb


def ansi_bg(rgb: RGB) -> str:
    """24-bit background plus a readable foreground."""
    fr, fg, fb = text_colour(rgb)
    return f"\x1b[48;2;{rgb[0]};{rgb[1]};{rgb[2]}m\x1b[38;2;{fr};{fg};{fb}m"


RESET = "\x1b[0m"
