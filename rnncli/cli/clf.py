"""Classification commands (many-to-one): `train-clf`, `classify`."""

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
    looks_like_text,
    use_colour,
)
from rnncli.cli.options import training_command
from rnncli.cli.training import run_training_command, steps_done
from rnncli.errors import UsageError
from rnncli.settings import TrainClfOptions

_DATA, _TOK, _MODEL, _OPT, _RUN = "Data", "Tokenizer", "Model", "Optimisation", "Run"


@training_command(
    app, TrainClfOptions, "Classification", "Train a sequence classifier (many-to-one): one label per text."
)
def train_clf_command(opts: TrainClfOptions, ctx: typer.Context, log_every, tensorboard: bool, json_out: bool) -> None:
    from rnncli.clf.train import train_clf

    r = run_training_command(train_clf, opts, ctx.command, log_every, tensorboard)
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    info(
        f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best dev accuracy {r.best_accuracy:.2%} "
        f"(macro-F1 {r.best_macro_f1:.3f}); checkpoint {r.best}"
    )
    if json_out:
        print(json.dumps({"run_dir": str(r.run_dir), "best": str(r.best), "steps": r.steps, **r.scores}))
    else:
        _print_scores(r.scores, sys.stderr, "dev set, best checkpoint")


def _print_scores(scores: dict, stream, title: str) -> None:
    """Per-label precision, recall and F1 and the confusion matrix: a rich table on a terminal, plain
    tab-separated rows otherwise."""
    labels = scores["labels"]
    rows = [
        [lab, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(n)]
        for lab, p, r, f, n in zip(labels, scores["precision"], scores["recall"], scores["f1"], scores["support"])
    ]
    matrix = [[lab, *[str(x) for x in row]] for lab, row in zip(labels, scores["confusion"])]
    if not stream.isatty():
        print(f"# {title}: accuracy {scores['accuracy']:.4f}, macro-F1 {scores['macro_f1']:.4f}", file=stream)
        for row in [["label", "precision", "recall", "f1", "support"], *rows]:
            print("\t".join(row), file=stream)
        print("# confusion matrix: rows the true label, columns the predicted one", file=stream)
        for row in [["true\\predicted", *labels], *matrix]:
            print("\t".join(row), file=stream)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, no_color=not use_colour(stream))
    t = Table(title=f"{title}: accuracy {scores['accuracy']:.2%}, macro-F1 {scores['macro_f1']:.3f}")
    for name in ("label", "precision", "recall", "F1", "support"):
        t.add_column(name, justify="left" if name == "label" else "right")
    for row in rows:
        t.add_row(*row)
    console.print(t)
    console.print("confusion matrix: rows are the true labels, columns the predicted ones")
    m = Table()
    m.add_column("")
    for lab in labels:
        m.add_column(lab, justify="right")
    for k_row, row in enumerate(matrix):
        m.add_row(row[0], *[f"[bold]{x}[/]" if k == k_row else x for k, x in enumerate(row[1:])])
    console.print(m)


@app.command("classify", rich_help_panel="Classification")
def classify_command(
    checkpoint: Annotated[
        Optional[Path],
        typer.Argument(
            autocompletion=complete_checkpoint,
            help="A classifier checkpoint. Default: the most recent one under ./runs (a lone argument that is not "
            "a checkpoint is then the input file).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Optional[Path], typer.Argument(help="Texts, one per line (default: stdin).", show_default=False)
    ] = None,
    top: Annotated[
        Optional[int], typer.Option(min=1, help="Print the K most likely labels with their probabilities.")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    evaluate: Annotated[
        bool,
        typer.Option("--eval", help="The file is 'label<TAB>text': print accuracy, macro-F1 and the confusion matrix."),
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            help="Colour each token by how much it moved the decision (attention weights with --pool attention)."
        ),
    ] = False,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Label texts with a trained classifier: one label per input line, in order."""
    from rnncli.clf.use import load_classifier

    if checkpoint is not None and file is None and looks_like_text(checkpoint):
        checkpoint, file = None, checkpoint
    if evaluate and (top is not None or explain):
        raise UsageError("--eval scores a labelled file: it cannot go with --top or --explain")
    clf = load_classifier(str(checkpoint) if checkpoint else None, device)
    if checkpoint is None:
        info(f"using {clf.path}")
    path = str(file) if file is not None else "-"
    if evaluate:
        _evaluate(clf, path, json_out)
    elif explain:
        _explain(clf, path, json_out)
    else:
        _classify(clf, path, top, json_out)


def _classify(clf, path: str, top: Optional[int], json_out: bool) -> None:
    from rnncli.clf.use import classify, ranked
    from rnncli.textio import read_lines

    texts = read_lines(path, "input file")
    out = sys.stdout
    for n, best in enumerate(ranked(clf, classify(clf, texts), top)):
        if json_out:
            shown = [{"label": label, "probability": p} for label, p in best]
            out.write(json.dumps({"id": n, "label": best[0][0], "top": shown}, ensure_ascii=False) + "\n")
        elif top:
            out.write("\t".join(f"{label}\t{p:.4f}" for label, p in best) + "\n")
        else:
            out.write(best[0][0] + "\n")
    out.flush()


def _evaluate(clf, path: str, json_out: bool) -> None:
    from rnncli.clf.data import read_labelled
    from rnncli.clf.use import score

    scores = score(clf, read_labelled(path, "labelled file")).to_dict()
    if json_out:
        print(json.dumps(scores))
    else:
        _print_scores(scores, sys.stdout, path)


def _explain(clf, path: str, json_out: bool) -> None:
    from rnncli.clf.use import explain, explain_colours
    from rnncli.inspect.colours import RESET, ansi_bg
    from rnncli.textio import read_lines

    colour = use_colour(sys.stdout)
    for n, text in enumerate(read_lines(path, "input file")):
        pieces, weights, winner = explain(clf, text)
        if json_out:
            tokens = [{"token": p, "weight": float(w)} for p, w in zip(pieces, weights)]
            print(json.dumps({"id": n, "label": clf.labels[winner], "tokens": tokens}, ensure_ascii=False))
        elif colour:
            cells = [ansi_bg(bg) + p + RESET for p, bg in zip(pieces, explain_colours(clf, weights))]
            print(f"{clf.labels[winner]}\t" + "".join(cells))
        else:
            print(f"{n}\t{clf.labels[winner]}\t" + " ".join(f"{p!r}:{w:+.3f}" for p, w in zip(pieces, weights)))
