"""The one-line cautions shown with self-care habits that use heat or cold."""

from __future__ import annotations

import re

from mslog.core.checklists.model import NamedItem
from mslog.core.i18n import QT_TRANSLATE_NOOP, translate

# Translated where they are given out (:func:`caution_for`).
HEAT_CAUTION = QT_TRANSLATE_NOOP(
    "cautions",
    "Warm, not hot: heat can make MS symptoms worse for a while, and skin that feels "
    "less burns more easily.",
)
COLD_CAUTION = QT_TRANSLATE_NOOP(
    "cautions", "Cold eases spasms for some people and makes them worse for others."
)

# The built-in habits by key.
_HEAT_KEYS = frozenset({"warm_bath", "heating_pad"})
_COLD_KEYS = frozenset({"cold_pack"})
# Words in a person's own habit name; cold is looked for first ("cold shower"). Besides
# English, the words of the languages MSLog speaks (a name may be written in any of them).
_COLD_WORDS = frozenset(
    {
        "cold", "ice", "iced", "icepack", "cool", "cooling", "chilled",
        "kalt", "kalte", "kaltes", "kälte", "eis", "kühl", "kühlen", "kühlpack", "kühlakku",
        "froid", "froide", "glace", "glaçon", "glaçons",
        "frío", "fría", "frio", "fria", "hielo", "helado",
        "freddo", "fredda", "ghiaccio", "ghiacciato",
        "koud", "koude", "ijs", "ijszak", "koelen", "koelpak", "koel",
    }
)  # fmt: skip
_HEAT_WORDS = frozenset(
    {
        "warm", "warmth", "hot", "heat", "heated", "heating", "bath", "baths", "shower",
        "showers", "sauna", "compress", "wheat", "hottie", "jacuzzi", "spa",
        "wärme", "warme", "warmes", "heiß", "heiss", "heißes", "baden", "dusche", "duschen",
        "wärmflasche", "heizkissen", "kirschkernkissen", "wickel", "fango",
        "chaud", "chaude", "chaleur", "bain", "douche", "bouillotte", "compresse",
        "caliente", "calor", "baño", "ducha", "compresa", "tibio", "tibia",
        "caldo", "calda", "calore", "bagno", "doccia", "impacco", "termoforo",
        "warmte", "heet", "kruik", "warmtekussen", "kompres",
    }
)  # fmt: skip


def caution_for(name: str, key: str | None = None) -> str | None:
    """Return the caution a habit called ``name`` carries, or None.

    Args:
        name: The habit's name as the person wrote it.
        key: The built-in habit it started as, if any.
    """
    found = _caution(name, key)
    return None if found is None else translate("cautions", found)


def _caution(name: str, key: str | None) -> str | None:
    words = set(re.findall(r"[^\W\d_]+", name.lower()))
    if words & _COLD_WORDS:
        return COLD_CAUTION
    if words & _HEAT_WORDS:
        return HEAT_CAUTION
    # A built-in habit renamed to words of its own ("Hottie" → "My pad") keeps its caution.
    if key in _COLD_KEYS:
        return COLD_CAUTION
    if key in _HEAT_KEYS:
        return HEAT_CAUTION
    return None


def habit_caution(habit: NamedItem) -> str | None:
    """Return the caution of a listed habit, or None."""
    return caution_for(habit.name, habit.key)
