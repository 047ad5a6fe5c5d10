"""Emoji captioning against two simple baselines: ``python -m benchmarks caption-baseline --checkpoint CKPT``.

All three systems caption the images of the bundled ``data/emoji/test.tsv`` (emoji never seen in
training) and are scored with corpus BLEU (sacrebleu's defaults, through rnncli's BLEU) and CIDEr-D
(the COCO caption evaluation's, through pycocoevalcap; rnncli/caption/metrics.py) against all the
references of each image:

* **most frequent caption**: the caption that occurs most often in ``train.tsv``, for every image;
* **nearest neighbour**: the caption of the training image whose features are the closest (cosine of
  the mean of the grid) under the *same CNN* as the captioner's, i.e. what retrieval gets from the
  features the decoder sees; each training image's first reference is the one returned;
* **rnncli**: ``rnncli caption CKPT`` greedy (``--beam 1``), and as it runs by default (beam 5 with a
  length penalty 0.3, chosen on the dev set).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "emoji"


def run(checkpoint: str | None) -> dict:
    import torch

    from rnncli.caption.data import read_captions
    from rnncli.caption.metrics import coco_scores
    from rnncli.caption.train import reference_streams
    from rnncli.caption.use import caption_files, load_captioner, read_images
    from rnncli.metrics import corpus_bleu

    if not checkpoint:
        raise SystemExit("caption-baseline needs --checkpoint (a captioner from rnncli train-caption)")
    train, test = read_captions(str(DATA / "train.tsv")), read_captions(str(DATA / "test.tsv"))
    refs = reference_streams(test.references())
    out: dict = {"train_images": len(train.images), "test_images": len(test.images), "checkpoint": checkpoint}
    common = Counter(c for _, c in train.pairs).most_common(1)[0][0]
    out["most_frequent"] = {"caption": common, "bleu": corpus_bleu([common] * len(test.images), refs).score}
    out["most_frequent"]["cider"] = coco_scores([common] * len(test.images), test.references())["cider"]

    cap = load_captioner(checkpoint, "cpu")
    train_pixels, test_pixels = read_images(cap, train.images), read_images(cap, test.images)
    first = {}
    for i, c in train.pairs:
        first.setdefault(i, c)
    with torch.inference_mode():
        a = _features(cap.model, train_pixels)
        b = _features(cap.model, test_pixels)
    nearest = (b @ a.T).argmax(dim=1).tolist()
    hyps = [first[j] for j in nearest]
    out["nearest_neighbour"] = {
        "bleu": corpus_bleu(hyps, refs).score,
        "cider": coco_scores(hyps, test.references())["cider"],
    }
    for name, beam, alpha in (("rnncli_greedy", 1, 1.0), ("rnncli_beam5", 5, 0.3)):
        t0 = time.perf_counter()
        captions = [h[0].text for h in caption_files(cap, test_pixels, beam=beam, alpha=alpha)]
        out[name] = {"bleu": corpus_bleu(captions, refs).score, "seconds": round(time.perf_counter() - t0, 1)}
        out[name]["cider"] = coco_scores(captions, test.references())["cider"]
        out[name]["examples"] = [
            f"{test.shown[k]}\t{captions[k]}\t(references: {' | '.join(test.references()[k])})"
            for k in range(0, 378, 30)
        ]
    return out


def _features(model, pixels):
    import torch

    feats = torch.cat([model.features(pixels[k : k + 256]).mean(dim=1) for k in range(0, len(pixels), 256)])
    return torch.nn.functional.normalize(feats, dim=1)


def report(r: dict) -> str:
    lines = [
        f"emoji captioning: {r['train_images']:,} training images, {r['test_images']:,} test images (emoji unseen "
        "in training), corpus BLEU against every reference of an image",
        f"  most frequent training caption ({r['most_frequent']['caption']!r}): BLEU {r['most_frequent']['bleu']:.2f}"
        f"  CIDEr-D {r['most_frequent']['cider']:.2f}",
        f"  nearest training image under the captioner's CNN: BLEU {r['nearest_neighbour']['bleu']:.2f}"
        f"  CIDEr-D {r['nearest_neighbour']['cider']:.2f}",
        f"  rnncli caption --beam 1 (greedy): BLEU {r['rnncli_greedy']['bleu']:.2f}"
        f"  CIDEr-D {r['rnncli_greedy']['cider']:.2f} ({r['rnncli_greedy']['seconds']} s)",
        f"  rnncli caption (beam 5, length penalty 0.3: the default): BLEU {r['rnncli_beam5']['bleu']:.2f}"
        f"  CIDEr-D {r['rnncli_beam5']['cider']:.2f} ({r['rnncli_beam5']['seconds']} s)",
        "  examples (the default):",
        *[f"    {x}" for x in r["rnncli_beam5"]["examples"]],
    ]
    return "\n".join(lines)
