"""Reusable widgets and layouts shared by the tabs (chips, severity pickers, lazy tabs...)."""
