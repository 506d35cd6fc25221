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
import stat
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
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old-{os.getpid()}-"))
    os.rmdir(old)
    os.rename(target, old)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its folder alone
    return True


def remove_debris(target: Path) -> list[Path]:
    """Remove what an interrupted run left beside `target`: `.<name>.new-*` and `.<name>.old-*` folders whose run
    is over (a folder of a run still going, named by its process id, is left alone). Returns what was removed."""
    removed = []
    for kind in ("new", "old"):
        for debris in target.parent.glob(f".{target.name}.{kind}-*"):
            if debris.is_symlink() or not debris.is_dir():
                continue
            pid = debris.name[len(f".{target.name}.{kind}-") :].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
                continue
            shutil.rmtree(debris, ignore_errors=True)
            removed.append(debris)
    return removed


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
    remove_debris(target)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new-{os.getpid()}-"))
    try:
        os.chmod(staging, 0o777 & ~_umask())
        yield staging
        _swap_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


MARKER = "kzcheck-report.json"


PLACEHOLDERS = (".gitkeep", ".keep", ".gitignore", ".nojekyll")  # files that keep a folder in git or on Pages


def ensure_replaceable(out: Path) -> None:
    """Refuse to replace a folder that holds something other than a previous kzcheck report: a new or empty folder,
    one holding only placeholder files (.gitkeep), or one kzcheck wrote (its marker file) is replaced; a folder of
    other hidden entries alone (a home folder, a bare checkout) is not a report."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InputError(
            "report.out-not-a-folder", "exists and is not a folder", file=str(out), hint="pass --out with a folder path"
        )
    try:
        entries = list(out.iterdir()) if out.is_dir() else []
        marked = (out / MARKER).is_file() and not (out / MARKER).is_symlink()
    except OSError as exc:
        raise unwritable(out, exc) from None
    if marked:
        return
    visible = [p for p in entries if not p.name.startswith(".")]
    hidden = [p for p in entries if p.name.startswith(".") and not (p.name in PLACEHOLDERS and p.is_file())]
    if visible or hidden:
        names = ", ".join(sorted(p.name for p in hidden)[:3])
        what = "is not empty and holds" if visible else f"holds hidden entries ({names}) but"
        raise InputError(
            "report.out-not-a-report",
            f"{what} no kzcheck report, so it will not be replaced",
            file=str(out),
            hint="pass --out with a new or empty folder, or one kzcheck wrote before",
        )


def unwritable(out: Path, exc: OSError) -> InputError:
    """The `InputError` for an output folder that cannot be read or written: full, read-only, not permitted."""
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return InputError(
        "report.out-unwritable",
        f"the report cannot be written: {exc.strerror or type(exc).__name__}"
        + (f" ({exc.filename})" if exc.filename and str(exc.filename) != str(out) else ""),
        file=str(out),
        hint="free space on that disk, or pass --out with a folder on another"
        if full
        else "pass --out with a folder you can write to",
    )


def keep_hidden(out: Path, staging: Path) -> None:
    """Carry hidden entries (a .gitkeep, a publishing checkout's .git) over into the new report; a FIFO, a device
    or a socket among them is refused (copying one would block or never end)."""
    if not out.is_dir():
        return
    for entry in out.iterdir():
        if not entry.name.startswith("."):
            continue
        special = _special(entry)
        if special is not None:
            raise InputError(
                "report.out-special-file",
                "is a named pipe, a device or a socket inside the report folder: it is never copied",
                file=str(special),
                hint="remove it from the report folder, or pass --out with another folder",
            )
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, staging / entry.name, symlinks=True)
        else:
            shutil.copy2(entry, staging / entry.name, follow_symlinks=False)


def _special(entry: Path) -> Path | None:
    """The first entry at or under `entry` that is neither a regular file, a folder nor a link."""
    paths = [entry]
    if entry.is_dir() and not entry.is_symlink():
        paths += [Path(d, n) for d, dirs, files in os.walk(entry) for n in dirs + files]
    for p in paths:
        mode = p.lstat().st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):
            return p
    return None


def write_report(
    result: RunResult, out: Path, data_docs: bool = True, say: Callable[[str], None] | None = None
) -> Path:
    """Write the whole report for `result` into `out`, replacing a previous report only once all of it is written."""
    say = say or (lambda _msg: None)
    ensure_replaceable(out)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        return _write(result, out, data_docs, say, now)
    except OSError as exc:  # a full disk, a read-only one, no permission: the user's environment, exit 2
        raise unwritable(out, exc) from None


def _write(result: RunResult, out: Path, data_docs: bool, say: Callable[[str], None], now: dt.datetime) -> Path:
    from kzcheck.render.html.pages import pages

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
