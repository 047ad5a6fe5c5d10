"""Training a sequence classifier (many-to-one): one label per text, judged by dev accuracy."""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import distributed as ddp
from rnncli import tokenizers
from rnncli.batching import length_sorted_batches
from rnncli.clf.data import Encoded, Labelled, Scores, encode, hold_out, make_batch, read_labelled
from rnncli.device import to_device
from rnncli.engine import EngineResult, RunResult, Step, Task, launch, prepare, run_training
from rnncli.errors import CheckpointError, InputError
from rnncli.models.classifier import ClfConfig, RNNClassifier
from rnncli.settings import DEFAULT_CLF_MAX_STEPS, TrainClfOptions
from rnncli.textio import bundled
from rnncli.training import CHANGEABLE_ON_RESUME, Callback, check_fixed_on_resume, merge_resume_options, total_steps

# The options a new model's ClfConfig takes (besides the vocabulary and label counts).
_MODEL_OPTIONS = ("cell", "embed", "hidden", "layers", "dropout", "bidirectional", "pool", "ngrams", "ngram_buckets")
_FIXED_ON_RESUME = (*_MODEL_OPTIONS, "kind", "vocab_size", "tokenizer", "batch_size", "max_len")
_CHANGEABLE_ON_RESUME = (*CHANGEABLE_ON_RESUME, "clip", "patience")


@dataclass(kw_only=True)
class TrainClfResult(RunResult):
    best_accuracy: float
    best_macro_f1: float
    scores: dict  # the best model's dev figures: accuracy, macro-F1, per label, confusion matrix


def train_clf(opts: TrainClfOptions, callback: Optional[Callback] = None) -> TrainClfResult:
    """Train a classifier; under torchrun, one process of a data-parallel run (see distributed.py)."""
    return run_training(_train_clf, opts, callback)


def _train_clf(
    opts: TrainClfOptions, callback: Optional[Callback], held: contextlib.ExitStack, dist: ddp.Dist
) -> TrainClfResult:
    emit = callback or (lambda e, d: None)
    setup = prepare(opts, "clf", held, dist, emit, _take_resumed_options)
    resume = setup.resume
    train, dev = _read_data(opts, emit)
    setup.claim(opts.out, "clf", opts.resume)
    tok, labels = _vocabularies(opts, train, resume, emit)
    index = {lab: i for i, lab in enumerate(labels)}
    unseen = sorted(set(dev.labels) - set(index))
    if unseen:
        raise InputError(f"the dev set has labels the training data lacks: {', '.join(unseen[:5])}")
    train_enc, dev_enc = encode(train, tok, index, opts.max_len), encode(dev, tok, index, opts.max_len)
    model, config = _model(opts, tok, labels, train_enc, resume)
    model.to(setup.device)
    batches_per_epoch = len(length_sorted_batches([len(x) for x in train_enc.ids], opts.batch_size, opts.seed, 0))
    task = ClfTask(model, config, tok, labels, train_enc, dev_enc, opts, setup.device, dist, batches_per_epoch)
    if resume is not None:
        task.load_train_state(resume["train"])
    start = {
        "tokens": int(sum(len(x) for x in train_enc.ids)),
        "texts": len(train_enc),
        "dev_texts": len(dev_enc),
        "labels": labels,
        "tokenizer": tok.describe(),
    }
    steps = total_steps(opts.max_steps, opts.epochs, batches_per_epoch, opts.time_budget, DEFAULT_CLF_MAX_STEPS)
    engine, r = launch(task, opts, setup, steps, start, " share each batch")
    result = _result(r, task.final_scores(engine))
    emit("end", asdict(result))
    return result


def _take_resumed_options(opts: TrainClfOptions, saved: dict, emit) -> None:
    check_fixed_on_resume(opts, saved, _FIXED_ON_RESUME)
    given = {"resume", "out"} | ({"train", "dev"} if opts.train else set())
    merge_resume_options(opts, saved, _CHANGEABLE_ON_RESUME, given, emit)


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


def _vocabularies(opts: TrainClfOptions, train: Labelled, resume: Optional[dict], emit):
    """The tokenizer and the label list: the checkpoint's when resuming, else a given tokenizer file or
    one learned from the training texts, and the training labels in sorted order."""
    if resume is not None:
        return tokenizers.from_state(resume["tokenizer"]), list(resume["labels"])
    if opts.tokenizer:
        tok = tokenizers.load(opts.tokenizer)
    else:
        if opts.kind != "char":
            emit("log", {"message": f"learning a {opts.kind} vocabulary ({opts.vocab_size} pieces)"})
        tok = tokenizers.train_tokenizer(train.texts, opts.kind, opts.vocab_size)
    return tok, sorted(set(train.labels))


def _model(opts: TrainClfOptions, tok, labels: list[str], train: Encoded, resume: Optional[dict]):
    """The checkpoint's model when resuming, else a new one whose output layer starts at the labels'
    frequencies in the training data."""
    if resume is not None:
        config = ClfConfig.from_dict(resume["model_config"])
        if (config.vocab_size, config.labels) != (tok.vocab_size, len(labels)):
            raise CheckpointError("the checkpoint's vocabulary or labels do not fit its model")
    else:
        settings = {k: getattr(opts, k) for k in _MODEL_OPTIONS}
        config = ClfConfig(vocab_size=tok.vocab_size, labels=len(labels), **settings)
    torch.manual_seed(opts.seed)
    model = RNNClassifier(config)
    if resume is not None:
        model.load_state_dict(resume["model"])
    else:
        model.init_output_bias(np.bincount(train.targets, minlength=len(labels)))
    return model, config


def _result(r: EngineResult, scores: Scores) -> TrainClfResult:
    best = r.best_record
    return TrainClfResult(
        **r.shared(), best_accuracy=best["accuracy"], best_macro_f1=best["macro_f1"], scores=scores.to_dict()
    )


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


class ClfTask(Task):
    """A classifier on the engine: batches of texts of similar length, reshuffled every epoch; judged by
    dev accuracy (macro-F1 and the loss reported beside it)."""

    kind, command, best_key = "clf", "train-clf", "best_accuracy"
    score_key, score_name, higher_is_better = "accuracy", "dev accuracy", True

    def __init__(self, model, config, tok, labels, train: Encoded, dev: Encoded, opts, device, dist, steps_per_epoch):
        self.model, self.config, self.tok, self.labels = model, config, tok, labels
        self.train, self.dev, self.opts, self.device, self.dist = train, dev, opts, device, dist
        self.lengths = [len(x) for x in train.ids]
        self.steps_per_epoch = steps_per_epoch
        self.epoch, self.batch_no = 0, 0
        self.batches: Optional[list] = None

    def load_train_state(self, tr: dict) -> None:
        self.epoch, self.batch_no = tr["epoch"], tr["batch_no"]

    def _epoch_batches(self) -> list[list[int]]:
        return length_sorted_batches(self.lengths, self.opts.batch_size, self.opts.seed, self.epoch)

    def batch_loss(self, net, step: int) -> Step:
        if self.batches is None:
            self.batches = self._epoch_batches()
        if self.batch_no >= len(self.batches):
            self.epoch, self.batch_no = self.epoch + 1, 0
            self.batches = self._epoch_batches()
        batch = self.batches[self.batch_no]
        self.batch_no += 1
        # Under torchrun each rank takes its share of the batch; the loss is scaled so that the ranks'
        # averaged gradients are the whole batch's (a rank left without a text runs one with weight 0).
        mine = batch[self.dist.rank :: self.dist.world] if self.dist.enabled else batch
        weight = self.dist.world * len(mine) / len(batch) if self.dist.enabled else 1.0
        ids, lengths, targets = make_batch(self.train, mine or batch[:1])
        logits = net(to_device(ids, self.device), lengths)
        loss = F.cross_entropy(logits.float(), to_device(targets, self.device)) * weight
        return Step(loss, int(lengths.sum()))

    def evaluate(self, final: bool) -> dict:
        probs, loss = predict(self.model, self.dev, self.device)
        self.model.train()
        scores = Scores.of(self.labels, self.dev.targets, probs.argmax(1))
        return {"val_loss": loss / max(len(self.dev), 1), "accuracy": scores.accuracy, "macro_f1": scores.macro_f1}

    def final_scores(self, engine) -> Scores:
        """The dev figures of best.ckpt's model (reloaded: the run may have ended on a worse one)."""
        from rnncli import checkpoint

        weights = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        if engine.best_path.exists():
            self.model.load_state_dict(checkpoint.load(engine.best_path, kind="clf")["model"])
        probs, _ = predict(self.model, self.dev, self.device)
        self.model.load_state_dict(weights)
        return Scores.of(self.labels, self.dev.targets, probs.argmax(1))

    def payload(self) -> dict:
        return {
            "model_config": self.config.to_dict(),
            "tokenizer": self.tok.to_state(),
            "labels": self.labels,
            "max_len": self.opts.max_len,
        }

    def train_state(self) -> dict:
        return {"epoch": self.epoch, "batch_no": self.batch_no}
