"""France's assemblies, councils and high courts, with the years each sat.

'Quelle assemblée vote la loi ?' is worth asking only among bodies that sat that year: a
party, a union or the Deuxième Internationale offered beside the Sénat were read unusable
(bench/devset: 110 questions on organisations, 95% C), and so would be the Convention beside
the Sénat of 1981. Edit freely: a name is written with its article; other names the passages
use for the same body go after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.generate.places import unaccented

NOW = 2100  # still sitting


@dataclass(frozen=True)
class Assembly:
    name: str  # with its article: 'la Convention nationale'
    sittings: tuple[tuple[int, int], ...]
    aliases: tuple[str, ...] = ()  # bare, as the passages write them
    role: str = "assembly"  # or "council", "court": a court is a poor doubt for a vote

    @property
    def bare(self) -> str:
        return re.sub(r"^(?:la |le |les |l['’])", "", self.name)

    @property
    def article(self) -> str:
        """The class of the article it takes: 'm', 'f', 'pl' or 'elided'."""
        first = self.name.split(" ", 1)[0]
        if first.startswith(("l'", "l’")):
            return "elided"
        return {"le": "m", "la": "f", "les": "pl"}[first]

    @property
    def feminine(self) -> bool:
        """'la Convention', 'l'Assemblée législative': what a participle after it agrees with."""
        elided_feminine = self.article == "elided" and self.bare.startswith("Assemblée")
        return self.article == "f" or elided_feminine

    def sat_in(self, year: int) -> bool:
        return any(first <= year <= last for first, last in self.sittings)


# years from the body's first sitting to its last (a parlement until 1790, when the
# Constituante abolished them); 'l'Assemblée nationale' of 1789 is the Constituante, and of
# 1848 and 1871 a constituent assembly too: they are one another's aliases below
ASSEMBLIES = (
    Assembly(
        "les états généraux",
        (
            (1302, 1302),
            (1308, 1308),
            (1314, 1317),
            (1355, 1358),
            (1413, 1413),
            (1420, 1420),
            (1439, 1439),
            (1468, 1468),
            (1484, 1484),
            (1506, 1506),
            (1560, 1561),
            (1576, 1577),
            (1588, 1589),
            (1593, 1593),
            (1614, 1615),
            (1789, 1789),
        ),
        ("États généraux",),
    ),
    Assembly("le parlement de Paris", ((1250, 1790),), ("Parlement de Paris",), role="court"),
    Assembly("le parlement de Toulouse", ((1443, 1790),), role="court"),
    Assembly("le parlement de Bordeaux", ((1462, 1790),), role="court"),
    Assembly("le parlement de Rouen", ((1515, 1790),), ("parlement de Normandie",), role="court"),
    Assembly("le parlement de Bretagne", ((1554, 1790),), ("parlement de Rennes",), role="court"),
    Assembly("le parlement de Dijon", ((1477, 1790),), ("parlement de Bourgogne",), role="court"),
    Assembly("le parlement d'Aix", ((1501, 1790),), ("parlement de Provence",), role="court"),
    Assembly("le parlement de Grenoble", ((1453, 1790),), ("parlement de Dauphiné",), role="court"),
    Assembly("le parlement de Pau", ((1620, 1790),), ("parlement de Navarre",), role="court"),
    Assembly("le parlement de Metz", ((1633, 1790),), role="court"),
    Assembly("le parlement de Besançon", ((1676, 1790),), role="court"),
    Assembly("le parlement de Douai", ((1686, 1790),), ("parlement de Flandre",), role="court"),
    Assembly("le parlement de Nancy", ((1775, 1790),), ("parlement de Lorraine",), role="court"),
    Assembly("le Conseil du roi", ((1300, 1789),), role="council"),
    Assembly("la Chambre des comptes", ((1320, 1791),), role="court"),
    Assembly("la Cour des aides", ((1390, 1791),), role="court"),
    Assembly("l'Assemblée des notables", ((1596, 1597), (1617, 1617), (1626, 1627), (1787, 1788))),
    Assembly(
        "l'Assemblée constituante",
        ((1789, 1791), (1848, 1849), (1871, 1875), (1945, 1946)),
        ("Assemblée nationale constituante", "Constituante", "Assemblée nationale"),
    ),
    # 'l'Assemblée nationale législative' of 1791 and of 1849: never beside that name
    Assembly(
        "l'Assemblée législative",
        ((1791, 1792), (1849, 1851)),
        ("Législative", "Assemblée nationale législative", "Assemblée nationale"),
    ),
    Assembly("la Convention nationale", ((1792, 1795),), ("Convention",)),
    Assembly("le Comité de salut public", ((1793, 1795),), role="council"),
    Assembly("le Comité de sûreté générale", ((1792, 1795),), role="council"),
    Assembly("le Conseil exécutif provisoire", ((1792, 1794),), role="council"),
    Assembly("le Tribunal révolutionnaire", ((1793, 1795),), role="court"),
    Assembly("le Directoire", ((1795, 1799),), role="council"),
    Assembly("le Conseil des Cinq-Cents", ((1795, 1799),), ("Cinq-Cents",)),
    Assembly("le Conseil des Anciens", ((1795, 1799),)),
    Assembly("le Tribunat", ((1800, 1807),)),
    Assembly("le Corps législatif", ((1800, 1814), (1852, 1870))),
    Assembly("le Sénat conservateur", ((1800, 1814),), ("Sénat",)),
    Assembly("le Conseil d'État", ((1799, NOW),), role="council"),
    Assembly("la Cour de cassation", ((1790, NOW),), role="court"),
    Assembly("la Cour des comptes", ((1807, NOW),), role="court"),
    Assembly("la Chambre des pairs", ((1814, 1848),)),
    Assembly("la Chambre des députés", ((1814, 1848), (1876, 1940))),
    Assembly("la Chambre des représentants", ((1815, 1815),)),
    Assembly(
        "l'Assemblée nationale",
        ((1848, 1851), (1871, 1875), (1946, NOW)),
        ("Assemblée constituante", "Assemblée nationale constituante"),
    ),
    Assembly("le Sénat", ((1852, 1870), (1876, 1940), (1959, NOW))),
    Assembly("le Conseil de la République", ((1946, 1958),)),
    Assembly("le Conseil constitutionnel", ((1959, NOW),), role="council"),
    Assembly("l'Assemblée consultative provisoire", ((1943, 1945),)),
)


def _key(name: str) -> str:
    bare = re.sub(r"^(?:la |le |les |l['’]\s*)", "", name.strip(), flags=re.IGNORECASE)
    return unaccented(bare.replace("’", "'").casefold())


@cache
def _by_name() -> dict[str, list[Assembly]]:
    """Each name's bodies, the one it names first, then those it is an alias of."""
    found: dict[str, list[Assembly]] = {}
    for assembly in ASSEMBLIES:
        found.setdefault(_key(assembly.name), []).append(assembly)
    for assembly in ASSEMBLIES:
        for alias in assembly.aliases:
            found.setdefault(_key(alias), []).append(assembly)
    return found


def assembly_record(name: str, year: int | None = None) -> Assembly | None:
    """The body a name stands for ('Convention', 'la Convention nationale'), or None; in
    `year`, the one sitting then ('l'Assemblée nationale' of 1790 is the Constituante)."""
    bodies = _by_name().get(_key(name), [])
    if year is not None:
        bodies = sorted(bodies, key=lambda body: not body.sat_in(year))
    return bodies[0] if bodies else None


def same_body(a: str, b: str) -> bool:
    """Two names of one body, or of two that were one at some time: 'la Constituante' and
    'l'Assemblée nationale' (offered side by side, both right in 1789)."""
    first, second = assembly_record(a), assembly_record(b)
    if first is None or second is None:
        return False
    names = {_key(n) for n in (first.name, *first.aliases)}
    return first is second or bool(names & {_key(n) for n in (second.name, *second.aliases)})


NEIGHBOURS = 3  # years apart: the Législative is a fair doubt for the Convention of 1793
# a court is no doubt for a vote: the Convention among three courts was guessed at once
ROLE_ORDER = {"assembly": ("assembly", "council"), "council": ("council", "assembly"),
              "court": ("court", "council", "assembly")}  # fmt: skip


def sitting(year: int | None, answer: str) -> list[str]:
    """Wrong answers for a body, with their articles: those of the answer's role first (an
    assembly that votes for an assembly, a parlement for a parlement), each role's nearest
    in years first, those that sat in the question's year before those of the years around.
    None when the year is unknown: the Sénat of 1981 and of 1870 are no one question's."""
    record = assembly_record(answer, year)
    if record is None or year is None:
        return []
    if not any(_apart(year, sitting) <= NEIGHBOURS for sitting in record.sittings):
        # 'En 1848, … que la Convention avait aboli en 1794': the sentence's year is not the
        # body's, and among the bodies of 1848 the Convention gave itself away
        return []
    head = _key(record.bare).split(" ", 1)[0]

    def apart(other: Assembly) -> int:
        return min(_apart(year, sitting) for sitting in other.sittings)

    def regime(other: Assembly) -> int:
        """When the sitting nearest the year began: the Tribunat and the Corps législatif
        both came with the Consulate in 1800."""
        return min(other.sittings, key=lambda sitting: _apart(year, sitting))[0]

    order = ROLE_ORDER[record.role]
    found = [
        a
        for a in ASSEMBLIES
        if apart(a) <= NEIGHBOURS and a_fair_doubt(record, a) and not same_body(a.name, record.name)
    ]
    found.sort(key=lambda a: (order.index(a.role), apart(a), _key(a.bare).split(" ", 1)[0] != head))
    # the Cinq-Cents and the Anciens of 1795 offered for the Convention of 1793 were ruled
    # out together: of the bodies of other years, one per regime
    regimes: set[int] = set()
    kept = []
    for body in found:
        if apart(body) > 0:
            if regime(body) in regimes:
                continue
            regimes.add(regime(body))
        kept.append(body.name)
    return kept


def a_fair_doubt(answer: Assembly, other: Assembly) -> bool:
    """A body of a role the answer's admits (no court for a vote), singular for singular ('les
    états généraux abolit' reads wrong); the years apart."""
    return other.role in ROLE_ORDER[answer.role] and (other.article == "pl") == (
        answer.article == "pl"
    )


def _apart(year: int, sitting: tuple[int, int]) -> int:
    first, last = sitting
    return 0 if first <= year <= last else min(abs(year - first), abs(year - last))
