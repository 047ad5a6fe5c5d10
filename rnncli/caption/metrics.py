"""Caption metrics as captioning papers report them: the COCO caption evaluation (BLEU-1 to 4, METEOR,
ROUGE-L, CIDEr-D, SPICE) through its maintained package, ``pycocoevalcap``, not a re-implementation;
and sacrebleu's corpus BLEU and chrF (rnncli.metrics) beside them.

The package's BLEU, ROUGE-L and CIDEr-D scorers are pure Python. Its tokenizer (Stanford's
PTBTokenizer) and its METEOR and SPICE scorers run Java, so captions are tokenized here instead, the
way the COCO evaluation documents its tokenization: lower-cased, punctuation removed (what is left
are the words: runs of letters and digits, hyphens and apostrophes inside a word kept, as in
"t-shirt"; PTB would also split "man's" into "man 's"). METEOR runs where a ``java`` command is
found; SPICE also needs the Stanford CoreNLP models the package downloads on first use, so it runs
only where they are installed; otherwise each is left out with a note saying why.

Every score is on the 0-100 scale (the package's own figure times 100, CIDEr-D included).
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Optional, Sequence

# The names the figures go by (keys of the dicts below -> how they are shown).
COCO_NAMES = {
    "bleu_1": "BLEU-1",
    "bleu_2": "BLEU-2",
    "bleu_3": "BLEU-3",
    "bleu_4": "BLEU-4",
    "meteor": "METEOR",
    "rouge_l": "ROUGE-L",
    "cider": "CIDEr-D",
    "spice": "SPICE",
}
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def coco_tokenize(text: str) -> str:
    """A caption as the COCO evaluation scores it: lower-cased words, punctuation removed."""
    return " ".join(_WORD.findall(text.lower()))


def _inputs(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> tuple[dict, dict]:
    """The package's input: {image id: [tokenized references]} and {image id: [tokenized caption]}."""
    if len(hyps) != len(refs):
        raise ValueError(f"{len(hyps)} captions for {len(refs)} images")
    gts = {i: [coco_tokenize(r) for r in rs] for i, rs in enumerate(refs)}
    res = {i: [coco_tokenize(h)] for i, h in enumerate(hyps)}
    return gts, res


def coco_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> dict[str, float]:
    """BLEU-1..4, ROUGE-L and CIDEr-D (pycocoevalcap's pure-Python scorers), each x 100."""
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.cider.cider import Cider
    from pycocoevalcap.rouge.rouge import Rouge

    gts, res = _inputs(hyps, refs)
    if not gts:
        return {k: 0.0 for k in ("bleu_1", "bleu_2", "bleu_3", "bleu_4", "rouge_l", "cider")}
    with contextlib.redirect_stdout(io.StringIO()):  # the BLEU scorer prints its counts
        bleu, _ = Bleu(4).compute_score(gts, res, verbose=0)
    rouge, _ = Rouge().compute_score(gts, res)
    cider, _ = Cider().compute_score(gts, res)
    out = {f"bleu_{n + 1}": 100 * float(b) for n, b in enumerate(bleu)}
    return out | {"rouge_l": 100 * float(rouge), "cider": 100 * float(cider)}


def java_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> tuple[dict[str, float], list[str]]:
    """METEOR and SPICE where they can run (x 100), and a note for each one left out."""
    scores: dict[str, float] = {}
    notes: list[str] = []
    if shutil.which("java") is None:
        return scores, ["METEOR and SPICE left out: they run Java, and no java command was found"]
    gts, res = _inputs(hyps, refs)
    try:
        scores["meteor"] = 100 * _meteor(gts, res)
    except (OSError, ValueError, BrokenPipeError) as e:
        notes.append(f"METEOR left out: Java's METEOR 1.5 did not run ({type(e).__name__}: {e})")
    if _spice_models() is None:
        notes.append(
            "SPICE left out: it needs the Stanford CoreNLP 3.6.0 models, which pycocoevalcap downloads on first "
            "use and are not installed (python -m pycocoevalcap.spice.get_stanford_models installs them)"
        )
        return scores, notes
    try:
        scores["spice"] = 100 * _spice(gts, res)
    except (OSError, ValueError, subprocess.CalledProcessError) as e:
        notes.append(f"SPICE left out: Java's SPICE 1.0 did not run ({type(e).__name__}: {e})")
    return scores, notes


def _meteor(gts: dict, res: dict) -> float:
    from pycocoevalcap.meteor.meteor import Meteor

    if not gts:
        return 0.0
    scorer = Meteor()  # a JVM, stopped when the scorer is collected
    try:
        score, _ = scorer.compute_score(gts, res)
    finally:
        if scorer.lock.locked():  # it failed half-way: its clean-up would wait on its own lock forever
            scorer.lock.release()
    return float(score)


def _spice(gts: dict, res: dict) -> float:
    from pycocoevalcap.spice.spice import Spice

    if not gts:
        return 0.0
    score, _ = Spice().compute_score(gts, res)
    return float(score)


def _spice_models() -> Optional[Path]:
    from pycocoevalcap.spice import spice

    jar = Path(spice.__file__).parent / "lib" / "stanford-corenlp-3.6.0.jar"
    return jar if jar.exists() else None


def sacrebleu_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> dict[str, float]:
    """Corpus BLEU and chrF as sacrebleu computes them, against all the references of each image."""
    from rnncli.metrics import corpus_scores

    width = max((len(r) for r in refs), default=1)
    streams = [[r[j] if j < len(r) else None for r in refs] for j in range(width)]
    bleu, chrf = corpus_scores(list(hyps), streams, ("bleu", "chrf"), force=True)
    return {"bleu": bleu.score, "chrf": chrf.score}


def dev_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> dict[str, float]:
    """What every training evaluation reports: sacrebleu's BLEU and chrF, and the COCO figures that need
    no Java (BLEU-1..4, ROUGE-L, CIDEr-D)."""
    return sacrebleu_scores(hyps, refs) | coco_scores(hyps, refs)
