"""Classification quality of ``rnncli train-clf``'s defaults against character 1-4-gram naive Bayes on
labelled data of different kinds: ``python -m benchmarks clf-quality [--corpora langid,debtopics,codelang]``.

* ``langid``: the bundled language identification (data/langid: 14 languages, short software
  messages, test packages unseen in training);
* ``debtopics``: Debian package descriptions labelled by section (15 topics, long texts, 450
  characters on average; split by source package), built by benchmarks/clf_corpora.py;
* ``codelang``: which of 12 programming languages a three-line snippet of source code is in (split by
  file), built by benchmarks/clf_corpora.py.

For each, on the same train / dev / test files, one after the other, each rnncli run in a fresh process:

* **rnncli**: ``rnncli train-clf TRAIN --dev DEV`` with nothing else (its defaults; the budget is
  the default step count), then ``rnncli classify BEST TEST --eval``; the seconds are the wall time of
  both commands, from start to end;
* **naive Bayes**: benchmarks/clf_baseline.py's multinomial naive Bayes over character 1-4-grams, the
  smoothing chosen on the dev file, in this process (pure Python; seconds to train, tune and test).

Printed: test accuracy and macro-F1 of each with its seconds, rnncli's margin in accuracy points
(medians over ``--repeats``, different seeds), and the load average before and after each run.
"""

from __future__ import annotations

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import clf_corpora
from benchmarks.clf_baseline import DATA, NaiveBayes

CORPORA = ("langid", "debtopics", "codelang")


def _load() -> float:
    return os.getloadavg()[0]


def _paths(name: str, cache: Path) -> dict[str, Path]:
    folder = DATA if name == "langid" else clf_corpora.build(name, cache)
    return {split: folder / f"{split}.tsv" for split in ("train", "dev", "test")}


def _read(path: Path) -> tuple[list[str], list[str]]:
    from rnncli.clf.data import read_labelled

    data = read_labelled(str(path))
    return data.labels, data.texts


def run_naive_bayes(paths: dict) -> dict:
    from rnncli.clf.data import Scores

    t = time.perf_counter()
    train, dev, test = (_read(paths[s]) for s in ("train", "dev", "test"))
    nb = NaiveBayes(*train)
    dev_acc = {}
    for alpha in (0.01, 0.1, 1.0):
        nb.alpha = alpha
        dev_acc[alpha] = nb.accuracy(*dev)
    nb.alpha = max(dev_acc, key=dev_acc.get)
    index = {lab: i for i, lab in enumerate(nb.labels)}
    predicted = [index[nb.predict(text)] for text in test[1]]
    scores = Scores.of(nb.labels, [index[lab] for lab in test[0]], predicted)
    return {
        "test_accuracy": scores.accuracy,
        "test_macro_f1": scores.macro_f1,
        "alpha": nb.alpha,
        "seconds": time.perf_counter() - t,
    }


def run_rnncli(paths: dict, seed: int, extra: list[str], work: Path) -> dict:
    out = work / f"clf-{seed}-{time.monotonic_ns()}"
    rnncli = [sys.executable, "-m", "rnncli"]
    cmd = [*rnncli, "train-clf", str(paths["train"]), "--dev", str(paths["dev"]), "--out", str(out), "--json"]
    cmd += ["--seed", str(seed)] if seed != 1234 else []
    t = time.perf_counter()
    done = subprocess.run([*cmd, *extra], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"rnncli train-clf failed: {done.stderr.strip()[-800:]}")
    trained = json.loads(done.stdout)
    ev = subprocess.run(
        [*rnncli, "classify", trained["best"], str(paths["test"]), "--eval", "--json"], capture_output=True, text=True
    )
    if ev.returncode != 0:
        raise SystemExit(f"rnncli classify failed: {ev.stderr.strip()[-800:]}")
    scores = json.loads(ev.stdout)
    return {
        "test_accuracy": scores["accuracy"],
        "test_macro_f1": scores["macro_f1"],
        "dev_accuracy": trained["accuracy"],
        "steps": trained["steps"],
        "seconds": time.perf_counter() - t,
    }


def run(names: list[str], repeats: int = 1, corpus_dir: str | None = None, rnncli_args: str = "", log=print) -> dict:
    cache = Path(corpus_dir) if corpus_dir else Path(tempfile.gettempdir()) / "rnncli-clf-corpora"
    work = Path(tempfile.mkdtemp(prefix="rnncli-clfq-"))
    results: dict = {"repeats": repeats, "rnncli_args": rnncli_args, "cpu": _cpu(), "corpora": {}}
    for name in names:
        paths = _paths(name, cache)
        before = _load()
        nb = run_naive_bayes(paths)
        nb["load"] = [round(before, 2), round(_load(), 2)]
        log(f"{name} naive Bayes: test {nb['test_accuracy']:.2%}, {nb['seconds']:.0f} s, load {before:.1f}")
        runs = []
        for r in range(repeats):
            before = _load()
            res = run_rnncli(paths, 1234 + r, shlex.split(rnncli_args), work)
            res["load"] = [round(before, 2), round(_load(), 2)]
            runs.append(res)
            log(
                f"{name} rnncli {r + 1}: test {res['test_accuracy']:.2%} (dev {res['dev_accuracy']:.2%}), "
                f"{res['steps']} steps, {res['seconds']:.0f} s, load {before:.1f} -> {res['load'][1]:.1f}"
            )
        median = {k: statistics.median(x[k] for x in runs) for k in ("test_accuracy", "test_macro_f1", "seconds")}
        results["corpora"][name] = {"naive_bayes": nb, "rnncli": runs, "rnncli_median": median}
    return results


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{line.partition(':')[2].strip()}, {os.cpu_count()} cores"
    except OSError:
        pass
    return f"{os.cpu_count()} cores"


def report(results: dict) -> str:
    lines = [
        f"clf-quality: rnncli train-clf defaults{' + ' + results['rnncli_args'] if results['rnncli_args'] else ''} "
        f"vs character 1-4-gram naive Bayes; {results['cpu']}; rnncli: median of {results['repeats']} run(s)",
        "data        rnncli acc  macro-F1   seconds | naive Bayes acc  macro-F1  seconds | margin  (load)",
    ]
    for name, c in results["corpora"].items():
        m, nb = c["rnncli_median"], c["naive_bayes"]
        loads = ", ".join(f"{x['load'][0]:.1f}-{x['load'][1]:.1f}" for x in c["rnncli"])
        lines.append(
            f"{name:10s}  {m['test_accuracy']:9.2%}  {m['test_macro_f1']:8.3f}  {m['seconds']:8.0f} | "
            f"{nb['test_accuracy']:14.2%}  {nb['test_macro_f1']:8.3f}  {nb['seconds']:7.0f} | "
            f"{100 * (m['test_accuracy'] - nb['test_accuracy']):+5.1f}  ({loads})"
        )
    return "\n".join(lines)
