"""PROJECT_PROPOSAL shapes from a bank of wire-style sentences written for the task (round prop6), each fixed by
a general rule:

- a proposal rejected, dismissed or opposed ("Norway rejected a Danish proposal for X") is no proposal of the
  rejecter; its owner, when the noun names one, is the proposer (word classes: negation_governors,
  blaming_verbs, opposing_verbs);
- two-word mechanism heads ("a joint task force", "a rapid reaction force") and a regime, board, network or
  reserve set up are mechanisms (word class: mechanism_heads); "introduce" sets one up (establishing_verbs);
- a joint or bilateral mechanism of a named kind ("the joint satellite program") is one concrete undertaking
  (word class: joint_words);
- "CAIRO, ... (Agency) -- X on Saturday proposed Y": the dateline's agency taken for the subject is no
  proposer, the story subject hung on it is;
- "an early start to the railway": the project a nominalised action is done to; an interconnection is
  physical infrastructure;
- a project's name leaves out when and at what gathering it was proposed.

Every sentence is written for the test; negatives sit at each rule's edge.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows, names_in_role, of_type

_HEAD = "Headline\n\nLUSAKA, June 3 (Agency) -- "
_TAIL = " Talks on other matters went on into the evening at the foreign ministry."


def _proposals(nlp, sentence: str) -> list[dict]:
    return of_type(article_rows(nlp, _HEAD + sentence + _TAIL, "2024-06-03"), "PROJECT_PROPOSAL")


def _probe_first(nlp, sentence: str) -> dict:
    """The first proposal with a Cairo dateline and a sentence about the weather after it (the parse of some
    shapes depends on the sentences around them: this framing gives the one the fix is for)."""
    text = (
        "Headline\n\nCAIRO, March 4 (Agency) -- "
        + sentence
        + " The weather in the region was warmer than usual for this time of the year,"
        + " and it is going to stay that way."
    )
    found = of_type(article_rows(nlp, text, "2024-03-04"), "PROJECT_PROPOSAL")
    assert found, f"no proposal in: {sentence}"
    return found[0]


def _first(nlp, sentence: str) -> dict:
    found = _proposals(nlp, sentence)
    assert found, f"no proposal in: {sentence}"
    return found[0]


@pytest.mark.parametrize(
    "sentence, rejecter",
    [
        ("Norway rejected a Danish proposal for a joint fishing zone in the North Sea.", "Norway"),
        ("Peru dismissed the Bolivian proposal for a free trade zone on the lake.", "Peru"),
        ("Serbia opposed the proposal of Croatia to set up a joint border commission.", "Serbia"),
    ],
)
def test_rejecter_is_no_proposer(nlp, sentence, rejecter):
    for row in _proposals(nlp, sentence):
        assert rejecter not in names_in_role(row, "proposer"), sentence


@pytest.mark.parametrize(
    "sentence, proposer, head",
    [
        ("Zambia proposed a joint task force on cross-border smuggling with Malawi.", "Zambia", "task force"),
        ("France pitched a European rapid reaction force to Germany on Tuesday.", "France", "reaction force"),
        ("Ecuador and Colombia agreed to introduce a visa-free regime for students.", "Ecuador", "regime"),
        ("Kenya proposed the establishment of a joint coffee marketing board with Ethiopia.", "Kenya", "board"),
        ("Austria is keen to develop a cross-border hydrogen network with Slovenia.", "Austria", "network"),
    ],
)
def test_mechanism_heads(nlp, sentence, proposer, head):
    row = _first(nlp, sentence)
    assert proposer in names_in_role(row, "proposer")
    assert head in row["project"]


def test_driving_force_is_no_mechanism(nlp):
    sentence = (
        "Zambia is willing to work with all parties to host a summit that will create new driving force for growth."
    )
    assert not [r for r in _proposals(nlp, sentence) if "force" in (r["project"] or "")]


@pytest.mark.parametrize(
    "sentence, project",
    [
        ("Ghana is ready to work with Togo to advance the joint satellite program.", "joint satellite program"),
        (
            "Laos expressed willingness to work with Cambodia on a joint river management programme.",
            "joint river management programme",
        ),
    ],
)
def test_joint_named_mechanism(nlp, sentence, project):
    assert _first(nlp, sentence)["project"] == project


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana is ready to work with Togo to advance joint programs.",
        "Laos is willing to work with Cambodia to deepen the comprehensive strategic partnership.",
    ],
)
def test_generic_joint_cooperation_is_none(nlp, sentence):
    assert not _proposals(nlp, sentence)


def test_dateline_agency_is_no_proposer(nlp):
    # (the parse that hangs the subject on the agency depends on the sentence that follows: this pair gives it)
    text = (
        "Headline here\n\nCAIRO, March 4 (Agency) -- Colombian President Gustavo Petro on Saturday proposed a"
        " binational economic zone with Venezuela. The weather in the region was warmer than usual for this time of"
        " the year, and it is going to stay that way."
    )
    rows = of_type(article_rows(nlp, text, "2024-03-04"), "PROJECT_PROPOSAL")
    assert rows
    assert names_in_role(rows[0], "proposer") == ["Gustavo Petro"]
    assert "Venezuela" in names_in_role(rows[0], "partner")


def test_start_to_project(nlp):
    row = _first(nlp, "Malawi called for an early start to the cross-border railway with Zambia.")
    assert "cross-border railway" in row["project"]


def test_passive_interconnection(nlp):
    row = _first(nlp, "A power interconnection between the two countries was proposed by Zambia.")
    assert names_in_role(row, "proposer") == ["Zambia"]


def test_no_interconnection_done(nlp):
    assert not _proposals(nlp, "The power interconnection between the two countries was completed in 2019.")


@pytest.mark.parametrize(
    "sentence, project",
    [
        (
            "Zambia called for the creation of a regional fund for drought relief on Monday.",
            "regional fund for drought relief",
        ),
        (
            "Angola proposed a regional alliance against malaria at the SADC summit.",
            "regional alliance against malaria",
        ),
    ],
)
def test_project_name_leaves_out_when_and_where_proposed(nlp, sentence, project):
    assert _probe_first(nlp, sentence)["project"] == project
