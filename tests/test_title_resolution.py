"""Title-only mentions ("the Prime Minister", "His Highness the Amir", "the Chinese president") resolve
to the person the article introduced with that title, to the state when the title names one and nobody
was introduced for it, and to nobody when two holders fit equally."""

from __future__ import annotations

import pytest

from extractor.actors import ActorResolver, home_state_of, outlet_state_of
from tests.row_helpers import of_type, parties


def _resolve(nlp, text: str, word: str, occurrence: int = -1, home_state: str | None = None):
    doc = nlp(text)
    resolver = ActorResolver(doc, home_state)
    tokens = [t for t in doc if t.text == word]
    return resolver.resolve(tokens[occurrence], expand_conj=False)


def _meetings(extract_fn, text: str, **kw):
    return of_type(extract_fn(text, **kw), "MEETING")


def test_a_title_before_to_a_name_is_not_that_persons(extract):
    # "his first visit as Amir to King Abdullah II": "Amir" is the visitor's title, not the King's, so
    # "His Highness the Amir" stays the Amir of Qatar
    text = (
        "The Amir of Qatar Sheikh Tamim bin Hamad Al Thani sent his greetings to King Abdullah II of Jordan on "
        "Monday. King Abdullah II thanked him for the message. His Highness the Amir had visited Jordan twice "
        "before paying his first visit as Amir to King Abdullah II in Amman in May 2022, the embassy noted."
    )
    meetings = _meetings(extract, text)
    assert any(parties(m) == {"Sheikh Tamim bin Hamad Al Thani", "King Abdullah II"} for m in meetings)


def test_a_title_set_before_a_name_with_a_comma_gives_that_person_its_state(nlp):
    # "the Minister of Trade of Peru, Ana Ruiz,": Ruiz is Peru's, also where only her name is written
    text = (
        "Foreign Minister Tesfaye Bekele held talks with the Minister of Trade of Peru, Ana Ruiz, on Monday. "
        "Ruiz said the talks were useful."
    )
    (actor,) = _resolve(nlp, text, "Ruiz")
    assert (actor.name, actor.kind, actor.country) == ("Ana Ruiz", "person", "PER")
    # the state of her title is not given to the other party
    (bekele,) = _resolve(nlp, text, "Bekele")
    assert bekele.country is None


def test_a_states_title_goes_to_its_holder_not_to_another_of_its_people(nlp):
    text = (
        "Chinese President Xi Jinping received the visitors in Beijing. Chinese Foreign Minister Wang Yi "
        "also attended. The Chinese president said the two sides had kept in close touch."
    )
    (actor,) = _resolve(nlp, text, "president")
    assert actor.name == "Xi Jinping"


def test_a_states_title_with_nobody_introduced_for_it_is_the_state(nlp):
    # the one state-less minister named is the subject of the same sentence: the Afghan minister is
    # someone else, whom the article does not name
    text = (
        "Deputy Prime Minister and Foreign Minister Ahmed Raza left for Kabul on Monday. "
        "In Kabul, Raza will meet the Afghan Foreign Minister to discuss trade."
    )
    (actor,) = _resolve(nlp, text, "Minister")
    assert (actor.kind, actor.country) == ("country", "AFG")


def test_two_presidents_side_by_side_leave_the_bare_title_unresolved(nlp):
    text = (
        "The summit in Addis Ababa brought together Kenyan President William Ruto and Ghanaian President "
        "Nana Akufo-Addo. Reporters later asked the President about trade."
    )
    assert _resolve(nlp, text, "President") == []
    # with one president named, the bare title is he
    text = "Kenyan President William Ruto opened the fair in Nairobi. Reporters later asked the President about trade."
    (actor,) = _resolve(nlp, text, "President")
    assert actor.name == "William Ruto"


def test_a_governments_readout_speaks_of_its_own_prime_minister_by_title(extract, nlp):
    text = (
        "The Prime Minister met the Prime Minister of New Zealand, Christopher Luxon, in Rome today.\n\n"
        "The Prime Minister said the two countries would deepen their trade ties."
    )
    meetings = _meetings(extract, text, published="2024-11-18", source="UK Prime Minister's Office")
    assert [parties(m) for m in meetings] == [{"United Kingdom", "Christopher Luxon"}]
    # the same text from a news agency names no government: the bare title stays unresolved
    assert _meetings(extract, text, published="2024-11-18", source="Reuters") == []
    # a readout that names its prime minister before the bare title keeps him
    text = (
        "Prime Minister Keir Starmer met the Prime Minister of New Zealand, Christopher Luxon, in Rome today. "
        "The Prime Minister said the two countries would deepen their trade ties."
    )
    (actor,) = _resolve(nlp, text, "Minister", home_state="GBR")
    assert actor.name == "Keir Starmer"


def test_the_home_state_is_a_governments_not_a_news_agencys():
    assert home_state_of("UK Prime Minister's Office") == "GBR"
    assert home_state_of("Ministry of Foreign Affairs of Japan") == "JPN"
    assert home_state_of("Ghana News Agency") is None
    assert home_state_of("Reuters") is None
    assert home_state_of(None) is None
    # publishers whose names state no country: the table of governments in data/outlets.json
    assert home_state_of("GOV.UK") == "GBR"
    assert home_state_of("Prime Minister's Office, 10 Downing Street") == "GBR"
    assert home_state_of("The White House") == "USA"
    assert home_state_of("Kremlin") == "RUS"
    # whole names only: "Kremlinology Weekly" is no government
    assert home_state_of("Kremlinology Weekly") is None


def test_a_government_publisher_without_a_state_in_its_name_speaks_of_its_own_by_title(extract):
    # a readout on GOV.UK: "The Prime Minister" is the United Kingdom, and "Ireland's Taoiseach, X" is Irish
    text = "The Prime Minister held talks with Ireland's Taoiseach, Niamh Byrne, this afternoon."
    (meeting,) = _meetings(extract, text, published="2025-07-18", source="GOV.UK")
    assert {(a["name"], a["country"]) for a in meeting["actors"]} == {("United Kingdom", "GBR"), ("Niamh Byrne", "IRL")}
    assert _meetings(extract, text, published="2025-07-18", source="Reuters") == []


def test_counted_envoys_are_the_states_listed_after_them(extract):
    text = (
        "SEOUL, March 3 (Yonhap) -- Prime Minister Kim Min-jun sat down with the ambassadors of four countries "
        "on Friday and asked them to back the city's bid to host the games, his office said.\n\n"
        "Attending were the ambassadors of Ghana, Peru, Chile and Kenya."
    )
    meetings = _meetings(extract, text, published="2023-03-03")
    assert [parties(m) for m in meetings] == [{"Kim Min-jun", "Ghana", "Peru", "Chile", "Kenya"}]
    # a list of another length is not the envoys
    text = (
        "Prime Minister Kim Min-jun sat down with the ambassadors of four countries on Friday, his office said.\n\n"
        "He later flew to Ghana, Peru and Chile."
    )
    assert _meetings(extract, text, published="2023-03-03") == []


def test_the_title_after_the_next_persons_comma_is_not_the_first_persons(nlp):
    # "to King X, to His Royal Highness Prince Y, Crown Prince, ...": the words after the King's comma
    # are the Crown Prince's, so "the Crown Prince" is Y, though the King was the subject since
    text = (
        "The ministry sent its congratulations to King Salim bin Hamad Al Rashid, to His Royal Highness Prince "
        "Faisal bin Salim Al Rashid, Crown Prince and Minister of Defence, and to the people of the kingdom. "
        "King Salim bin Hamad Al Rashid thanked the ministry on Monday. The Crown Prince also sent a message."
    )
    (actor,) = _resolve(nlp, text, "Prince")
    assert actor.name == "Prince Faisal bin Salim Al Rashid"


def test_the_state_of_a_body_in_a_title_is_the_holders(nlp):
    # "Speaker of the National Assembly of the Republic of Korea": the state ends the body's name
    text = (
        "Ghana's Speaker Alban Bagbin held a meeting with Woo Won-shik, Speaker of the National Assembly of the"
        " Republic of Korea, in Accra on Monday."
    )
    (actor,) = _resolve(nlp, text, "Woo")
    assert (actor.name, actor.country) == ("Woo Won-shik", "KOR")
    # a body of no state gives none
    text = "Ghana's Speaker Alban Bagbin met Woo Won-shik, Speaker of the Inter-Parliamentary Union, on Monday."
    (actor,) = _resolve(nlp, text, "Woo")
    assert actor.country is None


def test_a_state_the_ner_ran_into_the_name_is_still_the_holders(nlp):
    # the NER tags "Turkmenistan Serdar Berdimuhamedow" as one organisation
    text = "Russian Foreign Minister Sergey Lavrov met President of Turkmenistan Serdar Berdimuhamedow in Ashgabat."
    (actor,) = _resolve(nlp, text, "Berdimuhamedow")
    assert actor.country == "TKM"


@pytest.mark.parametrize(
    "source, state",
    [
        ("Yonhap", "KOR"),
        ("IANS (Yonhap)", "KOR"),  # the agency in brackets wrote it
        ("KUNA (via MENAFN)", "KWT"),  # what came "via" another was only republished there
        ("Arab News / SPA", "SAU"),  # the credit after the slash
        ("Capital FM (Kenya)", "KEN"),  # a state in brackets says it
        ("Interfax-Ukraine", "UKR"),
        ("Reuters", None),  # an international outlet names every side's state
        ("i24NEWS (AFP)", None),
        ("The Daily Bugle", None),
        (None, None),
        # an outlet the table does not list whose name is its state's
        ("KBC (Kenya Broadcasting Corporation)", "KEN"),
        ("The Lusaka Times of Zambia", "ZMB"),
        ("New Zealand Herald", "NZL"),
        ("Voice of Kenya and Uganda", None),  # two states: neither
    ],
)
def test_the_state_an_outlet_reports_from(source, state):
    assert outlet_state_of(source) == state


def test_a_national_outlet_filing_from_home_names_its_own_officials_by_title(extract):
    text = (
        "Foreign Minister Cho Hyun held talks with Japanese Foreign Minister Takeshi Iwaya on Monday, the ministry"
        " said.\n\nThe two discussed trade and security."
    )

    def states(source, dateline="Seoul"):
        (meeting,) = _meetings(extract, text, published="2025-03-03", dateline=dateline, source=source)
        return {a["name"]: a["country"] for a in meeting["actors"]}

    assert states("Yonhap") == {"Cho Hyun": "KOR", "Takeshi Iwaya": "JPN"}
    # an international agency's copy says nothing of the sort
    assert states("Reuters")["Cho Hyun"] is None
    # nor does the national outlet's copy filed abroad, where it may leave a foreign official's state unsaid
    assert states("Yonhap", dateline="Tokyo")["Cho Hyun"] is None
    # its copy with no dateline is taken as filed at home
    assert states("Yonhap", dateline=None)["Cho Hyun"] == "KOR"


def test_a_bodys_office_holder_is_no_home_official(extract):
    text = "NATO Secretary General Mark Rutte held talks with Foreign Minister Cho Hyun in Seoul on Monday."
    (meeting,) = _meetings(extract, text, published="2025-03-03", dateline="Seoul", source="Yonhap")
    assert {a["name"]: a["country"] for a in meeting["actors"]} == {"Mark Rutte": None, "Cho Hyun": "KOR"}
