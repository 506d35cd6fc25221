"""Survivors of the mutation run in the pure core (docs/mutation.md), killed by behaviour worked out by hand.

kzcheck.methods.consensus.choose: every reason it gives, on hand-made printings (docs/methods.md §7.3).

Support, worked by hand: a printing supports a value when the two rounding intervals overlap (7.87 and 7.9:
|0.03| <= 0.005 + 0.05) or when it is the value cut at its own precision (7.8 for 7.87); 7.87 does not support 7.8
(|0.07| > 0.055 and it is the finer one)."""

from __future__ import annotations

import pytest

from kzcheck.methods.consensus import choose, supports
from kzcheck.methods.printed import Printed


def share(text: str) -> Printed:
    return Printed(float(text), len(text.split(".")[1]) if "." in text else 0, 1.0, text)


def shares(*texts: str) -> list[Printed]:
    return [share(t) for t in texts]


def test_nothing_to_choose_from():
    with pytest.raises(ValueError, match="^no printing to choose from$"):
        choose([])


def test_the_only_printing():
    got = choose(shares("5.0"))
    assert (got.index, got.support, got.printings, got.why) == (0, 1, 1, "the only printing")


def test_the_authoritys_printing_beats_the_majority():
    """60.8 twice against the pollster's 60.5: |0.3| > 0.05 + 0.05, so no 60.8 supports 60.5 (support 1)."""
    got = choose(shares("60.8", "60.8", "60.5"), authority=[False, False, True], authority_name="the pollster")
    assert (got.index, got.support, got.printings, got.why) == (2, 1, 3, "printed by the pollster")
    assert choose(shares("60.8", "60.5"), authority=[False, True]).why == "printed by the authority"
    # among the authority's own printings the usual rules decide: support, then precision
    got = choose(shares("60.8", "60.5", "60.50", "61.0"), authority=[False, True, True, False])
    assert (got.index, got.support) == (2, 2)


def test_the_value_printed_most():
    got = choose(shares("10.5", "10.5", "11.5"))
    assert (got.index, got.support, got.printings, got.why) == (0, 2, 3, "printed by most outlets")


def test_the_value_supported_most_but_not_printed_most():
    """7.87 is supported by itself and both 7.8 (truncations): 3 of 5; 7.8 by the two 7.8 (2), 7.2 by the two 7.2
    (2). 7.87 wins on support, but 7.8 and 7.2 are each printed twice and 7.87 once."""
    got = choose(shares("7.87", "7.8", "7.8", "7.2", "7.2"))
    assert (got.index, got.support, got.printings, got.why) == (0, 3, 5, "supported by 3 of 5 printings")


def test_equal_support_goes_to_the_finer_printing():
    """7.87 and 7.9 support each other (support 2 each): the finer one is used, wherever it stands."""
    for values, index in ((shares("7.87", "7.9"), 0), (shares("7.9", "7.87"), 1)):
        got = choose(values)
        assert (got.index, got.support, got.why) == (index, 2, "printed with more decimals")


def test_equal_support_and_precision_go_to_the_earlier_publication_then_the_file_order():
    """3.25 and 3.22 do not support each other (|0.03| > 0.01): support 1 each, the same precision."""
    got = choose(shares("3.25", "3.22"), order=[(2, "f.csv", 5), (1, "f.csv", 9)])
    assert (got.index, got.why) == (1, "published first")
    got = choose(shares("3.25", "3.22"), order=[(1, "f.csv", 5), (1, "f.csv", 3)])
    assert (got.index, got.why) == (1, "first in the file")
    got = choose(shares("3.25", "3.22"))  # no order given: position decides, and position is the publication order
    assert (got.index, got.why) == (0, "published first")


def test_a_finer_rival_with_less_support_is_no_tie():
    """7.8 twice and 7.87 once: 7.87 is supported by both 7.8 (truncations) and itself (3), 7.8 by the two 7.8 (2).
    (7.83 would lie inside 7.8's interval 7.75-7.85 and support it: a tie on support, decided by precision.)"""
    got = choose(shares("7.8", "7.8", "7.87"))
    assert (got.index, got.support, got.why) == (2, 3, "supported by 3 of 3 printings")
    got = choose(shares("7.8", "7.8", "7.83"))
    assert (got.index, got.support, got.why) == (2, 3, "printed with more decimals")


def test_a_printing_ruled_out_is_left_out_unless_every_one_is():
    got = choose(shares("3.25", "3.22"), ruled_out=[True, False])
    assert (got.index, got.support, got.why) == (1, 1, "the only value that fits its poll's sum")
    got = choose(shares("3.25", "3.22"), ruled_out=[True, True], order=[(2,), (1,)])
    assert (got.index, got.why) == (1, "published first")  # all ruled out: as if none were


def test_a_ruled_out_printing_the_kept_one_supports_stays_in():
    """72.1 ruled out beside 72: 72 is 72.1 at whole points, so both stay, and the finer 72.1 is used; a third,
    unrelated 75 ruled out stays out."""
    got = choose(shares("72.1", "72", "75"), ruled_out=[True, False, True])
    assert (got.index, got.support, got.printings) == (0, 2, 3)
    assert got.why == "the only value that fits its poll's sum"


def test_supports():
    assert supports(share("7.8"), share("7.87")) and not supports(share("7.87"), share("7.8"))
    assert supports(share("8.90"), share("8.9")) and not supports(share("3.25"), share("3.22"))
