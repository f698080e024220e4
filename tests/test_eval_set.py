"""The evaluation set itself: every gold event in the shape of ANNOTATION.md and traceable to its text."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO

GOLD = {name: REPO / "eval" / f"{name}.jsonl" for name in ("dev", "test")}
ROLES = {
    "MEETING": {"participant"},
    "SUPPORT_STATEMENT": {"source", "target"},
    "PROJECT_PROPOSAL": {"proposer", "partner"},
}
KINDS = {"person", "country", "organization", "group"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _articles(name: str) -> list[dict]:
    return [json.loads(line) for line in GOLD[name].read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_gold_event_has_the_annotation_shape_and_its_evidence_in_the_text(name):
    articles = _articles(name)
    assert len({a["id"] for a in articles}) == len(articles)
    for article in articles:
        assert {"id", "url", "source", "published", "title", "text", "events"} <= set(article), article["id"]
        for ev in article["events"]:
            where = (article["id"], ev.get("gold_id"))
            assert ev["evidence"] in article["text"], where
            assert ev["actors"] and {a["role"] for a in ev["actors"]} <= ROLES[ev["type"]], where
            assert all(a["kind"] in KINDS and a["name"] for a in ev["actors"]), where
            assert ev["date"] is None or DATE.match(ev["date"]), where
            assert ev["venue"] is None or set(ev["venue"]) == {"place", "country", "occasion"}, where


def test_dev_and_test_are_large_enough_disjoint_and_hold_articles_without_events():
    dev, test = _articles("dev"), _articles("test")
    assert len(dev) + len(test) >= 80
    assert not {a["url"] for a in dev} & {a["url"] for a in test}
    assert sum(1 for a in dev + test if not a["events"]) >= 15
    # gold_id names the real-world event, shared across outlets (merged_events/ is scored on it);
    # within one article each event is its own
    for article in dev + test:
        gold_ids = [ev["gold_id"] for ev in article["events"]]
        assert len(gold_ids) == len(set(gold_ids)), article["id"]
