"""Reading the event rows the extractor gives, shared by the construction tests."""

import json

from extractor import feed
from extractor.events import find_events


def article_rows(nlp, text: str, published: str, source: str | None = None) -> list[dict]:
    """The article through the feed's parsing (headline, byline, dateline) and the extractor, as the
    pipeline runs it: the event rows it gives."""
    article = feed.parse_json_record(json.dumps({"id": "t", "text": text, "published": published}))
    doc = nlp(article["text"][article["body_start"] :])
    found = find_events(
        doc,
        article["published"],
        article["dateline"],
        article["body_start"],
        article.get("dateline_date"),
        source=source,
    )
    return [e.as_row() for e in found]


def of_type(rows, event_type):
    return [r for r in rows if r["event_type"] == event_type]


def names_in_role(row, role):
    return sorted(a["name"] for a in row["actors"] if a["role"] == role)


def parties(row):
    return {a["name"] for a in row["actors"]}
