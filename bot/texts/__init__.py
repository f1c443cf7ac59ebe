"""UI texts, one catalogue per language; handlers pick one with `texts_for(language_code)`."""

from __future__ import annotations

from bot.texts.catalogue import Texts
from bot.texts.en import EN
from bot.texts.fr import FR

CATALOGUES: dict[str, Texts] = {"fr": FR, "en": EN}


def language_of(language_code: str | None) -> str:
    """French first; English for users whose Telegram speaks English."""
    if language_code and language_code.lower().startswith("en"):
        return "en"
    return "fr"


def texts_for(language_code: str | None) -> Texts:
    return CATALOGUES[language_of(language_code)]


__all__ = ["CATALOGUES", "Texts", "language_of", "texts_for"]
