"""A stem that says 'le siège' or 'le roi' where the passage means one siege or one king.

Readers marked such stems B again and again: 'Le siège, commencé le _____' (which siege?), 'Le
roi fonde en _____ le futur Collège de France' (which king?), 'la guerre' in a passage on the
war of Holland. A stem leaves its paragraph, so it names what the paragraph took as known: the
event the title names with that word, the king it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from bot.generate.distractors import VOWEL_START, periods, person_record
from bot.generate.french import DOCUMENT_NOUNS, contract, prints, upper_first, without_subtitle
from bot.generate.people import FRENCH, ROLE_NOUNS
from bot.generate.places import is_town
from bot.generate.setting import DURING, Setting

# words for one event that a passage names once with its complement, then bare
EVENTS = (
    "siège", "guerre", "bataille", "traité", "paix", "édit", "ordonnance", "crise", "conquête",
    "expédition", "croisade", "révolte", "concile", "canal", "affaire", "congrès", "conférence",
    "insurrection", "percement", "compagnie", "traités", "accords", "édits", "loi", "code",
    "catastrophe", "naufrage", "incendie", "explosion", "éruption", "conspiration", "complot",
    "procès", "massacre", "attentat", "épidémie", "fusillade",
)  # fmt: skip
# a land the text names once with its complement, then bare ('le duché de Milan' … 'le
# duché est aux mains de …'): unlike a war or a canal, it is that one even if the title
# names another thing; not 'la province' (vs Paris)
DOMAINS = ("duché", "royaume", "comté", "principauté", "colonie", "île")
# words a passage uses, bare, for the one thing its title names ('La Jacquerie de 1358': 'le
# soulèvement éclate'; 'Le scandale de Panama': 'la Compagnie', 'le chantier', 'le canal'):
# a reader graded each such stem B, 'which one?'; the title's complement says it, for the
# words that can name what the title's head names (not 'la fuite de Verdun')
TOPIC_OF_HEAD = {
    "scandale": ("compagnie", "canal", "chantier", "scandale", "affaire", "procès"),
    "affaire": ("affaire", "procès", "scandale"),
    "jacquerie": ("soulèvement",),  # 'la révolte parisienne' of 1358 is another one
    "révolte": ("soulèvement", "révolte", "insurrection"),
    "insurrection": ("soulèvement", "révolte", "insurrection"),
    # 'La victoire livre Tournai aux Français' under 'La bataille de Fontenoy' (read B four
    # times, 'which victory?'): 'la victoire de Fontenoy'
    "bataille": ("camp", "journée", "victoire", "défaite"),
    "siège": ("camp", "journée", "victoire", "défaite"),
    "expédition": ("expédition",),  # not 'la campagne': the countryside, as often
    "camp": ("camp", "entrevue", "rencontre"),
    "entrevue": ("entrevue", "rencontre"),
    "fuite": ("fuite",),
    "procès": ("procès",),
    "traité": ("accord",),  # 'l'accord est ratifié à Calais' under 'Le traité de Brétigny'
    "paix": ("accord", "traité"),
    # 'La divulgation du daguerréotype': 'le procédé fut rendu public', 'l'invention'
    "divulgation": ("procédé", "invention", "découverte"),
    "invention": ("procédé", "invention", "découverte"),
    "découverte": ("procédé", "invention", "découverte"),
    "conspiration": ("complot", "conspiration"),
    "catastrophe": ("catastrophe", "drame"),
    # 'La fusillade de Fourmies': 'la fusillade fait neuf morts'; 'Le naufrage du Pourquoi-Pas
    # ?': 'la catastrophe provoque une émotion considérable' (a reader: which one?)
    "fusillade": ("fusillade", "drame", "tragédie"),
    "naufrage": ("naufrage", "catastrophe", "drame", "tragédie"),
    "massacre": ("massacre", "drame", "tragédie"),
    # 'Consécration de la Sainte-Chapelle': 'La construction aurait coûté …' was read B
    # ('which one?'); a building's or an institution's making, its works and its project
    "consécration": ("chantier", "construction"),
    "construction": ("chantier", "construction", "travaux"),
    "fondation": ("fondation", "création", "projet"),
    "création": ("fondation", "création", "projet"),
    "éruption": ("éruption", "catastrophe"),
}
# 'L'Encyclopédie de Diderot et d'Alembert': 'le privilège est révoqué', 'la direction', 'les
# deux premiers volumes' are the work's (a reader graded each B, 'add: de l'Encyclopédie')
WORK_HEADS = ("encyclopédie", "dictionnaire")
WORK_PARTS = (
    "privilège", "entreprise", "direction", "publication", "souscripteurs", "volumes", "tomes",
    "rédaction", "planches", "collaborateurs",
)  # fmt: skip
WORK_PART = re.compile(
    rf"\b(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|du|au|des|aux)\s*(?:(?:(?!(?:de|du|des)\b)[\w-]+\s+){{0,3}}?)"
    rf"({'|'.join(WORK_PARTS)})\b(?!\s+(?:de|d['’]|du|des)\b)(?![\w-])"
)
TOPIC_NOUNS = tuple(sorted({noun for nouns in TOPIC_OF_HEAD.values() for noun in nouns}))
# 'la guerre civile', 'le roi lui-même': another war, or a king said already; 'met le siège
# devant la ville': the act of besieging, which takes no name ('le siège d'Orléans devant')
NOT_THE_ONE = (
    r"civile|sainte|mondiale|froide|totale|navale|séparée|secret|secrète|suivante|devant"
    r"|nouvelle|nouveau|nouveaux|première|premier|seconde|second|dernière|dernier|même"
)
KINGS_OFFICE = re.compile(r"\b(?:secrétaire|conseiller|procureur|avocat)s? du roi$", re.IGNORECASE)
SAID_ALREADY = re.compile(r"\s+\w+-même\b")  # 'le roi lui-même': one the stem named before
CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# 'La Rochelle', 'Trente Ans', 'Succession d'Espagne'
NAME = rf"{CAPITALISED}(?:\s+(?:{CAPITALISED}|[IVX]+|Ier)|\s+d['’]{CAPITALISED})*"
COMPLEMENT = rf"(?:de la|de l['’]|des|du|de|d['’])\s*{NAME}"


def _either_case(words: tuple[str, ...]) -> str:
    """'[cC]ompagnie': a title writes 'La Compagnie des Indes', the text 'la compagnie'."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in words)


# words for what an event left or what led to it, that take the event's whole name ('Le
# bilan s'élève à 146 morts', read B and C: 'le bilan de l'incendie du 5-7'; 'les
# pourparlers' of a treaty): by the title's head
OF_THE_EVENT = {
    "bilan": (
        "bataille", "siège", "incendie", "catastrophe", "naufrage", "explosion", "crue",
        "épidémie", "attentat", "massacre", "émeute", "fusillade", "éruption", "peste",
    ),
    "négociations": ("traité", "traités", "paix", "accords", "armistice", "concordat", "entente"),
    "pourparlers": ("traité", "traités", "paix", "accords", "armistice", "concordat", "entente"),
}  # fmt: skip
OF_THE_EVENT_BARE = re.compile(
    rf"\b(?:[Ll]e\s+|[Ll]es\s+|du\s+|des\s+|au\s+|aux\s+)({_either_case(tuple(OF_THE_EVENT))})"
    r"\b(?![\w-])(?!\s+(?:de|d['’]|du|des)\b)"
)
# the works of a building the title names: 'les travaux', 'le chantier' (not 'les travaux de
# terrassement', another's), as the stem's subject
WORKS_BARE = re.compile(
    r"\b(?:[Ll]es\s+travaux|[Ll]e\s+chantier)\b(?![\w-])(?!\s+(?:de|d['’]|du|des)\b)"
)
# what only the title's work of building has, wherever the stem says it: 'l'inauguration eut
# lieu le …', 'Bartholdi choisit l'emplacement' under 'La statue de la Liberté' (read B in
# set 72: of what?), 'quatre maîtres d'œuvre se succèdent sur le chantier' (set 75), 'la
# première pierre est posée', 'dresser sur le site une maquette' (sets 74 and 76)
OWN_PARTS = re.compile(
    r"\b(?:[Ll]['’]\s*(?:inauguration|emplacement|achèvement)|[Ll]e\s+(?:piédestal|socle)"
    r"|(?<=sur )le\s+(?:chantier|site)|[Ll]a\s+première\s+pierre)\b"
    r"(?![\w-])(?!\s+(?:(?:de|d['’]|du|des|internet|voisin)\b|[A-ZÀ-ÖØ-Þ]))"
)
# what only a church has, wherever the stem says it: 'des vitraux sont posés dans la chapelle
# axiale', 'le portail royal est restauré' under 'La cathédrale Notre-Dame de Reims' (read B
# in set 75: of which building?)
CHURCH_PARTS = re.compile(
    r"\b(?:[Ll]a\s+(?:chapelle\s+axiale|nef|crypte|flèche|façade\s+(?:occidentale|principale))"
    r"|[Ll]e\s+(?:chœur|transept|déambulatoire|clocher|portail\s+(?:royal|central|principal))"
    r"|[Ll]['’]\s*abside)\b(?![\w-])"
    r"(?!\s+(?:(?:de|d['’]|du|des|nord|sud|est|ouest)\b|[A-ZÀ-ÖØ-Þ]))"  # 'le clocher nord'
)
CHURCHES = {"cathédrale", "basilique", "église", "abbaye", "abbatiale"}
# a monument the text names besides the title's: 'un monument aux morts est élevé en 1922'
OTHER_MONUMENT = re.compile(r"\bmonuments?\s+(?:de|d['’]|du|des|à|aux)\b", re.IGNORECASE)
# a title's thing that is a work of building (not 'La bête du Gévaudan', 'Le calendrier')
BUILT_THINGS = {
    "statue", "place", "tour", "colonne", "arc", "porte", "fontaine", "phare", "gare", "opéra",
    "musée", "monument", "palais", "château", "pont", "canal", "viaduc", "aqueduc", "tunnel",
    "barrage", "cathédrale", "basilique", "abbaye", "église", "observatoire", "jardin", "parc",
    "square", "esplanade",
}  # fmt: skip
# a square or a garden: what other works stand in or by, not another one of them
OPEN_THINGS = {"place", "jardin", "parc", "square", "esplanade"}
# another work of building the text names ('un théâtre', 'la gare'): any the title could be,
# and more, but 'un monument' (the title's own thing said again) and what a thing has or
# stands by (a canal, an abbey, a gate, a square, a garden)
OTHER_BUILDINGS = (BUILT_THINGS - {"monument", "canal", "abbaye", "porte"} - OPEN_THINGS) | {
    "théâtre", "mairie", "usine", "hôpital", "caserne", "halle", "stade", "obélisque", "hôtel",
    "abbatiale", "mémorial",
}  # fmt: skip
OTHER_BUILDING = re.compile(
    rf"\b(?:un|une|le|la|l['’])\s*({'|'.join(sorted(OTHER_BUILDINGS))})\b(?![\w-])",
    re.IGNORECASE,
)
# a square's or a garden's middle, bare: 'fit dresser au centre une statue' (read B: of what?)
MIDDLE_BARE = re.compile(r"\b(?:au\s+centre|au\s+milieu)\b(?!\s+(?:de|d['’]|du|des)\b)")
OUTCOMES = ("victoire", "défaite")
# 'La défaite subie à Dettingen', 'la victoire à Lauffeld': the place says which
OTHER_FIELD = re.compile(
    r"\s+(?:(?:subie|remportée|obtenue|essuyée|acquise)\b|(?:à|au|devant|près de)\s+[A-ZÀ-ÖØ-Þ])"
)


def _opens(question: str, found: re.Match[str]) -> bool:
    """Whether the match is the stem's subject: its first words, after an opening phrase,
    or after the question's words ('À quelle date le procès s'ouvre-t-il ?')."""
    stem_at = question.find(" : ") + 3 if question.startswith("Complétez") else 0
    before = question[stem_at : found.start()]
    return before == "" or bool(re.fullmatch(rf"[^,]*, |(?:[^,]*, )?{ASKING}\s", before))


# the words that ask, before an inverted subject: 'En quelle année la loi est-elle votée ?'
ASKING = (
    r"(?i:à quelle date|en quelle année|quand|où|pourquoi|comment|depuis quand|jusqu'à quand"
    r"|en quel mois|combien de (?:[\w'’-]+\s)?[\w'’-]+)"
)


EPITHET_AFTER = re.compile(
    r"\s+(?:secrets?|secrètes?|officiels?|officielles?|directs?|directes?|préliminaires?"
    r"|provisoires?|définitifs?|définitives?|finals?|finale|lourds?|lourde|totals?|totale"
    r"|exacts?|exacte|précis|précise|web|fort|neuf|neuve|mère|suspendu|principal|principale"
    r"|actuel|actuelle|primitif|primitive)\b"
)


def _epithet_at(question: str, at: int) -> bool:
    """An adjective after the bare word: 'le bilan humain', 'le site web' are other phrases."""
    return bool(ADJECTIVE_AFTER.match(question, at) or EPITHET_AFTER.match(question, at))


BOOK_VERBS = re.compile(r"\b(?:publi|écri|écrit|rédig|édit|tradui|lu\b|lit\b|paru|parai)", re.I)
INSTITUTION_BARE = re.compile(r"\b[Ll]a Compagnie\b(?!\s+(?:de|des|du|d['’])\b)")
NAMED_EVENT = re.compile(rf"\b({_either_case((*EVENTS, *DOMAINS))})\s+({COMPLEMENT})")
# 'Le scandale de Panama (1879-1893)', 'La Jacquerie de 1358': the title's own complement
LINK = r"(?:de la|de l['’]|des|du|de|d['’])"
TITLE_COMPLEMENT = re.compile(
    rf"^(?:(?:Le|La|Les|L['’])\s*)?([\w-]+)\s+({LINK}\s*(?:{NAME}|\d{{3,4}}))"
)  # 'La Jacquerie de 1358', and without its article: 'Consécration de la Sainte-Chapelle'
# 'La divulgation du daguerréotype (1839)': an act on a thing the title names in lower case
ACT_ON_A_THING = re.compile(
    rf"^(?:La|L['’])\s*(divulgation|invention|découverte)\s+({LINK}\s*[a-zà-ÿ][\w-]+)"
)
WORK_TITLE = re.compile(rf"^(?:L['’]|Le\s+)(?i:{'|'.join(WORK_HEADS)})\b")
# 'le siège,' 'la guerre.' 'Le roi fonde': the word, then no complement and no name
BARE_WORDS = _either_case((*EVENTS, *DOMAINS, *TOPIC_NOUNS, "roi", "texte"))
BARE = re.compile(
    rf"\b(?:[Ll]es\s+|[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*|du\s+|au\s+|des\s+|aux\s+)({BARE_WORDS})\b"
    rf"(?!\s+(?:de|d['’]|des|du|{NOT_THE_ONE})\b)(?!\s+[A-ZÀ-ÖØ-Þ])(?!-)"
)
FOREIGN_LAND = (
    r"(?:d['’](?:Espagne|Angleterre|Aragon|Autriche|Écosse|Italie)|de (?:Prusse|Navarre|"
    r"Castille|Portugal|Sardaigne|Naples|Suède|Bohême|Hongrie|Pologne|Sicile|Danemark)|des "
    r"(?:Romains|Belges|Deux-Siciles))"
)
# 'Louis XIV', 'François Ier'; not 'Louis II de Bourbon', a prince
KING = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?\s+(?:[IVX]+|Ier))\b(?!\s+d[e'’])"
)


def _crowned_in(text: str) -> set[str]:
    """The sovereigns of the related list the text names, numeral or not ('Louis-Philippe',
    'Jean sans Terre'): with the regnal names, more than one leaves 'le roi' unnamed (the
    attack on 'le roi' in 1835 is on Louis-Philippe, not on the Charles X named before)."""
    return {
        name for name in _sovereigns() if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    }


@cache
def _sovereigns() -> frozenset[str]:
    return frozenset(
        person.name
        for period in periods()
        for person in period.people.values()
        if person.roles & {"roi", "reine", "empereur", "impératrice"}
    )


ADJECTIVE_AFTER = re.compile(
    r"\s+[a-zéèêàâîôûç]+(?:ien|ienne|iens|iennes|ais|aise|aises|al|ale|ales|aux|el|elle|els|"
    r"elles|ique|iques|if|ive|ifs|ives|eux|euse|aire|aires|ois|oise|ain|aine|ains|aines|ier|"
    r"iers|ière|ières|ol|ole|ols|oles|ant|ants|ante|antes|onne|onnes|ande|andes)\b(?!-)"
)


# not 'sa capitale' (the tsar's), nor 'la capitale qu'il a fondée' (Québec)
CAPITAL = re.compile(
    r"\b[Ll]a\s+capitale\b(?!\s+(?:de|d['’]|du|des|qu['’]|que|qui|dont|où)\b)(?![\w-])"
    rf"(?!{ADJECTIVE_AFTER.pattern})"
)
CAPITAL_CITY = re.compile(
    r"(?<!traité de )(?<!comte de )(?<!comtesse de )(?<!congrès de )(?<!paix de )"
    r"\b(?:Paris|Londres|Berlin|Vienne|Rome|Madrid|Moscou|Saint-Pétersbourg|Bruxelles|Alger"
    r"|Hanoï|Constantinople|Washington|Lisbonne|Varsovie|Prague|Pékin|Tunis|Rabat|Le Caire"
    r"|Saigon|Dakar|Turin|Florence|Naples|Munich|Amsterdam|La Haye)\b"
)
# a participle agreeing with 'la capitale', beside it ('Déclarée ville ouverte, Paris est
# occupée'): with Paris, masculine
AGREEING = re.compile(
    r"^(?:Complétez \([^)]*\) : )?[A-ZÉ][a-zéèêàâîôûç]+ée(?=\b[^,]*,\s*Paris\b)"
    r"|(?<=\bParis )(?:est|sera|fut|était|a été|avait été)\s+[a-zéèêàâîôûç]+ée\b"
)
# a capitalised Emperor, never 'l'empereur d'Autriche' nor 'l'Empereur François-Joseph'
EMPEROR = re.compile(
    r"\b[Ll]['’]Empereur\b(?!\s+[A-ZÀ-ÖØ-Þ])(?!\s+(?:de|d['’]|des|du)\b)"
    r"(?!\s+\w{3,}(?:é|és|u|us)\b)"  # 'l'Empereur déchu': an epithet the name would not take
)
OTHER_CROWN = re.compile(r"\b(?:archiduc|archiduchesse|tsar|kaiser|impératrice)\b", re.IGNORECASE)
FIRST_EMPIRE = re.compile(r"(?<![\w-])Napoléon(?: Ier| Bonaparte)?(?! III\b)(?![\w-])")
SECOND_EMPIRE = re.compile(r"\bNapoléon III\b|\bLouis-Napoléon\b")


def _the_emperor(text: str, crowned: set[str]) -> str:
    """The text's 'l'Empereur' is Napoléon Ier, or Napoléon III, when it names only one of
    them and no other emperor (`crowned`: the sovereigns it names); written as the text
    writes him most ('Napoléon')."""
    if not EMPEROR.search(text) or OTHER_CROWN.search(text):
        return ""  # 'l'archiduc Maximilien … l'Empereur est fusillé': not Napoléon III
    if any(
        "empereur" in person_record(name, {}).roles and not name.startswith("Napoléon")
        for name in crowned
    ):
        return ""
    first, second = FIRST_EMPIRE.findall(text), SECOND_EMPIRE.findall(text)
    if bool(first) == bool(second):
        return ""
    spellings: list[str] = first or second
    return max(dict.fromkeys(spellings), key=spellings.count)  # a tie: the first written


def _title_document(title: str) -> str:
    """'Le traité de Paris (1763)' -> 'le traité de Paris', 'La loi Veil' -> 'la loi Veil',
    'La promulgation du Code civil' -> 'le Code civil'; '' for a title naming no text."""
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", title).strip()
    if re.search(r"\bet\b|,", bare):
        return ""
    found = re.match(
        r"^(Les|Le|La|L['’])\s*([\w-]+)(\s+(?:(?:de|d['’]|des|du)\b|[A-ZÀ-ÖØ-Þ]).*)$", bare
    )
    if found is None or found[2].casefold() not in DOCUMENT_NOUNS:
        head = bare.split(" ", 1)[-1].split(" ", 1)[0].casefold().lstrip("l'’")
        if head not in NEUTRAL_HEADS:
            return ""  # 'La révocation de l'édit de Nantes': its text is not the edict's
        found = re.search(r"\b(du|de la|de l['’]|des)\s*([\w-]+)(\s+.*)$", bare)
        if found is None or found[2].casefold() not in DOCUMENT_NOUNS:
            return ""
    article = OF_ARTICLE.get(found[1].casefold(), found[1].casefold())
    space = "" if article.endswith(ELIDED) else " "
    return f"{article}{space}{found[2]}{without_subtitle(found[3])}"


NEUTRAL_HEADS = {
    "promulgation", "signature", "adoption", "ratification", "publication", "rédaction",
    "proclamation", "vote",
}  # fmt: skip
TEXT_EPITHET = re.compile(  # 'le texte latin', or any adjective the pattern above reads
    r"\s+(?:latin|original|originel|définitif|complet|primitif)\b|" + ADJECTIVE_AFTER.pattern
)
OF_ARTICLE = {"du": "le", "de la": "la", "de l'": "l'", "de l’": "l’", "des": "les"}
ELIDED = ("'", "’")


# people and bodies a passage names once in full, then by the bare word ('le duc de Bourgogne'
# … 'le duc fait assassiner'; 'le cardinal Mazarin' … 'le cardinal meurt'): out of its
# paragraph the word is anyone's, and readers asked 'which duke?' again and again
ROLE_WORDS = (
    "duc", "duchesse", "comte", "comtesse", "prince", "princesse", "cardinal", "évêque",
    "archevêque", "pape", "maréchal", "général", "amiral", "président", "explorateur",
    "navigateur", "capitaine", "commandant", "colonel", "abbé", "connétable", "chancelier",
    "gouverneur", "préfet", "sous-préfet", "maire", "reine", "sultan", "tsar", "peintre",
    "sculpteur", "architecte", "compositeur", "écrivain", "romancier", "poète", "dramaturge",
    "philosophe", "savant", "ingénieur", "inventeur", "aviateur", "pilote", "journaliste",
    "navire", "frégate", "paquebot", "usine", "abbaye", "cathédrale", "grotte", "forteresse",
    "basilique", "villa", "château", "barrage",
)  # fmt: skip
# not a work's word ('la pièce Le Mariage de Figaro' would lose 'de Figaro'), nor 'la pièce'
# where the king enters, 'la mine', 'le journal' of one's days
ROLE_WORD = _either_case(ROLE_WORDS)
# 'de Bourgogne', "d'Orléans", 'de La Fayette': one name, never the next one ('le duc de
# Bourgogne Jean sans Peur' is of Burgundy)
ONE_PLACE = rf"(?:de la|de l['’]|des|du|de|d['’])\s*(?:(?:La|Le)\s+)?{CAPITALISED}"
# 'Mazarin', 'Jean-Baptiste Charcot', 'Anne d'Autriche', 'Urbain II'
PERSONAL = rf"{CAPITALISED}(?:\s+(?:{CAPITALISED}|[IVX]+|Ier|Ire)|\s+d['’]{CAPITALISED}){{0,2}}"
# 'Le comte', never 'Lecomte': a word the article is glued to is a name
ARTICLE = r"\b(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*|du\s+|au\s+)"
# 'le duc de Bourgogne', 'le cardinal Mazarin', and ', duc d'Orléans,' after a name
ROLE_IN_FULL = re.compile(rf"(?:{ARTICLE}|,\s*)({ROLE_WORD})\s+(?:({ONE_PLACE})|({PERSONAL}))")
# 'la nouvelle cathédrale', 'le vieux château': the same building, said with its state; not
# a person ('le nouveau pape' is the next one) nor 'le grand duc' (another title)
STATE_BEFORE = r"(?:nouvelle|nouveau|nouvel|ancienne|ancien|vieille|vieux|vieil)\s+"
BUILDINGS = _either_case(
    ("usine", "abbaye", "cathédrale", "grotte", "forteresse", "basilique", "villa", "château",
     "barrage")
)  # fmt: skip
BARE_ROLE = re.compile(
    rf"{ARTICLE}(?:{STATE_BEFORE}(?=(?:{BUILDINGS})(?![\w-])))?({ROLE_WORD})(?![\w-])"
    rf"(?!\s+(?:de|d['’]|des|du|{NOT_THE_ONE})\b)(?!\s+[A-ZÀ-ÖØ-Þ_])"
)


def _roles_in_full(text: str) -> dict[str, tuple[str, int]]:
    """Each role word the text completes one way only ('de Bourgogne', or a name), with where
    it first does: a text with two dukes, or one duke written two ways ('le duc de
    Bourgogne', 'le duc Jean'), leaves 'le duc' as it is."""
    told: dict[str, dict[str, int]] = {}  # word -> its completions -> where first written
    for found in ROLE_IN_FULL.finditer(text):
        completions = told.setdefault(found.group(1).casefold(), {})
        completions.setdefault(found.group(2) or found.group(3), found.start(1))
    return {
        word: next(iter(completions.items()))
        for word, completions in told.items()
        if len(completions) == 1
    }


# 'la ville', alone: not 'la ville de Reims', 'la ville sainte', 'la ville qu'il assiège'
TOWN_BARE = re.compile(
    r"\b[Ll]a ville\b(?![\w-])(?!\s+(?:de|d['’]|du|des|qui|que|qu['’]|où|dont|même|sainte|natale"
    r"|voisine|basse|haute|close|neuve|nouvelle|entière)\b)"
)
CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){CAPITALISED}(?:[ -]{CAPITALISED})*")
TITLE_PLACE = re.compile(rf"\b(?:de|d['’])\s*({CAPITALISED}(?:[ -]{CAPITALISED})*)")


def _title_town(title: str) -> str:
    """The one town the places list knows among the title's complements ('La papauté
    d'Avignon (1309-1377)' -> 'Avignon'; not 'La bataille des Dunes', a site)."""
    towns = {name for name in TITLE_PLACE.findall(title) if is_town(name)}
    return towns.pop() if len(towns) == 1 else ""


# 'La création du CNRS', 'la naissance de la CGT', 'La fondation de la Comédie-Française': the
# body a title sees founded, up to a bracket, a comma, a year or the next 'et', 'en', 'par',
# 'sous' … ('La construction de l'Opéra Garnier sous Napoléon III' is the Opéra Garnier)
TITLE_INSTITUTION = re.compile(
    r"\b(?:création|fondation|naissance|construction|inauguration)\s+(du|de la|de l['’])\s*"
    rf"((?:{CAPITALISED}|(?:opéra|hôtel|arc|observatoire|institut|hôpital|église|abbaye|école"
    rf"|académie|université|usine)\s+{CAPITALISED})"
    r"(?:(?:\s+(?!(?:et|en|à|au|par|sous|sur|dans|pour|avec|après|avant)\b)(?!\d)[\w'’-]+)*?))"
    r"\s*(?:\(|,|$|\s(?:et|en|à|au|par|sous|sur|dans|pour|avec|après|avant)\b|\s\d)"
)
# the words a passage uses for that body once named ('l'établissement', 'la centrale'): out of
# their paragraph, a reader asked which one (set 38's Muséum and CGT); True: feminine
BODY_WORDS = {
    "établissement": False, "organisme": False, "institution": True, "centrale": True,
    "confédération": True, "édifice": False, "bâtiment": False, "monument": False,
    # 'L'ouvrage favorise … le transport du blé' under 'Le canal du Midi' (read B: which?)
    "ouvrage": False, "site": False,
}  # fmt: skip
PLACE_WORDS = {"site"}  # a building's place, never a body's ('le site' of the CNRS is a campus)
# the gender of a body or a building the title elides its article before ("l'opéra Garnier")
ELIDED_GENDER = {
    "opéra": False, "hôtel": False, "arc": False, "observatoire": False, "institut": False,
    "aqueduc": False, "amphithéâtre": False,
    "hôpital": False, "église": True, "abbaye": True, "école": True, "académie": True,
    "université": True, "usine": True, "assemblée": True,
}  # fmt: skip
BODY_BARE = re.compile(
    r"\b(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*)(?:(?:nouvel|nouvelle|jeune)\s+)?"
    rf"({'|'.join(BODY_WORDS)})\b(?![\w-])"
    r"(?!\s+(?:de|d['’]|du|des|aux?|qui|que|qu['’]|dont|où|le plus|le moins)\b)"
    r"(?!\s+[A-ZÀ-ÖØ-Þ])(?!\s+[a-zé]+(?:al|el|ique)s?\b)"  # 'le monument national'
)


# 'Le canal du Midi', 'Le pont du Gard, aqueduc romain de Nîmes', 'Le tunnel sous la Manche':
# a title that names a work of building itself, up to its brackets or its apposition
TITLE_BUILDING = re.compile(
    r"^(Le|La|L['’])\s*((?i:pont|canal|tunnel|trophée|aqueduc|arc|viaduc|phare|barrage|"
    r"observatoire|amphithéâtre|château|palais|cathédrale|basilique|abbaye)\s+"
    r"(?:de|du|des|d['’]|sous|sur)\s*[^,(]+?)"
    r"\s*(?:\(|,|$|\s(?:et|sous|à|au|pendant|en|avant|après|de\s+\d)\b)"
)  # not 'Le théâtre de Molière', a body of plays


def _elided(name: str) -> tuple[str, bool | None]:
    """ "l'École polytechnique", "l'opéra Garnier": the article hides the gender, which the
    first noun tells for the usual ones; ('', None) for another."""
    feminine = ELIDED_GENDER.get(name.split()[0].casefold())
    return (f"l'{name}", feminine) if feminine is not None else ("", None)


def _without_article(name: str) -> str:
    """'le canal de Briare' -> 'canal de Briare', "l'École polytechnique" -> 'École …'."""
    return name.split(" ", 1)[1] if name.startswith(("le ", "la ")) else name[2:]


def _title_institution(title: str) -> tuple[str, bool | None]:
    """The body the title sees founded, or the building it names, with its article ('le
    CNRS', 'la CGT', 'le canal du Midi') and whether it takes the feminine; ('', None) if
    the title names none, or elides the article of a noun whose gender the list above does
    not know."""
    found = TITLE_INSTITUTION.search(title)
    if found is None:
        built = TITLE_BUILDING.match(title)
        if built is None:
            return "", None
        article, name = built.group(1), built.group(2).strip()
        if article not in ("Le", "La"):
            return _elided(name)
        return f"{article.casefold()} {name}", article == "La"
    link, name = found.group(1), found.group(2).strip()
    if link in ("de l'", "de l’"):
        return _elided(name)
    feminine = link == "de la"
    return f"{'la' if feminine else 'le'} {name}", feminine


# 'La bête du Gévaudan (1764-1767)', 'Le calendrier républicain', 'Les Jeux olympiques
# d'hiver de Grenoble': the thing the title names, up to a bracket, a comma, a year or a word
# that starts another phrase ('La traversée de la Manche par Louis Blériot')
TITLE_THING = re.compile(
    r"^(?:(?:Les|Le|La)\s+|L['’]\s*)([\w-]+)((?:\s+(?!(?:et|en|à|au|aux|par|sous|sur|pendant|avant"
    r"|après|contre|dans|entre|pour|avec|vers)\b)(?!\d)[\w'’-]+)+?)\s*(?:\(|,|:|$|\s(?:et|en|à|au"
    r"|aux|par|sous|sur|pendant|avant|après|contre|dans|entre|pour|avec|vers)\b|\s\d)"
)
# heads that name no thing of their own once bare ('la mort', 'la carrière': a stem's 'la mort'
# is anyone's), or an adjective before the noun ('La première bataille de la Marne')
NOT_A_THING = {
    "mort", "naissance", "vie", "carrière", "jeunesse", "enfance", "règne", "exil", "retour",
    "chute", "fin", "début", "histoire", "œuvre", "portrait", "première", "premier", "grande",
    "grand", "seconde", "second", "dernière", "dernier", "ville", "affaire",
    "guerre", "guerres", "révolution", "paix",
}  # fmt: skip
# a past participle right after the bare noun says which one: not the title's
PARTICIPLE_AFTER = re.compile(
    r"\s+(?!(?:été|eu|fait|dit|mis|pris|ainsi|aussi|puis|depuis|jamais|parmi|lui|ici|plus|sous"
    r"|tous|assis|aujourd)\b)[a-zéèêàâîôûç]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\b"
)
# the event itself happening: 'le procès s'ouvre', 'l'assassinat a lieu', 'le sacre a-t-il
# lieu' (not 'la catastrophe conduit à …', 'en souvenir de la déclaration': its aftermath)
OCCURS = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient|eut|eurent)(?:-t-(?:il|elle|ils|elles))?\s+lieu"
    r"|s['’](?:ouvr|achèv|engag|tien|déroul)\w*|(?:commenc|début|éclat)\w*"
    r"|se\s+(?:déroul|tien)\w*)\b"
)
# a capitalised head is a name ('Le Cid', 'Le Verrier'), but for these common nouns
NAMED_HEADS = {
    "jeux", "exposition", "constitution", "blocus", "entente", "salon", "concile", "arc",
}  # fmt: skip


def _title_thing(title: str) -> tuple[str, str]:
    """('bête', ' du Gévaudan') for 'La bête du Gévaudan (1764-1767)': the title's head noun
    and the words that make it that one; ('', '') for a title on a person or a name."""
    found = TITLE_THING.match(without_subtitle(title))
    if found is None:
        return "", ""
    head = found.group(1)
    rest = re.sub(r"\s+(?:de|d['’]|du|des)$", "", found.group(2))  # '… franco-britannique de 1860'
    if (
        head.casefold() in NOT_A_THING
        or head.casefold() in ROLE_NOUNS  # 'Le général Juin en Italie': a man
        or (head[0].isupper() and head.casefold() not in NAMED_HEADS)
    ):
        return "", ""
    if len(rest.split()) > 6:
        return "", ""  # a long title is no name a stem carries
    return head, rest


def _name_begun(question: str, at: int, rest: str) -> int:
    """Where the stem stops writing the title's name it began after the head noun ('la
    cathédrale Notre-Dame' of 'Notre-Dame de Reims'), or 0: not begun, or written whole, or
    followed by another complement ('Notre-Dame de Paris')."""
    words = rest.split()
    if not words or not words[0][:1].isupper() or question.startswith(" ".join(["", *words]), at):
        return 0
    for count in range(len(words) - 1, 0, -1):
        begun = " ".join(["", *words[:count]])
        if not words[count - 1][:1].isupper() or not question.startswith(begun, at):
            continue
        end = at + len(begun)
        if re.match(r"[\w'’-]|\s+(?:de|d['’]|du|des|[A-ZÀ-ÖØ-Þ])", question[end:]):
            return 0
        return end
    return 0


def _only_thing(thing: tuple[str, str], text: str, title: str = "") -> tuple[str, str]:
    """The title's thing, unless the text names another of its kind ('le procès de Riom' in
    a passage on Pétain's trial): then a bare 'le procès' may be either. Another name of the
    same thing is none ('La place Royale, future place des Vosges', 'rebaptisée place de
    l'Indivisibilité')."""
    head, rest = thing
    if not head:
        return thing
    own = re.match(r"\s+((?:de la|de l['’]|des|du|de|d['’])\s*[\w-]+)", rest)
    for found in re.finditer(
        rf"\b{re.escape(head)}\s+((?:de la|de l['’]|des|du|de|d['’])\s*[\w-]+)", text, re.I
    ):
        if own is not None and found.group(1).casefold() == own.group(1).casefold():
            continue
        if found.group(0).casefold() in title.casefold() or RENAMED.search(text[: found.start()]):
            continue
        return "", ""
    return thing


# the words that give a thing its next name: 'rebaptisée place de l'Indivisibilité', 'reçut
# le nom de place des Vosges', 'longtemps appelée place Royale'
RENAMED = re.compile(
    r"\b(?:rebaptisée?s?|renommée?s?|appelée?s?|nommée?s?|surnommée?s?|le nom de|future?s?)\s+$",
    re.IGNORECASE,
)


def _title_article(title: str) -> str:
    """'la' for 'La place Royale …', "l'" for "L'arc de Triomphe", '' for no article."""
    found = re.match(r"(Les|Le|La|L['’])\s*", title)
    return found.group(1).casefold().replace("’", "'") if found else ""


def _may_be_king(name: str) -> bool:
    roles = person_record(name, {}).roles
    return not roles or "roi" in roles


@dataclass(frozen=True)
class Referents:
    """What the passage names by a bare word: 'siège' -> 'de La Rochelle', 'roi' -> a king."""

    events: dict[str, str]
    titled_king: str | None
    topic: str | None = None  # the title's complement: 'de Panama', 'de 1358'
    topic_head: str = ""  # the title's noun it completes: 'scandale', 'jacquerie'
    document: str = ""  # the title's text of law or treaty: 'le traité de Paris'
    emperor: str = ""  # whom the text's 'l'Empereur' means: 'Napoléon'
    text: str = ""  # where 'la capitale' is read: the last capital named before it
    work: str = ""  # the title's work whose parts the text names bare: "l'Encyclopédie"
    # 'duc' -> ('de Bourgogne', where the text first says 'duc de Bourgogne')
    roles: dict[str, tuple[str, int]] = field(default_factory=dict)
    town: str = ""  # the one town the title names: 'la ville' is Avignon's
    institution: str = ""  # the body the title sees founded: 'le CNRS'
    institution_feminine: bool | None = None
    building: str = ""  # the word of the building the title names: 'pont', 'canal'
    event: str = ""  # the title's event with its article: 'la bataille de Crécy'
    event_head: str = ""  # its noun: 'bataille'
    event_years: tuple[int, ...] = ()  # the title's years: talks of another year are another's
    thing_head: str = ""  # the title's noun, and the words that make it the title's thing:
    thing_rest: str = ""  # 'bête', ' du Gévaudan'
    thing_article: str = ""  # the article the title gives it: 'la'

    @classmethod
    def of(cls, text: str, title: str) -> Referents:
        """The title's events, and those of the text whose name is in the title ('le traité
        des Pyrénées' under 'La paix des Pyrénées'): a passage on Panama that names the
        Suez canal once must not turn 'le canal' into it."""
        events: dict[str, str] = {}
        for word, complement in NAMED_EVENT.findall(title):
            events.setdefault(word.casefold(), complement)
        document = _title_document(title)
        named_text = re.match(r"(?:les|le|la|l['’])\s*([\w-]+)\s+([A-ZÀ-ÖØ-Þ][\w-]*)$", document)
        if named_text:  # 'la loi Veil': 'la loi est rendue définitive' is that one
            events.setdefault(named_text[1].casefold(), named_text[2])
        told: dict[str, set[str]] = {}
        for word, complement in NAMED_EVENT.findall(text):
            told.setdefault(word.casefold(), set()).add(complement)
        for word, complements in told.items():
            if len(complements) == 1 and (
                word in DOMAINS
                or prints(title, next(iter(complements)))
                or (word == "compagnie" and INSTITUTION_BARE.search(text))
            ):
                # 'la Compagnie de Jésus' … 'La Compagnie est rétablie en 1814': a body the
                # text names once in full and writes bare with its capital is that one
                events.setdefault(word, complements.pop())
        king = KING.search(title)
        # else the only king the text names: 'Louis XIV' through a passage on the Poisons;
        # not a pope ('le pape Léon X'), nor a foreign king ('Henri VIII reçoit le roi')
        crowned = _crowned_in(text)
        kings = {
            found.group(1)
            for found in KING.finditer(text)
            if not re.search(r"\bpape\s+$", text[: found.start()])
        } | crowned
        # 'le roi d'Espagne Philippe IV' beside Louis XIII: a French text's 'le roi' is
        # Louis XIII (a stem that names the other king is left as it is)
        foreign = {k for k in kings if re.search(rf"\broi {FOREIGN_LAND}\s+{re.escape(k)}", text)}
        if kings - foreign:
            kings -= foreign
        # 'le roi' is no emperor nor queen: Napoléon Ier beside Louis XVIII leaves him the king
        kings = {k for k in kings if _may_be_king(k)}
        only = next(iter(kings)) if len(kings) == 1 else None
        if only is not None and person_record(only, {}).nation not in (None, FRENCH):
            only = None  # never 'le roi Henri VIII' in a French text
        topic = TITLE_COMPLEMENT.match(title) or ACT_ON_A_THING.match(title)
        return cls(
            events,
            king.group(1) if king else only,
            topic.group(2) if topic else None,
            topic.group(1).casefold() if topic else "",
            document,
            _the_emperor(text, crowned),
            text,
            work[0] if (work := WORK_TITLE.match(title)) else "",
            _roles_in_full(text),
            _title_town(title),
            *_title_institution(title),
            built[2].split()[0] if (built := TITLE_BUILDING.match(title)) else "",
            setting.phrase if (setting := Setting.of(title, text)) is not None else "",
            setting.head if setting is not None else "",
            tuple(int(y) for y in re.findall(r"\b\d{3,4}\b", title)),
            *_only_thing(_title_thing(title), text, title),
            _title_article(title),
        )

    def name(self, question: str, answer: str, sentence: str = "", year: int | None = None) -> str:
        """The question with its first bare event or king named, its capital and its
        Emperor too, unless that names the answer or the stem already says it."""
        question = self._capital_named(question, answer, sentence)
        question = self._emperor_named(question, answer)
        question = self._work_named(question, answer)
        question = self._role_named(question, answer, sentence)
        question = self._institution_named(question, answer)
        question = self._works_told(question, answer)
        question = self._event_told(question, answer)
        question = self._thing_named(question, answer, f"{sentence} {year or ''}")
        found = BARE.search(question)
        if found is None:
            return question
        word = found.group(1).casefold()
        if word == "loi" and (
            re.search(r"\b(?:devant|hors|selon|contre|par|sous|de)\s+$", question[: found.start()])
            or re.search(r"\b[Ll]oi\s+(?:du|de|d['’]|des)\b", question)
        ):
            # 'égales devant la loi': no law in particular; 'une loi du 31 juillet 1920 …'
            return question
        if word == "texte":
            if TEXT_EPITHET.match(question, found.end()):
                return question  # 'Le texte latin est rédigé …': 'du traité … latin' reads wrong
            # 'Le texte se compose de quatre actes' under 'L'édit de Nantes (1598)': no other
            # text of law named beside it
            others = [w for w in re.findall(r"[\w-]+", question) if w.casefold() in DOCUMENT_NOUNS]
            if not self.document or others or prints(question, self.document):
                return question
            return contract(
                f"{question[: found.end()]} de {self.document}{question[found.end() :]}"
            )
        if word == "roi":
            if SAID_ALREADY.match(question, found.end()):
                return question
            if KINGS_OFFICE.search(question[: found.end()]):
                # 'devenu secrétaire du roi': an office of the crown, bought under whichever
                # king (Beaumarchais's, in 1761, under Louis XV, not the passage's Louis XVI)
                return question
            # the title's king, or the text's only one: a paragraph that names Henri VIII or
            # the prince Louis before 'le roi' still means François Ier, or Philippe Auguste
            if KING.search(question) or re.search(rf"\broi {FOREIGN_LAND}", sentence):
                return question  # a king the stem names already may be another one
            addition = self.titled_king or ""
        else:
            addition = self.events.get(word, "")
            if not addition and word in TOPIC_OF_HEAD.get(self.topic_head, ()) and self.topic:
                addition = self.topic
            if word in OUTCOMES and not _opens(question, found):
                return question  # 'confirme la victoire à Lauffeld': maybe another one
            if word in OUTCOMES and OTHER_FIELD.match(question, found.end()):
                return question  # 'La défaite subie à Dettingen' is not Fontenoy's
        if not addition or prints(question, addition) or prints(answer, addition):
            return question
        if ADJECTIVE_AFTER.match(question, found.end()):
            return question  # 'la révolte parisienne': the complement would split the pair
        return f"{question[: found.end()]} {addition}{question[found.end() :]}"

    def _thing_named(self, question: str, answer: str, told: str = "") -> str:
        """'En quelle année le viaduc est-il classé ?', 'Les Jeux réunirent _____ nations',
        'la bête aurait fait une centaine de morts' (each read B: which one?): the title's
        thing, written bare by its head noun, is named whole."""
        head, rest = self.thing_head, self.thing_rest
        found = (
            re.search(
                rf"(?:\b(?:[Ll]es|[Ll]e|[Ll]a|du|au|des|aux)\s+|\b[Ll]['’]\s*)"
                rf"({re.escape(head)})\b(?![\w-])",
                question,
            )
            # a word of events with its name from the title is named further down: 'la loi Veil'
            if head
            and not (head.casefold() in self.events and head.casefold() in (*EVENTS, *DOMAINS))
            else None
        )
        if found is not None and (begun := _name_begun(question, found.end(), rest)):
            # 'la cathédrale Notre-Dame est rendue au culte' under 'La cathédrale Notre-Dame
            # de Reims' (read B: Paris's?): the title's name, which the stem began, is ended
            if prints(answer, rest) or self._another_time(question, answer):
                return question
            return f"{question[:begun]}{rest[begun - found.end() :]}{question[begun:]}"
        if found is None or re.match(
            rf"\s+(?:de|d['’]|du|des|{NOT_THE_ONE})\b|\s+[A-ZÀ-ÖØ-Þ]", question[found.end() :]
        ):
            return question  # 'le procès de Riom', 'la tour Eiffel': another one, or named
        if re.search(r"\b(?:devant|hors|selon|contre|sous)\s+\S+\s*$", question[: found.start(1)]):
            return question  # 'égales devant la loi': no law in particular
        if _epithet_at(question, found.end()) or prints(question, rest) or prints(answer, rest):
            return question
        if re.search(r"\d", rest) and re.search(r"\d", answer):
            return question  # 'le traité … de 1860' would print the year asked
        if PARTICIPLE_AFTER.match(question, found.end()):
            return question  # 'le calendrier suivi en Russie', 'les Jeux organisés à Amsterdam'
        if self._another_time(question, answer):
            return question  # 'Le procès s'ouvre le 14 octobre 1793' under the collier's, 1786
        if (
            head.casefold() in DURING
            and OCCURS.match(question, found.end())
            and self._another_time(f"{question} {told}", answer)
        ):
            # an event happens once: 'Le procès s'ouvre le _____' (1793), 'l'assassinat a
            # lieu à _____' where the story is in 1589, are another trial, another murder
            return question
        return f"{question[: found.end()]}{rest}{question[found.end() :]}"

    def _another_time(self, question: str, answer: str, slack: int = 0) -> bool:
        """A year the stem gives outside the title's years ('En 1955, le chantier …' under
        'Le pont de Normandie (1988-1995)'), or the date a question asks of the thing itself
        ('À quelle date le procès s'ouvre-t-il ?', 14 octobre 1793, under the collier's trial
        of 1786; 'le sacre' of 1825 under Napoléon's): another one, a reviewer's probes. A
        blank's year outside them is the thing's later life ('Le pacte entre en vigueur le
        _____', 1929), and the name stays."""
        years = self.event_years
        asked = "" if question.startswith("Complétez") else answer
        told = [int(y) for y in re.findall(r"\b\d{3,4}\b", f"{question} {asked}")]
        return bool(years) and any(
            not min(years) - slack <= year <= max(years) + slack for year in told
        )

    def _built(self, alone: bool = True) -> str:
        """The title's work of building with its article: 'le canal de Briare', 'la statue de
        la Liberté', 'la place Royale'; '' for a title on anything else, or on a thing beside
        which the text builds another ('un théâtre' under 'La statue de Vercingétorix': its
        'emplacement', its 'travaux' may be the theatre's)."""
        if self.building and self.institution:
            return self.institution
        head = self.thing_head.casefold()
        if head not in BUILT_THINGS or not self.thing_article:
            return ""
        if alone and any(found.casefold() != head for found in OTHER_BUILDING.findall(self.text)):
            return ""
        space = "" if self.thing_article.endswith(ELIDED) else " "
        return contract(f"{self.thing_article}{space}{self.thing_head}{self.thing_rest}")

    def _works_told(self, question: str, answer: str) -> str:
        """'Les travaux reprennent en 1638' under 'Le canal de Briare' (read B: which?): the
        works of the title's building, when they are the stem's subject; its inauguration,
        its site, its pedestal wherever the stem names them; the middle of its square."""
        name = self._built()
        found = WORKS_BARE.search(question) if name else None
        if found is not None and not _opens(question, found):
            found = None
        found = found or (OWN_PARTS.search(question) if name else None)
        if found is None and name and self.thing_head.casefold() in CHURCHES:
            found = CHURCH_PARTS.search(question)
        middle = None
        if found is None and self.thing_head.casefold() in OPEN_THINGS:
            # a square's middle is its own, whatever else stands on it
            name = self._built(alone=False)
            found = middle = MIDDLE_BARE.search(question) if name else None
        if found is None:
            return question
        bare = _without_article(name)
        if prints(question, bare) or prints(answer, bare) or _epithet_at(question, found.end()):
            return question
        if middle is None and self._another_time(question, answer):
            # 'En 1955, le chantier …' was the bridge before the title's; a square's middle
            # stays where it was
            return question
        return contract(f"{question[: found.end()]} de {name}{question[found.end() :]}")

    def _event_told(self, question: str, answer: str) -> str:
        """'Le bilan de la bataille de Crécy', 'les pourparlers du traité de Paris'."""
        found = OF_THE_EVENT_BARE.search(question) if self.event else None
        if found is None or self.event_head not in OF_THE_EVENT[found.group(1).casefold()]:
            return question
        if prints(question, self.event) or prints(answer, self.event):
            return question
        if _epithet_at(question, found.end()):
            return question  # 'le bilan humain', 'des pourparlers secrets': not split
        if not _opens(question, found):
            return question  # the subject the reader asked to name, not a word further on
        if self._another_time(question, "", slack=2):
            return question  # 'En 1925, les négociations' under Versailles (1919): Locarno's
        return contract(f"{question[: found.end()]} de {self.event}{question[found.end() :]}")

    def _role_named(self, question: str, answer: str, sentence: str) -> str:
        """'Qui le duc fait-il assassiner ?': the duke the passage names, of Burgundy, if it
        named him before (a stem on the defence of Paris is not on 'l'armée de la Loire'
        formed later)."""
        at = self.text.find(sentence) if sentence else -1
        for found in BARE_ROLE.finditer(question):
            addition, told = self.roles.get(found.group(1).casefold(), ("", 0))
            if not addition or prints(question, addition) or prints(answer, addition):
                continue
            if at < 0 or told > at + len(sentence):
                continue
            if ADJECTIVE_AFTER.match(question, found.end()):
                continue  # 'l'abbaye royale': the complement would split the pair
            return f"{question[: found.end()]} {addition}{question[found.end() :]}"
        return question

    def town_named(self, question: str, answer: str, sentence: str) -> str:
        """'Les cardinaux quittent la ville en 1377' under 'La papauté d'Avignon' (read B three
        times: which town?): the title's town, unless the sentence names another town before
        'la ville' (that one is meant: 'Sfax fut prise, et la ville …'). After the sentence's
        own town is tried (questions._town_named)."""
        found = TOWN_BARE.search(question) if self.town else None
        if found is None or prints(question, self.town) or prints(answer, self.town):
            return question
        if ADJECTIVE_AFTER.match(question, found.end()) or re.match(
            r"\s+[\w-]+\s+(?:de|d['’])", question[found.end() :]
        ):
            return question  # 'la ville épiscopale', 'la ville bretonne de Fougères'
        at = sentence.casefold().find("la ville")
        before = sentence[: at if at >= 0 else len(sentence)]
        if any(is_town(n) and n != self.town for n in CAPITALISED_RUN.findall(before)):
            return question
        link = "d'" if VOWEL_START.match(self.town) else "de "
        return f"{question[: found.end()]} {link}{self.town}{question[found.end() :]}"

    def _institution_named(self, question: str, answer: str) -> str:
        """'En quelle année Georges Cuvier rejoignit-il l'établissement ?' under 'La création
        du Muséum national d'histoire naturelle': that body, by its name, where the bare
        word has its gender (a participle agrees with it: 'l'organisme, créé …')."""
        name = self.institution
        bare = _without_article(name)
        if self.building and name:
            # 'Le pont lui-même, haut de 48,77 mètres' under 'Le pont du Gard' (read B): the
            # title's own word, bare, is that building; only as the stem's subject, then its
            # 'lui-même' or a comma: 'le pont suspendu', 'le château fort' are other buildings
            own = re.search(
                rf"\b(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*){self.building}"
                r"(?:\s+(?:lui|elle)-même\b|(?=,))",
                question,
            )
            if (
                own is not None
                and _opens(question, own)
                and not prints(answer, bare)
                and bare not in question
            ):
                replaced = name if own.group(0)[0].islower() else upper_first(name)
                return contract(f"{question[: own.start()]}{replaced}{question[own.end() :]}")
        found = BODY_BARE.search(question) if name else None
        if found is None or prints(question, bare) or prints(answer, bare):
            return question
        word = found.group(1).casefold()
        if BODY_WORDS[word] != self.institution_feminine:
            return question
        if word in PLACE_WORDS and not self.building:
            return question
        if _epithet_at(question, found.end()):
            return question  # 'l'établissement public', 'le site web': another phrase
        if word == "ouvrage" and (not self.building or BOOK_VERBS.search(question)):
            return question  # 'Vauban publie l'ouvrage': a book
        if word == "site" and question[: found.start()].endswith("sur "):
            return question  # 'dresser sur le site une maquette': on its site, not on it
        if word == "monument" and OTHER_MONUMENT.search(self.text):
            return question  # 'un monument aux morts est élevé': 'le monument' may be that one
        replaced = name if found.group(0)[0].islower() else upper_first(name)
        return contract(f"{question[: found.start()]}{replaced}{question[found.end() :]}")

    def _work_named(self, question: str, answer: str) -> str:
        """'En quelle année le privilège est-il révoqué ?' under 'L'Encyclopédie …': the
        privilege of the title's work."""
        name = self.work
        found = WORK_PART.search(question) if name else None
        if found is None or prints(question, name) or prints(answer, name):
            return question
        if ADJECTIVE_AFTER.match(question, found.end()):
            return question  # 'le privilège royal': the complement would split the pair
        return contract(
            f"{question[: found.end()]} de {name[:1].lower()}{name[1:]}{question[found.end() :]}"
        )

    def _capital_named(self, question: str, answer: str, sentence: str) -> str:
        """'la capitale' out of its paragraph is any capital ('Replace it with Paris', four
        readers wrote): the capital the text named last before the sentence, if it is Paris
        (a passage on Algiers or Berlin says 'la capitale' of them)."""
        found = CAPITAL.search(question)
        at = self.text.find(sentence) if sentence else -1
        if found is None or at < 0 or prints(question, "Paris") or prints(answer, "Paris"):
            return question
        named = [m.group(0) for m in CAPITAL_CITY.finditer(self.text[: at + len(sentence)])]
        if not named or named[-1] != "Paris":
            return question
        # 'Déclarée ville ouverte, la capitale est occupée': Paris takes the masculine
        named_stem = question[: found.start()] + "Paris" + question[found.end() :]
        return AGREEING.sub(lambda m: m.group(0)[:-1], named_stem)

    def _emperor_named(self, question: str, answer: str) -> str:
        """'À Fontainebleau, l'Empereur veut encore marcher sur Paris' (graded B: 'write
        Napoléon'): a capitalised Emperor is the text's only Napoleon."""
        if not self.emperor or prints(answer, self.emperor) or prints(question, self.emperor):
            return question
        return EMPEROR.sub(self.emperor, question, count=1)
