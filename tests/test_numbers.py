"""French numbers in words, read and written back (no spaCy needed)."""

from __future__ import annotations

import random
import re

import pytest

from bot.generate.distractors import number_options
from bot.generate.numbers import SPELLED_NUMBER, spelled_out, spelled_value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("dix-neuf", 19), ("vingt et un", 21), ("trente-six", 36), ("cinquante-quatre", 54),
        ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingts", 80),
        ("quatre-vingt-dix-neuf", 99), ("trois cents", 300), ("deux cent trois", 203),
        ("cent quatre-vingts", 180), ("mille deux cents", 1200), ("Dix-huit", 18),
        ("vingt-et-un", 21),  # the spelling of 1990
    ],
)  # fmt: skip
def test_a_number_in_words_is_read_whole(words: str, value: int) -> None:
    assert spelled_value(words) == value
    assert re.fullmatch(SPELLED_NUMBER, words, re.IGNORECASE)


def test_every_count_is_written_as_it_is_read() -> None:
    assert all(spelled_value(spelled_out(n)) == n for n in range(1, 3000))
    assert [spelled_out(n) for n in (21, 80, 81, 200, 280, 1000, 2000)] == [
        "vingt et un", "quatre-vingts", "quatre-vingt-un", "deux cents",
        "deux cent quatre-vingts", "mille", "deux mille",
    ]  # fmt: skip


def test_words_that_are_no_number_are_not_read_as_one() -> None:
    assert spelled_value("vingtaine") is None
    assert spelled_value("") is None
    assert not re.fullmatch(SPELLED_NUMBER, "Cent-Jours", re.IGNORECASE)


def test_a_count_in_words_gets_near_counts_in_words() -> None:
    """'cinquante-quatre templiers' among 'quarante-trois', 'soixante-huit' …: digits or
    far-off counts beside it would tell the answer."""
    for answer, value in (("cinquante-quatre", 54), ("Dix-huit", 18), ("trois cents", 300)):
        options = number_options(answer, random.Random(1))[:3]
        assert len(options) == 3, options
        values = [spelled_value(o) for o in options]
        assert all(v is not None and 0.5 * value <= v <= 1.7 * value for v in values), options
        assert all(o[:1].isupper() == answer[:1].isupper() for o in options), options


def test_the_answer_takes_any_rank_among_near_counts() -> None:
    """Always one wrong count below and one above left the answer in the middle two; drawn
    at random, it is as often the smallest or the largest as in the middle."""
    for answer in ("8 091", "2 428", "298 000", "cinquante-quatre", "35 %"):
        target = spelled_value(answer) or int(re.sub(r"\D", "", answer))
        ranks = []
        for seed in range(200):
            options = number_options(answer, random.Random(seed))[:3]
            values = [spelled_value(o) or int(re.sub(r"\D", "", o)) for o in options]
            assert len(set(values)) == 3 and target not in values, (answer, options)
            ranks.append(sum(v < target for v in values))
        extremes = sum(rank in (0, 3) for rank in ranks) / len(ranks)
        assert set(ranks) == {0, 1, 2, 3} and 0.3 < extremes < 0.7, (answer, extremes)


def test_a_rough_count_gets_rough_counts_near_it() -> None:
    """'une cinquantaine de morts': a key fact as historians give it, asked among 'une
    quarantaine', 'une soixantaine' …, never among digits."""
    options = number_options("une cinquantaine", random.Random(1))[:3]
    assert set(options) == {"une quarantaine", "une soixantaine", "une trentaine"}, options
    # 'une douzaine' beside 'une dizaine' is two right answers
    assert "une douzaine" not in number_options("une dizaine", random.Random(1))
    assert "une dizaine" not in number_options("une douzaine", random.Random(1))
    assert number_options("Une centaine", random.Random(1))[0].startswith("Une ")


def test_a_feminine_count_gets_feminine_wrong_counts() -> None:
    """'quatre-vingt-une paroisses' was offered 'cent un'."""
    options = number_options("quatre-vingt-une", random.Random(1))
    assert all(not o.endswith(" un") and not o.endswith("-un") for o in options), options


def test_cent_and_mille_alone_get_near_counts_on_either_side() -> None:
    """'Mille' was offered 'Cent', 'Soixante', 'Cinquante', the list's nearest words."""
    for answer, value in (("Mille", 1000), ("cent", 100)):
        options = number_options(answer, random.Random(1))[:3]
        values = [spelled_value(o) or 0 for o in options]
        assert len(options) == 3 and all(0.5 * value <= v <= 2 * value for v in values), options
