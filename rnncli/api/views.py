"""What the Python API's results look like in a notebook: pictures (PNG), coloured text and attention maps
(HTML), each drawn by the same renderer as the command's page or file."""

from __future__ import annotations

import base64
import html
from typing import Optional


def png_html(png: bytes, alt: str = "") -> str:
    """An <img> with the PNG inline (base64), for a notebook or a page."""
    data = base64.b64encode(png).decode("ascii")
    return f'<img alt="{html.escape(alt, quote=True)}" src="data:image/png;base64,{data}">'


class Picture:
    """A PNG image (an attention strip, a run's curves): shown inline in a notebook, written with ``save``."""

    def __init__(self, png: bytes, alt: str = ""):
        self.png, self.alt = png, alt

    def save(self, path) -> None:
        from rnncli.textio import atomic_write

        with atomic_write(path, "wb", what="PNG") as f:
            f.write(self.png)

    def _repr_png_(self) -> bytes:
        return self.png

    def _repr_html_(self) -> str:
        return png_html(self.png, self.alt)

    def __repr__(self) -> str:
        return f"<Picture: {self.alt or 'PNG'}, {len(self.png):,} bytes>"


class Page:
    """A piece of HTML (coloured text, an attention map): shown in a notebook, written whole with ``save``.
    A page with scripts of its own (the explorer) is a whole ``document``, shown in a frame."""

    def __init__(self, body: Optional[str], title: str, text: Optional[str] = None, document: Optional[str] = None):
        self.body, self.title, self.text, self.document = body, title, text, document

    def html(self) -> str:
        """The whole page, as the commands' --html writes one."""
        from rnncli.inspect.render import page

        return self.document if self.document is not None else page(self.title, self.body)

    def save(self, path) -> None:
        from rnncli.textio import atomic_write

        with atomic_write(path, "w", what="HTML page") as f:
            f.write(self.html())

    def _repr_html_(self) -> str:
        from rnncli.inspect.render import fragment

        if self.document is not None:
            frame = html.escape(self.document, quote=True)
            return f'<iframe srcdoc="{frame}" style="width:100%;height:640px;border:1px solid #ddd"></iframe>'
        return fragment(self.body)

    def __repr__(self) -> str:
        return self.text if self.text is not None else f"<{self.title}>"


def in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel (where output can be updated in place)."""
    import sys

    shell = getattr(sys.modules.get("IPython"), "get_ipython", lambda: None)()
    return shell is not None and hasattr(shell, "kernel")


class NotebookProgress:
    """Training progress in a notebook: one output that is updated in place (the command's log lines, as
    ``rnncli train-*`` writes them to a log, then the current step), instead of a stream of lines."""

    def __init__(self, metric: str, log_every: Optional[int] = None, every: float = 0.5):
        import io
        import time

        from rich.console import Console

        from rnncli.cli.progress import TrainingDisplay

        self.buffer = io.StringIO()
        console = Console(file=self.buffer, width=200, no_color=True, highlight=False, force_jupyter=False)
        self.lines = TrainingDisplay(console=console, metric_name=metric, log_every=log_every)
        self.clock, self.every, self.shown, self.now = time.monotonic, every, 0.0, ""
        self.handle = None

    def __call__(self, event: str, data: dict) -> None:
        self.lines(event, data)
        if event == "step":
            total = f"/{self.lines.total}" if self.lines.total else ""
            self.now = f"step {data['step']}{total}  loss {data['loss_avg']:.3f}  {data['tokens_per_s']:,.0f} tok/s"
        if event != "step" or self.clock() - self.shown > self.every:
            self._show()

    def _show(self) -> None:
        from IPython.display import HTML, display

        self.shown = self.clock()
        page = HTML(f"<pre>{html.escape(self.buffer.getvalue())}{html.escape(self.now)}</pre>")
        if self.handle is None:
            self.handle = display(page, display_id=True)
        else:
            self.handle.update(page)

    def __enter__(self) -> "NotebookProgress":
        return self

    def __exit__(self, *exc) -> None:
        self.lines.close()
        self.now = ""
        self._show()
