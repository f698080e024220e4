"""Where and when: wire-story phrasings that place or date an event, each in a sentence of our own,
through the real model.

Every rule has sentences of its own and a case at its edge where it must not apply; none is a
sentence of an evaluation article.
"""

from __future__ import annotations

import pytest


def _meetings(rows):
    return [r for r in rows if r["event_type"] == "MEETING"]


# ---- a phone call spoken of again dates the call, and places it nowhere ------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan by phone. "
            "The telephone conversation took place on Monday night, State House said.",
            "2024-05-06",
        ),
        (
            "German Chancellor Olaf Scholz held a video call with Canadian Prime Minister Justin Trudeau. "
            "The video call took place on Sunday evening, a spokesman said.",
            "2024-05-05",
        ),
        (
            "Indian Prime Minister Narendra Modi spoke by telephone with Japanese Prime Minister Fumio Kishida. "
            "The conversation took place on Tuesday night.",
            "2024-05-07",
        ),
    ],
)
def test_a_call_spoken_of_again_gives_the_call_its_day(extract, text, day):
    # the tagger labels "Monday night" TIME, or "Sunday" DATE and "evening" TIME
    (m,) = _meetings(extract(text, published="2024-05-08"))
    assert m["event_date"] == day and m["venue_place"] is None


def test_a_time_of_day_with_no_day_dates_nothing(extract):
    rows = extract(
        "Indian Prime Minister Narendra Modi spoke by telephone with Japanese Prime Minister Fumio Kishida. "
        "The conversation lasted 40 minutes from 9 p.m.",
        published="2024-05-08",
    )
    (m,) = _meetings(rows)
    assert m["event_date"] == "2024-05-08"  # the news day, not a day read out of "9 p.m."


# ---- "the agency reported Friday" dates the report, not what is reported -----------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Egyptian President Abdel Fattah al-Sisi called Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
            "on Thursday to congratulate him. Sisi affirmed Egypt's support for Kuwait's security and stability, "
            "the Middle East News Agency reported early Saturday.",
            "2024-05-09",
        ),
        (
            "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing "
            "on Wednesday. Xi expressed support for Brazil's bid to host the summit, Xinhua reported on Friday.",
            "2024-05-08",
        ),
        (
            "Turkish President Recep Tayyip Erdogan phoned Azerbaijani President Ilham Aliyev on Tuesday. Erdogan "
            "reaffirmed Turkey's support for Azerbaijan's territorial integrity, the Anadolu news agency reported "
            "Thursday.",
            "2024-05-07",
        ),
    ],
)
def test_the_day_of_a_report_is_not_the_day_of_the_statement(extract, text, day):
    rows = extract(text, published="2024-05-11")
    (s,) = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert s["event_date"] == day  # the talks' day, which the statement made in them takes


def test_a_day_on_the_statement_itself_still_dates_it(extract):
    rows = extract(
        "Turkish President Recep Tayyip Erdogan phoned Azerbaijani President Ilham Aliyev on Tuesday. Erdogan on "
        "Thursday reaffirmed Turkey's support for Azerbaijan's territorial integrity, the Anadolu news agency "
        "reported.",
        published="2024-05-11",
    )
    (s,) = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert s["event_date"] == "2024-05-09"


# ---- two or more days name no one day: the month they share ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Philippine President Ferdinand Marcos Jr. held talks with Vietnamese President Vo Van Thuong in Hanoi on "
        "Monday and Tuesday.",
        "Norwegian Foreign Minister Espen Barth Eide met Palestinian Prime Minister Mohammad Mustafa in Ramallah on "
        "6-7 May.",
        # the parser hangs the days on "talks", not on "held"
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on May 6 "
        "and 7.",
    ],
)
def test_talks_over_two_days_are_dated_to_their_month(extract, text):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert m["event_date"] == "2024-05"


def test_one_day_keeps_its_day(extract):
    rows = extract(
        "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on May 7.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert m["event_date"] == "2024-05-07"


def test_spans_of_days_resolve_to_their_month_or_year():
    import datetime as dt

    from extractor.dates import resolve

    published = dt.date(2024, 5, 10)
    assert resolve("Thursday and Friday", published) == ("2024-05", "month", False)
    assert resolve("5 and 6 May", published).iso == "2024-05"
    assert resolve("October 5-6, 2023", published).iso == "2023-10"
    assert resolve("April 30 to May 2", published) == ("2024", "year", False)
    assert resolve("between 2010 and 2015", published).iso is None  # years, not days
    assert resolve("2023-10-05", published).iso == "2023-10-05"  # an ISO day is no span


# ---- a photo caption's day hangs on the place ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Indonesian President Joko Widodo and Australian Prime Minister Anthony Albanese during their meeting "
            "at the Bogor Palace, May 7, 2024.",
            "2024-05-07",
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry and his Jordanian counterpart Ayman Safadi during their talks "
            "at the Tahrir Palace, May 6, 2024.",
            "2024-05-06",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei during their "
            "meeting at the Planalto Palace, April 29, 2024.",
            "2024-04-29",
        ),
    ],
)
def test_a_caption_dates_the_meeting_at_its_place(extract, text, day):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert m["event_date"] == day


def test_a_year_inside_the_topic_dates_nothing(extract):
    rows = extract(
        "Dutch Prime Minister Mark Rutte held talks with Belgian Prime Minister Alexander De Croo on the 2019 "
        "agreement.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert m["event_date"] == "2024-05-10"


# ---- "at Beijing's Diaoyutai State Guesthouse": the site with the city that owns it -------------------


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Chinese Foreign Minister Wang Yi met his Algerian counterpart Ramtane Lamamra at Beijing's Diaoyutai "
            "State Guesthouse on Friday.",
            "Diaoyutai State Guesthouse, Beijing",
            "CHN",
        ),
        (
            "Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban at Istanbul's "
            "Dolmabahce Palace on Monday.",
            "Dolmabahce Palace, Istanbul",
            "TUR",
        ),
        (
            "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida at Tokyo's Akasaka Palace "
            "on Monday.",
            "Akasaka Palace, Tokyo",
            "JPN",
        ),
    ],
)
def test_a_site_owned_by_a_city_names_the_city(extract, text, place, country):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert m["venue_place"] == place and m["venue_country"] == country


def test_a_site_owned_by_a_state_gets_no_city(extract):
    rows = extract(
        "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi at India's Rashtrapati "
        "Bhavan on Monday.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert "Rashtrapati Bhavan" in m["venue_place"] and "," not in m["venue_place"]


# ---- "in the Saudi capital", "in the national capital": the capital is the venue ----------------------


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        (
            "Malaysian Prime Minister Anwar Ibrahim held talks with Pakistani Prime Minister Shehbaz Sharif in the "
            "Saudi capital on Monday.",
            None,
            "Riyadh",
        ),
        (
            "Somali President Hassan Sheikh Mohamud met Ugandan President Yoweri Museveni on the sidelines of a "
            "regional summit in the Kenyan capital on Tuesday.",
            None,
            "Nairobi",
        ),
        (
            "Indian External Affairs Minister S. Jaishankar met Australian Foreign Minister Penny Wong in the "
            "national capital on Monday.",
            "New Delhi",
            "New Delhi",
        ),
    ],
)
def test_a_capital_named_by_its_state_is_the_venue(extract, text, dateline, place):
    (m,) = _meetings(extract(text, published="2024-05-10", dateline=dateline))
    assert m["venue_place"] == place


@pytest.mark.parametrize("dateline", [None, "Mumbai"])
def test_a_capital_of_no_known_state_is_no_venue(extract, dateline):
    # "the capital" names no state; "the national capital" in a story filed from no capital names none either
    for text in (
        "Japanese Foreign Minister Yoko Kamikawa met her Turkish counterpart Hakan Fidan in the capital on Monday.",
        "Indian External Affairs Minister S. Jaishankar met Australian Foreign Minister Penny Wong in the "
        "national capital on Monday.",
    ):
        (m,) = _meetings(extract(text, published="2024-05-10", dateline=dateline))
        assert m["venue_place"] is None


# ---- "X had met Y earlier in the day": the news day's own earlier meeting, at the day's place ---------


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Malaysian Prime Minister Anwar Ibrahim held talks with Pakistani Prime Minister Shehbaz Sharif in "
            "Riyadh on Monday. Turkish Foreign Minister Hakan Fidan had paid a courtesy call on Anwar earlier in "
            "the day.",
            "Riyadh",
            "2024-05-06",
        ),
        (
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. Ruto had "
            "received Somali President Hassan Sheikh Mohamud earlier that day.",
            "Nairobi",
            "2024-05-07",
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
            "Wednesday. Modi had met Australian Prime Minister Anthony Albanese earlier in the day.",
            "Tokyo",
            "2024-05-08",
        ),
    ],
)
def test_a_meeting_held_earlier_in_the_day_shares_the_days_place(extract, text, place, day):
    first, earlier = _meetings(extract(text, published="2024-05-10"))
    assert (earlier["venue_place"], earlier["event_date"]) == (place, day)


def test_a_meeting_held_in_another_year_keeps_its_own_place_and_date(extract):
    rows = extract(
        "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Wednesday. Modi had met Australian Prime Minister Anthony Albanese in Sydney last year.",
        published="2024-05-10",
    )
    first, earlier = _meetings(rows)
    assert (earlier["venue_place"], earlier["event_date"]) == ("Sydney", "2023")


# ---- "X talked with Y, who had come to see him at his office in Z": the clause places the meeting -----


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni, who had come to see "
            "him at his office in Nairobi.",
            "Nairobi",
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh talked with Lao Prime Minister Sonexay Siphandone, who came "
            "to meet him at the Government Office in Hanoi.",
            "Government Office, Hanoi",
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry spoke with Sudanese Foreign Minister Ali Sadiq, who had come "
            "to see him at the Tahrir Palace in Cairo.",
            "Tahrir Palace",
        ),
        (
            "Indian Prime Minister Narendra Modi met Bhutanese Prime Minister Tshering Tobgay, who had come to "
            "visit him at his residence in New Delhi.",
            "New Delhi",
        ),
    ],
)
def test_a_party_who_came_to_the_meeting_places_it(extract, text, place):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert place in (m["venue_place"] or "")


def test_a_clause_about_a_partys_past_places_nothing(extract):
    rows = extract(
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni, who had served as a "
        "rebel commander in Luwero.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert m["venue_place"] is None


# ---- "the prime minister" is the prime minister, not the chief minister named last -------------------


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        (
            "Prime Minister Imran Khan met Punjab Chief Minister Sardar Usman Buzdar on Tuesday. Later, Sindh Chief "
            "Minister Murad Ali Shah paid a separate visit to the prime minister.",
            "Murad Ali Shah",
            "Imran Khan",
        ),
        (
            "Prime Minister Narendra Modi received Uttar Pradesh Chief Minister Yogi Adityanath on Monday. Later, "
            "Bihar Chief Minister Nitish Kumar called on the prime minister.",
            "Nitish Kumar",
            "Narendra Modi",
        ),
        (
            "Prime Minister Shehbaz Sharif received Punjab Chief Minister Maryam Nawaz on Monday. Later, Turkish "
            "envoy Mehmet Pacaci called on the prime minister.",
            "Mehmet Pacaci",
            "Shehbaz Sharif",
        ),
    ],
)
def test_a_title_with_its_modifier_names_the_holder_of_the_whole_title(extract, text, visitor, host):
    first, later = _meetings(extract(text, published="2024-05-10"))
    assert sorted(a["name"] for a in later["actors"]) == sorted([visitor, host])


def test_a_title_no_one_holds_whole_still_names_its_holder(extract):
    # "Prince Mohammed bin Salman" was never written with "Crown": "the Crown Prince" is still he
    rows = extract(
        "Saudi Arabia's Prince Mohammed bin Salman received British Prime Minister Boris Johnson on Monday. "
        "Johnson praised the Crown Prince for his leadership.",
        published="2024-05-10",
    )
    (s,) = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert [a["name"] for a in s["actors"] if a["role"] == "target"] == ["Prince Mohammed bin Salman"]


# ---- a dateline left in the text is no lead sentence: the lead's "Tuesday" still dates the news ---------


def _wire(headline, subhead, place, agency, lead, rest):
    return "\n\n".join([headline, subhead, place, f"({agency}) --", lead, rest])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            _wire(
                "Kenya, Ethiopia pledge closer trade ties",
                "New ministers meet for the first time",
                "NAIROBI",
                "KNA",
                "The foreign ministers of Kenya and Ethiopia agreed Tuesday to expand trade, the Kenyan ministry said.",
                "Foreign Minister Musalia Mudavadi also raised border security during phone talks with his Ethiopian "
                "counterpart Taye Atske Selassie.",
            ),
            "2024-05-07",
        ),
        (
            _wire(
                "Egypt, Jordan to coordinate on Gaza aid",
                "Ministers hold first talks since the truce",
                "CAIRO",
                "MENA",
                "Egypt and Jordan agreed Monday to coordinate aid deliveries to Gaza, the Egyptian foreign ministry "
                "said.",
                "Foreign Minister Sameh Shoukry also discussed regional tensions during phone talks with his "
                "Jordanian counterpart Ayman Safadi.",
            ),
            "2024-05-06",
        ),
        (
            _wire(
                "Spain, Morocco deepen energy cooperation",
                "Sanchez and Akhannouch speak by phone",
                "MADRID",
                "EFE",
                "Spain and Morocco agreed Wednesday to speed up a power interconnection, the Spanish government said.",
                "Prime Minister Pedro Sanchez also raised migration during a phone call with Moroccan Prime Minister "
                "Aziz Akhannouch.",
            ),
            "2024-05-08",
        ),
    ],
)
def test_the_leads_day_dates_the_news_past_a_dateline_left_in_the_text(extract, text, day):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert m["event_date"] == day


def test_a_day_the_lead_gives_another_event_does_not_date_the_news(extract):
    text = _wire(
        "Kenya, Ethiopia pledge closer trade ties",
        "New ministers meet for the first time",
        "NAIROBI",
        "KNA",
        "The trade pact signed Tuesday will cut tariffs, the Kenyan ministry said.",
        "Foreign Minister Musalia Mudavadi also raised border security during phone talks with his Ethiopian "
        "counterpart Taye Atske Selassie.",
    )
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert m["event_date"] == "2024-05-10"


# ---- "X also met Z" after X's dated talks: the same day ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On May 2, Kenyan Foreign Minister Musalia Mudavadi held talks with US Ambassador Meg Whitman. Mudavadi "
            "also held talks with Qatari Ambassador Jabor Al-Dosari.",
            "2024-05-02",
        ),
        (
            "On April 29, Egyptian Foreign Minister Sameh Shoukry met his Greek counterpart George Gerapetritis in "
            "Cairo. Shoukry also met Cypriot Foreign Minister Constantinos Kombos.",
            "2024-04-29",
        ),
        (
            "On May 1, Indian External Affairs Minister S. Jaishankar held talks with Australian Foreign Minister "
            "Penny Wong. Jaishankar also met New Zealand Foreign Minister Winston Peters.",
            "2024-05-01",
        ),
    ],
)
def test_a_party_who_also_met_someone_did_so_on_the_day_of_his_dated_talks(extract, text, day):
    first, also = _meetings(extract(text, published="2024-05-10"))
    assert first["event_date"] == also["event_date"] == day


def test_others_who_also_met_keep_the_news_day(extract):
    rows = extract(
        "On May 2, Kenyan Foreign Minister Musalia Mudavadi held talks with US Ambassador Meg Whitman. Ugandan "
        "President Yoweri Museveni also met Tanzanian President Samia Suluhu Hassan.",
        published="2024-05-10",
    )
    first, other = _meetings(rows)
    assert other["event_date"] == "2024-05-10"


# ---- a caption ends on the place and the day of what it shows -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida talk during a meeting on "
            "the sidelines of the G7 Summit in Hiroshima, Japan May 20, 2023.",
            "Hiroshima",
            "2023-05-20",
        ),
        (
            "Canadian Prime Minister Justin Trudeau and Italian Prime Minister Giorgia Meloni talk during a meeting "
            "on the sidelines of the G7 Summit in Apulia, Italy June 14, 2024.",
            "Apulia",
            "2024-06-14",
        ),
        (
            "Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro pose for a picture "
            "during a meeting on the sidelines of the European Council summit in Brussels, Belgium June 27, 2024.",
            "Brussels",
            "2024-06-27",
        ),
    ],
)
def test_a_caption_dates_the_meeting_on_its_last_words(extract, text, place, day):
    (m,) = _meetings(extract(text, published="2024-07-20"))
    assert (m["venue_place"], m["event_date"]) == (place, day)


def test_a_day_ending_a_sentence_on_something_else_dates_nothing(extract):
    rows = extract(
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni, who took office on January 29, 1986.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert m["event_date"] == "2024-05-10"


# ---- "have not spoken since their talks in X": the talks took place ------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "place", "day"),
    [
        (
            "Indian Prime Minister Narendra Modi has not spoken to Chinese President Xi Jinping since his talks with "
            "Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
            ["Fumio Kishida", "Narendra Modi"],
            "Tokyo",
            "2024-05-06",
        ),
        (
            "The two ministers have held no further calls since Egyptian Foreign Minister Sameh Shoukry's talks with "
            "Jordanian Foreign Minister Ayman Safadi in Amman on Tuesday.",
            ["Ayman Safadi", "Sameh Shoukry"],
            "Amman",
            "2024-05-07",
        ),
        (
            "Nairobi has not commented even after Tanzanian President Samia Suluhu Hassan's talks with Ugandan "
            "President Yoweri Museveni in Kampala on Wednesday.",
            ["Samia Suluhu Hassan", "Yoweri Museveni"],
            "Kampala",
            "2024-05-08",
        ),
    ],
)
def test_talks_a_denial_is_counted_from_did_take_place(extract, text, names, place, day):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert sorted(a["name"] for a in m["actors"]) == names
    assert (m["venue_place"], m["event_date"]) == (place, day)


def test_talks_denied_themselves_are_no_meeting(extract):
    rows = extract(
        "Indian Prime Minister Narendra Modi did not hold talks with Japanese Prime Minister Fumio Kishida in Tokyo "
        "on Monday.",
        published="2024-05-10",
    )
    assert _meetings(rows) == []


# ---- a visit to a state whose city is not given took place in that state ------------------------------
# (ANNOTATION.md policy: a venue that names only a state gives place null with its country filled)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Japanese Foreign Minister Yoko Kamikawa recalled her visit to Madagascar in April.", "MDG"),
        ("Chilean President Gabriel Boric mentioned his visit to Ecuador in March.", "ECU"),
        ("Portuguese Prime Minister Luis Montenegro recalled his visit to Angola in February.", "AGO"),
    ],
)
def test_a_visits_destination_state_is_its_venue(extract, text, iso):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert (m["venue_place"], m["venue_country"]) == (None, iso)


def test_a_visit_whose_city_is_given_is_placed_in_the_city(extract):
    rows = extract(
        "Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Astana during his "
        "state visit to Kazakhstan on Tuesday.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert m["venue_place"] == "Astana"


# ---- "X said he had also met Y": the past of reported speech is the news, not background --------------


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Malaysian Prime Minister Anwar Ibrahim held talks with Thai Prime Minister Srettha Thavisin in Bangkok "
            "on Wednesday. Anwar said he had also met Thai King Maha Vajiralongkorn.",
            "Bangkok",
            "2024-05-08",
        ),
        (
            "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday. Ruto "
            "said he had also held talks with Djiboutian President Ismail Omar Guelleh.",
            "Addis Ababa",
            "2024-05-07",
        ),
        (
            # "Singapore" is a state too: no talks of the day take a state for their place
            "Indian External Affairs Minister S. Jaishankar held talks with Singaporean Foreign Minister Vivian "
            "Balakrishnan in Singapore on Monday. Jaishankar said he had also called on Prime Minister Lawrence Wong.",
            None,
            "2024-05-06",
        ),
    ],
)
def test_a_meeting_reported_in_the_past_perfect_is_the_days_news(extract, text, place, day):
    first, reported = _meetings(extract(text, published="2024-05-10"))
    assert (reported["venue_place"], reported["event_date"]) == (place, day)


def test_a_meeting_recalled_in_the_past_perfect_stays_in_the_past(extract):
    rows = extract(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday. Ruto "
        "recalled that he had met Djiboutian President Ismail Omar Guelleh.",
        published="2024-05-10",
    )
    first, recalled = _meetings(rows)
    assert (recalled["venue_place"], recalled["event_date"]) == (None, None)


# ---- "In the final communique, X backed Y": said where and when the gathering that issued it met -------


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "The 45th session of the Arab League Council, which was held in Cairo on Tuesday, ended late at night. "
            "In the final communique, the Arab League backed the Palestinian people's right to statehood.",
            "Cairo",
            "2024-05-07",
        ),
        (
            "The leaders attended the summit of the African Union in Addis Ababa. In their final declaration, the "
            "African Union backed Somalia's territorial integrity.",
            "Addis Ababa",
            "2024-05-10",
        ),
        (
            "The 30th meeting of ASEAN foreign ministers in Vientiane ended on Friday. In the joint communique, "
            "ASEAN backed Timor-Leste's bid for full membership.",
            "Vientiane",
            "2024-05-10",
        ),
    ],
)
def test_a_communique_places_its_statements_at_the_gathering(extract, text, place, day):
    (s,) = [r for r in extract(text, published="2024-05-10") if r["event_type"] == "SUPPORT_STATEMENT"]
    assert (s["venue_place"], s["event_date"]) == (place, day)


def test_a_ministrys_own_statement_is_not_the_gatherings(extract):
    rows = extract(
        "The 45th session of the Arab League Council was held in Cairo on Tuesday. In a statement, the Egyptian "
        "foreign ministry backed the Palestinian people's right to statehood.",
        published="2024-05-10",
    )
    (s,) = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert s["venue_place"] is None


# ---- an envoy meets the officials of the state he is accredited to -----------------------------------


@pytest.mark.parametrize(
    ("text", "official", "state"),
    [
        (
            "Petroleum Minister Ali Pervaiz Malik held talks with Reza Amiri Moghadam, Iran's Ambassador to "
            "Pakistan, on Monday.",
            "Ali Pervaiz Malik",
            "PAK",
        ),
        (
            "Prime Minister Pham Minh Chinh received Chinese Ambassador to Vietnam Xiong Bo on Tuesday.",
            "Pham Minh Chinh",
            "VNM",
        ),
        (
            "Foreign Minister Musalia Mudavadi met Meg Whitman, the U.S. Ambassador to Kenya, on Wednesday.",
            "Musalia Mudavadi",
            "KEN",
        ),
    ],
)
def test_the_official_an_envoy_meets_is_of_the_host_state(extract, text, official, state):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert {a["name"]: a["country"] for a in m["actors"]}[official] == state


def test_a_non_state_official_an_envoy_meets_keeps_no_state(extract):
    rows = extract(
        "Director General Zainab Bangura met Meg Whitman, the U.S. Ambassador to Kenya, on Wednesday.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert {a["name"]: a["country"] for a in m["actors"]}["Zainab Bangura"] is None


# ---- "A and B went over efforts to X during a phone call": the call of the main clause's subjects ------


@pytest.mark.parametrize(
    ("text", "names", "day"),
    [
        (
            "President Sheikh Mohamed and Sheikh Tamim, the Emir of Qatar, went over efforts to strengthen "
            "bilateral ties during a phone call on Friday.",
            ["Sheikh Mohamed", "Sheikh Tamim"],
            "2024-05-10",
        ),
        (
            "Omani Sultan Haitham bin Tarik and Jordan's King Abdullah II went over efforts to enhance cooperation "
            "during a phone call on Tuesday.",
            ["King Abdullah II", "Sultan Haitham bin Tarik"],
            "2024-05-07",
        ),
        (
            "Bahraini King Hamad bin Isa and Saudi Crown Prince Mohammed bin Salman reviewed steps to deepen ties "
            "during a phone call on Wednesday.",
            ["King Hamad bin Isa", "Prince Mohammed bin Salman"],
            "2024-05-08",
        ),
    ],
)
def test_a_call_hung_on_the_objects_clause_is_the_subjects_call(extract, text, names, day):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert sorted(a["name"] for a in m["actors"]) == names
    assert (m["venue_place"], m["event_date"]) == (None, day)


def test_praising_efforts_to_hold_talks_is_no_call(extract):
    rows = extract(
        "President Sheikh Mohamed and Sheikh Tamim, the Emir of Qatar, praised efforts to hold talks during the "
        "summit on Friday.",
        published="2024-05-10",
    )
    assert _meetings(rows) == []


# ---- "from 14th to 16th May" is the span the event filled, not a point it is counted from ---------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Chilean President Gabriel Boric held talks with Peru's President Dina Boluarte in Lima from 6 to 8 May.",
            "2024-05",
        ),
        (
            "The talks took place in Accra during the state visit of Togolese President Faure Gnassingbe to Ghana "
            "from 14th to 16th April.",
            "2024-04",
        ),
        (
            "Indonesian President Joko Widodo held talks with Vietnamese President To Lam in Hanoi from 2 to 4 April.",
            "2024-04",
        ),
    ],
)
def test_a_span_from_one_day_to_another_dates_the_event_to_its_month(extract, text, month):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert m["event_date"] == month


def test_from_a_year_on_is_no_date_of_the_event(extract):
    rows = extract(
        "Kenyan President William Ruto has held talks with Ugandan President Yoweri Museveni every year from 2019.",
        published="2024-05-10",
    )
    (m,) = _meetings(rows)
    assert m["event_date"] != "2019"


# ---- a ruling house's name ending a royal's name gives his state ----------------------------------------


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Sheikh Sabah Khalid Al-Hamad Al-Sabah received Sheikh Mohammad Sabah Al-Salem Al-Sabah at Seif Palace "
            "on Monday.",
            {"KWT"},
        ),
        (
            "Sheikh Saif bin Zayed Al Nahyan met Sheikh Maktoum bin Mohammed bin Rashid Al Maktoum on Tuesday.",
            {"ARE"},
        ),
        (
            "Prince Abdulaziz bin Salman Al Saud held talks with Sheikh Saif bin Zayed Al Nahyan on Wednesday.",
            {"SAU", "ARE"},
        ),
    ],
)
def test_a_royal_of_a_ruling_house_is_of_its_state(extract, text, states):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert {a["country"] for a in m["actors"]} == states


def test_a_commoner_sharing_a_house_name_gets_no_state(extract):
    rows = extract("Professor Ahmed Al-Said met Sheikh Saif bin Zayed Al Nahyan on Wednesday.", published="2024-05-10")
    (m,) = _meetings(rows)
    assert {a["name"]: a["country"] for a in m["actors"]}["Professor Ahmed Al-Said"] is None


# ---- a title of one state's honours ("Datuk Seri", "Tan Sri") gives the state -------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Prime Minister Datuk Seri Anwar Ibrahim received Indonesian Foreign Minister Sugiono on Monday.",
            "Datuk Seri Anwar Ibrahim",
        ),
        (
            "Tan Sri Muhyiddin Yassin met Singaporean Prime Minister Lawrence Wong on Tuesday.",
            "Tan Sri Muhyiddin Yassin",
        ),
        (
            "Foreign Minister Datuk Seri Mohamad Hasan held talks with Thai Foreign Minister Maris Sangiampongsa on "
            "Wednesday.",
            "Datuk Seri Mohamad Hasan",
        ),
    ],
)
def test_a_malaysian_honorific_gives_malaysia(extract, text, person):
    (m,) = _meetings(extract(text, published="2024-05-10"))
    assert {a["name"]: a["country"] for a in m["actors"]}[person] == "MYS"


def test_a_name_that_only_looks_like_an_honorific_gives_no_state(extract):
    rows = extract("Myanmar envoy Tun Tun Naing met Thai Foreign Minister Maris Sangiampongsa on Wednesday.")
    for m in _meetings(rows):
        assert all(a["country"] != "MYS" for a in m["actors"])


# ---- a meeting placed only in the home city takes the day's site in that city ------------------------


@pytest.mark.parametrize(
    ("text", "dateline", "site"),
    [
        (
            "KUALA LUMPUR -- Prime Minister Datuk Seri Anwar Ibrahim received three courtesy calls at the Parliament "
            "Building today. Anwar received Indonesian envoy Tri Tharyat. Anwar also received former army chief "
            "Zulkiple Kassim.",
            "Kuala Lumpur",
            "Parliament Building, Kuala Lumpur",
        ),
        (
            "MUSCAT -- Sultan Haitham bin Tarik Al Said received two visitors at Al Alam Palace today. Sultan Haitham "
            "received Indian envoy Amit Narang. He also received businessman Ahmed Al-Hooti.",
            "Muscat",
            "Al Alam Palace, Muscat",
        ),
    ],
)
def test_a_day_of_audiences_is_placed_at_its_site(extract, text, dateline, site):
    meetings = _meetings(extract(text, published="2024-05-10", dateline=dateline))
    assert len(meetings) == 2 and all(m["venue_place"] == site for m in meetings)


def test_a_meeting_in_another_city_keeps_its_city(extract):
    rows = extract(
        "MUSCAT -- Sultan Haitham bin Tarik Al Said received two visitors at Al Alam Palace today. Sultan Haitham "
        "received Indian envoy Amit Narang. He later met businessman Ahmed Al-Hooti in Sohar.",
        published="2024-05-10",
        dateline="Muscat",
    )
    assert [m["venue_place"] for m in _meetings(rows)] == ["Al Alam Palace, Muscat", "Sohar"]


# ---- "the talks that X held with Y in Kampala in March": a past meeting a relative clause states --------


@pytest.mark.parametrize(
    ("text", "names", "place", "date"),
    [
        (
            "Park explained the outcome of the summit that Japanese Prime Minister Fumio Kishida and US President "
            "Joe Biden held last week in Washington.",
            ["Fumio Kishida", "Joe Biden"],
            "Washington",
            "2023-08",
        ),
        (
            "The deal builds on the talks that Kenyan President William Ruto held with Ugandan President Yoweri "
            "Museveni in Kampala in March.",
            ["William Ruto", "Yoweri Museveni"],
            "Kampala",
            "2023-03",
        ),
        (
            "The deal builds on the talks that Egyptian Foreign Minister Sameh Shoukry held with his Jordanian "
            "counterpart Ayman Safadi in Amman on Monday.",
            ["Ayman Safadi", "Sameh Shoukry"],
            "Amman",
            "2023-08-28",
        ),
    ],
)
def test_talks_a_relative_clause_says_were_held_are_a_meeting(extract, text, names, place, date):
    (m,) = _meetings(extract(text, published="2023-08-29"))
    assert sorted(a["name"] for a in m["actors"]) == names
    assert (m["venue_place"], m["event_date"]) == (place, date)


def test_talks_a_relative_clause_says_will_be_held_are_none(extract):
    rows = extract(
        "The two sides will implement the understandings of the talks that Chinese President Xi Jinping will hold "
        "with Brazilian President Luiz Inacio Lula da Silva next week.",
        published="2023-08-29",
    )
    assert _meetings(rows) == []


# ---- "in particular X" names what was discussed, not where ------------------------------------------------


def test_in_particular_is_no_place(extract):
    rows = _meetings(
        extract(
            "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed on Monday. Their"
            " discussion centred on the fighting in the east of Congo, in particular Goma and Bukavu.",
            published="2024-05-07",
        )
    )
    assert rows and all(r["venue_place"] is None for r in rows)
    # a place after a plain "in" still is one
    rows = _meetings(
        extract(
            "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Mombasa on Monday.",
            published="2024-05-07",
        )
    )
    assert [r["venue_place"] for r in rows] == ["Mombasa"]
