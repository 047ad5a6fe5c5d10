"""Language-model commands: `train-lm`, `sample`, `eval`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import (
    complete_checkpoint,
    info,
)
from rnncli.cli.options import training_command
from rnncli.cli.training import result_record, run_training_command, steps_done
from rnncli.errors import UsageError
from rnncli.settings import TrainLMOptions

_DATA = "Data"
_TOK = "Tokenizer"
_MODEL = "Model"
_OPT = "Optimisation"
_RUN = "Run"
_SAMPLE = "Sampling"


@training_command(
    app, TrainLMOptions, "Language models", "Train a character or subword language model (truncated BPTT)."
)
def train_lm_command(opts: TrainLMOptions, ctx: typer.Context, log_every, tensorboard: bool, json_out: bool) -> None:
    from rnncli.lm.train import train_lm

    r = run_training_command(train_lm, opts, ctx.command, log_every, tensorboard, progress_metric(opts))
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    info(
        f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best validation loss "
        f"{r.best_val_loss:.4f} ({r.best_val_bpc:.3f} bits/char); checkpoint {r.best}"
    )
    if json_out:
        print(json.dumps(result_record(r, "best_val_loss", "best_val_bpc")))


def progress_metric(opts: TrainLMOptions) -> str:
    """What the progress line calls the validation figure: bits per character or per token."""
    return "bpc" if opts.kind == "char" and not opts.tokenizer else "bits/token"


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
    from rnncli.lm.sampling import SamplingSettings
    from rnncli.lm.use import choose_seed, generate, load_lm, sample_texts, stream_text

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
        seed = choose_seed(settings, seed)
        info(f"seed {seed} (pass --seed {seed} to repeat this sample)")
    out = sys.stdout
    steps = generate(lm, settings, length, prime, num_samples, seed)
    if show_units is not None:
        _sample_show_units(lm, steps, prime, show_units, num_samples)
        return
    if json_out:
        for k, text in enumerate(sample_texts(lm, steps, prime, num_samples)):
            out.write(json.dumps({"sample": k, "seed": seed, "text": text}, ensure_ascii=False) + "\n")
    elif num_samples == 1:
        for piece in stream_text(lm, steps, prime):
            out.write(piece)
            out.flush()
        out.write("\n")
    else:
        # A batch advances together, so each sample is printed when the batch is done.
        out.write("\n".join(text + "\n" for text in sample_texts(lm, steps, prime, num_samples)))
    out.flush()


def _sample_show_units(lm, steps, prime: str, spec: str, num_samples: int) -> None:
    """`sample --show-units`: generate the whole sample, then show it coloured by the chosen units."""
    from rnncli.cli.activations import show_units
    from rnncli.cli.common import terminal_width, use_colour
    from rnncli.lm.activations import named_units, sample_activations

    if num_samples != 1:
        raise UsageError("--show-units shows one sample; drop --num-samples")
    generated = [ids[0] for ids in steps]
    acts = sample_activations(lm, prime, generated)
    show_units(acts, named_units(acts, spec), use_colour(sys.stdout), terminal_width(None))


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
