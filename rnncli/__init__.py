"""rnncli: train, sample, translate with and look inside recurrent neural networks.

The command line is ``rnncli`` (rnncli.cli); this package is the Python API: ``rnncli.load(PATH)`` gives a
trained model as an object of its kind, ``rnncli.train_lm(...)`` (and the other tasks) trains one, and
``rnncli.Error`` is the base of the errors a user can cause (each with the command's exit code,
``exit_code``). The API is imported on first use, so that ``import rnncli`` (and the command line) stays
cheap: no torch until a model is needed.
"""

from rnncli.errors import CheckpointError, InputError, Interrupted, OutputError, TrainingError, UsageError
from rnncli.errors import RnncliError as Error
from rnncli.version import __version__

_API = [
    "load",
    "LanguageModel",
    "Translator",
    "Classifier",
    "Captioner",
    "QuestionAnswerer",
    "Activations",
    "AttentionMap",
    "Explanation",
    "Page",
    "Picture",
    "Run",
    "train_lm",
    "train_mt",
    "train_clf",
    "train_caption",
    "train_vqa",
]
__all__ = [
    *_API,
    "Error",
    "UsageError",
    "InputError",
    "CheckpointError",
    "OutputError",
    "TrainingError",
    "Interrupted",
    "__version__",
]


def __getattr__(name: str):
    """The API's names, imported when first asked for."""
    if name in _API:
        from rnncli import api

        return getattr(api, name)
    raise AttributeError(f"module 'rnncli' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
