"""Streaming: TestStream stands in for Pub/Sub on the local BundleBasedDirectRunner.

Articles arrive over three one-minute windows, the watermark advances between
them, one article is delivered twice and one arrives after its window closed.
The union of the windowed files must equal what the batch pipeline writes for
the same articles: the source and the sink are the only differences.
"""

from __future__ import annotations

import glob
import json
import os

import apache_beam as beam
import fastavro
import pyarrow.parquet as pq
import pytest
from apache_beam.io.gcp.pubsub import PubsubMessage
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner
from apache_beam.testing.test_stream import TestStream
from apache_beam.transforms.window import TimestampedValue

from extractor.feed import parse_raw_text
from pipelines.extract_events import build, run
from pipelines.options import ExtractOptions
from transforms.pubsub_source import ReadPubSubArticles, event_windows, replay_stream, with_fallback_id
from transforms.windowed_sink import WriteWindowedTables

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = 1_767_261_600  # 2026-01-01T10:00:00Z, a window boundary


def sample_records() -> list[dict]:
    """The bundled raw samples as JSON articles (CONTRACT.md's streaming message format)."""
    records = []
    for path in sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt"))):
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            article = parse_raw_text(f.read(), name)
        records.append(
            {
                "id": name,
                "text": article["text"],
                "source": article["source"],
                "published": article["published"].isoformat() if article["published"] else None,
            }
        )
    assert len(records) >= 5, "the test needs five sample articles"
    return records[:5]


def parquet_rows(folder: str) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "*.parquet"))):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def canon(rows: list[dict], drop=()) -> list[str]:
    return sorted(json.dumps({k: v for k, v in r.items() if k not in drop}, sort_keys=True, default=str) for r in rows)


@pytest.fixture(scope="module")
def streamed_and_batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stream")
    a, b, c, d, late = sample_records()
    no_id = dict(c)
    del no_id["id"]  # takes the Pub/Sub message id

    def msg(record, message_id):
        return PubsubMessage(json.dumps(record).encode("utf-8"), {}, message_id=message_id)

    stream = (
        TestStream()
        .advance_watermark_to(BASE)
        .add_elements([TimestampedValue(msg(a, "m1"), BASE + 5), TimestampedValue(msg(b, "m2"), BASE + 20)])
        .add_elements([TimestampedValue(msg(a, "m1"), BASE + 25)])  # redelivered
        .advance_watermark_to(BASE + 60)  # window 1 closes
        .add_elements([TimestampedValue(msg(no_id, "m3"), BASE + 70)])
        .add_elements([TimestampedValue(PubsubMessage(b'{"id": "x", "text": ', {}, message_id="m4"), BASE + 80)])
        .advance_watermark_to(BASE + 120)  # window 2 closes
        .add_elements([TimestampedValue(msg(d, "m5"), BASE + 130)])
        .advance_watermark_to(BASE + 180)  # window 3 closes
        .add_elements([TimestampedValue(msg(late, "m6"), BASE + 30)])  # late, for window 1
        .advance_watermark_to_infinity()
    )
    out = str(tmp / "stream")
    options = PipelineOptions(["--streaming", "--output", out, "--window_seconds", "60"])
    opts = options.view_as(ExtractOptions)
    source = ReadPubSubArticles(messages=stream, source="test-subscription", window_seconds=60)
    sink = WriteWindowedTables(out, ("parquet", "avro"))
    with beam.Pipeline(runner=BundleBasedDirectRunner(), options=options) as p:
        build(p, opts, ("parquet", "avro"), source, sink)

    batch_input = tmp / "articles.jsonl"
    with open(batch_input, "w", encoding="utf-8") as f:
        for record in (a, b, dict(no_id, id="m3"), d, late):
            f.write(json.dumps(record) + "\n")
    batch_out = str(tmp / "batch")
    run(["--input", str(batch_input), "--output", batch_out])
    return out, batch_out


def test_union_of_windows_equals_batch(streamed_and_batch):
    out, batch = streamed_and_batch
    streamed = parquet_rows(os.path.join(out, "events"))
    assert streamed, "no events were streamed"
    assert canon(streamed) == canon(parquet_rows(os.path.join(batch, "events")))
    assert canon(parquet_rows(os.path.join(out, "event_actors"))) == canon(
        parquet_rows(os.path.join(batch, "event_actors"))
    )
    assert canon(parquet_rows(os.path.join(out, "articles")), drop=("source_file",)) == canon(
        parquet_rows(os.path.join(batch, "articles")), drop=("source_file",)
    )


def test_redelivery_adds_no_event_and_message_id_is_the_fallback_id(streamed_and_batch):
    out, _ = streamed_and_batch
    events = parquet_rows(os.path.join(out, "events"))
    assert len({e["event_id"] for e in events}) == len(events)
    articles = parquet_rows(os.path.join(out, "articles"))
    assert sorted(a["article_id"] for a in articles).count("m3") == 1
    assert len(articles) == 5
    assert {a["source_file"] for a in articles if a["article_id"] == "m3"} == {"test-subscription#m3"}


def test_one_file_set_per_window_and_the_late_article_kept(streamed_and_batch):
    out, _ = streamed_and_batch
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(out, "articles", "*.parquet")))
    windows = sorted({n.split("-p")[0] for n in names})
    assert windows == [
        "2026-01-01T10-00-00_2026-01-01T10-01-00",
        "2026-01-01T10-01-00_2026-01-01T10-02-00",
        "2026-01-01T10-02-00_2026-01-01T10-03-00",
    ]
    first_window = []
    for name in names:
        if name.startswith(windows[0]):
            first_window.extend(pq.read_table(os.path.join(out, "articles", name)).to_pylist())
    # The late article (event time in the first window, delivered after the third closed) is there.
    assert sample_records()[4]["id"] in {r["article_id"] for r in first_window}
    assert not glob.glob(os.path.join(out, "*", "*.tmp"))


def test_a_late_firing_gets_its_own_files(tmp_path):
    """The sink alone: a window's on-time and late firings are two files, neither overwrites the other."""
    row = {"record": "r", "source_file": "s", "stage": "parse", "reason": "x"}
    stream = (
        TestStream()
        .advance_watermark_to(BASE)
        .add_elements([TimestampedValue(dict(row, record="on time"), BASE + 5)])
        .advance_watermark_to(BASE + 180)
        .add_elements([TimestampedValue(dict(row, record="late"), BASE + 30)])
        .advance_watermark_to_infinity()
    )
    out = str(tmp_path)
    with beam.Pipeline(runner=BundleBasedDirectRunner(), options=PipelineOptions(["--streaming"])) as p:
        rejected = p | stream | event_windows(60, 3600)
        none = p | "NoRows" >> beam.Create([]) | "NoRowsWindowed" >> event_windows(60, 3600)
        _ = (none, none, rejected) | WriteWindowedTables(out, ("parquet",))
    files = sorted(glob.glob(os.path.join(out, "rejected", "*.jsonl")))
    assert [os.path.basename(f) for f in files] == [
        "2026-01-01T10-00-00_2026-01-01T10-01-00-p000-s00000-of-00001.jsonl",
        "2026-01-01T10-00-00_2026-01-01T10-01-00-p001-s00000-of-00001.jsonl",
    ]
    assert [json.loads(open(f).read())["record"] for f in files] == ["on time", "late"]


def test_avro_matches_parquet_and_dead_letters_are_written(streamed_and_batch):
    out, _ = streamed_and_batch
    avro_rows = []
    for path in glob.glob(os.path.join(out, "events", "*.avro")):
        with open(path, "rb") as f:
            avro_rows.extend(fastavro.reader(f))
    assert canon(avro_rows) == canon(parquet_rows(os.path.join(out, "events")))
    rejected = []
    for path in glob.glob(os.path.join(out, "rejected", "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            rejected.extend(json.loads(line) for line in f)
    parse = [r for r in rejected if r["stage"] == "parse"]
    assert len(parse) == 1
    assert parse[0]["source_file"] == "test-subscription#m4" and parse[0]["reason"].startswith("invalid JSON")
    # A redelivered copy may be recorded by the dedupe stage; nothing else is rejected.
    others = [r for r in rejected if r not in parse]
    assert all(r["stage"] == "dedupe" and r["source_file"] == "test-subscription#m1" for r in others)


def test_fallback_id_only_fills_a_missing_id():
    assert json.loads(with_fallback_id('{"text": "t"}', "m9"))["id"] == "m9"
    assert json.loads(with_fallback_id('{"id": "a", "text": "t"}', "m9"))["id"] == "a"
    assert with_fallback_id("not json", "m9") == "not json"


def test_replay_command_streams_a_local_file(tmp_path):
    records = sample_records()[:3]
    path = tmp_path / "feed.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(records):
            f.write(json.dumps(dict(r, published=f"2026-01-01T10:0{i}:30Z")) + "\n")
    stream = replay_stream(str(path), 60)
    assert sum(1 for e in stream._events if type(e).__name__ == "ElementEvent") == 3
    out = str(tmp_path / "out")
    summary = run(["--streaming", "--input_replay", str(path), "--output", out])
    assert summary["articles_processed"] == 3 and summary["records_rejected"] == 0
    assert len(glob.glob(os.path.join(out, "articles", "*.parquet"))) == 3  # one file per window
