"""The baseline kzcheck is measured against: a plain pandas script, written by hand, that imports the same libraries,
reads the same files and runs the same checks on a generated archive, vectorised, without kzcheck.

    python benchmarks/baseline.py ARCHIVE      prints one JSON line: the problems found, as kzcheck subjects

Checks: figures that are not numbers or are negative, repeated keys, every protocol relation at every area, children
summing to parents, turnout weighted by voters on the list, observers' copies against the CEC, areas with an unknown
parent, poll shares summing to 100 within rounding.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

import click  # noqa: F401  (the same import floor as kzcheck)
import great_expectations  # noqa: F401
import numpy as np
import pandas as pd
import pandera.pandas  # noqa: F401

KEY = ["election", "status", "origin", "area", "line"]


def read(path: Path, **extra: str) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    frame["_line"] = np.arange(2, len(frame) + 2)
    frame["_file"] = path.name
    return frame.assign(**extra)


def terms(text: str) -> list[tuple[int, str]]:
    out, sign = [], 1
    for tok in re.findall(r"[+-]|[^\s+-]+", text):
        if tok in "+-":
            sign = -1 if tok == "-" else 1
        else:
            out.append((sign, tok))
            sign = 1
    return out


def main(root: Path) -> dict[str, list]:
    found: dict[str, list] = {
        "number": [],
        "negative": [],
        "duplicate": [],
        "relation": [],
        "rollup": [],
        "turnout": [],
        "copy": [],
        "parent": [],
        "poll": [],
        "integer": [],
        "unknown": [],
        "percent": [],
    }
    elections = {
        p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "elections").glob("*.toml"))
    }
    parts = []
    for eid in elections:
        for p in sorted((root / "results").glob(f"{eid}.*.csv")):
            parts.append(read(p, election=eid, status=p.name.split(".")[-2], origin="cec"))
        for p in sorted((root / "protocols").glob(f"{eid}.*.csv")):
            parts.append(read(p, election=eid, status="copy", origin=p.name.split(".")[-2]))
    r = pd.concat(parts, ignore_index=True)
    for c in ("election", "status", "origin", "area", "line"):
        r[c] = r[c].astype("category")

    count = pd.to_numeric(r["count"], errors="coerce")
    bad = count.isna() & r["count"].notna()
    found["number"] = [
        [e, f, int(n)] for e, f, n in zip(r.loc[bad, "election"], r.loc[bad, "_file"], r.loc[bad, "_line"], strict=True)
    ]
    neg = count < 0
    found["negative"] = [
        [e, f, int(n)] for e, f, n in zip(r.loc[neg, "election"], r.loc[neg, "_file"], r.loc[neg, "_line"], strict=True)
    ]
    r["value"] = count.where(count >= 0)
    fraction = count.notna() & (count % 1 != 0)
    found["integer"] = r.loc[fraction, ["_file", "_line"]].values.tolist()
    known = pd.DataFrame(
        [
            (eid, x["id"])
            for eid, e in elections.items()
            for x in (*e["options"], *e.get("protocol", {}).get("lines", []))
        ],
        columns=["election", "line"],
    )
    lines = r[["election", "line"]].astype(str).drop_duplicates()
    unknown = lines.merge(known, how="left", indicator=True)
    found["unknown"] = unknown.loc[unknown["_merge"] == "left_only", "line"].tolist()
    sources = pd.read_csv(root / "sources.csv", dtype=str)["source"]
    found["unknown"] += [str(s) for s in r["source"].unique() if s not in set(sources)]
    r["percent_value"] = pd.to_numeric(r["percent"], errors="coerce")
    printed = r["percent"].dropna()
    decimals = (printed.str.len() - printed.str.find(".") - 1).where(printed.str.contains(".", regex=False), 0)
    r["half"] = (0.5 * 10.0**-decimals).reindex(r.index)
    dup = r.duplicated(KEY)
    found["duplicate"] = r.loc[dup, ["_file", "_line"]].values.tolist()

    one = r[~dup].set_index(["election", "status", "origin", "area", "line"])
    wide = one["value"].unstack("line")
    given = one["_line"].unstack("line").notna()

    areas = pd.concat([read(p) for p in sorted((root / "areas").glob("*.csv"))], ignore_index=True)
    parent_of = areas.set_index("area")["parent"]
    children = parent_of.value_counts()
    orphan = areas[areas["parent"].notna() & ~areas["parent"].isin(areas["area"])]
    found["parent"] = orphan["area"].tolist()

    for eid, e in elections.items():
        w = wide.xs(eid, level="election")
        g = given.xs(eid, level="election")
        options = [o["id"] for o in e["options"] if o["id"] in w.columns]
        for rel in e.get("protocol", {}).get("relations", []):
            sides = []
            for text in (rel["left"], rel["right"]):
                value = pd.Series(0.0, index=w.index)
                for sign, term in terms(text):
                    if term == "options":
                        ok = g[options].any(axis=1) & ~(g[options] & w[options].isna()).any(axis=1)
                        value = value + sign * w[options].sum(axis=1).where(ok)
                    else:
                        value = value + sign * (w[term] if term in w.columns else np.nan)
                sides.append(value)
            diff = sides[0] - sides[1]
            op = rel["op"]
            broken = {"==": diff.abs() > 0.5, "<=": diff > 0.5, ">=": diff < -0.5, "<": diff > -0.5, ">": diff < 0.5}[
                op
            ]
            for _status, origin, area in w.index[broken.fillna(False).to_numpy()]:
                at = "" if origin == "cec" else f"@{origin}"
                found["relation"].append([eid, f"area:{area}{at}/{rel['id']}"])

        # children sum to parents, within one publication
        long = w.stack().rename("value").reset_index()
        long["parent"] = long["area"].astype(str).map(parent_of)
        kids = long.groupby(["status", "origin", "parent", "line"], observed=True)["value"].agg(["sum", "count"])
        kids = kids.reset_index().rename(columns={"parent": "area"})
        both = kids.merge(long.assign(area=long["area"].astype(str)), on=["status", "origin", "area", "line"])
        both = both[both["count"] == both["area"].map(children)]
        for _, row in both[(both["sum"] - both["value"]).abs() > 0.5].iterrows():
            found["rollup"].append([eid, f"area:{row['area']}/{row['line']}"])

        # printed turnout against the counts, then weighted by voters on the list
        sub = r[(r["election"] == eid) & r["percent_value"].notna()]
        for ln in e.get("protocol", {}).get("lines", []):
            base = ln.get("percent_of")
            if base and base in w.columns and ln["id"] in w.columns:
                p = sub[sub["line"] == ln["id"]].merge(
                    w[[ln["id"], base]].reset_index(), on=["status", "origin", "area"]
                )
                exact = p[ln["id"]] / p[base] * 100
                off = (exact - p["percent_value"]).abs() > p["half"] + 1e-9
                found["percent"] += [[eid, f"area:{a}/{ln['id']}"] for a in p.loc[off, "area"]]
        for ln in e.get("protocol", {}).get("lines", []):
            base = ln.get("percent_of")
            if not base or base not in w.columns:
                continue
            t = sub[sub["line"] == ln["id"]][["status", "origin", "area", "percent_value", "half"]]
            t = t.merge(w[base].rename("base").reset_index(), on=["status", "origin", "area"])
            t["parent"] = t["area"].astype(str).map(parent_of)
            t["pw"], t["hw"] = t["percent_value"] * t["base"], t["half"] * t["base"]
            agg = t.groupby(["status", "origin", "parent"], observed=True)[["pw", "hw", "base"]].sum()
            agg["n"] = t.groupby(["status", "origin", "parent"], observed=True)["pw"].count()
            agg = agg.reset_index().rename(columns={"parent": "area"})
            agg = agg.merge(t.assign(area=t["area"].astype(str)), on=["status", "origin", "area"], suffixes=("", "_p"))
            agg = agg[agg["n"] == agg["area"].map(children)]
            off = (agg["percent_value"] - agg["pw"] / agg["base"]).abs() > agg["half"] + agg["hw"] / agg["base"] + 1e-9
            found["turnout"] += [[eid, f"area:{a}/{ln['id']}"] for a in agg.loc[off, "area"]]

    # copies against the CEC's final figures
    copies = r[r["status"] == "copy"]
    final = r[(r["status"] == "final") & (r["origin"] == "cec")]
    cmp = copies.merge(final, on=["election", "area", "line"], suffixes=("", "_cec"))
    diff = cmp[(cmp["value"] - cmp["value_cec"]).abs() > 0]
    found["copy"] = [
        [e, f"area:{a}@{o}/{ln}"]
        for e, a, o, ln in zip(diff["election"], diff["area"], diff["origin"], diff["line"], strict=True)
    ]
    unknown = r.loc[~r["area"].isin(areas["area"]), "area"].unique()
    found["parent"] += [str(a) for a in unknown]

    figures = pd.concat([read(p, election=p.stem) for p in sorted((root / "figures").glob("*.csv"))], ignore_index=True)
    share = pd.to_numeric(figures["share"], errors="coerce")
    half = 0.5 * 10.0 ** -figures["share"].str.partition(".")[2].str.len()
    sums = figures.assign(share=share, half=half).groupby(["election", "poll", "source"])[["share", "half"]].sum()
    found["poll"] = sums.index[(sums["share"] - 100).abs() > sums["half"] + 1e-9].tolist()
    return found


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    print(json.dumps({k: len(v) for k, v in result.items()} | {"problems": result}, default=str))
