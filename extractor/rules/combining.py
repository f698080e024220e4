"""Keeping, merging and completing mentions into one event each.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from extractor import dates
from extractor.actors import COUNTRY, PERSON, Actor, _name_tokens
from extractor.rules.base import (
    _ALSO,
    _COMMUNIQUE,
    _PHONE_WORDS,
    _RELATIVE_DAY,
    _SAME_DAY,
    _SINCE_WORDS,
    MEETING,
    PROPOSAL,
    Event,
    Mention,
)


class Combining:
    def _add_companions(self, m: Mention) -> None:
        """ "hosted X, accompanied by Y", "received X together with Y", "along with Y": the named people
        who come with a party of the meeting take part in it too."""
        trigger = m.trigger
        if trigger is None:
            return
        have = [a for a, _ in m.actors]
        for tok in m.sent:
            pair = f"{tok.lower_} {tok.nbor().lower_}" if tok.i + 1 < len(self.doc) else ""
            if pair not in self.lex.companion_markers:
                continue
            if trigger not in tok.ancestors and not any(t is trigger for t in (tok, tok.head)):
                continue
            prep = tok.nbor()
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for a in self.actors.resolve(obj):
                    if a.kind == PERSON and not any(_actor_matches(a, b) for b in have):
                        have.append(a)
                        m.actors.append((a, m.actors[0][1]))

    def _keep(self, m: Mention) -> bool:
        actors = [a for a, _ in m.actors]
        if not actors:
            return False
        if m.type == MEETING and len({a.key() for a in actors}) < 2:
            return False
        return True

    def _in_headline(self, m: Mention) -> bool:
        """A headline: a line of its own with no closing stop ("Xi meets Kazakh president")."""
        text = self._doc_text
        start, end = m.sent.start_char, m.sent.end_char
        sentence = text[start:end]
        line = sentence.strip().rstrip("\"\u201d')")  # 'calls for "Silk Road"' has no stop; 'he said."' has one
        i = start
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        j = end
        while j < len(text) and text[j] in " \t":
            j += 1
        line_before = i == 0 or text[i - 1] == "\n"
        line_after = j == len(text) or text[j] == "\n" or sentence.rstrip(" \t").endswith("\n")
        return bool(line) and line[-1] not in ".!?:;" and line_before and line_after

    def _headline_repeats(self, mentions: list[Mention]) -> list[Mention]:
        """A headline states in short ("Xi meets Kazakh president") an event the body tells in full; it
        is dropped when the body has an event of its type sharing a party, so it is not counted twice."""
        body = [m for m in mentions if not self._in_headline(m)]
        return [
            m
            for m in mentions
            if not (
                self._in_headline(m)
                and any(
                    o.type == m.type and any(_actor_matches(a, b) for a, _ in m.actors for b, _ in o.actors)
                    for o in body
                )
            )
        ]

    def _merge(self, mentions: list[Mention]) -> list[Event]:
        mentions = [x for m in self._headline_repeats(mentions) for x in self._at_each_place(m)]
        mentions = [x for m in mentions for x in self._on_each_day(m)]
        events: list[Event] = []
        meetings: list[tuple[Event, Mention]] = []
        for m in mentions:
            target = None
            for ev, first in meetings if m.type == MEETING else []:
                if (
                    (_compatible(first, m) or self._talks_of_visit(first, m) or self._joins_meeting(first, m))
                    and not self._call_and_visit(first, m)
                    and not self._other_talks(ev, first, m)
                ):
                    target = (ev, first)
                    break
            if m.type != MEETING:
                for ev in events:
                    news_month = self.anchor.isoformat()[:7] if self.anchor else None
                    if ev.type == m.type and _same_statement(ev, m, news_month):
                        target = (ev, None)
                        break
            if target is None:
                ev = self._new_event(m)
                events.append(ev)
                if m.type == MEETING:
                    meetings.append((ev, m))
            else:
                self._absorb(target[0], m)
                if target[1] is not None and not _compatible(target[1], m):
                    self._host_for_state(target[0], target[1], m)
        self._apply_settings(events)
        self._inherit_from_talks(events, meetings)
        self._fill_news_day(events)
        self._place_occasions(events)
        self._share_venues(events)
        self._caption_places(events)
        self._visit_places(events)
        self._inherit_from_talks(events, meetings)  # venues shared just now reach the statements too
        self._hosts_of_envoys(events)
        self._venue_policies(events)
        return events

    def _visit_places(self, events: list[Event]) -> None:
        """The city the lead (a headline and the first sentences) says a party went to ("X visits Washington
        DC", "wrapped up a two-day visit to Antalya") places the party's in-person meetings of those days that
        the text does not place ("In the course of his visit, he also met ...", "On the margins of the summit,
        he met ...")."""
        found = self._lead_visit()
        if found is None:
            return
        city, visitor = found
        if not self.anchor:
            return
        for ev in events:
            if ev.type != MEETING or (ev.venue or {}).get("place") or ev._remote or ev._background or ev._call:
                continue
            # (the days of the visit are counted back from the news day: the dateline's, else the publication's)
            if ev.date and not (len(ev.date) == 10 and 0 <= (self.anchor - dt.date.fromisoformat(ev.date)).days <= 3):
                continue
            names = {w for a in ev.actors for w in a["name"].split()}
            if visitor and not names & visitor:
                continue
            ev.venue = {**(ev.venue or {"occasion": None}), "place": city, "country": self.gaz.city(city)}

    def _caption_places(self, events: list[Event]) -> None:
        """A photo caption above the story shows its people where and when the picture was taken: "(Photo: X
        with Y in Ashgabat, March 6.)" places the unplaced in-person meeting of X or Y on that day."""
        found = self._caption()
        if found is None:
            return
        city, names, day = found
        for ev in events:
            if ev.type != MEETING or (ev.venue or {}).get("place") or ev._remote or ev._background or ev._call:
                continue
            if day is not None and ev.date != day:
                continue
            if not {w for a in ev.actors for w in a["name"].split()} & names:
                continue
            ev.venue = {**(ev.venue or {"occasion": None}), "place": city, "country": self.gaz.city(city)}

    def _caption(self) -> tuple[str, set, str | None] | None:
        """(city, the people's name words, the day or none) of a photo caption above the story: a paragraph
        that opens on "(Photo", "(Press photo", "Photo caption" and the like with only short lines (a headline,
        a byline) before it; one below the lead may show another day of a tour."""
        span, start, text = None, 0, self._doc_text
        for _ in range(3):
            end = text.find("\n\n", start, start + 600)
            if end < 0:
                return None
            opener = text[start : start + 40].lower()
            if "photo" in opener and opener.startswith(("(", "photo")):
                span = self.doc.char_span(start, end, alignment_mode="contract")
                break
            if end - start > 150:
                return None
            start = end + 2
        if span is None:
            return None
        # (the tagger may take "Ashgabat, March 6" for one date)
        cities = {
            self.actors._ent_text(p) if p.ent_type_ == "GPE" else p.text
            for t in span
            if t.dep_ == "prep" and t.lower_ in ("in", "at")
            for p in t.children
            if p.dep_ == "pobj" and (p.ent_type_ == "GPE" or p.pos_ == "PROPN")
        }
        cities = {c for c in cities if self.gaz.city(c) and not self.gaz.country(c)}
        names = {t.text for t in span if t.ent_type_ == "PERSON" and t.is_alpha and len(t.text) > 1}
        if len(cities) != 1 or not names:
            return None
        days = {
            dates.resolve(e.text, self.anchor).iso for e in span.ents if e.label_ == "DATE" and self.anchor is not None
        }
        day = days.pop() if len(days) == 1 else None
        return cities.pop(), names, day if day and len(day) == 10 else None

    def _lead_visit(self) -> tuple[str, set] | None:
        """(city, the visitor's name words or none) of the one visit to a city the article's lead tells of:
        "wrapped up a visit to Antalya", "arrived in Canberra", "landed in the Armenian capital, Yerevan",
        "is in Seoul for the ceremony", "came here on Friday" (the dateline city). Read once per article."""
        if not hasattr(self, "_lead_visit_found"):
            self._lead_visit_found = self._find_lead_visit()
        return self._lead_visit_found

    def _find_lead_visit(self) -> tuple[str, set] | None:
        found = {}
        for sent in self._lead_sents():
            for t in sent:
                objs, visitor = [], None
                if t.pos_ == "VERB" and self._lemma(t) == "visit" and not self._planned_predicate(t):
                    objs = [c for c in t.children if c.dep_ == "dobj"]
                    visitor = [c for c in t.children if c.dep_ == "nsubj"]
                elif t.pos_ == "NOUN" and self._lemma(t) in self.lex.destination_nouns:
                    verb = t.head  # (the parser may hang "a two-day visit" on the day before it)
                    while verb.pos_ != "VERB" and verb.head != verb and verb.dep_ not in self._CLAUSE_DEPS:
                        verb = verb.head
                    if verb.pos_ != "VERB" or self._planned_predicate(verb):
                        continue
                    if self._lemma(verb) in ("plan", "invite", "cancel", "postpone", "announce"):
                        continue
                    # ("headed a delegation to Islamabad": the parser may hang the "to" on the verb)
                    heads = [t, verb] if t.dep_ == "dobj" and t.head == verb else [t]
                    tos = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"]
                    objs = [p for c in tos for p in c.children]
                    visitor = [c for c in verb.children if c.dep_ == "nsubj"]
                elif self._arrival(t):
                    # "arrived in Canberra on Thursday for talks", "is in Seoul for the ceremony": the journey's
                    # end (a person's journey: not "if the fair comes to Busan")
                    visitor = [c for c in t.children if c.dep_ == "nsubj"]
                    if not any(self._person_word(w) for v in visitor for w in v.subtree):
                        continue
                    objs = [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "to") for p in c.children]
                    objs += [c for c in t.children if c.dep_ == "advmod" and c.lower_ == "here"]
                if objs and self._earlier_trip(t):
                    continue
                for obj in objs:
                    city = self._visited_city(obj)
                    if city:
                        persons = {w.text for v in visitor or [] for w in v.subtree if self._person_word(w)}
                        found.setdefault(city, set()).update(persons)
        if len(found) != 1:
            return None
        return next(iter(found.items()))

    def _person_word(self, w) -> bool:
        """A word of a person's name: tagged so, or a word of a person the article has named ("Kalnins is in
        Seoul" after "his Latvian counterpart Andris Kalnins", the tagger missing the repeat)."""
        if w.ent_type_ == "PERSON":
            return True
        known = self.actors._match_person(_name_tokens(w.text)) is not None  # the register's own name matching
        return w.pos_ in ("PROPN", "NOUN") and w.text[:1].isupper() and known

    def _lead_sents(self) -> list:
        """The article's lead: its first five sentences counted from the one that opens with the dateline
        (captions, bylines and a headline may come before it)."""
        sents = list(self.doc.sents)
        start = 0
        if self.dateline:
            key = self.dateline.lower()
            start = next((k for k, s in enumerate(sents[:8]) if s.text.lstrip().lower().startswith(key)), 0)
        return sents[: start + 5]

    def _arrival(self, t) -> bool:
        """A journey's verb ("arrived", "came", "landed") or a stay ("is in Seoul"), not planned."""
        if t.pos_ == "VERB" and self._lemma(t) in self.lex.journey_verbs:
            return not self._planned_predicate(t)
        return (
            t.lemma_ == "be"
            and t.dep_ in ("ROOT", "conj")
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children)
            and not self._planned_predicate(t)
        )

    def _visited_city(self, obj) -> str | None:
        """The city a journey's end names: the city itself, "the Armenian capital, Yerevan" or "here" (the
        dateline city); a state names none ("visiting India" in a story datelined New Delhi)."""
        if obj.lower_ == "here":
            return self.dateline if self.dateline and self.gaz.city(self.dateline) else None
        for node in [obj] + [c for c in obj.children if c.dep_ == "appos"]:
            ent = self.actors._ent_of(node)
            text = ent.text if ent is not None else node.text
            if self.gaz.city(text) and not self.gaz.country(text):
                return text
        return None

    def _earlier_trip(self, tok) -> bool:
        """ "Meade visited Havana last month": a trip the text dates before the news days (the three days
        up to the dateline's) is not the visit the news tells of."""
        when = self._date(tok)
        if when is None or not when.iso or when.future or self.anchor is None:
            return False
        if when.precision != "day":
            return when.iso != self.anchor.isoformat()[: len(when.iso)]
        return (self.anchor - dt.date.fromisoformat(when.iso)).days > 3

    def _venue_policies(self, events: list[Event]) -> None:
        """ANNOTATION.md's venue policies, applied once every venue is shared: a phone or video call has no
        venue ("talked by telephone days after the summit in Helsinki" is not held in Helsinki), and a venue
        that names only a state ("talks in Saudi Arabia", "his state visit to the United States") gives no
        place, its state only."""
        for ev in events:
            if ev._call:
                ev.venue = None
                continue
            place = (ev.venue or {}).get("place")
            iso = self.gaz.country(place) if place else None
            if iso and not self.gaz.city(place):
                ev.venue = {**ev.venue, "place": None, "country": iso}

    def _hosts_of_envoys(self, events: list[Event]) -> None:
        """An envoy meets the officials of the state he is accredited to: "Iran's Ambassador to Pakistan"
        talking with the Petroleum Minister, a minister of no state the text gives, makes him Pakistan's."""
        persons = {p.name: p for p in self.actors.persons}
        found: dict[str, str] = {}
        for ev in events:
            if ev.type != MEETING:
                continue
            hosts = {persons[a["name"]].posted_to for a in ev.actors if a["name"] in persons}
            hosts.discard(None)
            if len(hosts) != 1:
                continue
            host = hosts.pop()
            for a in ev.actors:
                person = persons.get(a["name"])
                if (
                    a["kind"] == PERSON
                    and a["country"] is None
                    and person is not None
                    and person.posted_to is None
                    and person.titles & self.lex.host_office_titles
                ):
                    found[a["name"]] = host
        for ev in events:
            for a in ev.actors:
                if a["country"] is None and a["name"] in found:
                    a["country"] = found[a["name"]]

    def _apply_settings(self, events: list[Event]) -> None:
        """Give the nearest meeting (within two sentences, with a party in common when the setting
        names one) the place and day its setting states, where the meeting's own sentence does not."""
        for n, parties, venue, date, counted in self._settings:
            found = []
            for ev in events:
                if ev.type != MEETING or not ev._sents:
                    continue
                gap = min(abs(n - k) for k in ev._sents)
                if ev._background or gap > 2 and not (counted and parties and min(ev._sents) > n):
                    continue
                if counted and date is not None and ev.date and ev.date != date.iso:
                    continue
                if parties and not any(
                    _actor_matches(p, Actor(a["name"], a["kind"], a["country"])) for p in parties for a in ev.actors
                ):
                    continue
                own = (ev.venue or {}).get("place")
                if venue is not None and date is None and own and own not in venue["place"]:
                    # "In the short exchange in Apulia, X thanked Y for hosting him during his visit to Canada":
                    # a setting that only places goes to a meeting the text leaves unplaced, not one placed elsewhere
                    continue
                found.append((gap, ev))
            found.sort(key=lambda x: x[0])
            for _, ev in found if counted else found[:1]:
                self._set_from(ev, venue, date)

    def _set_from(self, ev: Event, venue, date) -> None:
        own = (ev.venue or {}).get("place")
        # a meeting placed only in its city takes the site in that city its setting gives
        refines = own and venue is not None and own != venue["place"] and own in venue["place"] and self.gaz.city(own)
        if venue is not None and not ev._remote and (not own or refines):
            ev.venue = {**(ev.venue or {}), **{k: v for k, v in venue.items() if v}}
        if date is not None and ev.date is None:
            ev.date, ev.date_precision = date.iso, date.precision

    def _occasion_places(self) -> list[tuple[int, str, str]]:
        """(sentence ordinal, occasion word, city) of every gathering the article places in a city:
        "the G20 summit in Bali", "talks in Bali", "hosted the summit in New Delhi"."""
        found = []
        for n, sent in enumerate(self.doc.sents):
            for t in sent:
                if t.pos_ not in ("NOUN", "PROPN"):
                    continue
                word = self._lemma(t)
                if word not in self.lex.occasion_heads and t.lower_ not in self.lex.occasion_heads:
                    continue
                holders = [t] + ([t.head] if t.dep_ == "dobj" and t.head.pos_ == "VERB" else [])
                cities = [c for holder in holders for c in self._prep_objects(holder, {"in"})]
                cities += [c for c, _ in self._held_in(t)]
                for city in cities:
                    ent = self.actors._ent_of(city)
                    if (
                        ent is not None
                        and ent.label_ == "GPE"
                        and self.gaz.city(ent.text)
                        and not self.gaz.country(ent.text)
                    ):
                        found.append((n, t.lower_ if t.lower_ in self.lex.occasion_heads else word, ent.text))
        return found

    def _held_in(self, occasion) -> list[tuple]:
        """ "the session of the Council, which was held in Riyadh on Tuesday", "the meeting of foreign
        ministers in Riyadh": (city, day or None) a gathering's own phrase places it in and dates it, through
        "of" and a clause of holding."""
        found = []
        for prep in (t for t in occasion.subtree if t.dep_ == "prep" and t.lower_ == "in" and t.head != occasion):
            node, ok, day = prep.head, True, None
            while node != occasion and ok:
                held = node.dep_ in ("relcl", "acl") and self._lemma(node) in ("hold", "convene", "take")
                if held:
                    day = self._date(node)
                ok = held or node.dep_ == "pobj" or (node.dep_ == "prep" and node.lower_ == "of")
                node = node.head
            if ok:
                found += [(p, day) for p in prep.children if p.dep_ == "pobj"]
        return found

    def _communique_setting(self, places) -> tuple[str, dates.Resolved | None] | None:
        """The one city (and day) the article's gatherings were held in: where their communique was issued."""
        settings = {(city, None) for _, _, city in places}
        for t in self.doc:
            if self._lemma(t) in self.lex.occasion_heads or t.lower_ in self.lex.occasion_heads:
                for city, day in self._held_in(t):
                    if day is not None and day.iso and not day.future:
                        settings.discard((self.actors._ent_text(city), None))
                        settings.add((self.actors._ent_text(city), day))
        cities = {city for city, _ in settings}
        if len(cities) != 1:
            return None
        days = {day for _, day in settings if day is not None}
        return next(iter(cities)), (days.pop() if len(days) == 1 else None)

    def _place_occasions(self, events: list[Event]) -> None:
        """An occasion the article places elsewhere places the events held at it ("on the margins of the
        Speakers' Summit" ... "hosted the summit in New Delhi"); the gathering the lead places in a city
        places the unplaced in-person meetings of the news day (a summit's bilaterals)."""
        places = self._occasion_places()
        if not places:
            return
        setting = self._communique_setting(places)
        for ev in events:
            if setting and ev.type != MEETING and not (ev.venue or {}).get("place") and _COMMUNIQUE.search(ev.evidence):
                # "In the communique, the Council backed ...": said where and when the gathering that issued it met
                city, day = setting
                ev.venue = {**(ev.venue or {"occasion": None}), "place": city, "country": self.gaz.city(city)}
                if day is not None:
                    ev.date, ev.date_precision = day.iso, day.precision
        for ev in events:
            venue = ev.venue or {}
            if venue.get("place") or not venue.get("occasion"):
                continue
            words = [w.lower().strip("()'") for w in venue["occasion"].split()]
            heads = [w for w in words if w in self.lex.occasion_heads]
            cities = {city for _, word, city in places if heads and word == heads[-1]}
            if len(cities) == 1:
                city = cities.pop()
                ev.venue = {**venue, "place": city, "country": self.gaz.city(city)}
        lead_sents = sorted({n for n, _, _ in places})[:1]
        lead = {city for n, _, city in places if lead_sents and n == lead_sents[0] and n <= 2}
        if len(lead) != 1:
            return
        city = lead.pop()
        news_day = next((e.date for e in sorted(events, key=lambda e: e.evidence_start) if e.date), None)
        for ev in events:
            if ev.type != MEETING or (ev.venue or {}).get("place") or ev._remote or ev._background:
                continue
            if ev.date and news_day and not (ev.date.startswith(news_day) or news_day.startswith(ev.date)):
                continue
            ev.venue = {**(ev.venue or {}), "place": city, "country": self.gaz.city(city)}
            ev.venue.setdefault("occasion", None)

    def _share_venues(self, events: list[Event]) -> None:
        """An in-person meeting the article does not place happened where its other meetings of that
        day did, when they all happened in one city (a summit's bilaterals); a meeting placed only in the
        city takes the day's site in it (a day of audiences)."""
        located = [
            e
            for e in events
            if e.type == MEETING
            and (e.venue or {}).get("place")
            and not e._remote
            and not self.gaz.country(e.venue["place"])  # a visit to a state places no talks of the day
        ]
        for ev in events:
            if ev.type != MEETING or ev._remote or ev._background:
                continue
            same_day = [e for e in located if e.date == ev.date]
            site = self._one_place(same_day)
            own = (ev.venue or {}).get("place")
            if own and site and own != site["place"] and own in site["place"] and self.gaz.city(own):
                # "received X at the Parliament Building" ... "also received Y" (placed only in the home
                # city): the day's site in that city
                ev.venue = {**ev.venue, **site}
            if own:
                continue
            # a building is where one meeting took place, and the day's other meetings may have been held
            # anywhere in town ("received the ambassadors at the palace ... also received X"); a city holds
            # them all (a summit's bilaterals), and so does the gathering a meeting names as its own
            # ("during the morning session, X met Y")
            if site and (self.gaz.city(site["place"]) or (ev.venue or {}).get("occasion")):
                ev.venue = {**site, **{k: v for k, v in (ev.venue or {}).items() if v}}

    @staticmethod
    def _one_place(events: list[Event]) -> dict | None:
        """The venue of meetings all held in one place; a city and a site in it ("Kuala Lumpur",
        "Parliament Building, Kuala Lumpur") are one place, the site."""
        places = {e.venue["place"] for e in events}
        if not places:
            return None
        widest = max(places, key=len)
        if not all(p in widest for p in places):
            return None
        return next(dict(e.venue) for e in events if e.venue["place"] == widest)

    def _inherit_from_talks(self, events: list[Event], meetings) -> None:
        """Statements made during talks take the talks' venue and date; not one the text puts before them
        ("had earlier congratulated him on ...")."""
        for ev in events:
            if ev.type == MEETING or ev._background:
                continue
            speakers = {a["name"] for a in ev.actors if a["role"] in ("source", "proposer")}
            for mt, _ in meetings:
                if mt._background and mt.evidence_start != ev.evidence_start:
                    continue  # "it may be recalled that ... during X's visit in July": no talks of this news
                names = {a["name"] for a in mt.actors}
                if speakers & names and mt.evidence_start <= ev.evidence_start + 2000:
                    if ev.date and mt.date and not (ev.date.startswith(mt.date) or mt.date.startswith(ev.date)):
                        continue  # "reaffirmed ... in a phone call last month": said at another time
                    if not (ev.venue or {}).get("place") and (mt.venue or {}).get("place"):
                        # its own phrase may name an occasion ("said in a meeting with X") but no place
                        ev.venue = {**mt.venue, **{k: v for k, v in (ev.venue or {}).items() if v}}
                    elif ev.venue is None and mt.venue is not None:
                        ev.venue = dict(mt.venue)
                    if ev.date is None and mt.date is not None:
                        ev.date, ev.date_precision = mt.date, mt.date_precision
                    if ev.type == PROPOSAL:
                        self._partner_from_talks(ev, mt)
                    break

    def _partner_from_talks(self, ev: Event, mt: Event) -> None:
        """A project proposed in bilateral talks with no partner named is proposed to the other side of
        the talks, the state it speaks for."""
        if any(a["role"] == "partner" for a in ev.actors) or len(mt.actors) != 2:
            return
        own = {a["country"] for a in ev.actors if a["role"] == "proposer"}
        names = {a["name"] for a in ev.actors}
        others = [a for a in mt.actors if a["name"] not in names]
        if len(others) != 1 or not others[0]["country"] or others[0]["country"] in own:
            return
        iso = others[0]["country"]
        ev.actors.append({"name": self.gaz.country_name(iso), "kind": COUNTRY, "role": "partner", "country": iso})

    def _fill_news_day(self, events: list[Event]) -> None:
        """The news of the day happened on the lead event's day ("yesterday" in the first paragraph),
        else on the publication day, unless the text dates it otherwise."""
        news_day = self.dateline_date or (self.published.isoformat() if self.published else None)
        for ev in sorted(events, key=lambda e: e.evidence_start):
            if (
                ev.date
                and ev.date_precision == "day"
                and not ev._background
                and self.published
                and 0 <= (self.published - dt.date.fromisoformat(ev.date)).days <= 2
            ):
                news_day = ev.date
                break
        else:
            news_day = self._lead_day() or news_day
        dated = sorted((e for e in events if e.date and e.date_precision == "day"), key=lambda e: e.evidence_start)
        for ev in events:
            if ev.date is None and _SAME_DAY.search(ev.evidence):
                # "Later in the day, the minister met ...": the day of the event reported before it
                before = [e for e in dated if e.evidence_start < ev.evidence_start]
                if before:
                    ev.date, ev.date_precision = before[-1].date, "day"
            elif ev.date is None and self._refers_back(ev):
                # "In May, A and B agreed to ... That understanding came out of a meeting between ...": the
                # meeting that produced the outcome just reported happened when that outcome did
                before = [e for e in events if e.date and e.evidence_start < ev.evidence_start]
                if before:
                    last = max(before, key=lambda e: e.evidence_start)
                    ev.date, ev.date_precision = last.date, last.date_precision
            elif ev.date is None and ev.type == MEETING and not ev._background and _ALSO.search(ev.evidence):
                # "On November 2, X held talks with Y ... X also held talks with Z": the day of X's talks
                names = {a["name"] for a in ev.actors}
                before = [
                    e
                    for e in dated
                    if e.type == MEETING
                    and e.evidence_start < ev.evidence_start
                    and names & {a["name"] for a in e.actors}
                ]
                if before:
                    ev.date, ev.date_precision = before[-1].date, "day"
        for ev in events:
            if ev.date is None and not ev._background and news_day is not None:
                opening = re.match(r"\s*(\w+)\s*,", ev.evidence)
                if opening and opening.group(1).lower() in self.lex.undated_before_adverbs:
                    # "Earlier, he met X": before the news, on a day the text does not give; its month
                    ev.date, ev.date_precision = news_day[:7], "month"
                else:
                    ev.date, ev.date_precision = news_day, "day"

    def _refers_back(self, ev: Event) -> bool:
        """The event's sentence opens on a demonstrative outcome ("That understanding came out of ...",
        "This decision was reached at ..."): it tells how the outcome reported just before came about."""
        words = re.findall(r"[A-Za-z]+", ev.evidence)[:2]
        return (
            len(words) == 2
            and words[0].lower() in ("that", "this", "those", "these")
            and words[1].lower() in self.lex.outcome_nouns | {w + "s" for w in self.lex.outcome_nouns}
        )

    def _lead_day(self) -> str | None:
        """The day the first sentence gives its news ("... reaffirmed on Thursday the partnership"),
        when no event of the article is dated to a recent day."""
        if not self.published:
            return None
        # a headline may come first; a dateline left in the text ("TOKYO", "(Kyodo) --") is no sentence
        lead = [sent for sent in self.doc.sents if any(t.pos_ in ("VERB", "AUX") for t in sent)][:4]
        for sent in lead:
            for ent in sent.ents:
                head = ent.root.head
                if head.dep_ == "prep":
                    head = head.head
                if (
                    head.dep_ == "pobj"
                    and head.head.head == sent.root
                    and self._lemma(sent.root) in self.lex.speech_verbs
                ):
                    head = sent.root  # "..., the ministry said in a statement on Thursday": the day of the news
                reported = head.dep_ in ("ccomp", "conj") and self._lemma(head.head) in self.lex.speech_verbs
                # "Speaking at the summit on Thursday, X urged ...": the speech the sentence reports (the day may
                # hang on the gathering spoken at)
                clause = head
                while clause.dep_ in ("pobj", "prep") and clause.head != clause:
                    clause = clause.head
                speaking = clause.dep_ == "advcl" and clause.head == sent.root
                speaking = speaking and self._lemma(clause) in self.lex.speaking_verbs
                if head != sent.root and not (reported and head.head == sent.root) and not speaking:
                    continue  # "the summit held yesterday" dates the summit, not the news
                if ent.label_ == "DATE" and _RELATIVE_DAY.search(ent.text):
                    found = dates.resolve(ent.text, self.anchor)
                    if found.iso and found.precision == "day" and not found.future:
                        if 0 <= (self.published - dt.date.fromisoformat(found.iso)).days <= 7:
                            return found.iso
        return None

    def _new_event(self, m: Mention) -> Event:
        if m.type == MEETING:
            m.actors = self._named_hosts(m)
        sent = m.sent
        text = sent.text
        lead = len(text) - len(text.lstrip())
        evidence = text.strip()
        start = self.offset + sent.start_char + lead
        ev = Event(
            type=m.type,
            actors=[{"name": a.name, "kind": a.kind, "role": role, "country": a.country} for a, role in m.actors],
            venue=m.venue,
            date=m.date.iso if m.date else None,
            date_precision=m.date.precision if m.date else None,
            project=m.project,
            topic=m.topic,
            evidence=evidence,
            evidence_start=start,
            evidence_end=start + len(evidence),
            confidence=0.0,  # set by the confidence model once the event is complete (find)
            _prior=m.prior,
            _rule=m.rule,
            _signals=self._signals(m),
        )
        ev._keys = {a.key() for a, _ in m.actors}
        ev._sents = {self._sent_no.get(m.sent.start, -99)}
        ev._background = self._is_background(m.trigger)
        if m.date is None and self._standing_clause(m.trigger):
            # "Algeria, which backs the movement", "Macri, who has backed the plan": a standing position told
            # of a party in passing, not an act of the news day (ANNOTATION.md: null date unless dated), held
            # nowhere in particular ("the talks in Jeddah, which Egypt supports" places the talks, not Egypt's stand)
            ev._background = True
            ev.venue = None
        ev._remote = self._is_remote(m)
        ev._call = m.type == MEETING and self._is_call(m.trigger)
        return ev

    def _named_hosts(self, m: Mention) -> list:
        """ "X thanked Y for hosting him during his visit to Z": the host the sentence names is the person
        who stands for Z (ANNOTATION.md: a person speaking for a state is one actor)."""
        hosts: dict[str, Actor] = {}
        for tok in m.sent:
            if self._lemma(tok) not in self.lex.meeting_host_verbs | {"host"} or tok.dep_ != "pcomp":
                continue
            prep = tok.head
            verb = prep.head
            if prep.lower_ != "for" or self._lemma(verb) not in self.lex.thanking_verbs | self.lex.praise_verbs:
                continue
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                for a in self.actors.resolve(obj):
                    if a.kind == PERSON and a.country:
                        hosts.setdefault(a.country, a)
        if not hosts:
            return m.actors
        out = []
        for a, role in m.actors:
            if a.kind == COUNTRY and a.country in hosts:
                a = hosts[a.country]
            if all(a != b for b, _ in out):
                out.append((a, role))
        return out

    def _standing_clause(self, trigger) -> bool:
        """The trigger's clause is a backing verb's relative clause in the present or present perfect ("which
        backs", "who has long supported") with no date of its own: it describes a party, it reports no act."""
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        if self._lemma(clause) not in self.lex.support_verbs | self.lex.stand_verbs:
            return False  # (a meeting "that X has held with Y" is an act of the news all the same)
        if clause.dep_ != "relcl" and not (
            # "Britain has long backed Ukraine's bid", stated by the article as fact (not "..., X said"): the
            # standing position of ANNOTATION.md, dated only when the text dates it
            clause.dep_ == "ROOT"
            and any(c.dep_ == "advmod" and c.lower_ in self.lex.standing_adverbs for c in clause.children)
            and not any(
                c.dep_ in ("ccomp", "parataxis") and self._lemma(c) in self.lex.speech_verbs for c in clause.children
            )
            and not any(self._lemma(c) in self.lex.speech_verbs for c in clause.children if c.dep_ == "advcl")
        ):
            return False
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        present = clause.tag_ in ("VBZ", "VBP") and not auxes
        perfect = clause.tag_ == "VBN" and any(a.lower_ in ("has", "have") for a in auxes)
        if not (present or perfect):
            return False
        return not any(t.ent_type_ == "DATE" for t in clause.subtree)

    def _talks_of_visit(self, a: Mention, b: Mention) -> bool:
        """ "X paid a state visit to Ghana, where he held talks with President Y": the talks are the visit's
        meeting when Y is of the host state or of no state the text gives, reported in the next sentences."""
        visit, talks = (a, b) if self._lemma(a.trigger) in ("visit", "tour", "trip") else (b, a)
        if self._lemma(visit.trigger) not in ("visit", "tour", "trip") or visit is talks:
            return False
        if abs(self._sent_no.get(a.sent.start, 0) - self._sent_no.get(b.sent.start, 0)) > 1:
            return False
        t = visit.trigger
        if t.dep_ == "pobj" and t.head.lower_ in ("after", "before", "since", "following", "until"):
            return False  # "after the visit of X to Y, relations improved": another, earlier event
        if self._is_background(t) or self._is_background(talks.trigger):
            return False
        da, db = (visit.date.iso if visit.date else None), (talks.date.iso if talks.date else None)
        if da and db and not (da.startswith(db) or db.startswith(da)):
            return False
        hosts = [x for x, _ in visit.actors if x.kind == COUNTRY]
        others = [x for x, _ in visit.actors if x.kind != COUNTRY]
        if len(hosts) != 1 or not others:
            return False
        talks_actors = [x for x, _ in talks.actors]
        if not all(any(_actor_matches(o, t) for t in talks_actors) for o in others):
            return False
        rest = [t for t in talks_actors if not any(_actor_matches(o, t) for o in others)]
        return len(rest) == 1 and rest[0].kind == PERSON and rest[0].country in (None, hosts[0].country)

    def _host_for_state(self, ev: Event, a: Mention, b: Mention) -> None:
        """The visit's host state is represented by the person the visitor held talks with."""
        visit, talks = (a, b) if self._lemma(a.trigger) in ("visit", "tour", "trip") else (b, a)
        hosts = [x.country for x, _ in visit.actors if x.kind == COUNTRY]
        visitors = [x for x, _ in visit.actors if x.kind != COUNTRY]
        met = [x.name for x, _ in talks.actors if x.kind == PERSON and not any(_actor_matches(v, x) for v in visitors)]
        if len(hosts) != 1 or len(met) != 1:
            return
        for x in ev.actors:
            if x["name"] == met[0] and x["country"] is None:
                x["country"] = hosts[0]
        ev.actors = [x for x in ev.actors if not (x["kind"] == COUNTRY and x["country"] == hosts[0])]

    def _call_and_visit(self, a: Mention, b: Mention) -> bool:
        """A phone call and a meeting somewhere between the same leaders are two events."""
        placed = (a.venue or {}).get("place") or (b.venue or {}).get("place")
        return bool(placed) and self._is_remote(a) != self._is_remote(b)

    def _at_each_place(self, m: Mention) -> list[Mention]:
        """ "held summits in Prague and in Washington": a meeting at each city (the venue found is the first)."""
        place = (m.venue or {}).get("place")
        if m.type != MEETING or not place or not self.gaz.city(place):
            return [m]
        cities = []
        for noun in [m.trigger] + self._objects(m.trigger):
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
                objs = [p for x in [prep] + list(prep.conjuncts) for p in x.children if p.dep_ == "pobj"]
                for p in objs + [c for o in objs for c in o.conjuncts]:
                    city = self.actors._ent_text(p)
                    if self.gaz.city(city) and city not in cities:
                        cities.append(city)
        if len(cities) < 2 or place not in cities:
            return [m]
        return [m] + [
            replace(m, venue={**m.venue, "place": city, "country": self.gaz.city(city)})
            for city in cities
            if city != place
        ]

    def _on_each_day(self, m: Mention) -> list[Mention]:
        """ "talked by phone with X on Friday and on Sunday": a call on each day (the date found is the first)."""
        if m.type != MEETING or m.date is None or m.date.precision != "day" or self.anchor is None:
            return [m]
        days = []
        for prep in (c for c in m.trigger.children if c.dep_ == "prep" and c.lower_ == "on"):
            objs = [p for x in [prep] + list(prep.conjuncts) for p in x.children if p.dep_ == "pobj"]
            for p in objs + [c for o in objs for c in o.conjuncts]:
                if p.ent_type_ != "DATE":
                    continue
                day = dates.resolve(p.text, self.anchor)
                if day.iso and day.precision == "day" and not day.future and day.iso not in days:
                    days.append(day.iso)
        if len(days) < 2 or m.date.iso not in days:
            return [m]
        return [m] + [replace(m, date=dates.Resolved(day, "day", False)) for day in days if day != m.date.iso]

    def _joins_meeting(self, first: Mention, m: Mention) -> bool:
        """ "X held talks with Y on Friday. ... Z also took part in the meeting with Y": a meeting the text
        refers back to ("the meeting with Y", all of whose named others are the first meeting's parties) is
        that meeting, and its new party one more participant of it."""
        tok = m.trigger
        if m.type != MEETING or tok.pos_ != "NOUN" or self._lemma(tok) not in self.lex.meeting_nouns:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children):
            return False
        others = [a for p in self._prep_objects(tok, {"with"}) for a in self.actors.resolve(p)]
        mine = [x for x, _ in first.actors]
        if not others or not all(any(_actor_matches(o, y) for y in mine) for o in others):
            return False
        return not (first.date and m.date and first.date.iso and m.date.iso and first.date.iso != m.date.iso)

    def _other_talks(self, ev: Event, first: Mention, m: Mention) -> bool:
        """Talks of the same parties that the text keeps apart from a meeting already found (an event is
        one thing that happened, not one pair of parties): held in another country; recalled ("had met
        before") while the meeting found is the news of the day; called "another", "separate" or
        "previous" talks; or a repeat that one sentence sets after or before the other ("held a second
        call, following a conversation earlier that day")."""
        here, there = (first.venue or {}).get("country"), (m.venue or {}).get("country")
        if here and there and here != there:
            return True
        if self._is_background(m.trigger, sequence=False) and not ev._background:
            return True
        if self._marked(m.trigger, self.lex.other_event_words):
            return True
        if m.sent.start != first.sent.start and _BEFORE_THAT.match(m.sent.text.lstrip()):
            return True  # "Prior to that, on December 7, the two held a video conference": an earlier one
        if m.sent.start != first.sent.start or self._sequenced(m.trigger) == self._sequenced(first.trigger):
            return False
        # "held a second call, following a conversation earlier that day": a repeat set after the other
        return any(self._marked(x.trigger, self.lex.repeat_words) for x in (first, m) if not self._sequenced(x.trigger))

    def _marked(self, trigger, words) -> bool:
        """ "another phone call", "a separate discussion", "their previous talks", "a second call": the
        meeting (the trigger, or the meeting noun a light verb takes) is qualified by one of ``words``."""
        nouns = [trigger] + [o for o in self._objects(trigger) if o.pos_ == "NOUN"]
        return any(
            c.lower_ in words and (c.dep_ in ("det", "amod") or (c.dep_ == "advmod" and c.lower_ == "again"))
            for n in nouns
            for c in n.children
        )

    def _sequenced(self, trigger) -> bool:
        """ "following a conversation", "after their talks": an event the sentence sets before or after another."""
        return trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ in self.lex.sequence_preps

    def _is_remote(self, m: Mention) -> bool:
        """A phone or video call: it has no venue to share or inherit."""
        t = m.trigger
        if t.dep_ == "pobj" and t.head.lower_ in _SINCE_WORDS:
            # "have held no phone call since their talks in Istanbul": only the talks' own words tell
            return any(w.lower_ in _PHONE_WORDS for w in t.subtree)
        if (
            (m.venue or {}).get("place")
            and t.dep_ == "relcl"
            and self._lemma(t.head) in self.lex.meeting_nouns
            and not self._is_call(t)
            and not self._is_call(t.head)
        ):
            # "used the calls to tell them how the meeting he had held at the Kremlin had gone": a meeting
            # its own clause places is no call for a phone word elsewhere in the sentence
            return False
        return any(
            (w.lower_ in _PHONE_WORDS or w.lower_ in ("telephoned", "phoned", "videoconference"))
            and not self._phone_of_report(w, t)
            for w in m.sent
        )

    def _phone_of_report(self, word, trigger) -> bool:
        """ "X had a telephone call with Y in which he said that 'the conversation between A and B went well'":
        the phone word belongs to a call whose report holds the trigger, not to the meeting the report cites."""
        owner = word
        while owner.head != owner and not (
            owner.pos_ == "NOUN" and self._lemma(owner) in self.lex.meeting_nouns or owner.pos_ in ("VERB", "AUX")
        ):
            owner = owner.head
        return owner != trigger and owner.pos_ == "NOUN" and trigger in owner.subtree

    _CALL_MEANS = ("by", "over", "via", "through", "on", "in", "during")
    _CALL_DEPS = ("prep", "pobj", "dobj", "compound", "amod", "npadvmod", "nsubj", "nsubjpass", "agent")

    def _is_call(self, trigger) -> bool:
        """ "held a phone call with", "talked by telephone", "spoke over the phone", "phoned": the meeting word
        itself, or a word it governs without a clause between, says the meeting was a call."""
        words = _PHONE_WORDS | {"telephoned", "phoned", "videoconference", "teleconference", "videolink"}
        stack = [(trigger, 0)]
        while stack:
            tok, depth = stack.pop()
            if tok.lower_ in words:
                return True
            if depth < 3:
                # ("met X in Rome after a phone call last week": an earlier call, not this meeting)
                stack += [
                    (c, depth + 1)
                    for c in tok.children
                    if c.dep_ in self._CALL_DEPS and (c.dep_ != "prep" or c.lower_ in self._CALL_MEANS)
                ]
        return False

    def _signals(self, m: Mention) -> dict:
        """What the sentence stating a mention says of how firmly it is stated (confidence features)."""
        t = m.trigger
        text = self._doc_text
        # inside a quotation: an odd number of double quote marks since the paragraph began
        before = text[text.rfind("\n", 0, t.idx) + 1 : t.idx]
        quoted = sum(before.count(q) for q in '"\u201c\u201d') % 2 == 1
        reported = False  # "..., X said", "Reuters reported that ...": the trigger is in what someone said
        node = t
        while node.head != node:
            if node.dep_ in ("ccomp", "parataxis") and self._lemma(node.head) in self.lex.speech_verbs:
                reported = True
                break
            node = node.head
        return {
            "quoted": quoted,
            "reported": reported,
            "hedged": any(w.lower_ in self.lex.hedge_words for w in m.sent),
            "sentence": self._sent_no.get(m.sent.start, -1),
            "dated": m.date is not None and bool(m.date.iso),  # its own words date it (not the news day)
        }

    def _absorb(self, ev: Event, m: Mention) -> None:
        ev.mentions += 1
        ev._sents.add(self._sent_no.get(m.sent.start, -99))
        ev._remote = ev._remote or (m.type == MEETING and self._is_remote(m))
        ev._call = ev._call and not (m.type == MEETING and not self._is_call(m.trigger))  # told as in person too
        ev._prior = max(ev._prior, m.prior)
        for a, role in m.actors:
            if a.key() not in ev._keys and not any(
                x["kind"] == PERSON and a.kind == COUNTRY and x["country"] == a.country for x in ev.actors
            ):
                if a.kind == PERSON and a.country:
                    # "visited Washington, meeting Joe Biden": the person speaks for the state already there
                    ev.actors = [
                        x
                        for x in ev.actors
                        if not (x["kind"] == COUNTRY and x["country"] == a.country and x["role"] == role)
                    ]
                ev.actors.append({"name": a.name, "kind": a.kind, "role": role, "country": a.country})
                ev._keys.add(a.key())
        if ev.venue is None and m.venue is not None:
            ev.venue = m.venue
        elif ev.venue is not None and m.venue is not None:
            for k in ("place", "country", "occasion"):
                if not ev.venue.get(k) and m.venue.get(k):
                    ev.venue[k] = m.venue[k]
        if ev.date is None and m.date is not None and m.date.iso:
            ev.date, ev.date_precision = m.date.iso, m.date.precision
        elif ev.date and m.date is not None and m.date.iso and m.date.iso.startswith(ev.date) and m.date.iso != ev.date:
            # "the visit in 2024" ... "his visit in January 2024": the finer date of the same event
            ev.date, ev.date_precision = m.date.iso, m.date.precision


def _actor_matches(a: Actor, b: Actor) -> bool:
    if a == b:
        return True
    if a.kind == b.kind == PERSON:
        ta, tb = set(a.name.lower().split()), set(b.name.lower().split())
        return ta <= tb or tb <= ta
    if COUNTRY in (a.kind, b.kind) and a.country and a.country == b.country:
        return True
    return False


def _one_actor_per_state(actors: list[dict]) -> list[dict]:
    """A person speaking for a state is one actor (ANNOTATION.md): of a person and the state they belong
    to, both in one event, keep the one the event names first ("X proposed that Spain join", Spain's
    premier met later: Spain; "he said, citing Vietnam-China ties", he being Vietnam's: him)."""
    out: list[dict] = []
    for a in actors:
        if a["country"] and a["kind"] in (PERSON, COUNTRY):
            other = COUNTRY if a["kind"] == PERSON else PERSON
            if any(b["kind"] == other and b["country"] == a["country"] for b in out):
                continue
        out.append(a)
    return out


def _dedupe_compatible(actors: list[Actor]) -> list[Actor]:
    """Drop a state when a person of that state is already a party."""
    out = []
    for a in actors:
        if a.kind == COUNTRY and any(b.kind == PERSON and b.country == a.country for b in actors):
            continue
        if any(_actor_matches(a, b) and a.kind == b.kind for b in out):
            continue
        out.append(a)
    return out


# a sentence that sets what it tells before the event just told
_BEFORE_THAT = re.compile(r"(?:prior to|before) (?:that|this)\b|previously\b", re.IGNORECASE)


def _compatible(first: Mention, m: Mention) -> bool:
    """Two meeting mentions are one meeting when one's parties are among the other's."""
    a = [x for x, _ in first.actors]
    b = [x for x, _ in m.actors]
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not all(any(_actor_matches(x, y) for y in large) for x in small):
        return False
    if first.date and m.date and first.date.iso and m.date.iso and first.date.iso != m.date.iso:
        if not (first.date.iso.startswith(m.date.iso) or m.date.iso.startswith(first.date.iso)):
            return False
    return True


def _same_statement(ev: Event, m: Mention, news_month: str | None = None) -> bool:
    sources = {a["name"] for a in ev.actors if a["role"] in ("source", "proposer")}
    m_sources = {a.name for a, r in m.actors if r in ("source", "proposer")}
    if not sources & m_sources:
        return False
    if ev.type == PROPOSAL and m.date and m.date.iso and not ev.date and news_month:
        # "welcomed X's decision to build the railway. ... during her visit in January, she pressed for work on
        # the line": a proposal dated to another month is an earlier statement, not the news of the day
        if not news_month.startswith(m.date.iso[:7]):
            return False
    if ev.type == PROPOSAL:
        # within one article a shorter mention of the same project shares most of its words
        return _overlap(ev.project or "", m.project or "") >= 0.6
    if m.date and m.date.iso:
        # "reaffirmed ... on Friday", "had reaffirmed ... last month": two statements; an undated one is of
        # the news, so of the month the story is filed in
        if ev.date and not (ev.date.startswith(m.date.iso) or m.date.iso.startswith(ev.date)):
            return False
        if not ev.date and news_month and not news_month.startswith(m.date.iso[:7]):
            return False
    targets = {a["name"] for a in ev.actors if a["role"] == "target"}
    m_targets = {a.name for a, r in m.actors if r == "target"}
    if targets and m_targets:
        return bool(targets & m_targets)
    return _jaccard(ev.topic or "", m.topic or "") >= 0.5


def _overlap(a: str, b: str) -> float:
    ta = set(re.findall(r"\w+", a.lower())) - {"the", "a", "an", "and", "of"}
    tb = set(re.findall(r"\w+", b.lower())) - {"the", "a", "an", "and", "of"}
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _jaccard(a: str, b: str) -> float:
    ta = set(re.findall(r"\w+", a.lower()))
    tb = set(re.findall(r"\w+", b.lower()))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)
