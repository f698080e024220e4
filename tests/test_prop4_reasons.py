"""PROJECT_PROPOSAL shapes found by a reasons round on unseen articles, each fixed by a general rule:

- a possibility a speaker puts forward for parties who would act ("the two countries could set up a joint
  news agency, X said"; "X considers that A could build Y") is a suggestion, like "should";
- an alliance or coalition set up ("urged the creation of a global alliance against hunger", "agreed to
  build a strategic alliance") is a mechanism, as a commission or a forum is (word class: mechanism_heads);
- putting a proposal on the table ("unveiled an initiative to ...", "tabled", "presented", "put forward") is
  proposing it, and a plan counted out in points or phases ("a five-point plan for peace") is a concrete one,
  unless what it is for is cooperation of no particular kind ("for advancing bilateral ties");

Every sentence is written for the test; negatives sit at each rule's edge (forecasts, negation, conditions,
questions, cooperation of no particular kind).
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows, names_in_role, of_type

_HEAD = "Headline\n\nULAANBAATAR, June 4 (Agency) -- "
_TAIL = " Talks on other matters went on into the evening at the foreign ministry."


def _proposals(nlp, sentence: str) -> list[dict]:
    return of_type(article_rows(nlp, _HEAD + sentence + _TAIL, "2024-06-04"), "PROJECT_PROPOSAL")


def _first_proposal(nlp, sentence: str) -> dict:
    """The first proposal the sentence gives; fails, naming the sentence, when there is none."""
    found = _proposals(nlp, sentence)
    assert found, sentence
    return found[0]


# ---- "could" put forward by a speaker --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, proposer, project_word",
    [
        ("The Mongolian president said the two countries could set up a joint news agency.", "Mongolia", "agency"),
        (
            "President Ilham Aliyev considers that the Caspian states could build a joint power grid.",
            "Ilham Aliyev",
            "grid",
        ),
        (
            "Egypt and Iraq could jointly build a new container port, Egyptian Prime Minister Omar Farid said.",
            "Omar Farid",
            "port",
        ),
        (
            "Kazakh President Nurlan Abenov said Central Asia can create a regional water council of its own.",
            "Nurlan Abenov",
            "council",
        ),
    ],
)
def test_a_possibility_put_forward_is_a_suggestion(nlp, sentence, proposer, project_word):
    proposal = _first_proposal(nlp, sentence)
    assert proposer in names_in_role(proposal, "proposer")
    assert project_word in (proposal["project"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the railway could be completed by 2027.",
        "The Mongolian president said the two countries could not set up a joint news agency.",
        "The Mongolian president said the two countries could set up a joint news agency if financing were found.",
        "The Mongolian president said the two countries could strengthen cooperation in trade.",
        "The Mongolian president asked whether the two countries could set up a joint news agency.",
    ],
)
def test_forecasts_negations_conditions_and_questions_are_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence


# ---- an alliance or coalition set up is a mechanism --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, proposer, project",
    [
        (
            "Brazilian President Carlos Mendes urged the creation of a global alliance against hunger.",
            "Carlos Mendes",
            "global alliance against hunger",
        ),
        (
            "Mexican Foreign Minister Juan Ruiz and Chilean Foreign Minister Pablo Soto agreed to build a strategic "
            "alliance to give Latin America a common voice.",
            "Juan Ruiz",
            "strategic alliance",
        ),
        (
            "Swedish Prime Minister Erik Berg proposed forming a regional coalition for clean energy with Norway.",
            "Erik Berg",
            "regional coalition for clean energy",
        ),
        (
            "Spanish Prime Minister Luis Ortega called for the launch of an international coalition against "
            "plastic waste.",
            "Luis Ortega",
            "international coalition against plastic waste",
        ),
    ],
)
def test_an_alliance_set_up_is_a_mechanism(nlp, sentence, proposer, project):
    proposal = _first_proposal(nlp, sentence)
    assert proposer in names_in_role(proposal, "proposer")
    assert (proposal["project"] or "").startswith(project)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese Prime Minister Kenji Sato reaffirmed the alliance with the United States.",
        "Swedish Prime Minister Erik Berg said Sweden would not form a military alliance with Norway.",
        "Japanese Prime Minister Kenji Sato thanked the United States for the strong alliance between the two nations.",
        "Mexico and Chile agreed to strengthen their alliance.",
    ],
)
def test_an_alliance_upheld_thanked_or_refused_is_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence


# ---- putting a proposal on the table is proposing it; a plan counted in points is a concrete one ----------


@pytest.mark.parametrize(
    "sentence, proposer, project",
    [
        (
            "Chilean President Ana Rojas unveiled an initiative to plant one million trees along the Andes.",
            "Ana Rojas",
            "initiative to plant one million trees",
        ),
        (
            "Turkish Foreign Minister Ali Demir proposed a three-phase plan to end the war in Gaza.",
            "Ali Demir",
            "three-phase plan to end the war",
        ),
        (
            "Indonesian President Budi Santoso presented a five-point plan for peace in Myanmar.",
            "Budi Santoso",
            "five-point plan for peace",
        ),
        (
            "Chinese Foreign Minister Wang Lei put forward a 12-point proposal on resolving the crisis.",
            "Wang Lei",
            "12-point proposal",
        ),
        (
            "Kenyan President Paul Otieno tabled a two-stage initiative for a ceasefire in Sudan.",
            "Paul Otieno",
            "two-stage initiative for a ceasefire",
        ),
    ],
)
def test_a_plan_put_on_the_table_is_proposed(nlp, sentence, proposer, project):
    proposal = _first_proposal(nlp, sentence)
    assert proposer in names_in_role(proposal, "proposer")
    assert (proposal["project"] or "").startswith(project)


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish Foreign Minister Ali Demir proposed a plan to boost trade.",
        "Turkish Foreign Minister Ali Demir criticised the three-phase plan to end the war in Gaza.",
        "Turkish Foreign Minister Ali Demir did not propose a three-phase plan to end the war in Gaza.",
        "Turkish Foreign Minister Ali Demir announced a plan to compensate workers.",
        "Turkish Foreign Minister Ali Demir rejected the five-point plan.",
        "Chinese Premier Wang Lei put forward a six-point proposal for advancing bilateral ties.",
        "Chilean President Ana Rojas unveiled a new logo for the ministry.",
        "Chilean President Ana Rojas unveiled a plaque commemorating the victims.",
    ],
)
def test_a_bare_plan_a_generic_one_or_one_rejected_is_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence
