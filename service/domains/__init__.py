"""The domain slices: each holds its models, schemas, API, actions and logic, and exports one Domain object."""
