"""gigmatch tests."""
