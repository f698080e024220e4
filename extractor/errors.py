"""The project's own error type: every rejection carries a stage and a reason a person can read."""

from __future__ import annotations

# Short, stable names for why a record was rejected: the ``rejected:<category>`` counters and the
# summary's ``rejected_by_reason`` use them. Add new ones; never rename one (dashboards count them).
INVALID_JSON = "invalid_json"
NOT_AN_OBJECT = "not_an_object"
BAD_ID = "bad_id"
BAD_TEXT = "bad_text"
EMPTY_TEXT = "empty_text"
TOO_LONG = "too_long"
NOT_UTF8 = "not_utf8"
BINARY = "binary"
UNREADABLE = "unreadable"
NOT_ENGLISH = "not_english"
DUPLICATE = "duplicate"
ID_CONFLICT = "id_conflict"
ANALYSIS_FAILED = "analysis_failed"
OTHER = "other"  # an InputError raised without a category

CATEGORIES = (
    INVALID_JSON,
    NOT_AN_OBJECT,
    BAD_ID,
    BAD_TEXT,
    EMPTY_TEXT,
    TOO_LONG,
    NOT_UTF8,
    BINARY,
    UNREADABLE,
    NOT_ENGLISH,
    DUPLICATE,
    ID_CONFLICT,
    ANALYSIS_FAILED,
    OTHER,
)


class InputError(ValueError):
    """An input record that cannot be processed.

    ``stage`` names where it failed (``read``, ``parse``, ``dedupe``, ``analyse``); ``reason`` is
    the sentence written to ``rejected/``; ``category`` is one of ``CATEGORIES``, the short
    stable name it is counted under.
    """

    def __init__(self, stage: str, reason: str, category: str = OTHER):
        super().__init__(reason)
        self.stage = stage
        self.reason = reason
        self.category = category

    def at_line(self, line_no: int) -> InputError:
        """The same error with ``line N: `` in front of its reason."""
        return InputError(self.stage, f"line {line_no}: {self.reason}", self.category)

    def __reduce__(self):
        return (InputError, (self.stage, self.reason, self.category))


# Kept, but not all of it could be used: the ``warnings:<category>`` counters.
PUBLISHED_UNPARSEABLE = "published_unparseable"
FIELD_NOT_STRING = "field_not_string"
MARKUP_REMOVED = "markup_removed"
CONTROL_CHARACTERS = "control_characters_replaced"
EMPTY_FILE = "empty_file"
RECORD_READ_AGAIN = "record_read_again"  # a Pub/Sub redelivery: one record, kept once
