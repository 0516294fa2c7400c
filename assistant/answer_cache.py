"""A small per-process memory of recent answers, for the chat's hot path.

After a news story many visitors ask the very same question, and the widget's
suggestion chips send the very same strings, so the same (question, context)
pair comes back again and again. Answering is a pure function of the question,
the conversation's context, the served index and the fallback threshold, so an
answer can be reused for as long as all four are unchanged: the key holds the
question, the context and the threshold, and each served index (a Knowledge
object, replaced whole when a new build is loaded) has its own memory, which
goes with it.

Only questions that redaction leaves untouched are kept, so no email, phone
number or SSN a visitor typed stays in memory after the request (privacy
notice). Size: settings.ANSWER_CACHE_SIZE entries per process (0 turns it off).
"""
import json
import threading
import weakref
from collections import OrderedDict
from dataclasses import replace

from django.conf import settings

from assistant.answering.engine import answer
from assistant.answering.reply import Answer
from assistant.answering.engine import current_index, threshold


class _Lru:
    def __init__(self, size: int):
        self.size = size
        self.items: OrderedDict[tuple, Answer] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple) -> Answer | None:
        with self.lock:
            found = self.items.get(key)
            if found is not None:
                self.items.move_to_end(key)
            return found

    def put(self, key: tuple, value: Answer) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


_lock = threading.Lock()
_by_index: "weakref.WeakKeyDictionary[object, _Lru]" = weakref.WeakKeyDictionary()
stats = {"hits": 0, "misses": 0}  # for bench/load.py and the tests; not exact under threads


def _memory(index) -> _Lru | None:
    size = int(getattr(settings, "ANSWER_CACHE_SIZE", 0))
    if size <= 0:
        return None
    memory = _by_index.get(index)
    if memory is None or memory.size != size:
        with _lock:
            memory = _by_index.get(index)
            if memory is None or memory.size != size:
                memory = _Lru(size)
                _by_index[index] = memory
    return memory


def cached_answer(message: str, context: dict, redacted: str, language: str = "") -> Answer:
    """answer(message, context, language), reused when the same question was answered before.

    `redacted` is redact(message): a question it changed is answered afresh and
    not remembered. The Answer returned may be shared: callers must not modify it.
    """
    index = current_index()
    memory = _memory(index) if redacted == message else None
    if memory is None:
        return answer(message, context, index=index, language=language)
    key = (message, json.dumps(context, sort_keys=True, default=str), threshold(), language)
    found = memory.get(key)
    if found is not None:
        stats["hits"] += 1
        return found
    stats["misses"] += 1
    result = answer(message, context, index=index, language=language)
    # A shallow copy, so the caller's Answer and the remembered one are separate objects.
    memory.put(key, replace(result))
    return result


def clear() -> None:
    """Forget every remembered answer (tests)."""
    with _lock:
        _by_index.clear()
    stats.update(hits=0, misses=0)
