"""Small talk, fallback for out-of-scope and gibberish, and in-scope never falls back."""
import pytest

from assistant.answering import engine


@pytest.mark.parametrize("message", ["hi", "Hello!", "thanks", "thank you so much", "who are you?", "what can you do?", "bye",
                                     "thanks, that's helpful", "ok that was really useful"])
def test_it_answers_small_talk_with_suggestions(ask, message):
    reply = ask(message)
    assert reply.kind == "smalltalk"
    assert 2 <= len(reply.suggestions) <= 4
    assert not reply.offer_handoff


def test_it_answers_the_question_after_a_greeting(ask):
    reply = ask("Hi, how do I record my trademark with CBP?")
    assert reply.kind != "smalltalk" and "iprr.cbp.gov" in " ".join(link["url"] for link in reply.links)


OUT_OF_SCOPE = [
    "What's the weather going to be in Chicago tomorrow?",
    "What's the best laptop under 800 dollars?",  # a price is no sign of a question about seizures
    "How do I renew my passport?",
    "Can you help me file my income taxes?",
    "What is the best pizza recipe?",
    "How do I apply for a US visa?",
    "Who won the world cup in 2018?",
    "What time does the post office close?",
    "Can you recommend a good movie?",
    "asdkjh qwpoe zzxcv",
    "qwerty uiop lkjh",
    "???",
    "12345",
]


@pytest.mark.parametrize("message", OUT_OF_SCOPE)
def test_it_falls_back_out_of_scope(ask, message):
    reply = ask(message)
    assert reply.kind == "fallback", reply.text
    assert reply.offer_handoff is False  # a person at the help desk cannot help with this either
    assert "IPR" in reply.text
    assert [link["channel"] for link in reply.links] == ["ipr-help-desk"]
    assert reply.sources == []


IN_SCOPE = [
    "How many IPR seizures did CBP make in FY 2021?",
    "Are counterfeit phone chargers dangerous?",
    "What is Operation Stolen Promise?",
    "What is Operation Team Player?",
    "How many people did ICE HSI arrest for intellectual property crimes in FY 2021?",
    "What is an exclusion order?",
    "What is the Donations Acceptance Program?",
    "Which companies have donation partnerships with CBP?",
    "What is the Section 321 Data Pilot?",
    "What is Entry Type 86?",
    "What are the Centers of Excellence and Expertise?",
    "What webinars did CBP run for small businesses?",
    "What is the Truth Behind Counterfeits campaign?",
    "How can I avoid buying counterfeit electronics?",
    "How many de minimis filings did CBP receive in FY 2021?",
    "What are Priority Trade Issues?",
    "How many pre-seizure advice requests were there in FY 2021?",
    "How many mail parcels from China does CBP process each day?",
    "What share of seizures of counterfeit COVID-19 products happened in express consignment?",
    "How many product authentication tools have been deployed?",
    "How many people did the Shop Smart campaign reach?",
    "How many active recorded copyrights and trademarks was CBP enforcing?",
    "Are fake cosmetics dangerous?",
    "How many inquiries from the field did CBP respond to?",
]


@pytest.mark.parametrize("message", IN_SCOPE)
def test_it_never_falls_back_in_scope(ask, message):
    reply = ask(message)
    assert reply.kind != "fallback", message
    assert reply.sources, "answers from content cite a source"
    assert 2 <= len(reply.suggestions) <= 4
    assert len(reply.text.split()) <= 130


@pytest.mark.parametrize(
    "message,figure",
    [
        ("How many mail parcels from China does CBP process each day?", "420,000"),
        ("What share of seizures of counterfeit COVID-19 products happened in express consignment?", "53"),
        ("What percentage of non-mail de minimis shipments were filed as Entry Type 86?", "50%"),
        ("How many pre-seizure advice requests were there in FY 2021?", "700"),
    ],
)
def test_it_finds_the_figure_in_prose(ask, message, figure):
    assert figure in ask(message).text


def test_a_higher_threshold_makes_weak_answers_fall_back(ask, settings):
    settings.FALLBACK_THRESHOLD = 0.99
    assert ask("What webinars did CBP run for small businesses?").kind == "fallback"
    settings.FALLBACK_THRESHOLD = engine.DEFAULT_THRESHOLD
    assert ask("What webinars did CBP run for small businesses?").kind != "fallback"


@pytest.mark.parametrize(
    "message",
    [
        "I bought a pair of sneakers online and when they arrived they looked fake. "
        "The seller stopped answering my messages. What can I do about it?",
        "My shipment was held by customs. The notice says it infringes a trademark. What happens now?",
        # Long stories: their own words dilute every similarity, the IPR words keep them in scope.
        "I ordered a phone charger from a marketplace and it melted the first night. The plug has a misspelled "
        "brand name and the packaging is flimsy, so it must be a counterfeit. Who do I tell about the seller?",
        "We make handmade soap and registered our trademark last spring. Now knockoffs with our label are "
        "arriving from abroad. Is there anything customs can do at the border?",
        "Our pumps were stopped at the port because of an ITC exclusion order in a patent dispute we had no part in. "
        "We changed the design since then. Who do we ask for an official ruling?",
        "At a mall kiosk today a man was selling 'Rolex' watches for $40. My friend says it's none of my "
        "business but I think it's wrong. How can I report this?",
        # Reporting a seller anchors the story, though it never says "fake".
        "I paid for branded headphones from a marketplace seller and got a cheap copy with a wrong serial "
        "number and a flimsy box. The seller still has hundreds listed. Where do I report this?",
    ],
)
def test_it_answers_a_question_told_as_a_story(ask, message):
    # An FAQ, or for a channel asked for, the channel itself (with where the report names it).
    reply = ask(message)
    assert reply.kind in ("faq", "route"), reply.text
    assert reply.sources and (reply.kind == "faq" or reply.links)


@pytest.mark.parametrize(
    "message",
    [
        "I am travelling to France next month. My passport expires in June. How do I renew it?",
        "We are planning a wedding. The venue is booked. What should we serve for dinner?",
        "My tax refund has not arrived. I filed in February. Who can I call?",
        "My online order never arrived and the store will not answer my emails about a refund. "
        "The tracking page has said in transit for three weeks. Who should I contact?",
        # "customer service" is told of, not asked for: no hand-off to a person.
        "A sofa I bought online is two months late and the seller keeps making excuses. Customer service "
        "stopped replying weeks ago. What are my options to get a refund?",
    ],
)
def test_it_falls_back_on_a_story_out_of_scope(ask, message):
    assert ask(message).kind == "fallback"


@pytest.mark.parametrize(
    "message,expected",
    [
        ("what does HSS stand for in the tables", "health, safety or security"),
        ("What is a seizure line and how does it differ from a seizure?", "seizure lines"),
        ("what does MSRP mean in these figures", "suggested retail price"),
        ("What's meant by MSRP in the tables?", "suggested retail price"),
        # The FAQ asking what the term is, not the one quoting its figures.
        ("What does MSRP stand for in CBP's seizure figures?", "suggested retail price"),
        ("Can you explain the Entry Type 86 test in plain English?", "Entry Type 86"),
        # "the IPR seizure report" is the document, not a request to report something.
        ("What does HSS stand for in the IPR seizure report?", "health, safety or security"),
        ("MSRP — what's that?", "suggested retail price"),
        ("In the tables there's a category called HSS. What is that?", "health, safety or security"),
    ],
)
def test_it_answers_what_a_term_means_from_the_faq(ask, message, expected):
    # "stand for", "differ", "in the tables" are how the question is asked, not what it is about.
    reply = ask(message)
    assert reply.kind == "faq", reply.text
    assert expected in reply.text


@pytest.mark.parametrize("message", ["heyyy", "hiii there!!", "hellooo"])
def test_it_knows_a_drawn_out_greeting(ask, message):
    assert ask(message).kind == "smalltalk"


def test_it_explains_de_minimis_shipments(ask):
    reply = ask("Could you explain what de minimis shipments are?")
    assert reply.kind == "faq" and "small e-commerce packages" in reply.text


def test_a_story_about_a_subject_takes_its_figures_not_cbps_total(ask):
    reply = ask(
        "I write for a football blog and I'm covering fake merchandise around Super Bowl LV. I remember a big "
        "operation with the NFL. How much fake sports gear was seized, and what was it worth?"
    )
    assert reply.kind != "statistic" and "$3,330,037,350" not in reply.text
    assert "267,511" in reply.text or "97.8" in reply.text


def test_a_year_told_in_the_story_does_not_make_the_question_a_figure_question(ask):
    reply = ask(
        "We make candles and registered our trademark last year. Now knockoffs with our logo are shipped in "
        "from overseas. Can customs do anything to stop them at the border?"
    )
    assert reply.kind != "statistic", reply.text


def test_who_do_i_tell_asks_where_to_report(ask):
    reply = ask("Theres a guy at the flea market selling fake Jordans. who do I tell??")
    assert any("eallegations" in link["url"] for link in reply.links), reply.text


@pytest.mark.parametrize(
    "message,figure",
    [
        # Words of the story ("website", "pandemic") do not make the figure one no table holds.
        ("My neighbour bought face masks from a dodgy website during the pandemic. I heard CBP seized a lot "
         "of COVID products. How many face masks did they seize in FY 2021?", "35,092,178"),
        # Between a greeting and a sign-off ("thx a bunch", "ok bye, love this bot").
        ("hi there!! first time using this thing. can u tell me how many IPR e-allegations cbp got in 2019? "
         "thx a bunch", "264"),
        ("hello!! doing a school project on fakes. how many seizure lines of handbags did cbp have in fy21?? "
         "ok bye, love this bot", "28,331"),
        # The question names the row, not the story ("I import watches"): this asks for the total.
        ("Good morning. I import watches for a small shop and I keep hearing counterfeiting has exploded. "
         "What was the total MSRP of everything CBP seized for IPR violations in FY 2021? Many thanks, Priya",
         "$3,330,037,350"),
        # A colon before a question ends the story's sentence.
        ("Hi there, hope your day is going well! I'm writing a little newsletter for our jewellery guild and "
         "wanted one stat: what was the MSRP of seized watches/jewelry in FY 2020? Cheers, Margaret", "$435,249,467"),
    ],
)
def test_it_reads_the_figure_asked_in_a_chatty_message(ask, message, figure):
    reply = ask(message)
    assert reply.kind == "statistic", reply.text
    assert figure in reply.text


def test_a_name_the_content_lacks_does_not_push_a_question_out_of_scope(knowledge):
    from assistant.answering.question import understand
    # "Rolex" and "Ohio" are names nobody in the content uses; what the question asks is in scope.
    inside = understand("I found a fake Rolex at a flea market in Ohio. Who do I tell?", {}, knowledge)
    plain = understand("I found a fake watch at a flea market. Who do I tell?", {}, knowledge)
    assert abs(knowledge.p_in_scope(inside) - knowledge.p_in_scope(plain)) < 0.35
    weather = understand("What's the weather in Ohio tomorrow?", {}, knowledge)
    assert knowledge.p_in_scope(weather) < 0.2


def test_a_name_typed_in_lower_case_is_still_a_name(knowledge, ask):
    from assistant.answering.question import understand
    # "rolex", "cancun": rare in both languages' word counts, so read as names, not as a subject the
    # content lacks; a rare word of the weather ("drizzle" is common) still counts.
    lower = understand("can i bring back a fake rolex from cancun if its just for me", {}, knowledge)
    plain = understand("can i bring back a fake watch from my trip if its just for me", {}, knowledge)
    assert abs(knowledge.p_in_scope(lower) - knowledge.p_in_scope(plain)) < 0.35
    assert knowledge.p_in_scope(understand("will it drizzle in cancun tomorrow", {}, knowledge)) < 0.3
    reply = ask("can i bring back a fake rolex from cancun if its just for me")
    assert reply.kind == "faq" and "148.55" in reply.text, reply.debug


@pytest.mark.parametrize("message", ["Should I sue the seller who sold me fake AirPods?",
                                     "una tienda me vendio un reloj que resulto falso, debo demandarlos?",
                                     "do I need a lawyer to fight the seizure of my sneakers?",
                                     # Being sued, and what to tell the other side's lawyer.
                                     "Me demandaron por vender bolsos réplica en mi tienda, ¿qué le respondo al abogado de la marca?",
                                     "I got sued for selling replica bags in my shop. What do I tell the brand's lawyer?",
                                     "Me llegó una carta de un abogado por vender bolsas réplica, ¿me pueden demandar? ¿qué hago?",
                                     "A brand's lawyer wrote to me about the replica bags I sell. Can they sue me?",
                                     "I'm thinking of suing a seller who shipped me fake leggings. Do you think I'd win in court?",
                                     # How to sue is as much a lawyer's to advise on as whether to.
                                     "Compré un reloj por internet y resultó ser falso. ¿Cómo demando al vendedor?",
                                     # Whether suing is worth it, and which lawyer to hire.
                                     "¿Me conviene demandar a mi proveedor por venderme mercancía falsa? ¿Qué abogado me recomiendas?",
                                     "CBP seized the counterfeit sneakers my supplier shipped me. Is it worth suing over the seizure? Which lawyer would you recommend?"])
def test_it_falls_back_on_legal_advice(ask, message):
    reply = ask(message)
    assert reply.kind == "fallback"
    assert any("legal advice" in r for c in reply.debug["candidates"] for r in c["reasons"]) or "P(in scope) 0.0" in str(reply.debug)


def test_it_still_answers_how_to_report_a_seller(ask):
    assert ask("How do I report a seller of fake AirPods?").kind != "fallback"


@pytest.mark.parametrize("message", ["cheers, that's all I needed", "gracias, eso es todo"])
def test_it_takes_thanks_that_end_a_conversation_as_small_talk(ask, message):
    assert ask(message).kind == "smalltalk"


def test_a_question_naming_ipr_is_doubted_under_a_lower_bar(ask):
    # "brings", "sells", "months" lean toward the travel and shopping examples; "trademarked" names IPR.
    reply = ask("If a traveler brings in a trademarked article under the personal-use exemption and then sells it "
                "a few months later, what are the consequences?")
    assert reply.kind == "faq" and "forfeit" in reply.text, reply.text


def test_it_still_refuses_another_agencys_ipr_service(ask):
    assert ask("How do I file a patent application with the USPTO?").kind == "fallback"


@pytest.mark.parametrize("question", [
    "can you tell me if my product infringes someone's patent?",
    "does my hoodie design infringe the Supreme trademark?",
    "are we infringing if we sell phone cases shaped like an iPhone?",
])
def test_whether_something_infringes_is_legal_advice(ask, question):
    assert ask(question).kind == "fallback"


def test_words_of_an_faqs_other_phrasings_admit_it(ask):
    # "take" and "sell" are in none of the seized-goods FAQ's own texts the search finds, but in its other
    # phrasings ("what does CBP do with the fakes they take"): staff said what it answers.
    reply = ask("what does cbp even do with all the fake stuff they take?? do they sell it")
    assert reply.kind == "faq" and "forfeited" in reply.text, reply.debug
    # They admit it; they do not reorder the FAQs a question's own words already reach.
    assert "June 7, 2021" in ask("How are rights holders told that their goods were seized?").text


def test_it_takes_the_faq_models_second_opinion_on_scope(knowledge, monkeypatch):
    """P(in scope) mixes the scope model's with the FAQ model's (bars.SCOPE["faq_model_weight"]): a
    story in words of its own, which the FAQ model recognises, is doubted less; a passport stays out."""
    from assistant.answering import bars
    from assistant.answering.question import understand

    def p_in(message: str, weight: float) -> float:
        monkeypatch.setitem(bars.SCOPE, "faq_model_weight", weight)
        return knowledge.p_in_scope(understand(message, {}, knowledge, "en"))

    story = "my roommate buys 'designer' makeup from some random site at a third of the price, is that risky?"
    alone, mixed = p_in(story, 0.0), p_in(story, 0.3)
    p_out = knowledge.intent_model.p_out_of_scope(*knowledge.retriever.vector(story, "en"))
    assert mixed == pytest.approx(0.7 * alone + 0.3 * (1 - p_out))
    assert mixed > alone + 0.1
    assert p_in("How do I renew my passport?", 0.3) < bars.SCOPE["min_in_scope"]


@pytest.mark.parametrize("message,answered", [
    ("Which brand was the most counterfeited in 2021?", False),
    ("Which brands were counterfeited the most in FY 2021?", False),
    ("Which product was the most counterfeited in 2021?", True),
    # A word of IPR ("marca", a trademark) is still what the ranking ranks.
    ("Que marca fue la mas falsificada de todas las que incauto CBP en 2021?", False),
    ("¿Cuáles fueron las marcas más falsificadas que incautó CBP en 2021?", False),
    ("¿Qué producto fue el más falsificado en 2021?", True),
    ("What is the maximum civil fine CBP may assess for a first seizure of merchandise bearing a counterfeit mark?", True),
])
def test_a_ranking_of_a_kind_of_thing_no_answer_speaks_of_falls_back(ask, message, answered):
    # The report ranks products, economies, shipping and Centers, never brands: an FAQ ranking
    # products does not answer "which brand?" ("maximum" is how a ranking asks, not what it ranks).
    reply = ask(message)
    assert (reply.kind != "fallback") == answered, reply.text


@pytest.mark.parametrize("message", [
    "¿Cuántas líneas de incautación tuvieron como origen México en 2021?",
    "How much in civil fines did CBP collect from counterfeit importers in FY 2021?",
    "What was the combined MSRP of the health, safety and security seizures in FY 2021?",
])
def test_a_figure_of_a_year_for_a_name_no_answer_gives_falls_back(ask, message):
    # Mexico is in no table and no FAQ's figures: the key figures' FAQ answers another question.
    reply = ask(message)
    assert reply.kind == "fallback", reply.text


@pytest.mark.parametrize(
    "message,expected",
    [
        # The story's own words (an application pending, a factory abroad) read as elsewhere; what it asks does not.
        ("I'm a photographer. My copyright application is still pending at the Copyright Office and a factory abroad "
         "is already copying my prints onto T-shirts. Can customs stop them at the border yet?", "registered"),
        ("There's a guy on Instagram selling fake Yeezys and saying they're '1:1 authentic'. I got scammed by him. "
         "Where can I report him to the government?", "e-allegations"),
    ],
)
def test_a_story_is_in_scope_when_what_it_asks_is(ask, message, expected):
    reply = ask(message)
    assert reply.kind != "fallback", reply.text
    assert expected in (reply.text + " ".join(link["url"] for link in reply.links)).lower()


def test_an_asking_sentence_alone_does_not_take_the_storys_mention_of_ipr(ask):
    # "Should I settle or fight it?" read alone is not about IPR, whatever the story names.
    assert ask("My Etsy shop got a cease-and-desist letter for trademark infringement. Should I settle or fight it?").kind == "fallback"


@pytest.mark.parametrize("message", [
    "flying home from Lisbon on friday with 4 replica handbags, 1 for me and 3 for my cousins. can I take them all through customs?",
    "back from Bangkok with like 3 fake Gucci bags lol, can I bring em all thru customs?",
])
def test_how_many_things_a_story_counts_does_not_take_it_out_of_scope(ask, message):
    # The out-of-scope examples hold "3 days", "2 weeks": learnt as words, small counts read as elsewhere.
    reply = ask(message)
    assert reply.kind == "faq", reply.text
    assert "one article" in reply.text


def test_the_scope_model_reads_a_year_but_not_a_count():
    from assistant.answering.scope import Features

    grams = Features(["3", "fake", "bag", "2021", "800"], 0.0, False, False).sparse()
    assert "#year" not in grams and "2021" in grams and "fake bag" in grams
    assert "3" not in grams and "800" not in grams and "bag 2021" in grams


def _faq_candidate(score: float, bar: str):
    from assistant.answering.candidate import Candidate

    return Candidate("faq", score, "faq", ["faq:1:0"], lambda: None, bar=bar)


def test_an_faq_asked_for_no_figure_answers_at_a_lower_bar():
    # An FAQ taken wrongly for a question asking no figure gives no wrong figure; one taken for a figure
    # question may ("which brand was faked most?" answered with another category's count).
    from assistant.answering import bars, chooser

    from assistant.answering.candidate import Candidate

    score = (bars.BARS["faq_no_figure"] + bars.BARS["faq"]) / 2
    fallback = Candidate("fallback", 0.05, "fallback", ["P(in scope) 0.95"], lambda: None, bar="scope")
    assert chooser.choose("howto", [_faq_candidate(score, "faq_no_figure"), fallback]).bar == "faq_no_figure"
    assert chooser.choose("howto", [_faq_candidate(score, "faq"), fallback]) is fallback


@pytest.mark.parametrize("message,bar", [("Can I pay the e-Recordation fee by card?", "faq_no_figure"),
                                         ("How many exclusion orders did CBP enforce in FY 2021?", "faq")])
def test_the_faq_bar_follows_whether_a_figure_is_asked(ask, message, bar):
    faqs = [c for c in ask(message).debug["candidates"] if c["kind"] == "faq"]
    assert faqs and all(c["bar"] == bar for c in faqs)


_EXEMPTION_BY_ITS_EVERYDAY_NAME = (
    "I travel abroad for work every few weeks. How often am I allowed to use that one-item allowance for the same kind of thing?",
    "my job sends me to Seoul every 2 weeks, how often can I use that one-item allowance for the same kind of item?",
)


def test_the_travelers_exemption_by_its_everyday_name_is_in_scope(ask):
    # "one-item allowance" names the IPR travel exemption though no word like "fake" does.
    replies = [ask(message) for message in _EXEMPTION_BY_ITS_EVERYDAY_NAME]
    assert all(r.kind == "faq" and "30" in r.text for r in replies), [r.text[:80] for r in replies]



@pytest.mark.parametrize("question", ["is it legal to buy counterfeit goods?", "¿Es legal comprar productos falsificados?"])
def test_asking_whether_something_is_legal_finds_what_says_it_is_illegal(ask, question):
    # "legal" and "illegal" ask the same thing: the FAQ saying buying fakes is illegal, not how to avoid them.
    reply = ask(question)
    assert reply.kind == "faq" and ("illegal" in reply.text or "ilegal" in reply.text), reply.text


@pytest.mark.parametrize("message,language", [
    ("Which port of entry had the most seizures of counterfeit products?", "en"),
    ("¿Cuál fue el MSRP total de las mascarillas falsificadas incautadas en el año fiscal 2021?", "es"),
])
def test_a_fallback_on_an_ipr_question_does_not_say_it_only_helps_with_ipr(ask, message, language):
    # The visitor asked about IPR enforcement: "I can only help with IPR questions" would refuse their topic.
    reply = ask(message)
    assert reply.kind == "fallback" and reply.language == language, reply.text
    assert "only help" not in reply.text and "Solo puedo" not in reply.text and "Help Desk" in reply.text, reply.text


def test_a_fallback_out_of_scope_still_says_what_it_helps_with(ask):
    reply = ask("what's the weather in Miami tomorrow?")
    assert reply.kind == "fallback" and "only help with IPR" in reply.text, reply.text
