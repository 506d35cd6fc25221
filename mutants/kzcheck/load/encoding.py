"""Bytes to text for every data file, with no pandas involved: UTF-8 (a byte-order mark dropped), UTF-16/32 when a
byte-order mark names it; Windows-1251 and anything else are named, never guessed into garbled letters."""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from kzcheck.load import defects as D
from kzcheck.load.limits import active, size_text
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
    """The file's bytes, never more than the file-size limit; anything but a regular file is an `InputError`.

    A FIFO, a device or a socket (or a link to one) is refused before it is opened, and the file is opened without
    blocking and checked again once open, so `/dev/zero` or a pipe in place of a CSV never hangs or fills memory.
    """
    limit = active().file_size
    st = stat_or_error(path, display)
    if st is None:
        raise D.UNREADABLE.error(
            file=display,
            reason="it is a link to something that does not exist" if path.is_symlink() else "it no longer exists",
        )
    _regular(st, path, display)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise _unreadable(path, display, exc) from None
    try:
        st = os.fstat(fd)
        _regular(st, path, display)  # swapped for something else between the look and the open
        _not_too_large(st.st_size, limit, display)
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            _not_too_large(size, limit, display)  # it grew while being read
        return b"".join(chunks)
    except OSError as exc:
        raise _unreadable(path, display, exc) from None
    finally:
        os.close(fd)


def stat_or_error(path: Path, display: str) -> os.stat_result | None:
    """`os.stat` (links followed), None when nothing is there; a loop or a denied permission is an `InputError`."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None
    except OSError as exc:
        raise _unreadable(path, display, exc) from None


def _unreadable(path: Path, display: str, exc: OSError) -> InputError:
    if isinstance(exc, IsADirectoryError):
        return D.IS_DIRECTORY.error(file=display)
    if exc.errno == errno.ELOOP:
        return D.UNREADABLE.error(file=display, reason="it is a symbolic link loop (the link points back at itself)")
    if isinstance(exc, PermissionError):
        return D.UNREADABLE.error(file=display, reason="permission denied")
    return D.UNREADABLE.error(file=display, reason=exc.strerror or type(exc).__name__)


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _regular(st: os.stat_result, path: Path, display: str) -> None:
    if stat.S_ISREG(st.st_mode):
        return
    if stat.S_ISDIR(st.st_mode):
        raise D.IS_DIRECTORY.error(file=display)
    kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
    if path.is_symlink():
        with contextlib.suppress(OSError):
            kind += f" (it is a link to {os.readlink(path)})"
    raise D.NOT_A_FILE.error(file=display, kind=kind)


def _not_too_large(size: int, limit: int | None, display: str) -> None:
    if limit is not None and size > limit:
        raise D.TOO_LARGE.error(file=display, size=size_text(size), limit=size_text(limit))


def _row_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def decode(raw: bytes, display: str, binary: D.Defect = D.NOT_CSV) -> tuple[str, list[Finding]]:
    """UTF-8 text, and info findings for what was dropped on the way (a byte-order mark); anything that is not UTF-8
    or UTF-16/32 with its byte-order mark is named and never guessed into garbage. `binary` is the defect for
    content that is no text at all (a workbook for a CSV file, NUL bytes in an election file)."""
    notes: list[Finding] = []
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise binary.error(file=display, kind=kind)
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise D.ENCODING.error(file=display, byte=f"{exc.start} (0x{raw[exc.start]:02x})") from None
            notes.append(D.UTF16.finding(file=display, row=1, encoding=name))
            return _no_nul(text.lstrip("\ufeff"), display, binary), notes
    if raw.startswith(codecs.BOM_UTF8):
        notes.append(D.BOM.finding(file=display, row=1))
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(raw, exc, display) from None
    return _no_nul(text, display, binary), notes


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


def _no_nul(text: str, display: str, binary: D.Defect) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        raise binary.error(
            file=display, kind="binary data (it holds NUL characters; UTF-16 without a byte-order mark looks like this)"
        )
    return text
