"""Is a question about IPR enforcement at all? A model trained on examples at index build.

Examples are content: every FAQ phrasing and contact example question is an
in-scope example, and so are the figure questions of content.Example; the
out-of-scope examples (other agencies' services, shopping, weather, legal
advice beyond the content) are content.Example rows staff can extend. A
logistic regression over TF-IDF features of their tokens, plus how much of a
question the content never speaks of and whether it names IPR, gives a score;
Platt scaling on cross-validated scores turns it into a calibrated probability
(`manage.py evaluate` prints the reliability table on the corpus).

Why this shape: a linear model over the same tokens the index uses trains in
well under a second, answers in microseconds, and its weights can be read; the
two dense features carry what no example can (a word nobody ever used). A linear
model moves little for a handful of new examples, so the nearest examples vote
too: a question closer to an out-of-scope example than to any in-scope one leans
out of scope (SCOPE["neighbours"] in bars.py), which is what lets staff fix a
miss by adding three or four examples.
"""
import math
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

DENSE = ("__unknown_share__", "__anchored__", "__border__")


@dataclass
class Features:
    tokens: list[str]
    unknown_share: float  # idf-weighted share of the words the content never uses
    anchored: bool
    border: bool

    def sparse(self) -> dict[str, float]:
        # Which number a message holds ("3 fake bags", "$800", "form 1040") says nothing of its subject;
        # learnt from examples, the out-of-scope ones' "3 days" and "2 weeks" pulled stories of "3 fake
        # bags" out of scope. That a year is named does say something (a figure asked).
        toks = [t for t in self.tokens if not t.isdigit() or _year(t)]
        grams = toks + [a + " " + b for a, b in zip(toks, toks[1:])]
        counts: dict[str, float] = {}
        for g in grams:
            counts[g] = counts.get(g, 0.0) + 1.0
        return {g: 1.0 + math.log(c) for g, c in counts.items()}


def _year(tok: str) -> bool:
    return len(tok) == 4 and tok[:2] in ("19", "20")


class ScopeModel:
    """P(in scope | question). Immutable once trained; safe to share between threads."""

    def __init__(self, weights: dict[str, float], idf: dict[str, float], dense: np.ndarray, intercept: float, platt: tuple[float, float],
                 trained_on: tuple[int, int], examples: csr_matrix | None = None, labels: np.ndarray | None = None,
                 neighbours: tuple[float, float] = (0.0, 1.0)):
        self.weights = weights  # feature -> coefficient (TF-IDF features)
        self.idf = idf
        self.dense = dense  # coefficients of DENSE
        self.intercept = intercept
        self.platt = platt  # (a, b): p = sigmoid(a * score + b)
        self.trained_on = trained_on  # (in-scope examples, out-of-scope examples)
        # The examples' TF-IDF rows (unit length), stored feature by feature for the nearest-example vote.
        self.postings = None
        if examples is not None:
            by_feature = examples.T.tocsr()
            self.postings = (by_feature.indptr, by_feature.indices, by_feature.data, examples.shape[0])
        self.labels = labels  # 1 in scope, 0 out
        self.columns = {g: i for i, g in enumerate(sorted(idf))}
        self.neighbours = neighbours  # (least similarity that counts, weight of the vote)

    def score(self, f: Features) -> float:
        sparse = f.sparse()
        vec = {g: v * self.idf[g] for g, v in sparse.items() if g in self.idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        s = sum(self.weights.get(g, 0.0) * v / norm for g, v in vec.items())
        s += float(np.dot(self.dense, [f.unknown_share, float(f.anchored), float(f.border)]))
        return s + self.intercept

    def p_in(self, f: Features) -> float:
        a, b = self.platt
        p = 1.0 / (1.0 + math.exp(-(a * self.score(f) + b)))
        near = self.nearest(f)
        least, _ = self.neighbours
        if near is None or max(near) <= least:
            return p
        inside, outside = near
        # The closer the nearest example, the more it decides: at the same words, it is what staff said.
        weight = min(1.0, (max(near) - least) / (1.0 - least))
        return (1 - weight) * p + weight * inside / (inside + outside)

    def nearest(self, f: Features) -> tuple[float, float] | None:
        """(similarity of the closest in-scope example, of the closest out-of-scope one)."""
        if self.postings is None:
            return None
        vec = {self.columns[g]: v * self.idf[g] for g, v in f.sparse().items() if g in self.idf}
        if not vec:
            return None
        norm = math.sqrt(sum(v * v for v in vec.values()))
        indptr, indices, data, n = self.postings
        idx = np.concatenate([indices[indptr[c] : indptr[c + 1]] for c in vec])
        weights = np.concatenate([data[indptr[c] : indptr[c + 1]] * (v / norm) for c, v in vec.items()])
        sims = np.bincount(idx, weights=weights, minlength=n)
        inside = float(sims[self.labels == 1].max(initial=0.0))
        outside = float(sims[self.labels == 0].max(initial=0.0))
        return inside, outside

    def top_weights(self, n: int = 15) -> dict[str, list]:
        ranked = sorted(self.weights.items(), key=lambda kv: kv[1])
        return {"out": ranked[:n], "in": ranked[-n:][::-1], "dense": dict(zip(DENSE, map(float, self.dense)))}


def _matrix(features: list[Features], idf: dict[str, float], columns: dict[str, int]) -> csr_matrix:
    rows, cols, vals = [], [], []
    for i, f in enumerate(features):
        vec = {g: v * idf[g] for g, v in f.sparse().items() if g in idf}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        for g, v in vec.items():
            rows.append(i), cols.append(columns[g]), vals.append(v / norm)
        base = len(columns)
        for j, value in enumerate((f.unknown_share, float(f.anchored), float(f.border))):
            rows.append(i), cols.append(base + j), vals.append(value)
    return csr_matrix((vals, (rows, cols)), shape=(len(features), len(columns) + len(DENSE)))


def train(inside: list[Features], outside: list[Features], regularization: float,
          neighbours: tuple[float, float] = (0.0, 0.0)) -> ScopeModel:
    """Fit the model on in-scope and out-of-scope examples (both must be non-empty)."""
    features = inside + outside
    labels = np.array([1] * len(inside) + [0] * len(outside))
    df: dict[str, int] = {}
    for f in features:
        for g in f.sparse():
            df[g] = df.get(g, 0) + 1
    n = len(features)
    idf = {g: math.log((1 + n) / (1 + d)) + 1.0 for g, d in df.items()}
    columns = {g: i for i, g in enumerate(sorted(idf))}
    X = _matrix(features, idf, columns)
    # liblinear: on these few thousand sparse rows it fits in ~1/15 of lbfgs's time with the same
    # weights (2026-12-02: 0.15 s vs 2.6 s for the fit and five cross-validation fits).
    model = LogisticRegression(C=regularization, class_weight="balanced", max_iter=2000, solver="liblinear")
    model.fit(X, labels)
    folds = min(5, int(labels.sum()), int(len(labels) - labels.sum()))
    platt = (1.0, 0.0)
    if folds >= 2:
        cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
        scores = cross_val_predict(LogisticRegression(C=regularization, class_weight="balanced", max_iter=2000, solver="liblinear"), X, labels,
                                   cv=cv, method="decision_function")
        # Balanced too: the probability must not follow how many phrasings staff happened to write
        # (twice the FAQ phrasings would otherwise make every doubtful question "in scope").
        scaler = LogisticRegression(C=1e6, class_weight="balanced", max_iter=1000).fit(scores.reshape(-1, 1), labels)
        platt = (float(scaler.coef_[0][0]), float(scaler.intercept_[0]))
    coef = model.coef_[0]
    weights = {g: float(coef[i]) for g, i in columns.items() if abs(coef[i]) > 1e-9}
    sparse_part = X[:, : len(columns)].tocsr()
    return ScopeModel(weights, idf, coef[len(columns):].copy(), float(model.intercept_[0]), platt, (len(inside), len(outside)),
                      examples=sparse_part, labels=labels, neighbours=neighbours)
