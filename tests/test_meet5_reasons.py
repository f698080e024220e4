"""Meeting reasons of the second round (meet5), checked on sentences written for the test in the
wire shapes of the reason, with negatives at the rule's edge.

Reason: a story with a headline keeps its dateline in the text ("Headline", a blank line, then
"CITY, March 4 (Agency) -- X spoke by phone with ..."); the parser hangs the bracketed agency on the
first sentence's verb as a second subject. The agency is no party: with it counted as one, a call or
talks with the leaders of several states was not split into one meeting per pair.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows

_HEAD = "Headline here\n\nCAIRO, March 4 (Agency) -- "
_PAD = (
    " Officials gave no further details of the day's contacts, and it was not clear when they would be"
    " able to say more about what was said in them and what would come of it in the weeks to come."
)


def _meetings(nlp, sentence: str) -> list[frozenset]:
    rows = article_rows(nlp, _HEAD + sentence + _PAD, "2024-03-04")
    return sorted(
        (frozenset(a["name"] for a in r["actors"]) for r in rows if r["event_type"] == "MEETING"),
        key=sorted,
    )


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        (
            "President Omar Hassan spoke by phone with the leaders of Jordan, Iraq and Lebanon on Sunday.",
            [("Omar Hassan", "Iraq"), ("Omar Hassan", "Jordan"), ("Omar Hassan", "Lebanon")],
        ),
        (
            "President Omar Hassan held phone calls with French President Marc Dubois and German Chancellor"
            " Hans Vogel on Sunday.",
            [("Hans Vogel", "Omar Hassan"), ("Marc Dubois", "Omar Hassan")],
        ),
        (
            "President Omar Hassan spoke by telephone with French President Marc Dubois and German"
            " Chancellor Hans Vogel.",
            [("Hans Vogel", "Omar Hassan"), ("Marc Dubois", "Omar Hassan")],
        ),
    ],
)
def test_agency_of_an_inner_dateline_is_no_party(nlp, sentence, pairs):
    assert _meetings(nlp, sentence) == sorted((frozenset(p) for p in pairs), key=sorted)


@pytest.mark.parametrize(
    "sentence, parties",
    [
        # one meeting of three states' leaders stays one
        ("The leaders of Egypt, Jordan and Iraq met in Amman on Sunday.", {"Egypt", "Jordan", "Iraq"}),
    ],
)
def test_one_gathering_stays_one_meeting(nlp, sentence, parties):
    found = _meetings(nlp, sentence)
    assert len(found) == 1 and parties <= found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Omar Hassan will speak by phone with the leaders of Jordan and Iraq next week.",
        "President Omar Hassan did not speak with the leaders of Jordan and Iraq.",
        "Peruvian Foreign Minister Javier Ortiz expressed concern over the rising tension in the region.",
    ],
)
def test_no_meeting(nlp, sentence):
    assert _meetings(nlp, sentence) == []


_HEAD2 = "Leaders hold calls on regional crisis\n\nCAIRO, March 4 (Agency) -- "


def _rows2(nlp, sentence: str) -> list[dict]:
    return article_rows(nlp, _HEAD2 + sentence + _PAD, "2024-03-04")


def test_dateline_place_is_no_subject(nlp):
    """Below this headline the parser takes the dateline's place for the first sentence's subject; as a
    second subject it kept a call with the leaders of three states from being split one meeting per pair."""
    rows = _rows2(nlp, "President Omar Hassan spoke by phone with the leaders of Jordan, Iraq and Lebanon on Sunday.")
    found = sorted(frozenset(a["name"] for a in r["actors"]) for r in rows if r["event_type"] == "MEETING")
    assert sorted(found, key=sorted) == sorted(
        (frozenset({"Omar Hassan", c}) for c in ("Jordan", "Iraq", "Lebanon")), key=sorted
    )


def test_dateline_place_no_event_from_a_statement(nlp):
    rows = _rows2(
        nlp, "Peruvian Foreign Minister Javier Ortiz expressed concern over the rising tension in the region."
    )
    assert not [r for r in rows if r["event_type"] == "MEETING"]


# Reason: one call or talks with several counterparts "held separately" are one meeting per pair.
@pytest.mark.parametrize(
    "sentence, pairs",
    [
        (
            "President Omar Hassan held separate talks with King Ali of Jordan and Iraqi Prime Minister"
            " Karim Saleh on Sunday.",
            [("King Ali", "Omar Hassan"), ("Karim Saleh", "Omar Hassan")],
        ),
        (
            "President Omar Hassan received phone calls from the presidents of Kenya and Ghana on Sunday.",
            [("Ghana", "Omar Hassan"), ("Kenya", "Omar Hassan")],
        ),
        (
            "President Omar Hassan received Jordanian Foreign Minister Sami Nasser and Iraqi Foreign Minister"
            " Karim Saleh in separate meetings on Sunday.",
            [("Omar Hassan", "Sami Nasser"), ("Karim Saleh", "Omar Hassan")],
        ),
        (
            # "bilateral talks with A, B and C": one by one, as "separate talks" are, also when the text
            # names no state for them
            "On the sidelines of the forum, President Omar Hassan held bilateral talks with Sami Nasser,"
            " Karim Saleh and Ruth Otieno.",
            [("Omar Hassan", "Sami Nasser"), ("Karim Saleh", "Omar Hassan"), ("Omar Hassan", "Ruth Otieno")],
        ),
    ],
)
def test_separate_meetings_one_per_pair(nlp, sentence, pairs):
    assert _meetings(nlp, sentence) == sorted((frozenset(p) for p in pairs), key=sorted)


@pytest.mark.parametrize(
    "sentence, count",
    [
        # one call, one audience with two guests: one meeting; planned separate talks: none
        ("President Omar Hassan received a phone call from the presidents of Kenya and Ghana on Sunday.", 1),
        (
            "President Omar Hassan received Jordanian Foreign Minister Sami Nasser and Iraqi Foreign Minister"
            " Karim Saleh on Sunday.",
            1,
        ),
        (
            "President Omar Hassan will hold separate talks with King Ali of Jordan and Iraqi Prime Minister"
            " Karim Saleh next week.",
            0,
        ),
    ],
)
def test_not_split(nlp, sentence, count):
    assert len(_meetings(nlp, sentence)) == count


# Reason: "negotiations" meaning a process. Talks in the perfect lasting over a span of time are a
# continuing process, no one meeting; a meeting of the day in the perfect stays one.
@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and the European Union have been in accession negotiations since 2020.",
        "Peru has been in talks with China on a new port since 2019.",
        "Peru and Chile have held negotiations on their maritime border for more than a decade.",
    ],
)
def test_continuing_negotiations_are_no_meeting(nlp, sentence):
    assert _meetings(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Javier Ortiz has met Chilean President Ana Rojas in Lima on Monday.",
        "Since arriving in Lima on Monday, Foreign Minister Javier Ortiz has met Chilean President Ana Rojas.",
    ],
)
def test_meeting_in_the_perfect_stays(nlp, sentence):
    assert len(_meetings(nlp, sentence)) == 1


def _dates(nlp, sentence: str) -> list:
    rows = article_rows(nlp, _HEAD + sentence + _PAD, "2024-03-04")
    return [r["event_date"] for r in rows if r["event_type"] == "MEETING"]


# Reason: a background meeting dated to the publication day. The day a possessive gives the occasion
# ("at last week's summit") dates the meeting held there.
@pytest.mark.parametrize(
    "sentence, date",
    [
        (
            "Foreign Minister Javier Ortiz met Chilean President Ana Rojas at last week's Pacific Alliance summit.",
            "2024-02",
        ),
        (
            "Foreign Minister Javier Ortiz met Chilean President Ana Rojas at last month's summit in Santiago.",
            "2024-02",
        ),
        (
            "Foreign Minister Javier Ortiz held talks with Chilean President Ana Rojas on the sidelines of last"
            " week's summit in Santiago.",
            "2024-02",
        ),
        # negatives: a possessive that is no day; a day of its own
        (
            "Foreign Minister Javier Ortiz met Chilean President Ana Rojas at the country's annual summit in"
            " Santiago on Sunday.",
            "2024-03-03",
        ),
    ],
)
def test_possessive_day_of_the_occasion(nlp, sentence, date):
    assert _dates(nlp, sentence) == [date]
