"""Same poll, several outlets: the real IEI Baytaq 3.22/3.25 split, misquotes, rounding-only differences, consensus."""

from __future__ import annotations

from pathlib import Path

from helpers import edit_rows, line_of

from kzcheck.analysis import consensus
from kzcheck.checks import outlets
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.model.findings import Severity, Status

E21, E23 = "kz-2021-mazhilis", "kz-2023-mazhilis"


def loaded(data: Path, election: str = E23):
    """The data loaded without the fact sheet's §9 partial reprints of IEI (Aq Jol and QHP printed alone), so a test
    sees the Baytaq split alone."""
    edit_rows(figures(data), lambda rows: [r for r in rows if r["source"] not in SECTION_9])
    return load(discover(data, [election]))


def figures(data: Path, election: str = E23) -> Path:
    return data / "figures" / f"{election}.csv"


def add_printing(data: Path, source: str, outlet: str, published: str, baytaq: str) -> None:
    """A third outlet reprinting IEI's 2023 poll from TASS, with its own Baytaq figure."""
    edit_rows(
        data / "sources.csv",
        lambda rows: [
            *rows,
            {**rows[0], "source": source, "outlet": outlet, "published": published, "url": "", "note": ""},
        ],
    )

    def change(rows):
        tass = [r for r in rows if r["poll"] == "iei" and r["source"] == "tass-2023-03-19"]
        return rows + [
            {**r, "source": source, "share": baytaq if r["option"] == "baytaq" else r["share"]} for r in tass
        ]

    edit_rows(figures(data), change)


def at(data: Path, source: str, option: str, poll: str = "iei", election: str = E23) -> str:
    """Where a printing is, as a message names it: the figures file and the row of that source's figure."""
    path = figures(data, election)
    row = line_of(path, lambda r: (r["poll"], r["source"], r["option"]) == (poll, source, option))
    return f"{path}:{row}"


def baytaq(findings):
    """The findings about IEI's Baytaq (the bundled data also holds the §9 reprints of IEI's Aq Jol and QHP)."""
    return [f for f in findings if "Baytaq is printed" in f.message]


SECTION_9 = ("thedaily-2023-iei", "news360-2023-iei")


def test_bundled_iei_baytaq_names_both_outlets_and_values(data_copy):
    findings, agreed = outlets.outlet_disagreements(loaded(data_copy))
    (f,) = baytaq(findings)
    assert f.severity is Severity.WARNING and f.subject == "poll:iei"
    for text in ("Baytaq", "3.22", "TASS", "3.25", "QazMonitor"):
        assert text in f.message
    # both printings fit the sum: 100.00 and 100.03 against a band of 7 x 0.005 + 0.05 = 0.085
    assert "100.00 with 3.22 (within 100 ± 0.085)" in f.message
    assert "100.03 with 3.25 (within 100 ± 0.085)" in f.message
    assert "cannot be told" in f.message
    # one outlet each: the earliest printing (TASS, 19 March) is used, and the finding points at the other one
    assert f.file.endswith(f"{E23}.csv") and f.row == line_of(
        figures(data_copy), lambda r: r["source"] == "qazmonitor-2023-03-20" and r["option"] == "baytaq"
    )
    used = agreed[(agreed["poll"] == "iei") & (agreed["option"] == "baytaq")].iloc[0]
    assert (used["share_text"], used["source"]) == ("3.22", "tass-2023-03-19")


def test_outlets_that_agree_pass(data_copy):
    def change(rows):
        for r in rows:
            if r["source"] == "qazmonitor-2023-03-20" and r["option"] == "baytaq":
                r["share"] = "3.22"
        return [r for r in rows if r["source"] not in SECTION_9]

    edit_rows(figures(data_copy), change)
    outcomes = [o for o in outlets.run(loaded(data_copy), None) if o.subject == "poll:iei"]
    assert [o.status for o in outcomes] == [Status.PASSED]


def test_majority_of_outlets_names_the_probable_misquote(data_copy):
    add_printing(data_copy, "kommersant-test", "Kommersant", "2023-03-21", "3.22")
    findings, agreed = outlets.outlet_disagreements(loaded(data_copy))
    (f,) = baytaq(findings)
    assert "probable misquote: 3.25 (QazMonitor)" in f.message
    assert "3.22 is printed by most outlets" in f.message
    used = agreed[(agreed["poll"] == "iei") & (agreed["option"] == "baytaq")].iloc[0]
    assert used["sources"] == ["tass-2023-03-19", "kommersant-test"]


def test_majority_beats_the_earliest_printing(data_copy):
    add_printing(data_copy, "kommersant-test", "Kommersant", "2023-03-21", "3.25")
    _, agreed = outlets.outlet_disagreements(loaded(data_copy))
    used = agreed[(agreed["poll"] == "iei") & (agreed["option"] == "baytaq")].iloc[0]
    assert (used["share_text"], used["outlets"]) == ("3.25", 2)


def test_a_coarser_printing_is_no_misquote_even_where_only_it_fits_the_sum(data_copy):
    """2021: Kazinform's printing sums to 100.09 (band 0.07), Tengrinews' to 99.92 (band 0.565). Tengrinews' 72 is
    72.1 rounded and its 10.2 is 10.27 cut short, so neither figure contradicts Kazinform's: the finer figures are
    used (as the fact sheet gives the poll) and the differences are explained, not called misquotes."""
    findings, _ = outlets.outlet_disagreements(loaded(data_copy, E21))
    by_option = {f.message.split("'s ")[1].split(" is printed")[0]: f for f in findings}
    aq_jol, nur_otan = by_option["Aq Jol"], by_option["Nur Otan"]
    assert aq_jol.severity is Severity.INFO and "probable misquote" not in aq_jol.message
    assert "10.2 is 10.27 cut short (truncated)" in aq_jol.message and "Used: 10.27 (Kazinform" in aq_jol.message
    assert "100.09 with 10.27 (outside 100 ± 0.07)" in aq_jol.message
    # 72 (0 decimals: 71.5..72.5) and 72.1 (72.05..72.15) can be roundings of one value: info, not a misquote
    assert nur_otan.severity is Severity.INFO and "rounding explains" in nur_otan.message
    assert "Used: 72.1 (Kazinform" in nur_otan.message


def test_poll_printed_once_is_not_evaluated(data_copy):
    outcomes = {o.subject: o for o in outlets.run(loaded(data_copy), None)}
    assert outcomes["poll:democracy"].status is Status.NOT_EVALUATED
    assert "one outlet" in outcomes["poll:democracy"].note


def published_on(data: Path, source: str, date: str) -> None:
    def change(rows):
        for r in rows:
            if r["source"] == source:
                r["published"] = date
        return rows

    edit_rows(data / "sources.csv", change)


def set_baytaq(data: Path, source: str, share: str) -> None:
    def change(rows):
        for r in rows:
            if r["poll"] == "iei" and r["source"] == source and r["option"] == "baytaq":
                r["share"] = share
        return rows

    edit_rows(figures(data), change)


def used_because(data: Path) -> str:
    (f,) = outlets.outlet_disagreements(loaded(data))[0]
    return f.message.split("Used: ")[1]


def test_a_tie_between_outlets_goes_to_the_earlier_printing_and_says_so(data_copy):
    """IEI's Baytaq: 3.22 by TASS (19 March), 3.25 by QazMonitor (20 March), one outlet each."""
    assert used_because(data_copy) == "3.22 (TASS, published first)"


def test_printed_the_same_day_the_more_precise_printing_wins(data_copy):
    """Both on 19 March; QazMonitor prints 3.2 (1 decimal) against TASS's 3.22 (2 decimals)."""
    published_on(data_copy, "qazmonitor-2023-03-20", "2023-03-19")
    set_baytaq(data_copy, "qazmonitor-2023-03-20", "3.2")
    assert used_because(data_copy) == "3.22 (TASS, printed with more decimals)"


def test_printed_the_same_day_with_the_same_precision_the_file_order_decides(data_copy):
    """Both on 19 March, both with 2 decimals: TASS's row comes first in the figures file."""
    published_on(data_copy, "qazmonitor-2023-03-20", "2023-03-19")
    assert used_because(data_copy) == "3.22 (TASS, first in the file)"


def test_disagreement_table_lists_each_printing_and_the_value_used(data_copy):
    (row,) = consensus.outlet_disagreements(loaded(data_copy))
    path = figures(data_copy)
    tass = line_of(path, lambda r: r["poll"] == "iei" and r["source"] == "tass-2023-03-19" and r["option"] == "baytaq")
    qaz = line_of(path, lambda r: r["source"] == "qazmonitor-2023-03-20" and r["option"] == "baytaq")
    assert (row.election, row.poll, row.option) == (E23, "iei", "baytaq")
    assert [(p.source, p.share, p.row) for p in row.printings] == [
        ("tass-2023-03-19", "3.22", tass),
        ("qazmonitor-2023-03-20", "3.25", qaz),
    ]
    assert all(p.file.endswith(f"{E23}.csv") for p in row.printings)
    said = outlets.finding(row)  # the check's finding on the record: its message and severity (kzcheck.checks.outlets)
    assert (row.used, row.used_source, said.severity) == ("3.22", "tass-2023-03-19", "warning")
    assert (row.file, row.row) == (row.printings[1].file, qaz)  # the printing that differs from the value used
    assert "Baytaq" in said.message and "3.25" in said.message


def test_no_disagreement_no_table(data_copy):
    set_baytaq(data_copy, "qazmonitor-2023-03-20", "3.22")
    assert consensus.outlet_disagreements(loaded(data_copy)) == []


def test_the_whole_message_a_reader_gets_for_a_split_without_a_majority(data_copy):
    """IEI 2023, Baytaq: TASS's printing sums to 53.46 + 10.52 + 8.9 + 7.87 + 6.25 + 5.31 + 3.22 + 4.47 = 100.00,
    QazMonitor's (3.25) to 100.03; band 7 x 0.005 + 0.05 (8.9 has one decimal) = 0.085: both fit, one outlet each."""
    (f,) = outlets.outlet_disagreements(loaded(data_copy))[0]
    tass, qazmonitor = at(data_copy, "tass-2023-03-19", "baytaq"), at(data_copy, "qazmonitor-2023-03-20", "baytaq")
    assert f.message == (
        f"Institute of Eurasian Integration's Baytaq is printed as 3.22 by TASS (tass-2023-03-19, {tass}), "
        f"3.25 by QazMonitor (qazmonitor-2023-03-20, {qazmonitor}): which is right cannot be told from the figures. "
        "The poll sums to 100.00 with 3.22 (within 100 ± 0.085) and to 100.03 with 3.25 (within 100 ± 0.085); "
        "no value is printed by more outlets than the others. Used: 3.22 (TASS, published first)"
    )
    assert f.observed == "3.22 (tass-2023-03-19) / 3.25 (qazmonitor-2023-03-20)"
    assert f.expected == "one value (3.22 used)"


def test_the_whole_messages_for_a_rounding_difference_and_a_truncation(data_copy):
    """Institute of Democracy 2021. Each figure is judged with the other options at their consensus (72.1, 10.27,
    9.54, 4.93, 3.25): Nur Otan 72.1 gives 100.09 (band 0.05 + 4 x 0.005 = 0.07: outside), 72 gives 99.99 (band
    0.5 + 4 x 0.005 = 0.52: within); Aq Jol 10.27 gives 100.09 (outside), 10.2 gives 100.02 (band 0.05 + 0.05 +
    3 x 0.005 = 0.115: within). 72 and 72.1 are one number at two precisions: rounding, and the finer is used.
    10.2 is 10.27 truncated, so it supports 10.27 while 10.27 does not support 10.2: 10.27 has both printings'
    support (docs/methods.md §7.3) and the coarser figure's looser sum is no evidence against it."""
    findings = {
        f.message.split("'s ")[1].split(" is printed")[0]: f
        for f in outlets.outlet_disagreements(loaded(data_copy, E21))[0]
    }

    def by(outlet: str, option: str) -> str:
        source = f"{outlet.lower()}-2021-democracy"
        return f"{outlet} ({source}, {at(data_copy, source, option, 'democracy', E21)})"

    assert findings["Nur Otan"].message == (
        f"Institute of Democracy's Nur Otan is printed as 72.1 by {by('Kazinform', 'nur-otan')}, "
        f"72 by {by('Tengrinews', 'nur-otan')}: a difference rounding explains. "
        "The poll sums to 100.09 with 72.1 (outside 100 ± 0.07) and to 99.99 with 72 (within 100 ± 0.52); "
        "no value is printed by more outlets than the others. Used: 72.1 (Kazinform, printed with more decimals)"
    )
    assert findings["Aq Jol"].message == (
        f"Institute of Democracy's Aq Jol is printed as 10.27 by {by('Kazinform', 'aq-jol')}, "
        f"10.2 by {by('Tengrinews', 'aq-jol')}: 10.2 is 10.27 cut short (truncated), not rounded. "
        "The poll sums to 100.09 with 10.27 (outside 100 ± 0.07) and to 100.02 with 10.2 (within 100 ± 0.115); "
        "no value is printed by more outlets than the others. Used: 10.27 (Kazinform, supported by 2 of 2 printings)"
    )


def test_two_outlets_with_one_value_are_named_together(data_copy):
    add_printing(data_copy, "kommersant-test", "Kommersant", "2023-03-21", "3.22")
    (f,) = outlets.outlet_disagreements(loaded(data_copy))[0]
    tass, kommersant = at(data_copy, "tass-2023-03-19", "baytaq"), at(data_copy, "kommersant-test", "baytaq")
    qazmonitor = at(data_copy, "qazmonitor-2023-03-20", "baytaq")
    assert f.message.startswith(
        f"Institute of Eurasian Integration's Baytaq is printed as 3.22 by TASS (tass-2023-03-19, {tass}) and "
        f"Kommersant (kommersant-test, {kommersant}), 3.25 by QazMonitor (qazmonitor-2023-03-20, {qazmonitor}): "
        "probable misquote: 3.25 (QazMonitor)."
    )
    assert f.message.endswith("3.22 is printed by most outlets. Used: 3.22 (TASS, printed by most outlets)")


def test_an_outlet_printing_part_of_a_poll_is_summed_with_the_consensus_for_the_rest(data_copy):
    """QazMonitor keeps AMANAT 53.46 and Baytaq 3.25 only; its sum takes TASS's other six figures:
    53.46 + 3.25 + 10.52 + 8.9 + 7.87 + 6.25 + 5.31 + 4.47 = 100.03, band the same 0.085."""
    edit_rows(
        figures(data_copy),
        lambda rows: [r for r in rows if r["source"] != "qazmonitor-2023-03-20" or r["option"] in ("amanat", "baytaq")],
    )
    (f,) = outlets.outlet_disagreements(loaded(data_copy))[0]
    assert "to 100.03 with 3.25 (within 100 ± 0.085)" in f.message


def test_a_split_within_the_rounding_band_of_the_sum_edge(data_copy):
    """Both printings of a three-way tie of values: 3.22 (TASS), 3.25 (QazMonitor), 3.28 (a third outlet) — no
    majority, and 3.28 makes the sum 100.06, still within 0.085: no suspect, nothing can be told."""
    add_printing(data_copy, "kommersant-test", "Kommersant", "2023-03-21", "3.28")
    (f,) = outlets.outlet_disagreements(loaded(data_copy))[0]
    assert "to 100.06 with 3.28 (within 100 ± 0.085)" in f.message
    assert ": which is right cannot be told from the figures." in f.message
