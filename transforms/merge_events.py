"""MergeEvents: event mentions in, one ``merged_events`` row per real-world event out.

Mentions are keyed by ``extractor.merge.block_key`` (type, the parties' countries or surnames,
year), grouped, and each group is clustered by ``extractor.merge.cluster``; the rules live there,
Beam-free. The transform is windowing-agnostic: in batch the whole input is one global window; in
streaming the ``GroupByKey`` groups per window (and firing), so mentions are merged within a window.
"""

from __future__ import annotations

from collections import Counter

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas
from extractor import merge


class ClusterBlockDoFn(beam.DoFn):
    """One block of mentions to merged rows."""

    def __init__(self):
        self.merged = Metrics.counter("merge", "merged_events")
        self.multi = Metrics.counter("merge", "merged_events_with_several_articles")
        self.mentions = Metrics.distribution("merge", "mentions_per_block")

    def process(self, element):
        _key, mentions = element
        mentions = list(mentions)
        self.mentions.update(len(mentions))
        version = schemas.schema_version("merged_events")
        for members in merge.cluster(mentions):
            row = merge.merged_row(members, version)
            self.merged.inc()
            if row["n_articles"] > 1:
                self.multi.inc()
            yield row


def _surname_records(event: dict):
    """(surname, ("n", country)) for persons with a country; (surname, ("e", event_id)) for those
    without, which wait for a hint."""
    for surname, country in merge.person_surnames(event):
        yield surname, ("n", country) if country else ("e", event["event_id"])


def _hints_for_waiting(element):
    """One surname's records to (event_id, (surname, country)) for the events that lack it."""
    surname, records = element
    counts: Counter = Counter()
    waiting = set()
    for kind, value in records:
        if kind == "n":
            counts[(surname, value)] += 1
        else:
            waiting.add(value)
    hint = merge.hints_from_counts(counts).get(surname) if waiting else None
    if hint:
        for event_id in sorted(waiting):
            yield event_id, (surname, hint)


def _fill_countries(element):
    """The events of one ``event_id`` (each once, however often delivered), countries filled in."""
    _event_id, grouped = element
    hints = dict(grouped["hints"])
    unique = {merge.mention_key(e): e for e in grouped["events"]}
    for key in sorted(unique):
        yield merge.with_countries(unique[key], hints)


class MergeEvents(beam.PTransform):
    """Event rows (the events table) to merged event rows (the merged_events table).

    The same rows as ``extractor.merge.merge_all`` over the same mentions (per window). Only
    ``GroupByKey``/``CoGroupByKey`` are used (no side input), so it runs unchanged in batch and
    in streaming windows: countries are filled in by a join on surname, then mentions are keyed by
    block and each block clustered."""

    def expand(self, events):
        hints = (
            events
            | "EmitSurnames" >> beam.FlatMap(_surname_records)
            | "GroupBySurname" >> beam.GroupByKey()
            | "HintCountries" >> beam.FlatMap(_hints_for_waiting)
        )
        keyed = events | "KeyByEventId" >> beam.Map(lambda e: (e["event_id"], e))
        return (
            {"events": keyed, "hints": hints}
            | "JoinHints" >> beam.CoGroupByKey()
            | "FillCountries" >> beam.FlatMap(_fill_countries)
            | "KeyByBlock" >> beam.Map(lambda e: (merge.block_key(e), e))
            | "GroupByBlock" >> beam.GroupByKey()
            | "ClusterMentions" >> beam.ParDo(ClusterBlockDoFn())
        )
