"""Support reasons of the second reasons round on blind set 4, in sentences written for this file, through the
real model and the feed (``row_helpers.article_rows``).

Reason "backing as a gerund after a preposition": "has been at the forefront of backing X", "were united in
backing X", "was among the first countries in backing X" — the gerund hangs on a noun or participle, not on the
verb whose subject holds the stance, so its giver was lost. The stance's predicate gives the source (a plural
owner pronoun, "their countries", is all who said it); not when that predicate is negated, planned, asked about,
reluctant ("cautious in backing"), nor when the gerund is what is discussed ("discussed ways of supporting X").

Reason "praise whose owner comes in a relative clause": "welcomed the support (that) A and B have given to X",
"praised the backing Japan has extended to Y" — the backing's givers are named by the clause, not by a possessive,
so both statements were lost: the praise of a named act (the praiser backs A and B, ANNOTATION.md) and the backing
the clause states (A and B back X). The tagger may read "the backing A and B have given" as a participle or a
compound on the first giver; that reading is mended. Not when the giving is planned ("any support Japan may
give"), when the praise is thanks for backing of the praiser's own side ("welcomed the support Brazil has given
to Argentina" said by Argentina, "the support Chile has shown for its candidacy"), nor when the backing is
discussed or criticised rather than praised.

Reason "congratulations inside a purpose clause": "telephoned Y to offer his congratulations (on his election)" —
the purpose clause read as not yet done, and the one congratulated is the object of the call. Congratulations on
an achievement are support (ANNOTATION.md): the call happened, the congratulations with it, to the one called. Not
when the call is planned or negated, nor for thanks or condolences offered the same way.

Reason "praise as a noun with 'on'": "heaped / lavished / showered praise on X's handling of Y" — verbs that give
praise (data: support_light_verbs); not when planned, nor criticism heaped the same way.

Reason "backing stated inside a reported clause": "Support for Ukraine must continue, X said", "both said the
alliance must grow stronger and that backing for Y has to continue" — backing its named speaker says must go on
(an obligation, a continuing verb: data) is the speaker's stated backing. Not "may fade", "will not continue", a
question, backing said to have continued (a report), nor one said by unnamed others ("analysts said").

The same reason with a noun: "stands firm in support of X", "remains steadfast in its support for Y", "were united
in their support for Z" — a stance predicate (a standing verb, a copula, an adjective or participle of stance)
holds the backing; not negated, planned or reluctant, nor an act done in support ("marched in support of").
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


def _find(rows, source, target):
    return [r for r in rows if source in names_in_role(r, "source") and target in names_in_role(r, "target")]


def test_praise_of_backing_whose_givers_a_clause_names(nlp):
    for sentence, praiser, givers, backed in [
        (
            "Brazilian President Luiz Inacio Lula da Silva welcomed the support that Argentina and Chile have given "
            "to the regional peace plan.",
            "Luiz Inacio Lula da Silva",
            ["Argentina", "Chile"],
            None,
        ),
        (
            "The Kenyan foreign minister welcomed the backing Ethiopia and Uganda have given to the Nairobi peace "
            "process.",
            "Kenya",
            ["Ethiopia", "Uganda"],
            None,
        ),
        (
            "Egypt hailed the backing that the African Union gave to Sudan's transitional government.",
            "Egypt",
            ["African Union"],
            "Sudan",
        ),
        ("Indonesia praised the support Japan has extended to ASEAN centrality.", "Indonesia", ["Japan"], None),
    ]:
        rows = _supports(nlp, sentence)
        for giver in givers:
            assert _find(rows, praiser, giver), (sentence, [r["actors"] for r in rows])
        given = [r for r in rows if all(g in names_in_role(r, "source") for g in givers)]
        assert given, (sentence, [r["actors"] for r in rows])
        if backed:
            assert backed in names_in_role(given[0], "target"), (sentence, given[0]["actors"])


def test_backing_in_a_clause_not_praised(nlp):
    _no_support(nlp, "The minister welcomed any support that Japan may give to the plan.")
    _no_support(nlp, "The minister discussed the support that Japan has given to Ukraine.")
    # backing given to the praiser's own side is thanked for: the backing stands, the praise is no support
    rows = _supports(nlp, "Argentina welcomed the support that Brazil has given to Argentina.")
    assert [r for r in rows if "Argentina" in names_in_role(r, "source")] == [], [r["actors"] for r in rows]
    rows = _supports(nlp, "Peru appreciated the support Chile has shown for its candidacy.")
    assert [r for r in rows if "Peru" in names_in_role(r, "source")] == [], [r["actors"] for r in rows]


def test_congratulations_offered_in_a_call(nlp):
    _one_support(
        nlp,
        "Japanese Prime Minister Fumio Kishida phoned Indonesian President-elect Prabowo Subianto to extend his "
        "congratulations.",
        ["Fumio Kishida"],
        "Prabowo Subianto",
    )
    _one_support(
        nlp,
        "President Cyril Ramaphosa telephoned Kenyan President William Ruto to offer his congratulations on his "
        "election victory.",
        ["Cyril Ramaphosa"],
        "William Ruto",
    )


def test_congratulations_in_a_call_not_given(nlp):
    _no_support(nlp, "President Cyril Ramaphosa will telephone President William Ruto to offer his congratulations.")
    _no_support(nlp, "President Cyril Ramaphosa did not telephone President William Ruto to offer his congratulations.")
    _no_support(
        nlp,
        "Prime Minister Narendra Modi plans to telephone Prime Minister Keir Starmer to convey his congratulations.",
    )
    _no_support(nlp, "President Cyril Ramaphosa telephoned President William Ruto to thank him for his hospitality.")
    _no_support(
        nlp, "President Cyril Ramaphosa telephoned President William Ruto to offer his condolences over the floods."
    )


def test_praise_heaped_on_an_act(nlp):
    _one_support(
        nlp,
        "Former President Donald Trump heaped praise on Argentine President Javier Milei's handling of the economy.",
        ["Donald Trump"],
        "Javier Milei",
    )
    _one_support(
        nlp,
        "The Chinese foreign minister lavished praise on Kazakhstan's chairmanship of the SCO.",
        ["China"],
        "Kazakhstan",
    )
    _no_support(nlp, "Donald Trump may heap praise on Javier Milei's reforms.")
    _no_support(nlp, "The opposition heaped criticism on the government's handling of the crisis.")


def test_backing_said_to_have_to_continue(nlp):
    _one_support(
        nlp, "Backing for Ukraine has to continue, German Chancellor Olaf Scholz said.", ["Olaf Scholz"], "Ukraine"
    )
    _one_support(
        nlp,
        "Support for Armenia must continue, French President Emmanuel Macron said on Tuesday.",
        ["Emmanuel Macron"],
        "Armenia",
    )
    _one_support(
        nlp,
        "Prime Minister Rishi Sunak and President Joe Biden said support for Ukraine should continue.",
        ["Rishi Sunak", "Joe Biden"],
        "Ukraine",
    )
    _one_support(
        nlp,
        "Chancellor Olaf Scholz and President Emmanuel Macron said the alliance must grow stronger and that support "
        "for Ukraine has to continue.",
        ["Olaf Scholz", "Emmanuel Macron"],
        "Ukraine",
    )


def test_backing_continuing_not_stated(nlp):
    _no_support(nlp, "Support for Ukraine may fade, analysts said.")
    _no_support(nlp, "Chancellor Olaf Scholz said support for Ukraine will not continue.")
    _no_support(nlp, "Chancellor Olaf Scholz asked whether support for Ukraine must continue.")
    _no_support(nlp, "Chancellor Olaf Scholz said support for Ukraine has continued.")
    _no_support(
        nlp, "Chancellor Olaf Scholz said the alliance must grow stronger and that support for Ukraine may fade."
    )


def test_backing_noun_in_a_stance(nlp):
    _one_support(
        nlp,
        "Lithuania stands firm in support of Taiwan's participation in the World Health Organization.",
        ["Lithuania"],
        "Taiwan",
    )
    _one_support(
        nlp,
        "Japan and Australia were united in their support for the Philippines in the South China Sea.",
        ["Japan", "Australia"],
        "Philippines",
    )
    _one_support(
        nlp, "Norway remains steadfast in its support for the Palestinian people.", ["Norway"], "Palestinian people"
    )
    _no_support(nlp, "Hungary was not united in its support for Ukraine.")
    _no_support(nlp, "The ministers may soon be united in their support for Ukraine.")
    _no_support(nlp, "Germany has been cautious in its support for Ukraine.")
    _no_support(nlp, "Thousands of people marched in support of the Palestinian people.")
