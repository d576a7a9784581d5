"""The words a spasm entry is described with: types, body locations and triggers."""

from __future__ import annotations

from mslog.core.i18n import QT_TRANSLATE_NOOP, translate

# Each list is (key stored in the database, English label), in display order. The diary
# keeps the key, never the label, so a diary written in German opens in English unchanged;
# the label is translated where it is shown (the functions below, context "vocab").
SPASM_TYPES: list[tuple[str, str]] = [
    ("flexor", QT_TRANSLATE_NOOP("vocab", "Flexor (legs pull up)")),
    ("extensor", QT_TRANSLATE_NOOP("vocab", "Extensor (legs straighten)")),
    ("clonus", QT_TRANSLATE_NOOP("vocab", "Clonus (rhythmic jerking)")),
    ("cramp", QT_TRANSLATE_NOOP("vocab", "Cramp")),
    ("other", QT_TRANSLATE_NOOP("vocab", "Other")),
]

LOCATIONS: list[tuple[str, str]] = [
    ("left_foot", QT_TRANSLATE_NOOP("vocab", "Left foot")),
    ("right_foot", QT_TRANSLATE_NOOP("vocab", "Right foot")),
    ("left_calf", QT_TRANSLATE_NOOP("vocab", "Left calf")),
    ("right_calf", QT_TRANSLATE_NOOP("vocab", "Right calf")),
    ("left_thigh", QT_TRANSLATE_NOOP("vocab", "Left thigh")),
    ("right_thigh", QT_TRANSLATE_NOOP("vocab", "Right thigh")),
    ("left_hip", QT_TRANSLATE_NOOP("vocab", "Left hip")),
    ("right_hip", QT_TRANSLATE_NOOP("vocab", "Right hip")),
    ("back", QT_TRANSLATE_NOOP("vocab", "Back")),
    ("trunk", QT_TRANSLATE_NOOP("vocab", "Trunk")),
    ("neck", QT_TRANSLATE_NOOP("vocab", "Neck")),
    ("left_arm", QT_TRANSLATE_NOOP("vocab", "Left arm")),
    ("right_arm", QT_TRANSLATE_NOOP("vocab", "Right arm")),
    ("left_hand", QT_TRANSLATE_NOOP("vocab", "Left hand")),
    ("right_hand", QT_TRANSLATE_NOOP("vocab", "Right hand")),
]

TRIGGERS: list[tuple[str, str]] = [
    ("heat", QT_TRANSLATE_NOOP("vocab", "Heat")),
    ("cold", QT_TRANSLATE_NOOP("vocab", "Cold")),
    ("infection", QT_TRANSLATE_NOOP("vocab", "Infection")),
    ("full_bladder", QT_TRANSLATE_NOOP("vocab", "Full bladder")),
    ("constipation", QT_TRANSLATE_NOOP("vocab", "Constipation")),
    ("tight_clothing", QT_TRANSLATE_NOOP("vocab", "Tight clothing")),
    ("pain", QT_TRANSLATE_NOOP("vocab", "Pain")),
    ("stress", QT_TRANSLATE_NOOP("vocab", "Stress")),
    ("fatigue", QT_TRANSLATE_NOOP("vocab", "Fatigue")),
    ("posture_change", QT_TRANSLATE_NOOP("vocab", "Posture change")),
    ("stretching", QT_TRANSLATE_NOOP("vocab", "Stretching")),
    ("waking", QT_TRANSLATE_NOOP("vocab", "Waking up")),
]

TYPE_LABELS = dict(SPASM_TYPES)
# The types' names alone, for tables and lists (a translation is free to word them apart).
TYPE_SHORT_LABELS = {
    "flexor": QT_TRANSLATE_NOOP("vocab", "Flexor"),
    "extensor": QT_TRANSLATE_NOOP("vocab", "Extensor"),
    "clonus": QT_TRANSLATE_NOOP("vocab", "Clonus"),
    "cramp": QT_TRANSLATE_NOOP("vocab", "Cramp"),
    "other": QT_TRANSLATE_NOOP("vocab", "Other"),
}
LOCATION_LABELS = dict(LOCATIONS)
TRIGGER_LABELS = dict(TRIGGERS)

MAX_CUSTOM_TRIGGER_LENGTH = 60


def _label(labels: dict[str, str], key: str) -> str:
    return translate("vocab", labels[key]) if key in labels else key


def type_label(key: str, *, short: bool = False) -> str:
    """Return a spasm type's label in the person's language (``short``: no explanation).

    A key MSLog does not know (from a newer version, say) is shown as it is stored.
    """
    if short and key in TYPE_LABELS:
        return translate("vocab", TYPE_SHORT_LABELS[key])
    return _label(TYPE_LABELS, key)


def location_label(key: str) -> str:
    """Return a body location's label in the person's language (an unknown key as stored)."""
    return _label(LOCATION_LABELS, key)


def trigger_label(key: str) -> str:
    """Return the display label of a built-in trigger, or the person's own text."""
    return _label(TRIGGER_LABELS, key)


def translated(vocabulary: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return ``vocabulary`` as (key, label in the person's language), in display order."""
    return [(key, translate("vocab", label)) for key, label in vocabulary]


def lookup_key(text: str, vocabulary: list[tuple[str, str]]) -> str | None:
    """Find a vocabulary key from a key or label, ignoring case, spaces and dashes.

    Labels are matched in English and in the person's language alike.
    """

    def fold(s: str) -> str:
        return "".join(ch for ch in s.lower() if ch.isalnum())

    wanted = fold(text)
    for key, label in vocabulary:
        for shown in {label, translate("vocab", label)}:
            if wanted in (fold(key), fold(shown), fold(shown.split(" (")[0])):
                return key
    return None
