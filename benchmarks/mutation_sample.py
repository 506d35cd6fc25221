"""A fixed, CI-sized sample of mutants: one-line bugs a tired developer makes in the core, each of which the named
tests must catch. The whole mutation run (`mutmut run`, docs/mutation.md) is too slow for CI; these ten run in a
minute or two and guard the behaviours that once went untested.

    python benchmarks/mutation_sample.py          # exit 0 when every mutant is killed, 1 when one survives

Each mutant is applied to a copy of the package in a temporary folder (the working tree is never changed) and its
tests run there with `python -m pytest`, which imports kzcheck from the copy. A mutant whose text is no longer in
the source is reported as stale (exit 2): update this list when the code it names moves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("kzcheck", "tests", "data", "expectations", "pyproject.toml")


@dataclass(frozen=True)
class Mutant:
    what: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]


SAMPLE = (
    Mutant(
        "B_w weights not rescaled when the official shares do not sum to 100",
        "kzcheck/methods/accuracy.py",
        "weights = v / np.sum(v)",
        "weights = v",
        ("tests/test_methods_accuracy.py::test_b_weighted_rescales_official_shares_that_do_not_sum_to_100",),
    ),
    Mutant(
        "pollster difference judged without the printed precision's rounding slack",
        "kzcheck/analysis/comparison.py",
        'granted = (pairs["difference"].abs() - pairs["rounding"]).clip(lower=0) / pairs["se"]',
        'granted = pairs["difference"].abs() / pairs["se"]',
        ("tests/test_pollsters.py::test_printed_precision_widens_what_sampling_error_must_explain",),
    ),
    Mutant(
        "invalid ballots counted among the options, so in the percent base",
        "kzcheck/analysis/official.py",
        'rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))',
        'rows.append((eid, ln.id, ln.id == "invalid", -1, False, ln.percent_of, ln.names.get("en") or ln.id))',
        ("tests/test_official.py::test_options_based_percentages_leave_invalid_ballots_out_of_the_base",),
    ),
    Mutant(
        "a total allowed to be off by one vote",
        "kzcheck/checks/official.py",
        "bad = known & ((left - right).abs() > EPSILON)",
        "bad = known & ((left - right).abs() > 1)",
        ("tests/test_official.py::test_a_total_off_by_one_vote_is_an_error",),
    ),
    Mutant(
        "an acknowledgement for one election silences another",
        "kzcheck/acknowledgements.py",
        "if f.check == check and f.election == election and matches(f.subject, str(subject)):",
        "if f.check == check and matches(f.subject, str(subject)):",
        ("tests/test_acknowledged.py::test_an_acknowledgement_names_one_election",),
    ),
    Mutant(
        "an acknowledgement of poll:ipp covers poll:ipp-amanat",
        "kzcheck/acknowledgements.py",
        'subject.startswith(acknowledged + "@")',
        "subject.startswith(acknowledged)",
        ("tests/test_acknowledged.py::test_a_shorter_subject_does_not_silence_a_longer_one",),
    ),
    Mutant(
        "an outcome with only acknowledged findings keeps failing",
        "kzcheck/acknowledgements.py",
        "o.status = status_of(o.findings)",
        "o.status = o.status",
        ("tests/test_acknowledged.py::test_settling_passes_an_outcome_whose_findings_are_all_acknowledged",),
    ),
    Mutant(
        "--fail-on warning no longer fails on a warning",
        "kzcheck/model/findings.py",
        "f.severity.rank >= fail_on.rank",
        "f.severity.rank > fail_on.rank",
        ("tests/test_findings.py",),
    ),
    Mutant(
        "Hare's leftover seats go to the smallest remainders",
        "kzcheck/methods/allocation.py",
        "ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))",
        "ranked = sorted(counts, key=lambda name: (rest[name], order[name]))",
        ("tests/test_methods_allocation.py",),
    ),
    Mutant(
        "a comma in a file name left unescaped in a GitHub annotation",
        "kzcheck/render/github.py",
        '.replace(",", "%2C")',
        "",
        ("tests/test_github_output.py::test_every_log_line_is_either_a_command_of_ours_or_plain",),
    ),
)


def pytest(work: Path, tests: tuple[str, ...]) -> int:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"}
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:xdist", "-p", "no:cacheprovider", *tests]
    return subprocess.run(command, cwd=work, env=env, capture_output=True, text=True).returncode


def run(mutant: Mutant, work: Path) -> str:
    """'killed', 'survived' or 'stale' (the mutated text is not in the source once)."""
    target = work / mutant.file
    source = (ROOT / mutant.file).read_text(encoding="utf-8")
    if source.count(mutant.old) != 1:
        return "stale"
    target.write_text(source.replace(mutant.old, mutant.new), encoding="utf-8")
    try:
        code = pytest(work, mutant.tests)
        return {1: "killed", 0: "survived"}.get(code, f"error {code}")
    finally:
        target.write_text(source, encoding="utf-8")


def main() -> int:
    start = time.perf_counter()
    results: list[tuple[Mutant, str]] = []
    with tempfile.TemporaryDirectory(prefix="kzcheck-mutants-") as tmp:
        work = Path(tmp)
        for name in COPIED:
            src = ROOT / name
            if src.is_dir():
                shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(src, work / name)
        every_test = tuple(dict.fromkeys(t for m in SAMPLE for t in m.tests))
        if pytest(work, every_test) != 0:  # a kill means something only if the unmutated code passes
            print("the sample's tests fail on the unmutated code: fix them first", file=sys.stderr)
            return 2
        for mutant in SAMPLE:
            outcome = run(mutant, work)
            results.append((mutant, outcome))
            print(f"{outcome:>9}  {mutant.what} ({mutant.file})", flush=True)
    killed = sum(1 for _, r in results if r == "killed")
    print(f"mutation sample: {killed} of {len(results)} killed in {time.perf_counter() - start:.0f} s")
    if any(r == "stale" for _, r in results):
        print("a mutant's text is no longer in its file: update benchmarks/mutation_sample.py", file=sys.stderr)
        return 2
    return 0 if killed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
