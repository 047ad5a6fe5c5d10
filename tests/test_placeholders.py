"""`translate` keeps printf/brace placeholders and identifiers exactly (rnncli.mt.placeholders)."""

from __future__ import annotations

import json
from collections import Counter

from conftest import invoke
from rnncli.mt.placeholders import Masked, mask, placeholders, protected_spans, restore

LINES = [
    "the king sees %s",
    "%1$s loves the cat and %2$d dogs",
    "a dog eats %(count)d fish in {name}",
    "the red horse loves {0} and {} and %-5.2f",
    "the setup_gss_names loves os.path and --dry-run",
    "the queen sees the cat %s %s",
    "100% of the kings love fooBar()",
]


def spans_of(line: str) -> Counter:
    return Counter(line[a:b] for a, b in protected_spans(line))


def test_placeholder_and_identifier_patterns():
    assert placeholders("%s: %1$s %-5.2f %(name)s {0} {name} {} %9ld %@ %%") == [
        "%s",
        "%1$s",
        "%-5.2f",
        "%(name)s",
        "{0}",
        "{name}",
        "{}",
        "%9ld",
        "%@",
    ]
    assert placeholders("100% done, 50 % off, {not a placeholder}") == []
    assert spans_of("call setup_gss_names in os.path with --dry-run, e.g. fooBar()") == Counter(
        ["setup_gss_names", "os.path", "--dry-run", "fooBar()"]
    )
    assert spans_of("Save the file. Open it, i.e. now") == Counter()
    assert spans_of("H_eight of the f_ormat in pg_lsn and Star_Calc") == Counter(["pg_lsn", "Star_Calc"])


def test_restore_repairs_dropped_and_repeated_sentinels():
    m = mask("cannot open %s for %d users")
    assert m.text == "cannot open X1 for X2 users" and m.spans == ["%s", "%d"]
    assert restore(m, "kann X1 für X2 Benutzer nicht öffnen") == "kann %s für %d Benutzer nicht öffnen"
    # X2 dropped: put before the target piece that attended most to it (piece 3, "▁Benutzer", at offset 11)
    assert restore(m, "kann X1 für Benutzer", [0, 4, 7, 11], [1, 3]) == "kann %s für %d Benutzer"
    # X1 repeated: the first copy becomes the span, the others go
    assert restore(m, "X1 kann X1 X2 nicht") == "%s kann %d nicht"
    # garbled copies (X10, a lone X) stand in for the missing ones in order; leftovers are deleted
    assert restore(m, "kann X10 für XX Benutzer") == "kann %s für %d Benutzer"
    assert restore(m, "X1 öffnet X-Socket X-16") == "%s öffnet %d-Socket"
    assert restore(m, "X1 öffnet X-Socket X-16 X2") == "%s öffnet Socket %d"
    assert restore(mask("press X to see %s"), "X drücken, X1 sehen") == "X drücken, %s sehen"
    # placeholders the model makes up are defused, with or without spans in the source
    assert restore(mask("bad format: %%%.*s"), "Falsches Format: %%X1 %0-Format") == "Falsches Format: %%%.*s 0-Format"
    assert restore(Masked("plain"), "schlicht %s") == "schlicht s"
    # no attention: same relative position as in the source
    assert Counter(placeholders(restore(m, "gar nichts"))) == Counter(["%s", "%d"])
    # a sentinel that is part of the source is never used
    assert mask("press X1 to see %s").sentinels == ["X2"]
    assert restore(Masked("plain"), "schlicht") == "schlicht"
    many = " ".join(f"%{i}$s" for i in range(1, 151))
    assert Counter(placeholders(restore(mask(many), "nichts"))) == Counter(placeholders(many))


def test_translate_keeps_placeholders_and_identifiers_exactly(mt_ckpt):
    for extra in (["--beam", "4"], ["--greedy"]):
        r = invoke(["translate", mt_ckpt, *extra], input="\n".join(LINES) + "\n")
        assert r.exit_code == 0, r.stderr
        out = r.stdout.splitlines()
        assert len(out) == len(LINES)
        for src, hyp in zip(LINES, out):
            assert spans_of(hyp) == spans_of(src), (src, hyp)
            assert "X1" not in hyp and "X2" not in hyp


def test_switch_turns_protection_off(mt_ckpt):
    """Without protection the toy model, which never saw a placeholder, loses them."""
    r = invoke(["translate", mt_ckpt, "--no-keep-placeholders"], input="\n".join(LINES) + "\n")
    assert r.exit_code == 0, r.stderr
    out = r.stdout.splitlines()
    assert sum(Counter(placeholders(h)) != Counter(placeholders(s)) for s, h in zip(LINES, out)) >= 3


def test_lines_without_placeholders_translate_as_before(mt_ckpt, parallel_dir):
    text = (parallel_dir / "test.src").read_text()
    on = invoke(["translate", mt_ckpt, "--n-best", "3"], input=text + LINES[0] + "\n")
    off = invoke(["translate", mt_ckpt, "--n-best", "3", "--no-keep-placeholders"], input=text)
    assert on.exit_code == off.exit_code == 0
    n = len(text.splitlines())
    assert [x for x in on.stdout.splitlines() if int(x.split("\t")[0]) < n] == off.stdout.splitlines()


def test_n_best_and_json_keep_placeholders(mt_ckpt):
    r = invoke(["translate", mt_ckpt, "--n-best", "3", "--beam", "4"], input="\n".join(LINES) + "\n")
    assert r.exit_code == 0, r.stderr
    rows = [x.split("\t") for x in r.stdout.splitlines()]
    assert len(rows) == 3 * len(LINES)
    for i, _score, hyp in rows:
        assert spans_of(hyp) == spans_of(LINES[int(i)])
    j = invoke(["translate", mt_ckpt, "--json", "--n-best", "2"], input="\n".join(LINES) + "\n")
    for rec, src in zip(map(json.loads, j.stdout.splitlines()), LINES):
        assert spans_of(rec["translation"]) == spans_of(src)
        assert all(spans_of(h["translation"]) == spans_of(src) for h in rec["n_best"])


def test_placeholders_do_not_depend_on_batch(mt_ckpt):
    together = invoke(["translate", mt_ckpt, "--beam", "3", "--batch-size", "7"], input="\n".join(LINES) + "\n")
    alone = [invoke(["translate", mt_ckpt, "--beam", "3", "--batch-size", "1"], input=x + "\n").stdout for x in LINES]
    assert together.exit_code == 0
    assert together.stdout == "".join(alone)


def test_attention_views_work_with_placeholders(mt_ckpt, tmp_path):
    page = tmp_path / "att.html"
    r = invoke(["translate", mt_ckpt, "--show-attention", "--html", page], input="\n".join(LINES[:3]) + "\n")
    assert r.exit_code == 0, r.stderr
    out = r.stdout.splitlines()
    assert len(out) == 3 and all(spans_of(h) == spans_of(s) for s, h in zip(LINES, out))
    assert "attention 1:" in r.stderr and page.is_file()
    plain = invoke(["translate", mt_ckpt], input="\n".join(LINES[:3]) + "\n")
    assert plain.stdout == r.stdout  # recording attention for the map changes nothing
