"""Judging a typed answer in French (or English): forgiving about form, strict about facts.

Case, accents, apostrophes, hyphens, punctuation and a leading article never matter; numbers may
be written in words ("mil neuf cent vingt-trois"), ordinals in any spelling ("4e", "IVe",
"quatrième"); small typos are forgiven. A different number, or a name closer to one of the
question's other choices than to the answer, is always wrong: "1933" is not "1938", "Zinoviev"
is not "Kamenev". Pure functions, no I/O.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from text_to_num import alpha2digit  # type: ignore[import-untyped]

from bot.questions import fold_ascii

# Tuned on tests/test_matching.py: words of 4 to 7 letters forgive one slip, longer ones two;
# one more slip than that, or a missing word, is a near miss (one more try).
NEAR_SCORE = 70.0
MIN_FUZZY_LENGTH = 4  # below this, only an exact match is right
MAX_INPUT_CHARS = 200

ARTICLES = ("de la ", "de l ", "les ", "le ", "la ", "l ", "une ", "un ", "des ", "du ", "d ")
ARTICLES_EN = ("the ", "a ", "an ")
# "en 1923", "à Paris", "in 1923": a leading preposition says nothing about the answer
PREPOSITIONS = ("en ", "à ", "a ", "au ", "aux ", "dans ", "in ", "on ", "at ")
_ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_ORDINAL = re.compile(r"^([ivxlcdm]+)(?:e|er|ere|eme|ieme)$")
_DIGIT_ORDINAL = re.compile(r"^([0-9]+)(?:e|er|ere|eme|ieme|nd|nde|st|th|rd)$")
# French words that happen to be Roman numerals, as typed in lowercase: never read as numbers
# (in capitals they are: "VIe siècle", "Louis XIV")
_NOT_ROMAN = {"di", "mi", "ci", "li", "dix", "mix", "cm", "cd", "dc", "vi", "mile", "vie",
              "mie", "lie", "cie", "die", "xie"}  # fmt: skip
_UPPER_ROMAN = re.compile(r"\b([IVXLCDM]+)(e|er|re|ère|ème|ieme|ième|eme)?\b(?!['’])")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


class Verdict(Enum):
    RIGHT = "right"
    NEAR = "near"  # close: one more try
    WRONG = "wrong"


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    score: float  # similarity to the closest accepted answer, 0-100


def normalise(text: str) -> str:
    """The comparable form of an answer: lowercase ASCII words, numbers as digits."""
    text = unicodedata.normalize("NFC", text[:MAX_INPUT_CHARS])
    text = _UPPER_ROMAN.sub(_upper_roman, text)  # XIVe, Ier, Louis XIV
    text = re.sub(r"[’'`´ʼ‘]", " ", text.lower())  # l'Opposition -> l opposition
    text = _strip_article(" ".join(text.split()))
    text = re.sub(r"\b(\w+)i[eè]me(s?)\b", r"\1ième\2", text)  # quatrieme -> quatrième
    text = re.sub(r"\bsecond(e|es|s)?\b", "deuxième", text)  # Seconde Guerre = Deuxième
    text = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)", "", text)  # 1 923, 150 000
    for language in ("fr", "en"):  # French first; English learners type English numbers
        with contextlib.suppress(Exception):  # a compiled library: never let it break a reply
            text = alpha2digit(text, language, threshold=0)
    text = fold_ascii(text)
    text = re.sub(r"[^a-z0-9]+", " ", text)  # hyphens and punctuation
    return " ".join(_number_word(word) for word in text.split())


def _upper_roman(match: re.Match[str]) -> str:
    """A Roman numeral in capitals: two letters or more ("XIV"), or I, V, X with an ordinal
    ending ("Ier", "Ve"); "Le", "De", "Ce" stay words."""
    letters, suffix = match[1].lower(), match[2]
    if _ROMAN.match(letters) and (len(letters) >= 2 or (suffix and letters in "ivx")):
        return str(_roman_value(letters))
    return match[0]


def _strip_article(text: str) -> str:
    for preposition in PREPOSITIONS:
        if text.startswith(preposition) and len(text) > len(preposition):
            text = text[len(preposition) :]
            break
    for article in ARTICLES + ARTICLES_EN:
        if text.startswith(article) and len(text) > len(article):
            return text[len(article) :]
    return text


def _number_word(word: str) -> str:
    ordinal = _DIGIT_ORDINAL.match(word)
    if ordinal:
        return str(int(ordinal[1]))
    if word in ("ier", "iere"):
        return "1"
    roman = _ROMAN_ORDINAL.match(word)
    if roman and len(roman[1]) >= 2 and _ROMAN.match(roman[1]) and word not in _NOT_ROMAN:
        return str(_roman_value(roman[1]))
    if len(word) >= 2 and word not in _NOT_ROMAN and _ROMAN.match(word):
        return str(_roman_value(word))
    return word


def _roman_value(word: str) -> int:
    total = 0
    for letter, following in zip(word, [*word[1:], ""], strict=True):
        value = _ROMAN_VALUES[letter]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def _numbers(text: str) -> list[str]:
    return sorted(re.findall(r"[0-9]+", text))


def judge_typed(typed: str, accepted: Iterable[str], others: Sequence[str] = ()) -> Judgement:
    """`accepted`: the right answer and its aliases; `others`: the question's wrong choices,
    which a typo-tolerant match must never drift to."""
    answer = normalise(typed)
    if not answer:
        return Judgement(Verdict.WRONG, 0.0)
    best, verdict = 0.0, Verdict.WRONG
    for candidate in {normalise(a) for a in accepted if a.strip()}:
        if not candidate:
            continue
        if answer == candidate:
            return Judgement(Verdict.RIGHT, 100.0)
        if _numbers(answer) != _numbers(candidate):
            continue  # a different number is never a typo
        found = _word_by_word(answer, candidate)
        score = fuzz.ratio(answer, candidate)
        if found is Verdict.RIGHT or (found is Verdict.NEAR and verdict is Verdict.WRONG):
            verdict = found
        best = max(best, score)
    if verdict is Verdict.WRONG:
        return Judgement(Verdict.WRONG, best)
    for other in others:
        wrong = normalise(other)
        if wrong and (answer == wrong or fuzz.ratio(answer, wrong) >= best):
            return Judgement(Verdict.WRONG, best)  # at least as close to a wrong choice
    return Judgement(verdict, best)


def _word_by_word(typed: str, answer: str) -> Verdict:
    """Typos are forgiven word by word: a slip or two inside a word, never its first letter
    ("Russe" is not "Prusse"), never a word added or missing ("non-intervention" is not
    "intervention": a near miss at best), never another word ("bureaucratique" for
    "démocratique")."""
    mine, theirs = typed.split(), answer.split()
    if len(mine) != len(theirs):
        if fuzz.ratio(typed, answer) >= NEAR_SCORE and len(typed) >= MIN_FUZZY_LENGTH:
            return Verdict.NEAR
        return Verdict.WRONG
    verdict = Verdict.RIGHT
    for word, right in zip(mine, theirs, strict=True):
        if word == right:
            continue
        if word[0] != right[0] or word.isdigit() or right.isdigit():
            return Verdict.WRONG
        allowed = 0 if len(right) < MIN_FUZZY_LENGTH else 1 if len(right) < 8 else 2
        edits = Levenshtein.distance(word, right)
        if edits > allowed + 1:
            return Verdict.WRONG
        if edits > allowed:
            verdict = Verdict.NEAR
    return verdict
