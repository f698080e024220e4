"""The trigger lexicon (``data/lexicon.json``), loaded once as sets of lemmas."""

from __future__ import annotations

import functools
import json
from importlib import resources

# word lists that are not triggers or names' parts for ``all_words``
_NOT_IN_ALL_WORDS = {
    "person_courtesy_titles",
    "portfolio_words",
    "companion_markers",
    "settlement_nouns",
    "state_epithet_heads",
    "anticipation_adverbs",
    "destination_verbs",
    "journey_verbs",
    "speaking_verbs",
    "standing_adverbs",
    "visit_presence_words",
    "separate_markers",
    "seat_of_state_names",
    "recurring_words",
    "meeting_format_words",
    "advancing_light_verbs",
    "scheduled_verbs",
    "upholding_verbs",
    "suggestion_modals",
    "opinion_verbs",
    "putting_forward_verbs",
    "plan_measure_nouns",
    "place_name_heads",
    "office_seat_words",
    "reluctance_words",
    "continuing_verbs",
    "capacity_nouns",
    "line_heads",
    "era_nouns",
    "recurring_adverbs",
    "negative_determiners",
    "negative_pronouns",
    "privative_preps",
    "occurrence_verbs",
    "ahead_adjectives",
    "conditional_modals",
    "condition_marks",
    "sitting_together_words",
    "opposing_verbs",
    "joint_words",
}


class Lexicon:
    def __init__(self, entries: dict[str, list[str]]):
        every: set[str] = set()
        for key, words in entries.items():
            if not key.startswith("_"):
                setattr(self, key, frozenset(w.lower() for w in words))
                if key not in _NOT_IN_ALL_WORDS:
                    every |= {w.lower() for w in words if " " not in w}
        self.all_words = frozenset(every)


@functools.cache
def load() -> Lexicon:
    text = resources.files("extractor").joinpath("data", "lexicon.json").read_text(encoding="utf-8")
    return Lexicon(json.loads(text))
