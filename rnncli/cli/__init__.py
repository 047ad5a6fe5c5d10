"""Command-line interface. Each command lives in its own module and registers itself on ``app``.

Importing this package must stay cheap: torch is imported inside the commands that need it.
"""

from __future__ import annotations

# ruff: noqa: I001  (the commands are listed by --help in the order they are registered here)
from rnncli.cli.app import app
from rnncli.cli import tokenize as _tokenize  # noqa: F401  (registers commands)
from rnncli.cli import lm as _lm  # noqa: F401
from rnncli.cli import mt as _mt  # noqa: F401
from rnncli.cli import clf as _clf  # noqa: F401
from rnncli.cli import caption as _caption  # noqa: F401
from rnncli.cli import vqa as _vqa  # noqa: F401
from rnncli.cli import bleu as _bleu  # noqa: F401
from rnncli.cli import activations as _activations  # noqa: F401
from rnncli.cli import plot as _plot  # noqa: F401
from rnncli.cli import gradients as _gradients  # noqa: F401
from rnncli.cli import runs as _runs  # noqa: F401


def main() -> None:
    app(prog_name="rnncli")


__all__ = ["app", "main"]
