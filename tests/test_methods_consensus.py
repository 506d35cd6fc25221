"""kzcheck.methods.consensus.choose on hand-made printings (docs/methods.md §7.3)."""

from kzcheck.methods.consensus import choose
from kzcheck.methods.printed import Printed


def share(text: str) -> Printed:
    return Printed(float(text), len(text.split(".")[1]) if "." in text else 0, 1.0, text)


def test_a_coarser_printing_that_fits_the_sum_does_not_rule_out_the_finer_one():
    """72.1 (its printing sums to 100.09, outside 100 +- 0.07) beside 72 (sum 99.92, inside 100 +- 0.565): 72 is 72.1
    at whole points, so the two agree and the finer figure is used, with both printings' support."""
    got = choose([share("72.1"), share("72")], ruled_out=[True, False])
    assert (got.index, got.support, got.printings) == (0, 2, 2)


def test_a_conflicting_printing_ruled_out_by_its_sum_stays_out():
    """3.25 (its poll sums to 100.03, outside the band) beside 3.22 (fits): neither is the other rounded, so the sum
    decides and 3.22 is used because it is the only value that fits."""
    got = choose([share("3.25"), share("3.22")], ruled_out=[True, False])
    assert (got.index, got.why) == (1, "the only value that fits its poll's sum")


def test_support_then_precision_decides_without_a_sum():
    got = choose([share("7.8"), share("7.87"), share("7.87")])
    assert (got.index, got.support) == (1, 3)  # 7.8 supports 7.87; 7.87 does not support 7.8
