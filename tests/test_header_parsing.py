import datetime as dt

import pytest

from extractor.errors import InputError
from extractor.feed import find_dateline, parse_json_record, parse_raw_text


def test_raw_feed_header_attribution_and_dateline_are_parsed_out(seed_path):
    article = parse_raw_text(seed_path.read_text(encoding="utf-8"), "seed", source_file=str(seed_path))
    assert article["published"] == dt.date(2023, 10, 18)
    assert article["source"] == "Kuwait News Agency (KUNA)"
    assert article["dateline"] == "Tokyo"
    assert article["text"].startswith("Chinese President Xi Jinping")
    assert "KUNA" not in article["text"][:200] and "TOKYO" not in article["text"]


def test_raw_file_without_header_keeps_its_text():
    article = parse_raw_text("Ministers met in Rome on Monday.", "x")
    assert article["text"] == "Ministers met in Rome on Monday."
    assert article["published"] is None and article["dateline"] is None and article["source"] is None


@pytest.mark.parametrize(
    "text, place, agency",
    [
        ("TOKYO, Oct 18 (KUNA) -- Chinese President", "Tokyo", "KUNA"),
        ("NEW DELHI, March 3, 2024 (PTI) - Prime Minister", "New Delhi", "PTI"),
        ("WASHINGTON (AP) \u2014 The president", "Washington", "AP"),
        ("BEIJING, Oct. 18 (Xinhua) -- Chinese", "Beijing", "Xinhua"),
        ("Kuwait City, Oct 18 (KUNA) -- The", "Kuwait City", "KUNA"),
    ],
)
def test_datelines(text, place, agency):
    found = find_dateline(text)
    assert (found["place"], found["agency"]) == (place, agency)
    assert not text[found["end"] :].startswith(("-", "\u2014", " "))


@pytest.mark.parametrize("text", ["The president said - nothing more", "Xi Jinping held talks on Monday."])
def test_ordinary_sentences_are_not_datelines(text):
    assert find_dateline(text) is None


def test_json_record_keeps_text_and_marks_the_body_after_its_dateline():
    article = parse_json_record(
        '{"id": "a1", "text": "ANKARA, May 2 (AA) -- Leaders met.", "published": "2024-05-02T10:00:00Z"}'
    )
    assert article["text"].startswith("ANKARA")
    assert article["text"][article["body_start"] :] == "Leaders met."
    assert article["dateline"] == "Ankara" and article["published"] == dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not an object"),
        ('{"id": "a", "text": "   "}', "text is empty"),
        ('{"text": "hello"}', "'id'"),
        ('{"id": "a", "text": 5}', "'text'"),
    ],
)
def test_bad_json_records_raise_input_error_with_a_reason(raw, reason):
    with pytest.raises(InputError) as err:
        parse_json_record(raw)
    assert reason in err.value.reason


def test_a_pages_credit_line_between_bars_gives_the_dateline_place():
    import json

    text = (
        "Ministers hold talks\n\nPTI | New Delhi | Updated: 11-09-2021 11:29 IST | Created: 11-09-2021 11:26 IST\n"
        "On Saturday, the two ministers held talks on the Indo-Pacific and on the situation in the region."
    )
    record = parse_json_record(json.dumps({"id": "x", "text": text, "published": "2021-09-11"}))
    assert record["dateline"] == "New Delhi"
    # negative: bars that credit no place the gazetteer knows give none
    text = text.replace("PTI | New Delhi |", "PTI | Staff Writer |")
    record = parse_json_record(json.dumps({"id": "x", "text": text, "published": "2021-09-11"}))
    assert record["dateline"] is None
