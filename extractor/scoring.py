"""Scoring predicted events against gold events (the rules of the accuracy issue, exactly).

A predicted event matches a gold event of the same type and article when they share
at least one actor; pairs are made one-to-one, greedily by actor F1. Actors match
when one's name tokens (lower-cased, accents and titles dropped) are a subset of the
other's, or both are countries (or a country and a people) with the same ISO3.
Venue matches when one place contains the other (case-insensitive) or both are null;
date must be equal as a string; project matches at token Jaccard >= 0.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor import lexicon
from extractor.folding import strip_accents

_HONORIFICS = {
    "sheikh",
    "shaikh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "his",
    "her",
    "highness",
    "majesty",
    "excellency",
    "h.e.",
    "he",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "amir",
    "sultan",
    "crown",
    "pope",
    "the",
}
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


def name_tokens(name: str) -> frozenset:
    titles = lexicon.load().title_words | _HONORIFICS
    words = re.findall(r"[\w']+", strip_accents(name or "").lower())
    kept = frozenset(w for w in words if w not in titles)
    return kept or frozenset(words)


def actors_match(a: dict, b: dict) -> bool:
    kinds = {a.get("kind"), b.get("kind")}
    if (
        kinds <= {"country", "group"}
        and "country" in kinds
        and a.get("country")
        and a.get("country") == b.get("country")
    ):
        return True
    ta, tb = name_tokens(a.get("name", "")), name_tokens(b.get("name", ""))
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _pair_actors(pred: list[dict], gold: list[dict]) -> int:
    used = set()
    matched = 0
    for p in pred:
        for j, g in enumerate(gold):
            if j not in used and actors_match(p, g):
                used.add(j)
                matched += 1
                break
    return matched


def actor_f1(pred: list[dict], gold: list[dict]) -> float:
    if not pred and not gold:
        return 1.0
    m = _pair_actors(pred, gold)
    return 2 * m / (len(pred) + len(gold)) if (pred or gold) else 0.0


def venue_match(pred_place, gold_place) -> bool:
    if not pred_place and not gold_place:
        return True
    if not pred_place or not gold_place:
        return False
    a, b = pred_place.lower(), gold_place.lower()
    return a in b or b in a


def jaccard(a: str | None, b: str | None) -> float:
    ta = set(re.findall(r"\w+", (a or "").lower()))
    tb = set(re.findall(r"\w+", (b or "").lower()))
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def match_article(pred: list[dict], gold: list[dict]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (pred index, gold index, actor F1), greedily by actor F1."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["type"] != g["type"]:
                continue
            if _pair_actors(p["actors"], g["actors"]) == 0:
                continue
            # ties (the same two leaders met twice) go to the pair whose date, then venue, agree
            same_date = (p.get("date") or None) == (g.get("date") or None)
            same_place = venue_match((p.get("venue") or {}).get("place"), (g.get("venue") or {}).get("place"))
            candidates.append((actor_f1(p["actors"], g["actors"]), same_date, same_place, -i, -j))
    candidates.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for f1, _, _, ni, nj in candidates:
        i, j = -ni, -nj
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, f1))
    return pairs


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    confidence: float = 0.0  # sum of the predicted events' confidence (bands: mean against precision)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Report:
    by_type: dict = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    actor_f1: list = field(default_factory=list)
    venue: list = field(default_factory=list)
    date: list = field(default_factory=list)
    project: list = field(default_factory=list)
    # per person actor of a matched event that matches a gold actor with a state: is its state the gold's?
    person_state: list = field(default_factory=list)
    bands: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)
    false_events: list = field(default_factory=list)
    slot_errors: list = field(default_factory=list)
    pairs: list = field(default_factory=list)  # (article id, predicted event, gold event)


def score(gold_articles: list[dict], predicted: dict[str, list[dict]]) -> Report:
    """``predicted`` maps article id to events shaped like gold ones (plus confidence, evidence)."""
    report = Report()
    for article in gold_articles:
        gold = article.get("events", [])
        pred = predicted.get(article["id"], [])
        pairs = match_article(pred, gold)
        matched_p = {i for i, _, _ in pairs}
        matched_g = {j for _, j, _ in pairs}
        for i, j, f1 in pairs:
            p, g = pred[i], gold[j]
            report.pairs.append((article["id"], p, g))
            report.by_type.setdefault(p["type"], Tally()).tp += 1
            report.overall.tp += 1
            report.actor_f1.append(f1)
            venue_ok = venue_match((p.get("venue") or {}).get("place"), (g.get("venue") or {}).get("place"))
            date_ok = (p.get("date") or None) == (g.get("date") or None)
            report.venue.append(venue_ok)
            report.date.append(date_ok)
            if g["type"] == "PROJECT_PROPOSAL":
                report.project.append(jaccard(p.get("project"), g.get("project")) >= 0.5)
            report.person_state += _person_states(p["actors"], g["actors"])
            if not (venue_ok and date_ok) or f1 < 1.0:
                report.slot_errors.append((article["id"], p, g))
            _band(report, p, matched=True)
        for i, p in enumerate(pred):
            if i not in matched_p:
                report.by_type.setdefault(p["type"], Tally()).fp += 1
                report.overall.fp += 1
                report.false_events.append((article["id"], p))
                _band(report, p, matched=False)
        for j, g in enumerate(gold):
            if j not in matched_g:
                report.by_type.setdefault(g["type"], Tally()).fn += 1
                report.overall.fn += 1
                report.misses.append((article["id"], g))
    return report


def _person_states(pred: list[dict], gold: list[dict]) -> list[bool]:
    """Whether each predicted person that matches a gold actor with a state has that state: not scored by
    the matching rules (names decide), but what an analyst counting events by state relies on."""
    found = []
    for a in pred:
        if a.get("kind") != "person":
            continue
        g = next((g for g in gold if actors_match(a, g)), None)
        if g is not None and g.get("country"):
            found.append(a.get("country") == g["country"])
    return found


def _band(report: Report, event: dict, matched: bool) -> None:
    c = event.get("confidence", 0.0) or 0.0
    band = next(((lo, hi) for lo, hi in BANDS if lo <= c < hi), BANDS[-1])
    tally = report.bands.setdefault(band, Tally())
    tally.tp += matched
    tally.fp += not matched
    tally.confidence += c
