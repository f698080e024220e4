"""Venue and date reasons found by a table of errors on real articles (blind4 study set, dev-137..188),
each fixed by one general rule and checked on articles written for the test in the common wire shapes,
with negatives at each rule's edge.

Reasons:
- "last night": a relative day the news uses all the time; it is the evening before the publication day.
- a journey's day ("arrived in X last night to attend the meeting") dates the journey, not the meeting
  the purpose clause names.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows

_PAD = " It was not clear what else was on the agenda of the day."


def _events(nlp, text: str, published: str = "2024-03-14") -> list[dict]:
    return article_rows(nlp, text + _PAD, published)


def _meetings(nlp, text: str, a: str, b: str, published: str = "2024-03-14") -> list[dict]:
    return [
        r
        for r in _events(nlp, text, published)
        if r["event_type"] == "MEETING" and {a, b} <= {x["name"] for x in r["actors"]}
    ]


def _meeting(nlp, text: str, a: str, b: str, published: str = "2024-03-14") -> dict:
    rows = _meetings(nlp, text, a, b, published)
    assert rows, text
    return rows[0]


# ---- "last night" is the evening before the news ---------------------------------------------------


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "WARSAW, March 14 (PAP) -- Polish Prime Minister Marek Nowicki spoke by telephone last night with "
            "Czech Prime Minister Pavel Dvorak about the floods along the border.",
            "Marek Nowicki",
            "Pavel Dvorak",
        ),
        (
            "VIENNA, March 14 (APA) -- Austrian Foreign Minister Lena Gruber held talks last night in Vienna "
            "with Slovak Foreign Minister Jan Kovac on energy links.",
            "Lena Gruber",
            "Jan Kovac",
        ),
        (
            "PARIS, March 14 (AFP) -- Last night, French President Luc Martin hosted Belgian Prime Minister "
            "Pieter Claes for dinner at the Elysee Palace.",
            "Luc Martin",
            "Pieter Claes",
        ),
        (
            "MADRID, March 14 (EFE) -- Spanish Prime Minister Carlos Ortega met Portuguese Prime Minister "
            "Rui Santos at the Moncloa Palace last night.",
            "Carlos Ortega",
            "Rui Santos",
        ),
    ],
)
def test_last_night_is_the_day_before_the_news(nlp, text, a, b):
    assert _meeting(nlp, text, a, b)["event_date"] == "2024-03-13"


def test_a_named_night_keeps_its_own_day(nlp):
    text = (
        "NEW DELHI, March 14 (PTI) -- Indian Prime Minister Arjun Mehta spoke with Sri Lankan President "
        "Nimal Perera on Monday night."
    )
    assert _meeting(nlp, text, "Arjun Mehta", "Nimal Perera")["event_date"] == "2024-03-11"


@pytest.mark.parametrize(
    "text",
    [
        # negated, and planned for tonight: no meeting
        "PRETORIA, March 14 (SAnews) -- President Thabo Ndlovu did not speak to Kenyan President Daniel Kiprop "
        "last night.",
        "PRETORIA, March 14 (SAnews) -- President Thabo Ndlovu will speak to Kenyan President Daniel Kiprop by "
        "telephone tonight.",
    ],
)
def test_no_meeting_when_negated_or_planned(nlp, text):
    assert not _meetings(nlp, text, "Thabo Ndlovu", "Daniel Kiprop")


# ---- a journey's day dates the journey ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, March 14 (KNA) -- Ugandan President Moses Okello arrived in Nairobi last night to attend "
        "talks with Kenyan President Daniel Kiprop. The two leaders met at State House this morning.",
        "KAMPALA, March 14 (KNA) -- Kenyan President Daniel Kiprop flew to Kampala last night to hold talks "
        "with Ugandan President Moses Okello. The two leaders met at State House this morning.",
    ],
)
def test_the_day_of_a_journey_does_not_date_the_meeting(nlp, text):
    rows = _meetings(nlp, text, "Moses Okello", "Daniel Kiprop")
    assert rows and {r["event_date"] for r in rows} == {"2024-03-14"}


def test_the_day_of_the_meeting_itself_still_counts(nlp):
    text = (
        "ADDIS ABABA, March 14 (ENA) -- UN Secretary-General Maria Lund, who arrived in Addis Ababa on "
        "Tuesday, met Ethiopian Prime Minister Tesfaye Bekele yesterday."
    )
    assert _meeting(nlp, text, "Maria Lund", "Tesfaye Bekele")["event_date"] == "2024-03-13"
