"""Data safety in the window: back up, restore, import, and noticing other MSLogs' writes."""
