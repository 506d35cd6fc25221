"""One neutraliser for every data-derived value kzcheck prints to a terminal, a log or a CI annotation.

A cell value, a file name or an election name is anyone's text: it may hold a newline followed by `::error::` (which
GitHub Actions reads as a workflow command at the start of any line, after leading white space), the older
`##[command]` form (read anywhere in a line), or an ANSI/OSC escape sequence that a terminal would obey. `neutral`
makes such text inert and visible: control characters become backslash escapes (`\\n`, `\\x1b`), invisible
direction overrides become `\\u202e`, and the two command markers are broken up (`::` -> `:\\:`, `##[` -> `##\\[`).
Ordinary text, Kazakh and Russian letters included, passes through unchanged.
"""

from __future__ import annotations

import re

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# C0 controls, DEL and C1 controls (U+009B is a one-character CSI on some terminals), the Unicode line and
# paragraph separators, and the bidirectional embeddings, overrides and isolates that reorder what is shown.
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_INVISIBLE = [0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF]
_TABLE: dict[int, str] = {c: _NAMED.get(chr(c), f"\\x{c:02x}") for c in _CONTROLS}
_TABLE.update({c: f"\\u{c:04x}" for c in _INVISIBLE})
_DOUBLE_COLON = re.compile(":(?=:)")
MARKERS = ("::", "##[")  # what starts a GitHub workflow command (v2 at a line's start, v1 anywhere)


def neutral(value: object) -> str:
    """`value` as one inert line of text: no control character, no escape sequence, no workflow-command marker."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable() and ":" not in text and "#" not in text:
        return text  # the common case, at the cost of one scan
    text = text.translate(_TABLE)
    if "::" in text:
        text = _DOUBLE_COLON.sub(":\\\\", text)
    if "##[" in text:
        text = text.replace("##[", "##\\[")
    return text


def visible(text: str) -> str:
    """`text` with its control and invisible characters escaped, command markers left alone: for the data part of a
    workflow command kzcheck writes itself, where a marker is text, not a command."""
    return text.translate(_TABLE)


def safe_line(text: str) -> bool:
    """Whether a printed line is inert: no control character and no workflow command (used by the tests)."""
    return text.translate(_TABLE) == text and not text.lstrip().startswith("::") and "##[" not in text
