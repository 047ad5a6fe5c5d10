"""Corpus-level BLEU, chrF and TER, computed by sacrebleu exactly as the ``sacrebleu`` command does.

The scores and signatures are the ones ``sacrebleu REF... -i HYP -m bleu chrf ter`` prints for the same
segments and options: the metrics are built the way sacrebleu's command line builds them (its default
arguments, the references cached at construction), segments are read the way it reads files (split on
``\\n``, trailing whitespace stripped), and the text / JSON renderings use sacrebleu's own formatting.

Pure Python: sacrebleu is imported inside the functions, so importing this module costs nothing and
never pulls in torch or numpy.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from rnncli.errors import InputError, UsageError

#: Metrics, in the order sacrebleu reports them (it sorts them by name).
METRICS = ("bleu", "chrf", "ter")

#: BLEU tokenizers that work offline without extra packages (sacrebleu's ja-mecab / ko-mecab need
#: extra packages, spm / flores101 / flores200 / spBLEU-1K download a model).
TOKENIZERS = ("none", "13a", "intl", "zh", "char")
DEFAULT_TOKENIZER = "13a"  # sacrebleu's default when no target language is known
_NEEDS_MORE = ("ja-mecab", "ko-mecab", "spm", "flores101", "flores200", "spBLEU-1K")


@dataclass(frozen=True)
class MetricResult:
    """One corpus-level score."""

    name: str  # as sacrebleu names it: "BLEU", "chrF2", "TER"
    score: float  # full precision (the renderings round it)
    signature: str  # e.g. "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"
    verbose: str  # BLEU: "63.2/43.8/23.1/10.0 (BP = 1.000 ratio = ...)"; "" for chrF and TER
    details: dict = field(default_factory=dict)  # BLEU: precisions, bp, ...; TER: num_edits, ref_length
    raw: Any = field(default=None, repr=False, compare=False)  # the sacrebleu Score object

    def format(self, width: int = 1, score_only: bool = False, is_json: bool = False) -> str:
        """The string sacrebleu prints for this score (``--width``, ``--score-only``, ``--format json``)."""
        return self.raw.format(width, score_only, self.signature, is_json)

    @property
    def text(self) -> str:
        """``NAME|signature = score verbose``, as ``sacrebleu --format text`` prints it."""
        return self.format()


def parse_metrics(specs: Iterable[str] | str | None) -> tuple[str, ...]:
    """``["bleu,chrf", "ter"]`` -> ``("bleu", "chrf", "ter")``: validated, deduplicated, in sacrebleu's order."""
    if specs is None:
        return ("bleu",)
    if isinstance(specs, str):
        specs = [specs]
    names = [n.strip().lower() for s in specs for n in s.replace(",", " ").split()]
    if not names:
        raise UsageError(f"--metrics is empty; choose from {', '.join(METRICS)}")
    for n in names:
        if n not in METRICS:
            raise UsageError(f"unknown metric {n!r}; choose from {', '.join(METRICS)} (comma-separated)")
    return tuple(m for m in METRICS if m in names)


def check_tokenizer(tokenize: str) -> str:
    if tokenize in TOKENIZERS:
        return tokenize
    what = (
        "unsupported --tokenize {!r} (it needs extra packages or a download)"
        if tokenize in _NEEDS_MORE
        else "unknown --tokenize {!r}"
    )
    raise UsageError(f"{what.format(tokenize)}; choose one of {', '.join(TOKENIZERS)}")


def to_segments(lines: Iterable[str]) -> list[str]:
    """Lines as sacrebleu's command line uses them: trailing whitespace stripped, empty lines kept."""
    return [line.rstrip() for line in lines]


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; an unknown ``--encoding`` is a :class:`UsageError`."""
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise UsageError(f"unknown --encoding {encoding!r}", "e.g. utf-8, latin-1, utf-16") from None


def read_segments(path: str | os.PathLike, what: str = "file", encoding: str = "utf-8") -> list[str]:
    """Segments of a text file (``-``: standard input; ``.gz``: gzip), one per line, as ``sacrebleu -i`` reads them.

    Unlike sacrebleu, a leading UTF-8 byte-order mark is dropped and bytes that do not decode are a
    clear :class:`InputError` instead of a traceback (see :mod:`rnncli.textio`).
    """
    import sys

    from rnncli.textio import decode_utf8, read_bytes

    name = "standard input" if str(path) == "-" else f"{what} {path}"
    data = sys.stdin.buffer.read() if str(path) == "-" else read_bytes(path, what)
    if str(path).endswith(".gz"):
        data = _gunzip(data, name)
    if check_encoding(encoding) == "utf-8":
        text = decode_utf8(data, name)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise InputError(f"{name} is not {encoding} text (bad byte 0x{data[e.start]:02x} on line {line})") from None
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return to_segments(lines)


def _gunzip(data: bytes, name: str) -> bytes:
    import gzip
    import zlib

    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"{name} is not a valid gzip file ({e})") from None


def read_references(paths: Sequence[str], num_refs: int = 1, encoding: str = "utf-8") -> tuple[list, list]:
    """Reference streams and their names, as sacrebleu reads them.

    With ``num_refs`` > 1 there is one file whose lines hold that many tab-separated references
    (sacrebleu's ``--num-refs``); every line must have exactly that many fields.
    """

    def label(path: str) -> str:
        return "standard input" if path == "-" else f"reference file {path}"

    if num_refs < 1:
        raise UsageError("--num-refs must be at least 1")
    if num_refs == 1:
        return [read_segments(p, "reference file", encoding) for p in paths], [label(p) for p in paths]
    if len(paths) != 1:
        raise UsageError("--num-refs reads several tab-separated references from one file; give only one")
    streams: list[list[str]] = [[] for _ in range(num_refs)]
    for lineno, line in enumerate(read_segments(paths[0], "reference file", encoding), 1):
        fields = line.split("\t", num_refs - 1)
        if len(fields) != num_refs:
            raise InputError(
                f"line {lineno} of {label(paths[0])} has {len(fields)} tab-separated "
                f"field{'s' if len(fields) > 1 else ''}, but --num-refs is {num_refs}"
            )
        for stream, ref in zip(streams, fields):
            stream.append(ref)
    return streams, [f"{label(paths[0])} (field {k + 1})" for k in range(num_refs)]


def check_line_counts(
    hyps: Sequence[str],
    refs_list: Sequence[Sequence[str]],
    hyp_name: str = "the hypothesis stream",
    ref_names: Sequence[str] | None = None,
) -> None:
    """Raise :class:`InputError` unless every reference stream has one line per hypothesis."""
    if not refs_list:
        raise UsageError("no reference given; give at least one reference file")
    names = list(ref_names) if ref_names is not None else [f"reference stream {i + 1}" for i in range(len(refs_list))]
    if not hyps:
        raise InputError(f"{hyp_name} is empty: there is nothing to score")
    for name, refs in zip(names, refs_list):
        if len(refs) != len(hyps):
            raise InputError(
                f"line counts differ: {hyp_name} has {_lines(len(hyps))} but {name} has {_lines(len(refs))}",
                "they must be line-aligned, one segment per line",
            )


def _lines(n: int) -> str:
    return f"{n} line" if n == 1 else f"{n} lines"


@dataclass(frozen=True)
class MetricOptions:
    """Every metric option of the ``sacrebleu`` command, with its defaults (spelled as its arguments)."""

    tokenize: str = DEFAULT_TOKENIZER
    lowercase: bool = False
    force: bool = False
    smooth_method: str = "exp"
    smooth_value: float | None = None
    max_ngram_order: int = 4
    effective_order: bool = False  # sentence-level BLEU turns it on, as sacrebleu -sl does
    chrf_char_order: int = 6
    chrf_word_order: int = 0
    chrf_beta: int = 2
    chrf_whitespace: bool = False
    chrf_lowercase: bool = False
    chrf_eps_smoothing: bool = False
    ter_case_sensitive: bool = False
    ter_normalized: bool = False
    ter_no_punct: bool = False
    ter_asian_support: bool = False

    def check(self) -> "MetricOptions":
        """Raise :class:`UsageError` for options sacrebleu would refuse or silently ignore."""
        check_tokenizer(self.tokenize)
        if self.smooth_method not in SMOOTH_METHODS:
            raise UsageError(
                f"unknown --smooth-method {self.smooth_method!r}; choose one of {', '.join(SMOOTH_METHODS)}"
            )
        if self.smooth_value is not None and self.smooth_method not in ("floor", "add-k"):
            raise UsageError(f"--smooth-value needs --smooth-method floor or add-k (not {self.smooth_method})")
        if self.max_ngram_order < 1:
            raise UsageError("--max-ngram-order must be at least 1")
        if min(self.chrf_char_order, self.chrf_word_order, self.chrf_beta) < 0:
            raise UsageError("--chrf-char-order, --chrf-word-order and --chrf-beta cannot be negative")
        if self.chrf_char_order + self.chrf_word_order == 0:
            raise UsageError("chrF needs --chrf-char-order or --chrf-word-order above 0")
        return self


#: BLEU's smoothing methods (sacrebleu's ``BLEU.SMOOTH_DEFAULTS``).
SMOOTH_METHODS = ("exp", "floor", "add-k", "none")


def build_metrics(names: Iterable[str], options: MetricOptions, refs_list: Sequence[Sequence[str]] | None) -> dict:
    """sacrebleu metric objects, keyed ``BLEU``/``CHRF``/``TER`` in sacrebleu's order, references cached."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    o = options
    factories = {
        "bleu": lambda: BLEU(
            smooth_method=o.smooth_method,
            smooth_value=o.smooth_value,
            tokenize=o.tokenize,
            lowercase=o.lowercase,
            force=o.force,
            max_ngram_order=o.max_ngram_order,
            effective_order=o.effective_order,
            references=refs_list,
        ),
        "chrf": lambda: CHRF(
            char_order=o.chrf_char_order,
            word_order=o.chrf_word_order,
            beta=o.chrf_beta,
            whitespace=o.chrf_whitespace,
            lowercase=o.chrf_lowercase,
            eps_smoothing=o.chrf_eps_smoothing,
            references=refs_list,
        ),
        "ter": lambda: TER(
            case_sensitive=o.ter_case_sensitive,
            asian_support=o.ter_asian_support,
            no_punct=o.ter_no_punct,
            normalized=o.ter_normalized,
            references=refs_list,
        ),
    }
    return {name.upper(): factories[name]() for name in parse_metrics(list(names))}


def corpus_scores(
    hyps: Sequence[str],
    refs_list: Sequence[Sequence[str]],
    metrics: Iterable[str] | str = ("bleu",),
    tokenize: str = DEFAULT_TOKENIZER,
    lowercase: bool = False,
    force: bool = False,
    on_warning: Callable[[str], None] | None = None,
    options: MetricOptions | None = None,
    n_bootstrap: int = 1,
    short: bool = False,
) -> list[MetricResult]:
    """Corpus-level scores of ``hyps`` against one or more line-aligned reference streams.

    ``refs_list[k][i]`` is the k-th reference of segment i (sacrebleu's layout).  ``tokenize``,
    ``lowercase`` and ``force`` are BLEU options, as in the ``sacrebleu`` command: chrF stays
    case-sensitive and TER case-insensitive whatever ``lowercase`` says (sacrebleu's defaults);
    ``options`` (all of sacrebleu's metric options) replaces the three when given.  ``n_bootstrap`` > 1
    adds sacrebleu's bootstrap confidence interval (``--confidence``; seeded by ``SACREBLEU_SEED``).
    Segments are used as given; use :func:`to_segments` for the whitespace handling of sacrebleu's
    file reader.  Warnings sacrebleu would log (hypotheses that look tokenized) go to ``on_warning``
    when given.
    """
    names = parse_metrics(metrics)
    if options is None:
        options = MetricOptions(tokenize=tokenize, lowercase=lowercase, force=force)
    options.check()
    hyps = list(hyps)
    refs_list = [list(r) for r in refs_list]
    check_line_counts(hyps, refs_list)
    results = []
    with _captured_warnings(on_warning):
        for metric in build_metrics(names, options, refs_list).values():
            score = metric.corpus_score(hyps, references=None, n_bootstrap=n_bootstrap)
            signature = metric.get_signature().format(short)
            results.append(
                MetricResult(
                    name=score.name,
                    score=float(score.score),
                    signature=signature,
                    verbose=getattr(score, "_verbose", ""),
                    details=_details(score),
                    raw=score,
                )
            )
    return results


def corpus_bleu(
    hyps: Sequence[str], refs_list: Sequence[Sequence[str]], tokenize: str = DEFAULT_TOKENIZER, lowercase: bool = False
) -> MetricResult:
    """Corpus BLEU alone (e.g. for a dev set during training); warnings are not reported."""
    return corpus_scores(hyps, refs_list, ("bleu",), tokenize, lowercase, force=True)[0]


def _details(score: Any) -> dict:
    if hasattr(score, "precisions"):  # BLEU
        return {
            "precisions": [float(p) for p in score.precisions],
            "counts": list(score.counts),
            "totals": list(score.totals),
            "bp": float(score.bp),
            "ratio": float(score.ratio),
            "hyp_len": int(score.sys_len),
            "ref_len": int(score.ref_len),
        }
    if hasattr(score, "num_edits"):  # TER
        return {"num_edits": score.num_edits, "ref_length": float(score.ref_length)}
    if hasattr(score, "char_order"):  # chrF
        return {"char_order": score.char_order, "word_order": score.word_order, "beta": score.beta}
    return {}


class _Collect(logging.Handler):
    def __init__(self, sink: Callable[[str], None]):
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink(record.getMessage())


class _captured_warnings:
    """Send the ``sacrebleu`` logger's warnings to a callback while scoring."""

    def __init__(self, sink: Callable[[str], None] | None):
        self.sink = sink
        self.logger = logging.getLogger("sacrebleu")

    def __enter__(self):
        if self.sink is not None:
            self.handler = _Collect(self.sink)
            self.propagate = self.logger.propagate
            self.logger.addHandler(self.handler)
            self.logger.propagate = False
        return self

    def __exit__(self, *exc) -> None:
        if self.sink is not None:
            self.logger.removeHandler(self.handler)
            self.logger.propagate = self.propagate


def render_text(results: Sequence[MetricResult], width: int = 1, score_only: bool = False) -> str:
    """What ``sacrebleu --format text`` prints: one line per metric, aligned on the ``=``."""
    lines = [r.format(width, score_only) for r in results]
    if len(lines) <= 1 or score_only:
        return "\n".join(lines)
    cut = [line.index("=") - 1 for line in lines]
    w = max(cut)
    return "\n".join(f"{line[:c]:>{w}}{line[c:]}" for c, line in zip(cut, lines))


def render_json(results: Sequence[MetricResult], width: int = 1, score_only: bool = False) -> str:
    """What ``sacrebleu --format json`` prints: one object, or a list of them for several metrics."""
    items = [r.format(width, score_only, is_json=True) for r in results]
    if len(items) > 1:
        return "[\n" + ",\n".join(items) + "\n]"
    return items[0]


class sacrebleu_seed:
    """Set ``SACREBLEU_SEED`` (sacrebleu's only way to seed its resampling) for the duration of a block.

    ``None`` keeps the environment's value (or sacrebleu's default, 12345); ``"none"`` draws the seed
    from the operating system, as in sacrebleu.
    """

    def __init__(self, seed: str | int | None):
        self.seed = None if seed is None else str(seed)

    def __enter__(self):
        self.old = os.environ.get("SACREBLEU_SEED")
        if self.seed is not None:
            os.environ["SACREBLEU_SEED"] = self.seed
        return self

    def __exit__(self, *exc) -> None:
        if self.old is None:
            os.environ.pop("SACREBLEU_SEED", None)
        else:
            os.environ["SACREBLEU_SEED"] = self.old


def check_seed(seed: str | None) -> str | None:
    if seed is None or seed.lower() == "none" or seed.lstrip("-").isdigit():
        return seed
    raise UsageError(f"--seed must be an integer or 'none', not {seed!r}")


def sentence_scores(
    hyps: Sequence[str],
    refs_list: Sequence[Sequence[str]],
    metric: str,
    options: MetricOptions,
    width: int = 1,
    score_only: bool = False,
    short: bool = False,
    as_json: bool = False,
) -> Iterable[str]:
    """One line per segment, as ``sacrebleu -sl`` prints it (BLEU with effective order).

    ``as_json``: one compact JSON object per line (sacrebleu's keys, with the 1-based ``line`` first).
    """
    import json
    from dataclasses import replace

    options = replace(options, effective_order=True).check()
    (scorer,) = build_metrics([metric], options, refs_list).values()
    for lineno, (hyp, *refs) in enumerate(zip(hyps, *refs_list), 1):
        score = scorer.sentence_score(hyp, refs)
        sig = scorer.get_signature().format(short)
        if as_json:
            yield json.dumps(
                {"line": lineno, **json.loads(score.format(width, score_only, sig, True))}, ensure_ascii=False
            )
        else:
            yield score.format(width, score_only, sig)


def compare_systems(
    systems: Sequence[tuple[str, Sequence[str]]],
    refs_list: Sequence[Sequence[str]],
    metrics: Iterable[str],
    options: MetricOptions,
    test: str | None = None,
    n_samples: int = 0,
    width: int = 1,
    as_json: bool = False,
    short: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> str:
    """The table ``sacrebleu REF... -i A B ... [--paired-bs|--paired-ar]`` prints for several systems.

    ``systems`` are (name, segments); the first one is the baseline of the paired tests.  ``test``:
    None (scores only), ``"bs"`` (paired bootstrap resampling) or ``"ar"`` (approximate randomization),
    with ``n_samples`` resamples or trials (0: sacrebleu's defaults, 1000 and 10000).  The tests,
    p-values, confidence intervals and the table are sacrebleu's own (``sacrebleu.significance.PairedTest``,
    ``sacrebleu.utils.print_results_table``), seeded by ``SACREBLEU_SEED``.
    """
    import argparse
    import contextlib
    import io

    from sacrebleu import utils

    if test is not None and len(systems) < 2:
        raise UsageError(f"--paired-{test} compares systems with a baseline: give at least two with --hyp")
    options.check()
    names = [name for name, _ in systems]
    if test is not None:
        names[0] = f"Baseline: {names[0]}"
    named = [(name, list(hyps)) for name, (_, hyps) in zip(names, systems)]
    with _captured_warnings(on_warning):
        metric_objs = build_metrics(metrics, options, [list(r) for r in refs_list])
        if test is None:
            sigs, scores = _plain_table(named, metric_objs, width, short)
        else:
            from sacrebleu.significance import PairedTest

            sigs, scores = PairedTest(named, metric_objs, references=None, test_type=test, n_samples=n_samples)()
            sigs = {k: v.format(short) for k, v in sigs.items()}
            if as_json:
                _plain_floats(scores)
    args = argparse.Namespace(
        format="json" if as_json else "text",
        width=width,
        paired_bs=test == "bs",
        paired_ar=test == "ar",
        paired_bs_n=n_samples or 1000,
        paired_ar_n=n_samples or 10000,
    )
    out = io.StringIO()
    colors, utils.Color.ENABLE_COLORS = utils.Color.ENABLE_COLORS, False
    try:
        with contextlib.redirect_stdout(out):
            utils.print_results_table(scores, sigs, args)
    finally:
        utils.Color.ENABLE_COLORS = colors
    return out.getvalue().rstrip("\n")


def _plain_floats(scores: dict) -> None:
    """Turn NumPy scalars in sacrebleu's test results into floats (its own ``--format json`` fails on them)."""
    for column in scores.values():
        for result in column:
            for key, value in vars(result).items() if not isinstance(result, str) else ():
                if value is not None:
                    setattr(result, key, float(value))


def _plain_table(named, metric_objs: dict, width: int, short: bool) -> tuple[dict, dict]:
    """Scores of every system, without tests: the columns sacrebleu's multi-system mode prints."""
    sigs: dict = {}
    scores: dict = {"System": [name for name, _ in named]}
    for _, hyps in named:
        for metric in metric_objs.values():
            score = metric.corpus_score(hyps, references=None)
            sigs[score.name] = metric.get_signature().format(short)
            scores.setdefault(score.name, []).append(score.format(width, True))
    return sigs, scores


__all__ = [
    "METRICS",
    "TOKENIZERS",
    "DEFAULT_TOKENIZER",
    "MetricResult",
    "parse_metrics",
    "check_tokenizer",
    "to_segments",
    "read_segments",
    "check_line_counts",
    "corpus_scores",
    "corpus_bleu",
    "render_text",
    "render_json",
    "MetricOptions",
    "SMOOTH_METHODS",
    "build_metrics",
    "check_encoding",
    "read_references",
    "sacrebleu_seed",
    "check_seed",
    "sentence_scores",
    "compare_systems",
]
