"""Everything answers are made from, built once per index version and served whole.

Knowledge bundles the retriever (TF-IDF over FAQs, passages, figures and
contacts), the catalog of every report's tables, the lexicon of each language
and the in-scope model. build() makes it from the content (index_store calls it
at every index build and stores it pickled); answering never reads the database.
"""
import threading
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from assistant.answering import bars
from assistant.answering import catalog as catalogs
from assistant.answering import lexicon as lexicons
from assistant.answering import intents, scope
from assistant.answering.evidence import Words
from assistant.answering.phrases import Phrasebook
from assistant.answering.grammar import GRAMMAR
from assistant.answering.words import names as surface_names, words as surface_words
from assistant.retrieval import Retriever
from assistant.retrieval.spelling import distance, frequency
from assistant.retrieval.text import family, tokens


@dataclass
class Sources:
    """The content an index is built from (assistant/documents.py reads it from the database)."""

    docs: list
    synonyms: dict[str, list[str]]
    statistics: list[dict] = field(default_factory=list)
    report_years: list[int] = field(default_factory=list)
    examples: list[dict] = field(default_factory=list)  # {"text", "kind": "statistic" | "faq" | "out_of_scope", "language", "faq": pk}
    glossary: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> English name -> translation


class Knowledge:
    """The served index. Immutable once built; safe to share between threads."""

    def __init__(self, retriever: Retriever, catalog, lexicons_by_language: dict, figure_words: frozenset):
        self.retriever = retriever
        self.catalog = catalog
        self.lexicons = lexicons_by_language
        self.figure_words = figure_words  # tokens a figure question may use without asking for what no table holds
        self.scope_model: scope.ScopeModel | None = None
        self.intent_model: intents.IntentModel | None = None
        self.definitions: dict[str, frozenset] = {}  # FAQ question -> words of the term it defines
        self.glossary: dict[str, dict[str, str]] = {}  # language -> English name as printed -> its translation
        self.acronyms: dict[str, tuple[str, dict]] = {}  # "cbp" -> ("U.S. Customs and Border Protection", source)
        self._derive()

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        for key in ("idf", "max_idf", "family", "known_tokens", "label_words", "contacts", "contact_source", "words",
                    "content_tokens", "_lock", "faq_docs"):
            state.pop(key, None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._derive()

    def _derive(self) -> None:
        """Lookups rebuilt on load rather than stored: idf by token, word families, contacts and where each is cited."""
        retriever = self.retriever
        self.idf = {t: float(retriever.idf[i]) for t, i in retriever.vocab.items() if " " not in t}
        self.max_idf = max(self.idf.values(), default=1.0)
        self.family: dict[str, set[str]] = {}
        for word in self.idf:
            self.family.setdefault(family(word), set()).add(word)
        self.known_tokens = frozenset(self.idf) | {t for entries in retriever.synonyms.values() for term, _ in entries for t in term}
        self.label_words = frozenset(w for t in self.catalog.tables for toks in t.labels.values() for w in toks)
        self.row_names: dict[int, set[str]] = {}
        for table in self.catalog.tables:
            for label in table.labels:
                for word in surface_words(label):
                    if word.isalpha():
                        self.row_names.setdefault(len(word), set()).add(word)
        self.contacts = {d.meta["slug"]: d.meta for d in retriever.docs if d.kind == "contact"}
        self.faq_docs = {d.meta["faq"]: d for d in retriever.docs if d.kind == "faq" and d.id.endswith(":a") and "faq" in d.meta}
        self.contact_source = _contact_sources(retriever.docs, self.contacts)
        phrasings: dict = {}
        for d in retriever.docs:
            if d.kind == "faq" and "faq" in d.meta and ":a" not in d.id:
                phrasings.setdefault(d.meta["faq"], []).append(d.text)
        self.words = Words({faq: " ".join(texts) for faq, texts in phrasings.items()})
        self._lock = threading.Lock()

    # -- what strategies ask of the index ------------------------------------------

    def lexicon(self, language: str):
        return self.lexicons.get(language) or self.lexicons["en"]

    def search(self, q, kinds: set[str] | None = None, k: int = 30) -> list:
        """The best documents for a Question (its corrected words), remembered on the Question."""
        key = "hits" if kinds is None else "hits:" + ",".join(sorted(kinds))
        found = q.cache.get(key)
        if found is None:
            found = q.cache[key] = self.retriever.search(q.query, k=k if kinds is None else 5, kinds=kinds, language=q.language)
        return found

    def defines(self, doc) -> frozenset | None:
        """The words of the term an FAQ document explains ("What is an e-Allegation?"), or None."""
        return self.definitions.get(doc.meta.get("question") or doc.title)

    def explains(self, term: str, language: str) -> bool:
        """Whether some FAQ explains `term` ("IPR Center" in "¿y qué es el IPR Center?"): its words,
        less the kind of thing it is ("system", "programa"), are a term an FAQ asks what it is."""
        words = set(tokens(term)) - self.lexicon(language).tokens_of("term.generic", "border", "define", "define.term", "define.where")
        return bool(words) and any(words <= defined for defined in self.definitions.values())

    def speaker(self, language: str):
        """Writes figures in `language`, naming tables and rows from the glossary."""
        from assistant.answering.wording import Speaker

        names = self.glossary.get(language, {})
        return Speaker(language, lambda text: names.get(text, text))

    def row_name_near(self, word: str) -> str:
        """The name a table prints that `word` is a letter off ("columbia" -> "colombia"), or two for a long
        word ("phillipines" -> "philippines"), or ""."""
        if len(word) < 6:
            return ""
        limit = 2 if len(word) >= 9 else 1
        for size in range(len(word) - limit, len(word) + limit + 1):
            for name in self.row_names.get(size, ()):
                if name != word and name[0] == word[0] and distance(name, word, limit) <= limit:
                    return name
        return ""

    def next_passage(self, doc):
        """The passage after `doc` in its section ("#4" -> "#5"), or None."""
        head, _, number = doc.id.rpartition("#")
        if doc.kind != "section" or not number.isdigit():
            return None
        found = self.__dict__.get("_sections_by_id")
        if found is None:
            found = self.__dict__["_sections_by_id"] = {d.id: d for d in self.retriever.docs if d.kind == "section"}
        return found.get(f"{head}#{int(number) + 1}")

    def search_text(self, text: str, k: int = 3, kinds: set[str] | None = None) -> list:
        return self.retriever.search(text, k=k, kinds=kinds)

    def words_of_text(self, text: str) -> list[str]:
        """The text's words in the order it has them (a conversation keeps the first few)."""
        return list(dict.fromkeys(tokens(text)))

    def weight(self, tok: str, language: str = "en") -> float:
        """How much a question word counts toward an answer's coverage: its idf; for a word no
        content has, the most, unless it is one of the language's everyday words ("usually",
        "according"), which says how a question is put rather than what it is about."""
        found = self.idf.get(tok)
        if found is not None:
            return found
        if frequency(tok, language) >= bars.UNDERSTANDING["everyday_word"]:
            return bars.UNDERSTANDING["everyday_weight"]
        return self.max_idf

    def faq_intents(self, q, in_scope: bool = False) -> list[tuple[object, float]]:
        """The classes the FAQ model finds most probable for the question (intents.py), remembered on it;
        in_scope: given that it is in scope ("not ours" left out, the rest renormalised)."""
        key = ("intents", in_scope)
        found = q.cache.get(key)
        if found is None:
            found = [] if self.intent_model is None else self.intent_model.ranked(self._intent_probabilities(q), in_scope=in_scope)
            q.cache[key] = found
        return found

    def faq_intents_with(self, q, text: str, weight: float, in_scope: bool = False) -> list[tuple[object, float]]:
        """faq_intents() with each class as probable as a part of the question (a story's asking
        sentence) makes it, times `weight`, where that is more; remembered on it."""
        key = ("intents_with", text, weight, in_scope)
        found = q.cache.get(key)
        if found is None:
            found = []
            if self.intent_model is not None:
                alone = self.intent_model.probabilities(*self.retriever.vector(text, q.language))
                found = self.intent_model.ranked(np.maximum(self._intent_probabilities(q), weight * alone), in_scope=in_scope)
            q.cache[key] = found
        return found

    def _intent_probabilities(self, q):
        """The FAQ model's probabilities for the question's words, computed once per wording (the scope
        mix and the FAQ strategy both read them)."""
        key = ("intent_p", q.query, q.language)
        found = q.cache.get(key)
        if found is None:
            found = q.cache[key] = self.intent_model.probabilities(*self.retriever.vector(q.query, q.language))
        return found

    def p_in_scope(self, q) -> float:
        """P(the question is about IPR enforcement) by the scope model, remembered on it."""
        if self.scope_model is None:
            return 1.0
        found = q.cache.get("p_in_scope")
        if found is None:
            # Rare words are read as names only here, not in the examples the model learnt from: there
            # (corpus 2026-12-02) they moved the intercept and short follow-ups fell under the bar (-8).
            named = {t for word in q.names for t in tokens(word)} | {t for t in q.scope_tokens if self.rare(t)}
            found = self.scope_model.p_in(self.features(q.scope_tokens, q.anchored, q.about_enforcement, named))
            if self.intent_model is not None and intents.OUT_OF_SCOPE in self.intent_model.classes:
                # A second opinion from the FAQ model, which learnt the same out-of-scope examples against
                # every FAQ one by one: the scope model weighs a word's share of the content, so a story
                # told in words of its own ("'designer' makeup from some random site") reads as
                # elsewhere, while the FAQ model recognises the cosmetics FAQ in it.
                p_out = self.intent_model.out_of(self._intent_probabilities(q))
                w = bars.SCOPE["faq_model_weight"]
                found = (1 - w) * found + w * (1.0 - p_out)
            found = max([found] + [bars.SCOPE["asked_alone"] * p for p in self._asked_alone_in_scope(q)])
            q.cache["p_in_scope"] = found
        return found

    def _asked_alone_in_scope(self, q) -> list[float]:
        """The scope model's P(in scope) for each asking sentence of a story read on its own: a
        story's own words ("we're a tiny company selling phone cases") can outweigh what it asks
        ("how do I record my trademark with customs?"). A sentence of too few words of its own ("can
        they fine her?") says little alone and is not read."""
        if not q.story or q.follow_up or len(q.asking_sentences) < 1:
            return []
        found = []
        for words in q.asking_sentences:
            toks = self.retriever.explain(" ".join(words), q.language)["tokens"]
            if len(set(toks)) < bars.SCOPE["asked_alone_words"]:
                continue
            named = {t for word in q.names for t in tokens(word)} | {t for t in toks if self.rare(t)}
            found.append(self.scope_model.p_in(self.features(toks, False, False, named)))
        return found

    def features(self, toks: list[str], anchored: bool, border: bool, named: set[str] | None = None) -> scope.Features:
        """`named`: tokens written as names ("Rolex", "Ohio"). A name the content lacks says nothing of
        whether the question belongs here ("a fake Rolex" vs "the weather in Ohio"), so it is left out
        of the share of unknown words."""
        total = got = 0.0
        for tok in set(toks):
            if named and tok in named and tok not in self.content_tokens:
                continue
            weight = self._scope_weight(tok)
            total += weight
            # "$150", "3 bags": a number the content lacks says nothing of the subject.
            if tok not in self.content_tokens and not tok.isdigit():
                got += weight
        return scope.Features(list(toks), got / total if total else 1.0, anchored, border)

    @staticmethod
    def rare(tok: str) -> bool:
        """A word rare in both languages' word counts is most often a name typed in lower case
        ("rolex", "cancun", "ozempic"): like a capitalised name, it says nothing of the subject."""
        least = bars.SCOPE["rare_word"]
        return tok.isalpha() and frequency(tok, "en") < least and frequency(tok, "es") < least

    @staticmethod
    def attested(tok: str) -> bool:
        """Counted at all in either language's word counts: a typo ("invension") or a coinage ("dvds") is not."""
        return frequency(tok, "en") > 0 or frequency(tok, "es") > 0

    def _scope_weight(self, tok: str) -> float:
        """A word's weight in the share of unknown words: as in coverage (weight()), an everyday word of
        either language ("supposed", "obviously", "half") counting little: it says how a story is
        told, not that it is about something else."""
        return min(self.weight(tok, "en"), self.weight(tok, "es"))

    @property
    def content_tokens(self) -> frozenset:
        """Tokens of the content itself (passages, answers, figures, contacts), not of example phrasings."""
        found = self.__dict__.get("_content_tokens")
        if found is None:
            with self._lock:
                # Phrasings are examples, not content; answers (in every language) are content, and so
                # are the words staff mapped to content words (synonyms).
                docs = [d for d in self.retriever.docs if d.kind != "faq" or ":a" in d.id]
                mapped = {t for entries in self.retriever.synonyms.values() for term, _ in entries for t in term}
                found = self.__dict__["_content_tokens"] = frozenset(t for d in docs for t in self.words.of(d)) | mapped
        return found


def _contact_sources(docs, contacts: dict[str, dict]) -> dict[str, dict]:
    """Where the report cites each channel, for the answer's source."""
    sections = [d for d in docs if d.kind == "section"]
    out = {}
    for slug, contact in contacts.items():
        needle = (contact.get("url") or contact.get("email") or contact.get("phone") or "").lower().rstrip("/")
        for doc in sections:
            if needle and needle in doc.text.lower():
                out[slug] = {"title": doc.title, "url": doc.url, "kind": "section"}
                break
    return out


def build(sources: Sources, progress: Callable[[str], None] | None = None,
          checkpoint: Callable[[], None] | None = None) -> Knowledge:
    """Catalog, lexicons, retriever and in-scope model from the content.

    checkpoint: called before each stage (lexicons, retriever, each model); it may raise to stop
    the build (index_store stops one whose content changed meanwhile)."""
    say = progress or (lambda message: None)
    check = checkpoint or (lambda: None)

    def stage(message: str) -> None:
        check()
        say(message)

    catalog = catalogs.build(sources.statistics, sources.report_years)
    languages = sorted(GRAMMAR)
    stage(f"{len(catalog.tables)} tables; building the lexicons ({', '.join(languages)})")
    lexes = {lang: lexicons.build(catalog, sources.synonyms, lang) for lang in languages}
    extra = set().union(*(lex.known for lex in lexes.values()))
    # The glossary's names for rows ("Electrónica de consumo") find the rows as staff's synonyms do;
    # a synonym staff wrote for the same words wins.
    # A brand's name (lexicon.BRAND_NAME) marks its term for the lexicon; it is no word to search for
    # ("nike" would find the FAQ on misspelt brand names).
    searched = {term: [e for e in expansions if e != lexicons.BRAND_NAME] for term, expansions in sources.synonyms.items()}
    synonyms = {**_glossary_synonyms(catalog, sources.glossary), **{term: e for term, e in searched.items() if e}}
    check()
    retriever = Retriever.build(sources.docs, synonyms, progress=say, extra_words=extra)
    figure_words = _figure_words(catalog, lexes)
    knowledge = Knowledge(retriever, catalog, lexes, figure_words)
    knowledge.definitions = _definitions(retriever.docs, lexes)
    knowledge.glossary = sources.glossary
    knowledge.acronyms = _acronyms(retriever.docs)
    stage("training the in-scope model")
    knowledge.scope_model = _train_scope(knowledge, sources)
    if knowledge.scope_model is None:
        say("no in-scope model: it needs in-scope and out-of-scope examples (content.Example)")
    else:
        inside, outside = knowledge.scope_model.trained_on
        say(f"in-scope model: {inside} in-scope and {outside} out-of-scope examples")
    stage("training the FAQ model")
    knowledge.intent_model = _train_intents(knowledge, sources)
    if knowledge.intent_model is not None:
        say(f"FAQ model: {knowledge.intent_model.trained_on} examples, {len(knowledge.intent_model.classes)} classes")
    return knowledge


_EVERYDAY_TRANSLATED = 100_000  # a translated word this common in its language's counts names no row


def _glossary_synonyms(catalog, glossary: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    """A row's translated name -> its printed name, part by part where both split alike
    ("Relojes/Joyería" -> Watches, Jewelry); and a translated word -> the printed words every row
    named with it shares ("farmacéuticos" -> pharmaceuticals, from two rows), so one word of a
    translated name finds its rows as one word of the printed name does."""
    labels = {label for table in catalog.tables for label in table.labels}
    out: dict[str, list[str]] = {}
    shared: dict[tuple[str, str], list[set[str]]] = {}  # (word, its language) -> the printed names it is in
    for language, names in glossary.items():
        for english, translated in names.items():
            if english not in labels or not translated or translated.lower() == english.lower():
                continue
            parts, own = translated.split("/"), english.split("/")
            pairs = zip(parts, own) if len(parts) == len(own) > 1 else [(translated, english)]
            for term, name in pairs:
                if tokens(term) and term.strip().lower() != name.strip().lower():
                    out.setdefault(term.strip().lower(), []).append(name.strip().lower())
                printed = set(tokens(name))
                for word in set(tokens(term, language)) - printed:
                    shared.setdefault((word, language), []).append(printed)
    for (word, language), names in shared.items():
        common = set.intersection(*names)
        # A word of one name only could be any of its printed words ("salud" in "Pharmaceuticals,
        # Health and Chemicals"): only a one-word name, or what several names share, is sure.
        everyday = frequency(word, language) >= _EVERYDAY_TRANSLATED  # "toda" (in "Todas las demás") names no row
        if common and (len(names) > 1 or len(common) == 1) and word not in out and not everyday:
            out[word] = sorted(common)
    return out


def _definitions(docs, lexes: dict) -> dict[str, frozenset]:
    """FAQs that ask what a term is ("What is an e-Allegation?"): FAQ question -> the words of the terms
    it explains. Its phrasings count too (in their own language): an FAQ on how to record whose staff
    added "what is IPR e-Recordation?" explains e-Recordation."""
    out: dict[str, set] = {}
    for doc in docs:
        if doc.kind != "faq" or doc.id.endswith((":a", ":a:es")):
            continue
        lexicon = lexes.get("es" if ":es" in doc.id else "en") or lexes["en"]
        asked = lexicon.tokens_of("define", "define.term", "define.where", "term.generic")
        text = doc.text
        words = surface_words(text)
        question = doc.meta.get("question") or doc.title
        # A phrasing explains a term when it opens by asking what one is ("what is IPR e-Recordation");
        # "customs recordation expired, what now?" explains nothing.
        opens = text == question or any(m.start == 0 for m in lexicon.book.find(words, {"define", "define.term"}))
        if opens and (lexicon.book.has(words, "define") or lexicon.book.has(words, "define.term")):
            term = set(tokens(text)) - asked
            if term:
                out.setdefault(question, set()).update(term)
    return {question: frozenset(words) for question, words in out.items()}


# Grammar a figure question is asked with (not how-to, channel or definition words: "process", "report").
# ("anchor" words name IPR in general or a subject of their own: "counterfeit" is any seizure, an
# "exclusion order" or a "recordation" is not what the tables count; counted.any holds the former.)
FIGURE_TAGS = ("figure.talk", "compare", "compare.more", "compare.percent", "total", "negation", "counted.any", "border",
               "refer.cue", "refer.back", "asks", "all_other")


def _acronyms(docs) -> dict[str, tuple[str, dict]]:
    """Abbreviations the content spells out, with where: report passages first, then FAQ answers."""
    from assistant.answering.strategies.acronym import spelled_out

    texts = [(d.text, {"title": d.title, "url": d.url, "kind": "section"}) for d in docs if d.kind == "section"]
    texts += [(d.meta["answer"], {"title": d.title, "url": d.url, "kind": "faq"}) for d in docs if d.kind == "faq" and d.id.endswith(":a")]
    return spelled_out(texts)


def _figure_words(catalog, lexes: dict) -> frozenset:
    """Tokens a figure question may use: table names and rows, measures and categories, and the
    grammar (how figures are asked for, "figure.talk"). Figure examples do not count: some ask for
    figures only the report's prose gives ("how many arrests"), which no table speaks to."""
    found: set[str] = set()
    for table in catalog.tables:
        found |= table.keywords
        found |= {w for name in table.names.values() for w in tokens(name)}
        found |= {w for toks in table.labels.values() for w in toks}
    for lex in lexes.values():
        found |= lex.measure_tokens | lex.tokens_of(*FIGURE_TAGS)
        # (A veto's words, "max fine", say what a ranking is not: no figure question's words.)
        found |= {t for tag, toks in lex.tag_tokens.items()
                  if tag.startswith(("category:", "rank.", "year.", "ask.")) and not tag.endswith("!") for t in toks}
    return frozenset(found)


def _train_scope(knowledge: Knowledge, sources: Sources) -> scope.ScopeModel | None:
    book = knowledge.lexicon("en").book
    inside, outside = [], []
    phrasings = [d.text for d in knowledge.retriever.docs if d.kind == "faq" and ":a" not in d.id]
    phrasings += [q for d in knowledge.retriever.docs if d.kind == "contact" for q in d.meta.get("examples", [])]
    for text in phrasings + [e["text"] for e in sources.examples if e.get("kind") in ("statistic", "faq")]:
        inside.append(_example_features(knowledge, book, text))
    for text in [e["text"] for e in sources.examples if e.get("kind") == "out_of_scope"]:
        outside.append(_example_features(knowledge, book, text))
    if not inside or not outside:
        return None
    return scope.train(inside, outside, bars.SCOPE["regularization"],
                       (bars.SCOPE["neighbour_similarity"], bars.SCOPE["neighbour_weight"]))


def _train_intents(knowledge: Knowledge, sources: Sources) -> intents.IntentModel | None:
    """Every FAQ phrasing (the question is the first) and every example asking an FAQ (content.Example)
    an example of its FAQ; figure and out-of-scope examples their own classes."""
    retriever = knowledge.retriever
    rows, labels = [], []
    for doc in retriever.docs:
        if doc.kind != "faq" or "faq" not in doc.meta:
            continue
        if doc.id.endswith((":a", ":a:es")):
            continue  # question + answer: long texts that slowed the fit by a quarter for no answer won
        language = "es" if ":es:" in doc.id else "en"
        rows.append(retriever.vector(doc.text, language))
        labels.append(doc.meta["faq"])
    classes = {"statistic": intents.FIGURE, "out_of_scope": intents.OUT_OF_SCOPE}
    faqs = set(labels)
    for example in sources.examples:
        # A question asking an FAQ teaches its class as a phrasing does, without entering the search.
        label = example.get("faq") if example.get("kind") == "faq" else classes.get(example.get("kind"))
        if label is not None and (example.get("kind") != "faq" or label in faqs):
            rows.append(retriever.vector(example["text"], example.get("language") or "en"))
            labels.append(label)
    if not any(label not in classes.values() for label in labels):
        return None
    # How many of a thing a question holds ("3 fake bags, 1 for me") says nothing of which FAQ it asks;
    # learnt from examples, small counts pulled stories out of scope (the out-of-scope examples hold
    # "3 days", "2 weeks"). Longer numbers may name what is asked ("30 days", "Section 337").
    counts = np.array([col for term, col in retriever.vocab.items() if term.isdigit() and len(term) == 1], dtype=np.int64)
    return intents.train(rows, labels, len(retriever.vocab), bars.INTENTS["regularization"], ignored=counts)


def _example_features(knowledge: Knowledge, book: Phrasebook, text: str) -> scope.Features:
    words = surface_words(text)
    tags = book.tags(words)
    info = knowledge.retriever.explain(text)
    anchored = "anchor" in tags or ("channel" in tags and "seller" in tags)
    named = {t for word in surface_names(text) for t in tokens(word)}
    return knowledge.features(info["tokens"], anchored, anchored or "border" in tags, named)
