"""Errors a user can cause, each with its own exit code.

The CLI turns any :class:`RnncliError` into one line on stderr and the exit code below; everything
else is a bug and keeps its traceback.  The codes are documented in docs/errors.md; in Python every one
is an ``rnncli.Error`` (docs/python-api.md).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1  # training diverged, or another failure that is not the input's fault
EXIT_USAGE = 2  # bad option or argument (also click's own code for usage errors)
EXIT_INPUT = 3  # an input file is missing, unreadable, empty, not UTF-8, malformed
EXIT_CHECKPOINT = 4  # a checkpoint or tokenizer file is corrupt, of the wrong kind or version
EXIT_OUTPUT = 5  # an output path cannot be written
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (after saving what there was to save)
EXIT_BROKEN_PIPE = 141  # the reader of stdout went away (128 + SIGPIPE, as a shell reports it); silent


class RnncliError(Exception):
    """An error caused by the user's input or environment, not by a bug in rnncli."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(RnncliError):
    exit_code = EXIT_USAGE


class InputError(RnncliError):
    exit_code = EXIT_INPUT


class CheckpointError(RnncliError):
    exit_code = EXIT_CHECKPOINT


class OutputError(RnncliError):
    exit_code = EXIT_OUTPUT


class TrainingError(RnncliError):
    exit_code = EXIT_FAILURE


class Interrupted(RnncliError):
    """Ctrl-C stopped a run after it saved what there was to save."""

    exit_code = EXIT_INTERRUPTED
