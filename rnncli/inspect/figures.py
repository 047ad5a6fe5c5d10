"""Figures drawn with matplotlib's Agg backend (no display needed), written as PNG files.

matplotlib is imported inside the functions, so that nothing else pays for it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from rnncli.textio import atomic_write

_LAYER_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#7f7f7f")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def save_png(fig, path: str | Path, what: str = "PNG") -> None:
    """Write a figure atomically (the file appears whole or not at all) and free it."""
    plt = _pyplot()
    try:
        with atomic_write(path, "wb", what=what) as f:
            fig.savefig(f, format="png", dpi=110, metadata={"Software": "rnncli"})
    finally:
        plt.close(fig)


def png_bytes(fig) -> bytes:
    """A figure as PNG bytes (for a notebook), and free it."""
    import io

    plt = _pyplot()
    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", dpi=110, metadata={"Software": "rnncli"})
    finally:
        plt.close(fig)
    return buf.getvalue()


def gate_figure(stats, cell: str):
    """The classic saturation scatter: one panel per gate, one point per unit (x: fraction of time the
    gate is < 0.1, y: fraction of time it is > 0.9), coloured by layer."""
    plt = _pyplot()
    gates = list(dict.fromkeys(s.gate for s in stats))
    fig, axes = plt.subplots(1, len(gates), figsize=(4 * len(gates), 4.2), squeeze=False)
    names = {"i": "input gate", "f": "forget gate", "o": "output gate", "r": "reset gate", "z": "update gate"}
    for ax, g in zip(axes[0], gates):
        ax.plot([0, 1], [1, 0], color="#bbbbbb", lw=0.8, zorder=0)
        for s in (s for s in stats if s.gate == g):
            ax.scatter(
                s.left, s.right, s=10, alpha=0.6, color=_LAYER_COLOURS[(s.layer - 1) % 8], label=f"layer {s.layer}"
            )
        ax.set_xlim(-0.02, 1.02)
        ax.set_ylim(-0.02, 1.02)
        ax.set_aspect("equal")
        ax.set_title(names.get(g, g))
        ax.set_xlabel("fraction left-saturated (< 0.1)")
        ax.set_ylabel("fraction right-saturated (> 0.9)")
        ax.legend(loc="upper right", fontsize=8)
    fig.suptitle(f"{cell.upper()} gate saturation")
    fig.tight_layout()
    return fig


def attention_figure(weights: np.ndarray, src: list[str], tgt: list[str], title: str = ""):
    """Source pieces across, target pieces down; darker is more attention."""
    plt = _pyplot()
    h, w = weights.shape
    fig, ax = plt.subplots(figsize=(max(3.0, 0.42 * w + 1.8), max(2.5, 0.38 * h + 1.4)))
    im = ax.imshow(weights, cmap="Greens", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(w))
    ax.set_xticklabels(src, rotation=90, fontsize=9)
    ax.set_yticks(range(h))
    ax.set_yticklabels(tgt, fontsize=9)
    ax.xaxis.tick_top()
    ax.set_xlabel("source")
    ax.set_ylabel("target")
    if title:
        ax.set_title(title, fontsize=9, pad=10)
    fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    fig.tight_layout()
    return fig


_TITLES = {
    "val_bpc": "validation bits per character",
    "bleu": "dev BLEU",
    "grad_norm": "gradient norm before clipping (dotted: per layer)",
    "clip_rate": "share of steps clipped",
}


def curves_figure(runs, x: str = "step"):
    """Loss curves of several runs (train dashed, validation solid) and, beside them, bits per character
    or BLEU, whichever the runs report; one colour and one legend entry per run."""
    plt = _pyplot()
    second = [m for m in ("val_bpc", "bleu", "grad_norm", "clip_rate") if any(m in r.columns for r in runs)]
    fig, axes = plt.subplots(1, 1 + len(second), figsize=(6.2 * (1 + len(second)), 4.4), squeeze=False)
    ax_loss = axes[0][0]
    for k, r in enumerate(runs):
        colour = _LAYER_COLOURS[k % len(_LAYER_COLOURS)]
        if "train_loss" in r.columns:
            ax_loss.plot(*r.pairs(x, "train_loss"), color=colour, ls="--", lw=1.2, alpha=0.8)
        if "val_loss" in r.columns:
            ax_loss.plot(*r.pairs(x, "val_loss"), color=colour, lw=1.8, label=r.name)
        for ax, m in zip(axes[0][1:], second):
            if m in r.columns:
                ax.plot(*r.pairs(x, m), color=colour, lw=1.8, marker="o", ms=3, label=r.name)
            if m == "grad_norm":  # each layer's norm, thin, under the total
                for c in sorted(c for c in r.columns if c.startswith("grad_norm.")):
                    xs, ys = r.pairs(x, c)
                    ax.plot(xs, ys, color=colour, lw=0.8, alpha=0.6, ls=":")
                    if xs:
                        ax.annotate(c[len("grad_norm.") :], (xs[-1], ys[-1]), fontsize=6, color=colour)
    xlabel = "step" if x == "step" else "seconds"
    ax_loss.set_title("loss (nats/token; dashed: train, solid: validation)", fontsize=10)
    ax_loss.set_xlabel(xlabel)
    ax_loss.legend(fontsize=8)
    ax_loss.grid(alpha=0.3)
    for ax, m in zip(axes[0][1:], second):
        ax.set_title(_TITLES[m], fontsize=10)
        if m == "grad_norm":
            ax.set_yscale("log")
        ax.set_xlabel(xlabel)
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def gradients_figure(flows):
    """Gradient flow through time for several models: the measured gradient norms against the distance
    (hidden state solid, LSTM cell state dashed), the mean product of the path's factors (tanh', forget or
    update gates) beside them, and for vanilla RNNs the singular values of W_hh. One colour per model."""
    plt = _pyplot()
    rnns = [f for f in flows if any(lay.singular_values for lay in f.layers)]
    fig, axes = plt.subplots(1, 3 if rnns else 2, figsize=(16.5 if rnns else 11.5, 4.6), squeeze=False)
    ax_g, ax_p = axes[0][0], axes[0][1]
    styles = ("-", "-.", ":", (0, (5, 1)))
    for n, f in enumerate(flows):
        colour = _LAYER_COLOURS[n % len(_LAYER_COLOURS)]
        ks = np.arange(1, f.max_distance + 1)
        for lay in f.layers:
            tag = f"{f.name}" + (f" layer {lay.layer}" if len(f.layers) > 1 else "")
            ls = styles[(lay.layer - 1) % len(styles)]
            ax_g.plot(ks, lay.h_norm, color=colour, ls=ls, lw=1.8, label=f"{tag} (h)")
            if lay.c_norm:
                ax_g.plot(ks, lay.c_norm, color=colour, ls="--", lw=1.4, alpha=0.8, label=f"{tag} (c)")
            ax_p.plot(ks, lay.product, color=colour, ls=ls, lw=1.8, label=f"{tag}: {f.product}")
    ax_g.set_title("gradient norm |dL_t / dh_{t-k}| (dashed: LSTM cell c)", fontsize=10)
    ax_p.set_title("mean product of the path's factors over k steps", fontsize=10)
    for ax in (ax_g, ax_p):
        ax.set_yscale("log")
        ax.set_xlabel("distance k (steps back)")
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=7)
    if rnns:
        ax_s = axes[0][2]
        for f in rnns:
            colour = _LAYER_COLOURS[flows.index(f) % len(_LAYER_COLOURS)]
            for lay in f.layers:
                ax_s.plot(
                    np.arange(1, len(lay.singular_values) + 1),
                    lay.singular_values,
                    color=colour,
                    ls=styles[(lay.layer - 1) % len(styles)],
                    marker=".",
                    ms=3,
                    label=f"{f.name} layer {lay.layer}: max {lay.singular_values[0]:.2f}",
                )
        ax_s.axhline(1.0, color="#888888", lw=0.8)
        ax_s.set_title("singular values of W_hh (vanilla RNN)", fontsize=10)
        ax_s.set_xlabel("index")
        ax_s.grid(alpha=0.3)
        ax_s.legend(fontsize=7)
    fig.tight_layout()
    return fig
