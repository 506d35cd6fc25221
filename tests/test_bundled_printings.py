"""The fact sheet's §9 printings, bundled as their outlets printed them: each reported with its verdict, naming both
printings; where two outlets print the same correct figure, no finding."""

from __future__ import annotations

import pytest
from helpers import line_of

from kzcheck.load.dataset import BUNDLED
from kzcheck.model.findings import Finding, RunResult, Severity
from kzcheck.run import validate


@pytest.fixture(scope="module")
def result() -> RunResult:
    return validate(BUNDLED)


def one(result: RunResult, check: str, election: str, *texts: str) -> Finding:
    found = [
        f for f in result.findings if f.check == check and f.election == election and all(t in f.message for t in texts)
    ]
    assert len(found) == 1, [f.message for f in result.findings if f.check == check and f.election == election]
    return found[0]


E21, E22, E23, E24 = "kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis", "kz-2024-referendum"
RESULTS = "results/{}.{}.csv"

CASES = [  # (election, status file, printed, verdict, the printing's source, the figure used's source)
    (E23, "preliminary", "printed as 42.41", "digit misprinted", "diplomaticinsight-2023", "kazinform-2023-turnout"),
    (E23, "final", "printed as 52.90", "another base", "ruwikipedia-2023-mazhilis", "wikipedia-2023-mazhilis"),
    (E23, "preliminary", "printed as 10233", "digit misprinted", "diplomaticinformer-2023", "elkz-2023-stations"),
    (E21, "final", "printed as 13 ", "off by +1 from 12", "ruwikipedia-2021-mazhilis", "kazinform-2021-01-12"),
    (E22, "final", "printed as 6456393", "off by +1", "kazinform-2022-11-22", "cec-2022-11-22"),
    (E24, "final", "printed as 2 450 270", "digits transposed", "akmolinform-2024", "vestikavkaza-2024-10"),
    (E24, "final", "printed as 82724", "off by -5", "cmn-2024", "tass-2024-10-08"),
    (E24, "final", "printed as 7 820 204 млн", "unit word added", "akmolinform-2024", "tass-2024-10-08"),
    (E24, "final", "printed as 12 244 683 млн", "another time of day", "akmolinform-2024", "tass-2024-10-08"),
    (E24, "final", "printed as 63 by", "truncation", "vestikavkaza-2024-10-turnout", "tass-2024-10-08"),
    (E24, "final", "printed as 63.8 ", "another time of day", "rferl-2024-10", "tass-2024-10-08"),
    (E24, "final", "printed as 71.1 ", "rounding", "qatartribune-2024", "tass-2024-10-08"),
    (E24, "final", "printed as 5.5 million", "truncation", "qatartribune-2024", "tass-2024-10-08"),
    (E24, "final", "printed as 59 ", "another figure", "tass-2024-10-06-stations", "astanatimes-2024-10-stations"),
    (E24, "final", "printed as 7820918", "another time of day", "besmedia-2024", "tass-2024-10-08"),
]


@pytest.mark.parametrize(("election", "status", "printed", "verdict", "mine", "theirs"), CASES)
def test_each_official_printing_has_its_verdict_naming_both_printings(
    result: RunResult, election: str, status: str, printed: str, verdict: str, mine: str, theirs: str
) -> None:
    f = one(result, "printing.agree", election, printed, f": {verdict}" if verdict[0].isalpha() else verdict)
    assert verdict in f.message
    assert f"({mine}, " in f.message and f"({theirs}, " in f.message
    assert f.file is not None and f.file.endswith(RESULTS.format(election, status)) and f.row is not None
    assert f"{RESULTS.format(election, status)}:{f.row}" in f.message
    assert f.severity is (Severity.INFO if verdict in ("rounding", "truncation") else Severity.WARNING)


@pytest.mark.parametrize(
    ("election", "status", "source"),
    [
        (E23, "preliminary", "interfax-2023-astana"),  # Astana 42.91, as Kazinform printed it
        (E23, "preliminary", "astanatimes-2023-stations"),  # 10,223 stations, as el.kz printed it
        (E23, "final", "sputnik-2023-03-27"),  # 54.21, as Wikipedia printed it
    ],
)
def test_outlets_printing_the_same_correct_figure_give_no_finding(
    result: RunResult, election: str, status: str, source: str
) -> None:
    path = BUNDLED / RESULTS.format(election, status)
    row = line_of(path, lambda r: r["source"] == source)
    mine = [f for f in result.findings if f.file and f.file.endswith(RESULTS.format(election, status)) and f.row == row]
    assert not [f for f in mine if f.check.startswith("printing.")]
    named = [f for f in result.findings if f.check == "printing.agree" and f"({source}, " in f.message]
    assert named and all("also printed so by" in f.message for f in named)  # named as agreeing with the figure used
    assert not [f for f in result.findings if f.check.startswith("input.conflicting")]


def test_the_20_00_turnout_recorded_at_its_time_is_no_misprint(result: RunResult) -> None:
    assert not [f for f in result.findings if f.election == E23 and f.message.startswith("KZ: ballots_issued (20:00")]


@pytest.mark.parametrize(
    ("election", "texts", "severity"),
    [
        (E23, ("Aq Jol is printed", "7.8 is 7.87 cut short (truncated)"), Severity.INFO),
        (
            E23,
            ("People's Party of Kazakhstan is printed", "probable misquote: 6.5 (news360.es)", "digit dropped"),
            Severity.WARNING,
        ),
        (E23, ("Baytaq is printed", "3.25", "3.22", "cannot be told"), Severity.WARNING),
        (
            E22,
            ("Tokayev is printed", "probable misquote: 82.45", "another pollster's figure", "Open Society"),
            Severity.WARNING,
        ),
        (E21, ("Nur Otan is printed", "72.1", "72 by Tengrinews", "rounding explains"), Severity.INFO),
    ],
)
def test_each_poll_printing_has_its_verdict(
    result: RunResult, election: str, texts: tuple[str, ...], severity: Severity
) -> None:
    f = one(result, "outlets.agree", election, *texts)
    assert f.severity is severity
    assert f.file is not None and f.file.endswith(f"figures/{election}.csv")
    assert f.row is not None  # the printing that differs; both printings' rows are in the record (JSON)


def test_partial_printings_are_no_input_errors(result: RunResult) -> None:
    for subject in (
        "poll:iei@thedaily-2023-iei",
        "poll:iei@news360-2023-iei",
        "poll:ipp-amanat@trend-2022-ipp-headline",
    ):
        outcomes = [
            o for o in result.outcomes if o.subject == subject and o.check in ("poll.sum", "poll.options-complete")
        ]
        assert len(outcomes) == 2 and all(o.status.value == "not evaluated" for o in outcomes)
        assert all("partial printing" in o.note for o in outcomes)


def test_almaty_city_maslikhat_seats_follow_hare(result: RunResult) -> None:
    """21 list seats; parties at or above 5% of 291,756: quota 267,002 / 21 = 12,714.38; integer parts 11/3/3/1/1 = 19;
    the two left go to AMANAT (.918) and Baytaq (.830): 12/3/3/2/1, as printed."""
    e = "kz-2023-maslikhat-almaty"
    statuses = {o.check: o.status.value for o in result.outcomes if o.election == e}
    assert statuses["official.allocation"] == "passed" and statuses["official.seats"] == "passed"
    assert statuses["official.percent"] == "passed"
    assert not [f for f in result.findings if f.election == e and f.severity is not Severity.INFO]


@pytest.mark.parametrize(
    ("election", "printed", "verdict", "severity"),
    [
        (E21, "sample size printed as 244 тысячи", "digit doubled", Severity.WARNING),  # TASS: 24,000
        (E24, "sample size printed as 30 тысяч", "truncation", Severity.INFO),  # ortcom: 30,546
    ],
)
def test_a_poll_sample_printed_elsewhere_has_its_verdict(
    result: RunResult, election: str, printed: str, verdict: str, severity: Severity
) -> None:
    f = one(result, "printing.agree", election, printed)
    assert verdict in f.message and f.severity is severity
    assert f.file is not None and f.file.endswith(f"polls/{election}.csv")
    assert f.message.count(f"polls/{election}.csv:") == 2  # the reprint's row and the poll's record
