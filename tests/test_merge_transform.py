"""MergeEvents under TestPipeline: the same rows as extractor.merge.merge_all, in batch and per window."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window

import schemas
from extractor import merge
from tests.test_merge_logic import mention, person, state
from transforms.merge_events import MergeEvents


def _rows():
    modi_hasina = [person("Narendra Modi", "IND"), person("Sheikh Hasina", "BGD")]
    return [
        mention("a1", modi_hasina, "2024-06-22"),
        mention("a2", [person("Modi"), person("Hasina")], "2024-06-22"),  # countries from a1
        mention("a3", [state("India", "IND"), person("Sheikh Hasina", "BGD")], None, published="2024-06-23"),
        mention("a4", modi_hasina, "2019-10-05", published="2019-10-05"),
        mention("a5", [person("Xi Jinping", "CHN"), person("Vladimir Putin", "RUS")], "2023-10-18"),
    ]


def test_merge_events_in_batch_equals_the_pure_function():
    rows = _rows()
    expected = merge.merge_all(rows, schemas.schema_version("merged_events"))
    assert sorted(r["n_articles"] for r in expected) == [1, 1, 3]
    with TestPipeline() as p:
        merged = p | beam.Create(rows) | MergeEvents()
        assert_that(merged, equal_to(expected))


def test_merge_events_merges_within_each_window_only():
    rows = _rows()
    # a1 and a2 in the first window, a3 (the same meeting) arrives in the next one.
    stamps = {"a1": 0, "a2": 10, "a3": 70, "a4": 20, "a5": 30}
    expected_first = merge.merge_all([r for r in rows if stamps[r["article_id"]] < 60], "2")
    expected_second = merge.merge_all([r for r in rows if stamps[r["article_id"]] >= 60], "2")
    with TestPipeline() as p:
        merged = (
            p
            | beam.Create(rows)
            | beam.Map(lambda r: window.TimestampedValue(r, stamps[r["article_id"]]))
            | beam.WindowInto(window.FixedWindows(60))
            | MergeEvents()
            | beam.Map(lambda r: (sorted(r["article_ids"]), r["merged_id"]))
        )
        expected = [(sorted(r["article_ids"]), r["merged_id"]) for r in expected_first + expected_second]
        assert_that(merged, equal_to(expected))
    assert [sorted(r["article_ids"]) for r in expected_second] == [["a3"]]


def test_a_redelivered_mention_counts_once():
    rows = _rows()
    expected = merge.merge_all(rows, "2")
    with TestPipeline() as p:
        merged = p | beam.Create(rows + rows[:2]) | MergeEvents()
        assert_that(merged, equal_to(expected))
    assert merge.merge_all(rows + rows[:2], "2") == expected


def test_events_sharing_an_event_id_are_both_merged():
    rows = _rows()
    twin = dict(
        rows[0], actors=[person("Narendra Modi", "IND"), person("Sheikh Hasina", "BGD"), state("Bhutan", "BTN")]
    )
    expected = merge.merge_all(rows + [twin], "2")
    assert sum(r["n_mentions"] for r in expected) == len(rows) + 1
    with TestPipeline() as p:
        assert_that(p | beam.Create(rows + [twin]) | MergeEvents(), equal_to(expected))
