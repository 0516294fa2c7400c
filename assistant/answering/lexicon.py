"""What questions can be about, read from the content: the one place content becomes vocabulary.

Measures and table categories come from the statistics' own names (the Measure
and Category labels of content.Statistic) and from the synonyms staff keep in
the admin ("worth" -> "msrp", "country" -> "economy"); rows and tables from the
catalog; grammar from grammar.py. Built with the index, so an edit in the admin
changes how questions are read after the next build, with no code change.
"""
import functools
from dataclasses import dataclass, field

from assistant.answering import grammar
from assistant.answering.phrases import Phrasebook, expand, vetoed
from assistant.answering.words import words as surface_words
from assistant.retrieval.text import stem, tokens

# Measures and categories as content.Statistic names them; "count" is any count
# (HSS lines, e-Allegations) and is asked for with "how many", not by name.
MEASURE_LABELS = {
    "seizure_lines": "Seizure lines",
    "seizures": "Seizures",
    "msrp": "MSRP",
    "percentage": "Percentage",
    "quantity": "Quantity",
}
# The expansion that marks a synonym's term as a brand's name (see build()).
BRAND_NAME = "brand name"
# Symbols carry a measure too; they are no word a synonym could hold.
MEASURE_SYMBOLS = {"percentage": ["%", "per cent", "percent"], "msrp": ["$"]}


def _category_labels() -> dict[str, str]:
    from content.models import Statistic

    return dict(Statistic.Category.choices)


@dataclass
class Lexicon:
    language: str
    book: Phrasebook
    surface: dict[str, set[str]] = field(default_factory=dict)  # token -> surface words that make it
    known: set[str] = field(default_factory=set)  # every surface word of grammar and content phrases
    token_set: frozenset = frozenset()  # the tokens those words make
    grammar_tokens: frozenset = frozenset()  # tokens of the grammar's words alone ("email", "report", "that")
    tag_tokens: dict = field(default_factory=dict)  # grammar tag -> the tokens its patterns use
    # The grammar's own words ("second", "between") under each of their one-letter deletions: a typo
    # one letter off exactly one of them ("secnd") is read as it, before the index's speller, which
    # knows the content's words best (a symmetric-delete lookup: no distance computed per word).
    grammar_deletes: dict = field(default_factory=dict)
    # The grammar's four-letter words under their deletions only ("mny" -> "many", "wre" -> "were"): a short
    # word has too many neighbours to correct a mistyped letter, but a letter left out is read.
    grammar_dropped: dict = field(default_factory=dict)
    tags_read: dict = field(default_factory=dict)  # text -> its tags (an FAQ's own question), read once per index

    @property
    def measure_tokens(self) -> set[str]:
        return self.tag_tokens.get("measure", set())

    def tokens_of(self, *tags: str) -> set[str]:
        return set().union(*(self.tag_tokens.get(tag, set()) for tag in tags))

    def read(self, words: list[str]):
        return self.book.find(words)

    def tags_of(self, words: list[str]) -> frozenset:
        """The grammar tags of a fixed text the content holds (an FAQ's question), remembered."""
        key = " ".join(words)
        if key not in self.tags_read:
            self.tags_read[key] = frozenset(m.tag for m in vetoed(self.read(words)))
        return self.tags_read[key]

    def spellings(self, token: str) -> set[str]:
        """The surface words that stand for a (corrected) token: "seizure" -> {"seizure", "seizures"}."""
        return self.surface.get(token, set())


def deletions(word: str) -> set[str]:
    """The word and every string one letter shorter: two words one edit apart share one."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _variants(phrase: str) -> set[str]:
    """A phrase as typed, with its last word also plural ("percentage" / "percentages"); a phrase of
    several words also singular ("seizure lines" / "seizure line"). A word's singular alone is another
    word ("seizure" is not "seizures")."""
    ws = surface_words(phrase)
    if not ws:
        return set()
    head, last = ws[:-1], ws[-1]
    forms = {last}
    if head:
        forms.add(stem(last))
    if last.isalpha() and not last.endswith("s"):
        forms.add(last + ("es" if last.endswith(("ch", "sh", "x")) else "s"))
    if last.endswith("y") and len(last) > 3:
        forms.add(last[:-1] + "ies")
    return {" ".join(head + [f]) for f in forms if f}


def _expanded_to(phrases: set[str], synonyms: dict[str, list[str]], by_words: bool = False,
                 others: frozenset[str] = frozenset()) -> set[str]:
    """Synonym terms whose expansions name one of `phrases` ("worth" -> "msrp"); by_words: an
    expansion made of the phrases' own words names them too ("hss" -> "health, safety and security"),
    unless it is one of `others` (another category's whole label: "producto" -> "product" is not
    "COVID-19 product")."""
    wanted = {" ".join(surface_words(p)) for p in phrases}
    own = {t for p in phrases for t in tokens(p)}

    def names(expansion: str) -> bool:
        said = " ".join(surface_words(expansion))
        toks = set(tokens(expansion))
        return said in wanted or (by_words and bool(toks) and toks <= own and said not in others)

    return {term for term, expansions in synonyms.items() if any(names(e) for e in expansions)}


def _label_phrases(label: str) -> set[str]:
    """"Economy (trading partner)" -> {"economy", "trading partner"}; "Health, safety and security commodity" too."""
    parts = [label]
    if "(" in label:
        parts = [label.split("(")[0], label.split("(")[1].rstrip(")")]
    return {p.strip().lower() for p in parts if p.strip()}


def _category_phrases(labels: dict[str, str]) -> dict[str, set[str]]:
    """Each category's label, its part in brackets, and its own words: "Mode of transport"
    is named by "mode" or "transport" too. A word that is another category's whole
    label is not this one's ("COVID-19 product" is not named by "product")."""
    whole = {" ".join(surface_words(p)) for label in labels.values() for p in _label_phrases(label)}
    out: dict[str, set[str]] = {}
    for category, label in labels.items():
        phrases = _label_phrases(label)
        own = {w for p in phrases for w in surface_words(p) if w.isalpha() and len(w) >= 3 and tokens(w)}
        out[category] = phrases | {w for w in own if w not in whole or w in phrases}
    return out


def build(catalog, synonyms: dict[str, list[str]], language: str = "en") -> Lexicon:
    """The phrasebook of grammar and content for one language."""
    book = Phrasebook(grammar.GRAMMAR[language])
    for measure, label in MEASURE_LABELS.items():
        phrases = _label_phrases(label)
        phrases |= _expanded_to(phrases, synonyms)
        for phrase in phrases:
            for variant in _variants(phrase):
                book.add(f"measure:{measure}", variant)
        for symbol in MEASURE_SYMBOLS.get(measure, []):
            book.add(f"measure:{measure}", symbol)
    present = {table.category for table in catalog.tables}
    labels = {c: label for c, label in _category_labels().items() if c in present}
    whole = frozenset(" ".join(surface_words(p)) for label in labels.values() for p in _label_phrases(label))
    for category, phrases in _category_phrases(labels).items():
        phrases |= _expanded_to(phrases, synonyms, by_words=True, others=whole)
        for phrase in phrases:
            for variant in _variants(phrase):
                book.add(f"category:{category}", variant)
        if "product" in phrases:
            for pattern in grammar.GRAMMAR[language].get("ask.kind", []):
                book.add(f"category:{category}", pattern)
        if "country" in phrases:
            # "where do fakes come from": a question about origin asks for the tables of places.
            for pattern in grammar.GRAMMAR[language].get("ask.origin", []):
                book.add(f"category:{category}", pattern)
    # Brand names staff map to "brand name" ("nike", "louis vuitton"): the tables count kinds of
    # goods, never one brand's ("how many fake Nike sneakers?" is not the Footwear row).
    for term in _expanded_to({BRAND_NAME}, synonyms):
        for variant in _variants(term):
            book.add("brand.name", variant)
    book.order()
    lexicon = Lexicon(language=language, book=book, **_surface(book, catalog, synonyms, language))
    for patterns in grammar.GRAMMAR[language].values():
        for word in {w for p in patterns for seq in expand(p) for w in seq}:
            if len(word) >= 5 and word.isalpha():
                for key in deletions(word):
                    lexicon.grammar_deletes.setdefault(key, set()).add(word)
            elif len(word) == 4 and word.isalpha():
                for key in deletions(word) - {word}:
                    lexicon.grammar_dropped.setdefault(key, set()).add(word)
    content_tags: dict[str, set[str]] = {}
    for bucket in book.first.values():
        for tag, seq in bucket:
            # (A veto's words, "measure:msrp!" in "worth suing", say what a measure is not.)
            if tag.startswith(("measure:", "category:")) and not tag.endswith("!"):
                content_tags.setdefault(tag, set()).update(t for w in seq for t in tokens(w))
    lexicon.tag_tokens.update({tag: frozenset(toks) for tag, toks in content_tags.items()})
    lexicon.tag_tokens["measure"] = frozenset(t for tag, toks in content_tags.items() if tag.startswith("measure:") for t in toks)
    return lexicon


def _surface(book: Phrasebook, catalog, synonyms: dict[str, list[str]], language: str) -> dict:
    """Every surface word the lexicon knows, and which token each one makes."""
    known: set[str] = set()
    for bucket in book.first.values():
        for _, seq in bucket:
            known.update(w for w in seq if w not in ("*", "..."))
    for table in catalog.tables:
        for label in table.labels:
            known.update(surface_words(label))
    for term in synonyms:
        known.update(surface_words(term))
    surface: dict[str, set[str]] = {}
    for word in known:
        for tok in tokens(word):
            surface.setdefault(tok, set()).add(word)
    # The grammar's patterns expand to some 190,000 words, a few thousand of them distinct.
    word_tokens = functools.cache(tokens)
    tag_tokens = {
        tag: frozenset(t for p in patterns for seq in expand(p) for w in seq for t in word_tokens(w))
        for tag, patterns in grammar.GRAMMAR[language].items()
    }
    # How a question is put ("what percent", "and in"), not what it is about: the words of tags
    # that name the business itself ("patent", "customs", "seller") are a question's own.
    # A veto's words ("tag!": "how soon does CBP have to notify the importer") say what a phrase is not;
    # alone they make no word grammar.
    grammar_tokens = frozenset().union(*(toks for tag, toks in tag_tokens.items() if tag not in grammar.TOPIC_TAGS and not tag.endswith("!")))
    return {"surface": surface, "known": known, "token_set": frozenset(surface), "grammar_tokens": grammar_tokens,
            "tag_tokens": tag_tokens}
