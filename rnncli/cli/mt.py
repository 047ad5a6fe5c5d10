"""Translation commands: `train-mt`, `translate`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import (
    complete_checkpoint,
    info,
    looks_like_text,
    use_colour,
)
from rnncli.cli.options import training_command
from rnncli.cli.training import result_record, run_training_command, steps_done
from rnncli.settings import TrainMTOptions

_DATA, _TOK, _MODEL, _OPT, _RUN, _SEARCH = "Data", "Vocabulary", "Model", "Optimisation", "Run", "Search"
_ATTN = "Attention maps"


def _s(p: Optional[Path]) -> Optional[str]:
    return str(p) if p is not None else None


@training_command(app, TrainMTOptions, "Translation", "Train an attention encoder-decoder translator.")
def train_mt_command(opts: TrainMTOptions, ctx: typer.Context, log_every, tensorboard: bool, json_out: bool) -> None:
    from rnncli.mt.train import train_mt

    r = run_training_command(train_mt, opts, ctx.command, log_every, tensorboard)
    if r.rank != 0:  # under torchrun, rank 0 reports for all
        return
    info(f"done: {steps_done(r.steps, r.start_step, r.seconds)}; best dev BLEU {r.best_bleu:.2f}; checkpoint {r.best}")
    if json_out:
        print(json.dumps(result_record(r, "best_bleu", "final_bleu")))


def _write_translation(out, n: int, tr, json_out: bool, n_best: int) -> None:
    """One input line's translation: its text; with --n-best, one 'id<TAB>score<TAB>text' row per
    hypothesis; with --json, one object."""
    if json_out:
        hyps = [{"translation": t, "score": h.score, "logprob": h.logprob} for t, h in zip(tr.texts, tr.hypotheses)]
        record = {"id": n, "source": tr.source, "translation": tr.text, "n_best": hyps}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif n_best > 1:
        for t, h in zip(tr.texts, tr.hypotheses):
            out.write(f"{n}\t{h.score:.4f}\t{t}\n")
        if not tr.hypotheses:  # an empty line: still one row, so that every input id appears
            out.write(f"{n}\t\t\n")
    else:
        out.write(tr.text + "\n")


@app.command("translate", rich_help_panel="Translation")
def translate_command(
    checkpoint: Annotated[
        Optional[Path],
        typer.Argument(
            autocompletion=complete_checkpoint,
            help="A translation checkpoint. Default: the most recent one under ./runs (a lone argument that "
            "is not a checkpoint is then the input file).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Optional[Path], typer.Argument(help="Lines to translate (default: stdin).", show_default=False)
    ] = None,
    beam: Annotated[
        Optional[int], typer.Option(help="Beam size.  [default: 5]", show_default=False, rich_help_panel=_SEARCH)
    ] = None,
    greedy: Annotated[
        bool, typer.Option("--greedy", help="Greedy decoding instead of beam search.", rich_help_panel=_SEARCH)
    ] = False,
    length_penalty: Annotated[
        float,
        typer.Option(
            help="Rank by log-probability / length**alpha (1: per-token average; 0: raw sum).", rich_help_panel=_SEARCH
        ),
    ] = 1.0,
    max_len: Annotated[int, typer.Option(help="Longest translation in tokens.", rich_help_panel=_SEARCH)] = 200,
    len_ratio: Annotated[
        float,
        typer.Option(
            help="Longest translation relative to the source length (plus 5 tokens).", rich_help_panel=_SEARCH
        ),
    ] = 2.0,
    n_best: Annotated[
        int,
        typer.Option(
            help="Print the N best hypotheses as id<TAB>score<TAB>text rows (an empty "
            "input line gives one row with no score).",
            rich_help_panel=_SEARCH,
        ),
    ] = 1,
    batch_size: Annotated[int, typer.Option(help="Sentences per batch.", rich_help_panel=_SEARCH)] = 32,
    keep_placeholders: Annotated[
        bool,
        typer.Option(
            help="Keep printf/brace placeholders (%s, %1$d, %(name)s, {0}, {name}) and identifier-like tokens "
            "(snake_case, camelCase, os.path, --option) exactly: each is replaced by a sentinel before "
            "translation and put back after, exactly once.",
            rich_help_panel=_SEARCH,
        ),
    ] = True,
    truncate: Annotated[bool, typer.Option(help="Cut over-long input lines instead of refusing them.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    show_attention: Annotated[
        bool,
        typer.Option(
            "--show-attention",
            help="Draw each sentence's attention weights as a grid on stderr (source pieces "
            "across, target pieces down); stdout keeps only the translations.",
            rich_help_panel=_ATTN,
        ),
    ] = False,
    attention_png: Annotated[
        Optional[Path],
        typer.Option(help="Write one attention map per sentence to DIR/attention-NNNN.png.", rich_help_panel=_ATTN),
    ] = None,
    html: Annotated[
        Optional[Path],
        typer.Option(help="Write every sentence's attention map to one HTML page.", rich_help_panel=_ATTN),
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
) -> None:
    """Translate lines (greedy or beam search), one translation per line to stdout."""
    from rnncli.mt.use import load_mt, search_settings, translate_lines
    from rnncli.textio import read_lines

    settings = search_settings(
        beam,
        greedy,
        max_len=max_len,
        len_ratio=len_ratio,
        length_penalty=length_penalty,
        n_best=n_best,
        batch_size=batch_size,
        keep_placeholders=keep_placeholders,
    )
    attention = None
    if show_attention or attention_png is not None or html is not None:
        attention = AttentionOutput(show_attention, attention_png, html)
        settings.keep_attention = True
    if checkpoint is not None and file is None and looks_like_text(checkpoint):
        # `rnncli translate input.txt`: one argument that is not a checkpoint is the text to translate
        checkpoint, file = None, checkpoint
    mt = load_mt(_s(checkpoint), device)
    if checkpoint is None:
        info(f"using {mt.path}")
    if attention is not None:
        attention.check_model(mt)
    lines = read_lines(file if file is not None else "-", "input file")
    out = sys.stdout
    for n, tr in enumerate(translate_lines(mt, lines, settings, truncate)):
        _write_translation(out, n, tr, json_out, n_best)
        if attention is not None:
            attention.add(n, tr)  # after the translation, so that a terminal shows them in order
    out.flush()
    if attention is not None:
        attention.finish(mt)


class AttentionOutput:
    """What `translate --show-attention / --attention-png DIR / --html FILE` do with each translation.

    The grid goes to stderr, so stdout stays exactly the translations; images and the page are written
    as the sentences come (PNGs) or at the end (HTML).
    """

    def __init__(self, show: bool, png_dir: Optional[Path], html: Optional[Path]):
        from rnncli.textio import check_writable, ensure_dir

        self.show = show
        self.png_dir = ensure_dir(png_dir, "--attention-png directory") if png_dir is not None else None
        self.html = check_writable(html, "HTML page") if html is not None else None
        self.colour = use_colour(sys.stderr)
        self.items: list = []
        self.pngs = 0

    def check_model(self, mt) -> None:
        from rnncli.mt.use import check_attention

        check_attention(mt)
        self.mt = mt

    def grid(self, tr):
        """(weights as a NumPy array, source pieces, target pieces) of the best hypothesis, or None."""
        from rnncli.mt.use import attention_grid

        return attention_grid(self.mt, tr)

    def add(self, n: int, tr) -> None:
        g = self.grid(tr)
        if g is None:
            return
        w, src, tgt = g
        if self.show:
            from rnncli.inspect.attention import grid_text

            sys.stdout.flush()
            sys.stderr.write(
                f"attention {n + 1}: {tr.source.strip()}  ->  {tr.text}\n" + grid_text(w, src, tgt, self.colour) + "\n"
            )
            sys.stderr.flush()
        if self.png_dir is not None:
            from rnncli.inspect.figures import attention_figure, save_png

            title = f"{n + 1}. {tr.source.strip()}\n{tr.text}"
            save_png(attention_figure(w, src, tgt, title), self.png_dir / f"attention-{n + 1:04d}.png")
            self.pngs += 1
        if self.html is not None:
            self.items.append((n + 1, tr.source.strip(), tr.text, w, src, tgt))

    def finish(self, mt) -> None:
        from rnncli.textio import atomic_write

        if self.png_dir is not None:
            info(f"wrote {self.pngs} attention map{'s' if self.pngs != 1 else ''} to {self.png_dir}")
        if self.html is not None:
            from rnncli.inspect.attention import html_grids

            with atomic_write(self.html, "w", what="HTML page") as f:
                f.write(html_grids(self.items, f"{mt.path}: attention"))
            info(f"wrote {self.html}")
