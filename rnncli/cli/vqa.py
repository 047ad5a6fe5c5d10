"""Visual question answering commands: `train-vqa`, `answer`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import info
from rnncli.cli.options import training_command
from rnncli.cli.training import result_record, run_training_command, steps_done
from rnncli.errors import UsageError
from rnncli.settings import TrainVQAOptions

_PANEL = "Question answering"


@training_command(
    app,
    TrainVQAOptions,
    _PANEL,
    "Train a visual question answerer: a CNN's feature grid, an RNN over the question, stacked attention over "
    "the grid guided by the question, a classifier over the answers.\n\n"
    "TRAIN has 'image<TAB>question<TAB>answer' lines (several questions per image, paths relative to the file); "
    "or is a CLEVR questions JSON (images in --images, default ../images/<split>/); or VQA v2 questions JSON with "
    "--annotations (images COCO_<split>_<id>.jpg in --images). Without it, the bundled shapes.",
)
def train_vqa_command(opts: TrainVQAOptions, ctx: typer.Context, log_every, tensorboard: bool, json_out: bool) -> None:
    from rnncli.vqa.train import train_vqa

    r = run_training_command(train_vqa, opts, ctx.command, log_every, tensorboard)
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    info(
        f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best dev accuracy {r.best_accuracy:.2%}; "
        f"checkpoint {r.best}"
    )
    if json_out:
        print(json.dumps(result_record(r, "best_accuracy", "final_val_loss", "by_type")))


_OUT = "Output"


@app.command("answer", rich_help_panel=_PANEL)
def answer_command(
    args: Annotated[
        Optional[list[str]],
        typer.Argument(
            metavar="[CHECKPOINT] [IMAGE QUESTION]",
            help="A question answerer checkpoint (default: the most recent one under ./runs), then an image and a "
            "question about it (none with --file).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Optional[Path],
        typer.Option(
            "--file",
            help="Answer every question of a file: 'image<TAB>question[<TAB>answer[<TAB>a|b|c]]' lines, CLEVR "
            "questions JSON or VQA v2 questions JSON (with --annotations), in order.",
        ),
    ] = None,
    images: Annotated[Optional[Path], typer.Option(help="CLEVR, VQA v2: the directory of the --file's images.")] = None,
    annotations: Annotated[
        Optional[Path], typer.Option(help="VQA v2: the annotations JSON of the --file's questions.")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Print the K most probable answers with their probabilities.")] = 1,
    choices: Annotated[
        Optional[str],
        typer.Option(help="Multiple choice: the best-scoring of these answers, separated by '|' ('red|blue|green')."),
    ] = None,
    evaluate: Annotated[
        bool, typer.Option("--eval", help="The --file has answers: print accuracy, overall and per question type.")
    ] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="One JSON object per question.", rich_help_panel=_OUT)
    ] = False,
    show_attention: Annotated[
        Optional[Path],
        typer.Option(
            help="Write one PNG per question to DIR: the image, then the image lit by each hop's attention.",
            rich_help_panel=_OUT,
        ),
    ] = None,
    html: Annotated[
        Optional[Path], typer.Option(help="The same pictures as one HTML page.", rich_help_panel=_OUT)
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Answer questions about images with a trained question answerer: the answer to IMAGE QUESTION, or with
    --file one 'image<TAB>question<TAB>answer' line per question, in order."""
    from rnncli.vqa.use import answer_questions, attention_pictures, evaluation, write_attention, write_attention_html

    data_files = (file, str(images) if images else None, str(annotations) if annotations else None)
    checkpoint, data = _questions(list(args or []), data_files, choices, evaluate)
    keep = show_attention is not None or html is not None
    vqa = _load(checkpoint, device, keep)
    pixels, answered = answer_questions(vqa, data, top, keep_attention=keep)
    if evaluate:
        _print_evaluation(evaluation(data.items, answered), json_out)
    else:
        _print_answers(data, answered, top, json_out, single=file is None)
    pictures = attention_pictures(data, pixels, answered) if keep else []
    if show_attention is not None:
        written = write_attention(str(show_attention), pictures)
        info(f"wrote {len(written)} attention picture{'s' if len(written) != 1 else ''} to {show_attention}")
    if html is not None:
        write_attention_html(str(html), pictures)
        info(f"wrote {html}")


def _load(checkpoint: Optional[str], device: str, pictures: bool):
    from rnncli.vqa.use import check_attention, load_vqa

    vqa = load_vqa(checkpoint, device)
    if checkpoint is None:
        info(f"using {vqa.path}")
    if pictures:
        check_attention(vqa)
    return vqa


def _questions(args: list[str], data_files: tuple, choices: Optional[str], evaluate: bool):
    """The checkpoint (None: the newest) and the questions, from the arguments or --file (with --images
    and --annotations)."""
    from rnncli import checkpoint as ckpt
    from rnncli.vqa.data import read_questions
    from rnncli.vqa.use import choice_list, one_question

    checkpoint = None
    if args and (ckpt.peek_kind(args[0]) is not None or args[0].endswith(".ckpt")):
        checkpoint, args = args[0], args[1:]
    file, images, annotations = data_files
    given = choice_list(choices.split("|") if choices is not None else None)
    if evaluate and file is None:
        raise UsageError("--eval scores a file of answered questions: give --file FILE")
    if file is not None:
        if args:
            raise UsageError("give --file or an image and a question, not both")
        data = read_questions(str(file), "questions file", images, annotations, need_answers=evaluate)
        for q in data.items:
            q.choices = q.choices or given
        return checkpoint, data
    if len(args) != 2:
        raise UsageError("give an image and a question", "rnncli answer [CHECKPOINT] IMAGE QUESTION")
    return checkpoint, one_question(args[0], args[1], given)


def _print_answers(data, answered, top: int, json_out: bool, single: bool) -> None:
    out = sys.stdout
    for q, a in zip(data.items, answered):
        where = "" if single else f"{data.shown[q.image]}\t{q.text}\t"
        if json_out:
            record = {
                "image": data.shown[q.image],
                "question": q.text,
                "answer": a.answer,
                "probability": a.probability,
            }
            record["top"] = [{"answer": x, "probability": p} for x, p in a.top]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif top > 1:
            out.writelines(f"{where}{x}\t{p:.4f}\n" for x, p in a.top)
        else:
            out.write(f"{where}{a.answer}\n")
    out.flush()


def _print_evaluation(ev: dict, json_out: bool) -> None:
    if json_out:
        print(json.dumps(ev))
        return
    lines = [f"accuracy {ev['accuracy']:.4f} ({ev['questions']:,} questions)"]
    lines += [f"  {t}\t{v['accuracy']:.4f}\t{v['questions']:,}" for t, v in ev["by_type"].items()]
    print("\n".join(lines))
