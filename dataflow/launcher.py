"""Flex Template entry point: the launcher runs this file with the template's parameters as flags."""

import logging

from pipelines.extract_events import main

if __name__ == "__main__":
    logging.getLogger().setLevel(logging.INFO)
    main()
