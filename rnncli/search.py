"""Decoding a translation: greedy search and batched beam search.

Both take a batch of source sentences and return, for each, a list of hypotheses (token ids
without BOS/EOS, total log-probability, normalised score, attention weights).

Beam search keeps ``k`` hypotheses per sentence and runs all of them, for all sentences of the
batch, as one tensor of B*k rows.  At every step each hypothesis is extended by every token
(log-probabilities summed); of the 2k best extensions per sentence, those ending in EOS among the
top k are set aside as finished and the best k others stay active.  A sentence is done when k
hypotheses have finished or its length limit is reached; hypotheses are ranked by their
log-probability divided by length**alpha (alpha = 1: plain per-token normalisation; 0: none).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import torch

from rnncli.models.seq2seq import BOS, EOS, Seq2Seq


@dataclass
class Hypothesis:
    tokens: list[int]
    logprob: float
    score: float
    attention: Optional[torch.Tensor] = field(default=None, repr=False)  # (target len, source len)


def _normalise(logprob: float, length: int, alpha: float) -> float:
    return logprob / (max(length, 1) ** alpha) if alpha else logprob


def _limits(src_len: torch.Tensor, max_len: int, ratio: Optional[float]) -> torch.Tensor:
    lim = torch.full_like(src_len, max_len)
    if ratio is not None:
        lim = torch.minimum(lim, (src_len.float() * ratio).ceil().long() + 5)
    return lim.clamp(min=1)


@torch.no_grad()
def greedy(
    model: Seq2Seq,
    src: torch.Tensor,
    src_len: torch.Tensor,
    max_len: int = 200,
    ratio: Optional[float] = 2.0,
    alpha: float = 1.0,
    keep_attention: bool = False,
) -> list[list[Hypothesis]]:
    model.eval()
    memory, keys, mask, state = model.encode(src, src_len)
    step = model.decoder.stepper()
    B = src.shape[0]
    limits = _limits(src_len, max_len, ratio).tolist()
    feed = model.decoder.init_feed(B, memory)
    y = torch.full((B,), BOS, dtype=torch.long, device=src.device)
    tokens: list[list[int]] = [[] for _ in range(B)]
    logprob = [0.0] * B
    attn: list[list[torch.Tensor]] = [[] for _ in range(B)]
    done = [False] * B
    for t in range(max(limits)):
        logits, state, feed, weights = step(y, state, feed, memory, keys, mask)
        logp = torch.log_softmax(logits.float(), dim=-1)
        y = logp.argmax(dim=-1)
        best = logp.gather(1, y[:, None]).squeeze(1).tolist()
        ys = y.tolist()
        for b in range(B):
            if done[b]:
                continue
            logprob[b] += best[b]
            if keep_attention and weights is not None:
                attn[b].append(weights[b, : int(src_len[b])].cpu())
            if ys[b] == EOS:
                done[b] = True
            else:
                tokens[b].append(ys[b])
                if len(tokens[b]) >= limits[b]:
                    done[b] = True
        if all(done):
            break
    out = []
    for b in range(B):
        n = len(tokens[b]) + (1 if len(tokens[b]) < limits[b] else 0)  # EOS counts when it was produced
        a = torch.stack(attn[b]) if attn[b] else None
        out.append([Hypothesis(tokens[b], logprob[b], _normalise(logprob[b], n, alpha), a)])
    return out


@torch.no_grad()
def beam_search(
    model: Seq2Seq,
    src: torch.Tensor,
    src_len: torch.Tensor,
    k: int = 5,
    max_len: int = 200,
    ratio: Optional[float] = 2.0,
    alpha: float = 1.0,
    n_best: int = 1,
    keep_attention: bool = False,
) -> list[list[Hypothesis]]:
    model.eval()
    B, dev = src.shape[0], src.device
    memory, keys, mask, state = model.encode(src, src_len)
    step = model.decoder.stepper()
    limits = _limits(src_len, max_len, ratio)

    # Every sentence's tensors repeated k times: row b*k + j is hypothesis j of sentence b.
    def expand(x):
        return x.repeat_interleave(k, dim=0)

    memory, keys, mask = expand(memory), expand(keys), expand(mask)
    state = [tuple(expand(p) for p in s) if isinstance(s, tuple) else expand(s) for s in state]
    feed = model.decoder.init_feed(B * k, memory)
    y = torch.full((B * k,), BOS, dtype=torch.long, device=dev)
    # Only the first hypothesis of each sentence is live at the start (the others are copies).
    scores = torch.full((B, k), float("-inf"), device=dev)
    scores[:, 0] = 0.0
    history = torch.zeros(B * k, 0, dtype=torch.long, device=dev)
    attn_hist = torch.zeros(B * k, 0, memory.shape[1], device=dev) if keep_attention else None
    finished: list[list[Hypothesis]] = [[] for _ in range(B)]
    done = torch.zeros(B, dtype=torch.bool, device=dev)
    # Sentences leave the batch when they are done; orig[b] is the input sentence at batch row b.
    orig = list(range(B))
    lengths = src_len.tolist()
    base = (torch.arange(B, device=dev) * k)[:, None]
    V = model.config.tgt_vocab
    for t in range(int(limits.max())):
        logits, state, feed, weights = step(y, state, feed, memory, keys, mask)
        logp = torch.log_softmax(logits.float(), dim=-1)
        cand = (scores.view(B * k, 1) + logp).view(B, k * V)
        top_scores, top_idx = cand.topk(min(2 * k, k * V), dim=1)
        beam = torch.div(top_idx, V, rounding_mode="floor")
        tok = top_idx % V
        is_eos = tok == EOS
        at_limit = (t + 1) >= limits  # (B,) this step is the last one allowed
        # Set aside finished hypotheses: EOS among the top k, for sentences still running.
        eos_top = is_eos[:, :k] & ~done[:, None] & torch.isfinite(top_scores[:, :k])
        if eos_top.any():
            for b, j in eos_top.nonzero().tolist():
                src_row = b * k + int(beam[b, j])
                toks = history[src_row].tolist()
                lp = float(top_scores[b, j])
                a = None
                if keep_attention:
                    a = torch.cat([attn_hist[src_row], weights[src_row][None]], 0)[:, : lengths[orig[b]]].cpu()
                finished[orig[b]].append(Hypothesis(toks, lp, _normalise(lp, len(toks) + 1, alpha), a))
        # The best k extensions that do not end in EOS stay active.
        rank = is_eos.float() * (2 * k) + torch.arange(top_idx.shape[1], device=dev)[None, :].float()
        keep = rank.argsort(dim=1)[:, :k]
        new_scores = top_scores.gather(1, keep)
        new_beam = beam.gather(1, keep)
        new_tok = tok.gather(1, keep)
        rows = (base + new_beam).view(-1)
        history = torch.cat([history.index_select(0, rows), new_tok.view(-1, 1)], dim=1)
        if keep_attention:
            attn_hist = torch.cat([attn_hist.index_select(0, rows), weights.index_select(0, rows)[:, None]], 1)
        state = [
            tuple(p.index_select(0, rows) for p in s) if isinstance(s, tuple) else s.index_select(0, rows)
            for s in state
        ]
        if feed is not None:
            feed = feed.index_select(0, rows)
        scores = new_scores
        y = new_tok.view(-1)
        # Sentences are done when k hypotheses finished; at the length limit the active ones count too.
        for b in range(B):
            if done[b]:
                continue
            if len(finished[orig[b]]) >= k:
                done[b] = True
            elif at_limit[b]:
                for j in range(k):
                    lp = float(scores[b, j])
                    if lp == float("-inf"):
                        continue
                    row = b * k + j
                    a = attn_hist[row][:, : lengths[orig[b]]].cpu() if keep_attention else None
                    finished[orig[b]].append(
                        Hypothesis(history[row].tolist(), lp, _normalise(lp, history.shape[1], alpha), a)
                    )
                done[b] = True
        if bool(done.all()):
            break
        if bool(done.any()):  # the sentences that are done leave the batch
            live = (~done).nonzero().squeeze(1)
            live_rows = (live[:, None] * k + torch.arange(k, device=dev)[None, :]).view(-1)
            memory, keys, mask = (
                memory.index_select(0, live_rows),
                keys.index_select(0, live_rows),
                mask.index_select(0, live_rows),
            )
            state = [
                tuple(p.index_select(0, live_rows) for p in s) if isinstance(s, tuple) else s.index_select(0, live_rows)
                for s in state
            ]
            if feed is not None:
                feed = feed.index_select(0, live_rows)
            y, history = y.index_select(0, live_rows), history.index_select(0, live_rows)
            if keep_attention:
                attn_hist = attn_hist.index_select(0, live_rows)
            scores, limits = scores.index_select(0, live), limits.index_select(0, live.to(limits.device))
            orig = [orig[i] for i in live.tolist()]
            B = len(orig)
            done = torch.zeros(B, dtype=torch.bool, device=dev)
            base = (torch.arange(B, device=dev) * k)[:, None]
    return [sorted(f, key=lambda h: h.score, reverse=True)[: max(n_best, 1)] for f in finished]
