"""Surface words of a message, for reading its grammar.

Retrieval works on topic tokens (stop words dropped, plurals folded:
assistant/retrieval/text.py); reading what a question asks needs the words as
typed: "how many", "not", "which", "%". Both start from the same fold().
"""
import re

from assistant.retrieval.text import fold

# Words, numbers as printed ("27,115", "3.3") and the symbols that carry meaning.
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*|[%$#?]")
# "didn't" -> "did not": negation must stay visible to the grammar (fold() spells "won't", "can't" out).
_NOT = re.compile(r"n't\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A period that ends an abbreviation ends no sentence: "seized by U.S. Customs and Border Protection",
# "e.g. watches", "vs. 2020", "Mr. Smith".
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]\.)+$|\b(?:vs|Mr|Mrs|Ms|Dr|St|No|Inc|Co|Corp|Ltd|approx|dept|EE|UU|Sr|Sra|Dra|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$", re.IGNORECASE)
_COLON = re.compile(r":\s+")
# A lead this short before a colon is a heading naming what the question after it asks about
# ("Handbags: how many in 2021?"); a longer one is a sentence of its own ("I have one stat to check: ...").
HEADING_WORDS = 6
# ...unless it says who is asking: "Soy periodista en Bogotá: ¿cuántas líneas...?", "I'm a student: what
# was ...?" introduce the asker, whose words (a city, a job) are no part of the question.
_INTRODUCTION = re.compile(r"^\s*(?:soy|somos|i'?m|i am|we'?re|we are)\b", re.IGNORECASE)
# A lead that is itself a question keeps what follows its colon: "Which mode had the highest MSRP in FY 2021:
# express, mail, cargo or other?" lists the choices; "I have one stat to check: ..." ends a sentence.
_ASKS = re.compile(r"^\s*(?:¿|(?:what|which|how|who|where|when|is|are|was|were|do|does|did|can|could|que|qué|cual|cuál|cuales|cuáles|"
                   r"cuanto|cuánto|cuanta|cuánta|cuantos|cuántos|cuantas|cuántas|como|cómo|donde|dónde|quien|quién)\b)", re.IGNORECASE)


def words(text: str) -> list[str]:
    """Folded words of `text`, stop words kept: "didn't" -> "did", "not"."""
    return _WORD.findall(_NOT.sub(" not", fold(text)))


# "Express had the most seizures, but which mode had the highest MSRP?": what comes before ", but which"
# is said, not asked; the question starts at "but". (Only "which"/"what": "..., but how many did it have in
# 2020?" leaves its row and measure to the clause before, and stays one sentence with it.)
_CONTRAST = re.compile(r",\s+(?=(?:but|pero)\s+¿?\s*(?:which|what|que|qué|cual|cuál|cuales|cuáles)\b)", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Sentences; a colon after more than a heading ends one too ("I need one stat: what was the MSRP?"), and
    so does a statement before ", but which ...?"."""
    out = []
    for sentence in (part for whole in _split(text) for part in _CONTRAST.split(whole)):
        parts = _COLON.split(sentence)
        merged = [parts[0]]
        for part in parts[1:]:
            if (len(merged[-1].split()) <= HEADING_WORDS and not _INTRODUCTION.match(merged[-1])) or _ASKS.match(merged[-1]):
                merged[-1] = f"{merged[-1]} {part}"
            else:
                merged.append(part)
        out.extend(p.strip() for p in merged if p.strip())
    return out


def _split(text: str) -> list[str]:
    """Split at sentence ends, not at an abbreviation's period."""
    out, start = [], 0
    for gap in _SENTENCE.finditer(text):
        # ("... exporta a EE. UU. ¿CBP hizo algo?": a Spanish question mark opens a sentence whatever ends before it.)
        if _ABBREVIATION.search(text[start : gap.start()]) and not text.startswith(("¿", "¡"), gap.end()):
            continue
        out.append(text[start : gap.start()])
        start = gap.end()
    out.append(text[start:])
    return out


def is_number(word: str) -> bool:
    return word[:1].isdigit()


def number(word: str) -> float | None:
    try:
        return float(word.replace(",", ""))
    except ValueError:
        return None


# Words scaling the number before them ("1309 millones", "3.3 billion"); "mil millones" is a billion.
_SCALES = {"thousand": 1e3, "mil": 1e3, "million": 1e6, "millions": 1e6, "millon": 1e6, "millones": 1e6,
           "billion": 1e9, "billions": 1e9}


def _plain_number(word: str) -> tuple[float, float] | None:
    """A number as typed, with the half unit of its last digit: "1,309" and "1.309" (thousands
    grouped) -> 1309; "3.3", "3,3" -> 3.3; "1,036.1" -> 1036.1."""
    marks = [i for i, ch in enumerate(word) if ch in ".,"]
    digits = word.replace(",", "").replace(".", "")
    if not digits.isdigit():
        return None
    groups = word.replace(",", ".").split(".")
    if marks and all(len(g) == 3 for g in groups[1:]) and len({word[i] for i in marks}) == 1:
        return float(digits), 0.5
    decimals = len(word) - marks[-1] - 1 if marks else 0
    whole = word[: marks[-1]].replace(",", "").replace(".", "") if marks else word
    if not whole.isdigit():
        return None
    return float(f"{whole}.{word[marks[-1] + 1:]}") if marks else float(whole), 0.5 * 10 ** -decimals


def amounts(said: list[str]) -> list[tuple[float, float]]:
    """The amounts words quote, each with how far the figure it was rounded from may be:
    "1309 millones" -> (1.309e9, 5e5); "3.3 billion" -> (3.3e9, 5e7); "27,115" -> (27115, 0.5)."""
    out = []
    for i, word in enumerate(said):
        read = _plain_number(word) if word[:1].isdigit() else None
        if read is None:
            continue
        scale = _SCALES.get(said[i + 1], 1.0) if i + 1 < len(said) else 1.0
        if said[i + 1 : i + 3] == ["mil", "millones"]:
            scale = 1e9
        out.append((read[0] * scale, read[1] * scale))
    return out


def names(text: str) -> set[str]:
    """Words written with a capital inside a sentence ("a 'Rolex' watch"): names, never typos."""
    out = set()
    for sentence in sentences(text):
        for raw in sentence.split()[1:]:
            word = raw.strip("'\"‘’“”()[],.!?:;")
            # "a 'Rolex' watch"; an abbreviation in capitals ("EU customs") is a name too.
            if word[:1].isupper() and (not word.isupper() or 2 <= len(word) <= 5):
                out.update(words(word))
    return out
