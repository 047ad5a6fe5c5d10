"""A classifier in Python: ``classify``, ``explain`` and ``evaluate``, through the same functions as
``rnncli classify``."""

from __future__ import annotations

import html
from typing import Optional, Sequence, Union

from rnncli.api.views import Page


class Classifier:
    """A loaded classifier (``rnncli.load``). ``path``: its checkpoint; ``model``: the network; ``labels``:
    what it tells apart, in the order of its outputs."""

    kind = "clf"

    def __init__(self, loaded):
        self.loaded = loaded
        self.path, self.model, self.labels, self.tokenizer = loaded.path, loaded.model, loaded.labels, loaded.tokenizer

    def __repr__(self) -> str:
        return f"<Classifier {self.path}: {len(self.labels)} labels ({', '.join(self.labels[:6])})>"

    def classify(self, texts: Union[str, Sequence[str]], *, top: Optional[int] = None):
        """The label of a text (a str), or of each of a list of texts, as ``rnncli classify`` prints it;
        with ``top``, the ``top`` most probable labels as (label, probability) pairs."""
        from rnncli.clf.use import classify, ranked
        from rnncli.errors import UsageError

        if top is not None and top < 1:
            raise UsageError(f"--top must be at least 1 (got {top})")
        single = isinstance(texts, str)
        best = ranked(self.loaded, classify(self.loaded, [texts] if single else list(texts)), top)
        out = [b if top else b[0][0] for b in best]
        return out[0] if single else out

    def explain(self, text: str) -> "Explanation":
        """Which tokens moved the decision (``classify --explain``): attention weights with attention
        pooling, otherwise how much each token changed the winning label's probability."""
        from rnncli.clf.use import explain, explain_colours

        pieces, weights, winner = explain(self.loaded, text)
        attention = self.model.config.pool == "attention"
        return Explanation(self.labels[winner], pieces, weights, explain_colours(self.loaded, weights), attention)

    def activations(self, text: str, *, max_chars: int = 20000):
        """The signals of the classifier's RNN over ``text`` (``rnncli activations`` of a classifier: a
        bidirectional one's backward units follow its forward ones), as for a language model."""
        from rnncli.api.lm import Activations
        from rnncli.errors import InputError, UsageError
        from rnncli.inspect.record import record_text

        if max_chars < 1:
            raise UsageError(f"--max-chars must be at least 1 (got {max_chars})")
        if not text:
            raise InputError("the text is empty", "give a file with some text in it")
        return Activations(record_text(self.model, self.tokenizer, text[:max_chars]), str(self.path))

    def evaluate(self, path) -> dict:
        """Accuracy, macro-F1, per-label precision, recall, F1 and the confusion matrix on a labelled file
        (label<TAB>text lines), as ``classify --eval --json`` prints them."""
        from rnncli.clf.data import read_labelled
        from rnncli.clf.use import score

        return score(self.loaded, read_labelled(str(path), "labelled file")).to_dict()


class Explanation:
    """A decision and its tokens: ``label``, ``tokens``, ``weights`` (one per token). In a notebook, the
    text coloured as ``classify --explain`` colours it in a terminal."""

    def __init__(self, label: str, tokens: list[str], weights, colours: list, attention: bool):
        self.label, self.tokens, self.weights, self.colours, self.attention = label, tokens, weights, colours, attention

    def __repr__(self) -> str:
        return f"{self.label}\t" + " ".join(f"{p!r}:{w:+.3f}" for p, w in zip(self.tokens, self.weights))

    def page(self) -> Page:
        from rnncli.inspect.colours import hex_colour, text_colour

        spans = []
        for piece, w, bg in zip(self.tokens, self.weights, self.colours):
            style = f"background:{hex_colour(bg)};color:{hex_colour(text_colour(bg))}"
            spans.append(f'<span style="{style}" title="{float(w):+.3f}">{html.escape(piece)}</span>')
        what = "attention weight" if self.attention else "change of the label's probability (red: towards it)"
        head = f'<h2>{html.escape(self.label)} <span class="note">{what}</span></h2>'
        body = head + f'<div class="text">{"".join(spans)}</div>'
        return Page(body, f"explain: {self.label}", repr(self))

    def _repr_html_(self) -> str:
        return self.page()._repr_html_()
