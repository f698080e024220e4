"""WriteTables: the output folder of CONTRACT.md.

``events/`` (Parquet, and Avro unless left out of ``--formats``),
``event_actors/`` and ``articles/`` (Parquet), ``rejected/`` (JSON Lines).
Schemas come from ``schemas/`` so both formats agree.
"""

from __future__ import annotations

import json
import zlib

import apache_beam as beam
from apache_beam.io import avroio, parquetio
from apache_beam.io.filesystems import FileSystems

import schemas
from transforms.extract_events import actor_rows

TABLE_DIRS = ("events", "event_actors", "articles", "rejected", "merged_events")

# A Parquet writer holds a row group's rows (as Arrow, uncompressed) until they reach this size or the
# bundle ends. Beam's default, 64 MiB per table, is never reached by a laptop-sized bundle, so a
# worker's memory would keep growing with its share of the input up to 3 x 64 MiB; 16 MiB (some
# 30,000 event rows) bounds it early and is still a large row group for DuckDB or BigQuery.
ROW_GROUP_BYTES = 16 << 20


def table_prefix(output: str, table: str) -> str:
    return FileSystems.join(output, table, "part")


def clear_tables(output: str) -> None:
    """Remove the tables of an earlier run so a re-run replaces rather than mixes."""
    for table in TABLE_DIRS:
        folder = FileSystems.join(output, table)
        if FileSystems.exists(folder):
            FileSystems.delete([folder])
    summary = FileSystems.join(output, "_summary.json")
    if FileSystems.exists(summary):
        FileSystems.delete([summary])


@beam.ptransform_fn
def WriteParquetTable(rows, output: str, table: str, row_group_bytes: int = ROW_GROUP_BYTES):  # noqa: N802
    return rows | parquetio.WriteToParquet(
        table_prefix(output, table),
        schema=schemas.arrow_schema(table),
        file_name_suffix=".parquet",
        codec="zstd",
        record_batch_size=1000,
        row_group_buffer_size=row_group_bytes,
    )


@beam.ptransform_fn
def WriteAvroTable(rows, output: str, table: str):  # noqa: N802 - Beam transform naming
    return rows | avroio.WriteToAvro(
        table_prefix(output, table),
        schema=schemas.avro_schema(table),
        file_name_suffix=".avro",
    )


# --partition_by published_month: Hive-style folders, table/published_month=2023-10/part-…
PARTITION_COLUMNS = {"events": "published", "articles": "published", "merged_events": "first_published"}
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # Hive's (and DuckDB's, BigQuery's) name for NULL
PARTITION_SHARDS = 4
PARTITION_KEYS = {"events": "event_id", "articles": "article_id", "merged_events": "merged_id"}


def published_month(table: str, row: dict) -> str:
    day = row.get(PARTITION_COLUMNS[table])
    return f"published_month={day:%Y-%m}" if day else f"published_month={NULL_PARTITION}"


class WritePartitionFilesDoFn(beam.DoFn):
    """One ((partition, shard), rows) group to one file per format in the partition's folder."""

    def __init__(self, output: str, table: str, formats: tuple[str, ...]):
        self.output = output
        self.table = table
        self.formats = formats

    def process(self, element):
        from transforms.windowed_sink import encode_avro, encode_parquet, write_atomically

        (partition, shard), rows = element
        rows = sorted(rows, key=lambda r: r[PARTITION_KEYS[self.table]])
        encoders = {"parquet": encode_parquet, "avro": encode_avro}
        for fmt in self.formats:
            name = f"part-{shard:05d}-of-{PARTITION_SHARDS:05d}.{fmt}"
            path = FileSystems.join(self.output, self.table, partition, name)
            write_atomically(path, encoders[fmt](self.table, rows))
            yield path


class WritePartitionedTable(beam.PTransform):
    """Rows to ``table/published_month=YYYY-MM/part-SSSSS-of-NNNNN.<format>``; the same rows give the
    same files (a row's shard is a hash of its key)."""

    def __init__(self, output: str, table: str, formats: tuple[str, ...]):
        super().__init__()
        self.output = output
        self.table = table
        self.formats = formats

    def expand(self, rows):
        table, key = self.table, PARTITION_KEYS[self.table]
        return (
            rows
            | "KeyByPartition"
            >> beam.Map(lambda r: ((published_month(table, r), zlib.crc32(r[key].encode()) % PARTITION_SHARDS), r))
            | "GroupByPartition" >> beam.GroupByKey()
            | "WritePartitionFiles" >> beam.ParDo(WritePartitionFilesDoFn(self.output, table, self.formats))
        )


class WriteTables(beam.PTransform):
    def __init__(self, output: str, formats: tuple[str, ...] = ("parquet", "avro"), partition_by: str | None = None):
        super().__init__()
        self.output = output
        self.formats = formats
        self.partition_by = partition_by

    def expand(self, outputs):
        events, articles, rejected = outputs
        out = self.output
        if self.partition_by:
            return {
                "events": events | "WriteEventsPartitioned" >> WritePartitionedTable(out, "events", self.formats),
                "event_actors": events
                | "ExplodeActors" >> beam.FlatMap(actor_rows)
                | "WriteEventActorsParquet" >> WriteParquetTable(out, "event_actors"),
                "articles": articles
                | "WriteArticlesPartitioned" >> WritePartitionedTable(out, "articles", ("parquet",)),
                "rejected": rejected
                | "FormatRejected" >> beam.Map(lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
                | "WriteRejectedJsonl" >> beam.io.WriteToText(table_prefix(out, "rejected"), file_name_suffix=".jsonl"),
            }
        results = {
            "events_parquet": events | "WriteEventsParquet" >> WriteParquetTable(out, "events"),
            "event_actors": events
            | "ExplodeActors" >> beam.FlatMap(actor_rows)
            | "WriteEventActorsParquet" >> WriteParquetTable(out, "event_actors"),
            "articles": articles | "WriteArticlesParquet" >> WriteParquetTable(out, "articles"),
            "rejected": rejected
            | "FormatRejected" >> beam.Map(lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
            | "WriteRejectedJsonl" >> beam.io.WriteToText(table_prefix(out, "rejected"), file_name_suffix=".jsonl"),
        }
        if "avro" in self.formats:
            results["events_avro"] = events | "WriteEventsAvro" >> WriteAvroTable(out, "events")
        return results


class WriteMergedEvents(beam.PTransform):
    """``merged_events/``: Parquet, and Avro when ``formats`` has it; in files per window when
    ``streaming`` (the streaming sink's layout)."""

    def __init__(
        self,
        output: str,
        formats: tuple[str, ...] = ("parquet", "avro"),
        streaming=False,
        shards=1,
        partition_by: str | None = None,
    ):
        super().__init__()
        self.output = output
        self.formats = formats
        self.streaming = streaming
        self.shards = shards
        self.partition_by = partition_by

    def expand(self, merged):
        out = self.output
        if self.partition_by and not self.streaming:
            return {
                "merged_events": merged
                | "WriteMergedPartitioned" >> WritePartitionedTable(out, "merged_events", self.formats)
            }
        if self.streaming:
            from transforms.windowed_sink import WriteWindowedTable

            formats = tuple(f for f in ("parquet", "avro") if f in self.formats)
            return {
                "merged_events": merged
                | "WriteMergedWindowed" >> WriteWindowedTable(out, "merged_events", formats, self.shards)
            }
        results = {"merged_parquet": merged | "WriteMergedParquet" >> WriteParquetTable(out, "merged_events")}
        if "avro" in self.formats:
            results["merged_avro"] = merged | "WriteMergedAvro" >> WriteAvroTable(out, "merged_events")
        return results
