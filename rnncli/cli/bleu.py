"""`rnncli bleu`: BLEU, chrF and TER of one or more translations, exactly as the ``sacrebleu`` command computes them.

``rnncli bleu HYP REF...`` prints what ``sacrebleu REF... -i HYP --format text`` prints (same scores,
same signatures, same layout); ``--json`` prints what ``sacrebleu --format json`` prints.  With
``--hyp A --hyp B`` every positional file is a reference and the systems are compared in one table,
with ``--paired-bs`` / ``--paired-ar`` significance tests as in ``sacrebleu REF... -i A B --paired-bs``.
The work is done by :mod:`rnncli.metrics`, :mod:`rnncli.segments` and :mod:`rnncli.significance`; this
module parses the options, reads the files and prints.
"""

from __future__ import annotations

from typing import Annotated, List, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import info

_OUT = "Output"
_FILES = "Files"
_BLEU = "BLEU options"
_CHRF = "chrF options"
_TER = "TER options (the defaults are TERCOM's)"
_SIG = "Significance and confidence"


def _flag(names: list[str], text: str, panel: str) -> typer.models.OptionInfo:
    return typer.Option(*names, help=text, rich_help_panel=panel)


@app.command("bleu", rich_help_panel="Evaluation")
def bleu(
    files: Annotated[
        Optional[List[str]],
        typer.Argument(
            metavar="[HYP] REF...",
            help="The system output then one or more reference files, line-aligned; with "
            "--hyp, every file here is a reference ('-' reads standard input).",
            show_default=False,
        ),
    ] = None,
    hyps: Annotated[
        Optional[List[str]],
        typer.Option(
            "--hyp",
            "-i",
            metavar="FILE",
            help="A system output; repeat it to score several systems in one table "
            "(the first is the baseline of --paired-bs / --paired-ar).",
            show_default=False,
            rich_help_panel=_FILES,
        ),
    ] = None,
    num_refs: Annotated[
        int,
        typer.Option(
            "--num-refs",
            "-nr",
            metavar="N",
            help="The one reference file holds N tab-separated references per line.",
            rich_help_panel=_FILES,
        ),
    ] = 1,
    encoding: Annotated[
        str,
        typer.Option(
            "--encoding",
            "-e",
            metavar="CODEC",
            help="Text encoding of every file (.gz files are unpacked first).",
            rich_help_panel=_FILES,
        ),
    ] = "utf-8",
    metrics: Annotated[
        Optional[List[str]],
        typer.Option(
            "--metrics",
            "-m",
            metavar="LIST",
            help="Comma-separated metrics: bleu, chrf, ter (reported in that order; default: bleu).",
            show_default=False,
        ),
    ] = None,
    tokenize: Annotated[
        str,
        typer.Option(
            "--tokenize",
            "-tok",
            metavar="NAME",
            help="BLEU tokenizer: none, 13a, intl, zh or char.",
            rich_help_panel=_BLEU,
        ),
    ] = "13a",
    lowercase: Annotated[
        bool,
        typer.Option(
            "--lowercase",
            "-lc",
            rich_help_panel=_BLEU,
            help="Case-insensitive BLEU. As in sacrebleu it applies to BLEU only: chrF is always "
            "case-sensitive and TER always case-insensitive unless their own options say otherwise.",
        ),
    ] = False,
    force: Annotated[
        bool,
        _flag(["--force"], "Don't warn when the hypotheses look tokenized (BLEU expects detokenized text).", _BLEU),
    ] = False,
    smooth_method: Annotated[
        str,
        typer.Option(
            "--smooth-method",
            "-s",
            metavar="NAME",
            help="BLEU smoothing: exp, floor, add-k or none.",
            rich_help_panel=_BLEU,
        ),
    ] = "exp",
    smooth_value: Annotated[
        Optional[float],
        typer.Option(
            "--smooth-value",
            "-sv",
            metavar="X",
            help="Smoothing value for floor (default 0.1) and add-k (default 1).",
            show_default=False,
            rich_help_panel=_BLEU,
        ),
    ] = None,
    max_ngram_order: Annotated[
        int, typer.Option("--max-ngram-order", metavar="N", help="Longest n-grams BLEU counts.", rich_help_panel=_BLEU)
    ] = 4,
    chrf_char_order: Annotated[
        int,
        typer.Option(
            "--chrf-char-order", "-cc", metavar="N", help="chrF character n-gram order.", rich_help_panel=_CHRF
        ),
    ] = 6,
    chrf_word_order: Annotated[
        int,
        typer.Option(
            "--chrf-word-order", "-cw", metavar="N", help="chrF word n-gram order (2: chrF++).", rich_help_panel=_CHRF
        ),
    ] = 0,
    chrf_beta: Annotated[
        int, typer.Option("--chrf-beta", metavar="N", help="Weight of recall against precision.", rich_help_panel=_CHRF)
    ] = 2,
    chrf_whitespace: Annotated[
        bool, _flag(["--chrf-whitespace"], "Keep whitespace in character n-grams.", _CHRF)
    ] = False,
    chrf_lowercase: Annotated[bool, _flag(["--chrf-lowercase"], "Case-insensitive chrF.", _CHRF)] = False,
    chrf_eps_smoothing: Annotated[
        bool,
        _flag(
            ["--chrf-eps-smoothing"],
            "Epsilon smoothing (as chrF++.py, NLTK and Moses) instead of effective order.",
            _CHRF,
        ),
    ] = False,
    ter_case_sensitive: Annotated[bool, _flag(["--ter-case-sensitive"], "Case-sensitive TER.", _TER)] = False,
    ter_normalized: Annotated[bool, _flag(["--ter-normalized"], "Basic normalization and tokenization.", _TER)] = False,
    ter_no_punct: Annotated[bool, _flag(["--ter-no-punct"], "Remove punctuation.", _TER)] = False,
    ter_asian_support: Annotated[bool, _flag(["--ter-asian-support"], "Split Asian characters.", _TER)] = False,
    sentence: Annotated[
        bool,
        typer.Option(
            "--sentence",
            "--sentence-level",
            "-sl",
            help="One score per line of one system, in order (one metric; "
            "BLEU with effective order), as sacrebleu -sl; with --json one object per line.",
            rich_help_panel=_OUT,
        ),
    ] = False,
    confidence: Annotated[
        bool,
        _flag(["--confidence", "-ci"], "95% confidence interval of one system's score by bootstrap resampling.", _SIG),
    ] = False,
    confidence_n: Annotated[
        int,
        typer.Option(
            "--confidence-n",
            "-cin",
            metavar="N",
            min=1,
            help="Bootstrap resamples for --confidence.",
            rich_help_panel=_SIG,
        ),
    ] = 1000,
    paired_bs: Annotated[
        bool,
        _flag(
            ["--paired-bs", "-pbs"],
            "Paired bootstrap resampling test of every system against the first (p-values, means and 95% intervals).",
            _SIG,
        ),
    ] = False,
    paired_ar: Annotated[
        bool,
        _flag(
            ["--paired-ar", "-par"], "Paired approximate randomization test of every system against the first.", _SIG
        ),
    ] = False,
    paired_bs_n: Annotated[
        int,
        typer.Option(
            "--paired-bs-n", "-pbsn", metavar="N", min=1, help="Resamples for --paired-bs.", rich_help_panel=_SIG
        ),
    ] = 1000,
    paired_ar_n: Annotated[
        int,
        typer.Option(
            "--paired-ar-n", "-parn", metavar="N", min=1, help="Trials for --paired-ar.", rich_help_panel=_SIG
        ),
    ] = 10000,
    seed: Annotated[
        Optional[str],
        typer.Option(
            "--seed",
            metavar="N",
            help="Seed of the resampling ('none': a fresh one each run); default: "
            "$SACREBLEU_SEED, else 12345, as sacrebleu.",
            show_default=False,
            rich_help_panel=_SIG,
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print sacrebleu's JSON (an object, or a list for several metrics or systems).",
            rich_help_panel=_OUT,
        ),
    ] = False,
    score_only: Annotated[
        bool, typer.Option("--score-only", "-b", help="Print only the score(s), one per line.", rich_help_panel=_OUT)
    ] = False,
    short: Annotated[
        bool, typer.Option("--short", "-sh", help="Short signatures (sacrebleu's abbreviations).", rich_help_panel=_OUT)
    ] = False,
    width: Annotated[
        int, typer.Option("--width", "-w", min=0, help="Decimals in the scores.", rich_help_panel=_OUT)
    ] = 1,
) -> None:
    """Score translations against references with BLEU, chrF or TER (as sacrebleu does), and compare systems.

    Prints one line per metric, the same as `sacrebleu REF... -i HYP -m ... --format text`, for example
    `BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 28.3 63.2/43.8/23.1/10.0 (BP = ...)`.
    `rnncli bleu REF --hyp A --hyp B --paired-bs` prints sacrebleu's table with p-values and confidence
    intervals. Files are UTF-8 unless --encoding says otherwise, one segment per line (empty lines are
    segments too); names ending in .gz are gzip. Unlike sacrebleu, a leading UTF-8 byte-order mark is
    dropped, not scored as part of the first word.
    """
    from rnncli.metrics import MetricOptions, parse_metrics
    from rnncli.segments import check_encoding
    from rnncli.significance import check_seed, sacrebleu_seed

    names = parse_metrics(metrics)
    options = MetricOptions(
        tokenize=tokenize,
        lowercase=lowercase,
        force=force,
        smooth_method=smooth_method,
        smooth_value=smooth_value,
        max_ngram_order=max_ngram_order,
        chrf_char_order=chrf_char_order,
        chrf_word_order=chrf_word_order,
        chrf_beta=chrf_beta,
        chrf_whitespace=chrf_whitespace,
        chrf_lowercase=chrf_lowercase,
        chrf_eps_smoothing=chrf_eps_smoothing,
        ter_case_sensitive=ter_case_sensitive,
        ter_normalized=ter_normalized,
        ter_no_punct=ter_no_punct,
        ter_asian_support=ter_asian_support,
    ).check()
    check_encoding(encoding)
    check_seed(seed)
    hyp_paths, ref_paths = _split_files(files or [], hyps or [])
    test = _check_modes(names, len(hyp_paths), sentence, confidence, paired_bs, paired_ar)
    systems, refs_list = _read_inputs(hyp_paths, ref_paths, num_refs, encoding)
    warnings: list[str] = []
    with sacrebleu_seed(seed):
        out = _score(
            systems,
            refs_list,
            names,
            options,
            test,
            sentence=sentence,
            as_json=as_json,
            width=width,
            score_only=score_only,
            short=short,
            n_bootstrap=confidence_n if confidence else 1,
            n_samples=paired_bs_n if test == "bs" else paired_ar_n,
            on_warning=warnings.append,
        )
    if warnings:
        info("rnncli: warning: " + " ".join(warnings).replace("the `force` parameter", "--force"))
    typer.echo(out)


def _split_files(files: list[str], hyps: list[str]) -> tuple[list[str], list[str]]:
    """(system outputs, references) from the positional files and --hyp."""
    from rnncli.errors import UsageError

    if hyps:
        hyp_paths, ref_paths = hyps, files
    else:
        hyp_paths, ref_paths = files[:1], files[1:]
    if not hyp_paths:
        raise UsageError("missing argument HYP: give the system output and the reference file(s)")
    if not ref_paths:
        raise UsageError("missing argument REF: give at least one reference file")
    if [*hyp_paths, *ref_paths].count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")
    dup = next((p for i, p in enumerate(hyp_paths) if p in hyp_paths[:i]), None)
    if dup is not None:
        raise UsageError(f"system {dup} is given twice with --hyp")
    return hyp_paths, ref_paths


def _check_modes(
    names: tuple, n_systems: int, sentence: bool, confidence: bool, paired_bs: bool, paired_ar: bool
) -> Optional[str]:
    """The paired test asked for ('bs', 'ar' or None), after refusing what sacrebleu refuses."""
    from rnncli.errors import UsageError

    if paired_bs and paired_ar:
        raise UsageError("--paired-bs and --paired-ar exclude each other; choose one")
    test = "bs" if paired_bs else "ar" if paired_ar else None
    if sentence:
        if len(names) > 1:
            raise UsageError("--sentence scores one metric at a time; give one with --metrics")
        if n_systems > 1:
            raise UsageError("--sentence scores one system at a time; give one --hyp")
        if confidence or test:
            raise UsageError("--sentence cannot be combined with --confidence, --paired-bs or --paired-ar")
    if test and n_systems < 2:
        raise UsageError(f"--paired-{test} compares systems with a baseline: give at least two with --hyp")
    if confidence and n_systems > 1:
        raise UsageError("--confidence is for one system; use --paired-bs or --paired-ar for several")
    return test


def _read_inputs(hyp_paths: list[str], ref_paths: list[str], num_refs: int, encoding: str):
    """[(name, segments)] of the systems and the reference streams, line counts checked."""
    from rnncli.errors import InputError
    from rnncli.segments import check_line_counts, read_references, read_segments

    refs_list, ref_names = read_references(ref_paths, num_refs, encoding)
    systems = []
    for path in hyp_paths:
        segments = read_segments(path, "hypothesis file", encoding)
        name = "standard input" if path == "-" else f"hypothesis file {path}"
        if not segments:
            raise InputError(f"{name} is empty: there is nothing to score")
        check_line_counts(segments, refs_list, name, ref_names)
        systems.append((path, segments))
    return systems, refs_list


def _score(
    systems,
    refs_list,
    names,
    options,
    test,
    *,
    sentence: bool,
    as_json: bool,
    width: int,
    score_only: bool,
    short: bool,
    n_bootstrap: int,
    n_samples: int,
    on_warning,
) -> str:
    from rnncli.metrics import corpus_scores, render_json, render_text, sentence_scores
    from rnncli.significance import compare_systems

    if sentence:
        hyps = systems[0][1]
        return "\n".join(sentence_scores(hyps, refs_list, names[0], options, width, score_only, short, as_json))
    if len(systems) > 1:
        return compare_systems(
            systems, refs_list, names, options, test, n_samples, width, as_json, short, on_warning=on_warning
        )
    results = corpus_scores(
        systems[0][1],
        refs_list,
        names,
        options=options,
        n_bootstrap=n_bootstrap,
        short=short and not as_json,
        on_warning=on_warning,
    )
    return (render_json if as_json else render_text)(results, width, score_only)
