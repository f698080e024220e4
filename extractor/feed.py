"""Input records to articles.

An article is a plain dict (it crosses PCollection boundaries):
``article_id, text, body_start, published (datetime.date | None), published_raw,
source, dateline, url, title, language, source_file, line, notes``.
``line`` is the record's line in a JSON Lines file (None for a ``.txt`` file);
``notes`` lists ``(warning category, message)`` pairs for what was kept but
could not be used as given (an unparseable date, markup that was blanked).

``text`` is what events are extracted from and what evidence offsets refer to.
For raw ``.txt`` feed files the feed header (``date YYYY-MM-DD``, the
``(MENAFN- Agency)`` attribution) and the dateline are parsed out of it. For
JSON records ``text`` is kept exactly as given, so offsets refer to the
record's own field; a leading dateline is recognised and ``body_start`` marks
where the body begins.

Hostile input (see docs/BAD_INPUT.md): every check raises ``InputError`` with a
stage, a reason a person understands and a short category. Cleaning never
changes the text's length: control characters become spaces; HTML tags and
comments become spaces (a paragraph break for block tags; ``<head>``, scripts
and styles are blanked whole); an entity becomes its character preceded by
spaces. So evidence offsets index the record's own text.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from extractor import errors, gazetteer
from extractor.errors import InputError

MAX_CHARS = 1_000_000  # spaCy's default max_length
MAX_ID_CHARS = 1_000
MAX_RECORD_IN_REJECTED = 64 * 1024
# Below this many words (or letters) the language is not judged: too little to tell.
MIN_WORDS_FOR_LANGUAGE = 20
MIN_ENGLISH_SHARE = 0.10

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_MONTH_WORD = rf"(?:{_MONTHS})[a-z]*\.?"

# " date 2023-10-18 " at the very start of a feed file.
_HEADER_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
# "TOKYO, Oct 18 (KUNA) --", "WASHINGTON (AP) —", "NEW DELHI, March 3, 2024 (PTI) -"
_DATELINE = re.compile(
    rf"""\s*
    (?P<place>[A-Z][A-Za-z'.\-]+(?:[ /][A-Z][A-Za-z'.\-]+){{0,3}})
    (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){{0,2}}))?
    (?:,?\s+(?P<date>{_MONTH_WORD}\s+\d{{1,2}}(?:,\s*\d{{4}})?))?
    \s*(?:\((?P<agency>[^()]{{1,60}})\))?
    (?:\s*(?:--|—|–|-|:)\s+|(?<=\))\s+(?=[A-Z"\u201c]))""",
    re.VERBOSE,
)


def _balanced_group(text: str, start: int) -> int | None:
    """End offset of the parenthesised group opening at ``text[start]``, or None."""
    depth = 0
    for i in range(start, min(len(text), start + 400)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


# The same with the other forms wires use: a day before its month ("ABU DHABI, 2nd May, 2021 (WAM) --",
# "Riyadh, 11 October 2021 (TDI):"), an agency after a comma or between slashes ("Ramallah, December
# 15, 2021, SPA --", "MOSCOW, September 15. /TASS/."), a dash with no space ("(Jiji Press)--Japan's"),
# and a dated dateline alone on its line ("NEW DELHI, March 4" and a blank line).
_CALENDAR_WORDS = {
    *("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()),
    *("january february march april may june july august september october november december".split()),
    *("jan feb mar apr jun jul aug sep sept oct nov dec updated published posted".split()),
}
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD}(?:,?\s*\d{{4}})?"
_MONTH_DAY = rf"{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?"
_DATELINE_WIDE = re.compile(
    rf"""[ \t]*
    (?P<place>[A-Z][A-Za-z'.\-]+(?:[ /][A-Z][A-Za-z'.\-]+){{0,3}})
    (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){{0,2}}))?
    (?:,?\s+(?P<date>{_DAY_MONTH}|{_MONTH_DAY}))?\.?
    (?:\s*\((?P<agency>[^()]{{1,60}})\)\.?|,\s*(?P<agency_comma>[A-Z]{{2,10}})\b|\s*/(?P<agency_slash>[A-Z][A-Z\-]{{1,15}})/\.?)?
    (?:[ \t]*(?:--|—|–|-|:)(?:\s+|(?=[A-Z"\u201c]))|(?:(?<=\))|(?<=/)|(?<=[)/]\.))\s+(?=[A-Z"\u201c])|[ \t]*\n)""",
    re.VERBOSE,
)
# "PTI | New Delhi | Updated: 11-09-2021 11:29 IST": a page's credit line, agency and place between bars
_DATELINE_PIPED = re.compile(
    r"[ \t]*(?P<agency>[A-Z][A-Za-z&.\- ]{1,30}?)[ \t]*\|[ \t]*(?P<place>[A-Z][A-Za-z .'\-]{1,30}?)[ \t]*\|"
    r"[ \t]*(?:Updated|Created|Published|Posted)\b[^\n]*\n?"
)
# "(LONDON) -- ...": the place in brackets
_DATELINE_BRACKETED = re.compile(r"[ \t]*\((?P<place>[A-Z][A-Z .'\-]{2,30})\)[ \t]*(?:--|—|–|-)\s+")


def find_dateline(text: str, start: int = 0) -> dict | None:
    """Recognise a dateline at ``text[start:]``.

    Returns ``{place, date, agency, end}`` where ``end`` is the offset of the body,
    or None. A place in mixed case counts only when a date or an agency follows it,
    so an ordinary first sentence is never taken for a dateline.
    """
    for pattern in (_DATELINE, _DATELINE_WIDE, _DATELINE_BRACKETED):
        m = pattern.match(text, start)
        if not m:
            continue
        if pattern is _DATELINE_BRACKETED and not gazetteer.load().city(m.group("place").title()):
            continue  # "(AFP) --" is an agency
        found = _dateline_of(m, text)
        if found is not None:
            return found
    return None


def _dateline_of(m: re.Match, text: str) -> dict | None:
    place = m.group("place").strip()
    if place.split()[0].rstrip(".").lower() in _CALENDAR_WORDS:
        return None  # "Saturday 13 September 2014": a date line, no place
    groups = m.groupdict()
    agency = groups.get("agency") or groups.get("agency_comma") or groups.get("agency_slash")
    date = groups.get("date")
    if date is None and agency and re.fullmatch(_MONTH_DAY, agency.strip()):
        date, agency = agency.strip(), None  # "KUALA LUMPUR (May 10):"
    elif date is None and agency:
        inside = re.search(rf"{_DAY_MONTH}|{_MONTH_DAY}", agency)  # "(Some Wire / WAM - 26th Mar, 2020)"
        date = inside.group() if inside else None
    if m.group(0).endswith("\n") and not date:
        return None  # a line of its own is a dateline only with its date: else a headline
    colon = text[m.start("place") : m.end()].rstrip().endswith(":")
    known_city = colon and gazetteer.load().city(place) is not None  # "New Delhi: On the sidelines ..."
    if not (place.isupper() or date or agency or known_city):
        return None
    if not place.isupper() and len(place.split()) > 3:
        return None
    return {
        "place": place.title() if place.isupper() else place,
        "date": date,
        "agency": agency,
        "end": m.end(),
        "upper": place.isupper(),
    }


def find_inner_dateline(text: str, limit: int = 600) -> dict | None:
    """A dateline opening a later paragraph of the story's first lines, below a headline, a byline or
    an attribution ("By X" and a blank line, then "LONDON, April 3 (KUNA) -- ...")."""
    gaz = gazetteer.load()
    starts = [m.end() for m in re.finditer(r"\n\s*|\A\((?:[^()]|\([^()]*\))*\)\s*", text[:limit])]
    for start in starts:
        found = find_dateline(text, start)
        if found is None:
            piped = _DATELINE_PIPED.match(text, start)
            if piped and gaz.city(piped.group("place")):
                place, agency = piped.group("place"), piped.group("agency").strip()
                return {"place": place, "date": None, "agency": agency, "end": piped.end(), "upper": False}
            continue
        # inside the text a line may open with anything in capitals: the place must be one the
        # gazetteer knows ("LIMA -"), or come with the wire's date or agency
        known = any(gaz.city(p) for p in found["place"].split("/"))
        if known or (found["upper"] and (found["date"] or found["agency"])):
            return found
    return None


# ---- cleaning: one character in, one character out ----------------------------------------
# C0 controls but tab, newline and carriage return; DEL; C1 controls; lone surrogates (from JSON
# "\ud800" escapes, which no UTF-8 writer accepts); the non-characters U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _control_replacement(m: re.Match) -> str:
    return "\ufffd" if "\ud800" <= m.group() <= "\udfff" else " "


def clean_controls(text: str) -> tuple[str, int]:
    """Control characters and lone surrogates replaced one for one; returns (text, how many)."""
    if not _CONTROL.search(text):
        return text, 0
    cleaned, n = _CONTROL.subn(_control_replacement, text)
    return cleaned, n


_BLOCK_TAGS = (
    "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|"
    "form|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|"
    "title|tr|ul"
)
_INLINE_TAGS = (
    "a|abbr|audio|b|base|button|cite|code|em|font|i|iframe|img|input|label|link|meta|noscript|"
    "option|picture|q|s|select|small|source|span|strong|sub|sup|svg|textarea|time|u|video|wbr"
)
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?P<raw>head|script|style|noscript|template|svg)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<!doctype\b[^<>]*>"
    rf"|</?(?P<block>{_BLOCK_TAGS})(?:\s[^<>]*)?/?>"
    rf"|</?(?:{_INLINE_TAGS})(?:\s[^<>]*)?/?>",
    re.IGNORECASE | re.DOTALL,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _blank_tag(m: re.Match) -> str:
    n = len(m.group())
    return "\n\n" + " " * (n - 2) if m.group("block") and n >= 3 else " " * n


def _decode_entity(m: re.Match) -> str:
    char = html.unescape(m.group())
    if len(char) != 1:  # unknown or multi-character: left as written
        return m.group()
    return " " * (len(m.group()) - 1) + char


def strip_markup(text: str) -> tuple[str, int]:
    """HTML tags, comments, scripts and styles blanked, entities decoded, all in place.

    The result has the same length as ``text``, so an offset into it is an offset into
    the original record. Returns (text, number of characters changed).
    """
    if "<" not in text and "&" not in text:
        return text, 0
    out = _MARKUP.sub(_blank_tag, text) if "<" in text else text
    out = _ENTITY.sub(_decode_entity, out) if "&" in out else out
    if out == text:
        return text, 0
    return out, sum(1 for a, b in zip(text, out, strict=True) if a != b)


# ---- checks -------------------------------------------------------------------------------
# Frequent English function words that are rare as words in other languages written in Latin
# letters (so not "a", "in", "on", "de", "die", "en").
_ENGLISH_WORDS = frozenset(
    "the of and to is was that for with as by at from his her its it be has have had are were this "
    "which said an not but or will would been their they he she we who also after over than more "
    "about into there between other all can these our you what when while".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LANGUAGE_SAMPLE = 20_000


def check_english(text: str, declared: str | None = None) -> None:
    """Raise InputError unless the text is (or could be) English.

    A declared ``language`` other than English is believed. Otherwise, cheaply, on the first
    20,000 characters: mostly non-Latin letters, or (with at least 20 words) fewer than 10% of
    words among common English function words (the samples and eval articles have 22-35%), is not English.
    """
    if declared and declared.strip():
        code = declared.strip().lower()
        if not (code.startswith("en") or code in {"und", "mul", "unknown"}):
            raise InputError("language", f"language {declared.strip()!r} is not English", errors.NOT_ENGLISH)
    sample = text[:_LANGUAGE_SAMPLE]
    words = _WORD.findall(sample)
    letters = sum(len(w) for w in words)
    if letters >= MIN_WORDS_FOR_LANGUAGE * 3:
        latin = len(_LATIN_LETTER.findall(sample))
        if latin / letters < 0.5:
            share = 1 - latin / letters
            raise InputError(
                "language",
                f"not English: {share:.0%} of letters are not Latin letters",
                errors.NOT_ENGLISH,
            )
    if len(words) >= MIN_WORDS_FOR_LANGUAGE:
        share = sum(1 for w in words if w.lower() in _ENGLISH_WORDS) / len(words)
        if share < MIN_ENGLISH_SHARE:
            raise InputError(
                "language",
                f"not English: {share:.0%} of words are common English words "
                f"(English text has over {MIN_ENGLISH_SHARE:.0%})",
                errors.NOT_ENGLISH,
            )


def _check_length(text: str) -> None:
    if len(text) > MAX_CHARS:
        raise InputError("parse", f"text longer than {MAX_CHARS:,} characters ({len(text):,})", errors.TOO_LONG)


def _check_text(text: str, what: str = "text is empty") -> str:
    if not text.strip():
        raise InputError("parse", what, errors.EMPTY_TEXT)
    _check_length(text)
    return text


def _clean_text(text: str, notes: list) -> str:
    """Length-preserving cleaning of an article text; what was changed goes to ``notes``."""
    text, n_controls = clean_controls(text)
    if n_controls:
        notes.append((errors.CONTROL_CHARACTERS, f"{n_controls:,} control character(s) replaced by spaces"))
    text, n_markup = strip_markup(text)
    if n_markup:
        notes.append((errors.MARKUP_REMOVED, f"HTML markup removed ({n_markup:,} characters blanked)"))
    return text


# ---- bytes to text --------------------------------------------------------------------------
_GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_BINARY_SAMPLE = 8192
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0c")


def sniff_binary(sample: bytes) -> None:
    """Raise InputError when the first bytes of a file are not text (gzip, UTF-16, binary)."""
    sample = sample[:_BINARY_SAMPLE]
    if sample.startswith(_GZIP_MAGIC):
        raise InputError("read", "gzip-compressed data where text was expected (name the file *.gz)", errors.BINARY)
    if sample.startswith(_UTF16_BOMS):
        raise InputError("read", "UTF-16 text (byte-order mark), not UTF-8", errors.NOT_UTF8)
    if sample:
        controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls / len(sample) > 0.10:
            raise InputError(
                "read",
                f"binary data, not text ({controls / len(sample):.0%} control bytes in the first "
                f"{len(sample):,} bytes)",
                errors.BINARY,
            )


def decode_bytes(data: bytes, sniff: bool = True) -> str:
    """Bytes of a file or line to text. Raises InputError for binary data and non-UTF-8 text.

    A UTF-8 byte-order mark is dropped. Control characters that remain are left for
    ``clean_controls``.
    """
    if sniff:
        sniff_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("read", f"not valid UTF-8 at byte {exc.start}", errors.NOT_UTF8) from None
    return text[1:] if text.startswith("\ufeff") else text


# ---- fields ---------------------------------------------------------------------------------
def parse_published(value) -> dt.date | None:
    """ISO date or datetime string to a date; None when absent.

    Raises InputError (a ValueError) when unparseable; the caller keeps the article.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(
            "parse", f"published is {_json_type(value)}, not an ISO date string", errors.PUBLISHED_UNPARSEABLE
        )
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise InputError(
            "parse", f"published {_short(value)!r} is not an ISO 8601 date", errors.PUBLISHED_UNPARSEABLE
        ) from None


def _published(value, notes: list) -> dt.date | None:
    try:
        return parse_published(value)
    except InputError as err:
        notes.append((errors.PUBLISHED_UNPARSEABLE, f"{err.reason}; published left empty"))
        return None


def _short(value: str, n: int = 80) -> str:
    value, _ = clean_controls(value)
    return value if len(value) <= n else value[:n] + "…"


def _json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def clip_record(raw) -> str:
    """The raw record as kept in ``rejected/``: at most 64 KiB of UTF-8, always writable."""
    if isinstance(raw, bytes):
        return raw[:MAX_RECORD_IN_REJECTED].decode("utf-8", errors="replace")
    data = (raw or "").encode("utf-8", errors="replace")
    return data[:MAX_RECORD_IN_REJECTED].decode("utf-8", errors="ignore")


def _article(
    article_id,
    text,
    body_start,
    published,
    published_raw,
    source,
    dateline,
    url=None,
    title=None,
    language=None,
    source_file=None,
    notes=None,
    dateline_date=None,
) -> dict:
    return {
        "article_id": article_id,
        "text": text,
        "body_start": body_start,
        "published": published,
        "published_raw": published_raw,
        "source": source,
        "dateline": dateline,
        "url": url,
        "title": title,
        "language": language,
        "source_file": source_file,
        "line": None,
        "notes": notes or [],
        # "TOKYO, Oct 18 (KUNA)": the day the story was filed, the news day of its undated events
        "dateline_date": _dateline_day(dateline_date, published),
    }


def _dateline_day(text: str | None, published):
    if not text or published is None:
        return None
    from extractor.dates import resolve

    found = resolve(text, published)
    return found.iso if found.precision == "day" and not found.future else None


def _optional_str(obj: dict, key: str, notes: list) -> str | None:
    """An optional string field; anything else is left empty and noted, the article kept."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        notes.append((errors.FIELD_NOT_STRING, f"field '{key}' is {_json_type(value)}, not a string; left empty"))
        return None
    return clean_controls(value)[0]


def _article_id(obj: dict) -> str:
    if "id" not in obj:
        raise InputError("parse", "'id' is missing", errors.BAD_ID)
    value = obj["id"]
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError("parse", f"'id' is {_json_type(value)}, not a string", errors.BAD_ID)
    value = clean_controls(value)[0].strip()
    if not value:
        raise InputError("parse", "'id' is empty", errors.BAD_ID)
    if len(value) > MAX_ID_CHARS:
        raise InputError("parse", f"'id' longer than {MAX_ID_CHARS:,} characters", errors.BAD_ID)
    return value


def parse_json_record(raw: str, source_file: str | None = None) -> dict:
    """One JSON object (a line of ``.jsonl``) to an article. Raises InputError."""
    try:
        obj = json.loads(raw, strict=False)  # raw control characters in strings are cleaned below
    except json.JSONDecodeError as exc:
        raise InputError("parse", f"invalid JSON: {exc.msg} at column {exc.colno}", errors.INVALID_JSON) from None
    except RecursionError:
        raise InputError("parse", "invalid JSON: nested too deeply", errors.INVALID_JSON) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        reason = f"invalid JSON: {str(exc).split(';')[0]}"
        raise InputError("parse", reason, errors.INVALID_JSON) from None
    if not isinstance(obj, dict):
        raise InputError("parse", f"JSON record is {_json_type(obj)}, not an object", errors.NOT_AN_OBJECT)
    article_id = _article_id(obj)
    if "text" not in obj:
        raise InputError("parse", "'text' is missing", errors.BAD_TEXT)
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError("parse", f"'text' is {_json_type(text)}, not a string", errors.BAD_TEXT)
    _check_text(text)
    notes: list = []
    text = _clean_text(text, notes)
    _check_text(text, "text is empty once markup and control characters are removed")
    language = _optional_str(obj, "language", notes)
    check_english(text, language)
    published_raw = obj.get("published")
    published = _published(published_raw, notes)
    dateline = find_dateline(text)
    # a dateline below a headline or a byline dates and places the story; the text keeps its lines
    inner = None if dateline else find_inner_dateline(text)
    stated = dateline or inner
    return _article(
        article_id=article_id,
        text=text,
        body_start=dateline["end"] if dateline else 0,
        published=published,
        published_raw=None if published_raw is None else _short(str(published_raw), 200),
        source=_optional_str(obj, "source", notes),
        dateline=stated["place"] if stated else None,
        dateline_date=stated["date"] if stated else None,
        url=_optional_str(obj, "url", notes),
        title=_optional_str(obj, "title", notes),
        language=language,
        source_file=source_file,
        notes=notes,
    )


def parse_raw_text(content: str, article_id: str, source_file: str | None = None) -> dict:
    """A raw feed file (one article) to an article. Raises InputError.

    Recognises, in order and each optional: ``date YYYY-MM-DD``, a parenthesised
    attribution such as ``(MENAFN- Kuwait News Agency (KUNA))``, and a dateline.
    They are removed from ``text``.
    """
    if not content.strip():
        raise InputError("parse", "text is empty", errors.EMPTY_TEXT)
    if len(content) > MAX_CHARS + 1_000:  # more than any feed header could account for
        _check_length(content)
    notes: list = []
    content = _clean_text(content, notes)
    pos = 0
    published_raw = None
    m = _HEADER_DATE.match(content)
    if m:
        published_raw = m.group(1)
        pos = m.end()
    source = None
    if content.startswith("(", pos):
        end = _balanced_group(content, pos)
        if end is not None:
            source = content[pos + 1 : end - 1].strip()
            source = re.sub(r"^MENAFN\s*-\s*", "", source).strip() or None
            pos = end
    dateline = find_dateline(content, pos)
    if dateline:
        pos = dateline["end"]
        if source is None and dateline["agency"]:
            source = dateline["agency"]
    published = _published(published_raw, notes)
    text = content[pos:].strip()
    _check_text(text, "text is empty once the feed header, markup and control characters are removed")
    check_english(text)
    if dateline is None:
        dateline = find_inner_dateline(text)  # below a headline or byline; the text keeps its lines
        if dateline and source is None and dateline["agency"]:
            source = dateline["agency"]
    return _article(
        article_id=article_id,
        text=text,
        body_start=0,
        published=published,
        published_raw=published_raw,
        source=source,
        dateline=dateline["place"] if dateline else None,
        dateline_date=dateline["date"] if dateline else None,
        source_file=source_file,
        notes=notes,
    )
