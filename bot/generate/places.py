"""What a place is and where it lies, from `places.yaml`: a wrong answer for a river is a river,
for a French town a French town. Readers threw out Kronstadt and Mexico offered for Toulouse,
Vincennes for Tournai, a lone river among regions, a town among countries."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PLACES_FILE = Path(__file__).with_name("places.yaml")
KINDS = ("country", "region", "river", "sea", "island", "town")
# what a cloze's blank holds, named for a reader; a town stays a 'lieu' (Rethondes is a
# village, Vincennes a château as much as a town)
KIND_LABELS = {
    "country": "pays",
    "region": "région",
    "river": "cours d'eau",
    "sea": "mer",
    "island": "île",
}
SUBJECT_WORDS = {
    "country": "Quel pays",
    "region": "Quelle région",
    "river": "Quel cours d'eau",
    "sea": "Quelle mer",
    "island": "Quelle île",
}
ARTICLE = re.compile(r"^(?:la |le |les |l['’])", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    name: str  # as listed, with the article a text puts before it: 'la Meuse', 'Tournai'
    kind: str
    zone: str  # 'France', 'Europe', 'Afrique du Nord et Proche-Orient', …


def unaccented(text: str) -> str:
    """'Võ Nguyên Giáp' and 'Vo Nguyen Giap' are one man, 'Hanoï' and 'Hanoi' one town."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def place_key(name: str) -> str:
    """'la Meuse', 'Meuse' and 'meuse' are one place; so are 'Hanoï' and 'Hanoi'."""
    return unaccented(ARTICLE.sub("", name.strip()).casefold().replace("’", "'"))


@cache
def _data(path: Path = PLACES_FILE) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@cache
def gazetteer() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for zone, kinds in _data()["zones"].items():
        for kind, names in kinds.items():
            if kind not in KINDS:
                raise ValueError(f"{PLACES_FILE.name}: zone {zone!r}: unknown kind {kind!r}")
            for name in names:
                key = place_key(name)
                if key not in places or kind == "town":  # 'Québec' the town, 'le Québec' too
                    places[key] = Place(name, kind, zone)
    return places


def place_record(name: str) -> Place | None:
    return gazetteer().get(place_key(name))


def is_town(name: str) -> bool:
    """Whether the list knows the name as a town ('Avignon'; not 'la Loire', not 'Guise')."""
    record = place_record(name)
    return record is not None and record.kind == "town"


@cache
def _one_place() -> dict[str, int]:
    return {place_key(name): n for n, group in enumerate(_data()["same"]) for name in group}


def same_place(a: str, b: str) -> bool:
    """'Angleterre' and 'Royaume-Uni': two right answers, never one as the other's wrong one."""
    group = _one_place().get(place_key(a))
    return group is not None and group == _one_place().get(place_key(b))


@cache
def listed(kind: str, zone: str) -> tuple[str, ...]:
    """The list's places of one kind and zone, in the list's order (the best known first)."""
    return tuple(p.name for p in gazetteer().values() if p.kind == kind and same_zone(p, zone))


def in_its_time(name: str, year: int | None) -> bool:
    """The URSS is no wrong answer for 1797, nor the Ottoman Empire for 1956."""
    years = _data().get("states", {}).get(name)
    return year is None or years is None or years[0] <= year <= years[1]


def same_zone(place: Place, zone: str) -> bool:
    """Countries are compared by continent: France is one of Europe's."""
    if place.kind == "country":
        return _continent(place.zone) == _continent(zone)
    return place.zone == zone


def _continent(zone: str) -> str:
    return "Europe" if zone == "France" else zone


def passage_zone(names: Iterable[str]) -> str | None:
    """Where most of the towns a passage names lie: the zone of a town the list does not know
    ('Rocourt' among Tournai, Gand and Ostende), when one zone clearly leads."""
    zones = Counter(
        record.zone
        for record in map(place_record, names)
        if record is not None and record.kind == "town"
    )
    if not zones:
        return None
    ranked = [*zones.most_common(2), ("", 0)]
    (first, count), (_, second) = ranked[0], ranked[1]
    return first if count > 2 * second else None
