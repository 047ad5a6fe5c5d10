"""Run the benchmarks: ``python -m benchmarks [beam|bleu|...] [--checkpoint CKPT] [--repeats N]``.

Each benchmark measures rnncli against its baseline in the same run and prints ratios; the latest
figures, with the machine and the date, are kept in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys

import torch

from benchmarks import (
    activations,
    beam,
    bleu,
    caption_baseline,
    clf_baseline,
    clf_quality,
    lm_quality,
    mt_recipe,
    mt_train,
    peers,
    placeholders,
    precision,
    reading,
    sample,
    scale,
    train,
    vqa_baseline,
)

BENCHMARKS = {
    "beam": beam,
    "activations": activations,
    "mt-train": mt_train,
    "train": train,
    "sample": sample,
    "scale": scale,
    "bleu": bleu,
    "placeholders": placeholders,
    "lm-quality": lm_quality,
    "precision": precision,
    "peers": peers,
    "mt-recipe": mt_recipe,
    "clf-baseline": clf_baseline,
    "clf-quality": clf_quality,
    "caption-baseline": caption_baseline,
    "reading": reading,
    "vqa-baseline": vqa_baseline,
}


# a checkpoint; about 50 minutes; 25 minutes; 35 minutes; a captioner checkpoint; 15 minutes a repeat; 7 minutes;
# three train-vqa runs (about 20 minutes)
SLOW_OR_NEEDS_INPUT = (
    "placeholders",
    "lm-quality",
    "peers",
    "mt-recipe",
    "caption-baseline",
    "clf-quality",
    "reading",
    "vqa-baseline",
)


def _variants(given: list[str], ap) -> dict[str, str]:
    out = {}
    for v in given:
        name, sep, options = v.partition("=")
        if not sep or not name or name in ("rnncli", "example"):
            ap.error(f"--variant {v!r}: write NAME=OPTIONS, for instance bf16='--precision bf16'")
        out[name] = options
    return out


def _run(name: str, args, ap) -> dict:
    log = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    if name == "train":
        models = args.models.split(",") if args.models else None
        if models and not set(models) <= set(train.MODELS):
            ap.error(f"--models: choose from {', '.join(train.MODELS)}")
        return train.run(models, repeats=args.repeats, steps=args.steps, log=log)
    if name == "lm-quality":
        names = args.corpora.split(",")
        if not set(names) <= set(lm_quality.corpora.CORPORA):
            ap.error(f"--corpora: choose from {', '.join(lm_quality.corpora.CORPORA)}")
        return lm_quality.run(
            names,
            repeats=args.repeats,
            minutes=args.minutes or 4.0,
            corpus_dir=args.corpus_dir,
            rnncli_args=args.rnncli_args,
            variants=_variants(args.variant, ap),
            systems=tuple(args.systems.split(",")),
            variant_corpora=args.variant_corpora.split(",") if args.variant_corpora else None,
            log=log,
        )
    if name == "clf-quality":
        names = args.clf_corpora.split(",")
        if not set(names) <= set(clf_quality.CORPORA):
            ap.error(f"--clf-corpora: choose from {', '.join(clf_quality.CORPORA)}")
        return clf_quality.run(
            names, repeats=args.repeats, corpus_dir=args.corpus_dir, rnncli_args=args.rnncli_args, log=log
        )
    if name == "peers":
        return peers.run(
            minutes=args.minutes or 10.0,
            repeats=args.repeats,
            rnncli_args=args.rnncli_args,
            joeynmt_config=args.joeynmt_config,
            log=log,
        )
    if name == "vqa-baseline":
        return vqa_baseline.run(args.checkpoint, args.rnncli_args, log=log)
    if name == "reading":
        return reading.run(args.minutes or 6.0, args.rnncli_args, args.corpus_dir, log=log)
    runners = {
        "beam": lambda: beam.run(args.checkpoint, repeats=args.repeats, limit=args.limit),
        "placeholders": lambda: placeholders.run(args.checkpoint, limit=args.limit),
        "activations": lambda: activations.run(repeats=max(args.repeats, 5)),
        "mt-train": lambda: mt_train.run(repeats=args.repeats),
        "scale": lambda: scale.run(repeats=args.repeats, big_mb=args.big_mb, log=log),
        "bleu": lambda: bleu.run(repeats=args.repeats),
        "sample": lambda: sample.run(length=args.length, repeats=max(args.repeats, 3)),
        "precision": lambda: precision.run(steps=args.steps if args.steps != 10 else 40),
        "clf-baseline": lambda: clf_baseline.run(args.checkpoint),
        "caption-baseline": lambda: caption_baseline.run(args.checkpoint),
        "mt-recipe": lambda: mt_recipe.run(steps=args.steps if args.steps != 10 else 3000, log=log),
    }
    return runners[name]()


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument(
        "names",
        nargs="*",
        default=[n for n in BENCHMARKS if n not in SLOW_OR_NEEDS_INPUT],
        help=f"which: {', '.join(BENCHMARKS)} (all but {', '.join(SLOW_OR_NEEDS_INPUT)} by default)",
    )
    ap.add_argument(
        "--checkpoint",
        help="translation checkpoint for 'beam' (default: train a small one) and "
        "'placeholders' (default: the newest under ./runs)",
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, help="only the first N test sentences (a quick check)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--models", help="for 'train': char, bpe or both (default: char,bpe)")
    ap.add_argument(
        "--steps",
        type=int,
        default=10,
        help="for 'train': steps per run (the first 2 not timed); "
        "for 'precision': steps of each (default 40); "
        "for 'mt-recipe': steps of each variant (default 3000)",
    )
    ap.add_argument("--length", type=int, default=1000, help="for 'sample': tokens per timed run")
    ap.add_argument("--big-mb", type=int, default=1024, help="for 'scale': size of the big corpus in MB")
    ap.add_argument("--corpora", default=",".join(lm_quality.corpora.CORPORA), help="for 'lm-quality'")
    ap.add_argument("--clf-corpora", default=",".join(clf_quality.CORPORA), help="for 'clf-quality'")
    ap.add_argument(
        "--minutes",
        type=float,
        help="for 'lm-quality', 'peers' and 'reading': training minutes of each run (default 4, 10 and 6)",
    )
    ap.add_argument(
        "--corpus-dir",
        help="for 'lm-quality', 'clf-quality' and 'reading': where the built corpora / images go (default: $TMPDIR)",
    )
    ap.add_argument(
        "--rnncli-args",
        default="",
        help="for 'lm-quality', 'peers', 'clf-quality' and 'reading': options added to rnncli train-lm "
        "/ train-mt / train-clf / train-caption "
        "(default: none, the defaults are what is measured)",
    )
    ap.add_argument(
        "--joeynmt-config",
        choices=("current", "peer"),
        default="current",
        help="for 'peers': current (JoeyNMT set up like today's train-mt defaults where it can) or "
        "peer (the peer's own template, mirroring the earlier defaults)",
    )
    ap.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=OPTIONS",
        help="for 'lm-quality': one more rnncli system, with these options added (repeatable)",
    )
    ap.add_argument("--variant-corpora", help="for 'lm-quality': run the variants on these corpora only")
    ap.add_argument(
        "--systems",
        default="rnncli,example",
        help="for 'lm-quality': which of rnncli, example to run (variants are added)",
    )
    args = ap.parse_args()
    print(
        f"# {platform.processor() or platform.machine()}, {torch.get_num_threads()} torch threads, "
        f"torch {torch.__version__}"
    )
    results = {}
    for name in args.names:
        if name not in BENCHMARKS:
            ap.error(f"unknown benchmark {name!r}")
        results[name] = _run(name, args, ap)
        print(json.dumps(results[name]) if args.json else BENCHMARKS[name].report(results[name]))


if __name__ == "__main__":
    main()
