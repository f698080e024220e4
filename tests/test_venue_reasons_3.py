"""Venue policies of ANNOTATION.md found by a table of reasons for venue errors on real articles and
checked on articles written for the test in wire shapes: a phone or video call has no venue; a venue that
names only a state gives no place, only the state. Every article is written for the test, with negatives
at each policy's edge.
"""

from __future__ import annotations

import json

import pytest

from extractor import feed
from extractor.events import find_events

_PAD = " It was not clear what else was on the agenda of the day."


def _events(nlp, text: str, published: str = "2024-03-14") -> list[dict]:
    article = feed.parse_json_record(json.dumps({"id": "t", "text": text + _PAD, "published": published}))
    doc = nlp(article["text"][article["body_start"] :])
    found = find_events(
        doc, article["published"], article["dateline"], article["body_start"], article.get("dateline_date")
    )
    return [e.as_row() for e in found]


def _meeting(nlp, text: str, a: str, b: str, published: str = "2024-03-14") -> dict:
    rows = [
        r
        for r in _events(nlp, text, published)
        if r["event_type"] == "MEETING" and {a, b} <= {x["name"] for x in r["actors"]}
    ]
    assert rows, text
    return rows[0]


# ---- a call has no venue ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "MOSCOW, March 13 (TASS) -- Russian Foreign Minister Pavel Orlov and Indian External Affairs "
            "Minister Ravi Kumar talked by telephone on Wednesday, days after the summit of their leaders in "
            "New Delhi.",
            "Pavel Orlov",
            "Ravi Kumar",
        ),
        (
            "ANKARA, March 13 (AA) -- Turkish President Kemal Aslan held a phone call with Azerbaijani "
            "President Ilham Guliyev on Wednesday, days after the energy summit in Baku.",
            "Kemal Aslan",
            "Ilham Guliyev",
        ),
        (
            "BEIJING, March 13 (Xinhua) -- Chinese President Li Wei held a video call with Vietnamese President "
            "Tran Van Minh on Wednesday from the Great Hall of the People in Beijing.",
            "Li Wei",
            "Tran Van Minh",
        ),
    ],
)
def test_a_call_has_no_venue(nlp, text, a, b):
    row = _meeting(nlp, text, a, b)
    assert row["venue_place"] is None and row["venue_occasion"] is None, row


@pytest.mark.parametrize(
    "text, a, b, place",
    [
        (
            # an earlier call told of in passing leaves the meeting its place
            "PARIS, March 13 (AFP) -- French President Paul Girard met Italian Prime Minister Marco Bellini in "
            "Lyon on Wednesday, a week after a phone call between the two leaders.",
            "Paul Girard",
            "Marco Bellini",
            "Lyon",
        ),
        (
            "NEW DELHI, March 13 (PTI) -- Indian Prime Minister Arjun Mehta met Nepali Prime Minister Ram Thapa "
            "at Hyderabad House on Wednesday, and the two leaders later joined a virtual ceremony to open a "
            "pipeline.",
            "Arjun Mehta",
            "Ram Thapa",
            "Hyderabad House",
        ),
    ],
)
def test_a_meeting_near_a_call_keeps_its_place(nlp, text, a, b, place):
    row = _meeting(nlp, text, a, b)
    assert place in (row["venue_place"] or ""), row


# ---- a venue that names only a state: no place, the state only ---------------------------------------


@pytest.mark.parametrize(
    "text, a, b, iso",
    [
        (
            "WASHINGTON, March 13 (Reuters) -- The two sides have talked before: Russian and U.S. diplomats held "
            "talks in Saudi Arabia last month, and Foreign Minister Pavel Orlov met Secretary of State Mark "
            "Dalton in Turkey in January.",
            "Pavel Orlov",
            "Mark Dalton",
            "TUR",
        ),
        (
            "LONDON, March 13 (PA) -- British Prime Minister Tom Ashby met Canadian Prime Minister Claire Dubois "
            "at the G20 summit in Brazil on Wednesday.",
            "Tom Ashby",
            "Claire Dubois",
            "BRA",
        ),
    ],
)
def test_a_state_is_no_place(nlp, text, a, b, iso):
    row = _meeting(nlp, text, a, b)
    assert row["venue_place"] is None and row["venue_country"] == iso, row


def test_a_city_of_the_state_is_still_a_place(nlp):
    row = _meeting(
        nlp,
        "LONDON, March 13 (PA) -- British Prime Minister Tom Ashby met Canadian Prime Minister Claire Dubois "
        "at the G20 summit in Rio de Janeiro on Wednesday.",
        "Tom Ashby",
        "Claire Dubois",
    )
    assert row["venue_place"] == "Rio de Janeiro" and row["venue_country"] == "BRA", row


# ---- a city the gazetteer lacked under its written forms --------------------------------------------


def test_the_day_s_city_written_with_its_district_reaches_the_other_meetings(nlp):
    text = (
        "WASHINGTON, DC, March 13 -- Ghana's President Kofi Mensah, in Washington, DC for a working visit, sat "
        "down on Wednesday with US Secretary of State Mark Dalton for talks on trade. He also met Senator "
        "Laura Price, chair of the Senate Foreign Relations Committee."
    )
    row = _meeting(nlp, text, "Kofi Mensah", "Laura Price")
    assert row["venue_place"] == "Washington, DC" and row["venue_country"] == "USA", row
