"""Measure extraction accuracy against a gold file: ``make eval [GOLD=eval/dev.jsonl]``.

Runs the real pipeline on the gold articles (a gold file is a valid JSON Lines
input: its ``events`` field is ignored on the way in), reads the events table
back, and prints per type and overall precision, recall and F1 of events; on
matched events actor F1 and venue, date and project accuracy; precision by
confidence band; then the misses and false events with their evidence.
Matching rules: ``extractor/scoring.py``.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import tempfile

import pyarrow.parquet as pq

from extractor.merge_eval import matches_from_pairs, score_merge
from extractor.scoring import BANDS, score


def load_gold(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def as_predicted(row: dict) -> dict:
    """An events-table row shaped like a gold event, for ``extractor.scoring.score``."""
    return {
        "type": row["event_type"],
        "actors": row["actors"],
        "venue": {
            "place": row["venue_place"],
            "country": row["venue_country"],
            "occasion": row["venue_occasion"],
        }
        if row["venue_place"] or row["venue_occasion"]
        else None,
        "date": row["event_date"],
        "project": row["project"],
        "topic": row["topic"],
        "evidence": row["evidence"],
        "confidence": row["confidence"],
        "event_id": row.get("event_id"),
    }


def scoring_order(event: dict) -> tuple:
    """The order an article's events are matched in (matching is greedy, so the order is fixed)."""
    return (event["evidence"], event["type"])


def predicted_events(output: str) -> dict[str, list[dict]]:
    files = sorted(glob.glob(os.path.join(output, "events", "*.parquet")))
    by_article: dict[str, list[dict]] = {}
    for path in files:
        for row in pq.read_table(path).to_pylist():
            by_article.setdefault(row["article_id"], []).append(as_predicted(row))
    for events in by_article.values():
        events.sort(key=scoring_order)
    return by_article


def merged_rows(output: str) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(output, "merged_events", "**", "*.parquet"), recursive=True)):
        rows += pq.read_table(path, columns=["event_ids"]).to_pylist()
    return rows


def run_pipeline(gold_path: str, output: str, extra_args: list[str]) -> None:
    from pipelines.extract_events import run

    run(["--input", gold_path, "--output", output, *extra_args])


def _pct(values: list[bool | float]) -> str:
    return f"{sum(values) / len(values):.3f} (n={len(values)})" if values else "n/a"


def _actors(actors: list[dict]) -> str:
    return "; ".join(f"{a['name']} [{a.get('role')}, {a.get('country')}]" for a in actors)


def format_report(report, gold_name: str, details: bool = True, merge=None) -> str:
    lines = [
        f"Evaluation on {gold_name}",
        "",
        f"{'type':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}",
    ]
    for t in sorted(report.by_type):
        tally = report.by_type[t]
        p, r, f = tally.prf()
        lines.append(f"{t:<20}{p:>7.3f}{r:>7.3f}{f:>7.3f}{tally.tp:>5}{tally.fp:>5}{tally.fn:>5}")
    p, r, f = report.overall.prf()
    o = report.overall
    lines.append(f"{'overall':<20}{p:>7.3f}{r:>7.3f}{f:>7.3f}{o.tp:>5}{o.fp:>5}{o.fn:>5}")
    lines += [
        "",
        "On matched events:",
        f"  actor F1          {_pct(report.actor_f1)}",
        f"  venue accuracy    {_pct(report.venue)}",
        f"  date accuracy     {_pct(report.date)}",
        f"  project accuracy  {_pct(report.project)}",
        f"  person's state    {_pct(report.person_state)}  (a person actor's ISO3 against the gold actor's)",
        "",
        "One row per real-world event across articles (merged_events/):",
        f"  {merge.summary() if merge is not None else 'not computed'}",
        "",
        "Precision by confidence band (a calibrated confidence has precision near its mean):",
    ]
    for lo, hi in BANDS:
        tally = report.bands.get((lo, hi))
        if tally is None:
            lines.append(f"  [{lo:.2f}, {min(hi, 1.0):.2f}]  no events")
            continue
        n = tally.tp + tally.fp
        prec = tally.tp / n if n else 0.0
        mean = tally.confidence / n if n else 0.0
        lines.append(
            f"  [{lo:.2f}, {min(hi, 1.0):.2f}]  precision {prec:.3f} of {n} events, mean confidence {mean:.3f}"
        )
    if details:
        lines += ["", f"Misses ({len(report.misses)}):"]
        for aid, g in report.misses:
            lines.append(f"  {aid} {g['type']}: {_actors(g['actors'])}\n      | {g.get('evidence', '')}")
        lines += ["", f"False events ({len(report.false_events)}):"]
        for aid, p in report.false_events:
            lines.append(
                f"  {aid} {p['type']} ({p['confidence']:.2f}): {_actors(p['actors'])}\n      | {p['evidence']}"
            )
        lines += ["", f"Slot errors on matched events ({len(report.slot_errors)}):"]
        for aid, p, g in report.slot_errors:
            lines.append(
                f"  {aid} {p['type']}: actors {_actors(p['actors'])} / gold {_actors(g['actors'])}\n"
                f"      venue {(p.get('venue') or {}).get('place')} / gold {(g.get('venue') or {}).get('place')};"
                f" date {p.get('date')} / gold {g.get('date')};"
                f" project {p.get('project')!r} / gold {g.get('project')!r}"
            )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default="eval/test.jsonl", help="Gold JSON Lines file (ANNOTATION.md shape).")
    parser.add_argument("--output", default=None, help="Keep the pipeline's output here (default: a temp folder).")
    parser.add_argument("--summary_only", action="store_true", help="Print the figures without the error lists.")
    args, extra = parser.parse_known_args(argv)
    gold = load_gold(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        output = args.output or tmp
        run_pipeline(args.gold, output, extra)
        predicted = predicted_events(output)
        merged = merged_rows(output)
    report = score(gold, predicted)
    merge = score_merge(gold, merged, matches_from_pairs(report.pairs))
    print(format_report(report, args.gold, details=not args.summary_only, merge=merge))
    return 0


if __name__ == "__main__":
    sys.exit(main())
