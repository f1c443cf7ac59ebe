"""A learner's private quiz, through the real Application and the transport-level fake."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from telegram import Update

from bot.concurrency import PerChatUpdateProcessor
from bot.context import QuizApp
from bot.handlers.quiz import answers_in_any_order
from bot.store import PRIVATE_SCOPE
from tests.conftest import deliver
from tests.fakes import ApiError, FakeBotAPI
from tests.helpers import buttons, question_id_of, right_and_wrong

ALICE = FakeBotAPI.user(1001, "Alice", "alice_reads")
BOB_EN = FakeBotAPI.user(1002, "Bob", None, language_code="en-GB")


async def ask_question(app: QuizApp, api: FakeBotAPI, user: dict) -> dict:
    await deliver(app, api.send_text(user, "/quiz"))
    return api.last_sent(user["id"])


async def test_start_greets_in_french_with_escaped_name(app: QuizApp, api: FakeBotAPI) -> None:
    user = FakeBotAPI.user(1003, "<Zoé & co>")
    await deliver(app, api.send_text(user, "/start"))
    call = api.sent(chat_id=1003)[-1]
    assert "&lt;Zoé &amp; co&gt;" in call.params["text"]
    text = api.last_sent(1003)["text"]
    assert text.startswith("Bonjour <Zoé & co> !")
    for command in ("/quiz", "/score", "/top", "/help"):
        assert command in text


async def test_start_and_help_in_english_for_english_users(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(BOB_EN, "/start"))
    assert api.last_sent(1002)["text"].startswith("Hello Bob!")
    await deliver(app, api.send_text(BOB_EN, "/help"))
    assert api.last_sent(1002)["text"].startswith("Commands")


async def test_command_menu_registered_in_both_languages(app: QuizApp, api: FakeBotAPI) -> None:
    assert set(api.commands) == {"fr", "en", "", "chat:999"}
    assert "addquestion" in [c["command"] for c in api.commands["chat:999"]]
    assert [c["command"] for c in api.commands["fr"]][:3] == ["quiz", "ask", "revision"]
    assert [c["command"] for c in api.commands["en"]][:3] == ["quiz", "ask", "review"]
    assert api.commands["en"][0]["description"] == "Get a question"


async def test_right_answer_edits_message_and_scores(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    assert question["text"].startswith("❓")
    assert [b["text"][:2] for b in buttons(question)] == ["A.", "B.", "C.", "D."][
        : len(buttons(question))
    ]
    right, _ = right_and_wrong(question, app.bot_data.bank)

    await deliver(app, api.tap(ALICE, question, right))

    edited = api.message(1001, question["message_id"])
    assert "Bonne réponse" in edited["text"]
    assert "(votre choix)" in edited["text"]
    assert "💡" in edited["text"]
    assert [b["text"] for b in buttons(edited)] == ["Question suivante ➡️"]
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and score.answers == 1 and score.correct == 1 and score.points >= 1
    # both are posted without python-telegram-bot's methods: the defaults must still apply
    for call in (api.sent("sendMessage", 1001)[-1], api.sent("editMessageText")[-1]):
        assert call.params["parse_mode"] == "HTML" and "<b>" in call.params["text"]
        assert call.params["link_preview_options"] == {"is_disabled": True}
    assert "<b>" not in edited["text"] and "<b>" not in question["text"]


async def test_second_tap_scores_nothing_and_says_so(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, wrong = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, question, right))
    first = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)

    await deliver(app, api.tap(ALICE, question, wrong))  # an old keyboard, another choice

    toast = api.sent("answerCallbackQuery")[-1]
    assert toast.params["text"] == "Vous avez déjà répondu à cette question."
    assert await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001) == first
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]


async def test_redelivered_update_is_counted_once(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    update = api.tap(ALICE, question, right)
    await deliver(app, update)
    await deliver(app, api.redeliver(update))  # Telegram redelivers after a crash

    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and score.answers == 1


def error_replies(api: FakeBotAPI) -> list[str]:
    """Anything that told the learner something went wrong (a message or a toast)."""
    said = [c.params.get("text") or "" for c in api.sent("sendMessage")]
    said += [c.params.get("text") or "" for c in api.sent("answerCallbackQuery")]
    return [text for text in said if text.startswith("Oups")]


async def test_redelivered_tap_repairs_the_message_though_telegram_refuses_the_toast(
    app: QuizApp, api: FakeBotAPI
) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    update = api.tap(ALICE, question, right)
    # first delivery: the answer is committed, then both replies fail (the bot was going down)
    api.fail_next(lambda c: c.method == "answerCallbackQuery", ApiError(502, "Bad Gateway"), 4)
    api.fail_next(lambda c: c.method == "editMessageText", ApiError(502, "Bad Gateway"), 4)
    await deliver(app, update)
    assert "Bonne réponse" not in api.message(1001, question["message_id"])["text"]

    await deliver(app, api.redeliver(update))  # the query is too old to answer by now

    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]
    assert error_replies(api) == []  # the answer was recorded: nothing to apologise for
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and score.answers == 1


async def test_a_failed_toast_does_not_stop_the_edit(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    api.fail_next(lambda c: c.method == "answerCallbackQuery", ApiError(500, "Internal Error"), 4)
    await deliver(app, api.tap(ALICE, question, right))
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]
    assert error_replies(api) == []


async def test_a_double_tap_keeps_the_streak_line(app: QuizApp, api: FakeBotAPI) -> None:
    for _ in range(2):
        question = await ask_question(app, api, ALICE)
        right, wrong = right_and_wrong(question, app.bot_data.bank)
        await deliver(app, api.tap(ALICE, question, right))
    shown = api.message(1001, question["message_id"])["text"]
    assert "🔥 Série de 2 bonnes réponses" in shown

    await deliver(app, api.tap(ALICE, question, wrong))  # an impatient second tap

    assert api.message(1001, question["message_id"])["text"] == shown


async def test_two_taps_handled_at_once_score_one_answer_and_agree(
    app: QuizApp, api: FakeBotAPI
) -> None:
    """Answer taps skip their chat's queue, so a right and a wrong tap may run side by side:
    one is kept, both toasts and the message tell the same verdict."""
    question = await ask_question(app, api, ALICE)
    right, wrong = right_and_wrong(question, app.bot_data.bank)
    processor = PerChatUpdateProcessor(4, needs_no_turn=answers_in_any_order)
    still_busy = asyncio.Event()  # the chat's earlier update, not finished yet
    earlier = asyncio.create_task(
        processor.process_update(Update.de_json(api.send_text(ALICE, "/help"), app.bot),
                                 still_busy.wait())
    )  # fmt: skip
    taps = [Update.de_json(api.tap(ALICE, question, c), app.bot) for c in (right, wrong)]
    await asyncio.wait_for(
        asyncio.gather(*(processor.process_update(t, app.process_update(t)) for t in taps)), 10
    )  # both handled side by side while their chat's earlier update still runs
    still_busy.set()
    await earlier
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and score.answers == 1
    toasts = sorted(call.params["text"] for call in api.sent("answerCallbackQuery"))
    assert toasts[0] == "Vous avez déjà répondu à cette question."
    shown = api.message(1001, question["message_id"])["text"]
    assert ("Bonne réponse" in shown) == (score.correct == 1) == toasts[1].startswith("✅")


async def test_a_forged_answer_never_paints_over_another_message(
    app: QuizApp, api: FakeBotAPI
) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.send_text(ALICE, "/help"))
    help_message = api.last_sent(1001)
    group = FakeBotAPI.group_chat(-100777)
    admin = FakeBotAPI.user(999, "Prof")
    api.chat_admins[-100777] = {999}
    await deliver(app, api.send_text(admin, "/resetscores", chat=group))
    confirmation = api.last_sent(-100777)

    for target in (help_message, confirmation):  # the quiz's own data, on other messages
        await deliver(app, api.tap(ALICE, target, right))
        assert api.message(target["chat"]["id"], target["message_id"]) == target
        assert api.sent("answerCallbackQuery")[-1].params["text"] == "Ce bouton n'est pas valide."
    assert await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001) is None

    await deliver(app, api.tap(ALICE, question, right))  # on its own message it still works
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]


@pytest.mark.parametrize("suffix", ["\n", " ", "\u0661"])  # newline, space, an Arabic-Indic one
async def test_answer_data_must_match_exactly(app: QuizApp, api: FakeBotAPI, suffix: str) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, question, right + suffix))
    assert api.sent("answerCallbackQuery")[-1].params["text"] == "Ce bouton n'est pas valide."
    assert await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001) is None


async def test_wrong_answer_shows_the_right_one(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    _, wrong = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, question, wrong))
    edited = api.message(1001, question["message_id"])["text"]
    assert "Raté. La bonne réponse :" in edited
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and (score.points, score.correct, score.streak) == (0, 0, 0)


async def test_someone_elses_question_is_refused(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(BOB_EN, question, right))
    assert api.sent("answerCallbackQuery")[-1].params["text"].startswith("This question is someone")
    assert await app.bot_data.store.player_score(PRIVATE_SCOPE, 1002) is None


@pytest.mark.parametrize(
    ("data", "reply"),
    [
        ("a:99999:0", "Cette question n'est plus disponible. Tapez /quiz pour une nouvelle."),
        ("a:1:11", "Ce bouton n'est pas valide."),
        ("a:1:-1", "Ce bouton n'est pas valide."),
        ("a:1", "Ce bouton n'est pas valide."),
        ("n:abc", "Ce bouton n'est pas valide."),
        ("💣" * 16, "Ce bouton n'est pas valide."),
        ("admin:reset", "Ce bouton n'est pas valide."),
    ],
)
async def test_forged_callbacks_get_a_polite_answer_and_change_nothing(
    app: QuizApp, api: FakeBotAPI, data: str, reply: str
) -> None:
    question = await ask_question(app, api, ALICE)
    await deliver(app, api.tap(ALICE, question, data))
    assert api.sent("answerCallbackQuery")[-1].params["text"] == reply
    assert await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001) is None
    assert api.message(1001, question["message_id"])["text"] == question["text"]


async def test_no_question_repeats_before_all_are_seen(app: QuizApp, api: FakeBotAPI) -> None:
    bank = app.bot_data.bank
    seen = [question_id_of(await ask_question(app, api, ALICE), bank) for _ in range(len(bank))]
    assert sorted(seen) == sorted(bank.ids())
    fourth = question_id_of(await ask_question(app, api, ALICE), bank)
    assert fourth != seen[-1]  # a new round starts, not with the question just asked


async def test_next_button_sends_one_new_question(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, question, right))
    answered = api.message(1001, question["message_id"])
    next_data = buttons(answered)[0]["callback_data"]

    await deliver(app, api.tap(ALICE, answered, next_data))
    await deliver(app, api.tap(ALICE, answered, next_data))  # impatient double tap

    assert len(api.sent(chat_id=1001)) == 2
    assert api.sent("answerCallbackQuery")[-1].params["text"].startswith("La question suivante")
    second = api.last_sent(1001)
    assert question_id_of(second, app.bot_data.bank) != question_id_of(question, app.bot_data.bank)


async def test_english_user_gets_english_question(app: QuizApp, api: FakeBotAPI) -> None:
    seen = set()
    for _ in range(3):
        message = await ask_question(app, api, BOB_EN)
        seen.add(message["text"].splitlines()[0])
    # q-year has an English version; the others fall back to French
    assert "❓ In which year did the event happen?" in seen
    assert "📖 Text “A short & simple text”" in api.last_sent(1002)["text"]


async def test_user_text_in_questions_is_escaped(app: QuizApp, api: FakeBotAPI) -> None:
    for _ in range(3):
        await ask_question(app, api, ALICE)
    texts = [api.messages[(1001, c.result["message_id"])]["text"] for c in api.sent(chat_id=1001)]
    assert any("<b>a</b>" in t for t in texts)  # shown literally, not as bold
    assert any("Un texte <court> & simple" in t for t in texts)


async def test_send_failure_then_redelivery_sends_the_same_quiz(
    app: QuizApp, api: FakeBotAPI
) -> None:
    api.fail_next(lambda c: c.method == "sendMessage", ApiError(502, "Bad Gateway"))
    update = api.send_text(ALICE, "/quiz")
    await deliver(app, update)  # the error handler tries to apologise: that one goes through
    await deliver(app, update)  # Telegram redelivers the unconfirmed update
    questions = [c for c in api.sent(chat_id=1001) if "❓" in c.params["text"]]
    assert len(questions) == 1
    stats = (await app.bot_data.store.learner_state(1001, app.bot_data.clock())).seen
    assert sum(s.times for s in stats.values()) == 1


async def test_edited_command_does_not_send_a_second_question(
    app: QuizApp, api: FakeBotAPI
) -> None:
    update = api.send_text(ALICE, "/quiz")
    await deliver(app, update)
    edited = {"update_id": update["update_id"] + 1000, "edited_message": update["message"]}
    await deliver(app, edited)
    assert len(api.sent(chat_id=1001)) == 1


@pytest.mark.parametrize("text", ["/frobnicate", "/quizz extra words"])
async def test_unknown_command_hints_help(app: QuizApp, api: FakeBotAPI, text: str) -> None:
    await deliver(app, api.send_text(ALICE, text))
    assert "/help" in api.last_sent(1001)["text"]


@pytest.mark.parametrize("text", ["bonjour", "x" * 4096, " "])
async def test_free_text_gets_a_hint(app: QuizApp, api: FakeBotAPI, text: str) -> None:
    await deliver(app, api.send_text(ALICE, text))
    assert api.last_sent(1001)["text"].startswith("Tapez /quiz")


async def test_unexpected_error_is_logged_and_user_told(
    app: QuizApp, api: FakeBotAPI, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.bot_data.store, "player_score", broken)
    with caplog.at_level(logging.ERROR):
        await deliver(app, api.send_text(ALICE, "/score"))
    assert api.last_sent(1001)["text"].startswith("Oups")
    record = next(r for r in caplog.records if r.name == "bot.handlers.errors")
    assert record.exc_info is not None and "disk on fire" in str(record.exc_info[1])


@pytest.mark.parametrize("method", ["editMessageText", "answerCallbackQuery"])
async def test_a_brief_fault_on_an_idempotent_call_is_retried(
    app: QuizApp, api: FakeBotAPI, method: str
) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    api.fail_next(lambda c: c.method == method, ApiError(502, "Bad Gateway"), 2)
    await deliver(app, api.tap(ALICE, question, right))
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]
    answered = [c for c in api.calls if c.method == "answerCallbackQuery"]
    assert not isinstance(answered[-1].result, ApiError)  # the toast got through in the end
    assert len([c for c in api.calls if c.method == method]) == 3  # two faults, one success


async def test_a_question_that_fails_to_send_is_sent_once_more_then_the_learner_told(
    app: QuizApp, api: FakeBotAPI
) -> None:
    def question(c: Any) -> bool:
        return c.method == "sendMessage" and "❓" in c.params["text"]

    api.fail_next(question, ApiError(502, "Bad Gateway"))
    await deliver(app, api.send_text(ALICE, "/quiz"))
    attempts = [c for c in api.calls if question(c)]
    assert len(attempts) == 2 and api.last_sent(1001)["text"].startswith("❓")  # sent once more
    api.fail_next(question, ApiError(502, "Bad Gateway"), 2)
    await deliver(app, api.send_text(ALICE, "/quiz"))
    assert api.last_sent(1001)["text"] == (
        "Telegram n'a pas pu recevoir la question. Tapez /quiz pour réessayer."
    )  # never both: no question shown, the learner is told


async def test_a_learner_who_blocked_the_bot_is_an_info_line_not_an_error(
    app: QuizApp, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    api.fail_next(
        lambda c: c.method == "sendMessage", ApiError(403, "Forbidden: bot was blocked by the user")
    )
    with caplog.at_level(logging.INFO):
        await deliver(app, api.send_text(ALICE, "/score"))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r for r in caplog.records if "refused to deliver" in r.getMessage()]
    assert 1001 in app.bot_data.blocked
    assert await app.bot_data.store.blocked_users() == {1001}
    await deliver(app, api.send_text(ALICE, "/score"))  # they write again: reachable again
    assert 1001 not in app.bot_data.blocked
    assert api.last_sent(1001)["text"].startswith("Vous n'avez encore répondu")


async def test_flood_and_network_trouble_after_the_retries_are_one_warning(
    app: QuizApp, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    api.fail_next(lambda c: c.method == "sendMessage", ApiError(502, "Bad Gateway"), 2)
    with caplog.at_level(logging.INFO):
        await deliver(app, api.send_text(ALICE, "/score"))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r for r in caplog.records if "unreachable or flooded" in r.getMessage()]


async def test_a_timeout_on_an_idempotent_call_is_retried(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    api.timeouts["editMessageText"] = 2  # the network drops two requests
    await deliver(app, api.tap(ALICE, question, right))
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]
    assert api.timeouts["editMessageText"] == 0


async def test_the_verdict_is_in_the_toast_itself(app: QuizApp, api: FakeBotAPI) -> None:
    question = await ask_question(app, api, ALICE)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, question, right))
    toast = api.sent("answerCallbackQuery")[-1].params["text"]
    assert toast.startswith("✅ Bonne réponse ! +")
    question = await ask_question(app, api, ALICE)
    _, wrong = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(ALICE, question, wrong))
    assert (
        api.sent("answerCallbackQuery")[-1]
        .params["text"]
        .startswith("❌ Raté. La bonne réponse : ")
    )
