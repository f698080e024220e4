"""Triggers that state no event, found by a sentence bank of non-events (planned, negated, hypothetical,
same-room) and each fixed by one shared policy of ANNOTATION.md ("Not events": negated, planned, hypothetical;
"being in the same room without an exchange is not" a meeting):

- a subject or object emptied by a negative determiner or pronoun ("No talks were held between A and B",
  "A and B held no talks", "Neither A nor B backed X") negates the trigger (word classes:
  negative_determiners, negative_pronouns);
- a trigger under "without" ("left Sarajevo without meeting X", "returned without holding talks with Y") did
  not happen (word class: privative_preps);
- a meeting noun counted by a measure noun ("the next round of talks will be held", "an upcoming round of
  negotiations is scheduled for August") carries the measure noun's modifiers and predicate (word classes:
  meeting_measure_nouns, ahead_adjectives);
- a conditional modal on the trigger with an "if" clause anywhere below it ("would support X's bid to join Y
  if Z agreed", the parser hanging the condition on the object's clause) is a condition, not a stance (word
  classes: conditional_modals, condition_marks);
- a meeting noun whose predicate of occurrence is negated ("the meeting between A and B did not take place",
  "the talks were never held") did not happen; another negated predicate ("the talks did not produce a deal")
  leaves the talks (word class: occurrence_verbs);
- "sit" is a meeting only with a partner or sitting down / together ("A and B delegates sat in the same
  chamber" is one room, no exchange; word class: sitting_together_words).

Every sentence is written for the test; each negative has a close positive beside it.
"""

from __future__ import annotations

import pytest

from tests.row_helpers import article_rows, of_type, parties

_HEAD = "Headline here\n\nCAIRO, March 4 (Agency) -- "
_TAIL = " The weather in the region was warmer than usual for this time of the year, and it is going to stay that way."


def _rows(nlp, sentence: str, event_type: str) -> list[dict]:
    return of_type(article_rows(nlp, _HEAD + sentence + _TAIL, "2024-03-04"), event_type)


_NOT_MEETINGS = [
    # a negative determiner or pronoun on the trigger's subject or object
    "No talks were held between the Malian junta leader Assimi Goita and Burkinabe President Ibrahim Traore "
    "in Bamako on Friday.",
    "Nepal's Prime Minister Pushpa Kamal Dahal and Indian Prime Minister Narendra Modi held no talks during "
    "the regional summit in Male.",
    # under "without"
    "Croatian Prime Minister Andrej Plenkovic left Sarajevo without meeting Bosnian Presidency chairman "
    "Denis Becirovic on Tuesday.",
    "Uzbek President Shavkat Mirziyoyev returned home without holding talks with Tajik President Emomali Rahmon.",
    # a round of talks still ahead
    "The next round of talks between Bolivia and Paraguay will be held in Asuncion in June, the foreign ministry said.",
    "An upcoming round of negotiations between Fiji and Tonga is scheduled for August in Nuku'alofa.",
    # a meeting noun whose occurrence is denied
    "The meeting between Serbian President Aleksandar Vucic and Montenegrin President Jakov Milatovic did not "
    "take place.",
    "The talks between Angolan President Joao Lourenco and Congolese President Felix Tshisekedi were never held.",
    # one room, no exchange
    "Lithuanian and Belarusian delegates sat in the same chamber during the session.",
]

_MEETINGS = [
    (
        "The meeting between Serbian President Aleksandar Vucic and Montenegrin President Jakov Milatovic took "
        "place in Belgrade on Monday.",
        {"Aleksandar Vucic", "Jakov Milatovic"},
    ),
    # a negated predicate other than one of occurrence: the talks took place
    (
        "The talks between Angolan President Joao Lourenco and Congolese President Felix Tshisekedi did not "
        "produce a deal, officials said on Monday.",
        {"Joao Lourenco", "Felix Tshisekedi"},
    ),
    (
        "Talks were held between Malian leader Assimi Goita and Burkinabe President Ibrahim Traore in Bamako "
        "on Friday.",
        {"Assimi Goita", "Ibrahim Traore"},
    ),
    (
        "Nepal's Prime Minister Pushpa Kamal Dahal and Indian Prime Minister Narendra Modi held talks during "
        "the regional summit in Male on Monday.",
        {"Pushpa Kamal Dahal", "Narendra Modi"},
    ),
    (
        "Croatian Prime Minister Andrej Plenkovic met Bosnian Presidency chairman Denis Becirovic in Sarajevo "
        "on Tuesday without aides present.",
        {"Andrej Plenkovic", "Denis Becirovic"},
    ),
    (
        "The first round of talks between Bolivia and Paraguay was held in Asuncion on Monday, the foreign "
        "ministry said.",
        {"Bolivia", "Paraguay"},
    ),
    (
        "Lithuanian Foreign Minister Gabrielius Landsbergis sat down with Latvian Foreign Minister Krisjanis "
        "Karins in Riga on Monday.",
        {"Gabrielius Landsbergis", "Krisjanis Karins"},
    ),
    (
        "Lithuanian Foreign Minister Gabrielius Landsbergis and Latvian Foreign Minister Krisjanis Karins sat "
        "down together in Riga on Monday.",
        {"Gabrielius Landsbergis", "Krisjanis Karins"},
    ),
]


@pytest.mark.parametrize("sentence", _NOT_MEETINGS)
def test_a_negated_planned_or_same_room_meeting_is_none(nlp, sentence):
    assert _rows(nlp, sentence, "MEETING") == [], sentence


@pytest.mark.parametrize("sentence, names", _MEETINGS)
def test_the_asserted_meeting_beside_each_is_kept(nlp, sentence, names):
    found = _rows(nlp, sentence, "MEETING")
    assert found, sentence
    assert names <= parties(found[0]), (sentence, found[0]["actors"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada would support Greenland's bid to join the Arctic Council as a full member if Denmark agreed, "
        "Foreign Minister Melanie Joly said.",
        "No country backed Guyana's proposal to extend the maritime boundary, diplomats said.",
        "Neither Peru nor Chile backed Bolivia's bid for access to the sea.",
    ],
)
def test_a_conditional_or_emptied_backing_is_no_support(nlp, sentence):
    assert _rows(nlp, sentence, "SUPPORT_STATEMENT") == [], sentence


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        (
            "Canada supports Greenland's bid to join the Arctic Council as a full member, Foreign Minister "
            "Melanie Joly said.",
            "Canada",
            "Greenland",
        ),
        # the "would" of reported speech with no condition is what was said
        (
            "Chile said on Tuesday that it would back Argentina's plan to expand the Antarctic marine reserve.",
            "Chile",
            "Argentina",
        ),
        ("Brazil backed Guyana's proposal to extend the maritime boundary, diplomats said.", "Brazil", "Guyana"),
    ],
)
def test_an_unconditional_backing_is_kept(nlp, sentence, source, target):
    found = _rows(nlp, sentence, "SUPPORT_STATEMENT")
    assert found, sentence
    names = {a["name"]: a["role"] for a in found[0]["actors"]}
    assert names.get(source) == "source" and names.get(target) == "target", found[0]["actors"]
