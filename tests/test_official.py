"""The CEC's own figures: totals, printed percentages, turnout, seats, the law's allocation, revisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import edit_rows, line_of

from kzcheck.analysis import official as official_tables
from kzcheck.checks import official
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.model.findings import Outcome, Status

E21, E23, E24 = "kz-2021-mazhilis", "kz-2023-mazhilis", "kz-2024-referendum"


def run(data: Path, *elections: str) -> list[Outcome]:
    return official.run(load(discover(data, list(elections) or None)), None)


def by(outcomes: list[Outcome], check: str, subject: str = "results:final", election: str = E23) -> Outcome:
    (o,) = [o for o in outcomes if o.check == check and o.subject == subject and o.election == election]
    return o


def results(data: Path, election: str = E23, status: str = "final") -> Path:
    return data / "results" / f"{election}.{status}.csv"


def set_cell(path: Path, line: str, column: str, value: str, area: str = "KZ") -> int:
    def change(rows):
        for r in rows:
            if r["line"] == line and r["area"] == area:
                r[column] = value
        return rows

    edit_rows(path, change)
    return line_of(path, lambda r: r["line"] == line and r["area"] == area)


def test_bundled_official_results_are_consistent(data_copy):
    outcomes = run(data_copy)
    assert outcomes
    failing = [
        (o.check, o.election, o.subject, [f.message for f in o.findings]) for o in outcomes if o.status is Status.FAILED
    ]
    assert failing == []
    evaluated = {(o.check, o.election) for o in outcomes if o.status is Status.PASSED}
    # percentages of 2021, 2022, 2023, the referendum (base: took part) and the Karaganda maslikhat all checked
    for election in (E21, "kz-2022-presidential", E23, E24, "kz-2023-maslikhat-karaganda"):
        assert (official.PERCENT, election) in evaluated
    assert (official.ALLOCATION, E21) in evaluated and (official.ALLOCATION, E23) in evaluated
    assert (official.TOTAL, E24) in evaluated  # yes + no + invalid + both marked = took part


def test_changed_vote_count_flags_its_percentage_and_the_total(data_copy):
    """AMANAT 3,431,510 -> 3,531,510: 53.90% is no longer 3,531,510 / 6,366,441 (55.47%); the sum is 100,000 over."""
    line = set_cell(results(data_copy), "amanat", "count", "3531510")
    outcomes = run(data_copy, E23)
    (pct,) = by(outcomes, official.PERCENT).findings
    assert (pct.row, pct.column, pct.observed) == (line, "percent", "53.90")
    assert "55.4707%" in pct.message and "3,531,510 / 6,366,441" in pct.message
    # the other options' percentages still match the printed total: only the changed line is flagged
    (total,) = by(outcomes, official.TOTAL).findings
    assert "6,466,441" in total.message and "6,366,441" in total.message and "+100,000" in total.message
    assert total.row == line_of(results(data_copy), lambda r: r["line"] == "votes_total")
    assert by(outcomes, official.PERCENT, "results:preliminary").status is Status.PASSED


def test_percentage_off_by_more_than_its_rounding(data_copy):
    """Baytaq 146,431 / 6,366,441 = 2.300046%: '2.30' and '2.3' match, '2.31' does not."""
    set_cell(results(data_copy), "baytaq", "percent", "2.3")
    assert by(run(data_copy, E23), official.PERCENT).status is Status.PASSED
    set_cell(results(data_copy), "baytaq", "percent", "2.31")
    (f,) = by(run(data_copy, E23), official.PERCENT).findings
    assert f.observed == "2.31" and "at most 0.005" in f.message


def test_referendum_percentages_use_the_declared_base(data_copy):
    """Yes 5,561,937 / took part 7,820,204 = 71.1227%: printed 71.12. Of yes + no it would be 73.11."""
    assert by(run(data_copy, E24), official.PERCENT, election=E24).status is Status.PASSED
    set_cell(results(data_copy, E24), "yes", "percent", "73.11")
    (f,) = by(run(data_copy, E24), official.PERCENT, election=E24).findings
    assert "took_part" in f.message and "71.12" in f.message


def test_options_based_percentages_leave_invalid_ballots_out_of_the_base(data_copy):
    """2022 with no printed total and 120,500 invalid ballots: the base is the candidates plus against all,
    7,940,477. Tokayev 6,456,392 / 7,940,477 = 81.3099%, printed 81.31: passes. Invalid ballots are no vote for
    anyone: of 7,940,477 + 120,500 = 8,060,977 it would be 80.0944%, and a CEC that printed 80.09 is wrong."""
    path = results(data_copy, "kz-2022-presidential")

    def change(rows):
        rows = [r for r in rows if r["line"] != "votes_total"]
        return [*rows, {**rows[0], "line": "invalid", "count": "120500", "percent": ""}]

    edit_rows(path, change)
    outcome = by(run(data_copy, "kz-2022-presidential"), official.PERCENT, election="kz-2022-presidential")
    assert outcome.status is Status.PASSED
    line = set_cell(path, "tokayev", "percent", "80.09")
    (f,) = by(run(data_copy, "kz-2022-presidential"), official.PERCENT, election="kz-2022-presidential").findings
    assert (f.row, f.observed) == (line, "80.09")
    assert "6,456,392 / 7,940,477 = 81.3099%" in f.message


def test_a_total_off_by_one_vote_is_an_error(data_copy):
    """AMANAT 3,431,510 -> 3,431,511: the options sum to 6,366,442 against the printed 6,366,441. One vote moves
    53.90% by 0.0000157 points, so the percentage still matches; the total alone is flagged."""
    set_cell(results(data_copy), "amanat", "count", "3431511")
    outcomes = run(data_copy, E23)
    (total,) = by(outcomes, official.TOTAL).findings
    assert "6,366,442" in total.message and "6,366,441" in total.message and "(difference +1)" in total.message
    assert (total.observed, total.expected) == ("6,366,442", "6,366,441")
    assert by(outcomes, official.PERCENT).status is Status.PASSED


def test_turnout_is_ballots_over_registered_voters(data_copy):
    """Preliminary 2023: 6,521,860 / 12,035,578 = 54.1882% printed 54.19."""
    path = results(data_copy, status="preliminary")
    assert by(run(data_copy, E23), official.TURNOUT, "results:preliminary").status is Status.PASSED
    line = set_cell(path, "ballots_issued", "percent", "54.29")
    (f,) = by(run(data_copy, E23), official.TURNOUT, "results:preliminary").findings
    assert f.row == line and "6,521,860 / 12,035,578 = 54.1882%" in f.message
    # the final file prints 54.21 without the ballot count: nothing to check it against, said so
    final = by(run(data_copy, E23), official.TURNOUT)
    assert final.status is Status.NOT_EVALUATED and final.note


def test_seats_must_sum_to_the_tier_and_follow_the_law(data_copy):
    line = set_cell(results(data_copy), "jsdp", "seats", "3")
    outcomes = run(data_copy, E23)
    (total,) = by(outcomes, official.SEATS).findings
    assert "sum to 68" in total.message and "has 69" in total.message
    (alloc,) = by(outcomes, official.ALLOCATION).findings
    assert alloc.row == line and alloc.observed == 3 and alloc.expected == 4
    assert "40/8/6/6/5/4" in alloc.message


def test_dhondt_shaped_seats_are_named(data_copy):
    """D'Hondt gives 41/8/6/6/5/3 in 2023 (docs/methods.md §1.2); the law's Hare quota gives 40/8/6/6/5/4."""
    set_cell(results(data_copy), "amanat", "seats", "41")
    set_cell(results(data_copy), "jsdp", "seats", "3")
    findings = by(run(data_copy, E23), official.ALLOCATION).findings
    assert len(findings) == 2
    assert all("the printed seats follow D'Hondt instead" in f.message for f in findings)


def test_method_is_selected_by_the_election_file(data_copy):
    path = data_copy / "elections" / f"{E23}.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('method = "hare"', 'method = "dhondt"', 1), encoding="utf-8"
    )
    findings = by(run(data_copy, E23), official.ALLOCATION).findings
    assert {f.observed: f.expected for f in findings} == {40: 41, 4: 3}
    assert all("D'Hondt" in f.message for f in findings)
    assert all("follow Hare quota with largest remainders or Sainte-Laguë instead" in f.message for f in findings)


def test_revisions_are_listed(data_copy):
    """2023: turnout 54.19 (preliminary, 20 March) -> 54.21 (final, 27 March); the votes were not revised."""
    (f,) = by(run(data_copy, E23), official.REVISIONS).findings
    assert "54.19 → 54.21" in f.message and f.severity.value == "info"
    set_cell(results(data_copy), "auyl", "count", "693939")
    set_cell(results(data_copy), "auyl", "percent", "10.90")
    messages = [f.message for f in by(run(data_copy, E23), official.REVISIONS).findings]
    assert any("Auyl" in m and "693,938 → 693,939 (+1)" in m for m in messages)


def test_many_areas_at_once_flag_only_the_bad_one(data_copy):
    """Official results for 3,000 areas (as an archive by polling station would hold), one of them wrong."""
    path = results(data_copy, status="preliminary")

    options = ["amanat", "auyl", "respublica", "aq-jol", "qhp", "jsdp", "baytaq", "against-all"]

    def change(rows):
        extra = []
        for i in range(3000):
            votes = [100 + (i * (k + 3)) % 90 for k in range(len(options))]
            total = sum(votes) + (7 if i == 1234 else 0)
            cells = [(o, str(v), f"{v / sum(votes) * 100:.2f}") for o, v in zip(options, votes, strict=True)]
            extra += [
                {
                    "area": f"st{i}",
                    "line": line,
                    "count": count,
                    "percent": pct,
                    "seats": "",
                    "as_of": "",
                    "source": "vlast-2023-cec-seats",
                }
                for line, count, pct in [*cells, ("votes_total", str(total), "")]
            ]
        return rows + extra

    edit_rows(path, change)
    outcomes = run(data_copy, E23)
    totals = by(outcomes, official.TOTAL, "results:preliminary").findings
    assert [f.message.split(":")[0] for f in totals] == ["at st1234"]
    assert "(difference -7)" in totals[0].message
    assert by(outcomes, official.PERCENT, "results:preliminary").status is Status.PASSED


def test_allocation_table_recomputes_the_seats_from_the_votes(data_copy):
    """2023 final: 6 parties clear 5% of 6,366,441 (318,322.05 votes; Baytaq's 146,431 does not). Their votes,
    3,431,510 + 693,938 + 547,154 + 535,139 + 432,920 + 331,058 = 5,971,719, over 69 seats: quota 86,546.65.
    Hare gives 40/8/6/6/5/4, as printed; D'Hondt would give 41/8/6/6/5/3 (docs/methods.md §1.2)."""
    table = {(r["election"], r["status"]): r for r in official_tables.allocations(load(discover(data_copy, [E23])))}
    assert set(table) == {(E23, "final"), (E23, "preliminary")}
    final = table[(E23, "final")]
    hare = {"amanat": 40, "auyl": 8, "respublica": 6, "aq-jol": 6, "qhp": 5, "jsdp": 4, "baytaq": 0}
    assert (final["tier"], final["seats"], final["method"], final["threshold"]) == ("list", 69, "hare", 5.0)
    assert final["recomputed"] == hare and final["printed"] == hare and final["match"] is True
    assert final["quota"] == pytest.approx(86_546.65, abs=0.01)
    assert final["eligible"] == ["amanat", "auyl", "respublica", "aq-jol", "qhp", "jsdp"]
    assert final["alternatives"]["dhondt"] == {**hare, "amanat": 41, "jsdp": 3}
    assert sum(final["alternatives"]["sainte-lague"].values()) == 69
    preliminary = table[(E23, "preliminary")]  # the votes, no seats printed yet
    assert preliminary["recomputed"] == hare and preliminary["printed"] is None and preliminary["match"] is None
    set_cell(results(data_copy), "jsdp", "seats", "3")
    final = {r["status"]: r for r in official_tables.allocations(load(discover(data_copy, [E23])))}["final"]
    assert final["match"] is False and final["printed"]["jsdp"] == 3


def test_allocation_table_without_every_vote_says_nothing_it_cannot_know(data_copy):
    set_cell(results(data_copy), "qhp", "count", "")
    final = {r["status"]: r for r in official_tables.allocations(load(discover(data_copy, [E23])))}["final"]
    assert final["recomputed"] is None and final["quota"] is None and final["eligible"] is None
    assert final["match"] is None and final["printed"]["amanat"] == 40
