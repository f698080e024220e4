"""ExtractEvents as a composite under TestPipeline, and its DoFn called directly."""

from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from extractor.feed import parse_json_record
from extractor.nlp import DEFAULT_MODEL
from transforms.extract_events import ExtractEvents, ExtractEventsDoFn

TEXT = (
    "Spanish Prime Minister Pedro Sanchez met Moroccan King Mohammed VI in Rabat on Wednesday. "
    "Sanchez said Spain supports Morocco's autonomy plan for the region."
)


def _article(article_id: str, text: str) -> dict:
    import json

    return parse_json_record(json.dumps({"id": article_id, "text": text, "published": "2022-04-08"}))


def test_composite_emits_events_and_one_article_row_per_article():
    articles = [_article("a1", TEXT), _article("a2", "Markets were calm on Friday as oil prices slipped.")]
    with TestPipeline() as p:
        out = p | beam.Create(articles) | ExtractEvents(DEFAULT_MODEL, batch_size=8)
        assert_that(
            out.events | "EventKeys" >> beam.Map(lambda e: (e["article_id"], e["event_type"])),
            equal_to([("a1", "MEETING"), ("a1", "SUPPORT_STATEMENT")]),
            label="CheckEvents",
        )
        assert_that(
            out.articles | "ArticleCounts" >> beam.Map(lambda a: (a["article_id"], a["n_events"])),
            equal_to([("a1", 2), ("a2", 0)]),
            label="CheckArticles",
        )
        assert_that(out.rejected, equal_to([]), label="CheckRejected")


def test_dofn_rows_are_plain_and_ids_deterministic():
    dofn = ExtractEventsDoFn(DEFAULT_MODEL)
    dofn.setup()
    batch = [_article("a1", TEXT)]
    first = [r for r in dofn.process(batch) if isinstance(r, dict)]
    second = [r for r in dofn.process(batch) if isinstance(r, dict)]
    assert first == second and first
    meeting = next(r for r in first if r["event_type"] == "MEETING")
    assert meeting["venue_place"] == "Rabat" and meeting["event_date"] == "2022-04-06"
    assert meeting["published"] == dt.date(2022, 4, 8)
    allowed = (str, int, float, list, dict, type(None), dt.date)
    for row in first:
        assert all(isinstance(v, allowed) for v in row.values()), row


def test_two_events_of_one_sentence_get_different_ids():
    text = (
        "US Secretary of State Antony Blinken met Chinese President Xi Jinping on Friday, "
        "after earlier sitting down with Chinese Foreign Minister Wang Yi."
    )
    dofn = ExtractEventsDoFn(DEFAULT_MODEL)
    dofn.setup()
    rows = [r for r in dofn.process([_article("a1", text)]) if isinstance(r, dict)]
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert len(meetings) == 2
    assert meetings[0]["evidence_start"] == meetings[1]["evidence_start"]
    assert len({r["event_id"] for r in rows}) == len(rows)


def test_batches_are_bounded_by_text_size():
    from transforms.extract_events import article_units

    short = _article("s", "Leaders met.")
    long_text = "Leaders met in Rome. " * 50_000  # about a million characters
    assert article_units(short) == 1
    assert article_units({"text": long_text, "body_start": 0}) > 64  # alone in a batch of 64 units


def test_the_launcher_builds_the_graph_without_importing_spacy():
    # workers load the model; the process that builds and submits the graph never runs one
    import subprocess
    import sys

    code = "import sys, pipelines.extract_events; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
