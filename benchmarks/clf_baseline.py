"""Language identification against a simple baseline: ``python -m benchmarks clf-baseline [--checkpoint CKPT]``.

The baseline is multinomial Naive Bayes over character 1- to 4-grams (the text padded with a space
on each side, add-alpha smoothing with alpha chosen on the dev split among 0.01, 0.1, 1), trained on
the bundled ``data/langid/train.tsv`` and scored on ``test.tsv``: the standard strong-and-simple
language identifier. With ``--checkpoint`` a classifier trained by ``rnncli train-clf`` is scored on
the same test split (``rnncli classify CKPT test.tsv --eval``'s figures).
"""

from __future__ import annotations

import math
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "langid"
ORDERS = (1, 2, 3, 4)


def _read(name: str) -> tuple[list[str], list[str]]:
    labels, texts = [], []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        label, _, text = line.partition("\t")
        labels.append(label)
        texts.append(text)
    return labels, texts


def _grams(text: str) -> Counter:
    t = f" {text.casefold()} "
    return Counter(t[i : i + n] for n in ORDERS for i in range(len(t) - n + 1))


class NaiveBayes:
    def __init__(self, labels: list[str], texts: list[str]):
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.docs = Counter(labels)
        for label, text in zip(labels, texts):
            self.counts[label].update(_grams(text))
        self.labels = sorted(self.docs)
        self.vocab = set().union(*self.counts.values())
        self.totals = {lab: sum(c.values()) for lab, c in self.counts.items()}
        self.alpha = 1.0

    def predict(self, text: str) -> str:
        grams = _grams(text)
        v = len(self.vocab)
        best, best_score = None, -math.inf
        n_docs = sum(self.docs.values())
        for lab in self.labels:
            c, denom = self.counts[lab], self.totals[lab] + self.alpha * v
            score = math.log(self.docs[lab] / n_docs)
            score += sum(k * math.log((c.get(g, 0) + self.alpha) / denom) for g, k in grams.items() if g in self.vocab)
            if score > best_score:
                best, best_score = lab, score
        return best

    def accuracy(self, labels: list[str], texts: list[str]) -> float:
        return sum(self.predict(t) == lab for lab, t in zip(labels, texts)) / max(len(texts), 1)


def run(checkpoint: str | None = None) -> dict:
    train, dev, test = _read("train.tsv"), _read("dev.tsv"), _read("test.tsv")
    t0 = time.perf_counter()
    nb = NaiveBayes(*train)
    dev_acc = {}
    for alpha in (0.01, 0.1, 1.0):
        nb.alpha = alpha
        dev_acc[alpha] = nb.accuracy(*dev)
    nb.alpha = max(dev_acc, key=dev_acc.get)
    out = {
        "languages": len(nb.labels),
        "train": len(train[0]),
        "test": len(test[0]),
        "naive_bayes": {"alpha": nb.alpha, "dev_accuracy": dev_acc[nb.alpha], "test_accuracy": nb.accuracy(*test)},
        "naive_bayes_seconds": round(time.perf_counter() - t0, 1),
    }
    if checkpoint:
        from rnncli.clf.data import read_labelled
        from rnncli.clf.use import load_classifier, score

        s = score(load_classifier(checkpoint), read_labelled(str(DATA / "test.tsv")))
        out["rnncli"] = {"test_accuracy": s.accuracy, "test_macro_f1": s.macro_f1, "checkpoint": checkpoint}
    return out


def report(r: dict) -> str:
    nb = r["naive_bayes"]
    lines = [
        f"language identification, {r['languages']} languages, {r['train']:,} training and {r['test']:,} test "
        "messages (test packages unseen in training)",
        f"  character 1-4-gram naive Bayes (alpha {nb['alpha']}): test accuracy {nb['test_accuracy']:.2%} "
        f"(dev {nb['dev_accuracy']:.2%}; {r['naive_bayes_seconds']} s)",
    ]
    if "rnncli" in r:
        lines.append(
            f"  rnncli classifier {r['rnncli']['checkpoint']}: test accuracy {r['rnncli']['test_accuracy']:.2%}, "
            f"macro-F1 {r['rnncli']['test_macro_f1']:.3f}"
        )
    return "\n".join(lines)
