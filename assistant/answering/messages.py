"""The fixed sentences of answers (fallbacks, small talk, figures, suggestions), in each language the assistant speaks.

English is here; Spanish is its twin in messages_es.py, key for key (a test checks
that every key and {placeholder} is there: tests/assistant/test_messages.py;
Spanish alone adds {printed_as}, the report's English label after a translated row).
"""
from assistant.answering.messages_es import ES, STARTERS_ES

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "fallback": (
            "I can only help with IPR enforcement questions: counterfeit and pirated goods at the U.S. border, "
            "CBP's IPR seizure statistics, and where to report a seller or get help. "
            "I couldn't find that in my sources. The IPR Help Desk can point you in the right direction."
        ),
        # An IPR or border question the sources do not answer: the visitor asked in scope, so no "I can only
        # help with..." (which reads as a refusal of the topic they asked about).
        "fallback.near": (
            "I couldn't find that in my sources: CBP's IPR seizure statistics reports and our IPR FAQ. "
            "The IPR Help Desk can point you in the right direction."
        ),
        "missing": "I can only give figures the report prints. The IPR Help Desk may be able to help further.",
        "no_figure": (
            "CBP's IPR seizure statistics report gives no figures on that: it counts counterfeit and pirated "
            "goods seized for IPR violations, by product, country, mode of transport and industry. "
            "The IPR Help Desk can point you in the right direction."
        ),
        "ask_help_desk": "The IPR Help Desk can point you in the right direction.",
        "nearest_figure": (
            "CBP's IPR seizure statistics report does not count that separately. The nearest figure it gives "
            "is for the whole row:"
        ),
        "person": (
            "I'm an automated assistant, but CBP's IPR Help Desk is staffed by people Monday through Friday "
            "and answers questions on IPR enforcement. You can also ask me to pass your question on."
        ),
        "talk.greeting": (
            "Hello! I answer questions about counterfeit and pirated goods at the U.S. border: CBP's IPR seizure "
            "figures, how to report a seller, and how businesses can protect their trademarks and copyrights."
        ),
        "talk.thanks": "You're welcome! Anything else about counterfeit goods, IPR seizures or reporting a seller?",
        "talk.bye": "Goodbye! If you come across counterfeit goods, you can report them to CBP with an e-Allegation.",
        "talk.who": (
            "I'm CBP's IPR information assistant. I answer from CBP's IPR seizure statistics reports and a curated "
            "FAQ: seizure figures, how to spot and report counterfeits, and how rights holders can record trademarks "
            "and copyrights. I'm not a person and I can't take reports myself, but I can point you to the right channel."
        ),
        "talk.how": "I'm doing well, thanks for asking! What would you like to know about counterfeit goods or IPR enforcement?",
        "report_says": "The report says:",
        "acronym": "{acronym} stands for **{spelled}**.",
        "not_translated": "",
        "passage_in_english": "",
        # -- figures (wording.py): {year} is a fiscal year, {figure} a figure as the report prints it
        "fig.fy": "FY {year}",
        "fig.millions": "{figure} million",
        "fig.about_billions": " (about ${figure} billion)",
        "fig.unit.seizure_lines": "{figure} seizure lines",
        "fig.unit.seizures": "{figure} seizures",
        "fig.unit.quantity": "{figure} items",
        "fig.unit.msrp": "{figure} in MSRP",
        "fig.share": "{figure} of {of}",
        "fig.share_of.msrp": "total MSRP",
        "fig.share_of.seizure_lines": "all seizure lines",
        "fig.share_of.seizures": "all seizures",
        "fig.share_of.other": "the total",
        "fig.share_of_table.msrp": "the table's total MSRP",
        "fig.share_of_table.seizure_lines": "the table's seizure lines",
        "fig.share_of_table.seizures": "the table's seizures",
        "fig.share_of_table.other": "the table's total",
        "fig.measure.seizure_lines": "seizure lines",
        "fig.measure.seizures": "seizures",
        "fig.measure.msrp": "MSRP",
        "fig.measure.percentage": "shares",
        "fig.measure.quantity": "quantities",
        "fig.measure.count": "counts",
        # A change names its direction in words ("an increase"), so "did it go up or down?" is answered.
        "fig.up": "an increase of {percent}",
        "fig.down": "a decrease of {percent}",
        "fig.up.amount": "an increase of {amount} ({percent})",
        "fig.down.amount": "a decrease of {amount} ({percent})",
        "fig.more": "{percent}",
        "fig.more.amount": "{amount} ({percent})",
        "fig.read_as": "Showing {measure} (I read “{typed}” as “{read}”).",
        "fig.other_measure": "The report's table gives this as {given}, not {asked}.",
        "fig.year_assumed": "You didn't name a year, so this is for FY {year}, the latest year in the report.",
        "fig.source": "(Source: {table}{report}.)",
        "fig.in_report": ", in the FY {year} report",
        "fig.older": "The FY {report} report printed {figure} for FY {year}; this is the newer report's figure.",
        "fig.value": "In FY {year}, **{label}** accounted for **{figure}**",
        "fig.received": "In FY {year}, CBP received **{figure}** {label}.",
        "fig.total.subset": "In FY {year}, the total in the report's table \"{table}\" was **{figure}**.",
        "fig.total.count": "In FY {year}, CBP made **{figure}** in total.",
        "fig.total.msrp": "In FY {year}, goods seized for IPR violations had a total estimated MSRP of **{figure}**.",
        "fig.total.other": "In FY {year}, the total was **{figure}**{label}.",
        "fig.with": ", with **{figure}**",
        "fig.exact": "({figure} in {table})",
        "fig.note": "Note: {note}",
        "fig.rows.and": ", and **{label}** for **{figure}**",
        "chart.trend": "Column chart by fiscal year",
        "chart.ranking": "Bar chart",
        "chart.title.trend": "{what}, FY {first} to FY {last}",
        "chart.title.rank": "{table}, FY {year}",
        "fig.rows.sum": "Together: **{figure}** (added up from the report's figures).",
        "fig.rows.sum_share": "Together: **{share}** of the {measure} ({amount} of {total}; worked out from the report's figures).",
        "fig.share_computed": "In FY {year}, **{label}** accounted for **{figure}**, **{share}** of the total {measure} ({total}; the share is worked out from the report's figures).",
        "fig.rows.times": "{label} had about {times} times as much.",
        "fig.rows.max": "Of these, **{label}** was highest.",
        "fig.rows.min": "Of these, **{label}** was lowest.",
        "fig.rows.more": "{label} had {change} more.",
        "fig.the_total": "the total",
        "fig.the_total_cap": "The total",
        "fig.year_rank.max": "Of FY {first} to FY {last}, **FY {year}** had the highest figure for {what}: **{figure}** ({others}).",
        "fig.year_rank.min": "Of FY {first} to FY {last}, **FY {year}** had the lowest figure for {what}: **{figure}** ({others}).",
        "fig.position.2": "second",
        "fig.position.3": "third",
        "fig.position.4": "fourth",
        "fig.position.5": "fifth",
        "fig.place": "In FY {year}, **{label}** ranked **{place}** of the {count} rows the report names by {measure}, with {figure}",
        "fig.place.first": "In FY {year}, **{label}** ranked **first** of the {count} rows the report names by {measure}, with {figure}",
        "fig.place.leader": "the first was **{label}** ({figure})",
        "fig.ordinal": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
        "fig.rank.max.seizure_lines": "In FY {year}, **{label}** had the {position} most seizure lines: {figure}",
        "fig.rank.min.seizure_lines": "In FY {year}, **{label}** had the {position} fewest seizure lines: {figure}",
        "fig.rank.max.seizures": "In FY {year}, **{label}** had the {position} most seizures: {figure}",
        "fig.rank.min.seizures": "In FY {year}, **{label}** had the {position} fewest seizures: {figure}",
        "fig.rank.max.quantity": "In FY {year}, **{label}** had the {position} most items: {figure}",
        "fig.rank.min.quantity": "In FY {year}, **{label}** had the {position} fewest items: {figure}",
        "fig.rank.max.msrp": "In FY {year}, **{label}** had the {position} highest MSRP: {figure}",
        "fig.rank.min.msrp": "In FY {year}, **{label}** had the {position} lowest MSRP: {figure}",
        "fig.rank.max.other": "In FY {year}, **{label}** had the {position} highest figure: {figure}",
        "fig.rank.min.other": "In FY {year}, **{label}** had the {position} lowest figure: {figure}",
        "fig.rank.list.max": "In FY {year}, top by {measure}: {items}.",
        "fig.rank.list.min": "In FY {year}, lowest by {measure}: {items}.",
        "fig.changes.item": "**{label}** ({first} to {second}, {change})",
        "fig.changes.rank.up.max": "From FY {first} to FY {last}, the largest rise in {measure}: {items}.",
        "fig.changes.rank.up.min": "From FY {first} to FY {last}, the smallest rise in {measure}: {items}.",
        "fig.changes.rank.down.max": "From FY {first} to FY {last}, the largest fall in {measure}: {items}.",
        "fig.changes.rank.down.min": "From FY {first} to FY {last}, the smallest fall in {measure}: {items}.",
        "fig.changes.list.down": "Fewer {measure} in FY {last} than in FY {first}: {items}.",
        "fig.changes.list.up": "More {measure} in FY {last} than in FY {first}: {items}.",
        "fig.changes.none.down": "None of the rows had fewer {measure} in FY {last} than in FY {first}; the smallest rise: {items}.",
        "fig.changes.none.up": "None of the rows had more {measure} in FY {last} than in FY {first}; the smallest fall: {items}.",
        "fig.rank.catchall": "(Among the rows the report lists; smaller ones are grouped under \"All Other\".)",
        "fig.compare": "{who} went from **{first}** in FY {first_year} to **{second}** in FY {second_year}",
        "fig.missing.year": "The report gives this table ({table}) for {years} only, not FY {year}.",
        "fig.missing.row": "The report's table \"{table}\" does not list {label} separately (it may be counted under an \"All Other\" row).",
        "fig.missing.kind": "The report's table \"{table}\" does not break its figures down that way (by {label}).",
        "fig.missing.one_year": "The report's table ({table}) gives this for only one year.",
        "fig.missing.compare": "The report's tables do not give both years for this comparison ({table}).",
        "fig.missing.sibling": "The report's table \"{table}\" gives it: {figure}.",
        # -- suggestions a figure offers: whole questions the assistant answers as promised
        "suggest.row.seizure_lines": "How many seizure lines were {label} in FY {year}?",
        "suggest.row.seizures": "How many seizures were {label} in FY {year}?",
        "suggest.row.msrp": "What was the MSRP of {label} in FY {year}?",
        "suggest.row.percentage": "What share of the total was {label} in FY {year}?",
        "suggest.row.quantity": "How many {label} were seized in FY {year}?",
        "suggest.row.count": "How many {label} were there in FY {year}?",
        "suggest.rank.seizure_lines": "Which {noun} had the most seizure lines in FY {year}?",
        "suggest.rank.seizures": "Which {noun} had the most seizures in FY {year}?",
        "suggest.rank.msrp": "Which {noun} had the highest MSRP in FY {year}?",
        "suggest.rank.quantity": "Which {noun} had the most items seized in FY {year}?",
        "suggest.rank.other": "Which {noun} ranked first in FY {year}?",
        "category.product": "product",
        "category.economy": "economy",
        "category.transport_mode": "mode of transport",
        "category.center": "Center of Excellence and Expertise",
        "category.commodity": "health, safety and security commodity",
        "category.source_country": "source country of counterfeit cell phones",
        "category.covid_product": "COVID-19 product",
    },
}

# Measures and table categories that have their own sentences above.
MEASURES = ("seizure_lines", "seizures", "msrp", "percentage", "quantity", "count")
CATEGORIES = ("product", "economy", "transport_mode", "center", "commodity", "source_country", "covid_product")

STARTERS: dict[str, list[str]] = {
    "en": [
        "How do I report a website selling counterfeit goods?",
        "What was the total MSRP of goods seized in FY 2021?",
        "How do I record my trademark with CBP?",
        "Which product had the most seizure lines in FY 2021?",
    ],
}


MESSAGES["es"] = ES
STARTERS["es"] = STARTERS_ES


def say(key: str, language: str = "en") -> str:
    """The sentence `key` in `language` (English when that language lacks it)."""
    found = MESSAGES.get(language, {}).get(key)
    return found if found is not None else MESSAGES["en"][key]


def starters(language: str = "en") -> list[str]:
    return STARTERS.get(language) or STARTERS["en"]
