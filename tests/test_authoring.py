"""/addquestion and editing from the chat, step by step, through the real ConversationHandler."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.context import QuizApp
from bot.questions import parse_question_file
from tests.conftest import ADMIN_ID, deliver, running
from tests.fakes import FakeBotAPI
from tests.helpers import buttons

ADMIN = FakeBotAPI.user(ADMIN_ID, "Prof")
NOW = datetime(2026, 11, 25, tzinfo=UTC)
SMALL_OWN_PASSAGE = """\
passage: test-passage
questions:
  - id: q-elsewhere
    passage: other-text
    paragraph: 2
    difficulty: 1
    question: Une question sur un autre texte ?
    choices: [Oui, Non]
    answer: Oui
    explanation: Parce que.
"""
TRICKY = "Qui a écrit « <b>La révolution</b> & co » : {vraiment} # ?"


class Admin:
    """The admin's side of the chat."""

    def __init__(self, app: QuizApp, api: FakeBotAPI) -> None:
        self.app, self.api = app, api

    async def say(self, text: str) -> str:
        await deliver(self.app, self.api.send_text(ADMIN, text))
        return self.last()["text"]

    async def tap(self, label: str) -> str:
        """Tap the button with this label on the latest message that has it."""
        for call in reversed(self.api.sent(chat_id=ADMIN_ID)):
            message = self.api.message(ADMIN_ID, call.result["message_id"])
            for button in buttons(message):
                if button["text"] == label:
                    await deliver(self.app, self.api.tap(ADMIN, message, button["callback_data"]))
                    return self.last()["text"]
        raise AssertionError(f"no button {label!r}")

    def last(self) -> dict[str, Any]:
        return self.api.last_sent(ADMIN_ID)

    def messages_since(self, mark: int) -> list[str]:
        return [
            self.api.message(ADMIN_ID, c.result["message_id"])["text"]
            for c in self.api.sent(chat_id=ADMIN_ID)[mark:]
        ]


async def test_full_conversation_with_checks_preview_edit_and_save(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    admin = Admin(app, api)
    assert "Envoyez le texte de la question" in await admin.say("/addquestion")
    assert "C'est trop long : 301 caractères" in await admin.say("x" * 301)
    assert "Envoyez les choix" in await admin.say(TRICKY)

    assert "Il faut au moins 2 choix" in await admin.say("/done")
    reply = await admin.say("Trotsky\n\nStaline\ntrotsky")
    assert "« trotsky » est déjà dans la liste." in reply and "B. Staline" in reply
    assert "C. Boukharine" in await admin.say("Boukharine")
    assert "Quelle est la bonne réponse ?" in await admin.say("/done")
    assert "Envoyez l'explication" in await admin.tap("A. Trotsky")

    assert "2 retours à la ligne au plus" in await admin.say("a\nb\nc\nd")
    assert "tags" in await admin.say("Il l'a écrite en exil.")
    assert "Quelle difficulté" in await admin.say("Œuvres, Personnes")
    assert "paragraphe" in await admin.tap("2 · moyenne")
    assert "numéro de paragraphe" in await admin.say("trois")

    mark = len(api.sent(chat_id=ADMIN_ID))
    await admin.tap("3")
    title, learner_view, summary = admin.messages_since(mark)
    assert title.startswith("👀 Aperçu")
    assert learner_view.startswith(f"❓ {TRICKY}")  # as a learner sees it, markup shown as text
    assert "Tags : oeuvres, personnes · difficulté 2 · paragraphe 3" in summary
    assert "Fichier : from-chat-test-passage.yaml" in summary

    await admin.tap("✏️ Modifier")
    assert "Envoyez l'explication" in await admin.tap("Explication")
    mark = len(api.sent(chat_id=ADMIN_ID))
    await admin.say("Il l'a écrite en 1936, en exil.")
    assert "💡 Il l'a écrite en 1936, en exil." in admin.messages_since(mark)[-1]

    saved = await admin.tap("💾 Enregistrer")
    assert saved.startswith("✅ Question chat-qui-a-ecrit-b-la-revolution-b-co ")
    assert "enregistrée dans from-chat-test-passage.yaml" in saved
    question_id = saved.split("Question ")[1].split(" ")[0]

    text = (questions_dir / "from-chat-test-passage.yaml").read_text(encoding="utf-8")
    stored = parse_question_file(text, "f.yaml").questions[0]
    assert stored.id == question_id.strip()
    assert stored.wording("fr").question == TRICKY
    assert stored.wording("fr").choices[stored.answer_index] == "Trotsky"
    assert stored.tags == ("oeuvres", "personnes") and stored.paragraph == 3
    assert app.bot_data.bank.get(stored.id) is not None  # served at once
    log = await app.bot_data.store.admin_log()
    assert log[0].action == "add"


async def test_changing_the_choices_from_the_preview_comes_back_to_it(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    admin = Admin(app, api)
    await admin.say("/question q-what")
    await admin.tap("✏️ Modifier")  # opens the question in the conversation, at its preview
    await admin.tap("✏️ Modifier")
    assert "Envoyez les choix" in await admin.tap("Choix et bonne réponse")
    await admin.say("Le Comintern\nLa Ligue")
    await admin.say("/done")
    mark = len(api.sent(chat_id=ADMIN_ID))
    await admin.tap("B. La Ligue")
    summary = admin.messages_since(mark)[-1]
    assert "Bonne réponse : La Ligue" in summary  # straight back to the preview
    await admin.tap("💾 Enregistrer")
    question = app.bot_data.bank.get("q-what")
    assert question is not None and question.wording("fr").choices == ("Le Comintern", "La Ligue")


async def test_cancel_writes_nothing(app: QuizApp, api: FakeBotAPI, questions_dir: Path) -> None:
    admin = Admin(app, api)
    await admin.say("/addquestion")
    await admin.say("Une question ?")
    assert "rien n'a été enregistré" in await admin.say("/cancel")
    assert sorted(p.name for p in questions_dir.iterdir()) == ["small.yaml"]
    assert "/help" in await admin.say("Une autre ?")  # the conversation is over


async def test_stickers_mid_conversation_get_a_reminder(app: QuizApp, api: FakeBotAPI) -> None:
    admin = Admin(app, api)
    await admin.say("/addquestion")
    sticker = api.send_text(ADMIN, "x")
    message = sticker["message"]
    del message["text"]
    message["sticker"] = {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                          "is_animated": False, "is_video": False, "type": "regular"}  # fmt: skip
    await deliver(app, sticker)
    assert admin.last()["text"].startswith("J'attends un texte")


async def test_editing_a_hand_written_question_changes_only_it(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    original = (questions_dir / "small.yaml").read_text(encoding="utf-8")
    admin = Admin(app, api)
    await admin.say("/question q-who")
    await admin.tap("✏️ Modifier")
    await admin.tap("✏️ Modifier")  # from the preview: pick a field
    await admin.tap("Question")
    await admin.say("Qui a fondé l'Opposition de gauche ?")
    saved = await admin.tap("💾 Enregistrer")
    assert "q-who" in saved and "small.yaml" in saved

    edited = (questions_dir / "small.yaml").read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(original.splitlines(), edited.splitlines(), strict=False) if a != b
    ]
    assert len(changed) <= 6, changed  # only the lines of q-who
    questions = {q.id: q for q in parse_question_file(edited, "small.yaml").questions}
    assert questions["q-who"].wording("fr").question == "Qui a fondé l'Opposition de gauche ?"
    assert questions["q-year"].wording("en").question == "In which year did the event happen?"
    assert app.bot_data.bank.get("q-who").wording("fr").question.startswith("Qui a fondé")  # type: ignore[union-attr]
    log = await app.bot_data.store.admin_log()
    assert (log[0].action, log[0].detail) == ("edit", "q-who (small.yaml)")


async def test_a_restart_mid_conversation_loses_nothing(
    app: QuizApp, api: FakeBotAPI, settings: Any, questions_dir: Path
) -> None:
    admin = Admin(app, api)
    await admin.say("/addquestion")
    await admin.say("Quelle ville fut assiégée pendant l'hiver 1870 ?")
    await admin.say("Paris\nLyon\nMarseille")

    # the bot restarts: a new Application on the same database, nothing in memory
    async with running(settings, api, seed=5) as restarted:
        again = Admin(restarted, api)
        offer = await again.say("/addquestion")
        assert "Quelle ville fut assiégée" in offer
        prompt = await again.tap("▶️ Reprendre")
        assert "Envoyez les choix" in prompt
        assert "C. Marseille" in await again.say("Nantes")  # the first three are still there
        await again.say("/done")
        await again.tap("A. Paris")
        await again.say("Paris subit un long siège.")
        await again.say("/skip")
        await again.tap("1 · facile")
        await again.tap("1")
        saved = await again.tap("💾 Enregistrer")
        assert "enregistrée" in saved
        assert await restarted.bot_data.store.load_draft(ADMIN_ID) is None  # done: draft gone
    text = (questions_dir / "from-chat-test-passage.yaml").read_text(encoding="utf-8")
    stored = parse_question_file(text, "f.yaml").questions[0]
    assert stored.wording("fr").choices == ("Paris", "Lyon", "Marseille", "Nantes")


async def test_starting_over_discards_the_saved_draft(app: QuizApp, api: FakeBotAPI) -> None:
    admin = Admin(app, api)
    await admin.say("/addquestion")
    await admin.say("Une première idée ?")
    await admin.say("/cancel")
    assert await app.bot_data.store.load_draft(ADMIN_ID) is None
    await admin.say("/addquestion")
    await admin.say("Une autre idée ?")
    app.user_data[ADMIN_ID].clear()  # as if the bot had restarted: memory gone, SQLite kept
    offer = await admin.say("/addquestion")
    assert "Une autre idée ?" in offer
    assert "Envoyez le texte de la question" in await admin.tap("🆕 Recommencer")


async def test_new_choices_drop_the_old_translation_and_say_so(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    admin = Admin(app, api)
    await admin.say("/question q-year")
    await admin.tap("✏️ Modifier")
    await admin.tap("✏️ Modifier")
    await admin.tap("Choix et bonne réponse")
    await admin.say("1917\n1923\n1933")  # as many choices as before, in another order
    await admin.say("/done")
    mark = len(api.sent(chat_id=ADMIN_ID))
    await admin.tap("B. 1923")
    assert "la traduction (en) ne correspond plus" in admin.messages_since(mark)[-1]
    saved = await admin.tap("💾 Enregistrer")
    assert "la traduction (en) ne correspond plus" in saved

    question = app.bot_data.bank.get("q-year")
    assert question is not None and question.languages == ("fr",)
    assert question.wording("en").choices[question.answer_index] == "1923"  # French shown
    text = (questions_dir / "small.yaml").read_text(encoding="utf-8")
    assert "In which year" not in text
    assert "It was in 1923." not in text


async def test_unchanged_choices_keep_the_translation(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    admin = Admin(app, api)
    await admin.say("/question q-year")
    await admin.tap("✏️ Modifier")
    await admin.tap("✏️ Modifier")
    await admin.tap("Difficulté")
    saved = await admin.tap("3 · difficile")
    assert "traduction" not in saved
    await admin.tap("💾 Enregistrer")
    question = app.bot_data.bank.get("q-year")
    assert question is not None and question.difficulty == 3
    assert question.wording("en").question == "In which year did the event happen?"


async def test_an_edit_keeps_the_questions_own_passage(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    own = SMALL_OWN_PASSAGE
    (questions_dir / "own.yaml").write_text(own, encoding="utf-8")
    admin = Admin(app, api)
    await admin.say("/reload")
    assert app.bot_data.bank.get("q-elsewhere").passage == "other-text"  # type: ignore[union-attr]
    await admin.say("/question q-elsewhere")
    await admin.tap("✏️ Modifier")
    await admin.tap("✏️ Modifier")
    await admin.tap("Explication")
    await admin.say("Une explication plus claire.")
    await admin.tap("💾 Enregistrer")
    question = app.bot_data.bank.get("q-elsewhere")
    assert question is not None and question.passage == "other-text"
    assert question.wording("fr").explanation == "Une explication plus claire."


async def test_uploads_mid_question_reach_their_handlers(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    from tests.test_reload import question_yaml

    admin = Admin(app, api)
    await admin.say("/addquestion")
    await deliver(app, api.upload(ADMIN, "extra.yaml", question_yaml("uploaded").encode()))
    assert admin.last()["text"].startswith("✅ extra.yaml")
    assert app.bot_data.bank.get("uploaded") is not None
    assert "Envoyez les choix" in await admin.say("Une question ?")  # the question goes on


async def test_an_abandoned_question_times_out_and_stays_saved(
    settings: Any, api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.handlers.authoring.CONVERSATION_TIMEOUT_SECONDS", 0.3)
    async with running(settings, api) as application:
        admin = Admin(application, api)
        await admin.say("/addquestion")
        await admin.say("Une question laissée en plan ?")
        await asyncio.sleep(1.0)
        assert admin.last()["text"].startswith("⏸ La question en cours est mise de côté")
        assert "/help" in await admin.say("bonjour")  # no longer taken as the choices
        offer = await admin.say("/addquestion")
        assert "Une question laissée en plan ?" in offer  # nothing lost


async def test_a_draft_saved_by_the_first_version_resumes_at_its_step(
    app: QuizApp, api: FakeBotAPI
) -> None:
    saved_by_version_1 = {
        "draft": {
            "passage": "test-passage", "title": "Un texte", "question": "Quand ?",
            "choices": ["1923", "1933"], "answer_index": 0, "explanation": "En 1923.",
            "tags": [], "difficulty": 1, "paragraph": 1, "shuffle": True, "translations": {},
            "question_id": None, "file": None,
        },
        "passages": [["test-passage", "Un texte"]], "back_to_preview": False, "prompt": "",
        "state": 8,  # the preview, by its position in the first version's list of states
    }  # fmt: skip
    await app.bot_data.store.save_draft(ADMIN_ID, json.dumps(saved_by_version_1), NOW)
    admin = Admin(app, api)
    assert "Quand ?" in await admin.say("/addquestion")
    mark = len(api.sent(chat_id=ADMIN_ID))
    await admin.tap("▶️ Reprendre")
    assert any("Bonne réponse : 1923" in text for text in admin.messages_since(mark))
    assert "enregistrée" in await admin.tap("💾 Enregistrer")


async def test_a_draft_from_a_newer_version_still_resumes(app: QuizApp, api: FakeBotAPI) -> None:
    newer = {
        "version": 99, "future": True,
        "draft": {"passage": "test-passage", "question": "Qui ?", "hint": "later field"},
        "passages": [], "back_to_preview": False, "prompt": "Envoyez les choix", "state": "choices",
    }  # fmt: skip
    await app.bot_data.store.save_draft(ADMIN_ID, json.dumps(newer), NOW)
    admin = Admin(app, api)
    assert "Qui ?" in await admin.say("/addquestion")
    assert "Envoyez les choix" in await admin.tap("▶️ Reprendre")


async def test_a_step_that_finds_no_question_in_progress_keeps_the_saved_one(
    app: QuizApp, api: FakeBotAPI
) -> None:
    admin = Admin(app, api)
    await admin.say("/addquestion")
    await admin.say("Une question à ne pas perdre ?")
    app.user_data[ADMIN_ID].clear()  # the timeout fired a moment ago: memory gone, SQLite kept
    reply = await admin.say("Paris\nLyon")
    assert reply.startswith("⏸ La question en cours est mise de côté")
    assert "Une question à ne pas perdre ?" in await admin.say("/addquestion")


async def test_an_edit_is_refused_when_the_question_changed_meanwhile(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    admin = Admin(app, api)
    await admin.say("/question q-who")
    await admin.tap("✏️ Modifier")
    await admin.tap("✏️ Modifier")
    await admin.tap("Explication")
    await admin.say("Mon explication.")
    # meanwhile someone edits the same question by hand
    path = questions_dir / "small.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("Trotsky l'a fondé.", "Fondé par Trotsky."),
        encoding="utf-8",
    )
    await admin.say("/reload")
    reply = await admin.tap("💾 Enregistrer")
    assert "rien n'a été changé" in reply and "changed meanwhile" in reply
    question = app.bot_data.bank.get("q-who")
    assert question is not None and question.wording("fr").explanation == "Fondé par Trotsky."


async def test_an_edit_saved_by_the_first_version_keeps_a_matching_translation(
    app: QuizApp, api: FakeBotAPI
) -> None:
    question = app.bot_data.bank.get("q-year")
    assert question is not None
    fr, en = question.wording("fr"), question.wording("en")
    saved_by_version_1 = {
        "draft": {
            "passage": "test-passage", "title": "Un texte <court> & simple",
            "question": fr.question, "choices": list(fr.choices), "answer_index": 0,
            "explanation": fr.explanation, "tags": ["dates"], "difficulty": 3, "paragraph": 1,
            "shuffle": True, "question_id": "q-year", "file": "small.yaml",
            "translations": {"en": {"question": en.question, "choices": list(en.choices),
                                    "explanation": en.explanation}},
        },
        "passages": [], "back_to_preview": False, "prompt": "", "state": 8,
    }  # fmt: skip
    await app.bot_data.store.save_draft(ADMIN_ID, json.dumps(saved_by_version_1), NOW)
    admin = Admin(app, api)
    await admin.say("/addquestion")
    await admin.tap("▶️ Reprendre")
    assert "traduction" not in await admin.tap("💾 Enregistrer")
    question = app.bot_data.bank.get("q-year")
    assert question is not None and question.difficulty == 3
    assert question.wording("en").question == en.question
