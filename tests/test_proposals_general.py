"""Project proposals by their general structure: an actor that proposes, demands, agrees or is willing,
and a concrete undertaking (a named or specified project, mechanism or site; or a definite phrase that
refers back to one), against calls for cooperation of no particular kind, hypotheticals, denials and
reports of what was done. Every sentence is written for these tests.
"""

from __future__ import annotations

from row_helpers import names_in_role as _role
from row_helpers import of_type as _of_type


def _proposals(extract, text):
    return _of_type(extract(text, published="2024-05-10"), "PROJECT_PROPOSAL")


def test_pushing_or_pressing_for_a_concrete_project_is_the_demanders_proposal(extract):
    (p,) = _proposals(extract, "Brazil pushed for a new development bank for Latin American states.")
    assert _role(p, "proposer") == ["Brazil"] and "development bank" in p["project"]
    (p,) = _proposals(extract, "Kenya pressed for the Lamu-Garissa highway to be finished before the rainy season.")
    assert _role(p, "proposer") == ["Kenya"] and "highway" in p["project"]
    # cooperation of no particular kind, a hypothetical and a denial propose nothing
    assert _proposals(extract, "Brazil pushed for closer cooperation in agriculture and health.") == []
    assert _proposals(extract, "If funds allow, Kenya would push for a new railway to Uganda.") == []
    assert _proposals(extract, "Tanzania denied that it had pushed for a new oil pipeline.") == []


def test_a_clause_a_proposing_verb_governs_is_a_mandate_not_a_report_of_what_was_done(extract):
    # "set" reads as a past tense, but after "suggested that" it is what the two states are to do
    (p,) = _proposals(
        extract,
        "Finnish President Alexander Stubb suggested that Finland and Estonia set up a joint fund for green energy.",
    )
    assert _role(p, "proposer") == ["Alexander Stubb"] and p["project"] == "joint fund for green energy"
    # the same clause after a verb of saying reports a past act
    assert (
        _proposals(
            extract,
            "Finnish President Alexander Stubb said that Finland and Estonia set up a joint fund for green energy "
            "in 2019.",
        )
        == []
    )


def test_a_mechanism_a_purpose_clause_sets_up_is_the_project_of_the_initiative(extract):
    (p,) = _proposals(
        extract,
        "Uzbek President Shavkat Mirziyoyev put forward an initiative to create a regional water council for "
        "Central Asia.",
    )
    assert _role(p, "proposer") == ["Shavkat Mirziyoyev"] and "water council" in p["project"]
    assert (
        _proposals(
            extract,
            "Uzbek President Shavkat Mirziyoyev put forward an initiative to strengthen cooperation in water "
            "management.",
        )
        == []
    )


def test_a_mechanism_specified_by_where_it_is_is_concrete(extract):
    (p,) = _proposals(extract, "Iran and Iraq decided to open consulates in Erbil and Basra.")
    assert _role(p, "proposer") == ["Iran", "Iraq"] and p["project"] == "consulates in Erbil and Basra"
    # offices of no particular place, and consulates that were opened, are no proposal
    assert _proposals(extract, "Iran and Iraq decided to open offices.") == []
    assert _proposals(extract, "Iran and Iraq did not decide to open consulates in Erbil and Basra.") == []


def test_a_definite_project_head_refers_back_to_the_project_named_before(extract):
    (p,) = _proposals(
        extract,
        "Kenya and Ethiopia discussed the Lamu Port-South Sudan-Ethiopia Transport Corridor project. Ethiopian "
        "Prime Minister Abiy Ahmed called for the project to be speeded up.",
    )
    assert _role(p, "proposer") == ["Abiy Ahmed"] and "Transport Corridor" in p["project"]
    (p,) = _proposals(
        extract,
        "Japan and India reviewed the Mumbai-Ahmedabad High Speed Rail. Japanese Prime Minister Fumio Kishida "
        "said Japan will continue to support the project.",
    )
    assert p["project"] == "Mumbai-Ahmedabad High Speed Rail"
    # with nothing named before, "the project" is no particular one
    assert _proposals(extract, "Ethiopian Prime Minister Abiy Ahmed called for the project to be speeded up.") == []
    # a project reported finished is not wanted
    assert (
        _proposals(
            extract,
            "Kenya and Ethiopia discussed the Lamu Port-South Sudan-Ethiopia Transport Corridor project. Abiy "
            "Ahmed said the project had been completed.",
        )
        == []
    )


def test_a_plan_two_named_peoples_share_is_a_project_and_taking_part_in_carrying_it_out_proposes_it(extract):
    (p,) = _proposals(
        extract,
        "Russia and China drafted a joint Russian-Chinese roadmap on peace in the region. Russian Foreign "
        "Minister Sergei Lavrov urged all parties to take part in implementing this roadmap.",
    )
    assert _role(p, "proposer") == ["Sergei Lavrov"] and "roadmap" in p["project"]
    assert (
        _proposals(
            extract,
            "Russian Foreign Minister Sergei Lavrov urged all parties to take part in implementing the ceasefire.",
        )
        == []
    )


def test_each_gerund_of_a_cooperation_on_clause_is_read_for_its_project(extract):
    (p,) = _proposals(
        extract,
        "Kenyan President William Ruto urged Uganda to step up cooperation on upgrading the border post and "
        "building a new bridge.",
    )
    assert _role(p, "proposer") == ["William Ruto"] and _role(p, "partner") == ["Uganda"]
    assert p["project"] == "new bridge"
    assert (
        _proposals(
            extract,
            "Kenyan President William Ruto urged Uganda to step up cooperation on fighting crime and promoting trade.",
        )
        == []
    )


def test_a_named_initiative_is_a_project_though_it_is_also_a_body(extract):
    (p,) = _proposals(
        extract, "Serbia wants to join the Three Seas Initiative, Serbian President Aleksandar Vucic said."
    )
    assert "Three Seas Initiative" in p["project"]
    # a seat on a body is no project
    assert _proposals(extract, "Serbia wants a seat on the UN Security Council, Vucic said.") == []


def test_agreeing_that_a_mechanism_or_set_format_will_sit_proposes_that_sitting(extract):
    (p,) = _proposals(
        extract,
        "Chile and Peru agreed that their defence ministries would hold a Joint Security Commission meeting in "
        "Lima next year.",
    )
    assert set(_role(p, "proposer")) == {"Chile", "Peru"} and "Joint Security Commission" in p["project"]
    (p,) = _proposals(
        extract, "Ghana and Togo agreed that their countries will convene another 2+2 meeting early next year."
    )
    assert "2+2" in p["project"]
    # a meeting of no standing agreed on is a meeting planned, not a project
    assert _proposals(extract, "Ghana and Togo agreed that their ministers would hold a meeting in Accra soon.") == []


def test_proposing_that_parties_sit_in_a_set_format_proposes_that_format_with_them(extract):
    (p,) = _proposals(
        extract,
        "Egyptian Foreign Minister Sameh Shoukry proposed that Jordan and Iraq meet jointly with Egypt in a "
        '"3+1" format on the sidelines of the Arab League summit.',
    )
    assert _role(p, "proposer") == ["Sameh Shoukry"]
    assert {"Jordan", "Iraq"} <= set(_role(p, "partner")) and "Arab League" not in _role(p, "partner")
    assert "format" in p["project"]
    # one meeting proposed, of no set format, is a plan
    assert _proposals(extract, "Sameh Shoukry proposed that Jordan and Iraq meet in Cairo next week.") == []


def test_aligning_a_programme_a_named_initiative_modifies_is_proposed_also_in_words_according_to_someone(extract):
    (p,) = _proposals(
        extract,
        "Chinese President Xi Jinping met Egyptian President Abdel Fattah el-Sisi in Beijing on Monday. According "
        "to Xi, the two sides should bring Belt and Road cooperation into alignment with Egypt Vision 2030.",
    )
    assert _role(p, "proposer") == ["Xi Jinping"] and "Belt and Road" in p["project"]
    # cooperation of no named programme aligned with nothing concrete proposes nothing
    assert (
        _proposals(
            extract,
            "Chinese President Xi Jinping met Egyptian President Abdel Fattah el-Sisi in Beijing on Monday. "
            "According to Xi, the two sides should bring their cooperation into a new stage.",
        )
        == []
    )


def test_taking_part_in_a_sitting_of_a_body_is_attending_it_not_proposing_it(extract):
    assert (
        _proposals(
            extract,
            "On Tuesday Kazakh Prime Minister Olzhas Bektenov will take part in a meeting of the Eurasian "
            "Intergovernmental Council in Minsk.",
        )
        == []
    )
    # taking part in building a named line still proposes it
    (p,) = _proposals(
        extract, "Kazakhstan is ready to take part in building the Trans-Caspian International Transport Route."
    )
    assert "Trans-Caspian" in p["project"]
