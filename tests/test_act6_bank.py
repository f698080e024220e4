"""Actor slots of the sixth sentence-bank round, in sentences written for this file, through the real model.

Shape "the story's subject hung on the dateline": below a headline the parser may take the dateline's
place for the first sentence's subject and hang the real subject (a long double title and a name,
"Deputy Prime Minister and Minister of Foreign Affairs Sheikh X") on it as an apposition after the wire's
dash. That named person is the subject, so the meeting is found.

Shape "a speaker after the statement, hung on its last noun": "Kazakhstan supports X, Kazakh Foreign Minister
Y said on Friday" where the parser leaves "said" subjectless and hangs Y on X as an apposition. A person
speaking for a state is one actor, the person (ANNOTATION.md): Y is the source.

Shape "the head of a body speaking for it": "EU foreign policy chief X said the European Union stands with
Y". As for a state, the person speaking for the body is the one actor; only the body the article titles
them with (a UN chief speaking of the African Union leaves the Union). The dateline's capital, parsed as
the subject of "said", gives the speaker no state.

Shape "the last of a list of titled leaders": "A, B and Indian Prime Minister C held talks" where the parser
makes "Minister" the conjunct and hangs C elsewhere: the name right after a singular title is its holder.
"""

from __future__ import annotations

from row_helpers import article_rows, names_in_role, of_type

PUBLISHED = "2024-05-10"
_CLOSE = "\n\nThe weather was warmer than usual for the time of the year, and it is going to stay that way."


def _article(*paragraphs: str, headline: str = "Talks in the Gulf") -> str:
    # a closing paragraph of common words: the feed's language check reads the share of them
    return headline + "\n\n" + "\n\n".join(paragraphs) + _CLOSE


def _rows(nlp, *paragraphs, kind=None, headline="Talks in the Gulf"):
    rows = article_rows(nlp, _article(*paragraphs, headline=headline), PUBLISHED)
    return of_type(rows, kind) if kind else rows


# ---- the story's subject hung on the dateline ---------------------------------------------------
def test_double_title_subject_after_dateline_meets(nlp):
    rows = _rows(
        nlp,
        "MANAMA, May 9 (BNA) -- Prime Minister and Minister of Foreign Affairs Sheikh Khalid bin Rashid Al "
        "Marzouq met on Thursday with Omani army commander General Salim Al Harthy, who is visiting the kingdom.",
        kind="MEETING",
        headline="Talks with Oman",  # a verbless headline the parser runs into the dateline's sentence
    )
    assert len(rows) == 1
    names = names_in_role(rows[0], "participant")
    assert any("Khalid bin Rashid Al Marzouq" in n for n in names) and "Salim Al Harthy" in names


def test_double_title_subject_after_dateline_meets_without_clause(nlp):
    rows = _rows(
        nlp,
        "MANAMA, May 9 (BNA) -- Prime Minister and Minister of Foreign Affairs Sheikh Khalid bin Ahmed bin "
        "Rashid Al Marzouq met on Thursday with Omani army commander General Salim Al Harthy.",
        kind="MEETING",
        headline="Talks with Oman",
    )
    assert len(rows) == 1
    assert "Salim Al Harthy" in names_in_role(rows[0], "participant")


def test_dateline_city_itself_is_no_party(nlp):
    # the dateline's place stays no actor when no one is hung on it
    rows = _rows(
        nlp,
        "MANAMA, May 9 (BNA) -- Omani Foreign Minister Badr Al Busaidi met his Bahraini counterpart on Thursday.",
        kind="MEETING",
    )
    assert len(rows) == 1
    assert all(a["name"] != "Manama" for a in rows[0]["actors"])


def test_dateline_apposition_without_meeting_gives_none(nlp):
    rows = _rows(
        nlp,
        "MANAMA, May 9 (BNA) -- Deputy Prime Minister and Minister of Foreign Affairs Sheikh Khalid bin "
        "Rashid Al Marzouq will meet Omani army chief General Salim Al Harthy next week.",
        kind="MEETING",
    )
    assert rows == []


# ---- a speaker after the statement, hung on its last noun -------------------------------------------
def test_postposed_speaker_hung_on_object_is_the_source(nlp):
    rows = _rows(
        nlp,
        "ASTANA, May 9 (Agency) -- Kazakhstan supports China's Global Development Initiative, Kazakh "
        "Foreign Minister Murat Nurtleu said on Friday.",
        kind="SUPPORT_STATEMENT",
    )
    assert len(rows) == 1
    assert names_in_role(rows[0], "source") == ["Murat Nurtleu"]


def test_person_inside_the_statement_is_no_speaker(nlp):
    # the person is what is backed, not who speaks: the state stays the source
    rows = _rows(
        nlp,
        "ASTANA, May 9 (Agency) -- Kazakhstan supports the candidacy of former Foreign Minister Erlan Idrissov, "
        "the government said on Thursday.",
        kind="SUPPORT_STATEMENT",
    )
    assert rows and all("Erlan Idrissov" not in names_in_role(r, "source") for r in rows)


# ---- the head of a body speaking for it ------------------------------------------------------------
def test_body_head_speaking_for_the_body_is_the_source(nlp):
    rows = _rows(
        nlp,
        "BRUSSELS, May 9 (Agency) -- EU foreign policy chief Josep Borrell said on Thursday that the European "
        "Union stands with Moldova and will keep funding its reforms.",
        kind="SUPPORT_STATEMENT",
    )
    assert len(rows) == 1
    assert names_in_role(rows[0], "source") == ["Josep Borrell"]


def test_body_head_speaking_of_another_body_leaves_it(nlp):
    # the speaker heads the UN, not the African Union: the Union stays the source
    rows = _rows(
        nlp,
        "NEW YORK, May 9 (Agency) -- UN Secretary-General Antonio Guterres said on Thursday that the African "
        "Union supports the peace talks in Sudan.",
        kind="SUPPORT_STATEMENT",
    )
    assert rows and all("Antonio Guterres" not in names_in_role(r, "source") for r in rows)


def test_dateline_capital_gives_a_body_head_no_state(nlp):
    # "BRUSSELS" of the dateline, parsed as the subject of "said", is not the speaker's state
    rows = _rows(
        nlp,
        "BRUSSELS, May 9 (Agency) -- NATO Secretary General Jens Stoltenberg said on Thursday that NATO "
        "supports Ukraine's path to membership.",
        kind="SUPPORT_STATEMENT",
    )
    assert len(rows) == 1
    source = [a for a in rows[0]["actors"] if a["role"] == "source"]
    assert [a["name"] for a in source] == ["Jens Stoltenberg"] and source[0]["country"] is None


# ---- the last of a list of titled leaders -----------------------------------------------------------
def test_three_titled_leaders_all_meet(nlp):
    rows = _rows(
        nlp,
        "KAZAN, May 9 (Agency) -- Russian President Vladimir Putin, Chinese President Xi Jinping and Indian "
        "Prime Minister Narendra Modi held talks in Kazan on Thursday.",
        kind="MEETING",
        headline="Headline here",
    )
    assert len(rows) == 1
    assert names_in_role(rows[0], "participant") == ["Narendra Modi", "Vladimir Putin", "Xi Jinping"]


def test_unnamed_last_leader_takes_no_one_elses_name(nlp):
    rows = _rows(
        nlp,
        "KAZAN, May 9 (Agency) -- Russian President Vladimir Putin, Chinese President Xi Jinping and the "
        "Indian prime minister held talks in Kazan on Thursday.",
        kind="MEETING",
        headline="Headline here",
    )
    assert len(rows) == 1
    names = names_in_role(rows[0], "participant")
    assert "Vladimir Putin" in names and "Xi Jinping" in names and len(names) <= 3
    assert all("Modi" not in n for n in names)
