"""Training a visual question answerer: batches of questions with their images, cross-entropy over the
answer classes, judged by dev accuracy (soft accuracy for VQA v2); at the end, accuracy per question type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import tokenizers
from rnncli.batching import EpochCursor
from rnncli.device import to_device
from rnncli.engine import Callback, EngineResult, RunResult, Step, Task, Trainer, train
from rnncli.images import load_image_sets, read_weights
from rnncli.models.cnn import new_grid_config, settle_image_size
from rnncli.models.vqa import VQAModel, VQAPayload
from rnncli.settings import TrainVQAOptions
from rnncli.textio import bundled
from rnncli.vqa.data import (
    Encoded,
    Questions,
    accuracy_by_type,
    answer_classes,
    encode,
    hold_out,
    image_batches,
    make_batch,
    read_questions,
    score,
)


@dataclass(kw_only=True)
class TrainVQAResult(RunResult):
    best_accuracy: float
    final_val_loss: float
    by_type: dict  # the best model's dev accuracy per question type


def train_vqa(opts: TrainVQAOptions, callback: Optional[Callback] = None) -> TrainVQAResult:
    """Train a question answerer; under torchrun, one process of a data-parallel run (see distributed.py)."""
    return train(VQATrainer, opts, callback)


class VQATrainer(Trainer):
    """The question answerer's steps of a run (see engine.Trainer): questions and their images read at
    one size, a question vocabulary and the answer classes, an output layer that starts at the answers'
    frequencies."""

    payload_class = VQAPayload
    opts: TrainVQAOptions

    def read(self) -> None:
        self.train_data, self.dev_data = data = _read_data(self.opts, self.emit)
        self.size = settle_image_size(self.opts, data, self.emit)
        crop = self.opts.crop
        self.train_images, self.dev_images = load_image_sets(data, self.size, crop, self.emit, self.opts.max_pixels)

    def learn_vocabulary(self) -> dict:
        opts, questions = self.opts, [q.text for q in self.train_data.items]
        if opts.tokenizer:
            tok = tokenizers.load(opts.tokenizer)
        else:
            if opts.kind != "char":
                self.emit("log", {"message": f"learning a {opts.kind} vocabulary (up to {opts.vocab_size} pieces)"})
            tok = tokenizers.train_tokenizer(["\n".join(questions)], opts.kind, opts.vocab_size, up_to=True)
        return {"tokenizer": tok.to_state(), "answers": answer_classes(self.train_data, opts.answers)}

    def vocabulary_from(self, saved: dict):
        return VQAPayload.vocabulary(saved)["tokenizer"], [str(x) for x in saved["answers"]]

    def encode(self, vocab) -> None:
        tok, answers = vocab
        self.train_enc, self.dev_enc = encode(self.train_data, tok, answers), encode(self.dev_data, tok, answers)
        dropped, outside = int((self.train_enc.target < 0).sum()), int((self.dev_enc.target < 0).sum())
        self.emit(
            "log",
            {
                "message": f"{len(answers)} answer classes; {dropped:,} training questions with another answer "
                f"left out, {outside:,} of {len(self.dev_enc):,} dev questions have an answer outside the "
                "classes (scored as wrong)"
            },
        )
        keep = np.flatnonzero(self.train_enc.target >= 0)
        t = self.train_enc
        self.train_enc = Encoded(t.image[keep], [t.ids[i] for i in keep], t.target[keep])

    def sizes(self, vocab) -> dict:
        grid = new_grid_config(self.opts.cnn, self.size)
        return {"vocab_size": vocab[0].vocab_size, "answers": len(vocab[1]), **grid}

    def initialise(self, model: VQAModel) -> None:
        if self.opts.cnn_weights:
            model.cnn.load_pretrained(read_weights(self.opts.cnn_weights), self.opts.cnn_weights)
        model.init_output_bias(np.bincount(self.train_enc.target, minlength=model.config.answers))

    def task(self, model, config, vocab) -> "VQATask":
        images = (self.train_images, self.dev_images)
        return VQATask(model, config, *vocab, self.train_enc, self.dev_data, images, self.opts, self.setup)

    def start_info(self, task) -> dict:
        return {
            "tokens": int(sum(len(x) for x in self.train_enc.ids)),
            "images": len(self.train_data.images),
            "questions": len(self.train_enc),
            "dev_images": len(self.dev_data.images),
            "grid": "x".join(map(str, task.model.grid_shape)),
            "answers": len(task.answers),
            "tokenizer": task.tok.describe(),
        }

    def result(self, engine, r: EngineResult) -> TrainVQAResult:
        by_type = engine.task.final_by_type(engine)
        for kind, v in by_type.items():
            self.emit("log", {"message": f"  {kind!r}: {v['accuracy']:.2%} of {v['questions']:,} dev questions"})
        return TrainVQAResult(
            **r.shared(), best_accuracy=engine.best, final_val_loss=r.curve[-1]["val_loss"], by_type=by_type
        )


def _read_data(opts: TrainVQAOptions, emit) -> tuple[Questions, Questions]:
    """The training and dev questions: the bundled shapes when no file is given, and a held-out share of
    the training file's images (with all their questions) when no dev file is."""
    shapes = bundled("shapes", "questions")
    train_path = opts.train or str(shapes / "CLEVR_train_questions.json")
    dev_path = opts.dev or (None if opts.train else str(shapes / "CLEVR_val_questions.json"))
    train = read_questions(train_path, "training file", opts.images, opts.annotations)
    if dev_path is None:
        train, dev = hold_out(train, opts.dev_fraction, opts.seed)
        emit("log", {"message": f"no dev file given: {len(dev.images):,} images held out as the dev set"})
    else:
        dev = read_questions(dev_path, "dev file", opts.images, opts.dev_annotations)
    emit(
        "log",
        {
            "message": f"{len(train.images):,} training images with {len(train.items):,} questions, "
            f"{len(dev.images):,} dev images with {len(dev.items):,}"
        },
    )
    return train, dev


def predict(model: VQAModel, images: torch.Tensor, enc: Encoded, device, keep_attention=False, batch_size=128):
    """Answer probabilities (N, answers) of every question, in order; the summed cross-entropy over the
    questions whose answer is a class; with ``keep_attention`` each hop's map (N, hops, rows, columns)."""
    model.eval()
    probs = np.zeros((len(enc), model.config.answers), dtype=np.float32)
    maps = np.zeros((len(enc), model.config.hops, *model.grid_shape), dtype=np.float32)
    loss = 0.0
    with torch.inference_mode():
        for k in range(0, len(enc), batch_size):
            idx = list(range(k, min(k + batch_size, len(enc))))
            pixels, which, ids, lengths, targets = make_batch(images, enc, idx)
            logits, att = model(to_device(pixels, device), to_device(ids, device), lengths, to_device(which, device))
            logits, targets = logits.float(), to_device(targets, device)
            known = targets >= 0
            if known.any():
                loss += F.cross_entropy(logits[known], targets[known], reduction="sum").item()
            probs[idx] = torch.softmax(logits, dim=-1).cpu().numpy()
            if keep_attention and att is not None:
                maps[idx] = att.float().cpu().numpy().reshape(len(idx), -1, *model.grid_shape)
    return probs, loss, maps


class VQATask(Task):
    """A question answerer on the engine: batches of questions grouped by image, the images reshuffled
    every epoch; judged by dev accuracy, the loss reported beside it."""

    kind, command, best_key = "vqa", "train-vqa", "best_accuracy"
    score_key, score_name, higher_is_better = "accuracy", "dev accuracy", True

    def __init__(self, model, config, tok, answers, train: Encoded, dev: Questions, images, opts, setup):
        self.model, self.config, self.tok, self.answers = model, config, tok, answers
        self.train, self.dev, self.opts = train, dev, opts
        self.images, self.dev_images = images
        self.dev_enc = encode(dev, tok, answers)
        self.device, self.dist = setup.device, setup.dist
        self.cursor = EpochCursor(lambda epoch: image_batches(train.image, opts.batch_size, opts.seed, epoch))
        self.steps_per_epoch = self.cursor.per_epoch

    def load_train_state(self, train: dict) -> None:
        self.cursor.load(train)

    def batch_loss(self, net, step: int) -> Step:
        batch = self.cursor.next()
        # Under torchrun each rank takes its share of the batch, scaled so that the ranks' averaged
        # gradients are the whole batch's (a rank left without a question runs one with weight 0).
        mine = self.dist.share(batch)
        weight = self.dist.world * len(mine) / len(batch) if self.dist.enabled else 1.0
        pixels, which, ids, lengths, targets = make_batch(self.images, self.train, mine or batch[:1])
        device = self.device
        logits, _ = net(to_device(pixels, device), to_device(ids, device), lengths, to_device(which, device))
        loss = F.cross_entropy(
            logits.float(), to_device(targets, self.device), label_smoothing=self.opts.label_smoothing
        )
        return Step(loss * weight, int(lengths.sum()))

    def dev_scores(self) -> tuple[list[float], float]:
        probs, loss, _ = predict(self.model, self.dev_images, self.dev_enc, self.device)
        self.model.train()
        scores = [score(self.answers[k], q) for k, q in zip(probs.argmax(1), self.dev.items)]
        return scores, loss / max(int((self.dev_enc.target >= 0).sum()), 1)

    def evaluate(self, final: bool) -> dict:
        scores, loss = self.dev_scores()
        return {"val_loss": loss, "accuracy": float(np.mean(scores))}

    def final_by_type(self, engine) -> dict:
        """The dev accuracy per question type of best.ckpt's model (reloaded: the run may have ended on a
        worse one)."""
        from rnncli import checkpoint

        weights = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        if engine.best_path.exists():
            self.model.load_state_dict(checkpoint.load(engine.best_path, kind="vqa")["model"])
        scores, _ = self.dev_scores()
        self.model.load_state_dict(weights)
        return accuracy_by_type(self.dev.items, scores)

    def payload(self) -> dict:
        return VQAPayload(self.config, self.tok, self.answers, self.opts.crop).to_dict()

    def train_state(self) -> dict:
        return self.cursor.state()
