"""The design effect of one poll, and where it came from.

Why: an exit poll interviews voters in clusters (polling stations), so its shares vary more
from sample to sample than a simple random sample's of the same size. By how much differs by
an order of magnitude between Kazakhstan's pollsters (40 interviews per station for one, about
670 for another), so one flat value for every poll makes sampling noise look like disagreement
for some polls and hides real disagreement for others. This module derives each poll's design
effect from what the poll itself published, in this order:

0. ``option``: one value for every exit poll given for the run (``--deff``);
1. ``stated``: the value a user wrote in the poll's ``design_effect`` column;
2. ``margin``: the design effect the poll's own stated margin of error implies at its n,
   deff = n (moe / z)^2 / (p (1 - p)) with p = 0.5 (a single printed margin is the widest one,
   at a 50% share) and z for the stated confidence level (95% when none is printed);
3. ``clusters``: Kish's deff = 1 + (m - 1) roh with m = n / polling stations interviews per
   station and a documented intraclass correlation roh (`DEFAULT_ROH`);
4. ``default``: `DEFAULT_EXIT_POLL_DEFF` for an exit poll that published none of these.

A poll that is not a cluster sample (a phone survey) has deff 1 (origin ``srs``) unless a value
is stated. docs/methods.md §3.2 gives the derivation and what the literature does and does not
support.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from kzcheck.methods.sampling import DEFAULT_EXIT_POLL_DEFF, z_value

DEFAULT_ROH: float = 0.02
"""Intraclass correlation of vote choice within a polling station assumed for Kish's formula.

With 40 interviews per station (Institute of Democracy 2023) it gives deff 1.78, close to the
1.51 that poll's own stated margin implies; docs/methods.md §3.2 says why this is a convention,
not an estimate for any Kazakh poll.
"""

MARGIN_SHARE: float = 0.5
"""The share a single printed margin of error is taken to be computed at (the widest margin)."""

STATED, MARGIN, CLUSTERS, DEFAULT, SRS = "stated", "margin", "clusters", "default", "srs"
OPTION = "option"  # one value for every cluster sample, given for the run (`--deff`)
ORIGINS: tuple[str, ...] = (OPTION, STATED, MARGIN, CLUSTERS, DEFAULT, SRS)


class DesignEffect(NamedTuple):
    """A design effect and where it came from.

    value: the design effect (>= 1 for a cluster sample).
    origin: one of `ORIGINS`.
    detail: one line saying how the value was obtained, with the figures used.
    """

    value: float
    origin: str
    detail: str

    def label(self) -> str:
        """Short text for a table cell: ``deff 1.51 (margin)``."""
        return f"deff {self.value:.3g} ({self.origin})"


def from_margin(moe: float, n: float, level: float = 0.95, share: float = MARGIN_SHARE) -> float:
    """The design effect a stated margin (percentage points) implies at sample size n.

    deff = n (moe / z)^2 / (p (1 - p)), moe and p as proportions, z the two-sided normal
    quantile for `level`. Raises ValueError for a non-positive margin or n.
    """
    if not moe > 0 or not n > 0:
        raise ValueError(f"margin and n must be positive, got {moe} and {n}")
    if not 0 < share < 1:
        raise ValueError(f"share must be strictly between 0 and 1, got {share}")
    return n * (moe / 100 / z_value(level)) ** 2 / (share * (1 - share))


def from_clusters(n: float, stations: float, roh: float = DEFAULT_ROH) -> float:
    """Kish's design effect 1 + (m - 1) roh with m = n / stations interviews per station."""
    if not n > 0 or not stations > 0:
        raise ValueError(f"n and polling stations must be positive, got {n} and {stations}")
    if not 0 <= roh <= 1:
        raise ValueError(f"roh must lie within 0..1, got {roh}")
    m = n / stations
    return 1 + max(m - 1, 0.0) * roh


def _given(x: float | None) -> bool:
    return x is not None and not math.isnan(x) and x > 0


def poll_design_effect(
    *,
    cluster_sample: bool,
    n: float | None = None,
    stations: float | None = None,
    moe: float | None = None,
    moe_level: float | None = None,
    stated: float | None = None,
    default: float = DEFAULT_EXIT_POLL_DEFF,
    roh: float = DEFAULT_ROH,
    everywhere: float | None = None,
) -> DesignEffect:
    """The design effect one poll's tests and intervals use, by the order in the module doc.

    cluster_sample: the poll interviews in clusters (an exit poll); otherwise deff 1 unless stated.
    moe_level: the confidence level the margin was printed at (0.95 when None).
    default: the value used when the poll published neither a usable margin nor its stations.
    everywhere: one design effect for every cluster sample, replacing all of the above (the
        commands' ``--deff``: to see how a conclusion depends on the design effect).
    A stated margin that implies a design effect below 1 (smaller than a simple random sample's)
    is not used: the poll's margin check reports it, and the next rule applies.
    """
    if cluster_sample and _given(everywhere):
        assert everywhere is not None
        return DesignEffect(float(everywhere), OPTION, f"--deff {everywhere:g} for every exit poll")
    if _given(stated):
        assert stated is not None
        return DesignEffect(float(stated), STATED, f"stated in the poll's design_effect column: {stated:g}")
    if not cluster_sample:
        return DesignEffect(1.0, SRS, "not a cluster sample: simple random sampling assumed (deff 1)")
    level = moe_level if moe_level is not None and not math.isnan(moe_level) else 0.95
    skipped = ""
    if _given(moe) and _given(n):
        assert moe is not None and n is not None
        implied = from_margin(moe, n, level)
        if implied >= 1:
            return DesignEffect(
                implied,
                MARGIN,
                f"from the stated margin ±{moe:g} at n = {n:,.0f} ({level:.0%} confidence, p = 0.5): "
                f"n (moe / z)² / (p (1 − p)) = {implied:.3g}",
            )
        skipped = f"; the stated margin ±{moe:g} implies {implied:.2f} < 1 and is not used"
    if _given(n) and _given(stations):
        assert n is not None and stations is not None
        value = from_clusters(n, stations, roh)
        return DesignEffect(
            value,
            CLUSTERS,
            f"Kish 1 + (m − 1) roh with m = {n:,.0f} / {stations:,.0f} = {n / stations:.1f} interviews per "
            f"station and roh = {roh:g}: {value:.3g}{skipped}",
        )
    return DesignEffect(
        float(default), DEFAULT, f"no usable margin or station count published: default {default:g}{skipped}"
    )
