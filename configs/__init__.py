"""Settings shipped with the engine (read as package data via importlib.resources)."""
