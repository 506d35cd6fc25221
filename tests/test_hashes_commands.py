"""Nothing lost: every command `kzcheck --help` lists leaves every input file byte for byte as it was, writes only
where it was pointed, and leaves no temporary file behind, on clean data and on data saved by a spreadsheet."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import click
import pytest
from conftest import DATA, run_cli
from test_input_cli_walk import AMANAT, FIG, FINAL, POLLS, digest, lines, write

from kzcheck.cli import main


def listed_commands() -> list[str]:
    """The commands as a user sees them in `kzcheck --help`."""
    run = run_cli("--help")
    block = run.stdout.split("Commands:", 1)[1]
    return re.findall(r"^\s{2}(\S+)", block, flags=re.MULTILINE)


COMMANDS = listed_commands()


def arguments(name: str, out: Path) -> list[str]:
    """`--data data` where the command reads data, and `out/<name>-<option>` for every other path option (an output:
    `report --out`, `validate --report`), so nothing falls back to a default folder."""
    ctx = click.Context(main)
    command = main.get_command(ctx, name)
    assert command is not None
    args = []
    for p in command.params:
        if not isinstance(p, click.Option):
            continue
        if p.name == "data_dir":
            args += [p.opts[0], "data"]
        elif isinstance(p.type, click.Path):
            args += [p.opts[0], str(out / f"{name}-{p.name}")]
    if name == "watch":  # it runs until Ctrl-C; --once checks once and exits, as every other command does
        args.append("--once")
    return args


def spreadsheet_copy(data: Path) -> None:
    """What Excel on a Russian-language system saves: semicolons, decimal commas, a BOM, CR LF, spaced thousands."""
    rows = [r.replace(",", ";") for r in lines(data, FIG)]
    rows = [rows[0], *(r.replace(".", ",") for r in rows[1:])]
    (data / FIG).write_bytes(b"\xef\xbb\xbf" + ("\r\n".join(rows) + "\r\n").encode("utf-8"))
    final = lines(data, FINAL)
    header = final[0].split(",")
    count = header.index("count")
    out = [final[0]]
    for r in final[1:]:
        cells = r.split(",")
        if cells[count].isdigit():
            cells[count] = f"{int(cells[count]):,}".replace(",", "\u00a0")
        out.append(",".join(cells))
    write(data, FINAL, out)


def defective_copy(data: Path) -> None:
    """Defects a run carries on past: a split decimal, a non-number, a blank and an unknown option, a conflicting
    repeat, words in a sample size."""
    rows = lines(data, FIG)
    at = next(i for i, r in enumerate(rows) if r.startswith(AMANAT))
    cells = [r.split(",") for r in rows]
    cells[at][3] = "53,46"  # unquoted: five cells
    cells[at + 1][3] = "n/a"
    cells[at + 2][2] = ""
    cells[at + 3][2] = "amanatt"
    cells.append([*cells[at + 4][:3], "99.9"])
    write(data, FIG, [",".join(c) for c in cells])
    polls = lines(data, POLLS)
    write(data, POLLS, [polls[0], *(r.replace(",30000,", ",about 30000,") for r in polls[1:])])


SCENARIOS = {"clean": lambda data: None, "spreadsheet": spreadsheet_copy, "defective": defective_copy}


def writes(name: str) -> bool:
    """Whether a command writes files of its own (`report --out`, `validate --report`, `extract` into a data
    folder), beyond the `-o FILE` every command shares (one implementation, `kzcheck/commands/deliver.py`)."""
    command = main.get_command(click.Context(main), name)
    assert command is not None
    own = {p.name for p in command.params if isinstance(p, click.Option) and isinstance(p.type, click.Path)}
    return name == "extract" or bool(own - {"data_dir", "baseline", "output"})


# Every command on the defective copy (the loader's every repair path, which every command shares); the commands
# that write files of their own also on the spreadsheet copy, where outputs could stray; the clean copy (the
# defective one's rows without their defects) once, through the command that writes the most, the report.
CASES = [("defective", name) for name in COMMANDS] + [("spreadsheet", name) for name in COMMANDS if writes(name)]
CASES.append(("clean", "report"))


def test_help_lists_the_commands_this_test_runs():
    assert "validate" in COMMANDS and len(COMMANDS) >= 2
    assert {"report", "validate"} <= {name for scenario, name in CASES if scenario == "spreadsheet"}


@pytest.mark.parametrize(("scenario", "name"), CASES)
def test_command_changes_no_input_and_writes_only_where_pointed(tmp_path, scenario, name):
    workdir = tmp_path
    shutil.copytree(DATA, workdir / "data")
    SCENARIOS[scenario](workdir / "data")
    out = workdir / "out"
    args = arguments(name, out)
    before = digest(workdir / "data")
    run = run_cli(name, *args, cwd=workdir)
    assert "Traceback" not in run.stdout + run.stderr
    assert run.returncode in (0, 1, 2), run.stderr
    assert digest(workdir / "data") == before, f"`kzcheck {name}` changed an input file"
    made = sorted(p.name for p in workdir.iterdir())
    assert made in (["data"], ["data", "out"]), f"`kzcheck {name}` wrote outside the paths it was given: {made}"
    if out.exists():
        pointed = {a for a in args if a.startswith(str(out))}
        written = {str(p) for p in out.iterdir()}
        assert written <= pointed, f"unexpected outputs: {written - pointed}"
        leftovers = [p for p in out.rglob(".*")]
        assert not leftovers, f"temporary files left behind: {leftovers}"
