"""The shipped FAQ, contact and synonym files, checked against the report text.

Runs without Django: `.venv/bin/pytest tests/content/test_data_files.py -q -p no:django`.
Each check is a small function returning the problems it finds, so the same code
validates the shipped files (expect none) and broken samples (expect one): a
check that could never fail would prove nothing.
"""
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "content" / "data"
REPORT = (DATA / "cbp-ipr-seizure-statistics-fy2021.txt").read_text(encoding="utf-8")

CONTACT_KEYS = {"slug", "name", "kind", "url", "email", "phone", "hours", "purpose", "who_should_use", "keywords", "order"}
FAQ_KEYS = {"key", "question", "answer", "alternate_phrasings", "audience", "contacts", "section", "order"}
KINDS = {"online_form", "website", "email", "phone"}
AUDIENCES = {"consumer", "business", "both"}
# Other engineers' code routes by these slugs: they must exist exactly.
REQUIRED_SLUGS = {
    "e-allegations", "e-allegations-phone", "e-recordation", "recordation-questions", "ipr-help-desk",
    "regulations-and-rulings", "exclusion-order-rulings", "ipr-center", "ipr-center-phone", "iprs-search",
    "cbp-ipr-awareness", "truth-behind-counterfeits", "e-allegations-info",
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
EMAIL = re.compile(r"[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\b1-8\d\d-[A-Z0-9]+(?:-[A-Z0-9]+)*")
MAX_WORDS = 80


def load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def squash(text: str) -> str:
    """No whitespace, decoded @: the PDF extraction breaks addresses across lines."""
    return re.sub(r"\s+", "", text).replace("%40", "@")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def words(text: str) -> str:
    """Lowercase words only, so a slug ("entry-type-86-test") matches its title."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def numbers(text: str) -> set[str]:
    # "27,000" and "27000" are the same figure; the trailing dot of a sentence is not part of it.
    return {n.replace(",", "") for n in NUMBER.findall(text)}


REPORT_NUMBERS = numbers(REPORT)
REPORT_SQUASHED = squash(REPORT).lower()
REPORT_FLAT = flat(REPORT)


def visible_words(answer: str) -> int:
    return len(LINK.sub(r"\1", answer).split())


def points_of_contact(report: str) -> str:
    """The report's "CBP IPR Points of Contact" text (it ends the report)."""
    start = report.index("CBP IPR Points of Contact")
    return report[start:]


def href(contact: dict) -> str:
    if contact["url"]:
        return contact["url"]
    if contact["email"]:
        return "mailto:" + contact["email"]
    return "tel:" + contact["phone"]


# --- checks: each returns a list of problems ---------------------------------

def contact_problems(contacts: list[dict]) -> list[str]:
    out = []
    seen = set()
    for i, c in enumerate(contacts):
        name = c.get("slug", f"#{i}")
        missing = CONTACT_KEYS - c.keys()
        if missing:
            out.append(f"{name}: missing {sorted(missing)}")
            continue
        if not SLUG.match(c["slug"]) or len(c["slug"]) > 80:
            out.append(f"{name}: bad slug")
        if c["slug"] in seen:
            out.append(f"{name}: duplicate slug")
        seen.add(c["slug"])
        if c["kind"] not in KINDS:
            out.append(f"{name}: unknown kind {c['kind']!r}")
        # The kind says which address the visitor follows; it must be filled.
        needed = {"online_form": "url", "website": "url", "email": "email", "phone": "phone"}.get(c["kind"])
        if needed and not c[needed]:
            out.append(f"{name}: kind {c['kind']} without {needed}")
        if c["url"] and not c["url"].startswith(("https://", "http://")):
            out.append(f"{name}: url is not http(s)")
        if len(c["name"]) > 200 or len(c["phone"]) > 40 or len(c["url"]) > 500:
            out.append(f"{name}: a field is longer than the database allows")
        for field in ("name", "purpose", "who_should_use", "keywords"):
            if not str(c[field]).strip():
                out.append(f"{name}: empty {field}")
        if not isinstance(c["order"], int):
            out.append(f"{name}: order is not an integer")
    return out


def contact_address_problems(contacts: list[dict], report: str) -> list[str]:
    """Every address, character for character, and any hours come from the report."""
    squashed, flat_report = squash(report), flat(report)
    out = []
    for c in contacts:
        for field in ("url", "phone"):
            if c[field] and c[field] not in squashed:
                out.append(f"{c['slug']}: {field} {c[field]!r} is not in the report")
        # Mailboxes are matched as printed; the report prints IPRHELPDESK in both cases.
        if c["email"] and c["email"] not in squashed:
            out.append(f"{c['slug']}: email {c['email']!r} is not in the report")
        if c["hours"] and flat(c["hours"]) not in flat_report:
            out.append(f"{c['slug']}: hours {c['hours']!r} are not in the report")
    return out


def uncovered_channels(contacts: list[dict], report: str) -> list[str]:
    """Addresses named in the Points of Contact text that no contact carries."""
    block = points_of_contact(report).replace("%40", "@")
    # Re-join addresses the extraction broke after a dot or slash ("EOEBranch.ITC337.\nRulings@").
    joined = re.sub(r"(?<=\S[./])\n(?=\S)", "", block)
    # Domains and these URLs are lowercase, so a glued next sentence ("gov.For") stays out.
    named = set(re.findall(r"[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", joined))
    named |= {u.rstrip(".") for u in re.findall(r"https?://[a-z0-9./_-]+", joined)}
    named |= set(PHONE.findall(block))
    have = {a.lower() for c in contacts for a in (c["url"], c["email"], c["phone"]) if a}
    return sorted(a for a in named if a.lower() not in have)


def faq_problems(faqs: list[dict], slugs: set[str]) -> list[str]:
    out = []
    keys, questions, phrasings, orders = set(), set(), {}, set()
    for i, f in enumerate(faqs):
        name = f.get("key", f"#{i}")
        missing = FAQ_KEYS - f.keys()
        if missing:
            out.append(f"{name}: missing {sorted(missing)}")
            continue
        if not SLUG.match(f["key"]) or len(f["key"]) > 120:
            out.append(f"{name}: bad key")
        if f["key"] in keys:
            out.append(f"{name}: duplicate key")
        keys.add(f["key"])
        if flat(f["question"]) in questions:
            out.append(f"{name}: duplicate question")
        questions.add(flat(f["question"]))
        if not f["question"].strip() or len(f["question"]) > 300:
            out.append(f"{name}: empty or over-long question")
        if f["audience"] not in AUDIENCES:
            out.append(f"{name}: unknown audience {f['audience']!r}")
        unknown = [s for s in f["contacts"] if s not in slugs]
        if unknown:
            out.append(f"{name}: unknown contact slugs {unknown}")
        alts = f["alternate_phrasings"]
        if not isinstance(alts, list) or not 3 <= len(alts) <= 8:
            out.append(f"{name}: needs 3-8 alternate phrasings")
            alts = []
        for alt in alts:
            # One phrasing pointing at two FAQs would make the matcher guess.
            other = phrasings.setdefault(flat(alt), name)
            if other != name or flat(alt) == flat(f["question"]):
                out.append(f"{name}: phrasing {alt!r} repeats one of {other}")
        if visible_words(f["answer"]) > MAX_WORDS:
            out.append(f"{name}: answer has {visible_words(f['answer'])} words (max {MAX_WORDS})")
        if f["order"] in orders:
            out.append(f"{name}: duplicate order")
        orders.add(f["order"])
    return out


def faq_grounding_problems(faqs: list[dict], contacts: list[dict], report: str) -> list[str]:
    """Figures, links, emails and phone numbers in answers all come from the report or the contacts."""
    report_numbers, squashed = numbers(report), squash(report).lower()
    hrefs = {href(c).lower() for c in contacts}
    emails = {c["email"].lower() for c in contacts if c["email"]}
    phones = {c["phone"] for c in contacts if c["phone"]}
    out = []
    for f in faqs:
        name, answer = f["key"], f["answer"]
        invented = numbers(LINK.sub(r"\1", answer) + " " + f["question"]) - report_numbers
        if invented:
            out.append(f"{name}: numbers not in the report: {sorted(invented)}")
        for _label, url in LINK.findall(answer):
            if url.lower() not in hrefs and url.lower() not in squashed:
                out.append(f"{name}: link {url!r} is neither a contact nor in the report")
        for email in EMAIL.findall(answer):
            if email.lower() not in emails:
                out.append(f"{name}: email {email!r} is not a contact")
        for phone in PHONE.findall(answer):
            if phone not in phones:
                out.append(f"{name}: phone {phone!r} is not a contact")
        if f["section"] is not None and words(f["section"]) not in words(report):
            out.append(f"{name}: section {f['section']!r} is not a heading of the report")
    return out


def synonym_problems(synonyms: list[dict], vocabulary: str) -> list[str]:
    out, seen = [], set()
    for i, s in enumerate(synonyms):
        term = s.get("term")
        if not isinstance(term, str) or not term.strip() or term != term.strip().lower() or len(term) > 80:
            out.append(f"#{i}: term must be non-empty lowercase text")
            continue
        if term in seen:
            out.append(f"{term}: duplicate term")
        seen.add(term)
        expansions = s.get("expansions")
        if not isinstance(expansions, list) or not expansions or not all(isinstance(e, str) and e.strip() for e in expansions):
            out.append(f"{term}: expansions must be a non-empty list of words")
            continue
        if len(", ".join(expansions)) > 300:
            out.append(f"{term}: expansions longer than the database allows")
        if [e.lower() for e in expansions] == [term]:
            out.append(f"{term}: expands only to itself")
        # A synonym is only useful if it leads to words the content actually uses.
        if not any(e.lower() in vocabulary for e in expansions):
            out.append(f"{term}: none of {expansions} occurs in the report, FAQs or contacts")
    return out


# --- fixtures ------------------------------------------------------------------

@pytest.fixture(scope="module")
def contacts():
    return load("contacts.json")


@pytest.fixture(scope="module")
def faqs():
    return load("faqs.json")


@pytest.fixture(scope="module")
def synonyms():
    return load("synonyms.json")


@pytest.fixture(scope="module")
def vocabulary(faqs, contacts):
    texts = [REPORT] + [f["answer"] + " " + f["question"] for f in faqs] + [c["name"] + " " + c["purpose"] for c in contacts]
    return flat(" ".join(texts))


# --- the shipped files ---------------------------------------------------------

@pytest.mark.parametrize("name", ["faqs.json", "contacts.json", "synonyms.json"])
def test_it_ships_each_file_as_a_json_list(name):
    assert isinstance(load(name), list)


def test_it_has_every_contact_slug_others_rely_on(contacts):
    assert REQUIRED_SLUGS <= {c["slug"] for c in contacts}


def test_it_ships_well_formed_contacts(contacts):
    assert contact_problems(contacts) == []


def test_it_takes_every_contact_address_from_the_report(contacts):
    assert contact_address_problems(contacts, REPORT) == []


def test_it_has_a_contact_for_every_points_of_contact_channel(contacts):
    assert uncovered_channels(contacts, REPORT) == []


def test_it_has_a_contact_for_every_channel_medium(contacts):
    # The report names one web form and one phone line for each reporting channel.
    by_slug = {c["slug"]: c for c in contacts}
    assert by_slug["e-allegations"]["url"] == "https://eallegations.cbp.gov/s/"
    assert by_slug["e-allegations-phone"]["phone"] == "1-800-BE-ALERT"
    assert by_slug["ipr-center"]["url"] == "https://www.iprcenter.gov/referral/"
    assert by_slug["ipr-center-phone"]["phone"] == "1-866-IPR-2060"


def test_it_ships_at_least_45_published_faqs(faqs):
    assert len([f for f in faqs if f.get("published", True)]) >= 45


def test_it_ships_well_formed_faqs(faqs, contacts):
    assert faq_problems(faqs, {c["slug"] for c in contacts}) == []


def test_it_grounds_every_faq_answer_in_the_report(faqs, contacts):
    assert faq_grounding_problems(faqs, contacts, REPORT) == []


def test_it_names_a_section_that_resolves_to_exactly_one_parsed_section(faqs):
    # The loader links an FAQ to the section whose slug equals `section`, else
    # whose title contains it; an ambiguous name would cite an arbitrary one.
    parsing = pytest.importorskip("content.parsing")
    sections = parsing.parse_report(REPORT).sections
    bad = {}
    for f in faqs:
        if f["section"] is None:
            continue
        found = [s.slug for s in sections if s.slug == f["section"]] or [
            s.slug for s in sections if f["section"].lower() in s.title.lower()
        ]
        if len(found) != 1:
            bad[f["key"]] = found
    assert bad == {}


def test_it_routes_to_every_contact_from_some_faq(faqs, contacts):
    used = {s for f in faqs for s in f["contacts"]}
    assert sorted({c["slug"] for c in contacts} - used) == []


def test_it_ships_40_to_100_useful_synonyms(synonyms, vocabulary):
    # A curated list, not a thesaurus dump: every entry must lead to content words.
    assert 40 <= len(synonyms) <= 100
    assert synonym_problems(synonyms, vocabulary) == []


# --- the checks catch what they are meant to catch ------------------------------

@pytest.fixture
def good_contact(contacts):
    return dict(next(c for c in contacts if c["slug"] == "ipr-help-desk"))


@pytest.fixture
def good_faq(faqs):
    return dict(faqs[0])


def test_it_flags_a_contact_missing_a_key(good_contact):
    del good_contact["purpose"]
    assert contact_problems([good_contact]) != []


def test_it_flags_a_duplicate_slug_and_an_unknown_kind(good_contact):
    assert contact_problems([good_contact, good_contact]) != []
    assert contact_problems([dict(good_contact, kind="fax")]) != []


def test_it_flags_an_email_contact_without_an_email(good_contact):
    assert contact_problems([dict(good_contact, email="")]) != []


def test_it_flags_an_address_or_hours_not_in_the_report(good_contact):
    assert contact_address_problems([dict(good_contact, email="help@cbp.dhs.gov")], REPORT) != []
    assert contact_address_problems([dict(good_contact, phone="1-800-555-0100")], REPORT) != []
    assert contact_address_problems([dict(good_contact, hours="Monday to Friday, 8 a.m. to 5 p.m.")], REPORT) != []


def test_it_flags_a_points_of_contact_channel_without_a_contact(contacts):
    without = [c for c in contacts if c["slug"] != "exclusion-order-rulings"]
    assert uncovered_channels(without, REPORT) == ["EOEBranch.ITC337.Rulings@cbp.dhs.gov"]
    without = [c for c in contacts if c["slug"] != "ipr-center-phone"]
    assert uncovered_channels(without, REPORT) == ["1-866-IPR-2060"]


def test_it_flags_an_unknown_contact_slug_and_a_duplicate_key(good_faq, contacts):
    slugs = {c["slug"] for c in contacts}
    assert faq_problems([dict(good_faq, contacts=["no-such-channel"])], slugs) != []
    assert faq_problems([good_faq, good_faq], slugs) != []


def test_it_flags_too_few_phrasings_and_a_long_answer(good_faq, contacts):
    slugs = {c["slug"] for c in contacts}
    assert faq_problems([dict(good_faq, alternate_phrasings=["fakes"])], slugs) != []
    assert faq_problems([dict(good_faq, answer="word " * (MAX_WORDS + 1))], slugs) != []


def test_it_flags_a_number_missing_from_the_report(good_faq, contacts):
    invented = dict(good_faq, answer="CBP seized 12,345,678 fakes.")
    assert faq_grounding_problems([invented], contacts, REPORT) == [f"{invented['key']}: numbers not in the report: ['12345678']"]


def test_it_accepts_a_figure_written_without_thousands_separators(good_faq, contacts):
    # The report prints "1200 members"; an answer may print "1,200".
    assert faq_grounding_problems([dict(good_faq, answer="It reached 1,200 members.")], contacts, REPORT) == []


def test_it_flags_an_invented_link_email_phone_or_section(good_faq, contacts):
    for answer in ("See [this](https://example.com/).", "Email ipr@example.com.", "Call 1-800-555-0100."):
        assert faq_grounding_problems([dict(good_faq, answer=answer)], contacts, REPORT) != []
    assert faq_grounding_problems([dict(good_faq, section="Refund Policy")], contacts, REPORT) != []


def test_it_flags_duplicate_or_useless_synonyms(vocabulary):
    assert synonym_problems([{"term": "fake", "expansions": ["counterfeit"]}] * 2, vocabulary) != []
    assert synonym_problems([{"term": "fake", "expansions": []}], vocabulary) != []
    assert synonym_problems([{"term": "sneakers", "expansions": ["zzyzx"]}], vocabulary) != []
    assert synonym_problems([{"term": "Fake", "expansions": ["counterfeit"]}], vocabulary) != []
