"""The CI's mutation sample names lines of the source: when the code moves, the suite says so before CI does."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_sample():
    spec = importlib.util.spec_from_file_location("mutation_sample", ROOT / "benchmarks" / "mutation_sample.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.SAMPLE


def test_every_sampled_mutant_still_names_one_line_of_the_source():
    stale = [m.what for m in load_sample() if (ROOT / m.file).read_text(encoding="utf-8").count(m.old) != 1]
    assert not stale, f"update benchmarks/mutation_sample.py: {stale}"


def test_every_sampled_mutant_changes_its_line_and_names_tests_that_exist():
    for m in load_sample():
        assert m.old != m.new, m.what
        for test in m.tests:
            path, _, name = test.partition("::")  # a whole file, or one test in it
            assert (ROOT / path).is_file(), test
            if name:
                assert f"def {name.split('[')[0]}(" in (ROOT / path).read_text(encoding="utf-8"), test
