"""SpreadArticles: ``beam.Reshuffle`` that keeps late data.

Python's Reshuffle regroups under a global-window strategy with no allowed
lateness while each element keeps its own window, so on the local streaming
runner an article whose event-time window has already closed is dropped there
(Java's Reshuffle sets an unbounded allowed lateness for this reason). Here the
window and timestamp travel inside the value through a global window and are
restored after the shuffle; with default (batch) windowing it is plain Reshuffle.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.transforms import window
from apache_beam.utils.windowed_value import WindowedValue


def _reify(element, timestamp=beam.DoFn.TimestampParam, w=beam.DoFn.WindowParam):
    # In a 1-tuple: a WindowedValue returned bare would be taken as the output's own window.
    return (WindowedValue(element, timestamp, [w]),)


def _restore(boxed):
    return [boxed[0]]


class SpreadArticles(beam.PTransform):
    def expand(self, pcoll):
        saved = pcoll.windowing
        if saved.is_default():
            return pcoll | "Reshuffle" >> beam.Reshuffle()
        result = (
            pcoll
            | "ReifyWindows" >> beam.Map(_reify)
            | "IntoGlobalWindow" >> beam.WindowInto(window.GlobalWindows())
            | "Reshuffle" >> beam.Reshuffle()
            | "RestoreWindows" >> beam.FlatMap(_restore)
        )
        result._windowing = saved  # the elements carry their windows again
        return result
