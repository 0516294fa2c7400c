"""The answering layer: one question in, one Answer out (see docs/assistant.md).

answer() never touches the database for content (the index and the statistics
catalog are in memory) and never logs: services.py stores exchanges.
"""
from assistant.answering.engine import answer
from assistant.answering.reply import Answer

__all__ = ["Answer", "answer"]
