"""The benchmark harness on a tiny corpus: the report's structure, never its speed."""

from __future__ import annotations

import json
import pathlib
import sys

import pytest

from pipelines.benchmark import RUNS, benchmark, format_report, measure, settled_rss, write_corpus


def test_corpus_has_unique_ids_and_the_requested_size(tmp_path):
    path = tmp_path / "corpus.jsonl"
    facts = write_corpus(25, path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == facts["articles"] == 25
    assert len({r["id"] for r in records}) == 25
    assert all(r["text"].strip() for r in records)


def test_tiny_benchmark_reports_every_run(tmp_path):
    report = benchmark(n=20, repeat=1, work_dir=str(tmp_path), log=lambda _: None)
    assert report["n"] == 20
    assert report["corpus"]["tokens"] > 0
    assert set(report["runs"]) == set(RUNS)
    for name, run in report["runs"].items():
        for key in ("seconds", "cpu_seconds", "articles_per_s", "tokens_per_s", "peak_total_mib", "peak_parent_mib"):
            assert run[key] > 0, (name, key, run)
    # The multi-process run has worker processes of its own, each with the model loaded.
    assert report["runs"]["pipeline_2mp"]["worker_processes"] >= 2
    assert report["runs"]["pipeline_2mp"]["peak_worker_mib"] > 0
    # The level a worker settles at is a resident size it really had, so never above its high-water mark.
    settled = report["runs"]["pipeline_2mp"]["steady_worker_mib"]
    assert 0 < settled <= report["runs"]["pipeline_2mp"]["peak_worker_mib"]
    assert report["ratios"]["pipeline_1_vs_bare_spacy"] > 0
    assert report["ratios"]["pipeline_2mp_vs_pipeline_1"] > 0
    assert report["ratios"]["pipeline_1_vs_bare_spacy_numpy"] > 0
    # The two-process baseline is two processes, each over half the corpus, with the same tokens in all.
    assert report["runs"]["bare_spacy_numpy_2proc"]["worker_processes"] >= 2
    assert report["ratios"]["bare_spacy_numpy_2proc_vs_bare_spacy_numpy"] > 0
    # The tree's CPU time includes the two worker processes, each of which loads the model.
    runs = report["runs"]
    assert runs["pipeline_2mp"]["cpu_seconds"] > runs["pipeline_1"]["cpu_seconds"] * 0.8
    # Both bare runs keep every default component; they differ only in how matrices are multiplied.
    assert report["runs"]["bare_spacy"]["pipes"] == report["runs"]["bare_spacy_numpy"]["pipes"]
    text = format_report(report)
    assert all(f"| {name} |" in text for name in RUNS)


@pytest.mark.skipif(not pathlib.Path("/proc/self/status").exists(), reason="the kernel's high-water mark is Linux's")
def test_peak_memory_is_the_high_water_mark_not_a_sample(tmp_path):
    # 300 MiB held for a few milliseconds, then freed: a 50 ms sampler of the resident size misses it
    spike = "x = bytearray(300 * 2**20); del x; import time; time.sleep(0.5)"
    run = measure([sys.executable, "-c", spike], cwd=tmp_path)
    assert run["peak_parent_mib"] >= 300


def test_settled_size_is_the_late_level_not_start_up_or_one_spike():
    mib = 1 << 20
    start_up = [50 * mib] * 10  # before the model is loaded
    late = [400 * mib] * 9 + [900 * mib]  # one batch's transient peak
    assert settled_rss(start_up + late) == 400 * mib
    assert settled_rss([]) == 0
