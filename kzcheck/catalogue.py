"""The check catalogue: every check's stable id, title, description, severity and engine, in one place.

It is documentation too: `python -m kzcheck.catalogue > docs/checks.md` (or `kzcheck checks --format markdown`)
writes the checks reference from the registry (`kzcheck.render.catalogue`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from kzcheck.model.kinds import CheckKind, Kind


def all_specs() -> list[CheckKind]:
    """Every check kzcheck can run, in the order the pipeline runs them."""
    from kzcheck.checks import modules
    from kzcheck.listing import KIND as LIMIT
    from kzcheck.run import INPUT_SPECS, TABLES

    specs = {s.id: s for s in INPUT_SPECS}
    for module in modules():
        specs.update({s.id: s for s in module.SPECS})
    return [*specs.values(), TABLES, LIMIT]


def kinds() -> dict[str, Kind]:
    """The one registry of kinds of finding: every check and every input defect, by id. Where an input defect shares
    its id with the check that reports it (a pandera schema), the check's entry is the one kept."""
    from kzcheck.load.defects import CATALOGUE

    registry: dict[str, Kind] = {}
    for kind in [*all_specs(), *CATALOGUE.values()]:
        registry.setdefault(kind.id, kind)
    return registry


def markdown(specs: Iterable[Kind] | None = None) -> str:
    """docs/checks.md: the checks of `specs`, by default of the whole registry (`kinds()`)."""
    from kzcheck.render.catalogue import markdown as page

    return page(kinds().values() if specs is None else specs)


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(markdown())
