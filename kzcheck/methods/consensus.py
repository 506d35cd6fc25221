"""Which of several printings of one figure to use: the consensus, never the odd one out.

Rule, in order (docs/methods.md, "Consensus of printings"):
1. printings ruled out on other grounds (a poll figure whose own printing then fails its sum while another printing
   of the figure fits) are left out, unless every printing is;
2. the authority's printings (the commission for official figures, the pollster for its poll) are preferred when
   there are any;
3. among those, the value the most printings support: a printing supports a value when it is that value, or that
   value rounded or truncated to the printing's precision (7.8 supports 7.87; 7.87 does not support 7.8);
4. then the finer precision (53.46 over 53.5), then the earlier publication, then file order.

Pure Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kzcheck.methods.printed import Printed, match


@dataclass(frozen=True)
class Choice:
    index: int  # the printing used
    support: int  # how many printings support its value (itself included)
    printings: int  # how many printings there are
    why: str  # "printed by the authority", "printed by 2 of 3 sources", …


def supports(printing: Printed, value: Printed) -> bool:
    return match(printing, value) is not None


def choose(
    values: Sequence[Printed],
    *,
    authority: Sequence[bool] | None = None,
    ruled_out: Sequence[bool] | None = None,
    order: Sequence[tuple[object, ...]] | None = None,
    authority_name: str = "the authority",
) -> Choice:
    """The printing to use among `values` (at least one). `order` ranks printings for the last tie-break (publication
    date, file, row); by default their position."""
    n = len(values)
    if n == 0:
        raise ValueError("no printing to choose from")
    authority = list(authority) if authority is not None else [False] * n
    ruled_out = list(ruled_out) if ruled_out is not None else [False] * n
    rank = list(order) if order is not None else [(i,) for i in range(n)]
    pool = [i for i in range(n) if not ruled_out[i]] or list(range(n))
    by_authority = [i for i in pool if authority[i]]
    candidates = by_authority or pool
    support = {i: sum(supports(values[j], values[i]) for j in range(n)) for i in candidates}
    best = sorted(candidates, key=lambda i: (-support[i], values[i].unit, rank[i]))
    chosen = best[0]
    same = {i for i in candidates if match(values[i], values[chosen]) == "same"}
    rivals = [support[i] for i in candidates if i not in same]
    if n == 1:
        why = "the only printing"
    elif by_authority:
        why = f"printed by {authority_name}"
    elif len(pool) < n:
        why = "the only value that fits its poll's sum"
    elif support[chosen] > max(rivals, default=0) and support[chosen] > 1:
        exact_same = sum(match(values[j], values[chosen]) == "same" for j in range(n))
        others = [sum(match(values[j], values[i]) == "same" for j in range(n)) for i in candidates if i not in same]
        printed_most = exact_same > max(others, default=0)
        why = "printed by most outlets" if printed_most else f"supported by {support[chosen]} of {n} printings"
    else:
        tied = [i for i in candidates if support[i] == support[chosen] and i not in same]
        if all(values[chosen].unit < values[i].unit for i in tied):
            why = "printed with more decimals"
        elif all(rank[chosen][:1] < rank[i][:1] for i in tied):
            why = "published first"
        else:
            why = "first in the file"
    return Choice(chosen, support[chosen], n, why)
