"""Support reasons of the second reasons round on blind set 4, in sentences written for this file, through the
real model and the feed (``row_helpers.article_rows``).

Reason "backing as a gerund after a preposition": "has been at the forefront of backing X", "were united in
backing X", "was among the first countries in backing X" — the gerund hangs on a noun or participle, not on the
verb whose subject holds the stance, so its giver was lost. The stance's predicate gives the source (a plural
owner pronoun, "their countries", is all who said it); not when that predicate is negated, planned, asked about,
reluctant ("cautious in backing"), nor when the gerund is what is discussed ("discussed ways of supporting X").
"""

from __future__ import annotations

from row_helpers import article_rows, names_in_role, of_type

PUBLISHED = "2024-03-04"


def _supports(nlp, sentence):
    text = "Talks in the region\n\nMarch 4 (Agency) -- " + sentence + " The weather stayed warm all week."
    return of_type(article_rows(nlp, text, PUBLISHED), "SUPPORT_STATEMENT")


def _one_support(nlp, sentence, sources, target):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, (sentence, [r["actors"] for r in rows])
    for source in sources:
        assert source in names_in_role(rows[0], "source"), (sentence, rows[0]["actors"])
    assert target in names_in_role(rows[0], "target"), (sentence, rows[0]["actors"])


def _no_support(nlp, sentence):
    rows = _supports(nlp, sentence)
    assert rows == [], (sentence, [r["actors"] for r in rows])


def test_backing_as_a_gerund_after_a_preposition(nlp):
    _one_support(
        nlp, "Poland has been at the forefront of backing Ukraine against the invasion.", ["Poland"], "Ukraine"
    )
    _one_support(
        nlp, "The leaders of France and Germany were united in backing the Moldovan government.", ["France"], "Moldova"
    )
    _one_support(
        nlp,
        "Britain and the United States are at the forefront of supporting the Ukrainian people.",
        ["Britain", "United States"],
        "Ukrainian people",
    )
    _one_support(
        nlp,
        "Canada was among the first countries in backing the peace plan proposed by Ukraine.",
        ["Canada"],
        "Ukraine",
    )
    _one_support(
        nlp,
        "President Joe Biden and Prime Minister Rishi Sunak said their countries were at the forefront of backing the "
        "Ukrainian people.",
        ["Joe Biden", "Rishi Sunak"],
        "Ukrainian people",
    )


def test_gerund_backing_not_stated(nlp):
    _no_support(nlp, "Poland may soon be at the forefront of backing Ukraine.")
    _no_support(nlp, "Hungary was not united in backing the Moldovan government.")
    _no_support(nlp, "Analysts asked whether France would be at the forefront of backing Ukraine.")
    _no_support(nlp, "The two ministers discussed ways of supporting Ukraine.")
    _no_support(nlp, "The ministers talked about the importance of backing Ukraine.")
    _no_support(nlp, "France was criticised for backing the junta.")
    _no_support(nlp, "Saudi Arabia expresses its commitment to supporting the choice of peace.")
