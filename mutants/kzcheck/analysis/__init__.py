"""Analysis: pure table builders over the loaded data (consensus, comparison, official results, reconciliation,
deadlines). They read `load`'s frames and `methods`' statistics and never make a finding: checks do that."""
