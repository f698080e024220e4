"""Spelling-blind comparison of names: "Radosław" and "Radoslaw", "Çavuşoğlu" and "Cavusoglu" are one name."""

from __future__ import annotations

import unicodedata

# Letters whose accent is a stroke or a ligature, which Unicode does not decompose ("Radosław" is "Radoslaw")
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


def strip_accents(text: str) -> str:
    """The text without its accents, strokes and ligatures."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
