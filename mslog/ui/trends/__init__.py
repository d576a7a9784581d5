"""The Trends tab: charts over time, time of day, breakdowns, appointments and the report."""
