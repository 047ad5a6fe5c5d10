"""An activation dump of 2,000 characters through a 2x512 character LSTM, against the fused forward.

The model has random weights (the speed of a dump does not depend on what the weights learned): an
LSTM with 2 layers of 512 units over the characters of the text. Measured side by side, alternating:

* ``fused``: ``nn.LSTM`` over the whole text in one call (what training runs; it keeps only the top
  layer's h, so it cannot be a dump, only the floor);
* ``record``: rnncli's step-by-step recording of every signal (h, c, i, f, g, o of both layers), the
  core of ``rnncli activations``;
* ``dump``: ``record`` plus rendering three units as coloured terminal blocks and as an HTML page;
* ``cli``: the whole ``rnncli activations CKPT FILE --units 0,1,2`` command in a fresh process
  (Python start-up, imports, loading the checkpoint, recording, rendering), with colour forced on.

The goal is a dump in under 2 s; the figure to compare is ``dump`` (and ``cli`` for the whole command).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _text(n: int) -> str:
    # real code, so that the characters and their mix look like a user's input
    src = Path(__file__).read_text(encoding="utf-8") * 20
    return src[:n]


def run(chars: int = 2000, hidden: int = 512, layers: int = 2, repeats: int = 5) -> dict:
    import torch

    from rnncli import checkpoint
    from rnncli.inspect.record import record_text
    from rnncli.inspect.render import Unit, ansi_block, html_units
    from rnncli.models.lm import LMConfig, RNNLanguageModel
    from rnncli.tokenizers import train_tokenizer

    text = _text(chars)
    tok = train_tokenizer([text], "char")
    torch.manual_seed(0)
    model = RNNLanguageModel(
        LMConfig(vocab_size=tok.vocab_size, cell="lstm", embed=64, hidden=hidden, layers=layers)
    ).eval()
    ids = torch.tensor(tok.encode(text))[None]
    units = [Unit(layers, "h", u) for u in range(3)]

    def fused():
        with torch.no_grad():
            model.rnn(model.embedding(ids))

    def record():
        record_text(model, tok, text)

    def dump():
        acts = record_text(model, tok, text)
        for u in units:
            ansi_block(acts, u, 100)
        html_units(acts, units, "benchmark")

    with tempfile.TemporaryDirectory() as d:
        ckpt = Path(d) / "random.ckpt"
        checkpoint.save(
            ckpt,
            "lm",
            {
                "model_config": model.config.to_dict(),
                "tokenizer": tok.to_state(),
                "model": model.state_dict(),
                "metrics": {},
            },
        )
        txt = Path(d) / "text.txt"
        txt.write_text(text, encoding="utf-8")
        env = {**os.environ, "FORCE_COLOR": "1"}
        env.pop("NO_COLOR", None)
        cmd = [
            sys.executable,
            "-m",
            "rnncli",
            "activations",
            str(ckpt),
            str(txt),
            "--units",
            "0,1,2",
            "--device",
            "cpu",
        ]

        def cli():
            p = subprocess.run(cmd, capture_output=True, env=env)
            if p.returncode != 0:
                raise RuntimeError(p.stderr.decode()[-500:])

        cases = {"fused": fused, "record": record, "dump": dump, "cli": cli}
        times: dict[str, list[float]] = {k: [] for k in cases}
        dump()  # warm-up
        for _ in range(repeats):
            for name, fn in cases.items():
                t0 = time.perf_counter()
                fn()
                times[name].append(time.perf_counter() - t0)
    med = {k: statistics.median(v) for k, v in times.items()}
    return {
        "chars": chars,
        "tokens": int(ids.shape[1]),
        "model": f"{layers}x{hidden} LSTM",
        "repeats": repeats,
        "seconds": med,
        "ratio_dump_to_fused": med["dump"] / med["fused"],
        "goal_s": 2.0,
    }


def report(r: dict) -> str:
    rows = [
        f"activation dump: {r['chars']:,} characters through a random-weight {r['model']}, "
        f"median of {r['repeats']} runs each"
    ]
    for name, sec in r["seconds"].items():
        rows.append(f"  {name:<7} {sec:7.3f} s  {r['tokens'] / sec:9,.0f} tokens/s")
    rows.append(
        f"  ratio dump/fused: {r['ratio_dump_to_fused']:.1f}x; goal: dump under {r['goal_s']:.0f} s "
        f"({'met' if r['seconds']['dump'] < r['goal_s'] else 'NOT met'}; whole command "
        f"{r['seconds']['cli']:.2f} s)"
    )
    return "\n".join(rows)
