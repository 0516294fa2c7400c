"""Public pages the assistant cites: report sections and FAQs, and their indexes."""
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal import selectors


@require_GET
def sections(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "content/section_list.html",
        {"report": selectors.current_report(), "sections": selectors.sections()},
    )


@require_GET
def section(request: HttpRequest, slug: str) -> HttpResponse:
    section = selectors.published_section(slug)
    before, after = selectors.neighbours(section)
    return render(
        request,
        "content/section.html",
        {
            "section": section,
            "tables": selectors.section_tables(section),
            "faqs": section.faqs.all(),
            "before": before,
            "after": after,
        },
    )


@require_GET
def faqs(request: HttpRequest) -> HttpResponse:
    return render(request, "content/faq_list.html", {"groups": selectors.faqs_by_audience()})


@require_GET
def faq(request: HttpRequest, pk: int) -> HttpResponse:
    faq = selectors.published_faq(pk)
    section = faq.section if faq.section and faq.section.published else None
    return render(request, "content/faq.html", {"faq": faq, "contacts": faq.contacts.all(), "section": section})
