"""Filling an event's venue and date from the trigger's sentence and the article.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

import re

from extractor import dates
from extractor.rules.base import _DAY_SPAN, _HOLDING_VERBS, _RELATIVE_DAY, _span_text

# "in particular X", "in short", "in turn": the parser may take the word after as the place of the "in"
_IN_PHRASE_ADVERBS = frozenset({"particular", "general", "short", "turn", "brief", "total", "sum"})


class SlotRules:
    def _scope(self, trigger) -> list:
        """Tokens whose attachments describe the trigger's event: itself and its clause ancestors."""
        chain = [trigger]
        head = trigger
        saying = self.lex.speech_verbs | {"recall"}
        if trigger.dep_ == "advcl" and trigger.is_sent_start and self._lemma(trigger.head) in saying:
            # "Meeting with Koung, Wang recalled that at the Beijing summit the presidents had met": what the
            # speaker recalled happened elsewhere; the meeting is placed by its own words only
            return chain
        while head.head != head and len(chain) < 6:
            if head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs:
                chain.append(head.head)
                # "Speaking at a news conference in Geneva on Monday, X said ...": the occasion of the saying
                speaking = [
                    c
                    for c in head.head.children
                    if c.dep_ == "advcl" and c.tag_ == "VBG" and self._lemma(c) in self.lex.speaking_verbs
                ]
                # ("Addressing a summit of leaders in Georgetown": the gathering addressed, where it was held)
                chain += speaking + [
                    o for c in speaking for o in c.children if o.dep_ == "dobj" and self._is_occasion(o)
                ]
                break
            head = head.head
            chain.append(head)
        return chain

    def _venue(self, trigger) -> dict | None:
        place = occasion = None
        chain = self._scope(trigger)
        candidates = []
        for node in chain:
            for c in node.children:
                if c.dep_ == "prep" or (c.dep_ == "advmod" and c.lower_ == "here") or c.dep_ == "acl":
                    candidates.append(c)
            if node == trigger and trigger.pos_ in ("NOUN", "PROPN"):
                # "the ceremony, hosted at Buckingham Palace", "the summit held at the Prime Minister's Office"
                for acl in (c for c in node.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                    candidates += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
                # "the meeting, which took place on the margins of X in the Emirati city of Dubai": where the
                # clause of holding says it was
                for relcl in (c for c in node.children if c.dep_ == "relcl" and self._lemma(c) in _HOLDING_VERBS):
                    if not any(a.dep_ == "aux" and a.lower_ in self.lex.modal_future for a in relcl.children):
                        candidates += [c for c in relcl.children if c.dep_ == "prep"]
            if node == trigger:
                # "held talks in Beijing", "met X at the Great Hall" (the parser often hangs the place on
                # the object): places attached to what a meeting verb governs
                meeting = (
                    self._lemma(node)
                    in self.lex.meeting_verbs | self.lex.meeting_light_verbs | self.lex.meeting_host_verbs
                    or self._lemma(node) in self.lex.meeting_nouns
                )
                if meeting:
                    candidates += self._governed_places(node)
                # "shortly after he landed in Yerevan, X sat down for a meeting with Y": the journey's end
                candidates += [
                    p
                    for c in node.children
                    if c.dep_ == "advcl" and self._lemma(c) in self.lex.journey_verbs
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "in"
                ]
        candidates += self._after_talks_places(chain)
        # "signed X during the Prime Minister's visit to New Delhi" (the parser may hang "during" on a word
        # inside the clause): the occasion's place
        candidates += [
            t
            for t in trigger.subtree
            if t.lower_ == "during"
            and t.dep_ == "prep"
            and t not in candidates
            and any(p.dep_ == "pobj" and self._is_occasion(p) for p in t.children)
        ]
        for prep in list(candidates):
            # "On Friday in Dushanbe, ... held talks": the place hangs on the day, or on its "on"
            for day in (p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"):
                for node in (day, prep):
                    candidates += [c for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        found = []
        for prep in candidates:
            if prep.lower_ == "here" and self.dateline:
                place = place or self.dateline
                continue
            found_place, found_occasion = self._from_prep(prep)
            place = place or found_place
            occasion = occasion or found_occasion
            if found_place and prep.lower_ in ("in", "at"):
                found.append(found_place)
        place = self._site_in_city(place, found)
        if place is None and occasion is None:
            return None
        country = self.gaz.place_country(place) or self.gaz.place_country(place.split(", ")[-1]) if place else None
        if (
            place
            and country is None
            and self.dateline
            and self._is_site(place)
            and self.dateline.lower() not in place.lower()
            and not self._names_city(place)
        ):
            # "at the Great Hall of the People" in a story datelined Beijing: a site of the dateline city; of
            # the city the lead says the party travelled to, when it went elsewhere ("travelled to Guatemala
            # City on Monday" ... "met X at the National Palace")
            visit = self._lead_visit()
            city = visit[0] if visit is not None and self.gaz.city(visit[0]) else self.dateline
            country = self.gaz.place_country(city)
            place = f"{place}, {city}"
        elif place and self.gaz.country(place) and not self.gaz.city(place):
            # "during his visit to China", "at the summit in Australia": the city of that state the
            # article names (its dateline included), if just one
            city = self._city_named_in(occasion) or self._only_city_in(self.gaz.country(place))
            if city:
                place = city
        elif place is None and occasion:
            place = self._city_named_in(occasion)  # "at the Munich Security Conference"
            country = self.gaz.place_country(place) if place else None
        return {"place": place, "country": country, "occasion": occasion}

    _AFTER_WORDS = ("after", "following")

    def _after_talks_places(self, chain: list) -> list:
        """ "X and Y said on Monday following talks in Brussels", "speaking after talks in Berlin, X said": a
        statement made right after talks is made where they were held (the "in"/"at" of the talks)."""
        found = []
        for node in chain:
            if self._lemma(node) not in self.lex.speech_verbs:
                continue
            heads = [node] + [c for c in node.children if c.dep_ == "advcl" and self._lemma(c) in self.lex.speech_verbs]
            for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in self._AFTER_WORDS):
                for talks in (
                    p for p in prep.children if p.dep_ == "pobj" and self._lemma(p) in self.lex.meeting_nouns
                ):
                    found += [c for c in talks.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        return found

    def _site_in_city(self, place: str | None, found: list) -> str | None:
        """ "held talks in Paris, at the Foreign Ministry": a site and the city the clause names are one
        place, the site with its city after a comma (not the dateline's city)."""
        if not place or ", " in place or self.gaz.country(place):
            return place
        others = [p for p in found if p != place and ", " not in p and not self.gaz.country(p)]
        if self.gaz.city(place):
            site = next((p for p in others if not self.gaz.city(p)), None)
            return f"{site}, {place}" if site else place
        city = next((p for p in others if self.gaz.city(p)), None)
        return f"{place}, {city}" if city else place

    _CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "parataxis", "conj", "appos")
    _TOPIC_WORDS = ("on", "about", "over", "regarding", "concerning", "for")

    def _governed_places(self, trigger) -> list:
        """ "held talks in Beijing", "received X at the Government headquarters" (the parser often hangs
        the place on an object): "in"/"at" phrases the meeting word governs through its objects, not
        ones inside a clause or a topic ("discussed the conflict in Myanmar", "a scholar who visited Gaza")."""
        found = []
        for c in trigger.subtree:
            # "X, who is on a visit to Laos", "X, who headed a delegation to Islamabad": where the party went
            destination = c.dep_ == "prep" and c.lower_ == "to" and self._destination_of(c.head)
            if not (
                (c.dep_ == "prep" and c.lower_ in ("in", "at"))
                or (c.dep_ == "advmod" and c.lower_ == "here")
                or destination
            ):
                continue
            node, ok, on_party = c.head, True, False
            # "discussed the ceasefire with X in Cairo": a place hung on the party met is where they met
            with_party = node.ent_type_ == "PERSON" and node.dep_ == "pobj" and node.head.lower_ == "with"
            while node != trigger and ok:
                parenthetical = (
                    node.dep_ == "appos" and node.left_edge.i > 0 and self.doc[node.left_edge.i - 1].text == ","
                )
                if node.dep_ in self._CLAUSE_DEPS and node.pos_ in ("VERB", "AUX") or node.dep_ in ("relcl", "acl"):
                    # ("received a delegation led by X in Tehran": the parser hangs the place on "led")
                    on_party = self._visiting_clause(node) if destination else self._calling_clause(node)
                    ok = on_party or self._leading_clause(node)
                elif parenthetical:  # "Usackas, head of the EU delegation in Moscow": where he serves
                    ok = False
                elif (
                    node.dep_ == "prep"
                    and node.lower_ in self._TOPIC_WORDS
                    and node.head.pos_ != "PROPN"
                    # "hosted X for dinner in Berlin", "sat down for talks with X in Lima": the meal or the
                    # talks are the meeting, not its topic
                    and not (
                        node.lower_ == "for"
                        and any(
                            self._lemma(o) in self.lex.hospitality_nouns | self.lex.meeting_nouns for o in node.children
                        )
                    )
                    # "who is on a visit to Laos": the visit is where the party is, not a topic
                    and not (node.lower_ == "on" and any(self._destination_of(o) for o in node.children))
                ):
                    ok = False
                elif (
                    node.head == trigger
                    and node.dep_ == "dobj"
                    and self._lemma(trigger) in self.lex.topic_verbs
                    and not with_party
                ):
                    ok = False  # "discussed the ceasefire in Gaza": what was discussed, not where
                node = node.head
            if ok and c.head != trigger and (on_party or not destination):
                found.append(c)
        return found

    def _destination_of(self, tok) -> bool:
        """ "a visit", "a trip", "headed a delegation": a word whose "to X" says where a party went."""
        if self._lemma(tok) in self.lex.destination_nouns:
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.destination_verbs:
            return True  # "X, who has come to Beijing for the forum"
        return tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and self._lemma(c) in self.lex.destination_nouns for c in tok.children
        )

    def _visiting_clause(self, node) -> bool:
        """ "X, who headed a delegation to Islamabad", "X, who is on a visit to Laos": an undated clause on a
        party of the meeting that says where the party went."""
        return (
            node.dep_ == "relcl"
            and node.head.pos_ == "PROPN"
            and (self._lemma(node) in ("head", "lead", *self._CALLING_VERBS) or node.tag_ in ("VBZ", "VBP"))
            and not any(t.ent_type_ == "DATE" for t in node.subtree)
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children)  # "who will visit"
        )

    _CALLING_VERBS = ("come", "call", "see", "meet", "visit", "arrive", "pay")

    def _calling_clause(self, node) -> bool:
        """ "talked with X, who had come to see him at his office in Islamabad": a clause on a party that
        says the party came to the meeting tells where it was."""
        if node.dep_ == "relcl" and node.lemma_ == "be" and node.tag_ in ("VBZ", "VBP") and node.head.pos_ == "PROPN":
            return True  # "received X, who is in Havana on an official visit": where the party is now
        while node.dep_ in ("advcl", "xcomp", "conj") and self._lemma(node) in self._CALLING_VERBS:
            node = node.head
        return node.dep_ == "relcl" and self._lemma(node) in self._CALLING_VERBS and node.head.pos_ == "PROPN"

    def _leading_clause(self, node) -> bool:
        """ "a delegation led by X", "a team headed by X": the clause names who leads a party of the meeting."""
        return (
            node.dep_ == "acl"
            and self._lemma(node) in ("lead", "head")
            and any(c.dep_ == "agent" for c in node.children)
            and (
                node.head.lower_ in self.lex.delegate_nouns
                or self._lemma(node.head) in ("delegation", "team", "mission")
                or node.head.dep_ == "pobj"
                and node.head.head.head.lower_ in ("delegation", "team", "mission")
            )
        )

    def _city_named_in(self, occasion: str | None) -> str | None:
        """A city that names the occasion: "the Munich Security Conference", "the Bled Strategic Forum"."""
        words = (occasion or "").replace("-", " ").split()
        for i, word in enumerate(words):
            if word[:1].isupper() and self.gaz.city(word) and not self.gaz.country(word):
                # not "a Shanghai Cooperation Organization summit": the city begins a body's name
                if any(self.gaz.organization(" ".join(words[i:j])) for j in range(i + 2, len(words) + 1)):
                    continue
                return word
        return None

    def _names_city(self, place: str) -> bool:
        """The place says which city it is in ("the Great Hall of the People in Beijing"); a city in a
        site's own name ("Hyderabad House") does not."""
        m = re.search(r"\bin ([A-Z][\w'\-]+(?: [A-Z][\w'\-]+){0,2})$", place)
        return bool(m and self.gaz.city(m.group(1)))

    def _is_site(self, place: str) -> bool:
        return place in self._sites or any(
            ent.label_ in ("FAC", "ORG", "LOC") and place in ent.text for ent in self.doc.ents
        )

    def _only_city_in(self, iso: str) -> str | None:
        cities = set()
        for ent in self.doc.ents:
            if ent.label_ == "GPE" and self.gaz.city(ent.text) == iso and not self.gaz.country(ent.text):
                prev = self.doc[ent.start - 1] if ent.start > 0 else None
                if prev is not None and prev.lower_ in ("in", "at"):
                    cities.add(ent.text)
        if not cities and self.dateline and self.gaz.city(self.dateline) == iso:
            cities.add(self.dateline)
        return cities.pop() if len(cities) == 1 else None

    def _from_prep(self, prep) -> tuple[str | None, str | None]:
        word = prep.lower_
        if prep.i + 1 < len(self.doc) and self.doc[prep.i + 1].lower_ in _IN_PHRASE_ADVERBS:
            return None, None  # "discussed the crises, in particular Gaza and Sudan": a topic, not a place
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        place = occasion = None
        for obj in objs:
            ent = self.actors._ent_of(obj)
            # "at the G20 Summit" (tagged a facility): a gathering is the occasion, not a place
            gathering = ent is not None and ent.label_ != "GPE" and self._named_gathering(obj)
            if word in ("in", "at") and ent is not None and ent.label_ in ("GPE", "LOC", "FAC") and not gathering:
                text = re.sub(r"^the\s+", "", self._trimmed(ent), flags=re.I)
                place = self._with_owner_city(obj, self._with_city(ent, text))
                place = self._with_city_in(obj, ent.end, place)
                continue
            named = ent.text if ent is not None else obj.text
            if word == "at" and self._seat_of_state(obj, ent):
                # "received X at the Kremlin", "met at the Presidency": the seat an organ of state is named for
                place = re.sub(r"^the\s+", "", self._trimmed(ent), flags=re.I)
                self._sites.add(place)
                continue
            if word in ("in", "at") and self._named_settlement(obj):
                place = self._named_settlement(obj)  # "in the capital Havana", "in the border village of X"
                continue
            if word in ("in", "at") and self._capital_named(obj):
                place = self._capital_named(obj)  # "in the Saudi capital", "in the national capital"
                continue
            if word in ("in", "at") and obj.pos_ == "PROPN" and self.gaz.city(named):
                place = named  # a known city the tagger left unlabelled or took for an organisation
                continue
            if word in ("in", "at") and self._site_head(obj):
                # "at the Parliament Building", "at the Prime Minister's Office"
                place = self._with_city_in(obj, obj.i + 1, self._with_owner_city(obj, self._site_text(obj)))
                self._sites.add(place)
                continue
            if word in ("to",) and (self._lemma(prep.head) == "welcome" or self._destination_of(prep.head)):
                # "his visit to Hanoi", "welcomed Polish Prime Minister Donald Tusk to Berlin"
                if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
                    place = ent.text
                continue
            if word in ("on", "at", "during", "of", "amid", "in") and self._is_occasion(obj):
                # "on the sidelines of X": the occasion is the object of "of"
                if self._lemma(obj) in ("sideline", "sidelines", "margin", "margins", "fringe", "fringes"):
                    for of in obj.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            for o in of.children:
                                if o.dep_ == "pobj":
                                    occasion, inner = self._occasion_text(o)
                                    place = place or inner
                else:
                    occasion, inner = self._occasion_text(obj)
                    place = place or inner
        return place, occasion

    def _seat_of_state(self, obj, ent) -> bool:
        """ "the Kremlin", "the Presidency" (tagged an organisation): the name of an organ of state that is
        also the building it sits in, as the object of "at"."""
        if ent is None or ent.label_ != "ORG" or obj.pos_ != "PROPN" or obj != ent.root:
            return False
        name = re.sub(r"^the\s+", "", self._trimmed(ent), flags=re.I).lower()
        return name in self.lex.seat_of_state_names

    def _named_gathering(self, tok) -> bool:
        """ "the G20 Summit", "the Valdai Forum": a name whose head word is a gathering's (occasion_heads) and
        not a building's (site_heads: "the Conference Hall")."""
        lemma = self._lemma(tok)
        return (lemma in self.lex.occasion_heads or tok.lower_ in self.lex.occasion_heads) and not (
            lemma in self.lex.site_heads or tok.lower_ in self.lex.site_heads
        )

    def _named_settlement(self, tok) -> str | None:
        """A town word with the place's name in apposition or after "of": "the capital Havana", "the
        border village of Panmunjom" name a place as well as "Havana" or "Panmunjom" do."""
        if self._lemma(tok) not in self.lex.settlement_nouns or tok.ent_type_:
            return None
        # ("the capital Havana", "the UAE capital, Abu Dhabi": the name right after it, or after a comma)
        names = []
        for c in tok.children:
            if c.dep_ != "appos":
                continue
            ent = self.actors._ent_of(c)
            first = ent.start if ent is not None else c.i
            if first == tok.i + 1 or (first == tok.i + 2 and tok.nbor(1).text == ","):
                names.append(c)
        names += [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        for name in names:
            ent = self.actors._ent_of(name)
            if ent is not None and ent.label_ in ("GPE", "LOC", "FAC") and not self.gaz.country(ent.text):
                return ent.text
        return None

    @staticmethod
    def _trimmed(ent) -> str:
        """The entity's text without the function words the tagger may take in at its end ("the Great Hall of
        the People on" before "Friday")."""
        end = ent.end
        while end > ent.start + 1 and ent.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART"):
            end -= 1
        return ent.doc[ent.start : end].text

    def _with_city(self, ent, place: str) -> str:
        """``place`` with the known city written right after it and a comma: "in Yongsan, Seoul" is a
        district with its city (a city or a state stays as it is)."""
        doc = self.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or self.gaz.city(place) or self.gaz.country(place):
            return place
        nxt = self.actors._ent_of(doc[ent.end + 1])
        if nxt is not None and nxt.label_ == "GPE" and nxt.start == ent.end + 1 and self.gaz.city(nxt.text):
            return f"{place}, {nxt.text}"
        return place

    def _with_city_in(self, obj, end: int, place: str) -> str:
        """ "at Shati Palace in Abu Dhabi", "at the Presidential Palace in Lusaka" (the parser hangs the city
        on the site or on the verb): the site with its city after a comma, the place both name."""
        if ", " in place or self.gaz.city(place) or self.gaz.country(place):
            return place
        if end + 1 < len(self.doc) and self.doc[end].text == ",":
            # "at the Presidential Villa, Abuja" (the parser may leave the city unlabelled)
            nxt = self.doc[end + 1]
            ent = self.actors._ent_of(nxt)
            name = ent.text if ent is not None and ent.start == nxt.i and ent.label_ == "GPE" else nxt.text
            if nxt.pos_ == "PROPN" and self.gaz.city(name) and not self.gaz.country(name):
                return f"{place}, {name}"
        preps = [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i]
        if end < len(self.doc) and self.doc[end].dep_ == "prep" and self.doc[end].head != obj:
            preps.append(self.doc[end])  # the next word, on the verb: "received X at the Palace in Lusaka"
        for prep in preps:
            if prep.lower_ not in self.lex.site_city_preps or prep.i != end:
                continue
            for p in prep.children:
                city = self.actors._ent_of(p) if p.dep_ == "pobj" else None
                if city is not None and city.label_ == "GPE" and self.gaz.city(city.text):
                    return f"{place}, {city.text}"
        return place

    def _capital_named(self, tok) -> str | None:
        """ "the Saudi capital" is Riyadh; "the national capital", in a story datelined from a capital,
        is the dateline city."""
        if self._lemma(tok) != "capital" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ not in ("amod", "compound", "poss"):
                continue
            # ("the Saudi capital", "Kenya's capital", "the UAE capital")
            iso = self.gaz.demonym(c.text) or (self.gaz.country(c.text) if c.dep_ in ("poss", "compound") else None)
            if iso:
                return self.gaz.capital_of(iso)
            if c.lower_ in ("national", "federal") and self.dateline and self.gaz.capital(self.dateline):
                return self.dateline
        return None

    def _with_owner_city(self, obj, place: str) -> str:
        """ "at Beijing's Diaoyutai State Guesthouse": the site, with the city that owns it after a comma."""
        for c in obj.children:
            ent = self.actors._ent_of(c) if c.dep_ == "poss" else None
            if ent is None or ent.label_ != "GPE" or not self.gaz.city(ent.text) or self.gaz.country(ent.text):
                continue
            site = place.removeprefix(f"{ent.text}'s ").removeprefix(f"{ent.text}\u2019s ")
            return site if site == ent.text or ent.text in site else f"{site}, {ent.text}"
        return place

    def _site_head(self, tok) -> bool:
        """A named building or compound: "Bayan Palace", "the PM House", "the Government headquarters"."""
        if self._lemma(tok) not in self.lex.site_heads and tok.lower_ not in self.lex.site_heads:
            # 'the Presidential Palace "ARG"': the site word modifies the name
            return tok.pos_ == "PROPN" and any(
                c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.lower_ in self.lex.site_heads
                for c in tok.children
            )
        return (
            tok.pos_ == "PROPN"
            or any(
                c.dep_ in ("compound", "nmod", "poss", "amod") and (c.pos_ == "PROPN" or c.is_title)
                for c in tok.children
            )
            # "the headquarters of the Ministry of Foreign Affairs", "the residence of the Japanese Ambassador"
            or any(
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
                for c in tok.children
            )
        )

    def _site_text(self, tok) -> str:
        """The site's name without article, with the city it is said to be in: "Government headquarters, Hanoi"."""
        city = None
        skip = set()
        for t in tok.subtree:
            if t.head == tok and t.i > tok.i and t.dep_ != "prep" or t.dep_ in ("relcl", "acl", "appos"):
                skip |= {x.i for x in t.subtree}
            elif t.head == tok and t.dep_ == "prep" and t.lower_ != "of":
                skip |= {x.i for x in t.subtree}
                for p in t.children:
                    ent = self.actors._ent_of(p)
                    if (
                        t.lower_ == "in"
                        and ent is not None
                        and ent.label_ == "GPE"
                        and self.gaz.place_country(ent.text)
                    ):
                        city = ent.text
        words = [t for t in tok.subtree if t.i not in skip and not (t.is_punct and t.text in ('"', "\u201c", "\u201d"))]
        while words and words[0].dep_ == "det":
            words = words[1:]
        text = _span_text(words)
        end = max(t.i for t in words) + 1 if words else 0
        if text.count('"') % 2 and end < len(self.doc) and self.doc[end].text == '"':
            text += '"'  # 'the Presidential Palace "ARG"': close the quoted name
        return f"{text}, {city}" if city else text

    def _is_occasion(self, tok) -> bool:
        if self._lemma(tok) in ("sideline", "sidelines", "margin", "margins", "fringe", "fringes"):
            return True
        ent = self.actors._ent_of(tok)
        if ent is not None and ent.label_ == "EVENT":
            return True
        return self._lemma(tok) in self.lex.occasion_heads or tok.lower_ in self.lex.occasion_heads

    def _occasion_text(self, tok) -> tuple[str | None, str | None]:
        """The occasion's name without article, and the place inside it ("... Forum in Beijing")."""
        place = None
        skip = set()
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.i > tok.i:
                for p in t.children:
                    ent = self.actors._ent_of(p)
                    if p.dep_ == "pobj" and ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
                        place = self._with_city(ent, ent.text)
                        skip |= {x.i for x in t.subtree}
                    elif p.dep_ == "pobj" and self._capital_named(p):  # "the forum in the Kenyan capital"
                        place = self._capital_named(p)
                        skip |= {x.i for x in t.subtree}
            if t.dep_ in ("relcl", "acl", "appos") and t.i > tok.i:
                skip |= {x.i for x in t.subtree}
        words = [t for t in tok.subtree if t.i not in skip]
        while words and (words[0].dep_ in ("det", "poss") or words[0].is_punct):
            words = words[1:]
        while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep")):
            words = words[:-1]
        if self._lemma(tok) in ("visit", "trip", "tour"):
            for t in tok.subtree:
                if t.dep_ == "prep" and t.lower_ == "to":
                    for p in t.children:
                        ent = self.actors._ent_of(p)
                        if ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
                            place = place or ent.text
            return None, place
        text = _span_text(words) if words else None
        if text and len(text.split()) == 1 and text.lower() in self.lex.occasion_heads:
            text = None  # "during the talks" names no occasion
        return text, place

    _NOT_EVENT_TIME = ("since", "until", "till", "by", "before", "after", "ahead", "from", "of", "for", "between")

    def _date(self, trigger) -> dates.Resolved | None:
        """The date the clause gives its event: a date attached to the trigger or one of its clause
        heads ("met on Monday", "held talks Wednesday"), not one inside another phrase ("the 2016
        agreement", "lands occupied since 1967", "the 2023 forum"). Relative days ("yesterday",
        "on Tuesday") anywhere in the trigger's own phrase count: they date the news."""
        candidates = []
        nodes = self._journey_cut(self._scope(trigger))
        # "held talks with X on May 7": the parser often hangs the day on the meeting the verb holds
        nodes += [o for o in self._objects(trigger) if self._lemma(o) in self.lex.meeting_nouns]
        # "the ministry recalled on Wednesday that A and B signed ...": the day of the recalling, not of the act
        nodes = [n for n in nodes if n == trigger or self._lemma(n) not in self.lex.recalling_verbs]
        # "signed X during the Prime Minister's visit in May last year": the day the occasion itself is given
        # (the parser may hang "during" on a word inside the clause)
        occasion_preps = [c for node in nodes for c in node.children] + [
            t for t in trigger.subtree if t.lower_ == "during"
        ]
        for c in (c for c in occasion_preps if c.dep_ == "prep" and c.lower_ in ("during", "at", "on")):
            for occasion in (p for p in c.children if p.dep_ == "pobj" and self._is_occasion(p)):
                # ("at last week's summit", "during a February 26-28 visit": the day its own phrase gives the
                # occasion; "during a visit from 14 to 16 May": the days it filled)
                candidates += [
                    d for d in occasion.children if d.dep_ in ("npadvmod", "tmod", "poss", "nmod") and self._is_day(d)
                ]
                candidates += [
                    d
                    for pr in occasion.children
                    if pr.dep_ == "prep" and (pr.lower_ in ("in", "on") or self._span_from(pr))
                    for d in pr.children
                    if d.dep_ == "pobj" and self._is_day(d)
                ]
        for node in nodes:
            # "in January 2023, when he held talks with X": the date the "when" clause hangs on
            if node.dep_ == "relcl" and self._is_day(node.head) and any(c.lower_ == "when" for c in node.children):
                candidates.append(node.head)
        for node in nodes:
            for c in node.children:
                if self._is_day(c) and c.dep_ in ("npadvmod", "tmod", "advmod", "nmod", "obl", "dep"):
                    candidates.append(c)
                elif c.dep_ == "prep" and (c.lower_ not in self._NOT_EVENT_TIME or self._span_from(c)):
                    for p in (p for p in c.children if p.dep_ == "pobj"):
                        # "on Sunday evening": the tagger may label the day DATE and its time TIME
                        candidates += [
                            d for d in (p, *p.children) if self._is_day(d) and (d == p or d.dep_ == "compound")
                        ]
                        if c.lower_ in ("in", "at") and p.ent_type_ in ("GPE", "FAC", "LOC"):
                            # "at the Guesthouse, June 6", "in Lima on Monday": the parser hangs the day
                            # on the place
                            candidates += [d for d in p.children if d.dep_ in ("npadvmod", "appos") and self._is_day(d)]
                            candidates += [
                                d
                                for on in p.children
                                if on.dep_ == "prep" and on.lower_ == "on"
                                for d in on.children
                                if d.dep_ == "pobj" and self._is_day(d)
                            ]
                    # "on the sidelines of the forum held in Slovenia the previous day": the occasion's day
                    for occasion in (t for t in c.subtree if t.dep_ == "pobj" and self._is_occasion(t)):
                        # "on the sidelines of last week's summit"
                        candidates += [d for d in occasion.children if d.dep_ == "poss" and self._is_day(d)]
                        for acl in (a for a in occasion.children if a.dep_ == "acl" and a.tag_ == "VBN"):
                            candidates += [
                                d for d in acl.children if d.ent_type_ == "DATE" and d.dep_ in ("npadvmod", "tmod")
                            ]
                            candidates += [
                                p
                                for pr in acl.children
                                if pr.dep_ == "prep" and pr.lower_ in ("on", "in")
                                for p in pr.children
                                if p.dep_ == "pobj" and p.ent_type_ == "DATE"
                            ]
        candidates += [
            t
            for t in trigger.subtree
            if self._is_day(t) and _RELATIVE_DAY.search(t.text) and not self._in_party_clause(t, trigger)
        ]
        candidates += self._caption_day(trigger)
        seen = set()
        opening = self._dateline_end()
        for t in sorted(candidates, key=lambda x: abs(x.i - trigger.i)):
            if t.i < opening:
                continue  # "MOSCOW, March 1 (Interfax) -- X met Y on Thursday": the dateline's day is the report's
            while t.dep_ == "conj" and self._is_day(t.head):
                t = t.head  # "Friday" of "on Thursday and Friday": the span begins at its first day
            ent = self.actors._ent_of(t)
            if ent is None or ent.start in seen:
                continue
            seen.add(ent.start)
            if ent.end < len(self.doc) and self.doc[ent.end].lower_ in ("after", "before"):
                continue  # "a day after X was elected": counted from another event, not from the news
            if self._reporting_day(t, trigger):
                continue
            text = ent.text
            for conj in (c for c in ent.root.children if c.dep_ == "conj" and self._is_day(c)):
                # "on Thursday and Friday": the tagger's two dates are one span of days
                text = self.doc[ent.start : self.actors._ent_of(conj).end].text
            resolved = dates.resolve(text, self.anchor)
            if resolved.iso or resolved.future:
                return resolved
        if any(c.dep_ == "advmod" and c.lower_ == "recently" for node in nodes for c in node.children):
            # "recently held talks": no day, the month of the news (README's date convention)
            return dates.resolve("recently", self.anchor)
        return None

    def _dateline_end(self) -> int:
        """The index of the dash that closes the body's opening dateline ("MOSCOW, March 1 (Interfax) --"), or -1:
        the parser may hang the dateline's day on the first sentence's verb."""
        if getattr(self, "_dateline_end_at", None) is None:
            self._dateline_end_at = -1
            for t in self.doc[:40]:
                if t.text in ("--", "\u2014", "\u2013"):
                    before = self.doc[max(0, t.i - 12) : t.i].text.lower()
                    if self.dateline and self.dateline.lower() in before:
                        self._dateline_end_at = t.i
                    break
        return self._dateline_end_at

    def _journey_cut(self, chain: list) -> list:
        """ "arrived in Addis Ababa last night to attend the meeting": the day of the journey dates the
        journey, not the meeting the purpose clause names; the clause heads up to the purpose clause."""
        for k, node in enumerate(chain[:-1]):
            purpose = node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            if purpose and node.head == chain[k + 1] and self._lemma(chain[k + 1]) in self.lex.journey_verbs:
                return chain[: k + 1]
        return chain

    def _in_party_clause(self, tok, trigger) -> bool:
        """ "met Y, who arrived in Ankara on Tuesday": a day in a relative clause on a party dates what the
        clause tells of the party (its arrival), not the meeting."""
        node = tok
        while node != trigger and node.head != node:
            if node.dep_ == "relcl" and node.head.pos_ == "PROPN":
                return True
            node = node.head
        return False

    def _span_from(self, prep) -> bool:
        """ "from 14th to 16th May": the days an event filled, not a point it is counted from."""
        if prep.lower_ != "from":
            return False
        for p in prep.children:
            ent = self.actors._ent_of(p) if p.dep_ == "pobj" and p.ent_type_ == "DATE" else None
            if ent is not None and _DAY_SPAN.search(ent.text):
                return True
        return False

    def _caption_day(self, trigger) -> list:
        """ "X and Y pose during a meeting ... in Granada, Spain October 5, 2023.": a photo caption ends on
        the place and day of what it shows."""
        sent = trigger.sent
        end = sent.end - 1 if sent[-1].is_punct else sent.end
        ent = self.actors._ent_of(self.doc[end - 1])
        if ent is None or ent.label_ != "DATE" or ent.end != end:
            return []
        root = ent.root
        place = root.head
        while place.dep_ == "conj" and place.head != place:
            place = place.head
        if root.dep_ not in ("appos", "npadvmod") or place.ent_type_ not in ("GPE", "FAC", "LOC"):
            return []
        return [root] if place in trigger.subtree or trigger in place.ancestors else []

    def _reporting_day(self, tok, trigger) -> bool:
        """ "..., the agency reported early Friday", "Xinhua reported on Monday that ...": the day of the
        report, not of what it reports."""
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        return head != trigger and head.pos_ == "VERB" and self._lemma(head) == "report"

    def _is_day(self, tok) -> bool:
        """A token of a date; or of a time that names its day ("on Monday night", which the tagger
        labels TIME)."""
        if tok.ent_type_ == "DATE":
            return True
        ent = self.actors._ent_of(tok) if tok.ent_type_ == "TIME" else None
        return ent is not None and bool(_RELATIVE_DAY.search(ent.text))
