"""Loading rnncli's HTML pages in headless Chromium and reading back what the browser made of them.

A harness page holds the page under test in an iframe; when it has loaded (its scripts have run), the
harness reads the rendered document (texts, computed colours, the explorer's ranking and traces) and
writes it as JSON into its own DOM, which ``chromium --dump-dom`` prints. Chromium is required: when it
is missing or cannot start, the test fails and says how to install it (``.ci/run`` does).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")

_HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="result">no result</pre>
<iframe id="page" style="width:1200px;height:900px" src="SRC"></iframe>
<script>
document.getElementById("page").addEventListener("load", () => {
  let out;
  try {
    const doc = document.getElementById("page").contentDocument, win = doc.defaultView;
    const bg = el => win.getComputedStyle(el).backgroundColor;
    const all = sel => [...doc.querySelectorAll(sel)];
    out = {
      title: doc.title,
      headings: all("h2").map(h => h.textContent),
      texts: all("div.text").map(d => [...d.querySelectorAll("span")].map(s => [s.textContent, bg(s)])),
      grids: all("table.grid").map(t => [...t.querySelectorAll("td")].map(c => [c.title, bg(c)])),
      ranking: all("#ranking tr.unit").map(r => [...r.cells].map(c => c.textContent)),
      status: (doc.getElementById("status") || {}).textContent || null,
      traces: all(".trace").map(t => [t.firstChild.textContent, ...[...t.querySelectorAll("polyline")].map(
        p => p.getAttribute("points").split(" ").length)]),
      selected: all("#text span.sel").length,
      images: all("img").map(i => [i.alt, i.naturalWidth, i.naturalHeight]),
    };
  } catch (e) { out = {error: String(e)}; }
  document.getElementById("result").textContent = JSON.stringify(out);
});
</script></body></html>
"""


def browser() -> str:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    pytest.fail(
        "headless Chromium is needed for the browser tests and was not found: install Debian's "
        "'chromium' package (apt-get install chromium), as .ci/run does",
        pytrace=False,
    )


def load(page: Path, fragment: str = "", timeout: float = 120) -> dict:
    """What a browser shows of ``page`` (opened at ``#fragment``): see the harness above."""
    harness = page.parent / f"{page.stem}-harness.html"
    harness.write_text(_HARNESS.replace("SRC", html.escape(page.name + fragment)), encoding="utf-8")
    cmd = [
        browser(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--allow-file-access-from-files",
        "--virtual-time-budget=5000",
        "--dump-dom",
        harness.resolve().as_uri(),
    ]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        pytest.fail(f"headless Chromium could not run ({e}); is Debian's 'chromium' package installed?", pytrace=False)
    m = re.search(r'<pre id="result">(.*?)</pre>', r.stdout, re.S)
    if r.returncode != 0 or not m or m.group(1) == "no result":
        tail = "\n".join(r.stderr.strip().splitlines()[-5:])
        pytest.fail(f"headless Chromium did not render {page.name} (exit {r.returncode}):\n{tail}", pytrace=False)
    out = json.loads(html.unescape(m.group(1)))
    assert "error" not in out, out
    return out


def rgb(css: str) -> tuple[int, int, int]:
    """``rgb(r, g, b)`` as the browser reports a computed colour."""
    m = re.fullmatch(r"rgba?\((\d+), (\d+), (\d+)(?:, [\d.]+)?\)", css)
    assert m, css
    return int(m.group(1)), int(m.group(2)), int(m.group(3))
