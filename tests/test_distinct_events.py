"""An event is one thing that happened, not one pair of parties (ANNOTATION.md): two talks of the same
parties that the text keeps apart stay two events, and the same talks retold stay one."""

from __future__ import annotations

from row_helpers import of_type, parties


def meetings(rows: list[dict]) -> list[dict]:
    return of_type(rows, "MEETING")


def test_a_meeting_in_another_country_is_another_meeting(extract):
    rows = meetings(
        extract(
            "Japanese Ambassador Taro Sato met Kenyan President William Ruto in Nairobi on Tuesday. "
            "The official visit of President Ruto to Japan strengthened ties between the two countries, "
            "Sato said.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 2
    # (a state only gives place null with its country: ANNOTATION.md)
    assert {(r["venue_place"], r["venue_country"]) for r in rows} == {("Nairobi", "KEN"), (None, "JPN")}
    # negative: the same talks retold in the same city stay one meeting
    rows = meetings(
        extract(
            "Japanese Ambassador Taro Sato met Kenyan President William Ruto at State House in Nairobi on "
            "Tuesday. Ruto told Sato in the meeting in Nairobi that Kenya valued the partnership.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 1


def test_a_recalled_meeting_is_not_the_news_of_the_day(extract):
    rows = meetings(
        extract(
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Friday. "
            "The two leaders had met twice before.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 2
    assert sorted(r["venue_place"] or "" for r in rows) == ["", "Berlin"]
    # negative: five sentences about the same talks are one meeting
    rows = meetings(
        extract(
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Friday. "
            "The two leaders discussed energy prices at the meeting, which lasted two hours.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 1


def test_another_or_a_separate_talk_is_a_new_meeting(extract):
    rows = meetings(
        extract(
            "Brazilian President Luiz Inacio Lula da Silva held a phone call with Chilean President Gabriel "
            "Boric on Friday. Later Lula and Boric held another phone call on the floods.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 2
    rows = meetings(
        extract(
            "Indian Prime Minister Narendra Modi met Brazilian President Luiz Inacio Lula da Silva in Rio de "
            "Janeiro on Monday. There was also a separate discussion between Modi, Lula and South African "
            "President Cyril Ramaphosa.\n",
            published="2024-05-08",
        )
    )
    assert sorted(len(parties(r)) for r in rows) == [2, 3]
    # negative: the call spoken of again is the same call
    rows = meetings(
        extract(
            "Brazilian President Luiz Inacio Lula da Silva held a phone call with Chilean President Gabriel "
            "Boric on Friday. In the call, Lula and Boric discussed the floods.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 1


def test_a_second_call_following_a_first_one_is_two_calls(extract):
    rows = meetings(
        extract(
            "German Chancellor Olaf Scholz arrived in Paris on Saturday. Officials said Scholz and French "
            "President Emmanuel Macron held a second phone call on Friday, following a conversation earlier "
            "the same day.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 2
    assert all(parties(r) == {"Olaf Scholz", "Emmanuel Macron"} for r in rows)
    # negative: "their second meeting this year" names the same talks, not another one
    rows = meetings(
        extract(
            "German Chancellor Olaf Scholz arrived in Paris on Saturday. Officials said Scholz and French "
            "President Emmanuel Macron held talks on Friday, their second meeting this year.\n",
            published="2024-05-08",
        )
    )
    assert len(rows) == 1


def test_a_visit_to_two_states_is_a_meeting_with_each_host(extract):
    rows = meetings(extract("Indian Prime Minister Narendra Modi visited Ghana and Namibia last week.\n", "2024-05-08"))
    assert sorted(tuple(sorted(parties(r))) for r in rows) == [("Ghana", "Narendra Modi"), ("Namibia", "Narendra Modi")]
    rows = meetings(
        extract(
            "US Secretary of State Antony Blinken briefed French Foreign Minister Catherine Colonna on his recent "
            "visit to Egypt and Jordan.\n",
            "2024-05-08",
        )
    )
    assert {(r["venue_place"], r["venue_country"]) for r in rows} == {(None, "EGY"), (None, "JOR")}
    assert all("Antony Blinken" in parties(r) for r in rows)
    # negative: two cities of one state are one visit to its host
    rows = meetings(extract("Kenyan President William Ruto visited Beijing and Shanghai last week.\n", "2024-05-08"))
    assert len(rows) == 1 and parties(rows[0]) == {"William Ruto", "China"}
    rows = meetings(
        extract(
            "US Secretary of State Antony Blinken briefed French Foreign Minister Catherine Colonna on his recent "
            "visit to Cairo and Alexandria.\n",
            "2024-05-08",
        )
    )
    assert len(rows) == 1


def proposals(rows: list[dict]) -> list[dict]:
    return of_type(rows, "PROJECT_PROPOSAL")


_TALKS = "Chinese President Xi Jinping met Lao President Thongloun Sisoulith in Beijing on Tuesday. "


def test_each_project_hoped_for_is_its_own_proposal(extract):
    rows = proposals(
        extract(
            _TALKS + "Xi hopes that the Vientiane railway project will make progress and that the Mekong bridge "
            "will open soon.\n",
            "2024-05-08",
        )
    )
    assert len(rows) == 2
    assert any("railway" in r["project"] for r in rows) and any("bridge" in r["project"] for r in rows)
    # negatives: the same project restated in two sentences stays one proposal, and a project inside
    # another's phrase ("the construction of the railway") is that one
    rows = proposals(
        extract(
            _TALKS + "Xi proposed building a new railway to Vientiane. Xi also hoped the new railway to Vientiane "
            "would be finished soon.\n",
            "2024-05-08",
        )
    )
    assert len(rows) == 1
    rows = proposals(
        extract(_TALKS + "Xi called for speeding up the construction of the new railway to Vientiane.\n", "2024-05-08")
    )
    assert len(rows) == 1


def test_summits_held_in_two_cities_are_two_meetings(extract):
    rows = meetings(
        extract(
            "US President Bill Clinton and Russian President Boris Yeltsin held summits in Helsinki and in Moscow "
            "in 1997.\n",
            "2024-05-08",
        )
    )
    assert sorted(r["venue_place"] for r in rows) == ["Helsinki", "Moscow"]
    assert all(r["event_date"] == "1997" for r in rows)
    # negative: a summit in one city is one meeting
    rows = meetings(
        extract(
            "US President Bill Clinton and Russian President Boris Yeltsin held a summit in Helsinki in 1997.\n",
            "2024-05-08",
        )
    )
    assert len(rows) == 1


def test_two_events_of_one_sentence_and_the_same_parties_have_two_ids(nlp):
    import json

    from extractor.events import find_events
    from extractor.feed import parse_json_record
    from transforms.extract_events import event_rows

    text = (
        "German Chancellor Olaf Scholz arrived in Paris on Saturday. Officials said Scholz and French "
        "President Emmanuel Macron held a second phone call on Friday, following a conversation earlier "
        "the same day. It was not clear what the two of them had said to each other in the calls, but both "
        "of their offices said that they would speak again in the coming days.\n"
    )
    article = parse_json_record(json.dumps({"id": "a1", "text": text, "published": "2024-05-08"}))
    doc = nlp(article["text"][article["body_start"] :])
    events = find_events(doc, article["published"], article["dateline"], article["body_start"])
    rows = [r for r in event_rows(article, events, "test") if r["event_type"] == "MEETING"]
    assert len(rows) == 2 and rows[0]["evidence"] == rows[1]["evidence"]
    assert len({r["event_id"] for r in rows}) == 2
    again = [r for r in event_rows(article, events, "test") if r["event_type"] == "MEETING"]
    assert [r["event_id"] for r in again] == [r["event_id"] for r in rows]  # deterministic
