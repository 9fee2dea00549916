"""The composition root: every long-lived service built from Settings, and the invariants they share."""
