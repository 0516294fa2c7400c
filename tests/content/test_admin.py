"""The content admin: staff only, searchable, history with who/when/what, safe FAQ preview."""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from content.models import FAQ, FAQSuggestion, Section, Statistic

pytestmark = pytest.mark.django_db


# --- who can reach it --------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_login(client, loaded):
    response = client.get(reverse("admin:content_section_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_signed_in_non_staff_are_refused(client, loaded):
    user = get_user_model().objects.create_user("visitor", password="a-long-password-123")
    client.force_login(user)
    response = client.get(reverse("admin:content_faq_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]
    assert client.get(reverse("admin:content_faq_change", args=[FAQ.objects.first().pk])).status_code == 302


# --- lists, search, filters ------------------------------------------------------------------


@pytest.mark.parametrize(
    "model", ["report", "section", "statistic", "contact", "faq", "synonym", "faqsuggestion"]
)
def test_staff_see_every_content_list(client, staff, loaded, model):
    assert client.get(reverse(f"admin:content_{model}_changelist")).status_code == 200


def test_staff_search_and_filter_statistics(client, staff, loaded):
    url = reverse("admin:content_statistic_changelist")
    response = client.get(url, {"q": "Handbags", "fiscal_year": 2021, "measure": "msrp"})
    assert response.status_code == 200
    assert "$972,495,390" in response.content.decode()
    assert "$282,702,448" not in response.content.decode()  # FY 2020 filtered out


def test_contact_list_shows_link_status_and_staff_edited(client, staff, loaded):
    page = client.get(reverse("admin:content_contact_changelist")).content.decode()
    for column in ("link ok", "link status", "link checked at", "staff edited"):
        assert column in page.lower()


# --- history ----------------------------------------------------------------------------------


def test_an_admin_edit_is_kept_in_history_with_who_and_what(client, staff, loaded):
    section = Section.objects.get(slug="public-awareness-campaign")
    url = reverse("admin:content_section_change", args=[section.pk])
    form = {
        "report": section.report_id, "title": section.title, "slug": section.slug, "body": "Staff text.",
        "order": section.order, "page_headings": "[]", "footnotes": "[]", "audience": "consumer", "published": "on",
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    section.refresh_from_db()
    assert section.edited_by_staff
    latest = section.history.first()
    assert latest.history_user == staff and latest.body == "Staff text."
    assert latest.history_date is not None
    assert latest.prev_record.body != "Staff text."
    assert client.get(reverse("admin:content_section_history", args=[section.pk])).status_code == 200


# --- FAQ preview ---------------------------------------------------------------------------


def test_faq_preview_renders_bold_and_links(client, staff, loaded):
    faq = FAQ.objects.first()
    faq.answer = "Use **e-Allegations**: [report it](https://eallegations.cbp.gov/s/)."
    faq.save()
    page = client.get(reverse("admin:content_faq_change", args=[faq.pk])).content.decode()
    assert "<strong>e-Allegations</strong>" in page
    assert '<a href="https://eallegations.cbp.gov/s/"' in page


def test_faq_preview_sanitises(client, staff, loaded):
    faq = FAQ.objects.first()
    faq.answer = 'Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))'
    faq.save()
    page = client.get(reverse("admin:content_faq_change", args=[faq.pk])).content.decode()
    start = page.lower().index("how the answer reads")
    preview = page[start : page.index("</div>", start)]
    assert "&lt;script&gt;" in preview  # shown as text, never run
    assert "<script>alert(1)" not in preview
    assert "<img" not in preview
    assert 'href="javascript:' not in preview


# --- suggestions -------------------------------------------------------------------------------


def test_create_faq_from_a_suggestion(client, staff, loaded):
    suggestion = FAQSuggestion.objects.create(
        question="can i bring a fake bag home from vacation", examples=["fake bag from holiday"], occurrences=3, source="fallback"
    )
    url = reverse("admin:content_faqsuggestion_changelist")
    response = client.post(url, {"action": "create_faq", "_selected_action": [suggestion.pk]})
    suggestion.refresh_from_db()
    assert suggestion.status == FAQSuggestion.Status.DONE
    faq = suggestion.faq
    assert response["Location"] == reverse("admin:content_faq_change", args=[faq.pk])
    assert not faq.published and faq.question == suggestion.question
    assert faq.alternate_phrasings == "fake bag from holiday"
    # Twice: the same FAQ, no duplicate.
    client.post(url, {"action": "create_faq", "_selected_action": [suggestion.pk]})
    assert FAQ.objects.filter(question=suggestion.question).count() == 1


def test_statistic_edit_form_opens(client, staff, loaded):
    cell = Statistic.objects.first()
    assert client.get(reverse("admin:content_statistic_change", args=[cell.pk])).status_code == 200
