"""ReadArticles: file patterns in, articles and rejected records out.

``.jsonl``/``.jsonl.gz``/``.json`` files give one record a non-blank line; any
other file (``.txt`` feeds) gives one record per file. Whatever cannot be read
or parsed leaves on the ``rejected`` output with its stage and reason.
"""

from __future__ import annotations

import os
import zlib

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.metrics import Metrics

from extractor.errors import InputError
from extractor.feed import clip_record, parse_json_record, parse_raw_text

REJECTED = "rejected"
_JSON_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson", ".ndjson.gz")


def rejected_row(record, source_file: str | None, stage: str, reason: str) -> dict:
    if isinstance(record, bytes):
        record = record.decode("utf-8", errors="replace")
    return {"record": clip_record(record or ""), "source_file": source_file, "stage": stage, "reason": reason}


def is_json_lines(path: str) -> bool:
    return path.lower().endswith(_JSON_SUFFIXES)


def article_id_from_path(path: str) -> str:
    name = os.path.basename(path)
    for suffix in (".gz", ".txt", ".text"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("read", f"{where}not valid UTF-8 at byte {exc.start}") from None


class ParseFileDoFn(beam.DoFn):
    """One matched file to articles (main output) and rejected rows (``rejected``)."""

    def __init__(self):
        self.records = Metrics.counter("pipeline", "records_read")
        self.rejected = Metrics.counter("pipeline", "records_rejected")

    def _reject(self, record, path, err: InputError):
        self.rejected.inc()
        return beam.pvalue.TaggedOutput(REJECTED, rejected_row(record, path, err.stage, err.reason))

    def process(self, readable: fileio.ReadableFile):
        path = readable.metadata.path
        if is_json_lines(path):
            yield from self._json_lines(readable, path)
        else:
            yield from self._raw_file(readable, path)

    def _json_lines(self, readable, path):
        line_no = 0
        try:
            with readable.open(compression_type=CompressionTypes.AUTO) as stream:
                for line_no, raw in enumerate(stream, start=1):
                    if not raw.strip():
                        continue
                    self.records.inc()
                    try:
                        text = _decode(raw.rstrip(b"\r\n"), f"line {line_no}: ")
                        yield parse_json_record(text, source_file=path)
                    except InputError as err:
                        if not err.reason.startswith("line "):
                            err = InputError(err.stage, f"line {line_no}: {err.reason}")
                        yield self._reject(raw, path, err)
        except (OSError, EOFError, zlib.error) as exc:
            # A truncated or corrupt archive: what was read is kept, the file is reported.
            self.records.inc()
            yield self._reject(b"", path, InputError("read", f"file unreadable after line {line_no}: {exc}"))

    def _raw_file(self, readable, path):
        self.records.inc()
        try:
            with readable.open(compression_type=CompressionTypes.AUTO) as stream:
                data = stream.read()
        except (OSError, EOFError, zlib.error) as exc:
            yield self._reject(b"", path, InputError("read", f"file unreadable: {exc}"))
            return
        try:
            if b"\x00" in data[:8192]:
                raise InputError("read", "binary file (NUL bytes), not a text article")
            text = _decode(data, "")
            yield parse_raw_text(text, article_id_from_path(path), source_file=path)
        except InputError as err:
            yield self._reject(data, path, err)


class ReadArticles(beam.PTransform):
    """File patterns to a PCollection of articles, with a ``rejected`` side output."""

    def __init__(self, patterns: list[str]):
        super().__init__()
        self.patterns = list(patterns)

    def expand(self, pbegin):
        return (
            pbegin
            | "CreatePatterns" >> beam.Create(self.patterns)
            | "MatchFiles" >> fileio.MatchAll()
            | "ReadMatches" >> fileio.ReadMatches()
            | "ParseFiles" >> beam.ParDo(ParseFileDoFn()).with_outputs(REJECTED, main="articles")
        )
