"""The project's pipeline options; every other Beam option passes through untouched."""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from extractor.nlp import DEFAULT_BATCH_SIZE, DEFAULT_MODEL

FORMATS = ("parquet", "avro")
STREAM_INPUTS = ("input_subscription", "input_topic", "input_replay")
PARTITIONINGS = ("published_month",)


class ExtractOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument(
            "--input",
            action="append",
            default=None,
            help="File pattern of articles (local or gs://): *.jsonl, *.jsonl.gz, *.json or raw *.txt. Repeatable.",
        )
        parser.add_argument("--output", default=None, help="Output folder (local or gs://) for the tables.")
        parser.add_argument(
            "--formats",
            default="parquet,avro",
            help="Formats of the events table, comma separated: parquet (always written) and avro.",
        )
        parser.add_argument(
            "--spacy_model",
            default=DEFAULT_MODEL,
            help="Installed spaCy pipeline package to load, e.g. en_core_web_md or en_core_web_trf.",
        )
        parser.add_argument(
            "--batch_size", type=int, default=DEFAULT_BATCH_SIZE, help="Most articles handed to nlp.pipe at once."
        )
        # Streaming (with Beam's --streaming): the source and the sink change, the extraction does not.
        parser.add_argument(
            "--input_subscription",
            default=None,
            help="Streaming: Pub/Sub subscription to read, projects/P/subscriptions/S; one JSON article a message.",
        )
        parser.add_argument(
            "--input_topic",
            default=None,
            help="Streaming: Pub/Sub topic to read, projects/P/topics/T (Dataflow makes a temporary subscription).",
        )
        parser.add_argument(
            "--input_replay",
            default=None,
            help="Streaming without a cloud account: replay this local .jsonl file as a timed stream "
            "(runs on the local BundleBasedDirectRunner).",
        )
        parser.add_argument(
            "--timestamp_attribute",
            default=None,
            help="Pub/Sub message attribute holding the event time (RFC 3339 or epoch millis), "
            "e.g. published; default: the message's publish time.",
        )
        parser.add_argument(
            "--id_attribute",
            default=None,
            help="Pub/Sub message attribute with a unique id; Dataflow drops redelivered messages "
            "that carry the same one.",
        )
        parser.add_argument(
            "--window_seconds",
            type=int,
            default=60,
            help="Streaming: length of the fixed event-time windows; one set of output files per window.",
        )
        parser.add_argument(
            "--allowed_lateness_seconds",
            type=int,
            default=3600,
            help="Streaming: how late an article may arrive after its window closed and still be written.",
        )
        parser.add_argument(
            "--shards_per_window",
            type=int,
            default=1,
            help="Streaming: output files per table, window and firing.",
        )
        parser.add_argument(
            "--partition_by",
            default=None,
            choices=PARTITIONINGS,
            help="Batch: write events/, articles/ and merged_events/ in Hive-style folders, "
            "published_month=2023-10/ (DuckDB hive_partitioning, BigQuery external tables); "
            "default: one flat folder per table.",
        )


def validate(opts: ExtractOptions) -> tuple[str, ...]:
    """Reject bad flag combinations before anything is built; return the formats."""
    stream_inputs = [f for f in STREAM_INPUTS if getattr(opts, f)]
    if opts.input_subscription or opts.input_topic:
        # Pub/Sub is unbounded: reading it means streaming (a Flex Template cannot pass --streaming).
        opts.view_as(StandardOptions).streaming = True
    streaming = opts.view_as(StandardOptions).streaming
    if streaming:
        if len(stream_inputs) != 1 or opts.input:
            raise SystemExit(
                "error: --streaming reads exactly one of --input_subscription, --input_topic, --input_replay "
                "(and no --input)"
            )
        if opts.window_seconds < 1 or opts.allowed_lateness_seconds < 0 or opts.shards_per_window < 1:
            raise SystemExit(
                "error: --window_seconds and --shards_per_window must be at least 1, "
                "--allowed_lateness_seconds at least 0"
            )
    elif stream_inputs:
        raise SystemExit(f"error: --{stream_inputs[0]} needs --streaming")
    elif not opts.input:
        raise SystemExit("error: --input is required (a file pattern of articles)")
    if not opts.output:
        raise SystemExit("error: --output is required (a folder for the tables)")
    formats = tuple(f.strip().lower() for f in opts.formats.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise SystemExit(f"error: unknown --formats {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    if opts.batch_size < 1:
        raise SystemExit("error: --batch_size must be at least 1")
    if opts.partition_by and streaming:
        raise SystemExit("error: --partition_by is for batch runs; a stream writes files per window")
    return tuple(dict.fromkeys(("parquet",) + formats))
