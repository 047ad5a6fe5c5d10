"""`rnncli tokenize` and the tokenizer round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import assert_clean_error, invoke, make_corpus
from rnncli.tokenizers import CharTokenizer, load, train_tokenizer

TRICKY = "Ünïcödé 日本語 🎉\ttab  two spaces ▁ <0x41> trailing \n\n  indented\n"


@pytest.mark.parametrize("kind,size", [("char", 0), ("bpe", 330), ("unigram", 330)])
def test_cli_round_trip_pieces_and_ids(tmp_path, corpus_file, kind, size):
    model = tmp_path / f"{kind}.model"
    args = ["tokenize", "train", corpus_file, "--kind", kind, "-o", model]
    if size:
        args += ["--vocab-size", str(size)]
    r = invoke(args)
    assert r.exit_code == 0, r.stderr
    assert f"wrote {model}" in r.stderr
    src = tmp_path / "in.txt"
    src.write_text(TRICKY, encoding="utf-8")
    for extra in ([], ["--ids"]):
        enc = invoke(["tokenize", "encode", "--model", model, src, *extra])
        assert enc.exit_code == 0, enc.stderr
        assert len(enc.stdout.splitlines()) == len(TRICKY.splitlines())
        dec = invoke(["tokenize", "decode", "--model", model, *extra], input=enc.stdout)
        assert dec.exit_code == 0, dec.stderr
        assert dec.stdout == TRICKY


def test_encode_reads_stdin_and_prints_pieces(tmp_path, corpus_file):
    model = tmp_path / "c.model"
    assert invoke(["tokenize", "train", corpus_file, "-o", model]).exit_code == 0
    r = invoke(["tokenize", "encode", "-m", model], input="The king\n")
    assert r.stdout == "T h e ▁ k i n g\n"
    ids = invoke(["tokenize", "encode", "-m", model, "--ids"], input="The king\n").stdout.split()
    assert all(i.isdigit() for i in ids) and len(ids) == 8


def test_decode_rejects_non_ids(tmp_path, corpus_file):
    model = tmp_path / "c.model"
    assert invoke(["tokenize", "train", corpus_file, "-o", model]).exit_code == 0
    r = invoke(["tokenize", "decode", "-m", model, "--ids"], input="1 2 x\n")
    assert r.exit_code == 3 and "not a list of token ids" in r.stderr


@pytest.mark.parametrize("kind,size", [("char", 0), ("bpe", 330)])
def test_decode_without_ids_refuses_ids_and_unknown_pieces(tmp_path, corpus_file, kind, size):
    """Ids piped into `decode` without --ids, or pieces the model does not have, are an error with a
    hint, not garbage text and exit 0."""
    model = tmp_path / f"{kind}.model"
    args = ["tokenize", "train", corpus_file, "--kind", kind, "-o", model]
    args += ["--vocab-size", str(size)] if size else []
    assert invoke(args).exit_code == 0
    ids = invoke(["tokenize", "encode", "-m", model, "--ids"], input="The king\n").stdout
    r = invoke(["tokenize", "decode", "-m", model], input=ids)
    assert_clean_error(r, 3, "looks like token ids", "--ids")
    r = invoke(["tokenize", "decode", "-m", model], input="\u2581zzzqqq notapiece\n")
    assert_clean_error(r, 3, "is not a piece of this tokenizer")


def test_any_sentencepiece_model_loads(tmp_path, corpus_file):
    tok = train_tokenizer([make_corpus()], "bpe", 330)
    p = tmp_path / "m.model"
    tok.save(p)
    again = load(p)
    assert again.kind == "bpe" and again.vocab_size == 330


_char_tok = CharTokenizer.train([make_corpus(50)])
_bpe_tok = train_tokenizer([make_corpus(200)], "bpe", 320)
_uni_tok = train_tokenizer([make_corpus(200)], "unigram", 320)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_round_trip_any_unicode_text(s):
    for tok in (_char_tok, _bpe_tok, _uni_tok):
        assert tok.decode(tok.encode(s)) == s


@pytest.mark.parametrize("kind", ["char", "bpe"])
def test_tokenize_and_help_never_import_torch(tmp_path, corpus_file, kind):
    # `tokenize` and `--help` must start fast: the whole pipeline runs in one interpreter and torch
    # must not have been imported at the end.
    import os
    import subprocess
    import sys

    model = tmp_path / "tok.model"
    text = tmp_path / "in.txt"
    text.write_text(TRICKY, encoding="utf-8")
    ids_file = tmp_path / "ids.txt"
    extra = ["--vocab-size", "330"] if kind == "bpe" else []
    code = (
        "import contextlib, io, sys\n"
        "from rnncli.cli import main\n"
        "def run(*args):\n"
        "    sys.argv = ['rnncli', *args]\n"
        "    buf = io.StringIO()\n"
        "    with contextlib.redirect_stdout(buf):\n"
        "        try:\n"
        "            main()\n"
        "        except SystemExit as e:\n"
        "            assert e.code in (0, None), (args, e.code)\n"
        "    return buf.getvalue()\n"
        f"run('--help')\n"
        f"run('tokenize', 'train', {str(corpus_file)!r}, '--kind', {kind!r}, *{extra!r}, '-o', {str(model)!r})\n"
        f"ids = run('tokenize', 'encode', '--model', {str(model)!r}, '--ids', {str(text)!r})\n"
        f"open({str(ids_file)!r}, 'w', encoding='utf-8').write(ids)\n"
        f"back = run('tokenize', 'decode', '--model', {str(model)!r}, '--ids', {str(ids_file)!r})\n"
        f"assert back == {TRICKY!r}, back\n"
        "assert 'torch' not in sys.modules\n"
        "print('no torch')\n"
    )
    p = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[-1] == "no torch"


@pytest.mark.parametrize("kind", ["bpe", "unigram"])
def test_a_new_subword_vocabulary_has_no_stray_none_piece(tmp_path, corpus_file, kind):
    """sentencepiece once got user_defined_symbols=None, which it spelled as a piece "None" at id 4 of every
    vocabulary, so that "Nones" came out as None + s."""
    model = tmp_path / f"{kind}.model"
    assert invoke(["tokenize", "train", corpus_file, "--kind", kind, "--vocab-size", "330", "-o", model]).exit_code == 0
    pieces = invoke(["tokenize", "encode", "-m", model], input="Nones None\n").stdout.split()
    assert "None" not in pieces and "▁None" not in pieces
    tok = load(str(model))
    assert all(tok.decode([i]) != "None" for i in range(tok.vocab_size))
    assert invoke(["tokenize", "decode", "-m", model], input=" ".join(pieces) + "\n").stdout == "Nones None\n"
