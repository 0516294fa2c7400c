"""Find phrases in a list of words: the grammar's and the lexicon's one matcher.

A pattern is words separated by spaces, with four marks:

    (do|can|should)   one of these (an alternative may hold several words)
    [the]             optional
    ...               a gap of one to GAP words, captured (the term in "what does ... mean")
    *                 any one word

Patterns are expanded into word sequences once, when the book is built, and
looked up by their first word, so matching costs little per word. Grammar and
lexicon entries stay data: a new way of asking is a new line, not code.
"""
from dataclasses import dataclass
from itertools import product

GAP = 6
_ANY, _GAP = "*", "..."


@dataclass(frozen=True)
class Match:
    tag: str
    start: int
    end: int  # exclusive
    gap: tuple[int, int] | None = None  # the words a "..." took


def _parts(pattern: str) -> list[list[tuple[str, ...]]]:
    """'how (do|can) [i]' -> [[('how',)], [('do',), ('can',)], [('i',), ()]]."""
    out: list[list[tuple[str, ...]]] = []
    i, text = 0, pattern.strip()
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "([":
            close = text.index(")" if ch == "(" else "]", i)
            options = [tuple(o.split()) for o in text[i + 1 : close].split("|")]
            out.append(options + [()] if ch == "[" else options)
            i = close + 1
            continue
        end = i
        while end < len(text) and not text[end].isspace() and text[end] not in "([":
            end += 1
        out.append([(text[i:end],)])
        i = end
    return out


def expand(pattern: str) -> list[tuple[str, ...]]:
    """Every word sequence a pattern stands for (one starting with "..." takes the message's first words)."""
    seqs = {tuple(w for option in combo for w in option) for combo in product(*_parts(pattern))}
    return sorted(s for s in seqs if s and s[0] != _ANY and s != (_GAP,))


class Phrasebook:
    """tag -> patterns; find() gives every match, longest first at each start."""

    def __init__(self, entries: dict[str, list[str]] | None = None):
        self.first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        # sequences with "*" or "...", matched the slow way, each with the words it needs: most
        # messages lack one of them, and a set test is far cheaper than trying every gap width.
        self.marked: dict[tuple[str, ...], frozenset[str]] = {}
        self.leading: list[tuple[str, tuple[str, ...]]] = []  # patterns that start with "...": the rest, by tag
        self.leading_needs: dict[tuple[str, ...], frozenset[str]] = {}
        # (first word, second word or None for a one-word pattern or a marker second) -> patterns
        self.pairs: dict[tuple[str, str | None], list[tuple[str, tuple[str, ...]]]] = {}
        self._known: set[tuple[str, tuple[str, ...]]] = set()
        self._unordered: set[str | tuple[str, str | None]] = set()  # buckets added to since the last order()
        self._merged: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}  # one- and two-word buckets, sorted
        for tag, patterns in (entries or {}).items():
            for pattern in patterns:
                self.add(tag, pattern)
        self.order()

    def add(self, tag: str, pattern: str) -> None:
        """Add a pattern; call order() when done adding (find() does it if you forget)."""
        for seq in expand(pattern):
            if seq[0] == _GAP:
                if (tag, seq[1:]) not in self.leading:
                    self.leading.append((tag, seq[1:]))
                    self.leading_needs[seq[1:]] = _literal(seq[1:])  # "MSRP — what's that?": the term opens the message
                continue
            if (tag, seq) in self._known:
                continue
            self._known.add((tag, seq))
            self.first.setdefault(seq[0], []).append((tag, seq))
            self._unordered.add(seq[0])
            if _ANY in seq or _GAP in seq:
                self.marked[seq] = _literal(seq)
            # By the first two words too: "what" opens hundreds of patterns, "what share" a few.
            key = (seq[0], seq[1]) if len(seq) > 1 and seq[1] not in (_ANY, _GAP) else (seq[0], None)
            self.pairs.setdefault(key, []).append((tag, seq))
            self._unordered.add(key)

    def order(self) -> None:
        """Longest pattern first in every bucket, ties in the order added (a stable sort, once per bucket)."""
        for key in self._unordered:
            bucket = self.pairs[key] if isinstance(key, tuple) else self.first[key]
            bucket.sort(key=lambda entry: -len(entry[1]))
        self._unordered = set()
        self._merged = {}

    def _candidates(self, word: str, following: str | None) -> list[tuple[str, tuple[str, ...]]]:
        """The patterns that can start at word, longest first: its one-word bucket with its pair's."""
        alone = self.pairs.get((word, None), [])
        if following is None or (word, following) not in self.pairs:
            return alone
        key = (word, following)
        if key not in self._merged:
            self._merged[key] = sorted(alone + self.pairs[key], key=lambda entry: -len(entry[1]))
        return self._merged[key]

    def find(self, words: list[str], tags: set[str] | None = None) -> list[Match]:
        if self._unordered:
            self.order()
        found: list[Match] = []
        n = len(words)
        present = set(words)
        marked = self.marked
        for start, word in enumerate(words):
            if word not in self.first:
                continue
            for tag, seq in self._candidates(word, words[start + 1] if start + 1 < n else None):
                if tags is not None and tag not in tags:
                    continue
                needs = marked.get(seq)
                if needs is None:
                    end = start + len(seq)
                    if end <= n and (len(seq) == 1 or tuple(words[start:end]) == seq):
                        found.append(Match(tag, start, end))
                    continue
                if not needs <= present:
                    continue
                hit = _match(words, start, seq)
                if hit is not None:
                    found.append(Match(tag, start, hit[0], hit[1]))
        for tag, rest in self.leading:
            if (tags is not None and tag not in tags) or not self.leading_needs[rest] <= present:
                continue
            for start in range(1, min(GAP, n - 1) + 1):
                hit = _match(words, start, rest)
                if hit is not None:
                    found.append(Match(tag, 0, hit[0], (0, start)))
                    break
        return found

    def tags(self, words: list[str]) -> set[str]:
        return {m.tag for m in self.find(words)}

    def has(self, words: list[str], tag: str) -> bool:
        return bool(self.find(words, {tag}))


def vetoed(matches: list[Match]) -> list[Match]:
    """Matches less those a "tag!" match overlaps ("fell under" is no fall), and the vetoes themselves."""
    vetoes = [m for m in matches if m.tag.endswith("!")]
    out = []
    for m in matches:
        if m.tag.endswith("!"):
            continue
        if any(v.tag == m.tag + "!" and v.start <= m.start and m.end <= v.end for v in vetoes):
            continue
        out.append(m)
    return out


def _literal(seq: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in seq if w not in (_ANY, _GAP))


def _match(words: list[str], start: int, seq: tuple[str, ...]) -> tuple[int, tuple[int, int] | None] | None:
    """(end, gap) when seq matches words at start; a gap takes as few words as it can."""
    i, gap = start, None
    for k, want in enumerate(seq):
        if want == _GAP:
            rest = seq[k + 1 :]
            for width in range(1, GAP + 1):
                if i + width > len(words):
                    break
                tail = _match(words, i + width, rest) if rest else (i + width, None)
                if tail is not None:
                    return tail[0], (i, i + width)
            return None
        if i >= len(words) or (want != _ANY and words[i] != want):
            return None
        i += 1
    return i, gap
