"""Actor normalisation: full names, states from titles, peoples, state organs, international bodies."""

from __future__ import annotations

import pytest

from extractor.actors import ActorResolver
from extractor.gazetteer import load


def _resolve_all(nlp, text: str, word: str, occurrence: int = -1):
    doc = nlp(text)
    resolver = ActorResolver(doc)
    tokens = [t for t in doc if t.text == word]
    return resolver.resolve(tokens[occurrence], expand_conj=False)


def test_short_form_resolves_to_the_full_name_and_state(nlp):
    (actor,) = _resolve_all(nlp, "Russian President Vladimir Putin arrived. Putin said the talks went well.", "Putin")
    assert (actor.name, actor.kind, actor.country) == ("Vladimir Putin", "person", "RUS")


def test_title_phrase_resolves_to_the_person_of_that_state(nlp):
    text = "Chinese President Xi Jinping met Kenyan President William Ruto. The Chinese leader praised the visit."
    (actor,) = _resolve_all(nlp, text, "leader")
    assert actor.name == "Xi Jinping"


def test_unnamed_official_is_their_state(nlp):
    (actor,) = _resolve_all(nlp, "The Spanish foreign minister arrived in Rabat.", "minister")
    assert (actor.kind, actor.country) == ("country", "ESP")


def test_people_is_a_group_with_its_state(nlp):
    (actor,) = _resolve_all(nlp, "The minister reaffirmed support for the Palestinian people.", "people")
    assert (actor.kind, actor.country) == ("group", "PSE")


def test_state_organ_is_the_state(nlp):
    actors = _resolve_all(nlp, "The Chinese Foreign Ministry said on Monday it backs the plan.", "Ministry")
    assert [(a.kind, a.country) for a in actors] == [("country", "CHN")]


def test_long_title_with_possessive_state(nlp):
    text = (
        "Kuwait's Deputy Prime Minister and Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah "
        "received the envoy on Sunday."
    )
    doc = nlp(text)
    resolver = ActorResolver(doc)
    assert any(p.country == "KWT" and "Salem" in p.name for p in resolver.persons)


@pytest.mark.parametrize(
    "name, iso",
    [
        ("Russia", "RUS"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Türkiye", "TUR"),
        ("South Korea", "KOR"),
        ("Viet Nam", "VNM"),
    ],
)
def test_state_names(name, iso):
    assert load().country(name) == iso


def test_acronyms_match_only_in_capitals():
    gaz = load()
    assert gaz.country("US") == "USA" and gaz.country("us") is None
    assert gaz.organization("WHO") is not None and gaz.organization("who") is None


def test_international_bodies_by_alias():
    canonical, country = load().organization("U.N.")
    assert canonical == "United Nations" and country is None
