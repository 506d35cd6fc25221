"""Terminal tables that never cut an id or a number.

A table is printed as a table when every column gets at least its widest unbreakable word (an id, a number, a name
part); cells then wrap between words, never inside one. Below that width each row is printed as a block instead: the
first cell as a heading, then one `header: value` line per cell, wrapped at word boundaries. The width is the
terminal's (`COLUMNS` when set there); a pipe or a file gets each table at its natural width, whatever `COLUMNS` says
(kzcheck/render/terminal.py). Colour only on a terminal, and no styling at all with `NO_COLOR`.
"""

from __future__ import annotations

import textwrap
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

UNBOUNDED = 10_000  # the width a table is measured at: no wrapping at all


def console_for(out: TextIO) -> Console:
    """The terminal console of every text printer (kzcheck/render/terminal.py)."""
    from kzcheck.render.terminal import console

    return console(out)


def _plain(cell: object) -> str:
    return cell.plain if isinstance(cell, Text) else Text.from_markup(str(cell)).plain


def _widths(table: Table) -> tuple[list[int], list[int]]:
    """Per column: the widest unbreakable word (or header), and the widest line, in terminal cells."""
    lows, highs = [], []
    for column in table.columns:
        texts = [_plain(column.header), *(_plain(c) for c in column.cells)]
        lines = [line for t in texts for line in t.splitlines() or [""]]
        words = [w for line in lines for w in line.split()] or [""]
        lows.append(max(cell_len(w) for w in words))
        highs.append(max(cell_len(line) for line in lines))
    return lows, highs


def _overhead(table: Table) -> int:
    """Cells a table spends on padding and borders, whatever its columns' widths."""
    return sum(table._get_padding_width(i) for i in range(len(table.columns))) + table._extra_width


def needed(table: Table) -> int:
    """The narrowest width at which `table` cuts no word."""
    return sum(_widths(table)[0]) + _overhead(table)


def fix_widths(table: Table, width: int) -> None:
    """Give every column at least its widest word, and the room left to the columns that can use it."""
    lows, highs = _widths(table)
    room = width - _overhead(table)
    if sum(highs) <= room:
        sizes = highs
    else:
        sizes = list(lows)
        slack = room - sum(lows)
        while slack > 0:
            growing = [i for i, (s, h) in enumerate(zip(sizes, highs, strict=True)) if s < h]
            if not growing:
                break
            share = max(1, slack // len(growing))
            for i in growing:
                step = min(share, highs[i] - sizes[i], slack)
                sizes[i] += step
                slack -= step
                if slack <= 0:
                    break
    for column, size in zip(table.columns, sizes, strict=True):
        column.width = size
        column.overflow = "fold"  # never "…"; with these widths no word is long enough to fold


def blocks(console: Console, table: Table) -> None:
    """Each row as a block: the first cell as its heading, then `header: value` lines wrapped between words."""
    width = max(console.width, 20)
    headers = [_plain(c.header) for c in table.columns]
    cells = [[_plain(cell) for cell in column.cells] for column in table.columns]
    rows = len(cells[0]) if cells else 0
    for r in range(rows):
        values = [cells[c][r] for c in range(len(headers))]
        first = values[0] or "–"
        heading = f"{headers[0]} {first}" if len(first) <= 3 and headers[0] else first  # "rank 1", not "1"
        console.print(Text(heading, style="bold"), soft_wrap=True)
        for header, value in zip(headers[1:], values[1:], strict=True):
            if not value.strip():
                continue
            lines = textwrap.wrap(
                f"{header}: {value}",
                width=width - 2,
                subsequent_indent="    ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            for line in lines:
                console.print("  " + escape(line), soft_wrap=True)
        if r < rows - 1:
            console.print()


def print_table(console: Console, table: Table) -> None:
    """`table` as a table when it fits without cutting a word, else as one block per row."""
    if not console.is_terminal:  # a pipe or a file: one line per row, never cut, whatever COLUMNS says
        lows, highs = _widths(table)
        natural = sum(highs) + _overhead(table)
        saved, console.width = console.width, max(console.width, natural)
        try:
            fix_widths(table, console.width)
            console.print(table)
        finally:
            console.width = saved
        return
    if needed(table) <= console.width:
        fix_widths(table, console.width)
        console.print(table)
    else:
        blocks(console, table)
