"""Whether the poll closest to the result is closer by more than sampling error (docs/methods.md §4.8)."""

from __future__ import annotations

from enum import Enum


class Lead(Enum):
    CLEAR = "clear"  # the runner-up's M3 exceeds the closest poll's by more than sampling error gives
    WITHIN = "within sampling error"  # the gap is smaller than an unbiased poll's expected M3
    UNKNOWN = "sample size unknown"  # a poll has no sample size: its sampling error cannot be judged


def lead(m3_best: float, m3_next: float, chance_best: float | None, chance_next: float | None) -> Lead:
    """The closest poll's lead over the runner-up: M3 gap against sampling error.

    `chance_*` is each poll's expected M3 under pure sampling error (the mean M3 of unbiased polls of its size and
    design effect, §4.6), None when its sample size is unknown. The lead is clear when the gap m3_next − m3_best is
    at least the larger of the two: a gap smaller than what chance alone makes each poll miss by is not evidence
    that one poll measured better than the other.
    """
    if chance_best is None or chance_next is None:
        return Lead.UNKNOWN
    return Lead.CLEAR if m3_next - m3_best >= max(chance_best, chance_next) else Lead.WITHIN
