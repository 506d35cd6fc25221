"""Small helpers for editing CSV files of a data copy in tests."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def edit_rows(path: Path, change: Callable[[list[dict[str, str]]], list[dict[str, str]]]) -> None:
    header, rows = read_rows(path)
    write_rows(path, header, change(rows))


def line_of(path: Path, predicate: Callable[[dict[str, str]], bool]) -> int:
    """The file line (header = 1) of the first row matching `predicate`."""
    _, rows = read_rows(path)
    return next(i + 2 for i, r in enumerate(rows) if predicate(r))


def rows_of(path: Path) -> list[dict[str, str]]:
    """Every row of a CSV file as a dict."""
    return read_rows(path)[1]


def write_dicts(path: Path, rows: list[dict[str, str]]) -> None:
    """Write rows back with the columns of the first row."""
    write_rows(path, list(rows[0]), rows)


def negative_share(data: Path, election: str = "kz-2023-mazhilis") -> tuple[Path, int]:
    """Print TASS's IEI Baytaq figure as -3.22 in a data copy; the figures file and the line it is on."""

    def change(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        for r in rows:
            if r["poll"] == "iei" and r["source"] == "tass-2023-03-19" and r["option"] == "baytaq":
                r["share"] = "-3.22"
        return rows

    path = data / "figures" / f"{election}.csv"
    edit_rows(path, change)
    return path, line_of(path, lambda r: r["share"] == "-3.22")


def at_terminal(*args: str, columns: int, cwd: Path | None = None) -> tuple[int, str]:
    """`kzcheck ARGS` with its stdout on a pseudo-terminal `columns` wide, as a user at that terminal runs it.

    A pipe or a file always gets the full fallback width (kzcheck/render/terminal.py), so widths are tested where they
    apply: at a terminal. Returns the exit code and what the terminal showed (line ends as `\\n`).
    """
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    # TERM is not "dumb": rich sizes a dumb terminal 80 x 25 whatever it is told
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": str(columns), "TERM": "xterm"}
    env.pop("FORCE_COLOR", None)
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzcheck", *args],
        stdout=slave,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        cwd=cwd or root,
        env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    code = proc.wait(timeout=300)
    return code, b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


class Placeholder:
    """A value that renders as its own name under any format spec (`{seats:,}`, `{share:.1f}`, `{hint!r}`): a
    template filled with placeholders shows where each field went."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __format__(self, spec: str) -> str:
        return f"<{self.name}>"

    def __str__(self) -> str:
        return f"<{self.name}>"

    __repr__ = __str__
