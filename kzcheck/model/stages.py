"""The stages results are published in, in one order, and who the authoritative printer of official figures is."""

from __future__ import annotations

OFFICIAL = "cec"  # the origin of the CEC's own figures: the authoritative source of official results
PRELIMINARY, FINAL, INTRADAY = "preliminary", "final", "intraday"
STAGES = (PRELIMINARY, FINAL, INTRADAY)  # in the order they are published
RESULTS = (PRELIMINARY, FINAL)  # the stages that are results (intraday figures are turnout in the course of the day)
NEWEST_FIRST = (FINAL, PRELIMINARY)  # the result a poll or a copy is compared with: the final one when it is out
