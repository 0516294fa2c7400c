"""Group unanswered and badly rated questions into FAQ suggestions for staff.

Questions the assistant fell back on, and questions whose answer was rated not
helpful, are normalised and clustered by TF-IDF cosine similarity (word and
character n-grams, so typos and word order matter little; questions whose
similarity is at least THRESHOLD, directly or through others, form one group).
Each group becomes or updates one content.FAQSuggestion per source.

Idempotent: a run recounts the groups from the logs that exist and matches them
to existing suggestions, so running twice changes nothing and never duplicates.
Counts never go down: retention deleting old logs does not erase a suggestion's
history, and dismissed or done suggestions keep their status.
"""
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from assistant.models import ChatLog
from content.models import FAQSuggestion

THRESHOLD = 0.5
MAX_QUESTIONS = 5000  # most recent; enough to see what people keep asking
MAX_EXAMPLES = 10
FALLBACK, FEEDBACK = "fallback", "negative feedback"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"\[(email|phone|ssn|card|address)\]", " ", text)  # redaction placeholders
    return " ".join(re.findall(r"[a-z0-9$%]+", text))


@dataclass
class Group:
    texts: Counter = field(default_factory=Counter)  # normalised text -> occurrences
    originals: dict = field(default_factory=dict)  # normalised text -> a question as typed (redacted)
    first_seen: object = None
    last_seen: object = None

    @property
    def occurrences(self) -> int:
        return sum(self.texts.values())

    def question(self) -> str:
        # The most frequent wording; ties go to the shortest, then alphabetical.
        best = min(self.texts, key=lambda t: (-self.texts[t], len(t), t))
        return self.originals[best][:300]

    def examples(self) -> list[str]:
        ranked = sorted(self.texts, key=lambda t: (-self.texts[t], t))
        return [self.originals[t][:300] for t in ranked[: MAX_EXAMPLES + 1] if self.originals[t][:300] != self.question()][:MAX_EXAMPLES]


def _vectorizer() -> FeatureUnion:
    return FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True)),
        ],
        transformer_weights={"words": 0.5 ** 0.5, "chars": 0.5 ** 0.5},  # rows stay unit length
    )


def cluster(rows: list[tuple[str, object]]) -> list[Group]:
    """rows: (question, created_at). Returns groups, largest first."""
    counts, originals, seen = Counter(), {}, defaultdict(list)
    for question, created in rows:
        norm = normalise(question)
        if len(norm) < 3:
            continue
        counts[norm] += 1
        originals.setdefault(norm, " ".join(question.split()))
        seen[norm].append(created)
    if not counts:
        return []
    texts = sorted(counts, key=lambda t: (-counts[t], t))  # frequent wordings lead
    try:
        matrix = _vectorizer().fit_transform(texts)
    except ValueError:  # only stop words: compare spelling alone
        matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True).fit_transform(texts)
    by_root: dict[int, Group] = {}
    for i, root in enumerate(_components(matrix)):
        text = texts[i]
        target = by_root.setdefault(root, Group())
        target.texts[text] = counts[text]
        target.originals[text] = originals[text]
        times = seen[text]
        target.first_seen = min([t for t in (target.first_seen, *times) if t is not None])
        target.last_seen = max([t for t in (target.last_seen, *times) if t is not None])
    groups = list(by_root.values())
    return sorted(groups, key=lambda g: -g.occurrences)


def _components(matrix, block: int = 500) -> list[int]:
    """Connected components of "cosine >= THRESHOLD" (single link, order-independent)."""
    n = matrix.shape[0]
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for start in range(0, n, block):  # blocks keep the similarity matrix small
        sims = (matrix[start : start + block] @ matrix.T).tocoo()
        close = (sims.data >= THRESHOLD) & (sims.row + start < sims.col)
        for row, col in zip(sims.row[close], sims.col[close]):
            a, b = find(start + int(row)), find(int(col))
            if a != b:
                parent[max(a, b)] = min(a, b)
    return [find(i) for i in range(n)]


def _rows(source: str) -> list[tuple[str, object]]:
    if source == FALLBACK:
        logs = ChatLog.objects.filter(kind="fallback")
    else:
        logs = ChatLog.objects.filter(feedback__helpful=False).distinct()
    return list(logs.order_by("-created_at").values_list("question", "created_at")[:MAX_QUESTIONS])


def _match(group: Group, existing: list[FAQSuggestion], taken: set[int]) -> FAQSuggestion | None:
    for suggestion in existing:
        if suggestion.pk in taken:
            continue
        known = {normalise(suggestion.question), *(normalise(e) for e in suggestion.examples or [])}
        if known & set(group.texts):
            return suggestion
    return None


@transaction.atomic
def update_source(source: str) -> dict:
    groups = cluster(_rows(source))
    existing = list(FAQSuggestion.objects.select_for_update().filter(source=source).order_by("pk"))
    taken: set[int] = set()
    created = updated = 0
    for group in groups:
        suggestion = _match(group, existing, taken)
        if suggestion is None:
            suggestion = FAQSuggestion.objects.create(
                source=source,
                question=group.question(),
                examples=group.examples(),
                occurrences=group.occurrences,
                first_seen=group.first_seen,
                last_seen=group.last_seen,
            )
            existing.append(suggestion)
            created += 1
        else:
            changes = _merge(suggestion, group)
            if changes:
                FAQSuggestion.objects.filter(pk=suggestion.pk).update(**changes)
                updated += 1
        taken.add(suggestion.pk)
    return {"groups": len(groups), "created": created, "updated": updated}


def _merge(suggestion: FAQSuggestion, group: Group) -> dict:
    examples = list(suggestion.examples or [])
    known = {normalise(suggestion.question), *(normalise(e) for e in examples)}
    for example in [group.question(), *group.examples()]:
        if len(examples) >= MAX_EXAMPLES:
            break
        if normalise(example) not in known:
            examples.append(example)
            known.add(normalise(example))
    wanted = {
        "examples": examples,
        "occurrences": max(suggestion.occurrences, group.occurrences),
        "first_seen": min(t for t in (suggestion.first_seen, group.first_seen) if t is not None),
        "last_seen": max(t for t in (suggestion.last_seen, group.last_seen) if t is not None),
    }
    return {k: v for k, v in wanted.items() if getattr(suggestion, k) != v}


def update() -> dict:
    """Refresh suggestions from fallbacks and negative feedback; returns counts per source."""
    return {source: update_source(source) for source in (FALLBACK, FEEDBACK)}
