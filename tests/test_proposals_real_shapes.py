"""Project proposals in the shapes real wire stories used where the extractor missed them (round 3, the
shapes tabulated from real misses; every sentence here is written for these tests): examples a vague head
lists, a gerund's purpose clause inside an agreement, a perfect signing, parties negotiating or consulting
on a project in progress, negotiations or talks on a concrete project, drawing up a blueprint, leading a
consortium for a project. Against them: negotiations done, failed or on no project, talks on a topic,
examples that name nothing concrete, a signing denied, drawing up nothing concrete.
"""

from __future__ import annotations

import pytest
from row_helpers import names_in_role as _role
from row_helpers import of_type as _of_type


def _proposals(extract, text):
    return _of_type(extract(text, published="2024-05-10"), "PROJECT_PROPOSAL")


@pytest.mark.parametrize(
    "text, proposer, words",
    [
        (
            "Kenyan President William Ruto put forward several ideas such as a highway between Nairobi and Addis "
            "Ababa.",
            "William Ruto",
            "highway between Nairobi and Addis Ababa",
        ),
        (
            "Nepal proposed new projects, including a cross-border railway to Lhasa.",
            "Nepal",
            "cross-border railway",
        ),
    ],
)
def test_the_examples_a_vague_head_lists_are_the_projects(extract, text, proposer, words):
    (p,) = _proposals(extract, text)
    assert _role(p, "proposer") == [proposer]
    assert words in p["project"]
    # examples that name nothing concrete propose nothing
    assert _proposals(extract, "Nepal put forward several ideas such as closer cultural ties and more tourism.") == []


def test_a_purpose_clause_on_the_gerund_of_an_agreement_names_its_project(extract):
    (p,) = _proposals(
        extract,
        "Ghana and Togo have signed a memorandum on carrying out a project to build a coastal gas pipeline "
        "from Accra to Lome.",
    )
    assert _role(p, "proposer") == ["Ghana", "Togo"]
    assert "coastal gas pipeline" in p["project"]


def test_a_signing_in_the_perfect_is_a_signing_done_but_a_denied_one_is_not(extract):
    (p,) = _proposals(
        extract, "Laos and Cambodia have signed an agreement on building a bridge over the Mekong at Stung Treng."
    )
    assert _role(p, "proposer") == ["Cambodia", "Laos"]
    assert "bridge" in p["project"]
    assert _proposals(extract, "Laos has not signed an agreement on building a bridge over the Mekong.") == []


@pytest.mark.parametrize(
    "text, proposers, project",
    [
        (
            "Officials said Ghana and Togo are negotiating the construction of a new bridge over the Mono River.",
            ["Ghana", "Togo"],
            "bridge over the Mono River",
        ),
        (
            "Kenya is negotiating with China on the extension of the standard gauge railway to Uganda.",
            ["Kenya"],
            "standard gauge railway",
        ),
        (
            "The minister said Armenia and Iran were consulting on a new project, the construction of the "
            "Meghri hydropower plant.",
            ["Armenia", "Iran"],
            "Meghri hydropower plant",
        ),
    ],
)
def test_parties_negotiating_on_a_project_in_progress_advance_it(extract, text, proposers, project):
    (p,) = _proposals(extract, text)
    assert sorted(_role(p, "proposer")) == proposers
    assert project in p["project"]
    # negotiating done, denied or on no project proposes nothing
    for other in (
        "Kenya negotiated a loan with China last year.",
        "Kenya and Uganda are negotiating a settlement of the border dispute.",
        "The two sides are consulting on regional security.",
        "Kenya will not negotiate with China on the railway.",
    ):
        assert _proposals(extract, other) == [], other


@pytest.mark.parametrize(
    "text, proposer, partners, project",
    [
        (
            "Foreign Minister Ali Haidar said intensive negotiations with Chad and Niger on the pipeline were "
            "under way.",
            "Ali Haidar",
            ["Chad", "Niger"],
            "pipeline",
        ),
        (
            "Ethiopia and Djibouti began negotiations on a new railway line linking Addis Ababa and the port "
            "of Djibouti.",
            None,
            [],
            "railway line linking Addis Ababa",
        ),
        (
            "Kenya and Uganda on Tuesday opened talks on how to extend the railway to Kampala.",
            None,
            [],
            "railway",
        ),
    ],
)
def test_negotiations_or_talks_on_a_concrete_project_propose_it(extract, text, proposer, partners, project):
    (p,) = _proposals(extract, text)
    if proposer:
        assert _role(p, "proposer") == [proposer]
    else:
        assert len(_role(p, "proposer")) == 2
    assert sorted(_role(p, "partner")) == partners
    assert project in p["project"]
    # talks failed, denied or on a topic propose nothing
    for other in (
        "Talks on the pipeline collapsed last year, Foreign Minister Ali Haidar said.",
        "Foreign Minister Ali Haidar said negotiations on trade and security were under way.",
        "Ethiopia did not open talks on the railway line.",
    ):
        assert _proposals(extract, other) == [], other


def test_drawing_up_a_blueprint_sets_a_mechanism_up(extract):
    (p,) = _proposals(
        extract, "President John Mahama proposed drawing up a new blueprint to steer Ghana's cooperation with Japan."
    )
    assert _role(p, "proposer") == ["John Mahama"]
    assert "blueprint" in p["project"]
    assert _proposals(extract, "The company drew up plans last year.") == []


def test_leading_a_consortium_for_a_project_undertakes_the_project(extract):
    (p,) = _proposals(
        extract,
        "Turkmenistan proposed that its state company should lead the consortium for the TAPI pipeline project.",
    )
    assert _role(p, "proposer") == ["Turkmenistan"]
    assert "TAPI" in p["project"]
    assert _proposals(extract, "The minister will lead a delegation to the forum in Beijing.") == []
