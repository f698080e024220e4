"""Actor policies of ANNOTATION.md applied however the tagger attached the words: a person speaking for a
state is one actor (the person, with the state's code), not the state and not both."""

from __future__ import annotations

from tests.row_helpers import of_type


def _actors(rows):
    return sorted((a["name"], a["kind"], a["country"]) for r in rows for a in r["actors"])


def test_official_named_after_a_title_of_a_state_is_the_person(extract):
    text = (
        "The new Ambassador of Canada to Senegal, Ms Laura J. Whitfield, paid a courtesy call on "
        "Senegal's Minister for Foreign Affairs, Awa Ndiaye, on Monday."
    )
    (meeting,) = of_type(extract(text), "MEETING")
    assert _actors([meeting]) == [
        ("Awa Ndiaye", "person", "SEN"),
        ("Laura J. Whitfield", "person", "CAN"),
    ]


def test_ambassador_named_after_the_posting_is_the_person_not_his_state(extract):
    # the name hangs on the host state; the envoy is still the person, with the sending state's code
    text = (
        "Officials said the new Ambassador of the Republic of Chile to Ghana, Ms Emilia R. Soto, "
        "paid a courtesy call on Ghana's President, Kofi Mensah."
    )
    (meeting,) = of_type(extract(text), "MEETING")
    assert _actors([meeting]) == [("Emilia R. Soto", "person", "CHL"), ("Kofi Mensah", "person", "GHA")]


def test_unnamed_official_stays_the_state(extract):
    # negative: no name follows the title phrase, so the official is their state
    text = "The new Ambassador of Canada to Senegal paid a courtesy call on Senegal's Minister for Foreign Affairs."
    (meeting,) = of_type(extract(text), "MEETING")
    assert _actors([meeting]) == [("Canada", "country", "CAN"), ("Senegal", "country", "SEN")]


def test_a_list_of_counterparts_is_not_read_as_one_named_holder(nlp):
    # negative: a plural title with states and names in a list pairs each state with its minister
    from extractor.actors import ActorResolver

    doc = nlp("He met his counterparts from Chile, Ana Ruiz, and Peru, Tomas Varela, in Lima.")
    resolver = ActorResolver(doc)
    (tok,) = [t for t in doc if t.text == "counterparts"]
    assert resolver._name_after_phrase(tok) is None
