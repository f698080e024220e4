"""The hostile corpus through the real command line: nothing lost, every reason told, runs repeatable.

The small text cases are committed under tests/hostile/ (see its README.md); binary, compressed,
non-UTF-8 and multi-megabyte files are generated here into tmp_path.
"""

from __future__ import annotations

import collections
import glob
import gzip
import json
import os
import pathlib
import shutil
import subprocess
import sys
import zlib

import fastavro
import pyarrow.parquet as pq
import pytest

from extractor.feed import parse_json_record, parse_raw_text

REPO = pathlib.Path(__file__).resolve().parents[1]
HOSTILE = REPO / "tests" / "hostile"
ENGLISH = "Ministers from the two countries met in Rome on Monday and discussed trade, officials said."


def _gz_articles() -> bytes:
    lines = [
        json.dumps({"id": f"gz-{i:02d}", "text": f"{ENGLISH} Report {i} of {i * 7919 % 1000} follows {i}."})
        for i in range(12)
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_corpus(folder: pathlib.Path) -> dict:
    """The committed cases plus generated ones; returns what the run must report."""
    folder.mkdir()
    for path in HOSTILE.iterdir():
        if path.suffix in (".jsonl", ".txt"):
            shutil.copy(path, folder / path.name)
    # 1.2 million characters on one JSON line; 5 MB in one .txt feed file.
    (folder / "big.jsonl").write_text(json.dumps({"id": "big-1", "text": "word " * 240_000}) + "\n")
    (folder / "big.txt").write_bytes(b"All work and no play. " * 227_273)
    # Binary data, under a .txt name and under a .jsonl name.
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "image.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    # Latin-1, not UTF-8: a whole file, and one line of a JSON Lines file.
    latin = f"{ENGLISH} The talks took place in Bogotá.".encode("latin-1")
    (folder / "latin1.txt").write_bytes(latin)
    good = json.dumps({"id": "latin-ok", "text": ENGLISH}).encode()
    bad = b'{"id": "latin-bad", "text": "Talks in Bogot\xe1."}'
    (folder / "latin1.jsonl").write_bytes(good + b"\n" + bad + b"\n")
    (folder / "utf16.txt").write_bytes(ENGLISH.encode("utf-16"))
    # Empty files; gzip data under a plain name; plain text under a .gz name.
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "gzipped.jsonl").write_bytes(gzip.compress(good + b"\n"))
    (folder / "notgzip.txt.gz").write_bytes(ENGLISH.encode())
    # Control characters inside an otherwise good text file (fewer than 10% of bytes).
    (folder / "controls.txt").write_bytes(ENGLISH.encode() + b"\x00 Trade\x07 rose\x1b sharply.\x0b")
    # A truncated .gz: what is readable is kept, the damage is one rejected record.
    data = gzip.compress(_gz_articles())
    cut = data[: int(len(data) * 0.6)]
    (folder / "truncated.jsonl.gz").write_bytes(cut)
    readable = zlib.decompressobj(wbits=31).decompress(cut)
    complete = readable.count(b"\n")
    assert 2 <= complete < 12, "the fixture must cut the archive in the middle"
    partial_line = readable.rsplit(b"\n", 1)[1]

    latin_at = latin.index("á".encode("latin-1"))
    bad_at = bad.index(b"\xe1")
    records = folder / "records.jsonl"
    rejected = [
        ("records.jsonl", "parse", "line 2: invalid JSON: Expecting ',' delimiter at column 44"),
        ("records.jsonl", "parse", "line 3: JSON record is null, not an object"),
        ("records.jsonl", "parse", "line 4: JSON record is a list, not an object"),
        ("records.jsonl", "parse", "line 5: 'id' is missing"),
        ("records.jsonl", "parse", "line 6: 'id' is a list, not a string"),
        ("records.jsonl", "parse", "line 7: 'text' is missing"),
        ("records.jsonl", "parse", "line 8: 'text' is a number, not a string"),
        ("records.jsonl", "parse", "line 9: text is empty"),
        ("records.jsonl", "parse", "line 10: text is empty"),
        (
            "records.jsonl",
            "language",
            "line 13: not English: 0% of words are common English words (English text has over 10%)",
        ),
        ("records.jsonl", "language", "line 14: language 'de' is not English"),
        ("records.jsonl", "language", "line 15: not English: 100% of letters are not Latin letters"),
        ("records.jsonl", "parse", "line 23: 'id' is true, not a string"),
        ("records.jsonl", "parse", "line 24: JSON record is a string, not an object"),
        ("records.jsonl", "parse", "line 26: invalid JSON: nested too deeply"),
        (
            "records.jsonl",
            "parse",
            "line 27: invalid JSON: Exceeds the limit (4300 digits) for integer string conversion: "
            "value has 5000 digits",
        ),
        (
            "records.jsonl",
            "dedupe",
            f"duplicate of article 'dup-same' kept from {records} line 18 (same text)",
        ),
        (
            "records.jsonl",
            "dedupe",
            f"id 'dup-diff' is already used by a different text in {records} line 20; "
            "of copies with one id, the first by file name and line is kept",
        ),
        (
            "records.jsonl",
            "dedupe",
            f"duplicate of article 'cross-1' kept from {folder / 'cross-1.txt'} (same text)",
        ),
        ("big.jsonl", "parse", "line 1: text longer than 1,000,000 characters (1,200,000)"),
        ("big.txt", "read", "text longer than 1,000,000 characters (the file has over 4,065,536 bytes)"),
        ("binary.txt", "read", "binary data, not text (11% control bytes in the first 8,192 bytes)"),
        ("image.jsonl", "read", "binary data, not text (11% control bytes in the first 4,104 bytes)"),
        ("latin1.txt", "read", f"not valid UTF-8 at byte {latin_at}"),
        ("latin1.jsonl", "read", f"line 2: not valid UTF-8 at byte {bad_at}"),
        ("utf16.txt", "read", "UTF-16 text (byte-order mark), not UTF-8"),
        ("empty.txt", "parse", "text is empty"),
        ("gzipped.jsonl", "read", "gzip-compressed data where text was expected (name the file *.gz)"),
        ("notgzip.txt.gz", "read", "file unreadable: Not a gzipped file (b'Mi')"),
        (
            "truncated.jsonl.gz",
            "read",
            f"file unreadable after line {complete}: Compressed file ended before the end-of-stream marker was reached",
        ),
    ]
    articles = {
        # records.jsonl
        "ok-1", "bad-date", "html-1", "ctl-1", "dup-same", "dup-diff", "12345", "title-num",
        # committed .txt files
        "cross-1", "feed-markup", "bad-header-date",
        # generated
        "latin-ok", "controls",
        *(f"gz-{i:02d}" for i in range(complete)),
    }  # fmt: skip
    by_reason = {
        "bad_id": 3,
        "bad_text": 2,
        "binary": 3,
        "duplicate": 2,
        "empty_text": 3,
        "id_conflict": 1,
        "invalid_json": 3,
        "not_an_object": 3,
        "not_english": 3,
        "not_utf8": 3,
        "too_long": 2,
        "unreadable": 2,
    }
    warnings = {
        "control_characters_replaced": 2,
        "empty_file": 1,
        "field_not_string": 2,
        "markup_removed": 2,
        "published_unparseable": 2,
    }
    assert sum(by_reason.values()) == len(rejected)
    return {
        "rejected": rejected,
        "articles": articles,
        "by_reason": by_reason,
        "warnings": warnings,
        "partial_line": partial_line,
    }


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.extract_events", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )


def parquet_rows(folder: str) -> list[dict]:
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, "*.parquet"))):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def tables(out: str) -> dict[str, list[str]]:
    """Every table's rows, canonical and sorted, so runs can be compared whatever the sharding."""
    found = {t: parquet_rows(os.path.join(out, t)) for t in ("events", "event_actors", "articles")}
    avro = []
    for path in glob.glob(os.path.join(out, "events", "*.avro")):
        with open(path, "rb") as f:
            avro.extend(fastavro.reader(f))
    found["events_avro"] = avro
    rejected = []
    for path in glob.glob(os.path.join(out, "rejected", "*.jsonl")):
        with open(path, encoding="utf-8") as f:
            rejected.extend(json.loads(line) for line in f)
    found["rejected"] = rejected
    return {
        name: sorted(json.dumps(r, sort_keys=True, default=str, ensure_ascii=False) for r in rows)
        for name, rows in found.items()
    }


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    corpus = tmp / "corpus"
    expected = write_corpus(corpus)
    out = tmp / "out"
    proc = run_cli("--input", str(corpus / "*"), "--output", str(out), "--direct_num_workers", "1")
    assert proc.returncode == 0, proc.stderr[-4000:]
    return corpus, out, expected, proc, tables(str(out))


def test_every_record_is_accounted_for_exactly(first_run):
    _, out, expected, proc, _ = first_run
    summary = json.loads((out / "_summary.json").read_text())
    n_rejected = len(expected["rejected"])
    n_articles = len(expected["articles"])
    assert summary["records_rejected"] == n_rejected
    assert summary["articles_processed"] == n_articles
    assert summary["records_read"] == n_articles + n_rejected
    assert summary["balanced"] is True
    assert summary["rejected_by_reason"] == expected["by_reason"]
    assert summary["warnings"] == expected["warnings"]
    assert f"processed: {n_articles}, rejected: {n_rejected}" in proc.stdout


def test_each_rejected_record_says_where_and_why(first_run):
    corpus, out, expected, _, _ = first_run
    rows = [json.loads(r) for r in first_run[4]["rejected"]]
    got = sorted((os.path.basename(r["source_file"]), r["stage"], r["reason"]) for r in rows)
    assert got == sorted(expected["rejected"])
    by_reason = {r["reason"]: r for r in rows}
    for row in rows:
        assert len(row["record"].encode("utf-8")) <= 64 * 1024
    # The raw record is kept: the bad line as read, a clipped prefix of a big file, the damaged line.
    assert by_reason["line 3: JSON record is null, not an object"]["record"] == "null"
    assert by_reason["line 1: text longer than 1,000,000 characters (1,200,000)"]["record"].startswith(
        '{"id": "big-1", "text": "word word'
    )
    truncated = next(r for r in rows if r["source_file"].endswith("truncated.jsonl.gz"))
    assert truncated["record"] == expected["partial_line"].decode("utf-8")
    dup = next(r for r in rows if "'dup-diff'" in r["reason"])
    assert json.loads(dup["record"])["text"].endswith("Gold fell.")


def test_articles_table_holds_exactly_the_usable_articles(first_run):
    corpus, out, expected, _, found = first_run
    articles = [json.loads(r) for r in found["articles"]]
    assert sorted(a["article_id"] for a in articles) == sorted(expected["articles"])
    by_id = {a["article_id"]: a for a in articles}
    assert by_id["bad-date"]["published"] is None and by_id["bad-header-date"]["published"] is None
    assert by_id["html-1"]["published"] == "2024-03-05"
    assert by_id["cross-1"]["source_file"].endswith("cross-1.txt")
    assert by_id["title-num"]["title"] is None
    assert by_id["feed-markup"]["dateline"] == "Muscat" and by_id["feed-markup"]["source"] == "Test Agency"
    events = [json.loads(r) for r in found["events"]]
    summary = json.loads((out / "_summary.json").read_text())
    assert dict(collections.Counter(e["event_type"] for e in events)) == summary["events"]
    assert sum(a["n_events"] for a in articles) == len(events)


def _source_texts(corpus: pathlib.Path) -> dict[str, tuple[str, str]]:
    """article id -> (the text as given in the input, the cleaned text events are read from)."""
    texts = {}
    with open(corpus / "records.jsonl", encoding="utf-8") as f:
        for line in f:
            try:
                article = parse_json_record(line)
            except ValueError:
                continue
            texts.setdefault(article["article_id"], (json.loads(line)["text"], article["text"]))
    for name in ("feed-markup", "cross-1"):
        raw = (corpus / f"{name}.txt").read_text(encoding="utf-8")
        article = parse_raw_text(raw, name)
        texts[name] = (None, article["text"])
    return texts


def test_evidence_offsets_index_the_text_even_after_markup_was_blanked(first_run):
    corpus, _, _, _, found = first_run
    texts = _source_texts(corpus)
    events = [json.loads(r) for r in found["events"]]
    checked = 0
    for event in events:
        if event["article_id"] not in texts:
            continue
        original, cleaned = texts[event["article_id"]]
        assert cleaned[event["evidence_start"] : event["evidence_end"]] == event["evidence"]
        if original is not None:
            assert len(original) == len(cleaned)
        checked += 1
    assert checked, "no event in the hostile corpus to check offsets on"


def test_same_rows_with_two_threads_and_a_rerun_replaces_the_tables(first_run):
    corpus, out, _, _, rows_before = first_run
    stale = out / "events" / "part-stale-from-an-earlier-run.parquet"
    shutil.copy(next((out / "events").glob("*.parquet")), stale)
    summary_before = json.loads((out / "_summary.json").read_text())
    proc = run_cli(
        "--input",
        str(corpus / "*"),
        "--output",
        str(out),
        "--direct_running_mode=multi_threading",
        "--direct_num_workers=2",
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert not stale.exists()
    rows_after = tables(str(out))
    for name in rows_before:
        assert rows_after[name] == rows_before[name], name
    assert json.loads((out / "_summary.json").read_text()) == summary_before


def test_an_input_pattern_that_matches_nothing_stops_before_the_pipeline(tmp_path):
    out = tmp_path / "out"
    proc = run_cli("--input", str(tmp_path / "nothing-here" / "*.jsonl"), "--output", str(out))
    assert proc.returncode != 0
    assert "matches no file" in proc.stderr
    assert not out.exists()
