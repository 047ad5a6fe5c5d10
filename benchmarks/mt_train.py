"""Translation training throughput: the fused decoder (no input feeding, rnncli's default) against
Luong's input-feeding decoder, which has to run one step at a time, measured side by side.

Both use rnncli's own model and batching code on the bundled en-de training data with the default
``train-mt`` settings (1x256 bidirectional LSTM encoder, dot attention, BPE 4000 per side,
64 sentence pairs per batch): forward, cross-entropy, backward, gradient clipping and an Adam step.
The two variants alternate, batch sequence and all, so both see the same machine state; the figure
is the ratio of the median target tokens per second.
"""

from __future__ import annotations

import statistics
import time

from rnncli.textio import bundled


def run(steps: int = 15, repeats: int = 3, attention: str = "dot") -> dict:
    import torch
    import torch.nn.functional as F

    from rnncli import tokenizers
    from rnncli.models.seq2seq import MTConfig, Seq2Seq
    from rnncli.mt.corpus import bucketed_batches, encode_pairs, make_batch, read_pairs
    from rnncli.tokenizers import PAD

    sources, targets = read_pairs(
        str(bundled("mt", "en-de", "train.en")), str(bundled("mt", "en-de", "train.de")), None, "training"
    )
    src_tok = tokenizers.train_tokenizer(["\n".join(sources)], "bpe", 4000)
    tgt_tok = tokenizers.train_tokenizer(["\n".join(targets)], "bpe", 4000)
    pairs = encode_pairs(sources, targets, src_tok, tgt_tok, 64)
    order = bucketed_batches(pairs, 64, 1234, 0)
    variants = {"fused (default)": False, "input feeding": True}
    models, optimizers = {}, {}
    for name, feeding in variants.items():
        torch.manual_seed(0)
        models[name] = Seq2Seq(
            MTConfig(
                src_vocab=src_tok.vocab_size,
                tgt_vocab=tgt_tok.vocab_size,
                embed=128,
                hidden=256,
                attention=attention,
                input_feeding=feeding,
            )
        ).train()
        optimizers[name] = torch.optim.Adam(models[name].parameters(), 2e-3)

    def train_steps(name: str, batch_ids: list) -> tuple[int, float]:
        model, opt = models[name], optimizers[name]
        tokens = 0
        t0 = time.perf_counter()
        for ids in batch_ids:
            b = make_batch(pairs, ids)
            logits = model(b.src, b.src_len, b.tgt_in)
            loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), b.tgt_out.reshape(-1), ignore_index=PAD)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            tokens += b.tokens
        return tokens, time.perf_counter() - t0

    for name in variants:  # warm-up
        train_steps(name, order[:3])
    rates: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(repeats):
        chunk = order[3 + r * steps : 3 + (r + 1) * steps]
        for name in variants:
            tokens, seconds = train_steps(name, chunk)
            rates[name].append(tokens / seconds)
    med = {name: statistics.median(v) for name, v in rates.items()}
    return {
        "steps": steps,
        "repeats": repeats,
        "attention": attention,
        "tokens_per_s": med,
        "ratio": med["fused (default)"] / med["input feeding"],
        "threads": torch.get_num_threads(),
    }


def report(r: dict) -> str:
    rows = [f"train-mt step throughput ({r['attention']} attention), median of {r['repeats']} x {r['steps']} batches"]
    for name, rate in r["tokens_per_s"].items():
        rows.append(f"  {name:<16} {rate:9.0f} target tokens/s")
    rows.append(f"  ratio fused/input feeding: {r['ratio']:.2f}x")
    return "\n".join(rows)
