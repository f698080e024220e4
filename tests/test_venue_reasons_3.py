"""Venue policies of ANNOTATION.md found by a table of reasons for venue errors on real articles and
checked on articles written for the test in wire shapes: a phone or video call has no venue; a venue that
names only a state gives no place, only the state. Every article is written for the test, with negatives
at each policy's edge.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows

_PAD = " It was not clear what else was on the agenda of the day."


def _events(nlp, text: str, published: str = "2024-03-14") -> list[dict]:
    return article_rows(nlp, text + _PAD, published)


def _meeting(nlp, text: str, a: str, b: str, published: str = "2024-03-14") -> dict:
    rows = [
        r
        for r in _events(nlp, text, published)
        if r["event_type"] == "MEETING" and {a, b} <= {x["name"] for x in r["actors"]}
    ]
    assert rows, text
    return rows[0]


# ---- a call has no venue ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            "MOSCOW, March 13 (TASS) -- Russian Foreign Minister Pavel Orlov and Indian External Affairs "
            "Minister Ravi Kumar talked by telephone on Wednesday, days after the summit of their leaders in "
            "New Delhi.",
            "Pavel Orlov",
            "Ravi Kumar",
        ),
        (
            "ANKARA, March 13 (AA) -- Turkish President Kemal Aslan held a phone call with Azerbaijani "
            "President Ilham Guliyev on Wednesday, days after the energy summit in Baku.",
            "Kemal Aslan",
            "Ilham Guliyev",
        ),
        (
            "BEIJING, March 13 (Xinhua) -- Chinese President Li Wei held a video call with Vietnamese President "
            "Tran Van Minh on Wednesday from the Great Hall of the People in Beijing.",
            "Li Wei",
            "Tran Van Minh",
        ),
    ],
)
def test_a_call_has_no_venue(nlp, text, a, b):
    row = _meeting(nlp, text, a, b)
    assert row["venue_place"] is None and row["venue_occasion"] is None, row


@pytest.mark.parametrize(
    "text, a, b, place",
    [
        (
            # an earlier call told of in passing leaves the meeting its place
            "PARIS, March 13 (AFP) -- French President Paul Girard met Italian Prime Minister Marco Bellini in "
            "Lyon on Wednesday, a week after a phone call between the two leaders.",
            "Paul Girard",
            "Marco Bellini",
            "Lyon",
        ),
        (
            "NEW DELHI, March 13 (PTI) -- Indian Prime Minister Arjun Mehta met Nepali Prime Minister Ram Thapa "
            "at Hyderabad House on Wednesday, and the two leaders later joined a virtual ceremony to open a "
            "pipeline.",
            "Arjun Mehta",
            "Ram Thapa",
            "Hyderabad House",
        ),
    ],
)
def test_a_meeting_near_a_call_keeps_its_place(nlp, text, a, b, place):
    row = _meeting(nlp, text, a, b)
    assert place in (row["venue_place"] or ""), row


# ---- a venue that names only a state: no place, the state only ---------------------------------------


@pytest.mark.parametrize(
    "text, a, b, iso",
    [
        (
            "WASHINGTON, March 13 (Reuters) -- The two sides have talked before: Russian and U.S. diplomats held "
            "talks in Saudi Arabia last month, and Foreign Minister Pavel Orlov met Secretary of State Mark "
            "Dalton in Turkey in January.",
            "Pavel Orlov",
            "Mark Dalton",
            "TUR",
        ),
        (
            "LONDON, March 13 (PA) -- British Prime Minister Tom Ashby met Canadian Prime Minister Claire Dubois "
            "at the G20 summit in Brazil on Wednesday.",
            "Tom Ashby",
            "Claire Dubois",
            "BRA",
        ),
    ],
)
def test_a_state_is_no_place(nlp, text, a, b, iso):
    row = _meeting(nlp, text, a, b)
    assert row["venue_place"] is None and row["venue_country"] == iso, row


def test_a_city_of_the_state_is_still_a_place(nlp):
    row = _meeting(
        nlp,
        "LONDON, March 13 (PA) -- British Prime Minister Tom Ashby met Canadian Prime Minister Claire Dubois "
        "at the G20 summit in Rio de Janeiro on Wednesday.",
        "Tom Ashby",
        "Claire Dubois",
    )
    assert row["venue_place"] == "Rio de Janeiro" and row["venue_country"] == "BRA", row


# ---- a city the gazetteer lacked under its written forms --------------------------------------------


def test_the_day_s_city_written_with_its_district_reaches_the_other_meetings(nlp):
    text = (
        "WASHINGTON, DC, March 13 -- Ghana's President Kofi Mensah, in Washington, DC for a working visit, sat "
        "down on Wednesday with US Secretary of State Mark Dalton for talks on trade. He also met Senator "
        "Laura Price, chair of the Senate Foreign Relations Committee."
    )
    row = _meeting(nlp, text, "Kofi Mensah", "Laura Price")
    assert row["venue_place"] == "Washington, DC" and row["venue_country"] == "USA", row


# ---- the lead's visit to a city places the visitor's unplaced meetings of those days ------------------

_VISIT_HEADLINE = (
    "Ghana's foreign minister visits Lisbon\n\nMarch 13, 2024\n\nOn Wednesday, Ghanaian Foreign Minister Kwame "
    "Boateng held talks with Portuguese Foreign Minister Rui Costa. In the course of his visit, Boateng also had "
    "a meeting with Portuguese Prime Minister Luis Ferreira."
)
_VISIT_WRAPPED = (
    "Brussels, 14/03/2024\n\nMaria Lind, the EU High Representative, wrapped up on 13 March a two-day visit to "
    "Tirana, during which she took part in the regional summit. On the margins of the summit, Maria Lind met "
    "Serbian President Milan Petrovic."
)


@pytest.mark.parametrize(
    "text, a, b, place",
    [
        (_VISIT_HEADLINE, "Kwame Boateng", "Rui Costa", "Lisbon"),
        (_VISIT_HEADLINE, "Kwame Boateng", "Luis Ferreira", "Lisbon"),
        (_VISIT_WRAPPED, "Maria Lind", "Milan Petrovic", "Tirana"),
    ],
)
def test_the_lead_visit_places_the_visitors_meetings(nlp, text, a, b, place):
    row = _meeting(nlp, text, a, b)
    assert row["venue_place"] == place, row


@pytest.mark.parametrize(
    "text, a, b",
    [
        (
            # a visit still ahead places nothing
            "Brussels, 14/03/2024\n\nMaria Lind, the EU High Representative, will pay a two-day visit to Tirana "
            "next week. On Wednesday, Maria Lind met Serbian President Milan Petrovic.",
            "Maria Lind",
            "Milan Petrovic",
        ),
        (
            # a meeting of other parties is not the visitor's
            "Brussels, 14/03/2024\n\nMaria Lind, the EU High Representative, wrapped up on 13 March a two-day "
            "visit to Tirana. On Wednesday, Croatian Prime Minister Ivo Horvat met Serbian President Milan "
            "Petrovic.",
            "Ivo Horvat",
            "Milan Petrovic",
        ),
        (
            # a call made during the visit is still no meeting in the city
            "Brussels, 14/03/2024\n\nMaria Lind, the EU High Representative, wrapped up on 13 March a two-day "
            "visit to Tirana. On Wednesday, Maria Lind held a phone call with Serbian President Milan Petrovic.",
            "Maria Lind",
            "Milan Petrovic",
        ),
    ],
)
def test_no_lead_visit_place_for_others(nlp, text, a, b):
    row = _meeting(nlp, text, a, b)
    assert row["venue_place"] is None, row


# ---- a clause of holding on the meeting word, a party's clause of coming ------------------------------


def test_a_clause_of_holding_on_the_meeting_places_it_and_what_was_said_there(nlp):
    text = (
        "KUWAIT, March 13 (KUNA) -- Kuwaiti Foreign Minister Salem Al-Sabah held talks on Wednesday with British "
        "Foreign Secretary John Hale. At the meeting, which took place on the margins of the climate conference "
        "in the Emirati city of Dubai, Al-Sabah congratulated Hale on his appointment."
    )
    rows = _events(nlp, text)
    assert rows and all(r["venue_place"] == "Dubai" for r in rows), rows


def test_a_clause_of_holding_still_ahead_places_nothing(nlp):
    text = (
        "KUWAIT, March 13 (KUNA) -- Kuwaiti Foreign Minister Salem Al-Sabah held talks on Wednesday with British "
        "Foreign Secretary John Hale. At the meeting, which will take place again next month in the Emirati city "
        "of Dubai, Al-Sabah congratulated Hale on his appointment."
    )
    row = _meeting(nlp, text, "Salem Al-Sabah", "John Hale")
    assert row["venue_place"] != "Dubai", row


def test_a_party_who_has_come_to_a_city_was_met_there(nlp):
    text = (
        "Premier Li Wei on March 13 met with Pakistani Prime Minister Imran Baig, who has come to Beijing for the "
        "trade forum."
    )
    row = _meeting(nlp, text, "Li Wei", "Imran Baig")
    assert row["venue_place"] == "Beijing", row


def test_a_party_who_will_travel_to_a_city_was_not_met_there(nlp):
    text = (
        "Premier Li Wei on March 13 met with Pakistani Prime Minister Imran Baig, who will travel to Shanghai for "
        "the trade forum."
    )
    row = _meeting(nlp, text, "Li Wei", "Imran Baig")
    assert row["venue_place"] is None, row


# ---- a site named as "the <building> of <a named body>" ----------------------------------------------


def test_the_building_of_a_named_body_is_a_site_of_the_city(nlp):
    text = (
        "RIYADH, March 13 (SPA) -- Saudi Foreign Minister Khalid Al-Faisal met Omani Foreign Minister Said "
        "Al-Busaidi at the headquarters of the Ministry of Foreign Affairs on Wednesday."
    )
    row = _meeting(nlp, text, "Khalid Al-Faisal", "Said Al-Busaidi")
    assert row["venue_place"] == "headquarters of the Ministry of Foreign Affairs, Riyadh", row


def test_the_centre_of_a_matter_is_no_site(nlp):
    text = (
        "RIYADH, March 13 (SPA) -- Saudi Foreign Minister Khalid Al-Faisal met Omani Foreign Minister Said "
        "Al-Busaidi in Jeddah on Wednesday, with the future of the Yemen truce at the centre of their talks."
    )
    row = _meeting(nlp, text, "Khalid Al-Faisal", "Said Al-Busaidi")
    assert row["venue_place"] == "Jeddah", row


# ---- a later sentence's setting ("In the short exchange in X, ...") places the unplaced meeting ------

_CHAT = (
    "Borgo, Italy, June 14 (Jiji Press)--Japanese Prime Minister Kenji Sato and Canadian Prime Minister Claire "
    "Dubois affirmed their cooperation on Friday in a chat on the margins of the Group of Seven summit. "
)


@pytest.mark.parametrize(
    "second",
    [
        "In the short exchange in Apulia, Italy, Sato thanked Dubois for her support.",
        # the sentence also tells of a past visit placed elsewhere: the setting is the chat's, not the visit's
        "In the short exchange in Apulia, Italy, Sato thanked Dubois for hosting him during his visit to Canada "
        "in April.",
    ],
)
def test_a_setting_sentence_places_the_unplaced_chat(nlp, second):
    row = _meeting(nlp, _CHAT + second, "Kenji Sato", "Claire Dubois", published="2024-06-14")
    assert row["venue_place"] == "Apulia", row


@pytest.mark.parametrize(
    "second",
    [
        "The exchange of fire in Gaza continued overnight.",
        "The prisoner exchange at the Rafah crossing was delayed.",
    ],
)
def test_an_exchange_of_other_things_places_no_meeting(nlp, second):
    text = (
        "LONDON, March 13 (Reuters) -- Qatari Prime Minister Khalid Al-Thani held talks with Egyptian Foreign "
        "Minister Sameh Fathy on Wednesday. " + second
    )
    row = _meeting(nlp, text, "Khalid Al-Thani", "Sameh Fathy")
    assert row["venue_place"] not in ("Gaza", "Rafah crossing"), row


# ---- a day of envoys counted by where they came from; a site with its city after a comma -------------

_ENVOYS = (
    "By Kwame Ofori, Accra\n\nHours after his swearing-in, President Musa Bello received {what} at the State "
    "House, Accra.\n\nThe letters were handed to the president after the ceremony.\n\nA statement from the "
    "presidency named the countries as Britain, the United States, Japan and India.\n\nThe US delegation, led by "
    "Trade Secretary Ann Carter, paid a courtesy call on President Bello and held brief talks with him.\n\nThe "
    "Indian delegation also held bilateral discussions with Bello."
)


def test_envoys_counted_by_their_countries_were_all_received_at_the_site(nlp):
    rows = _events(nlp, _ENVOYS.format(what="letters of goodwill from several countries"))
    met = [r for r in rows if r["event_type"] == "MEETING"]
    assert len(met) == 2 and all("Accra" in (r["venue_place"] or "") for r in met), met


def test_one_letter_received_places_no_later_meeting(nlp):
    rows = _events(nlp, _ENVOYS.format(what="a letter from the Indian Prime Minister"))
    met = [r for r in rows if r["event_type"] == "MEETING"]
    assert met and not any("Accra" in (r["venue_place"] or "") for r in met), met


@pytest.mark.parametrize(
    "where, place",
    [
        ("at the Presidential Villa, Abuja", "Presidential Villa, Abuja"),
        ("at the Presidential Villa, Nigeria's seat of power", "Presidential Villa"),
    ],
)
def test_a_site_takes_the_city_written_after_its_comma(nlp, where, place):
    text = (
        "By Ada Okafor\n\nNigerian President Musa Bello on Wednesday received Ghanaian Foreign Minister Kofi "
        f"Mensah {where}, and the two discussed trade."
    )
    row = _meeting(nlp, text, "Musa Bello", "Kofi Mensah")
    assert row["venue_place"] == place, row
