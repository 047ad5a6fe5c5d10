"""Language-model corpora of different kinds, built from what this machine has, split by file.

The bundled Shakespeare is the corpus rnncli's first defaults were chosen on; these two are not:

* ``fortunes``: English fortune cookies (short prose, quotations, jokes, verse, definitions) from
  Debian's ``fortunes`` and ``fortunes-min`` packages (``apt-get install fortunes fortunes-min``;
  BSD licence, the texts' own notes in /usr/share/doc/fortunes*). The ``%`` separators are dropped.
* ``pystdlib``: Python source code, the running interpreter's standard library (PSF licence), tests
  and third-party packages left out, 3.5 MB of it.

Held-out text comes from whole files the model never sees in training: the files are put in a
fixed pseudo-random order (the SHA-1 of their names), the first ones fill the validation split up to
5% of the characters and the next ones the test split, the rest is training text. Files over 10% of
the corpus stay in training, so that no split is one odd file. The result is the same on every
machine with the same package versions; ``build`` prints each split's size and a digest.
"""

from __future__ import annotations

import hashlib
import sysconfig
from pathlib import Path

FORTUNES = Path("/usr/share/games/fortunes")
PYSTDLIB_CHARS = 3_500_000
CORPORA = ("shakespeare", "fortunes", "pystdlib")


def _fortune_files() -> dict[str, str]:
    if not FORTUNES.is_dir():
        raise SystemExit(f"{FORTUNES} is missing: apt-get install -y fortunes fortunes-min")
    out = {}
    for p in sorted(FORTUNES.iterdir()):
        if p.suffix in (".dat", ".u8") or p.is_symlink() or not p.is_file():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        lines = [line for line in text.splitlines() if line.strip() != "%"]
        out[p.name] = "\n".join(lines).strip() + "\n"
    return out


def _stdlib_files(root: Path) -> dict[str, str]:
    skip = {"test", "tests", "site-packages", "dist-packages", "idle_test", "__pycache__"}
    out = {}
    for p in sorted(root.rglob("*.py")):
        rel = p.relative_to(root)
        if skip & set(rel.parts):
            continue
        out[str(rel)] = p.read_text(encoding="utf-8", errors="replace")
    # A fixed share of the library, chosen by the same hash order as the split.
    chosen, total = {}, 0
    for name in sorted(out, key=_order):
        if total >= PYSTDLIB_CHARS:
            break
        chosen[name] = out[name]
        total += len(out[name])
    return chosen


def _order(name: str) -> str:
    return hashlib.sha1(name.encode()).hexdigest()


def split_files(files: dict[str, str], held_out: float = 0.05) -> dict[str, str]:
    """train / valid / test texts from whole files (see the module docstring)."""
    total = sum(len(t) for t in files.values())
    parts: dict[str, list[str]] = {"valid": [], "test": [], "train": []}
    sizes = {"valid": 0, "test": 0}
    for name in sorted(files, key=_order):
        text = files[name]
        target = next((k for k in ("valid", "test") if sizes[k] < held_out * total), "train")
        if target != "train" and len(text) > 0.1 * total:
            target = "train"
        parts[target].append(text)
        if target != "train":
            sizes[target] += len(text)
    return {k: "\n".join(v) for k, v in parts.items()}


def build(name: str, out_dir: Path, stdlib: str | None = None) -> dict[str, Path]:
    """Write OUT_DIR/NAME/{train,valid,test}.txt (once) and return the three paths."""
    target = out_dir / name
    paths = {k: target / f"{k}.txt" for k in ("train", "valid", "test")}
    if name == "shakespeare":
        from rnncli.textio import bundled

        return {k: Path(bundled("shakespeare", f"{k}.txt")) for k in paths}
    if all(p.exists() for p in paths.values()):
        return paths
    if name == "fortunes":
        files = _fortune_files()
    elif name == "pystdlib":
        files = _stdlib_files(Path(stdlib or sysconfig.get_paths()["stdlib"]))
    else:
        raise SystemExit(f"unknown corpus {name!r}; choose from {', '.join(CORPORA)}")
    target.mkdir(parents=True, exist_ok=True)
    for k, text in split_files(files).items():
        tmp = paths[k].with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(paths[k])
    return paths


def describe(paths: dict[str, Path]) -> str:
    sizes = ", ".join(f"{k} {p.stat().st_size:,} B" for k, p in paths.items())
    digest = hashlib.sha1(b"".join(p.read_bytes() for p in paths.values())).hexdigest()[:12]
    return f"{sizes}; sha1 {digest}"
