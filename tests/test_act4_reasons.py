"""Actor reasons of the fourth blind round, in sentences written for this file, through the real model.

Reason "a state stated by one of several speakers": "A of X and B of Y said (that) Y backs ...". A person
speaking for a state is one actor, the person (ANNOTATION.md); with several speakers, the state is the
speaker of that state, not the first speaker named.
"""

from __future__ import annotations

from row_helpers import article_rows, names_in_role, of_type

PUBLISHED = "2024-05-10"


def _wire(body: str) -> str:
    return "Ministers meet\n\nVIENNA, May 10 (Agency) -- " + body


def _support(nlp, body):
    return of_type(article_rows(nlp, _wire(body), PUBLISHED), "SUPPORT_STATEMENT")


def test_a_state_stated_by_the_second_of_two_speakers_is_that_speaker(nlp):
    for body in (
        "Moldovan Foreign Minister Ion Rusu and Hungarian Foreign Minister Kari Lendvai said Hungary supports "
        "Moldova's bid to join the European Union.",
        "Moldovan Foreign Minister Ion Rusu and his Hungarian counterpart Kari Lendvai told reporters that "
        "Hungary backs Moldova's bid to join the bloc.",
        "Chilean Foreign Minister Ana Torres and Peruvian Foreign Minister Luis Paredes said on Monday that "
        "Peru endorses Chile's candidacy for a seat on the Human Rights Council.",
    ):
        rows = _support(nlp, body)
        assert len(rows) == 1, (body, rows)
        sources = names_in_role(rows[0], "source")
        assert sources in (["Kari Lendvai"], ["Luis Paredes"]), (body, rows[0]["actors"])


def test_the_single_speaker_and_negatives_are_unchanged(nlp):
    rows = _support(
        nlp,
        "Hungarian Foreign Minister Kari Lendvai stressed that Hungary backs Moldova's bid to join the European Union.",
    )
    assert [names_in_role(r, "source") for r in rows] == [["Kari Lendvai"]]
    for body in (
        "Moldovan Foreign Minister Ion Rusu and Hungarian Foreign Minister Kari Lendvai said Hungary would not "
        "support Moldova's bid to join the European Union.",
        "Moldovan Foreign Minister Ion Rusu and Hungarian Foreign Minister Kari Lendvai thanked Austria for "
        "hosting the talks.",
    ):
        assert _support(nlp, body) == [], body
