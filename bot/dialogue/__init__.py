"""The transport-free conversation: flows, turns and rendering."""
