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
    """A piece of HTML (coloured text, an attention map): shown in a notebook, written whole with ``save``."""

    def __init__(self, body: str, title: str, text: Optional[str] = None):
        self.body, self.title, self.text = body, title, text

    def html(self) -> str:
        """The whole page, as the commands' --html writes one."""
        from rnncli.inspect.render import page

        return page(self.title, self.body)

    def save(self, path) -> None:
        from rnncli.textio import atomic_write

        with atomic_write(path, "w", what="HTML page") as f:
            f.write(self.html())

    def _repr_html_(self) -> str:
        from rnncli.inspect.render import fragment

        return fragment(self.body)

    def __repr__(self) -> str:
        return self.text if self.text is not None else f"<{self.title}>"
