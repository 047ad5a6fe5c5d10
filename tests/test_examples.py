"""The example notebooks (examples/*.ipynb) run top to bottom with nbclient, and their pictures come out
as notebook pictures: the activation view and the attention map as HTML, the run's curves as a PNG."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _run(name: str, cwd: Path):
    nbformat = pytest.importorskip("nbformat", reason="the test extra installs nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(EXAMPLES / name, as_version=4)
    start = time.monotonic()
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    print(f"{name}: {time.monotonic() - start:.0f} s")
    return nb


def _outputs(nb, mime: str) -> list[str]:
    return [
        out["data"][mime]
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if mime in out.get("data", {})
    ]


def test_the_examples_are_the_ones_the_docs_name():
    assert sorted(p.name for p in EXAMPLES.glob("*.ipynb")) == ["language-model.ipynb", "translator.ipynb"]


@pytest.mark.slow
def test_language_model_notebook_runs_and_shows_curves_and_units(tmp_path):
    nb = _run("language-model.ipynb", tmp_path)
    html = _outputs(nb, "text/html")
    assert any("data:image/png;base64," in h for h in html)  # the run's curves
    units = [h for h in html if 'class="text"' in h and "background:#" in h]
    assert len(units) == 2  # the best line-position unit, then the three that vary most
    assert "correlation" in "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))
    assert list(tmp_path.glob("runs/lm-*/best.ckpt"))
    # Training's progress is one output updated in place, not a stream of lines.
    training = nb.cells[1].outputs
    progress = [o for o in training if o.get("output_type") == "display_data"]
    assert len(progress) == 1 and "step 600/600" in progress[0]["data"]["text/html"], training
    assert not [o for o in training if o.get("output_type") == "stream"]


@pytest.mark.slow
def test_translator_notebook_runs_and_shows_attention_and_the_test(tmp_path):
    nb = _run("translator.ipynb", tmp_path)
    html = _outputs(nb, "text/html")
    assert any('<table class="grid">' in h for h in html)  # the attention map
    assert any("data:image/png;base64," in h for h in html)  # the run's curves
    printed = "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []) if o.get("name") == "stdout")
    assert "Baseline: no attention" in printed and "p = " in printed
