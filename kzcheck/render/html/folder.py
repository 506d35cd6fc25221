"""The report folder, written so that an interrupted run never leaves a half-written file or folder behind.

The folder holds index.html, a page per election, Great Expectations Data Docs under gx/, and a small
kzcheck-report.json that marks the folder as a kzcheck report (only such a folder, or an empty one, is replaced).

Everything is written beside its target first and renamed into place at the end: a reader (or a CI artifact upload)
sees either the previous version whole or the new one whole, never a mixture.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import errno
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from kzcheck import __version__
from kzcheck.model.errors import InputError
from kzcheck.model.findings import RunResult

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` through a temporary file in the same folder, then rename it over `path`."""
    path = Path(path)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap_into_place(staging: Path, target: Path) -> None:
    """Put `staging` where `target` is; the previous `target` is removed only once the new one is in place."""
    if not target.exists() and not target.is_symlink():
        os.rename(staging, target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)  # now holds the previous version
        return
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-"))
    os.rmdir(old)
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def atomic_replace_dir(target: Path | str) -> Iterator[Path]:
    """Yield an empty folder beside `target`; when the block ends normally it replaces `target` whole.

    If the block raises (or the process dies), `target` is left exactly as it was and the partial folder is removed
    (or, after a hard kill, left as a hidden `.<name>.new-*` sibling that never shadows the target).
    """
    target = Path(target).absolute()
    if target.exists() and not target.is_dir():
        raise InputError(
            "output.not-a-folder",
            "exists and is not a folder",
            file=str(target),
            hint="choose a folder path for the output",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new-"))
    try:
        os.chmod(staging, 0o777 & ~_umask())
        yield staging
        _swap_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


MARKER = "kzcheck-report.json"


def ensure_replaceable(out: Path) -> None:
    """Refuse to replace a folder that holds something other than a previous kzcheck report (hidden files aside)."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InputError(
            "report.out-not-a-folder", "exists and is not a folder", file=str(out), hint="pass --out with a folder path"
        )
    visible = [p for p in out.iterdir() if not p.name.startswith(".")] if out.is_dir() else []
    if visible and not (out / MARKER).is_file():
        raise InputError(
            "report.out-not-a-report",
            "is not empty and holds no kzcheck report, so it will not be replaced",
            file=str(out),
            hint="pass --out with a new or empty folder, or one kzcheck wrote before",
        )


def keep_hidden(out: Path, staging: Path) -> None:
    """Carry hidden entries (a .gitkeep, a publishing checkout's .git) over into the new report."""
    if not out.is_dir():
        return
    for entry in out.iterdir():
        if entry.name.startswith("."):
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, staging / entry.name, symlinks=True)
            else:
                shutil.copy2(entry, staging / entry.name, follow_symlinks=False)


def write_report(
    result: RunResult, out: Path, data_docs: bool = True, say: Callable[[str], None] | None = None
) -> Path:
    """Write the whole report for `result` into `out`, replacing a previous report only once all of it is written."""
    from kzcheck.render.html.pages import pages

    say = say or (lambda _msg: None)
    ensure_replaceable(out)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with atomic_replace_dir(out) as staging:
        keep_hidden(out, staging)
        href, note = None, "not built for this report"
        if data_docs:
            from kzcheck.gx.docs import build

            say("building Great Expectations Data Docs")
            docs = build(result.data, staging / "gx", now)
            href, note = docs.href, docs.note
        say("writing the HTML report")
        for name, html in pages(result, href, note, now).items():
            (staging / name).write_text(html, encoding="utf-8")
        (staging / MARKER).write_text(
            json.dumps(
                {
                    "generator": "kzcheck",
                    "version": __version__,
                    "generated": now.isoformat(),
                    "data": result.data_dir,
                    "elections": [e.id for e in result.elections],
                    "counts": result.counts(),
                    "index": "index.html",
                    "data_docs": href,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return out / "index.html"
