"""A spaCy component after the NER: names of states written in several words become one GPE entity.

The small model cuts names such as "Trinidad and Tobago" or "St Kitts and Nevis" at the "and" (a GPE
and an ORG, or a PERSON and nothing), and the parser then reads the two halves as two conjoined
parties, so one state is lost or counted twice. Every run of capitalised words that the gazetteer
knows as a state gets the label, unless an entity already holds it whole or one reaches beyond it
("the Trinidad and Tobago Chamber of Commerce" stays an organisation).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractor import gazetteer

# The longest state name looked for, in tokens ("St Vincent and the Grenadines" is five).
_LONGEST = 6


def _covered(span, ents) -> bool:
    """An entity holds ``span`` whole, or one it touches reaches outside it."""
    for ent in ents:
        if ent.end <= span.start or ent.start >= span.end:
            continue
        if ent.start <= span.start and span.end <= ent.end:
            return True
        if ent.start < span.start or ent.end > span.end:
            return True
    return False


def state_names(doc):
    gaz = gazetteer.load()
    firsts = gaz.multiword_state_starts()
    ents = list(doc.ents)
    found = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if not (tok.is_title or tok.is_upper) or tok.lower_ not in firsts:
            i += 1
            continue
        end = next(
            (
                j
                for j in range(min(len(doc), i + _LONGEST), i + 1, -1)
                if doc[j - 1].is_alpha and (doc[j - 1].is_title or doc[j - 1].is_upper) and gaz.country(doc[i:j].text)
            ),
            None,
        )
        if end is None:
            i += 1
            continue
        span = Span(doc, i, end, label="GPE")
        if not _covered(span, ents):
            found.append(span)
        i = end
    if found:
        doc.set_ents([e for e in ents if not any(e.start < s.end and s.start < e.end for s in found)] + found)
    return doc
