"""The FAQ model (assistant/answering/intents.py): trained on the phrasings at index build, it finds the
FAQ a question told as a story asks, where every phrasing's similarity is diluted by the story."""
import numpy as np
import pytest

from assistant.answering import intents


def test_it_learns_which_words_tell_faqs_apart():
    # Columns: 0 fee, 1 record, 2 trademark, 3 seized, 4 parcel, 5 weather
    rows = [
        (np.array([0, 1]), np.array([0.7, 0.7])),
        (np.array([0, 2]), np.array([0.7, 0.7])),
        (np.array([3, 4]), np.array([0.7, 0.7])),
        (np.array([3, 2]), np.array([0.7, 0.7])),
        (np.array([5]), np.array([1.0])),
    ]
    model = intents.train(rows, [1, 1, 2, 2, intents.OUT_OF_SCOPE], columns=6, regularization=10.0)
    top, p = model.top(np.array([0, 2]), np.array([0.7, 0.7]))[0]
    assert top == 1 and p > 0.4
    assert model.top(np.array([5]), np.array([1.0]))[0][0] == intents.OUT_OF_SCOPE
    assert abs(sum(model.probabilities(np.array([4]), np.array([1.0]))) - 1.0) < 1e-6


def test_it_handles_missing_classes():
    rows = [(np.array([0]), np.array([1.0]))]
    assert intents.train(rows, [1], columns=1, regularization=1.0) is None


def test_it_handles_a_word_no_example_had():
    rows = [(np.array([0]), np.array([1.0])), (np.array([1]), np.array([1.0]))]
    model = intents.train(rows, [1, 2], columns=3, regularization=1.0)
    p = model.probabilities(np.array([2]), np.array([1.0]))
    assert np.allclose(p, p.mean(), atol=0.2)  # the unseen word moves nothing much


def test_the_index_trains_it_on_every_faq(knowledge):
    model = knowledge.intent_model
    faqs = {d.meta["faq"] for d in knowledge.retriever.docs if d.kind == "faq"}
    assert faqs <= set(model.classes)
    assert {intents.FIGURE, intents.OUT_OF_SCOPE} <= set(model.classes)


def test_it_answers_a_story_the_search_alone_left_to_the_fallback(ask):
    reply = ask("What kind of fine can a company face for importing counterfeit merchandise?")
    assert reply.kind == "faq" and "twice" in reply.text
    assert any("FAQ model" in reason for c in reply.debug["candidates"] for reason in c["reasons"])


def test_it_still_refuses_another_agencys_service(ask):
    assert ask("I want to import Italian cheese to sell in my deli. What FDA registration and prior notice do I need?").kind == "fallback"


def test_given_in_scope_not_ours_takes_no_probability():
    rows = [(np.array([0]), np.array([1.0])), (np.array([1]), np.array([1.0])), (np.array([2]), np.array([1.0]))]
    model = intents.train(rows, [1, 2, intents.OUT_OF_SCOPE], columns=3, regularization=10.0)
    cols, weights = np.array([0, 2]), np.array([0.7, 0.7])
    whole = dict(model.top(cols, weights))
    given = dict(model.top(cols, weights, in_scope=True))
    assert intents.OUT_OF_SCOPE not in given and abs(sum(given.values()) - 1.0) < 1e-6
    assert given[1] == pytest.approx(whole[1] / (1 - whole[intents.OUT_OF_SCOPE]))


def test_a_recognised_faq_answers_a_question_naming_ipr_the_scope_model_doubts(ask):
    # The travel words of a story lean toward the duty-free examples; "counterfeits" and what is asked
    # (a repeat offender's fine) are the FAQ model's to recognise.
    reply = ask("what's the biggest fine for a repeat offender importing counterfeits to sell?")
    assert reply.kind == "faq" and "twice" in reply.text


def test_legal_advice_is_never_recognised_past_the_scope_model(ask):
    assert ask("in your view, would my client's sneakers infringe the Nike trademark?").kind == "fallback"


def test_a_storys_asking_sentence_weighs_as_much_as_the_story(ask):
    # Few of the story's words are the refund FAQ's; what it asks ("my money back") is.
    reply = ask("I paid $150 for 'authentic' headphones from a website and what arrived is clearly fake. "
                "The shop stopped replying to my messages. How do I try to get my money back?")
    assert reply.kind == "faq" and "return policy" in reply.text, reply.text


def test_the_search_and_the_model_agreeing_rescue_a_question_from_the_fallback(ask):
    # Each alone is below its bar (similarity 0.42, P 0.41); both find "what happens to seized fakes".
    reply = ask("Is seized counterfeit merchandise always destroyed, or may it be donated in some circumstances?")
    assert reply.kind == "faq" and "destroy" in reply.text.lower(), reply.text


def test_agreement_never_answers_a_question_the_scope_model_finds_another_agencys(ask):
    assert ask("How do I renew my passport?").kind == "fallback"
    assert ask("¿Hasta cuándo tengo para hacer los taxes este año?").kind == "fallback"


def test_an_faq_holding_the_kind_of_answer_asked_wins_over_one_the_model_prefers(ask):
    # "how often": the exemption FAQ says "once every 30 days"; the shipments FAQ the model prefers says no frequency.
    reply = ask("how offten can i use the counterfit personal exemption? i drive down to tijuana like every 2 weeks")
    assert reply.kind == "faq" and "30 days" in reply.text, reply.text


class _SplitIndex:
    """An index whose FAQ model splits a question between two FAQs."""

    def __init__(self, ranked):
        self.ranked = ranked
        self.faq_docs = {70: object(), 73: object(), 113: object()}

    def faq_intents(self, q, in_scope=False):
        return self.ranked

    def p_in_scope(self, q):
        return 0.9


def test_two_faqs_the_model_cannot_tell_apart_are_pooled():
    from types import SimpleNamespace

    from assistant.answering.strategies.faq import _pooled

    q = SimpleNamespace(follow_up=False, story=False, asking_tags=set())
    assert _pooled(q, _SplitIndex([(70, 0.16), (73, 0.15), (113, 0.07)]), {}) == pytest.approx({70: 0.31, 73: 0.31})
    # Apart (one well ahead), unlikely together, or already probable alone: nothing pooled.
    assert _pooled(q, _SplitIndex([(70, 0.2), (73, 0.05)]), {}) == {}
    assert _pooled(q, _SplitIndex([(70, 0.1), (73, 0.09)]), {}) == {}
    assert _pooled(q, _SplitIndex([(70, 0.16), (73, 0.15)]), {70: 0.4}) == {}
    assert _pooled(SimpleNamespace(follow_up=True, story=False, asking_tags=set()), _SplitIndex([(70, 0.16), (73, 0.15)]), {}) == {}
    # A story spreads the model's probability: two FAQs together pass a lower bar; legal advice never.
    story = SimpleNamespace(follow_up=False, story=True, asking_tags=set(), asking_tokens=None)
    assert _pooled(story, _SplitIndex([(70, 0.1), (73, 0.09)]), {}) == pytest.approx({70: 0.19, 73: 0.19})
    assert _pooled(SimpleNamespace(follow_up=False, story=True, asking_tags={"ask.legal"}, asking_tokens=None), _SplitIndex([(70, 0.1), (73, 0.09)]), {}) == {}


def test_a_sure_faq_answers_a_question_naming_no_ipr_the_scope_model_doubts(ask):
    # No "fake" or "counterfeit" in it, so the scope model doubts it (P under 0.5); the FAQ model is sure
    # (SCOPE["recognised_unnamed"]) it is the online-pharmacy FAQ. A passport renewal stays out.
    reply = ask("my asthma inhalers are really expensive here, there's an online pharmacy overseas that ships them "
                "without a prescription for half the price. should I worry?")
    assert reply.kind == "faq" and "BeSafeRx" in reply.text
    assert ask("How do I renew my passport?").kind == "fallback"


def test_an_faq_well_ahead_of_every_other_answers_a_story_that_spreads_the_models_probability(ask):
    # The story's words (a city, a brand, sisters) spread the model's probability thin; the one-article
    # exemption stays well ahead of every other FAQ, and that is its reading.
    reply = ask("coming back from istanbul next week with 3 fake LV bags, 1 for me and 2 for my sisters. will customs let me keep them all??")
    assert reply.kind == "faq" and "one article" in reply.text, reply.text


def test_a_question_on_a_warning_price_the_scope_model_half_doubts_gets_the_red_flags(ask):
    reply = ask("whats a red flag discount? like if something is 40% off is that sketchy or what")
    assert reply.kind == "faq" and "too good to be true" in reply.text, reply.text


def test_a_where_question_the_model_recognises_is_answered_by_its_faq_though_it_names_no_contact(ask):
    # No contact is the petition's office: the FAQ says where ("the FP&F office named in the notice").
    reply = ask("Where do I actually submit a petition for relief from a seizure? The notice is kind of vague")
    assert reply.kind == "faq" and "Fines, Penalties, and Forfeitures" in reply.text, reply.text


def test_a_story_spreading_the_model_over_two_faqs_of_its_subject_is_answered_by_them_together(ask):
    # The one-article exemption and fakes found in a suitcase share the story's probability: together
    # they pass the story's lower pooled bar (bars.INTENTS["pooled"]).
    reply = ask("I bought 3 fake Gucci purses at the Grand Bazaar in Istanbul, flying back to JFK next week. Will customs let me keep any of them?")
    assert reply.kind == "faq" and "one article" in reply.text, reply.text
