"""Charts for the HTML report, drawn by matplotlib and returned as SVG text ready to inline in a page.

Text stays text (`svg.fonttype = none`): it can be searched and read aloud, and matplotlib escapes it, so a name
taken from the data can never become markup. Colours are Okabe-Ito, each poll also has its own marker shape, so no
reader has to tell series apart by colour alone.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from markupsafe import escape

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")

_RC: dict[str, Any] = {
    "svg.fonttype": "none",
    "text.parse_math": False,  # a `$` in a pollster's name is a dollar sign, not TeX
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@dataclass
class Series:
    """One poll in a chart: a label and, per option (None where it printed none), a value and its interval."""

    label: str
    values: list[float | None]
    lows: list[float | None] = field(default_factory=list)
    highs: list[float | None] = field(default_factory=list)
    style: Style | None = None  # the pollster's colour and marker (`pollster_styles`); None: by position


# How each matplotlib marker looks in text, so a table's swatch matches the chart's symbol.
GLYPHS = {"o": "●", "s": "■", "^": "▲", "D": "◆", "v": "▼", "P": "✚", "X": "✖", "*": "★"}


@dataclass(frozen=True)
class Style:
    colour: str
    marker: str

    @property
    def glyph(self) -> str:
        return GLYPHS.get(self.marker, "●")


def pollster_styles(keys: list[str]) -> dict[str, Style]:
    """One colour and marker per pollster, by its place in `keys` (the registry's order, then unknown names): every
    chart of the report takes a pollster's style from this one mapping, so it looks the same on every page."""
    n = len(OKABE_ITO)
    return {k: Style(OKABE_ITO[i % n], MARKERS[(i + i // n) % len(MARKERS)]) for i, k in enumerate(keys)}


def _style(s: Series, j: int) -> Style:
    return s.style or Style(OKABE_ITO[j % len(OKABE_ITO)], MARKERS[j % len(MARKERS)])


def _svg(fig: Figure, description: str) -> str:
    """The figure as an inline-ready <svg> element: no XML prologue, no DOCTYPE, ids unique to this chart."""
    buf = io.StringIO()
    fig.savefig(
        buf,
        format="svg",
        bbox_inches="tight",
        metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
    )
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    label = escape(description)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" class="chart" ', 1)


def error_chart(chart_id: str, options: list[str], series: list[Series], reference: str, description: str) -> str:
    """Each poll's error on each option (poll share minus official share) with the poll's interval around it.

    Drawn as differences rather than raw shares so a 2% party and a 54% party sit on one scale; the vertical line
    at zero is the official result.
    """
    import matplotlib as mpl
    from matplotlib.figure import Figure

    rc: Any = {**_RC, "svg.hashsalt": f"kzcheck-{chart_id}"}
    with mpl.rc_context(rc):
        k = max(len(series), 1)
        height = 1.8 + 0.32 * len(options) * max(1.0, k / 2.5) + 0.2 * ((k + 1) // 2)
        fig = Figure(figsize=(7.2, height), layout="constrained")
        ax = fig.add_subplot()
        band = 0.8 / k
        for j, s in enumerate(series):
            style = _style(s, j)
            colour, marker = style.colour, style.marker
            offset = (j - (k - 1) / 2) * band
            ys, xs, lo, hi = [], [], [], []
            for i, value in enumerate(s.values):
                if value is None:
                    continue
                ys.append(i - offset)
                xs.append(value)
                low = s.lows[i] if i < len(s.lows) else None
                high = s.highs[i] if i < len(s.highs) else None
                lo.append(value - low if low is not None else 0.0)
                hi.append(high - value if high is not None else 0.0)
            ax.errorbar(
                xs,
                ys,
                xerr=[lo, hi],
                fmt=marker,
                color=colour,
                ecolor=colour,
                elinewidth=1.4,
                capsize=3,
                markersize=6,
                label=s.label,
            )
        ax.axvline(0.0, color="#000000", linewidth=1.2)
        ax.annotate(
            reference,
            xy=(0.0, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(4, 2),
            textcoords="offset points",
            fontsize=9,
            va="bottom",
        )
        ax.set_yticks(range(len(options)), options)
        ax.set_ylim(len(options) - 0.5, -0.5)
        ax.set_xlabel("poll share minus official share (percentage points)")
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        fig.legend(loc="outside lower center", ncol=min(k, 2), frameon=False)
        return _svg(fig, description)


def track_chart(chart_id: str, votes: list[str], series: list[Series], description: str) -> str:
    """Each pollster's signed error on the winner, vote by vote (oldest first); the line at zero is the result.

    A pollster's points are joined by a thin line to follow it across votes; a vote it did not poll (or that could
    not be scored) is a gap, never a zero.
    """
    import matplotlib as mpl
    from matplotlib.figure import Figure

    rc: Any = {**_RC, "svg.hashsalt": f"kzcheck-{chart_id}"}
    with mpl.rc_context(rc):
        k = max(len(series), 1)
        fig = Figure(figsize=(7.2, 3.6 + 0.22 * ((k + 1) // 2)), layout="constrained")
        ax = fig.add_subplot()
        band = 0.5 / k
        for j, s in enumerate(series):
            style = _style(s, j)
            offset = (j - (k - 1) / 2) * band
            xs = [i + offset if v is not None else float("nan") for i, v in enumerate(s.values)]
            ys = [v if v is not None else float("nan") for v in s.values]
            ax.plot(
                xs,
                ys,
                marker=style.marker,
                color=style.colour,
                linewidth=0.9,
                linestyle=":",
                markersize=7,
                label=s.label,
            )
        ax.axhline(0.0, color="#000000", linewidth=1.2)
        ax.set_xticks(range(len(votes)), votes)
        ax.set_xlim(-0.6, len(votes) - 0.4)
        ax.set_ylabel("poll minus official, winner (points)")
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        fig.legend(loc="outside lower center", ncol=min(k, 2), frameon=False)
        return _svg(fig, description)
