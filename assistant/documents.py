"""Turn published content into the Docs the retriever indexes.

collect() gives one Doc per FAQ phrasing, per passage of a report section, per
statistics row and per contact; synonyms() the active Synonym rows. Each Doc's
`meta` carries what the answering layer needs to answer from it without another
database query (the index artifact is self-contained).
"""
import functools
import re
from collections import defaultdict

from assistant.answering.grammar import GRAMMAR, READS_AS
from assistant.answering.phrases import Phrasebook
from assistant.answering.words import words as surface_words
from assistant.retrieval import Doc
from content.models import FAQ, Contact, Example, GlossaryTerm, Report, Section, Statistic, Synonym

# Sentences per passage and the step between passages: overlapping windows so
# a fact split across a window edge is still found whole in the next one.
PASSAGE_SENTENCES = 3
PASSAGE_STEP = 2

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"(])")
# "U.S." and "No." end with a dot but do not end a sentence.
_NOT_END = re.compile(r"(?:\b[A-Z]\.|\b(?:U\.S|No|Inc|Co|St|Dr|Mr|Ms|vs|e\.g|i\.e|approx|Est|C\.F\.R|P\.L|Sept?|Oct|Nov|Dec|Jan|Feb|Aug)\.)$")

MEASURE_WORDS = {
    "seizure_lines": "seizure lines",
    "seizures": "seizures",
    "msrp": "MSRP",
    "percentage": "of the total",
    "quantity": "items seized",
    "count": "",
}


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations like "U.S." inside."""
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()]
        if _NOT_END.search(piece):
            continue
        out.append(piece.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", body or "") if p.strip()]


def section_passages(section: Section) -> list[list[str]]:
    """Windows of a few sentences; a window never spans two paragraphs."""
    out: list[list[str]] = []
    for para in paragraphs(section.body):
        sents = sentences(para)
        if len(sents) <= PASSAGE_SENTENCES:
            out.append(sents)
            continue
        for i in range(0, len(sents) - PASSAGE_SENTENCES + PASSAGE_STEP, PASSAGE_STEP):
            window = sents[i : i + PASSAGE_SENTENCES]
            if window:
                out.append(window)
            if i + PASSAGE_SENTENCES >= len(sents):
                break
    return [w for w in out if w]


def contact_meta(contact: Contact) -> dict:
    return {
        "slug": contact.slug,
        "name": contact.name,
        "kind": contact.kind,
        "href": contact.href(),
        "url": contact.url,
        "email": contact.email,
        "phone": contact.phone,
        "hours": contact.hours,
        "purpose": contact.purpose,
        "order": contact.order,
        "examples": contact.examples(),
        "es": {"name": contact.name_es, "purpose": contact.purpose_es},
    }


def _faq_docs() -> list[Doc]:
    docs = []
    faqs = FAQ.objects.filter(published=True).prefetch_related("contacts", "sources").select_related("section__report")
    for faq in faqs:
        url = faq.get_absolute_url()
        meta = {
            "faq": faq.pk,
            "question": faq.question,
            "answer": faq.answer,
            "contacts": [contact_meta(c) for c in faq.contacts.all() if c.published],
            "section": faq.section.slug if faq.section_id else "",
            # Where the answer comes from, to cite: [{"title", "url"}] (a report section's url is a site path).
            "sources": faq.source_list(),
            "reviewed": faq.reviewed.isoformat() if faq.reviewed else "",
            # The reviewed Spanish version, when there is one (the answer is then given in Spanish).
            "es": {"question": faq.question_es, "answer": faq.answer_es} if faq.question_es and faq.answer_es else {},
        }
        for i, phrasing in enumerate(faq.phrasings()):
            docs.append(Doc(id=f"faq:{faq.pk}:{i}", kind="faq", title=faq.question, text=read_as(phrasing, "en"), url=url, meta=meta))
        for i, phrasing in enumerate(faq.phrasings_es()):
            docs.append(Doc(id=f"faq:{faq.pk}:es:{i}", kind="faq", title=faq.question, text=read_as(phrasing, "es"), url=url, meta=meta))
        # The answer too: a question about a fact the answer states ("420,000 parcels
        # a day") matches it even when no phrasing does.
        text = f"{faq.question} {faq.answer}"
        docs.append(Doc(id=f"faq:{faq.pk}:a", kind="faq", title=faq.question, text=text, url=url, meta=meta))
        if meta["es"]:
            text = f"{faq.question_es} {faq.answer_es}"
            docs.append(Doc(id=f"faq:{faq.pk}:a:es", kind="faq", title=faq.question, text=text, url=url, meta=meta))
    return docs


@functools.cache
def _identify_book(language: str) -> Phrasebook:
    return Phrasebook({"ask.identify": GRAMMAR[language].get("ask.identify", [])})


def read_as(phrasing: str, language: str) -> str:
    """A phrasing asking how to tell a fake ("¿cómo sé si un sitio vende imitaciones?") with the word a
    question put that way is read as ("spot": answering.question does the same to the visitor's
    question), so the two meet on what is asked and not only on the things named ("un sitio", "una
    tienda en línea" are in reporting questions too)."""
    word = READS_AS.get(language, {}).get("ask.identify")
    if not word or not _identify_book(language).find(surface_words(phrasing)):
        return phrasing
    return f"{phrasing} {word}"


def _section_docs() -> list[Doc]:
    docs = []
    for section in Section.objects.filter(published=True).select_related("report"):
        url = section.get_absolute_url()
        for i, window in enumerate(section_passages(section)):
            text = section.title + ". " + " ".join(window)
            meta = {
                "section": section.slug, "sentences": window, "audience": section.audience,
                "report_year": section.report.fiscal_year,
            }
            # The same section is in every year's report: the year keeps ids apart.
            doc_id = f"section:{section.report.fiscal_year}/{section.slug}#{i}"
            docs.append(Doc(id=doc_id, kind="section", title=section.title, text=text, url=url, meta=meta))
    return docs


def stat_sentence(label: str, year: int, cells: list[Statistic]) -> str:
    """'Handbags/Wallets: 28,331 seizure lines in FY 2021 (28% of total)'."""
    parts = []
    for cell in cells:
        if cell.measure == "percentage":
            continue
        word = MEASURE_WORDS.get(cell.measure, "")
        parts.append(f"{cell.printed} {word}".strip())
    pct = [c.printed for c in cells if c.measure == "percentage"]
    text = f"{label}: " + ", ".join(parts or pct) + f" in FY {year}"
    if parts and pct:
        text += f" ({pct[0]} of total)"
    return text


def _stat_docs() -> list[Doc]:
    groups: dict[tuple, list[Statistic]] = defaultdict(list)
    rows = (
        Statistic.objects.filter(published=True)
        .select_related("section__report", "report")
        .order_by("table_slug", "fiscal_year", "-report__fiscal_year", "order")
    )
    for row in rows:
        # Two reports may print the same year's row: one doc each, never merged.
        groups[(row.table_slug, row.fiscal_year, row.label, row.report_id)].append(row)
    docs = []
    for (slug, year, label, _report), cells in groups.items():
        first = cells[0]
        url = first.section.get_absolute_url() if first.section_id else ""
        text = f"{first.table}. " + stat_sentence(label, year, cells)
        meta = {
            "table": first.table, "table_slug": slug, "year": year, "label": label, "ids": [c.pk for c in cells],
            "report_year": first.report.fiscal_year,
        }
        docs.append(Doc(id=f"stat:{first.pk}", kind="statistic", title=first.table, text=text, url=url, meta=meta))
    return docs


def _contact_docs() -> list[Doc]:
    """A channel as a few short documents, as an FAQ is (one per phrasing): what it is in each
    language, and each example question staff gave it. One long document of everything would
    match any question a little and none well."""
    docs = []
    for contact in Contact.objects.filter(published=True):
        meta = contact_meta(contact)
        texts = [
            " ".join(filter(None, [contact.name, contact.purpose, contact.who_should_use, contact.keywords])),
            " ".join(filter(None, [contact.name_es, contact.purpose_es, contact.who_should_use_es, contact.keywords_es])),
            *contact.examples(),
        ]
        for i, text in enumerate(t for t in texts if t.strip()):
            doc_id = f"contact:{contact.slug}" if i == 0 else f"contact:{contact.slug}:{i}"
            docs.append(Doc(id=doc_id, kind="contact", title=contact.name, text=text, url=contact.href(), meta=meta))
    return docs


def collect() -> list[Doc]:
    """Every published piece of content, as Docs for the index."""
    return _faq_docs() + _section_docs() + _stat_docs() + _contact_docs()


def synonyms() -> dict[str, list[str]]:
    """Active synonyms: what people type -> words the content uses."""
    return {s.term.lower(): s.expansion_list() for s in Synonym.objects.filter(active=True)}


def stat_rows() -> list[dict]:
    """Every published statistic as the answering catalog reads it, with the report that printed it."""
    rows = Statistic.objects.filter(published=True).select_related("section__report", "report").order_by("table_slug", "fiscal_year", "order", "pk")
    return [
        {
            "id": row.pk, "table_slug": row.table_slug, "table": row.table, "year": row.fiscal_year, "category": row.category,
            "label": row.label, "measure": row.measure, "value": float(row.value), "printed": row.printed,
            "is_total": row.is_total, "order": row.order, "note": row.note, "report_year": row.report.fiscal_year,
            "url": row.section.get_absolute_url() if row.section_id else "", "section_title": row.section.title if row.section_id else "",
        }
        for row in rows
    ]


def report_years() -> list[int]:
    return sorted(set(Report.objects.values_list("fiscal_year", flat=True)))


def examples() -> list[dict]:
    """Active example questions (content.Example): figure questions, out-of-scope ones, and questions
    asking a published FAQ (with its primary key, the FAQ model's class)."""
    out = []
    for e in Example.objects.filter(active=True).select_related("faq").order_by("pk"):
        if e.kind == Example.Kind.FAQ:
            if e.faq is not None and e.faq.published:
                out.append({"text": e.text, "kind": e.kind, "language": e.language, "faq": e.faq_id})
        else:
            out.append({"text": e.text, "kind": e.kind, "language": e.language})
    return out


def sources():
    """Everything an index is built from."""
    from assistant.answering.knowledge import Sources

    return Sources(docs=collect(), synonyms=synonyms(), statistics=stat_rows(), report_years=report_years(), examples=examples(),
                   glossary=glossary())


def glossary() -> dict[str, dict[str, str]]:
    """Names as the report prints them, and how answers say them in other languages."""
    return {"es": dict(GlossaryTerm.objects.values_list("english", "spanish"))}
