"""Support statements and project proposals in common wire-story phrasings, each in a sentence of our
own, through the real model.

Each test pins one general construction with sentences written for it (invented or real-sounding
parties, never a sentence of an evaluation article) and at least one that must not fire.
"""

from __future__ import annotations

from row_helpers import names_in_role as _role
from row_helpers import of_type as _of_type


def _support(extract, text):
    return _of_type(extract(text, published="2024-05-10"), "SUPPORT_STATEMENT")


def _proposals(extract, text):
    return _of_type(extract(text, published="2024-05-10"), "PROJECT_PROPOSAL")


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


def test_bringing_a_programme_into_alignment_with_a_named_initiative_proposes_the_pairing(extract):
    (p,) = _proposals(
        extract,
        "Kazakh President Kassym-Jomart Tokayev said Kazakhstan would bring its Bright Road policy into alignment "
        "with China's Belt and Road Initiative.",
    )
    assert _role(p, "proposer") == ["Kassym-Jomart Tokayev"] and _role(p, "partner") == ["China"]
    assert p["project"] == "bringing its Bright Road policy into alignment with China's Belt and Road Initiative"
    (p,) = _proposals(
        extract,
        "Lao Prime Minister Sonexay Siphandone proposed to bring the Lao national development plan into full "
        "alignment with the Global Development Initiative.",
    )
    assert p["project"].startswith("bringing the Lao national development plan into full alignment with")
    # the last of a list of verbs sharing one "will"
    (p,) = _proposals(
        extract,
        "Mongolia will keep its ties with China strong, step up high-level exchanges, bring its own strategies into "
        "close alignment with the Belt and Road Initiative and deepen trade, Mongolian Foreign Minister Batmunkh "
        "Battsetseg said.",
    )
    assert _role(p, "proposer") == ["Batmunkh Battsetseg"]
    assert "Belt and Road Initiative" in p["project"]
    # refused, or "bring" with no alignment: nothing is paired
    assert (
        _proposals(
            extract,
            "Mongolian Foreign Minister Batmunkh Battsetseg said Mongolia would not bring its development strategy "
            "into alignment with the Belt and Road Initiative.",
        )
        == []
    )
    assert (
        _proposals(
            extract,
            "Serbian President Aleksandar Vucic said Serbia would bring Chinese investment to the new industrial zone.",
        )
        == []
    )


def test_a_project_after_the_third_verb_of_a_list_shares_the_first_verbs_will(extract):
    rows = _proposals(
        extract,
        "Japan would restart the security dialogue, expand trade and launch a new joint commission on fisheries, "
        "Japanese Prime Minister Fumio Kishida said.",
    )
    assert "new joint commission on fisheries" in [r["project"] for r in rows]
    (p,) = _proposals(
        extract,
        "Ghana will deepen trade with Togo, open new border posts and build the Accra-Lome coastal highway, Ghanaian "
        "President John Mahama said.",
    )
    assert _role(p, "proposer") == ["John Mahama"] and "Accra-Lome coastal highway" in p["project"]
    # a list of what was done, with no "will", proposes nothing
    assert (
        _proposals(
            extract,
            "Ghana deepened trade with Togo, opened new border posts and completed the Accra-Lome coastal highway "
            "last year, Ghanaian President John Mahama said.",
        )
        == []
    )


def test_a_project_wanted_done_in_the_passive_is_proposed(extract):
    (p,) = _proposals(
        extract, "Chinese President Xi Jinping said the Vientiane-Boten railway should be completed on schedule."
    )
    assert _role(p, "proposer") == ["Xi Jinping"] and p["project"] == "Vientiane-Boten railway"
    (p,) = _proposals(extract, "Kazakh President Kassym-Jomart Tokayev called for the Middle Corridor to be expanded.")
    assert _role(p, "proposer") == ["Kassym-Jomart Tokayev"] and p["project"] == "Middle Corridor"
    (p,) = _proposals(
        extract,
        "Nigeria and Ghana agreed to step up their efforts so that the Lagos-Calabar railway project is completed "
        "on time.",
    )
    assert _role(p, "proposer") == ["Ghana", "Nigeria"] and p["project"] == "Lagos-Calabar railway"
    # a project reported done is no proposal
    assert (
        _proposals(extract, "The Lagos-Calabar railway was completed in 2020, Nigerian President Bola Tinubu said.")
        == []
    )
    assert (
        _proposals(
            extract,
            "Nigerian President Bola Tinubu said the Lagos-Calabar railway had been completed ahead of schedule.",
        )
        == []
    )


def test_what_a_project_needs_in_reported_speech_is_the_speakers_proposal(extract):
    (p,) = _proposals(
        extract,
        "Kenyan President William Ruto said the Standard Gauge Railway extension needs to be finished by 2027.",
    )
    assert _role(p, "proposer") == ["William Ruto"] and p["project"] == "Standard Gauge Railway extension"
    (p,) = _proposals(
        extract,
        "Iranian Ambassador Reza Amiri stressed that work on the Trans-Caspian gas pipeline needed to be speeded up.",
    )
    assert _role(p, "proposer") == ["Reza Amiri"] and p["project"] == "Trans-Caspian gas pipeline"
    (p,) = _proposals(
        extract,
        "Kenya and Uganda need to complete the Standard Gauge Railway extension, Kenyan President William Ruto said.",
    )
    assert _role(p, "partner") == ["Uganda"]
    # a freight train service named by the states it runs through is a project
    (p,) = _proposals(
        extract, "The Iranian envoy said work on the Iran-Iraq-Syria freight train needed to be speeded up."
    )
    assert p["project"] == "Iran-Iraq-Syria freight train" and _role(p, "partner") == ["Iraq", "Syria"]
    (p,) = _proposals(
        extract,
        "Kazakh President Kassym-Jomart Tokayev proposed launching a Kazakhstan-Turkmenistan-Iran freight train.",
    )
    assert p["project"] == "Kazakhstan-Turkmenistan-Iran freight train"
    assert (
        _proposals(
            extract, "Kazakh President Kassym-Jomart Tokayev rode the Kazakhstan-Turkmenistan-Iran freight train."
        )
        == []
    )
    # not needed, or needing something other than being built
    assert (
        _proposals(
            extract,
            "Kenyan President William Ruto said the Standard Gauge Railway extension did not need to be finished by "
            "2027.",
        )
        == []
    )
    assert (
        _proposals(extract, "The Standard Gauge Railway extension needed repairs, Kenyan President William Ruto said.")
        == []
    )


def test_the_first_leader_to_congratulate_someone_congratulated_them(extract):
    (s,) = _support(
        extract,
        "Hungarian Prime Minister Viktor Orban was the first European leader to congratulate Donald Trump on his "
        "victory.",
    )
    assert _role(s, "source") == ["Viktor Orban"] and _role(s, "target") == ["Donald Trump"]
    (s,) = _support(
        extract,
        "French President Emmanuel Macron was one of the first leaders to send Donald Trump his congratulations.",
    )
    assert _role(s, "source") == ["Emmanuel Macron"] and _role(s, "target") == ["Donald Trump"]
    (s,) = _support(
        extract,
        "Turkish President Recep Tayyip Erdogan was among the first to back Azerbaijan's bid to host the summit.",
    )
    assert _role(s, "source") == ["Recep Tayyip Erdogan"] and _role(s, "target") == ["Azerbaijan"]
    # to be the first to do it has not happened yet
    assert (
        _support(
            extract,
            "Kenyan President William Ruto will be the first leader to congratulate Samia Suluhu Hassan on her "
            "victory.",
        )
        == []
    )


def test_congratulations_sent_to_someone_read_as_two_objects_name_them(extract):
    (s,) = _support(
        extract,
        "Kenyan President William Ruto sent Tanzanian President Samia Suluhu Hassan his congratulations on her "
        "re-election.",
    )
    assert _role(s, "source") == ["William Ruto"] and _role(s, "target") == ["Samia Suluhu Hassan"]
    (s,) = _support(
        extract,
        "Earlier in the day, Brazilian President Luiz Inacio Lula da Silva had sent Javier Milei his "
        '"congratulations".',
    )
    assert _role(s, "target") == ["Javier Milei"]
    (s,) = _support(extract, "Spanish Prime Minister Pedro Sanchez sent Keir Starmer his warm congratulations.")
    assert _role(s, "target") == ["Keir Starmer"]
    assert (
        _support(extract, "Spanish Prime Minister Pedro Sanchez did not send Keir Starmer his congratulations.") == []
    )


def test_acknowledging_a_partys_progress_or_efforts_praises_that_party(extract):
    (s,) = _support(
        extract,
        "Cuban Foreign Minister Bruno Rodriguez acknowledged Namibia's progress towards universal health coverage.",
    )
    assert _role(s, "source") == ["Bruno Rodriguez"] and _role(s, "target") == ["Namibia"]
    (s,) = _support(
        extract, "Kenyan President William Ruto acknowledged Ethiopia's efforts to restore peace in the region."
    )
    assert _role(s, "target") == ["Ethiopia"]
    (s,) = _support(
        extract, "Indonesian Foreign Minister Retno Marsudi acknowledged Malaysia's role in the Mindanao peace talks."
    )
    assert _role(s, "target") == ["Malaysia"]
    # an acknowledged backing is the backer's (one event, Belarus backing Cuba), hospitality is no act, and a
    # denial is none
    (s,) = _support(extract, "Cuban Foreign Minister Bruno Rodriguez acknowledged Minsk's support for Havana.")
    assert _role(s, "source") == ["Belarus"]
    assert _support(extract, "The Kenyan minister acknowledged the hospitality of the hosts.") == []
    assert (
        _support(extract, "Kenyan President William Ruto did not acknowledge Ethiopia's efforts to restore peace.")
        == []
    )


def test_a_themed_year_of_exchanges_between_two_states_is_a_project(extract):
    (p,) = _proposals(
        extract,
        "Thailand and Laos should organise a Thailand-Laos Tourism Year, Thai Prime Minister Srettha Thavisin said.",
    )
    assert _role(p, "partner") == ["Laos"] and p["project"] == "Thailand-Laos Tourism Year"
    (p,) = _proposals(
        extract,
        "Japanese Prime Minister Fumio Kishida and Indonesian President Joko Widodo agreed to launch the "
        "Japan-Indonesia Year of Tourism.",
    )
    assert p["project"] == "Japan-Indonesia Year of Tourism"
    (p,) = _proposals(
        extract, "Chinese President Xi Jinping proposed holding the China-Russia Years of Culture in 2024 and 2025."
    )
    assert _role(p, "partner") == ["Russia"]
    # a year that is only a date, or a themed year only celebrated, proposes nothing
    assert _proposals(extract, "Kenyan President William Ruto said Kenya would make this year a success.") == []
    assert _proposals(extract, "Kenyan President William Ruto celebrated the Kenya-Uganda Friendship Year.") == []


def test_a_specified_arrangement_between_states_is_a_project(extract):
    (p,) = _proposals(extract, "Chinese Premier Li Qiang proposed a new currency swap arrangement with Argentina.")
    assert _role(p, "partner") == ["Argentina"] and p["project"].startswith("new currency swap arrangement")
    (p,) = _proposals(
        extract,
        "Japanese Prime Minister Fumio Kishida said Japan was ready to sign a reciprocal access arrangement with "
        "the Philippines.",
    )
    assert _role(p, "partner") == ["Philippines"]
    (p,) = _proposals(
        extract,
        "The Qatari envoy offered to cooperate on a government-to-government arrangement for supplying liquefied "
        "natural gas.",
    )
    assert p["project"].startswith("government-to-government arrangement")
    # an arrangement named by nothing, or of no cooperation, is none
    assert _proposals(extract, "Kenyan President William Ruto proposed new arrangements for the talks.") == []
    assert (
        _proposals(
            extract,
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed discussed the seating arrangement.",
        )
        == []
    )


def test_making_sure_a_project_succeeds_or_ensuring_its_completion_proposes_it(extract):
    (p,) = _proposals(
        extract,
        "Ethiopia and Djibouti should make sure the solar power project at Tadjourah goes ahead, Ethiopian Prime "
        "Minister Abiy Ahmed said.",
    )
    assert _role(p, "proposer") == ["Abiy Ahmed"] and _role(p, "partner") == ["Djibouti"]
    assert p["project"] == "solar power project"
    (p,) = _proposals(
        extract,
        "Kazakh President Kassym-Jomart Tokayev said Kazakhstan would ensure that the Kambarata dam is completed by "
        "2027.",
    )
    assert p["project"] == "Kambarata dam"
    (p,) = _proposals(
        extract,
        "Lao Prime Minister Sonexay Siphandone called on both sides to ensure the safe operation of the "
        "Vientiane-Boten railway.",
    )
    assert p["project"] == "Vientiane-Boten railway"
    # made sure of already, sure of no project, or of projects in general: no proposal
    for text in (
        "Chinese President Xi Jinping said China had made sure the Vientiane-Boten railway was completed on schedule.",
        "Chinese President Xi Jinping said China and Laos should make sure that their ties remain strong.",
        "Chinese President Xi Jinping urged both sides to ensure the safety of Chinese citizens.",
        "Kenyan President William Ruto said Kenya would ensure that energy projects benefit local people.",
    ):
        assert _proposals(extract, text) == [], text


def test_assuring_someone_that_backing_will_come_is_support(extract):
    (s,) = _support(
        extract,
        "Kenyan President William Ruto assured Somali President Hassan Sheikh Mohamud that the government would "
        "extend full support to Somalia.",
    )
    assert _role(s, "source") == ["William Ruto"] and _role(s, "target") == ["Somalia"]
    (s,) = _support(
        extract,
        "French President Emmanuel Macron assured Ukrainian President Volodymyr Zelensky that France would provide "
        "its full support to Ukraine.",
    )
    assert _role(s, "source") == ["Emmanuel Macron"] and _role(s, "target") == ["Ukraine"]
    (s,) = _support(
        extract,
        "Nigerian President Bola Tinubu assured Ghanaian President John Mahama that his administration would lend "
        "its support to Ghana.",
    )
    assert _role(s, "target") == ["Ghana"]
    # on a condition, or an assurance not given: no support
    assert (
        _support(
            extract,
            "Kenyan President William Ruto assured Hassan Sheikh Mohamud that the government would extend its support "
            "to Somalia if the elections are held.",
        )
        == []
    )
    assert (
        _support(
            extract,
            "Kenyan President William Ruto did not assure Hassan Sheikh Mohamud that the government would extend its "
            "support to Somalia.",
        )
        == []
    )


def test_a_project_said_to_have_been_proposed_by_someone_is_their_dated_proposal(extract):
    (p,) = _proposals(
        extract,
        "The Belt and Road Initiative, proposed by Chinese President Xi Jinping in 2013, has drawn more than 150 "
        "countries.",
    )
    assert _role(p, "proposer") == ["Xi Jinping"] and p["project"] == "Belt and Road Initiative"
    assert p["event_date"] == "2013"
    (p,) = _proposals(
        extract,
        "Kazakhstan has joined the Global Development Initiative that Chinese President Xi Jinping proposed in 2021.",
    )
    assert _role(p, "proposer") == ["Xi Jinping"] and p["event_date"] == "2021"
    (p,) = _proposals(
        extract, "The Lobito corridor, first proposed by Angola in 2019, links the port to the Zambian copperbelt."
    )
    assert _role(p, "proposer") == ["Angola"] and p["project"] == "Lobito corridor"
    # not proposed, or only to be proposed
    assert _proposals(extract, "The Lobito corridor was not proposed by Angola.") == []
    assert _proposals(extract, "The railway plan to be proposed by Kenya next month links Nairobi and Kampala.") == []


def test_welcoming_what_two_parties_agreed_backs_both(extract):
    (s,) = _support(extract, "France welcomed what Serbia and Kosovo had agreed.")
    assert _role(s, "source") == ["France"] and _role(s, "target") == ["Kosovo", "Serbia"]
    (s,) = _support(extract, "The African Union hailed what Ethiopia and Eritrea achieved in Asmara.")
    assert _role(s, "target") == ["Eritrea", "Ethiopia"]
    (s,) = _support(extract, "Russia welcomed what North Macedonia and Greece agreed on at their talks in Prespa.")
    assert _role(s, "target") == ["Greece", "North Macedonia"]
    # not welcomed, only asked about, or still to come
    for text in (
        "Russia did not welcome what Serbia and Kosovo agreed.",
        "Russia asked what Serbia and Kosovo had agreed.",
        "Russia would welcome whatever Serbia and Kosovo agree.",
    ):
        assert _support(extract, text) == [], text


def test_a_project_reported_done_in_a_clause_is_no_proposal(extract):
    for text in (
        "Kenyan President William Ruto welcomed that the Standard Gauge Railway was completed ahead of schedule.",
        "Kenyan President William Ruto announced that the Standard Gauge Railway had been completed.",
        "Kenyan President William Ruto agreed that the Standard Gauge Railway was built too quickly.",
    ):
        assert _proposals(extract, text) == [], text
    # what is still to be done stays a proposal
    (p,) = _proposals(
        extract, "Kenyan President William Ruto said the Standard Gauge Railway will be completed next year."
    )
    assert p["project"] == "Standard Gauge Railway"
    (p,) = _proposals(
        extract,
        "Kenya and Ethiopia agreed that a joint commission on the Lamu corridor would be set up by June.",
    )
    assert p["project"].startswith("joint commission")
    (p,) = _proposals(
        extract, "Kenya and Uganda agreed to work together so that the oil pipeline is completed on time."
    )
    assert p["project"] == "oil pipeline"


def test_partnerships_of_no_particular_kind_are_no_project_but_a_named_one_is(extract):
    for text in (
        "Ghanaian President John Mahama said Ghana will establish new partnerships with European universities.",
        "Senegalese President Bassirou Diomaye Faye said Senegal would create new partnerships with Asian investors.",
    ):
        assert _proposals(extract, text) == [], text
    (p,) = _proposals(
        extract,
        "Kenyan President William Ruto and Indian Prime Minister Narendra Modi agreed to establish a comprehensive "
        "strategic partnership.",
    )
    assert p["project"] == "comprehensive strategic partnership"
    (p,) = _proposals(
        extract, "Indian Prime Minister Narendra Modi proposed launching direct flights between Delhi and Nairobi."
    )
    assert p["project"] == "direct flights between Delhi and Nairobi"
    (p,) = _proposals(extract, "Kenyan President William Ruto proposed setting up a joint commission on trade.")
    assert p["project"] == "joint commission on trade"


def test_support_for_a_standing_pact_is_support_and_for_something_to_build_a_proposal(extract):
    (s,) = _support(extract, "French President Emmanuel Macron reaffirmed France's commitment to the Paris Agreement.")
    assert _role(s, "source") == ["Emmanuel Macron"] and s["topic"] == "Paris Agreement"
    (s,) = _support(
        extract,
        "Kenyan President William Ruto expressed Kenya's support for the African Continental Free Trade Area "
        "agreement.",
    )
    assert "African Continental Free Trade Area" in s["topic"]
    (p,) = _proposals(extract, "Kenyan President William Ruto expressed support for the construction of the Lamu port.")
    assert p["project"] == "Lamu port"
    (p,) = _proposals(extract, "Chinese President Xi Jinping expressed support for the China-Laos railway project.")
    assert p["project"] == "China-Laos railway" and _role(p, "partner") == ["Laos"]
    rows = extract("French President Emmanuel Macron did not express support for the Paris Agreement.")
    assert _of_type(rows, "SUPPORT_STATEMENT") == [] and _of_type(rows, "PROJECT_PROPOSAL") == []
