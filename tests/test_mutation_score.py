"""The mutation score's arithmetic (benchmarks/mutation_score.py), on invented mutmut results."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("mutation_score", ROOT / "benchmarks" / "mutation_score.py")
assert spec and spec.loader
mutation_score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mutation_score)


def test_score_counts_timeouts_as_killed_and_leaves_equivalents_and_untried_out(tmp_path: Path) -> None:
    meta = tmp_path / "mutants" / "kzcheck" / "m.py.meta"
    meta.parent.mkdir(parents=True)
    # 6 killed (exit 1 ×5, a timeout), 2 survived, 1 untried, 1 survivor named equivalent.
    codes = {f"k{i}": 1 for i in range(5)} | {"t": 36, "s1": 0, "s2": 0, "u": None, "e": 0}
    meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")
    listed = tmp_path / "eq.txt"
    listed.write_text("# comment\ne  adds zero\nk0  wrongly listed\ngone  renamed since\n", encoding="utf-8")
    lines, stale = mutation_score.score(mutation_score.results(tmp_path), mutation_score.equivalents(listed))
    # Judged = 6 killed + 2 survived = 8 (the equivalent and the untried one are apart): 6 / 8 = 75.0%.
    assert lines[0] == "kzcheck/m.py: 6 of 8 killed (75.0%), 1 equivalent, 1 not tried"
    assert lines[1].startswith("core: 6 of 8 killed (75.0%), 1 equivalent")
    assert lines[-2:] == ["  s1", "  s2"]
    assert stale == ["k0 is listed as equivalent but was killed", "gone is listed as equivalent but is no mutant"]
