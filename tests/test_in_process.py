"""The suite's in-process runner answers as `kzcheck` in a process of its own does, so tests may use either."""

from __future__ import annotations

import pytest
from conftest import run_cli, run_process


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--election", "kz-2023-mazhilis"),  # findings: exit 0, the text summary on stdout
        ("validate", "--data", "no-such-folder"),  # unusable input: exit 2, the message on stderr
    ],
)
def test_in_process_and_child_process_give_the_same_exit_code_stdout_and_stderr(args):
    inside, child = run_cli(*args), run_process(*args)
    assert (inside.returncode, inside.stdout, inside.stderr) == (child.returncode, child.stdout, child.stderr)
    assert inside.stdout or inside.stderr  # the comparison is over something printed


def test_an_escaped_exception_is_a_traceback_and_exit_1_as_python_gives_it(monkeypatch):
    import kzcheck.cli

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(kzcheck.cli.LazyGroup, "get_command", broken)  # outside `guarded`: nothing catches it
    run = run_cli("validate")
    assert run.returncode == 1
    assert run.stderr.startswith("Traceback (most recent call last):") and "RuntimeError: boom" in run.stderr
