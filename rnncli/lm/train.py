"""Training a character or subword language model with truncated backpropagation through time."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import checkpoint, tokenizers
from rnncli import distributed as ddp
from rnncli.device import to_device
from rnncli.engine import Callback, Engine, EngineResult, RunResult, Step, Task, Trainer, train
from rnncli.errors import CheckpointError, InputError, UsageError
from rnncli.lm.cache import prepare_lm_data
from rnncli.lm.data import StreamBatcher
from rnncli.lm.evaluate import evaluate
from rnncli.models.lm import LMConfig, LMPayload, RNNLanguageModel
from rnncli.models.rnn import detach_state, map_state
from rnncli.settings import TrainLMOptions
from rnncli.textio import bundled

LN2 = math.log(2)
PRIOR_TOKENS = 50_000_000  # the output layer starts at the unigram frequencies of this many tokens


@dataclass(kw_only=True)
class TrainResult(RunResult):
    best_val_loss: float
    best_val_bpc: float
    final_val_loss: float
    final_val_bpc: float


def _sources(opts: TrainLMOptions) -> tuple[list[str], Optional[list[str]], str]:
    """Training files, validation files (None: hold out a share of the training text), and what to
    call the training files in errors."""
    if opts.corpus:
        return [str(p) for p in opts.corpus], [opts.val] if opts.val else None, "corpus"
    train = bundled("shakespeare", "train.txt")
    valid = opts.val or str(bundled("shakespeare", "valid.txt"))
    return [str(train)], [valid], "bundled corpus"


def train_lm(opts: TrainLMOptions, callback: Optional[Callback] = None) -> TrainResult:
    """Train a language model; under torchrun, one process of a data-parallel run (see distributed.py)."""
    return train(LMTrainer, opts, callback)


class LMTrainer(Trainer):
    """The language model's steps of a run (see engine.Trainer). Reading the corpus and learning its
    vocabulary are one step here: rank 0 builds the token cache's entry (and learns the vocabulary), and
    the other ranks, or a resumed run, then read the corpus with that vocabulary."""

    payload_class = LMPayload
    opts: TrainLMOptions

    def early_check(self) -> None:  # fail before anything starts when the batch cannot be shared
        if not self.opts.resume:
            self.dist.rows(self.opts.batch_size)

    @property
    def sharing(self) -> str:
        return f", {self.opts.batch_size // self.dist.world} streams each"

    def read(self) -> None:
        opts = self.opts
        self.init = checkpoint.load(opts.init_from, kind="lm") if opts.init_from else None
        self.rows = self.dist.rows(opts.batch_size)  # this rank's streams (of the resumed run's batch size)
        self.data = None

    def learn_vocabulary(self) -> dict:
        self.data = _load_data(self.opts, _given_tokenizer(self.opts, self.init), self.emit)
        return {"tokenizer": self.data.tokenizer.to_state()}

    def vocabulary_from(self, saved: dict):
        return LMPayload.vocabulary(saved)["tokenizer"]

    def encode(self, tok) -> None:
        if self.data is None:
            self.data = _load_data(self.opts, tok, self.emit)
        if len(self.data.val) < 2:
            raise InputError("the validation text is too short (it needs at least two tokens)")
        opts = self.opts
        self.batcher = StreamBatcher(self.data.train, opts.batch_size, opts.seq_len, self.rows)

    def source(self) -> Optional[dict]:
        return self.setup.resume or self.init

    def source_path(self) -> Optional[str]:
        return self.opts.resume or self.opts.init_from

    def sizes(self, tok) -> dict:
        return {"vocab_size": tok.vocab_size}

    def check_config(self, config: LMConfig, tok) -> None:
        resume = self.setup.resume
        if resume is not None and resume["train"]["corpus"] != self.data.fingerprint:
            raise CheckpointError(
                "the training text differs from the one this checkpoint was trained on",
                "resume with the same corpus, or use --init-from to start a new run",
            )

    def initialise(self, model: RNNLanguageModel) -> None:
        counts = np.bincount(np.asarray(self.data.train[:PRIOR_TOKENS]), minlength=model.config.vocab_size)
        model.init_output_bias(counts)

    def task(self, model, config, tok) -> "LMTask":
        return LMTask(model, config, self.data, self.batcher, self.opts, self.setup.device, self.dist, self.rows)

    def start_info(self, task) -> dict:
        data = self.data
        return {
            "tokens": len(data.train),
            "val_tokens": len(data.val),
            "steps_per_epoch": self.batcher.windows,
            "vocab": data.tokenizer.vocab_size,
            "tokenizer": data.tokenizer.describe(),
            "sources": _sources(self.opts)[0],
            "time_budget": self.opts.time_budget,
        }

    def result(self, engine, r: EngineResult) -> "TrainResult":
        return _result(r)


def _result(r: EngineResult) -> TrainResult:
    best, final = r.best_record, r.curve[-1]
    return TrainResult(
        **r.shared(),
        best_val_loss=best["val_loss"],
        best_val_bpc=best["val_bpc"],
        final_val_loss=final["val_loss"],
        final_val_bpc=final["val_bpc"],
    )


def _given_tokenizer(opts: TrainLMOptions, source: Optional[dict]):
    """The checkpoint's tokenizer (resuming, or starting from a model), a given file's, or None: learn one."""
    if source is not None:
        if opts.tokenizer and not opts.resume:
            raise UsageError("--tokenizer cannot be combined with --init-from (the model's own tokenizer is used)")
        return tokenizers.from_state(source["tokenizer"])
    return tokenizers.load(opts.tokenizer) if opts.tokenizer else None


def _load_data(opts: TrainLMOptions, tok, emit):
    """Token ids, memory-mapped from the token cache for big corpora; the vocabulary learned from the
    corpus when ``tok`` is None."""
    sources, val_sources, what = _sources(opts)
    return prepare_lm_data(
        sources, val_sources, opts.val_fraction, tok, opts.kind, opts.vocab_size, opts.cache_dir, emit, what
    )


class LMTask(Task):
    """A language model on the engine: truncated-BPTT windows of parallel streams with the hidden state
    carried from window to window; judged by the validation loss (a sample of the validation text at
    each evaluation, all of it at the end)."""

    kind, command, best_key = "lm", "train-lm", "best_val"
    final_differs = True  # the final evaluation scores the whole validation text

    def __init__(
        self,
        model: RNNLanguageModel,
        config: LMConfig,
        data,
        batcher: StreamBatcher,
        opts: TrainLMOptions,
        device: torch.device,
        dist: ddp.Dist,
        rows: Optional[tuple[int, int]] = None,
    ):
        self.model, self.config, self.tok, self.batcher = model, config, data.tokenizer, batcher
        self.rows = rows  # this rank's streams under torchrun
        self.val_ids, self.val_chars, self.fingerprint = data.val, data.val_chars, data.fingerprint
        self.opts, self.device, self.dist = opts, device, dist
        self.steps_per_epoch = batcher.windows
        self.window = 0
        self.state = None  # the hidden state carried into the next window

    def load_train_state(self, train: dict) -> None:
        self.window = train["window"]
        if train.get("hidden") is not None:
            self.state = map_state(train["hidden"], lambda t: _rows(t, self.rows).to(self.device))

    def batch_loss(self, net, step: int) -> Step:
        if self.window >= self.batcher.windows:  # new epoch: streams restart, so does the state
            self.window, self.state = 0, None
        x, y = self.batcher.window(self.window)
        xb, yb = to_device(x, self.device), to_device(y, self.device)
        if self.state is not None:
            self.state = detach_state(self.state)
        logits, self.state = net(xb, self.state)
        self.window += 1
        loss = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]).float(), yb.reshape(-1), label_smoothing=self.opts.label_smoothing
        )
        return Step(loss, self.opts.batch_size * self.opts.seq_len)

    def evaluate(self, final: bool) -> dict:
        # Every rank scores the whole validation sample with the same weights, so all ranks agree
        # on the schedule's decisions without talking. In fp32 whatever the training precision: the
        # figures are then the ones `rnncli eval` gives for the checkpoint (bf16 differs in the 4th digit).
        loss, n = evaluate(
            self.model,
            self.val_ids,
            self.opts.batch_size,
            self.opts.seq_len,
            self.device,
            None if final else self.opts.eval_tokens,
            "fp32",
        )
        # Bits per character: the tokens scored cover a share of the validation characters.
        chars = self.val_chars * n / max(len(self.val_ids), 1)
        return {"val_loss": loss, "val_bpt": loss / LN2, "val_bpc": loss * n / LN2 / max(chars, 1)}

    def payload(self) -> dict:
        return LMPayload(self.config, self.tok).to_dict()

    def train_state(self) -> dict:
        hidden = None if self.state is None else _gather_state(self.dist, detach_state(self.state))
        return {"window": self.window, "corpus": self.fingerprint, "hidden": hidden}

    def settle(self, curve: list[dict], engine: Engine) -> dict:
        """Make best.ckpt the better of the kept best and the final model on the *whole* validation text.

        Evaluations during training score a sample of the validation windows; the final one scores all
        of them. So that the two are compared fairly, the kept best checkpoint is scored on the whole
        text too, and replaced by the final model when that is better."""
        final = curve[-1]
        best_path = engine.best_path
        if final.get("best") or not best_path.exists():
            return final
        kept_payload = checkpoint.load(best_path, kind="lm")
        weights = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        self.model.load_state_dict(kept_payload["model"])
        ev = self.evaluate(final=True)
        self.model.load_state_dict(weights)
        kept = {**(kept_payload.get("metrics") or {}), **ev}
        if final["val_loss"] <= kept["val_loss"]:
            engine.save(best_path, final)
            return final
        return kept


def _rows(t: torch.Tensor, rows: Optional[tuple[int, int]]) -> torch.Tensor:
    """This rank's rows of a saved (layers, streams, hidden) state."""
    return t if rows is None else t[:, rows[0] : rows[1]].contiguous()


def _gather_state(dist: ddp.Dist, state):
    """The whole batch's hidden state for a checkpoint (float32, every rank's rows in order), so a
    checkpoint is the same whichever number of processes wrote it."""
    return map_state(state, lambda t: dist.gather_rows(t).float().cpu())
