"""`kzcheck watch` reuses a check's outcomes while nothing it read has changed (kzcheck/reuse.py): what a check read
is recorded as it runs (kzcheck/load/recorded.py), through the analysis tables too, and nothing else is trusted."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from kzcheck.analysis.tables import Analysis
from kzcheck.incremental import Engine
from kzcheck.load import limits
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.load.recorded import Reads
from kzcheck.model.config import RunConfig
from kzcheck.reuse import Reuse
from kzcheck.run import validate

E23 = "kz-2023-mazhilis"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name}: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def findings(result) -> list[tuple]:
    return sorted(
        (f.check, f.election or "", f.subject or "", f.file or "", f.row or -1, f.message) for f in result.findings
    )


def test_a_check_that_read_nothing_edited_is_not_run_again_and_one_that_did_is(data_copy):
    engine = Engine(data_copy)
    engine.start()
    edit(data_copy / "figures" / f"{E23}.csv", ",53.46", ",53.47")  # a poll figure: the official checks never read one
    engine.changed([data_copy / "figures" / f"{E23}.csv"])
    assert "kzcheck.checks.expectations" in engine.reuse.ran
    assert "kzcheck.checks.official" not in engine.reuse.ran
    results = data_copy / "results" / f"{E23}.final.csv"
    edit(results, "3431510", "3431511")  # AMANAT's count
    engine.changed([results])
    assert "kzcheck.checks.official" in engine.reuse.ran
    assert "kzcheck.checks.expectations" not in engine.reuse.ran


def test_the_same_data_again_runs_nothing_and_gives_the_same_findings(data_copy):
    reuse = Reuse()
    first = validate(data_copy, [E23], reuse=reuse)
    assert "kzcheck.checks.official" in reuse.ran
    again = validate(data_copy, [E23], reuse=reuse)
    assert reuse.ran == []
    assert findings(again) == findings(first) == findings(validate(data_copy, [E23]))


def test_a_table_built_once_charges_what_it_read_to_every_later_reader(data_copy):
    """The second reader of an analysis table read no figures itself, but its outcomes depend on them."""
    data = load(discover(data_copy, [E23]))
    reuse = Reuse()
    checked = reuse.begin(data, RunConfig())
    analysis = Analysis(checked, None, reuse)
    reuse.run("first", lambda: len(analysis.consensus_frame))
    reuse.run("second", lambda: len(analysis.consensus_frame))
    key = ("second", (E23,))
    assert {"figures", "sources", "polls"} <= set(reuse.kept[key].reads)
    assert "results" not in reuse.kept[key].reads  # the consensus of poll figures reads no official result


def test_a_kept_table_is_not_built_again_until_what_it_read_changes(data_copy):
    reuse = Reuse()
    validate(data_copy, [E23], reuse=reuse)
    validate(data_copy, [E23], reuse=reuse)
    assert "analysis.consensus_frame" not in reuse.ran
    edit(data_copy / "figures" / f"{E23}.csv", ",53.46", ",53.47")
    validate(data_copy, [E23], reuse=reuse)
    assert "analysis.consensus_frame" in reuse.ran
    assert "analysis.official" not in reuse.ran


@pytest.mark.parametrize("change", ["today", "deff", "limits"])
def test_another_day_configuration_or_limit_runs_every_check_again(data_copy, change, monkeypatch):
    reuse = Reuse()
    validate(data_copy, [E23], RunConfig(today="2026-12-01"), reuse=reuse)
    config = RunConfig(today="2026-12-01")
    if change == "today":
        config = RunConfig(today="2023-03-21")  # the final results not yet due
    elif change == "deff":
        config = RunConfig(today="2026-12-01", deff=2.0)
    else:
        monkeypatch.setattr(limits, "_active", dataclasses.replace(limits.DEFAULT, findings=1))
    result = validate(data_copy, [E23], config, reuse=reuse)
    assert "kzcheck.checks.deadlines" in reuse.ran and "kzcheck.checks.official" in reuse.ran
    assert findings(result) == findings(validate(data_copy, [E23], config))


def test_kept_outcomes_are_copies_no_caller_can_change(data_copy):
    reuse = Reuse()
    validate(data_copy, [E23], reuse=reuse)
    second = validate(data_copy, [E23], reuse=reuse)
    for f in second.findings:
        f.message = "changed by a caller"
    third = validate(data_copy, [E23], reuse=reuse)
    assert reuse.ran == []
    assert all(f.message != "changed by a caller" for f in third.findings)


def test_a_deadline_cites_its_election_file_line_after_a_line_is_added_above_it(data_copy):
    """The deadline check reads the election file itself (the line it cites): a comment added above the deadline
    changes no loaded table, and still the finding's row moves (the election files are part of what it read)."""
    (data_copy / "results" / f"{E23}.final.csv").unlink()  # final results overdue: a finding citing the deadline
    engine = Engine(data_copy, config=RunConfig(today="2026-12-01"))
    before = {f.row for f in engine.start().result.findings if f.check == "results.overdue" and f.election == E23}
    toml = data_copy / "elections" / f"{E23}.toml"
    toml.write_text("# checked again tonight\n" + toml.read_text(encoding="utf-8"), encoding="utf-8")
    update = engine.changed([toml])
    after = {f.row for f in update.result.findings if f.check == "results.overdue" and f.election == E23}
    assert before and after == {row + 1 for row in before}


def test_no_check_reads_a_data_file_outside_the_loaded_data_except_the_election_files(data_copy, monkeypatch):
    """What `kzcheck.reuse` digests of the folder itself (READ_DIRECTLY) must cover every file a check opens or
    lists while it runs: an audit hook sees every open and directory listing."""
    import kzcheck.run as run
    from kzcheck.reuse import READ_DIRECTLY

    root = data_copy.resolve()
    seen: list[str] = []
    state = {"in_check": False}

    def hook(event: str, args: tuple) -> None:
        if state["in_check"] and event in ("open", "os.scandir", "os.listdir", "glob.glob") and args:
            target = args[0]
            if isinstance(target, (str, bytes, Path)):
                seen.append(str(Path(target if not isinstance(target, bytes) else target.decode()).resolve()))

    sys.addaudithook(hook)  # hooks cannot be removed: this one records only while `state` says so
    real = run.run_module

    def checked(*args, **kwargs):
        state["in_check"] = True
        try:
            return real(*args, **kwargs)
        finally:
            state["in_check"] = False

    monkeypatch.setattr(run, "run_module", checked)
    (data_copy / "results" / f"{E23}.final.csv").unlink()  # a deadline finding: the election file is read
    validate(data_copy, config=RunConfig(today="2026-12-01"), reuse=Reuse())
    inside = [p for p in seen if Path(p).is_relative_to(root)]
    assert inside, "the checks read the election files: the hook must have seen them"
    allowed = [root / folder for folder in READ_DIRECTLY]
    assert [p for p in inside if not any(Path(p).is_relative_to(a) for a in allowed)] == []


def test_recordings_nest_and_end_innermost_first():
    reads = Reads()
    with reads.recording() as outer:
        reads.note(["figures"])
        with reads.recording() as inner:
            reads.note(["results"])
        reads.note(["polls"])
    assert inner == {"results"}
    assert outer == {"figures", "results", "polls"}
    first, second = reads.recording(), reads.recording()
    first.__enter__()
    second.__enter__()
    with pytest.raises(AssertionError, match="reverse order"):
        first.__exit__(None, None, None)
    with pytest.raises(AssertionError, match="reverse order"):
        second.__exit__(None, None, None)  # the two ended in the wrong order: each says so
