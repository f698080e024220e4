"""A proposal, initiative, plan or project spoken of again ("the proposal", "the initiative", "it" as what is
backed) refers back to the nearest concrete project the article named before; backing it is a
PROJECT_PROPOSAL of the backer (ANNOTATION.md: backing a concrete project is a proposal). Every sentence
here is written for these tests. Against it: such a word with nothing concrete named before, an initiative
that refers back to a peace plan (support), and backing a person.
"""

from __future__ import annotations

import pytest
from row_helpers import names_in_role as _role
from row_helpers import of_type as _of_type

_NAMED = "Kazakhstan proposed building a railway from Almaty to Tashkent. "


def _rows(extract, text):
    return extract(text, published="2024-05-10")


@pytest.mark.parametrize(
    "backing",
    [
        "Uzbekistan endorsed the proposal.",
        "Uzbekistan has backed the initiative.",
        "Uzbekistan supports the plan.",
        "Uzbekistan backed it.",
    ],
)
def test_backing_a_proposal_spoken_of_again_is_a_proposal_of_the_backer(extract, backing):
    rows = _rows(extract, _NAMED + backing)
    backers = [p for p in _of_type(rows, "PROJECT_PROPOSAL") if _role(p, "proposer") == ["Uzbekistan"]]
    assert len(backers) == 1
    assert "railway" in backers[0]["project"]
    assert _of_type(rows, "SUPPORT_STATEMENT") == []


def test_a_backer_named_in_a_relative_clause_backs_the_project(extract):
    rows = _rows(
        extract, _NAMED + "Uzbek President Shavkat Mirziyoyev, who has backed the initiative, spoke on Monday."
    )
    backers = [p for p in _of_type(rows, "PROJECT_PROPOSAL") if _role(p, "proposer") == ["Shavkat Mirziyoyev"]]
    assert len(backers) == 1
    assert _of_type(rows, "SUPPORT_STATEMENT") == []


@pytest.mark.parametrize("text", ["Uzbekistan supports the plan.", "Uzbekistan has backed the initiative."])
def test_nothing_named_before_proposes_nothing(extract, text):
    assert _of_type(_rows(extract, text), "PROJECT_PROPOSAL") == []


def test_an_initiative_after_a_peace_plan_stays_support(extract):
    rows = _rows(extract, "Egypt put forward a peace plan for Sudan. Jordan backs the initiative.")
    assert _of_type(rows, "PROJECT_PROPOSAL") == []
    assert len(_of_type(rows, "SUPPORT_STATEMENT")) == 1


def test_backing_a_person_after_a_project_is_support(extract):
    rows = _rows(extract, _NAMED + "Uzbekistan backed Kazakh President Kassym-Jomart Tokayev.")
    assert [_role(p, "proposer") for p in _of_type(rows, "PROJECT_PROPOSAL")] == [["Kazakhstan"]]
    (s,) = _of_type(rows, "SUPPORT_STATEMENT")
    assert _role(s, "target") == ["Kassym-Jomart Tokayev"]
