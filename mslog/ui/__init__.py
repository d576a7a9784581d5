"""Qt views of the diary; thin layers over :mod:`mslog.core`."""
