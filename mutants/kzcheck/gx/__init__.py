"""Great Expectations as kzcheck's figure-level rule engine: suites are JSON in expectations/, run quietly."""
