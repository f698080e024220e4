"""Meeting shapes of wire stories and government readouts, in sentences written for this file, through the
real model.

Each test pairs the shapes of one structural mechanism of the MEETING path with the shapes that look
like them and are no meeting (an interview, a topic, a gathering, a message, a name called).
"""

from __future__ import annotations

from row_helpers import of_type

PUBLISHED = "2024-05-10"


def _meetings(extract, text):
    return of_type(extract(text, published=PUBLISHED), "MEETING")


def _states(row):
    return {a["country"] for a in row["actors"]}


def _one_meeting(extract, text, states, place=None):
    rows = _meetings(extract, text)
    assert len(rows) == 1, (text, rows)
    row = rows[0]
    assert len(row["actors"]) >= 2, row["actors"]
    assert states <= _states(row), (text, row["actors"])
    if place is not None:
        assert row["venue_place"] == place, (text, row["venue_place"])
    return row


def _no_meeting(extract, text):
    rows = _meetings(extract, text)
    assert rows == [], (text, [r["actors"] for r in rows])


def test_a_with_the_parser_hangs_on_the_noun_after_the_verb_names_the_party_met(extract):
    _one_meeting(
        extract,
        "Japanese Foreign Minister Yoko Kamikawa discussed regional security with Philippine Foreign Secretary "
        "Enrique Manalo in Manila on Saturday.",
        {"JPN", "PHL"},
        place="Manila",
    )
    _one_meeting(
        extract,
        "Chinese Foreign Minister Wang Yi exchanged views with his Brazilian counterpart Mauro Vieira on the "
        "Ukraine crisis on Thursday.",
        {"CHN", "BRA"},
    )
    _one_meeting(
        extract,
        "Hungarian Prime Minister Viktor Orban met behind closed doors with Slovak Prime Minister Robert Fico in "
        "Bratislava on Monday.",
        {"HUN", "SVK"},
        place="Bratislava",
    )
    # an interview, a state as a topic's partner, a topic: no talks
    _no_meeting(extract, "Russian President Vladimir Putin spoke in an interview with US journalist Tucker Carlson.")
    _no_meeting(
        extract,
        "Hungarian Prime Minister Viktor Orban discussed the war in an interview with journalist Tucker Carlson.",
    )
    _no_meeting(
        extract,
        "Brazilian President Luiz Inacio Lula da Silva discussed relations with Argentina in a speech on Monday.",
    )
    _no_meeting(
        extract,
        "Kenyan President William Ruto talked about his friendship with Ugandan President Yoweri Museveni at a rally.",
    )
    _no_meeting(extract, "Thai Prime Minister Srettha Thavisin discussed the economy with reporters in Bangkok.")


def test_hosting_talks_with_someone_is_meeting_them_but_hosting_a_summit_is_not(extract):
    _one_meeting(
        extract,
        "Swiss President Viola Amherd hosted talks with Ukrainian President Volodymyr Zelensky in Bern on Monday.",
        {"CHE", "UKR"},
    )
    _no_meeting(extract, "Japanese Prime Minister Fumio Kishida hosted a summit with Pacific island leaders in Tokyo.")


def test_a_guest_named_after_a_phrase_put_first_is_received(extract):
    _one_meeting(
        extract,
        "Kuwaiti Prime Minister Sheikh Ahmad Al-Abdullah received at his office on Monday Jordanian Foreign "
        "Minister Ayman Safadi.",
        {"KWT", "JOR"},
    )
    _no_meeting(
        extract, "Indian Foreign Secretary Vikram Misri received the award on behalf of Prime Minister Narendra Modi."
    )


def test_days_or_a_round_of_talks_are_talks(extract):
    _one_meeting(
        extract,
        "Chinese Foreign Minister Wang Yi and US National Security Adviser Jake Sullivan held two days of talks in "
        "Bangkok.",
        {"CHN"},
        place="Bangkok",
    )
    _one_meeting(
        extract,
        "Serbian Foreign Minister Marko Djuric held a round of talks with Albanian Foreign Minister Igli Hasani in "
        "Tirana on Tuesday.",
        {"SRB", "ALB"},
    )
    _no_meeting(
        extract,
        "Serbian Foreign Minister Marko Djuric will hold a new round of talks with Albanian Foreign Minister Igli "
        "Hasani next week.",
    )


def test_a_tete_a_tete_and_a_dinner_together_are_encounters(extract):
    _one_meeting(
        extract,
        "French President Emmanuel Macron had a tete-a-tete with Chinese President Xi Jinping on Tuesday.",
        {"FRA", "CHN"},
    )
    _one_meeting(
        extract,
        "Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro had dinner together in "
        "Madrid on Wednesday.",
        {"ESP", "PRT"},
    )
    _no_meeting(extract, "Spanish Prime Minister Pedro Sanchez had dinner in Madrid on Wednesday.")


def test_what_is_said_or_given_to_someone_in_a_phone_call_names_the_other_party(extract):
    _one_meeting(
        extract,
        "Turkish President Recep Tayyip Erdogan offered his condolences to Iranian First Vice President Mohammad "
        "Mokhber in a phone call on Monday.",
        {"TUR", "IRN"},
    )
    # condolences sent are a message, not a call
    _no_meeting(
        extract,
        "Chinese President Xi Jinping sent condolences to Iranian First Vice President Mohammad Mokhber on Monday.",
    )


def test_a_delegation_from_a_state_or_body_and_a_group_led_by_someone(extract):
    _one_meeting(
        extract,
        "Iranian President Masoud Pezeshkian hosted a delegation from Iraq headed by Prime Minister Mohammed Shia "
        "al-Sudani in Tehran on Tuesday.",
        {"IRN", "IRQ"},
        place="Tehran",
    )
    row = _one_meeting(
        extract,
        "Chinese Vice Premier Ding Xuexiang met with a delegation from the European Commission led by Executive "
        "Vice President Valdis Dombrovskis in Beijing on Monday.",
        {"CHN"},
        place="Beijing",
    )
    assert any("Dombrovskis" in a["name"] for a in row["actors"]), row["actors"]
    _one_meeting(
        extract,
        "Taiwanese President Lai Ching-te met a group of US senators led by Senator Tammy Duckworth in Taipei on "
        "Wednesday.",
        {"TWN", "USA"},
    )
    _no_meeting(extract, "Argentine President Javier Milei received the national football team at the Casa Rosada.")


def test_the_delegation_received_is_the_one_named_before(extract):
    rows = _meetings(
        extract,
        "A delegation of the Japanese Diet led by Speaker Fukushiro Nukaga visited Hanoi this week. Vietnamese "
        "National Assembly Chairman Tran Thanh Man received the delegation on Tuesday.",
    )
    assert len(rows) == 1, rows
    names = {a["name"] for a in rows[0]["actors"]}
    assert {"Fukushiro Nukaga", "Tran Thanh Man"} <= names, rows[0]["actors"]


def test_calling_someone_a_name_is_no_call(extract):
    _no_meeting(extract, "Venezuelan President Nicolas Maduro called Argentine President Javier Milei a fascist.")
    _no_meeting(
        extract,
        "Colombian President Gustavo Petro called Israeli Prime Minister Benjamin Netanyahu a war criminal on Sunday.",
    )
    _one_meeting(
        extract,
        "Pakistani Prime Minister Shehbaz Sharif called Iranian President Masoud Pezeshkian on Wednesday to discuss "
        "border security.",
        {"PAK", "IRN"},
    )


def test_a_delegation_from_a_state_the_parser_hangs_on_the_verb(extract):
    _one_meeting(
        extract,
        "Kenyan President William Ruto received a delegation from Somalia at State House in Nairobi on Monday.",
        {"KEN", "SOM"},
    )
    # a letter from a state is a message, not a visit
    _no_meeting(extract, "Kenyan President William Ruto received a letter from Somalia on Monday.")


def test_a_site_the_tagger_runs_into_the_next_preposition_ends_before_it(extract):
    rows = _meetings(
        extract,
        "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday. He held talks with the "
        "Chinese leader at the Great Hall of the People on Friday.",
    )
    assert len(rows) == 1, rows
    assert rows[0]["venue_place"] == "Great Hall of the People", rows[0]["venue_place"]


def test_receiving_unnamed_officials_is_meeting_their_states(extract):
    # an unnamed official is the state they speak for (ANNOTATION.md), as guest as much as in talks
    for text in (
        "Ghana's President John Mahama received the foreign ministers of Togo and Benin in Accra on Monday.",
        "Ghana's President John Mahama received the Togolese foreign minister in Accra on Monday.",
    ):
        rows = _meetings(extract, text)
        assert len(rows) == 1, text
        assert "TGO" in _states(rows[0]) and "GHA" in _states(rows[0]), text
    both = _meetings(extract, "Ghana's President John Mahama received the ambassadors of Togo and Benin on Monday.")
    assert {"TGO", "BEN"} <= {s for r in both for s in _states(r)}
    # what is received from a state is no meeting with it
    assert not _meetings(extract, "Ghana's President John Mahama received the backing of Togo and Benin for his plan.")
    assert not _meetings(
        extract, "Ghana's President John Mahama received a message from the Togolese foreign minister."
    )


def test_a_call_by_telephone_names_the_party_after_with(extract):
    # the parser may label an active verb's "by" an agent and hang the "with" on "telephone"
    _one_meeting(
        extract,
        "Aigerim Sadykova, the President of Kyrgyzstan, spoke by telephone with Vladimir Putin, his Russian "
        "counterpart, Kabar News Agency reports, quoting the presidential press service.",
        {"KGZ", "RUS"},
    )
    _no_meeting(extract, "Aigerim Sadykova, the President of Kyrgyzstan, spoke by telephone about the floods.")


def test_a_clause_before_a_semicolon_is_its_own_not_the_next_clauses_complement(extract):
    # "X met Y; they discussed Z": the parser hangs "met" on "discussed", which also governs plans
    # ("discussed meeting again"); the meeting stated before the semicolon happened
    _one_meeting(
        extract,
        "RIGA - On Wednesday in Riga, Latvian Foreign Minister Baiba Kalnina met Polish Foreign Minister Marek "
        "Nowak; they discussed support for Ukraine and energy links.",
        {"LVA", "POL"},
        place="Riga",
    )
    _no_meeting(
        extract, "Latvian Foreign Minister Baiba Kalnina discussed meeting Polish Foreign Minister Marek Nowak."
    )


def test_an_unnamed_official_of_a_body_is_the_body(extract):
    # ANNOTATION.md: an unnamed official is the state or organisation they speak for
    row = _one_meeting(
        extract,
        "In Brussels, Moldovan President Maia Sandu talked with the EU Commissioner for Economy about trade.",
        {"MDA"},
    )
    assert ("European Union", "organization") in {(a["name"], a["kind"]) for a in row["actors"]}
    # a holder named in the title's phrase is the party, not the body
    row = _one_meeting(
        extract,
        "In Brussels, Moldovan President Maia Sandu talked with EU Commissioner Paolo Gentiloni about trade.",
        {"MDA"},
    )
    assert "Paolo Gentiloni" in {a["name"] for a in row["actors"]}


def test_paying_a_call_on_someone_is_visiting_them(extract):
    _one_meeting(
        extract,
        "On Monday, Li Wei, Ambassador of China to Nepal, paid a call on Prime Minister Sushil Karki at his "
        "residence in Kathmandu.",
        {"CHN"},
    )
    _no_meeting(extract, "On Monday, Prime Minister Sushil Karki of Nepal made a call for calm after the floods.")


def test_the_two_holders_of_a_post_are_the_people_named_with_it(extract):
    # "the two defence ministers": those named with that post, not the foreign ministers just reported
    text = (
        "Indian Foreign Minister Arjun Rao held talks with Marise Lang, his Australian counterpart, on Saturday. "
        "Lang came with Australian Defence Minister Peter Hale. Defence Minister Vikram Singh will host him. "
        "On Friday, the two defence ministers discussed maritime security."
    )
    pairs = [{a["name"] for a in r["actors"]} for r in _meetings(extract, text)]
    assert {"Peter Hale", "Vikram Singh"} in pairs, pairs
    assert {"Arjun Rao", "Marise Lang"} in pairs, pairs


def test_ministers_named_by_a_region_are_its_states_the_article_names(extract):
    text = (
        "VILNIUS - Security was on the agenda on Wednesday when the Baltic foreign ministers met US Secretary of "
        "State John Carter.\n\nEstonia, Latvia and Lithuania asked for more air defence, the ministry said."
    )
    row = _one_meeting(extract, text, {"EST", "LVA", "LTU", "USA"})
    assert len(row["actors"]) == 4
    # a region whose states the story never names reads nothing into it
    _no_meeting(extract, "On Wednesday the Nordic foreign ministers met US Secretary of State John Carter.")


def test_officials_of_the_two_countries_are_the_parties_just_reported(extract):
    text = (
        "Pakistani Prime Minister Shahid Malik paid a visit to China in March 2024. On April 27, the Prime "
        "Ministers of the two countries held a phone call, the spokeswoman added."
    )
    rows = _meetings(extract, text)
    call = [r for r in rows if r["event_date"] == "2024-04-27"]
    assert call and "PAK" in _states(call[0]) and "CHN" in _states(call[0]), rows


def test_a_press_conference_or_meeting_held_with_someone_is_a_meeting_with_them(extract):
    _one_meeting(
        extract,
        "The new railway is the first item on the agenda, Kazakh Foreign Minister Murat Nurtleu told a joint "
        "press conference in Tashkent with his Uzbek counterpart Bakhtiyor Saidov on Friday.",
        {"KAZ", "UZB"},
        place="Tashkent",
    )
    _one_meeting(
        extract,
        "Stoltenberg told a news conference held jointly with Moldovan President Maia Sandu that the alliance "
        "would help.",
        {"MDA"},
    )
    _one_meeting(
        extract,
        "The corridor has a great future, Kyrgyz President Sadyr Japarov said at a restricted-format meeting held "
        "with Uzbek President Shavkat Mirziyoyev.",
        {"KGZ", "UZB"},
    )
    # a conference told on its own, or a journalist it was held with: no second party
    _no_meeting(
        extract,
        "Kazakh Foreign Minister Murat Nurtleu told a press conference in Astana on Friday that talks went well.",
    )
    _no_meeting(extract, "Stoltenberg held a news conference with reporters in Brussels on Friday.")


def test_credentials_handed_to_a_head_of_state_are_a_meeting_with_them(extract):
    _one_meeting(
        extract,
        "Ghana's Ambassador to South Africa, Kwame Mensah, on Monday handed President Cyril Ramaphosa his "
        "credentials at the Union Buildings in Pretoria.",
        {"GHA"},
    )
    _one_meeting(
        extract,
        "Peru's new ambassador, Luis Ortega, submitted his credentials to President Gustavo Petro in Bogota on "
        "Tuesday.",
        {"PER"},
    )
    # credentials handed to a ministry's desk, or a report handed over: no one of rank met
    _no_meeting(extract, "Peru's new ambassador, Luis Ortega, submitted a copy of his credentials on Tuesday.")


def test_sitting_down_in_separate_talks_with_the_heads_of_listed_states_is_one_meeting_each(extract):
    rows = _meetings(
        extract,
        "In separate bilateral talks, Kenyan President William Ruto also sat down with the heads of Ghana, "
        "Senegal, Namibia and Zambia.",
    )
    assert len(rows) == 4, [r["actors"] for r in rows]
    assert {iso for r in rows for iso in _states(r)} == {"KEN", "GHA", "SEN", "NAM", "ZMB"}
    # together, without a word of separate talks: one meeting with all of them
    rows = _meetings(
        extract,
        "Kenyan President William Ruto sat down with the foreign ministers of Ghana, Senegal and Zambia on Friday.",
    )
    assert len(rows) == 1 and {"GHA", "SEN", "ZMB"} <= _states(rows[0])


def test_a_state_the_parser_hangs_on_another_as_an_apposition_is_listed_with_it(extract):
    (row,) = _meetings(
        extract,
        "South Korean President Yoon Suk Yeol sat down with the leaders of Canada, the Netherlands and Japan on "
        "Wednesday.",
    )
    assert {"KOR", "CAN", "NLD", "JPN"} <= _states(row)


def test_phone_conversations_with_several_people_are_one_call_each(extract):
    # (people of one state, whom a meeting with several parties would not split)
    rows = _meetings(
        extract,
        "Ukrainian President Volodymyr Zelensky held phone conversations with U.S. Senate Majority Leader Chuck "
        "Schumer, Senate Republican Leader Mitch McConnell and House Speaker Mike Johnson on Tuesday.",
    )
    assert len(rows) == 3, [r["actors"] for r in rows]
    assert all(len(r["actors"]) == 2 for r in rows)


def test_talks_that_got_under_way_took_place_but_talks_under_consideration_did_not(extract):
    _one_meeting(
        extract,
        "Talks between the foreign ministers of Chile and Peru, Alberto van Klaveren and Javier Gonzalez-Olaechea, "
        "got under way in Lima on Monday.",
        {"CHL", "PER"},
        place="Lima",
    )
    _no_meeting(
        extract, "Talks between the foreign ministers of Chile and Peru are under consideration for next month."
    )


def test_a_call_between_leaders_not_yet_named_is_between_those_the_clause_names(extract):
    _one_meeting(
        extract,
        "In a phone conversation between the two leaders, Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah "
        "conveyed his best wishes to Qatari Emir Sheikh Tamim bin Hamad Al Thani on Monday.",
        {"KWT", "QAT"},
    )
    # best wishes sent with no call or talks are a message, not a meeting
    _no_meeting(
        extract,
        "Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah conveyed his best wishes to Qatari Emir Sheikh Tamim "
        "bin Hamad Al Thani on Monday.",
    )


def test_two_named_people_signing_one_text_met_to_sign_it(extract):
    _one_meeting(
        extract,
        "The memorandum was signed in Nairobi by Kenyan Trade Minister Lee Kinyanjui and Tanzanian Trade Minister "
        "Selemani Jafo on Monday.",
        {"KEN", "TZA"},
        place="Nairobi",
    )
    _one_meeting(
        extract,
        "Kenyan Trade Minister Lee Kinyanjui and Tanzanian Trade Minister Selemani Jafo signed a memorandum of "
        "understanding on Monday.",
        {"KEN", "TZA"},
    )
    # states signing deals, or a signing no one is named for, or one still ahead: no meeting
    _no_meeting(extract, "Kenya and Tanzania signed 12 trade deals last year.")
    _no_meeting(
        extract,
        "Kenyan Trade Minister Lee Kinyanjui and Tanzanian Trade Minister Selemani Jafo will sign a memorandum "
        "next week.",
    )


def test_a_party_the_parser_hangs_on_the_first_ones_apposition_is_its_conjunct(extract):
    # (the parser hangs "and his Afghan counterpart" on "Minister", Kamilov's apposition)
    _one_meeting(
        extract,
        "Abdulaziz Kamilov, the Uzbek Foreign Minister, who headed a delegation to Kabul, and his Afghan "
        "counterpart Amir Khan Muttaqi also talked over possible collaboration in energy and transport.",
        {"UZB", "AFG"},
    )
    # one minister talking over a subject alone meets no one
    _no_meeting(
        extract,
        "Abdulaziz Kamilov, the Uzbek Foreign Minister, who headed a delegation to Kabul, also talked over "
        "possible collaboration in energy and transport.",
    )


def test_talks_that_were_with_someone_are_a_meeting_with_them(extract):
    _one_meeting(
        extract,
        "Kenyan President William Ruto began a round of bilateral talks in Berlin on Wednesday. His first talks, "
        "held on Wednesday morning, were with German Chancellor Olaf Scholz.",
        {"KEN", "DEU"},
    )
    # a concern that was with a plan is no meeting
    _no_meeting(extract, "Kenyan President William Ruto said his concern was with the German plan.")


def test_a_fronted_meeting_participle_the_tagger_takes_for_a_noun_is_a_meeting(extract):
    # "Meeting with Y, X said ...": the tagger reads "Meeting" as the noun; the one who met is the subject
    _one_meeting(
        extract,
        "BEIJING, May 3 (Xinhua) -- Chinese Vice Premier Ding Xuexiang held talks in Beijing on Monday with "
        "visiting leaders.\n\nMeeting with Kenyan President William Ruto, Ding said China values its ties with "
        "Kenya.",
        {"CHN", "KEN"},
    )
    # a meeting noun opening a sentence as its subject is the noun ("Meeting rooms were booked")
    _no_meeting(extract, "Meeting rooms at the Kenyan ministry were booked for the whole week, officials said.")


def test_good_wishes_exchanged_with_someone_are_a_meeting(extract):
    _one_meeting(
        extract,
        "ABU DHABI, June 16 (WAM) -- In a phone call on Sunday, UAE President Sheikh Khalid bin Saeed exchanged Eid "
        "good wishes with Sultan Faisal bin Nasser of Oman.",
        {"ARE", "OMN"},
    )
    # wishes exchanged among a people, no party met
    _no_meeting(extract, "Families across the region exchanged good wishes on the first day of Eid.")


def test_met_x_and_separately_y_is_two_meetings(extract):
    text = (
        "Kenyan Foreign Minister Musalia Mudavadi met U.S. Secretary of State Marco Rubio, who is also national "
        "security adviser, and, separately, U.S. Energy Secretary Chris Wright in Washington on Tuesday."
    )
    meetings = of_type(extract(text), "MEETING")
    assert sorted(sorted(a["name"] for a in m["actors"]) for m in meetings) == [
        ["Chris Wright", "Musalia Mudavadi"],
        ["Marco Rubio", "Musalia Mudavadi"],
    ], meetings
    # negative: with no marker, the two met together are one meeting
    together = (
        "Kenyan Foreign Minister Musalia Mudavadi met U.S. Secretary of State Marco Rubio and U.S. Energy "
        "Secretary Chris Wright in Washington on Tuesday."
    )
    (meeting,) = of_type(extract(together), "MEETING")
    assert len(meeting["actors"]) == 3, meeting


def test_a_call_on_each_of_two_days_is_two_calls(extract):
    text = (
        "MOSCOW, Oct 24 -- Russian Defence Minister Sergei Orlov also talked by phone with U.S. Defense "
        "Secretary Lloyd Austin on Friday and on Sunday."
    )
    meetings = of_type(extract(text, published="2022-10-24"), "MEETING")
    assert sorted(m["event_date"] for m in meetings) == ["2022-10-21", "2022-10-23"], meetings
    # negative: one day, one call
    meetings = of_type(
        extract(text.replace(" on Friday and on Sunday", " on Sunday"), published="2022-10-24"), "MEETING"
    )
    assert [m["event_date"] for m in meetings] == ["2022-10-23"], meetings


def test_a_call_taken_from_someone_is_a_meeting(extract):
    _one_meeting(
        extract,
        "KUWAIT, Dec 8 (KUNA) -- On Monday, Kuwait's Crown Prince Sheikh Fahad Al-Sabah took a call from Kenyan "
        "President William Ruto.",
        {"KWT", "KEN"},
    )
    # taking part, taking a visit or a decision is no call
    _no_meeting(extract, "Kuwait's Crown Prince Sheikh Fahad Al-Sabah took a decision on the budget on Monday.")


def test_people_who_met_someone_unnamed_did_not_meet_each_other(extract):
    _no_meeting(
        extract,
        "Military House Chief Miguel Torres and Protocol Director Jaime Soto met the guest in the Honor Courtyard "
        "of the Government Palace and escorted him inside.",
    )
    # negative: the two who spoke with each other did meet
    _one_meeting(
        extract,
        "On Sunday, Peru's Foreign Minister Allan Rojas and U.S. Secretary of State Antony Blinken spoke with each "
        "other about the regional situation.",
        {"PER", "USA"},
    )


def test_among_those_received_were_a_b_and_c_is_a_meeting_with_each(extract):
    text = (
        "Among the African dignitaries Chinese Foreign Minister Wang Yi received on Thursday were Ugandan Prime "
        "Minister Robinah Nabbanja, Rwandan Foreign Minister Olivier Nduhungirehe and Togolese Foreign Minister "
        "Robert Dussey."
    )
    meetings = of_type(extract(text), "MEETING")
    assert sorted(tuple(sorted(a["country"] for a in m["actors"])) for m in meetings) == [
        ("CHN", "RWA"),
        ("CHN", "TGO"),
        ("CHN", "UGA"),
    ], meetings
    # negative: those listed among the guests of a ceremony met no one
    _no_meeting(
        extract,
        "Among the guests at the ceremony were Ugandan Prime Minister Robinah Nabbanja and Togolese Foreign "
        "Minister Robert Dussey.",
    )


def test_meetings_recalled_one_before_another_stay_apart(extract):
    text = (
        "MOSCOW, Feb 2 -- Russian President Vladimir Putin and U.S. President Joe Biden last spoke by phone at the "
        "end of last year. Prior to that, on December 7, the two held a video conference. Their first in-person "
        "meeting as heads of state was held in Geneva in June 2021."
    )
    meetings = of_type(extract(text, published="2022-02-02"), "MEETING")
    assert len(meetings) == 3, [(m["event_date"], m["evidence"][:40]) for m in meetings]


def test_what_parties_do_as_a_rule_is_no_meeting(extract):
    _no_meeting(
        extract,
        'Presidents Vladimir Putin and Joe Biden have no call planned. "Still, they talk when they consider it '
        'necessary," the spokesman said.',
    )
    _no_meeting(extract, "The presidents of Russia and the United States usually meet on the margins of the G20.")
    # negative: a meeting told in the simple present with no "when" or "usually" is still one
    _one_meeting(
        extract, "Russian President Vladimir Putin meets U.S. President Joe Biden in Geneva today.", {"RUS", "USA"}
    )


def test_a_further_round_of_talks_is_still_to_come(extract):
    _no_meeting(
        extract,
        "There was no understanding yet about a further round of Russian-American talks involving Russian Foreign "
        "Minister Sergey Lavrov and U.S. Secretary of State Antony Blinken.",
    )
