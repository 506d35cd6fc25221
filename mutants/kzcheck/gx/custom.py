"""Custom expectations for rules GX has no built-in for: per-group sums and per-group completeness.

Both are multicolumn map expectations, so GX reports every row of a failing group with its row id. The last
column(s) of `column_list` carry the values; the leading ones name the group.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pandas as pd
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import MulticolumnMapExpectation
from great_expectations.expectations.metrics.map_metric_provider import (
    MulticolumnMapMetricProvider,
    multicolumn_condition_partial,
)

_DOMAIN_KEYS = ("batch_id", "table", "column_list", "row_condition", "condition_parser", "ignore_row_if")


class GroupSumWithinBand(MulticolumnMapMetricProvider):
    """Row passes when its group's values sum to `target` within the sum of the group's half units."""

    condition_metric_name = "multicolumn_values.group_sum_within_band"
    condition_domain_keys = _DOMAIN_KEYS
    condition_value_keys = ("target",)

    @multicolumn_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, dataframe: pd.DataFrame, target: float, **kwargs: Any) -> pd.Series:
        cols = list(dataframe.columns)
        keys, value, half = cols[:-2], cols[-2], cols[-1]
        grouped = dataframe.groupby(keys, sort=False, dropna=False)
        total = grouped[value].transform("sum")
        band = grouped[half].transform("sum")
        return (total - target).abs() <= band + 1e-9


class ExpectGroupSharesToSumWithinRoundingBand(MulticolumnMapExpectation):
    """Each group's shares sum to `target` (100) within the band their printed precision allows.

    `column_list` = group columns, then the share column, then the half-unit column (0.005 for a share printed with
    two decimals). k figures at two decimals may miss 100 by k x 0.005 through rounding alone.
    """

    map_metric = "multicolumn_values.group_sum_within_band"
    success_keys: ClassVar[tuple[str, ...]] = ("target", "mostly")
    target: float = 100.0


class GroupContainsEveryValue(MulticolumnMapMetricProvider):
    """Row passes when its group holds every value its election requires (`value_sets`: group's first key -> values)."""

    condition_metric_name = "multicolumn_values.group_contains_every_value"
    condition_domain_keys = _DOMAIN_KEYS
    condition_value_keys = ("value_sets",)

    @multicolumn_condition_partial(engine=PandasExecutionEngine)
    def _pandas(cls, dataframe: pd.DataFrame, value_sets: dict[str, list[str]], **kwargs: Any) -> pd.Series:
        cols = list(dataframe.columns)
        keys, value = cols[:-1], cols[-1]
        required = pd.DataFrame(
            [(k, v) for k, values in value_sets.items() for v in values], columns=[keys[0], value]
        ).drop_duplicates()
        groups = dataframe[keys].drop_duplicates()
        wanted = groups.merge(required, on=keys[0], how="inner")
        present = dataframe[keys + [value]].drop_duplicates()
        missing = wanted.merge(present, on=keys + [value], how="left", indicator=True)
        incomplete = missing.loc[missing["_merge"] == "left_only", keys].drop_duplicates()
        flagged = dataframe[keys].merge(incomplete.assign(_bad=True), on=keys, how="left")["_bad"]
        return pd.Series(flagged.isna().to_numpy(), index=dataframe.index)


class ExpectGroupToContainEveryValue(MulticolumnMapExpectation):
    """Each group (a poll as printed by one source) reports every option its election has."""

    map_metric = "multicolumn_values.group_contains_every_value"
    success_keys: ClassVar[tuple[str, ...]] = ("value_sets", "mostly")
    value_sets: Any = None
