"""Run the benchmarks: ``python -m benchmarks [beam] [--checkpoint CKPT] [--repeats N]``.

Each benchmark measures rnncli against its baseline in the same run and prints ratios; the latest
figures, with the machine and the date, are kept in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys

import torch

from benchmarks import activations, beam, mt_train, placeholders, sample, scale, train

BENCHMARKS = {"beam": beam, "activations": activations, "mt-train": mt_train, "train": train, "sample": sample,
              "scale": scale, "placeholders": placeholders}


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", default=[n for n in BENCHMARKS if n != "placeholders"],
                    help=f"which: {', '.join(BENCHMARKS)} (all but placeholders by default)")
    ap.add_argument("--checkpoint", help="translation checkpoint for 'beam' (default: train a small one) and "
                                         "'placeholders' (default: the newest under ./runs)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, help="only the first N test sentences (a quick check)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--models", help="for 'train': char, bpe or both (default: char,bpe)")
    ap.add_argument("--steps", type=int, default=10, help="for 'train': steps per run (the first 2 not timed)")
    ap.add_argument("--length", type=int, default=1000, help="for 'sample': tokens per timed run")
    ap.add_argument("--big-mb", type=int, default=1024, help="for 'scale': size of the big corpus in MB")
    args = ap.parse_args()
    print(f"# {platform.processor() or platform.machine()}, {torch.get_num_threads()} torch threads, "
          f"torch {torch.__version__}")
    results = {}
    for name in args.names:
        if name not in BENCHMARKS:
            ap.error(f"unknown benchmark {name!r}")
        if name == "beam":
            results[name] = beam.run(args.checkpoint, repeats=args.repeats, limit=args.limit)
        elif name == "placeholders":
            results[name] = placeholders.run(args.checkpoint, limit=args.limit)
        elif name == "activations":
            results[name] = activations.run(repeats=max(args.repeats, 5))
        elif name == "mt-train":
            results[name] = mt_train.run(repeats=args.repeats)
        elif name == "train":
            models = args.models.split(",") if args.models else None
            if models and not set(models) <= set(train.MODELS):
                ap.error(f"--models: choose from {', '.join(train.MODELS)}")
            results[name] = train.run(models, repeats=args.repeats, steps=args.steps,
                                      log=lambda s: print(s, file=sys.stderr, flush=True))
        elif name == "scale":
            results[name] = scale.run(repeats=args.repeats, big_mb=args.big_mb,
                                      log=lambda s: print(s, file=sys.stderr, flush=True))
        elif name == "sample":
            results[name] = sample.run(length=args.length, repeats=max(args.repeats, 3))
        print(json.dumps(results[name]) if args.json else BENCHMARKS[name].report(results[name]))


if __name__ == "__main__":
    main()
