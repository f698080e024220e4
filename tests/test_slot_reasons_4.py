"""Slot policies of ANNOTATION.md found by a table of reasons for slot errors on real articles and
checked on sentences written for the test in wire shapes: a standing position told of a party in a
relative clause ("Algeria, which backs ...") has no date and no place of its own. Every article is
written for the test, with negatives at each policy's edge.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows


def _events(nlp, text: str, published: str = "2024-03-14") -> list[dict]:
    return article_rows(nlp, text, published)


def _by_source(nlp, text: str, name: str) -> dict:
    rows = [
        r
        for r in _events(nlp, text)
        if r["event_type"] != "MEETING" and any(a["name"] == name for a in r["actors"] if a["role"] != "target")
    ]
    assert rows, text
    return rows[0]


# ---- a standing position in a relative clause: no date, no place ------------------------------------


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "NAIROBI, March 13 (Xinhua) -- Kenyan Foreign Minister Ruth Wanjiru held talks with Moroccan Foreign "
            "Minister Karim Alaoui on Wednesday. Alaoui is due to travel later to Algeria, which backs the "
            "separatist movement's push for independence.",
            "Algeria",
        ),
        (
            "ROME, March 13 (ANSA) -- The two ministers said their governments will seek to improve the river "
            "port, a matter the Italian minister has already raised with Spanish Prime Minister Luis Ortega, "
            "who has backed the initiative.",
            "Luis Ortega",
        ),
        (
            "MOSCOW, March 13 (TASS) -- Russian Foreign Minister Pavel Orlov held talks with Indian External "
            "Affairs Minister Ravi Kumar in Moscow on Wednesday. India, which has consistently backed the "
            "North-South corridor, is a key partner, Orlov said.",
            "India",
        ),
        (
            "CAIRO, March 13 (MENA) -- Egyptian Foreign Minister Omar Fahmy received the Sudanese envoy on "
            "Wednesday. The envoy briefed him on the talks in Jeddah, which Egypt supports.",
            "Egypt",
        ),
    ],
)
def test_standing_position_in_a_relative_clause_is_undated_and_unplaced(nlp, text, holder):
    row = _by_source(nlp, text, holder)
    assert row["event_date"] is None
    assert row["venue_place"] is None


@pytest.mark.parametrize(
    "text, holder, day",
    [
        # negative: the relative clause dates its act
        (
            "ACCRA, March 13 (GNA) -- President Kofi Mensah welcomed the decision of Nigeria, which backed "
            "Ghana's candidacy on Tuesday.",
            "Nigeria",
            "2024-03-12",
        ),
        # negative: a statement of the day in the speaker's words, not a relative clause
        (
            "TOKYO, March 13 (Kyodo) -- Japanese Prime Minister Kenji Sato met Australian Prime Minister Mark "
            "Hill on Wednesday. Sato said Japan supports Australia's bid to host the climate summit.",
            "Kenji Sato",
            "2024-03-13",
        ),
    ],
)
def test_dated_or_spoken_backing_keeps_its_day(nlp, text, holder, day):
    assert _by_source(nlp, text, holder)["event_date"] == day


def test_meeting_a_relative_clause_reports_keeps_the_news_day(nlp):
    # negative: "the talks that X has held with Y" reports the news; only a backing is a standing position
    text = (
        "HANOI, March 13 (VNA) -- Over the past days, trade has been the main topic of the talks that "
        "Vietnamese President Tran Van Long has held with Lao Prime Minister Somsak Vongsa."
    )
    meetings = [r for r in _events(nlp, text) if r["event_type"] == "MEETING"]
    assert meetings and meetings[0]["event_date"] == "2024-03-13"


# ---- a clause on a party says where it went; its own day is not the meeting's -----------------------


def _meeting(nlp, text: str) -> dict:
    meetings = [r for r in _events(nlp, text) if r["event_type"] == "MEETING"]
    assert meetings, text
    return meetings[0]


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "BEIJING, March 13 (Xinhua) -- Chinese Vice Premier Liu Hong, who is on an official visit to Laos, "
            "held talks with Lao Prime Minister Somsak Vongsa on Wednesday.",
            (None, "LAO"),  # a state only: place null, its country filled (ANNOTATION.md)
        ),
        (
            "TASHKENT, March 13 (UzA) -- Uzbek Foreign Minister Aziz Karimov, who headed a high-level delegation "
            "to Islamabad, and his Pakistani counterpart Tariq Khan talked over collaboration in agriculture on "
            "Wednesday.",
            ("Islamabad", "PAK"),
        ),
        # the meeting's own place still wins over the country visited
        (
            "BEIJING, March 13 (Xinhua) -- Chinese Vice Premier Liu Hong, who is on an official visit to Laos, "
            "held talks with Lao Prime Minister Somsak Vongsa in Vientiane on Wednesday.",
            ("Vientiane", "LAO"),
        ),
    ],
)
def test_where_the_party_went_places_the_meeting(nlp, text, place):
    row = _meeting(nlp, text)
    assert (row["venue_place"], row["venue_country"]) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # negatives: a dated trip of the past, a trip still to come before a phone call
        (
            "BEIJING, March 13 (Xinhua) -- Chinese Vice Premier Liu Hong, who led a delegation to Moscow in "
            "2019, held talks with Lao Prime Minister Somsak Vongsa in Beijing on Wednesday.",
            "Beijing",
        ),
        (
            "BEIJING, March 13 (Xinhua) -- Chinese Foreign Minister Liu Hong, who will pay a visit to Laos next "
            "week, held a phone call with Lao Prime Minister Somsak Vongsa on Wednesday.",
            None,
        ),
    ],
)
def test_a_trip_at_another_time_does_not_place_the_meeting(nlp, text, place):
    assert _meeting(nlp, text)["venue_place"] == place


def test_the_day_a_party_arrived_does_not_date_the_meeting(nlp):
    text = (
        "ANKARA, March 13 (AA) -- Turkish Foreign Minister Emre Kaya met his Azerbaijani counterpart Elmar "
        "Aliyev, who arrived in Ankara on Tuesday for a two-day visit."
    )
    assert _meeting(nlp, text)["event_date"] == "2024-03-13"


def test_the_meeting_day_in_its_own_clause_still_dates_it(nlp):
    # negative: the day belongs to the meeting's own clause
    text = (
        "ANKARA, March 13 (AA) -- Turkish Foreign Minister Emre Kaya on Tuesday met his Azerbaijani counterpart "
        "Elmar Aliyev, who is in Ankara for a two-day visit."
    )
    assert _meeting(nlp, text)["event_date"] == "2024-03-12"


# ---- a gathering the tagger takes for a facility is the occasion, not the place ----------------------


@pytest.mark.parametrize(
    "text, place, occasion",
    [
        (
            "LONDON, March 13 (PA) -- British Prime Minister Tom Reid met Australian Prime Minister Mark Hill at "
            "the G20 Summit in Rio de Janeiro on Wednesday. They discussed trade and the war in the region.",
            "Rio de Janeiro",
            "G20 Summit",
        ),
        # no place given: not the dateline city either
        (
            "JAKARTA, March 13 (Antara) -- Indonesian President Budi Santoso met Malaysian Prime Minister Ahmad "
            "Yusof at the ASEAN Summit on Wednesday.",
            None,
            "ASEAN Summit",
        ),
        # negative: a building named for its use is a site
        (
            "PARIS, March 13 (AFP) -- French President Louis Martin held talks with Indian Prime Minister Ravi "
            "Kumar at the Elysee Palace on Wednesday.",
            "Elysee Palace, Paris",
            None,
        ),
    ],
)
def test_a_gathering_is_the_occasion_not_the_place(nlp, text, place, occasion):
    row = _meeting(nlp, text)
    assert (row["venue_place"], row["venue_occasion"]) == (place, occasion)


# ---- an act done during a dated visit has the visit's day and place; a recalling verb's day is not its --


def test_act_during_a_dated_visit_takes_the_visit_date_and_place(nlp):
    text = (
        "NEW DELHI, March 13 (PTI) -- India and Nepal signed an agreement on building a railway between Raxaul "
        "and Kathmandu during Prime Minister Sita Thapa's visit to New Delhi in May last year, the ministry "
        "recalled on Wednesday."
    )
    rows = [r for r in _events(nlp, text) if r["event_type"] == "PROJECT_PROPOSAL"]
    assert rows and (rows[0]["event_date"], rows[0]["venue_place"]) == ("2023-05", "New Delhi")


def test_a_recalled_act_with_a_day_of_its_own_keeps_it(nlp):
    # the recalled meeting is dated in its own clause, not by the day of the recalling
    text = (
        "BEIJING, March 13 (Xinhua) -- Chinese Foreign Minister Li Wei recalled on Wednesday that he had met "
        "Kenyan President Daniel Mwangi in Nairobi in January."
    )
    assert _meeting(nlp, text)["event_date"] == "2024-01"


def test_a_statement_in_dated_talks_keeps_the_talks_day(nlp):
    # negative: the talks' own day, as before
    text = (
        "HANOI, March 13 (VNA) -- Vietnamese Prime Minister Tran Van Long proposed building a new expressway "
        "between Hanoi and Vientiane during his talks with Lao Prime Minister Somsak Vongsa on Tuesday."
    )
    rows = [r for r in _events(nlp, text) if r["event_type"] == "PROJECT_PROPOSAL"]
    assert rows and rows[0]["event_date"] == "2024-03-12"
