"""The daily check-in: the day's spasticity, nights, pain, sleep and what was true that day."""

from mslog.core.checkin.factors import DEFAULT_FACTORS, SLEEP_CHOICES, DayFactor
from mslog.core.checkin.service import CheckIn, CheckInChange, CheckIns

__all__ = ["DEFAULT_FACTORS", "SLEEP_CHOICES", "CheckIn", "CheckInChange", "CheckIns", "DayFactor"]
