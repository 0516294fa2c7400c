"""Greetings, thanks and "who are you": short friendly replies; the conversation keeps its subject."""
from assistant.answering import messages
from assistant.answering.candidate import Candidate
from assistant.answering.reply import Answer


def propose(q, index) -> list[Candidate]:
    if not q.smalltalk:
        return []
    return [Candidate("smalltalk", 1.0, "smalltalk", [f"a message that is only '{q.smalltalk}'"], lambda: _answer(q))]


def _answer(q) -> Answer:
    return Answer(
        text=messages.say("talk." + q.smalltalk, q.language),
        kind="smalltalk",
        confidence=1.0,
        suggestions=messages.starters(q.language)[:3],
        context={"subject": q.subject} if q.subject else {},
    )
