"""`kzcheck compare`: where the sources disagree, and whether it is more than sampling error.

Runs the same pipeline as `validate` and keeps the checks about polls and outlets; the comparison tables
(`comparison`, `pollster_calls`, `outlet_disagreements`, `printings`, `not_comparable`) are the run's own, built
once.
"""

from __future__ import annotations

from kzcheck.commands.focused import focused_command

COMPARE_CHECKS = ("input", "schema.", "poll.", "source.", "outlets.", "pollsters.", "printing.", "intraday.")

command = focused_command(
    "compare",
    COMPARE_CHECKS,
    "kzcheck.render.compare_text",
    "Compare outlets printing the same poll and pollsters with each other; exit 1 on findings at --fail-on.",
)
