"""Captioning commands (one-to-many): `train-caption`, `caption`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import complete_checkpoint, info
from rnncli.cli.options import training_command
from rnncli.cli.training import result_record, run_training_command, steps_done
from rnncli.errors import UsageError
from rnncli.settings import TrainCaptionOptions

_DATA, _TOK, _CNN, _MODEL, _OPT, _RUN = "Data", "Tokenizer", "Image encoder", "Model", "Optimisation", "Run"


@training_command(
    app,
    TrainCaptionOptions,
    "Captioning",
    "Train an image captioner (one-to-many): a CNN's feature grid, an LSTM decoder with soft attention.\n\n"
    "TRAIN has 'image<TAB>caption' lines (several per image allowed, paths relative to the file), or is a CSV "
    "with an 'image,caption' header; without it, the bundled emoji.",
)
def train_caption_command(
    opts: TrainCaptionOptions, ctx: typer.Context, log_every, tensorboard: bool, json_out: bool
) -> None:
    from rnncli.caption.train import train_caption

    r = run_training_command(train_caption, opts, ctx, log_every, tensorboard)
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    info(f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best dev BLEU {r.best_bleu:.2f}; checkpoint {r.best}")
    if json_out:
        print(json.dumps(result_record(r, "best_bleu", "final_bleu")))


_SEARCH, _PICTURES = "Search", "Where the model looked"


@app.command("caption", rich_help_panel="Captioning")
def caption_command(
    checkpoint: Annotated[
        Optional[Path],
        typer.Argument(
            autocompletion=complete_checkpoint,
            help="A captioner checkpoint. Default: the most recent one under ./runs (then every argument is an image).",
            show_default=False,
        ),
    ] = None,
    images: Annotated[Optional[list[Path]], typer.Argument(help="Image files.", show_default=False)] = None,
    beam: Annotated[
        Optional[int],
        typer.Option(
            min=1,
            help="Beam size (default 1, greedy: on the emoji dev set beam 5 scored 2-3 BLEU below greedy).",
            show_default=False,
            rich_help_panel=_SEARCH,
        ),
    ] = None,
    greedy: Annotated[
        bool, typer.Option("--greedy", help="Greedy decoding (the default; --beam 1).", rich_help_panel=_SEARCH)
    ] = False,
    length_penalty: Annotated[
        float,
        typer.Option(help="Rank by log-probability / length**alpha (0: raw sum).", rich_help_panel=_SEARCH),
    ] = 1.0,
    max_len: Annotated[
        Optional[int],
        typer.Option(min=1, help="Longest caption in tokens (default: the training limit).", rich_help_panel=_SEARCH),
    ] = None,
    n_best: Annotated[
        int,
        typer.Option(
            min=1, help="Print the N best captions as image<TAB>score<TAB>caption rows.", rich_help_panel=_SEARCH
        ),
    ] = 1,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per image.")] = False,
    show_attention: Annotated[
        Optional[Path],
        typer.Option(
            help="Write one PNG strip per image to DIR: the image, then one panel per word with its attention map.",
            rich_help_panel=_PICTURES,
        ),
    ] = None,
    html: Annotated[
        Optional[Path], typer.Option(help="The same strips as one HTML page.", rich_help_panel=_PICTURES)
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Caption images with a trained captioner: image<TAB>caption per image, in order."""
    from rnncli import checkpoint as ckpt
    from rnncli.caption.use import caption_files, load_captioner, read_images, strip_pngs, write_html, write_strips

    paths = list(images or [])
    if checkpoint is not None and ckpt.peek_kind(checkpoint) is None:
        checkpoint, paths = None, [checkpoint, *paths]  # no checkpoint given: every argument is an image
    if not paths:
        raise UsageError("no images given", "rnncli caption [CHECKPOINT] IMAGE...")
    if greedy and beam is not None:
        raise UsageError("--greedy and --beam exclude each other (greedy decoding is beam search with one hypothesis)")
    beam_size = 1 if greedy or beam is None else beam
    if n_best > beam_size:
        raise UsageError(f"--n-best {n_best} is more than the beam ({beam_size})", "raise --beam")
    cap = load_captioner(str(checkpoint) if checkpoint else None, device)
    if checkpoint is None:
        info(f"using {cap.path}")
    pictures = show_attention is not None or html is not None
    if pictures and cap.model.decoder.attn is None:
        raise UsageError("this captioner was trained without attention (--attention none): there is nothing to draw")
    names = [str(p) for p in paths]
    pixels = read_images(cap, names)
    hyps = caption_files(cap, pixels, beam_size, n_best, length_penalty, max_len, keep_attention=pictures)
    out = sys.stdout
    for name, hs in zip(names, hyps):
        if json_out:
            best = [{"caption": h.text, "score": h.score, "logprob": h.logprob} for h in hs[:n_best]]
            out.write(json.dumps({"image": name, "caption": hs[0].text, "n_best": best}, ensure_ascii=False) + "\n")
        elif n_best > 1:
            out.writelines(f"{name}\t{h.score:.4f}\t{h.text}\n" for h in hs[:n_best])
        else:
            out.write(f"{name}\t{hs[0].text}\n")
    out.flush()
    pngs = strip_pngs(cap, pixels, hyps) if pictures else []
    if show_attention is not None:
        written = write_strips(str(show_attention), names, pngs)
        info(f"wrote {len(written)} attention strip{'s' if len(written) != 1 else ''} to {show_attention}")
    if html is not None:
        write_html(str(html), names, hyps, pngs)
        info(f"wrote {html}")
