"""The merge rules of extractor/merge.py on hand-made event rows (no model, no Beam)."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from extractor import merge


def person(name, country=None, role="participant"):
    return {"name": name, "kind": "person", "role": role, "country": country}


def state(name, country, role="participant"):
    return {"name": name, "kind": "country", "role": role, "country": country}


_ids = itertools.count()


def mention(article, actors, date=None, published="2024-06-22", event_type="MEETING", **extra):
    n = next(_ids)
    row = {
        "event_id": f"ev{n:04d}",
        "article_id": article,
        "event_type": event_type,
        "actors": actors,
        "venue_place": None,
        "venue_country": None,
        "venue_occasion": None,
        "event_date": date,
        "date_precision": merge.precision_of(date),
        "project": None,
        "topic": None,
        "evidence": f"sentence {n}",
        "confidence": 0.8,
        "published": dt.date.fromisoformat(published) if published else None,
        "source": f"src-{article}",
    }
    row.update(extra)
    return row


def groups(rows):
    """Merged groups as sets of article ids, for order-free comparison."""
    return sorted(sorted(r["article_ids"]) for r in merge.merge_all(rows))


def test_short_and_full_names_of_the_same_leaders_merge_with_the_fullest_names_kept():
    a = mention("a1", [person("Narendra Modi", "IND"), person("Sheikh Hasina", "BGD")], "2024-06-22")
    b = mention("a2", [person("Modi", "IND"), person("Hasina", "BGD")], "2024-06-22")
    rows = merge.merge_all([a, b])
    assert len(rows) == 1
    row = rows[0]
    assert {x["name"] for x in row["actors"]} == {"Narendra Modi", "Sheikh Hasina"}
    assert row["n_articles"] == 2 and row["n_sources"] == 2
    assert row["event_ids"] == sorted([a["event_id"], b["event_id"]])
    assert row["event_day"] == dt.date(2024, 6, 22)


def test_a_missing_country_is_taken_from_other_articles_for_keying_and_matching():
    a = mention("a1", [person("Narendra Modi", "IND"), person("Sheikh Hasina", "BGD")], "2024-06-22")
    b = mention("a2", [person("Narendra Modi"), person("Sheikh Hasina")], "2024-06-22")
    rows = merge.merge_all([a, b])
    assert len(rows) == 1
    assert {(x["name"], x["country"]) for x in rows[0]["actors"]} == {
        ("Narendra Modi", "IND"),
        ("Sheikh Hasina", "BGD"),
    }


def test_a_state_matches_a_person_of_that_state_and_the_person_is_kept():
    a = mention("a1", [person("Narendra Modi", "IND"), person("Sheikh Hasina", "BGD")], "2024-06-22")
    b = mention("a2", [state("India", "IND"), person("Sheikh Hasina", "BGD")], "2024-06-22")
    rows = merge.merge_all([a, b])
    assert len(rows) == 1
    assert [x["kind"] for x in rows[0]["actors"]] == ["person", "person"]


def test_different_people_of_the_same_states_stay_apart():
    leaders = mention("a1", [person("Narendra Modi", "IND"), person("Sheikh Hasina", "BGD")], "2024-06-22")
    ministers = mention("a2", [person("S Jaishankar", "IND"), person("Hasan Mahmud", "BGD")], "2024-06-22")
    assert groups([leaders, ministers]) == [["a1"], ["a2"]]


def test_the_same_two_leaders_on_different_days_stay_apart():
    a = mention("a1", [person("Vladimir Putin", "RUS"), person("Recep Tayyip Erdogan", "TUR")], "2021-09-29")
    b = mention("a2", [person("Putin", "RUS"), person("Erdogan", "TUR")], "2021-09-28")
    c = mention("a3", [person("Putin", "RUS"), person("Erdogan", "TUR")], "2021-09-29")
    assert groups([a, b, c]) == [["a1", "a3"], ["a2"]]


def test_dates_agree_at_their_shared_precision():
    a = mention("a1", [person("Vladimir Putin", "RUS"), person("Recep Tayyip Erdogan", "TUR")], "2020-03-05")
    b = mention("a2", [person("Putin", "RUS"), person("Erdogan", "TUR")], "2020-03", published="2021-09-29")
    c = mention("a3", [person("Putin", "RUS"), person("Erdogan", "TUR")], "2020-04", published="2021-09-29")
    rows = merge.merge_all([a, b, c])
    assert sorted(sorted(r["article_ids"]) for r in rows) == [["a1", "a2"], ["a3"]]
    merged = next(r for r in rows if r["n_articles"] == 2)
    assert merged["event_date"] == "2020-03-05" and merged["date_precision"] == "day"


def test_an_undated_mention_falls_within_two_days_of_its_publication():
    dated = mention("a1", [person("Xi Jinping", "CHN"), person("Vladimir Putin", "RUS")], "2023-10-18")
    near = mention("a2", [person("Xi", "CHN"), person("Putin", "RUS")], None, published="2023-10-19")
    far = mention("a3", [person("Xi", "CHN"), person("Putin", "RUS")], None, published="2023-10-25")
    assert groups([dated, near, far]) == [["a1", "a2"], ["a3"]]


def test_conflicting_venues_and_dissimilar_projects_stay_apart():
    pair = [person("Gustavo Petro", "COL"), person("Gabriel Boric", "CHL")]
    a = mention("a1", pair, "2023-01-09", venue_place="Santiago", venue_country="CHL")
    b = mention("a2", pair, "2023-01-09", venue_place="Bogota", venue_country="COL")
    assert groups([a, b]) == [["a1"], ["a2"]]
    proposer = [person("Gustavo Petro", "COL", "proposer"), state("Chile", "CHL", "partner")]
    p1 = mention("a1", proposer, "2023-01-09", event_type="PROJECT_PROPOSAL", project="joint migration plan")
    p2 = mention("a2", proposer, "2023-01-09", event_type="PROJECT_PROPOSAL", project="a migration plan")
    p3 = mention("a3", proposer, "2023-01-09", event_type="PROJECT_PROPOSAL", project="lithium refinery")
    assert groups([p1, p2, p3]) == [["a1", "a2"], ["a3"]]


def test_mentions_of_one_article_never_merge_with_each_other():
    pair = [person("Joe Biden", "USA", "source"), person("Rishi Sunak", "GBR", "target")]
    kinds = dict(event_type="SUPPORT_STATEMENT")
    a = mention("a1", pair, "2022-10-25", topic="Ukraine", **kinds)
    b = mention("a1", pair, "2022-10-25", topic="Good Friday Agreement", **kinds)
    c = mention("a2", pair, "2022-10-25", topic="support for Ukraine", **kinds)
    d = mention("a2", pair, "2022-10-25", topic="the Good Friday Agreement", **kinds)
    assert groups([a, b, c, d]) == [["a1", "a2"], ["a1", "a2"]]
    rows = merge.merge_all([a, b, c, d])
    assert {frozenset(r["event_ids"]) for r in rows} == {
        frozenset([a["event_id"], c["event_id"]]),
        frozenset([b["event_id"], d["event_id"]]),
    }


def test_complete_linkage_does_not_chain_two_events_through_a_vague_mention():
    pair = [person("Xi Jinping", "CHN"), person("Vladimir Putin", "RUS")]
    day1 = mention("a1", pair, "2023-10-18", confidence=0.9)
    day2 = mention("a2", pair, "2023-10-20", confidence=0.9)
    vague = mention("a3", pair, "2023-10", confidence=0.5)
    rows = merge.merge_all([day1, day2, vague])
    assert len(rows) == 2  # the vague one joins one of them, not both into one
    assert sorted(r["n_articles"] for r in rows) == [1, 2]


def test_the_result_and_ids_do_not_depend_on_input_order():
    pair = [person("Lula", "BRA"), person("Gabriel Boric", "CHL")]
    rows = [mention(f"a{i}", pair, "2023-01-02" if i % 2 else None, published="2023-01-02") for i in range(6)]
    rows += [mention("b1", pair, "2024-08-05", published="2024-08-05")]
    expected = merge.merge_all(rows)
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert merge.merge_all(shuffled) == expected
    assert len(expected) == 2


def test_merged_id_is_stable_when_a_later_article_joins():
    pair = [person("Xi Jinping", "CHN"), person("Vladimir Putin", "RUS")]
    first = mention("a1", pair, "2023-10-18", published="2023-10-18")
    second = mention("a2", pair, "2023-10-18", published="2023-10-19")
    later = mention("a3", pair, "2023-10-18", published="2023-10-20", confidence=0.99)
    before = merge.merge_all([first, second])[0]
    after = merge.merge_all([first, second, later])[0]
    assert before["merged_id"] == after["merged_id"]
    assert after["first_published"] == dt.date(2023, 10, 18) and after["last_published"] == dt.date(2023, 10, 20)
    assert after["evidence_event_id"] == later["event_id"]  # the most confident mention's evidence


def test_best_date_prefers_the_value_most_mentions_support():
    events = [
        {"event_date": "2020-03-05", "confidence": 0.5, "published": None},
        {"event_date": "2020-03-05", "confidence": 0.5, "published": None},
        {"event_date": "2020-03-06", "confidence": 0.9, "published": None},
        {"event_date": "2020-03", "confidence": 0.9, "published": None},
    ]
    assert merge.best_date(events) == "2020-03-05"
    assert merge.best_date([{"event_date": None, "published": None}]) is None


def test_event_day_is_set_only_for_day_precision():
    assert merge.event_day("2023-10-18", "day") == dt.date(2023, 10, 18)
    assert merge.event_day("2023-10", "month") is None
    assert merge.event_day("2023", None) is None
    assert merge.event_day(None) is None


def test_two_events_sharing_an_event_id_are_both_kept_and_a_redelivery_is_not():
    # Two meetings stated in one sentence with the same first actor can share an event_id.
    a = mention("a1", [person("Antony Blinken", "USA"), person("Xi Jinping", "CHN")], "2024-04-26")
    b = mention("a1", [person("Antony Blinken", "USA"), person("Wang Yi", "CHN")], "2024-04-26")
    b["event_id"] = a["event_id"]
    c = mention("a2", [person("Blinken", "USA"), person("Wang Yi", "CHN")], "2024-04-26")
    rows = merge.merge_all([a, b, c, dict(c)])
    assert sorted(r["n_mentions"] for r in rows) == [1, 2]
    assert groups([a, b, c]) == [["a1"], ["a1", "a2"]]
