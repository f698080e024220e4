"""The confidence model: its file matches the extractor, training is deterministic, and the real
pipeline's confidences are probabilities that follow what the model learned on dev."""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import pathlib

import numpy as np
import pyarrow.parquet as pq
import pytest

from extractor import confidence
from extractor.events import find_events

REPO = pathlib.Path(__file__).resolve().parents[1]

PLAIN = "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday."
HEDGED = (
    "Kenyan President William Ruto reportedly met Ghanaian President John Mahama in Nairobi on Monday, "
    "a local newspaper said."
)
STATES_REPORTED = "Kenya supports Ghana's bid for a seat on the council, the ministry said."


def _spec() -> dict:
    return json.loads((REPO / "extractor" / "data" / confidence.MODEL_FILE).read_text(encoding="utf-8"))


def test_model_file_names_the_features_the_extractor_computes():
    spec = _spec()
    assert spec["features"] == list(confidence.FEATURES)
    assert len(spec["weights"]) == len(confidence.FEATURES)
    assert confidence.load().weights == spec["weights"]


def test_model_was_trained_on_the_current_dev_set():
    digest = hashlib.sha256((REPO / "eval" / "dev.jsonl").read_bytes()).hexdigest()
    assert _spec()["training"]["gold_sha256"] == digest, "eval/dev.jsonl changed: retrain (make train)"


def test_a_model_of_other_features_is_refused():
    names = list(reversed(confidence.FEATURES))
    with pytest.raises(ValueError, match="make train"):
        confidence.Model({"features": names, "intercept": 0.0, "weights": [0.0] * len(names)})


def test_fit_is_deterministic_and_reaches_the_penalised_optimum():
    from pipelines.train_confidence import fit

    # feature 0 comes with misses more often than not; feature 1 with hits; feature 2 is noise
    x = np.array([[1, 0, 1], [1, 0, 0], [1, 1, 1], [0, 1, 0], [0, 1, 1], [0, 0, 0], [1, 0, 1], [0, 1, 0]], float)
    y = np.array([0, 0, 1, 1, 1, 1, 1, 0], float)
    first, second = fit(x, y, l2=1.0), fit(x, y, l2=1.0)
    assert first == second
    intercept, weights = first
    w = np.array([intercept, *weights])
    a = np.hstack([np.ones((len(x), 1)), x])
    p = 1 / (1 + np.exp(-(a @ w)))
    gradient = a.T @ (p - y) + np.array([0.0, 1.0, 1.0, 1.0]) * w
    assert np.abs(gradient).max() < 1e-9
    assert weights[0] < 0 < weights[1]
    assert abs(fit(x, y, l2=100.0)[1][1]) < abs(weights[1])  # a stronger penalty shrinks


def test_a_toy_gold_set_is_labelled_by_the_scoring_rules_and_trains_deterministically(nlp, tmp_path):
    from pipelines.train_confidence import extract, model_spec

    meeting = {
        "type": "MEETING",
        "actors": [
            {"name": "William Ruto", "kind": "person", "role": "participant", "country": "KEN"},
            {"name": "John Mahama", "kind": "person", "role": "participant", "country": "GHA"},
        ],
        "venue": {"place": "Nairobi", "country": "KEN", "occasion": None},
        "date": "2024-03-04",
    }
    gold = [
        # the support statement is not in this gold: the extractor's event of it is a false one
        {"id": "t1", "published": "2024-03-06", "text": f"{PLAIN} {STATES_REPORTED}", "events": [meeting]},
        {"id": "t2", "published": "2024-03-06", "text": "Oil prices slipped on Monday.", "events": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold), encoding="utf-8")
    examples = extract(gold, nlp)
    assert sorted((e.event_type, e.label) for e in examples) == [("MEETING", 1), ("SUPPORT_STATEMENT", 0)]
    first = model_spec(examples, str(path), len(gold))
    second = model_spec(extract(gold, nlp), str(path), len(gold))
    assert first["weights"] == second["weights"] and first["intercept"] == second["intercept"]
    assert first["features"] == list(confidence.FEATURES)
    assert first["training"]["events"] == 2 and first["training"]["matched"] == 1


def test_features_read_what_the_sentence_says(nlp):
    day = dt.date(2024, 3, 6)
    plain = confidence.feature_values(find_events(nlp(PLAIN), day)[0])
    hedged = confidence.feature_values(find_events(nlp(HEDGED), day)[0])
    assert plain["venue"] and plain["dated"] and not plain["reported"] and not plain["hedged"]
    assert hedged["reported"] and hedged["hedged"]
    states = confidence.feature_values(find_events(nlp(STATES_REPORTED), day)[0])
    assert states["support"] and states["no_person"] and states["reported"]
    assert not plain["no_person"] and not plain["support"]
    told_before = find_events(nlp("Kenyan President William Ruto arrived on Monday. He met John Mahama."), day)
    assert confidence.feature_values(told_before[0])["short_reference"]


def test_pipeline_confidences_are_probabilities_that_follow_the_learned_signals(tmp_path):
    from pipelines.extract_events import run

    articles = [("plain", PLAIN), ("hedged", HEDGED), ("states", STATES_REPORTED)]
    feed = tmp_path / "in.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": i, "text": t, "published": "2024-03-06"}) + "\n" for i, t in articles),
        encoding="utf-8",
    )
    run(["--input", str(feed), "--output", str(tmp_path / "out"), "--formats", "parquet"])
    rows = [r for f in glob.glob(str(tmp_path / "out" / "events" / "*.parquet")) for r in pq.read_table(f).to_pylist()]
    by_article = {r["article_id"]: r["confidence"] for r in rows}
    assert sorted(by_article) == ["hedged", "plain", "states"]
    assert all(0.0 <= c <= 1.0 for c in by_article.values())
    # dev taught the model that reported, hedged and state-only statements are wrong more often
    assert by_article["hedged"] < by_article["plain"]
    assert by_article["states"] < by_article["hedged"]


def test_cross_validation_reports_rank_held_out_events():
    from pipelines.train_confidence import auc, band_lines

    assert auc([0.9, 0.2, 0.6], [1, 0, 1]) == 1.0
    assert auc([0.5, 0.5], [1, 0]) == 0.5
    assert auc([0.2, 0.9], [1, 0]) == 0.0
    lines = band_lines([0.3, 0.95, 0.9, 0.6], [0, 1, 0, 1])
    assert "precision 0.000 of 1 events" in lines[1] and "precision 0.500 of 2 events" in lines[4]
