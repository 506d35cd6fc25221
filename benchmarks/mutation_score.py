"""The score of the last `mutmut run` on the configured core, per file, and every mutant that survived it.

    mutmut run                                  # slow: see docs/mutation.md
    python benchmarks/mutation_score.py         # the score and the survivors, from mutmut's results in mutants/
    python benchmarks/mutation_score.py --diffs # each survivor with its one-line change

Score = killed / (killed + survived + no tests − equivalent), where a timeout counts as killed (the mutant made the
tests hang), a mutant mutmut has not tried yet is reported apart and never counted, and an equivalent mutant is a
survivor named in docs/mutation-equivalents.txt with the reason no test can tell it from the original (it behaves
the same on every input). A name listed there that mutmut killed, or that no longer exists, is reported as stale.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "docs" / "mutation-equivalents.txt"
KILLED = {1, 3, 36, -24, 24, 152, 255, 37}
STATUS = {0: "survived", 33: "no tests", 5: "no tests", None: "not tried"}


def results(root: Path = ROOT) -> dict[str, dict[str, int | None]]:
    """mutmut's exit code per mutant name, per mutated file (from the `.meta` files under `mutants/`)."""
    out = {}
    for meta in sorted((root / "mutants").glob("**/*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        if codes:
            out[str(meta.relative_to(root / "mutants"))[: -len(".meta")]] = codes
    return out


def equivalents(path: Path = EQUIVALENTS) -> dict[str, str]:
    """Mutant name → why it is equivalent, from lines `NAME  reason` (`#` starts a comment line)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, reason = line.strip().partition(" ")
            out[name] = reason.strip()
    return out


def verdict(code: int | None) -> str:
    return "killed" if code in KILLED else STATUS.get(code, f"other {code}")


def score(configured: dict[str, dict[str, int | None]], equivalent: dict[str, str]) -> tuple[list[str], list[str]]:
    """The report's lines, and the stale equivalents (listed but killed, or no longer a mutant)."""
    lines: list[str] = []
    total: Counter[str] = Counter()
    survivors: list[str] = []
    seen: set[str] = set()
    stale: list[str] = []
    for path, codes in configured.items():
        c: Counter[str] = Counter()
        for name, code in codes.items():
            v = verdict(code)
            if name in equivalent:
                seen.add(name)
                if v in ("survived", "no tests"):
                    v = "equivalent"
                elif v == "killed":
                    stale.append(f"{name} is listed as equivalent but was killed")
            c[v] += 1
            if v in ("survived", "no tests"):
                survivors.append(name)
        total.update(c)
        judged = c["killed"] + c["survived"] + c["no tests"]
        pct = f"{100 * c['killed'] / judged:.1f}%" if judged else "–"
        extra = f", {c['equivalent']} equivalent" if c["equivalent"] else ""
        extra += f", {c['not tried']} not tried" if c["not tried"] else ""
        lines.append(f"{path}: {c['killed']} of {judged} killed ({pct}){extra}")
    stale += [f"{name} is listed as equivalent but is no mutant" for name in sorted(set(equivalent) - seen)]
    judged = total["killed"] + total["survived"] + total["no tests"]
    pct = f"{100 * total['killed'] / judged:.1f}%" if judged else "–"
    summary = f"core: {total['killed']} of {judged} killed ({pct})"
    summary += f", {total['equivalent']} equivalent (docs/mutation-equivalents.txt)" if total["equivalent"] else ""
    summary += f", {total['not tried']} not tried" if total["not tried"] else ""
    lines.append(summary)
    lines.append(f"survivors ({len(survivors)}):")
    lines += [f"  {name}" for name in sorted(survivors)]
    return lines, stale


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--diffs", action="store_true", help="show each survivor's change (mutmut show)")
    args = parser.parse_args()
    configured = results()
    if not configured:
        print("no mutation results: run `mutmut run` first", file=sys.stderr)
        return 2
    lines, stale = score(configured, equivalents())
    for line in lines:
        print(line)
        if args.diffs and line.startswith("  "):
            shown = subprocess.run(["mutmut", "show", line.strip()], cwd=ROOT, capture_output=True, text=True).stdout
            for diff in shown.splitlines():
                if diff[:1] in "+-" and diff[:3] not in ("+++", "---"):
                    print(f"      {diff}")
    for line in stale:
        print(f"stale: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
