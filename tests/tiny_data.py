"""Tiny hand-built data folders for the fast tests the mutation run uses (docs/mutation.md): one invented election
of a few lines, written in a temporary folder and loaded in-process in a few hundredths of a second."""

from __future__ import annotations

from pathlib import Path

from kzcheck.load.dataset import discover
from kzcheck.load.frames import LoadedData, load

ELECTION = "kz-2099-test"
SOURCES = (
    "source,outlet,url,published,language,note,kind,relays\n"
    "cec,Election Commission,https://example.org/cec,2099-03-02,en,,commission,\n"
)

PARTIES = """
[[options]]
id = "alpha"
name = { en = "Alpha" }

[[options]]
id = "beta"
name = { en = "Beta" }

[[options]]
id = "none"
name = { en = "Against all" }
seat_eligible = false
"""


def election_toml(body: str, percent_base: str = "options", options: str = PARTIES) -> str:
    """An election file: its header, `options` and whatever tiers, lines and relations `body` adds."""
    return (
        f'id = "{ELECTION}"\nname = "Test election"\nkind = "parliamentary"\ndate = 2099-03-01\n'
        f'final_results_due_days = 10\ncountry_area = "KZ"\npercent_base = "{percent_base}"\n{options}\n{body}'
    )


def folder(
    root: Path,
    election: str,
    results: dict[str, str] | None = None,
    *,
    polls: str | None = None,
    figures: str | None = None,
    sources: str = SOURCES,
) -> Path:
    """Write a data folder under `root`: the election file, results per status (CSV bodies without the header),
    polls and figures (CSV with header). Returns the folder."""
    data = root / "data"
    for sub in ("elections", "results", "polls", "figures"):
        (data / sub).mkdir(parents=True, exist_ok=True)
    (data / "sources.csv").write_text(sources, encoding="utf-8")
    (data / "elections" / f"{ELECTION}.toml").write_text(election, encoding="utf-8")
    for status, body in (results or {}).items():
        (data / "results" / f"{ELECTION}.{status}.csv").write_text(
            "area,line,count,percent,seats,as_of,source\n" + body, encoding="utf-8"
        )
    if polls is not None:
        (data / "polls" / f"{ELECTION}.csv").write_text(polls, encoding="utf-8")
    if figures is not None:
        (data / "figures" / f"{ELECTION}.csv").write_text(figures, encoding="utf-8")
    return data


def loaded(root: Path, election: str, results: dict[str, str] | None = None, **kwargs: str) -> LoadedData:
    data = load(discover(folder(root, election, results, **kwargs)))
    assert [f.message for f in data.findings] == [], [f.message for f in data.findings]  # the tiny folder is valid
    return data
