"""Training a character or subword language model with truncated backpropagation through time."""

from __future__ import annotations

import contextlib
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import torch
import torch.nn.functional as F

from rnncli import checkpoint, tokenizers
from rnncli import distributed as ddp
from rnncli.cache import prepare_lm_data
from rnncli.data import StreamBatcher, bundled
from rnncli.device import check_precision, check_precision_name, resolve_device, resolve_precision, to_device
from rnncli.engine import Engine, Step, Task, claim_run_dir, launch, open_device, run_training
from rnncli.errors import CheckpointError, InputError, UsageError
from rnncli.models.lm import LMConfig, RNNLanguageModel, evaluate
from rnncli.models.rnn import CELLS, detach_state
from rnncli.optim import check_schedule_options
from rnncli.training import (
    Callback,
    check_fixed_on_resume,
    check_loss_every,
    check_run_options,
    check_training_options,
    merge_resume_options,
    total_steps,
)

LN2 = math.log(2)
DEFAULT_MAX_STEPS = 2400
PRIOR_TOKENS = 50_000_000  # the output layer starts at the unigram frequencies of this many tokens


@dataclass
class TrainLMOptions:
    corpus: list[str] = field(default_factory=list)  # empty: the bundled Shakespeare corpus
    val: Optional[str] = None
    val_fraction: float = 0.05
    out: Optional[str] = None  # run directory; default runs/lm-<timestamp>
    # tokenizer
    tokenizer: Optional[str] = None
    kind: str = "char"
    vocab_size: int = 2000
    # model
    cell: str = "lstm"
    layers: int = 2
    hidden: int = 256
    embed: int = 64
    dropout: float = 0.1
    tie_weights: bool = False
    # optimisation
    seq_len: int = 128
    batch_size: int = 16
    # The recipe: Adam at 5e-3 on gradients clipped to norm 1, dropout 0.1, the rate held and then annealed
    # over the last 30% of the budget; the output layer starts at the unigram frequencies and the LSTM at
    # PyTorch's initialisation. Chosen with benchmarks/lm_quality.py on three corpora (prose, Shakespeare,
    # Python source) against the word-language-model example's recipe (SGD at 20, clip 0.25), which it
    # beats on all three; see benchmarks/RESULTS.md.
    optimizer: str = "adam"
    lr: float = 5e-3
    weight_decay: float = 0.0
    lr_schedule: str = "cosine"
    lr_decay: float = 0.5
    lr_patience: int = 2
    warmup: float = 0.02  # share of the budget (steps, epochs or minutes) spent warming up
    lr_floor: float = 0.01  # cosine/linear end, and the plateau's lowest rate, as a share of --lr
    anneal: float = 0.3  # cosine/linear: the last share of the budget over which the rate falls
    clip: float = 1.0
    max_steps: Optional[int] = None  # DEFAULT_MAX_STEPS when no budget at all is given
    epochs: Optional[float] = None
    time_budget: Optional[float] = None  # seconds
    eval_every: int = 200
    save_every: Optional[int] = None  # also write last.ckpt every N steps
    save_every_minutes: Optional[float] = None  # ... and/or every M minutes
    detect_anomaly: bool = False
    eval_tokens: int = 50_000  # cap on validation tokens per evaluation (the final one uses all)
    seed: int = 1234
    device: str = "auto"
    # auto: bf16 autocast (fp32 master weights) on a CPU with bfloat16 instructions, where it ran 1.4x the
    # tokens/s at the same bits/char per step; fp32 elsewhere. fp16 uses a gradient scaler (CUDA only).
    precision: str = "auto"
    loss_every: Optional[int] = None  # read the loss back every N steps (default: 1 on a CPU, 16 on a GPU)
    cache_dir: Optional[str] = None  # token cache; default $RNNCLI_CACHE_DIR or ~/.cache/rnncli
    resume: Optional[str] = None
    init_from: Optional[str] = None

    def validate(self) -> None:
        positive = {
            "seq_len": self.seq_len,
            "batch_size": self.batch_size,
            "eval_every": self.eval_every,
            "vocab_size": self.vocab_size,
            "layers": self.layers,
            "hidden": self.hidden,
            "embed": self.embed,
        }
        for name, v in positive.items():
            if v < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1 (got {v})")
        check_training_options(
            self.max_steps, self.epochs, self.time_budget, self.clip, self.optimizer, self.lr_schedule
        )
        check_run_options(self.lr, self.save_every, self.save_every_minutes)
        check_loss_every(self.loss_every)
        if self.cell not in CELLS:
            raise UsageError(f"unknown cell {self.cell!r}; choose one of {', '.join(CELLS)}")
        if not 0.0 < self.val_fraction < 0.5:
            raise UsageError(f"--val-fraction must be between 0 and 0.5 (got {self.val_fraction})")
        if not 0.0 <= self.dropout < 1.0:
            raise UsageError(f"--dropout must be in [0, 1) (got {self.dropout})")
        check_schedule_options(self.warmup, self.lr_floor, self.lr_decay, self.lr_patience, self.anneal)
        if self.kind not in tokenizers.KINDS:
            raise UsageError(f"unknown --kind {self.kind!r}; choose one of {', '.join(tokenizers.KINDS)}")
        check_precision_name(self.precision)
        if self.resume and self.init_from:
            raise UsageError(
                "--resume and --init-from exclude each other",
                "--resume continues a run; --init-from starts a new run from a model's weights",
            )


# The options a new model's LMConfig takes (besides the vocabulary size).
_MODEL_OPTIONS = ("cell", "embed", "hidden", "layers", "dropout", "tie_weights")
# Settings a resumed run must share with its checkpoint, and those it may change.
_FIXED_ON_RESUME = (
    "cell",
    "layers",
    "hidden",
    "embed",
    "tie_weights",
    "kind",
    "vocab_size",
    "tokenizer",
    "seq_len",
    "batch_size",
)
_CHANGEABLE_ON_RESUME = (
    "lr",
    "max_steps",
    "epochs",
    "time_budget",
    "eval_every",
    "clip",
    "device",
    "save_every",
    "save_every_minutes",
    "detect_anomaly",
    "precision",
    "cache_dir",
    "loss_every",
)


@dataclass
class TrainResult:
    run_dir: Path
    best: Path
    last: Path
    steps: int
    best_val_loss: float
    best_val_bpc: float
    final_val_loss: float
    final_val_bpc: float
    seconds: float
    curve: list[dict]
    rank: int = 0  # under torchrun: this process's rank (only rank 0 reports)
    start_step: int = 0  # the step a resumed run started from (0 for a new run)


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
    return run_training(_train_lm, opts, callback)


def _train_lm(
    opts: TrainLMOptions, callback: Optional[Callback], held: contextlib.ExitStack, dist: ddp.Dist
) -> TrainResult:
    emit = callback or (lambda event, data: None)
    opts.validate()
    device = resolve_device(opts.device)  # (to check the options before joining a process group)
    check_precision(opts.precision, device)
    if not opts.resume:
        dist.rows(opts.batch_size)  # fail before anything starts when the batch cannot be shared
    device = open_device(opts.device, held, dist)
    resume = checkpoint.load(opts.resume, kind="lm") if opts.resume else None
    init = checkpoint.load(opts.init_from, kind="lm") if opts.init_from else None
    if resume is not None:
        _take_resumed_options(opts, resume["train"]["options"], emit)
    # (a resumed run keeps its own unless told otherwise; auto is decided again on this machine)
    precision = resolve_precision(opts.precision, device)
    check_precision(precision[0], device)
    rows = dist.rows(opts.batch_size)  # this rank's streams (of the resumed run's batch size)
    run_dir = claim_run_dir(opts.out, "lm", opts.resume, held, dist)
    sources, data = _load_data(opts, _given_tokenizer(opts, resume or init), dist, emit)
    batcher = StreamBatcher(data.train, opts.batch_size, opts.seq_len, rows)
    model, config = _model(opts, data, resume, init)
    model.to(device)
    task = LMTask(model, config, data, batcher, opts, device, dist)
    if resume is not None:
        task.load_train_state(resume["train"], rows)
    start = {
        "tokens": len(data.train),
        "val_tokens": len(data.val),
        "steps_per_epoch": batcher.windows,
        "vocab": data.tokenizer.vocab_size,
        "tokenizer": data.tokenizer.describe(),
        "sources": sources,
        "time_budget": opts.time_budget,
    }
    sharing = f", {opts.batch_size // dist.world} streams each"
    steps = total_steps(opts.max_steps, opts.epochs, batcher.windows, opts.time_budget, DEFAULT_MAX_STEPS)
    _, r = launch(
        task,
        opts,
        run_dir=run_dir,
        device=device,
        dist=dist,
        emit=emit,
        held=held,
        resume=resume,
        total_steps=steps,
        precision=precision,
        start=start,
        sharing=sharing,
    )
    result = _result(r)
    emit("end", asdict(result))
    return result


def _take_resumed_options(opts: TrainLMOptions, saved: dict, emit) -> None:
    """Data and model settings come from the checkpoint being resumed; budgets and rates may change.
    (A corpus given again is used, and checked against the checkpoint's fingerprint.)"""
    check_fixed_on_resume(opts, saved, _FIXED_ON_RESUME)
    given = {"resume", "init_from", "out"} | ({"corpus", "val"} if opts.corpus else set())
    merge_resume_options(opts, saved, _CHANGEABLE_ON_RESUME, given, emit)


def _result(r) -> TrainResult:
    best, final = r.best_record, r.curve[-1]
    return TrainResult(
        run_dir=r.run_dir,
        best=r.best,
        last=r.last,
        steps=r.steps,
        best_val_loss=best["val_loss"],
        best_val_bpc=best["val_bpc"],
        final_val_loss=final["val_loss"],
        final_val_bpc=final["val_bpc"],
        seconds=r.seconds,
        curve=r.curve,
        rank=r.rank,
        start_step=r.start_step,
    )


def _given_tokenizer(opts: TrainLMOptions, source: Optional[dict]):
    """The checkpoint's tokenizer (resuming, or starting from a model), a given file's, or None: learn one."""
    if source is not None:
        if opts.tokenizer and not opts.resume:
            raise UsageError("--tokenizer cannot be combined with --init-from (the model's own tokenizer is used)")
        return tokenizers.from_state(source["tokenizer"])
    return tokenizers.load(opts.tokenizer) if opts.tokenizer else None


def _load_data(opts: TrainLMOptions, tok, dist: ddp.Dist, emit):
    """Token ids, memory-mapped from the token cache for big corpora. Rank 0 builds the cache entry
    (and learns the vocabulary); the other ranks then find it there."""
    sources, val_sources, what = _sources(opts)

    def load(tokenizer):
        return prepare_lm_data(
            sources, val_sources, opts.val_fraction, tokenizer, opts.kind, opts.vocab_size, opts.cache_dir, emit, what
        )

    loaded = []
    tok_state = dist.on_main(lambda: loaded.append(load(tok)) or loaded[0].tokenizer.to_state())
    data = loaded[0] if loaded else load(tokenizers.from_state(tok_state))
    if len(data.val) < 2:
        raise InputError("the validation text is too short (it needs at least two tokens)")
    return sources, data


def _model(opts: TrainLMOptions, data, resume: Optional[dict], init: Optional[dict]):
    """The model: the checkpoint's (resuming, or starting from a model), or a new one whose output layer
    starts at the training text's unigram frequencies."""
    if resume is not None and resume["train"]["corpus"] != data.fingerprint:
        raise CheckpointError(
            "the training text differs from the one this checkpoint was trained on",
            "resume with the same corpus, or use --init-from to start a new run",
        )
    source = resume or init
    if source is not None:
        config = LMConfig.from_dict(source["model_config"])
    else:
        config = LMConfig(vocab_size=data.tokenizer.vocab_size, **{k: getattr(opts, k) for k in _MODEL_OPTIONS})
    torch.manual_seed(opts.seed)
    model = RNNLanguageModel(config)
    if source is not None:
        try:
            model.load_state_dict(source["model"])
        except (RuntimeError, KeyError) as e:
            raise CheckpointError(f"the checkpoint's weights do not fit its model settings ({str(e)[:100]})") from None
    else:
        counts = np.bincount(np.asarray(data.train[:PRIOR_TOKENS]), minlength=config.vocab_size)
        model.init_output_bias(counts)
    return model, config


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
    ):
        self.model, self.config, self.tok, self.batcher = model, config, data.tokenizer, batcher
        self.val_ids, self.val_chars, self.fingerprint = data.val, data.val_chars, data.fingerprint
        self.opts, self.device, self.dist = opts, device, dist
        self.steps_per_epoch = batcher.windows
        self.window = 0
        self.state = None  # the hidden state carried into the next window

    def load_train_state(self, tr: dict, rows) -> None:
        self.window = tr["window"]
        if tr.get("hidden") is not None:
            h = tr["hidden"]
            self.state = (
                tuple(_rows(t, rows).to(self.device) for t in h)
                if isinstance(h, (tuple, list))
                else _rows(h, rows).to(self.device)
            )

    def batch_loss(self, net, step: int) -> Step:
        if self.window >= self.batcher.windows:  # new epoch: streams restart, so does the state
            self.window, self.state = 0, None
        x, y = self.batcher.window(self.window)
        xb, yb = to_device(x, self.device), to_device(y, self.device)
        if self.state is not None:
            self.state = detach_state(self.state)
        logits, self.state = net(xb, self.state)
        self.window += 1
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(), yb.reshape(-1))
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
        return {"model_config": self.config.to_dict(), "tokenizer": self.tok.to_state()}

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
    if isinstance(state, (tuple, list)):
        return tuple(dist.gather_rows(t).float().cpu() for t in state)
    return dist.gather_rows(state).float().cpu()
