"""What every rule module shares: event types, the mention and event records, word sets."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from extractor import dates
from extractor.actors import Actor

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
    "interconnection",
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
    r"|\bthis (morning|afternoon|evening)\b|\blast night\b",
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
    # a slot is one line: no paragraph break a headline's phrase ran into, no doubled spaces
    return " ".join(doc[tokens[0].i : tokens[-1].i + 1].text.split())
