"""Text normalisation shared by indexing and querying.

Both sides must turn text into exactly the same features, so everything that
decides what a "word" is lives here: tokenising, stop words, light stemming,
fiscal-year spelling and synonym expansion.
"""
import re
import unicodedata
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# sklearn's list drops words that are topics here ("car parts", "call the help
# desk", "fire arms", "bill of lading", "amount seized"); keep those.
_KEEP = {"bill", "call", "fire", "system", "part", "detail", "interest", "name", "amount", "mill", "full", "empty"}
# Chat filler that carries no topic.
_EXTRA = {
    "does", "did", "doing", "tell", "know", "want", "like", "just", "let", "ok", "okay", "yes",
    "dont", "im", "ive", "youre", "hey", "hi", "hello", "pls", "plz", "thanks", "thank", "lot",
    # Story-telling verbs: "my package got seized", "they said it was fake".
    "got", "get", "gets", "getting", "said", "say", "says", "told", "keep", "keeps", "kept",
    # Motion verbs of a story ("who goes after the rings", "went to Cancun"); "goes" would fold to "goe".
    "go", "goes", "going", "gone", "went",
    # Placeholders for whatever the sentence is about: "fake stuff", "these things".
    "stuff", "thing", "things",
    # Chatty lead-ins: "I was wondering", "just curious", "is that actually true".
    "wondering", "wonder", "curious", "actually", "actual", "really", "basically", "hoping", "exactly",
    # Hedging: "I reckon it's jewellery but not sure".
    "reckon", "sure", "guess", "think", "maybe", "probably", "perhaps", "suppose",
    # Texting: "quick q lol", "can u tell me", "thx a bunch", "$$ wise".
    "lol", "quick", "btw", "thx", "ty", "u", "ur", "yo", "bunch", "wise",
    # What is left of contractions once the apostrophe splits them: "weren't", "we've", "don't".
    "weren", "ve", "ll", "didn", "doesn", "isn", "wasn", "aren", "couldn", "wouldn", "shouldn", "hasn",
    "haven", "hadn", "don",
}
# Spanish function words: the content is English, and Spanish questions reach it through
# Spanish synonyms and phrasings; their articles and prepositions carry no topic.
_SPANISH = {
    "de", "la", "que", "el", "en", "y", "los", "del", "se", "las", "por", "un", "para", "con", "una", "su", "al", "lo",
    "como", "mas", "pero", "sus", "le", "ya", "o", "este", "si", "porque", "esta", "entre", "cuando", "muy", "sin",
    "sobre", "tambien", "hasta", "hay", "donde", "quien", "desde", "todo", "nos", "durante", "todos", "uno", "les", "ni",
    "contra", "otros", "ese", "eso", "ante", "ellos", "esto", "mi", "antes", "algunos", "unos", "yo", "otro", "otras",
    "otra", "tanto", "esa", "estos", "mucho", "quienes", "nada", "muchos", "cual", "cuales", "poco", "ella", "estar",
    "estas", "algunas", "algo", "nosotros", "usted", "ustedes", "cuantos", "cuantas", "cuanto", "cuanta", "fue",
    "fueron", "es", "son", "era", "eran", "hubo", "tiene", "tienen", "tengo", "puedo", "puede", "pueden", "hizo",
    "hacer", "hace", "hago", "quiero", "necesito", "debo", "cada", "mismo", "misma", "segun", "luego", "despues",
    "ahora", "aqui", "alli", "ahi", "ademas", "entonces", "nuestro", "nuestra", "tu", "te", "mis", "dime", "favor",
    "hola", "gracias", "aun", "q", "pq", "xq", "sea", "ser", "sido", "estan", "estaba", "le", "tenia", "habia",
    "traves", "mediante",  # "a través de", "mediante": through, by means of
    # The auxiliary and "dar" (give), as generic as "hacer": "¿cuántos arrestos ha dado?" asks about arrests.
    "ha", "han", "he", "hemos", "habian", "haya", "dado", "dio", "dieron",
    # "¿y eso tuvo algún efecto?": "had" and "any" are English stop words too.
    "algun", "alguna", "alguno", "tuvo", "tuvieron",
    # Conjunctions: "(no líneas, sino incautaciones)" asks for seizures, not for a "sino".
    "sino", "aunque", "tampoco", "pues", "mientras",
    # Relative "whose": "las mercancías cuyo origen era Hong Kong" asks Hong Kong's goods.
    "cuyo", "cuya", "cuyos", "cuyas",
}
STOP_WORDS = frozenset((ENGLISH_STOP_WORDS - _KEEP) | _EXTRA | _SPANISH)
# Spanish function words that are words in an English message: "check my ESTA status" ("esta": this).
_SPANISH_ONLY = frozenset(w for w in _SPANISH if len(w) >= 3 and w not in ENGLISH_STOP_WORDS and w not in _EXTRA)

_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# "FY20", "fy'21", "FY 2021" -> "fy 2020" / "fy 2021": the report's spelling.
_FY = re.compile(r"\bfy\s*'?(\d{2}|\d{4})\b")
# "AF21" ("año fiscal", as Spanish writes FY21) -> "af 2021"; only written together: "af 21" may be English slang.
_AF = re.compile(r"\baf'?(\d{2}|\d{4})\b")

# Raw word -> stemmed token ("" for a stop word). Words repeat a lot, so this
# makes tokenising 100k passages several times faster; bounded by _CACHE_MAX.
_cache: dict[str, str] = {}
_CACHE_MAX = 500_000


def _fy(match: re.Match) -> str:
    year = match.group(1)
    return "fy " + ("20" + year if len(year) == 2 else year)


def _af(match: re.Match) -> str:
    year = match.group(1)
    return "af " + ("20" + year if len(year) == 2 else year)


def stem(word: str) -> str:
    """Plural -> singular only ("watches" -> "watch", "batteries" -> "battery").

    Deliberately light: a full stemmer would merge words the answering layer
    tells apart ("seized"/"seizure", "counterfeiters"/"counterfeit").
    """
    if len(word) >= 6 and word[-1] == "n" and word[-2] in "ae" and word[-3] not in "aeiouy" and word.isalpha():
        # A Spanish verb's "they" form is the verb: "venden", "regalan", "confiscan" -> "vende",
        # "regala", "confisca" (English words so shaped, "broken", "golden", lose the "n" alike in
        # questions and content, so they still meet).
        return word[:-1]
    if len(word) <= 3 or word[-1] != "s" or word[-2] in "sui" or word[0].isdigit():
        return word
    if word.endswith(("ciones", "siones", "dores")) or (word.endswith("jes") and len(word) > 5):
        return word[:-2]  # Spanish: "incautaciones" -> "incautacion", "adaptadores" -> "adaptador", "relojes" -> "reloj"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zzes", "sses")):
        return word[:-2]
    return word[:-1]


_ENDINGS = ("ements", "ement", "ments", "ment", "ations", "ation", "ions", "ion", "ales", "ale", "als", "al", "ures", "ure", "ings", "ing", "ences", "ence",
            "ents", "ent", "ers", "er", "ed", "es", "e", "s",
            # Spanish verb forms: "viajo", "viaja", "viaje" (and "viajar") are one family.
            "aron", "ieron", "aban", "aba", "ando", "iendo", "ida", "ido", "ada", "ado", "ar", "ir", "a", "o")


@lru_cache(maxsize=200_000)
def family(token: str) -> str:
    """The root a word shares with its relatives ("seize", "seizure", "seized" -> "seiz";
    "different", "difference" -> "differ"). For measuring how much of a question an
    answer speaks to, never for the index: it merges what stem() keeps apart ("renewal" and
    "renew", "donation" and "donate", "criminales" and "criminal")."""
    if not token.isalpha():
        return token
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            return token[: -len(ending)]
    return token


# A Spanish infinitive with a pronoun attached ("donarlo", "inscribirla", "renovarlos") is the
# infinitive. ("se" and "te" are left alone: "reverse", "diverse" would lose their ends.)
_CLITIC = re.compile(r"^(.{3,}?(?:ar|er|ir))(?:los|las|les|nos|lo|la|le|me)$")


def _token(word: str) -> str:
    token = _cache.get(word)
    if token is None:
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            token = ""
        else:
            bare = _CLITIC.sub(r"\1", word)
            token = stem(bare.replace(",", "")) if bare[0].isdigit() else stem(bare)
            if token in STOP_WORDS:
                token = ""
        if len(_cache) < _CACHE_MAX:
            _cache[word] = token
    return token


def fold(text: str) -> str:
    """Lower case, accents and curly quotes folded, fiscal years spelled out."""
    if not text.isascii():
        text = _ascii(text)
    # "won't" is "will not", so "won" (who won the game?) can stay a word; "can't" is "can not".
    text = _POSSESSIVE.sub("", text.lower()).replace("won't", "will not").replace("wont ", "will not ").replace("can't", "can not")
    if "fy" in text:
        text = _FY.sub(_fy, text)
    return _AF.sub(_af, text) if "af" in text else text


def _ascii(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def tokens(text: str, language: str | None = None) -> list[str]:
    """Topic words of `text`: stop words dropped, plurals singular, numbers without commas.
    language "en": a message known to be English keeps the words only Spanish stops."""
    if "%" in text:
        text = text.replace("%", " percent ")  # "53%" speaks of a percent as "53 percent" does
    words = _WORD.findall(fold(text))
    # map() over the cache runs in C; only words never seen before go through _token().
    toks = list(map(_cache.get, words))
    if None in toks:
        toks = [t if t is not None else _token(w) for t, w in zip(toks, words)]
    if language == "en":
        toks = [stem(w) if not t and w in _SPANISH_ONLY else t for t, w in zip(toks, words)]
    return [t for t in toks if t]


# Spanish and English share much of this business's vocabulary by Latin roots: "inspección" and
# "inspection", "interceptaron" and "intercepted", "electrónico" and "electronic". A Spanish word no
# synonym or document knows is tried in these English forms; the retriever keeps a form only if the
# (English) content uses it. Longest ending first; (Spanish ending, English endings to try).
_COGNATE_ENDINGS = (
    ("cciones", ("ction",)), ("ccion", ("ction",)), ("ciones", ("tion",)), ("cion", ("tion",)),
    ("siones", ("sion",)), ("sion", ("sion",)), ("cional", ("tional",)), ("cionales", ("tional",)),
    ("amente", ("ly",)), ("mente", ("ly",)), ("idades", ("ity",)), ("idad", ("ity",)), ("encia", ("ence",)), ("ancia", ("ance",)),
    ("ismo", ("ism",)), ("ista", ("ist",)), ("osos", ("ous",)), ("oso", ("ous",)), ("osa", ("ous",)),
    ("icos", ("ic",)), ("icas", ("ic",)), ("ico", ("ic",)), ("ica", ("ic",)), ("ivos", ("ive",)), ("ivo", ("ive",)), ("iva", ("ive",)),
    ("ieron", ("", "ed", "ing")), ("aron", ("", "e", "ate", "ed", "ing")), ("aban", ("", "e", "ate", "ing")),
    ("ando", ("", "e", "ate", "ing")), ("iendo", ("", "ing")), ("ados", ("", "e", "ate", "ed")), ("adas", ("", "e", "ate", "ed")),
    ("ado", ("", "e", "ate", "ed")), ("ada", ("", "e", "ate", "ed")), ("idos", ("", "ed")), ("ido", ("", "ed")), ("ida", ("", "ed")),
    ("ar", ("", "e", "ate", "ing")),
    ("er", ("",)), ("ir", ("",)),
    ("ante", ("ant",)), ("ente", ("ent",)), ("an", ("", "e")), ("en", ("",)), ("o", ("", "e")), ("a", ("", "e")), ("e", ("",)),
)


def cognates(token: str) -> list[str]:
    """English forms a Spanish token may share its root with, most likely first (never the token)."""
    if len(token) < 6 or not token.isalpha():
        return []
    out: list[str] = []
    for ending, english in _COGNATE_ENDINGS:
        # A verb's root may be short ("citaron": "cit" -> "cited"); a noun's or adjective's not.
        shortest = 3 if "ed" in english else 4
        if token.endswith(ending) and len(token) - len(ending) >= shortest:
            root = token[: -len(ending)]
            out.extend(root + e for e in english)
            break
    # Spanish writes one "s" where English doubles it after "ce": "procesaron"/"processed", "acceso"/"access".
    out += [w.replace("ces", "cess", 1) for w in out if "ces" in w and "cess" not in w]
    return [w for w in dict.fromkeys(out) if w != token]


def bigrams(toks: list[str]) -> list[str]:
    return [a + " " + b for a, b in zip(toks, toks[1:])]


def is_word(token: str) -> bool:
    """A token the spelling corrector may touch: letters only, long enough to misspell."""
    return len(token) >= 3 and token.isalpha()


def compile_synonyms(synonyms: dict[str, list[str]] | None) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """term -> expansions, as token tuples keyed by the term's first token.

    Each expansion contributes its tokens and its own bigrams, so a multi-word
    expansion ("auto parts") matches the phrase, not just the words.
    """
    table: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for term, expansions in (synonyms or {}).items():
        term_toks = tuple(tokens(term))
        if not term_toks:
            continue  # a term made of stop words would fire on every question
        feats: list[str] = []
        for phrase in expansions:
            toks = tokens(phrase)
            feats.extend(toks + bigrams(toks))
        feats = [f for f in dict.fromkeys(feats) if f not in term_toks]
        if feats:
            table.setdefault(term_toks[0], []).append((term_toks, tuple(feats)))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase first
    return table


def expand(toks: list[str], table: dict) -> tuple[list[str], dict[str, list[str]]]:
    """Features the synonyms add for `toks`, and which terms fired (for explain())."""
    if not table:
        return [], {}
    extra: list[str] = []
    fired: dict[str, list[str]] = {}
    for i, tok in enumerate(toks):
        for term, feats in table.get(tok, ()):
            if tuple(toks[i : i + len(term)]) == term:
                extra.extend(feats)
                fired[" ".join(term)] = list(feats)
    return extra, fired
