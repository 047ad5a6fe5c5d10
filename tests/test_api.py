"""The Python API (rnncli.load, rnncli.train_*): for every kind of model, the same results as the command
with the same options and seed, and the same errors with the same messages and exit codes."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

import rnncli
from conftest import TINY, invoke, train_mt_run, write_png


def _ok(args, input=None) -> str:
    r = invoke(args, input=input)
    assert r.exit_code == 0, r.stderr
    return r.stdout


@pytest.fixture(scope="module")
def small_mt(parallel_dir, tmp_path_factory):
    return train_mt_run(parallel_dir, tmp_path_factory.mktemp("api-mt") / "run", steps=40)


def test_the_package_exports_what_it_documents():
    assert set(rnncli.__all__) >= {"load", "train_lm", "train_mt", "train_clf", "train_caption", "train_vqa", "Error"}
    for name in rnncli.__all__:
        assert getattr(rnncli, name) is not None, name
    assert issubclass(rnncli.CheckpointError, rnncli.Error) and rnncli.CheckpointError.exit_code == 4
    with pytest.raises(AttributeError):
        rnncli.no_such_name  # noqa: B018


# -- language models -----------------------------------------------------------------------------------------


def test_lm_sample_is_the_commands_sample(lm_ckpt):
    lm = rnncli.load(lm_ckpt)
    assert isinstance(lm, rnncli.LanguageModel) and lm.path == lm_ckpt
    cli = _ok(["sample", lm_ckpt, "--seed", "7", "-n", "60", "--prime", "The ", "-t", "0.8", "--top-p", "0.9"])
    assert lm.sample("The ", 60, temperature=0.8, top_p=0.9, seed=7) + "\n" == cli
    streamed = lm.stream("The ", 60, temperature=0.8, top_p=0.9, seed=7)
    assert "".join(streamed) + "\n" == cli
    greedy = _ok(["sample", lm_ckpt, "--greedy", "-n", "30"])
    assert lm.sample(length=30, greedy=True) + "\n" == greedy


def test_lm_several_samples_and_a_drawn_seed(lm_ckpt):
    lm = rnncli.load(lm_ckpt)
    cli = [
        json.loads(x)["text"]
        for x in _ok(["sample", lm_ckpt, "--seed", "3", "-n", "20", "--num-samples", "3", "--json"]).splitlines()
    ]
    assert lm.sample(length=20, num_samples=3, seed=3) == cli
    first = lm.sample(length=20)
    assert lm.seed is not None and lm.sample(length=20, seed=lm.seed) == first


def test_lm_score_is_eval(lm_ckpt, corpus_file):
    lm = rnncli.load(lm_ckpt)
    cli = json.loads(_ok(["eval", lm_ckpt, corpus_file, "--json", "--seq-len", "64"]))
    got = asdict(lm.score(corpus_file.read_text(encoding="utf-8"), seq_len=64))
    assert {k: v for k, v in got.items() if k != "file"} == {k: v for k, v in cli.items() if k != "file"}


def test_lm_activations_are_the_commands(lm_ckpt):
    lm = rnncli.load(lm_ckpt)
    text = 'He said "the king" and (the queen).\n'
    acts = lm.activations(text)
    assert acts.signals["h"].shape == (1, len(acts.tokens), 32) and acts.text == text
    table = _ok(["activations", lm_ckpt, "--text", text, "--units", "3,c5"])
    assert repr(acts.show("3,c5")) == table
    default = _ok(["activations", lm_ckpt, "--text", text])
    assert repr(acts.show()) == default
    ranking = _ok(
        ["activations", lm_ckpt, "--text", text, "--find", "double-quotes", "--rank", "3", "--show-chars", "0"]
    )
    rows = [line.split() for line in ranking.splitlines()[2:]]
    assert [(int(r[1]), r[2], int(r[3])) for r in rows] == [
        (s.layer, s.signal, s.unit) for s in acts.find("double-quotes")[:3]
    ]
    assert list(acts.values("3")) == list(acts.signals["h"][0, :, 3])
    html = acts._repr_html_()
    assert "background:#" in html and "layer 1 h unit" in html


def test_lm_gradients_and_explorer_are_the_commands(lm_ckpt, corpus_file, tmp_path):
    lm = rnncli.load(lm_ckpt)
    text = corpus_file.read_text(encoding="utf-8")
    cli = json.loads(_ok(["gradients", lm_ckpt, corpus_file, "--max-distance", "8", "--positions", "4", "--json"]))
    flow = lm.gradients(text, max_distance=8, positions=4)
    assert [flow.as_dict()] == cli["checkpoints"]
    assert "ratio k=" in repr(flow) and flow._repr_png_().startswith(b"\x89PNG")
    short = text[:300]
    _ok(["activations", lm_ckpt, "--text", short, "--explorer", tmp_path / "explore.html"])
    page = lm.activations(short).explorer()
    assert page.html() == (tmp_path / "explore.html").read_text(encoding="utf-8")
    assert page._repr_html_().startswith("<iframe srcdoc=")


def test_a_run_directory_loads_its_best_checkpoint(lm_ckpt, tmp_path):
    assert rnncli.load(lm_ckpt.parent).path == lm_ckpt
    # the commands take a run directory too, resolved the same way
    assert _ok(["sample", lm_ckpt.parent, "--greedy", "-n", "20"]) == _ok(["sample", lm_ckpt, "--greedy", "-n", "20"])
    with pytest.raises(rnncli.InputError, match="no checkpoint in"):
        rnncli.load(tmp_path)


# -- translation ------------------------------------------------------------------------------------------------


def test_translate_is_the_commands(small_mt, parallel_dir):
    mt = rnncli.load(small_mt)
    assert isinstance(mt, rnncli.Translator)
    lines = (parallel_dir / "test.src").read_text(encoding="utf-8").splitlines()[:8]
    src = "\n".join(lines) + "\n"
    assert mt.translate(lines) == _ok(["translate", small_mt], input=src).splitlines()
    assert mt.translate(lines, greedy=True) == _ok(["translate", small_mt, "--greedy"], input=src).splitlines()
    assert mt.translate(lines[0], beam=2) == _ok(["translate", small_mt, "--beam", "2"], input=lines[0]).strip()
    rows = [json.loads(x) for x in _ok(["translate", small_mt, "--n-best", "2", "--json"], input=src).splitlines()]
    got = mt.translate(lines, n_best=2)
    assert got == [[(h["translation"], h["score"]) for h in r["n_best"]] for r in rows]


def test_attention_is_the_commands_grid(small_mt, parallel_dir):
    mt = rnncli.load(small_mt)
    line = (parallel_dir / "test.src").read_text(encoding="utf-8").splitlines()[0]
    r = invoke(["translate", small_mt, "--show-attention"], input=line + "\n")
    assert r.exit_code == 0, r.stderr
    amap = mt.attention(line)
    assert amap.translation == r.stdout.strip()
    assert repr(amap) in r.stderr
    assert amap.weights.shape == (len(amap.target_pieces), len(amap.source_pieces))
    assert '<table class="grid">' in amap._repr_html_()


# -- classification ------------------------------------------------------------------------------------------------


def test_classify_is_the_commands(clf_ckpt_tiny, tmp_path):
    clf = rnncli.load(clf_ckpt_tiny)
    assert isinstance(clf, rnncli.Classifier) and sorted(clf.labels) == ["ab", "xy"]
    texts = ["abba ab", "xyx yy", "ab xy", "yyy"]
    (tmp_path / "in.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")
    assert clf.classify(texts) == _ok(["classify", clf_ckpt_tiny, tmp_path / "in.txt"]).splitlines()
    rows = [
        json.loads(x)
        for x in _ok(["classify", clf_ckpt_tiny, tmp_path / "in.txt", "--top", "2", "--json"]).splitlines()
    ]
    assert clf.classify(texts, top=2) == [[(t["label"], t["probability"]) for t in r["top"]] for r in rows]
    assert clf.classify(texts[0]) == clf.classify(texts)[0]
    explained = [
        json.loads(x) for x in _ok(["classify", clf_ckpt_tiny, tmp_path / "in.txt", "--explain", "--json"]).splitlines()
    ]
    e = clf.explain(texts[2])
    assert e.label == explained[2]["label"] and e.tokens == [t["token"] for t in explained[2]["tokens"]]
    assert [float(w) for w in e.weights] == [t["weight"] for t in explained[2]["tokens"]]
    assert "background:#" in e._repr_html_()
    (tmp_path / "gold.tsv").write_text("ab\tabba ab\nxy\txyx yy\n", encoding="utf-8")
    assert clf.evaluate(tmp_path / "gold.tsv") == json.loads(
        _ok(["classify", clf_ckpt_tiny, tmp_path / "gold.tsv", "--eval", "--json"])
    )


def test_classifier_activations_are_the_commands(clf_ckpt_tiny):
    acts = rnncli.load(clf_ckpt_tiny).activations("abba xy")
    assert repr(acts.show("0,1")) == _ok(["activations", clf_ckpt_tiny, "--text", "abba xy", "--units", "0,1"])


# -- images ------------------------------------------------------------------------------------------------------


def test_caption_is_the_commands(caption_ckpt_tiny, tmp_path):
    from PIL import Image

    cap = rnncli.load(caption_ckpt_tiny)
    assert isinstance(cap, rnncli.Captioner)
    images = []
    for name, colour in (("a", (220, 30, 30)), ("b", (30, 30, 220))):
        write_png(tmp_path / f"{name}.png", colour=colour)
        images.append(str(tmp_path / f"{name}.png"))
    cli = [line.split("\t")[1] for line in _ok(["caption", caption_ckpt_tiny, *images]).splitlines()]
    assert cap.caption(images) == cli
    assert cap.caption(Image.open(images[1])) == cli[1]
    greedy = [line.split("\t")[1] for line in _ok(["caption", caption_ckpt_tiny, "--greedy", *images]).splitlines()]
    assert cap.caption(images, greedy=True) == greedy
    (tmp_path / "caps.tsv").write_text(f"{images[0]}\ta red square\n{images[1]}\ta blue square\n", encoding="utf-8")
    args = ["caption", caption_ckpt_tiny, tmp_path / "caps.tsv", "--eval", "--json", "--no-java-metrics", "--greedy"]
    assert cap.evaluate(tmp_path / "caps.tsv", java_metrics=False, greedy=True) == json.loads(_ok(args))
    pic = cap.attention(images[0])
    assert pic.png.startswith(b"\x89PNG") and "data:image/png;base64," in pic._repr_html_()


def test_answer_is_the_commands(vqa_ckpt_tiny, tmp_path):
    from PIL import Image

    vqa = rnncli.load(vqa_ckpt_tiny)
    assert isinstance(vqa, rnncli.QuestionAnswerer)
    write_png(tmp_path / "g.png", colour=(30, 200, 30))
    image = str(tmp_path / "g.png")
    assert vqa.answer(image, "what color is it?") == _ok(["answer", vqa_ckpt_tiny, image, "what color is it?"]).strip()
    rows = _ok(["answer", vqa_ckpt_tiny, image, "which colour?", "--top", "2"]).splitlines()
    assert [f"{a}\t{p:.4f}" for a, p in vqa.answer(image, "which colour?", top=2)] == rows
    chosen = _ok(["answer", vqa_ckpt_tiny, image, "which colour?", "--choices", "red|Blue"]).strip()
    assert vqa.answer(image, "which colour?", choices=["red", "Blue"]) == chosen
    assert vqa.answer(Image.open(image), "what color is it?") == vqa.answer(image, "what color is it?")
    (tmp_path / "qs.tsv").write_text("g.png\twhat color is it?\tgreen\ng.png\twhich colour?\tred\n", encoding="utf-8")
    cli = json.loads(_ok(["answer", vqa_ckpt_tiny, "--file", tmp_path / "qs.tsv", "--eval", "--json"]))
    assert vqa.evaluate(tmp_path / "qs.tsv") == cli and cli["questions"] == 2


# -- errors: the command's message and exit code ----------------------------------------------------------------


def _same_error(args, call):
    r = invoke(args)
    with pytest.raises(rnncli.Error) as e:
        call()
    assert r.exit_code == e.value.exit_code
    assert r.stderr.strip().splitlines()[-1] == "rnncli: error: " + " ".join(str(e.value).split())
    return e.value


def test_wrong_kind_and_corrupt_checkpoints_raise_the_commands_error(lm_ckpt, clf_ckpt_tiny, tmp_path):
    e = _same_error(["sample", clf_ckpt_tiny], lambda: rnncli.load(clf_ckpt_tiny, kind="lm"))
    assert isinstance(e, rnncli.CheckpointError) and "not a language model" in str(e)
    _same_error(["classify", lm_ckpt, "-"], lambda: rnncli.load(lm_ckpt, kind="clf"))
    cut = tmp_path / "cut.ckpt"
    cut.write_bytes(lm_ckpt.read_bytes()[:-100])
    assert "corrupt" in str(_same_error(["sample", cut], lambda: rnncli.load(cut)))
    junk = tmp_path / "junk.ckpt"
    junk.write_bytes(b"not a checkpoint at all\n")
    _same_error(["sample", junk], lambda: rnncli.load(junk))
    _same_error(["sample", tmp_path / "missing.ckpt"], lambda: rnncli.load(tmp_path / "missing.ckpt"))


def test_bad_options_raise_the_commands_error(lm_ckpt, small_mt):
    _same_error(["sample", lm_ckpt, "--top-p", "1.5"], lambda: rnncli.load(lm_ckpt).sample(top_p=1.5))
    _same_error(
        ["translate", small_mt, "--greedy", "--beam", "3"],
        lambda: rnncli.load(small_mt).translate("a", greedy=True, beam=3),
    )


# -- training ---------------------------------------------------------------------------------------------------------


def test_train_lm_is_train_lm_the_command(corpus_file, tmp_path):
    cli_dir = tmp_path / "cli"
    _ok(["train-lm", corpus_file, "--out", cli_dir, "--max-steps", "20", *TINY])
    settings = dict(hidden=32, embed=16, layers=1, seq_len=32, batch_size=8, eval_every=10)
    run = rnncli.train_lm(corpus=[corpus_file], out=tmp_path / "api", max_steps=20, **settings)
    assert isinstance(run, rnncli.Run) and run.directory == tmp_path / "api" and run.best.is_file()
    assert run.result.steps == 20
    strip = ("time", "tokens_per_s", "seconds")
    rows = [{k: v for k, v in r.items() if k not in strip} for r in run.metrics]
    cli_rows = [{k: v for k, v in r.items() if k not in strip} for r in rnncli.Run(cli_dir).metrics]
    assert rows == cli_rows and len(rows) >= 2
    cli_config = (cli_dir / "config.toml").read_text().replace(str(cli_dir), "OUT")
    assert (run.directory / "config.toml").read_text().replace(str(run.directory), "OUT") == cli_config
    assert run.load().sample(length=20, seed=1) == rnncli.load(cli_dir).sample(length=20, seed=1)
    assert "data:image/png;base64," in run._repr_html_()


def test_train_with_an_unknown_setting_is_a_usage_error():
    with pytest.raises(rnncli.UsageError, match="unknown setting 'hiden' for rnncli train-lm"):
        rnncli.train_lm(hiden=3)
