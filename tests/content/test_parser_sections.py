"""The parser's sections: headings found, text repaired, footnotes separated."""
import re

import pytest

from content.parsing import parse_report, slugify

EXPECTED = [
    "Executive Summary",
    "Counterfeit Commodity Spotlight – Cell Phones and Accessories",
    "COVID-19 Spotlight",
    "Operational and Enforcement Highlights",
    "IPR Enforcement Training",
    "CBP Partnerships",
    "Immigration and Customs Enforcement (ICE) – Homeland Security Investigations (HSI)",
    "The United States Postal Service (USPS)",
    "The National Intellectual Property Rights Coordination Center (IPR Center)",
    "Commercial Customs Operations Advisory Committee (COAC)",
    "Donations Acceptance Program",
    "Intellectual Property Rights e-Recordation",
    "Intellectual Property Rights e-Allegations",
    "Intellectual Property Rights Search",
    "Exclusion Orders",
    "Public Awareness Campaign",
    "Asia Pacific Economic Cooperation",
    "Outreach: CBP/U.S. Chamber of Commerce Memorandum of Understanding",
    "Outreach: The Year of the Small and Medium Sized Enterprises Webinar Series",
    "IPR and E-Commerce",
    "Section 321 Data Pilot",
    "Entry Type 86 Test",
    "Documented Benefits of Section 321 Data Pilot and Entry Type 86 Test",
    "Informed Compliance Efforts",
    "Centers of Excellence and Expertise Spotlight",
    "CBP IPR Points of Contact",
]


def body(parsed, title: str) -> str:
    return next(s.body for s in parsed.sections if s.title == title)


# --- headings -------------------------------------------------------------


@pytest.mark.parametrize("title", EXPECTED)
def test_it_finds_each_heading_as_a_section(parsed, title):
    found = [s for s in parsed.sections if s.title == title]
    assert len(found) == 1, f"{title!r} should be one section"
    assert len(found[0].body) > 100


def test_it_gives_unique_stable_slugs(parsed, report_text):
    slugs = [s.slug for s in parsed.sections]
    assert len(slugs) == len(set(slugs))
    assert all(s.slug.startswith(slugify(s.title)[:40]) for s in parsed.sections)
    assert slugs == [s.slug for s in parse_report(report_text).sections]


def test_it_keeps_sub_topics_apart_with_their_page_heading(parsed):
    usps = next(s for s in parsed.sections if s.slug == "the-united-states-postal-service-usps")
    assert usps.page_headings == ["CBP Partnerships"]
    assert "Mega Flex" in usps.body
    assert "Operation Team Player" not in usps.body  # that is the IPR Center's


def test_it_drops_running_headers_and_empty_page_titles(parsed):
    titles = [s.title for s in parsed.sections]
    assert titles.count("CBP Partnerships") == 1
    assert "Help CBP Protect American Ingenuity" not in titles  # a title with no text of its own
    assert "CBP Partnerships" not in body(parsed, "Immigration and Customs Enforcement (ICE) – Homeland Security Investigations (HSI)")
    assert "362 Criminal Arrests, 31 Convictions" in body(
        parsed, "Immigration and Customs Enforcement (ICE) – Homeland Security Investigations (HSI)"
    )


def test_it_gives_a_page_intro_printed_before_its_title_to_that_page(parsed):
    assert body(parsed, "CBP Partnerships").startswith("CBP works with partner government agencies")
    assert "CBP works with partner" not in body(parsed, "IPR Enforcement Training")
    assert body(parsed, "Executive Summary").startswith("U.S. Customs and Border Protection focuses")


def test_it_gives_text_printed_before_a_bottom_title_to_that_title(parsed):
    sme = body(parsed, "Outreach: The Year of the Small and Medium Sized Enterprises Webinar Series")
    assert "four webinars that reached 1200 members" in sme
    assert "webinar" not in body(parsed, "Outreach: CBP/U.S. Chamber of Commerce Memorandum of Understanding")


def test_it_puts_a_list_lead_in_before_its_list(parsed):
    mou = body(parsed, "Outreach: CBP/U.S. Chamber of Commerce Memorandum of Understanding")
    assert mou.index("The MOU consists of four pillars:") < mou.index("1. Outreach:") < mou.index("4. Data Pilot")


# --- clean text -----------------------------------------------------------


def test_it_drops_page_furniture(parsed):
    for s in parsed.sections:
        for para in s.body.split("\n\n"):
            assert not re.fullmatch(r"(FY|FY \d{4}|\d{1,3})", para), (s.title, para)
        assert not re.search(r"\bFY \d?\s\d{2}\s\d\b", s.body)
        assert "\nFY\n" not in s.body and "mailto:" not in s.body


def test_it_joins_lines_broken_mid_sentence(parsed):
    text = body(parsed, "Executive Summary")
    assert "unfair competition and use for malicious intent" in text
    assert "\n" not in text.split("\n\n")[0]
    assert "identify, detect, and interdict high-risk shipments" in body(parsed, "Donations Acceptance Program")


def test_it_keeps_paragraphs(parsed):
    paras = body(parsed, "Executive Summary").split("\n\n")
    assert len(paras) == 2
    assert paras[1].startswith("FY 2021 was another successful year")


def test_it_mends_urls_and_emails_broken_across_lines(parsed):
    assert "https://eallegations.cbp.gov/s/ or by calling 1-800-BE-ALERT" in body(
        parsed, "Intellectual Property Rights e-Allegations"
    )
    assert "https://www.cbp.gov/trade/priority-issues/ipr)" in body(parsed, "Public Awareness Campaign")
    assert "EOEBranch.ITC337.Rulings@cbp.dhs.gov" in body(parsed, "CBP IPR Points of Contact")
    assert "documents/2021-Apr/1%20Administrative%20Ruling%20One-Pager%20Mandarin" in body(parsed, "Informed Compliance Efforts")


def test_it_keeps_a_url_that_ends_a_sentence(parsed):
    assert body(parsed, "Intellectual Property Rights e-Allegations").endswith(
        "visit https://www.cbp.gov/trade/e-allegations."
    )


def test_it_drops_blocks_the_extraction_duplicated(parsed):
    poc = body(parsed, "CBP IPR Points of Contact")
    assert poc.count("hqiprbranch@cbp.dhs.gov") == 1
    assert poc.count("1-866-IPR-2060") == 1
    cells = [c for c in parsed.statistics if c.table_slug == "msrp-by-center"]
    assert len(cells) == 10 * 8  # nine centers and the total, MSRP and % for 4 years, once


def test_it_drops_chart_captions(parsed):
    everything = " ".join(s.body for s in parsed.sections)
    assert "Growth of Small Shipments" not in everything
    assert "IPR Seizures 10 Year Totals" not in everything
    assert "the creation of the new Entry Type 86" in body(parsed, "Entry Type 86 Test")


# --- footnotes ------------------------------------------------------------


def test_it_separates_footnotes_from_the_text(parsed):
    cell = next(s for s in parsed.sections if s.title.startswith("Counterfeit Commodity Spotlight"))
    assert "Pew Research Center, “Mobile Fact Sheet,”" not in cell.body
    numbers = [f["number"] for f in cell.footnotes]
    assert numbers == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    first = cell.footnotes[0]
    assert first["text"].startswith("Pew Research Center, “Mobile Fact Sheet,”")
    assert first["urls"] == ["https://www.pewresearch.org/internet/fact-sheet/mobile/"]


def test_it_removes_footnote_marks_from_words(parsed):
    cell = next(s for s in parsed.sections if s.title.startswith("Counterfeit Commodity Spotlight"))
    assert "own a cell phone of some kind." in cell.body
    assert "first conducted in 2011." in cell.body
    assert "shipped internationally is fake." in cell.body
    assert "kind1" not in cell.body and "fake3" not in cell.body
    ecommerce = body(parsed, "IPR and E-Commerce")
    assert "from the first quarter of 2021." in ecommerce and "202115" not in ecommerce


def test_it_mends_footnote_urls_broken_across_lines(parsed):
    notes = {f["number"]: f for s in parsed.sections for f in s.footnotes}
    assert notes["4"]["urls"] == [
        "https://www.europol.europa.eu/media-press/newsroom/news/counterfeit-and-pirated-goods-get-boost-pandemic-new-report-confirms"
    ]
    assert notes["7"]["urls"] == ["https://www.itu.int/dms_pub/itu-t/opb/tut/T-TUT-CCICT-2015-PDF-E.pdf"]
    assert notes["17"]["text"].endswith("page=1.")
    assert len(notes) == 17


def test_it_files_each_footnote_with_the_section_citing_it(parsed):
    usps = next(s for s in parsed.sections if s.slug == "the-united-states-postal-service-usps")
    assert [f["number"] for f in usps.footnotes] == ["10", "11", "12"]
    pilot = next(s for s in parsed.sections if s.title == "Section 321 Data Pilot")
    assert [f["number"] for f in pilot.footnotes] == ["17"]
    assert "ruling issued in July 2020, this pilot" in pilot.body


# --- audience and contacts ------------------------------------------------------------


def test_it_assigns_an_audience_by_the_documented_rules(parsed):
    audience = {s.title: s.audience for s in parsed.sections}
    assert audience["Public Awareness Campaign"] == "consumer"
    assert audience["Intellectual Property Rights e-Recordation"] == "business"
    assert audience["Executive Summary"] == "both"
    assert set(audience.values()) <= {"consumer", "business", "both"}


def test_it_reads_the_points_of_contact(parsed):
    by_name = {m.name: m for m in parsed.contacts}
    assert by_name["e-Allegations"].urls == ["https://eallegations.cbp.gov/s/"]
    assert by_name["e-Allegations"].phones == ["1-800-BE-ALERT"]
    assert by_name["National Intellectual Property Rights Coordination Center"].phones == ["1-866-IPR-2060"]
    assert "EOEBranch.ITC337.Rulings@cbp.dhs.gov" in by_name["Regulations, Rulings, and Recordation"].emails
    assert len(parsed.contacts) == 5
