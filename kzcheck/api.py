"""The Python API, for notebooks and scripts: `kzcheck.validate(path)` runs every check and returns the run result.

    >>> import kzcheck
    >>> result = kzcheck.validate("data")          # the same run as `kzcheck validate --data data`
    >>> result.findings_frame()                    # one row per finding, as a pandas DataFrame
    >>> result.exit_code(kzcheck.Severity.ERROR)   # what the command line would exit with

Input that cannot be used at all raises `kzcheck.InputError` (the command line's exit code 2), naming file, row and
column; everything the data gets wrong is a finding in the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from pathlib import Path

from kzcheck.model.findings import RunResult, Severity


def validate(
    path: str | PathLike[str] | None = None,
    *,
    elections: Sequence[str] | None = None,
    today: str | None = None,
    deff: float | None = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    severity: str | Severity | None = None,
) -> RunResult:
    """Validate the data folder at `path` (default: the bundled data) as `kzcheck validate` does.

    `elections` narrows the run to those ids; `today` (YYYY-MM-DD) fixes the day publication deadlines are judged on;
    `deff` is the exit polls' design effect; `select`, `ignore` and `severity` choose checks and findings as the
    command's options of the same names do.
    """
    from kzcheck.analysis.deadlines import parse_day
    from kzcheck.load.dataset import default_data_dir
    from kzcheck.model.config import RunConfig
    from kzcheck.model.selection import narrow
    from kzcheck.run import validate as run

    data_dir = Path(path) if path is not None else default_data_dir()
    day = parse_day(today).isoformat() if today else None
    result = run(data_dir, list(elections) if elections else None, RunConfig(today=day, deff=deff))
    level = Severity(severity) if severity is not None else None
    return narrow(result, tuple(select), tuple(ignore), level)
