"""The assistant learns from content, not code: an FAQ or an out-of-scope example added in
the admin changes answers after the next index build."""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from assistant import index_store
from assistant.answering import engine
from content.models import FAQ, Example, FAQSuggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, loaded, settings):
    settings.INDEX_POLL_SECONDS = 0  # every answer looks for a newer index, as a web process does within seconds
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password-123")
    client.force_login(user)
    index_store.reset()
    yield client
    index_store.reset()


def ask(question: str):
    return engine.answer(question, {}, index=index_store.current())


def test_an_faq_added_in_the_admin_answers_after_the_next_build(staff):
    question = "Can I bring my grandmother's antique kimono back through customs?"
    assert ask(question).kind == "fallback"
    response = staff.post(reverse("admin:content_faq_add"), {
        "key": "antique-kimono", "question": "Can I bring an antique kimono back through customs?",
        "answer": "Antique garments are not counterfeits; ask the IPR Help Desk about your case.",
        "alternate_phrasings": "grandmother's antique kimono through customs\nbring back an old kimono",
        "audience": "consumer", "order": 999, "published": "on", "reviewed": "2026-12-01",
        "sources-TOTAL_FORMS": "1", "sources-INITIAL_FORMS": "0", "sources-MIN_NUM_FORMS": "0", "sources-MAX_NUM_FORMS": "1000",
        "sources-0-title": "CBP Intellectual Property Rights page", "sources-0-url": "https://www.cbp.gov/trade/priority-issues/ipr",
        "sources-0-order": "0",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ask(question).kind == "fallback"  # served index unchanged until the next build
    index_store.build_and_publish()
    reply = ask(question)
    assert reply.kind == "faq" and "Antique garments" in reply.text, reply.debug
    assert reply.sources[0]["url"] == FAQ.objects.get(key="antique-kimono").get_absolute_url()


def test_an_out_of_scope_example_added_in_the_admin_is_refused_after_the_next_build(staff):
    # Every word is one the content uses ("report", "phone", "call", "scam"), yet it is the FTC's business.
    question = "How do I report a scam phone call?"
    assert ask(question).kind != "fallback", "the base case needs a question answered today"
    response = staff.post(reverse("admin:content_example_add"), {
        "text": "Where do I report robocalls and scam phone calls?", "kind": "out_of_scope", "language": "en",
        "note": "another agency (FTC)", "active": "on",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    # And from the unanswered queue: the question itself, marked out of scope.
    suggestion = FAQSuggestion.objects.create(question=question, examples=["report a scam call"], occurrences=3, source="feedback")
    response = staff.post(reverse("admin:content_faqsuggestion_changelist"),
                          {"action": "mark_out_of_scope", "_selected_action": [suggestion.pk]})
    assert response.status_code == 302
    assert Example.objects.filter(kind="out_of_scope", text=question).exists()
    assert ask(question).kind != "fallback"  # until the next build
    index_store.build_and_publish()
    assert ask(question).kind == "fallback"
    assert ask("How do I report a website selling counterfeit goods?").kind != "fallback"


def test_examples_asking_an_faq_added_in_the_admin_answer_after_the_next_build(staff):
    # A way of putting the one-item exemption no phrasing has: today the fallback.
    question = "my uncle asked me to carry a knockoff timepiece back for him"
    assert ask(question).kind == "fallback", "the base case needs a question refused today"
    faq = FAQ.objects.get(key="traveler-one-item-exemption")
    for text in ("my aunt asked me to carry a knockoff handbag back from my trip for her",
                 "can I carry a replica watch home for a friend who asked me to",
                 "a coworker wants me to bring him back a fake watch from my vacation"):
        response = staff.post(reverse("admin:content_example_add"), {
            "text": text, "kind": "faq", "faq": faq.pk, "language": "en", "note": "the exemption, for someone else", "active": "on",
        })
        assert response.status_code == 302, response.content.decode()[:2000]
    assert faq.training_examples.count() == 3
    assert ask(question).kind == "fallback"  # until the next build
    index_store.build_and_publish()
    reply = ask(question)
    assert reply.kind == "faq" and "148.55" in reply.text, reply.debug
    # They train the models only: the search's documents are the FAQ's own phrasings.
    assert not any(d.text.startswith("my aunt asked me") for d in index_store.current().retriever.docs)


def test_it_handles_an_example_asking_no_faq(staff):
    response = staff.post(reverse("admin:content_example_add"), {
        "text": "is it illegal to buy a fake bag", "kind": "faq", "language": "en", "active": "on",
    })
    assert response.status_code == 200 and "needs the FAQ it asks" in response.content.decode()
    assert not Example.objects.filter(text="is it illegal to buy a fake bag").exists()


def test_a_brand_name_added_in_the_admin_is_no_row_after_the_next_build(staff):
    # The tables count kinds of goods, never a brand's: once staff mark "lakers" a brand's name, the
    # apparel row is only the nearest figure, said as such.
    question = "how many fake lakers jerseys did cbp seize in 2021?"
    before = ask(question)
    assert before.kind == "statistic" and "30,681" in before.text, before.text
    response = staff.post(reverse("admin:content_synonym_add"), {
        "term": "lakers", "expansions": "brand name", "language": "en", "active": "on",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    index_store.build_and_publish()
    after = ask(question)
    assert after.kind == "fallback" and "does not count that separately" in after.text and "30,681" in after.text, after.text
