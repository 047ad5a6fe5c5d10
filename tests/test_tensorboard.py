"""--tensorboard: event files whose scalars are metrics.jsonl's numbers, read back with TensorBoard's own reader.

These tests need the tensorboard extra, which the test command (README.md, .ci/run) installs.
"""

from __future__ import annotations

import json
import sys

import pytest

from conftest import MT_TINY, TINY, assert_clean_error, invoke


def _events(run_dir):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(str(run_dir), size_guidance={"scalars": 0, "tensors": 0})
    acc.Reload()
    return acc


def _check_against_metrics(run_dir, expected_keys):
    records = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    assert records
    acc = _events(run_dir)
    wanted = {
        k
        for r in records
        for k, v in r.items()
        if k != "step" and isinstance(v, (int, float)) and not isinstance(v, bool)
    }
    assert expected_keys <= wanted
    assert set(acc.Tags()["scalars"]) == wanted
    for key in wanted:
        logged = {e.step: e.value for e in acc.Scalars(key)}
        expected = {r["step"]: r[key] for r in records if key in r and not isinstance(r[key], bool)}
        assert logged.keys() == expected.keys(), key
        for step, value in expected.items():
            assert logged[step] == pytest.approx(value, rel=1e-6, abs=1e-30), (key, step)
    text = acc.Tensors("settings/text_summary")[0].tensor_proto.string_val[0].decode()
    return text


def test_train_lm_tensorboard_scalars_equal_metrics(tmp_path, corpus_file):
    run = tmp_path / "run"
    r = invoke(["train-lm", corpus_file, "--out", run, "--max-steps", "30", *TINY, "--tensorboard"])
    assert r.exit_code == 0, r.stderr
    assert list(run.glob("events.out.tfevents.*"))
    text = _check_against_metrics(run, {"train_loss", "val_loss", "val_bpc", "lr", "tokens_per_s"})
    assert "| hidden | `32` |" in text and "| max_steps | `30` |" in text


def test_train_mt_tensorboard_scalars_equal_metrics(tmp_path, parallel_dir):
    d, run = parallel_dir, tmp_path / "mt"
    r = invoke(
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
            run,
            "--max-steps",
            "20",
            *MT_TINY,
            "--eval-every",
            "10",
            "--tensorboard",
        ]
    )
    assert r.exit_code == 0, r.stderr
    text = _check_against_metrics(run, {"train_loss", "val_loss", "bleu", "lr", "tokens_per_s", "teacher_forcing"})
    assert '| attention | `"dot"` |' in text


def test_tensorboard_without_the_package_is_one_clear_error(tmp_path, corpus_file, monkeypatch):
    loaded = [m for m in sys.modules if m == "tensorboard" or m.startswith(("tensorboard.", "torch.utils.tensorboard"))]
    for name in loaded:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "tensorboard", None)  # `import tensorboard` now fails as if not installed
    run = tmp_path / "run"
    r = invoke(["train-lm", corpus_file, "--out", run, "--max-steps", "10", *TINY, "--tensorboard"])
    assert_clean_error(
        r, 2, "--tensorboard needs the tensorboard package, which is not installed (pip install 'rnncli[tensorboard]')"
    )
    assert not run.exists()  # nothing started
