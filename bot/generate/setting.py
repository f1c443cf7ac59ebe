"""The event a stem belongs to, said in the stem when it does not say it.

Readers graded B, again and again, stems that are right inside their paragraph and vague
out of it: 'Qui a réparti ses hommes en trois « batailles » ?' (at Crécy: the French did
too), 'Au printemps, le commandement passe à _____' (of what, which year?), and wrote the
same edit each time: 'À Crécy, en 1346, …', 'Avant l'ordonnance de Villers-Cotterêts, …'.
Of 230 questions read blind, those that named the passage's event were graded A 35% of the
time, the others 21%. A question also reaches a learner far from its passage (a group
poll, a review days later), where nothing else says it.

The event is the passage title's, when the title names one ('La bataille de Crécy (1346)',
not 'Louis XIV et Versailles'), and it is placed in time by the sentence's own date, or the
date the story has reached: before it, during it, after it. Where the sentence's time
against the event is not clear (a later day of the same year: the battle of Verdun lasted
ten months), nothing is said rather than something wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.generate.facts import FULL_DATE, MONTH_YEAR, MONTHS, YEAR, looks_back, names_a_year
from bot.generate.french import contract, without_subtitle

# what a title may be about, and how a stem says it happens then: 'pendant' for what lasts
DURING = {
    "siège": "pendant", "guerre": "pendant", "crise": "pendant", "fronde": "pendant",
    "conquête": "pendant", "croisade": "pendant", "commune": "pendant", "cent-jours": "pendant",
    "expédition": "pendant", "occupation": "pendant", "terreur": "pendant",
    "bataille": "lors", "journée": "lors", "nuit": "lors", "prise": "lors", "sacre": "lors",
    "procès": "lors", "coup": "lors", "affaire": "lors", "scandale": "lors", "fuite": "lors",
    "jacquerie": "lors", "révolte": "lors", "insurrection": "lors", "révolution": "lors",
    "massacre": "lors", "assassinat": "lors", "avènement": "lors", "baptême": "lors",
    "retour": "lors", "chute": "lors", "camp": "lors", "entrevue": "lors", "congrès": "lors",
    "conférence": "lors", "exposition": "lors", "traité": "lors", "paix": "lors",
    "ordonnance": "lors", "édit": "lors", "armistice": "lors", "concordat": "lors",
    "entente": "lors", "abolition": "lors", "création": "lors", "séparation": "lors",
    "loi": "lors", "journées": "lors", "émeute": "lors", "mutinerie": "lors", "lois": "lors",
    "couronnement": "lors", "élection": "lors", "fondation": "lors", "invasion": "lors",
    "débarquement": "lors", "libération": "lors", "capitulation": "lors", "reddition": "lors",
    "proclamation": "lors", "exécution": "lors", "condamnation": "lors", "partage": "lors",
    "réforme": "lors", "états": "lors", "accords": "lors", "édits": "lors", "traités": "lors",
    "attentat": "lors", "incendie": "lors", "rafle": "lors", "arrestation": "lors",
    "promulgation": "lors", "déclaration": "lors", "serments": "lors", "naufrage": "lors",
    "explosion": "lors", "grève": "lors", "grèves": "lors", "émeutes": "lors",
    "guerres": "pendant", "famine": "pendant", "épidémie": "pendant",
    "peste": "pendant", "schisme": "pendant", "restauration": "pendant", "régence": "pendant",
    # titles of the dev set and of fresh passages that had no setting, and whose stems lost
    # their event: 'Les conjurés' (la conjuration d'Amboise), 'la nouvelle cathédrale'
    "conjuration": "lors", "conspiration": "lors", "catastrophe": "lors", "mort": "lors",
    "inauguration": "lors", "abdication": "lors", "remariage": "lors", "bal": "lors",
    "colloque": "lors", "découverte": "lors", "divulgation": "lors", "éruption": "lors",
    "fête": "lors", "fusillade": "lors", "invention": "lors", "rattachement": "lors",
    "annexion": "lors", "crue": "pendant", "percement": "pendant", "reconstruction": "pendant",
    "construction": "pendant", "apparitions": "pendant", "mission": "pendant",
}  # fmt: skip
DOCUMENTS = {
    "traité", "traités", "paix", "édit", "édits", "ordonnance", "concordat", "accords",
    "armistice", "loi", "lois", "entente", "abolition", "séparation",
}  # fmt: skip
# texts whose clauses cite other years ('1624 sert d'« année normative »')
CITING_TEXTS = DOCUMENTS - {"armistice", "abolition", "séparation"}
TITLE = re.compile(
    r"^(Les\s+|Le\s+|La\s+|L['’]\s*)((?:première|premier|seconde|second|deuxième|grande)\s+)?"
    r"([\w-]+)\b(.*)$",
    re.IGNORECASE,
)
# not after a quotation's own end: '… mon armée ? » Soutenu par …' opens a sentence
INSIDE_CAPITAL = re.compile(r"(?<=[\w,;:)»] )(?<![?!.…] » )([A-ZÀ-ÖØ-Þ][\w-]*)")
# a name, after an elided article too: 'la bataille d'Austerlitz' is named by 'Austerlitz'
CAPITALISED = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-Þ][\w-]*)")
MONTH_NUMBER = {month: index for index, month in enumerate(MONTHS, 1)}
_DAY_NUMBER = r"(1er|[1-9]|[12]\d|3[01])"
DAY_AND_MONTH = re.compile(rf"\b{_DAY_NUMBER} ({'|'.join(MONTHS)})\b(?! \d)", re.I)
LONE_MONTH = re.compile(rf"\b(?:en|dès|fin|début|mi-)\s*({'|'.join(MONTHS)})\b(?! \d)", re.I)
LABEL = re.compile(r"^Complétez \([^)]*\) : ")
DAY_RANGE = re.compile(
    rf"\b{_DAY_NUMBER}\s*[-–]\s*{_DAY_NUMBER} ({'|'.join(MONTHS)}) (\d{{3,4}})\b"
)
MONTH_RANGE = re.compile(rf"\b({'|'.join(MONTHS)})\s*[-–]\s*({'|'.join(MONTHS)}) (\d{{3,4}})\b")
ELISION = ("'", "’")
LASTING = 4  # years: a range that long covers its first and last years
FORWARD = re.compile(r"\bjusqu['’](?:en|au|à)\s*(?:le\s+)?$|\bà partir de\s+$", re.IGNORECASE)
OPENING_TIMES = ("avant", "après", "pendant", "lors")  # a stem placed in time already
MAX_WORDS = 32  # the stem with its setting; readers marked 40-word stems 'copied'


@dataclass(frozen=True)
class Moment:
    """A date as far as the text gives it: the month and day may be unknown."""

    year: int
    month: int = 0
    day: int = 0


@dataclass(frozen=True)
class Setting:
    """The title's event ('la bataille de Crécy'), its years, its day if the text tells it,
    and where in the text that day is told."""

    phrase: str
    head: str
    anchors: frozenset[str]  # the words that name it: 'Crécy', '1358', 'Jacquerie'
    first: int
    last: int
    day: Moment | None = None
    day_at: int | None = None  # where the passage tells the event's day
    months: tuple[int, int] | None = None  # 'mars-juillet 1815'
    day_paragraph: int | None = None
    names: frozenset[str] = frozenset()  # words the text capitalises inside a sentence
    day_end: Moment | None = None  # the last of its days: '(27-29 juillet 1830)'

    @classmethod
    def of(cls, title: str, text: str) -> Setting | None:
        """None for a title about a person or a place, or about two things ('Le siège
        d'Orléans et l'intervention de Jeanne d'Arc': a sentence on one is not the other's)."""
        if re.search(r"av\.\s*J\.?-C", title):
            return None  # '(102 av. J.-C.)': its sentences' years are negative, the title's not
        years = [int(y) for y in re.findall(r"\b\d{3,4}\b", title)]
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()
        bare = bare.split(" : ", 1)[0]  # 'La révolution de Juillet : les Trois Glorieuses'
        if not years or re.search(r"\bet\b|,|\ben France\b", bare):
            return None
        found = TITLE.match(bare)
        if found is None or found[3].casefold() not in DURING:
            return None
        article, adjective, head, rest = found.groups()
        article = article.strip().casefold()
        phrase = f"{article}{'' if article.endswith(ELISION) else ' '}"
        rest = without_subtitle(rest)
        phrase += f"{adjective or ''}{head}{rest}"
        anchors = {w for w in CAPITALISED.findall(f"{adjective or ''}{head}{rest}")}
        anchors |= set(re.findall(r"\b\d{3,4}\b", rest))
        if not anchors:
            return None  # 'La crise boulangiste' is said with no name a stem would print
        body = len(title) if text.startswith(title) else 0  # the title tells no step
        day = _moment(title)
        day_at = None
        span = MONTH_RANGE.search(title)
        months = (_month(span[1]), _month(span[2])) if span else None
        days = DAY_RANGE.search(title)  # '(27-29 juillet 1830)': three days, not the 29th
        if days:
            day = Moment(int(days[4]), _month(days[3]), _day(days[1]))
            day_end: Moment | None = Moment(int(days[4]), _month(days[3]), _day(days[2]))
        else:
            day_end = day
        if day is not None and day.day:  # a day range sets one too
            day_at = _first_sentence_with(text, body, day)
        elif DURING[head.casefold()] == "lors" and months is None:
            # a lasting event ('pendant') is no one day the text tells: 'la Semaine sanglante
            # (21-28 mai 1871)' is the Commune's end
            told, day_at = _told_day(text, body, head, anchors, min(years), max(years))
            day = told or day
        day_paragraph = None if day_at is None else text.count("\n\n", 0, day_at) + 1
        return cls(
            phrase, head.casefold(), frozenset(anchors), min(years), max(years), day, day_at,
            months, day_paragraph, names_in(text), day_end,
        )  # fmt: skip

    def place(
        self,
        question: str,
        answer: str,
        sentence: str,
        at: int,
        year: int | None,
        paragraph: int,
        dated: bool = False,
        distractors: Sequence[str] = (),
    ) -> str:
        """The question with its setting first, or as it was when it names the event, when
        the setting would print its answer, or when the sentence's time is unclear."""
        label, stem = _labelled(question)
        if self._named(stem) or self._named(answer) or self._itself(stem):
            return question
        if not opens_well(stem, self.names) or stem.split(" ", 1)[0].casefold() in OPENING_TIMES:
            return question
        # a date asked is the fact's own time: '… férié par une loi de _____' is 1922, not
        # the '11 novembre' the sentence opens on; unless the stem prints another year ('en
        # poste de 1898 à _____': he drew his lesson in 1898)
        own_time = dated and not YEAR.search(stem)
        if dated and self.head in CITING_TEXTS and (self.day_at is None or at >= self.day_at):
            # once the text is told, its clauses cite other years: 'le principe …, 1624 sert
            # d'« année normative »' was set 'Avant les traités de Westphalie' (misleading)
            return question
        when = self._when(answer if own_time else sentence, at, year, paragraph)
        if when is None or (dated and not self._no_hint(when, distractors)):
            return question
        if when in ("lors", "pendant") and ANTERIOR.search(RELATIVE_CLAUSE.sub("", stem)):
            return question  # 'le ministre … en a lancé le projet': years before the event
        opening = {
            "avant": f"Avant {self.phrase}",
            "après": f"Après {self.phrase}",
            "pendant": f"Pendant {self.phrase}",
            "lors": contract(f"Lors de {self.phrase}"),
        }[when]
        placed = f"{opening}, {lowered(stem, self.names)}"
        if len(placed.split()) > MAX_WORDS:
            return question
        return f"{label}{placed}"

    def _itself(self, stem: str) -> bool:
        """'Après l'édit de Nantes, l'édit lui-même est révoqué', 'Avant l'édit de Nantes, le
        texte se compose de quatre actes': the stem speaks of the event itself."""
        return bool(
            re.search(
                rf"\b(?:le|la|les|l['’]|ce|cet|cette)\s*(?:{re.escape(self.head)}|texte)\b"
                r"(?!\s+(?:de|d['’]|du|des)\b)",
                stem,
                re.IGNORECASE,
            )
        )

    def _no_hint(self, when: str, distractors: Sequence[str]) -> bool:
        """'Avant la chute des Templiers (1307), en quelle année …' rules out a wrong date
        after 1307: a date asked is set only where every choice stays on the same side."""
        for option in distractors:
            years = [int(y) for y in re.findall(r"\b\d{3,4}\b", option)]
            if not years:
                return False
            if when == "avant" and years[0] >= self.first:
                return False
            if when == "après" and years[0] <= self.last:
                return False
            if when in ("lors", "pendant") and not self.first <= years[0] <= self.last:
                return False
        return True

    def _named(self, text: str) -> bool:
        return bool(set(re.findall(r"[\w-]+", text)) & self.anchors)

    def _when(self, sentence: str, at: int, year: int | None, paragraph: int) -> str | None:
        own = own_moment(sentence, year)
        during = DURING[self.head]
        if own is None and self.head in DOCUMENTS:
            # a text's clauses come in any order, and the year the story reached is not
            # theirs: 'la Sarre est placée sous la SDN', after a sentence on 1918, was set
            # 'Avant le traité de Versailles' (read: false)
            return None
        told = own.year if own is not None else year
        if told is None:
            return None
        if told < self.first:
            return "avant"
        if told > self.last:
            return "après"
        if self.first < self.last:
            # inside years of its own ('la Fronde (1648-1653)'); its first and last years
            # only when it lasts: the trial of 1792-1793 was over by February 1793
            inside = self.first < told < self.last or self.last - self.first >= LASTING
            return during if inside else None
        if self.months is not None:  # 'Les Cent-Jours (mars-juillet 1815)'
            if own is None or not own.month:
                return None
            if own.month < self.months[0]:
                return "avant"
            return during if own.month <= self.months[1] else "après"
        if own is not None and own.month:
            if self.day is None or not self.day.month:
                return None
            if own.month < self.day.month or (own.day and (own.month, own.day) < self._day()):
                return "avant"
            last = self.day_end or self.day
            if own.day and self._day() <= (own.month, own.day) <= (last.month, last.day):
                return during
            return None  # later that year: still the event, or after it, the text won't say
        if self.day_at is None:
            return None
        if at < self.day_at:
            return "avant"
        # after the day is told, in its paragraph: the event's own story ('Jean II est fait
        # prisonnier'); in a later one, maybe what followed ('la captivité du roi')
        return during if paragraph == self.day_paragraph else None

    def _day(self) -> tuple[int, int]:
        return (self.day.month, self.day.day) if self.day is not None else (0, 0)

    def side(self, date: str) -> int:
        """Whether a written date falls before the event (-1), after it (1), or in it or
        too vaguely to tell (0): to the day when the passage tells the event's day, else to
        the year ('9 octobre 1799' is before the coup of 9-10 November 1799)."""
        moment = _moment(date)
        if moment is None:
            return 0
        if self.day is not None and self.day.month and self.day.day and moment.month:
            last = self.day_end or self.day
            at = (moment.year, moment.month, moment.day or 0)
            if at < (self.day.year, self.day.month, self.day.day if moment.day else 0):
                return -1
            if at > (last.year, last.month, last.day if moment.day else 99):
                return 1
            return 0
        return -1 if moment.year < self.first else 1 if moment.year > self.last else 0


def _moment(text: str) -> Moment | None:
    """The first date written in a title, as precise as it is written."""
    return own_moment(text, None)


def own_moment(sentence: str, year: int | None) -> Moment | None:
    """The sentence's first date that is a step of its story (not 'depuis 1946'), its year
    the story's when the sentence leaves it out ('le 22 septembre', 'en mars')."""
    found: list[tuple[int, Moment]] = []
    for date in FULL_DATE.finditer(sentence):
        found.append((date.start(), _full_date(date)))
    for date in MONTH_YEAR.finditer(sentence):
        found.append((date.start(), Moment(int(date[2]), _month(date[1]))))
    for date in YEAR.finditer(sentence):
        found.append((date.start(), Moment(int(date[1]))))
    if year is not None:
        for date in DAY_AND_MONTH.finditer(sentence):
            found.append((date.start(), Moment(year, _month(date[2]), _day(date[1]))))
        for date in LONE_MONTH.finditer(sentence):
            found.append((date.start(), Moment(year, _month(date[1]))))
    found = [
        (at, moment)
        for at, moment in found
        if not looks_back(sentence, at)
        and not names_a_year(sentence, at)
        and not FORWARD.search(sentence[max(0, at - 12) : at])
    ]  # 'exposée au Salon de 1831', 'jusqu'en 1558': no time of the sentence's fact
    if not found:
        return None
    first = min(at for at, _ in found)
    # at one place, the most precise reading: '26 août 1346' is a day, not a month
    return max((m for at, m in found if at <= first + 3), key=lambda m: (m.day > 0, m.month > 0))


def _month(name: str) -> int:
    return MONTH_NUMBER[name.casefold()]


def _day(text: str) -> int:
    return 1 if text.casefold() == "1er" else int(text)


def _full_date(found: re.Match[str]) -> Moment:
    """A FULL_DATE match: '26 août 1346'."""
    return Moment(int(found[3]), _month(found[2]), _day(found[1]))


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


# events that unfold over weeks: a day the text tells of their people ('les Croquants') is a
# step of them, and the event's own day only where the text names it ('la révolte éclate le')
UNFOLDING = {"révolte", "insurrection", "jacquerie", "révolution", "grève", "grèves", "émeutes"}


def _told_day(
    text: str, body: int, head: str, anchors: set[str], first: int, last: int
) -> tuple[Moment | None, int | None]:
    """The passage's first full date in the title's years, in a sentence that names the
    event by its head word or its name: 'Le 26 août 1346, … à Crécy'."""
    for found in FULL_DATE.finditer(text, body):
        if not first <= int(found[3]) <= last:
            continue
        start = _sentence_start(text, found.start())
        ends = [
            at for at in (text.find(". ", found.end()), text.find("\n", found.end())) if at >= 0
        ]
        sentence = text[start : min(ends) if ends else len(text)]
        words = set(re.findall(r"[\w-]+", sentence))
        # whole words: 'abolitionniste' is no 'abolition'; a year names no sentence's event
        names = {a for a in anchors if not a.isdigit()}
        if head.casefold() in UNFOLDING:
            # 'Le 1er juin 1637, … les Croquants … sont écrasés': its end, not its day
            names = set()
        if head.casefold() in {w.casefold() for w in words} or words & names:
            return _full_date(found), start
    return None, None


def _first_sentence_with(text: str, body: int, day: Moment) -> int | None:
    for found in FULL_DATE.finditer(text, body):
        if _full_date(found) == day:
            return _sentence_start(text, found.start())
    return None


def _labelled(question: str) -> tuple[str, str]:
    """('Complétez (date) : ', its stem), or ('', the question)."""
    labelled = LABEL.match(question)
    return (labelled[0], question[labelled.end() :]) if labelled else ("", question)


# the words a sentence may open on that are no name: lowered after the setting
OPENERS = re.compile(
    r"^(?:_____|[LDSNCJ]['’]|Qu['’]|Lorsqu['’]|(?:Le|La|Les|Un|Une|Des|Du|Au|Aux|À|En|Dans|Par|Pour|Sur|Sous|Vers|Quand"
    r"|Qui|Que|Quel|Quelle|Quels|Quelles|Où|Combien|Comment|Pourquoi|Parmi|Près|Plus"
    r"|Moins|Environ|Depuis|Dès|Entre|Contre|Malgré|Selon|Durant|Ce|Cette|Ces|Son|Sa|Ses|Leur"
    r"|Leurs|Il|Elle|Ils|Elles|On|Tous|Toutes|Tout|Chaque|Plusieurs|Certains|Certaines|Aucun"
    r"|Aucune|Seul|Seule|Seuls|Seules|De|Avec|Sans|Chez|Face|Alors|Puis|Ainsi|Enfin"
    r"|Lorsque|Tandis|Quelque|Quelques"
    r"|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Cent|Mille)(?![\w-]))"
)


def names_in(text: str) -> frozenset[str]:
    """The words the text capitalises inside its sentences: names, not sentence openings."""
    return frozenset(INSIDE_CAPITAL.findall(text))


def lowered(stem: str, names: frozenset[str]) -> str:
    """'Le 26 août, …' after 'Lors de la bataille de Crécy, ' is 'le 26 août, …'; a name
    keeps its capital: a word the passage capitalises inside its sentences."""
    first = re.match(r"[\w-]+", stem)
    if OPENERS.match(stem) or (
        first is not None
        and first[0] not in names
        and first[0][1:].islower()
        and not re.match(r"\s+(?:[A-ZÀ-ÖØ-Þ]|Ier\b)", stem[first.end() :])  # 'Louis XII'
    ):
        return stem[:1].lower() + stem[1:]
    return stem


def opens_well(stem: str, names: frozenset[str]) -> bool:
    """A stem opening on a participle ('Né à Jérusalem vers 1120, l'ordre …') speaks of the
    subject after its comma: a phrase before it would read as its subject."""
    first = re.match(r"[\w-]+", stem)
    return bool(OPENERS.match(stem)) or (first is not None and first[0] in names)


# 'Au printemps', 'En mars', 'Quelques semaines plus tard': a time the year would clash with;
# 'Au total' sums up years ('En 1794, au total, 17 000 condamnations' was read misleading)
TIME_OPENING = re.compile(
    rf"^(?:(?:Au|En) (?:printemps|été|automne|hiver|{'|'.join(MONTHS)})\b|Le lendemain\b"
    r"|Peu (?:après|avant)\b|Quelques\b|Deux\b|Trois\b|Dès\b|Depuis\b|Après\b|Avant\b"
    r"|Pendant\b|Lors\b|Le \d|Le 1er\b|Du \d|Au cours\b|À la (?:fin|mi-|veille)\b"
    r"|Au total\b|En tout\b|Au bout\b|Finalement\b|Enfin\b|Désormais\b"
    # 'À la même époque, les galères génoises …' printed 'En 1284, à la même époque' (read
    # false: the passage gave no year for it)
    r"|À (?:la même|cette) époque\b|Au même moment\b|Entre-temps\b)",
    re.IGNORECASE,
)
# a tense before the story's time: 'En 1095, qui a répudié son épouse' and 'En 1760, la
# Louisiane avait déjà été remise' were read false
ANTERIOR = re.compile(
    r"\b(?:a|ont|avait|avaient|eut|eurent|était|étaient)\s+(?:déjà\s+|d['’]ailleurs\s+)?"
    r"(?:été\s+)?(?!(?:lieu|plus|peu|tout|du|dû|besoin|droit|raison|désormais|jamais|mais"
    r"|puis|depuis|ainsi|aussi|ici|parmi|alors|toujours|encore|ensuite)\b)"
    r"[a-zéèêàâîôûç]{2,}(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|inte)\b"
    r"|\b(?:déjà|auparavant|d['’]ailleurs)\b",
    re.IGNORECASE,
)
RELATIVE_CLAUSE = re.compile(r"(?:,\s*)?\b(?:qui|que|qu['’]|dont|où)\b[^,;:?]*", re.IGNORECASE)


# a time after the year told: 'la tour … est finalement conservée' (twenty years on)
LATER = re.compile(
    r"\b(?:finalement|jusqu['’]|désormais|plus tard|ensuite|aujourd['’]hui|finit par|finissent"
    r" par|de nos jours)|\b(?:sera|seront|aura|auront|fera"
    r"|feront|deviendra|deviendront|naîtra|restera|resteront|\w{3,}(?:era|eront|ira|iront))\b",
    re.IGNORECASE,
)
RANGE_FROM = re.compile(r"\b(?:entre|de|depuis)\s+$", re.IGNORECASE)
YEAR_OR_CENTURY = re.compile(r"\b(?:\d{3,4}|[IVX]+e siècle|an [IVX]+)\b")


def _fact_at(sentence: str, stem: str) -> int:
    """Where the stem's first word of the sentence stands in it ('Qui engage …': 'engage')."""
    for word in re.findall(r"[\w'’-]{3,}", stem):
        found = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence)
        if found:
            return found.start()
    return 0


PLACE_OPENING = re.compile(r"^((?:À|Au|Aux|Dans|Sur|Depuis|Loin de)\s[^,]{1,40}),")


def dated(question: str, year: int, told: str, names: frozenset[str], sentence: str = "") -> str:
    """'Qui perd les Sceaux ?', 'Qui commande les forces françaises en Allemagne ?': read
    blind, a stem with no date is a fact of any year ('present tense with no date cannot be
    answered'). The year the story has reached opens it ('En 1630, qui perd les Sceaux ?'):
    the sentence's own, written before the fact, or else one its paragraph told before it."""
    label, stem = _labelled(question)
    if YEAR_OR_CENTURY.search(stem) or TIME_OPENING.match(stem) or not opens_well(stem, names):
        return question
    if ANTERIOR.search(stem) or LATER.search(stem) or LATER.search(sentence):
        return question  # 'qui a répudié …', 'avait déjà été remise': before the year told
    opening = PLACE_OPENING.match(sentence)
    if (
        opening is not None
        and not re.search(rf"\d|{'|'.join(MONTHS)}|printemps|été|automne|hiver", opening[1], re.I)
        and opening[1].casefold() not in stem.casefold()
        # 'À _____, les chars …': the place is the blank, not left out
        and not stem.startswith(f"{opening[1].split()[0]} _____")
    ):
        # 'À Sainte-Hélène, l'Empereur déchu aurait affirmé …': the place the stem left out
        # was his exile's, years after the 1807 its paragraph told
        return question
    own = YEAR_OR_CENTURY.search(sentence)
    if own is not None and RANGE_FROM.search(sentence[: own.start()]):
        return question  # 'Édifié entre 1196 et 1198, Château-Gaillard domine …': no one year
    if own is not None and BIRTH_OR_ABOUT.search(sentence[: own.start()]):
        # 'Né vers 1510 …, Ambroise Paré commença sa formation': 'En 1510, Ambroise Paré
        # commença' was false, his birth's year and a guessed one
        return question
    if own is not None and (own[0] != str(year) or own.start() > _fact_at(sentence, stem)):
        # the sentence's year, left out of the stem, is the fact's only when it comes first
        # ('En 1710, St John engage …'); after it, it may be another's: 'fait créer un
        # billet … ; la SNCF ne naîtra qu'en 1938' is 1936
        return question
    if own is None and not re.search(rf"(?<!\d){year}(?!\d)", told):
        return question  # a year carried from another paragraph may be another story's
    if own is None and label.startswith("Complétez (nombre)") and IMPERFECT.search(stem):
        # 'L'année comptait douze mois …' after 'l'an I commençait le 22 septembre 1792': a
        # count in the imperfect describes a state, not a fact of the year told ('En 1792,
        # l'année comptait' was false)
        return question
    if own is None and any(
        BIRTH_OR_ABOUT.search(told[: found.start()])
        for found in re.finditer(rf"(?<!\d){year}(?!\d)", told)
    ):
        return question  # 'Martin naquit vers 316. … il fut enrôlé à quinze ans': not in 316
    placed = f"En {year}, {lowered(stem, names)}"
    if len(placed.split()) > MAX_WORDS:
        return question
    return f"{label}{placed}"


# a verb in the imperfect: 'comptait', 'achevaient', 'remplaçait' ('avait', 'était' too)
IMPERFECT = re.compile(r"\b[a-zéèêàâîôûç]{2,}(?:ait|aient)\b")
# a year that is a birth's, or a guess ('vers 1510'): no date for the story's next fact
# 'Vers 550, …' and 'À la fin des années 1870, …' are no year to say 'En 550', 'En 1870' (read
# B and C: the passage gives the year roughly)
BIRTH_OR_ABOUT = re.compile(
    r"(?:\b[Vv]ers(?: l['’]an)?|\b[Ee]nviron|\bannées|\b(?:[Aa]vant|[Aa]près|[Aa]utour de"
    r"|[Aa]ux alentours de)|\b(?:[Nn]ée?s?|naquit|naît)\b[^.;:]{0,60})\s*$"
)  # 'Vers l'an 1000', 'Peu avant 1520': no 'En 1000', no 'En 1520' either
# a stem whose subject is a bare noun the paragraph had named ('La mort est votée par _____
# voix', 'À quelle date la séance d'ouverture a-t-elle lieu'), after a time phrase if any;
# not one a name follows closely ('le légat pontifical Pierre de Castelnau')
BARE_SUBJECT = re.compile(
    r"^(?:(?:En|Le|Au|À|Dès|Vers|Fin|Début|Après|Avant)\b[^,]{0,30},\s+|[A-ZÉ][\w-]+,\s+)?"
    r"(?:À quelle date |Quand |En quelle année |Depuis quand )?"
    r"(?:(?:[Ll]es|[Ll]e|[Ll]a)\s+|[Ll]['’]\s*)[a-zéèêàâîôûç][\w-]*\b"
    r"(?!\s+(?:de|d['’]|du|des)\b)(?![\w-])"
    r"(?!(?:[\s,]+[^\s,]+){0,1}?[\s,]+[A-ZÀ-ÖØ-Þ])"
)
TOPIC_WORDS = 36  # the stem with its topic
NAMED_OTHER = re.compile(
    rf"\b(?i:{'|'.join(sorted({*DURING, *DOCUMENTS, 'victoire', 'défaite', 'bulle', 'charte'}))})"
    r"\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)?[A-ZÀ-ÖØ-Þ]"
)


def tagged(question: str, setting: Setting | None) -> str:
    """The stem with its passage's event in brackets at its end, where its subject is a bare
    noun and nothing in it names the event: readers graded such stems B or C, 'which
    trial?', 'add: Lors de la libération de Paris'. Unlike a setting, it says nothing of
    the time, so it is not false where the time is unclear."""
    label, stem = _labelled(question)
    if setting is None or stem.split(" ", 1)[0].casefold() in OPENING_TIMES:
        return question
    # only a bare subject: a reader shown 'La mort du cardinal Mazarin, le _____, change la
    # donne' beside the same stem ending '(la chute de Nicolas Fouquet)' called the first
    # the cleaner (a tag on every stem with no year, tried on ten fresh passages)
    if not BARE_SUBJECT.match(stem):
        return question
    if NAMED_OTHER.search(stem):
        # 'la victoire d'Austerlitz (le coup d'État du 2 décembre 1851)', 'la paix de Vervins
        # (l'édit de Nantes)': another event named, the brackets would make it the title's
        return question
    if {_singular(w) for w in re.findall(r"[\w-]+", stem)} & {
        _singular(w) for w in re.findall(r"[\w-]+", setting.phrase) if len(w) > 3
    }:
        return question  # 'les boulangistes' in a stem on the crise boulangiste
    end = re.search(r"\s*[.?!]$", stem)
    at = end.start() if end else len(stem)
    placed = f"{stem[:at]} ({setting.phrase}){stem[at:]}"
    if len(placed.split()) > TOPIC_WORDS:
        return question
    return f"{label}{placed}"


def _singular(word: str) -> str:
    return word.casefold().removesuffix("s")
