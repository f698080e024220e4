"""SUPPORT_STATEMENT by structure, not phrase: who gives the backing (the subject of the verb, the author of a
message), and whether the clause states it at all (thanks, a request, a hope, hearsay, a denial, a project
backed). Sentences written for these tests; each case failed before the support-path change it guards."""

from __future__ import annotations

import pytest
from row_helpers import names_in_role, of_type


def _support(extract, text):
    return of_type(extract(text, published="2024-05-08"), "SUPPORT_STATEMENT")


# ---- thanks are not support (ANNOTATION.md) --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister thanked Germany for backing Chile's bid to host the conference.",
        "President Joko Widodo thanked Prime Minister Narendra Modi for standing with Indonesia after the flood.",
        "Prime Minister Mark Carney thanked Norway for its words and for supporting Canada's candidacy.",
    ],
)
def test_backing_one_is_thanked_for_is_not_a_support_statement(extract, text):
    assert _support(extract, text) == []
    # negative: praising a party's decision is support of that party
    rows = _support(extract, "Chancellor Olaf Scholz praised Poland's decision to host the refugee summit.")
    assert [names_in_role(r, "target") for r in rows] == [["Poland"]]


# ---- requests, hopes and hearsay state no backing --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya appealed to Japan to support its candidacy for the council.",
        "Kenya lobbied Japan to back its candidacy for the council.",
        "Kenya hopes Japan will support its candidacy for the council.",
        "Analysts say China is likely to back Pakistan's position on the dispute.",
        "Germany reportedly supports Ukraine's bid to join the alliance.",
        "China is said to support Pakistan's position on the dispute.",
    ],
)
def test_asked_for_hoped_for_or_rumoured_backing_is_not_a_statement(extract, text):
    assert _support(extract, text) == []
    # negative: an adverb of degree is no hedge, and "said" reports a statement
    rows = _support(extract, "Germany firmly supports Ukraine's membership bid, Chancellor Olaf Scholz said.")
    assert [names_in_role(r, "target") for r in rows] == [["Ukraine"]]


# ---- the giver is the subject: a third party reported on is not the speaker -------------------------


def test_others_reported_as_backing_are_not_the_speaker(extract):
    text = (
        '"Previous governments have expressed their support for Peru\'s bid," President Dina Boluarte said. '
        '"Many countries have voiced support for our candidacy," she added.'
    )
    assert _support(extract, text) == []
    # negative: a pronoun subject leaves the speaker as the giver
    rows = _support(extract, '"We support Peru\'s bid to join the council," President Gabriel Boric said.')
    assert [names_in_role(r, "source") for r in rows] == [["Gabriel Boric"]]


# ---- a day is when, not what ------------------------------------------------------------------------


def test_a_day_hung_on_the_light_verb_is_not_the_topic(extract):
    rows = _support(extract, "Germany on Tuesday expressed its support for Ukraine.")
    assert [(names_in_role(r, "target"), r["topic"]) for r in rows] == [(["Ukraine"], None)]


def test_congratulations_dated_by_a_day_name_no_achievement(extract):
    assert _support(extract, "President Lula congratulated Argentina on Monday.") == []


# ---- backing a project among other things is a proposal, not support --------------------------------


def test_a_project_among_the_things_backed_makes_it_a_proposal(extract):
    text = "Xi and Chinh agreed to expand trade, with China also backing staff exchanges and a new steel plant."
    assert _support(extract, text) == []


# ---- recall: the author of a message, the doer named in a clause ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President William Ruto's letter was written to congratulate President Cyril Ramaphosa on his re-election.",
        "President William Ruto sent a message congratulating President Cyril Ramaphosa on his re-election.",
        "President William Ruto's message congratulated President Cyril Ramaphosa on his re-election.",
    ],
)
def test_a_message_says_what_its_author_says(extract, text):
    rows = _support(extract, text)
    assert [(names_in_role(r, "source"), names_in_role(r, "target")) for r in rows] == [
        (["William Ruto"], ["Cyril Ramaphosa"])
    ]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Foreign Minister Wang Yi said China values the important role Mongolia plays in the region.", "Mongolia"),
        ("President William Ruto appreciated the contribution Japan has made to the fight against malaria.", "Japan"),
    ],
)
def test_an_act_whose_doer_a_clause_names_is_praised(extract, text, target):
    rows = _support(extract, text)
    assert [names_in_role(r, "target") for r in rows] == [[target]]
    # negatives: a pronoun doer is not resolved to another party; hospitality is no act
    assert _support(extract, "President William Ruto acknowledged the role he played.") == []
    assert _support(extract, "President William Ruto appreciated the hospitality the hosts showed.") == []
