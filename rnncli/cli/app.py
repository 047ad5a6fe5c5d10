"""The Typer application every command module registers itself on."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from rnncli.cli.group import RnncliGroup, debug_callback, version_callback

app = typer.Typer(
    name="rnncli",
    cls=RnncliGroup,
    help="Train, sample, translate with and look inside recurrent neural networks.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version and exit."),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", callback=debug_callback, is_eager=True, help="Show full tracebacks instead of one-line errors."
        ),
    ] = False,
) -> None:
    """Train, sample, translate with and look inside recurrent neural networks.

    Data goes to stdout; progress, logs and errors go to stderr.
    """
