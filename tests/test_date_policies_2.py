"""Date policies of ANNOTATION.md applied by structure: the news day a reporting phrase gives ("the
ministry said in a statement on Wednesday"), a meeting of its own that is no setting of another ("a joint
commission held its first meeting"), an earlier meeting with no date of its own ("at our latest
meeting": null), a recalled visit that lends no date to the day's statements, and a meeting that
produced an outcome just reported ("That agreement came out of a meeting ...": the outcome's date).
Every article is written for the test, with negatives at each policy's edge.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows


def _events(nlp, text: str, published: str = "2024-03-15") -> list[dict]:
    return article_rows(nlp, text, published)


def _date_of(nlp, text: str, event_type: str, published: str = "2024-03-15") -> str | None:
    found = [e for e in _events(nlp, text, published) if e["event_type"] == event_type]
    assert found, text
    return found[0]["event_date"]


# ---- a reporting phrase's day dates the news ("said in a statement on Wednesday") -------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chile and Peru have signed a memorandum on building a railway between Arica and Tacna, the Chilean "
            "foreign ministry said in a statement on Wednesday.",
            "2024-03-13",
        ),
        (
            "Kenya and Uganda have signed an agreement on building a pipeline between Eldoret and Kampala, the "
            "Kenyan energy ministry said in a press release on Tuesday.",
            "2024-03-12",
        ),
        # negative: no day in the reporting phrase, the publication day
        (
            "Chile and Peru have signed a memorandum on building a railway between Arica and Tacna, the Chilean "
            "foreign ministry said in a statement.",
            "2024-03-15",
        ),
    ],
)
def test_reporting_phrase_day_dates_the_news(nlp, text, expected):
    assert _date_of(nlp, text, "PROJECT_PROPOSAL") == expected


# ---- a meeting with an indefinite subject is a meeting of its own, not the setting of another -------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Minister Ana Torres of Chile held talks with Foreign Minister Luis Vega of Peru. "
            "In January, a joint commission of the two countries held its first meeting.",
            "2024-03-15",
        ),
        (
            "Finance Minister Kofi Mensah of Ghana held talks with Finance Minister Yao Agbo of Togo. "
            "In February, a working group on the bridge held its second meeting.",
            "2024-03-15",
        ),
        # negative: the meeting already spoken of ("the meeting") sets the talks' day
        (
            "Foreign Minister Ana Torres of Chile held talks with Foreign Minister Luis Vega of Peru. "
            "The meeting took place on Tuesday at the foreign ministry.",
            "2024-03-12",
        ),
    ],
)
def test_indefinite_meeting_is_no_setting(nlp, text, expected):
    assert _date_of(nlp, text, "MEETING") == expected


# ---- a meeting before the news with no date of its own has no date --------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "President Kofi Mensah of Ghana said at his latest meeting with President Yao Agbo of Togo he had "
            "discussed the bridge.",
            None,
        ),
        (
            "President Kofi Mensah of Ghana said at his previous meeting with President Yao Agbo of Togo he had "
            "raised the bridge.",
            None,
        ),
        # negative: a meeting not marked as an earlier one is the news of the day
        (
            "Ghana's President Kofi Mensah held talks with Togo's President Yao Agbo at their meeting in Accra.",
            "2024-03-15",
        ),
    ],
)
def test_earlier_meeting_without_date_is_null(nlp, text, expected):
    assert _date_of(nlp, text, "MEETING") == expected


# ---- a recalled visit lends its date to no statement of the news -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Torres of Chile welcomed Peru's decision to build the Arica-Tacna railway. It "
        "may be recalled that the railway was discussed during Ana Torres's recent visit to Peru on 10-11 "
        "January 2024, when she pressed for early work on the line.",
    ],
)
def test_recalled_visit_lends_no_date(nlp, text):
    events = _events(nlp, text)
    visit = [e for e in events if e["event_type"] == "MEETING"]
    assert visit and visit[0]["event_date"].startswith("2024-0")  # negative: the visit keeps its own month
    first = min(events, key=lambda e: e["evidence_start"])
    assert first["event_type"] != "MEETING"
    assert first["event_date"] == "2024-03-15"


# ---- the meeting that produced an outcome just reported has the outcome's date ---------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sofia Ramos met Carlos Ruiz in Santiago on Thursday. In May last year, Chile and Peru agreed to "
            "speed up the Arica-Tacna railway. That agreement was reached at a meeting in Lima between Chile's "
            "Foreign Minister Ana Torres and Peru's Foreign Minister Luis Vega.",
            "2023-05",
        ),
        (
            "Sofia Ramos met Carlos Ruiz in Santiago on Thursday. In June last year, Chile and Peru agreed to "
            "open a border crossing at Chacalluta. This decision was reached at a meeting in Lima between "
            "Chile's Foreign Minister Ana Torres and Peru's Foreign Minister Luis Vega.",
            "2023-06",
        ),
        # negative: no demonstrative outcome, the news day
        (
            "Sofia Ramos met Carlos Ruiz in Santiago on Thursday. In May last year, Chile and Peru agreed to "
            "speed up the Arica-Tacna railway. It was reached at a meeting in Lima between Chile's Foreign "
            "Minister Ana Torres and Peru's Foreign Minister Luis Vega.",
            "2024-03-14",
        ),
    ],
)
def test_meeting_behind_outcome_takes_its_date(nlp, text, expected):
    meetings = [e for e in _events(nlp, text) if e["event_type"] == "MEETING"]
    torres = [e for e in meetings if any(a["name"] == "Ana Torres" for a in e["actors"])]
    assert torres, meetings
    assert torres[0]["event_date"] == expected


# ---- a fronted speaking clause's day is the news day ("Speaking at the summit on Thursday, X urged") ----


@pytest.mark.parametrize(
    "lead, expected",
    [
        (
            "Speaking at the regional summit on Thursday, Kyrgyz President Adylbek Sadyrov urged closer trade ties.",
            "2024-03-14",
        ),
        # negative: the day dates what the clause is about, not the speech ("the summit held on Thursday")
        (
            "Kyrgyz President Adylbek Sadyrov, who attended the summit held on Thursday, urged closer trade ties.",
            "2024-03-15",
        ),
    ],
)
def test_a_fronted_speaking_clauses_day_dates_the_speech(nlp, lead, expected):
    text = lead + "\n\nSadyrov proposed setting up a joint investment fund of the region's states with Russia."
    assert _date_of(nlp, text, "PROJECT_PROPOSAL") == expected
