"""Over-generate questions from the facts of a passage, check them, rank them, keep the best.

Three forms, tried in this order for each fact:
- subject questions: the fact is the sentence's subject, replaced by "Qui", "Quelle organisation"…
- date questions: "En quelle année le Comintern approuva-t-il …?", with inversion and -t-;
- cloze: the sentence (or its clause) with the fact blanked out, when no other form is safe.
Every candidate must pass the quality rules in `problems()`; survivors are ranked by a score.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from bot.generate.distractors import is_alias, pick
from bot.generate.facts import (
    COUNTRIES,
    DATE_KINDS,
    Mention,
    date_mentions,
    entity_mentions,
)
from bot.generate.french import (
    BAD_SEQUENCES,
    WH_DATE,
    WH_SUBJECT,
    WHAT_KIND,
    invert,
    lower_first,
    subject_pronoun,
    tidy,
    upper_first,
)
from bot.generate.pipeline import load_pipeline
from bot.questions import MAX_CHOICE_CHARS, MAX_EXPLANATION_CHARS, MAX_QUESTION_CHARS

BLANK = "_____"
MAX_PER_ANSWER = 1  # a second question on the same answer was always a near-duplicate
MAX_QUESTIONS = 40
# A teacher's reading of drafts (bench/devset): 30 questions per 300 words, three in four
# unusable. Fewer, better questions: one per sentence, about 12 per 300 words.
QUESTIONS_PER_300_WORDS = 12
MIN_QUESTIONS = 6
MAX_STEM_WORDS = 25
MAX_CLOZE_WORDS = 30
QUESTION_WORDS = {
    "qui", "quel", "quelle", "quels", "quelles", "quand", "en", "à", "où", "combien", "lequel",
    "laquelle", "lesquels", "lesquelles", "de", "dans", "pour", "par", "sous", "avec", "contre",
}  # fmt: skip
# Words whose antecedent is outside the question: the stem lost what it was about.
DANGLING = re.compile(
    r"(?<![-'’\w])(il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci|cela|ceci|"
    r"cet|cette|ces)(?![-\w])",
    re.IGNORECASE,
)
FRAGMENT_START = re.compile(
    r"^(?:(?:et|mais|ou|puis|donc|or|ni|car|qui|que|dont|où|lequel|laquelle|tandis|alors)\b"
    r"|qu['’]|[-–—(,;:…])",
    re.IGNORECASE,
)
ELIDED_BLANK = re.compile(r"\b(l|d|qu|j|n|s|m|t|c)['’]\s*" + re.escape("_____"), re.IGNORECASE)
STOPWORDS = {"les", "des", "une", "dans", "pour", "avec", "sous", "sur", "entre", "leur", "leurs"}


@dataclass
class Candidate:
    question: str
    answer: str
    distractors: list[str]
    kind: str  # what the answer is: year, person, organisation...
    form: str  # subject, date, cloze
    sentence: str
    paragraph: int
    difficulty: int = 2
    quality: float = 0.0
    explanation: str = ""

    @property
    def choices(self) -> list[str]:
        return [self.answer, *self.distractors]


@dataclass
class Generation:
    candidates: list[Candidate]  # kept, best first
    mentions: list[Mention]
    rejected: int = 0  # candidates that failed a quality rule or lost to a better one
    sentences: int = 0
    tried: list[Candidate] = field(default_factory=list)


def generate(
    text: str, *, seed: int = 0, nlp: Any = None, limit: int = MAX_QUESTIONS
) -> Generation:
    """Same text and seed, same questions."""
    nlp = nlp or load_pipeline()
    text = text.replace("\r\n", "\n").strip()
    doc = nlp(text)
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n|\n", text)]

    def sentence_of(offset: int) -> int:
        return max(i for i, start in enumerate(starts) if start <= offset) if starts else 0

    def paragraph_of(offset: int) -> int:
        return sum(1 for start in paragraph_starts if start <= offset)

    mentions = date_mentions(text, sentence_of) + entity_mentions(doc, sentence_of)
    mentions.sort(key=lambda m: (m.start, m.end))
    years = [m.year for m in mentions if m.kind in DATE_KINDS and m.year is not None]
    rng = random.Random(seed)

    tried: list[Candidate] = []
    for mention in mentions:
        sentence = sentences[mention.sentence]
        # never a distractor the question itself prints: none from the fact's own sentence
        here = sentence.text.casefold()
        elsewhere = [m for m in mentions if m is mention or m.text.casefold() not in here]
        distractors = pick(mention, elsewhere, years, rng)
        if distractors is None:
            continue
        for form in _forms(mention, sentence):
            if form is None:
                continue
            question, shape = form
            candidate = Candidate(
                question=question,
                answer=mention.text,
                distractors=distractors,
                kind=mention.kind,
                form=shape,
                sentence=sentence.text.strip(),
                paragraph=paragraph_of(mention.start),
            )
            lead = len(sentence.text) - len(sentence.text.lstrip())
            candidate.explanation = _explanation(
                sentence.text.strip(), mention, sentence.start_char + lead
            )
            candidate.difficulty = _difficulty(candidate, mention)
            candidate.quality = _quality(candidate, mentions)
            tried.append(candidate)
            if not problems(candidate):
                break  # the first form that passes every rule is the fact's best one

    title = _title(text)
    words = len(text.split())
    limit = min(limit, max(MIN_QUESTIONS, round(QUESTIONS_PER_300_WORDS * words / 300)))
    kept: list[Candidate] = []
    per_answer: dict[str, int] = {}
    seen_questions: set[str] = set()
    used_sentences: set[str] = set()
    for candidate in sorted(tried, key=lambda c: (-c.quality, c.question)):
        key = candidate.answer.casefold()
        normal = re.sub(r"\W+", " ", candidate.question.casefold())
        if problems(candidate) or per_answer.get(key, 0) >= MAX_PER_ANSWER:
            continue
        if normal in seen_questions or candidate.sentence in used_sentences:
            continue  # one question per sentence: several were each other's giveaways
        if title and _in_title(candidate.answer, title):
            continue  # the passage's title gives it away
        per_answer[key] = per_answer.get(key, 0) + 1
        seen_questions.add(normal)
        used_sentences.add(candidate.sentence)
        kept.append(candidate)
        if len(kept) >= limit:
            break
    kept.sort(key=lambda c: (c.paragraph, text.find(c.sentence)))  # in the passage's order
    return Generation(kept, mentions, len(tried) - len(kept), len(sentences), tried)


def _title(text: str) -> str:
    """The passage's title: a short first line without a final full stop, if it has one."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first.split()) <= 15 and not first.endswith("."):
        return first
    return ""


def _in_title(answer: str, title: str) -> bool:
    words = [w for w in re.findall(r"\w+", answer.casefold()) if len(w) > 3]
    return bool(words) and all(w in title.casefold() for w in words)


def problems(candidate: Candidate) -> list[str]:
    """The quality rules every generated question must pass; an empty list means it does."""
    found = []
    q, answer = candidate.question, candidate.answer
    if answer.casefold() not in candidate.sentence.casefold():
        found.append("the answer is not in its source sentence")
    if answer.casefold() in q.casefold() or (
        candidate.kind == "person" and any(is_alias(w, answer, "person") for w in q.split())
    ):
        found.append("the question gives the answer away")
    if candidate.form == "cloze":
        if q.count(BLANK) != 1:
            found.append("a cloze has exactly one blank")
    elif not q.endswith(" ?") or re.search(r"[.,;:]\s*\?$", q):
        found.append("a question ends with ' ?'")
    elif len(q.split()) < 5:
        found.append("a question too short to make sense on its own")
    if len(set(c.casefold() for c in candidate.choices)) != 4:
        found.append("four distinct choices")
    if any(is_alias(d, answer, candidate.kind) for d in candidate.distractors):
        found.append("a distractor names the answer")
    if candidate.kind in DATE_KINDS:
        year = _year(answer)
        if year is None or any(abs((_year(d) or 0) - year) > 25 for d in candidate.distractors):
            found.append("distractor years within 25 years")
    if BAD_SEQUENCES.search(q):
        found.append("'de le', 'à le' or 'de les' in the question")
    if len(q) > MAX_QUESTION_CHARS or any(len(c) > MAX_CHOICE_CHARS for c in candidate.choices):
        found.append("beyond Telegram's limits")
    if len(candidate.explanation) > MAX_EXPLANATION_CHARS:
        found.append("explanation too long")
    found += _stem_problems(candidate)
    return found


def _opens_on_question_word(stem: str) -> bool:
    """'Qui …', 'En quelle année …', or a short time phrase first: 'Le 19 juillet 1870, qui …'."""
    words = stem.split()
    if words and words[0].casefold() in QUESTION_WORDS:
        return True
    lead, comma, rest = stem.partition(", ")
    return bool(comma) and len(lead.split()) <= 6 and _opens_on_question_word(rest)


def _after_question_word(stem: str) -> str:
    """The stem after its question phrase, where a fragment would show."""
    match = re.match(
        r"^(?:[^,?]{0,60}, )?(?:qui|quand|où|combien|(?:en|à|de|dans|pour|par|sous|avec|contre)"
        r"\s+quel(?:le)?s?\s+\w+|quel(?:le)?s?(?:\s+\w+)?|lequel|laquelle)\s+",
        stem,
        re.IGNORECASE,
    )
    return stem[match.end() :] if match else stem


def _stem_problems(candidate: Candidate) -> list[str]:
    """What a teacher found in the drafts: fragments, pronouns without antecedent, answers
    given away by their own words, clozes a reader cannot follow (bench/devset/labels)."""
    found = []
    q = candidate.question
    stem = q.split(" : ", 1)[1] if candidate.form == "cloze" and " : " in q else q
    words = stem.split()
    if candidate.form == "cloze":
        if len(words) > MAX_CLOZE_WORDS:
            found.append("a cloze longer than a reader holds in mind")
        if not stem[:1].isupper() and not stem.startswith(BLANK):
            found.append("a cloze must start where its sentence starts")
        if ELIDED_BLANK.search(stem):
            found.append("an elided article before the blank tells which choices fit")
        if f"({BLANK})" in stem or f"{BLANK} (" in stem:
            found.append("an acronym beside its expansion gives the blank away")
    else:
        if len(words) > MAX_STEM_WORDS:
            found.append("a question longer than 25 words")
        if not _opens_on_question_word(stem):
            found.append("a question must open on its question word")
        if re.search(r"\bet (?:[A-ZÉÈÀ]|l['’]|la |le |les )", stem):
            found.append("two clauses, the second with its own subject")
    opening = stem if candidate.form == "cloze" else _after_question_word(stem)
    if FRAGMENT_START.match(opening):
        found.append("a stem opening on a conjunction, a relative or punctuation")
    if DANGLING.search(stem.replace(BLANK, "")):
        found.append("a pronoun or demonstrative whose antecedent is not in the question")
    if stem.count("(") != stem.count(")") or stem.count("«") != stem.count("»"):
        found.append("unbalanced brackets or quotes")
    if stem.count('"') % 2:
        found.append("unbalanced quotes")
    content = [w for w in re.findall(r"\w+", candidate.answer.casefold()) if len(w) > 3]
    stem_words = set(re.findall(r"\w+", stem.casefold()))
    if any(w in stem_words and w not in STOPWORDS for w in content):
        found.append("a word of the answer is in the question")
    if any(d.casefold() in stem.casefold() for d in candidate.distractors):
        found.append("a distractor is in the question")
    return found


def _year(text: str) -> int | None:
    found = re.search(r"\d{3,4}", text)
    return int(found[0]) if found else None


# --- the three forms -----------------------------------------------------------------------


def _forms(mention: Mention, sentence: Any) -> list[tuple[str, str] | None]:
    return [
        _subject_question(mention, sentence),
        _date_question(mention, sentence),
        _cloze(mention, sentence),
    ]


def _tokens_of(mention: Mention, sentence: Any) -> list[Any]:
    return [t for t in sentence if t.idx >= mention.start and t.idx + len(t.text) <= mention.end]


def _root_verb(sentence: Any) -> Any | None:
    root = sentence.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    # a mis-parsed "Robespierre dirigea ...": the first finite verb right after the root
    following = root.i + 1
    if following < sentence.end and sentence.doc[following].pos_ in ("VERB", "AUX"):
        return sentence.doc[following]
    return None


def _subject_question(mention: Mention, sentence: Any) -> tuple[str, str] | None:
    wh = WH_SUBJECT.get(mention.kind)
    verb = _root_verb(sentence)
    tokens = _tokens_of(mention, sentence)
    if wh is None or verb is None or not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    # the mention is the whole subject: right before the verb (or its auxiliaries)
    start_of_verb = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])
    head = next((t for t in tokens if t.dep_.startswith("nsubj")), None)
    if last.i + 1 != start_of_verb and not (head is not None and last.i + 1 == start_of_verb):
        return None
    if head is not None and "Plur" in head.morph.get("Number"):
        return None
    ids = {t.i for t in tokens}
    while (
        first.i > sentence.start
        and sentence.doc[first.i - 1].dep_ == "det"
        and (sentence.doc[first.i - 1].head.i in ids)
    ):
        first = sentence.doc[first.i - 1]  # "La Convention": the article goes with the name
    if mention.kind == "place" and mention.text.lower() in COUNTRIES:
        wh = "Quel pays"
    before = sentence.doc[sentence.start : first.i].text
    if before.strip() and not before.strip().endswith(","):
        return None  # "Mais l'arrivée ..." and the like: the subject is not alone
    if re.search(r"\b(le|la|les|l'|du|des|de)\s*$", before.lower()):
        return None
    verb_words = [t for t in sentence.doc[start_of_verb : verb.i + 1] if not t.is_punct]
    if verb.i == sentence.root.i:
        predicate = _predicate(verb, set())
    else:  # a broken parse hangs the clause on the name: take the words as they come
        predicate = _join(_trim(list(sentence.doc[verb.i + 1 : sentence.end])))
    after = _join(verb_words) + " " + predicate
    lead = before.strip()
    question = f"{lead} {wh.lower()} {after}" if lead else f"{wh} {after}"
    return upper_first(tidy(question)) + " ?", "subject"


def _governing_verb(tokens: list[Any], sentence: Any) -> Any | None:
    """The verb the date belongs to: the main verb, or a verb joined to it ('… et devint
    empereur en 1804'), never one inside a subordinate clause."""
    root = _root_verb(sentence)
    if root is None or not tokens:
        return None
    token = tokens[0]
    for _ in range(12):
        if token.i == root.i:
            return root
        if token.dep_ == "conj" and token.head.i == root.i and token.pos_ == "VERB":
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _date_question(mention: Mention, sentence: Any) -> tuple[str, str] | None:
    wh = WH_DATE.get(mention.kind)
    date = _tokens_of(mention, sentence)
    verb = _governing_verb(date, sentence)
    if wh is None or verb is None or verb.pos_ != "VERB":
        return None
    root = _root_verb(sentence)
    date_ids = {t.i for t in date}
    markers = [t for t in sentence if t.dep_ == "case" and t.head.i in date_ids]
    if any(t.text.lower() in ("à", "jusqu'", "jusqu’", "vers", "avant", "après") for t in markers):
        return None  # a range, a bound or an approximation: asking "when" would mislead
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and root is not None and verb.i != root.i:
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    subject = subjects[0]
    subject_span = sentence.doc[subject.left_edge.i : subject.right_edge.i + 1]
    if not (subject_span.start_char > mention.end or subject_span.end_char < mention.start):
        return None  # the date is inside the subject
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if verb.i == (root.i if root is not None else -1):
        if subject_span.end != (auxiliaries[0].i if auxiliaries else verb.i):
            return None  # something stands between subject and verb
        before = sentence.doc[sentence.start : subject_span.start]
        for token in before:  # only the date itself (and its comma) may come first
            if token.i in date_ids or token.is_punct:
                continue
            if token.dep_ in ("case", "det") and token.head.i in date_ids:
                continue
            return None
    gender, number = _agreement(subject, verb)
    inverted = auxiliaries[0] if auxiliaries else verb
    verb_group = [invert(inverted.text, subject_pronoun(gender, number))]
    verb_group += [a.text for a in auxiliaries[1:]]
    if auxiliaries:
        verb_group.append(verb.text)
    # the rest of the verb's own clause: no joined clauses, no date
    dropped = set(date_ids) | {t.i for t in markers}
    for child in verb.children:
        if child.dep_ in ("conj", "parataxis", "cc") and child.i > verb.i:
            dropped |= {t.i for t in child.subtree}
    dropped |= {t.i for t in verb.subtree if t.dep_ == "det" and t.head.i in date_ids}
    rest_text = _predicate(verb, dropped)
    if re.search(r"\d{3,4}", rest_text):
        return None  # another date would stay in a question that asks "when"
    first = subject_span[0]
    subject_text = subject_span.text
    if first.pos_ in ("DET", "ADP") or first.pos_ != "PROPN":
        subject_text = lower_first(subject_text, proper=False)
    question = f"{wh} {subject_text} {' '.join(verb_group)} {rest_text}"
    return tidy(question) + " ?", "date"


def _agreement(subject: Any, verb: Any) -> tuple[str | None, str | None]:
    """Gender and number for the inverted pronoun. A name's gender shows, if anywhere, on a
    past participle ('Jeanne fut capturée'); otherwise it is masculine, as French defaults."""
    number = (subject.morph.get("Number") or [None])[0]
    if subject.ent_type_ != "PER":
        return (subject.morph.get("Gender") or [None])[0], number
    participle = verb if "Part" in verb.morph.get("VerbForm") else None
    gender = (participle.morph.get("Gender") or [None])[0] if participle is not None else None
    return gender, number


def _predicate(verb: Any, dropped: set[int]) -> str:
    """What follows the verb in its own clause: clauses with a subject of their own go (they
    are other facts), and so does whatever follows a colon or a semicolon."""
    dropped = set(dropped)
    for token in verb.subtree:
        if (
            token.i > verb.i
            and token.dep_ in ("conj", "advcl", "parataxis")
            and any(c.dep_.startswith("nsubj") for c in token.children)
        ):
            dropped |= {t.i for t in token.subtree}
    return _join(_trim([t for t in verb.subtree if t.i > verb.i and t.i not in dropped]))


def _trim(tokens: list[Any]) -> list[Any]:
    """Up to a colon or semicolon, without trailing punctuation, spaces or conjunctions."""
    tokens = [t for t in tokens if not t.is_space]
    cut = next((n for n, t in enumerate(tokens) if t.text in (":", ";")), len(tokens))
    tokens = tokens[:cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ == "CCONJ"):
        tokens.pop()
    return tokens


def _join(tokens: list[Any]) -> str:
    """Tokens back to text, with a space wherever a token was left out between two others."""
    text = ""
    for n, token in enumerate(tokens):
        text += token.text
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None:
            text += token.whitespace_ or ("" if following.i == token.i + 1 else " ")
    return text.strip()


def _cloze(mention: Mention, sentence: Any) -> tuple[str, str] | None:
    raw = sentence.text
    offset = sentence.start_char + (len(raw) - len(raw.lstrip()))
    text = raw.strip()
    start, end = mention.start - offset, mention.end - offset
    if start < 0 or end > len(text):
        return None
    window = _sentence_window(text, start, end)
    if window is None:
        return None
    before, after = window
    clause = f"{before}{BLANK}{after}".strip()
    if mention.text.casefold() in clause.casefold():
        return None  # the answer appears twice: the blank would give nothing away to hide
    what = WHAT_KIND.get(mention.kind, "réponse")
    return f"Complétez ({what}) : {tidy(clause)}", "cloze"


def _sentence_window(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The sentence from its start: whole when short enough, else cut at the first clause
    boundary after the blank. Never a piece from the middle: a reader needs the subject."""
    if len(text.split()) <= MAX_CLOZE_WORDS:
        return text[:start], text[end:]
    boundaries = [i for i in (text.find(p, end) for p in (",", ";", ":", "—", " (")) if i > 0]
    if not boundaries:
        return None
    after = text[end : min(boundaries)].rstrip(" ,;:") + "…"
    if len(text[:start].split()) + len(after.split()) + 1 > MAX_CLOZE_WORDS:
        return None
    return text[:start], after


# --- ranking -------------------------------------------------------------------------------


def _explanation(sentence: str, mention: Mention, sentence_start: int) -> str:
    """The source sentence, quoted; cut around the answer to fit Telegram's 200 characters."""
    room = MAX_EXPLANATION_CHARS - len("D'après le texte : « »") - 2
    if len(sentence) <= room:
        return f"D'après le texte : « {sentence} »"
    start, end = mention.start - sentence_start, mention.end - sentence_start
    half = (room - (end - start)) // 2
    left = max(0, start - half)
    right = min(len(sentence), left + room - 2)
    left = max(0, right - room + 2)
    excerpt = sentence[left:right].strip()
    if left > 0:
        excerpt = "…" + excerpt.split(" ", 1)[-1]
    if right < len(sentence):
        excerpt = excerpt.rsplit(" ", 1)[0] + "…"
    return f"D'après le texte : « {excerpt} »"


def _difficulty(candidate: Candidate, mention: Mention) -> int:
    level = {"subject": 1, "date": 1, "cloze": 2}[candidate.form]
    if mention.kind in ("date", "month", "decade", "work"):
        level += 1
    if mention.kind == "year":
        close = [
            d for d in candidate.distractors if abs((_year(d) or 0) - (mention.year or 0)) <= 3
        ]
        level += 1 if len(close) >= 2 else 0
    return max(1, min(3, level))


def _quality(candidate: Candidate, mentions: list[Mention]) -> float:
    score = {"subject": 0.9, "date": 0.85, "cloze": 0.6}[candidate.form]
    score += {"year": 0.05, "date": 0.05, "person": 0.05, "organisation": 0.04}.get(
        candidate.kind, 0.0
    )
    own = {m.text for m in mentions}
    score += 0.03 * sum(1 for d in candidate.distractors if d in own)
    if len(candidate.question) > 200:
        score -= 0.1
    return round(min(score, 1.0), 3)
