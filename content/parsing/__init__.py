"""Parse the text of CBP's IPR seizure statistics report into sections and tables.

Pure functions, no Django: `parse_report(text)` returns a `ParsedReport`. How the
PDF's extracted text is repaired is described in docs/content.md.
"""
import re
import unicodedata
from dataclasses import dataclass, field

from content.parsing.layout import HEADINGS, PAGE, SUB, TABLES, Heading, masked, norm
from content.parsing.tables import Cell, Table, check_across, check_sums, parse_table
from content.parsing.text import (
    EMAIL,
    FOOTNOTE_START,
    Line,
    footnote_open,
    footnote_pattern,
    lead_in_first,
    lines_of,
    paragraphs,
    tidy,
    urls_in,
)

__all__ = ["parse_report", "report_year", "ParsedReport", "ParsedSection", "Cell", "ContactMention", "slugify", "audience_of"]


@dataclass
class ParsedSection:
    title: str
    slug: str
    body: str
    order: int
    page_headings: list[str]
    footnotes: list[dict]
    audience: str


@dataclass
class ContactMention:
    """A channel named in "CBP IPR Points of Contact"."""

    name: str
    text: str
    emails: list[str]
    urls: list[str]
    phones: list[str]


@dataclass
class ParsedReport:
    title: str
    fiscal_year: int
    sections: list[ParsedSection]
    tables: list[Table]
    contacts: list[ContactMention]
    warnings: list[str] = field(default_factory=list)

    @property
    def statistics(self) -> list[Cell]:
        return [c for t in self.tables for c in t.cells]

    def section(self, slug: str) -> ParsedSection | None:
        return next((s for s in self.sections if s.slug == slug), None)


def slugify(value: str) -> str:
    """Same result as django.utils.text.slugify, without importing Django."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


# --- audience -------------------------------------------------------------

BUSINESS_WORDS = (
    "rights holder", "recordation", "trade community", "importer", "small and medium", "sme",
    "exclusion order", "customs broker", "donation", "trademark", "copyright", "private sector",
    "seller", "brands", "industry", "business", "de minimis", "entry type", "filings", "rulings",
)
CONSUMER_WORDS = (
    "consumer", "the public", "purchase", "shop", "buying", "health and safety", "safety risk",
    "fake", "dangers", "american people", "vaccine", "masks",
)


def _words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")")


_BUSINESS, _CONSUMER = _words(BUSINESS_WORDS), _words(CONSUMER_WORDS)


def audience_of(title: str, body: str) -> str:
    """consumer, business or both: whichever word list the text uses twice as often.

    Business words: rights holders, recordation, importers, the trade community...
    Consumer words: consumers, the public, buying, shopping, health and safety...
    A heading's own rule (layout.HEADINGS) wins; otherwise ties mean "both".
    """
    text = f"{title} {body}".lower()
    business, consumer = len(_BUSINESS.findall(text)), len(_CONSUMER.findall(text))
    if business >= 2 * max(consumer, 1):
        return "business"
    if consumer >= 2 * max(business, 1):
        return "consumer"
    return "both"


# --- assembly ---------------------------------------------------------------


@dataclass
class _Open:
    heading: Heading
    page: str
    lines: list[Line] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)  # footnotes printed within it


def _match(lines: list[Line], i: int, wanted: dict[str, object], key=norm) -> tuple[object, int] | None:
    """The heading or table title printed over lines[i:i+n] (n = 3, 2, 1), if any."""
    for n in (3, 2, 1):
        if i + n > len(lines):
            continue
        if any(lines[j].blank_before for j in range(i + 1, i + n)) and n > 1:
            continue
        found = wanted.get(key(" ".join(lines[j].text for j in range(i, i + n))))
        if found is not None:
            return found, n
    return None


_FY = re.compile(r"\bFY ?((?:19|20)\d\d)\b")


def report_year(text: str) -> int:
    """The fiscal year a report is about: the one it prints most ("FY 2021"); 0 if none.

    A report prints its own year far more often than the years it compares with.
    """
    counts: dict[int, int] = {}
    for match in _FY.finditer(text):
        year = int(match.group(1))
        counts[year] = counts.get(year, 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else 0


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ":", "?", "!", "”", ")"))


def _trailing_page(section: _Open) -> list[Line]:
    """Lines from the last page start onward (not counting the section's first line)."""
    for k in range(len(section.lines) - 1, 0, -1):
        if section.lines[k].page_start:
            moved = section.lines[k:]
            del section.lines[k:]
            return moved
    return []


def parse_report(text: str) -> ParsedReport:
    lines = lines_of(text)
    warnings: list[str] = []
    headings = {norm(h.title): h for h in HEADINGS}
    tables_by_title = {masked(t.title): t for t in TABLES}
    year = report_year(text)
    opened: list[_Open] = []
    seen_titles: set[str] = set()
    preamble: list[Line] = []
    tables: list[tuple[Table, str]] = []  # (table, title of the section it sits in)
    footnotes: list[dict] = []
    expected = 1
    current: _Open | None = None
    i = 0

    def open_section(h: Heading, page: str) -> _Open:
        nonlocal current
        if current is not None and not current.lines and len(opened) > 1:
            # A page title printed after its text (the extraction emits it last).
            current.lines = _trailing_page(opened[-2])
        sec = _Open(h, page)
        opened.append(sec)
        seen_titles.add(h.title)
        current = sec
        return sec

    while i < len(lines):
        line = lines[i]
        fn = FOOTNOTE_START.match(line.text)
        if fn and int(fn.group(1)) == expected:
            note, i = line.text[len(fn.group(1)) :].strip(), i + 1
            extra = 0
            while footnote_open(note) and i < len(lines) and extra < 4:
                nxt = lines[i].text
                if FOOTNOTE_START.match(nxt) and int(FOOTNOTE_START.match(nxt).group(1)) == expected + 1:
                    break
                last = note.split(" ")[-1]
                glue = "" if ("://" in last or "www." in last or "@" in last or last.endswith("-")) and not last.endswith(",") else " "
                note, i, extra = note + glue + nxt, i + 1, extra + 1
            entry = {"number": str(expected), "text": tidy(note), "urls": urls_in(note)}
            footnotes.append(entry)
            if current is not None:
                current.notes.append(entry)
            expected += 1
            continue
        table = _match(lines, i, tables_by_title, key=masked)
        if table:
            spec, n = table
            printed = _FY.search(" ".join(lines[j].text for j in range(i, i + n)))
            fy = int(printed.group(1)) if printed else None
            parsed, i = parse_table(spec, lines, i + n, warnings, fy=fy, report_year=year)
            tables.append((parsed, spec.section or (current.heading.title if current else "")))
            continue
        found = _match(lines, i, headings)
        if found:
            h, n = found
            prev = current.lines[-1].text if current and current.lines else ""
            nxt = lines[i + n].text if i + n < len(lines) else ""
            running = prev and not _ends_sentence(prev) and re.match(r"[a-z0-9]", nxt)
            if h.title in seen_titles or running:
                i += n  # a running header repeated on a continued page
                continue
            if h.level == SUB and h.parent and h.parent not in seen_titles and current is not None:
                moved = _trailing_page(current)
                parent = open_section(Heading(h.parent, PAGE), h.parent)
                parent.lines = moved
            page = h.title if h.level == PAGE else (h.parent or (current.page if current else ""))
            sec = open_section(h, page)
            if preamble:
                sec.lines, preamble = preamble, []
            i += n
            continue
        (current.lines if current else preamble).append(line)
        i += 1
    if current is not None and not current.lines and len(opened) > 1:
        current.lines = _trailing_page(opened[-2])

    tabled: dict[str, list[str]] = {}
    for table, where in tables:
        names = tabled.setdefault(where, [])
        if table.name not in names:
            names.append(table.name)
    sections = _build_sections(opened, footnotes, tabled, warnings)
    by_title = {s.title: s.slug for s in sections}
    for table, where in tables:
        slug = by_title.get(where, "")
        for cell in table.cells:
            cell.section = slug
    cells = [c for t, _ in tables for c in t.cells]
    check_sums(cells, warnings, parts=frozenset(spec.slug for spec in TABLES if not spec.sums))
    check_across(cells, warnings)
    fy = max((c.fiscal_year for c in cells), default=year)
    poc = next((s for s in sections if s.title == "CBP IPR Points of Contact"), None)
    return ParsedReport(
        title=f"Intellectual Property Rights Seizure Statistics, Fiscal Year {fy}",
        fiscal_year=fy,
        sections=sections,
        tables=[t for t, _ in tables],
        contacts=contact_mentions(poc.body) if poc else [],
        warnings=warnings,
    )


def _build_sections(
    opened: list[_Open], footnotes: list[dict], tabled: dict[str, list[str]], warnings: list[str]
) -> list[ParsedSection]:
    built: list[tuple[_Open, list[str]]] = []
    for sec in opened:
        paras = lead_in_first(paragraphs(sec.lines))
        if not paras and sec.heading.title in tabled:
            # A page that is only tables still gets a page to cite.
            paras = ["This part of the report has these tables: " + "; ".join(tabled[sec.heading.title]) + "."]
        if paras:
            built.append((sec, paras))
    # Footnote marks: each note goes to the section that cites it, searched in
    # reading order; a note nobody cites stays with the section printing it.
    placed: dict[int, list[dict]] = {}
    cursor = (0, 0)
    for note in footnotes:
        pattern = footnote_pattern(note["number"])
        hit = None
        for k in range(cursor[0], len(built)):
            paras = built[k][1]
            for p in range(cursor[1] if k == cursor[0] else 0, len(paras)):
                if pattern.search(paras[p]):
                    hit = (k, p)
                    break
            if hit:
                break
        if hit:
            k, p = hit
            built[k][1][p] = pattern.sub("", built[k][1][p], count=1)
            placed.setdefault(k, []).append(note)
            cursor = hit
        else:
            k = next((k for k, (s, _) in enumerate(built) if note in s.notes), None)
            if k is None:
                warnings.append(f"footnote {note['number']} is cited nowhere and printed in no section")
                continue
            placed.setdefault(k, []).append(note)
    out: list[ParsedSection] = []
    slugs: set[str] = set()
    for k, (sec, paras) in enumerate(built):
        slug = base = slugify(sec.heading.title)[:110]
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        body = "\n\n".join(paras)
        pages = [sec.page] if sec.page and sec.page != sec.heading.title else []
        notes = sorted(placed.get(k, []), key=lambda f: int(f["number"]))
        audience = sec.heading.audience or audience_of(sec.heading.title, body)
        out.append(ParsedSection(sec.heading.title, slug, body, (k + 1) * 10, pages, notes, audience))
    return out


PHONE = re.compile(r"\b1-8\d\d-[A-Z0-9]+(?:-[A-Z0-9]+)*\b")


def contact_mentions(body: str) -> list[ContactMention]:
    """Each "Name - what it is for ..." paragraph of the Points of Contact page."""
    out = []
    for para in body.split("\n\n"):
        name = re.split(r" [-–] ", para, maxsplit=1)[0].strip()
        if name == para:
            continue
        urls = [u for u in urls_in(para) if not u.startswith("mailto:")]
        out.append(ContactMention(name, para, EMAIL.findall(para), urls, PHONE.findall(para)))
    return out
