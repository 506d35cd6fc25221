"""Every figure is a printing: a new election's official result printed by the commission and by the press.

The data is written here, real-shaped (a party-list contest of 1,000,000 votes, turnout by region at 20:00), and every
expected figure is worked by hand in the comments:

    votes    A 512,348   B 241,906   C 148,227   D 61,390   against all 36,129   total 1,000,000
    percent  51.23 (51.2348)  24.19 (24.1906)  14.82 (14.8227)  6.14 (6.1390)  3.61 (3.6129)
    seats    20 list seats, Hare, 5% threshold: quota 963,871 / 20 = 48,193.55; integer parts 10/5/3/1 = 19;
             the last seat to A (remainder .631 against D .274, C .076, B .020): A 11, B 5, C 3, D 1
    turnout  final: 1,012,876 of 1,874,512 = 54.0341 -> 54.03; valid votes over the list 1,000,000 / 1,874,512
             = 53.3472 -> 53.35; at 20:00: 990,412 of the start-of-day list 1,871,044 = 52.9337 -> 52.93
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzcheck.checks import printings
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.methods.verdicts import Kind
from kzcheck.model.findings import Finding, Severity

E = "kz-2027-kurultai"

ELECTION = f"""
id = "{E}"
name = "Kurultai election (test data)"
kind = "parliamentary"
date = 2027-08-22
percent_base = "options"
areas = "kurultai"

[[options]]
id = "a"
name = {{ en = "Party A" }}
[[options]]
id = "b"
name = {{ en = "Party B" }}
[[options]]
id = "c"
name = {{ en = "Party C" }}
[[options]]
id = "d"
name = {{ en = "Party D" }}
[[options]]
id = "against-all"
name = {{ en = "against all" }}
seat_eligible = false

[[tiers]]
id = "list"
seats = 20
method = "hare"
threshold = 5.0

[[protocol.lines]]
id = "voters_on_list"
[[protocol.lines]]
id = "ballots_issued"
percent_of = "voters_on_list"
monotonic_intraday = true
[[protocol.lines]]
id = "votes_total"
"""

SOURCES = """source,outlet,url,published,language,note,kind,relays
cec,Central Election Commission,https://example.org/cec,2027-08-24,en,,commission,
agency,News Agency,https://example.org/agency,2027-08-24,en,,press,commission
paper,The Daily Paper,https://example.org/paper,2027-08-25,en,,press,
blog,A Blog,https://example.org/blog,2027-08-25,en,,press,
"""

AREAS = """area,parent,level,name_en
KZ,,country,Kazakhstan
north,KZ,region,North
south,KZ,region,South
east,KZ,region,East
west,KZ,region,West
"""

FINAL = [  # the commission's final result
    ("KZ", "a", "512348", "51.23", "11"),
    ("KZ", "b", "241906", "24.19", "5"),
    ("KZ", "c", "148227", "14.82", "3"),
    ("KZ", "d", "61390", "6.14", "1"),
    ("KZ", "against-all", "36129", "3.61", ""),
    ("KZ", "votes_total", "1000000", "", ""),
    ("KZ", "voters_on_list", "1874512", "", ""),
    ("KZ", "ballots_issued", "1012876", "54.03", ""),
]
INTRADAY = [  # the commission's turnout at 20:00, on the start-of-day list
    ("KZ", "voters_on_list", "1871044", ""),
    ("KZ", "ballots_issued", "990412", "52.93"),
    ("north", "ballots_issued", "", "57.02"),
    ("south", "ballots_issued", "", "60.01"),
    ("east", "ballots_issued", "", "58.44"),
    ("west", "ballots_issued", "", "51.23"),
]


def write(data: Path, final_extra: list[tuple[str, ...]] = (), intraday_extra: list[tuple[str, ...]] = ()) -> Path:  # type: ignore[assignment]
    for sub in ("elections", "results", "areas"):
        (data / sub).mkdir(parents=True, exist_ok=True)
    (data / "elections" / f"{E}.toml").write_text(ELECTION, encoding="utf-8")
    (data / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (data / "areas" / "kurultai.csv").write_text(AREAS, encoding="utf-8")
    final = "area,line,count,percent,seats,as_of,source\n" + "".join(
        f"{a},{ln},{c},{p},{s},,cec\n" for a, ln, c, p, s in FINAL
    )
    final += "".join(",".join(r) + "\n" for r in final_extra)
    (data / "results" / f"{E}.final.csv").write_text(final, encoding="utf-8")
    day = "area,line,count,percent,seats,as_of,source\n" + "".join(
        f"{a},{ln},{c},{p},,20:00,cec\n" for a, ln, c, p in INTRADAY
    )
    day += "".join(",".join(r) + "\n" for r in intraday_extra)
    (data / "results" / f"{E}.intraday.csv").write_text(day, encoding="utf-8")
    return data


def press_copy(source: str = "paper", **changes: tuple[str, str, str]) -> list[tuple[str, ...]]:
    """The final result as a press source printed it: every row of the commission's, with `changes` per line."""
    rows = []
    for a, ln, c, p, s in FINAL:
        c, p, s = changes.get(ln.replace("-", "_"), (c, p, s))
        rows.append((a, ln, c, p, s, "", source))
    return rows


def run(data: Path) -> tuple[dict[str, list[Finding]], list[Finding]]:
    loaded = load(discover(data, [E]))
    found: dict[str, list[Finding]] = {}
    for o in printings.run(loaded, None):
        found.setdefault(o.check, []).extend(o.findings)
    return found, loaded.findings


def agree(data: Path) -> list[Finding]:
    found, input_findings = run(data)
    assert not [f for f in input_findings if f.severity is Severity.ERROR], input_findings
    return found[printings.AGREE]


# --- the same figure printed correctly by a second source -------------------------------------------------------------


def test_a_second_source_printing_the_same_figures_gives_no_finding(tmp_path: Path) -> None:
    data = write(tmp_path, final_extra=press_copy("paper") + press_copy("agency"))
    found, input_findings = run(data)
    assert input_findings == []  # never an input error (no conflicting duplicate)
    assert all(found[c] == [] for c in found), found
    loaded = load(discover(data, [E]))
    assert len(loaded.printings) == len(FINAL) * 3 + len(INTRADAY)
    assert len(loaded.results) == len(FINAL) + len(INTRADAY)  # one row per figure for the official checks


def test_the_same_number_at_another_precision_is_the_same_printing(tmp_path: Path) -> None:
    data = write(tmp_path, final_extra=[("KZ", "a", "512 348", "51.230", "11", "", "paper")])
    assert agree(data) == []


def test_a_source_contradicting_itself_is_still_an_input_error(tmp_path: Path) -> None:
    data = write(
        tmp_path, final_extra=[("KZ", "a", "", "51.23", "", "", "paper"), ("KZ", "a", "", "52.23", "", "", "paper")]
    )
    _, input_findings = run(data)
    assert [f.check for f in input_findings] == ["input.conflicting-duplicate"]


# --- a press printing with three misprints ----------------------------------------------------------------------------


def test_three_misprints_give_three_findings_and_none_on_the_correct_figures(tmp_path: Path) -> None:
    # B's percentage 24.91 (24.19 with two digits swapped), C's seats 4 (the law gives 3), D's count 61,440 (50 more)
    rows = press_copy(b=("241906", "24.91", "5"), c=("148227", "14.82", "4"), d=("61440", "6.14", "1"))
    data = write(tmp_path, final_extra=rows)
    found = agree(data)
    by_line = {(f.subject, f.column): f for f in found}
    assert len(found) == 3, [f.message for f in found]
    pct = by_line[("area:KZ/b@final", "percent")]
    seats = by_line[("area:KZ/c@final", "seats")]
    count = by_line[("area:KZ/d@final", "count")]
    assert "digits transposed" in pct.message and "24.91" in pct.message and "24.19" in pct.message
    assert "off by +1 from 3" in seats.message
    assert "off by +50 from 61390" in count.message
    # each names both printings, file and row: the paper's rows 10, 12 and 13, the commission's rows 3, 4 and 5
    final = f"{E}.final.csv"
    for f, mine, theirs in ((pct, 11, 3), (seats, 12, 4), (count, 13, 5)):
        assert f.row == mine and f.file.endswith(final)
        assert f"{final}:{mine}" in f.message and f"{final}:{theirs}" in f.message
        assert f.severity is Severity.WARNING


def test_the_official_checks_use_the_commission_figures_not_the_misprints(tmp_path: Path) -> None:
    from kzcheck.checks import official

    rows = press_copy(b=("241906", "24.91", "5"), c=("148227", "14.82", "4"), d=("61440", "6.14", "1"))
    data = write(tmp_path, final_extra=rows)
    loaded = load(discover(data, [E]))
    outcomes = official.run(loaded, None)
    assert [f.message for o in outcomes for f in o.findings] == []


# --- one verdict per kind: a failing printing, and the correct printing beside it -------------------------------------


@pytest.mark.parametrize(
    ("line", "printed", "kind", "severity"),
    [
        ("b", ("", "24.2", ""), Kind.ROUNDING, Severity.INFO),  # 24.19 to one decimal
        ("b", ("", "24.1", ""), Kind.TRUNCATION, Severity.INFO),  # 24.19 cut, not rounded
        ("b", ("241 тысяч", "", ""), Kind.TRUNCATION, Severity.INFO),  # 241,906 cut at thousands (rounds to 242)
        ("a", ("512 тысяч", "", ""), Kind.ROUNDING, Severity.INFO),  # 512,348 to the thousand
        ("a", ("0.5 million", "", ""), Kind.ROUNDING, Severity.INFO),  # 512,348 to 0.1 million
        ("b", ("", "24.16", ""), Kind.DIGIT, Severity.WARNING),  # one digit differs
        ("a", ("512384", "", ""), Kind.TRANSPOSED, Severity.WARNING),  # 48 -> 84
        ("a", ("51234", "", ""), Kind.DIGIT, Severity.WARNING),  # a digit dropped
        ("a", ("5123448", "", ""), Kind.DIGIT, Severity.WARNING),  # a digit doubled
        ("a", ("512349", "", ""), Kind.OFF_BY, Severity.WARNING),  # off by one
        ("a", ("512348 млн", "", ""), Kind.UNIT_WORD, Severity.WARNING),  # a unit word added to the exact count
        ("ballots_issued", ("", "52.93", ""), Kind.ANOTHER_TIME, Severity.WARNING),  # the 20:00 figure as the final
        ("ballots_issued", ("990412", "", ""), Kind.ANOTHER_TIME, Severity.WARNING),  # the 20:00 count as the final
        ("ballots_issued", ("", "53.35", ""), Kind.ANOTHER_BASE, Severity.WARNING),  # valid votes over the list
        ("c", ("", "24.19", ""), Kind.ANOTHER_FIGURE, Severity.WARNING),  # B's percentage under C
        ("a", ("", "47.85", ""), Kind.MISPRINT, Severity.WARNING),  # nothing explains it
    ],
)
def test_each_verdict(tmp_path: Path, line: str, printed: tuple[str, str, str], kind: Kind, severity: Severity) -> None:
    count, percent, seats = printed
    wrong = ("KZ", line, count, percent, seats, "", "paper")
    right = next(r for r in press_copy("agency") if r[1] == line)  # the agency prints the commission's figure
    found = agree(write(tmp_path, final_extra=[wrong, right]))
    assert len(found) == 1, [f.message for f in found]
    (f,) = found
    assert f"{kind}:" in f.message and f.severity is severity
    assert "paper" in f.message and "cec" in f.message  # both printings named
    assert "agency" in f.message  # the agreeing second printing is named as agreeing, not as a finding


def test_a_complement_on_the_wrong_base(tmp_path: Path) -> None:
    """A referendum whose base is everyone who took part (invalid included): No is not 100 − Yes.

    Yes 612,408 + No 301,222 + invalid 18,775 = 932,405 took part; Yes 612,408 / 932,405 = 65.6805 -> 65.68,
    No 301,222 / 932,405 = 32.3059 -> 32.31; 100 − 65.68 = 34.32.
    """
    election = (
        'id = "kz-2027-ref"\nname = "Referendum (test data)"\nkind = "referendum"\ndate = 2027-03-01\n'
        'percent_base = "took_part"\n[[options]]\nid = "yes"\nname = { en = "Yes" }\nseat_eligible = false\n'
        '[[options]]\nid = "no"\nname = { en = "No" }\nseat_eligible = false\n'
        '[[protocol.lines]]\nid = "took_part"\n[[protocol.lines]]\nid = "invalid"\n'
    )
    for sub in ("elections", "results"):
        (tmp_path / sub).mkdir()
    (tmp_path / "elections" / "kz-2027-ref.toml").write_text(election, encoding="utf-8")
    (tmp_path / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "results" / "kz-2027-ref.final.csv").write_text(
        "area,line,count,percent,seats,as_of,source\n"
        "KZ,yes,612408,65.68,,,cec\nKZ,no,301222,32.31,,,cec\nKZ,invalid,18775,,,,cec\nKZ,took_part,932405,,,,cec\n"
        "KZ,no,,34.32,,,paper\nKZ,no,,32.31,,,agency\n",
        encoding="utf-8",
    )
    loaded = load(discover(tmp_path, ["kz-2027-ref"]))
    found = [f for o in printings.run(loaded, None) if o.check == printings.AGREE for f in o.findings]
    (f,) = found
    assert f"{Kind.COMPLEMENT}:" in f.message and "34.32" in f.message and "32.31" in f.message


# --- lists ------------------------------------------------------------------------------------------------------------


def test_a_regional_list_shifted_by_one_row(tmp_path: Path) -> None:
    # the blog copies the commission's 20:00 list one row off: north shows south's 60.01, south east's 58.44, ...
    shifted = [
        ("north", "ballots_issued", "", "60.01", "", "20:00", "blog"),
        ("south", "ballots_issued", "", "58.44", "", "20:00", "blog"),
        ("east", "ballots_issued", "", "51.23", "", "20:00", "blog"),
        ("west", "ballots_issued", "", "51.23", "", "20:00", "blog"),
    ]
    found, _ = run(write(tmp_path, intraday_extra=shifted))
    lists = found[printings.LISTS]
    shift = [f for f in lists if "shifted by one row" in f.message]
    assert len(shift) == 1 and "north, south, east" in shift[0].message
    assert "A Blog" in shift[0].message and "Central Election Commission" in shift[0].message
    # west printed with east's value: two areas with one value at one time, the figure used differs for one
    repeated = [f for f in lists if "with one value" in f.message]
    assert len(repeated) == 1 and "east and west" in repeated[0].message and repeated[0].severity is Severity.WARNING
    # the shifted rows are reported once, as a shift, not as four misprints
    assert [f.row for f in found[printings.AGREE]] == []


def test_a_list_printed_alike_by_a_second_source_passes(tmp_path: Path) -> None:
    same = [(a, ln, c, p, "", "20:00", "blog") for a, ln, c, p in INTRADAY if a != "KZ"]
    found, _ = run(write(tmp_path, intraday_extra=same))
    assert found[printings.LISTS] == [] and found[printings.AGREE] == []


def test_intraday_above_the_final(tmp_path: Path) -> None:
    data = write(tmp_path)
    path = data / "results" / f"{E}.intraday.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("990412", "1013000"), encoding="utf-8")
    found, _ = run(data)
    (f,) = found[printings.ABOVE]
    assert "1,013,000" in f.message and "1,012,876" in f.message and "by 124" in f.message


def test_intraday_below_the_final_passes(tmp_path: Path) -> None:
    found, _ = run(write(tmp_path))
    assert found[printings.ABOVE] == []


def test_a_source_own_series_falling(tmp_path: Path) -> None:
    series = [
        ("north", "ballots_issued", "", "55.10", "", "18:00", "blog"),
        ("north", "ballots_issued", "", "54.80", "", "19:00", "blog"),
    ]
    found, _ = run(write(tmp_path, intraday_extra=series))
    (f,) = found[printings.SERIES]
    assert "55.10 at 18:00 to 54.80 at 19:00" in f.message


def test_a_source_own_series_rising_passes(tmp_path: Path) -> None:
    series = [
        ("north", "ballots_issued", "", "54.80", "", "18:00", "blog"),
        ("north", "ballots_issued", "", "55.10", "", "19:00", "blog"),
    ]
    found, _ = run(write(tmp_path, intraday_extra=series))
    assert found[printings.SERIES] == []


def test_intraday_turnout_on_the_list_at_that_time_passes(tmp_path: Path) -> None:
    found, _ = run(write(tmp_path))  # 990,412 / 1,871,044 = 52.9337 -> 52.93, as printed
    assert found[printings.TURNOUT] == []


def test_intraday_turnout_on_the_final_list_is_flagged(tmp_path: Path) -> None:
    """990,412 / 1,874,512 (the final list) = 52.8358 -> 52.84: the 20:00 share printed on the wrong list."""
    data = write(tmp_path)
    path = data / "results" / f"{E}.intraday.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("52.93", "52.84"), encoding="utf-8")
    found, _ = run(data)
    (f,) = found[printings.TURNOUT]
    assert "990,412 / 1,871,044 (the list at 20:00) = 52.93%" in f.message
    assert "the final list 1,874,512 (52.84)" in f.message
