"""`rnncli tokenize`: learn a vocabulary and encode / decode text with it.

Encoding works line by line, like sentencepiece's own tools: each input line becomes one output line
of pieces (or ids with --ids) separated by spaces.  In piece output a space is written as U+2581
("▁"), and anything that would be ambiguous as its UTF-8 bytes ("<0xE2>..."), so decoding the
pieces gives back the text exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from rnncli.cli.app import app
from rnncli.cli.common import info

tokenize_app = typer.Typer(
    help="Learn a vocabulary (characters, BPE, unigram) and encode / decode text with it.", no_args_is_help=True
)
app.add_typer(tokenize_app, name="tokenize", rich_help_panel="Data")

SPACE = "\u2581"


def _char_piece(tok, i: int) -> str:
    p = tok.id_to_piece(i)
    if p == " ":
        return SPACE
    if p == SPACE:
        return "".join(f"<0x{b:02X}>" for b in SPACE.encode())
    if p.isspace() or not p.isprintable():
        return "".join(f"<0x{b:02X}>" for b in p.encode("utf-8", "surrogatepass"))
    return p


def _is_piece(tok, piece: str) -> bool:
    from rnncli.errors import InputError
    from rnncli.tokenizers import CharTokenizer

    if isinstance(tok, CharTokenizer):
        try:  # a character model's own lookup: its characters and byte fallbacks
            tok.piece_to_id(piece)
        except InputError:
            return piece == SPACE  # how `encode` writes a space
        return True
    unk = tok.sp.unk_id()
    return tok.sp.PieceToId(piece) != unk or piece == tok.sp.IdToPiece(unk)


def _pieces_to_text(tok, pieces: list[str]) -> str:
    from rnncli.tokenizers import CharTokenizer

    if not isinstance(tok, CharTokenizer):
        return tok.sp.DecodePieces(pieces)
    data = bytearray()
    for p in pieces:
        if p == SPACE:
            data += b" "
        elif p.startswith("<0x") and p.endswith(">") and len(p) == 6:
            try:
                data.append(int(p[3:5], 16))
            except ValueError:
                data += p.encode()
        else:
            data += p.encode("utf-8", "surrogatepass")
    return data.decode("utf-8", "replace")


@tokenize_app.command("train")
def train(
    corpus: Annotated[List[Path], typer.Argument(help="Text files to learn the vocabulary from.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the tokenizer model.")],
    kind: Annotated[str, typer.Option(help="char, bpe or unigram.")] = "char",
    vocab_size: Annotated[
        int, typer.Option(help="Vocabulary size (bpe / unigram; the same default as train-lm).")
    ] = 2000,
) -> None:
    """Learn a vocabulary from text files and save it."""
    from rnncli.errors import UsageError
    from rnncli.lm.data import read_corpus
    from rnncli.textio import check_writable
    from rnncli.tokenizers import KINDS, train_tokenizer

    if kind not in KINDS:
        raise UsageError(f"unknown --kind {kind!r}; choose one of {', '.join(KINDS)}")
    if vocab_size < 1:
        raise UsageError(f"--vocab-size must be positive (got {vocab_size})")
    check_writable(output, "tokenizer file")
    text = read_corpus(corpus)
    tok = train_tokenizer([text], kind, vocab_size)
    tok.save(output)
    info(f"wrote {output}: {tok.describe()}")


def _input_lines(file: Optional[Path]) -> list[str]:
    from rnncli.textio import read_lines

    return read_lines(file if file is not None else "-", "input file")


@tokenize_app.command("encode")
def encode(
    model: Annotated[Path, typer.Option("--model", "-m", help="Tokenizer model file.")],
    file: Annotated[Optional[Path], typer.Argument(help="Text to encode (default: stdin).", show_default=False)] = None,
    ids: Annotated[bool, typer.Option("--ids", help="Print token ids instead of pieces.")] = False,
) -> None:
    """Encode text line by line into pieces or ids."""
    from rnncli.tokenizers import CharTokenizer, load

    tok = load(model)
    lines = _input_lines(file)
    out = sys.stdout
    for line in lines:
        toks = tok.encode(line)
        if ids:
            out.write(" ".join(map(str, toks)) + "\n")
        elif isinstance(tok, CharTokenizer):
            out.write(" ".join(_char_piece(tok, i) for i in toks) + "\n")
        else:
            out.write(" ".join(tok.id_to_piece(i) for i in toks) + "\n")
    out.flush()


@tokenize_app.command("decode")
def decode(
    model: Annotated[Path, typer.Option("--model", "-m", help="Tokenizer model file.")],
    file: Annotated[
        Optional[Path], typer.Argument(help="Pieces or ids to decode (default: stdin).", show_default=False)
    ] = None,
    ids: Annotated[bool, typer.Option("--ids", help="The input is token ids, not pieces.")] = False,
) -> None:
    """Decode pieces or ids (one sequence per line) back into text."""
    from rnncli.errors import InputError
    from rnncli.tokenizers import load

    tok = load(model)
    out = sys.stdout
    for n, line in enumerate(_input_lines(file), 1):
        fields = line.split(" ") if line else []
        if ids:
            try:
                seq = [int(f) for f in fields if f]
            except ValueError:
                raise InputError(
                    f"line {n} is not a list of token ids: {line[:40]!r}", "drop --ids to decode pieces"
                ) from None
            out.write(tok.decode(seq) + "\n")
        else:
            pieces = [f for f in fields if f]
            unknown = [p for p in pieces if not _is_piece(tok, p)]
            if unknown and all(p.isdigit() for p in pieces):
                raise InputError(f"line {n} looks like token ids, not pieces: {line[:40]!r}", "pass --ids")
            if unknown:
                raise InputError(
                    f"line {n}: {unknown[0]!r} is not a piece of this tokenizer",
                    "decode what `rnncli tokenize encode` wrote with the same model (ids with --ids)",
                )
            out.write(_pieces_to_text(tok, pieces) + "\n")
    out.flush()
