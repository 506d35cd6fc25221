"""Same poll, several outlets, on tiny hand-built polls: which figures disagree, the consensus used, the verdict on
each printing and the check's outcomes. Fast, in-process tests (the mutation run's selection, docs/mutation.md);
every expectation is worked out by hand in the test."""

from __future__ import annotations

import pandas as pd
import pytest
from tiny_data import ELECTION, election_toml, folder, loaded

from kzcheck.analysis import consensus
from kzcheck.analysis.disagreement import Disagreement, Version, disagreements
from kzcheck.analysis.tables import Analysis
from kzcheck.checks import outlets
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.load.table import FILE, LINE
from kzcheck.model.findings import Severity, Status


def frame(rows: list[tuple[str, str, float | None, str]]) -> pd.DataFrame:
    """(key, origin, value, text) rows as a figures frame, file f.csv, lines 2, 3, ..."""
    return pd.DataFrame(
        {
            "k": [r[0] for r in rows],
            "origin": [r[1] for r in rows],
            "value": [r[2] for r in rows],
            "text": [r[3] for r in rows],
            FILE: "f.csv",
            LINE: range(2, 2 + len(rows)),
        }
    )


def test_only_groups_whose_values_differ_disagree():
    rows = frame(
        [
            ("a", "x", 8.9, "8.9"),
            ("a", "y", 8.90, "8.90"),  # the same number printed with another precision: agreement
            ("b", "x", 7.8, "7.8"),
            ("b", "y", 7.87, "7.87"),
            ("c", "x", None, ""),  # a blank figure compares with nothing
            ("c", "y", 5.0, "5.0"),
        ]
    )
    (d,) = disagreements(rows, ["k"], "origin", "value", text="text")
    assert d.key == ("b",)
    assert d.versions == [Version("x", 7.8, "7.8", "f.csv", 4), Version("y", 7.87, "7.87", "f.csv", 5)]


def test_a_difference_below_a_billionth_is_no_disagreement():
    rows = frame([("a", "x", 0.1 + 0.2, "0.3"), ("a", "y", 0.3, "0.3")])
    assert disagreements(rows, ["k"], "origin", "value") == []
    assert disagreements(rows.iloc[:0], ["k"], "origin", "value") == []


def test_the_text_defaults_to_the_value_and_keys_may_be_several():
    rows = frame([("a", "x", 1.5, "1.5"), ("a", "y", 2.0, "2")]).assign(k2="z")
    (d,) = disagreements(rows, ["k", "k2"], "origin", "value")
    assert d.key == ("a", "z") and [v.text for v in d.versions] == ["1.5", "2.0"]


@pytest.mark.parametrize(
    ("values", "majority"), [([1.0, 1.0, 2.0], 1.0), ([1.0, 2.0, 2.0], 2.0), ([1.0, 2.0], None), ([3.0], 3.0)]
)
def test_the_majority_value_or_none_on_a_tie(values, majority):
    d = Disagreement(("k",), [Version(f"o{i}", v, str(v), "f.csv", i) for i, v in enumerate(values)])
    assert d.majority == majority


# ---- the consensus and the outlets check, on one invented election's polls ----

SOURCES = (
    "source,outlet,url,published,language,note,kind,relays\n"
    "s1,Outlet One,https://example.org/1,2099-03-01,en,,press,\n"
    "s2,Outlet Two,https://example.org/2,2099-03-02,en,,press,\n"
    "s3,Outlet Three,https://example.org/3,2099-03-03,en,,press,\n"
    "own,Pollster One,https://example.org/p,2099-03-04,en,,pollster,\n"
)
POLLS = (
    "poll,pollster,method,kind,scope,sample_size,margin_of_error,source\n"
    "p1,Pollster One,exit poll,exit,national,2000,2,s1\n"
    "p2,Pollster Two,exit poll,exit,national,2000,2,s1\n"
)


def poll(source: str, alpha: str, beta: str = "35.25", none: str = "4.25", name: str = "p1") -> str:
    """One outlet's printing of a whole poll: 60.5 + 35.25 + 4.25 = 100."""
    return f"{name},{source},alpha,{alpha}\n{name},{source},beta,{beta}\n{name},{source},none,{none}\n"


def outcome_of(tmp_path, figures: str, polls: str = POLLS, sources: str = SOURCES):
    data = loaded(
        tmp_path, election_toml(""), polls=polls, figures="poll,source,option,share\n" + figures, sources=sources
    )
    return data, {o.subject: o for o in outlets.run(data, None)}


def test_outlets_that_agree_pass_and_one_outlet_is_not_evaluated(tmp_path):
    data, by_poll = outcome_of(tmp_path, poll("s1", "60.5") + poll("s2", "60.50") + poll("s1", "70", "30", "0", "p2"))
    assert by_poll["poll:p1"].status is Status.PASSED and by_poll["poll:p1"].findings == []
    p2 = by_poll["poll:p2"]
    assert (p2.status, p2.note) == (Status.NOT_EVALUATED, "printed by one outlet only: nothing to compare it with")
    agreed = consensus.consensus(data.figures, data.sources, data.polls)
    alpha = agreed[(agreed["poll"] == "p1") & (agreed["option"] == "alpha")].iloc[0]
    # one value printed twice: the finer printing (s2's 60.50) is the row used, both sources listed, earliest first
    assert (alpha["share"], alpha["share_text"], alpha["source"], alpha["outlet"]) == (
        60.5,
        "60.50",
        "s2",
        "Outlet Two",
    )
    assert (alpha["sources"], alpha["outlets"], alpha["printings"]) == (["s1", "s2"], 2, 2)
    assert (alpha["why"], alpha[LINE], alpha["share_decimals"], alpha["share_half"]) == (
        "printed by most outlets",
        5,
        2,
        0.005,
    )
    assert list(agreed["option"][agreed["poll"] == "p2"]) == ["alpha", "beta", "none"]
    assert set(agreed["why"][agreed["poll"] == "p2"]) == {"the only printing"}


def test_a_misquote_outside_the_poll_sum_is_named_and_never_used(tmp_path):
    """s3 prints Alpha 65.0: with the others at 35.25 and 4.25 the poll sums to 104.50, outside 100 ± 0.06
    (half a unit of 60.5, 35.25 and 4.25: 0.05 + 0.005 + 0.005); 60.5 sums to 100.00. Pollster Two printed 65.0."""
    figures = poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0") + "p2,s1,alpha,65.0\n"
    data, by_poll = outcome_of(tmp_path, figures)
    o = by_poll["poll:p1"]
    assert o.status is Status.WARNING
    (f,) = o.findings
    at = f.file
    assert at.endswith("figures/kz-2099-test.csv")
    assert f.message == (
        f"Pollster One's Alpha is printed as 60.5 by Outlet One (s1, {at}:2) and Outlet Two (s2, {at}:5), "
        f"65.0 by Outlet Three (s3, {at}:8): probable misquote: 65.0 (Outlet Three). 65.0: another pollster's "
        "figure, 65.0 is the Pollster Two figure 65.0, not 60.5. The poll sums to 100.00 with 60.5 (within "
        "100 ± 0.06) and to 104.50 with 65.0 (outside 100 ± 0.06); 60.5 is printed by most outlets. Used: 60.5 "
        "(Outlet One, the only value that fits its poll's sum)"
    )
    assert (f.severity, f.row, f.column, f.subject, f.election) == (
        Severity.WARNING,
        8,
        "share",
        "poll:p1",
        ELECTION,
    )
    assert (f.observed, f.expected) == ("60.5 (s1) / 60.5 (s2) / 65.0 (s3)", "one value (60.5 used)")
    (d,) = consensus.outlet_disagreements(data)
    assert (d.poll, d.option, d.used, d.used_source, d.why) == (
        "p1",
        "alpha",
        "60.5",
        "s1",
        "the only value that fits its poll's sum",
    )
    assert [(p.source, p.share, p.row) for p in d.printings] == [
        ("s1", "60.5", 2),
        ("s2", "60.5", 5),
        ("s3", "65.0", 8),
    ]


def test_a_rounding_difference_is_info_and_the_finer_printing_is_used(tmp_path):
    """60.4 and 60 (rounding intervals 60.35-60.45 and 59.5-60.5 overlap): each supports the other, so the finer
    printing is used; the poll sums to 99.60 with 60, within 100 ± 0.51 (0.5 + 0.005 + 0.005)."""
    _, by_poll = outcome_of(tmp_path, poll("s1", "60.4", "35.35") + poll("s2", "60", "35.35"))
    o = by_poll["poll:p1"]
    assert o.status is Status.PASSED
    (f,) = o.findings
    assert f.severity is Severity.INFO and f.row == 5
    assert ": a difference rounding explains. The poll sums to 100.00 with 60.4 (within 100 ± 0.06) and to 99.60 " in (
        f.message
    )
    assert f.message.endswith(
        "with 60 (within 100 ± 0.51); no value is printed by more outlets than the others. Used: 60.4 "
        "(Outlet One, printed with more decimals)"
    )


def test_a_split_the_figures_cannot_decide(tmp_path):
    """A poll printed with one option only: no sum to judge by, one printing each; the earlier one is used."""
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,60.5\np1,s2,alpha,61.5\n")
    (f,) = by_poll["poll:p1"].findings
    assert f.severity is Severity.WARNING and f.row == 3
    assert (
        ": which is right cannot be told from the figures. The poll sums to 60.50 with 60.5 (outside 100 ± 0.05) "
        in (f.message)
    )
    assert f.message.endswith(
        "no value is printed by more outlets than the others. Used: 60.5 (Outlet One, published first)"
    )


def test_the_pollsters_own_printing_beats_the_majority(tmp_path):
    """Two outlets print 60.8, the pollster 60.5 (published last): the pollster's figure is used, and 60.8, which
    no rounding of 60.5 gives, is a probable misquote of both outlets."""
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,60.8\np1,s2,alpha,60.8\np1,own,alpha,60.5\n")
    (f,) = by_poll["poll:p1"].findings
    assert f.severity is Severity.WARNING and f.row == 2
    assert ": probable misquote: 60.8 (Outlet One, Outlet Two). 60.8: " in f.message
    assert "; 60.8 is printed by most outlets. Used: 60.5 (Pollster One, printed by the pollster)" in f.message


def test_a_figure_of_another_option_is_named(tmp_path):
    """s2 files beta's 35.25 under alpha: 35.25 + 35.25 + 4.25 = 74.75 misses the sum; it is this poll's beta."""
    _, by_poll = outcome_of(tmp_path, poll("s1", "60.5") + poll("s2", "35.25"))
    (f,) = by_poll["poll:p1"].findings
    assert "probable misquote: 35.25 (Outlet Two). 35.25: another figure, " in f.message
    assert "this poll's beta figure 35.25" in f.message
    assert "and to 74.75 with 35.25 (outside 100 ± 0.015)" in f.message


def test_a_poll_that_published_some_options_only(tmp_path):
    """s1 prints alpha 60.5, s2 61.5, both beta 38.5: 61.5 + 38.5 = 100 fits the sum, 60.5 + 38.5 = 99 misses it
    (100 ± 0.1). Where polls/ says the poll published alpha and beta, the sum decides (61.5); where it says the poll
    also published 'none', which no outlet printed, the sum is no test and the earlier publication (s1) is used."""
    figures = "p1,s1,alpha,60.5\np1,s1,beta,38.5\np1,s2,alpha,61.5\np1,s2,beta,38.5\n"
    for published, used, why in (
        ("alpha; beta", 61.5, "the only value that fits its poll's sum"),
        (" alpha ;beta; none;", 60.5, "published first"),
    ):
        polls = (
            "poll,pollster,method,kind,scope,sample_size,margin_of_error,source,published\n"
            f"p1,Pollster One,exit poll,exit,national,2000,2,s1,{published}\n"
            "p2,Pollster Two,exit poll,exit,national,2000,2,s1,\n"
        )
        data, _ = outcome_of(tmp_path / why, figures, polls)
        wanted = {"alpha", "beta"} | ({"none"} if "none" in published else set())
        assert consensus.published_options(data.polls) == {(ELECTION, "p1"): wanted}
        alpha = consensus.consensus(data.figures, data.sources, data.polls).set_index("option").loc["alpha"]
        assert (alpha["share"], alpha["why"]) == (used, why)


def test_no_figures_no_consensus(tmp_path):
    data = loaded(tmp_path, election_toml(""), polls=POLLS, sources=SOURCES)  # no figures file
    assert outlets.run(data, None) == [] and consensus.outlet_disagreements(data) == []
    agreed = consensus.consensus(data.figures, data.sources, data.polls)
    assert agreed.empty and "why" in agreed.columns and "sources" in agreed.columns


def test_consensus_records(tmp_path):
    data, _ = outcome_of(tmp_path, poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0"))
    records = consensus.consensus_records(consensus.consensus(data.figures, data.sources, data.polls))
    alpha = next(r for r in records if r.option == "alpha")
    assert (alpha.poll, alpha.share, alpha.share_text, alpha.share_decimals, alpha.row) == ("p1", 60.5, "60.5", 1, 2)
    assert (alpha.sources, alpha.outlets, alpha.printings) == (["s1", "s2"], 2, 3)
    assert alpha.file.endswith("figures/kz-2099-test.csv")


def test_a_truncation_is_info_and_says_so(tmp_path):
    """7.87 and 7.8: 7.8 is 7.87 cut at one decimal, not rounded (the intervals 7.865-7.875 and 7.75-7.85 do not
    meet): benign, so info; 7.87 is used (supported by itself and by 7.8)."""
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,7.87\np1,s2,alpha,7.8\n")
    o = by_poll["poll:p1"]
    (f,) = o.findings
    assert o.status is Status.PASSED and f.severity is Severity.INFO and f.row == 3
    assert ", 7.8 by Outlet Two (s2, " in f.message
    assert "): 7.8 is 7.87 cut short (truncated), not rounded. The poll sums to 7.87 with 7.87" in f.message
    assert f.message.endswith("Used: 7.87 (Outlet One, supported by 2 of 2 printings)")


def test_a_finer_figure_beside_the_authoritys_coarser_one_is_a_misprint(tmp_path):
    """The pollster printed 7, an outlet 7.8: 7 is 7.8 cut short, but the pollster's figure is used, and 7.8, which
    no rounding of a value printed as 7 gives, is the outlet's misprint."""
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,7.8\np1,own,alpha,7\n")
    (f,) = by_poll["poll:p1"].findings
    assert f.severity is Severity.WARNING and f.row == 2
    assert (
        ": probable misquote: 7.8 (Outlet One). 7.8: misprint, 7.8 fits no poll sum; 7 is printed at lower "
        "precision. The poll sums to 7.80 with 7.8 (outside 100 ± 0.05) and to 7.00 with 7 (outside 100 ± 0.5);"
    ) in f.message


def test_another_polls_other_option_is_no_alternative(tmp_path):
    """65.0 for 60.5: the only 65.0 elsewhere is another poll's *beta*, neither this option in another poll nor
    another option of this poll, so the verdict is the slip of the pen (6-0-5 -> 6-5-0). The other poll is p0,
    first in order, so a consensus row of another poll would be the first one found."""
    figures = poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0") + "p0,s1,beta,65.0\n"
    _, by_poll = outcome_of(tmp_path, figures, POLLS.replace("p2,", "p0,"))
    (f,) = by_poll["poll:p1"].findings
    assert "probable misquote: 65.0 (Outlet Three). 65.0: digits transposed, 65.0 for 60.5 (difference +4.5)." in (
        f.message
    )
    assert f.message.endswith("Used: 60.5 (Outlet One, the only value that fits its poll's sum)")
    assert by_poll["poll:p0"].status is Status.NOT_EVALUATED


def test_one_outcome_per_poll_carrying_its_own_findings(tmp_path):
    figures = poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0") + "p2,s1,alpha,65.0\n"
    data, _ = outcome_of(tmp_path, figures)
    outcomes = outlets.run(data, None)
    assert [(o.check, o.election, o.subject, o.status, len(o.findings)) for o in outcomes] == [
        ("outlets.agree", ELECTION, "poll:p1", Status.WARNING, 1),
        ("outlets.agree", ELECTION, "poll:p2", Status.NOT_EVALUATED, 0),
    ]
    (f,) = outcomes[0].findings
    assert (f.check, f.election, f.subject) == ("outlets.agree", ELECTION, "poll:p1")


# ---- which groups disagree, and in what order ----


def test_disagreements_come_in_the_order_of_their_first_row():
    """Group b's first row comes before group a's: the findings follow the file, not the keys' alphabetical order."""
    rows = frame([("b", "x", 1.0, "1"), ("a", "x", 3.0, "3"), ("b", "y", 2.0, "2"), ("a", "y", 4.0, "4")])
    assert [d.key for d in disagreements(rows, ["k"], "origin", "value")] == [("b",), ("a",)]


def test_a_blank_cell_elsewhere_in_the_row_hides_no_disagreement():
    """Only a blank value leaves a row out: a blank text (here text is not used) does not."""
    rows = frame([("a", "x", 1.5, "1.5"), ("a", "y", 2.5, None)])
    (d,) = disagreements(rows, ["k"], "origin", "value")
    assert [(v.origin, v.text) for v in d.versions] == [("x", "1.5"), ("y", "2.5")]


def test_a_difference_of_exactly_a_billionth_is_no_disagreement():
    """The tolerance is inclusive: 1e-9 - 0 is exactly 1e-9 in binary floating point, not more than it."""
    rows = frame([("a", "x", 0.0, "0"), ("a", "y", 1e-9, "0.000000001")])
    assert disagreements(rows, ["k"], "origin", "value") == []


def test_a_category_no_row_has_makes_no_empty_group():
    """Keys of a categorical column with a category no row has ('c'): only groups with rows are reported."""
    rows = frame([("a", "x", 1.0, "1"), ("a", "y", 2.0, "2")])
    rows["k"] = pd.Categorical(rows["k"], categories=["a", "c"])
    assert [(d.key, len(d.versions)) for d in disagreements(rows, ["k"], "origin", "value")] == [(("a",), 2)]


# ---- sources the sources file does not describe ----


def test_an_unknown_undated_source_is_named_by_its_id_and_sorts_after_a_dated_one(tmp_path):
    """s9 is in no row of sources.csv: its outlet is shown as its id, it has no publication date and no authority.
    It is first in the file (row 2), s1 (published 2099-03-01) second (row 3); one option only, so no sum decides
    (61.5 and 60.5 alone sum to 61.50 and 60.50, both outside 100 ± 0.05) and neither value supports the other
    (|61.5 - 60.5| = 1 > 0.05 + 0.05): the dated printing is the one published first."""
    data, by_poll = outcome_of(tmp_path, "p1,s9,alpha,61.5\np1,s1,alpha,60.5\n")
    o = by_poll["poll:p1"]
    (f,) = o.findings
    at = f.file
    assert (o.status, f.severity, f.row) == (Status.WARNING, Severity.WARNING, 2)
    assert f.message == (
        f"Pollster One's Alpha is printed as 61.5 by s9 (s9, {at}:2), 60.5 by Outlet One (s1, {at}:3): which is "
        "right cannot be told from the figures. The poll sums to 61.50 with 61.5 (outside 100 ± 0.05) and to 60.50 "
        "with 60.5 (outside 100 ± 0.05); no value is printed by more outlets than the others. Used: 60.5 (Outlet "
        "One, published first)"
    )
    (d,) = consensus.outlet_disagreements(data)
    assert [(p.source, p.outlet, p.file, p.row) for p in d.printings] == [
        ("s9", "s9", at, 2),
        ("s1", "Outlet One", at, 3),
    ]


def test_a_printing_without_a_source_is_judged_and_its_finding_kept(tmp_path):
    """Row 3 names no source. The poll counts as printed by one outlet (a blank source is no outlet), so its outcome
    is not evaluated; the two values still differ, and that finding is reported in an outcome of its own rather than
    dropped. The blank printing has no date, so s1's 60.5 is used as the one published first."""
    data, _ = outcome_of(tmp_path, "p1,s1,alpha,60.5\np1,,alpha,61.5\n")
    outcomes = outlets.run(data, None)
    assert [(o.check, o.election, o.subject, o.status, len(o.findings)) for o in outcomes] == [
        ("outlets.agree", ELECTION, "poll:p1", Status.NOT_EVALUATED, 0),
        ("outlets.agree", ELECTION, "poll:p1", Status.WARNING, 1),
    ]
    (f,) = outcomes[1].findings
    assert (f.check, f.election, f.subject, f.row) == ("outlets.agree", ELECTION, "poll:p1", 3)
    alpha = consensus.consensus(data.figures, data.sources, data.polls).iloc[0]
    assert (alpha["share"], alpha["source"], alpha["why"]) == (60.5, "s1", "published first")


def test_a_source_relaying_the_pollster_is_the_polls_authority(tmp_path):
    """An outlet of kind press whose row says it relays the pollster's release ('Pollster', any case) speaks for
    the pollster: its 60.5 is used over the 60.8 two other outlets print."""
    sources = SOURCES + "rel,Outlet Relay,https://example.org/r,2099-03-05,en,,press,Pollster\n"
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,60.8\np1,s2,alpha,60.8\np1,rel,alpha,60.5\n", sources=sources)
    (f,) = by_poll["poll:p1"].findings
    assert f.message.endswith("; 60.8 is printed by most outlets. Used: 60.5 (Outlet Relay, printed by the pollster)")


def test_a_printing_with_a_blank_option_still_counts_its_outlet(tmp_path):
    """s2 printed a share of p2 with no option: the poll is printed by two outlets and evaluated (passed: the blank
    figure compares with nothing), not 'printed by one outlet only'."""
    _, by_poll = outcome_of(tmp_path, "p2,s1,alpha,70\np2,s2,,30\n")
    assert (by_poll["poll:p2"].status, by_poll["poll:p2"].findings) == (Status.PASSED, [])


# ---- the poll's sum at the edge of its band, and rounding intervals that meet ----


def test_a_sum_exactly_at_the_edge_of_its_band_fits(tmp_path):
    """s1 prints alpha 63, s2 alpha 61, both beta 40 (whole numbers: half a unit 0.5 each). With 61 the poll sums to
    101, 1 from 100, and the band is 0.5 + 0.5 = 1: it fits (the true figures may be 60.5 and 39.5); with 63 it sums
    to 103, outside. All exact in binary, so the edge is the edge: 61 is the only value that fits, though s1's 63
    was published first."""
    figures = "p1,s1,alpha,63\np1,s1,beta,40\np1,s2,alpha,61\np1,s2,beta,40\n"
    data, _ = outcome_of(tmp_path, figures)
    alpha = consensus.consensus(data.figures, data.sources, data.polls).set_index("option").loc["alpha"]
    assert (alpha["share"], alpha["source"], alpha["why"]) == (61.0, "s2", "the only value that fits its poll's sum")
    (d,) = consensus.outlet_disagreements(data)
    assert [(v.share, v.poll_sum, v.band, v.fits) for v in d.values] == [
        ("63", 103.0, 1.0, False),
        ("61", 101.0, 1.0, True),
    ]


def test_rounding_intervals_that_meet_at_one_point_are_a_rounding(tmp_path):
    """5 stands for 4.5 to 5.5, 6 for 5.5 to 6.5: a true 5.5 may be printed either way, so the difference is one
    rounding explains (info). Each supports the other; the earlier publication (s1's 5) is used."""
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,5\np1,s2,alpha,6\n")
    o = by_poll["poll:p1"]
    (f,) = o.findings
    assert (o.status, f.severity) == (Status.PASSED, Severity.INFO)
    assert ": a difference rounding explains. The poll sums to 5.00 with 5 (outside 100 ± 0.5) and to 6.00" in f.message
    assert f.message.endswith("Used: 5 (Outlet One, published first)")


# ---- findings with several values not used ----


def test_two_misquotes_are_each_named_with_their_verdict(tmp_path):
    """60.5 (s1, s2) sums to 100.00; s3's 65.0 to 104.50 and s9's 50.6 to 90.10 (50.6 + 35.25 + 4.25), both outside
    100 ± 0.06. Both are digits of 60.5 in another order: 65.0 - 60.5 = +4.5, 50.6 - 60.5 = -9.9. s9 is in no row
    of sources.csv, so it is named by its id. Rows: s1 2-4, s2 5-7, s3 8-10, s9 11-13; the finding is at the first
    value not used (row 8)."""
    figures = poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0") + poll("s9", "50.6")
    _, by_poll = outcome_of(tmp_path, figures)
    (f,) = by_poll["poll:p1"].findings
    at = f.file
    assert (f.severity, f.row) == (Severity.WARNING, 8)
    assert f.message == (
        f"Pollster One's Alpha is printed as 60.5 by Outlet One (s1, {at}:2) and Outlet Two (s2, {at}:5), 65.0 by "
        f"Outlet Three (s3, {at}:8), 50.6 by s9 (s9, {at}:11): probable misquote: 65.0 (Outlet Three), 50.6 (s9). "
        "65.0: digits transposed, 65.0 for 60.5 (difference +4.5); 50.6: digits transposed, 50.6 for 60.5 "
        "(difference -9.9). The poll sums to 100.00 with 60.5 (within 100 ± 0.06) and to 104.50 with 65.0 (outside "
        "100 ± 0.06) and to 90.10 with 50.6 (outside 100 ± 0.06); 60.5 is printed by most outlets. Used: 60.5 "
        "(Outlet One, the only value that fits its poll's sum)"
    )


def test_a_truncation_and_a_rounding_of_the_value_used_are_both_explained(tmp_path):
    """7.87, 7.8 and 7.9. 7.8 is 7.87 cut at one decimal (7.8 <= 7.87 < 7.9); 7.9 is 7.87 rounded (|7.9 - 7.87| =
    0.03 <= 0.05 + 0.005). 7.87 is supported by all three printings, 7.9 too (7.87 and 7.8 both lie within a
    rounding of it: 7.8 + 0.05 meets 7.9 - 0.05), 7.8 by two: the tie goes to the finer 7.87. Not one rounding
    interval holds all three (7.87 needs 7.865 or more, 7.8 at most 7.85), so it is an explained difference:
    info, both verdicts named, at the first value not used (row 3)."""
    _, by_poll = outcome_of(tmp_path, "p1,s1,alpha,7.87\np1,s2,alpha,7.8\np1,s3,alpha,7.9\n")
    o = by_poll["poll:p1"]
    (f,) = o.findings
    at = f.file
    assert (o.status, f.severity, f.row) == (Status.PASSED, Severity.INFO, 3)
    assert f.message == (
        f"Pollster One's Alpha is printed as 7.87 by Outlet One (s1, {at}:2), 7.8 by Outlet Two (s2, {at}:3), 7.9 by "
        f"Outlet Three (s3, {at}:4): 7.8 is 7.87 cut short (truncated), not rounded; 7.9 is 7.87 rounded to the "
        "precision printed. The poll sums to 7.87 with 7.87 (outside 100 ± 0.005) and to 7.80 with 7.8 (outside 100 "
        "± 0.05) and to 7.90 with 7.9 (outside 100 ± 0.05); no value is printed by more outlets than the others. "
        "Used: 7.87 (Outlet One, printed with more decimals)"
    )


def test_the_figure_used_is_named_as_printed(tmp_path):
    """s1 and s3 print 60,5 (a decimal comma, read as 60.5 with a finding of the loader), s2 65.0: the verdict names
    the figure used as its first printing wrote it, '60,5', not as a number formatted anew."""
    figures = 'poll,source,option,share\np1,s1,alpha,"60,5"\np1,s2,alpha,65.0\np1,s3,alpha,60.5\n'
    data = load(discover(folder(tmp_path, election_toml(""), polls=POLLS, figures=figures, sources=SOURCES)))
    assert [f.check for f in data.findings] == ["input.decimal-comma"]
    (f,) = {o.subject: o for o in outlets.run(data, None)}["poll:p1"].findings
    assert "65.0: digits transposed, 65.0 for 60,5 (difference +4.5)." in f.message


# ---- names that fall back to ids, polls without polls/ facts ----


def test_a_poll_and_option_the_data_does_not_name_are_shown_by_their_ids(tmp_path):
    """p9 is in no row of polls/ and gamma is no option of the election: p9's figures are named by the poll id and
    the option id. p1's 65.0 is p9's alpha figure, 'the p9 figure'. p9's gamma, 1 (s1) and 3 (s2), sums to 66 or 68
    with p9's alpha 65.0, outside 100 ± 0.55 (0.5 + 0.05): undecided."""
    figures = poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0")
    figures += "p9,s1,alpha,65.0\np9,s1,gamma,1\np9,s2,gamma,3\n"
    _, by_poll = outcome_of(tmp_path, figures)
    (f,) = by_poll["poll:p1"].findings
    assert "65.0: another pollster's figure, 65.0 is the p9 figure 65.0, not 60.5. " in f.message
    (g,) = by_poll["poll:p9"].findings
    assert g.message.startswith("p9's gamma is printed as 1 by Outlet One (s1, ")
    assert ": which is right cannot be told from the figures. The poll sums to 66.00 with 1 (outside 100 ± 0.55)" in (
        g.message
    )


def test_without_polls_facts_every_poll_published_all_it_printed(tmp_path):
    """s1: alpha 60.5, beta 38.5; s2: alpha 61.5, beta 38.5. With no polls frame the poll counts as complete:
    61.5 + 38.5 = 100 fits 100 ± 0.1, 60.5 + 38.5 = 99 does not, so 61.5 is used. Where polls/ says the poll also
    published 'none', which no outlet printed, the sum is no test and the earlier publication (60.5) is used, in the
    consensus and in the judged disagreement alike."""
    figures = "p1,s1,alpha,60.5\np1,s1,beta,38.5\np1,s2,alpha,61.5\np1,s2,beta,38.5\n"
    polls = (
        "poll,pollster,method,kind,scope,sample_size,margin_of_error,source,published\n"
        "p1,Pollster One,exit poll,exit,national,2000,2,s1,alpha;beta;none\n"
    )
    data, _ = outcome_of(tmp_path, figures, polls)
    alpha = consensus.consensus(data.figures, data.sources).set_index("option").loc["alpha"]
    assert (alpha["share"], alpha["why"]) == (61.5, "the only value that fits its poll's sum")
    (d,) = consensus.outlet_disagreements(data)
    assert (d.used, d.why) == ("60.5", "published first")


# ---- the consensus frame's shape, the outcomes' order, one analysis per run ----


def test_the_consensus_frame_has_its_columns_types_and_a_fresh_index(tmp_path):
    """Several printings per figure (so rows are picked one by one): the columns in their documented order, shares
    as floats, decimals as integers, rows numbered 0, 1, 2 after sorting by poll and option."""
    data, _ = outcome_of(tmp_path, poll("s1", "60.5") + poll("s2", "60.50"))
    agreed = consensus.consensus(data.figures, data.sources, data.polls)
    assert list(agreed.columns) == [
        "election",
        "poll",
        "option",
        "share",
        "share_text",
        "share_decimals",
        "share_half",
        "source",
        "outlet",
        "sources",
        "outlets",
        "printings",
        FILE,
        LINE,
        "why",
    ]
    assert (str(agreed["share"].dtype), str(agreed["share_half"].dtype), str(agreed["share_decimals"].dtype)) == (
        "float64",
        "float64",
        "int64",
    )
    assert list(agreed.index) == [0, 1, 2] and list(agreed["option"]) == ["alpha", "beta", "none"]


def test_outcomes_are_in_poll_order_whatever_the_file_order(tmp_path):
    """p2 (one outlet) comes first in the file, p1 (two outlets, agreeing) after: the outcomes are p1 then p2."""
    data, _ = outcome_of(tmp_path, "p2,s1,alpha,70\n" + poll("s1", "60.5") + poll("s2", "60.5"))
    assert [(o.subject, o.status) for o in outlets.run(data, None)] == [
        ("poll:p1", Status.PASSED),
        ("poll:p2", Status.NOT_EVALUATED),
    ]


def test_the_check_uses_the_runs_analysis(tmp_path, monkeypatch):
    """The run's analysis is built once and shared: the check given it judges the disagreements no second time."""
    data, _ = outcome_of(tmp_path, poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0"))
    calls = []
    judge_all = consensus.outlet_disagreements
    monkeypatch.setattr(consensus, "outlet_disagreements", lambda *a, **k: calls.append(1) or judge_all(*a, **k))
    analysis = Analysis(data)
    outcomes = outlets.run(data, None, analysis)
    assert [(o.subject, len(o.findings)) for o in outcomes] == [("poll:p1", 1)]
    assert len(analysis.outlet_disagreements) == 1 and calls == [1]  # the check's call, kept by the analysis


def test_each_poll_is_judged_with_its_own_figures_only(tmp_path):
    """p0 (before p1 in order) printed alpha 50 and an option gamma 1: neither its consensus nor its gamma enters
    p1's judgement. p1's sums stay 60.5 + 35.25 + 4.25 = 100.00 and 65.0 + 35.25 + 4.25 = 104.50, the value used
    is p1's 60.5, and 65.0 is 60.5's digits transposed (p0's 50 is no figure it could be). Rows: p0 2-3, s1 4-6,
    s2 7-9, s3 10-12."""
    figures = "p0,s1,alpha,50\np0,s1,gamma,1\n" + poll("s1", "60.5") + poll("s2", "60.5") + poll("s3", "65.0")
    _, by_poll = outcome_of(tmp_path, figures, POLLS.replace("p2,", "p0,"))
    (f,) = by_poll["poll:p1"].findings
    at = f.file
    assert f.message == (
        f"Pollster One's Alpha is printed as 60.5 by Outlet One (s1, {at}:4) and Outlet Two (s2, {at}:7), 65.0 by "
        f"Outlet Three (s3, {at}:10): probable misquote: 65.0 (Outlet Three). 65.0: digits transposed, 65.0 for 60.5 "
        "(difference +4.5). The poll sums to 100.00 with 60.5 (within 100 ± 0.06) and to 104.50 with 65.0 (outside "
        "100 ± 0.06); 60.5 is printed by most outlets. Used: 60.5 (Outlet One, the only value that fits its poll's "
        "sum)"
    )
    assert by_poll["poll:p0"].status is Status.NOT_EVALUATED


def test_a_split_where_every_value_fits_the_sum_is_undecided(tmp_path):
    """s1 prints 60, 35, 4; s2 62, 35, 4 (whole numbers, half a unit 0.5 each: band 1.5). With 60 the poll sums to
    99, with 62 to 101: both within 100 ± 1.5, so the sum cannot tell them apart, and 60 and 62 are no rounding of
    each other (|62 - 60| = 2 > 0.5 + 0.5): which is right cannot be told; the earlier publication is used. Each
    value's printings are recorded with the value as printed."""
    data, by_poll = outcome_of(tmp_path, poll("s1", "60", "35", "4") + poll("s2", "62", "35", "4"))
    (f,) = by_poll["poll:p1"].findings
    assert f.severity is Severity.WARNING
    assert f.message.endswith(
        ": which is right cannot be told from the figures. The poll sums to 99.00 with 60 (within 100 ± 1.5) and to "
        "101.00 with 62 (within 100 ± 1.5); no value is printed by more outlets than the others. Used: 60 (Outlet "
        "One, published first)"
    )
    (d,) = consensus.outlet_disagreements(data)
    assert [[(p.source, p.share, p.row) for p in v.printings] for v in d.values] == [
        [("s1", "60", 2)],
        [("s2", "62", 5)],
    ]


def test_rows_of_the_sources_file_without_an_id_never_multiply_a_printing(tmp_path):
    """sources.csv has two rows with a blank id (Anon One, Anon Two) and the figures one printing with a blank
    source: that printing is still one printing, beside s1's, not one per blank row. So 61.5 and 60.5 are one
    printing each, a tie the earlier publication settles (s1, 2099-03-01), where two copies of 61.5 would outvote
    60.5."""
    sources = (
        SOURCES
        + ",Anon One,https://example.org/a,2099-03-05,en,,press,\n,Anon Two,https://example.org/b,2099-03-06,en,,press,\n"
    )
    data, _ = outcome_of(tmp_path, "p1,s1,alpha,60.5\np1,,alpha,61.5\n", sources=sources)
    (d,) = consensus.outlet_disagreements(data)
    assert [(p.share, p.row) for p in d.printings] == [("60.5", 2), ("61.5", 3)]
    alpha = consensus.consensus(data.figures, data.sources, data.polls).iloc[0]
    assert (alpha["share"], alpha["source"], alpha["why"]) == (60.5, "s1", "published first")
