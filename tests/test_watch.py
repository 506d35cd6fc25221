"""`kzcheck watch`: the incremental engine gives what a fresh `kzcheck validate` gives after any sequence of saves,
half-written files are reported and recovered from, broken checks do not stop it, and the command ends on Ctrl-C."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import read_rows, write_rows

from kzcheck.delta import compare, keyed
from kzcheck.incremental import SHARED, Engine, elections_of
from kzcheck.model.errors import InputError
from kzcheck.model.findings import Finding, Severity
from kzcheck.run import validate

E21, E23, E24 = "kz-2021-mazhilis", "kz-2023-mazhilis", "kz-2024-referendum"


def signature(result) -> tuple[list, list]:
    """Everything a reader of the findings and outcomes sees, in an order-free form."""
    findings = sorted(
        (
            f.check,
            f.severity.value,
            f.election or "",
            f.subject or "",
            f.file or "",
            f.row or -1,
            f.column or "",
            f.message,
            str(f.observed),
            str(f.expected),
            f.acknowledged or "",
        )
        for f in result.findings
    )
    outcomes = sorted(
        (o.check, o.election or "", o.subject or "", o.status.value, o.note, len(o.findings)) for o in result.outcomes
    )
    return findings, outcomes


def fresh(data: Path):
    """A cold run's answer: the result, or the message of the input error that stops it."""
    try:
        return signature(validate(data)), None
    except InputError as exc:
        return None, exc.safe()


def test_files_belong_to_their_election_and_shared_files_to_all(tmp_path):
    known = {E23, "kz-2023-maslikhat-karaganda", "kz-2023-mazhilis-extra"}
    assert elections_of(tmp_path / "figures" / f"{E23}.csv", tmp_path, known) == {E23}
    assert elections_of(tmp_path / "results" / f"{E23}.final.csv", tmp_path, known) == {E23}
    assert elections_of(tmp_path / "results" / "kz-2023-mazhilis-extra.final.csv", tmp_path, known) == {
        "kz-2023-mazhilis-extra"
    }
    assert elections_of(tmp_path / "protocols" / f"{E23}.observers.csv", tmp_path, known) == {E23}
    assert elections_of(tmp_path / "elections" / f"{E23}.toml", tmp_path, known) == {E23}
    assert elections_of(tmp_path / "sources.csv", tmp_path, known) == {SHARED}
    assert elections_of(tmp_path / "areas" / "kz-2021.csv", tmp_path, known) == {SHARED}
    assert elections_of(tmp_path / "notes.txt", tmp_path, known) == set()
    assert elections_of(tmp_path / "figures" / "draft.txt", tmp_path, known) == set()
    assert elections_of(tmp_path.parent / "elsewhere.csv", tmp_path, known) == set()


def test_a_key_survives_rewording_and_rows_moving(data_copy):
    result = validate(data_copy, [E23])
    before = keyed(result.findings, str(data_copy), result.data)
    path = data_copy / "figures" / f"{E23}.csv"
    header, rows = read_rows(path)
    write_rows(path, header, [rows[-1], *rows[:-1]])  # every row one line lower
    moved = validate(data_copy, [E23])
    after = keyed(moved.findings, str(data_copy), moved.data)
    assert set(after) == set(before)
    assert {f.row for f in after.values()} != {f.row for f in before.values()}
    f = Finding("poll.sum", Severity.ERROR, "one wording", election=E23, subject="poll:iei")
    g = Finding("poll.sum", Severity.ERROR, "another wording", election=E23, subject="poll:iei")
    assert list(keyed([f], "data")) == list(keyed([g], "data"))
    delta = compare(keyed([f], "data"), keyed([], "data"))
    assert (delta.new, delta.fixed, delta.unchanged) == ([], [f], [])


def test_an_edit_re_reads_one_file_and_re_checks_one_election(data_copy):
    engine = Engine(data_copy)
    start = engine.start()
    assert start.error is None and start.delta.counts()["new"] == len(start.result.findings)
    path = data_copy / "figures" / f"{E23}.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",53.46", ",-53.46", 1), encoding="utf-8")
    update = engine.changed([path])
    assert update.checked == [E23] and update.reads == 1
    assert any(f.check == "poll.share-negative" for f in update.delta.new)
    assert update.delta.counts()["unchanged"] > 0
    assert signature(update.result) == fresh(data_copy)[0]


def test_a_half_written_file_is_reported_then_recovered_from(data_copy):
    engine = Engine(data_copy)
    engine.start()
    path = data_copy / "polls" / f"{E21}.csv"
    whole = path.read_text(encoding="utf-8")
    path.write_text(whole[: whole.index('"') + 5], encoding="utf-8")  # an editor caught inside a quoted cell
    update = engine.changed([path])
    assert update.result is None and update.error is not None
    assert f"polls/{E21}.csv" in update.error and "quote" in update.error
    assert update.error == fresh(data_copy)[1]
    path.write_text(whole, encoding="utf-8")  # the next save completes it
    update = engine.changed([path])
    assert update.error is None
    assert signature(update.result) == fresh(data_copy)[0]
    assert update.delta.counts()["new"] == 0 and update.delta.counts()["fixed"] == 0


def test_a_check_that_breaks_is_reported_and_the_engine_goes_on(data_copy, monkeypatch):
    import kzcheck.checks.polls as polls_module

    engine = Engine(data_copy)
    engine.start()
    real = polls_module.run
    monkeypatch.setattr(polls_module, "run", lambda data, config: 1 / 0)
    path = data_copy / "figures" / f"{E23}.csv"
    whole = path.read_text(encoding="utf-8")
    path.write_text(whole.replace(",53.46", ",53.47", 1), encoding="utf-8")  # a save the polls checks read
    update = engine.changed([path])
    assert update.error is None
    errored = {o.check for o in update.result.outcomes if o.status.value == "errored"}
    assert errored == {s.id for s in polls_module.SPECS}
    monkeypatch.setattr(polls_module, "run", real)  # the check mended: the same data is checked again, not the
    assert signature(engine.changed([path]).result) == fresh(data_copy)[0]  # broken run's outcomes reused


EDITS = (
    "share",
    "count",
    "drop-row",
    "copy-row",
    "half-written",
    "restore",
    "source-date",
    "acknowledge",
    "sample-size",
    "pollster",
    "family",
    "area",
    "protocol",
    "due-days",
    "toml-comment",
)
# Every kind of file the checks read has its edit: `kzcheck watch` reuses a check's outcomes while nothing it read
# has changed (kzcheck/reuse.py), so an edit of a kind of file missing here could hide a read it fails to record.


def _toml_edit(rng: random.Random, data: Path, kind: str) -> Path:
    """An election file edited as text: its deadline changed or dropped, or a comment line moving every line."""
    path = rng.choice(sorted((data / "elections").glob("*.toml")))
    text = path.read_text(encoding="utf-8")
    if kind == "toml-comment":
        path.write_text("# checked again tonight\n" + text, encoding="utf-8")
    elif "final_results_due_days = " in text:
        line = next(ln for ln in text.splitlines() if ln.startswith("final_results_due_days = "))
        path.write_text(text.replace(line, rng.choice(["", "final_results_due_days = 2000"]), 1), encoding="utf-8")
    return path


def random_edit(rng: random.Random, data: Path, original: Path) -> Path:
    """One save an election-night editor might make, chosen by `rng`; returns the file it changed."""
    kind = rng.choice(EDITS)
    if kind in ("due-days", "toml-comment"):
        return _toml_edit(rng, data, kind)
    folders = {"sample-size": "polls", "area": "areas", "protocol": "protocols"}
    files = {"pollster": "pollsters.csv", "family": "families.csv"}
    if kind in folders:
        path = rng.choice(sorted((data / folders[kind]).glob("*.csv")))
    elif kind in files:
        path = data / files[kind]
    elif kind in ("share", "drop-row", "copy-row", "half-written"):
        path = rng.choice(sorted((data / "figures").glob("*.csv")))
    elif kind == "count":
        path = rng.choice(sorted((data / "results").glob("*.csv")))
    elif kind == "source-date":
        path = data / "sources.csv"
    elif kind == "acknowledge":
        path = data / "acknowledged.csv"
    else:
        path = rng.choice(sorted(p for p in data.rglob("*.csv")))
    if kind == "restore":
        path.write_bytes((original / path.relative_to(data)).read_bytes())
        return path
    if kind == "half-written":
        text = path.read_text(encoding="utf-8")
        path.write_text(text[: rng.randrange(1, max(2, len(text)))], encoding="utf-8")
        return path
    header, rows = read_rows(path)
    if not rows:
        return path
    row = rng.randrange(len(rows))
    if kind == "share" and "share" in header:
        rows[row]["share"] = rng.choice(["", "-1", "0", "100.5", "12", "12.3", "12.34", f"{rng.uniform(0, 60):.2f}"])
    elif kind == "count" and "count" in header:
        rows[row]["count"] = rng.choice(["", "-5", "0", "1.5", str(rng.randrange(1, 10_000_000))])
    elif kind == "drop-row":
        del rows[row]
    elif kind == "copy-row":
        rows.insert(row, dict(rows[row]))
    elif kind == "source-date" and "published" in header:
        rows[row]["published"] = rng.choice(["2023-03-19", "2023-03-21", "19 March", ""])
    elif kind == "acknowledge":
        rows.append({**rows[row], "subject": rng.choice(["poll:iei", "poll:sotsis-a", "poll:ipp"])})
    elif kind == "sample-size" and "sample_size" in header:
        rows[row]["sample_size"] = rng.choice(["", "0", "800", "30000", "abc"])
    elif kind == "pollster" and "aliases" in header:
        rows[row]["aliases"] = rng.choice(
            ["", "IEI", "Institute of Democracy", rows[row]["aliases"] + "; the Institute"]
        )
    elif kind in ("family", "area", "protocol"):
        if rng.random() < 0.5:
            del rows[row]
        else:
            rows.insert(row, dict(rows[row]))
    write_rows(path, header, rows)
    return path


EDITS_PER_SEED = 60  # four seeds: 240 saves, each batch of them compared with a cold run


@pytest.mark.parametrize("seed", [20261201, 20261202, 20261203, 20261204])
def test_random_edits_give_what_a_fresh_validate_gives(data_copy, tmp_path, seed):
    """Seeded random saves, in batches of one to four as watchfiles delivers them; after each batch the engine's
    findings and outcomes equal a cold run's on the same folder (or both stop on the same input error). Four seeds of
    EDITS_PER_SEED saves each: a few hundred edits in all, in four tests the suite's workers share."""
    import shutil

    original = tmp_path / "original"
    shutil.copytree(data_copy, original)
    rng = random.Random(seed)
    engine = Engine(data_copy)
    engine.start()
    edits = batches = 0
    while edits < EDITS_PER_SEED:
        changed = [random_edit(rng, data_copy, original) for _ in range(rng.randint(1, 4))]
        edits += len(changed)
        batches += 1
        update = engine.changed(changed)
        expected, error = fresh(data_copy)
        if error is not None:
            assert update.error == error, f"after {edits} edits"
        else:
            assert update.error is None, f"after {edits} edits: {update.error}"
            assert signature(engine.result()) == expected, f"after {edits} edits ({batches} batches)"


def test_the_command_reports_a_save_and_ends_on_ctrl_c(data_copy):
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzcheck", "watch", "--data", str(data_copy), "--today", "2026-01-01"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()

    def wait_for(text: str, timeout: float = 240) -> None:
        end = time.monotonic() + timeout
        while not any(text in ln for ln in lines):
            assert proc.poll() is None, "".join(lines) + proc.stderr.read()
            assert time.monotonic() < end, "".join(lines)
            time.sleep(0.1)

    try:
        wait_for(" checked ")
        time.sleep(0.5)  # the watch has begun once the first run is printed
        path = data_copy / "figures" / f"{E23}.csv"
        path.write_text(path.read_text(encoding="utf-8").replace(",53.46", ",-53.46", 1), encoding="utf-8")
        wait_for(f"checked {E23} in")
        wait_for("poll.share-negative")
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    err = proc.stderr.read()
    assert code == 0, err
    assert "Traceback" not in err and "stopped" in err
    [update] = [ln for ln in lines if f"checked {E23} in" in ln]
    assert "new," in update and "fixed," in update and "unchanged" in update


@pytest.mark.parametrize("bad", ["--data"])
def test_a_missing_folder_is_a_usage_error(cli, tmp_path, bad):
    run = cli("watch", bad, str(tmp_path / "nowhere"))
    assert run.returncode == 2 and "Traceback" not in run.stderr


def test_once_checks_once_and_exits_as_validate_does(cli, data_copy):
    """`watch --once` is validate's verdict from the watch engine: 0 on the bundled data, 1 with a negative share."""
    args = ("--data", str(data_copy), "--today", "2026-01-01")
    clean = cli("watch", "--once", *args)
    assert clean.returncode == 0, clean.stdout + clean.stderr  # validate exits 0 on the bundled data
    figures = data_copy / "figures" / f"{E23}.csv"
    header, rows = read_rows(figures)
    rows[0]["share"] = "-" + rows[0]["share"]
    write_rows(figures, header, rows)
    broken = cli("watch", "--once", *args)
    assert broken.returncode == 1, broken.stdout + broken.stderr  # an error, as validate exits
    assert "Traceback" not in broken.stderr and "watching" not in broken.stderr  # it did not wait for a save


def test_the_first_ctrl_c_asks_to_stop_after_the_check_and_a_second_stops_at_once():
    import threading

    from kzcheck.commands.watch import _stop_on_interrupt

    stop = threading.Event()
    handler = _stop_on_interrupt(stop)
    handler(signal.SIGINT, None)  # no exception in the middle of a run: the watcher stops when the run is over
    assert stop.is_set()
    with pytest.raises(KeyboardInterrupt):
        handler(signal.SIGINT, None)
