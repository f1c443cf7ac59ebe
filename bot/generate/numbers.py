"""French numbers written in words, read and written back: 'dix-neuf', 'soixante et onze',
'quatre-vingt-dix', 'trois cents', 'mille deux cents'.

Historians write most counts under a hundred in words, and the compounds are where the
key facts are ('cinquante-quatre templiers', 'trente-six volumes'): a count asked must be
read whole, and its wrong answers written the way it is.
"""

from __future__ import annotations

import math
import re

UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16,
}  # fmt: skip
TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}

_WORD = r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
_WORD += r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante)"
# under a hundred: words joined by hyphens, 'et un' or 'et onze' after a ten
_BELOW_100 = rf"{_WORD}(?:-{_WORD})*(?:(?:\s+|-)et(?:\s+|-)(?:un|une|onze))?"
_HUNDREDS = rf"(?:{_BELOW_100}\s+)?cents?(?:\s+{_BELOW_100})?"
# the longest reading first: a regex alternation keeps the first that matches
SPELLED_NUMBER = (
    rf"(?:(?:{_HUNDREDS}|{_BELOW_100})\s+)?mille(?:\s+(?:{_HUNDREDS}|{_BELOW_100}))?"
    rf"|{_HUNDREDS}|{_BELOW_100}"
)


def spelled_value(words: str) -> int | None:
    """The value of a number in words, or None where the words are not one number."""
    parts = [p for p in re.split(r"[\s-]+", words.casefold().strip()) if p and p != "et"]
    if not parts:
        return None
    total = current = 0
    for at, part in enumerate(parts):
        if part in UNITS:
            current += UNITS[part]
        elif part.rstrip("s") == "vingt" and current % 100 == 4 and at:
            current += 76  # 'quatre-vingt(s)': the four counted twenty times
        elif part.rstrip("s") in TENS:
            current += TENS[part.rstrip("s")]
        elif part.rstrip("s") == "cent":
            current = (current or 1) * 100
        elif part == "mille":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def spelled_out(value: int) -> str:
    """A count in words, as most French texts write it: hyphens under a hundred, 'et un',
    'quatre-vingts', 'deux cents' but 'deux cent trois', 'mille' never plural."""
    if not 0 < value < 1_000_000:
        raise ValueError(value)
    thousands, rest = divmod(value, 1000)
    out: list[str] = []
    if thousands:
        out.append("mille" if thousands == 1 else f"{_under_1000(thousands, False)} mille")
    if rest:
        out.append(_under_1000(rest, True))
    return " ".join(out)


def _under_1000(value: int, last: bool) -> str:
    hundreds, rest = divmod(value, 100)
    out: list[str] = []
    if hundreds:
        word = "cent" if hundreds == 1 else f"{_under_100(hundreds, False)} cent"
        out.append(word + ("s" if hundreds > 1 and not rest and last else ""))
    if rest:
        out.append(_under_100(rest, last))
    return " ".join(out)


UNIT_WORDS = {v: w for w, v in UNITS.items() if w != "une"}
TEN_WORDS = {v: w for w, v in TENS.items()}


def _under_100(value: int, last: bool) -> str:
    if value <= 16:
        return UNIT_WORDS[value]
    if value < 20:
        return f"dix-{UNIT_WORDS[value - 10]}"
    if value >= 80:
        rest = value - 80
        if not rest:
            return "quatre-vingts" if last else "quatre-vingt"
        return f"quatre-vingt-{_under_100(rest, last)}"
    ten = min(value // 10 * 10, 60)
    word = TEN_WORDS[ten]
    rest = value - ten
    if not rest:
        return word
    if rest in (1, 11):
        return f"{word} et {UNIT_WORDS[rest]}"
    return f"{word}-{_under_100(rest, last)}"


# the counts a historian gives roughly: 'une cinquantaine de morts', 'une centaine de prêtres'
ROUGHLY = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
ROUGH_COUNT = rf"une\s+(?:{'|'.join(ROUGHLY)})(?=\s+(?:de\s|d['’]))"


def rough_counts_near(answer: str) -> list[str]:
    """'une cinquantaine' -> 'une quarantaine', 'une soixantaine' …, nearest first; none
    for what is not a rough count."""
    article, _, noun = answer.partition(" ")
    value = ROUGHLY.get(noun.casefold())
    if value is None:
        return []
    # 'une douzaine' beside 'une dizaine' or 'une quinzaine' is two right answers
    apart = [n for n in ROUGHLY if n != "douzaine" and n != noun.casefold()]
    if noun.casefold() == "douzaine":
        apart = [n for n in apart if n not in ("dizaine", "quinzaine")]
    near = sorted(apart, key=lambda n: abs(math.log(ROUGHLY[n] / value)))
    return [f"{article} {n}" for n in near]
