"""`rnncli bleu`: BLEU, chrF and TER of a translation, exactly as the ``sacrebleu`` command computes them.

``rnncli bleu HYP REF...`` prints what ``sacrebleu REF... -i HYP --format text`` prints (same scores,
same signatures, same layout); ``--json`` prints what ``sacrebleu --format json`` prints.  The work is
done by :mod:`rnncli.scoring`; this module parses the options, reads the files and prints.
"""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import info

_OUT = "Output"


@app.command("bleu", rich_help_panel="Evaluation")
def bleu(
    hypothesis: Annotated[str, typer.Argument(
        metavar="HYP", help="System output, one segment per line ('-' reads standard input).",
        show_default=False)],
    references: Annotated[List[str], typer.Argument(
        metavar="REF", help="One or more reference files, line-aligned with HYP.", show_default=False)],
    metrics: Annotated[Optional[List[str]], typer.Option(
        "--metrics", "-m", metavar="LIST",
        help="Comma-separated metrics: bleu, chrf, ter (reported in that order; default: bleu).",
        show_default=False)] = None,
    tokenize: Annotated[str, typer.Option(
        "--tokenize", "-tok", metavar="NAME",
        help="BLEU tokenizer: none, 13a, intl, zh or char.")] = "13a",
    lowercase: Annotated[bool, typer.Option(
        "--lowercase", "-lc",
        help="Case-insensitive BLEU. As in sacrebleu it applies to BLEU only: chrF is always "
             "case-sensitive and TER always case-insensitive.")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Don't warn when the hypotheses look tokenized (BLEU expects detokenized text).")] = False,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print sacrebleu's JSON (an object, or a list for several metrics).",
        rich_help_panel=_OUT)] = False,
    score_only: Annotated[bool, typer.Option(
        "--score-only", "-b", help="Print only the score(s), one per line.", rich_help_panel=_OUT)] = False,
    width: Annotated[int, typer.Option(
        "--width", "-w", min=0, max=16, help="Decimals in the scores.", rich_help_panel=_OUT)] = 1,
) -> None:
    """Score a translation against references with BLEU, chrF or TER (as sacrebleu does).

    Prints one line per metric, the same as `sacrebleu REF... -i HYP -m ... --format text`, for example
    `BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 28.3 63.2/43.8/23.1/10.0 (BP = ...)`.
    Files are UTF-8, one segment per line; empty lines are segments too.
    """
    from rnncli.errors import InputError, UsageError
    from rnncli.scoring import (check_line_counts, check_tokenizer, corpus_scores, parse_metrics,
                                read_segments, render_json, render_text)

    # Check the options before reading anything.
    names = parse_metrics(metrics)
    check_tokenizer(tokenize)
    paths = [hypothesis, *references]
    if paths.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")

    def label(path: str, what: str) -> str:
        return "standard input" if path == "-" else f"{what} {path}"

    hyps = read_segments(hypothesis, "hypothesis file")
    hyp_name = label(hypothesis, "hypothesis file")
    if not hyps:
        raise InputError(f"{hyp_name} is empty: there is nothing to score")
    refs_list = []
    for ref in references:
        refs = read_segments(ref, "reference file")
        check_line_counts(hyps, [refs], hyp_name, [label(ref, "reference file")])
        refs_list.append(refs)

    warnings: list[str] = []
    results = corpus_scores(hyps, refs_list, names, tokenize, lowercase, force=force, on_warning=warnings.append)
    if warnings:
        info("rnncli: warning: " + " ".join(warnings).replace("the `force` parameter", "--force"))
    render = render_json if as_json else render_text
    typer.echo(render(results, width, score_only))
