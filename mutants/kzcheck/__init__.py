"""kzcheck: validation and reconciliation of Kazakhstan's election figures."""

__version__ = "0.1.0"
