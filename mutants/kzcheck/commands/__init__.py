"""One module per command; each exposes `command`, a click command, and imports pandas/GX only when run."""
