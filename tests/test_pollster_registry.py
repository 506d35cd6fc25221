"""The pollster registry: every bundled poll resolves, names are matched after NFC and case folding, an unknown name
gets a suggestion, and one organisation printed under two names as two polls of one vote is flagged."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from helpers import edit_rows, read_rows, rows_of, write_rows

from kzcheck.checks import RunConfig, registry
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.load.pollsters import name_key, registry_of
from kzcheck.model.findings import Severity, Status

E21, E23, E24 = "kz-2021-mazhilis", "kz-2023-mazhilis", "kz-2024-referendum"
RFERL = "rferl-2024-10-referendum"


def outcomes(data: Path, *elections: str):
    return registry.run(load(discover(data, list(elections) or None)), RunConfig())


def findings(data: Path, check: str, *elections: str):
    return [f for o in outcomes(data, *elections) if o.check == check for f in o.findings]


def set_poll(data: Path, election: str, poll: str, **cells: str) -> None:
    def change(rows):
        for r in rows:
            if r["poll"] == poll:
                r.update(cells)
        return rows

    edit_rows(data / "polls" / f"{election}.csv", change)


def test_every_bundled_poll_resolves_by_id_and_by_its_printed_name(data_copy):
    data = load(discover(data_copy))
    reg = registry_of(data.pollsters)
    assert reg is not None
    assert data.polls["pollster_ref"].notna().all(), data.polls[data.polls["pollster_ref"].isna()]
    for name, ref in zip(data.polls["pollster"], data.polls["pollster_ref"], strict=True):
        assert reg.resolve(name) == ref  # the printed name is one of the pollster's names, not only the id
    assert sorted(set(data.polls["pollster_ref"])) == sorted(reg.names)  # and every registry pollster polled
    bad = [f for o in registry.run(data, RunConfig()) for f in o.findings]
    assert bad == []


def test_every_alias_the_fact_sheet_prints_finds_its_pollster(data_copy):
    reg = registry_of(load(discover(data_copy)).pollsters)
    assert reg is not None
    for printed, pollster in [
        ("SOTSIS-A", "sotsis-a"),
        ("СОЦИС-А", "sotsis-a"),
        ("SOCIS-A", "sotsis-a"),
        ("ИКСИ «Астана»", "sotsis-a"),
        ('Institute for Comprehensive Social Research "Astana"', "sotsis-a"),
        ("Institute of Complex Social Studies SOCIS-A", "sotsis-a"),
        ("the private Astana research group", "sotsis-a"),
        ("the Sotsis-A Institute", "sotsis-a"),
        ("Институт евразийской интеграции", "iei"),
        ("Еуразиялық интеграция институты", "iei"),
        ("Институт общественной политики", "ipp-amanat"),
        ("Қоғамдық саясат институты", "ipp-amanat"),
        ("Qogamdyq Pikir", "qogamdyq-pikir"),
        ("Open Society", "osii"),
    ]:
        assert reg.resolve(printed) == pollster, printed


def test_names_are_compared_after_nfc_and_case_folding(data_copy):
    """ "евразийской" holds й, which NFD splits into и + a combining breve: the decomposed, upper-case printing
    is still the Institute of Eurasian Integration."""
    decomposed = unicodedata.normalize("NFD", "ИНСТИТУТ ЕВРАЗИЙСКОЙ ИНТЕГРАЦИИ")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert name_key(decomposed) == name_key("Институт евразийской интеграции")
    set_poll(data_copy, E23, "iei", pollster=decomposed, pollster_id="")
    data = load(discover(data_copy, [E23]))
    assert data.polls.set_index("poll").loc["iei", "pollster_ref"] == "iei"
    assert findings(data_copy, registry.KNOWN, E23) == []


def test_an_unknown_pollster_name_is_a_warning_with_a_suggestion(data_copy):
    set_poll(data_copy, E23, "democracy", pollster="Institut of Democrasy", pollster_id="")
    (f,) = findings(data_copy, registry.KNOWN, E23)
    assert f.severity is Severity.WARNING and f.subject == "poll:democracy"
    assert f.file and f.file.endswith(f"polls/{E23}.csv") and f.row == 3 and f.column == "pollster"
    assert "'Institut of Democrasy' is not in the registry" in f.message
    assert "did you mean 'Institute of Democracy' (id democracy)?" in f.message


def test_an_unknown_pollster_id_is_a_warning_with_a_suggestion(data_copy):
    set_poll(data_copy, E23, "sotsis-a", pollster_id="sotsis")
    (f,) = findings(data_copy, registry.KNOWN, E23)
    assert f.column == "pollster_id" and "'sotsis' is not a pollster" in f.message and "'sotsis-a'" in f.message


def test_a_printed_name_of_another_pollster_under_an_id_is_a_probable_mixup(data_copy):
    set_poll(data_copy, E23, "iei", pollster="SOTSIS-A")  # pollster_id stays iei
    (f,) = findings(data_copy, registry.NAME_MATCHES, E23)
    assert f.severity is Severity.WARNING
    assert "filed under 'Institute of Eurasian Integration'" in f.message and "a name of 'SOTSIS-A'" in f.message


def add_rferl_double_count(data: Path, scope: str = "national") -> None:
    """RFE/RL's printing of the 2024 exit polls: SOTSIS-A as "the Sotsis-A Institute" and, a second time, as "the
    private Astana research group" (fact sheet §9). The figures of the second poll are this test's own."""
    header, rows = read_rows(data / "sources.csv")
    rows.append(
        {
            "source": RFERL,
            "outlet": "RFE/RL",
            "url": "https://rferl.org/amp/kazakhstan-referendum-nuclear-power-plant-coal/33147895.html",
            "published": "2024-10-07",
            "language": "en",
            "note": "test copy",
        }
    )
    write_rows(data / "sources.csv", header, rows)
    polls = data / "polls" / f"{E24}.csv"
    header, rows = read_rows(polls)
    sotsis = next(r for r in rows if r["poll"] == "sotsis-a")
    sotsis.update(pollster="the Sotsis-A Institute", pollster_id="")
    rows.append(
        {**sotsis, "poll": "astana-group", "pollster": "the private Astana research group", "scope": scope}
        | {"source": RFERL}
    )
    write_rows(polls, header, rows)
    figures = data / "figures" / f"{E24}.csv"
    header, rows = read_rows(figures)
    rows += [
        {"poll": "astana-group", "source": RFERL, "option": "yes", "share": "69.8"},
        {"poll": "astana-group", "source": RFERL, "option": "no", "share": "30.2"},
    ]
    write_rows(figures, header, rows)


def test_one_organisation_under_two_names_as_two_polls_of_one_vote_is_counted_twice(data_copy):
    add_rferl_double_count(data_copy)
    found = findings(data_copy, registry.TWICE, E24)
    assert len(found) == 1
    f = found[0]
    assert f.severity is Severity.WARNING and f.election == E24 and f.subject == "pollster:sotsis-a"
    for text in (
        "2 polls of this vote are all SOTSIS-A",
        "the Sotsis-A Institute",
        "the private Astana research group",
    ):
        assert text in f.message
    assert f.row == len(rows_of(data_copy / "polls" / f"{E24}.csv")) + 1  # the second poll's line
    assert findings(data_copy, registry.KNOWN, E24) == []  # both names are aliases: known, just counted twice


def test_polls_declared_separate_by_scope_are_not_counted_twice(data_copy):
    add_rferl_double_count(data_copy, scope="almaty-city")
    assert findings(data_copy, registry.TWICE, E24) == []


def test_a_pre_election_survey_and_an_exit_poll_of_one_pollster_are_separate(data_copy):
    """Qogamdyq Pikir 2023 is a pre-election phone poll: a second, exit poll of the same pollster is not a double."""
    polls = data_copy / "polls" / f"{E23}.csv"
    header, rows = read_rows(polls)
    pre = next(r for r in rows if r["poll"] == "qogamdyq-pikir-pre")
    rows.append({**pre, "poll": "qogamdyq-pikir-exit", "kind": "exit", "method": "exit poll"})
    write_rows(polls, header, rows)
    assert findings(data_copy, registry.TWICE, E23) == []
    rows.append({**pre, "poll": "qogamdyq-pikir-pre-2"})
    write_rows(polls, header, rows)
    assert len(findings(data_copy, registry.TWICE, E23)) == 1


def test_a_name_two_pollsters_share_is_an_error_and_resolves_to_neither(data_copy):
    def share_alias(rows):
        for r in rows:
            if r["pollster"] == "democracy":
                r["aliases"] = "IEI"
        return rows

    edit_rows(data_copy / "pollsters.csv", share_alias)
    set_poll(data_copy, E23, "iei", pollster="IEI", pollster_id="")
    (dup,) = findings(data_copy, registry.ALIAS_UNIQUE, E23)
    assert "'iei' (as folded) belongs to democracy, iei" in dup.message and dup.file.endswith("pollsters.csv")
    (f,) = findings(data_copy, registry.KNOWN, E23)
    assert "several pollsters (democracy, iei)" in f.message


def test_the_registry_schema_is_checked_by_pandera(data_copy):
    def damage(rows):
        rows[1]["pollster"] = rows[0]["pollster"]  # a duplicate id
        rows[2]["pollster"] = "Institute Of Democracy"  # not a lower-case id
        rows[3]["links"] = "baq.kz/some-page"  # not a web address
        return rows

    edit_rows(data_copy / "pollsters.csv", damage)
    found = findings(data_copy, registry.SCHEMA_POLLSTERS, E23)
    messages = " | ".join(f"{f.row}:{f.column}:{f.message}" for f in found)
    assert "4:pollster:pollster must be a lower-case id" in messages
    assert "5:links:links must be web addresses" in messages
    # the duplicate id is the loader's: one row per key is kept, and the input finding names both rows
    (dup,) = [f for f in load(discover(data_copy, [E23])).findings if f.file and f.file.endswith("pollsters.csv")]
    assert dup.check == "input.conflicting-duplicate" and dup.row == 3 and "same pollster as row 2" in dup.message


def test_a_family_member_that_is_not_an_option_of_its_vote_is_an_error(data_copy):
    def wrong(rows):
        for r in rows:
            if r["election"] == E21:
                r["option"] = "amanat"  # AMANAT was still Nur Otan in 2021
        return rows

    edit_rows(data_copy / "families.csv", wrong)
    (f,) = findings(data_copy, registry.MEMBERS, E21)
    assert f.severity is Severity.ERROR and f.row == 2 and f.column == "option"
    assert "'amanat' is not an option of kz-2021-mazhilis" in f.message and "nur-otan" in f.message


def test_without_a_registry_the_checks_say_so_and_names_still_count(data_copy):
    (data_copy / "pollsters.csv").unlink()
    add_rferl_double_count(data_copy)
    set_poll(data_copy, E24, "astana-group", pollster="the Sotsis-A Institute")
    result = outcomes(data_copy, E24)
    known = [o for o in result if o.check == registry.KNOWN]
    assert [o.status for o in known] == [Status.NOT_EVALUATED] and "no pollsters.csv" in known[0].note
    twice = [f for o in result if o.check == registry.TWICE for f in o.findings]
    assert len(twice) == 1 and twice[0].subject == "pollster:name:sotsis-a institute"
