"""BI-ready tables on real pipeline output: typed columns, encodings, Hive partitions, and every
SQL recipe of docs/ANALYST_RECIPES.md run through DuckDB (no hand-made rows here)."""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import pathlib
import re

import duckdb
import fastavro
import pyarrow.parquet as pq
import pytest

import schemas

REPO = pathlib.Path(__file__).resolve().parents[1]
RECIPES = REPO / "docs" / "ANALYST_RECIPES.md"

# Two outlets on one meeting, and an article with no publication date (the NULL partition).
ARTICLES = [
    {
        "id": "bi-1",
        "source": "Outlet A",
        "published": "2023-10-18",
        "text": "BEIJING, Oct 18 -- Chinese President Xi Jinping held talks with Russian President "
        "Vladimir Putin in Beijing on Wednesday, and the two leaders said that they would continue to "
        "work together. Xi said that China supports the efforts of the Russian people in the path "
        "they have chosen for their own development.",
    },
    {
        "id": "bi-2",
        "source": "Outlet B",
        "published": "2023-10-19",
        "text": "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on "
        "Wednesday, the Kremlin said. It was the first time that the two men had met in person this "
        "year, and they spoke about trade and about the war in Ukraine for more than three hours.",
    },
    {
        "id": "bi-3",
        "source": "Outlet C",
        "text": "Turkish President Recep Tayyip Erdogan received Palestinian President Mahmoud Abbas "
        "in Ankara on Monday. The two leaders talked about the situation in the region and about what "
        "they could do to help the people who have been hit by the fighting, an official said.",
    },
]


def make_output(folder: pathlib.Path, *extra: str) -> pathlib.Path:
    """Run the real pipeline on the bundled samples plus ARTICLES into ``folder``."""
    from pipelines.extract_events import run

    folder.mkdir(parents=True, exist_ok=True)
    feed = folder / "input.jsonl"
    bad = '{"id": "bi-no-text"}\n'  # a record for rejected/
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES) + bad, encoding="utf-8")
    out = folder / "out"
    run(["--input", str(REPO / "samples" / "*.txt"), "--input", str(feed), "--output", str(out), *extra])
    return out


@pytest.fixture(scope="module")
def flat(tmp_path_factory) -> pathlib.Path:
    return make_output(tmp_path_factory.mktemp("flat"))


@pytest.fixture(scope="module")
def partitioned(tmp_path_factory) -> pathlib.Path:
    return make_output(tmp_path_factory.mktemp("partitioned"), "--partition_by", "published_month")


def recipe_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", RECIPES.read_text(encoding="utf-8"), flags=re.S)


def test_the_doc_has_the_recipes_the_issue_asks_for():
    text = " ".join(recipe_blocks()).lower()
    assert len(recipe_blocks()) >= 8
    for needle in (
        "date_trunc('week'",
        "actor_1",
        "venue_country",
        "hive_partitioning = true",
        "create or replace view",
    ):
        assert needle in text, needle


def _with_output(sql: str, out: pathlib.Path) -> str:
    return sql.replace("'out/", f"'{out.as_posix()}/")


@pytest.mark.parametrize("index", range(len(recipe_blocks())))
def test_every_sql_recipe_runs_on_real_output(index, flat, partitioned):
    sql = recipe_blocks()[index]
    out = partitioned if "-- layout: partitioned" in sql else flat
    database = re.search(r"-- database: out/(\S+)", sql)
    if database:  # the views recipe: build the database file, reopen it as a SQL tool would
        path = out / database.group(1)
        with duckdb.connect(str(path)) as con:
            con.execute(_with_output(sql, out))
        with duckdb.connect(str(path), read_only=True) as con:
            n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
            n_merged = con.execute("SELECT count(*) FROM merged_events").fetchone()[0]
            n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            assert n_events >= n_merged and n_articles == 5 + len(ARTICLES)
        return
    result = duckdb.sql(_with_output(sql, out))
    assert result.columns
    rows = result.fetchall()
    if "FROM read_parquet('out/events" in sql or "merged_events" in sql:
        assert rows, "a recipe over the sample output returned nothing"


def test_typed_columns_and_schema_version(flat):
    con = duckdb.connect()
    events = str(flat / "events" / "*.parquet")
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{events}')").fetchall())
    assert types["event_day"] == "DATE" and types["published"] == "DATE" and types["schema_version"] == "VARCHAR"
    bad = con.execute(
        f"SELECT count(*) FROM '{events}' WHERE (date_precision = 'day') <> (event_day IS NOT NULL) "
        "OR (event_day IS NOT NULL AND strftime(event_day, '%Y-%m-%d') <> event_date)"
    ).fetchone()[0]
    assert bad == 0
    versions = con.execute(f"SELECT DISTINCT schema_version FROM '{events}'").fetchall()
    assert versions == [(schemas.schema_version("events"),)]
    merged = str(flat / "merged_events" / "*.parquet")
    row = con.execute(
        f"SELECT sum(n_mentions), count(*), min(n_articles) FROM '{merged}' WHERE schema_version = '2'"
    ).fetchone()
    n_events = con.execute(f"SELECT count(*) FROM '{events}'").fetchone()[0]
    assert row[0] == n_events and row[1] <= n_events and row[2] >= 1


def _string_columns_dictionary_encoded(path: str, names: tuple[str, ...]) -> None:
    meta = pq.ParquetFile(path).metadata
    columns = {meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i) for i in range(meta.num_columns)}
    for name in names:
        col = columns[name]
        assert col.compression == "ZSTD", (path, name, col.compression)
        assert any("DICTIONARY" in e for e in col.encodings), (path, name, col.encodings)


def test_parquet_strings_are_dictionary_encoded_and_zstd_in_both_layouts(flat, partitioned):
    for out in (flat, partitioned):
        for table, names in (("events", ("event_type", "source")), ("merged_events", ("event_type",))):
            files = glob.glob(str(out / table / "**" / "*.parquet"), recursive=True)
            assert files, (out, table)
            for path in files:
                _string_columns_dictionary_encoded(path, names)


def test_avro_files_carry_date_logical_types_and_the_parquet_rows(flat):
    for table, date_columns in (
        ("events", ("published", "event_day")),
        ("merged_events", ("event_day", "first_published")),
    ):
        avro_rows = []
        for path in sorted(glob.glob(str(flat / table / "*.avro"))):
            with open(path, "rb") as f:
                reader = fastavro.reader(f)
                fields = {fld["name"]: fld["type"] for fld in reader.writer_schema["fields"]}
                for col in date_columns:
                    branch = [t for t in fields[col] if t != "null"][0]
                    assert branch == {"type": "int", "logicalType": "date"}, (table, col, branch)
                avro_rows.extend(reader)
        parquet_rows = [r for p in glob.glob(str(flat / table / "*.parquet")) for r in pq.read_table(p).to_pylist()]
        key = "event_id" if table == "events" else "merged_id"
        assert sorted(r[key] for r in avro_rows) == sorted(r[key] for r in parquet_rows)
        assert avro_rows and any(isinstance(r[date_columns[-1]], dt.date) for r in avro_rows)


def test_partitioned_layout_is_hive_style_and_reads_back_with_the_month(partitioned):
    for table in ("events", "articles", "merged_events"):
        folders = {os.path.basename(p) for p in glob.glob(str(partitioned / table / "*")) if os.path.isdir(p)}
        assert folders and all(
            re.fullmatch(r"published_month=(\d{4}-\d{2}|__HIVE_DEFAULT_PARTITION__)", f) for f in folders
        )
        assert not glob.glob(str(partitioned / table / "*.parquet")), "partitioned tables keep no flat files"
    assert (partitioned / "event_actors").is_dir() and glob.glob(str(partitioned / "event_actors" / "*.parquet"))
    articles = str(partitioned / "articles" / "*" / "*.parquet")
    query = "SELECT article_id, published, published_month FROM read_parquet('{}', hive_partitioning = true)"
    rows = duckdb.sql(query.format(articles)).fetchall()
    by_id = {r[0]: r for r in rows}
    assert len(by_id) == 5 + len(ARTICLES)
    for _aid, published, month in rows:
        assert month == (published.strftime("%Y-%m") if published else None)
    assert by_id["bi-3"][2] is None  # no publication date: Hive's NULL partition
    assert by_id["bi-1"][2] == "2023-10"
    events = str(partitioned / "events" / "*" / "*.avro")
    assert glob.glob(events), "the events table is partitioned in Avro too"


def test_default_layout_is_unchanged_by_the_new_option(flat):
    for table in ("events", "event_actors", "articles", "merged_events"):
        assert glob.glob(str(flat / table / "part-*.parquet")), table
        assert not [p for p in glob.glob(str(flat / table / "*")) if os.path.isdir(p)], table
