"""The parser's statistics: every table, spot-checked, and totals checked against rows."""
from collections import defaultdict
from decimal import Decimal

import pytest

TABLES = {
    "cell-phones-seizure-lines-by-source-country",
    "cell-phones-msrp-by-source-country",
    "covid-19-seizure-totals",
    "e-allegations-by-fiscal-year",
    "seizure-lines-by-product",
    "msrp-by-product",
    "seizure-lines-and-msrp-by-economy",
    "msrp-by-mode-of-transport",
    "seizures-by-mode-of-transport",
    "hss-seizure-lines-by-commodity",
    "msrp-by-center",
}

# (table_slug, fiscal year, label, measure, printed, value)
SPOT = [
    ("seizure-lines-by-product", 2021, "Handbags/Wallets", "seizure_lines", "28,331", 28331),
    ("seizure-lines-by-product", 2021, "Handbags/Wallets", "percentage", "28%", 28),
    ("seizure-lines-by-product", 2020, "Number of Seizure Lines", "seizure_lines", "72,357", 72357),
    ("seizure-lines-by-product", 2020, "All Other Products", "seizure_lines", "2,413", 2413),
    ("msrp-by-product", 2021, "Handbags/Wallets", "msrp", "$972,495,390", 972495390),
    ("msrp-by-product", 2021, "Grand Total", "msrp", "$3,330,037,350", 3330037350),
    ("msrp-by-product", 2021, "Number of Seizure Lines", "seizure_lines", "102,490", 102490),
    ("msrp-by-product", 2020, "Labels/Tags", "msrp", "$19,823,791", 19823791),
    ("msrp-by-product", 2020, "Watches/Jewelry", "percentage", "33%", 33),
    ("seizure-lines-and-msrp-by-economy", 2021, "Turkey", "seizure_lines", "10,781", 10781),
    ("seizure-lines-and-msrp-by-economy", 2021, "China", "msrp", "$1,888,298,761", 1888298761),
    ("seizure-lines-and-msrp-by-economy", 2020, "Hong Kong", "percentage", "32%", 32),
    ("seizure-lines-and-msrp-by-economy", 2020, "Grand Total", "seizure_lines", "72,357", 72357),
    ("msrp-by-mode-of-transport", 2019, "Cargo", "msrp", "$488.2", 488200000),
    ("msrp-by-mode-of-transport", 2021, "Express", "msrp", "$1,036.1", 1036100000),
    ("msrp-by-mode-of-transport", 2018, "TOTAL", "msrp", "$1,399.8", 1399800000),
    ("seizures-by-mode-of-transport", 2021, "Express", "seizures", "16,926", 16926),
    ("seizures-by-mode-of-transport", 2018, "Mail", "seizures", "9,643", 9643),
    ("seizures-by-mode-of-transport", 2020, "TOTAL", "seizures", "26,503", 26503),
    ("hss-seizure-lines-by-commodity", 2021, "Pharmaceuticals/Personal Care", "seizure_lines", "3,041", 3041),
    ("hss-seizure-lines-by-commodity", 2020, "Cigarettes", "percentage", "2.1%", Decimal("2.1")),
    ("hss-seizure-lines-by-commodity", 2021, "Number of Seizure Lines", "seizure_lines", "6,532", 6532),
    ("msrp-by-center", 2021, "Consumer Products and Mass Merchandising", "msrp", "$2,358,989,573", 2358989573),
    ("msrp-by-center", 2019, "Industrial and Manufacturing Materials", "percentage", "0.08%", Decimal("0.08")),
    ("msrp-by-center", 2018, "Base Metals", "msrp", "$7,544,135", 7544135),
    ("msrp-by-center", 2019, "Total", "msrp", "$1,555,269,057", 1555269057),
    ("cell-phones-seizure-lines-by-source-country", 2021, "Hong Kong", "seizure_lines", "1,118", 1118),
    ("cell-phones-seizure-lines-by-source-country", 2021, "South Africa", "percentage", "1.7%", Decimal("1.7")),
    ("cell-phones-msrp-by-source-country", 2021, "China", "msrp", "$39,183,693", 39183693),
    ("cell-phones-msrp-by-source-country", 2021, "Grand Total", "msrp", "$64,585,891", 64585891),
    ("covid-19-seizure-totals", 2021, "Masks", "quantity", "35,092,178", 35092178),
    ("covid-19-seizure-totals", 2021, "Vaccination Cards", "seizures", "734", 734),
    ("covid-19-seizure-totals", 2021, "Covid-19 Test Kits", "quantity", "38,154", 38154),
    ("e-allegations-by-fiscal-year", 2021, "IPR e-Allegations", "count", "407", 407),
    ("e-allegations-by-fiscal-year", 2018, "Total e-Allegations", "count", "1,162", 1162),
]


@pytest.fixture(scope="module")
def cells(parsed):
    return {(c.table_slug, c.fiscal_year, c.label, c.measure): c for c in parsed.statistics}


def test_it_parses_every_table(parsed):
    assert {c.table_slug for c in parsed.statistics} == TABLES
    years = defaultdict(set)
    for c in parsed.statistics:
        years[c.table_slug].add(c.fiscal_year)
    assert years["msrp-by-center"] == {2018, 2019, 2020, 2021}
    assert years["seizure-lines-by-product"] == {2020, 2021}
    assert years["e-allegations-by-fiscal-year"] == {2018, 2019, 2020, 2021}


@pytest.mark.parametrize("slug,year,label,measure,printed,value", SPOT)
def test_it_reads_the_printed_figure_and_its_value(cells, slug, year, label, measure, printed, value):
    cell = cells[(slug, year, label, measure)]
    assert cell.printed == printed
    assert cell.value == Decimal(value)


def test_it_rejoins_labels_broken_over_lines(cells):
    labels = {k[2] for k in cells if k[0] == "msrp-by-center"}
    assert "Pharmaceuticals, Health and Chemicals" in labels
    assert "Agriculture and Prepared Products" in labels
    assert len(labels) == 10


def test_it_marks_totals(parsed):
    totals = {(c.table_slug, c.label) for c in parsed.statistics if c.is_total}
    assert ("msrp-by-product", "Grand Total") in totals
    assert ("msrp-by-product", "Number of Seizure Lines") in totals
    assert ("seizures-by-mode-of-transport", "TOTAL") in totals
    # All e-Allegations, of which the IPR ones are a part: "what share were IPR?" is worked out from it.
    assert ("e-allegations-by-fiscal-year", "Total e-Allegations") in totals
    assert ("e-allegations-by-fiscal-year", "IPR e-Allegations") not in totals
    assert not any(c.is_total for c in parsed.statistics if c.table_slug == "covid-19-seizure-totals")


def test_it_links_each_table_to_its_section(parsed):
    where = {c.table_slug: c.section for c in parsed.statistics}
    assert where["cell-phones-seizure-lines-by-source-country"] == "counterfeit-commodity-spotlight-cell-phones-and-accessories"
    assert where["covid-19-seizure-totals"] == "covid-19-spotlight"
    assert where["e-allegations-by-fiscal-year"] == "intellectual-property-rights-e-allegations"
    assert where["msrp-by-mode-of-transport"] == "seizures-by-mode-of-transportation"
    assert all(where.values())


def test_it_records_the_seizure_lines_discrepancy(cells, parsed):
    odd = cells[("msrp-by-product", 2020, "Number of Seizure Lines", "seizure_lines")]
    assert odd.printed == "72,537"  # kept as printed
    assert "72,357" in odd.note
    assert any("72,537" in w for w in parsed.warnings)


def _unit(printed: str) -> Decimal:
    digits = printed.replace("%", "").split(".")
    return Decimal(1).scaleb(-len(digits[1])) if len(digits) == 2 else Decimal(1)


def test_rows_add_up_to_printed_totals_or_a_note_says_otherwise(parsed):
    from content.parsing.layout import TABLES as SPECS

    parts = {spec.slug for spec in SPECS if not spec.sums}  # rows that are some parts of their total
    groups = defaultdict(list)
    for c in parsed.statistics:
        if c.table_slug not in parts:
            groups[(c.table, c.fiscal_year, c.measure)].append(c)
    checked = noted = 0
    for group in groups.values():
        rows = [c for c in group if not c.is_total]
        totals = [c for c in group if c.is_total]
        if not rows or len(totals) != 1:
            continue
        total, got = totals[0], sum(c.value for c in rows)
        scale = total.value / Decimal(total.printed.replace("$", "").replace(",", "").replace("%", ""))
        rounded = total.measure == "percentage" or "." in total.printed
        slack = _unit(total.printed) * scale * Decimal("0.5") * (len(rows) + 1) if rounded else 0
        checked += 1
        if abs(got - total.value) > slack:
            noted += 1
            assert "rows add up to" in total.note, (total.table, total.fiscal_year, total.measure)
        else:
            assert "rows add up to" not in total.note
    assert checked >= 30
    assert noted == 3  # MSRP totals a dollar or two off the rows: economy FY 2021, CEE FY 2020 and 2018


def test_it_notes_a_total_that_does_not_add_up():
    from content.parsing import parse_report

    text = (
        "Executive Summary\n\nSome text about the report that is long enough.\n\n"
        "Number of Seizure Lines by Product – FY 2021\nProducts Seizure Lines Percentage\n"
        "Footwear 10 50%\nToys 10 50%\nNumber of Seizure Lines 25 100%\n"
    )
    total = next(c for c in parse_report(text).statistics if c.is_total and c.measure == "seizure_lines")
    assert total.value == 25
    assert "rows add up to 20" in total.note
