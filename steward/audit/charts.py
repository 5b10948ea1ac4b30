"""Hand-written inline SVG charts for ``report.html``: no JavaScript, no external files, no
network, so the report reads offline and prints as it looks.

Each function returns :class:`markupsafe.Markup` (already escaped) to drop into a template:

* :func:`reliability_diagram` — accuracy per equal-width confidence bin against the diagonal,
  with the bin counts underneath;
* :func:`interval_chart` — point estimates with interval error bars (per-group accuracy with
  Wilson intervals, headline metrics with bootstrap intervals);
* :func:`confusion_heatmap` — the confusion matrix, cells shaded by the share of their true
  row, counts written in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from steward.audit.performance import Calibration

BLUE = "#4a78c2"
RED = "#b3261e"
GREY = "#9e9e9e"
INK = "#222"
GRID = "#e3e3e3"
FONT = 'font-family="system-ui, sans-serif"'


def _f(value: float) -> str:
    """Coordinates with two decimals, trailing zeros dropped."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: int = 11,
    anchor: str = "start",
    fill: str = INK,
    extra: str = "",
) -> str:
    return (
        f'<text x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="{fill}" {FONT}{(" " + extra) if extra else ""}>{escape(content)}</text>'
    )


def _svg(width: float, height: float, label: str, body: list[str]) -> Markup:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(width)}" height="{_f(height)}" '
        f'viewBox="0 0 {_f(width)} {_f(height)}" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>"
    )
    return Markup(head + "".join(body) + "</svg>")


def _clip(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


# -- reliability diagram ------------------------------------------------------------------------


def reliability_diagram(calibration: Calibration, *, size: int = 300) -> Markup:
    """Bars: accuracy of each non-empty bin, drawn over the bin's width; red ticks: the bin's
    mean confidence (a perfectly calibrated model has each bar reach the dashed diagonal);
    the strip below shows how many predictions fall in each bin."""
    left, top, strip, bottom = 44, 14, 46, 40
    width = left + size + 14
    height = top + size + 12 + strip + bottom
    x0, y0 = left, top + size  # plot origin (bottom-left)

    def px(v: float) -> float:
        return x0 + v * size

    def py(v: float) -> float:
        return y0 - v * size

    body = [
        f'<rect x="{x0}" y="{top}" width="{size}" height="{size}" fill="white" stroke="{GRID}"/>'
    ]
    for tick in (0.0, 0.2, 0.4, 0.6, 0.8, 1.0):
        body.append(
            f'<line x1="{_f(px(tick))}" y1="{top}" x2="{_f(px(tick))}" y2="{y0}" stroke="{GRID}"/>'
        )
        body.append(
            f'<line x1="{x0}" y1="{_f(py(tick))}" x2="{x0 + size}" y2="{_f(py(tick))}" '
            f'stroke="{GRID}"/>'
        )
        body.append(_text(x0 - 5, py(tick) + 4, f"{tick:.1f}", size=10, anchor="end"))
    for b in calibration.bins:
        if b.count == 0:
            continue
        x, w = px(b.low), (b.high - b.low) * size
        body.append(
            f'<rect x="{_f(x + 0.5)}" y="{_f(py(b.accuracy))}" width="{_f(max(w - 1, 0.5))}" '
            f'height="{_f(b.accuracy * size)}" fill="{BLUE}" fill-opacity="0.8">'
            f"<title>{escape(f'confidence {b.low:.2f}–{b.high:.2f}: {b.count} predictions, ')}"
            f"{escape(f'accuracy {b.accuracy:.3f}, mean confidence {b.confidence:.3f}')}"
            "</title></rect>"
        )
        body.append(
            f'<line x1="{_f(x + 0.5)}" y1="{_f(py(b.confidence))}" x2="{_f(x + w - 0.5)}" '
            f'y2="{_f(py(b.confidence))}" stroke="{RED}" stroke-width="2"/>'
        )
    body.append(
        f'<line x1="{x0}" y1="{y0}" x2="{x0 + size}" y2="{top}" stroke="{INK}" '
        'stroke-dasharray="4 3"/>'
    )
    body.append(
        _text(
            x0 - 32,
            top + size / 2,
            "accuracy",
            size=11,
            anchor="middle",
            extra=f'transform="rotate(-90 {x0 - 32} {_f(top + size / 2)})"',
        )
    )

    # counts strip
    s_top = y0 + 12
    most = max((b.count for b in calibration.bins), default=0) or 1
    body.append(
        f'<line x1="{x0}" y1="{s_top + strip}" x2="{x0 + size}" y2="{s_top + strip}" '
        f'stroke="{GRID}"/>'
    )
    for b in calibration.bins:
        if b.count == 0:
            continue
        h = b.count / most * strip
        body.append(
            f'<rect x="{_f(px(b.low) + 0.5)}" y="{_f(s_top + strip - h)}" '
            f'width="{_f(max((b.high - b.low) * size - 1, 0.5))}" height="{_f(h)}" '
            f'fill="{GREY}"><title>{b.count} predictions</title></rect>'
        )
    body.append(_text(x0 - 5, s_top + strip / 2 + 4, "n", size=10, anchor="end"))
    for tick in (0.0, 0.5, 1.0):
        body.append(_text(px(tick), s_top + strip + 14, f"{tick:.1f}", size=10, anchor="middle"))
    body.append(
        _text(
            x0 + size / 2,
            s_top + strip + 30,
            f"confidence of the predicted class ({calibration.n_bins} equal-width bins)",
            size=11,
            anchor="middle",
        )
    )
    label = (
        f"Reliability diagram: expected calibration error {calibration.ece:.3f} over "
        f"{calibration.n_bins} equal-width bins"
    )
    return _svg(width, height, label, body)


# -- intervals ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IntervalRow:
    label: str
    value: float
    low: float
    high: float
    note: str = ""  # shown after the label, e.g. "n=42"
    muted: bool = False  # drawn grey (e.g. a group too small to count)
    highlight: bool = False  # drawn red (e.g. the worst group)


_STEPS = (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5)


def _step(span: float) -> float:
    return next((s for s in _STEPS if span / s <= 6), 1.0)


def _nice_domain(lo: float, hi: float) -> tuple[float, float]:
    """``lo`` and ``hi`` moved out to multiples of the round step :func:`_ticks` will use."""
    for _ in range(3):  # widening can change the step; settle it
        step = _step(max(hi - lo, 1e-9))
        lo = round(math.floor(lo / step + 1e-9) * step, 6)
        hi = round(math.ceil(hi / step - 1e-9) * step, 6)
        if _step(hi - lo) == step:
            break
    return lo, hi


def _ticks(lo: float, hi: float) -> list[float]:
    """Round tick values (at most 7) from ``lo`` to ``hi``."""
    step = _step(max(hi - lo, 1e-9))
    first = math.ceil(lo / step - 1e-9) * step
    count = int((hi - first) / step + 1e-9) + 1
    return [round(first + i * step, 6) for i in range(count)]


def interval_chart(
    rows: Sequence[IntervalRow],
    *,
    title: str,
    reference: float | None = None,
    reference_label: str = "overall",
    domain: tuple[float, float] | None = None,
    width: int = 560,
) -> Markup:
    """One row per estimate: a dot at the value and a bar from ``low`` to ``high``; an
    optional dashed reference line (e.g. overall accuracy). The axis spans ``domain`` or the
    data, padded and rounded out to a round step."""
    label_w, pad_r, row_h, top, bottom = 190, 60, 22, 40, 30
    plot_w = width - label_w - pad_r
    if domain is None:
        lows = [r.low for r in rows] + ([reference] if reference is not None else [])
        highs = [r.high for r in rows] + ([reference] if reference is not None else [])
        raw_lo, raw_hi = min(lows, default=0.0), max(highs, default=1.0)
        pad = max((raw_hi - raw_lo) * 0.08, 0.005)
        domain = _nice_domain(max(0.0, raw_lo - pad), min(1.0, raw_hi + pad))
    lo, hi = domain
    span = (hi - lo) or 1.0

    def px(v: float) -> float:
        return label_w + (min(max(v, lo), hi) - lo) / span * plot_w

    height = top + row_h * len(rows) + bottom
    body = [_text(4, 14, title, size=12, extra='font-weight="600"')]
    digits = 3 if _step(hi - lo) < 0.01 else 2
    for v in _ticks(lo, hi):
        x = px(v)
        body.append(
            f'<line x1="{_f(x)}" y1="{top}" x2="{_f(x)}" y2="{top + row_h * len(rows)}" '
            f'stroke="{GRID}"/>'
        )
        body.append(_text(x, height - bottom + 16, f"{v:.{digits}f}", size=10, anchor="middle"))
    for i, row in enumerate(rows):
        y = top + row_h * i + row_h / 2
        colour = GREY if row.muted else RED if row.highlight else BLUE
        name = _clip(row.label, 22) + (f"  {row.note}" if row.note else "")
        body.append(
            _text(label_w - 8, y + 4, name, size=11, anchor="end", fill=GREY if row.muted else INK)
        )
        x_lo, x_hi, x = px(row.low), px(row.high), px(row.value)
        tip = escape(f"{row.label}: {row.value:.3f} [{row.low:.3f}, {row.high:.3f}] {row.note}")
        body.append(
            f"<g><title>{tip}</title>"
            f'<line x1="{_f(x_lo)}" y1="{_f(y)}" x2="{_f(x_hi)}" y2="{_f(y)}" stroke="{colour}" '
            f'stroke-width="2"/>'
            f'<line x1="{_f(x_lo)}" y1="{_f(y - 5)}" x2="{_f(x_lo)}" y2="{_f(y + 5)}" '
            f'stroke="{colour}" stroke-width="2"/>'
            f'<line x1="{_f(x_hi)}" y1="{_f(y - 5)}" x2="{_f(x_hi)}" y2="{_f(y + 5)}" '
            f'stroke="{colour}" stroke-width="2"/>'
            f'<circle cx="{_f(x)}" cy="{_f(y)}" r="4" fill="{colour}"/></g>'
        )
        body.append(_text(width - pad_r + 8, y + 4, f"{row.value:.3f}", size=10))
    if reference is not None:
        x = px(reference)
        body.append(
            f'<line x1="{_f(x)}" y1="{top - 4}" x2="{_f(x)}" '
            f'y2="{top + row_h * len(rows)}" stroke="{INK}" stroke-dasharray="4 3"/>'
        )
        body.append(
            _text(x, top - 8, f"{reference_label} {reference:.3f}", size=10, anchor="middle")
        )
    return _svg(width, height, title, body)


# -- confusion matrix ------------------------------------------------------------------------------


def _shade(share: float) -> str:
    """White to deep blue by ``share`` in [0, 1]."""
    share = min(max(share, 0.0), 1.0)
    r = round(255 - share * (255 - 31))
    g = round(255 - share * (255 - 78))
    b = round(255 - share * (255 - 160))
    return f"#{r:02x}{g:02x}{b:02x}"


def confusion_heatmap(labels: Sequence[str], matrix: Sequence[Sequence[int]]) -> Markup:
    """Rows: true label; columns: predicted label; shade: share of the row; numbers: counts."""
    k = len(labels)
    cell = 26 if k <= 20 else max(12, 520 // max(k, 1))
    label_w = 170
    head = 120
    width = label_w + cell * k + 110  # room for the last rotated column labels
    height = head + cell * k + 30
    body = []
    for j, name in enumerate(labels):
        x = label_w + cell * j + cell / 2
        body.append(
            _text(
                x,
                head - 6,
                _clip(name, 22),
                size=10,
                extra=f'transform="rotate(-50 {_f(x)} {head - 6})"',
            )
        )
    for i, name in enumerate(labels):
        y = head + cell * i
        row = matrix[i]
        total = sum(row)
        body.append(_text(label_w - 6, y + cell / 2 + 4, _clip(name, 24), size=10, anchor="end"))
        for j, count in enumerate(row):
            share = count / total if total else 0.0
            x = label_w + cell * j
            stroke = f' stroke="{GRID}"'
            tip = f"true {labels[i]} → predicted {labels[j]}: {count} ({100 * share:.1f}% of row)"
            body.append(
                f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{_shade(share)}"'
                f"{stroke}><title>{escape(tip)}</title></rect>"
            )
            if count:
                colour = "white" if share > 0.55 else INK
                body.append(
                    _text(
                        x + cell / 2,
                        y + cell / 2 + 3.5,
                        str(count),
                        size=9 if count < 1000 else 7,
                        anchor="middle",
                        fill=colour,
                    )
                )
    for i in range(k):  # outline the diagonal last, so no neighbour covers it
        x, y = label_w + cell * i, head + cell * i
        body.append(
            f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="none" stroke="{INK}"/>'
        )
    body.append(
        _text(
            label_w + cell * k / 2,
            height - 10,
            "predicted →   (rows: true label)",
            size=11,
            anchor="middle",
        )
    )
    return _svg(width, height, "Confusion matrix (rows: true label, columns: predicted)", body)
