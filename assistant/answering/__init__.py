"""The answering layer: one question in, one Answer out (see docs/assistant.md).

engine.answer() understands the message once (question.py), lets every strategy
propose candidates (strategies/), and the chooser picks one (chooser.py, bars.py).
It never touches the database (knowledge.py holds everything built at index time)
and never logs: assistant/services.py stores exchanges.
"""
