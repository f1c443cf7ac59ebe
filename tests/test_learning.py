"""Learning features through the real Application: typed answers, review, progress, topics,
the passage's text, /lang and reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.context import QuizApp
from bot.engine import REVIEW_INTERVALS, review_after
from bot.questions import parse_question_file
from bot.store import PRIVATE_SCOPE
from tests.conftest import ADMIN_ID, SMALL_SET, deliver
from tests.fakes import ApiError, FakeBotAPI
from tests.helpers import buttons, question_id_of, right_and_wrong

ALICE = FakeBotAPI.user(1001, "Alice", "alice_reads")
ADMIN = FakeBotAPI.user(ADMIN_ID, "Prof")
PASSAGE_TEXT = (
    "Premier paragraphe : une année et un fondateur.\n\n"
    "Deuxième paragraphe : celui qui fonde.\n\n"
    "Troisième paragraphe : une organisation."
)


def clock_of(app: QuizApp) -> Any:
    return app.bot_data.clock


async def say(app: QuizApp, api: FakeBotAPI, text: str, user: dict = ALICE) -> dict[str, Any]:
    await deliver(app, api.send_text(user, text))
    return api.last_sent(user["id"])


async def points(app: QuizApp) -> int:
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    return score.points if score else 0


def typed_question(app: QuizApp, message: dict[str, Any]) -> Any:
    question = app.bot_data.bank.get(question_id_of(message, app.bot_data.bank))
    assert question is not None
    return question


# --- pure rules -----------------------------------------------------------------------------


def test_leitner_boxes_over_several_weeks() -> None:
    day0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    state = review_after(None, True, day0)
    assert (state.box, state.due_at, state.mastered) == (1, day0 + timedelta(days=1), False)
    same_day = review_after(state, True, day0 + timedelta(hours=2))
    assert same_day.streak == 1  # two right answers the same day count once
    day1 = review_after(same_day, True, day0 + timedelta(days=1, hours=3))
    assert same_day.box == 1  # asked again before it was due: no jump ahead
    assert day1.mastered and day1.box == 2
    assert day1.due_at - day1.last_right_at == timedelta(days=3)  # type: ignore[operator]
    missed = review_after(day1, False, day0 + timedelta(days=9))
    assert (missed.box, missed.streak, missed.wrong, missed.mastered) == (0, 0, 1, False)
    assert missed.due_at == day0 + timedelta(days=9) + REVIEW_INTERVALS[0]
    back = review_after(missed, True, day0 + timedelta(days=9, minutes=15))
    assert back.box == 1 and back.streak == 1


def test_which_questions_may_be_typed() -> None:
    text = """\
passage: p
questions:
  - {id: name, paragraph: 1, difficulty: 1, question: "Qui ?", choices: [Léon Trotsky, Staline],
     answer: Léon Trotsky, explanation: Lui., accept: [Trotsky, Trotski],
     en: {question: "Who?", choices: [Leon Trotsky, Stalin], explanation: Him., accept: [Trotsky]}}
  - {id: tf, paragraph: 1, difficulty: 1, question: "Vrai ?", choices: [Vrai, Faux],
     answer: Vrai, explanation: Oui., shuffle: false}
  - {id: long, paragraph: 1, difficulty: 1, question: "Pourquoi ?", explanation: Voilà.,
     choices: [Parce que la bureaucratie ne pouvait plus être réformée du tout, Par hasard],
     answer: Parce que la bureaucratie ne pouvait plus être réformée du tout}
  - {id: opted-out, paragraph: 1, difficulty: 1, question: "Quand ?", choices: ["1923", "1933"],
     answer: "1923", explanation: Alors., typed: false}
"""
    report = parse_question_file(text, "p.yaml")
    assert report.ok, report.errors
    found = {q.id: q for q in report.questions}
    assert found["name"].typed and found["name"].typed_answers("fr") == (
        "Léon Trotsky", "Trotsky", "Trotski",
    )  # fmt: skip
    assert found["name"].typed_answers("en") == ("Leon Trotsky", "Trotsky")
    assert not found["tf"].typed and not found["long"].typed and not found["opted-out"].typed


# --- typed answers --------------------------------------------------------------------------


async def test_a_near_miss_gets_one_more_try(app: QuizApp, api: FakeBotAPI) -> None:
    asked = await say(app, api, "/ask 1")  # q-who: Trotsky
    assert asked["text"].startswith("✍️ Qui l'a fondé ?")
    near = await say(app, api, "Trots")
    assert near["text"] == "🤏 Presque ! « Trots » n'est pas tout à fait ça. Encore un essai."
    result = await say(app, api, "trotski")
    assert result["text"].startswith("✅ Bonne réponse ! +1 point — « Trotsky »")
    assert await points(app) == 1


async def test_a_second_near_miss_is_wrong(app: QuizApp, api: FakeBotAPI) -> None:
    await say(app, api, "/ask 1")
    await say(app, api, "Trots")
    assert (await say(app, api, "Trots"))["text"].startswith("❌ Raté. La réponse : Trotsky")


async def test_a_typed_answer_round_trip(app: QuizApp, api: FakeBotAPI) -> None:
    asked = await say(app, api, "/ask dates")  # q-year: "1923"
    assert asked["text"].startswith("✍️") and "Tapez votre réponse" in asked["text"]
    assert "reply_markup" not in asked  # no choices to tap
    update = api.send_text(ALICE, "mil neuf cent vingt-trois")
    await deliver(app, update)
    result = api.last_sent(1001)
    assert result["text"].startswith("✅ Bonne réponse ! +2 points")
    assert await points(app) == 2
    await deliver(app, update)  # redelivered: scored once
    assert await points(app) == 2
    assert (await say(app, api, "1923"))["text"].startswith("Tapez /quiz")  # nothing open now
    [next_button] = [b for b in buttons(result) if b["text"].startswith("Question suivante")]
    assert next_button


async def test_a_different_year_is_wrong_even_when_close(app: QuizApp, api: FakeBotAPI) -> None:
    await say(app, api, "/ask dates")
    result = await say(app, api, "1933")
    assert result["text"].startswith("❌ Raté. La réponse : 1923")
    assert await points(app) == 0


async def test_text_mode_asks_typed_questions_and_falls_back_to_choices(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    assert (await say(app, api, "/mode texte"))["text"].startswith("✍️ Vos prochaines questions")
    first = await say(app, api, "/quiz")
    assert first["text"].startswith("✍️")
    assert (await say(app, api, "Le Comintern"))["text"].startswith(("✅", "❌"))
    # a topic with no question that suits typing: its questions come with choices
    small = questions_dir / "small.yaml"
    small.write_text(
        SMALL_SET.replace(
            "question: Qui l'a fondé ?", "typed: false\n    question: Qui l'a fondé ?"
        ),
        encoding="utf-8",
    )
    await app.bot_data.catalog.reload()
    assert not app.bot_data.bank.get("q-who").typed  # type: ignore[union-attr]
    only_choices = await say(app, api, "/quiz 1")
    assert only_choices["text"].startswith("❓") and buttons(only_choices)


async def test_topics_and_difficulties(app: QuizApp, api: FakeBotAPI) -> None:
    message = await say(app, api, "/quiz 3")
    assert typed_question(app, message).difficulty == 3
    message = await say(app, api, "/quiz dates")
    assert "dates" in typed_question(app, message).tags
    reply = await say(app, api, "/quiz astronomie")
    assert (
        reply["text"].startswith("Aucune question pour « astronomie »") and "dates" in reply["text"]
    )
    themes = await say(app, api, "/themes")
    assert "• dates — 1 questions, 0 maîtrisée(s)" in themes["text"]


# --- spaced review and progress -------------------------------------------------------------


async def test_a_missed_question_comes_back_first_and_review_says_when(
    app: QuizApp, api: FakeBotAPI
) -> None:
    clock = clock_of(app)
    message = await say(app, api, "/quiz")
    missed = question_id_of(message, app.bot_data.bank)
    _, wrong = right_and_wrong(message, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, message, wrong))
    later = await say(app, api, "/revision")
    assert later["text"].startswith("🎉 Rien à revoir pour l'instant. Prochaine révision :")
    clock.now += timedelta(minutes=11)
    back = await say(app, api, "/revision")
    notice = api.sent(chat_id=1001)[-2].params["text"]
    assert notice == "📚 1 à revoir maintenant."
    assert question_id_of(back, app.bot_data.bank) == missed
    right, _ = right_and_wrong(back, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, back, right))
    clock.now += timedelta(minutes=11)
    upcoming = await say(app, api, "/revision")
    assert upcoming["text"].startswith("🎉")  # next due in a day: nothing now


async def test_progress_by_paragraph_and_topic(app: QuizApp, api: FakeBotAPI) -> None:
    assert (await say(app, api, "/progres"))["text"].startswith("Répondez à quelques questions")
    clock = clock_of(app)
    for _day in range(2):  # the same questions right two days running: mastered
        for _ in range(3):
            message = await say(app, api, "/quiz")
            right, _ = right_and_wrong(message, app.bot_data.bank)
            await deliver(app, api.tap(ALICE, message, right))
        clock.now += timedelta(days=1, hours=1)
    message = await say(app, api, "/quiz")
    _, wrong = right_and_wrong(message, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, message, wrong))
    text = (await say(app, api, "/progres"))["text"]
    assert text.startswith("📈 Votre progression — 2 sur 3 maîtrisées")
    assert "Paragraphe 1 : " in text and "▓" in text and "░" in text
    assert "dates : " in text
    assert "Les plus ratées" in text and "(1 fois)" in text


# --- the passage's text ---------------------------------------------------------------------


async def test_passage_text_registration_reading_and_button(app: QuizApp, api: FakeBotAPI) -> None:
    assert (await say(app, api, "/texte"))["text"] == "Aucun texte n'a encore été enregistré."
    upload = api.upload(ALICE, "texte.txt", PASSAGE_TEXT.encode())
    upload["message"]["caption"] = "/texte test-passage"
    await deliver(app, upload)
    assert api.last_sent(1001)["text"].startswith("Désolé")  # admins only
    upload = api.upload(ADMIN, "texte.txt", PASSAGE_TEXT.encode())
    upload["message"]["caption"] = "/texte test-passage"
    await deliver(app, upload)
    assert api.last_sent(ADMIN_ID)["text"] == "✅ Texte test-passage enregistré : 3 paragraphe(s)."
    assert not api.sent("sendDocument")  # not taken for a passage to draft questions from

    assert "test-passage" in (await say(app, api, "/texte"))["text"]
    second = (await say(app, api, "/texte test-passage 2"))["text"]
    assert second.startswith("📖 Un texte <court> & simple, paragraphe 2/3")
    assert second.endswith("Deuxième paragraphe : celui qui fonde.")
    assert "3 paragraphe(s)" in (await say(app, api, "/texte test-passage 9"))["text"]

    message = await say(app, api, "/quiz")
    right, _ = right_and_wrong(message, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, message, right))
    answered = api.message(1001, message["message_id"])
    [read] = [b for b in buttons(answered) if b["text"] == "📖 Lire le paragraphe"]
    await deliver(app, api.tap(ALICE, answered, read["callback_data"]))
    paragraph = typed_question(app, message).paragraph
    assert api.last_sent(1001)["text"].startswith(
        f"📖 Un texte <court> & simple, paragraphe {paragraph}/3"
    )


# --- language and reminders -----------------------------------------------------------------


async def test_one_learners_language_is_never_anothers(app: QuizApp, api: FakeBotAPI) -> None:
    bob = FakeBotAPI.user(1002, "Bob")
    await say(app, api, "/lang en")
    assert (await say(app, api, "/help", bob))["text"].startswith("<b>") is False
    assert (await say(app, api, "/help", bob))["text"].startswith("Commandes")
    assert (await say(app, api, "/help"))["text"].startswith("Commands")


async def test_lang_overrides_telegrams_language(app: QuizApp, api: FakeBotAPI) -> None:
    assert (await say(app, api, "/lang en"))["text"] == "Language: English."
    assert (await say(app, api, "/help"))["text"].startswith("Commands")
    seen = {(await say(app, api, "/quiz"))["text"].splitlines()[0] for _ in range(3)}
    assert "❓ In which year did the event happen?" in seen
    assert (await say(app, api, "/lang auto"))["text"] == "Langue : français."
    assert (await say(app, api, "/help"))["text"].startswith("Commandes")
    assert (await say(app, api, "/lang de"))["text"].startswith("Usage : /lang")


async def test_reminders_only_when_reviews_are_due_and_stop_when_blocked(
    app: QuizApp, api: FakeBotAPI
) -> None:
    assert (await say(app, api, "/rappel 25:00"))["text"].startswith("Usage : /rappel")
    assert (await say(app, api, "/rappel 7:30 Mars/Olympus"))["text"].startswith("Usage")
    reply = (await say(app, api, "/rappel 7:30 America/Montreal"))["text"]
    assert reply.startswith("⏰ Chaque jour à 07:30 America/Montreal")
    assert (await say(app, api, "/rappel 19h05"))["text"].startswith(
        "⏰ Chaque jour à 19:05 Europe/Paris"
    )
    assert app.job_queue is not None
    [job] = app.job_queue.get_jobs_by_name("remind:1001")
    assert job.trigger.fields[5].expressions[0].first == 19  # type: ignore[attr-defined]
    from bot.handlers.learning import _remind

    class Context:
        bot = app.bot
        bot_data = app.bot_data

        def __init__(self) -> None:
            self.job = job

    sent = len(api.sent(chat_id=1001))
    await _remind(Context())  # type: ignore[arg-type]
    assert len(api.sent(chat_id=1001)) == sent  # nothing due: no message
    message = await say(app, api, "/quiz")
    _, wrong = right_and_wrong(message, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, message, wrong))
    clock_of(app).now += timedelta(hours=1)
    await _remind(Context())  # type: ignore[arg-type]
    assert api.last_sent(1001)["text"] == "⏰ 1 question(s) à revoir aujourd'hui : /revision"
    api.fail_next(
        lambda c: c.method == "sendMessage", ApiError(403, "Forbidden: bot was blocked by the user")
    )
    await _remind(Context())  # type: ignore[arg-type]
    assert await app.bot_data.store.reminders() == {}
    assert (await say(app, api, "/rappel off"))["text"] == "Rappels arrêtés."
    assert not app.job_queue.get_jobs_by_name("remind:1001")


async def test_an_old_typed_question_never_catches_a_later_message(
    app: QuizApp, api: FakeBotAPI
) -> None:
    await say(app, api, "/ask dates")
    message = await say(app, api, "/quiz")  # another question since: the typed one is over
    right, _ = right_and_wrong(message, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, message, right))
    assert (await say(app, api, "merci"))["text"].startswith("Tapez /quiz")
    await say(app, api, "/ask dates")
    clock_of(app).now += timedelta(hours=2)  # and an hour later it is over too
    assert (await say(app, api, "1923"))["text"].startswith("Tapez /quiz")


async def test_progress_with_several_passages_escapes_their_titles(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    from tests.test_reload import question_yaml

    other = question_yaml("other-q").replace("passage: p", "passage: p\ntitle: Les <autres> & co")
    (questions_dir / "other.yaml").write_text(other, encoding="utf-8")
    await app.bot_data.catalog.reload()
    message = await say(app, api, "/quiz")
    right, _ = right_and_wrong(message, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, message, right))
    text = (await say(app, api, "/progres"))["text"]  # the fake refuses unescaped HTML
    assert "Les <autres> & co · Paragraphe 1" in text


async def test_snapshots_keep_what_typed_answers_need(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    message = await say(app, api, "/ask dates")
    quiz = await app.bot_data.store.open_typed_quiz(
        1001, 1001, clock_of(app).now - timedelta(hours=1)
    )
    assert (
        quiz is not None
        and quiz.asked.accept == ("1923",)
        and quiz.asked.passage_id == "test-passage"
    )
    assert message["text"].startswith("✍️")


@pytest.mark.parametrize("text", [" ", "x" * 4096, "😀"])
async def test_any_message_while_a_typed_question_is_open_gets_a_verdict(
    app: QuizApp, api: FakeBotAPI, text: str
) -> None:
    await say(app, api, "/ask dates")
    reply = await say(app, api, text)
    assert reply["text"].startswith(("❌", "🤏"))


def test_a_passage_is_registered_from_the_command_line(tmp_path: Path) -> None:
    import asyncio
    import os
    import subprocess
    import sys

    from bot.store import Store
    from tests.conftest import ROOT

    text = tmp_path / "passage.txt"
    text.write_text(PASSAGE_TEXT, encoding="utf-8")
    env = {**os.environ, "QUIZBOT_DB": str(tmp_path / "q.db"), "PYTHONPATH": str(ROOT)}
    env.pop("BOT_TOKEN", None)  # no token needed for this
    done = subprocess.run(
        [sys.executable, "-m", "bot", "passage", "add", "mon-texte", str(text)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "mon-texte: 3 paragraph(s) saved" in done.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "passage", "add", "Mon Texte", str(text)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 2 and "is not a passage id" in bad.stderr

    async def read() -> str | None:
        store = await Store.open(tmp_path / "q.db")
        try:
            return await store.passage_text("mon-texte")
        finally:
            await store.close()

    assert asyncio.run(read()) == PASSAGE_TEXT
