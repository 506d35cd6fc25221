"""Every poll check on real-shaped data: the bundled figures pass, a realistic defect fails with file and row."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import edit_rows, line_of

from kzcheck.model.findings import Finding, Severity, Status
from kzcheck.run import validate

E23 = "kz-2023-mazhilis"


def findings(data: Path, check: str, election: str = E23) -> list[Finding]:
    result = validate(data, [election])
    return [f for f in result.findings if f.check == check]


def outcome_statuses(data: Path, check: str, election: str = E23) -> set[Status]:
    result = validate(data, [election])
    return {o.status for o in result.outcomes if o.check == check}  # type: ignore[misc]


def figures(data: Path) -> Path:
    return data / "figures" / f"{E23}.csv"


def polls(data: Path) -> Path:
    return data / "polls" / f"{E23}.csv"


def is_figure(poll: str, option: str, source: str = "tass-2023-03-19"):
    return lambda r: r["poll"] == poll and r["option"] == option and r["source"] == source


def set_share(data: Path, poll: str, option: str, share: str) -> int:
    def change(rows):
        for r in rows:
            if is_figure(poll, option)(r):
                r["share"] = share
        return rows

    edit_rows(figures(data), change)
    return line_of(figures(data), is_figure(poll, option))


# Each case: the check id, and how to break the bundled 2023 data so that exactly that rule fails.
def negative(data: Path) -> int:
    return set_share(data, "iei", "baytaq", "-3.22")


def over_100(data: Path) -> int:
    return set_share(data, "democracy", "amanat", "153.33")


def duplicate_option(data: Path) -> int:
    def change(rows):
        extra = dict(next(r for r in rows if is_figure("sotsis-a", "jsdp")(r)))
        extra["option"] = "OSDP"  # an alias of jsdp: the same option twice
        return [*rows, extra]

    edit_rows(figures(data), change)
    return line_of(figures(data), lambda r: r["option"] == "OSDP")


def unknown_option(data: Path) -> int:
    def change(rows):
        for r in rows:
            if is_figure("sotsis-a", "baytaq")(r):
                r["option"] = "Baytk"
        return rows

    edit_rows(figures(data), change)
    return line_of(figures(data), lambda r: r["option"] == "Baytk")


def missing_option(data: Path) -> int:
    edit_rows(figures(data), lambda rows: [r for r in rows if not is_figure("democracy", "baytaq")(r)])
    return line_of(figures(data), lambda r: r["poll"] == "democracy" and r["source"] == "tass-2023-03-19")


def sum_97(data: Path) -> int:
    set_share(data, "sotsis-a", "amanat", "51.42")  # 54.42 - 3: the poll now sums to 97.00
    return line_of(figures(data), lambda r: r["poll"] == "sotsis-a" and r["source"] == "tass-2023-03-19")


def no_sample_size(data: Path) -> int:
    def change(rows):
        for r in rows:
            if r["poll"] == "democracy":
                r["sample_size"] = ""
        return rows

    edit_rows(polls(data), change)
    return line_of(polls(data), lambda r: r["poll"] == "democracy")


def zero_sample_size(data: Path) -> int:
    def change(rows):
        for r in rows:
            if r["poll"] == "iei":
                r["sample_size"] = "0"
        return rows

    edit_rows(polls(data), change)
    return line_of(polls(data), lambda r: r["poll"] == "iei")


def no_margin(data: Path) -> int:
    def change(rows):
        for r in rows:
            if r["poll"] == "sotsis-a":
                r["margin_of_error"] = ""
        return rows

    edit_rows(polls(data), change)
    return line_of(polls(data), lambda r: r["poll"] == "sotsis-a")


def turnout_over_100(data: Path) -> int:
    def change(rows):
        for r in rows:
            if r["poll"] == "iei":
                r["turnout_estimate"] = "153.25"
        return rows

    edit_rows(polls(data), change)
    return line_of(polls(data), lambda r: r["poll"] == "iei")


def orphan_poll(data: Path) -> int:
    def change(rows):
        for r in rows:
            if r["poll"] == "iei" and r["source"] == "tass-2023-03-19":
                r["poll"] = "iie"
        return rows

    edit_rows(figures(data), change)
    return line_of(figures(data), lambda r: r["poll"] == "iie")


def unknown_source(data: Path) -> int:
    def change(rows):
        for r in rows:
            if is_figure("sotsis-a", "auyl")(r):
                r["source"] = "tass-2023-03-91"
        return rows

    edit_rows(figures(data), change)
    return line_of(figures(data), lambda r: r["source"] == "tass-2023-03-91")


CASES = [
    ("poll.share-negative", negative, Severity.ERROR, "negative"),
    ("poll.share-over-100", over_100, Severity.ERROR, "over 100"),
    ("poll.option-once", duplicate_option, Severity.ERROR, "more than once"),
    ("poll.option-known", unknown_option, Severity.ERROR, "did you mean 'baytaq'"),
    ("poll.options-complete", missing_option, Severity.ERROR, "missing option: baytaq"),
    ("poll.sum", sum_97, Severity.ERROR, "sum to 97.00"),
    ("poll.sample-size", no_sample_size, Severity.ERROR, "no sample size"),
    ("poll.sample-size-positive", zero_sample_size, Severity.ERROR, "not positive"),
    ("poll.margin", no_margin, Severity.WARNING, "no margin of error"),
    ("poll.turnout-range", turnout_over_100, Severity.ERROR, "153.25"),
    ("poll.reference", orphan_poll, Severity.ERROR, "not listed"),
    ("source.reference", unknown_source, Severity.ERROR, "tass-2023-03-91"),
]


@pytest.mark.parametrize(("check", "breaker", "severity", "words"), CASES, ids=[c[0] for c in CASES])
def test_check_passes_on_bundled_data_and_fails_on_the_defect(data_copy, check, breaker, severity, words):
    assert findings(data_copy, check) == [], f"{check} should pass on the bundled 2023 data"
    line = breaker(data_copy)
    found = findings(data_copy, check)
    assert found, f"{check} did not catch the defect"
    hit = next((f for f in found if f.row == line), None)
    assert hit is not None, f"{check} findings {[(f.file, f.row) for f in found]} do not name line {line}"
    assert hit.severity is severity
    assert words in hit.message
    assert hit.file and hit.file.endswith(".csv")
    assert hit.election == E23


def test_sum_band_follows_printed_precision(data_copy):
    """100.09 from five figures (one at 1 decimal) is outside 100 ± 0.07; Tengrinews' 99.92 (72, 10.2) is inside."""
    found = findings(data_copy, "poll.sum", "kz-2021-mazhilis")
    assert [(f.subject, f.observed, f.expected) for f in found] == [
        ("poll:democracy@kazinform-2021-democracy", "100.09", "100 ± 0.07")
    ]
    assert found[0].acknowledged, "the Kazinform printing is a known defect listed in acknowledged.csv"


def test_qazmonitor_printing_of_iei_is_within_its_band(data_copy):
    """IEI as printed by QazMonitor sums to 100.03: seven 2-decimal figures and 8.9 allow ±0.085."""
    assert findings(data_copy, "poll.sum") == []


def test_gx_outcomes_cover_every_poll_and_source(data_copy):
    result = validate(data_copy, [E23])
    subjects = {o.subject for o in result.outcomes if o.check == "poll.sum"}
    assert "poll:iei@tass-2023-03-19" in subjects
    assert any(s and s.startswith("poll:iei@qazmonitor") for s in subjects)
    partial = ("poll:iei@thedaily-2023-iei", "poll:iei@news360-2023-iei")  # fact sheet §9: one option printed alone
    assert {o.status for o in result.outcomes if o.check == "poll.sum" and o.subject not in partial} == {Status.PASSED}
    assert {o.status for o in result.outcomes if o.check == "poll.sum" and o.subject in partial} == {
        Status.NOT_EVALUATED
    }


def test_schema_reports_every_failure_at_once(data_copy):
    results = data_copy / "results" / f"{E23}.final.csv"

    def change(rows):
        rows[0]["count"] = "-5"
        rows[1]["percent"] = "110.90"
        rows[2]["seats"] = "-1"
        return rows

    edit_rows(results, change)
    found = findings(data_copy, "schema.results")
    assert sorted((f.row, f.column) for f in found) == [(2, "count"), (3, "percent"), (4, "seats")]
    assert all(f.file and f.file.endswith("kz-2023-mazhilis.final.csv") for f in found)


def test_schema_duplicate_keys(data_copy):
    # A repeated key is met while reading: an exact repeat is a warning, a repeat with other values an error.
    edit_rows(polls(data_copy), lambda rows: [*rows, dict(rows[0]), {**rows[1], "sample_size": "1"}])
    found = findings(data_copy, "input.duplicate-row") + findings(data_copy, "input.conflicting-duplicate")
    assert [(f.check, f.severity) for f in found] == [
        ("input.duplicate-row", Severity.WARNING),
        ("input.conflicting-duplicate", Severity.ERROR),
    ]
    assert findings(data_copy, "schema.polls") == [], "each repeat is reported once"


def test_acknowledged_findings_do_not_fail_but_unacknowledged_do(data_copy):
    result = validate(data_copy)
    acknowledged = [f for f in result.findings if f.acknowledged]
    assert {f.subject for f in acknowledged} >= {"poll:osii", "poll:ipp-amanat"}
    assert result.exit_code(Severity.ERROR) == 0
    edit_rows(data_copy / "acknowledged.csv", lambda rows: [r for r in rows if r["subject"] != "poll:osii"])
    assert validate(data_copy).exit_code(Severity.ERROR) == 1


def test_source_dates_and_urls_are_checked(data_copy):
    path = data_copy / "sources.csv"

    def change(rows):
        rows[0]["published"] = "19 March"
        rows[1]["url"] = "tass.com/world/1590997"
        return rows

    assert findings(data_copy, "schema.sources") == []
    edit_rows(path, change)
    found = findings(data_copy, "schema.sources")
    assert sorted((f.row, f.column) for f in found) == [(2, "published"), (3, "url")]
    assert "ISO date" in found[0].message or "ISO date" in found[1].message


def test_a_check_that_breaks_is_reported_errored_and_the_rest_still_run(data_copy, monkeypatch):
    import kzcheck.checks.polls as polls_module

    def broken(data, config):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(polls_module, "run", broken)
    result = validate(data_copy, [E23])
    errored = [o for o in result.outcomes if o.status is Status.ERRORED]
    assert {o.check for o in errored} == {s.id for s in polls_module.SPECS}
    assert "simulated bug" in errored[0].note
    assert any(o.check == "poll.sum" and o.status is Status.PASSED for o in result.outcomes)
    assert result.exit_code(Severity.ERROR) == 1, "a check that could not run never passes silently"
