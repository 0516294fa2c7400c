"""What the report looks like: its headings, tables and chart captions.

The PDF's text extraction has no markup, so headings and tables are recognised by
their printed wording (compared after `norm()`: case, spacing and dash style do
not matter). Fiscal years in table titles and chart captions are not part of the
wording (`masked()`): the FY 2022 report prints "Number of Seizure Lines by
Product – FY 2022" and "– FY 2021" where the FY 2021 report prints FY 2021 and
FY 2020, and the year is read from the printed title. A later report with other
headings still loads: unknown headings stay part of the text around them, and the
loader refuses a report that it cannot read whole (`REQUIRED`, see
content/services.py).
"""
import re
from dataclasses import dataclass, field

PAGE = 1  # a page title: "CBP Partnerships"
SUB = 2  # a topic on a page: "The United States Postal Service (USPS)"


_DASH = re.compile(r"\s*[-–—]\s*")
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """Compare headings loosely: "Spotlight –  Cell" == "spotlight - cell"."""
    text = text.replace("\u00a0", " ").replace("’", "'").lower()
    return _SPACE.sub(" ", _DASH.sub("-", text)).strip()


@dataclass(frozen=True)
class Heading:
    title: str
    level: int
    parent: str = ""  # the page title a sub-heading belongs to
    audience: str = ""  # overrides the keyword rule when set


P = "CBP Partnerships"
H = "Help CBP Protect American Ingenuity"
X = "Exclusion Orders and Outreach"
E = "IPR and E-Commerce"
O = "Operational and Enforcement Highlights"

HEADINGS: list[Heading] = [
    Heading("Executive Summary", PAGE, audience="both"),
    Heading("Counterfeit Commodity Spotlight – Cell Phones and Accessories", PAGE),
    Heading("COVID-19 Spotlight", PAGE),
    Heading(O, PAGE),
    Heading("IPR Enforcement Training", SUB, O),
    Heading(P, PAGE),
    Heading("Immigration and Customs Enforcement (ICE) – Homeland Security Investigations (HSI)", SUB, P),
    Heading("The United States Postal Service (USPS)", SUB, P),
    Heading("The National Intellectual Property Rights Coordination Center (IPR Center)", SUB, P),
    Heading("Commercial Customs Operations Advisory Committee (COAC)", SUB, P),
    Heading(H, PAGE),
    Heading("Donations Acceptance Program", SUB, H),
    Heading("Intellectual Property Rights e-Recordation", SUB, H),
    Heading("Intellectual Property Rights e-Allegations", SUB, H, audience="both"),
    Heading("Intellectual Property Rights Search", SUB, H),
    Heading(X, PAGE),
    Heading("Exclusion Orders", SUB, X),
    Heading("Public Awareness Campaign", SUB, X),
    Heading("Asia Pacific Economic Cooperation", SUB, X),
    Heading("Outreach: CBP/U.S. Chamber of Commerce Memorandum of Understanding", PAGE),
    Heading("Outreach: The Year of the Small and Medium Sized Enterprises Webinar Series", PAGE),
    Heading(E, PAGE),
    Heading("Section 321 Data Pilot", SUB, E),
    Heading("Entry Type 86 Test", SUB, E),
    Heading("Documented Benefits of Section 321 Data Pilot and Entry Type 86 Test", SUB, E),
    Heading("Informed Compliance Efforts", SUB, E),
    Heading("Centers of Excellence and Expertise Spotlight", PAGE),
    Heading("Number of Seizures", PAGE, audience="both"),
    Heading("Products Seized by MSRP", PAGE, audience="both"),
    Heading("Total Seizure Lines and MSRP Seized by Economy", PAGE, audience="both"),
    Heading("Seizures by Mode of Transportation", PAGE, audience="both"),
    Heading("Health, Safety, and Security (HSS) by Product", PAGE, audience="both"),
    Heading("MSRP by Centers of Excellence and Expertise", PAGE, audience="both"),
    Heading("CBP IPR Points of Contact", PAGE, audience="both"),
]

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def masked(text: str) -> str:
    """norm() with every year replaced: "FY 2021" and "FY 2022" print the same title."""
    return _YEAR.sub("####", norm(text))


# Captions of charts (images in the PDF): their text says nothing on its own.
CHART_CAPTIONS = {
    masked(t)
    for t in [
        "IPR Seizures 10 Year Totals",
        "Growth of Small Shipments",
        "Seizure Lines By Economy FY 2021",
        "Modes of Transportation by MSRP (in millions)",
        "Health, Safety, and Security (HSS) by Commodity FY 2021",
        "Health, Safety, and Security (HSS) by Commodity FY 2020",
    ]
}


@dataclass(frozen=True)
class Column:
    measure: str
    back: int | None = None  # years before the report's own; None: the table's own fiscal year (from its title)
    label: str = ""  # year-per-row tables: the row label this column gives
    total: bool = False  # year-per-row tables: this column is the table's total (the rows' columns are parts of it)


@dataclass(frozen=True)
class TableSpec:
    title: str  # as printed in the FY 2021 report (may span lines); its years are read from the printed title
    slug: str
    category: str
    columns: tuple[Column, ...]
    totals: tuple[str, ...] = ("Total", "Grand Total", "Number of Seizure Lines")
    multiline_labels: bool = False  # labels broken over lines before their figures
    header: str = ""  # regex for header lines to skip (multi-line label tables)
    years_header: bool = False  # columns are fiscal years printed as "FY 2021 FY 2020 ..."
    scale: int = 1  # "(in Millions)" tables: figures times 1,000,000
    after_total: str = ""  # a one-figure line after the total, e.g. "Number of Seizure Lines"
    after_total_measure: str = ""
    year_rows: bool = False  # each row is a fiscal year (first token)
    section: str = ""  # title of the section the table belongs to, when not where it is printed
    name: str = ""  # the table name to store, when the printed title needs tidying ({fy}: the table's year)
    sums: bool = True  # rows add up to the total
    extra: dict = field(default_factory=dict)


LINES, SEIZ, MSRP, PCT, QTY, CNT = "seizure_lines", "seizures", "msrp", "percentage", "quantity", "count"
BACK = (0, 1, 2, 3)  # four-year tables: the report's year and the three before

TABLES: list[TableSpec] = [
    TableSpec(
        "FY 2021 IPR Seizures – Cell Phones and Accessories",
        "cell-phones-seizure-lines-by-source-country",
        "source_country",
        (Column(LINES), Column(PCT)),
    ),
    TableSpec(
        "FY 2021 MSRP of IPR Seizures – Cell Phones and Accessories",
        "cell-phones-msrp-by-source-country",
        "source_country",
        (Column(MSRP), Column(PCT)),
    ),
    TableSpec(
        "FY 2021 Overall COVID- 19 Related Seizure Totals",
        "covid-19-seizure-totals",
        "covid_product",
        (Column(SEIZ), Column(QTY)),
        name="FY {fy} Overall COVID-19 Related Seizure Totals (as of 10/1/{fy})",
        sums=False,
    ),
    TableSpec(
        "e-Allegations by Fiscal Year (FY)",
        "e-allegations-by-fiscal-year",
        "allegation",
        (Column(CNT, label="IPR e-Allegations"), Column(CNT, label="Total e-Allegations", total=True)),
        year_rows=True,
        section="Intellectual Property Rights e-Allegations",
        sums=False,
    ),
    TableSpec("Number of Seizure Lines by Product – FY 2021", "seizure-lines-by-product", "product", (Column(LINES), Column(PCT))),
    TableSpec(
        "MSRP By Product – FY 2021",
        "msrp-by-product",
        "product",
        (Column(MSRP), Column(PCT)),
        totals=("Grand Total",),
        after_total="Number of Seizure Lines",
        after_total_measure=LINES,
    ),
    TableSpec(
        "Seizures Lines and Related MSRP by Economy – FY 2021",
        "seizure-lines-and-msrp-by-economy",
        "economy",
        (Column(LINES), Column(PCT), Column(MSRP)),
    ),
    TableSpec(
        "Modes of Transport Estimated MSRP (in Millions)",
        "msrp-by-mode-of-transport",
        "transport_mode",
        tuple(Column(MSRP, b) for b in BACK),
        totals=("TOTAL",),
        years_header=True,
        scale=1_000_000,
    ),
    TableSpec(
        "Modes of Transport Seizures",
        "seizures-by-mode-of-transport",
        "transport_mode",
        tuple(Column(SEIZ, b) for b in BACK),
        totals=("TOTAL",),
        years_header=True,
    ),
    TableSpec(
        "Health, Safety, and Security (HSS) by Commodity – FY 2021",
        "hss-seizure-lines-by-commodity",
        "commodity",
        (Column(LINES), Column(PCT)),
    ),
    TableSpec(
        "MSRP by Center of Excellence and Expertise (CEEs)",
        "msrp-by-center",
        "center",
        tuple(c for b in BACK for c in (Column(MSRP, b), Column(PCT, b))),
        multiline_labels=True,
        header=r"^(fiscal year\b|center name\b|msrp\b)",
    ),
]


# A report is read whole when it has these pages and these tables for its own
# fiscal year: every annual report prints them, and they sit from the first page
# (Executive Summary) to the last (Points of Contact), so a truncated download or
# an extraction that lost its tables misses some. A new year's report missing one
# is refused (content/services.py).
REQUIRED_PAGES = ("Executive Summary", "CBP IPR Points of Contact")
REQUIRED_TABLES = (
    "seizure-lines-by-product",
    "msrp-by-product",
    "seizure-lines-and-msrp-by-economy",
    "seizures-by-mode-of-transport",
    "msrp-by-mode-of-transport",
)
