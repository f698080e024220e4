"""PROJECT_PROPOSAL triggers: an intent head governing a concrete project.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

import re

from extractor.actors import COUNTRY, GROUP, ORGANIZATION, PERSON, Actor
from extractor.rules.base import _NOMINALISATIONS, _PHONE_WORDS, _PHYSICAL_PROJECTS, PROPOSAL, SUPPORT, _span_text


class ProposalRules:
    def _concrete_project(self, tok) -> bool:
        """A named initiative or an infrastructure, agreement or mechanism phrase, or a definite one that
        refers back to such a phrase ("this roadmap", "the project")."""
        return self._concrete_named(tok) or self._antecedent(tok) is not None

    def _antecedent(self, tok):
        """ "this roadmap", "the project", "that agreement": a bare definite project head takes the concrete
        project of its kind the article named before it (the nearest). A word for an undertaking proposed
        ("the proposal", "the initiative", "the plan", "the project", data: referring_heads) takes the nearest
        concrete project of any kind, also when a state owns it ("the Turkmen proposal", "Kazakhstan's plan");
        so does "it" as what a backing verb backs ("Uzbekistan backed it")."""
        if tok.i in self._antecedents:
            return self._antecedents[tok.i]
        found = None
        lemma = self._lemma(tok)
        referring = lemma in self.lex.referring_heads or tok.lower_ in self.lex.referring_heads
        mods = ("compound", "amod", "nmod", "poss", "prep", "acl", "relcl")
        # "revive the line in the new era": a phrase of time the parser hangs on the head does not specify it
        timed = {
            c.i
            for c in tok.children
            if c.dep_ == "prep"
            and c.lower_ in ("in", "during", "over")
            and any(
                p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or self._lemma(p) in self.lex.era_nouns)
                for p in c.children
            )
        }
        definite = tok.pos_ == "NOUN" and tok.tag_ == "NN"
        if definite and referring:
            # an owner state is allowed: "the Turkmen proposal", "Kazakhstan's plan"
            owned = [c for c in tok.children if c.dep_ in ("amod", "poss") and c.ent_type_ in ("NORP", "GPE")]
            # (the tagger may read a state's adjective as a name compound: "the Turkmen proposal")
            owned += [
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c not in owned
                and c.pos_ in ("ADJ", "PROPN")
                and (self.gaz.demonym(c.text) or self.gaz.country(c.text))
            ]
            definite = (
                any(c.dep_ == "det" and c.lower_ in self.lex.anaphoric_determiners for c in tok.children)
                or any(c.dep_ == "poss" for c in owned)
            ) and not any(c.dep_ in mods and c not in owned for c in tok.children)
        else:
            definite = (
                definite
                and (lemma in self.lex.project_heads or tok.lower_ in self.lex.project_heads)
                and any(c.dep_ == "det" and c.lower_ in self.lex.anaphoric_determiners for c in tok.children)
                and not any(c.dep_ in mods and c.i not in timed for c in tok.children)
            )
        backed_it = (
            tok.lower_ == "it" and tok.dep_ in ("dobj", "nsubjpass") and self._lemma(tok.head) in self.lex.support_verbs
        )
        if definite or backed_it:
            for prior in reversed(self.doc[: tok.i]):
                if prior.pos_ not in ("NOUN", "PROPN"):
                    continue
                same = self._lemma(prior) == lemma or prior.lower_ == tok.lower_
                # "the TAZARA Railway ... revive the line": a line is a railway or pipeline named before
                # (data: line_heads, the words for one line that name each other)
                same = same or (lemma in self.lex.line_heads and self._lemma(prior) in self.lex.line_heads)
                if (same or ((referring or backed_it) and self._lemma(prior) in self.lex.project_heads)) and (
                    self._concrete_named(prior)
                ):
                    found = prior
                    break
        self._antecedents[tok.i] = found
        return found

    def _concrete_named(self, tok) -> bool:
        head = tok
        ent = self.actors._ent_of(tok)
        if (
            ent is not None
            and self.gaz.organization(re.sub(r"^the\s+", "", ent.text, flags=re.I))
            and self._lemma(tok) not in self.lex.initiative_heads
        ):
            return False  # "a seat on the UN Security Council": a body, not a project ("the X Initiative" is one)
        lemma = self._lemma(head)
        if self._commemorates(head):
            return True
        if self._financing(head):
            return False
        if lemma in _NOMINALISATIONS and lemma not in self.lex.project_heads:
            # "the Standard Gauge Railway extension": the project is the compound before the action
            for c in head.children:
                if c.dep_ == "compound" and self._lemma(c) in self.lex.project_heads | _PHYSICAL_PROJECTS:
                    return True
            for c in head.children:
                # "an early start to the cross-border railway", "an extension to the metro line": the project
                # the action is done to
                if c.dep_ == "prep" and (
                    c.lower_ == "of" or c.lower_ == "to" and lemma not in self.lex.establishing_nouns
                ):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            # "the establishment of a joint commission": a mechanism set up is concrete
                            if lemma in self.lex.establishing_nouns and self._specified_mechanism(p):
                                return True
                            return self._concrete_project(p)
            return self._its_project(head) is not None  # "facilitate its construction"
        if self._numbered_plan(head):
            return True
        if lemma not in self.lex.project_heads and head.lower_ not in self.lex.project_heads:
            ent = self.actors._ent_of(head)
            return ent is not None and ent.label_ in ("FAC", "LAW", "PRODUCT") and len(ent) > 1
        mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        named = head.pos_ == "PROPN" or any(
            m.pos_ == "PROPN"
            and m.ent_type_ not in ("NORP", "GPE")
            or m.ent_type_ in ("ORG", "FAC", "EVENT", "LAW", "PRODUCT")
            for m in mods
        )
        if not named and lemma not in (
            "plan",
            "partnership",
            "framework",
            "strategy",
            "system",
            "programme",
            "program",
        ):
            # "the China-Mongolia-Russia pipeline", "a joint Russian-Chinese roadmap": states joined by the
            # project name it
            gpes = [m for m in head.subtree if m.ent_type_ in ("GPE", "NORP") and m.i < head.i]
            # two states, not one state of two words ("South Korea's initiative")
            named = sum(1 for m in gpes if m.ent_iob_ == "B") >= 2 or (
                len(gpes) >= 2 and any(m.text in ("-", "\u2013") for m in head.subtree if m.i < head.i)
            )
        if named:
            return True
        if lemma in _PHYSICAL_PROJECTS and (
            mods or any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) or head.tag_ != "NNS"
        ):
            return True
        # "the railway project"; "rail transit projects", "the new line and rail transit projects": a noun
        # modifier anywhere before the head
        chained = mods + [
            t for t in head.subtree if t.i < head.i and t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod", "conj")
        ]
        if any(self._lemma(m) in _PHYSICAL_PROJECTS for m in chained):
            return True
        if (
            lemma == "project"
            and head.tag_ == "NN"
            and any(m.dep_ == "compound" and m.pos_ == "NOUN" and not self._generic(m) for m in mods)
        ):
            return True  # "a natural gas project", "the hydropower project": one project of a kind (not "projects")
        if (
            head.tag_ != "NNS"
            and (lemma in self.lex.mechanism_heads or head.lower_ in self.lex.mechanism_heads)
            and any(m.dep_ == "amod" and m.lower_ in self.lex.joint_words for m in mods)
            and any(m.dep_ == "compound" and m.pos_ == "NOUN" and not self._generic(m) for m in mods)
        ):
            return True  # "a joint satellite program", "the joint water management programme": one shared undertaking
        if lemma in (
            "agreement",
            "arrangement",
            "pact",
            "treaty",
            "zone",
            "fund",
            "bank",
            "mechanism",
            "corridor",
            "centre",
            "center",
        ) and any(m.pos_ == "NOUN" for m in mods):
            return True
        return False

    def _numbered_plan(self, head) -> bool:
        """ "a five-point plan for peace", "a three-phase roadmap", "a 10-point initiative": a plan counted out in
        points or phases is a concrete one put on the table (a bare "plan" is not)."""
        if self._lemma(head) not in self.lex.referring_heads | {"roadmap", "blueprint"}:
            return False
        numbered = any(
            m.dep_ in ("compound", "amod", "nmod")
            and self._lemma(m) in self.lex.plan_measure_nouns
            and any(n.dep_ == "nummod" or n.like_num for n in m.children)
            for m in head.children
        )
        # ("a six-point proposal for advancing bilateral ties": cooperation of no particular kind, ANNOTATION.md)
        aims = [
            o
            for c in head.children
            if c.dep_ == "prep" or (c.dep_ in ("acl", "relcl") and c.pos_ == "VERB")
            for x in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ in ("pobj", "pcomp")])
            for o in ([x] if x.pos_ == "NOUN" else self._objects(x))
        ]
        return numbered and not any(self._generic(o) or o.lower_ in self.lex.generic_objects for o in aims)

    def _its_project(self, head):
        """ "described the Gwadar port as a key project and said Pakistan stands ready to facilitate its
        construction": "its" before the building of something is the concrete project named just before (in
        this sentence or the one before it), when there is one."""
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
            return None
        start = head.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        for prior in reversed(self.doc[start : head.i]):
            # (not what it is called: "the port is a flagship project", "described X as a key project")
            predicative = prior.dep_ == "attr" or (prior.dep_ == "pobj" and prior.head.lower_ == "as")
            if prior.pos_ in ("NOUN", "PROPN") and prior.dep_ != "poss" and not predicative:
                if self._concrete_named(prior):
                    return prior
        return None

    _PROJECT_PREPS = (
        "of",
        "with",
        "between",
        "along",
        "across",
        "linking",
        "from",
        "to",
        "for",
        "on",
        "against",  # "a global alliance against hunger": what a coalition is formed against is its aim
    )
    _TOPIC_PREPS = ("of", "between", "with", "for", "to")

    def _np_text(self, tok, preps=_TOPIC_PREPS, project: bool = False, exclude=frozenset()) -> str:
        """The noun phrase headed by ``tok``: no article, relative clause or apposition, and only the
        prepositional phrases in ``preps``. A project keeps where it is and what it links:
        "railway in northern Vietnam", "railway linking Brazil and Peru"."""
        skip = set()
        for t in tok.subtree:
            if t == tok:
                continue
            if project and t.dep_ == "prep" and self._when_or_occasion(t):
                # "a global fund for climate adaptation on Monday", "an alliance against hunger at the G20
                # meeting": when and at what gathering it was proposed, not part of the project's name
                skip |= {x.i for x in t.subtree}
                continue
            if project and t.head == tok and self._locates_project(t):
                continue
            if t.dep_ in ("relcl", "acl", "appos", "advcl") or (
                t.dep_ == "prep" and t.head == tok and t.lower_ not in preps
            ):
                skip |= {x.i for x in t.subtree}
            if t.dep_ == "punct" and t.text in (",", ";", "(", ")") and t.head == tok:
                skip |= {t.i}
        words = [t for t in tok.subtree if t.i not in skip and t.i not in exclude]
        # stop at the first comma: "the path of X and safeguarding Y" keeps the first conjunct's phrase
        cut = []
        for t in words:
            if t.text in (",", ";") or (t.dep_ == "cc" and t.head.dep_ in ("pcomp",)):
                break
            cut.append(t)
        words = cut or words
        while words and (
            words[0].dep_ in ("det", "poss", "case")
            or words[0].is_punct
            or words[0].lower_ in ("such", "its", "their", "his", "her", "our")
        ):
            words = words[1:]
        while words and (words[-1].is_punct or words[-1].dep_ in ("cc", "prep", "det") or words[-1].head.dep_ == "cc"):
            words = words[:-1]  # (and the "as well" of a dangling "as well as")
        text = _span_text(words)
        return self._expand_short_names(text)

    def _when_or_occasion(self, prep) -> bool:
        """ "on Monday", "at the summit": a preposition whose object is a date or a gathering."""
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        if any(p.ent_type_ in ("DATE", "TIME") for p in objs):
            return True
        if prep.lower_ in ("on", "at") and any(
            p.lower_ in ("margins", "margin", "sidelines", "sideline") for p in objs
        ):
            return True  # "on the margins of the UN General Assembly"
        return prep.lower_ in ("at", "during") and any(
            self._lemma(p) in self.lex.meeting_nouns | self.lex.occasion_heads for p in objs
        )

    def _expand_short_names(self, text: str) -> str:
        """ "the alignment of X with the Union" -> the Union's full name introduced earlier."""
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or len(ent) < 2:
                continue
            full = re.sub(r"^the\s+", "", ent.text, flags=re.I)
            last = full.split()[-1]
            pattern = rf"\bthe {re.escape(last)}\b"
            if re.search(pattern, text) and full not in text:
                text = re.sub(pattern, "the " + full, text, count=1)
        return text

    def _locates_project(self, t) -> bool:
        if t.dep_ == "acl" and self._lemma(t) in ("link", "connect", "join", "run"):
            return True
        if t.dep_ == "acl" and self._purpose_only(t.head):
            return True  # "an agreement to extend work visas"
        if t.dep_ == "acl" and self._lemma(t) in self.lex.commemorating_verbs and self._commemorates(t.head):
            return True  # "joint events marking the 70th anniversary of diplomatic relations"
        if t.dep_ == "prep" and (t.lower_ in ("in", "across", "through") or t.lower_ in self.lex.route_preps):
            # "railway in northern Vietnam", "a bridge over the Volta River": a named place (not "over the river")
            return any(p.ent_type_ in ("GPE", "LOC", "FAC") for p in t.children if p.dep_ == "pobj")
        return False

    def _project_parts(self, tok) -> list:
        """ "the three railways in northern Vietnam and the smart port": two projects, one proposal each;
        "freight rail and high-speed rail" is one."""
        parts = [tok]
        # the parser often hangs the second project on the place of the first ("railways in northern
        # Vietnam and the smart port")
        misattached = [t for t in tok.subtree if t.dep_ == "conj" and t.head.ent_type_ in ("GPE", "LOC")]
        # ... or on the vague head above it ("progress in building the rail link as well as a new port")
        node = tok
        for _ in range(4):
            if node.dep_ not in ("dobj", "pobj", "pcomp", "prep") or node.head == node:
                break
            node = node.head
            if node.pos_ == "NOUN" and not self._concrete_project(node):
                misattached += [x for x in node.conjuncts if x.i > tok.i]
                break
        for c in list(tok.conjuncts) + misattached:
            if c.i > tok.i and self._concrete_project(c) and self._lemma(c) not in {self._lemma(p) for p in parts}:
                parts.append(c)
        return parts

    def _done(self, verb) -> bool:
        """ "had been completed", "was built too quickly", "the railway opened": reported as done, not wanted."""
        return verb.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lower_ in ("been", "has", "have", "had"))
            for c in verb.children
        )

    def _mandated(self, tok, intent) -> bool:
        """ "suggested that the two states set up a fund", "urged that Kenya build the road": a clause a
        proposing verb governs is a mandate (its verb a subjunctive the tagger may read as a past), not a
        report of what was done."""
        node = tok
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        return (
            node.dep_ == "ccomp"
            and node.head == intent
            and self._lemma(intent) in self.lex.mandative_verbs
            and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
        )

    def _weighed(self, verb) -> list:
        """ "look at whether air corridors between A and B are viable", "study whether a rail link is feasible":
        what a weighing verb asks the feasibility of (whoever urges or agrees to the weighing proposes it)."""
        if self._lemma(verb) not in self.lex.weighing_verbs:
            return []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"]
        return [
            s
            for clause in clauses
            if any(m.lower_ == "whether" for m in clause.children)
            and any(a.dep_ == "acomp" and a.lower_ in self.lex.feasibility_adjectives for a in clause.children)
            for s in clause.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ]

    def _authored(self, verb) -> list:
        """ "the Belt and Road Initiative, proposed by Xi in 2013", "the initiative that Xi put forward", "the
        corridor was first proposed by Angola": the project someone is said to have proposed (a past proposal,
        dated by its own phrase)."""
        if self._lemma(verb) not in self.lex.authoring_verbs:
            return []
        if self._lemma(verb) in self.lex.forward_verbs and not any(c.lower_ == "forward" for c in verb.children):
            return []
        if self._is_future(verb):
            return []  # "the corridor that Angola might propose", "the plan to be proposed by X"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.dep_ == "relcl":
            return [verb.head] if verb.head.pos_ in ("NOUN", "PROPN") else []
        return self._passive_subjects(verb)

    def _ensured(self, verb) -> list:
        """ "ensure that the pipeline is completed", "make sure the gas project succeeds": the subject of
        what is to be made sure of."""
        # (the parser hangs the clause on "make" or on "sure", and "sure" on "make" or on the clause)
        sure = [c for c in verb.children if c.lower_ == "sure" and c.dep_ in ("acomp", "ccomp", "oprd", "xcomp")]
        comps = [c for h in [verb, *sure] for c in h.children if c.dep_ == "ccomp"]
        if self._lemma(verb) not in self.lex.ensuring_verbs:
            if self._lemma(verb) != "make":
                return []
            comps = [c for c in comps if sure or any(a.lower_ == "sure" for a in c.children)]
        return [s for c in comps for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]

    def _pairing(self, verb) -> tuple | None:
        """ "align the Union with the Belt and Road Initiative", "link X's strategy to Y's initiative", "bring
        its strategy into alignment with Y's initiative": two programmes joined, one of them a named project
        or initiative; (first, preposition, second) or None."""
        firsts = [o for o in self._objects(verb) if o.pos_ in ("NOUN", "PROPN")]
        light = self._lemma(verb) in self.lex.pairing_light_verbs
        for c in list(verb.children) + [c for o in firsts[:1] for c in o.children]:  # (or hung on the first)
            if c.dep_ == "prep" and c.lower_ in ("with", "to", "into"):
                seconds = [p for p in c.children if p.dep_ == "pobj"]
                if light:  # "into alignment with Y": Y is the second ("bring X to Y" joins nothing)
                    seconds = [
                        w
                        for s in seconds
                        if self._lemma(s) in self.lex.pairing_nouns
                        for w in self._prep_objects(s, {"with"})
                    ]
                if not firsts or not seconds:
                    continue
                if any(
                    (self._concrete_project(t) or self._named_by_modifier(t)) and not self.actors.resolve(t)
                    for t in firsts[:1] + seconds[:1]
                ):
                    return firsts[0], c, seconds[0]
        return None

    def _named_by_modifier(self, tok) -> bool:
        """ "Belt and Road cooperation": a programme of a named initiative, named by it as a modifier."""
        return any(
            self._concrete_named(m)
            for c in tok.children
            if c.dep_ in ("nmod", "compound") and c.i < tok.i
            for m in [c, *c.conjuncts]
        )

    def _project_text(self, tok, exclude=frozenset()) -> str:
        if (
            tok.pos_ in ("NOUN", "PROPN", "PRON")
            and not self._concrete_named(tok)
            and self._antecedent(tok) is not None
        ):
            return self._project_text(self._antecedent(tok))  # "this roadmap": the roadmap named before
        its = self._its_project(tok) if self._lemma(tok) in _NOMINALISATIONS else None
        if its is not None and not self._prep_objects(tok, {"of"}):
            return self._project_text(its)  # "facilitate its construction": what "its" stands for
        if tok.pos_ in ("VERB", "AUX") and self._recurring_meeting(tok):
            # "their foreign ministers would meet regularly" -> "foreign ministers meet regularly" (who meets, as
            # written; "agreed to meet regularly": those who agreed)
            who = [self._np_text(s) for s in tok.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
            how = [c.text for c in tok.children if c.dep_ == "advmod" and c.lower_ in self.lex.recurring_adverbs]
            return " ".join(who[:1] + [tok.text] + how[:1])
        if tok.pos_ in ("VERB", "AUX"):
            first, prep, second = self._pairing(tok)
            lemma = self._lemma(tok)
            stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
            words = [t for t in tok.doc[first.left_edge.i : second.right_edge.i + 1]]
            while words and words[-1].is_punct and words[-1].text not in ('"', "\u201d"):
                words = words[:-1]
            return self._expand_short_names(stem + "ing " + _span_text(words))
        if self._lemma(tok) in self.lex.establishing_nouns:
            # "the construction and operation of the railway": the project is the railway
            for p in self._prep_objects(tok, {"of"}):
                return self._project_text(p, exclude)
        text = self._np_text(tok, self._PROJECT_PREPS, project=True, exclude=exclude)
        if text.split()[-1:] == [tok.text]:
            # "an initiative to plant a million trees": a bare head is named by its purpose
            purpose = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                ),
                None,
            )
            if purpose is not None and not any(a.dep_ == "auxpass" for a in purpose.children):
                text = self._np_text(tok, ()) + " " + _span_text([t for t in purpose.subtree if t.i not in exclude])
        words = text.split()
        if (
            len(words) > 2
            and words[-1].lower() in ("project", "projects")
            and words[-2].lower() in self.lex.project_heads
        ):
            text = " ".join(words[:-1])
        return text + self._stranded_prep(tok, exclude)

    def _stranded_prep(self, tok, exclude=frozenset()) -> str:
        """ "launch a new consultative body on economic security": the parser hangs the "on" phrase right
        after the object on the verb; it belongs to the object."""
        if tok.dep_ != "dobj" or exclude:
            return ""
        after = tok.right_edge.i + 1
        for c in tok.head.children:
            if c.i == after and c.dep_ == "prep" and c.lower_ in ("on", "for", "between"):
                if any(p.dep_ == "pobj" and p.ent_type_ != "DATE" for p in c.children):
                    return " " + _span_text(list(c.subtree))
            if c.i == after and self._located(c) and self._specified_mechanism(tok) and not self._physical(tok):
                return " " + _span_text(list(c.subtree))  # "build a hospital in Mogadishu": where it is
        if not self._physical(tok):
            return ""
        # "building the gas pipeline from Russia through Kazakhstan to China": the route, each leg hung on the
        # verb, one right after the other
        legs = []
        for c in sorted(tok.head.children, key=lambda c: c.i):
            if c.i != after:
                continue
            if c.dep_ != "prep" or c.lower_ not in self.lex.route_preps:
                break
            if not any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children):
                break
            legs.append(c)
            after = c.right_edge.i + 1
        if legs and (len(legs) > 1 or legs[0].lower_ != "to"):
            return " " + _span_text([t for leg in legs for t in leg.subtree])
        return ""

    def _intent_head(self, tok):
        """Walk up from an action verb to the head that states intent, and its subject."""
        base = tok
        modal = next(
            (c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")), None
        )
        first = tok
        while first.dep_ == "conj" and first.head != first:
            first = first.head  # (a tagger's adjective between is still a conjunct: "will expand X, open Y and")
        if modal is None and first != tok and first.pos_ in ("VERB", "AUX"):
            # "Japan would restart the talks and launch a new body": the conjunct shares the modal (of the
            # first verb of a longer list too: "would keep X, step up Y, link Z and ...")
            base = first
            modal = next(
                (c for c in base.children if c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")), None
            )
        reported = base.dep_ in ("ccomp", "conj") and self._lemma(base.head) in self.lex.speech_verbs | {"restart"}
        advice, _ = self._advice_speech(tok)
        if advice is not None:
            # "China and Kazakhstan should jointly build the hub, Xi said": the speaker proposes it
            return advice, self._subjects(advice)
        hoped = tok.dep_ in ("ccomp", "acl") and tok.head.pos_ == "NOUN" and tok.head.lower_ in self.lex.intent_nouns
        # "said he hoped Laos would join X": the hope is the speaker's, not a future of Laos
        hoped = hoped or (base.dep_ == "ccomp" and self._lemma(base.head) in ("hope", "wish", "expect"))
        if modal is not None and not hoped and (modal.lower_ != "would" or reported or base.head.dep_ == "ccomp"):
            # "China will sign an agreement to begin work on a railway"; "Kishida added that Japan would
            # restart the talks and launch a new body" (the future of reported speech)
            return base, self._subjects(base)
        head = tok
        for _ in range(5):
            lemma = self._lemma(head)
            misread = self._misread_intent_verb(head)
            if misread is not None:
                # "Orban voiced hope that ...": the tagger reads the verb as a modifier of the noun it governs
                return misread, self._subjects(misread)
            if head.pos_ == "NOUN" and head.lower_ in self.lex.intent_nouns and head.dep_ in ("dobj", "nsubj", "pobj"):
                # "voiced hope that the three countries would sign": whoever voiced it
                verb = head.head if head.dep_ != "pobj" else head.head.head
                rejected = self._rejected_owners(head, verb)
                if rejected is not None:
                    return (verb, rejected) if rejected else (None, [])
                owner = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                return verb, self._holder(owner, self._subjects(verb))
            put_forward = lemma not in self.lex.forward_verbs or any(c.lower_ == "forward" for c in head.children)
            if (
                (lemma in self.lex.proposal_verbs and put_forward)
                or lemma in self.lex.support_verbs
                or (lemma in self.lex.agreeing_verbs and head != tok)  # "have decided to build X"
            ):
                # ("put forward a plan" proposes; "put into practice the consensus, and link X to Y" does not)
                owned = head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children)
                if (head != tok or lemma in ("propose", "suggest", "advocate", "urge", "recommend")) and not owned:
                    # ("welcomed China's offer to finance X": the offer is China's, the welcome whoever's above)
                    return head, self._subjects(head)
            if head != tok and head.pos_ == "VERB" and any(self._intent_noun_object(c) for c in head.children):
                return head, self._subjects(head)  # "underlined the importance of ..., by setting up X"
            if (
                head != tok
                and self._lemma(head) in self.lex.scheduled_verbs
                and any(c.dep_ == "auxpass" for c in head.children)
                and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in head.children)
            ):
                # "A and B are set to play a key role in carrying out the corridor project": a plan stated
                return head, self._passive_subjects(head) or self._subjects(head)
            if head.lower_ in self.lex.proposal_adjectives and head.dep_ in ("acomp", "amod"):
                be = head.head
                return head, self._subjects(be) if head.dep_ == "acomp" else [be]
            if head.lower_ in self.lex.intent_nouns and head.dep_ in ("dobj", "nsubj", "pobj"):
                # "expressed readiness to build", "their aspiration for Kuwait to host"
                verb = head.head if head.dep_ != "pobj" else head.head.head
                rejected = self._rejected_owners(head, verb)
                if rejected is not None:
                    return (verb, rejected) if rejected else (None, [])
                owner = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                return verb, self._holder(owner, self._subjects(verb))
            if (
                head.dep_ not in ("xcomp", "advcl", "ccomp", "conj", "pcomp", "prep", "pobj", "acl", "dobj")
                or head.head == head
            ):
                break
            head = head.head
        return None, []

    def _agreed_terms(self, verb) -> bool:
        """ "Under the railway MoU, China will invest in two rail lines": the terms of an agreement already
        made, not an intent stated now."""
        return any(
            c.dep_ == "prep" and c.lower_ == "under" and any(p.lower_ in self.lex.agreement_nouns for p in c.children)
            for c in verb.children
        )

    def _advice_speech(self, tok):
        """The speech verb reporting "A and B should build X" ("..., Xi said", "Xi said the two sides should
        ...", "A and B, he said, should ..."), and the verb bearing "should"; or (None, None)."""
        base = tok
        for _ in range(3):
            if any(c.dep_ == "aux" and c.lower_ in self.lex.advice_modals for c in base.children):
                break
            if self._suggested(base):
                break
            if base != tok and self._lemma(base) in self.lex.advice_verbs:
                break  # "work on the pipeline needs to be speeded up, he said"
            if base.dep_ not in ("conj", "xcomp", "advcl") or base.head == base:
                return None, None
            base = base.head  # "should expand trade and build X", "should work together to complete X"
        else:
            return None, None
        reporting = self.lex.speech_verbs | self.lex.opinion_verbs
        if base.dep_ == "ccomp" and self._lemma(base.head) in reporting:
            return base.head, base
        for c in base.children:
            if c.dep_ in ("parataxis", "ccomp") and self._lemma(c) in reporting and self._subjects(c):
                return c, base
            if c.lower_ == "according" and any(t.dep_ == "pobj" for t in c.subtree):
                return c, base  # "According to Xi, the two sides should ...": Xi's words
        return None, None

    def _suggested(self, verb) -> bool:
        """ "the two countries could set up a joint agency, X said": a possibility a speaker puts forward for
        parties who would act (an active clause with its own subject) is a suggestion, like "should"; "the
        line could be finished by 2027" forecasts, and "could not" or "could ..., if" are not suggestions."""
        return any(c.dep_ == "aux" and c.lower_ in self.lex.suggestion_modals for c in verb.children) and any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" or c.dep_ == "nsubj" and c.lower_ in ("we", "they")
            for c in verb.children
        )

    def _holder(self, owners: list, subjects: list) -> list:
        """Whose intent: "X expressed the Kingdom's readiness" is X's when X speaks for the Kingdom (a person
        speaking for a state is one actor), else the owner's; with no owner, the subject's."""
        if not owners:
            return subjects
        states = self._resolve_all(owners)
        persons = [a for a in self._resolve_all(subjects) if a.kind == PERSON]
        if (
            persons
            and states
            and all(a.kind == COUNTRY and persons[0].country in (a.country, None) for a in states)
            and len({a.country for a in states}) == 1
        ):
            return subjects
        return owners

    def _misread_intent_verb(self, noun):
        """ "Orban voiced hope that the line would open": the parser makes "hope" the root and "voiced", with
        Orban its subject, a modifier of it; that verb (or None)."""
        if not (noun.pos_ == "NOUN" and noun.dep_ == "ROOT" and noun.lower_ in self.lex.intent_nouns):
            return None
        return next(
            (c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and self._subjects(c)), None
        )

    def _agreed_on(self, agreement) -> list:
        """The concrete projects an agreement is about: "a memorandum of understanding on building a railway",
        "an agreement on the modernisation of the railway", "an MoU to build a logistics hub"."""
        heads = [agreement] + self._prep_objects(agreement, {"of"})  # ("memorandum of understanding on X")
        found = []
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in self.lex.about_preps:
                    for p in c.children:
                        if p.dep_ in ("pobj", "pcomp"):
                            found += self._projects_in(p, depth=1)
                if c.dep_ == "acl" and any(a.lower_ == "to" for a in c.children) and self._undertaking(c):
                    found += [p for o in self._objects(c) for p in self._projects_in(o, depth=1)]
        return found

    def _asked(self, tok, intent) -> bool:
        """ "asked whether China would build the railway": a question, not a proposal."""
        node = tok
        for _ in range(4):
            if node == intent or node.head == node:
                return False
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children) and (
                node.head == intent and self._lemma(intent) not in self.lex.weighing_verbs
            ):
                return True
            node = node.head
        return False

    def _hoped_clause(self, verb) -> bool:
        """ "hoped that the railway would open", "voiced hope that the line would start": the clause hoped for."""
        return (verb.dep_ == "ccomp" and self._lemma(verb.head) in ("hope", "wish", "expect")) or (
            verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lower_ in self.lex.intent_nouns
        )

    def _undertaking(self, verb) -> bool:
        """A verb whose object is a project undertaken: built, set up, joined, financed or advanced ("build",
        "invest", "take part"), not traded or disposed of ("sell", "buy", "privatise")."""
        lemma = self._lemma(verb)
        lex = self.lex
        return (
            lemma in lex.project_action_verbs
            or lemma in lex.establishing_verbs
            or lemma in lex.hosting_verbs
            or lemma in lex.pairing_verbs
            or lemma in lex.pairing_light_verbs
            or lemma in lex.weighing_verbs
            or lemma in lex.undertaking_verbs
            or self._light_participation(verb)
            or self._carried_forward(verb)
        )

    def _carried_forward(self, verb) -> bool:
        """ "take the circuit project forward", "move the corridor ahead": a light verb and its "forward" that
        mean "advance"."""
        return self._lemma(verb) in self.lex.advancing_light_verbs and any(
            c.dep_ in ("advmod", "prt") and c.lower_ in ("forward", "ahead") for c in verb.children
        )

    def _capacity_objects(self, verb) -> list:
        """ "increase the capacity of the X railway", "the potential of the Y corridor should be used more fully":
        what a project can carry or yield (data: capacity_nouns), raised or put to use, advances the project; the
        objects or passive subjects of that kind with an "of" phrase (for verbs that only undertake)."""
        if self._lemma(verb) not in self.lex.undertaking_verbs:
            return []
        held = self._objects(verb) + self._passive_subjects(verb)
        if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in verb.children):
            held += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "needs to be used"
        return [o for o in held if self._lemma(o) in self.lex.capacity_nouns and self._prep_objects(o, {"of"})]

    def _light_participation(self, verb) -> bool:
        """ "take part in the railway": a light verb and its noun that mean "participate"."""
        return self._lemma(verb) in self.lex.participation_light_verbs and any(
            o.lower_ in self.lex.participation_nouns for o in self._objects(verb)
        )

    def _intent_noun_object(self, tok) -> bool:
        return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.lower_ in self.lex.intent_nouns

    def _proposal(self, tok):
        lemma = self._lemma(tok)
        if any(c.dep_ == "prt" and c.lower_ in ("off", "down") for c in tok.children):
            return None  # "called off the talks", "turned down the plan"
        objs = self._objects(tok)
        objs += [c for o in objs for c in o.conjuncts if c.pos_ == "NOUN"]  # "backing training and a rail complex"
        demanded = lemma in self.lex.demanding_verbs and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
        )
        if lemma in self.lex.demanding_verbs or lemma in self.lex.forward_verbs:
            objs += self._prep_objects(tok, {"for", "forward"})
            objs += [  # "called for expediting the construction of X"
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ == "pcomp"
            ]
        if lemma in ("hope", "wish", "expect"):
            # "hopes that the X project will make progress"
            for comp in tok.children:
                if comp.dep_ == "ccomp":
                    # "hopes that the railway will make progress and that the grid link will start soon": each
                    # clause hoped for names its own project
                    for clause in [comp] + [c for c in comp.conjuncts if c.pos_ in ("VERB", "AUX")]:
                        objs += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if lemma in self.lex.agreeing_verbs:
            objs += self._prep_objects(tok, {"on", "upon"})  # "agreed on the establishment of a joint fund"
        negotiating = lemma in self.lex.negotiating_verbs and self._in_course(tok)
        if negotiating:
            # "A and B are negotiating the pipeline", "were consulting on a separate project, the construction
            # of the X pipeline": parties bargaining over a project in progress advance it
            objs += self._prep_objects(tok, {"on", "over", "about"})
            # ("consulting on a new project, the construction of X": the parser may hang the apposition on the verb)
            objs += [c for c in tok.children if c.dep_ == "appos"]
        if any(self._financing(o) or self._lemma(o) in self.lex.financing_nouns for o in objs):
            # "offered a loan / a line of credit for the railway": the parser may hang the "for" on the verb
            objs += self._prep_objects(tok, {"for"})
        weighed = self._weighed(tok)
        objs += weighed
        authored = self._authored(tok)
        objs += authored
        if lemma == "welcome":
            # welcoming a deal that was struck is support; welcoming a corridor or a plant backs a project
            objs = [
                o
                for o in objs
                if self._lemma(o) in _PHYSICAL_PROJECTS
                or o.tag_ == "VBG"
                or self._lemma(o) in ("participation", "investment", "construction")
            ]
        light = self._light_participation(tok)
        if lemma in self.lex.project_action_verbs or light or self._capacity_objects(tok):
            # "advance cooperation with X on the railways" (but "will take part in a meeting of the Council":
            # a sitting attended, no undertaking)
            objs += [
                o
                for o in self._prep_objects(tok, {"on", "in"})
                if not (light and self._lemma(o) in self.lex.meeting_nouns | self.lex.occasion_heads)
            ]
            if not any(c.dep_ in ("dobj", "obj") for c in tok.children) and self._hoped_clause(tok):
                # "voiced hope that the railway would open soon": what is hoped to start or open
                objs += [c for c in tok.children if c.dep_ == "nsubj"]
            if lemma == "proceed" or any(c.lower_ in ("ahead", "forward") for c in tok.children):
                objs += self._prep_objects(tok, {"with"})  # "push ahead with the pipeline", "proceed with X"
            # "so that the railway project is completed", "called for the corridor to be expanded": what the
            # passive acts on (whether anyone wants it is the intent head's to say)
            passive = [] if self._done(tok) else self._passive_subjects(tok)
            if lemma in self.lex.support_verbs and any(c.dep_ == "agent" for c in tok.children):
                # "the Turkmen proposal was endorsed by Pakistan": a backing reported is a statement made, done or
                # not (whereas "the railway was completed" reports a project done, not wanted)
                passive = self._passive_subjects(tok)
            if not passive and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
                # "the railway needs to be finished": the subject is the governing verb's
                passive = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            objs += passive
            objs += self._ensured(tok)
        establishing = (
            lemma in self.lex.establishing_verbs | self.lex.hosting_verbs
            or lemma
            in (
                "propose",
                "suggest",
                "advocate",
                "offer",
                "call",
                "urge",
                "push",
                "press",
                "seek",
                "announce",
            )
            or lemma in self.lex.putting_forward_verbs
        )
        projects = []
        for o in objs:
            inner = self._projects_in(o, establishing=establishing)
            if not inner and o.dep_ == "dobj":
                # "lead the consortium for the TAPI project": the parser hangs the object's "for" phrase on the
                # verb, right after the object; what a vague object is for is the project
                inner = [x for p in self._stranded_pobjs(o) for x in self._projects_in(p, 1)]
            projects += inner
        sitters = []  # who a proposal of a sitting names to sit
        if lemma in self.lex.agreeing_verbs:
            # "agreed that a joint working group on the port would meet / be set up": the mechanism
            if lemma not in self.lex.proposal_verbs:
                projects = []  # (only that: "decided the fate of the pipeline" proposes nothing)
            # ("agreed that the X agreement must be preserved" backs a standing pact: _upheld_clause)
            for comp in (
                c for c in tok.children if c.dep_ == "ccomp" and not self._done(c) and not self._must_be_upheld(c)
            ):
                projects += [
                    s
                    for s in comp.children
                    if s.dep_ in ("nsubj", "nsubjpass") and (self._concrete_project(s) or self._specified_mechanism(s))
                ]
                if self._recurring_meeting(comp):
                    projects.append(comp)  # "agreed that their foreign ministers would meet regularly"
                if self._lemma(comp) in self.lex.hosting_verbs:
                    # "agreed that their countries will convene another 2+2 meeting", "agreed that the ministries
                    # would hold a Trade and Investment Council meeting": a sitting of a mechanism or set format
                    projects += self._sittings(comp)
        elif lemma in self.lex.meeting_proposing_verbs:
            # "proposed that the joint committee meet every quarter", "suggested that the commission convene": a
            # mechanism proposed to sit is the mechanism proposed, as when the sides agree on it (above)
            sitting = self.lex.meeting_verbs | self.lex.hosting_verbs | {"sit", "reconvene"}
            for comp in (c for c in tok.children if c.dep_ == "ccomp" and self._lemma(c) in sitting):
                if self._done(comp) and not self._mandated(comp, tok):
                    continue
                if self._recurring_meeting(comp):
                    projects.append(comp)  # "proposed that the defence ministers meet annually"
                # "proposed that the sides hold another 2+2 meeting", "... meet in a 6+2 format"
                sittings = self._sittings(comp)
                if sittings:
                    projects += sittings
                    sitters += [s for s in comp.children if s.dep_ == "nsubj"]  # who is to sit: the partners
                projects += [
                    s
                    for s in comp.children
                    if s.dep_ == "nsubj" and (self._concrete_project(s) or self._specified_mechanism(s))
                ]
        if lemma in self.lex.causative_verbs:
            # "agreed to make their joint working group move faster": the mechanism set to work harder
            projects += [
                s
                for c in tok.children
                if c.dep_ == "ccomp"
                for s in c.children
                if s.dep_ == "nsubj" and (self._concrete_project(s) or self._specified_mechanism(s))
            ]
        if (lemma in self.lex.pairing_verbs or lemma in self.lex.pairing_light_verbs) and self._pairing(tok):
            projects = [tok]  # "link Kazakhstan's Bright Road policy with the Belt and Road Initiative": the pairing
        for c in tok.children:
            if c.dep_ == "xcomp" and c.tag_ == "VBG":  # "supports building X"
                projects += [p for p in self._objects(c) if self._concrete_project(p)]
            if c.dep_ == "xcomp" and lemma in self.lex.agreeing_verbs and self._recurring_meeting(c):
                projects.append(c)  # "agreed to meet regularly": a standing format, not one meeting planned
                continue
            if c.dep_ == "xcomp" and lemma in self.lex.proposal_verbs:
                # "agreed to expedite work on the rail link"
                # "welcome Spain to participate in the construction of the railway"
                # "proposed to bring its plan into alignment with X": the pairing, not the plan alone
                if self._lemma(c) in self.lex.pairing_light_verbs and self._pairing(c):
                    projects.append(c)
                    continue
                # "proposes to meet this challenge through the new shipping route": the means proposed;
                # "suggested setting up a working group on the route": the mechanism set up, not its subject
                # (holding or convening a summit is a gathering, not a mechanism set up)
                sets_up = self._lemma(c) in self.lex.establishing_verbs - self.lex.hosting_verbs
                # "take part in implementing the roadmap": a gerund after the preposition, read for its object
                gerunds = [
                    g
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "on")
                    for g in p.children
                    if g.dep_ == "pcomp" and g.tag_ == "VBG"
                ]
                # "plans to build a port", "invited Spain to invest in the railway": what is built, joined or
                # financed; "plans to sell the port", "offered to buy the plant" undertake nothing (the verbs that
                # do are data); "meet this challenge through the route" names its means whatever the verb
                undertakes = self._undertaking(c)
                held = self._objects(c) + self._prep_objects(c, {"in", "on"}) + gerunds if undertakes else []
                # "agreed to concentrate on taking the circuit project forward": the gerund undertakes it
                held += [g for g in gerunds if not undertakes and self._undertaking(g)]
                for o in held + self._prep_objects(c, {"through", "via"}):
                    projects += self._projects_in(o, establishing=sets_up and o.dep_ == "dobj")
        signed = []
        if lemma in self.lex.signing_verbs:
            # "signed a memorandum of understanding on building a railway between A and B": the signers agree
            # to the project the agreement is about (an agreement on cooperation of no kind agrees to none)
            signed = [p for o in objs if self._lemma(o) in self.lex.agreement_nouns for p in self._agreed_on(o)]
            if signed:
                projects = signed
            # a signing done is itself the agreement; "to sign", "would sign" is some intent's to say
            # ("have signed", "had signed": a perfect is a signing done too)
            perfect = tok.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve") for c in tok.children
            )
            done = tok.tag_ in ("VBD", "VBZ", "VBP") or perfect
            signed = signed if done and not self._is_future(tok) else []
        if lemma in self.lex.hosting_verbs:
            # hosting a round or session of a standing dialogue or commission continues a mechanism;
            # hosting a summit is a gathering, not a project
            # (or one of a set format that recurs: "agreed to settle X and to hold a two-plus-two meeting")
            projects = [p for p in projects if self._of_mechanism(p) or self._standing_format(p)]
        if not projects:
            return None
        if lemma in self.lex.support_verbs and all(
            self._lemma(self._antecedent(p) or p) in self.lex.initiative_heads for p in projects
        ):
            return None  # "supports the Belt and Road Initiative": a support statement (_support_verb reads it)
        if not weighed and (
            lemma in self.lex.proposal_verbs
            and lemma not in self.lex.project_action_verbs
            or lemma in ("propose", "suggest", "advocate", "urge", "recommend", "call", "support", "back", "endorse")
            # "unveiled an initiative to ...", "floated the idea of X", "tabled a plan for Y": putting a proposal
            # before others is itself proposing it
            or lemma in self.lex.putting_forward_verbs
            or (lemma in self.lex.forward_verbs and any(c.lower_ == "forward" for c in tok.children))
            or lemma in self.lex.agreeing_verbs
            or demanded  # "pushed for a development bank", "pressed for the corridor": the demand is the intent
            or signed
            or negotiating
        ):
            intent, proposers = tok, self._subjects(tok)
        else:
            intent, proposers = self._intent_head(tok)
            if intent is None:
                return None
            if lemma in self.lex.hosting_verbs and intent in (tok, tok.head if tok.dep_ == "conj" else tok):
                # "voiced their aspiration for Kuwait to host the next round of the dialogue" proposes it;
                # "Kuwait will host the summit" only announces a gathering
                return None
            if intent != tok and self._done(tok) and not self._mandated(tok, intent):
                return None  # "announced that Putin had convened the council": a report of what was done
        if self._is_negated(tok) or self._is_negated(intent) or self._is_hypothetical(intent):
            return None
        if self._asked(tok, intent):
            return None
        if self._agreed_terms(intent) or self._agreed_terms(tok):
            return None
        advice, advised = self._advice_speech(tok)
        if intent == advice and self._is_hypothetical(tok):
            return None  # "the two sides should build the railway if funds allow"
        if intent.dep_ == "acl" and not authored and not self.actors.resolve(intent.head):
            return None  # "the 1998 declaration calling for a new partnership": what a text says, not a party
        proposers = self._agreeing_parties(tok, intent) or proposers
        proposer = self._as_speaker(self._resolve_all(proposers), intent)
        if not proposer:
            # "CAIRO, March 4 (Agency) -- Egypt on Saturday proposed Y": the subject hung on the dateline, whoever
            # it names (the shared reading takes named persons only)
            hung = [a for s in proposers for a in self._story_appositions(s)]
            proposer = self._as_speaker(self._resolve_all(hung), intent)
        if not proposer:
            speaker = self._speaker(intent)
            proposer = [speaker] if speaker else []
        if not proposer:
            return None
        proposer = proposer[:1] if len(proposer) == 1 else proposer
        partners = []
        for o in objs:  # "sign an agreement with Afghanistan to begin work on a railway"
            for p in self._prep_objects(o, {"with"}):
                partners += self._partner_actors(p)
        node = tok
        for _ in range(4):
            for p in self._prep_objects(node, {"with"}) + [
                w for o in self._objects(node) for w in self._prep_objects(o, {"with"})
            ]:  # "deepening ties with the Korean National Assembly by setting up committees"
                partners += self._partner_actors(p)
            if node == intent:
                for noun in (c for c in node.children if self._intent_noun_object(c)):
                    for w in (t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "with"):
                        partners += [a for p in w.children if p.dep_ == "pobj" for a in self._partner_actors(p)]
            if node == intent and self._lemma(node) in ("ask", "urge", "invite", "request", "encourage"):
                for o in self._objects(node):  # "asked the Chinese side to ..."
                    partners += self._partner_actors(o)
            for c in node.children:  # "called on X to build"
                if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            partners += self._partner_actors(p)
            if node == intent or node.head == node:
                break
            node = node.head
        partners += [a for a in self._resolve_all(sitters) if a.kind in (COUNTRY, ORGANIZATION)]
        if tok != intent and (tok.dep_ in ("ccomp", "xcomp", "conj") or intent == advice):
            # "proposed that China and Kazakhstan jointly build X", "A and B should work together to build X,
            # Y said": those who are to build it
            doers = self._subjects(advised if intent == advice else tok)
            partners += [a for a in self._resolve_all(doers) if a.kind in (COUNTRY, ORGANIZATION)]
        proposer_countries = {a.country for a in proposer}
        prior = 0.8 if lemma not in ("hope", "wish", "expect") else 0.7
        found = []
        for project_tok, parts in self._distinct_projects(projects):
            for part in parts:
                exclude = {x.i for other in parts if other != part for x in other.subtree} - {x.i for x in [part]}
                if part != project_tok:
                    exclude = set()
                clean = []
                for a in partners + self._project_parties(part, exclude):
                    if a in proposer or a in clean or (a.kind == COUNTRY and a.country in proposer_countries):
                        continue
                    if a.kind == GROUP:
                        continue
                    clean.append(a)
                actors = [(a, "proposer") for a in proposer] + [(a, "partner") for a in clean]
                m = self._mention(PROPOSAL, actors, tok, prior, project=self._project_text(part, exclude))
                if intent != tok:
                    # "voiced their aspiration for Kuwait to host the dialogue in the third quarter", "called for
                    # building rail in Brazil": that date and place are the project's; the proposal was made
                    # where and when the intent was stated
                    m.date, m.venue = self._date(intent), self._venue(intent)
                found.append(m)
        return found if len(found) > 1 else found[0]

    def _agreeing_parties(self, tok, intent) -> list:
        """ "It was agreed that Ghana and Nigeria would build a bridge": an agreement stated with no agent
        (an expletive "it", a passive with no "by") is the agreement of the parties that are to act, who are its
        proposers (the parties of an agreement propose what it sets out, ANNOTATION.md)."""
        if self._lemma(intent) not in self.lex.agreeing_verbs or intent == tok:
            return []
        if any(c.dep_ in ("nsubj", "agent") or (c.dep_ == "nsubjpass" and c.lower_ != "it") for c in intent.children):
            return []
        node = tok
        while node.head != intent and node.head != node and node.dep_ in ("conj", "xcomp", "advcl"):
            node = node.head  # "would own it and move towards implementing it": the first clause's subject
        if node.head != intent or node.dep_ != "ccomp":
            return []
        doers = self._subjects(node)
        return [d for d in doers if self.actors.resolve(d)] and doers

    def _distinct_projects(self, projects: list) -> list[tuple]:
        """Each project a proposal names, with its coordinated parts: "hopes the railway will make progress
        and that the grid link will start soon" names two (one proposal each, ANNOTATION.md); a project
        inside another's phrase ("the construction of the railway") is that one."""
        found, covered = [], set()
        for p in projects:
            if p.i in covered:
                continue
            parts = [x for x in self._project_parts(p) if x.i not in covered]
            found.append((p, parts))
            for x in parts:
                covered |= {t.i for t in x.subtree}
        return found

    def _project_parties(self, project, exclude=frozenset()) -> list[Actor]:
        """The states a project names or is built in: "the China-Mongolia-Russia natural gas pipeline",
        "a railway linking Brazil and Peru", "building high-speed rail in Brazil"."""
        found = []
        # (not the date or occasion it hangs on: "a 6+2 format on the margins of the UN General Assembly")
        exclude = set(exclude) | {
            t.i for c in project.children if c.dep_ == "prep" and self._when_or_occasion(c) for t in c.subtree
        }
        toks = [t for t in project.subtree if t.i not in exclude]
        builder = project.head if project.dep_ == "dobj" and project.head.tag_ == "VBG" else None
        if builder is not None:
            toks += [p for p in self._prep_objects(builder, {"in"})]
        for t in toks:
            if t.ent_type_ in ("GPE", "ORG", "NORP"):
                found += self._named_parties(t)
            elif t.pos_ == "PROPN" and self.gaz.country(t.text):
                found.append(self.actors.country_actor(self.gaz.country(t.text), t.text))
            elif t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "PROPN") and self.gaz.demonym(t.text):
                # "the Turkmen proposal": a state's adjective the tagger did not mark names its state
                found.append(self.actors.country_actor(self.gaz.demonym(t.text)))
        return found

    def _itinerary(self, tok) -> bool:
        """ "the complete programme of the US presidential couple", "the programme of the visit": a visit's
        schedule, no project."""
        if self._lemma(tok) not in ("programme", "program", "schedule", "itinerary", "agenda"):
            return False
        return any(
            self._lemma(p) in self.lex.destination_nouns | {"couple", "guest", "guests", "visitor", "visitors"}
            or any(a.kind == PERSON for a in self.actors.resolve(p))
            for p in self._prep_objects(tok, {"of"})
        )

    def _projects_in(self, tok, depth: int = 0, establishing: bool = False) -> list:
        """Concrete projects an object names: itself, a gerund's object ("building a railway"),
        or what a vague head is about ("progress on the railway project", "cooperation on X").
        After a verb that creates something ("set up", "launch"), a specified mechanism counts too:
        "set up a new framework for economic security talks"."""
        if self._itinerary(tok):
            return []
        if tok.tag_ == "VBG":
            # "cooperation on upgrading the post and building a new bridge": each gerund's object
            gerunds = [tok] + [c for c in tok.conjuncts if c.i > tok.i and c.tag_ == "VBG"]
            # "on carrying out a project to build a pipeline": the parser hangs the purpose on the gerund;
            # what it builds is the project
            purposes = [
                c
                for g in gerunds
                for c in g.children
                if c.dep_ in ("xcomp", "advcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and self._undertaking(c)
            ]
            held = [o for g in gerunds + purposes for o in self._objects(g)]
            return [p for o in held for p in self._projects_in(o, depth + 1)]
        if self._concrete_project(tok):
            return [tok]
        if establishing and self._specified_mechanism(tok):
            # "an agreement with Afghanistan to begin work on a railway": the railway, when its purpose names one
            inner = [
                p
                for c in tok.children
                if c.dep_ == "acl" and depth <= 1
                for o in self._objects(c) + self._prep_objects(c, {"on", "in"})
                for p in self._projects_in(o, depth + 1)
            ]
            return inner or [tok]
        if depth <= 1 and self._standing_format(tok):
            return [tok]  # "regular meetings between A and B", "another two-plus-two meeting": a mechanism
        if depth > 1:
            return []
        found = []
        for c in tok.children:
            if c.dep_ == "appos" and self._lemma(tok) in self.lex.project_heads:
                # "a separate project, the construction of the X pipeline": the apposition names the project
                found += self._projects_in(c, depth + 1)
            if self._example_prep(c):
                # "initiatives such as a rail link between A and B", "projects including a new port": the
                # examples a vague head lists are the projects named
                for p in c.children:
                    if p.dep_ == "pobj":
                        found += [x for x in [p, *p.conjuncts] if self._concrete_project(x)]
            if c.dep_ == "prep" and c.lower_ == "between":
                # "docking cooperation between the Belt and Road Initiative and the Union": the pairing is it
                if any(self._concrete_project(p) for p in c.children if p.dep_ == "pobj"):
                    return [tok]
            if c.dep_ == "prep" and c.lower_ in ("on", "in", "of", "for"):
                # "hold the first session of a joint commission": the sitting of a mechanism set up anew
                sitting = establishing and c.lower_ == "of" and self._is_occasion(tok)
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        found += self._projects_in(p, depth + 1, establishing=sitting)
            if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children):
                # "an agreement to begin work on a railway"; "an initiative to create a regional water council":
                # what a purpose clause sets up is a mechanism set up anew
                sets_up = self._lemma(c) in self.lex.establishing_verbs - self.lex.hosting_verbs
                for o in self._objects(c) + self._prep_objects(c, {"on", "in"}):
                    found += self._projects_in(o, depth + 1, establishing=sets_up and o.dep_ == "dobj")
        return found

    def _recurring_meeting(self, verb) -> bool:
        """ "agreed that their foreign ministers would meet regularly", "proposed that the ministers meet
        annually": parties set to meet at a recurring interval (data: recurring_adverbs) is a standing format of
        talks, a mechanism, as "regular meetings between A and B" is (_standing_format); one meeting planned
        ("meet next week") is not."""
        return (
            verb.pos_ in ("VERB", "AUX")
            and self._lemma(verb) in self.lex.meeting_verbs
            and any(c.dep_ == "advmod" and c.lower_ in self.lex.recurring_adverbs for c in verb.children)
            and not self._is_negated(verb)
        )

    def _standing_format(self, tok) -> bool:
        """ "regular high-level meetings between A and B", "another two-plus-two meeting", "a 2+2 dialogue":
        talks of a set format that recur are a mechanism, not one planned meeting; "their annual summit" is the
        next sitting of one that exists, and "a trilateral meeting next month" only a meeting planned."""
        lex = self.lex
        if self._lemma(tok) not in lex.meeting_nouns and tok.lower_ not in lex.meeting_nouns:
            return False
        if self._lemma(tok) in lex.destination_nouns:
            return False  # "regular reciprocal visits": visits are made, not a format that sits
        if any(c.dep_ == "poss" for c in tok.children):
            return False
        left = [t for t in tok.subtree if t.i < tok.i]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        if any(c.lower_ in lex.recurring_words for c in mods):
            return True
        if left:
            said = self.doc[left[0].i : tok.i].text.lower()
            return any(w in said for w in lex.meeting_format_words)
        return False

    def _sittings(self, verb) -> list:
        """What a clause of sitting holds or meets in that is a sitting of a set format or of a mechanism:
        "hold another 2+2 meeting", "hold a Trade and Investment Council meeting", "meet in a 6+2 format"."""
        found = [o for o in self._objects(verb) if self._mechanism_sitting(o)]
        return found + [p for p in self._prep_objects(verb, {"in"}) if self._lemma(p) == "format"]

    def _mechanism_sitting(self, tok) -> bool:
        """ "another 2+2 meeting", "a Trade and Investment Council meeting", "the next round of the strategic
        dialogue": a meeting of a set format or of a named mechanism, not a meeting of no standing."""
        if self._lemma(tok) not in self.lex.meeting_nouns and tok.lower_ not in self.lex.meeting_nouns:
            return False
        if self._standing_format(tok):
            return True
        named = [c for c in tok.children if c.dep_ in ("compound", "nmod")] + self._prep_objects(tok, {"of"})
        return any(
            self._lemma(c) in self.lex.mechanism_heads and self._lemma(c) not in ("summit", "forum") for c in named
        )

    def _stranded_pobjs(self, obj) -> list:
        """The objects of a "for" phrase the parser hangs on the verb right after its object."""
        after = obj.right_edge.i + 1
        return [
            p
            for c in obj.head.children
            if c.i == after and c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children
            if p.dep_ == "pobj"
        ]

    def _example_prep(self, prep) -> bool:
        """ "such as", "including", "like": a preposition that lists examples of its head."""
        if prep.dep_ != "prep":
            return False
        if prep.lower_ == "as":
            return any(a.lower_ == "such" for a in prep.children) or prep.nbor(-1).lower_ == "such"
        return prep.lower_ in self.lex.example_preps

    def _commemorates(self, tok) -> bool:
        """ "joint events marking the 70th anniversary of diplomatic relations", "exchange activities
        celebrating the anniversary": a programme of events for a shared anniversary."""
        return self._lemma(tok) in self.lex.commemoration_heads and any(
            c.dep_ in ("acl", "relcl")
            and self._lemma(c) in self.lex.commemorating_verbs
            and any(self._lemma(o) == "anniversary" for o in self._objects(c))
            for c in tok.children
        )

    def _purpose_only(self, tok) -> bool:
        """ "an agreement to extend work visas": a mechanism that only its purpose clause specifies."""
        return (
            self._lemma(tok) in self.lex.mechanism_heads
            and not any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children)
            and any(
                c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children
            )
        )

    def _of_mechanism(self, tok) -> bool:
        """ "the sixth round of the strategic dialogue", "the next session of the joint commission"; events
        marking an anniversary."""
        if self._lemma(tok) not in self.lex.occasion_heads and tok.lower_ not in self.lex.occasion_heads:
            return True
        if self._commemorates(tok):
            return True
        return any(
            self._lemma(p) in self.lex.mechanism_heads and self._lemma(p) not in ("summit", "forum")
            for p in self._prep_objects(tok, {"of"})
        )

    def _specified_mechanism(self, tok) -> bool:
        """ "a joint commission", "a new framework for economic security talks", "direct flights" (not
        "strategic partnerships", cooperation of no particular kind)."""
        if tok.tag_ == "NNS" and self._generic(tok) or self._financing(tok):
            return False
        # a two-word head ("a joint task force", "a rapid reaction force") is named by its compound too
        compound = " ".join(c.lower_ for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1)
        return (
            (
                self._lemma(tok) in self.lex.mechanism_heads
                or tok.lower_ in self.lex.mechanism_heads
                or f"{compound} {tok.lower_}" in self.lex.mechanism_heads
            )
            and any(
                c.dep_ in ("amod", "compound", "nmod")
                or (c.dep_ == "prep" and c.lower_ in ("on", "for", "between"))
                # "an agreement to extend visas", "a mechanism to settle disputes": specified by its purpose
                # (the parser may call that purpose clause a relative one: "an initiative to plant trees")
                or (c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                # "consulates in Erbil and Basra", "a joint centre at the border post": specified by where it is
                or self._located(c)
                for c in tok.children
            )
            or (tok.dep_ == "dobj" and any(c.i == tok.right_edge.i + 1 and self._located(c) for c in tok.head.children))
        )

    def _financing(self, tok) -> bool:
        """ "a line of credit for the X project": the financing, not a project (its "for" names the project)."""
        return any(self._lemma(p) in self.lex.financing_nouns for p in self._prep_objects(tok, {"of"}))

    def _located(self, prep) -> bool:
        """ "in Erbil", "at the border post": where a mechanism is (for "build a hospital in Mogadishu" the parser
        hangs it on the verb, right after the object)."""
        return (
            prep.dep_ == "prep"
            and prep.lower_ in ("in", "at")
            and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in prep.children)
        )

    def _acknowledged_support(self, tok):
        """ "X thanked Y for its support", "X acknowledged Y's support for Havana", "X expressed gratitude for
        Y's support": the thanks are not support, the backing they acknowledge is (Y backs X)."""
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head  # "expressed gratitude to Kim for North Korea's support"
        if tok.dep_ == "pobj" and tok.head.lower_ != "for" and not self._appreciation_of(tok):
            return None
        backers = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if self._shared_possessor(tok):
            backers = [tok.head] + backers  # "Australia and India's support": both own it
        backers = backers or self._prep_objects(tok, {"of"})  # "welcomed the support of Spain"
        if not backers:
            backers = [o for o in self._objects(verb) if o.i != tok.i]
        backed = self._prep_objects(tok, {"for", "to"}) or self._subjects(verb)
        if not backers or self._is_negated(verb) or self._is_conjectural(verb):
            return None
        sources = self._resolve_all(backers)
        targets = [a for a in self._resolve_all(backed) if a not in sources]
        if not targets:
            # "praised A and B's support for ASEAN's centrality": the named owner of what is backed
            owners = [c for b in backed if b.head.dep_ == "prep" for c in b.children if c.dep_ == "poss"]
            targets = [a for a in self._resolve_all(owners) if a not in sources] or targets
        if not targets:  # "welcomed Spain's support for its plan": the plan's holder, who acknowledges it
            targets = [a for a in self._resolve_all(self._subjects(verb)) if a not in sources]
        if not sources or not targets:
            return None
        actors = [(a, "source") for a in sources] + [(a, "target") for a in targets]
        return self._mention(SUPPORT, actors, verb, 0.7)

    def _shared_possessor(self, tok) -> bool:
        """ "praised Australia and India's support": the parser makes the first owner the verb's object and the
        backing its conjunct; a bare name, then a possessed support noun, own it together."""
        first = tok.head
        return (
            tok.dep_ == "conj"
            and first.dep_ == "dobj"
            and first.pos_ == "PROPN"
            and not any(c.dep_ == "poss" for c in first.children)
            and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
            and bool(self.actors.resolve(first))
        )

    def _appreciation_of(self, tok) -> bool:
        """ "voiced appreciation of Egypt's continued backing": "of" after a thanks noun names what is thanked."""
        return tok.head.lower_ == "of" and tok.head.head.lower_ in self.lex.thanks_nouns

    def _rejected_owners(self, noun, verb) -> list | None:
        """ "Ukraine rejected a Russian proposal for X", "opposed the proposal of Ukraine to set up Y": the
        rejecter of a proposal is no proposer; its owner, when the noun names one, is. None when the verb
        over the noun does not reject it."""
        if self._lemma(verb) not in self.lex.negation_governors | self.lex.blaming_verbs | self.lex.opposing_verbs:
            return None
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
        owners += [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("of", "by")
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        ]
        return owners

    def _proposal_noun(self, tok):
        """ "X's proposal for a joint fund", "expressed hope for an early conclusion of the free trade
        agreement", "floated the idea of a rail link": the proposer owns or states the noun."""
        verb = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or self._is_topic_of_talk(tok):
            return None
        if self._lemma(tok) == "call" and {c.lower_ for c in tok.children} & (_PHONE_WORDS | {"courtesy"}):
            return None  # a courtesy or phone call on someone is a meeting, not a call for something
        backing = self._lemma(tok) in ("support", "backing", "assistance", "funding", "financing", "commitment")
        projects = []
        objects = self._prep_objects(tok, {"for", "of", "on", "to"})
        if not objects and tok.dep_ == "dobj":
            objects = self._prep_objects(verb, {"for"})  # "voiced their hope for X", the "for" hung on the verb
        for p in objects:
            projects += self._projects_in(p, establishing=not backing)
        if backing:
            # "support for the construction of a new bridge" backs a project; support for a dialogue,
            # an initiative or a process is a support statement (_support_noun reads it)
            projects = [p for p in projects if self._physical(p)]
        if not projects:
            return None
        if self._is_negated(verb) or self._is_hypothetical(verb) or self._is_conjectural(verb):
            return None
        owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        rejected = self._rejected_owners(tok, verb)
        if rejected is not None:
            proposer = self._as_speaker(self._resolve_all(rejected), verb) if rejected else []
            if not proposer:
                return None
        else:
            proposer = self._as_speaker(self._resolve_all(self._holder(owners, self._subjects(verb))), verb)
        if not proposer:
            speaker = self._speaker(verb)
            proposer = [speaker] if speaker else []
        if not proposer:
            return None
        partners = []
        for t in projects[0].subtree:
            if t.ent_type_ in ("GPE", "ORG", "NORP"):
                partners += self._named_parties(t)
        countries = {a.country for a in proposer}
        partners = [
            a for a in dict.fromkeys(partners) if a not in proposer and a.country not in countries and a.kind != GROUP
        ]
        actors = [(a, "proposer") for a in proposer] + [(a, "partner") for a in partners]
        return self._mention(PROPOSAL, actors, tok, 0.7, project=self._project_text(projects[0]))

    def _negotiation_noun(self, tok):
        """ "negotiations with Iraq and Qatar on the project are under way", "opened talks on how to connect
        the railways between the two countries": parties bargaining over a concrete project advance it (their
        meeting, if any, is the meeting path's)."""
        projects = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.lex.about_preps | {"over"}):
            for p in prep.children:
                if p.dep_ == "pobj":
                    projects += self._projects_in(p)
                elif p.dep_ == "pcomp" and p.pos_ in ("VERB", "AUX"):  # "talks on how to connect X and modernise Y"
                    verbs = [p] + [c for c in p.conjuncts if c.pos_ == "VERB"]
                    projects += [x for v in verbs for o in self._objects(v) for x in self._projects_in(o, 1)]
        if not projects:
            return None
        verb = tok.head
        if tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return None
        if self._lemma(verb) in self.lex.talks_ending_verbs or self._is_negated(verb):
            return None  # "talks on the pipeline collapsed", "did not resume talks on X"
        if self._is_hypothetical(verb) or self._is_conjectural(verb):
            return None
        sides = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for p in c.children]
        partners = [a for p in sides if p.dep_ == "pobj" for a in self._partner_actors(p)]
        parties = self._subjects(verb) if tok.dep_ == "dobj" else []
        proposer = self._as_speaker(self._resolve_all(parties), verb)
        if not proposer:
            speaker = self._speaker(verb)
            proposer = [speaker] if speaker else []
        if not proposer:
            return None
        countries = {a.country for a in proposer}
        partners = [
            a for a in dict.fromkeys(partners) if a not in proposer and a.country not in countries and a.kind != GROUP
        ]
        actors = [(a, "proposer") for a in proposer] + [(a, "partner") for a in partners]
        return self._mention(PROPOSAL, actors, tok, 0.7, project=self._project_text(projects[0]))

    def _physical(self, p) -> bool:
        """ "the bridge", "the railway project", "the construction of the port": a thing to be built."""
        if self._lemma(p) in _PHYSICAL_PROJECTS:
            return True
        if any(c.dep_ in ("compound", "amod", "nmod") and self._lemma(c) in _PHYSICAL_PROJECTS for c in p.children):
            return True
        return self._lemma(p) in _NOMINALISATIONS and any(self._physical(o) for o in self._prep_objects(p, {"of"}))

    def _named_parties(self, tok) -> list[Actor]:
        """States and known bodies a project's name mentions ("the China-Mongolia-Russia pipeline");
        not the project's own name ("the Akhaura-Agartala rail link")."""
        return [
            a
            for a in self._resolve_all([tok], expand=False)
            if a.kind == COUNTRY or (a.kind == ORGANIZATION and self.gaz.organization(a.name))
        ]

    def _partner_actors(self, tok) -> list[Actor]:
        found = self._resolve_all([tok])
        # "other member countries of the Eurasian Economic Union" -> the Union
        for c in [tok] + list(tok.conjuncts):
            for p in self._prep_objects(c, {"of"}):
                found += [a for a in self._resolve_all([p]) if a.kind == ORGANIZATION and a not in found]
        return found
