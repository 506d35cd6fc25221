"""The cells of the report's pages: how a value from the data reads in a table, an element id or a link."""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

from kzcheck.render import figures
from kzcheck.render.figures import missing

DASH = "—"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")


def text(value: Any) -> str:
    return DASH if missing(value) or str(value) == "" else str(value)


def integer(value: Any) -> str:
    return DASH if missing(value) else f"{int(value):,}"


def number(value: Any, decimals: int | None = None) -> str:
    """A number with the given decimals, or as short as it reads (2.0 -> 2, 2.5 -> 2.5)."""
    if missing(value):
        return DASH
    value = float(value)
    if decimals is None:
        return f"{value:.6g}"
    return f"{value:.{decimals}f}"


def signed(value: Any, decimals: int = figures.POINTS) -> str:
    """+0.52 / −0.44; a value that rounds to zero has no sign (never "−0.0"). See kzcheck/render/figures.py."""
    return figures.fixed(value, decimals)


def anchor(prefix: str, *parts: Any) -> str:
    """An element id from data values: readable where possible, unique through a short hash."""
    raw = "/".join(str(p) for p in parts)
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", raw).strip("-")[:40]
    return f"{prefix}-{slug}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:6]}"


def page_name(election: str) -> str:
    """File name of an election's page; ids that are not plain file names get a hash instead."""
    if _SAFE_NAME.match(election):
        return f"election-{election}.html"
    return f"election-{hashlib.sha1(election.encode('utf-8')).hexdigest()[:12]}.html"


def web_url(url: Any) -> str | None:
    """A link target only for http(s) pages; anything else (javascript:, data:, files) is shown as text."""
    if missing(url):
        return None
    parts = urlsplit(str(url).strip())
    return str(url).strip() if parts.scheme in ("http", "https") and parts.netloc else None
