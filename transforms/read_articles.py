"""ReadArticles: file patterns in, articles and rejected records out.

``.jsonl``/``.jsonl.gz``/``.json``/``.ndjson`` files give one record a non-blank
line; any other file (``.txt`` feeds) gives one record per file. Whatever cannot
be read or parsed leaves on the ``rejected`` output with its stage and reason,
and is counted under ``pipeline:records_rejected`` and ``rejected:<category>``.
What was kept but not used as given (an unparseable date, blanked markup) is
counted under ``warnings:<category>`` and logged. See docs/BAD_INPUT.md.

``records_read`` counts every record: a line, a ``.txt`` file, and a file that
could not be read to its end (a truncated ``.gz``: the lines before the damage
are records of their own; the damage is one more record, rejected).
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import logging
import lzma
import os
import zlib

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.metrics import Metrics

from extractor import errors
from extractor.errors import InputError
from extractor.feed import (
    MAX_CHARS,
    MAX_RECORD_IN_REJECTED,
    clip_record,
    decode_bytes,
    parse_json_record,
    parse_raw_text,
    sniff_binary,
)

REJECTED = "rejected"
_JSON_SUFFIXES = (".jsonl", ".json", ".ndjson")
_COMPRESSED = {
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
    ".bz2": lambda raw: bz2.BZ2File(raw, mode="rb"),
    ".xz": lambda raw: lzma.LZMAFile(raw, mode="rb"),
}
# A UTF-8 character is at most 4 bytes; JSON escapes ("\u00e9") take up to 6 per character.
MAX_FILE_BYTES = 4 * MAX_CHARS + 64 * 1024
MAX_LINE_BYTES = 6 * MAX_CHARS + 64 * 1024
_CHUNK = 1 << 20
# Failures of reading a damaged or truncated file, whatever the compression.
_READ_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError)
_LOG = logging.getLogger(__name__)


def rejected_row(record, source_file: str | None, stage: str, reason: str) -> dict:
    return {"record": clip_record(record), "source_file": source_file, "stage": stage, "reason": reason}


def _strip_compression(name: str) -> str:
    lower = name.lower()
    for suffix in _COMPRESSED:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_json_lines(path: str) -> bool:
    return _strip_compression(path).lower().endswith(_JSON_SUFFIXES)


def article_id_from_path(path: str) -> str:
    name = _strip_compression(os.path.basename(path))
    for suffix in (".txt", ".text"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


@contextlib.contextmanager
def open_decompressed(readable: fileio.ReadableFile):
    """The file's bytes, decompressed by its suffix with Python's own readers.

    Beam's decompressing reader ends a truncated ``.gz`` silently; Python's raises
    ``EOFError``, so a damaged file is reported instead of passing for complete.
    """
    path = readable.metadata.path
    with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as raw:
        for suffix, opener in _COMPRESSED.items():
            if path.lower().endswith(suffix):
                with opener(raw) as stream:
                    yield stream
                return
        yield raw


class LongLine(bytes):
    """The first 64 KiB of a line longer than the limit (what ``rejected/`` keeps of it)."""


def read_lines(stream, first: bytes = b"", limit: int = MAX_LINE_BYTES, partial: bytearray | None = None):
    """``(line_no, line_bytes)`` for each line; a line over ``limit`` comes as a ``LongLine``.

    Reads in chunks, so no line longer than ``limit`` is ever held in memory. ``first`` is
    data already read from the stream. If the stream fails, its error propagates and
    ``partial`` (when given) holds what was read of the unfinished line.
    """
    pending = partial if partial is not None else bytearray()
    read = _reader(stream)
    head = None  # set while skipping the rest of an over-long line
    line_no = 0
    chunk = first
    while True:
        if not chunk:
            chunk = read(_CHUNK)
            if not chunk:
                break
        start = 0
        while True:
            nl = chunk.find(b"\n", start)
            end = len(chunk) if nl < 0 else nl
            if head is None:
                pending += chunk[start:end]
                if len(pending) > limit:
                    head = LongLine(pending[:MAX_RECORD_IN_REJECTED])
                    pending.clear()
            if nl < 0:
                break
            line_no += 1
            yield line_no, head if head is not None else bytes(pending)
            pending.clear()
            head = None
            start = nl + 1
        chunk = b""
    if pending or head is not None:
        yield line_no + 1, head if head is not None else bytes(pending)
        pending.clear()


def _reader(stream):
    """``read1`` where the stream has it: a buffered ``read(n)`` that fails part way (a truncated
    ``.gz``) drops what it had already decompressed; ``read1`` hands it over first."""
    return getattr(stream, "read1", stream.read)


def _read_up_to(stream, n: int) -> bytes:
    parts, size = [], 0
    while size < n:
        part = stream.read(min(_CHUNK, n - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    return b"".join(parts)


class ParseFileDoFn(beam.DoFn):
    """One matched file to articles (main output) and rejected rows (``rejected``)."""

    def __init__(self):
        self.records = Metrics.counter("pipeline", "records_read")
        self.rejected = Metrics.counter("pipeline", "records_rejected")

    def _reject(self, record, path, err: InputError):
        self.rejected.inc()
        Metrics.counter("rejected", err.category).inc()
        return beam.pvalue.TaggedOutput(REJECTED, rejected_row(record, path, err.stage, err.reason))

    def _accept(self, article: dict, path: str, line_no: int | None) -> dict:
        article["line"] = line_no
        where = f"{path} line {line_no}" if line_no else path
        for category, message in article["notes"]:
            Metrics.counter("warnings", category).inc()
            _LOG.warning("%s (article %r): %s", where, article["article_id"], message)
        return article

    def process(self, readable: fileio.ReadableFile):
        path = readable.metadata.path
        if is_json_lines(path):
            yield from self._json_lines(readable, path)
        else:
            yield from self._raw_file(readable, path)

    def _json_lines(self, readable, path):
        line_no = 0
        partial = bytearray()
        seen_records = False
        try:
            with open_decompressed(readable) as stream:
                first = _reader(stream)(_CHUNK)
                try:
                    sniff_binary(first)
                except InputError as err:
                    self.records.inc()
                    yield self._reject(first, path, err)
                    return
                for line_no, raw in read_lines(stream, first, partial=partial):
                    if not raw.strip():
                        continue
                    seen_records = True
                    self.records.inc()
                    try:
                        if isinstance(raw, LongLine):
                            raise InputError("read", f"record longer than {MAX_LINE_BYTES:,} bytes", errors.TOO_LONG)
                        text = decode_bytes(raw.rstrip(b"\r"), sniff=False)
                        article = parse_json_record(text, source_file=path)
                    except InputError as err:
                        yield self._reject(raw.rstrip(b"\r"), path, err.at_line(line_no))
                        continue
                    yield self._accept(article, path, line_no)
        except _READ_ERRORS as exc:
            # A truncated or corrupt file: the lines read are kept, the rest is one rejected record.
            self.records.inc()
            reason = f"file unreadable after line {line_no}: {exc}"
            yield self._reject(bytes(partial), path, InputError("read", reason, errors.UNREADABLE))
            return
        if not seen_records:
            Metrics.counter("warnings", errors.EMPTY_FILE).inc()
            _LOG.warning("%s: no records (the file is empty or blank)", path)

    def _raw_file(self, readable, path):
        self.records.inc()
        try:
            with open_decompressed(readable) as stream:
                data = _read_up_to(stream, MAX_FILE_BYTES + 1)
        except _READ_ERRORS as exc:
            yield self._reject(b"", path, InputError("read", f"file unreadable: {exc}", errors.UNREADABLE))
            return
        try:
            if len(data) > MAX_FILE_BYTES:
                raise InputError(
                    "read",
                    f"text longer than {MAX_CHARS:,} characters (the file has over {MAX_FILE_BYTES:,} bytes)",
                    errors.TOO_LONG,
                )
            text = decode_bytes(data)
            article = parse_raw_text(text, article_id_from_path(path), source_file=path)
        except InputError as err:
            yield self._reject(data, path, err)
            return
        yield self._accept(article, path, None)


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
            # A file named by two patterns is read once, so its records are counted once.
            | "FilePaths" >> beam.Map(lambda metadata: metadata.path)
            | "OncePerFile" >> beam.Distinct()
            | "ReadMatches" >> fileio.ReadMatches()
            | "ParseFiles" >> beam.ParDo(ParseFileDoFn()).with_outputs(REJECTED, main="articles")
        )
