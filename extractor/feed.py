"""Input records to articles.

An article is a plain dict (it crosses PCollection boundaries):
``article_id, text, body_start, published (datetime.date | None), published_raw,
source, dateline, url, title, language, source_file``.

``text`` is what events are extracted from and what evidence offsets refer to.
For raw ``.txt`` feed files the feed header (``date YYYY-MM-DD``, the
``(MENAFN- Agency)`` attribution) and the dateline are parsed out of it. For
JSON records ``text`` is kept exactly as given, so offsets refer to the
record's own field; a leading dateline is recognised and ``body_start`` marks
where the body begins.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from extractor.errors import InputError

MAX_CHARS = 1_000_000
MAX_RECORD_IN_REJECTED = 64 * 1024

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
    \s*(?:--|—|–|-|:)\s+""",
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


def find_dateline(text: str, start: int = 0) -> dict | None:
    """Recognise a dateline at ``text[start:]``.

    Returns ``{place, date, agency, end}`` where ``end`` is the offset of the body,
    or None. A place in mixed case counts only when a date or an agency follows it,
    so an ordinary first sentence is never taken for a dateline.
    """
    m = _DATELINE.match(text, start)
    if not m:
        return None
    place = m.group("place").strip()
    if not (place.isupper() or m.group("date") or m.group("agency")):
        return None
    if not place.isupper() and len(place.split()) > 3:
        return None
    return {
        "place": place.title() if place.isupper() else place,
        "date": m.group("date"),
        "agency": m.group("agency"),
        "end": m.end(),
    }


def parse_published(value) -> dt.date | None:
    """ISO date or datetime string to a date; None when absent. Raises ValueError when unparseable."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"published is a {type(value).__name__}, not an ISO date string")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise ValueError(f"published {value!r} is not an ISO 8601 date") from exc


def clip_record(raw: str) -> str:
    """The raw record as kept in ``rejected/``: at most 64 KiB of UTF-8."""
    data = raw.encode("utf-8", errors="replace")
    if len(data) <= MAX_RECORD_IN_REJECTED:
        return raw
    return data[:MAX_RECORD_IN_REJECTED].decode("utf-8", errors="ignore")


def _check_text(text: str) -> str:
    if not text.strip():
        raise InputError("parse", "text is empty")
    if len(text) > MAX_CHARS:
        raise InputError("parse", f"text longer than {MAX_CHARS:,} characters ({len(text):,})")
    return text


def _article(article_id, text, body_start, published, published_raw, source, dateline, url=None,
             title=None, language=None, source_file=None) -> dict:
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
    }


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError("parse", f"field '{key}' is a {type(value).__name__}, not a string")
    return value


def parse_json_record(raw: str, source_file: str | None = None) -> dict:
    """One JSON object (a line of ``.jsonl``) to an article. Raises InputError."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError("parse", f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise InputError("parse", "invalid JSON: nested too deeply") from None
    if not isinstance(obj, dict):
        raise InputError("parse", f"JSON record is {type(obj).__name__ if obj is not None else 'null'}, "
                                  "not an object")
    article_id = obj.get("id")
    if isinstance(article_id, int) and not isinstance(article_id, bool):
        article_id = str(article_id)
    if not isinstance(article_id, str) or not article_id.strip():
        raise InputError("parse", "missing or non-string 'id'")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("parse", "missing or non-string 'text'")
    _check_text(text)
    published_raw = obj.get("published")
    try:
        published = parse_published(published_raw)
    except ValueError:
        published = None
    dateline = find_dateline(text)
    return _article(
        article_id=article_id.strip(),
        text=text,
        body_start=dateline["end"] if dateline else 0,
        published=published,
        published_raw=None if published_raw is None else str(published_raw),
        source=_optional_str(obj, "source"),
        dateline=dateline["place"] if dateline else None,
        url=_optional_str(obj, "url"),
        title=_optional_str(obj, "title"),
        language=_optional_str(obj, "language"),
        source_file=source_file,
    )


def parse_raw_text(content: str, article_id: str, source_file: str | None = None) -> dict:
    """A raw feed file (one article) to an article. Raises InputError.

    Recognises, in order and each optional: ``date YYYY-MM-DD``, a parenthesised
    attribution such as ``(MENAFN- Kuwait News Agency (KUNA))``, and a dateline.
    They are removed from ``text``.
    """
    _check_text(content)
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
    try:
        published = parse_published(published_raw)
    except ValueError:
        published = None
    text = content[pos:].strip()
    _check_text(text)
    return _article(
        article_id=article_id,
        text=text,
        body_start=0,
        published=published,
        published_raw=published_raw,
        source=source,
        dateline=dateline["place"] if dateline else None,
        source_file=source_file,
    )
