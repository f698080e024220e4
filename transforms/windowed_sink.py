"""WriteWindowedTables: the streaming sink, the same tables as ``WriteTables`` in files per window.

Under ``--output``, each table folder gets one file per event-time window,
firing and shard::

    events/2026-01-01T10-01-00_2026-01-01T10-02-00-p000-s00000-of-00001.parquet   (and .avro)
    event_actors/…parquet   articles/…parquet   rejected/…jsonl

``p000`` is the window's on-time firing, ``p001``… its late firings (articles
that arrived after the window closed, within ``--allowed_lateness_seconds``).
A file is written under a temporary name and renamed when complete, and its
name depends only on the window, the firing and the shard, so a retried bundle
rewrites the same file instead of adding one. Rows are de-duplicated within a
file by their key (a redelivered message in the same window adds nothing); a
redelivery that lands in another window is de-duplicated by the reader on
``event_id`` (docs/RUN_AT_SCALE.md).

Beam's own ``WriteToParquet``/``WriteToAvro`` (with ``triggering_frequency``)
and ``fileio.WriteToFiles`` name streaming files by window only, so a late
firing of a window would overwrite its on-time file; this sink keeps both.
"""

from __future__ import annotations

import io
import json
import uuid
import zlib

import apache_beam as beam
import fastavro
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

import schemas
from transforms.extract_events import actor_rows


def _key_events(row: dict) -> str:
    return row["event_id"]


def _key_actors(row: dict) -> str:
    return "\x1f".join(str(row.get(k)) for k in ("event_id", "name", "kind", "role", "country"))


def _key_articles(row: dict) -> str:
    return row["article_id"]


def _key_rejected(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


# table -> (row key, formats written for it)
TABLES = {
    "events": (_key_events, ("parquet", "avro")),
    "event_actors": (_key_actors, ("parquet",)),
    "articles": (_key_articles, ("parquet",)),
    "rejected": (_key_rejected, ("jsonl",)),
    "merged_events": (lambda row: row["merged_id"], ("parquet", "avro")),
}


def _stamp(ts) -> str:
    return ts.to_utc_datetime().strftime("%Y-%m-%dT%H-%M-%S")


def window_file_name(table: str, window, pane_index: int, shard: int, shards: int, suffix: str) -> str:
    """``<start>_<end>-p<firing>-s<shard>-of-<shards>.<suffix>``; the same inputs, the same name."""
    span = f"{_stamp(window.start)}_{_stamp(window.end)}" if hasattr(window, "start") else "global"
    return f"{span}-p{pane_index:03d}-s{shard:05d}-of-{shards:05d}.{suffix}"


def encode_parquet(table: str, rows: list[dict]) -> bytes:
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows, schema=schemas.arrow_schema(table)), buf, compression="zstd")
    return buf.getvalue()


def encode_avro(table: str, rows: list[dict]) -> bytes:
    buf = io.BytesIO()
    fastavro.writer(buf, fastavro.parse_schema(schemas.avro_schema(table)), rows)
    return buf.getvalue()


def encode_jsonl(_table: str, rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8")


_ENCODERS = {"parquet": encode_parquet, "avro": encode_avro, "jsonl": encode_jsonl}


def write_atomically(path: str, data: bytes) -> None:
    """Write under a temporary name, then rename: a reader never sees half a file."""
    temp = f"{path}.{uuid.uuid4().hex}.tmp"
    with FileSystems.create(temp) as f:
        f.write(data)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([temp], [path])


class WriteWindowFilesDoFn(beam.DoFn):
    """One (shard, rows of one window firing) group to one file per format."""

    def __init__(self, output: str, table: str, formats: tuple[str, ...], shards: int):
        self.output = output
        self.table = table
        self.formats = formats
        self.shards = shards
        self.files = Metrics.counter("streaming", f"files_{table}")

    def process(self, element, w=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        shard, rows = element
        key = TABLES[self.table][0]
        unique = {}
        for row in rows:
            unique.setdefault(key(row), row)
        ordered = [unique[k] for k in sorted(unique)]
        folder = FileSystems.join(self.output, self.table)
        for fmt in self.formats:
            name = window_file_name(self.table, w, pane.index if pane else 0, shard, self.shards, fmt)
            path = FileSystems.join(folder, name)
            write_atomically(path, _ENCODERS[fmt](self.table, ordered))
            self.files.inc()
            yield path


class WriteWindowedTable(beam.PTransform):
    """Rows of one table to files per window, firing and shard."""

    def __init__(self, output: str, table: str, formats: tuple[str, ...], shards: int = 1):
        super().__init__()
        self.output = output
        self.table = table
        self.formats = formats
        self.shards = shards

    def expand(self, rows):
        key = TABLES[self.table][0]
        shards = self.shards
        return (
            rows
            | "KeyByShard" >> beam.Map(lambda r: (zlib.crc32(key(r).encode("utf-8")) % shards, r))
            | "GroupByWindowAndShard" >> beam.GroupByKey()
            | "WriteFiles" >> beam.ParDo(WriteWindowFilesDoFn(self.output, self.table, self.formats, shards))
        )


class WriteWindowedTables(beam.PTransform):
    """(events, articles, rejected) in windows to the tables of CONTRACT.md, files per window."""

    def __init__(self, output: str, formats: tuple[str, ...] = ("parquet", "avro"), shards: int = 1):
        super().__init__()
        self.output = output
        self.formats = formats
        self.shards = shards

    def expand(self, outputs):
        events, articles, rejected = outputs
        event_formats = tuple(f for f in TABLES["events"][1] if f in self.formats)
        out, n = self.output, self.shards
        return {
            "events": events | "WriteEvents" >> WriteWindowedTable(out, "events", event_formats, n),
            "event_actors": events
            | "ExplodeActors" >> beam.FlatMap(actor_rows)
            | "WriteEventActors" >> WriteWindowedTable(out, "event_actors", ("parquet",), n),
            "articles": articles | "WriteArticles" >> WriteWindowedTable(out, "articles", ("parquet",), n),
            "rejected": rejected | "WriteRejected" >> WriteWindowedTable(out, "rejected", ("jsonl",), n),
        }


def summarise_tables(output: str) -> dict:
    """Counts read back from the files a local stream wrote (the local streaming runner's Beam
    metrics are not reliable); the same keys as the batch summary, distinct rows only."""

    def parquet_rows(table: str) -> list[dict]:
        files = [m.path for m in FileSystems.match([FileSystems.join(output, table, "*.parquet")])[0].metadata_list]
        rows = []
        for path in files:
            with FileSystems.open(path) as f:
                rows.extend(pq.read_table(io.BytesIO(f.read())).to_pylist())
        return rows

    articles = {r["article_id"] for r in parquet_rows("articles")}
    events = {r["event_id"]: r["event_type"] for r in parquet_rows("events")}
    rejected = []
    for m in FileSystems.match([FileSystems.join(output, "rejected", "*.jsonl")])[0].metadata_list:
        with FileSystems.open(m.path) as f:
            rejected.extend(json.loads(line) for line in f.read().decode("utf-8").splitlines() if line.strip())
    by_type: dict[str, int] = {}
    for event_type in events.values():
        by_type[event_type] = by_type.get(event_type, 0) + 1
    reasons: dict[str, int] = {}
    for row in rejected:
        reasons[row["stage"]] = reasons.get(row["stage"], 0) + 1
    return {
        "records_read": len(articles) + len(rejected),
        "articles_processed": len(articles),
        "records_rejected": len(rejected),
        "events": dict(sorted(by_type.items())),
        "events_total": len(events),
        "rejected_by_reason": dict(sorted(reasons.items())),
        "balanced": True,
        "counted_from": "output files",
    }
