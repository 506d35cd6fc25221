"""Track-record methods worked by hand (docs/methods.md §6): plus-minus, house effect with a t interval, evidence."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest
from tiny_data import ELECTION, election_toml, folder, loaded

from kzcheck.analysis.track_record import track_record, verdict
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.methods.track_record import Evidence, evidence, house_effect, plus_minus, t_quantile
from kzcheck.model.track_record import HouseEffectRecord, PollsterRecord, VoteRecord


def test_t_quantiles_from_the_table_and_the_expansion():
    """Table values t(0.975; 1) = 12.706, t(0.975; 2) = 4.303; far out the expansion meets the normal 1.96.
    df = 60 by the expansion: z = 1.959964; (z^3 + z)/240 = (7.5290 + 1.9600)/240 = 0.039537;
    (5 z^5 + 16 z^3 + 3 z)/(96 * 3600) = (144.62 + 120.46 + 5.88)/345600 = 0.000784 -> 2.000285 (tables: 2.000)."""
    assert t_quantile(1) == 12.706 and t_quantile(2) == 4.303 and t_quantile(30) == 2.042
    assert t_quantile(60) == pytest.approx(2.0003, abs=2e-4)
    assert t_quantile(10_000) == pytest.approx(1.960, abs=1e-3)
    with pytest.raises(ValueError):
        t_quantile(0)


def test_plus_minus_of_the_2024_referendum_polls():
    """Two-way Yes 73.114 (5,561,937 / 7,607,208). M3 of a two-option poll is its error on Yes: SOTSIS-A 69.8 ->
    3.314, IPP 72.3 -> 0.814, IEI 71.8 -> 1.314. SOTSIS-A: 3.314 - (0.814 + 1.314)/2 = +2.25; IPP: 0.814 -
    (3.314 + 1.314)/2 = -1.50; IEI: 1.314 - (3.314 + 0.814)/2 = -0.75. The official share cancels: 72.05 - 69.8."""
    v = 5_561_937 / 7_607_208 * 100
    m3 = {"sotsis-a": v - 69.8, "ipp": v - 72.3, "iei": v - 71.8}
    assert plus_minus(m3["sotsis-a"], [m3["ipp"], m3["iei"]]) == pytest.approx(2.25, abs=1e-9)
    assert plus_minus(m3["ipp"], [m3["sotsis-a"], m3["iei"]]) == pytest.approx(-1.50, abs=1e-9)
    assert plus_minus(m3["iei"], [m3["sotsis-a"], m3["ipp"]]) == pytest.approx(-0.75, abs=1e-9)
    assert plus_minus(1.0, []) is None


def test_house_effect_of_three_votes_is_mean_sd_se_and_a_t_interval():
    """SOTSIS-A on the ruling side: +0.71, +0.52, -3.31. Mean = -2.08/3 = -0.6933. Deviations +1.4033, +1.2133,
    -2.6167; squares 1.9693 + 1.4722 + 6.8469 = 10.2884; sd = sqrt(10.2884/2) = 2.2681; se = 2.2681/sqrt(3) = 1.3095;
    half-width 4.303 x 1.3095 = 5.6348: interval -6.3281 to +4.9415, which holds zero."""
    h = house_effect([0.71, 0.52, -3.31])
    assert h.n == 3
    assert h.mean == pytest.approx(-0.6933, abs=1e-4)
    assert h.sd == pytest.approx(2.2681, abs=1e-4)
    assert h.se == pytest.approx(1.3095, abs=1e-4)
    assert h.low == pytest.approx(-6.3281, abs=1e-3) and h.high == pytest.approx(4.9415, abs=1e-3)
    assert not h.excludes_zero


def test_two_votes_give_an_interval_too_wide_to_say_anything():
    """IPP: +4.21 and -0.81. Mean 1.70; sd = |4.21 + 0.81| / sqrt(2) = 3.5497; se = 2.51; t(1) = 12.706:
    1.70 +- 31.89."""
    h = house_effect([4.21, -0.81])
    assert h.mean == pytest.approx(1.70) and h.se == pytest.approx(2.51)
    assert h.high - h.low == pytest.approx(2 * 12.706 * 2.51)


def test_a_consistent_lean_over_enough_votes_excludes_zero():
    """+1, +1.2, +0.8, +1.1: mean 1.025, sd = sqrt((0.000625 + 0.030625 + 0.050625 + 0.005625)/3) = 0.17078;
    se = 0.08539; t(3) = 3.182 -> 1.025 +- 0.2717: 0.753 to 1.297."""
    h = house_effect([1.0, 1.2, 0.8, 1.1])
    assert h.low == pytest.approx(0.7533, abs=1e-3) and h.excludes_zero


def test_one_vote_has_no_uncertainty_and_none_is_an_error():
    h = house_effect([4.21])
    assert h.mean == 4.21 and h.se is None and h.low is None and not h.excludes_zero
    with pytest.raises(ValueError):
        house_effect([])


@pytest.mark.parametrize(
    ("votes", "kind"),
    [
        (0, Evidence.NONE),
        (1, Evidence.SINGLE),
        (2, Evidence.NOT_A_RECORD),
        (3, Evidence.SHORT),
        (9, Evidence.SHORT),
        (10, Evidence.RECORD),
    ],
)
def test_how_much_evidence_a_number_of_votes_is(votes, kind):
    assert evidence(votes) is kind


def test_level_other_than_95_uses_the_expansion():
    """At 90% and df = 40: z = 1.644854; (z^3 + z)/160 = (4.4503 + 1.6449)/160 = 0.038095;
    (5 z^5 + 16 z^3 + 3 z)/(96 x 1600) = (60.20 + 71.20 + 4.93)/153600 = 0.000888 -> 1.68384 (tables: 1.684)."""
    assert t_quantile(40, 0.90) == pytest.approx(1.684, abs=1e-3)
    assert math.isfinite(t_quantile(1, 0.5))


# ---- kzcheck.analysis.track_record on a tiny folder with a registry and a family (fast: the mutation run's) ----

REGISTRY = (
    "pollster,name_en,name_kk,name_ru,aliases,runs_or_funds,links,note\n"
    "zeta,Zeta Research,,Зета,Zeta Institute; ZR,A private institute,"
    "https://example.org/zeta ftp://example.org/zeta not-a-link http://example.org/z,Polls for broadcasters\n"
    "apex,Apex Polls,,,,,,\n"
    "idle,Idle Institute,,,,,,\n"
)
POLLS = (
    "poll,pollster,method,kind,scope,sample_size,margin_of_error,source\n"
    "p1,ZR,exit poll,exit,national,,,cec\n"  # an alias of Zeta Research
    "p2,Apex Polls,exit poll,exit,national,,,cec\n"
    "p3,Omega,exit poll,exit,national,,,cec\n"  # two printed names the registry does not know ...
    "p4,Beta House,exit poll,exit,national,,,cec\n"  # ... listed after the registry's, sorted: Beta before Omega
    "p5,Zeta Institute,exit poll,exit,national,,,cec\n"
    "p6,Apex Polls,exit poll,exit,national,,,cec\n"
)


def _option(option: str, share: float, error: float | None) -> dict[str, object]:
    return {"option": option, "name": option.title(), "official_share": share, "error": error, "inside_interval": None}


def test_the_track_record_of_registered_pollsters(tmp_path):
    """M3 of the scored national polls of the vote: p1 (Zeta) 2.0, p2 (Apex) 4.0, p3 (Omega) 3.0, p5 (Zeta) 6.0;
    p6 (Apex) is scored with an M3 that is not a number (one of the others, adding no M3); p4 has no entry.
    Plus-minus against the other pollsters' polls (a pollster's own are not others): p1: 2.0 - (4.0 + 3.0)/2 = -1.5;
    p5: 6.0 - 3.5 = +2.5; Zeta's mean (-1.5 + 2.5)/2 = +0.5 over 2 votes. p2: 4.0 - (2.0 + 3.0 + 6.0)/3 = +0.333;
    p3: 3.0 - (2.0 + 4.0 + 6.0)/3 = -1.0. |M5|: p1 1.0, p2 3.0, no other has one: p1 1.0 - 3.0 = -2.0,
    p2 3.0 - 1.0 = +2.0; p5 has no |M5|, so none. Family r (alpha), at the 90 % level: Zeta's errors 1.5 and 2.5,
    mean 2.0, sd = sqrt((0.25 + 0.25)/1) = 0.7071, se = 0.7071/sqrt(2) = 0.5; t(0.9; 1 df) by the expansion
    z + (z^3 + z)/4 + (5 z^5 + 16 z^3 + 3 z)/96 = 1.6449 + 1.5238 + 1.4202 = 4.5889: 2.0 -+ 2.2944."""
    root = tmp_path / "d"
    folder(root, election_toml(""), polls=POLLS)
    (root / "data" / "pollsters.csv").write_text(REGISTRY, encoding="utf-8")
    (root / "data" / "families.csv").write_text(
        f"family,name,election,option,note\nr,Ruling side,{ELECTION},alpha,\n", encoding="utf-8"
    )
    data = load(discover(root / "data"))
    assert [f.message for f in data.findings] == []
    shares = {"alpha": 60.0, "beta": 30.0, "none": 10.0}

    def record(poll: str, m3: float, m5: float | None, alpha_error: float | None) -> SimpleNamespace:
        """An entry as the reconciliation's records are: attributes, and no `reason` or `b_w_se` at all."""
        options = [SimpleNamespace(**_option(o, s, alpha_error if o == "alpha" else 0.0)) for o, s in shares.items()]
        return SimpleNamespace(
            election=ELECTION, poll=poll, status="reconciled", against="final", m3=m3, b_w=0.5, m5=m5, options=options
        )

    entries = [
        record("p1", 2.0, -1.0, 1.5),
        {
            "election": ELECTION,
            "poll": "p2",
            "status": "reconciled",
            "reason": "a note",
            "m3": 4.0,
            "m5": 3.0,
            "options": [],
        },
        record("p3", 3.0, None, None),
        record("p5", 6.0, None, 2.5),
        {"election": ELECTION, "poll": "p6", "status": "reconciled", "m3": math.nan, "options": []},
    ]
    got = track_record(data, entries, level=0.9)
    assert got.registry is True and got.families == {"r": "Ruling side"}
    assert [p.id for p in got.pollsters] == ["zeta", "apex", "name:beta house", "name:omega"]
    zeta, apex, beta, omega = got.pollsters
    assert (zeta.name, zeta.registered, zeta.runs_or_funds, zeta.note) == (
        "Zeta Research",
        True,
        "A private institute",
        "Polls for broadcasters",
    )
    assert zeta.aliases == ["Зета", "Zeta Institute", "ZR"]
    assert zeta.links == ["https://example.org/zeta", "http://example.org/z"]
    assert (apex.name, apex.aliases, apex.links, apex.runs_or_funds, apex.note) == ("Apex Polls", [], [], None, None)
    assert (beta.name, beta.registered, beta.aliases, beta.links) == ("Beta House", False, [], [])
    assert (omega.name, omega.registered) == ("Omega", False)

    p1, p5 = zeta.votes
    assert (p1.poll, p1.printed_name, p1.reason, p1.b_w, p1.b_w_se, p1.against) == (
        "p1",
        "ZR",
        None,
        0.5,
        None,
        "final",
    )
    assert (p1.others, p1.plus_minus_m3, p1.plus_minus_margin) == (3, pytest.approx(-1.5), pytest.approx(-2.0))
    assert (p5.others, p5.plus_minus_m3, p5.plus_minus_margin) == (3, pytest.approx(2.5), None)
    assert (p1.winner, p1.winner_name, p1.winner_error) == ("alpha", "Alpha", 1.5)
    assert (zeta.mean_plus_minus, zeta.plus_minus_votes) == (pytest.approx(0.5), 2)
    assert zeta.evidence is Evidence.NOT_A_RECORD
    (lean,) = zeta.house_effects
    assert (lean.family, lean.n, lean.mean, lean.elections) == ("r", 2, pytest.approx(2.0), [ELECTION, ELECTION])
    assert (lean.level, lean.low, lean.high) == (0.9, pytest.approx(-0.2944, abs=1e-3), pytest.approx(4.2944, abs=1e-3))
    assert zeta.verdict == (
        "Two scored votes (2099, 2099): two votes are not a track record. Mean error on Ruling side +2.00 points over "
        "2 votes (90% interval −0.29 to +4.29): no lean that chance cannot explain. Against the other pollsters of "
        "the same votes its mean absolute error was 0.50 points worse on average (plus-minus +0.50, 2 vote(s))."
    )

    p2, p6 = apex.votes
    assert (p2.plus_minus_m3, p2.plus_minus_margin) == (pytest.approx(4.0 - 11 / 3), pytest.approx(2.0))
    assert (p2.winner, p2.winner_name, p2.winner_error, p2.covered, p2.covered_of) == (None, None, None, None, None)
    assert (p6.scored, p6.m3, p6.plus_minus_m3, p6.margin_error) == (True, None, None, None)
    assert (apex.mean_plus_minus, apex.plus_minus_votes) == (pytest.approx(4.0 - 11 / 3), 1)
    assert [(f.family, f.name, f.option, f.option_name, f.error, f.note) for f in p2.families] == [
        ("r", "Ruling side", "alpha", "Alpha", None, "the poll printed no figure")
    ]
    assert p2.reason == "a note"
    assert [(f.family, f.name, f.option, f.option_name, f.error, f.note) for f in p1.families] == [
        ("r", "Ruling side", "alpha", "Alpha", 1.5, None)
    ]
    (p3,) = omega.votes
    assert p3.plus_minus_m3 == pytest.approx(-1.0) and p3.plus_minus_margin is None
    (p4,) = beta.votes
    assert (p4.scored, p4.reason, p4.others) == (False, "no figures printed for this poll", 0)
    assert beta.verdict == "No vote scored against an official result (1 poll(s), none comparable): no track record."


def test_a_poll_not_scored_says_why_or_at_least_its_status(tmp_path):
    polls = (
        "poll,pollster,method,kind,scope,sample_size,margin_of_error,source\np1,Omega,exit poll,exit,national,,,cec\n"
    )
    data = loaded(tmp_path, election_toml(""), polls=polls)
    (rec,) = track_record(data, [{"election": ELECTION, "poll": "p1", "status": "awaiting-cec"}]).pollsters
    (v,) = rec.votes
    assert (v.scored, v.reason) == (False, "awaiting-cec")
    (rec,) = track_record(data, [SimpleNamespace(election=ELECTION, poll="p1", status="awaiting-cec")]).pollsters
    assert rec.votes[0].reason == "awaiting-cec"
    assert rec.house_effects == [] and rec.mean_plus_minus is None and rec.evidence is Evidence.NONE


def test_the_families_of_a_vote_from_a_families_file_with_blank_cells(tmp_path):
    """families.csv: a row without a family id and one without an option are skipped (the rows after them are
    read); r's member alpha, printed with error +1.0; z has no member in this vote; q's member gamma is no option of
    the election, so it is named by its id. A poll with a blank scope has the scope ''."""
    root = tmp_path / "d"
    folder(
        root,
        election_toml(""),
        polls="poll,pollster,method,kind,scope,sample_size,margin_of_error,source\np1,Omega,exit poll,exit,,,,cec\n",
    )
    (root / "data" / "families.csv").write_text(
        "family,name,election,option,note\n"
        f",Blank,{ELECTION},alpha,\ns,Small,{ELECTION},,\nr,Ruling,{ELECTION},alpha,\nz,Zed,kz-1999-x,x,\n"
        f"q,,{ELECTION},gamma,\n",
        encoding="utf-8",
    )
    data = load(discover(root / "data"))
    entry = {
        "election": ELECTION,
        "poll": "p1",
        "status": "reconciled",
        "reason": "scored against the preliminary results",
        "options": [_option("alpha", 60.0, 1.0), _option("gamma", 0.0, -0.5)],
    }
    got = track_record(data, [entry])
    assert got.families == {"r": "Ruling", "z": "Zed", "q": "q"}
    (v,) = got.pollsters[0].votes
    assert (v.scope, v.reason, v.winner, v.winner_name) == (
        "",
        "scored against the preliminary results",
        "alpha",
        "Alpha",
    )
    assert [(f.family, f.name, f.option, f.option_name, f.error, f.note) for f in v.families] == [
        ("r", "Ruling", "alpha", "Alpha", 1.0, None),
        ("z", "Zed", None, None, None, "no member of this family in this vote"),
        ("q", "q", "gamma", "gamma", -0.5, None),
    ]
    # one vote each for r and q; z has no member in this vote: no house effect, the vote listed as absent
    assert [
        (h.family, h.name, h.n, h.mean, h.level, h.elections, h.absent) for h in got.pollsters[0].house_effects
    ] == [
        ("r", "Ruling", 1, 1.0, 0.95, [ELECTION], []),
        ("z", "Zed", 0, None, 0.95, [], [ELECTION]),
        ("q", "q", 1, -0.5, 0.95, [ELECTION], []),
    ]


def test_a_lean_of_less_than_a_point_is_still_a_lean():
    """Three votes, mean +0.50 with a 95 % interval +0.20 to +0.80 (zero outside it): toward the ruling side."""
    votes = [
        VoteRecord(f"e{y}", "E", "parliamentary", f"{y}-01-01", "p", "P", "national", True, None)
        for y in (2021, 2022, 2023)
    ]
    lean = HouseEffectRecord("r", "the ruling side", 3, 0.5, None, None, 0.2, 0.8, 0.95, [], [])
    assert verdict(PollsterRecord("x", "X", True, votes=votes, house_effects=[lean])) == (
        "3 scored votes (2021, 2022, 2023): a short record. It leaned toward the ruling side: mean error +0.50 points "
        "over 3 votes (95% interval +0.20 to +0.80)."
    )


def test_a_mean_plus_minus_of_zero_is_neither_better_nor_worse():
    """Plus-minus -1.5 and +1.5 over two votes: mean 0, the other pollsters' mean absolute error exactly."""
    rec = PollsterRecord("x", "X", True, votes=[], mean_plus_minus=0.0, plus_minus_votes=2)
    rec.votes = [VoteRecord("e1", "E", "parliamentary", "2023-01-01", "p", "P", "national", True, None)]
    assert verdict(rec) == (
        "One scored vote (2023): a single result, not a track record. Against the other pollsters of the same votes "
        "its mean absolute error was neither better nor worse on average (plus-minus +0.00, 2 vote(s))."
    )
