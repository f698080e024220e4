"""A self-contained HTML report of a pipeline output folder: ``make report [OUTPUT=out]``.

Reads the tables under ``--input`` (flat or ``--partition_by published_month`` layout) and writes
``--output``/report.html: events per type over time, the most frequent country pairs (a heat
map), top venues, why records were rejected, and the latest merged events with their evidence.
Charts are matplotlib PNGs embedded as base64, so the file opens anywhere with no network::

    python -m pipelines.report --input out --output report
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import glob
import html
import io
import json
import os
import sys
from collections import Counter

import pyarrow.parquet as pq

TYPES = ("MEETING", "SUPPORT_STATEMENT", "PROJECT_PROPOSAL")
COLORS = {"MEETING": "#1f77b4", "SUPPORT_STATEMENT": "#2ca02c", "PROJECT_PROPOSAL": "#d62728"}


# ---- reading ----------------------------------------------------------------------------------


def read_table(folder: str, table: str) -> list[dict]:
    """Every row of a table's Parquet files, in either layout."""
    files = sorted(glob.glob(os.path.join(folder, table, "**", "*.parquet"), recursive=True))
    rows: list[dict] = []
    for path in files:
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def read_rejected(folder: str) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "rejected", "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def read_summary(folder: str) -> dict:
    path = os.path.join(folder, "_summary.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---- aggregates (plain functions, tested directly) ---------------------------------------------


def when(row: dict) -> dt.date | None:
    """The day a row is charted on: the event's day, else its (first) publication date."""
    return row.get("event_day") or row.get("published") or row.get("first_published")


def events_over_time(events: list[dict]) -> tuple[str, list[dt.date], dict[str, list[int]]]:
    """(bucket name, bucket starts, counts per type): weeks when the data spans under a year."""
    days = [d for d in (when(e) for e in events) if d]
    if not days:
        return "week", [], {}
    weekly = (max(days) - min(days)).days < 366

    def bucket(day: dt.date) -> dt.date:
        return day - dt.timedelta(days=day.weekday()) if weekly else day.replace(day=1)

    counts: dict[str, Counter] = {}
    for e in events:
        day = when(e)
        if day:
            counts.setdefault(e["event_type"], Counter())[bucket(day)] += 1
    starts = sorted({b for c in counts.values() for b in c})
    return (
        ("week" if weekly else "month"),
        starts,
        {t: [counts[t][s] for s in starts] for t in sorted(counts)},
    )


def country_pairs(merged: list[dict]) -> Counter:
    pairs: Counter = Counter()
    for row in merged:
        countries = sorted({a["country"] for a in row.get("actors") or [] if a.get("country")})
        for i, a in enumerate(countries):
            for b in countries[i + 1 :]:
                pairs[(a, b)] += 1
    return pairs


def top_venues(merged: list[dict], n: int = 12) -> list[tuple[str, int]]:
    venues = Counter(
        f"{r['venue_place']} ({r['venue_country']})" if r.get("venue_country") else r["venue_place"]
        for r in merged
        if r.get("venue_place")
    )
    return sorted(venues.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def rejected_reasons(summary: dict, rejected: list[dict]) -> list[tuple[str, int]]:
    """Reasons from the run's summary (categorised), else the rejected files' stages."""
    reasons = summary.get("rejected_by_reason") or Counter(r.get("stage") or "unknown" for r in rejected)
    return sorted(((k, v) for k, v in reasons.items() if v), key=lambda kv: (-kv[1], kv[0]))


def latest_merged(merged: list[dict], n: int = 25) -> list[dict]:
    def key(r):
        day = when(r) or r.get("last_published") or dt.date.min
        return (day, r.get("n_articles", 0), r["merged_id"])

    return sorted(merged, key=key, reverse=True)[:n]


# ---- charts -----------------------------------------------------------------------------------


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _figure(width=8.0, height=3.6):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height))


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#666")
    ax.set_axis_off()


def chart_over_time(events: list[dict]) -> str:
    unit, starts, counts = events_over_time(events)
    fig, ax = _figure()
    if not starts:
        _empty(ax, "no dated events")
        return _png(fig)
    width = 5 if unit == "week" else 25
    bottom = [0] * len(starts)
    for t in sorted(counts, key=lambda t: TYPES.index(t) if t in TYPES else 9):
        ax.bar(starts, counts[t], width=width, bottom=bottom, label=t, color=COLORS.get(t))
        bottom = [b + c for b, c in zip(bottom, counts[t], strict=True)]
    ax.set_ylabel(f"events per {unit}")
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    return _png(fig)


def chart_pairs(merged: list[dict], n: int = 12) -> str:
    pairs = country_pairs(merged)
    fig, ax = _figure(6.5, 5.5)
    if not pairs:
        _empty(ax, "no events between two known countries")
        return _png(fig)
    totals: Counter = Counter()
    for (a, b), k in pairs.items():
        totals[a] += k
        totals[b] += k
    countries = sorted(c for c, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:n])
    grid = [[pairs.get((min(a, b), max(a, b)), 0) if a != b else 0 for b in countries] for a in countries]
    image = ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(len(countries)), countries, rotation=90, fontsize=8)
    ax.set_yticks(range(len(countries)), countries, fontsize=8)
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if value:
                ax.text(j, i, str(value), ha="center", va="center", fontsize=7, color="#000")
    fig.colorbar(image, ax=ax, shrink=0.7, label="events")
    return _png(fig)


def chart_bars(items: list[tuple[str, int]], xlabel: str, empty: str, color: str) -> str:
    fig, ax = _figure(8.0, max(1.8, 0.35 * len(items) + 0.8))
    if not items:
        _empty(ax, empty)
        return _png(fig)
    labels = [k for k, _ in items][::-1]
    ax.barh(labels, [v for _, v in items][::-1], color=color)
    ax.set_xlabel(xlabel)
    ax.tick_params(axis="y", labelsize=8)
    return _png(fig)


# ---- the page ---------------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; background: #fff; }
h1 { margin-bottom: 0.2em; } .meta { color: #555; }
.cards { display: flex; gap: 1em; flex-wrap: wrap; margin: 1em 0; }
.card { border: 1px solid #ccd; border-radius: 6px; padding: 0.6em 1em; background: #f4f6fb; }
.card b { display: block; font-size: 1.6em; }
img { max-width: 100%; border: 1px solid #eee; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
th { background: #eef; } td.evidence { max-width: 40em; }
"""


def _img(b64: str, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{b64}">'


def _actors(row: dict) -> str:
    return "; ".join(
        html.escape(a["name"]) + (f" ({html.escape(a['country'])})" if a.get("country") else "")
        for a in row.get("actors") or []
    )


def render(folder: str) -> str:
    events = read_table(folder, "events")
    merged = read_table(folder, "merged_events")
    articles = read_table(folder, "articles")
    rejected = read_rejected(folder)
    summary = read_summary(folder)
    cards = [
        ("articles", len(articles)),
        ("rejected records", len(rejected)),
        ("event mentions", len(events)),
        ("real-world events", len(merged)),
        ("reported by 2+ articles", sum(1 for r in merged if r.get("n_articles", 0) > 1)),
    ]
    rows = []
    for r in latest_merged(merged):
        rows.append(
            "<tr>"
            f"<td>{html.escape(r.get('event_date') or '')}</td>"
            f"<td>{html.escape(r['event_type'])}</td>"
            f"<td>{_actors(r)}</td>"
            f"<td>{html.escape(r.get('venue_place') or '')}</td>"
            f"<td>{r.get('n_articles', 0)}</td>"
            f"<td>{html.escape(', '.join(r.get('sources') or []))}</td>"
            f"<td class='evidence'>{html.escape(r.get('evidence') or '')}</td>"
            "</tr>"
        )
    table = (
        "<table><tr><th>date</th><th>type</th><th>actors</th><th>venue</th><th>articles</th>"
        "<th>sources</th><th>evidence (most confident mention)</th></tr>" + "".join(rows) + "</table>"
        if rows
        else "<p>No merged events.</p>"
    )
    reasons = rejected_reasons(summary, rejected)
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Diplomatic events report</title>
<style>{_CSS}</style></head><body>
<h1>Diplomatic events</h1>
<p class="meta">Output folder {html.escape(os.path.abspath(folder))}; generated {generated}.</p>
<div class="cards">{"".join(f'<div class="card"><b>{v}</b>{html.escape(k)}</div>' for k, v in cards)}</div>
<h2>Events per type over time</h2>
<p class="meta">Event mentions, by the event's day or else the publication date.</p>
{_img(chart_over_time(events), "events per type over time")}
<h2>Most frequent country pairs</h2>
<p class="meta">Merged events whose actors include both countries.</p>
{_img(chart_pairs(merged), "country pair heat map")}
<h2>Top venues</h2>
{_img(chart_bars(top_venues(merged), "merged events", "no venues", "#9467bd"), "top venues")}
<h2>Rejected records by reason</h2>
{_img(chart_bars(reasons, "records", "nothing rejected", "#ff7f0e"), "rejected reasons")}
<h2>Latest merged events</h2>
{table}
</body></html>
"""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default="out", help="The pipeline's output folder (its --output).")
    parser.add_argument("--output", required=True, help="Folder to write report.html into.")
    args = parser.parse_args(argv)
    if not os.path.isdir(args.input):
        parser.error(f"--input {args.input!r} is not a folder")
    os.makedirs(args.output, exist_ok=True)
    path = os.path.join(args.output, "report.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(render(args.input))
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
