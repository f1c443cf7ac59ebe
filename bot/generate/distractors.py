"""Wrong answers of the same kind as the right one, plausible to someone who has not read the
passage: first the passage's own facts, then related names of the period, then near dates."""

from __future__ import annotations

import calendar
import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.generate.assemblies import assembly_record, same_body, sitting
from bot.generate.facts import (
    COUNTRIES,
    COUNTRY_NAMES,
    DATE_KINDS,
    EVENT_FAMILIES,
    MONTHS,
    NUMBER_WORDS,
    Mention,
    nation_of,
    year_in,
)
from bot.generate.french import REGNAL, is_document, upper_first
from bot.generate.numbers import rough_counts_near, spelled_out, spelled_value
from bot.generate.people import (
    COUNTRY_SIDES,
    FRENCH,
    LEARNED_GROUPS,
    ROLE_NOUNS,
    Person,
    related_person,
    role_groups,
)
from bot.generate.places import (
    KINDS,
    gazetteer,
    in_its_time,
    listed,
    passage_zone,
    place_record,
    same_place,
    same_zone,
    unaccented,
)

RELATED_FILE = Path(__file__).with_name("related.yaml")
NEAR_YEARS = 8  # the passage's own dates offered as distractors: this close to the answer


@dataclass(frozen=True)
class Period:
    name: str
    first: int
    last: int
    names: dict[str, tuple[str, ...]]
    people: dict[str, Person] = field(default_factory=dict)  # name folded -> years and titles


@cache
def periods(path: Path = RELATED_FILE) -> tuple[Period, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found = []
    for item in data.get("periods", []):
        first, last = item["years"]
        names = {
            k: tuple(str(v) for v in item.get(k, []))
            for k in ("person", "person_more", "organisation", "place", "work", "event")
        }
        people = []
        for kind in names:
            entries = [related_person(entry) for entry in names[kind]]
            names[kind] = tuple(e.name for e in entries)
            people += entries
        found.append(
            Period(
                item["name"], int(first), int(last), names, {p.name.casefold(): p for p in people}
            )
        )
    return tuple(found)


def is_alias(a: str, b: str, kind: str = "") -> bool:
    """Two ways to name the same thing: 'Comintern' and 'le Comintern'; for people, any shared
    name ('Trotsky', 'Léon Trotsky')."""
    fa, fb = unaccented(a.casefold().strip()), unaccented(b.casefold().strip())
    if kind == "person" and _reign_number(a) and _reign_number(b):
        # 'Henri V' is not 'Henri VI', 'Léon III' not 'Innocent III': the name and the number
        return fa.split()[:2] == fb.split()[:2]
    if fa == fb or (len(fa) > 3 and fa in fb) or (len(fb) > 3 and fb in fa):
        return True
    if re.sub(r"[\s-]", "", fa) == re.sub(r"[\s-]", "", fb):
        return True  # 'Campo-Formio' and 'Campoformio'
    peace_a, peace_b = PEACE_OF.match(fa), PEACE_OF.match(fb)
    if kind in ("work", "event") and peace_a and peace_b:
        # 'la paix de Tolentino' and 'le traité de Tolentino' (offered together, read C): one
        # peace, however it is called
        return peace_a["place"] == peace_b["place"]
    if kind == "event":
        return event_name(a) == event_name(b)
    if kind == "person":
        spaced_a, spaced_b = fa.replace("-", " "), fb.replace("-", " ")
        if min(len(fa), len(fb)) > 3 and (spaced_a in spaced_b or spaced_b in spaced_a):
            return True  # 'Mac Mahon' and 'Patrice de Mac-Mahon'
        words_a = {w for w in fa.replace("'", " ").split() if len(w) > 2} - NAME_PARTICLES
        words_b = {w for w in fb.replace("'", " ").split() if len(w) > 2} - NAME_PARTICLES
        # a reign's number is no name: 'Otton Ier' and 'Dagobert Ier' share none
        words_a = {w for w in words_a if not REIGN_NUMBER.fullmatch(w)}
        words_b = {w for w in words_b if not REIGN_NUMBER.fullmatch(w)}
        return bool(words_a & words_b) or _spelled_alike(fa, fb)
    return False


PEACE_OF = re.compile(
    r"^(?:la |le |les |l')?(?:paix|traites?|accords?|preliminaires) (?:de |d'|du )(?P<place>.+)$"
)  # folded: no accents


def _spelled_alike(a: str, b: str) -> bool:
    """'Nicolas Zannequin' and 'Nicolaas Zannekin': one man in two spellings (offered side by
    side, read as two right answers). Each word within a letter or two of the other's."""
    words_a, words_b = a.split(), b.split()
    return len(words_a) == len(words_b) >= 2 and all(
        SequenceMatcher(None, x, y).ratio() >= 0.75 for x, y in zip(words_a, words_b, strict=True)
    )


# shared by many names: 'Helmuth von Moltke' is no alias of 'Erich von Falkenhayn'
NAME_PARTICLES = {
    "von", "van", "der", "den", "des", "del", "della", "los", "las", "ben", "ibn", "madame",
    "mademoiselle", "monsieur",
}  # fmt: skip


REIGN_NUMBER = re.compile(REGNAL.pattern, re.IGNORECASE)  # as the folded names write it


def _reign_number(name: str) -> str | None:
    """'XIV' of 'Louis XIV' or 'Louis XIV de France', 'Ier' of 'François Ier'."""
    words = name.split()
    return words[1] if len(words) >= 2 and REGNAL.fullmatch(words[1]) else None


@dataclass
class Fit:
    """What a wrong answer must share with the right one to be worth a reader's doubt: for a
    person, the title written beside the blank, the gender and the period; for a place or an
    organisation, the article the blank calls for; for a date, the side of every other date
    the question prints. `aliases` are the passage's acronyms and their expansions."""

    roles: set[str] = field(default_factory=set)
    feminine: bool = False
    nation: str | None = None  # the answer's side, when a person's is known
    year: int | None = None
    article: str | None = None  # the answer's article class where it stands, if any
    bounds: tuple[int, ...] = ()  # other years of the question
    people: dict[str, Person] = field(default_factory=dict)
    articles: dict[str, set[str]] = field(default_factory=dict)  # name folded -> classes seen
    aliases: set[frozenset[str]] = field(default_factory=set)
    lords: dict[str, str] = field(default_factory=dict)  # 'bayard' -> 'Pierre Terrail'
    printed: str = ""  # the question's sentence: what it prints is no wrong answer
    likeness: Callable[[str, str], float | None] | None = None  # see Likeness
    # the passage is a negotiation ('Le traité de Versailles'): its delegates of every side
    # are each other's wrong answers (Lloyd George and Clemenceau for Wilson, not Eisenhower)
    parley: bool = False
    # the title's event: a date's wrong answers stay on the answer's side of it (a landing
    # before the coup of Brumaire among three dates after it was read: guessed by elimination)
    event_side: Callable[[str], int] | None = None
    # 'En 1356, qui est le roi de France ?': the reigns before and after are the question
    succession: bool = False
    # 'En 1465, qui était le duc de Bretagne ?': dukes first, the crowned heads its roles let
    # in only after them (Louis XI offered for it was read B: a king is no duke)
    title: str = ""

    def alias(self, a: str, b: str, kind: str) -> bool:
        return (
            is_alias(a, b, kind)
            or frozenset((a.casefold(), b.casefold())) in self.aliases
            or (kind == "place" and same_place(a, b))
            or (kind == "organisation" and same_body(a, b))
        )

    def _on_side(self, option: str, person: Person) -> bool:
        """French generals are no doubt for the Viet Minh's chief, nor Hitler beside Pétain's
        predecessors, nor the list's Cromwell beside Mazarin (nor its foreign kings beside
        Charles X or the First Consul); a side the passage does not tell leaves the passage's
        own people open (Otton IV and Jean sans Terre fought together)."""
        if self.parley and option.casefold() in self.people:
            # unless the stem names the answer's country: 'qui veut la sécurité de la France ?'
            # among Wilson and Lloyd George is no question
            return person.nation in (None, self.nation) or self.nation not in _nations_in(
                self.printed
            )
        if self.nation is not None and person.nation not in (None, self.nation):
            return False
        return option.casefold() in self.people or person.nation in (None, FRENCH, self.nation)

    def accepts(self, option: str, answer: Mention) -> bool:
        if answer.kind == "number":  # written in the answer's style, elision checked before
            return not re.search(rf"(?<![\d,]){re.escape(option)}(?![\d,])", self.printed, re.I)
        if option.casefold() in self.printed and re.search(
            rf"(?<!\w){re.escape(option)}(?!\w)", self.printed, re.I
        ):
            return False  # 'la panique à Paris' beside a blank: Paris is no wrong answer there
        if answer.kind in DATE_KINDS:
            day, own_day = DAY_AND_MONTH.match(option), DAY_AND_MONTH.match(answer.text)
            elsewhere = self.printed.replace(answer.text.casefold(), " ", 1)
            if elsewhere == self.printed and own_day:  # 'Le 13 janvier, Zola publie …'
                elsewhere = elsewhere.replace(own_day[0].casefold(), " ", 1)
            if day and re.search(rf"(?<!\w){re.escape(day[0].casefold())}(?!\w)", elsewhere):
                return False  # '… tué à Sasbach le 27 juillet suivant': that day is printed
            if self.event_side is not None:
                before_or_after = self.event_side(answer.text)
                if before_or_after and self.event_side(option) != before_or_after:
                    return False
            year, other = answer.year, year_in(option)
            if year is None or other is None:
                return True
            return all(_side(other, b) == _side(year, b) for b in self.bounds)
        if answer.kind == "person":
            if " " not in option and option.casefold() in given_names():
                return False  # 'Henri', 'Charles': the passage's dauphin before his reign
            surname = option.split()[-1]
            # 'Henri V d'Angleterre' is 'Henri V'; 'Henri de Guise' is no 'Henri de Navarre'
            named = re.sub(
                rf"^(.*\s(?:{REGNAL.pattern}))\s+(?:de|du|des|d['’])\s*\S+$", r"\1", option
            )
            names = {named} - {option}
            if named == option and len(surname) > 3 and not REGNAL.fullmatch(surname):
                names.add(surname)  # not 'Saint-Empire' of 'Henri IV du Saint-Empire
            if any(
                re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.printed, re.I)
                for name in names
            ):
                # 'Émile Combes' beside 'Combes laisse à son successeur _____', 'Henri V
                # d'Angleterre' beside 'quelques semaines avant Henri V'
                return False
            person = person_record(option, self.people)
            if person.feminine != self.feminine:
                return False
            if not self._on_side(option, person):
                return False
            answer_record = person_record(answer.text, self.people)
            own = answer_record.roles
            if ("pape" in person.roles) != ("pape" in own):
                # a pope beside a cardinal minister or a king reads absurd, and only a pope
                # writes an encyclical
                return False
            crowns, own_crowns = _crown_titles(person.roles), _crown_titles(own)
            if crowns and own_crowns and not crowns & own_crowns:
                return False  # 'l'Empire est rétabli au profit de _____': no king for it
            if self.roles and not (self.roles & person.roles):
                return False
            # a name from the list must have been a grown man or woman at the time, and not
            # yet a very old one: Waldeck-Rousseau at 25 in 1871 was graded absurd
            if (
                self.year is not None
                and person.life is not None
                and person.roles & CROWNS
                and own & CROWNS
            ):
                # a king for a king: his father's and his son's reigns are the wrong answers
                # readers asked for ('Louis XIII, Louis XV' for Louis XIV), not only the kings
                # alive that year, who are too few to fill the choices; the passage's own
                # Henri IV too, the year after his death, for Louis XIII
                mine, theirs = REIGNS.get(option.casefold()), REIGNS.get(answer.text.casefold())
                born, died = person.life
                answer_life = answer_record.life
                if (
                    not self.succession
                    and born > self.year
                    and (
                        re.search(rf"(?<!\d){self.year}(?!\d)", self.printed)
                        or (
                            answer_life is not None
                            and answer_life[0] <= self.year
                            and not (mine is not None and theirs is not None and mine == theirs + 1)
                        )
                    )
                ):
                    # '_____ fut déclaré majeur … le 2 octobre 1614' among Louis XIV and
                    # Louis XV, Louis XVI beside Louis XIV at Ryswick (read C): a year the
                    # sentence prints rules out the unborn, and so does the answer's own
                    # year but for the next reign (readers asked for Louis XV beside Louis
                    # XIV); the dead predecessor is a fair doubt (Pie VI for Pie VII in 1801)
                    return False
                if mine is not None and theirs is not None:
                    return 0 < abs(mine - theirs) <= 2  # the reigns around his; never himself
                return born + 15 - NEIGHBOUR_REIGNS <= self.year <= died + NEIGHBOUR_REIGNS
            if option.casefold() in self.people:
                return person.active_in(self.year, adult=15)
            if (
                self.year is not None
                and person.life is not None
                and self.year - person.life[0] > OLDEST_ACTOR
                and not person.roles & CROWNS
            ):
                return False
            return person.active_in(self.year, adult=26)  # Bonaparte commanded at 26
        if answer.kind == "organisation":
            side, own_side = organisation_side(option), organisation_side(answer.text)
            if side and own_side and side != own_side:
                return False  # the Bolsheviks' party or the Nazis' for the Parti radical
        # a town is no man of the lists: Narbonne the town is not the count who died in 1813
        related = (
            None if answer.kind == "place" else _related_people().get(unaccented(option.casefold()))
        )
        if related is None and answer.kind == "organisation":
            related = _related_groups().get(unaccented(_bare(option).casefold()))  # 'FLN'
        if assembly_record(answer.text) is not None and assembly_record(option) is not None:
            related = None  # an assembly's years are the table's, which lets in its neighbours
        window = _began_window(answer)
        if related is not None and window is not None:
            before, after = window
            if (
                related.life is not None
                and self.year is not None
                and not self.year - before <= related.life[0] <= self.year + after
            ):
                return False
        elif related is not None and not related.active_in(self.year, slack=0, adult=0):
            return False  # a party founded thirty years later
        if answer.kind in ("work", "event") and _with_article(
            answer.text
        ):  # 'L'édit de Nantes' whole
            if not _with_article(option):
                return False
            # after 'de' or 'à', 'le traité' would have to become 'du traité'
            return self.article not in ("de", "à") or bool(
                re.match(r"(?:la |l['’])", option, re.IGNORECASE)
            )
        if answer.kind == "organisation" and _with_article(answer.text):
            return True  # each choice carries its own article: 'le Sénat', 'la Chambre …'
        if self.article is None:
            return True
        seen = self.articles.get(option.casefold(), set())
        if not seen and answer.kind == "place" and option.casefold() in _bare_places():
            seen = {"bare"}  # a town of the list: 'la prise de Rocroi' as of Corbie
        if (
            not seen
            and answer.kind == "place"
            and (place_type(option) == "country" or option in ANCIENT_LANDS)
        ):
            seen = country_articles(option)  # the lists write countries bare: 'la Russie'
        return _article_fits(self.article, option, seen)


def _nations_in(text: str) -> set[str]:
    """The sides a sentence names, by a people's adjective or a country's name."""
    words = re.findall(r"[\w-]+", text.casefold())
    named = {side for word in words if (side := nation_of(word) or COUNTRY_SIDES.get(word))}
    if {"france", "français", "française", "françaises"} & set(words):
        named.add(FRENCH)
    return named


class Likeness:
    """How near two names sit in the model's word vectors, from -1 to 1 (None for a name it
    has no vector for). Readers threw out wrong answers that no one would hesitate over:
    Paris for a landing in Crimea (0.20 beside Sébastopol), Londres for the armistice at
    Rethondes (0.17), French generals for the Viet Minh's chief (0.03-0.11). No wrong answer
    of a question graded A on the labelled drafts sat below 0.25."""

    def __init__(self, vocab: Any) -> None:
        self._vocab = vocab
        self._vectors: dict[str, Any] = {}

    def __call__(self, a: str, b: str) -> float | None:
        va, vb = self._vector(a), self._vector(b)
        if va is None or vb is None:
            return None
        return float(va @ vb)

    def _vector(self, name: str) -> Any:
        if name not in self._vectors:
            words = []
            for word in re.findall(r"(?:[lLdD]['’])?([^\W\d_][\w-]*)", name):
                # 'Saint-Cloud' has a vector of its own; 'Libération-Nord' only its parts
                parts = [word] if self._vocab.has_vector(word) else word.split("-")
                words += [
                    w
                    for w in parts
                    if w.casefold() not in VECTOR_STOPWORDS and self._vocab.has_vector(w)
                ]
            vector = None
            if words:
                total = sum(self._vocab.get_vector(w) for w in words)
                norm = float(total @ total) ** 0.5
                vector = total / norm if norm else None
            self._vectors[name] = vector
        return self._vectors[name]


VECTOR_STOPWORDS = {"le", "la", "les", "de", "du", "des", "et"}  # 'l'' and 'd'' split off before
UNLIKE = 0.25  # below: offered only when nothing nearer is left
UNRELATED = 0.05  # below: never offered ('Alma' beside 'Sébastopol' is 0.08, and a fair doubt)


def _likely_first(
    answer: str,
    options: list[str],
    likeness: Callable[[str, str], float | None] | None,
    *,
    drop: bool = True,
) -> list[str]:
    """The options a reader could hesitate over first; the unlike ones last; none that has
    nothing to do with the answer. People are compared by surname ('Adolphe Thiers' and
    'Adolphe Crémieux' share only a first name) and only put last: a foreign name sits far
    from every French one ('John Law' below 0.2 beside all the Regency's men). Acronyms too:
    their vectors are noise (FLN 0.00, MRP 0.21 beside CNR)."""
    if likeness is None:
        return options
    near: list[str] = []
    far: list[str] = []
    for option in options:
        if drop:
            score = likeness(answer, option)
        else:
            score = likeness(answer.split()[-1], option.split()[-1])
        if score is None or score >= UNLIKE:
            near.append(option)
        elif score >= UNRELATED or not drop or _is_acronym(answer) or _is_acronym(option):
            far.append(option)
    return near + far


def _began_window(answer: Mention) -> tuple[int, int] | None:
    """How many years before and after the question's year a wrong answer may have begun:
    a battle of the same wars (a generation apart is another history), a treaty of the last
    generation (one of 1601 is no doubt beside one of 1797), a law of the last two (the loi
    Falloux of 1850 was graded absurd beside the loi Landry of 1932, though still in force). A
    group is offered while it exists: no window, its whole life counts."""
    if answer.kind == "event":
        return EVENT_YEARS, EVENT_YEARS_AFTER
    family = ACT_FAMILIES.get(_act_noun(answer.text)) if answer.kind == "work" else None
    if family == "agreement":
        return ACT_YEARS, 1
    if family == "law":
        return LAW_YEARS, 1
    return None


ACT_YEARS = 40
LAW_YEARS = 60  # the édit de Nantes still stood in 1629; the loi Falloux was no doubt in 1932
EVENT_YEARS = 15  # the taking of the Bastille is no doubt beside a battle of 1812
EVENT_YEARS_AFTER = 1  # nor a war that begins years after the question's date
# a list's minister or writer past it is no longer the one acting (Guizot in 1871 was 84;
# Pétain in 1940, Clemenceau in 1919 and de Gaulle in 1968 still acted)
OLDEST_ACTOR = 85


def _crown_titles(roles: set[str]) -> set[str]:
    """A king for a king, an emperor for an emperor; a queen and an empress are both
    consorts ('Joséphine, Marie-Louise, Marie-Antoinette')."""
    return {"reine" if role == "impératrice" else role for role in roles & CROWNS}


NEIGHBOUR_REIGNS = 50  # years before a sovereign's majority or after his death
# France's kings in their order: for one of them, the two reigns before and after are the
# wrong answers, however far in years (Louis XVIII and Charles X, boys in 1768, were read wrong
# for Louis XV; a reader took any king two reigns away, not a minister, as fair). Emperors are
# another crown; not 'Philippe V', whom a text of 1700-1746 means as Spain's.
ACCESSIONS = [
    "hugues capet", "robert ii le pieux", "henri ier", "philippe ier", "louis vi le gros",
    "louis vii", "philippe auguste", "louis viii", "saint louis", "philippe iii le hardi",
    "philippe le bel", "louis x le hutin", "charles iv le bel", "philippe vi de valois",
    "jean le bon", "charles v", "charles vi", "charles vii", "louis xi", "charles viii",
    "louis xii", "françois ier", "henri ii", "françois ii", "charles ix", "henri iii",
    "henri iv", "louis xiii", "louis xiv", "louis xv", "louis xvi", "louis xviii", "charles x",
    "louis-philippe",
]  # fmt: skip
REIGNS = {name: rank for rank, name in enumerate(ACCESSIONS)}
CROWNS = {"roi", "reine", "empereur", "impératrice", "pape"}  # they reign until they die


@cache
def _bare_places() -> frozenset[str]:
    """The lists' towns and islands written without an article: they take none ('à Rocroi',
    'à Malte'), where a country does ('en Espagne'), though the places list writes it bare."""
    names = [name for period in periods() for name in period.names["place"]]
    names += [p.name for p in gazetteer().values() if p.kind in ("town", "island")]
    return frozenset(name.casefold() for name in names if not _with_article(name))


def listed_people(period: Period) -> tuple[str, ...]:
    """Every person of the period's lists, the better known first."""
    return period.names["person"] + period.names["person_more"]


@cache
def _related_people() -> dict[str, Person]:
    """By full name, and by surname where only one person of the list bears it ('Gallieni')."""
    people = {
        unaccented(key): person for period in periods() for key, person in period.people.items()
    }  # 'Võ Nguyên Giáp' in a passage is the list's 'Vo Nguyen Giap'
    # a surname alone is the better known list's man ('Fouquet' the surintendant, not the
    # painter of `person_more`); a lesser known one may take only a surname nobody else has
    better = {unaccented(name) for name in _better_known()}
    titles = {unaccented(title) for title in NAME_TITLES}
    for tier in (better, set(people) - better):
        surnames: dict[str, list[Person]] = {}
        for key in tier:
            if " " not in key or re.search(r"\b[ivx]+$", key):  # not 'Louis XIV' under 'xiv'
                continue
            if re.search(r"\b(?:[ivxl]+|ier|ire) (?:de|du|d')\b", key):
                continue  # 'Philippe II de Macédoine' is no Mr Macédoine: that is his land
            last = key.rsplit(" ", 1)[1]
            if place_record(last) is not None:
                # 'Christine de Suède', 'Louise de Prusse': the land stays a land; 'Warren
                # Hastings' makes no Mr Hastings of a town the model read as a person
                continue
            if key.split()[0] in titles:
                continue  # 'Abbé Pierre', 'Archiduc Charles': no Mr Pierre, no Mr Charles
            surnames.setdefault(last, []).append(people[key])
        for surname, bearers in sorted(surnames.items()):
            if len({b.name for b in bearers}) == 1 and len(surname) > 3:
                people.setdefault(surname, bearers[0])
    return people


# words a listed name may open on that are no first name
NAME_TITLES = {
    "abbé", "père", "frère", "archiduc", "cardinal", "duc", "duchesse", "maréchal", "madame",
    "marquise", "princesse", "prince", "comte", "comtesse", "émir", "sir", "lord", "saint",
    "sainte",
}  # fmt: skip


@cache
def _better_known() -> frozenset[str]:
    """The list's `person` names, folded."""
    return frozenset(
        related_person(name).name.casefold()
        for period in periods()
        for name in period.names["person"]
    )


@cache
def lesser_known() -> frozenset[str]:
    """The list's `person_more` names, folded: after the better known of their station."""
    return (
        frozenset(
            related_person(name).name.casefold()
            for period in periods()
            for name in period.names["person_more"]
        )
        - _better_known()
    )


@cache
def given_names() -> frozenset[str]:
    """First names of the list's people ('Louis' of 'Louis XIII', 'Jules' of 'Jules César'),
    except those that name someone alone ('Auguste', 'Claude')."""
    names = [name.casefold() for period in periods() for name in period.names["person"]]
    names = [related_person(name).name.casefold() for name in names]
    alone = {name for name in names if " " not in name}
    return frozenset(
        name.split()[0] for name in names if " " in name and name.split()[0] not in alone
    ) - {"saint", "sainte", "madame", "napoléon"}


@cache
def _related_groups() -> dict[str, Person]:
    """The list's groups by their bare name, folded: 'parti radical' is 'le Parti radical'."""
    return {
        unaccented(_bare(name).casefold()): period.people[name.casefold()]
        for period in periods()
        for name in period.names["organisation"]
    }


def organisation_side(name: str) -> str | None:
    """Whose group it is: an adjective in its name ('le Parti social-démocrate allemand'),
    else the list's tag; None when neither tells."""
    for word in re.findall(r"[^\W\d_]+", name):
        if side := nation_of(word):
            return side
    record = _related_groups().get(unaccented(_bare(name).casefold()))
    if record is None or (record.life is not None and record.life[0] < ANTIQUITY_ENDS):
        return None  # Antiquity's sides are not told apart
    return record.nation


ANTIQUITY_ENDS = 500
# states too small to be anyone's doubt beside a power (readers threw out Liechtenstein)
MICROSTATES = {
    "Liechtenstein", "Monaco", "Andorre", "Saint-Marin", "Vatican", "Malte", "Luxembourg",
    "Bahreïn", "Koweït", "Qatar", "Brunei", "Singapour",
}  # fmt: skip
# the lands a passage on Antiquity may name, whose wrong answers are of their time
ANCIENT_LANDS = {
    "Gaule", "Germanie", "Italie", "Hispanie", "Bretagne", "Grèce", "Macédoine", "Égypte",
    "Perse", "Syrie", "Judée", "Numidie", "Thrace", "Dacie", "Pannonie", "Illyrie", "Galatie",
}  # fmt: skip
REMEMBERED = 60  # years after a death that a passage still names the man in passing


def person_record(name: str, people: dict[str, Person]) -> Person:
    """The passage's record of a name, completed by the related list's life span and titles."""
    key = name.casefold()
    known, related = people.get(key), _related_people().get(unaccented(key))
    if related is None and re.match(r"(?:de |d['’])\S", key):
        # 'de Gaulle' is the list's 'Charles de Gaulle', found by his surname
        related = _related_people().get(unaccented(re.sub(r"^(?:de |d['’])", "", key)))

    def same_man(record: Person | None) -> bool:
        """The list's name is the passage's man if the years agree: 'Philippe II' at
        Bouvines is not the king of Spain, 'Philippe Auguste' not the emperor Auguste; a
        passage may name a man long dead ('protégé de Richelieu' in 1643)."""
        if record is None or known is None or not known.years or record.life is None:
            return record is not None
        born, died = record.life
        # one year of his life is enough: 'Jeanne d'Arc, canonisée en 1920' is still she
        return any(born - 10 <= year <= died + REMEMBERED for year in known.years)

    if not same_man(related):
        related = None
    if related is None and known is not None and " " in key:
        # 'Jules Mazarin' is the list's 'Mazarin'
        by_surname = _related_people().get(unaccented(key.rsplit(" ", 1)[-1]))
        if by_surname is not None and " " not in by_surname.name and known.years:
            related = by_surname if same_man(by_surname) else None
    if known is None:
        return related or related_person(name)
    if related is None:
        return known
    return Person(
        known.name,
        feminine=known.feminine or related.feminine,
        roles=known.roles | related.roles,
        years=known.years,
        life=related.life,
        # the list's side first: 'Joachim Murat, roi de Naples' fought for France
        nation=related.nation or known.nation,
    )


def _side(year: int, bound: int) -> int:
    return (year > bound) - (year < bound)


DAY_AND_MONTH = re.compile(rf"(?:1er|\d{{1,2}}) (?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
VOWEL_START = re.compile(r"^[AEIOUYÉÈÊÎÔÛHaeiouyéèêîôûh]")


def _article_fits(needed: str, option: str, seen: set[str]) -> bool:
    """'la Sorbonne' can stand where 'la Sorbonne' stood, 'Paris' cannot; an elided 'l\'' takes
    any name starting with a vowel."""
    if needed == "elided":
        return bool(VOWEL_START.match(option)) and not (seen & {"m", "f"})
    return needed in seen


# countries in -e that take 'le'; the others in -e take 'la', the rest 'le'
MASCULINE_COUNTRIES = {"mexique", "cambodge", "mozambique", "zimbabwe", "belize", "suriname"}
PLURAL_COUNTRIES = {"états-unis", "pays-bas", "provinces-unies", "philippines"}
ASPIRATED_COUNTRIES = {"hongrie", "hesse", "hanovre", "honduras", "hollande"}  # 'la Hongrie'
BARE_COUNTRIES = {
    "cuba", "madagascar", "israël", "haïti", "monaco", "saint-marin", "chypre", "malte",
    "singapour", "bahreïn", "oman", "taïwan",
}  # fmt: skip


def country_articles(name: str) -> set[str]:
    """The article classes a country takes before it ('la Russie', 'en Russie'; 'le Japon',
    'au Japon'; 'l'Espagne', 'en Espagne'; 'les Pays-Bas'): which blanks it can fill."""
    folded = name.casefold()
    if folded in PLURAL_COUNTRIES or folded.startswith(("états-", "états ", "émirats")):
        return {"pl"}
    if folded in BARE_COUNTRIES:
        return {"bare"}  # 'à Cuba', 'Madagascar'
    if folded in ("rfa", "rda"):
        return {"f", "en"}
    first = re.split(r"[\s-]", folded, maxsplit=1)[0]  # 'Corée du Nord', 'Guinée-Bissau'
    feminine = first.endswith("e") and first not in MASCULINE_COUNTRIES
    if VOWEL_START.match(name) and first not in ASPIRATED_COUNTRIES:
        return {"elided", "en"}
    return {"f", "en"} if feminine else {"m"}


def article_class(word: str) -> str:
    """The article (or bare preposition) before a name, as the class a distractor must match."""
    word = word.casefold().replace("’", "'")
    if word in ("le", "du", "au"):
        return "m"
    if word == "la":
        return "f"
    if word in ("les", "des", "aux"):
        return "pl"
    if word == "l'":
        return "elided"
    if word == "en":
        return "en"
    return "bare"


def pick(
    answer: Mention,
    passage: list[Mention],
    years: list[int],
    rng: random.Random,
    fit: Fit | None = None,
) -> list[str] | None:
    """Three distinct distractors, or None when three good ones cannot be found."""
    fit = fit or Fit()
    if answer.kind in DATE_KINDS:
        # the Games come every four years: 2022, 2023 and 2025 for Paris 2024, or 1955 for
        # Cortina 1956, were read guessable by anyone who knows it
        cycle = 4 if OLYMPIC.search(fit.printed) else 1
        options = [o for o in _date_options(answer, passage, rng, cycle) if _real_date(o)]
    elif answer.kind == "number":
        options = number_options(answer.text, rng)
    elif answer.kind == "place" and fit.article in (None, "bare") and _named_after(answer, passage):
        return None  # 'Face à _____' for the marshal Maurice de Saxe: no country is right
    elif answer.kind == "place" and _another_gender(answer.text, fit.article):
        # 'le tablier précipite la foule dans la Maine': the river, where the list knows 'le
        # Maine', a province (read C among Lorraine, Sologne, Touraine)
        return None
    elif answer.kind == "organisation" and assembly_record(answer.text) is not None:
        options = _assembly_options(answer, passage, fit)
    else:
        options = _name_options(answer, passage, years, rng, fit.likeness, fit.year)
        if answer.kind in ("person", "place", "organisation"):
            options = _likely_first(
                answer.text, options, fit.likeness, drop=answer.kind != "person"
            )
        if answer.kind == "place":
            options = _nearest_places(answer, passage, options, fit.likeness)
        if answer.kind != "person":
            options = _same_style(answer.text, options)
        else:
            options = _same_station(answer.text, options, fit.people, parley=fit.parley)
            if fit.title:
                options.sort(key=lambda o: fit.title not in person_record(o, fit.people).roles)
            if fit.nation not in (None, FRENCH) and not fit.parley:
                # the Kronprinz's army among French officers: his side's people first (the
                # passage's French are of no side it tells, and would pass)
                options.sort(key=lambda o: person_record(o, fit.people).nation != fit.nation)
    if fit.article in ("de", "d'") and (answer.kind in DATE_KINDS or answer.kind == "number"):
        # the elision before the blank must fit each choice: never 'de avril', 'de un million'
        elides = ELIDING_NUMBER.match if answer.kind == "number" else VOWEL_DATE.match
        options = [o for o in options if bool(elides(o)) == (fit.article == "d'")]
    chosen: list[str] = []
    for option in options:
        kind = answer.kind
        article, _, bare = option.partition(" ")
        if kind != "person" and fit.article not in (None, "bare"):
            if article_class(article) != "bare" and bare:  # 'La Ligue catholique' from the list
                fit.articles.setdefault(bare.casefold(), set()).add(article_class(article))
                option = bare
            elif option.casefold().startswith(("l'", "l’")):
                fit.articles.setdefault(option[2:].casefold(), set()).add("elided")
                option = option[2:]
        if fit.alias(option, answer.text, kind) or any(fit.alias(option, c, kind) for c in chosen):
            continue
        if not fit.accepts(option, answer):
            continue
        chosen.append(option)
        if len(chosen) == 3:
            return chosen
    return None


def _assembly_options(answer: Mention, passage: list[Mention], fit: Fit) -> list[str]:
    """The bodies that sat when the question's sentence did, bare, each article noted for the
    blank's (with it where the answer carries its own); none where the sentence's year is not
    known."""
    year = fit.year  # unknown: no question (which Sénat, of 1870 or of 1981?)
    options = []
    for name in sitting(year, answer.text):
        bare = _bare(name)
        if _bare(answer.text)[:1].isupper() and bare[:1].islower():
            name = name[: len(name) - len(bare)] + upper_first(bare)  # 'Parlement de Paris' …
        if _with_article(answer.text):  # 'Le Sénat vote …': each choice with its own article
            options.append(upper_first(name) if answer.text[:1].isupper() else name)
            continue
        article, _, bare = name.partition(" ")
        if article.startswith(("l'", "l’")):
            article, bare = "l'", name[2:]
        fit.articles.setdefault(bare.casefold(), set()).add(article_class(article))
        options.append(bare)
    # among bodies of one role, those the passage names first: a council named in the passage
    # is no better a doubt for a vote than an assembly it does not name
    named = {_bare(m.text).casefold() for m in passage if m.kind == "organisation"}
    roles = [r.role if (r := assembly_record(o, year)) is not None else "" for o in options]
    order = sorted(
        range(len(options)),
        key=lambda n: (roles.index(roles[n]), _bare(options[n]).casefold() not in named, n),
    )
    return [options[n] for n in order]


def _another_gender(name: str, article: str | None) -> bool:
    """Whether the text's article before the name is not the listed place's."""
    record = place_record(name)
    listed = record.name.split(" ", 1)[0].casefold() if record is not None else ""
    if article not in ("m", "f") or listed not in ("le", "la"):
        return False
    return article_class(listed) != article


def _nearest_places(
    answer: Mention,
    passage: list[Mention],
    options: list[str],
    likeness: Callable[[str, str], float | None] | None,
) -> list[str]:
    """A place the passage names comes first only if it is as near as the list's: London
    and Piedmont were graded absurd beside Sébastopol, where Odessa and Varna were at hand."""
    if likeness is None:
        return options
    own = {m.text for m in passage if m.kind == "place"}

    def nearness(option: str) -> float:
        score = likeness(answer.text, _bare(option))
        return round(
            (score if score is not None else UNLIKE) + (OWN_BONUS if option in own else 0), 1
        )

    return sorted(options, key=lambda option: -nearness(option))  # stable: ties keep their order


OWN_BONUS = 0.15  # a name the reader has just read is worth a little likeness


def _named_after(answer: Mention, passage: list[Mention]) -> bool:
    """The place is the end of someone's name ('Maurice de Saxe'); written without an article
    ('face à Saxe'), it is that person. 'la Bretagne' beside Anne de Bretagne is the land, and
    a town is the town."""
    record = place_record(answer.text)
    if record is not None and record.kind == "town":
        return False  # 'en assiégeant Toulouse' beside 'Raymond de Toulouse': the town
    ending = f" de {answer.text}".casefold()
    return any(m.kind == "person" and m.text.casefold().endswith(ending) for m in passage)


def _same_station(
    answer: str, options: list[str], people: dict[str, Person], *, parley: bool = False
) -> list[str]:
    """People of the answer's station first, the passage's then the period's (an archbishop
    does not send the troops); then people the passage says nothing about; people of
    another station last. At a negotiation, the passage's delegates of no other station
    come first, whatever their side: Orlando for Wilson before the period's Roosevelt."""
    groups = role_groups(person_record(answer, people).roles)

    def distance(option: str) -> int:
        theirs = role_groups(person_record(option, people).roles)
        own = option.casefold() in people
        if parley and own and not (groups and theirs and not groups & theirs):
            return 0
        if groups and theirs and not groups & theirs:
            # a writer or a pope for a general reads absurder than a minister for a general
            return 5 if theirs & (LEARNED_GROUPS | {"church"}) else 4
        if groups & theirs:
            return 0 if own else 1  # a king for a king, from the passage or the period
        return 2 if own else 3

    sovereign = any(REGNAL.fullmatch(word) for word in answer.split()[1:])

    def learned_stranger(option: str) -> bool:
        """A surgeon and a composer of the lists for a king they do not know ('Édouard III
        d'Angleterre' beside Guy de Chauliac and Philippe de Vitry): no writer, artist or
        scientist of the lists for a name with a reign's number."""
        if not sovereign or option.casefold() in people or groups & LEARNED_GROUPS:
            return False
        theirs = role_groups(person_record(option, people).roles)
        return bool(theirs) and theirs <= LEARNED_GROUPS

    # a bare surname among full names stands out ('Massu' beside three first names and
    # surnames): among equals, the answer's shape first
    shape = _name_shape(answer)
    lesser = lesser_known()
    return sorted(
        [option for option in options if not learned_stranger(option)],
        key=lambda option: (
            distance(option),
            option.casefold() in lesser,
            _name_shape(option) != shape,
        ),
    )


def _name_shape(name: str) -> str:
    """A regnal name ('Charles VII': a king's name for 'sous le nom de _____'), a full name or
    a surname alone."""
    if REGNAL.fullmatch(name.rsplit(" ", 1)[-1]) and " " in name:
        return "regnal"
    return "full" if " " in name else "single"


BEST_KNOWN = 200  # of a kind and zone, the list's first: Moselle and Loire, not Bruche


def _nearest(
    answer: str, names: list[str], likeness: Callable[[str, str], float | None] | None
) -> list[str]:
    """Nearest to the answer in the word vectors first (for Londres, Berlin before Eylau);
    among the equally near, the list's order, which puts the best known first (the Moselle
    before the Bruche)."""
    if likeness is None:
        return names
    scores = {name: round(likeness(answer, _bare(name)) or 0.0, 1) for name in names}
    return sorted(names, key=lambda name: -scores[name])  # a stable sort keeps the list's order


def _is_acronym(text: str) -> bool:
    return " " not in text and len(text) <= 8 and sum(c.isupper() for c in text) >= 2


def _same_style(answer: str, options: list[str]) -> list[str]:
    """An acronym among full names (or the reverse) stands out: same style first."""
    acronym = _is_acronym(answer)
    return sorted(options, key=lambda option: _is_acronym(option) != acronym)  # a stable sort


def _name_options(
    answer: Mention,
    passage: list[Mention],
    years: list[int],
    rng: random.Random,
    likeness: Callable[[str, str], float | None] | None = None,
    when: int | None = None,
) -> list[str]:
    """`when` is the year the question's sentence tells of, if known; else the passage's
    middle year stands for it."""
    own = sorted({m.text for m in passage if m.kind == answer.kind})
    if answer.kind == "person":
        # 'Talbot', 'Dreyfus' where the passage says 'John Talbot', 'Alfred Dreyfus': the man
        # is offered by his full name, not once more by his surname among full names
        own = [o for o in own if " " in o or not any(x.endswith(" " + o) for x in own)]
    listed_here: list[str] = []
    if answer.kind == "place":
        # the model read some names as places once and as someone else's elsewhere: 'Ferrand'
        # (Ferrand de Portugal), 'Libération-Nord' (a movement); they are no town
        others = {m.text.casefold() for m in passage if m.kind in ("person", "organisation")}
        named = {w for m in passage if m.kind == "person" for w in m.text.casefold().split()}
        own = [
            o
            for o in own
            if o.casefold() not in others
            and o.casefold() not in named
            and nation_of(o) is None  # 'Allemands', read as a place once, is a people
            and o.split()[0].rstrip("s") not in ROLE_NOUNS  # 'roi de France', 'comtes de Flandre'
            # 'Hilaire' (of Poitiers) read as a place beside Savaria: a first name is no town
            and (o.casefold() not in given_names() or place_record(o) is not None)
        ]
    document = answer.kind == "work" and is_document(answer.text)
    related: list[str] = []
    second: list[str] = []  # the less known, after every better known one of their station
    for period in _periods_for(years):
        related += period.names.get(answer.kind, ())
        if answer.kind == "person":
            second += period.names["person_more"]
    if answer.kind == "place":  # a street for a street, a river for a river
        kind = place_type(answer.text)
        zone = _place_zone(answer.text, own)
        # the sentence's own year: the Table claudienne of 48 was found in 1528, and the
        # passage's middle year offered Austria and England for Claudius's Italy
        year = when if when is not None else sorted(years)[len(years) // 2] if years else None
        antiquity = kind == "country" and year is not None and year < ANTIQUITY_ENDS

        def fits(option: str) -> bool:
            if antiquity:
                return option in ANCIENT_LANDS  # no Saxony, no Poland beside Gaul in 52 BC
            if place_type(option) != kind:
                return False
            if kind == "sea" and _water(option) != _water(answer.text):
                return False  # a canal for a canal, a strait for a strait, a sea for a sea
            if kind == "country" and option in MICROSTATES and answer.text not in MICROSTATES:
                return False  # 'la France et le _____ se disputent l'Afrique': Liechtenstein
            if kind == "country" and option == "France":
                # in a French history the other country is another's: France offered as a
                # place of exile from France, or as Pétain's refuge in 1945, was read C
                return False
            record = place_record(option)
            return zone is None or record is None or same_zone(record, zone)

        if kind == "country":
            related = sorted(ANCIENT_LANDS) if antiquity else list(COUNTRY_NAMES)
        # 'la Francie orientale, future Allemagne': the passage's own modern name for 843
        own = [o for o in own if fits(o) and (antiquity or in_its_time(o, year))]
        # Greece and Italy are dated as today's states; as Antiquity's lands they were there
        related = [r for r in related if fits(r) and (antiquity or in_its_time(r, year))]
        if zone is not None and kind in KINDS:
            # the places list last, nearest first; never 'Le Havre', whose article a blank
            # after 'le' would take for its own ('le _____' for the Louvre offered 'Havre')
            known = [
                p
                for p in listed(kind, zone)
                if fits(p) and in_its_time(p, year) and (kind != "town" or not _with_article(p))
            ]
            listed_here = _nearest(answer.text, known[:BEST_KNOWN], likeness)
    elif answer.kind == "organisation":  # a party for a party, an assembly for an assembly
        kind = organisation_type(answer.text)
        own = [o for o in own if organisation_type(o) == kind and "Parlement" not in o]
        related = [r for r in related if organisation_type(_bare(r)) == kind]
    elif document:  # a treaty for an edict, not a novel
        own = [_capital(o) for o in own if is_document(o)]
        # acts stay in force for decades: those of the period before are still plausible
        related = [r for p in _periods_for(years, before=40) for r in p.names["work"]]
        related = [r for r in dict.fromkeys(related) if is_document(r)]
    rng.shuffle(own)
    related = sorted(set(related) - set(own))
    rng.shuffle(related)
    second = sorted(set(second) - set(own) - set(related))
    rng.shuffle(second)
    options = own + [_capital(r) for r in related + second]
    options += [_capital(p) for p in listed_here if _capital(p) not in options]
    # a war for a war, a battle for a battle, never a congress; a treaty for a treaty, a law
    # for a law, never a law to end a war
    families = EVENT_FAMILIES if answer.kind == "event" else ACT_FAMILIES if document else None
    if families is not None:
        family = families.get(_act_noun(answer.text))
        options = [o for o in options if families.get(_act_noun(o)) == family]
        # an edict for an edict, a battle for a battle first
        head, words = _act_noun(answer.text), len(answer.text.split())
        options.sort(key=lambda o: (_act_noun(o) != head, len(o.split()) != words))
    return options


ACT_FAMILIES = {
    **dict.fromkeys(
        ("traité", "traités", "paix", "accords", "accord", "convention", "armistice",
         "capitulation", "pacte", "trêve", "concordat", "entente"), "agreement",
    ),
    **dict.fromkeys(
        ("loi", "lois", "loi-cadre", "édit", "ordonnance", "ordonnances", "décret", "décrets",
         "statut", "code", "charte", "constitution", "bulle", "déclaration"), "law",
    ),
}  # fmt: skip


def event_name(text: str) -> str:
    """'la victoire de Formigny' and 'la bataille de Formigny' name one event: its place."""
    return _bare(text).split(" ", 1)[-1].casefold()


def _with_article(text: str) -> bool:
    return _bare(text) != text.strip()


def _act_noun(text: str) -> str:
    return _bare(text).split(" ", 1)[0].casefold()


STREETS = {"rue", "boulevard", "avenue", "quai", "place", "pont", "porte", "chaussée"}
SITES = {
    "château", "palais", "hôtel", "cimetière", "église", "cathédrale", "abbaye", "ministère",
    "université", "usine", "stade", "prison", "fort", "faubourg", "quartier", "butte", "île",
    "mur", "champ", "bois", "forêt", "col", "camp", "bibliothèque", "musée", "basilique",
    "chapelle", "théâtre", "opéra", "collège", "lycée", "école", "hôpital", "hospice",
}  # fmt: skip


def place_type(text: str) -> str:
    """Street, site (a building, a district), what `places.yaml` says (country, region, river,
    sea, island) or a town: 'Paris' is as true as 'rue Gay-Lussac', and a lone street among
    towns, a lone river among regions are guessed."""
    record = place_record(text)
    if record is not None:  # 'l'île d'Elbe', 'Fort Duquesne': the list knows them
        return record.kind
    first = _bare(text).split(" ", 1)[0].casefold()
    if first in STREETS:
        return "street"
    if first in SITES:
        return "site"
    if _bare(text).casefold() in COUNTRIES:
        return "country"
    if _bare(text).casefold() in CONTINENTS:
        return "continent"  # 'Europe' offered as a town read as absurd
    return "town"


CONTINENTS = {"europe", "asie", "afrique", "amérique", "océanie", "amériques", "antarctique"}


WATERS = {
    "mer", "océan", "golfe", "baie", "rade", "détroit", "pertuis", "canal", "bassin", "pas",
    "étang", "lac",
}  # fmt: skip


def _water(name: str) -> str:
    """What kind of water a name says it is ('golfe de Suez'); '' for 'la Manche'."""
    first = _bare(name).split(" ", 1)[0].casefold()
    return first if first in WATERS else ""


def _place_zone(answer: str, passage_places: list[str]) -> str | None:
    """Where the answer lies: the list says, or, for a name it does not know (taken for a
    town), where most of the passage's towns lie. Streets and sites are not placed."""
    record = place_record(answer)
    if record is not None:
        return record.zone
    return passage_zone(passage_places) if place_type(answer) == "town" else None


ORGANISATION_TYPES = {
    "parti": "party", "assemblée": "assembly", "chambre": "assembly", "sénat": "assembly",
    "parlement": "assembly", "convention": "assembly", "conseil": "assembly",
    "confédération": "union", "fédération": "union", "union": "union", "syndicat": "union",
    "comité": "committee", "commission": "committee", "ligue": "league", "société": "league",
    "club": "league", "association": "league", "mouvement": "league", "mouvements": "league",
    "front": "league", "rassemblement": "league", "armée": "force", "garde": "force",
    "forces": "force", "compagnies": "force", "gouvernement": "government",
}  # fmt: skip


def organisation_type(text: str) -> str:
    """What kind of body: a trade union, a party and the police are not interchangeable."""
    if _is_acronym(text):
        return "acronym"
    first = _bare(text).split(" ", 1)[0].casefold()
    return ORGANISATION_TYPES.get(first, "other")


def _bare(text: str) -> str:
    return re.sub(r"^(?:la |le |les |l'|l’)", "", text.strip(), flags=re.IGNORECASE)


def _capital(text: str) -> str:
    """Names from the list may start with an article ('la Commune'): as a choice, capitalise."""
    return text[:1].upper() + text[1:]


def _periods_for(years: list[int], *, before: int = 0) -> list[Period]:
    if not years:
        return []
    middle = sorted(years)[len(years) // 2]
    return [p for p in periods() if p.first <= middle and middle - before <= p.last]


OLYMPIC = re.compile(r"\bolympi(?:que|ques|ade)\b", re.IGNORECASE)


def _date_options(
    answer: Mention, passage: list[Mention], rng: random.Random, cycle: int = 1
) -> list[str]:
    """Near dates, never a pattern to spot: a year's neighbours in the passage first; for a
    month or a day, the answer's two parts each appear in half the choices ('27 mai 1943',
    '27 mai 1942', '15 mars 1943', '15 mars 1942'), so counting parts gives nothing away.
    A teacher ruled out far dates (1959 for a cause of 1945) at a glance. `cycle`: the years
    apart an event recurs (the Olympic Games' four); the wrong years keep to it."""
    year = answer.year
    if year is None:
        return []
    same_kind = [
        m for m in passage
        if m.kind == answer.kind and m.year is not None and (m.year - year) % cycle == 0
    ]  # fmt: skip
    own = sorted({m.text for m in same_kind if abs((m.year or 0) - year) <= NEAR_YEARS * cycle})
    rng.shuffle(own)
    own.sort(key=lambda text: abs(int(re.findall(r"\d{3,4}", text)[-1]) - year))
    offsets = [d * cycle for d in range(-6, 7) if d]
    rng.shuffle(offsets)
    offsets.sort(key=abs)
    if answer.kind == "year":
        return own[:2] + [str(year + d) for d in offsets]
    if answer.kind == "decade":
        decades = [f"années {year + 10 * d}" for d in (-1, 1, -2, 2)]
        return own[:2] + decades
    *part, _ = answer.text.split()
    # Other dates of that year in the passage are the best traps (the Somme's 1er juillet 1916
    # for Verdun's 21 février 1916); a year moved by one may fall outside the events told.
    same_year = [t for t in own if year_in(t) == year and t.casefold() != answer.text.casefold()]
    same_year = sorted(set(same_year), key=lambda t: own.index(t))
    months = {t.split()[-2].casefold() for t in same_year}
    if (
        len(part) == 2
        and len(same_year) >= 3
        and len(months) == 1
        and part[-1].casefold() not in months
        and all(len(t.split()) == 3 for t in same_year)
    ):
        # '6 juin 1944' among three August days is the odd one out: its day in their month
        day, month = part[0], same_year[0].split()[-2]
        return [*same_year[:2], f"{day} {month} {year}", *same_year[2:]]
    told = [m.year for m in passage if m.kind in ("date", "month") and m.year is not None]
    beside = [y for y in (year - cycle, year + cycle) if told and min(told) <= y <= max(told)]
    if told and not beside:  # a passage on one year: '22 août 1915' is out of the story
        return same_year + _one_year_grid(answer, part, own, year, rng)
    if len(same_year) >= 3:
        return same_year + _date_grid(answer, part, own, year, offsets, rng, beside)
    return _date_grid(answer, part, own, year, offsets, rng, beside)


def _real_date(text: str) -> bool:
    """'31 juin 1940' is no wrong answer: a reader rules it out without the passage."""
    parts = text.split()
    if len(parts) != 3 or parts[1].casefold() not in MONTHS or not parts[2].isdigit():
        return True
    day = 1 if parts[0] == "1er" else int(parts[0]) if parts[0].isdigit() else 1
    year = max(1, int(parts[2]))
    return day <= calendar.monthrange(year, MONTHS.index(parts[1].casefold()) + 1)[1]


def _one_year_grid(
    answer: Mention, part: list[str], own: list[str], year: int, rng: random.Random
) -> list[str]:
    """The day and the month each in half the choices, all in the answer's year: the
    passage's other months first, then the months around the answer's."""
    month = part[-1].casefold()
    at = MONTHS.index(month) if month in MONTHS else 0
    told = [t.split()[-2].casefold() for t in own if len(t.split()) >= 2]
    near = sorted((m for m in MONTHS if m != month), key=lambda m: abs(MONTHS.index(m) - at))
    months = list(dict.fromkeys([m for m in told if m != month] + near))
    if answer.kind == "month":
        return [f"{m} {year}" for m in months]
    day = part[0]
    days = [t.split()[0] for t in own if len(t.split()) == 3 and t.split()[0] != day]
    days += [str(d) for d in rng.sample(range(2, 29), 27) if str(d) != day]
    other_day, other_month = days[0], months[0]
    return [
        f"{day} {other_month} {year}",
        f"{other_day} {month} {year}",
        f"{other_day} {other_month} {year}",
        *(f"{day} {m} {year}" for m in months[1:]),
    ]


def _date_grid(
    answer: Mention,
    part: list[str],
    own: list[str],
    year: int,
    offsets: list[int],
    rng: random.Random,
    beside: list[int] | None = None,
) -> list[str]:
    """Each part of the answer (day and month, year) in half the choices; the other year is
    one the passage's story reaches, when it says."""
    part_text = " ".join(part)
    others = [" ".join(text.split()[:-1]) for text in own]
    others = [o for o in others if o.casefold() != part_text.casefold()]
    if answer.kind == "month":
        others += [m for m in rng.sample(MONTHS, len(MONTHS)) if m != part_text.casefold()]
    else:
        day, month = part
        others += [f"{day} {m}" for m in rng.sample(MONTHS, len(MONTHS)) if m != month.casefold()]
    step = min(abs(d) for d in offsets)  # a year, or the cycle an event recurs on
    other_year = rng.choice(beside) if beside else year + rng.choice((-1, 1)) * step
    grid = [f"{part_text} {other_year}", f"{others[0]} {year}", f"{others[0]} {other_year}"]
    fallback = [f"{o} {year}" for o in others[1:]] + [f"{part_text} {year + d}" for d in offsets]
    return grid + fallback


ELIDING_NUMBER = re.compile(r"(?:un|une|1)\b", re.IGNORECASE)
VOWEL_DATE = re.compile(r"[aeiouéh]", re.IGNORECASE)
SPELLED_VALUES = {value: word for word, value in NUMBER_WORDS.items()} | {1: "un", 2: "deux"}
SCALE_BASES = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20)
# no half, double or triple: readers saw an exact multiple as the odd one out (700 -> 1 400,
# 2 100) and a tripled vote count beyond the assembly's size
NUMBER_FACTORS = (0.6, 0.7, 0.8, 1.25, 1.4, 1.6)
FAR_FACTORS = (0.5, 1.5, 2.0, 3.0)  # only where rounding leaves too few near ones ('200')


def number_options(answer: str, rng: random.Random) -> list[str]:
    """Counts near the answer (a fifth less, a quarter more …; a half or a double only when
    rounding leaves too few), written as it is written: in words or digits, with its
    grouping, its decimals, its '%' or 'millions'. The near ones shuffled, so the right one is
    not always the middle value."""
    text = answer.strip()
    scale = re.search(r"\s+(million|milliard)s?$", text, re.IGNORECASE)
    number = text[: scale.start()] if scale else text
    percent = re.search(r"\s*%$", number)
    if percent:
        number = number[: percent.start()]
    if roughly := rough_counts_near(number):
        return roughly  # 'une cinquantaine': 'une quarantaine', 'une soixantaine' …
    spelled = number.casefold()
    # 'cent' and 'mille' alone are drawn as compounds are: their nearest words in the list
    # were 'soixante' and 'cinquante' for 'Mille'
    in_words = (spelled in NUMBER_WORDS and (scale or NUMBER_WORDS[spelled] < 100)) or bool(
        scale and spelled in ("un", "deux")
    )
    if in_words:
        value = {"un": 1, "deux": 2}.get(spelled) or NUMBER_WORDS[spelled]
        pool = SCALE_BASES if scale else tuple(v for v in SPELLED_VALUES if v >= 3)
        near = sorted((v for v in pool if v != value), key=lambda v: abs(math.log(v / value)))
        # nearest first: 'huit' or 'sept' beside 'trois divisions' was read absurd; a
        # fourth in reserve for one the question prints
        kept = near[:5] if scale else near[:4]
        values = [float(v) for v in kept]
        rendered = [SPELLED_VALUES[v] for v in kept]
        if number[:1].isupper():
            rendered = [r.capitalize() for r in rendered]
    elif not scale and not percent and (compound := spelled_value(number) or 0) >= 3:
        # 'cinquante-quatre templiers': counts near it, in words as well
        significant = len(str(compound).strip("0")) or 1
        if re.fullmatch(r"10+", str(compound)):
            significant = 2  # 'cent', 'mille': 'sept cents', 'mille deux cents' beside them
        values = _near_counts(compound, significant, 0, lambda count: 3 <= count < 1_000_000, rng)
        rendered = [spelled_out(int(v)) for v in values]
        if re.search(r"\bune$", number.casefold()):  # 'quatre-vingt-une paroisses'
            rendered = [re.sub(r"\bun$", "une", r) for r in rendered]
        if number[:1].isupper():
            rendered = [upper_first(r) for r in rendered]
    else:
        digits = re.sub(r"[\s\u00a0\u202f]", "", number).replace(",", ".")
        try:
            value_f = float(digits)
        except ValueError:
            return []
        if value_f <= 0:
            return []
        decimals = len(digits.partition(".")[2])
        separator = next((c for c in number if c in " \u00a0\u202f"), "")
        significant = len(digits.replace(".", "").strip("0")) or 1
        values = _near_counts(
            value_f,
            significant,
            decimals,
            lambda count: count > 0 and (not percent or count <= 100),
            rng,
        )
        rendered = [_written(v, decimals, separator) for v in values]
    suffix = percent[0] if percent else ""
    out: list[str] = []
    for count, words in zip(values, rendered, strict=True):
        if scale:
            unit = scale[1].casefold() + ("s" if count >= 2 else "")
            out.append(f"{words}{suffix} {unit}")
        else:
            out.append(f"{words}{suffix}")
    if in_words and scale:
        rng.shuffle(out)  # millions in words: the nearest five, in any order
    return out


def _near_counts(
    answer: float,
    significant: int,
    decimals: int,
    fits: Callable[[float], bool],
    rng: random.Random,
) -> list[float]:
    """Counts a fifth less, a quarter more …, as round as the answer, shuffled with the answer
    at any rank among the first three; then, in reserve, a half, a double or a triple."""

    def scaled(factors: tuple[float, ...], taken: list[float]) -> list[float]:
        found: list[float] = []
        for factor in factors:
            count = _round_to(answer * factor, answer, significant, decimals)
            if fits(count) and count != answer and count not in found and count not in taken:
                found.append(count)
        return found

    close = scaled(NUMBER_FACTORS, [])
    rng.shuffle(close)
    return _answer_anywhere(close, answer, rng) + scaled(FAR_FACTORS, close)


def _answer_anywhere(counts: list[float], answer: float, rng: random.Random) -> list[float]:
    """The first three of the shuffled near counts, with as many below the answer as the draw
    says (none to three): always one below and one above left the answer in the middle two,
    and three above or below by chance (three altitudes above the Annapurna's, read C) was no
    rarer than any other rank."""
    lower = [c for c in counts if c < answer]
    higher = [c for c in counts if c > answer]
    feasible = [k for k in range(4) if k <= len(lower) and 3 - k <= len(higher)]
    if not feasible:
        return counts
    below = rng.choice(feasible)
    first = lower[:below] + higher[: 3 - below]
    return first + [c for c in counts if c not in first]


def _round_to(value: float, answer: float, significant: int, decimals: int) -> float:
    """As round as the answer: '35 %' gives multiples of 5, '240 000' of 10 000."""
    if decimals:
        return round(value, decimals)
    digits = len(str(int(answer))) if answer >= 1 else 1
    step = 10 ** max(0, digits - significant)
    if answer % (5 * step) == 0 and answer > 5 * step:
        step *= 5
    return float(max(step, round(value / step) * step))


def _written(value: float, decimals: int, separator: str) -> str:
    if decimals and value != int(value):
        return f"{value:.{decimals}f}".replace(".", ",")
    whole = f"{int(value):,}"
    return whole.replace(",", separator) if separator else whole.replace(",", "")
