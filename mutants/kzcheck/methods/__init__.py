"""Pure statistical and electoral methods used by kzcheck's checks.

Each module does one job and has no dependency on the rest of kzcheck:

- `allocation`: list-seat allocation (Hare largest remainder, D'Hondt, Sainte-Laguë).
- `sampling`: sampling error of a poll share with a design effect; intervals; two-poll test.
- `accuracy`: poll accuracy against official shares (Mosteller M3/M5, Arzheimer-Evans A, B, B_w).
- `rounding`: what a printed figure's decimals allow (half units, rounding bands).

Shares at every public function are percents (0-100) and errors are percentage points;
docs/methods.md gives every formula, its assumptions, its source and a worked example.
Import the submodules directly (``from kzcheck.methods import sampling``); this package
imports nothing itself, so importing one method does not pay for the others.
"""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
