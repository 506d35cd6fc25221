"""The CEC's own figures on tiny hand-built elections: totals, percentages over their base, turnout, seats, the law's
allocation, revisions. Fast, in-process tests (the mutation run's selection, docs/mutation.md); every expectation
is worked out by hand in the test."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from tiny_data import ELECTION, election_toml, folder, loaded

from kzcheck.analysis import official as tables
from kzcheck.checks import official
from kzcheck.load.dataset import discover
from kzcheck.load.frames import LoadedData, load
from kzcheck.model.findings import Outcome, Severity, Status

LINES = """
[[tiers]]
id = "list"
seats = 10
method = "hare"
threshold = 5.0

[[protocol.lines]]
id = "voters_on_list"
name = { en = "Voters on the lists" }

[[protocol.lines]]
id = "ballots_issued"
name = { en = "Voters who received ballots" }
percent_of = "voters_on_list"

[[protocol.lines]]
id = "votes_total"
name = { en = "Votes for the options" }

[[protocol.relations]]
id = "options-total"
left = "options"
op = "=="
right = "votes_total"
severity = "error"
description = "the printed total"
"""
PARLIAMENT = election_toml(LINES)
# 600 + 300 + 100 = 1,000 votes; 60.0 / 30.0 / 10.0 %; turnout 1,100 / 2,000 = 55.0 %.
# Hare, 10 seats over the 900 eligible votes: quota 90; 600/90 = 6.67, 300/90 = 3.33 -> 6 + 3, the last seat to the
# larger remainder (alpha): 7 / 3.
FINAL = (
    "KZ,alpha,600,60.0,7,,cec\n"
    "KZ,beta,300,30.0,3,,cec\n"
    "KZ,none,100,10.0,,,cec\n"
    "KZ,votes_total,1000,,,,cec\n"
    "KZ,voters_on_list,2000,,,,cec\n"
    "KZ,ballots_issued,1100,55.0,,,cec\n"
)


# The mutation run tests each mutant in a fresh process with the tests that call its function, and loading a tiny
# folder costs more than the checks it feeds. Loading calls no code of the official tables and checks (kzcheck.load
# imports neither), so under their mutants a folder loads to the same data as unmutated: there it is loaded once and
# kept in mutants/ (mutmut's working folder, git-ignored) for the next mutant, keyed by the folder's content and the
# package's source. Under any other mutant (the methods and findings loading uses) and outside the mutation run,
# every test loads its folder itself.
SAME_LOAD = ("kzcheck.analysis.official.", "kzcheck.checks.official.")
_SOURCE = hashlib.sha256(
    b"".join(p.read_bytes() for p in sorted(Path(official.__file__).parents[1].rglob("*.py")))
).hexdigest()


def kept(make: Callable[[], LoadedData], *key: object) -> LoadedData:
    """`make()`, kept between the processes of the mutation run where a mutant cannot change what loading gives."""
    if not os.environ.get("MUTANT_UNDER_TEST", "").startswith(SAME_LOAD):
        return make()
    path = Path.cwd() / ".tiny-loads" / f"{hashlib.sha256(repr((_SOURCE, key)).encode()).hexdigest()}.pickle"
    if path.exists():
        data: LoadedData = pickle.loads(path.read_bytes())
        return data
    data = make()
    path.parent.mkdir(exist_ok=True)
    part = path.with_suffix(f".{os.getpid()}")
    part.write_bytes(pickle.dumps(data))
    part.replace(path)
    return data


def tiny(root: Path, election: str, results: dict[str, str] | None = None) -> LoadedData:
    return kept(lambda: loaded(root, election, results), election, sorted((results or {}).items()))


def run(tmp_path: Path, election: str = PARLIAMENT, **results: str) -> list[Outcome]:
    return official.run(tiny(tmp_path, election, results or {"final": FINAL}), None)


def by(outcomes: list[Outcome], check: str, subject: str = "results:final") -> Outcome:
    (o,) = [o for o in outcomes if o.check == check and o.subject == subject]
    assert o.election == ELECTION
    return o


def test_consistent_results_pass_every_check(tmp_path):
    outcomes = run(tmp_path)
    assert {o.check: o.status for o in outcomes} == {
        official.TOTAL: Status.PASSED,
        official.PERCENT: Status.PASSED,
        official.TURNOUT: Status.PASSED,
        official.SEATS: Status.PASSED,
        official.ALLOCATION: Status.PASSED,
    }
    assert all(o.findings == [] for o in outcomes)


def test_a_total_off_by_one_vote(tmp_path):
    outcomes = run(tmp_path, final=FINAL.replace("votes_total,1000", "votes_total,1001"))
    (f,) = by(outcomes, official.TOTAL).findings
    assert f.message == (
        "at KZ: options = 1,000 but votes_total = 1,001 (difference -1); the election file requires "
        "options == votes_total: the printed total"
    )
    assert (f.row, f.column, f.observed, f.expected) == (5, "count", "1,000", "1,001")
    assert f.severity is Severity.ERROR and f.file.endswith(f"{ELECTION}.final.csv")
    # 600 / 1,000 still matches the sum of the option votes: only the total is flagged
    assert by(outcomes, official.PERCENT).status is Status.PASSED


def test_a_total_one_vote_over_is_a_positive_difference(tmp_path):
    (f,) = by(run(tmp_path, final=FINAL.replace("votes_total,1000", "votes_total,999")), official.TOTAL).findings
    assert "options = 1,000 but votes_total = 999 (difference +1)" in f.message


def test_a_total_with_a_missing_option_count_is_not_evaluated(tmp_path):
    o = by(run(tmp_path, final=FINAL.replace("KZ,beta,300,30.0,3", "KZ,beta,,30.0,3")), official.TOTAL)
    assert o.status is Status.NOT_EVALUATED and o.note == "no printed total to sum the votes against"


def test_a_percentage_beyond_half_a_unit_of_its_last_digit(tmp_path):
    outcomes = run(tmp_path, final=FINAL.replace("alpha,600,60.0", "alpha,600,60.1"))
    (f,) = by(outcomes, official.PERCENT).findings
    assert f.message == (
        "Alpha at KZ printed 60.1%, but 600 / 1,000 = 60.000% (the sum of the option votes) and "
        "600 / 1,000 = 60.000% (the printed votes_total); a figure printed with 1 decimals may differ by at most 0.05"
    )
    assert (f.row, f.column, f.observed, f.expected) == (2, "percent", "60.1", "60.0; 60.0")


@pytest.mark.parametrize(("printed", "ok"), [("60", True), ("60.04", False), ("59.96", False), ("60.00", True)])
def test_the_slack_follows_the_printed_decimals(tmp_path, printed, ok):
    """600 / 1,000 = 60 exactly: '60' and '60.00' match; '60.04' is 0.04 off where two decimals allow 0.005."""
    o = by(run(tmp_path, final=FINAL.replace("alpha,600,60.0", f"alpha,600,{printed}")), official.PERCENT)
    assert (o.status is Status.PASSED) is ok


def test_a_count_off_is_flagged_on_its_own_line_and_the_total(tmp_path):
    """Beta 300 -> 400: the option votes sum to 1,100, the printed total stays 1,000. 400 / 1,100 = 36.36 % and
    400 / 1,000 = 40 %: neither is 30.0, so beta is flagged; alpha's 60.0 still matches 600 / 1,000."""
    outcomes = run(tmp_path, final=FINAL.replace("beta,300", "beta,400"))
    (f,) = by(outcomes, official.PERCENT).findings
    assert f.row == 3 and f.observed == "30.0" and f.expected == "36.4; 40.0"
    assert "400 / 1,100 = 36.364% (the sum of the option votes)" in f.message
    assert "400 / 1,000 = 40.000% (the printed votes_total)" in f.message
    (t,) = by(outcomes, official.TOTAL).findings
    assert "(difference +100)" in t.message


INVALID = election_toml(
    """
[[protocol.lines]]
id = "invalid"
name = { en = "Invalid ballots" }
"""
)


@pytest.mark.parametrize(("alpha", "ok"), [("60.0", True), ("57.1", False)])
def test_invalid_ballots_stay_out_of_an_options_base(tmp_path, alpha, ok):
    """No printed total: the base is the option votes, 1,000 (60.0 %), never 1,050 with the invalid (57.1 %)."""
    final = f"KZ,alpha,600,{alpha},,,cec\nKZ,beta,300,30.0,,,cec\nKZ,none,100,10.0,,,cec\nKZ,invalid,50,,,,cec\n"
    o = by(run(tmp_path, INVALID, final=final), official.PERCENT)
    assert (o.status is Status.PASSED) is ok
    if not ok:
        (f,) = o.findings
        assert "600 / 1,000 = 60.000% (the sum of the option votes);" in f.message and "1,050" not in f.message


# Who took part, and the invalid ballots: the protocol lines of a vote whose base is the ballots cast.
TOOK_PART_LINES = """
[[protocol.lines]]
id = "took_part"
name = { en = "Took part" }

[[protocol.lines]]
id = "invalid"
name = { en = "Invalid ballots" }
"""
# Those who took part are the option votes and the invalid ballots.
TOOK_PART_SUM = """
[[protocol.relations]]
id = "took-part"
left = "options + invalid"
op = "=="
right = "took_part"
severity = "error"
"""


REFERENDUM = election_toml(
    TOOK_PART_LINES + TOOK_PART_SUM,
    percent_base="took_part",
    options='[[options]]\nid = "yes"\nname = { en = "Yes" }\n\n[[options]]\nid = "no"\nname = { en = "No" }\n',
)
# yes 600 + no 300 + invalid 100 = 1,000 took part; yes 60.0 % of those who took part (66.7 % of the valid).
REFERENDUM_FINAL = "KZ,yes,600,60.0,,,cec\nKZ,no,300,30.0,,,cec\nKZ,invalid,100,,,,cec\nKZ,took_part,1000,,,,cec\n"


def test_a_protocol_line_base(tmp_path):
    outcomes = run(tmp_path, REFERENDUM, final=REFERENDUM_FINAL)
    assert by(outcomes, official.PERCENT).status is Status.PASSED
    assert by(outcomes, official.TOTAL).status is Status.PASSED
    assert [o.check for o in outcomes if o.check in (official.SEATS, official.ALLOCATION)] == []
    (f,) = by(
        run(tmp_path, REFERENDUM, final=REFERENDUM_FINAL.replace("600,60.0", "600,66.7")), official.PERCENT
    ).findings
    assert "600 / 1,000 = 60.000% (took_part);" in f.message and f.expected == "60.0"


def test_a_relation_with_terms_on_both_sides(tmp_path):
    (f,) = by(
        run(tmp_path, REFERENDUM, final=REFERENDUM_FINAL.replace("invalid,100", "invalid,101")), official.TOTAL
    ).findings
    assert f.message.startswith("at KZ: options + invalid = 1,001 but took_part = 1,000 (difference +1);")
    assert f.message.endswith("requires options + invalid == took_part")
    assert f.row == 5  # the took_part line: the printed side


def test_turnout_is_ballots_over_voters_on_the_lists(tmp_path):
    (f,) = by(run(tmp_path, final=FINAL.replace("1100,55.0", "1100,55.1")), official.TURNOUT).findings
    assert f.message == (
        "Voters who received ballots at KZ printed 55.1%, but 1,100 / 2,000 = 55.000% (voters_on_list); "
        "a figure printed with 1 decimals may differ by at most 0.05"
    )
    assert (f.row, f.observed, f.expected) == (7, "55.1", "55.0")


def test_turnout_without_the_voters_on_the_lists_is_not_evaluated(tmp_path):
    o = by(run(tmp_path, final=FINAL.replace("KZ,voters_on_list,2000,,,,cec\n", "")), official.TURNOUT)
    assert o.status is Status.NOT_EVALUATED
    assert o.note == "no turnout percentage printed together with both counts it is the ratio of"


def test_seats_that_miss_the_tier_size(tmp_path):
    outcomes = run(tmp_path, final=FINAL.replace("30.0,3", "30.0,2"))
    (s,) = by(outcomes, official.SEATS).findings
    assert s.message == "the printed list seats sum to 9, the list tier has 10"
    assert (s.row, s.column, s.observed, s.expected) == (2, "seats", 9, 10)
    (a,) = by(outcomes, official.ALLOCATION).findings
    assert a.message == (
        "Beta has 2 list seats; Hare quota with largest remainders with a 5% threshold gives 3 from the printed "
        "votes (all: 7/3)"
    )
    assert (a.row, a.observed, a.expected) == (3, 2, 3)


def test_no_seats_printed_says_what_the_law_gives(tmp_path):
    outcomes = run(tmp_path, final=FINAL.replace("60.0,7", "60.0,").replace("30.0,3", "30.0,"))
    note = "no seats printed; Hare quota with largest remainders gives 7/3 from these votes"
    for check in (official.SEATS, official.ALLOCATION):
        o = by(outcomes, check)
        assert (o.status, o.note) == (Status.NOT_EVALUATED, note)


def test_seats_without_every_vote_are_summed_but_not_recomputed(tmp_path):
    outcomes = run(tmp_path, final=FINAL.replace("KZ,none,100,10.0", "KZ,none,,10.0"))
    assert by(outcomes, official.SEATS).status is Status.PASSED
    o = by(outcomes, official.ALLOCATION)
    assert o.status is Status.NOT_EVALUATED and o.note == "the votes of every option are needed to recompute the seats"


THREE = election_toml(
    """
[[tiers]]
id = "list"
seats = 10
method = "hare"
threshold = 5.0
""",
    options="".join(
        f'[[options]]\nid = "{o}"\nname = {{ en = "{o.title()}" }}\n\n' for o in ("alpha", "beta", "gamma")
    ),
)


def three(alpha: int, beta: int, gamma: int, seats: tuple[int, int, int]) -> str:
    return "".join(
        f"KZ,{o},{n},,{s},,cec\n"
        for o, n, s in zip(("alpha", "beta", "gamma"), (alpha, beta, gamma), seats, strict=True)
    )


def test_seats_shaped_by_another_method_are_named(tmp_path):
    """630 / 250 / 120 votes, 10 seats. Hare: quota 100, 6 + 2 + 1 and the last seat to the largest remainder
    (beta's .5): 6/3/1. D'Hondt: the ten largest of 630/k, 250/k, 120/k are 630 315 250 210 157.5 126 125 120 105 90
    (beta's 83.3 is eleventh): 7/2/1. Sainte-Laguë (divisors 1, 3, 5, ...) gives 6/3/1 like Hare."""
    outcomes = run(tmp_path, THREE, final=three(630, 250, 120, (7, 2, 1)))
    alpha, beta = by(outcomes, official.ALLOCATION).findings
    hint = "; the printed seats follow D'Hondt instead"
    assert alpha.message == (
        "Alpha has 7 list seats; Hare quota with largest remainders with a 5% threshold gives 6 from the printed "
        "votes (all: 6/3/1)" + hint
    )
    assert beta.message.startswith("Beta has 2 list seats;") and beta.message.endswith(hint)
    assert by(outcomes, official.SEATS).status is Status.PASSED
    (table,) = tables.allocations(tiny(tmp_path / "again", THREE, {"final": three(630, 250, 120, (7, 2, 1))}))
    assert (table.election, table.status, table.tier, table.seats, table.method) == (
        ELECTION,
        "final",
        "list",
        10,
        "hare",
    )
    assert table.threshold == 5.0 and table.quota == 100.0
    assert table.recomputed == {"alpha": 6, "beta": 3, "gamma": 1}
    assert table.printed == {"alpha": 7, "beta": 2, "gamma": 1} and table.match is False
    assert table.alternatives == {
        "dhondt": {"alpha": 7, "beta": 2, "gamma": 1},
        "sainte-lague": {"alpha": 6, "beta": 3, "gamma": 1},
    }


def test_an_option_under_the_threshold_gets_no_seat(tmp_path):
    """Gamma's 40 of 1,000 votes is 4 % < 5 %: alpha and beta share 10 seats over 960 votes, quota 96:
    630/96 = 6.56, 330/96 = 3.44 -> 6 + 3 and the last seat to alpha's larger remainder: 7/3/0."""
    data = tiny(tmp_path, THREE, {"final": three(630, 330, 40, (7, 3, 0))})
    (table,) = tables.allocations(data)
    assert table.match is True and table.quota == 96.0 and table.eligible == ["alpha", "beta"]
    assert {k: v for k, v in (table.recomputed or {}).items() if v} == {"alpha": 7, "beta": 3}
    assert by(official.run(data, None), official.ALLOCATION).status is Status.PASSED


def test_the_allocation_table_without_every_vote(tmp_path):
    (table,) = tables.allocations(
        tiny(tmp_path, THREE, {"final": three(630, 250, 0, (6, 3, 1)).replace("gamma,0", "gamma,")})
    )
    assert table.recomputed is None and table.quota is None and table.eligible is None and table.match is None
    assert table.printed == {"alpha": 6, "beta": 3, "gamma": 1}


PRELIMINARY = FINAL.replace("alpha,600,60.0", "alpha,590,59.0").replace("votes_total,1000", "votes_total,990")


def test_revisions_list_every_changed_count_and_percentage(tmp_path):
    """Preliminary alpha 590 (59.0 %) -> final 600 (60.0 %), total 990 -> 1,000; beta's 30.0 % of 990 is 30.3."""
    outcomes = run(tmp_path, final=FINAL, preliminary=PRELIMINARY)
    o = by(outcomes, official.REVISIONS)
    assert o.status is Status.PASSED  # info findings do not fail
    messages = {f.message for f in o.findings}
    assert messages == {
        "Alpha at KZ revised from preliminary to final: count 590 → 600 (+10); percent 59.0 → 60.0",
        "Votes for the options at KZ revised from preliminary to final: count 990 → 1,000 (+10)",
    }
    alpha = next(f for f in o.findings if f.message.startswith("Alpha"))
    assert (alpha.severity, alpha.row, alpha.column, alpha.observed, alpha.expected) == (
        Severity.INFO,
        2,
        "count",
        "600",
        "590",
    )
    # both statuses are checked on their own
    assert by(outcomes, official.PERCENT, "results:preliminary").status is Status.FAILED  # 300 / 990 is 30.3, not 30.0
    assert by(outcomes, official.TOTAL, "results:preliminary").status is Status.PASSED


def test_a_revised_percentage_alone_names_the_percent_column(tmp_path):
    outcomes = run(tmp_path, final=FINAL, preliminary=FINAL.replace("1100,55.0", "1100,55.00"))
    assert by(outcomes, official.REVISIONS).findings == []  # 55.0 and 55.00 are the same figure
    (f,) = by(
        run(tmp_path / "b", final=FINAL, preliminary=FINAL.replace("1100,55.0", "1100,54.9")), official.REVISIONS
    ).findings
    assert f.message == "Voters who received ballots at KZ revised from preliminary to final: percent 54.9 → 55.0"
    assert (f.column, f.observed, f.expected) == ("percent", "55.0", "54.9")


def test_no_preliminary_no_revisions(tmp_path):
    assert [o for o in run(tmp_path) if o.check == official.REVISIONS] == []


def test_printed_total_line_and_relations(tmp_path):
    e = tiny(tmp_path / "a", PARLIAMENT).elections[ELECTION]
    assert tables.printed_total_line(e) == "votes_total"
    assert [r.id for r in tables.totals_relations(e)] == ["options-total"]
    assert tables.printed_total_line(tiny(tmp_path / "b", INVALID).elections[ELECTION]) is None


def test_each_area_is_summed_on_its_own(tmp_path):
    """The country adds up; region r1's options sum to 500 against its printed 499, r2's to 500 against 500."""
    regions = "".join(
        f"{area},alpha,300,60.0,,,cec\n{area},beta,150,30.0,,,cec\n{area},none,50,10.0,,,cec\n{area},votes_total,{total},,,,cec\n"
        for area, total in (("r1", 499), ("r2", 500))
    )
    outcomes = run(tmp_path, final=FINAL + regions)
    (f,) = by(outcomes, official.TOTAL).findings
    assert f.message.startswith("at r1: options = 500 but votes_total = 499 (difference +1);")
    assert f.row == 11  # r1's votes_total: header, six country rows, then r1's four
    # r1's percentages match their own option votes (300 / 500 = 60.0 %), whichever total is printed
    assert by(outcomes, official.PERCENT).status is Status.PASSED
    (pct,) = by(
        run(tmp_path / "b", final=FINAL + regions.replace("r2,beta,150,30.0", "r2,beta,150,31.0")), official.PERCENT
    ).findings
    assert pct.message.startswith("Beta at r2 printed 31.0%, but 150 / 500 = 30.000% (the sum of the option votes)")


def test_a_negative_count_is_left_to_the_schema_check(tmp_path):
    """beta -300: the schema check reports it; the official checks treat it as missing (no total, no percentage)."""
    final = FINAL.replace("beta,300", "beta,-300")
    data = kept(lambda: load(discover(folder(tmp_path, PARLIAMENT, {"final": final}))), "unchecked", final)
    outcomes = official.run(data, None)
    assert by(outcomes, official.TOTAL).status is Status.NOT_EVALUATED
    assert by(outcomes, official.ALLOCATION).status is Status.NOT_EVALUATED
    assert all(f.row != 3 for o in outcomes for f in o.findings)


def test_the_threshold_is_a_share_of_every_vote_not_of_the_eligible_ones(tmp_path):
    """alpha 600, beta 48, against all 352: beta's 48 is 4.8 % of the 1,000 votes (under 5 %), though 7.4 % of
    the 648 eligible ones; so alpha takes all 10 seats, and the against-all line printed with 0 seats matches."""
    final = "KZ,alpha,600,60.0,10,,cec\nKZ,beta,48,4.8,0,,cec\nKZ,none,352,35.2,0,,cec\n"
    data = tiny(tmp_path, election_toml(LINES.split("[[protocol.lines]]")[0]), {"final": final})
    (table,) = tables.allocations(data)
    assert (table.recomputed or {}).get("alpha") == 10 and not (table.recomputed or {}).get("beta")
    assert table.eligible == ["alpha"] and table.match is True
    assert by(official.run(data, None), official.ALLOCATION).status is Status.PASSED


def test_a_status_printed_for_regions_only_has_no_allocation(tmp_path):
    """Preliminary results for region r1 alone: no country-level votes, so only the final status is allocated."""
    preliminary = "r1,alpha,300,60.0,,,cec\nr1,beta,150,30.0,,,cec\nr1,none,50,10.0,,,cec\nr1,votes_total,500,,,,cec\n"
    data = tiny(tmp_path, PARLIAMENT, {"final": FINAL, "preliminary": preliminary})
    assert [(a.status, a.recomputed) for a in tables.allocations(data)] == [("final", {"alpha": 7, "beta": 3})]


def test_an_election_without_a_list_tier_is_skipped_not_the_end(tmp_path):
    """Two elections in one folder: the first (by id) has no list tier, the second is allocated as usual."""

    def make() -> LoadedData:
        root = folder(tmp_path, PARLIAMENT, {"final": FINAL})
        other = election_toml("").replace(ELECTION, "kz-2098-test")
        (root / "elections" / "kz-2098-test.toml").write_text(other, encoding="utf-8")
        (root / "results" / "kz-2098-test.final.csv").write_text(
            "area,line,count,percent,seats,as_of,source\nKZ,alpha,1,,,,cec\nKZ,beta,1,,,,cec\nKZ,none,1,,,,cec\n",
            encoding="utf-8",
        )
        return load(discover(root))

    data = kept(make, "no list tier first")
    assert list(data.elections) == ["kz-2098-test", ELECTION]
    assert [(a.election, a.recomputed) for a in tables.allocations(data)] == [(ELECTION, {"alpha": 7, "beta": 3})]
    outcomes = official.run(data, None)
    assert {o.election for o in outcomes if o.check == official.ALLOCATION} == {ELECTION}
    # the first election has no relation to a printed total either: no total outcome for it, the second's passes
    assert [(o.election, o.status) for o in outcomes if o.check == official.TOTAL] == [(ELECTION, Status.PASSED)]
    # nor any printed percentage: its percentages are not evaluated, the second's are, and pass
    assert [(o.election, o.status) for o in outcomes if o.check == official.PERCENT] == [
        ("kz-2098-test", Status.NOT_EVALUATED),
        (ELECTION, Status.PASSED),
    ]


# ---- the survivors of the mutation run (docs/mutation.md): each a behaviour no test above pinned down ----


def two_elections(tmp_path: Path, first: str, second: str, election: str = PARLIAMENT) -> list[Outcome]:
    """Two elections of the same shape in one folder: kz-2098-test with the `first` final results, the tiny
    election with the `second`."""

    def make() -> LoadedData:
        root = folder(tmp_path, election, {"final": second})
        (root / "elections" / "kz-2098-test.toml").write_text(election.replace(ELECTION, "kz-2098-test"), "utf-8")
        (root / "results" / "kz-2098-test.final.csv").write_text(
            "area,line,count,percent,seats,as_of,source\n" + first, encoding="utf-8"
        )
        return load(discover(root))

    data = kept(make, "two", first, second, election)
    assert [f.message for f in data.findings] == []
    return official.run(data, None)


def test_each_election_keeps_its_own_percentages_checked(tmp_path):
    """Both elections print consistent percentages (60.0 / 30.0 / 10.0 of 1,000): each is evaluated and passes;
    the second election's check does not forget the first's."""
    outcomes = two_elections(tmp_path, FINAL, FINAL)
    for eid in ("kz-2098-test", ELECTION):
        for check in (official.TOTAL, official.PERCENT, official.TURNOUT, official.SEATS, official.ALLOCATION):
            (o,) = [o for o in outcomes if o.check == check and o.election == eid]
            assert o.status is Status.PASSED


def test_each_election_keeps_its_own_wrong_percentage(tmp_path):
    """Alpha printed 60.1 in the first election (600 / 1,000 = 60.0) and beta 30.1 in the second (300 / 1,000 =
    30.0): one finding in each, neither lost to the other."""
    outcomes = two_elections(
        tmp_path, FINAL.replace("alpha,600,60.0", "alpha,600,60.1"), FINAL.replace("beta,300,30.0", "beta,300,30.1")
    )
    got = {o.election: [f.observed for f in o.findings] for o in outcomes if o.check == official.PERCENT}
    assert got == {"kz-2098-test": ["60.1"], ELECTION: ["30.1"]}


def test_an_area_without_a_printed_total_is_checked_against_its_option_votes(tmp_path):
    """Region r1 prints its total, r2 does not: r2's alpha 70.0 is still checked against r2's option votes
    (300 / 500 = 60.0 %) and flagged; the missing printed total makes no second calculation."""
    regions = (
        "r1,alpha,300,60.0,,,cec\nr1,beta,150,30.0,,,cec\nr1,none,50,10.0,,,cec\nr1,votes_total,500,,,,cec\n"
        "r2,alpha,300,70.0,,,cec\nr2,beta,150,30.0,,,cec\nr2,none,50,10.0,,,cec\n"
    )
    (f,) = by(run(tmp_path, final=FINAL + regions), official.PERCENT).findings
    assert f.message == (
        "Alpha at r2 printed 70.0%, but 300 / 500 = 60.000% (the sum of the option votes); a figure printed with "
        "1 decimals may differ by at most 0.05"
    )
    assert (f.row, f.expected) == (12, "60.0")  # header, six country rows, r1's four, then r2's alpha


def test_an_area_without_a_vote_has_no_percentage_to_check(tmp_path):
    """Region r0 printed 0 votes for every option with 0.0 %: a base of 0 votes gives no percentage, so r0 is not
    evaluated, and the country's own percentages pass."""
    zero = "r0,alpha,0,0.0,,,cec\nr0,beta,0,0.0,,,cec\nr0,none,0,0.0,,,cec\n"
    o = by(run(tmp_path, final=FINAL + zero), official.PERCENT)
    assert o.status is Status.PASSED and o.findings == []
    only = by(run(tmp_path / "b", election_toml(""), final=zero), official.PERCENT)
    assert only.status is Status.NOT_EVALUATED
    assert only.note == "no option has both a printed percentage and the votes and base to check it against"


def test_a_base_of_one_vote_is_a_base_and_a_printed_total_of_zero_is_none(tmp_path):
    """Region r1: alpha 1 vote, beta and against all 0, printed total 0. The option votes, 1, are a base:
    1 / 1 = 100 %, so alpha's printed 90.0 is flagged; the printed total 0 is no base and makes no calculation.
    The total check reports 1 against 0."""
    region = "r1,alpha,1,90.0,,,cec\nr1,beta,0,0.0,,,cec\nr1,none,0,0.0,,,cec\nr1,votes_total,0,,,,cec\n"
    outcomes = run(tmp_path, final=FINAL + region)
    (f,) = by(outcomes, official.PERCENT).findings
    assert f.message == (
        "Alpha at r1 printed 90.0%, but 1 / 1 = 100.000% (the sum of the option votes); a figure printed with "
        "1 decimals may differ by at most 0.05"
    )
    assert (f.row, f.observed, f.expected) == (8, "90.0", "100.0")
    (t,) = by(outcomes, official.TOTAL).findings
    assert t.message.startswith("at r1: options = 1 but votes_total = 0 (difference +1);")


def test_a_count_that_is_not_whole_is_shown_as_printed(tmp_path):
    """Alpha 600.5 (the schema check reports it): the options sum to 600.5 + 300 + 100 = 1,000.5 against the
    printed 1,000, and the total finding shows 1,000.5, not a truncated 1,000."""
    final = FINAL.replace("alpha,600,", "alpha,600.5,")
    data = kept(lambda: load(discover(folder(tmp_path, PARLIAMENT, {"final": final}))), "unchecked", final)
    (f,) = by(official.run(data, None), official.TOTAL).findings
    assert f.message.startswith("at KZ: options = 1,000.5 but votes_total = 1,000 ")
    assert (f.observed, f.expected) == ("1,000.5", "1,000")


# 650 + 230 + 120 (against all) = 1,000 votes, 10 seats, both parties over 5 % of 1,000 = 50.
# Hare: quota 880 / 10 = 88; 650 / 88 = 7.39, 230 / 88 = 2.61 -> 7 + 2, the last seat to beta's larger remainder: 7/3.
# D'Hondt: the ten largest of 650/k and 230/k are 650 325 230 216.7 162.5 130 115 108.3 92.9 81.25 (beta's 76.7 is
# eleventh): 8/2. Sainte-Laguë (1, 3, 5, ...): 650 230 216.7 130 92.9 76.7 72.2 59.1 50 46 (alpha's 43.3 is
# eleventh): 7/3.
SHAPED = (
    "KZ,alpha,650,65.0,{alpha},,cec\nKZ,beta,230,23.0,{beta},,cec\nKZ,none,120,12.0,0,,cec\n"
    "KZ,votes_total,1000,,,,cec\nKZ,voters_on_list,2000,,,,cec\nKZ,ballots_issued,1100,55.0,,,cec\n"
)


def test_another_method_is_named_though_against_all_is_printed_with_no_seat(tmp_path):
    """Printed 8/2 and 0 for against all (which takes no seats under any method): D'Hondt's 8/2 matches."""
    outcomes = run(tmp_path, final=SHAPED.format(alpha=8, beta=2))
    alpha, beta = by(outcomes, official.ALLOCATION).findings
    assert alpha.message == (
        "Alpha has 8 list seats; Hare quota with largest remainders with a 5% threshold gives 7 from the printed "
        "votes (all: 7/3); the printed seats follow D'Hondt instead"
    )
    assert beta.message.endswith("gives 3 from the printed votes (all: 7/3); the printed seats follow D'Hondt instead")


def test_the_other_methods_leave_out_the_elections_own(tmp_path):
    """Printed 7/3/0, the law's Hare: of the other methods only Sainte-Laguë gives 7/3 too (D'Hondt 8/2)."""
    data = tiny(tmp_path, PARLIAMENT, {"final": SHAPED.format(alpha=7, beta=3)})
    ctx = tables.Context.build(data)
    e = data.elections[ELECTION]
    rows = tables._seat_rows(ctx, ELECTION, e)
    printed = tables.printed_seats(rows)
    assert printed == {"alpha": 7, "beta": 3, "none": 0}
    assert tables.matching_methods(e, rows, printed) == ["sainte-lague"]
    assert tables.matching_methods(e, rows, {"alpha": 8, "beta": 2, "none": 0}) == ["dhondt"]


def test_no_allocation_without_a_list_tier(tmp_path):
    data = tiny(tmp_path, election_toml(""), {"final": "KZ,alpha,600,,,,cec\nKZ,beta,300,,,,cec\nKZ,none,100,,,,cec\n"})
    ctx = tables.Context.build(data)
    e = data.elections[ELECTION]
    rows = tables._seat_rows(ctx, ELECTION, e)
    assert len(rows) == 3 and tables.allocation_of(e, rows) is None
    assert tables.matching_methods(e, rows, {"alpha": 1}) == []


SUMMED = election_toml(TOOK_PART_LINES + TOOK_PART_SUM)


def test_a_line_that_also_counts_invalid_ballots_is_no_printed_total(tmp_path):
    """options + invalid == took_part: took_part is not the total of the option votes, so an options base is the
    1,000 option votes alone. Alpha printed 57.1 (600 / 1,050, with the invalid) is flagged: 600 / 1,000 = 60.0."""
    final = (
        "KZ,alpha,600,57.1,,,cec\nKZ,beta,300,30.0,,,cec\nKZ,none,100,10.0,,,cec\n"
        "KZ,invalid,50,,,,cec\nKZ,took_part,1050,,,,cec\n"
    )
    data = tiny(tmp_path, SUMMED, {"final": final})
    assert tables.printed_total_line(data.elections[ELECTION]) is None
    (f,) = by(official.run(data, None), official.PERCENT).findings
    assert f.message.startswith("Alpha at KZ printed 57.1%, but 600 / 1,000 = 60.000% (the sum of the option votes);")
    assert f.expected == "60.0"
    e = tiny(tmp_path / "r", REFERENDUM, {"final": REFERENDUM_FINAL}).elections[ELECTION]
    assert tables.printed_total_line(e) is None  # options + invalid == took_part there too


def test_line_counts_one_column_per_line_and_the_first_of_a_repeated_line(tmp_path):
    """A line printed twice at one area (two commission sources) is counted once, the first printing; lines that
    are not printed give an empty table, not a row of the first area."""
    ctx = tables.Context.build(tiny(tmp_path, PARLIAMENT, {"final": FINAL}))
    rows = ctx.rows
    again = rows[rows["line"] == "votes_total"].assign(count=999.0)
    wide = tables.line_counts(pd.concat([rows, again], ignore_index=True), {"votes_total", "voters_on_list"})
    assert wide[["area", "votes_total", "voters_on_list"]].astype({"area": str}).to_dict("records") == [
        {"area": "KZ", "votes_total": 1000.0, "voters_on_list": 2000.0}
    ]
    none = tables.line_counts(rows, {"no_such_line"})
    assert list(none.columns) == tables.GROUP and len(none) == 0


def test_a_total_line_never_printed_leaves_the_total_unchecked(tmp_path):
    """The election file relates the option votes to votes_total, but no area prints votes_total: nothing to sum
    against, so the total check is not evaluated (and nothing breaks)."""
    o = by(run(tmp_path, final=FINAL.replace("KZ,votes_total,1000,,,,cec\n", "")), official.TOTAL)
    assert (o.status, o.note, o.findings) == (Status.NOT_EVALUATED, "no printed total to sum the votes against", [])


REVERSED = election_toml(
    TOOK_PART_LINES
    + """
[[protocol.lines]]
id = "votes_total"
name = { en = "Votes for the options" }

[[protocol.relations]]
id = "took-part"
left = "took_part"
op = "=="
right = "options + invalid"
severity = "error"

[[protocol.relations]]
id = "total"
left = "votes_total"
op = "=="
right = "options"
severity = "error"
"""
)


def test_relations_with_the_option_votes_on_the_right(tmp_path):
    """took_part 1,051 against options + invalid = 600 + 300 + 100 + 50 = 1,050, located at the first printed line
    of the right side (invalid, row 5); votes_total 999 against the 1,000 option votes (the right side prints no
    line of its own)."""
    final = (
        "KZ,alpha,600,60.0,,,cec\nKZ,beta,300,30.0,,,cec\nKZ,none,100,10.0,,,cec\nKZ,invalid,50,,,,cec\n"
        "KZ,took_part,1051,,,,cec\nKZ,votes_total,999,,,,cec\n"
    )
    took_part, total = by(run(tmp_path, REVERSED, final=final), official.TOTAL).findings
    assert took_part.message.startswith("at KZ: took_part = 1,051 but options + invalid = 1,050 (difference +1);")
    assert (took_part.row, took_part.column) == (5, "count")
    assert total.message.startswith("at KZ: votes_total = 999 but options = 1,000 (difference -1);")


def test_a_status_printed_for_regions_only_has_no_seat_outcome(tmp_path):
    """Preliminary results for region r1 alone: no country-level rows, so the seat checks have nothing to say about
    them (not even 'no seats printed'); the final status is checked as usual."""
    preliminary = "r1,alpha,300,60.0,,,cec\nr1,beta,150,30.0,,,cec\nr1,none,50,10.0,,,cec\nr1,votes_total,500,,,,cec\n"
    outcomes = run(tmp_path, final=FINAL, preliminary=preliminary)
    for check in (official.SEATS, official.ALLOCATION):
        assert [(o.subject, o.status) for o in outcomes if o.check == check] == [("results:final", Status.PASSED)]


def test_each_status_gets_its_own_seat_outcomes(tmp_path):
    """Final: no seats printed and beta's votes missing, so nothing to recompute ('no seats printed', no 'gives').
    Preliminary: 7/3 printed, as Hare gives (see FINAL). Each status is judged on its own, in order."""
    final = FINAL.replace("60.0,7", "60.0,").replace("KZ,beta,300,30.0,3", "KZ,beta,,30.0,")
    outcomes = run(tmp_path, final=final, preliminary=FINAL)
    for check in (official.SEATS, official.ALLOCATION):
        got = [(o.subject, o.status, o.note, o.findings) for o in outcomes if o.check == check]
        assert got == [
            ("results:final", Status.NOT_EVALUATED, "no seats printed", []),
            ("results:preliminary", Status.PASSED, "", []),
        ]


def test_seats_printed_for_against_all_and_a_status_that_cannot_be_recomputed(tmp_path):
    """Final: 7 + 2 = 9 seats printed of 10, beta's votes missing: the sum fails, the allocation is not recomputed.
    Preliminary: alpha 7, beta 2 and 1 for against all, which takes no seats: Hare gives 7/3/0 (see FINAL), so beta
    (2, not 3) and against all (1, not 0) are flagged."""
    final = FINAL.replace("KZ,beta,300,30.0,3", "KZ,beta,,30.0,2")
    preliminary = FINAL.replace("30.0,3", "30.0,2").replace("KZ,none,100,10.0,", "KZ,none,100,10.0,1")
    outcomes = run(tmp_path, final=final, preliminary=preliminary)
    (s,) = by(outcomes, official.SEATS).findings
    assert (s.message, s.election, s.subject) == (
        "the printed list seats sum to 9, the list tier has 10",
        ELECTION,
        "results:final",
    )
    assert by(outcomes, official.ALLOCATION).status is Status.NOT_EVALUATED
    beta, none = by(outcomes, official.ALLOCATION, "results:preliminary").findings
    assert beta.message.startswith(
        "Beta has 2 list seats; Hare quota with largest remainders with a 5% threshold gives 3"
    )
    assert none.message == (
        "Against all has 1 list seats; Hare quota with largest remainders with a 5% threshold gives 0 from the "
        "printed votes (all: 7/3)"
    )
    assert (none.election, none.subject, none.row, none.column, none.observed, none.expected) == (
        ELECTION,
        "results:preliminary",
        4,
        "seats",
        1,
        0,
    )
