"""`kzcheck reconcile`: which poll was right and by how much, and whether the CEC's own figures are consistent.

Runs the same pipeline as `validate` and keeps the checks about polls, outlets, official results and
reconciliation; the tables (`reconciliation`, `allocation`) are the run's own, built once. Before the CEC
publishes, each poll is reported as awaiting it and the run does not fail for that.
"""

from __future__ import annotations

from kzcheck.commands.focused import focused_command

RECONCILE_CHECKS = ("input", "schema.", "poll.", "source.", "outlets.", "official.", "reconciliation.")

command = focused_command(
    "reconcile",
    RECONCILE_CHECKS,
    "kzcheck.render.reconcile_text",
    "Score each exit poll against the CEC's result and check the CEC's figures; exit 1 on findings at --fail-on.",
)
