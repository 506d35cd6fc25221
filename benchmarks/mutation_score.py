"""The score of the last `mutmut run` on the configured core, per file, and every mutant that survived it.

    mutmut run                                  # slow: see docs/mutation.md
    python benchmarks/mutation_score.py         # the score and the survivors, from mutmut's results in mutants/
    python benchmarks/mutation_score.py --diffs # each survivor with its one-line change

Score = killed / (killed + survived + no tests), where a timeout counts as killed (the mutant made the tests hang)
and a mutant mutmut has not tried yet is reported apart, never counted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLED = {1, 3, 36, -24, 24, 152, 255, 37}
STATUS = {0: "survived", 33: "no tests", 5: "no tests", None: "not tried"}


def results() -> dict[str, dict[str, int | None]]:
    out = {}
    for meta in sorted((ROOT / "mutants").glob("**/*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        if codes:
            out[str(meta.relative_to(ROOT / "mutants"))[: -len(".meta")]] = codes
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diffs", action="store_true", help="show each survivor's change (mutmut show)")
    args = parser.parse_args()
    configured = results()
    if not configured:
        print("no mutation results: run `mutmut run` first", file=sys.stderr)
        return 2
    total: Counter[str] = Counter()
    survivors: list[str] = []
    for path, codes in configured.items():
        c: Counter[str] = Counter("killed" if v in KILLED else STATUS.get(v, f"other {v}") for v in codes.values())
        total.update(c)
        judged = c["killed"] + c["survived"] + c["no tests"]
        score = f"{100 * c['killed'] / judged:.1f}%" if judged else "–"
        untried = f", {c['not tried']} not tried" if c["not tried"] else ""
        print(f"{path}: {c['killed']} of {judged} killed ({score}){untried}")
        survivors += [name for name, v in codes.items() if STATUS.get(v) in ("survived", "no tests")]
    judged = total["killed"] + total["survived"] + total["no tests"]
    print(f"core: {total['killed']} of {judged} killed ({100 * total['killed'] / judged:.1f}%)", end="")
    print(f", {total['not tried']} not tried" if total["not tried"] else "")
    print(f"survivors ({len(survivors)}):")
    for name in sorted(survivors):
        print(f"  {name}")
        if args.diffs:
            shown = subprocess.run(["mutmut", "show", name], cwd=ROOT, capture_output=True, text=True).stdout
            for line in shown.splitlines():
                if line[:1] in "+-" and line[:3] not in ("+++", "---"):
                    print(f"      {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
