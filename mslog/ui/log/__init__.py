"""The Log tab: the quick "log a spasm now" button, details, and today's entries."""
