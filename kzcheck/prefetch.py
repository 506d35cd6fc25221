"""The expectation suites judged in a second process while this one imports pandas, loads the data and runs the
other checks.

Importing Great Expectations is most of a cold `kzcheck validate`: about two thirds of the import floor, and the
floor is most of a run on the bundled data (benchmarks/run.py). The suites read only the poll tables, a small part
of any data folder. So when the command line owns the process and the machine has a second core, `start()` launches
`python -m kzcheck.prefetch`: it imports Great Expectations, reads the poll tables itself (`load`, with every other
table left empty), runs the suites on them (kzcheck/gx/inputs.py) and writes each verdict, under its key, to its
standard output. The run's own process then never imports Great Expectations: the checks that read the suites run
after the others (`SERVES`), once `receive()` has handed the engine those verdicts, and the engine's `run_suite`
finds each under its key: the expectation, the parameters, the row count and the values of the columns it reads
(kzcheck/gx/engine.py). A verdict judged on other rows (a file saved between the two reads) is under another key and
is never used: that expectation is judged in this process, as is every one when the worker fails, takes longer than
`TIMEOUT`, or is switched off (`KZCHECK_PREFETCH=0`). The findings are the same either way; only the time differs.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

SERVES = "kzcheck.checks.expectations"  # the check module whose suites the worker judges
SWITCH = "KZCHECK_PREFETCH"  # "0" keeps every run in one process
TIMEOUT = 120.0  # seconds the run waits for the worker's verdicts before judging the suites itself
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


class Prefetch:
    """A running worker; `receive()` once, `close()` always. Its output is read as it comes (a thread of this
    process), so the worker ends as soon as it is done instead of waiting, with all its memory, for the run to ask."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.received = 0  # verdicts handed to the engine
        self._out = b""
        self._reader = threading.Thread(target=self._read, name="kzcheck-prefetch", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        if self.process.stdout is not None:
            self._out = self.process.stdout.read()
        self.process.wait()

    def receive(self) -> int:
        """Wait for the worker and give the engine its verdicts; how many. Nothing when it failed in any way."""
        from kzcheck.gx.engine import ExpectationRun, remember

        self._reader.join(TIMEOUT)
        try:
            if self._reader.is_alive() or self.process.returncode != 0:
                raise RuntimeError("no verdicts")
            given = {key: ExpectationRun(**run) for key, run in json.loads(self._out)["verdicts"].items()}
        except Exception:  # a worker that hangs, dies or writes anything else costs time, never a finding
            self.close()
            return 0
        remember(given)
        self.received = len(given)
        return self.received

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self._reader.join()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def start(data_dir: Path, elections: list[str] | None) -> Prefetch | None:
    """A worker judging the suites of the run over `data_dir`, or None: when kzcheck does not own the process (a
    script or notebook, a test), on a single core, when switched off, or when it cannot be started."""
    from kzcheck import startup
    from kzcheck.load import limits

    if not startup.owned() or os.environ.get(SWITCH) == "0" or _cores() < 2:
        return None
    # this very kzcheck: a checkout's folder goes first; an installed package's site folder is found as it is (put
    # first, it would put every installed package before the standard library)
    here = None if _PACKAGE_ROOT.name in ("site-packages", "dist-packages") else str(_PACKAGE_ROOT)
    path = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))
    argv = [sys.executable, "-m", "kzcheck.prefetch", str(data_dir), json.dumps(dataclasses.asdict(limits.active()))]
    try:
        process = subprocess.Popen(
            [*argv, *(elections or [])],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": path} if path else None,
        )
    except OSError:
        return None
    return Prefetch(process)


def _poll_tables(path: Path, display: str, spec: Any, election: str | None) -> tuple[Any, list[Any]]:
    """The worker's reader: the tables the suites validate (polls, figures, and the pollster registry that names
    the polls' pollsters) as `read_table` reads them; every other table as a file with no rows."""
    import pandas as pd

    from kzcheck.load.frames import FIGURES, POLLS
    from kzcheck.load.pollsters import POLLSTERS
    from kzcheck.load.table import FILE, LINE, read_table

    if spec in (POLLS, FIGURES, POLLSTERS):
        return read_table(path, display, spec, election)
    empty = pd.DataFrame({c: pd.Series(dtype="str") for c in spec.columns}, index=pd.RangeIndex(0, name=LINE))
    empty[FILE] = display
    empty[LINE] = empty.index
    return empty, []


def poll_data(data_dir: Path, elections: list[str] | None) -> Any:
    """The loaded data the worker judges: the poll tables as the run loads them, every other table empty."""
    from kzcheck.load.dataset import discover
    from kzcheck.load.frames import load

    return load(discover(data_dir, elections), _poll_tables)


def judge(data_dir: Path, elections: list[str] | None) -> dict[str, Any]:
    """The worker's work: every suite run on the poll tables of `data_dir`, its verdicts by key."""
    from kzcheck.gx.engine import run_suite, verdicts
    from kzcheck.gx.inputs import suite_inputs

    for name, frame, params in suite_inputs(poll_data(data_dir, elections)):
        run_suite(name, frame, params)
    return verdicts()


def main(argv: list[str], out: IO[str]) -> int:
    """`python -m kzcheck.prefetch DATA LIMITS [ELECTION...]`: the verdicts as one JSON object on `out`."""
    from kzcheck import startup
    from kzcheck.load import limits

    startup.own()
    startup.stack(pandera=False)
    limits.use(limits.Limits(**json.loads(argv[1])))
    found = judge(Path(argv[0]), argv[2:] or None)
    json.dump({"verdicts": found}, out)
    return 0


if __name__ == "__main__":
    stdout, sys.stdout = sys.stdout, sys.stderr  # only the verdicts go to the run: anything a library prints, not
    sys.exit(main(sys.argv[1:], stdout))
