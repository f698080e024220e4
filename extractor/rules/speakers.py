"""Who is speaking when a statement is reported speech.

A mixin of ``extractor.events.EventFinder``: its methods read the finder's state (``self.doc``,
``self.lex``, ``self.gaz``, ``self.actors``, ...) and call the other rule mixins through ``self``.
"""

from __future__ import annotations

from extractor.actors import COUNTRY, ORGANIZATION, PERSON, Actor
from extractor.rules.base import _SAME_DAY, Mention


class SpeakerRules:
    def _speaker(self, tok) -> Actor | None:
        speaker = self._speaker_named(tok)
        if speaker is not None and speaker.kind == PERSON and speaker.country is None:
            # "X said Islamabad stands committed to ...", "X said Ankara is ready to ...": a capital
            # standing for its state in the speaker's own words is the speaker's state
            states = {
                self.gaz.capital(t.text)
                for t in tok.sent
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.ent_type_ == "GPE"
                and self.gaz.capital(t.text)
                and self._dateline_dash(t) is None  # the dateline's city hung on the verb is no one's words
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
        speakers = self._speakers_named(tok)
        return speakers[0] if speakers else None

    def _speakers_named(self, tok) -> list[Actor]:
        """Who says the clause of ``tok``: the persons of the speech verb's subject (all of them when it is
        coordinated, "A and his counterpart B said ..."), first the first; else the one party found."""
        head = tok
        for _ in range(6):
            if self._lemma(head) in self.lex.speech_verbs | self.lex.assure_verbs and head != tok:
                subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                actors = self._resolve_all(subs)
                persons = [a for a in actors if a.kind == PERSON]
                if persons:
                    return persons
                if actors:
                    return actors[:1]
            for c in head.children:  # "according to X"
                if c.lower_ == "according":
                    for t in c.subtree:
                        if t.dep_ == "pobj":
                            actors = self._resolve_all([t])
                            if actors:
                                return actors[:1]
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
                    return persons
                if not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
                    # "Kazakhstan supports X, Kazakh Foreign Minister Y said": the parser hangs the speaker
                    # on the statement's last noun, as an apposition just before the subjectless verb
                    person = self._person_before(c)
                    if person is not None:
                        return [person]
        # a quotation whose speaker stands in the next sentence is not followed here
        return []

    def _person_before(self, verb) -> Actor | None:
        """The person named right before ``verb``, after a comma: "..., Foreign Minister Y said"."""
        person = self.actors._person_at.get(verb.i - 1)
        if person is None:
            return None
        start = verb.i - 1
        while start > verb.sent.start and (
            self.actors._person_at.get(start - 1) is person
            or self.doc[start - 1].pos_ in ("PROPN", "ADJ")
            or self.doc[start - 1].lower_ in self.lex.title_words
        ):
            start -= 1
        if start <= verb.sent.start or self.doc[start - 1].text != ",":
            return None
        return self.actors.person_actor(person)

    def _as_speaker(self, actors: list[Actor], tok) -> list[Actor]:
        """A person speaking for a state is one actor: the person (ANNOTATION.md)."""
        speaker = self._speaker(tok)
        if speaker is None or speaker.kind != PERSON:
            return actors
        # "A of X and B of Y said Y backs ...": each state stated by one of several speakers of its own
        # is that speaker
        by_state = {s.country: s for s in reversed(self._speakers_named(tok)) if s.kind == PERSON and s.country}
        if speaker.country:
            by_state[speaker.country] = speaker
        out = []
        states = [a for a in actors if a.kind == COUNTRY]
        for a in actors:
            if a.kind == COUNTRY and a.country in by_state:
                a = by_state[a.country]
            elif a.kind == ORGANIZATION and self.actors.body_of(speaker) == a.name:
                # "EU foreign policy chief X said the European Union stands with Y": X speaks for the body
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
