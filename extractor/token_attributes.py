"""The model's attribute ruler and lemmatizer as one memoised step, with the same output.

spaCy's ``attribute_ruler`` runs every pattern through the Matcher on every document and its
``lemmatizer`` re-derives each token's lemma in Python; together they took about a fifth of the
model's time on our articles. Both are functions of very little: a one-token rule sees only the
token's text, tag, dependency label and whether it is a space, and the lemma follows from the text,
part of speech and morphology. So the answer for ``(text, tag, dep)`` is worked out once, by the
model's own rules and lemmatizer, and copied onto every later token with the same key.

Rules that span two tokens ("there is", "gon na") look at neighbours, so they go through a Matcher
of their own, and a token they touch is worked out afresh. As in spaCy, every rule is matched on the
state before any is applied, and later rules win. ``tests/test_nlp_equivalence.py`` checks token by
token that the output equals the two original components on real articles.
"""

from __future__ import annotations

import logging
import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_LOG = logging.getLogger(__name__)

# A memo beyond this many keys (tens of MB) is cleared and refilled, with the lemmatizer's own cache:
# their size stays bounded on any stream.
MAX_KEYS = 100_000

# The token attributes a one-token rule may test, as the Matcher reads them.
_GETTERS = {
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


class Unsupported(ValueError):
    """A rule this module cannot evaluate itself; the original components stay."""


def _test(value):
    """One attribute's condition as a predicate on the attribute's value."""
    if isinstance(value, (str, bool)):
        return lambda v: v == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), *_ = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda v: v in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda v: v not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda v: bool(pattern.search(v))
    raise Unsupported(f"condition {value!r}")


def _compile(spec: dict):
    """A one-token Matcher pattern as a predicate on a token."""
    checks = []
    for key, value in spec.items():
        if key not in _GETTERS:
            raise Unsupported(f"attribute {key}")
        checks.append((_GETTERS[key], _test(value)))
    return lambda tok: all(test(get(tok)) for get, test in checks)


def _known_lemmas_as_sets(lemmatizer) -> None:
    """spaCy's rule lemmatizer keeps each part of speech's known lemmas as a list (57,528 nouns) and
    asks whether a candidate form is in it, a scan per candidate; as a set the answer is the same,
    in constant time. Only this pipeline's lemmatizer is changed, and it only answers membership."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def _filing(spec: dict) -> list[tuple[str, object]]:
    """Where a one-token pattern is filed: under each lower-cased text or tag it requires, else ANY."""
    for key in ("LOWER", "TAG"):
        value = spec.get(key)
        if isinstance(value, str):
            return [(key, value)]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(key, v) for v in value["IN"]]
    return [("ANY", None)]


class TokenAttributes:
    """Replaces the ``attribute_ruler`` and ``lemmatizer`` components it is built from."""

    def __init__(self, ruler, lemmatizer):
        self.vocab = ruler.vocab
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.lemmatizer = lemmatizer
        _known_lemmas_as_sets(lemmatizer)
        # One-token rules, filed under a value a token must have for them to apply (its lower-cased
        # text or its tag) so a token is tested only against the few rules that can match it.
        self.by_value: dict[tuple[str, object], list[tuple[int, object]]] = {}
        self.multi = Matcher(self.vocab)
        for i, pattern in enumerate(ruler.patterns):
            alternatives = pattern["patterns"]
            if pattern["index"] == 0 and all(len(alt) == 1 for alt in alternatives):
                for alt in alternatives:
                    for filed in _filing(alt[0]):
                        self.by_value.setdefault(filed, []).append((i, _compile(alt[0])))
            else:
                self.multi.add(str(i), alternatives)
        # (orth, tag, dep) -> (pos, morph analysis, lemma text, tag, dep) after the rules and the lemmatizer
        self.memo: dict[tuple[int, int, int], tuple] = {}

    def _neighbour_rules(self, doc) -> dict[int, list[int]]:
        """Token index -> the numbers of the multi-token rules that set its attributes."""
        out: dict[int, list[int]] = {}
        for match_id, start, _end in self.multi(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            out.setdefault(start + self.indices[rule], []).append(rule)
        return out

    def _own_rules(self, token) -> list[int]:
        found = set()
        for filed in (("LOWER", token.lower_), ("TAG", token.tag_), ("ANY", None)):
            for rule, test in self.by_value.get(filed, ()):
                if rule not in found and test(token):
                    found.add(rule)
        return list(found)

    def __call__(self, doc: Doc) -> Doc:
        if len(self.memo) > MAX_KEYS:
            self.memo.clear()
            self.lemmatizer.cache.clear()
        memo = self.memo
        touched = self._neighbour_rules(doc) if len(self.multi) else {}
        # Every rule is matched before any applies (a rule may change a tag or label a later one reads).
        pending = []
        for token in doc:
            key = (token.orth, token.tag, token.dep)
            hit = memo.get(key) if token.i not in touched else None
            if hit is None:
                pending.append((token, key, sorted(self._own_rules(token) + touched.get(token.i, []))))
            else:
                pending.append((token, key, hit))
        for token, key, found in pending:
            if isinstance(found, tuple):
                token.pos, token.morph, token.lemma_, token.tag, token.dep = found
                continue
            for rule in found:
                set_token_attrs(token, self.attrs[rule])
            if self.lemmatizer.overwrite or token.lemma == 0:
                token.lemma_ = self.lemmatizer.lemmatize(token)[0]
            if token.i not in touched:
                memo[key] = (token.pos, token.morph, token.lemma_, token.tag, token.dep)
        return doc


@Language.factory("token_attributes")
def make_token_attributes(nlp, name):
    """Built from the pipeline's own ``attribute_ruler`` and ``lemmatizer``; see ``install``."""
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def install(nlp) -> bool:
    """Swap the two components for one ``token_attributes`` step where both are present and every
    one-token rule is of a kind this module evaluates; otherwise leave them. True if swapped."""
    if "attribute_ruler" not in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("token_attributes", before="attribute_ruler")
    except Unsupported as exc:
        _LOG.info("keeping the attribute_ruler and lemmatizer: %s", exc)
        return False
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return True
