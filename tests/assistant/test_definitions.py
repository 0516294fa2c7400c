"""Definition questions: which FAQ explains a term (its question or a phrasing that opens by asking
what the term is), and the term being the name, not the kind of thing it names."""
import pytest


def test_a_phrasing_asking_what_a_term_is_makes_its_faq_explain_it(knowledge):
    # "what is IPR e-Recordation" is a phrasing of the FAQ on how to record: content, not code.
    assert "recordation" in knowledge.definitions["How do I record my trademark or copyright with CBP?"]


def test_it_handles_a_phrasing_that_asks_no_definition_first(knowledge):
    # "customs recordation expired what now" explains nothing, though "what" is in it.
    renewal = knowledge.definitions.get("How long does a CBP trademark recordation last, and how do I renew it?", frozenset())
    assert "expired" not in renewal


@pytest.mark.parametrize(
    "question,expected,never",
    [
        ("¿Qué es el sistema e-Allegations?", "e-Allegation", "407"),  # not the count of e-Allegations
        ("what's the IPR e-Recordation program", "iprr.cbp.gov", "IPRS"),
        ("¿Qué es el programa de e-Recordation de CBP?", "iprr.cbp.gov", "Solo puedo"),
    ],
)
def test_the_kind_of_thing_a_term_names_is_not_the_term(ask, question, expected, never):
    reply = ask(question)
    assert reply.kind == "faq" and expected in reply.text and never not in reply.text, reply.text


def test_of_two_faqs_explaining_a_term_the_one_explaining_more_of_the_question_wins(ask):
    reply = ask("What is a CBP Center of Excellence and Expertise?")
    assert "10 Centers of Excellence and Expertise" in reply.text, reply.text


def test_a_spanish_term_runs_on_over_de(ask, knowledge):
    # "una orden de exclusión que aplica CBP": the term is the whole noun phrase, not "orden", so the
    # FAQ defining exclusion orders answers, not the one on limited and general orders.
    from assistant.answering.question import understand

    assert understand("¿Qué es una orden de exclusión que aplica CBP y quién la emite?", {}, knowledge, "es").term == "orden de exclusion"
    reply = ask("¿Qué es una orden de exclusión que aplica la aduana y quién la emite?")
    assert "Comisión de Comercio Internacional" in reply.text, reply.text


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Sorry for the basic question, but every table in the report shows 'MSRP'. What does that acronym mean?",
         "manufacturer's suggested retail price"),
        ("Perdón la pregunta básica, pero en todas las tablas del informe aparece 'MSRP'. ¿Qué significan esas siglas?",
         "precio de venta sugerido"),
    ],
)
def test_a_definition_of_what_the_message_pointed_at_explains_the_term_it_named(ask, question, expected):
    # "that acronym", "esas siglas" point at the one abbreviation the sentence before named.
    reply = ask(question)
    assert reply.kind == "faq" and expected in reply.text, reply.text
