"""SUPPORT_STATEMENT triggers: who backs whom or what, and what is not support.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

import re

from extractor.actors import COUNTRY, PERSON, Actor
from extractor.rules.base import _NOT_ACTOR_WORDS, _PHYSICAL_PROJECTS, SUPPORT


def _reciprocal(tok) -> bool:
    """ "each other", "one another", or what they own ("each other's core interests")."""

    pairs = {("each", "other"), ("one", "another")}

    def other(t) -> bool:
        doc = t.doc
        before = (doc[t.i - 1].lower_, t.lower_) if t.i > 0 else None
        after = (t.lower_, doc[t.i + 1].lower_) if t.i + 1 < len(doc) else None
        return before in pairs or after in pairs

    return other(tok) or any(c.dep_ == "poss" and other(c) for c in tok.children)


class SupportRules:
    def _saying_to_come(self, tok) -> bool:
        """ "X and Y will restate their commitment to keep supporting Z": the backing is in words not yet said
        (a pledge in the future tense, "X will support Z", is said now)."""
        head = tok
        for _ in range(4):
            if head.dep_ not in ("xcomp", "acl", "dobj", "ccomp") or head.head == head:
                return False
            head = head.head
            if head.pos_ in ("VERB", "AUX") and self._lemma(head) in self.lex.speech_verbs:
                return any(c.dep_ == "aux" and c.lower_ in self.lex.modal_future for c in head.children)
        return False

    def _support_from(self, tok, sources, targets_tok, topic_tok, prior, praise=False, nominal=False):
        if self._is_negated(tok) or self._is_hypothetical(tok) or self._hedged(tok) or self._asked_or_hoped(tok):
            return None
        if self._saying_to_come(tok):
            return None
        if any(_reciprocal(t) for t in [*targets_tok, topic_tok] if t is not None):
            return None  # "to back each other's core interests": a pledge of mutual backing, no one backing another
        if self._blamed_for(tok):
            return None
        if not sources and tok.dep_ in ("xcomp", "advcl"):
            # "X's letter was written to congratulate Y": the message the clause is the purpose of
            sources = [
                c for c in tok.head.children if c.dep_ == "nsubjpass" and self._lemma(c) in self.lex.message_nouns
            ]
        sources = [g for s in sources for g in self._message_givers(s)]
        sources = [g for s in sources for g in self._resolve_holders(s)]
        # "the position of the Kingdom remains firm": the holder of the position
        sources = [
            h
            for s in sources
            for h in (
                [c for c in s.children if c.dep_ == "poss"] + self._prep_objects(s, {"of"})
                if self._lemma(s) in self.lex.position_nouns
                else [s]
            )
        ]
        sources = [h for s in sources for h in self._members_body(s)]
        src = self._as_speaker(self._resolve_all(sources), tok)
        if not src:
            if any(self._unnamed_giver(s) for s in sources):
                return None  # "previous governments have expressed support": a giver the text does not name
            # "A and B said they stood ready to back X": a plural pronoun is all who said it, not the first
            plural = any(s.lower_ in ("they", "we", "their", "our") for s in sources)
            speakers = self._plural_speakers(tok) if plural else []
            speaker = self._speaker(tok)
            if speaker is None:
                return None
            src = speakers or [speaker]
        targets = []
        topic = None
        for t in targets_tok:
            # "supports the Global Development Initiative": a named initiative is what is backed, not a party
            named_initiative = t.pos_ == "PROPN" and t.lower_ in self.lex.initiative_heads
            resolved = [] if self._owned_act(t) or named_initiative else self._resolve_all([t])
            if resolved:
                targets += [a for a in resolved if a not in src]
            elif topic_tok is None:
                topic_tok = t
        if topic_tok is not None:
            # "backing training and a new industrial park": a project among the things backed is backed too
            projects = [p for t in [topic_tok, *topic_tok.conjuncts] for p in self._projects_in(t)]
            named_initiative = all(self._lemma(p) in self.lex.initiative_heads for p in projects)
            # "welcomed the agreement between A and B on the dam": praise of an act between other parties,
            # whatever it is about (not "welcomed Chinese participation in building the railway")
            praised_act = (
                praise
                and topic_tok not in projects
                and self._lemma(topic_tok) in self.lex.praise_objects
                and bool(self._prep_objects(topic_tok, {"between"}))
            )
            if (
                projects
                and not named_initiative
                and not praised_act
                and (
                    not (praise or nominal)
                    or praise
                    and any(self._lemma(p) in _PHYSICAL_PROJECTS for p in projects)
                    or nominal
                    and any(self._physical(p) for p in projects)
                )
            ):
                # backing a concrete project is a proposal; _proposal reads it (_proposal_noun only a physical
                # one: "support for the new bridge"; "its commitment to the Paris Agreement" backs a standing pact)
                return None
            if self._is_conjectural(tok):
                return None
            if not targets and self._unnamed_undertaking(topic_tok):
                return None
            topic = self._np_text(topic_tok)
            owner = [c for c in topic_tok.children if c.dep_ == "poss"]
            if not owner and self._lemma(topic_tok) in self.lex.praise_objects | self.lex.role_nouns:
                owner = self._prep_objects(topic_tok, {"of", "by"})  # "the efforts of Prime Minister X"
                owner = owner or self._support_owner_clause(topic_tok)
                # "welcomed the deal between A and B": the parties to the act
                owner = owner or (self._prep_objects(topic_tok, {"between"}) if praise else [])
            # "the steps and decisions taken by X": the clause may hang on the last of coordinated acts
            acls = [c for t in [topic_tok, *topic_tok.conjuncts] for c in t.children if c.dep_ == "acl"]
            if topic_tok.dep_ == "nsubj" and topic_tok in self._reduced_object(topic_tok.head.head):
                acls.append(topic_tok.head)  # (the participle the parser made the object's head)
            for acl in acls:  # "a plan announced by X"
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    owner += [p for p in agent.children if p.dep_ == "pobj"]
            if not owner:  # "the peaceful conduct of Montenegro's election": the owner of the act
                acts = self._act_of(topic_tok)
                owner = [c for o in acts for c in o.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if owner and not targets:
                targets = [a for a in self._resolve_all(owner) if a not in src]
            if not targets:
                targets = [a for a in self._relation_partners(topic_tok) if a not in src]
            if not targets:
                own = {a.country for a in src}  # "Xi praised the Chinese initiative": his own, no target
                targets = [a for a in self._state_owner(topic_tok, owner) if a.country not in own]
        if (
            not targets
            and topic_tok is not None
            and self._lemma(topic_tok) in self.lex.generic_objects
            and all(c.dep_ in ("det", "poss") for c in topic_tok.children)
        ):
            return None  # "keep supporting cooperation": a bare relation word, nothing in particular backed
        if praise and topic is None:
            return None  # praising a party with no act named is generic
        if topic is not None and any(re.search(rf"\b{re.escape(w)}\b", topic.lower()) for w in self.lex.greeting_words):
            return None  # birthday and holiday wishes are greetings, not support
        if self._is_conjectural(tok):
            return None
        if not targets and topic is None:
            return None
        actors = [(a, "source") for a in src] + [(a, "target") for a in targets]
        return self._mention(SUPPORT, actors, tok, prior, topic=topic)

    def _unnamed_undertaking(self, topic_tok) -> bool:
        """ "has shown a strong commitment to this project", "underlined its commitment to the regional
        transport project": an undertaking the text describes but does not name, backed by no party named, is
        a concrete project backed (a proposal, ANNOTATION.md) or nothing in particular, not a support
        statement. Not an initiative: "backs the initiative" mostly refers back to another's peace plan or
        mediation, which is support (as are "the Belt and Road Initiative", "the Chinese initiative")."""
        heads = self.lex.undertaking_heads
        prior = self._antecedent(topic_tok)
        if prior is not None and self._lemma(prior) not in self.lex.initiative_heads:
            # "Uzbekistan endorsed the proposal" after a railway was proposed: the railway is backed (a proposal)
            return True
        if self._lemma(topic_tok) not in heads and topic_tok.lower_ not in heads:
            return False
        if topic_tok.pos_ != "NOUN" or any(c.dep_ == "poss" for c in topic_tok.children):
            return False
        if any(t.ent_type_ or t.pos_ == "PROPN" for t in self.doc[topic_tok.left_edge.i : topic_tok.i + 1]):
            return False  # a name, or an owner written as an adjective ("the Chinese initiative")
        prior = self._antecedent(topic_tok)
        return prior is None or self._lemma(prior) not in self.lex.initiative_heads

    def _resolve_holders(self, tok) -> list:
        """ "A and B restated their commitment to keep supporting X", "stressed Germany's resolve to keep backing
        Y": the backing a stated resolve is to, its holder's — the named owner, else who states it (the token
        itself when it is no such noun, or no verb states it)."""
        if (
            self._lemma(tok) not in self.lex.support_resolve_nouns
            or tok.dep_ != "dobj"
            or self._lemma(tok.head) not in self.lex.support_light_verbs
        ):
            return [tok]  # (not "questioned Hungary's commitment to keep backing X")
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if owners and self._resolve_all(owners):
            return owners
        if self._is_negated(tok.head) or self._is_future(tok.head):
            return []  # "did not restate its commitment to ...": no backing stated
        return self._subjects(tok.head) or [tok]

    def _members_body(self, tok) -> list:
        """ "the 27 member states of the EU", "leaders of the African Union", "members of the Arab League": the
        members of a named body speak as that body (the parties named after "of"); else the token itself."""
        lower = tok.lower_
        if not (
            lower in self.lex.delegate_nouns or lower in self.lex.state_plurals or lower in self.lex.member_nouns
        ) or self._resolve_all([tok]):
            return [tok]
        bodies = self._prep_objects(tok, {"of"})
        return bodies if bodies and self._resolve_all(bodies) else [tok]

    def _message_givers(self, tok) -> list:
        """A message says what its author says: "X's message congratulated Y", "X sent a message
        congratulating Y", "a letter from X": the author, else the token itself."""
        if self._lemma(tok) not in self.lex.message_nouns:
            return [tok]
        authors = [c for c in tok.children if c.dep_ == "poss"] + self._prep_objects(tok, {"from"})
        if not authors and tok.dep_ == "dobj" and self._lemma(tok.head) in self.lex.sending_verbs:
            authors = self._subjects(tok.head)
        return authors or [tok]

    def _asked_or_hoped(self, tok) -> bool:
        """ "appealed to Japan to support X", "urged Y to back X": backing asked for is not given; "hopes
        (that) Japan will support X": hoped-for backing of another is not stated by its giver. (One's own
        "hopes to keep supporting X" is left to the subject: its subject is the hoper.)"""
        head = tok
        for _ in range(3):
            if head.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or head.head == head:
                return False
            gov = head.head
            if head.dep_ == "ccomp" and self._lemma(gov) in self.lex.speech_verbs:
                return False  # "said Japan supports X": a reported statement
            if head.dep_ in ("xcomp", "ccomp", "advcl") and self._lemma(gov) in self.lex.request_verbs:
                return True
            if head.dep_ == "ccomp" and self._lemma(gov) in self.lex.hope_verbs:
                return True
            head = gov
        return False

    def _blamed_for(self, tok) -> bool:
        """ "accused the West of supporting X", "criticized Y for backing Z", "the accusation of backing Z":
        backing charged to another is the blamer's allegation, neither the blamer's support nor a statement of
        the one blamed."""
        node = tok
        while node.dep_ == "conj" and node.head != node:
            node = node.head  # "accused Y of arming and backing Z"
        if node.dep_ not in ("pobj", "pcomp") or node.head.pos_ != "ADP":
            return False
        gov = node.head.head
        return self._lemma(gov) in self.lex.blaming_verbs or gov.lower_ in self.lex.blaming_verbs

    def _hedged(self, tok) -> bool:
        """ "China is likely to back X", "reportedly supports X", "is said to back X": a guess or hearsay
        about a party's backing, not its statement (a modal "would" of reported speech is not a hedge)."""
        head = tok
        for _ in range(3):
            for c in head.children:
                if c.dep_ in ("advmod", "acomp") and c.lower_ in self.lex.hedge_words:
                    return True
            if head != tok and head.lower_ in self.lex.hedge_words:
                return True  # "is likely to back": the backing hangs on the hedge
            if (
                head != tok
                and self._lemma(head) in self.lex.hearsay_verbs
                and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
            ):
                return True
            if head.dep_ != "xcomp" or head.head == head:
                break
            head = head.head
        return False

    def _unnamed_giver(self, tok) -> bool:
        """The subject of a support statement names its giver: a plural noun no party resolves from ("many
        countries", "previous governments") is others the speaker reports on, not the speaker; a pronoun
        ("we", "it") or a news vehicle ("the statement") leaves the speaker as the giver."""
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in _NOT_ACTOR_WORDS and tok.tag_ in ("NNS", "NNPS")

    def _state_owner(self, topic_tok, owner: list) -> list[Actor]:
        """The state whose act is backed, written as an adjective or its capital: "the Peruvian initiative",
        "Lima's efforts" (a capital owning an act stands for its state)."""
        found: list[Actor] = []
        for t in owner:
            iso = self.gaz.capital(t.text) if t.ent_type_ == "GPE" else None
            if iso:
                found.append(self.actors.country_actor(iso))
        if not owner:
            for c in topic_tok.children:
                # the tagger may take "Kuwaiti" for a place: a known demonym written capitalised is one
                if c.dep_ in ("amod", "compound") and c.i < topic_tok.i and (c.ent_type_ == "NORP" or c.is_title):
                    iso = self.gaz.demonym(c.text)
                    if iso:
                        found.append(self.actors.country_actor(iso))
        return list(dict.fromkeys(found))

    def _support_owner_clause(self, topic):
        """Whose act a clause on the praised noun names: "the role Norway played", "the contribution Japan has
        made" (the doer); "the agreement to restore relations between A and B" (the parties it is between)."""
        owners = []
        for rc in (c for c in topic.children if c.dep_ == "relcl"):
            owners += [s for s in rc.children if s.dep_ == "nsubj" and s.lower_ not in ("that", "which", "who")]
        if owners:
            return owners
        after = topic.right_edge.i + 1
        clauses = [c for c in topic.children if c.dep_ == "acl"]
        # the parser often hangs "to restore ..." on the verb rather than on the agreement
        clauses += [c for c in topic.head.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == after]
        for cl in clauses:
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in cl.children):
                for o in self._objects(cl):
                    owners += self._prep_objects(o, {"between"})
        return owners

    def _thanked_for(self, tok) -> bool:
        """ "X thanked Y for its support", "thanked Y for standing with Z", "expressed gratitude for Y's
        backing", "was grateful for Y's support": what is thanked for. Thanks are not support
        (ANNOTATION.md), and the backing they credit is the thanker's report of another's, not a statement
        of it by its giver."""
        node = tok
        while node.dep_ == "conj" and node.head != node:
            node = node.head  # "thanked China for its visits and support"
        if node.dep_ == "dobj":
            return self._lemma(node.head) in self.lex.thanking_verbs  # "thanked Y's support"
        if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ != "for":
            return False
        prep = node.head
        while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head != prep:
            prep = prep.head  # "thanked Y for its words and for backing Z"
        gov = prep.head
        return (
            self._lemma(gov) in self.lex.thanking_verbs
            or gov.lower_ in self.lex.thanks_nouns | self.lex.thanks_adjectives
            or any(c.dep_ == "dobj" and c.lower_ in self.lex.thanks_nouns for c in gov.children)
        )

    def _backing_must_continue(self, tok):
        """ "Support for Ukraine must continue, X said", "both said that backing for Y has to continue": backing
        its speaker says must go on is the speaker's stated backing (the holders' own, whoever else gives it).
        Only an obligation ("must", "should", "has to"), said by a named speaker; not "may fade", "will not
        continue", a question, nor backing said to have continued (a report on others)."""
        pred = tok.head
        if tok.dep_ != "nsubj" or pred == tok:
            return None
        obliged = any(c.dep_ == "aux" and c.lower_ in self.lex.obligation_modals for c in pred.children)
        cont = pred
        if self._lemma(pred) in ("have", "need"):  # "has to continue", "needs to continue"
            cont = next((c for c in pred.children if c.dep_ == "xcomp"), None)
            obliged = cont is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in cont.children)
        if not obliged or cont is None or self._lemma(cont) not in self.lex.continuing_verbs:
            return None
        clause = pred
        for _ in range(3):  # "said the alliance must grow stronger and that backing for Y has to continue"
            if (
                clause.dep_ not in ("conj", "xcomp")
                or clause.head == clause
                or (clause == pred and clause.dep_ != "conj")
            ):
                break
            clause = clause.head  # (the parser may hang the second clause on the first one's verb chain)
        speech = clause.head
        if clause.dep_ != "ccomp" or self._lemma(speech) not in self.lex.speech_verbs:
            return None
        if self._is_negated(pred) or self._is_negated(cont) or self._is_hypothetical(pred) or self._is_future(speech):
            return None
        backed = self._prep_objects(tok, {"for", "to", "of", "with"})
        if not backed or any(self._generic(b) for b in backed):
            return None
        return self._support_from(speech, self._subjects(speech), backed, None, 0.7, nominal=True)

    def _support_verb(self, tok):
        lemma = self._lemma(tok)
        if tok.dep_ == "nsubj" and tok.tag_ == "VBG" and lemma in self.lex.support_verbs:
            return self._backing_must_continue(tok)  # "Backing for Ukraine has to continue, X said"
        if tok.dep_ == "amod" and lemma in self.lex.support_verbs:
            return self._misread_given_backing(tok)
        if lemma in self.lex.agreeing_verbs:
            return self._upheld_clause(tok)
        if self._thanked_for(tok):
            return None
        if lemma in self.lex.defend_verbs:
            return self._defended(tok)
        if lemma in self.lex.stand_verbs:
            if lemma == "throw" and not any(o.lower_ == "weight" for o in self._objects(tok)):
                return None  # only "threw its weight behind X"
            targets = self._prep_objects(tok, self.lex.stand_preps)
            if lemma == "throw":
                targets = [t for t in targets if t.head.lower_ == "behind"] or [
                    p for o in self._objects(tok) for p in self._prep_objects(o, {"behind"})
                ]
            if self._stood_at_place(tok):
                return None
            return self._support_from(tok, self._subjects(tok), targets, None, 0.8) if targets else None
        praise = lemma in self.lex.praise_verbs or lemma in self.lex.act_praise_verbs or lemma == "speak"
        objs = self._objects(tok)
        if lemma == "speak":  # "spoke highly of China's initiative"
            if not any(c.lower_ == "highly" for c in tok.children):
                return None
            objs = self._prep_objects(tok, {"of"})
        if not objs and praise and (passive := self._passive_subjects(tok)):
            return self._praised_passive(tok, passive[0], lemma)
        if lemma in self.lex.act_praise_verbs and not (
            objs and self._lemma(objs[0]) not in self.lex.support_nouns and self._doers_act(objs[0])
        ):
            # "appreciates Brazil's commitment", "acknowledged Cuba's progress", not "appreciated the hospitality"
            # (nor "acknowledged Minsk's support": the backing acknowledged is Minsk's, read by _support_noun)
            return None
        if not objs and praise:
            objs = self._reduced_object(tok)  # "welcomed the ceasefire agreed by A and B" read as a clause
        if not objs and praise:
            clause = self._praised_clause(tok)
            if clause is not None:  # "welcomed what A and B agreed on": A and B did it
                return self._support_from(tok, self._subjects(tok), self._subjects(clause), clause, 0.75, praise=True)
        if not objs:
            passive = self._passive_subjects(tok)
            if passive and lemma in self.lex.support_verbs:
                return self._support_from(tok, self._prep_objects(tok, {"by"}), passive, None, 0.8)
            return None
        obj = objs[0]
        if lemma in self.lex.acknowledging_verbs and self._lemma(obj) in self.lex.support_nouns:
            return None  # "welcomed Spain's support": the backing acknowledged is Spain's, read by _support_noun
        # "supports building a railway": the gerund's object is the project
        if obj.tag_ == "VBG" or obj.pos_ == "VERB":
            return None
        topic_tok = None
        for_objs = self._prep_objects(tok, {"for", "on", "in"})
        for c in tok.children:  # "congratulated X on taking office", "commended X for taking part"
            if c.dep_ == "prep" and c.lower_ in ("for", "on"):
                for_objs += [p for p in c.children if p.dep_ == "pcomp"]
        for_objs = [o for o in for_objs if not self._is_day(o)]  # "congratulated X on Monday": when, not what
        owned_act = (
            praise and self._ownable_act(obj) and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children)
        )
        if lemma == "welcome" and self._lemma(obj) in self.lex.arrival_nouns:
            return None  # "welcomed Putin's visit": hosting, read by the meeting rules
        if owned_act:
            topic_tok = obj  # "lauded Kenya's leadership": the act is praised, its owner is the target
        elif praise and self.actors.resolve(obj):
            if lemma == "welcome":
                return None  # welcoming a visitor is hosting, read by _meeting_host
            if not for_objs:
                # "commended Kenya, citing the role its former president played": the act cited
                for c in tok.children:
                    if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and self._lemma(c) in self.lex.citing_verbs:
                        for_objs += [o for o in self._objects(c) if self._praiseworthy(o)]
            if not for_objs or self._lemma(for_objs[0]) in self.lex.courtesy_nouns:
                return None  # (not "praised Y for his warm hospitality": a courtesy, no act backed)
            topic_tok = for_objs[0]
        elif praise and not self._praiseworthy(obj):
            return None  # "praised his reliable partner", "welcomes more products": no act named
        elif not praise:
            # "supports the Russian people in pursuing the path of ...": the pursued thing is the topic
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "on"):
                    for p in c.children:
                        if p.dep_ == "pcomp":
                            inner = self._objects(p)
                            topic_tok = inner[0] if inner else None
        subjects = self._subjects(tok)
        if not subjects and tok.dep_ == "pcomp":
            # "has been at the forefront of backing X", "were united in backing X", "was among the first
            # countries in backing X": a gerund after a preposition states the backing of the stance's holder
            gov = self._stance_governor(tok)
            if gov is None:
                return None
            subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "both said their countries are at the forefront of backing X": the plural owner is who said it
            subjects = [
                next((p for p in s.children if p.dep_ == "poss" and p.lower_ in ("their", "our")), s) for s in subjects
            ]
        return self._support_from(
            tok,
            subjects,
            objs + ([] if topic_tok is None else []),
            topic_tok,
            0.85 if not praise else 0.75,
            praise=praise,
        )

    def _praised_passive(self, tok, subj, lemma):
        """ "Kenya's mediation was praised by the AU", "Iran's position was appreciated by Iraq", "Senegal was
        commended by X for its peaceful election": praise in the passive, its giver the agent (named: a praise
        no one is said to give is not stated), the act praised its subject or the "for" object."""
        givers = self._prep_objects(tok, {"by"})
        if not givers or not self._resolve_all(givers):
            return None
        if lemma == "welcome" and self._lemma(subj) in self.lex.arrival_nouns:
            return None  # "his visit was welcomed by X": hosting
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
            return None  # "a position welcomed by many": an act described, not one named
        if self._lemma(subj) in self.lex.support_nouns:
            return None  # "Spain's support was welcomed by X": the backing acknowledged is Spain's
        if self.actors.resolve(subj) and not self._owned_act(subj):
            if lemma == "welcome" or lemma in self.lex.act_praise_verbs:
                return None  # "Putin was welcomed by Xi": hosting; a party valued is no act named
            acts = [o for o in self._prep_objects(tok, {"for", "on"}) if not self._is_day(o)]
            if not acts or self._lemma(acts[0]) in self.lex.courtesy_nouns or acts[0].tag_ == "VBG":
                return None  # (not "was praised for his warm hospitality")
            return self._support_from(tok, givers, [subj], acts[0], 0.75, praise=True)
        if lemma in self.lex.act_praise_verbs and not self._doers_act(subj):
            return None  # "the hospitality was appreciated": no doer's act
        owned = any(
            c.dep_ == "poss" and c.pos_ != "PRON" and self.actors.resolve(c) for c in subj.children
        ) and self._ownable_act(subj)
        if not owned and not self._praiseworthy(subj):
            return None
        return self._support_from(tok, givers, [subj], subj if owned else None, 0.75, praise=True)

    def _ownable_act(self, tok) -> bool:
        """A noun naming an act that, with its owner given ("Kenya's leadership", "X's mediation"), is
        praised as that party's act."""
        return (
            self._lemma(tok) in self.lex.praise_objects | self.lex.owned_praise_objects
            or tok.lower_ in self.lex.praise_objects
        )

    def _stance_governor(self, tok):
        """The predicate a gerund after a preposition hangs on ("been" in "has been at the forefront of backing
        X", "united" in "were united in backing X"), through nouns and prepositions only; None when it is
        negated, planned, hedged or conditional (the checks on the gerund stop at the noun between)."""
        node = tok
        for _ in range(6):
            if node.dep_ not in ("pcomp", "pobj", "prep") or node.head == node:
                break
            node = node.head
        if node.pos_ not in ("VERB", "AUX", "ADJ") or node == tok:
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return None
        if self._is_negated(node) or self._is_future(node) or self._is_hypothetical(node) or self._hedged(node):
            return None
        if self._is_conjectural(node) or self._asked_or_hoped(node):
            return None
        if node.lower_ in self.lex.reluctance_words or any(
            c.dep_ in ("acomp", "advmod") and c.lower_ in self.lex.reluctance_words for c in node.children
        ):
            return None  # "has been cautious in backing X", "was slow in backing Y": no backing stated
        return node

    def _stance_in_support(self, tok):
        """The stance predicate "in support (of / for)" hangs on: a standing verb, a copula or an adjective or
        participle of stance ("stands firm in support of X", "remains steadfast in its support for Y", "were
        united in their support for Z"), not an act done in support ("sent troops in support of"), whose own
        backing a light verb states. None without a backed party or thing, or when not stated."""
        if tok.head.dep_ != "prep" or not self._prep_objects(tok, {"of", "for", "to", "with"}):
            return None
        gov = tok.head.head
        stance = self._lemma(gov) in self.lex.stand_verbs | {"be", "remain", "stay", "unite"} or gov.pos_ == "ADJ"
        if not stance or gov.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        if gov.pos_ == "ADJ" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children):
            gov = gov.head  # "stands firm in support of X": the adjective's verb
            if self._lemma(gov) not in self.lex.stand_verbs | {"be", "remain", "stay"}:
                return None
        return self._stance_governor(tok)

    def _upheld_clause(self, tok):
        """ "A and B agreed that the Belfast Agreement must be preserved": a named pact or initiative that must be
        kept is backed, not proposed (what must be built or set up stays a proposal)."""
        for comp in (c for c in tok.children if c.dep_ == "ccomp" and self._must_be_upheld(c)):
            for s in (c for c in comp.children if c.dep_ == "nsubjpass" and self._concrete_project(c)):
                return self._support_from(tok, self._subjects(tok), [], s, 0.75, nominal=True)
        return None

    def _must_be_upheld(self, verb) -> bool:
        return (
            self._lemma(verb) in self.lex.upholding_verbs
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)
        )

    def _stood_at_place(self, tok) -> bool:
        """ "stood with Zelensky at a news conference", "stood beside X in the Oval Office": standing somewhere,
        next to someone, not a stance ("stands with Ukraine at this difficult time" is one)."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("at", "in", "on", "inside", "outside"):
                continue
            for p in c.children:
                if p.dep_ != "pobj" or self._lemma(p) in self.lex.stance_times or p.ent_type_ in ("DATE", "TIME"):
                    continue
                if c.lower_ == "at" or p.ent_type_ in ("FAC", "GPE", "LOC"):
                    return True
        return False

    def _reduced_object(self, tok) -> list:
        """ "welcomed the ceasefire agreed by A and B": the parser may read the object and its participle as a
        clause ("the ceasefire" its subject, "agreed by" its passive); the praised act is that subject."""
        for c in tok.children:
            if c.dep_ == "ccomp" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children):
                subj = [s for s in c.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and self._praiseworthy(s)]
                if subj:
                    return subj
        return []

    def _praised_clause(self, tok):
        """ "welcomed what North Korea and South Korea agreed on", "hailed what the two sides achieved": a
        free relative naming an act of parties, or None."""
        for c in tok.children:
            if c.dep_ == "ccomp" and c.left_edge.lower_ == "what" and self._subjects(c):
                return c  # (not "whatever they agree": what is yet to come)
        return None

    def _defended(self, tok):
        """ "remains firm in defending the legitimate rights of the Palestinians", "upholds Ukraine's
        sovereignty": backing another party's right or cause, that party the target (not "defended its
        right to respond", which backs no one; nor "Russia must respect Georgia's integrity", a demand)."""
        if any(c.dep_ == "aux" and c.lower_ in self.lex.obligation_modals for c in tok.children):
            return None
        for obj in self._objects(tok):
            if self._lemma(obj) not in self.lex.defended_objects:
                continue
            owners = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if not owners and not self._prep_objects(obj, {"of"}):
                continue
            m = self._support_from(tok, self._subjects(tok), [], obj, 0.75)
            if m is None:
                continue
            own = {a.country for a, role in m.actors if role == "source"}
            if any(role == "target" and (a.country is None or a.country not in own) for a, role in m.actors):
                return m  # (a leader defending their own state's right backs no other party)
        return None

    def _doers_act(self, tok) -> bool:
        """An act with its doer named, as a possessor ("Brazil's commitment") or as the subject of a clause
        on it ("the role Norway played", "the contribution Japan has made")."""
        if self._owned_act(tok):
            return True
        lemma = self._lemma(tok)
        return (
            lemma in self.lex.praise_objects | self.lex.role_nouns or tok.lower_ in self.lex.praise_objects
        ) and bool(
            self._resolve_all([o for o in self._support_owner_clause(tok) if o.pos_ != "PRON"])
        )  # (not "the role he played": whose, the pronoun does not say for sure)

    def _owned_act(self, tok) -> bool:
        """ "China's Global Development Initiative", "Kenya's leadership": an act or initiative of a party,
        backed as a topic, its owner the target (not an organisation or a state organ of its own)."""
        lemma = self._lemma(tok)
        return (lemma in self.lex.praise_objects or tok.lower_ in self.lex.praise_objects) and any(
            c.dep_ == "poss" and c.pos_ != "PRON" and self.actors.resolve(c) for c in tok.children
        )

    def _generic(self, tok) -> bool:
        """ "cooperation", "the close partnership": nothing in particular; "the AUKUS partnership" is named."""
        named = any(c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "EVENT", "LAW") for c in tok.children) or any(
            # "the AUKUS defence and security partnership": a name deeper in the modifiers
            t.i < tok.i and (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") or t.ent_type_ in ("ORG", "LAW"))
            for t in tok.subtree
        )
        return self._lemma(tok) in self.lex.generic_objects and not named

    def _praiseworthy(self, obj) -> bool:
        """Praise counts when it names an act, achievement or initiative, not a party or a relation."""
        lemma = self._lemma(obj)
        if lemma in self.lex.generic_objects:
            return False
        if lemma in self.lex.role_nouns:  # "the part Qatar has played"
            return any(c.dep_ in ("relcl", "acl") and self._lemma(c) in self.lex.role_verbs for c in obj.children)
        ent = self.actors._ent_of(obj)
        if ent is not None and ent.label_ in ("ORG", "EVENT", "LAW", "FAC", "WORK_OF_ART", "PRODUCT"):
            return True
        if lemma in self.lex.praise_objects or obj.lower_ in self.lex.praise_objects:
            return True
        # "welcomed the peaceful conduct of the election", "hailed the smooth running of the summit": the manner
        # of a named act is that act praised
        return bool(self._act_of(obj))

    def _act_of(self, tok) -> list:
        """The act an "of" after a noun names when that noun is not itself an act ("the conduct of X's
        election"): the act, else nothing (nor a relation word: "the spirit of cooperation")."""
        if self._lemma(tok) in self.lex.praise_objects or self.actors.resolve(tok):
            return []
        return [
            o
            for o in self._prep_objects(tok, {"of"})
            if (self._lemma(o) in self.lex.praise_objects or o.lower_ in self.lex.praise_objects)
            and self._lemma(o) not in self.lex.generic_objects
        ]

    def _support_noun(self, tok):
        """ "X expressed (its) support for Y", "reaffirmed their commitment to Y",
        "assured Z of X's full support to Y"."""
        if tok.dep_ in ("amod", "compound"):
            return self._misread_given_backing(tok)  # "welcomed the backing A and B have given", misparsed
        if tok.dep_ == "nsubj" and (continued := self._backing_must_continue(tok)) is not None:
            return continued
        datives = []
        standing = False
        acknowledging = self.lex.acknowledging_verbs
        if tok.dep_ == "dobj" and self._lemma(tok.head) in acknowledging:
            return self._acknowledged_and_praised(tok)  # "acknowledged Minsk's support for Havana"
        if self._shared_possessor(tok) and self._lemma(tok.head.head) in acknowledging:
            return self._acknowledged_and_praised(tok)  # "praised Australia and India's support", misparsed
        if tok.dep_ in ("dobj", "appos") and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.dep_ == "dobj":
            # "sent Trump his congratulations" parsed as a chain, or the congratulations as Trump's apposition
            verb, datives = tok.head.head, [tok.head]
        elif tok.dep_ == "dobj" and self._lemma(tok.head) in self.lex.support_gaining_verbs:
            return self._support_received(tok)  # "Y's bid has the backing of X"
        elif tok.dep_ == "dobj":
            verb = tok.head
        elif tok.dep_ == "nsubjpass":
            verb = tok.head  # "Germany's support for Ukraine was reaffirmed (by Chancellor X)"
        elif tok.dep_ == "nsubj" and self._steadfast(tok):
            # "Turkey's backing of Azerbaijan has been unwavering": a standing position stated as fact
            verb, standing = tok.head, True
        elif tok.dep_ == "conj" and tok.head.dep_ == "dobj":
            verb = tok.head.head  # "expressed solidarity and support for X"
        elif (parallel := self._parallel_object_verb(tok)) is not None:
            verb = parallel  # "affirmed Egypt's rejection of X, and its support for Y"
        elif tok.dep_ == "pobj" and (
            self._lemma(tok.head.head) in acknowledging
            or tok.head.head.lower_ in self.lex.thanks_nouns
            or any(c.dep_ == "dobj" and c.lower_ in self.lex.thanks_nouns for c in tok.head.head.children)
        ):
            return self._acknowledged_and_praised(tok)
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of":
            verb = tok.head.head  # "assured the Prime Minister of the Union's support"
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
                verb = verb.head  # the "of" hangs on the one assured
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and (gov := self._stance_in_support(tok)) is not None:
            # "stands firm in support of X", "were united in their support for X": the stance's holder backs X
            backed = self._prep_objects(tok, {"of", "for", "to", "with"})
            subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
            return self._support_from(tok, subjects, backed, None, 0.75, nominal=True)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and self._prep_objects(tok, {"of"}):
            # "reiterated its position in support of X": the position's holder backs X
            verb = tok.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            backed = self._prep_objects(tok, {"of"})
            held = self._lemma(verb) in ("remain", "be", "stay") and any(
                self._lemma(s) in self.lex.position_nouns for s in self._subjects(verb)
            )  # "Spain's position remains unchanged in support of X"
            if (self._lemma(verb) not in self.lex.support_light_verbs | self.lex.speech_verbs and not held) or any(
                self._generic(b) for b in backed
            ):
                return None
            return self._support_from(verb, self._subjects(verb), backed, None, 0.75)
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX") or (
            self._lemma(verb) not in self.lex.support_light_verbs
            and not self._own_support_discussed(tok, verb)
            and not standing
        ):
            return None
        # the parser often hangs "with Jordan" / "for the plan" on the verb rather than the noun
        objects = self._prep_objects(tok, {"for", "to", "with", "on"}) + self._prep_objects(
            verb, {"on", "with", "for", "to"}
        )
        # "sent Trump his congratulations": the dative is the one congratulated
        objects += [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"] + datives
        # (or a second object before it: "send Trump his congratulations" read as two objects)
        objects += [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ == "PROPN"]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head == verb:
            # "assured Y of India's full support": the one assured is the one backed; "wished Y success and
            # assured it of ...": "it" is the object of the verb this one is coordinated with
            for c in verb.children:
                if c.dep_ == "dobj" and c.lower_ in ("it", "them") and verb.dep_ == "conj":
                    objects += [o for o in verb.head.children if o.dep_ == "dobj" and self.actors.resolve(o)]
                elif c.dep_ == "dobj" and c not in objects:
                    objects.append(c)
        # "China on Friday expressed its support": a day is when, never what or whom
        objects = [o for o in objects if not self._is_day(o)]
        contact = self._congratulating_contact(tok, verb)
        if contact is not None:
            # "telephoned Y to offer his congratulations (on his election)": Y, the one called, is congratulated
            called = [o for o in self._objects(contact) if self.actors.resolve(o)]
            if not any(self.actors.resolve(o) for o in objects):
                objects = called + objects
        if not objects and self._lemma(tok) in ("support", "backing", "endorsement") and self._owner(tok):
            objects = self._prep_objects(tok, {"of"})  # "expressed Venezuela's backing of Nicaragua"
        if self._lemma(tok) in self.lex.praise_nouns or tok.lower_ in self.lex.praise_nouns:
            # "expressed appreciation for Japan's contribution", "paid tribute to X for its role": praise
            # counts for a named act, not for a party alone
            objects += self._prep_objects(tok, {"of"})
            acts = [o for o in objects if not self.actors.resolve(o) and self._praiseworthy(o)]
            acts += [o for o in objects if self._lemma(o) in self.lex.praise_objects and o not in acts]
            if not acts:
                return None
            if self._lemma(acts[0]) in self.lex.support_nouns:
                # "voiced appreciation for Y's support", "paid tribute to Y for its backing": thanks for another's
                # backing, not the speaker's (the backing is Y's: _acknowledged_support; so for verbs too)
                return None
            objects = [o for o in objects if o not in acts]
            objects.insert(0, acts[0])
            topic_tok = acts[0]
            owners = [c for c in topic_tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            targets = [o for o in objects[1:] if self.actors.resolve(o)] + owners
            if self._is_future(verb):
                return None
            return self._support_from(verb, self._subjects(verb), targets, topic_tok, 0.75)
        if not objects:
            return None
        sources = self._subjects(verb)
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if poss and not self._resolve_all(poss):
            poss = []  # "voiced his country's solidarity": the speaker's own
        if poss:
            # "Shoukry underlined Egypt's support": the minister speaking for the state is the source
            speakers = [a for a in self._resolve_all(sources) if a.kind == PERSON]
            owners = self._resolve_all(poss)
            if not (
                speakers
                and owners
                and all(o.kind == COUNTRY and speakers[0].country in (o.country, None) for o in owners)
                and len({o.country for o in owners}) == 1
            ):
                sources = poss
        assured = verb.dep_ == "ccomp" and self._lemma(verb.head) in self.lex.assure_verbs
        # ("assured X that the government would extend its support": the assurance is the support)
        if self._is_future(verb) and self._lemma(verb) not in ("pledge", "offer") and not assured and contact is None:
            return None
        targets = [o for o in objects if self.actors.resolve(o) and not self._owned_act(o)]
        topic = next((o for o in objects if not self.actors.resolve(o) or self._owned_act(o)), None)
        if topic is not None and not targets and self._generic(topic) and not self._relation_partners(topic):
            # "commitment to cooperation": no one and nothing in particular is backed (but "its commitment
            # to the alliance with Manila" backs the partner)
            return None
        return self._support_from(verb, sources, targets, topic, 0.8, nominal=True)

    def _congratulating_contact(self, tok, verb):
        """The call or meeting congratulations were the purpose of: "telephoned Y to offer his congratulations",
        "met Y to extend congratulations on his election" (the contact happened, and the congratulations with it,
        ANNOTATION.md: congratulations on an achievement are support). None for another noun, a contact that is
        itself planned or negated, or no purpose clause."""
        if self._lemma(tok) not in ("congratulation", "congratulations") and tok.lower_ != "congratulations":
            return None
        if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        contact = verb.head
        lemma = self._lemma(contact)
        if lemma not in self.lex.meeting_call_verbs | self.lex.meeting_verbs | self.lex.meeting_visit_verbs:
            return None
        if self._is_future(contact) or self._is_negated(contact) or self._is_hypothetical(contact):
            return None
        return contact

    def _acknowledged_and_praised(self, tok) -> list:
        """ "X praised Y's support for Z": Y's backing the praise acknowledges, and the praise itself, of a named
        act of Y (ANNOTATION.md), X backing Y; thanks ("thanked Y for its support") are not support by X."""
        given = self._given_backing(tok)
        if given is not None:
            return given
        praised = self._praised_backing(tok)
        return praised if praised is not None else self._acknowledged_support(tok)

    def _giving_clause(self, tok):
        """The clause on a backing noun that names who gave it: "the support (that) A and B have given to X",
        "the backing Japan has extended to Y" (the parser may hang the clause on the praising verb). The
        clause, or None when it has no named giver or the giving is negated, planned or conjectured."""
        clauses = [c for c in tok.children if c.dep_ == "relcl"]
        if tok.dep_ == "dobj":
            clauses += [c for c in tok.head.children if c.dep_ == "ccomp" and c.left_edge.i == tok.right_edge.i + 1]
        for rc in clauses:
            if self._lemma(rc) not in self.lex.support_light_verbs:
                continue
            givers = [c for c in rc.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.tag_ not in ("WDT", "WP")]
            if not givers or not self._resolve_all(givers):
                continue
            if self._is_negated(rc) or self._is_future(rc) or self._is_conjectural(rc) or self._is_hypothetical(rc):
                return None
            return rc
        return None

    def _given_backing(self, tok):
        """ "welcomed the backing A and B have given to X", "praised the support Japan has extended to Y":
        the praise of a named act of A and B (the praiser backs them, ANNOTATION.md; not thanks for backing given
        to the praiser's own side), and the backing the clause states, A and B backing X. None without such a
        clause; a list of what is found otherwise."""
        if tok.dep_ == "dobj":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.head.lower_ in self.lex.praise_nouns:
            verb = tok.head.head.head  # "voiced appreciation of the backing Y has given to X"
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        clause = self._giving_clause(tok)
        if clause is None:
            return None
        return self._given_and_praised(tok, verb, clause, [c for c in clause.children if c.dep_ == "nsubj"])

    def _misread_given_backing(self, tok):
        """ "welcomed the backing Ethiopia and Uganda have given to X": the tagger may read "backing" as a
        participle or a compound on the first giver, the giving clause the praising verb's complement."""
        giver, clause = tok.head, tok.head.head
        if not (
            tok.dep_ in ("amod", "compound")
            and giver.dep_ == "nsubj"
            and clause.dep_ == "ccomp"
            and self._lemma(clause) in self.lex.support_light_verbs
            and tok.i > 0
            and tok.nbor(-1).lower_ == "the"
        ):
            return None
        if self._is_negated(clause) or self._is_future(clause) or self._is_conjectural(clause):
            return None
        return self._given_and_praised(tok, clause.head, clause, [giver]) or None

    def _given_and_praised(self, tok, verb, clause, givers):
        backed = self._prep_objects(clause, {"to", "for", "with"}) + self._prep_objects(tok, {"for", "to", "with"})
        found = []
        sources = self._resolve_all(givers)
        targets = [a for a in self._resolve_all(backed) if a not in sources]
        topic_tok = next((b for b in backed if not self.actors.resolve(b)), None)
        if targets or topic_tok is not None:
            m = self._support_from(clause, givers, backed, None, 0.7, nominal=True)
            if m is not None:
                found.append(m)
        praising = self._lemma(verb) in (self.lex.praise_verbs | self.lex.act_praise_verbs) - {"acknowledge"}
        praising = praising or (tok.dep_ == "pobj" and self._lemma(verb) in self.lex.support_light_verbs)
        if praising and not self._is_future(verb):
            praiser = self._support_from(verb, self._subjects(verb), givers, None, 0.7)
            if praiser is not None and any(role == "target" for _, role in praiser.actors):
                own = {a.country for a, role in praiser.actors if role == "source" and a.country}
                # backing given to the praiser's side ("the support Chile has shown for its candidacy"): thanks
                owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for b in backed for c in b.children)
                if not owned and not any(a.country in own for a in targets):
                    praiser.topic = self._np_text(tok)
                    found.append(praiser)
        return found

    def _praised_backing(self, tok):
        """ "commended Brazil's support for the reform", "hailed Jordan's backing of X", "voiced appreciation for
        Colombia's support for the summit": the praiser backs the named backer (not "thanked Y for", "expressed
        gratitude for", "acknowledged Y's support": thanks and mere acknowledgement; nor appreciation of backing
        given to the speaker's own state, which is thanks)."""
        if tok.dep_ == "dobj" or self._shared_possessor(tok):
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            praising = self._lemma(verb) in (self.lex.praise_verbs | self.lex.act_praise_verbs) - {"acknowledge"}
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of"):
            noun = tok.head.head
            praising = noun.lower_ in self.lex.praise_nouns
            verb = noun.head if noun.dep_ == "dobj" else None
            praising = praising and verb is not None and self._lemma(verb) in self.lex.support_light_verbs
        else:
            return None
        if not praising or verb.pos_ not in ("VERB", "AUX"):
            return None
        backers = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if self._shared_possessor(tok):
            backers = [tok.head] + backers
        backers = backers or self._prep_objects(tok, {"of"})
        if not backers or not self._resolve_all(backers):
            return None
        if self._is_future(verb):
            return None
        m = self._support_from(verb, self._subjects(verb), backers, None, 0.7)
        if m is None or not any(role == "target" for _, role in m.actors):
            return None
        if tok.dep_ == "pobj":
            # "voiced appreciation for Japan's support to Kenya" by Kenya's president: backing given to the
            # speaker's own side, appreciated, is thanks
            own = {a.country for a, role in m.actors if role == "source" and a.country}
            backed = self._prep_objects(tok, {"for", "to"})  # (the parser may hang "to Kenya" on the verb)
            backed += [o for o in self._prep_objects(verb, {"to"}) if o.i > tok.i]
            backed = self._resolve_all(backed)
            if backed and (not own or any(a.country in own for a in backed)):
                return None  # (a speaker of no known state: whose side the backed party is, unknown)
        m.topic = self._np_text(tok)
        return m

    def _support_received(self, tok):
        """ "Morocco's bid has the backing of Spain", "Kenya's candidacy enjoys the support of the African Union",
        "the proposal won the endorsement of A and B": backing stated from the side of the one who has it; the
        party after "of" backs the subject (or its owner, with the subject as topic). Not sought ("hopes to win
        the support of X", "needs"), planned or negated; the backers must be parties the text names."""
        verb = tok.head
        backers = self._prep_objects(tok, {"of"})
        ours = any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tok.children)
        if ours and not backers and self._lemma(verb) == "have":
            # "I told President X that she has our full support": the speaker's side backs the subject
            speaker = self._speaker(verb)
            if speaker is None or verb.dep_ != "ccomp" or self._is_future(verb):
                return None
            if self._is_negated(verb) or self._is_hypothetical(verb) or self._hedged(verb):
                return None  # ("... that she would have our support if ...", "does not have our support")
            backed = [a for s in self._subjects(verb) for a in self.actors.resolve(s) if a != speaker]
            if not backed and any(s.pos_ == "PRON" for s in self._subjects(verb)):
                # "told Y that she has our support": not the speaker's side, so the one told
                told = verb.head
                while told.pos_ != "VERB" and told.head != told:
                    told = told.head  # ("told X once more that ...": the parser may hang the clause on "more")
                backed = [a for o in self._objects(told) for a in self.actors.resolve(o) if a != speaker]
            if not backed:
                return None
            return self._mention(SUPPORT, [(speaker, "source")] + [(a, "target") for a in backed], verb, 0.75)
        if not backers or not self._resolve_all(backers) or verb.dep_ == "xcomp" or self._is_future(verb):
            return None
        subjects = self._subjects(verb)
        if not subjects:
            return None
        backed = [s for s in subjects if self.actors.resolve(s)]
        topic_tok = None if backed else subjects[0]
        return self._support_from(verb, backers, backed, topic_tok, 0.75, nominal=True)

    def _parallel_object_verb(self, tok):
        """ "affirmed Egypt's rejection of any attempt to annex X, and its support for Y", "reaffirmed Chile's
        condemnation of the attack and its solidarity with Ecuador", "expressed his condolences to Morocco and
        his solidarity with its people": a backing noun with its own possessive pronoun, written as a second
        object of the verb, which the parser hangs on the verb itself or on a noun inside the first object.
        The verb that states it, or None. The pronoun must be the speaker's side: every named owner on the way
        up is of the speaker's state ("expressed concern over Iran's programme and its support for militias"
        is Iran's backing, which the speaker does not give)."""
        if tok.dep_ != "conj" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return None
        node = tok
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        owners = []
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX"):
                break
            owners += [c for c in node.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if node.dep_ not in ("dobj", "pobj", "prep") or node.head == node:
                return None
            node = node.head
        else:
            return None
        if node == tok.head and tok.dep_ == "conj":
            # a noun conjoined to the verb: the verb's object before it is the first object
            if not any(c.dep_ == "dobj" and c.i < tok.i for c in node.children):
                return None
        speakers = self._resolve_all(self._subjects(node))
        own = {a.country for a in speakers if a.country}
        if any(a.country not in own for a in self._resolve_all(owners)):
            return None
        return node

    def _steadfast(self, tok) -> bool:
        """ "X's support for Y remains unwavering", "has been steadfast": the backing of a named holder, said to
        hold, is a standing position stated as fact (ANNOTATION.md)."""
        verb = tok.head
        return (
            verb.lemma_ in ("be", "remain", "stay")
            and any(c.dep_ == "acomp" and c.lower_ in self.lex.steadfast_adjectives for c in verb.children)
            and any(c.dep_ == "poss" and c.pos_ != "PRON" and self.actors.resolve(c) for c in tok.children)
        )

    def _relation_partners(self, tok) -> list[Actor]:
        """ "the alliance with the Philippines", "its partnership with Japan": the partner a relation is with."""
        if self._lemma(tok) not in self.lex.relation_nouns and tok.lower_ not in self.lex.relation_nouns:
            return []
        found = []
        for p in self._prep_objects(tok, {"with"}):
            iso = self.gaz.capital(p.text) if p.ent_type_ == "GPE" else None  # "with Manila": its state
            for a in self._resolve_all([p]) or ([self.actors.country_actor(iso)] if iso else []):
                if a not in found:
                    found.append(a)
        return found

    def _support_committed(self, tok):
        """ "Turkey is committed to Iraq's territorial integrity", "remains committed to its partnership with
        Japan": commitment to another party, its act or its relation with the holder (a target is needed: "is
        committed to dialogue" backs no one; "committed 500 troops to X" commits means, not backing)."""
        objs = self._prep_objects(tok, {"to"})
        if not objs or self._objects(tok) or objs[0].tag_ == "VBG" or objs[0].pos_ == "VERB":
            return None
        to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
        if any(p.dep_ == "pcomp" for c in to for p in c.children):
            return None  # "has committed to visiting Indonesia": a commitment to act, no backing of the one visited
        sources = self._passive_subjects(tok) or self._subjects(tok)
        m = self._support_from(tok, sources, objs[:1], None, 0.8, nominal=True)
        if m is None or not any(role == "target" for _, role in m.actors):
            return None
        return m

    def _supportive(self, tok):
        """ "Singapore remains supportive of ASEAN centrality", "has been supportive of Y's bid": an adjective of
        backing after a copula states the subject's backing of the "of" object (not of a gerund, "supportive of
        building X", a project; nor of a bare relation word, "supportive of cooperation")."""
        if tok.dep_ not in ("acomp", "oprd") or tok.head.pos_ not in ("AUX", "VERB"):
            return None
        backed = self._prep_objects(tok, {"of"})
        if not backed or backed[0].tag_ == "VBG" or backed[0].pos_ == "VERB":
            return None
        if self._generic(backed[0]) and not self._relation_partners(backed[0]):
            return None
        return self._support_from(tok, self._subjects(tok.head), backed, None, 0.8, nominal=True)

    @staticmethod
    def _owner(tok) -> bool:
        """ "Venezuela's backing", "its support": the noun names whose it is, so an "of" after it names
        what is backed, not the backer."""
        return any(c.dep_ == "poss" for c in tok.children)

    def _own_support_discussed(self, tok, verb) -> bool:
        """ "They discussed their continued support for Ukraine": talks about the parties' own backing state
        it; not "discussed Iran's support for the rebels" (another's) nor "discussed support for X" (whether
        to give it)."""
        return self._lemma(verb) in self.lex.own_support_verbs and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children
        )

    def _success_statement(self, speech):
        """ "X said the initiative has achieved great success": praise of a named initiative."""
        for comp in speech.children:
            if comp.dep_ != "ccomp":
                continue
            subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj or self.actors.resolve(subj[0]):
                continue
            head = subj[0]
            named = any(t.ent_type_ in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT") for t in head.subtree)
            if not (named or self._lemma(head) in self.lex.success_subject_heads):
                continue
            objs = self._objects(comp)
            praised = any(self._lemma(o) in self.lex.success_nouns for o in objs) or any(
                c.dep_ == "acomp" and c.lower_ == "successful" for c in comp.children
            )
            if not praised or self._lemma(comp) not in self.lex.success_verbs:
                continue
            if self._is_negated(comp):
                continue
            sources = self._resolve_all([c for c in speech.children if c.dep_ == "nsubj"])
            if not sources:
                continue
            return self._mention(SUPPORT, [(sources[0], "source")], comp, 0.75, topic=self._np_text(head))
        return None
