"""documents.collect(): what the index is built from."""
from assistant import documents
from content.models import FAQ, Section, Synonym


def test_it_collects_every_kind(db):
    docs = documents.collect()
    kinds = {d.kind for d in docs}
    assert kinds == {"faq", "section", "statistic", "contact"}
    assert len({d.id for d in docs}) == len(docs)


def test_it_makes_one_faq_doc_per_phrasing_plus_the_answer_in_each_language(db):
    faq = FAQ.objects.filter(published=True).exclude(question_es="").first()
    docs = [d for d in documents.collect() if d.kind == "faq" and d.meta["faq"] == faq.pk]
    assert len(docs) == len(faq.phrasings()) + 1 + len(faq.phrasings_es()) + 1
    assert all(d.url == f"/faq/{faq.pk}/" and d.meta["answer"] == faq.answer for d in docs)
    assert docs[0].meta["es"] == {"question": faq.question_es, "answer": faq.answer_es}
    assert {d.text for d in docs} >= set(faq.phrasings_es())


def test_it_answers_in_english_with_a_note_an_faq_not_translated_yet(db):
    faq = FAQ.objects.filter(published=True).first()
    FAQ.objects.filter(pk=faq.pk).update(question_es="", answer_es="")
    doc = next(d for d in documents.collect() if d.kind == "faq" and d.meta["faq"] == faq.pk)
    assert doc.meta["es"] == {} and not [d for d in documents.collect() if d.id.startswith(f"faq:{faq.pk}:es:")]


def test_it_leaves_out_unpublished_content(db):
    faq = FAQ.objects.filter(published=True).first()
    faq.published = False
    faq.save()
    assert not [d for d in documents.collect() if d.kind == "faq" and d.meta["faq"] == faq.pk]


def test_it_splits_sections_into_titled_passages(db):
    section = Section.objects.get(slug__icontains="donations")
    docs = [d for d in documents.collect() if d.kind == "section" and d.meta["section"] == section.slug]
    assert docs and all(d.text.startswith(section.title) for d in docs)
    assert all(1 <= len(d.meta["sentences"]) <= documents.PASSAGE_SENTENCES for d in docs)


def test_it_renders_statistics_as_sentences(db):
    texts = [d.text for d in documents.collect() if d.kind == "statistic"]
    assert any("Handbags/Wallets: 28,331 seizure lines in FY 2021 (28% of total)" in t for t in texts)


def test_it_keeps_us_and_abbreviations_inside_sentences():
    text = "CBP works with the U.S. Chamber of Commerce. It signed an MOU. See 19 U.S.C. § 1526(f) for more."
    assert documents.sentences(text) == [
        "CBP works with the U.S. Chamber of Commerce.",
        "It signed an MOU.",
        "See 19 U.S.C. § 1526(f) for more.",
    ]


def test_it_lists_active_synonyms_only(db):
    Synonym.objects.create(term="zzgadget", expansions="consumer electronics", active=False)
    Synonym.objects.create(term="zzwidget", expansions="Toys, games", active=True)
    syn = documents.synonyms()
    assert syn["zzwidget"] == ["toys", "games"] and "zzgadget" not in syn


def test_a_phrasing_asking_how_to_tell_a_fake_is_read_as_spotting_one():
    from assistant.documents import read_as

    assert read_as("cómo sé si un sitio vende imitaciones", "es").endswith(" spot")
    assert read_as("how can I tell if a website sells fakes", "en").endswith(" spot")
    assert read_as("donde reporto una tienda en linea que vende productos clon", "es") == (
        "donde reporto una tienda en linea que vende productos clon")
