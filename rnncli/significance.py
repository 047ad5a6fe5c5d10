"""Comparing systems as ``sacrebleu REF -i A B ... [--paired-bs|--paired-ar]`` does: their scores side by side,
and the paired tests (bootstrap resampling, approximate randomization) with sacrebleu's own tests, seeds,
p-values and table.

Pure Python: sacrebleu is imported inside the functions."""

from __future__ import annotations

import os
from typing import Callable, Iterable, Sequence

from rnncli.errors import UsageError
from rnncli.metrics import MetricOptions, _captured_warnings, build_metrics


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
