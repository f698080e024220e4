"""The output tables' schemas, declared once as Avro (``*.avsc``).

The pyarrow schema of each table is derived from its Avro schema here, so the
Parquet and Avro files can never disagree on a column.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

import pyarrow as pa

TABLES = ("events", "event_actors", "articles", "rejected", "merged_events")

_PRIMITIVES = {
    "string": pa.string(),
    "long": pa.int64(),
    "int": pa.int32(),
    "double": pa.float64(),
    "float": pa.float32(),
    "boolean": pa.bool_(),
}


@functools.cache
def avro_schema(table: str) -> dict:
    """The Avro schema of ``table`` as a dict, ready for fastavro or Beam's WriteToAvro."""
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(TABLES)}")
    text = resources.files(__package__).joinpath(f"{table}.avsc").read_text(encoding="utf-8")
    return json.loads(text)


def _arrow_type(avro_type) -> tuple[pa.DataType, bool]:
    """Map one Avro type to (pyarrow type, nullable)."""
    if isinstance(avro_type, list):
        branches = [t for t in avro_type if t != "null"]
        if len(branches) != 1:
            raise ValueError(f"only [null, T] unions are supported, got {avro_type}")
        arrow, _ = _arrow_type(branches[0])
        return arrow, "null" in avro_type
    if isinstance(avro_type, str):
        return _PRIMITIVES[avro_type], False
    if avro_type.get("logicalType") == "date":
        return pa.date32(), False
    kind = avro_type["type"]
    if kind == "array":
        item, _ = _arrow_type(avro_type["items"])
        return pa.list_(item), False
    if kind == "record":
        return pa.struct([_arrow_field(f) for f in avro_type["fields"]]), False
    return _arrow_type(kind)


def _arrow_field(field: dict) -> pa.Field:
    arrow, nullable = _arrow_type(field["type"])
    return pa.field(field["name"], arrow, nullable=nullable)


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """The pyarrow schema of ``table``, derived from its Avro schema."""
    return pa.schema([_arrow_field(f) for f in avro_schema(table)["fields"]])


def schema_version(table: str) -> str | None:
    """The ``schema_version`` a table's rows carry: the default of that field in its ``.avsc``."""
    for f in avro_schema(table)["fields"]:
        if f["name"] == "schema_version":
            return f["default"]
    return None


def column_names(table: str) -> list[str]:
    return [f["name"] for f in avro_schema(table)["fields"]]
