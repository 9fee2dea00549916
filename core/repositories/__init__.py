"""The repositories: each owns one part of the schema's SQL and returns models, never rows."""
