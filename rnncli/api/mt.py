"""A translator in Python: ``translate`` and ``attention``, through the same functions as ``rnncli translate``."""

from __future__ import annotations

from typing import Optional, Sequence, Union

from rnncli.api.views import Page


class Translator:
    """A loaded translator (``rnncli.load``). ``path``: its checkpoint; ``model``: the network;
    ``src_tokenizer``, ``tgt_tokenizer``: the vocabularies of the two sides."""

    kind = "mt"

    def __init__(self, loaded):
        self.loaded = loaded
        self.path, self.model = loaded.path, loaded.model
        self.src_tokenizer, self.tgt_tokenizer = loaded.src_tok, loaded.tgt_tok

    def __repr__(self) -> str:
        c = self.model.config
        return f"<Translator {self.path}: {c.layers}x{c.hidden} {c.cell.upper()}, attention {c.attention}>"

    def _translations(self, lines: Sequence[str], search: dict, truncate: bool, keep_attention: bool = False):
        from rnncli.mt.use import search_settings, translate_lines

        settings = search_settings(**search)
        settings.keep_attention = keep_attention
        return translate_lines(self.loaded, list(lines), settings, truncate)

    def translate(
        self,
        lines: Union[str, Sequence[str]],
        *,
        beam: Optional[int] = None,
        greedy: bool = False,
        length_penalty: float = 1.0,
        max_len: int = 200,
        len_ratio: float = 2.0,
        n_best: int = 1,
        batch_size: int = 32,
        keep_placeholders: bool = True,
        truncate: bool = False,
    ):
        """The translation of a line (a str), or of each of a list of lines, as ``rnncli translate`` prints
        it with the same options (beam search of 5 by default). With ``n_best`` above 1, each line's
        best hypotheses as (translation, score) pairs, best first."""
        search = dict(beam=beam, greedy=greedy, length_penalty=length_penalty, max_len=max_len, len_ratio=len_ratio)
        search.update(n_best=n_best, batch_size=batch_size, keep_placeholders=keep_placeholders)
        single = isinstance(lines, str)
        out = []
        for tr in self._translations([lines] if single else lines, search, truncate):
            out.append(tr.text if n_best == 1 else [(t, h.score) for t, h in zip(tr.texts, tr.hypotheses)])
        return out[0] if single else out

    def attention(self, line: str, *, beam: Optional[int] = None, greedy: bool = False, **search) -> "AttentionMap":
        """The attention weights of the best translation of ``line`` (``translate --show-attention``):
        target pieces down, source pieces across; ``search`` takes ``translate``'s other options."""
        from rnncli.mt.use import attention_grid, check_attention

        check_attention(self.loaded)
        truncate = search.pop("truncate", False)
        (tr,) = self._translations([line], dict(beam=beam, greedy=greedy, **search), truncate, keep_attention=True)
        grid = attention_grid(self.loaded, tr)
        if grid is None:
            from rnncli.errors import InputError

            raise InputError("the line is empty: there is no attention to show")
        return AttentionMap(tr.source.strip(), tr.text, *grid, title=f"{self.path}: attention")


class AttentionMap:
    """Where a translation looked: ``weights`` (target pieces x source pieces, each row sums to 1),
    ``source_pieces``, ``target_pieces`` (the last is the end of the sentence). Shown in a notebook as the
    grid of ``translate --html``; ``figure()`` draws it with matplotlib as ``--attention-png`` does."""

    def __init__(self, source: str, translation: str, weights, source_pieces, target_pieces, title: str = ""):
        self.source, self.translation, self.weights = source, translation, weights
        self.source_pieces, self.target_pieces = list(source_pieces), list(target_pieces)
        self.title = title or "attention"

    def __repr__(self) -> str:
        from rnncli.inspect.attention import grid_text

        return f"{self.source}  ->  {self.translation}\n" + grid_text(
            self.weights, self.source_pieces, self.target_pieces, False
        )

    def page(self) -> Page:
        from rnncli.inspect.attention import grids_body

        item = (1, self.source, self.translation, self.weights, self.source_pieces, self.target_pieces)
        return Page(grids_body([item]), self.title, repr(self))

    def figure(self):
        from rnncli.inspect.figures import attention_figure

        title = f"{self.source}\n{self.translation}"
        return attention_figure(self.weights, self.source_pieces, self.target_pieces, title)

    def _repr_html_(self) -> str:
        return self.page()._repr_html_()
