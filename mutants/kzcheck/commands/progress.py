"""A progress bar on stderr (rich.progress) that `run.validate`'s progress messages move on: one step per message.

Only for a person at a terminal (see `kzcheck.cli.interactive`); transient, so it is gone before the findings print.
"""

from __future__ import annotations

import atexit
from typing import Any

from kzcheck.render.terminal import esc


class Bar:
    """Call with each step's message; the bar starts at the first and disappears after the last (`steps`)."""

    def __init__(self, steps: int | None = None, console: Any = None) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        from kzcheck.render.terminal import console as make_console
        from kzcheck.run import steps as run_steps

        self.steps = steps if steps is not None else run_steps()
        self._bar = Progress(
            TextColumn("[dim]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console or make_console(stderr=True),
            transient=True,
            redirect_stdout=False,  # stdout carries the payload only
            redirect_stderr=False,
        )
        self._task: Any = None
        self._done = False
        atexit.register(self.close)

    def __call__(self, message: str) -> None:
        if self._done:
            return
        message = esc(message)  # a step may name an election or a file: anyone's text
        if self._task is None:
            self._bar.start()
            self._task = self._bar.add_task(message, total=self.steps)
            return
        self._bar.update(self._task, advance=1, description=message)
        if self._bar.tasks[0].completed >= self.steps:
            self.close()

    def close(self) -> None:
        if not self._done:
            self._done = True
            self._bar.stop()
