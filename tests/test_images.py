"""The size images are read at (train-caption, train-vqa, caption, answer): --image-size auto fitted to
the training images with their aspect kept, a grid the CNN's added stages keep bounded, one warning
line when the images are shrunk a lot, the trained size used to caption, and old square checkpoints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import assert_clean_error, invoke
from rnncli import checkpoint
from rnncli.images import MAX_GRID
from rnncli.settings import saved_options

OLD = Path(__file__).parent / "fixtures" / "81ee6d3"
TINY = ["--kind", "char", "--hidden", "16", "--embed", "8", "--channels", "8", "--max-steps", "2"]
TINY += ["--eval-every", "2", "--precision", "fp32"]


def _images(d: Path, width: int, height: int, n: int = 6) -> Path:
    """``n`` images of ``width`` x ``height`` with a bar at a different place in each, and their captions."""
    from PIL import Image, ImageDraw

    (d / "img").mkdir(parents=True, exist_ok=True)
    lines = []
    for k in range(n):
        img = Image.new("RGB", (width, height), (255, 255, 255))
        x = k * width // n
        ImageDraw.Draw(img).rectangle((x, 0, x + width // (2 * n), height - 1), fill=(20, 20, 20))
        img.save(d / "img" / f"{k}.png")
        lines.append(f"img/{k}.png\tbar {k}")
    (d / "caps.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d / "caps.tsv"


def _train(tsv: Path, out: Path, *extra) -> object:
    return invoke(["train-caption", tsv, "--dev", tsv, "--out", out, *TINY, *map(str, extra)])


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "warning" in line]


@pytest.fixture(scope="module")
def word_run(tmp_path_factory):
    """A captioner trained at --image-size auto on 100 x 30 images (wide ones, like a line of text)."""
    d = tmp_path_factory.mktemp("wide")
    tsv = _images(d, 100, 30)
    r = _train(tsv, d / "run")
    assert r.exit_code == 0, r.stderr
    return d, r


def test_auto_fits_the_images_keeping_their_aspect_and_a_bounded_grid(word_run):
    d, r = word_run
    saved = checkpoint.load(d / "run" / "best.ckpt")
    config = saved["model_config"]
    # 30 x 100 rounded to the CNN's total stride, 8 (4, and one added stage: 7 x 25 = 175 positions > 144)
    assert list(config["image_size"]) == [32, 96] and list(config["grid"]) == [4, 12]
    assert saved_options(saved["train"])["image_size"] == "32x96"  # the run's settings keep the fitted size
    assert 'image_size = "32x96"' in (d / "run" / "config.toml").read_text()
    assert "--image-size auto: 32x96 (height x width; median image 30x100)" in r.stderr
    assert "(4x12 grid)" in r.stderr and not _warnings(r.stderr)


def test_big_images_get_a_smaller_size_a_grid_within_bounds_and_one_warning(tmp_path):
    tsv = _images(tmp_path, 600, 400)
    r = _train(tsv, tmp_path / "run")
    assert r.exit_code == 0, r.stderr
    config = checkpoint.load(tmp_path / "run" / "best.ckpt")["model_config"]
    h, w = config["image_size"]
    rows, cols = config["grid"]
    assert h * w <= 128 * 128 * 1.1 and abs(w / h - 1.5) < 0.2, (h, w)  # the pixel budget, the aspect kept
    assert h % 16 == 0 and w % 16 == 0 and rows * cols <= MAX_GRID and (rows, cols) == (h // 16, w // 16)
    warnings = _warnings(r.stderr)
    assert len(warnings) == 1 and "--image-size" in warnings[0] and "median image 400x600" in warnings[0]


def test_a_small_square_size_warns_that_it_shrinks_the_images(tmp_path):
    tsv = _images(tmp_path, 100, 30)
    r = _train(tsv, tmp_path / "run", "--image-size", "16")
    assert r.exit_code == 0, r.stderr
    warnings = _warnings(r.stderr)
    assert len(warnings) == 1 and warnings[0].startswith("rnncli: warning: images are shrunk 6.2x to 16x16")
    assert "--image-size" in warnings[0]
    config = checkpoint.load(tmp_path / "run" / "best.ckpt")["model_config"]
    assert list(config["image_size"]) == [16, 16] and list(config["grid"]) == [4, 4]


def test_an_explicit_height_by_width_is_used_as_given(tmp_path):
    tsv = _images(tmp_path, 100, 30)
    r = _train(tsv, tmp_path / "run", "--image-size", "24x64")
    assert r.exit_code == 0, r.stderr
    config = checkpoint.load(tmp_path / "run" / "best.ckpt")["model_config"]
    assert list(config["image_size"]) == [24, 64] and list(config["grid"]) == [6, 16]
    assert "auto" not in r.stderr and not _warnings(r.stderr)


@pytest.mark.parametrize("value", ["10x40", "big", "40x", "0"])
def test_a_bad_image_size_is_one_line(tmp_path, value):
    tsv = _images(tmp_path, 100, 30, n=2)
    assert_clean_error(_train(tsv, tmp_path / "run", "--image-size", value), 2, "--image-size")
    assert not (tmp_path / "run").exists()


def test_caption_reads_images_at_the_trained_size(word_run, tmp_path):
    from rnncli.caption.use import load_captioner, read_images

    d, _ = word_run
    images = [d / "img" / "0.png", d / "img" / "3.png"]
    cap = load_captioner(str(d / "run" / "best.ckpt"), "cpu")
    assert tuple(read_images(cap, [str(p) for p in images]).shape) == (2, 3, 32, 96)
    r = invoke(["caption", d / "run" / "best.ckpt", "--greedy", "--show-attention", tmp_path / "att", *images])
    assert r.exit_code == 0, r.stderr
    from PIL import Image

    with Image.open(tmp_path / "att" / "0.png") as strip:
        # panels keep the 32 x 96 image's aspect: 128 wide, 43 high, and 24 pixels of label under them
        assert strip.height == 43 + 24 and (strip.width + 4) % (128 + 4) == 0


def test_resuming_a_fitted_run_keeps_its_size(word_run, tmp_path):
    import shutil

    d, _ = word_run
    shutil.copytree(d / "run", tmp_path / "run")
    r = invoke(["train-caption", "--resume", tmp_path / "run" / "last.ckpt", "--max-steps", "4"])
    assert r.exit_code == 0, r.stderr
    assert "reading 12 images at 32x96 pixels" in r.stderr and "auto" not in r.stderr
    r = invoke(["train-caption", "--resume", tmp_path / "run" / "last.ckpt", "--image-size", "48x48"])
    assert_clean_error(r, 2, "--image-size 48x48 contradicts the run being resumed (--image-size 32x96)")


# -- checkpoints from before --image-size HxW (tests/fixtures/81ee6d3) -------------------------------------


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.parametrize(
    "name,args", [("caption-greedy.jsonl", ["--greedy"]), ("caption-beam3.jsonl", ["--beam", "3", "--n-best", "2"])]
)
def test_an_old_square_captioner_captions_the_same(name, args):
    images = (OLD / "caption-images.txt").read_text().split()
    r = invoke(["caption", "caption.ckpt", *args, "--json", *images], cwd=OLD)
    assert r.exit_code == 0, r.stderr
    got, want = _jsonl(r.stdout), _jsonl((OLD / name).read_text())
    assert len(got) == len(want) == 4
    for g, w in zip(got, want):
        assert [h["caption"] for h in g["n_best"]] == [h["caption"] for h in w["n_best"]]
        for gh, wh in zip(g["n_best"], w["n_best"]):
            assert gh["logprob"] == pytest.approx(wh["logprob"], rel=1e-5)
            assert gh["score"] == pytest.approx(wh["score"], rel=1e-5)


def test_an_old_square_captioner_keeps_its_grid(tmp_path):
    from rnncli.caption.use import load_captioner

    cap = load_captioner(str(OLD / "caption.ckpt"), "cpu")
    assert cap.model.grid_shape == (16, 16) and cap.model.where is None  # 64 / 4: no stage added, no positions
    images = [str(OLD / p) for p in (OLD / "caption-images.txt").read_text().split()[:1]]
    r = invoke(["caption", OLD / "caption.ckpt", "--greedy", "--show-attention", tmp_path / "att", *images])
    assert r.exit_code == 0, r.stderr
    assert len(list((tmp_path / "att").glob("*.png"))) == 1


def test_an_old_square_question_answerer_answers_the_same():
    r = invoke(["answer", "vqa.ckpt", "--file", "vqa-questions.tsv", "--json", "--top", "3"], cwd=OLD)
    assert r.exit_code == 0, r.stderr
    got, want = _jsonl(r.stdout), _jsonl((OLD / "vqa-top3.jsonl").read_text())
    assert len(got) == len(want) == 3
    for g, w in zip(got, want):
        assert [a["answer"] for a in g["top"]] == [a["answer"] for a in w["top"]]
        assert [a["probability"] for a in g["top"]] == pytest.approx([a["probability"] for a in w["top"]], rel=1e-5)


def test_train_vqa_fits_the_size_and_answer_reads_at_it(tmp_path):
    from rnncli.vqa.data import read_questions
    from rnncli.vqa.use import answer_questions, load_vqa

    _images(tmp_path, 100, 30)
    lines = [f"img/{k}.png\twhere is the bar?\t{'left' if k < 3 else 'right'}" for k in range(6)]
    (tmp_path / "vqa.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["train-vqa", tmp_path / "vqa.tsv", "--dev", tmp_path / "vqa.tsv", "--out", tmp_path / "run"]
    r = invoke([*args, *TINY, "--image-size", "auto"])
    assert r.exit_code == 0, r.stderr
    config = checkpoint.load(tmp_path / "run" / "best.ckpt")["model_config"]
    assert list(config["image_size"]) == [32, 96] and list(config["grid"]) == [4, 12]
    vqa = load_vqa(str(tmp_path / "run" / "best.ckpt"), "cpu")
    images, answered = answer_questions(vqa, read_questions(str(tmp_path / "vqa.tsv")))
    assert tuple(images.shape) == (6, 3, 32, 96) and len(answered) == 6
    r = invoke(["answer", tmp_path / "run" / "best.ckpt", "--file", tmp_path / "vqa.tsv"])
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 6, r.stderr
