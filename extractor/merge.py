"""Merging event mentions across articles into one row per real-world event (Beam-free).

Each row of the events table is one *mention*: one article's account of an event. Several outlets
report the same talks; ``merge_all`` puts the mentions of one happening together and
``merged_row`` turns each group into a row of the ``merged_events`` table.

Two mentions are the same event when all of these hold:

- they come from different articles (an article's own mentions are already merged by the
  extractor) and have the same ``event_type``;
- their actors are compatible, role by role: every actor on each side matches one on the other,
  where persons match when one's name tokens are a subset of the other's ("Modi" / "Narendra
  Modi") and their countries do not conflict, a state matches a person of that state, and
  organisations and groups match by name tokens. For ``SUPPORT_STATEMENT`` and
  ``PROJECT_PROPOSAL`` the sources / proposers must match; targets / partners only when both
  sides name some;
- their dates agree at their shared precision ("2020-03" agrees with "2020-03-05", not with
  "2020-04"); a mention without a date stands for the days within ``WINDOW_DAYS`` of its
  article's publication date (no publication date either: any day);
- their venues do not conflict (different venue countries, or, with no countries, places neither
  of which contains the other);
- their projects (and topics) are similar enough when both are given.

Clustering is complete-linkage and deterministic: mentions are taken by confidence (then
``event_id``); each joins the best-scoring cluster whose every member it is compatible with, or
starts a new one. Complete linkage keeps a vague mention from chaining two different events
together. ``block_key`` is a coarse key (type, the parties' countries or surnames, year) under which
all mergeable mentions fall, so a Beam pipeline can group by it and cluster each group alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

WINDOW_DAYS = 2
SIMILAR_TEXT = 0.34  # token Jaccard at or above which two projects or topics are the same

_DIRECTED = {"SUPPORT_STATEMENT": ("source", "target"), "PROJECT_PROPOSAL": ("proposer", "partner")}
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_TITLE_WORDS = frozenset(
    """
    mr mrs ms dr sir dame lord lady his her highness majesty excellency he h.e the sheikh shaikh
    king queen prince princess emir amir sultan crown pope president vice prime minister premier
    chancellor foreign secretary state general chairman chairwoman leader counterpart deputy
    """.split()
)
_STOP = frozenset("the of and for a an in on to with between".split())


# ---- names and actors -----------------------------------------------------------------------


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> frozenset[str]:
    """Lower-cased, accent-free name words without titles; all words when only titles remain."""
    words = re.findall(r"[\w']+", _fold(name))
    kept = frozenset(w for w in words if w not in _TITLE_WORDS)
    return kept or frozenset(words)


def _is_state(actor: dict) -> bool:
    return actor.get("kind") in ("country", "group")


def actors_match(a: dict, b: dict) -> bool:
    """The same party under either outlet's name: see the module docstring."""
    ca, cb = a.get("country"), b.get("country")
    if _is_state(a) or _is_state(b):
        # A state matches itself, its people, and any person of that state.
        if (_is_state(a) or a.get("kind") == "person") and (_is_state(b) or b.get("kind") == "person"):
            return bool(ca) and ca == cb
        return False
    if a.get("kind") != b.get("kind") and "organization" in (a.get("kind"), b.get("kind")):
        return False
    if ca and cb and ca != cb:
        return False
    ta, tb = name_tokens(a.get("name", "")), name_tokens(b.get("name", ""))
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _covers(left: list[dict], right: list[dict]) -> bool:
    return all(any(actors_match(a, b) for b in right) for a in left)


def _roles(event: dict) -> tuple[list[dict], list[dict]]:
    """(leading actors, other actors): sources/proposers and targets/partners; all participants."""
    actors = event.get("actors") or []
    directed = _DIRECTED.get(event["event_type"])
    if not directed:
        return list(actors), []
    lead, other = directed
    return [a for a in actors if a.get("role") == lead], [a for a in actors if a.get("role") == other]


def actors_compatible(a: dict, b: dict) -> bool:
    lead_a, other_a = _roles(a)
    lead_b, other_b = _roles(b)
    if not lead_a or not lead_b:
        return False
    if not (_covers(lead_a, lead_b) and _covers(lead_b, lead_a)):
        return False
    if other_a and other_b:
        return _covers(other_a, other_b) and _covers(other_b, other_a)
    # A meeting needs two sides; a directed event may leave its target out in one article.
    return a["event_type"] in _DIRECTED or (not other_a and not other_b)


# ---- dates ----------------------------------------------------------------------------------


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def precision_of(event_date: str | None) -> str | None:
    if not event_date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(event_date))


def date_interval(event: dict) -> tuple[dt.date, dt.date] | None:
    """The days the mention's date stands for; ``None`` when nothing bounds it."""
    text = event.get("event_date")
    try:
        if text and len(text) == 10:
            day = dt.date.fromisoformat(text)
            return day, day
        if text and len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if text and len(text) == 4:
            y = int(text)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        pass
    published = _as_date(event.get("published"))
    if published is None:
        return None
    window = dt.timedelta(days=WINDOW_DAYS)
    return published - window, published + window


def dates_compatible(a: dict, b: dict) -> bool:
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def event_day(event_date: str | None, precision: str | None = None) -> dt.date | None:
    """The typed DATE of an event date given to the day, else ``None``."""
    if not event_date or (precision or precision_of(event_date)) != "day":
        return None
    try:
        return dt.date.fromisoformat(event_date)
    except ValueError:
        return None


# ---- venues, projects, topics ---------------------------------------------------------------


def venues_compatible(a: dict, b: dict) -> bool:
    ca, cb = a.get("venue_country"), b.get("venue_country")
    if ca and cb:
        return ca == cb
    pa, pb = _fold(a.get("venue_place") or ""), _fold(b.get("venue_place") or "")
    if pa and pb and not (ca or cb):
        return pa in pb or pb in pa
    return True


def _content_tokens(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", _fold(text or "")) if w not in _STOP}


def text_similarity(a: str | None, b: str | None) -> float | None:
    """Token Jaccard of two projects or topics; ``None`` when either is missing."""
    ta, tb = _content_tokens(a), _content_tokens(b)
    if not ta or not tb:
        return None
    if ta <= tb or tb <= ta:
        return 1.0
    return len(ta & tb) / len(ta | tb)


def compatible(a: dict, b: dict) -> bool:
    """Whether two mentions can be the same real-world event."""
    if a["article_id"] == b["article_id"] or a["event_type"] != b["event_type"]:
        return False
    for slot in ("project", "topic"):
        sim = text_similarity(a.get(slot), b.get(slot))
        if sim is not None and sim < SIMILAR_TEXT:
            return False
    return dates_compatible(a, b) and venues_compatible(a, b) and actors_compatible(a, b)


def similarity(a: dict, b: dict) -> float:
    """How strongly two compatible mentions agree (to choose between candidate clusters)."""
    score = 0.0
    names_a = {name_tokens(x["name"]) for x in a.get("actors") or []}
    names_b = {name_tokens(x["name"]) for x in b.get("actors") or []}
    score += len(names_a & names_b)
    if a.get("event_date") and a.get("event_date") == b.get("event_date"):
        score += 1.0
    if a.get("venue_place") and _fold(a["venue_place"]) == _fold(b.get("venue_place") or ""):
        score += 0.5
    for slot in ("project", "topic"):
        sim = text_similarity(a.get(slot), b.get(slot))
        score += 2 * sim if sim is not None else 0.0
    return score


# ---- countries the article left out ----------------------------------------------------------


def _surname(name: str) -> str:
    words = [w for w in re.findall(r"[\w']+", _fold(name)) if w not in _TITLE_WORDS]
    return words[-1] if words else ""


def person_surnames(event: dict) -> list[tuple[str, str | None]]:
    """(surname, country or None) of each person of a mention."""
    return [
        (_surname(a.get("name", "")), a.get("country"))
        for a in event.get("actors") or []
        if a.get("kind") == "person" and _surname(a.get("name", ""))
    ]


def surname_countries(events: Iterable[dict]) -> Counter:
    """(surname, country) -> how many persons of the mentions carry that pair."""
    counts: Counter = Counter()
    for event in events:
        for surname, country in person_surnames(event):
            if country:
                counts[(surname, country)] += 1
    return counts


def hints_from_counts(counts: Counter) -> dict[str, str]:
    """Surname -> country where one country has a strict majority for that surname."""
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for (surname, country), n in counts.items():
        if surname:
            by_surname.setdefault(surname, []).append((n, country))
    hints = {}
    for surname, ranked in by_surname.items():
        ranked.sort(key=lambda x: (-x[0], x[1]))
        if len(ranked) == 1 or ranked[0][0] > ranked[1][0]:
            hints[surname] = ranked[0][1]
    return hints


def country_hints(events: Iterable[dict]) -> dict[str, str]:
    """Surname to country, from the persons whose articles name their country.

    Kept only where one country has a strict majority for the surname, so that a person whose
    country one article leaves out ("Narendra Modi", no country) can still be matched and keyed
    like the same person elsewhere ("Narendra Modi", IND)."""
    return hints_from_counts(surname_countries(events))


def with_countries(event: dict, hints: dict[str, str]) -> dict:
    """The event with the countries of its persons filled in from ``hints`` where missing."""
    actors = event.get("actors") or []
    if not hints or all(a.get("country") or a.get("kind") != "person" for a in actors):
        return event
    filled = [
        {**a, "country": hints.get(_surname(a.get("name", "")))}
        if a.get("kind") == "person" and not a.get("country")
        else a
        for a in actors
    ]
    return {**event, "actors": filled}


# ---- blocking and clustering ----------------------------------------------------------------


def _party(actor: dict) -> str:
    if actor.get("country"):
        return actor["country"]
    return "~" + _surname(actor.get("name", ""))  # "Modi" and "Narendra Modi" agree


def block_key(event: dict) -> str:
    """Type, the leading parties (countries, or a name word for parties with none) and a year.

    Mentions of one event share it when their leading parties resolve to the same countries and
    their dates (or publication dates) fall in the same year; ``merge_all`` clusters each block.
    """
    lead, other = _roles(event)
    parties = sorted({_party(a) for a in (lead if event["event_type"] in _DIRECTED else lead + other)})
    if event.get("event_date"):
        year = event["event_date"][:4]
    else:
        published = _as_date(event.get("published"))
        year = str(published.year) if published else ""
    return "|".join([event["event_type"], ",".join(parties), year])


def mention_key(event: dict) -> tuple:
    """What identifies a mention: its ``event_id`` and actors (two events of one sentence can share
    an ``event_id`` when they share its first actor); a redelivered row has the same key."""
    actors = tuple(sorted((a.get("name") or "", a.get("role") or "") for a in event.get("actors") or []))
    return (event["event_id"], event["event_type"], actors)


def _order(event: dict) -> tuple:
    return (-(event.get("confidence") or 0.0), mention_key(event))


def cluster(events: Iterable[dict]) -> list[list[dict]]:
    """Complete-linkage clusters of mentions, the same for any input order."""
    clusters: list[list[dict]] = []
    for event in sorted(events, key=_order):
        best, best_score = None, -1.0
        for i, members in enumerate(clusters):
            if all(compatible(event, m) for m in members):
                score = sum(similarity(event, m) for m in members) / len(members)
                if score > best_score:
                    best, best_score = i, score
        if best is None:
            clusters.append([event])
        else:
            clusters[best].append(event)
    return clusters


def merge_all(events: Iterable[dict], schema_version: str | None = None) -> list[dict]:
    """Every mention to merged rows: fill countries, block, cluster, build; by ``merged_id``.

    The reference for the Beam transform (``transforms/merge_events.py``), which does the same."""
    events = list({mention_key(e): e for e in reversed(list(events))}.values())  # redeliveries once
    hints = country_hints(events)
    blocks: dict[str, list[dict]] = {}
    for event in (with_countries(e, hints) for e in events):
        blocks.setdefault(block_key(event), []).append(event)
    rows = [merged_row(m, schema_version) for key in sorted(blocks) for m in cluster(blocks[key])]
    return sorted(rows, key=lambda r: r["merged_id"])


# ---- the merged row -------------------------------------------------------------------------


def _fullest(names: Iterable[str]) -> str:
    return max(names, key=lambda n: (len(name_tokens(n)), len(n), n))


def canonical_actors(events: list[dict]) -> list[dict]:
    """One actor per party and role, with the fullest name and a known country.

    A state is dropped when a person of that state plays the same role (ANNOTATION.md: a person
    speaking for a state is one actor)."""
    groups: list[list[dict]] = []  # each: mentions of one party in one role
    for event in events:
        for actor in event.get("actors") or []:
            for group in groups:
                if group[0].get("role") == actor.get("role") and all(actors_match(actor, g) for g in group):
                    group.append(actor)
                    break
            else:
                groups.append([actor])
    merged = []
    for group in groups:
        kinds = Counter(a.get("kind") for a in group)
        people = [a for a in group if a.get("kind") == "person"]
        pool = people or group
        countries = Counter(a["country"] for a in group if a.get("country"))
        merged.append(
            {
                "name": _fullest(a["name"] for a in pool),
                "kind": "person" if people else kinds.most_common(1)[0][0],
                "role": group[0].get("role"),
                "country": min(countries, key=lambda c: (-countries[c], c)) if countries else None,
            }
        )
    people_by_role = {(a["role"], a["country"]) for a in merged if a["kind"] == "person" and a["country"]}
    kept = [a for a in merged if not (a["kind"] == "country" and (a["role"], a["country"]) in people_by_role)]
    return sorted(kept, key=lambda a: (a["role"] or "", a["kind"] != "person", a["name"]))


def best_date(events: list[dict]) -> str | None:
    """The most precise date given, the one most mentions agree with, then the most confident.

    Within a cluster all dates agree at their shared precision, so the finest one refines the
    others ("2020-03" and "2020-03-05" give "2020-03-05")."""
    candidates = sorted({e["event_date"] for e in events if e.get("event_date")})
    if not candidates:
        return None

    def support(candidate: str) -> tuple:
        probe = {"event_date": candidate}
        agreeing = sum(1 for e in events if dates_compatible(probe, e))
        stating = sum(e.get("confidence") or 0.0 for e in events if e.get("event_date") == candidate)
        return (_PRECISION_RANK.get(precision_of(candidate), 0), agreeing, stating)

    return max(candidates, key=lambda c: (support(c), c))


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def merged_id(event_type: str, events: list[dict]) -> str:
    """Deterministic, and stable as later reports join: derived from the earliest mention."""

    def earliest(e: dict) -> tuple:
        published = _as_date(e.get("published"))
        return (published is None, published or dt.date.min, e["event_id"])

    anchor = min(events, key=earliest)
    return hashlib.sha1(f"merged\x1f{event_type}\x1f{anchor['event_id']}".encode()).hexdigest()[:20]


def merged_row(events: list[dict], schema_version: str | None = None) -> dict:
    """One row of ``merged_events`` from the mentions of one event."""
    events = sorted(events, key=_order)
    top = events[0]
    event_type = top["event_type"]
    venue_country = _most_common(e.get("venue_country") for e in events)
    places = [e.get("venue_place") for e in events if not venue_country or e.get("venue_country") == venue_country]
    date = best_date(events)
    published = sorted(d for d in (_as_date(e.get("published")) for e in events) if d is not None)
    sources = sorted({e["source"] for e in events if e.get("source")})
    row = {
        "merged_id": merged_id(event_type, events),
        "event_type": event_type,
        "actors": canonical_actors(events),
        "venue_place": _most_common(places),
        "venue_country": venue_country,
        "venue_occasion": _most_common(e.get("venue_occasion") for e in events),
        "event_date": date,
        "date_precision": precision_of(date),
        "event_day": event_day(date),
        "project": _most_common(e.get("project") for e in events),
        "topic": _most_common(e.get("topic") for e in events),
        "n_mentions": len(events),
        "n_articles": len({e["article_id"] for e in events}),
        "n_sources": len(sources),
        "article_ids": sorted({e["article_id"] for e in events}),
        "event_ids": sorted(e["event_id"] for e in events),
        "sources": sources,
        "first_published": published[0] if published else None,
        "last_published": published[-1] if published else None,
        "confidence": max(e.get("confidence") or 0.0 for e in events),
        "evidence": top.get("evidence") or "",
        "evidence_article_id": top["article_id"],
        "evidence_event_id": top["event_id"],
    }
    if schema_version is not None:
        row["schema_version"] = schema_version
    return row
