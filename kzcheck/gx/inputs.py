"""What the expectation suites validate: each suite's frame and parameters, prepared from a run's loaded data.

One function, so that the run's checks (kzcheck/checks/expectations.py), the report's Data Docs (kzcheck/gx/docs.py)
and the verdicts computed ahead in a second process (kzcheck/prefetch.py) validate exactly the same rows.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from kzcheck.load.frames import UNDECIDED, LoadedData

SuiteInput = tuple[str, pd.DataFrame, dict[str, Any]]
"""A suite's name, the frame it validates (rows by position) and the parameters its expectations refer to."""


def suite_inputs(data: LoadedData) -> list[SuiteInput]:
    """`poll_figures` over every printed poll figure (with each figure's `election:option`), `polls` over every
    poll's record; a suite whose frame has no rows is not run."""
    inputs: list[SuiteInput] = []
    figures = data.figures.reset_index(drop=True)
    if len(figures):
        figures["election_option"] = figures["election"] + ":" + figures["option"].fillna("")
        params = {
            "known_options": sorted(
                f"{e}:{o}" for e, el in data.elections.items() for o in (*el.option_ids, UNDECIDED)
            ),
            "options_by_election": {e: el.option_ids for e, el in data.elections.items()},
        }
        inputs.append(("poll_figures", figures, params))
    polls = data.polls.reset_index(drop=True)
    if len(polls):
        inputs.append(("polls", polls, {}))
    return inputs
