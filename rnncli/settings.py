"""The training commands' settings, defined once: each option's name, type and default (the commands'
``--help`` and defaults, ``config.toml`` and the checkpoints' saved options are read from here) and the
checks on their values. No torch here, so the command line starts fast; the checks import what they
need when they run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from rnncli.errors import UsageError

DEFAULT_LM_MAX_STEPS = 2400  # train-lm without any budget
TF_SCHEDULES = ("constant", "linear", "exponential", "inverse-sigmoid")
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
    precision: str = "auto"
    loss_every: Optional[int] = None  # read the loss back every N steps (default: 1 on a CPU, 16 on a GPU)
    cache_dir: Optional[str] = None  # token cache; default $RNNCLI_CACHE_DIR or ~/.cache/rnncli
    resume: Optional[str] = None
    init_from: Optional[str] = None

    def validate(self) -> None:
        from rnncli import tokenizers
        from rnncli.device import check_precision_name
        from rnncli.models.rnn import CELLS
        from rnncli.optim import check_schedule_options
        from rnncli.training import check_loss_every, check_run_options, check_training_options

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
    kind: str = "bpe"
    vocab_size: int = 4000
    joint_vocab: bool = False
    max_len: int = 64  # tokens per side; longer training pairs are skipped
    cell: str = "lstm"
    layers: int = 1
    hidden: int = 256
    embed: int = 128
    dropout: float = 0.1
    bidirectional: bool = True
    attention: str = "dot"
    reverse_source: bool = False
    tie_weights: bool = False
    input_feeding: bool = False  # off: the decoder trains as one fused RNN call per batch
    teacher_forcing: float = 1.0  # final ratio of ground-truth inputs
    schedule: str = "constant"  # how the ratio moves from 1.0 to --teacher-forcing
    schedule_k: Optional[float] = None
    schedule_steps: Optional[int] = None  # steps over which the ratio falls; default: the step budget
    batch_size: Optional[int] = None  # sentence pairs per batch; unset: batches by --batch-tokens
    batch_tokens: Optional[int] = None  # padded tokens per batch (default DEFAULT_BATCH_TOKENS)
    optimizer: str = "adam"
    lr: float = 2e-3
    weight_decay: float = 0.0
    lr_schedule: str = "cosine"  # keyed on the budget; ends annealed (plateau: see benchmarks/RESULTS.md)
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
    precision: str = "auto"
    resume: Optional[str] = None

    def validate(self) -> None:
        from rnncli.device import check_precision_name
        from rnncli.models.attention import SCORES
        from rnncli.models.rnn import CELLS
        from rnncli.optim import check_schedule_options
        from rnncli.training import check_loss_every, check_run_options, check_training_options

        check_precision_name(self.precision)
        if self.cell not in CELLS:
            raise UsageError(f"unknown cell {self.cell!r}; choose one of {', '.join(CELLS)}")
        if self.attention not in SCORES:
            raise UsageError(f"unknown attention {self.attention!r}; choose one of {', '.join(SCORES)}")
        if self.schedule not in TF_SCHEDULES:
            raise UsageError(f"unknown --schedule {self.schedule!r}; choose one of {', '.join(TF_SCHEDULES)}")
        if self.kind not in ("bpe", "unigram"):
            raise UsageError(f"--kind must be bpe or unigram for translation (got {self.kind!r})")
        if self.batch_size is not None and self.batch_tokens is not None:
            raise UsageError(
                "give --batch-size or --batch-tokens, not both",
                "--batch-size: that many sentence pairs; --batch-tokens: pairs up to that many tokens",
            )
        if self.batch_size is not None and self.batch_size < 1:
            raise UsageError(f"--batch-size must be at least 1 (got {self.batch_size})")
        for name in ("eval_every", "max_len", "layers", "hidden", "embed", "vocab_size", "dev_bleu_max"):
            if getattr(self, name) < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1 (got {getattr(self, name)})")
        if self.batch_tokens is not None and self.batch_tokens < 1:
            raise UsageError(f"--batch-tokens must be at least 1 (got {self.batch_tokens})")
        if not 0.0 <= self.teacher_forcing <= 1.0:
            raise UsageError(f"--teacher-forcing must be between 0 and 1 (got {self.teacher_forcing})")
        if not 0.0 <= self.dropout < 1.0:
            raise UsageError(f"--dropout must be in [0, 1) (got {self.dropout})")
        check_run_options(self.lr, self.save_every, self.save_every_minutes)
        check_loss_every(self.loss_every)
        check_schedule_options(self.warmup, self.lr_floor, self.lr_decay, self.lr_patience, self.anneal)
        if not 0.0 <= self.label_smoothing < 1.0:
            raise UsageError(f"--label-smoothing must be in [0, 1) (got {self.label_smoothing})")
        check_training_options(
            self.max_steps, self.epochs, self.time_budget, self.clip, self.optimizer, self.lr_schedule
        )
        if self.tgt and not (self.src or self.tsv):
            raise UsageError("--tgt needs --src (give both source and target training files, or one --tsv file)")
        if self.dev_tgt and not (self.dev_src or self.dev_tsv):
            raise UsageError("--dev-tgt needs --dev-src (give both dev files, or one --dev-tsv file)")
        if self.schedule_steps is not None and self.schedule_steps < 1:
            raise UsageError(f"--schedule-steps must be at least 1 (got {self.schedule_steps})")
        if self.patience is not None and self.patience < 1:
            raise UsageError(f"--patience must be at least 1 (got {self.patience})")
