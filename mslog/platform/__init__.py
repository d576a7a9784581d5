"""The small OS-facing glue: the data folder, shipped resources and autostart at login."""
