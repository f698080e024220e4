"""The accuracy issue's matching rules, and `make eval` end to end on a small gold file."""

from __future__ import annotations

import json

from extractor.scoring import actors_match, jaccard, match_article, score, venue_match
from pipelines import evaluate


def _actor(name, kind="person", country=None, role="participant"):
    return {"name": name, "kind": kind, "country": country, "role": role}


def test_actor_names_match_by_token_subset_without_titles_and_accents():
    assert actors_match(_actor("President Xi"), _actor("Xi Jinping"))
    assert actors_match(_actor("Sheikh Salem Al-Sabah"), _actor("Salem Al-Sabah"))
    assert actors_match(_actor("Antonio Guterres"), _actor("António Guterres"))
    # letters whose accent Unicode does not decompose: a stroke, a ligature
    assert actors_match(_actor("Radoslaw Sikorski"), _actor("Radosław Sikorski"))
    assert actors_match(_actor("Lars Lokke Rasmussen"), _actor("Lars Løkke Rasmussen"))
    assert not actors_match(_actor("Xi Jinping"), _actor("Li Qiang"))


def test_states_and_peoples_match_by_iso3():
    assert actors_match(_actor("Russia", "country", "RUS"), _actor("Russian Federation", "country", "RUS"))
    assert actors_match(_actor("the Russian people", "group", "RUS"), _actor("Russia", "country", "RUS"))
    assert not actors_match(_actor("Putin", "person", "RUS"), _actor("Russia", "country", "RUS"))


def test_venue_contains_either_way_or_both_null_and_project_jaccard():
    assert venue_match("Great Hall of the People, Beijing", "Beijing")
    assert venue_match(None, None) and not venue_match("Tokyo", None)
    assert (
        jaccard("China-Mongolia-Russia natural gas pipeline project", "China-Mongolia-Russia natural gas pipeline")
        >= 0.5
    )


def test_one_to_one_matching_prefers_actor_f1_then_date():
    gold = [
        {"type": "MEETING", "actors": [_actor("Xi Jinping"), _actor("Joe Biden")], "date": "2023-11"},
        {"type": "MEETING", "actors": [_actor("Xi Jinping"), _actor("Joe Biden")], "date": "2024-04-26"},
    ]
    pred = [dict(gold[1]), dict(gold[0])]
    pairs = match_article(pred, gold)
    assert sorted((i, j) for i, j, _ in pairs) == [(0, 1), (1, 0)]
    report = score([{"id": "a", "events": gold}], {"a": pred})
    assert report.overall.tp == 2 and report.date == [True, True]


def test_make_eval_runs_the_pipeline_and_prints_the_figures(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    article = {
        "id": "g1",
        "published": "2023-05-24",
        "text": "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
        "events": [
            {
                "type": "MEETING",
                "actors": [_actor("Narendra Modi", country="IND"), _actor("Fumio Kishida", country="JPN")],
                "venue": {"place": "Tokyo", "country": "JPN", "occasion": None},
                "date": "2023-05-22",
                "project": None,
                "topic": None,
                "evidence": "",
                "gold_id": "m1",
            },
        ],
    }
    empty = {"id": "g2", "published": "2023-05-24", "text": "Oil prices fell on Monday.", "events": []}
    gold.write_text("\n".join(json.dumps(a) for a in (article, empty)) + "\n", encoding="utf-8")
    assert evaluate.main(["--gold", str(gold), "--summary_only"]) == 0
    out = capsys.readouterr().out
    assert "overall               1.000  1.000  1.000    1    0    0" in out
    assert "venue accuracy    1.000 (n=1)" in out and "date accuracy     1.000 (n=1)" in out


def test_a_persons_state_is_scored_apart_from_the_match():
    gold = [
        {
            "id": "a",
            "events": [
                {
                    "type": "MEETING",
                    "actors": [
                        {"name": "Park Jin", "kind": "person", "role": "participant", "country": "KOR"},
                        {"name": "Antonio Guterres", "kind": "person", "role": "participant", "country": None},
                        {"name": "Japan", "kind": "country", "role": "participant", "country": "JPN"},
                    ],
                }
            ],
        }
    ]

    def predicted(park_state):
        actors = [
            {"name": "Foreign Minister Park Jin", "kind": "person", "role": "participant", "country": park_state},
            {"name": "Guterres", "kind": "person", "role": "participant", "country": "PRT"},
            {"name": "Japan", "kind": "country", "role": "participant", "country": "JPN"},
        ]
        return {"a": [{"type": "MEETING", "actors": actors, "venue": None, "date": None, "confidence": 0.9}]}

    # the name matches either way (the event is matched); only Park Jin is counted: the gold gives
    # Guterres no state, and Japan is a state, not a person
    for park_state, expected in (("KOR", [True]), (None, [False]), ("PRK", [False])):
        report = score(gold, predicted(park_state))
        assert report.overall.tp == 1
        assert report.person_state == expected
