"""benchmarks/reading.py: the rendered words it trains and tests on, and how it scores captions."""

from __future__ import annotations

from benchmarks import reading
from rnncli.caption.data import read_captions
from rnncli.images import image_size


def test_the_words_are_rendered_at_128x40_and_the_test_words_are_unseen(tmp_path):
    train, test, note = reading.build(tmp_path, n_train=30, n_test=10)
    a, b = read_captions(str(train)), read_captions(str(test))
    assert len(a.pairs) == 30 and len(b.pairs) == 10
    assert not {c for _, c in a.pairs} & {c for _, c in b.pairs}
    assert all(c.isalpha() and c.islower() and 3 <= len(c) <= 10 for _, c in a.pairs + b.pairs)
    assert {image_size(p) for p in a.images + b.images} == {(128, 40)}
    again = tmp_path / "again"
    reading.build(again, n_train=30, n_test=10)  # seeded: the same words and the same pixels
    assert (again / "train.tsv").read_text() == train.read_text()
    assert (again / "img" / "train0007.png").read_bytes() == (tmp_path / "img" / "train0007.png").read_bytes()
    dejavu = any(f.exists() for f in reading.FONTS)  # else Pillow's built-in font, and a note that says so
    assert (note == "") if dejavu else ("fonts-dejavu-core" in note)


def test_exact_match_and_character_error_rate():
    assert reading.levenshtein("kitten", "sitting") == 3 and reading.levenshtein("", "abc") == 3
    got = reading.score(["hello", "wrld", ""], ["hello", "world", "abc"])
    assert got["exact_match"] == 100 / 3
    assert got["cer"] == (0 + 1 + 3) / (5 + 5 + 3)
