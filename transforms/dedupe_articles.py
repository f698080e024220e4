"""DedupeArticles: one article per ``article_id``, the same one on every run.

Articles are grouped by id. Of several copies, the first by source file name and
line is kept, whatever order the workers read them in; every other copy goes to
``rejected`` (stage ``dedupe``) so each input record still ends in exactly one
table:

* the same text again: category ``duplicate`` ("duplicate of article 'x' kept
  from f.jsonl line 3 (same text)");
* a different text under the same id: category ``id_conflict`` (event ids are
  derived from the article id, so two texts cannot both keep it).

The same record delivered twice (same source, same line, same text: a Pub/Sub
redelivery) is one record, not a duplicate: the copy is dropped and counted
under ``warnings:record_read_again``. In batch it cannot happen (``ReadArticles``
reads a file named by two patterns once).

The rejected ``record`` is the copy as read, written back as a JSON line that
can be replayed (its text after cleaning, see docs/BAD_INPUT.md).
"""

from __future__ import annotations

import json
import logging

import apache_beam as beam
from apache_beam.metrics import Metrics

from extractor import errors
from transforms.read_articles import REJECTED, rejected_row

_LOG = logging.getLogger(__name__)


def _order(article: dict) -> tuple:
    return (article["source_file"] or "", article["line"] or 0, article["text"])


def _where(article: dict) -> str:
    where = article["source_file"] or "an unnamed file"
    return f"{where} line {article['line']}" if article["line"] else where


def as_record(article: dict) -> str:
    """The article as a JSON Lines record with the input's field names."""
    record = {
        "id": article["article_id"],
        "text": article["text"],
        "published": article["published_raw"],
        "source": article["source"],
        "url": article["url"],
        "title": article["title"],
        "language": article["language"],
    }
    return json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False)


class PickArticleDoFn(beam.DoFn):
    """``(article_id, copies)`` to the copy kept (main) and rejected rows for the others."""

    def __init__(self):
        self.rejected = Metrics.counter("pipeline", "records_rejected")
        self.by_category = {c: Metrics.counter("rejected", c) for c in (errors.DUPLICATE, errors.ID_CONFLICT)}
        self.read_again = Metrics.counter("warnings", errors.RECORD_READ_AGAIN)

    def process(self, element):
        article_id, copies = element
        copies = sorted(copies, key=_order)
        kept = copies[0]
        yield kept
        for other in copies[1:]:
            if _order(other) == _order(kept):
                self.read_again.inc()
                _LOG.warning("%s: the same record read again (article %r); kept once", _where(kept), article_id)
                continue
            if other["text"] == kept["text"]:
                category = errors.DUPLICATE
                reason = f"duplicate of article {article_id!r} kept from {_where(kept)} (same text)"
            else:
                category = errors.ID_CONFLICT
                reason = (
                    f"id {article_id!r} is already used by a different text in {_where(kept)}; "
                    "of copies with one id, the first by file name and line is kept"
                )
            self.rejected.inc()
            self.by_category[category].inc()
            yield beam.pvalue.TaggedOutput(
                REJECTED, rejected_row(as_record(other), other["source_file"], "dedupe", reason)
            )


class DedupeArticles(beam.PTransform):
    """Articles to unique articles (main) and a ``rejected`` output of the other copies.

    The GroupByKey also spreads articles over workers, as a Reshuffle would.
    """

    def expand(self, articles):
        return (
            articles
            | "KeyById" >> beam.Map(lambda a: (a["article_id"], a))
            | "GroupById" >> beam.GroupByKey()
            | "PickFirstCopy" >> beam.ParDo(PickArticleDoFn()).with_outputs(REJECTED, main="articles")
        )
