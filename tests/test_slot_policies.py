"""Slot policies of ANNOTATION.md applied the same way everywhere: what anchors a date, where a story
was filed, which venue a sentence inherits. Every article here is a small one written for the test
(headline, byline, dateline, body), never text from an evaluation article; each policy has a case at
its edge where it must not apply.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from extractor import dates, feed
from extractor.events import find_events

# ---- a part of the news day names the day -------------------------------------------------------------


@pytest.mark.parametrize("text", ["this morning", "this afternoon", "this evening", "earlier this morning"])
def test_a_part_of_today_is_today(text):
    assert dates.resolve(text, dt.date(2024, 3, 12)) == dates.Resolved("2024-03-12", "day", False)


@pytest.mark.parametrize("text", ["the morning", "morning sessions", "most evenings"])
def test_a_part_of_a_day_with_no_day_names_none(text):
    assert dates.resolve(text, dt.date(2024, 3, 12)).iso is None


def _article_events(nlp, text: str, published: str) -> list[dict]:
    """The article through the feed's parsing (headline, byline, dateline) and the extractor, as the
    pipeline runs it."""
    article = feed.parse_json_record(json.dumps({"id": "t", "text": text, "published": published}))
    doc = nlp(article["text"][article["body_start"] :])
    events = find_events(
        doc, article["published"], article["dateline"], article["body_start"], article.get("dateline_date")
    )
    return [e.as_row() for e in events]


def _meeting_with(rows, name):
    (row,) = [r for r in rows if r["event_type"] == "MEETING" and any(name in a["name"] for a in r["actors"])]
    return row


def test_this_morning_dates_its_meeting_to_the_news_day(nlp):
    # without the part of the day read as a day, the second meeting took the first one's Sunday
    rows = _article_events(
        nlp,
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Sunday in the town of Busia.\n\n"
        "Ruto also received Ghanaian President Nana Akufo-Addo at State House this morning, and the two "
        "of them spoke about trade and about the roads that are to be built in the region.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Museveni")["event_date"] == "2024-03-10"
    assert _meeting_with(rows, "Akufo-Addo")["event_date"] == "2024-03-12"
