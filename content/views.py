"""Public pages the assistant cites: each year's report and its sections, the FAQs.

Every page exists in English (/...) and Spanish (/es/...). The report is published
in English: on a Spanish page its names (tables, rows, section titles) come from
the glossary and its passages stay in English, marked lang="en" and said so.
"""
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from content import selectors


@require_GET
def reports(request: HttpRequest) -> HttpResponse:
    """The newest report's sections, and the other years' reports."""
    newest = selectors.newest_report()
    return render(
        request,
        "content/section_list.html",
        {
            "report": newest,
            "sections": selectors.sections(newest) if newest else [],
            "reports": list(selectors.reports()),
            "names": selectors.glossary(get_language()),
        },
    )


@require_GET
def report(request: HttpRequest, fiscal_year: int) -> HttpResponse:
    found = selectors.report(fiscal_year)
    return render(
        request,
        "content/section_list.html",
        {
            "report": found,
            "sections": selectors.sections(found),
            "reports": list(selectors.reports()),
            "names": selectors.glossary(get_language()),
        },
    )


@require_GET
def section(request: HttpRequest, fiscal_year: int, slug: str) -> HttpResponse:
    section = selectors.published_section(fiscal_year, slug)
    before, after = selectors.neighbours(section)
    names = selectors.glossary(get_language())
    return render(
        request,
        "content/section.html",
        {
            "section": section,
            "tables": selectors.section_tables(section, names),
            "faqs": section.faqs.all(),
            "other_years": selectors.other_years(section),
            "before": before,
            "after": after,
            "names": names,
        },
    )


@require_GET
def newest_section(request: HttpRequest, slug: str) -> HttpResponse:
    # Temporary (302): which report is newest changes when next year's is loaded.
    return HttpResponseRedirect(selectors.newest_section(slug).get_absolute_url())


@require_GET
def faqs(request: HttpRequest) -> HttpResponse:
    return render(request, "content/faq_list.html", {"groups": selectors.faqs_by_audience()})


@require_GET
def faq(request: HttpRequest, pk: int) -> HttpResponse:
    faq = selectors.published_faq(pk)
    section = faq.section if faq.section and faq.section.published else None
    return render(
        request,
        "content/faq.html",
        {
            "faq": faq,
            "contacts": faq.contacts.all(),
            "sources": faq.sources.all(),
            "section": section,
            "names": selectors.glossary(get_language()),
        },
    )
