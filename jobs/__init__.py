"""Scheduled work: nightly digests, instant alerts and gig expiry."""
