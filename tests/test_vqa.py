"""Visual question answering through the CLI: train-vqa and answer, on tiny generated sets in the three
forms (TSV, CLEVR, VQA v2), VQA v2's soft accuracy, and bad input."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from conftest import assert_clean_error, invoke
from rnncli import checkpoint

FIXTURE = Path(__file__).parent / "fixtures" / "vqa-default" / "best.ckpt"

COLOURS = {"red": (220, 30, 30), "green": (30, 170, 60), "blue": (40, 60, 220)}


def _draw(path, colour: str, left: bool, size: int = 32) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (size, size), (255, 255, 255))
    x0 = 2 if left else size // 2 + 2
    ImageDraw.Draw(img).rectangle((x0, 9, x0 + 11, 22), fill=COLOURS[colour])
    img.save(path)


def _scenes(d, n: int, seed: int, prefix: str, ext: str = "png") -> list[tuple[str, str, bool]]:
    """``n`` images of one coloured square on the left or the right: (file name, colour, left)."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        colour, left = rng.choice(list(COLOURS)), rng.random() < 0.5
        name = f"{prefix}{k:03d}.{ext}"
        _draw(d / name, colour, left)
        out.append((name, colour, left))
    return out


def _qa(colour: str, left: bool) -> list[tuple[str, str]]:
    return [("what color is the square?", colour), ("is the square on the left?", "yes" if left else "no")]


def _tsv(d, n: int, seed: int, prefix: str) -> list[str]:
    (d / "img").mkdir(exist_ok=True)
    scenes = _scenes(d / "img", n, seed, prefix)
    return [f"img/{name}\t{q}\t{a}" for name, colour, left in scenes for q, a in _qa(colour, left)]


@pytest.fixture(scope="module")
def vqa_data(tmp_path_factory):
    d = tmp_path_factory.mktemp("vqa")
    (d / "train.tsv").write_text("\n".join(_tsv(d, 60, 0, "t")) + "\n", encoding="utf-8")
    (d / "dev.tsv").write_text("\n".join(_tsv(d, 10, 1, "d")) + "\n", encoding="utf-8")
    return d


VQA_TINY = ["--hidden", "32", "--embed", "16", "--channels", "16", "--batch-size", "24", "--eval-every", "30"]
VQA_TINY += ["--image-size", "32", "--kind", "char", "--dropout", "0", "--lr", "0.005", "--precision", "fp32"]


def _train(data, out, *extra, steps=60, train="train.tsv"):
    args = ["train-vqa", data / train, "--out", out, "--max-steps", str(steps), *VQA_TINY]
    return invoke(args + [str(x) for x in extra])


@pytest.fixture(scope="module")
def vqa_ckpt(vqa_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("vqarun") / "run"
    r = _train(vqa_data, out, "--dev", vqa_data / "dev.tsv", "--json")
    assert r.exit_code == 0, r.stderr
    return out / "best.ckpt", json.loads(r.stdout), r.stderr


def test_train_vqa_learns_and_reports_per_question_type(vqa_ckpt):
    ckpt, result, log = vqa_ckpt
    assert checkpoint.peek_kind(ckpt) == "vqa"
    curve = result["curve"]
    assert len(curve) >= 2 and curve[-1]["val_loss"] < curve[0]["val_loss"]
    assert all(0 <= r["accuracy"] <= 1 for r in curve)
    assert set(result["by_type"]) == {"what color", "is the"}
    assert "5 answer classes" in log and "0 of 20 dev questions have an answer outside" in log
    r = invoke(["runs", ckpt.parent.parent, "--kind", "vqa"])
    assert r.exit_code == 0 and "small CNN" in r.stdout and "hops" in r.stdout, r.stdout + r.stderr


def _dev_images(data) -> list[str]:
    return sorted(str(p) for p in (data / "img").glob("d*.png"))


def test_answer_one_question_and_a_file_in_order(vqa_ckpt, vqa_data):
    ckpt = vqa_ckpt[0]
    r = invoke(["answer", ckpt, _dev_images(vqa_data)[0], "what color is the square?"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip() in {"red", "green", "blue", "yes", "no"}
    r = invoke(["answer", ckpt, "--file", vqa_data / "dev.tsv"])
    assert r.exit_code == 0, r.stderr
    rows = [x.split("\t") for x in r.stdout.splitlines()]
    lines = (vqa_data / "dev.tsv").read_text().splitlines()
    assert [x[:2] for x in rows] == [x.split("\t")[:2] for x in lines]
    # the answers do not depend on the batch: each question alone gets the same answer
    for (image, question, answer), line in list(zip(rows, lines))[:6]:
        alone = invoke(["answer", ckpt, vqa_data / image, question])
        assert alone.stdout.strip() == answer, (line, alone.stdout)


def test_answer_top_json_and_eval(vqa_ckpt, vqa_data):
    ckpt, image = vqa_ckpt[0], _dev_images(vqa_data)[0]
    r = invoke(["answer", ckpt, image, "what color is the square?", "--top", "3"])
    rows = [x.split("\t") for x in r.stdout.splitlines()]
    assert len(rows) == 3 and [float(p) for _, p in rows] == sorted((float(p) for _, p in rows), reverse=True)
    r = invoke(["answer", ckpt, "--file", vqa_data / "dev.tsv", "--json", "--top", "2"])
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(records) == 20 and all(x["answer"] == x["top"][0]["answer"] for x in records)
    r = invoke(["answer", ckpt, "--file", vqa_data / "dev.tsv", "--eval", "--json"])
    ev = json.loads(r.stdout)
    assert ev["questions"] == 20 and set(ev["by_type"]) == {"what color", "is the"}
    assert abs(ev["accuracy"] - vqa_ckpt[1]["best_accuracy"]) < 1e-9  # the training run's own dev score
    r = invoke(["answer", ckpt, "--file", vqa_data / "dev.tsv", "--eval"])
    assert r.stdout.startswith("accuracy ") and "what color" in r.stdout


def test_choices_pick_one_of_them(vqa_ckpt, vqa_data, tmp_path):
    ckpt, image = vqa_ckpt[0], _dev_images(vqa_data)[0]
    for choices in ("red|blue", "green|yes|no", "purple|blue"):
        r = invoke(["answer", ckpt, image, "what color is the square?", "--choices", choices])
        assert r.exit_code == 0 and r.stdout.strip() in choices.split("|"), r.stdout + r.stderr
    (tmp_path / "mc.tsv").write_text(f"{image}\twhat color is the square?\tred\tred|green\n", encoding="utf-8")
    r = invoke(["answer", ckpt, "--file", tmp_path / "mc.tsv"])
    assert r.exit_code == 0 and r.stdout.split("\t")[-1].strip() in ("red", "green"), r.stderr


def test_show_attention_writes_one_png_per_question(vqa_ckpt, vqa_data, tmp_path):
    from PIL import Image

    r = invoke(["answer", vqa_ckpt[0], "--file", vqa_data / "dev.tsv", "--show-attention", tmp_path / "att"])
    assert r.exit_code == 0, r.stderr
    pngs = sorted((tmp_path / "att").glob("*.png"))
    assert len(pngs) == 20 and pngs[0].name == "001-d000.png"
    with Image.open(pngs[0]) as im:
        assert im.width == 128 * 3 + 4 * 2  # the image and the two hops


def _clevr(d, split: str, n: int, seed: int) -> None:
    (d / "images" / split).mkdir(parents=True)
    (d / "questions").mkdir(exist_ok=True)
    rows = []
    for name, colour, left in _scenes(d / "images" / split, n, seed, f"CLEVR_{split}_"):
        for q, a in _qa(colour, left):
            rows.append({"image_filename": name, "question": q, "answer": a, "split": split, "image_index": 0})
    text = json.dumps({"info": {"split": split}, "questions": rows})
    (d / "questions" / f"CLEVR_{split}_questions.json").write_text(text, encoding="utf-8")


def test_clevr_questions_train_and_evaluate(tmp_path):
    _clevr(tmp_path, "train", 30, 0)
    _clevr(tmp_path, "val", 6, 1)
    q = tmp_path / "questions"
    r = _train(
        q, tmp_path / "run", "--dev", q / "CLEVR_val_questions.json", steps=3, train="CLEVR_train_questions.json"
    )
    assert r.exit_code == 0, r.stderr
    assert "30 training images with 60 questions, 6 dev images with 12" in r.stderr
    r = invoke(["answer", tmp_path / "run" / "best.ckpt", "--file", q / "CLEVR_val_questions.json", "--eval"])
    assert r.exit_code == 0 and r.stdout.startswith("accuracy ") and "(12 questions)" in r.stdout, r.stderr
    r = _train(q, tmp_path / "held", steps=2, train="CLEVR_train_questions.json")  # dev held out by image
    assert r.exit_code == 0 and "3 images held out" in r.stderr, r.stderr


def _vqa2(d, subtype: str, n: int, seed: int, first_id: int) -> None:
    """VQA v2's files: questions, annotations (ten people's answers each) and COCO-named JPEGs."""
    (d / "coco").mkdir(exist_ok=True)
    questions, annotations = [], []
    for k, (name, colour, left) in enumerate(_scenes(d / "coco", n, seed, "tmp", "jpg")):
        image_id = first_id + k
        (d / "coco" / name).rename(d / "coco" / f"COCO_{subtype}_{image_id:012d}.jpg")
        for j, (q, a) in enumerate(_qa(colour, left)):
            qid = image_id * 10 + j
            questions.append({"image_id": image_id, "question": q, "question_id": qid})
            people = [a] * 7 + ["blue" if a != "blue" else "red"] * 3
            annotations.append(
                {
                    "question_id": qid,
                    "image_id": image_id,
                    "multiple_choice_answer": a,
                    "answers": [{"answer": x, "answer_id": i + 1} for i, x in enumerate(people)],
                }
            )
    body = {"data_subtype": subtype, "questions": questions}
    (d / f"{subtype}_questions.json").write_text(json.dumps(body), encoding="utf-8")
    anns = {"data_subtype": subtype, "annotations": annotations}
    (d / f"{subtype}_annotations.json").write_text(json.dumps(anns), encoding="utf-8")


def test_vqa_v2_questions_train_and_evaluate_with_soft_accuracy(tmp_path):
    _vqa2(tmp_path, "train2014", 30, 0, 1)
    _vqa2(tmp_path, "val2014", 6, 1, 500)
    d = tmp_path
    extra = ["--annotations", d / "train2014_annotations.json", "--images", d / "coco"]
    extra += ["--dev", d / "val2014_questions.json", "--dev-annotations", d / "val2014_annotations.json"]
    r = _train(d, d / "run", *extra, steps=3, train="train2014_questions.json")
    assert r.exit_code == 0, r.stderr
    assert "30 training images with 60 questions" in r.stderr
    args = ["answer", d / "run" / "best.ckpt", "--file", d / "val2014_questions.json", "--images", d / "coco"]
    r = invoke([*args, "--annotations", d / "val2014_annotations.json", "--eval", "--json"])
    assert r.exit_code == 0, r.stderr
    # every answer scores 1 (seven people gave it), 1 ("blue"/"red": three people) or 0
    answers = invoke([*args, "--annotations", d / "val2014_annotations.json", "--json"]).stdout.splitlines()
    from rnncli.vqa.data import read_questions, score

    data = read_questions(str(d / "val2014_questions.json"), "q", str(d / "coco"), str(d / "val2014_annotations.json"))
    expected = [score(json.loads(a)["answer"], q) for a, q in zip(answers, data.items)]
    assert abs(json.loads(r.stdout)["accuracy"] - sum(expected) / len(expected)) < 1e-9


def test_soft_accuracy_by_hand():
    from rnncli.vqa.data import Question, score
    from rnncli.vqa.use import Answered, evaluation

    people = ["2"] * 2 + ["3"] * 5 + ["two"] * 3
    q = Question(0, "how many dogs are there?", "3", people)
    assert score("2", q) == pytest.approx(2 / 3)
    assert score("3", q) == 1.0  # five people: capped at 1
    assert score("two", q) == 1.0  # exactly three
    assert score("4", q) == 0.0
    assert score("3", Question(0, "what?", "3")) == 1.0 and score("2", Question(0, "what?", "3")) == 0.0
    items = [q, q, Question(0, "is it red?", "yes")]
    ev = evaluation(items, [Answered(a, 1.0, [], None) for a in ("2", "4", "yes")])
    assert ev["accuracy"] == pytest.approx((2 / 3 + 0 + 1) / 3)
    assert ev["by_type"] == {
        "how many": {"questions": 2, "accuracy": pytest.approx(1 / 3)},
        "is it": {"questions": 1, "accuracy": 1.0},
    }


@pytest.fixture()
def bad(tmp_path, vqa_data, vqa_ckpt, lm_ckpt):
    d = tmp_path
    from conftest import write_png

    write_png(d / "red.png")
    (d / "vqa.ckpt").write_bytes(vqa_ckpt[0].read_bytes())
    (d / "lm.ckpt").write_bytes(lm_ckpt.read_bytes())
    files = {
        "good.tsv": "red.png\twhat color is it?\tred\nred.png\twhat color?\tred\n",
        "missing.tsv": "nope.png\twhat color is it?\tred\n",
        "empty-question.tsv": "red.png\twhat color is it?\tred\nred.png\t  \tred\n",
        "two-fields.tsv": "red.png\twhat color is it?\tred\nred.png\twhat color is it?\n",
        "neither.json": json.dumps({"questions": [{"image": "red.png", "text": "what?"}]}),
        "vqa-q.json": json.dumps(
            {"data_subtype": "x", "questions": [{"image_id": 1, "question": "a?", "question_id": 7}]}
        ),
        "vqa-a.json": json.dumps({"annotations": [{"question_id": 8, "multiple_choice_answer": "b", "answers": []}]}),
    }
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


TRAIN = ["train-vqa", "--max-steps", "1", "--out", "run", "--kind", "char", "--hidden", "8", "--channels", "8"]
BAD = [
    ("a missing image", [*TRAIN, "missing.tsv", "--dev", "good.tsv"], 3, "not found"),
    ("an empty question", [*TRAIN, "empty-question.tsv"], 3, "line 2: the question is empty"),
    ("a TSV line with two fields", [*TRAIN, "two-fields.tsv"], 3, "line 2: 2 field(s)"),
    ("JSON neither CLEVR nor VQA", [*TRAIN, "neither.json"], 3, "neither CLEVR questions"),
    ("annotations of other questions", [*TRAIN, "vqa-q.json", "--annotations", "vqa-a.json"], 3, "does not match"),
    ("VQA questions without annotations", [*TRAIN, "vqa-q.json"], 3, "--annotations"),
    ("answer: a missing image", ["answer", "vqa.ckpt", "nope.png", "what?"], 3, "not found"),
    ("answer: an empty question", ["answer", "vqa.ckpt", "red.png", " "], 2, "the question is empty"),
    ("answer: no question", ["answer", "vqa.ckpt", "red.png"], 2, "give an image and a question"),
    ("answer: another kind of checkpoint", ["answer", "lm.ckpt", "red.png", "what?"], 4, "not a question answerer"),
    ("answer: one choice", ["answer", "vqa.ckpt", "red.png", "what?", "--choices", "red"], 2, "two or more"),
    ("answer: eval without answers", ["answer", "vqa.ckpt", "--file", "two-fields.tsv", "--eval"], 3, "line 2"),
    ("answer: eval of no file", ["answer", "vqa.ckpt", "red.png", "what?", "--eval"], 2, "--file"),
]


@pytest.mark.parametrize("args,code,fragment", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input_is_one_line_and_leaves_no_run(bad, args, code, fragment):
    from test_errors import snapshot

    before = snapshot(bad)
    r = invoke(args, cwd=bad)
    assert_clean_error(r, code, fragment)
    assert snapshot(bad) == before and not (bad / "run").exists()


def test_an_interrupted_vqa_run_resumes_to_the_same_weights(vqa_data, tmp_path, monkeypatch):
    import torch

    from conftest import ctrl_c_during_step

    whole = _train(vqa_data, tmp_path / "whole", steps=12)
    assert whole.exit_code == 0, whole.stderr
    ctrl_c_during_step(monkeypatch, 5)
    assert _train(vqa_data, tmp_path / "broken", steps=12).exit_code == 130
    monkeypatch.undo()
    r = invoke(["train-vqa", "--resume", tmp_path / "broken" / "last.ckpt"])
    assert r.exit_code == 0, r.stderr
    a, b = checkpoint.load(tmp_path / "whole" / "last.ckpt"), checkpoint.load(tmp_path / "broken" / "last.ckpt")
    assert b["train"]["step"] == 12 and all(torch.equal(a["model"][k], b["model"][k]) for k in a["model"])


def test_the_baseline_benchmark_answers_by_type_and_blinds_the_images(tmp_path):
    """benchmarks/vqa_baseline.py: the most frequent training answer of each question type, scored per
    type; the question-only copy points every question at one blank image."""
    from benchmarks import vqa_baseline

    train = [
        {"question": "how many red objects are there?", "answer": "2"},
        {"question": "how many blue objects are there?", "answer": "2"},
        {"question": "how many green objects?", "answer": "1"},
        {"question": "is there a red circle?", "answer": "yes"},
    ]
    test = [
        {"question": "how many yellow objects are there?", "answer": "2"},
        {"question": "how many red objects are there?", "answer": "0"},
        {"question": "is there a blue square?", "answer": "no"},
        {"question": "what color is the square?", "answer": "2"},  # a type unseen in training: the overall guess
    ]
    got = vqa_baseline.most_frequent_by_type(train, test)
    assert got["accuracy"] == 0.5
    assert got["by_type"]["how many"] == {"questions": 2, "accuracy": 0.5}
    assert got["by_type"]["is there"]["accuracy"] == 0.0
    assert got["by_type"]["what color"]["accuracy"] == 1.0
    blind = vqa_baseline.blind_copy(tmp_path)
    rows = (blind / "train.tsv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 15000 and {r.split("\t")[0] for r in rows} == {"blank.png"}
    assert (blind / "blank.png").exists()


def test_the_first_hop_looks_at_the_object_the_question_names():
    """The default model (trained by `rnncli train-vqa` with its defaults, committed in fp16 without its
    optimizer state: tests/fixtures/vqa-default) puts its first hop's attention on the object a test
    question names at least 3x as densely as attention spread over the whole grid would; the measure
    itself gives 1 for even attention and 1/share for attention all on the object."""
    from benchmarks import vqa_baseline

    rows, cols = 4, 4
    box = [0, 0, 15, 15]  # the top-left 16 x 16 pixels of a 64-pixel image: one cell of 16
    even = vqa_baseline.mass_ratio([[1 / 16] * 16], [box], 64, rows, cols)
    assert vqa_baseline.cells_on(box, 64, rows, cols) == [0] and abs(even["ratio"] - 1.0) < 1e-9
    assert vqa_baseline.mass_ratio([[1.0] + [0.0] * 15], [box], 64, rows, cols)["ratio"] == 16.0
    q = {"question": "what size is the red square?", "question_family_index": 2}
    objects = [{"color": "red", "shape": "circle"}, {"color": "red", "shape": "square"}]
    assert vqa_baseline.named_object(q, objects) is objects[1]

    got = vqa_baseline.attention_mass(str(FIXTURE))
    assert got["questions"] == 600 and got["ratio"] >= 3.0, got
