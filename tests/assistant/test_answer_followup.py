"""Multi-turn: a short follow-up changes one slot of the previous statistics question."""
import pytest


def _chain(ask, *questions):
    context, replies = {}, []
    for q in questions:
        reply = ask(q, context)
        replies.append(reply)
        context = reply.context
    return replies


def test_it_changes_the_year(ask):
    first, second = _chain(ask, "How many seizure lines of footwear in FY 2021?", "what about FY 2020?")
    assert "13,355" in first.text and "10,868" in second.text


def test_it_changes_the_row(ask):
    _, second = _chain(ask, "How many seizure lines of footwear in FY 2021?", "and handbags?")
    assert "28,331" in second.text


def test_it_changes_the_measure(ask):
    _, second = _chain(ask, "How many seizure lines of handbags in FY 2021?", "how about the value?")
    assert "$972,495,390" in second.text


def test_it_follows_into_another_row_of_the_same_table(ask):
    _, second, third = _chain(ask, "How many seizures in express in FY 2021?", "and in mail?", "and FY 2019?")
    assert "7,293" in second.text and "8,982" in third.text


def test_it_keeps_a_ranking_when_the_year_changes(ask):
    _, second = _chain(ask, "Which product had the most seizure lines in FY 2021?", "what about FY 2020?")
    assert "Wearing Apparel/Accessories" in second.text and "FY 2020" in second.text


def test_a_year_asked_after_a_ranking_ranks_that_year_again(ask):
    # The leader changes between the years: Cargo in FY 2021, Express in FY 2019.
    first, second = _chain(ask, "Which mode of transport had the highest MSRP in FY 2021?", "and in 2019?")
    assert "**Cargo**" in first.text
    assert "**Express**" in second.text and "$553.5" in second.text, second.text


def test_a_year_asked_after_a_row_named_past_a_ranking_is_that_rows(ask):
    *_, last = _chain(ask, "Which mode of transport had the highest MSRP in FY 2021?", "what about mail?", "and in 2019?")
    assert "**Mail**" in last.text and "$175.6" in last.text, last.text


def test_it_ignores_a_follow_up_without_a_previous_statistic(ask):
    reply = ask("and footwear?", {"kind": "faq"})
    assert "10,868" not in reply.text and "13,355" in reply.text  # stand-alone: FY 2021 by default


def test_it_survives_a_corrupt_context(ask):
    reply = ask("and footwear?", {"kind": "statistic", "frame": {"years": "bogus", "nope": 1}})
    assert reply.kind  # answered or fell back, no exception


def test_after_a_ranking_and_by_another_measure_ranks_again(ask):
    _, second = _chain(ask, "which product had the most seizure lines in FY 2021?", "and by MSRP?")
    assert "Watches/Jewelry" in second.text and "$1,186,747,146" in second.text


def test_after_a_ranking_what_they_were_worth_in_total_is_the_whole_tables(ask):
    _, second = _chain(ask, "which product had the most seizure lines in FY 2021?", "what were they worth in total?")
    assert "$3,330,037,350" in second.text


def test_after_a_ranking_a_share_of_the_total_is_the_rows(ask):
    _, second = _chain(ask, "which product had the most seizure lines in FY 2021?", "what percent of the total was that?")
    assert "Wearing Apparel/Accessories" in second.text and "30%" in second.text


def test_after_a_ranking_its_measure_is_the_rows(ask):
    _, second = _chain(ask, "which product had the most seizure lines in FY 2021?", "what was its MSRP?")
    assert "$487,370,983" in second.text


@pytest.mark.parametrize("turns", [
    ("What was the top health, safety and security commodity in FY 2021?", "how many seizure lines?"),
    ("¿Cuál fue el principal producto de salud, seguridad y protección en el FY 2021?", "¿cuántas líneas de incautación?"),
])
def test_after_a_ranking_naming_no_measure_its_measure_is_the_leaders(ask, turns):
    # The ranking ranked seizure lines though the question named no measure: asking them next asks
    # the leader's (Pharmaceuticals/Personal Care's), not the table's total (6,532).
    *_, last = _chain(ask, *turns)
    assert "3,041" in last.text and "6,532" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("How many IPR seizures were made in the mail environment in FY 2021?", "and 2020?",
     "which year in the table had the most mail seizures?"),
    ("¿Cuántas incautaciones hubo por correo en el AF 2021?", "¿y en 2020?", "¿qué año de la tabla tuvo más incautaciones por correo?"),
    ("Of the fiscal years shown in the mode-of-transport table, which one had the most mail seizures?",),
])
def test_which_year_in_the_table_ranks_every_year_it_prints(ask, turns):
    # Not only the two years asked so far (FY 2021 against FY 2020): FY 2018 had the most.
    *_, last = _chain(ask, *turns)
    assert "9,643" in last.text, last.text


def test_which_of_those_years_ranks_the_years_asked(ask):
    *_, last = _chain(ask, "How many mail seizures in FY 2021?", "and 2020?", "which of those years had more?")
    assert "7,293" in last.text and "9,643" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("What was the MSRP of express seizures in FY 2021?", "and mail?", "which mode had the most that year?"),
    ("¿Qué valor MSRP tuvo lo que se decomisó en envíos de mensajería exprés en el AF21?", "¿y por correo?",
     "¿cuál modo de transporte tuvo más ese año?"),
])
def test_a_ranking_of_the_conversations_rows_ranks_by_its_measure(ask, turns):
    # By MSRP, cargo led ($1,575.7 million); by seizures, express (16,926).
    first, *_, last = _chain(ask, *turns)
    assert "1,036.1" in first.text, first.text
    assert "1,575.7" in last.text and "16,926" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("What was the MSRP of IPR seizures in the cargo environment in FY 2019?", "What was the total for all modes that year?"),
    ("¿Cuánto valía lo incautado en carga en el año fiscal 2019?", "¿y el total de todos los medios de transporte ese año?"),
])
def test_a_total_of_the_conversations_rows_adds_up_its_measure(ask, turns):
    # By MSRP, FY 2019's modes add up to $1,555.2 million; by seizures, to 27,599.
    *_, last = _chain(ask, *turns)
    assert "1,555.2" in last.text and "27,599" not in last.text, last.text


@pytest.mark.parametrize("turns,present,absent", [
    (("How many IPR e-Allegations did CBP receive in FY 2018?", "and all e-Allegations that year, not just IPR?"), "1,162", "324"),
    (("¿Cuántas e-Allegations de IPR recibió CBP en 2021?", "¿y contando todo tipo de denuncias?"), "1,743", "407"),
    (("What share of all e-Allegations in FY 2021 were about IPR?",), "23.4%", "1,162"),
])
def test_all_e_allegations_are_the_whole_the_ipr_ones_are_part_of(ask, turns, present, absent):
    *_, last = _chain(ask, *turns)
    assert present in last.text and absent not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("How many COVID-19 related seizures were of masks in FY 2021?", "which covid-related product had even more seizures than masks?"),
    ("¿qué producto relacionado con el COVID tuvo aún más incautaciones que las mascarillas en 2021?",),
])
def test_a_row_with_more_than_the_one_named_ranks_above_it(ask, turns):
    # Not the masks' 670 again: the vaccination cards' 734 is the row above them.
    *_, last = _chain(ask, *turns)
    assert "734" in last.text and "670" not in last.text, last.text


def test_a_row_only_the_faqs_words_name_is_no_row_asked(ask):
    # "mail" is the Mega Flex FAQ's word (international mail facilities): the mode table's Mail row
    # (7,293 seizures) is not what the operation seized.
    *_, last = _chain(ask, "When was Operation Mega Flex initiated?",
                      "how many shipments did the New York Field Office and partners inspect?",
                      "and how many were seized for IPR violations?")
    assert "127" in last.text and "7,293" not in last.text, last.text


def test_a_row_the_follow_up_names_by_a_synonym_is_its_own(ask):
    # "PI" is the follow-up's own word for IPR: the IPR row stands, and the next year is that row's.
    *_, last = _chain(ask, "que es el e-Allegations de CBP?", "¿cuántas alegaciones de PI recibieron por ahí en 2021?", "¿y en 2019?")
    assert "264" in last.text, last.text


def test_were_there_points_at_nothing(ask):
    _, _, third = _chain(ask, "someone on Instagram is selling fake sunglasses, where do I report it?", "thanks",
                         "how many counterfeit footwear seizure lines were there in 2021?")
    assert "13,355" in third.text


def test_a_question_with_no_words_of_its_own_is_about_the_conversation(ask):
    _, second = _chain(ask, "How are rights holders told that their goods were seized?", "since when?")
    assert "June 7" in second.text


def test_a_row_of_the_table_just_given_stays_in_that_table(ask):
    # Hong Kong is a row of the cell-phone table and of the economy table: the conversation says which.
    _, share = _chain(ask, "how many counterfeit cell phone seizure lines were there in 2021?", "what percentage came from Hong Kong?")
    assert "59.0%" in share.text, share.text
    # A row that table lacks is read in the table that has it.
    _, other = _chain(ask, "how many counterfeit cell phone seizure lines were there in 2021?", "how many seizure lines came from Turkey in FY 2021?")
    assert "10,781" in other.text, other.text


def test_it_ranks_what_the_conversation_was_about(ask):
    _, second = _chain(ask, "What is a CBP Center of Excellence and Expertise?", "which had the highest MSRP in FY 2019?")
    assert "Consumer Products and Mass Merchandising" in second.text and "1,000,628,016" in second.text


def test_it_ranks_the_years_asked_for_the_same_row(ask):
    *_, third = _chain(ask, "What was the seized MSRP for the Apparel, Footwear and Textiles Center in FY 2021?", "and in 2018?",
                       "which of those years was highest?")
    assert "Apparel, Footwear and Textiles" in third.text and "**FY 2021**" in third.text


def test_a_comparative_over_the_years_asked_ranks_them(ask):
    # "which year was higher/lower?" ranks the years as "highest/lowest" would.
    *_, higher = _chain(ask, "How many seizures of Mail were there in FY 2019?", "and in 2020?", "which year was higher?")
    assert "**FY 2019** had the highest" in higher.text and "8,982" in higher.text, higher.text
    *_, lower = _chain(ask, "How many seizures of Mail were there in FY 2019?", "and in 2020?", "which year was lower?")
    assert "**FY 2020** had the lowest" in lower.text and "6,886" in lower.text, lower.text


def test_it_keeps_the_row_in_another_table(ask):
    _, second = _chain(ask, "How many seizure lines were consumer products in FY 2021?", "what was its MSRP?")
    assert "$72,075,495" in second.text


def test_it_leaves_a_ranking_for_the_row_a_follow_up_names(ask):
    *_, last = _chain(ask, "¿qué es un Centro de Excelencia y Experiencia de CBP?", "¿cuál tuvo el MSRP más alto en el año fiscal 2019?",
                      "¿y el de farmacéuticos ese mismo año?")
    assert "9,234,202" in last.text


def test_a_figure_follow_up_finds_the_faq_its_own_words_name(ask):
    # The conversation's words find the program's FAQ; "tools deployed" the FAQ that gives the count.
    _, second = _chain(ask, "What is the Donations Acceptance Program?", "how many tools have been deployed through it?")
    assert "214" in second.text, second.text


def test_their_total_after_a_rows_share_is_the_tables_total(ask):
    # "their" points at what was counted (the cell phones), "its" or "that" would point at the row.
    *_, total = _chain(ask, "how many seizure lines of cell phones and accessories in 2021?", "what percentage came from Hong Kong?",
                       "and what was their total value?")
    assert "$64,585,891" in total.text, total.text


def test_that_category_is_read_in_the_table_the_follow_up_names(ask):
    *_, hss = _chain(ask, "personal care fakes like shampoo and lotion, how many seizure lines in 2021?",
                     "how many of the health, safety and security seizure lines were that category?")
    assert "3,041" in hss.text, hss.text


def test_it_handles_a_pointer_whose_own_words_no_table_counts(ask):
    *_, duty = _chain(ask, "which country had the most seizure lines in 2021?", "how much duty would I pay importing sneakers from there?")
    assert duty.kind == "fallback", duty.text


def test_a_total_value_after_a_rows_share_is_the_tables_in_spanish(ask):
    # "valían" says "they" with the verb alone: after a share, a total with a new measure is the table's.
    *_, total = _chain(ask, "¿cuántas líneas de incautación de celulares y accesorios hubo en 2021?",
                       "¿qué porcentaje venía de Hong Kong?", "¿y cuánto valían en total?")
    assert "64,585,891" in total.text, total.text


def test_a_channel_question_after_a_count_takes_the_conversations_words(ask):
    # "where do I file one?" after a count of e-Allegations asks where, not another count.
    *_, where = _chain(ask, "How many IPR e-Allegations did CBP receive in FY 2020?", "¿y dónde hago una?")
    assert "eallegations.cbp.gov" in where.text or any("eallegations" in link["url"] for link in where.links), where.text


def test_which_was_first_ranks_the_table_the_conversation_is_on(ask):
    *_, first = _chain(ask, "What was the MSRP of counterfeit cell phones and accessories from Hong Kong in FY 2021?",
                       "which country was first?")
    assert "China" in first.text and "39,183,693" in first.text, first.text


def test_a_year_asked_before_a_definition_carries_past_it(ask):
    first, second, third = _chain(ask, "How many health, safety and security seizure lines were there in FY 2020?",
                                  "what does HSS stand for?", "which commodity had the most that year?")
    assert "5,679" in first.text and "FY 2020" in third.text and "2,706" in third.text, third.text


def test_a_count_naming_only_a_measure_after_a_definition_counts_its_table(ask):
    # "lines" and a year name no table: the one the definition was about, not CBP's 102,490 in all.
    _, second, third = _chain(ask, "¿Qué significa HSS en las tablas del informe?", "¿cuántas líneas hubo en 2021?", "¿y en 2020?")
    assert "6,532" in second.text and "102,490" not in second.text, second.text
    assert "5,679" in third.text, third.text


def test_a_ranking_of_another_kind_of_rows_within_a_table_named_is_not_that_tables_ranking(ask):
    # No table crosses COVID-19 products with modes of transport: the FAQ saying where they were found answers.
    _, second = _chain(ask, "How many face masks did CBP seize?", "And which mode of transport did most of those COVID seizures come through?")
    assert "Vaccination Cards" not in second.text and "53 percent" in second.text, second.text


def test_a_row_asked_of_an_faq_stays_the_conversations_row(ask):
    # The FAQ gives the 8,677 tablets; "in how many seizures?" is that row's count in the COVID-19 table.
    for first, second in (("How many FDA-prohibited hydroxychloroquine tablets did CBP seize in FY 2021?", "in how many seizures?"),
                          ("¿Cuántas tabletas de hidroxicloroquina prohibidas por la FDA se incautaron en el año fiscal 2021?",
                           "¿en cuántas incautaciones?")):
        _, reply = _chain(ask, first, second)
        assert "59" in reply.text and "38,154" not in reply.text, reply.text


def test_a_passage_naming_another_year_does_not_answer_a_years_figure(ask):
    # The report prints the active exclusion orders at the end of FY 2021 only.
    _, second = _chain(ask, "How many active exclusion orders was CBP administering at the end of FY 2021?",
                       "and how many active orders were there at the end of FY 2020?")
    assert "128" not in second.text, second.text


def test_a_count_after_a_ranking_by_share_is_the_count_the_share_is_of(ask):
    # The second by share is Hong Kong; "with how many lines?" asks its lines, not the table's 102,490.
    *_, last = _chain(ask, "¿Qué país o economía tuvo más líneas de incautación en el año fiscal 2021?",
                      "¿Cuántas fueron y qué porcentaje del total es eso?", "¿y el segundo?", "¿con cuántas líneas?")
    assert "18,466" in last.text and "102,490" not in last.text, last.text


def test_a_ranking_of_the_kind_of_rows_named_first_is_the_named_tables_ranking(ask):
    # "that category's" names products after "which country": the cell phone table's countries are ranked.
    reply = ask("Which country was the top source by MSRP for seized cell phones/accessories in FY21, "
                "and what share of that category's MSRP did it account for?")
    assert "China" in reply.text and "60.7%" in reply.text, reply.text
    _, _, third = _chain(ask, "¿Cuántas líneas de incautación de móviles y accesorios falsificados hubo en el AF 2021?",
                         "¿de qué país vinieron más?", "¿y qué país tuvo más valor (MSRP) en esa categoría?")
    assert "39,183,693" in third.text, third.text


def test_an_email_asked_after_an_answer_with_no_email_is_looked_for_afresh(ask):
    # The recordations' figures gave the public search page; "who do I email" wants the recordations' address.
    _, _, third = _chain(ask, "How do I record my trademark with CBP?",
                         "how many active recordations was CBP enforcing at the end of FY 2021?",
                         "who do I email with questions about that program?")
    assert "iprrquestions@cbp.dhs.gov" in third.text, third.text


def test_where_to_submit_one_after_the_e_allegations_figures_routes_there(ask):
    _, _, third = _chain(ask, "How many IPR e-Allegations did CBP get in FY 2021?",
                         "out of how many e-Allegations in total that year?", "how do I submit one?")
    assert third.kind in ("route", "faq") and "eallegations.cbp.gov" in third.text, third.text


def test_the_year_before_is_before_the_year_discussed(ask):
    _, second = _chain(ask, "what was the MSRP of all IPR seizures in fiscal 2019?", "how does that compare to the year before?")
    assert "FY 2018" in second.text and "FY 2019" in second.text and "FY 2021" not in second.text, second.text
    # A table in millions that carries the years' exact dollars says the difference in millions.
    assert "$155.4 million" in second.text, second.text


def test_a_share_asked_after_a_value_is_a_share_of_that_value(ask):
    *_, third = _chain(ask, "What was the MSRP of seized Consumer Electronics in FY 2020?", "what share of the total is that?",
                       "how does that compare to FY 2021?")
    assert "$171,010,749" in third.text and "seizure lines" not in third.text, third.text


def test_where_a_row_ranks_is_its_place_among_the_rows_named(ask):
    *_, second, third = _chain(ask, "What was the MSRP of seized Wearing Apparel/Accessories in FY 2020?",
                               "where did it rank among products that year?", "and in FY 2021?")
    assert "**fourth**" in second.text and "FY 2020" in second.text and "Watches/Jewelry" in second.text, second.text
    assert "**third**" in third.text and "$487,370,983" in third.text, third.text
    es = ask("¿en qué lugar quedó Turquía por líneas de incautación en 2021?")
    assert "**tercer** lugar" in es.text and "10,781" in es.text, es.text


def test_what_about_a_row_after_a_figure_is_that_rows_figure(ask):
    _, second = _chain(ask, "How many mask seizures does the FY 2021 COVID-19 seizure table list?", "what about vaccination cards?")
    assert second.kind == "statistic" and "734" in second.text, second.text


def test_a_row_of_common_words_said_in_a_follow_up_beats_the_row_carried(ask):
    *_, third = _chain(ask, "What was the total seized MSRP in FY 2019?", "how much of it came via cargo?", "and other?")
    assert "**Other**" in third.text and "337.9" in third.text, third.text


def test_a_question_pointing_back_at_the_row_a_story_named_asks_about_that_row(ask):
    reply = ask("Wearing apparel shows up in the health and safety table too. How many HSS seizure lines did it have in FY 2021?")
    assert "457" in reply.text and "6,532" not in reply.text, reply.text


def test_a_follow_up_on_a_bullet_reads_the_bullet_after_it(ask):
    *_, third = _chain(ask, "How many active exclusion orders was CBP administering at the end of FY 2021?",
                       "how many seizures correctly cited 19 USC 1337(i)?", "and their MSRP?")
    assert "$1,930,683" in third.text, third.text


def test_it_does_not_carry_the_row_to_a_name_the_table_lacks(ask):
    # Mexico is in no economy table: the answer says so, never Thailand's 1,445 nor the ranking again.
    _, second, third = _chain(ask, "Which economy was fifth in seizure lines in FY 2020?",
                              "and how many did Mexico have that year?", "and Turkey?")
    assert "does not list Mexico" in second.text and "1,445" not in second.text
    assert "6,831" in third.text
    _, segundo = _chain(ask, "¿Qué economía quedó quinta en líneas de incautación en FY 2020?", "¿y México cuántas tuvo ese año?")
    assert "México" in segundo.text and "1,445" not in segundo.text


def test_a_row_that_sounds_like_a_channel_is_the_row(ask):
    # "correo" is also how Spanish says email; after seizures by mode of transport it is the Mail row.
    _, second, third = _chain(ask, "¿Por qué modo de transporte hubo más incautaciones en 2021?", "¿y por correo?",
                              "¿y en 2020?")
    assert "7,293" in second.text and "6,886" in third.text


def test_it_reads_a_bullets_figures_with_the_next_bullet(ask):
    # The report lists a program's figures one per line: "...citing 19 USC 1337(i): 81 cases", then
    # "Seizure Est. MSRP: $1,930,683" ("Est." is "estimated", a synonym).
    first, second = _chain(ask, "How many seizures correctly cited 19 USC 1337(i)?", "what was their estimated MSRP?")
    assert "81" in first.text and "$1,930,683" in second.text


def test_a_lists_lead_is_read_with_the_bullets_under_it(ask):
    # "Exclusion Orders – for FY 2021:" alone says nothing; read on, its bullets give the count and
    # the MSRP, and a question asking the value gets the bullet that holds one.
    reply = ask("What was the estimated MSRP of seizures that cited 19 USC 1337(i) for exclusion orders in FY 2021?")
    assert "$1,930,683" in reply.text, reply.text


def test_a_word_asked_as_a_question_continues_the_conversation(ask):
    # "convictions?" has no grammar of its own: it asks the same of what the conversation was about.
    _, second = _chain(ask, "How many people did ICE-HSI arrest for IP crimes in FY 2021?", "convictions?")
    assert second.kind == "faq" and "100 convictions" in second.text
    # Alone, it asks about nothing in particular: the fallback, or at most what the content says of
    # convictions, the report's sentence or the FAQ quoting it (the scope and FAQ models, retrained on
    # each round's examples, sit near their bars for one word).
    alone = ask("convictions?")
    assert alone.kind == "fallback" or (alone.kind in ("section", "faq") and "100 convictions" in alone.text), alone.text


def test_a_figure_follow_up_with_a_subject_of_its_own_is_covered_by_its_own_words(ask):
    # "that year" points back, but "de minimis filings" is the subject; the express-shipments FAQ's
    # words, inherited, must not keep the de minimis FAQ from answering.
    _, second = _chain(ask, "How many express shipments did CBP process in FY 2021?",
                       "How many de minimis filings did CBP receive that year?")
    assert "524 million" in second.text
    _, third = _chain(ask, "How many express shipments did CBP process in FY 2021?", "oye y me ayudas a sacar mi licencia de manejo?")
    assert third.kind == "fallback"


def test_a_count_with_nothing_of_its_own_counts_what_the_conversation_was_about(ask):
    # "in how many seizures?" names only a measure: the test kits' 53, never CBP's 27,115 in all.
    _, second = _chain(ask, "How many FDA-prohibited COVID-19 test kits did CBP seize in FY 2021?", "in how many seizures?")
    assert "53 seizures" in second.text and "27,115" not in second.text
    _, segundo = _chain(ask, "¿Cuántos kits de prueba de COVID-19 prohibidos por la FDA se incautaron en el FY 2021?",
                        "¿en cuántas incautaciones?")
    assert "27,115" not in segundo.text


def test_a_total_in_a_year_the_conversations_table_lacks_comes_from_a_table_that_prints_it(ask):
    # The MSRP-by-product tables print FY 2020-2021; the total for FY 2019 is in the CEE and mode tables.
    _, second = _chain(ask, "What was the total MSRP of IPR seizures in FY 2021?", "And FY 2019?")
    assert "1,555" in second.text and "not FY 2019" not in second.text
    # A row keeps its table: footwear has no FY 2019 anywhere, and no total stands in for it.
    _, row = _chain(ask, "How many seizure lines of footwear in FY 2021?", "and FY 2019?")
    assert "72,357" not in row.text and "102,490" not in row.text


def test_a_spanish_count_with_no_subject_counts_what_the_conversation_named(ask):
    # "¿Cuántas estaban activas?" leaves the subject out, as Spanish does: the exclusion orders just named.
    _, second = _chain(ask, "¿Quién emite las órdenes de exclusión que hace cumplir CBP?", "¿Cuántas estaban activas al final del FY 2021?")
    assert "128" in second.text
    # A kind with no noun ("¿cuántas de propiedad intelectual...?": how many IPR ones) too, never CBP's seizures.
    *_, third = _chain(ask, "¿Cuántas e-Allegations de propiedad intelectual recibió CBP en el FY 2021?",
                       "¿y cuántas e-Allegations en total ese año?", "¿Cuántas de propiedad intelectual hubo en 2018?")
    assert "324" in third.text and "33,810" not in third.text, third.text
    # An adjective with no noun ("¿cuántas activas...?": how many active ones) points back the same way.
    _, second = _chain(ask, "¿Qué es una orden de exclusión y quién la emite?", "¿cuántas activas administraba CBP al cierre de 2021?")
    assert "128" in second.text, second.text


def test_a_spanish_question_that_leaves_the_program_out_asks_about_the_program_just_given(ask):
    # "¿cuántos pilares tiene?" has no subject, as Spanish allows: the MOU the conversation is on.
    _, second = _chain(ask, "¿Qué acuerdo firmó CBP con la Cámara de Comercio de EE. UU. en 2021?", "¿cuántos pilares tiene?")
    assert second.kind == "faq" and "cuatro pilares" in second.text
    _, cuando = _chain(ask, "¿Qué es el Section 321 Data Pilot?", "¿Cuándo empezó?")
    assert cuando.kind != "fallback" and "2019" in cuando.text
    # A question about something else entirely is still its own question.
    _, other = _chain(ask, "¿Qué acuerdo firmó CBP con la Cámara de Comercio de EE. UU. en 2021?", "¿cuántos pasaportes se emiten al año?")
    assert other.kind == "fallback"


@pytest.mark.parametrize("turns,expected", [
    (("How many IPR seizures were there in FY 2021?", "and in 2019?", "Of those four years, which had the fewest?"), "26,503"),
    (("How many IPR seizures were there in FY 2021?", "and in 2019?", "which of those years was highest?"), "27,599"),
    (("¿Cuántas incautaciones de IPR hubo en el FY 2021?", "¿Y en 2020?", "De esos cuatro años de la tabla, ¿cuál tuvo más?"), "33,810"),
])
def test_a_ranking_over_the_years_counted_ranks_years_not_rows(ask, turns, expected):
    *_, last = _chain(ask, *turns)
    assert expected in last.text and "Other" not in last.text and "Exprés" not in last.text


def test_a_spanish_question_reaches_an_english_passage_and_its_follow_up_keeps_the_bridge(ask):
    # "citaron correctamente" is the passage's "correctly citing"; "¿Por qué valor?" reads the next bullet,
    # the conversation's Spanish words still standing for the passage's English ones. (The exclusion-order
    # FAQ, which states both figures in Spanish, may answer first: either holds the 81 cases.)
    first, second = _chain(ask, "¿Cuántas incautaciones citaron correctamente 19 USC 1337(i)?", "¿Por qué valor?")
    assert first.kind in ("section", "faq") and "81" in first.text
    assert "1,930,683" in second.text


def test_a_spanish_follow_up_asking_where_they_mostly_came_from_ranks_the_places(ask):
    _, second = _chain(ask, "¿Cuántos envíos de celulares y accesorios falsificados incautó CBP en 2021?",
                       "¿de dónde venían principalmente?")
    assert "Hong Kong" in second.text


def test_a_program_named_by_its_kind_is_the_one_the_conversation_is_on(ask):
    # "la versión 2.0" after Operation Stolen Promise is OSP 2.0: vaccines and treatments.
    *_, last = _chain(ask, "¿Cuándo empezó la Operación Stolen Promise?", "¿En qué se enfoca la versión 2.0?")
    assert last.kind != "fallback" and ("vacunas" in last.text or "vaccines" in last.text)


@pytest.mark.parametrize("turns,present,absent", [
    (("¿Qué economía quedó en segundo lugar en líneas de incautación en 2021?", "¿y cuál fue el MSRP de esa mercancía?",
      "¿y en 2020 tenía más o menos líneas?"), "23,493", "72,357"),
    (("Which economy was second in seizure lines in 2021?", "and what was the MSRP of those goods?",
      "and in 2020, did it have more or fewer lines?"), "23,493", "72,357"),
])
def test_more_or_fewer_after_a_ranking_compares_the_row_not_the_totals(ask, turns, present, absent):
    # "más o menos" asks which way the figure went: no least or most, and no ranking again by lines.
    *_, last = _chain(ask, *turns)
    assert present in last.text and absent not in last.text


def test_the_faq_that_covers_the_question_answers_though_closer_phrasings_cover_less(ask):
    # Five phrasings closer to "¿Cuántos envíos express procesó CBP...?" cover half of it; the e-commerce
    # FAQ, a little further down, covers all of it and holds the 213 million.
    reply = ask("¿Cuántos envíos express procesó CBP en el año fiscal 2021?")
    assert "213" in reply.text
    _, mail = _chain(ask, "¿Cuántos envíos express procesó CBP en el año fiscal 2021?", "¿y por correo?")
    assert "94" in mail.text


def test_is_that_also_true_by_another_measure_ranks_again(ask):
    # "that" is the previous answer's claim (Hong Kong led), not its row.
    *_, by_value, total = _chain(ask, "How many counterfeit cell phone and accessory shipments were seized in FY 2021?",
                                 "where did most of them come from?", "is that also true by value?",
                                 "what was the total value?")
    assert "**China**" in by_value.text and "$39,183,693" in by_value.text, by_value.text
    assert "$64,585,891" in total.text, total.text
    _, es = _chain(ask, "¿Qué producto tuvo más líneas de incautación en 2021?", "¿pasa lo mismo en valor MSRP?")
    assert "Watches/Jewelry" in es.text or "Relojes" in es.text, es.text


def test_a_place_asked_of_no_row_is_the_place_of_the_row_just_given_in_spanish(ask):
    *_, place, msrp, before = _chain(ask, "¿Cuántas líneas de incautación tuvo Turquía en el FY 2021?",
                                     "¿Qué lugar ocupó en el ranking de economías?", "¿Y su MSRP?",
                                     "¿Y un año antes, cuántas líneas?")
    assert "**tercer** lugar" in place.text and "Turquía" in place.text, place.text
    assert "$60,347,048" in msrp.text, msrp.text
    assert "6,831" in before.text, before.text


def test_a_past_tense_verb_does_not_weaken_a_spanish_ranking(ask):
    # "acumuló" says how the figure is asked; it names nothing a table lacks.
    reply = ask("¿Qué tipo de producto acumuló más líneas de incautación en el año fiscal 2021?")
    assert reply.kind == "statistic" and "30,681" in reply.text, reply.text


def test_a_year_ranking_from_a_table_in_millions_gives_the_years_dollars_in_full(ask):
    reply = ask("which year from FY 2018 to FY 2021 had the highest total MSRP?")
    assert "$3,330,037,350" in reply.text and "FY 2021" in reply.text, reply.text


def test_a_trend_since_the_year_just_given_runs_to_the_latest_year_asked(ask):
    *_, trend = _chain(ask, "How many total IPR seizures did CBP make in FY 2021?", "and in 2019?", "what about 2018",
                       "so is the trend since 2018 up or down?")
    assert "33,810" in trend.text and "27,115" in trend.text and "decrease" in trend.text, trend.text


def test_a_count_asked_of_it_after_a_passage_is_asked_of_that_passage(ask):
    # Four words of its own ("covid-related seizures ... produced"), yet "it" is the operation just described.
    _, count = _chain(ask, "When was Operation Stolen Promise launched?", "how many COVID-related seizures has it produced?")
    assert "3,131" in count.text, count.text


def test_a_program_named_with_its_own_complement_is_not_the_one_the_conversation_is_on(ask):
    # "el piloto de datos de la Sección 321" names its program; "el piloto" alone would point back.
    *_, pilot, until = _chain(ask, "¿Cuántos envíos exprés procesó la CBP en el año fiscal 2021?", "¿y de correo internacional?",
                              "¿Qué es el piloto de datos de la Sección 321?", "¿hasta cuándo lo extendieron?")
    assert "voluntaria" in pilot.text, pilot.text
    assert "agosto de 2023" in until.text, until.text


def test_a_mailbox_asked_for_after_a_channel_with_none_is_looked_for_with_the_conversations_words(ask):
    # "¿A qué correo escribo?" asks for an e-mail address; the e-Recordation site has none, its mailbox does.
    _, mailbox = _chain(ask, "Soy dueña de una pequeña marca, ¿cómo registro mi marca ante CBP para que detengan las copias?",
                        "¿A qué correo escribo si tengo dudas sobre ese programa?")
    assert "iprrquestions@cbp.dhs.gov" in mailbox.text, mailbox.text


def test_is_that_also_true_after_the_leaders_share_ranks_again(ask):
    # The ranking is two turns back: "what share was that?" asked of its leader in between.
    *_, by_value = _chain(ask, "Which product category had the most seizure lines in FY2021?", "what share was that?",
                          "is that also true by value?")
    assert "**Watches/Jewelry**" in by_value.text and "$1,186,747,146" in by_value.text, by_value.text
    *_, es = _chain(ask, "¿Qué tipo de producto tuvo más líneas de decomiso en 2021?", "¿qué porcentaje es eso?",
                    "¿pasa lo mismo en valor?")
    assert "**Relojes/Joyería**" in es.text, es.text



def test_a_share_the_table_cannot_give_is_not_said_as_sure_as_a_count(ask):
    # The COVID-19 table counts seizures per product; a share by environment is not in it.
    *_, share = _chain(ask, "¿Cuántas mascarillas falsificadas se incautaron en 2021 por lo del COVID?", "¿en cuántas incautaciones?",
                       "Y de todas las incautaciones relacionadas al covid, ¿qué porcentaje fue por correo?")
    assert share.kind != "statistic" or "no en porcentajes" in share.text, share.text
    single = ask("¿Qué porcentaje de los decomisos relacionados con el COVID-19 llegó por correo?")
    assert "18" in single.text, single.text


def test_a_spanish_pronoun_before_the_verb_points_at_the_program_just_described(ask):
    # "¿quién la lanzó?", "¿quién la dirige?": "la" is the operation; "ha dado" asks nothing of its own.
    *_, launched, arrests = _chain(ask, "¿Qué es la Operación Stolen Promise?", "¿quién la lanzó y cuándo?",
                                   "¿cuántos arrestos ha dado?")
    assert "HSI" in launched.text and "abril de 2020" in launched.text, launched.text
    assert "362" in arrests.text, arrests.text
    _, leads = _chain(ask, "¿Qué es la Operación Team Player?", "¿quién la dirige?")
    assert "IPR Center" in leads.text, leads.text


def test_a_row_named_in_full_after_an_faq_is_not_weakened_by_the_faqs_words(ask):
    *_, ipr, total = _chain(ask, "How do I report a company I suspect is importing fake goods?",
                            "how many IPR e-allegations came in through that in FY 2021?", "out of how many total?")
    assert ipr.kind == "statistic" and "407" in ipr.text, ipr.text
    assert "1,743" in total.text, total.text


@pytest.mark.parametrize("turns", [
    ("How many hydroxychloroquine tablets were seized in FY 2021?", "which country did they mostly come from?"),
    ("¿Cuántas tabletas de hidroxicloroquina se incautaron en 2021?", "¿de qué país venían sobre todo?"),
])
def test_a_country_asked_after_a_table_of_products_does_not_rank_the_products(ask, turns):
    # The COVID-19 table has no countries: ranking its products would answer another question.
    *_, last = _chain(ask, *turns)
    assert "35,092,178" not in last.text and "Vaccination Cards" not in last.text and "Tarjetas" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("How many de minimis filings did CBP receive in FY 2021?", "how long did clearance take before the pilots?"),
])
def test_programs_named_in_the_plural_point_at_the_conversation(ask, turns):
    # "the pilots", like "the pilot", names the programs the conversation is on.
    *_, last = _chain(ask, *turns)
    assert last.kind != "fallback" and "eight-day" in last.text, last.text


def test_a_part_of_the_answer_named_by_its_words_points_at_the_conversation(ask):
    # "the data pilot part" is a part of the agreement just described, not the Section 321 Data Pilot.
    *_, last = _chain(ask, "What agreement did CBP sign with the U.S. Chamber of Commerce in 2021?",
                      "what's the data pilot part about?")
    assert "Chamber" in last.text and "de minimis" not in last.text, last.text


def test_a_category_word_inside_a_rows_name_keeps_the_table_the_conversation_is_on(ask):
    # "productos" is part of the Spanish name of the Pharmaceuticals/Personal Care row, not a request
    # for the product tables: the share is the HSS table's (46.6%), not all seizure lines' (3%).
    *_, share, other = _chain(ask, "¿Cuántas líneas de incautación de salud y seguridad hubo en 2021?",
                              "¿qué porcentaje eran productos farmacéuticos y de cuidado personal en 2021?",
                              "¿y automotriz/aeroespacial?")
    assert "46.6%" in share.text and "15.3%" in other.text, (share.text, other.text)


@pytest.mark.parametrize("turns,present,absent", [
    (("Which product had the highest MSRP in 2021?", "how many seizure lines was that?", "what share of the total value is that?"),
     "36%", "12%"),
    (("¿Qué categoría de producto tuvo el mayor valor incautado en 2021?", "¿cuántas líneas fueron?",
      "¿y qué porcentaje del valor total representa esa categoría?", "¿y en 2020 cuánto valía?"), "435,249,467", "1,309,156,510"),
])
def test_a_share_of_the_value_and_a_spanish_count_without_a_pronoun_stay_on_the_leader(ask, turns, present, absent):
    # "¿cuántas líneas fueron?" points at the leader with its verb alone; a share of the value is never
    # a share of seizure lines from a table that has no values.
    replies = _chain(ask, *turns)
    assert present in replies[-1].text and absent not in replies[-1].text, [r.text[:120] for r in replies]
    if len(turns) == 4:
        assert "12,313" in replies[1].text and "36%" in replies[2].text, [r.text[:120] for r in replies]


@pytest.mark.parametrize("turns,present", [
    (("¿Qué productos relacionados con el COVID incautaron en 2021?", "¿qué porcentaje de esas incautaciones venía de China?"), "31"),
    (("What counterfeit COVID-19 products did CBP seize in FY 2021?", "what share of those seizures were found in the mail?"), "18"),
])
def test_the_covid_seizures_shares_are_answered_after_the_covid_answer(ask, turns, present):
    # The report's COVID-19 Spotlight gives the shares by shipping environment and origin in prose;
    # no table has them, so a table's figure must not answer.
    *_, last = _chain(ask, *turns)
    # (English answers keep the report's "31 percent"; Spanish ones write "31%".)
    assert (f"{present} p" in last.text or f"{present}%" in last.text) and last.kind == "faq", last.text


def test_a_channel_follow_up_naming_a_subject_of_its_own_does_not_take_the_previous_channels(ask):
    # The ITC's help for small businesses gave the exclusion-order rulings mailbox; recording a
    # trademark is another subject, whose channel is looked for afresh.
    *_, last = _chain(ask, "Does CBP do anything to help small businesses with their intellectual property?",
                      "and how do I record my trademark with CBP?")
    assert not (last.kind == "route" and "EOEBranch" in last.text) and "iprr.cbp.gov" in last.text, last.text
    *_, last = _chain(ask, "Does CBP do anything to help small businesses with their intellectual property?",
                      "who do I email about it?")
    assert "EOEBranch.ITC337.Rulings@cbp.dhs.gov" in last.text, last.text


@pytest.mark.parametrize("turns,present", [
    (("What is Operation Stolen Promise?", "how many arrests so far?"), "362"),
    (("¿Qué es la Operación Stolen Promise?", "¿cuántos arrestos hasta ahora?"), "362"),
    # Opening with "and", a little more: a name restated in the other language.
    (("¿Cuántos arrestos por delitos de propiedad intelectual hizo ICE-HSI en FY2021?", "¿y condenas?",
      "¿y acusaciones formales (indictments)?"), "155"),
])
def test_a_question_of_a_word_or_two_the_faq_speaks_of_asks_more_of_it(ask, turns, present):
    # English leaves "it" out too; "so far" says when, not what about.
    *_, last = _chain(ask, *turns)
    assert present in last.text, last.text


def test_a_question_naming_what_the_faq_never_speaks_of_is_not_about_it(ask):
    *_, last = _chain(ask, "What is Operation Stolen Promise?", "how do I renew my passport?")
    assert last.kind == "fallback", last.text


@pytest.mark.parametrize("turns,present,absent", [
    (("¿Cuántas incautaciones hubo en 2019?", "¿y en valor?", "¿y en 2018, cuántas fueron?"), "33,810", "1,399.8"),
    (("How many seizures were there in FY 2019?", "and their value?", "and in 2018, how many were there?"), "33,810", "1,399.8"),
])
def test_a_plural_count_after_a_value_counts_again(ask, turns, present, absent):
    # "cuántas", "how many" count things; a sum of money is never what they ask, so the value's
    # measure does not carry ("how much" may ask either, and keeps it).
    *_, last = _chain(ask, *turns)
    assert present in last.text and absent not in last.text, last.text


def test_a_value_given_to_how_much_is_what_the_next_year_asks_again(ask):
    # "how much for handbags?" names no measure and gets the row's MSRP; "and in FY 2021?" asks that
    # value again, not the row's seizure lines.
    *_, last = _chain(ask, "What were the top product categories by MSRP in FY 2020?",
                      "how much for handbags and wallets?", "and in FY 2021?")
    assert "972,495,390" in last.text and last.kind == "statistic", last.text


def test_a_share_of_a_row_the_faq_just_given_speaks_of_asks_more_of_it(ask):
    # The COVID-19 FAQ gives China's share of those seizures (31%); China's share of all seizure
    # lines (33%) answers another question.
    *_, last = _chain(ask, "What share of FY 2021 COVID-19 related seizures happened in the express consignment environment?",
                      "and in mail?", "what % came from China?")
    assert "31 percent" in last.text and "33%" not in last.text, last.text


@pytest.mark.parametrize("turns,present", [
    (("Who issues the exclusion orders that CBP enforces?", "How many active ones did CBP administer at the end of FY 2021?"), "128"),
    (("What is IPR e-Recordation?", "How many active ones were being enforced at the end of FY 2021?"), "20,758"),
])
def test_a_count_of_ones_with_a_year_alone_counts_what_the_conversation_is_on(ask, turns, present):
    # "ones" points back; a fiscal year names no table, so the count is asked of the subject.
    *_, last = _chain(ask, *turns)
    assert present in last.text, last.text


@pytest.mark.parametrize("turns,present", [
    (("¿Qué fue \"The Year of the Small and Medium Sized Enterprises\" de CBP?", "¿cuántos webinars hicieron en el FY 2021?",
      "¿a cuántas personas llegaron?"), "1,200"),
])
def test_a_year_the_faq_just_given_names_keeps_the_conversation_on_it(ask, turns, present):
    # The year carried from "en el FY 2021" is one the SME webinars FAQ names: the count is asked of it.
    *_, last = _chain(ask, *turns)
    assert present in last.text, last.text


def test_a_comparison_after_an_faq_never_gets_a_table_figure_for_another_subject(ask):
    # The advice requests rose 57% (in the FAQ); the total seizure lines' change answers another question.
    *_, last = _chain(ask, "¿Cuántas solicitudes de asesoría antes de una incautación recibieron los abogados de Regulations and Rulings en 2021?",
                      "¿cuánto aumentaron respecto a 2020?")
    assert "102,490" not in last.text, last.text


@pytest.mark.parametrize("turns,present", [
    (("how many counterfeit handbag seizure lines in fy2021", "what share of all lines is that?", "and the year before?",
      "which category was bigger than handbags that year?"), "Wearing Apparel"),
    (("¿Qué producto encabezó las incautaciones de health, safety and security (HSS) en FY 2021?", "¿Cuántas líneas fueron?",
      "¿Y en 2020?", "¿Cuál fue el total de líneas HSS ese año?"), "5,679"),
])
def test_that_year_points_at_the_year_not_at_the_row(ask, turns, present):
    # "that year", "ese año" carry the conversation's year; the row just given is not what they name.
    *_, last = _chain(ask, *turns)
    assert present in last.text, last.text


def test_where_almost_all_came_from_ranks_and_why_they_are_dangerous_asks_a_reason(ask):
    where, *_, why = _chain(ask, "¿Cuántos envíos de móviles y accesorios falsificados se incautaron en 2021?",
                            "¿Y de dónde venían casi todos?", "¿Qué porcentaje correspondió a Hong Kong?",
                            "¿Y por qué son peligrosos esos móviles falsos?")[1:]
    assert "Hong Kong" in where.text and "1,118" in where.text, where.text
    assert why.kind != "statistic" and any(w in why.text for w in ("plomo", "malware", "cadmio")), why.text


def test_how_much_was_seized_after_a_ranking_asks_the_leaders_figure(ask):
    # "seized" is what every figure counts: the question has no subject of its own.
    _, seized, share, later = _chain(ask, "What was the top product category by MSRP in FY 2020?", "how much was seized?",
                                     "what share of the total?", "And how much was it in FY 2021?")
    assert "435,249,467" in seized.text and "33%" in share.text and "1,186,747,146" in later.text, (seized.text, later.text)


@pytest.mark.parametrize("turns", [
    ("¿Cuántas e-Allegations sobre propiedad intelectual recibió CBP en 2021?", "¿y contando todos los tipos de violaciones comerciales?"),
    ("How many IPR e-Allegations did CBP receive in FY 2021?", "and counting all types of trade violations?"),
])
def test_all_types_asks_the_total(ask, turns):
    *_, last = _chain(ask, *turns)
    assert "1,743" in last.text, last.text


def test_mas_o_menos_at_the_end_means_about_not_fewer(ask):
    *_, last = _chain(ask, "¿Cuántos kits de prueba de COVID-19 prohibidos por la FDA se incautaron en el FY 2021?",
                      "¿y tabletas de hidroxicloroquina?", "De todas esas incautaciones COVID, ¿qué porcentaje venía de China más o menos?")
    assert "31" in last.text and "Respirador" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("vi en un marketplace que venden relojes falsos importados, como lo denuncio?", "¿hay algún número de teléfono?",
     "¿y qué es el IPR Center?"),
    ("saw a marketplace selling imported fake watches, how do i report it?", "is there a phone number?",
     "and what is the IPR Center?"),
])
def test_a_term_the_content_explains_is_asked_for_itself_after_a_channel(ask, turns):
    # "¿y qué es X?" names its own subject: the conversation's words (reporting, the phone) must not
    # outweigh the FAQ explaining X.
    *_, last = _chain(ask, *turns)
    assert last.kind == "faq" and "Coordination Center" in last.text


def test_a_synonym_covers_the_words_of_its_family(ask):
    # "empezó" is "start" by the Spanish synonyms; the FAQ says "started": the same family.
    *_, last = _chain(ask, "que es mega flex", "¿quién lo dirige?", "¿cuándo empezó?")
    assert "2019" in last.text and last.kind == "faq", last.text


@pytest.mark.parametrize("turns", [
    ("¿Cuántos envíos de celulares y accesorios falsificados incautó CBP en 2021?", "¿de qué país venían la mayoría?",
     "¿y en valor, qué país lideró y con cuánto?", "¿cuánto valía todo eso en total?"),
    ("How many cell phone and accessory seizure lines were there in FY 2021?", "which country led by value?",
     "how much was all of that worth in total?"),
])
def test_all_of_that_in_total_is_the_tables_total_not_the_row(ask, turns):
    # "todo eso", "all of that": the whole of what was counted, whatever verb points back at the row.
    *_, last = _chain(ask, *turns)
    assert "64,585,891" in last.text and "39,183,693" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("¿Cuántas líneas de incautación fueron HSS en el FY 2021?", "¿qué categoría lideró?", "¿y en 2020 cuántas líneas HSS hubo?"),
    ("How many HSS seizure lines were there in FY 2021?", "which category led?", "and how many HSS seizure lines in 2020?"),
])
def test_a_count_naming_its_table_after_a_ranking_counts_the_table(ask, turns):
    # Not the leader's figure for FY 2020: the table's whole count.
    *_, last = _chain(ask, *turns)
    assert "5,679" in last.text, last.text


@pytest.mark.parametrize("turns,present", [
    (("¿Cuántas e-Allegations de IPR recibió CBP en 2021?", "¿y en total?", "¿Y qué es eso de e-Allegations exactamente?"),
     "portal"),
    (("¿Cuál fue el MSRP total en 2021?", "perdón, ¿y eso del MSRP qué quiere decir?"), "precio"),
])
def test_what_a_term_is_after_its_figures_asks_its_meaning(ask, turns, present):
    # "eso de X" names X; it points at nothing said, and a definition is not the figure again.
    *_, last = _chain(ask, *turns)
    assert last.kind == "faq" and present in last.text.lower(), last.text


def test_a_count_pointing_at_the_leader_after_a_ranking_is_the_leaders(ask):
    # "ese mismo país" points at the row the ranking gave, even after "y".
    *_, last = _chain(ask, "¿De qué país vino la mayor cantidad de líneas de incautación en 2021?", "¿y en valor?",
                      "¿y en 2020 cuántas líneas tuvo ese mismo país?")
    assert "26,985" in last.text, last.text


def test_a_follow_up_asking_no_figure_is_covered_by_its_own_words(ask):
    # After the operations' figures, the agency asked about is its own subject.
    *_, last = _chain(ask, "How many national-level IPR Trade Special Operations did CBP run in FY 2021?",
                      "and local ones?", "what was the MSRP of the seizures from those operations?",
                      "which agency handles the criminal investigations that come out of them?")
    assert "Homeland Security Investigations" in last.text or "HSI" in last.text, last.text


def test_any_and_had_are_no_subject_in_spanish_either(ask):
    # "¿y eso tuvo algún efecto?": "tuvo" (had) and "algún" (any) say nothing of what is asked.
    *_, last = _chain(ask, "¿Qué hizo CBP en 2021 para ayudar a las pequeñas y medianas empresas (SME) con su propiedad intelectual?",
                      "¿cuántos webinars fueron y a cuántas personas llegaron?", "¿y eso tuvo algún efecto?")
    assert "recordation applications" in last.text, last.text


def test_an_english_who_question_leaving_its_subject_out_asks_it_of_the_conversation(ask):
    # "which companies have signed on?" after the Donations Acceptance Program: English leaves out "to it".
    _, second = _chain(ask, "What is CBP's Donations Acceptance Program?", "which companies have signed on?")
    assert "Otter Products" in second.text, second.text
    # A count names what it counts: "how many locations got tools?" is not read as more of that answer.
    *_, third = _chain(ask, "What is the Donations Acceptance Program?", "which companies are part of it?",
                       "how many locations got tools?")
    assert "70" in third.text, third.text


def test_a_share_is_no_ranking_and_where_from_asks_a_place(ask):
    # "a third of" is a share, not the third row; "where did they originate?" asks a place of origin,
    # which the COVID-19 table of products cannot give (the FAQ on where they came from does).
    *_, third = _chain(ask, "How many FDA-prohibited COVID-19 test kits did CBP seize in FY 2021?",
                       "and hydroxychloroquine tablets?", "where did roughly a third of those COVID seizures originate?")
    assert "China" in third.text and "31" in third.text, third.text
    assert "third most" not in third.text and "8,677" not in third.text, third.text


def test_an_english_count_of_a_state_with_no_subject_counts_what_the_conversation_named(ask):
    # "how many were active ...?" leaves the subject out, as "¿cuántas estaban activas?" does: the
    # recordations just given, not the active exclusion orders.
    *_, third = _chain(ask, "How do rights holders record their trademarks and copyrights with CBP?",
                       "how many were added in FY21?", "how many were active at the end of that fiscal year?")
    assert "20,758" in third.text and "128" not in third.text, third.text


def test_a_change_from_the_year_before_after_two_years_compares_those_two(ask):
    # "2021?" then "and 2020?": "how did it change from the year before?" is 2020 to 2021, not 2019 to 2020.
    *_, third = _chain(ask, "What was the total MSRP seized in 2021?", "and in 2020?", "how did it change from the year before?")
    assert "$3,330,037,350" in third.text and "1,555" not in third.text, third.text
    *_, tercero = _chain(ask, "¿Cuál fue el valor MSRP total incautado en 2021?", "¿y en 2020?", "¿cómo cambió respecto al año anterior?")
    assert "$3,330,037,350" in tercero.text and "1,555" not in tercero.text, tercero.text


def test_how_long_a_program_runs_is_answered_by_where_it_ends(ask):
    _, second = _chain(ask, "What is the Section 321 Data Pilot?", "how long is it going to run?")
    assert "August 2023" in second.text, second.text


def test_a_spanish_count_with_its_verb_and_no_subject_asks_it_of_the_program_given(ask):
    # "¿Cuántas alianzas formales ha firmado?" after the Donations Acceptance Program: "ha firmado" is
    # how it is asked, not a third word of its own; the program just given is what signed them.
    _, second = _chain(ask, "¿Qué es el Donations Acceptance Program de CBP?", "¿Cuántas alianzas formales ha firmado?")
    assert "Procter" in second.text or "cinco" in second.text, second.text


@pytest.mark.parametrize("turns, figure", [
    (("How many vaccination card seizures were there in FY 2021?", "how many cards was that in total?"), "21,314"),
    (("How many seizures of face masks were there in FY 2021?", "and how many masks was that?"), "35,092,178"),
    # Spanish "unidades" is the table's quantity, as "units" is (content/data/synonyms_es.json).
    (("¿Cuántas incautaciones de mascarillas hizo CBP en el año fiscal 2021?", "¿y cuántas unidades eran en total?"), "35,092,178"),
])
def test_counting_the_rows_own_things_after_its_seizures_asks_for_the_items(ask, turns, figure):
    # The follow-up counts the things themselves (masks, cards), not the seizures again.
    last = _chain(ask, *turns)[-1]
    assert last.kind == "statistic" and f"**{figure} " in last.text, last.text  # the figure given, not beside it


def test_the_difference_between_the_two_years_compares_their_figures(ask):
    # "difference between" alone asks what tells two things apart; between the two years just given it
    # compares their figures.
    last = _chain(ask, "How many seizure lines of footwear in FY 2021?", "what about FY 2020?",
                  "what's the difference between those two years?")[-1]
    assert last.kind == "statistic" and "2,487" in last.text, last.text


@pytest.mark.parametrize("relative, row", [("right above it", "Turkey"), ("just behind it", "Colombia")])
def test_a_place_relative_to_the_row_just_given_ranks_from_it(ask, relative, row):
    last = _chain(ask, "How many seizure lines came from the Philippines in FY 2021?",
                  f"which economy ranked {relative} in seizure lines?")[-1]
    assert last.kind == "statistic" and f"**{row}**" in last.text, last.text


def test_the_row_ranked_above_a_named_row(ask):
    reply = ask("which economy ranked right above Turkey in seizure lines in FY 2021?")
    assert reply.kind == "statistic" and "**Hong Kong**" in reply.text, reply.text
    # None ranks above the first: no figure, and never the first row's own.
    assert "**China**" not in ask("which economy was just ahead of China in seizure lines in FY 2021?").text


@pytest.mark.parametrize("first, follow_ups, rows", [
    ("Which product had the most seizure lines in FY 2020?", ["and the next one?", "and the next one?"],
     ["Handbags/Wallets", "Footwear"]),
    ("¿Qué producto tuvo más líneas de incautación en el año fiscal 2020?", ["¿Y la siguiente?", "¿y cuál sigue?", "¿y el que le sigue?"],
     ["Bolsos/Carteras", "Calzado", "Relojes/Joyería"]),
    ("Which product had the most seizure lines in FY 2020?", ["and the one after that?", "and the one before that?"],
     ["Handbags/Wallets", "Wearing Apparel/Accessories"]),
    ("¿Qué producto tuvo más líneas de incautación en 2021?", ["¿y la de después?"], ["Bolsos/Carteras"]),
    # After the fewest, the next fewest.
    ("which economy had the fewest seizure lines in 2021?", ["and the next one?"], ["Philippines"]),
    # Asked as a question of its own, "next" still ranks on from the row given (and the year carries).
    ("Which economy had the most IPR seizure lines in FY 2021?", ["who came next?", "which one was next?"],
     ["Hong Kong", "Turkey"]),
    ("Which product had the most seizure lines in FY 2020?", ["which one came after that?", "and what ranked just below it?"],
     ["Handbags/Wallets", "Footwear"]),
    ("¿Cuál fue el producto con más líneas de decomiso en 2021?", ["¿cuál le siguió?", "¿y quién le seguía?"],
     ["Bolsos/Carteras", "Calzado"]),
])
def test_the_next_one_ranks_from_the_row_just_given(ask, first, follow_ups, rows):
    replies = _chain(ask, first, *follow_ups)[1:]
    for reply, row in zip(replies, rows):
        assert reply.kind == "statistic" and f"**{row}**" in reply.text, reply.text


def test_the_next_year_is_no_next_row(ask):
    last = _chain(ask, "Which product had the most seizure lines in FY 2020?", "and the next year?")[-1]
    assert "2021" in last.text and "second" not in last.text, last.text


def test_a_spanish_share_asked_with_no_subject_is_of_the_row_just_given(ask):
    # "¿Qué porcentaje del total representaba?": the verb's subject is the row the conversation is on.
    last = _chain(ask, "¿Cuánto MSRP se atribuyó al Centro de Excelencia y Experiencia de Electrónica en 2020?",
                  "¿Qué porcentaje del total representaba?")[-1]
    assert last.kind == "statistic" and "13.03%" in last.text, last.text


@pytest.mark.parametrize("first, follow_up, says, never", [
    ("¿Cuántas e-Allegations recibió CBP en total en el FY 2021?", "¿y cuántas eran de IPR?", "407", "2,150"),
    ("How many e-Allegations did CBP receive in total in FY 2021?", "and how many of them were about IPR?", "407", "2,150"),
])
def test_a_follow_up_adds_up_only_what_it_asks_to(ask, first, follow_up, says, never):
    # "in total" in the first question asks the total row; the follow-up names one row, not a sum with it.
    last = _chain(ask, first, follow_up)[-1]
    assert last.kind == "statistic" and says in last.text and never not in last.text, last.text


@pytest.mark.parametrize("turns,present", [
    (("How many webinars did CBP host in its SME series in FY 2021?", "how many people did they reach?", "what was the series called?"),
     "Year of the Small"),
    (("What was the APEC COVID-19 joint enforcement effort CBP presented?", "which economies participated?"), "Papua New Guinea"),
])
def test_a_name_asked_of_a_passage_is_asked_of_the_conversations_subject(ask, turns, present):
    # "the series" names the program just described by its kind; "which economies participated?" asks
    # the names of those in it, not a ranking of economies.
    *_, last = _chain(ask, *turns)
    assert present in last.text, last.text


def test_a_kind_named_with_the_asks_its_name_back_when_nothing_follows_called(knowledge):
    from assistant.answering import engine
    from assistant.answering.question import understand
    # "the pilot called X" names its own program; "what's the follow-up version called?" asks the name of
    # the one the conversation is on.
    context = engine.answer("What's Operation Stolen Promise?", {}, index=knowledge).context
    assert understand("what's the follow-up version called?", context, knowledge).follow_up
    assert not understand("what's the pilot called Section 321 about?", context, knowledge).follow_up


def test_how_to_file_one_in_spanish_after_the_e_allegations_figures_is_a_channel(ask):
    # "¿cómo presento una?": how to file one of what was just counted is where to go, not a figure.
    *_, last = _chain(ask, "¿Cuántas e-Allegations de IPR recibió CBP en el FY 2020?", "¿y en 2019?", "¿cómo presento una?")
    assert last.kind in ("route", "faq") and "eallegations.cbp.gov" in last.text, last.text


def test_things_counted_after_a_value_come_from_a_table_that_counts(ask):
    # "¿cuántas fueron?" after the express MSRP: the mail row's seizures, not its MSRP.
    *_, third = _chain(ask, "How many seizures were made in express shipments in FY 2021?", "and by value?", "and in the mail, how many were there?")
    assert "7,293" in third.text, third.text


def test_who_came_out_on_top_by_value_after_a_ranking_by_lines_ranks_by_value(ask):
    # "¿quién quedó arriba?" ranks, like "came out on top": not the row of the turn before at another measure.
    replies = _chain(
        ask,
        "¿Cuántas incautaciones de celulares y accesorios falsificados hubo en 2021?",
        "¿de qué país venían la mayoría?",
        "¿qué porcentaje?",
        "¿y por valor quién quedó arriba?",
    )
    assert "China" in replies[-1].text and "Hong Kong" not in replies[-1].text, replies[-1].text


@pytest.mark.parametrize("question", ["and where do you file one of those?", "¿y dónde se hace una denuncia de esas?"])
def test_where_to_file_one_after_a_count_asks_the_channel_not_the_figure(ask, question):
    replies = _chain(ask, "How many IPR e-Allegations did CBP receive in FY 2021?", "and in 2018?", question)
    assert replies[-1].kind != "statistic", replies[-1].text
    assert "eallegations.cbp.gov" in replies[-1].text + " ".join(link["url"] for link in replies[-1].links), replies[-1].text


@pytest.mark.parametrize("question", ["which one was last of those five?", "¿y cuál fue el último de esos cinco?"])
def test_the_last_of_a_top_five_just_given_is_its_fifth(ask, question):
    replies = _chain(ask, "What were the top 5 economies for IPR seizure lines in FY 2020?", question, "how many lines did it have?")
    assert ("Thailand" in replies[1].text or "Tailandia" in replies[1].text) and "1,445" in replies[2].text, (replies[1].text, replies[2].text)


def test_a_share_of_a_measure_the_conversations_table_lacks_comes_from_the_table_that_prints_it(ask):
    # Cargo's seizures are in the modes' seizures table; the share of MSRP is worked out from the modes' MSRP.
    *_, last = _chain(ask, "how many cargo seizures were there in FY 2020?", "what share of that year's total MSRP was cargo?")
    assert "35.4%" in last.text and "1,993" not in last.text, last.text


@pytest.mark.parametrize("first,then", [
    ("how many IPR e-Allegations did CBP receive in FY 2021?", "ok, and how do I file one?"),
    ("¿Cuántas e-Allegations de propiedad intelectual recibió CBP en el año fiscal 2021?", "Ok, ¿y cómo presento yo una?"),
])
def test_how_to_do_what_was_counted_is_no_figure_again(ask, first, then):
    # How to file one asks how, not the count again: an answer that leads to e-Allegations.
    *_, last = _chain(ask, first, then)
    assert last.kind != "statistic" and "eallegations.cbp.gov" in last.text, last.text


def test_el_que_sigue_after_a_ranking_is_the_next_row(ask):
    # "¿qué sigue?" asks what to do next; "¿y el que sigue?" after a ranking is the row ranked next.
    *_, last = _chain(ask, "¿Qué producto tuvo el mayor valor MSRP incautado en el año fiscal 2020?", "¿Y el que sigue?")
    assert last.kind == "statistic" and "282,702,448" in last.text, last.text


def test_those_two_together_after_the_first_and_the_next_adds_their_shares(ask):
    # The first and the second of the ranking, added up from their counts: 1,118 + 606 of 1,895.
    *_, last = _chain(ask, "Where did most of the counterfeit cell phone and accessory seizure lines come from in FY 2021?",
                      "the next one?", "what share of the total did those two make up together?")
    assert "91.0%" in last.text and "Hong Kong" in last.text and "China" in last.text, last.text


def test_the_third_one_asked_another_measure_is_third_by_the_ranking_given(ask):
    # Third by MSRP is Wearing Apparel/Accessories (third by seizure lines would be Footwear).
    _, second, third = _chain(ask, "What were the top three product categories by MSRP in FY 2021?",
                              "the third one - how many seizure lines did it have?", "and the year before?")
    assert "Wearing Apparel" in second.text and "30,681" in second.text, second.text
    assert "20,386" in third.text, third.text


def test_was_a_row_the_top_asks_its_place(ask):
    *_, last = _chain(ask, "What was the estimated MSRP of IPR seizures in the cargo environment in FY 2018?",
                      "Was cargo the top mode by MSRP that year?")
    assert "second" in last.text and "Express" in last.text, last.text
    # ("which countries were in the top five?" still lists the five.)
    assert "Thailand" in ask("which countries were in the top five in 2020?").text


def test_a_row_of_its_own_that_the_table_lacks_is_not_the_row_before(ask):
    # South Africa is in the cell phones' seizure lines table, not their MSRP one: not Malaysia's MSRP again.
    *_, last = _chain(ask, "What was the total MSRP of counterfeit cell phones and accessories seized in FY 2021?",
                      "and Malaysia?", "what about South Africa's value?")
    assert "Malaysia" not in last.text and "South Africa" in last.text, last.text


def test_a_follow_up_asking_what_the_faq_given_does_not_hold_is_not_answered_with_it_again(ask):
    # The Donations Acceptance Program's FAQ gives partners, tools and places, no price: "what does each
    # tool cost?" repeated it as though it answered.
    _, second = _chain(ask, "¿Qué es el Donations Acceptance Program de CBP?", "¿y cuánto cuesta cada herramienta?")
    assert second.kind == "fallback"
    _, second = _chain(ask, "What is the Donations Acceptance Program?", "how many tools have been deployed through it?")
    assert "214" in second.text


def test_figures_the_visitor_quotes_from_the_conversation_point_back_at_them(ask):
    # "1309 millones" and "3330 millones" are the MSRP totals just given (rounded as typed): their change is
    # asked, not the seizures' (a figure for another measure and years, said with confidence).
    *_, third = _chain(ask, "¿Cuál fue el MSRP total incautado en el año fiscal 2021?", "¿y en el año anterior?",
                       "si pasó de 1309 millones a 3330 millones, ¿cuánto creció en porcentaje?")
    assert "$1,309,156,510" in third.text and "$3,330,037,350" in third.text and "incautaciones" not in third.text.split("(")[0]


def test_a_spanish_noun_left_out_or_said_with_se_le_is_the_one_named_before(ask):
    # "al de electrónica" after the Centers of Excellence and Expertise is their Electronics center, not the
    # Consumer Electronics product row; "tocó" (four letters) is how the share is asked, no word of its own.
    _, share, older = _chain(ask, "¿Qué son los Centros de Excelencia y Experiencia de la CBP y cuántos hay?",
                             "¿qué porcentaje del valor incautado en 2021 le tocó al de electrónica?", "¿y en el año fiscal 2020?")
    assert "5.89%" in share.text and "13.03%" in older.text, (share.text, older.text)
    # "se le atribuyen" points at Colombia, named in the sentence before: its row, not the year's totals.
    reply = ask("Soy colombiana y me sorprendió ver a Colombia en el informe. ¿Cuántas líneas de incautación se le "
                "atribuyen en el año fiscal 2021 y cuánto valía eso?")
    assert "5,912" in reply.text and "102,490" not in reply.text, reply.text


def test_a_follow_up_asking_another_year_the_faq_just_given_names_gets_it_again(ask):
    # "¿y en 2011 cuánto era?" after the smartphone owners' share: the FAQ gives 35% in 2011 (the year of
    # Pew's first survey, which the report prints and the FAQ now says).
    _, again = _chain(ask, "¿Qué porcentaje de los estadounidenses tiene smartphone según el informe?", "¿y en 2011 cuánto era?")
    assert again.kind == "faq" and "35%" in again.text, again.text
    # One word the FAQ does not speak of ("Vietnam") is a question of its own: not the FAQ again.
    _, other = _chain(ask, "¿Qué porcentaje de los estadounidenses tiene smartphone según el informe?", "¿y en Vietnam cuánto era?")
    assert "85%" not in other.text, other.text


@pytest.mark.parametrize("turns,absent", [
    (("Where did most of the counterfeit cell phones and accessories seized in FY 2021 come from?", "and by value?",
      "how many of those shipments came by mail?"), "7,293"),
    (("how many seizure lines did Hong Kong have in 2021?", "how many of those were footwear?"), "Footwear"),
])
def test_a_row_of_another_kind_asked_of_the_row_before_is_no_figure(ask, turns, absent):
    # No table breaks China's cell phones down by mode, or Hong Kong's lines by product: Mail's 7,293 seizures
    # and Footwear's lines count every economy and product.
    *_, last = _chain(ask, *turns)
    assert last.kind == "fallback" and absent not in last.text, last.text


def test_a_row_asked_of_a_whole_years_total_is_its_part(ask):
    *_, last = _chain(ask, "How many seizures in FY 2021?", "how many of those came by mail?")
    assert "7,293" in last.text, last.text


@pytest.mark.parametrize("turns,wanted,absent", [
    (("how many mail seizures in fy 2018?", "what was the mail MSRP in 2021?", "how does that compare to express?"),
     ["$231.5 million", "$1,036.1 million"], "FY 2018"),
    (("how many seizure lines came from china in 2020?", "how does that compare with hong kong?"),
     ["26,985", "23,493"], "FY 2021"),
])
def test_that_compared_to_another_row_compares_the_two_rows_in_the_year_discussed(ask, turns, wanted, absent):
    # "that" is the conversation's row and year: Mail against Express in FY 2021, not Express across the
    # years the conversation named before.
    *_, last = _chain(ask, *turns)
    assert all(w in last.text for w in wanted) and absent not in last.text, last.text


def test_that_compared_to_another_row_after_a_change_compares_the_same_years(ask):
    *_, last = _chain(ask, "how did mail change from 2018 to 2021?", "how does that compare to express?")
    # A change across years compared to another row is that row's change across the same years.
    assert "21,632" in last.text and "16,926" in last.text, last.text


def test_a_share_of_the_tables_total_asked_of_no_row_is_the_conversations_row(ask):
    # Spanish leaves "it" out: a share of the HSS total is some row's share, and the row is the one just given.
    *_, last = _chain(ask, "¿Cuántas líneas de incautación HSS de productos farmacéuticos y de cuidado personal hubo en 2021?",
                      "¿y en 2020?", "¿qué porcentaje del total HSS representaba en 2020?")
    assert "47.6%" in last.text, last.text


def test_it_says_a_table_does_not_break_its_figures_down_by_another_tables_kind_of_row(ask):
    # The cell-phone table counts by source country; Mail is a mode of transport: its total would
    # answer another question.
    first = ask("How many cell phone seizure lines in 2021?")
    by_mail = ask("how many of those came by mail?", first.context)
    assert "1,895" not in by_mail.text and "by Mail" in by_mail.text, by_mail.text
    es = ask("¿y cuántas de esas incautaciones de celulares fueron por correo?",
             ask("¿Cuántos envíos de celulares y accesorios falsificados incautó CBP en FY 2021?").context)
    assert "1,895" not in es.text and "por Correo" in es.text, es.text
    assert "1,118" in ask("and from Hong Kong?", first.context).text


def test_a_ranking_pointing_back_at_the_row_just_given_ranks_from_it(ask):
    # "it" is the row just given: the product ranked just above Footwear, not Footwear again.
    first = ask("How many footwear seizure lines in 2021?")
    above = ask("which product ranked just above it?", first.context)
    assert "Handbags/Wallets" in above.text and "13,355 seizure lines**" not in above.text, above.text


@pytest.mark.parametrize("questions", [
    ("¿Por qué debería inscribir mi marca ante CBP?", "¿y dónde puedo buscar esas grabaciones yo como público?"),
    ("Why should I record my trademark with CBP?", "and where can the public search those recordations?"),
])
def test_a_channel_follow_up_another_channel_speaks_to_better_is_looked_for_afresh(ask, questions):
    # e-Recordation's channels were given; searching recordations is the public search's (iprs.cbp.gov).
    *_, last = _chain(ask, *questions)
    assert "iprs.cbp.gov" in last.text and "iprr.cbp.gov" not in last.text.split("\n")[0], last.text


@pytest.mark.parametrize("questions, expected", [
    (("¿Qué país quedó cuarto en líneas de incautación en el año fiscal 2020?", "¿y en 2021 quién ocupó ese lugar?", "¿y el quinto?"),
     ("6,416", "5,912")),
    (("Which country was fourth in seizure lines in FY 2020?", "and in 2021, who held that spot?", "and the fifth?"),
     ("6,416", "5,912")),
])
def test_who_held_that_place_another_year_ranks_that_year(ask, questions, expected):
    # FY 2020's fourth was Vietnam; "that place" in 2021 is the Philippines' (Vietnam is not listed), and
    # the fifth after it is FY 2021's too (Colombia).
    _, second, third = _chain(ask, *questions)
    assert expected[0] in second.text and "Vietnam" not in second.text, second.text
    assert expected[1] in third.text and "FY 2020" not in third.text and "2020" not in third.text, third.text


@pytest.mark.parametrize("questions", [
    ("¿Cuál fue la principal categoría en incautaciones de salud, seguridad y protección (HSS) en 2021?", "¿y cuál fue la segunda?",
     "¿quién ocupó el tercer lugar el año anterior?"),
    ("Which HSS commodity had the most seizure lines in 2021?", "and the second?", "who was third the year before?"),
])
def test_a_ranking_naming_nothing_to_rank_ranks_the_conversations_table(ask, questions):
    # FY 2020's third HSS commodity (Automotive/Aerospace, 511), not the second's row (Consumer Electronics) in 2020.
    *_, last = _chain(ask, *questions)
    assert "511" in last.text and "Consumer Electronics" not in last.text, last.text


@pytest.mark.parametrize("questions, expected", [
    (("What's the way to report a suspected counterfeit importer to CBP online?", "how many IPR ones did CBP get in FY 2021?",
      "and back in 2018?"), ("407", "324")),
    (("¿Cómo denuncio en línea a un importador de falsificaciones?", "¿y cuántas de IPR recibió CBP en 2021?", "¿y en 2018?"),
     ("407", "324")),
])
def test_a_count_after_a_channel_counts_what_that_channel_received(ask, questions, expected):
    # Only the answer named e-Allegations: the count is of e-Allegations, not of the question's words
    # ("phone" in "is there a phone number?" once gave the cell-phone seizure lines).
    _, second, third = _chain(ask, *questions)
    assert expected[0] in second.text and "e-Allegations" in second.text, second.text
    assert expected[1] in third.text, third.text


@pytest.mark.parametrize("questions", [
    ("How many seizure lines of counterfeit cell phones and accessories were there in FY 2021?",
     "what was the first country of origin and with how many?"),
    ("¿Cuántas líneas de incautación de celulares y accesorios falsificados hubo en el FY 2021?",
     "¿cuál fue el primer país de origen y con cuántas?"),
])
def test_the_first_of_a_kind_of_row_ranks_the_conversations_table(ask, questions):
    # The cell phones' leading source (Hong Kong, 1,118), not the table's total again nor China's lines overall.
    _, second = _chain(ask, *questions)
    assert "Hong Kong" in second.text and "1,118" in second.text, second.text


def test_how_a_figure_splits_is_asked_of_the_faq_just_given(ask):
    _, second = _chain(ask, "How many de minimis filings did CBP receive in FY21?", "how does that split between the two pilot programs?")
    assert "182 million" in second.text and "342 million" in second.text, second.text


@pytest.mark.parametrize("questions", [
    ("where was super bowl LV played acording to the cbp report",),
    ("What is Operation Team Player?", "where was that game played?"),
])
def test_what_a_where_question_asks_about_is_kept(ask, questions):
    # "where was ... played": the words between are what is asked about, unless they point back.
    *_, last = _chain(ask, *questions)
    assert "Raymond James Stadium" in last.text, last.text


def test_a_year_after_a_ranking_asked_with_its_leaders_figure_ranks_that_year(ask):
    # One message asked the ranking and the leader's figure: the leader changes between the years
    # (Cargo in FY 2021, Express in FY 2020), and "those" is still the leader's.
    _, second = _chain(ask, "Which mode of transport had the highest MSRP in FY 2021, and how much in millions?", "what about 2020?")
    assert "Express" in second.text and "589.1" in second.text
    _, those = _chain(ask, "Which economy was the top source of seizure lines in FY 2021, and how many lines?", "What was the MSRP for those?")
    assert "$1,888,298,761" in those.text


def test_a_measure_ruled_out_before_may_be_asked_next(ask):
    # "(seizure actions, not units)" rules units out of that question only: "how many units?" next asks them.
    _, second = _chain(ask, "How many seizures of masks (seizure actions, not units) did CBP make in FY 2021?",
                       "What about hand sanitizers, how many units were seized?")
    assert "150,001" in second.text


@pytest.mark.parametrize("turns", [
    ("What was the exact total MSRP seized in FY 2021?", "how much higher is that than the previous year in percent?"),
    ("¿Cuál fue el MSRP total en el FY 2021?", "¿y cuánto más alto es eso que el año anterior en porcentaje?"),
])
def test_a_comparative_asked_in_percent_is_the_change_of_the_conversations_measure(ask, turns):
    # "higher ... in percent" asks the MSRP's change in percent, not the share column (a total's
    # share is 100% in every year: "100% to 100%, an increase of 0%").
    *_, last = _chain(ask, *turns)
    assert "$1,309,156,510" in last.text and "154%" in last.text and "100%" not in last.text, last.text


@pytest.mark.parametrize("turns", [
    ("¿Cuántas incautaciones de celulares y accesorios falsificados hubo en 2021?", "¿de qué país venían la mayoría?",
     "¿y cuánto valía todo eso en MSRP?"),
    ("How many counterfeit cell phone seizure lines were there in FY 2021?", "which country did most of them come from?",
     "and what was all of that worth in MSRP?"),
])
def test_all_of_that_after_a_ranking_is_the_whole_tables(ask, turns):
    # "todo eso" / "all of that" points at everything counted: the table's total MSRP, not China's
    # MSRP (the ranking again by MSRP, as "and by msrp?" asks).
    *_, last = _chain(ask, *turns)
    assert "$64,585,891" in last.text and "39,183,693" not in last.text, last.text


def test_a_follow_up_counting_the_rows_themselves_does_not_repeat_the_figure(ask):
    # No cell counts the Centers: the share just given would answer nothing asked (the Centers' FAQ does).
    *_, last = _chain(ask, "Which Center of Excellence and Expertise had the highest MSRP of IPR seizures in FY 2021?",
                      "what share of the total is that?", "how many of those centers does CBP have?")
    assert last.kind != "statistic" and "10 Centers" in last.text, last.text


def test_a_follow_up_counting_people_does_not_repeat_the_figure(ask):
    *_, last = _chain(ask, "¿En cuántas incautaciones se decomisaron tarjetas de vacunación en el FY 2021?",
                      "¿y cuántas personas arrestaron por esas tarjetas?")
    assert last.kind != "statistic" and "734" not in last.text, last.text


def test_a_follow_up_counting_what_the_figure_counts_still_gets_it(ask):
    *_, last = _chain(ask, "how many counterfeit face masks were seized in FY21?", "how many separate seizures did that come from?")
    assert "670" in last.text, last.text
