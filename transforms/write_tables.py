"""WriteTables: the output folder of CONTRACT.md.

``events/`` (Parquet, and Avro unless left out of ``--formats``),
``event_actors/`` and ``articles/`` (Parquet), ``rejected/`` (JSON Lines).
Schemas come from ``schemas/`` so both formats agree.
"""

from __future__ import annotations

import json

import apache_beam as beam
from apache_beam.io import avroio, parquetio
from apache_beam.io.filesystems import FileSystems

import schemas
from transforms.extract_events import actor_rows

TABLE_DIRS = ("events", "event_actors", "articles", "rejected", "merged_events")


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
def WriteParquetTable(rows, output: str, table: str):  # noqa: N802 - Beam transform naming
    return rows | parquetio.WriteToParquet(
        table_prefix(output, table),
        schema=schemas.arrow_schema(table),
        file_name_suffix=".parquet",
        codec="zstd",
        record_batch_size=1000,
    )


class WriteTables(beam.PTransform):
    def __init__(self, output: str, formats: tuple[str, ...] = ("parquet", "avro")):
        super().__init__()
        self.output = output
        self.formats = formats

    def expand(self, outputs):
        events, articles, rejected = outputs
        out = self.output
        results = {
            "events_parquet": events | "WriteEventsParquet" >> WriteParquetTable(out, "events"),
            "event_actors": events
            | "ExplodeActors" >> beam.FlatMap(actor_rows)
            | "WriteEventActorsParquet" >> WriteParquetTable(out, "event_actors"),
            "articles": articles | "WriteArticlesParquet" >> WriteParquetTable(out, "articles"),
            "rejected": rejected
            | "FormatRejected" >> beam.Map(lambda r: json.dumps(r, ensure_ascii=False, sort_keys=True))
            | "WriteRejectedJsonl"
            >> beam.io.WriteToText(table_prefix(out, "rejected"), file_name_suffix=".jsonl"),
        }
        if "avro" in self.formats:
            results["events_avro"] = events | "WriteEventsAvro" >> avroio.WriteToAvro(
                table_prefix(out, "events"),
                schema=schemas.avro_schema("events"),
                file_name_suffix=".avro",
            )
        return results


class WriteMergedEvents(beam.PTransform):
    """``merged_events/``: Parquet, and Avro when ``formats`` has it; in files per window when
    ``streaming`` (the streaming sink's layout)."""

    def __init__(
        self, output: str, formats: tuple[str, ...] = ("parquet", "avro"), streaming=False, shards=1
    ):
        super().__init__()
        self.output = output
        self.formats = formats
        self.streaming = streaming
        self.shards = shards

    def expand(self, merged):
        out = self.output
        if self.streaming:
            from transforms.windowed_sink import WriteWindowedTable

            formats = tuple(f for f in ("parquet", "avro") if f in self.formats)
            return {
                "merged_events": merged
                | "WriteMergedWindowed" >> WriteWindowedTable(out, "merged_events", formats, self.shards)
            }
        results = {"merged_parquet": merged | "WriteMergedParquet" >> WriteParquetTable(out, "merged_events")}
        if "avro" in self.formats:
            results["merged_avro"] = merged | "WriteMergedAvro" >> avroio.WriteToAvro(
                table_prefix(out, "merged_events"),
                schema=schemas.avro_schema("merged_events"),
                file_name_suffix=".avro",
            )
        return results
