"""The daily check-in in the window: its dialog, the Log tab card, Ctrl+D, tray and reminder."""
