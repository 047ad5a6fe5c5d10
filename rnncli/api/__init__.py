"""The Python API (``import rnncli``): ``rnncli.load`` a trained model and use it as the commands do,
``rnncli.train_lm`` (and the other tasks) to train one; results that the terminal shows in colour render
inline in a notebook. docs/python-api.md documents every name."""

from __future__ import annotations

from rnncli.api.clf import Classifier, Explanation
from rnncli.api.lm import Activations, LanguageModel
from rnncli.api.loading import load
from rnncli.api.mt import AttentionMap, Translator
from rnncli.api.training import Run, train_caption, train_clf, train_lm, train_mt, train_vqa
from rnncli.api.views import Page, Picture
from rnncli.api.vision import Captioner, QuestionAnswerer

__all__ = [
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
