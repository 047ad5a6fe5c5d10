"""Training a sequence classifier (many-to-one): one label per text, judged by dev accuracy."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import tokenizers
from rnncli.batching import EpochCursor, length_sorted_batches
from rnncli.clf.data import Encoded, Labelled, Scores, encode, hold_out, make_batch, read_labelled
from rnncli.clf.use import predict, rnn_log_probs
from rnncli.device import to_device
from rnncli.engine import Callback, EngineResult, RunResult, Step, Task, Trainer, train
from rnncli.errors import InputError
from rnncli.models import wide
from rnncli.models.classifier import ClfPayload, RNNClassifier
from rnncli.settings import TrainClfOptions
from rnncli.textio import bundled


@dataclass(kw_only=True)
class TrainClfResult(RunResult):
    best_accuracy: float
    best_macro_f1: float
    scores: dict  # the best model's dev figures: accuracy, macro-F1, per label, confusion matrix


def train_clf(opts: TrainClfOptions, callback: Optional[Callback] = None) -> TrainClfResult:
    """Train a classifier; under torchrun, one process of a data-parallel run (see distributed.py)."""
    return train(ClfTrainer, opts, callback)


class ClfTrainer(Trainer):
    """The classifier's steps of a run (see engine.Trainer): labelled texts, a tokenizer and the label
    list, a model whose output layer starts at the labels' frequencies."""

    payload_class = ClfPayload
    opts: TrainClfOptions

    def read(self) -> None:
        self.train_data, self.dev_data = _read_data(self.opts, self.emit)

    def learn_vocabulary(self) -> dict:
        opts = self.opts
        if opts.tokenizer:
            tok = tokenizers.load(opts.tokenizer)
        else:
            if opts.kind != "char":
                self.emit("log", {"message": f"learning a {opts.kind} vocabulary ({opts.vocab_size} pieces)"})
            tok = tokenizers.train_tokenizer(self.train_data.texts, opts.kind, opts.vocab_size)
        return {"tokenizer": tok.to_state(), "labels": sorted(set(self.train_data.labels))}

    def vocabulary_from(self, saved: dict):
        return ClfPayload.vocabulary(saved)["tokenizer"], [str(x) for x in saved["labels"]]

    def encode(self, vocab) -> None:
        tok, labels = vocab
        index = {lab: i for i, lab in enumerate(labels)}
        unseen = sorted(set(self.dev_data.labels) - set(index))
        if unseen:
            raise InputError(f"the dev set has labels the training data lacks: {', '.join(unseen[:5])}")
        self.train_enc = encode(self.train_data, tok, index, self.opts.max_len)
        self.dev_enc = encode(self.dev_data, tok, index, self.opts.max_len)

    def sizes(self, vocab) -> dict:
        return {"vocab_size": vocab[0].vocab_size, "labels": len(vocab[1])}

    def initialise(self, model: RNNClassifier) -> None:
        model.init_output_bias(np.bincount(self.train_enc.targets, minlength=model.config.labels))
        if model.config.wide:
            fit_wide(model, self.train_enc, self.dev_enc, lambda m: self.emit("log", {"message": m}))

    def task(self, model, config, vocab) -> "ClfTask":
        return ClfTask(model, config, *vocab, self.train_enc, self.dev_enc, self.opts, self.setup.device, self.dist)

    def start_info(self, task) -> dict:
        return {
            "tokens": int(sum(len(x) for x in self.train_enc.ids)),
            "texts": len(self.train_enc),
            "dev_texts": len(self.dev_enc),
            "labels": task.labels,
            "tokenizer": task.tok.describe(),
        }

    def result(self, engine, r: EngineResult) -> TrainClfResult:
        best, scores = r.best_record, engine.task.final_scores(engine)
        return TrainClfResult(
            **r.shared(), best_accuracy=best["accuracy"], best_macro_f1=best["macro_f1"], scores=scores.to_dict()
        )


def _read_data(opts: TrainClfOptions, emit) -> tuple[Labelled, Labelled]:
    """The training and dev texts; the bundled language-identification data when no file is given,
    and a held-out share of the training file when no dev file is."""
    train_path = opts.train or str(bundled("langid", "train.tsv"))
    dev_path = opts.dev or (None if opts.train else str(bundled("langid", "dev.tsv")))
    train = read_labelled(train_path, "training file")
    if dev_path is None:
        train, dev = hold_out(train, opts.dev_fraction, opts.seed)
        emit("log", {"message": f"no dev file given: {len(dev.texts):,} texts held out as the dev set"})
    else:
        dev = read_labelled(dev_path, "dev file")
    counts = sorted(((n, lab) for lab, n in Counter(train.labels).items()), key=lambda x: (-x[0], x[1]))
    if len(counts) < 2:
        raise InputError(f"the training data has one label ({counts[0][1]}): a classifier needs two or more")
    ratio = counts[0][0] / counts[-1][0]
    emit(
        "log",
        {
            "message": f"{len(counts)} labels, {len(train.texts):,} training texts: "
            + ", ".join(f"{lab} {n:,}" for n, lab in counts[:8])
            + (" ..." if len(counts) > 8 else "")
            + (f" (imbalanced: the largest label has {ratio:.1f}x the smallest)" if ratio >= 3 else "")
        },
    )
    return train, dev


class ClfTask(Task):
    """A classifier on the engine: batches of texts of similar length, reshuffled every epoch; judged by
    dev accuracy (macro-F1 and the loss reported beside it)."""

    kind, command, best_key = "clf", "train-clf", "best_accuracy"
    score_key, score_name, higher_is_better = "accuracy", "dev accuracy", True

    def __init__(self, model, config, tok, labels, train: Encoded, dev: Encoded, opts, device, dist):
        self.model, self.config, self.tok, self.labels = model, config, tok, labels
        self.train, self.dev, self.opts, self.device, self.dist = train, dev, opts, device, dist
        lengths = [len(x) for x in train.ids]
        self.cursor = EpochCursor(lambda epoch: length_sorted_batches(lengths, opts.batch_size, opts.seed, epoch))
        self.steps_per_epoch = self.cursor.per_epoch
        self.dev_wide = None  # the wide path's dev scores (fixed: its weights do not train)

    def resumable(self) -> list:
        return [self.cursor]

    def batch_loss(self, net, step: int) -> Step:
        batch = self.cursor.next()
        # Under torchrun each rank takes its share of the batch; the loss is scaled so that the ranks'
        # averaged gradients are the whole batch's (a rank left without a text runs one with weight 0).
        mine = self.dist.share(batch)
        weight = self.dist.world * len(mine) / len(batch) if self.dist.enabled else 1.0
        ids, lengths, targets = make_batch(self.train, mine or batch[:1])
        logits = net(to_device(ids, self.device), lengths)
        loss = F.cross_entropy(
            logits.float(), to_device(targets, self.device), label_smoothing=self.opts.label_smoothing
        )
        loss = loss * weight
        return Step(loss, int(lengths.sum()))

    def evaluate(self, final: bool) -> dict:
        record = {}
        if self.model.config.wide:
            if self.dev_wide is None:
                self.dev_wide = self.model.wide_scores(self.dev.texts)
            logp = rnn_log_probs(self.model, self.dev, self.device)
            self.model.wide_scale.fill_(wide.best_scale(logp, self.dev_wide, self.dev.targets))
            alone = Scores.of(self.labels, self.dev.targets, logp.argmax(1))
            record = {"rnn_accuracy": alone.accuracy, "wide_scale": float(self.model.wide_scale)}
        probs, loss = predict(self.model, self.dev, self.device, self.dev_wide)
        self.model.train()
        scores = Scores.of(self.labels, self.dev.targets, probs.argmax(1))
        loss = loss / max(len(self.dev), 1)
        return {"val_loss": loss, "accuracy": scores.accuracy, "macro_f1": scores.macro_f1, **record}

    def final_scores(self, engine) -> Scores:
        """The dev figures of best.ckpt's model (reloaded: the run may have ended on a worse one)."""
        from rnncli import checkpoint

        weights = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        if engine.best_path.exists():
            self.model.load_state_dict(checkpoint.load(engine.best_path, kind="clf")["model"])
        probs, _ = predict(self.model, self.dev, self.device, self.dev_wide)
        self.model.load_state_dict(weights)
        return Scores.of(self.labels, self.dev.targets, probs.argmax(1))

    def payload(self) -> dict:
        return ClfPayload(self.config, self.tok, self.labels, self.opts.max_len).to_dict()


def fit_wide(model: RNNClassifier, train: Encoded, dev: Encoded, log):
    """Fit the model's wide path (rnncli/models/wide.py) on the training texts, its regularisation
    chosen on the dev texts, and put its weights into the model's buffers."""
    c = model.config
    t = time.perf_counter()
    train_counts = wide.counts(train.texts, c.wide, c.wide_buckets)
    idf = wide.inverse_document_frequency(train_counts, c.wide_buckets)
    train_x = wide.weigh(train_counts, idf)
    dev_x = wide.weigh(wide.counts(dev.texts, c.wide, c.wide_buckets), idf)
    weight, bias, chosen = wide.fit(train_x, train.targets, dev_x, dev.targets, c.labels, log)
    with torch.no_grad():
        model.wide_weight.copy_(torch.from_numpy(weight))
        model.wide_bias.copy_(torch.from_numpy(bias))
        model.wide_idf.copy_(torch.from_numpy(idf))
        model.wide_c.fill_(chosen)
    log(f"wide path fitted in {time.perf_counter() - t:.1f} s (C {chosen}); the RNN trains next")
