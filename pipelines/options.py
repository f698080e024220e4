"""The project's pipeline options; every other Beam option passes through untouched."""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

from extractor.nlp import DEFAULT_MODEL

FORMATS = ("parquet", "avro")


class ExtractOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser):
        parser.add_argument(
            "--input", action="append", default=None,
            help="File pattern of articles (local or gs://): *.jsonl, *.jsonl.gz, *.json or raw *.txt. Repeatable.",
        )
        parser.add_argument("--output", default=None, help="Output folder (local or gs://) for the tables.")
        parser.add_argument(
            "--formats", default="parquet,avro",
            help="Formats of the events table, comma separated: parquet (always written) and avro.",
        )
        parser.add_argument(
            "--spacy_model", default=DEFAULT_MODEL,
            help="Installed spaCy pipeline package to load, e.g. en_core_web_md or en_core_web_trf.",
        )
        parser.add_argument(
            "--batch_size", type=int, default=64, help="Most articles handed to nlp.pipe at once."
        )


def validate(opts: ExtractOptions) -> tuple[str, ...]:
    """Reject bad flag combinations before anything is built; return the formats."""
    if not opts.input:
        raise SystemExit("error: --input is required (a file pattern of articles)")
    if not opts.output:
        raise SystemExit("error: --output is required (a folder for the tables)")
    formats = tuple(f.strip().lower() for f in opts.formats.split(",") if f.strip())
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise SystemExit(f"error: unknown --formats {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    if opts.batch_size < 1:
        raise SystemExit("error: --batch_size must be at least 1")
    return tuple(dict.fromkeys(("parquet",) + formats))
