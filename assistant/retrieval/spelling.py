"""Spelling correction against the index's own vocabulary.

A query word the index does not know ("siezures", "jewlery", "counterfiet") is
looked up in a character n-gram TF-IDF over the vocabulary (a few thousand to a
few hundred thousand words, so it is small and fast), and the nearest candidates
are checked with an edit distance. Only then is the word replaced. Looking up
the vocabulary rather than n-gramming every document keeps the main index word
based, which is what makes search fast and scores meaningful.
"""
import re
import functools
import gzip
import json
import os

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

CANDIDATES = 25
MIN_SIMILARITY = 0.2
# A word this common in English is what the visitor meant, even when the index
# does not have it: "saying" is not "saving", "plain" is not "plan".
ENGLISH_MIN_COUNT = 200
OTHER_MIN_COUNT = 20  # pyspellchecker's Spanish list counts from a smaller corpus
SPANISH_VERB_COUNT = 500  # an infinitive this common vouches for its forms (the list holds junk such as "mueblar": 50)


@functools.cache
def _counts(language: str) -> dict[str, int]:
    """pyspellchecker's word counts for `language`, accents folded ({} when missing)."""
    try:
        import spellchecker
    except ImportError:
        return {}
    path = os.path.join(os.path.dirname(spellchecker.__file__), "resources", f"{language}.json.gz")
    if not os.path.exists(path):
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts = json.load(fh)
    fold = _folder()
    out: dict[str, int] = {}
    for word, n in counts.items():
        key = fold(word)
        out[key] = out.get(key, 0) + n
    return out


def frequency(word: str, language: str = "en") -> int:
    """How common a word is in pyspellchecker's counts (0 when unknown)."""
    return _counts(language).get(word, 0)


@functools.cache
def _common(language: str) -> frozenset[str]:
    """Common words of a language, from pyspellchecker's frequency lists, accents folded
    (loaded once per process, never pickled with an index). Empty when the package or the
    list is missing: every unknown word is then a candidate for correction."""
    least = ENGLISH_MIN_COUNT if language == "en" else OTHER_MIN_COUNT
    return frozenset(w for w, n in _counts(language).items() if n >= least)


def _folder():
    from assistant.retrieval.text import fold

    return fold


def english() -> frozenset[str]:
    """Common English words: what the visitor meant, even when the index does not have it."""
    return _common("en")


def preload(languages: tuple[str, ...] = ("en", "es")) -> None:
    """Read the word lists now rather than in the first correction or index build that needs them."""
    for language in languages:
        _common(language)


@functools.cache
def common_words(language: str) -> frozenset[str]:
    """Words never corrected in a message of `language`: English ones always (a Spanish message
    may say "fake"), and the language's own."""
    return english() if language == "en" else english() | _common(language)


# Spanish endings (accents folded) and the infinitive endings they come from: pyspellchecker's Spanish
# list holds infinitives and nouns far better than conjugated forms ("salieron", "quitan", "compre").
_SPANISH_FORMS = (
    # The conditional and the future are the infinitive and an ending: "pagaría", "pagaremos".
    ("riamos", ("r",)), ("rian", ("r",)), ("ria", ("r",)), ("remos", ("r",)),
    ("aron", ("ar",)), ("aban", ("ar",)), ("ando", ("ar",)), ("amos", ("ar",)), ("aste", ("ar",)), ("ados", ("ar",)),
    ("adas", ("ar",)), ("aba", ("ar",)), ("ado", ("ar",)), ("ada", ("ar",)),
    ("ieron", ("er", "ir")), ("iendo", ("er", "ir")), ("iste", ("er", "ir")), ("imos", ("ir",)), ("emos", ("er",)),
    ("idos", ("er", "ir")), ("idas", ("er", "ir")), ("ian", ("er", "ir")), ("ido", ("er", "ir")), ("ida", ("er", "ir")),
    ("io", ("er", "ir")), ("ia", ("er", "ir")),
    ("an", ("ar",)), ("as", ("ar",)), ("en", ("er", "ir", "ar")), ("es", ("er", "ir", "ar")),
    ("a", ("ar",)), ("e", ("er", "ir", "ar")), ("o", ("ar", "er", "ir")),
)


def spanish_form(word: str) -> bool:
    """Whether `word` is a form of a common Spanish word: a verb conjugated from a common infinitive
    ("salieron" from "salir") or a plural of a common noun ("ronchas")."""
    common = _common("es")
    if not common or len(word) < 4:
        return False
    if word.endswith("s") and (word[:-1] in common or (word.endswith("es") and word[:-2] in common)):
        return True
    return spanish_verb(word)


def spanish_verb(word: str) -> bool:
    """Whether `word` is conjugated from a common Spanish infinitive ("correspondio" from "corresponder")."""
    counts = _counts("es")
    for ending, infinitives in _SPANISH_FORMS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and any(counts.get(stem + inf, 0) >= SPANISH_VERB_COUNT for inf in infinitives):
            return True
    return False


def char_grams(word: str) -> list[str]:
    """2- and 3-grams of " word ", so word starts and ends count."""
    padded = f" {word} "
    return [padded[i : i + n] for n in (2, 3) for i in range(len(padded) - n + 1)]


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a transposition costs 1), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def allowed_edits(word: str) -> int:
    # Short words have too many one-edit neighbours ("tax" -> "fax"); only
    # swapped letters are corrected there (see correct()).
    if len(word) <= 4:
        return 0
    return 1 if len(word) <= 7 else 2


_SAME_SOUND = ({"c", "s", "z"}, {"b", "v"}, {"g", "j"}, {"y", "i"})


def sounds_alike(known: str, typed: str) -> bool:
    """Whether two Spanish words may differ in their first letter by sound alone ("celulares"/"selulares",
    "hubo"/"ubo")."""
    if known[:1] == "h" and known[1:2] == typed[:1]:
        return True
    return any(known[:1] in group and typed[:1] in group for group in _SAME_SOUND)


_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _near_keys(a: str, b: str) -> bool:
    """Neighbours on a QWERTY keyboard, in one row."""
    return any(a in row and b in row and abs(row.index(a) - row.index(b)) == 1 for row in _KEYBOARD)


def likely_slip(known: str, typed: str) -> bool:
    """One letter swapped for one a typist or a speller would put there: a key next to it, or a
    letter of the same sound ("calsado" for "calzado", not "causado")."""
    if len(known) != len(typed):
        return False
    diff = [(a, b) for a, b in zip(known, typed) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    return _near_keys(a, b) or any(a in group and b in group for group in _SAME_SOUND)


_SOUNDS = ((re.compile(r"qu(?=[ei])"), "k"), (re.compile(r"c(?=[ei])"), "s"), (re.compile(r"[cq]"), "k"),
           (re.compile(r"z"), "s"), (re.compile(r"v"), "b"), (re.compile(r"ll"), "y"), (re.compile(r"h"), ""),
           (re.compile(r"(.)\1"), r"\1"))


def spanish_sound(word: str) -> str:
    """How a Spanish word sounds, in letters: "turkia" and "turquia", "sapatos" and "zapatos" sound alike."""
    for pattern, repl in _SOUNDS:
        word = pattern.sub(repl, word)
    return word


class Speller:
    """Maps unknown words to the closest known word, or leaves them alone."""

    def __init__(self, words: dict[str, int]):
        """words: known word -> how many documents use it (breaks ties)."""
        self.words = sorted(w for w in words if len(w) >= 3 and w.isalpha())
        self.freq = np.array([words[w] for w in self.words], dtype=np.int32)
        self.uses = {w: words[w] for w in self.words}
        self.grams: dict[str, int] = {}
        # Spanish spelled by ear ("Turkia", "sapatos"): the word that sounds the same, the most used one.
        self.sounds: dict[str, str] = {}
        for word in sorted(self.words, key=lambda w: -words[w]):
            self.sounds.setdefault(spanish_sound(word), word)
        if not self.words:
            return
        vec = TfidfVectorizer(analyzer=char_grams, dtype=np.float32)
        matrix = vec.fit_transform(self.words).T.tocsr()  # n-gram -> words postings
        self.grams = vec.vocabulary_
        self.idf = vec.idf_.astype(np.float32)
        self.indptr = matrix.indptr.astype(np.int64)
        self.indices = matrix.indices.astype(np.int32)
        self.data = matrix.data

    def correct(self, word: str, language: str | None = None) -> str | None:
        """language "es": a first letter Spanish spells by sound ("selulares", "ubo") may be the typo."""
        if not self.grams or word in english():
            return None
        counts: dict[int, int] = {}
        for gram in char_grams(word):
            col = self.grams.get(gram)
            if col is not None:
                counts[col] = counts.get(col, 0) + 1
        if not counts:
            return None
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
        weights = np.fromiter(counts.values(), dtype=np.float32, count=len(counts)) * self.idf[cols]
        norm = float(np.sqrt(np.dot(weights, weights)))
        # Query n-grams that no word has still count in the norm: they are evidence against.
        missing = sum(1 for g in char_grams(word) if g not in self.grams)
        norm = float(np.sqrt(norm * norm + missing * float(self.idf.max()) ** 2)) or 1.0
        idx = np.concatenate([self.indices[self.indptr[c] : self.indptr[c + 1]] for c in cols])
        w = np.concatenate([self.data[self.indptr[c] : self.indptr[c + 1]] * (wt / norm) for c, wt in zip(cols, weights)])
        ids, inverse = np.unique(idx, return_inverse=True)
        scores = np.bincount(inverse, weights=w)
        top = np.argsort(-scores)[:CANDIDATES]
        limit = allowed_edits(word)
        best = None
        for i in top:
            if scores[i] < MIN_SIMILARITY:
                break
            cand = self.words[ids[i]]
            if limit == 0:
                ok = (sorted(cand) == sorted(word) and distance(word, cand, 1) == 1) or (language == "es" and cand == "h" + word)
                d = 1
            else:
                d = distance(word, cand, limit)
                # A wrong first letter is a rare typo and a common different word ("weather"/"leather"),
                # except where Spanish spells by sound: c/s/z, b/v, g/j, a silent h.
                ok = d <= limit and (cand[0] == word[0] or cand[:2] == word[1::-1] or (language == "es" and sounds_alike(cand, word)))
            if ok and language == "en" and cand not in english() and cand in _common("es"):
                ok = False  # an English message means an English word: "invension" is not "intencion"
            if ok:
                # Equally near, a slip of the key or the ear beats a word more documents use.
                key = (d, not likely_slip(cand, word), -int(self.freq[ids[i]]), -float(scores[i]))
                if best is None or key < best[0]:
                    best = (key, cand)
        if best is None and limit == 0:
            # A short word's letters swapped share no n-gram with the word meant ("mial": "mail"), so
            # the search above never offers it: try each swap of two neighbouring letters.
            swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)} - {word}
            known = [c for c in swaps if c in self.uses and not (language == "en" and c not in english() and c in _common("es"))]
            if known:
                return max(known, key=lambda c: (self.uses[c], c))
        if best is None and language == "es" and len(word) >= 4:
            heard = self.sounds.get(spanish_sound(word))
            return heard if heard and heard != word else None
        return best[1] if best else None
