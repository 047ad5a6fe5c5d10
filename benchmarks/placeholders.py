"""Placeholders through translation: ``python -m benchmarks placeholders --checkpoint CKPT``.

Translates (beam 5) the bundled test split and the held-out placeholder set
(``data/mt/en-de/placeholders.{en,de}``) with and without ``translate``'s placeholder protection,
and prints, for each, the share of lines with any placeholder whose translation keeps the source's
exact multiset of placeholders, and the BLEU score (``rnncli bleu``'s figure).

The placeholder set is built by ``python -m benchmarks.placeholders --build`` from the German gettext
catalogs installed on this machine (``/usr/share/locale/de/LC_MESSAGES``): English messages with a
printf/brace placeholder whose German translation has the same placeholders, none of them in the
bundled corpus (which drops every placeholder message; see data/mt/en-de/README.md).
"""

from __future__ import annotations

import argparse
import collections
import glob
import importlib.util
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "mt" / "en-de"
MARKUP = re.compile(r"<\w[^>]*>|&\w+;|\\[nt]")


def _corpora():
    spec = importlib.util.spec_from_file_location("build_corpora", ROOT / "data" / "build_corpora.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(locale_dir: str = "/usr/share/locale/de/LC_MESSAGES", n: int = 500, seed: int = 13) -> int:
    from rnncli.mt.placeholders import placeholders

    bc = _corpora()
    seen = {
        bc.norm_key(line)
        for split in ("train", "dev", "test")
        for line in (DATA / f"{split}.en").read_text(encoding="utf-8").splitlines()
    }
    pairs: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for path in sorted(glob.glob(os.path.join(locale_dir, "*.mo"))):
        if os.path.basename(path).startswith("iso_"):
            continue  # country and language names: no placeholders
        with open(path, "rb") as f:
            entries = bc.read_mo(f.read())
        for key, val in entries:
            if "\n" in key.strip() or "\n" in val.strip():
                continue
            en, de = bc.clean_message(key), bc.clean_message(val)
            ph = placeholders(en)
            if not ph or len(en) > 120 or len(de) > 150 or MARKUP.search(en + de) or en.startswith("-"):
                continue
            if collections.Counter(ph) != collections.Counter(placeholders(de)) or en.casefold() == de.casefold():
                continue
            if not re.search(r"[a-z]{3}", en) or bc.norm_key(en) in seen:
                continue
            pairs[en][de] += 1
    chosen = sorted(
        (en, sorted(c.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]) for en, c in pairs.items()
    )
    random.Random(seed).shuffle(chosen)
    chosen = chosen[:n]
    (DATA / "placeholders.en").write_text("".join(en + "\n" for en, _ in chosen), encoding="utf-8")
    (DATA / "placeholders.de").write_text("".join(de + "\n" for _, de in chosen), encoding="utf-8")
    return len(chosen)


def kept_share(sources: list[str], outputs: list[str]) -> tuple[int, int]:
    """(lines whose output has exactly the source's placeholders, lines whose source has any)."""
    from rnncli.mt.placeholders import placeholders

    with_any = [(s, o) for s, o in zip(sources, outputs) if placeholders(s)]
    kept = sum(collections.Counter(placeholders(s)) == collections.Counter(placeholders(o)) for s, o in with_any)
    return kept, len(with_any)


def _translate(mt, lines: list[str], keep: bool) -> tuple[list[str], float]:
    from rnncli.mt.use import SearchSettings, translate_lines

    t0 = time.perf_counter()
    out = [tr.text for tr in translate_lines(mt, lines, SearchSettings(beam=5, keep_placeholders=keep), truncate=True)]
    return out, time.perf_counter() - t0


def sentinel_copies(mt, lines: list[str]) -> tuple[int, int]:
    """(sentinels the model copied exactly, sentinels): the masked lines translated without repair."""
    from rnncli.mt.placeholders import mask

    masked = [mask(line) for line in lines]
    raw, _ = _translate(mt, [m.text for m in masked], False)
    copied = sum(
        len(re.findall(rf"(?<![\w-]){re.escape(s)}(?!\w)", out)) >= 1
        for m, out in zip(masked, raw)
        for s in m.sentinels
    )
    return copied, sum(len(m.sentinels) for m in masked)


def run(checkpoint: str, limit: int | None = None, save: str | None = None) -> dict:
    from rnncli.metrics import corpus_scores
    from rnncli.mt.use import load_mt
    from rnncli.segments import to_segments

    mt = load_mt(checkpoint, "cpu")
    results = {"checkpoint": str(mt.path)}
    for name in ("test", "placeholders"):
        src = (DATA / f"{name}.en").read_text(encoding="utf-8").splitlines()[:limit]
        ref = (DATA / f"{name}.de").read_text(encoding="utf-8").splitlines()[:limit]
        for keep in (False, True):
            out, secs = _translate(mt, src, keep)
            if save:
                Path(save, f"{name}.{'keep' if keep else 'plain'}.de").write_text(
                    "".join(o + "\n" for o in out), encoding="utf-8"
                )
            kept, total = kept_share(src, out)
            bleu = corpus_scores(to_segments(out), [to_segments(ref)], ["bleu"])[0]
            results[f"{name}/{'keep' if keep else 'plain'}"] = {
                "lines": len(src),
                "with_placeholders": total,
                "kept": kept,
                "bleu": round(bleu.score, 2),
                "seconds": round(secs, 1),
            }
            print(f"  {name} {'keep' if keep else 'plain'}: done in {secs:.0f} s", file=sys.stderr, flush=True)
    results["sentinels copied"] = sentinel_copies(mt, src)
    return results


def report(r: dict) -> str:
    rows = [
        f"placeholders through translation, beam 5, {r['checkpoint']}",
        "set           protection  lines  with placeholders  kept exactly     BLEU",
    ]
    for key, v in r.items():
        if key in ("checkpoint", "sentinels copied"):
            continue
        name, mode = key.split("/")
        share = (
            f"{v['kept']:>4} ({100 * v['kept'] / v['with_placeholders']:5.1f}%)"
            if v["with_placeholders"]
            else "   - (no lines)"
        )
        rows.append(
            f"{name:<13} {'on' if mode == 'keep' else 'off':<10} {v['lines']:>6}  {v['with_placeholders']:>17}"
            f"  {share:>15}  {v['bleu']:>6.2f}"
        )
    copied, total = r["sentinels copied"]
    rows.append(
        f"placeholder set: the model copied {copied} of {total} sentinels exactly; the rest were repaired "
        "(garbled copies, attention)"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(prog="python -m benchmarks.placeholders")
    ap.add_argument("--build", action="store_true", help="(re)build data/mt/en-de/placeholders.{en,de}")
    ap.add_argument("--locale-dir", default="/usr/share/locale/de/LC_MESSAGES")
    args = ap.parse_args()
    if args.build:
        print(f"wrote {build(args.locale_dir)} pairs to {DATA}/placeholders.{{en,de}}")
