"""Each event type, and what is not an event, on short texts through the real model."""

from __future__ import annotations

import pytest


def _types(rows):
    return sorted(r["event_type"] for r in rows)


def _names(row, role=None):
    return sorted(a["name"] for a in row["actors"] if role is None or a["role"] == role)


def test_meeting_with_venue_and_weekday(extract):
    rows = extract(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Monday and discussed trade.",
        published="2023-05-24",
    )
    assert _types(rows) == ["MEETING"]
    m = rows[0]
    assert _names(m) == ["Fumio Kishida", "Narendra Modi"]
    assert {a["country"] for a in m["actors"]} == {"IND", "JPN"}
    assert m["venue_place"] == "Tokyo" and m["venue_country"] == "JPN"
    assert m["event_date"] == "2023-05-22"


def test_phone_call_is_a_meeting_without_venue(extract):
    rows = extract(
        "German Chancellor Olaf Scholz held a phone call with French President Emmanuel Macron on Tuesday.",
        published="2023-03-08",
    )
    assert _types(rows) == ["MEETING"]
    assert rows[0]["venue_place"] is None and rows[0]["event_date"] == "2023-03-07"


def test_dateline_city_is_not_the_venue(extract):
    text = "Turkish Foreign Minister Hakan Fidan held talks with his Iraqi counterpart Fuad Hussein in Baghdad."
    rows = extract(text, published="2024-03-14", dateline="Ankara")
    assert rows and rows[0]["venue_place"] == "Baghdad"


def test_short_forms_and_pronouns_resolve_to_full_names(extract):
    rows = extract(
        "Brazilian President Luiz Inacio Lula da Silva arrived on Sunday. "
        "On Monday, he held talks with Argentine President Alberto Fernandez. "
        "Lula said Brazil supports Argentina's bid to join the BRICS group.",
        published="2023-01-24",
    )
    meeting = [r for r in rows if r["event_type"] == "MEETING"]
    assert meeting and _names(meeting[0]) == ["Alberto Fernandez", "Luiz Inacio Lula da Silva"]
    support = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert support and _names(support[0], "source") == ["Luiz Inacio Lula da Silva"]


def test_negated_meeting_is_not_an_event(extract):
    assert (
        extract(
            "The foreign ministers of Armenia and Azerbaijan did not meet in Vienna on Friday.",
            published="2023-06-10",
        )
        == []
    )


def test_planned_meeting_is_not_an_event(extract):
    assert (
        extract(
            "President Joe Biden will meet Chinese President Xi Jinping in San Francisco next week.",
            published="2023-11-08",
        )
        == []
    )
    assert (
        extract(
            "Egyptian President Abdel Fattah al-Sisi is expected to hold talks with Jordan's King "
            "Abdullah II later this month.",
            published="2023-11-08",
        )
        == []
    )


def test_question_is_not_an_event(extract):
    assert (
        extract(
            "Did the Japanese prime minister meet the South Korean president in Seoul?",
            published="2023-11-08",
        )
        == []
    )


def test_support_statement_with_target(extract):
    rows = extract(
        "The European Union strongly supports Ukraine, its foreign policy chief said on Thursday.",
        published="2024-02-23",
    )
    assert _types(rows) == ["SUPPORT_STATEMENT"]
    assert _names(rows[0], "target") == ["Ukraine"]


def test_refusal_to_back_is_not_support(extract):
    assert extract("Hungary refused to back the proposal of the European Commission.", published="2024-02-23") == []


def test_generic_praise_of_a_partner_is_not_support(extract):
    assert (
        extract(
            "Lauding Kenya as a reliable partner, the Chinese envoy said ties were good.",
            published="2024-02-23",
        )
        == []
    )


def test_project_proposal_names_project_and_partners(extract):
    rows = extract(
        "Kazakh President Kassym-Jomart Tokayev proposed building a new railway line between "
        "Kazakhstan and Uzbekistan.",
        published="2024-02-23",
    )
    proposals = [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"]
    assert len(proposals) == 1
    assert "railway line" in proposals[0]["project"]
    assert _names(proposals[0], "proposer") == ["Kassym-Jomart Tokayev"]
    assert "Uzbekistan" in _names(proposals[0], "partner")


def test_call_for_vague_cooperation_is_not_a_proposal(extract):
    rows = extract(
        "The minister called on both sides to explore cooperation in emerging industries.",
        published="2024-02-23",
    )
    assert [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"] == []


def test_occasion_named_after_its_city_places_the_meeting(extract):
    rows = extract(
        "German Chancellor Olaf Scholz met Chinese Foreign Minister Wang Yi on the sidelines of the Munich "
        "Security Conference on Saturday.",
        published="2024-02-18",
    )
    assert rows and rows[0]["venue_place"] == "Munich" and rows[0]["venue_country"] == "DEU"


def test_host_at_home_in_the_dateline_city_but_not_on_the_phone(extract):
    visit = extract(
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan received Indian Prime Minister Narendra Modi on Tuesday.",
        published="2024-02-13",
        dateline="Abu Dhabi",
    )
    assert visit and visit[0]["venue_place"] == "Abu Dhabi"
    call = extract(
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan received a phone call from Indian Prime Minister "
        "Narendra Modi on Tuesday.",
        published="2024-02-13",
        dateline="Abu Dhabi",
    )
    assert call and call[0]["venue_place"] is None


def test_a_call_and_a_visit_between_the_same_leaders_are_two_meetings(extract):
    rows = extract(
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met in Sochi on Monday. "
        "The two leaders last spoke by telephone in June.",
        published="2023-09-05",
    )
    meetings = sorted((r["venue_place"] or "", r["event_date"]) for r in rows if r["event_type"] == "MEETING")
    assert meetings == [("", "2023-06"), ("Sochi", "2023-09-04")]


def test_solidarity_hung_on_the_verb_and_welcoming_a_deal_are_support(extract):
    rows = extract("Saudi Arabia affirmed its full solidarity with Jordan.", published="2024-02-23")
    assert [(r["event_type"], sorted(a["country"] for a in r["actors"])) for r in rows] == [
        ("SUPPORT_STATEMENT", ["JOR", "SAU"])
    ]
    rows = extract(
        "The United States welcomed the ceasefire agreement between Israel and Hamas.", published="2024-02-23"
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert "ceasefire agreement" in rows[0]["topic"]


def test_a_state_tagged_as_a_person_is_still_a_state(extract):
    rows = extract(
        "Turkish President Recep Tayyip Erdogan voiced support for Azerbaijan's territorial integrity.",
        published="2024-02-23",
    )
    assert rows and {"name": "Azerbaijan", "kind": "country", "role": "target", "country": "AZE"} in rows[0]["actors"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump has vowed to take a tough line on China and to talk to Russian President Vladimir Putin.",
        "Two lawmakers are to join the meeting between South Korean Speaker Kim Jin-pyo and US House Speaker "
        "Nancy Pelosi.",
        "Pakistani Foreign Minister Ishaq Dar will pay a visit to Kabul and call on the Afghan Prime Minister.",
    ],
)
def test_vowed_scheduled_and_coming_meetings_are_not_events(extract, text):
    assert [r for r in extract(text, published="2024-02-23") if r["event_type"] == "MEETING"] == []


def test_solidarity_and_support_share_their_object(extract):
    rows = extract(
        "The European Union expressed solidarity and support for the people of Morocco.", published="2023-09-10"
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert {"name": "people of Morocco", "kind": "group", "role": "target", "country": "MAR"} in rows[0]["actors"]


def test_thanks_for_support_records_the_backing_not_the_thanks(extract):
    rows = extract(
        "Pakistani Prime Minister Shehbaz Sharif thanked Saudi Arabia for its continued support.",
        published="2024-04-16",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    roles = {(a["name"], a["role"]) for a in rows[0]["actors"]}
    assert roles == {("Saudi Arabia", "source"), ("Shehbaz Sharif", "target")}
    assert (
        extract(
            "Pakistani Prime Minister Shehbaz Sharif thanked the hosts for the warm welcome.", published="2024-04-16"
        )
        == []
    )


def test_a_named_building_is_the_venue(extract):
    rows = extract(
        "President Cyril Ramaphosa received Kenyan President William Ruto at the Union Buildings in Pretoria "
        "on Monday.",
        published="2024-03-05",
    )
    assert rows and rows[0]["venue_place"] == "Union Buildings, Pretoria"


def test_a_place_in_what_was_discussed_is_not_the_venue(extract):
    rows = extract(
        "Norwegian Prime Minister Jonas Gahr Store and Finnish President Alexander Stubb discussed the "
        "humanitarian situation in Sudan on Monday.",
        published="2024-03-05",
    )
    assert rows and rows[0]["event_type"] == "MEETING" and rows[0]["venue_place"] is None


def test_the_talks_spoken_of_next_give_place_and_day(extract):
    rows = extract(
        "Argentine President Javier Milei met Italian Prime Minister Giorgia Meloni. "
        "The talks on Tuesday in Rome lasted an hour, officials said.",
        published="2024-02-15",
    )
    assert [(r["event_type"], r["venue_place"], r["event_date"]) for r in rows] == [("MEETING", "Rome", "2024-02-13")]


def test_support_phrasings(extract):
    rows = extract(
        "The envoy assured the President of the European Union's full support to the people of Moldova.",
        published="2024-03-05",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert _names(rows[0], "source") == ["European Union"]
    rows = extract(
        "Australian Prime Minister Anthony Albanese and British Prime Minister Keir Starmer reaffirmed their "
        "commitment to the AUKUS submarine partnership.",
        published="2024-03-05",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    rows = extract(
        "The Dutch prime minister reaffirmed his support for Ukraine's peace initiative.", published="2024-03-05"
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert _names(rows[0], "target") == ["Ukraine"]


def test_calling_on_a_day_to_congratulate_is_support(extract):
    rows = extract(
        "Egyptian President Abdel Fattah al-Sisi called Senegalese President Bassirou Diomaye Faye on Tuesday "
        "to congratulate him on his election victory.",
        published="2024-04-03",
    )
    support = [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]
    assert support and _names(support[0], "target") == ["Bassirou Diomaye Faye"]


def test_acknowledged_support_of_a_capital(extract):
    rows = extract(
        "Venezuelan Foreign Minister Yvan Gil acknowledged Beijing's support for Caracas at the United Nations.",
        published="2024-05-02",
    )
    assert [(r["event_type"], sorted(a["country"] for a in r["actors"])) for r in rows] == [
        ("SUPPORT_STATEMENT", ["CHN", "VEN"])
    ]


def test_praise_of_a_named_act_by_noun_or_of_an_owned_act(extract):
    rows = extract(
        "Indonesian President Joko Widodo expressed appreciation for Singapore's investment in the new capital.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"] and _names(rows[0], "target") == ["Singapore"]
    rows = extract(
        "The Kenyan president paid tribute to Ethiopia for its role in regional peace.", published="2024-05-08"
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"] and _names(rows[0], "target") == ["Ethiopia"]
    rows = extract("Chilean President Gabriel Boric lauded Uruguay's leadership on climate.", published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"] and _names(rows[0], "target") == ["Uruguay"]
    assert extract("The minister paid tribute to the victims of the attack.", published="2024-05-08") == []


def test_backing_a_bid_for_a_seat_on_a_body_is_support_not_a_project(extract):
    rows = extract("Japan backed India's bid for a permanent seat on the UN Security Council.", published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]


def test_two_projects_in_one_call_are_two_proposals(extract):
    rows = extract(
        "Laos is ready to advance cooperation with Thailand on the new railway in northern Laos and the dry port, "
        "Lao Prime Minister Sonexay Siphandone said on Monday.",
        published="2024-05-08",
    )
    projects = sorted(r["project"] for r in rows if r["event_type"] == "PROJECT_PROPOSAL")
    assert len(projects) == 2 and "dry port" in projects[0] and "railway" in projects[1]


def test_hope_voiced_by_a_minister_is_the_ministers_proposal(extract):
    rows = extract(
        "According to the ministry, Foreign Minister Ahmed Attaf voiced hope that the two countries would soon "
        "sign the agreement on the trans-Saharan gas pipeline.",
        published="2024-05-08",
    )
    proposals = [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"]
    assert proposals and _names(proposals[0], "proposer") == ["Ahmed Attaf"]


def test_stressing_the_importance_of_a_mechanism_with_a_partner(extract):
    rows = extract(
        "Speaker Ahmed Saleh underlined the importance of deepening ties with the Kenyan Senate by setting up "
        "a joint parliamentary committee.",
        published="2024-05-08",
    )
    proposals = [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"]
    assert proposals and "Kenyan Senate" in _names(proposals[0], "partner")


def test_the_occasions_day_and_the_same_day_and_the_lead_day(extract):
    rows = extract(
        "On the sidelines of the Raisina Dialogue held in New Delhi the previous day, Greek Prime Minister "
        "Kyriakos Mitsotakis held talks with Indian Prime Minister Narendra Modi.",
        published="2024-02-23",
    )
    assert rows and rows[0]["event_date"] == "2024-02-22"
    rows = extract(
        "On February 2, 2024, Foreign Minister Mohamed Salem Ould Merzoug met Spanish Foreign Minister Jose Manuel "
        "Albares. Later in the day, Ould Merzoug held talks with Italian Foreign Minister Antonio Tajani.",
        published="2024-02-20",
    )
    assert sorted(r["event_date"] for r in rows if r["event_type"] == "MEETING") == ["2024-02-02", "2024-02-02"]
    rows = extract(
        "The leaders of Chile and Peru agreed on Tuesday to deepen ties, the foreign ministry said. "
        "In the phone call, Chilean President Gabriel Boric and Peruvian President Dina Boluarte also discussed "
        "migration.",
        published="2024-02-22",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert meetings and meetings[0]["event_date"] == "2024-02-20"


def test_a_place_in_an_apposition_is_not_the_venue(extract):
    rows = extract(
        "Foreign Minister Ahmed Attaf held talks with Jane Doe, head of the UN office in Geneva, on Monday.",
        published="2024-02-22",
    )
    assert rows and rows[0]["venue_place"] is None


def test_the_lead_gathering_places_the_days_bilaterals_and_its_occasion(extract):
    rows = extract(
        "Leaders ended two days of talks in Rio de Janeiro on Tuesday. "
        "Canadian Prime Minister Justin Trudeau met Mexican President Claudia Sheinbaum on Tuesday.",
        published="2024-11-20",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert meetings and meetings[0]["venue_place"] == "Rio de Janeiro"
    rows = extract(
        "Speaker Saqib Ali met Speaker Om Birla on the margins of the Fifth Parliamentary Summit. "
        "Indonesia hosted the summit in Jakarta.",
        published="2024-11-20",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert meetings and meetings[0]["venue_place"] == "Jakarta"


def test_who_reports_on_a_meeting_is_not_a_party_to_it(extract):
    rows = extract(
        "The foreign ministry issued a statement on Kenyan President William Ruto's meeting with "
        "Tanzanian President Samia Suluhu Hassan.",
        published="2024-02-22",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert meetings and _names(meetings[0]) == ["Samia Suluhu Hassan", "William Ruto"]


def test_welcomed_to_a_city_and_an_unlabelled_city_place_the_meeting(extract):
    rows = extract(
        "German Chancellor Olaf Scholz welcomed Polish Prime Minister Donald Tusk to Berlin on Monday.",
        published="2024-05-08",
    )
    assert rows and rows[0]["venue_place"] == "Berlin"
    rows = extract(
        "Indian External Affairs Minister S Jaishankar met Sri Lankan President Ranil Wickremesinghe in Colombo "
        "on Tuesday.",
        published="2024-05-08",
    )
    assert rows and rows[0]["venue_place"] == "Colombo" and rows[0]["venue_country"] == "LKA"


def test_a_visit_and_the_meeting_during_it_keep_the_person_not_the_state(extract):
    rows = extract(
        "Ukrainian President Volodymyr Zelensky visited Washington on Thursday, meeting US President Joe Biden "
        "at the White House.",
        published="2024-05-08",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert len(meetings) == 1 and _names(meetings[0]) == ["Joe Biden", "Volodymyr Zelensky"]


def test_audiences_one_after_another_are_separate_meetings(extract):
    rows = extract(
        "The Emir of Qatar Sheikh Tamim bin Hamad Al Thani received Sheikh Jassim bin Hamad Al Thani, and later "
        "Governor Sheikh Khalid bin Khalifa Al Thani.",
        published="2024-05-08",
    )
    assert len([r for r in rows if r["event_type"] == "MEETING"]) == 2


def test_talks_held_at_request_with_a_counterpart(extract):
    rows = extract(
        "Foreign Minister Penny Wong held telephone talks at request with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar on Monday.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["MEETING"]


def test_backing_a_named_initiative_is_support_with_its_owner_as_target(extract):
    rows = extract(
        "Kazakh President Kassym-Jomart Tokayev voiced support for China's Global Development Initiative.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert _names(rows[0], "target") == ["China"] and rows[0]["topic"] == "Global Development Initiative"
    rows = extract(
        "US Secretary of State Antony Blinken underscored Washington's ironclad commitment to the Philippines.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]


def test_the_conjunct_shares_the_reported_future_and_talks_restarted_are_a_mechanism(extract):
    rows = extract(
        "Scholz added that Germany would resume the long-stalled German-Polish security talks and launch a new "
        "joint council on energy.",
        published="2024-05-08",
    )
    projects = sorted(r["project"] for r in rows if r["event_type"] == "PROJECT_PROPOSAL")
    assert len(projects) == 2 and "security talks" in projects[0] and "joint council" in projects[1]


def test_a_document_calling_for_something_proposes_nothing(extract):
    rows = extract(
        "Tokyo will uphold the 1998 joint declaration calling for a new future-oriented partnership.",
        published="2024-05-08",
    )
    assert [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"] == []


def test_those_proposed_to_build_together_are_partners(extract):
    rows = extract(
        "Chinese President Xi Jinping proposed that China and Kazakhstan jointly build a cross-border economic "
        "cooperation zone.",
        published="2024-05-08",
    )
    proposals = [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"]
    assert proposals and _names(proposals[0], "partner") == ["Kazakhstan"]


def test_talks_held_during_a_visit_are_the_visits_meeting(extract):
    rows = extract(
        "South African President Cyril Ramaphosa paid a state visit to Ghana last week, where he held talks with "
        "President Nana Akufo-Addo.",
        published="2024-05-08",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert len(meetings) == 1 and _names(meetings[0]) == ["Cyril Ramaphosa", "Nana Akufo-Addo"]
    rows = extract(
        "After the visit of Chinese Vice President Han Zheng to Kenya, relations improved. "
        "Kenyan President William Ruto met Chinese Foreign Minister Wang Yi on Monday.",
        published="2024-05-08",
    )
    assert len([r for r in rows if r["event_type"] == "MEETING"]) == 2


def test_praise_citing_an_act_and_welcoming_a_resumption(extract):
    rows = extract(
        "Ethiopian Foreign Minister Demeke Mekonnen commended Djibouti, citing the role its president played in "
        "the peace process.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"] and _names(rows[0], "target") == ["Djibouti"]
    rows = extract(
        "Indian Prime Minister Narendra Modi welcomed the resumption of talks between the two sides.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert extract("Ethiopian Foreign Minister Demeke Mekonnen commended Djibouti.", published="2024-05-08") == []


def test_a_quoted_site_name_and_a_statement_in_the_talks_take_the_place(extract):
    rows = extract(
        'Chinese Ambassador Wang Yu met President Faustin-Archange Touadera at the Presidential Palace "Renaissance" '
        "on Monday. In the meeting, Wang Yu said China supports the Central African Republic's peace process.",
        published="2024-05-08",
    )
    assert {r["venue_place"] for r in rows} == {'Presidential Palace "Renaissance"'}


def test_reported_support_gratitude_for_support_and_a_bodys_leaders(extract):
    rows = extract(
        "Pakistani Prime Minister Shehbaz Sharif reiterated that Pakistan would continue to support Palestine.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert extract("The minister said Japan would support Vietnam if it asked.", published="2024-05-08") == []
    rows = extract(
        "Russian President Vladimir Putin expressed gratitude to Kim Jong Un for North Korea's support.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert _names(rows[0], "source") == ["North Korea"]
    rows = extract(
        "The EU leaders reaffirmed their unwavering support for Ukraine's independence.", published="2024-05-08"
    )
    assert rows and _names(rows[0], "source") == ["European Union"]
    rows = extract(
        "The Saudi crown prince lauded the efforts of Pakistani Prime Minister Shehbaz Sharif to promote peace.",
        published="2024-05-08",
    )
    assert rows and _names(rows[0], "target") == ["Shehbaz Sharif"]


def test_siding_with_and_throwing_weight_behind_are_support(extract):
    rows = extract("France threw its weight behind Morocco's autonomy plan.", published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"] and _names(rows[0], "target") == ["Morocco"]
    rows = extract("Hungary sided with Slovakia in the dispute.", published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert extract("The minister threw a party with the ambassadors.", published="2024-05-08") == []


def test_calling_on_states_to_act_is_an_appeal_not_a_courtesy_call(extract):
    rows = extract("Erdogan called on Azerbaijan and Armenia to open the Zangezur corridor.", published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"]


def test_glad_to_meet_is_a_meeting_ready_to_meet_is_not(extract):
    rows = extract(
        "Chinese President Xi Jinping said he was glad to meet Brazilian President Luiz Inacio Lula da Silva again.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["MEETING"]
    rows = extract(
        "Chinese President Xi Jinping said he was ready to meet Brazilian President Luiz Inacio Lula da Silva.",
        published="2024-05-08",
    )
    assert rows == []


def test_hosting_a_dinner_for_a_leader_is_meeting_them(extract):
    rows = extract(
        "US President Joe Biden hosted a state dinner for Kenyan President William Ruto on Thursday.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["MEETING"] and _names(rows[0]) == ["Joe Biden", "William Ruto"]
    assert extract("The embassy hosted a reception for the diplomatic community.", published="2024-05-08") == []


def test_speaking_highly_of_and_appreciating_an_owned_act(extract):
    rows = extract(
        "Pakistani Prime Minister Shehbaz Sharif spoke highly of China's Global Security Initiative.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"] and _names(rows[0], "target") == ["China"]
    rows = extract(
        "Chinese Premier Li Qiang highly appreciated Malaysia's adherence to the one-China policy.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert (
        extract("Russian Prime Minister Mikhail Mishustin spoke highly of the relationship.", published="2024-05-08")
        == []
    )
    assert extract("The minister appreciated the warm hospitality of the hosts.", published="2024-05-08") == []


def test_on_hand_to_receive_happened_but_arrived_to_meet_is_planned(extract):
    rows = extract(
        "Nigeria's Foreign Minister Yusuf Tuggar was on hand on Tuesday to receive US Secretary of State Antony "
        "Blinken at the airport in Abuja.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["MEETING"]
    assert (
        extract(
            "Kenyan President William Ruto arrived in Beijing to meet Chinese President Xi Jinping.",
            published="2024-05-08",
        )
        == []
    )


def test_lunch_with_a_leader_is_a_meeting(extract):
    rows = extract(
        "Brazilian President Luiz Inacio Lula da Silva had lunch with Argentine President Javier Milei.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["MEETING"]
    assert (
        extract("Brazilian President Luiz Inacio Lula da Silva had lunch at the palace.", published="2024-05-08") == []
    )


def test_calling_for_expediting_a_construction(extract):
    rows = extract(
        "Kazakh President Kassym-Jomart Tokayev called for expediting the construction of the Trans-Caspian route.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"] and "Trans-Caspian route" in rows[0]["project"]


def test_an_actor_is_listed_once(extract):
    rows = extract(
        "Pakistani Prime Minister Shehbaz Sharif assured Azad Kashmir Prime Minister Anwar-ul-Haq of Pakistan's "
        "support to Anwar-ul-Haq and his government.",
        published="2024-05-08",
    )
    for r in rows:
        names = [a["name"] for a in r["actors"]]
        assert len(names) == len(set(names))


def test_aspiration_to_host_a_round_of_a_dialogue_is_the_two_sides_proposal(extract):
    rows = extract(
        "Indonesian Foreign Minister Retno Marsudi held talks with her Australian counterpart Penny Wong in "
        "Jakarta on Monday. The two ministers discussed trade and voiced their aspiration for Indonesia to host "
        "the third round of the bilateral maritime dialogue in the first half of next year.",
        published="2023-10-18",
    )
    proposals = [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"]
    assert len(proposals) == 1
    assert _names(proposals[0], "proposer") == ["Penny Wong", "Retno Marsudi"]
    assert "third round of the bilateral maritime dialogue" in proposals[0]["project"]
    assert proposals[0]["event_date"] == "2023-10-16"  # when it was voiced, not when the round is to be held


@pytest.mark.parametrize(
    "text",
    [
        "Indonesian Foreign Minister Retno Marsudi said Indonesia will host the third round of the maritime dialogue.",
        "Indonesian Foreign Minister Retno Marsudi said Indonesia is willing to host a successful ASEAN summit.",
    ],
)
def test_announcing_a_hosting_or_hosting_a_summit_is_no_proposal(extract, text):
    assert [r for r in extract(text) if r["event_type"] == "PROJECT_PROPOSAL"] == []


def test_a_project_hung_on_the_vague_head_is_a_second_proposal_of_the_speaker(extract):
    rows = extract(
        "Chinese Premier Li Qiang met Tanzanian President Samia Suluhu Hassan in Beijing on Monday. The two "
        "countries should deepen trade ties, Li said, calling for swift progress in building the new container "
        "port in Tanzania as well as a railway linking Tanzania and Zambia.",
        published="2023-10-18",
    )
    proposals = {r["project"]: r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"}
    assert sorted(proposals) == ["new container port in Tanzania", "railway linking Tanzania and Zambia"]
    for r in proposals.values():
        assert _names(r, "proposer") == ["Li Qiang"]  # who said it, not the clause's "two countries"
        assert r["venue_place"] == "Beijing"  # where it was said, not where the port is to be built
    assert _names(proposals["new container port in Tanzania"], "partner") == ["Tanzania"]
    assert _names(proposals["railway linking Tanzania and Zambia"], "partner") == ["Tanzania", "Zambia"]


def test_formalising_a_mechanism_is_a_proposal(extract):
    rows = extract("The African Union will also formalise a joint monitoring mechanism for Sudan's transition.")
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"]
    assert _names(rows[0], "proposer") == ["African Union"] and _names(rows[0], "partner") == ["Sudan"]


def test_ready_to_strengthen_a_named_project_is_a_proposal(extract):
    rows = extract(
        '"Kazakhstan is ready to work with Uzbekistan to strengthen the Central Asian power grid," '
        "the Kazakh president said."
    )
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"]
    assert _names(rows[0], "partner") == ["Uzbekistan"] and rows[0]["project"] == "Central Asian power grid"
    # strengthening what is no project stays no proposal
    assert (
        extract('"Kazakhstan is ready to strengthen its friendship with Uzbekistan," the Kazakh president said.') == []
    )


def test_border_checkpoints_and_gates_are_infrastructure(extract):
    rows = extract(
        "Kyrgyz President Sadyr Japarov called for expanding trade and tourism as well as promoting the "
        "construction of modern border checkpoints with Kazakhstan."
    )
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"]
    assert "border checkpoints" in rows[0]["project"] and _names(rows[0], "partner") == ["Kazakhstan"]


def test_defending_or_upholding_another_partys_rights_is_support(extract):
    rows = extract(
        '"The position of the Hashemite Kingdom of Jordan remains firm on this issue and in defending the '
        'legitimate rights of the Palestinians," Jordanian Foreign Minister Ayman Safadi said.'
    )
    assert [r["event_type"] for r in rows] == ["SUPPORT_STATEMENT"]
    assert _names(rows[0], "source") == ["Ayman Safadi"]  # the holder of the position, speaking for it
    assert [(a["name"], a["kind"], a["country"]) for a in rows[0]["actors"] if a["role"] == "target"] == [
        ("Palestinian people", "group", "PSE")
    ]
    rows = extract(
        "Algerian Foreign Minister Ahmed Attaf said Algeria's stance remains steadfast in upholding the "
        "sovereignty of Lebanon."
    )
    assert _names(rows[0], "target") == ["Lebanon"] and rows[0]["topic"] == "sovereignty of Lebanon"
    # defending one's own state's right backs no one
    assert extract("Israeli Prime Minister Benjamin Netanyahu defended Israel's right to respond.") == []


def test_talks_said_to_have_taken_place_are_a_meeting_of_the_two_just_named(extract):
    lead = (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Tuesday to expand trade. "
    )
    rows = extract(lead + "The phone talks took place two days after Ruto returned from Washington.")
    assert [r["event_type"] for r in rows] == ["MEETING"]
    assert _names(rows[0]) == ["Samia Suluhu Hassan", "William Ruto"]
    assert rows[0]["event_date"] == "2023-10-17"  # "two days after" another event dates nothing by itself
    assert extract(lead + "The meeting will take place in Arusha next month.") == []
    assert extract(lead + "The meeting did not take place in Arusha.") == []


def test_a_recalled_meeting_takes_its_finest_date_and_a_visit_paid_to_a_host(extract):
    rows = extract(
        "Kenyan President William Ruto recalled his talks with Chinese President Xi Jinping in 2023. "
        "Ruto and Xi held talks in Beijing in October 2023, the statement said.",
        published="2024-05-01",
    )
    assert [(r["event_type"], r["event_date"]) for r in rows] == [("MEETING", "2023-10")]
    rows = extract(
        "Sheikh Tamim bin Hamad Al Thani had visited Japan twice as crown prince before paying his first visit as "
        "Emir to Emperor Naruhito at the Imperial Palace in Tokyo in February 2023, the ambassador noted.",
        published="2024-05-01",
    )
    met = [r for r in rows if "Emperor Naruhito" in _names(r)]
    assert met and met[0]["event_date"] == "2023-02"


def test_a_summit_named_by_two_states_is_their_leaders_meeting(extract):
    rows = extract(
        "Argentine President Javier Milei arrived in Brasilia on Monday. "
        '"We are partners," Brazilian President Luiz Inacio Lula da Silva said in his opening remarks at the '
        "Brazil-Argentina summit held at the Planalto Palace that afternoon.",
        published="2024-03-20",
    )
    meetings = [r for r in rows if r["event_type"] == "MEETING"]
    assert len(meetings) == 1 and _names(meetings[0]) == ["Javier Milei", "Luiz Inacio Lula da Silva"]
    assert meetings[0]["venue_place"] == "Planalto Palace"


def test_a_district_keeps_its_city(extract):
    rows = extract(
        "Japanese Prime Minister Fumio Kishida held talks with Indian Prime Minister Narendra Modi in "
        "Chanakyapuri, New Delhi, on Monday.",
        published="2024-03-20",
    )
    assert rows[0]["venue_place"] == "Chanakyapuri, New Delhi" and rows[0]["venue_country"] == "IND"


def test_a_visit_dated_in_the_past_happened_whatever_was_agreed_during_it(extract):
    rows = extract(
        "Kenya and Ethiopia agreed to boost trade during Ethiopian Prime Minister Abiy Ahmed's visit to Nairobi "
        "earlier this month."
    )
    assert [(r["event_type"], r["event_date"]) for r in rows] == [("MEETING", "2023-10")]
    assert _names(rows[0]) == ["Abiy Ahmed", "Kenya"]
    planned = "Kenya and Ethiopia agreed to boost trade during Ethiopian Prime Minister Abiy Ahmed's visit to Nairobi."
    assert extract(planned) == []


def test_a_phrase_the_parser_hangs_on_the_verb_after_the_project_belongs_to_it(extract):
    rows = extract(
        "Australian Prime Minister Anthony Albanese added that Australia would launch a new advisory body on "
        "critical minerals."
    )
    assert [r["project"] for r in rows] == ["new advisory body on critical minerals"]


def test_a_project_proposed_in_bilateral_talks_is_proposed_to_the_other_side(extract):
    rows = extract(
        "Indonesian President Joko Widodo held talks with Japanese Prime Minister Fumio Kishida in Jakarta on "
        "Monday. Widodo proposed setting up a joint maritime security council.",
        published="2023-10-18",
    )
    proposals = [r for r in rows if r["event_type"] == "PROJECT_PROPOSAL"]
    assert len(proposals) == 1 and _names(proposals[0], "partner") == ["Japan"]
    assert proposals[0]["venue_place"] == "Jakarta"


def test_hope_for_a_project_with_the_for_hung_on_the_verb(extract):
    rows = extract(
        "Thai Prime Minister Srettha Thavisin voiced his hope for the early conclusion of a free trade agreement "
        "with Sri Lanka.",
        published="2024-05-08",
    )
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"] and "free trade agreement" in rows[0]["project"]


def test_a_minister_voicing_their_states_readiness_to_finance_a_project_proposes_it(extract):
    rows = extract(
        "Egyptian Prime Minister Mostafa Madbouly expressed Egypt's readiness to finance the reconstruction of "
        "the Beirut port."
    )
    assert [r["event_type"] for r in rows] == ["PROJECT_PROPOSAL"]
    assert _names(rows[0], "proposer") == ["Mostafa Madbouly"] and "Beirut port" in rows[0]["project"]


def test_a_position_that_remains_in_support_of_something_is_support(extract):
    rows = extract("Norway's position remains unchanged in support of the two-state solution.")
    assert [(r["event_type"], r["topic"]) for r in rows] == [("SUPPORT_STATEMENT", "two-state solution")]
    assert _names(rows[0], "source") == ["Norway"]
