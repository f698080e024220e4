"""The seed article of ANNOTATION.md, run as a raw .txt through the command line.

It must give exactly its five coded events with every slot right; the Parquet,
the Avro and DuckDB must all agree. The bundled rewrite must give the same five.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb
import fastavro
import pyarrow.parquet as pq
import pytest

from tests.conftest import REPO


def _run(input_path, output):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.extract_events",
            "--input",
            str(input_path),
            "--output",
            str(output),
        ],
        check=True,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _events_from_parquet(output):
    return pq.read_table(sorted((output / "events").glob("*.parquet"))).to_pylist()


def _key(event):
    names = tuple(sorted((a["name"], a["kind"], a["role"], a["country"]) for a in event["actors"]))
    return event["event_type"], names


MEETING = (
    "MEETING",
    (("Vladimir Putin", "person", "participant", "RUS"), ("Xi Jinping", "person", "participant", "CHN")),
)
SUPPORT_XI = (
    "SUPPORT_STATEMENT",
    (("Russian people", "group", "target", "RUS"), ("Xi Jinping", "person", "source", "CHN")),
)
GAS = (
    "PROJECT_PROPOSAL",
    (
        ("Mongolia", "country", "partner", "MNG"),
        ("Russia", "country", "partner", "RUS"),
        ("Xi Jinping", "person", "proposer", "CHN"),
    ),
)
ALIGN = (
    "PROJECT_PROPOSAL",
    (
        ("Eurasian Economic Union", "organization", "partner", None),
        ("Russia", "country", "partner", "RUS"),
        ("Xi Jinping", "person", "proposer", "CHN"),
    ),
)
SUPPORT_PUTIN = ("SUPPORT_STATEMENT", (("Vladimir Putin", "person", "source", "RUS"),))


def check_five_events(events):
    by_key = {_key(e): e for e in events}
    assert sorted(by_key) == sorted([MEETING, SUPPORT_XI, GAS, ALIGN, SUPPORT_PUTIN]), sorted(by_key)
    assert len(events) == 5
    for e in events:
        assert e["venue_place"] == "Beijing", e
        assert e["venue_country"] == "CHN"
        assert e["event_date"] == "2023-10-18"
        assert e["dateline"] == "Tokyo"
        assert e["evidence"] and 0 <= e["evidence_start"] < e["evidence_end"]
        assert 0.0 < e["confidence"] <= 1.0
    assert by_key[MEETING]["venue_occasion"] == "third Belt and Road Forum for International Cooperation"
    assert by_key[GAS]["project"] == "China-Mongolia-Russia natural gas pipeline"
    assert by_key[ALIGN]["project"] == ("alignment of the Belt and Road Initiative with the Eurasian Economic Union")
    assert by_key[SUPPORT_XI]["topic"] == "path of national rejuvenation"
    assert by_key[SUPPORT_PUTIN]["topic"] == "Belt and Road Initiative"
    for e in events:
        assert e["topic"] is None or e["event_type"] == "SUPPORT_STATEMENT"
        assert e["project"] is None or e["event_type"] == "PROJECT_PROPOSAL"


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory, seed_path):
    folder = tmp_path_factory.mktemp("seed")
    raw = folder / "in" / seed_path.name
    raw.parent.mkdir()
    shutil.copy(seed_path, raw)
    _run(raw, folder / "out")
    return folder / "out", seed_path.read_text(encoding="utf-8")


def test_seed_gives_its_five_events_in_parquet(seed_output):
    output, _ = seed_output
    check_five_events(_events_from_parquet(output))


def test_evidence_offsets_point_into_the_article_text(seed_output, seed_path):
    from extractor.feed import parse_raw_text

    output, raw = seed_output
    text = parse_raw_text(raw, "seed")["text"]
    for e in _events_from_parquet(output):
        assert text[e["evidence_start"] : e["evidence_end"]] == e["evidence"]


def test_avro_holds_the_same_events(seed_output):
    output, _ = seed_output
    avro_rows = []
    for path in sorted((output / "events").glob("*.avro")):
        with open(path, "rb") as f:
            avro_rows += list(fastavro.reader(f))
    parquet_rows = _events_from_parquet(output)
    assert sorted(avro_rows, key=lambda r: r["event_id"]) == sorted(parquet_rows, key=lambda r: r["event_id"])


def test_duckdb_reads_the_tables(seed_output):
    output, _ = seed_output
    con = duckdb.connect()
    counts = dict(
        con.execute(f"SELECT event_type, count(*) FROM read_parquet('{output}/events/*.parquet') GROUP BY 1").fetchall()
    )
    assert counts == {"MEETING": 1, "SUPPORT_STATEMENT": 2, "PROJECT_PROPOSAL": 2}
    actors = con.execute(
        f"SELECT count(*) FROM read_parquet('{output}/event_actors/*.parquet') WHERE country = 'CHN'"
    ).fetchone()
    assert actors == (4,)
    article = con.execute(
        f"SELECT article_id, n_events, published, source FROM read_parquet('{output}/articles/*.parquet')"
    ).fetchall()
    assert article[0][0] == "kuna-2023-10-18-xi-putin" and article[0][1] == 5
    assert str(article[0][2]) == "2023-10-18" and "KUNA" in article[0][3]


def test_bundled_rewrite_gives_the_same_five_events(tmp_path):
    sample = REPO / "samples" / "kuna-2023-10-18-xi-putin-rewrite.txt"
    _run(sample, tmp_path / "out")
    check_five_events(_events_from_parquet(tmp_path / "out"))
