"""`rnncli runs`: finished, interrupted and running LM and MT runs, made by the real CLI, listed without torch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_process import rnncli_exe

from conftest import MT_TINY, TINY, invoke, train_mt_run


def _start(args) -> subprocess.Popen:
    env = {**os.environ, "NO_COLOR": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.Popen(
        [rnncli_exe(), *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )


def _wait_for(path: Path, p: subprocess.Popen) -> None:
    deadline = time.time() + 180
    while not path.exists():
        assert p.poll() is None, p.communicate()
        assert time.time() < deadline, f"{path} did not appear in time"
        time.sleep(0.1)


def _listed(root: Path, *extra) -> dict[str, dict]:
    r = invoke(["runs", root, "--json", *extra])
    assert r.exit_code == 0, r.stderr
    return {Path(x["run"]).name: x for x in json.loads(r.stdout)}


@pytest.fixture(scope="module")
def runs_root(tmp_path_factory, corpus_file, parallel_dir):
    root = tmp_path_factory.mktemp("runs-listing") / "runs"
    r = invoke(["train-lm", corpus_file, "--out", root / "lm-done", "--max-steps", "20", *TINY])
    assert r.exit_code == 0, r.stderr
    train_mt_run(parallel_dir, root / "nested" / "mt-done", "--eval-every", "10", steps=20)
    d = parallel_dir
    lm = _start(
        ["train-lm", corpus_file, "--out", root / "lm-live", "--max-steps", "100000", *TINY, "--eval-every", "5"]
    )
    mt = _start(
        [
            "train-mt",
            "--src",
            d / "train.src",
            "--tgt",
            d / "train.tgt",
            "--dev-src",
            d / "dev.src",
            "--dev-tgt",
            d / "dev.tgt",
            "--out",
            root / "mt-live",
            "--max-steps",
            "100000",
            *MT_TINY,
            "--eval-every",
            "5",
        ]
    )
    try:
        _wait_for(root / "lm-live" / "last.ckpt", lm)
        _wait_for(root / "mt-live" / "last.ckpt", mt)
        yield root, lm, mt
    finally:
        for p in (lm, mt):
            if p.poll() is None:
                p.kill()
            p.communicate()


def test_runs_lists_finished_running_and_interrupted_runs(runs_root, corpus_file, parallel_dir):
    root, lm, mt = runs_root
    runs = _listed(root)
    assert sorted(runs) == ["lm-done", "lm-live", "mt-done", "mt-live"]
    done, mt_done = runs["lm-done"], runs["mt-done"]
    assert (done["kind"], done["status"], done["model"], done["data"], done["steps"]) == (
        "lm",
        "finished",
        "1x32 LSTM",
        f"{corpus_file.parent.name}/corpus.txt",
        20,
    )
    metrics = [json.loads(x) for x in (root / "lm-done" / "metrics.jsonl").read_text().splitlines()]
    assert done["best"] == min(m["val_bpc"] for m in metrics) and done["figure"] == "bpc"
    assert done["elapsed"] > 0
    assert (mt_done["kind"], mt_done["status"], mt_done["steps"], mt_done["figure"]) == ("mt", "finished", 20, "BLEU")
    d = parallel_dir.name
    assert mt_done["model"] == "1x48 biLSTM, dot attention" and mt_done["data"] == f"{d}/train.src {d}/train.tgt"
    mt_metrics = [json.loads(x) for x in (root / "nested" / "mt-done" / "metrics.jsonl").read_text().splitlines()]
    assert mt_done["best"] == max(m["bleu"] for m in mt_metrics)
    assert runs["lm-live"]["status"] == "running" and runs["mt-live"]["status"] == "running"
    assert runs["lm-live"]["kind"] == "lm" and runs["mt-live"]["kind"] == "mt"

    # Ctrl-C on the language model (it saves and notes it), SIGKILL on the translator (it notes nothing)
    lm.send_signal(signal.SIGINT)
    mt.kill()
    assert lm.wait(timeout=120) == 130 and mt.wait(timeout=60) == -signal.SIGKILL
    runs = _listed(root)
    assert runs["lm-live"]["status"] == "interrupted" and runs["mt-live"]["status"] == "interrupted"
    assert runs["lm-done"]["status"] == "finished" and runs["mt-done"]["status"] == "finished"
    assert runs["lm-live"]["steps"] >= 5 and runs["mt-live"]["steps"] >= 5

    # filter and sort
    assert sorted(_listed(root, "--kind", "mt")) == ["mt-done", "mt-live"]
    r = invoke(["runs", root, "--json", "--sort", "steps"])
    steps = [x["steps"] for x in json.loads(r.stdout)]
    assert steps == sorted(steps)
    r = invoke(["runs", root, "--sort", "run"])
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["RUN", "KIND", "STATUS", "MODEL", "DATA", "STEPS", "TIME", "BEST", "UPDATED"]
    assert [Path(ln.split()[0]).name for ln in lines[1:]] == ["lm-done", "lm-live", "mt-live", "mt-done"]


def test_a_refused_run_leaves_the_finished_runs_status_alone(runs_root, corpus_file, tmp_path):
    root = runs_root[0]
    r = invoke(["train-lm", corpus_file, "--out", root / "lm-done", "--max-steps", "20", *TINY])
    assert r.exit_code == 2 and "already holds a run" in r.stderr
    assert _listed(root)["lm-done"]["status"] == "finished"
    other = tmp_path / "other.txt"
    other.write_text(corpus_file.read_text(encoding="utf-8")[::-1], encoding="utf-8")
    r = invoke(["train-lm", other, "--resume", root / "lm-done" / "last.ckpt", "--max-steps", "30"])
    assert r.exit_code == 4 and "differs" in r.stderr
    assert _listed(root)["lm-done"]["status"] == "finished"


def test_runs_never_imports_torch(runs_root):
    root = runs_root[0]
    code = (
        "import sys\n"
        "from rnncli.cli import main\n"
        f"sys.argv = ['rnncli', 'runs', {str(root)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "assert 'torch' not in sys.modules\n"
        "print('no torch')\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ})
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[-1] == "no torch" and len(lines) == 6  # header, four runs, the check


def test_a_run_that_has_only_just_started_is_listed(tmp_path):
    from rnncli.rundir import run_lock

    run = tmp_path / "runs" / "lm-20260101-000000"
    run.mkdir(parents=True)
    with run_lock(run):  # holds the lock as a run does before its first evaluation
        runs = _listed(tmp_path / "runs")
    assert runs == {run.name: {**runs[run.name], "kind": "lm", "status": "running", "steps": None, "best": None}}
    assert _listed(tmp_path / "runs")[run.name]["status"] == "interrupted"  # its process is gone


def test_the_command_offers_every_sort_key_and_kind():
    from rnncli import runs
    from rnncli.cli import runs as command

    assert command.SORT_KEYS == runs.SORT_KEYS
    assert [k.value for k in command.Kind] == list(runs.FIGURES)


def test_runs_errors_and_empty(tmp_path):
    r = invoke(["runs", tmp_path])
    assert r.exit_code == 0 and r.stdout == "" and "no runs under" in r.stderr
    r = invoke(["runs", tmp_path / "missing"])
    assert r.exit_code == 3 and r.stderr.strip().splitlines() == [
        f"rnncli: error: no such directory: {tmp_path / 'missing'} (give the directory your runs are in; "
        "the default is ./runs)"
    ]
