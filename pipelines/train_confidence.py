"""Train the confidence model on a gold file: ``make train``.

Runs the extractor over the gold articles as the pipeline does (the same record parsing, spaCy
model and ``find_events``), labels each extracted event 1 when it matches a gold event under
``extractor/scoring.py``'s rules and 0 when it does not, and fits a logistic regression over
``extractor.confidence.FEATURES``: L2-penalised (all weights but the intercept), Newton's method
from zero weights for a fixed number of steps, no randomness — the same gold file and extractor
give the same weights. The model file names its features and what it was trained on.

    python -m pipelines.train_confidence --gold eval/dev.jsonl --out extractor/data/confidence_model.json
    python -m pipelines.train_confidence --gold eval/dev.jsonl --cv 5    # measure only, writes nothing

``--cv K`` splits the articles into K folds (by position in the file: article i is in fold i mod K),
fits on K-1 and scores the held-out fold, and prints, for events the model never saw, precision per
confidence band (``extractor.scoring.BANDS``), a reliability table, and what dropping the events
below a threshold would do to precision, recall and F1. Train on dev only: test is for measuring.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass

import numpy as np

from extractor import confidence
from extractor.events import find_events
from extractor.feed import parse_json_record
from extractor.nlp import DEFAULT_MODEL, load_model
from extractor.scoring import BANDS, match_article
from pipelines.evaluate import as_predicted, load_gold, scoring_order

L2 = 1.0
ITERATIONS = 25
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
RELIABILITY_BINS = (0.0, 0.6, 0.75, 0.85, 0.9, 0.95, 1.01)


@dataclass
class Example:
    article_id: str
    event_type: str
    features: list[float]
    label: int


def extract(gold: list[dict], nlp, source_file: str = "gold") -> list[Example]:
    """One example per event the extractor finds in the gold articles, labelled by the scoring rules."""
    articles = [parse_json_record(json.dumps(record), source_file) for record in gold]
    texts = [a["text"][a["body_start"] :] for a in articles]
    examples = []
    for article, record, doc in zip(articles, gold, nlp.pipe(texts, batch_size=32), strict=True):
        events = find_events(
            doc,
            article["published"],
            article["dateline"],
            article["body_start"],
            article.get("dateline_date"),
            calibrated=False,
            source=article.get("source"),
        )
        pred = sorted(
            ((as_predicted({**ev.as_row(), "event_id": None}), ev) for ev in events), key=lambda p: scoring_order(p[0])
        )
        matched = {i for i, _, _ in match_article([p for p, _ in pred], record.get("events", []))}
        for i, (p, ev) in enumerate(pred):
            examples.append(Example(record["id"], p["type"], confidence.features(ev), int(i in matched)))
    return examples


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, iterations: int = ITERATIONS) -> tuple[float, list[float]]:
    """Logistic regression by Newton's method: (intercept, weights). Deterministic."""
    n, d = x.shape
    a = np.hstack([np.ones((n, 1)), x])
    penalty = np.full(d + 1, l2)
    penalty[0] = 0.0  # the intercept is not shrunk
    w = np.zeros(d + 1)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        gradient = a.T @ (p - y) + penalty * w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        w = w - np.linalg.solve(hessian, gradient)
    return float(w[0]), [float(v) for v in w[1:]]


def _matrix(examples: list[Example]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([e.features for e in examples], dtype=float), np.array([e.label for e in examples], dtype=float)


def cross_validate(examples: list[Example], folds: int, l2: float = L2) -> list[float]:
    """Held-out probability of every example, folds by article (article i of the file in fold i mod K)."""
    order = {aid: n for n, aid in enumerate(dict.fromkeys(e.article_id for e in examples))}
    fold_of = [order[e.article_id] % folds for e in examples]
    probs = [0.0] * len(examples)
    for k in range(folds):
        train = [e for e, f in zip(examples, fold_of, strict=True) if f != k]
        intercept, weights = fit(*_matrix(train), l2=l2)
        model = confidence.Model({"features": list(confidence.FEATURES), "intercept": intercept, "weights": weights})
        for i, e in enumerate(examples):
            if fold_of[i] == k:
                probs[i] = model.probability(e.features)
    return probs


def band_lines(probs: list[float], labels: list[int]) -> list[str]:
    lines = ["Precision by confidence band (held-out):"]
    for lo, hi in BANDS:
        kept = [y for p, y in zip(probs, labels, strict=True) if lo <= p < hi]
        prec = f"precision {sum(kept) / len(kept):.3f}" if kept else "no events"
        lines.append(f"  [{lo:.2f}, {min(hi, 1.0):.2f}]  {prec} of {len(kept)} events")
    return lines


def reliability_lines(probs: list[float], labels: list[int]) -> list[str]:
    lines = ["Reliability (held-out): mean confidence against the share that matched gold"]
    lines.append("  bin           n  mean p  matched")
    for lo, hi in zip(RELIABILITY_BINS, RELIABILITY_BINS[1:], strict=False):
        ps = [(p, y) for p, y in zip(probs, labels, strict=True) if lo <= p < hi]
        if ps:
            mean_p = sum(p for p, _ in ps) / len(ps)
            rate = sum(y for _, y in ps) / len(ps)
            lines.append(f"  [{lo:.2f}, {min(hi, 1.0):.2f})  {len(ps):>4}  {mean_p:.3f}   {rate:.3f}")
    n = len(labels)
    brier = sum((p - y) ** 2 for p, y in zip(probs, labels, strict=True)) / n
    logloss = -sum(np.log(p if y else 1 - p) for p, y in zip(probs, labels, strict=True)) / n
    base = sum(labels) / n
    lines.append(f"  Brier {brier:.4f} (a constant {base:.3f} scores {base * (1 - base):.4f}); log loss {logloss:.4f}")
    lines.append(f"  AUC {auc(probs, labels):.3f} (the chance a matched event ranks above a false one)")
    return lines


def auc(probs: list[float], labels: list[int]) -> float:
    hits = [p for p, y in zip(probs, labels, strict=True) if y]
    misses = [p for p, y in zip(probs, labels, strict=True) if not y]
    if not hits or not misses:
        return float("nan")
    wins = sum((h > m) + 0.5 * (h == m) for h in hits for m in misses)
    return wins / (len(hits) * len(misses))


def threshold_lines(probs: list[float], labels: list[int], n_gold: int) -> list[str]:
    lines = ["Dropping events below a threshold (held-out):", "  threshold  kept   tp   fp      P      R     F1"]
    for t in (0.0, *THRESHOLDS):
        kept = [y for p, y in zip(probs, labels, strict=True) if p >= t]
        tp = sum(kept)
        fp = len(kept) - tp
        prec = tp / len(kept) if kept else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        lines.append(f"  {t:>9.2f} {len(kept):>5} {tp:>4} {fp:>4} {prec:>6.3f} {rec:>6.3f} {f1:>6.3f}")
    return lines


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def model_spec(
    examples: list[Example], gold_path: str, n_articles: int, l2: float = L2, iterations: int = ITERATIONS
) -> dict:
    intercept, weights = fit(*_matrix(examples), l2=l2, iterations=iterations)
    with open(gold_path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    return {
        "_doc": "Confidence model of extractor/confidence.py: P(event matches gold) = sigmoid(intercept + "
        "weights . features). Written by `make train` (pipelines/train_confidence.py); do not edit by hand.",
        "features": list(confidence.FEATURES),
        "intercept": intercept,
        "weights": weights,
        "training": {
            "gold": gold_path,
            "gold_sha256": digest,
            "extractor_commit": _commit(),
            "l2": l2,
            "newton_iterations": iterations,
            "articles": n_articles,
            "events": len(examples),
            "matched": sum(e.label for e in examples),
        },
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="eval/dev.jsonl", help="Gold JSON Lines file to train on (dev only).")
    parser.add_argument("--out", default=None, help="Write the model here (extractor/data/confidence_model.json).")
    parser.add_argument("--cv", type=int, default=0, help="Also measure by K-fold cross-validation over articles.")
    parser.add_argument("--l2", type=float, default=L2, help="L2 penalty on the weights (not the intercept).")
    parser.add_argument("--spacy_model", default=DEFAULT_MODEL, help="spaCy pipeline package.")
    args = parser.parse_args(argv)
    if not args.out and not args.cv:
        parser.error("give --out, --cv K, or both")
    gold = load_gold(args.gold)
    examples = extract(gold, load_model(args.spacy_model), args.gold)
    labels = [e.label for e in examples]
    n_gold = sum(len(r.get("events", [])) for r in gold)
    print(f"{args.gold}: {len(gold)} articles, {n_gold} gold events, {len(examples)} extracted, {sum(labels)} matched")
    if args.cv:
        probs = cross_validate(examples, args.cv, args.l2)
        print(f"\n{args.cv}-fold cross-validation by article, L2 {args.l2}")
        for line in band_lines(probs, labels) + [""] + reliability_lines(probs, labels):
            print(line)
        print()
        for line in threshold_lines(probs, labels, n_gold):
            print(line)
    if args.out:
        spec = model_spec(examples, args.gold, len(gold), args.l2)
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(spec, f, indent=2)
            f.write("\n")
        print(f"\nwrote {args.out}")
        for name, w in sorted(zip(spec["features"], spec["weights"], strict=True), key=lambda p: p[1]):
            print(f"  {name:<18}{w:+.3f}")
        print(f"  {'(intercept)':<18}{spec['intercept']:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
