"""Streaming sources: Pub/Sub messages (or a local replay of them) to windowed articles.

Each message carries one JSON article as in CONTRACT.md (``id`` and ``text``
required); a message without ``id`` takes the Pub/Sub message id instead. The
element's event time is the message's publish time, or the value of
``--timestamp_attribute`` when the publisher sets one (e.g. the article's
``published`` time as RFC 3339), so Dataflow's watermark follows it.

Articles and rejected messages leave in fixed event-time windows that fire when
the watermark passes the window's end, and once more for every article that
arrives later but within the allowed lateness. The output has the same shape as
``ReadArticles``: articles (main) and ``rejected``, so everything downstream is
the batch code path.
"""

from __future__ import annotations

import datetime as dt
import json

import apache_beam as beam
from apache_beam.io.gcp.pubsub import PubsubMessage, ReadFromPubSub
from apache_beam.metrics import Metrics
from apache_beam.testing.test_stream import TestStream
from apache_beam.transforms import trigger, window
from apache_beam.utils.timestamp import Duration, Timestamp

from extractor import errors
from extractor.errors import InputError
from extractor.feed import parse_json_record, parse_published
from transforms.read_articles import REJECTED, rejected_row


def message_origin(source: str, message_id: str | None) -> str:
    """What ``source_file`` holds for a streamed record: where it came from and which message."""
    return f"{source}#{message_id}" if message_id else source


def with_fallback_id(text: str, message_id: str | None) -> str:
    """The JSON record with ``id`` set to the message id when the record has none."""
    if not message_id:
        return text
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return text  # parse_json_record reports it
    if isinstance(obj, dict) and obj.get("id") in (None, ""):
        obj["id"] = message_id
        return json.dumps(obj, ensure_ascii=False)
    return text


class ParseMessageDoFn(beam.DoFn):
    """One Pub/Sub message to an article (main output) or a rejected row (``rejected``)."""

    def __init__(self, source: str):
        self.source = source
        self.records = Metrics.counter("pipeline", "records_read")
        self.rejected = Metrics.counter("pipeline", "records_rejected")

    def process(self, message: PubsubMessage):
        self.records.inc()
        origin = message_origin(self.source, message.message_id)
        data = message.data or b""
        try:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError("read", f"message not valid UTF-8 at byte {exc.start}", errors.NOT_UTF8) from None
            yield parse_json_record(with_fallback_id(text, message.message_id), source_file=origin)
        except InputError as err:
            self.rejected.inc()
            Metrics.counter("rejected", err.category).inc()  # the same categories as batch reads
            yield beam.pvalue.TaggedOutput(REJECTED, rejected_row(data, origin, err.stage, err.reason))


def event_windows(window_seconds: int, allowed_lateness_seconds: int) -> beam.WindowInto:
    """Fixed event-time windows: one firing at the watermark, one more per late arrival."""
    return beam.WindowInto(
        window.FixedWindows(window_seconds),
        trigger=trigger.AfterWatermark(late=trigger.AfterCount(1)),
        accumulation_mode=trigger.AccumulationMode.DISCARDING,
        allowed_lateness=Duration(seconds=allowed_lateness_seconds),
    )


class ArticlesFromMessages(beam.PTransform):
    """Timestamped Pub/Sub messages to windowed articles and ``rejected`` rows."""

    def __init__(self, source: str, window_seconds: int = 60, allowed_lateness_seconds: int = 3600):
        super().__init__()
        self.source = source
        self.window_seconds = window_seconds
        self.allowed_lateness_seconds = allowed_lateness_seconds

    def expand(self, messages):
        return (
            messages
            | "WindowMessages" >> event_windows(self.window_seconds, self.allowed_lateness_seconds)
            | "ParseMessages" >> beam.ParDo(ParseMessageDoFn(self.source)).with_outputs(REJECTED, main="articles")
        )


class ReadPubSubArticles(beam.PTransform):
    """A Pub/Sub subscription or topic to windowed articles, with a ``rejected`` side output.

    ``messages`` replaces the Pub/Sub read with any transform from the pipeline's
    start to timestamped ``PubsubMessage``s (a ``TestStream`` in tests and replays).
    """

    def __init__(
        self,
        subscription: str | None = None,
        topic: str | None = None,
        timestamp_attribute: str | None = None,
        id_attribute: str | None = None,
        window_seconds: int = 60,
        allowed_lateness_seconds: int = 3600,
        messages: beam.PTransform | None = None,
        source: str | None = None,
    ):
        super().__init__()
        if messages is None and bool(subscription) == bool(topic):
            raise ValueError("give exactly one of subscription and topic")
        self.messages = messages or ReadFromPubSub(
            subscription=subscription,
            topic=topic,
            with_attributes=True,
            timestamp_attribute=timestamp_attribute,
            id_label=id_attribute,
        )
        self.source = source or subscription or topic
        self.window_seconds = window_seconds
        self.allowed_lateness_seconds = allowed_lateness_seconds

    def expand(self, pbegin):
        return (
            pbegin
            | "ReadMessages" >> self.messages
            | "ArticlesFromMessages"
            >> ArticlesFromMessages(self.source, self.window_seconds, self.allowed_lateness_seconds)
        )


def _event_time(line: str, fallback: Timestamp) -> Timestamp:
    """A replayed record's event time: its ``published`` value when it parses, else ``fallback``."""
    try:
        published = json.loads(line).get("published")
    except (json.JSONDecodeError, AttributeError, RecursionError):
        return fallback
    if not isinstance(published, str):
        return fallback
    try:
        when = dt.datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            day = parse_published(published)
        except ValueError:
            return fallback
        if day is None:
            return fallback
        when = dt.datetime.combine(day, dt.time())
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return Timestamp.from_utc_datetime(when.astimezone(dt.UTC))


def replay_stream(path: str, window_seconds: int = 60) -> TestStream:
    """A local ``.jsonl`` file as a stream of Pub/Sub messages, for a user without a cloud account.

    Each line becomes one message with message id ``<line number>``, in file order.
    Its event time is its ``published`` value (date or datetime) or, without one, the
    previous line's event time plus one second; the watermark follows the file, so
    every window fires as soon as the replay has moved past it and an out-of-order
    line arrives late.
    """
    stream = TestStream()
    watermark = None
    last = Timestamp(0)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            when = _event_time(line, last + 1)
            last = max(last, when)
            message = PubsubMessage(line.rstrip("\r\n").encode("utf-8"), {}, message_id=str(number))
            stream.add_elements([window.TimestampedValue(message, when)])
            # The watermark trails the newest event time by one window.
            mark = Timestamp(seconds=(last.micros // 1_000_000 // window_seconds - 1) * window_seconds)
            if watermark is None or mark > watermark:
                stream.advance_watermark_to(mark)
                watermark = mark
    return stream.advance_watermark_to_infinity()
