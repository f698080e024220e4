"""Actor reasons of the fourth blind round, in sentences written for this file, through the real model.

Reason "a state stated by one of several speakers": "A of X and B of Y said (that) Y backs ...". A person
speaking for a state is one actor, the person (ANNOTATION.md); with several speakers, the state is the
speaker of that state, not the first speaker named.

Reason "a place or an office taken for a person": the tagger names a person where the words around show a
place ("the Alto Verde region", the first half of "Antigua and Barbuda Prime Minister X", of a place the
article gives an acronym) or an office ("the Ministry of Foreign Affairs (Wisma Putra)", "the Amiri Diwan");
a nationality adjective stretched over the title after it ("Moldovan | Foreign Minister"). None is an actor.

Reason "the second of several people a plural noun names": "met two lawmakers, X and Y" names both; the
parser hangs Y on X, and only the first apposition was read.

Reason "a visit's host named by 'thanked Y for hosting him'": a past visit to a state is a meeting of the
visitor and the host; when the sentence names the host, the host is that person, not the state.

Reason "a plural title of several states whose holders the article names": "met the foreign ministers of A
and B" with A's foreign minister named in the article (before or after) is that person, B (not named) the
state; the fullest form the article gives (ANNOTATION.md).
"""

from __future__ import annotations

from row_helpers import article_rows, names_in_role, of_type

PUBLISHED = "2024-05-10"


def _wire(body: str) -> str:
    # a closing sentence of common words: the feed's language check reads the share of them
    return (
        "Ministers meet\n\nVIENNA, May 10 (Agency) -- "
        + body
        + " The weather was warmer than usual for the time of the year, and it is going to stay that way."
    )


def _support(nlp, body):
    return of_type(article_rows(nlp, _wire(body), PUBLISHED), "SUPPORT_STATEMENT")


def test_a_state_stated_by_the_second_of_two_speakers_is_that_speaker(nlp):
    for body in (
        "Moldovan Foreign Minister Ion Rusu and Hungarian Foreign Minister Kari Lendvai said Hungary supports "
        "Moldova's bid to join the European Union.",
        "Moldovan Foreign Minister Ion Rusu and his Hungarian counterpart Kari Lendvai told reporters that "
        "Hungary backs Moldova's bid to join the bloc.",
        "Chilean Foreign Minister Ana Torres and Peruvian Foreign Minister Luis Paredes said on Monday that "
        "Peru endorses Chile's candidacy for a seat on the Human Rights Council.",
    ):
        rows = _support(nlp, body)
        assert len(rows) == 1, (body, rows)
        sources = names_in_role(rows[0], "source")
        assert sources in (["Kari Lendvai"], ["Luis Paredes"]), (body, rows[0]["actors"])


def test_the_single_speaker_and_negatives_are_unchanged(nlp):
    rows = _support(
        nlp,
        "Hungarian Foreign Minister Kari Lendvai stressed that Hungary backs Moldova's bid to join the European Union.",
    )
    assert [names_in_role(r, "source") for r in rows] == [["Kari Lendvai"]]
    for body in (
        "Moldovan Foreign Minister Ion Rusu and Hungarian Foreign Minister Kari Lendvai said Hungary would not "
        "support Moldova's bid to join the European Union.",
        "Moldovan Foreign Minister Ion Rusu and Hungarian Foreign Minister Kari Lendvai thanked Austria for "
        "hosting the talks.",
    ):
        assert _support(nlp, body) == [], body


def _meeting_parties(nlp, body):
    rows = of_type(article_rows(nlp, _wire(body), PUBLISHED), "MEETING")
    return [sorted(a["name"] for a in r["actors"]) for r in rows]


def test_a_place_before_a_title_is_no_participant(nlp):
    assert _meeting_parties(
        nlp, "Foreign Minister Ana Torres held talks with Antigua and Barbuda Prime Minister Gaston Browne on Tuesday."
    ) == [["Ana Torres", "Gaston Browne"]]
    assert _meeting_parties(
        nlp, "Among those taking part in the talks with Blinken was Antigua and Barbuda Prime Minister Gaston Browne."
    ) == [["Blinken", "Gaston Browne"]]
    assert _meeting_parties(
        nlp,
        "Prime Minister Omar Farooq received a delegation led by Azad Gilgit and Baltistan (AGB) Prime Minister "
        "Ali Raza, which called on him at the PM House.",
    ) == [["Ali Raza", "Omar Farooq"]]
    # two people coordinated stay two people
    assert _meeting_parties(
        nlp, "Prime Minister Omar Farooq and President Ali Raza received Foreign Minister Ana Torres on Tuesday."
    ) == [["Ali Raza", "Ana Torres", "Omar Farooq"]]


def test_a_named_region_is_no_person_an_official_stands_for(nlp):
    rows = _meeting_parties(
        nlp,
        "The bridge would link Puerto Nuevo with Villa Hayes in Paraguay's Alto Parana region. After arriving in "
        "Brasilia, Paraguay's top diplomat met President Paulo Lima.",
    )
    assert len(rows) == 1 and "Alto Parana" not in rows[0], rows


def test_an_office_seat_and_a_nationality_are_no_person(nlp):
    rows = _support(
        nlp,
        "Hungary will back Moldova's bid for a seat on the council, Moldovan Foreign Minister Ion Rusu and his "
        "Hungarian counterpart, Foreign Minister Kari Lendvai, said on Monday.",
    )
    assert len(rows) == 1 and "Moldovan Foreign" not in names_in_role(rows[0], "source"), rows
    from extractor.actors import ActorResolver

    for text in (
        "The Amiri Diwan said in a statement that the emir had received a call from the president.",
        "In a statement, the Ministry of Foreign Affairs (Wisma Putra) said the two ministers met on Monday.",
    ):
        names = [p.name for p in ActorResolver(nlp(text)).persons]
        assert not any(w in " ".join(names) for w in ("Diwan", "Wisma")), (text, names)


def test_a_plural_noun_names_every_person_in_apposition(nlp):
    for body in (
        "Foreign Minister Kari Lendvai met two Moldovan lawmakers, Ion Rusu and Vlad Cebotari, in Vienna on Monday.",
        "Foreign Minister Kari Lendvai received the two Moldovan senators, Ion Rusu and Vlad Cebotari, on Monday.",
    ):
        assert _meeting_parties(nlp, body) == [["Ion Rusu", "Kari Lendvai", "Vlad Cebotari"]], body
    # a singular noun names one person; the rest of the phrase is not in apposition to it
    rows = _meeting_parties(
        nlp, "Foreign Minister Kari Lendvai met the country's ambassador, Ion Rusu, and his deputy in Vienna on Monday."
    )
    assert rows == [["Ion Rusu", "Kari Lendvai"]], rows
    for body in (
        "Foreign Minister Kari Lendvai did not meet the two Moldovan lawmakers, Ion Rusu and Vlad Cebotari, on Monday.",
        "Foreign Minister Kari Lendvai will meet two Moldovan lawmakers, Ion Rusu and Vlad Cebotari, next week.",
    ):
        assert _meeting_parties(nlp, body) == [], body


def _meeting_states(nlp, body):
    rows = of_type(article_rows(nlp, _wire(body), PUBLISHED), "MEETING")
    return [sorted((a["name"], a["kind"]) for a in r["actors"]) for r in rows]


def test_the_host_a_visitor_thanks_stands_for_the_state_visited(nlp):
    for body, host in (
        (
            "Indian Prime Minister Ravi Menon met French President Paul Girard on Monday. Menon thanked Girard for "
            "receiving him during his visit to France last year.",
            "Paul Girard",
        ),
        (
            "Japanese Prime Minister Taro Ono and U.S. President Mark Hale spoke on Friday on the margins of the "
            "summit. Ono thanked Hale for hosting him during his state visit to the United States in April.",
            "Mark Hale",
        ),
    ):
        for parties in _meeting_states(nlp, body):
            assert all(kind != "country" for _, kind in parties), (body, parties)
            assert (host, "person") in parties, (body, parties)
    # no host named: the state visited stays the party
    rows = _meeting_states(
        nlp,
        "Indian Prime Minister Ravi Menon met French President Paul Girard on Monday. Menon recalled his visit to "
        "France last year.",
    )
    assert any(("France", "country") in parties for parties in rows), rows


def test_a_plural_title_of_states_is_each_named_holder(nlp):
    rows = _meeting_states(
        nlp,
        "External Affairs Minister Ravi Menon met the foreign ministers of Nepal and Bhutan on Tuesday. Menon said "
        "he was glad to have met Nepal's Foreign Minister Arjun Thapa on the margins of the meeting.",
    )
    assert rows and all(("Nepal", "country") not in r for r in rows), rows
    parties = {x for r in rows for x in r}
    assert ("Arjun Thapa", "person") in parties and ("Bhutan", "country") in parties, rows
    rows = _meeting_states(
        nlp,
        "President Asha Rao accepted credentials from the ambassadors of Chile and Peru at a ceremony on Monday. "
        "Chilean Ambassador Ana Torres said it was an honour.",
    )
    parties = {x for r in rows for x in r}
    assert ("Ana Torres", "person") in parties and ("Peru", "country") in parties, rows
    assert ("Chile", "country") not in parties, rows
    # nobody named with the title: the states
    rows = _meeting_states(
        nlp, "External Affairs Minister Ravi Menon met the foreign ministers of Nepal and Bhutan on Tuesday."
    )
    parties = {x for r in rows for x in r}
    assert {("Bhutan", "country"), ("Nepal", "country")} <= parties, rows
