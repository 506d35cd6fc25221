"""The group calls over plain share rows: ties, a missing share and a repeated figure, worked by hand."""

from __future__ import annotations

import math

from kzcheck.analysis.call_tests import ShareRow, by_share, wide_shares
from kzcheck.analysis.comparison import discordant, ranking, winners


def _row(poll: str, option: str, share: float, order: int) -> ShareRow:
    return ShareRow(poll, option, share, str(share), 0.05, 1000.0, 1.0, "stated", order)


ROWS = [
    _row("A", "x", 40.0, 1),
    _row("A", "y", 40.0, 1),
    _row("A", "z", 20.0, 1),
    _row("B", "x", 30.0, 2),
    _row("B", "y", 50.0, 2),
    _row("B", "z", math.nan, 2),
    _row("C", "x", 45.0, 3),
    _row("C", "y", 35.0, 3),
]


def test_winners_keep_a_tie_in_row_order_and_skip_a_missing_share() -> None:
    assert winners(ROWS) == {"A": ["x", "y"], "B": ["y"], "C": ["x"]}


def test_ranking_keeps_ties_in_row_order_and_puts_a_missing_share_last() -> None:
    assert ranking(ROWS) == {"A": ["x", "y", "z"], "B": ["y", "x", "z"], "C": ["x", "y"]}
    assert [r.option for r in by_share(ROWS[3:6])] == ["y", "x", "z"]


def test_discordant_pairs_need_both_orders_and_ignore_a_tie() -> None:
    # x-y: A ties (neither), B has y ahead by 20, C has x ahead by 10; x-z and y-z: only A prints z, one order
    (d,) = discordant(ROWS)
    assert (d.options, d.ahead_first, d.ahead_second) == (["x", "y"], ["C"], ["B"])


def test_wide_shares_leave_out_a_missing_share_and_average_a_repeated_one() -> None:
    wide = wide_shares([*ROWS[3:6], _row("D", "x", 10.0, 4), _row("D", "x", 20.0, 4)])
    assert wide == {"B": {"x": 30.0, "y": 50.0}, "D": {"x": 15.0}}
