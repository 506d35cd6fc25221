"""The records that cross every boundary: findings and outcomes, the run's configuration and result, errors."""
