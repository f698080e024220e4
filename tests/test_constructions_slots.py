"""Where and when: wire-story phrasings that place or date an event, each in a sentence of our own,
through the real model.

Every rule has sentences of its own and a case at its edge where it must not apply; none is a
sentence of an evaluation article.
"""

from __future__ import annotations

import pytest


def _meetings(rows):
    return [r for r in rows if r["event_type"] == "MEETING"]


# ---- a phone call spoken of again dates the call, and places it nowhere ------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan by phone. "
            "The telephone conversation took place on Monday night, State House said.",
            "2024-05-06",
        ),
        (
            "German Chancellor Olaf Scholz held a video call with Canadian Prime Minister Justin Trudeau. "
            "The video call took place on Sunday evening, a spokesman said.",
            "2024-05-05",
        ),
        (
            "Indian Prime Minister Narendra Modi spoke by telephone with Japanese Prime Minister Fumio Kishida. "
            "The conversation took place on Tuesday night.",
            "2024-05-07",
        ),
    ],
)
def test_a_call_spoken_of_again_gives_the_call_its_day(extract, text, day):
    # the tagger labels "Monday night" TIME, or "Sunday" DATE and "evening" TIME
    (m,) = _meetings(extract(text, published="2024-05-08"))
    assert m["event_date"] == day and m["venue_place"] is None


def test_a_time_of_day_with_no_day_dates_nothing(extract):
    rows = extract(
        "Indian Prime Minister Narendra Modi spoke by telephone with Japanese Prime Minister Fumio Kishida. "
        "The conversation lasted 40 minutes from 9 p.m.",
        published="2024-05-08",
    )
    (m,) = _meetings(rows)
    assert m["event_date"] == "2024-05-08"  # the news day, not a day read out of "9 p.m."


# ---- "the agency reported Friday" dates the report, not what is reported -----------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi called Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
            "on Thursday to congratulate him. Sisi affirmed Egypt's support for Kuwait's security and stability, "
            "the Middle East News Agency reported early Saturday.",
            "2024-05-09",
        ),
        (
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing "
            "on Wednesday. Xi expressed support for Brazil's bid to host the summit, Xinhua reported on Friday.",
            "2024-05-08",
        ),
        (
            "Turkish President Recep Tayyip Erdogan phoned Azerbaijani President Ilham Aliyev on Tuesday. Erdogan "
            "reaffirmed Turkey's support for Azerbaijan's territorial integrity, the Anadolu news agency reported "
            "Thursday.",
            "2024-05-07",
        ),
    ],
)
def test_the_day_of_a_report_is_not_the_day_of_the_statement(extract, text, day):
    rows = extract(text, published="2024-05-11")
    (s,) = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert s["event_date"] == day  # the talks' day, which the statement made in them takes


def test_a_day_on_the_statement_itself_still_dates_it(extract):
    rows = extract(
        "Turkish President Recep Tayyip Erdogan phoned Azerbaijani President Ilham Aliyev on Tuesday. Erdogan on "
        "Thursday reaffirmed Turkey's support for Azerbaijan's territorial integrity, the Anadolu news agency "
        "reported.",
        published="2024-05-11",
    )
    (s,) = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert s["event_date"] == "2024-05-09"
