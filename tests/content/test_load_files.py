"""Loading FAQs, contacts and synonyms: validation with clear errors, idempotent, staff edits kept."""
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from content import selectors
from content.loaders import load_contacts, load_examples, load_faqs, load_synonyms
from content.models import FAQ, Contact, Example, Synonym
from content.services import DATA_DIR, ContentError

pytestmark = pytest.mark.django_db

CONTACT = {
    "slug": "test-line", "name": "Test line", "kind": "phone", "url": "", "email": "",
    "phone": "1-800-BE-ALERT", "hours": "", "purpose": "Testing.", "who_should_use": "Anyone",
    "keywords": "tip, report", "order": 1,
}
FAQ_ITEM = {
    "key": "how-to-report", "question": "How do I report a fake?", "answer": "Use **e-Allegations**.",
    "alternate_phrasings": ["report a knockoff", "tip about fakes"], "audience": "consumer",
    "contacts": ["e-allegations"], "section": "e-Allegations", "order": 5,
    "sources": [{"title": "e-Allegations", "url": "https://eallegations.cbp.gov/s/"}], "reviewed": "2026-11-30",
}


def write(tmp_path, name, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


# --- contacts ------------------------------------------------------------------


def test_it_loads_contacts_and_unpublishes_missing_ones(loaded, tmp_path):
    counts, _ = load_contacts(write(tmp_path, "contacts.json", [CONTACT]))
    assert counts.created == 1
    assert counts.unpublished == Contact.objects.exclude(slug="test-line").count()
    assert Contact.objects.get(slug="test-line").href() == "tel:+18002325378"
    assert Contact.objects.filter(published=False).exists()  # kept, not deleted


@pytest.mark.parametrize(
    "change,message",
    [
        ({"kind": "fax"}, "entry 1 ('test-line'): unknown kind 'fax'"),
        ({"name": ""}, "missing 'name'"),
        ({"url": "www.cbp.gov"}, "must start with http"),
        ({"email": "not-an-address"}, "is not an e-mail address"),
        ({"phone": "", "url": "", "email": ""}, "needs a url, an email or a phone"),
        ({"slug": "Bad Slug"}, "lowercase words"),
        ({"colour": "red"}, "unknown key"),
    ],
)
def test_it_refuses_bad_contacts_naming_the_entry(loaded, tmp_path, change, message):
    before = list(Contact.objects.values_list("slug", "name", "published"))
    with pytest.raises(ContentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_contacts(write(tmp_path, "contacts.json", [{**CONTACT, **change}]))
    assert list(Contact.objects.values_list("slug", "name", "published")) == before


def test_it_refuses_invalid_json_with_where(loaded, tmp_path):
    with pytest.raises(ContentError, match="not valid JSON.*line 1"):
        load_contacts(write(tmp_path, "contacts.json", "[{"))
    with pytest.raises(ContentError, match="must be a JSON list"):
        load_contacts(write(tmp_path, "contacts.json", {"slug": "x"}))


def test_shipped_contacts_cover_every_channel_in_points_of_contact(loaded):
    mentions = selectors.points_of_contact()
    assert len(mentions) == 5
    assert selectors.uncovered_channels(mentions, list(selectors.contacts())) == []


def test_uncovered_channels_names_what_is_missing(loaded):
    mentions = selectors.points_of_contact()
    missing = selectors.uncovered_channels(mentions, list(Contact.objects.exclude(slug="ipr-center-phone")))
    assert missing == ["National Intellectual Property Rights Coordination Center: 1-866-IPR-2060"]


# --- FAQs ------------------------------------------------------------------------


def test_it_loads_faqs_with_contacts_and_section(loaded, tmp_path):
    counts, warnings = load_faqs(write(tmp_path, "faqs.json", [FAQ_ITEM]))
    faq = FAQ.objects.get(key="how-to-report")
    assert counts.created == 1 and warnings == []
    assert faq.section.slug == "intellectual-property-rights-e-allegations"
    assert [c.slug for c in faq.contacts.all()] == ["e-allegations"]
    assert faq.phrasings() == ["How do I report a fake?", "report a knockoff", "tip about fakes"]
    again, _ = load_faqs(write(tmp_path, "faqs.json", [FAQ_ITEM]))
    assert again.unchanged == 1 and not again.changed


def test_it_warns_when_no_section_matches(loaded, tmp_path):
    counts, warnings = load_faqs(write(tmp_path, "faqs.json", [{**FAQ_ITEM, "section": "Moon landings"}]))
    assert counts.created == 1
    assert warnings == ["entry 1 ('how-to-report'): no section matches 'Moon landings'"]
    assert FAQ.objects.get(key="how-to-report").section is None


@pytest.mark.parametrize(
    "change,message",
    [
        ({"contacts": ["no-such-channel"]}, "unknown contact slug 'no-such-channel'"),
        ({"audience": "kids"}, "unknown audience 'kids'"),
        ({"answer": ""}, "missing 'answer'"),
        ({"alternate_phrasings": "one string"}, "alternate_phrasings must be a list"),
        ({"order": "first"}, "order must be a whole number"),
    ],
)
def test_it_refuses_bad_faqs_naming_the_entry(loaded, tmp_path, change, message):
    before = FAQ.history.count()
    with pytest.raises(ContentError, match=f"entry 1 \\('how-to-report'\\): {message}"):
        load_faqs(write(tmp_path, "faqs.json", [{**FAQ_ITEM, **change}]))
    assert FAQ.history.count() == before


def test_it_refuses_duplicate_faq_keys(loaded, tmp_path):
    with pytest.raises(ContentError, match="used twice"):
        load_faqs(write(tmp_path, "faqs.json", [FAQ_ITEM, FAQ_ITEM]))


def test_it_keeps_a_faq_staff_edited(loaded, tmp_path):
    load_faqs(write(tmp_path, "faqs.json", [FAQ_ITEM]))
    faq = FAQ.objects.get(key="how-to-report")
    faq.answer = "Staff wording."
    faq.save()
    counts, _ = load_faqs(write(tmp_path, "faqs.json", [{**FAQ_ITEM, "answer": "New file wording."}]))
    faq.refresh_from_db()
    assert faq.answer == "Staff wording." and counts.kept == 1


def test_it_updates_a_faq_nobody_edited(loaded, tmp_path):
    load_faqs(write(tmp_path, "faqs.json", [FAQ_ITEM]))
    counts, _ = load_faqs(write(tmp_path, "faqs.json", [{**FAQ_ITEM, "answer": "New file wording."}]))
    assert FAQ.objects.get(key="how-to-report").answer == "New file wording." and counts.updated == 1


# --- synonyms ------------------------------------------------------------------------


def test_it_loads_synonyms_and_deactivates_missing_ones(loaded, tmp_path):
    counts, _ = load_synonyms(write(tmp_path, "synonyms.json", [{"term": "Clodhoppers", "expansions": ["Footwear", "shoes"]}]))
    assert counts.created == 1
    assert Synonym.objects.get(term="clodhoppers").expansion_list() == ["footwear", "shoes"]
    assert Synonym.objects.filter(active=True, language="en").count() == 1
    assert Synonym.objects.filter(active=False).count() == counts.unpublished > 0
    # Spanish terms come from their own file and are left alone by the English one.
    assert Synonym.objects.filter(active=True, language="es").count() > 200


def test_it_keeps_a_synonym_staff_changed(loaded, tmp_path):
    user = get_user_model().objects.create_user("syn-editor", is_staff=True)
    row = Synonym.objects.first()
    row.expansions = "staff, words"
    row._history_user = user
    row.save()
    load_synonyms(DATA_DIR / "synonyms.json")
    row.refresh_from_db()
    assert row.expansions == "staff, words"


def test_it_refuses_bad_synonyms(loaded, tmp_path):
    with pytest.raises(ContentError, match="entry 1 \\('shoes'\\): expansions must be a non-empty list"):
        load_synonyms(write(tmp_path, "synonyms.json", [{"term": "shoes", "expansions": []}]))


# --- examples ----------------------------------------------------------------------------


def test_it_loads_an_example_asking_an_faq_with_its_faq(loaded, tmp_path):
    faq = FAQ.objects.get(key="is-buying-fakes-illegal")
    load_examples(write(tmp_path, "examples.json", [
        {"text": "is it against the law to buy a knockoff bag", "kind": "faq", "faq": faq.key},
        {"text": "what's the weather in Miami", "kind": "out_of_scope", "note": "weather"},
    ]))
    example = Example.objects.get(text="is it against the law to buy a knockoff bag")
    assert example.kind == "faq" and example.faq == faq and example in faq.training_examples.all()


@pytest.mark.parametrize(
    "item, message",
    [
        ({"text": "can i buy fakes", "kind": "faq"}, "entry 1: an example of kind faq needs 'faq'"),
        ({"text": "can i buy fakes", "kind": "faq", "faq": "no-such-faq"}, "entry 1: no FAQ has the key 'no-such-faq'"),
        ({"text": "weather in Miami", "kind": "out_of_scope", "faq": "is-buying-fakes-illegal"}, "entry 1: only an example of kind faq names an FAQ"),
    ],
)
def test_it_handles_an_example_naming_a_missing_or_needless_faq(loaded, tmp_path, item, message):
    before = Example.objects.count()
    with pytest.raises(ContentError, match=message):
        load_examples(write(tmp_path, "examples.json", [item]))
    assert Example.objects.count() == before  # refused whole: nothing half-loaded


# --- everything --------------------------------------------------------------------------


def test_load_content_is_idempotent(loaded, capsys):
    history = (FAQ.history.count(), Contact.history.count(), Synonym.history.count())
    call_command("load_content")
    out = capsys.readouterr().out
    assert "faqs: 0 created, 0 updated, 0 kept (staff-edited), 0 unpublished" in out
    assert (FAQ.history.count(), Contact.history.count(), Synonym.history.count()) == history


def test_load_content_skips_files_that_are_not_there(loaded, tmp_path, capsys):
    (tmp_path / "cbp-ipr-seizure-statistics-fy2021.txt").write_bytes((DATA_DIR / "cbp-ipr-seizure-statistics-fy2021.txt").read_bytes())
    call_command("load_content", data_dir=str(tmp_path))
    assert "faqs: faqs.json not found, skipped" in capsys.readouterr().out
