"""Language-model commands: `train-lm`, `sample`, `eval`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from rnncli.cli import options as opt
from rnncli.cli.app import app
from rnncli.cli.common import (
    check_log_every,
    complete_checkpoint,
    info,
    options_from,
    steps_done,
    tensorboard_callback,
)
from rnncli.cli.config import ConfigOption, WriteOnStart
from rnncli.errors import UsageError
from rnncli.settings import DEFAULT_LM_MAX_STEPS, LMKind, TrainLMOptions

LM = TrainLMOptions()  # the defaults (defined once, in rnncli/settings.py)
_DATA = "Data"
_TOK = "Tokenizer"
_MODEL = "Model"
_OPT = "Optimisation"
_RUN = "Run"
_SAMPLE = "Sampling"


MaxStepsOption = opt.max_steps_option(DEFAULT_LM_MAX_STEPS)


@app.command("train-lm", rich_help_panel="Language models")
def train_lm_command(
    corpus: Annotated[
        Optional[List[Path]],
        typer.Argument(
            help="Training text files (UTF-8). Default: the bundled Shakespeare corpus.", show_default=False
        ),
    ] = None,
    val: Annotated[Optional[Path], typer.Option(help="Validation text file.", rich_help_panel=_DATA)] = None,
    val_fraction: Annotated[
        float,
        typer.Option(
            help="Share of the corpus held out for validation when --val is not given.", rich_help_panel=_DATA
        ),
    ] = LM.val_fraction,
    tokenizer: Annotated[
        Optional[Path],
        typer.Option(
            help="A tokenizer file from 'rnncli tokenize train' (or any sentencepiece model).", rich_help_panel=_TOK
        ),
    ] = None,
    kind: Annotated[
        LMKind, typer.Option(help="Vocabulary to learn when no --tokenizer.", rich_help_panel=_TOK)
    ] = LM.kind,
    vocab_size: Annotated[
        int, typer.Option(min=1, help="Vocabulary size for bpe / unigram.", rich_help_panel=_TOK)
    ] = LM.vocab_size,
    cell: opt.CellOption = LM.cell,
    layers: Annotated[int, typer.Option(min=1, help="Stacked recurrent layers.", rich_help_panel=_MODEL)] = LM.layers,
    hidden: Annotated[int, typer.Option(min=1, help="Hidden units per layer.", rich_help_panel=_MODEL)] = LM.hidden,
    embed: opt.EmbedOption = LM.embed,
    dropout: Annotated[
        float, typer.Option(help="Dropout between layers and before the output.", rich_help_panel=_MODEL)
    ] = LM.dropout,
    tie_weights: Annotated[
        bool, typer.Option(help="Share the embedding matrix with the output layer.", rich_help_panel=_MODEL)
    ] = LM.tie_weights,
    seq_len: Annotated[
        int, typer.Option(min=1, help="Tokens per truncated-BPTT window.", rich_help_panel=_OPT)
    ] = LM.seq_len,
    batch_size: Annotated[int, typer.Option(min=1, help="Parallel streams.", rich_help_panel=_OPT)] = LM.batch_size,
    optimizer: opt.OptimizerOption = LM.optimizer,
    lr: Annotated[
        float, typer.Option(help="Learning rate (try 20 with sgd and --clip 0.25).", rich_help_panel=_OPT)
    ] = LM.lr,
    weight_decay: Annotated[float, typer.Option(help="Weight decay.", rich_help_panel=_OPT)] = LM.weight_decay,
    lr_schedule: opt.LRScheduleOption = LM.lr_schedule,
    warmup: opt.WarmupOption = LM.warmup,
    lr_floor: opt.LRFloorOption = LM.lr_floor,
    anneal: opt.AnnealOption = LM.anneal,
    lr_decay: Annotated[
        float, typer.Option(help="Factor for the plateau schedule.", rich_help_panel=_OPT)
    ] = LM.lr_decay,
    lr_patience: Annotated[
        int,
        typer.Option(
            help="Evaluations without improvement before the plateau schedule lowers the rate.", rich_help_panel=_OPT
        ),
    ] = LM.lr_patience,
    clip: opt.ClipOption = LM.clip,
    max_steps: MaxStepsOption = None,
    epochs: Annotated[
        Optional[float], typer.Option(help="Stop after this many passes over the corpus.", rich_help_panel=_RUN)
    ] = None,
    time_budget: opt.TimeBudgetOption = None,
    eval_every: Annotated[
        int, typer.Option(min=1, help="Validate (and save) every N steps.", rich_help_panel=_RUN)
    ] = LM.eval_every,
    save_every: opt.SaveEveryOption = None,
    save_every_minutes: opt.SaveEveryMinutesOption = None,
    log_every: opt.LogEveryOption = None,
    detect_anomaly: opt.DetectAnomalyOption = LM.detect_anomaly,
    loss_every: opt.LossEveryOption = None,
    tensorboard: opt.TensorBoardOption = False,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out",
            "-o",
            help="Run directory for checkpoints and metrics. Default: runs/lm-<time>.",
            rich_help_panel=_RUN,
        ),
    ] = None,
    seed: opt.SeedOption = LM.seed,
    device: opt.DeviceOption = LM.device,
    precision: opt.PrecisionOption = LM.precision,
    cache_dir: Annotated[
        Optional[Path],
        typer.Option(
            help="Where big corpora are kept encoded for later runs. Default: $RNNCLI_CACHE_DIR, else "
            "$XDG_CACHE_HOME/rnncli (~/.cache/rnncli).",
            show_default=False,
            rich_help_panel=_DATA,
        ),
    ] = None,
    resume: Annotated[
        Optional[Path],
        typer.Option(
            autocompletion=complete_checkpoint,
            help="Continue a run from its checkpoint (same data position, optimizer and RNG).",
            rich_help_panel=_RUN,
        ),
    ] = None,
    init_from: Annotated[
        Optional[Path],
        typer.Option(
            autocompletion=complete_checkpoint,
            help="Start a new run from a trained model's weights and tokenizer.",
            rich_help_panel=_RUN,
        ),
    ] = None,
    json_out: opt.JsonOption = False,
    config: ConfigOption = None,
    ctx: typer.Context = None,
) -> None:
    """Train a character or subword language model (truncated BPTT)."""
    from rnncli.cli.progress import TrainingDisplay
    from rnncli.lm.train import train_lm

    opts = options_from(TrainLMOptions, locals())
    check_log_every(log_every)
    with (
        TrainingDisplay(
            metric_name="bpc" if kind == "char" and not tokenizer else "bits/token", log_every=log_every
        ) as display,
        tensorboard_callback(tensorboard, opts, display) as callback,
    ):
        result = train_lm(opts, WriteOnStart(opts, ctx.command, "train-lm", callback))
    if result.rank != 0:  # under torchrun, rank 0 reports for all
        return
    summary = (
        f"done: {steps_done(result.steps, result.start_step, result.seconds)}; best validation loss "
        f"{result.best_val_loss:.4f} ({result.best_val_bpc:.3f} bits/char); checkpoint {result.best}"
    )
    info(summary)
    if json_out:
        print(
            json.dumps(
                {
                    "run_dir": str(result.run_dir),
                    "best": str(result.best),
                    "last": str(result.last),
                    "steps": result.steps,
                    "best_val_loss": result.best_val_loss,
                    "best_val_bpc": result.best_val_bpc,
                    "seconds": result.seconds,
                    "curve": result.curve,
                }
            )
        )


@app.command("sample", rich_help_panel="Language models")
def sample_command(
    checkpoint: Annotated[
        Optional[Path],
        typer.Argument(
            help="A language-model checkpoint. Default: the most recent one under ./runs.",
            show_default=False,
            autocompletion=complete_checkpoint,
        ),
    ] = None,
    length: Annotated[int, typer.Option("--length", "-n", help="Tokens to generate.", rich_help_panel=_SAMPLE)] = 500,
    prime: Annotated[
        str, typer.Option(help="Text to start from (printed, then continued).", rich_help_panel=_SAMPLE)
    ] = "",
    temperature: Annotated[
        float, typer.Option("--temperature", "-t", help="Softmax temperature; 0 means greedy.", rich_help_panel=_SAMPLE)
    ] = 1.0,
    top_k: Annotated[
        int, typer.Option(help="Sample from the k most likely tokens (0: off).", rich_help_panel=_SAMPLE)
    ] = 0,
    top_p: Annotated[
        float,
        typer.Option(
            help="Nucleus sampling: smallest set with this probability mass (1: off).", rich_help_panel=_SAMPLE
        ),
    ] = 1.0,
    min_p: Annotated[
        float,
        typer.Option(
            help="Drop tokens less likely than this fraction of the most likely one (0: off).", rich_help_panel=_SAMPLE
        ),
    ] = 0.0,
    repetition_penalty: Annotated[
        float, typer.Option(help="Penalise tokens already present (1: off; 1.1-1.3 typical).", rich_help_panel=_SAMPLE)
    ] = 1.0,
    greedy: Annotated[
        bool, typer.Option("--greedy", help="Always take the most likely token.", rich_help_panel=_SAMPLE)
    ] = False,
    num_samples: Annotated[
        int, typer.Option(help="Independent samples, generated as one batch.", rich_help_panel=_SAMPLE)
    ] = 1,
    seed: Annotated[
        Optional[int], typer.Option(help="Random seed (same seed, same text).", rich_help_panel=_SAMPLE)
    ] = None,
    show_units: Annotated[
        Optional[str],
        typer.Option(
            help="Instead of the plain text, show the sample coloured by these units ([layer.][signal]unit, "
            "comma-separated, as in 'rnncli activations --units'); a table of values without colour.",
            show_default=False,
            rich_help_panel="Looking inside",
        ),
    ] = None,
    json_out: Annotated[
        bool,
        typer.Option(
            "--json",
            help='One JSON object per sample ({"sample", "seed", "text"}), one per line, when '
            "the samples are done: for scripts, since samples may contain blank lines.",
            rich_help_panel=_SAMPLE,
        ),
    ] = False,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Generate text from a language model, streamed to stdout."""
    import torch

    from rnncli.lm.sampling import SamplingSettings
    from rnncli.lm.use import generate, load_lm
    from rnncli.tokenizers import StreamDecoder

    settings = SamplingSettings(
        temperature=temperature,
        top_k=top_k,
        top_p=top_p,
        min_p=min_p,
        repetition_penalty=repetition_penalty,
        greedy=greedy,
    )
    settings.validate()
    if show_units is not None and json_out:
        raise UsageError("--json and --show-units exclude each other")
    lm = load_lm(str(checkpoint) if checkpoint else None, device)
    if checkpoint is None:
        info(f"using {lm.path}")
    if seed is None and not settings.is_greedy:
        seed = int(torch.randint(0, 2**31 - 1, ()).item())
        info(f"seed {seed} (pass --seed {seed} to repeat this sample)")
    out = sys.stdout
    steps = generate(lm, settings, length, prime, num_samples, seed)
    if show_units is not None:
        _sample_show_units(lm, steps, prime, show_units, num_samples)
        return
    if json_out:
        import json

        columns = [[] for _ in range(num_samples)]
        for ids in steps:
            for col, i in zip(columns, ids):
                col.append(i)
        for k, col in enumerate(columns):
            out.write(
                json.dumps({"sample": k, "seed": seed, "text": prime + lm.tokenizer.decode(col)}, ensure_ascii=False)
                + "\n"
            )
    elif num_samples == 1:
        dec = StreamDecoder(lm.tokenizer)
        out.write(prime)
        for ids in steps:
            out.write(dec.push(ids[0]))
            out.flush()
        out.write(dec.flush() + "\n")
    else:
        # A batch advances together, so each sample is printed when the batch is done.
        columns = [[] for _ in range(num_samples)]
        for ids in steps:
            for col, i in zip(columns, ids):
                col.append(i)
        for k, col in enumerate(columns):
            if k:
                out.write("\n")
            out.write(prime + lm.tokenizer.decode(col) + "\n")
    out.flush()


def _sample_show_units(lm, steps, prime: str, spec: str, num_samples: int) -> None:
    """`sample --show-units`: generate the whole sample, then show it coloured by the chosen units."""
    from rnncli.cli.common import terminal_width, use_colour
    from rnncli.cli.looking_inside import show_units
    from rnncli.inspect.render import Unit
    from rnncli.lm.activations import parse_units, sample_activations

    if num_samples != 1:
        raise UsageError("--show-units shows one sample; drop --num-samples")
    cfg = lm.model.config
    specs = parse_units(spec, cfg.layers, "h")
    generated = [ids[0] for ids in steps]
    acts = sample_activations(lm, prime, generated)
    units = []
    for u in specs:
        acts.check(layer=u.layer, signal=u.signal, unit=u.unit, spec=u.text)
        units.append(Unit(u.layer, u.signal, u.unit))
    show_units(acts, units, use_colour(sys.stdout), terminal_width(None))


@app.command("eval", rich_help_panel="Language models")
def eval_command(
    checkpoint: Annotated[
        Path, typer.Argument(help="A language-model checkpoint.", autocompletion=complete_checkpoint)
    ],
    file: Annotated[Path, typer.Argument(help="Text to score ('-' for stdin).")],
    batch_size: Annotated[int, typer.Option(help="Parallel streams while scoring.")] = 32,
    seq_len: Annotated[int, typer.Option(help="Tokens per window while scoring.")] = 256,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Loss, perplexity and bits per character of a language model on a text."""
    from dataclasses import asdict

    from rnncli.lm.use import evaluate_text, load_lm
    from rnncli.textio import read_text

    if batch_size < 1 or seq_len < 1:
        raise UsageError("--batch-size and --seq-len must be at least 1")
    text = read_text(file, "text file")
    lm = load_lm(str(checkpoint), device)
    r = evaluate_text(lm, text, str(file), batch_size, seq_len)
    if json_out:
        print(json.dumps(asdict(r)))
    else:
        print(
            f"{r.file}: {r.tokens:,} tokens  loss {r.loss:.4f} nats/token  perplexity {r.perplexity:.3f}  "
            f"{r.bits_per_token:.4f} bits/token  {r.bits_per_char:.4f} bits/char"
        )
