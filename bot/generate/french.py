"""The French grammar question writing needs: interrogatives, inversion, contractions."""

from __future__ import annotations

import re

from bot.generate.assemblies import assembly_record
from bot.generate.places import KIND_LABELS, SUBJECT_WORDS, place_record

WH_SUBJECT = {
    "person": "Qui",
    "organisation": "Quelle organisation",
    "work": "Quelle œuvre",
    "event": "Quel événement",
}
WH_DATE = {
    "year": "En quelle année",
    "date": "À quelle date",
    "month": "Quand",
    "decade": "Dans quelles années",
}
WHAT_KIND = {
    "person": "personne",
    "organisation": "organisation",
    "place": "lieu",
    "work": "œuvre",
    "event": "événement",
    "year": "année",
    "date": "date",
    "month": "date",
    "decade": "décennie",
    "number": "nombre",
}
# Works that are texts of law or state: 'Quelle œuvre' reads wrong for a constitution.
DOCUMENT_NOUNS = {
    "constitution", "charte", "loi", "lois", "édit", "traité", "décret", "décrets",
    "ordonnance", "ordonnances", "accords", "accord", "déclaration", "concordat", "pacte",
    "code", "programme", "manifeste", "proclamation", "appel", "statut", "acte", "paix",
    "loi-cadre", "capitulation", "bulle", "armistice", "trêve",
}  # fmt: skip


# what follows a law's or an event's name: 'la loi Veil sur l'interruption volontaire …'
SUBTITLE = re.compile(r"\s+(?:sur|relative|relatif|portant|instituant|pour|contre)\b.*$")


def without_subtitle(name: str) -> str:
    """'la loi Veil sur l'interruption volontaire de grossesse' -> 'la loi Veil': its name
    is enough in a stem."""
    return SUBTITLE.sub("", name)


def is_document(text: str) -> bool:
    first = re.sub(r"^(?:la |le |les |l['’])", "", text.strip(), flags=re.IGNORECASE)
    if re.match(r"convention (?:de |d['’]|du )", first):
        return True  # 'la convention de Tauroggen', not 'la Convention nationale'
    return first.split(" ", 1)[0].casefold() in DOCUMENT_NOUNS


def subject_wh(kind: str, text: str) -> str | None:
    """The question word for a subject of this kind: 'Quel texte' for a law or a treaty,
    'Quel pays' for a country."""
    if kind == "work" and is_document(text):
        return "Quel texte"
    if kind == "place":
        # a town as the subject is the people in it, or a misread actor: 'Quel lieu rassemble
        # plusieurs milliers d'hommes ?' (Le Balp did), 'Quel lieu résistera toute la journée
        # ?': every one read was graded C; its cloze asks it as a place
        place = place_record(text)
        return SUBJECT_WORDS.get(place.kind) if place is not None else None
    if kind == "organisation" and (body := assembly_record(text)) is not None:
        return BODY_WH[body.role]
    return WH_SUBJECT.get(kind)


# an assembly, a council, a court: 'Quelle organisation' read wrong for each
BODY_WH = {"assembly": "Quelle assemblée", "council": "Quelle institution", "court": "Quelle cour"}
BODY_LABELS = {"assembly": "assemblée", "council": "institution", "court": "cour"}


def kind_label(kind: str, text: str) -> str:
    """What a cloze's blank holds, as the instruction names it: a river is no mere 'lieu'."""
    if kind == "work" and is_document(text):
        return "texte"
    if kind == "place" and (place := place_record(text)) is not None:
        return KIND_LABELS.get(place.kind, WHAT_KIND[kind])
    if kind == "organisation" and (body := assembly_record(text)) is not None:
        return BODY_LABELS[body.role]
    return WHAT_KIND.get(kind, "réponse")


_CONTRACTIONS = (
    (re.compile(r"\bde le\b"), "du"),
    (re.compile(r"\bà le\b"), "au"),
    (re.compile(r"\bde les\b"), "des"),
    (re.compile(r"\bà les\b"), "aux"),
    (re.compile(r"\bDe le\b"), "Du"),
    (re.compile(r"\bÀ le\b"), "Au"),
)
BAD_SEQUENCES = re.compile(r"\b(de le|à le|de les|à les)\b", re.IGNORECASE)


# joins 'à' or 'de' to an object pronoun that follows ('à le rejoindre', 'de les juger'),
# which a contraction would turn into an article ('au rejoindre'); `tidy` makes it a space
PRONOUN_JOIN = "\u2060"


def contract(text: str) -> str:
    """'de le' -> 'du', 'à les' -> 'aux' (they appear when a phrase is cut and rejoined)."""
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def before_pronoun(text: str, token: object) -> str:
    """The text so far, its last space held if the token is an object pronoun after 'à' or
    'de': 'appela la flotte à le rejoindre' keeps its 'à le'."""
    pronoun = getattr(token, "pos_", "") == "PRON" and str(token).casefold() in ("le", "les")
    if pronoun and re.search(r"(?:^|\s)(?:[àÀ]|[dD]e) $", text):
        return text[:-1] + PRONOUN_JOIN
    return text


def subject_pronoun(gender: str | None, number: str | None) -> str:
    plural = number == "Plur"
    if gender == "Fem":
        return "elles" if plural else "elle"
    return "ils" if plural else "il"


def invert(verb: str, pronoun: str) -> str:
    """'approuva' + 'il' -> 'approuva-t-il'; 'conclut' + 'il' -> 'conclut-il'."""
    euphonic = verb[-1:].lower() in ("a", "e") and pronoun[0] in ("i", "e")
    return f"{verb}-t-{pronoun}" if euphonic else f"{verb}-{pronoun}"


def tidy(text: str) -> str:
    """Spaces as French typography wants them, and no doubled punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    # 'Raymond VII se soumit à son tour': after someone the stem does not name
    # after an opening phrase its comma stays ('En 1415, à son tour, Henri V débarque')
    text = re.sub(
        r"^((?:En|Le|La|Au|Après|Avant|Dès|Vers|Pendant|Lors|À|Depuis|Puis)\b[^,]*),\s*"
        r"à (?:son|leur) tour\s*,\s*",
        r"\1, ",
        text,
    )
    text = re.sub(r"\s*,\s*à (?:son|leur) tour\s*,\s*", " ", text)
    text = re.sub(r"\s+à (?:son|leur) tour\b", "", text)
    text = re.sub(r"\s+([,.])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"^[,;:]\s*", "", text)
    text = re.sub(r"[,;:]\s*$", "", text)
    return contract(text).replace(PRONOUN_JOIN, " ")


def lower_first(text: str, proper: bool) -> str:
    return text if proper or not text else text[0].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def prints(text: str, name: str) -> bool:
    """Whether the text says a word of the name ('Hollande' of 'la guerre de Hollande'); short
    words ('de', 'la', 'Ier') do not count, numbers do."""
    words = {w for w in re.findall(r"\w+", name.casefold()) if len(w) > 3 or w.isdigit()}
    return bool(words & set(re.findall(r"\w+", text.casefold())))


# a king's or pope's number: 'Louis XIV', 'François Ier', 'Élisabeth Ire'
REGNAL = re.compile(r"[IVXL]+|Ier|Ire")


def passage_title(text: str) -> str:
    """The passage's title: a short first line without a final full stop, if it has one."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first.split()) <= 15 and not first.endswith("."):
        return first
    return ""


# 'avait lancé', 'avaient-ils été': the pluperfect of the main clause, before its participle
# (an adverb between them at most); never 'avait vingt ans', 'n'avait plus d'existence'
PLUPERFECT = re.compile(
    r"\b(avait|avaient)(-t-il|-t-elle|-il|-elle|-ils|-elles)?\s+"
    r"(?=(?:(?:déjà|longtemps|entre-temps|ouvertement|bien|alors|d['’]abord|aussi|même|pourtant"
    r"|pas|jamais|toujours|personnellement)\s+)?"
    r"(?:été|eu|fait|dit|mis|pris|(?!(?:plus|tous|sous|puis|depuis|ainsi|aussi|ici|parmi|lui"
    r"|celui|autrui|jadis|alors|ceux|vu|pu|su|dû)\b)"
    r"[a-zéèêàâîôûç]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ert|erte|int|inte|it|ite))\b)"
)
# a clause that tells what came before another: its pluperfect says so ('qui avait promis')
SUBORDINATE_BEFORE = re.compile(
    r"\b(?:qui|que|qu['’]|dont|où|lorsque|lorsqu['’]|quand|si|comme|puisque|parce|tandis"
    r"|depuis que|après que|avant que|après qu['’]|avant qu['’]|alors|car)\b",
    re.IGNORECASE,
)
PRESENT_PERFECT = {"avait": "a", "avaient": "ont"}
QUESTION_WORDS = re.compile(
    r"(?:[^,?]*,\s*)?(?:(?:Par|À|Avec|Contre|De|Pour|Chez) qui|Qui|Que|Qu['’]|Où|Quand|Combien"
    r"|(?:En|À|Dans|Pour|Par|Sous|De) (?:quel|quelle|quels|quelles)|Quel|Quelle|Quels|Quelles)\b"
)


def in_present_perfect(stem: str) -> str:
    """'Les combats avaient coûté la vie à près de _____ civils' -> 'Les combats ont coûté …':
    out of its story, the main clause's pluperfect asks 'before what?' (read B three times
    in set 72); a clause that says what it came before keeps it."""
    found = PLUPERFECT.search(stem)
    # the question's own words are no clause: 'Qui avait soutenu …', 'Quand … avait-il …'
    asked = QUESTION_WORDS.match(stem)
    if found is None or SUBORDINATE_BEFORE.search(
        stem[asked.end() if asked else 0 : found.start()]
    ):
        return stem
    verb = PRESENT_PERFECT[found.group(1)]
    if found.group(2):  # 'avait-il' -> 'a-t-il', 'avaient-ils' -> 'ont-ils'
        verb = invert(verb, found.group(2).rsplit("-", 1)[-1])
    return f"{stem[: found.start()]}{verb} {stem[found.end() :]}"
