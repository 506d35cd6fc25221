"""`kzcheck pollsters`: every pollster's track record across votes — accuracy in each vote, error relative to the other
pollsters of that vote, house effect per option family, and how much evidence there is.

Runs the same pipeline as `validate`, keeps the checks about the pollster registry and the option families (an unknown
pollster and one organisation counted twice in a vote are warnings; a broken registry is an error), and shows the
records the run built once from its reconciliation (`pollsters` and `families` of the run's tables) in every format.
"""

from __future__ import annotations

from kzcheck.commands.focused import focused_command

POLLSTER_CHECKS = ("input", "schema.", "pollster.", "family.")

command = focused_command(
    "pollsters",
    POLLSTER_CHECKS,
    "kzcheck.render.pollsters_text",
    "Each pollster's record across votes: accuracy, plus-minus, house effect, verdict; exit 1 at --fail-on.",
)
