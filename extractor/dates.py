"""Date expressions to ISO 8601 dates at the precision the text supports.

``resolve("Wednesday", date(2023, 10, 18))`` is ``Resolved("2023-10-18", "day", False)``:
the weekday of a news article is the one of the publication week on or before the
publication date. "last November" in that article is ``2022-11`` (month precision),
"in 2016" is ``2016``. Expressions that name a period wider than a month and a year
("this week", "the 1990s", "recent years") give None: no date is better than a wrong one.
``future`` says the expression points after the publication date ("next week",
"tomorrow", "on Nov 5" read as coming): callers use it to leave planned events out.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FUTURE_WORDS = re.compile(r"\b(next|tomorrow|coming|upcoming|later this|following|forthcoming)\b", re.I)
_VAGUE = re.compile(
    r"\b(decade|decades|century|centuries|years|months|weeks|days|era|recent|recently|past few|"
    r"period|season|time|times|moment|age|ago|morning|afternoon|evening|night)\b|\d0s\b",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d{2}|2[01]\d{2})\b")
_LEADING = re.compile(r"^(on|in|at|since|by|from|during|of|the|this past|last|earlier|late|early|mid)\s+", re.I)


class Resolved(NamedTuple):
    iso: str | None
    precision: str | None
    future: bool


def _format(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_OF_YEAR = re.compile(
    r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s*(\d{1,2})?(?:st|nd|rd|th)?,?\s+(this|last) year\b"
)


def _month_of_named_year(t: str, base: dt.date) -> Resolved | None:
    """ "in April this year", "on March 5 last year": that month (or day) of the year named."""
    m = _MONTH_OF_YEAR.search(t)
    if not m:
        return None
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(m.group(1)))
    year = base.year if m.group(3) == "this" else base.year - 1
    if m.group(2):
        try:
            day = dt.date(year, month, int(m.group(2)))
        except ValueError:
            return None
        return Resolved(day.isoformat(), "day", day > base)
    return Resolved(f"{year:04d}-{month:02d}", "month", (year, month) > (base.year, base.month))


def _relative_period(text: str, base: dt.date) -> Resolved | None:
    """Phrases dateparser does not know but news uses all the time."""
    t = text.lower()
    named = _month_of_named_year(t, base)
    if named is not None:
        return named
    if re.search(r"\b(earlier|later|late|early) this month\b|\bthis month\b", t):
        return Resolved(_format(base, "month"), "month", "later" in t)
    last = re.search(r"\blast (" + "|".join(_MONTHS) + r")\b", t)
    if last:  # "last May": the latest May before this month ("last May" in a paper of May is a year back)
        month = _MONTHS.index(last.group(1)) + 1
        year = base.year if month < base.month else base.year - 1
        return Resolved(f"{year:04d}-{month:02d}", "month", False)
    if re.search(r"\bthis year\b", t):
        return Resolved(_format(base, "year"), "year", "later" in t)
    if re.search(r"\blast year\b", t):
        return Resolved(f"{base.year - 1:04d}", "year", False)
    if re.search(r"\blast month\b", t):
        first = base.replace(day=1) - dt.timedelta(days=1)
        return Resolved(_format(first, "month"), "month", False)
    if re.fullmatch(r"(?:(?:more|most|only|very) )?recently", t):
        # "recently held talks": the month of the news (the README's date convention)
        return Resolved(_format(base, "month"), "month", False)
    if re.search(r"\bthis (morning|afternoon|evening)\b", t):
        # "this morning" in the news of the day: that day (a part of a day names its day)
        return Resolved(base.isoformat(), "day", False)
    if re.search(r"\blast night\b", t):
        # "talked by telephone last night" in the news of the day: the evening before it
        return Resolved((base - dt.timedelta(days=1)).isoformat(), "day", False)
    if re.search(r"\b(previous|preceding) day\b|\bday (before|earlier)\b", t):
        # "the previous day" in the news of the publication day
        return Resolved((base - dt.timedelta(days=1)).isoformat(), "day", False)
    if re.search(r"\bnext (month|year|week)\b", t):
        return Resolved(None, None, True)
    # A week names no day; its month is what the text supports ("last week" in a paper of 2 Sept is August).
    if re.search(r"\blast week\b", t):
        return Resolved(_format(base - dt.timedelta(days=7), "month"), "month", False)
    if re.search(r"\b(earlier )?this week\b", t) and "later" not in t:
        return Resolved(_format(base, "month"), "month", False)
    return None


_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _numeric_day(text: str, published: dt.date) -> Resolved | None:
    """ "9/4/2023" is 9 April or 4 September: the reading that agrees with a weekday named next to it
    ("Sunday 9/4/2023"), else the one not after publication, else month first."""
    m = _NUMERIC.search(text)
    if not m:
        return None
    a, b, year = (int(g) for g in m.groups())
    readings = []
    for month, day in ((a, b), (b, a)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    words = set(re.split(r"\W+", text.lower()))
    named = [i for i, w in enumerate(_WEEKDAYS) if w in words]
    fitting = [d for d in readings if d.weekday() in named] or [d for d in readings if d <= published] or readings
    day = fitting[0]
    return Resolved(day.isoformat(), "day", day > published)


_SPAN = re.compile(r"^(.+?)\s*(?:\band\b|\bto\b|\bthrough\b|\buntil\b|\btill\b|-|\u2013)\s*(.+)$", re.I)
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _span(text: str, published: dt.date) -> Resolved | None:
    """ "Thursday and Friday", "5-6 June", "June 5 to 7": two or more days name no one day; the month
    they share is what the text supports (the year, when they straddle months)."""
    m = _SPAN.match(text)
    if not m:
        return None
    first, last = m.group(1).strip(" ,"), m.group(2).strip(" ,")
    if _DAY_NUMBER.fullmatch(first):  # "5 and 6 June": the first day takes the month of the last
        first = _DAY_NUMBER.sub(first, last, count=1)
    else:
        bare = re.fullmatch(r"(\d{1,2}(?:st|nd|rd|th)?)([\s,]+\d{4})?", last)
        if bare:  # "June 5 and 6", "October 5-6, 2023": the last day takes the month (and year) of the first
            first += bare.group(2) or ""
            last = _DAY_NUMBER.sub(bare.group(1), first, count=1)
    ends = [resolve(first, published), resolve(last, published)]
    if any(e.precision != "day" for e in ends) or ends[0].iso == ends[1].iso:
        return None
    (a, b), future = sorted(dt.date.fromisoformat(e.iso) for e in ends), any(e.future for e in ends)
    if (a.year, a.month) == (b.year, b.month):
        return Resolved(_format(a, "month"), "month", future)
    return Resolved(_format(a, "year"), "year", future) if a.year == b.year else None


@functools.lru_cache(maxsize=4096)
def resolve(text: str, published: dt.date | None) -> Resolved:
    """Resolve one date expression against the publication date (None when unknown)."""
    raw = " ".join(text.split())
    if not raw:
        return Resolved(None, None, False)
    future = bool(_FUTURE_WORDS.search(raw))
    if published is None:
        if not _YEAR.search(raw):
            return Resolved(None, None, future)
        published = dt.date(int(_YEAR.search(raw).group(1)), 12, 31)
    special = _relative_period(raw, published)
    if special is not None:
        return special
    numeric = _numeric_day(raw, published)
    if numeric is not None:
        return numeric
    cleaned = raw
    while _LEADING.match(cleaned):
        cleaned = _LEADING.sub("", cleaned, count=1)
    if _VAGUE.search(cleaned) and not re.search(r"\b(yesterday|today|tonight)\b", cleaned, re.I):
        # "Wednesday evening" keeps its day; "recent years" has none.
        words = [w for w in re.split(r"\W+", cleaned.lower()) if w]
        if not any(w in _WEEKDAYS for w in words):
            return Resolved(None, None, future)
    span = _span(cleaned, published)
    if span is not None:
        return span
    weekday_only = any(w in _WEEKDAYS for w in re.split(r"\W+", cleaned.lower())) and not re.search(r"\d", cleaned)
    prefer = "current_period" if weekday_only else "past"
    if future and not weekday_only:
        prefer = "future"
    base = dt.datetime(published.year, published.month, published.day, 12, 0)
    try:
        data = _parser(prefer, base).get_date_data(cleaned)
    except (ValueError, OverflowError, TypeError):
        data = None
    if data is None or data.date_obj is None:
        return Resolved(None, None, future)
    period = data.period
    if period in ("time", "part_of_day"):
        period = "day"
    if period not in ("day", "month", "year"):
        return Resolved(None, None, future or data.date_obj.date() > published)
    day = data.date_obj.date()
    if period == "day" and day > published:
        future = True
    if period == "month" and (day.year, day.month) > (published.year, published.month):
        future = True
    if period == "year" and day.year > published.year:
        future = True
    return Resolved(_format(day, period), period, future)


@functools.lru_cache(maxsize=512)
def _parser(prefer: str, base: dt.datetime):
    from dateparser.date import DateDataParser  # heavy import, deferred to first use

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base},
    )
