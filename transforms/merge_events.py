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


class CountryHintsFn(beam.CombineFn):
    """(surname, country) counts over all mentions, reduced to ``merge.hints_from_counts``."""

    def create_accumulator(self):
        return Counter()

    def add_input(self, acc, event):
        acc.update(merge.surname_countries([event]))
        return acc

    def merge_accumulators(self, accs):
        out = Counter()
        for acc in accs:
            out.update(acc)
        return out

    def extract_output(self, acc):
        return merge.hints_from_counts(acc)


class MergeEvents(beam.PTransform):
    """Event rows (the events table) to merged event rows (the merged_events table).

    Same result as ``extractor.merge.merge_all`` over the same mentions (per window)."""

    def expand(self, events):
        hints = events | "CountCountryHints" >> beam.CombineGlobally(CountryHintsFn()).without_defaults()
        return (
            events
            | "FillCountries"
            >> beam.Map(
                lambda e, h: merge.with_countries(e, h), h=beam.pvalue.AsSingleton(hints, default_value={})
            )
            | "KeyByBlock" >> beam.Map(lambda e: (merge.block_key(e), e))
            | "GroupByBlock" >> beam.GroupByKey()
            | "ClusterMentions" >> beam.ParDo(ClusterBlockDoFn())
        )
