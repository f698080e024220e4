"""Support statements and project proposals in common wire-story phrasings, each in a sentence of our
own, through the real model.

Each test pins one general construction with sentences written for it (invented or real-sounding
parties, never a sentence of an evaluation article) and at least one that must not fire.
"""

from __future__ import annotations


def _of_type(rows, event_type):
    return [r for r in rows if r["event_type"] == event_type]


def _support(extract, text):
    return _of_type(extract(text, published="2024-05-10"), "SUPPORT_STATEMENT")


def _proposals(extract, text):
    return _of_type(extract(text, published="2024-05-10"), "PROJECT_PROPOSAL")


def _role(row, role):
    return sorted(a["name"] for a in row["actors"] if a["role"] == role)


def test_discussing_their_own_support_for_a_party_states_it(extract):
    (s,) = _support(
        extract,
        "US Secretary of State Antony Blinken and German Foreign Minister Annalena Baerbock discussed their "
        "continued support for Ukraine.",
    )
    assert _role(s, "source") == ["Annalena Baerbock", "Antony Blinken"] and _role(s, "target") == ["Ukraine"]
    (s,) = _support(
        extract,
        "Japanese Prime Minister Fumio Kishida and Canadian Prime Minister Justin Trudeau discussed their ongoing "
        "support for the people of Ukraine.",
    )
    assert _role(s, "source") == ["Fumio Kishida", "Justin Trudeau"]
    (s,) = _support(
        extract,
        "Polish Foreign Minister Radoslaw Sikorski and Lithuanian Foreign Minister Gabrielius Landsbergis discussed "
        "their firm support for Moldova.",
    )
    assert _role(s, "target") == ["Moldova"]
    # another party's backing, backing still to be weighed, and a denial state no support of the speakers
    assert (
        _support(
            extract,
            "Indian Prime Minister Narendra Modi and Italian Prime Minister Giorgia Meloni discussed Iran's support "
            "for the Houthis.",
        )
        == []
    )
    assert (
        _support(
            extract,
            "Swedish Prime Minister Ulf Kristersson and Finnish President Alexander Stubb discussed support for "
            "Ukraine.",
        )
        == []
    )
    assert (
        _support(
            extract,
            "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan did not discuss their support "
            "for the Somali government.",
        )
        == []
    )
