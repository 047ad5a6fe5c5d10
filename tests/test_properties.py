"""Property-based tests (Hypothesis): the logit processors, and fuzzing of every file reader and of
the checkpoint loader with arbitrary bytes (the only acceptable failure is rnncli's own clean error)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import torch
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from rnncli import checkpoint, tokenizers
from rnncli.errors import RnncliError
from rnncli.lm.sampling import SamplingSettings, apply_top_k, apply_top_p, choose, process
from rnncli.mt.corpus import read_pairs
from rnncli.textio import read_lines, read_text

# Logits: finite, at least 0.01 apart (so that rankings are unambiguous), within +-20.
logit_rows = st.lists(st.integers(-2000, 2000), min_size=2, max_size=40, unique=True).map(
    lambda xs: [x / 100 for x in xs]
)


def probs_of(logits: torch.Tensor) -> torch.Tensor:
    return torch.softmax(logits, dim=-1)


@settings(max_examples=200, deadline=None)
@given(
    row=logit_rows,
    temperature=st.floats(0.05, 5),
    top_k=st.integers(0, 50),
    top_p=st.floats(0.01, 1.0),
    min_p=st.floats(0.0, 0.99),
    penalty=st.floats(0.5, 2.0),
)
def test_processed_probabilities_sum_to_one(row, temperature, top_k, top_p, min_p, penalty):
    s = SamplingSettings(temperature=temperature, top_k=top_k, top_p=top_p, min_p=min_p, repetition_penalty=penalty)
    s.validate()
    logits = torch.tensor([row])
    seen = torch.zeros_like(logits, dtype=torch.bool)
    seen[0, ::3] = True
    p = probs_of(process(logits, s, seen))
    assert torch.isfinite(p).all()
    assert p.sum().item() == pytest.approx(1.0, abs=1e-5)
    assert (p > 0).sum().item() >= 1


@settings(max_examples=200, deadline=None)
@given(row=logit_rows, k=st.integers(1, 60))
def test_top_k_keeps_exactly_k(row, k):
    logits = torch.tensor([row])
    kept = torch.isfinite(apply_top_k(logits, k))[0]
    assert kept.sum().item() == min(k, len(row))
    # and they are the k largest
    if k < len(row):
        assert logits[0][kept].min() > logits[0][~kept].max()


@settings(max_examples=200, deadline=None)
@given(row=logit_rows, p=st.floats(0.01, 0.999))
def test_top_p_keeps_the_smallest_set_reaching_p(row, p):
    logits = torch.tensor([row], dtype=torch.float64)
    probs = probs_of(logits)[0]
    kept = torch.isfinite(apply_top_p(logits, p))[0]
    order = torch.argsort(probs, descending=True)
    mass = torch.cumsum(probs[order], 0)
    assume(not torch.isclose(mass, torch.tensor(p, dtype=torch.float64), atol=1e-9).any())  # no knife edge
    m = int((mass < p).sum().item()) + 1  # the fewest top tokens whose mass reaches p
    expected = torch.zeros_like(kept)
    expected[order[:m]] = True
    assert torch.equal(kept, expected)
    assert probs[kept].sum() >= p - 1e-9


@settings(max_examples=200, deadline=None)
@given(row=st.lists(st.integers(-2000, 2000), min_size=2, max_size=40, unique=True))
def test_temperature_to_zero_becomes_argmax(row):
    logits = torch.tensor([row], dtype=torch.float32) / 100  # distinct, at least 0.01 apart
    best = int(torch.argmax(logits))
    # temperature 0 is the argmax itself ...
    assert int(choose(logits, SamplingSettings(temperature=0.0))) == best
    # ... and the limit of ever colder softmaxes
    cold = probs_of(process(logits, SamplingSettings(temperature=1e-4)))[0]
    assert cold[best].item() > 0.999
    g = torch.Generator().manual_seed(0)
    assert all(int(choose(logits, SamplingSettings(temperature=1e-4), g)) == best for _ in range(5))


# --- fuzzing: arbitrary bytes into every reader --------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _file(data: bytes) -> Path:
    f = tempfile.NamedTemporaryFile(delete=False, suffix=".bin")
    f.write(data)
    f.close()
    return Path(f.name)


checkpoint_bytes = st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=2000).map(lambda b: checkpoint.MAGIC + b),  # right magic, garbage after
    st.tuples(
        st.dictionaries(
            st.sampled_from(["format", "kind", "sha256", "size", "rnncli"]),
            st.one_of(st.integers(-3, 3), st.text(max_size=10), st.none()),
            max_size=5,
        ),
        st.binary(max_size=500),
    ).map(lambda hb: checkpoint.MAGIC + json.dumps(hb[0]).encode() + b"\n" + hb[1]),
)


@FUZZ
@given(data=checkpoint_bytes)
def test_fuzz_checkpoint_loader(data):
    try:
        checkpoint.loads(data, "fuzz.ckpt")
    except RnncliError:
        pass


@FUZZ
@given(data=st.binary(max_size=3000))
def test_fuzz_valid_header_with_damaged_payload(data, lm_payload_bytes):
    # A real checkpoint whose payload bytes are overwritten at a random place (checksum recomputed so
    # the damage reaches torch.load): still only a clean error, or a clean load.
    import hashlib

    header, body = checkpoint.read_header(lm_payload_bytes, "x")
    if data:
        pos = int.from_bytes(data[:4].ljust(4, b"\0"), "little") % len(body)
        body = body[:pos] + data[4:] + body[pos + len(data[4:]) :]
    header = {**header, "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
    blob = checkpoint.MAGIC + json.dumps(header).encode() + b"\n" + body
    try:
        checkpoint.loads(blob, "fuzz.ckpt")
    except RnncliError:
        pass


@pytest.fixture(scope="module")
def lm_payload_bytes(lm_ckpt) -> bytes:
    return Path(lm_ckpt).read_bytes()


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_tokenizer_loader(data):
    path = _file(data)
    try:
        tokenizers.load(path)
    except RnncliError:
        pass
    finally:
        path.unlink()


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(lambda t: t.encode("utf-8"))))
def test_fuzz_text_readers(data):
    path = _file(data)
    try:
        for read in (
            lambda: read_text(path),
            lambda: read_lines(path),
            lambda: read_pairs(None, None, str(path), "training"),
        ):
            try:
                read()
            except RnncliError:
                pass
    finally:
        path.unlink()
