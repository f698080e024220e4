"""Support reasons of the fourth blind round, in sentences written for this file, through the real model and the
feed (``row_helpers.article_rows``).

Reason "backing written as a second object with its own possessive pronoun": "affirmed X's rejection of A, and its
support for B" — the parser hangs the second object on the verb or on a noun inside the first object, and the
backing was lost. The pronoun must be the speaker's side: another party's backing named after it is not the
speaker's support.

Policy "praise of another's backing is praise of a named act" (ANNOTATION.md): "X praised / commended / hailed Y's
support for Z", "voiced appreciation for Y's support" is one statement, X backing Y, with the backing as its topic;
"X thanked Y for its support" and "expressed gratitude for Y's support" are thanks, not support by X (the backing
thanked for stays Y's, as before), and acknowledging, discussing or criticising Y's support is not praise.

Reason "backing stated from the side of the one who has it": "Y's bid has / enjoys / won the backing of X" — the
party after "of" backs the subject or its owner; sought, needed, planned or negated backing is not stated.

Reason "backing as the content of a stated resolve": "A and B restated their commitment to keep supporting X",
"renewed their pledge to keep backing Y" — the backing verb hangs on the resolve noun, whose holders (its named
owner, else all who state it) were lost when the stating verb was not a speech verb. Not when the resolve is
another's and questioned, planned or negated, nor when what is backed is a bare relation word ("cooperation").

Reason "respect for another party's sovereignty stated as backing": "China respects Vietnam's sovereignty and
territorial integrity" (a defend-class verb, data); not asked of another ("urged Russia to respect"), demanded
("Russia must respect"), negated, or of a thing that is no party's right.
"""

from __future__ import annotations

from row_helpers import article_rows, names_in_role, of_type

PUBLISHED = "2024-03-04"


def _supports(nlp, sentence):
    # no dateline city (no visit read into it); a closing sentence, as in a real article (the tagger reads the
    # last words of a text differently)
    text = "Talks in the region\n\nMarch 4 (Agency) -- " + sentence + " The weather stayed warm all week."
    return of_type(article_rows(nlp, text, PUBLISHED), "SUPPORT_STATEMENT")


def _one_support(nlp, sentence, source, target):
    rows = _supports(nlp, sentence)
    assert len(rows) == 1, (sentence, [r["actors"] for r in rows])
    assert source in names_in_role(rows[0], "source"), (sentence, rows[0]["actors"])
    assert target in names_in_role(rows[0], "target"), (sentence, rows[0]["actors"])


def _no_support(nlp, sentence):
    rows = _supports(nlp, sentence)
    assert rows == [], (sentence, [r["actors"] for r in rows])


def test_backing_as_a_second_object_with_its_own_pronoun(nlp):
    _one_support(
        nlp,
        "Egyptian Foreign Minister Sameh Shoukry affirmed Egypt's rejection of any attempt to displace "
        "Palestinians, and its support for the Palestinian Authority.",
        "Sameh Shoukry",
        "Palestinian Authority",
    )
    _one_support(
        nlp,
        "Chilean Foreign Minister Alberto van Klaveren reaffirmed Chile's condemnation of the attack and its "
        "solidarity with Ecuador.",
        "Alberto van Klaveren",
        "Ecuador",
    )
    _one_support(
        nlp,
        "Jordan's King Abdullah II stressed Jordan's rejection of the settlement plan and its full backing for the "
        "Palestinian Authority.",
        "King Abdullah II",
        "Palestinian Authority",
    )
    _one_support(
        nlp,
        "Spanish Prime Minister Pedro Sanchez reiterated his condemnation of the attack and his support for the "
        "Ukrainian people.",
        "Pedro Sanchez",
        "Ukrainian people",
    )


def test_a_second_object_that_is_not_the_speakers_backing(nlp):
    # another party's backing, named after its owner
    _no_support(
        nlp,
        "German Chancellor Olaf Scholz expressed concern over Iran's nuclear programme and its support for armed "
        "groups in Lebanon.",
    )
    _no_support(nlp, "French President Emmanuel Macron condemned Russia's invasion and its support for separatists.")
    # no backing, generic commitment, planned or negated
    _no_support(
        nlp,
        "Egyptian Foreign Minister Sameh Shoukry affirmed Egypt's rejection of any attempt to displace Palestinians.",
    )
    _no_support(
        nlp,
        "Chilean Foreign Minister Alberto van Klaveren reaffirmed Chile's condemnation of the attack and its "
        "commitment to cooperation.",
    )
    _no_support(
        nlp,
        "Spanish Prime Minister Pedro Sanchez will reiterate his condemnation of the attack and his support for the "
        "Ukrainian people next week.",
    )
    _no_support(
        nlp,
        "Spanish Prime Minister Pedro Sanchez did not reiterate his condemnation of the attack and his support for "
        "Kyiv.",
    )


def _pairs(rows):
    return [(names_in_role(r, "source"), names_in_role(r, "target")) for r in rows]


def test_praise_of_anothers_backing_is_the_praisers_support(nlp):
    for sentence, source, target in [
        ("Polish President Andrzej Duda praised Lithuania's support for Ukraine.", "Andrzej Duda", "Lithuania"),
        (
            "Japanese Foreign Minister Taro Kono lauded Australia's backing for the peace process.",
            "Taro Kono",
            "Australia",
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry hailed Jordan's support for the Palestinian people.",
            "Sameh Shoukry",
            "Jordan",
        ),
        (
            "Peruvian Foreign Minister Javier Gonzalez expressed appreciation for Colombia's support for the Amazon "
            "summit.",
            "Javier Gonzalez",
            "Colombia",
        ),
    ]:
        rows = _supports(nlp, sentence)
        assert _pairs(rows) == [([source], [target])], (sentence, _pairs(rows))
        assert rows[0]["topic"] and rows[0]["topic"].split()[0] in ("support", "backing"), rows[0]["topic"]


def test_thanks_acknowledgement_and_blame_are_not_the_speakers_support(nlp):
    # thanks: the backing thanked for is the thanked party's, never the thanker's
    for sentence in [
        "Polish President Andrzej Duda thanked Lithuania for its support.",
        "Polish President Andrzej Duda expressed gratitude for Lithuania's support.",
    ]:
        assert _pairs(_supports(nlp, sentence)) == [(["Lithuania"], ["Andrzej Duda"])], sentence
    # appreciation of backing given to the speaker's own state is thanks
    rows = _supports(nlp, "Kenyan President William Ruto voiced appreciation for Japan's steady support to Kenya.")
    assert not any("William Ruto" in names_in_role(r, "source") for r in rows), _pairs(rows)
    # acknowledged: Lithuania's backing of Ukraine, not Duda's of Lithuania
    rows = _supports(nlp, "Polish President Andrzej Duda acknowledged Lithuania's support for Ukraine.")
    assert _pairs(rows) == [(["Lithuania"], ["Ukraine"])], _pairs(rows)
    for sentence in [
        "Polish President Andrzej Duda discussed Lithuania's support for Ukraine.",
        "Polish President Andrzej Duda criticised Hungary's support for the Russian position.",
        "Polish President Andrzej Duda did not praise Hungary's support for the plan.",
    ]:
        _no_support(nlp, sentence)
    # thanks and praise in one sentence: the praise is the speaker's support, the thanks are not
    rows = _supports(
        nlp, "Polish President Andrzej Duda thanked Lithuania for its support and praised Latvia's support for Ukraine."
    )
    assert sorted(_pairs(rows)) == [(["Andrzej Duda"], ["Latvia"]), (["Lithuania"], ["Andrzej Duda"])], _pairs(rows)


def test_backing_the_backed_party_has(nlp):
    for sentence, sources, target in [
        ("Morocco's bid to host the games has the backing of Spain and Portugal.", ["Portugal", "Spain"], "Morocco"),
        ("Kenya's candidacy enjoys the support of the African Union.", ["African Union"], "Kenya"),
        ("Indonesia's proposal won the support of Malaysia and Thailand.", ["Malaysia", "Thailand"], "Indonesia"),
        ("Ukraine has the full support of Poland, President Andrzej Duda said.", ["Poland"], "Ukraine"),
    ]:
        rows = _supports(nlp, sentence)
        assert len(rows) == 1, (sentence, _pairs(rows))
        assert set(sources) <= set(names_in_role(rows[0], "source")), (sentence, _pairs(rows))
        assert names_in_role(rows[0], "target") == [target], (sentence, _pairs(rows))


def test_backing_sought_needed_planned_or_denied_is_not_had(nlp):
    for sentence in [
        "Morocco's bid to host the games does not have the backing of Spain.",
        "Kenya's candidacy needs the support of the African Union.",
        "Indonesia hopes to win the support of Malaysia and Thailand for its proposal.",
        "The plan will have the backing of Germany, the German chancellor said.",
        "Kenya's candidacy could win the support of the African Union next month.",
        "Nigeria's president had the support of his party.",
    ]:
        _no_support(nlp, sentence)


def test_backing_as_the_content_of_a_stated_resolve(nlp):
    for sentence, sources, target in [
        (
            "British Foreign Secretary David Cameron restated his commitment to keep supporting Moldova.",
            ["David Cameron"],
            ["Moldova"],
        ),
        (
            "British Foreign Secretary David Cameron and French Foreign Minister Stephane Sejourne restated their "
            "commitment to keep supporting Moldova.",
            ["David Cameron", "Stephane Sejourne"],
            ["Moldova"],
        ),
        (
            "Giorgia Meloni and Olaf Scholz reaffirmed their commitment to keep supporting Ukraine.",
            ["Giorgia Meloni", "Olaf Scholz"],
            ["Ukraine"],
        ),
    ]:
        rows = _supports(nlp, sentence)
        assert _pairs(rows) == [(sources, target)], (sentence, _pairs(rows))
    rows = _supports(nlp, "Japan and Australia renewed their pledge to keep supporting the Pacific island states.")
    assert [names_in_role(r, "source") for r in rows] == [["Australia", "Japan"]], _pairs(rows)


def test_a_resolve_not_stated_or_to_back_nothing_in_particular(nlp):
    for sentence in [
        "Giorgia Meloni and Olaf Scholz did not restate their commitment to keep supporting Ukraine.",
        "Giorgia Meloni and Olaf Scholz will restate their commitment to keep supporting Ukraine at the summit.",
        "Giorgia Meloni and Olaf Scholz questioned Hungary's commitment to keep supporting Ukraine.",
        "Giorgia Meloni and Olaf Scholz restated their commitment to keep supporting cooperation.",
        "Giorgia Meloni and Olaf Scholz said they would keep supporting cooperation.",
    ]:
        _no_support(nlp, sentence)


def test_respect_for_anothers_sovereignty_is_backing(nlp):
    for sentence, target in [
        ("Chinese Premier Li Qiang said China respects Vietnam's sovereignty and territorial integrity.", "Vietnam"),
        ("Wang Yi said China respects the sovereignty and independence of Laos.", "Laos"),
        ("Turkey fully respects Iraq's territorial integrity, Turkish Foreign Minister Hakan Fidan said.", "Iraq"),
    ]:
        rows = _supports(nlp, sentence)
        assert len(rows) == 1 and names_in_role(rows[0], "target") == [target], (sentence, _pairs(rows))


def test_respect_asked_demanded_denied_or_of_no_partys_right(nlp):
    for sentence in [
        "Ukrainian President Volodymyr Zelensky urged Russia to respect Ukraine's sovereignty.",
        "Russia must respect Georgia's territorial integrity, the French president said.",
        "Russia does not respect Ukraine's sovereignty, the Polish president said.",
        "German Chancellor Olaf Scholz said Germany respects the decision of the court.",
        "Israel has not respected Lebanon's sovereignty, Lebanese Prime Minister Najib Mikati said.",
    ]:
        _no_support(nlp, sentence)
