"""The shipped questions: valid, within Telegram's limits in both languages, covering the passage."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from bot.questions import (
    MAX_CHOICE_CHARS,
    MAX_EXPLANATION_CHARS,
    MAX_QUESTION_CHARS,
    Question,
    QuestionBank,
    load_folder,
)
from tests.conftest import ROOT, SHIPPED_QUESTIONS

PASSAGE = ROOT.parent / "shared" / "seed" / "passage-fr.txt"
PARAGRAPHS = 4
TOPICS = {"dates", "people", "organisations", "ideas", "events"}


@pytest.fixture(scope="module")
def shipped() -> list[Question]:
    reports = load_folder(SHIPPED_QUESTIONS)
    assert reports, "no question file shipped"
    bank, reports = QuestionBank.build(reports)
    problems = [str(e) for r in reports for e in r.errors]
    assert not problems, "\n".join(problems)
    return list(bank)


def test_enough_questions_every_paragraph_covered(shipped: list[Question]) -> None:
    assert len(shipped) >= 45
    per_paragraph = Counter(q.paragraph for q in shipped)
    assert set(per_paragraph) == set(range(1, PARAGRAPHS + 1))
    assert min(per_paragraph.values()) >= 5, per_paragraph


def test_difficulties_are_spread(shipped: list[Question]) -> None:
    levels = Counter(q.difficulty for q in shipped)
    assert set(levels) == {1, 2, 3}
    assert min(levels.values()) >= len(shipped) // 5, levels


def test_every_question_is_bilingual_and_within_limits(shipped: list[Question]) -> None:
    for q in shipped:
        assert set(q.languages) == {"fr", "en"}, q.id
        for wording in q.wordings.values():
            assert len(wording.question) <= MAX_QUESTION_CHARS, q.id
            assert all(len(c) <= MAX_CHOICE_CHARS for c in wording.choices), q.id
            assert len(wording.explanation) <= MAX_EXPLANATION_CHARS, q.id
            assert wording.explanation.count("\n") <= 2, q.id
            assert len(wording.choices) == len(q.wordings["fr"].choices), q.id


def test_tags_name_topics_a_learner_can_ask_for(shipped: list[Question]) -> None:
    used = Counter(tag for q in shipped for tag in q.tags)
    assert set(used) >= TOPICS, used
    assert all(q.tags for q in shipped)


def test_kinds_are_mixed(shipped: list[Question]) -> None:
    true_false = [q for q in shipped if q.wordings["fr"].choices == ("Vrai", "Faux")]
    assert len(true_false) >= 5
    assert all(not q.shuffle for q in true_false), "Vrai/Faux keep their order"
    assert all(q.wordings["en"].choices == ("True", "False") for q in true_false)
    assert sum(1 for q in shipped if q.wordings["fr"].question.startswith("En quelle")) >= 3


def test_no_two_questions_ask_the_same_thing(shipped: list[Question]) -> None:
    for a, b in combinations(shipped, 2):
        fa, fb = a.wordings["fr"], b.wordings["fr"]
        same_answer = fa.choices[a.answer_index].casefold() == fb.choices[b.answer_index].casefold()
        similarity = difflib.SequenceMatcher(None, fa.question, fb.question).ratio()
        assert not (same_answer and similarity > 0.75), (a.id, b.id)


def test_french_questions_end_with_a_spaced_question_mark(shipped: list[Question]) -> None:
    for q in shipped:
        text = q.wordings["fr"].question
        assert text.endswith(" ?") or text.endswith("."), q.id
        assert not re.search(r"\b(de le|à le|de les|à les)\b", text), q.id


@pytest.mark.skipif(not PASSAGE.exists(), reason="the seed passage is not beside the repository")
def test_questions_are_in_our_own_words() -> None:
    words = re.findall(r"\w+", PASSAGE.read_text(encoding="utf-8").lower())
    runs = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    for path in Path(SHIPPED_QUESTIONS).rglob("*.yaml"):
        ours = re.findall(r"\w+", path.read_text(encoding="utf-8").lower())
        copied = [" ".join(ours[i : i + 8]) for i in range(len(ours) - 7)]
        assert not [run for run in copied if run in runs], path.name


# --- What a strict reader checks that a program can see too (issue 12) ----------------------

# A right answer longer than this many times the longest distractor gives itself away.
MAX_ANSWER_RATIO = 1.6
# Right answers allowed to be longer anyway: question id -> why. Keep it empty if you can.
LONG_ANSWER_EXCEPTIONS: dict[str, str] = {}

# Difficulty 3 must say why with one of these tags, and only difficulty 3 may carry them:
# `joined` (the answer joins two facts), `close-choices` (distractors differ by a fine point).
DIFFICULTY_MARKERS = {"joined", "close-choices"}
OTHER_TOPICS = {"works", "places"}

TRUE_FALSE = {"vrai", "faux", "true", "false"}
# Words stripped from the front of an answer before looking for it elsewhere.
LEADING_WORDS = {
    *("le", "la", "les", "un", "une", "des", "du", "de", "en", "au", "aux", "à", "dès"),
    *("depuis", "the", "a", "an", "in", "on", "at", "since", "from"),
}
MONTHS = [
    *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"),
    *("octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
]
YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")
MONTH = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
DAY_MONTH = re.compile(rf"\b(?:1er|\d{{1,2}}) (?:{'|'.join(MONTHS)})\b", re.IGNORECASE)
TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[.!?:]")
ELISION = re.compile(r"^[^\W\d_]{1,2}['’](?=\w)")  # l', d', qu'


def _fold(text: str) -> str:
    """Casefolded, without accents, with straight apostrophes: for comparing wordings."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _bare(word: str) -> str:
    return ELISION.sub("", word)


def proper_nouns(texts: list[str]) -> set[str]:
    """Words written with a capital inside a sentence somewhere in `texts` (Staline, Europe)."""
    names: set[str] = set()
    for text in texts:
        sentence_start = True
        for token in TOKEN.findall(text):
            if token in ".!?:":
                sentence_start = True
                continue
            word = _bare(token)
            if not sentence_start and word[:1].isupper():
                names.add(_fold(word))
            sentence_start = False
    return names


def giveaway_keys(answer: str, names: set[str]) -> list[str]:
    """What must not appear in another question's text when `answer` is a name, a date or a
    title; [] for any other answer.

    - a day and month ("7 avril 1933" -> "7 avril"), else its years and months ("1923",
      "Septembre");
    - a name or title: an answer with a capitalised word that is not its first word, or whose
      first word is written with a capital mid-sentence elsewhere ("Staline"). The key is the
      answer without its leading article or preposition ("La Révolution trahie" -> "révolution
      trahie"); a list of names is split ("L'Espagne et la France" -> "espagne", "france").
    """
    if _fold(answer) in TRUE_FALSE:
        return []
    days = [m.group(0) for m in DAY_MONTH.finditer(answer)]
    if days:
        return [_fold(d) for d in days]
    dates = YEAR.findall(answer) + MONTH.findall(answer)
    if dates:
        return [_fold(d) for d in dates]
    words = answer.split()
    words[0] = _bare(words[0])
    stripped = 0
    while len(words) > 1 and _fold(words[0]) in LEADING_WORDS:
        words.pop(0)
        stripped += 1

    def is_name(index: int, word: str) -> bool:
        bare = _bare(word)
        first = index == 0 and stripped == 0
        return bare[:1].isupper() and (not first or _fold(bare) in names)

    if not any(is_name(i, w) for i, w in enumerate(words)):
        return []
    rest = " ".join(words)
    parts = re.split(r" (?:et|and) ", rest)
    if len(parts) > 1 and all(giveaway_keys(p, names) for p in parts):
        return [key for p in parts for key in giveaway_keys(p, names)]
    return [_fold(rest)]


def _mentions(text: str, key: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", _fold(text)) is not None


def test_right_answers_are_not_much_longer_than_the_distractors(shipped: list[Question]) -> None:
    too_long = []
    for q in shipped:
        if q.id in LONG_ANSWER_EXCEPTIONS:
            continue
        for language, wording in q.wordings.items():
            answer = wording.choices[q.answer_index]
            others = [c for i, c in enumerate(wording.choices) if i != q.answer_index]
            if len(answer) > MAX_ANSWER_RATIO * max(map(len, others)):
                too_long.append(f"{q.id} ({language}): {answer!r}")
    assert not too_long, "\n".join(too_long)
    assert set(LONG_ANSWER_EXCEPTIONS) <= {q.id for q in shipped}, "stale exception"


@pytest.mark.parametrize(
    ("answer", "keys"),
    [
        ("Staline", ["staline"]),
        ("Désastreuse", []),
        ("Vrai", []),
        ("1923", ["1923"]),
        ("7 avril 1933", ["7 avril"]),
        ("Le 7 avril", ["7 avril"]),
        ("Septembre", ["septembre"]),
        ("La Révolution trahie", ["revolution trahie"]),
        ("Le Parti communiste allemand", ["parti communiste allemand"]),
        ("L'Espagne et la France", ["espagne", "france"]),
        ("En Europe", ["europe"]),
        ("Une révolution politique", []),
        ("Privilégiée et parasitaire", []),
    ],
)
def test_giveaway_keys(answer: str, keys: list[str]) -> None:
    names = proper_nouns(["La politique de Staline.", "Il vit en Europe, en Espagne, en France."])
    assert giveaway_keys(answer, names) == keys


def test_no_text_gives_away_a_name_date_or_title_answered_elsewhere(
    shipped: list[Question],
) -> None:
    leaks = []
    for language in ("fr", "en"):
        texts = [
            t
            for q in shipped
            for t in (q.wording(language).question, q.wording(language).explanation)
        ]
        names = proper_nouns(texts)
        for q in shipped:
            answer = q.wording(language).choices[q.answer_index]
            for key in giveaway_keys(answer, names):
                for other in shipped:
                    wording = other.wording(language)
                    for field, text in (
                        ("question", wording.question),
                        ("explanation", wording.explanation),
                    ):
                        if other.id != q.id and _mentions(text, key):
                            leaks.append(f"{other.id} {language} {field} gives {q.id}: {key!r}")
    assert not leaks, "\n".join(leaks)


def test_difficulty_3_says_why_with_a_marker_tag(shipped: list[Question]) -> None:
    known = TOPICS | OTHER_TOPICS | DIFFICULTY_MARKERS
    problems = []
    for q in shipped:
        tags = set(q.tags)
        markers = tags & DIFFICULTY_MARKERS
        if tags - known:
            problems.append(f"{q.id}: unknown tags {sorted(tags - known)}")
        if not tags & (TOPICS | OTHER_TOPICS):
            problems.append(f"{q.id}: needs a topic tag")
        if q.difficulty == 3 and not markers:
            problems.append(f"{q.id}: difficulty 3 needs one of {sorted(DIFFICULTY_MARKERS)}")
        if q.difficulty != 3 and markers:
            problems.append(f"{q.id}: {sorted(markers)} is for difficulty 3 only")
    assert not problems, "\n".join(problems)


def _core(answer: str) -> str:
    words = _fold(answer).split()
    words[0] = _bare(words[0])
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words.pop(0)
    return " ".join(words)


def test_no_two_questions_share_a_right_answer(shipped: list[Question]) -> None:
    """One fact, one question: a right answer may not repeat, or sit inside, another one
    ("Un nouveau parti mondial" and "La nécessité d'un nouveau parti mondial")."""
    answers = [
        (q.id, _core(q.wording("fr").choices[q.answer_index]))
        for q in shipped
        if _fold(q.wording("fr").choices[q.answer_index]) not in TRUE_FALSE
    ]
    shared = [
        (a, b)
        for (a, ka), (b, kb) in combinations(answers, 2)
        if ka == kb
        or any(
            len(short.split()) >= 2 and _mentions(long, short)
            for short, long in ((ka, kb), (kb, ka))
        )
    ]
    assert not shared, shared


def test_no_stem_word_points_at_the_right_answer(shipped: list[Question]) -> None:
    """A word of the stem (5 letters or more) found in the right answer and in no distractor
    points at it ("Contre quelles organisations…" -> "Les organisations centristes")."""
    word = re.compile(r"[^\W\d_]{5,}")
    echoes = []
    for q in shipped:
        for language, wording in q.wordings.items():
            if _fold(wording.choices[q.answer_index]) in TRUE_FALSE:
                continue
            stem = {_fold(w) for w in word.findall(wording.question)}
            right = {_fold(w) for w in word.findall(wording.choices[q.answer_index])}
            wrong = {
                _fold(w)
                for i, choice in enumerate(wording.choices)
                if i != q.answer_index
                for w in word.findall(choice)
            }
            if (stem & right) - wrong:
                echoes.append(f"{q.id} ({language}): {sorted((stem & right) - wrong)}")
    assert not echoes, "\n".join(echoes)
