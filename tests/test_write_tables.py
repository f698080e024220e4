"""The Parquet sink's row groups are bounded in bytes, so a worker's sink memory does not grow with
its share of the input (Beam's default holds up to 64 MiB per table per bundle)."""

import datetime
import glob

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from transforms.write_tables import ROW_GROUP_BYTES, WriteParquetTable

N_ROWS = 6000


def _article_rows(n):
    return [
        {
            "article_id": f"wire-{i:06d}",
            "source_file": "feed.jsonl",
            "published": datetime.date(2024, 5, 1 + i % 28),
            "source": "Wire",
            "dateline": "NAIROBI",
            "url": f"https://example.org/news/{i}",
            "title": f"Ministers hold talks on the corridor, round {i}",
            "n_events": i % 3,
            "n_chars": 1000 + i,
        }
        for i in range(n)
    ]


def _row_groups(folder):
    groups = []
    for path in glob.glob(f"{folder}/articles/*.parquet"):
        meta = pq.ParquetFile(path).metadata
        groups += [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    return groups


def _write(tmp_path, **kwargs):
    with TestPipeline() as p:
        _ = p | beam.Create(_article_rows(N_ROWS)) | WriteParquetTable(str(tmp_path), "articles", **kwargs)
    return _row_groups(tmp_path)


def test_rows_are_flushed_in_row_groups_of_bounded_size(tmp_path):
    # ~1,000 rows (one record batch) are about 100 KB: a 150 KB bound flushes every second batch.
    groups = _write(tmp_path, row_group_bytes=150_000)
    assert sum(groups) == N_ROWS
    assert len(groups) >= 3
    assert max(groups) <= 2000


def test_the_default_bound_keeps_small_tables_in_one_row_group(tmp_path):
    assert ROW_GROUP_BYTES >= 8 << 20  # large row groups for BI readers
    groups = _write(tmp_path)
    assert sum(groups) == N_ROWS
    assert len(groups) == len(glob.glob(f"{tmp_path}/articles/*.parquet"))  # one group per file
