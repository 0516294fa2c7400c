"""Spanish content in the admin: FAQ and Contact edited English | Español side by side,
with history; glossary terms, synonyms and examples listed with their language."""
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from content.models import FAQ, Contact, GlossaryTerm

pytestmark = pytest.mark.django_db


class FormValues(HTMLParser):
    """What a browser would submit for the page's main form, as the page shows it."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._textarea = self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.data.setdefault(name, []).append(a.get("value", "on" if a.get("type") == "checkbox" else ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = [""]
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data


def form_of(html: str) -> dict:
    parser = FormValues()
    parser.feed(html)
    return {k: v if len(v) != 1 else v[0] for k, v in parser.data.items() if k != "csrfmiddlewaretoken"}


def pairs(html: str) -> list[str]:
    """The form rows that hold two fields side by side (class lists of their div.form-row)."""
    import re

    return re.findall(r'<div class="form-row (field-\w+ field-\w+_es)">', html)


def test_the_faq_form_puts_each_spanish_field_beside_its_english(client, staff, loaded):
    faq = FAQ.objects.exclude(question_es="").first()
    html = client.get(reverse("admin:content_faq_change", args=[faq.pk])).content.decode()
    assert "English | Español" in html and 'class="module aligned side-by-side"' in html
    assert pairs(html) == [
        "field-question field-question_es", "field-answer field-answer_es", "field-preview field-preview_es",
        "field-alternate_phrasings field-alternate_phrasings_es",
    ]
    assert "how the spanish answer reads" in html.lower() and "content/side-by-side.css" in html


def test_a_spanish_edit_is_kept_in_history_with_who_and_what(client, staff, loaded):
    faq = FAQ.objects.exclude(question_es="").first()
    url = reverse("admin:content_faq_change", args=[faq.pk])
    data = form_of(client.get(url).content.decode())
    data["answer_es"] = "Respuesta revisada por el personal."
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    faq.refresh_from_db()
    assert faq.answer_es == "Respuesta revisada por el personal." and faq.edited_by_staff
    latest = faq.history.first()
    assert latest.history_user == staff
    changed = latest.diff_against(latest.prev_record).changed_fields
    assert changed == ["answer_es"]
    history = client.get(reverse("admin:content_faq_history", args=[faq.pk])).content.decode()
    assert "boss" in history


def test_the_contact_form_is_side_by_side_too(client, staff, loaded):
    contact = Contact.objects.get(slug="e-allegations")
    url = reverse("admin:content_contact_change", args=[contact.pk])
    html = client.get(url).content.decode()
    assert pairs(html) == [
        "field-name field-name_es", "field-purpose field-purpose_es",
        "field-who_should_use field-who_should_use_es", "field-keywords field-keywords_es",
    ]
    data = form_of(html)
    data["purpose_es"] = "Para denunciar falsificaciones."
    assert client.post(url, data).status_code == 302
    contact.refresh_from_db()
    assert contact.purpose_es == "Para denunciar falsificaciones." and contact.url  # nothing else lost
    assert contact.history.first().history_user == staff


@pytest.mark.parametrize("model,field", [("faq", "question_es"), ("contact", "name_es")])
def test_staff_can_list_what_is_not_translated_yet(client, staff, loaded, model, field):
    target = FAQ if model == "faq" else Contact
    row = target.objects.filter(published=True).first()
    setattr(row, field, "")
    row.save()
    url = reverse(f"admin:content_{model}_changelist")
    missing = client.get(url, {"spanish": "missing"}).context["cl"].queryset
    present = client.get(url, {"spanish": "present"}).context["cl"].queryset
    assert row in missing and row not in present
    assert missing.count() + present.count() == target.objects.count()


def test_glossary_terms_are_listed_with_both_languages_and_kept_in_history(client, staff, loaded):
    term = GlossaryTerm.objects.get(english="Watches/Jewelry")
    page = client.get(reverse("admin:content_glossaryterm_changelist"), {"q": "Relojes"}).content.decode()
    assert "Watches/Jewelry" in page and "Relojes/Joyería" in page
    url = reverse("admin:content_glossaryterm_change", args=[term.pk])
    assert client.post(url, {"english": term.english, "spanish": "Relojes y joyería"}).status_code == 302
    latest = GlossaryTerm.objects.get(pk=term.pk).history.first()
    assert latest.spanish == "Relojes y joyería" and latest.history_user == staff
    assert latest.prev_record.spanish == "Relojes/Joyería"


@pytest.mark.parametrize("model", ["synonym", "example"])
def test_synonyms_and_examples_are_listed_with_their_language(client, staff, loaded, model):
    response = client.get(reverse(f"admin:content_{model}_changelist"), {"language": "es"})
    assert response.status_code == 200
    rows = response.context["cl"].queryset
    assert rows.exists() and set(rows.values_list("language", flat=True)) == {"es"}
    assert "column-language" in response.content.decode()
