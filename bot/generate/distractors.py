"""Wrong answers of the same kind as the right one, plausible to someone who has not read the
passage: first the passage's own facts, then related names of the period, then near dates."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.generate.facts import COUNTRIES, COUNTRY_NAMES, MONTHS, Mention

RELATED_FILE = Path(__file__).with_name("related.yaml")
YEAR_WINDOW = 25  # distractor years stay within this many years of the answer


@dataclass(frozen=True)
class Period:
    name: str
    first: int
    last: int
    names: dict[str, tuple[str, ...]]


@cache
def periods(path: Path = RELATED_FILE) -> tuple[Period, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found = []
    for item in data.get("periods", []):
        first, last = item["years"]
        names = {
            k: tuple(str(v) for v in item.get(k, []))
            for k in ("person", "organisation", "place", "work")
        }
        found.append(Period(item["name"], int(first), int(last), names))
    return tuple(found)


def is_alias(a: str, b: str, kind: str = "") -> bool:
    """Two ways to name the same thing: 'Comintern' and 'le Comintern'; for people, any shared
    name ('Trotsky', 'Léon Trotsky')."""
    fa, fb = a.casefold().strip(), b.casefold().strip()
    if fa == fb or (len(fa) > 3 and fa in fb) or (len(fb) > 3 and fb in fa):
        return True
    if kind == "person":
        words_a = {w for w in fa.replace("'", " ").split() if len(w) > 2}
        words_b = {w for w in fb.replace("'", " ").split() if len(w) > 2}
        return bool(words_a & words_b)
    return False


def pick(
    answer: Mention, passage: list[Mention], years: list[int], rng: random.Random
) -> list[str] | None:
    """Three distinct distractors, or None when three good ones cannot be found."""
    if answer.kind in ("year", "date", "month", "decade"):
        options = _date_options(answer, passage, rng)
    else:
        options = _name_options(answer, passage, years, rng)
    chosen: list[str] = []
    for option in options:
        kind = answer.kind
        if is_alias(option, answer.text, kind) or any(is_alias(option, c, kind) for c in chosen):
            continue
        chosen.append(option)
        if len(chosen) == 3:
            return chosen
    return None


def _name_options(
    answer: Mention, passage: list[Mention], years: list[int], rng: random.Random
) -> list[str]:
    own = sorted({m.text for m in passage if m.kind == answer.kind})
    related: list[str] = []
    for period in _periods_for(years):
        related += period.names.get(answer.kind, ())
    if answer.kind == "place" and answer.text.lower() in COUNTRIES:
        # a country calls for countries, not cities
        own = [o for o in own if o.lower() in COUNTRIES]
        related = [c for c in COUNTRY_NAMES if c not in ("URSS", "Union soviétique")]
    elif answer.kind == "place":  # and a city or a region for other places
        own = [o for o in own if o.lower() not in COUNTRIES]
        related = [r for r in related if r.lower() not in COUNTRIES]
    rng.shuffle(own)
    related = sorted(set(related) - set(own))
    rng.shuffle(related)
    return own + [_capital(r) for r in related]


def _capital(text: str) -> str:
    """Names from the list may start with an article ('la Commune'): as a choice, capitalise."""
    return text[:1].upper() + text[1:]


def _periods_for(years: list[int]) -> list[Period]:
    if not years:
        return []
    middle = sorted(years)[len(years) // 2]
    return [p for p in periods() if p.first <= middle <= p.last]


def _date_options(answer: Mention, passage: list[Mention], rng: random.Random) -> list[str]:
    year = answer.year
    if year is None:
        return []
    same_kind = [m for m in passage if m.kind == answer.kind and m.year is not None]
    own = sorted({m.text for m in same_kind if abs((m.year or 0) - year) <= YEAR_WINDOW})
    rng.shuffle(own)
    offsets = [d for d in range(-10, 11) if d]
    rng.shuffle(offsets)
    if answer.kind == "year":
        near = [str(year + d) for d in offsets]
        return own + near
    if answer.kind == "decade":
        decades = [f"années {year + 10 * d}" for d in (-2, -1, 1, 2)]
        rng.shuffle(decades)
        return own + decades
    if answer.kind == "month":
        month = answer.text.split()[0].lower()
        months = [m for m in MONTHS if m != month]
        rng.shuffle(months)
        return own + [f"{m} {year}" for m in months]
    day, month, _ = answer.text.split()
    others = [m for m in MONTHS if m != month.lower()]
    rng.shuffle(others)
    synthetic = [f"{day} {m} {year}" for m in others[:4]]
    synthetic += [f"{day} {month} {year + d}" for d in offsets[:4]]
    rng.shuffle(synthetic)
    return own + synthetic
