"""The NLP speed-ups change how the model runs, never what it predicts.

``extractor/token_attributes.py`` must give exactly what spaCy's attribute ruler and lemmatizer give;
numpy's BLAS must give the predictions thinc's BLIS gives; and ``memory_zone`` must keep a worker's
string store from growing with the articles it has seen.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from extractor import token_attributes
from extractor.nlp import load_model
from tests.conftest import REPO

# Chosen to reach the rules that look at two tokens ("there were", "let's", "ain't", "gonna").
RULE_TEXT = (
    "There were talks in Hanoi on Monday, and there is hope of more. Let's see, an aide said. "
    "The envoys ain't gonna give up: they gotta keep going, y'all, c'mon.\n\nGets better, he got there."
)


def _texts(limit: int = 45) -> list[str]:
    texts = [RULE_TEXT]
    for path in sorted((REPO / "samples").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    with open(REPO / "eval" / "dev.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts[:limit]


def _annotations(doc) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


@pytest.fixture(scope="module")
def original(nlp):
    """The same model with spaCy's own attribute ruler and lemmatizer, untouched."""
    ref = load_model(fast_attributes=False)
    assert isinstance(ref.get_pipe("lemmatizer").lookups.get_table("lemma_index").get("noun"), list)
    return ref


def test_the_memoised_step_replaces_both_components(nlp):
    assert "token_attributes" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


@pytest.mark.parametrize("max_keys", [token_attributes.MAX_KEYS, 40])
def test_token_attributes_equal_the_original_components(original, monkeypatch, max_keys):
    monkeypatch.setattr(token_attributes, "MAX_KEYS", max_keys)  # 40: the memo is cleared over and over
    fast = load_model()
    step = fast.get_pipe("token_attributes")
    texts = _texts()
    touched = 0
    for ref_doc, doc in zip(original.pipe(texts), map(fast, texts), strict=True):  # one doc at a time
        assert _annotations(doc) == _annotations(ref_doc)
        touched += len(step._neighbour_rules(doc))
        assert len(step.memo) <= max_keys + len(doc)
        assert len(step.lemmatizer.cache) <= max_keys + len(doc)
    assert touched >= 4  # the two-token rules were really exercised


def test_numpy_blas_predicts_what_blis_predicts(nlp):
    blis = load_model(fast_math=False)
    assert blis.get_pipe("ner").model.ops.use_blis
    assert not nlp.get_pipe("ner").model.ops.use_blis and not nlp.get_pipe("tok2vec").model.ops.use_blis
    texts = _texts(25)
    same = total = 0
    for a, b in zip(blis.pipe(texts), nlp.pipe(texts), strict=True):
        pairs = list(zip(_annotations(a), _annotations(b), strict=True))
        same += sum(x == y for x, y in pairs)
        total += len(pairs)
    # Summation order differs between the two libraries, so a near-tie could in principle flip;
    # on our machines not one token has (tens of thousands compared).
    assert total > 5000 and same / total >= 0.999


def test_blas_runs_on_one_thread(nlp):
    from threadpoolctl import threadpool_info

    pools = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert pools and all(p["num_threads"] == 1 for p in pools)


def test_the_string_store_stays_flat_across_batches(monkeypatch):
    """Each batch brings words never seen before; with a memory zone every ``ZONE_ARTICLES`` articles
    (here 8: two batches) they are forgotten when the zone closes."""
    from extractor.feed import parse_json_record
    from extractor.nlp import DEFAULT_MODEL
    from transforms import extract_events
    from transforms.extract_events import ExtractEventsDoFn

    monkeypatch.setattr(extract_events, "ZONE_ARTICLES", 8)
    fn = ExtractEventsDoFn(DEFAULT_MODEL)
    fn.setup()
    rng = random.Random(7)

    def batch(n):
        out = []
        for i in range(n):
            words = ["".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(40)]
            filler = " ".join(f"The {w} plan was discussed by the officials of the two states." for w in words)
            text = f"Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Monday. {filler}"
            record = {"id": f"z{rng.random()}-{i}", "text": text, "published": "2024-03-05"}
            out.append(parse_json_record(json.dumps(record)))
        return out

    fn.holder.close_zone()
    list(fn.process(batch(4)))  # the first batch may add lasting entries (labels, rule strings)
    fn.holder.close_zone()
    base = len(fn.nlp.vocab.strings)
    sizes = []
    for _ in range(6):
        rows = list(fn.process(batch(4)))
        assert any(isinstance(r, dict) and r.get("event_type") == "MEETING" for r in rows)
        sizes.append(len(fn.nlp.vocab.strings))
    # Zones close before the 3rd and 5th batch: the store grows within a zone and falls back after.
    assert sizes[0] < sizes[1] > sizes[2] < sizes[3] > sizes[4] < sizes[5]
    assert max(sizes) - base < 2 * (sizes[0] - base) + 50  # never more than one zone's new words
    fn.holder.close_zone()
    assert len(fn.nlp.vocab.strings) == base


def test_threads_sharing_one_model_get_what_one_thread_gets():
    """Threads of a worker share the model; one thread's memory zone must not free another's strings."""
    from concurrent.futures import ThreadPoolExecutor

    from extractor.feed import parse_json_record
    from extractor.nlp import DEFAULT_MODEL
    from transforms.extract_events import ExtractEventsDoFn

    texts = _texts(13)[1:]
    batches = [
        [
            parse_json_record(json.dumps({"id": f"t{b}-{i}", "text": t, "published": "2024-03-05"}))
            for i, t in enumerate(texts[b::4])
        ]
        for b in range(4)
    ]
    fns = [ExtractEventsDoFn(DEFAULT_MODEL) for _ in range(2)]
    for fn in fns:
        fn.setup()
    assert fns[0].nlp is fns[1].nlp  # one model per process

    def rows(fn, batch):
        return [json.dumps(r, sort_keys=True, default=str) for r in fn.process(batch) if isinstance(r, dict)]

    alone = [rows(fns[0], b) for b in batches]
    with ThreadPoolExecutor(2) as pool:
        together = list(pool.map(rows, [fns[i % 2] for i in range(8)], batches * 2))
    assert together == alone * 2
    assert sum(map(len, alone)) > 5
