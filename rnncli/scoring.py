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
    what = "unsupported --tokenize {!r} (it needs extra packages or a download)" if tokenize in _NEEDS_MORE \
        else "unknown --tokenize {!r}"
    raise UsageError(f"{what.format(tokenize)}; choose one of {', '.join(TOKENIZERS)}")


def to_segments(lines: Iterable[str]) -> list[str]:
    """Lines as sacrebleu's command line uses them: trailing whitespace stripped, empty lines kept."""
    return [line.rstrip() for line in lines]


def read_segments(path: str | os.PathLike, what: str = "file") -> list[str]:
    """Segments of a UTF-8 file (``-``: standard input), one per line, as ``sacrebleu -i`` reads them.

    Unlike sacrebleu, a leading byte-order mark is dropped and bytes that are not UTF-8 are a clear
    :class:`InputError` instead of a traceback (see :mod:`rnncli.textio`).
    """
    from rnncli.textio import read_lines

    return to_segments(read_lines(path, what))


def check_line_counts(hyps: Sequence[str], refs_list: Sequence[Sequence[str]],
                      hyp_name: str = "the hypothesis stream", ref_names: Sequence[str] | None = None) -> None:
    """Raise :class:`InputError` unless every reference stream has one line per hypothesis."""
    if not refs_list:
        raise UsageError("no reference given; give at least one reference file")
    names = list(ref_names) if ref_names is not None else [f"reference stream {i + 1}" for i in range(len(refs_list))]
    if not hyps:
        raise InputError(f"{hyp_name} is empty: there is nothing to score")
    for name, refs in zip(names, refs_list):
        if len(refs) != len(hyps):
            raise InputError(f"line counts differ: {hyp_name} has {_lines(len(hyps))} but {name} has "
                             f"{_lines(len(refs))}", "they must be line-aligned, one segment per line")


def _lines(n: int) -> str:
    return f"{n} line" if n == 1 else f"{n} lines"


def corpus_scores(hyps: Sequence[str], refs_list: Sequence[Sequence[str]],
                  metrics: Iterable[str] | str = ("bleu",), tokenize: str = DEFAULT_TOKENIZER,
                  lowercase: bool = False, force: bool = False,
                  on_warning: Callable[[str], None] | None = None) -> list[MetricResult]:
    """Corpus-level scores of ``hyps`` against one or more line-aligned reference streams.

    ``refs_list[k][i]`` is the k-th reference of segment i (sacrebleu's layout).  ``tokenize``,
    ``lowercase`` and ``force`` are BLEU options, as in the ``sacrebleu`` command: chrF stays
    case-sensitive and TER case-insensitive whatever ``lowercase`` says (sacrebleu's defaults).
    Segments are used as given; use :func:`to_segments` for the whitespace handling of sacrebleu's
    file reader.  Warnings sacrebleu would log (hypotheses that look tokenized) go to ``on_warning``
    when given.
    """
    names = parse_metrics(metrics)
    tokenize = check_tokenizer(tokenize)
    hyps = list(hyps)
    refs_list = [list(r) for r in refs_list]
    check_line_counts(hyps, refs_list)

    from sacrebleu.metrics import BLEU, CHRF, TER

    # The keyword arguments are those sacrebleu's command line passes, with its defaults.
    factories = {
        "bleu": lambda: BLEU(smooth_method="exp", smooth_value=None, tokenize=tokenize, lowercase=lowercase,
                             force=force, references=refs_list),
        "chrf": lambda: CHRF(char_order=6, word_order=0, beta=2, whitespace=False, lowercase=False,
                             eps_smoothing=False, references=refs_list),
        "ter": lambda: TER(case_sensitive=False, asian_support=False, no_punct=False, normalized=False,
                           references=refs_list),
    }
    results = []
    with _captured_warnings(on_warning):
        for name in names:
            metric = factories[name]()
            score = metric.corpus_score(hyps, references=None)
            signature = metric.get_signature().format(False)
            results.append(MetricResult(name=score.name, score=float(score.score), signature=signature,
                                        verbose=getattr(score, "_verbose", ""), details=_details(score),
                                        raw=score))
    return results


def corpus_bleu(hyps: Sequence[str], refs_list: Sequence[Sequence[str]], tokenize: str = DEFAULT_TOKENIZER,
                lowercase: bool = False) -> MetricResult:
    """Corpus BLEU alone (e.g. for a dev set during training); warnings are not reported."""
    return corpus_scores(hyps, refs_list, ("bleu",), tokenize, lowercase, force=True)[0]


def _details(score: Any) -> dict:
    if hasattr(score, "precisions"):  # BLEU
        return {"precisions": [float(p) for p in score.precisions], "counts": list(score.counts),
                "totals": list(score.totals), "bp": float(score.bp), "ratio": float(score.ratio),
                "hyp_len": int(score.sys_len), "ref_len": int(score.ref_len)}
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


__all__ = ["METRICS", "TOKENIZERS", "DEFAULT_TOKENIZER", "MetricResult", "parse_metrics", "check_tokenizer",
           "to_segments", "read_segments", "check_line_counts", "corpus_scores", "corpus_bleu", "render_text",
           "render_json"]
