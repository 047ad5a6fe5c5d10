"""Image captioning (one-to-many) through the CLI: train-caption and caption."""

from __future__ import annotations

import json
import random

import pytest

from conftest import ctrl_c_during_step, invoke
from rnncli import checkpoint

COLOURS = {"red": (220, 30, 30), "green": (30, 170, 60), "blue": (40, 60, 220)}
SHAPES = ("square", "circle", "bar")


def _draw(path, colour: str, shape: str, left: bool, size: int = 32) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(img)
    x0 = 2 if left else size // 2
    box = (x0, 8, x0 + 13, 21)
    if shape == "square":
        d.rectangle(box, fill=COLOURS[colour])
    elif shape == "circle":
        d.ellipse(box, fill=COLOURS[colour])
    else:
        d.rectangle((x0, 2, x0 + 5, size - 3), fill=COLOURS[colour])
    img.save(path)


def _make_images(d, n: int, seed: int, prefix: str) -> list[str]:
    """Images of coloured shapes, each with two captions; returns the TSV lines."""
    rng = random.Random(seed)
    (d / "img").mkdir(exist_ok=True)
    lines = []
    for k in range(n):
        colour, shape, left = rng.choice(list(COLOURS)), rng.choice(SHAPES), rng.random() < 0.5
        name = f"img/{prefix}{k:03d}.png"
        _draw(d / name, colour, shape, left)
        side = "left" if left else "right"
        lines += [f"{name}\ta {colour} {shape}", f"{name}\ta {colour} {shape} on the {side}"]
    return lines


@pytest.fixture(scope="module")
def cap_data(tmp_path_factory):
    d = tmp_path_factory.mktemp("caption")
    (d / "train.tsv").write_text("\n".join(_make_images(d, 90, 0, "t")) + "\n", encoding="utf-8")
    (d / "dev.tsv").write_text("\n".join(_make_images(d, 12, 1, "d")) + "\n", encoding="utf-8")
    return d


CAP_TINY = ["--hidden", "48", "--embed", "24", "--channels", "24", "--batch-size", "16", "--eval-every", "60"]
CAP_TINY += ["--kind", "char", "--dropout", "0"]


def _train(cap_data, out, *extra, steps=120):
    args = ["train-caption", cap_data / "train.tsv", "--dev", cap_data / "dev.tsv", "--out", out]
    return invoke(args + ["--max-steps", str(steps)] + CAP_TINY + [str(x) for x in extra])


@pytest.fixture(scope="module")
def cap_ckpt(cap_data, tmp_path_factory):
    out = tmp_path_factory.mktemp("caprun") / "run"
    r = _train(cap_data, out, "--json")
    assert r.exit_code == 0, r.stderr
    return out / "best.ckpt", json.loads(r.stdout)


def _images(cap_data, prefix="t", n=None):
    names = sorted(p.name for p in (cap_data / "img").glob(f"{prefix}*.png"))
    return [str(cap_data / "img" / x) for x in names[:n]]


def test_train_caption_learns_and_writes_its_run(cap_ckpt):
    ckpt, result = cap_ckpt
    assert ckpt.exists() and checkpoint.peek_kind(ckpt) == "caption"
    curve = result["curve"]
    assert len(curve) >= 2 and curve[-1]["val_loss"] < curve[0]["val_loss"]
    assert all("bleu" in r for r in curve)
    run = ckpt.parent
    assert (run / "config.toml").exists() and (run / "metrics.jsonl").exists()
    r = invoke(["plot", run])
    assert r.exit_code == 0 and "bleu" in r.stdout.lower(), r.stdout + r.stderr
    r = invoke(["runs", run.parent, "--kind", "caption"])
    assert r.exit_code == 0 and "run" in r.stdout and "small CNN" in r.stdout, r.stdout + r.stderr


def test_caption_prints_one_line_per_image_in_order(cap_ckpt, cap_data):
    images = _images(cap_data, "d")
    r = invoke(["caption", cap_ckpt[0], *images])
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert [x.split("\t")[0] for x in lines] == images
    assert all(x.split("\t")[1].strip() for x in lines)
    # the captioner learned the colours: most dev images get theirs
    truth = dict(line.split("\t") for line in (cap_data / "dev.tsv").read_text().splitlines())
    right = sum(
        line.split("\t")[1].split()[1:2] == truth[f"img/{line.split('/')[-1].split(chr(9))[0]}"].split()[1:2]
        for line in lines
    )
    assert right >= len(lines) // 2, r.stdout


def test_beam_1_equals_greedy_and_captions_do_not_depend_on_the_batch(cap_ckpt, cap_data):
    images = _images(cap_data, "t", 40)
    greedy = invoke(["caption", cap_ckpt[0], "--greedy", *images])
    beam1 = invoke(["caption", cap_ckpt[0], "--beam", "1", *images])
    assert greedy.exit_code == 0 and beam1.exit_code == 0, greedy.stderr + beam1.stderr
    assert greedy.stdout == beam1.stdout
    default = invoke(["caption", cap_ckpt[0], "--beam", "5", "--length-penalty", "0.3", *images])
    assert default.stdout == invoke(["caption", cap_ckpt[0], *images]).stdout  # the default search
    for mode in (["--greedy"], ["--beam", "3"]):
        together = invoke(["caption", cap_ckpt[0], *mode, *images]).stdout.splitlines()
        alone = [invoke(["caption", cap_ckpt[0], *mode, im]).stdout.strip() for im in images[:8]]
        reversed_ = invoke(["caption", cap_ckpt[0], *mode, *images[::-1]]).stdout.splitlines()[::-1]
        assert together[:8] == alone
        assert together == reversed_


def test_caption_n_best_and_json(cap_ckpt, cap_data):
    images = _images(cap_data, "d", 3)
    r = invoke(["caption", cap_ckpt[0], "--beam", "4", "--n-best", "3", *images])
    assert r.exit_code == 0, r.stderr
    rows = [x.split("\t") for x in r.stdout.splitlines()]
    assert [x[0] for x in rows] == [im for im in images for _ in range(3)]
    scores = [float(x[1]) for x in rows[:3]]
    assert scores == sorted(scores, reverse=True)
    r = invoke(["caption", cap_ckpt[0], "--json", "--beam", "2", "--n-best", "2", *images])
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["image"] for x in records] == images
    assert all(len(x["n_best"]) == 2 and x["caption"] == x["n_best"][0]["caption"] for x in records)


def test_show_attention_writes_a_strip_per_image_and_html(cap_ckpt, cap_data, tmp_path):
    from PIL import Image

    images = _images(cap_data, "d", 2)
    r = invoke(
        [
            "caption",
            cap_ckpt[0],
            "--greedy",
            *images,
            "--show-attention",
            tmp_path / "att",
            "--html",
            tmp_path / "a.html",
        ]
    )
    assert r.exit_code == 0, r.stderr
    pngs = sorted((tmp_path / "att").glob("*.png"))
    assert [p.stem for p in pngs] == sorted(p.split("/")[-1][:-4] for p in images)
    caption = r.stdout.splitlines()[0].split("\t")[1]
    with Image.open(tmp_path / "att" / (images[0].split("/")[-1])) as strip:
        # the image, then one panel per generated character and one for <END> (128 pixels + 4 between);
        # a caption cut at the length limit (24 characters here) has no <END>
        panels = 1 + len(caption) + (len(caption) < 24)
        assert strip.width == 128 * panels + 4 * (panels - 1)
    page = (tmp_path / "a.html").read_text()
    assert page.count("data:image/png;base64,") == 2 and caption in page


def test_flickr_csv_and_held_out_images(cap_data, tmp_path):
    lines = (cap_data / "train.tsv").read_text().splitlines()
    csv_lines = ["image,caption"] + [f'{cap_data / a},"{b}, really"' for a, b in (x.split("\t") for x in lines)]
    (tmp_path / "captions.csv").write_text("\n".join(csv_lines) + "\n")
    r = invoke(
        ["train-caption", tmp_path / "captions.csv", "--out", tmp_path / "run", "--max-steps", "2", *CAP_TINY, "--json"]
    )
    assert r.exit_code == 0, r.stderr
    assert "9 images held out" in r.stderr

    from rnncli.caption.data import hold_out_images, read_captions

    data = read_captions(str(tmp_path / "captions.csv"))
    assert data.pairs[0][1].endswith(", really") and len(data.images) == 90
    train, dev = hold_out_images(data, 0.1, 1234)
    assert not set(train.images) & set(dev.images)
    assert len(train.pairs) + len(dev.pairs) == len(data.pairs)


def _resnet_weights(path, name="resnet18"):
    """A weights file as torchvision writes one (classifier included), from a randomly initialised model
    of torchvision's layout (torchvision itself does not load against this machine's torch build)."""
    import torch

    from rnncli.models.cnn import ResNet

    torch.manual_seed(5)
    net = ResNet(name)
    state = dict(net.state_dict())
    state["fc.weight"] = torch.randn(1000, net.out_channels)
    state["fc.bias"] = torch.zeros(1000)
    torch.save(state, path)
    return state


@pytest.mark.parametrize("finetune", [False, True])
def test_pretrained_resnet_frozen_or_finetuned(cap_data, tmp_path, finetune):
    import torch

    state = _resnet_weights(tmp_path / "resnet18.pth")
    extra = ["--cnn", "resnet18", "--cnn-weights", tmp_path / "resnet18.pth", "--image-size", "64"]
    extra += ["--finetune-cnn"] if finetune else []
    r = _train(cap_data, tmp_path / "run", *extra, steps=3)
    assert r.exit_code == 0, r.stderr
    saved = checkpoint.load(tmp_path / "run" / "last.ckpt", kind="caption")
    assert saved["model_config"]["cnn"] == "resnet18" and saved["model_config"]["finetune_cnn"] is finetune
    same = [torch.equal(saved["model"][f"cnn.{k}"], v) for k, v in state.items() if not k.startswith("fc.")]
    if finetune:
        assert not all(same)  # trained on
    else:
        assert all(same)  # frozen: weights and batch-norm statistics as given
    r = invoke(["caption", tmp_path / "run" / "last.ckpt", "--greedy", *_images(cap_data, "d", 2)])
    assert r.exit_code == 0, r.stderr


def test_cnn_weights_of_another_architecture(cap_data, tmp_path):
    _resnet_weights(tmp_path / "r50.pth", "resnet50")
    r = _train(cap_data, tmp_path / "run", "--cnn", "resnet18", "--cnn-weights", tmp_path / "r50.pth", steps=1)
    assert r.exit_code == 4 and "not a torchvision resnet18 state dict" in r.stderr
    assert not (tmp_path / "run").exists()


def test_an_interrupted_caption_run_resumes_to_the_same_weights(cap_data, tmp_path, monkeypatch):
    import torch

    whole = _train(cap_data, tmp_path / "whole", "--teacher-forcing", "0.7", "--schedule", "linear", steps=24)
    assert whole.exit_code == 0, whole.stderr
    ctrl_c_during_step(monkeypatch, 11)
    r = _train(cap_data, tmp_path / "broken", "--teacher-forcing", "0.7", "--schedule", "linear", steps=24)
    assert r.exit_code == 130
    monkeypatch.undo()
    r = invoke(["train-caption", "--resume", tmp_path / "broken" / "last.ckpt"])
    assert r.exit_code == 0, r.stderr
    a = checkpoint.load(tmp_path / "whole" / "last.ckpt")
    b = checkpoint.load(tmp_path / "broken" / "last.ckpt")
    assert b["train"]["step"] == 24
    assert all(torch.equal(a["model"][k], b["model"][k]) for k in a["model"])


def test_max_pixels_is_a_limit_on_width_times_height(cap_ckpt, cap_data):
    image = _images(cap_data, "d", 1)  # 32 x 32
    assert invoke(["caption", cap_ckpt[0], *image, "--max-pixels", "1024"]).exit_code == 0
    r = invoke(["caption", cap_ckpt[0], *image, "--max-pixels", "1023"])
    assert r.exit_code == 3 and "32 x 32 pixels (1,024), over the limit of 1,023" in r.stderr and not r.stdout


def test_caption_eval_prints_the_coco_metrics_as_the_package_computes_them(cap_ckpt, cap_data):
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.cider.cider import Cider
    from pycocoevalcap.rouge.rouge import Rouge

    tsv = cap_data / "dev.tsv"
    r = invoke(["caption", cap_ckpt[0], tsv, "--eval", "--greedy", "--json", "--no-java-metrics"])
    assert r.exit_code == 0, r.stderr
    got = json.loads(r.stdout)
    # the package's own evaluation of the captions `caption` writes (these references need no tokenizing:
    # lower-case words without punctuation), image by image in the file's order
    refs: dict[str, list[str]] = {}
    for line in tsv.read_text().splitlines():
        image, caption = line.split("\t")
        refs.setdefault(str(cap_data / image), []).append(caption)
    out = invoke(["caption", cap_ckpt[0], "--greedy", *refs]).stdout.splitlines()
    res = {k: [line.split("\t")[1]] for k, line in enumerate(out)}
    gts = {k: refs[line.split("\t")[0]] for k, line in enumerate(out)}
    bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)
    want = {f"bleu_{n + 1}": 100 * b for n, b in enumerate(bleu)}
    want["rouge_l"] = 100 * Rouge().compute_score(gts, res)[0]
    want["cider"] = 100 * Cider().compute_score(gts, res)[0]
    assert got["images"] == 12 and got["search"] == "greedy search"
    assert {k: round(got["scores"][k], 9) for k in want} == {k: round(v, 9) for k, v in want.items()}
    assert want["cider"] > 0 and "METEOR and SPICE left out" in got["notes"][0]
    text = invoke(["caption", cap_ckpt[0], tsv, "--eval", "--greedy", "--no-java-metrics"])
    rows = dict(line.split()[:2] for line in text.stdout.splitlines())
    assert rows["CIDEr-D"] == f"{want['cider']:.2f}" and rows["BLEU-4"] == f"{want['bleu_4']:.2f}"
    assert "12 images, 24 references, greedy search" in text.stderr


def test_one_word_captions_keep_their_best_checkpoint_by_cider(cap_data, tmp_path):
    for name in ("train", "dev"):
        rows = [x.split("\t") for x in (cap_data / f"{name}.tsv").read_text().splitlines()]
        lines = [f"{cap_data / image}\t{caption.split()[1]}" for image, caption in rows]  # the colour alone
        (tmp_path / f"{name}.tsv").write_text("\n".join(lines) + "\n")
    args = ["train-caption", tmp_path / "train.tsv", "--dev", tmp_path / "dev.tsv", "--max-steps", "90"]
    r = invoke([*args, *CAP_TINY[:-6], "--kind", "char", "--eval-every", "15", "--out", tmp_path / "run", "--json"])
    assert r.exit_code == 0, r.stderr
    curve = json.loads(r.stdout)["curve"]
    assert all(e["bleu"] == 0 for e in curve)  # sacrebleu's BLEU-4 has no 4-grams to count in one word
    ciders = [e["cider"] for e in curve]
    best = max(range(len(curve)), key=lambda k: (ciders[k], -k))  # the first of the highest
    assert ciders[best] > 0 and best > 0, ciders
    assert [e["best"] for e in curve].index(True) == 0 and curve[best]["best"]
    saved = checkpoint.load(tmp_path / "run" / "best.ckpt")
    assert saved["train"]["step"] == curve[best]["step"] and saved["train"]["best_cider"] == ciders[best]
    assert "best dev CIDEr-D" in r.stderr


def test_caption_beam_search_never_ends_below_the_greedy_caption(cap_ckpt, cap_data):
    # Under length penalty 0 a hypothesis' score is its log-probability. On these images the beam keeps
    # the greedy caption's prefixes, so it must end with a caption at least as likely, unless it stops
    # before the greedy caption finishes: under the old rule (stop once k captions ended) beam 4 did so
    # on 15 of these 102 images.
    images = _images(cap_data, "t") + _images(cap_data, "d")
    greedy = invoke(["caption", cap_ckpt[0], "--greedy", "--json", *images])
    assert greedy.exit_code == 0, greedy.stderr
    g = [json.loads(x)["n_best"][0]["logprob"] for x in greedy.stdout.splitlines()]
    for k in ("4", "5"):
        beam = invoke(["caption", cap_ckpt[0], "--beam", k, "--json", "--length-penalty", "0", *images])
        b = [json.loads(x)["n_best"][0]["logprob"] for x in beam.stdout.splitlines()]
        assert len(g) == len(b) == 102 and all(x >= y - 1e-4 for x, y in zip(b, g)), (k, list(zip(b, g)))
