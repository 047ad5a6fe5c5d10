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


def opt_max_pixels(panel: Optional[str] = None):
    """--max-pixels, for every command that reads images (rnncli/images.py)."""
    return Annotated[
        Optional[int],
        typer.Option(
            min=1,
            help="Refuse images with more pixels than this, from their header, before decoding them "
            "(default: Pillow's limit, 89,478,485).",
            show_default=False,
            rich_help_panel=panel,
        ),
    ]


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
    from rnncli.caption.train import SELECT_BY, train_caption

    r = run_training_command(train_caption, opts, ctx.command, log_every, tensorboard)
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    best = f"{SELECT_BY[r.select_by]} {r.best_score:.2f}" + (
        f", BLEU {r.best_bleu:.2f}" if r.select_by != "bleu" else ""
    )
    info(f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best {best}; checkpoint {r.best}")
    if json_out:
        print(json.dumps(result_record(r, "best_bleu", "final_bleu", "select_by", "best_score", "final_cider")))


_SEARCH, _PICTURES, _EVAL = "Search", "Where the model looked", "Scoring"
# The default search, chosen on the emoji dev set (benchmarks/RESULTS.md): beam 5 with a length penalty of
# 0.3 had the best dev CIDEr-D of the searches that beat greedy in both BLEU and CIDEr-D.
DEFAULT_BEAM, DEFAULT_LENGTH_PENALTY = 5, 0.3


def beam_size(beam: Optional[int], greedy: bool, n_best: int) -> int:
    """The beam of ``caption``: 1 when greedy, else ``beam`` (default 5); the n-best list must fit in it."""
    if greedy and beam is not None:
        raise UsageError("--greedy and --beam exclude each other (greedy decoding is beam search with one hypothesis)")
    size = 1 if greedy else DEFAULT_BEAM if beam is None else beam
    if n_best > size:
        raise UsageError(f"--n-best {n_best} is more than the beam ({size})", "raise --beam")
    return size


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
            help="Beam size (default 5: on the emoji dev set beam 5 scored 1.9 BLEU and 15 CIDEr-D above greedy).",
            show_default=False,
            rich_help_panel=_SEARCH,
        ),
    ] = None,
    greedy: Annotated[
        bool, typer.Option("--greedy", help="Greedy decoding (--beam 1).", rich_help_panel=_SEARCH)
    ] = False,
    length_penalty: Annotated[
        float,
        typer.Option(help="Rank by log-probability / length**alpha (0: raw sum).", rich_help_panel=_SEARCH),
    ] = DEFAULT_LENGTH_PENALTY,
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
    evaluate: Annotated[
        bool,
        typer.Option(
            "--eval",
            help="The argument is a captions file (image<TAB>caption, or the CSV): caption its images and print the "
            "COCO caption metrics against all their references.",
            rich_help_panel=_EVAL,
        ),
    ] = False,
    java_metrics: Annotated[
        bool,
        typer.Option(
            help="With --eval: METEOR (and SPICE, where its models are installed) too, through Java (slow to start).",
            rich_help_panel=_EVAL,
        ),
    ] = True,
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
    max_pixels: opt_max_pixels() = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Caption images with a trained captioner: image<TAB>caption per image, in order."""
    from rnncli import checkpoint as ckpt
    from rnncli.caption.use import (
        caption_files,
        check_attention,
        load_captioner,
        read_images,
        strip_pngs,
        write_html,
        write_strips,
    )

    paths = list(images or [])
    if checkpoint is not None and ckpt.peek_kind(checkpoint) is None:
        checkpoint, paths = None, [checkpoint, *paths]  # no checkpoint given: every argument is an image
    if not paths:
        raise UsageError("no images given", "rnncli caption [CHECKPOINT] IMAGE...")
    beam = beam_size(beam, greedy, n_best)
    pictures = show_attention is not None or html is not None
    if evaluate and (len(paths) != 1 or n_best > 1 or pictures):
        raise UsageError(
            "--eval scores one captions file", "rnncli caption [CHECKPOINT] CAPTIONS.tsv --eval, without --n-best"
        )
    cap = load_captioner(str(checkpoint) if checkpoint else None, device)
    if checkpoint is None:
        info(f"using {cap.path}")
    if evaluate:
        _evaluate(cap, str(paths[0]), beam, length_penalty, max_len, max_pixels, java_metrics, json_out)
        return
    if pictures:
        check_attention(cap)
    names = [str(p) for p in paths]
    pixels = read_images(cap, names, max_pixels)
    hyps = caption_files(cap, pixels, beam, n_best, length_penalty, max_len, keep_attention=pictures)
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


def evaluation(cap, path: str, beam: int, alpha: float, max_len, max_pixels, java: bool) -> dict:
    """caption --eval --json (and the Python API's ``Captioner.evaluate``): the images and references of a
    captions file, the search, the COCO caption metrics and sacrebleu's BLEU and chrF, the notes."""
    from rnncli.caption.data import read_captions
    from rnncli.caption.use import evaluate_captions

    data = read_captions(path, "captions file")
    scores, notes = evaluate_captions(cap, data, beam, alpha, max_len, max_pixels, java)
    search = "greedy search" if beam == 1 else f"beam {beam}, length penalty {alpha:g}"
    record = {"images": len(data.images), "references": len(data.pairs), "search": search}
    return record | {"scores": scores, "notes": notes}


def _evaluate(cap, path: str, beam: int, alpha: float, max_len, max_pixels, java: bool, json_out: bool) -> None:
    """caption --eval: the COCO caption metrics (and sacrebleu's BLEU and chrF) of a captions file."""
    from rnncli.caption.metrics import COCO_NAMES

    ev = evaluation(cap, path, beam, alpha, max_len, max_pixels, java)
    if json_out:
        print(json.dumps(ev))
        return
    scores = ev["scores"]
    info(
        f"{ev['images']:,} images, {ev['references']:,} references, {ev['search']}; the COCO caption evaluation "
        "(pycocoevalcap) on captions lower-cased with punctuation removed; every score x 100"
    )
    for key, name in COCO_NAMES.items():
        if key in scores:
            print(f"{name:<9}{scores[key]:8.2f}")
    print(f"{'BLEU':<9}{scores['bleu']:8.2f}  (sacrebleu, 13a tokenization, as training reports it)")
    print(f"{'chrF':<9}{scores['chrf']:8.2f}  (sacrebleu)")
    for note in ev["notes"]:
        info(f"note: {note}")
