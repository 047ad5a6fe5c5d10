"""Models that look at images, in Python: a captioner (``caption``) and a question answerer (``answer``),
through the same functions as ``rnncli caption`` and ``rnncli answer``. Images are files or PIL images."""

from __future__ import annotations

import os
from typing import Optional, Sequence

from rnncli.api.views import Picture


def _one_image(images) -> bool:
    return isinstance(images, (str, os.PathLike)) or hasattr(images, "getpixel")  # a path, or a PIL image


def _name(image) -> str:
    return os.fspath(image) if isinstance(image, (str, os.PathLike)) else "image"


class Captioner:
    """A loaded captioner (``rnncli.load``). ``path``: its checkpoint; ``model``: the network."""

    kind = "caption"

    def __init__(self, loaded):
        self.loaded = loaded
        self.path, self.model = loaded.path, loaded.model

    def __repr__(self) -> str:
        from rnncli.images import box

        c, (h, w), (rows, cols) = self.model.config, box(self.model.config.image_size), self.model.grid_shape
        grid = f"{c.cnn} CNN at {h}x{w} px ({rows}x{cols} grid)"
        return f"<Captioner {self.path}: {grid}, {c.layers}x{c.hidden} {c.cell.upper()}>"

    def _captions(self, images: list, search: dict, keep_attention: bool = False):
        from rnncli.caption.use import caption_files, read_images
        from rnncli.cli.caption import beam_size

        beam = beam_size(search["beam"], search["greedy"], search["n_best"])
        files = [os.fspath(i) if isinstance(i, os.PathLike) else i for i in images]
        pixels = read_images(self.loaded, files, search["max_pixels"])
        alpha, max_len = search["length_penalty"], search["max_len"]
        return pixels, caption_files(self.loaded, pixels, beam, search["n_best"], alpha, max_len, keep_attention)

    def caption(
        self,
        images,
        *,
        beam: Optional[int] = None,
        greedy: bool = False,
        length_penalty: Optional[float] = None,
        max_len: Optional[int] = None,
        n_best: int = 1,
        max_pixels: Optional[int] = None,
    ):
        """The caption of an image (a path or a PIL image), or of each of a list of them, as ``rnncli
        caption`` prints it with the same options (beam 5, length penalty 0.3 by default); with ``n_best``
        above 1, each image's best captions as (caption, score) pairs."""
        from rnncli.cli.caption import DEFAULT_LENGTH_PENALTY

        alpha = DEFAULT_LENGTH_PENALTY if length_penalty is None else length_penalty
        search = dict(beam=beam, greedy=greedy, length_penalty=alpha, max_len=max_len, n_best=n_best)
        single = _one_image(images)
        _, hyps = self._captions([images] if single else list(images), search | {"max_pixels": max_pixels})
        out = [hs[0].text if n_best == 1 else [(h.text, h.score) for h in hs[:n_best]] for hs in hyps]
        return out[0] if single else out

    def evaluate(self, path, *, java_metrics: bool = True, max_pixels: Optional[int] = None, **search) -> dict:
        """``rnncli caption FILE --eval --json`` on a captions file (image<TAB>caption, or the CSV): the COCO
        caption metrics (METEOR and SPICE through Java unless ``java_metrics=False``), sacrebleu's BLEU and
        chrF, under ``scores``, and the ``notes`` on what was left out. ``search``: ``caption``'s beam,
        greedy, length_penalty, max_len."""
        from rnncli.cli.caption import DEFAULT_LENGTH_PENALTY, beam_size, evaluation

        beam = beam_size(search.get("beam"), search.get("greedy", False), 1)
        alpha, max_len = search.get("length_penalty", DEFAULT_LENGTH_PENALTY), search.get("max_len")
        return evaluation(self.loaded, os.fspath(path), beam, alpha, max_len, max_pixels, java_metrics)

    def attention(self, image, **search) -> Picture:
        """Where the model looked (``caption --show-attention``): the image, then one panel per word of its
        best caption with the attention map over it. ``search`` takes ``caption``'s options."""
        from rnncli.caption.use import check_attention, strip_pngs
        from rnncli.cli.caption import DEFAULT_LENGTH_PENALTY

        check_attention(self.loaded)
        search = {"beam": None, "greedy": False, "length_penalty": DEFAULT_LENGTH_PENALTY, "max_len": None} | search
        pixels, hyps = self._captions([image], {"n_best": 1, "max_pixels": None} | search, keep_attention=True)
        return Picture(strip_pngs(self.loaded, pixels, hyps)[0], hyps[0][0].text)


class QuestionAnswerer:
    """A loaded visual question answerer (``rnncli.load``). ``path``: its checkpoint; ``model``: the
    network; ``answers``: the answers it chooses from."""

    kind = "vqa"

    def __init__(self, loaded):
        self.loaded = loaded
        self.path, self.model, self.answers = loaded.path, loaded.model, loaded.answers

    def __repr__(self) -> str:
        return f"<QuestionAnswerer {self.path}: {len(self.answers)} answers, {self.model.hops} attention hops>"

    def _answered(self, image, question: str, top: int, choices: Optional[Sequence[str]], keep_attention: bool):
        from rnncli.errors import UsageError
        from rnncli.vqa.use import answer_questions, choice_list, one_question

        if top < 1:
            raise UsageError(f"--top must be at least 1 (got {top})")
        image = os.fspath(image) if isinstance(image, os.PathLike) else image
        data = one_question(image, question, choice_list(choices))
        pixels, answered = answer_questions(self.loaded, data, top, keep_attention=keep_attention)
        return data, pixels, answered[0]

    def answer(self, image, question: str, *, top: int = 1, choices: Optional[Sequence[str]] = None):
        """The answer to a question about an image (a path or a PIL image), as ``rnncli answer IMAGE
        QUESTION`` prints it; with ``top`` above 1, the ``top`` most probable answers as (answer,
        probability) pairs; with ``choices``, the most probable of them."""
        a = self._answered(image, question, top, choices, False)[2]
        return a.answer if top == 1 else list(a.top)

    def evaluate(self, path, *, images=None, annotations=None) -> dict:
        """``rnncli answer --file FILE --eval --json``: accuracy over a file of answered questions (TSV, CLEVR
        JSON with its ``images`` directory, VQA v2 JSON with ``annotations``), overall and per question type."""
        from rnncli.vqa.data import read_questions
        from rnncli.vqa.use import answer_questions, evaluation

        where = [os.fspath(x) if x is not None else None for x in (images, annotations)]
        data = read_questions(os.fspath(path), "questions file", *where, need_answers=True)
        return evaluation(data.items, answer_questions(self.loaded, data)[1])

    def attention(self, image, question: str, *, choices: Optional[Sequence[str]] = None) -> Picture:
        """Where each hop of attention looked (``answer --show-attention``): the image, then the image lit
        by each hop, under the question and the answer."""
        from rnncli.vqa.use import attention_png, check_attention

        check_attention(self.loaded)
        data, pixels, a = self._answered(image, question, 1, choices, True)
        q = data.items[0]
        return Picture(attention_png(pixels[q.image].numpy(), q.text, f"answer: {a.answer}", a.attention), a.answer)
