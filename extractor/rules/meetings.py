"""MEETING triggers: verbs, calls, visits, hosts and nouns of talks.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

from extractor import dates
from extractor.actors import COUNTRY, GROUP, ORGANIZATION, PERSON, Actor
from extractor.rules.base import _ABOUT, _CALLED_ON, _DURING, _PHONE_WORDS, MEETING, Mention
from extractor.rules.combining import _actor_matches, _dedupe_compatible

# verbs that hand credentials over ("presented / handed / submitted his credentials to Y")
_HANDING_OVER = ("present", "hand", "submit")


class MeetingRules:
    def _side_heads(self, sent) -> dict[str, Actor]:
        """ "with the Amir heading the Kuwaiti side and King X heading the Bahraini side": the person who
        led each state's side in the sentence, by the state's code."""
        heads: dict[str, Actor] = {}
        for verb in sent:
            if verb.pos_ != "VERB" or self._lemma(verb) not in ("head", "lead"):
                continue
            for obj in self._objects(verb):
                if self._lemma(obj) not in ("side", "delegation", "team"):
                    continue
                states = (
                    self.gaz.demonym(m.text) or self.gaz.country(m.text)
                    for m in obj.children
                    if m.dep_ in ("amod", "compound", "poss")
                )
                iso = next((code for code in states if code), None)
                people = [a for a in self._resolve_all(self._subjects(verb)) if a.kind == PERSON]
                if iso and len(people) == 1:  # the side named outranks a state guessed from nearby words
                    heads[iso] = Actor(people[0].name, PERSON, iso)
        return heads

    def _meeting_from(self, tok, agents, partners, prior, nominal=False, expand=True, extra=()):
        parties = self._resolve_all(agents)
        for p in self._resolve_all(partners, expand) + list(extra):
            if p not in parties:
                parties.append(p)
        heads = self._side_heads(tok.sent) if any(p.kind == COUNTRY for p in parties) else {}
        parties = [heads.get(p.country, p) if p.kind == COUNTRY else p for p in parties]
        parties = _dedupe_compatible(parties)
        if len(parties) < 2:
            return None
        if self._is_negated(tok) or self._is_hypothetical(tok):
            return None
        if not nominal and self._is_future(tok):
            return None
        if self._anticipated(tok) or self._continuing(tok) or self._habitual(tok):
            return None
        m = self._mention(MEETING, [(a, "participant") for a in parties], tok, prior, nominal=nominal)
        if m.date is not None and m.date.future:
            return None
        return m

    def _habitual(self, tok) -> bool:
        """ "they talk when they consider it necessary", "the two usually meet on the margins": what parties do
        as a rule, in the simple present, is no one meeting."""
        if tok.tag_ not in ("VBP", "VBZ"):
            return False
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("when", "whenever"):
            return True  # (the parser may hang the "when" clause elsewhere)
        return any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("when", "whenever") for m in c.children)
            or c.dep_ == "advmod"
            and c.lower_ in ("usually", "regularly", "often", "routinely", "normally", "always")
            for c in tok.children
        )

    def _continuing(self, tok) -> bool:
        """ "A and B have been in accession negotiations since 2020", "has been in talks with X since May",
        "have held negotiations on the border for more than a decade": talks in the perfect that last over a
        span are a continuing process, no one meeting."""
        node = tok
        while node.pos_ not in ("VERB", "AUX") and node.head != node and node.dep_ in ("pobj", "prep", "dobj", "conj"):
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return False
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in node.children)
        if not perfect:
            return False
        for c in list(node.children) + list(tok.children):
            if c.dep_ != "prep":
                continue
            objs = [p for p in c.children if p.dep_ == "pobj"]
            # ("has held talks with Y since his arrival on Monday": no span of time, the news of the day)
            if c.lower_ in ("since", "for") and any(p.ent_type_ == "DATE" for p in objs):
                return True
        return False

    def _anticipated(self, tok) -> bool:
        """A meeting the sentence puts ahead of it, not one that took place (ANNOTATION.md: planned, hoped
        for or announced): "it will be X's first visit to Y" (the copula bears the modal), "looked forward
        to meeting Y", "awaits talks with Y", "proposed regular meetings between A and B", "called for talks
        with Y", "remains committed to opening negotiations with A and B"."""
        lex = self.lex
        node = tok
        while node.dep_ == "conj" and node.head != node:
            node = node.head  # "proposed regular meetings and a summit between A and B"
        head = node.head
        if node.dep_ == "attr" and head.lemma_.lower() == "be":
            return any(c.dep_ == "aux" and c.lower_ in lex.modal_future for c in head.children)
        if node.dep_ == "dobj":
            lemma = self._lemma(head)
            if lemma in lex.awaiting_verbs or lemma in lex.meeting_proposing_verbs and lemma != "call":
                return True
            return head.dep_ == "pcomp" and self._anticipated(head)  # "committed to opening talks with Y"
        if node.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "conj") and head.pos_ == "ADP":
            prep = head
            while prep.dep_ == "conj" and prep.head.dep_ == "prep":
                prep = prep.head  # "committed to the process and to opening negotiations with A"
            gov = prep.head
            if head.lower_ == "to":
                return gov.lower_ in lex.commitment_adjectives or any(
                    c.dep_ == "advmod" and c.lower_ in lex.anticipation_adverbs for c in gov.children
                )
            if head.lower_ == "for":
                return self._lemma(gov) in lex.meeting_proposing_verbs
            # "In his talks with Y, X plans to raise ...", "At the summit, X will ...": the clause the phrase
            # hangs on is still ahead, so are the talks (a past "planned", "sought" says what was done there)
            if gov.pos_ in ("VERB", "AUX") and head.lower_ in (*_DURING, "through"):
                present = gov.tag_ in ("VBZ", "VBP")
                return (
                    self._lemma(gov) in lex.planning_verbs
                    and present
                    or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in gov.children)
                )
        return False

    def _meeting_verb(self, tok):
        lemma = self._lemma(tok)
        listed = self._among_listed(tok)
        if listed is not None:
            return listed
        agents = self._subjects(tok)
        sent = self._sent_parties(agents)
        if sent is not None:
            agents = []
        with_objs = self._prep_objects(tok, {"with", "between"})
        direct = self._objects(tok) if lemma in ("meet", "consult") else []
        if not with_objs and not direct:
            with_objs = self._with_below(tok)
        if lemma in ("speak", "talk") and not with_objs:
            # "spoke to X by phone", "has spoken to Secretary Blinken" (a person, not "the press")
            to = self._prep_objects(tok, {"to"})
            # "speaking exclusively to X", "speaking to journalist X": an interview, not talks
            interview = any(c.lower_ in self.lex.interview_words for c in tok.children) or any(
                t.lower_ in self.lex.interview_words for p in to for t in p.subtree
            )
            if interview:
                to = []
            if self._by_phone(tok) or any(a.kind == PERSON and a.country for t in to for a in self.actors.resolve(t)):
                with_objs = to
        if lemma in ("exchange", "discuss") and not with_objs and not self._several(agents):
            return None  # "X and Y discussed", "X discussed Z with Y"; not "X discussed Z"
        if lemma == "discuss" and not with_objs and self._ongoing(tok):
            return None  # "officials of both are discussing a range of issues": continuing contacts, no one meeting
        if lemma == "exchange" and not any(
            self._lemma(o)
            in (
                "view",
                "views",
                "idea",
                "ideas",
                "opinion",
                "opinions",
                "courtesy",
                "courtesies",
                "pleasantry",
                "pleasantries",
                "greeting",
                "greetings",
                "wish",
                "wishes",
            )
            for o in self._objects(tok)
        ):
            return None  # exchanging greetings or fire is no meeting
        plural_subject = any(
            a.conjuncts or a.lower_ in ("they", "both", "two") or any(c.lower_ in ("two", "both") for c in a.children)
            for a in agents
        ) or self._several(agents)
        if lemma in ("speak", "talk", "chat", "converse") and not with_objs and not plural_subject:
            return None  # "the two leaders spoke by telephone" names both parties; "X spoke" does not
        if lemma == "meet" and tok.dep_ == "amod":
            return None
        if any(
            self._lemma(c) in ("time", "occasion") and any(n.dep_ in ("nummod", "amod") for n in c.subtree)
            for c in tok.children
            if c.dep_ in ("npadvmod", "dobj", "advmod", "obj")
        ):
            return None  # "have met more than 40 times": many meetings, none of them one event
        partners = with_objs + direct
        partners += self._senders(tok, partners)
        reciprocal = any(p.lower_ in ("other", "another") for p in partners)  # "spoke with each other"
        if partners and not reciprocal and not any(self.actors.resolve(p) for p in partners) and sent is None:
            # "the protocol chief and the military aide met the guest in the courtyard": whom they met the text
            # does not name; the two who met someone did not meet each other
            return None
        split = self._bilaterals(tok, agents, partners) if sent is None else None
        if split is not None:
            return split
        return self._meeting_from(tok, agents, partners, 0.9, extra=sent or ())

    def _sent_parties(self, agents) -> list | None:
        """The states an unnamed delegation stands for, where its own phrase names none: "X sent a delegation
        that met Y" (X's state), "Delegations from A and B were among the others that met Y" (A and B);
        None when the subject is no such delegation."""
        if len(agents) != 1:
            return None
        agent = agents[0]
        if self._lemma(agent) in self.lex.sent_party_nouns and not any(
            c.ent_type_ for c in agent.subtree if c.i < agent.i
        ):
            # "a special envoy of Prime Minister X called on Y": an unnamed envoy is the state he speaks for
            sent = [
                self.actors.country_actor(a.country)
                for p in self._prep_objects(agent, {"of"})
                for a in self.actors.resolve(p)
                if a.kind == PERSON and a.country
            ]
            if sent:
                return sent
        if self.actors.resolve(agent):
            return None
        if agent.lower_ in ("others", "those") and agent.dep_ == "pobj" and agent.head.lower_ == "among":
            found = [a for c in agent.head.head.children if c.dep_ == "nsubj" for a in self.actors.resolve(c)]
            return found or None
        if self._lemma(agent) in self.lex.sent_party_nouns and agent.dep_ == "dobj":
            if self._lemma(agent.head) not in self.lex.sending_verbs:
                return None
            found = []
            for c in agent.head.children:
                if c.dep_ == "nsubj":
                    for a in self.actors.resolve(c):
                        found.append(self.actors.country_actor(a.country) if a.country else a)
            return found or None
        return None

    def _meeting_reciprocal(self, tok):
        """ "X and Y last saw each other in New York": seeing one another is meeting (not "X saw Y speak")."""
        doc = tok.doc
        follow = doc[tok.i + 1 : tok.i + 3].text.lower() if tok.i + 3 <= len(doc) else ""
        if follow not in self.lex.reciprocal_objects:
            return None
        agents = self._subjects(tok)
        if not self._several(agents):
            return None
        return self._meeting_from(tok, agents, [], 0.75)

    def _meeting_handed(self, tok):
        """A message or letter handed over in person by someone other than its author, or by a delegation or
        envoy, is a meeting of the one who hands it and the one who receives it: "the envoy handed over a
        letter from X to Y", "a message from X was delivered to Y by the Z delegation". Not "X sent a message
        to Y" (no one met)."""
        msgs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and self._lemma(c) in self.lex.message_nouns]
        if not msgs:
            return None
        passive = any(c.dep_ == "nsubjpass" for c in msgs)
        givers = (
            [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if passive
            else self._subjects(tok)
        )
        recipients = self._prep_objects(tok, {"to"}) + [p for m in msgs for p in self._prep_objects(m, {"to"})]
        authors = [a for m in msgs for p in self._prep_objects(m, {"from"}) for a in self.actors.resolve(p)]
        given = [a for g in givers for a in self.actors.resolve(g)]
        if not given or not recipients:
            return None
        courier = any(self._lemma(g) in self.lex.sent_party_nouns for g in givers) or (
            authors and not any(_actor_matches(a, b) for a in authors for b in given)
        )
        if not courier:
            return None
        return self._meeting_from(tok, givers, recipients, 0.75)

    def _meeting_signed(self, tok):
        """ "A and B signed a memorandum", "the memorandum was signed in Moscow by A and B": two named people
        signing one text together met to sign it (states signing meet no one in particular)."""
        signers = self._subjects(tok)
        if not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
            return None  # "the leaders looked on as the agreement was signed": who signed is not said
        if not all(s.i in self.actors._person_at for s in signers):
            return None  # "the two sides signed 245 deals": named people only
        people = [a for a in self._resolve_all(signers) if a.kind == PERSON]
        if len(people) < 2 or len(signers) > 1 and not all(s.dep_ == "conj" for s in signers[1:]):
            return None
        if self._is_future(tok) or not self._objects(tok) and not self._passive_subjects(tok):
            return None
        return self._meeting_from(tok, signers, [], 0.7)

    def _with_below(self, tok) -> list:
        """ "discussed regional security with X", "exchanged views with X", "met behind closed doors with X":
        the parser hangs the "with" on the noun after the verb (its object, or a phrase that is not a topic);
        a named person there is the other party. Not a party ("discussed ties with China") nor a meeting
        ("discussed his talks with X") nor a topic ("spoke about his friendship with X")."""
        nouns = list(self._objects(tok))
        nouns += [
            p
            for c in tok.children
            # ("spoke by telephone with X": the parser may label the active verb's "by" an agent)
            if c.dep_ in ("prep", "agent") and c.lower_ not in _ABOUT and c.lower_ != "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        found = []
        for n in nouns:
            if (
                self.actors.resolve(n)
                or self._lemma(n) in self.lex.meeting_nouns
                or n.lower_ in self.lex.interview_words
                or self._lemma(n) in self.lex.interview_words
            ):
                continue  # ("spoke in an interview with journalist X": a press interview, no talks)
            found += [
                w for w in self._prep_objects(n, {"with"}) if any(a.kind == PERSON for a in self.actors.resolve(w))
            ]
        return found

    def _senders(self, tok, objs) -> list:
        """ "received a delegation from Somalia", "met with a team from the World Bank": the parser hangs the
        "from" on the verb; the delegation the text does not otherwise place comes from its object."""
        if not any(self._lemma(o) in ("delegation", "team", "mission") and not self.actors.resolve(o) for o in objs):
            return []
        return [p for p in self._prep_objects(tok, {"from"}) if self.actors.resolve(p)]

    @staticmethod
    def _ongoing(tok) -> bool:
        """ "are discussing", "is negotiating": the present progressive."""
        return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in tok.children)

    @staticmethod
    def _in_course(tok) -> bool:
        """ "are negotiating", "were consulting" (reported speech), "negotiates": under way when told, not
        done ("negotiated") nor only planned ("will negotiate", which an intent head reads)."""
        if tok.tag_ == "VBG":
            return any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
        return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in tok.children)

    def _several(self, agents) -> bool:
        """ "X and Y", also when the tagger hangs one name inside the other's title phrase ("Foreign Minister
        X and Foreign Minister Y": the first title a compound of the second name), and "the foreign ministers
        of A and B": the subject names two parties or more."""
        if len(agents) > 1 or any(a.conjuncts for a in agents):
            return True
        return len(_dedupe_compatible(self._resolve_all(agents))) > 1

    def _bilaterals(self, tok, agents, partners):
        """ "X met the French president, the Indian prime minister and ...", "held talks with his
        counterparts from A, B and C": one visitor meeting several parties of different states one by one
        is several bilateral meetings."""
        if len(agents) != 1 or agents[0].conjuncts or not partners:
            return None
        if self._separately(tok):
            # "held separate talks with X and Y", "received X and Y in separate meetings": one by one,
            # whichever states they are of ("met X and, separately, Y": the parser may hang Y on X as its
            # apposition)
            partners = partners + [
                a
                for p in partners
                for a in p.children
                if a.dep_ == "appos" and a.ent_type_ == "PERSON" and any(m.i < a.i for m in self._separate_marks(p))
            ]
            parties = _dedupe_compatible(self._resolve_all(partners))
            parties = [a for a in parties if a.kind in (PERSON, COUNTRY, ORGANIZATION)]
            if len(parties) < 2:
                return None
        else:
            if len(partners) != 1:
                return None
            parties = self.actors.resolve(partners[0])
            parties = [a for a in parties if a.kind in (PERSON, COUNTRY) and a.country]
            if len(parties) < 2 or len({a.country for a in parties}) != len(parties):
                return None
        found = []
        for party in parties:
            m = self._meeting_from(tok, agents, [], 0.85, extra=[party])
            if m is not None:
                found.append(m)
        return found or None

    def _separate_marks(self, party) -> list:
        """ "met X and, separately, Y": the "separately" the parser hangs on the first party met."""
        return [m for m in party.children if m.lower_ in self.lex.separate_markers and m.dep_ == "advmod"]

    def _separately(self, tok) -> bool:
        """ "met separately with", "held separate talks with", "received X and Y in separate meetings": the
        trigger, its object or a phrase of its own says the parties were met one by one."""
        marks = self.lex.separate_markers
        for c in tok.children:
            if c.lower_ in marks and c.dep_ in ("advmod", "amod"):
                return True
            nouns = [c] if c.dep_ in ("dobj", "nsubjpass") else []
            if c.dep_ == "prep" and c.lower_ == "in":
                nouns = [p for p in c.children if p.dep_ == "pobj" and self._lemma(p) in self.lex.meeting_nouns]
            if any(m.lower_ in marks and m.dep_ == "amod" for n in nouns for m in n.children):
                return True
            # "met X and, separately, Y": the marker hangs on the first party met
            met = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
            if any(self._separate_marks(n) for n in met):
                return True
            # "held phone conversations with A, B and C": calls on the phone are one to one
            if any(
                n.tag_ == "NNS"
                and self._lemma(n) in ("call", "conversation")
                and _PHONE_WORDS & {c.lower_ for c in n.children}
                for n in nouns
            ):
                return True
        return False

    def _by_phone(self, tok) -> bool:
        return any(t.lower_ in _PHONE_WORDS for c in tok.children if c.dep_ in ("prep", "agent") for t in c.subtree)

    def _meeting_light(self, tok):
        verb = self._lemma(tok)
        # "paid a courtesy call on", "made a visit to", "granted an audience to"
        paying = verb in ("pay", "make", "grant")
        for obj in self._objects(tok):
            if self._lemma(obj) in self.lex.meeting_measure_nouns:
                # "held two days of talks", "held a round of talks": the talks are what is held
                obj = next(
                    (p for p in self._prep_objects(obj, {"of"}) if self._lemma(p) in self.lex.meeting_nouns), obj
                )
            lemma = self._lemma(obj)
            # ("X and Y had dinner together": two parties sharing a meal is an encounter too)
            hospitality = lemma in self.lex.hospitality_nouns and bool(
                self._prep_objects(obj, {"with"})
                + self._prep_objects(tok, {"with"})
                + [
                    t
                    for t in tok.subtree
                    if t.lower_ == "together"
                    and tok in (t.head, t.head.head)  # (the parser may hang it on a phrase: "together in Madrid")
                    and self._several(self._subjects(tok))
                ]
            )
            if lemma not in self.lex.meeting_nouns and obj.lower_ not in self.lex.meeting_nouns and not hospitality:
                continue  # ("had lunch with X" is an encounter with an exchange)
            if verb == "make" and lemma not in ("call", "visit", "trip"):
                continue  # "made a call", "made a visit"; not "made the conference a success"
            if verb == "grant" and lemma != "audience":
                continue
            if paying and lemma in ("visit", "trip"):
                if self._is_future(tok):
                    return None  # "will pay a visit to Kabul"
                return self._visit_noun(obj, visitors=self._subjects(tok), verb=tok)  # "paid a visit to China"
            mods = {c.lower_ for c in obj.children}
            if lemma == "call" and not (
                mods & _PHONE_WORDS
                or self._prep_objects(obj, {"with"})
                # "paid a (courtesy) call on the President": a visit; not "made a call for calm"
                or (paying and ("courtesy" in mods or self._prep_objects(obj, {"on", "upon"})))
            ):
                continue
            partners = self._prep_objects(obj, {"with", "between"}) + self._prep_objects(tok, {"with"})
            partners += [c for c in obj.children if c.dep_ == "poss"]
            if not partners:  # "held telephone talks at request with X": the "with" hung on another phrase
                partners = [
                    w
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ != "with"
                    for p in c.children
                    if p.dep_ == "pobj" and not self.actors.resolve(p)
                    for w in self._prep_objects(p, {"with"})
                ]
            if paying:  # "paid a courtesy call on the President", "made a phone call to the Emir"
                partners += self._prep_objects(obj, _CALLED_ON) + self._prep_objects(tok, _CALLED_ON)
            agents = self._subjects(tok)
            split = self._bilaterals(tok, agents, partners)
            if split is not None:
                return split
            m = self._meeting_from(tok, agents, partners, 0.9)
            if m is not None:
                return m
        if verb == "sit":
            # "sat down with X", "sat down for talks with X"
            partners = self._prep_objects(tok, {"with"})
            for talks in self._prep_objects(tok, {"for"}):
                if self._lemma(talks) in self.lex.meeting_nouns:
                    partners += self._prep_objects(talks, {"with"})
            if not partners and not any(
                c.dep_ in ("prt", "advmod") and c.lower_ in self.lex.sitting_together_words for c in tok.children
            ):
                return None  # "A and B delegates sat in the same hall": in one room, no exchange (ANNOTATION.md)
            # "in separate talks, X sat down with the heads of A, B and C": one by one
            split = self._bilaterals(tok, self._subjects(tok), partners) if self._separately(tok) else None
            return split if split is not None else self._meeting_from(tok, self._subjects(tok), partners, 0.85)
        # passive: "talks were held between X and Y"
        for subj in self._passive_subjects(tok):
            if self._lemma(subj) in self.lex.meeting_nouns:
                partners = self._prep_objects(subj, {"with", "between"}) + self._prep_objects(tok, {"between"})
                return self._meeting_from(tok, [], partners, 0.85)
        return None

    def _meeting_call(self, tok):
        if self._lemma(tok) == "call" and not any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in tok.children):
            # "the ambassador called on the Prime Minister": a courtesy call (not "called on X to do Y")
            hosts = [p for p in self._prep_objects(tok, {"on", "upon"}) if self.actors.resolve(p)]
            urged = any(  # "called on Azerbaijan and Armenia to open the corridor": an appeal, not a visit
                c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children
            )
            if (
                hosts
                and not urged
                and not any(c.dep_ == "xcomp" or c.lower_ == "to" for h in hosts for c in h.children)
            ):
                agents = self._subjects(tok)
                sent = self._sent_parties(agents)  # "a special envoy of Prime Minister X called on Y"
                return self._meeting_from(tok, [] if sent else agents, hosts, 0.75, extra=sent or ())
        if any(
            c.dep_ == "prep"
            and (
                c.lower_ == "for" or (c.lower_ in ("on", "upon") and not any(p.ent_type_ == "DATE" for p in c.children))
            )
            for c in tok.children
        ):
            return None  # "called for X", "called on X to do Y"
        objs = [o for o in self._objects(tok) if self.actors.resolve(o)]
        if not objs:
            return None
        named_person = any(a.kind == PERSON for o in objs for a in self.actors.resolve(o))
        if (
            any(c.dep_ == "ccomp" for c in tok.children)
            or any(c.dep_ == "oprd" and not named_person for c in tok.children)
            or any(c.dep_ == "xcomp" and not any(a.lower_ == "to" for a in c.children) for c in tok.children)
            or any(self._named_as(o) for o in objs)
            or any(c.dep_ == "oprd" and c.left_edge.lower_ in ("a", "an") for c in tok.children)
        ):
            return None  # "called X a partner", "called on X to"
        return self._meeting_from(tok, self._subjects(tok), objs, 0.8)

    @staticmethod
    def _named_as(obj) -> bool:
        """ "called X a fascist": an indefinite noun phrase right after the object (no comma between, unlike
        the title in "called X, the president of Y") says what X was called."""
        return any(
            c.dep_ == "appos"
            and c.i > obj.i
            and c.left_edge.lower_ in ("a", "an")
            and not any(t.is_punct for t in obj.doc[obj.i + 1 : c.left_edge.i])
            for c in obj.children
        )

    def _credentials(self, tok):
        """ "X received the credentials of the ambassadors of A and B", "presented his credentials to X"."""
        for obj in self._objects(tok):
            if obj.lower_ not in ("credentials", "letters", "credential"):
                continue
            if obj.lower_ == "letters" and not self._prep_objects(obj, {"of"}):
                continue
            if self._lemma(tok) in _HANDING_OVER:
                # "presented his credentials to Y", "handed President Y his credentials" (Y a second object)
                to = self._prep_objects(tok, {"to"}) + [
                    o for o in tok.children if o is not obj and o.dep_ in ("dobj", "dative")
                ]
                return self._meeting_from(tok, self._subjects(tok), to, 0.85)
            envoys = self._prep_objects(tok, {"from"}) + self._prep_objects(obj, {"from", "of"})
            envoys = [e for e in envoys if e.lower_ != "credence"]
            for e in list(envoys):
                if self._lemma(e) in ("ambassador", "envoy", "diplomat", "ambassadors", "envoys", "diplomats"):
                    envoys += self._prep_objects(e, {"of", "from"})
            return self._meeting_from(tok, self._subjects(tok), envoys, 0.8)
        return None

    def _among_listed(self, tok):
        """ "Among the dignitaries Wang received were A, B and C": the ones the copula lists, met one by one."""
        if tok.dep_ != "relcl" or tok.head.dep_ != "pobj" or tok.head.head.lower_ != "among":
            return None
        copula = tok.head.head.head
        if copula.lemma_ != "be":
            return None
        listed = [c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i > copula.i]
        parties = _dedupe_compatible(self._resolve_all(listed))
        if len(parties) < 2:
            # (a long list the parser breaks up: the people named after the copula)
            people = []
            for t in tok.doc[copula.i + 1 : copula.sent.end]:
                person = self.actors._person_at.get(t.i)
                if person is not None and person not in people:
                    people.append(person)
            parties = [self.actors.person_actor(p) for p in people] or parties
        agents = self._subjects(tok)
        found = [self._meeting_from(tok, agents, [], 0.85, extra=[p]) for p in parties if p.kind != GROUP]
        return [m for m in found if m is not None] or None

    def _meeting_host(self, tok):
        lemma = self._lemma(tok)
        listed = self._among_listed(tok)
        if listed is not None:
            return listed
        objs = self._objects(tok)
        if lemma == "take" and not any(self._lemma(o) == "call" for o in objs):
            return None  # only "took a call from X" is a host's verb
        if any(o.lower_ in ("credentials", "letters") for o in objs):
            return self._credentials(tok)
        if lemma in ("receive", "take"):
            # "received a phone call from X", "received a courtesy visit from X", "took a call from X"
            for o in objs:
                if self._lemma(o) in ("call", "phone call", "visit") and not (lemma == "take" and o.lower_ == "visit"):
                    callers = self._prep_objects(o, {"from"}) + self._prep_objects(tok, {"from"})
                    # "received phone calls from the presidents of A and B": one call each
                    split = self._bilaterals(tok, self._subjects(tok), callers) if o.tag_ == "NNS" else None
                    return split or self._meeting_from(tok, self._subjects(tok), callers, 0.85)
        for o in objs:
            # "hosted talks with X", "received a meeting with X" (not a gathering: "hosted a summit with leaders of")
            lemma_o = self._lemma(o)
            if lemma_o in self.lex.meeting_nouns and lemma_o not in self.lex.occasion_heads - {"talks", "meeting"}:
                partners = self._prep_objects(o, {"with"})
                if partners:
                    return self._meeting_from(tok, self._subjects(tok), partners, 0.85)
        senders = self._senders(tok, objs)
        if senders:
            return self._meeting_from(tok, self._subjects(tok), senders, 0.8)
        if not objs and not self._passive_subjects(tok):
            # "received at his office on Monday X": after a phrase put first, the parser takes the named guest
            # for the object of that phrase's preposition
            objs = [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("at", "on", "in")
                for p in c.children
                if p.dep_ == "pobj"
                and p.ent_type_ == "PERSON"
                and any(a.kind == PERSON for a in self.actors.resolve(p))
            ]
        actor_objs = [
            o
            for o in objs
            if any(
                a.kind in (PERSON, ORGANIZATION)
                or o.lower_ == "delegation"
                # "received the foreign ministers of A and B": an unnamed official is the state (ANNOTATION.md)
                or a.kind == COUNTRY
                and self._lemma(o) in self.lex.title_words
                for a in self.actors.resolve(o)
            )
        ]
        if not actor_objs:
            for o in objs:  # "hosted a state banquet for President X", "a dinner in honour of X"
                if self._lemma(o) in self.lex.hospitality_nouns or o.lower_ in self.lex.hospitality_nouns:
                    guests = self._prep_objects(o, {"for"}) + self._prep_objects(tok, {"for"})
                    for h in self._prep_objects(o, {"in"}) + self._prep_objects(tok, {"in"}):
                        if h.lower_ in ("honour", "honor"):
                            guests += self._prep_objects(h, {"of"})
                    guests = [g for g in guests if any(a.kind == PERSON for a in self.actors.resolve(g))]
                    if guests:
                        return self._at_home(
                            self._meeting_from(tok, self._subjects(tok), guests, 0.75), self._subjects(tok)
                        )
            passive = self._passive_subjects(tok)
            if passive:
                hosts = self._prep_objects(tok, {"by"})
                return self._at_home(self._meeting_from(tok, passive, hosts, 0.85), hosts)
            return None
        later = [
            c
            for c in [c for o in actor_objs for c in o.conjuncts if c.i > o.i]
            + [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
            if any(a.lower_ in self._LATER for a in c.children if a.dep_ == "advmod")
        ]
        if later:
            # "received X, and later Y": one audience after another
            found = []
            for o in actor_objs[:1] + later:
                m = self._meeting_from(tok, self._subjects(tok), [o], 0.8, expand=False)
                if m is not None:
                    found.append(self._at_home(m, self._subjects(tok)))
            return found or None
        if self._separately(tok):  # "received X and Y in separate meetings"
            split = self._bilaterals(tok, self._subjects(tok), actor_objs)
            if split is not None:
                return [self._at_home(m, self._subjects(tok)) for m in split]
        m = self._meeting_from(tok, self._subjects(tok), actor_objs, 0.85)
        return self._at_home(m, self._subjects(tok))

    _LATER = ("later", "then", "subsequently", "afterwards", "afterward", "separately")

    def _at_home(self, m, hosts):
        """A head of state or government receiving a visitor in a story datelined from their own
        country receives them in the dateline city."""
        if m is None or m.venue is not None or not self.dateline or not hosts:
            return m
        home = self.gaz.city(self.dateline)
        host = self._resolve_all(hosts[:1])
        if (
            home
            and host
            and host[0].country == home
            and not any(c.lower_ in _PHONE_WORDS or c.lower_ == "call" for c in m.sent)
        ):
            m.venue = {"place": self.dateline, "country": home, "occasion": None}
        return m

    def _meeting_visit(self, tok):
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN"):
            return None
        objs = self._objects(tok)
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]  # "visited Ghana and Namibia": two visits
        countries = []
        for o in objs:
            ent = self.actors._ent_of(o)
            if ent is not None and ent.label_ == "GPE":
                iso = self.gaz.place_country(ent.text)
                if iso:
                    countries.append(o)
        if not countries:
            # "X visited President Y in June": a visit paid to a named person is a meeting with him
            persons = [
                o for o in objs if o.ent_type_ == "PERSON" and any(a.kind == PERSON for a in self.actors.resolve(o))
            ]
            if persons and not self._is_future(tok):
                return self._meeting_from(tok, self._subjects(tok), persons, 0.8)
            return None
        visitors = self._resolve_all(self._subjects(tok))
        if self._is_negated(tok) or self._is_future(tok):
            return None
        found, hosts = [], set()
        for dest in countries:
            iso = self.gaz.place_country(self.actors._ent_text(dest))
            if iso in hosts:
                continue  # "visited Beijing and Shanghai": one visit to one state
            hosts.add(iso)
            parties = _dedupe_compatible(visitors + [self.actors.country_actor(iso)])
            if len(parties) < 2:
                continue
            m = Mention(
                MEETING,
                [(a, "participant") for a in parties],
                tok.sent,
                tok,
                0.5,
                venue=None,
                date=self._date(tok),
            )
            ent = self.actors._ent_of(dest)
            place = ent.text if ent is not None else None
            if place and self.gaz.city(place):
                m.venue = {"place": place, "country": self.gaz.city(place), "occasion": None}
            if m.date is not None and m.date.future:
                return None
            found.append(m)
        return found or None

    def _meeting_noun(self, tok):
        if tok.dep_ in ("dobj",) and self._lemma(tok.head) in self.lex.meeting_light_verbs:
            return None  # the light verb frame reads it
        held = self._held_by(tok)
        if held is not None:
            return held
        if self._took_place(tok):
            return self._meeting_spoken_of(tok)
        if tok.dep_ == "nsubjpass":
            return None
        lemma = self._lemma(tok)
        if lemma in ("visit", "trip", "tour"):
            return self._visit_noun(tok)
        mods = {c.lower_ for c in tok.children}
        has_poss = any(c.dep_ == "poss" for c in tok.children)
        states = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.ent_type_ in ("PERSON", "GPE")]
        states += [
            c for s in states for c in s.children if c.dep_ in ("appos", "conj", "compound") and c.ent_type_ == "GPE"
        ]
        paired = self._hyphen_pair(tok) if not states else []
        # "the Korea-Japan summit": two states name the parties of a summit
        two_states = (
            len({a.country for c in states for a in self.actors.resolve(c, expand_conj=False)} - {None}) >= 2
            or len(paired) == 2
        )
        joint = self._joint_with(tok)
        if lemma in ("call", "session", "exchange", "audience", "summit", "encounter", "conference") and not (
            mods & _PHONE_WORDS
            or self._prep_objects(tok, {"with", "between"})
            or joint
            or (has_poss and lemma in ("summit", "encounter", "conference"))
            or (two_states and lemma == "summit")
        ):
            return None
        partners = self._prep_objects(tok, {"with", "between"}) or joint
        if not partners and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            partners = self._prep_objects(tok.head, {"with"})  # "His first talks ... were with Chancellor X"
        if not partners:  # "a meeting in the capital between X and Y": the phrase hung on the place
            partners = [
                w
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for p in c.children
                if p.dep_ == "pobj" and not self.actors.resolve(p)
                for w in self._prep_objects(p, {"with", "between"})
            ]
        partners += [c for c in tok.children if c.dep_ == "poss"]
        # "In a phone conversation between the two leaders, X conveyed his wishes to Y": leaders the article has
        # not named before name no one; the clause below may
        partners = [p for p in partners if self.actors.resolve(p)]
        extra = []
        for c in states:
            # "the Korea-Japan summit": the states' leaders named in the article, else the states
            for actor in self.actors.resolve(c, expand_conj=False):
                leader = self.actors.leader_of(actor.country, tok.i) if actor.kind == COUNTRY else None
                extra.append(leader or actor)
        for iso in paired:
            extra.append(self.actors.leader_of(iso, tok.i) or self.actors.country_actor(iso))
        agents = []
        # "In talks with Y, X said": X is the subject of the clause the phrase modifies
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ not in _ABOUT:
            # not "issued press releases on Modi's meeting with Biden": a meeting spoken about
            clause = tok.head.head
            if clause.dep_ == "dobj" and clause.pos_ == "NOUN" and tok.head.lower_ in _DURING:
                # "X and Y reviewed the partnership in a phone call": the phrase hangs on the object
                clause = clause.head
            # "X and Y went over efforts to strengthen ties during a phone call": the phrase hangs on a clause
            # inside the object; its parties are the subjects of the clause that object belongs to
            while (
                clause.dep_ in ("acl", "xcomp")
                and clause.head.dep_ in ("dobj", "pobj")
                and not any(self.actors.resolve(s) for s in self._subjects(clause))
            ):
                clause = clause.head.head.head if clause.head.dep_ == "pobj" else clause.head.head
            if clause.pos_ in ("VERB", "AUX"):
                agents = self._subjects(clause)
                if self._errand_done(tok) and not any(self.actors.resolve(a) for a in agents):
                    # "Tuesday's programme took the Prime Minister to the Pentagon for a meeting with Y"
                    agents = self._objects(clause)
                if not partners and self._lemma(clause) in self.lex.attending_verbs and tok.head.lower_ == "for":
                    # "X joined Y for talks in Beijing": the one joined is the other party
                    partners = [o for o in self._objects(clause) if self.actors.resolve(o)]
                if not partners and self._lemma(clause) in self.lex.addressing_verbs:
                    # "In a phone call, X told / assured / briefed Y ...": Y is the other party
                    partners = [o for o in self._objects(clause) if self.actors.resolve(o)]
                if not partners:
                    # "offered his condolences to X in a phone call": the one the clause speaks or gives to
                    partners = [
                        p
                        for p in self._prep_objects(clause, {"to"})
                        if any(a.kind == PERSON for a in self.actors.resolve(p))
                    ]
        if joint and tok.dep_ == "dobj":
            agents = self._subjects(tok.head)  # "X told a press conference held jointly with Y"
        if partners and tok.dep_ == "dobj" and self._lemma(tok.head) in self.lex.attending_verbs:
            # "X attended a meeting with Y", "X joined the talks with Y" (not "attending the meeting were A, B":
            # companions of a meeting reported elsewhere)
            agents = self._subjects(tok.head)
        if not partners and not extra:
            # "as the two held talks" (parsed with "held" as a modifier of "talks")
            two = [c for c in tok.subtree if c.i < tok.i and c.lower_ in ("two", "both")]
            if two:
                extra = self.actors.parties_before(two[0].i)
            elif not (agents and (self._several(agents) or self._lemma(agents[0]) in self.lex.delegate_nouns)):
                return None  # only "A and B ... during a phone call" names both parties
        if (
            self._is_future(tok)
            and not (self._past_marked(tok) or self._errand_done(tok))
            or self._is_topic_of_talk(tok)
        ):
            return None
        return self._meeting_from(tok, agents, partners, 0.7, nominal=True, extra=extra)

    def _joint_with(self, tok) -> list:
        """ "X told a press conference held jointly with Y", "X said at a meeting held with Y", "X told a joint
        press conference in Yerevan with Y" (the phrase hung on the verb): the one a conference or meeting was
        held with, who is an actor."""
        lemma = self._lemma(tok)
        if lemma != "conference" and lemma not in self.lex.meeting_nouns:
            return []
        found = [
            p
            for c in tok.children
            if c.dep_ == "acl" and self._lemma(c) == "hold"
            for p in self._prep_objects(c, {"with"})
        ]
        if (
            not found
            and lemma == "conference"
            and tok.dep_ == "dobj"
            and self._lemma(tok.head) in ("tell", "address", "hold", "give")
        ):
            found = self._prep_objects(tok.head, {"with"})
        return [p for p in found if self.actors.resolve(p)]

    def _errand_done(self, tok) -> bool:
        """ "the programme took X to the Pentagon for a meeting with Y", "X joined Y for talks": an itinerary
        that took a party to a meeting, or a joining, reports the meeting (a purpose still ahead needs a future
        verb or its own future day). Not "X flew to Z on Tuesday for talks with Y": a departure, often reported
        before the talks."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "for" or tok.head.dep_ != "prep":
            return False
        gov = tok.head.head
        if not (
            gov.pos_ == "VERB"
            and gov.tag_ == "VBD"
            and (self._lemma(gov) in self.lex.errand_verbs or self._lemma(gov) in self.lex.attending_verbs)
            and not self._is_negated(gov)
            and not any(c.dep_ == "aux" for c in gov.children)
        ):
            return False
        for c in tok.children:  # "went to Beijing on Tuesday for a meeting with Y next week": still ahead
            ent = self.actors._ent_of(c) if c.ent_type_ == "DATE" else None
            if ent is not None and dates.resolve(ent.text, self.anchor).future:
                return False
        return True

    def _hyphen_pair(self, tok) -> list[str]:
        """ "the Iran-Saudi talks", "the Russian-Chinese summit": two states a hyphenated modifier of the
        meeting noun names (a demonym or a state name the entity tagger left unlabelled), else []."""
        doc = tok.doc
        for i in range(tok.left_edge.i, tok.i - 2):
            a, dash, b = doc[i], doc[i + 1], doc[i + 2]
            if dash.text != "-" or a.whitespace_ or dash.whitespace_ or b.head.i > tok.i or b.i >= tok.i:
                continue
            isos = [self.gaz.demonym(t.text) or self.gaz.place_country(t.text) for t in (a, b)]
            if None not in isos and isos[0] != isos[1]:
                return isos
        return []

    def _held_by(self, tok):
        """ "builds on the talks that X held with Y in Kampala in March", "the summit the leaders of A, B and
        C held at Camp David": a meeting a relative clause says its parties held, placed and dated by it."""
        rels = [c for c in tok.children if c.dep_ == "relcl" and self._lemma(c) in ("hold", "conduct")]
        # without "that" the parser may hang "held" elsewhere: its subject then starts right after the noun
        rels += [
            v
            for v in tok.sent
            if v.i > tok.i
            and v not in rels
            and v.pos_ in ("VERB", "AUX")
            and self._lemma(v) in ("hold", "conduct")
            and not any(c.dep_ == "dobj" for c in v.children)
            and any(c.dep_ == "nsubj" and c.left_edge.i == tok.i + 1 for c in v.children)
        ]
        for rel in rels:
            agents = [c for c in rel.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who")]
            if not agents or self._is_future(rel):
                continue
            # "Prime Minister X and President Y held": the tagger may hang the first name inside the second's
            agents += [t for a in agents for t in a.subtree if t.dep_ in ("conj", "appos") and t.ent_type_ == "PERSON"]
            partners = self._prep_objects(rel, {"with"}) + self._prep_objects(tok, {"with", "between"})
            return self._meeting_from(rel, agents, partners, 0.7, nominal=True)
        return None

    def _took_place(self, tok) -> bool:
        """ "The telephone talks took place a day after ...", "the meeting was held at the palace": a meeting
        already spoken of, its parties not named here."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss" for c in tok.children):
            return False
        if self._prep_objects(tok, {"with", "between"}) or any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children
        ):
            return False  # its parties are named: the usual frames read it
        head = tok.head
        if tok.dep_ == "nsubj" and self._lemma(head) == "take":
            return any(o.lower_ == "place" for o in self._objects(head))
        return tok.dep_ == "nsubjpass" and self._lemma(head) in ("hold", "conduct")

    def _meeting_spoken_of(self, tok):
        """The parties of a meeting the sentence says took place are those of the meeting just reported, else
        the two people last named ("X and Y agreed on Wednesday to ... The telephone talks took place ...")."""
        if self._is_negated(tok.head) or self._is_hypothetical(tok.head) or self._is_future(tok):
            return None
        return self._meeting_from(tok, [], [], 0.6, nominal=True, extra=self.actors.parties_before(tok.i))

    def _is_topic_of_talk(self, tok) -> bool:
        """ "they discussed ongoing negotiations between A and B": talks that are a subject of discussion."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("on", "about", "over", "regarding", "concerning"):
            head = head.head
        elif tok.dep_ != "dobj":
            return False
        return self._lemma(head) in ("discuss", "review", "address", "brief", "exchange", "talk", "welcome")

    def _past_marked(self, tok) -> bool:
        """A meeting its own phrase marks as past ("the outcome of the recent talks", "after their talks
        in Rome last May"): no plan the clause around it speaks of makes it a future one."""
        if any(c.dep_ == "amod" and c.lower_ in self.lex.past_adjectives for c in tok.children):
            return True
        return self._dated_past(tok)

    def _dated_past(self, tok) -> bool:
        """A visit its own phrase dates in the past ("X's visit to Cairo earlier this month"), whatever the
        clause around it plans ("agreed to strengthen cooperation during X's visit ...")."""
        dated = [c for c in tok.children if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "nmod", "advmod")]
        dated += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on") for p in c.children]
        for t in dated:
            ent = self.actors._ent_of(t)
            if ent is not None and ent.label_ == "DATE":
                found = dates.resolve(ent.text, self.anchor)
                if found.iso and not found.future:
                    return True
        return False

    def _visit_noun(self, tok, visitors=None, verb=None):
        """ "during his visit to Brazil in July", "a visit by Premier Li": a past visit is a meeting of the
        visitor and the host state (ANNOTATION.md)."""
        visitors = list(visitors or []) + [c for c in tok.children if c.dep_ == "poss"]
        visitors += self._prep_objects(tok, {"by", "of"})
        destinations = self._prep_objects(tok, {"to"})
        # "the state visit that X paid to Turkey last November": the clause names visitor, host and date
        paid = [c for c in tok.children if c.dep_ == "relcl" and self._lemma(c) in ("pay", "make")]
        # without "that" the parser may hang "paid" elsewhere: its subject then starts right after the noun
        paid += [
            v
            for v in tok.sent
            if v.i > tok.i
            and v not in paid
            and self._lemma(v) in ("pay", "make")
            and any(c.dep_ == "nsubj" and c.left_edge.i == tok.i + 1 for c in v.children)
        ]
        for rel in paid:
            visitors += [c for c in rel.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")]
            destinations += self._prep_objects(rel, {"to"})
        hosts = []
        # "paying his first visit as Amir to King Charles III": the parser often hangs the "to" on "paying"
        if verb is not None:
            destinations += self._prep_objects(verb, {"to"})
        destinations += [c for p in destinations for c in p.conjuncts if c.i > p.i]  # "visits to Ghana and Namibia"
        for p in destinations:
            ent = self.actors._ent_of(p)
            iso = self.gaz.place_country(ent.text) if ent is not None and ent.label_ in ("GPE", "LOC") else None
            if iso:
                hosts.append(self.actors.country_actor(iso))
            else:  # "a courtesy visit to the Bulgarian Prime Minister"
                hosts += [a for a in self.actors.resolve(p) if a.kind in (PERSON, ORGANIZATION)]
        if not hosts:
            venue = self._venue(tok)
            if venue and venue.get("country"):
                hosts.append(self.actors.country_actor(venue["country"]))
        if not visitors or not hosts or (self._is_future(tok) and not self._dated_past(tok)):
            return None
        if any(c.lower_ in ("upcoming", "planned", "next", "proposed", "forthcoming", "coming") for c in tok.children):
            return None
        states = {a.country: a for a in hosts if a.kind == COUNTRY}
        if len(states) > 1 and len(states) == len(hosts):
            # "his visit to Egypt and Jordan": a visit to each state, each its host's meeting (and venue)
            found = []
            for a in states.values():
                m = self._meeting_from(tok, visitors, [], 0.55, nominal=True, extra=[a])
                if m is not None:
                    if (m.venue or {}).get("country") != a.country:
                        m.venue = {"place": self.gaz.country_name(a.country), "country": a.country, "occasion": None}
                    found.append(m)
            return found or None
        m = self._meeting_from(tok, visitors, [], 0.55, nominal=True, extra=hosts)
        if m is not None and paid:
            m.date = m.date or self._date(paid[0])
            if m.date is not None and m.date.future:
                return None
            for p in destinations:
                if m.venue is None and self.gaz.city(self.actors._ent_text(p)):
                    city = self.actors._ent_text(p)
                    m.venue = {"place": city, "country": self.gaz.city(city), "occasion": None}
        # a visit to a state whose city the text does not give took place in that state: its destination
        # is the venue (ANNOTATION.md), though no talks of the day share it
        return m
