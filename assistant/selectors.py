"""Reads for staff views: unanswered questions and negative feedback, grouped."""
from assistant.models import ChatLog, Feedback
from assistant.retrieval.text import tokens


def group_key(question: str) -> str:
    """Questions with the same topic words (any order, case, plural) group together."""
    return " ".join(sorted(set(tokens(question)))) or question.strip().lower()


def unanswered(limit: int = 500) -> list[dict]:
    """Recent fallback questions grouped by topic words, most frequent first."""
    groups: dict[str, dict] = {}
    for log in ChatLog.objects.filter(kind="fallback").order_by("-created_at")[:limit]:
        group = groups.setdefault(
            group_key(log.question), {"question": log.question, "count": 0, "last_seen": log.created_at, "examples": []}
        )
        group["count"] += 1
        if log.question != group["question"] and log.question not in group["examples"]:
            group["examples"].append(log.question)
    return sorted(groups.values(), key=lambda g: (-g["count"], -g["last_seen"].timestamp()))


def negative_feedback_groups(limit: int = 500) -> list[dict]:
    """Answers rated not helpful, grouped by the question's topic words."""
    groups: dict[str, dict] = {}
    rows = Feedback.objects.filter(helpful=False).select_related("log").order_by("-created_at")[:limit]
    for fb in rows:
        question = fb.log.question
        group = groups.setdefault(group_key(question), {"question": question, "count": 0, "examples": [], "comments": []})
        group["count"] += 1
        if question != group["question"] and question not in group["examples"]:
            group["examples"].append(question)
        if fb.comment:
            group["comments"].append(fb.comment)
    return sorted(groups.values(), key=lambda g: -g["count"])
