"""Pairwise precision and recall of the cross-article merge (Beam-free).

Inputs:

- ``gold_articles``: the gold file's lines (``eval/*.jsonl``, ANNOTATION.md shape), each
  ``{"id": ..., "events": [{..., "gold_id": ...}]}``. Events that share a ``gold_id`` across
  articles are one real-world event; a *gold mention* is ``(article id, gold_id)``.
- ``merged_rows``: rows of the ``merged_events`` table; only ``event_ids`` is read.
- ``matches``: ``event_id`` -> gold mention ``(article id, gold_id)``, for the predicted events
  the extraction scoring matched to a gold event. ``matches_from_pairs(report.pairs)`` builds it
  from ``extractor.scoring.score(...).pairs`` when the predicted events carry ``event_id``
  (``pipelines/evaluate.py``'s ``predicted_events`` does).

A *pair* is two gold mentions put together. Gold pairs: mentions with the same ``gold_id``.
Predicted pairs: mentions whose matched predicted events are in the same merged row. Predicted
events with no gold match are left out (they count against extraction precision, not the merge).

- ``precision``  = correct predicted pairs / predicted pairs;
- ``recall``     = correct predicted pairs / gold pairs whose two mentions were both extracted
  (the merge's own recall, given what extraction found);
- ``recall_end_to_end`` = correct predicted pairs / all gold pairs.

Each is ``None`` when its denominator is zero.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

Mention = tuple[str, str]  # (article id, gold_id)


def _pair(a: Mention, b: Mention) -> tuple[Mention, Mention]:
    return (a, b) if a <= b else (b, a)


def gold_pairs(gold_articles: Iterable[dict]) -> set[tuple[Mention, Mention]]:
    by_event: dict[str, set[Mention]] = {}
    for article in gold_articles:
        for event in article.get("events") or []:
            if event.get("gold_id"):
                by_event.setdefault(event["gold_id"], set()).add((article["id"], event["gold_id"]))
    return {_pair(a, b) for mentions in by_event.values() for a, b in itertools.combinations(sorted(mentions), 2)}


def predicted_pairs(merged_rows: Iterable[dict], matches: dict[str, Mention]) -> set[tuple[Mention, Mention]]:
    pairs = set()
    for row in merged_rows:
        mentions = sorted({matches[e] for e in row.get("event_ids") or [] if e in matches})
        pairs.update(_pair(a, b) for a, b in itertools.combinations(mentions, 2))
    return pairs


def matches_from_pairs(pairs: Iterable[tuple]) -> dict[str, Mention]:
    """``extractor.scoring.Report.pairs`` ((article id, predicted, gold), ...) to ``matches``."""
    return {p["event_id"]: (aid, g["gold_id"]) for aid, p, g in pairs if p.get("event_id") and g.get("gold_id")}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class MergeScore:
    predicted: int  # predicted pairs among matched mentions
    gold: int  # all gold pairs
    gold_extracted: int  # gold pairs whose two mentions were both matched
    correct: int
    precision: float | None
    recall: float | None
    recall_end_to_end: float | None
    wrong_pairs: list = field(default_factory=list)  # merged but not the same gold event
    missed_pairs: list = field(default_factory=list)  # same gold event, both extracted, not merged

    def summary(self) -> str:
        def fmt(x):
            return "n/a" if x is None else f"{x:.3f}"

        return (
            f"merge pairwise precision {fmt(self.precision)} ({self.correct}/{self.predicted}), "
            f"recall {fmt(self.recall)} ({self.correct}/{self.gold_extracted} extracted gold pairs), "
            f"end-to-end recall {fmt(self.recall_end_to_end)} ({self.correct}/{self.gold})"
        )


def score_merge(gold_articles: list[dict], merged_rows: list[dict], matches: dict[str, Mention]) -> MergeScore:
    gold = gold_pairs(gold_articles)
    predicted = predicted_pairs(merged_rows, matches)
    matched = set(matches.values())
    extracted = {p for p in gold if p[0] in matched and p[1] in matched}
    correct = predicted & gold
    return MergeScore(
        predicted=len(predicted),
        gold=len(gold),
        gold_extracted=len(extracted),
        correct=len(correct),
        precision=_ratio(len(correct), len(predicted)),
        recall=_ratio(len(correct), len(extracted)),
        recall_end_to_end=_ratio(len(correct), len(gold)),
        wrong_pairs=sorted(predicted - gold),
        missed_pairs=sorted(extracted - predicted),
    )
