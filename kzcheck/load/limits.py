"""How much kzcheck reads before it stops: limits that keep a hostile or mistaken input from taking the machine.

Every data folder that anyone may send in a pull request is read unattended in CI, so reading is bounded: a file's
size, a cell's length, a table's rows, an election's options and polls, a data folder's elections. Each limit is
generous for real archives (see docs/data-format.md and the README's benchmark) and each can be raised with
`--limit NAME=VALUE` (repeatable; `none` lifts it) for the really large archive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

_SUFFIX = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


@dataclass(frozen=True)
class Limits:
    """The limits of one run. `None` means no limit."""

    file_size: int | None = 64 * 1024**2  # bytes of one data or election file
    cell: int | None = 10_000  # characters in one cell
    rows: int | None = 1_000_000  # rows of one table file
    options: int | None = 1_000  # options of one election
    polls: int | None = 1_000  # polls of one election (distinct poll ids in its figures or polls file)
    elections: int | None = 1_000  # election files in one data folder
    findings: int | None = 1_000  # findings of one check in one election listed (the rest are counted, not listed)

    @staticmethod
    def names() -> list[str]:
        """The limits as `--limit` spells them: file-size, cell, rows, options, polls, elections, findings."""
        return [f.name.replace("_", "-") for f in fields(Limits)]


DEFAULT = Limits()
_active = DEFAULT


def active() -> Limits:
    """The limits of the run in progress (the defaults unless `--limit` raised or lowered one)."""
    return _active


def use(limits: Limits) -> None:
    """Make `limits` the run's limits."""
    global _active
    _active = limits


def parse(values: tuple[str, ...] | list[str], base: Limits = DEFAULT) -> Limits:
    """`("file-size=1G", "rows=none")` -> Limits; `ValueError` naming the culprit otherwise."""
    known = {n: n.replace("-", "_") for n in Limits.names()}
    result = base
    for item in values:
        name, sep, raw = item.partition("=")
        name = name.strip().casefold()
        if not sep or name not in known:
            import difflib

            close = difflib.get_close_matches(name, list(known), n=1)
            also = f"did you mean {close[0]!r}? " if close else ""
            raise ValueError(f"{item!r} is not NAME=VALUE with NAME one of {', '.join(known)}; {also}".rstrip("; "))
        result = replace(result, **{known[name]: _value(raw.strip(), name)})
    return result


def _value(raw: str, name: str) -> int | None:
    if raw.casefold() in ("none", "unlimited"):
        return None
    m = re.fullmatch(r"(\d+)\s*([kmgt]?)(?:i?b)?", raw.casefold())
    if not m or (m.group(2) and name != "file-size"):
        unit = " (a size may end in K, M or G)" if name == "file-size" else ""
        raise ValueError(f"{name}={raw!r}: expected a whole number{unit} or 'none'")
    value = int(m.group(1)) * _SUFFIX[m.group(2)]
    if value <= 0:
        raise ValueError(f"{name}={raw!r}: a limit must be positive (or 'none')")
    return value


def size_text(n: int) -> str:
    """Bytes as people read them: 64 MiB, 1.5 GiB, 812 bytes."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= factor:
            return f"{n / factor:.3g} {unit}"
    return f"{n} bytes"
