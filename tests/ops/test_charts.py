"""ops.charts.figure_chart: the accessible SVG chart report pages and chat answers share."""
import re
from decimal import Decimal

from ops.charts import figure_chart


def test_a_ranking_draws_one_bar_per_label_in_order_with_printed_figures():
    chart = figure_chart([("Handbags/Wallets", 972495390, "$972,495,390"), ("Footwear", Decimal("96690708"), "$96,690,708")], "MSRP by product, FY 2021")
    assert chart.svg.count('<rect class="bar') == 2
    assert chart.svg.index("Handbags/Wallets") < chart.svg.index("Footwear")
    assert "$972,495,390" in chart.svg
    assert chart.alt == "Bar chart: MSRP by product, FY 2021. Handbags/Wallets: $972,495,390; Footwear: $96,690,708."
    widths = [float(w) for w in re.findall(r'<rect class="bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', chart.svg)]
    assert widths[0] > 9 * widths[1]  # to scale


def test_years_are_a_trend_drawn_oldest_first():
    chart = figure_chart([(2021, 407), (2018, 324), (2020, 360), (2019, 264)], "IPR e-Allegations by fiscal year")
    assert chart.alt == "Column chart by fiscal year: IPR e-Allegations by fiscal year. FY 2018: 324; FY 2019: 264; FY 2020: 360; FY 2021: 407."
    labels = re.findall(r'<text class="axis"[^>]*>(FY \d{4})</text>', chart.svg)
    assert labels == ["FY 2018", "FY 2019", "FY 2020", "FY 2021"]


def test_it_is_an_accessible_image_with_a_text_alternative():
    chart = figure_chart([("A", 1), ("B", 2)], "Title")
    assert 'role="img"' in chart.svg and "aria-labelledby=" in chart.svg
    ids = re.search(r'aria-labelledby="([^"]+)"', chart.svg).group(1).split()
    assert all(f'id="{i}"' in chart.svg for i in ids)
    assert "<desc" in chart.svg and "A: 1; B: 2" in chart.svg


def test_it_escapes_text_and_never_writes_style_or_script():
    chart = figure_chart([("<script>alert(1)</script>", 3), ('"quoted"', 1)], "Title <b>")
    assert "<script>" not in chart.svg and "&lt;script&gt;" in chart.svg
    assert "<b>" not in chart.svg
    assert "style=" not in chart.svg and "on" + "load" not in chart.svg


def test_it_reads_without_a_stylesheet():
    # A chat widget on another site has none of our CSS: shapes carry their own fill.
    chart = figure_chart([("A", 1), ("B", 2)], "t")
    assert all('fill="' in rect for rect in re.findall(r"<rect[^>]*>", chart.svg))


def test_it_handles_no_figures_and_zero_values():
    assert figure_chart([], "Empty").alt == "Bar chart: Empty. No figures."
    chart = figure_chart([("A", 0), ("B", 0)], "Zeros")
    assert "A: 0; B: 0" in chart.alt and "nan" not in chart.svg.lower()
