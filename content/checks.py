"""Checks of the shipped content files (content/data/) against the reports they come from.

    .venv/bin/python manage.py check_content          # prints problems; exits 1 on an error
    .venv/bin/python manage.py check_content --strict # warnings fail too (the tests use this)

`load_content` runs the same checks first and refuses the files on an error.
Errors are wrong data: a malformed entry, an FAQ without a source or a review
date, an address or a figure that is in no report, a link nobody vouches for.
Warnings are house style: 3-16 phrasings, answers under 80 words, every contact
used. Each check is a small function returning the problems it finds, so the same
code validates the shipped files (expect none) and broken samples (expect one).
Pure Python: no database, so it runs anywhere, before anything is loaded.
"""
import datetime
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from content.reading import REPORT_FILES, ContentError
from content.sources import SECTION_PATH, reviewed_problems, source_problems

ERROR, WARNING = "error", "warning"

CONTACT_KEYS = {"slug", "name", "kind", "url", "email", "phone", "hours", "purpose", "who_should_use", "keywords", "order"}
CONTACT_OPTIONAL = {"example_questions", "es"}
FAQ_KEYS = {"key", "question", "answer", "alternate_phrasings", "audience", "contacts", "section", "order", "sources", "reviewed"}
KINDS = {"online_form", "website", "email", "phone"}
AUDIENCES = {"consumer", "business", "both"}
# Other code routes by these slugs: they must exist exactly.
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
# A share written in words ("fifty-three percent") is one a visitor reading for "53%" misses.
SPELLED_SHARE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|"
    r"ochenta|noventa)(?:[- ](?:y )?[a-z]+)? (?:percent|por ciento)\b"
    # A Spanish answer writes a share as the statistics answers do, "53%", the form Spanish readers of an
    # English report type; an English one keeps the report's "53 percent".
    r"|\b\d+(?:\.\d+)? por ciento\b", re.IGNORECASE)
MIN_FAQS = 45
SYNONYMS = (40, 250)  # a sanity range: the everyday and slang names people give the report's rows ("kicks", "bling") are most of them


@dataclass(frozen=True)
class Problem:
    level: str  # ERROR or WARNING
    where: str  # "faqs.json: what-is-ipr"
    message: str

    @property
    def is_error(self) -> bool:
        return self.level == ERROR

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


# --- the reports, as text ---------------------------------------------------------


@dataclass(frozen=True)
class Reports:
    """The shipped report texts, read once: what answers may quote."""

    texts: dict[int, str]  # fiscal year -> text

    @property
    def text(self) -> str:
        return "\n".join(self.texts[y] for y in sorted(self.texts))

    @property
    def newest(self) -> int:
        return max(self.texts)


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


def visible_words(answer: str) -> int:
    return len(LINK.sub(r"\1", answer).split())


def href(contact: dict) -> str:
    if contact["url"]:
        return contact["url"]
    if contact["email"]:
        return "mailto:" + contact["email"]
    return "tel:" + contact["phone"]


@lru_cache(maxsize=8)
def _parsed_sections(text: str) -> tuple[tuple[str, str], ...]:
    from content.parsing import parse_report

    return tuple((s.slug, s.title) for s in parse_report(text).sections)


def sections_of(reports: Reports, year: int) -> tuple[tuple[str, str], ...]:
    """(slug, title) of the sections of that year's shipped report."""
    return _parsed_sections(reports.texts[year]) if year in reports.texts else ()


# --- checks: each returns a list of problems -------------------------------------------


def _entry_problems(item: dict, name: str, required: set, allowed: set, key: str, longest: int, seen: set) -> list[Problem]:
    """Keys present and known; the identifying key well-formed and not used twice."""
    missing = required - item.keys()
    if missing:
        return [Problem(ERROR, name, f"missing {sorted(missing)}")]
    out = []
    unknown = item.keys() - allowed
    if unknown:
        out.append(Problem(ERROR, name, f"unknown key(s) {sorted(unknown)}"))
    if not SLUG.match(item[key]) or len(item[key]) > longest:
        out.append(Problem(ERROR, name, f"bad {key}"))
    if item[key] in seen:
        out.append(Problem(ERROR, name, f"duplicate {key}"))
    seen.add(item[key])
    return out


def contact_problems(contacts: list[dict]) -> list[Problem]:
    out, seen = [], set()
    for i, c in enumerate(contacts):
        name = f"contacts.json: {c.get('slug', f'#{i + 1}')}" if isinstance(c, dict) else f"contacts.json: #{i + 1}"
        if not isinstance(c, dict):
            out.append(Problem(ERROR, name, "is not an object"))
            continue
        shape = _entry_problems(c, name, CONTACT_KEYS, CONTACT_KEYS | CONTACT_OPTIONAL, "slug", 80, seen)
        out += shape
        if any("missing" in p.message for p in shape):
            continue
        if c["kind"] not in KINDS:
            out.append(Problem(ERROR, name, f"unknown kind {c['kind']!r}"))
        # The kind says which address the visitor follows; it must be filled.
        needed = {"online_form": "url", "website": "url", "email": "email", "phone": "phone"}.get(c["kind"])
        if needed and not c[needed]:
            out.append(Problem(ERROR, name, f"kind {c['kind']} without {needed}"))
        if c["url"] and not c["url"].startswith(("https://", "http://")):
            out.append(Problem(ERROR, name, "url is not http(s)"))
        if len(c["name"]) > 200 or len(c["phone"]) > 40 or len(c["url"]) > 500:
            out.append(Problem(ERROR, name, "a field is longer than the database allows"))
        for field in ("name", "purpose", "who_should_use", "keywords"):
            if not str(c[field]).strip():
                out.append(Problem(ERROR, name, f"empty {field}"))
        if not isinstance(c["order"], int):
            out.append(Problem(ERROR, name, "order is not an integer"))
    slugs = {c.get("slug") for c in contacts if isinstance(c, dict)}
    for slug in sorted(REQUIRED_SLUGS - slugs):
        out.append(Problem(ERROR, "contacts.json", f"no contact {slug!r}: the assistant routes to it"))
    return out


def contact_address_problems(contacts: list[dict], report: str) -> list[Problem]:
    """Every address, character for character, and any hours come from a report."""
    squashed, flat_report = squash(report), flat(report)
    out = []
    for c in contacts:
        name = f"contacts.json: {c['slug']}"
        for field in ("url", "phone"):
            if c[field] and c[field] not in squashed:
                out.append(Problem(ERROR, name, f"{field} {c[field]!r} is not in the report"))
        # Mailboxes are matched as printed; the report prints IPRHELPDESK in both cases.
        if c["email"] and c["email"] not in squashed:
            out.append(Problem(ERROR, name, f"email {c['email']!r} is not in the report"))
        if c["hours"] and flat(c["hours"]) not in flat_report:
            out.append(Problem(ERROR, name, f"hours {c['hours']!r} are not in the report"))
    return out


def uncovered_channels(contacts: list[dict], report: str) -> list[str]:
    """Addresses named in the Points of Contact text that no contact carries."""
    if "CBP IPR Points of Contact" not in report:
        return []
    block = report[report.index("CBP IPR Points of Contact") :].replace("%40", "@")
    # Re-join addresses the extraction broke after a dot or slash ("EOEBranch.ITC337.\nRulings@").
    joined = re.sub(r"(?<=\S[./])\n(?=\S)", "", block)
    # Domains and these URLs are lowercase, so a glued next sentence ("gov.For") stays out.
    named = set(re.findall(r"[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", joined))
    named |= {u.rstrip(".") for u in re.findall(r"https?://[a-z0-9./_-]+", joined)}
    named |= set(PHONE.findall(block))
    have = {a.lower() for c in contacts for a in (c["url"], c["email"], c["phone"]) if a}
    return sorted(a for a in named if a.lower() not in have)


def channel_problems(contacts: list[dict], reports: Reports) -> list[Problem]:
    """Every channel the newest report's Points of Contact names has a contact."""
    missing = uncovered_channels(contacts, reports.texts[reports.newest])
    return [Problem(ERROR, "contacts.json", f"no contact carries {a!r}, a Points of Contact channel") for a in missing]


def faq_problems(faqs: list[dict], slugs: set[str], today: datetime.date | None = None) -> list[Problem]:
    out = []
    keys, questions, phrasings, orders = set(), set(), {}, set()
    for i, f in enumerate(faqs):
        if not isinstance(f, dict):
            out.append(Problem(ERROR, f"faqs.json: #{i + 1}", "is not an object"))
            continue
        name = f"faqs.json: {f.get('key', f'#{i + 1}')}"
        # Source and review date first: the message says what to add.
        out += [Problem(ERROR, name, p) for p in source_problems(f.get("sources"))]
        out += [Problem(ERROR, name, p) for p in reviewed_problems(f.get("reviewed"), today)]
        shape = _entry_problems(f, name, FAQ_KEYS - {"sources", "reviewed"}, FAQ_KEYS | {"published", "es"}, "key", 120, keys)
        out += shape
        if any("missing" in p.message for p in shape):
            continue
        if flat(f["question"]) in questions:
            out.append(Problem(ERROR, name, "duplicate question"))
        questions.add(flat(f["question"]))
        if not f["question"].strip() or len(f["question"]) > 300:
            out.append(Problem(ERROR, name, "empty or over-long question"))
        if f["audience"] not in AUDIENCES:
            out.append(Problem(ERROR, name, f"unknown audience {f['audience']!r}"))
        unknown_contacts = [s for s in f["contacts"] if s not in slugs]
        if unknown_contacts:
            out.append(Problem(ERROR, name, f"unknown contact slugs {unknown_contacts}"))
        alts = f["alternate_phrasings"]
        if not isinstance(alts, list) or not 3 <= len(alts) <= 16:
            out.append(Problem(WARNING, name, "needs 3-16 alternate phrasings"))
            alts = alts if isinstance(alts, list) else []
        for alt in alts:
            # One phrasing pointing at two FAQs would make the matcher guess.
            other = phrasings.setdefault(flat(alt), name)
            if other != name or flat(alt) == flat(f["question"]):
                out.append(Problem(WARNING, name, f"phrasing {alt!r} repeats one of {other}"))
        if visible_words(f["answer"]) > MAX_WORDS:
            out.append(Problem(WARNING, name, f"answer has {visible_words(f['answer'])} words (max {MAX_WORDS})"))
        for answer in (f["answer"], (f.get("es") or {}).get("answer") or ""):
            spelled = SPELLED_SHARE.search(answer) if isinstance(answer, str) else None
            if spelled:
                out.append(Problem(WARNING, name, f"write the share {spelled.group(0)!r} as digits and %"))
        if f["order"] in orders:
            out.append(Problem(WARNING, name, "duplicate order"))
        orders.add(f["order"])
    return out


def _report_sources(f: dict) -> list[re.Match]:
    return [m for s in f.get("sources") or [] if isinstance(s, dict) and (m := SECTION_PATH.match(str(s.get("url", ""))))]


def faq_grounding_problems(faqs: list[dict], contacts: list[dict], reports: Reports) -> list[Problem]:
    """Figures, links, emails and phone numbers in answers come from their sources.

    An FAQ whose sources are all report sections states only the reports' figures;
    one citing a page outside the reports (a regulation, a cbp.gov page) states
    that page's, which its yearly review checks. Links must be a contact, printed
    in a report, or one of the FAQ's own sources.
    """
    report = reports.text
    report_numbers, squashed = numbers(report), squash(report).lower()
    hrefs = {href(c).lower() for c in contacts}
    emails = {c["email"].lower() for c in contacts if c["email"]}
    phones = {c["phone"] for c in contacts if c["phone"]}
    out = []
    for f in faqs:
        name, answer = f"faqs.json: {f['key']}", f["answer"]
        own = {str(s.get("url", "")).lower() for s in f.get("sources") or [] if isinstance(s, dict)}
        only_reports = bool(own) and len(_report_sources(f)) == len(own)
        invented = numbers(LINK.sub(r"\1", answer) + " " + f["question"]) - report_numbers
        if invented and (only_reports or not own):
            out.append(Problem(ERROR, name, f"numbers not in the report: {sorted(invented)}"))
        for _label, url in LINK.findall(answer):
            if url.lower() not in hrefs and url.lower() not in squashed and url.lower() not in own:
                out.append(Problem(ERROR, name, f"link {url!r} is neither a contact, in the report, nor a source"))
        for email in EMAIL.findall(answer):
            if email.lower() not in emails:
                out.append(Problem(ERROR, name, f"email {email!r} is not a contact"))
        for phone in PHONE.findall(answer):
            if phone not in phones:
                out.append(Problem(ERROR, name, f"phone {phone!r} is not a contact"))
        if f["section"] is not None and words(f["section"]) not in words(report):
            out.append(Problem(ERROR, name, f"section {f['section']!r} is not a heading of the report"))
    return out


def translation_problems(faqs: list[dict]) -> list[Problem]:
    """A Spanish answer states the same figures as the English one (a translation adds no fact)."""
    out = []
    for f in faqs:
        es = f.get("es") or {}
        if isinstance(es, dict) and es.get("answer") and numbers(es["answer"]) != numbers(f["answer"]):
            extra, lost = numbers(es["answer"]) - numbers(f["answer"]), numbers(f["answer"]) - numbers(es["answer"])
            out.append(Problem(ERROR, f"faqs.json: {f['key']}", f"the Spanish answer's figures differ (added {sorted(extra)}, left out {sorted(lost)})"))
    return out


def faq_section_problems(faqs: list[dict], reports: Reports) -> list[Problem]:
    """A report-section source names a section of that year's report; `section` names
    exactly one section of the newest report (the loader links the FAQ to it)."""
    out = []
    for f in faqs:
        name = f"faqs.json: {f['key']}"
        for match in _report_sources(f):
            year, slug = int(match.group(1)), match.group(2)
            if year not in reports.texts:
                out.append(Problem(ERROR, name, f"source {match.group(0)!r}: no FY {year} report is shipped"))
            elif slug not in {s for s, _ in sections_of(reports, year)}:
                out.append(Problem(ERROR, name, f"source {match.group(0)!r}: the FY {year} report has no such section"))
        if f.get("section") is None or _report_sources(f):
            continue
        sections = sections_of(reports, reports.newest)
        found = [s for s, _ in sections if s == f["section"]] or [s for s, t in sections if f["section"].lower() in t.lower()]
        if len(found) != 1:
            out.append(Problem(ERROR, name, f"section {f['section']!r} names {len(found)} sections of the report, not one"))
    return out


def coverage_problems(faqs: list[dict], contacts: list[dict]) -> list[Problem]:
    out = []
    published = [f for f in faqs if f.get("published", True)]
    if len(published) < MIN_FAQS:
        out.append(Problem(WARNING, "faqs.json", f"{len(published)} published FAQs (at least {MIN_FAQS} expected)"))
    used = {s for f in faqs for s in f.get("contacts", [])}
    for slug in sorted({c["slug"] for c in contacts} - used):
        out.append(Problem(WARNING, f"contacts.json: {slug}", "no FAQ routes to it"))
    return out


def synonym_problems(synonyms: list[dict], vocabulary: str) -> list[Problem]:
    out, seen = [], set()
    for i, s in enumerate(synonyms):
        term = s.get("term") if isinstance(s, dict) else None
        if not isinstance(term, str) or not term.strip() or term != term.strip().lower() or len(term) > 80:
            out.append(Problem(ERROR, f"synonyms.json: #{i + 1}", "term must be non-empty lowercase text"))
            continue
        name = f"synonyms.json: {term}"
        if term in seen:
            out.append(Problem(ERROR, name, "duplicate term"))
        seen.add(term)
        expansions = s.get("expansions")
        if not isinstance(expansions, list) or not expansions or not all(isinstance(e, str) and e.strip() for e in expansions):
            out.append(Problem(ERROR, name, "expansions must be a non-empty list of words"))
            continue
        if len(", ".join(expansions)) > 300:
            out.append(Problem(ERROR, name, "expansions longer than the database allows"))
        if [e.lower() for e in expansions] == [term]:
            out.append(Problem(WARNING, name, "expands only to itself"))
        # A synonym is only useful if it leads to words the content actually uses.
        if not any(e.lower() in vocabulary for e in expansions):
            out.append(Problem(WARNING, name, f"none of {expansions} occurs in the report, FAQs or contacts"))
    if not SYNONYMS[0] <= len(synonyms) <= SYNONYMS[1]:
        out.append(Problem(WARNING, "synonyms.json", f"{len(synonyms)} synonyms (a curated {SYNONYMS[0]}-{SYNONYMS[1]} expected)"))
    return out


# --- the whole folder ---------------------------------------------------------------------


def read_reports(data_dir: Path) -> Reports:
    from content.pdf import report_text

    texts = {}
    for path in sorted(Path(data_dir).iterdir()):
        match = REPORT_FILES.match(path.name)
        if match:
            texts[int(match.group(1))] = report_text(path.read_bytes(), path.name)
    return Reports(texts)


def _json(path: Path, problems: list[Problem]) -> list | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(Problem(ERROR, path.name, f"not valid JSON: {exc}"))
        return None
    if not isinstance(data, list):
        problems.append(Problem(ERROR, path.name, "must be a JSON list of objects"))
        return None
    return data


def check_data_dir(data_dir: Path, today: datetime.date | None = None) -> list[Problem]:
    """Every problem of the content files in `data_dir` (a missing JSON file is no problem)."""
    data_dir = Path(data_dir)
    problems: list[Problem] = []
    try:
        reports = read_reports(data_dir)
    except ContentError as exc:
        return [Problem(ERROR, "report", str(exc))]
    if not reports.texts:
        return [Problem(ERROR, str(data_dir), "no report file (cbp-ipr-seizure-statistics-fy<year>.txt or .pdf)")]
    contacts = _json(data_dir / "contacts.json", problems)
    faqs = _json(data_dir / "faqs.json", problems)
    synonyms = _json(data_dir / "synonyms.json", problems)
    if contacts is not None:
        problems += contact_problems(contacts)
        if not any(p.is_error for p in problems):
            problems += contact_address_problems(contacts, reports.text) + channel_problems(contacts, reports)
    if faqs is not None:
        slugs = {c.get("slug") for c in contacts or [] if isinstance(c, dict)}
        shape = faq_problems(faqs, slugs, today)
        problems += shape
        if not any(p.is_error for p in shape):
            problems += faq_grounding_problems(faqs, contacts or [], reports) + faq_section_problems(faqs, reports)
            problems += coverage_problems(faqs, contacts or []) + translation_problems(faqs)
    if synonyms is not None:
        texts = [reports.text] + [f"{f.get('answer', '')} {f.get('question', '')}" for f in faqs or [] if isinstance(f, dict)]
        texts += [f"{c.get('name', '')} {c.get('purpose', '')}" for c in contacts or [] if isinstance(c, dict)]
        problems += synonym_problems(synonyms, flat(" ".join(texts)))
    spanish = _json(data_dir / "synonyms_es.json", problems)
    if spanish is not None and synonyms is not None:
        # Spanish terms lead to the English content's words, as English synonyms do; the curated count is English's.
        problems += [p for p in synonym_problems(spanish, flat(" ".join(texts))) if p.is_error]
        # A term is one row whatever its language: listed in both files, each load would take it from the other.
        english = {str(e.get("term", "")).strip().lower() for e in synonyms if isinstance(e, dict)}
        for e in spanish:
            term = str(e.get("term", "")).strip().lower() if isinstance(e, dict) else ""
            if term and term in english:
                problems.append(Problem(ERROR, "synonyms_es.json", f"{term!r} is also in synonyms.json: keep it in one file"))
    return problems
