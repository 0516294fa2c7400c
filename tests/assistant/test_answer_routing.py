"""Questions about where to report or get help carry the right channels as links."""
import pytest


def _urls(reply):
    return " ".join(link["url"] for link in reply.links)


@pytest.mark.parametrize(
    "question,in_text,in_links",
    [
        # online form
        ("I think a website is selling counterfeit goods. How do I report it?", "e-Allegation", "eallegations.cbp.gov"),
        ("Where can I report a fake seller online?", "e-Allegation", "eallegations.cbp.gov"),
        # phone
        ("What's the phone number to report a trade violation?", "1-800-BE-ALERT", "tel:"),
        ("What is the IPR Center phone number?", "1-866-IPR-2060", "tel:"),
        # email
        ("Who do I email with questions about IPR enforcement?", "iprhelpdesk@cbp.dhs.gov", "mailto:"),
        ("How do I request a ruling about an ITC exclusion order?", "EOEBranch.ITC337.Rulings@cbp.dhs.gov", "mailto:"),
        ("Who do I contact with questions about my recordation?", "iprrquestions@cbp.dhs.gov", "mailto:iprrquestions"),
        # websites
        ("How do I record my trademark with CBP?", "ecordation", "iprr.cbp.gov"),
        ("Where can I search the public database of recorded trademarks and copyrights?", "IPRS", "iprs.cbp.gov"),
        ("How can I report IP theft to the National IPR Coordination Center?", "IPR", "iprcenter.gov"),
    ],
)
def test_it_routes_to_the_channel(ask, question, in_text, in_links):
    reply = ask(question)
    assert reply.kind in ("faq", "route"), reply.text
    assert in_text.lower() in reply.text.lower()
    assert in_links.lower() in _urls(reply).lower()
    for link in reply.links:
        assert link["url"].startswith(("https://", "http://", "mailto:", "tel:")) and link["channel"] and link["label"]


def test_it_offers_phone_and_online_for_e_allegations(ask):
    reply = ask("How can I report a company selling counterfeit goods?")
    channels = {link["channel"] for link in reply.links}
    assert "e-allegations" in channels
    assert "1-800-BE-ALERT" in reply.text


@pytest.mark.parametrize("question", ["Can I talk to a real person?", "I want to speak to a human", "connect me with a representative"])
def test_it_hands_a_person_request_to_the_help_desk(ask, question):
    reply = ask(question)
    assert reply.offer_handoff is True
    assert reply.kind == "route"
    assert [link["channel"] for link in reply.links] == ["ipr-help-desk"]


def test_it_does_not_offer_handoff_on_a_normal_answer(ask):
    assert ask("What is Operation Mega Flex?").offer_handoff is False


def test_it_routes_a_channel_question_told_as_a_story(ask):
    reply = ask("I run a small shop selling handbags. A customer says one was counterfeit. Where do I report the supplier?")
    assert reply.kind in ("faq", "route"), reply.text
    assert "e-allegations" in [link["channel"] for link in reply.links]


def test_it_routes_slang_for_reporting(ask):
    reply = ask("How do I snitch on a seller of fake stuff?")
    assert reply.kind != "statistic", reply.text
    assert "e-allegations" in [link["channel"] for link in reply.links]


@pytest.mark.parametrize(
    "text,medium",
    [
        ("My knockoff phone charger nearly caught fire. Is that common?", ""),
        ("how many fake cell phone cases came from China?", ""),
        ("can I report a seller by phone?", "phone"),
        ("what's the phone number for the IPR Center?", "phone"),
        ("¿cuántas fundas de cel falsas incautaron?", ""),
    ],
)
def test_phone_names_a_channel_only_as_a_way_to_reach_someone(knowledge, text, medium):
    from assistant.answering.question import understand

    assert understand(text, {}, knowledge).medium == medium


def test_a_story_about_a_fake_phone_charger_is_no_channel_question(ask):
    reply = ask("I bought a knockoff phone charger online and it nearly caught fire. Is that common?")
    assert "99 percent" in reply.text, reply.text


def test_cbp_notifying_someone_is_no_channel_question_in_spanish(ask):
    reply = ask("Soy importador. Si CBP decide detener mi embarque porque sospecha que trae marcas falsificadas, "
                "¿en cuánto tiempo me tienen que notificar?")
    assert reply.kind == "faq" and "5 días hábiles" in reply.text, reply.text


def test_what_information_do_they_share_asks_which_information(ask):
    # Neither a definition of "information" nor a share of a total.
    reply = ask("After CBP seizes counterfeits of our brand, what information do they share with us as the trademark owner?")
    assert reply.kind == "faq" and "date of importation" in reply.text, reply.text
    assert "33%" in ask("what share of seizure lines came from China in 2021?").text


def test_a_story_whose_asking_sentence_stands_alone_gets_the_faq_it_asks(ask):
    # The story's words (a trip, belts, watches, a shop) pull the FAQs about travelers' fakes; the
    # asking sentence, searched by itself as well, finds the fines FAQ it asks for.
    reply = ask("My husband came back from Guangzhou with about 40 fake designer belts and 25 fake watches that he "
                "planned to sell at his shop. CBP seized all of it at the airport. Is there also a fine for "
                "importing counterfeits to sell?")
    assert reply.kind == "faq" and "1526(f)" in reply.text, reply.text


@pytest.mark.parametrize("text, says", [
    ("My aunt owns a small gift shop and she brings back fake designer wallets in her bags from every trip to "
     "sell there. If CBP catches her can they fine her and how big could it be?", "1526(f)"),
    ("My brother has a stall at the swap meet and he packs knockoff watches in his luggage every time he visits "
     "family, to sell them. If customs catches him could they fine him? how much?", "1526(f)"),
    ("I'm flying back from Bangkok and I got 3 fake Gucci belts at the night market, one for me and two for my "
     "brothers. How many of these will I actually be allowed to bring through customs?", "148.55"),
])
def test_the_faq_model_reads_a_storys_asking_sentence_on_its_own_too(ask, text, says):
    # The story's words (a shop, a trip, luggage) spread the FAQ model's probability over the
    # travelers' FAQs; the asking sentence alone, pronouns and all, says which one it asks.
    reply = ask(text)
    assert reply.kind == "faq" and says in reply.text, reply.text


@pytest.mark.parametrize("message", ["how often do we need to renew a copyright recordation with customs?",
                                     "how often would I need to renew my copyright recordation with customs?"])
def test_an_faq_holding_the_kind_asked_is_read_from_further_down(ask, message):
    # The closest phrasing ("how much is it to renew a copyright recordation") asks another kind of
    # question; the FAQ saying how long a copyright recordation lasts answers "how often".
    reply = ask(message)
    assert reply.kind == "faq" and "20 years" in reply.text, reply.text


@pytest.mark.parametrize("question", [
    "what does CBP do with the fake sneakers it confiscates?",
    "¿Qué hace CBP con los bolsos falsificados que incauta?",
])
def test_what_is_done_with_seized_fakes_asks_what_becomes_of_them(ask, question):
    # "do with" asks what becomes of the goods, as "what happens to ..." does: forfeiture and destruction.
    reply = ask(question)
    assert reply.kind == "faq" and ("destroyed" in reply.text or "destruye" in reply.text), reply.text


@pytest.mark.parametrize("question", [
    "We're on our honeymoon in Istanbul and my wife wants a knockoff designer bag from the Grand Bazaar, just for herself. "
    "When we fly home to Chicago can she bring it in, and how many is she allowed?",
    "Volví de Cancún hace tres semanas con una gorra de marca pirata que declaré en la aduana. Ahora viajo otra vez y quiero "
    "traer otra gorra igual de falsa. ¿Me vuelve a aplicar la exención personal?",
])
def test_a_travelers_allowance_is_the_exemption_not_a_figure_nor_a_channel(ask, question):
    # Where she lands names no row of the tables; "aplicar" is a rule applying, no application to file.
    reply = ask(question)
    assert reply.kind == "faq" and "148.55" in reply.text, reply.text


def test_it_gives_no_channel_for_a_question_asking_how_long_or_when(ask):
    # A link to a channel says neither how long nor since when: an FAQ may, else the fallback.
    for question in ("how long does it take CBP to approve an e-Recordation application?",
                     "Si registro mi marca con CBP, ¿por cuánto tiempo queda vigente esa protección?"):
        assert ask(question).kind != "route", question
    # A price word in the story does not make "where do I report it?" ask an amount.
    assert ask("Hay una página en Facebook vendiendo perfumes réplica como si fueran originales. ¿Dónde la puedo reportar?").kind != "fallback"


def test_the_reports_own_figures_are_no_channel_question(ask):
    # "CBP's own report" is the report, a noun: not where to report something.
    reply = ask("I'm fact-checking a news segment that said the value of counterfeit goods CBP seized jumped 152% "
                "in FY2021. Is that the number in CBP's own report?")
    assert reply.kind != "route" and "152%" in reply.text, reply.text
