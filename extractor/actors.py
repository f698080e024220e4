"""Resolve the noun phrases of a parsed article to actors with full names.

An article introduces "Chinese President Xi Jinping" and then says "Xi", "the
Chinese leader" or "he". ``ActorResolver`` reads the whole ``Doc`` once, builds
a register of the people it names (fullest name, state, titles), and then maps
any token that heads a noun phrase to the actors it stands for.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources

from extractor import gazetteer, lexicon
from extractor.folding import strip_accents

PERSON, COUNTRY, ORGANIZATION, GROUP = "person", "country", "organization", "group"
_DELEGATION_HEADS = ("delegation", "team", "mission", "group")

# Office titles are not part of a name ("President Xi Jinping" is "Xi Jinping");
# honorifics that belong to how a person is named (Sheikh, King, Prince) stay.
_OFFICE_WORDS = {
    "president",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "general",
    "secretary-general",
    "chancellor",
    "premier",
    "vice",
    "deputy",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "ambassador",
    "senator",
    "governor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "envoy",
    "counterpart",
    "chairman",
    "chairwoman",
    "director",
    "director-general",
    "commissioner",
    "state",
    "councillor",
    "defense",
    "defence",
    "affairs",
    "external",
    "finance",
    "trade",
    "crown",
}
_PLURAL_REFERENCES = {
    "they",
    "them",
    "their",
    "both",
    "leaders",
    "sides",
    "parties",
    "countries",
    "nations",
    "presidents",
    "ministers",
    "delegations",
    "officials",
    "we",
    "us",
    "our",
}
_SINGULAR_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_HONORIFIC_NAMES = {
    "sheikh",
    "shaikh",
    "sheikha",
    "prince",
    "princess",
    "king",
    "queen",
    "emir",
    "amir",
    "sultan",
    "emperor",
    "empress",
}


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    country: str | None

    def key(self) -> tuple:
        if self.kind == COUNTRY:
            return (COUNTRY, self.country)
        return (self.kind, self.name.lower())


@dataclass
class _Person:
    name: str
    tokens: frozenset
    country: str | None
    first: int
    titles: set = field(default_factory=set)
    posted_to: str | None = None  # the state an envoy is accredited to ("Ambassador to Pakistan")


def _name_tokens(name: str) -> frozenset:
    return frozenset(t for t in re.split(r"[\s\-]+", strip_accents(name).lower()) if t)


def clean_person_name(text: str) -> str:
    text = re.sub(r"['\u2019]s?$", "", text.strip()).strip(" ,.")
    words = text.split()
    while len(words) > 1 and words[0].lower().strip(".") in _OFFICE_WORDS | {"mr", "mrs", "ms", "dr", "shri", "smt"}:
        words = words[1:]
    return " ".join(words)


def home_state_of(source: str | None) -> str | None:
    """The state whose government publishes under ``source`` ("UK Prime Minister's Office", "Ministry of
    Foreign Affairs of Japan"): a source naming one of a government's organs and a state (the first
    named); a news agency ("Ghana News Agency") is no government's voice."""
    if not source:
        return None
    by_key, publishers = _government_publishers()
    if hit := publishers.search(source):
        return by_key[hit.group().lower()]
    lex, gaz = lexicon.load(), gazetteer.load()
    words = re.findall(r"[A-Za-z][A-Za-z.'’-]*", source)
    lowered = " ".join(w.lower() for w in words)
    if not any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in lex.government_source_words):
        return None
    for i in range(len(words)):
        for j in range(min(len(words), i + 4), i, -1):
            chunk = " ".join(words[i:j])
            chunk = re.sub(r"['’]s$", "", chunk)
            iso = gaz.country(chunk) or gaz.demonym(chunk)
            if iso:
                return iso
    return None


@functools.cache
def _outlets_file() -> dict:
    return json.loads(resources.files("extractor").joinpath("data", "outlets.json").read_text(encoding="utf-8"))


@functools.cache
def _government_publishers() -> tuple[dict[str, str], re.Pattern]:
    """Government publishers whose names state no country ("GOV.UK", "The White House", "Kremlin"), from
    ``data/outlets.json``: their states by lower-cased name, and a pattern of whole names in any case."""
    names = _outlets_file()["governments"]
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.-])(?:{alts})(?![\w-])", re.IGNORECASE)
    return {name.lower(): iso for name, iso in names.items()}, pattern


@functools.cache
def _outlet_patterns() -> tuple[dict[str, str | None], re.Pattern, re.Pattern]:
    """The outlets of ``data/outlets.json`` and two patterns that find them: names as words in any case,
    acronyms ("MAP", "AP") only in capitals."""
    outlets = _outlets_file()["outlets"]
    by_key = {name.lower(): iso for name, iso in outlets.items()}

    def pattern(names, flags=0):
        alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w.-])(?:{alts})(?![\w-])", flags)

    acronyms = [n for n in outlets if n.replace("-", "").replace(".", "").isupper()]
    words = [n for n in outlets if n not in acronyms]
    return by_key, pattern(words, re.IGNORECASE), pattern(acronyms)


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet's whole name ("Xinhua", "Reuters", "the Associated Press")."""
    by_key = _outlet_patterns()[0]
    return re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).lower() in by_key or name.strip().lower() in by_key


def _first_outlet(text: str) -> tuple[bool, str | None]:
    """(found, its state) of the first outlet ``text`` names; the longest at one place."""
    by_key, words, acronyms = _outlet_patterns()
    hits = [m for m in (words.search(text), acronyms.search(text)) if m]
    if not hits:
        return False, None
    first = min(hits, key=lambda m: (m.start(), -len(m.group())))
    return True, by_key[first.group().lower()]


def outlet_state_of(source: str | None) -> str | None:
    """The state an outlet reports from (``data/outlets.json``): "Yonhap" is South Korea's, "Reuters" no
    state's. A state in brackets says it ("Capital FM (Kenya)"); a known outlet in brackets first wrote
    the story ("IANS (Yonhap)", "Malay Mail (Bernama)"), as does one after a slash ("Arab News / SPA");
    what came "via" another only republished it."""
    if not source:
        return None
    gaz = gazetteer.load()
    own = re.sub(r"\(?\bvia\b[^)]*\)?", " ", source, flags=re.IGNORECASE)
    brackets = re.findall(r"\(([^()]*)\)", own)
    for inner in brackets:
        if iso := gaz.country(inner.strip()):
            return iso
    # "Arab News / SPA", "MENAFN / Anadolu": the credit after the slash is the agency that wrote it
    credits = brackets + [part for part in reversed(re.sub(r"\([^()]*\)", " ", own).split("/")) if part.strip()]
    for part in credits:
        found, iso = _first_outlet(part)
        if found:
            return iso
    # "KBC (Kenya Broadcasting Corporation)", "Radio Pakistan", "The Times of India": a national outlet
    # whose name is its state's
    words = re.findall(r"[A-Z][a-z]+", own)
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    named = {gaz.country(w) for w in words + pairs}
    named.discard(None)
    return named.pop() if len(named) == 1 else None


# lowercase words inside names ("Maria Manuela dos Santos Lucas", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset(
    {"dos", "das", "da", "de", "do", "del", "della", "di", "van", "von", "der", "den", "le", "la"}
)

# courtesy titles that open a person's name as written ("Dr Mohammad Al-Fares", "Mr. Tsend")
_COURTESY_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Dato", "Datuk"})


class ActorResolver:
    """Maps tokens of one ``Doc`` to actors. Build one per article."""

    def __init__(self, doc, home_state: str | None = None, outlet_state: str | None = None):
        self.doc = doc
        # the entity each token belongs to, read once: spaCy builds ``doc.ents`` anew at every access
        self._ent_at = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        # the state whose government published the article (``home_state_of`` its source): whose its
        # unnamed "the Prime Minister" is
        self.home_state = home_state
        # the state of a national outlet filing from home (``outlet_state_of``): whose office-holders its
        # copy names by title alone
        self.outlet_state = outlet_state
        self.gaz = gazetteer.load()
        self.lex = lexicon.load()
        self.persons: list[_Person] = []
        self._person_at: dict[int, _Person] = {}
        self._subjects: list[tuple[int, _Person]] = []  # (token index, person) of person subjects
        self._abbreviated_titles: set[str] = set()  # "CS Mutua", "PM Modi": a title in capitals
        self._acronyms = self._defined_acronyms()
        self.meetings: list[tuple[int, list[Actor]]] = []  # filled by the event finder as it goes
        self._counting: set[int] = set()  # counted nouns whose list is being read (``_counted_states``)
        self._register_people()

    def _defined_acronyms(self) -> dict[str, str]:
        """ "the Persian Gulf Cooperation Council (PGCC)", "the Federated States of Micronesia (FSM)": what the
        article's own acronyms stand for."""
        doc = self.doc
        found: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "GPE", "LOC") or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
                continue
            acronym, close = doc[ent.end + 1], doc[ent.end + 2]
            if close.text == ")" and acronym.text.isupper() and acronym.text.isalpha() and len(acronym) > 1:
                name = re.sub(r"^the\s+", "", ent.text, flags=re.I)
                if acronym.text[0] == name[:1].upper() and len(name.split()) > 1:
                    found[acronym.text] = name
        return found

    def _organization(self, text: str) -> tuple[str, str | None] | None:
        """A body the article spelled out before its acronym (the article's "IOC" before the gazetteer's),
        or one the gazetteer knows."""
        if text in self._acronyms:
            full = self._acronyms[text]
            return self.gaz.organization(full) or (full, None)
        return self.gaz.organization(text)

    # ---- the register of people -------------------------------------------------
    def _titled_names(self):
        """ "The Chairperson of the Commission, Moussa Faki Mahamat,": a proper-noun phrase in apposition
        to an office title is a person, whatever label the tagger gave it."""
        doc = self.doc
        for tok in doc:
            if (
                tok.pos_ == "PROPN"
                and tok.ent_type_ != "PERSON"
                and tok.lower_ not in self.lex.title_words
                and tok.lower_ not in self.lex.meeting_nouns  # "the State Visit of": an event, no name
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
            ):
                # "Moroccan King Mohammed VI": the proper nouns after an office title name a person
                # (the compounds nest: "Sultan" hangs on "Hassanal", which hangs on "Bolkiah")
                chain = [c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "PROPN"]
                titles = [c for c in chain if c.lower_ in self.lex.title_words]
                if titles:
                    start = titles[-1].i + 1
                    if start <= tok.i and not any(
                        doc[i].ent_type_ in ("GPE", "NORP", "ORG") and self.gaz.place_country(doc[i].text)
                        for i in range(start, tok.i + 1)
                    ):
                        yield doc[start : tok.i + 1]
                        continue
            if (
                tok.pos_ == "PROPN"
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and tok.head.head.lower_ in self.lex.title_words
                and tok.ent_type_ != "PERSON"
            ):
                # "Prime Minister of India Narendra Modi", "President of the Republic Dina Boluarte": the state (or
                # the form of it), then the holder's name
                chain = [c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound" and c.pos_ == "PROPN"]
                if chain and (self.gaz.country(chain[0].text) or chain[0].lower_ in self.lex.state_forms):
                    start = chain[0].i + 1
                    if tok.i - start >= 1 and all(doc[i].pos_ == "PROPN" for i in range(start, tok.i)):
                        yield doc[start : tok.i + 1]
                        continue
            posted = self._name_after_posting(tok)
            if posted is not None:
                yield posted
                continue
            named = self._name_before_title(tok)
            if named is not None:
                yield named
                continue
            if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head.lower_ not in self.lex.title_words:
                continue
            if tok.ent_type_ in ("PERSON", "GPE", "NORP", "DATE") or self.gaz.organization(tok.text):
                continue
            start = self._compound_start(tok)
            if tok.i - start >= 1:
                yield doc[start : tok.i + 1]

    def _compound_start(self, tok) -> int:
        """Where the run of proper nouns compounded onto ``tok`` starts ("Moussa Faki | Mahamat")."""
        doc = self.doc
        start = tok.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].head.i <= tok.i
        ):
            start -= 1
        return start

    def _name_after_posting(self, tok):
        """ "Chinese Ambassador to Pakistan Nong Rong": proper nouns after the state an envoy is posted
        to are his name, whatever label the tagger gave them."""
        doc = self.doc
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ in ("GPE", "NORP", "PERSON"):
            return None
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
            start -= 1
        name = self._after_posting(doc[start : tok.i + 1])
        if name is None or not all(t.pos_ == "PROPN" and t.is_title for t in name):
            return None
        return name

    def _posting_title(self, index: int) -> int | None:
        """Where the envoy's title starts when ``doc[index]`` is the "to" of "Ambassador Extraordinary and
        Plenipotentiary of the People's Republic of China to Vietnam": the title, its state and this "to"
        make one phrase."""
        doc = self.doc
        if doc[index].lower_ not in ("to", "in"):
            return None
        titles = self.lex.title_words | self.lex.honorific_words
        for i in range(index - 1, max(doc[index].sent.start, index - 14) - 1, -1):
            t = doc[i]
            if t.lower_ in titles and t.lower_ not in ("the", "his", "her") and t.is_title:
                return i
            if not (t.pos_ in ("PROPN", "DET", "PART", "CCONJ") or t.lower_ == "of"):
                return None
        return None

    def _after_posting(self, span):
        """The part of ``span`` after a leading state an envoy is posted to ("[to] Ghana | Obiageli
        Ekwueme"), or None when it does not start with one."""
        if span.start < 2 or self._posting_title(span.start - 1) is None:
            return None
        for k in range(len(span) - 1, 0, -1):
            if self.gaz.country(span[:k].text) and not self.gaz.place_country(span[k].text):
                return span[k:]
        return None

    def _name_before_title(self, tok):
        """ "Mehdi Honardoost, Iran's Ambassador to Pakistan": proper nouns with an office title in
        apposition name a person, whatever label the tagger gave them."""
        doc = self.doc
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "NORP", "DATE") or tok.dep_ == "compound":
            return None
        if not any(c.dep_ == "appos" and c.lower_ in self.lex.title_words and c.i > tok.i for c in tok.children):
            return None
        start = self._compound_start(tok)
        ent = self._ent_of(tok)
        if ent is not None and ent.end == tok.i + 1:  # "Kwabena Ofori-Atta Mensah": the hyphen breaks the chain
            start = min(start, ent.start + (ent[0].lower_ == "the"))
        span = doc[start : tok.i + 1]
        words = [t for t in span if t.lower_.strip(".") not in _OFFICE_WORDS and not t.is_punct]
        if len(words) < 2 or not all(t.is_title for t in words):
            return None
        if any(
            t.lower_ in self.lex.all_words
            or t.lower_ in self.lex.title_words
            or self.gaz.place_country(t.text)
            or self.gaz.demonym(t.text)
            for t in words
        ):
            return None
        if ent is not None and (self.gaz.organization(ent.text) or self._state_organ(ent.text)):
            return None
        return span

    def _person_spans(self):
        """PERSON entities, each stretched over proper nouns the tagger cut off ("Pham Minh | Chinh")."""
        doc = self.doc
        spans = [e for e in doc.ents if e.label_ == "PERSON"] + list(self._titled_names())
        spans += self._untagged_repeats(spans)
        spans.sort(key=lambda e: e.start)
        title_parts = {w for t in self.lex.title_words for w in t.split()} | self.lex.honorific_words
        for ent in spans:
            if all(t.lower_ in title_parts for t in ent):
                continue  # "the Chairperson", "HRH the Crown Prince" tagged as a name
            if ent.text.lower() in self.lex.media_platforms:
                continue  # "wrote on Twitter": a platform the tagger took for a person
            ent = self._after_posting(ent) or ent  # "Ambassador to [Ghana Obiageli Ekwueme]"
            start = ent.start
            while start > 0 and ent.start - start < 3 and self._name_part(doc[start - 1]):
                start -= 1
            while start > 0 and doc[start - 1].lower_ in _HONORIFIC_NAMES and doc[start - 1].is_title:
                start -= 1  # "Sheikh Salem ...": the honorific is part of how the person is named
            if start < ent.start:
                ent = doc[start : ent.end]
            while len(ent) > 1 and self.gaz.demonym(ent[0].text):
                ent = doc[ent.start + 1 : ent.end]  # "Belgian King Philippe" tagged whole: the state is context
            if len(ent) > 2 and self._headline_verb(ent[0]):
                ent = doc[ent.start + 1 : ent.end]  # a headline's "Congratulates Li Qiang on ..." tagged whole
            # "Minister of Higher Education Dr Mohammad Al-Fares" tagged from "Higher": the name opens at the
            # courtesy title
            opening = [t.i for t in ent[1:] if t.text.rstrip(".") in _COURTESY_TITLES]
            if opening and len(ent) - (opening[-1] - ent.start) > 1:
                ent = doc[opening[-1] : ent.end]
            # a headline's "Wang Yi Meets Mongolian FM", "Jokowi Holds Bilateral Talks": the name ends at the verb
            cut = next((t.i for t in ent[1:] if t.is_title and self._third_person_verb(t)), None)
            if cut is not None:
                ent = doc[ent.start : cut]
            end = ent.end
            # "Maria Manuela | dos | Santos Lucas": a lowercase particle between two parts of one name
            while end < len(doc) and doc[end].lower_ in _NAME_PARTICLES:
                k = end
                while k < len(doc) and doc[k].lower_ in _NAME_PARTICLES and k - end < 2:
                    k += 1
                rest = k
                while rest < len(doc) and self._name_part(doc[rest], organisation_ok=True):
                    rest += 1
                if rest == k:
                    break
                end = rest
            if end > ent.end:
                ent = doc[ent.start : end]
            while (
                end < len(doc)
                and end - ent.end < 2
                and doc[end].pos_ == "PROPN"
                and (doc[end].is_title or re.fullmatch(r"[IVX]{1,4}", doc[end].text))  # "Felipe VI"
                and not self._headline_word(doc[end])  # a headline's "Wang Yi Holds Talks"
                and doc[end].ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "PERSON", "EVENT")
                and doc[end].lower_ not in self.lex.title_words
                and not any(doc[end].lower_ in t.split() for t in self.lex.title_words)  # "Moldovan | Foreign Minister"
            ):
                end += 1
            yield doc[ent.start : end] if end > ent.end else ent

    def _untagged_repeats(self, spans) -> list:
        """ "Estonian Minister of Foreign Affairs Margus Tsahkna" where the tagger missed the name it tagged
        elsewhere in the article: the same two or more words, wherever they stand, name that person too (and
        the title there gives the state)."""
        doc = self.doc
        names = {
            tuple(t.lower_ for t in e)
            for e in spans
            if len(e) >= 2 and all(t.pos_ == "PROPN" or t.text == "-" for t in e)  # ("Kassym-Jomart Tokayev")
        }
        covered = {i for e in spans for i in range(e.start, e.end)}
        found = []
        for name in names:
            n = len(name)
            for i in range(len(doc) - n + 1):
                if i in covered or doc[i].lower_ != name[0]:
                    continue
                if tuple(t.lower_ for t in doc[i : i + n]) == name and not any(j in covered for j in range(i, i + n)):
                    found.append(doc[i : i + n])
                    covered.update(range(i, i + n))
        return found

    def _place_named(self, ent) -> bool:
        """A span the tagger took for a person that the words around it show to be a place or an office:
        one a place noun follows ("the Alto Verde region"), the first half of a coordinated place name
        ("Antigua and Barbuda", or one the article gives an acronym, "Azad Gilgit and Baltistan (AGB)"), an
        organisation's name in brackets after it ("the Ministry of Foreign Affairs (Wisma Putra)"), or a
        name with a word of an office's seat ("the Emiri Diwan")."""
        doc = self.doc
        if any(t.lower_ in self.lex.office_seat_words for t in ent):
            return True
        end = ent.end
        if end < len(doc) and doc[end].is_lower and doc[end].lemma_.lower() in self.lex.place_name_heads:
            return True
        if 0 < ent.start and end < len(doc) and doc[ent.start - 1].text == "(" and doc[end].text == ")":
            before = doc[ent.start - 2] if ent.start > 1 else None
            if before is not None and before.ent_type_ in ("ORG", "FAC"):
                return True
        return self._half_of_place(ent)

    def _half_of_place(self, ent) -> bool:
        """One half of a two-part place name: "Antigua and Barbuda", or one the article gives an acronym
        ("Azad Gilgit and Baltistan (AGB)")."""
        doc = self.doc
        for start, stop in self._coordinated_name(ent):
            whole = doc[start:stop].text
            if self.gaz.country(whole) or self.gaz.place_country(whole):
                return True
            if stop + 2 < len(doc) and doc[stop].text == "(" and doc[stop + 2].text == ")":
                initials = "".join(t.text[0] for t in doc[start:stop] if t.is_title)
                if doc[stop + 1].text.isupper() and doc[stop + 1].text == initials.upper():
                    return True
        return False

    def _coordinated_name(self, ent):
        """(start, end) of each phrase "A and [the] B" the span may be one half of, B or A up to three
        capitalised proper nouns long: the candidates for one two-part place name."""
        doc = self.doc

        def capitalised(k):
            return 0 <= k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN"

        j = ent.end
        if j + 1 < len(doc) and doc[j].lower_ == "and":
            j += 2 if doc[j + 1].lower_ == "the" else 1
            k = j
            while capitalised(k) and k - j < 3:
                k += 1
                yield ent.start, k
        i = ent.start - 1
        if i > 0 and doc[i].lower_ == "the":
            i -= 1
        if i > 0 and doc[i].lower_ == "and":
            k = i
            while capitalised(k - 1) and i - k < 3:
                k -= 1
                yield k, ent.end

    def _headline_word(self, tok) -> bool:
        """A capitalised trigger word of a headline ("Holds", "Talks"), not a name."""
        w = tok.lower_
        return any(x in self.lex.all_words for x in (w, tok.lemma_.lower(), w[:-1], w[:-2]) if len(x) > 2)

    def _headline_verb(self, tok) -> bool:
        """A headline's opening verb in the third person ("Congratulates", "Meets", "Receives"), which the
        tagger may take into the name after it."""
        return tok.is_sent_start and self._third_person_verb(tok)

    def _third_person_verb(self, tok) -> bool:
        """ "Meets", "Holds", "Congratulates": an event verb of the lexicon in its third-person form."""
        w = tok.lower_
        return w.endswith("s") and any(x in self.lex.all_words for x in (w[:-1], w[:-2]) if len(x) > 2)

    def _name_part(self, tok, organisation_ok: bool = False) -> bool:
        """A capitalised proper noun the tagger left out of a name next to it (after a particle, "dos | Santos
        Lucas", also one it took for an organisation's)."""
        kept_out = ("GPE", "NORP", "LOC", "DATE", "EVENT", "FAC") + (() if organisation_ok else ("ORG",))
        return (
            tok.pos_ == "PROPN"
            and tok.is_title
            and tok.lower_ not in self.lex.title_words
            and not any(tok.lower_ in t.split() for t in self.lex.title_words)  # the "Crown" of "Crown Prince"
            and tok.ent_type_ not in kept_out
            and not self.gaz.place_country(tok.text)
            # "of Saudi Arabia Mohammad ...": the end of a two-word state name is no part of a name
            and not (tok.i > 0 and self.gaz.place_country(f"{self.doc[tok.i - 1].text} {tok.text}"))
        )

    def _register_people(self) -> None:
        for ent in self._person_spans():
            if len(ent) > 1 and self._title_abbreviation(ent.start + 1):
                ent = ent[1:]  # "CS Mutua" tagged whole: the capitals are his title
            name = clean_person_name(ent.text)
            if not name or not any(c.isupper() for c in name):
                continue
            if self.gaz.country(name) or self.gaz.city(name) or self.gaz.organization(name):
                continue  # "Azerbaijan" tagged as a person is still a state
            if self._place_named(ent):
                continue  # "in the Alto Verde region", "Antigua and Barbuda Prime Minister X": a place
            if " " not in name and self.gaz.demonym(name):
                continue  # "the Kazakh government" with "Kazakh" tagged as a person: the state's adjective
            tokens = _name_tokens(name)
            if tokens and tokens <= self.lex.state_organ_heads | self.lex.portfolio_words:
                continue  # "of the State Council Li Wei": "Council" cut off the title is no person
            country, titles = self._person_context(ent)
            if country is None and (titles | tokens) & self.lex.royal_titles:
                country = self.gaz.royal_house(name)  # "Sheikh Nasser ... Al-Sabah": a son of Kuwait's ruling house
            if country is None:
                # "Datuk Seri Anwar Ibrahim": a title of one state's honours (the honorific may precede the span)
                country = self.gaz.honorific_state(name) or self.gaz.honorific_state(self._with_left_words(ent, 2))
            person = self._match_person(tokens)
            if person is None:
                person = _Person(name, tokens, country, ent.start, titles)
                self.persons.append(person)
            else:
                if len(tokens) > len(person.tokens) and person.tokens <= tokens:
                    person.name, person.tokens = name, tokens
                if person.country is None and country is not None:
                    person.country = country
                person.titles |= titles
            person.posted_to = person.posted_to or self._posted_state(ent)
            for i in range(ent.start, ent.end):
                self._person_at[i] = person
            self._note_subject(ent.root, person)
        self._register_short_forms()
        self._register_title_appositions()
        self._home_officials()
        for i, person in list(self._person_at.items()):
            abbr = self._title_abbreviation(i) if i - 1 not in self._person_at else None
            if abbr:
                person.titles.add(abbr)
                self._abbreviated_titles.add(abbr)
        self._subjects.sort(key=lambda pair: pair[0])

    def _home_officials(self) -> None:
        """In a government's own readout ("Foreign Minister Wang Yi met Mongolia's Foreign Minister X"), an
        office-holder named with no state is the publishing government's: a readout names the other
        side's state and leaves its own unsaid. So does a national outlet filing from home ("Foreign
        Minister Park Jin" in Yonhap's copy from Seoul)."""
        home = self.home_state or self.outlet_state
        if home is None:
            return
        for person in self.persons:
            if person.country is None and person.posted_to is None and person.titles & self.lex.host_office_titles:
                if not self._titled_by_body(person):
                    person.country = home

    def _titled_by_body(self, person: _Person) -> bool:
        """ "ASEAN Secretary-General X", "NATO Secretary General X": a body's office-holder, of no state."""
        i = person.first - 1
        while i >= 0 and i >= person.first - 6:
            tok = self.doc[i]
            if tok.is_punct and tok.text != "-" or tok.is_sent_start and tok.pos_ not in ("PROPN", "NOUN"):
                break
            if tok.ent_type_ == "ORG" and self._organization(self._ent_text(tok)) or self.gaz.organization(tok.text):
                return True
            if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") and tok.lower_ not in self.lex.title_words:
                break
            i -= 1
        return False

    def _register_title_appositions(self) -> None:
        """ "the new Kenyan Cabinet Secretary for Foreign Affairs, Alfred Mutua,": a title phrase set before
        a name with a comma gives that person its titles and state, as "Kenyan Cabinet Secretary Alfred
        Mutua" would; the register then knows who "the Cabinet Secretary" and "the Kenyan minister" are."""
        for tok in self.doc:
            if tok.lower_ not in self.lex.title_words or tok.dep_ in ("compound", "amod", "poss", "det"):
                continue
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self._person_at:
                continue
            if tok.dep_ == "pobj" and tok.head.head.lower_ in self.lex.title_words:
                continue  # the "State" of "Secretary of State": its title's phrase is read from the head
            person = self._name_after_phrase(tok)
            if person is None:
                continue
            person.titles |= self._phrase_titles(tok)
            if person.country is None:
                person.country = self._phrase_state(tok)

    def _phrase_titles(self, tok) -> set:
        """The title words of the phrase headed by ``tok`` ("prime" and "minister" of "Prime Minister")."""
        words = {tok.lower_}
        for c in tok.lefts:
            if c.dep_ in ("compound", "amod") and (
                c.lower_ in self.lex.title_words or f"{c.lower_} {tok.lower_}" in self.lex.title_words
            ):
                words.add(c.lower_)
        return words

    def _phrase_state(self, tok) -> str | None:
        """The state a title phrase names for its holder: "the Kenyan Cabinet Secretary", "Ghana's
        Minister", "the Ambassador of the United States to Ghana" (the state of "of", not of "to")."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss"):
                iso = self.gaz.demonym(c.text) or self.gaz.country(self._ent_text(c))
                if iso:
                    return iso
        head = tok
        for _ in range(3):  # "the Minister of Trade of Peru": down the chain of "of"s
            objs = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            objs = [p for p in objs if p.dep_ == "pobj"]
            if not objs:
                return None
            head = objs[0]
            iso = self.gaz.country(self._ent_text(head)) or self.gaz.country(head.text) or self.gaz.demonym(head.text)
            if iso:
                return iso
        return None

    def _title_abbreviation(self, start: int) -> str | None:
        """ "CS Mutua", "FM Lavrov": capitals right before a name, naming no state or body, abbreviate
        the person's title ("the CS said" is then that person)."""
        if start == 0:
            return None
        tok = self.doc[start - 1]
        text = tok.text.replace(".", "")
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 4) or tok.lower_ in self.lex.honorific_words:
            return None
        if self.gaz.country(text) or self.gaz.organization(text) or self.gaz.demonym(text):
            return None
        return text.lower()

    def _note_subject(self, root, person: _Person) -> None:
        if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
            self._subjects.append((root.i, person))

    def _register_short_forms(self) -> None:
        """A surname alone is often mislabelled ("Blinken" as a place): a proper noun that is part
        of exactly one registered name, and names no state or city, is that person."""
        by_token: dict[str, list[_Person]] = {}
        for person in self.persons:
            if len(person.tokens) < 2:
                continue
            for t in person.tokens:
                by_token.setdefault(t, []).append(person)
        for tok in self.doc:
            if tok.i in self._person_at or tok.pos_ != "PROPN":
                continue
            people = by_token.get(tok.lower_)
            if not people or len(people) != 1 or tok.lower_ in self.lex.title_words:
                continue
            if self.gaz.country(tok.text) or self.gaz.city(tok.text) or self.gaz.demonym(tok.text):
                continue
            if any(self._person_at.get(i) is people[0] for i in (tok.i - 1, tok.i + 1)):
                continue
            self._person_at[tok.i] = people[0]
            self._note_subject(tok, people[0])

    def _match_person(self, tokens: frozenset) -> _Person | None:
        best = None
        for person in reversed(self.persons):
            if tokens <= person.tokens or person.tokens <= tokens:
                # the most recently introduced candidate wins on ties
                if best is None or len(person.tokens & tokens) > len(best.tokens & tokens):
                    best = person
        return best

    def _person_context(self, ent) -> tuple[str | None, set]:
        """The state and titles written around a person's name."""
        doc = self.doc
        titles: set = set()
        country = None
        org_seen = False
        # Left: "Kuwait's Deputy Prime Minister and Foreign Minister Sheikh ...", "Chinese President Xi".
        i = ent.start - 1
        sent_start = ent.sent.start
        if sent_start == ent.start and i >= 0 and doc[i].lower_ in self.lex.title_words:
            sent_start = doc[i].sent.start  # "President | Yoon Suk Yeol began": the parser split the title off
        while i >= sent_start and ent.start - i <= 12:
            tok = doc[i]
            if i == ent.start - 1 and tok.pos_ == "ADP":
                break  # "his first visit as Amir to King X": a title before "to X" is another person's
            if tok.lower_ in ("of", "for", "to") and i > sent_start and doc[i - 1].lower_ in self.lex.title_words:
                i -= 1  # "Secretary of State", "Minister of Foreign Affairs", "Special Envoy for Syria"
                continue
            title_at = self._posting_title(i)
            if title_at is not None:
                # "Ambassador Extraordinary and Plenipotentiary of China to Vietnam He Wei": his state is the
                # one of the title, not the one he is posted to
                for t in doc[title_at + 1 : i]:
                    if country is None and t.ent_type_ == "GPE" and t.dep_ == "pobj":
                        country = self.gaz.country(self._ent_text(t))
                    if t.lower_ in self.lex.title_words:
                        titles.add(t.lower_)
                i = title_at
                continue
            if (
                (tok.pos_ in ("VERB", "ADV", "ADP") and tok.dep_ in ("amod", "advmod", "prt") or tok.text == "-")
                and not tok.ent_type_
                and i - 4 < tok.head.i < ent.end
            ):
                i -= 1  # "Malaysia's newly sworn-in Prime Minister X": a participle inside the title's phrase
                continue
            if tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") or tok.text in (
                ",",
                ";",
                ":",
                '"',
                "(",
                ")",
            ):
                break
            if tok.pos_ == "DET" and tok.lower_ not in ("the",):
                break
            if tok.pos_ == "CCONJ" and i > sent_start and doc[i - 1].lower_ not in self.lex.title_words:
                break  # "the Kuwaiti side and King X": not his state; "Deputy Prime Minister and ..." goes on
            lower = tok.lower_
            if lower in self.lex.title_words or f"{lower} {doc[i + 1].lower_}" in self.lex.title_words:
                titles.add(lower)  # "prime" of "Prime Minister" too: the prime minister is not a chief minister
            # "Envoy for Syria": a state after "for" inside the title; "spoke to U.S. Secretary ..." is not
            accredited = (
                i > sent_start + 1
                and doc[i - 1].lower_ in ("for", "to", "in")
                and (doc[i - 2].lower_ in self.lex.title_words or self._posting_title(i - 1) is not None)
            )
            if (
                country is None
                and not accredited
                and (tok.ent_type_ in ("NORP", "GPE") or tok.pos_ in ("PROPN", "ADJ"))
            ):
                country = self.gaz.demonym(tok.text) or self.gaz.country(self._ent_text(tok))
                if country is None and i > sent_start:  # "Sri Lankan", "South African": a two-word demonym
                    country = self.gaz.demonym(f"{doc[i - 1].text} {tok.text}")
                if country is None:  # "Pentagon chief X", "White House adviser X": the seat of a state's organ
                    country = self.gaz.seat(tok.text)
                    if country is None and i > sent_start:
                        country = self.gaz.seat(f"{doc[i - 1].text} {tok.text}")
                run_on = self._ent_at.get(i)
                if country is None and run_on is not None and run_on.start < ent.start < run_on.end:
                    # "President of [Turkmenistan Serdar Berdimuhamedow]" tagged as one body: the state the
                    # NER ran into the name
                    country = self.gaz.country(doc[run_on.start : ent.start].text)
            if tok.ent_type_ == "ORG" and country is None:
                org = self._org_of(tok)
                if org is not None:
                    org_seen = True
                    country = org[1]
                    break
            i -= 1
        if country is None and not org_seen:
            country = self._right_context_country(ent, titles)
        root = ent.root
        if root.dep_ == "appos" and root.head.lower_ in self.lex.title_words:
            # "The Chairperson of the African Union Commission, Moussa Faki Mahamat,"
            head = root.head
            titles.add(head.lower_)
            for t in head.subtree:
                if t.i >= ent.start:
                    break
                if t.lower_ in self.lex.title_words:
                    titles.add(t.lower_)
                if country is None and (t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN"):
                    country = self.gaz.demonym(t.text) or self.gaz.country(self._ent_text(t))
        return country, titles

    def _with_left_words(self, ent, n: int) -> str:
        """The span's text with up to ``n`` words of its sentence before it."""
        return self.doc[max(ent.sent.start, ent.start - n) : ent.end].text

    def _posted_state(self, ent) -> str | None:
        """The state an envoy named here is accredited to: "Chinese Ambassador to Pakistan Nong Rong",
        "Mehdi Honardoost, Iran's Ambassador to Pakistan"."""
        doc = self.doc
        sent = ent.sent
        left = range(ent.start - 1, max(sent.start, ent.start - 12) - 1, -1)
        right = range(ent.end, min(sent.end, ent.end + 8))
        for k in [*left, *right]:
            if doc[k].lower_ != "to" or k + 1 >= sent.end or self._posting_title(k) is None:
                continue
            if k > ent.start and any(t.text in (".", ";") or t.pos_ == "VERB" for t in doc[ent.end : k]):
                continue  # "X, who travelled to ...": not his posting
            if k < ent.start:  # "Ambassador to Vietnam Xiong Bo": the words up to the name (tagged with it)
                iso = self.gaz.country(doc[k + 1 : ent.start].text)
            else:
                state = self._ent_of(doc[k + 1])
                iso = self.gaz.country(state.text) if state is not None and state.label_ == "GPE" else None
            if iso:
                return iso
        return None

    def _right_context_country(self, ent, titles: set) -> str | None:
        """ "Narendra Modi, India's Prime Minister", "Sergey Lavrov of Russia"."""
        doc = self.doc
        end = min(ent.end + 8, ent.sent.end)
        j = ent.end
        if j < end and doc[j].text == ",":
            j += 1
        elif j < end and doc[j].lower_ == "of":
            j += 1
        else:
            return None
        found = None
        named: set = set()
        k = j - 1
        while k + 1 < end:
            k += 1
            tok = doc[k]
            org = self._ent_at.get(k) if tok.ent_type_ == "ORG" else None
            if org is not None and k > j and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in self.lex.title_words:
                # "Kim Jin-pyo, Speaker of the National Assembly of the Republic of Korea": the state of the
                # body his title is of
                found = found or self._state_of_body(org)
                k = org.end - 1
                continue
            # "the president of X", "Additional Secretary at Pakistan's Ministry of Energy"
            title_of = tok.lower_ in ("of", "at") and doc[k - 1].lower_ in self.lex.title_words
            if (
                tok.text in (",", ".", ";")
                or tok.pos_ in ("VERB", "AUX", "SCONJ")
                or (tok.pos_ == "ADP" and k > j and not title_of)
            ):
                break  # "Marco Rubio, during the conference in Germany": not his state
            if tok.ent_type_ == "PERSON":
                # "with Narendra Modi, US President Joe Biden said", "King X, to His Royal Highness Prince
                # Y": the next person's title
                return None
            if tok.lower_ in self.lex.title_words or (
                k + 1 < end and f"{tok.lower_} {doc[k + 1].lower_}" in self.lex.title_words
            ):
                named.add(tok.lower_)  # "X, Saudi Crown Prince,": the titles after the state count too
            if found is None and tok.ent_type_ in ("NORP", "GPE"):
                found = self.gaz.demonym(tok.text) or self.gaz.country(self._ent_text(tok))
        titles |= named
        return found

    def _state_of_body(self, org) -> str | None:
        """The state an organ's name ends with: "the National Assembly of the Republic of Korea", "the
        Ministry of Foreign Affairs of Japan" (a known body's own state first)."""
        known = self.gaz.organization(org.text)
        if known is not None:
            return known[1]
        for t in org:
            if t.lower_ == "of" and t.i + 1 < org.end:
                iso = self.gaz.country(self.doc[t.i + 1 : org.end].text)
                if iso:
                    return iso
        return None

    def _ent_text(self, tok) -> str:
        ent = self._ent_at.get(tok.i)
        return ent.text if ent is not None else tok.text

    def _ent_of(self, tok):
        """The entity ``tok`` is in, when it lies within ``tok``'s sentence."""
        ent = self._ent_at.get(tok.i) if tok.ent_type_ else None
        if ent is None:
            return None
        sent = tok.sent
        return ent if sent.start <= ent.start and ent.end <= sent.end else None

    def _org_of(self, tok) -> tuple[str, str | None] | None:
        ent = self._ent_of(tok)
        return self.gaz.organization(ent.text) if ent is not None else None

    # ---- resolution ------------------------------------------------------------
    def _quote_speaker(self, index: int) -> _Person | None:
        """The person a quotation holding token ``index`` is attributed to ('"...," said X', '"...," X
        said'), if the quotation closes in its paragraph and the attribution names one."""
        if getattr(self, "_quotes", None) is None:
            self._quotes = self._quotations()
        for start, end, person in self._quotes:
            if start < index < end:
                return person
        return None

    def _quotations(self) -> list[tuple[int, int, _Person | None]]:
        doc = self.doc
        found, opened = [], None
        for t in doc:
            if t.is_space and "\n\n" in t.text_with_ws:
                opened = None  # an unclosed quotation ends with its paragraph
            elif t.text in ('"', "\u201c", "\u201d"):
                if opened is None and t.text != "\u201d":
                    opened = t.i
                elif opened is not None:
                    after = doc[t.i + 1 : min(len(doc), t.i + 8)]
                    said = any(w.lemma_ in ("say", "stress", "add", "note", "tell") for w in after)
                    people = [self._person_at[w.i] for w in after if w.i in self._person_at]
                    found.append((opened, t.i, people[0] if said and people else None))
                    opened = None
        return found

    def last_person_before(self, index: int, subject_only: bool = True) -> _Person | None:
        if subject_only:
            for i, person in reversed(self._subjects):
                if i < index:
                    return person
        for i in range(index - 1, -1, -1):
            if i in self._person_at:
                return self._person_at[i]
        return None

    def leader_of(self, iso: str | None, before: int) -> Actor | None:
        """The one person of state ``iso`` the article has named before token ``before``, if just one."""
        if iso is None:
            return None
        found = {id(p): p for i, p in self._person_at.items() if i < before and p.country == iso}
        return self.person_actor(next(iter(found.values()))) if len(found) == 1 else None

    def body_of(self, actor: Actor) -> str | None:
        """The international body a person speaks for, as the article titles them where it first names
        them ("EU foreign policy chief X", "NATO Secretary General X"): the body's name, or None."""
        if actor.kind != PERSON:
            return None
        person = self._match_person(_name_tokens(actor.name))
        if person is None:
            return None
        for i in range(person.first - 1, max(-1, person.first - 7), -1):
            tok = self.doc[i]
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
                break
            org = self._org_of(tok) or self._organization(tok.text)
            if org is not None:
                return org[0]
        # "Mahmoud Ali Youssouf, Chairperson of the African Union Commission": the title in apposition
        end = next((k for k in range(person.first, len(self.doc)) if self._person_at.get(k) is not person), None)
        if end is not None and end + 2 < len(self.doc) and self.doc[end].text == ",":
            title = self.doc[end + 1]
            if title.lower_ in self.lex.title_words or title.head.lower_ in self.lex.title_words:
                for tok in self.doc[end + 1 : min(len(self.doc), end + 9)]:
                    if tok.is_punct and tok.text not in ("(", ")"):
                        break
                    org = self._org_of(tok) if tok.ent_type_ == "ORG" else None
                    if org is not None and org[1] is None:
                        return org[0]
        return None

    def person_actor(self, person: _Person) -> Actor:
        return Actor(person.name, PERSON, person.country)

    def country_actor(self, iso: str, written: str | None = None) -> Actor:
        name = written or self.gaz.country_name(iso)
        return Actor(name, COUNTRY, iso)

    def resolve(self, tok, expand_conj: bool = True) -> list[Actor]:
        """Actors a noun-phrase head stands for (its conjuncts included)."""
        heads = [tok]
        if expand_conj:
            heads += [c for c in tok.conjuncts if c.i > tok.i]
            heads += self._nested_conjuncts(tok) + self._coordinated_appositions(tok) + self._listed_states(tok)
            heads += self._apposition_conjuncts(tok)
            heads = sorted(dict.fromkeys(heads), key=lambda t: t.i)
        actors: list[Actor] = []
        for head in heads:
            for actor in self._resolve_one(head):
                if actor not in actors:
                    actors.append(actor)
        return actors

    def _apposition_conjuncts(self, tok) -> list:
        """ "X, the Uzbek Foreign Minister, who headed ..., and his Pakistani counterpart Y talked": the parser
        hangs the second party on the first one's apposition; it is the first one's conjunct."""
        if tok.ent_type_ not in ("PERSON", "ORG") or tok.conjuncts:
            return []
        return [
            c
            for a in tok.children
            if a.dep_ == "appos" and a.lower_ in self.lex.title_words
            for c in a.conjuncts
            if c.i > a.i
            and (c.i in self._person_at or any(x.dep_ == "appos" and x.i in self._person_at for x in c.children))
        ]

    def _listed_states(self, tok) -> list:
        """ "the heads of Canada, the Netherlands and Japan": the parser may read the second state of a list as
        an apposition of the first; one state is never another's apposition, so it and its conjuncts are listed."""
        if not self.gaz.country(self._ent_text(tok)):
            return []
        found = []
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ == "GPE" and self.gaz.country(self._ent_text(c)):
                found += [c, *c.conjuncts]
        return found

    def _coordinated_appositions(self, tok) -> list:
        """ "President X and then-Prime Minister Y held talks": the parser may hang both names on the first
        title as appositions with an "and" between them; each names a person of the phrase."""
        named = [c for c in tok.children if c.dep_ == "appos" and c.i in self._person_at]
        if len(named) < 2 or not any(
            c.dep_ == "cc" and c.lower_ in ("and", "&") and named[0].i < c.i < named[-1].i and c.head in [tok, *named]
            for c in tok.subtree
        ):
            return []
        return named[1:]

    def _nested_conjuncts(self, tok) -> list:
        """ "Foreign Minister X and Foreign Minister Y held talks": the tagger often hangs "Foreign Minister X
        and Foreign Minister" inside Y's name, as a compound of it; the other person named in that
        coordinated phrase is Y's conjunct."""
        own = self._person_at.get(tok.i)
        if own is None:
            return []
        found: list = []
        seen = [own]
        for child in tok.children:
            if child.dep_ not in ("compound", "nmod") or child.i > tok.i:
                continue
            inner = list(child.subtree)
            if not any(t.dep_ == "cc" for t in inner):
                continue
            for t in inner:
                person = self._person_at.get(t.i)
                if person is not None and all(person is not p for p in seen):
                    seen.append(person)
                    found.append(t)
        return found

    def _resolve_one(self, tok) -> list[Actor]:
        if tok.i in self._person_at:
            return [self.person_actor(self._person_at[tok.i])]
        if tok.pos_ == "PROPN" and is_outlet(self._ent_text(tok)):
            return []  # "..., the statement said, Xinhua reported": a news outlet is no party
        # "the Prime Minister of the United Kingdom, Boris Johnson": the named person
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self._person_at:
                named = [child]
                if tok.tag_ in ("NNS", "NNPS"):  # "two lawmakers, X and Y": each one the plural names
                    named += [c for c in child.conjuncts if c.i > child.i and c.i in self._person_at]
                actors = [self.person_actor(self._person_at[n.i]) for n in named]
                return [a for k, a in enumerate(actors) if a not in actors[:k]]
        # "President Xi", "Putin's": a name inside the phrase headed by tok
        for child in tok.children:
            if child.dep_ in ("compound", "appos", "poss") and child.i in self._person_at and tok.pos_ != "PROPN":
                if child.dep_ == "compound":
                    return [self.person_actor(self._person_at[child.i])]
        if tok.pos_ == "PRON":
            return self._resolve_pronoun(tok)
        if tok.lower_ in self.lex.honorific_words:
            for child in tok.children:
                if child.dep_ == "appos":  # "His Royal Highness the Crown Prince": the title in apposition
                    return self._resolve_one(child)
        if tok.lower_ in self.lex.state_forms and tok.is_title and self._bare(tok):
            iso = self._state_of_form(tok)
            if iso:
                return [self.country_actor(iso)]
        if tok.lower_ in self.lex.state_epithet_heads and tok.pos_ == "NOUN":
            iso = self._state_of_epithet(tok)
            if iso:
                return [self.country_actor(iso)]
        if (tok.lower_ in self.lex.state_forms or tok.lower_ == "state") and tok.is_title:
            # "the Sultanate of Oman", "the State of Qatar": the formal name, whatever the tagger made of it
            for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for name in (p for p in of.children if p.dep_ == "pobj"):
                    iso = self.gaz.country(self._ent_text(name))
                    if iso:
                        return [self.country_actor(iso, f"{tok.text} of {self._ent_text(name)}")]
        if tok.text.replace(".", "").lower() in self._abbreviated_titles and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            holder = self._title_holder(tok, tok.text.replace(".", "").lower())  # "the CS said"
            if holder is not None:
                return [holder]
        ent = self._ent_of(tok)
        if ent is not None:
            found = self._resolve_entity(ent, tok)
            if found is not None:
                return found
        elif tok.pos_ == "PROPN":
            # "congratulated Senegal on ...": a country name the tagger left without an entity label
            words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
            iso = self.gaz.country(" ".join(w.text for w in words))
            if iso:
                return [self.country_actor(iso)]
        found = self._resolve_common_noun(tok)
        if not found and tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.lower_.endswith("s"):
            # "that the FSM adheres to ... and supports X": the tagger took the verb for a noun the name is a
            # compound of; the name is the subject
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and self._ent_of(c)]
            if len(names) == 1:
                return self._resolve_one(names[0])
        return found

    def _names_after(self, tok) -> list:
        """The people named right after a plural title phrase, past its "to Russia" and commas:
        "the French and German ambassadors to Russia, Jean-Maurice Ripert and Rudiger von Fritsch"."""
        people: list = []
        i = tok.i + 1
        while i < len(self.doc) and i - tok.i <= 16:
            t = self.doc[i]
            person = self._person_at.get(i)
            if person is not None:
                if person not in people:
                    people.append(person)
            elif not (t.is_punct or t.lower_ in ("to", "in", "and") or t.ent_type_ == "GPE"):
                break
            elif people and t.ent_type_ == "GPE":
                break
            i += 1
        return people

    @staticmethod
    def _party_position(tok) -> bool:
        """Where a capital stands for its state in a statement of support or intent: "Minsk's support for
        Havana", "Washington backs Kyiv", "commitments to Manila", "Beijing is ready to work with Islamabad",
        "Tehran proposed" (not "in Moscow", "talks with Moscow")."""
        lex = lexicon.load()
        backing = lex.support_nouns | lex.support_verbs | lex.praise_verbs | lex.stand_verbs | lex.support_light_verbs
        backing |= lex.defend_verbs  # "Washington upholds Kyiv's sovereignty"
        backing |= lex.proposal_verbs - {"stand", "look", "expect", "hope", "wish", "put", "present", "raise"}
        while tok.dep_ == "conj" and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "nsubj" and any(
            c.dep_ == "acomp" and c.lower_ in lex.proposal_adjectives for c in tok.head.children
        ):
            return True  # "Beijing is ready to", "Moscow is willing to"
        if (
            tok.dep_ == "poss"
            and (tok.head.lemma_.lower() in lex.defended_objects or tok.head.lower_ in lex.defended_objects)
            and tok.head.dep_ == "dobj"
            and tok.head.head.lemma_.lower() in lex.defend_verbs
        ):
            return True  # "recognised Rabat's sovereignty": the state whose right is upheld
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return tok.head.lemma_.lower() in backing
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in lex.partnering_verbs:
            return True  # "to work with Islamabad"
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "with", "behind", "by"):
            return tok.head.head.lemma_.lower() in backing
        return False

    @staticmethod
    def _bare(tok) -> bool:
        """ "the Kingdom", not "the Kingdom of Bahrain" or "the United Kingdom"."""
        return all(c.dep_ in ("det", "case", "punct") for c in tok.children) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        )

    def _state_of_epithet(self, tok) -> str | None:
        """ "the Caribbean nation", "the South American country", "the Gulf state": a state referred back to by
        its region, the last state named before it (not one a demonym among its modifiers names: "the
        Chinese state" is no epithet)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        words = [w for m in mods for w in m.subtree]
        if not words or not all(w.is_title or w.dep_ == "compound" for w in mods):
            return None
        if any(self.gaz.demonym(w.text) or self.gaz.country(w.text) for w in words):
            return None
        if any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children):
            return None  # "the Gulf state of Qatar", "the country that hosts the talks"
        region = self.gaz.region(" ".join(w.text for w in sorted(words, key=lambda w: w.i)))
        if not region:
            return None
        # the state of that region the story is about: the one named most often before it (of equals, the
        # latest), not merely the last one named in passing
        counts: dict[str, tuple[int, int]] = {}
        for i in range(tok.i):
            t = self.doc[i]
            if t.ent_type_ == "GPE" and t.ent_iob_ == "B":
                iso = self.gaz.country(self._ent_text(t))
                if iso in region:
                    counts[iso] = (counts.get(iso, (0, 0))[0] + 1, i)
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _named_of_region(self, tok, mods) -> list[str]:
        """ "the Baltic foreign ministers", "the Nordic countries": the states of the region an epithet names
        that the article itself names (a region's states the story never mentions are not read into it)."""
        # ("the Baltic foreign ministers": the epithet is one of the modifiers)
        phrases = [" ".join(w.text for w in m.subtree) for m in mods if m.dep_ in ("amod", "compound") and m.i < tok.i]
        region = next((r for p in phrases if (r := self.gaz.region(p))), None)
        if not region:
            return []
        named = []
        for t in self.doc:
            if t.ent_type_ == "GPE" and t.ent_iob_ == "B":
                iso = self.gaz.country(self._ent_text(t))
                if iso in region and iso not in named:
                    named.append(iso)
        return named if len(named) > 1 else []

    def _state_of_form(self, tok) -> str | None:
        """ "the Kingdom": the state named last before it whose formal name is a kingdom."""
        form = tok.lower_
        for i in range(tok.i - 1, -1, -1):
            t = self.doc[i]
            iso = None
            if i in self._person_at:
                iso = self._person_at[i].country
            elif t.ent_type_ == "GPE":
                iso = self.gaz.country(self._ent_text(t))
            elif t.ent_type_ == "NORP":
                iso = self.gaz.demonym(t.text)
            if iso and form in self.gaz.official_name(iso).lower().split():
                return iso
        return None

    def _resolve_pronoun(self, tok) -> list[Actor]:
        lower = tok.lower_
        if lower in _SINGULAR_PRONOUNS:
            if tok.dep_ in ("dobj", "pobj", "iobj", "dative"):
                # "X called Y to congratulate him": an object pronoun is not the clause's own subject
                verb = tok.head if tok.dep_ != "pobj" else tok.head.head
                while (
                    verb.dep_ in ("xcomp", "advcl", "conj")
                    and verb.head != verb
                    and not any(c.dep_ == "nsubj" for c in verb.children)  # "..., and Wang met him"
                ):
                    verb = verb.head
                subjects = {
                    id(self._person_at[c.i]) for c in verb.children if c.dep_ == "nsubj" and c.i in self._person_at
                }
                if verb.dep_ == "relcl" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in verb.children
                ):
                    # "the Crown Prince ..., who congratulated him", "a delegation led by X, which called on
                    # him": the relative's antecedent is the subject
                    subjects |= {
                        id(self._person_at[t.i]) for t in verb.head.subtree if t.i < verb.i and t.i in self._person_at
                    }
                for i in range(tok.i - 1, -1, -1):
                    person = self._person_at.get(i)
                    if person is not None and id(person) not in subjects:
                        return [self.person_actor(person)]
            person = self.last_person_before(tok.i)
            speaker = self._quote_speaker(tok.i)
            if person is not None and person is speaker:
                # "'... He backed the idea ...,' said X": in X's own words "he" is someone else
                before = [p for i, p in reversed(self._subjects) if i < tok.i] + [
                    self._person_at[i] for i in range(tok.i - 1, -1, -1) if i in self._person_at
                ]
                person = next((p for p in before if p is not speaker), None)
            return [self.person_actor(person)] if person else []
        if lower in _PLURAL_REFERENCES:
            return self.parties_before(tok.i)
        return []

    def _two_of_a_post(self, tok, mods) -> list[Actor]:
        """ "the two defence ministers": the two people named before with that post ("Defence Minister X",
        "Australian Defence Minister Y"), who need not be the parties of the talks just reported."""
        if tok.lemma_.lower() not in self.lex.title_words:
            return []
        posts = {
            c.lower_
            for c in mods
            if c.dep_ in ("compound", "amod") and c.lower_ not in ("two", "both") and not self.gaz.demonym(c.text)
        }
        if not posts:
            return []
        title = tok.lemma_.lower()
        holders = []
        for i, person in sorted(self._person_at.items()):
            head = self.doc[i]
            if i >= tok.i or head.dep_ == "compound" or person in holders:
                continue
            words = {t.lower_ for t in head.subtree if t.i < i} | {t.lemma_.lower() for t in head.subtree if t.i < i}
            if posts <= words and title in words:
                holders.append(person)
        return [self.person_actor(p) for p in holders] if len(holders) == 2 else []

    def parties_before(self, index: int, states: bool = False) -> list[Actor]:
        """ "the two leaders", "both sides", "they": the parties of a meeting just reported, else the last two
        people of different states named, else the parties of the last meeting reported. ``states`` ("the two
        countries", "the ministers of both countries"): after a meeting just reported, the last two states
        named in the sentence and the two before it, a person standing for his ("X of Pakistan visited China.
        ... the two countries")."""
        sent_start = self.doc[index].sent.start
        if self.meetings and self.meetings[-1][0] >= self._sentence_start(sent_start, back=3):
            return list(self.meetings[-1][1])
        if states:
            found = self._states_before(index, self._sentence_start(sent_start, back=2))
            if found:
                return found
        people: list[_Person] = []
        for i in range(index - 1, -1, -1):
            person = self._person_at.get(i)
            if person is None or person in people:
                continue
            if people and person.country and person.country == people[0].country:
                continue  # ("the two leaders" are not two of one state)
            people.append(person)
            if len(people) == 2:
                return [self.person_actor(p) for p in reversed(people)]
        if self.meetings:
            return list(self.meetings[-1][1])
        return []

    def _states_before(self, index: int, start: int) -> list[Actor]:
        found: list[Actor] = []
        for i in range(index - 1, start - 1, -1):
            person = self._person_at.get(i)
            t = self.doc[i]
            if person is not None and person.country:
                party = self.person_actor(person)
            elif t.ent_type_ == "GPE" and t.ent_iob_ == "B" and (iso := self.gaz.country(self._ent_text(t))):
                party = self.country_actor(iso)
            else:
                continue
            if all(a.country != party.country for a in found):
                found.append(party)
                if len(found) == 2:
                    return list(reversed(found))
        return []

    def _sentence_start(self, start: int, back: int) -> int:
        sents = [s.start for s in self.doc.sents if s.start <= start]
        return sents[-back - 1] if len(sents) > back else 0

    def _resolve_entity(self, ent, tok) -> list[Actor] | None:
        label = ent.label_
        text = re.sub(r"^the\s+", "", ent.text, flags=re.I)
        text = re.sub(r"['\u2019]s?$", "", text).strip()
        if label in ("GPE", "ORG", "LOC", "PERSON", "FAC", "NORP") and self.gaz.country(text):
            return [self.country_actor(self.gaz.country(text), text)]  # whatever label the tagger chose
        if text in self._acronyms and self.gaz.country(self._acronyms[text]):
            return [self.country_actor(self.gaz.country(self._acronyms[text]))]  # "the FSM", spelled out before
        if label in ("GPE", "ORG", "LOC", "PERSON") and self.gaz.capital(text) and self._party_position(tok):
            return [self.country_actor(self.gaz.capital(text))]  # "Minsk's support for Havana"
        if label == "GPE":
            return []
        if label == "NORP":
            iso = self.gaz.demonym(text)
            head = tok.head if tok.dep_ in ("amod", "compound", "nmod") else tok
            if iso and head.lower_ in self.lex.group_heads:
                return [Actor(f"{ent.text} {head.text}", GROUP, iso)]
            if iso and head.lower_ in self.lex.state_organ_heads:
                return [self.country_actor(iso)]
            if iso and head == tok:  # "the Chinese" as a people
                singular = text[:-1] if tok.tag_ == "NNPS" and text.endswith("s") else text
                if singular != text and self.gaz.demonym(singular) == iso:
                    return [Actor(f"{singular} people", GROUP, iso)]  # "the Palestinians": the Palestinian people
                return [Actor(text, GROUP, iso)]
            return None
        if label in ("ORG", "FAC", "EVENT", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART"):
            org = self._organization(text)
            if org is not None:
                return [Actor(org[0], ORGANIZATION, org[1])]
            if label == "ORG" and text.lower() in self.lex.title_words | {"chairperson"}:
                return None  # "the Chairperson": a title, resolved as a common noun
            if label == "ORG" and self._half_of_place(ent):
                return []  # the second half of "Azad Gilgit and Baltistan (AGB)" tagged as a body
            if label == "ORG":
                iso = self._state_organ(text)
                if iso:
                    return [self.country_actor(iso)]
                return [Actor(text, ORGANIZATION, None)]
            if label == "GPE":
                return []
        return None

    def _counted_states(self, tok) -> list[Actor]:
        """ "the seven Arab foreign ministers", "the three countries", "the ambassadors of nine countries":
        the last list of just that many states named before, else the first named in the next few
        sentences ("Attending were the ambassadors of A, B, ..."), each by the one person the article
        named for it, else the state. A count met again while its own list is being read counts nothing
        (two such nouns, each in the other's search, would otherwise send each other round for ever)."""
        if tok.i in self._counting:
            return []
        self._counting.add(tok.i)
        try:
            return self._states_counted_by(tok)
        finally:
            self._counting.discard(tok.i)

    def _states_counted_by(self, tok) -> list[Actor]:
        count = None
        counted = [tok] + [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for p in c.children
            if p.dep_ == "pobj" and p.lower_ in self.lex.state_plurals
        ]
        for c in (c for t in counted for c in t.children):
            if c.dep_ == "nummod":
                count = int(c.text) if c.text.isdigit() else self._number(c.lower_)
        if count is None or count < 3:
            return []  # "the two sides" are the parties of the talks just reported
        sents = [s for s in self.doc.sents if s.start > tok.i][:4]
        after = range(tok.sent.end, sents[-1].end) if sents else range(0)
        for i in [*range(tok.i - 1, -1, -1), *after]:
            head = self.doc[i]
            if head.dep_ == "conj" or not head.conjuncts or head.pos_ != "PROPN":
                continue
            found: list[str] = []
            for x in sorted([head] + list(head.conjuncts), key=lambda t: t.i):
                actors = self._resolve_one(x)
                if len(actors) != 1 or actors[0].kind != COUNTRY or actors[0].country in found:
                    found = []
                    break
                found.append(actors[0].country)
            if len(found) == count:
                return [self.leader_of(iso, max(tok.i, i)) or self.country_actor(iso) for iso in found]
        return []

    def _number(self, word: str) -> int | None:
        """ "seven" -> 7, from the lexicon's "seven=7"."""
        values = dict(w.split("=") for w in self.lex.number_words)
        return int(values[word]) if word in values else None

    def _state_organ(self, text: str) -> str | None:
        """ "Chinese Foreign Ministry", "Ministry of Foreign Affairs of Japan" -> the state."""
        words = re.split(r"[\s\-]+", text)
        lowered = text.lower()
        if not any(organ in lowered for organ in self.lex.state_organ_heads):
            return None
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                chunk = " ".join(words[i:j])
                iso = self.gaz.demonym(chunk) or self.gaz.country(chunk)
                if iso:
                    return iso
        return None

    def _resolve_common_noun(self, tok) -> list[Actor]:
        lower = tok.lower_
        if lower in self.lex.title_words or lower in self.lex.honorific_words:
            # "received Ambassador Extraordinary and Plenipotentiary of China to Vietnam He Wei", the name
            # parsed off the title: the person right after the state he is posted to
            for j in range(tok.i + 1, min(tok.i + 16, tok.sent.end)):
                if j in self._person_at:
                    k = j - 1
                    while k > tok.i and (self.doc[k].ent_type_ == "GPE" or self.gaz.country(self.doc[k].text)):
                        k -= 1  # back over the state he is posted to
                    title_at = self._posting_title(k) if k < j - 1 else None  # ("as Amir to King X": no state)
                    if title_at is not None and all(
                        self.doc[m].pos_ in ("PROPN", "DET", "PART", "CCONJ") or self.doc[m].lower_ == "of"
                        for m in range(min(tok.i, title_at) + 1, max(tok.i, title_at))
                    ):
                        return [self.person_actor(self._person_at[j])]
                    break
        if lower in self.lex.title_words and tok.tag_ not in ("NNS", "NNPS"):
            # "..., Xi Jinping and Indian Prime Minister | Narendra Modi held talks": the name right after the
            # title, which the parser hung elsewhere, is its holder
            person = self._person_at.get(tok.i + 1)
            if person is not None and self._person_at.get(tok.i) is None:
                return [self.person_actor(person)]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "det")]
        mod_words = {c.lower_ for c in mods}
        # "the two leaders", "both sides": the parties of the meeting being reported
        if lower in _PLURAL_REFERENCES and ({"two", "both"} & mod_words or lower in ("they", "both")):
            return self._two_of_a_post(tok, mods) or self.parties_before(tok.i)
        if lower in self.lex.delegate_nouns:
            # "the Prime Ministers of the two countries", "the foreign ministers of both sides": those parties
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if (
                            p.dep_ == "pobj"
                            and p.lower_ in _PLURAL_REFERENCES
                            and {"two", "both"} & {m.lower_ for m in p.children}
                        ):
                            return self.parties_before(p.i, states=p.lower_ in ("countries", "nations", "states"))
        if lower == "two" and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):  # "as the two held talks"
            return self.parties_before(tok.i)
        if (
            lower in ("leaders", "sides", "ministers", "presidents", "delegations", "parties")
            and mod_words == {"the"}
            and not any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.children)
            and self.meetings
            and self.meetings[-1][0] >= self._sentence_start(tok.sent.start, back=2)
        ):
            return list(self.meetings[-1][1])  # "The ministers also discussed ...": those of the talks just reported
        if lower in self.lex.delegate_nouns or lower in self.lex.state_plurals:
            listed = self._counted_states(tok)
            if listed:
                return listed
        states = []
        for c in mods:
            for m in [c] + [x for x in c.conjuncts]:
                # ("N. Korean leader": the whole demonym the tagger found, not its last word)
                whole = self._ent_text(m)
                found = self.gaz.demonym(whole) or self.gaz.demonym(m.text) or self.gaz.country(whole)
                if found and found not in states:
                    states.append(found)
        if not states and (lower in self.lex.delegate_nouns or lower in self.lex.state_plurals):
            states = self._named_of_region(tok, mods)
        if len(states) > 1 and lower in self.lex.delegate_nouns:
            # "top Russian and U.S. diplomats"; "the French and German ambassadors, X and Y": X and Y, in order
            names = [c for c in tok.children if c.dep_ == "appos" and c.i in self._person_at]
            names += [c for n in names[:1] for c in n.conjuncts if c.i in self._person_at]
            people = list(dict.fromkeys(self._person_at[n.i] for n in sorted(names, key=lambda t: t.i)))
            if len(people) != len(states):
                people = self._names_after(tok)
            if len(people) == len(states):
                for person, iso in zip(people, states, strict=True):
                    person.country = iso
                return [self.person_actor(p) for p in people]
            return [self.country_actor(s) for s in states]
        if not states and lower in self.lex.delegate_nouns:
            for c in mods:  # "the EU leaders", "ASEAN ministers": the body they speak for
                org = self._organization(self._ent_text(c)) or self._organization(c.text)
                if org is not None:
                    return [Actor(org[0], ORGANIZATION, org[1])]
        iso = states[0] if states else None
        if iso is None:
            for c in tok.children:
                # "a delegation from Iraq": the state a party comes from is the one it speaks for
                if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and lower in _DELEGATION_HEADS):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            iso = self.gaz.country(self._ent_text(p)) or self.gaz.demonym(p.text)
                            if iso is None and p.pos_ == "PROPN" and not p.ent_type_:
                                # "the Government of Timor-Leste": a state name the tagger left unlabelled
                                iso = self.gaz.country(self.doc[p.left_edge.i : p.i + 1].text)
                            if iso is None and lower in ("delegation", "team", "mission", "group"):
                                # "a delegation of US congressmen", "of Chinese business leaders"
                                iso = next(
                                    (
                                        found
                                        for m in p.children
                                        if m.dep_ in ("amod", "compound", "nmod")
                                        for found in [self.gaz.demonym(m.text) or self.gaz.country(self._ent_text(m))]
                                        if found
                                    ),
                                    None,
                                )
        if iso and lower in self.lex.title_words:
            # "Senegal's Minister for Foreign Affairs, Awa Ndiaye,": the person named right after the title
            # phrase is its holder, even when the tagger hangs the name elsewhere (one actor, not the state)
            named = self._name_after_phrase(tok)
            if named is not None:
                if named.country is None:
                    named.country = iso
                return [self.person_actor(named)]
        if lower in self.lex.delegate_nouns or lower in ("counterpart", "ambassador", "envoy"):
            # "his counterparts from Armenia, North Macedonia and Slovakia": one party per state
            states = []
            named: dict[str, _Person] = {}  # "from Belarus, Sergei Aleinik, and Egypt, Sameh Shoukry"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            for x in sorted({p, *p.conjuncts, *self._listed_states(p)}, key=lambda t: t.i):
                                person = self._person_at.get(x.i)
                                if person is not None and states and states[-1] not in named:
                                    named[states[-1]] = person
                                    continue
                                iso = self.gaz.country(self._ent_text(x)) or self.gaz.demonym(x.text)
                                if iso and iso not in states:
                                    states.append(iso)
                                    for a in x.children:
                                        if a.dep_ == "appos" and a.i in self._person_at:
                                            named[iso] = self._person_at[a.i]
            if states:
                found = []
                for iso in states:
                    person = named.get(iso)
                    if person is not None:
                        person.country = iso  # the list pairs each state with its minister
                        found.append(self.person_actor(person))
                    else:
                        holder = self._sole_holder(tok, iso)
                        found.append(self.person_actor(holder) if holder else self.country_actor(iso))
                return found
        if lower in ("delegation", "team", "mission", "entourage") or lower == "group" and tok.pos_ == "NOUN":
            # "a delegation led by X": X; "a Chinese delegation": the state; "a delegation from the European
            # Commission led by X": the parser may hang "led by" on the body the delegation comes from
            sources = [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for p in c.children
                if p.dep_ == "pobj"
            ]
            for acl in (c for h in [tok, *sources] for c in h.children if c.dep_ == "acl"):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    for p in agent.children:
                        if p.dep_ == "pobj":
                            leader = self._person_at.get(p.i)
                            if iso and leader is not None and leader.country is None:
                                leader.country = iso  # "a Chinese delegation led by X": X is Chinese
                            return self.resolve(p)
            if iso:
                return [self.country_actor(iso)]
            bodies = [a for p in sources for a in self.resolve(p) if a.kind == ORGANIZATION]
            if bodies and lower != "group":
                return bodies[:1]  # "a delegation from the World Bank": the body
            if (
                lower != "group"
                and not sources
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
            ):
                # "X received the delegation": the delegation an earlier sentence named
                for prior in reversed(self.doc[: tok.sent.start]):
                    if prior.lower_ == lower and prior.pos_ == "NOUN":
                        found = self.resolve(prior, expand_conj=False)
                        if found:
                            return found
        if lower in self.lex.group_heads and iso:
            return [
                Actor(
                    " ".join(w.text for w in tok.subtree if w.dep_ != "det" and not w.is_punct).strip(),
                    GROUP,
                    iso,
                )
            ]
        if iso and (lower in self.lex.title_words or lower in ("leader", "counterpart")):
            # "the Russian leader": the named person of that state with that title, else the state
            holder = self._state_title_holder(tok, lower, iso)
            if holder is not None:
                return [self.person_actor(holder)]
            # "the Palestinian President" for "President Mahmoud Abbas", named without his state: the one
            # person of that title and no known state (not one named in this sentence: "X will meet the
            # Afghan Foreign Minister" is not X)
            in_sentence = {id(p) for i, p in self._person_at.items() if tok.sent.start <= i < tok.sent.end}
            unplaced = [
                p
                for p in self.persons
                if p.country is None
                and p.first < tok.i
                and (lower in p.titles or lower in p.tokens)
                and id(p) not in in_sentence
            ]
            if len(unplaced) == 1 and lower not in ("leader", "counterpart"):
                unplaced[0].country = iso  # what the text says of him now holds for his other mentions
                return [self.person_actor(unplaced[0])]
            return [self.country_actor(iso)]
        if iso and lower in self.lex.state_organ_heads:
            return [self.country_actor(iso)]
        if iso and lower in self.lex.delegate_nouns:
            # "held talks with Iranian officials", "Chinese diplomats": unnamed officials are their state
            return [self.country_actor(iso)]
        if lower in self.lex.title_words:
            # "UN Special Envoy for Syria Geir Pedersen" parsed with the name under "for": the one
            # person named inside the title's own phrase
            inside = {id(p): p for t in tok.subtree if t.i != tok.i and (p := self._person_at.get(t.i))}
            if len(inside) == 1:
                return [self.person_actor(next(iter(inside.values())))]
        if iso is None and lower in self.lex.title_words and lower not in ("leader", "official", "head"):
            home = self._home_holder(tok, lower)
            if home is not None:
                return [home]
            holder = self._title_holder(tok, lower)
            if holder is not None:
                return [holder]
        if iso is None and lower in self.lex.title_words:
            for c in mods:  # "the EU Commissioner for Economy", "a UN envoy": an unnamed official is the body
                org = self._organization(self._ent_text(c)) or self._organization(c.text)
                if org is not None:
                    holder = self._body_holder(tok, org[0])
                    return [holder] if holder is not None else [Actor(org[0], ORGANIZATION, org[1])]
        return []

    def _body_holder(self, tok, body: str) -> Actor | None:
        """ "the AUC chief" after "Mahmoud Ali Youssouf, Chairperson of the African Union Commission (AUC)":
        the one person the article titled as that body's office-holder before."""
        if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        holders = [p for p in self.persons if p.first < tok.i and self.body_of(self.person_actor(p)) == body]
        return self.person_actor(holders[0]) if len(holders) == 1 else None

    def _bare_title(self, tok) -> bool:
        """ "the Prime Minister", "The Foreign Secretary": a title with "the" and nothing that names or
        places its holder."""
        if tok.lower_ not in self.lex.title_words or any(c.dep_ in ("prep", "appos") for c in tok.children):
            return False
        lefts = [c for c in tok.lefts if c.dep_ != "punct"]
        return any(c.dep_ == "det" and c.lower_ == "the" for c in lefts) and all(
            c.dep_ == "det" and c.lower_ == "the" or self._phrase_titles(tok) >= {c.lower_} for c in lefts
        )

    def _home_holder(self, tok, lower: str) -> Actor | None:
        """In a government's own readout ("The Prime Minister met the Prime Minister of Australia, X"), a
        bare title the article used before naming anyone with it is its own office-holder, whom it never
        names: the person of the home state named with that title, else the home state."""
        if self.home_state is None or not self._bare_title(tok):
            return None
        words = self._phrase_titles(tok)
        holders = [p for p in self.persons if words <= p.titles | p.tokens]
        own = [p for p in holders if p.country == self.home_state]
        if len(own) == 1:
            return self.person_actor(own[0])
        named_at = min((p.first for p in holders), default=len(self.doc))
        first_bare = next(
            (t.i for t in self.doc if t.lower_ == lower and self._bare_title(t) and self._phrase_titles(t) == words),
            None,
        )
        if first_bare is None or first_bare > named_at:
            return None  # "Prime Minister X ... the Prime Minister said": X
        return self.country_actor(self.home_state)

    def _sole_holder(self, tok, iso: str) -> _Person | None:
        """ "the foreign ministers of Nepal and Bhutan", with the article naming Nepal's foreign minister
        (before or after): the one person of that state the article gives that title ("Ambassador" of
        "the ambassadors of ..."); none when the title is no office or two people hold it."""
        title = tok.lemma_.lower()
        if title not in self.lex.title_words:
            return None
        words = (self._phrase_titles(tok) - {tok.lower_}) | {title}
        holders = [p for p in self.persons if p.country == iso and words <= p.titles]
        return holders[0] if len(holders) == 1 else None

    def _state_title_holder(self, tok, lower: str, iso: str) -> _Person | None:
        """ "the Chinese president": the person of that state the article named before with that title;
        one whose titles the article never gave may be him; one named with other titles ("Chinese Foreign
        Minister Wang Yi") is not. "the Chinese leader", "his Chinese counterpart": the state's person."""
        known = [p for p in reversed(self.persons) if p.country == iso and p.first < tok.i]
        if lower in ("leader", "counterpart"):
            return known[0] if known else None
        words = self._phrase_titles(tok)
        titled = [p for p in known if words <= p.titles | p.tokens]
        if titled:
            return titled[0]
        return known[0] if known else None

    def _name_after_phrase(self, tok) -> _Person | None:
        """The person named just after the singular title phrase headed by tok, past one comma and an
        honorific: "the Minister of Trade of Peru, Dr Ana Ruiz," (an appositive, however the tagger
        attached it). The words up to the comma must be the title's own (no verb, no other person)."""
        if tok.tag_ in ("NNS", "NNPS"):
            return None  # "his counterparts from X, A, and Y, B": a list, paired elsewhere
        j = tok.i + 1
        limit = min(tok.sent.end, tok.i + 14)
        while j < limit and self.doc[j].text != ",":
            t = self.doc[j]
            if t.pos_ in ("VERB", "AUX", "PRON", "NUM") or t.is_punct:
                return None
            if j in self._person_at and not self._person_at[j].tokens <= self.lex.portfolio_words:
                return None  # another person inside; "Diaspora Affairs" tagged a person is still the title
            j += 1
        if j >= limit:
            return None
        j += 1
        while (
            j < tok.sent.end
            and j not in self._person_at
            and self.doc[j].text.rstrip(".").lower()
            in (self.lex.honorific_words | self.lex.title_words | self.lex.person_courtesy_titles)
        ):
            j += 1
        return self._person_at.get(j)

    def _title_holder(self, tok, lower: str) -> Actor | None:
        """ "the Chairperson", "the Prime Minister": the person last named with that title; of two with
        it (the prime minister and a visiting regional prime minister), the one last the subject; of two
        none of whom has been one (two presidents named side by side), neither."""
        holders = []
        for i in range(tok.i - 1, -1, -1):
            person = self._person_at.get(i)
            if person is not None and (lower in person.titles or lower in person.tokens):
                # "the Amir" for "Amir Sheikh Sabah ...", "the Crown Prince" for "Prince Mohammed ..."
                if person not in holders:
                    holders.append(person)
        # "the prime minister" is rather the prime minister than the chief minister: holders of the
        # title's every word first
        words = {
            c.lower_
            for c in tok.lefts
            if c.dep_ in ("compound", "amod")
            and (c.lower_ in self.lex.title_words or f"{c.lower_} {lower}" in self.lex.title_words)
        }
        holders = [p for p in holders if words <= p.titles | p.tokens] or holders
        if len(holders) > 1:
            for i, person in reversed(self._subjects):
                if i < tok.i and person in holders:
                    return self.person_actor(person)
            return None
        if holders:
            return self.person_actor(holders[0])
        return None
