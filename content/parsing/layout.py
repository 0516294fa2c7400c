"""What the FY 2021 report looks like: its headings, tables and chart captions.

The PDF's text extraction has no markup, so headings and tables are recognised by
their printed wording (compared after `norm()`: case, spacing and dash style do
not matter). A later report with other headings still loads: unknown headings
stay part of the text around them, and the loader refuses a file whose sections or
tables shrink to under half of what is loaded (see content/services.py).
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

# Captions of charts (images in the PDF): their text says nothing on its own.
CHART_CAPTIONS = {
    norm(t)
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
    year: int | None = None  # None: the table's own fiscal year (from its title)
    label: str = ""  # year-per-row tables: the row label this column gives


@dataclass(frozen=True)
class TableSpec:
    title: str  # as printed (may span lines)
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
    name: str = ""  # the table name to store, when the printed title needs tidying
    sums: bool = True  # rows add up to the total
    extra: dict = field(default_factory=dict)


LINES, SEIZ, MSRP, PCT, QTY, CNT = "seizure_lines", "seizures", "msrp", "percentage", "quantity", "count"
YEARS = (2021, 2020, 2019, 2018)

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
        name="FY 2021 Overall COVID-19 Related Seizure Totals (as of 10/1/2021)",
        sums=False,
    ),
    TableSpec(
        "e-Allegations by Fiscal Year (FY)",
        "e-allegations-by-fiscal-year",
        "allegation",
        (Column(CNT, label="IPR e-Allegations"), Column(CNT, label="Total e-Allegations")),
        year_rows=True,
        section="Intellectual Property Rights e-Allegations",
        sums=False,
    ),
    *[
        TableSpec(f"Number of Seizure Lines by Product – FY {y}", "seizure-lines-by-product", "product", (Column(LINES), Column(PCT)))
        for y in (2021, 2020)
    ],
    *[
        TableSpec(
            f"MSRP By Product – FY {y}",
            "msrp-by-product",
            "product",
            (Column(MSRP), Column(PCT)),
            totals=("Grand Total",),
            after_total="Number of Seizure Lines",
            after_total_measure=LINES,
        )
        for y in (2021, 2020)
    ],
    *[
        TableSpec(
            f"Seizures Lines and Related MSRP by Economy – FY {y}",
            "seizure-lines-and-msrp-by-economy",
            "economy",
            (Column(LINES), Column(PCT), Column(MSRP)),
        )
        for y in (2021, 2020)
    ],
    TableSpec(
        "Modes of Transport Estimated MSRP (in Millions)",
        "msrp-by-mode-of-transport",
        "transport_mode",
        tuple(Column(MSRP, y) for y in YEARS),
        totals=("TOTAL",),
        years_header=True,
        scale=1_000_000,
    ),
    TableSpec(
        "Modes of Transport Seizures",
        "seizures-by-mode-of-transport",
        "transport_mode",
        tuple(Column(SEIZ, y) for y in YEARS),
        totals=("TOTAL",),
        years_header=True,
    ),
    *[
        TableSpec(
            f"Health, Safety, and Security (HSS) by Commodity – FY {y}",
            "hss-seizure-lines-by-commodity",
            "commodity",
            (Column(LINES), Column(PCT)),
        )
        for y in (2021, 2020)
    ],
    TableSpec(
        "MSRP by Center of Excellence and Expertise (CEEs)",
        "msrp-by-center",
        "center",
        tuple(c for y in YEARS for c in (Column(MSRP, y), Column(PCT, y))),
        multiline_labels=True,
        header=r"^(fiscal year\b|center name\b|msrp\b)",
    ),
]
