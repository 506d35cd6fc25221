"""`kzcheck pollsters` on the bundled data: each pollster's votes and figures, recomputed here from the fact sheet's
printed figures and the CEC's counts (fact sheet §1-§3, §7), never from kzcheck's own output."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from conftest import run_cli
from test_pollster_registry import RFERL, add_rferl_double_count

E21, E22, E23, E24 = "kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis", "kz-2024-referendum"

# The CEC's counts (final results) in ballot order; every share polls split 100 over is count / sum of counts.
OFFICIAL = {
    E21: [5_148_074, 792_828, 659_019, 383_023, 258_618],
    E22: [6_456_392, 271_641, 206_206, 200_907, 176_116, 168_731, 460_484],
    E23: [3_431_510, 693_938, 547_154, 535_139, 432_920, 331_058, 146_431, 248_291],
    E24: [5_561_937, 2_045_271],  # Yes and No only: the two-way shares exit polls split 100 over
}
# The polls as printed (same order); the first option is the winner and the ruling side in each vote.
POLLS = {
    ("sotsis-a", E22): [82.02, 3.68, 2.84, 2.62, 2.38, 2.24, 4.22],
    ("sotsis-a", E23): [54.42, 10.21, 8.79, 8.21, 6.89, 4.91, 2.17, 4.4],
    ("sotsis-a", E24): [69.8, 30.2],
    ("iei", E23): [53.46, 10.52, 8.9, 7.87, 6.25, 5.31, 3.22, 4.47],
    ("iei", E24): [71.8, 28.2],
    ("democracy", E21): [72.1, 10.27, 9.54, 4.93, 3.25],
    ("democracy", E23): [53.33, 11.26, 8.33, 8.87, 6.93, 5.12, 2.51, 3.65],
    ("ipp-amanat", E22): [85.52, 2.67, 2.61, 2.43, 1.93, 1.44, 3.40],
    ("ipp-amanat", E24): [72.3, 27.7],
    ("qogamdyq-pikir", E21): [71.97, 10.18, 9.03, 5.75, 3.07],
    ("osii", E22): [82.45, 3.33, 2.54, 2.23, 2.17, 2.08, 5.20],
}


def official_shares(election: str) -> list[float]:
    counts = OFFICIAL[election]
    return [100 * c / sum(counts) for c in counts]


def errors(pollster: str, election: str) -> list[float]:
    return [p - v for p, v in zip(POLLS[(pollster, election)], official_shares(election), strict=True)]


def m3(pollster: str, election: str) -> float:
    e = errors(pollster, election)
    return sum(abs(x) for x in e) / len(e)


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    run = run_cli("pollsters", "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    return {p["id"]: p for p in doc["pollsters"]}


@pytest.fixture(scope="module")
def text() -> str:
    run = run_cli("pollsters")
    assert run.returncode == 0, run.stderr
    return run.stdout


def vote(record: dict, election: str) -> dict:
    (v,) = [v for v in record["votes"] if v["election"] == election]
    return v


def test_the_leading_option_errors_of_the_issue_by_hand():
    """SOTSIS-A +0.71 (2022), +0.52 (2023), -3.31 (2024, against the two-way 73.11); IPP +4.21, -0.81."""
    assert round(errors("sotsis-a", E22)[0], 2) == 0.71
    assert round(errors("sotsis-a", E23)[0], 2) == 0.52
    assert round(official_shares(E24)[0], 2) == 73.11 and round(errors("sotsis-a", E24)[0], 2) == -3.31
    assert round(errors("ipp-amanat", E22)[0], 2) == 4.21 and round(errors("ipp-amanat", E24)[0], 2) == -0.81


def test_sotsis_a_lists_its_four_votes_with_hand_computed_figures(records):
    r = records["sotsis-a"]
    assert r["name"] == "SOTSIS-A" and r["registered"]
    assert [v["election"] for v in r["votes"]] == [E21, E22, E23, E24]
    v21 = vote(r, E21)
    assert not v21["scored"] and "regional" in v21["reason"] and "almaty-city" in v21["reason"]
    for election in (E22, E23, E24):
        v = vote(r, election)
        assert v["scored"] and v["against"] == "final"
        assert v["winner_error"] == pytest.approx(errors("sotsis-a", election)[0], abs=1e-9)
        assert v["m3"] == pytest.approx(m3("sotsis-a", election), abs=1e-9)
        ruling = next(f for f in v["families"] if f["family"] == "ruling")
        assert ruling["error"] == pytest.approx(errors("sotsis-a", election)[0], abs=1e-9)
    # the official result lies outside SOTSIS-A's own interval on both answers of 2024 (n = 283,519: ±0.2 or so)
    assert (vote(r, E24)["covered"], vote(r, E24)["covered_of"]) == (0, 2)
    against_all = next(f for f in vote(r, E24)["families"] if f["family"] == "against-all")
    assert against_all["option"] is None and against_all["error"] is None  # the referendum has no such line


def test_plus_minus_is_the_error_against_the_other_pollsters_of_the_vote(records):
    """2024: SOTSIS-A +2.25, IPP -1.50, IEI -0.75 (docs/methods.md §6.2); 2023 recomputed from the three M3s."""
    assert vote(records["sotsis-a"], E24)["plus_minus_m3"] == pytest.approx(2.25, abs=1e-9)
    assert vote(records["ipp-amanat"], E24)["plus_minus_m3"] == pytest.approx(-1.50, abs=1e-9)
    assert vote(records["iei"], E24)["plus_minus_m3"] == pytest.approx(-0.75, abs=1e-9)
    field = (m3("iei", E23) + m3("democracy", E23)) / 2
    assert vote(records["sotsis-a"], E23)["plus_minus_m3"] == pytest.approx(m3("sotsis-a", E23) - field, abs=1e-9)
    assert vote(records["sotsis-a"], E23)["others"] == 2


def test_house_effect_toward_the_ruling_side_across_three_kinds_of_vote(records):
    e = [errors("sotsis-a", el)[0] for el in (E22, E23, E24)]  # presidential, parliamentary, referendum
    mean = sum(e) / 3
    sd = math.sqrt(sum((x - mean) ** 2 for x in e) / 2)
    (h,) = [h for h in records["sotsis-a"]["house_effects"] if h["family"] == "ruling"]
    assert h["n"] == 3 and h["elections"] == [E22, E23, E24]
    assert h["mean"] == pytest.approx(mean, abs=1e-9) and h["se"] == pytest.approx(sd / math.sqrt(3), abs=1e-9)
    assert h["low"] == pytest.approx(mean - 4.303 * sd / math.sqrt(3), abs=1e-9)  # t(0.975; 2) = 4.303
    assert records["sotsis-a"]["evidence"] == "short record"
    assert "no lean that chance cannot explain" in records["sotsis-a"]["verdict"]


@pytest.mark.parametrize(
    ("pollster", "elections"),
    [("iei", [E23, E24]), ("democracy", [E21, E23]), ("ipp-amanat", [E22, E24])],
)
def test_two_vote_pollsters_are_said_not_to_have_a_track_record(records, pollster, elections):
    r = records[pollster]
    assert [v["election"] for v in r["votes"]] == elections and all(v["scored"] for v in r["votes"])
    for election in elections:
        v = vote(r, election)
        assert v["winner_error"] == pytest.approx(errors(pollster, election)[0], abs=1e-9)
        assert v["m3"] == pytest.approx(m3(pollster, election), abs=1e-9)
    (h,) = [h for h in r["house_effects"] if h["family"] == "ruling"]
    e = [errors(pollster, el)[0] for el in elections]
    assert h["n"] == 2 and h["mean"] == pytest.approx(sum(e) / 2, abs=1e-9)
    assert h["se"] == pytest.approx(abs(e[0] - e[1]) / 2, abs=1e-9)  # sd = |a - b| / sqrt(2), se = sd / sqrt(2)
    assert r["evidence"] == "not a track record" and "two votes are not a track record" in r["verdict"]


def test_a_poll_without_a_sample_size_has_no_coverage_and_says_why(records):
    v = vote(records["ipp-amanat"], E22)
    assert v["covered"] is None and "no sample size" in v["coverage_note"]


def test_the_text_lists_every_pollster_and_vote_with_the_issue_figures(text):
    block = text.split("SOTSIS-A [sotsis-a]")[1].split("\n\n")[0]
    for figure in ("winner Kassym-Jomart Tokayev +0.71", "winner AMANAT +0.52", "winner Yes −3.31"):
        assert figure in block
    assert "2021  Mazhilis election, 10 January 2021" in block and "not scored: a regional poll" in block
    for name in ("Institute of Eurasian Integration [iei]", "Institute of Democracy [democracy]"):
        assert name in text
    ipp = text.split("[ipp-amanat]")[1].split("\n\n")[0]
    assert "+4.21" in ipp and "−0.81" in ipp and "two votes are not a track record" in ipp
    assert "against all: no member in this vote" in block


def test_a_double_count_in_a_data_copy_fails_the_command_at_fail_on_warning(data_copy: Path):
    add_rferl_double_count(data_copy)
    run = run_cli("pollsters", "--data", str(data_copy), "--election", E24, "--fail-on", "warning")
    assert run.returncode == 1, run.stderr
    assert "pollster.counted-twice" in run.stdout and "the private Astana research group" in run.stdout
    assert RFERL not in run.stderr


def test_an_unknown_pollster_fails_the_command_at_fail_on_warning_with_a_suggestion(data_copy: Path):
    path = data_copy / "polls" / f"{E23}.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("SOTSIS-A,sotsis-a,", "SOTSIS A.,,", 1), encoding="utf-8")
    run = run_cli("pollsters", "--data", str(data_copy), "--election", E23, "--fail-on", "warning")
    assert run.returncode == 1, run.stderr
    assert "pollster.known" in run.stdout and "did you mean 'SOTSIS-A' (id sotsis-a)?" in run.stdout
    assert "SOTSIS A. [name:sotsis a.] (not in the registry)" in run.stdout


@pytest.mark.parametrize("args", [["pollsters"], ["pollsters", "--format", "json"], ["report", "--out", "{out}"]])
def test_the_track_record_and_its_reconciliation_are_built_once(monkeypatch, tmp_path: Path, args: list[str]):
    """The track record reads the run's one reconciliation: neither is computed a second time by any command."""
    from collections import Counter

    from click.testing import CliRunner

    from kzcheck.analysis import reconciliation, track_record
    from kzcheck.cli import main

    calls: Counter[str] = Counter()
    for module, name in ((reconciliation, "reconcile"), (track_record, "track_record")):
        original = getattr(module, name)

        def counting(*a, _name=name, _original=original, **k):  # noqa: ANN002, ANN003, ANN202
            calls[_name] += 1
            return _original(*a, **k)

        monkeypatch.setattr(module, name, counting)
    argv = [a.replace("{out}", str(tmp_path / "report")) for a in [*args, "--election", E24]]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 0, result.output
    assert dict(calls) == {"reconcile": 1, "track_record": 1}
