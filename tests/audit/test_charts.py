"""Inline SVG charts: well-formed, self-contained, escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from steward.audit.charts import (
    IntervalRow,
    confusion_heatmap,
    interval_chart,
    reliability_diagram,
)
from steward.audit.performance import calibration

SVG = "{http://www.w3.org/2000/svg}"


def _parse(markup: str) -> ET.Element:
    root = ET.fromstring(str(markup))
    assert root.tag == f"{SVG}svg" and root.get("role") == "img" and root.get("aria-label")
    # Nothing external: the only URL is the SVG namespace.
    assert str(markup).count("http") == 1
    assert "<script" not in str(markup) and "href" not in str(markup)
    return root


def test_reliability_diagram_draws_one_bar_per_non_empty_bin() -> None:
    calib = calibration([0.95, 0.95, 0.55, 0.55, 0.12], [True, False, True, True, False], n_bins=10)
    root = _parse(reliability_diagram(calib))
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("fill-opacity") == "0.8"]
    assert len(bars) == 3  # bins (0.1, 0.2], (0.5, 0.6], (0.9, 1.0]
    assert "10 equal-width bins" in root.get("aria-label", "")
    assert "error 0.384" in root.get("aria-label", "")  # (0.12 + 2 × 0.45 + 2 × 0.45) / 5
    empty = calibration([], [], n_bins=5)
    _parse(reliability_diagram(empty))


def test_interval_chart_escapes_labels_and_draws_every_row() -> None:
    rows = [
        IntervalRow("<script>alert(1)</script>", 0.9, 0.85, 0.94, note="n=120"),
        IntervalRow("65+", 0.62, 0.5, 0.73, note="n=40", highlight=True),
        IntervalRow("tiny", 1.0, 0.44, 1.0, note="n=3", muted=True),
    ]
    markup = interval_chart(rows, title="Accuracy by age_band", reference=0.88)
    root = _parse(markup)
    assert "<script>" not in str(markup) and "&lt;script&gt;" in str(markup)
    assert len(list(root.iter(f"{SVG}circle"))) == 3
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "overall 0.880" in texts and "65+" in texts


def test_confusion_heatmap_has_a_cell_per_pair_with_counts() -> None:
    labels = ["card_lost", "transfer", "balance & fees"]
    matrix = [[5, 1, 0], [0, 7, 2], [0, 0, 4]]
    markup = confusion_heatmap(labels, matrix)
    root = _parse(markup)
    cells = [r for r in root.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(cells) == 9
    tips = [c.find(f"{SVG}title").text for c in cells]  # type: ignore[union-attr]
    assert "true transfer → predicted balance & fees: 2 (22.2% of row)" in tips
    numbers = [t.text for t in root.iter(f"{SVG}text") if (t.text or "").isdigit()]
    assert sorted(numbers) == sorted(["5", "1", "7", "2", "4"])  # zero cells stay blank
