"""Preferences of the window (QSettings) and the Settings dialog."""
