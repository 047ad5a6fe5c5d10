"""The baseline of ``python -m benchmarks lm-quality``: a character language model trained the way
the PyTorch word-language-model example trains its LSTM, with that example's own recipe.

Written for this benchmark after the example's structure (not copied): the text is one long tensor
of token ids cut into ``batch`` columns (``batchify``), trained in windows of ``bptt`` tokens with
the hidden state carried across windows and detached (``repackage_hidden``); the model is
embedding -> dropout -> multi-layer LSTM (dropout between layers) -> dropout -> linear, with the
embedding and output weights drawn from U(-0.1, 0.1); plain SGD written by hand at lr 20 after
clipping the gradient norm to 0.25; after every epoch the validation loss decides: a better model
is kept, otherwise the rate is divided by 4. The vocabulary is every character of the three splits
(the example builds its dictionary over train, valid and test). Character view: tokens are the
characters, so bits per token are bits per character.

With a time budget the loop stops when the budget is spent (evaluations count against it, as in
rnncli); the model at that moment is validated once more and kept if it is better, and the kept
model scores the test text with the example's evaluation (``eval_batch`` columns). Run as a
script in a fresh process, as a user's script runs; prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import math
import time

import torch
import torch.nn as nn


class CharLSTM(nn.Module):
    def __init__(self, vocab: int, embed: int, hidden: int, layers: int, dropout: float):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(vocab, embed)
        self.rnn = nn.LSTM(embed, hidden, layers, dropout=dropout)
        self.decoder = nn.Linear(hidden, vocab)
        nn.init.uniform_(self.encoder.weight, -0.1, 0.1)
        nn.init.zeros_(self.decoder.bias)
        nn.init.uniform_(self.decoder.weight, -0.1, 0.1)

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.drop(self.encoder(x)), hidden)
        return self.decoder(self.drop(out)), hidden


def batchify(ids: torch.Tensor, columns: int) -> torch.Tensor:
    n = ids.numel() // columns
    return ids[: n * columns].view(columns, n).t().contiguous()  # (time, columns)


def detach(hidden):
    return tuple(h.detach() for h in hidden)


def evaluate(model: CharLSTM, data: torch.Tensor, bptt: int) -> float:
    """Mean cross-entropy in nats per token over ``data`` (time, columns)."""
    model.eval()
    total, hidden = 0.0, None
    with torch.no_grad():
        for i in range(0, data.size(0) - 1, bptt):
            n = min(bptt, data.size(0) - 1 - i)
            out, hidden = model(data[i : i + n], hidden)
            target = data[i + 1 : i + 1 + n].reshape(-1)
            total += n * nn.functional.cross_entropy(out.view(-1, out.size(-1)), target).item()
    model.train()
    return total / (data.size(0) - 1)


def train(args) -> dict:
    torch.manual_seed(args.seed)
    texts = {
        k: open(p, encoding="utf-8").read()
        for k, p in (("train", args.train), ("valid", args.valid), ("test", args.test))
    }
    chars = sorted(set("".join(texts.values())))
    index = {c: i for i, c in enumerate(chars)}
    ids = {k: torch.tensor([index[c] for c in t], dtype=torch.long) for k, t in texts.items()}
    train_data = batchify(ids["train"], args.batch)
    val_data, test_data = batchify(ids["valid"], args.eval_batch), batchify(ids["test"], args.eval_batch)
    model = CharLSTM(len(chars), args.embed, args.hidden, args.layers, args.dropout)
    lr, best_val, best_state, steps, epochs = args.lr, math.inf, None, 0, 0
    budget = args.minutes * 60
    t0 = time.perf_counter()

    def validate():
        nonlocal best_val, best_state, lr
        val = evaluate(model, val_data, args.bptt)
        if val < best_val:
            best_val, best_state = val, {k: v.clone() for k, v in model.state_dict().items()}
        else:
            lr /= 4.0
        return val

    while time.perf_counter() - t0 < budget and steps != args.max_steps:
        hidden = None
        for i in range(0, train_data.size(0) - 1, args.bptt):
            n = min(args.bptt, train_data.size(0) - 1 - i)
            x, y = train_data[i : i + n], train_data[i + 1 : i + 1 + n]
            hidden = None if hidden is None else detach(hidden)
            model.zero_grad()
            out, hidden = model(x, hidden)
            loss = nn.functional.cross_entropy(out.view(-1, out.size(-1)), y.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), args.clip)
            for p in model.parameters():
                p.data.add_(p.grad, alpha=-lr)
            steps += 1
            if time.perf_counter() - t0 >= budget or steps == args.max_steps:
                break
        else:
            epochs += 1
            validate()
            continue
        break
    trained_s = time.perf_counter() - t0
    validate()  # the model when the time ran out
    model.load_state_dict(best_state)
    test = evaluate(model, test_data, args.bptt)
    return {
        "steps": steps,
        "epochs": epochs,
        "seconds": trained_s,
        "val_bpc": best_val / math.log(2),
        "test_bpc": test / math.log(2),
        "vocab": len(chars),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--valid", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--minutes", type=float, default=4.0)
    ap.add_argument("--max-steps", type=int, default=None, help="also stop after this many steps")
    ap.add_argument("--embed", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--eval-batch", type=int, default=10)
    ap.add_argument("--bptt", type=int, default=128)
    ap.add_argument("--lr", type=float, default=20.0)
    ap.add_argument("--clip", type=float, default=0.25)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--seed", type=int, default=1111)
    print(json.dumps(train(ap.parse_args())))


if __name__ == "__main__":
    main()
