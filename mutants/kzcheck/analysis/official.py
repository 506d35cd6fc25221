"""The CEC's own figures as tables: its preliminary and final rows with each line's role, the option totals per
area, and the list seats recomputed from the votes under the election's method against those printed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import pandas as pd

from kzcheck.load.election import OPTIONS_TERM, Election, Relation
from kzcheck.load.frames import OFFICIAL, LoadedData
from kzcheck.methods.allocation import METHODS, Method, allocate, allocate_detailed
from kzcheck.model.tables import Allocation

STATUSES = ("preliminary", "final")


GROUP = ["election", "status", "area"]


METHOD_NAMES = {"hare": "Hare quota with largest remainders", "dhondt": "D'Hondt", "sainte-lague": "Sainte-Laguë"}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_official_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_official_rows__mutmut)
def official_rows(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_orig(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_1(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = None
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_2(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = None
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_3(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) | r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_4(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) | r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_5(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["XXoriginXX"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_6(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["ORIGIN"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_7(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] != OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_8(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(None) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_9(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["XXstatusXX"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_10(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["STATUS"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_11(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["XXas_ofXX"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_12(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["AS_OF"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_13(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = None  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_14(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["XXcountXX"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_15(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["COUNT"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_16(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(None)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_17(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["XXcountXX"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_18(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["COUNT"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_19(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["XXcountXX"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_20(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["COUNT"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_21(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] > 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_22(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 1)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_23(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("XXelectionXX", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_24(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("ELECTION", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_25(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "XXstatusXX", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_26(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "STATUS", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_27(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "XXareaXX", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_28(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "AREA", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_29(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "XXlineXX"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_30(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "LINE"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_31(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = None
    return rows


def x_official_rows__mutmut_32(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype(None).cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_33(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("XXcategoryXX").cat.remove_unused_categories()
    return rows


def x_official_rows__mutmut_34(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("CATEGORY").cat.remove_unused_categories()
    return rows

mutants_x_official_rows__mutmut['_mutmut_orig'] = x_official_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_1'] = x_official_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_2'] = x_official_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_3'] = x_official_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_4'] = x_official_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_5'] = x_official_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_6'] = x_official_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_7'] = x_official_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_8'] = x_official_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_9'] = x_official_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_10'] = x_official_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_11'] = x_official_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_12'] = x_official_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_13'] = x_official_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_14'] = x_official_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_15'] = x_official_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_16'] = x_official_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_17'] = x_official_rows__mutmut_17 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_18'] = x_official_rows__mutmut_18 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_19'] = x_official_rows__mutmut_19 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_20'] = x_official_rows__mutmut_20 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_21'] = x_official_rows__mutmut_21 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_22'] = x_official_rows__mutmut_22 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_23'] = x_official_rows__mutmut_23 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_24'] = x_official_rows__mutmut_24 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_25'] = x_official_rows__mutmut_25 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_26'] = x_official_rows__mutmut_26 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_27'] = x_official_rows__mutmut_27 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_28'] = x_official_rows__mutmut_28 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_29'] = x_official_rows__mutmut_29 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_30'] = x_official_rows__mutmut_30 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_31'] = x_official_rows__mutmut_31 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_32'] = x_official_rows__mutmut_32 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_33'] = x_official_rows__mutmut_33 # type: ignore # mutmut generated
mutants_x_official_rows__mutmut['x_official_rows__mutmut_34'] = x_official_rows__mutmut_34 # type: ignore # mutmut generated
mutants_x__like__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__like__mutmut)
def _like(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_orig(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_1(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = None
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_2(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = None
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_3(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(None, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_4(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype=None)
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_5(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_6(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, )
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_7(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="XXobjectXX")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_8(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="OBJECT")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


def x__like__mutmut_9(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(None, categories=categories)


def x__like__mutmut_10(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=None)


def x__like__mutmut_11(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(categories=categories)


def x__like__mutmut_12(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), )


def x__like__mutmut_13(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(None), categories=categories)


def x__like__mutmut_14(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(None)), categories=categories)

mutants_x__like__mutmut['_mutmut_orig'] = x__like__mutmut_orig # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_1'] = x__like__mutmut_1 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_2'] = x__like__mutmut_2 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_3'] = x__like__mutmut_3 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_4'] = x__like__mutmut_4 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_5'] = x__like__mutmut_5 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_6'] = x__like__mutmut_6 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_7'] = x__like__mutmut_7 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_8'] = x__like__mutmut_8 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_9'] = x__like__mutmut_9 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_10'] = x__like__mutmut_10 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_11'] = x__like__mutmut_11 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_12'] = x__like__mutmut_12 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_13'] = x__like__mutmut_13 # type: ignore # mutmut generated
mutants_x__like__mutmut['x__like__mutmut_14'] = x__like__mutmut_14 # type: ignore # mutmut generated
mutants_x_line_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_line_table__mutmut)
def line_table(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_orig(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_1(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = None
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_2(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(None):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_3(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append(None)
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_4(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, False, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_5(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append(None)
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_6(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, True, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_7(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, +1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_8(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -2, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_9(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, True, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_10(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") and ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_11(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get(None) or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_12(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("XXenXX") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_13(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("EN") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_14(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(None, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_15(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=None)


def x_line_table__mutmut_16(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_17(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, )


def x_line_table__mutmut_18(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["XXelectionXX", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_19(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["ELECTION", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_20(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "XXlineXX", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_21(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "LINE", "is_option", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_22(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "XXis_optionXX", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_23(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "IS_OPTION", "order", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_24(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "XXorderXX", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_25(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "ORDER", "seat_eligible", "percent_of", "name"])


def x_line_table__mutmut_26(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "XXseat_eligibleXX", "percent_of", "name"])


def x_line_table__mutmut_27(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "SEAT_ELIGIBLE", "percent_of", "name"])


def x_line_table__mutmut_28(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "XXpercent_ofXX", "name"])


def x_line_table__mutmut_29(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "PERCENT_OF", "name"])


def x_line_table__mutmut_30(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "XXnameXX"])


def x_line_table__mutmut_31(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "NAME"])

mutants_x_line_table__mutmut['_mutmut_orig'] = x_line_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_1'] = x_line_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_2'] = x_line_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_3'] = x_line_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_4'] = x_line_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_5'] = x_line_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_6'] = x_line_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_7'] = x_line_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_8'] = x_line_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_9'] = x_line_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_10'] = x_line_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_11'] = x_line_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_12'] = x_line_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_13'] = x_line_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_14'] = x_line_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_15'] = x_line_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_16'] = x_line_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_17'] = x_line_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_18'] = x_line_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_19'] = x_line_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_20'] = x_line_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_21'] = x_line_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_22'] = x_line_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_23'] = x_line_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_24'] = x_line_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_25'] = x_line_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_26'] = x_line_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_27'] = x_line_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_28'] = x_line_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_29'] = x_line_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_30'] = x_line_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_line_table__mutmut['x_line_table__mutmut_31'] = x_line_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_option_totals__mutmut)
def option_totals(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_orig(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_1(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = None
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_2(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["XXis_optionXX"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_3(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["IS_OPTION"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_4(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = None
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_5(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(None).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_6(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(None, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_7(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=None, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_8(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=None)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_9(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_10(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_11(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, )["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_12(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=True, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_13(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=False)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_14(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["XXcountXX"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_15(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["COUNT"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_16(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["XXsumXX", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_17(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["SUM", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_18(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "XXcountXX"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_19(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "COUNT"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_20(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = None
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_21(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map(None)
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_22(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype(None).map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_23(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["XXelectionXX"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_24(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["ELECTION"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_25(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("XXstrXX").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_26(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("STR").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_27(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = None
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_28(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["XXoption_votesXX"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_29(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["OPTION_VOTES"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_30(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(None)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_31(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["XXsumXX"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_32(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["SUM"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_33(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["XXcountXX"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_34(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["COUNT"] == needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_35(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] != needed)
    return g[[*GROUP, "option_votes"]]


def x_option_totals__mutmut_36(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "XXoption_votesXX"]]


def x_option_totals__mutmut_37(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "OPTION_VOTES"]]

mutants_x_option_totals__mutmut['_mutmut_orig'] = x_option_totals__mutmut_orig # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_1'] = x_option_totals__mutmut_1 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_2'] = x_option_totals__mutmut_2 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_3'] = x_option_totals__mutmut_3 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_4'] = x_option_totals__mutmut_4 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_5'] = x_option_totals__mutmut_5 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_6'] = x_option_totals__mutmut_6 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_7'] = x_option_totals__mutmut_7 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_8'] = x_option_totals__mutmut_8 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_9'] = x_option_totals__mutmut_9 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_10'] = x_option_totals__mutmut_10 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_11'] = x_option_totals__mutmut_11 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_12'] = x_option_totals__mutmut_12 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_13'] = x_option_totals__mutmut_13 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_14'] = x_option_totals__mutmut_14 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_15'] = x_option_totals__mutmut_15 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_16'] = x_option_totals__mutmut_16 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_17'] = x_option_totals__mutmut_17 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_18'] = x_option_totals__mutmut_18 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_19'] = x_option_totals__mutmut_19 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_20'] = x_option_totals__mutmut_20 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_21'] = x_option_totals__mutmut_21 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_22'] = x_option_totals__mutmut_22 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_23'] = x_option_totals__mutmut_23 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_24'] = x_option_totals__mutmut_24 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_25'] = x_option_totals__mutmut_25 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_26'] = x_option_totals__mutmut_26 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_27'] = x_option_totals__mutmut_27 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_28'] = x_option_totals__mutmut_28 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_29'] = x_option_totals__mutmut_29 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_30'] = x_option_totals__mutmut_30 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_31'] = x_option_totals__mutmut_31 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_32'] = x_option_totals__mutmut_32 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_33'] = x_option_totals__mutmut_33 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_34'] = x_option_totals__mutmut_34 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_35'] = x_option_totals__mutmut_35 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_36'] = x_option_totals__mutmut_36 # type: ignore # mutmut generated
mutants_x_option_totals__mutmut['x_option_totals__mutmut_37'] = x_option_totals__mutmut_37 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_line_counts__mutmut)
def line_counts(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_orig(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_1(rows: pd.DataFrame, lines: set[str], column: str = "XXcountXX") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_2(rows: pd.DataFrame, lines: set[str], column: str = "COUNT") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_3(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = None
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_4(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(None)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_5(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["XXlineXX"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_6(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["LINE"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_7(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame(None)
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_8(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:1] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_9(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = None
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_10(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates(None)
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_11(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "XXlineXX"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_12(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "LINE"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_13(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = None
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_14(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=None, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_15(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns=None, values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_16(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=None)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_17(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_18(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_19(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", )
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_20(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=None).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_21(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype(None)).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_22(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["XXlineXX"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_23(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["LINE"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_24(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("XXstrXX")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_25(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("STR")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_26(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="XXlineXX", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_27(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="LINE", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_28(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = None
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_29(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(None) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_30(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = None
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


def x_line_counts__mutmut_31(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = None
    return wide


def x_line_counts__mutmut_32(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(None, rows[c])
    return wide


def x_line_counts__mutmut_33(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), None)
    return wide


def x_line_counts__mutmut_34(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(rows[c])
    return wide


def x_line_counts__mutmut_35(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), )
    return wide


def x_line_counts__mutmut_36(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype(None), rows[c])
    return wide


def x_line_counts__mutmut_37(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("XXstrXX"), rows[c])
    return wide


def x_line_counts__mutmut_38(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("STR"), rows[c])
    return wide

mutants_x_line_counts__mutmut['_mutmut_orig'] = x_line_counts__mutmut_orig # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_1'] = x_line_counts__mutmut_1 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_2'] = x_line_counts__mutmut_2 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_3'] = x_line_counts__mutmut_3 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_4'] = x_line_counts__mutmut_4 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_5'] = x_line_counts__mutmut_5 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_6'] = x_line_counts__mutmut_6 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_7'] = x_line_counts__mutmut_7 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_8'] = x_line_counts__mutmut_8 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_9'] = x_line_counts__mutmut_9 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_10'] = x_line_counts__mutmut_10 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_11'] = x_line_counts__mutmut_11 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_12'] = x_line_counts__mutmut_12 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_13'] = x_line_counts__mutmut_13 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_14'] = x_line_counts__mutmut_14 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_15'] = x_line_counts__mutmut_15 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_16'] = x_line_counts__mutmut_16 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_17'] = x_line_counts__mutmut_17 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_18'] = x_line_counts__mutmut_18 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_19'] = x_line_counts__mutmut_19 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_20'] = x_line_counts__mutmut_20 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_21'] = x_line_counts__mutmut_21 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_22'] = x_line_counts__mutmut_22 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_23'] = x_line_counts__mutmut_23 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_24'] = x_line_counts__mutmut_24 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_25'] = x_line_counts__mutmut_25 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_26'] = x_line_counts__mutmut_26 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_27'] = x_line_counts__mutmut_27 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_28'] = x_line_counts__mutmut_28 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_29'] = x_line_counts__mutmut_29 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_30'] = x_line_counts__mutmut_30 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_31'] = x_line_counts__mutmut_31 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_32'] = x_line_counts__mutmut_32 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_33'] = x_line_counts__mutmut_33 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_34'] = x_line_counts__mutmut_34 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_35'] = x_line_counts__mutmut_35 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_36'] = x_line_counts__mutmut_36 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_37'] = x_line_counts__mutmut_37 # type: ignore # mutmut generated
mutants_x_line_counts__mutmut['x_line_counts__mutmut_38'] = x_line_counts__mutmut_38 # type: ignore # mutmut generated
mutants_x_totals_relations__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_totals_relations__mutmut)
def totals_relations(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "==" and any(t == OPTIONS_TERM for _, t in (*r.left, *r.right))]


def x_totals_relations__mutmut_orig(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "==" and any(t == OPTIONS_TERM for _, t in (*r.left, *r.right))]


def x_totals_relations__mutmut_1(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "==" or any(t == OPTIONS_TERM for _, t in (*r.left, *r.right))]


def x_totals_relations__mutmut_2(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op != "==" and any(t == OPTIONS_TERM for _, t in (*r.left, *r.right))]


def x_totals_relations__mutmut_3(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "XX==XX" and any(t == OPTIONS_TERM for _, t in (*r.left, *r.right))]


def x_totals_relations__mutmut_4(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "==" and any(None)]


def x_totals_relations__mutmut_5(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "==" and any(t != OPTIONS_TERM for _, t in (*r.left, *r.right))]

mutants_x_totals_relations__mutmut['_mutmut_orig'] = x_totals_relations__mutmut_orig # type: ignore # mutmut generated
mutants_x_totals_relations__mutmut['x_totals_relations__mutmut_1'] = x_totals_relations__mutmut_1 # type: ignore # mutmut generated
mutants_x_totals_relations__mutmut['x_totals_relations__mutmut_2'] = x_totals_relations__mutmut_2 # type: ignore # mutmut generated
mutants_x_totals_relations__mutmut['x_totals_relations__mutmut_3'] = x_totals_relations__mutmut_3 # type: ignore # mutmut generated
mutants_x_totals_relations__mutmut['x_totals_relations__mutmut_4'] = x_totals_relations__mutmut_4 # type: ignore # mutmut generated
mutants_x_totals_relations__mutmut['x_totals_relations__mutmut_5'] = x_totals_relations__mutmut_5 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_printed_total_line__mutmut)
def printed_total_line(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_orig(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_1(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(None):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_2(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 or b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_3(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) or len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_4(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a != ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_5(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((2, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_6(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) != 1 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_7(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 2 and b[0][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_8(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[1][0] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_9(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][1] == 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_10(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] != 1:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_11(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 2:
                return b[0][1]
    return None


def x_printed_total_line__mutmut_12(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[1][1]
    return None


def x_printed_total_line__mutmut_13(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][2]
    return None

mutants_x_printed_total_line__mutmut['_mutmut_orig'] = x_printed_total_line__mutmut_orig # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_1'] = x_printed_total_line__mutmut_1 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_2'] = x_printed_total_line__mutmut_2 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_3'] = x_printed_total_line__mutmut_3 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_4'] = x_printed_total_line__mutmut_4 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_5'] = x_printed_total_line__mutmut_5 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_6'] = x_printed_total_line__mutmut_6 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_7'] = x_printed_total_line__mutmut_7 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_8'] = x_printed_total_line__mutmut_8 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_9'] = x_printed_total_line__mutmut_9 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_10'] = x_printed_total_line__mutmut_10 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_11'] = x_printed_total_line__mutmut_11 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_12'] = x_printed_total_line__mutmut_12 # type: ignore # mutmut generated
mutants_x_printed_total_line__mutmut['x_printed_total_line__mutmut_13'] = x_printed_total_line__mutmut_13 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut: MutantDict = {}  # type: ignore
mutants_xǁContextǁsubjects__mutmut: MutantDict = {}  # type: ignore


@dataclass
class Context:
    """The official rows with each line's role, and the sums every check needs."""

    data: LoadedData
    rows: pd.DataFrame
    totals: pd.DataFrame

    @classmethod
    @_mutmut_mutated(mutants_xǁContextǁbuild__mutmut, is_classmethod = True)
    def build(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_orig(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_1(cls, data: LoadedData) -> Context:
        rows = None
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_2(cls, data: LoadedData) -> Context:
        rows = official_rows(None)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_3(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = None
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_4(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(None)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_5(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = None
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_6(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["XXelectionXX"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_7(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["ELECTION"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_8(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["XXlineXX"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_9(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["LINE"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_10(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(None, rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_11(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], None),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_12(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_13(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], ),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_14(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["XXelectionXX"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_15(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["ELECTION"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_16(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["XXelectionXX"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_17(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["ELECTION"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_18(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(None, rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_19(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], None),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_20(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_21(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], ),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_22(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["XXlineXX"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_23(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["LINE"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_24(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["XXlineXX"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_25(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["LINE"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_26(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = None
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_27(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(None, on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_28(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=None, how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_29(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how=None)
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_30(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_31(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_32(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], )
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_33(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=None), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_34(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["XXelectionXX", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_35(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["ELECTION", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_36(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "XXlineXX"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_37(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "LINE"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_38(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["XXelectionXX", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_39(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["ELECTION", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_40(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "XXlineXX"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_41(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "LINE"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_42(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="XXleftXX")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_43(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="LEFT")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_44(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = None
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_45(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["XXis_optionXX"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_46(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["IS_OPTION"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_47(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(None)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_48(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(None).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_49(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["XXis_optionXX"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_50(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["IS_OPTION"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_51(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(True).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_52(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = None
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_53(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["XXseat_eligibleXX"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_54(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["SEAT_ELIGIBLE"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_55(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(None)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_56(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(None).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_57(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["XXseat_eligibleXX"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_58(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["SEAT_ELIGIBLE"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_59(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(True).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_60(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = None
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_61(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["XXnameXX"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_62(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["NAME"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_63(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(None)
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_64(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["XXnameXX"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_65(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["NAME"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_66(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["XXlineXX"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_67(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["LINE"])
        return cls(data, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_68(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(None, rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_69(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, None, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_70(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, None)

    @classmethod
    def xǁContextǁbuild__mutmut_71(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(rows, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_72(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, option_totals(rows, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_73(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, )

    @classmethod
    def xǁContextǁbuild__mutmut_74(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(None, data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_75(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, None))

    @classmethod
    def xǁContextǁbuild__mutmut_76(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(data.elections))

    @classmethod
    def xǁContextǁbuild__mutmut_77(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, ))

    @_mutmut_mutated(mutants_xǁContextǁsubjects__mutmut)
    def subjects(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_orig(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_1(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = None
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_2(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(None)
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_3(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype(None).sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_4(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["XXelectionXX", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_5(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["ELECTION", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_6(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "XXstatusXX"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_7(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "STATUS"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_8(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("XXstrXX").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_9(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("STR").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_10(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["XXelectionXX", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_11(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["ELECTION", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_12(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "XXstatusXX"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_13(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "STATUS"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_14(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=None) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_15(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=True) if election in (None, e)]

    def xǁContextǁsubjects__mutmut_16(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election not in (None, e)]

mutants_xǁContextǁbuild__mutmut['_mutmut_orig'] = Context.xǁContextǁbuild__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_1'] = Context.xǁContextǁbuild__mutmut_1 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_2'] = Context.xǁContextǁbuild__mutmut_2 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_3'] = Context.xǁContextǁbuild__mutmut_3 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_4'] = Context.xǁContextǁbuild__mutmut_4 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_5'] = Context.xǁContextǁbuild__mutmut_5 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_6'] = Context.xǁContextǁbuild__mutmut_6 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_7'] = Context.xǁContextǁbuild__mutmut_7 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_8'] = Context.xǁContextǁbuild__mutmut_8 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_9'] = Context.xǁContextǁbuild__mutmut_9 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_10'] = Context.xǁContextǁbuild__mutmut_10 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_11'] = Context.xǁContextǁbuild__mutmut_11 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_12'] = Context.xǁContextǁbuild__mutmut_12 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_13'] = Context.xǁContextǁbuild__mutmut_13 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_14'] = Context.xǁContextǁbuild__mutmut_14 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_15'] = Context.xǁContextǁbuild__mutmut_15 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_16'] = Context.xǁContextǁbuild__mutmut_16 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_17'] = Context.xǁContextǁbuild__mutmut_17 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_18'] = Context.xǁContextǁbuild__mutmut_18 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_19'] = Context.xǁContextǁbuild__mutmut_19 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_20'] = Context.xǁContextǁbuild__mutmut_20 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_21'] = Context.xǁContextǁbuild__mutmut_21 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_22'] = Context.xǁContextǁbuild__mutmut_22 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_23'] = Context.xǁContextǁbuild__mutmut_23 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_24'] = Context.xǁContextǁbuild__mutmut_24 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_25'] = Context.xǁContextǁbuild__mutmut_25 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_26'] = Context.xǁContextǁbuild__mutmut_26 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_27'] = Context.xǁContextǁbuild__mutmut_27 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_28'] = Context.xǁContextǁbuild__mutmut_28 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_29'] = Context.xǁContextǁbuild__mutmut_29 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_30'] = Context.xǁContextǁbuild__mutmut_30 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_31'] = Context.xǁContextǁbuild__mutmut_31 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_32'] = Context.xǁContextǁbuild__mutmut_32 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_33'] = Context.xǁContextǁbuild__mutmut_33 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_34'] = Context.xǁContextǁbuild__mutmut_34 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_35'] = Context.xǁContextǁbuild__mutmut_35 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_36'] = Context.xǁContextǁbuild__mutmut_36 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_37'] = Context.xǁContextǁbuild__mutmut_37 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_38'] = Context.xǁContextǁbuild__mutmut_38 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_39'] = Context.xǁContextǁbuild__mutmut_39 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_40'] = Context.xǁContextǁbuild__mutmut_40 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_41'] = Context.xǁContextǁbuild__mutmut_41 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_42'] = Context.xǁContextǁbuild__mutmut_42 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_43'] = Context.xǁContextǁbuild__mutmut_43 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_44'] = Context.xǁContextǁbuild__mutmut_44 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_45'] = Context.xǁContextǁbuild__mutmut_45 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_46'] = Context.xǁContextǁbuild__mutmut_46 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_47'] = Context.xǁContextǁbuild__mutmut_47 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_48'] = Context.xǁContextǁbuild__mutmut_48 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_49'] = Context.xǁContextǁbuild__mutmut_49 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_50'] = Context.xǁContextǁbuild__mutmut_50 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_51'] = Context.xǁContextǁbuild__mutmut_51 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_52'] = Context.xǁContextǁbuild__mutmut_52 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_53'] = Context.xǁContextǁbuild__mutmut_53 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_54'] = Context.xǁContextǁbuild__mutmut_54 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_55'] = Context.xǁContextǁbuild__mutmut_55 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_56'] = Context.xǁContextǁbuild__mutmut_56 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_57'] = Context.xǁContextǁbuild__mutmut_57 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_58'] = Context.xǁContextǁbuild__mutmut_58 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_59'] = Context.xǁContextǁbuild__mutmut_59 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_60'] = Context.xǁContextǁbuild__mutmut_60 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_61'] = Context.xǁContextǁbuild__mutmut_61 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_62'] = Context.xǁContextǁbuild__mutmut_62 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_63'] = Context.xǁContextǁbuild__mutmut_63 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_64'] = Context.xǁContextǁbuild__mutmut_64 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_65'] = Context.xǁContextǁbuild__mutmut_65 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_66'] = Context.xǁContextǁbuild__mutmut_66 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_67'] = Context.xǁContextǁbuild__mutmut_67 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_68'] = Context.xǁContextǁbuild__mutmut_68 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_69'] = Context.xǁContextǁbuild__mutmut_69 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_70'] = Context.xǁContextǁbuild__mutmut_70 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_71'] = Context.xǁContextǁbuild__mutmut_71 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_72'] = Context.xǁContextǁbuild__mutmut_72 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_73'] = Context.xǁContextǁbuild__mutmut_73 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_74'] = Context.xǁContextǁbuild__mutmut_74 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_75'] = Context.xǁContextǁbuild__mutmut_75 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_76'] = Context.xǁContextǁbuild__mutmut_76 # type: ignore # mutmut generated
mutants_xǁContextǁbuild__mutmut['xǁContextǁbuild__mutmut_77'] = Context.xǁContextǁbuild__mutmut_77 # type: ignore # mutmut generated

mutants_xǁContextǁsubjects__mutmut['_mutmut_orig'] = Context.xǁContextǁsubjects__mutmut_orig # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_1'] = Context.xǁContextǁsubjects__mutmut_1 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_2'] = Context.xǁContextǁsubjects__mutmut_2 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_3'] = Context.xǁContextǁsubjects__mutmut_3 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_4'] = Context.xǁContextǁsubjects__mutmut_4 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_5'] = Context.xǁContextǁsubjects__mutmut_5 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_6'] = Context.xǁContextǁsubjects__mutmut_6 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_7'] = Context.xǁContextǁsubjects__mutmut_7 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_8'] = Context.xǁContextǁsubjects__mutmut_8 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_9'] = Context.xǁContextǁsubjects__mutmut_9 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_10'] = Context.xǁContextǁsubjects__mutmut_10 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_11'] = Context.xǁContextǁsubjects__mutmut_11 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_12'] = Context.xǁContextǁsubjects__mutmut_12 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_13'] = Context.xǁContextǁsubjects__mutmut_13 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_14'] = Context.xǁContextǁsubjects__mutmut_14 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_15'] = Context.xǁContextǁsubjects__mutmut_15 # type: ignore # mutmut generated
mutants_xǁContextǁsubjects__mutmut['xǁContextǁsubjects__mutmut_16'] = Context.xǁContextǁsubjects__mutmut_16 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__seat_rows__mutmut)
def _seat_rows(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_orig(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_1(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = None
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_2(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) | ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_3(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) | (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_4(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["XXelectionXX"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_5(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["ELECTION"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_6(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] != eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_7(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["XXareaXX"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_8(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["AREA"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_9(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] != e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_10(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["XXis_optionXX"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_11(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["IS_OPTION"]]
    return rows.sort_values(["status", "order"])


def x__seat_rows__mutmut_12(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(None)


def x__seat_rows__mutmut_13(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["XXstatusXX", "order"])


def x__seat_rows__mutmut_14(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["STATUS", "order"])


def x__seat_rows__mutmut_15(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "XXorderXX"])


def x__seat_rows__mutmut_16(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "ORDER"])

mutants_x__seat_rows__mutmut['_mutmut_orig'] = x__seat_rows__mutmut_orig # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_1'] = x__seat_rows__mutmut_1 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_2'] = x__seat_rows__mutmut_2 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_3'] = x__seat_rows__mutmut_3 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_4'] = x__seat_rows__mutmut_4 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_5'] = x__seat_rows__mutmut_5 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_6'] = x__seat_rows__mutmut_6 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_7'] = x__seat_rows__mutmut_7 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_8'] = x__seat_rows__mutmut_8 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_9'] = x__seat_rows__mutmut_9 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_10'] = x__seat_rows__mutmut_10 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_11'] = x__seat_rows__mutmut_11 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_12'] = x__seat_rows__mutmut_12 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_13'] = x__seat_rows__mutmut_13 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_14'] = x__seat_rows__mutmut_14 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_15'] = x__seat_rows__mutmut_15 # type: ignore # mutmut generated
mutants_x__seat_rows__mutmut['x__seat_rows__mutmut_16'] = x__seat_rows__mutmut_16 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allocation_of__mutmut)
def allocation_of(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_orig(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_1(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = None
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_2(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() and len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_3(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS and rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_4(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None and tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_5(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is not None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_6(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_7(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["XXcountXX"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_8(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["COUNT"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_9(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) <= len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_10(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base == OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_11(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            None,
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_12(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            None,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_13(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            None,
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_14(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            None,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_15(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            None,
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_16(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_17(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_18(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_19(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_20(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            )
    except ValueError:
        return None


def x_allocation_of__mutmut_21(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(None),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_22(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(None, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_23(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, None),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_24(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_25(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, ),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_26(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method and tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_27(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(None),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_28(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["XXcountXX"].sum()),
        )
    except ValueError:
        return None


def x_allocation_of__mutmut_29(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["COUNT"].sum()),
        )
    except ValueError:
        return None

mutants_x_allocation_of__mutmut['_mutmut_orig'] = x_allocation_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_1'] = x_allocation_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_2'] = x_allocation_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_3'] = x_allocation_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_4'] = x_allocation_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_5'] = x_allocation_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_6'] = x_allocation_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_7'] = x_allocation_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_8'] = x_allocation_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_9'] = x_allocation_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_10'] = x_allocation_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_11'] = x_allocation_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_12'] = x_allocation_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_13'] = x_allocation_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_14'] = x_allocation_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_15'] = x_allocation_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_16'] = x_allocation_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_17'] = x_allocation_of__mutmut_17 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_18'] = x_allocation_of__mutmut_18 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_19'] = x_allocation_of__mutmut_19 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_20'] = x_allocation_of__mutmut_20 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_21'] = x_allocation_of__mutmut_21 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_22'] = x_allocation_of__mutmut_22 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_23'] = x_allocation_of__mutmut_23 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_24'] = x_allocation_of__mutmut_24 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_25'] = x_allocation_of__mutmut_25 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_26'] = x_allocation_of__mutmut_26 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_27'] = x_allocation_of__mutmut_27 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_28'] = x_allocation_of__mutmut_28 # type: ignore # mutmut generated
mutants_x_allocation_of__mutmut['x_allocation_of__mutmut_29'] = x_allocation_of__mutmut_29 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_eligible_votes__mutmut)
def eligible_votes(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_orig(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_1(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = None
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_2(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["XXseat_eligibleXX"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_3(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["SEAT_ELIGIBLE"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_4(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(None): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_5(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(None) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_6(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(None, eligible["count"], strict=True)}


def x_eligible_votes__mutmut_7(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], None, strict=True)}


def x_eligible_votes__mutmut_8(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=None)}


def x_eligible_votes__mutmut_9(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["count"], strict=True)}


def x_eligible_votes__mutmut_10(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], strict=True)}


def x_eligible_votes__mutmut_11(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], )}


def x_eligible_votes__mutmut_12(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["XXlineXX"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_13(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["LINE"], eligible["count"], strict=True)}


def x_eligible_votes__mutmut_14(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["XXcountXX"], strict=True)}


def x_eligible_votes__mutmut_15(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["COUNT"], strict=True)}


def x_eligible_votes__mutmut_16(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=False)}

mutants_x_eligible_votes__mutmut['_mutmut_orig'] = x_eligible_votes__mutmut_orig # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_1'] = x_eligible_votes__mutmut_1 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_2'] = x_eligible_votes__mutmut_2 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_3'] = x_eligible_votes__mutmut_3 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_4'] = x_eligible_votes__mutmut_4 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_5'] = x_eligible_votes__mutmut_5 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_6'] = x_eligible_votes__mutmut_6 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_7'] = x_eligible_votes__mutmut_7 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_8'] = x_eligible_votes__mutmut_8 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_9'] = x_eligible_votes__mutmut_9 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_10'] = x_eligible_votes__mutmut_10 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_11'] = x_eligible_votes__mutmut_11 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_12'] = x_eligible_votes__mutmut_12 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_13'] = x_eligible_votes__mutmut_13 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_14'] = x_eligible_votes__mutmut_14 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_15'] = x_eligible_votes__mutmut_15 # type: ignore # mutmut generated
mutants_x_eligible_votes__mutmut['x_eligible_votes__mutmut_16'] = x_eligible_votes__mutmut_16 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_printed_seats__mutmut)
def printed_seats(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_orig(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_1(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = None
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_2(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["XXseatsXX"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_3(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["SEATS"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_4(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(None): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_5(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(None) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_6(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(None, seats["seats"], strict=True)}


def x_printed_seats__mutmut_7(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], None, strict=True)}


def x_printed_seats__mutmut_8(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=None)}


def x_printed_seats__mutmut_9(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["seats"], strict=True)}


def x_printed_seats__mutmut_10(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], strict=True)}


def x_printed_seats__mutmut_11(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], )}


def x_printed_seats__mutmut_12(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["XXlineXX"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_13(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["LINE"], seats["seats"], strict=True)}


def x_printed_seats__mutmut_14(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["XXseatsXX"], strict=True)}


def x_printed_seats__mutmut_15(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["SEATS"], strict=True)}


def x_printed_seats__mutmut_16(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=False)}

mutants_x_printed_seats__mutmut['_mutmut_orig'] = x_printed_seats__mutmut_orig # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_1'] = x_printed_seats__mutmut_1 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_2'] = x_printed_seats__mutmut_2 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_3'] = x_printed_seats__mutmut_3 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_4'] = x_printed_seats__mutmut_4 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_5'] = x_printed_seats__mutmut_5 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_6'] = x_printed_seats__mutmut_6 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_7'] = x_printed_seats__mutmut_7 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_8'] = x_printed_seats__mutmut_8 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_9'] = x_printed_seats__mutmut_9 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_10'] = x_printed_seats__mutmut_10 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_11'] = x_printed_seats__mutmut_11 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_12'] = x_printed_seats__mutmut_12 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_13'] = x_printed_seats__mutmut_13 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_14'] = x_printed_seats__mutmut_14 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_15'] = x_printed_seats__mutmut_15 # type: ignore # mutmut generated
mutants_x_printed_seats__mutmut['x_printed_seats__mutmut_16'] = x_printed_seats__mutmut_16 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_matching_methods__mutmut)
def matching_methods(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_orig(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_1(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = None
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_2(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = None
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_3(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_4(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if (tier is not None and m != tier.method) and False else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_5(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if (tier is not None and m != tier.method) or True else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_6(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(None, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_7(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, None, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_8(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, None) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_9(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_10(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_11(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, ) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_12(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None or m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_13(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_14(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m == tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_15(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None or all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_16(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_17(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(None):
            out.append(m)
    return out


def x_matching_methods__mutmut_18(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(None, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_19(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, None) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_20(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(0) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_21(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, ) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_22(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 1) == v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_23(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) != v for k, v in printed.items()):
            out.append(m)
    return out


def x_matching_methods__mutmut_24(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(None)
    return out

mutants_x_matching_methods__mutmut['_mutmut_orig'] = x_matching_methods__mutmut_orig # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_1'] = x_matching_methods__mutmut_1 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_2'] = x_matching_methods__mutmut_2 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_3'] = x_matching_methods__mutmut_3 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_4'] = x_matching_methods__mutmut_4 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_5'] = x_matching_methods__mutmut_5 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_6'] = x_matching_methods__mutmut_6 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_7'] = x_matching_methods__mutmut_7 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_8'] = x_matching_methods__mutmut_8 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_9'] = x_matching_methods__mutmut_9 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_10'] = x_matching_methods__mutmut_10 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_11'] = x_matching_methods__mutmut_11 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_12'] = x_matching_methods__mutmut_12 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_13'] = x_matching_methods__mutmut_13 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_14'] = x_matching_methods__mutmut_14 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_15'] = x_matching_methods__mutmut_15 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_16'] = x_matching_methods__mutmut_16 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_17'] = x_matching_methods__mutmut_17 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_18'] = x_matching_methods__mutmut_18 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_19'] = x_matching_methods__mutmut_19 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_20'] = x_matching_methods__mutmut_20 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_21'] = x_matching_methods__mutmut_21 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_22'] = x_matching_methods__mutmut_22 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_23'] = x_matching_methods__mutmut_23 # type: ignore # mutmut generated
mutants_x_matching_methods__mutmut['x_matching_methods__mutmut_24'] = x_matching_methods__mutmut_24 # type: ignore # mutmut generated
mutants_x_allocations__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allocations__mutmut)
def allocations(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_orig(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_1(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = None
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_2(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx and Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_3(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(None)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_4(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = None
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_5(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = None
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_6(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is not None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_7(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            break
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_8(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby(None, sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_9(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=None, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_10(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=None):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_11(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby(sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_12(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_13(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, ):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_14(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(None, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_15(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, None, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_16(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, None).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_17(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_18(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_19(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, ).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_20(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("XXstatusXX", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_21(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("STATUS", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_22(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=False, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_23(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=False):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_24(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = ""
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_25(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(None, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_26(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, None) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_27(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_28(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, ) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_29(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_30(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = None
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_31(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    None,
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_32(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    None,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_33(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    None,
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_34(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    None,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_35(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    None,
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_36(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_37(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_38(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_39(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_40(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_41(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(None),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_42(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(None, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_43(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, None),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_44(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_45(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, ),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_46(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(None),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_47(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["XXcountXX"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_48(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["COUNT"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_49(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = None
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_50(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(None)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_51(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                None
            )
    return table


def x_allocations__mutmut_52(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=None,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_53(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=None,
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_54(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=None,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_55(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=None,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_56(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=None,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_57(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=None,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_58(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_59(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_60(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_61(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_62(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=None,
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_63(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives=None,
                )
            )
    return table


def x_allocations__mutmut_64(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_65(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_66(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_67(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_68(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_69(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_70(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_71(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_72(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_73(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_74(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_75(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    )
            )
    return table


def x_allocations__mutmut_76(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(None),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_77(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if (detail) and False else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_78(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if (detail) or True else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_79(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if (detail and detail.quota is not None) and False else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_80(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if (detail and detail.quota is not None) or True else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_81(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(None) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_82(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail or detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_83(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_84(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if (detail) and False else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_85(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if (detail) or True else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_86(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(None) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_87(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed and None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_88(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if (detail and printed) and False else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_89(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if (detail and printed) or True else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_90(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(None) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_91(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(None, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_92(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, None) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_93(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_94(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, ) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_95(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 1) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_96(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) != v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_97(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail or printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_98(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(None, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_99(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, None, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_100(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, None) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_101(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_102(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, m) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_103(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, ) for m in METHODS if m != tier.method},
                )
            )
    return table


def x_allocations__mutmut_104(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m == tier.method},
                )
            )
    return table

mutants_x_allocations__mutmut['_mutmut_orig'] = x_allocations__mutmut_orig # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_1'] = x_allocations__mutmut_1 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_2'] = x_allocations__mutmut_2 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_3'] = x_allocations__mutmut_3 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_4'] = x_allocations__mutmut_4 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_5'] = x_allocations__mutmut_5 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_6'] = x_allocations__mutmut_6 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_7'] = x_allocations__mutmut_7 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_8'] = x_allocations__mutmut_8 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_9'] = x_allocations__mutmut_9 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_10'] = x_allocations__mutmut_10 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_11'] = x_allocations__mutmut_11 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_12'] = x_allocations__mutmut_12 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_13'] = x_allocations__mutmut_13 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_14'] = x_allocations__mutmut_14 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_15'] = x_allocations__mutmut_15 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_16'] = x_allocations__mutmut_16 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_17'] = x_allocations__mutmut_17 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_18'] = x_allocations__mutmut_18 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_19'] = x_allocations__mutmut_19 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_20'] = x_allocations__mutmut_20 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_21'] = x_allocations__mutmut_21 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_22'] = x_allocations__mutmut_22 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_23'] = x_allocations__mutmut_23 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_24'] = x_allocations__mutmut_24 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_25'] = x_allocations__mutmut_25 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_26'] = x_allocations__mutmut_26 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_27'] = x_allocations__mutmut_27 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_28'] = x_allocations__mutmut_28 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_29'] = x_allocations__mutmut_29 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_30'] = x_allocations__mutmut_30 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_31'] = x_allocations__mutmut_31 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_32'] = x_allocations__mutmut_32 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_33'] = x_allocations__mutmut_33 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_34'] = x_allocations__mutmut_34 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_35'] = x_allocations__mutmut_35 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_36'] = x_allocations__mutmut_36 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_37'] = x_allocations__mutmut_37 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_38'] = x_allocations__mutmut_38 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_39'] = x_allocations__mutmut_39 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_40'] = x_allocations__mutmut_40 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_41'] = x_allocations__mutmut_41 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_42'] = x_allocations__mutmut_42 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_43'] = x_allocations__mutmut_43 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_44'] = x_allocations__mutmut_44 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_45'] = x_allocations__mutmut_45 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_46'] = x_allocations__mutmut_46 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_47'] = x_allocations__mutmut_47 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_48'] = x_allocations__mutmut_48 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_49'] = x_allocations__mutmut_49 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_50'] = x_allocations__mutmut_50 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_51'] = x_allocations__mutmut_51 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_52'] = x_allocations__mutmut_52 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_53'] = x_allocations__mutmut_53 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_54'] = x_allocations__mutmut_54 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_55'] = x_allocations__mutmut_55 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_56'] = x_allocations__mutmut_56 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_57'] = x_allocations__mutmut_57 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_58'] = x_allocations__mutmut_58 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_59'] = x_allocations__mutmut_59 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_60'] = x_allocations__mutmut_60 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_61'] = x_allocations__mutmut_61 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_62'] = x_allocations__mutmut_62 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_63'] = x_allocations__mutmut_63 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_64'] = x_allocations__mutmut_64 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_65'] = x_allocations__mutmut_65 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_66'] = x_allocations__mutmut_66 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_67'] = x_allocations__mutmut_67 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_68'] = x_allocations__mutmut_68 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_69'] = x_allocations__mutmut_69 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_70'] = x_allocations__mutmut_70 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_71'] = x_allocations__mutmut_71 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_72'] = x_allocations__mutmut_72 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_73'] = x_allocations__mutmut_73 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_74'] = x_allocations__mutmut_74 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_75'] = x_allocations__mutmut_75 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_76'] = x_allocations__mutmut_76 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_77'] = x_allocations__mutmut_77 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_78'] = x_allocations__mutmut_78 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_79'] = x_allocations__mutmut_79 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_80'] = x_allocations__mutmut_80 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_81'] = x_allocations__mutmut_81 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_82'] = x_allocations__mutmut_82 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_83'] = x_allocations__mutmut_83 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_84'] = x_allocations__mutmut_84 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_85'] = x_allocations__mutmut_85 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_86'] = x_allocations__mutmut_86 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_87'] = x_allocations__mutmut_87 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_88'] = x_allocations__mutmut_88 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_89'] = x_allocations__mutmut_89 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_90'] = x_allocations__mutmut_90 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_91'] = x_allocations__mutmut_91 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_92'] = x_allocations__mutmut_92 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_93'] = x_allocations__mutmut_93 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_94'] = x_allocations__mutmut_94 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_95'] = x_allocations__mutmut_95 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_96'] = x_allocations__mutmut_96 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_97'] = x_allocations__mutmut_97 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_98'] = x_allocations__mutmut_98 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_99'] = x_allocations__mutmut_99 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_100'] = x_allocations__mutmut_100 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_101'] = x_allocations__mutmut_101 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_102'] = x_allocations__mutmut_102 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_103'] = x_allocations__mutmut_103 # type: ignore # mutmut generated
mutants_x_allocations__mutmut['x_allocations__mutmut_104'] = x_allocations__mutmut_104 # type: ignore # mutmut generated
