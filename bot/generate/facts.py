"""Facts worth asking about: dates (by pattern: the French pipelines tag no dates), people,
organisations, places and works (named entities, with fixes for the pipelines' known slips)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from bot.generate.assemblies import assembly_record
from bot.generate.french import is_document
from bot.generate.numbers import ROUGH_COUNT, ROUGHLY, SPELLED_NUMBER, spelled_value
from bot.generate.places import place_record

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTH = "|".join(MONTHS)
FULL_DATE = re.compile(rf"\b(1er|[1-9]|[12]\d|3[01]) ({_MONTH}) (\d{{3,4}})\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b({_MONTH}) (\d{{3,4}})\b", re.IGNORECASE)
DECADE = re.compile(r"\bannées (1\d\d0|20\d0)\b")
DAY_MONTH = re.compile(rf"(?<=\b[Ll]e )(1er|[1-9]|[12]\d|3[01]) ({_MONTH})\b(?! \d)")
# '(1912-1996)' after a name: a life, not the time the story has reached
LIFE_SPAN = re.compile(r"\((?:vers |v\. )?-?\d{1,4}\s*[-–]\s*(?:vers |v\. )?-?\d{1,4}\)")


def life_spans(text: str) -> list[tuple[int, int]]:
    """Where the passage brackets a life: '(1912-1996)', not the years of 'la Terreur
    (1793-1794)', a time of the story."""
    found = []
    for match in LIFE_SPAN.finditer(text):
        years = [int(y) for y in re.findall(r"\d{1,4}", match[0])[:2]]
        if len(years) == 2 and 15 <= years[1] - years[0] <= 110:
            found.append(match.span())
    return found


DAY_RANGE = re.compile(r"\bdu (?:1er|\d{1,2})\s*$")
YEAR = re.compile(r"(?<![\d,.])(?<!\d[,.])\b(1\d{3}|20\d{2})\b(?![\d]|[,.]\d)")
# a year before 1000 only where nothing else reads so: 'En 910,', 'vers 496 et', '(843)';
# '910 hommes' or 'en 300 ans' stay counts
EARLY_YEAR = re.compile(
    r"(?:(?<=\b[Ee]n )|(?<=\b[Vv]ers )|(?<=\bl'an )|(?<=\bl’an )|(?<=\b[Dd]ès )|(?<=\())"
    r"([1-9]\d{2})(?![,.]\d)(?=[,.;:)]|\s+(?:et|puis|à)\b|\s*$)(?!\s+(?:à|et)\s+\d|\s+et\s+plus)",
    re.MULTILINE,
)  # '(843)' only in the title line: '(120)' in the text is a count

# Whose side a person acted on, where it is not France's: a German general is no wrong answer
# for the chief of the Paris resistance, nor French generals for the Viet Minh's. In
# related.yaml a nation is written among the titles ('Hitler (1889-1945 chancelier/allemand)');
# a name there without one counts as France's side (a pope as nobody's; Antiquity's Romans
# and Gauls are not told apart).
NATIONS = {
    "allemand": "allemand", "prussien": "allemand", "bavarois": "allemand",
    "anglais": "anglais", "britannique": "anglais", "écossais": "anglais",
    "espagnol": "espagnol", "autrichien": "autrichien", "russe": "russe",
    "soviétique": "russe", "italien": "italien", "piémontais": "italien",
    "américain": "américain", "vietnamien": "vietnamien", "algérien": "algérien",
    "ottoman": "ottoman", "turc": "ottoman", "suédois": "suédois", "hollandais": "hollandais",
    "néerlandais": "hollandais", "mexicain": "mexicain", "flamand": "flamand",
    "hanovrien": "allemand", "saxon": "allemand", "canadien": "canadien",
    "égyptien": "égyptien", "israélien": "israélien", "polonais": "polonais",
    "belge": "belge", "suisse": "suisse", "portugais": "portugais", "grec": "grec",
    "japonais": "japonais", "chinois": "chinois", "hongrois": "hongrois", "danois": "danois",
    "marocain": "marocain", "tunisien": "tunisien", "sénégalais": "sénégalais",
    "finlandais": "finlandais", "norvégien": "norvégien", "irlandais": "irlandais",
    "gallois": "anglais", "australien": "australien", "argentin": "argentin",
    "brésilien": "brésilien", "roumain": "roumain", "serbe": "serbe", "tchèque": "tchèque",
    "ukrainien": "ukrainien", "bulgare": "bulgare", "croate": "croate", "iranien": "iranien",
    "syrien": "syrien", "libanais": "libanais", "cubain": "cubain", "chilien": "chilien",
    "kényan": "kényan", "éthiopien": "éthiopien", "estonien": "estonien",
}  # fmt: skip


def nation_of(word: str) -> str | None:
    """'allemande', 'Britanniques', 'Prussien': the side, in its one spelling."""
    word = word.casefold()
    for ending, stem in (("nnes", "n"), ("nne", "n"), ("ques", "c"), ("que", "c"), ("es", ""),
                         ("s", ""), ("e", "")):  # fmt: skip
        if word.endswith(ending) and word[: -len(ending)] + stem in NATIONS:
            return NATIONS[word[: -len(ending)] + stem]
    return NATIONS.get(word)


# The pipelines label some countries as organisations; these are always places.
PLACES = {
    "france", "allemagne", "espagne", "italie", "russie", "union soviétique", "urss", "europe",
    "angleterre", "grande-bretagne", "royaume-uni", "autriche", "prusse", "pologne", "chine",
    "japon", "états-unis", "amérique", "afrique", "asie", "belgique", "suisse", "hongrie",
    "portugal", "pays-bas", "turquie", "grèce", "rome", "paris", "londres", "berlin", "moscou",
    "mexique", "inde", "algérie", "égypte", "gaule", "bourgogne", "bretagne", "normandie",
}  # fmt: skip
# Capitalised nouns that head the name of an institution ("la Convention", "la Commune de
# Paris") or of a founding text ("la Déclaration des droits…"), which the pipelines often miss.
ORGANISATION_HEADS = {
    "Convention", "Assemblée", "Comité", "Parti", "Internationale", "Société", "Ligue", "Église",
    "Conseil", "Académie", "Armée", "Commune", "Directoire", "Consulat", "Sénat", "Parlement",
    "Opposition", "Chambre", "Garde", "Front", "Union", "Fédération", "Confédération", "Club",
}  # fmt: skip
WORK_HEADS = {"Déclaration", "Manifeste", "Code", "Charte", "Constitution", "Édit", "Encyclopédie"}
COUNTRY_NAMES = (
    "France", "Allemagne", "Espagne", "Italie", "Russie", "Union soviétique", "URSS",
    "Angleterre", "Grande-Bretagne", "Royaume-Uni", "Autriche", "Prusse", "Pologne", "Chine",
    "Japon", "États-Unis", "Belgique", "Suisse", "Hongrie", "Portugal", "Pays-Bas", "Turquie",
    "Grèce", "Mexique", "Inde", "Algérie", "Égypte", "Suède", "Norvège", "Danemark",
    "Irlande", "Écosse", "Roumanie", "Serbie", "Bulgarie", "Tchécoslovaquie", "Yougoslavie",
    "Maroc", "Tunisie", "Canada", "Brésil", "Argentine", "Perse", "Iran", "Syrie", "Liban",
    "Luxembourg", "Finlande", "Ukraine", "Bavière", "Saxe", "Hollande", "Vietnam", "Corée",
)  # fmt: skip
COUNTRIES = {name.lower() for name in COUNTRY_NAMES}
KNOWN_PLACES = PLACES | COUNTRIES
WORK_CUES = {"œuvre", "oeuvre", "livre", "ouvrage", "roman", "traité", "essai", "pamphlet", "poème"}
TITLES = {"cardinal", "général", "maréchal", "roi", "reine", "président", "amiral", "prince"}
TITLE_WORDS = TITLES | {
    "premier", "première", "consul", "ministre", "empereur", "impératrice", "pape", "dauphin",
    "régent", "régente", "duc", "duchesse", "comte", "comtesse", "chancelier", "connétable",
    "grand", "vizir", "sultan", "tsar", "chef", "lieutenant-général",
}  # fmt: skip
LABELS = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "misc"}
ENTITY_KINDS = ("person", "organisation", "place", "work", "event")
DATE_KINDS = ("date", "month", "decade", "year")
# Counts worth a question: 'huit guerres', '240 000 électeurs', '35 %', 'deux millions'.
NUMBER_WORDS = {
    "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}  # fmt: skip
_SPELLED = "|".join(NUMBER_WORDS)
_SCALE = r"(?:millions?|milliards?)"
NUMBER = re.compile(
    rf"(?<![\w,.\-])(?:"
    rf"(?:un|deux|{_SPELLED})\s+{_SCALE}"  # 'deux millions'
    rf"|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:\s+{_SCALE})?(?:\s*%)?"  # '240 000'
    rf"|\d+(?:,\d+)?(?:\s+{_SCALE}|\s*%)"  # '1,4 million', '35 %'
    rf"|\d+"  # '300 francs', when a noun follows
    rf"|{ROUGH_COUNT}"  # 'une cinquantaine de morts'
    rf"|(?:{SPELLED_NUMBER})"  # 'huit guerres', 'cinquante-quatre templiers', when a noun follows
    rf")(?![\w,]\d|\w|-)",
    re.IGNORECASE,
)
BOUND_BEFORE = re.compile(r"\b(?:plus|moins|au plus|au-delà)\s+(?:de\s+|d['’]\s*)?$")
RELATIVE_DELAY = re.compile(
    r"(?:heures?|jours?|semaines?|mois|ans|années)\s+(?:plus\s+(?:tard|tôt)|après|avant|auparavant)\b"
)
RANGE_AFTER = re.compile(rf"^\s*(?:et|à|-|–)\s+(?:\d|(?:{_SPELLED})\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A fact's answer: its text, kind, and where it stands in the passage."""

    text: str
    kind: str  # one of DATE_KINDS or ENTITY_KINDS
    start: int  # character offsets in the passage
    end: int
    sentence: int  # index of the sentence

    @property
    def year(self) -> int | None:
        return year_in(self.text)


def year_in(text: str) -> int | None:
    """The first three- or four-digit number: the year of '14 juillet 1789', 'années 1930'."""
    found = re.search(r"\d{3,4}", text)
    return int(found[0]) if found else None


# 'le 1er novembre est aujourd'hui jour de fête': every year's, not the story's
EVERY_YEAR = re.compile(
    r"\s+(?:est|reste|demeure)\s+(?:aujourd['’]hui|désormais|chaque année|encore)\b"
)


# a date that looks back: 'la IVe République, née en 1946', 'éloigné du pouvoir depuis
# janvier 1946' date no step of the story (whole words: 'il signe en avril 1598' does)
LOOKING_BACK = re.compile(
    r"(?<![\w-])(?:depuis(?:\s+(?:le|la|l['’]))?|n[ée]e?s?\s+(?:en|le)|fondée?s?\s+(?:en|le)"
    r"|n[ée]e?s?\s+(?:à|au)\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:en|le)"
    r"|créée?s?\s+(?:en|le))\s*$",
    re.IGNORECASE,
)


def names_a_year(text: str, start: int) -> bool:
    """'la Charte de 1814', 'le Salon de 1831': a year in a name, no step of the story (the
    days after 'la Charte de 1814' were dated 1814 in a passage on July 1830); 'à la fin de
    1719' is one."""
    before = text[max(0, start - 24) : start]
    if re.match(r"\d{3,4}\s*(?:à|-|–|et)\s*\d{3,4}", text[start : start + 16]):
        return False  # 'de 1879 à 1896': a span of time, no name
    if PRIZE_BEFORE.search(text[max(0, start - 48) : start]):
        return True  # 'Claude Farrère, prix Goncourt 1905, …' in 1932: the prize's year
    return bool(re.search(r"\bde\s+$", before)) and not TIME_BEFORE_DE.search(before)


PRIZE_BEFORE = re.compile(r"\bprix\s+(?:[\w'’-]+\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]*\s+$")


TIME_BEFORE_DE = re.compile(
    r"\b(?:fin|début|printemps|été|automne|hiver|courant|cours|milieu|mois|année|long|partir"
    r"|autour)\s+de\s+$",
    re.IGNORECASE,
)


BEFORE_CHRIST = re.compile(r"\s*av\.\s*J\.?-C\.?")


def era_year(text: str, mention: Mention) -> int | None:
    """The year of a date, or of a number written before 'av. J.-C.' ('52 av. J.-C.' is -52):
    read as a plain number, a passage on Alésia took its first year from the excavations of
    1861, and offered Napoléon III as Caesar's rival."""
    if mention.kind in DATE_KINDS:
        return mention.year
    if mention.kind == "number" and mention.text.isdigit():
        return -int(mention.text) if BEFORE_CHRIST.match(text, mention.end) else None
    return None


# 'abroge la Pragmatique Sanction, promulguée par Charles VII en 1438', 'conserve Strasbourg,
# annexée en 1681' (the next sentence was set 'En 1681', read C): an act's own date,
# told in passing ('obtient un édit, signé en octobre 1666' is the story's step: see
# `sentence_years`, which skips it only when it goes back)
ACT_ASIDE = re.compile(
    r",\s+(?:(?:promulgu|sign|vot|adopt|rédig|publi|édifi|érig|instaur|institu|ratifi)ée?s?"
    r"|construite?s?|bâtie?s?|conclue?s?|annexée?s?|conquise?s?|acquise?s?|réunie?s?)"
    r"\s+(?:par\s+[^,;]{1,40}?\s+)?(?:en|le)\s*$",
    re.IGNORECASE,
)


def an_act_aside(text: str, start: int) -> bool:
    """The date at `start` is an act's, told in passing after a comma: 'signée en 1438'."""
    return bool(ACT_ASIDE.search(text[max(0, start - 60) : start]))


def looks_back(text: str, start: int) -> bool:
    """The date at `start` is written after 'depuis', 'née en' …: no step of the story."""
    return bool(LOOKING_BACK.search(text[max(0, start - 60) : start]))  # 'né à Cambrai en'


SEASON = re.compile(r"\b(printemps|été|automne|début)\s+(?:de\s+|d['’])?$", re.IGNORECASE)
SEASON_MONTHS = {"début": 0, "printemps": 2, "été": 5, "automne": 8}  # the months it begins


NUMBERED = re.compile(r"\b(?:numéro|n°|no|article|articles|page|p\.|tome|folio|cote)\s*$", re.I)


def date_mentions(text: str, sentence_of: Any) -> list[Mention]:
    """Longest pattern first: '7 avril 1933' is one date, not also a year."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for kind, pattern in (("date", FULL_DATE), ("month", MONTH_YEAR), ("decade", DECADE)):
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                taken.append((match.start(), match.end()))
                found.append(
                    Mention(match[0], kind, match.start(), match.end(), sentence_of(match.start()))
                )
    # '(843)' is a year in the title line only: '(120)' in the text is a count
    early = [
        m
        for m in EARLY_YEAR.finditer(text)
        if text[m.start() - 1] != "(" or "\n" not in text[: m.start()]
    ]
    for match in sorted([*YEAR.finditer(text), *early], key=lambda m: m.start()):
        if NUMBERED.search(text[max(0, match.start() - 12) : match.start()]):
            continue  # 'sous le numéro 1668 du tome XIII': a number, no year
        if free(match.start(), match.end()):
            taken.append((match.start(), match.end()))
            found.append(
                Mention(match[0], "year", match.start(), match.end(), sentence_of(match.start()))
            )
    # 'Le 3 mai, la police évacue la Sorbonne': a day the passage dated by an earlier year;
    # asked with that year ('3 mai 1968'), the blank covering what the passage wrote. Read
    # in order: the chronology holds while no other year is named and the months go forward
    # (after '28 novembre 1870', or after 'le 5 octobre', a 'le 21 juin' is of another year).
    months = _MONTH.split("|")
    days = [
        match
        for match in DAY_MONTH.finditer(text)
        if free(match.start(), match.end())
        and not DAY_RANGE.search(text[max(0, match.start() - 12) : match.start()])
        and not re.match(r"\s*(?:au|-|–|et \d)", text[match.end() :])  # 'le 3 et 4 mai'
        and not EVERY_YEAR.match(text, match.end())
    ]
    events: list[tuple[int, Mention | re.Match[str]]] = [(m.start, m) for m in found]
    events += [(match.start(), match) for match in days]
    year: int | None = None
    month = -1
    lives = life_spans(text)
    for _, event in sorted(events, key=lambda pair: pair[0]):
        if isinstance(event, Mention) and any(a <= event.start < b for a, b in lives):
            continue  # '(1852-1931)' beside a name: a life, the story's year goes on
        if isinstance(event, Mention):
            if looks_back(text, event.start):
                continue  # 'éloigné du pouvoir depuis janvier 1946': the story stays in 1958
            if event.kind == "year" and names_a_year(text, event.start):
                continue  # 'la Charte de 1814' in July 1830: the story stays in 1830
            season = SEASON.search(text[max(0, event.start - 16) : event.start])
            if event.kind in ("date", "month") and event.year is not None:
                year, month = event.year, months.index(event.text.split()[-2].casefold())
            elif event.kind == "year" and season is not None and event.year is not None:
                # 'Au printemps 1958, …. Le 13 mai, …': the days that follow are of 1958
                year, month = event.year, SEASON_MONTHS[season[1].casefold()]
            elif event.year != year:
                year = None  # another year named: the days that follow are not dated by it
            continue
        day_month = months.index(event[2].casefold())
        if year is None or day_month < month:
            year = None
            continue
        if re.match(r"\s+(?:devient|est|reste|demeure)\b", text[event.end() :]) and (
            re.search(r"(?:^|[.!?]\s+)(?:[Ll]e\s+)?$", text[: event.start()])
        ):
            # 'Le 11 novembre devient jour férié national par une loi de 1922': the day is
            # the subject, every year's, not a day of the story (asked '11 novembre 1919')
            continue
        month = day_month
        taken.append((event.start(), event.end()))
        found.append(
            Mention(f"{event[0]} {year}", "date", event.start(), event.end(),
                    sentence_of(event.start()))
        )  # fmt: skip
    return sorted(found, key=lambda m: m.start)


REPUBLICAN_MONTHS = {
    "vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse", "ventôse", "germinal",
    "floréal", "prairial", "messidor", "thermidor", "fructidor",
}  # fmt: skip
DAY_FOLLOWERS = {*MONTHS, *REPUBLICAN_MONTHS, "e", "er", "ème"}
DISTANCES = {"kilomètres", "km", "mètres", "lieues", "milles", "kilomètre", "mètre", "lieue"}
ROUGH_TIME = re.compile(
    r"\s+(?:de|d['’])\s*(?:secondes|minutes|heures|jours|semaines|mois|ans|années|siècles"
    r"|kilomètres|mètres|lieues)\b"
)
DISTANCE_FROM = re.compile(
    r"(?:\bà|\bdistante?s?\s+de|\bdistance\s+de)\s+"
    r"(?:(?:environ|quelque|seulement|près\s+de|plus\s+de|moins\s+de)\s+)?$"
)
# what follows the unit of a distance between two places: 'dix kilomètres en aval de
# Québec', '16 kilomètres au sud de Milan', 'quarante kilomètres de Paris'
DISTANCE_TO = re.compile(
    r"\s*(?:(?:au|en)\s+(?:nord|sud|est|ouest|aval|amont)\b|(?:de|d['’]|du)\s*[A-ZÀ-ÖØ-Þ])"
)


def number_mentions(doc: Any, sentence_of: Any, dates: list[Mention]) -> list[Mention]:
    """A count of something: a number with its noun after it ('huit guerres', '240 000
    électeurs'), or a percentage or a 'million'. Never a day, a year, one end of a range
    ('entre 150 000 et 200 000': a blank there has two right answers) or 'deux' alone."""
    text = doc.text
    found = []
    for match in NUMBER.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in dates):
            continue
        words = match[0].casefold()
        bare = not re.search(rf"%|{_SCALE}", words)
        if bare and re.fullmatch(r"1\d{3}|20\d{2}|[0-2]", words):
            continue  # a year, or too small a count to ask about ('1 099 morts' is a count)
        rough = words.split()[-1] in ROUGHLY
        if rough and ROUGH_TIME.match(text, end):
            continue  # 'une dizaine de jours', 'une vingtaine d'années': how long, roughly
        preceding = text[:start].rstrip()
        if (
            match[0][:1].isupper()
            and match[0][:1].isalpha()
            and preceding[-1:] not in ("", ".", "!", "?", ":", "»")
            and "\n" not in text[len(preceding) : start]
        ):
            continue  # 'le Conseil des Cinq-Cents', 'les Cent Jours': a name, not a count
        if bare and words[:1].isalpha() and not rough and (spelled_value(words) or 0) < 3:
            continue  # 'un roi', 'une ville', 'deux': an article, or too small a count
        before = text[max(0, start - 24) : start].casefold()
        if BOUND_BEFORE.search(before):
            continue  # 'moins de 0,5 %': 'moins de 0,4 %' may be as true, any choice may be
        if re.search(r"(?:\bentre|\bde|\bdu)\s+(?:\S+\s+){0,2}$", before) and RANGE_AFTER.match(
            text[end:]
        ):
            continue
        if re.search(r"\bentre\s+\S+(?:\s\d{3})*\s+et\s+$", before):
            continue
        if bare and not rough:
            following = token_from(doc, end)
            if following is None or following.pos_ not in ("NOUN", "ADJ") or not following.is_lower:
                continue  # 'en 1793', 'le 3 mai', 'article 16 de': not a count
            if following.text.casefold() in DAY_FOLLOWERS:
                continue  # '16 pluviôse an II' is a day
            if following.text.casefold() in DISTANCES and (
                DISTANCE_FROM.search(before)
                or DISTANCE_TO.match(text, following.idx + len(following.text))
            ):
                # 'à environ 16 kilomètres de Milan': graded trivia; not what a wall or a
                # tower measures ('une enceinte de 5 kilomètres', 'mesure 300 mètres')
                continue
            if RELATIVE_DELAY.match(text[following.idx :]):
                continue  # 'Dix jours plus tard': a delay between two facts, not a fact
        token = token_from(doc, start)
        if token is not None and token.i > 0 and doc[token.i - 1].text in ("n°", "°"):
            continue
        if re.search(rf"\b(?:{'|'.join(NUMBER_WORDS)}|cent|mille)\s+$", before):
            continue  # 'quelque cent vingt commissaires': 'vingt' is half the number
        if re.match(r"\s+(?:cents?|mille)\b", text[end:], re.IGNORECASE):
            continue  # 'quelque trois cents prêtres': 'trois' is the first half
        found.append(Mention(match[0], "number", start, end, sentence_of(start)))
    return found


def token_from(doc: Any, offset: int) -> Any | None:
    """The first word at or after a character offset of the text."""
    return next((t for t in doc if t.idx >= offset and not t.is_space), None)


def _a_people(doc: Any, start: int, text: str) -> bool:
    """A plural name after 'les', 'des' or 'aux' that the places list does not know: a people
    ('les Arvernes'), where 'les Cévennes' and 'les Pays-Bas' are places."""
    before = {doc[start].text.casefold()} | ({doc[start - 1].text.casefold()} if start else set())
    return (
        bool(before & {"les", "des", "aux"})
        and text[-1:] in ("s", "x")
        and " " not in text
        and place_record(text) is None
    )


# 'le Premier ministre Winston Churchill', read whole as a thing ('MISC'): a man after his post
OFFICE_BEFORE_NAME = re.compile(r"Premi(?:er|ère) (?:ministre|consul)\s+(?=[A-ZÀ-ÖØ-Þ])")


def _dash_of_an_aside(token: Any) -> bool:
    """'—', '–', or a hyphen with a space on each side ('Urbain II - Eudes de Châtillon'),
    unlike the one inside 'Palais-Bourbon'."""
    if token.text in ("—", "–"):
        return True
    return token.text == "-" and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)


def entity_mentions(doc: Any, sentence_of: Any) -> list[Mention]:
    mentions: list[Mention] = []
    read_as_town: set[str] = set()  # the model's people that the places list knows as towns
    titled: set[str] = set()  # names read after a title: 'le maréchal de Villars'
    peoples: set[str] = set()  # and wherever else the passage names them: '— Éduens, Arvernes'
    ranked_names: set[str] = set()  # read after a rank: 'le général Pau'
    for ent in doc.ents:
        kind = LABELS.get(ent.label_)
        if kind is None:
            continue
        start, end = _widen(doc, ent.start, ent.end, kind)
        # 'le pape Urbain II — Eudes de Châtillon, …': a dash opens an aside, no name spans it
        end = next((t.i for t in doc[start + 1 : end] if _dash_of_an_aside(t)), end)
        if (kind != "person" or end - start == 1) and (
            _nation_before_a_name(doc, start)
            and (place_record(doc[start].text) is None or doc[start - 1].text.casefold() == "le")
        ):
            continue  # 'le Finlandais', 'le Suisse', read as a place: a man ('la Suisse' stays)
        if kind in ("organisation", "place"):
            first = start
            while (
                first > start - 3
                and doc[first - 1].pos_ == "PROPN"
                and not _nation_before_a_name(doc, first - 1)
            ):
                first -= 1
            if first < start and _nation_before_a_name(doc, first - 1):
                # 'le Finlandais Paavo Nurmi', read as a body; not 'l'Américain Boeing'
                kind, start = "person", first
        span = doc[start:end]
        text = span.text.strip(" ,.;:\n\t–—")  # 'Charles – que l'on nommera …'
        if not text or re.fullmatch(r"[\d\s]+", text):
            continue
        named = _without_rank(text, doc.text) if kind == "person" else text
        ranked, text = named != text, named  # 'le général Pau' is no town
        if ranked:
            ranked_names.add(text)
        if kind in ("place", "organisation"):
            text = re.sub(r"^(?:de |du |des |d['’])", "", text)  # 'de la Meuse': 'la Meuse'
        if not ranked and (
            text.lower() in PLACES or text.lower().removeprefix("la ").removeprefix("l'") in PLACES
        ):
            kind = "place"
        if kind == "person" and re.match(r"Sainte?-[A-ZÀ-ÖØ-Þ][\w-]* d(?:e |['’])", text):
            continue  # 'Saint-Martin de Tours', 'Saint-Denis': an abbey or a town, no one
        if kind == "person" and start > 0 and doc[start - 1].text in ("«", "“", '"'):
            continue  # 'le surnom de « Pucelle d'Orléans »': a nickname, offered as a person
        if (
            kind == "person"
            and " " not in text
            and place_record(text) is not None
            and not _titled_name(doc, start)
            and not ranked
        ):
            kind = "place"  # 'une jeune paysanne de Domrémy'; not 'le duc d'Orléans'
            read_as_town.add(text)
        if kind == "place" and OFFICE_OF_A_LAND.match(text):
            continue  # 'roi de France', 'roi des Français': a title the model took for a land
        if kind == "place" and _titled_name(doc, start):
            titled.add(text.casefold())
            continue  # 'l'amiral de Grasse': a man, not the town
        if kind == "place" and _opening_participle(doc, start, end):
            continue  # 'Monté sur le trône en 1824, …': a verb the model took for a town
        if kind == "place" and place_record(text) is None and _after_a_person(doc, start):
            continue  # 'les réformes de Turgot puis de Calonne': a man beside a man
        if kind == "place" and _a_people(doc, start, text):
            peoples.add(text)  # 'les Éduens', 'des Belges': the model took a people for a place
            continue
        if kind == "place" and (
            not any(t.pos_ == "PROPN" for t in span) or "Plur" in span.root.morph.get("Number")
        ):
            continue  # "les Parisiens", "la République": people or ideas, not places
        office = OFFICE_BEFORE_NAME.match(text)
        if office is not None and kind in ("misc", "organisation"):
            kind, text = "person", text[office.end() :]  # the model read the post with him
        if kind == "misc":
            kind = "work" if _looks_like_work(doc, start) else "misc"
        if kind == "misc":
            continue
        text = _strip_article(text) if kind in ("place", "organisation") else text
        if kind == "organisation" and (not text[:1].isupper() or "République" in text):
            continue  # 'ministre de l'Intérieur' is an office, 'la Ve République' a regime
        if kind == "organisation" and is_document(text):
            kind = "work"  # 'la Constitution de 1848' is a text, not a body
        if kind == "work" and is_document(text) and len(_strip_article(text).split()) == 1:
            continue  # 'réviser la Constitution': which one, the passage said before
        offset = span.start_char + span.text.index(text)
        if kind == "organisation" and assembly_record(text) is not None:
            offset, text = _with_its_article(doc, offset, _assembly_in_full(doc.text, offset, text))
        mentions.append(Mention(text, kind, offset, offset + len(text), sentence_of(offset)))
    people = titled | {
        m.text.split()[-1].casefold()
        for m in mentions
        if m.kind == "person"
        and len(m.text.split()) > 1
        # 'Henri de Navarre' is named after a land; 'le maréchal de Villars' is the man
        and (m.text.split()[-2] not in ("de", "d'") or m.text.split()[0].casefold() in NOBLE_TITLES)
    }
    # 'Louis II de Bourbon, duc d'Enghien' … 'Enghien accourut': the title named the man
    people |= {name.casefold() for name in TITLED.findall(doc.text)}
    # 'le comte de Toulouse', 'le duc d'Orléans': the towns stay towns
    people = {name for name in people if name not in KNOWN_PLACES and place_record(name) is None}
    starts = {t.idx: t for t in doc}
    mentions = [_without_glued_word(starts.get(m.start), m) for m in mentions]
    # 'Clermont est tué' after 'Jean de Clermont': the man, not the town (which would follow
    # a preposition: 'à Clermont')
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text}
    mentions = [
        replace(m, kind="person")
        if m.kind == "place"
        and m.text in surnames
        and (m.text in read_as_town or _bare_subject(starts.get(m.start)))
        else m
        for m in mentions
    ]
    mentions = [m for m in mentions if not _common_noun_person(m)]
    # 'Villars feint d'attaquer' after 'le maréchal de Villars': the man, not a town; where
    # it is no subject, it may be neither, and is left out
    titled_subjects = {
        m.start
        for m in mentions
        if m.kind == "place"
        and (m.text.casefold() in people or m.text in ranked_names)
        and _bare_subject(starts.get(m.start))
    }
    mentions = [
        replace(m, kind="person") if m.start in titled_subjects else m
        for m in mentions
        if m.kind != "place" or m.text.casefold() not in people or m.start in titled_subjects
    ]
    mentions = [m for m in mentions if m.kind != "place" or m.text not in peoples]
    # 'Ferrand est enfermé au Louvre' after 'Ferrand de Portugal': the count, no town
    forenames = {
        m.text.split(" d")[0]
        for m in mentions
        if m.kind == "person" and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][\w-]+ d(?:e |['’])\S.*", m.text)
    }
    mentions = [
        replace(m, kind="person")
        if m.kind == "place" and m.text in forenames and place_record(m.text) is None
        else m
        for m in mentions
    ]
    mentions += _headed_names(doc, sentence_of, mentions)
    mentions += _bare_surnames(doc, sentence_of, mentions)
    mentions += _quoted_works(doc.text, sentence_of)
    named_people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
    events = [  # 'le sacre de Charles VII', 'la victoire de Bonaparte': a man's, not an event
        m
        for m in _named_events(doc.text, sentence_of)
        if not any(m.start <= start and end <= m.end for start, end in named_people)
    ]
    acts = _named_acts(doc.text, sentence_of) + events
    mentions = [m for m in mentions if not any(_inside(m, act) for act in acts)] + acts
    unique: dict[tuple[int, int], Mention] = {}
    for mention in mentions:
        unique.setdefault((mention.start, mention.end), mention)
    # 'le « Paris des Antilles »': a nickname's name is no place or person to ask or offer
    return sorted(
        (
            m
            for m in unique.values()
            if m.kind not in ("place", "person") or not _nickname(m, doc.text)
        ),
        key=lambda m: m.start,
    )


def _nickname(mention: Mention, text: str) -> bool:
    """Inside a short quotation ('« Paris des Antilles »', '« Monsieur le Grand »')."""
    opened = text.rfind("«", 0, mention.start)
    if opened < 0 or text.rfind("»", 0, mention.start) > opened:
        return False
    closed = text.find("»", mention.end)
    return closed >= 0 and len(text[opened + 1 : closed].split()) <= 5


OFFICE_OF_A_LAND = re.compile(
    rf"(?:{'|'.join(sorted(TITLE_WORDS - {'grand', 'premier', 'première', 'chef'}))})"
    r"\s+(?:de|des|du|d['’])\b",
    re.IGNORECASE,
)  # not 'le Grand Trianon'
NOBLE_TITLES = TITLES | {
    "comte", "comtesse", "marquis", "marquise", "duc", "duchesse", "baron", "vicomte",
    "chevalier", "sieur", "connétable", "colonel", "capitaine", "commandant", "princesse",
}  # fmt: skip


TITLED = re.compile(
    rf"\b(?:{'|'.join(sorted(NOBLE_TITLES))})\s+(?:de\s+|d['’])((?-i:[A-ZÉ])[\w-]+)",
    re.IGNORECASE,
)


def _titled_name(doc: Any, start: int) -> bool:
    return (
        start >= 2
        and doc[start - 1].text.casefold() in ("de", "d'", "d’")
        and doc[start - 2].text.casefold() in NOBLE_TITLES
    )


def _after_a_person(doc: Any, start: int) -> bool:
    """The name follows a person's name and 'et', 'ou', 'puis' (with their 'de')."""
    at = start - 1
    if at >= 0 and doc[at].text.casefold() in ("de", "d'", "d’"):
        at -= 1
    return (
        at >= 1
        and doc[at].text.casefold() in ("et", "ou", "puis")
        and doc[at - 1].ent_type_ == "PER"
    )


def _opening_participle(doc: Any, start: int, end: int) -> bool:
    token = doc[start]
    opening = token.i == token.sent.start or (
        token.i >= 2
        and doc[token.i - 1].text in ("»", '"')
        and doc[token.i - 2].text in (".", "!", "?", "…")
    )  # '… changera. » Rétablis, les parlements …': the quotation ended the sentence
    return (
        end - start == 1
        and opening
        and token.text.casefold() not in PLACES
        and place_record(token.text) is None  # 'Calais', 'Tunis', 'Senlis' stay
        and doc.text.count(token.text) == 1  # 'Cyparis, lui, …' after 'Louis-Auguste Cyparis'
        and bool(re.search(r"(?:é|ée|és|ées|is|ies|us|ues|its|ites)$", token.text))
        and end < len(doc)
        and (doc[end].pos_ == "ADP" or doc[end].text == ",")  # 'Débordées, les troupes …'
    )


NAME_PARTICLES = {
    "de", "d'", "d’", "du", "des", "la", "le", "von", "van", "der", "den", "y", "dit", "dite",
    "di", "da", "del", "el", "ben", "ibn", "al", "sans", "au", "aux", "en",
}  # fmt: skip


# what a title's complement follows: 'l'empereur d'Orient Anastase', 'le garde des Sceaux
# Lamoignon'
COMPLEMENTED_TITLES = TITLE_WORDS | {"garde", "empereur", "roi", "reine", "comte", "duc"}


# words that begin a surname, not a title's complement
NAME_STARTS = {"Mac", "La", "Le", "Du", "Des", "De", "Van", "Von", "Saint", "Sainte", "Mc"}


def _bare_subject(token: Any) -> bool:
    """A name with no preposition nor article before it, the subject of a verb."""
    if token is None:
        return False
    before = token.doc[token.i - 1].text.casefold() if token.i > 0 else ""
    return before not in PLACE_WORDS_BEFORE and token.dep_.startswith("nsubj")


PLACE_WORDS_BEFORE = {
    "à", "au", "aux", "de", "d'", "d’", "du", "des", "en", "la", "le", "l'", "l’", "les", "vers",
    "sur", "dans", "près", "par", "pour", "depuis", "jusqu'à", "entre", "devant",
}  # fmt: skip


def _without_glued_word(first: Any, mention: Mention) -> Mention:
    """The model reads a title's complement or the town before a name into the name: 'écrase
    à Soissons Syagrius', 'l'empereur d'Orient Anastase', 'le garde des Sceaux Lamoignon'.
    Readers found 'Soissons Syagrius' offered as a person absurd; the man is 'Syagrius'."""
    words = mention.text.split()
    if mention.kind != "person" or len(words) < 2 or not words[1][:1].isupper():
        return mention
    if first is None or first.i < 2:
        return mention
    doc = first.doc
    before, title = doc[first.i - 1].text.casefold(), doc[first.i - 2].text.casefold()
    if words[0] in NAME_STARTS:
        return mention  # 'le maréchal de Mac Mahon', 'le général de La Fayette'
    glued = (before in ("de", "d'", "d’", "des", "du") and title in COMPLEMENTED_TITLES) or (
        # 'à Soissons Syagrius', 'le prévôt des marchands de Paris Étienne Marcel',
        # 'l'évêque de Laon Robert Le Coq'
        before in ("à", "au", "de", "d'", "d’", "du") and place_record(words[0]) is not None
    )
    if not glued:
        return mention
    cut = len(words[0]) + 1
    return Mention(
        mention.text[cut:], mention.kind, mention.start + cut, mention.end, mention.sentence
    )


def _without_rank(text: str, passage: str) -> str:
    """'maréchal Foch', 'général de Gaulle': the model read the rank into the name, and a
    rank is no name, so the mention was lost with it. After 'de', the name is the one the
    passage writes bare ('Villars feint'), or keeps its particle when it is one syllable ('de
    Gaulle'); a land after the rank ('maréchal de France') names no one, and a noble title
    ('duc de Guise') is how a man is called: only the lists tell
    who (`questions._titled_people`)."""
    found = RANK_BEFORE_NAME.match(text)
    if found is None:
        return text
    name = text[found.end() :]
    particle = re.match(r"(?:de |d['’])(?=[A-ZÀ-ÖØ-Þ])", name)
    if particle is None:
        return name if name[:1].isupper() else text
    if found[0].split()[-1] not in MILITARY_RANKS:
        return text  # 'cardinal de Guise', 'abbé de Saint-Denis': a house or a see
    bare = name[particle.end() :]
    if _a_land(bare):
        return text  # 'maréchal de France', 'général de Paris'
    if len(re.findall(r"[aeiouyàâéèêëîïôûü]+", bare.casefold().removesuffix("e"))) == 1:
        return name  # one syllable keeps its particle: 'de Gaulle', 'de Retz'
    said_bare = re.search(rf"(?<![Dd]e )(?<![Dd]['’])(?<![\w-]){re.escape(bare)}(?![\w-])", passage)
    return bare if said_bare else text  # 'de Villars' is no name; 'de Bourbon' a house


# ranks written before a surname; noble titles ('duc de Guise') are how a man is called
RANK_BEFORE_NAME = re.compile(
    r"^(?:(?:le|la|du|au) )?(?:maréchal|général|amiral|cardinal|colonel|capitaine|commandant"
    r"|lieutenant|abbé|impératrice|empereur|docteur|chanoine|pasteur) (?=\S)"
)
MILITARY_RANKS = {
    "maréchal", "général", "amiral", "colonel", "capitaine", "commandant", "lieutenant"
}  # fmt: skip
# lands a rank is 'of' besides the countries: 'maréchal de Bretagne', 'connétable de Navarre'
TITLE_LANDS = COUNTRIES | {"navarre", "bretagne", "normandie", "bourgogne", "champagne", "empire"}


def _a_land(name: str) -> bool:
    """'France' of 'maréchal de France', 'Metz' of the model's 'de Metz': no surname."""
    return place_record(name) is not None or name.casefold() in TITLE_LANDS


def _common_noun_person(mention: Mention) -> bool:
    """'le roi', 'Le roi de France', 'Cardinal': a title, not a name to ask about; 'La Libre
    Parole': a name with an article is a newspaper or a group, not a person."""
    if mention.kind != "person":
        return False
    words = mention.text.split()
    if words[0] in ("La", "Le", "Les", "L'") or mention.text.casefold() in TITLES:
        return True
    particle = re.match(r"(?:de |d['’])(?=[A-ZÀ-ÖØ-Þ])", mention.text)
    if particle is not None:
        # 'de Gaulle', 'd'Alembert': a surname with its particle; not the model's 'de Metz'
        return _a_land(mention.text[particle.end() :])
    if re.match(r"(?:L['’]|Vive\s)", mention.text):
        return True  # 'L'Empereur', 'Vive l'Empereur': offered beside 'Napoléon Ier', his title
    if all(word.casefold() in TITLE_WORDS for word in words):
        return True  # 'Premier consul', 'Grand Dauphin': an office, held by a name elsewhere
    first = (
        words[1] if words[0].lower() in ("le", "la", "les", "l'") and len(words) > 1 else words[0]
    )
    if any(w.islower() and w not in NAME_PARTICLES for w in words[1:]):
        return True  # 'Clovis épouse Clotilde': a verb the model read into a name
    return not first[:1].isupper()


# a surname's particle that belongs to it when it stands alone: 'Le Verrier', 'La Salle'
CAPITAL_PARTICLE = re.compile(r"(?:^|\s)((?:Le|La|Du|Des)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)$")


def _surname(name: str) -> str:
    """'Michael von Melas' -> 'Melas', 'Urbain Le Verrier' -> 'Le Verrier', 'Pierre Savorgnan
    de Brazza' -> 'Brazza'; '' for a name that has no surname to stand alone ('Louis XIV')."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or re.fullmatch(r"[IVXL]+|Ier|Ire", words[-1]):
        return ""
    particle = CAPITAL_PARTICLE.search(name)
    return particle.group(1) if particle else words[-1]


# what makes a surname something else: 'le cardinal de Lorraine', 'les Goncourt' (a family),
# 'le Goncourt' (a prize), 'Madame Dreyfus' (his wife)
NOT_BEFORE_A_SURNAME = {
    "de", "d'", "d’", "du", "des", "«", "“", "le", "la", "les", "l'", "l’", "un", "une",
    "madame", "monsieur", "mme", "mlle", "m.", "mademoiselle", "veuve",
}  # fmt: skip


def _bare_surnames(doc: Any, sentence_of: Any, known: list[Mention]) -> list[Mention]:
    """'Au matin, Melas franchit la Bormida' after 'Michael von Melas': the model tagged the
    full name and not the surname alone, so the man who acts in the sentence was no one to
    ask about. A surname the passage gave one person in full is that person wherever it
    stands alone as a name (not 'la maison de Bourbon', 'la terre Charcot', 'à Bretagne')."""
    full: dict[str, set[str]] = {}
    first_names = {m.text.split()[0] for m in known if m.kind == "person"}
    for mention in known:
        surname = _surname(mention.text) if mention.kind == "person" else ""
        if len(surname) > 3 and surname not in first_names:
            full.setdefault(surname, set()).add(mention.text)
    # the model's 'Melas' alone was a MISC, which no mention keeps: free for the man
    covered = [(m.start, m.end) for m in known] + [
        (e.start_char, e.end_char) for e in doc.ents if e.label_ != "MISC"
    ]
    found = []
    for surname, names in full.items():
        if len(names) > 1 or surname.casefold() in KNOWN_PLACES or place_record(surname):
            continue  # 'Dreyfus' of Alfred or of Mathieu; 'Bretagne' of Anne, or the land
        named_at = min(m.start for m in known if m.text in names)
        pattern = rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])"
        for at in re.finditer(pattern, doc.text):
            start, end = at.start(), at.end()
            if start < named_at or any(a <= start < b or a < end <= b for a, b in covered):
                continue
            token = token_from(doc, start)
            before = doc[token.i - 1] if token is not None and token.i > 0 else None
            if token is None or before is None:
                continue
            if before.lower_ in NOT_BEFORE_A_SURNAME or (before.pos_ == "NOUN" and before.is_lower):
                continue  # 'le cardinal de Lorraine', 'les bombes Orsini': another thing
            if before.text[:1].isupper() and not before.is_sent_start:
                continue  # 'l'Académie Goncourt', 'le Plan Schuman', 'Jean Dreyfus': a name
            if re.match(r"\s*\d", doc.text[end:]):
                continue  # 'Juin 1940' at a sentence's start is the month
            found.append(Mention(surname, "person", start, end, sentence_of(start)))
    return found


def _headed_names(doc: Any, sentence_of: Any, known: list[Mention]) -> list[Mention]:
    found = []
    covered = [(m.start, m.end) for m in known]
    for token in doc:
        kind = (
            "organisation"
            if token.text in ORGANISATION_HEADS
            else "work"
            if token.text in WORK_HEADS
            else None
        )
        if kind is None or token.i == token.sent.start:  # a sentence's first capital proves nothing
            continue
        if any(start <= token.idx < end for start, end in covered):
            continue
        end = int(token.right_edge.i) + 1 if kind == "work" else _name_end(doc, token)
        # 'la Constitution de l'an III, votée en 1795, confie …': the name ends at the aside
        end = next((t.i for t in doc[token.i : end] if t.text in ",;:(—–"), end)
        if kind == "work" and end == token.i + 1:
            continue  # 'réviser la Constitution': which one, the passage said before
        span = doc[token.i : end]
        text = span.text.strip(" ,.;:")
        if len(text) > 80:
            continue
        found.append(
            Mention(
                text,
                kind,
                span.start_char,
                span.start_char + len(text),
                sentence_of(span.start_char),
            )
        )
        covered.append((span.start_char, span.start_char + len(text)))
    return found


def _name_end(doc: Any, head: Any) -> int:
    """'Commune de Paris', 'Assemblée nationale': adjectives and 'de' + a proper noun."""
    end = int(head.i) + 1
    while end < len(doc):
        token = doc[end]
        if token.pos_ == "ADJ" and token.text.islower() and token.head.i == head.i:
            end += 1
        elif (
            token.text in ("de", "des", "du")
            and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper()
        ):
            end += 2
        else:
            break
    return end


def _widen(doc: Any, start: int, end: int, kind: str) -> tuple[int, int]:
    """The pipelines cut names and titles short: 'Louis' XIV, 'La révolution' trahie."""
    if kind == "person":
        while end < len(doc) and (
            doc[end].pos_ == "PROPN" or re.fullmatch(r"[IVXL]+", doc[end].text)
        ):
            end += 1
        if (
            end + 1 < len(doc)
            and doc[end].text in ("de", "d'", "d’")
            and doc[end + 1].pos_ in ("PROPN", "NOUN")
            and doc[end + 1].text[:1].isupper()
            and doc[end + 1].ent_iob_ == "B"
            and (end + 2 == len(doc) or doc[end + 2].ent_iob_ != "I")
            and place_record(doc[end + 1].text) is None
        ):
            end += 2  # 'Pierre Savorgnan de Brazza', read as a man and a place
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].text.casefold() not in COUNTRIES  # 'consul de Suède Nordling'
            and not _nation_before_a_name(doc, start - 1)
            and not _ends_a_title(doc, start - 1)
        ):
            start -= 1
        while end - start > 1 and doc[end - 1].text.isalpha() and doc[end - 1].text.islower():
            end -= 1  # 'Henri Christophe incendie Le Cap': the verb read into the name
        if (
            _ends_a_title(doc, start)
            and end - start > 2
            and doc[start + 1].text[:1].isupper()  # not 'la Marquise de Pompadour'
        ):
            start += 1  # the model's own 'Échiquier David Lloyd George'
        if _nation_before_a_name(doc, start) and end - start > 1:
            start += 1  # the model's own 'Finlandais Paavo Nurmi'
    if kind == "misc":
        while end < len(doc) and doc[end].pos_ in ("ADJ", "VERB") and doc[end].text.islower():
            if doc[end].dep_ not in ("amod", "acl", "nmod", "flat:name"):
                break
            end += 1
    return start, end


# peoples that are no side in the lists (France's own, Antiquity's): still no part of a name
PEOPLES = re.compile(r"(?:Français|Française|Romain|Romaine|Gaulois|Gauloise)\Z")


def _nation_before_a_name(doc: Any, at: int) -> bool:
    """'le Finlandais Paavo Nurmi', 'l'Américaine Gertrude Ederle': the person's nation, not
    a part of the name (it was offered as 'Finlandais Paavo Nurmi', read C)."""
    word = doc[at].text if at >= 1 else ""
    if not word[:1].isupper() or (nation_of(word) is None and not PEOPLES.match(word)):
        return False
    article = at - 1
    if article >= 1 and doc[article].pos_ == "ADJ" and doc[article].text.islower():
        article -= 1  # 'la jeune Américaine Helen Wills'
    return doc[article].text.casefold() in ("le", "la", "l'", "l’", "un", "une")


def _ends_a_title(doc: Any, at: int) -> bool:
    """'le chancelier de l'Échiquier David Lloyd George': the office's last word."""
    return (
        at >= 2
        and doc[at - 1].text.casefold() in ("l'", "l’", "la", "le")
        and doc[at - 2].text.casefold() in ("de", "du", "des")
    )


def _looks_like_work(doc: Any, start: int) -> bool:
    window = {t.text.lower() for t in doc[max(0, start - 4) : start]}
    return bool(window & WORK_CUES) or (start > 0 and doc[start - 1].text == "«")


# 'l'édit de Nantes', 'la paix de Vervins', 'l'édit de grâce d'Alès', 'la loi des suspects',
# 'la loi Falloux': acts written in lower case, which the model does not take for names.
CAPITALISED = r"[A-ZÉÈÀÂÎÔ][\w’'-]*"
OF = r"(?:de |d['’]|des |du )"
NAMED_TAIL = rf"(?:la |l['’])?{CAPITALISED}(?: {OF}?{CAPITALISED})*"  # 'de la Tafna'
NAMED_ACT = re.compile(
    r"(?<![\w’'])(?:[Ll]['’]|[Ll]a |[Ll]e |[Ll]es )"
    r"(?:édit|traité|paix|loi|loi-cadre|ordonnance|concordat|pacte|accords?|capitulation|bulle"
    r"|statut|convention|armistice|trêve)"
    r"(?: de grâce)?"
    rf"(?: {OF}?{NAMED_TAIL}| des [a-zé]{{4,}})"
)


# 'la bataille de la Moskova', 'la conjuration d'Amboise', 'les enfumades du Dahra', 'la
# journée des Dupes', 'la Saint-Barthélemy': events named by a common noun and a proper one.
# The nouns that name an event, by family: a wrong answer is of the answer's family (a war
# for a war, a battle for a battle, never a congress for a battle).
EVENT_FAMILIES = {
    **dict.fromkeys(("guerre", "campagne", "expédition", "croisade", "conquête"), "war"),
    **dict.fromkeys(
        ("révolte", "insurrection", "émeute", "révolution", "journée", "putsch"), "rising"
    ),
    **dict.fromkeys(
        ("bataille", "siège", "prise", "victoire", "défaite", "sac", "bombardement",
         "délivrance", "débâcle", "retraite"), "battle",
    ),
    **dict.fromkeys(("colloque", "entrevue", "conférence", "congrès", "sacre", "camp"), "meeting"),
    **dict.fromkeys(
        ("massacre", "enfumades", "fusillade", "conjuration", "surprise", "saint-barthélemy"),
        "violence",
    ),
    **dict.fromkeys(("crise", "affaire"), "crisis"),
}  # fmt: skip
EVENT_HEADS = tuple(noun for noun in EVENT_FAMILIES if noun != "saint-barthélemy")
NAMED_EVENT = re.compile(
    r"(?<![\w’'])(?:[Ll]['’]|[Ll]a |[Ll]e |[Ll]es )"
    rf"(?:{'|'.join(EVENT_HEADS)}) {OF}{NAMED_TAIL}"
    r"|(?<![\w’'])[Ll]a Saint-Barthélemy\b"
)


def _named_events(text: str, sentence_of: Any) -> list[Mention]:
    """With their article, as acts: the choices are other events of the period."""
    return [
        Mention(match[0], "event", match.start(), match.end(), sentence_of(match.start()))
        for match in NAMED_EVENT.finditer(text)
    ]


def _named_acts(text: str, sentence_of: Any) -> list[Mention]:
    """With their article, which the choices carry: '_____, qui accorde …' fits them all."""
    return [
        Mention(match[0], "work", match.start(), match.end(), sentence_of(match.start()))
        for match in NAMED_ACT.finditer(text)
    ]


def _inside(mention: Mention, act: Mention) -> bool:
    """'Nantes' in 'l'édit de Nantes' is the act's, not a place to ask about."""
    return act.start <= mention.start and mention.end <= act.end and mention != act


def _quoted_works(text: str, sentence_of: Any) -> list[Mention]:
    mentions = []
    for match in re.finditer(r"«\s*([^«»]{3,80}?)\s*»", text):
        title = match[1]
        if title[:1].isupper() and len(title.split()) <= 8:
            offset = match.start(1)
            mentions.append(
                Mention(title, "work", offset, offset + len(title), sentence_of(offset))
            )
    return mentions


def _with_its_article(doc: Any, offset: int, text: str) -> tuple[int, str]:
    """'le Sénat vote …', 'par la Convention': an assembly's article goes into its choices
    (the Sénat's doubts of 1981 are 'l'Assemblée nationale' and 'le Conseil d'État', not
    three masculine bodies); not after 'de' or 'à', which would read 'de le Sénat'."""
    name = next((t for t in doc if t.idx == offset), None)
    article = doc[name.i - 1] if name is not None and name.i > 0 else None
    if article is None or article.lower_ not in BODY_ARTICLES:
        return offset, text
    if article.i > 0 and doc[article.i - 1].lower_ in ("de", "à", "d'", "d’"):
        return offset, text
    return article.idx, doc.text[article.idx : offset + len(text)]


BODY_ARTICLES = ("le", "la", "les", "l'", "l’")
# 'l'Assemblée nationale constituante', read 'Assemblée nationale': its last word was left
# after the blank, where only the right choice fits it
BODY_TAIL = re.compile(r"\s+(?:constituante|législative)\b")


def _assembly_in_full(text: str, offset: int, name: str) -> str:
    tail = BODY_TAIL.match(text, offset + len(name))
    return name + tail[0] if tail else name


def _strip_article(text: str) -> str:
    """'au Caire' is a place after 'à le': the name alone, its article read from the text."""
    for article in ("la ", "le ", "les ", "l'", "l’", "au ", "aux "):
        if text.lower().startswith(article) and len(text) > len(article) + 2:
            return text[len(article) :]
    return text
