"""How much of a question an answer speaks to: the words, their weights, the story around them.

engine.py decides which kind of answer to give; these helpers measure the
candidates. `aux` is engine._Aux: idf by token, the largest idf, statistics words.
"""
import re

from assistant.answering.query import Frame
from assistant.retrieval.text import family, fold, tokens


def combined(hit, cov: float) -> float:
    """An answer's confidence: index similarity, discounted by how much of the question it leaves out."""
    return min(1.0, hit.score * (0.4 + 0.6 * cov))


# A colon before a question ends a sentence too: "I wanted one stat: what was the MSRP ...?"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|:\s+(?=(?:how|what|which|who|where|when|why|is|are|do|does|did|can|could)\b)", re.I)


def focus(text: str, toks: list[str], info: dict, aux) -> list[str]:
    """The question's words, less the story told before it.

    "I bought sneakers online and they look fake. The seller stopped answering.
    What can I do?": words of the story the content never uses ("bought",
    "answering") say nothing about scope, yet would weigh most in coverage. They
    are dropped; the story's known words and every word of the question itself
    stay, so "My trip is next week. How do I renew my passport?" still falls back.
    """
    keep = asked(asked_text(text), info)
    if keep is None:
        return toks
    synonym_words = {w for term in info["synonyms"] for w in term.split()}
    return [t for t in toks if t in keep or t in aux.idf or t in synonym_words or t.isdigit()]


def asked(question: str | None, info: dict) -> set[str] | None:
    """The words of the asking sentences (asked_text()); None for a message of one sentence."""
    if question is None:
        return None
    return {info["corrections"].get(t, t) for t in tokens(question)}


_ASKS = re.compile(r"\b(how|what|which|who|where|when|why|whats|can|could|is|are|do|does|did|should|will|would|tell|need)\b")


def asked_text(text: str) -> str | None:
    """The sentences that ask (ending in "?", and the last one: "like how many were in
    the mail, we need numbers", unless it is a short sign-off); None for one sentence."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2:
        return None
    chosen = [s for s in sentences if s.rstrip().endswith("?")]
    if not chosen or _ASKS.search(sentences[-1].lower()):
        chosen += sentences[-1:]
    return " ".join(dict.fromkeys(chosen))


# How a definition question is asked, not what it asks about.
# "in the report", "in the tables" says where the term was seen.
DEFINE_WORDS = {
    "mean", "meaning", "meant", "stand", "definition", "define", "explain", "difference", "different", "differ",
    "table", "chart", "report", "abbreviation", "acronym", "term", "word", "plain", "english", "simple", "number", "figure", "statistic", "stat", "data",
}

# A message this long that names IPR is a story around a question: its own words
# dilute every similarity and coverage measure, and most are not out-of-scope signals.
STORY_WORDS = 9


def is_story(toks: list[str], anchored: bool) -> bool:
    return anchored and len(set(toks)) >= STORY_WORDS


_NOT_A_THING = re.compile(r"(ed|en|ing|ly)$")


def unknown(toks: list[str], info: dict, aux) -> list[str]:
    """Question words no document uses and no synonym or spelling fix explains ("firearms").

    Things that could have been seized are asked about by name; a participle or an
    adverb ("broken out", "roughly") describes how the question is put.
    """
    synonym_words = {w for term in info["synonyms"] for w in term.split()}
    return [
        t for t in toks
        if len(t) >= 4 and t.isalpha() and t not in aux.idf and t not in aux.stat_vocab and t not in synonym_words
        and t not in DEFINE_WORDS and not _NOT_A_THING.search(t)
    ]


def unexplained(toks: list[str], info: dict, cat, aux) -> list[str]:
    """Question words that no statistics table speaks to ("advice", "arrest", "process").

    A word just before a row word is its modifier ("face masks", "designer
    handbags") and a short form of a row word names it ("pharma").
    """
    known = set(aux.stat_vocab)
    label_words: set[str] = set()
    for table in cat.tables:
        known.update(table.keywords)
        for label_toks in table.labels.values():
            label_words.update(label_toks)
    known |= label_words
    for term, feats in info["synonyms"].items():
        if any(f in known for f in feats):
            known.update(term.split())
    out = []
    for i, tok in enumerate(toks):
        if tok in known or tok.isdigit() or len(tok) <= 1:
            continue
        if i + 1 < len(toks) and toks[i + 1] in label_words:
            continue
        if len(tok) >= 4 and tok.isalpha() and any(w.startswith(tok) and len(w) >= 6 for w in label_words):
            continue
        out.append(tok)
    return out


def rerank(toks: list[str], info: dict, hits, aux):
    """Among close hits of one kind, the one whose words (for an FAQ: its answer too)
    cover most of the question. Index scores see only the phrasing; an FAQ whose
    answer holds the asked-for facts beats one whose phrasing merely sounds alike."""
    if not hits:
        return None
    top = hits[0].score
    best, best_key = None, -1.0
    seen = set()
    for hit in hits:
        if hit.score < 0.5 * top:
            break
        if hit.doc.url in seen:
            continue
        seen.add(hit.doc.url)
        score = combined(hit, covered(toks, info, words(hit.doc), aux))
        if score > best_key:
            best, best_key = hit, score
    return best


_ASKS_WHAT = re.compile(r"^\s*(what|who)\s+(is|are|was|does|do)\b|\bmean(ing)?\b|\bstand\s+for\b", re.I)


def definer(term: str, hits):
    """For "what does MSRP stand for in the figures": the FAQ asking what the term is
    ("What does MSRP mean in the report?"), even when an FAQ quoting MSRP figures scores higher."""
    if not term:
        return None
    found = [
        h for h in hits
        if h.doc.kind == "faq" and term in fold(h.doc.text + " " + h.doc.meta["question"])
        and (_ASKS_WHAT.search(h.doc.meta["question"]) or _ASKS_WHAT.search(h.doc.text))
    ]
    return max(found, key=lambda h: h.score) if found else None


def words(doc) -> set[str]:
    """A document's words; an FAQ's include its question and answer, not just the phrasing indexed."""
    found = doc_tokens(doc)
    if doc.kind == "faq":
        found = found | text_tokens(doc.meta["question"] + " " + doc.meta["answer"])
    return found


def passage_beats_faq(toks: list[str], info: dict, frame: Frame, faq, section, aux) -> bool:
    """A close report passage wins over an FAQ when it speaks to more of the question,
    or when the question wants a figure that only the passage gives."""
    if section is None or section.score < 0.6 * faq.score:
        return False
    faq_words = words(faq.doc)
    sec_words = doc_tokens(section.doc)
    faq_cov = covered(toks, info, faq_words, aux)
    sec_cov = covered(toks, info, sec_words, aux)
    if sec_cov > faq_cov + 0.15:
        return True
    wants_figure = frame.count or frame.measure in ("percentage", "msrp", "quantity")
    has_digit = any(ch.isdigit() for ch in faq.doc.meta["answer"])
    return wants_figure and not has_digit and any(ch.isdigit() for ch in section.doc.text) and sec_cov >= faq_cov


def covered(toks: list[str], info: dict, doc_words: set[str], aux) -> float:
    alts: dict[str, set[str]] = {}
    for term, feats in info["synonyms"].items():
        for tok in term.split():
            alts.setdefault(tok, set()).update(f for f in feats if " " not in f)
    total = got = 0.0
    for tok in set(toks):
        w = aux.idf.get(tok, aux.max_idf)
        total += w
        if tok in doc_words or alts.get(tok, set()) & doc_words or aux.family.get(_root(tok), set()) & doc_words:
            got += w
    return got / total if total else 0.0


_roots: dict[str, str] = {}


def _root(tok: str) -> str:
    root = _roots.get(tok)
    if root is None:
        root = family(tok)
        if len(_roots) < 100_000:
            _roots[tok] = root
    return root


_text_tok_cache: dict[str, set[str]] = {}


def text_tokens(text: str) -> set[str]:
    found = _text_tok_cache.get(text)
    if found is None:
        found = set(tokens(text))
        if len(_text_tok_cache) < 5000:
            _text_tok_cache[text] = found
    return found


def coverage(toks: list[str], info: dict, hits, aux) -> float:
    """How much of the question (idf-weighted) the best hits' words cover.

    Unknown words weigh the most: "renew my passport" shares only "renew" with
    the content, so it is not an IPR question even if "renew" matches a contact.
    A word counts as covered when a synonym of it is ("sneakers" -> "footwear").
    """
    if not toks:
        return 0.0
    seen: set[str] = set()
    for hit in hits:
        seen.update(words(hit.doc))
    return covered(toks, info, seen, aux)


_doc_tok_cache: dict[str, set[str]] = {}
_DOC_CACHE_MAX = 200_000


def doc_tokens(doc) -> set[str]:
    # Keyed by id + text length: hashing a whole Doc would hash its text each time.
    key = f"{doc.id}:{len(doc.text)}:{hash(doc.text)}"
    cached = _doc_tok_cache.get(key)
    if cached is None:
        cached = set(tokens(doc.text))
        if len(_doc_tok_cache) >= _DOC_CACHE_MAX:
            _doc_tok_cache.clear()
        _doc_tok_cache[key] = cached
    return cached


def year_nowhere(frame: Frame, cat, hits) -> bool:
    """Whether the years asked are in no table and in none of the top hits' text."""
    if not frame.year_given:
        return False
    known = {year for table in cat.tables for year in table.years}
    asked = [year for year in frame.years if year not in known]
    if not asked or len(asked) < len(frame.years):
        return False
    texts = [h.doc.text + " " + h.doc.meta.get("answer", "") for h in hits[:5]]
    return not any(str(year) in t for year in asked for t in texts)
