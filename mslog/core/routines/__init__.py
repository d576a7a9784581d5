"""Stretch routines: files and their schema, the timed player and the session record."""
