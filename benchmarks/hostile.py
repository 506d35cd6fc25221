"""Hostile and huge inputs, each run under a 2 GiB address-space limit: time, peak memory, exit code, message.

    python benchmarks/hostile.py            every case at full size (a few minutes): the README's table
    python benchmarks/hostile.py --readme   also write the table into README.md's "Hostile input" section

The inputs are generated in a temporary folder from a copy of the bundled 2023 Mazhilis election: a 50 MB cell, a
200 MB figures file, an election of 100,000 options, a FIFO and a link to /dev/zero in place of a data file, a figures
file of a million one-line polls; and, in a synthetic archive, the largest results file the default limits accept.
tests/test_hostile_input.py builds its inputs with the same functions.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
E23 = "kz-2023-mazhilis"
FIG = Path("figures") / f"{E23}.csv"
TOML = Path("elections") / f"{E23}.toml"
MEMORY = 2 * 1024**3  # bytes of address space each run may take
START, END = "<!-- hostile:start -->", "<!-- hostile:end -->"


def copy_data(folder: Path) -> Path:
    """A private copy of the bundled data with the 2023 Mazhilis election alone (the others' files stay)."""
    data = folder / "data"
    shutil.copytree(DATA, data)
    return data


def long_cell(data: Path, size: int) -> Path:
    """The first figure's share replaced by `size` digits: one cell, `size` bytes."""
    path = data / FIG
    head, first, *rest = path.read_bytes().split(b"\n")
    cells = first.split(b",")
    cells[-1] = b"5" * size
    path.write_bytes(b"\n".join([head, b",".join(cells), *rest]))
    return path


def big_figures(data: Path, size: int) -> Path:
    """A figures file of about `size` bytes: distinct polls, each printing one share (written in 1 MiB blocks)."""
    path = data / FIG
    with path.open("wb") as fh:
        fh.write(b"poll,source,option,share\n")
        written, i = 0, 0
        while written < size:
            block = b"".join(b"p%d,tass-2023-03-19,amanat,53.46\n" % n for n in range(i, i + 30_000))
            fh.write(block)
            written += len(block)
            i += 30_000
    return path


def many_options(data: Path, count: int) -> Path:
    """The election file with `count` options (each with an id and a name) in place of its own."""
    path = data / TOML
    text = path.read_text(encoding="utf-8")
    head = text.split("[[options]]", 1)[0]
    tail = text[text.index("[[tiers]]") :]
    options = "".join(f'[[options]]\nid = "party-{i}"\nname = "Party {i}"\n\n' for i in range(count))
    path.write_text(head + options + tail, encoding="utf-8")
    return path


def fifo(data: Path) -> Path:
    """A named pipe in place of the figures file (nothing ever writes to it)."""
    path = data / FIG
    path.unlink()
    os.mkfifo(path)
    return path


def dev_zero(data: Path) -> Path:
    """A link to /dev/zero in place of the figures file: endless NUL bytes."""
    path = data / FIG
    path.unlink()
    path.symlink_to("/dev/zero")
    return path


def one_line_polls(data: Path, rows: int = 999_990) -> Path:
    """A figures file just inside the default row limit, each row a distinct poll printing one share: over the polls
    limit, so it is refused once read (reported poll by poll it would be a million findings)."""
    path = data / FIG
    with path.open("wb") as fh:
        fh.write(b"poll,source,option,share\n")
        for start in range(0, rows, 30_000):
            stop = min(start + 30_000, rows)
            fh.write(b"".join(b"p%d,tass-2023-03-19,amanat,53.46\n" % n for n in range(start, stop)))
    return path


STATIONS = 98_000  # polling stations whose protocols, with their districts and regions, come just under 1,000,000 rows


def largest_accepted(data: Path, stations: int = STATIONS) -> Path:
    """The largest results file the default limits accept, in the shape of a real one: one election's protocols at
    `stations` polling stations with their district and region sums (benchmarks/synthetic.py), replacing `data`."""
    from benchmarks.synthetic import generate

    shutil.rmtree(data)
    generate(data, stations, 1, {}, seed=stations)
    return data / "results" / "synthetic-01.final.csv"


def every_row_fails(data: Path, stations: int = STATIONS) -> Path:
    """The largest accepted results file with every station's count negative: about 900,000 rows that break one
    rule each, listed up to the findings limit and counted past it."""
    path = largest_accepted(data, stations)
    lines = path.read_bytes().split(b"\n")
    out = [lines[0]]
    for line in lines[1:]:
        cells = line.split(b",")
        if len(cells) > 2 and cells[0].startswith(b"s") and cells[2]:
            cells[2] = b"-" + cells[2]
        out.append(b",".join(cells))
    path.write_bytes(b"\n".join(out))
    return path


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@dataclass
class Outcome:
    code: int
    seconds: float
    peak_mib: float
    stderr: str


def run_limited(args: list[str], cwd: Path, timeout: float = 120) -> Outcome:
    """`kzcheck ARGS` in a child process under the 2 GiB limit; its exit code, wall time and own peak memory."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(
            [sys.executable, "-m", "kzcheck", *args],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
            preexec_fn=_limit,
        )
        timer = threading.Timer(timeout, p.kill)  # a hang ends as a kill (exit -9), never as a stuck run
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        timer.cancel()
        seconds = time.perf_counter() - start
        code = p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Outcome(code, seconds, usage.ru_maxrss / 1024, text)


CASES: list[tuple[str, Callable[[Path], Path], tuple[str, ...]]] = [
    ("a 50 MB cell", lambda d: long_cell(d, 50 * 10**6), ()),
    ("a 50 MB cell, `--limit cell=none`", lambda d: long_cell(d, 50 * 10**6), ("--limit", "cell=none")),
    ("a 200 MB figures file (7.4M rows)", lambda d: big_figures(d, 200 * 10**6), ()),
    ("100,000 options", lambda d: many_options(d, 100_000), ()),
    (
        "100,000 options, `--limit options=none --limit file-size=none`",
        lambda d: many_options(d, 100_000),
        ("--limit", "options=none", "--limit", "file-size=none"),
    ),
    ("a FIFO for the figures file", fifo, ()),
    ("a link to /dev/zero for the figures file", dev_zero, ()),
    ("a figures file of 999,990 one-line polls", one_line_polls, ()),
    (f"the largest results file the limits accept ({STATIONS:,} stations' protocols)", largest_accepted, ()),
    (
        "10,000 stations' protocols with every station's count negative (a finding a row)",
        lambda d: every_row_fails(d, 10_000),
        (),
    ),
    ("the largest accepted file with every station's count negative", every_row_fails, ()),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument("--only", metavar="TEXT", help="run only the cases whose label contains TEXT")
    args = parser.parse_args()
    if args.only and args.readme:
        parser.error("--readme writes the whole table: run every case")
    rows = [
        "| input | exit | time | peak memory | message |",
        "|---|---:|---:|---:|---|",
    ]
    for label, build, extra in CASES:
        if args.only and args.only not in label:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            data = copy_data(Path(tmp))
            path = build(data)
            size = path.stat().st_size if path.is_file() and not path.is_symlink() else 0
            election = E23 if (data / TOML).exists() else path.stem.split(".")[0]
            out = run_limited(["validate", "--data", "data", "--election", election, *extra], Path(tmp), timeout=900)
        said = next((ln for ln in out.stderr.splitlines() if ln.startswith("kzcheck: [")), "")
        said = re.sub(r"^kzcheck: ", "", said)[:110]
        rows.append(
            f"| {label} | {out.code} | {out.seconds:.1f} s | {out.peak_mib:.0f} MiB | "
            f"{('`' + said + '`') if said else 'completed'} |"
        )
        print(rows[-1], f"({size / 1e6:.0f} MB file)" if size else "", flush=True)
    table = "\n".join(rows)
    print(table)
    if args.readme:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        lead = "Latest run (`python benchmarks/hostile.py`), each under a 2 GiB address-space limit:"
        block = f"{START}\n{lead}\n\n{table}\n{END}"
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _m: block, text, flags=re.S)
        readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
