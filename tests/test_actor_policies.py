"""Actor policies of ANNOTATION.md applied however the tagger attached the words: a person speaking for a
state is one actor (the person, with the state's code), not the state and not both."""

from __future__ import annotations

import pytest

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


def _actor(name, kind, role, country):
    return {"name": name, "kind": kind, "role": role, "country": country}


def test_a_state_and_its_own_person_in_one_event_are_one_actor():
    from extractor.events import _one_actor_per_state

    # the partner state named first; its premier, met later, is the same party
    actors = [
        _actor("Ana Ruiz", "person", "proposer", "CHL"),
        _actor("Peru", "country", "partner", "PER"),
        _actor("Tomas Varela", "person", "proposer", "PER"),
    ]
    assert [a["name"] for a in _one_actor_per_state(actors)] == ["Ana Ruiz", "Peru"]
    # the speaker named first; his own state among the partners is himself
    actors = [
        _actor("Tomas Varela", "person", "proposer", "PER"),
        _actor("Peru", "country", "partner", "PER"),
        _actor("Chile", "country", "partner", "CHL"),
    ]
    assert [a["name"] for a in _one_actor_per_state(actors)] == ["Tomas Varela", "Chile"]


def test_people_of_one_state_and_unplaced_people_are_all_kept():
    from extractor.events import _one_actor_per_state

    # negatives: two people of one state (a president receiving his minister); a person of no known
    # state beside a state; a people beside its state
    actors = [
        _actor("Ana Ruiz", "person", "participant", "CHL"),
        _actor("Luis Soto", "person", "participant", "CHL"),
        _actor("Maria Paz", "person", "participant", None),
        _actor("Peru", "country", "participant", "PER"),
        _actor("Peruvian people", "group", "participant", "PER"),
    ]
    assert _one_actor_per_state(actors) == actors


@pytest.mark.parametrize(
    "text, companion",
    [
        (
            "Chilean President Ana Ruiz today hosted US Senator John Carter, accompanied by Senator Mary Lee, "
            "at La Moneda Palace.",
            "Mary Lee",
        ),
        (
            "Chilean President Ana Ruiz received Peruvian Trade Minister Tomas Varela together with Luis Soto, "
            "the new director of the Andean Fund, in Santiago.",
            "Luis Soto",
        ),
        (
            "Chilean Foreign Minister Ana Ruiz was on hand on Tuesday to receive the Peruvian Foreign Minister, "
            "Tomas Varela, at the airport, along with Interior Minister Luis Soto.",
            "Luis Soto",
        ),
    ],
)
def test_people_who_come_with_a_party_take_part_in_the_meeting(extract, text, companion):
    (meeting,) = of_type(extract(text), "MEETING")
    assert companion in [a["name"] for a in meeting["actors"]]
    assert len(meeting["actors"]) == 3


def test_a_companion_outside_the_meeting_clause_is_not_a_party(extract):
    # negatives: the companion phrase belongs to another clause; an unnamed companion adds no one
    text = (
        "Chilean President Ana Ruiz met Peruvian Trade Minister Tomas Varela in Santiago on Monday. "
        "Luis Soto, along with other officials, later flew to Lima."
    )
    (meeting,) = of_type(extract(text), "MEETING")
    assert sorted(a["name"] for a in meeting["actors"]) == ["Ana Ruiz", "Tomas Varela"]
    text = "Chilean President Ana Ruiz hosted Peruvian Trade Minister Tomas Varela, accompanied by his wife."
    (meeting,) = of_type(extract(text), "MEETING")
    assert sorted(a["name"] for a in meeting["actors"]) == ["Ana Ruiz", "Tomas Varela"]


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Chilean president expressed support for Lima's efforts to resolve the border issue.", "PER"),
        ("Foreign Minister Ana Ruiz backed the Peruvian initiative for resolving the crisis through dialogue.", "PER"),
        ("Chile's President Ana Ruiz welcomed the Bolivian proposal to reopen the border talks.", "BOL"),
    ],
)
def test_the_state_whose_act_is_backed_is_the_target(extract, text, state):
    (support,) = of_type(extract(text), "SUPPORT_STATEMENT")
    targets = [a for a in support["actors"] if a["role"] == "target"]
    assert [(a["kind"], a["country"]) for a in targets] == [("country", state)]


def test_backing_ones_own_states_act_names_no_target(extract):
    # negative: the act is the speaker's own state's
    text = "Peruvian President Tomas Varela backed the Peruvian initiative for resolving the crisis through dialogue."
    for support in of_type(extract(text), "SUPPORT_STATEMENT"):
        assert not [a for a in support["actors"] if a["role"] == "target"]


def test_an_organ_word_cut_off_a_title_is_no_person(extract):
    text = (
        "After attending the expo, Mr. Tsend held a meeting with Vice-Premier of the State Council Li Wei, "
        "with whom he exchanged views on bilateral relations."
    )
    (meeting,) = of_type(extract(text), "MEETING")
    assert sorted(a["name"] for a in meeting["actors"]) == ["Li Wei", "Tsend"]


def test_a_real_name_is_still_a_person(nlp):
    # negative: a name that merely contains no organ word is registered as before
    from extractor.actors import ActorResolver

    resolver = ActorResolver(nlp("Vice-Premier Li Wei met Mr. Tsend in Ulaanbaatar on Monday."))
    assert {"Li Wei", "Tsend"} <= {p.name for p in resolver.persons}


def test_a_headlines_opening_verb_is_no_part_of_the_name_after_it(nlp):
    # "Congratulates Li Wei on ..." as a headline line: the tagger takes the verb into the name
    from extractor.actors import ActorResolver

    doc = nlp("PM Khan restates support for Beijing.\n\nCongratulates Li Wei on becoming premier.\n\nKhan met Li Wei.")
    names = {p.name for p in ActorResolver(doc).persons}
    assert "Li Wei" in names and not any(n.startswith("Congratulates") for n in names), names
    # negative: a name whose first word is a verb's past form stays whole
    doc = nlp("Said Jalili met Li Wei in Tehran on Monday.")
    assert "Said Jalili" in {p.name for p in ActorResolver(doc).persons}


def test_an_advisers_title_is_no_part_of_the_name(extract):
    text = "National Security Adviser Wi Sung-lac met U.S. Secretary of State Marco Rubio in Washington on Monday."
    (meeting,) = of_type(extract(text), "MEETING")
    assert "Wi Sung-lac" in {a["name"] for a in meeting["actors"]}, meeting


def test_a_states_acronym_spelled_out_before_is_the_state(extract):
    text = (
        "Officials of the Central African Republic (CAR) met Chinese diplomats on Monday. A statement said the "
        "CAR firmly supports China's positions on the Taiwan question."
    )
    (support,) = of_type(extract(text), "SUPPORT_STATEMENT")
    assert ("Central African Republic", "country", "CAF") in _actors([support]), support
    # negative: a body's acronym stays the body
    text = (
        "Officials of the Southern African Development Community (SADC) met Chinese diplomats on Monday. A "
        "statement said the SADC firmly supports China's positions on the Taiwan question."
    )
    (support,) = of_type(extract(text), "SUPPORT_STATEMENT")
    assert not any(a["kind"] == "country" and a["country"] != "CHN" for a in support["actors"]), support


def test_a_name_under_a_verb_the_tagger_took_for_a_noun_is_the_subject(extract):
    # the tagger reads "the FSM adheres" as a noun phrase headed by "adheres"; the one who supports is the FSM
    text = (
        "Chinese Vice Premier Ding Xuexiang met Aren B. Palik, vice president of the Federated States of "
        "Micronesia (FSM), on Monday. Palik restated that the FSM adheres to the one-China principle and firmly "
        "supports China's positions on the Taiwan question."
    )
    (support,) = of_type(extract(text), "SUPPORT_STATEMENT")
    assert [a["name"] for a in support["actors"] if a["role"] == "source"] == ["FSM"], support


def test_a_headline_verb_after_a_name_ends_the_name(nlp):
    from extractor.actors import ActorResolver

    doc = nlp(
        "Wang Yi Meets Mongolian Foreign Minister\n\nForeign Minister Wang Yi met Mongolia's Foreign Minister "
        "Tsend Munkh-Orgil in New York on Wednesday."
    )
    names = {p.name for p in ActorResolver(doc).persons}
    assert "Wang Yi" in names and not any("Meets" in n for n in names), names
    # negative: a name ending in "s" that is no event verb stays whole
    doc = nlp("European Council President Charles Michel met Moldovan President Maia Sandu on Monday.")
    assert "Charles Michel" in {p.name for p in ActorResolver(doc).persons}


def test_a_name_opens_at_its_courtesy_title(nlp):
    from extractor.actors import ActorResolver

    doc = nlp(
        "The Amir received Minister of Education and Minister of Higher Education Dr Mohammad Al-Fares at Bayan "
        "Palace on Monday."
    )
    names = {p.name for p in ActorResolver(doc).persons}
    assert any(n.endswith("Mohammad Al-Fares") and "Higher" not in n for n in names), names


@pytest.mark.parametrize(
    "title, state",
    [("Pentagon chief", "USA"), ("White House spokesperson", "USA"), ("Kremlin aide", "RUS")],
)
def test_a_title_naming_the_seat_of_a_states_organ_gives_the_state(extract, title, state):
    text = f"Kenyan Foreign Minister Grace Otieno talked by phone with {title} Daniel Brooks on Sunday."
    (meeting,) = of_type(extract(text), "MEETING")
    assert ("Daniel Brooks", "person", state) in _actors([meeting]), meeting


def test_he_in_a_speakers_own_quoted_words_is_not_the_speaker(extract):
    text = (
        "Brazil's new president Luiz Mendes is ready to reset relations, Russian Senate Speaker Olga Petrova said "
        'on Sunday.\n\n"He firmly supports the Russia-Brazil Business Council," said Petrova after their meeting.'
    )
    supports = of_type(extract(text), "SUPPORT_STATEMENT")
    sources = {a["name"] for s in supports for a in s["actors"] if a["role"] == "source"}
    assert "Olga Petrova" not in sources, supports
    # negative: "he" outside any quotation is still the last person who spoke
    text = (
        "Russian Senate Speaker Olga Petrova met Brazil's new president Luiz Mendes on Sunday. Later, Russian envoy "
        "Ivan Sokolov said he firmly supports the Russia-Brazil Business Council."
    )
    supports = of_type(extract(text), "SUPPORT_STATEMENT")
    assert {a["name"] for s in supports for a in s["actors"] if a["role"] == "source"} == {"Ivan Sokolov"}, supports


def test_the_name_after_president_of_the_republic_is_the_holder(extract):
    # the tagger takes "the Republic Dina Boluarte" for one organisation
    text = (
        "On Wednesday afternoon, President of the Republic Dina Boluarte welcomed Guillermo Lasso, Ecuador's head "
        "of state, to the Government Palace in Lima."
    )
    (meeting,) = of_type(extract(text), "MEETING")
    assert {"Dina Boluarte", "Guillermo Lasso"} <= {a["name"] for a in meeting["actors"]}, meeting


@pytest.mark.parametrize("verb", ["restated", "reiterated"])
def test_a_speaker_restating_his_states_backing_is_the_source(extract, verb):
    text = (
        f"Japanese Prime Minister Kenji Sato {verb} that Japan backs the June 2018 U.S.-North Korea agreement on "
        "denuclearization."
    )
    (support,) = of_type(extract(text), "SUPPORT_STATEMENT")
    assert [a["name"] for a in support["actors"] if a["role"] == "source"] == ["Kenji Sato"], support


def test_a_lowercase_particle_inside_a_name_keeps_it_whole(nlp):
    from extractor.actors import ActorResolver

    doc = nlp("Mozambican Foreign Minister Maria Manuela dos Santos Lucas met Chinese Foreign Minister Wang Yi.")
    names = {p.name for p in ActorResolver(doc).persons}
    assert "Maria Manuela dos Santos Lucas" in names, names


def test_a_hyphenated_name_the_tagger_missed_is_the_person_named_elsewhere(nlp):
    from extractor.actors import ActorResolver

    doc = nlp(
        "Kassym-Jomart Tokayev and Recep Tayyip Erdogan talked by telephone on Monday.\n\nThe press service says "
        "Kazakhstan's President Kassym-Jomart Tokayev held a phone call with Turkey's leader Recep Tayyip Erdogan."
    )
    resolver = ActorResolver(doc)
    first = next(t for t in doc if t.text == "Tokayev")
    actor = resolver.resolve(first, expand_conj=False)[0]
    assert (actor.name, actor.kind, actor.country) == ("Kassym-Jomart Tokayev", "person", "KAZ"), actor


def test_the_bodys_chief_is_the_office_holder_the_article_named(extract):
    text = (
        "KUWAIT, Dec 8 (KUNA) -- On Monday, Kuwait's Crown Prince Sheikh Fahad Al-Sabah took a call from Moussa "
        "Diallo, Chairperson of the African Union Commission (AUC).\n\nIn the call, the AUC chief praised the key "
        "role Kuwait plays in supporting the commission's work for peace on the African continent."
    )
    supports = of_type(extract(text), "SUPPORT_STATEMENT")
    assert ["Moussa Diallo", "Kuwait"] in [[a["name"] for a in s["actors"]] for s in supports], supports
    # negative: an AUC official the article never named is the body
    text = "An AUC official praised the key role Kuwait plays in the commission's work for peace in Africa."
    supports = of_type(extract(text), "SUPPORT_STATEMENT")
    assert all(a["name"] != "Moussa Diallo" for s in supports for a in s["actors"])
