"""What an abbreviation stands for, read off the content where it is spelled out.

The report and the FAQs spell out their abbreviations once ("U.S. Customs and Border
Protection (CBP)", "Homeland Security Investigations (HSI)"); knowledge.build() collects
them (`acronyms`). A definition question about one ("what does CBP stand for") gets
that spelling and cites where it is written, unless an FAQ explains the term better
(the FAQ strategy's candidate then scores higher).
"""
from assistant.answering import bars, messages, state
from assistant.answering.candidate import Candidate
from assistant.answering.reply import Answer
from assistant.answering.strategies import common


def propose(q, index) -> list[Candidate]:
    if q.intent != "definition" or not q.term:
        return []
    key = q.term.replace(" ", "").replace("-", "").lower()
    found = index.acronyms.get(key)
    if found is None:
        return []
    spelled, source = found
    reasons = [f"'{q.term}' is spelled out in {source['title']}"]
    return [Candidate("section", bars.ACRONYM["score"], "acronym", reasons, lambda: _answer(q, key, spelled, source))]


def _answer(q, key: str, spelled: str, source: dict) -> Answer:
    text = messages.say("acronym", q.language).format(acronym=key.upper(), spelled=spelled)
    return Answer(
        text=text,
        kind="section",
        confidence=bars.ACRONYM["score"],
        sources=[source],
        suggestions=messages.starters(q.language)[:3],
        context=state.remember("section", topic=q.topic, previous={"subject": q.subject}),
    )


def spelled_out(texts: list[tuple[str, dict]]) -> dict[str, tuple[str, dict]]:
    """Abbreviation (folded) -> (its spelling, where it is written), from "Words Spelled Out (WSO)".

    The spelling is the run of capitalised words (with "of", "and", "the", "for") just before
    the brackets whose initials make the abbreviation.
    """
    out: dict[str, tuple[str, dict]] = {}
    for text, source in texts:
        start = text.find("(")
        while start != -1:
            end = text.find(")", start)
            inside = text[start + 1 : end] if end != -1 else ""
            if 2 <= len(inside) <= 10 and inside.replace("-", "").replace("&", "").isalnum() and inside[:1].isupper():
                spelling = _spelling(text[:start].split()[-10:], inside)
                key = inside.lower().replace("-", "").replace("&", "")
                for form in (key, key[:-1] if key.endswith("s") and len(key) > 3 else key):  # "CEEs" and "CEE"
                    if spelling and form not in out:
                        out[form] = (spelling, source)
            start = text.find("(", start + 1)
    return out


_LINKS = {"of", "and", "the", "for", "&", "on", "in"}


def _spelling(words: list[str], abbreviation: str) -> str:
    """The words just before "(ABC)" whose initials spell ABC (any case: "manufacturer's suggested
    retail price (MSRP)"), with the small words between them; "" when none do."""
    letters = [c for c in abbreviation.upper() if c.isalpha()]
    cleaned = [w.strip(",.;:\"'“”()") for w in words]
    cleaned = [w for w in cleaned if w]
    if not letters or not cleaned:
        return ""
    for need in (len(letters), len(letters) - 1):
        taken, count = [], 0
        for word in reversed(cleaned):
            taken.insert(0, word)
            if word.lower() not in _LINKS:
                count += 1
            if count == need:
                break
        initials = [w[0].upper() for w in taken if w.lower() not in _LINKS and w[0].isalpha()]
        if need >= 2 and count == need and initials == letters[:need] and taken[0].lower() not in _LINKS:
            return " ".join(taken)
    return ""
