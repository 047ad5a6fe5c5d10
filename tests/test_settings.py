"""The training commands' settings are defined once (rnncli/settings.py) and every command reads them the
same way: one definition per setting, one help text, default and choice list per shared option, every
setting reachable as a flag and a --config key, and one resume policy that never ignores an option."""

from __future__ import annotations

import ast
import dataclasses
import re
import shutil
import typing
from pathlib import Path

import pytest

from conftest import assert_clean_error, invoke
from rnncli import checkpoint, settings
from rnncli.settings import CHANGE, DATA, FIXED, TRAINING_OPTIONS, WHERE

# Fields of a settings class that are no command-line option (none today): a documented, short list.
INTERNAL: set[str] = set()
EXTRAS = {"log_every", "tensorboard", "json_out", "config", "help"}  # options of every command, not settings


def _command(cls):
    import typer.main

    from rnncli.cli import app

    return typer.main.get_command(app).commands[cls.command]


def _params(cls) -> dict:
    return {p.name: p for p in _command(cls).params}


def test_each_setting_is_defined_in_one_class_only():
    """A shared setting lives in the base or a mixin; a task class adds only its own, and sets another
    default for a shared one through task_options (which refuses a name it does not inherit)."""
    tree = ast.parse(Path(settings.__file__).read_text(encoding="utf-8"))
    where: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    if "ClassVar" not in ast.unparse(item.annotation):
                        where.setdefault(item.target.id, []).append(node.name)
    twice = {name: classes for name, classes in where.items() if len(classes) > 1}
    assert not twice, f"settings defined in more than one class: {twice}"
    for cls in TRAINING_OPTIONS:
        own = set(cls.__dict__.get("__annotations__", {})) - set(cls.defaults)
        for other in TRAINING_OPTIONS:
            if other is not cls:
                assert not own & {f.name for f in dataclasses.fields(other)} - set(cls.defaults), (cls, other)
    with pytest.raises(TypeError, match="not a setting it inherits"):

        @settings.task_options("train-x", "x", 10, no_such_setting=1)
        class Broken(settings.TrainOptions):
            pass


def _choices(param) -> tuple:
    return settings._choices(param.type_descriptor.annotation)


@pytest.mark.parametrize("a,b", [(a, b) for i, a in enumerate(TRAINING_OPTIONS) for b in TRAINING_OPTIONS[i + 1 :]])
def test_a_shared_option_reads_the_same_in_every_command(a, b):
    pa, pb = _params(a), _params(b)
    shared = set(pa) & set(pb)
    assert {"lr", "hidden", "time_budget", "resume", "precision", "cell"} <= shared
    for name in shared:
        x, y = pa[name], pb[name]
        assert x.help == y.help, name
        assert _choices(x) == _choices(y), name
        assert tuple(x.opts) == tuple(y.opts) and (x.min, x.max) == (y.min, y.max), name
        if name not in a.defaults and name not in b.defaults and name != "max_steps":
            assert x.default == y.default, f"--{name}: {x.default!r} in {a.command}, {y.default!r} in {b.command}"
        for cls, p in ((a, pa[name]), (b, pb[name])):
            if name in cls.defaults:  # the task's own default, written once in its task_options line
                assert p.default == cls.defaults[name], (cls.command, name)


@pytest.mark.parametrize("cls", TRAINING_OPTIONS, ids=lambda c: c.command)
def test_every_setting_is_a_flag_and_a_config_key(cls, tmp_path):
    params = _params(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    assert names - set(params) <= INTERNAL, f"settings without a flag: {sorted(names - set(params))}"
    assert set(params) - names <= EXTRAS, f"options that are no setting: {sorted(set(params) - names - EXTRAS)}"
    # Every setting is a key --config accepts: a file with all of them (bad values for some) gets past the
    # key check, where an unknown key is refused by name.
    keys = sorted(names - {"out", "resume"} - INTERNAL)
    (tmp_path / "all.toml").write_text("".join(f'{k} = "x"\n' for k in keys), encoding="utf-8")
    r = invoke([cls.command, "--config", tmp_path / "all.toml"])
    assert "unknown setting" not in r.stderr, r.stderr
    (tmp_path / "bad.toml").write_text("no_such_setting = 1\n", encoding="utf-8")
    assert_clean_error(invoke([cls.command, "--config", tmp_path / "bad.toml"]), 2, "unknown setting 'no_such_setting'")


@pytest.mark.parametrize("cls", TRAINING_OPTIONS, ids=lambda c: c.command)
def test_the_schedule_help_names_only_options_the_command_has(cls):
    params = _params(cls)
    flags = {o for p in params.values() for o in p.opts}
    for name in ("lr_schedule", "lr_decay", "lr_patience", "anneal", "warmup", "lr_floor"):
        named = set(re.findall(r"--[a-z][a-z-]+", params[name].help))
        assert named <= flags, f"{cls.command} --{name} names {sorted(named - flags)}"


@pytest.mark.parametrize("cls", TRAINING_OPTIONS, ids=lambda c: c.command)
def test_every_setting_has_a_resume_policy(cls):
    for f in dataclasses.fields(cls):
        assert f.metadata.get("resume") in (CHANGE, FIXED, DATA, WHERE), f.name
        if f.metadata.get("model"):
            assert f.metadata["resume"] == FIXED, f"{f.name} builds the model: it cannot change on resume"


# -- one resume policy, table-driven over every command and every setting --------------------------------


def _new_values(cls, saved: dict, name: str, tmp: Path) -> list:
    """Values other than the run's own for a setting, the most plausible first."""
    hints = typing.get_type_hints(cls)
    t, f = hints[name], next(f for f in dataclasses.fields(cls) if f.name == name)
    old = saved[name]
    choices = settings._choices(t)
    if choices:
        return [c for c in choices if c != old]
    if f.metadata.get("path"):
        p = tmp / f"other-{name}.txt"
        p.write_text("a b c\n", encoding="utf-8")
        return [str(p)]
    if name == "device":
        return ["cpu"]
    if name == "image_size":  # auto, N or HxW: a run keeps the size it was trained at
        return ["24x40", "auto"]
    args = [a for a in typing.get_args(t) if a is not type(None)] or [t]
    if bool in args:
        return [not old]
    if int in args:
        return [2 if old is None else old + 1, 1 if old is None else old - 1]
    return [0.5 if old is None else old / 2 + 0.0625]


def _valid(cls, saved: dict, name: str, value) -> bool:
    opts = cls(**{k: v for k, v in saved.items() if k in {f.name for f in dataclasses.fields(cls)}})
    setattr(opts, name, value)
    opts.resume = None
    try:
        opts.validate()
    except Exception:
        return False
    return True


def _arg(name: str, value) -> list[str]:
    flag = "--" + name.replace("_", "-")
    if isinstance(value, bool):
        return [flag if value else "--no-" + name.replace("_", "-")] if name != "detect_anomaly" else [flag]
    return [flag, str(value)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory, lm_ckpt, mt_ckpt, clf_ckpt_tiny, caption_ckpt_tiny, vqa_ckpt_tiny):
    """A copy of each command's tiny run, to resume."""
    out = {}
    tiny = (lm_ckpt, mt_ckpt, clf_ckpt_tiny, caption_ckpt_tiny, vqa_ckpt_tiny)
    assert len(tiny) == len(TRAINING_OPTIONS)
    for cls, ckpt in zip(TRAINING_OPTIONS, tiny):
        d = tmp_path_factory.mktemp(cls.kind_name) / "run"
        shutil.copytree(ckpt.parent, d)
        out[cls.command] = d
    return out


def _saved(run: Path) -> dict:
    return settings.saved_options(checkpoint.load(run / "last.ckpt")["train"])


def _snapshot(run: Path) -> dict:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in run.iterdir()}


@pytest.mark.parametrize("cls", TRAINING_OPTIONS, ids=lambda c: c.command)
def test_a_fixed_setting_given_on_resume_is_one_error_line_naming_the_saved_value(cls, runs, tmp_path):
    run = runs[cls.command]
    saved, before = _saved(run), _snapshot(run)
    fixed = [f.name for f in dataclasses.fields(cls) if f.metadata["resume"] == FIXED]
    assert {"hidden", "cell", "seed", "batch_size", "optimizer", "dropout"} <= set(fixed)
    for name in fixed:
        candidates = _new_values(cls, saved, name, tmp_path)
        value = next((v for v in candidates if _valid(cls, saved, name, v)), None)
        flag = "--" + name.replace("_", "-")
        if value is None:  # no other value goes with the run's other settings (--cnn-weights with the small CNN)
            assert_clean_error(invoke([cls.command, "--resume", run / "last.ckpt", *_arg(name, candidates[0])]), 2)
            continue
        r = invoke([cls.command, "--resume", run / "last.ckpt", *_arg(name, value)])
        assert_clean_error(r, 2, f"{flag} ", "contradicts the run being resumed", f"({flag} ")
        assert _snapshot(run) == before, f"{name}: the run directory changed"


@pytest.mark.parametrize("cls", TRAINING_OPTIONS, ids=lambda c: c.command)
def test_every_changeable_setting_given_on_resume_takes_effect_and_is_reported(cls, runs, tmp_path):
    run = runs[cls.command]
    saved = _saved(run)
    changeable = [f.name for f in dataclasses.fields(cls) if f.metadata["resume"] == CHANGE]
    assert {"lr", "clip", "max_steps", "time_budget", "eval_every", "patience", "precision"} <= set(changeable)
    new = {}
    for name in changeable:
        value = _new_values(cls, saved, name, tmp_path)[0]
        if name == "max_steps":
            value = saved["max_steps"] + 2 if saved["max_steps"] else 5  # a short run
        if name == "precision":
            value = "fp32"
        if name in ("time_budget", "epochs"):
            value = 60.0 if name == "time_budget" else 1000.0  # later than the steps
        if name == "cache_dir":
            value = str(tmp_path / "cache")
        if name == "max_pixels":
            value = 10**8  # above every test image
        new[name] = value
    args = [a for name, value in new.items() for a in _arg(name, value)]
    r = invoke([cls.command, "--resume", run / "last.ckpt", *args])
    assert r.exit_code == 0, r.stderr
    line = next(x for x in r.stderr.splitlines() if "changed on resume:" in x)
    after = _saved(run)
    for name, value in new.items():
        assert f"--{name.replace('_', '-')} " in line, f"{name} not reported: {line}"
        assert after[name] == value, f"{name}: {after[name]!r}, given {value!r}"
    for name in set(saved) - set(new):  # the rest is the run's own
        f = next((f for f in dataclasses.fields(cls) if f.name == name), None)
        if f is not None and f.metadata["resume"] != WHERE:
            assert after[name] == saved[name], name


def test_the_same_value_as_the_run_is_no_contradiction_and_files_may_be_given_again(runs, corpus_file):
    run = runs["train-lm"]
    saved = _saved(run)
    r = invoke(["train-lm", corpus_file, "--resume", run / "last.ckpt", "--hidden", saved["hidden"]])
    assert r.exit_code == 0, r.stderr
    assert "changed on resume" not in r.stderr


def test_saved_options_from_before_minutes_are_read_in_minutes():
    old = {"options": {"time_budget": 120.0, "lr": 0.1}}  # a checkpoint written before options_version 2
    assert settings.saved_options(old) == {"time_budget": 2.0, "lr": 0.1}
    assert settings.saved_options({**old, "options_version": 2})["time_budget"] == 120.0
