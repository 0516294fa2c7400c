"""How questions are asked, as data: the only hand-kept word lists of the answering layer.

What a question is ABOUT (tables, rows, measures, categories, channels, terms)
comes from the content through lexicon.py; this file says only how people ask:
question words, ranking, comparison, negation, years, asking for a channel or a
person, small talk. Patterns use the phrase marks of phrases.py: (a|b)
alternatives, [x] optional, ... a gap, * any word. A tag ending in "!" vetoes
matches of the same tag that it overlaps ("fell under" is no fall).

To teach the assistant a new way of asking, add a pattern here and run
`manage.py evaluate`; to teach it a new thing to ask about, add content.
"""

from assistant.answering.grammar_es import ESPANOL, NUMBER_WORDS_ES, READS_AS_ES

_SUBJ = "(i|we|you|someone|somebody|one|my company|my business|a person|people)"

# What CBP publishes ("why does CBP now report seizure lines?"), no reporting by the visitor.
_CBP_REPORTS = "(cbp|customs|the agency) (now|still|also|only|even|actually|currently|usually|always|no longer) (report|reports|reported)"
# CBP telling someone ("how soon does CBP have to notify the importer?", "will they tell the brand?") is
# what the question is about, not a channel the asker is looking for.
_THEY_NOTIFY = [
    "(cbp|customs|they|officers) (supposed|required|going|has|have|had|must|will|would|should|needs|need) [to] (notify|inform|tell|alert)",
    "(cbp|customs|they|officers) (is|are|was|were) (supposed|required|going) to (notify|inform|tell|alert)",
    "(cbp|customs|they|officers) (notify|notifies|notified|inform|informs|informed|tells|told|alerts|alerted)",
    "(notify|inform|alert) (me|us|importers|rights holders)",
    "(notify|inform|alert|tell) the (importer|owner|owners|brand|brands|trademark|rights|right|mark)",
    "(notified|informed) (by|of|about|that|when|within|before)",
]

ENGLISH: dict[str, list[str]] = {
    # -- what a figure question asks ------------------------------------------------
    "ask.how_many": ["how many", "how much"],
    # A sum of money is asked: "how much were the seizures worth?" asks their value, not how many.
    "ask.how_much": ["how much"],
    # What a figure question is about comes just after these: "how many firearms", "the value of toys".
    "ask.object": ["how many", "how much", "number of", "amount of", "value of", "msrp of", "quantity of", "worth of",
                   "total of", "count of", "figures (on|for)", "statistics (on|for)", "stats (on|for)"],
    "ask.count": ["how many", "how much", "number of", "count", "how often", "amount of", "total number", "tally", "quantity of"],
    # Things counted, never a sum of money: "how many were there?" after a value asks a count again.
    "ask.many": ["how many", "number of"],
    # "doesn't that count as personal use?" asks whether something qualifies, not for a count.
    "ask.count!": ["count (as|toward|towards)", "counts (as|toward|towards)", "counted (as|toward|towards)"],
    "ask.figure": [
        "statistics", "statistic", "stats", "stat", "figures", "figure", "numbers", "how big", "how large",
        "breakdown", "broken down", "broken out", "what was the (total|sum|amount|value)",
    ],
    # "how do they figure out how much it could be?": to work something out, not a figure.
    "ask.figure!": ["figure out", "figured out", "figures out", "figuring out"],
    # Words any figure question may use without asking for something no table holds.
    "figure.talk": [
        # "Is it true they seized fake vaccination cards? How many...": how sure the asker is, not what is asked.
        "(is|was) it (true|correct|right) [that]", "i heard [that]",
        "so far", "to date", "thus far", "until now", "as of now", "as of today", "attributed", "attributable",
        "international", "internationally", "according to", "as per",
        "accounted", "account for", "table", "tables", "chart", "america", "american", "approximately", "roughly", "about", "around", "exact",
        "ballpark", "ballpark figure", "rough estimate", "give or take",
        # "Just how big is the counterfeit problem at the border? How many ...?": the scale asked, nothing counted.
        "how (big|bad|serious|large|widespread) is the ... problem",
        # "shipments containing counterfeit goods": what a seizure held, as "with" says it.
        "containing", "contained", "that contained", "which contained",
        "exactly", "arrived", "entered", "brand", "branded", "caught", "stopped", "consignment", "consignments",
        "environment", "filed", "submitted", "received", "receive", "receiving", "reported", "recorded", "happen",
        "happened", "make", "made", "manufacturer", "suggested", "individual", "position", "place", "time", "times",
        "type", "types", "kind", "kinds", "usd", "violation", "violations", "illicit", "illegal", "shipment",
        "shipments", "rights", "right", "piratical", "goods", "items", "products", "stuff", "things", "overall",
        "estimated", "recorded", "counted", "listed", "tally", "worth", "value", "breakdown", "list", "show",
        "split", "splits", "broken down", "break down", "divided", "divide",
        "report", "reports", "hit", "point", "reach", "reached", "level", "low", "high", "valuable", "bucket",
        "category", "categories", "figure", "number", "numbers",
        # "the IPR-violating goods CBP seized": what made them seizable, not something else counted.
        "violating", "violate", "violated", "violates", "law", "laws",
        # "how many billions of dollars...?", "the exact number, not rounded": the scale and the rounding
        # of the figure wanted, not what it counts.
        "billions", "millions", "thousands", "rounded", "unrounded", "rounding", "precise",
    ],
    # "For a school paper: how many seizures...?": what the figure is for, not what it counts. (Its words stay
    # a question's own elsewhere, TOPIC_TAGS: "per class" is the fee's, "presentaciones" are filings.)
    "figure.purpose": [
        "for (a|an|my|our|the) [school|class|college|university|uni|research|term|final|group|news] (paper|essay|report|project|"
        "presentation|slide|slides|assignment|homework|thesis|article|story|blog|post|newsletter|deck|class|course|video|podcast|channel)",
        "for (school|class|homework|research)",
        "(a|an|my|our) (paper|essay|project|presentation|assignment|thesis|report) for (school|class|college|uni|university|my class|a class)",
        # Why or how exactly one asks: "out of curiosity, what was ...? Exact number if you have it."
        "out of curiosity", "just curious", "(i was|i am|im) [just] curious",
        "[the|an] exact (number|figure|amount) [please|if you have it|if you can]",
    ],
    # Where one row stands in a ranking: "where did it rank among products?", "what place was Turkey?"
    "rank.place": [
        "where (did|does|do|was|is) ... (rank|ranked|place|placed|stand|fall|come)", "how did ... rank",
        "what (rank|place|position|spot)", "which (rank|place|position|spot)", "(ranked|placed) among",
        "rank among",
        # "Did express also lead in MSRP?": a yes or no on one row's place, answered with its place and the first.
        "(did|does|do) ... (lead|rank first|come first|come out on top)",
        "(was|is|were|are) ... the (top|leading|biggest|largest|number one)",  # "was cargo the top mode by MSRP?"
    ],
    # ("which countries were in the top five?" is a ranking's list.)
    "rank.place!": ["(was|is|were|are) ... (in|among|of) the top",
                    "(was|is|were|are) ... the top (2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten)",
                    # "what does the report say about lead levels?": the metal, no row's place.
                    "(did|does|do) ... (about|on|of|with|contain|contains|containing|no|free|high|too much) lead",
                    "(did|does|do) ... lead (paint|content|levels|level|poisoning|based|free)"],
    "rank.after": ["after", "behind", "next after", "right after"],
    # "apart from Hong Kong, which economy had the most?": the ranking without the rows named (China).
    "rank.except": ["apart from", "aside from", "besides", "other than", "excluding", "except", "except for",
                    "not counting", "without counting", "leaving out", "ignoring", "setting aside"],
    # The row ranked just above the one named: "which economy ranked right above Colombia?".
    "rank.above": ["above", "ahead of", "in front of", "higher than", "(right|just|immediately) before",
                   # "which covid-related product had even more seizures than masks?": a row above the one named.
                   "(more|bigger|greater|larger) ... than"],
    # The row ranked after the one just given: "and the next one?", "who came next?".
    "rank.next": ["next one", "and the next", "what about the next", "how about the next", "next on the list",
                  "next in line", "(was|is|came|comes|ranked|ranks|placed) next", "next (highest|biggest|largest|most)",
                  "the one (after|behind|below) (that|it|this|them)",
                  "(came|comes|was|is|ranked|ranks|placed|followed) [right|just|immediately] (after|behind|below) (that|it|this|them)"],
    # The row ranked just before the one just given: "and the one before that?".
    "rank.prev": ["the one (before|above|ahead of) (that|it|this|them)"],
    "rank.next!": ["and the next (year|fiscal|fy|step|steps|time|day|days|week|month|months|report)",
                   "(what|how) about the next (year|fiscal|fy|step|steps|time|report)"],
    # A ranking asked with "where" ranks places: "Where did most of the COVID-related seizures happen?"
    "rank.where": ["where (did|do|does|was|were|is|are) ... (most|more|highest|biggest|largest|majority)",
                   "where (did|do|does|was|were|is|are) (most|the most|the majority)",
                   "from where (did|do|does) ... (most|more)"],
    "rank.max": [
        "most", "top", "topped", "tops", "largest", "biggest", "highest", "greatest", "leading", "led", "lead",
        "leads", "main", "primary", "major", "maximum", "max", "number one", "no 1", "# 1", "most common", "majority",
        "first place", "worst", "worst offender", "dominated", "dominant", "peak", "peaked", "record high", "most popular",
        "ranked first", "came first", "in first", "(was|were|is|are|placed|finished) first",
        # "which country was that mostly from?" ranks; "are exclusion orders mostly about trademarks?" asks a yes or no.
        "(which|what|where) ... (mostly|mainly|chiefly|largely|predominantly)",
        "(mostly|mainly|chiefly|largely|predominantly) from",
    ],
    # "what does the report say about lead levels?": the metal, no row's place.
    # "a legal limit on lead in toys", "lead paint": the metal, not a leader.
    "rank.max!": ["(on|of|with|contain|contains|containing|no|free|high|too much) lead", "lead (paint|content|levels|level|poisoning|based|free)",
                  # "what's the max he could get?": the most a person may face, a penalty, no ranking of rows.
                  "(max|maximum|most) (he|she|they|i|we|you|someone|somebody|a person|one) (could|can|would|might|will|may) (get|face|receive|be given)",
                  # "the max fine they can charge": the most a penalty may be, no ranking of rows.
                  "(max|maximum|highest|biggest|largest|top) (fine|fines|penalty|penalties|sentence|prison|jail|damages|amount they)",
                  "(max|maximum|highest|biggest|largest|top) (counterfeit|civil|possible|potential|customs|cbp) (fine|fines|penalty|penalties)",
                  "(max|maximum|most) (for|on) (a|the) first (time|offense|offence|violation)",
                  "(max|maximum|cap|limit|ceiling) (of|on|for) (a|the) (fine|fines|penalty|penalties)",
                  # "what's the worst that can happen if they're fake?" asks what may follow, ranks nothing.
                  "worst (that|thing that|thing) (can|could|will|would|might) happen", "worst case", "worst-case",
                  # "can they fine me on top of keeping the goods?": "in addition to", no ranking.
                  "on top of", "over the top"],
    "rank.min": [
        "least", "fewest", "lowest", "smallest", "minimum", "min", "bottom", "rarest", "less common", "least common",
        "(came|ranked|finished|placed|comes|ranks) last", "last place", "at the bottom",
    ],
    # "can CBP at least tell me what they did?", "at least 5,000 lines": a floor or a manner, never the lowest row.
    "rank.min!": ["at least", "(lower|lesser|less|poorer) quality"],
    # "is it worth suing?", "worth the trouble": whether to do something, no value asked.
    # "how many shipments with fakes did CBP seize?": a shipment seized is a seizure, not a seizure line.
    "measure:seizures": ["(shipments|consignments|parcels|packages) ... (seize|seized|seizes)",
                         "seized (shipments|consignments|parcels|packages)"],
    "measure:msrp!": ["worth (suing|fighting|trying|it|the trouble|the risk|the hassle|the effort|a lawsuit|going|getting|buying|bringing|paying|recording|filing|doing)"],
    # "which one was last of those five?" after a top five: the fifth of the list just given.
    "rank.2": ["last of (the|those|these) (two|2)", "second", "2nd", "runner up", "number two", "# 2"],
    "rank.2!": ["(a|one|for a|just a|wait a) second"],  # "for a second", "a second shipment": no ranking
    "rank.3": ["last of (the|those|these) (three|3)", "third", "3rd", "number three", "# 3"],
    "rank.3!": ["(a|one|two) (third|thirds) of", "(roughly|about|nearly|almost|over|around|some|only) a third"],  # a share, no ranking
    "rank.4": ["last of (the|those|these) (four|4)", "fourth", "4th"],
    "rank.5": ["last of (the|those|these) (five|5)", "fifth", "5th"],
    "rank.list": ["(top|largest|biggest|leading|main|first|which|what) (2|3|4|5|6|7|8|9|10|two|three|four|five|six|seven|eight|nine|ten)"],
    "rank.which": ["which", "what", "where", "rank", "ranked", "ranking", "list", "name the", "who"],
    # Two figure questions joined ("what share of the lines came from Hong Kong and what share of the MSRP
    # from China?"): engine.py answers each. Plain phrases only (searched in the text, not matched).
    "ask.join": ["and what", "and which", "and how many", "and how much"],
    # "..., and roughly what MSRP?": a word of manner between the two joins them all the same.
    "join.manner": ["roughly", "about", "approximately", "around", "also", "then"],
    # "Of the fiscal years shown in the table (2018 to 2021), which one had the fewest?": years set apart first,
    # however long the aside before "which one" (frame.py reads the two together as "rank.year").
    "years.among": ["(of|among) [all] (the|those|these) [two|three|four|five|2|3|4|5] [fiscal] years"],
    "which.one": ["(which|what) one"],
    "rank.year": [
        "(which|what) [fiscal] year", "in which year", "when (was|were|did) ... (most|highest|lowest|fewest|least|peak)",
        "what year", "which fy", "what fy", "which of the (two|three|four|five|2|3|4|5) years", "which years",
        "which of (those|these|the|both|them) [two|three|four|2|3|4] [fiscal] years",
        "(which|what) (fiscal|financial) years",
        "(of|among) (the|those|these) [two|three|four|five|2|3|4|5] [fiscal] years ... (which|what) (one|was|had|is)",
        "(of|among) (the|those|these) [two|three|four|five|2|3|4|5] [fiscal] years (which|what) (one|was|had|is)",
        # "of the fiscal years shown in the mode-of-transport table, which one had the most?"
        "(of|among) [all] (the|those|these) [fiscal] years (shown|listed|printed|covered|given|in) ... (which|what) (one|year|was|had|is)",
    ],
    # The years a ranking of years ranks are all the table prints, not the ones the conversation named.
    "year.every": ["in (the|that|this) table", "(in|of|from) (the|that|this) report", "(shown|listed|printed|covered) in",
                   "years (shown|listed|printed|covered)", "of all [the] years", "all [the] (four|4) years", "any year", "ever"],
    "compare": [
        "change", "changed", "changes", "increase", "increased", "increases", "decrease", "decreased", "decreases",
        "grow", "grew", "growth", "grown", "rise", "rose", "risen", "fell", "fall", "falls", "drop", "dropped",
        "decline", "declined", "declines", "compare", "compared", "comparison", "versus", "vs", "difference",
        "differ", "up or down", "trend", "jump", "jumped", "spike", "spiked", "climb", "climbed", "soar", "soared",
        "surge", "surged", "plunge", "plunged", "shrink", "shrank", "dip", "dipped", "went up", "went down", "go up",
        "go down", "gone up", "gone down", "more or less", "higher or lower",
        "how (many|much) (more|fewer|less|higher|lower)", "than in", "year over year", "year on year",
        "since (then|last|fy|fiscal|2017|2018|2019|2020|2021|2022|that year|the year|the pandemic)",
    ],
    "compare!": ["(fell|fall|falls) (under|into|in|within)", "(difference|differ) between", "what is the difference",
                 # "what did CBP change about seizure notices in 2021?": what the agency did, not a figure's change.
                 "(did|does|has|have|will) (cbp|customs) change", "(cbp|customs) (changed|has changed)",
                 "what (the|whats the|are the) (difference|differences)", "whats the difference", "how (do|does|is|are) * differ",
                 "since when", "ever since"],
    # "what's the difference between the two years?": the figures of the years compared, not a term
    # explained (which "difference between" alone asks: "between a dupe and a counterfeit").
    "compare.span": [
        "(difference|differences|gap|change) between (the|those|these|both) [two|2] (years|figures|numbers|totals)",
        "(difference|gap) between (them|those two|these two|the two)",
    ],
    "compare.percent": [
        "by [roughly|about|approximately|around|nearly|almost] (what|how many) (percent|percentage|%)",
        "(what|how many) (percent|percentage) (change|increase|decrease|growth|rise|drop|decline|jump)",
        "(what|how many) (percent|percentage) (did|does|has|have|was|were) ... (increase|increased|decrease|decreased|grow|grew|grown|rise|rose|risen|drop|dropped|decline|declined|jump|jumped|climb|climbed|fall|fell|change|changed|go up|went up|go down|went down)",
        "(percent|percentage|%) (change|increase|decrease|growth|rise|drop|decline|jump)", "by how much",
        "(go|went|goes) (up|down) ... (in percent|in percentage terms|percentage wise|as a percentage)",
        "(rise|rose|increase|increased|grow|grew|change|changed|drop|dropped|fall|fell) ... (in percent|in percentage terms|percentage wise|as a percentage)",
        # "how much higher is that than the previous year in percent?": a comparative asked in percent
        # is the change in percent, not the share column compared.
        "(what|how many) (percent|percentage) (higher|lower|more|less|fewer|bigger|larger|greater|smaller)",
        "(higher|lower|more|less|fewer|bigger|larger|greater|smaller) ... (in percent|in percentage terms|percentage wise|as a percentage)",
        "(higher|lower|more|less|fewer|bigger|larger|greater|smaller) ... than ... (in percent|in percentage terms|percentage wise|as a percentage)",
    ],
    "compare.more": ["more", "fewer", "less", "higher", "lower", "bigger", "larger", "greater", "outnumber", "exceed"],
    # The comparatives that point down: "which year was lower?" ranks the years from the least.
    "compare.less": ["fewer", "less", "lower", "smaller"],
    # Which way a change goes: "which product category grew the most?" ranks rows by their change.
    "change.up": ["increase", "increased", "increases", "grow", "grew", "growth", "grown", "rise", "rose", "risen", "jump",
                  "jumped", "climb", "climbed", "soar", "soared", "surge", "surged", "spike", "spiked", "went up", "go up",
                  "gone up", "gain", "gained"],
    "change.down": ["decrease", "decreased", "decreases", "fell", "fall", "falls", "drop", "dropped", "decline", "declined",
                    "declines", "shrink", "shrank", "dip", "dipped", "plunge", "plunged", "went down", "go down", "gone down"],
    # Rows added together: "footwear plus handbags", "China and Hong Kong combined".
    "sum": ["combined", "together", "add up", "added up", "adds up", "adding up", "adding", "summing", "sum up", "summed up",
            "plus", "altogether", "sum of", "put together", "in total", "between them", "taken together"],
    "total": [
        "total", "totals", "overall", "altogether", "in all", "all (ipr|of the|the) (seizures|goods|products|items)",
        "all seizures", "combined", "entire", "whole", "grand total", "sum", "in total",
        "all (types|kinds)", "of every (type|kind)", "of any (type|kind)",
        # "adding up every row of the COVID-19 table": the table's whole.
        "(every|each) row", "all [of] (the|its) rows", "all rows",
        # "and all e-Allegations that year, not just IPR?": the whole the row is part of.
        "not (just|only) (the|ipr|those|that|them)",
    ],
    # Where goods come from: asks for the tables of places (the categories "country" names).
    # "what kind of fake stuff gets seized the most?": a kind of goods is a product (lexicon.build adds
    # these to the product tables' category, as "ask.origin" is added to the tables of places).
    "ask.kind": ["(what|which) (kind|kinds|type|types|sort|sorts) of (fake|fakes|counterfeit|counterfeits|knockoff|knockoffs|goods|stuff|things|items|merchandise|products|product)"],
    "ask.origin": [
        "come from", "came from", "coming from", "comes from", "originate", "originated", "originating", "originates",
        "where ... from", "where ... made", "made where", "shipped from", "sent from", "source of", "sourced from",
        "manufactured in", "which (countries|country|nations|nation|economies|economy)",
    ],
    "year.previous": [
        "(last|previous|prior|preceding) [fiscal] year", "year before", "the year before", "a year (earlier|ago|before)",
        "(last|previous|prior) fy",
    ],
    # "two years before that", "three years earlier": years back from the year named (or discussed).
    "year.back.2": ["(two|2) years (before|earlier|ago|prior|back)", "(two|2) (fiscal|financial) years (before|earlier|ago|prior)"],
    "year.back.3": ["(three|3) years (before|earlier|ago|prior|back)", "(three|3) (fiscal|financial) years (before|earlier|ago|prior)"],
    # "I've already got FY19 through FY21, I just need FY 2018": years the asker has are not asked.
    "year.had": ["already (got|have|had|found|know|pulled|collected|gathered)"],
    "year.next": ["(following|next|subsequent) [fiscal] year", "the year after", "a year later", "year after that"],
    "year.latest": ["(this|current|latest|newest) [fiscal] year", "latest", "most recent", "newest", "this fy", "current fy", "right now", "currently"],
    "year.word": ["fy", "fiscal", "fiscal year", "financial year", "year", "in"],
    "year.spelled.2018": ["twenty eighteen"],
    "year.spelled.2019": ["twenty nineteen"],
    "year.spelled.2020": ["twenty twenty"],
    "year.spelled.2021": ["twenty twenty one"],
    "year.spelled.2022": ["twenty twenty two"],
    "year.range": ["from", "between"],
    # -- words that rule something out -----------------------------------------------
    "negation": [
        "not", "rather than", "instead of", "excluding", "exclude", "other than", "except", "besides", "apart from",
        "leaving out", "not counting", "without", "ignoring", "not just", "not only", "no", "beyond",
    ],
    "negation!": ["not sure", "no idea", "not certain"],
    "all_other": ["all other", "other than", "everything else"],
    # -- what kind of answer the question wants --------------------------------------
    "howto": [
        f"how (do|can|should|would|could|might|must|will|does|did) {_SUBJ}", f"who (do|should|can|could|would) {_SUBJ}",
        f"where (do|can|should|could|would) {_SUBJ}", f"what (can|should|could|do|would) {_SUBJ} do",
        "is there (anything|a way|someone|somebody|somewhere|a place)", "how to", "what are my options",
        "what (are|is) the (steps|process|procedure)", "what happens (if|when|now|next|after|to)", "what now",
        f"(can|could|may|should|must) {_SUBJ}", f"(do|does) {_SUBJ} (need|have)", "is it (legal|illegal|ok|okay|allowed)",
        "am i allowed", "are (we|you) allowed", "what do i do", "what should i do", "help me",
    ],
    "define": [
        "what (does|do|did) ... (mean|stand for)", "what is meant by", "what meant by", "meaning of", "define",
        "definition", "defined as", "difference between", "what (is|the|are the) difference", "whats the difference",
        "what (is|are) (a|an)", "what (a|an)", "whats (a|an)",
        "(stands|stand) for what", "means what", "explain", "what [is] (that|this|it)", "whats (that|this|it)",
        "what (that|this|it) (is|means)", "what are (those|these|they)", "in plain english", "what exactly (is|are)",
        "what do you mean by", "what kind of thing", "how (is|are) ... defined", "how (does|do) ... define",
    ],
    # Where a term was seen, or how it is named: not what a definition question is about.
    "define.where": [
        "report", "reports", "table", "tables", "chart", "charts", "figures", "numbers", "data", "statistics", "stats",
        "document", "term", "word", "abbreviation", "acronym", "plain english", "simple terms", "nutshell", "exactly",
        "actually", "mean", "means", "meaning", "stand", "stands", "refer", "refers", "category", "column", "row",
    ],
    # The kind of answer asked for, which the report's prose gives in one sentence (reading.py):
    # a duration, a point in time, how often, names. Never a table's figure.
    # What something costs the visitor: the answer is an amount of money ("$190 per class"). (Its words
    # stay the question's own, TOPIC_TAGS: "the fee for renewal" is about the fee.)
    "answer.cost": [
        "how much (does|do|did|will|would|is|are) ... (cost|costs|charge|charges)", "how much (is|are) (the|a|it) (fee|fees|cost|price)",
        "what (is|are|was) the (fee|fees|cost|costs|price|charge)", "(is|are) there (a|any) (fee|fees|cost|charge)",
    ],
    "answer.duration": [
        "how long", "how soon", "how quickly", "how fast", "how many (days|hours|weeks|months|minutes)",
        "how much time", "(wait|waiting|clearance|processing|turnaround) time",
    ],
    "answer.time": [
        "since when", "as of when", "until when", "(what|which) date", "how long ago",
        "when (did|was|were|will|does|do|is|are|has|have)", "(what|which) (year|month|day) (did|was|were|does|do|will)",
        "in (what|which) (year|month)",
    ],
    # Counting what passed through, not what was seized ("how many mail shipments did CBP process?"):
    # the tables count seizures, so only the prose may answer.
    "count.volume": ["(process|processed|processes|processing|handle|handled|handles|clear|cleared|clears|screen|screened|inspect|inspected|examine|examined)"],
    # Legal advice: whether to sue, one's chances, a lawyer; beyond the content, the help desk answers.
    "ask.legal": ["(should|can|could|do) (i|we) sue", "sue (them|him|her|the seller|the company|the store|the site)",
                  "(file|start|bring) a lawsuit", "(my|our) (odds|chances) (in court|of winning)", "(will|would|could) (i|we) win", "win in court",
                  "do (i|we) need a (lawyer|attorney)", "(hire|get) (a|an) (lawyer|attorney|ip lawyer|ip attorney)",
                  # An opinion ("in your view, does it infringe?") is a lawyer's to give. (No content words
                  # here: the grammar's words are not a question's own, see lexicon.grammar_tokens.)
                  "in (your|ur) (view|opinion)",
                  # Whether it is worth suing, and which lawyer to hire, are a lawyer's (or a bar's) to say.
                  "worth (suing|a lawsuit)",
                  "(recommend|suggest) (a|an|me a|me an|any|a good) (lawyer|attorney|ip lawyer|ip attorney)",
                  "(which|what) (lawyer|attorney) (should|do you|would you)",
                  # Being sued, or what to answer the other side's lawyer, is a lawyer's to advise on.
                  "(i|we) (am|are|was|were|have been|got|get|just got) (being sued|sued)", "(they|brand|company) (is|are) suing (me|us)",
                  "(can|could|will|would) (they|the brand|the company|it) sue (me|us)", "(will|could|can) (i|we) (get|be) sued",
                  "(should|do|can) (i|we) settle", "settle or fight", "fight (it|this|that|them) in court", "(should|do) (i|we) go to court",
                  "(what|how) (do|should) (i|we) (tell|answer|reply to|respond to|say to) (the|their|his|her) [...] (lawyer|attorney|lawyers|attorneys)",
                  # Whether a product infringes is a lawyer's call (these words stay a question's own: TOPIC_TAGS).
                  "(does|do|would|will|could|might) (my|our|his|her|their|this|the|a) ... (infringe|violate)",
                  "(is|are) (my|our|this|the) ... infringing", "(am|are) (i|we) infringing", "(tell|know) (me|us) if ... (infringes|violates)"],
    # A reason is asked for: a figure never answers "why" ("why does the report count seizure lines?").
    "ask.why": ["why", "how come", "for what reason", "(what is|whats) the reason"],
    # What a figure or a rule means, yes or no: "if a row says China, does that mean they were made there?"
    # "does 'China' mean the goods were made in China?": a yes or no on what something means, with its clause.
    "ask.meaning": ["(does|do|did) (that|this|it|they) (mean|imply|signify)", "(is|are) (that|this|it) saying",
                    "(does|do|did) * (mean|imply|signify) (that|the|it|they|those|these|its|their)",
                    # However long what it asks the meaning of: "does the country listed in the
                    # seizures-by-economy tables mean the goods were made there?"
                    "(does|do|did) ... ... (mean|imply|signify) (that|the|it|they|those|these|its|their)",
                    # "does the country listed in the economy tables mean that's where they were made?"
                    "(mean|means|imply|implies) [that|thats|its|it is] where"],
    "answer.frequency": ["how often", "how frequently", "how regularly", "at what intervals"],
    # How a question is put, not what about: "what kind of fine" asks about fines.
    "ask.form": ["(what|which) (kind|kinds|type|types|sort|sorts) of", "what exactly", "legally speaking", "in plain english"],
    # Where something took place: a venue or a city, in the report's prose ("at Raymond James Stadium in Tampa").
    "answer.place": [
        "where (was|were|is|are|did) ... (played|held|hosted|located|signed|take place|took place|based)",
        "(in|at) (what|which) (city|stadium|venue|location|state)", "what (city|stadium|venue)",
    ],
    "answer.names": [
        "(which|what) (companies|company|brands|firms|organizations|organisations|agencies|partners|businesses|"
        "associations|platforms|retailers|marketplaces|carriers|manufacturers|rights holders|participants)",
        "who (are|were) the", "name the", "names of the", "list the",
        "(what|whats) [is|was|s] the name of", "what (is|was) it called",
        # "what was the series called?", "which economies took part?": the names of what was just said.
        "what [is|was|are|were] the ... called", "whats the ... called",
        "(which|what) (economies|countries|nations|members|agencies|partners|companies) (participated|took part|joined|were involved|signed on)",
    ],
    # Where a term asked about ends: "what is the IPR Center | and who runs it?".
    "term.end": ["and (who|what|how|where|when|why|which|whose|whom)", "or (who|what|how|where|when|why|which)"],
    "define.term": [
        "what (does|do|did) [the] [term|word|abbreviation|acronym] ... (mean|stand for)", "what is meant by ...",
        "what (does|do|did) (that|this|it) (mean|stand for) ...",
        "what meant by ...", "meaning of [the] [term|word] ...", "define ...", "... (stands|stand|means) for what",
        "... means what", "(called|named) ... what [is] (that|this|it)", "... what [is] (that|this|it)",
        "what (is|are) [a|an|the] ...", "what [a|an|the] ...", "whats [a|an|the] ...",
        "what (is|are) ... exactly", "explain [the] ...", "tell me about [the] ...",
        # "For purposes of CBP border enforcement, how is a counterfeit trademark defined?"
        "how (is|are) [a|an|the] ... defined", "how (does|do) (cbp|customs|the law|the regulation|the report) define [a|an|the] ...",
    ],
    # "what's the difference?" names no term: the things compared are around it, or before it.
    "define.term!": ["what [is|are] the (difference|differences) [between]", "whats the difference [between]",
                     "what s the (difference|differences) [between]",  # "what's" as typed
                     # "... when it comes to what CBP blocks": what an agency does, not a term.
                     "what (cbp|customs|they|officers) (blocks|block|stops|stop|seizes|seize|covers|checks|enforces|looks for)",
                     # "..., and what share?" asks which share: a figure, not what a share is.
                     "what (share|percentage|percent|proportion|fraction|portion) ?",
                     # "what information do they share with us?" asks which information, not what "information" is.
                     "what * (do|does|did|can|could|will|would|should|must) (they|cbp|customs|i|we|you|officers|he|she)",
                     # "will CBP tell me what happened after?" asks what became of a case: a verb names no term.
                     # ("What happens to seized fakes?" still asks the way the FAQ on their fate asks.)
                     "what (happened|occurred|went on)"],
    "person": [
        "(talk|speak|chat) (to|with) (a|an|someone|somebody|real|human|person|agent|officer|staff|representative|people|anyone)",
        "(real|live|actual) (person|human|agent|people)", "human (agent|being|help)", "(contact|reach) (a|an) (person|human)",
        "customer service", "representative", "operator", "call me", "a human", "to a person", "real person",
    ],
    "channel": [
        "report", "reporting", "tip off", "snitch", "file (a|an) *", "submit", "record (a|my|our|the|their)",
        "recording (a|my|our|the)", "register (a|my|our|the)", "registering", "recordation", "search", "look up",
        "lookup", "database", "contact", "contacting", "email", "e mail", "call", "calling", "telephone",
        # "phone" names a channel as a way to reach someone, not in "phone charger" or "cell phone cases".
        "(by|over the|on the|via) phone", "phone (number|numbers|line|call|them|cbp|customs|someone|somebody|in)",
        "(have|has|got|is there|there is|there a) (a|any) phone",
        "number (to|for)", "hotline", "reach", "help desk", "helpdesk", "ruling", "get in touch", "who (do|should|can|would|could|must) (i|we)",
        "where (do|can|should|would|could|must) (i|we)", "(where|how) (do|can|should|would) (you|one|people) (file|submit|lodge|report)",
        "(who|where) (am i|are we) supposed to", "(who|where) (do|should) (i|we) (need|have) to", "request a", "notify", "inform", "alert (cbp|customs|someone|somebody|the)",
        "let * know", "tell (cbp|customs|someone|somebody|the authorities)", "flag", "complain", "complaint",
        "refer", "referral", "write to", "send (it|this|them) to", "where to", "link", "links", "url",
        "web address", "website for", "site for", "portal", "form", "sign up", "apply",
    ],
    "channel!": [
        "(the|this|that|cbp|cbps|ipr|seizure|statistics|annual|your|their|a|own|its|whole|full|same) report",
        "report (says|said|shows|showed|lists|listed|covers|gives|mentions)", "in the report", "fy * report",
        "* * report (says|said|shows)", "report year", "(this|the) data",
        _CBP_REPORTS,
        # "what's the deadline to file a petition?": a step of a legal process, not a channel to reach.
        "file (a|an|the|my|our|your) (petition|supplemental petition|claim|appeal|protest|response)",
        "(apply|applies|applied) (to|only to|also to|equally to)",  # "does the rule apply to tourists?": holds for, not a form
        *_THEY_NOTIFY,
    ],
    "channel.phone": ["(by|over the|on the|via) phone", "phone (number|numbers|line|call|them|cbp|customs|someone|somebody|in)",
                      "(have|has|got|is there|there is|there a) (a|any) phone",
                      "call", "telephone", "hotline", "number to call", "ring", "dial"],
    "channel.email": ["email", "e mail", "write to", "email address", "mail them"],
    "channel.report": ["report", "reporting", "tip off", "snitch", "flag", "complain", "complaint", "notify", "tell", "alert",
                       # "where do you file one of those?" after the e-Allegations' count: filing one is reporting.
                       "(where|how) (do|can|should|would) (i|you|we|one|people) (file|submit|lodge|make)"],
    # What becomes of things ("what does customs do with the knockoffs it seizes?"): read as "happen"
    # ("what happens to counterfeit goods after CBP seizes them?"), the way the content asks it.
    "ask.fate": ["what happens to", "what happened to", "what happens with", "what (do|does|did|will|would) ... do with",
                 "where (do|does|did) ... end up", "what becomes of"],
    # Telling a fake from the real thing: read as "spot" ("how to spot a fake"), what the content says.
    "ask.identify": [
        "tell (if|whether|apart|the difference)", "tell (a|the) (fake|fakes|counterfeit|real)", "tell fakes", "tell real",
        "know (if|whether)", "check (if|whether)", "spot", "spotting", "recognize", "recognise", "identify", "distinguish",
        "is (it|this|that|mine) (real|genuine|authentic|legit)",
        "is (it|this|that|mine) (prob|probably|likely|a) (real|genuine|authentic|legit|fake|counterfeit|knockoff)",
        "red (flag|flags)", "warning (sign|signs)", "telltale (sign|signs)",
    ],
    "ask.identify!": ["tell (me|us|him|her|them) (if|whether)", "(you|u) know (if|whether)", "let (me|us) know (if|whether)"],
    # "how can I tell if it is fake": telling things apart, not telling someone.
    # ... nor "can you tell me": a request to the assistant.
    # "what information do they share with us": sharing, not a share of a total.
    "measure:percentage!": ["share (with|it with|them with|this with|that with|information|info|data|details|any|anything|what)",
                            "(they|cbp|customs|you|we|i|officers|it) share"],
    "channel.report!": ["tell (if|whether|apart|the difference|a fake|fakes|real|genuine|it is|its|they are|from)", "can tell",
                        # The report, a noun ("which years do the FY 2021 report's tables cover?"), is no reporting.
                        "(the|this|that|its|cbps|cbp|annual|statistics|seizure|own|their|whole|full|same) report", "(fy|year) * report",
                        "report (tables|table|figures|says|covers|cover|shows)", "red (flag|flags)", _CBP_REPORTS,
                        "tell (me|us)", *_THEY_NOTIFY],
    "channel.tell!": ["tell (if|whether|apart|the difference|a fake|fakes|real|genuine|it is|its|they are|from)", "can tell",
                      "tell (me|us)", *_THEY_NOTIFY],
    "channel.tell": ["tell", "notify", "inform", "alert", "warn", "let * know", "flag", "who do i tell", "who should i tell"],
    "seller": ["seller", "sellers", "selling", "sells", "vendor", "vendors", "listing", "listings", "marketplace",
               "marketplaces", "storefront", "website", "site", "shop", "store", "account", "page", "app", "ad", "ads"],
    # Verbs that end the thing a figure question counts: "how many seizures | has it produced".
    "verb.aux": ["did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "got", "get", "gets", "will",
                 "would", "can", "could", "been", "went", "came", "were there", "are there", "was there"],
    # A part of a year: the tables print fiscal years only ("in December 2020", "the first quarter").
    "period.part": ["january", "february", "march", "april", "in may", "may (2017|2018|2019|2020|2021|2022)", "june", "july",
                    "august", "september", "october", "november", "december", "quarter", "quarters", "quarterly",
                    "q1", "q2", "q3", "q4", "first half", "second half", "half of the year",
                    # "caught a huge batch in a single day": one day's haul, which no table prints.
                    "(a|one|that|the same) single (day|week|night|weekend)"],
    # What kind of thing a named term is ("the e-Allegations system"): not the name itself.
    "term.generic": ["system", "systems", "program", "programs", "programme", "database", "portal", "platform", "tool",
                     "process", "initiative", "service", "online system"],
    # Who does something: "how many | am I allowed?" names no thing counted.
    "subject.person": ["i", "we", "you", "they", "he", "she", "am", "should", "may", "must"],
    # The asker as the one acting: "how many | can I bring?" asks what the asker may do.
    "subject.first_person": ["i", "we", "am"],
    # What the asker is let do: "how many will customs let me keep?" asks a rule, as "how many can I bring?".
    "ask.permission": ["let (me|us)", "allow (me|us)", "allowed", "permitted", "(can|may|could) (i|we)"],
    # "how much could it be?" of a fine in a letter: an amount of the asker's own case, no count of CBP's.
    "ask.could_be": ["how much (could|would|might) (it|that|this|they|i|we) (be|cost|run)",
                     "how much (it|that|this|they) (could|would|might) (be|cost|run)"],
    # What any seizure is, whatever was seized: "how many counterfeit goods" counts nothing in particular.
    "counted.any": ["goods", "good", "items", "item", "products", "product", "things", "thing", "stuff", "articles",
                    "article", "merchandise", "units", "pieces", "ones", "total", "money", "counterfeit", "counterfeits",
                    "fake", "fakes", "knockoff", "knockoffs", "pirated", "bootleg", "replica", "replicas", "imitation",
                    "dupe", "dupes", "phony", "bogus", "infringing", "ipr", "illegal", "illicit"],
    # -- words that put a message inside IPR enforcement -------------------------------
    "anchor": [
        "counterfeit", "counterfeits", "counterfeited", "counterfeiting", "counterfeiter", "counterfeiters", "fake",
        "fakes", "knockoff", "knockoffs", "knock off", "knock offs", "pirated", "piracy", "pirate", "bootleg",
        "bootlegs", "replica", "replicas", "infringing", "infringement", "infringe", "infringes", "trademark",
        "trademarks", "copyright", "copyrights", "ipr", "intellectual property", "e allegation", "e allegations",
        "eallegation", "eallegations", "recordation", "recordations", "e recordation", "patent", "patents",
        "exclusion order", "exclusion orders", "itc", "section 337", "imitation", "dupe", "dupes", "phony", "bogus",
        "trademarked", "copyrighted", "patented", "gray market", "grey market", "lever rule", "trade dress",
        # Shoppers' slang for replicas; "rep" alone is also a sales or service representative.
        "reps", "rep (bag|bags|shoes|sneakers|sneaker|watch|watches|jersey|jerseys|hoodie|hoodies|purse|purses|designer|clothes|belt|belts)",
        # The travelers' exemption by its everyday names: "that one-item allowance", "the one article rule".
        "(one item|one article|one per person|one per type) (allowance|exemption|rule|limit)",
        "personal (use|travel) exemption", "travel exemption",
    ],
    # The agency named with its country ("U.S. Customs"): the country is whose agency, not a row.
    # "do fake medicines really get into the US?": the country goods arrive in names no row of a table of sources.
    "destination": ["(to|into|entering|enter|enters|reach|reaches|reaching|arrive in|arriving in|come into|coming into|"
                    "brought into|bring into|imported into|shipped to|sent to|smuggled into) [the] (u s|usa|united states|america)"],
    "agency": ["(u s|us|united states|american) (customs|border|border patrol|government|cbp|authorities)",
               "customs and border protection"],
    "border": ["cbp", "customs", "border", "borders", "seized", "seize", "seizes", "seizure", "seizures", "confiscated",
               "confiscate", "detained", "detain", "detention", "intercepted", "import", "imported", "importing", "imports",
               "port of entry", "ports of entry", "intellectual property", "allegations"],
    # Near the border's business: a person at the help desk may help (a hand-off is offered), though
    # these words alone put no message inside IPR enforcement.
    "near": ["importer", "importers", "export", "exports", "shipment", "shipments", "package", "packages", "parcel",
             "parcels", "held at", "port", "ports", "brand owner", "brand owners", "rights holder", "rights holders"],
    # -- pointing back at what the conversation was about ------------------------------
    "refer.cue": [
        "and", "what about", "how about", "what of", "same for", "same in", "and for", "and in", "also", "now", "then",
        "(ok|okay|so) (and|what about|how about)", "and what about", "and how about", "plus", "likewise", "as for",
    ],
    "refer.back": [
        "that", "those", "it", "its", "there", "them", "these", "this", "they", "their", "the same", "that one",
        "do that", "same", "such", "he", "she", "him", "her", "ones", "one",
        # "how many were active at the end of the year?": English leaves the subject out before a state,
        # as Spanish does ("¿cuántas estaban activas?").
        "how many (were|are|was|is|remained|remain) [still] (active|in force|in effect|valid|pending|open|left)",
    ],
    # "until when is the pilot extended?", "what's the 2.0 version focused on?": a program named by its
    # kind with "the" points at the one the conversation is on (its words stay the question's: TOPIC_TAGS).
    "refer.the": ["the (pilot|program|programme|operation|initiative|campaign|agreement|memorandum|mou|version|effort|partnership|game|event|test|study|series|meeting|conference|exercise|project|training)",
                  "the (pilots|programs|programmes|operations|initiatives|campaigns|agreements|versions|efforts|partnerships|events|tests|studies|webinars|meetings|conferences|exercises|projects|trainings|sessions)",
                  # "what's the follow-up version called?": the program's own later or earlier one.
                  "the (follow up|followup|new|newer|second|latest|updated|original|first|earlier|later|next) (version|operation|program|programme|pilot|campaign|initiative|effort|test|study|series|phase)",
                  # "what's the data pilot part about?": a part of the answer just given, named by its words.
                  "the [...] (part|bit|piece|point)"],
    # "is that also true by value?", "same for 2019?": "that" is the previous answer's claim, not its
    # row: the same question again, in what the follow-up changes (a ranking ranks again).
    "refer.claim": [
        "(is|was|would|will) (that|it|this) [also|still] [be] (true|the case|right|so)",
        "(does|did|would|will) (that|it|this) [also|still] (hold|apply)",
        "(is|was) (that|it) the same", "(is|was) it also", "same (goes|holds|applies)",
    ],
    # "how many were there", "is there a number": "there" points at nothing.
    # "that year" points at the conversation's year, not at its row: "what was the HSS total that year?"
    # asks the table's total.
    "refer.back!": ["(were|was|is|are) there", "there (were|was|is|are)", "(that|the same|this) [fiscal] year", "that fy"],
    # Pointing back at what was counted, not at one row: "what were they worth?"
    "refer.many": ["those", "them", "these", "they", "their", "ones"],
    # A ranking's place pointed back at, not its row: "and in 2021, who held that spot?"
    "refer.place": ["(that|this|the same) (spot|place|position|rank|slot)", "(that|this) (same) (spot|place|position|rank|slot)"],
    # "what was all of that worth in total?": the whole of what was just counted, no row of it.
    "refer.all": ["all (of that|that|of it|of this|of them)"],
    # -- the sentences that ask --------------------------------------------------------
    "asks": [
        "how", "what", "which", "who", "where", "when", "why", "whats", "can", "could", "is", "are", "do", "does", "did",
        "should", "will", "would", "tell me", "need", "want to know", "wondering", "curious", "any idea", "give me",
        "show me", "looking for", "?",
    ],
    # "how many in 2021? just curious": an afterthought, not another question.
    "asks!": ["just curious", "(i was|i am|im|i'm) (just )?curious", "out of curiosity",
              # "total msrp seized fy 2020?? need it for a slide": what the figure is for, no other question.
              "need (it|this|that|them|these|those) for"],
    # -- words that say a message is in English (language.es is the Spanish twin) ----------
    "language.en": [
        "the", "is", "are", "was", "were", "how", "what", "which", "many", "much", "did", "does", "do", "of", "in", "to",
        "for", "and", "with", "from", "my", "i", "you", "can", "where", "who", "why", "when", "this", "that", "there",
        "have", "has", "about", "by", "on", "it", "be", "an", "or", "will", "would", "should", "could", "your", "we",
        "they", "their", "our", "any", "get", "got", "thanks", "please", "hi", "hello",
    ],
    # -- small talk: a whole message that is only this ----------------------------------
    "talk.greeting": [
        "(hi|hello|hey|heya|hiya|howdy|yo|hola|greetings) [there|everyone|all|team|bot|again]",
        "good (morning|afternoon|evening|day)",
    ],
    "talk.thanks": [
        "(thanks|thank you|thx|ty) (dear|friend|buddy|mate|sir|maam|man|bot|so much|again|kindly)", "thank u",
        "thanks", "thank you", "thanks so much", "thank you so much", "thanks a lot", "thank you very much", "thx",
        "ty", "cheers", "much appreciated", "appreciate it", "i appreciate (it|that|the help)", "great thanks",
        "perfect", "awesome", "ok", "okay", "cool", "got it", "great", "thanks again", "many thanks", "nice", "ok thanks",
        "okay thanks", "ok thank you", "gracias", "[thanks] (that|this|it) (helps|helped)", "[that was|very|super] helpful",
        "(that|this) is (helpful|great|perfect)", "good to know", "makes sense", "got it thanks", "understood",
        "[thanks|thank you|ok|okay|great] (that|thats|this) [s|is|was] [very|really|super|so] (helpful|useful|great|perfect|clear)",
        "[cheers|thanks|thank you|ok|okay|great|perfect] (that|thats) [s|is|was] all [i|we] [needed|need|wanted] [for now|today]",
    ],
    "talk.bye": ["bye", "goodbye", "good bye", "see you", "see ya", "that all", "that is all", "thats all", "done", "bye bye"],
    "talk.who": [
        "(who|what) are you", "are you (a|an) (bot|robot|human|real|person|ai)", "are you (bot|robot|human|real|ai)",
        "what (can|do) you do", "what is this", "how (does|do) (this|you) work", "what can i ask [you]", "help",
        "help me", "menu", "start", "what do you know [about]", "what can you help with", "what can you help me with",
    ],
    "talk.how": ["how are you [doing]", "how it going", "hows it going", "whats up", "sup", "how are things"],
}

GRAMMAR: dict[str, dict[str, list[str]]] = {"en": ENGLISH, "es": ESPANOL}

# How people write a word when they type fast: read as the word, before anything else.
SPELLINGS: dict[str, dict[str, str]] = {
    "en": {
        "wat": "what", "wut": "what", "wht": "what", "whta": "what", "hw": "how", "hwo": "how", "u": "you", "ur": "your",
        "r": "are", "pls": "please", "plz": "please", "cuz": "because", "bc": "because", "abt": "about", "wich": "which",
        "whcih": "which", "wher": "where", "thru": "through", "yr": "year", "yrs": "years", "govt": "government",
        "info": "information", "tho": "though", "2nd": "second", "3rd": "third", "n": "and", "w": "with", "wanna": "want to",
        "gonna": "going to", "dunno": "do not know", "ppl": "people", "msg": "message", "pic": "picture", "b4": "before",
        "em": "them", "nah": "no", "lemme": "let me", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
        "idk": "i do not know", "tbh": "to be honest", "imo": "in my opinion", "ya": "you",
        # "how much dose it cost?": "does" typed fast is a word the speller cannot see as a typo.
        "dose": "does",
        # A month written short ("as of Sept 30 2021") is the month, not a name no content has.
        "jan": "january", "feb": "february", "apr": "april", "aug": "august", "sep": "september",
        "sept": "september", "oct": "october", "nov": "november", "dec": "december",
    },
    "es": {
        "q": "que", "xq": "porque", "pq": "porque", "porq": "porque", "tb": "tambien", "tmb": "tambien", "d": "de",
        "k": "que", "ke": "que", "x": "por", "pa": "para", "toy": "estoy", "ta": "esta", "nd": "nada", "bn": "bien",
        # "si vuelvo este finde": the weekend, never the English "fine" the speller would make of it.
        "finde": "fin de semana",
    },
}

# What a matched tag means in the content's words, added to what is searched:
# "who do I tell?" asks where to report.
# Tags whose words say what a message is about (IPR, the border, its trade, sellers, goods) rather than how it asks.
TOPIC_TAGS = frozenset({"figure.purpose", "anchor", "border", "agency", "destination", "near", "seller", "counted.any", "term.generic", "ask.legal", "refer.the", "answer.cost"})

READS_AS: dict[str, dict[str, str]] = {"en": {"channel.tell": "report", "ask.identify": "spot", "ask.fate": "happens"}, "es": READS_AS_ES}

# Number words of "top three", "second" etc.
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                **NUMBER_WORDS_ES}
