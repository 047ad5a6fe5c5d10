"""Labelled corpora of other kinds than the bundled language identification, built offline from
Debian packages into a cache folder (``label<TAB>text`` files, ``train``/``dev``/``test.tsv``):

* ``debtopics``: topic classification of long texts. The English descriptions (the synopsis and the
  long description, from the archive's ``Translation-en`` index) of Debian 12 packages, labelled by
  the package's section (15 sections such as games, science, net, sound, mail; the library and
  per-language sections are left out: their texts name the language). Binary packages of one source
  package share their text, so the split is by source package (the SHA-1 of its name). The index is
  fetched with ``apt-get update`` into the cache folder (``-o Dir::State::Lists``; the system's lists
  are left alone). Licence: the descriptions are part of each package (its own licence).
* ``codelang``: which programming language a snippet of source code is in, 12 languages: three
  consecutive non-blank lines (newlines shown as ``↵``) from the source files shipped in 16 Debian 12
  packages (``apt-get download``, read with ``dpkg-deb``, nothing installed): Python's standard
  library, Perl's core modules, Ruby's library, Linux and ncurses C headers, libstdc++'s C++ headers,
  bash-completion's shell scripts, jQuery UI and Bootstrap (JavaScript), Tcl's library, Go's x/net,
  Rust's regex-syntax and serde, PHP's PEAR and Symfony console, Lua's Penlight. Split by file.
  Licence: each package's (PSF, Artistic/GPL, Ruby/BSD, GPL-2, MIT, GPL-3 with exception, BSD, ...).

Both are deterministic for fixed package versions (the versions are printed); ``build`` writes a
``SOURCE.txt`` beside the files with the package versions and the label counts.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import re
import subprocess
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

SEED = 25
KINDS = ("debtopics", "codelang")

TOPIC_SECTIONS = (
    "admin",
    "database",
    "editors",
    "games",
    "graphics",
    "mail",
    "math",
    "net",
    "science",
    "sound",
    "text",
    "utils",
    "video",
    "web",
    "x11",
)
TOPIC_MAX_CHARS = 2000  # longer descriptions are cut (a few package lists run to tens of kilobytes)

# language -> (packages, a regular expression the member's path must match)
CODE = {
    "c": (("linux-libc-dev", "libncurses-dev"), r"\.h$"),
    "cpp": (("libstdc++-12-dev",), r"/include/c\+\+/12/(?!.*\.(h|py)$)[^.]*$|/include/c\+\+/12/.*\.(h|tcc)$"),
    "go": (("golang-golang-x-net-dev",), r"\.go$"),
    "javascript": (("libjs-jquery-ui", "libjs-bootstrap4"), r"(?<!\.min)\.js$"),
    "lua": (("lua-penlight",), r"\.lua$"),
    "perl": (("perl-modules-5.36",), r"\.p[ml]$"),
    "php": (("php-pear", "php-symfony-console"), r"\.php$"),
    "python": (("libpython3.11-stdlib",), r"\.py$"),
    "ruby": (("libruby3.1",), r"\.rb$"),
    "rust": (("librust-regex-syntax-dev", "librust-serde-dev"), r"\.rs$"),
    "shell": (("bash-completion",), r"/completions/[^/.]+$|\.sh$"),
    "tcl": (("libtcl8.6",), r"\.tcl$"),
}
CODE_LINES = 3  # lines per snippet
CODE_PER_FILE = 30  # at most this many snippets from one file
CODE_COUNTS = {"train": 3000, "dev": 200, "test": 400}  # per language (fewer where a language lacks them)


def log(msg: str) -> None:
    print(msg, flush=True)


def _bucket(name: str) -> float:
    """A fixed pseudo-random number in [0, 1) for a name: which split it falls in."""
    return int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) / 2**32


def _split_of(name: str, dev: float = 0.1, test: float = 0.15) -> str:
    b = _bucket(name)
    return "dev" if b < dev else "test" if b < dev + test else "train"


def _write(out: Path, splits: dict[str, list[tuple[str, str]]], source: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = [source, ""]
    for split, rows in splits.items():
        with open(out / f"{split}.tsv", "w", encoding="utf-8", newline="\n") as f:
            for label, text in rows:
                assert "\t" not in text and "\n" not in text and text.strip()
                f.write(f"{label}\t{text}\n")
        counts = Counter(lab for lab, _ in rows)
        mean = sum(len(t) for _, t in rows) / max(len(rows), 1)
        shares = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        lines.append(f"{split}: {len(rows):,} texts, mean {mean:.0f} chars; {shares}")
    (out / "SOURCE.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    log("\n".join(lines))


# --------------------------------------------------------------------------------------------
# debtopics


def _apt_lists(work: Path) -> Path:
    lists = work / "apt-lists"
    if not any(lists.glob("*Translation-en*")):
        (lists / "partial").mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["apt-get", "update", "-q", f"-o=Dir::State::Lists={lists}", "-o=Acquire::Languages=en"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return lists


def _stanzas(path: Path):
    text = subprocess.run(
        ["/usr/lib/apt/apt-helper", "cat-file", str(path)], check=True, capture_output=True
    ).stdout.decode("utf-8", errors="replace")
    for block in text.split("\n\n"):
        fields, key = {}, None
        for line in block.split("\n"):
            if line[:1] in (" ", "\t") and key:
                fields[key] += "\n" + line
            elif ":" in line:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        if fields:
            yield fields


def _description(raw: str) -> str:
    lines = raw.split("\n")
    body = [line.strip() for line in lines[1:]]
    body = [line for line in body if line != "."]
    text = " ".join([lines[0].strip(), *body])
    return re.sub(r"\s+", " ", text).strip()[:TOPIC_MAX_CHARS]


def build_debtopics(out: Path, work: Path) -> None:
    lists = _apt_lists(work)
    main = [p for p in sorted(lists.glob("*bookworm_main_*")) if "security" not in p.name and "updates" not in p.name]
    packages = next(p for p in main if "Packages" in p.name)
    translations = next(p for p in main if "Translation-en" in p.name)
    english = {f["Description-md5"]: _description(f["Description-en"]) for f in _stanzas(translations)}
    seen, rows = set(), defaultdict(list)
    for f in _stanzas(packages):
        section = f.get("Section", "").split("/")[-1]
        text = english.get(f.get("Description-md5", ""))
        if section not in TOPIC_SECTIONS or not text or text in seen:
            continue
        seen.add(text)
        source = f.get("Source", f["Package"]).split()[0]
        rows[_split_of(source)].append((section, text))
    splits = {s: sorted(rows[s], key=lambda r: _bucket(r[1])) for s in ("train", "dev", "test")}
    _write(out, splits, f"Debian 12 main: {packages.name}, {translations.name} (package sections as labels)")


# --------------------------------------------------------------------------------------------
# codelang


def _debs(work: Path, packages: list[str]) -> dict[str, Path]:
    d = work / "debs"
    d.mkdir(parents=True, exist_ok=True)
    missing = [p for p in packages if not list(d.glob(f"{p}_*.deb"))]
    if missing:
        subprocess.run(["apt-get", "download", "-q", *missing], cwd=d, check=True, stdout=subprocess.DEVNULL)
    return {p: sorted(d.glob(f"{p}_*.deb"))[-1] for p in packages}


def _members(deb: Path, pattern: str):
    data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            if m.isfile() and re.search(pattern, m.name) and "/test" not in m.name:
                text = tar.extractfile(m).read().decode("utf-8", errors="replace")
                yield m.name, text


def _snippets(text: str, rng: random.Random) -> list[str]:
    lines = [line.rstrip().replace("\t", "    ") for line in text.split("\n")]
    lines = [line for line in lines if line.strip() and len(line) <= 160]
    chunks = ["↵".join(lines[i : i + CODE_LINES]) for i in range(0, len(lines) - CODE_LINES + 1, CODE_LINES)]
    chunks = [c for c in chunks if len(re.findall(r"\w", c)) >= 10]
    rng.shuffle(chunks)
    return chunks[:CODE_PER_FILE]


def build_codelang(out: Path, work: Path) -> None:
    debs = _debs(work, sorted({p for pkgs, _ in CODE.values() for p in pkgs}))
    versions = []
    for p, deb in sorted(debs.items()):
        v = subprocess.run(["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True, text=True)
        versions.append(f"{p} {v.stdout.strip()}")
    rng = random.Random(SEED)
    splits: dict[str, list[tuple[str, str]]] = {s: [] for s in CODE_COUNTS}
    for lang, (pkgs, pattern) in sorted(CODE.items()):
        pools = defaultdict(list)
        for p in pkgs:
            for name, text in _members(debs[p], pattern):
                pools[_split_of(f"{p}:{name}")].extend(_snippets(text, rng))
        for split, n in CODE_COUNTS.items():
            pool = sorted(set(pools[split]))
            rng.shuffle(pool)
            splits[split].extend((lang, s) for s in pool[:n])
    for rows in splits.values():
        rng.shuffle(rows)
    _write(out, splits, "Debian 12 packages: " + ", ".join(versions))


def build(kind: str, cache: Path) -> Path:
    """The folder with ``kind``'s train/dev/test.tsv under ``cache``, built when missing."""
    out = cache / kind
    if not (out / "test.tsv").exists():
        work = cache / "downloads"
        log(f"building {kind} into {out}")
        {"debtopics": build_debtopics, "codelang": build_codelang}[kind](out, work)
    return out


if __name__ == "__main__":
    import sys

    root = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TMPDIR", "/tmp")) / "rnncli-clf-corpora"
    for k in sys.argv[2:] or KINDS:
        print(build(k, root))
