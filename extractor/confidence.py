"""An event's ``confidence``: the probability, learned on the dev gold set, that it is a real event.

``features(ev)`` reads what the extractor itself knows of an event once its mentions are merged —
its type, the rule family that fired and that rule's hand-set prior, its actors, whether its
sentence quotes or reports or hedges, whether a venue and a date were found, where in the article
it is stated and how many mentions it has. ``score(ev)`` is a logistic model over those features:
one dot product per event. The weights are data (``data/confidence_model.json``), written by
``python -m pipelines.train_confidence`` (``make train``) from ``eval/dev.jsonl``; the file names
its features, and loading fails when they are not the ones computed here (retrain after changing
them).
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

MODEL_FILE = "confidence_model.json"
_NOUN_RULES = {"meeting_noun", "support_noun", "proposal_noun"}

# name -> what it measures; the order is the order of the weights in the model file
FEATURES = {
    "support": "a SUPPORT_STATEMENT (MEETING is the reference)",
    "proposal": "a PROJECT_PROPOSAL",
    "nominal": "stated by a noun ('the talks between', 'its support for'), not a verb",
    "prior": "the fired rule's hand-set prior, centred on 0.8, in tenths",
    "remote": "a phone or video call",
    "one_actor": "a single actor (a source with no target, a proposer with no partner)",
    "many_actors": "three actors or more",
    "stateless_person": "a person actor whose state the text did not give",
    "no_person": "states, groups and bodies only, no person",
    "short_reference": "a person actor whose full name is not in the evidence sentence (he, Xi, the president)",
    "quoted": "the trigger is inside a quotation",
    "reported": "the trigger is in a clause of a speech verb (X said, Y reported)",
    "hedged": "the sentence has a modal or hedge word (could, reportedly)",
    "venue": "a venue place was found",
    "dated": "the sentence stating it gives a date (others take the news day or a date said nearby)",
    "day": "its date is to the day",
    "lead": "stated in the article's first two sentences",
    "several_mentions": "stated by more than one mention in the article",
    "background": "recalled or past perfect: not the news of the day",
}


def feature_values(ev) -> dict[str, float | bool]:
    """The features of a merged ``extractor.events.Event``, by name."""
    actors = ev.actors
    people = [a for a in actors if a["kind"] == "person"]
    signals = ev._signals
    return {
        "support": ev.type == "SUPPORT_STATEMENT",
        "proposal": ev.type == "PROJECT_PROPOSAL",
        "nominal": ev._rule in _NOUN_RULES,
        "prior": round((ev._prior - 0.8) * 10, 6),
        "remote": ev._remote,
        "one_actor": len(actors) == 1,
        "many_actors": len(actors) >= 3,
        "stateless_person": any(not a["country"] for a in people),
        "no_person": not people,
        "short_reference": any(a["name"] not in ev.evidence for a in people),
        "quoted": signals.get("quoted", False),
        "reported": signals.get("reported", False),
        "hedged": signals.get("hedged", False),
        "venue": bool((ev.venue or {}).get("place")),
        "dated": signals.get("dated", False),
        "day": ev.date_precision == "day",
        "lead": 0 <= signals.get("sentence", -1) <= 1,
        "several_mentions": ev.mentions > 1,
        "background": ev._background,
    }


def features(ev) -> list[float]:
    """The feature vector of a merged event, in the order of ``FEATURES``."""
    values = feature_values(ev)
    return [float(values[name]) for name in FEATURES]


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


class Model:
    def __init__(self, spec: dict):
        if spec["features"] != list(FEATURES):
            raise ValueError(
                f"{MODEL_FILE} was trained on features {spec['features']}, the extractor computes "
                f"{list(FEATURES)}: retrain it (make train)"
            )
        self.intercept = float(spec["intercept"])
        self.weights = [float(w) for w in spec["weights"]]

    def probability(self, x: list[float]) -> float:
        return sigmoid(self.intercept + sum(w * v for w, v in zip(self.weights, x, strict=True)))


@functools.cache
def load() -> Model:
    text = resources.files("extractor").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return Model(json.loads(text))


def score(ev) -> float:
    return load().probability(features(ev))
