"""Meeting reasons of the third blind round, in sentences written for this file, through the real model.

Reason "a meeting the sentence puts ahead of it kept as an event": a copula that bears the modal ("it will be
X's first visit to Y"), a meeting looked forward to or awaited, a meeting proposed or called for, talks a party
stays committed to opening, and talks the clause they hang on plans for ("In his talks with Y, X plans to").
Each comes with the past shapes that look like it and are meetings.
"""

from __future__ import annotations

from row_helpers import of_type

PUBLISHED = "2024-05-10"


def _meetings(extract, text):
    return of_type(extract(text, published=PUBLISHED), "MEETING")


def _no_meeting(extract, text):
    rows = _meetings(extract, text)
    assert rows == [], (text, [r["actors"] for r in rows])


def _one_meeting(extract, text, names):
    rows = _meetings(extract, text)
    assert len(rows) == 1, (text, rows)
    got = {a["name"] for a in rows[0]["actors"]}
    assert names <= got, (text, got)


def test_a_visit_a_modal_copula_announces_is_no_meeting(extract):
    _no_meeting(extract, "It will be Chancellor Olaf Scholz's first visit to Beijing since he took office.")
    _no_meeting(extract, "The trip will be President Lula's second visit to China this year.")
    _no_meeting(extract, "This would be the first visit by a Saudi crown prince to Iran in decades.")
    # the same copula in the past: a visit that took place
    _one_meeting(
        extract, "It was Chancellor Olaf Scholz's first visit to Beijing since he took office.", {"Olaf Scholz"}
    )


def test_a_meeting_looked_forward_to_or_awaited_is_no_meeting(extract):
    _no_meeting(
        extract, "Prime Minister Narendra Modi said he looked forward to meeting President Joe Biden in Washington."
    )
    _no_meeting(extract, "Macron told reporters he is looking forward to talks with Chinese President Xi Jinping.")
    _no_meeting(extract, "President Emmanuel Macron is awaiting talks with Chinese President Xi Jinping.")
    _one_meeting(
        extract,
        "Prime Minister Narendra Modi met President Joe Biden in Washington on Monday and said he looked forward "
        "to closer ties.",
        {"Narendra Modi", "Joe Biden"},
    )


def test_meetings_proposed_or_called_for_are_no_meeting(extract):
    _no_meeting(
        extract, "Sullivan proposed regular high-level meetings between the African Union and the United States."
    )
    _no_meeting(extract, "The minister suggested annual talks between India and Japan on maritime security.")
    # a proposal made during talks: the talks took place
    _one_meeting(
        extract,
        "Sullivan proposed new projects during his meeting with Kenyan President William Ruto on Friday.",
        {"William Ruto"},
    )


def test_talks_a_party_stays_committed_to_opening_are_no_meeting(extract):
    _no_meeting(
        extract, "Borrell said the EU remains committed to opening accession negotiations with Albania and Moldova."
    )
    _no_meeting(
        extract,
        "The EU remains committed to the process and to opening accession negotiations with both Serbia and Kosovo.",
    )
    _one_meeting(
        extract, "Borrell met Albanian Prime Minister Edi Rama in Tirana on Thursday.", {"Borrell", "Edi Rama"}
    )


def test_talks_the_clause_plans_for_are_no_meeting(extract):
    _no_meeting(extract, "Through the Japan-U.S. summit, Kishida aims to draw attention to the alliance.")
    _no_meeting(
        extract,
        "In his talks with President Joe Biden, Prime Minister Fumio Kishida plans to explain the new strategy.",
    )
    _no_meeting(extract, "At the meeting, Prime Minister Fumio Kishida will ask President Joe Biden for support.")
    # what a party sought or explained in talks says the talks took place
    _one_meeting(
        extract,
        "In his talks with President Joe Biden on Friday, Prime Minister Fumio Kishida sought to explain the new "
        "strategy.",
        {"Fumio Kishida", "Joe Biden"},
    )
    _one_meeting(
        extract,
        "At the meeting with President Joe Biden on Friday, Prime Minister Fumio Kishida explained the new strategy.",
        {"Fumio Kishida", "Joe Biden"},
    )


def _states(row):
    """The states of a row's parties, and the name of each person among them."""
    return {a["country"] for a in row["actors"]} | {a["name"] for a in row["actors"] if a["kind"] == "person"}


def test_a_message_handed_over_in_person_is_a_meeting(extract):
    rows = _meetings(
        extract,
        "The Saudi delegation delivered a message from King Salman to Kenyan President William Ruto on Tuesday.",
    )
    assert len(rows) == 1 and {"SAU", "William Ruto"} <= _states(rows[0]), rows
    rows = _meetings(
        extract,
        "A goodwill message from King Salman was delivered to Kenyan President William Ruto by the Saudi delegation "
        "on Tuesday.",
    )
    assert len(rows) == 1 and {"SAU", "William Ruto"} <= _states(rows[0]), rows
    _one_meeting(
        extract,
        "The new British High Commissioner, Neil Wigan, handed over a letter from Prime Minister Rishi Sunak to Kenyan "
        "President William Ruto on Tuesday.",
        {"Neil Wigan", "William Ruto"},
    )
    _one_meeting(
        extract,
        "Foreign Minister Wang Yi delivered a letter from President Xi Jinping to Russian President Vladimir Putin in "
        "Moscow on Tuesday.",
        {"Wang Yi", "Vladimir Putin"},
    )
    # a message sent, delivered by its own author, or delivered by no one named: no one met
    _no_meeting(extract, "King Salman sent a message to Kenyan President William Ruto on Tuesday.")
    _no_meeting(extract, "President Xi Jinping delivered a message to Russian President Vladimir Putin on Tuesday.")
    _no_meeting(extract, "The message from King Salman was delivered to Kenyan President William Ruto on Tuesday.")
    _no_meeting(
        extract,
        "The Saudi delegation will deliver a message from King Salman to Kenyan President William Ruto next week.",
    )


def test_an_unnamed_delegation_or_envoy_stands_for_the_state_that_sent_it(extract):
    rows = _meetings(
        extract,
        "Israeli Prime Minister Benjamin Netanyahu sent a delegation that met Kenyan President William Ruto in Nairobi "
        "on Tuesday.",
    )
    assert len(rows) == 1 and {"ISR", "William Ruto"} <= _states(rows[0]), rows
    assert "Benjamin Netanyahu" not in {a["name"] for a in rows[0]["actors"]}, rows
    rows = _meetings(
        extract,
        "Delegations from Brazil, Somalia and Nicaragua were among the others that met Kenyan President William Ruto "
        "on Tuesday.",
    )
    assert len(rows) == 1 and {"BRA", "SOM", "NIC", "William Ruto"} <= _states(rows[0]), rows
    rows = _meetings(
        extract,
        "A special envoy of Japanese Prime Minister Fumio Kishida called on Kenyan President William Ruto on Tuesday.",
    )
    assert len(rows) == 1 and {"JPN", "William Ruto"} <= _states(rows[0]), rows
    assert "Fumio Kishida" not in {a["name"] for a in rows[0]["actors"]}, rows
    # a delegation sent somewhere, or one that is still to meet: no meeting
    _no_meeting(extract, "Israeli Prime Minister Benjamin Netanyahu sent a delegation to Nairobi on Tuesday.")
    _no_meeting(
        extract,
        "Israeli Prime Minister Benjamin Netanyahu sent a delegation that will meet Kenyan President William Ruto next "
        "week.",
    )
    _no_meeting(extract, "The delegations were among the others that met in Nairobi on Tuesday.")


def test_a_meeting_reported_through_a_visit_attendance_journey_or_reciprocal_verb(extract):
    _one_meeting(
        extract,
        "Argentine Security Minister Patricia Bullrich visited Salvadoran President Nayib Bukele in June.",
        {"Patricia Bullrich", "Nayib Bukele"},
    )
    _one_meeting(
        extract,
        "Kenyan President William Ruto attended a meeting with Chinese President Xi Jinping in Beijing on Monday.",
        {"William Ruto", "Xi Jinping"},
    )
    _one_meeting(
        extract,
        "Monday's schedule also took Indian Prime Minister Narendra Modi to the Kremlin for a meeting with the "
        "Defence Minister, Andrei Belousov.",
        {"Narendra Modi", "Andrei Belousov"},
    )
    _one_meeting(
        extract,
        "Kenyan President William Ruto joined Chinese President Xi Jinping for talks in Beijing on Monday.",
        {"William Ruto", "Xi Jinping"},
    )
    _one_meeting(
        extract,
        "Argentine President Javier Milei and Salvadoran President Nayib Bukele last saw each other in New York a "
        "week earlier.",
        {"Javier Milei", "Nayib Bukele"},
    )
    _visits_journeys_and_sightings_that_are_no_meeting(extract)


def _visits_journeys_and_sightings_that_are_no_meeting(extract):
    _no_meeting(extract, "Chinese President Xi Jinping will visit Russian President Vladimir Putin next month.")
    _no_meeting(
        extract, "Argentine President Javier Milei visited the grave of former President Carlos Menem on Monday."
    )
    _no_meeting(extract, "Argentine President Javier Milei saw President Nayib Bukele speak at the forum on Monday.")
    _no_meeting(
        extract,
        "Argentine President Javier Milei and Salvadoran President Nayib Bukele will see each other in New York next "
        "week.",
    )
    _no_meeting(
        extract,
        "Argentine President Javier Milei and Salvadoran President Nayib Bukele have not seen each other since June.",
    )
    _no_meeting(
        extract,
        "Monday's schedule took Kenyan President William Ruto to Beijing for a meeting with Chinese President Xi "
        "Jinping next week.",
    )
    # a departure for talks: reported before them as often as after
    _no_meeting(
        extract,
        "Kenyan President William Ruto flew to Beijing on Tuesday for talks with Chinese President Xi Jinping.",
    )
    _no_meeting(
        extract,
        "Kenyan President William Ruto is travelling to Beijing for a meeting with Chinese President Xi Jinping.",
    )
    _no_meeting(extract, "Journalists went to the palace for a meeting with Kenyan President William Ruto on Monday.")
    _no_meeting(extract, "Finance Minister Ishaq Dar and Planning Minister Ahsan Iqbal also attended the meeting.")
    _no_meeting(extract, "Attending the meeting were Foreign Minister Ahmed Attaf and Interior Minister Brahim Merad.")


def test_a_party_that_took_part_in_the_meeting_referred_back_to_joins_it(extract):
    text = (
        "On Friday, ASEAN foreign ministers held virtual talks with US National Security Advisor Jake Sullivan on "
        "trade and security.\n\n"
        '"Matters relating to climate change were also discussed," the statement said. Thai Prime Minister Srettha '
        "Thavisin also took part in the meeting with Sullivan."
    )
    rows = _meetings(extract, text)
    assert len(rows) == 1, [r["actors"] for r in rows]
    assert {"Jake Sullivan", "Srettha Thavisin"} <= {a["name"] for a in rows[0]["actors"]}, rows[0]["actors"]
    # talks with another party, or on another day, stay apart
    text = (
        "On Monday, Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in "
        "Tokyo.\n\nOn Tuesday, Indian Foreign Minister S. Jaishankar held a meeting with Japanese Foreign Minister "
        "Yoko Kamikawa."
    )
    assert len(_meetings(extract, text)) == 2
    text = (
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo in "
        "March.\n\nIndian Foreign Minister S. Jaishankar took part in the meeting with Kishida on Tuesday."
    )
    assert len(_meetings(extract, text)) == 2


def test_a_meeting_cited_in_the_report_of_a_phone_call_is_not_a_call(extract):
    text = (
        "On Tuesday, Russian President Vladimir Putin received US Special Envoy Steve Witkoff in Moscow.\n\n"
        "Germany's Bild later reported that US President Donald Trump had a telephone call with German Chancellor "
        'Friedrich Merz in which he told him that "the conversation between Witkoff and Putin was more productive '
        'than expected."'
    )
    rows = _meetings(extract, text)
    pairs = sorted(sorted(a["name"] for a in r["actors"]) for r in rows)
    assert pairs == [["Donald Trump", "Friedrich Merz"], ["Steve Witkoff", "Vladimir Putin"]], pairs
    # a call of the same two after their meeting in a city is a second event
    text = (
        "On Monday, Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing."
        "\n\nIn a phone call on Thursday, Xi spoke with Lula again about the crisis."
    )
    assert len(_meetings(extract, text)) == 2
