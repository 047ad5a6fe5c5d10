"""Training throughput: rnncli's training loop against a plain PyTorch loop, and against the machine.

Two models on the bundled Shakespeare text:

* ``char``: a character LSTM, embedding 64, 2 layers x 512, seq-len 128, batch 64;
* ``bpe``: a subword LSTM, sentencepiece BPE with 4,000 pieces, embedding 256, 2 layers x 512,
  seq-len 64, batch 64.

**rnncli** is timed through its real code path: ``train_lm`` itself (the function ``rnncli train-lm``
calls), with its data loader, loss, gradient clipping, optimizer, schedule and per-step checks. The
time of a step is the time between two consecutive ``step`` callbacks, so loading and encoding the
corpus, the evaluation and the checkpoints at the end of the run are not counted.

**The baseline** is the training loop a user writes from the PyTorch word-language-model example:
``nn.Embedding`` -> ``nn.LSTM`` -> ``nn.Linear`` in the example's sequence-first layout, the corpus
``batchify``-ed into columns, a Python loop over BPTT windows with ``repackage_hidden``,
``clip_grad_norm_`` and an optimizer step (Adam with the same learning rate as rnncli, where the
example writes plain SGD by hand), and ``loss.item()`` every step to accumulate the loss. Same
tokens, same model sizes, same number of tokens per step.

**Machine rate**: the rate of a 2048 x 2048 float32 matrix product, measured in the same run just
before every training run.

FLOPs per token of training (multiply-add = 2 FLOPs), with G gate blocks per layer (LSTM 4, GRU 3,
vanilla RNN 1), hidden size H, layer inputs in_l (the embedding size for layer 0, H above), output
size V::

    forward  = sum over layers 2 * (in_l + H) * G * H   +   2 * H * V   (output layer)
    training = 3 * forward

The backward pass does two products of the forward's size per matrix product (gradient with
respect to the input, and to the weights), hence the factor 3. Gate nonlinearities, the softmax,
the embedding lookup and the optimizer are left out: they grow with H or with the number of
parameters, not with H^2 per token, and together add well under 1% here.

Side by side, step by step, each loop in the process it would have in real use. ``train_lm``
runs in this process; the baseline runs in a process of its own (started fresh, so with glibc's
default allocator behaviour, as a user's script would be), and a second copy of the baseline runs in
a third process that first makes the allocator setting ``train_lm`` makes
(``rnncli.device.reuse_freed_memory``). ``train_lm``'s step callback hands one step to each
baseline process in turn and times one 2048^2 product, so the three loops take turns one training
step at a time and see the same machine state even on a machine shared with other jobs; the
processes waiting for their turn sleep. The two ratios answer two questions: how much faster is
``rnncli train-lm`` than the script a user would write (``ratio``), and how much of that is left
when the script is given rnncli's allocator setting (``ratio_same_allocator``: on a CPU both
spend almost all of a step in the same oneDNN LSTM kernels, so this one is about 1). A run's rate
is its tokens over the time of its steps after ``warmup`` steps; the fraction of the matmul rate is
taken against the median matmul rate of the same repeat; the figures are medians over the repeats.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

import torch
import torch.nn as nn

from rnncli.textio import bundled

GATES = {"lstm": 4, "gru": 3, "rnn": 1}

MODELS = {
    "char": {
        "kind": "char",
        "vocab_size": 0,
        "embed": 64,
        "hidden": 512,
        "layers": 2,
        "seq_len": 128,
        "batch_size": 64,
    },
    "bpe": {
        "kind": "bpe",
        "vocab_size": 4000,
        "embed": 256,
        "hidden": 512,
        "layers": 2,
        "seq_len": 64,
        "batch_size": 64,
    },
}
LR = 3e-3  # rnncli's default
CLIP = 1.0  # rnncli's default


def training_flops_per_token(embed: int, hidden: int, layers: int, vocab: int, cell: str = "lstm") -> int:
    """Matrix-product FLOPs of one training token (forward + backward), as in the module docstring."""
    g = GATES[cell]
    forward = sum(2 * ((embed if k == 0 else hidden) + hidden) * g * hidden for k in range(layers))
    forward += 2 * hidden * vocab
    return 3 * forward


def matmul_rate(n: int = 2048, repeats: int = 5) -> float:
    """FLOP/s of an n x n float32 matrix product on this machine (median of ``repeats``)."""
    gen = torch.Generator().manual_seed(0)
    a = torch.randn(n, n, generator=gen)
    b = torch.randn(n, n, generator=gen)
    c = torch.empty(n, n)
    torch.mm(a, b, out=c)  # warm-up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        torch.mm(a, b, out=c)
        times.append(time.perf_counter() - t0)
    time.sleep(0.3)  # its worker threads spin for a while after the product: not on a loop's time
    return 2 * n**3 / statistics.median(times)


# --- the baseline: a word-language-model-example style loop -----------------------------------


class BaselineLM(nn.Module):
    """Embedding -> nn.LSTM -> Linear, sequence-first, as the PyTorch example lays it out."""

    def __init__(self, ntoken: int, ninp: int, nhid: int, nlayers: int):
        super().__init__()
        self.ntoken = ntoken
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers)
        self.decoder = nn.Linear(nhid, ntoken)
        self.nlayers, self.nhid = nlayers, nhid
        nn.init.uniform_(self.encoder.weight, -0.1, 0.1)
        nn.init.uniform_(self.decoder.weight, -0.1, 0.1)
        nn.init.zeros_(self.decoder.bias)

    def forward(self, inp: torch.Tensor, hidden):
        output, hidden = self.rnn(self.encoder(inp), hidden)
        return self.decoder(output).view(-1, self.ntoken), hidden

    def init_hidden(self, bsz: int):
        w = next(self.parameters())
        return (w.new_zeros(self.nlayers, bsz, self.nhid), w.new_zeros(self.nlayers, bsz, self.nhid))


def batchify(data: torch.Tensor, bsz: int) -> torch.Tensor:
    """(tokens,) -> (tokens // bsz, bsz): each column is one contiguous stream."""
    nbatch = data.size(0) // bsz
    return data[: nbatch * bsz].view(bsz, -1).t().contiguous()


def get_batch(source: torch.Tensor, i: int, bptt: int):
    seq_len = min(bptt, len(source) - 1 - i)
    return source[i : i + seq_len], source[i + 1 : i + 1 + seq_len].reshape(-1)


def repackage_hidden(h):
    """Cut the graph at the window boundary (truncated BPTT)."""
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


def baseline_steps(ids: torch.Tensor, vocab: int, m: dict, seed: int = 1234):
    """The training loop as a generator: yields after every step."""
    torch.manual_seed(seed)
    train_data = batchify(ids, m["batch_size"])
    model = BaselineLM(vocab, m["embed"], m["hidden"], m["layers"])
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    model.train()
    hidden = model.init_hidden(m["batch_size"])
    bptt = m["seq_len"]
    total_loss = 0.0
    while True:
        for i in range(0, train_data.size(0) - 1 - bptt, bptt):
            data, targets = get_batch(train_data, i, bptt)
            hidden = repackage_hidden(hidden)
            optimizer.zero_grad()
            output, hidden = model(data, hidden)
            loss = criterion(output, targets)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP)
            optimizer.step()
            total_loss += loss.item()
            yield


# --- rnncli: train_lm itself ------------------------------------------------------------------


def interleaved_train_lm(
    tok_path: Path, val_path: Path, m: dict, steps: int, workdir: Path, between: Callable[[], None]
) -> list[float]:
    """Run ``train_lm`` for ``steps`` steps, calling ``between()`` after each step but the last
    (from its step callback); returns the time of every step but the first, ``between()`` excluded:
    from the callback's return to the next callback, exactly one iteration of the loop."""
    from rnncli.lm.train import TrainLMOptions, train_lm

    times: list[float] = []
    returned: list[float] = []

    def callback(event: str, data: dict) -> None:
        if event != "step":
            return
        now = time.perf_counter()
        if returned:
            times.append(now - returned[-1])
        if data["step"] < steps:
            between()
        returned.append(time.perf_counter())

    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        opts = TrainLMOptions(
            val=str(val_path),
            tokenizer=str(tok_path),
            embed=m["embed"],
            hidden=m["hidden"],
            layers=m["layers"],
            seq_len=m["seq_len"],
            batch_size=m["batch_size"],
            lr=LR,
            optimizer="adam",
            dropout=0.0,  # the baseline's optimizer, and no dropout
            clip=CLIP,
            max_steps=steps,
            eval_every=steps,
            out=str(Path(tmp) / "run"),
            device="cpu",
        )
        train_lm(opts, callback)
    return times


# --- the benchmark ----------------------------------------------------------------------------


def _tokenizer(name: str, m: dict, text: str, workdir: Path):
    """The model's tokenizer, learned once from the training text and kept in ``workdir``."""
    from rnncli import tokenizers

    path = workdir / f"{name}-{m['kind']}{m['vocab_size'] or ''}.tok"
    if not path.exists():
        tok = tokenizers.train_tokenizer([text], m["kind"], m["vocab_size"] or 8000)
        tok.save(path)
    return path, tokenizers.load(path)


def _rate(step_times: list[float], tokens_per_step: int, warmup: int) -> float:
    timed = step_times[warmup:]
    return tokens_per_step * len(timed) / sum(timed)


def _baseline_worker(conn, tok_path: str, name: str, reuse_allocator: bool) -> None:
    """A baseline training loop in a process of its own: one step per "step" message, answered with
    the step's time."""
    from rnncli import tokenizers
    from rnncli.textio import read_text

    if reuse_allocator:
        from rnncli.device import reuse_freed_memory

        reuse_freed_memory()
    m = MODELS[name]
    tok = tokenizers.load(tok_path)
    ids = torch.from_numpy(tok.encode_array(read_text(bundled("shakespeare", "train.txt"), "bundled corpus"))).long()
    steps = baseline_steps(ids, tok.vocab_size, m)
    next(steps)  # its first step, untimed, like rnncli's first
    conn.send("ready")
    while conn.recv() == "step":
        t0 = time.perf_counter()
        next(steps)
        conn.send(time.perf_counter() - t0)
    steps.close()


BASELINES = {"baseline": False, "baseline_same_allocator": True}  # name: makes rnncli's allocator setting


def run(
    names: Optional[list[str]] = None,
    repeats: int = 3,
    steps: int = 10,
    warmup: int = 2,
    workdir: Path = Path("runs") / "bench-train",
    log: Callable[[str], None] = lambda s: None,
    pause: float = 0.2,
) -> dict:
    """Measure every model in ``names`` (default: all); returns a dict per model. ``pause``: seconds
    of rest after each loop's step (their worker threads spin for a moment after a step), untimed."""
    import multiprocessing

    from rnncli.device import reuse_freed_memory
    from rnncli.textio import read_text

    if warmup < 1 or steps < warmup + 2:
        raise ValueError("need warmup >= 1 and steps >= warmup + 2")
    workdir.mkdir(parents=True, exist_ok=True)
    text = read_text(bundled("shakespeare", "train.txt"), "bundled corpus")
    # A short validation file: the evaluation at the end of each rnncli run is not timed, but it
    # should not take longer than the run itself.
    val_path = workdir / "valid-head.txt"
    val_path.write_text(read_text(bundled("shakespeare", "valid.txt"), "bundled corpus")[:20_000], encoding="utf-8")
    reuse_freed_memory()  # what train_lm does first thing anyway; made here before any large tensor
    ctx = multiprocessing.get_context("spawn")  # fresh processes: nothing inherited from this one
    results = {}
    for name in names or list(MODELS):
        m = MODELS[name]
        tok_path, tok = _tokenizer(name, m, text, workdir)
        vocab = tok.vocab_size
        tokens_per_step = m["batch_size"] * m["seq_len"]
        flops = training_flops_per_token(m["embed"], m["hidden"], m["layers"], vocab)
        loops = ["rnncli", *BASELINES]
        rates: dict[str, list[float]] = {who: [] for who in loops}
        fractions: list[float] = []
        mm: list[float] = []
        for r in range(repeats):
            workers = {}
            for who, reuse in BASELINES.items():
                here, there = ctx.Pipe()
                proc = ctx.Process(target=_baseline_worker, args=(there, str(tok_path), name, reuse), daemon=True)
                proc.start()
                workers[who] = (here, proc)
            for here, _ in workers.values():
                if here.recv() != "ready":
                    raise RuntimeError("a baseline worker failed to start")
            times: dict[str, list[float]] = {who: [] for who in BASELINES}
            mm_repeat: list[float] = []
            turn = [0]

            def between() -> None:  # one step of each baseline and one matmul between two rnncli steps
                time.sleep(pause)
                order = list(BASELINES) if turn[0] % 2 == 0 else list(BASELINES)[::-1]
                if turn[0] % 2:  # the matmul comes first half of the time, last the other half
                    mm_repeat.append(matmul_rate(repeats=1))
                for who in order:
                    here, _ = workers[who]
                    here.send("step")
                    times[who].append(here.recv())
                    time.sleep(pause)
                if turn[0] % 2 == 0:
                    mm_repeat.append(matmul_rate(repeats=1))
                turn[0] += 1

            try:
                times["rnncli"] = interleaved_train_lm(tok_path, val_path, m, steps, workdir, between)
            finally:
                for here, proc in workers.values():
                    here.send("stop")
                    proc.join(30)
            for who in loops:  # the first step was not timed: skip warmup - 1 more
                rates[who].append(_rate(times[who], tokens_per_step, warmup - 1))
            mm.append(statistics.median(mm_repeat[warmup - 1 :]))
            fractions.append(rates["rnncli"][-1] * flops / mm[-1])
            log(
                f"  {name} repeat {r + 1}/{repeats}: "
                + ", ".join(f"{who} {rates[who][-1]:,.0f}" for who in loops)
                + f" tokens/s; matmul {mm[-1] / 1e9:.1f} GFLOP/s; rnncli at {100 * fractions[-1]:.0f}% of it"
            )
        med = {who: statistics.median(v) for who, v in rates.items()}
        mm_med = statistics.median(mm)
        results[name] = {
            "model": {**m, "vocab": vocab, "cell": "lstm"},
            "repeats": repeats,
            "steps": steps,
            "warmup": warmup,
            "tokens_per_s": med,
            "tokens_per_s_all": rates,
            "ratio": med["rnncli"] / med["baseline"],
            "ratio_same_allocator": med["rnncli"] / med["baseline_same_allocator"],
            "ratio_all": [a / b for a, b in zip(rates["rnncli"], rates["baseline"])],
            "ratio_same_allocator_all": [a / b for a, b in zip(rates["rnncli"], rates["baseline_same_allocator"])],
            "flops_per_token": flops,
            "matmul_flops": mm_med,
            "achieved_flops": {who: v * flops for who, v in med.items()},
            "fraction_of_matmul": {who: v * flops / mm_med for who, v in med.items()},
            "fraction_of_matmul_median_of_repeats": statistics.median(fractions),
            "fraction_of_matmul_all": fractions,
            "matmul_flops_all": mm,
        }
    return results


def report(results: dict) -> str:
    rows = []
    for name, r in results.items():
        m = r["model"]
        rows.append(
            f"training {name}: {m['kind']} vocab {m['vocab']}, embed {m['embed']}, {m['layers']}x{m['hidden']} "
            f"LSTM, seq-len {m['seq_len']}, batch {m['batch_size']}; median of {r['repeats']} runs of "
            f"{r['steps']} steps ({r['warmup']} warm-up)"
        )
        rows.append(
            f"  {r['flops_per_token'] / 1e6:.2f} MFLOP per training token; "
            f"2048^2 matmul {r['matmul_flops'] / 1e9:.1f} GFLOP/s"
        )
        for who in ("baseline", "baseline_same_allocator", "rnncli"):
            rows.append(
                f"  {who:<24} {r['tokens_per_s'][who]:9,.0f} tokens/s  "
                f"{r['achieved_flops'][who] / 1e9:6.1f} GFLOP/s  "
                f"{100 * r['fraction_of_matmul'][who]:5.1f}% of matmul"
            )
        rows.append(
            f"  ratio rnncli/baseline: {r['ratio']:.2f}x (per repeat "
            + ", ".join(f"{x:.2f}" for x in r["ratio_all"])
            + "); with the same allocator setting: "
            + f"{r['ratio_same_allocator']:.2f}x (per repeat "
            + ", ".join(f"{x:.2f}" for x in r["ratio_same_allocator_all"])
            + ")"
        )
        rows.append(
            f"  rnncli at "
            f"{100 * r['fraction_of_matmul_median_of_repeats']:.1f}% of the matmul rate "
            f"(median over repeats of each repeat's own figure)"
        )
    return "\n".join(rows)
