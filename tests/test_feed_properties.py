"""Property-based: whatever text or JSON arrives, parsing and extraction return or raise InputError.

The spaCy model is loaded once for the module; hypothesis generates arbitrary strings, bytes
and JSON values (including surrogates, control characters and markup fragments).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import CATEGORIES, InputError
from extractor.events import find_events
from extractor.feed import (
    check_english,
    clean_controls,
    clip_record,
    decode_bytes,
    find_dateline,
    parse_json_record,
    parse_published,
    parse_raw_text,
    strip_markup,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that reaches the interesting branches: words, markup, entities, datelines, controls.
_fragments = st.sampled_from(
    [
        "<p>", "</p>", "<br/>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#39;", "&#0;", "&nbsp;",
        "\x00", "\x07", "\ud800", "\ufeff", "\n", "\r\n", " ", "date 2024-01-01 ", "(MENAFN- X)",
        "TOKYO, Oct 18 (KUNA) -- ", "the ", "met ", "with ", "President Xi ", "supports ", "Oman ",
        "on Monday. ", "?", "\u2028", "é", "中", "<", ">", "&", "(", ")",
    ]
)  # fmt: skip
texts = st.one_of(st.text(), st.lists(st.one_of(_fragments, st.text(max_size=5)), max_size=40).map("".join))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(texts, st.integers(), json_values),
        "text": st.one_of(texts, json_values),
        "published": st.one_of(texts, json_values, st.dates().map(str)),
        "source": json_values,
        "url": json_values,
        "title": json_values,
        "language": st.one_of(st.sampled_from(["en", "fr", "", "EN-us"]), json_values),
    },
)


def _returns_article_or_input_error(fn, *args):
    try:
        article = fn(*args)
    except InputError as err:
        assert err.category in CATEGORIES and err.reason and err.stage
        return None
    assert isinstance(article["article_id"], str) and article["article_id"]
    text = article["text"]
    assert text.strip()
    text.encode("utf-8")  # writable: no lone surrogate left
    assert 0 <= article["body_start"] <= len(text)
    assert article["published"] is None or isinstance(article["published"], dt.date)
    for key in ("source", "url", "title", "dateline"):
        assert article[key] is None or isinstance(article[key], str)
    return article


@SETTINGS
@given(texts)
def test_any_string_as_a_json_line(raw):
    _returns_article_or_input_error(parse_json_record, raw)


@SETTINGS
@given(json_values)
def test_any_json_value(value):
    _returns_article_or_input_error(parse_json_record, json.dumps(value))


@SETTINGS
@given(records)
def test_any_record_shaped_object(record):
    article = _returns_article_or_input_error(parse_json_record, json.dumps(record))
    if article is not None:
        assert len(article["text"]) == len(record["text"])  # cleaning keeps offsets


@SETTINGS
@given(texts, st.text(min_size=1, max_size=20))
def test_any_string_as_a_feed_file(content, name):
    _returns_article_or_input_error(parse_raw_text, content, name)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_input_error(data):
    try:
        text = decode_bytes(data)
    except InputError:
        return
    assert isinstance(text, str)


@SETTINGS
@given(st.one_of(texts, json_values))
def test_published_is_a_date_none_or_input_error(value):
    try:
        assert parse_published(value) is None or isinstance(parse_published(value), dt.date)
    except InputError:
        pass


@SETTINGS
@given(texts)
def test_cleaning_keeps_length_and_check_english_only_raises_input_error(text):
    assert len(clean_controls(text)[0]) == len(text)
    assert len(strip_markup(text)[0]) == len(text)
    clip_record(text).encode("utf-8")
    find_dateline(text)
    try:
        check_english(text)
    except InputError:
        pass


@pytest.fixture(scope="module")
def nlp():
    from extractor.nlp import load_model

    return load_model()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts, st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.text(max_size=12)))
def test_extraction_over_any_text_returns_events_or_input_error(nlp, text, published, dateline):
    text = clean_controls(text)[0]
    try:
        events = find_events(nlp(text), published, dateline)
    except InputError:
        return
    for event in events:
        row = event.as_row()
        assert 0 <= row["evidence_start"] <= row["evidence_end"] <= len(text)
        assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence"]
