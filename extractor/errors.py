"""The project's own error type: every rejection carries a stage and a reason a person can read."""


class InputError(ValueError):
    """An input record that cannot be processed.

    ``stage`` names where it failed (``read``, ``parse``, ``analyse``); ``reason`` is
    the sentence written to ``rejected/``.
    """

    def __init__(self, stage: str, reason: str):
        super().__init__(reason)
        self.stage = stage
        self.reason = reason
