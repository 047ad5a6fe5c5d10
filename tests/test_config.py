"""Settings files: every training run writes config.toml; --config FILE.toml reads options from one."""

from __future__ import annotations

import pytest
import tomllib

from conftest import MT_TINY, TINY, assert_clean_error, invoke
from rnncli import checkpoint


def test_a_run_writes_its_settings_and_config_repeats_them(tmp_path, corpus_file):
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "a", "--max-steps", "3", "--time-budget", "5", *TINY])
    assert r.exit_code == 0, r.stderr
    written = tomllib.loads((tmp_path / "a" / "config.toml").read_text())
    assert written["corpus"] == [str(corpus_file.absolute())]  # absolute: usable from anywhere
    assert written["hidden"] == 32 and written["max_steps"] == 3 and written["time_budget"] == 5.0  # minutes
    assert written["optimizer"] == "adam" and written["precision"] == "auto"
    assert "out" not in written and "resume" not in written
    # The file alone repeats the run (from another directory): same settings, same weights.
    r = invoke(["train-lm", "--config", tmp_path / "a" / "config.toml", "--out", tmp_path / "b"], cwd=tmp_path)
    assert r.exit_code == 0, r.stderr
    assert tomllib.loads((tmp_path / "b" / "config.toml").read_text()) == written
    a, b = checkpoint.load(tmp_path / "a" / "last.ckpt"), checkpoint.load(tmp_path / "b" / "last.ckpt")
    assert all((a["model"][k] == b["model"][k]).all() for k in a["model"])


def test_options_on_the_command_line_win_over_the_file(tmp_path, corpus_file):
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        "hidden = 24\nembed = 8\nlayers = 1\nseq_len = 16\nbatch_size = 4\nmax_steps = 4\n"
        'eval_every = 2\nlr_schedule = "constant"\n'
    )
    r = invoke(["train-lm", corpus_file, "--config", cfg, "--max-steps", "2", "--out", tmp_path / "run"])
    assert r.exit_code == 0, r.stderr
    ck = checkpoint.load(tmp_path / "run" / "last.ckpt")
    assert ck["model_config"]["hidden"] == 24 and ck["train"]["step"] == 2
    assert ck["train"]["options"]["lr_schedule"] == "constant"


def test_bad_settings_files_are_one_error_line(tmp_path, corpus_file):
    cfg = tmp_path / "c.toml"
    cfg.write_text("hidden = 24\nhiden = 3\n")
    r = invoke(["train-lm", corpus_file, "--config", cfg, "--out", tmp_path / "run"])
    assert_clean_error(r, 2, "unknown setting 'hiden'")
    assert not (tmp_path / "run").exists()
    cfg.write_text("hidden = \n")
    assert_clean_error(invoke(["train-lm", corpus_file, "--config", cfg]), 3, "is not valid TOML")
    cfg.write_text('hidden = "many"\n')
    r = invoke(["train-lm", corpus_file, "--config", cfg, "--out", tmp_path / "run"])
    assert_clean_error(r, 2, "Invalid value for '--hidden'")
    assert_clean_error(invoke(["train-lm", corpus_file, "--config", tmp_path / "missing.toml"]), 3, "missing.toml")


def test_train_mt_writes_and_reads_settings_too(tmp_path, parallel_dir):
    d = parallel_dir
    data = ["--src", d / "train.src", "--tgt", d / "train.tgt", "--dev-src", d / "dev.src", "--dev-tgt", d / "dev.tgt"]
    r = invoke(["train-mt", *data, "--out", tmp_path / "a", "--max-steps", "2", *MT_TINY])
    assert r.exit_code == 0, r.stderr
    written = tomllib.loads((tmp_path / "a" / "config.toml").read_text())
    assert written["src"] == str((d / "train.src").absolute()) and written["hidden"] == 48
    cfg = tmp_path / "c.toml"
    cfg.write_text('hidden = 16\nembed = 8\nmax_steps = 1\ncell = "gru"\nvocab_size = 300\n')
    r = invoke(["train-mt", *data, "--config", cfg, "--out", tmp_path / "b"])
    assert r.exit_code == 0, r.stderr
    ck = checkpoint.load(tmp_path / "b" / "last.ckpt")
    assert ck["model_config"]["cell"] == "gru" and ck["model_config"]["hidden"] == 16 and ck["train"]["step"] == 1


def test_train_mt_config_file_alone_repeats_a_run_with_identical_weights(tmp_path, parallel_dir):
    d = parallel_dir
    data = ["--src", d / "train.src", "--tgt", d / "train.tgt", "--dev-src", d / "dev.src", "--dev-tgt", d / "dev.tgt"]
    r = invoke(["train-mt", *data, "--out", tmp_path / "a", "--max-steps", "3", *MT_TINY])
    assert r.exit_code == 0, r.stderr
    written = tomllib.loads((tmp_path / "a" / "config.toml").read_text())
    r = invoke(["train-mt", "--config", tmp_path / "a" / "config.toml", "--out", tmp_path / "b"], cwd=tmp_path)
    assert r.exit_code == 0, r.stderr
    assert tomllib.loads((tmp_path / "b" / "config.toml").read_text()) == written
    a, b = checkpoint.load(tmp_path / "a" / "last.ckpt"), checkpoint.load(tmp_path / "b" / "last.ckpt")
    assert a["train"]["step"] == b["train"]["step"] == 3
    assert all((a["model"][k] == b["model"][k]).all() for k in a["model"])


def test_choices_and_ranges_are_checked_by_typer_from_the_command_line_and_a_settings_file(tmp_path, corpus_file):
    from typer.testing import CliRunner

    from rnncli.cli import app

    help_text = CliRunner().invoke(app, ["train-mt", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}).stdout
    assert "lstm|gru|rnn" in help_text and "none|dot|general|concat" in help_text and "x>=1" in help_text
    r = invoke(["train-lm", corpus_file, "--optimizer", "lion", "--out", tmp_path / "a"])
    assert_clean_error(r, 2, "Invalid value for '--optimizer'", "'lion' is not one of 'adam', 'adamw', 'sgd'")
    r = invoke(["train-lm", corpus_file, "--hidden", "0", "--out", tmp_path / "a"])
    assert_clean_error(r, 2, "Invalid value for '--hidden'")
    cfg = tmp_path / "c.toml"
    cfg.write_text('cell = "transformer"\n')
    assert_clean_error(invoke(["train-lm", corpus_file, "--config", cfg]), 2, "Invalid value for '--cell'")
    assert not (tmp_path / "a").exists()


def test_the_python_api_checks_the_same_choices_and_ranges():
    from rnncli.errors import UsageError
    from rnncli.settings import TrainLMOptions, TrainMTOptions

    for opts, message in (
        (TrainLMOptions(cell="transformer"), "unknown --cell 'transformer'; choose one of lstm, gru, rnn"),
        (TrainLMOptions(hidden=0), "--hidden must be at least 1 (got 0)"),
        (TrainMTOptions(attention="bahdanau"), "unknown --attention 'bahdanau'"),
        (TrainMTOptions(kind="char"), "unknown --kind 'char'; choose one of bpe, unigram"),
        (TrainMTOptions(batch_tokens=0), "--batch-tokens must be at least 1"),
    ):
        with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
            opts.validate()
