"""The consensus never trusts the misquote, and a poll that published only some answers is scored on its base."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import edit_rows, read_rows, write_rows

from kzcheck.analysis.reconciliation import reconcile
from kzcheck.checks import outlets
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load

E23, E24 = "kz-2023-mazhilis", "kz-2024-referendum"


def add_source(data: Path, source: str, outlet: str, published: str) -> None:
    header, rows = read_rows(data / "sources.csv")
    rows.append(
        {**{h: "" for h in header}, "source": source, "outlet": outlet, "published": published, "kind": "press"}
    )
    write_rows(data / "sources.csv", header, rows)


def reprint_iei(data: Path, source: str, baytaq: str) -> None:
    """Another outlet reprints IEI's 2023 poll as TASS printed it, with its own Baytaq figure."""

    def change(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        tass = [r for r in rows if r["poll"] == "iei" and r["source"] == "tass-2023-03-19"]
        return rows + [
            {**r, "source": source, "share": baytaq if r["option"] == "baytaq" else r["share"]} for r in tass
        ]

    edit_rows(data / "figures" / f"{E23}.csv", change)


def test_reconcile_never_uses_the_figure_compare_calls_a_misquote(data_copy: Path) -> None:
    """Three printings of IEI's Baytaq, one mistyped: 3.52 (published first), 3.22 (TASS), 3.2 (one decimal).

    With 3.52 the poll sums to 100.30, outside 100 ± 0.085 (seven figures at 2 decimals and 8.9: 7 × 0.005 + 0.05);
    with 3.22 to 100.00. Each value is printed by one outlet, so a count of outlets cannot decide, and the earliest
    publication is the mistyped one: the consensus must still take 3.22 (3.2 is 3.22 rounded, which supports it).
    """
    edit_rows(  # QazMonitor's 3.25 would make a second differing value: it prints 3.22 here
        data_copy / "figures" / f"{E23}.csv",
        lambda rows: [{**r, "share": "3.22"} if r["option"] == "baytaq" and r["poll"] == "iei" else r for r in rows],
    )
    add_source(data_copy, "early-test", "Early Wire", "2023-03-19")
    add_source(data_copy, "late-test", "Late Paper", "2023-03-22")
    reprint_iei(data_copy, "early-test", "3.52")
    reprint_iei(data_copy, "late-test", "3.2")
    data = load(discover(data_copy, [E23]))
    findings, agreed = outlets.outlet_disagreements(data)
    (f,) = [f for f in findings if "Baytaq is printed" in f.message]
    assert "probable misquote: 3.52 (Early Wire)" in f.message
    used = agreed[(agreed["poll"] == "iei") & (agreed["option"] == "baytaq")].iloc[0]
    assert used["share_text"] == "3.22"
    (iei,) = [e for e in reconcile(data) if e["poll"] == "iei"]
    baytaq = next(o for o in iei["options"] if o["option"] == "baytaq")
    assert baytaq["poll_share_text"] == "3.22"
    # official Baytaq 146,431 / 6,366,441 = 2.3000...; 3.22 - 2.30 = +0.92 (3.52 would have given +1.22)
    assert baytaq["error"] == pytest.approx(0.92, abs=0.001)


def test_one_typo_does_not_condemn_the_correct_figure_printed_beside_it(data_copy: Path) -> None:
    """An outlet prints Baytaq right (3.22) but AMANAT wrong (53.64 for 53.46): its own printing sums to 100.18, yet
    its 3.22 is judged with the other figures at their consensus (100.00) and is not called a misquote."""
    add_source(data_copy, "slip-test", "Slip Daily", "2023-03-19")

    def change(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        tass = [r for r in rows if r["poll"] == "iei" and r["source"] == "tass-2023-03-19"]
        extra = [
            {**r, "source": "slip-test", "share": "53.64" if r["option"] == "amanat" else r["share"]} for r in tass
        ]
        return extra + rows  # first in the file: the figures checked first are this outlet's

    edit_rows(data_copy / "figures" / f"{E23}.csv", change)
    findings, agreed = outlets.outlet_disagreements(load(discover(data_copy, [E23])))
    (baytaq,) = [f for f in findings if "Baytaq is printed" in f.message]
    assert "probable misquote: 3.25 (QazMonitor)" in baytaq.message or "cannot be told" in baytaq.message
    assert "probable misquote: 3.22" not in baytaq.message and "100.00 with 3.22 (within" in baytaq.message
    (amanat,) = [f for f in findings if "AMANAT is printed" in f.message]
    assert "probable misquote: 53.64 (Slip Daily)" in amanat.message and "digits transposed" in amanat.message
    used = agreed[(agreed["poll"] == "iei") & (agreed["option"] == "amanat")].iloc[0]
    assert used["share_text"] == "53.46"


def yes_only_poll(data: Path, share_base: str) -> None:
    header, rows = read_rows(data / "polls" / f"{E24}.csv")
    header += [c for c in ("published", "share_base") if c not in header]
    rows.append(
        {
            **{h: "" for h in header},
            "poll": "yes-only",
            "pollster": "A Test Institute",
            "method": "exit poll",
            "kind": "exit",
            "fieldwork": "2024-10-06",
            "scope": "national",
            "sample_size": "25000",
            "source": "yes-only-test",
            "published": "Yes",
            "share_base": share_base,
        }
    )
    write_rows(data / "polls" / f"{E24}.csv", header, rows)
    add_source(data, "yes-only-test", "Test Channel", "2024-10-07")
    edit_rows(
        data / "figures" / f"{E24}.csv",
        lambda rows: [
            *rows,
            {**rows[0], "poll": "yes-only", "source": "yes-only-test", "option": "yes", "share": "70.4"},
        ],
    )


def test_a_yes_only_exit_poll_is_recorded_as_printed_and_scored_on_its_declared_base(data_copy: Path) -> None:
    """Yes 70.4 of everyone who took part; officially 5,561,937 / 7,820,204 = 71.1227: error -0.7227."""
    from kzcheck.run import validate

    yes_only_poll(data_copy, "took_part")
    result = validate(data_copy, [E24])
    status = {(o.check, o.subject): o for o in result.outcomes}
    assert status[("poll.options-complete", "poll:yes-only@yes-only-test")].status.value == "passed"
    assert status[("poll.sum", "poll:yes-only@yes-only-test")].status.value == "not evaluated"
    assert not [f for f in result.findings if f.subject == "poll:yes-only@yes-only-test"]
    (entry,) = [e for e in reconcile(result.data) if e["poll"] == "yes-only"]
    assert entry["status"] == "reconciled" and entry["share_base"] == "took_part" and entry["share_base_stated"]
    (yes,) = entry["options"]
    assert yes["official_share"] == pytest.approx(71.1227, abs=1e-4)
    assert yes["error"] == pytest.approx(-0.7227, abs=1e-4)
    assert "declared base, everyone who took part" in entry["reason"]


def test_a_yes_only_poll_of_unknown_base_shows_both_readings(data_copy: Path) -> None:
    """Two-way: 5,561,937 / (5,561,937 + 2,045,271) = 73.1140, error -2.7140; of those who took part -0.7227."""
    yes_only_poll(data_copy, "")
    (entry,) = [e for e in reconcile(load(discover(data_copy, [E24]))) if e["poll"] == "yes-only"]
    assert entry["depends_on_base"] is True
    readings = {r["base"]: r["errors"]["yes"] for r in entry["readings"]}
    assert readings["options"] == pytest.approx(-2.7140, abs=1e-4)
    assert readings["took_part"] == pytest.approx(-0.7227, abs=1e-4)
    assert "the verdict depends on it" in entry["reason"]


def test_a_poll_sample_printed_alike_by_a_second_source_is_no_finding(data_copy: Path) -> None:
    """A second row of polls/ for IEI 2023 from another source, with the same 30,000 (as "30 000"): no finding, no
    input error; the poll's record stays its first row."""
    from kzcheck.analysis.printings import build

    add_source(data_copy, "second-test", "Second Wire", "2023-03-21")
    edit_rows(
        data_copy / "polls" / f"{E23}.csv",
        lambda rows: [*rows, {**rows[0], "source": "second-test", "sample_size": "30 000"}],
    )
    data = load(discover(data_copy, [E23]))
    assert not [f for f in data.findings if f.check.startswith("input.conflicting")]
    assert [c for c in build(data).comparisons if c.status == "poll"] == []
    assert len(data.polls[data.polls["poll"] == "iei"]) == 1 and data.poll_printings is not None
    assert len(data.poll_printings[data.poll_printings["poll"] == "iei"]) == 2
