"""Gate saturation: how often each gate of each unit is nearly shut (< 0.1) or nearly open (> 0.9).

A forget gate that is right-saturated almost all the time keeps its cell's contents over long spans
(a long-memory unit); one that is left-saturated resets it every step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rnncli.errors import UsageError
from rnncli.inspect.record import SIGMOID_GATES

LEFT, RIGHT = 0.1, 0.9


@dataclass
class GateStats:
    layer: int  # from 1
    gate: str
    left: np.ndarray  # per unit: fraction of steps with a value < 0.1
    right: np.ndarray  # per unit: fraction of steps with a value > 0.9

    @property
    def mostly_open(self) -> int:
        """Units whose gate is right-saturated more than 90% of the time."""
        return int((self.right > 0.9).sum())

    @property
    def mostly_shut(self) -> int:
        return int((self.left > 0.9).sum())


def gate_stats(acts) -> list[GateStats]:
    gates = SIGMOID_GATES[acts.cell]
    if not gates:
        raise UsageError("--gate-stats needs an LSTM or GRU; a vanilla RNN has no gates")
    out = []
    for k in range(acts.layers):
        for g in gates:
            x = acts.signals[g][k]
            out.append(GateStats(k + 1, g, (x < LEFT).mean(0), (x > RIGHT).mean(0)))
    return out


def stats_table(stats: list[GateStats]) -> list[list[str]]:
    """Rows for a table: layer, gate, mean fraction left- and right-saturated, units mostly shut / open."""
    rows = [["layer", "gate", "left-sat (<0.1)", "right-sat (>0.9)", "units mostly shut", "units mostly open"]]
    for s in stats:
        rows.append(
            [
                str(s.layer),
                s.gate,
                f"{s.left.mean():.3f}",
                f"{s.right.mean():.3f}",
                f"{s.mostly_shut}/{len(s.left)}",
                f"{s.mostly_open}/{len(s.right)}",
            ]
        )
    return rows
