"""Which FAQ does a question ask? A model trained on the FAQs' phrasings at index build.

Examples are content: every phrasing of an FAQ (English and Spanish, admin-editable)
is an example of that FAQ, and so is every content.Example asking it (questions
in the words people use, which train the models but stay out of the search); the figure questions and the out-of-scope examples of
content.Example are two more classes ("a figure", "not ours"), so a question
that is neither is not forced onto the nearest FAQ. A logistic
regression per class (one against the rest) over the retriever's own TF-IDF
features (the vector a search already computed), normalised over the classes,
gives P(FAQ | question).

Why a model beside the search: the search scores a question by its closest
phrasing, and a question told as a story ("We're a small candle company and our
logo is registered in 3 classes... what would the total fee come to?") shares few
of its words with any one phrasing, so every similarity is diluted. The model
weighs words by how well they tell FAQs apart ("fee", "record" point to the
recordation fee; "candle", "company" to none), and its softmax is not diluted by
words that speak for no class. The FAQ strategy takes the model's probability as
the FAQ's similarity when it is higher (strategies/faq.py); coverage still
guards against an FAQ that speaks to one word of the question.

How its confidence was checked: five-fold cross-validation on the phrasings
(docs/assistant.md, "The FAQ model"): held-out accuracy rises with the
probability, which is what the bar in bars.INTENTS relies on.
"""
import warnings

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier

FIGURE = "__statistic"
PRUNE = 0.01  # a weight this small moves a logit by at most ~0.01 for a unit-length question
OUT_OF_SCOPE = "__out_of_scope"


class IntentModel:
    """P(class | question) for every FAQ (by primary key) and the two non-FAQ classes.
    Immutable once trained; safe to share between threads."""

    def __init__(self, classes: list, coef: np.ndarray, intercept: np.ndarray, rows: np.ndarray, trained_on: int):
        self.classes = classes  # FAQ primary keys, FIGURE, OUT_OF_SCOPE
        self.coef = coef  # (features used in training, classes), sparse: weights under PRUNE dropped
        self.intercept = intercept
        self.rows = rows  # retriever column -> row of coef, -1 for a feature no example had
        self.trained_on = trained_on

    def probabilities(self, cols: np.ndarray, weights: np.ndarray) -> np.ndarray:
        """P(class) for a query vector given as retriever columns and their (unit-length) weights."""
        logits = self.intercept.astype(np.float64)
        if len(cols):
            rows = self.rows[cols]
            keep = rows >= 0
            # A question has a dozen features: adding their few non-zero weights row by row costs a
            # tenth of slicing the sparse matrix (which builds a new one per question).
            indptr, indices, data = self.coef.indptr, self.coef.indices, self.coef.data
            for row, weight in zip(rows[keep], weights[keep]):
                start, end = indptr[row], indptr[row + 1]
                logits[indices[start:end]] += float(weight) * data[start:end]
        p = 1.0 / (1.0 + np.exp(-logits))
        return p / p.sum()

    def p_out_of_scope(self, cols: np.ndarray, weights: np.ndarray) -> float:
        """P(not ours) among every class."""
        return self.out_of(self.probabilities(cols, weights))

    def out_of(self, p: np.ndarray) -> float:
        """P(not ours) from probabilities() already computed."""
        return float(p[self.classes.index(OUT_OF_SCOPE)])

    def top(self, cols: np.ndarray, weights: np.ndarray, n: int = 3, in_scope: bool = False) -> list[tuple[object, float]]:
        """The n most probable classes, most probable first, as (class, probability).
        in_scope: given that the question is in scope (the scope model says so), the other classes'
        probabilities renormalised without "not ours"."""
        return self.ranked(self.probabilities(cols, weights), n, in_scope)

    def ranked(self, p: np.ndarray, n: int = 3, in_scope: bool = False) -> list[tuple[object, float]]:
        """top() from probabilities() already computed."""
        order = np.argsort(-p)
        if in_scope and OUT_OF_SCOPE in self.classes:
            out = self.classes.index(OUT_OF_SCOPE)
            p = p / ((1.0 - p[out]) or 1.0)
            order = order[order != out]
        order = order[:n]
        return [(self.classes[i], float(p[i])) for i in order]


def train(rows: list[tuple[np.ndarray, np.ndarray]], labels: list, columns: int, regularization: float,
          ignored: np.ndarray | None = None) -> IntentModel | None:
    """Fit on query vectors (retriever columns, weights) and their classes; None with fewer than two
    classes. `ignored`: columns no class learns from (and a question's are left unread)."""
    if len(set(labels)) < 2:
        return None
    indptr = np.cumsum([0] + [len(c) for c, _ in rows])
    indices = np.concatenate([c for c, _ in rows]).astype(np.int64) if rows else np.zeros(0, np.int64)
    data = np.concatenate([w for _, w in rows]).astype(np.float64) if rows else np.zeros(0)
    X = csr_matrix((data, indices, indptr), shape=(len(rows), columns))
    used = np.unique(X.indices)
    if ignored is not None and len(ignored):
        used = np.setdiff1d(used, ignored)
    X = X[:, used]
    classes = sorted(set(labels), key=str)
    y = np.array([classes.index(label) for label in labels])
    # One against the rest with liblinear: 1.2 s on the shipped content where a multinomial fit
    # (lbfgs) took 2-9 s, and its held-out confidence follows its accuracy more closely (see the
    # module docstring).
    model = OneVsRestClassifier(LogisticRegression(C=regularization, solver="liblinear"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(X, y)
    coef = np.vstack([e.coef_[0] for e in model.estimators_]).T.astype(np.float32)
    # Most weights are near zero (92% under 0.05 on the shipped content); kept dense they made the
    # model 7.7 MB of a 12.7 MB index, which every web process loads on each new version.
    coef[np.abs(coef) < PRUNE] = 0.0
    coef = csr_matrix(coef)
    intercept = np.array([e.intercept_[0] for e in model.estimators_], dtype=np.float32)
    lookup = np.full(columns, -1, dtype=np.int64)
    lookup[used] = np.arange(len(used))
    found = [classes[i] for i in model.classes_]
    return IntentModel(found, coef, intercept, lookup, len(rows))
