"""A drafted question's chance of being usable, learned from a teacher's grades.

The features are what the teacher's notes kept naming (bench/devset/labels): the form of the
question, how much it copies, whether its wrong answers come from the passage and look like
the right one, whether it carries its own time anchor, pronouns left without antecedent. A
logistic model over them is trained by `python -m bench quality --write` on the labelled
drafts (A and B against C) and stored in quality.yaml; it ranks candidates, and those below
the threshold chosen on the same labels are not drafted.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

import yaml

from bot.generate.assemblies import a_fair_doubt, assembly_record
from bot.generate.distractors import person_record
from bot.generate.french import REGNAL, passage_title
from bot.generate.people import ROLE_NOUNS, role_groups
from bot.generate.places import KIND_LABELS, place_record
from bot.generate.referents import CAPITALISED

WEIGHTS_FILE = Path(__file__).with_name("quality.yaml")
BLANK = "_____"
DATE = re.compile(r"\b\d{3,4}\b")
PRONOUN = re.compile(r"(?<![\w'’])(?:il|elle|ils|elles|lui|leur|y|celui-ci|celle-ci)(?![\w'’])")


CLOZE_KIND = re.compile(r"^Complétez \(([^)]*)\)")
KINDS = {
    "person": ("personne",),
    "place": ("lieu", *KIND_LABELS.values()),
    "number": ("nombre",),
    "group": ("organisation", "assemblée", "parti", "groupe"),
    "work": ("texte", "œuvre", "événement"),
}
# 'Le duché est aux mains de _____', 'La mise en place revient à _____': the noun that opens
# the stem named something the sentence before said ('le duché de Milan' is not generic)
GENERIC_OPENING = re.compile(
    r"^(?:(?:Le|La|Les)\s+|L['’])[a-zéèêàâîôûç-]+\b(?!\s+(?:de|d['’]|du|des)\s+[A-ZÉ])"
)
# the blank, at most a name's complement, then the relative: no verb of its own between
RELATIVE_AFTER_BLANK = re.compile(
    re.escape(BLANK) + r"(?:\s+(?:[A-ZÉ0-9][^\s,]*|de|d['’]\S+|du|des|la|le))*, qui "
)


# a name in the stem, the blank aside ('Paris', 'd'Orléans'): what sets it in its story
CAPITALISED_WORD = re.compile(rf"(?<![\w-]){CAPITALISED}")
# 'la ville', 'le prélat', 'l'appareil': a noun the paragraph named, without a complement
BARE_DEFINITE = re.compile(
    r"(?<![\w'’])(?:(?:[Ll]es?|[Ll]a)\s+|[Ll]['’])[a-zéèêàâîôûç-]{3,}\b"
    r"(?!\s+(?:de\s|d['’]|du\s|des\s))"
)
ROLE_WORD = "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
# a title right before the name, at most two names between ('le général de Gaulle', 'le roi
# Louis XIV'): not the title of the man before ('Le roi nomme Colbert')
ROLE_BEFORE = re.compile(
    rf"\b((?i:{ROLE_WORD}))s?\s+(?:(?:de|d['’]|du|von|van)\s*)?(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){{0,2}}$"
)
# or after it, set off by a comma: 'Belgrand, ingénieur', 'Belgrand, un ingénieur'
ROLE_AFTER = re.compile(r"\s*,\s*((?:[\w-]+(?:\s+|['’])){0,2}[\w-]+)")
WHO = re.compile(r"^(?:Qui|Par qui)\b|, qui ")


def features(question: str, answer: str, choices: list[str], passage: str) -> dict[str, float]:
    """Numbers a teacher's reading turned on; the same for a draft file and a candidate."""
    cloze = question.startswith("Complétez")
    stem = question.split(" : ", 1)[1] if cloze and " : " in question else question
    kind = match[1] if (match := CLOZE_KIND.match(question)) else ""
    title = passage_title(passage).casefold()
    words = stem.split()
    folded = passage.casefold()
    wrong = [c for c in choices if c != answer]
    from_passage = sum(1 for c in wrong if c.casefold() in folded) / max(1, len(wrong))
    shape = len(answer.split())
    same_shape = sum(1 for c in wrong if len(c.split()) == shape) / max(1, len(wrong))
    mentions = folded.count(answer.casefold())
    return {
        "cloze": float(cloze),
        "who": float(stem.startswith("Qui ") or ", qui " in stem),
        "when": float(bool(re.match(r"(?:Quand|En quelle année|À quelle date)", stem))),
        "where": float(" où " in f" {stem.casefold()} "),
        "date_answer": float(bool(DATE.search(answer))),
        "long": max(0.0, len(words) - 15) / 10,
        "commas": stem.count(",") / 3,
        "anchored": float(bool(DATE.search(stem))),
        "pronoun": float(bool(PRONOUN.search(stem.replace(BLANK, "")))),
        "from_passage": from_passage,
        "same_shape": same_shape,
        "salient": min(mentions, 4) / 4,
        **{f"blank_{name}": float(kind in words) for name, words in KINDS.items()},
        "blank_first": float(stem.startswith(BLANK)),
        # readers asked for the name of the king, the town, the treaty the stem left generic
        "generic_opening": float(bool(GENERIC_OPENING.match(stem))),
        # 'La révolution de _____, qui renverse …': the main verb was cut, a fragment is left
        "relative_after_blank": float(bool(RELATIVE_AFTER_BLANK.search(stem))),
        # the year of a passage called 'Mai 1968' is no question
        "in_title": float(any(word in title for word in re.findall(r"\w{4,}", answer.casefold()))),
        **_context(stem, answer),
        **_stations(question, cloze, stem, answer, wrong, passage),
        **_place_kinds(answer, wrong),
        "bodies_of_the_time": _bodies_of_the_time(answer, wrong),
    }


def _bodies_of_the_time(answer: str, wrong: list[str]) -> float:
    """'Quelle assemblée vote …' among assemblies and councils, singular for singular: the
    Convention among three courts, or 'les états généraux' beside a singular verb, were read
    C (bench/devset/candidates, the assembly questions of 8 December)."""
    record = assembly_record(answer)
    others = [assembly_record(name) for name in wrong]
    return float(
        record is not None
        and bool(others)
        and all(other is not None and a_fair_doubt(record, other) for other in others)
    )


def _context(stem: str, answer: str) -> dict[str, float]:
    """How much the stem says of where it stands: readers graded 'Qui s'allie aux Hurons ?'
    and 'la ville est prise' B or C for the name or the year they lacked."""
    body = stem.replace(BLANK, " ")
    names = [m for m in CAPITALISED_WORD.finditer(body) if m.start() > 0]  # not the opening
    dated = bool(DATE.search(body))
    return {
        "names_in_stem": min(len(names), 4) / 4,
        "short_bare": float(len(stem.split()) < 10 and not dated and not names),
        "bare_nouns": min(len(BARE_DEFINITE.findall(body)), 3) / 3,
        # a name asked in a year the stem prints: 'En 1416, qui …'
        "name_dated": float(dated and not DATE.search(answer)),
        "quotation": float("«" in stem),
    }


def _stations(
    question: str, cloze: bool, stem: str, answer: str, wrong: list[str], passage: str
) -> dict[str, float]:
    """For a person, whether the wrong answers share the answer's station and side, as the
    related list and the passage's titles tell them: a reader takes the only engineer, or
    the only Englishman, among the choices (the most frequent defect of person questions)."""
    values = {"station_known": 0.0, "station_shared": 0.0, "station_other": 0.0,
              "station_untold": 0.0, "person_from_passage": 0.0, "other_side": 0.0}  # fmt: skip
    if "(personne)" not in question and (cloze or not WHO.search(stem)):
        return values  # 'Complétez (lieu) : …, qui …' asks a place
    own = _station(answer, passage)
    theirs = [_station(name, passage) for name in wrong]
    count = max(1, len(wrong))
    values["station_known"] = float(bool(own))
    values["station_shared"] = sum(1 for groups in theirs if groups & own) / count
    values["station_other"] = (
        sum(1 for groups in theirs if groups and own and not groups & own) / count
    )
    values["station_untold"] = sum(1 for groups in theirs if groups and not own) / count
    folded = passage.casefold()
    values["person_from_passage"] = (
        sum(1 for name in wrong if name and name.casefold() in folded) / count
    )
    record = person_record(answer, {})
    if record.nation and record.life:
        others = [person_record(name, {}) for name in wrong]
        values["other_side"] = (
            sum(1 for r in others if r.nation and r.life and r.nation != record.nation) / count
        )
    return values


def _station(name: str, passage: str) -> set[str]:
    """The related list's titles of the name, and those the passage writes right before it
    or after its comma ('le général Ducrot', 'Belgrand, ingénieur'). A king is looked for by
    his whole name: 'Louis XIV', not 'XIV'."""
    roles = set(person_record(name, {}).roles)
    words = name.split()
    if not words:
        return set()
    regnal = len(words) > 1 and REGNAL.fullmatch(words[1]) is not None
    whole = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", passage)
    sought = name if whole or regnal or len(words[-1]) < 4 else words[-1]
    for found in re.finditer(rf"(?<![\w-]){re.escape(sought)}(?![\w-])", passage):
        before = ROLE_BEFORE.search(passage, max(0, found.start() - 60), found.start())
        if before:
            roles.add(before[1].casefold())
        after = ROLE_AFTER.match(passage, found.end())
        if after:
            roles.update(w for w in re.split(r"[\s'’]+", after[1].casefold()) if w in ROLE_NOUNS)
    return role_groups(roles)


def _place_kinds(answer: str, wrong: list[str]) -> dict[str, float]:
    """How many wrong answers the list knows as places of the answer's kind (towns for a
    town): 'les lacs _____' among Londres and Berlin was read guessable."""
    record = place_record(answer)
    if record is None or DATE.search(answer):
        return {"place_same_kind": 0.0}
    kinds = [other.kind for name in wrong if (other := place_record(name)) is not None]
    count = max(1, len(wrong))
    return {"place_same_kind": sum(1 for kind in kinds if kind == record.kind) / count}


@cache
def model(path: Path = WEIGHTS_FILE) -> tuple[dict[str, float], float, float]:
    """(weights, bias, threshold); no file: every candidate scores 0.5 and passes."""
    if not path.exists():
        return {}, 0.0, 0.0
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    weights = {str(k): float(v) for k, v in (data.get("weights") or {}).items()}
    return weights, float(data.get("bias", 0.0)), float(data.get("threshold", 0.0))


def usable(values: dict[str, float]) -> float:
    """The model's probability that a teacher grades the question A or B."""
    weights, bias, _ = model()
    z = bias + sum(weights.get(name, 0.0) * value for name, value in values.items())
    return 1 / (1 + math.exp(-z))


def threshold() -> float:
    return model()[2]
