"""Answer strategies: each module proposes candidates for a Question with `propose(question, index)`.

engine.STRATEGIES lists them; which answer is given is decided by the candidates'
scores and bars.py, never by that order (it only breaks exact ties).
"""
