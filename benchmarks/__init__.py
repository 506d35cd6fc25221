"""The benchmark and what it needs: the synthetic archive generator, the plain-pandas baseline, the runner."""
