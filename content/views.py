from django.shortcuts import get_object_or_404, render

from content.models import FAQ, Section


def section(request, slug):
    section = get_object_or_404(Section.objects.select_related("report"), slug=slug, published=True)
    return render(request, "content/section.html", {"section": section})


def faq(request, pk):
    faq = get_object_or_404(FAQ.objects.prefetch_related("contacts"), pk=pk, published=True)
    return render(request, "content/faq.html", {"faq": faq})
