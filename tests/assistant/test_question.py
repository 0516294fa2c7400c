"""question.understand(): years, measures, rankings and comparisons, what is asked, typos."""
import pytest

from assistant.answering.compose import plain_numbers
from assistant.answering.frame import Frame
from assistant.answering.question import understand
from assistant.answering.words import words


@pytest.fixture
def parse(knowledge):
    """parse(text) -> the Frame of a question asked with no conversation before it."""
    return lambda text, report_year=2021: understand(text, {}, knowledge).frame


@pytest.fixture
def years_in(parse):
    return lambda text: parse(text).years


@pytest.mark.parametrize(
    "text,years",
    [
        ("FY21", [2021]),
        ("fy 2020 and FY'19", [2020, 2019]),
        ("fiscal 2019", [2019]),
        ("fiscal year 2018", [2018]),
        ("in 2020", [2020]),
        ("in fy2021, we need it", [2021]),  # a comma after the year ends a clause
        ("in twenty twenty-one", [2021]),
        ("twenty nineteen", [2019]),
        ("from FY 2020 to FY 2021", [2020, 2021]),
        ("20,758 recordations", []),
        ("$2,000", []),
        ("1,200 members", []),
        ("and in 21?", [2021]),  # a follow-up says the year as people do
        ("¿y en el 19?", [2019]),
        ("from 2019 to 20, by mail", [2019, 2020]),
        ("seized in 21 days", []),  # before a noun, two digits count something
        ("the top 10?", []),
    ],
)
def test_it_reads_fiscal_years(years_in, text, years):
    assert years_in(text.lower()) == years


@pytest.mark.parametrize("text,kept", [("from 1309 million to 3330 million", "3330"), ("over 1000 seizures", "1000"),
                                       ("the 2000 recordations", "2000")])
def test_a_number_keeps_every_digit(knowledge, text, kept):
    # Letters drawn out ("hiii", "sooo many") are read as usually written; digits never are: "3330" read as
    # "330" was another figure than the one the visitor quoted.
    assert kept in understand(text, {}, knowledge).words
    assert "so" in understand("sooo many seizures?", {}, knowledge).words


@pytest.mark.parametrize("text,read", [
    ("de 1309 millones a 3330 millones", [(1309e6, 5e5), (3330e6, 5e5)]),
    ("3.3 billion", [(3.3e9, 5e7)]), ("3,3 mil millones", [(3.3e9, 5e7)]),
    ("27,115 seizures", [(27115, 0.5)]), ("27.115 incautaciones", [(27115, 0.5)]), ("1,036.1", [(1036.1, 0.05)]),
])
def test_it_reads_the_amounts_a_message_quotes(text, read):
    from assistant.answering.words import amounts

    assert [x for pair in amounts(words(text)) for x in pair] == pytest.approx([x for pair in read for x in pair])


def test_last_year_is_the_year_before_the_report(parse):
    frame = parse("How many seizures last year?", 2021)
    assert frame.years == [2020] and frame.year_given


def test_previous_year_comparison_compares_the_last_two_years(parse):
    frame = parse("How much did the value increase compared to the previous year?", 2021)
    assert frame.compare and frame.years == [2020, 2021] and frame.measure == "msrp"


@pytest.mark.parametrize(
    "text,years",
    [
        ("Were there more seizure lines in FY2021 or in the year before?", [2020, 2021]),
        ("How many mail seizures in FY 2021, and what about the year before?", [2020, 2021]),
        ("How did FY 2020 compare with the previous year?", [2019, 2020]),
    ],
)
def test_a_year_and_the_one_before_are_compared(parse, text, years):
    frame = parse(text, 2021)
    assert frame.compare and frame.years == years


def test_a_growth_in_percent_is_a_change_of_the_measure_named(parse):
    frame = parse("By what percent did the value of seizures grow from FY20 to FY21?", 2021)
    assert frame.compare and frame.measure == "msrp"
    assert not parse("What share of MSRP fell under the Electronics center?", 2021).compare


def test_no_year_is_flagged_so_the_answer_can_say_so(parse):
    frame = parse("How many handbags?", 2021)
    assert frame.years == [] and not frame.year_given and frame.count


@pytest.mark.parametrize(
    "text,measure",
    [
        ("how many seizure lines", "seizure_lines"),
        ("what was the value", "msrp"),
        ("how much were they worth", "msrp"),
        ("retail price of", "msrp"),
        ("what share of", "percentage"),
        ("what percent", "percentage"),
        ("the quantity of masks", "quantity"),
        ("how many seizures", "seizures"),
        ("how many handbags", ""),
        # A measure after "by" is what the figures are weighed by.
        ("which product topped the seizures by MSRP", "msrp"),
        ("¿qué producto encabezó las incautaciones por valor?", "msrp"),
        # ... and one "measured in" or "in terms of", in both languages.
        ("which product category was the most valuable in the 2021 seizures measured in MSRP?", "msrp"),
        ("which product led the seizures in terms of value?", "msrp"),
        ("que categoria de producto fue la mas valiosa en los decomisos del 2021 medido en MSRP?", "msrp"),
        # ... with words between that do not change the measure.
        ("Express seizures by estimated MSRP (in millions) - FY 2021 vs FY 2020?", "msrp"),
        ("¿qué producto encabezó las incautaciones por el valor estimado?", "msrp"),
    ],
)
def test_it_reads_the_measure(parse, text, measure):
    assert parse(text, 2021).measure == measure


@pytest.mark.parametrize("text", [
    "I've already got FY19 through FY21, I just need the FY 2018 total MSRP",
    "Ya tengo del AF 2019 al AF 2021, solo me falta el MSRP total del AF 2018",
])
def test_years_the_asker_already_has_are_not_asked(parse, text):
    assert parse(text, 2021).years == [2018]


@pytest.mark.parametrize(
    "text,rank,position,top_n",
    [
        ("which product had the most", "max", 1, 1),
        ("the second largest source economy", "max", 2, 1),
        ("top 3 products", "max", 1, 3),
        ("top five countries", "max", 1, 5),
        ("which had the fewest", "min", 1, 1),
        ("how many handbags", "", 1, 1),
        ("which country was that mostly from?", "max", 1, 1),
        ("what product was mainly seized in 2021?", "max", 1, 1),
        ("are exclusion orders mostly about trademarks?", "", 1, 1),
    ],
)
def test_it_reads_rankings(parse, text, rank, position, top_n):
    frame = parse(text, 2021)
    assert (frame.rank, frame.position, frame.top_n) == (rank, position, top_n)


def test_a_frame_round_trips_and_tolerates_junk(parse):
    frame = parse("top 3 products by msrp in fy 2020", 2021)
    assert Frame.from_dict(frame.to_dict()) == frame
    assert Frame.from_dict({"unknown": 1}) == Frame()
    assert Frame.from_dict(None) == Frame()


def test_spelled_out_percentages_become_digits():
    assert plain_numbers("Fifty-three percent of seizures and eighteen percent") == "53 percent of seizures and 18 percent"


@pytest.mark.parametrize(
    "text,intent",
    [
        ("How many seizures in FY 2021?", "figure"),
        ("what does MSRP stand for in the tables", "definition"),
        ("How do I report a website selling fakes?", "channel"),
        ("talk to a real person please", "person"),
        ("My shoes were seized at customs, what happens now?", "howto"),
    ],
)
def test_it_reads_what_the_question_asks_for(knowledge, text, intent):
    assert understand(text, {}, knowledge).intent == intent


@pytest.mark.parametrize("text", ["¿Cómo pido más información?", "¿Dónde consigo más información sobre e-Recordation?"])
def test_more_information_asked_for_is_no_figure(knowledge, text):
    # "más" here is more of what is told: neither "the most" of a table nor a sum of rows.
    q = understand(text, {}, knowledge, language="es")
    assert not q.wants_figure and q.intent in {"howto", "channel"}


def test_what_cbp_reports_is_no_channel_asked_for(knowledge):
    # "report" with CBP its subject is what the agency publishes; the visitor reporting is still a channel.
    assert understand("Why does CBP now report 'seizure lines' rather than seizures?", {}, knowledge).intent != "channel"
    assert understand("How do I report a website selling fakes?", {}, knowledge).intent == "channel"


def test_filing_a_petition_is_a_step_of_a_process_not_a_channel(knowledge):
    q = understand("What's the deadline to file a petition asking them to reduce the penalty?", {}, knowledge)
    assert q.intent != "channel"


def test_more_of_a_measure_is_still_a_figure(knowledge):
    assert understand("¿Qué país tuvo más incautaciones?", {}, knowledge, language="es").wants_figure


def test_a_typo_that_names_the_measure_is_read_and_noted(knowledge):
    q = understand("how many seizurs in 2021", {}, knowledge)
    assert q.corrections == {"seizurs": "seizures"}
    assert q.frame.measure == "seizures" and q.frame.measure_read == ["seizurs", "seizures"]


def test_the_amount_of_a_measure_is_that_measure(knowledge):
    q = understand("¿De qué país provino la mayor cantidad de incautaciones en 2021?", {}, knowledge, language="es")
    assert q.frame.measure == "seizures", q.frame
    assert understand("what quantity of face masks was seized?", {}, knowledge).frame.measure == "quantity"


def test_the_country_goods_arrive_in_names_no_row(knowledge):
    q = understand("¿De verdad llegan medicinas falsificadas a EE. UU.? ¿Qué tan común es eso?", {}, knowledge, language="es")
    assert {"ee", "uu"} <= set(q.frame.ruled_out), q.frame.ruled_out
    assert "united" in understand("do fake medicines really get into the United States?", {}, knowledge).frame.ruled_out


def test_a_spanish_question_mark_opens_a_sentence_after_an_abbreviation():
    from assistant.answering.words import sentences

    assert sentences("Tengo una pyme que exporta a EE. UU. ¿CBP hizo algo para pymes?") == [
        "Tengo una pyme que exporta a EE. UU.", "¿CBP hizo algo para pymes?"]
    assert sentences("seized by U.S. Customs and Border Protection") == ["seized by U.S. Customs and Border Protection"]


def test_a_share_asked_is_the_measure_whatever_it_is_a_share_of(knowledge):
    q = understand("Y de todas las incautaciones relacionadas al covid, ¿qué porcentaje fue por correo?", {}, knowledge, language="es")
    assert q.frame.measure == "percentage" and "seizures" in q.frame.also, q.frame


def test_a_common_word_is_never_corrected(knowledge):
    assert understand("what are they saying about the plain packaging", {}, knowledge).corrections == {}


def test_a_rare_word_one_letter_off_a_far_commoner_content_word_is_its_typo(knowledge):
    # "coreo" is in the Spanish list (51 uses) but "correo" has 42,977; another form of a word is no typo.
    q = understand("cuantas incautaciones fueron por coreo postal en 2021", {}, knowledge, language="es")
    assert q.corrections == {"coreo": "correo"}, q.corrections
    q = understand("¿una cantidad numerosa de incautaciones llegó por correo?", {}, knowledge, language="es")
    assert "numerosa" not in q.corrections, q.corrections


def test_the_story_around_a_question_sets_no_slot(knowledge):
    q = understand("Half of the masks my mom bought fell apart. How many face masks did CBP seize in FY 2021?", {}, knowledge)
    assert not q.frame.compare and q.frame.years == [2021]


def test_a_count_word_right_before_a_value_word_says_what_was_valued(parse):
    frame = parse("machinery cee seizures msrp in fy 2020")
    assert frame.measure == "msrp" and "seizures" in frame.also
    frame = parse("how many seizures and what msrp in fy 2020")
    assert frame.measure == "seizures"  # asked as a count, then a value: both, count first


def test_how_a_question_asks_to_tell_a_fake_is_not_a_word_an_answer_must_repeat(knowledge):
    # "saber si" ("know whether") reads as spotting a fake; "saber" itself is how it was put.
    q = understand("¿Cómo puedo saber si un producto es falsificado?", {}, knowledge)
    assert "spot" in q.topic and "saber" not in q.topic


@pytest.mark.parametrize("text,dropped", [
    ("What kind of fine can a company face for importing counterfeit merchandise?", "kind"),
    ("Legally speaking, what makes something a counterfeit and not just a cheap look-alike?", "legally"),
    ("¿Qué tipo de multa puede recibir una empresa por importar falsificaciones?", "tipo"),
])
def test_how_a_question_is_put_is_not_what_it_is_about(knowledge, text, dropped):
    q = understand(text, {}, knowledge)
    assert dropped not in q.topic, q.topic


def test_it_reads_a_question_naming_only_a_measure_as_a_definition(knowledge):
    from assistant.answering.question import understand

    for message in ("What is MSRP?", "what are seizure lines?"):
        assert understand(message, {}, knowledge).intent == "definition", message
    for message in ("what is the msrp for china", "what was the MSRP in 2020?", "what is the total MSRP?"):
        assert understand(message, {}, knowledge).intent == "figure", message


def test_it_reads_spanish_words_alone_as_spanish(knowledge):
    from assistant.answering.question import understand

    assert understand("que quiere decir MSRP??", {}, knowledge, "en").language == "es"
    assert understand("hola", {}, knowledge, "en").language == "en"  # too short to tell: the page's


@pytest.mark.parametrize("text", [
    "If a traveler brings in a trademarked article and sells it later, what can happen?",
    "can the importer get gray market goods in if they are restricted under the lever rule?",
    "¿puedo importar mercancía del mercado gris?",
    "do people who just buy reps online get in trouble?",
    "coming back from istanbul with some rep bags, how many can i bring?",
])
def test_ipr_words_in_other_forms_name_ipr(knowledge, text):
    assert understand(text, {}, knowledge).anchored


def test_a_sales_rep_names_no_ipr(knowledge):
    assert not understand("can I talk to a customer service rep about my order?", {}, knowledge).anchored


def test_how_many_the_asker_may_bring_asks_a_rule_not_a_figure(knowledge):
    from assistant.answering.question import understand

    q = understand("coming back from bali w some rep bags, how many can i bring thru customs?", {}, knowledge, "en")
    assert q.counted_own and q.intent == "howto"
    assert understand("how many seizures did CBP make in FY 2021?", {}, knowledge, "en").intent == "figure"


@pytest.mark.parametrize("text,language", [
    ("coming back from istanbul with 3 fake purses, all for me. how many will customs let me keep??", "en"),
    ("regreso de Cancún con 3 bolsas pirata para mí, ¿cuántas me dejan pasar en la aduana?", "es"),
    ("how many fake watches am I allowed to bring back?", "en"),
])
def test_how_many_the_asker_is_let_have_asks_a_rule_not_a_figure(knowledge, text, language):
    # Permission anywhere after "how many" ("let me keep", "me dejan pasar", "allowed") is what the asker may do.
    q = understand(text, {}, knowledge, language)
    assert q.counted_own and q.intent == "howto"


@pytest.mark.parametrize("text,figure", [
    ("It's a gift, not for sale - doesn't that count as personal use?", False),
    ("does a gift mailed to me count toward the exemption?", False),
    ("what was the count of seizures in 2021?", True),
])
def test_count_as_asks_whether_something_qualifies_not_for_a_count(knowledge, text, figure):
    assert understand(text, {}, knowledge).wants_figure is figure


@pytest.mark.parametrize("text,term", [
    ("What is the IPR Center?", "ipr center"),
    ("what is the IPR Center and who runs it?", "ipr center"),
    ("¿Qué es el MSRP que sale en todas las tablas del informe?", "msrp"),
    ("¿Qué es la protección Lever-rule para mercancía del mercado gris?", "proteccion lever rule"),
    # A Spanish noun phrase runs on over "de la" as over "de".
    ("¿Qué es la protección de la regla Lever para mercancía del mercado gris? Importo galletas originales.",
     "proteccion de la regla lever"),
])
def test_a_term_closing_the_question_runs_to_the_end_of_its_noun_phrase(knowledge, text, term):
    # A gap takes as few words as it can; the term asked about is the whole name, up to a stop word.
    assert understand(text, {}, knowledge).term == term


@pytest.mark.parametrize("text", ["As of Sept 30 2021, how many active recordations did CBP have?",
                                  "how many active recordations were there on Sep 30, 2021?"])
def test_a_month_written_short_is_the_month_not_an_unknown_name(knowledge, text):
    q = understand(text, {}, knowledge, "en")
    assert "sept" not in q.unknown and "sep" not in q.unknown and "september" in q.words


def test_a_change_right_after_how_much_names_nothing_counted(knowledge):
    # "¿cuánto aumentaron ...?" asks how much something rose: "aumentaron" is not what is counted, so an
    # answer need not speak of it (the FAQ says "subieron un 57%").
    q = understand("Las solicitudes de asesoría previa a la incautación, ¿cuánto aumentaron de 2020 a 2021?", {}, knowledge)
    assert not any(t.startswith("aument") for t in q.counted), q.counted
    q = understand("¿cuántas solicitudes de asesoría recibió CBP?", {}, knowledge)
    assert "solicitude" in q.counted or "solicitud" in q.counted, q.counted


def test_a_year_reckoned_from_this_year_dates_no_figure_when_a_duration_is_asked(knowledge, ask):
    # "If I record my trademark with CBP this year, how long does it last?": "this year" says when the
    # visitor acts, not which year's figure is wanted; the FAQ on the term answers, though it names no year.
    q = understand("If I record my trademark with CBP this year, how long does that recordation last?", {}, knowledge)
    assert not q.wants_figure
    reply = ask("If I record my trademark with CBP this year, how long does that recordation last? "
                "Do I have to redo it every year or is it tied to my USPTO registration somehow?")
    assert "USPTO registration" in reply.text and reply.kind == "faq", reply.text
def test_a_spanish_plural_is_as_common_as_its_singular():
    # pyspellchecker's Spanish list holds "persona", not "personas": a plural must not read as rare,
    # or a common word would be "corrected" to the row name a letter off ("personal").
    from assistant.answering.question import _frequency
    from assistant.retrieval.spelling import frequency

    assert frequency("personas", "es") == 0
    assert _frequency("personas", "es") == frequency("persona", "es") > 0
    assert _frequency("ciudades", "es") == frequency("ciudad", "es") > 0


@pytest.mark.parametrize("text", ["I reported a seller months ago. Can they tell me what they did about it?",
                                  "the officer said something. what did he mean by it?"])
def test_a_pronoun_names_no_term(knowledge, text):
    assert understand(text, {}, knowledge).term == ""


def test_finde_is_the_weekend_not_a_misspelt_word(knowledge):
    q = understand("fui a tijuana hace 2 semanas, si vuelvo este finde puedo traer otros tenis?", {}, knowledge, "es")
    assert "fine" not in q.tokens and "semana" in q.tokens


@pytest.mark.parametrize("text", ["¿Cada cuánto se puede usar la exención personal para artículos falsificados?",
                                  "cada cuanto puedo traer un bolso de imitacion?"])
def test_cada_cuanto_asks_how_often_not_a_count(knowledge, text):
    q = understand(text, {}, knowledge, "es")
    assert not q.wants_figure and q.intent != "figure"


def test_irregular_negations_keep_their_verb():
    from assistant.answering.words import words

    # "won't" is "will not", never the word "wo"; "can't" is "can not".
    assert words("The site won't take returns and I can't reach them") == [
        "the", "site", "will", "not", "take", "returns", "and", "i", "can", "not", "reach", "them"]


def test_and_what_share_at_the_end_asks_a_figure_not_what_a_share_is(knowledge):
    q = understand("which product had the most seizure lines in FY 2021, and what percentage?", {}, knowledge, "en")
    assert q.intent != "definition" and not q.term, (q.intent, q.term)


@pytest.mark.parametrize("question, language", [
    ("¿Las cosas falsificadas que CBP decomisa las donan o qué hacen con ellas?", "es"),
    ("what does customs do with the knockoffs it seizes?", "en"),
])
def test_what_is_done_with_things_asks_what_becomes_of_them(knowledge, question, language):
    q = understand(question, {}, knowledge, language)
    assert q.has("ask.fate"), sorted(q.asking_tags)


def test_lead_the_metal_is_no_ranking(knowledge):
    q = understand("Is there a legal limit on lead in imported children's toys?", {}, knowledge, "en")
    assert not q.frame.rank, q.frame.rank


@pytest.mark.parametrize("message,language", [
    ("A brand is suing me for selling knockoff bags on Etsy. Should I settle or fight it in court?", "en"),
    ("Una marca me mandó una carta de cese y desista por vender réplicas. ¿Me conviene llegar a un acuerdo o pelear en la corte?", "es"),
    ("¿Debo negociar con la marca o pelearlo en la corte?", "es"),
])
def test_whether_to_settle_or_fight_in_court_is_legal_advice(knowledge, message, language):
    # The legal question may come after the story that names the lawsuit; it is read on its own.
    q = understand(message, {}, knowledge, language)
    assert q.has("ask.legal"), sorted(q.asking_tags)


def test_the_report_as_a_noun_and_a_red_flag_are_no_reporting(knowledge):
    # An FAQ's own question is read with the grammar's vetoes too: "the FY 2021 report's tables" reports nothing.
    tags = knowledge.lexicon("en").tags_of(words("Which fiscal years do the FY 2021 report's tables cover?"))
    assert "channel.report" not in tags, sorted(tags)
    q = understand("how big of a discount is a red flag? like if a bag is half off is it prob fake", {}, knowledge, "en")
    assert "channel.report" not in q.asking_tags and q.has("ask.identify"), sorted(q.asking_tags)


@pytest.mark.parametrize("message,language", [
    ("My business imported phone cases with counterfeit logos. What's the max fine they can charge for a first time?", "en"),
    ("¿Cuál es la multa máxima que me pueden cobrar por importar fundas de celular falsas?", "es"),
    ("I ordered some knockoff Jordans and they got seized. can CBP fine me? whats the max for a first time?", "en"),
    ("Si CBP me pone una multa civil por importar productos con marca falsificada, ¿sobre qué valor se calcula el máximo de la multa?", "es"),
    ("What is the maximum of the fine based on if my company imports counterfeit goods?", "en"),
    ("whats the max civil fine CBP can give for a first counterfeit seizure? is it based on what I paid for the stuff?", "en"),
])
def test_the_most_a_fine_may_be_is_no_ranking(knowledge, message, language):
    q = understand(message, {}, knowledge, language)
    assert not q.frame.rank, q.frame.rank


@pytest.mark.parametrize("text", [
    "Of the fiscal years shown in the transport-mode table (2018 to 2021), which one had the fewest IPR seizures?",
    "De los años fiscales que aparecen en la tabla de medios de transporte (2018 a 2021), ¿cuál tuvo menos incautaciones?",
])
def test_which_one_of_the_years_set_apart_ranks_the_years(parse, text):
    # However long the aside between the years and "which one", the years are what is ranked.
    frame = parse(text)
    assert frame.which_year and frame.rank == "min", frame


def test_on_top_of_ranks_nothing(parse):
    # "on top of keeping the goods" is "besides", no ranking ("which was on top?" still is one).
    assert parse("Can they also fine me on top of keeping the goods, and how big could that fine be?").rank == ""
    assert parse("which product was on top in FY 2021?").rank == "max"


def test_a_measure_ruled_out_asks_for_no_figure(knowledge):
    # "apart from the price" rules the money out: no ranking of rows, no figure, no money answer wanted.
    q = understand("Apart from the price, what about the packaging or labels can tip me off that a product is counterfeit?", {}, knowledge)
    assert not q.wants_figure and q.frame.rank == "", q.to_debug()


def test_does_a_name_mean_asks_what_it_means_not_its_figure(knowledge):
    # A yes or no on what a name in the tables means; "what does MSRP mean?" is still a definition.
    q = understand("When the report lists seizures by economy, does 'China' mean the goods were made in China?", {}, knowledge)
    assert not q.wants_figure and "ask.meaning" in q.asking_tags, q.to_debug()


def test_a_name_the_tables_print_typed_a_letter_short_is_read_as_it(knowledge):
    q = understand("colmbia seizure lines fy2021? and the msrp", {}, knowledge)
    assert q.corrections.get("colmbia") == "colombia", q.to_debug()


def test_que_tantas_asks_how_many_unless_a_clause_reports_it(knowledge):
    # "¿qué tantas...?" is "how many" where Mexico and Colombia say it; "dice que tantas ... son de China" reports.
    asked = understand("q tantas incautaciones d colombia hubo en 2021? soy de medallo y me dio curiosidad jaja", {}, knowledge, "es")
    assert asked.frame.count and asked.asking_sentences == asked.asking_sentences[:1], asked.to_debug()
    told = understand("Cuando el informe dice que tantas incautaciones son 'de China', ¿significa que ahí se fabricaron?", {}, knowledge, "es")
    assert not told.frame.count and not told.wants_figure, told.to_debug()


def test_a_spanish_conditional_after_cuanto_counts_no_thing(knowledge):
    # "¿cuánto pagaría en total?" asks an amount of the asker's case; "pagaría" is no thing counted.
    q = understand("Mi marca está registrada en la USPTO en 3 clases. Si la inscribo con CBP, ¿cuánto pagaría en total?", {}, knowledge, "es")
    assert "pagaria" not in q.counted and "pagaria" not in q.unknown, q.to_debug()


def test_a_measure_word_typed_a_letter_short_is_read_as_it_not_a_grammar_word(knowledge):
    # "lins" is a letter short of both "lines" (a measure) and "links" (grammar): the measure is what is asked.
    q = understand("how many seizure lins did cbp have in fy21", {}, knowledge)
    assert q.corrections.get("lins") == "lines" and q.frame.measure == "seizure_lines", q.to_debug()


def test_what_a_figure_is_for_asks_nothing_more(knowledge):
    q = understand("total msrp seized fy 2020?? need it for a slide", {}, knowledge)
    assert len(q.asking_sentences) == 1, q.to_debug()


@pytest.mark.parametrize("text", ["¿cómo la grabo ante CBP?", "¿cómo las protejo?", "como los cambio"])
def test_como_with_a_pronoun_before_the_verb_asks_how(knowledge, text):
    # "¿cómo lo inscribo?" asked how (or where to go); "la", "los", "las" before the verb were read as asking
    # about something.
    assert understand(text, {}, knowledge, "es").intent in ("howto", "channel")


@pytest.mark.parametrize("text,lang", [
    ("I'm writing a paper for school: how many seizures did CBP make in 2020?", "en"),
    ("estoy haciendo un trabajo para la uni, cuantas incautaciones hubo en 2020?", "es"),
    ("Para mi blog: ¿cuántas líneas de incautación de calzado hubo en el AF 2021?", "es"),
])
def test_what_a_figure_is_for_leaves_the_topic(knowledge, text, lang):
    q = understand(text, {}, knowledge, lang)
    assert not {"paper", "school", "trabajo", "uni", "blog"} & set(q.topic), q.topic


@pytest.mark.parametrize("text,term", [
    ("For purposes of CBP border enforcement, how is a counterfeit trademark defined?", "counterfeit trademark"),
    ("how does CBP define a piratical article?", "piratical article"),
    ("¿Cómo se define una marca falsificada?", "marca falsificada"),
])
def test_it_reads_how_a_term_is_defined_as_a_definition(knowledge, text, term):
    q = understand(text, {}, knowledge)
    assert q.intent == "definition" and q.term == term, (q.intent, q.term)


@pytest.mark.parametrize("message,ranked", [
    ("¿De dónde viene la mayoría de la mercancía falsificada que incauta CBP?", set()),
    ("¿Qué puerto tuvo la mayoría de las incautaciones?", {"puerto"}),
])
def test_a_que_after_the_ranking_word_relates_a_clause(knowledge, message, ranked):
    # "...la mercancía que incauta CBP": "que" joins a clause, it asks nothing; "incauta" is no kind of row.
    q = understand(message, {}, knowledge, "es")
    assert q.ranked == ranked and q.frame.rank == "max", (q.ranked, q.frame.rank)


@pytest.mark.parametrize("message", [
    "Does the country listed in the seizures-by-economy tables mean the goods were actually made there?",
    "does the economy listed for a seizure in the report's tables mean that's the country where it was produced?",
])
def test_what_a_long_subject_means_asks_no_figure(knowledge, message):
    # "Does <a long noun phrase> mean ...?" asks what the report's figures mean, not a figure
    # (it was answered with FY 2021's 27,115 seizures).
    q = understand(message, {}, knowledge, "en")
    assert not q.wants_figure and q.has("ask.meaning"), sorted(q.asking_tags)


def test_a_lead_introducing_the_asker_ends_a_sentence_a_heading_does_not():
    from assistant.answering.words import sentences

    assert sentences("Soy periodista en Bogotá: ¿cuántas líneas hubo en 2021?") == ["Soy periodista en Bogotá", "¿cuántas líneas hubo en 2021?"]
    assert sentences("I'm a student in Lima: how many seizures in 2021?") == ["I'm a student in Lima", "how many seizures in 2021?"]
    assert sentences("Handbags: how many in 2021?") == ["Handbags how many in 2021?"]


def test_a_figure_asked_after_an_introduction_is_answered(ask):
    # The city and the job are no words a table lacks: the question is Colombia's lines in FY 2021.
    reply = ask("Soy periodista en Bogotá: ¿cuántas líneas de incautación tuvieron a Colombia como origen en 2021?")
    assert reply.kind == "statistic" and "5,912" in reply.text, reply.text
