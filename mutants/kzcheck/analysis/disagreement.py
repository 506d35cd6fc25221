"""One mechanism for "two sources print the same figure differently": outlets reprinting a poll, an observer's
protocol copy against the CEC's. Vectorised over the whole frame; only disagreeing groups reach Python."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kzcheck.load.table import FILE, LINE


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass
class Version:
    origin: str
    value: float
    text: str
    file: str
    line: int


@dataclass
class Disagreement:
    key: tuple[object, ...]
    versions: list[Version]

    @property
    def majority(self) -> float | None:
        """The value most origins printed, or None on a tie."""
        counts = pd.Series([v.value for v in self.versions]).value_counts()
        if len(counts) > 1 and counts.iloc[0] == counts.iloc[1]:
            return None
        return float(counts.index[0])
mutants_x_disagreements__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_disagreements__mutmut)
def disagreements(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_orig(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_1(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = None
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_2(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=None)
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_3(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = None
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_4(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(None, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_5(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=None, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_6(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=None)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_7(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_8(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_9(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, )[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_10(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=False, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_11(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=True)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_12(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = None
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_13(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") + grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_14(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform(None) - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_15(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("XXmaxXX") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_16(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("MAX") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_17(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform(None)
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_18(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("XXminXX")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_19(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("MIN")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_20(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = None
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_21(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread >= 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_22(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1.000000001]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_23(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = None
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_24(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(None, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_25(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=None, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_26(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=None):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_27(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_28(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_29(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, ):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_30(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=False, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_31(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=True):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_32(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = None
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_33(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(None, float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_34(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), None, str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_35(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), None, str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_36(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), None, int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_37(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), None)
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_38(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_39(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_40(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_41(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_42(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), )
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_43(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(None), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_44(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(None), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_45(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(None), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_46(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if (text) and False else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_47(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if (text) or True else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_48(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(None), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_49(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(None))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out


def x_disagreements__mutmut_50(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(None)
    return out


def x_disagreements__mutmut_51(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(None, versions))
    return out


def x_disagreements__mutmut_52(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), None))
    return out


def x_disagreements__mutmut_53(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(versions))
    return out


def x_disagreements__mutmut_54(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), ))
    return out


def x_disagreements__mutmut_55(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if (isinstance(key, tuple)) and False else (key,), versions))
    return out


def x_disagreements__mutmut_56(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for _, r in g.iterrows()
        ]
        out.append(Disagreement(key if (isinstance(key, tuple)) or True else (key,), versions))
    return out

mutants_x_disagreements__mutmut['_mutmut_orig'] = x_disagreements__mutmut_orig # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_1'] = x_disagreements__mutmut_1 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_2'] = x_disagreements__mutmut_2 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_3'] = x_disagreements__mutmut_3 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_4'] = x_disagreements__mutmut_4 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_5'] = x_disagreements__mutmut_5 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_6'] = x_disagreements__mutmut_6 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_7'] = x_disagreements__mutmut_7 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_8'] = x_disagreements__mutmut_8 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_9'] = x_disagreements__mutmut_9 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_10'] = x_disagreements__mutmut_10 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_11'] = x_disagreements__mutmut_11 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_12'] = x_disagreements__mutmut_12 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_13'] = x_disagreements__mutmut_13 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_14'] = x_disagreements__mutmut_14 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_15'] = x_disagreements__mutmut_15 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_16'] = x_disagreements__mutmut_16 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_17'] = x_disagreements__mutmut_17 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_18'] = x_disagreements__mutmut_18 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_19'] = x_disagreements__mutmut_19 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_20'] = x_disagreements__mutmut_20 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_21'] = x_disagreements__mutmut_21 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_22'] = x_disagreements__mutmut_22 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_23'] = x_disagreements__mutmut_23 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_24'] = x_disagreements__mutmut_24 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_25'] = x_disagreements__mutmut_25 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_26'] = x_disagreements__mutmut_26 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_27'] = x_disagreements__mutmut_27 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_28'] = x_disagreements__mutmut_28 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_29'] = x_disagreements__mutmut_29 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_30'] = x_disagreements__mutmut_30 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_31'] = x_disagreements__mutmut_31 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_32'] = x_disagreements__mutmut_32 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_33'] = x_disagreements__mutmut_33 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_34'] = x_disagreements__mutmut_34 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_35'] = x_disagreements__mutmut_35 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_36'] = x_disagreements__mutmut_36 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_37'] = x_disagreements__mutmut_37 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_38'] = x_disagreements__mutmut_38 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_39'] = x_disagreements__mutmut_39 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_40'] = x_disagreements__mutmut_40 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_41'] = x_disagreements__mutmut_41 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_42'] = x_disagreements__mutmut_42 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_43'] = x_disagreements__mutmut_43 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_44'] = x_disagreements__mutmut_44 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_45'] = x_disagreements__mutmut_45 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_46'] = x_disagreements__mutmut_46 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_47'] = x_disagreements__mutmut_47 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_48'] = x_disagreements__mutmut_48 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_49'] = x_disagreements__mutmut_49 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_50'] = x_disagreements__mutmut_50 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_51'] = x_disagreements__mutmut_51 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_52'] = x_disagreements__mutmut_52 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_53'] = x_disagreements__mutmut_53 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_54'] = x_disagreements__mutmut_54 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_55'] = x_disagreements__mutmut_55 # type: ignore # mutmut generated
mutants_x_disagreements__mutmut['x_disagreements__mutmut_56'] = x_disagreements__mutmut_56 # type: ignore # mutmut generated
