"""Translation commands: `train-mt`, `translate`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli import options as opt
from rnncli.cli.app import app
from rnncli.cli.common import (
    complete_checkpoint,
    info,
    looks_like_text,
    options_from,
    run_training_command,
    steps_done,
)
from rnncli.cli.config import ConfigOption
from rnncli.errors import UsageError
from rnncli.settings import DEFAULT_BATCH_TOKENS, DEFAULT_MT_MAX_STEPS, Attention, MTKind, TFSchedule, TrainMTOptions

MT = TrainMTOptions()  # the defaults (defined once, in rnncli/settings.py)
_DATA, _TOK, _MODEL, _OPT, _RUN, _SEARCH = "Data", "Vocabulary", "Model", "Optimisation", "Run", "Search"
_ATTN = "Attention maps"


def _s(p: Optional[Path]) -> Optional[str]:
    return str(p) if p is not None else None


MaxStepsOption = opt.max_steps_option(DEFAULT_MT_MAX_STEPS)


@app.command("train-mt", rich_help_panel="Translation")
def train_mt_command(
    src: Annotated[
        Optional[Path], typer.Option(help="Source-side training text, one sentence per line.", rich_help_panel=_DATA)
    ] = None,
    tgt: Annotated[
        Optional[Path], typer.Option(help="Target-side training text, line-aligned with --src.", rich_help_panel=_DATA)
    ] = None,
    tsv: Annotated[
        Optional[Path], typer.Option(help="Training pairs as 'source<TAB>target' lines.", rich_help_panel=_DATA)
    ] = None,
    dev_src: Annotated[Optional[Path], typer.Option(help="Dev source file.", rich_help_panel=_DATA)] = None,
    dev_tgt: Annotated[Optional[Path], typer.Option(help="Dev target file.", rich_help_panel=_DATA)] = None,
    dev_tsv: Annotated[Optional[Path], typer.Option(help="Dev pairs as TSV.", rich_help_panel=_DATA)] = None,
    max_len: Annotated[
        int, typer.Option(min=1, help="Skip training pairs longer than this many tokens.", rich_help_panel=_DATA)
    ] = MT.max_len,
    src_tokenizer: Annotated[Optional[Path], typer.Option(help="Source tokenizer file.", rich_help_panel=_TOK)] = None,
    tgt_tokenizer: Annotated[Optional[Path], typer.Option(help="Target tokenizer file.", rich_help_panel=_TOK)] = None,
    kind: Annotated[MTKind, typer.Option(help="Vocabulary to learn.", rich_help_panel=_TOK)] = MT.kind,
    vocab_size: Annotated[
        int, typer.Option(min=1, help="Pieces per vocabulary.", rich_help_panel=_TOK)
    ] = MT.vocab_size,
    joint_vocab: Annotated[
        bool, typer.Option(help="One vocabulary shared by both languages.", rich_help_panel=_TOK)
    ] = MT.joint_vocab,
    cell: opt.CellOption = MT.cell,
    layers: Annotated[
        int, typer.Option(min=1, help="Layers in encoder and decoder.", rich_help_panel=_MODEL)
    ] = MT.layers,
    hidden: Annotated[int, typer.Option(min=1, help="Hidden units.", rich_help_panel=_MODEL)] = MT.hidden,
    embed: opt.EmbedOption = MT.embed,
    dropout: opt.DropoutOption = MT.dropout,
    bidirectional: Annotated[
        bool, typer.Option(help="Bidirectional encoder.", rich_help_panel=_MODEL)
    ] = MT.bidirectional,
    attention: Annotated[Attention, typer.Option(help="Attention score.", rich_help_panel=_MODEL)] = MT.attention,
    reverse_source: Annotated[
        bool, typer.Option(help="Feed the source reversed.", rich_help_panel=_MODEL)
    ] = MT.reverse_source,
    tie_weights: Annotated[
        bool, typer.Option(help="Share decoder embedding and output layer.", rich_help_panel=_MODEL)
    ] = MT.tie_weights,
    input_feeding: Annotated[
        bool,
        typer.Option(
            help="Feed each step's attentional vector into the next decoder step (Luong). Off, teacher-forced "
            "training runs the decoder as one fused call (about 1.8x faster on a CPU).",
            rich_help_panel=_MODEL,
        ),
    ] = MT.input_feeding,
    teacher_forcing: Annotated[
        float,
        typer.Option(
            help="Final probability of feeding the ground-truth previous token (1: always).", rich_help_panel=_OPT
        ),
    ] = MT.teacher_forcing,
    schedule: Annotated[
        TFSchedule,
        typer.Option(
            help="How that probability falls from 1.",
            rich_help_panel=_OPT,
        ),
    ] = MT.schedule,
    schedule_steps: opt.ScheduleStepsOption = None,
    batch_tokens: Annotated[
        Optional[int],
        typer.Option(
            min=1,
            help="Pairs of similar length per batch, up to this many padded tokens (pairs x the longer side).",
            show_default=str(DEFAULT_BATCH_TOKENS),
            rich_help_panel=_OPT,
        ),
    ] = None,
    batch_size: Annotated[
        Optional[int],
        typer.Option(
            min=1, help="Batches of this many sentence pairs instead.", show_default=False, rich_help_panel=_OPT
        ),
    ] = None,
    optimizer: opt.OptimizerOption = MT.optimizer,
    lr: opt.LROption = MT.lr,
    lr_schedule: opt.LRScheduleOption = MT.lr_schedule,
    warmup: opt.WarmupOption = MT.warmup,
    lr_floor: opt.LRFloorOption = MT.lr_floor,
    anneal: opt.AnnealOption = MT.anneal,
    clip: opt.ClipOption = MT.clip,
    label_smoothing: opt.LabelSmoothingOption = MT.label_smoothing,
    max_steps: MaxStepsOption = None,
    epochs: opt.EpochsOption = None,
    time_budget: opt.TimeBudgetOption = None,
    eval_every: opt.eval_every_option("Dev loss and BLEU") = MT.eval_every,
    patience: opt.patience_option("dev BLEU") = None,
    save_every: opt.SaveEveryOption = None,
    save_every_minutes: opt.SaveEveryMinutesOption = None,
    log_every: opt.LogEveryOption = None,
    detect_anomaly: opt.DetectAnomalyOption = MT.detect_anomaly,
    loss_every: opt.LossEveryOption = None,
    tensorboard: opt.TensorBoardOption = False,
    out: opt.out_option("mt") = None,
    seed: opt.SeedOption = MT.seed,
    device: opt.DeviceOption = MT.device,
    precision: opt.PrecisionOption = MT.precision,
    resume: opt.ResumeOption = None,
    json_out: opt.JsonOption = False,
    config: ConfigOption = None,
    ctx: typer.Context = None,
) -> None:
    """Train an attention encoder-decoder translator."""
    from rnncli.mt.train import train_mt

    opts = options_from(TrainMTOptions, locals())
    r = run_training_command(train_mt, opts, ctx, "train-mt", log_every, tensorboard)
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    info(f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best dev BLEU {r.best_bleu:.2f}; checkpoint {r.best}")
    if json_out:
        print(
            json.dumps(
                {
                    "run_dir": str(r.run_dir),
                    "best": str(r.best),
                    "last": str(r.last),
                    "steps": r.steps,
                    "best_bleu": r.best_bleu,
                    "final_bleu": r.final_bleu,
                    "seconds": r.seconds,
                    "curve": r.curve,
                }
            )
        )


def _write_translation(out, n: int, tr, json_out: bool, n_best: int) -> None:
    """One input line's translation: its text; with --n-best, one 'id<TAB>score<TAB>text' row per
    hypothesis; with --json, one object."""
    if json_out:
        hyps = [{"translation": t, "score": h.score, "logprob": h.logprob} for t, h in zip(tr.texts, tr.hypotheses)]
        record = {"id": n, "source": tr.source, "translation": tr.text, "n_best": hyps}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif n_best > 1:
        for t, h in zip(tr.texts, tr.hypotheses):
            out.write(f"{n}\t{h.score:.4f}\t{t}\n")
        if not tr.hypotheses:  # an empty line: still one row, so that every input id appears
            out.write(f"{n}\t\t\n")
    else:
        out.write(tr.text + "\n")


@app.command("translate", rich_help_panel="Translation")
def translate_command(
    checkpoint: Annotated[
        Optional[Path],
        typer.Argument(
            autocompletion=complete_checkpoint,
            help="A translation checkpoint. Default: the most recent one under ./runs (a lone argument that "
            "is not a checkpoint is then the input file).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Optional[Path], typer.Argument(help="Lines to translate (default: stdin).", show_default=False)
    ] = None,
    beam: Annotated[
        Optional[int], typer.Option(help="Beam size.  [default: 5]", show_default=False, rich_help_panel=_SEARCH)
    ] = None,
    greedy: Annotated[
        bool, typer.Option("--greedy", help="Greedy decoding instead of beam search.", rich_help_panel=_SEARCH)
    ] = False,
    length_penalty: Annotated[
        float,
        typer.Option(
            help="Rank by log-probability / length**alpha (1: per-token average; 0: raw sum).", rich_help_panel=_SEARCH
        ),
    ] = 1.0,
    max_len: Annotated[int, typer.Option(help="Longest translation in tokens.", rich_help_panel=_SEARCH)] = 200,
    len_ratio: Annotated[
        float,
        typer.Option(
            help="Longest translation relative to the source length (plus 5 tokens).", rich_help_panel=_SEARCH
        ),
    ] = 2.0,
    n_best: Annotated[
        int,
        typer.Option(
            help="Print the N best hypotheses as id<TAB>score<TAB>text rows (an empty "
            "input line gives one row with no score).",
            rich_help_panel=_SEARCH,
        ),
    ] = 1,
    batch_size: Annotated[int, typer.Option(help="Sentences per batch.", rich_help_panel=_SEARCH)] = 32,
    keep_placeholders: Annotated[
        bool,
        typer.Option(
            help="Keep printf/brace placeholders (%s, %1$d, %(name)s, {0}, {name}) and identifier-like tokens "
            "(snake_case, camelCase, os.path, --option) exactly: each is replaced by a sentinel before "
            "translation and put back after, exactly once.",
            rich_help_panel=_SEARCH,
        ),
    ] = True,
    truncate: Annotated[bool, typer.Option(help="Cut over-long input lines instead of refusing them.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    show_attention: Annotated[
        bool,
        typer.Option(
            "--show-attention",
            help="Draw each sentence's attention weights as a grid on stderr (source pieces "
            "across, target pieces down); stdout keeps only the translations.",
            rich_help_panel=_ATTN,
        ),
    ] = False,
    attention_png: Annotated[
        Optional[Path],
        typer.Option(help="Write one attention map per sentence to DIR/attention-NNNN.png.", rich_help_panel=_ATTN),
    ] = None,
    html: Annotated[
        Optional[Path],
        typer.Option(help="Write every sentence's attention map to one HTML page.", rich_help_panel=_ATTN),
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Translate lines (greedy or beam search), one translation per line to stdout."""
    from rnncli.mt.translate import SearchSettings, load_mt, translate_lines
    from rnncli.textio import read_lines

    if greedy and beam is not None:
        raise UsageError("--greedy and --beam exclude each other (greedy decoding is beam search with one hypothesis)")
    settings = SearchSettings(
        beam=5 if beam is None else beam,
        greedy=greedy,
        max_len=max_len,
        len_ratio=len_ratio,
        length_penalty=length_penalty,
        n_best=n_best,
        batch_size=batch_size,
        keep_placeholders=keep_placeholders,
    )
    settings.validate()
    attention = None
    if show_attention or attention_png is not None or html is not None:
        from rnncli.cli.looking_inside import AttentionOutput

        attention = AttentionOutput(show_attention, attention_png, html)
        settings.keep_attention = True
    if checkpoint is not None and file is None and looks_like_text(checkpoint):
        # `rnncli translate input.txt`: one argument that is not a checkpoint is the text to translate
        checkpoint, file = None, checkpoint
    mt = load_mt(_s(checkpoint), device)
    if checkpoint is None:
        info(f"using {mt.path}")
    if attention is not None:
        attention.check_model(mt)
    lines = read_lines(file if file is not None else "-", "input file")
    out = sys.stdout
    for n, tr in enumerate(translate_lines(mt, lines, settings, truncate)):
        _write_translation(out, n, tr, json_out, n_best)
        if attention is not None:
            attention.add(n, tr)  # after the translation, so that a terminal shows them in order
    out.flush()
    if attention is not None:
        attention.finish(mt)
