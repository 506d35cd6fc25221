"""A synthetic, valid election archive in kzcheck's own data format, at any size, with defects injected on request.

Stations are drawn first; station-level defects go in before the districts, regions and the country are summed from
them, so every roll-up that should hold does; area-level defects go in after. A manifest lists each injected defect
with the exact findings `kzcheck validate` must report for it, so a test or the benchmark can check that validate finds
every one and nothing else:

    python -m benchmarks.synthetic OUT --stations 10223 --elections 10 --defects relation=5 --defects copy=5
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

LINES = (
    "voters_on_list",
    "ballots_received",
    "ballots_issued",
    "ballots_cancelled",
    "ballots_in_box",
    "invalid",
    "valid",
)
OPTIONS = ("cand-a", "cand-b", "against-all")
FIGURE_LINES = LINES + OPTIONS
DEFECT_KINDS = ("relation", "rollup", "copy", "number")
COPY_ORIGIN = "observers"
AREAS_ID = "synthetic"
STATIONS_PER_DISTRICT = 50
COLUMNS = ("area", "line", "count", "percent", "seats", "as_of", "source")

ELECTION_TOML = """\
# A synthetic election written by benchmarks.synthetic: every figure is made up; the shape is a real protocol's.
id = "{id}"
name = "Synthetic election No. {n}"
kind = "presidential"
date = {date}
areas = "{areas}"
country_area = "KZ"
percent_base = "options"

[[options]]
id = "cand-a"
name = {{ en = "Candidate A" }}

[[options]]
id = "cand-b"
name = {{ en = "Candidate B" }}

[[options]]
id = "against-all"
name = {{ en = "Against all" }}
seat_eligible = false

[[protocol.lines]]
id = "voters_on_list"
name = {{ en = "Voters on the lists" }}

[[protocol.lines]]
id = "ballots_received"
name = {{ en = "Ballots received by the commission" }}

[[protocol.lines]]
id = "ballots_issued"
name = {{ en = "Voters who received ballots" }}
percent_of = "voters_on_list"
monotonic_intraday = true

[[protocol.lines]]
id = "ballots_cancelled"
name = {{ en = "Unused ballots cancelled" }}

[[protocol.lines]]
id = "ballots_in_box"
name = {{ en = "Ballots found in the boxes" }}

[[protocol.lines]]
id = "invalid"
name = {{ en = "Invalid ballots" }}

[[protocol.lines]]
id = "valid"
name = {{ en = "Valid ballots" }}

[[protocol.relations]]
id = "received-accounted"
left = "ballots_issued + ballots_cancelled"
op = "=="
right = "ballots_received"
description = "Every ballot received is either issued or cancelled"

[[protocol.relations]]
id = "issued-within-list"
left = "ballots_issued"
op = "<="
right = "voters_on_list"
description = "No more voters receive ballots than are on the lists"

[[protocol.relations]]
id = "box-within-issued"
left = "ballots_in_box"
op = "<="
right = "ballots_issued"
description = "No more ballots are found in the boxes than were issued"

[[protocol.relations]]
id = "box-valid-invalid"
left = "valid + invalid"
op = "=="
right = "ballots_in_box"
description = "Ballots in the boxes are either valid or invalid"

[[protocol.relations]]
id = "options-equal-valid"
left = "options"
op = "=="
right = "valid"
description = "Votes for the candidates plus against all equal the valid ballots"
"""


@dataclass
class Defect:
    """One injected defect and the findings validate must report for it (`subject`, or `file` and `row`)."""

    kind: str
    election: str
    area: str
    line: str
    detail: str
    expect: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Manifest:
    stations: int
    elections: list[str]
    figure_rows: int
    seed: int
    defects: list[Defect]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def read(cls, path: Path) -> Manifest:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["defects"] = [Defect(**d) for d in doc["defects"]]
        return cls(**doc)

    @property
    def expected(self) -> list[dict[str, Any]]:
        return [e for d in self.defects for e in d.expect]


@dataclass
class _Areas:
    """The hierarchy: ids, parents and levels in file order (country, regions, districts, stations)."""

    ids: np.ndarray
    parents: np.ndarray
    levels: np.ndarray
    names: np.ndarray
    station_district: np.ndarray  # index into districts
    district_region: np.ndarray  # index into regions
    n_regions: int
    n_districts: int


def _areas(stations: int) -> _Areas:
    n_districts = max(1, round(stations / STATIONS_PER_DISTRICT))
    n_regions = min(20, n_districts)
    district_region = np.arange(n_districts) % n_regions
    station_district = np.arange(stations) * n_districts // stations
    regions = np.array([f"r{i + 1:02d}" for i in range(n_regions)])
    districts = np.array([f"{regions[r]}-d{i + 1:03d}" for i, r in enumerate(district_region)])
    station_ids = np.char.add("s", np.char.zfill(np.arange(1, stations + 1).astype(str), 5))
    ids = np.concatenate([["KZ"], regions, districts, station_ids])
    parents = np.concatenate([[""], np.full(n_regions, "KZ"), regions[district_region], districts[station_district]])
    levels = np.concatenate(
        [["country"], np.full(n_regions, "region"), np.full(n_districts, "district"), np.full(stations, "station")]
    )
    names = np.concatenate(
        [
            ["Kazakhstan (synthetic)"],
            np.char.add("Region ", np.arange(1, n_regions + 1).astype(str)),
            np.char.add("District ", np.arange(1, n_districts + 1).astype(str)),
            np.char.add("Polling station No. ", np.arange(1, stations + 1).astype(str)),
        ]
    )
    return _Areas(ids, parents, levels, names, station_district, district_region, n_regions, n_districts)


def _stations(rng: np.random.Generator, n: int) -> np.ndarray:
    """A clean protocol per station, columns in FIGURE_LINES order; every relation holds."""
    voters = rng.integers(300, 3000, n)
    issued = np.rint(voters * rng.uniform(0.35, 0.85, n)).astype(np.int64)
    received = np.ceil(voters * 1.01).astype(np.int64)  # a 1% reserve of ballots
    cancelled = received - issued
    in_box = np.maximum(issued - rng.integers(0, 4, n), 0)
    invalid = rng.binomial(in_box, 0.015)
    valid = in_box - invalid
    a = rng.binomial(valid, rng.uniform(0.45, 0.75, n))
    b = rng.binomial(valid - a, rng.uniform(0.5, 0.9, n))
    against = valid - a - b
    return np.column_stack([voters, received, issued, cancelled, in_box, invalid, valid, a, b, against])


def _pick(rng: np.random.Generator, candidates: np.ndarray, used_districts: set[int], district_of: np.ndarray) -> int:
    """A random candidate in a district no other defect of this election touches, so defects never mix."""
    for i in rng.permutation(candidates):
        if int(district_of[i]) not in used_districts:
            used_districts.add(int(district_of[i]))
            return int(i)
    raise ValueError(
        "too many defects for this many stations: each defect needs a district of its own "
        f"({STATIONS_PER_DISTRICT} stations each)"
    )


def _col(line: str) -> int:
    return FIGURE_LINES.index(line)


def _election(
    rng: np.random.Generator, eid: str, areas: _Areas, defects: dict[str, int], copy_share: float, numbers_before: int
) -> tuple[pd.DataFrame, pd.DataFrame, list[Defect], int]:
    """One election's results and observers' copies as text frames, with its defects."""
    n = len(areas.ids) - 1 - areas.n_regions - areas.n_districts
    figures = _stations(rng, n)
    found: list[Defect] = []
    used: set[int] = set()
    district_of = areas.station_district
    n_copies = min(n, max(defects.get("copy", 0), round(n * copy_share), 1))
    copied = np.sort(rng.choice(n, n_copies, replace=False))
    not_copied = np.setdiff1d(np.arange(n), copied)
    station_ids = areas.ids[-n:]

    for _ in range(defects.get("relation", 0)):  # lower the list below the ballots issued: one relation breaks
        s = _pick(rng, not_copied, used, district_of)
        issued = figures[s, _col("ballots_issued")]
        figures[s, _col("voters_on_list")] = issued - int(rng.integers(1, 6))
        found.append(
            Defect(
                "relation",
                eid,
                str(station_ids[s]),
                "voters_on_list",
                f"voters on the list {figures[s, 0]} below ballots issued {issued}",
                [
                    {
                        "check": "protocol.relation",
                        "election": eid,
                        "subject": f"area:{station_ids[s]}/issued-within-list",
                    }
                ],
            )
        )

    copy_figures = figures[copied].copy()
    for _ in range(defects.get("copy", 0)):  # the copy moves votes from one candidate to another
        k = _pick(rng, np.arange(len(copied)), used, district_of[copied])
        row = copy_figures[k]
        opts = [_col(o) for o in OPTIONS]
        src = max(opts, key=lambda c: row[c])
        dst = next(c for c in opts if c != src)
        moved = int(rng.integers(1, max(2, row[src] // 10)))
        row[src] -= moved
        row[dst] += moved
        sid = str(station_ids[copied[k]])
        found.append(
            Defect(
                "copy",
                eid,
                sid,
                FIGURE_LINES[src],
                f"{moved} votes moved to {FIGURE_LINES[dst]}",
                [
                    {
                        "check": "copy.disagree",
                        "election": eid,
                        "subject": f"area:{sid}@{COPY_ORIGIN}/{FIGURE_LINES[c]}",
                    }
                    for c in (src, dst)
                ],
            )
        )

    # Sum stations into districts, districts into regions, regions into the country.
    districts = np.zeros((areas.n_districts, len(FIGURE_LINES)), dtype=np.int64)
    np.add.at(districts, district_of, figures)
    rollup_targets = []
    for _ in range(defects.get("rollup", 0)):  # a district's list grows by d, carried up so only it disagrees
        d_idx = _pick(rng, np.arange(areas.n_districts), used, np.arange(areas.n_districts))
        delta = int(rng.integers(1, 100))
        districts[d_idx, _col("voters_on_list")] += delta
        rollup_targets.append(d_idx)
        did = str(areas.ids[1 + areas.n_regions + d_idx])
        found.append(
            Defect(
                "rollup",
                eid,
                did,
                "voters_on_list",
                f"{delta} more voters than its stations",
                [{"check": "rollup.sum", "election": eid, "subject": f"area:{did}/voters_on_list"}],
            )
        )
    regions = np.zeros((areas.n_regions, len(FIGURE_LINES)), dtype=np.int64)
    np.add.at(regions, areas.district_region, districts)
    country = regions.sum(axis=0, keepdims=True)
    table = np.concatenate([country, regions, districts, figures])

    counts = table.astype(str).ravel()
    percent = np.full(counts.shape, "", dtype=object)
    issued_col, voters_col = _col("ballots_issued"), _col("voters_on_list")
    top = 1 + areas.n_regions  # the country and regions print turnout, as the CEC does
    turnout = np.round(table[:top, issued_col] / table[:top, voters_col] * 100, 2)
    percent[np.arange(top) * len(FIGURE_LINES) + issued_col] = [f"{t:.2f}" for t in turnout]

    results_file = f"{eid}.final.csv"
    for i in range(defects.get("number", 0)):  # a station's figure is negative or unreadable
        s = _pick(rng, not_copied, used, district_of)
        c = int(rng.integers(0, len(FIGURE_LINES)))
        pos = (top + areas.n_districts + s) * len(FIGURE_LINES) + c
        value = max(int(table[top + areas.n_districts + s, c]), 1)
        negative = (numbers_before + i) % 2 == 0
        counts[pos] = f"-{value}" if negative else f"{value // 10}?"
        check = "schema.results" if negative else "input.not-a-number"
        found.append(
            Defect(
                "number",
                eid,
                str(station_ids[s]),
                FIGURE_LINES[c],
                f"count printed as {counts[pos]!r}",
                [{"check": check, "election": eid, "file": results_file, "row": pos + 2}],
            )
        )

    n_areas = len(table)
    results = pd.DataFrame(
        {
            "area": np.repeat(areas.ids, len(FIGURE_LINES)),
            "line": np.tile(FIGURE_LINES, n_areas),
            "count": counts,
            "percent": percent,
            "seats": "",
            "as_of": "",
            "source": "cec-synthetic",
        }
    )
    copies = pd.DataFrame(
        {
            "area": np.repeat(station_ids[copied], len(FIGURE_LINES)),
            "line": np.tile(FIGURE_LINES, len(copied)),
            "count": copy_figures.astype(str).ravel(),
            "percent": "",
            "seats": "",
            "as_of": "",
            "source": "observers-synthetic",
        }
    )
    national = country[0, [_col(o) for o in OPTIONS]]
    return results, copies, found, int(national.sum())


def _poll(date: str, results: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One exit poll per election that matches the national result to one decimal."""
    national = results[(results["area"] == "KZ") & results["line"].isin(OPTIONS)]
    votes = national["count"].astype(np.int64).to_numpy()
    shares = votes / votes.sum() * 100
    polls = pd.DataFrame(
        [
            {
                "poll": "exit",
                "pollster": "Synthetic Exit Poll",
                "method": "exit poll",
                "kind": "exit",
                "fieldwork": date,
                "scope": "national",
                "sample_size": "20000",
                "sample_size_note": "",
                "polling_stations": "200",
                "margin_of_error": "1.0",
                "paid_by": "",
                "turnout_estimate": "",
                "source": "cec-synthetic",
            }
        ]
    )
    figures = pd.DataFrame(
        {"poll": "exit", "source": "cec-synthetic", "option": list(OPTIONS), "share": [f"{s:.1f}" for s in shares]}
    )
    return polls, figures


def generate(
    out: Path,
    stations: int,
    elections: int,
    defects: dict[str, int] | None = None,
    seed: int = 0,
    copy_share: float = 0.1,
) -> Manifest:
    """Write an archive of `elections` elections over `stations` polling stations into `out`; return its manifest."""
    defects = dict(defects or {})
    unknown = set(defects) - set(DEFECT_KINDS)
    if unknown:
        raise ValueError(f"unknown defect kind(s): {', '.join(sorted(unknown))}; known: {', '.join(DEFECT_KINDS)}")
    if stations < 2 or elections < 1:
        raise ValueError("need at least 2 stations and 1 election")
    rng = np.random.default_rng(seed)
    areas = _areas(stations)
    for sub in ("elections", "results", "protocols", "areas", "polls", "figures"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    pd.DataFrame(
        {
            "area": areas.ids,
            "parent": areas.parents,
            "level": areas.levels,
            "name_en": areas.names,
            "name_kk": "",
            "name_ru": "",
        }
    ).to_csv(out / "areas" / f"{AREAS_ID}.csv", index=False)
    pd.DataFrame(
        [
            {
                "source": "cec-synthetic",
                "outlet": "Central Election Commission (synthetic)",
                "url": "https://example.org/cec",
                "published": "2030-01-02",
                "language": "en",
                "note": "made up",
                "kind": "commission",
            },
            {
                "source": "observers-synthetic",
                "outlet": "Observers (synthetic)",
                "url": "https://example.org/observers",
                "published": "2030-01-02",
                "language": "en",
                "note": "made up",
                "kind": "observers",
            },
        ]
    ).to_csv(out / "sources.csv", index=False)
    ids = [f"synthetic-{i + 1:02d}" for i in range(elections)]
    share = {
        k: [v // elections + (1 if i < v % elections else 0) for i in range(elections)] for k, v in defects.items()
    }
    all_defects: list[Defect] = []
    rows = 0
    for i, eid in enumerate(ids):
        date = f"2030-{1 + i % 12:02d}-{1 + i // 12:02d}"
        (out / "elections" / f"{eid}.toml").write_text(
            ELECTION_TOML.format(id=eid, n=i + 1, date=date, areas=AREAS_ID), encoding="utf-8"
        )
        mine = {k: v[i] for k, v in share.items()}
        results, copies, found, _ = _election(rng, eid, areas, mine, copy_share, sum(share.get("number", [0])[:i]))
        results.to_csv(out / "results" / f"{eid}.final.csv", index=False)
        copies.to_csv(out / "protocols" / f"{eid}.{COPY_ORIGIN}.csv", index=False)
        polls, figures = _poll(date, results)
        polls.to_csv(out / "polls" / f"{eid}.csv", index=False)
        figures.to_csv(out / "figures" / f"{eid}.csv", index=False)
        all_defects += found
        rows += len(results) + len(copies)
    manifest = Manifest(stations, ids, rows, seed, all_defects)
    (out / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    return manifest


def compare(findings: Iterable[Any], manifest: Manifest) -> tuple[list[dict[str, Any]], list[Any]]:
    """(expected findings validate missed, findings no defect explains); both empty when validate is exact."""
    by_subject = {(e["check"], e["election"], e["subject"]) for e in manifest.expected if "subject" in e}
    by_row = {(e["check"], e["election"], e["file"], e["row"]) for e in manifest.expected if "file" in e}
    seen_subject, seen_row, extra = set(), set(), []
    for f in findings:
        s_key = (f.check, f.election, f.subject)
        r_key = (f.check, f.election, Path(f.file).name if f.file else None, f.row)
        if s_key in by_subject:
            seen_subject.add(s_key)
        elif r_key in by_row:
            seen_row.add(r_key)
        else:
            extra.append(f)
    missing = [
        e
        for e in manifest.expected
        if ("subject" in e and (e["check"], e["election"], e["subject"]) not in seen_subject)
        or ("file" in e and (e["check"], e["election"], e["file"], e["row"]) not in seen_row)
    ]
    return missing, extra


def _defect_arg(text: str) -> tuple[str, int]:
    kind, _, count = text.partition("=")
    if kind not in DEFECT_KINDS or not count.isdigit():
        raise argparse.ArgumentTypeError(f"expected KIND=COUNT with KIND one of {', '.join(DEFECT_KINDS)}")
    return kind, int(count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the archive into")
    parser.add_argument("--stations", type=int, default=10223, help="polling stations per election (10223)")
    parser.add_argument("--elections", type=int, default=1, help="number of elections (1)")
    parser.add_argument(
        "--defects",
        type=_defect_arg,
        action="append",
        default=[],
        metavar="KIND=COUNT",
        help=f"inject COUNT defects of KIND ({', '.join(DEFECT_KINDS)}); repeatable",
    )
    parser.add_argument("--copies", type=float, default=0.1, help="share of stations with an observers' copy (0.1)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    args = parser.parse_args(argv)
    try:
        manifest = generate(args.out, args.stations, args.elections, dict(args.defects), args.seed, args.copies)
    except ValueError as exc:
        parser.error(str(exc))
    print(
        f"{args.out}: {len(manifest.elections)} election(s) x {manifest.stations} stations, "
        f"{manifest.figure_rows} figure rows, {len(manifest.defects)} defect(s); manifest.json lists them",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
