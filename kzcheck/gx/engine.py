"""Run a JSON suite from expectations/ on a frame, quietly, and hand back which rows each expectation rejected."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from collections import OrderedDict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from kzcheck.model.errors import InputError


def _suites() -> Path:
    """The suites folder: `expectations/` beside the package in a checkout or an editable install; in an installed
    wheel, the copy pyproject.toml's `data-files` puts under the environment's `share/kzcheck/expectations`."""
    import site
    import sys

    here = Path(__file__).resolve().parent.parent.parent / "expectations"
    candidates = [here, Path(sys.prefix) / "share" / "kzcheck" / "expectations"]
    candidates.append(Path(site.getuserbase()) / "share" / "kzcheck" / "expectations")
    return next((c for c in candidates if c.is_dir()), here)


SUITES = _suites()
ROW = "_row"


@dataclass
class ExpectationRun:
    """One expectation's verdict: its kzcheck check id, the rows it rejected (positions), or the error it hit."""

    check: str
    severity: str  # error | warning | info
    meta: dict[str, Any]
    rows: list[int]
    error: str | None = None


_context: Any = None


def _quiet_context() -> Any:
    """An ephemeral context with progress bars off and GX's process-wide logging side effects undone."""
    global _context
    if _context is None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        import kzcheck.gx.custom  # noqa: F401  (registers the custom expectations)

        logging.captureWarnings(False)
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        _context = gx.get_context(mode="ephemeral")
        _context.variables.progress_bars = ProgressBarsConfig(globally=False)
        _context.data_sources.add_pandas("kzcheck")
    return _context


_definitions: dict[str, Any] = {}


def _batch_definition(ctx: Any, name: str) -> Any:
    """Suite `name`'s one dataframe asset and batch definition, made on first use: each run passes its own frame,
    and adding an asset per run would have the context serialise its whole configuration again every time."""
    if name not in _definitions:
        asset = ctx.data_sources.get("kzcheck").add_dataframe_asset(name)
        _definitions[name] = asset.add_batch_definition_whole_dataframe("all")
    return _definitions[name]


def suite_path(name: str) -> Path:
    return SUITES / f"{name}.json"


def _document(name: str) -> dict[str, Any]:
    """Suite `name`'s JSON document; a file that is not a suite is an input error."""
    path = suite_path(name)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(doc, dict) or not isinstance(doc.get("expectations", []), list):
            raise ValueError("a suite is an object whose `expectations` is a list")
        return doc
    except Exception as exc:  # a broken suite file is the tool's input too
        raise _invalid(path, exc) from None


def _invalid(path: Path, exc: Exception) -> InputError:
    return InputError(
        "suite.invalid",
        f"expectation suite cannot be loaded: {exc}",
        file=str(path.name),
        hint="fix the suite JSON; see expectations/README.md",
    )


def load_suite(name: str) -> Any:
    """A suite from its JSON file, strictly: an unknown expectation type is an error, not silently dropped."""
    return _suite(name, _document(name))


def _suite(name: str, doc: dict[str, Any], only: list[int] | None = None) -> Any:
    """Suite `name` from its document, already read. With `only`, the suite of the expectations at those positions
    of the file, each with its position in the file in its meta under `POSITION`, which its verdict is matched back
    to."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    _quiet_context()
    listed = doc.get("expectations", [])
    try:
        chosen = (
            listed
            if only is None
            else [{**listed[i], "meta": {**listed[i].get("meta", {}), POSITION: i}} for i in only]
        )
        expectations = [ExpectationConfiguration(**exp).to_domain_obj() for exp in chosen]
        return gx.ExpectationSuite(**{**doc, "expectations": expectations})
    except Exception as exc:
        raise _invalid(suite_path(name), exc) from None


POSITION = "kzcheck_position"
_SEVERITY = {"critical": "error", "warning": "warning", "info": "info"}


_verdicts: OrderedDict[str, ExpectationRun] = OrderedDict()  # the latest verdicts, by what each was judged on
VERDICTS_KEPT = 512
COLUMN_ARGUMENTS = ("column", "column_list", "column_A", "column_B")  # how an expectation names the columns it reads


def verdicts() -> dict[str, dict[str, Any]]:
    """The verdicts this process holds, by their keys (`_verdict_keys`), as plain data (each a new copy): what a
    prefetching process hands back."""
    return {key: asdict(run) for key, run in _verdicts.items()}


def remember(given: dict[str, ExpectationRun]) -> None:
    """Take verdicts judged elsewhere (kzcheck/prefetch.py) as if judged here. A verdict is only ever found again
    under the key of the same expectation, parameters and column values, so one judged on other rows is never used."""
    for key, run in given.items():
        _verdicts[key] = copy.deepcopy(run)
        _verdicts.move_to_end(key)
    while len(_verdicts) > VERDICTS_KEPT:
        _verdicts.popitem(last=False)


def _columns_read(expectation: dict[str, Any], frame: pd.DataFrame) -> list[str]:
    """The columns an expectation's verdict depends on: those its arguments name; every column when it names none,
    names one the frame lacks, or filters rows by a condition (which may name any column)."""
    kwargs = expectation.get("kwargs") or {}
    named: list[str] = []
    for argument in COLUMN_ARGUMENTS:
        value = kwargs.get(argument)
        named += [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    if not named or kwargs.get("row_condition") or not all(isinstance(c, str) and c in frame for c in named):
        return [str(c) for c in frame.columns]
    return list(dict.fromkeys(named))


def _verdict_keys(name: str, doc: dict[str, Any], frame: pd.DataFrame, parameters: dict[str, Any]) -> list[str | None]:
    """Per expectation, a digest of everything its verdict depends on: the expectation as the suite file writes it,
    the run's parameters, the number of rows, and the values row by row of the columns it reads (with their dtypes).
    None when a value cannot be hashed (that expectation then just runs)."""
    common = hashlib.sha256(name.encode())
    common.update(json.dumps(parameters, sort_keys=True, default=str).encode())
    common.update(str(len(frame)).encode())
    hashed: dict[str, bytes | None] = {}

    def column(c: str) -> bytes | None:
        if c not in hashed:
            try:
                values = pd.util.hash_pandas_object(frame[c], index=False).to_numpy().tobytes()
                hashed[c] = repr((c, str(frame[c].dtype))).encode() + values
            except (TypeError, ValueError):
                hashed[c] = None
        return hashed[c]

    keys: list[str | None] = []
    for expectation in doc.get("expectations", []):
        digest = common.copy()
        digest.update(json.dumps(expectation, sort_keys=True, default=str).encode())
        parts = [column(c) for c in _columns_read(expectation, frame)] if isinstance(expectation, dict) else [None]
        if any(part is None for part in parts):
            keys.append(None)
            continue
        for part in parts:
            digest.update(part)  # type: ignore[arg-type]
        keys.append(digest.hexdigest())
    return keys


def run_suite(name: str, frame: pd.DataFrame, parameters: dict[str, Any] | None = None) -> list[ExpectationRun]:
    """Validate `frame` against suite `name`; rows are reported by position in `frame`.

    A process that validates again (`kzcheck watch` after a save) runs only the expectations whose inputs changed:
    an expectation's verdict is a function of the expectation, the parameters and the columns it reads, so one
    judged on the same ones before is given that verdict again (a custom expectation names in its arguments every
    column it reads; expectations/README.md)."""
    parameters = parameters or {}
    doc = _document(name)
    keys = _verdict_keys(name, doc, frame, parameters)
    runs: list[ExpectationRun | None] = [None] * len(keys)
    for i, key in enumerate(keys):
        if key is not None and key in _verdicts:
            _verdicts.move_to_end(key)
            runs[i] = copy.deepcopy(_verdicts[key])
    missing = [i for i, run in enumerate(runs) if run is None]
    if missing:
        for i, run in _run_suite(name, doc, frame, parameters, missing).items():
            runs[i] = run
            if keys[i] is not None:
                _verdicts[keys[i]] = copy.deepcopy(run)  # type: ignore[index]
        while len(_verdicts) > VERDICTS_KEPT:
            _verdicts.popitem(last=False)
    done = [run for run in runs if run is not None]  # every one: Great Expectations answers each it is given
    order = {e.get("meta", {}).get("check", ""): i for i, e in enumerate(doc.get("expectations", []))}
    return sorted(done, key=lambda x: order.get(x.check, 0))


def _run_suite(
    name: str, doc: dict[str, Any], frame: pd.DataFrame, parameters: dict[str, Any], only: list[int]
) -> dict[int, ExpectationRun]:
    """The verdicts of the suite's expectations at positions `only` of `doc` (the document the verdicts are keyed
    on, read once), by their position in the suite."""
    ctx = _quiet_context()
    suite = _suite(name, doc, only)
    frame = frame.reset_index(drop=True)
    frame[ROW] = range(len(frame))
    batch = _batch_definition(ctx, name).get_batch(batch_parameters={"dataframe": frame})
    result = batch.validate(
        suite,
        result_format={
            "result_format": "COMPLETE",
            "unexpected_index_column_names": [ROW],
            "return_unexpected_index_query": False,
        },
        expectation_parameters=parameters,
    )
    runs: dict[int, ExpectationRun] = {}
    for r in result.results:
        cfg = r.expectation_config
        meta = dict(cfg.meta or {})
        position = int(meta.pop(POSITION))
        severity = _SEVERITY.get(str(getattr(cfg.severity, "value", cfg.severity)), "error")
        info = r.exception_info or {}
        raised = [v for v in info.values() if isinstance(v, dict) and v.get("exception_message")]
        if info.get("raised_exception") or raised:
            message = info.get("exception_message") or (raised[0]["exception_message"] if raised else "unknown")
            runs[position] = ExpectationRun(meta.get("check", cfg.type), severity, meta, [], str(message))
            continue
        rows = [int(d[ROW]) for d in (r.result.get("unexpected_index_list") or [])]
        runs[position] = ExpectationRun(meta.get("check", cfg.type), severity, meta, sorted(set(rows)))
    return runs
