"""Hostile records through the pure parsing functions and the read/dedupe DoFns called directly."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json

import pytest

from extractor import errors
from extractor.errors import InputError
from extractor.feed import (
    MAX_CHARS,
    check_english,
    clean_controls,
    clip_record,
    decode_bytes,
    parse_json_record,
    parse_published,
    parse_raw_text,
    strip_markup,
)
from transforms.dedupe_articles import PickArticleDoFn
from transforms.read_articles import LongLine, read_lines

ENGLISH = (
    "The foreign minister of Oman met his Jordanian counterpart in Muscat on Monday to discuss "
    "regional security and trade, the ministry said in a statement after the talks."
)
FRENCH = (
    "Le ministre des Affaires étrangères a rencontré son homologue dans la capitale lundi pour "
    "discuter de la sécurité régionale et du commerce, selon un communiqué publié par le ministère."
)
SPANISH = (
    "El ministro de Asuntos Exteriores se reunió el lunes con su homólogo en la capital para hablar "
    "de la seguridad regional y del comercio, según un comunicado del ministerio publicado por la noche."
)
ARABIC = "التقى وزير الخارجية نظيره في العاصمة يوم الاثنين لبحث الأمن الإقليمي والتجارة بين البلدين. " * 2


def _reject(raw: str) -> InputError:
    with pytest.raises(InputError) as err:
        parse_json_record(raw)
    return err.value


@pytest.mark.parametrize(
    "raw, category, reason",
    [
        (
            '{"id": "a", "text": "x" "y"}',
            errors.INVALID_JSON,
            "invalid JSON: Expecting ',' delimiter at column 25",
        ),
        ("", errors.INVALID_JSON, "invalid JSON: Expecting value at column 1"),
        ("null", errors.NOT_AN_OBJECT, "JSON record is null, not an object"),
        ("[1, 2]", errors.NOT_AN_OBJECT, "JSON record is a list, not an object"),
        ("3.5", errors.NOT_AN_OBJECT, "JSON record is a number, not an object"),
        ('"text"', errors.NOT_AN_OBJECT, "JSON record is a string, not an object"),
        ('{"text": "Leaders met."}', errors.BAD_ID, "'id' is missing"),
        ('{"id": null, "text": "Leaders met."}', errors.BAD_ID, "'id' is null, not a string"),
        ('{"id": false, "text": "Leaders met."}', errors.BAD_ID, "'id' is false, not a string"),
        ('{"id": {"a": 1}, "text": "Leaders met."}', errors.BAD_ID, "'id' is an object, not a string"),
        ('{"id": "  ", "text": "Leaders met."}', errors.BAD_ID, "'id' is empty"),
        ('{"id": "a"}', errors.BAD_TEXT, "'text' is missing"),
        ('{"id": "a", "text": ["Leaders met."]}', errors.BAD_TEXT, "'text' is a list, not a string"),
        ('{"id": "a", "text": ""}', errors.EMPTY_TEXT, "text is empty"),
        ('{"id": "a", "text": " \\n\\t "}', errors.EMPTY_TEXT, "text is empty"),
        (
            '{"id": "a", "text": "<p> <br/> </p>\\u0000"}',
            errors.EMPTY_TEXT,
            "text is empty once markup and control characters are removed",
        ),
        (
            '{"id": "a", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
            errors.INVALID_JSON,
            "nested too deeply",
        ),
        ('{"id": "a", "n": ' + "7" * 5000 + "}", errors.INVALID_JSON, "Exceeds the limit (4300 digits)"),
    ],
)
def test_bad_json_records_have_a_category_and_a_readable_reason(raw, category, reason):
    err = _reject(raw)
    assert err.category == category
    assert reason in err.reason
    assert err.stage == "parse"


def test_too_long_text_is_rejected_with_its_length():
    err = _reject(json.dumps({"id": "a", "text": "word " * (MAX_CHARS // 5 + 1)}))
    assert err.category == errors.TOO_LONG
    assert err.reason == "text longer than 1,000,000 characters (1,000,005)"


def test_id_too_long_and_numeric_id():
    assert _reject(json.dumps({"id": "x" * 1001, "text": ENGLISH})).category == errors.BAD_ID
    assert parse_json_record(json.dumps({"id": 42, "text": ENGLISH}))["article_id"] == "42"


def test_unparseable_published_keeps_the_article_and_says_so():
    article = parse_json_record(json.dumps({"id": "a", "text": ENGLISH, "published": "last Tuesday"}))
    assert article["published"] is None
    assert article["notes"] == [
        (
            errors.PUBLISHED_UNPARSEABLE,
            "published 'last Tuesday' is not an ISO 8601 date; published left empty",
        )
    ]
    article = parse_json_record(json.dumps({"id": "a", "text": ENGLISH, "published": 20240101}))
    assert article["published"] is None and article["notes"][0][0] == errors.PUBLISHED_UNPARSEABLE


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-03-05T23:10:00Z", dt.date(2024, 3, 5)),
        ("", None),
        (None, None),
    ],
)
def test_published_parses_iso_dates(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45", "05/03/2024", [2024], "2024-02-30"])
def test_published_raises_input_error_otherwise(value):
    with pytest.raises(InputError):
        parse_published(value)


def test_optional_fields_of_the_wrong_type_are_left_empty_and_noted():
    article = parse_json_record(json.dumps({"id": "a", "text": ENGLISH, "title": 7, "url": ["u"], "source": "S"}))
    assert (article["title"], article["url"], article["source"]) == (None, None, "S")
    assert [c for c, _ in article["notes"]] == [errors.FIELD_NOT_STRING, errors.FIELD_NOT_STRING]


def test_control_characters_and_lone_surrogates_are_replaced_one_for_one():
    raw = "Egypt\x00 backs\x07 the\x1b plan\ud800 \x85now\tand\nthen\r."
    cleaned, n = clean_controls(raw)
    assert len(cleaned) == len(raw) and n == 5
    assert cleaned == "Egypt  backs  the  plan\ufffd  now\tand\nthen\r."
    cleaned.encode("utf-8")  # writable: no lone surrogate is left
    article = parse_json_record(json.dumps({"id": "a", "text": ENGLISH + raw}))
    assert article["text"] == ENGLISH + cleaned
    assert article["notes"] == [(errors.CONTROL_CHARACTERS, "5 control character(s) replaced by spaces")]


def test_markup_is_blanked_in_place_so_offsets_index_the_original():
    html = (
        "<html><head><title>T</title><style>p {x: 1}</style></head><body><p>Oman&#39;s minister "
        "met&nbsp;Safadi.</p><!-- ad --><script>if (a < b) {}</script>"
        "<p>AT&amp;T said <b>no</b>.</p></body></html>"
    )
    text, changed = strip_markup(html)
    assert len(text) == len(html) and changed > 0
    assert "<" not in text and "&" not in text.replace("&T", "")
    assert " ".join(text.split()) == "Oman 's minister met Safadi. AT &T said no ."
    assert "met     \xa0Safadi" in text  # an entity: spaces, then its character
    start = text.index("minister")
    assert html[start : start + len("minister")] == "minister"
    assert text.count("\n\n") >= 2  # paragraphs stay apart for the sentence splitter


def test_text_without_markup_is_untouched():
    text = "Talks on 3 < 4 and a > b & c went well; see <Reuters> and &unknown; too."
    assert strip_markup(text) == (text, 0)


def test_markup_article_is_kept_with_a_note():
    article = parse_json_record(json.dumps({"id": "h", "text": f"<div><p>{ENGLISH}</p></div>"}))
    assert article["text"].strip() == ENGLISH
    assert article["notes"][0][0] == errors.MARKUP_REMOVED


@pytest.mark.parametrize("text", [FRENCH, SPANISH, ARABIC])
def test_other_languages_are_rejected(text):
    with pytest.raises(InputError) as err:
        check_english(text)
    assert err.value.category == errors.NOT_ENGLISH and err.value.reason.startswith("not English: ")


def test_declared_language_is_believed():
    with pytest.raises(InputError) as err:
        check_english(ENGLISH, "fr")
    assert err.value.reason == "language 'fr' is not English"
    check_english(ENGLISH, "en-GB")
    check_english(ENGLISH, None)


def test_short_texts_are_not_judged():
    check_english("Xi Jinping, Vladimir Putin, Beijing.")
    check_english("Le ministre a parlé.")


def test_decoding_bytes():
    assert decode_bytes("\ufeffMinisters met.".encode()) == "Ministers met."
    with pytest.raises(InputError) as err:
        decode_bytes(b"Ministers met in Bogot\xe1 on Monday.")
    assert (err.value.category, err.value.reason) == (errors.NOT_UTF8, "not valid UTF-8 at byte 22")
    with pytest.raises(InputError) as err:
        decode_bytes("Ministers met.".encode("utf-16"))
    assert err.value.reason == "UTF-16 text (byte-order mark), not UTF-8"
    with pytest.raises(InputError) as err:
        decode_bytes(bytes(range(256)) * 4)
    assert err.value.category == errors.BINARY and err.value.reason.startswith("binary data, not text (")
    with pytest.raises(InputError) as err:
        decode_bytes(gzip.compress(b"Ministers met."))
    assert err.value.category == errors.BINARY and "gzip" in err.value.reason
    assert decode_bytes(b"a\x00b", sniff=False) == "a\x00b"


def test_raw_feed_file_cases():
    with pytest.raises(InputError) as err:
        parse_raw_text("date 2024-01-01\n(MENAFN- Agency)\n  ", "x")
    assert err.value.category == errors.EMPTY_TEXT
    article = parse_raw_text(f"date 2023-02-30\n{ENGLISH}", "x")
    assert article["published"] is None and article["published_raw"] == "2023-02-30"
    assert article["notes"][0][0] == errors.PUBLISHED_UNPARSEABLE
    with pytest.raises(InputError) as err:
        parse_raw_text(FRENCH, "x")
    assert err.value.category == errors.NOT_ENGLISH
    with pytest.raises(InputError) as err:
        parse_raw_text("a" * (MAX_CHARS + 2000), "x")
    assert err.value.category == errors.TOO_LONG


def test_clip_record_keeps_64_kib_of_valid_utf8():
    clipped = clip_record("é" * 40_000)
    assert len(clipped.encode("utf-8")) <= 64 * 1024 and set(clipped) == {"é"}
    assert clip_record(b"\xff" * 10) == "\ufffd" * 10
    assert clip_record("a\ud800b") == "a?b"
    assert clip_record(None) == ""


def test_read_lines_caps_line_length_without_holding_the_line():
    data = b"short\n" + b"x" * 100 + b"\nlast"
    lines = list(read_lines(io.BytesIO(data), limit=50))
    assert lines == [(1, b"short"), (2, b"x" * 100), (3, b"last")]  # its first 64 KiB
    assert [type(line) for _, line in lines] == [bytes, LongLine, bytes]
    # the same when lines straddle chunks given as ``first``
    assert list(read_lines(io.BytesIO(data[10:]), first=data[:10], limit=50)) == lines


def test_read_lines_reports_the_partial_line_when_the_stream_fails():
    data = gzip.compress(b'{"id": "a"}\n{"id": "b", "te')
    partial = bytearray()
    stream = gzip.GzipFile(fileobj=io.BytesIO(data[:-8]))  # the gzip trailer cut off
    got = []
    with pytest.raises(EOFError):
        for item in read_lines(stream, partial=partial):
            got.append(item)
    assert got == [(1, b'{"id": "a"}')] and bytes(partial) == b'{"id": "b", "te'


def _copy(text: str, source_file: str, line: int) -> dict:
    article = parse_json_record(json.dumps({"id": "d", "text": text}), source_file=source_file)
    article["line"] = line
    return article


def test_dedupe_keeps_the_first_copy_by_file_and_line_in_any_order():
    copies = [
        _copy(ENGLISH, "b.jsonl", 1),
        _copy(ENGLISH, "a.jsonl", 9),
        _copy(ENGLISH + " More.", "a.jsonl", 12),
    ]
    results = []
    for order in (copies, copies[::-1], copies[1:] + copies[:1]):
        out = list(PickArticleDoFn().process(("d", order)))
        results.append(out)
        kept = out[0]
        assert (kept["source_file"], kept["line"]) == ("a.jsonl", 9)
        reasons = sorted(o.value["reason"] for o in out[1:])
        assert reasons == [
            "duplicate of article 'd' kept from a.jsonl line 9 (same text)",
            "id 'd' is already used by a different text in a.jsonl line 9; of copies with one id, "
            "the first by file name and line is kept",
        ]
        assert all(o.tag == "rejected" and o.value["stage"] == "dedupe" for o in out[1:])
        replay = json.loads(next(o.value["record"] for o in out[1:] if "More" in o.value["record"]))
        assert replay == {"id": "d", "text": ENGLISH + " More."}
    first = [(o if isinstance(o, dict) else o.value) for o in results[0]]
    assert all([(o if isinstance(o, dict) else o.value) for o in r] == first for r in results)
