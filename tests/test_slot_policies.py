"""Slot policies of ANNOTATION.md applied the same way everywhere: what anchors a date, where a story
was filed, which venue a sentence inherits. Every article here is a small one written for the test
(headline, byline, dateline, body), never text from an evaluation article; each policy has a case at
its edge where it must not apply.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from extractor import dates, feed
from tests.row_helpers import article_rows

# ---- a part of the news day names the day -------------------------------------------------------------


@pytest.mark.parametrize("text", ["this morning", "this afternoon", "this evening", "earlier this morning"])
def test_a_part_of_today_is_today(text):
    assert dates.resolve(text, dt.date(2024, 3, 12)) == dates.Resolved("2024-03-12", "day", False)


@pytest.mark.parametrize("text", ["the morning", "morning sessions", "most evenings"])
def test_a_part_of_a_day_with_no_day_names_none(text):
    assert dates.resolve(text, dt.date(2024, 3, 12)).iso is None


def _article_events(nlp, text: str, published: str) -> list[dict]:
    return article_rows(nlp, text, published)


def _meeting_with(rows, name):
    (row,) = [r for r in rows if r["event_type"] == "MEETING" and any(name in a["name"] for a in r["actors"])]
    return row


def test_this_morning_dates_its_meeting_to_the_news_day(nlp):
    # without the part of the day read as a day, the second meeting took the first one's Sunday
    rows = _article_events(
        nlp,
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Sunday in the town of Busia.\n\n"
        "Ruto also received Ghanaian President Nana Akufo-Addo at State House this morning, and the two "
        "of them spoke about trade and about the roads that are to be built in the region.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Museveni")["event_date"] == "2024-03-10"
    assert _meeting_with(rows, "Akufo-Addo")["event_date"] == "2024-03-12"


# ---- the dateline: the wire forms beyond "CITY, Mon D (AGENCY) --" --------------------------------------


@pytest.mark.parametrize(
    ("line", "place", "date", "agency"),
    [
        ("NAIROBI, 3rd June, 2024 (XNA) -- Kenya's", "Nairobi", "3rd June, 2024", "XNA"),
        ("Lusaka, 14 March 2024 (ZNP): The", "Lusaka", "14 March 2024", "ZNP"),
        ("Kigali, April 9, 2024, RNA -- The", "Kigali", "April 9, 2024", "RNA"),
        ("HARARE, June 5. /ZIMPA/. Zimbabwe's", "Harare", "June 5", "ZIMPA"),
        ("Maseru, Oct. 7 (Lesotho Wire)--The", "Maseru", "Oct. 7", "Lesotho Wire"),
        ("GABORONE, March 4\n\nBotswana's", "Gaborone", "March 4", None),
        ("WINDHOEK (May 10): Namibia's", "Windhoek", "May 10", None),
        ("Maputo (MZA). Mozambique's", "Maputo", None, "MZA"),
        ("Antananarivo /MADWIRE/ The", "Antananarivo", None, "MADWIRE"),
        ("(NAIROBI) -- Kenya's", "Nairobi", None, None),
    ],
)
def test_wire_datelines_of_other_forms(line, place, date, agency):
    found = feed.find_dateline(line)
    assert (found["place"], found["date"], found["agency"]) == (place, date, agency)
    assert line[found["end"] :].lstrip()[:1].isupper()


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday 12 March 2024\n\nKenya's president",  # a date line above the story
        "Kenya and Uganda agree on a pipeline\n\nThe two",  # a headline
        "U.S. Secretary of State met the president.",  # an abbreviation and its stop
        "NAIROBI\n\nKenya's president",  # a place alone on its line, with no date
        "(XNA) -- Kenya's president",  # an agency in brackets, not a place
    ],
)
def test_lines_that_are_no_dateline(line):
    assert feed.find_dateline(line) is None


def test_a_dateline_below_a_headline_or_byline():
    text = "Kenya, Uganda sign deal\n\nBy Jane Wanjiru\n\nNAIROBI, March 4 (XNA) -- Kenya and Uganda signed."
    found = feed.find_inner_dateline(text)
    assert (found["place"], found["date"], found["agency"]) == ("Nairobi", "March 4", "XNA")
    # a headline in capitals names no place the gazetteer knows, and has no date or agency
    assert feed.find_inner_dateline("Top stories\n\nBREAKING - Kenya and Uganda signed a deal.") is None
    # nor does a state in capitals opening a paragraph, with no date or agency
    assert feed.find_inner_dateline("Top stories\n\nKENYA - Uganda talks resumed on Monday.") is None


def test_an_inner_dateline_is_the_articles_dateline_and_the_text_keeps_its_lines():
    text = "Kenya, Uganda sign deal\n\nNAIROBI, March 4 (XNA) -- Kenya and Uganda signed a deal."
    article = feed.parse_json_record(json.dumps({"id": "a", "text": text, "published": "2024-03-04"}))
    assert (article["dateline"], article["dateline_date"], article["body_start"]) == ("Nairobi", "2024-03-04", 0)


def test_a_feed_file_with_its_dateline_below_the_headline():
    content = "date 2024-03-04\nKenya, Uganda sign deal\n\nNAIROBI, March 4 (XNA) -- Kenya and Uganda signed a deal."
    article = feed.parse_raw_text(content, "a")
    assert (article["dateline"], article["dateline_date"], article["source"]) == ("Nairobi", "2024-03-04", "XNA")
    assert article["text"].startswith("Kenya, Uganda sign deal")


def test_said_here_below_a_headline_is_the_dateline_city(nlp):
    rows = _article_events(
        nlp,
        "Kenya and Ghana agree on rail study\n\n"
        "NAIROBI - Visiting Ghanaian President Nana Akufo-Addo held talks here on Monday with Kenyan "
        "President William Ruto, and the two of them said that a study of the line is to be done this year.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Ruto")["venue_place"] == "Nairobi"


def test_a_site_in_a_story_with_a_day_first_dateline_is_in_the_dateline_city(nlp):
    rows = _article_events(
        nlp,
        "LUSAKA, 11th March, 2024 (ZNP) -- Zambian President Hakainde Hichilema today received Malawian "
        "President Lazarus Chakwera at State House.",
        "2024-03-11",
    )
    assert _meeting_with(rows, "Chakwera")["venue_place"] == "State House, Lusaka"


def test_no_dateline_gives_no_city(nlp):
    rows = _article_events(
        nlp,
        "Zambia and Malawi leaders meet\n\nZambian President Hakainde Hichilema today received Malawian "
        "President Lazarus Chakwera at State House.",
        "2024-03-11",
    )
    assert _meeting_with(rows, "Chakwera")["venue_place"] == "State House"


# ---- relative days count from the day the story was filed ---------------------------------------------


def test_yesterday_counts_from_the_dateline_day_not_the_publication_day(nlp):
    # filed late on the 11th, published on the 12th
    rows = _article_events(
        nlp,
        "NAIROBI, March 11 (XNA) -- Kenyan President William Ruto met Ugandan President Yoweri Museveni "
        "yesterday at State House, and the two of them talked about the new road that is to link their capitals.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Museveni")["event_date"] == "2024-03-10"


def test_with_no_dated_dateline_relative_days_count_from_publication(nlp):
    rows = _article_events(
        nlp,
        "NAIROBI (XNA) -- Kenyan President William Ruto met Ugandan President Yoweri Museveni "
        "yesterday at State House, and the two of them talked about the new road that is to link their capitals.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Museveni")["event_date"] == "2024-03-11"


# ---- which unplaced meetings take the place of the day's other meetings --------------------------------


def test_a_building_is_not_lent_to_the_days_other_meetings(nlp):
    rows = _article_events(
        nlp,
        "Zambian President Hakainde Hichilema today received Malawian President Lazarus Chakwera at the "
        "Presidential Palace in Lusaka, and the two of them talked about trade and the roads in the region.\n\n"
        "Hichilema also received Tanzanian Foreign Minister January Makamba, and the two of them spoke about the lake.",
        "2024-03-11",
    )
    assert _meeting_with(rows, "Chakwera")["venue_place"].startswith("Presidential Palace")
    assert _meeting_with(rows, "Makamba")["venue_place"] is None


def test_a_city_is_lent_to_the_days_other_meetings(nlp):
    # a summit's bilaterals: the city holds them all
    rows = _article_events(
        nlp,
        "Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera in Nairobi on Monday "
        "on the sidelines of the summit, and the two of them talked about trade.\n\n"
        "Hichilema also met Tanzanian President Samia Suluhu Hassan on Monday, and the two of them talked "
        "about the railway that is to link their countries.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Chakwera")["venue_place"] == "Nairobi"
    assert _meeting_with(rows, "Samia")["venue_place"] == "Nairobi"


# ---- a site and the city it is in are one place ----------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("at the Presidential Palace in Lusaka", "Presidential Palace, Lusaka"),  # the city hangs on the verb
        ("at Kasama Lodge in Lusaka", "Kasama Lodge, Lusaka"),
        ("at Kenneth Kaunda International Airport near Lusaka", "Kenneth Kaunda International Airport, Lusaka"),
        ("at the Presidential Palace in Zambia", "Presidential Palace"),  # a state, not the site's city
        # not next to the site, but the same clause names both: one place (test_meet4_reasons)
        ("at the Presidential Palace on Tuesday in Lusaka", "Presidential Palace, Lusaka"),
    ],
)
def test_a_site_takes_the_city_written_after_it(extract, where, place):
    rows = extract(
        f"Zambian President Hakainde Hichilema received Malawian President Lazarus Chakwera {where}, and the "
        "two of them talked about trade.",
        published="2024-03-13",
    )
    (m,) = [r for r in rows if r["event_type"] == "MEETING"]
    assert m["venue_place"] == place


# ---- a statement the text puts before the talks is not dated or placed by them -------------------------


def _supports(rows):
    return [r for r in rows if r["event_type"] == "SUPPORT_STATEMENT"]


def test_an_earlier_statement_does_not_take_the_talks_day(extract):
    rows = extract(
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni at State House in "
        "Nairobi on Monday. Ruto had earlier congratulated Museveni on the success of the regional games.",
        published="2024-03-12",
    )
    (s,) = _supports(rows)
    assert s["event_date"] is None and s["venue_place"] is None


def test_a_statement_during_the_talks_takes_their_day(extract):
    rows = extract(
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni at State House in "
        "Nairobi on Monday. During the talks, Ruto congratulated Museveni on the success of the regional games.",
        published="2024-03-12",
    )
    (s,) = _supports(rows)
    assert s["event_date"] == "2024-03-11" and s["venue_place"].endswith("Nairobi")


def test_a_past_perfect_in_reported_speech_is_no_earlier_event(extract):
    # "saying he had had ... and had congratulated ...": the past of what he says, told on the day
    rows = extract(
        "Kenyan President William Ruto spoke with Ugandan President Yoweri Museveni on Monday, saying he had had "
        'an "excellent" call with him and had congratulated him on the success of the regional games.',
        published="2024-03-12",
    )
    (s,) = _supports(rows)
    assert s["event_date"] == "2024-03-11"


# ---- a site that says its city is not put in the dateline's -------------------------------------------


def test_a_site_in_another_city_is_not_put_in_the_dateline_city(nlp):
    # a bureau's dateline, far from the talks
    rows = _article_events(
        nlp,
        "(LONDON) -- Kenyan President William Ruto met Chinese President Xi Jinping at the Great Hall of the "
        "People in Beijing on Friday, and the two of them talked about the railway that is to reach the lake.",
        "2024-04-26",
    )
    place = _meeting_with(rows, "Xi")["venue_place"]
    assert "Beijing" in place and "London" not in place


def test_a_site_named_after_a_city_is_in_the_dateline_city(nlp):
    rows = _article_events(
        nlp,
        "NEW DELHI, April 26 (XNA) -- Indian Prime Minister Narendra Modi met Kenyan President William Ruto at "
        "Hyderabad House on Friday, and the two of them talked about the trade that is to grow between them.",
        "2024-04-26",
    )
    assert _meeting_with(rows, "Ruto")["venue_place"] == "Hyderabad House, New Delhi"


# ---- an event told as earlier, with no day of its own, has the month only ------------------------------


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("Earlier, Ruto", "2024-03"),  # before the news, on a day the text does not give
        ("Previously, Ruto", "2024-03"),
        ("Earlier on Monday, Ruto", "2024-03-11"),  # its own day
        ("Earlier today, Ruto", "2024-03-12"),
        ("Ruto", "2024-03-12"),  # the news day
    ],
)
def test_an_earlier_event_with_no_day_has_its_month(nlp, opening, date):
    rows = _article_events(
        nlp,
        "NAIROBI, March 12 (XNA) -- Kenyan President William Ruto today received Ugandan President Yoweri "
        "Museveni at State House, and the two of them talked about the roads in the region.\n\n"
        f"{opening} met Tanzanian President Samia Suluhu Hassan, and the two of them talked about the lake.",
        "2024-03-12",
    )
    assert _meeting_with(rows, "Samia")["event_date"] == date
