"""Find diplomatic events in a parsed article and fill their slots (see ANNOTATION.md).

The finder walks each sentence's dependency tree looking for triggers from the
lexicon (``data/lexicon.json``) and reads the trigger's arguments off the tree:

* MEETING: "X met (with) Y", "X held talks/a phone call with Y", "X received Y",
  "X called Y", "X and Y met", nominal "their talks", "the meeting between X and Y".
* SUPPORT_STATEMENT: "X supports/backs Y", "X expressed support for Y",
  "X stands with Y", "X praised Y's act" (praise needs an act or initiative, not
  just a party), "X said <initiative> has achieved great success".
* PROJECT_PROPOSAL: an intent head (propose, call for, willing to, hope that, back)
  governing a concrete project: a named initiative or an infrastructure,
  agreement or mechanism noun phrase.

Negated, conditional, questioned and future or planned events are left out.
Mentions of one event are merged; statements made during talks take the talks'
venue and date. Every event keeps the sentence that states it, with offsets. Once an article's
mentions are merged, each event's ``confidence`` is set by the learned model of ``confidence.py``
from what the finder recorded of it (the rule family that fired, its sentence's signals).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace

from extractor import confidence, dates, gazetteer, lexicon
from extractor.actors import COUNTRY, GROUP, ORGANIZATION, PERSON, Actor, ActorResolver, home_state_of

MEETING, SUPPORT, PROPOSAL = "MEETING", "SUPPORT_STATEMENT", "PROJECT_PROPOSAL"
EVENT_TYPES = (MEETING, SUPPORT, PROPOSAL)

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLAUSAL = ("ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp")
_PHONE_WORDS = {"phone", "telephone", "video", "virtual", "online", "videoconference", "telephonic"}
_PHYSICAL_PROJECTS = {
    "pipeline",
    "railway",
    "railroad",
    "rail",
    "road",
    "highway",
    "motorway",
    "expressway",
    "bridge",
    "port",
    "seaport",
    "airport",
    "corridor",
    "dam",
    "tunnel",
    "canal",
    "cable",
    "grid",
    "interconnector",
    "plant",
    "refinery",
    "reactor",
    "terminal",
    "link",
    "route",
    "station",
    "zone",
    "park",
    "hub",
    "gate",
    "checkpoint",
    "crossing",
    "complex",
    "mine",
    "harbour",
    "harbor",
    "shipyard",
    "smelter",
    "farm",
    "reservoir",
    "barrage",
    "waterway",
    "metro",
    "subway",
    "tramway",
    "monorail",
    "tram",
    "wharf",
    "pier",
    "substation",
    "oilfield",
}
_NOMINALISATIONS = {
    "alignment",
    "establishment",
    "construction",
    "building",
    "creation",
    "launch",
    "implementation",
    "signing",
    "conclusion",
    "development",
    "completion",
    "expansion",
    "extension",
    "opening",
    "formation",
    "setting",
    "start",
    "resumption",
    "revival",
    "operationalization",
    "realization",
}
_ABOUT = ("on", "about", "over", "regarding", "concerning")
_DURING = ("in", "during", "at", "via", "by")
_RELATIVE_DAY = re.compile(
    r"\b(yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bthis (morning|afternoon|evening)\b",
    re.I,
)
_SAME_DAY = re.compile(r"\b(later|earlier) (in|on) the day\b|\b(later|earlier) that day\b|\bthe same day\b", re.I)
_COMMUNIQUE = re.compile(
    r"\b(?:in|under) (?:the|its|their|a) (?:final |joint |closing )?(?:communiqu[eé]|declaration)\b"
    r"|\b(?:in|under) (?:the|its|their|a) (?:final|joint|closing) statement\b",
    re.I,
)
_DAY_SPAN = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:to|until|through|-|\u2013)\s*\d", re.I)
_HOLDING_VERBS = ("take", "hold", "happen", "convene", "occur")  # "which took place in", "which was held at"
_SINCE_WORDS = ("after", "since", "following")
_ALSO = re.compile(r"\balso\b", re.I)
_NOT_ACTOR_WORDS = {"report", "agency", "news", "statement", "source", "sources", "media", "newspaper"}


@dataclass
class Mention:
    type: str
    actors: list[tuple[Actor, str]]  # (actor, role)
    sent: object
    trigger: object
    prior: float  # the hand-set trust in the construction that fired: one input of the confidence model
    venue: dict | None = None
    date: dates.Resolved | None = None
    project: str | None = None
    topic: str | None = None
    nominal: bool = False
    rule: str = ""  # the rule family that produced it (the ``_mentions_at`` branch): a confidence feature


@dataclass
class Event:
    type: str
    actors: list[dict]
    venue: dict | None
    date: str | None
    date_precision: str | None
    project: str | None
    topic: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    mentions: int = 1
    _keys: set = field(default_factory=set, repr=False)
    _background: bool = field(default=False, repr=False)
    _remote: bool = field(default=False, repr=False)
    _call: bool = field(default=False, repr=False)  # the event itself is a phone or video call (no venue)
    _sents: set = field(default_factory=set, repr=False)  # ordinals of the sentences that state it
    _prior: float = field(default=0.0, repr=False)  # highest prior of its mentions
    _rule: str = field(default="", repr=False)  # rule family of its first mention
    _signals: dict = field(default_factory=dict, repr=False)  # what its first mention's sentence says of it

    def as_row(self) -> dict:
        return {
            "event_type": self.type,
            "actors": self.actors,
            "venue_place": (self.venue or {}).get("place"),
            "venue_country": (self.venue or {}).get("country"),
            "venue_occasion": (self.venue or {}).get("occasion"),
            "event_date": self.date,
            "date_precision": self.date_precision,
            "project": self.project,
            "topic": self.topic,
            "evidence": self.evidence,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "confidence": round(self.confidence, 3),
        }


_CALLED_ON = {"on", "upon", "to"}  # "paid a courtesy call on X", "made a phone call to X"


def event_id(article_id: str, event_type: str, start: int, end: int, actors: list[dict], repeat: int = 0) -> str:
    """Deterministic id: the same article and event give the same id on every run. Two events stated
    in one sentence (Blinken met Xi, and Blinken met Wang) differ by their parties; two of one sentence
    and the same parties ("held a second call, following a conversation earlier that day") by ``repeat``,
    the number of such events before it in the article's order."""
    parties = "\x1e".join(sorted(f"{a['name']}|{a['role']}" for a in actors))
    key = f"{article_id}\x1f{event_type}\x1f{start}\x1f{end}\x1f{parties}" + (f"\x1f{repeat}" if repeat else "")
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def _span_text(tokens) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


class EventFinder:
    """Extracts events from one parsed article."""

    def __init__(
        self,
        doc,
        published: dt.date | None,
        dateline: str | None = None,
        offset: int = 0,
        dateline_date=None,
        calibrated: bool = True,
        source: str | None = None,
    ):
        self.dateline_date = dateline_date
        self.calibrated = calibrated  # False: leave confidence unset (training the model that sets it)
        self.doc = doc
        self.published = published
        # relative days count from the day the story was filed, which its dateline gives ("yesterday" in
        # a story datelined the 11th and published on the 12th is the 10th); else from publication
        self.anchor = dt.date.fromisoformat(dateline_date) if dateline_date else published
        self.dateline = dateline
        self.offset = offset
        self.lex = lexicon.load()
        self.gaz = gazetteer.load()
        self.actors = ActorResolver(doc, home_state_of(source))
        self.mentions: list[Mention] = []
        self._sites: set[str] = set()
        # (sentence ordinal, parties, venue, date, counted: "received four visitors") of meetings spoken of
        self._settings: list[tuple] = []
        self._sent_no: dict[int, int] = {}
        self._antecedents: dict[int, object] = {}  # a definite project head -> the project it refers back to

    # ---- driver ---------------------------------------------------------------
    def find(self) -> list[Event]:
        self._sent_no = {}
        for n, sent in enumerate(self.doc.sents):
            self._sent_no[sent.start] = n
            if self._skip_sentence(sent):
                continue
            for tok in sent:
                kept = False
                for rule, found in self._mentions_at(tok):
                    for mention in found if isinstance(found, list) else [found]:
                        if mention is None or not self._keep(mention):
                            continue
                        mention.rule = mention.rule or rule
                        if mention.type == MEETING:
                            self._add_companions(mention)
                        kept = True
                        self.mentions.append(mention)
                        if mention.type == MEETING and not mention.nominal:
                            self.actors.meetings.append((tok.i, [a for a, _ in mention.actors]))
                if not kept:
                    self._note_setting(tok, n)
        events = self._merge(self.mentions)
        for ev in events:
            ev.actors = _one_actor_per_state(ev.actors)
        if self.calibrated:
            for ev in events:
                ev.confidence = confidence.score(ev)
        return events

    def _note_setting(self, tok, n: int) -> None:
        """A meeting word that states no event of its own ("the bilateral talks Thursday in Tokyo",
        "the ceremony, hosted at Buckingham Palace", "received several diplomats at Bayan Palace
        yesterday") still says where and when a meeting reported next to it took place."""
        lemma = self._lemma(tok)
        lex = self.lex
        remote = any(t.lower_ in _PHONE_WORDS for t in tok.subtree)
        clause = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for s in self._subjects(clause) for c in s.children):
            return  # "a joint commission held its first meeting": a meeting of its own, no one else's setting
        if tok.pos_ in ("NOUN", "PROPN"):
            # "the phone call took place on Monday": a call is a meeting spoken of when it is a remote one
            # "In the short exchange in Apulia, X thanked Y": a meeting word of other senses sets a meeting only
            # bare (not "the exchange of fire", "the prisoner exchange")
            bare = lemma in lex.bare_setting_nouns and not any(
                c.dep_ in ("compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
            )
            if (
                lemma not in lex.setting_nouns
                and tok.lower_ not in lex.setting_nouns
                and not (remote and lemma == "call")
                and not bare
            ):
                return
            if not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in tok.children
            ):
                return  # only a meeting already spoken of: "the talks", "their meeting"
            parties = []
        elif tok.pos_ == "VERB" and lemma in lex.meeting_verbs | lex.meeting_host_verbs | lex.meeting_light_verbs:
            if lemma in lex.meeting_light_verbs and not any(
                self._lemma(o) in lex.meeting_nouns for o in self._objects(tok)
            ):
                return
            parties = self._resolve_all(self._subjects(tok))
            if not parties:
                return
        else:
            return
        if self._is_negated(tok) or self._is_hypothetical(tok) or self._is_future(tok):
            return
        if self._is_background(tok):
            return
        venue, date = self._venue(tok), self._date(tok)
        if remote:
            venue = None  # "the video conference took place on Monday night": a day, never a place
        if date is not None and (date.future or not date.iso):
            date = None
        if not (venue and venue.get("place")) and date is None:
            return
        # "received four courtesy calls at the Parliament Building today": a counted plural of meetings
        # places every one of them that the article reports, however far below
        counted = tok.pos_ == "VERB" and any(
            o.tag_ in ("NNS", "NNPS")
            and any(t.dep_ == "nummod" or t.lower_ in ("several", "many") for t in o.subtree if t.i < o.i)
            for o in self._objects(tok)
        )
        # "received letters of goodwill from several countries at the State House": the day's envoys, counted
        # by where they came from, each met there
        counted = counted or (
            tok.pos_ == "VERB"
            and self._lemma(tok) in lex.meeting_host_verbs
            and any(
                p.dep_ == "prep"
                and p.lower_ == "from"
                and any(
                    c.dep_ == "pobj"
                    and c.tag_ in ("NNS", "NNPS")
                    and any(t.dep_ == "nummod" or t.lower_ in ("several", "many") for t in c.children)
                    for c in p.children
                )
                for o in self._objects(tok)
                for p in [*o.children, *tok.children]
            )
        )
        self._settings.append((n, parties, venue if venue and venue.get("place") else None, date, counted))

    def _skip_sentence(self, sent) -> bool:
        text = sent.text.strip()
        return not text or text.rstrip("\"\u201d' ").endswith("?")

    def _lemma(self, tok) -> str:
        """The token's lemma, mended where the statistical lemmatizer slips ("hopes" -> "hop")."""
        lemma = tok.lemma_.lower()
        if lemma in self.lex.all_words:
            return lemma
        lower = tok.lower_
        for cut, add in (
            ("ies", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
            ("d", ""),
        ):
            if lower.endswith(cut) and (lower[: -len(cut)] + add) in self.lex.all_words:
                return lower[: -len(cut)] + add
        return lemma

    def _mentions_at(self, tok):
        lemma = self._lemma(tok)
        lex = self.lex
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            if lemma in lex.meeting_verbs:
                yield "meeting_verb", self._meeting_verb(tok)
            if lemma in lex.meeting_light_verbs:
                yield "meeting_light", self._meeting_light(tok)
            if lemma in lex.meeting_call_verbs:
                yield "meeting_call", self._meeting_call(tok)
            if lemma in lex.meeting_host_verbs:
                yield "meeting_host", self._meeting_host(tok)
            elif lemma in ("accept", "present"):
                yield "credentials", self._credentials(tok)
            if lemma in lex.handing_verbs:
                yield "meeting_handed", self._meeting_handed(tok)
            if lemma in lex.reciprocal_meeting_verbs:
                yield "meeting_verb", self._meeting_reciprocal(tok)
            if lemma in lex.meeting_visit_verbs:
                yield "meeting_visit", self._meeting_visit(tok)
            if (
                lemma in lex.support_verbs
                or lemma in lex.praise_verbs
                or lemma in lex.stand_verbs
                or lemma in lex.act_praise_verbs
                or lemma in lex.defend_verbs
                or lemma == "speak"
                or lemma in lex.agreeing_verbs
            ):
                yield "support_verb", self._support_verb(tok)
            if lemma in lex.speech_verbs:
                yield "success_statement", self._success_statement(tok)
            if (
                lemma in lex.project_action_verbs
                or lemma in lex.proposal_verbs
                or lemma in lex.hosting_verbs
                or lemma in lex.pairing_verbs
                or lemma in lex.pairing_light_verbs
                or lemma in lex.agreeing_verbs
                or lemma in lex.weighing_verbs
                or lemma in lex.signing_verbs
                or lemma in lex.negotiating_verbs
                or self._light_participation(tok)
                or self._carried_forward(tok)
            ):
                yield "proposal", self._proposal(tok)
        if tok.pos_ in ("NOUN", "PROPN"):
            if lemma in lex.meeting_nouns or tok.lower_ in lex.meeting_nouns:
                yield "meeting_noun", self._meeting_noun(tok)
            if lemma in lex.support_nouns:
                yield "support_noun", self._support_noun(tok)
            if lemma in lex.proposal_nouns and tok.pos_ == "NOUN":
                yield "proposal_noun", self._proposal_noun(tok)
            if tok.lower_ in lex.negotiation_nouns and tok.pos_ == "NOUN":
                yield "proposal_noun", self._negotiation_noun(tok)
        if tok.lower_ in lex.commitment_adjectives and tok.pos_ in ("ADJ", "VERB"):
            yield "support_committed", self._support_committed(tok)

    # ---- shared tree helpers ------------------------------------------------------
    def _subjects(self, verb) -> list:
        subs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        # "X and Y co-chaired": the tagger takes the prefix "co" for the subject and hangs X on it
        subs = [t for s in subs for t in (self._split_prefix_subjects(s) or [s])]
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
        head = tok
        for _ in range(4):
            if any(
                c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod")
                for c in head.children
            ):
                return True
            if self._lemma(head) in self.lex.negation_governors and head != tok:
                return True
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
                or head.head == head
            ):
                break  # ("acomp": "is not ready to build", the copula bears the negation)
            if head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs:
                break
            if head.dep_ == "pobj" and head.head.lower_ in _SINCE_WORDS:
                break  # "have not spoken since / even after their talks in Istanbul": the talks took place
            head = head.head
        return False

    def _is_hypothetical(self, tok) -> bool:
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

    def _is_conjectural(self, tok) -> bool:
        """ "could expect Putin to congratulate", "would back", "asked them to back": said of what may
        happen or what is asked for, not what was said."""
        head = tok
        for _ in range(4):
            reported = head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs | self.lex.assure_verbs
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
            if head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs:
                break
            if head.dep_ == "pobj" and head.head.lower_ in _SINCE_WORDS:
                break  # "have not spoken since / even after their talks in Istanbul": the talks took place
            head = head.head
        return False

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
                if not (tok.dep_ == "advcl" and tok.head.lemma_ == "be" and tok.head.tag_ == "VBD"):
                    return True
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
                if self._lemma(gov) in lex.future_governors or gov.lower_ in lex.future_adjectives:
                    return True
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
            for c in verb.children
        )

    # ---- venue and date --------------------------------------------------------
    def _scope(self, trigger) -> list:
        """Tokens whose attachments describe the trigger's event: itself and its clause ancestors."""
        chain = [trigger]
        head = trigger
        while head.head != head and len(chain) < 6:
            if head.dep_ == "ccomp" and self._lemma(head.head) in self.lex.speech_verbs:
                chain.append(head.head)
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
        for prep in candidates:
            if prep.lower_ == "here" and self.dateline:
                place = place or self.dateline
                continue
            found_place, found_occasion = self._from_prep(prep)
            place = place or found_place
            occasion = occasion or found_occasion
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
            # "at the Great Hall of the People" in a story datelined Beijing: a site of the dateline city
            country = self.gaz.place_country(self.dateline)
            place = f"{place}, {self.dateline}"
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
        names = [c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 1]
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
            iso = self.gaz.demonym(c.text) or (self.gaz.country(c.text) if c.dep_ == "poss" else None)
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
        nodes = self._scope(trigger)
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
                candidates += [d for d in occasion.children if d.dep_ in ("npadvmod", "tmod") and self._is_day(d)]
                candidates += [
                    d
                    for pr in occasion.children
                    if pr.dep_ == "prep" and pr.lower_ in ("in", "on")
                    for d in pr.children
                    if d.dep_ == "pobj" and self._is_day(d)
                ]
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
        for t in sorted(candidates, key=lambda x: abs(x.i - trigger.i)):
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
        return None

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

    # ---- the speaker of reported speech -------------------------------------------
    def _speaker(self, tok) -> Actor | None:
        speaker = self._speaker_named(tok)
        if speaker is not None and speaker.kind == PERSON and speaker.country is None:
            # "X said Islamabad stands committed to ...", "X said Ankara is ready to ...": a capital
            # standing for its state in the speaker's own words is the speaker's state
            states = {
                self.gaz.capital(t.text)
                for t in tok.sent
                if t.dep_ in ("nsubj", "nsubjpass") and t.ent_type_ == "GPE" and self.gaz.capital(t.text)
            }
            if len(states) == 1:
                return Actor(speaker.name, PERSON, states.pop())
        return speaker

    def _plural_speakers(self, tok) -> list[Actor]:
        """The coordinated subject of the nearest speech verb above ``tok`` ("A and B said ..."), when it
        names more than one party; else none."""
        head = tok
        for _ in range(6):
            if head != tok and self._lemma(head) in self.lex.speech_verbs | self.lex.assure_verbs:
                subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                actors = self._resolve_all(subs)
                return actors if len(actors) > 1 else []
            if head.head == head:
                break
            head = head.head
        return []

    def _speaker_named(self, tok) -> Actor | None:
        head = tok
        for _ in range(6):
            if self._lemma(head) in self.lex.speech_verbs | self.lex.assure_verbs and head != tok:
                subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                actors = self._resolve_all(subs)
                persons = [a for a in actors if a.kind == PERSON]
                if persons:
                    return persons[0]
                if actors:
                    return actors[0]
            for c in head.children:  # "according to X"
                if c.lower_ == "according":
                    for t in c.subtree:
                        if t.dep_ == "pobj":
                            actors = self._resolve_all([t])
                            if actors:
                                return actors[0]
            if head.head == head:
                break
            head = head.head
        # "Germany backs X, Chancellor Olaf Scholz said": the speech verb hangs below the statement
        root = tok
        while root.head != root:
            root = root.head
        for c in root.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and self._lemma(c) in self.lex.speech_verbs:
                persons = [
                    a for a in self._resolve_all([s for s in c.children if s.dep_ == "nsubj"]) if a.kind == PERSON
                ]
                if persons:
                    return persons[0]
        # a quotation whose speaker stands in the next sentence is not followed here
        return None

    def _as_speaker(self, actors: list[Actor], tok) -> list[Actor]:
        """A person speaking for a state is one actor: the person (ANNOTATION.md)."""
        speaker = self._speaker(tok)
        if speaker is None or speaker.kind != PERSON:
            return actors
        out = []
        states = [a for a in actors if a.kind == COUNTRY]
        for a in actors:
            if a.kind == COUNTRY and a.country == speaker.country:
                a = speaker
            elif (
                a.kind == COUNTRY
                and speaker.country is None
                and len(states) == 1
                and self.dateline
                and self.gaz.city(self.dateline) == a.country
            ):
                # "the prime minister said Pakistan stands with ...": whose state the text does not
                # say, a speaker stating their state's position speaks for it
                a = Actor(speaker.name, PERSON, a.country)
            if a not in out:
                out.append(a)
        return out

    def _mention(self, type_, actors, tok, prior, **kw) -> Mention:
        unique = []
        for actor, role in actors:  # one actor once, in its first role
            if not any(a.key() == actor.key() for a, _ in unique):
                unique.append((actor, role))
        return Mention(type_, unique, tok.sent, tok, prior, venue=self._venue(tok), date=self._date(tok), **kw)

    def _is_background(self, tok, sequence: bool = True) -> bool:
        """Past perfect or recalled: "had met", "recalled their meeting" — not the news of the day (nor, with
        ``sequence``, "following their talks")."""
        for node in self._scope(tok):
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children):
                # "X had paid a courtesy call on Y earlier in the day": the news day's own earlier event;
                # "X said he had made a courtesy call on Y": the past of reported speech
                clause = node
                while clause.dep_ == "conj" and clause.head != clause:
                    clause = clause.head  # "saying he had had talks and had agreed ...": one reported clause
                reported = clause.dep_ == "ccomp" and self._lemma(clause.head) in self.lex.speech_verbs
                return not (_SAME_DAY.search(tok.sent.text) or reported)
            if self._lemma(node) in ("recall", "remember", "build") + (("follow",) if sequence else ()) and node != tok:
                return True
            # "at our latest meeting" (not "since their last meeting", which dates nothing of this clause)
            occasions = [node] + [
                p
                for c in node.children
                if c.dep_ == "prep" and c.lower_ in ("at", "during", "in", "on")
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if any(self._earlier_occasion(o) for o in occasions):
                return True
        return False

    def _earlier_occasion(self, tok) -> bool:
        """ "at our latest meeting", "during their previous talks" with no date of their own: a meeting before
        the news (ANNOTATION.md: a background event with no time expression has no date)."""
        return (
            self._lemma(tok) in self.lex.meeting_nouns
            and any(c.dep_ == "amod" and c.lower_ in self.lex.earlier_occasion_adjectives for c in tok.children)
            and not any(t.ent_type_ == "DATE" for t in tok.subtree)
        )

    # ---- MEETING ----------------------------------------------------------------
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
        if self._anticipated(tok):
            return None
        m = self._mention(MEETING, [(a, "participant") for a in parties], tok, prior, nominal=nominal)
        if m.date is not None and m.date.future:
            return None
        return m

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
            )
            for o in self._objects(tok)
        ):
            return None  # exchanging greetings or fire is no meeting
        plural_subject = any(
            a.conjuncts or a.lower_ in ("they", "both", "two") or any(c.lower_ in ("two", "both") for c in a.children)
            for a in agents
        )
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

    def _with_below(self, tok) -> list:
        """ "discussed regional security with X", "exchanged views with X", "met behind closed doors with X":
        the parser hangs the "with" on the noun after the verb (its object, or a phrase that is not a topic);
        a named person there is the other party. Not a party ("discussed ties with China") nor a meeting
        ("discussed his talks with X") nor a topic ("spoke about his friendship with X")."""
        nouns = list(self._objects(tok))
        nouns += [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ not in _ABOUT and c.lower_ != "with"
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
        if len(partners) != 1 or len(agents) != 1 or agents[0].conjuncts:
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

    def _by_phone(self, tok) -> bool:
        return any(t.lower_ in _PHONE_WORDS for c in tok.children if c.dep_ == "prep" for t in c.subtree)

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
                mods & _PHONE_WORDS or self._prep_objects(obj, {"with"}) or (paying and "courtesy" in mods)
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
            return self._meeting_from(tok, self._subjects(tok), partners, 0.85)
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
            if self._lemma(tok) == "present":
                return self._meeting_from(tok, self._subjects(tok), self._prep_objects(tok, {"to"}), 0.85)
            envoys = self._prep_objects(tok, {"from"}) + self._prep_objects(obj, {"from", "of"})
            envoys = [e for e in envoys if e.lower_ != "credence"]
            for e in list(envoys):
                if self._lemma(e) in ("ambassador", "envoy", "diplomat", "ambassadors", "envoys", "diplomats"):
                    envoys += self._prep_objects(e, {"of", "from"})
            return self._meeting_from(tok, self._subjects(tok), envoys, 0.8)
        return None

    def _meeting_host(self, tok):
        lemma = self._lemma(tok)
        objs = self._objects(tok)
        if any(o.lower_ in ("credentials", "letters") for o in objs):
            return self._credentials(tok)
        if lemma == "receive":
            # "received a phone call from X", "received a courtesy visit from X"
            for o in objs:
                if self._lemma(o) in ("call", "phone call", "visit"):
                    return self._meeting_from(
                        tok,
                        self._subjects(tok),
                        self._prep_objects(o, {"from"}) + self._prep_objects(tok, {"from"}),
                        0.85,
                    )
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
            if any(a.kind in (PERSON, ORGANIZATION) or o.lower_ == "delegation" for a in self.actors.resolve(o))
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
        if lemma in ("call", "session", "exchange", "audience", "summit", "encounter", "conference") and not (
            mods & _PHONE_WORDS
            or self._prep_objects(tok, {"with", "between"})
            or (has_poss and lemma in ("summit", "encounter", "conference"))
            or (two_states and lemma == "summit")
        ):
            return None
        partners = self._prep_objects(tok, {"with", "between"})
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

    # ---- SUPPORT_STATEMENT ----------------------------------------------------------
    def _support_from(self, tok, sources, targets_tok, topic_tok, prior, praise=False, nominal=False):
        if self._is_negated(tok) or self._is_hypothetical(tok) or self._hedged(tok) or self._asked_or_hoped(tok):
            return None
        if self._blamed_for(tok):
            return None
        if not sources and tok.dep_ in ("xcomp", "advcl"):
            # "X's letter was written to congratulate Y": the message the clause is the purpose of
            sources = [
                c for c in tok.head.children if c.dep_ == "nsubjpass" and self._lemma(c) in self.lex.message_nouns
            ]
        sources = [g for s in sources for g in self._message_givers(s)]
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
        src = self._as_speaker(self._resolve_all(sources), tok)
        if not src:
            if any(self._unnamed_giver(s) for s in sources):
                return None  # "previous governments have expressed support": a giver the text does not name
            # "A and B said they stood ready to back X": a plural pronoun is all who said it, not the first
            plural = any(s.lower_ in ("they", "we") for s in sources)
            speakers = self._plural_speakers(tok) if plural else []
            speaker = self._speaker(tok)
            if speaker is None:
                return None
            src = speakers or [speaker]
        targets = []
        topic = None
        for t in targets_tok:
            resolved = [] if self._owned_act(t) else self._resolve_all([t])
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
            if owner and not targets:
                targets = [a for a in self._resolve_all(owner) if a not in src]
            if not targets:
                targets = [a for a in self._relation_partners(topic_tok) if a not in src]
            if not targets:
                own = {a.country for a in src}  # "Xi praised the Chinese initiative": his own, no target
                targets = [a for a in self._state_owner(topic_tok, owner) if a.country not in own]
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

    def _support_verb(self, tok):
        lemma = self._lemma(tok)
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
            praise
            and (
                self._lemma(obj) in self.lex.praise_objects | self.lex.owned_praise_objects
                or obj.lower_ in self.lex.praise_objects
            )
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in obj.children)
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
        return self._support_from(
            tok,
            self._subjects(tok),
            objs + ([] if topic_tok is None else []),
            topic_tok,
            0.85 if not praise else 0.75,
            praise=praise,
        )

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
        right to respond", which backs no one)."""
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
        return lemma in self.lex.praise_objects or obj.lower_ in self.lex.praise_objects

    def _support_noun(self, tok):
        """ "X expressed (its) support for Y", "reaffirmed their commitment to Y",
        "assured Z of X's full support to Y"."""
        datives = []
        standing = False
        acknowledging = self.lex.acknowledging_verbs
        if tok.dep_ == "dobj" and self._lemma(tok.head) in acknowledging:
            return self._acknowledged_support(tok)  # "acknowledged Minsk's support for Havana"
        if self._shared_possessor(tok) and self._lemma(tok.head.head) in acknowledging:
            return self._acknowledged_support(tok)  # "praised Australia and India's support", misparsed
        if tok.dep_ in ("dobj", "appos") and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.dep_ == "dobj":
            # "sent Trump his congratulations" parsed as a chain, or the congratulations as Trump's apposition
            verb, datives = tok.head.head, [tok.head]
        elif tok.dep_ == "dobj":
            verb = tok.head
        elif tok.dep_ == "nsubjpass":
            verb = tok.head  # "Germany's support for Ukraine was reaffirmed (by Chancellor X)"
        elif tok.dep_ == "nsubj" and self._steadfast(tok):
            # "Turkey's backing of Azerbaijan has been unwavering": a standing position stated as fact
            verb, standing = tok.head, True
        elif tok.dep_ == "conj" and tok.head.dep_ == "dobj":
            verb = tok.head.head  # "expressed solidarity and support for X"
        elif tok.dep_ == "pobj" and (
            self._lemma(tok.head.head) in acknowledging
            or tok.head.head.lower_ in self.lex.thanks_nouns
            or any(c.dep_ == "dobj" and c.lower_ in self.lex.thanks_nouns for c in tok.head.head.children)
        ):
            return self._acknowledged_support(tok)
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of":
            verb = tok.head.head  # "assured the Prime Minister of the Union's support"
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
                verb = verb.head  # the "of" hangs on the one assured
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
        # "China on Friday expressed its support": a day is when, never what or whom
        objects = [o for o in objects if not self._is_day(o)]
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
        if self._is_future(verb) and self._lemma(verb) not in ("pledge", "offer") and not assured:
            return None
        targets = [o for o in objects if self.actors.resolve(o) and not self._owned_act(o)]
        topic = next((o for o in objects if not self.actors.resolve(o) or self._owned_act(o)), None)
        if topic is not None and not targets and self._generic(topic) and not self._relation_partners(topic):
            # "commitment to cooperation": no one and nothing in particular is backed (but "its commitment
            # to the alliance with Manila" backs the partner)
            return None
        return self._support_from(verb, sources, targets, topic, 0.8, nominal=True)

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
        sources = self._passive_subjects(tok) or self._subjects(tok)
        m = self._support_from(tok, sources, objs[:1], None, 0.8, nominal=True)
        if m is None or not any(role == "target" for _, role in m.actors):
            return None
        return m

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

    # ---- PROJECT_PROPOSAL -----------------------------------------------------------
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
        definite = tok.pos_ == "NOUN" and tok.tag_ == "NN"
        if definite and referring:
            # an owner state is allowed: "the Turkmen proposal", "Kazakhstan's plan"
            owned = [c for c in tok.children if c.dep_ in ("amod", "poss") and c.ent_type_ in ("NORP", "GPE")]
            definite = (
                any(c.dep_ == "det" and c.lower_ in self.lex.anaphoric_determiners for c in tok.children)
                or any(c.dep_ == "poss" for c in owned)
            ) and not any(c.dep_ in mods and c not in owned for c in tok.children)
        else:
            definite = (
                definite
                and (lemma in self.lex.project_heads or tok.lower_ in self.lex.project_heads)
                and any(c.dep_ == "det" and c.lower_ in self.lex.anaphoric_determiners for c in tok.children)
                and not any(c.dep_ in mods for c in tok.children)
            )
        backed_it = (
            tok.lower_ == "it" and tok.dep_ in ("dobj", "nsubjpass") and self._lemma(tok.head) in self.lex.support_verbs
        )
        if definite or backed_it:
            for prior in reversed(self.doc[: tok.i]):
                if prior.pos_ not in ("NOUN", "PROPN"):
                    continue
                same = self._lemma(prior) == lemma or prior.lower_ == tok.lower_
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
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            # "the establishment of a joint commission": a mechanism set up is concrete
                            if lemma in self.lex.establishing_nouns and self._specified_mechanism(p):
                                return True
                            return self._concrete_project(p)
            return self._its_project(head) is not None  # "facilitate its construction"
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
                if any(self._concrete_project(t) and not self.actors.resolve(t) for t in firsts[:1] + seconds[:1]):
                    return firsts[0], c, seconds[0]
        return None

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
            if base != tok and self._lemma(base) in self.lex.advice_verbs:
                break  # "work on the pipeline needs to be speeded up, he said"
            if base.dep_ not in ("conj", "xcomp", "advcl") or base.head == base:
                return None, None
            base = base.head  # "should expand trade and build X", "should work together to complete X"
        else:
            return None, None
        if base.dep_ == "ccomp" and self._lemma(base.head) in self.lex.speech_verbs:
            return base.head, base
        for c in base.children:
            if c.dep_ in ("parataxis", "ccomp") and self._lemma(c) in self.lex.speech_verbs and self._subjects(c):
                return c, base
        return None, None

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
        if lemma in self.lex.project_action_verbs or self._light_participation(tok):
            objs += self._prep_objects(tok, {"on", "in"})  # "advance cooperation with X on the railways"
            if not any(c.dep_ in ("dobj", "obj") for c in tok.children) and self._hoped_clause(tok):
                # "voiced hope that the railway would open soon": what is hoped to start or open
                objs += [c for c in tok.children if c.dep_ == "nsubj"]
            if lemma == "proceed" or any(c.lower_ in ("ahead", "forward") for c in tok.children):
                objs += self._prep_objects(tok, {"with"})  # "push ahead with the pipeline", "proceed with X"
            # "so that the railway project is completed", "called for the corridor to be expanded": what the
            # passive acts on (whether anyone wants it is the intent head's to say)
            passive = [] if self._done(tok) else self._passive_subjects(tok)
            if not passive and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
                # "the railway needs to be finished": the subject is the governing verb's
                passive = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            objs += passive
            objs += self._ensured(tok)
        establishing = lemma in self.lex.establishing_verbs | self.lex.hosting_verbs or lemma in (
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
            "unveil",
        )
        projects = []
        for o in objs:
            inner = self._projects_in(o, establishing=establishing)
            if not inner and o.dep_ == "dobj":
                # "lead the consortium for the TAPI project": the parser hangs the object's "for" phrase on the
                # verb, right after the object; what a vague object is for is the project
                inner = [x for p in self._stranded_pobjs(o) for x in self._projects_in(p, 1)]
            projects += inner
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
        proposer = self._as_speaker(self._resolve_all(proposers), intent)
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
        toks = [t for t in project.subtree if t.i not in exclude]
        builder = project.head if project.dep_ == "dobj" and project.head.tag_ == "VBG" else None
        if builder is not None:
            toks += [p for p in self._prep_objects(builder, {"in"})]
        for t in toks:
            if t.ent_type_ in ("GPE", "ORG", "NORP"):
                found += self._named_parties(t)
            elif t.pos_ == "PROPN" and self.gaz.country(t.text):
                found.append(self.actors.country_actor(self.gaz.country(t.text), t.text))
        return found

    def _projects_in(self, tok, depth: int = 0, establishing: bool = False) -> list:
        """Concrete projects an object names: itself, a gerund's object ("building a railway"),
        or what a vague head is about ("progress on the railway project", "cooperation on X").
        After a verb that creates something ("set up", "launch"), a specified mechanism counts too:
        "set up a new framework for economic security talks"."""
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
        return (
            (self._lemma(tok) in self.lex.mechanism_heads or tok.lower_ in self.lex.mechanism_heads)
            and any(
                c.dep_ in ("amod", "compound", "nmod")
                or (c.dep_ == "prep" and c.lower_ in ("on", "for", "between"))
                # "an agreement to extend visas", "a mechanism to settle disputes": specified by its purpose
                or (c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
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

    # ---- filtering and merging ------------------------------------------------------
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
        text = self.doc.text
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
        if not self.published:
            return
        for ev in events:
            if ev.type != MEETING or (ev.venue or {}).get("place") or ev._remote or ev._background or ev._call:
                continue
            if ev.date and not (
                len(ev.date) == 10 and 0 <= (self.published - dt.date.fromisoformat(ev.date)).days <= 3
            ):
                continue
            names = {w for a in ev.actors for w in a["name"].split()}
            if visitor and not names & visitor:
                continue
            ev.venue = {**(ev.venue or {"occasion": None}), "place": city, "country": self.gaz.city(city)}

    def _lead_visit(self) -> tuple[str, set] | None:
        """(city, the visitor's name words or none) of the one visit to a city the article's lead tells of."""
        found = {}
        for sent in list(self.doc.sents)[:4]:
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
                    objs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
                    visitor = [c for c in verb.children if c.dep_ == "nsubj"]
                for obj in objs:
                    ent = self.actors._ent_of(obj)
                    text = ent.text if ent is not None else obj.text
                    if self.gaz.city(text) and not self.gaz.country(text):
                        persons = {w.text for v in visitor or [] for w in v.subtree if w.ent_type_ == "PERSON"}
                        found.setdefault(text, set()).update(persons)
        if len(found) != 1:
            return None
        return next(iter(found.items()))

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
            elif not same_day and not ev.venue and self.dateline and self._dateline_is_home(ev):
                ev.venue = {"place": self.dateline, "country": self.gaz.city(self.dateline), "occasion": None}

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

    def _dateline_is_home(self, ev: Event) -> bool:
        """An in-person meeting the text does not place, reported from a city of one of its parties'
        states, with no other place in the article's events: the agency's home capital receiving
        a visitor, the usual case of state news agencies."""
        home = self.gaz.city(self.dateline)
        news_day = self.dateline_date or (self.published.isoformat() if self.published else None)
        if not home or ev.date != news_day:
            return False
        return any(a.get("country") == home for a in ev.actors)

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
            else:
                self._host_state_venue(ev, meetings)

    def _host_state_venue(self, ev: Event, meetings) -> None:
        """A state speaking on the day of talks held on its own soil speaks at them ("Morocco on Thursday
        backed the talks ... as the envoy visited"; the talks "in Rabat"): the statement takes their venue
        when just one such place is named that day."""
        states = {a["country"] for a in ev.actors if a["role"] in ("source", "proposer") and a["kind"] == COUNTRY}
        if len(states) != 1 or (ev.venue or {}).get("place") or not ev.date:
            return
        places = {
            mt.venue["place"]: mt.venue
            for mt, _ in meetings
            if (mt.venue or {}).get("place")
            and mt.date == ev.date
            and not mt._remote
            and mt.venue.get("country") in states
            and not self.gaz.country(mt.venue["place"])
        }
        if len(places) == 1:
            ev.venue = {**next(iter(places.values())), **{k: v for k, v in (ev.venue or {}).items() if v}}

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
                if head != sent.root and not (reported and head.head == sent.root):
                    continue  # "the summit held yesterday" dates the summit, not the news
                if ent.label_ == "DATE" and _RELATIVE_DAY.search(ent.text):
                    found = dates.resolve(ent.text, self.anchor)
                    if found.iso and found.precision == "day" and not found.future:
                        if 0 <= (self.published - dt.date.fromisoformat(found.iso)).days <= 7:
                            return found.iso
        return None

    def _new_event(self, m: Mention) -> Event:
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

    def _standing_clause(self, trigger) -> bool:
        """The trigger's clause is a backing verb's relative clause in the present or present perfect ("which
        backs", "who has long supported") with no date of its own: it describes a party, it reports no act."""
        clause = trigger
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        if clause.dep_ != "relcl" or self._lemma(clause) not in self.lex.support_verbs | self.lex.stand_verbs:
            return False  # (a meeting "that X has held with Y" is an act of the news all the same)
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
        text = self.doc.text
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


def find_events(
    doc,
    published: dt.date | None,
    dateline: str | None = None,
    offset: int = 0,
    dateline_date: str | None = None,
    calibrated: bool = True,
    source: str | None = None,
) -> list[Event]:
    """All events of one parsed article; ``offset`` is where ``doc``'s text starts in the article;
    ``dateline_date`` (ISO) is the day the dateline gives, the news day of undated events.
    ``calibrated=False`` leaves ``confidence`` at 0 (``pipelines.train_confidence`` fits the model
    that sets it on these events); ``source``, who published it (a government's own readout speaks of
    its office-holders by bare titles)."""
    return EventFinder(doc, published, dateline, offset, dateline_date, calibrated, source).find()
