"""Venue and date shapes of the sixth round's sentence bank, in articles written for this file, through
the real model.

Shape "a journey the lead tells of": "X arrived in Canberra for talks with Y", "X, on a visit to Doha, met
Y", "X travelled to Guatemala City ... met Y at the National Palace": the city the party went to is where
the talks were held, not the reporting bureau of the dateline (ANNOTATION.md: never the dateline city
unless the text says the event happened there). A trip the text dates before the news days ("visited
Havana last month") and a thing that travels ("if the fair comes to Busan") are no such journey.
"""

from __future__ import annotations

from row_helpers import article_rows, of_type

PUBLISHED = "2024-03-04"
_TAIL = "\n\nThe talks were the latest in a series of contacts between the two sides over the past year."


def _meetings(nlp, body: str) -> list[dict]:
    return of_type(article_rows(nlp, "Ministers meet\n\n" + body + _TAIL, PUBLISHED), "MEETING")


def _venues(rows) -> list:
    return [r["venue_place"] for r in rows]


def test_a_journey_in_the_lead_places_the_talks_not_the_bureau(nlp):
    cases = (
        (
            "OSLO, Feb 29 (NTB) -- Norwegian Foreign Minister Espen Barth Eide arrived in Nairobi on Thursday "
            "for talks with Kenyan Foreign Minister Musalia Mudavadi.\n\nEide and Mudavadi discussed trade and "
            "climate finance, the ministry said.",
            "Nairobi",
        ),
        (
            "ROME, Feb 27 (ANSA) -- Italian Foreign Minister Antonio Tajani, on a visit to Tunis, met "
            "Tunisian President Kais Saied on Tuesday to discuss migration.",
            "Tunis",
        ),
        (
            "BANGKOK, Feb 29 (TNA) -- Thai Prime Minister Srettha Thavisin arrived in Melbourne on Wednesday "
            "for a summit of regional leaders.\n\nOn Thursday he met Vietnamese Prime Minister Pham Minh Chinh "
            "on the sidelines of the summit.",
            "Melbourne",
        ),
    )
    for body, place in cases:
        rows = _meetings(nlp, body)
        assert len(rows) == 1, (body, rows)
        assert _venues(rows) == [place], (body, rows)


def test_a_site_is_in_the_city_the_party_travelled_to(nlp):
    rows = _meetings(
        nlp,
        "LIMA, Feb 27 (Andina) -- Peruvian Foreign Minister Javier Gonzalez-Olaechea travelled to Quito on "
        "Monday.\n\nGonzalez-Olaechea met Ecuadorean President Daniel Noboa at the Carondelet Palace on "
        "Tuesday, the ministry said.",
    )
    assert len(rows) == 1, rows
    assert rows[0]["venue_place"] == "Carondelet Palace, Quito", rows


def test_no_journey_keeps_the_home_bureau_and_earlier_trips_are_not_the_visit(nlp):
    # the home agency receiving a visitor, no journey told: the dateline city stays (unchanged)
    rows = _meetings(
        nlp,
        "ANKARA, March 1 (AA) -- Turkish President Recep Tayyip Erdogan received Iraqi Foreign Minister "
        "Fuad Hussein here on Friday.",
    )
    assert _venues(rows) == ["Ankara"], rows
    # a trip dated last month is not where today's talks were
    rows = _meetings(
        nlp,
        "MEXICO CITY, March 1 (Notimex) -- Mexican Foreign Minister Alicia Barcena received her Cuban "
        "counterpart Bruno Rodriguez at the Foreign Ministry headquarters on Friday.\n\nBarcena visited "
        "Havana last month, where she spoke of new impetus to relations.",
    )
    assert rows and rows[0]["venue_place"] != "Foreign Ministry headquarters, Havana", rows
    # "if the fair comes to Busan": a thing, not a party, travels
    rows = _meetings(
        nlp,
        "GENEVA, March 1 (Reuters) -- The foreign ministers of Britain and Ghana held talks on Friday on "
        "trade.\n\nIf the world fair comes to Busan, both countries will send pavilions, the ministers said.",
    )
    assert rows and rows[0]["venue_place"] is None, rows


# Shape "the days of the occasion": "during a February 26-28 visit to Beijing", "during a state visit from
# February 14 to 16" date the talks held during it (a range of days: its month, README's date convention);
# "in January 2023, when he held talks with X": the date the "when" clause hangs on.


def test_the_occasions_own_days_date_the_talks_held_during_it(nlp):
    cases = (
        (
            "VIENNA, March 3 (APA) -- Austrian Foreign Minister Alexander Schallenberg held talks with "
            "Japanese Foreign Minister Yoko Kamikawa during a February 25-27 visit to Tokyo.",
            "2024-02",
        ),
        (
            "MANILA, Feb 22 (PNA) -- During a state visit to Vietnam from January 29 to 31, President "
            "Ferdinand Marcos Jr. held talks with President Vo Van Thuong in Hanoi.",
            "2024-01",
        ),
        (
            "BOGOTA, March 1 (EFE) -- Colombian President Gustavo Petro recalled his trip to Madrid in May "
            "2023, when he held talks with Spanish Prime Minister Pedro Sanchez.",
            "2023-05",
        ),
    )
    for body, date in cases:
        rows = _meetings(nlp, body)
        assert [r["event_date"] for r in rows] == [date], (body, rows)


def test_a_day_of_the_talks_themselves_still_wins(nlp):
    rows = _meetings(
        nlp,
        "VIENNA, March 3 (APA) -- Austrian Foreign Minister Alexander Schallenberg held talks with Japanese "
        "Foreign Minister Yoko Kamikawa in Tokyo on Friday during a three-day visit.",
    )
    assert [r["event_date"] for r in rows] == ["2024-03-01"], rows


# Shape "the occasion of the saying": "Speaking at a news conference in Geneva on Monday, X said Y backs Z":
# the statement was made there and then (its venue and date), not on the news day and nowhere.


def _supports(nlp, body: str) -> list[dict]:
    return of_type(article_rows(nlp, "Ministers speak\n\n" + body + _TAIL, PUBLISHED), "SUPPORT_STATEMENT")


def test_a_fronted_speaking_clause_places_and_dates_the_statement(nlp):
    rows = _supports(
        nlp,
        "PARIS, Feb 28 (AFP) -- Speaking at a news conference in Brussels on Monday, French Foreign Minister "
        "Stephane Sejourne said France supports Moldova's bid to join the European Union.",
    )
    assert [(r["venue_place"], r["event_date"]) for r in rows] == [("Brussels", "2024-02-26")], rows


def test_a_statement_with_no_speaking_clause_keeps_no_place(nlp):
    rows = _supports(
        nlp,
        "PARIS, Feb 28 (AFP) -- French Foreign Minister Stephane Sejourne said on Monday that France supports "
        "Moldova's bid to join the European Union.",
    )
    assert [(r["venue_place"], r["event_date"]) for r in rows] == [(None, "2024-02-26")], rows


# Shape "recently": "recently held talks" names no day; the README's date convention gives the news month.


def test_recently_gives_the_month_of_the_news(nlp):
    rows = _meetings(
        nlp,
        "HANOI, March 1 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh recently held talks with Thai Prime "
        "Minister Srettha Thavisin in Bangkok on rice trade.",
    )
    assert [r["event_date"] for r in rows] == ["2024-03"], rows
    # "in recent years" still names no date, and a named day still wins
    rows = _meetings(
        nlp,
        "HANOI, March 1 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh held talks with Thai Prime Minister "
        "Srettha Thavisin in Bangkok on Thursday on rice trade, which has grown in recent years.",
    )
    assert [r["event_date"] for r in rows] == ["2024-02-29"], rows


# Shape "a standing position stated as fact": "Britain has long backed Ukraine's bid" (ANNOTATION.md: null
# date unless the text dates it, and no venue); the same words said at talks ("..., X said") are dated.


def test_a_standing_position_stated_as_fact_has_no_date(nlp):
    rows = _supports(
        nlp,
        "OTTAWA, March 1 (CP) -- Canadian Foreign Minister Melanie Joly met Ukrainian Foreign Minister Dmytro "
        "Kuleba in Kyiv on Friday, and the two of them talked about what more could be done.\n\nCanada has "
        "consistently supported Ukraine's bid to join the European Union.",
    )
    assert [(r["venue_place"], r["event_date"]) for r in rows] == [(None, None)], rows


def test_a_standing_position_said_or_dated_keeps_its_date(nlp):
    rows = _supports(
        nlp,
        "OTTAWA, March 1 (CP) -- Canada has always supported Ukraine's bid to join the European Union, "
        "Canadian Foreign Minister Melanie Joly said on Friday.",
    )
    assert [r["event_date"] for r in rows] == ["2024-03-01"], rows
    rows = _supports(
        nlp,
        "OTTAWA, March 1 (CP) -- Canada on Friday backed Ukraine's bid to join the European Union.",
    )
    assert [r["event_date"] for r in rows] == ["2024-03-01"], rows


# Shape "the dateline's own day": "MOSCOW, March 1 (Interfax) -- X met Y at the Kremlin on Thursday": the
# parser may hang the dateline's "March 1" on the verb; it is the report's day, the weekday is the meeting's.
# Shape "the gathering addressed": "Addressing a summit of leaders in Georgetown on Tuesday, X said ...".


def test_the_datelines_day_is_not_taken_for_the_weekday_of_the_meeting(nlp):
    rows = of_type(
        article_rows(
            nlp,
            "Headline\n\nMOSCOW, March 1 (Interfax) -- Russian President Vladimir Putin met Guinea-Bissau's "
            "President Umaro Sissoco Embalo at the Kremlin on Thursday." + _TAIL,
            PUBLISHED,
        ),
        "MEETING",
    )
    assert [r["event_date"] for r in rows] == ["2024-02-29"], rows
    rows = _meetings(
        nlp,
        "MOSCOW, March 1 (Interfax) -- Russian President Vladimir Putin met Guinea-Bissau's President Umaro "
        "Sissoco Embalo at the Kremlin on Thursday.",
    )
    assert [r["event_date"] for r in rows] == ["2024-02-29"], rows
    # undated news keeps the dateline's day
    rows = _meetings(
        nlp,
        "MOSCOW, March 1 (Interfax) -- Russian President Vladimir Putin met Congolese President Denis Sassou "
        "Nguesso at the Kremlin.",
    )
    assert [r["event_date"] for r in rows] == ["2024-03-01"], rows


def test_addressing_a_gathering_places_the_statement_where_it_was_held(nlp):
    rows = _supports(
        nlp,
        "KINGSTON, Feb 28 (JIS) -- Addressing a summit of Caribbean leaders in Bridgetown on Tuesday, Jamaican "
        "Prime Minister Andrew Holness said Jamaica supports Haiti's transition to elected government.",
    )
    assert [(r["venue_place"], r["event_date"]) for r in rows] == [("Bridgetown", "2024-02-27")], rows
