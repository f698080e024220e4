"""Shared fixtures: the real spaCy model (loaded once per test session) and ../shared/."""

from __future__ import annotations

import os
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[1]
SHARED = pathlib.Path(os.environ.get("SHARED_DIR", REPO.parent / "shared"))
SEED = SHARED / "samples" / "kuna-2023-10-18-xi-putin.txt"


@pytest.fixture(scope="session")
def nlp():
    from extractor.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def extract(nlp):
    """Text (and publication date) to event rows, through the real model and extractor."""
    import datetime as dt

    from extractor.events import find_events

    def _extract(
        text: str, published: str = "2023-10-18", dateline: str | None = None, source: str | None = None
    ) -> list[dict]:
        day = dt.date.fromisoformat(published) if published else None
        return [e.as_row() for e in find_events(nlp(text), day, dateline, source=source)]

    return _extract


@pytest.fixture(scope="session")
def seed_path() -> pathlib.Path:
    if not SEED.exists():
        pytest.skip(f"the seed article is read from ../shared/ and {SEED} is absent")
    return SEED
