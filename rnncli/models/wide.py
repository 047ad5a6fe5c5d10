"""The classifier's wide path: a linear model over the text's character n-grams, fitted exactly.

A text becomes a vector of hashed character 1..N-grams (within words padded by a space on each side, as
``char_wb`` n-grams are), each count c weighted 1 + log c times the n-gram's inverse document frequency
in the training texts, the vector scaled to length 1 (sublinear tf-idf). A linear support vector
machine over those vectors (scikit-learn's LinearSVC: liblinear's exact solver of the L2-regularised
squared hinge loss, one label against the rest) gives each label a score; its regularisation is the
one of ``C_GRID`` that scores best on the dev texts.

The RNN learns on its own (cross-entropy, as without the wide path); a prediction adds the two,
``log_softmax(rnn logits) + scale * wide scores``, with the scale the one of ``SCALES`` that scores best
on the dev texts (chosen again at each evaluation, kept in the checkpoint). This is the wide-and-deep
arrangement with the two halves fitted apart: the linear model over n-grams is the strongest simple
text classifier there is (stronger than naive Bayes over the same n-grams on every data set of
``python -m benchmarks clf-quality``), and the RNN adds what the order of the characters says beyond
them. ``--wide 0`` gives the RNN alone.

Also tried (benchmarks/RESULTS.md): the RNN trained on the sum with the SVM's out-of-fold scores of
the training texts (stacking) scored below this on the bundled language identification.

Why fitted and not trained with the RNN: a linear model over hundreds of thousands of sparse features
trained by Adam beside the RNN overfits long texts and under-trains short ones in the minutes a run has
(benchmarks/RESULTS.md, "clf-quality"); liblinear reaches the regularised optimum in seconds.
"""

from __future__ import annotations

import numpy as np

C_GRID = (0.3, 1.0)  # the SVM's regularisation candidates (inverse strength), chosen on dev
SCALES = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0)  # the wide scores' weights tried on dev


def vectorizer(orders: int, buckets: int):
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb", ngram_range=(1, orders), n_features=buckets, alternate_sign=False, norm=None
    )


def counts(texts: list[str], orders: int, buckets: int):
    """The hashed n-gram counts of each text (a sparse N x buckets matrix)."""
    return vectorizer(orders, buckets).transform(texts)


def inverse_document_frequency(train_counts, buckets: int) -> np.ndarray:
    """Smoothed idf of each bucket over the training texts: log((1 + N) / (1 + df)) + 1."""
    df = np.bincount(train_counts.indices, minlength=buckets)
    n = train_counts.shape[0]
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


def weigh(m, idf: np.ndarray):
    """Counts to unit-length sublinear tf-idf vectors (a new sparse matrix)."""
    from sklearn.preprocessing import normalize

    m = m.astype(np.float32, copy=True).tocsr()
    m.data = 1.0 + np.log(m.data)
    m = m.multiply(idf[None, :]).tocsr()
    return normalize(m)


def svm(x, y: np.ndarray, c: float, labels: int) -> tuple[np.ndarray, np.ndarray]:
    """A linear SVM's weights (buckets x labels) and bias (labels,) fitted on x, y."""
    from sklearn.svm import LinearSVC

    return _full(LinearSVC(C=c, random_state=0, max_iter=2000).fit(x, y), labels, x.shape[1])


def fit(
    train_x, train_y: np.ndarray, dev_x, dev_y: np.ndarray, labels: int, log
) -> tuple[np.ndarray, np.ndarray, float]:
    """The linear SVM whose C scores best on dev: its weights, bias and C."""
    best = None
    for c in C_GRID:
        weight, bias = svm(train_x, train_y, c, labels)
        acc = float((np.asarray(dev_x @ weight + bias).argmax(1) == dev_y).mean()) if len(dev_y) else 0.0
        log(f"wide path: linear SVM over character n-grams, C {c}: dev accuracy {acc:.2%}")
        if best is None or acc > best[0]:
            best = (acc, weight, bias, c)
    return best[1], best[2], best[3]


def best_scale(rnn_logp: np.ndarray, wide: np.ndarray, targets: np.ndarray) -> float:
    """The weight of the wide scores beside the RNN's log-probabilities that gives the best dev accuracy
    (the smallest of equals)."""
    best = (-1.0, 0.0)
    for scale in SCALES:
        acc = float(((rnn_logp + scale * wide).argmax(1) == targets).mean()) if len(targets) else 0.0
        if acc > best[0]:
            best = (acc, scale)
    return best[1]


def _full(svm, labels: int, buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """The SVM's scores for every label in order (a label missing from the training data never wins;
    with two labels liblinear keeps one score, the second label's, and the first's is its negative)."""
    weight = np.zeros((buckets, labels), dtype=np.float32)
    bias = np.full(labels, -1e4, dtype=np.float32)
    classes = [int(c) for c in svm.classes_]
    coef, icpt = np.asarray(svm.coef_, dtype=np.float32), np.asarray(svm.intercept_, dtype=np.float32)
    if len(classes) == 2:
        coef, icpt = np.concatenate([-coef, coef]), np.concatenate([-icpt, icpt])
    for row, c in enumerate(classes):
        weight[:, c], bias[c] = coef[row], icpt[row]
    return weight, bias
