"""Reading a trigger's arguments and modality off the dependency tree.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

from extractor.actors import PERSON, Actor
from extractor.rules.base import _NOT_ACTOR_WORDS, _SINCE_WORDS

_WIRE_DASHES = ("--", "-", "\u2014", "\u2013")


class TreeRules:
    @staticmethod
    def _dateline_agency(tok) -> bool:
        """ "CAIRO, March 4 (Agency) -- X met Y": a dateline left in the text below a headline is parsed
        into the first sentence, its bracketed agency taken for a subject; an agency named in brackets just
        before the wire's dash is no party of the story."""
        doc = tok.doc
        opens = [t for t in doc[max(0, tok.i - 6) : tok.i] if t.text in "()"]
        closes = [t for t in doc[tok.i + 1 : tok.i + 7] if t.text in "()"]
        if not opens or not closes or opens[-1].text != "(" or closes[0].text != ")":
            return False
        after = closes[0].i + 1
        return (
            after < len(doc) and doc[after].text in _WIRE_DASHES and (doc[after].text != "-" or doc[after].whitespace_)
        )

    def _dateline_place(self, tok) -> bool:
        """ "CAIRO, March 4 (Agency) -- X expressed ...": below a headline the parser may take the dateline's
        place, the opening words of a line before the wire's dash with no verb among them, for the subject of
        the first sentence. It is no party, unless the sentence says the visitor is there ("arrived here",
        "on a visit to", "visiting"), where the host state may be one."""
        if self._dateline_dash(tok) is None:
            return False
        return not any(t.lower_ == "here" or self._lemma(t) in self.lex.visit_presence_words for t in tok.sent)

    @staticmethod
    def _dateline_dash(tok) -> int | None:
        """Where the wire's dash ends the dateline ``tok`` opens (the opening words of a line, no verb
        among them before the dash), or None when ``tok`` opens no dateline."""
        doc = tok.doc
        start = tok.i
        while start > 0 and "\n" not in doc[start - 1].text and tok.i - start < 4:
            start -= 1
        if start > 0 and "\n" not in doc[start - 1].text:
            return None
        for t in doc[tok.i + 1 : tok.i + 12]:
            if t.text in _WIRE_DASHES and (t.text != "-" or t.whitespace_):
                return t.i
            if t.pos_ in ("VERB", "AUX") or "\n" in t.text:
                return None
        return None

    def _story_appositions(self, tok) -> list:
        """ "DOHA, March 2 (QNA) -- Sheikh X met ...": where the parser makes the dateline's place or its
        bracketed agency the subject and hangs the story's own subject on it as an apposition after the wire's
        dash, those appositions."""
        hung = [c for c in tok.children if c.dep_ == "appos"]
        if not hung:
            return []  # most subjects: no apposition, no dateline to look for
        dash = self._dateline_dash(tok)
        if dash is None and self._dateline_agency(tok):
            dash = next((t.i for t in tok.doc[tok.i + 1 : tok.i + 8] if t.text in _WIRE_DASHES), None)
        if dash is None:
            return []
        return [c for c in hung if c.i > dash]

    def _story_subjects(self, tok) -> list:
        """The story's subject hung on the dateline (``_story_appositions``) when it names persons only:
        "Brazil's and Colombia's presidents" hung there stays unread, since unnamed officials are the states
        only when the article names no holder, which is not read here."""
        named = self._story_appositions(tok)
        actors = [a for c in named for a in self.actors.resolve(c)]
        return named if actors and all(a.kind == PERSON for a in actors) else []

    def _subjects(self, verb) -> list:
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        # "X and Y co-chaired": the tagger takes the prefix "co" for the subject and hangs X on it
        subs = [t for s in subs for t in (self._split_prefix_subjects(s) or [s])]
        # (only a second subject: where the parser hangs the story's subject on the dateline, it stays)
        subs = [t for s in subs for t in (self._story_subjects(s) or [s])]
        kept = [s for s in subs if not self._dateline_agency(s) and not self._dateline_place(s)]
        subs = kept or subs
        if verb.dep_ == "relcl" and subs and subs[0].lower_ in ("who", "which", "that"):
            head = verb.head
            # "Algeria, Morocco's arch-rival, which backs X": a common-noun apposition describes the name it
            # stands beside; the one who backs is that name
            while head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" and head.head != head:
                head = head.head
            return [head]  # "the Crown Prince, who congratulated him": the Crown Prince
        if not subs:
            # passive: "X was received by Y" -> agent is the doer
            for c in verb.children:
                if c.dep_ == "agent":
                    subs += [p for p in c.children if p.dep_ == "pobj"]
        if not subs and verb.dep_ == "ROOT":
            # "At a meeting with Modi, US President Joe Biden restated ...": the parser hangs the subject on
            # the fronted phrase's last noun, as an apposition just before the verb
            subs = [
                t
                for c in verb.children
                if c.dep_ == "prep" and c.i < verb.i
                for t in c.subtree
                if t.dep_ == "appos" and t.right_edge.i == verb.i - 1 and t.left_edge.nbor(-1).lower_ == ","
            ]
        if not subs and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "The two sides should do more, Xi said, calling for X": the parser hangs "calling" on the
            # quoted clause; the one who calls is the one who said it
            for c in verb.head.children:
                if c.dep_ == "parataxis" and c.i < verb.i and self._lemma(c) in self.lex.speech_verbs:
                    speakers = [s for s in c.children if s.dep_ == "nsubj"]
                    if speakers:
                        return speakers
        if not subs and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head != verb:
            return self._subjects(verb.head)  # "he was glad to meet X": the subject of "was glad"
        if not subs and verb.dep_ == "pcomp" and verb.head.lower_ == "for":
            # "X thanked Y for standing with Z", "praised Y for its words and for backing Z": Y did it
            prep = verb.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head != prep:
                prep = prep.head
            gov = prep.head
            credited = (
                self._objects(gov) if prep.dep_ == "prep" and self._lemma(gov) in self.lex.crediting_verbs else []
            )
            if credited:
                return credited
        if not subs and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "Before meeting X, Y said"
            return self._subjects(verb.head.head)
        if not subs and verb.dep_ == "pcomp" and verb.head.dep_ == "conj" and verb.head.pos_ == "ADP":
            # "remains firm on the issue and in defending X": the first preposition's governor
            prep = verb.head
            while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head != prep:
                prep = prep.head
            if prep.dep_ == "prep":
                return self._subjects(prep.head)
        if not subs and verb.dep_ in ("relcl", "acl"):
            first = self._first_to(verb)
            if first:
                return first
        if not subs and verb.dep_ == "acl":  # "X, meeting Y, said"
            return [verb.head]
        if not subs and verb.dep_ == "relcl":
            return [verb.head]
        return subs

    @staticmethod
    def _split_prefix_subjects(sub) -> list:
        if sub.lower_ != "co" or sub.i + 1 >= len(sub.doc) or sub.nbor(1).text != "-":
            return []
        return [c for c in sub.children if c.dep_ in ("nsubj", "nsubjpass")]

    def _first_to(self, verb) -> list:
        """ "X was the first leader to congratulate Y", "X was one of the first leaders to send Y his
        congratulations", "X was among the first to back Y": the one who did it is the copula's subject."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return []
        noun = verb.head
        if verb.dep_ == "advcl" and noun.lemma_ == "be":  # (the parser may hang "to send" on "was")
            noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
        ranks = ("first", "last", "only", "latest")
        ranked = any(c.lower_ in ranks for c in noun.children) or any(
            t.lower_ in ranks for p in self._prep_objects(noun, {"of"}) for t in [p, *p.children]
        )  # ("one of the first leaders to")
        if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
            ranked = ranked or noun.lower_ in ("first", "last")
            noun = noun.head.head
        be = noun if noun.lemma_ == "be" else noun.head if noun.dep_ == "attr" else None
        if (
            not ranked
            or be is None
            or be.lemma_ != "be"
            or any(c.dep_ == "aux" and c.lower_ in self.lex.modal_future for c in be.children)
        ):
            return []  # ("would be the first to congratulate" has not happened)
        return [c for c in be.children if c.dep_ == "nsubj"]

    def _passive_subjects(self, verb) -> list:
        return [c for c in verb.children if c.dep_ == "nsubjpass"]

    def _objects(self, tok) -> list:
        found = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "oprd")]
        if not found:
            # "met visiting Thai Prime Minister X": the parser reads "visiting" as a verb owning X
            for c in tok.children:
                if c.i == tok.i + 1 and c.lower_ == "visiting":
                    found = [o for o in c.children if o.dep_ in ("dobj", "obj")]
        if not found:
            # "received in audience the visiting Prime Minister X": after a phrase put first, the parser
            # reads the named object as an adverbial
            found = [
                c
                for c in tok.children
                if c.dep_ == "npadvmod" and c.i > tok.i and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
            ]
        return found

    def _prep_objects(self, tok, preps: set) -> list:
        found = []
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:  # "paid tribute to X": a dative "to"
                found += [p for p in c.children if p.dep_ == "pobj"]
                # "talks with visiting Foreign Minister X": the parser reads "visiting" as a gerund
                found += [
                    o
                    for p in c.children
                    if p.dep_ == "pcomp" and p.lower_ in ("visiting", "incoming", "outgoing")
                    for o in p.children
                    if o.dep_ == "dobj"
                ]
        return found

    def _resolve_all(self, toks, expand: bool = True) -> list[Actor]:
        found: list[Actor] = []
        for t in toks:
            if t.lower_ in _NOT_ACTOR_WORDS:
                continue
            for a in self.actors.resolve(t, expand_conj=expand):
                if a not in found:
                    found.append(a)
        return found

    def _is_negated(self, tok) -> bool:
        if self._negated_argument(tok) or self._occurrence_denied(tok):
            return True
        head = tok
        for _ in range(4):
            if any(
                c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod")
                for c in head.children
            ):
                return True
            if self._lemma(head) in self.lex.negation_governors and head != tok:
                return True
            if head.dep_ in ("pcomp", "pobj") and head.head.lower_ in self.lex.privative_preps:
                return True  # "left Kyiv without meeting X", "the deal was reached without talks with Y"
            if head.dep_ == "xcomp" and any(
                c.dep_ == "advmod" and c.lower_ in self.lex.pending_adverbs for c in head.head.children
            ):
                return True  # "is yet to back X", "has yet to meet Y": not done
            if (
                head.dep_ in ("acl", "ccomp", "relcl")
                and head.head.pos_ == "NOUN"
                and self._lemma(head.head) in self.lex.rumour_nouns
            ):
                return True  # "reports that X met Y (were false)": rumoured, not asserted
            if (
                head.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "pcomp", "advcl", "acomp")
                and not (head.dep_ == "acl" and head.head.dep_ == "dobj")
                or head.head == head
            ):
                # ("acomp": "is not ready to build", the copula bears the negation; "did not restate their
                # commitment to keep supporting X": the verb whose object the clause describes bears it)
                break
            if self._climb_ends(head):
                break
            head = head.head
        return False

    def _negated_argument(self, tok) -> bool:
        """ "No talks were held between X and Y", "X and Y held no talks", "none of them met": a subject or
        object of the trigger that a negative determiner or pronoun empties says the event did not happen
        (only the trigger's own arguments: "reached no deal at the talks" denies the deal, not the talks)."""
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
                continue
            if c.lower_ in self.lex.negative_pronouns:
                return True
            # ("Neither A nor B backed the plan": the correlative hangs on the first conjunct)
            if any(d.dep_ in ("det", "preconj") and d.lower_ in self.lex.negative_determiners for d in c.children):
                return True
        return False

    def _occurrence_denied(self, tok) -> bool:
        """ "The meeting between A and B did not take place", "the talks were never held": a meeting noun whose
        predicate of occurrence is negated (not "the talks did not produce a deal": they took place)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head == tok:
            return False
        pred = tok.head
        lemma = self._lemma(pred)
        if lemma not in self.lex.occurrence_verbs:
            return False
        if lemma == "take" and not any(o.lower_ == "place" for o in self._objects(pred)):
            return False
        if lemma == "go" and not any(c.lower_ in ("ahead", "forward") for c in pred.children):
            return False
        return any(c.dep_ == "neg" for c in pred.children) or self._negated_argument(pred)

    def _climb_ends(self, head) -> bool:
        """Where a climb from a trigger toward the clauses that govern it stops: at a clause a speech verb
        reports ("said that ..."), or at "since / after" an event ("have not spoken since their talks in
        Istanbul": the talks took place, whatever is said of the time after them)."""
        if head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs:
            return True
        return head.dep_ == "pobj" and head.head.lower_ in _SINCE_WORDS

    def _is_hypothetical(self, tok) -> bool:
        if self._conditioned_modal(tok):
            return True
        head = tok
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in head.children):
                return True
            if any(  # "would support Vietnam if it asked": the condition hangs below
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in head.children
            ):
                return True
            if head.head == head:
                break
            head = head.head
        return False

    def _conditioned_modal(self, tok) -> bool:
        """ "Turkey would back Sweden's bid to join NATO if Stockholm acts": a conditional modal on the trigger
        and an "if" clause anywhere in what it governs (the parser often hangs the condition on the object's
        clause) state a condition, not a stance."""
        if not any(c.dep_ == "aux" and c.lower_ in self.lex.conditional_modals for c in tok.children):
            return False
        return any(
            t.dep_ == "mark" and t.lower_ in self.lex.condition_marks and t.head.dep_ == "advcl"
            for t in tok.subtree
            if t.i > tok.i
        )

    def _is_conjectural(self, tok) -> bool:
        """ "could expect Putin to congratulate", "would back", "asked them to back": said of what may
        happen or what is asked for, not what was said."""
        head = tok
        pledges = self.lex.assure_verbs | {"assurance", "guarantee"}
        for _ in range(4):
            reported = head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs | self.lex.assure_verbs
            # "gave his assurance that China would back X": the clause of an assurance given, as of "assured"
            # (the parser may hang the clause on the verb that gives the assurance)
            reported = reported or (
                head.dep_ in ("ccomp", "acl")
                and (
                    head.head.pos_ == "NOUN"
                    and self._lemma(head.head) in pledges
                    or any(o.dep_ == "dobj" and self._lemma(o) in pledges for o in head.head.children)
                )
            )
            if any(
                c.dep_ == "aux"
                and c.lower_ in ("could", "would", "might", "may")
                and not (c.lower_ == "would" and reported)
                for c in head.children
            ):
                return True  # (the "would" of reported speech is what was said: "reiterated that X would support Y")
            if (
                head != tok
                and self._lemma(head)
                in (
                    "expect",
                    "plan",
                    "intend",
                    "schedule",
                    "consider",
                    "ask",
                    "urge",
                    "request",
                    "seek",
                    "invite",
                    "encourage",
                    "press",
                    "want",
                )
                or (
                    self._lemma(head) == "call"
                    and any(
                        c.lower_ in ("on", "upon", "for") and not any(p.ent_type_ == "DATE" for p in c.children)
                        for c in head.children
                    )
                )
            ):
                return True
            if head.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or head.head == head:
                break
            if self._climb_ends(head):
                break
            head = head.head
        return False

    def _went_on_to(self, tok) -> bool:
        """ "X went on to meet Y", "then went on to hold talks with Z": "go on to" in the past tells what was
        done next, not a purpose still ahead."""
        gov = tok.head
        return (
            gov.lemma_.lower() == "go"
            and gov.tag_ == "VBD"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in gov.children)
            and not any(c.dep_ == "aux" for c in gov.children)
        )

    def _is_future(self, tok) -> bool:
        """Planned, hoped-for or announced: a modal, a future governor, a future date."""
        lex = self.lex
        for c in tok.children:
            if c.dep_ == "aux" and c.lower_ in lex.modal_future:
                return True
            if (
                c.dep_ == "aux"
                and c.lower_ == "to"
                and tok.dep_ in ("advcl", "relcl", "acl")
                and not self._first_to(tok)
            ):
                # purpose: "arrived in Beijing to meet", "a trip to hold talks" (not yet done); but "was on
                # hand at the airport to receive X" says where one was when it happened
                if not (tok.dep_ == "advcl" and tok.head.lemma_ == "be" and tok.head.tag_ == "VBD") and not (
                    self._went_on_to(tok)
                ):
                    return True
            if (
                c.dep_ == "aux"
                and c.lower_ == "to"
                and tok.dep_ == "ROOT"
                and any(s.dep_ == "nsubj" for s in tok.children)
            ):
                return True  # headline English: "X to host Y", "Putin to visit China" announce what is to come
            if c.dep_ == "amod" and c.lower_ in (
                "upcoming",
                "planned",
                "proposed",
                "next",
                "future",
                "possible",
                "expected",
                "scheduled",
                "forthcoming",
                "prospective",
                "potential",
                "new",
            ):
                if c.lower_ != "new" or tok.lower_ in ("round",):
                    return True
        subject = tok.head if tok.dep_ == "appos" else tok  # ("His Highness the Amir's visit": an apposition)
        measure = self._measure_of(tok)
        if measure is not None:
            # "the next round of talks will take place in May": the round counts the talks, its modifiers and
            # its predicate are theirs
            subject = measure
            if any(c.dep_ == "amod" and c.lower_ in lex.ahead_adjectives for c in measure.children):
                return True
        if subject.dep_ in ("nsubj", "nsubjpass") and self._planned_predicate(subject.head):
            return True  # "a meeting could be arranged", "a meeting was under consideration"
        for c in tok.children:
            # "the meeting ..., which is set for Thursday"
            if c.dep_ in ("relcl", "acl") and (self._lemma(c) in lex.future_governors or self._planned_predicate(c)):
                return True
        if tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ in lex.modal_future for c in tok.head.children):
                return True  # "will meet X and call on Y"
            if self._is_future(tok.head):
                return True  # "vowed to take a tough line and to talk to Putin"
        head = tok
        for _ in range(4):
            # ("acomp": "would be glad to host a delegation")
            if head.dep_ in ("xcomp", "ccomp", "acl", "pcomp", "acomp") and head.head != head:
                gov = head.head
                if (
                    head.dep_ == "ccomp"
                    and head.i < gov.i
                    and any(t.text == ";" for t in head.doc[head.right_edge.i + 1 : gov.i])
                ):
                    break  # "X met Y; they discussed Z": a clause the parser hangs on the next one is its own
                if self._lemma(gov) in lex.future_governors or gov.lower_ in lex.future_adjectives:
                    return True
                if gov.lower_ == "going" and any(c.dep_ == "aux" for c in gov.children):
                    return True  # "is going to meet": the lemma "go" is no future governor ("went on to meet")
                if gov.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                    return True  # "are to join the meeting", "is to meet"
                if head.dep_ == "ccomp" and self._lemma(gov) in lex.speech_verbs:
                    break
                head = gov
                if any(c.dep_ == "aux" and c.lower_ in lex.modal_future for c in head.children):
                    return True
                continue
            if head.dep_ == "pobj" and head.head.lower_ in ("ahead", "before", "for", "toward", "towards"):
                return True
            if head.dep_ in ("dobj", "pobj", "prep"):
                head = head.head
                # "will coincide with his visit", "will pay a visit", "are to join the meeting"
                if (
                    head.pos_ in ("VERB", "AUX")
                    and self._planned_predicate(head)
                    and self._lemma(head)
                    not in (
                        "set",
                        "consider",
                    )
                ):
                    return True
                continue
            break
        return False

    def _measure_of(self, tok):
        """The noun that counts a meeting noun ("the next round of talks", "a series of meetings"), or None."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.dep_ != "prep":
            return None
        noun = tok.head.head
        if noun.pos_ != "NOUN" or self._lemma(noun) not in self.lex.meeting_measure_nouns:
            return None
        return noun

    def _planned_predicate(self, verb) -> bool:
        lex = self.lex
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in lex.modal_future for c in verb.children):
            return True
        auxes = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if "to" in auxes and "be" in auxes:
            return True  # "are to join the meeting"
        if self._lemma(verb) in ("set", "schedule", "slate", "plan", "expect", "due", "arrange", "consider"):
            return True
        return any(
            # ("are certain to mark a milestone", like "will mark a milestone": said of what is still ahead)
            c.dep_ in ("prep", "acomp", "attr")
            and c.lower_ in ("under", "due", "likely", "possible", "expected", "certain", "sure", "bound")
            # ("talks got under way": begun, unlike "under consideration"; talks that "are under way" are a
            # process going on, no one sitting)
            and not (c.lower_ == "under" and self._lemma(verb) == "get" and any(p.lower_ == "way" for p in c.children))
            for c in verb.children
        )
