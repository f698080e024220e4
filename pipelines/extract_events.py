"""Extract diplomatic events from news articles into Parquet and Avro tables.

Reads articles (JSON Lines with ``id`` and ``text``, or raw ``.txt`` feed files),
finds MEETING, SUPPORT_STATEMENT and PROJECT_PROPOSAL events with spaCy and the
extractor's rules, and writes under ``--output``: ``events/`` (Parquet and Avro),
``event_actors/``, ``articles/`` and ``rejected/``, plus ``_summary.json``.

Locally (with no ``--runner`` the in-process FnApiRunner runs; it never goes to the network)::

    python -m pipelines.extract_events --input 'samples/*.txt' --output out

    python -m pipelines.extract_events --input 'news/*.jsonl.gz' --output out \\
        --direct_running_mode=multi_processing --direct_num_workers=2

On Dataflow::

    python -m pipelines.extract_events --input 'gs://BUCKET/news/*.jsonl.gz' \\
        --output gs://BUCKET/events --runner DataflowRunner --project PROJECT \\
        --region REGION --temp_location gs://BUCKET/tmp --setup_file ./setup.py
"""

from __future__ import annotations

import json
import logging
import sys

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipelines.options import ExtractOptions, validate
from transforms.dedupe_articles import DedupeArticles
from transforms.extract_events import ExtractEvents
from transforms.merge_events import MergeEvents
from transforms.pubsub_source import ReadPubSubArticles, replay_stream
from transforms.read_articles import ReadArticles
from transforms.windowed_sink import WriteWindowedTables, summarise_tables
from transforms.write_tables import WriteMergedEvents, WriteTables, clear_tables

_LOG = logging.getLogger(__name__)


def check_inputs(patterns: list[str]) -> None:
    """A pattern that matches nothing is an error before the pipeline starts."""
    for pattern in patterns:
        try:
            matched = FileSystems.match([pattern])[0].metadata_list
        except Exception as exc:  # noqa: BLE001 - report any file-system failure the same way
            raise SystemExit(f"error: cannot read --input {pattern!r}: {exc}") from None
        if not matched:
            raise SystemExit(f"error: --input {pattern!r} matches no file")


def io_for(opts: ExtractOptions, formats: tuple[str, ...]):
    """The source and the sink: files in batch; Pub/Sub (or a local replay) and files per window with
    ``--streaming``. They are the only parts of the graph that differ between the two."""
    if not opts.view_as(StandardOptions).streaming:
        return ReadArticles(opts.input), WriteTables(opts.output, formats, opts.partition_by)
    source = ReadPubSubArticles(
        subscription=opts.input_subscription,
        topic=opts.input_topic,
        timestamp_attribute=opts.timestamp_attribute,
        id_attribute=opts.id_attribute,
        window_seconds=opts.window_seconds,
        allowed_lateness_seconds=opts.allowed_lateness_seconds,
        messages=replay_stream(opts.input_replay, opts.window_seconds) if opts.input_replay else None,
        source=opts.input_replay,
    )
    return source, WriteWindowedTables(opts.output, formats, opts.shards_per_window)


def build(pipeline: beam.Pipeline, opts: ExtractOptions, formats: tuple[str, ...], source=None, sink=None):
    """The whole graph: read, extract, write. Returns the write results.

    ``source`` (the pipeline's start to articles and ``rejected``) and ``sink`` (events, articles,
    rejected to tables) default to the batch ones, ``ReadArticles`` and ``WriteTables``."""
    source = source if source is not None else ReadArticles(opts.input)
    sink = sink if sink is not None else WriteTables(opts.output, formats, opts.partition_by)
    articles, read_rejected = pipeline | source
    # DedupeArticles groups by id, which also spreads the articles over workers: no Reshuffle needed
    unique, duplicates = articles | "DedupeArticles" >> DedupeArticles()
    extracted = unique | "ExtractEvents" >> ExtractEvents(opts.spacy_model, opts.batch_size)
    rejected = (read_rejected, duplicates, extracted.rejected) | "CollectRejected" >> beam.Flatten()
    written = (extracted.events, extracted.articles, rejected) | sink
    # merged_events/: one row per real-world event across articles (per window when streaming).
    merged = extracted.events | "MergeEvents" >> MergeEvents()
    streaming = opts.view_as(StandardOptions).streaming
    shards = getattr(opts, "shards_per_window", 1)
    write_merged = WriteMergedEvents(opts.output, formats, streaming, shards, opts.partition_by)
    merged_written = merged | "WriteMergedEvents" >> write_merged
    return {**written, **merged_written} if isinstance(written, dict) else written


def summarise(result) -> dict:
    """Counts from the run's Beam metrics: records in = processed + rejected."""
    counters = {}
    for c in result.metrics().query(MetricsFilter())["counters"]:
        key = f"{c.key.metric.namespace}:{c.key.metric.name}"
        value = c.committed if c.committed is not None else c.attempted
        counters[key] = counters.get(key, 0) + (value or 0)
    events = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("events:")}
    rejected_by_reason = {k.split(":", 1)[1]: v for k, v in counters.items() if k.startswith("rejected:")}
    summary = {
        "records_read": counters.get("pipeline:records_read", 0),
        "articles_processed": counters.get("pipeline:articles_processed", 0),
        "records_rejected": counters.get("pipeline:records_rejected", 0),
        "events": dict(sorted(events.items())),
        "events_total": sum(events.values()),
        "rejected_by_reason": dict(sorted(rejected_by_reason.items())),
        # Kept, but not all of it used as given (docs/BAD_INPUT.md): e.g. published_unparseable.
        "warnings": {k.split(":", 1)[1]: v for k, v in sorted(counters.items()) if k.startswith("warnings:")},
    }
    summary["balanced"] = summary["records_read"] == summary["articles_processed"] + summary["records_rejected"]
    return summary


def write_summary(output: str, summary: dict) -> None:
    with FileSystems.create(FileSystems.join(output, "_summary.json")) as f:
        f.write(json.dumps(summary, indent=2, sort_keys=True).encode("utf-8"))


def run(argv=None, test_pipeline=None) -> dict:
    options = PipelineOptions(argv)
    opts = options.view_as(ExtractOptions)
    formats = validate(opts)
    streaming = options.view_as(StandardOptions).streaming
    if not streaming:
        check_inputs(opts.input)
    if not streaming or opts.input_replay:  # a relaunched stream keeps the windows it wrote before
        clear_tables(opts.output)
    if test_pipeline is not None:
        pipeline = test_pipeline
    elif options.view_as(StandardOptions).runner is None and streaming:
        # The in-process runner has no streaming mode; this one runs TestStream, triggers and late data.
        from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner

        pipeline = beam.Pipeline(runner=BundleBasedDirectRunner(), options=options)
    elif options.view_as(StandardOptions).runner is None:
        # Beam's DirectRunner first tries to download the Prism binary; run in-process instead.
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner

        pipeline = beam.Pipeline(runner=FnApiRunner(), options=options)
    else:
        pipeline = beam.Pipeline(options=options)
    build(pipeline, opts, formats, *io_for(opts, formats))
    result = pipeline.run()
    if streaming and "Dataflow" in type(pipeline.runner).__name__:
        # A streaming job runs until drained or cancelled; the launcher returns once it is submitted.
        _LOG.info("streaming job submitted: %s", getattr(result, "job_id", lambda: None)())
        return {"streaming": True, "state": str(result.state)}
    result.wait_until_finish()
    summary = summarise_tables(opts.output) if streaming else summarise(result)
    write_summary(opts.output, summary)
    _LOG.info("summary: %s", json.dumps(summary, sort_keys=True))
    return summary


def main(argv=None) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    summary = run(argv if argv is not None else sys.argv[1:])
    print(
        f"articles read: {summary['records_read']}, processed: {summary['articles_processed']}, "
        f"rejected: {summary['records_rejected']}; events: {summary['events_total']} "
        + json.dumps(summary["events"], sort_keys=True)
    )


if __name__ == "__main__":
    main()
