"""Diplomatic-event extraction: the domain logic, free of Beam.

``feed`` turns raw input records into articles, ``gazetteer`` knows states,
demonyms, cities and international bodies, ``dates`` resolves date
expressions, ``actors`` resolves mentions to the article's full names, and
``events`` finds and fills the events of a parsed article.
"""

from importlib import metadata


def version() -> str:
    try:
        return metadata.version("diplomatic-events")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
