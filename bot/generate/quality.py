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

from bot.generate.french import passage_title
from bot.generate.places import KIND_LABELS

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
    }


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
