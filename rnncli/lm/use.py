"""Using a trained language model: loading it, generating text, scoring text."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import torch

from rnncli import payload, tokenizers
from rnncli.errors import InputError, UsageError
from rnncli.lm.sampling import SamplingSettings, choose
from rnncli.models.lm import LMPayload, RNNLanguageModel


@dataclass
class LoadedLM:
    model: RNNLanguageModel
    tokenizer: tokenizers.AnyTokenizer
    path: Path
    metrics: dict


def load_lm(path: Optional[str], device: str = "auto") -> LoadedLM:
    got = payload.load(LMPayload, path, device)
    return LoadedLM(got.model, got.payload.tokenizer, got.path, got.metrics)


def generate(
    lm: LoadedLM,
    settings: SamplingSettings,
    length: int,
    prime: str = "",
    num_samples: int = 1,
    seed: Optional[int] = None,
) -> Iterator[list[int]]:
    """Yields, once per step, the next token id of every sample (a list of ``num_samples`` ids).

    The recurrent state is advanced one token at a time and never recomputed: the prime text is fed
    once, then each generated token once.
    """
    settings.validate()
    if length < 0:
        raise UsageError(f"--length must be 0 or positive (got {length})")
    if num_samples < 1:
        raise UsageError(f"--num-samples must be at least 1 (got {num_samples})")
    tok = lm.tokenizer
    device = next(lm.model.parameters()).device
    gen = torch.Generator(device=device)
    gen.manual_seed(seed if seed is not None else torch.seed())
    # With no prime text the model starts as if after a line break (it is not printed).
    start = tok.encode(prime) if prime else tok.encode("\n")
    if not start:
        raise UsageError("the prime text encodes to no tokens")
    stepper = lm.model.stepper()
    stepper.reset(num_samples)
    # Byte fallbacks of a character model and control pieces never occurred in training text.
    stepper.ban(torch.tensor(tok.unused_ids(), dtype=torch.long, device=device))
    ids = torch.tensor(start, dtype=torch.long, device=device).unsqueeze(0).expand(num_samples, -1)
    logits = stepper.feed(ids)
    seen = None
    if settings.repetition_penalty != 1.0:
        seen = torch.zeros(num_samples, tok.vocab_size, dtype=torch.bool, device=device)
        seen[:, torch.tensor(start, device=device)] = True
    for k in range(length):
        nxt = choose(logits, settings, gen, seen)
        if seen is not None:
            seen[torch.arange(num_samples, device=device), nxt] = True
        yield nxt.tolist()
        if k + 1 < length:  # no step after the last token
            logits = stepper.step(nxt)


def choose_seed(settings: SamplingSettings, seed: Optional[int]) -> Optional[int]:
    """The seed of a sample: the one given, else (unless the decoding is greedy) a fresh random one, which
    the caller reports so that the sample can be repeated."""
    if seed is None and not settings.is_greedy:
        seed = int(torch.randint(0, 2**31 - 1, ()).item())
    return seed


def sample_texts(lm: LoadedLM, steps: Iterator[list[int]], prime: str, num_samples: int) -> list[str]:
    """Every sample's whole text (the prime text, then what was generated), once the batch is done."""
    columns: list[list[int]] = [[] for _ in range(num_samples)]
    for ids in steps:
        for col, i in zip(columns, ids):
            col.append(i)
    return [prime + lm.tokenizer.decode(col) for col in columns]


def stream_text(lm: LoadedLM, steps: Iterator[list[int]], prime: str) -> Iterator[str]:
    """One sample's text as it is generated: the prime text, then each piece as soon as it decodes to whole
    characters (``"".join`` of it is the sample's text)."""
    dec = tokenizers.StreamDecoder(lm.tokenizer)
    yield prime
    for ids in steps:
        yield dec.push(ids[0])
    yield dec.flush()


@dataclass
class EvalResult:
    checkpoint: str
    file: str
    tokens: int
    characters: int
    loss: float  # nats per token
    perplexity: float
    bits_per_token: float
    bits_per_char: float


def evaluate_text(lm: LoadedLM, text: str, name: str, batch_size: int = 32, seq_len: int = 256) -> EvalResult:
    from rnncli.lm.evaluate import evaluate

    if batch_size < 1 or seq_len < 1:
        raise UsageError("--batch-size and --seq-len must be at least 1")
    if not text:
        raise InputError(f"{name} is empty", "give a file with some text in it")
    ids = torch.from_numpy(lm.tokenizer.encode_array(text))
    if len(ids) < 2:
        raise InputError(f"{name} is too short to score (it needs at least two tokens)")
    device = next(lm.model.parameters()).device
    loss, n = evaluate(lm.model, ids, batch_size, seq_len, device)
    chars = len(text) * n / len(ids)  # the characters of the n tokens scored (the first is never predicted)
    return EvalResult(
        checkpoint=str(lm.path),
        file=name,
        tokens=n,
        characters=round(chars),
        loss=loss,
        perplexity=math.exp(min(loss, 700.0)),
        bits_per_token=loss / math.log(2),
        bits_per_char=loss * n / math.log(2) / max(chars, 1),
    )
