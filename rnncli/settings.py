"""The training commands' settings, defined once: each option's name, type and default (the commands'
``--help`` and defaults, ``config.toml`` and the checkpoints' saved options are read from here) and the
checks on their values. No torch here, so the command line starts fast; the checks import what they
need when they run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, Optional, get_args

from rnncli.errors import UsageError

DEFAULT_LM_MAX_STEPS = 2400  # train-lm without any budget
# The choices of the options that take one: typer lists them in --help and rejects anything else; the
# tuples are what the code (and the Python API's validate()) checks against.
Cell = Literal["lstm", "gru", "rnn"]
LMKind = Literal["char", "bpe", "unigram"]
MTKind = Literal["bpe", "unigram"]
Optimizer = Literal["adam", "adamw", "sgd"]
LRSchedule = Literal["cosine", "linear", "plateau", "constant"]
Attention = Literal["none", "dot", "general", "concat"]
TFSchedule = Literal["constant", "linear", "exponential", "inverse-sigmoid"]
Precision = Literal["auto", "fp32", "bf16", "fp16"]
Pooling = Literal["final", "mean", "max", "attention"]
CELLS, OPTIMIZERS, LR_SCHEDULES, ATTENTIONS = (
    get_args(Cell),
    get_args(Optimizer),
    get_args(LRSchedule),
    get_args(Attention),
)
TF_SCHEDULES, PRECISIONS, POOLINGS = get_args(TFSchedule), get_args(Precision), get_args(Pooling)
DEFAULT_MT_MAX_STEPS = 6000  # 12 min 9 s on the 2-core development CPU in bf16 (README), ends annealed
# Batches of pairs of similar length up to this many padded tokens: about 57 pairs of the bundled data's
# average length. Against 64 pairs a batch, the same steps: test BLEU 20.1 against 18.4 (RESULTS.md).
DEFAULT_BATCH_TOKENS = 832


@dataclass
class TrainLMOptions:
    corpus: list[str] = field(default_factory=list)  # empty: the bundled Shakespeare corpus
    val: Optional[str] = None
    val_fraction: float = 0.05
    out: Optional[str] = None  # run directory; default runs/lm-<timestamp>
    # tokenizer
    tokenizer: Optional[str] = None
    kind: LMKind = "char"
    vocab_size: int = 2000
    # model
    cell: Cell = "lstm"
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
    optimizer: Optimizer = "adam"
    lr: float = 5e-3
    weight_decay: float = 0.0
    lr_schedule: LRSchedule = "cosine"
    lr_decay: float = 0.5
    lr_patience: int = 2
    warmup: float = 0.02  # share of the budget (steps, epochs or minutes) spent warming up
    lr_floor: float = 0.01  # cosine/linear end, and the plateau's lowest rate, as a share of --lr
    anneal: float = 0.3  # cosine/linear: the last share of the budget over which the rate falls
    clip: float = 1.0
    max_steps: Optional[int] = None  # DEFAULT_LM_MAX_STEPS when no budget at all is given
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
    precision: Precision = "auto"
    loss_every: Optional[int] = None  # read the loss back every N steps (default: 1 on a CPU, 16 on a GPU)
    cache_dir: Optional[str] = None  # token cache; default $RNNCLI_CACHE_DIR or ~/.cache/rnncli
    resume: Optional[str] = None
    init_from: Optional[str] = None

    def validate(self) -> None:
        check_shared(self)
        at_least_1(self, "seq_len", "batch_size")
        check_choice("kind", self.kind, get_args(LMKind))
        if not 0.0 < self.val_fraction < 0.5:
            raise UsageError(f"--val-fraction must be between 0 and 0.5 (got {self.val_fraction})")
        if self.resume and self.init_from:
            raise UsageError(
                "--resume and --init-from exclude each other",
                "--resume continues a run; --init-from starts a new run from a model's weights",
            )


@dataclass
class TrainMTOptions:
    src: Optional[str] = None
    tgt: Optional[str] = None
    tsv: Optional[str] = None
    dev_src: Optional[str] = None
    dev_tgt: Optional[str] = None
    dev_tsv: Optional[str] = None
    out: Optional[str] = None
    src_tokenizer: Optional[str] = None
    tgt_tokenizer: Optional[str] = None
    kind: MTKind = "bpe"
    vocab_size: int = 4000
    joint_vocab: bool = False
    max_len: int = 64  # tokens per side; longer training pairs are skipped
    cell: Cell = "lstm"
    layers: int = 1
    hidden: int = 256
    embed: int = 128
    dropout: float = 0.1
    bidirectional: bool = True
    attention: Attention = "dot"
    reverse_source: bool = False
    tie_weights: bool = False
    input_feeding: bool = False  # off: the decoder trains as one fused RNN call per batch
    teacher_forcing: float = 1.0  # final ratio of ground-truth inputs
    schedule: TFSchedule = "constant"  # how the ratio moves from 1.0 to --teacher-forcing
    schedule_k: Optional[float] = None
    schedule_steps: Optional[int] = None  # steps over which the ratio falls; default: the step budget
    batch_size: Optional[int] = None  # sentence pairs per batch; unset: batches by --batch-tokens
    batch_tokens: Optional[int] = None  # padded tokens per batch (default DEFAULT_BATCH_TOKENS)
    optimizer: Optimizer = "adam"
    lr: float = 2e-3
    weight_decay: float = 0.0
    lr_schedule: LRSchedule = "cosine"  # keyed on the budget; ends annealed (plateau: see benchmarks/RESULTS.md)
    lr_decay: float = 0.5
    lr_patience: int = 1
    warmup: float = 0.02  # share of the budget (steps, epochs or minutes) spent warming up
    lr_floor: float = 0.01  # cosine/linear end, and the plateau's lowest rate, as a share of --lr
    anneal: float = 0.3  # cosine/linear: the last share of the budget over which the rate falls
    clip: float = 1.0
    label_smoothing: float = 0.1
    max_steps: Optional[int] = None
    epochs: Optional[float] = None
    time_budget: Optional[float] = None  # seconds
    eval_every: int = 1000
    save_every: Optional[int] = None  # also write last.ckpt every N steps
    save_every_minutes: Optional[float] = None  # ... and/or every M minutes
    detect_anomaly: bool = False
    loss_every: Optional[int] = None  # read the loss back every N steps (default: 1 on a CPU, 16 on a GPU)
    dev_bleu_max: int = 500  # dev sentences decoded for BLEU at each evaluation
    patience: Optional[int] = None  # evaluations without a better dev BLEU before stopping
    seed: int = 1234
    device: str = "auto"
    # auto: bf16 autocast (fp32 master weights) on a CPU with bfloat16 instructions, fp32 elsewhere
    precision: Precision = "auto"
    resume: Optional[str] = None

    def validate(self) -> None:
        check_shared(self)
        check_choice("attention", self.attention, ATTENTIONS)
        check_choice("schedule", self.schedule, TF_SCHEDULES)
        check_choice("kind", self.kind, get_args(MTKind))
        if self.batch_size is not None and self.batch_tokens is not None:
            raise UsageError(
                "give --batch-size or --batch-tokens, not both",
                "--batch-size: that many sentence pairs; --batch-tokens: pairs up to that many tokens",
            )
        at_least_1(self, "batch_size", "batch_tokens", "max_len", "dev_bleu_max", "schedule_steps", "patience")
        if not 0.0 <= self.teacher_forcing <= 1.0:
            raise UsageError(f"--teacher-forcing must be between 0 and 1 (got {self.teacher_forcing})")
        if not 0.0 <= self.label_smoothing < 1.0:
            raise UsageError(f"--label-smoothing must be in [0, 1) (got {self.label_smoothing})")
        if self.tgt and not (self.src or self.tsv):
            raise UsageError("--tgt needs --src (give both source and target training files, or one --tsv file)")
        if self.dev_tgt and not (self.dev_src or self.dev_tsv):
            raise UsageError("--dev-tgt needs --dev-src (give both dev files, or one --dev-tsv file)")


DEFAULT_CLF_MAX_STEPS = 1800  # train-clf without any budget: about 4 minutes on the 2-core development CPU
_NGRAM_ORDERS = range(1, 9)  # --ngrams 1 to 8 (the classifier's hash has a multiplier for each order)


@dataclass
class TrainClfOptions:
    train: Optional[str] = None  # TSV of label<TAB>text lines; none: the bundled language-identification data
    dev: Optional[str] = None
    dev_fraction: float = 0.1  # held out of the training file when no --dev is given
    out: Optional[str] = None
    tokenizer: Optional[str] = None
    kind: LMKind = "char"
    vocab_size: int = 2000
    max_len: int = 256  # tokens per text; longer texts are cut
    cell: Cell = "lstm"
    layers: int = 1
    # The recipe (benchmarks/RESULTS.md, "language identification"): a small bidirectional LSTM over
    # characters whose inputs also carry hashed character 2-4-grams, mean-pooled: 92% dev accuracy in
    # 4 minutes here, where 256 units over bare characters, final states, took 20 minutes for 88%.
    hidden: int = 64
    embed: int = 64
    dropout: float = 0.1
    bidirectional: bool = True
    pool: Pooling = "mean"
    ngrams: int = 4  # also embed the 2..n-grams of tokens ending at each token (1: tokens alone)
    ngram_buckets: int = 65536  # hashed n-gram embeddings
    batch_size: int = 64
    optimizer: Optimizer = "adam"
    lr: float = 3e-3
    weight_decay: float = 0.0
    lr_schedule: LRSchedule = "cosine"
    lr_decay: float = 0.5
    lr_patience: int = 1
    warmup: float = 0.02
    lr_floor: float = 0.01
    anneal: float = 0.3
    clip: float = 1.0
    max_steps: Optional[int] = None  # DEFAULT_CLF_MAX_STEPS when no budget at all is given
    epochs: Optional[float] = None
    time_budget: Optional[float] = None  # seconds
    eval_every: int = 250
    save_every: Optional[int] = None
    save_every_minutes: Optional[float] = None
    detect_anomaly: bool = False
    loss_every: Optional[int] = None
    patience: Optional[int] = None  # evaluations without a better dev accuracy before stopping
    seed: int = 1234
    device: str = "auto"
    precision: Precision = "auto"
    resume: Optional[str] = None

    def validate(self) -> None:
        check_shared(self)
        check_choice("kind", self.kind, get_args(LMKind))
        check_choice("pool", self.pool, POOLINGS)
        at_least_1(self, "batch_size", "max_len", "patience", "ngrams", "ngram_buckets")
        if self.ngrams > len(_NGRAM_ORDERS):
            raise UsageError(f"--ngrams must be at most {len(_NGRAM_ORDERS)} (got {self.ngrams})")
        if not 0.0 < self.dev_fraction < 0.5:
            raise UsageError(f"--dev-fraction must be between 0 and 0.5 (got {self.dev_fraction})")


DEFAULT_CAPTION_MAX_STEPS = 1000  # train-caption without any budget: about 7 minutes on the 2-core development CPU
CNNS = ("small", "resnet18", "resnet34", "resnet50")
CNN = Literal["small", "resnet18", "resnet34", "resnet50"]
CaptionMetric = Literal["cider", "bleu", "chrf"]  # the dev figures that can pick a captioner's best.ckpt


@dataclass
class TrainCaptionOptions:
    train: Optional[str] = None  # image_path<TAB>caption lines (or a Flickr8k-style CSV); none: bundled emoji
    dev: Optional[str] = None
    dev_fraction: float = 0.1  # of the *images*, held out when no --dev is given
    out: Optional[str] = None
    tokenizer: Optional[str] = None
    kind: LMKind = "bpe"  # on the emoji names a 2,000-piece BPE keeps whole words, unigram cut "sk"+"in"
    vocab_size: int = 2000
    max_len: int = 24  # tokens per caption; longer training captions are cut
    image_size: int = 32  # images are scaled to fit this square, keeping their aspect ratio, and padded
    crop: bool = False  # scale to cover the square and cut the overflow instead of padding
    cnn: CNN = "small"
    cnn_weights: Optional[str] = None  # a torchvision ResNet state dict the user has (nothing is downloaded)
    finetune_cnn: bool = False  # train a pretrained CNN's weights too (the small CNN always trains)
    channels: int = 96  # the small CNN's feature size D (the grid is image-size/4 on a side)
    cell: Cell = "lstm"
    layers: int = 1
    hidden: int = 256
    embed: int = 128
    dropout: float = 0.2
    attention: Attention = "concat"  # Show, Attend and Tell's additive attention over the grid
    input_feeding: bool = False
    teacher_forcing: float = 1.0
    schedule: TFSchedule = "constant"
    schedule_k: Optional[float] = None
    schedule_steps: Optional[int] = None
    batch_size: int = 64  # captions per batch
    optimizer: Optimizer = "adam"
    lr: float = 2e-3
    weight_decay: float = 0.0
    lr_schedule: LRSchedule = "cosine"
    lr_decay: float = 0.5
    lr_patience: int = 1
    warmup: float = 0.02
    lr_floor: float = 0.01
    anneal: float = 0.3
    clip: float = 1.0
    label_smoothing: float = 0.0
    max_steps: Optional[int] = None  # DEFAULT_CAPTION_MAX_STEPS when no budget at all is given
    epochs: Optional[float] = None
    time_budget: Optional[float] = None  # seconds
    eval_every: int = 500
    save_every: Optional[int] = None
    save_every_minutes: Optional[float] = None
    detect_anomaly: bool = False
    loss_every: Optional[int] = None
    dev_bleu_max: int = 500  # dev images captioned for BLEU at each evaluation
    patience: Optional[int] = None  # evaluations without a better dev BLEU before stopping
    seed: int = 1234
    device: str = "auto"
    precision: Precision = "auto"
    resume: Optional[str] = None
    max_pixels: Optional[int] = None  # images with more pixels are refused before decoding; None: Pillow's limit
    select_by: CaptionMetric = "cider"  # the dev figure that picks best.ckpt (CIDEr-D moves on one-word captions)

    def validate(self) -> None:
        check_shared(self)
        check_choice("kind", self.kind, get_args(LMKind))
        check_choice("cnn", self.cnn, CNNS)
        check_choice("attention", self.attention, ATTENTIONS)
        check_choice("schedule", self.schedule, TF_SCHEDULES)
        check_choice("select_by", self.select_by, get_args(CaptionMetric))
        at_least_1(self, "batch_size", "max_len", "channels", "dev_bleu_max", "schedule_steps", "patience")
        at_least_1(self, "max_pixels")
        if self.image_size < 16:
            raise UsageError(f"--image-size must be at least 16 pixels (got {self.image_size})")
        if not 0.0 < self.dev_fraction < 0.5:
            raise UsageError(f"--dev-fraction must be between 0 and 0.5 (got {self.dev_fraction})")
        if not 0.0 <= self.teacher_forcing <= 1.0:
            raise UsageError(f"--teacher-forcing must be between 0 and 1 (got {self.teacher_forcing})")
        if not 0.0 <= self.label_smoothing < 1.0:
            raise UsageError(f"--label-smoothing must be in [0, 1) (got {self.label_smoothing})")
        if self.cnn == "small" and (self.cnn_weights or self.finetune_cnn):
            raise UsageError(
                "--cnn-weights and --finetune-cnn are for a pretrained ResNet", "add --cnn resnet18 (or 34, 50)"
            )


# -- checks of option values (one line, exit 2: UsageError) --------------------------------------------

FLOAT32_MAX = 3.4028234663852886e38  # optimizers apply the learning rate in float32


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def check_choice(name: str, value: str, choices: tuple) -> None:
    if value not in choices:
        raise UsageError(f"unknown {flag(name)} {value!r}; choose one of {', '.join(choices)}")


def at_least_1(opts, *names: str) -> None:
    """Counts that must be positive (unset ones are fine)."""
    for name in names:
        v = getattr(opts, name)
        if v is not None and v < 1:
            raise UsageError(f"{flag(name)} must be at least 1 (got {v})")


def check_shared(opts) -> None:
    """The checks of what every training command's options have: the model's size and cell, the optimizer,
    schedule, budgets (``time_budget`` in seconds, reported in the minutes it was given in), cadences."""
    check_choice("cell", opts.cell, CELLS)
    check_choice("optimizer", opts.optimizer, OPTIMIZERS)
    check_choice("lr_schedule", opts.lr_schedule, LR_SCHEDULES)
    check_choice("precision", opts.precision, PRECISIONS)
    at_least_1(opts, "layers", "hidden", "embed", "vocab_size", "eval_every", "max_steps", "save_every", "loss_every")
    if not 0.0 <= opts.dropout < 1.0:
        raise UsageError(f"--dropout must be in [0, 1) (got {opts.dropout})")
    if not (0 < opts.lr <= FLOAT32_MAX):
        raise UsageError(f"--lr must be a positive number no larger than {FLOAT32_MAX:.3g} (got {opts.lr})")
    if opts.epochs is not None and not 0 < opts.epochs < math.inf:  # also NaN
        raise UsageError(f"--epochs must be a positive number (got {opts.epochs})")
    if opts.time_budget is not None and not 0 < opts.time_budget < math.inf:
        raise UsageError(f"--time-budget must be a positive number of minutes (got {opts.time_budget / 60:g})")
    if not 0 <= opts.clip < math.inf:
        raise UsageError(f"--clip must be 0 (off) or a positive number (got {opts.clip})")
    if opts.save_every_minutes is not None and not opts.save_every_minutes > 0:
        raise UsageError(f"--save-every-minutes must be positive (got {opts.save_every_minutes})")
    check_schedule(opts.warmup, opts.lr_floor, opts.lr_decay, opts.lr_patience, opts.anneal)


def check_schedule(warmup: float, lr_floor: float, lr_decay: float, lr_patience: int, anneal: float = 1.0) -> None:
    if not 0.0 < anneal <= 1.0:  # also NaN
        raise UsageError(f"--anneal must be a share of the budget in (0, 1] (got {anneal})")
    if not 0.0 <= warmup < 1.0:  # also NaN
        raise UsageError(f"--warmup must be a share of the budget in [0, 1) (got {warmup})")
    if not 0.0 <= lr_floor <= 1.0:
        raise UsageError(f"--lr-floor must be a share of --lr in [0, 1] (got {lr_floor})")
    if not 0.0 < lr_decay <= 1.0:
        raise UsageError(f"--lr-decay must be in (0, 1] (got {lr_decay})")
    if lr_patience < 1:
        raise UsageError(f"--lr-patience must be at least 1 (got {lr_patience})")
