"""Same poll, several outlets, on tiny hand-built polls: which figures disagree, the consensus used, the verdict on
each printing and the check's outcomes. Fast, in-process tests (the mutation run's selection, docs/mutation.md);
every expectation is worked out by hand in the test."""

from __future__ import annotations

import pandas as pd
import pytest
from tiny_data import ELECTION, election_toml, loaded

from kzcheck.analysis import consensus
from kzcheck.analysis.disagreement import Disagreement, Version, disagreements
from kzcheck.checks import outlets
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


def outcome_of(tmp_path, figures: str, polls: str = POLLS):
    data = loaded(
        tmp_path, election_toml(""), polls=polls, figures="poll,source,option,share\n" + figures, sources=SOURCES
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
