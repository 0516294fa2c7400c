"""How much of a question a document speaks to: the measure FAQ, passage and channel candidates share.

Index similarity sees only the words a document was indexed by; coverage asks
how much of the question (each word weighted by how rare it is in the content)
the document's words, their synonyms or their word family hold. A candidate's
score is similarity discounted by what it leaves out (combined()).
"""
from assistant.answering import bars
from assistant.retrieval.text import family, tokens

_CACHE_MAX = 200_000


def combined(similarity: float, coverage: float) -> float:
    """An answer's confidence: index similarity, discounted by how much of the question it leaves out."""
    return min(1.0, similarity * (0.4 + 0.6 * coverage))


class Words:
    """Token sets of documents and texts, cached per index (bounded)."""

    def __init__(self, faq_phrasings: dict | None = None):
        self.faq_phrasings = faq_phrasings or {}  # FAQ id -> all its phrasings, as one text
        self.docs: dict[str, frozenset] = {}
        self.texts: dict[str, frozenset] = {}

    def of(self, doc, taught: bool = False) -> frozenset:
        """A document's words; an FAQ's include its question and answer, not just the phrasing indexed,
        and (taught) every phrasing staff gave it: all of them say what it answers."""
        key = doc.id if taught else doc.id + "#own"
        found = self.docs.get(key)
        if found is None:
            text = doc.text
            if doc.kind == "faq":
                es = doc.meta.get("es") or {}
                # Both languages: a Spanish question is covered by the Spanish answer's words.
                text += " " + " ".join([doc.meta["question"], doc.meta["answer"], es.get("question", ""), es.get("answer", "")])
                if taught:
                    text += " " + self.faq_phrasings.get(doc.meta.get("faq"), "")
            found = frozenset(tokens(text))
            if len(self.docs) >= _CACHE_MAX:
                self.docs.clear()
            self.docs[key] = found
        return found

    def text(self, text: str) -> frozenset:
        found = self.texts.get(text)
        if found is None:
            found = frozenset(tokens(text))
            if len(self.texts) < 5000:
                self.texts[text] = found
        return found


def covered(q, doc_words: frozenset | set, index, tokens: list[str] | None = None) -> float:
    """The idf-weighted share of the question's topic words (or of `tokens`) that `doc_words` hold
    (a synonym or a relative counts)."""
    asked = q.topic if tokens is None else tokens
    if not asked:
        return 0.0
    alts: dict[str, set[str]] = {}
    for term, feats in q.synonyms.items():
        for tok in term.split():
            alts.setdefault(tok, set()).update(f for f in feats if " " not in f)
    total = got = 0.0
    for tok in set(asked):
        weight = index.weight(tok, q.language)
        if not q.wants_figure and weight >= index.max_idf and index.rare(tok) and index.attested(tok):
            # "a fake rolex from cancun": a name the content lacks, in a question asking no figure,
            # is where the story happens, not what it asks; it counts as an everyday word does.
            weight = bars.UNDERSTANDING["everyday_weight"]
        if tok in q.inherited:
            # "what did they do around the super bowl?" after the IPR Center: the answer must speak
            # to the super bowl; the conversation's words help, but count for less.
            weight *= bars.UNDERSTANDING["inherited_weight"]
        total += weight
        if tok in doc_words or alts.get(tok, set()) & doc_words or _kin(tok, alts.get(tok, ()), index) & doc_words:
            got += weight
    return got / total if total else 0.0


def best(q, hits, index):
    """Among close hits, the one whose words (for an FAQ: its answer too) cover most of the question,
    with its coverage. Index scores see only the phrasing; an FAQ whose answer holds the asked-for
    facts beats one whose phrasing merely sounds alike."""
    if not hits:
        return None, 0.0
    top = hits[0].score
    chosen, chosen_cov, key = None, 0.0, -1.0
    seen = set()
    for hit in hits:
        if hit.score < 0.5 * top:
            break
        if hit.doc.url in seen:
            continue
        seen.add(hit.doc.url)
        cov = covered(q, index.words.of(hit.doc), index)
        score = combined(hit.score, cov)
        if score > key:
            chosen, chosen_cov, key = hit, cov, score
    return chosen, chosen_cov


def coverage_of(q, hits, index) -> float:
    """How much of the question the best hits' words cover together."""
    seen: set[str] = set()
    for hit in hits:
        seen.update(index.words.of(hit.doc))
    return covered(q, seen, index)


def _kin(tok: str, alternatives, index) -> set[str]:
    """The words of the families of a token and of its synonyms: "empezó" is "start", and "started"
    is of its family."""
    out = set(index.family.get(family(tok), set()))
    for alt in alternatives:
        out |= index.family.get(family(alt), set())
    return out
