"""Hostile and huge input, hostile environments: bounded memory and time, never a hang, the right exit code.

Each big input is generated here in a temporary folder (by the functions of benchmarks/hostile.py) and run in a child
process under a 2 GiB address-space limit (`resource.setrlimit`); each must end within 60 s with exit 2 and a message
naming the file. The full-size cases that take long are marked `slow` (run them with `python -m pytest -m slow`); a
smaller case of each runs always.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, run_cli

from benchmarks import hostile
from kzcheck.cli import main

E23 = hostile.E23
SECONDS = 60


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return hostile.copy_data(tmp_path)


def refused(data: Path, *extra: str, file: str, code: str) -> hostile.Outcome:
    """Run validate under the memory limit; it must end in time with exit 2 and `code` beside `file`."""
    out = hostile.run_limited(["validate", "--data", "data", "--election", E23, *extra], data.parent, SECONDS)
    assert out.code == 2, out
    assert out.seconds < SECONDS
    said = [ln for ln in out.stderr.splitlines() if code in ln]
    assert said and file in said[0], out.stderr
    assert "Traceback" not in out.stderr
    return out


# --- one huge cell, one huge file, one huge election ------------------------------------------------------------------


def test_a_50_mb_cell_is_refused_naming_its_row_and_column(data):
    hostile.long_cell(data, 50 * 10**6)
    out = refused(data, file=f"data/{hostile.FIG}, row 2, column 'share'", code="input.cell-too-long")
    assert out.peak_mib < 1024  # the file once as bytes, once as text: not rows x the cell


def test_a_long_numeric_cell_past_a_lifted_limit_costs_memory_with_the_text_not_rows_times_it(data):
    """With the cell limit lifted a 5 MB share is read, reported as not a number, and the run completes: numeric
    parsing holds it once (variable-width strings), not once per row of the file at its width (5 MB x 4 bytes x 100
    rows would be 2 GB)."""
    hostile.long_cell(data, 5 * 10**6)
    out = hostile.run_limited(
        ["validate", "--data", "data", "--election", E23, "--limit", "cell=none"], data.parent, SECONDS * 2
    )
    assert out.code == 1, out  # a finding: the share is not a number
    assert out.peak_mib < 1024, out


def test_a_200_mb_figures_file_is_refused_before_it_is_read(data):
    hostile.big_figures(data, 200 * 10**6)
    out = refused(data, file=f"data/{hostile.FIG}", code="input.too-large")
    assert out.peak_mib < 512  # never read: the limit is checked on the file's size


def test_a_file_over_the_row_limit_is_refused_before_it_is_parsed(data):
    hostile.big_figures(data, 2 * 10**6)  # 2 MB, about 70,000 rows
    refused(data, "--limit", "rows=50000", file=f"data/{hostile.FIG}", code="input.too-many-rows")


def test_100000_options_are_refused_before_the_election_file_is_parsed(data):
    hostile.many_options(data, 100_000)
    refused(data, file=f"data/{hostile.TOML}", code="election.too-many-options")


def test_option_checks_grow_linearly(data):
    """Duplicate option ids are found in one pass: 20,000 options with one repeated is an error in seconds."""
    hostile.many_options(data, 20_000)
    path = data / hostile.TOML
    path.write_text(path.read_text(encoding="utf-8").replace('id = "party-19999"', 'id = "party-7"'), encoding="utf-8")
    out = refused(data, "--limit", "options=none", file=f"data/{hostile.TOML}", code="election.invalid")
    assert "option ids repeated: party-7" in out.stderr


def test_a_million_one_line_polls_are_refused_once_read_naming_the_file(data):
    """Each poll is checked and reported on its own: a figures file of one-line polls past the polls limit is refused
    before any check runs (it once took over 15 minutes and 1.4 GB to report a million findings)."""
    hostile.one_line_polls(data, 200_000)
    out = refused(data, file=f"data/{hostile.FIG}", code="input.too-many-polls")
    assert "names 200,000 polls for kz-2023-mazhilis, over the limit of 1,000" in out.stderr
    assert "--limit polls=N" in out.stderr


def test_the_polls_limit_counts_distinct_polls_and_can_be_lowered_or_lifted(data):
    """Polls are counted by poll id, not by row: the bundled 2023 file's rows name a few polls, which pass a limit of
    exactly their number and fail one less."""
    figures = (data / hostile.FIG).read_text(encoding="utf-8").splitlines()[1:]
    n = len({line.split(",")[0] for line in figures})
    assert 2 <= n < len(figures)
    # the polls file is read first, and names the same polls
    refused(data, "--limit", f"polls={n - 1}", file=f"data/polls/{E23}.csv", code="input.too-many-polls")
    ok = run_cli("validate", "--data", "data", "--election", E23, "--limit", f"polls={n}", cwd=data.parent)
    assert ok.returncode in (0, 1), ok.stderr


@pytest.mark.slow
def test_the_largest_results_file_the_limits_accept_completes_within_the_memory_limit(data):
    path = hostile.largest_accepted(data)
    rows = sum(1 for _ in path.open(encoding="utf-8")) - 1
    assert 990_000 < rows <= 1_000_000  # just inside the default row limit
    out = hostile.run_limited(["validate", "--data", "data"], data.parent, 600)
    assert out.code in (0, 1), out
    assert "Traceback" not in out.stderr


# --- what is not a file -------------------------------------------------------------------------------------------


def test_a_fifo_for_a_data_file_is_refused_without_blocking(data):
    hostile.fifo(data)
    refused(data, file=f"data/{hostile.FIG}", code="input.not-a-file")


def test_a_link_to_dev_zero_is_refused_without_reading(data):
    hostile.dev_zero(data)
    out = refused(data, file=f"data/{hostile.FIG}", code="input.not-a-file")
    assert "/dev/zero" in out.stderr


def test_a_symlink_loop_is_named_as_a_loop_not_as_missing(data):
    fig = data / hostile.FIG
    fig.unlink()
    fig.symlink_to(fig.name)
    run = run_cli("validate", "--data", "data", "--election", E23, cwd=data.parent)
    assert run.returncode == 2 and "symbolic link loop" in run.stderr, run.stderr


def test_an_unreadable_folder_is_named_with_its_permission(data, monkeypatch):
    """A folder that cannot be listed is named with the cause, never reported as missing or empty. Root reads every
    folder whatever its mode, so as root the listing is made to fail as it would for another user."""
    elections = data / "elections"
    if os.geteuid() != 0:
        elections.chmod(0)
        try:
            run = run_cli("status", "--data", "data", cwd=data.parent)
        finally:
            elections.chmod(0o755)
        assert run.returncode == 2, run.stderr
        output = run.stderr
    else:
        listing = Path.iterdir

        def iterdir(self: Path):  # noqa: ANN202
            if self.name == "elections":
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return listing(self)

        monkeypatch.setattr(Path, "iterdir", iterdir)
        run = CliRunner().invoke(main, ["status", "--data", str(data)])
        assert run.exit_code == 2, run.output
        output = run.output
    assert "data.unreadable-folder" in output and "permission denied" in output and "elections" in output


# --- hostile environments -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_broken_pipe_exits_quietly_with_the_runs_own_code(fmt):
    """`| head -1` reads one line and goes away; the JSON document (over 100 KiB) outgrows the pipe's buffer."""
    shell = f"{sys.executable} -m kzcheck validate --format {fmt} | head -1; exit ${{PIPESTATUS[0]}}"
    run = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr  # the bundled data passes
    assert run.stdout.count("\n") == 1
    assert run.stderr == ""


def test_any_columns_value_prints_the_output():
    for columns in ("0", "-5", "3", "wide", "100000"):
        run = run_cli("checks", env={"COLUMNS": columns})
        assert run.returncode == 0 and "poll.sum" in run.stdout, (columns, run.stdout, run.stderr)
    run = run_cli("validate", "--election", "kz-2024-referendum", env={"COLUMNS": "0"})
    assert run.returncode == 0 and "Summary:" in run.stdout, run.stderr


@pytest.mark.parametrize("encoding", ["cp1251", "latin-1", "ascii"])
def test_a_stdout_that_is_not_utf8_gets_escapes_and_a_note_never_a_bug(tmp_path, encoding):
    out = tmp_path / "out.txt"
    with out.open("wb") as fh:
        run = subprocess.run(
            [sys.executable, "-m", "kzcheck", "validate", "--election", "kz-2024-referendum"],
            stdout=fh,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONIOENCODING": encoding},
            timeout=300,
        )
    assert run.returncode == 0, run.stderr  # written safely (never exit 3): the letters it lacks as escapes
    text = out.read_bytes().decode(encoding)
    assert "Summary:" in text
    escaped = "\\u" in text or "\\x" in text
    assert escaped == ("PYTHONIOENCODING=utf-8" in run.stderr)  # said once, when it mattered, how to keep them
    assert escaped or encoding == "cp1251"  # the em dash of the header is in neither latin-1 nor ascii


def test_json_on_a_non_utf8_stdout_stays_valid_json(tmp_path):
    import json

    from kzcheck.render.json import SCHEMA

    run = subprocess.run(
        [sys.executable, "-m", "kzcheck", "validate", "--election", "kz-2024-referendum", "--format", "json"],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "cp1251"},
        timeout=300,
    )
    assert run.returncode == 0
    doc = json.loads(run.stdout.decode("ascii"))  # all-ASCII escapes: valid whatever the encoding
    assert doc["schema"] == SCHEMA and doc["elections"][0]["id"] == "kz-2024-referendum"


def test_a_full_disk_for_stdout_is_exit_2_with_what_to_do():
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "kzcheck", "status", "--today", "2026-12-01"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    assert run.returncode == 2, run.stderr
    assert "output.stdout" in run.stderr and "No space left" in run.stderr and "Traceback" not in run.stderr


def test_a_full_or_read_only_disk_for_the_report_is_exit_2(tmp_path, monkeypatch):
    from kzcheck.render.html import folder as report

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report, "_write", full)
    run = CliRunner().invoke(main, ["report", "--election", E23, "--out", str(tmp_path / "site")])
    assert run.exit_code == 2, run.output
    assert "report.out-unwritable" in run.output and "free space" in run.output

    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "site"))

    monkeypatch.setattr(report, "_write", denied)
    run = CliRunner().invoke(main, ["report", "--election", E23, "--out", str(tmp_path / "site")])
    assert run.exit_code == 2 and "Permission denied" in run.output and "--out with a folder you can" in run.output


def test_a_fifo_inside_the_report_folder_is_exit_2_never_a_hang(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "kzcheck-report.json").write_text("{}", encoding="utf-8")  # a previous report
    os.mkfifo(out / ".pipe")
    run = run_cli("report", "--election", E23, "--out", str(out))
    assert run.returncode == 2 and "report.out-special-file" in run.stderr and ".pipe" in run.stderr


def test_a_deadline_or_date_out_of_range_is_exit_2(data):
    path = data / hostile.TOML
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("final_results_due_days = 10", "final_results_due_days = 99999999"), encoding="utf-8")
    run = run_cli("status", "--data", "data", cwd=data.parent)
    assert run.returncode == 2 and "final_results_due_days" in run.stderr, run.stderr
    path.write_text(text.replace("date = 2023-03-19", "date = 9999-12-31"), encoding="utf-8")
    run = run_cli("status", "--data", "data", cwd=data.parent)
    assert run.returncode == 2 and "not a plausible voting day" in run.stderr, run.stderr
    run = run_cli("status", "--today", "9999-12-31")
    assert run.returncode in (0, 1), run.stderr


# --- names as typed ----------------------------------------------------------------------------------------------


def test_an_alias_in_decomposed_unicode_matches_the_listed_name():
    import unicodedata

    import pandas as pd

    from kzcheck.load.election import Election, Option
    from kzcheck.load.frames import resolve_names

    e = Election(
        "x", "x", "parliamentary", pd.Timestamp("2023-03-19").date(), [Option("baytaq", {"kk": "Байтақ"})], "x"
    )
    typed = unicodedata.normalize("NFD", "БАЙТАҚ")  # Й as И + a combining breve: what some keyboards send
    assert typed != "БАЙТАҚ"
    assert resolve_names(pd.Series([typed, "байтақ", "Байтал"]), e).tolist() == ["baytaq", "baytaq", "Байтал"]
    assert e.suggest(unicodedata.normalize("NFD", "Байтакъ")) == "baytaq"  # a near miss: did you mean


def test_an_election_id_is_matched_as_typed():
    run = CliRunner().invoke(main, ["status", "--election", "KZ-2023-Mazhilis", "--today", "2026-12-01"])
    assert run.exit_code in (0, 1) and "kz-2023-mazhilis" in run.output, run.output


def test_debris_of_an_interrupted_report_is_removed_on_the_next_run(tmp_path):
    from kzcheck.render.html.folder import atomic_replace_dir

    out = tmp_path / "reports"
    (tmp_path / ".reports.new-abc123").mkdir()  # an older kzcheck's, after a kill
    (tmp_path / f".reports.new-{2**22 + 7}-x").mkdir()  # a process id no system has
    (tmp_path / f".reports.new-{os.getppid()}-y").mkdir()  # a run still going: left alone
    with atomic_replace_dir(out) as staging:
        (staging / "index.html").write_text("ok", encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".reports.new-{os.getppid()}-y", "reports"]


def test_stdout_proxy_turns_a_write_error_into_an_input_error():
    from kzcheck.model.errors import InputError
    from kzcheck.streams import Payload

    class Full(io.StringIO):
        def write(self, _text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    proxy = Payload(Full())
    with pytest.raises(InputError) as info:
        proxy.write("x")
    assert info.value.code == "output.stdout" and "free space" in (info.value.hint or "")

    class Gone(io.StringIO):
        def write(self, _text: str) -> int:
            raise BrokenPipeError

    proxy = Payload(Gone())
    proxy.write("x")  # dropped quietly
    assert proxy.gone


def test_running_out_of_memory_is_the_environment_exit_2(monkeypatch):
    import kzcheck.load.dataset as dataset

    def exhausted(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(dataset, "discover", exhausted)
    run = CliRunner().invoke(main, ["status"])
    assert run.exit_code == 2 and "environment.memory" in run.output and "--limit" in run.output
