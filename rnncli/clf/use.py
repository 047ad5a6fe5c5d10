"""Using a trained classifier: loading it, labelling texts, scoring a labelled file, and which tokens
moved a decision."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import payload, tokenizers
from rnncli.clf.data import Encoded, Labelled, Scores, encode, make_batch
from rnncli.device import to_device
from rnncli.errors import InputError
from rnncli.models.classifier import ClfPayload, RNNClassifier


@dataclass
class LoadedClassifier:
    model: RNNClassifier
    tokenizer: tokenizers.AnyTokenizer
    labels: list[str]
    max_len: int
    path: Path
    device: torch.device


def load_classifier(path: Optional[str], device: str = "auto") -> LoadedClassifier:
    got = payload.load(ClfPayload, path, device)
    p = got.payload
    return LoadedClassifier(got.model, p.tokenizer, p.labels, p.max_len, got.path, got.device)


def predict(model: RNNClassifier, data: Encoded, device: torch.device, batch_size: int = 128):
    """The label probabilities (N, labels) of every text, in order, and the summed cross-entropy."""
    model.eval()
    probs = np.zeros((len(data), model.config.labels), dtype=np.float32)
    loss = 0.0
    order = sorted(range(len(data)), key=lambda i: len(data.ids[i]))
    with torch.inference_mode():
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            ids, lengths, targets = make_batch(data, idx)
            logits = model(to_device(ids, device), lengths).float()
            loss += F.cross_entropy(logits, to_device(targets, device), reduction="sum").item()
            probs[idx] = torch.softmax(logits, dim=-1).cpu().numpy()
    return probs, loss


def _encoded(clf: LoadedClassifier, texts: list[str], labels: Optional[list[str]] = None) -> Encoded:
    index = {lab: i for i, lab in enumerate(clf.labels)}
    return encode(Labelled(labels or [clf.labels[0]] * len(texts), texts), clf.tokenizer, index, clf.max_len)


def classify(clf: LoadedClassifier, texts: list[str]) -> np.ndarray:
    """The label probabilities (N, labels) of each text, in order."""
    if not texts:
        return np.zeros((0, len(clf.labels)), dtype=np.float32)
    return predict(clf.model, _encoded(clf, texts), clf.device)[0]


def ranked(clf: LoadedClassifier, probs: np.ndarray, top: Optional[int] = None) -> list[list[tuple[str, float]]]:
    """Each text's ``top`` most probable labels (1 when None) with their probabilities, most probable
    first (the first of equals)."""
    out = []
    for p in probs:
        order = np.argsort(-p, kind="stable")[: top or 1]
        out.append([(clf.labels[i], float(p[i])) for i in order])
    return out


def score(clf: LoadedClassifier, data: Labelled) -> Scores:
    """Accuracy, macro-F1 and the confusion matrix of the classifier on a labelled file."""
    unseen = sorted(set(data.labels) - set(clf.labels))
    if unseen:
        shown = ", ".join(repr(x) for x in unseen[:5])
        raise InputError(f"labels the classifier was not trained on: {shown}", f"it knows {', '.join(clf.labels[:20])}")
    probs = predict(clf.model, _encoded(clf, data.texts, data.labels), clf.device)[0]
    index = {lab: i for i, lab in enumerate(clf.labels)}
    return Scores.of(clf.labels, [index[lab] for lab in data.labels], probs.argmax(1))


def explain(clf: LoadedClassifier, text: str) -> tuple[list[str], np.ndarray, int]:
    """Which tokens moved the decision: the text's tokens, one weight per token, and the winning label.

    With attention pooling the weights are the attention over the tokens (they sum to 1). Otherwise
    they are how much reading each token changed the winning label's probability: the probability
    after the first k tokens minus that after the first k-1 (from an even chance before any token),
    so that a token that pushed towards the decision is positive and one that pushed away negative."""
    enc = _encoded(clf, [text])
    ids = torch.from_numpy(enc.ids[0])[None].to(clf.device)
    n = ids.shape[1]
    pieces = [clf.tokenizer.decode([int(i)]) for i in enc.ids[0]]
    with torch.inference_mode():
        if clf.model.config.pool == "attention":
            vec, weights = clf.model.encode(ids, torch.tensor([n]))
            winner = int(clf.model.out(vec).argmax(-1))
            return pieces, weights[0].float().cpu().numpy(), winner
        prefixes = ids.expand(n, n).clone()  # row k: the first k+1 tokens (the rest is padding)
        probs = torch.softmax(clf.model(prefixes, torch.arange(1, n + 1)).float(), dim=-1).cpu().numpy()
    winner = int(probs[-1].argmax())
    path = np.concatenate([[1.0 / len(clf.labels)], probs[:, winner]])
    return pieces, np.diff(path), winner


def explain_colours(clf: LoadedClassifier, weights: np.ndarray) -> list[tuple[int, int, int]]:
    """The background of each token of an explanation: attention weights white to dark (scaled to the
    largest), changes of probability blue (away from the decision) to red (towards it)."""
    from rnncli.inspect.colours import diverging, sequential

    scale = max(float(np.abs(weights).max()), 1e-9) if len(weights) else 1.0
    colour = sequential if clf.model.config.pool == "attention" else diverging
    return [colour(float(w) / scale) for w in weights]
