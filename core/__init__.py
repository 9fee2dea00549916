"""The gigmatch domain: models, settings and the SQLite store. Imports nothing else of ours."""
