"""Every bar and weight of the answering layer, in one place.

How they were chosen: each was set to the value that answered most of the
evaluation corpus (eval/corpus/, `manage.py evaluate`) with no out-of-scope
question answered, then checked on the next fresh question set before it joined
the corpus (first-run figures in docs/assistant.md). A change here is judged
by `manage.py evaluate` on the whole corpus, never by one question.
"""

# A candidate answers only when its fit (score x AFFINITY) clears its bar.
BARS = {
    "statistic": 0.22,  # a figure's fit (a weak figure's is halved: WEAK)
    "faq": 0.27,  # similarity x (0.4 + 0.6 x coverage) of the best FAQ
    "faq_no_figure": 0.21,  # ... for a question asking no figure, where an FAQ taken wrongly gives no wrong figure (corpus 2026-12-06, 12,693 answers: 0.24 +8 -1, 0.21 +15 -2, 0.18 +20 -3; the faq bar itself at 0.24 +19 -8, seven of them not-in-report figure questions answered)
    "faq_story": 0.13,  # the same, for a question told as a story (its story dilutes both)
    "section": 0.12,  # a report passage
    "route": 0.15,  # a channel question's best contact
    "missing": 0.45,  # "the report gives this table for FY 2020-2021 only": said instead of a figure
    "fallback": 0.0,
    "smalltalk": 0.0,
}

# A figure less sure than SURE_FIGURE counts for WEAK of its score: it answers only when no
# FAQ or passage fits (or when they never name the year asked).
SURE_FIGURE = 0.7
WEAK = 0.5

# Least coverage (share of the question's weighted words an answer holds).
COVERAGE = {
    "faq": 0.55,
    "faq_story": 0.35,
    "section": 0.6,
    "any": 0.5,  # the best hits together, for a channel answer
    "any_story": 0.35,
}

# How well each kind of answer fits what the question asks for (Question.intent).
# A figure question is answered by a table first; a definition by its FAQ; a channel
# question by an FAQ with contacts or the contact itself.
AFFINITY = {
    "figure": {"statistic": 1.0, "faq": 0.85, "section": 0.9, "route": 0.6, "missing": 1.0},
    "definition": {"statistic": 0.3, "faq": 1.15, "section": 0.85, "route": 0.5, "missing": 0.3},
    "howto": {"statistic": 0.4, "faq": 1.05, "section": 0.85, "route": 1.0, "missing": 0.4},
    "channel": {"statistic": 0.5, "faq": 1.2, "section": 0.7, "route": 1.0, "missing": 0.5},
    "person": {"route": 1.0},
    "about": {"statistic": 0.8, "faq": 1.0, "section": 0.95, "route": 0.8, "missing": 0.8},
}

# The in-scope model (scope.py): below this probability that a question is about
# IPR enforcement, only an answer whose fit exceeds OVERRIDE_SCOPE may answer.
SCOPE = {
    "min_in_scope": 0.45,  # corpus 2026-12-06 (14,484 answers): 0.5 -> 0.45 +2 -0 (a charger that gets hot, a "red flag" discount); 0.4 +5 -3 (passport renewals answered)
    "min_in_scope_anchored": 0.35,  # ... for a question that names IPR (corpus 2026-12-02: 0.4, 0.35, 0.3 each answered 3-4 more, refused nothing less)
    "override": 0.75,
    "recognised_unnamed": 0.4,  # ... or this probable in a question naming no IPR (corpus 2026-12-03: 0.6 +0, 0.5 +2, 0.4 +2 -1; 2026-12-06, 14,484 answers: 0.5 -> 0.4 +2 -0, 0.35 +3 -7), if P(in scope) is at least
    "recognised_unnamed_in_scope": 0.3,  # this (passport renewals, P about 0.25, stay out)
    "recognised": 0.35,  # ... or an FAQ the FAQ model finds this probable, in a question naming IPR
    "regularization": 16.0,  # inverse L2 strength of the logistic regression
    "neighbour_similarity": 0.5,  # the nearest examples vote when one is more similar than this, the more the closer
    "neighbour_weight": 1.0,  # (the vote's weight at identical words)
    "rare_word": 300,  # a word the content lacks, counted fewer times than this in both languages' word counts, is read as a name
    "legal_advice": 0.2,
    "asked_alone": 0.8,  # a story's asking sentence read alone is this much of its P(in scope), where more (corpus 2026-12-06, 12,391 answers: 0.8 and 0.9 +4 -0, 1.0 +3 -10)
    "asked_alone_words": 2,  # ... when it has at least this many topic tokens of its own
    "faq_model_weight": 0.3,  # P(in scope) = 0.7 x the scope model's + 0.3 x (1 - the FAQ model's P(not ours)); corpus 2026-12-03: 0.3 +7 and none lost, 0.4 +9 -3, 0.5 +12 -3, 0.7 +13 -17 (passport renewals answered)
}

# The FAQ model (intents.py): an FAQ it finds at least this probable is weighed with that
# probability as its similarity when that is higher, and needs only "coverage" of the question.
# Held-out accuracy by probability: docs/assistant.md ("The FAQ model").
INTENTS = {
    "regularization": 10.0,  # inverse L2 strength of each class's logistic regression
    "least": 0.3,
    # Two FAQs the model cannot tell apart answer together when this probable together ("least" for a
    # question that tells no story). A story's words spread the probability over the FAQs of its
    # subject ("3 fake purses from Istanbul... can I keep any?": the one-article exemption, or fakes in
    # a suitcase); corpus 2026-12-06 (15,079 answers), for stories: 0.25 +2 -0, 0.2 +4 -0, 0.15 +6 -0,
    # 0.12 +7 -2 (two questions asking legal advice answered); for every question 0.2: +8 -4.
    "pooled": 0.15,
    # ... or at least this probable and "ahead" times the next class's: a story's words spread the
    # model's probability over many FAQs, and one well ahead of the rest is still its reading (corpus
    # 2026-12-06, 14,484 answers: 0.15/1.5 -> 0.12/1.5 +3 -1, 0.12/2.0 +3 -0, 0.10/2.5 +4 -3; 2026-12-07,
    # 27,453 answers with 161 FAQs, over which the probability spreads thinner: 0.12 -> 0.11 +2 -0).
    "clear": 0.11,
    "ahead": 2.0,
    "coverage": 0.2,
    # How much a recognised FAQ's probability is discounted by the question's words it leaves out
    # (1 - d + d x coverage). On the corpus (2026-12-02) 0.6 (as for a similarity), 0.3, 0.15 and 0
    # answered 2058, 2060, 2061, 2061 with no new wrong answer: the model's probability needs little
    # discount; a little keeps a fuller FAQ ahead of one the model finds as probable.
    "coverage_discount": 0.15,
    # When the search's closest FAQ is also the model's most probable class and no FAQ would answer
    # otherwise, the two are combined (1 - (1 - P)(1 - similarity)) for a question at least this
    # likely in scope. On the corpus (2026-12-02, 3,063 answers), letting it reorder answers too:
    # at 0.5, 7 more right and 5 fewer (one "¿Hasta cuándo tengo para hacer los taxes?", P in scope
    # 0.58, answered); at 0.7, 7 and 4. Only as a rescue from the fallback: 3 more, none fewer.
    "agreement_in_scope": 0.7,
}

# The statistic strategy's scores (statistic.py): how a table is picked and how sure a figure is.
TABLE = {
    "mention": 2.0,  # the question names the table ("cell phones", "HSS")
    "category": 1.0,  # ... or its category ("country", "mode of transport")
    "label": 2.5,  # times how well a row is named
    "general": 0.3,  # products, economies and modes answer by default
    "other_mentioned": 1.5,  # another table is named
    "preferred": 1.2,  # the table of the previous answer, for a follow-up
    "preferred_category": 0.8,
    "exact_measure": 0.6,  # the table has exactly the measure asked for
    "counts_nothing": 0.6,  # things counted ("how many were they?") asked of a table of values only
    "named_measure": 0.9,  # ... more when the question names the measure outright ("seizure lines")
    "other_category": 0.8,  # the question names another category of table ("center", not products)
    "year_missing_given": 0.8,  # the table lacks a year asked outright
    "year_missing": 0.5,
    "also_measures": 0.4,  # "share of total MSRP": the table that has both
    "compare_missing": 1.0,  # a comparison needs both years in one table
    "in_millions": 0.2,  # rounded; an exact table answers better
    "year_rank": 0.3,  # per year, ranking years: the table with the most of them
    "row_run": 1.05,  # a row named word for word
    "row_run_longer": 0.1,  # per word past two
    "row_named": 0.85,  # a row named this well counts as named, for "mail vs express"
    "row_said": 1.5,  # a row of common words ("Other") said outright in a follow-up on its table, over the row carried
}
FIGURE = {
    "sure": 0.9,  # a figure question with a signal (a measure, IPR words, a named table)
    "unsure": 0.55,
    "count_not_counted": 0.4,  # "how many" answered by a value or a share
    # The figure just given, for a thing it does not count ("how many of those centers does CBP have?"
    # after a Center's share): below every bar, as nothing asked is answered; corpus 2026-12-08 (30,800 answers): +4 -0
    "repeat_other_thing": 0.6,
    "row_inherited": 0.5,  # a row named only by the words a follow-up took from an FAQ or passage; corpus 2026-12-06 (18,160 answers)
    "cost_not_valued": 0.5,  # "how much does it cost to record it?" answered by a count; corpus 2026-12-06 (17,830 answers): 0.5 +1 -0
    "share_not_given": 0.4,  # a share asked of a table that prints none and cannot work it out: its count instead
    "total_unasked": 0.3,  # a total nobody asked for
    "not_seizing": 0.3,  # a count naming no seizing, measure or year ("how many phones shipped are fake?")
    "total_unsure": 0.3,  # a count naming no measure, table or IPR word ("¿cuántos registros nuevos se agregaron?")
    # A ranking with no category, table or row named ("which port made the most seizures?" ranked
    # modes of transport) and a table other than the one the question names: on the whole corpus
    # (2026-12-02, 1,524 answers) these two reasons came only with wrong figures, so they rule the
    # figure out (1.0) rather than lower it.
    "rank_unanchored": 1.0,
    "compare_unanchored": 1.0,  # a comparison naming no year, row, measure or table ("is there really any difference?")
    "unexplained": 0.25,  # per word no table speaks to
    "unexplained_story": 0.125,
    "unexplained_rank_cap": 0.25,
    "unexplained_rank_full_cap": 0.15,  # ... for a ranking naming its category, measure and year all three
    "no_figure_asked": 0.5,  # a story, how-to or "does that mean...?" question that asks no figure
    "about_no_figure": 0.25,  # "does hydroxychloroquine work against covid?": about a row, asking no figure
    "other_table_named": 1.0,
    "row_not_whole": 0.15,  # a row named by part of its label
    "story_total": 0.3,  # CBP's overall total for a story about one subject
    "story_own_things": 1.0,
    "legal_advice": 1.0,  # a question asking for legal advice ("is it worth suing?") takes no figure
    "price_given": 0.5,  # a value read only from prices the visitor gives ("a $400 jacket for $150"); corpus 2026-12-06 (16,004 answers): 0.3 and 0.5 +1 -0
    "period_part": 1.0,
    "asker_own": 1.0,  # "how many can I bring?", "¿cuántas puedo traer?": no table counts that  # "in December 2020", "the first quarter": the tables print whole fiscal years  # ... when it counts the story's own things ("how many of them"): never CBP's total
    "no_figure": 0.8,  # "how many firearms": no row and no table names what is asked
    "year_nowhere": 0.95,  # a year no table and no close text names
}
FAQ = {
    "asked_alone": 0.8,  # a story's asking sentence searched alone (faq._asks_on_its_own): its similarity counts this much (corpus 2026-12-05, 11,158 answers: 0.7 +3, 0.8 +5, 0.9 0, 1.0 -2)
    "close_holding": 0.4,  # an FAQ holding the kind of answer asked is read down to this share of the closest's similarity (others 0.5)
    "no_figure_words": 3,  # a question asking no figure answers at BARS["faq_no_figure"] with at least this many topic words
    "asked_alone_model": 0.8,  # ... and the FAQ model finds each FAQ as probable as that sentence alone makes it, times this, where more (corpus 2026-12-06, 11,776 answers: 1.0 +15 -8, 0.8 +15 -6, 0.65 +11 -5; the two averaged +14 -19)
    "taught_words": 0.5,  # a question word only another phrasing of the FAQ holds counts this much toward its coverage
    "year_missing": 0.55,  # an FAQ whose answer never names the year asked
    "no_digits": 0.8,  # a figure question answered by an FAQ with no figure at all
    "not_counted": 0.5,  # "how many counterfeit guns": an FAQ that never speaks of guns (CBP's totals answer another question)
    "contacts": 1.3,  # a channel question: an FAQ that carries its channels (it says more than a bare contact)
    "no_contacts": 0.6,  # a channel question: an FAQ with no channel to give
    "period_missing": 0.3,  # a figure question on a month or quarter: an FAQ whose figures are for whole years
    "same_faq": 1.25,  # a follow-up ("how many people did that reach?") on the FAQ just given
    "asks_alike": 1.35,  # an FAQ whose own question asks the same way (to spot, to report, why, what it means) as the visitor's (corpus 2026-12-06, 14,238 answers: 1.15 +4 -1, 1.25 +6 -2, 1.35 +9 -3, 1.5 +5 -5); not on top of "contacts" below
    "definer": 1.6,  # the FAQ that asks what the defined term is
    "not_definer": 0.6,  # an FAQ that merely mentions the term a definition question asks about
    "passage_wins": 0.15,  # a passage covering this much more of the question beats the FAQ
}
ROUTE = {
    "runner_up": 0.7,  # contacts this close to the best one are offered too
    "anchored": 0.3,  # least score of a channel answer for a question naming IPR
}

# Reading a passage (reading.py, strategies/passage.py): a passage holding the kind of answer asked
# for ("how long": a duration) against one that does not; passages this close to the best are read.
# "focus": how much of a holding passage's weight rides on its holding sentence covering the question.
# An FAQ holding no answer of the kind asked for counts for "faq_lacks" (its phrasing matched the
# question's words, not what it asks); one holding it, "faq_holds" as a passage does ("how often can I
# use the exemption?": the FAQ saying "once every 30 days" over one with no frequency). On the corpus
# (2026-12-02): 1.0 -> 2,921 right, 1.1 -> 2,922, 1.15 -> 2,925, 1.25 -> 2,925 with two questions out of
# scope answered ("how long does the Copyright Office take to register a copyright?").
# "other_year": a passage naming other fiscal years, never the one a figure question asks (corpus 2026-12-06,
# 19,352 answers: 0.55 and 0.3 +0, 0.2 and 0.1 +1 -0: FY 2021's 128 orders no answer for FY 2020).
READ = {"other_year": 0.2, "holds": 1.15, "lacks": 0.7, "faq_lacks": 0.5, "faq_holds": 1.15, "close": 0.5, "focus": 0.3,
        "own_words": 0.5,  # a follow-up's own words held by a passage, over the conversation's
        "short_passage": 15}  # a passage of fewer words (a bullet) is read with the next one

# An abbreviation spelled out in the content (strategies/acronym.py).
ACRONYM = {"score": 0.55}  # below an FAQ that asks what the term is (it explains more)

# Understanding (question.py, state.py).
UNDERSTANDING = {
    "story_words": 9,  # a message this long that names IPR is a story around a question
    "followup_tokens": 4,  # a cue-led follow-up is at most this long ("and in 2019?")
    "followup_own_words": 2,
    # A word no content has counts fully toward coverage (it may be what is asked about), unless it
    # is this common in the language's word counts ("usually", "according"): then it counts this much.
    "everyday_word": 50_000,
    "everyday_weight": 1.0,
    "inherited_weight": 0.5,  # a follow-up's words from the conversation, against its own  # a question with at most this many words of its own may point back
}

