"""Corpus-level BLEU, chrF and TER, computed by sacrebleu exactly as the ``sacrebleu`` command does.

The scores and signatures are the ones ``sacrebleu REF... -i HYP -m bleu chrf ter`` prints for the same
segments and options: the metrics are built the way sacrebleu's command line builds them (its default
arguments, the references cached at construction), segments are read the way it reads files (split on
``\\n``, trailing whitespace stripped), and the text / JSON renderings use sacrebleu's own formatting.

Reading the files is rnncli.segments; comparing systems and the paired tests, rnncli.significance.

Pure Python: sacrebleu is imported inside the functions, so importing this module costs nothing and
never pulls in torch or numpy.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from rnncli.errors import UsageError
from rnncli.segments import check_line_counts

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
