"""The input-defect catalogue walked through the CLI: one real-shaped case per entry, each run as a user runs it.

Every case must exit with the code the catalogue documents, print its code beside the file and row it names, print no
traceback, and leave every input file byte for byte as it was. The cases run the command line in-process
(`run_cli`); the unchanged copy and the traceback test run `kzcheck` as a child process of its own, as a user does.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DATA, run_cli, run_process

from kzcheck.load.defects import CATALOGUE

E23 = "kz-2023-mazhilis"
FIG = f"figures/{E23}.csv"
POLLS = f"polls/{E23}.csv"
FINAL = f"results/{E23}.final.csv"
TOML = f"elections/{E23}.toml"
AMANAT = "iei,tass-2023-03-19,amanat,"  # the first figure row of the 2023 file: AMANAT 53.46 in the IEI exit poll


def digest(root: Path) -> dict[str, str]:
    """Every file under `root` (links by their target) -> its SHA-256."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for name in files + [d for d in dirs if Path(folder, d).is_symlink()]:
            path = Path(folder, name)
            rel = str(path.relative_to(root))
            if path.is_symlink():
                out[rel] = "link:" + os.readlink(path)
            else:
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def lines(data: Path, rel: str) -> list[str]:
    return (data / rel).read_text(encoding="utf-8").splitlines()


def write(data: Path, rel: str, rows: list[str], *, encoding: str = "utf-8", newline: str = "\n") -> None:
    (data / rel).write_bytes((newline.join(rows) + newline).encode(encoding))


def row_of(data: Path, rel: str, prefix: str) -> int:
    return next(i + 1 for i, line in enumerate(lines(data, rel)) if line.startswith(prefix))


def replace_line(data: Path, rel: str, prefix: str, new: str) -> int:
    """Replace the first line starting with `prefix`; its row (1-based)."""
    rows = lines(data, rel)
    row = row_of(data, rel, prefix)
    rows[row - 1] = new
    write(data, rel, rows)
    return row


def set_cell(data: Path, rel: str, prefix: str, column: str, value: str) -> int:
    rows = lines(data, rel)
    header = rows[0].split(",")
    row = row_of(data, rel, prefix)
    cells = rows[row - 1].split(",")
    cells[header.index(column)] = value
    rows[row - 1] = ",".join(cells)
    write(data, rel, rows)
    return row


@dataclass(frozen=True)
class Where:
    file: str  # as the message shows it, relative to the working folder
    row: int | None = None


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], Where]
    args: tuple[str, ...] = ("--election", E23)
    data: str = "data"  # what --data names


def _toml_line(key: str, new: str) -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        return Where(f"data/{TOML}", replace_line(d, TOML, f"{key} =", new))

    return build


def _no_elections(d: Path) -> Where:
    (d / "elections").rename(d / "elections-old")
    return Where("data")


def _yaml(d: Path) -> Where:
    (d / "elections" / "kz-2025-test.yaml").write_text(
        '!!python/object/apply:os.system ["touch pwned"]\n', encoding="utf-8"
    )
    return Where("data/elections/kz-2025-test.yaml")


def _folder_for_file(d: Path) -> Where:
    (d / POLLS).unlink()
    (d / POLLS).mkdir()
    return Where(f"data/{POLLS}")


def _broken_link(d: Path) -> Where:
    (d / POLLS).unlink()
    (d / POLLS).symlink_to(d / "polls" / "moved-away.csv")
    return Where(f"data/{POLLS}")


def _workbook(d: Path) -> Where:
    with zipfile.ZipFile(d / FIG, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return Where(f"data/{FIG}")


def _latin1(d: Path) -> Where:
    rows = lines(d, FIG)
    row = row_of(d, FIG, AMANAT)
    data = b"\n".join(r.encode("utf-8") for r in rows) + b"\n"
    data = data.replace(rows[row - 1].encode(), rows[row - 1].replace("amanat", "Amanat Partí").encode("latin-1"))
    (d / FIG).write_bytes(data)
    return Where(f"data/{FIG}", row)


def _cp1251(d: Path) -> Where:
    row = replace_line(d, FIG, AMANAT, AMANAT.replace("amanat", "«Аманат»") + "53.46")
    write(d, FIG, lines(d, FIG), encoding="cp1251", newline="\r\n")
    return Where(f"data/{FIG}", row)


def _empty(d: Path) -> Where:
    (d / POLLS).write_bytes(b"")
    return Where(f"data/{POLLS}")


def _unclosed_quote(d: Path) -> Where:
    return Where(f"data/{FIG}", replace_line(d, FIG, AMANAT, 'iei,tass-2023-03-19,"amanat,53.46'))


def _bad_csv(d: Path) -> Where:
    rows = lines(d, FIG)
    write(d, FIG, [*rows, "iei,tass-2023-03-19,amanat,53,46", f'iei,tass-2023-03-19,"{"x" * 200_000}",1'])
    return Where(f"data/{FIG}")


def _drop_share(d: Path) -> Where:
    write(d, FIG, [r.rsplit(",", 1)[0] for r in lines(d, FIG)])
    return Where(f"data/{FIG}", 1)


def _rename_column(d: Path) -> Where:
    rows = lines(d, POLLS)
    write(d, POLLS, [rows[0].replace("sample_size,", "sampel_size,", 1), *rows[1:]])
    return Where(f"data/{POLLS}", 1)


def _add_column(name: str) -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        rows = lines(d, FIG)
        write(d, FIG, [rows[0] + "," + name, *(r + "," for r in rows[1:])])
        return Where(f"data/{FIG}", 1)

    return build


def _capitalised_header(d: Path) -> Where:
    rows = lines(d, FIG)
    write(d, FIG, ["Poll,Source,Option,Share", *rows[1:]])
    return Where(f"data/{FIG}", 1)


def _header_only(d: Path) -> Where:
    write(d, "acknowledged.csv", lines(d, "acknowledged.csv")[:1])
    return Where("data/acknowledged.csv", 1)


def _bom(d: Path) -> Where:
    (d / FIG).write_bytes(b"\xef\xbb\xbf" + (d / FIG).read_bytes())
    return Where(f"data/{FIG}", 1)


def _reencode(encoding: str = "utf-8", newline: str = "\n") -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        write(d, FIG, lines(d, FIG), encoding=encoding, newline=newline)
        return Where(f"data/{FIG}", 1)

    return build


def _semicolons(decimal_comma: bool) -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        rows = [r.replace(",", ";") for r in lines(d, FIG)]
        if decimal_comma:
            rows = [rows[0], *(r.replace(".", ",") for r in rows[1:])]
        write(d, FIG, rows)
        first = next(i + 1 for i, r in enumerate(rows) if i and "," in r) if decimal_comma else 1
        return Where(f"data/{FIG}", first)

    return build


def _split_decimal(d: Path) -> Where:
    return Where(f"data/{FIG}", replace_line(d, FIG, AMANAT, AMANAT + "53,46"))


def _repeat(share: str) -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        rows = lines(d, FIG)
        write(d, FIG, [*rows, AMANAT + share])
        return Where(f"data/{FIG}", len(rows) + 1)

    return build


def _percent_signs(d: Path) -> Where:
    rows = lines(d, FIG)
    write(d, FIG, [rows[0], *(r + "%" for r in rows[1:])])
    return Where(f"data/{FIG}", 2)


def _figure_cell(column: str, value: str) -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        return Where(f"data/{FIG}", set_cell(d, FIG, AMANAT, column, value))

    return build


def _cell(rel: str, prefix: str, column: str, value: str) -> Callable[[Path], Where]:
    def build(d: Path) -> Where:
        return Where(f"data/{rel}", set_cell(d, rel, prefix, column, value))

    return build


def _device_link(d: Path) -> Where:
    (d / FIG).unlink()
    (d / FIG).symlink_to("/dev/zero")
    return Where(f"data/{FIG}")


def _folder_loop(d: Path) -> Where:
    shutil.rmtree(d / "areas")
    (d / "areas").symlink_to("areas")  # a link to itself
    return Where("data/areas")


def _padded_file(d: Path) -> Where:
    (d / FIG).write_bytes((d / FIG).read_bytes() + b"\n" * 300_000)  # blank lines: no data, only size
    return Where(f"data/{FIG}")


def _long_cell(d: Path) -> Where:
    return Where(f"data/{FIG}", set_cell(d, FIG, AMANAT, "share", "5" * 20_000))


def _nul_in_election(d: Path) -> Where:
    (d / TOML).write_bytes((d / TOML).read_bytes().replace(b"\nbody = ", b"\n\x00body = ", 1))
    return Where(f"data/{TOML}")


def _deep_election(d: Path) -> Where:
    text = (d / TOML).read_text(encoding="utf-8")
    (d / TOML).write_text("nested = " + "[" * 5000 + "]" * 5000 + "\n" + text, encoding="utf-8")
    return Where(f"data/{TOML}")


CASES: dict[str, Case] = {
    "data.missing": Case(lambda d: Where("data/nope"), data="data/nope"),
    "data.not-a-folder": Case(lambda d: Where("data/sources.csv"), data="data/sources.csv"),
    "data.no-elections": Case(_no_elections),
    "election.unknown": Case(lambda d: Where("data/elections"), args=("--election", "kz-2023-mazilis")),
    "election.format": Case(_yaml),
    "election.toml": Case(_toml_line("kind", "kind = parliamentary")),
    "election.invalid": Case(_toml_line("kind", 'kind = "parlamentary"')),
    "election.areas-missing": Case(_toml_line("areas", 'areas = "kz-2099"')),
    "input.is-directory": Case(_folder_for_file),
    "input.unreadable": Case(_broken_link),
    "input.not-csv": Case(_workbook),
    "input.encoding": Case(_latin1),
    "input.windows-1251": Case(_cp1251),
    "input.utf-16": Case(_reencode("utf-16")),
    "input.byte-order-mark": Case(_bom),
    "input.line-ends": Case(_reencode(newline="\r\n")),
    "input.empty": Case(_empty),
    "input.no-rows": Case(_header_only),
    "input.delimiter": Case(_semicolons(decimal_comma=False)),
    "input.unclosed-quote": Case(_unclosed_quote),
    "input.csv": Case(_bad_csv),
    "input.missing-column": Case(_drop_share),
    "input.renamed-column": Case(_rename_column),
    "input.duplicate-column": Case(_add_column("share")),
    "input.extra-column": Case(_add_column("note")),
    "input.header-spelling": Case(_capitalised_header),
    "input.extra-cells": Case(_split_decimal),
    "input.duplicate-row": Case(_repeat("53.46")),
    "input.conflicting-duplicate": Case(_repeat("53.64")),
    "schema.figures": Case(_figure_cell("option", "")),
    "poll.option-known": Case(_figure_cell("option", "amanatt")),
    "input.decimal-comma": Case(_semicolons(decimal_comma=True)),
    "input.percent-sign": Case(_percent_signs),
    "input.thousands-separator": Case(_cell(FINAL, "KZ,amanat,", "count", "3\u00a0431\u00a0510")),
    "input.not-a-number": Case(_figure_cell("share", "n/a")),
    "input.not-an-integer": Case(_cell(POLLS, "iei,", "sample_size", "30000.5")),
    "input.scientific-notation": Case(_cell(FINAL, "KZ,amanat,", "count", "3.43E+06")),
    "input.not-a-file": Case(_device_link),
    "data.unreadable-folder": Case(_folder_loop),
    "input.too-large": Case(_padded_file, args=("--election", E23, "--limit", "file-size=256K")),
    "input.too-many-rows": Case(lambda d: Where("data/sources.csv"), args=("--election", E23, "--limit", "rows=10")),
    "input.cell-too-long": Case(_long_cell),
    "election.not-text": Case(_nul_in_election),
    "election.too-deep": Case(_deep_election),
    "election.unknown-key": Case(_toml_line("final_results_due_days", "final_result_due_days = 10")),
    "election.too-many-options": Case(
        lambda d: Where(f"data/{TOML}"), args=("--election", E23, "--limit", "options=3")
    ),
    "input.too-many-polls": Case(lambda d: Where(f"data/{POLLS}"), args=("--election", E23, "--limit", "polls=2")),
    "data.too-many-elections": Case(
        lambda d: Where("data/elections"), args=("--election", E23, "--limit", "elections=2")
    ),
}


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A working folder holding `data/`, a private copy of the bundled data; commands run from here."""
    shutil.copytree(DATA, tmp_path / "data", symlinks=True)
    return tmp_path


def test_every_catalogue_entry_has_a_case():
    assert sorted(CASES) == sorted(CATALOGUE)


def test_the_unchanged_copy_passes(workdir):
    run = run_process("validate", "--data", "data", "--election", E23, cwd=workdir)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "input." not in run.stdout, "the bundled 2023 files have no input defect, so each case below has one"


@pytest.mark.parametrize("code", sorted(CASES))
def test_defect_through_the_cli(workdir, code):
    defect, case = CATALOGUE[code], CASES[code]
    where = case.build(workdir / "data")
    before = digest(workdir)
    run = run_cli("validate", "--data", case.data, *case.args, cwd=workdir)
    output = run.stdout + run.stderr
    assert "Traceback" not in output
    assert run.returncode == defect.exit_code, output
    stream = run.stderr if defect.fatal else run.stdout
    said = [line for line in stream.splitlines() if code in line]
    assert said, f"{code} not printed:\n{output}"
    place = where.file
    if where.row is not None:
        place += f", row {where.row}" if defect.fatal else f":{where.row}"
    assert any(place in line for line in said), f"expected {place!r} beside {code}:\n" + "\n".join(said)
    if not defect.fatal:
        assert any(defect.severity.value in line for line in said)
    assert digest(workdir) == before, "a command changed its input"
    assert not (workdir / "pwned").exists()


def test_did_you_mean_for_an_unknown_option(workdir):
    _figure_cell("option", "Amanatt")(workdir / "data")
    run = run_cli("validate", "--data", "data", "--election", E23, cwd=workdir)
    assert "did you mean 'amanat'" in run.stdout


def test_traceback_only_with_debug(workdir):
    quiet = run_process("validate", "--data", "nope", cwd=workdir)
    loud = run_process("--debug", "validate", "--data", "nope", cwd=workdir)
    assert quiet.returncode == 2 and "Traceback" not in quiet.stderr
    assert "Traceback" in loud.stderr and "data.missing" in loud.stderr
