"""`kzcheck extract` on the TASS report of 19 March 2023 (the one real article tests may quote), and `--write` into a
copy of the data from which the bundled TASS printing was removed: validate must then judge the written printing
exactly as it judges the bundled one."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, SHARED_SOURCES
from helpers import edit_rows, rows_of

E23 = "kz-2023-mazhilis"
TASS = SHARED_SOURCES / "tass-2023-03-19-exit-polls.txt"
NEW_SOURCE = ("--outlet", "TASS", "--url", "https://tass.com/world/1590997", "--published", "2023-03-19")

# The fact sheet's table §1.2, typed from the fact sheet, as TASS printed it (8.9 and 4.4 with one decimal).
FACT_SHEET = {
    "Institute of Eurasian Integration": {
        "amanat": "53.46", "auyl": "10.52", "respublica": "8.9", "aq-jol": "7.87", "qhp": "6.25", "jsdp": "5.31",
        "baytaq": "3.22", "against-all": "4.47",
    },
    "Institute of Democracy": {
        "amanat": "53.33", "auyl": "11.26", "respublica": "8.33", "aq-jol": "8.87", "qhp": "6.93", "jsdp": "5.12",
        "baytaq": "2.51", "against-all": "3.65",
    },
    "SOTSIS-A": {
        "amanat": "54.42", "auyl": "10.21", "respublica": "8.79", "aq-jol": "8.21", "qhp": "6.89", "jsdp": "4.91",
        "baytaq": "2.17", "against-all": "4.4",
    },
}  # fmt: skip

pytestmark = pytest.mark.skipif(not TASS.is_file(), reason="shared/sources is not beside the repository")


def extract_json(cli, *args: str):
    run = cli("extract", str(TASS), "--election", E23, "--format", "json", *args)
    return run, (json.loads(run.stdout) if run.stdout.strip() else None)


def test_tass_report_gives_the_24_shares_and_iei_sample_and_nothing_else(cli):
    run, doc = extract_json(cli)
    assert run.returncode == 0, run.stderr
    entries = doc["entries"]
    shares = [e for e in entries if e["kind"] == "share"]
    got: dict[str, dict[str, str]] = {}
    for e in shares:
        assert e["confidence"] == "confident" and e["subject"] == "poll"
        got.setdefault(e["pollster"], {})[e["option"]] = e["value_printed"].rstrip("%")
    assert got == FACT_SHEET
    others = [e for e in entries if e["kind"] != "share"]
    assert [(e["kind"], e["pollster"], e["value"], e["value_printed"]) for e in others] == [
        ("sample_size", "Institute of Eurasian Integration", 30000, "30,000")
    ]
    printed = {e["value_printed"] for e in entries}
    assert not printed & {"70%", "30%"}  # seats of the mixed system, not votes
    assert {i["value_printed"] for i in doc["ignored"]} >= {"70%", "30%"}
    sotsis = next(e for e in shares if e["pollster"] == "SOTSIS-A")
    assert (
        sotsis["pollster_printed"].endswith("Sotsis-A Institute") and sotsis["poll"] == "sotsis-a"
    )  # registry: "the …"
    baytaq = next(e for e in shares if e["value_printed"] == "3.22%")
    assert TASS.read_text(encoding="utf-8")[slice(*baytaq["span"])] == "3.22%"
    assert baytaq["precision"] == "0.01" and baytaq["attributed_from_sentence"] is not None
    assert next(e for e in shares if e["value_printed"] == "8.9%")["precision"] == "0.1"


def test_preview_table_in_text(cli):
    run = cli("extract", str(TASS), "--election", E23)
    assert run.returncode == 0, run.stderr
    assert "25 figure(s): 25 confident, 0 uncertain, 0 unattributed" in run.stdout
    assert "Sotsis-A Institute → SOTSIS-A" in run.stdout


@pytest.fixture
def without_tass(tmp_path: Path) -> Path:
    """The bundled data without TASS's printing of the 2023 exit polls and without its source row."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    edit_rows(target / "figures" / f"{E23}.csv", lambda rows: [r for r in rows if r["source"] != "tass-2023-03-19"])
    edit_rows(target / "sources.csv", lambda rows: [r for r in rows if r["source"] != "tass-2023-03-19"])
    return target


def unplaced(value: object) -> object:
    """A value with the printing's place ("54.21 (results/x.csv:13)") left out: the folders differ, the figure not."""
    return re.sub(r" \([^()]*:\d+\)", "", value) if isinstance(value, str) else value


def findings(cli, data: Path, *command: str) -> tuple[dict[str, int], set[tuple[object, ...]]]:
    # Only 2023: the other elections' files are the bundled ones, byte for byte.
    run = cli(
        *(command or ("validate", "--today", "2026-12-01")), "--election", E23, "--data", str(data), "--format", "json"
    )
    assert run.returncode in (0, 1), run.stderr
    doc = json.loads(run.stdout)
    # Where a finding points (file row) and in which order it lists the printings follow the rows' order in the file:
    # the written rows come last. What is found, about what, and which value is used must be the same.
    return doc["counts"], {
        (f["check"], f["severity"], f["election"], f["subject"], unplaced(f["expected"]), f["acknowledged"] is not None,
         frozenset(unplaced(str(f["observed"] or "")).split(" / ")))
        for f in doc["findings"]
    }  # fmt: skip


def test_write_into_data_without_the_tass_rows_then_validate_finds_the_same(cli, without_tass):
    counts_before, before = findings(cli, without_tass)
    run = cli("extract", str(TASS), "--election", E23, "--data", str(without_tass), "--write", *NEW_SOURCE)
    assert run.returncode == 0, run.stdout + run.stderr
    written = [r for r in rows_of(without_tass / "figures" / f"{E23}.csv") if r["source"] == "tass-2023-03-19"]
    assert len(written) == 24
    bundled = [r for r in rows_of(DATA / "figures" / f"{E23}.csv") if r["source"] == "tass-2023-03-19"]
    assert sorted(map(tuple, (r.values() for r in written))) == sorted(map(tuple, (r.values() for r in bundled)))
    source = next(r for r in rows_of(without_tass / "sources.csv") if r["source"] == "tass-2023-03-19")
    assert (source["outlet"], source["published"], source["language"]) == ("TASS", "2023-03-19", "en")
    assert rows_of(without_tass / "polls" / f"{E23}.csv") == rows_of(DATA / "polls" / f"{E23}.csv")
    assert not list(without_tass.rglob("*.tmp"))

    counts_after, after = findings(cli, without_tass)
    counts_bundled, bundled_findings = findings(cli, DATA)
    assert after == bundled_findings and counts_after == counts_bundled
    assert before != bundled_findings  # the comparison means something: without TASS the IEI misquote goes unseen
    assert any(f[0] == "outlets.agree" and f[3] == "poll:iei" for f in after - before)
    assert findings(cli, without_tass, "compare") == findings(cli, DATA, "compare")


def test_a_second_write_is_refused_and_changes_nothing(cli, without_tass):
    first = cli("extract", str(TASS), "--election", E23, "--data", str(without_tass), "--write", *NEW_SOURCE)
    assert first.returncode == 0, first.stderr
    snapshot = {p: p.read_bytes() for p in without_tass.rglob("*.csv")}
    again = cli("extract", str(TASS), "--election", E23, "--data", str(without_tass), "--write", "--source",
                "tass-2023-03-19")  # fmt: skip
    assert again.returncode == 2
    assert "[extract.duplicate]" in again.stderr and "nothing was written" in again.stderr
    assert "figures/kz-2023-mazhilis.csv, row " in again.stderr
    new_source = cli("extract", str(TASS), "--election", E23, "--data", str(without_tass), "--write", *NEW_SOURCE)
    assert new_source.returncode == 2 and "[extract.duplicate-source]" in new_source.stderr
    assert {p: p.read_bytes() for p in without_tass.rglob("*.csv")} == snapshot


def test_write_files_a_new_poll_and_a_press_copy_of_official_figures(cli, data_copy, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "По данным экзит-пола Qogamdyq Pikir, проведённого в день голосования, за «AMANAT» проголосовали 52,1 %.\n"
        "Центральная избирательная комиссия сообщила: «Ауыл» получил 693 938 голосов, или 10,90 %, и 8 мандатов, "
        "«AMANAT» - около 3,4 млн голосов.",
        encoding="utf-8",
    )
    args = ("extract", str(article), "--election", E23, "--data", str(data_copy), "--format", "json")
    run = cli(*args, "--write", "--outlet", "Example Daily", "--url", "https://example.org/a", "--published",
              "2023-03-20")  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    doc = json.loads(run.stdout)
    polls = rows_of(data_copy / "polls" / f"{E23}.csv")
    new_poll = polls[-1]
    assert new_poll.get("pollster_id", "qogamdyq-pikir") == "qogamdyq-pikir"  # the registry's id, where it has one
    assert (new_poll["poll"], new_poll["pollster"], new_poll["kind"], new_poll["source"]) == (
        "qogamdyq-pikir", "Qogamdyq Pikir", "exit", "example-daily-2023-03-20",
    )  # fmt: skip
    # (Qogamdyq Pikir's only poll in the data is a pre-election one: an exit poll is a new poll)
    figures = rows_of(data_copy / "figures" / f"{E23}.csv")
    assert figures[-1] == {"poll": "qogamdyq-pikir", "source": "example-daily-2023-03-20", "option": "amanat",
                           "share": "52.1"}  # fmt: skip
    copy = rows_of(data_copy / "protocols" / f"{E23}.example-daily-2023-03-20.csv")
    assert copy == [{"area": "KZ", "line": "auyl", "count": "693938", "percent": "10.90", "seats": "8", "as_of": "",
                     "source": "example-daily-2023-03-20"}]  # fmt: skip
    rounded = next(e for e in doc["entries"] if e["value_printed"] == "3,4 млн")
    assert rounded["precision"] == "100,000" and rounded["qualifier"] == "about"
    assert "qualifier" in rounded["not_written"]
    check = cli("validate", "--data", str(data_copy), "--election", E23, "--today", "2026-12-01", "--format", "json")
    doc = json.loads(check.stdout)
    about_copy = [f for f in doc["findings"] if "example-daily" in (f["file"] or "") + f["message"]]
    assert not [f for f in about_copy if f["severity"] == "error"], about_copy  # the copy agrees with the CEC


def test_uncertain_figures_exit_1_and_are_not_written(cli, data_copy, tmp_path):
    article = tmp_path / "two.txt"
    article.write_text("IEI and SOTSIS-A gave Amanat 53.46% and 54.42%. An exit poll gave Auyl 11%.", encoding="utf-8")
    before = (data_copy / "figures" / f"{E23}.csv").read_bytes()
    run = cli("extract", str(article), "--election", E23, "--data", str(data_copy), "--write", "--source",
              "tass-2023-03-19")  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert "2 uncertain, 1 unattributed" in run.stdout and "Not written: 3" in run.stdout
    assert (data_copy / "figures" / f"{E23}.csv").read_bytes() == before


def test_article_from_standard_input_and_terminal_text_escaped(cli, tmp_path):
    import subprocess
    import sys

    text = "Amanat is winning 53.5% \x1b[2J\x1b]0;owned\x07 ::error::forged, media reported."
    run = subprocess.run(
        [sys.executable, "-m", "kzcheck", "extract", "-", "--election", E23], input=text, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr  # unattributed: the sentence is shown, escaped
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout and "\\x1b[2J" in run.stdout
    assert "::error::" not in run.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--election", "kz-2099-nothing"), "kz-2099-nothing"),
        (("--election", E23, "--write"), "--write needs the article's source"),
        (("--election", E23, "--source", "no-such-source"), "no source 'no-such-source'"),
        (("--election", E23, "--outlet", "X"), "needs --outlet, --url and --published"),
        (("--election", E23, "--outlet", "X", "--url", "u", "--published", "19.03.2023"), "not an ISO date"),
    ],
)
def test_bad_calls_exit_2_with_a_message(cli, args, message):
    run = cli("extract", str(TASS), *args)
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr


def test_an_article_that_is_not_utf8_exits_2(cli, tmp_path):
    article = tmp_path / "cp1251.txt"
    article.write_bytes("Аманат 53,9 %".encode("cp1251"))
    run = cli("extract", str(article), "--election", E23)
    assert run.returncode == 2 and "not UTF-8" in run.stderr and "Traceback" not in run.stderr


def test_a_misprinted_count_written_from_an_article_is_caught_by_validate(cli, data_copy, tmp_path):
    article = tmp_path / "misprint.txt"
    article.write_text(
        "Центральная избирательная комиссия сообщила: «Ауыл» получил 693 939 голосов, или 10,90 %, и 8 мандатов.",
        encoding="utf-8",
    )
    run = cli("extract", str(article), "--election", E23, "--data", str(data_copy), "--write", "--outlet", "Example",
              "--url", "https://example.org/b", "--published", "2023-03-20")  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    check = cli("validate", "--data", str(data_copy), "--election", E23, "--today", "2026-12-01", "--format", "json")
    assert check.returncode == 1
    (found,) = [f for f in json.loads(check.stdout)["findings"] if f["check"] == "copy.disagree"]
    assert "693,939" in found["message"] and "693,938" in found["message"]  # the CEC's count is 693,938
