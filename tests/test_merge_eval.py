"""Pairwise merge precision/recall of extractor/merge_eval.py on hand-made gold and merged rows."""

from __future__ import annotations

import pytest

from extractor.merge_eval import matches_from_pairs, score_merge

GOLD = [
    {"id": "a1", "events": [{"gold_id": "mtg-x"}, {"gold_id": "sup-y"}]},
    {"id": "a2", "events": [{"gold_id": "mtg-x"}, {"gold_id": "sup-y"}]},
    {"id": "a3", "events": [{"gold_id": "mtg-x"}]},
    {"id": "a4", "events": [{"gold_id": "mtg-z"}]},
]
# gold pairs: mtg-x (a1,a2) (a1,a3) (a2,a3); sup-y (a1,a2) -> 4
# event id -> the gold mention extraction matched it to
MATCHES = {
    "e1": ("a1", "mtg-x"),
    "e2": ("a2", "mtg-x"),
    "e3": ("a3", "mtg-x"),
    "e4": ("a1", "sup-y"),
    "e5": ("a2", "sup-y"),
    "e6": ("a4", "mtg-z"),
}


def test_perfect_merge_scores_one():
    matches = dict(MATCHES)
    merged = [{"event_ids": ["e1", "e2", "e3"]}, {"event_ids": ["e4", "e5"]}, {"event_ids": ["e6"]}]
    s = score_merge(GOLD, merged, matches)
    assert (s.gold, s.predicted, s.correct) == (4, 4, 4)
    assert s.precision == s.recall == s.recall_end_to_end == 1.0


def test_over_merge_lowers_precision_and_under_merge_lowers_recall():
    matches = dict(MATCHES)  # the unmatched event "fp" has no entry
    # mtg-x split in two, and a4's meeting wrongly merged with a3's; an unmatched event "fp" ignored.
    merged = [{"event_ids": ["e1", "e2"]}, {"event_ids": ["e3", "e6", "fp"]}, {"event_ids": ["e4", "e5"]}]
    s = score_merge(GOLD, merged, matches)
    assert s.predicted == 3 and s.correct == 2
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 4)
    assert s.wrong_pairs == [(("a3", "mtg-x"), ("a4", "mtg-z"))]
    assert len(s.missed_pairs) == 2


def test_recall_given_extraction_leaves_out_pairs_with_an_unextracted_mention():
    matches = {"e1": ("a1", "mtg-x"), "e2": ("a2", "mtg-x")}  # a3's mention and sup-y never extracted
    s = score_merge(GOLD, [{"event_ids": ["e1", "e2"]}], matches)
    assert (s.gold_extracted, s.correct) == (1, 1)
    assert s.recall == 1.0 and s.recall_end_to_end == pytest.approx(1 / 4)
    assert "precision 1.000" in s.summary()


def test_no_pairs_gives_none_not_a_division_error():
    s = score_merge([{"id": "a", "events": [{"gold_id": "g"}]}], [{"event_ids": ["e"]}], {"e": ("a", "g")})
    assert s.precision is None and s.recall is None and s.recall_end_to_end is None


def test_matches_from_scoring_pairs():
    pairs = [("a1", {"event_id": "e1"}, {"gold_id": "mtg-x"}), ("a2", {"event_id": "e2"}, {"gold_id": None})]
    assert matches_from_pairs(pairs) == {"e1": ("a1", "mtg-x")}
