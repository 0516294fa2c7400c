"""Multi-turn: read "what about FY 2020?" against the previous statistics question.

The conversation keeps the previous Frame (with the table and row it resolved
to); a follow-up changes the slots it names and keeps the others.
"""
import re

from assistant.answering.catalog import Catalog
from assistant.answering.query import Frame
from assistant.retrieval.text import fold

_CUE = re.compile(r"^\s*(and|what\s+about|how\s+about|what\s+of|same\s+(for|in)|and\s+for|and\s+in|also|now|then|ok(ay)?,?\s+(and|what\s+about|how\s+about))\b")
MAX_TOKENS = 4


def is_followup(message: str, toks: list[str], context: dict) -> bool:
    """Short, cue-led, and the previous answer was a statistic."""
    if not context or context.get("kind") != "statistic" or not context.get("frame"):
        return False
    text = fold(message)
    return bool(_CUE.search(text)) and len(toks) <= MAX_TOKENS


def merge(new: Frame, old: Frame) -> Frame:
    """`old` with whatever `new` names replaced."""
    merged = Frame.from_dict(old.to_dict())
    if new.years:
        merged.years, merged.year_given = new.years, True
    if new.measure:
        merged.measure = new.measure
    if new.rank:
        merged.rank, merged.position, merged.top_n = new.rank, new.position, new.top_n
    if new.compare:
        merged.compare = True
    elif new.years and len(new.years) == 1:
        merged.compare = False
    merged.count = merged.count or new.count
    return merged


def carry_tokens(q: dict[str, float], new_has_row: bool, old: Frame, catalog: Catalog) -> dict[str, float]:
    """Add the previous row's (and special table's) words when the follow-up names none."""
    out = dict(q)
    table = catalog.table(old.table)
    if table is None:
        return out
    if not new_has_row and old.label:
        for tok in table.labels.get(old.label, []):
            out.setdefault(tok, 1.0)
    if not any(t in q for t in table.keywords):
        for tok in table.keywords:
            out.setdefault(tok, 1.0)
    return out


def wants_table(old: Frame) -> str:
    """The table a follow-up leans towards (stats.resolve gives it a bonus)."""
    return old.table
