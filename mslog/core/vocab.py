"""The words a spasm entry is described with: types, body locations and triggers."""

from __future__ import annotations

# Each list is (key stored in the database, label shown to the person), in display order.
SPASM_TYPES: list[tuple[str, str]] = [
    ("flexor", "Flexor (legs pull up)"),
    ("extensor", "Extensor (legs straighten)"),
    ("clonus", "Clonus (rhythmic jerking)"),
    ("cramp", "Cramp"),
    ("other", "Other"),
]

LOCATIONS: list[tuple[str, str]] = [
    ("left_foot", "Left foot"),
    ("right_foot", "Right foot"),
    ("left_calf", "Left calf"),
    ("right_calf", "Right calf"),
    ("left_thigh", "Left thigh"),
    ("right_thigh", "Right thigh"),
    ("left_hip", "Left hip"),
    ("right_hip", "Right hip"),
    ("back", "Back"),
    ("trunk", "Trunk"),
    ("neck", "Neck"),
    ("left_arm", "Left arm"),
    ("right_arm", "Right arm"),
    ("left_hand", "Left hand"),
    ("right_hand", "Right hand"),
]

TRIGGERS: list[tuple[str, str]] = [
    ("heat", "Heat"),
    ("cold", "Cold"),
    ("infection", "Infection"),
    ("full_bladder", "Full bladder"),
    ("constipation", "Constipation"),
    ("tight_clothing", "Tight clothing"),
    ("pain", "Pain"),
    ("stress", "Stress"),
    ("fatigue", "Fatigue"),
    ("posture_change", "Posture change"),
    ("stretching", "Stretching"),
    ("waking", "Waking up"),
]

TYPE_LABELS = dict(SPASM_TYPES)
LOCATION_LABELS = dict(LOCATIONS)
TRIGGER_LABELS = dict(TRIGGERS)

MAX_CUSTOM_TRIGGER_LENGTH = 60


def trigger_label(key: str) -> str:
    """Return the display label of a built-in trigger, or the person's own text."""
    return TRIGGER_LABELS.get(key, key)


def lookup_key(text: str, vocabulary: list[tuple[str, str]]) -> str | None:
    """Find a vocabulary key from a key or label, ignoring case, spaces and dashes."""

    def fold(s: str) -> str:
        return "".join(ch for ch in s.lower() if ch.isalnum())

    wanted = fold(text)
    for key, label in vocabulary:
        if wanted in (fold(key), fold(label), fold(label.split(" (")[0])):
            return key
    return None
