"""Label every table cell with its column's header, so that a narrow screen can show each row as a block.

The stylesheet stacks tables below a phone's width (each row a card, each cell `Header: value`, from the cell's
`data-label`); no script is needed, so the report keeps its strict Content-Security-Policy. Works on the report's own
markup: one header row in `<thead>`, no `colspan`. The label goes at the end of the cell's opening tag.
"""

from __future__ import annotations

import html
import re

_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
_HEAD = re.compile(r"<thead\b.*?</thead>", re.S | re.I)
_BODY = re.compile(r"(<tbody\b[^>]*>)(.*?)(</tbody>)", re.S | re.I)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S | re.I)
_ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.S | re.I)
_CELL_OPEN = re.compile(r"<(td|th)\b([^>]*)>", re.I)
_TAG = re.compile(r"<[^>]+>")
MESSAGE = 'class="msg"'  # a finding's message cell keeps its plain markup; the stylesheet labels it by position


def _label(cell_html: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", cell_html)).split())


def _label_rows(body: str, labels: list[str]) -> str:
    def row(m: re.Match[str]) -> str:
        position = iter(labels)

        def cell(c: re.Match[str]) -> str:
            label = next(position, "")
            attrs = c.group(2)
            if not label or "data-label=" in attrs or MESSAGE in attrs:
                return c.group(0)
            return f'<{c.group(1)}{attrs} data-label="{html.escape(label, quote=True)}">'

        return _CELL_OPEN.sub(cell, m.group(0))

    return _ROW.sub(row, body)


def _label_table(m: re.Match[str]) -> str:
    table = m.group(0)
    head = _HEAD.search(table)
    if head is None:
        return table
    labels = [_label(c) for c in _HEADER_CELL.findall(head.group(0))]
    return _BODY.sub(lambda b: b.group(1) + _label_rows(b.group(2), labels) + b.group(3), table)


def label_cells(page: str) -> str:
    """`page` with a `data-label` on every body cell of every table that has a header row."""
    return _TABLE.sub(_label_table, page)
