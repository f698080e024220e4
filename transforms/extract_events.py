"""ExtractEvents: articles in; event rows, article rows and rejected rows out.

spaCy is loaded once per worker process through ``shared.Shared`` and run over
batches with ``nlp.pipe``; only plain dicts leave the DoFn, never a ``Doc``.
"""

from __future__ import annotations

import contextlib
import logging
import threading

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared

import schemas
from extractor import merge, version
from extractor.errors import ANALYSIS_FAILED
from extractor.events import EVENT_TYPES, event_id, find_events
from extractor.nlp import DEFAULT_BATCH_SIZE, load_model
from transforms.read_articles import REJECTED, rejected_row

ARTICLES = "articles"
_LOG = logging.getLogger(__name__)


# Strings and word entries spaCy learns from new text are freed every this many articles (a memory
# zone), so a worker's memory stays flat however many pass. A zone per batch cost 12-15% more CPU
# (every batch re-learns the common words and re-tokenises them); one per ~1,000 articles does not.
ZONE_ARTICLES = 1000


class _ModelHolder:
    """Weak-referenceable wrapper: ``shared.Shared`` needs one around the model. The threads of a
    worker process share it and take turns (``lock``): spaCy's string store is one per model, and a
    memory zone closing in one thread would free strings another thread's documents still use."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.lock = threading.Lock()
        self._zone = None
        self._in_zone = 0

    def zone_for(self, n_articles: int) -> None:
        """Enter a fresh memory zone when the open one has seen ``ZONE_ARTICLES``; call under ``lock``,
        with no Doc alive (only plain rows leave the DoFn)."""
        if self._zone is not None and self._in_zone + n_articles > ZONE_ARTICLES:
            self.close_zone()
        if self._zone is None:
            self._zone = contextlib.ExitStack()
            self._zone.enter_context(self.nlp.memory_zone())
        self._in_zone += n_articles

    def close_zone(self) -> None:
        if self._zone is not None:
            self._zone.close()
        self._zone, self._in_zone = None, 0


def event_rows(article: dict, events, extractor_version: str) -> list[dict]:
    rows = []
    seen: dict[str, int] = {}
    for ev in events:
        row = ev.as_row()
        key = (article["article_id"], row["event_type"], row["evidence_start"], row["evidence_end"], row["actors"])
        first = event_id(*key)
        repeat = seen.get(first, 0)  # an event of the same sentence and parties as one before it gets its own id
        seen[first] = repeat + 1
        row.update(
            event_id=event_id(*key, repeat),
            article_id=article["article_id"],
            published=article["published"],
            source=article["source"],
            dateline=article["dateline"],
            extractor_version=extractor_version,
            event_day=merge.event_day(row["event_date"], row.get("date_precision")),
            schema_version=schemas.schema_version("events"),
        )
        rows.append(row)
    return rows


def article_row(article: dict, n_events: int) -> dict:
    return {
        "article_id": article["article_id"],
        "source_file": article["source_file"],
        "published": article["published"],
        "source": article["source"],
        "dateline": article["dateline"],
        "url": article["url"],
        "title": article["title"],
        "n_events": n_events,
        "n_chars": len(article["text"]),
    }


def actor_rows(event: dict) -> list[dict]:
    return [
        {
            "event_id": event["event_id"],
            "article_id": event["article_id"],
            "event_type": event["event_type"],
            "event_date": event["event_date"],
            **actor,
        }
        for actor in event["actors"]
    ]


class ExtractEventsDoFn(beam.DoFn):
    """A batch of articles to event rows (main), article rows and rejected rows."""

    _shared_handle = shared.Shared()

    def __init__(self, model_name: str):
        self.model_name = model_name
        self.holder = None
        self.nlp = None
        self.lock = None
        self.version = version()
        self.processed = Metrics.counter("pipeline", "articles_processed")
        self.failed = Metrics.counter("pipeline", "records_rejected")
        # How many texts each nlp.pipe call really gets (a tiny mean means batching is not working).
        self.batch_sizes = Metrics.distribution("pipeline", "nlp_batch_size")
        self.by_type = {t: Metrics.counter("events", t) for t in EVENT_TYPES}

    def setup(self):
        name = self.model_name
        holder = self._shared_handle.acquire(lambda: _ModelHolder(load_model(name)), tag=name)
        self.holder = holder
        self.nlp = holder.nlp
        self.lock = holder.lock

    def process(self, batch):
        with self.lock:
            self.holder.zone_for(len(batch))
            outputs = list(self._analyse(batch))  # plain rows; no Doc outlives this call
        yield from outputs

    def _analyse(self, batch):
        texts = [a["text"][a["body_start"] :] for a in batch]
        self.batch_sizes.update(len(texts))
        try:
            docs = list(self.nlp.pipe(texts, batch_size=max(1, len(texts))))
        except Exception:  # noqa: BLE001 - isolate the article that fails, below
            docs = [None] * len(batch)
        for article, doc in zip(batch, docs, strict=True):
            try:
                if doc is None:
                    doc = self.nlp(article["text"][article["body_start"] :])
                events = find_events(
                    doc,
                    article["published"],
                    article["dateline"],
                    article["body_start"],
                    article.get("dateline_date"),
                    source=article.get("source"),
                )
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the pipeline
                _LOG.warning("article %s failed in analysis: %r", article["article_id"], exc)
                self.failed.inc()
                Metrics.counter("rejected", ANALYSIS_FAILED).inc()
                yield beam.pvalue.TaggedOutput(
                    REJECTED,
                    rejected_row(
                        article["text"],
                        article["source_file"],
                        "analyse",
                        f"analysis failed: {type(exc).__name__}: {exc}",
                    ),
                )
                continue
            rows = event_rows(article, events, self.version)
            self.processed.inc()
            for row in rows:
                self.by_type[row["event_type"]].inc()
                yield row
            yield beam.pvalue.TaggedOutput(ARTICLES, article_row(article, len(rows)))


def article_units(article: dict) -> int:
    """An article's size for batching: one unit per 4,000 characters of text, at least one."""
    return max(1, -(-(len(article["text"]) - article["body_start"]) // 4000))


class ExtractEvents(beam.PTransform):
    """Articles to events (main), ``articles`` and ``rejected`` outputs."""

    def __init__(self, model_name: str, batch_size: int = DEFAULT_BATCH_SIZE):
        super().__init__()
        self.model_name = model_name
        self.batch_size = batch_size

    def expand(self, articles):
        return (
            articles
            # Fixed-size batches: BatchElements' adaptive sizing starts at one element and grows only as
            # its timings allow; the ``pipeline:nlp_batch_size`` distribution shows what nlp.pipe gets.
            # Sizes count in units of about one article (4,000 characters), so a batch holds at most
            # ``batch_size`` ordinary articles and a near-limit one (1,000,000 characters) goes alone:
            # spaCy's memory grows with the text it holds at once.
            | "BatchArticles"
            >> beam.BatchElements(
                min_batch_size=self.batch_size,
                max_batch_size=self.batch_size,
                element_size_fn=article_units,
            )
            | "AnalyseArticles"
            >> beam.ParDo(ExtractEventsDoFn(self.model_name)).with_outputs(ARTICLES, REJECTED, main="events")
        )
