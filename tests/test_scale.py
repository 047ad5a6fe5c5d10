"""Big corpora: chunked reading and encoding, the memory-mapped token cache, mixed precision options."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
import torch

from conftest import TINY, assert_clean_error, invoke, make_corpus
from rnncli import tokenizers
from rnncli.device import cpu_runs_bf16_lstm
from rnncli.lm import cache, data
from rnncli.lm.cache import prepare_lm_data


@pytest.fixture()
def awkward(tmp_path):
    """Files that exercise every rule of reading: a BOM, CRLF, no final newline, an empty file, a lone
    CR at the end, characters seen only in the held-out part, astral code points, a literal U+2581."""
    files = {
        "bom_crlf.txt": ("\ufeff" + make_corpus(200, 3).replace("\n", "\r\n")).encode(),
        "unicode.txt": (make_corpus(100, 4) + "café naïve 😀 Ωmega\nend").encode(),
        "empty.txt": b"",
        "cr.txt": b"x\r",
        "pieces.txt": ("\u2581 héllo wörld\n" * 50 + "tail ✓ only").encode(),
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    return {name: str(tmp_path / name) for name in files}


@pytest.mark.parametrize("chunk_bytes", [7, 100, 5000, 1 << 20])
def test_chunked_reading_scanning_and_encoding_match_the_whole_text(monkeypatch, awkward, chunk_bytes):
    monkeypatch.setattr(data, "CHUNK_BYTES", chunk_bytes)
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 1 << 40)  # in memory: this test is about the chunking
    sets = [
        ["bom_crlf.txt"],
        ["bom_crlf.txt", "unicode.txt"],
        ["unicode.txt", "empty.txt", "cr.txt", "pieces.txt"],
        ["cr.txt", "bom_crlf.txt"],
    ]
    for names in sets:
        paths = [awkward[n] for n in names]
        text = data.read_corpus(paths)
        assert "".join(t for _, t in data.CorpusReader(paths).chunks()) == text
        for fraction in (0.05, 0.3, 0.49):
            train, held = data.split_text(text, fraction)
            scan = data.scan_corpus(data.CorpusReader(paths), fraction)
            assert (scan.chars, scan.train_chars) == (len(text), len(train))
            assert scan.alphabet == "".join(sorted(set(train)))
            tok = tokenizers.train_tokenizer([train], "char")
            got = prepare_lm_data(paths, None, fraction, tok)
            assert got.train.dtype == np.uint16
            assert np.array_equal(got.train, tok.encode_array(train))
            assert np.array_equal(got.val, tok.encode_array(held))  # unseen characters as byte fallbacks
            assert (got.train_chars, got.val_chars) == (len(train), len(held))


def test_sentencepiece_chunked_encoding_matches_and_learns_the_same_vocabulary(monkeypatch, tmp_path):
    monkeypatch.setattr(data, "CHUNK_BYTES", 300)
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 1 << 40)
    p = tmp_path / "c.txt"
    p.write_text(make_corpus(400, 5) + "\u2581 odd \u2581\u2581 pieces\n", encoding="utf-8")
    train, held = data.split_text(data.read_corpus([p]), 0.1)
    expected = tokenizers.train_tokenizer([train], "bpe", 320)
    got = prepare_lm_data([str(p)], None, 0.1, None, "bpe", 320)
    assert got.tokenizer.to_state() == expected.to_state()
    # against encode(), which calls sentencepiece line by line
    assert np.array_equal(got.train, np.asarray(expected.encode(train)))
    assert np.array_equal(got.val, np.asarray(expected.encode(held)))


def _train(corpus, out, *extra):
    r = invoke(["train-lm", corpus, "--out", out, "--max-steps", "12", "--device", "cpu", "--json", *TINY, *extra])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout), r.stderr


def test_big_corpus_is_encoded_once_memory_mapped_and_reused(tmp_path, corpus_file, monkeypatch):
    uncached, _ = _train(corpus_file, tmp_path / "plain")  # under CACHE_MIN_BYTES: encoded in memory
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 0)
    cache_dir = tmp_path / "cache"
    first, err1 = _train(corpus_file, tmp_path / "one", "--cache-dir", cache_dir)
    assert "token cache:" not in err1
    bins = list(cache_dir.glob("tokens/*/ids-*.bin"))
    assert len(bins) == 1 and len(list(cache_dir.glob("tokens/*/ids-*.json"))) == 1
    assert not list(cache_dir.rglob("*.tmp"))
    second, err2 = _train(corpus_file, tmp_path / "two", "--cache-dir", cache_dir)
    assert f"token cache: {bins[0]}" in err2 and "learning a char vocabulary" in err2
    # The same ids whether encoded in memory, into the cache, or read back from it: the same run.
    assert (
        [c["val_loss"] for c in uncached["curve"]]
        == [c["val_loss"] for c in first["curve"]]
        == [c["val_loss"] for c in second["curve"]]
    )
    loaded = prepare_lm_data([str(corpus_file)], None, 0.05, cache_dir=str(cache_dir))
    assert isinstance(loaded.train.base, np.memmap) or isinstance(loaded.train, np.memmap)
    assert loaded.cache_file == bins[0]
    # The second run resumes the first's checkpoint: the fingerprint stored in the cache matches.
    r = invoke(["train-lm", "--resume", tmp_path / "one" / "last.ckpt", "--max-steps", "14", "--cache-dir", cache_dir])
    assert r.exit_code == 0, r.stderr


def test_a_changed_corpus_is_never_served_from_a_stale_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 0)
    p = tmp_path / "c.txt"
    p.write_text(make_corpus(300, 1), encoding="utf-8")
    before = prepare_lm_data([str(p)], None, 0.05, cache_dir=str(tmp_path / "cache"))
    st = os.stat(p)
    # Same size, same modification time, different bytes: the sampled content digest tells them apart.
    text = p.read_text(encoding="utf-8")
    p.write_text(text[:100] + text[100:200].swapcase() + text[200:], encoding="utf-8")
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(p).st_size == st.st_size
    after = prepare_lm_data([str(p)], None, 0.05, cache_dir=str(tmp_path / "cache"))
    fresh_train, _ = data.split_text(data.read_corpus([p]), 0.05)
    assert np.array_equal(after.train, tokenizers.train_tokenizer([fresh_train], "char").encode_array(fresh_train))
    assert not np.array_equal(after.train, before.train[: len(after.train)])
    assert after.fingerprint != before.fingerprint
    assert len(list((tmp_path / "cache").glob("tokens/*"))) == 2


def test_a_failed_encoding_leaves_no_cache_entry(tmp_path, monkeypatch, corpus_file):
    monkeypatch.setattr(cache, "CACHE_MIN_BYTES", 0)

    def broken(reader, scan, tok, write, progress=None):
        write(np.arange(10, dtype=np.uint16))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache, "encode_corpus", broken)
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "run", "--cache-dir", tmp_path / "cache", *TINY])
    assert_clean_error(r, 5, "cannot write the token cache", "No space left")
    assert not list((tmp_path / "cache").rglob("ids-*")) and not list((tmp_path / "cache").rglob("*.tmp"))
    assert not (tmp_path / "run").exists()


def test_encoding_reports_progress_until_done(tmp_path, monkeypatch, corpus_file):
    monkeypatch.setattr(data, "CHUNK_BYTES", 2000)
    events = []
    prepare_lm_data([str(corpus_file)], None, 0.05, emit=lambda e, d: events.append((e, d)))
    progress = [d for e, d in events if e == "progress"]
    encoding = [d for d in progress if d["task"].startswith("encoding")]
    assert len(encoding) > 3 and encoding[-1]["done"] == encoding[-1]["total"] == corpus_file.stat().st_size
    assert [d["done"] for d in encoding] == sorted(d["done"] for d in encoding)


def test_bad_utf8_in_a_later_chunk_names_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(data, "CHUNK_BYTES", 50)
    p = tmp_path / "bad.txt"
    p.write_bytes(b"fine line\n" * 30 + b"caf\xe9\n")
    r = invoke(["train-lm", p, "--out", tmp_path / "run", *TINY])
    assert_clean_error(r, 3, "is not UTF-8", "line 31")


def test_bf16_trains_on_the_cpu_and_fp16_asks_for_cuda(tmp_path, corpus_file):
    if cpu_runs_bf16_lstm():
        result, _ = _train(
            corpus_file, tmp_path / "bf16", "--precision", "bf16", "--max-steps", "4", "--eval-every", "2"
        )
        assert all(np.isfinite(c["val_loss"]) for c in result["curve"])
    else:  # a CPU without AVX-512: oneDNN has no bf16 LSTM there (the next test covers the error either way)
        r = invoke(["train-lm", corpus_file, "--out", tmp_path / "bf16", "--precision", "bf16", *TINY])
        assert_clean_error(r, 2, "--precision bf16 needs a CPU")
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "fp16", "--device", "cpu", "--precision", "fp16", *TINY])
    assert_clean_error(r, 2, "--precision fp16 needs a CUDA device")
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "x", "--precision", "fp64", *TINY])
    assert_clean_error(r, 2, "Invalid value for '--precision'")
    assert not (tmp_path / "fp16").exists() and not (tmp_path / "x").exists()


def test_bf16_on_a_cpu_without_bf16_lstms_is_one_error_line_before_anything_is_written(
    tmp_path, corpus_file, monkeypatch
):
    from rnncli import device as device_module

    monkeypatch.setattr(device_module, "cpu_runs_bf16_lstm", lambda: False)
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "run", "--precision", "bf16", *TINY])
    assert_clean_error(r, 2, "--precision bf16 needs a CPU that PyTorch runs bfloat16 LSTMs on")
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("has_bf16", [True, False])
def test_auto_precision_is_bf16_exactly_where_the_cpu_has_bfloat16_instructions(
    tmp_path, corpus_file, monkeypatch, has_bf16
):
    from rnncli import device as device_module

    monkeypatch.setattr(device_module, "cpu_has_bf16", lambda: has_bf16)
    monkeypatch.setattr(device_module, "cpu_runs_bf16_lstm", lambda: has_bf16)
    seen = []
    real = torch.autocast
    # (on a test machine without AVX-512 the pretended bf16 is asked for but not applied: oneDNN has none)
    runs_bf16 = cpu_runs_bf16_lstm()

    def autocast(device_type, dtype=None, **kw):  # what the training step asks for
        seen.append(dtype)
        return real(device_type, dtype=dtype, **kw) if runs_bf16 else real(device_type, enabled=False)

    monkeypatch.setattr(torch, "autocast", autocast)
    r = invoke(["train-lm", corpus_file, "--out", tmp_path / "run", "--device", "cpu", "--max-steps", "2", *TINY])
    assert r.exit_code == 0, r.stderr
    if has_bf16:
        assert "bf16 (auto: this CPU has bfloat16 instructions)" in r.stderr
        assert seen and set(seen) == {torch.bfloat16}
    else:
        assert "auto: this CPU" not in r.stderr and not seen
    # a resumed run decides again on the machine it runs on; --precision fp32 turns it off
    r = invoke(["train-lm", "--resume", tmp_path / "run" / "last.ckpt", "--max-steps", "3", "--precision", "fp32"])
    assert r.exit_code == 0, r.stderr
    run_line = next(line for line in r.stderr.splitlines() if line.startswith("run "))
    assert "auto: this CPU" not in run_line and "--precision auto -> fp32" in r.stderr


def test_cpu_has_bf16_reads_the_flags_of_this_machine():
    from rnncli import device as device_module

    flags = set()
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                break
    assert device_module.cpu_has_bf16() == bool(flags & {"avx512_bf16", "amx_bf16"})
