"""Tests of the diary of every day."""
