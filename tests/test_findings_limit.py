"""The findings limit (kzcheck/listing.py): at most N findings of a check in an election are listed, the most
serious first; the rest are counted, one note stands for them, and the verdict and exit code never change."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.listing import ALL_ACKNOWLEDGED, LIMIT, cap
from kzcheck.model.findings import Finding, Outcome, RunResult, Severity, exit_code
from kzcheck.model.selection import narrow

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def f(check: str, severity: Severity, row: int, election: str = "e1", ack: str | None = None) -> Finding:
    return Finding(check, severity, f"row {row}", election=election, file="x.csv", row=row, acknowledged=ack)


def test_the_most_serious_are_listed_in_the_checks_order_and_the_rest_counted_by_severity():
    # One check, one election, two subjects: rows 1..6 = warning, error, info, acknowledged error, error, warning.
    first = Outcome("c", "e1", "s1", [f("c", W, 1), f("c", E, 2), f("c", INFO, 3)])
    second = Outcome("c", "e1", "s2", [f("c", E, 4, ack="known"), f("c", E, 5), f("c", W, 6)])
    other = Outcome("c", "e2", "s1", [f("c", E, 7, "e2"), f("c", E, 8, "e2")])  # another election: its own limit
    notes = cap([first, second, other], 3)
    # Ranked: errors that count (rows 2, 5), then warnings (1, 6): the first three are rows 2, 5 and 1.
    assert [x.row for x in first.findings] == [1, 2]
    assert [x.row for x in second.findings] == [5]
    assert first.omitted == {"info": 1} and second.omitted == {"error/acknowledged": 1, "warning": 1}
    assert [x.row for x in other.findings] == [7, 8] and other.omitted == {}
    [note] = notes
    assert (note.check, note.election, note.subject) == (LIMIT, "e1", "check:c")
    [n] = note.findings
    # Three not listed: the warning of row 6, the info of row 3, the acknowledged error of row 4.
    assert n.message.startswith("3 more findings of c in e1 are not listed (1 warning, 1 info, 1 acknowledged error)")
    assert "the first 3 are" in n.message and "--limit findings=none" in n.message
    assert n.severity is W and n.acknowledged is None  # the worst of those it stands for that count


def test_nothing_is_cut_at_or_under_the_limit_or_without_one():
    outcomes = [Outcome("c", "e1", "s", [f("c", E, r) for r in range(3)])]
    assert cap(outcomes, 3) == [] and len(outcomes[0].findings) == 3
    assert cap(outcomes, None) == [] and outcomes[0].omitted == {}


def test_a_note_for_acknowledged_findings_alone_is_acknowledged():
    o = Outcome("c", "e1", "s", [f("c", E, 1, ack="known"), f("c", W, 2, ack="known")])
    [note] = cap([o], 1)
    assert note.findings[0].acknowledged == ALL_ACKNOWLEDGED
    assert exit_code(note.findings, [note], INFO) == 0


def test_counts_include_the_unlisted_and_not_the_notes():
    o = Outcome("c", "e1", "s", [f("c", E, r) for r in range(5)] + [f("c", W, 9, ack="known")])
    before = RunResult("d", [], [o], {}).counts()
    notes = cap([o], 2)
    after = RunResult("d", [], [o, *notes], {})
    assert before == {"error": 5, "warning": 0, "info": 0, "acknowledged": 1}
    assert after.counts() == before and after.omitted() == 4


def test_narrowing_keeps_a_checks_notes_with_it_and_drops_unlisted_findings_below_the_severity():
    o = Outcome("c", "e1", "s", [f("c", E, 1), f("c", W, 2), f("c", INFO, 3)])
    elsewhere = Outcome("d", "e1", "s", [f("d", E, 4)])
    notes = cap([o, elsewhere], 1)
    result = RunResult("d", [], [o, elsewhere, *notes], {})
    picked = narrow(result, select=["c"])
    assert [x.check for x in picked.outcomes] == ["c", LIMIT]  # the note counts for c, so it comes with c
    serious = narrow(result, severity=W)
    # c's error and warning (one listed, one unlisted) and d's error: c's unlisted info is below the severity
    assert serious.counts() == {"error": 2, "warning": 1, "info": 0, "acknowledged": 0}


finding = st.builds(
    f,
    st.sampled_from(["a", "b"]),
    st.sampled_from([E, W, INFO]),
    st.integers(1, 50),
    st.sampled_from(["e1", "e2"]),
    st.sampled_from([None, None, "known"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(finding, max_size=30), st.integers(1, 6))
def test_the_verdict_exit_code_and_counts_never_change(findings: list[Finding], limit: int):
    groups: dict[tuple[str, str | None], list[Finding]] = {}
    for x in findings:
        groups.setdefault((x.check, x.election), []).append(x)
    outcomes = [Outcome(c, e, "s", list(fs)) for (c, e), fs in groups.items()]
    whole = RunResult("d", [], outcomes, {})
    before = {s: whole.exit_code(s) for s in Severity}, whole.verdict(), whole.counts()
    listed_before = Counter((x.check, x.election) for x in findings)
    notes = cap(outcomes, limit)
    cut = RunResult("d", [], outcomes + notes, {})
    assert ({s: cut.exit_code(s) for s in Severity}, cut.verdict(), cut.counts()) == before
    for (check, election), n in listed_before.items():
        shown = sum(len(o.findings) for o in outcomes if (o.check, o.election) == (check, election))
        assert shown == min(n, limit)
    assert len(notes) == sum(1 for n in listed_before.values() if n > limit)


def test_validate_lists_one_finding_per_check_and_election_and_counts_the_rest(cli):
    whole = cli("validate", "--format", "json")
    one = cli("validate", "--format", "json", "--limit", "findings=1")
    assert one.returncode == whole.returncode
    a, b = json.loads(whole.stdout), json.loads(one.stdout)
    assert b["counts"] == a["counts"]
    per_group = Counter((x["check"], x["election"]) for x in a["findings"])
    cut = {g: n for g, n in per_group.items() if n > 1}
    assert cut, "the bundled data has a check with two findings in one election"
    notes = {(x["election"], x["subject"]): x for x in b["findings"] if x["check"] == LIMIT}
    assert set(notes) == {(e, f"check:{c}") for c, e in cut}
    for (check, election), n in cut.items():
        assert notes[(election, f"check:{check}")]["message"].startswith(f"{n - 1} more findings of {check} ")
        listed = [x for x in b["findings"] if (x["check"], x["election"]) == (check, election)]
        assert len(listed) == 1
    omitted = sum(sum(o["omitted"].values()) for o in b["outcomes"])
    assert omitted == sum(n - 1 for n in cut.values())


def test_the_note_is_an_annotation_in_github_output():
    import io
    from dataclasses import replace

    from conftest import DATA

    from kzcheck.load import limits
    from kzcheck.render import github
    from kzcheck.run import validate

    limits.use(replace(limits.DEFAULT, findings=1))
    try:
        result = validate(DATA)
    finally:
        limits.use(limits.DEFAULT)
    out = io.StringIO()
    github.render(result, out)
    assert any(line.startswith("::") and "more findings of" in line for line in out.getvalue().splitlines())


def _negative_counts(tmp_path, acknowledged: bool = False):  # noqa: ANN001, ANN202
    from tiny_data import ELECTION, election_toml, folder

    # Five result lines, each with a negative count: five rows that break schema.results' `count >= 0`.
    lines = ["alpha", "beta", "none", "voters_on_list", "ballots_issued"]
    body = "".join(f"KZ,{line},-{n},,,,cec\n" for n, line in enumerate(lines, 1))
    data = folder(tmp_path, ELECTION, {"final": body}, figures=None)
    (data / "elections" / f"{ELECTION}.toml").write_text(
        election_toml(
            '[[protocol.lines]]\nid = "voters_on_list"\nname = "Voters"\n\n'
            '[[protocol.lines]]\nid = "ballots_issued"\nname = "Ballots issued"\n'
        ),
        encoding="utf-8",
    )
    if acknowledged:
        (data / "acknowledged.csv").write_text(
            f"check,election,subject,reason\nschema.results,{ELECTION},table:results,a known misprint\n",
            encoding="utf-8",
        )
    return data


def _validate_with(data, findings: int | None):  # noqa: ANN001, ANN202
    from dataclasses import replace

    from kzcheck.load import limits
    from kzcheck.run import validate

    limits.use(replace(limits.DEFAULT, findings=findings))
    try:
        return validate(data)
    finally:
        limits.use(limits.DEFAULT)


def test_a_table_whose_rows_all_fail_builds_only_the_listed_findings(tmp_path):
    data = _negative_counts(tmp_path)
    whole, cut = _validate_with(data, None), _validate_with(data, 2)
    schema = [f for f in whole.findings if f.check == "schema.results"]
    assert len(schema) == 5  # one per negative count
    assert [f.row for f in cut.findings if f.check == "schema.results"] == [2, 3]  # the first two rows, as listed
    [note] = [f for f in cut.findings if f.check == LIMIT]
    assert note.message.startswith("3 more findings of schema.results in kz-2099-test are not listed (3 errors)")
    assert cut.counts() == whole.counts() and cut.exit_code(Severity.ERROR) == whole.exit_code(Severity.ERROR) == 1


def test_an_acknowledgement_of_the_table_covers_its_unlisted_findings_too(tmp_path):
    data = _negative_counts(tmp_path, acknowledged=True)
    whole, cut = _validate_with(data, None), _validate_with(data, 2)
    assert whole.counts()["acknowledged"] >= 5 and cut.counts() == whole.counts()
    [note] = [f for f in cut.findings if f.check == LIMIT]
    assert "(3 acknowledged errors)" in note.message and note.acknowledged == ALL_ACKNOWLEDGED
    assert cut.exit_code(Severity.INFO) == whole.exit_code(Severity.INFO)


def test_the_schema_check_counts_rows_past_the_limit_without_building_their_findings(tmp_path):
    from tiny_data import ELECTION

    from kzcheck.checks.schema import capped_findings, schemas
    from kzcheck.load.dataset import discover
    from kzcheck.load.frames import load

    loaded = load(discover(_negative_counts(tmp_path)))
    findings, unlisted = capped_findings("results", loaded.results, schemas()["results"], limit=2)
    assert [f.row for f in findings] == [2, 3] and unlisted == {ELECTION: 3}
