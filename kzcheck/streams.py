"""stdout as every command writes its payload to it, whatever is at the other end.

- A reader that goes away (`kzcheck validate | head -1`) is not an error: the rest of the output is dropped quietly
  and the command still exits with its own code (0, 1), as scripts read it.
- A stdout that cannot be written (a full disk, `> /dev/full`, an I/O error) is exit 2 with a message, not a bug.
- A stdout whose encoding is not UTF-8 (`PYTHONIOENCODING=cp1251`, a Russian-locale Windows console, `ascii`) gets
  the characters it cannot hold as backslash escapes (`\\u04d9`), and one note on stderr says how to keep them.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import sys
from typing import Any, TextIO

from kzcheck.model.errors import InputError

UTF8 = "utf-8"


def is_utf8(stream: Any) -> bool:
    """Whether `stream` (anything with an `encoding`) writes UTF-8; a stream with no encoding counts as UTF-8."""
    name = getattr(stream, "encoding", None)
    if not name:
        return True
    try:
        return codecs.lookup(name).name == UTF8
    except LookupError:
        return False


def _silence(stream: Any) -> None:
    """Point the stream's file descriptor at /dev/null, so the flush at exit cannot fail again."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        fd = stream.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


class Payload:
    """A stdout proxy: writes through to `stream`, survives a broken pipe, turns other write failures into exit 2."""

    def __init__(self, stream: TextIO, err: TextIO | None = None) -> None:
        self._stream = stream
        self._err = err
        self._gone = False
        self._noted = False
        self._utf8 = is_utf8(stream)
        if not self._utf8:
            with contextlib.suppress(AttributeError, ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @property
    def gone(self) -> bool:
        """Whether the reader went away (what is written from then on is dropped)."""
        return self._gone

    def _failed(self, exc: OSError) -> None:
        if isinstance(exc, BrokenPipeError) or exc.errno in (errno.EPIPE, errno.ECONNRESET):
            self._gone = True
            _silence(self._stream)
            return
        self._gone = True
        _silence(self._stream)
        raise InputError(
            "output.stdout",
            f"the output cannot be written: {exc.strerror or type(exc).__name__}",
            file="stdout",
            hint=(
                "free space on the disk the output goes to, or redirect it elsewhere"
                if exc.errno in (errno.ENOSPC, errno.EDQUOT)
                else "redirect the output to a file or a pipe that can be written"
            ),
        ) from None

    def _note(self, text: str) -> None:
        if self._noted:
            return
        try:
            text.encode(self._stream.encoding)
        except (UnicodeEncodeError, LookupError):
            self._noted = True
            err = self._err or sys.stderr
            with contextlib.suppress(OSError, ValueError):
                err.write(
                    f"kzcheck: stdout is {self._stream.encoding}, which cannot hold every letter of the output: "
                    "those are written as \\u escapes; set PYTHONIOENCODING=utf-8 to keep them as letters\n"
                )

    def write(self, text: str) -> int:
        if self._gone:
            return len(text)
        if not self._utf8:
            self._note(text)
        try:
            return self._stream.write(text)
        except OSError as exc:
            self._failed(exc)
            return len(text)

    def flush(self) -> None:
        if self._gone:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            self._failed(exc)


def install() -> Payload:
    """Put a `Payload` proxy in place of `sys.stdout` (once; a proxy already there is kept) and return it."""
    current = sys.stdout
    if isinstance(current, Payload):
        return current
    proxy = Payload(current)
    sys.stdout = proxy
    return proxy
