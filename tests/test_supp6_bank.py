"""Support shapes of the supp6 sentence bank (news-style sentences written for this file), through the real model
and the feed (``row_helpers.article_rows``).

Shape "praise in the passive": "Kenya's mediation was praised by the AU", "Iran's stance was appreciated by Iraq",
"Ghana was commended by X for its role" — praise of a named act (ANNOTATION.md) said in the passive: the agent is
the source, the owner of the act the target, the act the topic. Not when no giver is named, when the thing praised
is a visit (hosting), another's backing (thanks), a courtesy, an indefinite act ("a position welcomed by many"),
nor when negated.

Shape "an adjective of backing": "Singapore remains supportive of ASEAN centrality", "Japan has been supportive of
India's bid" — the adjective after a copula states the subject's backing (data: supportive_adjectives). Not when
negated or conditional, nor of a gerund or a bare relation word ("supportive of cooperation").

Shape "a named initiative backed": "Vietnam supports the Global Development Initiative" — the initiative is what is
backed (the topic, as the seed article codes "Belt and Road Initiative"), not a party backed; the parser's
organisation reading of the name made it a target. A party backed stays a target.

Shape "members of a named body as the source": "the 27 member states of the European Union reaffirmed their
support for X", "leaders of the African Union", "members of the Arab League" — members speaking together speak as
the body (or the states) named after "of" (ANNOTATION.md: an unnamed official is the state or organisation they speak
for). Not members of a group no party resolves from ("members of the opposition").

Shape "praise of the manner of a named act": "welcomed the peaceful conduct of Montenegro's election", "hailed the
smooth running of the summit" — a noun that is no act itself, followed by "of" and an act, praises that act; its
owner is the target. Not when the "of" names a relation ("the spirit of cooperation") or a party ("the people of
Kenya").
"""

from __future__ import annotations

import pytest
from row_helpers import article_rows, names_in_role, of_type

PUBLISHED = "2024-03-04"


def _supports(nlp, sentence):
    text = "Talks in the region\n\nMarch 4 (Agency) -- " + sentence + " The weather stayed warm all week."
    return of_type(article_rows(nlp, text, PUBLISHED), "SUPPORT_STATEMENT")


@pytest.mark.parametrize(
    "sentence, source, target, topic_word",
    [
        (
            "Uruguay's mediation between the two neighbours was praised by Chile on Tuesday.",
            "Chile",
            "Uruguay",
            "mediation",
        ),
        ("Iran's position on the dispute was appreciated by Iraq, the ministry said.", "Iraq", "Iran", "position"),
        ("Finland's decision to join the treaty was welcomed by Norway.", "Norway", "Finland", "decision"),
        ("Ghana was commended by the African Union for its role in the talks.", "African Union", "Ghana", "role"),
    ],
)
def test_passive_praise_of_a_named_act(nlp, sentence, source, target, topic_word):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, rows
    assert names_in_role(rows[0], "source") == [source]
    assert names_in_role(rows[0], "target") == [target]
    assert topic_word in (rows[0]["topic"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland's decision to join the treaty was welcomed at the meeting.",
        "The Chilean president's visit was welcomed by Uruguay.",
        "Spain's support was welcomed by Ukraine.",
        "Ghana was praised by the African Union for its warm hospitality.",
        "It is a position that was welcomed by Norway and many other countries.",
        "Uruguay's mediation was not praised by Chile.",
    ],
)
def test_passive_praise_not_support(nlp, sentence):
    assert _supports(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence, source, target, topic_word",
    [
        ("Japan has been supportive of Brazil's bid for a permanent seat on the council.", "Japan", "Brazil", "bid"),
        (
            "Singapore remains supportive of ASEAN centrality, its foreign minister said.",
            "Singapore",
            None,
            "centrality",
        ),
        ("Peru is supportive of the peace process in Colombia, the Peruvian minister said.", "Peru", None, "process"),
    ],
)
def test_supportive_adjective(nlp, sentence, source, target, topic_word):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, rows
    assert names_in_role(rows[0], "source") == [source]
    assert names_in_role(rows[0], "target") == ([target] if target else [])
    assert topic_word in (rows[0]["topic"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany is not supportive of the proposal for joint European debt.",
        "Kenya remains supportive of cooperation with its neighbours.",
        "If Iran halts enrichment, Peru would be supportive of lifting the sanctions.",
        "The parents were supportive of their children.",
    ],
)
def test_supportive_adjective_not_support(nlp, sentence):
    assert _supports(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence, topic",
    [
        ("Laos supports the Global Development Initiative, the Lao premier said.", "Global Development Initiative"),
        ("Kenya backs the Global Security Initiative, the Kenyan president said.", "Global Security Initiative"),
    ],
)
def test_named_initiative_is_the_topic(nlp, sentence, topic):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, rows
    assert names_in_role(rows[0], "target") == []
    assert rows[0]["topic"] == topic


def test_party_backed_stays_a_target(nlp):
    rows = _supports(nlp, "Kenya supports the African Union in its mediation, the Kenyan president said.")
    assert len(rows) == 1, rows
    assert names_in_role(rows[0], "target") == ["African Union"]


@pytest.mark.parametrize(
    "sentence, sources, target",
    [
        (
            "The 27 member states of the European Union reaffirmed their support for Moldova.",
            ["European Union"],
            "Moldova",
        ),
        ("Leaders of the African Union expressed their solidarity with Sudan.", ["African Union"], "Sudan"),
        ("Leaders of Egypt and Jordan reaffirmed their support for Lebanon.", ["Egypt", "Jordan"], "Lebanon"),
    ],
)
def test_members_of_a_body_speak_as_the_body(nlp, sentence, sources, target):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, rows
    assert names_in_role(rows[0], "source") == sources
    assert names_in_role(rows[0], "target") == [target]


@pytest.mark.parametrize(
    "sentence",
    [
        "Many members of the opposition expressed support for the plan.",
        "Critics of the government voiced support for the strike.",
        "Members of the Arab League did not express support for Lebanon.",
    ],
)
def test_members_of_no_named_party(nlp, sentence):
    assert _supports(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        (
            "The European Union welcomed the peaceful conduct of Serbia's parliamentary election.",
            "European Union",
            "Serbia",
        ),
        ("The African Union hailed the smooth running of Ghana's general election.", "African Union", "Ghana"),
    ],
)
def test_manner_of_a_named_act(nlp, sentence, source, target):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, rows
    assert names_in_role(rows[0], "source") == [source]
    assert names_in_role(rows[0], "target") == [target]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders praised the spirit of cooperation between their countries.",
        "The two sides praised the level of bilateral cooperation.",
        "The minister praised the people of Kenya.",
        "Jordan welcomed the members of the delegation.",
    ],
)
def test_manner_of_no_act(nlp, sentence):
    assert _supports(nlp, sentence) == []
