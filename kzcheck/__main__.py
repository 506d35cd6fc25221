"""`python -m kzcheck` runs the command line."""

from kzcheck.cli import entry

entry()
