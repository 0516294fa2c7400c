"""Small charts as inline SVG, drawn on the server, for the staff dashboard, the
report pages and chat answers.

No JavaScript and no style attributes (the Content-Security-Policy forbids inline
scripts and styles): geometry is plain SVG attributes, shapes carry classes a
stylesheet may colour, and each shape also has a presentation `fill` so the chart
reads where no stylesheet reaches (a chat widget on another site). Every text is
escaped; each chart is role="img" with a <title> and a <desc> for screen readers
and a <title> per bar as a tooltip. A chart never replaces its numbers: pages show
the table too.

    chart = figure_chart([("Handbags/Wallets", 28331), ("Footwear", 13355)], "Seizure lines by product, FY 2021")
    chart = figure_chart([(2019, 27599), (2020, 26503), (2021, 27115)], "Seizures by fiscal year")
    chart.svg   # safe markup;  chart.alt  # the same figures as a sentence
"""
import itertools
import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, pgettext

WIDTH = 720  # the staff dashboard's charts
FIGURE_WIDTH = 440  # report figures: drawn near full size on a phone
INK, BAR = "#1b1b1b", "#005ea2"
_ids = itertools.count(1)

Number = int | float | Decimal


@dataclass(frozen=True)
class Chart:
    svg: SafeString  # safe to put in a page or a chat answer as it is
    alt: str  # text alternative: what the chart shows, with every figure


def _nice_max(value: float) -> float:
    """A round axis maximum at or above `value` (1, 2, 5 x 10^n)."""
    if value <= 0:
        return 1
    magnitude = 10 ** int(math.floor(math.log10(value)))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _svg(body: list[str], height: int, title: str, desc: str, css: str, width: int = WIDTH) -> SafeString:
    uid = f"chart{next(_ids)}"
    return mark_safe(
        f'<svg class="chart {escape(css)}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{uid}-t">{escape(title)}</title><desc id="{uid}-d">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _shown(value: Number, printed: str | None) -> str:
    if printed:
        return printed
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{float(value):,.1f}"


def hbars(
    items: Sequence[tuple[str, Number] | tuple[str, Number, str]], title: str, unit: str = "", css: str = "clicks"
) -> SafeString:
    """Horizontal bars, one row per (label, value[, value as printed]), in the order given.

    Each label sits in full on its own line above its bar: channel names are long
    ("National IPR Coordination Center by phone (1-866-IPR-2060)") and a cut name
    cannot be told from its neighbour.
    """
    row, label_h, right = 44, 16, 110
    height = max(row * len(items), row) + 4
    top_value = max((float(item[1]) for item in items), default=0) or 1
    body = []
    if not items:
        body.append('<text class="label" x="4" y="20">No data in this period</text>')
    for n, item in enumerate(items):
        label, value = item[0], item[1]
        shown = _shown(value, item[2] if len(item) > 2 else None)
        y = 4 + n * row
        w = (WIDTH - right) * max(float(value), 0) / top_value
        body.append(f'<g class="row"><title>{escape(f"{label}: {shown} {unit}".strip())}</title>')
        body.append(f'<text class="label" x="0" y="{y + 12}" fill="{INK}">{escape(label)}</text>')
        body.append(
            f'<rect class="bar {escape(css)}" x="0" y="{y + label_h}" width="{max(w, 1):.1f}" height="{row - label_h - 8}" fill="{BAR}"/>'
        )
        body.append(f'<text class="value" x="{max(w, 1) + 6:.1f}" y="{y + label_h + 14}" fill="{INK}">{escape(shown)}</text></g>')
    desc = "; ".join(f"{item[0]}: {_shown(item[1], item[2] if len(item) > 2 else None)}" for item in items)
    return _svg(body, height, title, desc or "No data in this period.", "hbars")


def stacked_bars(items: Sequence[tuple[str, Number, str]], title: str, unit: str = "", css: str = "figure") -> SafeString:
    """A ranking for narrow screens: each row is its full label, then its bar and value.

    Narrow (FIGURE_WIDTH) so a phone shows it near full size; labels never cut.
    """
    width, row, value_room = FIGURE_WIDTH, 40, 120
    height = max(row * len(items), row) + 4
    top_value = max((float(v) for _, v, _ in items), default=0) or 1
    body = []
    for n, (label, value, shown) in enumerate(items):
        y = n * row
        w = (width - value_room) * max(float(value), 0) / top_value
        body.append(f'<g class="row"><title>{escape(f"{label}: {shown} {unit}".strip())}</title>')
        body.append(f'<text class="label" x="0" y="{y + 14}" fill="{INK}">{escape(label)}</text>')
        body.append(f'<rect class="bar {escape(css)}" x="0" y="{y + 19}" width="{max(w, 1):.1f}" height="14" fill="{BAR}"/>')
        body.append(f'<text class="value" x="{max(w, 1) + 6:.1f}" y="{y + 31}" fill="{INK}">{escape(shown)}</text></g>')
    desc = "; ".join(f"{label}: {shown}" for label, _, shown in items)
    return _svg(body, height, title, desc or gettext("No data."), "stacked", width)


def columns(items: Sequence[tuple[str, Number, str]], title: str, unit: str = "", css: str = "trend") -> SafeString:
    """Vertical bars in the order given (years, oldest first), each labelled under and over."""
    width, height, top, bottom = FIGURE_WIDTH, 200, 22, 28
    plot_h = height - top - bottom
    top_value = _nice_max(max((float(v) for _, v, _ in items), default=0))
    slot = width / max(len(items), 1)
    bar_w = min(slot * 0.6, 90)
    body = [f'<line class="grid" x1="0" x2="{width}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#dfe1e2"/>']
    for n, (label, value, shown) in enumerate(items):
        h = plot_h * max(float(value), 0) / top_value
        x = n * slot + (slot - bar_w) / 2
        mid = n * slot + slot / 2
        body.append(f'<g class="col"><title>{escape(f"{label}: {shown} {unit}".strip())}</title>')
        body.append(
            f'<rect class="bar {escape(css)}" x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w:.1f}" '
            f'height="{max(h, 1):.1f}" fill="{BAR}"/>'
        )
        body.append(
            f'<text class="value" x="{mid:.1f}" y="{top + plot_h - h - 6:.1f}" text-anchor="middle" fill="{INK}">{escape(shown)}</text>'
        )
        body.append(
            f'<text class="axis" x="{mid:.1f}" y="{height - 8}" text-anchor="middle" fill="{INK}">{escape(str(label))}</text></g>'
        )
    desc = "; ".join(f"{label}: {shown}" for label, _, shown in items)
    return _svg(body, height, title, desc or gettext("No data."), "columns", width)


def figure_chart(
    points: Sequence[tuple[str | int, Number] | tuple[str | int, Number, str]], title: str, unit: str = "",
    year_label: str | None = None, kinds: tuple[str, str] | None = None,
) -> Chart:
    """A small accessible chart of report figures, with its text alternative.

    `points` are (label, value) or (label, value, value as printed, e.g. "$972,495,390").
    Whole-number labels are fiscal years: a trend, drawn as columns oldest first and
    labelled "FY 2021". Other labels are a ranking, drawn as bars in the order given.
    year_label ("FY {year}") and kinds (the two chart kinds' names) are for a caller writing in a
    language other than the request's (an answer); by default they are the page's translation.
    """
    points = list(points)
    if points and all(isinstance(p[0], int) for p in points):
        ordered = sorted(points, key=lambda p: p[0])
        label = year_label or pgettext("chart axis", "FY %(year)s").replace("%(year)s", "{year}")
        items = [(label.format(year=p[0]), p[1], _shown(p[1], p[2] if len(p) > 2 else None)) for p in ordered]
        svg = columns(items, title, unit)
        kind = kinds[0] if kinds else gettext("Column chart by fiscal year")
    else:
        items = [(str(p[0]), p[1], _shown(p[1], p[2] if len(p) > 2 else None)) for p in points]
        svg = stacked_bars(items, title, unit)
        kind = kinds[1] if kinds else gettext("Bar chart")
    figures = "; ".join(f"{label}: {shown}" for label, _, shown in items)
    alt = f"{kind}: {title}. {figures}." if items else f"{kind}: {title}. " + gettext("No figures.")
    return Chart(svg=svg, alt=alt)
