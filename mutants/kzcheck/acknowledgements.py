"""Known defects of real sources (`acknowledged.csv`): which findings they cover, and what that does to an outcome.

An acknowledgement names a check, an election and a subject. It covers a finding of that check in that election
whose subject is the one named or one of its printings (`poll:x@source`) or parts (`poll:x/...`), never a longer id
that merely starts with the same letters (`poll:ipp` does not cover `poll:ipp-amanat`). An acknowledged finding is
still shown but no longer counts: an outcome left with acknowledged findings only passes.
"""

from __future__ import annotations

from kzcheck.model.findings import Finding, Outcome, Status, status_of


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_matches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_matches__mutmut)
def matches(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_orig(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_1(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is not None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_2(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return True
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_3(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") and subject.startswith(acknowledged + "/")


def x_matches__mutmut_4(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged and subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_5(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject != acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_6(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(None) or subject.startswith(acknowledged + "/")


def x_matches__mutmut_7(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged - "@") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_8(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "XX@XX") or subject.startswith(acknowledged + "/")


def x_matches__mutmut_9(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(None)


def x_matches__mutmut_10(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged - "/")


def x_matches__mutmut_11(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "XX/XX")

mutants_x_matches__mutmut['_mutmut_orig'] = x_matches__mutmut_orig # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_1'] = x_matches__mutmut_1 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_2'] = x_matches__mutmut_2 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_3'] = x_matches__mutmut_3 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_4'] = x_matches__mutmut_4 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_5'] = x_matches__mutmut_5 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_6'] = x_matches__mutmut_6 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_7'] = x_matches__mutmut_7 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_8'] = x_matches__mutmut_8 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_9'] = x_matches__mutmut_9 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_10'] = x_matches__mutmut_10 # type: ignore # mutmut generated
mutants_x_matches__mutmut['x_matches__mutmut_11'] = x_matches__mutmut_11 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_acknowledge__mutmut)
def acknowledge(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_orig(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_1(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = None
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_2(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(None)
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_3(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=None))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_4(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["XXcheckXX", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_5(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["CHECK", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_6(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "XXelectionXX", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_7(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "ELECTION", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_8(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "XXsubjectXX", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_9(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "SUBJECT", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_10(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "XXreasonXX"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_11(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "REASON"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_12(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=True))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_13(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election or matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_14(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check or f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_15(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check != check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_16(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election != election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_17(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(None, str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_18(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, None):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_19(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(str(subject)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_20(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, ):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_21(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(None)):
                f.acknowledged = str(reason)
                break


def x_acknowledge__mutmut_22(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = None
                break


def x_acknowledge__mutmut_23(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(None)
                break


def x_acknowledge__mutmut_24(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                return

mutants_x_acknowledge__mutmut['_mutmut_orig'] = x_acknowledge__mutmut_orig # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_1'] = x_acknowledge__mutmut_1 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_2'] = x_acknowledge__mutmut_2 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_3'] = x_acknowledge__mutmut_3 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_4'] = x_acknowledge__mutmut_4 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_5'] = x_acknowledge__mutmut_5 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_6'] = x_acknowledge__mutmut_6 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_7'] = x_acknowledge__mutmut_7 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_8'] = x_acknowledge__mutmut_8 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_9'] = x_acknowledge__mutmut_9 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_10'] = x_acknowledge__mutmut_10 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_11'] = x_acknowledge__mutmut_11 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_12'] = x_acknowledge__mutmut_12 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_13'] = x_acknowledge__mutmut_13 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_14'] = x_acknowledge__mutmut_14 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_15'] = x_acknowledge__mutmut_15 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_16'] = x_acknowledge__mutmut_16 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_17'] = x_acknowledge__mutmut_17 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_18'] = x_acknowledge__mutmut_18 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_19'] = x_acknowledge__mutmut_19 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_20'] = x_acknowledge__mutmut_20 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_21'] = x_acknowledge__mutmut_21 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_22'] = x_acknowledge__mutmut_22 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_23'] = x_acknowledge__mutmut_23 # type: ignore # mutmut generated
mutants_x_acknowledge__mutmut['x_acknowledge__mutmut_24'] = x_acknowledge__mutmut_24 # type: ignore # mutmut generated
mutants_x_settle__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_settle__mutmut)
def settle(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], table)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_orig(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], table)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_1(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge(None, table)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_2(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], None)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_3(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge(table)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_4(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], )
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_5(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], table)
    for o in outcomes:
        if o.status in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def x_settle__mutmut_6(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], table)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = None


def x_settle__mutmut_7(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay)."""
    acknowledge([f for o in outcomes for f in o.findings], table)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(None)

mutants_x_settle__mutmut['_mutmut_orig'] = x_settle__mutmut_orig # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_1'] = x_settle__mutmut_1 # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_2'] = x_settle__mutmut_2 # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_3'] = x_settle__mutmut_3 # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_4'] = x_settle__mutmut_4 # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_5'] = x_settle__mutmut_5 # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_6'] = x_settle__mutmut_6 # type: ignore # mutmut generated
mutants_x_settle__mutmut['x_settle__mutmut_7'] = x_settle__mutmut_7 # type: ignore # mutmut generated
