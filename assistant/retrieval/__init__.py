"""Retrieval engine: `Doc`, `Hit`, `Retriever` (see docs/retrieval.md)."""
from assistant.retrieval.core import Doc, Hit, Retriever

__all__ = ["Doc", "Hit", "Retriever"]
