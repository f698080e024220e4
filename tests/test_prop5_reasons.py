"""PROJECT_PROPOSAL shapes found by a second reasons round on unseen articles, each fixed by a general rule:

- an agreement stated with no agent ("It was agreed that A and B would build X", "At the talks it was agreed
  that ...") is the agreement of the parties that are to act: they are its proposers (ANNOTATION.md: the
  parties of an agreement propose what it sets out);
- a mechanism proposed to sit ("proposed that the joint border commission meet twice a year") is the mechanism
  proposed, as when the sides agree that it should meet;
- what a project can carry or yield, raised or put to use ("must increase the capacity of the X railway", "the
  potential of the Y corridor should be used more fully"), advances the project (word class: capacity_nouns);
- a concrete project or a proposal of one backed in the passive ("the Turkmen proposal was endorsed by Pakistan",
  "the waterway project was backed by Uganda") is a PROJECT_PROPOSAL of the backers (ANNOTATION.md: backing a
  concrete project is one), the proposal's owner state its partner, also when the tagger misses the state's
  adjective;
- "the line" refers back to a railway or pipeline named before (word class: line_heads), also with a phrase of
  time hung on it ("revive the line in the new era", word class: era_nouns);
- parties set to meet at a recurring interval ("agreed that their foreign ministers would meet regularly",
  "proposed that the defence ministers meet annually") is a standing format of talks, a mechanism, as "regular
  meetings between A and B" already is (word class: recurring_adverbs); one meeting planned is not;

Every sentence is written for the test; negatives sit at each rule's edge (negation, cooperation of no
particular kind, a report of what was done, an agreement with no named party).
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows, names_in_role, of_type

_HEAD = "Headline\n\nACCRA, May 14 (Agency) -- "
_TAIL = " Talks on other matters went on into the evening at the foreign ministry."


def _proposals(nlp, sentence: str) -> list[dict]:
    return of_type(article_rows(nlp, _HEAD + sentence + _TAIL, "2024-05-14"), "PROJECT_PROPOSAL")


def _first_proposal(nlp, sentence: str) -> dict:
    """The first proposal the sentence gives; fails, naming the sentence, when there is none."""
    found = _proposals(nlp, sentence)
    assert found, sentence
    return found[0]


# ---- "it was agreed that A and B would ...": the parties that are to act agreed it ----------------------


@pytest.mark.parametrize(
    "sentence, proposers, project_word",
    [
        (
            "It was agreed that Ghana and Nigeria would jointly build a new bridge over the border river.",
            ["Ghana", "Nigeria"],
            "bridge",
        ),
        (
            "At the meeting it was agreed that Peru and Chile would speed up work on the cross-border railway.",
            ["Chile", "Peru"],
            "railway",
        ),
        (
            "It was also agreed that Egypt and Sudan should develop the Aswan-Wadi Halfa railway.",
            ["Egypt", "Sudan"],
            "railway",
        ),
        (
            "It was agreed that Kenya and Uganda would establish a joint trade committee.",
            ["Kenya", "Uganda"],
            "committee",
        ),
    ],
)
def test_an_agreement_with_no_agent_is_the_acting_parties(nlp, sentence, proposers, project_word):
    proposal = _first_proposal(nlp, sentence)
    assert names_in_role(proposal, "proposer") == proposers
    assert project_word in (proposal["project"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not agreed that Ghana and Nigeria would build a bridge.",
        "It was agreed that Kenya and Uganda would strengthen cooperation.",
        "It was agreed last year that Ghana and Nigeria had built a bridge.",
        "It was agreed that the two sides would keep in touch.",
    ],
)
def test_negated_generic_or_done_agreements_are_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence


# ---- "proposed that the joint commission meet": the mechanism proposed to sit -------------------------------


@pytest.mark.parametrize(
    "sentence, proposer, project_word",
    [
        ("Kenya proposed that the joint border commission meet twice a year.", "Kenya", "commission"),
        (
            "Japan urged that the bilateral working group on maritime security meet more often.",
            "Japan",
            "working group",
        ),
        ("Ghana proposed that the technical working groups meet every three months.", "Ghana", "working groups"),
    ],
)
def test_a_mechanism_proposed_to_sit_is_proposed(nlp, sentence, proposer, project_word):
    proposal = _first_proposal(nlp, sentence)
    assert names_in_role(proposal, "proposer") == [proposer]
    assert project_word in (proposal["project"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana proposed that the two ministers meet again in June.",
        "Ghana did not propose that the joint committee meet.",
        "Ghana said the joint committee met in Accra last week.",
    ],
)
def test_people_meeting_negated_or_reported_sittings_are_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence


# ---- the capacity or potential of a project raised or put to use ------------------------------------------


@pytest.mark.parametrize(
    "sentence, proposer, project_word",
    [
        (
            "Ilham Aliyev said Azerbaijan and Georgia must increase the capacity of the Baku-Tbilisi-Kars railway.",
            "Ilham Aliyev",
            "railway",
        ),
        (
            "Ilham Aliyev said the potential of the Middle Corridor should be used more fully.",
            "Ilham Aliyev",
            "Corridor",
        ),
        (
            "Vladimir Putin said the capacity of the North-South transport corridor must be increased.",
            "Vladimir Putin",
            "corridor",
        ),
    ],
)
def test_a_project_capacity_raised_or_used_advances_it(nlp, sentence, proposer, project_word):
    proposal = _first_proposal(nlp, sentence)
    assert names_in_role(proposal, "proposer") == [proposer]
    assert project_word in (proposal["project"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilham Aliyev said the capacity of the Baku-Tbilisi-Kars railway had been increased.",
        "Ilham Aliyev said Azerbaijan and Georgia must increase the capacity of their armies.",
        "Vladimir Putin said the potential of bilateral trade should be used more fully.",
        "Ilham Aliyev said Azerbaijan and Georgia must use the route through Iran.",
        "Ilham Aliyev said Azerbaijan and Georgia must not increase the capacity of the Baku-Tbilisi-Kars railway.",
    ],
)
def test_capacity_done_of_no_project_or_negated_is_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence


# ---- a project or a proposal of one backed in the passive --------------------------------------------------


@pytest.mark.parametrize(
    "sentence, proposers, partner, project_word",
    [
        (
            "Turkmenistan proposed building a gas pipeline to Pakistan. The Turkmen proposal was backed by Pakistan"
            " and India.",
            ["India", "Pakistan"],
            "Turkmenistan",
            "pipeline",
        ),
        (
            "Kazakhstan put forward a plan for a Caspian oil terminal. The Kazakh proposal was endorsed by Azerbaijan.",
            ["Azerbaijan"],
            "Kazakhstan",
            "terminal",
        ),
        ("The Nile-Mediterranean waterway project was backed by Uganda.", ["Uganda"], None, "waterway"),
    ],
)
def test_a_project_backed_in_the_passive_is_proposed_by_the_backers(nlp, sentence, proposers, partner, project_word):
    found = [r for r in _proposals(nlp, sentence) if names_in_role(r, "proposer") == proposers]
    assert found, sentence
    if partner:
        assert partner in names_in_role(found[0], "partner")
    assert project_word in (found[0]["project"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kazakhstan put forward a plan for a Caspian oil terminal. The Kazakh proposal was rejected by Azerbaijan.",
        "Kazakhstan put forward a plan for a Caspian oil terminal. The Kazakh proposal was not endorsed by Azerbaijan.",
        "Kazakhstan put forward a plan to deepen ties. The Kazakh proposal was endorsed by Azerbaijan.",
    ],
)
def test_rejected_unbacked_or_vague_proposals_are_not_backed(nlp, sentence):
    assert not [r for r in _proposals(nlp, sentence) if "Azerbaijan" in names_in_role(r, "proposer")], sentence


# ---- "the line": the railway or pipeline named before ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, proposer, project",
    [
        (
            "Kenyan President William Ruto praised the Uganda Railway. He called for joint efforts to revive the line.",
            "William Ruto",
            "Uganda Railway",
        ),
        (
            "Kenyan President William Ruto described the Uganda Railway as a symbol of friendship, and he called for"
            " joint efforts to revive the line in the new era.",
            "William Ruto",
            "Uganda Railway",
        ),
        (
            "Kenyan President William Ruto praised the Uganda Railway, and he called for reviving the line.",
            "William Ruto",
            "Uganda Railway",
        ),
    ],
)
def test_the_line_is_the_railway_named_before(nlp, sentence, proposer, project):
    proposal = _first_proposal(nlp, sentence)
    assert names_in_role(proposal, "proposer") == [proposer]
    assert proposal["project"] == project


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan President William Ruto praised the Mombasa port. He called for joint efforts to revive the line.",
        "Kenyan President William Ruto praised the Uganda Railway. He did not call for efforts to revive the line.",
        "Kenyan President William Ruto praised the Uganda Railway. He said the line was revived in 2019.",
    ],
)
def test_a_line_with_no_railway_before_negated_or_done_is_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence


# ---- parties set to meet at a recurring interval ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, proposers, project_word",
    [
        ("Kenya and Tanzania agreed that their foreign ministers would meet regularly.", ["Kenya", "Tanzania"], "meet"),
        ("Ghana proposed that the defence ministers of Ghana and Togo meet annually.", ["Ghana"], "meet annually"),
        ("Kenya and Tanzania agreed to meet regularly.", ["Kenya", "Tanzania"], "meet regularly"),
    ],
)
def test_a_recurring_meeting_agreed_or_proposed_is_a_mechanism(nlp, sentence, proposers, project_word):
    proposal = _first_proposal(nlp, sentence)
    assert names_in_role(proposal, "proposer") == proposers
    assert project_word in (proposal["project"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya and Tanzania agreed that their foreign ministers would meet next week.",
        "Kenya and Tanzania did not agree to meet regularly.",
        "Kenya and Tanzania agreed that their foreign ministers would not meet regularly.",
        "The foreign ministers of Kenya and Tanzania meet regularly.",
    ],
)
def test_one_meeting_planned_negated_or_a_habit_stated_is_not(nlp, sentence):
    assert not _proposals(nlp, sentence), sentence
