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
import re

from extractor import confidence, gazetteer, lexicon
from extractor.actors import ActorResolver, home_state_of, outlet_state_of
from extractor.rules.base import _PHONE_WORDS, EVENT_TYPES, MEETING, Event, Mention, event_id
from extractor.rules.combining import Combining, _one_actor_per_state
from extractor.rules.meetings import MeetingRules
from extractor.rules.proposals import ProposalRules
from extractor.rules.slots import SlotRules
from extractor.rules.speakers import SpeakerRules
from extractor.rules.support import SupportRules
from extractor.rules.tree import TreeRules

__all__ = ["EVENT_TYPES", "Event", "EventFinder", "Mention", "event_id", "find_events"]


# a wire story's end marker on a line of its own: what follows is the page's list of other stories
_STORY_END = re.compile(r"^[ \t]*\((?:END|ends)\)", re.MULTILINE)


class EventFinder(TreeRules, SlotRules, SpeakerRules, MeetingRules, SupportRules, ProposalRules, Combining):
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
        self._doc_text = doc.text  # spaCy joins the tokens anew at every ``doc.text``
        self.published = published
        # relative days count from the day the story was filed, which its dateline gives ("yesterday" in
        # a story datelined the 11th and published on the 12th is the 10th); else from publication
        self.anchor = dt.date.fromisoformat(dateline_date) if dateline_date else published
        self.dateline = dateline
        self.offset = offset
        self.lex = lexicon.load()
        self.gaz = gazetteer.load()
        outlet = outlet_state_of(source)
        if dateline and self.gaz.place_country(dateline) != outlet:
            # a national outlet names its own officials by title alone in copy filed at home (its copy with no
            # dateline is taken to be filed at home; a dateline abroad says otherwise)
            outlet = None
        self.actors = ActorResolver(doc, home_state_of(source), outlet)
        self.mentions: list[Mention] = []
        self._sites: set[str] = set()
        # (sentence ordinal, parties, venue, date, counted: "received four visitors") of meetings spoken of
        self._settings: list[tuple] = []
        self._sent_no: dict[int, int] = {}
        self._antecedents: dict[int, object] = {}  # a definite project head -> the project it refers back to
        self._lemmas: dict[int, str] = {}  # token index -> its mended lemma (asked for again and again)

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
        is_noun = tok.pos_ in ("NOUN", "PROPN")
        meeting_verb = tok.pos_ == "VERB" and (
            lemma in lex.meeting_verbs or lemma in lex.meeting_host_verbs or lemma in lex.meeting_light_verbs
        )
        setting_noun = is_noun and (
            lemma in lex.setting_nouns
            or tok.lower_ in lex.setting_nouns
            or lemma in lex.bare_setting_nouns
            or lemma == "call"
        )
        if not (meeting_verb or setting_noun):
            return  # no meeting word, the common case: decided before any walk of the tree
        remote = any(t.lower_ in _PHONE_WORDS for t in tok.subtree)
        clause = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else tok
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for s in self._subjects(clause) for c in s.children):
            return  # "a joint commission held its first meeting": a meeting of its own, no one else's setting
        if is_noun:
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
        elif meeting_verb:
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
        if sent.start_char >= self._story_end():
            return True  # the related headlines a wire page lists below its "(END)" line are other stories
        return not text or text.rstrip("\"\u201d' ").endswith("?")

    def _story_end(self) -> int:
        """Where the story's end marker stands: a line opening on "(END)" or "(ends)"; else past the text."""
        if getattr(self, "_story_end_at", None) is None:
            found = _STORY_END.search(self._doc_text)
            self._story_end_at = found.start() if found else len(self._doc_text)
        return self._story_end_at

    def _lemma(self, tok) -> str:
        """The token's lemma, mended where the statistical lemmatizer slips ("hopes" -> "hop", a fronted
        "Meeting Y, X said" taken for the noun); worked out once per token of the article."""
        if tok.doc is not self.doc:
            return self._mended_lemma(tok)
        lemma = self._lemmas.get(tok.i)
        if lemma is None:
            lemma = self._lemmas[tok.i] = self._mended_lemma(tok)
        return lemma

    def _mended_lemma(self, tok) -> str:
        lemma = tok.lemma_.lower()
        if self._fronted_participle(tok):
            for verb in (tok.lower_[:-3], tok.lower_[:-3] + "e"):
                if verb in self.lex.all_words:
                    return verb
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

    @staticmethod
    def _fronted_participle(tok) -> bool:
        """ "Meeting Y, X said ...": a participle opening the sentence that the tagger took for a noun."""
        return tok.pos_ == "NOUN" and tok.dep_ == "advcl" and tok.is_sent_start and tok.lower_.endswith("ing")

    def _mentions_at(self, tok):
        lemma = self._lemma(tok)
        lex = self.lex
        fronted = self._fronted_participle(tok)
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT") or fronted:
            if lemma in lex.meeting_verbs:
                yield "meeting_verb", self._meeting_verb(tok)
            if lemma in lex.meeting_light_verbs:
                yield "meeting_light", self._meeting_light(tok)
            if lemma in lex.meeting_call_verbs:
                yield "meeting_call", self._meeting_call(tok)
            if lemma in lex.meeting_host_verbs or lemma == "take":
                yield "meeting_host", self._meeting_host(tok)
            elif lemma in ("accept", "present", "hand", "submit"):
                yield "credentials", self._credentials(tok)
            if lemma in lex.handing_verbs:
                yield "meeting_handed", self._meeting_handed(tok)
            if lemma in lex.signing_verbs:
                yield "meeting_signed", self._meeting_signed(tok)
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
                or (lemma in lex.undertaking_verbs and self._capacity_objects(tok))
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
        if tok.lower_ in lex.supportive_adjectives and tok.pos_ == "ADJ":
            yield "support_adjective", self._supportive(tok)
        if tok.lower_ in lex.commitment_adjectives and tok.pos_ in ("ADJ", "VERB"):
            yield "support_committed", self._support_committed(tok)


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
