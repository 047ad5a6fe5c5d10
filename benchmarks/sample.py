"""Batch-1 sampling from a 2 x 512 character LSTM: rnncli's generation path against a naive loop.

**The baseline** is the loop a user writes from the PyTorch word-language-model example's
``generate.py``: the model of :mod:`benchmarks.train` (``nn.Embedding`` -> ``nn.LSTM`` ->
``nn.Linear``), called once per token on a (1, 1) input under ``torch.no_grad()``, then softmax,
``torch.multinomial``, ``input.fill_(index)`` and a table lookup for the token's text.

**rnncli** runs ``rnncli.lm.use.generate`` (what ``rnncli sample`` runs: the fused
single-step runner with its pre-arranged weights and state kept in place, the logit processors and
the sampler), and turns every id into text with the same ``StreamDecoder`` the command uses.

Both use the same weights (random ones: speed does not depend on what the weights say), the
Shakespeare character vocabulary, temperature 1 and no filtering. They take turns of 100 tokens
(which goes first alternates), so both see the same machine state; a run's rate is its tokens over
the sum of its tokens' times, start-up included (building the step runner is part of what
``rnncli sample`` does); the figures are medians over the repeats.

**Flatness**: a ``generate`` run is advanced to 9,900 tokens, then it and a fresh run take one turn
each of 101 tokens; the median time of its tokens 9,901-10,000 is compared with that of
the fresh run's tokens 2-101 (the first token also pays for the set-up). Nothing in the loop may
grow with the text (no lists of tensors, no re-decoding of the whole text), so the ratio should be
about 1.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import torch

from benchmarks.train import BaselineLM
from rnncli.textio import bundled


def _models(seed: int = 0):
    from rnncli import tokenizers
    from rnncli.lm.use import LoadedLM
    from rnncli.models.lm import LMConfig, RNNLanguageModel
    from rnncli.textio import read_text

    tok = tokenizers.CharTokenizer.train([read_text(bundled("shakespeare", "train.txt"), "bundled corpus")])
    torch.manual_seed(seed)
    model = RNNLanguageModel(LMConfig(vocab_size=tok.vocab_size, embed=64, hidden=512, layers=2)).eval()
    base = BaselineLM(tok.vocab_size, 64, 512, 2).eval()
    with torch.no_grad():  # the same weights in the baseline's modules
        base.encoder.weight.copy_(model.embedding.weight)
        base.decoder.weight.copy_(model.decoder.weight)
        base.decoder.bias.copy_(model.decoder.bias)
        for name, p in base.rnn.named_parameters():
            p.copy_(getattr(model.rnn, name))
    return LoadedLM(model, tok, Path("<random weights>"), {}), base


def naive_sample(base: BaselineLM, itos: list[str], start: int, seed: int):
    """The per-token nn.LSTM loop (word-language-model example style); yields each token's text."""
    gen = torch.Generator().manual_seed(seed)
    hidden = base.init_hidden(1)
    inp = torch.tensor([[start]], dtype=torch.long)
    with torch.no_grad():
        while True:
            output, hidden = base(inp, hidden)
            probs = torch.softmax(output.squeeze(), dim=-1)
            idx = torch.multinomial(probs, 1, generator=gen)[0]
            inp.fill_(idx)
            yield itos[idx]


def rnncli_sample(lm, length: int, seed: int):
    """What ``rnncli sample -n LENGTH --seed SEED`` does; yields each token's text (the command
    writes it to stdout)."""
    from rnncli.lm.sampling import SamplingSettings
    from rnncli.lm.use import generate
    from rnncli.tokenizers import StreamDecoder

    dec = StreamDecoder(lm.tokenizer)
    for ids in generate(lm, SamplingSettings(), length, "", 1, seed):
        yield dec.push(ids[0])


def _take_turns(gens: dict, n: int, block: int) -> dict[str, list[float]]:
    """Advance the generators in turns of ``block`` tokens each until each has made ``n``; the time
    of every token. (Turns of one token would have each loop evict the other's weights from the
    cache at every token, which a real run does not suffer.)"""
    times: dict[str, list[float]] = {name: [] for name in gens}
    for k in range(0, n, block):
        for name in list(gens) if (k // block) % 2 == 0 else list(gens)[::-1]:
            for _ in range(min(block, n - k)):
                t0 = time.perf_counter()
                next(gens[name])
                times[name].append(time.perf_counter() - t0)
    return times


def run(length: int = 1000, repeats: int = 5, long: int = 10_000, window: int = 100) -> dict:
    lm, base = _models()
    tok = lm.tokenizer
    itos = [tok.decode([i]) for i in range(tok.vocab_size)]
    start = tok.encode("\n")[0]
    rates: dict[str, list[float]] = {"naive": [], "rnncli": []}
    early, late = [], []
    for r in range(repeats):
        # Throughput: the two loops take turns of 100 tokens, so both see the same machine.
        times = _take_turns(
            {"naive": naive_sample(base, itos, start, r), "rnncli": rnncli_sample(lm, length, r)}, length, block=100
        )
        for who, t in times.items():
            rates[who].append(length / sum(t))
        # Flatness: a run already 9,900 tokens long and a fresh one, again taking turns.
        old = rnncli_sample(lm, long + 1, 100 + r)
        for _ in range(long - window):
            next(old)
        times = _take_turns({"late": old, "early": rnncli_sample(lm, long, 200 + r)}, window + 1, window + 1)
        early.append(statistics.median(times["early"][1:]))  # tokens 2-101 (the first pays the set-up)
        late.append(statistics.median(times["late"][:window]))  # tokens 9,901-10,000
    med = {who: statistics.median(v) for who, v in rates.items()}
    early_s, late_s = statistics.median(early), statistics.median(late)
    return {
        "length": length,
        "repeats": repeats,
        "tokens_per_s": med,
        "tokens_per_s_all": rates,
        "ratio": med["rnncli"] / med["naive"],
        "long": long,
        "window": window,
        "per_token_s": {f"tokens 2-{window + 1}": early_s, f"tokens {long - window + 1}-{long}": late_s},
        "flatness": late_s / early_s,
        "flatness_all": [b / a for a, b in zip(early, late)],
    }


def report(r: dict) -> str:
    rows = [f"batch-1 sampling, 2x512 char LSTM: {r['length']} tokens, median of {r['repeats']} runs each"]
    for who in ("naive", "rnncli"):
        rate = r["tokens_per_s"][who]
        rows.append(f"  {who:<7} {rate:8,.0f} tokens/s  ({1e3 / rate:.3f} ms/token)")
    rows.append(f"  ratio rnncli/naive: {r['ratio']:.2f}x")
    (a, ea), (b, eb) = r["per_token_s"].items()
    rows.append(
        f"  per-token time in a {r['long']:,}-token run: {a} {ea * 1e3:.3f} ms, {b} {eb * 1e3:.3f} ms "
        f"(ratio {r['flatness']:.2f})"
    )
    return "\n".join(rows)
