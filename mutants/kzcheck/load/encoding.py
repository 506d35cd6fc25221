"""Bytes to text for every data file, with no pandas involved: UTF-8 (a byte-order mark dropped), UTF-16/32 when a
byte-order mark names it; Windows-1251 and anything else are named, never guessed into garbled letters."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kzcheck.load import defects as D
from kzcheck.model.errors import InputError
from kzcheck.model.findings import Finding

_MAGIC = (
    (b"PK\x03\x04", "a zipped workbook (.xlsx or .ods)"),
    (b"\xd0\xcf\x11\xe0", "an Excel 97-2003 workbook (.xls)"),
    (b"%PDF", "a PDF document"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
_KAZAKH = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһ]")  # letters KZ-1048 has where Windows-1251 has others


def read_bytes(path: Path, display: str) -> bytes:
    """The file's bytes; a folder or an unreadable file is an `InputError`."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise D.IS_DIRECTORY.error(file=display) from None
    except FileNotFoundError:
        raise D.UNREADABLE.error(
            file=display,
            reason="it is a link to something that does not exist" if path.is_symlink() else "it no longer exists",
        ) from None
    except OSError as exc:
        raise D.UNREADABLE.error(file=display, reason=exc.strerror or type(exc).__name__) from None


def _row_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def decode(raw: bytes, display: str) -> tuple[str, list[Finding]]:
    """UTF-8 text, and info findings for what was dropped on the way (a byte-order mark); anything that is not UTF-8
    or UTF-16/32 with its byte-order mark is named and never guessed into garbage."""
    notes: list[Finding] = []
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise D.NOT_CSV.error(file=display, kind=kind)
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise D.ENCODING.error(file=display, byte=f"{exc.start} (0x{raw[exc.start]:02x})") from None
            notes.append(D.UTF16.finding(file=display, row=1, encoding=name))
            return _no_nul(text.lstrip("\ufeff"), display), notes
    if raw.startswith(codecs.BOM_UTF8):
        notes.append(D.BOM.finding(file=display, row=1))
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(raw, exc, display) from None
    return _no_nul(text, display), notes


def _not_utf8(raw: bytes, exc: UnicodeDecodeError, display: str) -> InputError:
    """Windows-1251 (or KZ-1048, its Kazakh variant) is named when the bytes decode in it to Cyrillic words; anything
    else is just 'not UTF-8'."""
    row = _row_of(raw, exc.start)
    alt = raw.decode("cp1251", errors="replace")
    if not _looks_cyrillic(alt):
        return D.ENCODING.error(file=display, row=row, byte=f"0x{raw[exc.start]:02x}")
    encoding = "Windows-1251 (Cyrillic)"
    kazakh = raw.decode("kz1048", errors="replace")
    if _KAZAKH.search(kazakh):
        alt, encoding = kazakh, "KZ-1048 (Kazakh Windows-1251)"
    lines = alt.splitlines()
    line = lines[row - 1] if row <= len(lines) else ""
    words = [w for w in _LETTERS.findall(line) if _CYRILLIC.search(w)]
    return D.WINDOWS_1251.error(file=display, row=row, encoding=encoding, sample=" ".join(words[:3]) or line[:40])


def _looks_cyrillic(text: str) -> bool:
    """Words in Cyrillic letters alone, some of three letters or more: Russian or Kazakh text. Latin-1 accents read
    as Windows-1251 turn into Cyrillic letters inside Latin words (Partí -> Partн), which this tells apart."""
    words = [w for w in _LETTERS.findall(text) if _CYRILLIC.search(w)]
    pure = [w for w in words if not _LATIN.search(w)]
    return bool(pure) and len(pure) >= 0.8 * len(words) and any(len(w) >= 3 for w in pure)


def _no_nul(text: str, display: str) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        raise D.NOT_CSV.error(
            file=display, kind="binary data (it holds NUL characters; UTF-16 without a byte-order mark looks like this)"
        )
    return text
