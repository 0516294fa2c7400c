"""TF-IDF retrieval over the assistant's documents.

Scoring walks only the posting lists (CSC columns) of the query's terms, so a
query costs in proportion to how many documents share its words, not to the
size of the collection. See docs/retrieval.md.
"""
import math
from array import array
import time
from dataclasses import dataclass, field
from typing import Callable

import numpy as np
from scipy.sparse import csc_matrix, csr_matrix
from sklearn.feature_extraction.text import TfidfTransformer

from assistant.retrieval import text
from assistant.retrieval.spelling import Speller

# Expansions a synonym adds to a query weigh less than the words typed.
SYNONYM_WEIGHT = 0.6
_QUERY_CACHE_MAX = 20_000


@dataclass(frozen=True)
class Doc:
    id: str  # "faq:12", "section:<slug>#3", "stat:57", "contact:<slug>"
    kind: str  # "faq" | "section" | "statistic" | "contact"
    title: str
    text: str  # what gets indexed
    url: str  # citation URL ("/faq/12/", "/report/<slug>/")
    meta: dict = field(default_factory=dict, hash=False, compare=False)  # payload for the answering layer


@dataclass(frozen=True)
class Hit:
    doc: Doc
    score: float  # cosine similarity in [0, 1]


@dataclass(frozen=True)
class _Query:
    cols: np.ndarray
    weights: np.ndarray
    info: dict


class _Features:
    """The analyzer TfidfVectorizer calls for each document (picklable, no lambdas)."""

    def __init__(self, table: dict):
        self.table = table

    def __call__(self, doc: str) -> list[str]:
        toks = text.tokens(doc)
        extra, _ = text.expand(toks, self.table)
        return toks + text.bigrams(toks) + extra


def _tfidf(texts: list[str], analyse: "_Features") -> tuple:
    """Sublinear-tf TF-IDF, L2-normalised, as a CSC matrix, its vocabulary and idf.

    Counting is done here rather than by TfidfVectorizer: its per-feature Python
    loop and vocabulary sort took over half of the build time at 100k passages.
    The weighting is scikit-learn's TfidfTransformer, so scores are the same.
    """
    vocab: dict[str, int] = {}
    add = vocab.setdefault
    indices = array("i")
    indptr = [0]
    for doc in texts:
        # len(vocab) is read before setdefault runs: a new feature gets the next id.
        indices.extend([add(f, len(vocab)) for f in analyse(doc)])
        indptr.append(len(indices))
    if not vocab:  # no documents, or nothing but stop words
        return csc_matrix((len(texts), 0), dtype=np.float32), {}, np.zeros(0, np.float32)
    cols = np.frombuffer(indices, dtype=np.int32)
    counts = csr_matrix((np.ones(len(cols), np.float32), cols, np.array(indptr, dtype=np.int64)), shape=(len(texts), len(vocab)))
    counts.sum_duplicates()
    weigher = TfidfTransformer(sublinear_tf=True)
    matrix = weigher.fit_transform(counts).astype(np.float32).tocsc()
    return matrix, vocab, weigher.idf_.astype(np.float32)


class Retriever:
    """Search over a fixed set of Docs. Immutable once built; safe to share between threads."""

    def __init__(self, docs: list[Doc], vocab: dict[str, int], idf: np.ndarray, matrix, synonyms: dict, speller: Speller):
        self.docs = docs
        self.vocab = vocab
        self.idf = idf
        csc = matrix.tocsc()
        csc.sort_indices()
        self.indptr = csc.indptr.astype(np.int64)
        self.indices = csc.indices.astype(np.int32)
        self.data = csc.data.astype(np.float32)
        kinds = sorted({d.kind for d in docs})
        self.kind_codes = {k: i for i, k in enumerate(kinds)}
        self.doc_kinds = np.array([self.kind_codes[d.kind] for d in docs], dtype=np.int16)
        self.synonyms = synonyms
        self.speller = speller
        self.known = self._known()
        self._cache: dict[str, _Query] = {}
        self._masks: dict[frozenset, np.ndarray] = {}
        self._fixes: dict[tuple, str | None] = {}  # (token, language) -> spelling correction

    @classmethod
    def build(
        cls,
        docs: list[Doc],
        synonyms: dict[str, list[str]] | None = None,
        progress: Callable[[str], None] | None = None,
        extra_words: set[str] | frozenset = frozenset(),
    ) -> "Retriever":
        """extra_words: words the speller should know though no document indexes them
        (the grammar's "which", "fewest"), so a typo of one is read as that word."""
        say = progress or (lambda message: None)
        started = time.perf_counter()
        docs = list(docs)
        table = text.compile_synonyms(synonyms)
        say(f"indexing {len(docs)} documents")
        matrix, vocab, idf = _tfidf([d.text for d in docs], _Features(table))
        say(f"{len(vocab)} terms; building the spelling index")
        df = np.diff(matrix.indptr) if vocab else []
        words = {t: int(df[i]) for t, i in vocab.items() if " " not in t}
        for entries in table.values():
            for term, _ in entries:
                for t in term:
                    words.setdefault(t, 1)
        for word in extra_words:
            words.setdefault(word, 1)
        retriever = cls(docs, vocab, idf, matrix, table, Speller(words))
        say(f"built in {time.perf_counter() - started:.1f} s")
        return retriever

    def __len__(self) -> int:
        return len(self.docs)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_cache"], state["_masks"], state["_fixes"] = {}, {}, {}  # per-process; rebuilt on demand
        state.pop("known", None)  # derivable; keeps the artifact small
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.known = self._known()

    def _known(self) -> frozenset:
        # Synonym terms are words people use even when no document does.
        return frozenset(self.vocab) | {t for entries in self.synonyms.values() for term, _ in entries for t in term}

    # -- querying ---------------------------------------------------------

    def _analyse(self, query: str, language: str | None = None, bridge: bool = True) -> _Query:
        key = (query, language, bridge)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        raw = text.tokens(query, language)
        toks, corrections = [], {}
        for tok in raw:
            if tok not in self.known and text.is_word(tok):
                fixed = self._correct(tok, language)
                if fixed:
                    corrections[tok] = fixed
                    tok = fixed
            toks.append(tok)
        # "hand bags" / "ear buds": two typed words that the content writes as one.
        joined = [a + b for a, b in zip(toks, toks[1:]) if (a + b) in self.vocab]
        extra, fired = text.expand(toks, self.synonyms)
        if language == "es" and bridge:
            # A Spanish word no synonym knows may be an English one's cognate ("interceptaron"): the
            # report's passages are in English, whatever Spanish FAQs use the word.
            for typed, tok in zip(raw, toks):
                if tok not in fired:
                    # The word as typed first: "interceptaron" may read as the Spanish "interceptarse".
                    forms = [c for c in dict.fromkeys(text.cognates(typed) + text.cognates(tok)) if c in self.vocab][:2]
                    if forms:
                        extra.extend(forms)
                        fired[tok] = forms
        for word in joined:
            more, also = text.expand([word], self.synonyms)
            extra += more
            fired.update(also)
        weights: dict[str, float] = {}
        for feat in toks + text.bigrams(toks) + joined:
            weights[feat] = weights.get(feat, 0.0) + 1.0
        for feat in extra:
            weights.setdefault(feat, 0.0)
            weights[feat] += SYNONYM_WEIGHT
        cols, vals, terms = [], [], []
        for feat, tf in weights.items():
            col = self.vocab.get(feat)
            if col is None:
                continue
            cols.append(col)
            vals.append((1.0 + math.log(tf) if tf >= 1 else tf) * float(self.idf[col]))
            terms.append(feat)
        norm = math.sqrt(sum(v * v for v in vals)) or 1.0
        info = {
            "query": query,
            "tokens": raw,
            "corrections": corrections,
            "synonyms": fired,
            "terms": {t: round(v / norm, 4) for t, v in zip(terms, vals)},
            "unknown": [t for t in toks if t not in self.vocab],
            "joined": joined,
        }
        result = _Query(np.array(cols, dtype=np.int64), np.array(vals, dtype=np.float32) / np.float32(norm), info)
        if len(self._cache) >= _QUERY_CACHE_MAX:
            self._cache = {}  # crude but bounded; a new dict is swapped in atomically
        self._cache[key] = result
        return result

    def _correct(self, token: str, language: str | None = None) -> str | None:
        key = (token, language)
        try:
            return self._fixes[key]
        except KeyError:
            pass
        if len(self._fixes) >= _QUERY_CACHE_MAX:
            self._fixes = {}
        fixed = self._fixes[key] = self.speller.correct(token, language)
        return fixed

    def correct(self, token: str, language: str | None = None) -> str | None:
        """The known word an unknown token is a typo of, or None."""
        return self._correct(token, language) if text.is_word(token) else None

    def explain(self, query: str, language: str | None = None) -> dict:
        """What the query became: tokens, spelling corrections, synonyms, weighted terms."""
        # A copy down to its lists and dicts: the analysis is cached per query, and a caller adding to
        # what it got ("synonyms" a follow-up carries) must not change the next visitor's same message.
        info = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v)
                for k, v in self._analyse(query if isinstance(query, str) else "", language).info.items()}
        info["documents"] = len(self.docs)
        return info

    def vector(self, query: str, language: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The query's TF-IDF vector as (columns, unit-length weights), for the models: what search
        scores with, less the English cognates of Spanish words (a bridge to the English passages
        that, learnt from Spanish phrasings, would pull English questions to their FAQs)."""
        q = self._analyse(query if isinstance(query, str) else "", language, bridge=False)
        return q.cols, q.weights

    def _kind_mask(self, kinds: set[str] | None) -> np.ndarray | None:
        if kinds is None:
            return None
        key = frozenset(kinds)
        mask = self._masks.get(key)
        if mask is None:
            codes = [self.kind_codes[k] for k in key if k in self.kind_codes]
            mask = np.isin(self.doc_kinds, codes)
            self._masks[key] = mask
        return mask

    def search(self, query: str, k: int = 10, kinds: set[str] | None = None, language: str | None = None) -> list[Hit]:
        """The k best documents for `query` (optionally only these kinds), best first; `language`:
        the query's, when known (text.tokens)."""
        if k <= 0 or not self.docs or not isinstance(query, str):
            return []
        q = self._analyse(query, language)
        if not len(q.cols):
            return []
        starts, ends = self.indptr[q.cols], self.indptr[q.cols + 1]
        if len(q.cols) == 1:
            idx = self.indices[starts[0] : ends[0]]
            w = self.data[starts[0] : ends[0]] * q.weights[0]
        else:
            idx = np.concatenate([self.indices[s:e] for s, e in zip(starts, ends)])
            w = np.concatenate([self.data[s:e] * wt for s, e, wt in zip(starts, ends, q.weights)])
        n = len(self.docs)
        mask = self._kind_mask(kinds)
        if len(idx) * 8 < n:
            cand, inverse = np.unique(idx, return_inverse=True)
            scores = np.bincount(inverse, weights=w)
            if mask is not None:
                keep = mask[cand]
                cand, scores = cand[keep], scores[keep]
            if len(cand) > k:
                part = np.argpartition(-scores, k - 1)[:k]
                cand, scores = cand[part], scores[part]
        else:
            # Many postings: a dense accumulator, then top-k among its non-zero entries. (A partition
            # over the whole array, mostly zeros, is many times slower: numpy's introselect degrades on
            # ties; bench/retrieval.py measures it.)
            dense = np.bincount(idx, weights=w, minlength=n)
            if mask is not None:
                dense *= mask
            cand = np.flatnonzero(dense > 0)
            scores = dense[cand]
            if len(cand) > k:
                part = np.argpartition(-scores, k - 1)[:k]
                cand, scores = cand[part], scores[part]
        order = np.lexsort((cand, -scores))  # best first; ties in document order
        return [Hit(self.docs[int(cand[i])], min(1.0, float(scores[i]))) for i in order]
