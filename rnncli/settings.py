"""The training commands' settings, each defined once.

:class:`TrainOptions` holds every setting the training commands share (the run, its budget, the
optimiser and schedule, precision, device, the model's common size); groups that some of the commands
share are small mixins (a held-out dev set, an attention decoder, images, ...); each task's options add
only their own fields and, through :func:`task_options`, their own defaults. A field carries its whole
policy in its metadata (see :func:`setting`): its ``--help`` text and panel, its bounds, whether it
may change when a run is resumed (:data:`CHANGE`), must agree with the run being resumed
(:data:`FIXED`), names the run's input files (:data:`DATA`) or where the run is (:data:`WHERE`), and
whether it belongs to the model's configuration. The command-line options, ``--help``, ``config.toml``,
the checkpoints' saved options and the resume check (:func:`merge_resumed`) are all read from here.

Units are the command line's: ``time_budget`` is in minutes. No torch here, so the command line starts
fast; the checks import what they need when they run.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field, fields
from typing import Any, Callable, ClassVar, Literal, Optional, get_args

from rnncli.errors import UsageError

# The choices of the options that take one: typer lists them in --help and rejects anything else; the
# tuples are what the code (and the Python API's validate()) checks against.
Cell = Literal["lstm", "gru", "rnn"]
Kind = Literal["char", "bpe", "unigram"]
LMKind = Kind
Optimizer = Literal["adam", "adamw", "sgd"]
LRSchedule = Literal["cosine", "linear", "plateau", "constant"]
Attention = Literal["none", "dot", "general", "concat"]
TFSchedule = Literal["constant", "linear", "exponential", "inverse-sigmoid"]
Precision = Literal["auto", "fp32", "bf16", "fp16"]
Pooling = Literal["final", "mean", "max", "attention"]
CNN = Literal["small", "resnet18", "resnet34", "resnet50"]
CaptionMetric = Literal["cider", "bleu", "chrf"]  # the dev figures that can pick a captioner's best.ckpt
CELLS, KINDS, OPTIMIZERS, LR_SCHEDULES = get_args(Cell), get_args(Kind), get_args(Optimizer), get_args(LRSchedule)
ATTENTIONS, TF_SCHEDULES, PRECISIONS = get_args(Attention), get_args(TFSchedule), get_args(Precision)
POOLINGS, CNNS = get_args(Pooling), get_args(CNN)

# What a setting given on --resume does (a field's ``resume`` policy):
CHANGE = "change"  # takes effect and is reported (rates, budgets, cadences, where it runs)
FIXED = "fixed"  # part of the model, the data split or the batching: must equal the run's own, else exit 2
DATA = "data"  # the run's input files: given again they are used (and checked where they can be), else the run's
WHERE = "where"  # where the run is and what it continues: never taken from the checkpoint

# --help panels
P_DATA, P_TOK, P_MODEL, P_IMAGE, P_OPT, P_RUN = "Data", "Tokenizer", "Model", "Image encoder", "Optimisation", "Run"


def setting(
    default: Any = None,
    help: str = "",
    panel: str = P_RUN,
    *,
    resume: str = CHANGE,
    model: bool = False,
    path: bool = False,
    flags: tuple[str, ...] = (),
    min: Optional[float] = None,
    max: Optional[float] = None,
    between: Optional[tuple[float, float]] = None,
    argument: bool = False,
    show_default: Any = True,
    checkpoint: bool = False,
    factory: Optional[Callable[[], Any]] = None,
    saved_before: Any = dataclasses.MISSING,
) -> Any:
    """A settings field with its policy. ``model``: part of the model's configuration (a new model is
    built from these); ``path``: names a file (a Path on the command line, absolute in config.toml);
    ``flags``: the option's names when not just ``--name``; ``min``/``max``: inclusive bounds, ``between``:
    exclusive ones (a share such as 0 < --dev-fraction < 0.5); ``argument``: a positional argument;
    ``show_default``: what --help shows as the default (True: the value; a callable gets the options class);
    ``checkpoint``: complete checkpoint files in the shell; ``saved_before``: what a run from before the
    setting existed was trained with (a resumed run of that age takes it; default: the setting's default)."""
    meta = {
        "help": help,
        "panel": panel,
        "resume": resume,
        "model": model,
        "path": path,
        "flags": flags,
        "min": min,
        "max": max,
        "between": between,
        "argument": argument,
        "show_default": show_default,
        "checkpoint": checkpoint,
        "saved_before": saved_before,
    }
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def _default_steps(cls: type) -> str:
    return f"{cls.default_steps} without --epochs or --time-budget"


@dataclass
class TrainOptions:
    """What every training command has. Subclasses are made with :func:`task_options`."""

    command: ClassVar[str] = ""  # "train-lm"
    kind_name: ClassVar[str] = ""  # the checkpoint kind and the run directory's prefix ("lm")
    default_steps: ClassVar[int] = 1000  # the step budget when no budget at all is given
    defaults: ClassVar[dict[str, Any]] = {}  # the shared settings whose default this task sets itself

    out: Optional[str] = setting(
        None,
        "Run directory for checkpoints and metrics (default: runs/<kind>-<time>).",
        resume=WHERE,
        path=True,
        flags=("--out", "-o"),
        show_default=False,
    )
    resume: Optional[str] = setting(
        None,
        "Continue a run from its checkpoint (same data position, optimizer and RNG).",
        resume=WHERE,
        path=True,
        checkpoint=True,
    )
    # the vocabulary
    tokenizer: Optional[str] = setting(
        None,
        "A tokenizer file from 'rnncli tokenize train' (or any sentencepiece model) instead of learning one "
        "(train-mt: one vocabulary for both languages).",
        P_TOK,
        resume=FIXED,
        path=True,
    )
    kind: Kind = setting(
        "char", "Vocabulary to learn when no --tokenizer is given (train-mt: bpe or unigram).", P_TOK, resume=FIXED
    )
    vocab_size: int = setting(2000, "Pieces in a learned bpe / unigram vocabulary.", P_TOK, resume=FIXED, min=1)
    # the model's common size
    cell: Cell = setting("lstm", "Recurrent cell.", P_MODEL, resume=FIXED, model=True)
    layers: int = setting(
        1,
        "Stacked recurrent layers (train-mt: in the encoder and in the decoder).",
        P_MODEL,
        resume=FIXED,
        model=True,
        min=1,
    )
    hidden: int = setting(
        256, "Hidden units per layer (and per direction when bidirectional).", P_MODEL, resume=FIXED, model=True, min=1
    )
    embed: int = setting(128, "Embedding size.", P_MODEL, resume=FIXED, model=True, min=1)
    dropout: float = setting(0.1, "Dropout between layers and before the output.", P_MODEL, resume=FIXED, model=True)
    # optimisation
    batch_size: Optional[int] = setting(
        64,
        "Examples per batch: parallel streams (train-lm), sentence pairs (train-mt, instead of --batch-tokens), "
        "texts (train-clf), captions (train-caption), questions (train-vqa).",
        P_OPT,
        resume=FIXED,
        min=1,
    )
    optimizer: Optimizer = setting("adam", "Optimizer.", P_OPT, resume=FIXED)
    lr: float = setting(2e-3, "Learning rate (the example's SGD recipe: --optimizer sgd --lr 20 --clip 0.25).", P_OPT)
    weight_decay: float = setting(0.0, "Weight decay (decoupled with adamw).", P_OPT, resume=FIXED)
    lr_schedule: LRSchedule = setting(
        "cosine",
        "cosine or linear (hold, then fall to --lr-floor over the last --anneal of the budget: steps, epochs or "
        "minutes), plateau (cut by --lr-decay when the validation loss stalls for --lr-patience evaluations) or "
        "constant.",
        P_OPT,
        resume=FIXED,
    )
    warmup: float = setting(0.02, "Share of the budget spent raising the rate linearly to --lr.", P_OPT, resume=FIXED)
    anneal: float = setting(
        0.3,
        "cosine/linear: the rate holds, then falls over this last share of the budget (1: over all of it).",
        P_OPT,
        resume=FIXED,
    )
    lr_floor: float = setting(0.01, "Lowest rate, as a share of --lr.", P_OPT, resume=FIXED)
    lr_decay: float = setting(0.5, "plateau: the factor that cuts the rate.", P_OPT, resume=FIXED)
    lr_patience: int = setting(
        1, "plateau: evaluations without a better validation loss before the rate is cut.", P_OPT, resume=FIXED, min=1
    )
    clip: float = setting(1.0, "Gradient-norm clipping (0: off).", P_OPT)
    label_smoothing: float = setting(0.0, "Label smoothing of the training loss.", P_OPT)
    # the budget and the cadences
    max_steps: Optional[int] = setting(None, "Stop after this many steps.", min=1, show_default=_default_steps)
    epochs: Optional[float] = setting(None, "Stop after this many passes over the training data.")
    time_budget: Optional[float] = setting(None, "Stop after this many minutes.")
    eval_every: int = setting(500, "Evaluate (and save last.ckpt) every N steps.", min=1)
    patience: Optional[int] = setting(
        None, "Stop after N evaluations without a better score (the one that picks best.ckpt).", min=1
    )
    save_every: Optional[int] = setting(None, "Also save last.ckpt every N steps between evaluations.", min=1)
    save_every_minutes: Optional[float] = setting(None, "Also save last.ckpt every M minutes.")
    loss_every: Optional[int] = setting(
        None,
        "Read the training loss back from the device every N steps (default: every step on a CPU, every 16 on a "
        "GPU, so that the GPU is not kept waiting; a non-finite step is skipped meanwhile).",
        min=1,
        show_default=False,
    )
    detect_anomaly: bool = setting(
        False, "Debug NaNs: name the operation that produced one (slow).", flags=("--detect-anomaly",)
    )
    seed: int = setting(1234, "Random seed (the data split, the initial weights, the batches).", resume=FIXED)
    device: str = setting("auto", "auto, cpu, cuda or cuda:N.")
    precision: Precision = setting(
        "auto",
        "Mixed precision with autocast, fp32 master weights. auto: bf16 on a CPU with bfloat16 instructions, "
        "else fp32. fp16 needs CUDA and uses a gradient scaler.",
    )

    def validate(self) -> None:
        """Every check of the values (one line, exit 2), the shared ones and then the task's own."""
        check_shared(self)
        self.check()

    def check(self) -> None:
        """The task's own checks."""

    def model_settings(self) -> dict[str, Any]:
        """The settings a new model's configuration is built from."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.metadata.get("model")}

    def given(self) -> set[str]:
        """The settings the user gave (on the command line or in a --config file); without a record of
        them (options made in Python), the ones that differ from the defaults."""
        recorded = getattr(self, "_given", None)
        if recorded is not None:
            return set(recorded)
        new = type(self)()
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(new, f.name)}

    def mark_given(self, names) -> None:
        object.__setattr__(self, "_given", frozenset(names))


def task_options(command: str, kind_name: str, default_steps: int, /, **defaults: Any) -> Callable[[type], type]:
    """Make a task's options class: a dataclass over :class:`TrainOptions` (and the mixins it names)
    whose shared settings keep their one definition, with ``defaults`` replacing the defaults of those
    named (each must be a setting the class inherits)."""

    def make(cls: type) -> type:
        inherited = {f.name: f for base in cls.__mro__[1:] if dataclasses.is_dataclass(base) for f in fields(base)}
        annotations = dict(cls.__dict__.get("__annotations__", {}))
        for name, value in defaults.items():
            if name not in inherited or name in annotations:
                raise TypeError(f"{cls.__name__}: {name!r} is not a setting it inherits")
            base = inherited[name]
            annotations[name] = base.type
            meta = dict(base.metadata)
            if isinstance(value, list):
                setattr(cls, name, field(default_factory=lambda v=value: list(v), metadata=meta))
            else:
                setattr(cls, name, field(default=value, metadata=meta))
        cls.__annotations__ = annotations
        cls.command, cls.kind_name, cls.default_steps = command, kind_name, default_steps
        cls.defaults = dict(defaults)
        return dataclass(cls)

    return make


# -- groups of settings that some of the commands share ------------------------------------------------


@dataclass
class HeldOutDev:
    """A training file (in the task's form, which its command describes), and a dev set given as a file
    or held out of it."""

    train: Optional[str] = setting(
        None,
        "Training data, in the form the command's description gives. Default: the bundled data.",
        P_DATA,
        resume=DATA,
        path=True,
        argument=True,
        show_default=False,
    )
    dev: Optional[str] = setting(
        None,
        "Dev data in the training data's form (none: hold out --dev-fraction of it).",
        P_DATA,
        resume=DATA,
        path=True,
    )
    dev_fraction: float = setting(
        0.1,
        "Share of the training data held out as the dev set when no --dev is given (images: with all their "
        "captions or questions).",
        P_DATA,
        resume=FIXED,
        between=(0.0, 0.5),
    )


@dataclass
class MaxLength:
    max_len: int = setting(
        64, "Tokens per example; longer training examples are cut (train-mt: skipped).", P_DATA, resume=FIXED, min=1
    )


@dataclass
class Bidirectional:
    bidirectional: bool = setting(
        True, "Read the input both ways (a bidirectional RNN).", P_MODEL, resume=FIXED, model=True
    )


@dataclass
class TiedOutput:
    tie_weights: bool = setting(
        False,
        "Share the (decoder's) embedding matrix with the output layer (a projection is added when --hidden is "
        "not --embed).",
        P_MODEL,
        resume=FIXED,
        model=True,
    )


@dataclass
class AttentionDecoder:
    """An RNN decoder with attention, trained with teacher forcing or scheduled sampling, scored by
    decoding dev examples."""

    attention: Attention = setting("dot", "Attention score (none: no attention).", P_MODEL, resume=FIXED, model=True)
    input_feeding: bool = setting(
        False,
        "Feed each step's attentional vector into the next decoder step (Luong). Off, teacher-forced training "
        "runs the decoder as one fused call (about 1.8x faster on a CPU).",
        P_MODEL,
        resume=FIXED,
        model=True,
    )
    teacher_forcing: float = setting(
        1.0, "Final probability of feeding the ground-truth previous token (1: always).", P_OPT, resume=FIXED
    )
    schedule: TFSchedule = setting("constant", "How that probability falls from 1.", P_OPT, resume=FIXED)
    schedule_k: Optional[float] = setting(
        None,
        "exponential: k**step; inverse-sigmoid: k / (k + exp(step / k)) (default: fitted to the steps).",
        P_OPT,
        resume=FIXED,
        show_default=False,
    )
    schedule_steps: Optional[int] = setting(
        None,
        "Steps over which that probability falls (default: the step budget).",
        P_OPT,
        resume=FIXED,
        min=1,
        show_default=False,
    )
    dev_bleu_max: int = setting(500, "Dev examples decoded for BLEU at each evaluation.", min=1)

    def check_decoder(self) -> None:
        if not 0.0 <= self.teacher_forcing <= 1.0:
            raise UsageError(f"--teacher-forcing must be between 0 and 1 (got {self.teacher_forcing})")


@dataclass
class Images:
    """Images read at one size, through a CNN's feature grid."""

    image_size: str = setting(
        "auto",
        "Images are scaled to fit this box (aspect kept) and padded: HxW (height x width, e.g. 40x128), N (an "
        "N x N square), or auto: fitted to the training images (their median height and width, at most "
        "128x128 pixels' worth, each side a multiple of the CNN's stride; the run's settings keep the size).",
        P_DATA,
        resume=FIXED,
    )
    crop: bool = setting(False, "Scale to cover the box and cut the overflow instead.", P_DATA, resume=FIXED)
    cnn: CNN = setting(
        "small", "small: trained from scratch; a ResNet with --cnn-weights.", P_IMAGE, resume=FIXED, model=True
    )
    cnn_weights: Optional[str] = setting(
        None, "A torchvision ResNet state dict you have (nothing is downloaded).", P_IMAGE, resume=FIXED, path=True
    )
    finetune_cnn: bool = setting(
        False, "Train the ResNet's weights too (default: frozen).", P_IMAGE, resume=FIXED, model=True
    )
    max_pixels: Optional[int] = setting(
        None,
        "Refuse images with more pixels than this, from their header, before decoding them (default: Pillow's "
        "limit, 89,478,485).",
        P_DATA,
        min=1,
        show_default=False,
    )
    channels: int = setting(
        96,
        "Feature size of the small CNN's grid (the grid is --image-size/4 on a side, pooled further while it has "
        "over 144 positions).",
        P_IMAGE,
        resume=FIXED,
        model=True,
        min=1,
    )

    def check_images(self) -> None:
        image_box(self.image_size)
        if self.cnn == "small" and (self.cnn_weights or self.finetune_cnn):
            raise UsageError(
                "--cnn-weights and --finetune-cnn are for a pretrained ResNet", "add --cnn resnet18 (or 34, 50)"
            )


def image_box(value: Any) -> Optional[tuple[int, int]]:
    """--image-size as (height, width): None for auto; N is an N x N square (an int: a run from before HxW)."""
    text = str(value).strip().lower()
    if text == "auto":
        return None
    parts = text.split("x")
    if len(parts) in (1, 2) and all(p.strip().isdigit() for p in parts):
        h, w = int(parts[0]), int(parts[-1])
        if min(h, w) < 16:
            raise UsageError(f"--image-size must be at least 16 pixels a side (got {value})")
        return h, w
    raise UsageError(f"--image-size must be auto, N or HxW, such as 40x128 (got {value!r})")


# -- the tasks -------------------------------------------------------------------------------------------


@task_options(
    "train-lm",
    "lm",
    2400,
    layers=2,
    hidden=256,
    embed=64,
    batch_size=16,
    lr=5e-3,
    lr_patience=2,
    eval_every=200,
)
class TrainLMOptions(TiedOutput, TrainOptions):
    # The recipe: Adam at 5e-3 on gradients clipped to norm 1, dropout 0.1, the rate held and then annealed
    # over the last 30% of the budget; the output layer starts at the unigram frequencies and the LSTM at
    # PyTorch's initialisation. Chosen with benchmarks/lm_quality.py on three corpora (prose, Shakespeare,
    # Python source) against the word-language-model example's recipe (SGD at 20, clip 0.25), which it
    # beats on all three; see benchmarks/RESULTS.md.
    corpus: list[str] = setting(
        help="Training text files (UTF-8). Default: the bundled Shakespeare corpus.",
        panel=P_DATA,
        resume=DATA,
        path=True,
        argument=True,
        show_default=False,
        factory=list,
    )
    val: Optional[str] = setting(None, "Validation text file.", P_DATA, resume=DATA, path=True)
    val_fraction: float = setting(
        0.05,
        "Share of the corpus held out for validation when --val is not given.",
        P_DATA,
        resume=FIXED,
        between=(0.0, 0.5),
    )
    seq_len: int = setting(128, "Tokens per truncated-BPTT window.", P_OPT, resume=FIXED, min=1)
    eval_tokens: int = setting(
        50_000, "Validation tokens scored at each evaluation (the final one scores them all).", min=1
    )
    cache_dir: Optional[str] = setting(
        None,
        "Where big corpora are kept encoded for later runs. Default: $RNNCLI_CACHE_DIR, else $XDG_CACHE_HOME/rnncli "
        "(~/.cache/rnncli).",
        P_DATA,
        path=True,
        show_default=False,
    )
    init_from: Optional[str] = setting(
        None, "Start a new run from a trained model's weights and tokenizer.", resume=WHERE, path=True, checkpoint=True
    )

    def check(self) -> None:
        if self.resume and self.init_from:
            raise UsageError(
                "--resume and --init-from exclude each other",
                "--resume continues a run; --init-from starts a new run from a model's weights",
            )


DEFAULT_LM_MAX_STEPS = TrainLMOptions.default_steps
# Batches of pairs of similar length up to this many padded tokens: about 57 pairs of the bundled data's
# average length. Against 64 pairs a batch, the same steps: test BLEU 20.1 against 18.4 (RESULTS.md).
DEFAULT_BATCH_TOKENS = 832


# 6000 steps: 12 min 9 s on the 2-core development CPU in bf16 (README), ends annealed.
@task_options(
    "train-mt", "mt", 6000, kind="bpe", vocab_size=4000, batch_size=None, label_smoothing=0.1, eval_every=1000
)
class TrainMTOptions(AttentionDecoder, Bidirectional, TiedOutput, MaxLength, TrainOptions):
    src: Optional[str] = setting(
        None, "Source-side training text, one sentence per line.", P_DATA, resume=DATA, path=True
    )
    tgt: Optional[str] = setting(
        None, "Target-side training text, line-aligned with --src.", P_DATA, resume=DATA, path=True
    )
    tsv: Optional[str] = setting(None, "Training pairs as 'source<TAB>target' lines.", P_DATA, resume=DATA, path=True)
    dev_src: Optional[str] = setting(None, "Dev source file.", P_DATA, resume=DATA, path=True)
    dev_tgt: Optional[str] = setting(None, "Dev target file.", P_DATA, resume=DATA, path=True)
    dev_tsv: Optional[str] = setting(None, "Dev pairs as TSV.", P_DATA, resume=DATA, path=True)
    # given on --resume, a tokenizer file must hold the checkpoint's vocabulary (checked by content)
    src_tokenizer: Optional[str] = setting(None, "Source tokenizer file.", P_TOK, resume=DATA, path=True)
    tgt_tokenizer: Optional[str] = setting(None, "Target tokenizer file.", P_TOK, resume=DATA, path=True)
    joint_vocab: bool = setting(False, "One vocabulary learned for both languages.", P_TOK, resume=FIXED)
    reverse_source: bool = setting(False, "Feed the source reversed.", P_MODEL, resume=FIXED, model=True)
    batch_tokens: Optional[int] = setting(
        None,
        "Pairs of similar length per batch, up to this many padded tokens (pairs x the longer side).",
        P_OPT,
        resume=FIXED,
        min=1,
        show_default=str(DEFAULT_BATCH_TOKENS),
    )

    def check(self) -> None:
        self.check_decoder()
        check_choice("kind", self.kind, ("bpe", "unigram"))  # a translator learns subword vocabularies
        if self.batch_size is not None and self.batch_tokens is not None:
            raise UsageError(
                "give --batch-size or --batch-tokens, not both",
                "--batch-size: that many sentence pairs; --batch-tokens: pairs up to that many tokens",
            )
        if self.tokenizer and (self.src_tokenizer or self.tgt_tokenizer):
            raise UsageError("give --tokenizer (one vocabulary for both sides) or --src-/--tgt-tokenizer, not both")
        if self.tgt and not (self.src or self.tsv):
            raise UsageError("--tgt needs --src (give both source and target training files, or one --tsv file)")
        if self.dev_tgt and not (self.dev_src or self.dev_tsv):
            raise UsageError("--dev-tgt needs --dev-src (give both dev files, or one --dev-tsv file)")


DEFAULT_MT_MAX_STEPS = TrainMTOptions.default_steps
_NGRAM_ORDERS = range(1, 9)  # --ngrams 1 to 8 (the classifier's hash has a multiplier for each order)


# 1800 steps: about 4 minutes on the 2-core development CPU.
# The recipe (benchmarks/RESULTS.md, "language identification"): a small bidirectional LSTM over
# characters whose inputs also carry hashed character 2-4-grams, mean-pooled: 92% dev accuracy in
# 4 minutes here, where 256 units over bare characters, final states, took 20 minutes for 88%.
@task_options("train-clf", "clf", 1800, hidden=64, embed=64, lr=3e-3, max_len=256, eval_every=250)
class TrainClfOptions(HeldOutDev, Bidirectional, MaxLength, TrainOptions):
    pool: Pooling = setting(
        "mean",
        "One vector per text: the final state, the mean or max of the outputs, or attention over them.",
        P_MODEL,
        resume=FIXED,
        model=True,
    )
    ngrams: int = setting(
        4,
        "Also embed the 2..N-grams of tokens ending at each token (hashed, fastText-style; 1: off).",
        P_MODEL,
        resume=FIXED,
        model=True,
        min=1,
        max=len(_NGRAM_ORDERS),
    )
    ngram_buckets: int = setting(
        65536, "Hash buckets of the n-gram embeddings.", P_MODEL, resume=FIXED, model=True, min=1
    )
    wide: int = setting(
        5,
        "The wide path beside the RNN: a linear SVM over the text's character 1..N-grams (tf-idf), fitted before "
        "the RNN trains, its scores added to the RNN's with a weight chosen on dev (0: the RNN alone).",
        P_MODEL,
        resume=FIXED,
        model=True,
        min=0,
        max=8,
        saved_before=0,  # runs from before --wide: the RNN alone
    )
    wide_buckets: int = setting(
        262144, "Hash buckets of the wide path's n-grams.", P_MODEL, resume=FIXED, model=True, min=1
    )


DEFAULT_CLF_MAX_STEPS = TrainClfOptions.default_steps


# 1000 steps: about 7 minutes on the 2-core development CPU.
@task_options(
    "train-caption",
    "caption",
    1000,
    kind="bpe",
    max_len=24,
    dropout=0.2,
    attention="concat",
    eval_every=500,
)
class TrainCaptionOptions(HeldOutDev, Images, AttentionDecoder, MaxLength, TrainOptions):
    select_by: CaptionMetric = setting(
        "cider",
        "The dev figure that picks best.ckpt: cider (CIDEr-D, which moves on one-word captions), bleu (sacrebleu's) "
        "or chrf.",
        resume=FIXED,
        saved_before="bleu",  # runs from before --select-by kept their best by BLEU
    )

    # kind bpe: on the emoji names a 2,000-piece BPE keeps whole words, unigram cut "sk"+"in";
    # attention concat: Show, Attend and Tell's additive attention over the grid.
    def check(self) -> None:
        self.check_decoder()
        self.check_images()


# 1800 steps: 540 s in bf16 on the 2-core development CPU (docs/vqa.md: the measured run; 600 steps left
# the first hop's attention spread out and shapes and "left of" unlearned).
# kind bpe, its --vocab-size a ceiling: every word of the questions whole (a word-level vocabulary of short
# questions with byte fallback for unseen words); characters would make the question RNN read ~5x the steps.
# An image's questions share a batch, so the CNN runs once per image, not once per question.
@task_options(
    "train-vqa",
    "vqa",
    1800,
    kind="bpe",
    hidden=128,
    embed=64,
    channels=64,
    image_size="48",
    eval_every=600,
)
class TrainVQAOptions(HeldOutDev, Images, Bidirectional, TrainOptions):
    images: Optional[str] = setting(
        None,
        "CLEVR / VQA v2: the directory of the images (default for CLEVR: ../images/<split>/ beside the questions "
        "file).",
        P_DATA,
        resume=DATA,
        path=True,
    )
    annotations: Optional[str] = setting(
        None, "VQA v2: the annotations JSON of the training questions.", P_DATA, resume=DATA, path=True
    )
    dev_annotations: Optional[str] = setting(
        None, "VQA v2: the annotations JSON of the --dev questions.", P_DATA, resume=DATA, path=True
    )
    answers: Optional[int] = setting(
        None,
        "Answer classes: the N most frequent training answers (default: every answer given at least twice).",
        P_DATA,
        resume=FIXED,
        min=2,
        show_default=False,
    )
    hops: int = setting(
        2,
        "Stacked attention over the image grid, guided by the question (Yang et al. 2016); 0: the grid's mean.",
        P_MODEL,
        resume=FIXED,
        model=True,
        min=0,
        max=8,
    )

    def check(self) -> None:
        self.check_images()
        if self.dev_annotations and not self.dev:
            raise UsageError("--dev-annotations needs --dev (the VQA v2 questions they annotate)")


TRAINING_OPTIONS = (TrainLMOptions, TrainMTOptions, TrainClfOptions, TrainCaptionOptions, TrainVQAOptions)


# -- checks of option values (one line, exit 2: UsageError) --------------------------------------------

FLOAT32_MAX = 3.4028234663852886e38  # optimizers apply the learning rate in float32


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def check_choice(name: str, value: str, choices: tuple) -> None:
    if value not in choices:
        raise UsageError(f"unknown {flag(name)} {value!r}; choose one of {', '.join(choices)}")


def check_shared(opts: Any) -> None:
    """The checks every settings class gets from its fields' metadata (choices, bounds) and the ones
    between shared settings: rates, budgets, shares of the budget."""
    import typing

    hints = typing.get_type_hints(type(opts))
    for f in fields(opts):
        value = getattr(opts, f.name)
        choices = _choices(hints[f.name])
        if choices and value is not None:
            check_choice(f.name, value, choices)
        low, high = f.metadata.get("min"), f.metadata.get("max")
        if value is not None and low is not None and value < low:
            raise UsageError(f"{flag(f.name)} must be at least {low} (got {value})")
        if value is not None and high is not None and value > high:
            raise UsageError(f"{flag(f.name)} must be at most {high} (got {value})")
        between = f.metadata.get("between")
        if value is not None and between is not None and not between[0] < value < between[1]:  # also NaN
            raise UsageError(f"{flag(f.name)} must be between {between[0]:g} and {between[1]:g} (got {value})")
    if not 0.0 <= opts.dropout < 1.0:
        raise UsageError(f"--dropout must be in [0, 1) (got {opts.dropout})")
    if not (0 < opts.lr <= FLOAT32_MAX):
        raise UsageError(f"--lr must be a positive number no larger than {FLOAT32_MAX:.3g} (got {opts.lr})")
    for name in ("epochs", "time_budget", "save_every_minutes"):
        value = getattr(opts, name)
        if value is not None and not 0 < value < math.inf:  # also NaN
            raise UsageError(f"{flag(name)} must be a positive number (got {value:g})")
    if not 0 <= opts.clip < math.inf:
        raise UsageError(f"--clip must be 0 (off) or a positive number (got {opts.clip})")
    if not 0.0 <= opts.label_smoothing < 1.0:
        raise UsageError(f"--label-smoothing must be in [0, 1) (got {opts.label_smoothing})")
    check_schedule(opts.warmup, opts.lr_floor, opts.lr_decay, opts.lr_patience, opts.anneal)


def _choices(annotation: Any) -> tuple:
    """The choices of a Literal (or Optional[Literal]) type; () for any other."""
    if getattr(annotation, "__origin__", None) is Literal:
        return get_args(annotation)
    for arg in get_args(annotation):
        if getattr(arg, "__origin__", None) is Literal:
            return get_args(arg)
    return ()


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


# -- resuming a run ----------------------------------------------------------------------------------------

OPTIONS_VERSION = 2  # saved options from version 2 on hold --time-budget in minutes (before: seconds)


def saved_options(train: dict) -> dict:
    """A checkpoint's saved options in today's units."""
    saved = dict(train.get("options") or {})
    if train.get("options_version", 1) < 2 and saved.get("time_budget") is not None:
        saved["time_budget"] = saved["time_budget"] / 60
    return saved


def merge_resumed(opts: TrainOptions, saved: dict) -> list[str]:
    """Fill ``opts`` for a resumed run from the run's saved options, by each field's policy: a
    changeable setting given now takes effect (returned as ``--lr 0.002 -> 0.001`` for the log); a fixed
    one given now must equal the run's (else one error line naming it and the saved value); input files
    given now are used; everything not given is the run's own. A setting the checkpoint lacks (a run from
    before it existed) keeps its default or what was given."""
    given = opts.given()
    changed = []
    for f in fields(opts):
        policy, name = f.metadata.get("resume", FIXED), f.name
        if name not in saved and f.metadata.get("saved_before", dataclasses.MISSING) is not dataclasses.MISSING:
            saved = {**saved, name: f.metadata["saved_before"]}
        if policy == WHERE or name not in saved:
            continue
        mine, theirs = getattr(opts, name), saved[name]
        if name not in given or _same(mine, theirs, f.metadata.get("path")):
            setattr(opts, name, theirs)
        elif policy == CHANGE:
            changed.append(f"{flag(name)} {_shown(theirs)} -> {_shown(mine)}")
        elif policy == FIXED:
            raise UsageError(
                f"{flag(name)} {_shown(mine)} contradicts the run being resumed ({flag(name)} {_shown(theirs)})",
                "drop the option, or start a new run",
            )
    return changed


def _same(a: Any, b: Any, path: bool) -> bool:
    """Equal settings; files are the same file whichever way they are written."""
    if path and a is not None and b is not None:
        from pathlib import Path

        def norm(v: Any) -> Any:
            return [str(Path(x).absolute()) for x in v] if isinstance(v, list) else str(Path(v).absolute())

        return norm(a) == norm(b)
    return a == b


def _shown(value: Any) -> Any:
    return "unset" if value is None else value
