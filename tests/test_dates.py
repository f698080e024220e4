import datetime as dt

import pytest

from extractor.dates import resolve

PUBLISHED = dt.date(2023, 10, 18)  # a Wednesday


@pytest.mark.parametrize(
    "text, iso, precision",
    [
        ("Wednesday", "2023-10-18", "day"),  # the publication day itself
        ("on Tuesday", "2023-10-17", "day"),
        ("Thursday", "2023-10-12", "day"),  # the last Thursday before publication
        ("yesterday", "2023-10-17", "day"),
        ("Oct. 16", "2023-10-16", "day"),
        ("October 17, 2022", "2022-10-17", "day"),
        ("last November", "2022-11", "month"),
        ("March 2022", "2022-03", "month"),
        ("last month", "2023-09", "month"),
        ("earlier this month", "2023-10", "month"),
        ("in 2016", "2016", "year"),
        ("last year", "2022", "year"),
    ],
)
def test_resolves_against_publication_date_with_precision(text, iso, precision):
    resolved = resolve(text, PUBLISHED)
    assert (resolved.iso, resolved.precision, resolved.future) == (iso, precision, False)


@pytest.mark.parametrize("text", ["next week", "tomorrow", "next Tuesday", "next month"])
def test_future_expressions_are_flagged(text):
    assert resolve(text, PUBLISHED).future


@pytest.mark.parametrize("text", ["the 1990s", "recent years", "the past decade"])
def test_vague_periods_give_no_date(text):
    assert resolve(text, PUBLISHED).iso is None


def test_without_publication_date_only_explicit_years_resolve():
    assert resolve("Wednesday", None).iso is None
    assert resolve("October 17, 2022", None).iso == "2022-10-17"


def test_weeks_give_their_month():
    assert resolve("last week", PUBLISHED) == ("2023-10", "month", False)
    assert resolve("earlier this week", PUBLISHED) == ("2023-10", "month", False)
    assert resolve("last week", dt.date(2023, 9, 2)).iso == "2023-08"


def test_numeric_dates_take_the_reading_the_weekday_or_the_past_supports():
    published = dt.date(2024, 5, 8)
    assert resolve("Monday 6/5/2024", published) == ("2024-05-06", "day", False)  # 6 May was a Monday
    assert resolve("on 7/5/2024", published).iso == "2024-05-07"  # 5 July would be after publication
    assert resolve("4/30/2024", published).iso == "2024-04-30"


def test_the_previous_day_is_the_day_before_publication():
    assert resolve("the previous day", PUBLISHED) == ("2023-10-17", "day", False)
    assert resolve("a day earlier", PUBLISHED).iso == "2023-10-17"


def test_a_month_of_this_or_last_year():
    assert resolve("in April this year", PUBLISHED) == ("2023-04", "month", False)
    assert resolve("March last year", PUBLISHED) == ("2022-03", "month", False)
    assert resolve("on March 5 last year", PUBLISHED) == ("2022-03-05", "day", False)
    assert resolve("in December this year", PUBLISHED).future


def test_last_month_name_is_the_latest_such_month_before_this_one():
    may = dt.date(2024, 5, 10)
    assert resolve("last May", may).iso == "2023-05"  # said in May: a year back
    assert resolve("last November", may).iso == "2023-11"
    assert resolve("last March", may).iso == "2024-03"
