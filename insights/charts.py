"""Charts as inline SVG, built on the server.

No JavaScript and no style attributes (the Content-Security-Policy forbids
inline scripts and styles): shapes carry classes that insights.css colours,
geometry is plain SVG attributes. Every text is escaped; each chart has a
<title> and <desc> for screen readers and a <title> per bar as a tooltip.
"""
import datetime

from django.utils.html import escape
from django.utils.safestring import SafeString

# The SVG frame, axis rounding and horizontal bars are shared with the report
# pages and chat answers (ops/charts.py).
from ops.charts import WIDTH, _nice_max, _svg, hbars

__all__ = ["daily_bars", "share_bar", "hbars", "_nice_max"]


def daily_bars(
    days: list[datetime.date], stacks: list[tuple[str, str, list[int]]], title: str, unit: str = ""
) -> SafeString:
    """Vertical bars, one per day; `stacks` = [(name, css class, values)] drawn bottom up."""
    height, left, right, top, bottom = 220, 44, 8, 12, 28
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    totals = [sum(values[n] for _, _, values in stacks) for n in range(len(days))]
    top_value = _nice_max(max(totals, default=0))
    slot = plot_w / max(len(days), 1)
    bar_w = max(slot * 0.8, 1.0)
    body = []
    for tick in (0, top_value // 2 if top_value >= 2 else None, top_value):
        if tick is None:
            continue
        y = top + plot_h - plot_h * tick / top_value
        body.append(f'<line class="grid" x1="{left}" x2="{WIDTH - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        body.append(f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:,}</text>')
    for n, day in enumerate(days):
        x = left + n * slot + (slot - bar_w) / 2
        base = top + plot_h
        parts = ", ".join(f"{values[n]:,} {name}" for name, _, values in stacks)
        tip = escape(f"{day:%Y-%m-%d}: {totals[n]:,} {unit}".strip() + (f" ({parts})" if len(stacks) > 1 else ""))
        body.append(f'<g class="day"><title>{tip}</title>')
        for name, css, values in stacks:
            h = plot_h * values[n] / top_value
            if h > 0:
                base -= h
                body.append(f'<rect class="bar {escape(css)}" x="{x:.1f}" y="{base:.1f}" width="{bar_w:.1f}" height="{h:.1f}"/>')
        body.append("</g>")
    label_at = sorted({0, len(days) // 2, len(days) - 1}) if days else []
    for n in label_at:
        x = left + n * slot + slot / 2
        anchor = "start" if n == 0 and len(days) > 1 else "end" if n == len(days) - 1 and n else "middle"
        x = left if anchor == "start" else WIDTH - right if anchor == "end" else x
        body.append(f'<text class="axis" x="{x:.1f}" y="{height - 8}" text-anchor="{anchor}">{days[n]:%b %d}</text>')
    desc = f"{sum(totals):,} {unit} from {days[0]:%Y-%m-%d} to {days[-1]:%Y-%m-%d}." if days else "No days."
    return _svg(body, height, title, desc, "bars")


def share_bar(parts: list[tuple[str, str, int]], title: str) -> SafeString:
    """One 100% bar split into parts [(name, css class, value)], labelled with percentages."""
    height = 58
    whole = sum(value for _, _, value in parts)
    body = []
    if not whole:
        body.append(f'<rect class="bar empty" x="0" y="8" width="{WIDTH}" height="24"/>')
        body.append(f'<text class="axis" x="{WIDTH / 2}" y="50" text-anchor="middle">No data in this period</text>')
        return _svg(body, height, title, "No data in this period.", "share")
    x = 0.0
    described = []
    for name, css, value in parts:
        w = WIDTH * value / whole
        pct = 100.0 * value / whole
        described.append(f"{name} {pct:.1f}% ({value:,})")
        if w > 0:
            body.append(
                f'<rect class="bar {escape(css)}" x="{x:.1f}" y="8" width="{w:.1f}" height="24">'
                f"<title>{escape(described[-1])}</title></rect>"
            )
        x += w
    body.append(f'<text class="axis" x="0" y="50">{escape("   ·   ".join(described))}</text>')
    return _svg(body, height, title, "; ".join(described) + ".", "share")
