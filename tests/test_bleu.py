"""`rnncli bleu` against the `sacrebleu` command: same scores, same signatures, same output; and its errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import assert_clean_error, invoke

USAGE, INPUT = 2, 3

# English: a system output and two independent references (24 segments).
EN_HYP = """\
The government announced new measures to reduce air pollution in the capital.
Prices for electricity rose by almost ten percent last year.
The football club has signed a new coach from Spain.
Scientists discovered a new species of frog in the rain forest.
The museum will be closed for renovation until next spring.
Police are searching for witnesses to the accident on the motorway.
The company reported a loss of 3.5 million euros in the second quarter.
Many people were waiting at the station because the trains were late.
She said that the negotiations had been difficult but fair.
The new bridge is expected to open in 2026.
Heavy rain caused flooding in several villages in the north.
The minister refused to comment on the report.
Children under twelve can visit the zoo for free on Sundays.
The hospital needs more nurses and doctors.
He won the race for the third time in a row.
Experts warn that the drought could affect the harvest.
The city council voted against the plan to build a new stadium.
Tourists from all over the world come to see the old castle.
The bank raised interest rates again on Thursday.
The film tells the story of a young woman who moves to Berlin.
Thousands of people demonstrated for better climate protection.
The airport was closed for two hours because of fog.
Our team is working hard to fix the problem.
The president will visit Japan next week.
"""

EN_REF1 = """\
The government has announced new measures to cut air pollution in the capital.
Electricity prices rose by nearly ten percent last year.
The football club has signed a new Spanish coach.
Scientists have discovered a new frog species in the rainforest.
The museum will remain closed for renovations until next spring.
The police are looking for witnesses of the accident on the highway.
The company reported a loss of 3.5 million euros in the second quarter.
Many people waited at the station because the trains were delayed.
She said the negotiations had been difficult but fair.
The new bridge is due to open in 2026.
Heavy rain led to flooding in several villages in the north.
The minister declined to comment on the report.
On Sundays, children under twelve can visit the zoo free of charge.
The hospital needs more nurses and doctors.
He won the race for the third consecutive time.
Experts warn the drought could hurt the harvest.
The city council voted against plans for a new stadium.
Tourists from around the world come to see the old castle.
On Thursday the bank raised interest rates once again.
The film tells the story of a young woman moving to Berlin.
Thousands of people protested for better climate protection.
Fog closed the airport for two hours.
Our team is working hard to solve the problem.
The president will travel to Japan next week.
"""

EN_REF2 = """\
New measures to reduce air pollution in the capital were announced by the government.
Last year, the price of electricity went up by almost ten percent.
A new coach from Spain has been signed by the football club.
A new species of frog was discovered by scientists in the rain forest.
Until next spring, the museum is closed for renovation.
Police are seeking witnesses to the crash on the motorway.
In the second quarter, the company posted a loss of 3.5 million euros.
Because the trains were late, many people were waiting at the station.
According to her, the negotiations were difficult but fair.
The new bridge should open in 2026.
Several villages in the north were flooded after heavy rain.
The minister would not comment on the report.
Children under the age of twelve get into the zoo for free on Sundays.
The hospital is short of nurses and doctors.
He won the race for the third time in a row.
According to experts, the drought could affect the harvest.
The city council rejected the plan to build a new stadium.
Tourists from all over the world come to visit the old castle.
The bank increased interest rates again on Thursday.
The film is about a young woman who moves to Berlin.
Thousands demonstrated for better protection of the climate.
Because of fog, the airport was closed for two hours.
Our team is doing its best to fix the problem.
Next week the president will visit Japan.
"""

# German with umlauts, ß and emoji; some segments are empty on purpose (both sides, or one side).
DE_HYP = """\
Die Regierung hat neue Maßnahmen gegen die Luftverschmutzung angekündigt.
Die Strompreise sind im letzten Jahr um fast zehn Prozent gestiegen. 📈
Der Fußballverein hat einen neuen Trainer aus Spanien verpflichtet.

Wissenschaftler entdeckten eine neue Froschart im Regenwald 🐸.
Das Museum bleibt bis zum nächsten Frühjahr geschlossen.
Die Polizei sucht Zeugen für den Unfall auf der Autobahn.


Viele Menschen warteten am Bahnhof, weil die Züge Verspätung hatten.
Sie sagte, die Verhandlungen seien schwierig, aber fair gewesen.
Die neue Brücke soll 2026 eröffnet werden.
Starker Regen führte zu Überschwemmungen in mehreren Dörfern.
Der Minister wollte sich zu dem Bericht nicht äußern.
Kinder unter zwölf Jahren haben sonntags freien Eintritt in den Zoo. 🦁
Das Krankenhaus braucht mehr Pflegekräfte und Ärzte.
Er gewann das Rennen zum dritten Mal in Folge! 🏆
Experten warnen, dass die Dürre die Ernte gefährden könnte.
Der Stadtrat stimmte gegen den Bau eines neuen Stadions.
Touristen aus aller Welt besuchen die alte Burg.
Unser Team arbeitet hart daran, das Problem zu lösen 💪.
Der Präsident wird nächste Woche Japan besuchen.
Grüße aus München!
Ende der Nachrichten.
"""

DE_REF = """\
Die Regierung kündigte neue Maßnahmen zur Verringerung der Luftverschmutzung an.
Die Strompreise stiegen im vergangenen Jahr um fast zehn Prozent. 📈
Der Fußballklub hat einen neuen Trainer aus Spanien unter Vertrag genommen.

Forscher haben im Regenwald eine neue Froschart entdeckt 🐸.
Das Museum ist bis zum nächsten Frühling wegen Renovierung geschlossen.
Die Polizei sucht Zeugen des Unfalls auf der Autobahn.
Der Zug fiel aus.

Viele Menschen warteten am Bahnhof, weil die Züge verspätet waren.
Sie sagte, die Verhandlungen seien schwierig, aber fair gewesen.
Die neue Brücke soll im Jahr 2026 eröffnet werden.
Heftiger Regen verursachte Überschwemmungen in mehreren Dörfern.
Der Minister lehnte einen Kommentar zu dem Bericht ab.
Sonntags haben Kinder unter zwölf Jahren freien Eintritt in den Zoo. 🦁
Das Krankenhaus benötigt mehr Pflegekräfte und Ärzte.
Er gewann das Rennen zum dritten Mal hintereinander! 🏆
Experten warnen, die Dürre könnte die Ernte gefährden.
Der Stadtrat lehnte den Bau eines neuen Stadions ab.
Touristen aus der ganzen Welt besuchen die alte Burg.
Unser Team arbeitet mit Hochdruck an der Lösung des Problems 💪.
Der Präsident wird kommende Woche nach Japan reisen.
Viele Grüße aus München!

"""

# Chinese (no spaces between words), with a few Latin words and numbers mixed in.
ZH_HYP = """\
政府宣布了减少首都空气污染的新措施。
去年电价上涨了将近百分之十。
这家足球俱乐部签下了一名来自西班牙的新教练。
科学家在雨林中发现了一种新的青蛙。
博物馆将关闭装修到明年春天。
警方正在寻找高速公路事故的目击者。
该公司第二季度亏损350万欧元。
因为火车晚点，很多人在车站等候。
她说谈判很艰难，但是很公平。
新大桥预计在2026年通车。
大雨导致北部几个村庄发生洪水。
部长拒绝对这份报告发表评论。
周日十二岁以下的儿童可以免费参观动物园。
这家医院需要更多的护士和医生。
他连续第三次赢得了比赛。
专家警告说，干旱可能会影响收成。
市议会投票反对建设新体育场的计划。
来自世界各地的游客来参观这座古堡。
银行周四再次提高了利率。
这部电影讲述了一个搬到Berlin的年轻女子的故事。
数千人示威要求更好的气候保护。
由于大雾，机场关闭了两个小时。
"""

ZH_REF = """\
政府宣布了新的措施来减少首都的空气污染。
去年电价上涨了近百分之十。
这家足球俱乐部签约了一位西班牙籍新教练。
科学家们在热带雨林里发现了一个青蛙新物种。
博物馆将因装修闭馆至明年春天。
警方正在寻找高速公路车祸的目击证人。
该公司第二季度亏损了350万欧元。
由于火车延误，许多人在车站等待。
她表示谈判虽然艰难但是公平。
新大桥计划于2026年开通。
暴雨导致北部多个村庄被淹。
部长拒绝就该报告置评。
每逢周日，十二岁以下儿童可免费游览动物园。
这家医院需要更多护士和医生。
他连续第三次赢得比赛。
专家警告称，干旱可能影响收成。
市议会投票否决了新建体育场的计划。
世界各地的游客都来参观这座古老的城堡。
周四银行再次加息。
这部电影讲述了一位搬到Berlin的年轻女性的故事。
成千上万的人游行示威，要求加强气候保护。
因为大雾，机场关闭了两个小时。
"""

# Mixed scripts for the tokenizer comparisons: English, German, Chinese and emoji in one corpus.
_MIX = [
    (h, r) for h, r in zip((EN_HYP + DE_HYP + ZH_HYP).splitlines(), (EN_REF1 + DE_REF + ZH_REF).splitlines()) if h and r
]
MIX_HYP = "".join(h + "\n" for h, _ in _MIX)
MIX_REF = "".join(r + "\n" for _, r in _MIX)

TOKENIZERS = ["none", "13a", "intl", "zh", "char"]


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bleu")
    files = {
        "en_hyp": EN_HYP,
        "en_ref1": EN_REF1,
        "en_ref2": EN_REF2,
        "de_hyp": DE_HYP,
        "de_ref": DE_REF,
        "zh_hyp": ZH_HYP,
        "zh_ref": ZH_REF,
        "mix_hyp": MIX_HYP,
        "mix_ref": MIX_REF,
    }
    out = {}
    for name, text in files.items():
        out[name] = d / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    # The same English text with Windows line endings and trailing blanks, which sacrebleu strips.
    out["crlf_hyp"] = d / "crlf_hyp.txt"
    out["crlf_hyp"].write_bytes("".join(ln + " \t\r\n" for ln in EN_HYP.splitlines()).encode())
    # The German hypothesis with a byte-order mark (rnncli drops it; sacrebleu would score it).
    out["bom_hyp"] = d / "bom_hyp.txt"
    out["bom_hyp"].write_bytes(b"\xef\xbb\xbf" + DE_HYP.encode())
    return out


def _sacrebleu_cmd(hyp: Path | None, refs: list[Path], opts: list[str], fmt: str) -> list[str]:
    """`python -m sacrebleu REF... [-i HYP] OPTS --format FMT` (no -i: the hypotheses come from stdin)."""
    return [
        sys.executable,
        "-m",
        "sacrebleu",
        *map(str, refs),
        *(["-i", str(hyp)] if hyp else []),
        *opts,
        "--format",
        fmt,
        "--quiet",
    ]


def _start(cmd: list[str], stdin: str | None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "SACREBLEU_FORMAT"}
    env["NO_COLOR"] = "1"
    return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _finish(p: subprocess.Popen, stdin: str | None) -> str:
    out, err = p.communicate((stdin or "").encode())
    assert p.returncode == 0, err.decode()
    return out.decode("utf-8")


def _rnncli(args: list, input: str | None = None) -> str:
    r = invoke(["bleu", *args], input=input)
    assert r.exit_code == 0, (r.stdout, r.stderr)
    return r.stdout


def _as_rnncli(opts: list[str]) -> list[str]:
    """sacrebleu's `-m bleu chrf ter` is rnncli's `-m bleu,chrf,ter`; everything else is spelled the same."""
    out, i = [], 0
    while i < len(opts):
        if opts[i] == "-m":
            j = i + 1
            while j < len(opts) and not opts[j].startswith("-"):
                j += 1
            out += ["-m", ",".join(opts[i + 1 : j])]
            i = j
        else:
            out.append(opts[i])
            i += 1
    return out


def _bleu_of(text_output: str) -> float:
    return float(re.search(r"^\s*BLEU\|\S+ = ([\d.]+)", text_output, re.M).group(1))


CASES = [
    # (id, hypothesis, references, sacrebleu options)
    ("one reference", "en_hyp", ["en_ref1"], []),
    ("two references", "en_hyp", ["en_ref1", "en_ref2"], []),
    ("two references, three metrics", "en_hyp", ["en_ref1", "en_ref2"], ["-m", "bleu", "chrf", "ter"]),
    ("metrics in any order", "en_hyp", ["en_ref2"], ["-m", "ter", "bleu"]),
    ("lowercase, three metrics", "en_hyp", ["en_ref1"], ["-lc", "-m", "bleu", "chrf", "ter"]),
    ("german, emoji, empty lines", "de_hyp", ["de_ref"], ["-m", "bleu", "chrf", "ter"]),
    ("chinese, default tokenizer", "zh_hyp", ["zh_ref"], ["-m", "bleu", "chrf"]),
    ("chinese, zh tokenizer", "zh_hyp", ["zh_ref"], ["-tok", "zh", "-m", "bleu", "chrf", "ter"]),
    ("CRLF and trailing blanks", "crlf_hyp", ["en_ref1", "en_ref2"], ["-m", "bleu", "ter"]),
    ("chrf alone", "de_hyp", ["de_ref"], ["-m", "chrf"]),
    ("ter alone", "en_hyp", ["en_ref1", "en_ref2"], ["-m", "ter"]),
    ("width and score only", "en_hyp", ["en_ref1"], ["-m", "bleu", "chrf", "ter", "-b", "-w", "3"]),
    *[(f"tokenizer {t}", "mix_hyp", ["mix_ref"], ["-tok", t]) for t in TOKENIZERS],
    *[(f"tokenizer {t}, lowercase", "mix_hyp", ["mix_ref"], ["-tok", t, "-lc"]) for t in ("13a", "intl")],
]


JSON_OPTS = [
    [],
    ["-m", "bleu", "chrf", "ter"],
    ["-m", "chrf", "ter", "-tok", "intl", "-lc"],
    ["-m", "bleu", "ter", "-b"],
    ["-b"],
    ["-w", "4"],
]
STDIN_OPTS = ["-m", "bleu", "chrf", "ter"]

# Every sacrebleu run the tests compare with: (hypothesis or None for stdin, references, options, format, stdin)
RUNS = [
    *[(hyp, tuple(refs), tuple(opts), "text", None) for _, hyp, refs, opts in CASES],
    *[("en_hyp", ("en_ref1", "en_ref2"), tuple(opts), "json", None) for opts in JSON_OPTS],
    (None, ("de_ref",), tuple(STDIN_OPTS), "text", DE_HYP),
    ("de_hyp", ("de_ref",), tuple(STDIN_OPTS), "text", None),
    ("de_hyp", ("de_ref",), (), "text", None),
]


@pytest.fixture(scope="module")
def sacrebleu(data):
    """The output of the `sacrebleu` command for a run, all of RUNS started at once (each takes ~0.4 s)."""

    def cmd(run):
        hyp, refs, opts, fmt, _ = run
        return _sacrebleu_cmd(data[hyp] if hyp else None, [data[r] for r in refs], list(opts), fmt)

    procs = {run: _start(cmd(run), run[4]) for run in dict.fromkeys(RUNS)}
    done = {run: _finish(p, run[4]) for run, p in procs.items()}

    def get(hyp, refs, opts, fmt="text", stdin=None) -> str:
        run = (hyp, tuple(refs), tuple(opts), fmt, stdin)
        if run not in done:
            done[run] = _finish(_start(cmd(run), stdin), stdin)
        return done[run]

    return get


@pytest.mark.parametrize("hyp,refs,opts", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_text_output_is_sacrebleus(data, sacrebleu, hyp, refs, opts):
    expected = sacrebleu(hyp, refs, opts)
    got = _rnncli([data[hyp], *[data[r] for r in refs], *_as_rnncli(opts)])
    assert got == expected
    if "-b" not in opts and "BLEU" in got:
        if hyp == "zh_hyp" and "-tok" not in opts:
            # 13a does not split Chinese: whole clauses are tokens, and none matches exactly.
            assert _bleu_of(got) == 0.0
        else:
            assert 3 < _bleu_of(got) < 97  # the data make non-trivial scores


def test_every_tokenizer_gives_its_own_score(data):
    scores = {t: _bleu_of(_rnncli([data["mix_hyp"], data["mix_ref"], "-tok", t])) for t in TOKENIZERS}
    assert len(set(scores.values())) == len(TOKENIZERS), scores
    # "zh" splits the Chinese part into characters, which agree far more often than whole clauses.
    assert scores["zh"] > scores["13a"]


@pytest.mark.parametrize("opts", JSON_OPTS, ids=[" ".join(o) or "default" for o in JSON_OPTS])
def test_json_output_is_sacrebleus(data, sacrebleu, opts):
    expected = sacrebleu("en_hyp", ["en_ref1", "en_ref2"], opts, fmt="json")
    got = _rnncli([data["en_hyp"], data["en_ref1"], data["en_ref2"], *_as_rnncli(opts), "--json"])
    assert got == expected
    parsed = json.loads(got)
    if "-b" not in opts:
        items = parsed if isinstance(parsed, list) else [parsed]
        assert all({"name", "score", "signature"} <= set(x) for x in items)
        if items[0]["name"] == "BLEU":
            assert re.match(r"[\d.]+/[\d.]+/[\d.]+/[\d.]+ \(BP = ", items[0]["verbose_score"])


def test_hypothesis_from_stdin(data, sacrebleu):
    expected = sacrebleu(None, ["de_ref"], STDIN_OPTS, stdin=DE_HYP)  # sacrebleu reads stdin without -i
    assert _rnncli(["-", data["de_ref"], *_as_rnncli(STDIN_OPTS)], input=DE_HYP) == expected
    assert expected == sacrebleu("de_hyp", ["de_ref"], STDIN_OPTS)


def test_byte_order_mark_is_ignored(data, sacrebleu):
    # sacrebleu would keep U+FEFF as part of the first word; rnncli reads text files without it.
    assert _rnncli([data["bom_hyp"], data["de_ref"]]) == sacrebleu("de_hyp", ["de_ref"], [])


def test_library_matches_sacrebleu_api():
    from sacrebleu.metrics import BLEU, CHRF, TER

    from rnncli.metrics import corpus_bleu, corpus_scores, render_text
    from rnncli.segments import to_segments

    hyps = to_segments(EN_HYP.splitlines())
    refs = [to_segments(EN_REF1.splitlines()), to_segments(EN_REF2.splitlines())]
    got = corpus_scores(hyps, refs, "ter,bleu,chrf", tokenize="intl")
    assert [r.name for r in got] == ["BLEU", "chrF2", "TER"]
    assert got[0].score == BLEU(tokenize="intl").corpus_score(hyps, refs).score
    assert got[1].score == CHRF().corpus_score(hyps, refs).score
    assert got[2].score == TER().corpus_score(hyps, refs).score
    assert got[0].signature.startswith("nrefs:2|case:mixed|eff:no|tok:intl|smooth:exp|version:")
    d = got[0].details
    assert d["hyp_len"] > 0 and d["ref_len"] > 0 and len(d["precisions"]) == 4 and 0 < d["bp"] <= 1
    assert render_text(got).splitlines()[0].lstrip() == got[0].text
    one = corpus_bleu(hyps, refs[:1])
    assert one.name == "BLEU" and 0 < one.score < 100 and one.text.startswith("BLEU|nrefs:1|")


def test_tokenized_hypotheses_warn_on_stderr_not_stdout(tmp_path):
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("the cat sat on the mat .\n" * 120, encoding="utf-8")
    ref.write_text("the cat sat on a mat.\n" * 120, encoding="utf-8")
    r = invoke(["bleu", hyp, ref])
    assert r.exit_code == 0 and r.stdout.startswith("BLEU|")
    assert r.stderr.startswith("rnncli: warning: That's 100 lines that end in a tokenized period")
    assert len(r.stderr.splitlines()) == 1 and r.stderr.rstrip().endswith("suppress this message with --force.")
    quiet = invoke(["bleu", hyp, ref, "--force"])
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == r.stdout


# ---------------------------------------------------------------------------------------------------- errors


@pytest.fixture()
def bad(tmp_path) -> Path:
    d = tmp_path
    (d / "hyp.txt").write_text(EN_HYP, encoding="utf-8")
    (d / "ref.txt").write_text(EN_REF1, encoding="utf-8")
    (d / "short_ref.txt").write_text("".join(EN_REF1.splitlines(keepends=True)[:-1]), encoding="utf-8")
    (d / "latin1.txt").write_bytes(DE_REF.encode("latin-1", errors="ignore"))  # the emoji are dropped
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "adir").mkdir()
    return d


def test_line_count_mismatch(bad):
    r = invoke(["bleu", bad / "hyp.txt", bad / "short_ref.txt"])
    assert_clean_error(
        r, INPUT, "line counts differ", "hypothesis file", "has 24 lines", "has 23 lines", str(bad / "short_ref.txt")
    )
    assert len(r.stderr.splitlines()) == 1 and r.stdout == ""
    # the second reference is the culprit, and the message says so
    r = invoke(["bleu", bad / "hyp.txt", bad / "ref.txt", bad / "short_ref.txt"])
    assert_clean_error(r, INPUT, f"reference file {bad / 'short_ref.txt'} has 23 lines")
    # from standard input
    r = invoke(["bleu", "-", str(bad / "ref.txt")], input="only one line\n")
    assert_clean_error(r, INPUT, "standard input has 1 line but", "has 24 lines")


@pytest.mark.parametrize(
    "args,code,fragments",
    [
        (["hyp.txt", "nope.txt"], INPUT, ["reference file not found", "nope.txt"]),
        (["nope.txt", "ref.txt"], INPUT, ["hypothesis file not found", "nope.txt"]),
        (["hyp.txt", "adir"], INPUT, ["directory"]),
        (["latin1.txt", "ref.txt"], INPUT, ["not UTF-8", "latin1.txt", "bad byte 0x"]),
        (["hyp.txt", "latin1.txt"], INPUT, ["not UTF-8", "latin1.txt"]),
        (["empty.txt", "ref.txt"], INPUT, ["empty"]),
        (["hyp.txt", "ref.txt", "-tok", "moses"], USAGE, ["unknown --tokenize 'moses'", "none, 13a, intl, zh, char"]),
        (
            ["hyp.txt", "ref.txt", "--tokenize", "spm"],
            USAGE,
            ["unsupported --tokenize 'spm'", "none, 13a, intl, zh, char"],
        ),
        (["hyp.txt", "ref.txt", "-m", "bleu,meteor"], USAGE, ["unknown metric 'meteor'", "bleu, chrf, ter"]),
        (["hyp.txt"], USAGE, ["missing argument"]),
        (["-", "-"], USAGE, ["only once"]),
    ],
    ids=[
        "missing ref",
        "missing hyp",
        "directory",
        "hyp not UTF-8",
        "ref not UTF-8",
        "empty hyp",
        "unknown tokenizer",
        "tokenizer needing a download",
        "unknown metric",
        "no reference",
        "stdin twice",
    ],
)
def test_bad_input(bad, args, code, fragments):
    r = invoke(["bleu", *args], input="", cwd=bad)
    assert_clean_error(r, code, *fragments)
    assert r.stdout == ""


def test_never_imports_torch(data):
    code = (
        "import sys\n"
        "from rnncli.cli import main\n"
        f"sys.argv = ['rnncli', 'bleu', {str(data['de_hyp'])!r}, {str(data['de_ref'])!r}, '-m', 'bleu,chrf,ter']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "heavy = sorted(m for m in ('torch', 'numpy') if m in sys.modules)\n"
        "assert not heavy, heavy\n"
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
    lines = p.stdout.splitlines()
    assert lines[-1] == "no torch"
    assert [ln.split("|")[0].strip() for ln in lines[:-1]] == ["BLEU", "chrF2", "TER"]


# ------------------------------------------------------------------- several systems, tests, options, files


def _degrade(text: str, k: int) -> str:
    """A second "system": every k-th word of every other line dropped (empty lines stay empty)."""
    out = []
    for i, line in enumerate(text.splitlines()):
        words = line.split()
        out.append(" ".join(w for j, w in enumerate(words) if i % 2 or (j + 1) % k))
    return "".join(ln + "\n" for ln in out)


@pytest.fixture(scope="module")
def files(data, tmp_path_factory) -> dict[str, Path]:
    import gzip

    d = tmp_path_factory.mktemp("bleu-more")
    out = dict(data)
    texts = {
        "en_sys2": _degrade(EN_REF2, 4),
        "en_sys3": _degrade(EN_HYP, 3),
        "de_sys2": _degrade(DE_REF, 5),
        "zh_sys2": _degrade(ZH_REF.replace("，", " ，"), 2),
        "en_tsv": "".join(f"{a}\t{b}\n" for a, b in zip(EN_REF1.splitlines(), EN_REF2.splitlines())),
    }
    for name, text in texts.items():
        out[name] = d / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    for name in ("en_hyp", "en_ref1", "en_sys2", "en_tsv"):
        out[name + "_gz"] = d / f"{name}.txt.gz"
        out[name + "_gz"].write_bytes(gzip.compress(out[name].read_bytes()))
    for name, text in (("de_hyp", DE_HYP), ("de_ref", DE_REF)):
        for codec in ("latin-1", "utf-16"):
            out[f"{name}_{codec}"] = d / f"{name}.{codec}.txt"
            out[f"{name}_{codec}"].write_bytes(text.encode(codec, errors="ignore"))  # latin-1 drops the emoji
    return out


# (id, systems, references, options as sacrebleu spells them, SACREBLEU_SEED or None, format)
MANY = [
    ("two systems", ["en_hyp", "en_sys2"], ["en_ref1"], ["-m", "bleu", "chrf", "ter"], None, "text"),
    ("three systems, two references", ["en_hyp", "en_sys2", "en_sys3"], ["en_ref1", "en_ref2"], [], None, "text"),
    ("paired bs", ["en_hyp", "en_sys2", "en_sys3"], ["en_ref1"], ["--paired-bs", "-m", "bleu", "chrf"], None, "text"),
    (
        "paired bs, german, empty lines",
        ["de_hyp", "de_sys2"],
        ["de_ref"],
        ["--paired-bs", "-m", "bleu", "chrf", "ter"],
        None,
        "text",
    ),
    (
        "paired bs, 300 resamples, seed 7",
        ["en_hyp", "en_sys3"],
        ["en_ref1", "en_ref2"],
        ["-pbs", "-pbsn", "300", "-w", "3"],
        "7",
        "text",
    ),
    ("paired bs, bleu and ter", ["en_hyp", "en_sys2"], ["en_ref1"], ["--paired-bs", "-m", "bleu", "ter"], None, "text"),
    (
        "paired ar",
        ["en_hyp", "en_sys2", "en_sys3"],
        ["en_ref1"],
        ["--paired-ar", "-parn", "2000", "-m", "bleu", "ter"],
        None,
        "text",
    ),
    (
        "paired ar, chinese, seed 3",
        ["zh_hyp", "zh_sys2"],
        ["zh_ref"],
        ["--paired-ar", "-tok", "zh", "-m", "bleu", "chrf"],
        "3",
        "text",
    ),
    ("paired ar json", ["de_hyp", "de_sys2"], ["de_ref"], ["-par", "-parn", "1000", "-m", "chrf"], None, "json"),
    (
        "paired bs, short signatures",
        ["en_hyp", "en_sys2"],
        ["en_ref1"],
        ["-pbs", "-sh", "-m", "bleu", "chrf", "ter"],
        None,
        "text",
    ),
    ("several systems, width 0", ["en_hyp", "en_sys2"], ["en_ref1"], ["-w", "0", "-m", "bleu", "chrf"], None, "text"),
    ("several systems json", ["en_hyp", "en_sys2"], ["en_ref1"], ["-m", "bleu", "chrf", "ter"], None, "json"),
    ("confidence", ["en_hyp"], ["en_ref1", "en_ref2"], ["--confidence", "-m", "bleu", "chrf", "ter"], None, "text"),
    ("confidence, 200 resamples, seed 11", ["de_hyp"], ["de_ref"], ["-ci", "-cin", "200", "-w", "2"], "11", "text"),
    ("confidence json", ["en_hyp"], ["en_ref1"], ["-ci", "-m", "bleu", "chrf"], None, "json"),
    ("sentence bleu", ["en_hyp"], ["en_ref1"], ["-sl"], None, "text"),
    (
        "sentence bleu, two references, floor",
        ["en_hyp"],
        ["en_ref1", "en_ref2"],
        ["-sl", "-s", "floor", "-w", "4"],
        None,
        "text",
    ),
    ("sentence chrf, german", ["de_hyp"], ["de_ref"], ["-sl", "-m", "chrf"], None, "text"),
    ("sentence chrF++", ["de_hyp"], ["de_ref"], ["-sl", "-m", "chrf", "-cw", "2", "-b"], None, "text"),
    ("sentence ter", ["en_hyp"], ["en_ref1", "en_ref2"], ["-sl", "-m", "ter", "-sh"], None, "text"),
    (
        "sentence ter, asian",
        ["zh_hyp"],
        ["zh_ref"],
        ["-sl", "-m", "ter", "--ter-asian-support", "--ter-normalized"],
        None,
        "text",
    ),
    ("smooth floor", ["en_hyp"], ["en_ref1"], ["-s", "floor"], None, "text"),
    ("smooth floor 0.3", ["de_hyp"], ["de_ref"], ["-s", "floor", "-sv", "0.3"], None, "text"),
    ("smooth add-k", ["en_sys3"], ["en_ref2"], ["-s", "add-k"], None, "text"),
    ("smooth add-k 2", ["en_sys3"], ["en_ref2"], ["-s", "add-k", "-sv", "2", "-tok", "intl"], None, "text"),
    ("smooth none", ["en_sys3"], ["en_ref2"], ["-s", "none", "-lc"], None, "text"),
    ("chrF++", ["de_hyp"], ["de_ref"], ["-m", "chrf", "-cw", "2"], None, "text"),
    (
        "chrf options",
        ["en_hyp"],
        ["en_ref1", "en_ref2"],
        ["-m", "chrf", "-cc", "4", "-cw", "1", "--chrf-beta", "1", "--chrf-whitespace", "--chrf-lowercase"],
        None,
        "text",
    ),
    (
        "chrf eps smoothing",
        ["de_hyp"],
        ["de_ref"],
        ["-m", "chrf", "--chrf-eps-smoothing", "--chrf-beta", "3"],
        None,
        "text",
    ),
    ("ter case-sensitive", ["en_hyp"], ["en_ref1"], ["-m", "ter", "--ter-case-sensitive"], None, "text"),
    (
        "ter normalized, no punct",
        ["de_hyp"],
        ["de_ref"],
        ["-m", "ter", "--ter-normalized", "--ter-no-punct"],
        None,
        "text",
    ),
    ("ter asian", ["zh_hyp"], ["zh_ref"], ["-m", "ter", "--ter-asian-support", "--ter-normalized"], None, "text"),
    (
        "every option json",
        ["en_hyp"],
        ["en_ref1"],
        [
            "-m",
            "bleu",
            "chrf",
            "ter",
            "-s",
            "add-k",
            "-sv",
            "0.5",
            "-cw",
            "2",
            "--chrf-lowercase",
            "--ter-case-sensitive",
            "--ter-no-punct",
        ],
        None,
        "json",
    ),
    ("short signatures", ["en_hyp"], ["en_ref1"], ["-sh", "-m", "bleu", "chrf", "ter"], None, "text"),
    ("gzip", ["en_hyp_gz"], ["en_ref1_gz"], ["-m", "bleu", "chrf"], None, "text"),
    ("gzip, paired", ["en_hyp_gz", "en_sys2_gz"], ["en_ref1"], ["-pbs"], None, "text"),
    ("tab-separated references", ["en_hyp"], ["en_tsv"], ["-nr", "2", "-m", "bleu", "chrf", "ter"], None, "text"),
    (
        "tab-separated references, gzip, paired",
        ["en_hyp", "en_sys2"],
        ["en_tsv_gz"],
        ["-nr", "2", "-pbs"],
        None,
        "text",
    ),
    ("latin-1", ["de_hyp_latin-1"], ["de_ref_latin-1"], ["-e", "latin-1", "-m", "bleu", "chrf"], None, "text"),
    ("utf-16", ["de_hyp_utf-16"], ["de_ref_utf-16"], ["--encoding", "utf-16", "-m", "bleu", "ter"], None, "text"),
]


def _many_cmds(files, case) -> tuple[list[str], dict, list[str]]:
    _, hyps, refs, opts, seed, fmt = case
    sacre = [
        sys.executable,
        "-m",
        "sacrebleu",
        *[str(files[r]) for r in refs],
        "-i",
        *[str(files[h]) for h in hyps],
        *opts,
        "--format",
        fmt,
        "--quiet",
    ]
    env = {"SACREBLEU_SEED": seed} if seed else {}
    ours = [
        *[files[r] for r in refs],
        *[a for h in hyps for a in ("--hyp", files[h])],
        *_as_rnncli(opts),
        *(["--seed", seed] if seed else []),
        *(["--json"] if fmt == "json" else []),
    ]
    return sacre, env, ours


@pytest.fixture(scope="module")
def sacrebleu_many(files):
    """`sacrebleu` output of every case of MANY, all started at once."""
    procs = {}
    for case in MANY:
        cmd, env, _ = _many_cmds(files, case)
        p = _start_env(cmd, env)
        procs[case[0]] = p
    return {name: _finish(p, None) for name, p in procs.items()}


def _start_env(cmd: list[str], extra_env: dict) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k not in ("SACREBLEU_FORMAT", "SACREBLEU_SEED")}
    env.update(NO_COLOR="1", **extra_env)
    return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


@pytest.mark.parametrize("case", MANY, ids=[c[0] for c in MANY])
def test_same_output_as_sacrebleu(files, sacrebleu_many, case, monkeypatch):
    monkeypatch.delenv("SACREBLEU_SEED", raising=False)
    expected = sacrebleu_many[case[0]]
    _, _, ours = _many_cmds(files, case)
    got = _rnncli(ours)
    assert got == expected
    opts = case[3]
    if "-sl" in opts:
        assert len(got.splitlines()) == len(files[case[1][0]].read_bytes().splitlines())
    elif any(o in opts for o in ("--paired-bs", "-pbs", "--paired-ar", "-par")) and case[5] == "text":
        assert "(p = 0." in got and got.count("Baseline: ") >= 1  # a real test ran
    elif any(o in opts for o in ("--confidence", "-ci")):
        assert "μ = " in got
    if len(case[1]) == 1 and "-nr" not in opts:  # today's form `rnncli bleu HYP REF...` prints the same
        _, hyps, refs, _, seed, fmt = case
        assert (
            _rnncli(
                [
                    files[hyps[0]],
                    *[files[r] for r in refs],
                    *_as_rnncli(opts),
                    *(["--seed", seed] if seed else []),
                    *(["--json"] if fmt == "json" else []),
                ]
            )
            == got
        )


def test_paired_bs_json_has_the_numbers_of_sacrebleus_table(files, sacrebleu_many):
    """sacrebleu's own `--paired-bs --format json` fails (NumPy floats); rnncli's JSON has the table's numbers."""
    case = next(c for c in MANY if c[0] == "paired bs, bleu and ter")
    _, _, ours = _many_cmds(files, case)
    got = json.loads(_rnncli([*ours, "--json"]))
    assert [row["system"] for row in got] == [f"Baseline: {files['en_hyp']}", str(files["en_sys2"])]
    table = sacrebleu_many[case[0]]
    numbers = []
    for row in got:
        for metric in ("BLEU", "TER"):
            r = row[metric]
            numbers.append(f"{r['score']:.1f} ({r['mean']:.1f} ± {r['ci']:.1f})")
            if r["p_value"] is not None:
                numbers.append(f"(p = {r['p_value']:.4f})")
    assert len(numbers) == 6
    for text in numbers:
        assert text in table, (text, table)


def test_options_change_the_scores(sacrebleu_many):
    """The cases above are not all the same number: each option does something."""

    def first_score(name):
        return float(re.search(r"= ([\d.]+)", sacrebleu_many[name]).group(1))

    assert len({first_score(n) for n in ("smooth add-k", "smooth add-k 2", "smooth none")}) == 3
    assert first_score("chrF++") != first_score("chrf eps smoothing")


def test_seed_changes_the_resampling(files, monkeypatch):
    monkeypatch.delenv("SACREBLEU_SEED", raising=False)
    args = [
        files["en_ref1"],
        "--hyp",
        files["en_hyp"],
        "--hyp",
        files["en_sys3"],
        "-pbs",
        "-pbsn",
        "200",
        "-w",
        "4",
        "--json",
    ]
    default, seven = _rnncli(args), _rnncli([*args, "--seed", "7"])
    assert default == _rnncli([*args, "--seed", "12345"])  # sacrebleu's default seed
    assert (
        json.loads(default)[1]["BLEU"]["p_value"] != json.loads(seven)[1]["BLEU"]["p_value"]
        or json.loads(default)[1]["BLEU"]["mean"] != json.loads(seven)[1]["BLEU"]["mean"]
    )
    monkeypatch.setenv("SACREBLEU_SEED", "7")  # the environment variable, as sacrebleu reads it
    assert _rnncli(args) == seven


# --------------------------------------------------- sacrebleu's published test vectors, through `rnncli bleu`
# The cases and expected values of sacrebleu 2.6.0's test suite (test/test_sentence_bleu.py, test_bleu.py,
# test_chrf.py, test_ter.py, test_tokenizer_ter.py) that `rnncli bleu` can express, as
# (hypothesis lines, reference streams, options, sentence level?, expected score, tolerance).

_RO_REF = "producţia de zahăr brut se exprimă în zahăr alb;"
_RO_SYS = "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;"
_DOG_REFS = [
    ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
    ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
]
_DOG_HYPS = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."]
_RISK_HYP = (
    " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ."
)
_RISK_REF = (
    "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ."
)
_OBAMA_REF = "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich."


def _sentence_bleu_vectors():
    cases = [
        ("exp", None, False, "13a", 8.493),
        ("none", None, False, "13a", 0.0),
        ("floor", None, False, "13a", 4.51688),
        ("floor", 0.1, False, "13a", 4.51688),
        ("floor", 0.5, False, "13a", 10.10),
        ("add-k", None, False, "13a", 14.882),
        ("add-k", 1, False, "13a", 14.882),
        ("add-k", 2, False, "13a", 21.389),
        ("exp", None, False, "none", 7.347),
        ("exp", None, False, "intl", 8.493),
        ("exp", None, False, "char", 40.8759),
        ("exp", None, True, "char", 42.0267),
    ]
    for method, value, lc, tok, expected in cases:
        opts = [
            "-s",
            method,
            *(["-sv", str(value)] if value is not None else []),
            "-tok",
            tok,
            *(["-lc"] if lc else []),
        ]
        yield [_RO_SYS], [[_RO_REF]], opts, True, expected, 1e-3
    for method, value in (
        ("exp", None),
        ("none", None),
        ("floor", None),
        ("floor", 0.1),
        ("add-k", None),
        ("add-k", 1),
    ):
        yield (
            ["this is a cat"],
            [["okay thanks"]],
            ["-s", method, *(["-sv", str(value)] if value else [])],
            True,
            0.0,
            1e-3,
        )


def _corpus_bleu_vectors():
    for hyps, opts, expected in (
        (_DOG_HYPS, [], 48.530827),
        (["", "", ""], [], 0.0),
        (_DOG_HYPS, ["-tok", "none"], 49.1919566),
        (_DOG_HYPS, ["-tok", "13a"], 48.530827),
        (_DOG_HYPS, ["-tok", "intl"], 43.91623493),
        (_DOG_HYPS, ["-s", "none"], 48.530827),
    ):
        yield hyps, _DOG_REFS, opts, False, expected, 1e-6
    for order, expected in ((1, 77.65), (2, 60.50), (3, 53.93), (4, 48.53), (5, 46.14), (6, 43.28)):
        yield _DOG_HYPS, _DOG_REFS, ["--max-ngram-order", str(order)], False, expected, 0.005


def _chrf_vectors():
    eps = [
        (["abcdefg"], ["hijklmnop"], 0.0),
        (["a"], ["b"], 0.0),
        ([""], ["b"], 0.0),
        ([""], ["ref"], 0.0),
        ([""], ["reference"], 0.0),
        (["aa"], ["ab"], 8.3333),
        (["a", "b"], ["a", "c"], 8.3333),
        (["a"], ["a"], 16.6667),
        (["a b c"], ["a b c"], 50.0),
        (["a b c"], ["abc"], 50.0),
        ([_RISK_HYP], [_RISK_REF], 63.361730),
        ([" Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. "], [_OBAMA_REF], 64.1302698),
        (
            ["Niemand hat die Absicht, eine Mauer zu errichten"],
            ["Niemand hat die Absicht, eine Mauer zu errichten"],
            100.0,
        ),
    ]
    for hyps, refs, expected in eps:
        yield hyps, [refs], ["-m", "chrf", "--chrf-beta", "3", "--chrf-eps-smoothing"], False, expected, 1e-4
    effective = [
        (["a"], ["a"], 100.0),
        ([""], ["reference"], 0.0),
        (["a b c"], ["a b c"], 100.0),
        (["a b c"], ["abc"], 100.0),
        ([""], ["c"], 0.0),
        (["a", "b"], ["a", "c"], 50.0),
        (["aa"], ["ab"], 25.0),
    ]
    for hyps, refs, expected in effective:
        yield hyps, [refs], ["-m", "chrf", "--chrf-beta", "3"], False, expected, 1e-4
    spaces = [
        ("Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.", _OBAMA_REF, 67.3481606),
        (_RISK_HYP.strip(), _RISK_REF, 65.2414427),
    ]
    for hyp, ref, expected in spaces:
        yield [hyp], [[ref]], ["-m", "chrf", "--chrf-beta", "3", "--chrf-whitespace"], False, expected, 1e-4
    sentences = [
        (
            "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
            "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.",
            39.14078509,
        ),
        (
            "Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.",
            "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.",
            31.22557079,
        ),
        (
            "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
            "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.",
            57.15704367,
        ),
    ]
    for hyp, ref, expected in sentences:
        yield [hyp], [[ref]], ["-m", "chrf", "--chrf-eps-smoothing"], True, expected, 1e-4


_WMT_HYPS = [
    'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit '
    "das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .",
    "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des "
    'Aufgabenbedienfelds die Option " Alle Aufgaben aktualisieren . "',
    'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie Werte '
    'für " Fehlerkorrektur-Level " und " Y / X-Verhältnis " ein .',
    "Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .",
    'wählen Sie im Dialogfeld " Neu aus Vorlage " eine Vorlage aus und klicken Sie auf " Neu . "',
]
_WMT_REFS = [
    'wählen Sie " Bild neu berechnen , " um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit '
    "die Darstellung des Bildes in einer anderen Größe beibehalten wird .",
    _WMT_HYPS[1],
    'klicken Sie auf der Registerkarte " Optionen " auf die Schaltfläche " Benutzerdefiniert " und geben Sie für '
    '" Fehlerkorrektur-Level " und " Y / X-Verhältnis " niedrigere Werte ein .',
    "Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .",
    _WMT_HYPS[4],
]


def _ter_vectors():
    cases = [
        (["aaaa bbbb cccc dddd"], ["aaaa bbbb cccc dddd"], 0),
        (["dddd eeee ffff"], ["aaaa bbbb cccc"], 1),
        ([""], ["a"], 1),
        (["a"], [""], 1),
        ([""], [""], 0),
        (["d e f g h a b c"], ["a b c d e f g h"], 1 / 8),
        (_WMT_HYPS, _WMT_REFS, 0.136),
    ]
    for hyps, refs, expected in cases:
        yield hyps, [refs], ["-m", "ter"], False, 100 * expected, 1e-3
    # The TER tokenizer's cases (input, tokenized): TER of the input against the tokenized text is 0.
    tokenized = [
        ([], "a b c d", "a b c d"),
        ([], "", ""),
        ([], "a b c d.", "a b c d."),
        ([], "A B C D.", "a b c d."),
        (["--ter-no-punct"], "a b c d.", "a b c d"),
        (["--ter-no-punct"], "A ; B ) C : D.", "a b c d"),
        (["--ter-normalized"], "a b (c) d.", "a b ( c ) d ."),
        (["--ter-normalized"], "Jim's car.", "jim 's car ."),
        (["--ter-normalized"], "4.2", "4.2"),
        (["--ter-normalized", "--ter-asian-support"], "美众院公布对特", "美 众 院 公 布 对 特"),
        (["--ter-normalized", "--ter-asian-support"], "りの拳銃を持", "りの 拳 銃 を 持"),
    ]
    for opts, text, expected in tokenized:
        yield [text], [[expected]], ["-m", "ter", *opts], False, 0.0, 1e-9


VECTORS = [*_sentence_bleu_vectors(), *_corpus_bleu_vectors(), *_chrf_vectors(), *_ter_vectors()]


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("hyps,refs,opts,sentence,expected,tol", VECTORS)
def test_sacrebleu_published_vectors(tmp_path, hyps, refs, opts, sentence, expected, tol):
    hyp = _write_lines(tmp_path / "hyp.txt", hyps)
    ref_files = [_write_lines(tmp_path / f"ref{k}.txt", r) for k, r in enumerate(refs)]
    out = _rnncli([hyp, *ref_files, *opts, *(["--sentence"] if sentence else []), "--json", "-w", "10"])
    got = json.loads(out.splitlines()[0] if sentence else out)
    assert abs(got["score"] - expected) <= tol, (got, expected)


def test_the_ter_tokenizer_options_matter(tmp_path):
    """The tokenizer vectors above score 0 because of their option: without it, TER is not 0."""
    for opts, text, tokenized in (
        (["--ter-no-punct"], "A ; B ) C : D.", "a b c d"),
        (["--ter-normalized"], "Jim's car.", "jim 's car ."),
        (["--ter-normalized", "--ter-asian-support"], "美众院公布对特", "美 众 院 公 布 对 特"),
    ):
        hyp, ref = _write_lines(tmp_path / "h.txt", [text]), _write_lines(tmp_path / "r.txt", [tokenized])
        with_opts = json.loads(_rnncli([hyp, ref, "-m", "ter", *opts, "--json"]))["score"]
        without = json.loads(_rnncli([hyp, ref, "-m", "ter", *opts[:-1], "--json"]))["score"]
        assert with_opts == 0.0 and without > 0.0, (opts, with_opts, without)


# ----------------------------------------------------------------------------- errors of the new options


@pytest.fixture()
def bad2(bad) -> Path:
    (bad / "sys2.txt").write_text(_degrade(EN_HYP, 3), encoding="utf-8")
    (bad / "tsv.txt").write_text(
        "".join(f"{a}\t{a}\n" for a in EN_REF1.splitlines()[:-1]) + "one field\n", encoding="utf-8"
    )
    (bad / "fake.gz").write_text(EN_HYP, encoding="utf-8")
    (bad / "de.txt").write_text(DE_HYP, encoding="utf-8")
    return bad


@pytest.mark.parametrize(
    "args,code,fragments",
    [
        (
            ["ref.txt", "--hyp", "hyp.txt", "--hyp", "short_ref.txt"],
            INPUT,
            ["line counts differ", "hypothesis file short_ref.txt has 23 lines", "reference file ref.txt has 24 lines"],
        ),
        (
            ["hyp.txt", "ref.txt", "--smooth-value", "0.2"],
            USAGE,
            ["--smooth-value needs --smooth-method floor or add-k"],
        ),
        (["hyp.txt", "ref.txt", "-s", "none", "-sv", "0.2"], USAGE, ["--smooth-value", "(not none)"]),
        (["hyp.txt", "ref.txt", "-s", "nist"], USAGE, ["unknown --smooth-method 'nist'", "exp, floor, add-k, none"]),
        (["hyp.txt", "ref.txt", "--paired-bs"], USAGE, ["--paired-bs compares systems", "at least two"]),
        (["ref.txt", "--hyp", "hyp.txt", "--paired-ar"], USAGE, ["--paired-ar compares systems"]),
        (["ref.txt", "--hyp", "hyp.txt", "--hyp", "sys2.txt", "-pbs", "-par"], USAGE, ["exclude each other"]),
        (["ref.txt", "--hyp", "hyp.txt", "--hyp", "sys2.txt", "-tok", "moses"], USAGE, ["unknown --tokenize 'moses'"]),
        (["ref.txt", "--hyp", "hyp.txt", "--hyp", "sys2.txt", "--confidence"], USAGE, ["--confidence is for one"]),
        (["ref.txt", "--hyp", "hyp.txt", "--hyp", "hyp.txt"], USAGE, ["hyp.txt is given twice"]),
        (["ref.txt", "--hyp", "hyp.txt", "--hyp", "sys2.txt", "--sentence"], USAGE, ["one system at a time"]),
        (["hyp.txt", "ref.txt", "--sentence", "-m", "bleu,chrf"], USAGE, ["one metric at a time"]),
        (["hyp.txt", "ref.txt", "--sentence", "--confidence"], USAGE, ["--sentence cannot be combined"]),
        (
            ["hyp.txt", "tsv.txt", "-nr", "2"],
            INPUT,
            ["line 24 of reference file tsv.txt has 1 tab-separated field", "--num-refs is 2"],
        ),
        (["hyp.txt", "tsv.txt", "ref.txt", "-nr", "2"], USAGE, ["--num-refs", "give only one"]),
        (["hyp.txt", "tsv.txt", "-nr", "0"], USAGE, ["--num-refs must be at least 1"]),
        (["fake.gz", "ref.txt"], INPUT, ["hypothesis file fake.gz is not a valid gzip file"]),
        (["hyp.txt", "ref.txt", "-e", "klingon"], USAGE, ["unknown --encoding 'klingon'"]),
        (["de.txt", "ref.txt", "-e", "ascii"], INPUT, ["de.txt is not ascii text", "bad byte 0xc3 on line 1"]),
        (["hyp.txt", "ref.txt", "--seed", "abc"], USAGE, ["--seed must be an integer or 'none'"]),
        (["hyp.txt", "ref.txt", "--max-ngram-order", "0"], USAGE, ["--max-ngram-order must be at least 1"]),
        (["hyp.txt", "ref.txt", "-m", "chrf", "-cc", "0", "-cw", "0"], USAGE, ["chrF needs"]),
        (["hyp.txt", "ref.txt", "-w", "-1"], USAGE, ["--width"]),
        (["--hyp", "hyp.txt"], USAGE, ["missing argument REF"]),
        ([], USAGE, ["missing argument HYP"]),
    ],
    ids=[
        "systems of unequal length",
        "smooth value without method",
        "smooth value with none",
        "unknown smoothing",
        "paired bs with one system",
        "paired ar with one system",
        "both paired tests",
        "unknown tokenizer, two systems",
        "confidence with two systems",
        "same system twice",
        "sentence with two systems",
        "sentence with two metrics",
        "sentence with confidence",
        "tsv field count",
        "tsv with two files",
        "num-refs 0",
        "not gzip",
        "unknown encoding",
        "wrong encoding",
        "bad seed",
        "max order 0",
        "no chrf order",
        "negative width",
        "--hyp without reference",
        "nothing",
    ],
)
def test_bad_input_of_the_new_options(bad2, args, code, fragments):
    r = invoke(["bleu", *args], input="", cwd=bad2)
    assert_clean_error(r, code, *fragments)
    assert r.stdout == ""


def test_help_says_the_byte_order_mark_is_dropped():
    r = invoke(["bleu", "--help"])
    assert r.exit_code == 0
    text = " ".join(r.stdout.split())
    assert "a leading UTF-8 byte-order mark is dropped" in text and "--paired-bs" in text


def test_sentence_json_is_one_object_per_line(data, sacrebleu):
    text = sacrebleu("de_hyp", ["de_ref"], ["-sl", "-m", "chrf", "-w", "6"])
    got = _rnncli([data["de_hyp"], data["de_ref"], "--sentence", "-m", "chrf", "-w", "6", "--json"]).splitlines()
    assert len(got) == len(text.splitlines()) == len(DE_HYP.splitlines())
    for i, (line, expected) in enumerate(zip(got, text.splitlines()), 1):
        obj = json.loads(line)
        assert obj["line"] == i and expected == f"{obj['name']}|{obj['signature']} = {obj['score']:.6f}"


def test_significance_never_imports_torch(files):
    code = (
        "import sys\n"
        "from rnncli.cli import main\n"
        f"sys.argv = ['rnncli', 'bleu', {str(files['en_ref1'])!r}, '--hyp', {str(files['en_hyp'])!r}, '--hyp', "
        f"{str(files['en_sys2'])!r}, '--paired-bs', '-pbsn', '50', '-m', 'bleu,chrf,ter']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "assert 'torch' not in sys.modules and 'numpy' in sys.modules\n"
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
    assert p.stdout.splitlines()[-1] == "no torch" and "(p = 0." in p.stdout
