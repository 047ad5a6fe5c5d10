"""A language model in Python: ``sample``, ``stream``, ``score`` and ``activations``, through the same
functions as ``rnncli sample``, ``eval`` and ``activations``."""

from __future__ import annotations

from typing import Iterator, Optional, Union

from rnncli.api.views import Page


class LanguageModel:
    """A loaded language model (``rnncli.load``). ``path``: its checkpoint; ``model``, ``tokenizer``: the
    network (in evaluation mode, on its device) and its vocabulary; ``seed``: the seed of the last sample."""

    kind = "lm"

    def __init__(self, loaded):
        self.loaded = loaded
        self.path, self.model, self.tokenizer = loaded.path, loaded.model, loaded.tokenizer
        self.seed: Optional[int] = None

    def __repr__(self) -> str:
        c = self.model.config
        return f"<LanguageModel {self.path}: {c.layers}x{c.hidden} {c.cell.upper()}>"

    def _steps(self, prompt: str, length: int, num_samples: int, seed: Optional[int], **sampling):
        from rnncli.lm.sampling import SamplingSettings
        from rnncli.lm.use import choose_seed, generate

        settings = SamplingSettings(**sampling)
        settings.validate()
        self.seed = choose_seed(settings, seed)
        return generate(self.loaded, settings, length, prompt, num_samples, self.seed)

    def sample(
        self,
        prompt: str = "",
        length: int = 500,
        *,
        temperature: float = 1.0,
        top_k: int = 0,
        top_p: float = 1.0,
        min_p: float = 0.0,
        repetition_penalty: float = 1.0,
        greedy: bool = False,
        num_samples: int = 1,
        seed: Optional[int] = None,
    ) -> Union[str, list[str]]:
        """The prompt and ``length`` generated tokens, as ``rnncli sample --prime PROMPT`` prints them (a
        list of ``num_samples`` texts when more than one). Without ``seed`` a random one is drawn and
        kept in ``self.seed``, so that a sample can be repeated."""
        from rnncli.lm.use import sample_texts, stream_text

        sampling = dict(temperature=temperature, top_k=top_k, top_p=top_p, min_p=min_p)
        sampling.update(repetition_penalty=repetition_penalty, greedy=greedy)
        steps = self._steps(prompt, length, num_samples, seed, **sampling)
        if num_samples == 1:
            return "".join(stream_text(self.loaded, steps, prompt))
        return sample_texts(self.loaded, steps, prompt, num_samples)

    def stream(self, prompt: str = "", length: int = 500, *, seed: Optional[int] = None, **sampling) -> Iterator[str]:
        """The sample of ``sample`` (the same options) as it is generated: the prompt, then each piece of
        text as soon as it decodes to whole characters."""
        yield from self._stream(prompt, length, seed, sampling)

    def _stream(self, prompt: str, length: int, seed: Optional[int], sampling: dict) -> Iterator[str]:
        from rnncli.lm.use import stream_text

        yield from stream_text(self.loaded, self._steps(prompt, length, 1, seed, **sampling), prompt)

    def score(self, text: str, *, batch_size: int = 32, seq_len: int = 256):
        """Loss (nats per token), perplexity, bits per token and per character of the model on ``text``, as
        ``rnncli eval`` computes them (an ``EvalResult``; ``dataclasses.asdict`` gives eval's --json)."""
        from rnncli.lm.use import evaluate_text

        return evaluate_text(self.loaded, text, "text", batch_size, seq_len)

    def activations(self, text: str, *, max_chars: int = 20000) -> "Activations":
        """Read the first ``max_chars`` characters of ``text`` through the model and keep every signal of
        every layer (``rnncli activations``): the hidden state, an LSTM's cell state and gates."""
        from rnncli.errors import InputError, UsageError
        from rnncli.inspect.record import record_text

        if max_chars < 1:
            raise UsageError(f"--max-chars must be at least 1 (got {max_chars})")
        if not text:
            raise InputError("the text is empty", "give a file with some text in it")
        return Activations(record_text(self.model, self.tokenizer, text[:max_chars]), str(self.path))

    def gradients(
        self, text: str, *, max_distance: int = 100, positions: int = 32, warmup: int = 50, max_chars: int = 100000
    ) -> "GradientFlow":
        """How far back through time the gradient of the loss reaches over ``text`` (``rnncli gradients``):
        the norm of dL_t/dh_{t-k} against the distance k, per layer, and what explains it."""
        from rnncli.cli.gradients import check_sizes, display_name
        from rnncli.errors import InputError
        from rnncli.inspect.gradients import gradient_flow

        check_sizes(max_distance, positions, warmup, max_chars)
        if not text:
            raise InputError("the text is empty", "give a file with some text in it")
        ids = self.tokenizer.encode(text[:max_chars])
        return GradientFlow(gradient_flow(self.model, ids, max_distance, positions, warmup, display_name(self.path)))


class GradientFlow:
    """``LanguageModel.gradients``: ``flow`` (the measurement: per layer the gradient norms against the
    distance, the path products, W_hh's singular values), ``as_dict()`` (``gradients --json``); its repr is
    the command's summary table, and in a notebook it is the chart of ``gradients -o``."""

    def __init__(self, flow):
        self.flow = flow

    def as_dict(self) -> dict:
        return self.flow.to_dict()

    def figure(self):
        from rnncli.inspect.figures import gradients_figure

        return gradients_figure([self.flow])

    def __repr__(self) -> str:
        from rnncli.cli.common import aligned
        from rnncli.cli.gradients import summary_rows

        return aligned(summary_rows([self.flow]))

    def _repr_png_(self) -> bytes:
        from rnncli.inspect.figures import png_bytes

        return png_bytes(self.figure())


class Activations:
    """Every signal of a model over a text: ``signals[name]`` is a NumPy array (layers, tokens, units) for
    h (hidden state), c (LSTM cell) and the gates (i f g o, or r z n); ``tokens`` the text's pieces.
    In a notebook it shows the units that vary most, coloured (blue -1, white 0, red +1)."""

    def __init__(self, recorded, source: str = ""):
        self.recorded, self.source = recorded, source

    signals = property(lambda self: self.recorded.signals)
    tokens = property(lambda self: list(self.recorded.texts))
    text = property(lambda self: self.recorded.text)
    layers = property(lambda self: self.recorded.layers)
    units = property(lambda self: self.recorded.units)

    def __repr__(self) -> str:
        r = self.recorded
        return f"<Activations: {len(r)} tokens, {r.cell.upper()} {r.layers}x{r.units}, signals {' '.join(r.signals)}>"

    def values(self, unit: str):
        """One unit's value after each token: ``unit`` as ``--units`` writes one ([layer.][signal]unit)."""
        from rnncli.lm.activations import named_units

        (u,) = named_units(self.recorded, unit)
        return self.recorded.values(u.layer, u.signal, u.unit)

    def find(self, hypothesis: str, *, layer: Optional[int] = None, signal: Optional[str] = None) -> list:
        """Every unit ranked by how well it tracks a hypothesis (``activations --find``): quotes,
        double-quotes, brackets, line-position, indent or a regular expression. Each score has ``layer``,
        ``signal``, ``unit``, ``score`` (AUC, or |correlation|), ``statistic`` and ``direction``."""
        from rnncli.inspect.hypotheses import hypothesis as make_hypothesis
        from rnncli.inspect.hypotheses import rank_units

        self.recorded.check(layer=layer, signal=signal)
        hyp = make_hypothesis(hypothesis, self.recorded.text)
        return rank_units(self.recorded, hyp, [layer] if layer else None, [signal] if signal else None)[0]

    def show(
        self,
        units: Optional[str] = None,
        *,
        find: Optional[str] = None,
        layer: Optional[int] = None,
        signal: Optional[str] = None,
        top: int = 3,
        show_chars: int = 2000,
    ) -> Page:
        """The text coloured by units, as ``activations --html`` draws it: the ``units`` named, else the
        ``top`` that track ``find`` best, else the ``top`` that vary most (of ``layer``, ``signal``)."""
        from rnncli.inspect.hypotheses import hypothesis, rank_units
        from rnncli.inspect.render import table, units_body
        from rnncli.lm.activations import first_chars, found_units, most_varying_units, named_units

        acts = self.recorded
        acts.check(layer=layer, signal=signal)
        if units is not None:
            shown = named_units(acts, units, layer, signal)
        elif find is not None:
            hyp = hypothesis(find, acts.text)
            scores = rank_units(acts, hyp, [layer] if layer else None, [signal] if signal else None)[0]
            shown = found_units(scores, hyp.binary, top)
        else:
            shown = most_varying_units(acts, layer, signal, top)
        view = first_chars(acts, show_chars)
        title = f"{self.source}: " + (f"units tracking {find!r}" if units is None and find else "units")
        return Page(units_body(view, shown), title, table(view, shown))

    def explorer(self, *, layer: Optional[int] = None, signal: Optional[str] = None, show_chars: int = 2000) -> Page:
        """The explorer page of ``activations --explorer``: select a span of the text and it ranks the units
        that separate it from the rest. In a notebook it shows in a frame."""
        from rnncli.inspect.explorer import explorer_page
        from rnncli.lm.activations import first_chars

        acts = first_chars(self.recorded, show_chars)
        acts.check(layer=layer, signal=signal)
        signals = [signal] if signal else (["h", "c"] if acts.cell == "lstm" else ["h"])
        layers = [layer] if layer else list(range(1, acts.layers + 1))
        intro = f"{acts.cell.upper()} {acts.layers}x{acts.units}:"
        title = f"{self.source}: explorer"
        return Page(None, title, document=explorer_page(acts, layers, signals, title, intro))

    def gate_stats(self) -> list:
        """Per layer, gate and unit, how often the gate is saturated (``activations --gate-stats``)."""
        from rnncli.inspect.gates import gate_stats

        return gate_stats(self.recorded)

    def _repr_html_(self) -> str:
        return self.show()._repr_html_()
