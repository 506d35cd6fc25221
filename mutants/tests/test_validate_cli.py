"""`kzcheck validate` end to end in a subprocess: exit codes, messages naming file and row, no tracebacks."""

from __future__ import annotations

import json

from helpers import edit_rows, line_of

E23 = "kz-2023-mazhilis"
ELECTIONS = ("kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis")


def test_bundled_data_passes_and_lists_acknowledged(cli):
    run = cli("validate")
    assert run.returncode == 0, run.stdout + run.stderr
    for eid in ELECTIONS:
        assert eid in run.stdout
    assert "acknowledged" in run.stdout and "reason:" in run.stdout
    assert "Traceback" not in run.stderr


def test_negative_share_exits_1_naming_file_and_row(cli, data_copy):
    path = data_copy / "figures" / f"{E23}.csv"

    def change(rows):
        for r in rows:
            if r["poll"] == "iei" and r["option"] == "baytaq" and r["source"] == "tass-2023-03-19":
                r["share"] = "-3.22"
        return rows

    edit_rows(path, change)
    line = line_of(path, lambda r: r["share"] == "-3.22")
    run = cli("validate", "--data", str(data_copy))
    assert run.returncode == 1
    assert f"{E23}.csv:{line}" in run.stdout and "negative" in run.stdout


def test_deleted_option_row_exits_1(cli, data_copy):
    path = data_copy / "figures" / f"{E23}.csv"
    edit_rows(path, lambda rows: [r for r in rows if not (r["poll"] == "sotsis-a" and r["option"] == "jsdp")])
    run = cli("validate", "--data", str(data_copy), "--election", E23)
    assert run.returncode == 1
    assert "missing option: jsdp" in run.stdout and f"figures/{E23}.csv:" in run.stdout


def test_poll_summing_to_97_exits_1(cli, data_copy):
    path = data_copy / "figures" / f"{E23}.csv"

    def change(rows):
        for r in rows:
            if r["poll"] == "democracy" and r["option"] == "amanat":
                r["share"] = "50.33"
        return rows

    edit_rows(path, change)
    run = cli("validate", "--data", str(data_copy), "--election", E23)
    assert run.returncode == 1
    assert "sum to 97.00" in run.stdout


def test_missing_column_exits_2_with_a_clear_message(cli, data_copy):
    path = data_copy / "figures" / f"{E23}.csv"
    text = path.read_text(encoding="utf-8").replace("poll,source,option,share", "poll,source,option", 1)
    path.write_text(
        "\n".join(line.rsplit(",", 1)[0] if i else line for i, line in enumerate(text.splitlines())), encoding="utf-8"
    )
    run = cli("validate", "--data", str(data_copy))
    assert run.returncode == 2
    assert "share" in run.stderr and f"{E23}.csv" in run.stderr
    assert "Traceback" not in run.stderr + run.stdout


def test_misspelt_column_exits_2_and_suggests_the_name(cli, data_copy):
    path = data_copy / "polls" / f"{E23}.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("sample_size,", "sampel_size,", 1), encoding="utf-8")
    run = cli("validate", "--data", str(data_copy))
    assert run.returncode == 2
    assert "'sample_size'" in run.stderr and "'sampel_size'" in run.stderr
    assert "Traceback" not in run.stderr


def test_fail_on_warning_turns_warnings_into_failure(cli, data_copy):
    assert cli("validate", "--data", str(data_copy), "--election", "kz-2022-presidential").returncode == 0
    run = cli("validate", "--data", str(data_copy), "--election", "kz-2022-presidential", "--fail-on", "warning")
    assert run.returncode == 1, "2022 polls without a stated margin of error are warnings"


def test_unknown_election_exits_2_with_suggestion(cli):
    run = cli("validate", "--election", "kz-2023-mazilis")
    assert run.returncode == 2
    assert "did you mean 'kz-2023-mazhilis'" in run.stderr


def test_json_output_is_versioned_and_complete(cli):
    run = cli("validate", "--format", "json", "--election", E23)
    assert run.returncode == 0
    doc = json.loads(run.stdout)
    assert doc["schema"] == "kzcheck/validate/v2"  # v1 is replaced (docs/output.md)
    assert [e["id"] for e in doc["elections"]] == [E23]
    assert doc["counts"]["error"] == 0
    assert any(o["check"] == "poll.sum" and o["status"] == "passed" for o in doc["outcomes"])
    assert run.stderr == "", "nothing but the payload: no progress or logs when not on a terminal"


def test_text_output_has_no_colour_codes_when_piped(cli):
    run = cli("validate", "--election", E23)
    assert "\x1b[" not in run.stdout
