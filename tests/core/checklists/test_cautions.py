"""Heat and cold habits carry their one-line caution; others carry none."""

from __future__ import annotations

import pytest

from mslog.core.checklists.cautions import COLD_CAUTION, HEAT_CAUTION, caution_for
from mslog.core.checklists.schema import DEFAULT_HABITS


def test_the_heat_caution_says_warm_not_hot_worse_symptoms_and_burns():
    assert "Warm, not hot" in HEAT_CAUTION
    assert "MS symptoms worse for a while" in HEAT_CAUTION
    assert "burns" in HEAT_CAUTION
    assert "worse" in COLD_CAUTION


def test_default_habits():
    cautions = {key: caution_for(name, key) for key, name in DEFAULT_HABITS}
    assert cautions == {
        "warm_bath": HEAT_CAUTION,
        "heating_pad": HEAT_CAUTION,
        "massage": None,
        "cold_pack": COLD_CAUTION,
        "stretching": None,
        "water": None,
    }


@pytest.mark.parametrize(
    ("name", "caution"),
    [
        ("Warm compress", HEAT_CAUTION),
        ("Hot-water bottle", HEAT_CAUTION),
        ("heat pad", HEAT_CAUTION),
        ("Bath", HEAT_CAUTION),
        ("Cold shower", COLD_CAUTION),
        ("Ice pack", COLD_CAUTION),
        ("Walk the dog", None),
        ("Wheatley's exercises", None),
    ],
)
def test_a_persons_own_habit_by_its_words(name: str, caution: str | None):
    assert caution_for(name) == caution


def test_a_renamed_builtin_keeps_its_caution_unless_its_new_words_say_otherwise():
    assert caution_for("My pad", "heating_pad") == HEAT_CAUTION
    assert caution_for("Cool pad", "heating_pad") == COLD_CAUTION
