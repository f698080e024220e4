"""State names of several words ("Trinidad and Tobago") are one entity and one party, not two halves."""

from __future__ import annotations

RECEPTION = (
    "Guyana's President Irfaan Ali received the foreign ministers of Antigua and Barbuda, St Kitts and Nevis "
    "and Trinidad and Tobago in Georgetown on Friday."
)


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_the_ner_alone_cuts_these_names_apart(nlp):
    # what the component is there for: without it the small model splits every one of them
    with nlp.select_pipes(disable=["state_names"]):
        ents = _ents(nlp(RECEPTION))
    assert ("Trinidad and Tobago", "GPE") not in ents and ("St Kitts and Nevis", "GPE") not in ents


def test_state_names_become_one_gpe_each(nlp):
    ents = _ents(nlp(RECEPTION))
    for name in ("Antigua and Barbuda", "St Kitts and Nevis", "Trinidad and Tobago"):
        assert (name, "GPE") in ents
    assert ("Georgetown", "GPE") in ents and ("Irfaan Ali", "PERSON") in ents


def test_a_name_with_an_inner_article_left_out(nlp):
    doc = nlp("Foreign Minister Penny Wong met her counterpart from St Vincent and Grenadines in Canberra on Tuesday.")
    assert ("St Vincent and Grenadines", "GPE") in _ents(doc)


def test_an_entity_reaching_beyond_the_name_is_left_alone(nlp):
    # the NER's organisation starts inside the state's name: cutting it would lose the organisation
    text = "The Trinidad and Tobago Chamber of Industry and Commerce welcomed the agreement."
    with nlp.select_pipes(disable=["state_names"]):
        before = _ents(nlp(text))
    assert _ents(nlp(text)) == before


def test_each_state_is_its_own_party(extract):
    rows = [r for r in extract(RECEPTION) if r["event_type"] == "MEETING"]
    guests = {a["name"] for r in rows for a in r["actors"] if a["kind"] == "country"}
    assert {"Antigua and Barbuda", "Trinidad and Tobago"} <= guests
    assert "Saint Kitts and Nevis" in guests or "St Kitts and Nevis" in guests
    assert not guests & {"Tobago", "Barbuda", "Nevis"}
