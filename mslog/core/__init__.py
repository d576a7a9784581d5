"""The MSLog domain: database, models and services, free of any Qt import."""
