"""One run: discover the data, load it, run every check, mark acknowledged findings, build the result."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from kzcheck import listing
from kzcheck.acknowledgements import settle
from kzcheck.checks import modules
from kzcheck.load import fingerprint as fingerprints
from kzcheck.load import limits
from kzcheck.load.dataset import discover
from kzcheck.model.config import RunConfig
from kzcheck.model.errors import InputError
from kzcheck.model.findings import ElectionSummary, Finding, Outcome, RunResult, Severity, Status
from kzcheck.model.kinds import CheckKind, Kind
from kzcheck.model.tables import Tables
from kzcheck.prefetch import SERVES, Prefetch
from kzcheck.prefetch import start as start_prefetch

if TYPE_CHECKING:
    from kzcheck.analysis.tables import Analysis
    from kzcheck.load.frames import Reader
    from kzcheck.reuse import Reuse


INPUT_SPECS = [
    Kind.check(
        "input",
        "Input files are readable as documented",
        "Every data file is read as documented in docs/data-format.md; defects met while reading (unknown "
        "columns, non-numbers, normalised spellings) are reported where they were found, each under its own code "
        "from the input-defect catalogue (docs/input-defects.md).",
        Severity.ERROR,
        "kzcheck",
    ),
]
TABLES = Kind.check(
    "analysis",
    "The run's analysis tables are built",
    "The tables every command shows (consensus, comparison, reconciliation, allocation, printings, track record) "
    "are built once per run. A table whose builder breaks fails the checks that read it (each errored, saying "
    "why) and leaves the run's tables empty, so the run still reports instead of stopping; with --debug the "
    "traceback surfaces instead. Never a finding: it is kzcheck's own failure, reported as errored.",
    Severity.ERROR,
    "kzcheck",
)


def _order(listed: list[ModuleType], worker: Prefetch | None) -> list[ModuleType]:
    """The order the modules run in: as listed, except that the one a worker judges for runs last, so that the
    worker has the others' time to finish."""
    if worker is None:
        return listed
    return sorted(listed, key=lambda m: m.__name__ == SERVES)


def steps() -> int:
    """How many progress messages `validate` sends: loading, one per check module, done."""
    from kzcheck.checks import MODULES

    return len(MODULES) + 1


def run_module(module: ModuleType, data: object, config: RunConfig, analysis: object = None) -> list[Outcome]:
    """A module's outcomes; if it breaks, each of its checks is 'errored' and the other checks still run.

    A module whose `run` takes an `analysis` is given the run's one `Analysis`, so the tables it reads are built
    once for every check, command and renderer."""
    try:
        if "analysis" in inspect.signature(module.run).parameters:
            return list(module.run(data, config, analysis=analysis))
        return list(module.run(data, config))
    except InputError:
        raise
    except Exception as exc:
        if config.debug:
            raise
        return [Outcome(spec.id, None, None, [], Status.ERRORED, note=_broke(exc)) for spec in module.SPECS]


def validate(
    data_dir: Path,
    elections: list[str] | None = None,
    config: RunConfig | None = None,
    progress: Callable[[str], None] | None = None,
    reader: Reader | None = None,
    reuse: Reuse | None = None,
    prefetch: bool = False,
) -> RunResult:
    """The whole pipeline; raises `InputError` when the input cannot be used at all. `reader` reads each table file
    (default: from disk every time; `kzcheck watch` passes a cache). With `reuse` (`kzcheck watch`), a check module
    none of whose data has changed since its last run gives that run's outcomes again (kzcheck/reuse.py). With
    `prefetch` (a command's one run), the expectation suites are judged in a second process meanwhile, where one can
    be (kzcheck/prefetch.py)."""
    worker = start_prefetch(data_dir, elections) if prefetch else None
    try:
        return _validate(data_dir, elections, config, progress, reader, reuse, worker)
    finally:
        if worker is not None:
            worker.close()


def _validate(
    data_dir: Path,
    elections: list[str] | None,
    config: RunConfig | None,
    progress: Callable[[str], None] | None,
    reader: Reader | None,
    reuse: Reuse | None,
    worker: Prefetch | None,
) -> RunResult:
    from kzcheck import startup
    from kzcheck.analysis.tables import Analysis
    from kzcheck.load.frames import load

    # with a worker, pandera waits for the load too: the worker's memory and the load's peak are then apart
    startup.stack(gx=worker is None, pandera=worker is None)
    config = config or RunConfig()
    say = progress or (lambda _msg: None)
    dataset = discover(data_dir, elections)
    say("loading data")
    data = load(dataset, reader)
    startup.stack(gx=worker is None)  # pandera, if the load went first
    startup.release()  # the files' text and the parsing's arrays are freed: give them back before the checks
    outcomes: list[Outcome] = []
    specs: dict[str, CheckKind] = {s.id: s for s in INPUT_SPECS}
    by_file: dict[tuple[str | None, str | None], list[Finding]] = {}
    for f in data.findings:
        f.subject = f.subject or f"file:{f.file}"
        by_file.setdefault((f.election, f.subject), []).append(f)
    outcomes += [Outcome("input", election, subject, fs) for (election, subject), fs in by_file.items()]
    checked = reuse.begin(data, config) if reuse is not None else data  # the checks' reads are recorded then
    analysis = Analysis(checked, config.deff, reuse)

    listed = modules()
    specs.update({s.id: s for module in listed for s in module.SPECS})  # the catalogue's order, however they run
    ran: dict[str, list[Outcome]] = {}
    for module in _order(listed, worker):
        say(f"checking {module.__name__.rsplit('.', 1)[-1]}")
        if worker is not None and module.__name__ == SERVES:
            worker.receive()
        check = functools.partial(run_module, module, checked, config, analysis)
        ran[module.__name__] = check() if reuse is None else reuse.run(module.__name__, check, keep=_whole)
        startup.release()  # what the check's tables needed on the way, and no longer
    outcomes += [o for module in listed for o in ran[module.__name__]]
    say("checks done")
    if reuse is None:
        tables = _tables(analysis, config)
    else:  # the tables of a run whose builders broke are not kept: the next run builds them again
        tables = reuse.run(TABLES.id, lambda: _tables(analysis, config), copies=False, keep=lambda t: t is not None)
    if tables is None:
        specs[TABLES.id] = TABLES
        outcomes.append(Outcome(TABLES.id, None, None, [], Status.ERRORED, note=_broke(analysis.failure)))
        tables = Tables(exit_poll_deff=config.deff)
    settle(outcomes, data.acknowledged)
    notes = listing.cap(outcomes, limits.active().findings)  # before fingerprinting: unlisted findings cost nothing
    if notes:
        specs[listing.KIND.id] = listing.KIND
        outcomes += notes
    fingerprints.assign([f for o in outcomes for f in o.findings], dataset.display, data)
    summaries = []
    printed = data.printings if data.printings is not None else data.results  # every row the results files hold
    published = printed.groupby(["election", "status"], observed=True).size()  # one pass, not one per election
    for eid, e in data.elections.items():
        res = published[published.index.get_level_values(0) == eid]
        summaries.append(
            ElectionSummary(
                eid,
                e.name,
                e.kind,
                e.date.isoformat(),
                polls=int((data.polls["election"] == eid).sum()),
                figures=int((data.figures["election"] == eid).sum()),
                results={str(key[1]): int(n) for key, n in res.sort_values(ascending=False).items() if n},  # type: ignore[index]
            )
        )
    return RunResult(dataset.display, summaries, outcomes, specs, data=data, tables=tables)


def _broke(exc: BaseException | None) -> str:
    what = f"{type(exc).__name__}: {exc}" if exc is not None else "unknown error"
    return f"kzcheck could not run this check ({what}); rerun with --debug and report it"


def _whole(outcomes: Iterable[Outcome]) -> bool:
    """Whether a module ran to its end (none of its checks errored): only such outcomes are reused."""
    return all(o.status is not Status.ERRORED for o in outcomes)


def _tables(analysis: Analysis, config: RunConfig) -> Tables | None:
    """The run's tables, or None when a builder broke (kept on `analysis.failure`); with --debug it raises."""
    try:
        return analysis.tables()
    except InputError:
        raise
    except Exception as exc:
        if config.debug:
            raise
        analysis.failure = exc
        return None
