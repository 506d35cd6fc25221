"""Run a JSON suite from expectations/ on a frame, quietly, and hand back which rows each expectation rejected."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
from collections import OrderedDict
from dataclasses import dataclass
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


def load_suite(name: str) -> Any:
    """A suite from its JSON file, strictly: an unknown expectation type is an error, not silently dropped."""
    import great_expectations as gx
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    _quiet_context()
    path = suite_path(name)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        expectations = [ExpectationConfiguration(**exp).to_domain_obj() for exp in doc.get("expectations", [])]
        return gx.ExpectationSuite(**{**doc, "expectations": expectations})
    except Exception as exc:  # a broken suite file is the tool's input too
        raise InputError(
            "suite.invalid",
            f"expectation suite cannot be loaded: {exc}",
            file=str(path.name),
            hint="fix the suite JSON; see expectations/README.md",
        ) from None


_SEVERITY = {"critical": "error", "warning": "warning", "info": "info"}


_verdicts: OrderedDict[str, list[ExpectationRun]] = OrderedDict()  # the latest runs, by what they were run on
VERDICTS_KEPT = 16


def _inputs_key(name: str, frame: pd.DataFrame, parameters: dict[str, Any] | None) -> str | None:
    """A digest of everything a suite's verdicts depend on: the suite file's bytes, the parameters, and the frame's
    columns, dtypes and values row by row in order. None when a value cannot be hashed (the suite then just runs)."""
    try:
        digest = hashlib.sha256(suite_path(name).read_bytes())
        digest.update(json.dumps(parameters or {}, sort_keys=True, default=str).encode())
        digest.update(repr([(str(c), str(t)) for c, t in frame.dtypes.items()]).encode())
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    except (OSError, TypeError, ValueError):
        return None
    return digest.hexdigest()


def run_suite(name: str, frame: pd.DataFrame, parameters: dict[str, Any] | None = None) -> list[ExpectationRun]:
    """Validate `frame` against suite `name`; rows are reported by position in `frame`.

    A process that validates again (`kzcheck watch` after a save) gets the verdicts of a run on the same suite,
    parameters and frame values without running the suite again: they are a function of those alone."""
    key = _inputs_key(name, frame, parameters)
    if key is not None and key in _verdicts:
        _verdicts.move_to_end(key)
        return copy.deepcopy(_verdicts[key])
    runs = _run_suite(name, frame, parameters)
    if key is not None:
        _verdicts[key] = copy.deepcopy(runs)
        while len(_verdicts) > VERDICTS_KEPT:
            _verdicts.popitem(last=False)
    return runs


def _run_suite(name: str, frame: pd.DataFrame, parameters: dict[str, Any] | None) -> list[ExpectationRun]:
    ctx = _quiet_context()
    suite = load_suite(name)
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
        expectation_parameters=parameters or {},
    )
    runs = []
    for r in result.results:
        cfg = r.expectation_config
        meta = dict(cfg.meta or {})
        severity = _SEVERITY.get(str(getattr(cfg.severity, "value", cfg.severity)), "error")
        info = r.exception_info or {}
        raised = [v for v in info.values() if isinstance(v, dict) and v.get("exception_message")]
        if info.get("raised_exception") or raised:
            message = info.get("exception_message") or (raised[0]["exception_message"] if raised else "unknown")
            runs.append(ExpectationRun(meta.get("check", cfg.type), severity, meta, [], str(message)))
            continue
        rows = [int(d[ROW]) for d in (r.result.get("unexpected_index_list") or [])]
        runs.append(ExpectationRun(meta.get("check", cfg.type), severity, meta, sorted(set(rows))))
    order = {e.meta.get("check", ""): i for i, e in enumerate(suite.expectations)}
    return sorted(runs, key=lambda x: order.get(x.check, 0))
