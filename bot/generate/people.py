"""What a passage tells about its people: a title or office ("le maréchal", "ministre de …"),
a gender, and the years they are active in. A teacher's reading of the drafts found most
person questions unusable for one reason: a distractor no reader could take for the answer
(the only woman among the choices, three kings where the stem says "le banquier", a man dead
twenty years). These facts let the distractor picker offer people who fit the blank."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.generate.facts import (
    NATIONS,
    Mention,
    an_act_aside,
    era_year,
    looks_back,
    names_a_year,
    nation_of,
    token_from,
)

# Feminine first names common in French history texts; a name's gender rarely shows otherwise.
FEMININE_FIRST_NAMES = {
    "anne", "marie", "louise", "catherine", "marguerite", "élisabeth", "elisabeth", "jeanne",
    "suzanne", "irène", "cécile", "simone", "lucie", "danielle", "berty", "germaine",
    "charlotte", "olympe", "aliénor", "blanche", "diane", "joséphine", "madeleine", "geneviève",
    "françoise", "gisèle", "rosa", "marie-antoinette", "isabelle", "hélène", "claire", "agnès",
    "christine", "isabeau", "madame", "mme", "colette", "édith", "yvonne", "lucienne", "nathalie",
    "henriette", "émilie", "sophie", "pauline", "julie", "manon", "thérèse", "gabrielle",
    "florence", "mary", "eleanor", "victoria", "eugénie", "hortense", "juliette", "octavie",
    "agrippine", "hypatie", "héloïse", "marquise", "théroigne", "lucile", "letizia", "delphine",
    "flora", "hubertine", "maria", "séverine", "anna", "andrée", "marie-madeleine", "clara",
    "marie-claude", "jeannette", "hassiba", "margaret", "duchesse", "princesse", "comtesse",
    "judith", "ermengarde", "hildegarde", "bertrade", "mathilde", "adèle",
    "éléonore", "béatrice", "clémence", "yolande", "valentine", "radegonde", "clotilde",
    # 'Michèle Morgan et Ray Milland obtiennent les prix d'interprétation' drew three men
    # (read C): a woman's first name says so when nothing else in the sentence does
    "michèle", "michelle", "micheline", "jacqueline", "monique", "nicole", "odette", "paulette",
    "josette", "arlette", "ginette", "denise", "raymonde", "marcelle", "yvette", "huguette",
    "brigitte", "sylvie", "martine", "chantal", "mireille", "régine", "renée", "laure",
    "laurence", "emma", "ève", "élise", "berthe", "célestine", "constance", "évelyne", "léonie",
    "marianne", "nadia", "nadine", "olga", "paule", "rachel", "rosalie", "sarah", "solange",
    "véronique", "virginie", "aurore", "adrienne", "alice", "amélie", "angèle", "antoinette",
    "augustine", "bernadette", "éliane", "félicité", "georgette", "marthe", "mélanie", "odile",
    "sabine", "sidonie", "zélie", "annie", "christiane", "claudine", "liliane", "caroline",
    "danièle", "janine", "jeanine", "gerberge", "bathilde", "ingeburge", "pétronille",
    "frédégonde", "cunégonde", "marcelline", "lucette", "albertine", "gertrude",
    # foreign women of French history: 'Harriet Smithson est présente' drew three men (C)
    "harriet", "jane", "elizabeth", "ida", "eva", "ada", "grace", "emily", "isadora", "misia",
    "virginia", "joan", "jenny", "lola", "catarina", "caterina", "elena", "ekaterina",
}  # fmt: skip
# whole names whose first name misleads: a woman's pen name, men named Anne
FEMININE_PEOPLE = {"george sand"}
MASCULINE_PEOPLE = {"anne de joyeuse", "anne du bourg", "anne de montmorency"}
# Titles and offices that say what a person was; the stem's cue must be matched by distractors.
ROLE_NOUNS = {
    "roi", "reine", "empereur", "impératrice", "prince", "princesse", "duc", "duchesse",
    "comte", "comtesse", "cardinal", "pape", "évêque", "archevêque", "abbé", "moine", "amiral",
    "général", "maréchal", "colonel", "lieutenant-colonel", "capitaine", "commandant",
    "lieutenant", "officier", "président", "ministre", "sénateur", "député", "préfet",
    "maire", "banquier", "jardinier", "architecte", "peintre", "écrivain", "journaliste",
    "philosophe", "poète", "romancier", "institutrice", "instituteur", "avocat", "syndicaliste",
    "socialiste", "communiste", "radical", "régente", "régent", "dauphin", "relieur",
    "ouvrier", "historien", "chancelier", "consul", "surintendant", "connétable",
    "chroniqueur", "chapelain", "légat", "colporteur", "garde-chasse", "financier", "dey",
    "émir", "sultan", "tsar", "infirmière", "médecin", "ingénieur", "savant", "diplomate",
    "chimiste", "mathématicien", "physicien", "astronome", "naturaliste", "chirurgien",
    "sculpteur", "musicien", "compositeur",
    "ambassadeur", "gouverneur", "commissaire", "académicien", "juge", "magistrat",
    "conseiller", "bourreau", "assassin", "confesseur", "vice-président", "secrétaire",
}  # fmt: skip
FEMININE_ROLES = {"reine", "impératrice", "princesse", "duchesse", "comtesse", "régente",
                  "institutrice", "infirmière"}  # fmt: skip
# 'Richelieu (1585-1642 cardinal/ministre)', 'Jules César (-100 à -44 général)'
ROLE_GROUPS = {
    "army": {"général", "maréchal", "amiral", "colonel", "lieutenant-colonel", "capitaine",
             "commandant", "lieutenant", "officier", "connétable"},
    "state": {"ministre", "président", "chancelier", "surintendant", "consul", "diplomate",
              "ambassadeur", "financier", "gouverneur"},
    # a prefect among prefects, not beside presidents of the Council (read C three times)
    "administration": {"préfet", "maire", "commissaire"},
    "crown": {"roi", "reine", "empereur", "impératrice", "prince", "princesse", "duc",
              "duchesse", "comte", "comtesse", "dauphin", "régent", "régente", "dey", "émir",
              "sultan", "tsar"},
    "church": {"cardinal", "pape", "évêque", "archevêque", "abbé", "moine", "mgr", "légat",
               "chapelain", "confesseur"},
    "politics": {"député", "sénateur", "socialiste", "communiste", "radical", "avocat",
                 "vice-président"},
    "justice": {"juge", "magistrat", "conseiller"},
    # a role of one man in the story: no wrong answer shares it, and without the title the
    # stem still asks for him ('_____ fait tomber le couperet')
    "deed": {"bourreau", "assassin"},
    # a writer is no wrong answer for an engineer, nor a painter for a chemist (read blind:
    # Hugo, Clemenceau and Louis Blanc offered for the engineer of the Paris sewers)
    "letters": {"écrivain", "poète", "romancier", "philosophe", "historien", "journaliste",
                "chroniqueur", "académicien"},
    "arts": {"peintre", "sculpteur"},
    # engineers and architects among themselves: Pasteur and Foucault offered for Belgrand,
    # an architect and a sculptor for a painter, read C
    "building": {"architecte", "ingénieur", "jardinier"},
    # a painter is no wrong answer for a composer (read C: Renoir, Monet, Cézanne for Bizet)
    "music": {"musicien", "compositeur"},
    "science": {"savant", "médecin", "chimiste", "mathématicien", "physicien", "astronome",
                "naturaliste", "chirurgien"},
}  # fmt: skip


# writers, artists and scientists: of no side, and offered only for one another
LEARNED_GROUPS = {"letters", "arts", "music", "building", "science"}

FRENCH = "français"
# The side of a crown or an office held for a country: 'le roi de Prusse', 'le tsar'.
COUNTRY_SIDES = {
    "prusse": "allemand", "bavière": "allemand", "saxe": "allemand", "allemagne": "allemand",
    "hanovre": "allemand", "brunswick": "allemand", "angleterre": "anglais",
    "grande-bretagne": "anglais", "écosse": "anglais", "autriche": "autrichien",
    "espagne": "espagnol", "castille": "espagnol", "aragon": "espagnol", "russie": "russe",
    "italie": "italien", "sardaigne": "italien", "naples": "italien", "piémont": "italien",
    "suède": "suédois", "hollande": "hollandais", "portugal": "portugais",
    "pologne": "polonais", "hongrie": "hongrois", "danemark": "danois", "égypte": "égyptien",
    "mexique": "mexicain",
}  # fmt: skip
SIDE_OF_TITLE = {"tsar": "russe", "tsarine": "russe", "sultan": "ottoman", "kaiser": "allemand"}


def role_groups(roles: set[str]) -> set[str]:
    return {group for group, members in ROLE_GROUPS.items() if roles & members}


LIFE = re.compile(
    r"^(?P<name>.+?)\s*\((?P<born>-?\d{1,4})\s*(?:-|à)\s*(?P<died>-?\d{1,4})"
    r"(?:\s+(?P<roles>[^)]*))?\)$"
)


@dataclass
class Person:
    name: str
    feminine: bool = False
    roles: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)  # the passage's years around each mention
    life: tuple[int, int] | None = None  # from the related-names list
    # named only as someone's kin ('le neveu de Napoléon Ier'): not an actor of those years
    kin_only: bool = False
    nation: str | None = None  # see NATIONS; None: not told

    def active_in(self, year: int | None, slack: int = 8, adult: int = 15) -> bool:
        """Plausible as an actor of that year: alive and adult (a group: founded and not yet
        dissolved), or mentioned near it."""
        if year is None:
            return True
        if self.life is not None:
            born, died = self.life
            return born + adult <= year <= died
        if self.kin_only:
            return False
        if not self.years:
            return True
        return min(self.years) - slack <= year <= max(self.years) + slack


def related_person(entry: str) -> Person:
    """'Richelieu (1585-1642)' in related.yaml: the name and its life span."""
    match = LIFE.match(entry.strip())
    if match is None:
        return Person(entry.strip(), feminine=feminine_name(entry))
    name = match["name"].strip()
    roles = {r.strip().casefold() for r in (match["roles"] or "").split("/") if r.strip()}
    nations = {side for r in roles if (side := nation_of(r)) is not None}
    return Person(
        name,
        feminine=feminine_name(name) or bool(roles & FEMININE_ROLES),
        roles=roles - set(NATIONS) - {"international"},
        life=(int(match["born"]), int(match["died"])),
        # a pope is Rome's, not ours; the ONU or an order of monks nobody's
        nation=min(nations, default=None if roles & {"pape", "international"} else FRENCH),
    )


def feminine_name(name: str) -> bool:
    words = name.strip().split()
    first = words[0].casefold() if words else ""
    whole = name.strip().casefold()
    if whole in FEMININE_PEOPLE or whole in MASCULINE_PEOPLE:
        return whole in FEMININE_PEOPLE
    if (
        first in ("anne", "marie")
        and len(words) > 2
        and words[1][:1].isupper()
        and words[1].casefold() not in FEMININE_FIRST_NAMES  # 'Marie Louise d'Autriche'
    ):
        return False  # 'Anne Robert Jacques Turgot', 'Marie Joseph … La Fayette': a man's names
    if "-" in first:  # 'Marie-Thérèse', 'Anne-Marie'; not 'Marie-Joseph', 'Jean-Marie'
        return all(part in FEMININE_FIRST_NAMES for part in first.split("-"))
    return first in FEMININE_FIRST_NAMES


NAMED_ACT_YEAR = re.compile(
    r"\b(?:paix|traités?|bataille|siège|édit|guerre|concordat|accords?|armistice|congrès)"
    r"\s+(?:de|d['’]|du|des)\s*[^()]{1,40}\($"
)


def sentence_years(mentions: list[Mention], sentences: int, text: str = "") -> list[int | None]:
    """The year each sentence speaks of: its own first date, else the last one named before
    it ('… en juin 1249, … en février 1250. Capturé en avril, …' is 1250), a date that looks
    back aside."""
    own: dict[int, int] = {}
    last: dict[int, int] = {}
    reached: int | None = None
    for mention in mentions:
        year = era_year(text, mention)
        if year is not None:
            if looks_back(text, mention.start):
                continue  # 'Président du Conseil depuis le 2 février 1956': not this sentence's
            if mention.kind == "year" and names_a_year(text, mention.start):
                continue  # 'exposée au Salon de 1831': Charles X did not abdicate in 1831
            if reached is not None and year < reached and an_act_aside(text, mention.start):
                continue  # in 1516, 'la Pragmatique Sanction, promulguée en 1438'
            if NAMED_ACT_YEAR.search(text[max(0, mention.start - 60) : mention.start]):
                # 'depuis la paix de Nimègue (1678)': the named act's year, in brackets, is
                # no step of the story (the next sentence was set in 1681, read C)
                continue
            own.setdefault(mention.sentence, year)
            last[mention.sentence] = year
            reached = year
    years: list[int | None] = []
    current: int | None = None
    for index in range(sentences):
        years.append(own.get(index, current))
        current = last.get(index, current)
    # a sentence before the passage's first date takes that first date
    first = next((y for y in years if y is not None), None)
    return [y if y is not None else first for y in years]


def describe_people(
    doc: Any, mentions: list[Mention], years: list[int | None]
) -> dict[str, Person]:
    """One Person per name mentioned, keyed by the name folded; a surname alone ("Blum")
    shares the record of the full name ("Léon Blum")."""
    people: dict[str, Person] = {}
    persons = [m for m in mentions if m.kind == "person"]
    dated = [m for m in mentions if m.kind in ("date", "month", "year") and m.year is not None]
    acting: set[int] = set()
    for mention in sorted(persons, key=lambda m: -len(m.text)):
        key = mention.text.casefold()
        person = people.get(key) or _by_surname(people, key) or Person(mention.text, kin_only=True)
        people[key] = person
        if not _named_as_kin(doc, mention):
            acting.add(id(person))
        person.feminine = person.feminine or feminine_name(mention.text)
        roles, feminine = cue_roles(doc, mention)
        person.roles |= roles
        if mention.text.startswith("Mgr "):
            person.roles.add("mgr")
        person.feminine = person.feminine or feminine
        person.nation = person.nation or cue_nation(doc, mention)
        year = years[mention.sentence] if mention.sentence < len(years) else None
        near = [m for m in dated if m.sentence == mention.sentence]
        if near:
            # 'Depuis le Concordat signé le 15 juillet 1801 entre Napoléon Bonaparte et Pie VII'
            # in a passage on 1905: his year is the one beside him, not the title's
            year = min(near, key=lambda m: abs(m.start - mention.start)).year
        if year is not None:
            person.years.add(year)
    for person in people.values():
        person.kin_only = id(person) not in acting
    return people


KIN_NOUNS = {
    "neveu", "nièce", "fils", "fille", "frère", "sœur", "père", "mère", "oncle", "tante",
    "petit-fils", "petite-fille", "arrière-petit-fils", "veuve", "veuf", "épouse", "époux",
    "héritier", "héritière", "successeur", "descendant", "cousin", "cousine", "gendre",
}  # fmt: skip


ANCESTORS = {
    "grand-père", "grand-mère", "arrière-grand-père", "arrière-grand-mère", "aïeul", "aïeule",
    "ancêtre", "trisaïeul", "bisaïeul", "bisaïeule",
}  # fmt: skip


def _named_as_kin(doc: Any, mention: Mention) -> bool:
    """'le neveu de Napoléon Ier', 'la veuve d'Henri II': the name places someone else; so
    does 'au nom de son arrière-grand-mère, Valentine Visconti', dead a century before."""
    first = token_from(doc, mention.start)
    if first is None or first.i < 2:
        return False
    preposition, noun = doc[first.i - 1], doc[first.i - 2]
    if preposition.text.casefold() in ("de", "d'", "d’") and noun.text.casefold() in KIN_NOUNS:
        return True
    return (
        preposition.text == ","
        and noun.text.casefold() in ANCESTORS
        and first.i >= 3
        and doc[first.i - 3].pos_ == "DET"
    )


def _by_surname(people: dict[str, Person], key: str) -> Person | None:
    for name, person in people.items():
        if name.endswith(" " + key) and len(key) > 2:
            return person
    return None


def mention_tokens(doc: Any, mention: Mention) -> list[Any]:
    return [t for t in doc if mention.start <= t.idx < mention.end]


def _feminine_title(doc: Any, index: int) -> bool:
    """'la reine', 'l'infirmière britannique', 'une ancienne ministre'; not 'l'ancien
    garde-chasse', which the tagger reads feminine for its 'chasse'."""
    title = doc[index]
    if title.text.casefold() in FEMININE_ROLES:
        return True
    before = doc[max(0, index - 2) : index]
    if any(t.text.casefold() in ("la", "une", "cette", "sa") for t in before):
        return True
    return "Fem" in title.morph.get("Gender") and not any(
        "Masc" in t.morph.get("Gender") for t in before
    )


WOMEN_OF_KIN = {
    "compagne", "épouse", "femme", "fille", "mère", "sœur", "veuve", "maîtresse", "nièce",
    "tante", "favorite", "belle-mère", "belle-sœur", "grand-mère", "petite-fille", "cousine",
}  # fmt: skip


def cue_roles(doc: Any, mention: Mention) -> tuple[set[str], bool]:
    """The titles written next to this mention ('le maréchal Pétain', 'Guizot, ministre de …',
    'Le Premier ministre, Georges Pompidou,') and whether they are feminine."""
    tokens = mention_tokens(doc, mention)
    if not tokens:
        return set(), False
    roles: set[str] = set()
    feminine = False
    before = tokens[0].i - 1
    apart = before >= 0 and doc[before].text == ","
    if apart:
        before -= 1  # 'Le Premier ministre, Georges Pompidou'
    if (
        before >= 1
        and doc[before].text.islower()
        and (
            nation_of(doc[before].text)
            or (
                doc[before].pos_ == "ADJ"
                and doc[before].text not in ROLE_NOUNS  # 'le député socialiste X': socialist
                and doc[before - 1].text.casefold() in ROLE_NOUNS
            )
        )
    ):
        before -= 1  # 'l'infirmière britannique Florence Nightingale', 'le juge royal X'
    office = _office_before(doc, before)
    if office is not None:
        before = office  # 'le roi d'Angleterre Jean sans Terre', 'le ministre du Travail X'
    complement = (
        apart and before >= 1 and doc[before - 1].text.casefold() in ("du", "au", "aux", "des")
    )  # "qui rappelle l'ordre du roi, Mirabeau aurait répondu": no king (read 'le roi Mirabeau')
    if before >= 0 and doc[before].text.casefold() in ROLE_NOUNS and not complement:
        roles.add(doc[before].text.casefold())
        feminine = feminine or _feminine_title(doc, before)
    elif (
        apart
        and before >= 1
        and doc[before].text.casefold() in WOMEN_OF_KIN
        and doc[before].pos_ == "NOUN"
        and doc[before - 1].pos_ == "DET"
        and (
            before < 2
            or (
                doc[before - 2].text.casefold() not in ("de", "d'", "d’", "du")
                and doc[before - 2].pos_ != "ADP"
            )
        )
    ):
        # 'sa compagne, Georgette Leblanc': three men were offered beside her (read C); not
        # 'Marguerite épouse Henri' (a verb), 'le père de sa femme, Jean Colbert' nor 'avec sa
        # femme, Louis XVI quitte les Tuileries' (an opening phrase)
        feminine = True
    after = tokens[-1].i + 1
    if after + 1 < len(doc) and doc[after].text == ",":
        following = doc[after + 1]
        if following.pos_ == "DET" and after + 2 < len(doc):
            following = doc[after + 2]
            if following.pos_ == "ADJ" and following.i + 1 < len(doc):
                following = doc[following.i + 1]  # ', un vieux conseiller'
        if following.text.casefold() in ROLE_NOUNS:
            roles.add(following.text.casefold())
            feminine = feminine or "Fem" in following.morph.get("Gender")
    return roles, feminine


def _office_before(doc: Any, end: int) -> int | None:
    """Where a title's noun stands before its complement: 'le consul de France', 'le ministre
    de l'Instruction publique', 'le ministre des Affaires étrangères' (capitalised nouns, their
    articles and adjectives, at most five words back)."""
    index = end
    while index >= 1 and end - index < 5:
        token = doc[index]
        if (
            token.text.casefold() in ("de", "d'", "d’", "du", "des")
            and doc[index - 1].text.casefold() in ROLE_NOUNS
        ):
            return index - 1 if index != end else None
        if not (
            token.pos_ in ("ADP", "DET")
            or (token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper())
            or (token.pos_ == "ADJ" and token.text.islower())
        ):
            return None
        index -= 1
    return None


def cue_nation(doc: Any, mention: Mention) -> str | None:
    """The side the passage writes beside a name: 'le général allemand Dietrich von Choltitz',
    'le Suédois Raoul Nordling', 'Nordling, consul suédois', or a 'von' in the name."""
    if " von " in f" {mention.text} ":
        return "allemand"
    tokens = mention_tokens(doc, mention)
    if not tokens:
        return None
    first, last = tokens[0].i, tokens[-1].i
    before = [doc[i].text for i in range(max(0, first - 3), first)]
    if before[-1:] == [","]:
        # 'Le commandant italien, Pasquale Bardari, fait appel …', not 'Face aux Anglais,
        # Jeanne d'Arc …': after a comma, only a title and its nation
        before = before[:-1]
        if len(before) < 2 or before[-2].casefold() not in ROLE_NOUNS:
            before = []
    before = before[-2:]
    after = [doc[i].text for i in range(last + 1, min(len(doc), last + 4))]
    if before and before[-1][:1].isupper() and (side := nation_of(before[-1])):
        return side  # 'le Suédois Raoul Nordling'
    if len(before) == 2 and before[0].casefold() in ROLE_NOUNS and (side := nation_of(before[1])):
        return side  # 'le général allemand Dietrich von Choltitz'
    if (
        after[:1] == [","]
        and len(after) == 3
        and after[1].casefold() in ROLE_NOUNS
        and (side := nation_of(after[2]))
    ):
        return side  # 'Nordling, consul suédois'
    if (
        len(before) == 2
        and before[1].casefold() in ("du", "de", "d'", "d’")
        and (side := nation_of(before[0]))
        and before[0].islower()
    ):
        return side  # 'la Ve armée allemande du Kronprinz Guillaume': its commander's side
    if before and (side := SIDE_OF_TITLE.get(before[-1].casefold())):
        return side  # 'le tsar Nicolas Ier'
    if (
        len(before) == 2
        and before[1].casefold() in ("de", "d'", "d’")
        and (side := COUNTRY_SIDES.get(before[0].casefold()))
    ):
        return side  # 'l'Allemagne de Guillaume II'
    # 'le roi de Prusse Frédéric-Guillaume II', 'Frédéric-Guillaume II, roi de Prusse'
    titled = [doc[i].text for i in range(max(0, first - 3), first)]
    if (side := _side_of_country(titled)) is None and after[:1] == [","]:
        side = _side_of_country([doc[i].text for i in range(last + 2, min(len(doc), last + 5))])
    return side or _german_command(doc, first, last)


# the Reich's units and ranks: 'la 2e division SS « Das Reich », commandée par le général
# Heinz Lammerding', 'le Feldkommandant Karl Hotz' (each asked among French generals, read C)
GERMAN_UNITS = {
    "ss", "waffen-ss", "wehrmacht", "gestapo", "luftwaffe", "kriegsmarine", "afrikakorps",
    "abwehr", "reichswehr", "panzerdivision",
}  # fmt: skip
GERMAN_RANKS = {
    "feldkommandant", "gauleiter", "obersturmführer", "sturmbannführer", "standartenführer",
    "hauptsturmführer", "reichsführer", "feldmarschall", "generalfeldmarschall",
}  # fmt: skip


def _german_command(doc: Any, first: int, last: int) -> str | None:
    """A German rank beside the name, or a German unit 'commandée par' or 'menée par' him:
    the unit's own name right before the participle ('la 2e division SS « Das Reich »,'),
    not an enemy named earlier ('attaqués par la Wehrmacht, les maquisards, commandés par')."""
    near = [doc[i].text.casefold() for i in range(max(0, first - 3), min(len(doc), last + 4))]
    if GERMAN_RANKS & set(near):
        return "allemand"
    led = next(
        (
            i
            for i in range(max(1, first - 6), first)
            if doc[i].lower_.startswith(("command", "mené", "dirig", "conduit"))
            and doc[i + 1].lower_ == "par"
        ),
        None,
    )
    if led is None:
        return None
    at = led - 1
    while at >= 0 and (
        doc[at].is_punct or doc[at].text[:1].isupper() or doc[at].lower_ in UNIT_WORDS
    ):
        if doc[at].lower_ in GERMAN_UNITS:
            return "allemand"
        at -= 1
    return None


# the words of a unit's name between its noun and its commander: 'la 2e division SS'
UNIT_WORDS = {"division", "brigade", "régiment", "bataillon", "armée", "corps", "2e", "1re"}


POSTED = {"gouverneur", "commissaire", "consul", "préfet"}  # 'Menou, gouverneur d'Égypte'


def _side_of_country(words: list[str]) -> str | None:
    """'roi de Prusse', 'empereur d'Autriche': a title held for a foreign country."""
    if len(words) != 3 or words[0].casefold() not in ROLE_NOUNS - POSTED:
        return None
    if words[1].casefold() not in ("de", "d'", "d’"):
        return None
    return COUNTRY_SIDES.get(words[2].casefold())
