"""End to end: the real bot process polls a fake Bot API over HTTP while simulated users play."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.questions import QuestionBank
from tests.conftest import ADMIN_ID, ROOT, SHIPPED_QUESTIONS, SMALL_SET
from tests.fakes import TOKEN, ApiError, Call, FakeBotAPI, FakeBotServer
from tests.helpers import buttons, question_id_of, right_and_wrong, served_bank
from tests.test_reload import question_yaml, write

ALICE = FakeBotAPI.user(1001, "Alice", "alice_reads")
BOB = FakeBotAPI.user(1002, "Bob", None, language_code="en")


class Session:
    """Simulated users talking to the running bot through the fake server."""

    def __init__(self, api: FakeBotAPI, bank: QuestionBank) -> None:
        self.api = api
        self.bank = bank

    async def expect(self, predicate: Callable[[Call], bool], after: int) -> Call:
        return await self.api.wait_for(predicate, timeout=15, after=after)

    async def say(self, user: dict[str, Any], text: str) -> dict[str, Any]:
        """Send a message and return the bot's reply."""
        mark = len(self.api.calls)
        self.api.send_text(user, text)
        call = await self.expect(
            lambda c: c.method == "sendMessage" and c.params.get("chat_id") == user["id"], mark
        )
        return self.api.message(user["id"], call.result["message_id"])

    async def tap(
        self, user: dict[str, Any], message: dict[str, Any], data: str, edit: bool = False
    ) -> Call:
        """Tap a button; returns the bot's answerCallbackQuery (and waits for the edit)."""
        mark = len(self.api.calls)
        self.api.tap(user, message, data)
        answered = await self.expect(lambda c: c.method == "answerCallbackQuery", mark)
        if edit:
            await self.expect(
                lambda c: (
                    c.method == "editMessageText"
                    and c.params.get("message_id") == message["message_id"]
                ),
                mark,
            )
        return answered

    async def reply_containing(self, user: dict[str, Any], text: str, after: int) -> str:
        call = await self.expect(
            lambda c: (
                c.method == "sendMessage"
                and c.params.get("chat_id") == user["id"]
                and text in self.api.message(user["id"], c.result["message_id"])["text"]
            ),
            after,
        )
        return self.api.message(user["id"], call.result["message_id"])["text"]

    async def tap_label(self, user: dict[str, Any], label: str) -> int:
        """Tap the button with this label on the newest message showing it; returns a mark."""
        mark = len(self.api.calls)
        for call in reversed(self.api.sent(chat_id=user["id"])):
            message = self.api.message(user["id"], call.result["message_id"])
            for button in buttons(message):
                if button["text"] == label:
                    await self.tap(user, message, button["callback_data"])
                    return mark
        raise AssertionError(f"no button {label!r}")

    async def answer(self, user: dict[str, Any], right: bool) -> dict[str, Any]:
        question = await self.say(user, "/quiz")
        good, bad = right_and_wrong(question, self.bank)
        await self.tap(user, question, good if right else bad, edit=True)
        return self.api.message(user["id"], question["message_id"])


@asynccontextmanager
async def bot_process(
    server: FakeBotServer,
    db: Path,
    log: Path,
    questions: Path = SHIPPED_QUESTIONS,
    admins: str = "",
    log_level: str = "INFO",
    args: tuple[str, ...] = (),
    **extra_env: str,
) -> AsyncIterator[None]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
    env.update(
        BOT_TOKEN=TOKEN,
        BOT_API_URL=server.base_url,
        QUIZBOT_DB=str(db),
        QUIZBOT_QUESTIONS=str(questions),
        QUIZBOT_ADMINS=admins,
        PYTHONPATH=str(ROOT),
        **extra_env,
    )
    mark = len(server.api.calls)
    with log.open("a") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "--log-level",
            log_level,
            *args,
            cwd=db.parent,
            env=env,
            stdout=out,
            stderr=out,
        )
    try:
        # ready once the command menu is registered (post_init ran)
        for _ in range(3):
            call = await server.api.wait_for(lambda c: c.method == "setMyCommands", 30, mark)
            mark = server.api.calls.index(call) + 1
        yield
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        code = await asyncio.wait_for(process.wait(), 20)
        assert code == 0, log.read_text()


@pytest.fixture
async def server() -> AsyncIterator[FakeBotServer]:
    fake = FakeBotServer(FakeBotAPI())
    await fake.start()
    yield fake
    await fake.stop()


async def test_two_learners_play_score_and_rank(server: FakeBotServer, tmp_path: Path) -> None:
    api = server.api
    bank = served_bank(SHIPPED_QUESTIONS)
    play = Session(api, bank)
    db, log = tmp_path / "quiz.db", tmp_path / "bot.log"

    async with bot_process(server, db, log, log_level="DEBUG"):  # the chattiest logs
        greeting = await play.say(ALICE, "/start")
        assert greeting["text"].startswith("Bonjour Alice !")
        assert {c["command"] for c in api.commands["fr"]} == {
            "quiz", "ask", "revision", "progres", "themes", "score", "top", "game", "mode",
            "privacy", "help", "start",
        }  # fmt: skip

        # Alice: a right answer, then a second tap on the same question scores nothing
        question = await play.say(ALICE, "/quiz")
        right, wrong = right_and_wrong(question, bank)
        await play.tap(ALICE, question, right, edit=True)
        edited = api.message(1001, question["message_id"])
        assert "Bonne réponse" in edited["text"]
        again = await play.tap(ALICE, question, wrong)
        assert again.params["text"] == "Vous avez déjà répondu à cette question."

        # Alice: a wrong answer shows the right one
        wrong_result = await play.answer(ALICE, right=False)
        assert "Raté. La bonne réponse :" in wrong_result["text"]

        score = await play.say(ALICE, "/score")
        assert "Réponses : 2 dont 1 juste (50 %)" in score["text"]
        assert "Rang : 1 sur 1" in score["text"]

        # Bob, in English, answers four right: at least 4 points, Alice's one right answer is
        # worth 3 at most (questions are drawn at random), so he leads
        for _ in range(4):
            result = await play.answer(BOB, right=True)
            assert "Right!" in result["text"]
        top = await play.say(BOB, "/top")
        lines = top["text"].splitlines()
        assert lines[0] == "🏆 Leaderboard"
        assert "Bob" in lines[2] and "alice_reads" in lines[3]

        # a question left pending when the bot stops
        pending = await play.say(ALICE, "/quiz")

    assert TOKEN not in log.read_text(), "the token leaked into the logs"
    assert "[bot token]" in log.read_text()  # DEBUG logs did carry it, redacted

    async with bot_process(server, db, log):
        right, _ = right_and_wrong(pending, bank)
        await play.tap(ALICE, pending, right, edit=True)
        assert "Bonne réponse" in api.message(1001, pending["message_id"])["text"]
        score = await play.say(ALICE, "/score")
        assert "Réponses : 3 dont 2 justes" in score["text"]

    assert TOKEN not in log.read_text()


async def test_question_files_reload_while_learners_play(
    server: FakeBotServer, tmp_path: Path
) -> None:
    api = server.api
    questions = tmp_path / "questions"
    questions.mkdir()
    write(questions / "small.yaml", SMALL_SET)
    old_bank = served_bank(questions)
    play = Session(api, old_bank)
    admin = FakeBotAPI.user(ADMIN_ID, "Prof")

    async def admin_note(mark: int) -> str:
        call = await play.expect(
            lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ADMIN_ID, mark
        )
        return api.message(ADMIN_ID, call.result["message_id"])["text"]

    async with bot_process(
        server, tmp_path / "quiz.db", tmp_path / "bot.log", questions, admins=str(ADMIN_ID)
    ):
        held = await play.say(ALICE, "/quiz")  # Alice holds a question...
        right, _ = right_and_wrong(held, old_bank)

        # ...while the admin replaces the whole file: her question no longer exists
        mark = len(api.calls)
        write(
            questions / "small.yaml",
            question_yaml("q-new", text="Quelle est la couleur du ciel ?", answer="Bleu ciel"),
        )
        note = await admin_note(mark)
        assert note.startswith(
            "🔄 Questions rechargées : 1 ajoutée(s), 0 modifiée(s), 3 supprimée(s)."
        )

        await play.tap(ALICE, held, right, edit=True)
        assert "Bonne réponse" in api.message(1001, held["message_id"])["text"]
        new_bank = served_bank(questions)
        play.bank = new_bank
        served = await play.say(ALICE, "/quiz")  # no restart: the new question is served
        assert question_id_of(served, new_bank) == "q-new"

        # a broken edit: the admin is told where, learners keep the last good version
        mark = len(api.calls)
        write(
            questions / "small.yaml",
            "passage: p\nquestions:\n  - id: q-new\n    question: Sans choix ?\n",
        )
        note = await admin_note(mark)
        assert "small.yaml, question 'q-new' (#1), field 'choices': Field required" in note
        assert "Ces fichiers gardent leur dernière version valide : small.yaml." in note
        again = await play.say(ALICE, "/quiz")
        assert question_id_of(again, new_bank) == "q-new"

        score = await play.say(ALICE, "/score")
        assert "Réponses : 1 dont 1 juste" in score["text"]

        refused = await play.say(ALICE, "/reload")
        assert refused["text"].startswith("Désolé, cette commande est réservée")
        forced = await play.say(admin, "/reload")
        assert forced["text"].startswith("🔄 Aucun changement : 1 question en service.")
        assert "field 'choices': Field required" in forced["text"]


ADMIN_COMMANDS = ["/reload", "/stats", "/export", "/log", "/questions", "/question q-year",
                  "/addquestion"]  # fmt: skip


async def test_admin_writes_a_question_from_the_chat_and_a_learner_gets_it(
    server: FakeBotServer, tmp_path: Path
) -> None:
    api = server.api
    questions = tmp_path / "questions"
    questions.mkdir()
    write(questions / "one.yaml", question_yaml("q-only"))
    play = Session(api, served_bank(questions))
    admin = FakeBotAPI.user(ADMIN_ID, "Prof")

    async with bot_process(
        server, tmp_path / "quiz.db", tmp_path / "bot.log", questions, admins=str(ADMIN_ID)
    ):
        # learners are refused every admin command, and nothing changes
        for command in ADMIN_COMMANDS:
            refused = await play.say(ALICE, command)
            assert refused["text"].startswith("Désolé, cette commande est réservée"), command
        assert sorted(p.name for p in questions.iterdir()) == ["one.yaml"]

        first = await play.say(ALICE, "/quiz")
        assert question_id_of(first, play.bank) == "q-only"

        # the admin writes a question step by step
        assert "texte de la question" in (await play.say(admin, "/addquestion"))["text"]
        assert (
            "Envoyez les choix"
            in (await play.say(admin, "En quelle année la IVe Internationale est-elle fondée ?"))[
                "text"
            ]
        )
        await play.say(admin, "1938\n1933\n1936")
        assert "bonne réponse" in (await play.say(admin, "/done"))["text"]
        mark = await play.tap_label(admin, "A. 1938")
        await play.reply_containing(admin, "explication", mark)
        await play.say(admin, "Fondée en septembre 1938.")
        await play.say(admin, "dates")
        mark = await play.tap_label(admin, "1 · facile")
        await play.reply_containing(admin, "paragraphe", mark)
        mark = await play.tap_label(admin, "1")
        summary = await play.reply_containing(admin, "Bonne réponse : 1938", mark)
        assert "Fichier : from-chat-p.yaml" in summary
        mark = await play.tap_label(admin, "💾 Enregistrer")
        saved = await play.reply_containing(admin, "enregistrée", mark)
        assert "Elle est servie dès maintenant" in saved

        # the learner's next question is the new one, no restart
        play.bank = served_bank(questions)
        served = await play.say(ALICE, "/quiz")
        assert "En quelle année la IVe Internationale est-elle fondée ?" in served["text"]
        right, _ = right_and_wrong(served, play.bank)
        await play.tap(ALICE, served, right, edit=True)
        assert "Bonne réponse" in api.message(1001, served["message_id"])["text"]

        # an import with errors changes nothing
        before = {p.name: p.read_bytes() for p in questions.iterdir()}
        mark = len(api.calls)
        api.upload(admin, "cassé.yaml", b"passage: p\nquestions:\n  - {id: x}\n")
        api.upload(admin, "casse.yaml", b"passage: p\nquestions:\n  - {id: x}\n")
        rejected = await play.reply_containing(admin, "n'est pas importé", mark)
        assert "casse.yaml, question 'x' (#1), field 'question': Field required" in rejected
        assert {p.name: p.read_bytes() for p in questions.iterdir()} == before


async def test_a_redelivered_tap_repairs_the_message_a_crash_left_unedited(
    server: FakeBotServer, tmp_path: Path
) -> None:
    api = server.api
    bank = served_bank(SHIPPED_QUESTIONS)
    play = Session(api, bank)
    db, log = tmp_path / "quiz.db", tmp_path / "bot.log"

    async with bot_process(server, db, log):
        question = await play.say(ALICE, "/quiz")
        right, _ = right_and_wrong(question, bank)
        # the bot goes down: the edit fails however often it is retried
        api.fail_next(lambda c: c.method == "editMessageText", ApiError(502, "Bad Gateway"), 4)
        mark = len(api.calls)
        tap = api.tap(ALICE, question, right)
        await play.expect(lambda c: c.method == "editMessageText", mark)
    assert "Bonne réponse" not in api.message(1001, question["message_id"])["text"]

    # after a restart Telegram hands the tap over again; too old to be answered by now
    async with bot_process(server, db, log):
        mark = len(api.calls)
        api.push_update({"callback_query": api.redeliver(tap)["callback_query"]})
        edited = await play.expect(
            lambda c: c.method == "editMessageText" and not isinstance(c.result, ApiError), mark
        )
        refused = [c for c in api.calls[mark:] if c.method == "answerCallbackQuery"]
        assert refused and all(isinstance(c.result, ApiError) for c in refused)
        score = await play.say(ALICE, "/score")
    assert edited.params["message_id"] == question["message_id"]
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]
    assert "Réponses : 1 dont 1 juste" in score["text"]  # recorded once, before the crash
    assert not [c for c in api.sent("sendMessage") if c.params["text"].startswith("Oups")]


async def test_a_group_game_with_three_players_survives_a_restart(
    server: FakeBotServer, tmp_path: Path
) -> None:
    """Three questions of 10 s: players answer at chosen moments (the speed bonus is 2 in the
    first third of the time, 1 in the second, 0 after); the bot restarts during question 2;
    the final ranking must still be exact."""
    api = server.api
    questions = tmp_path / "questions"
    questions.mkdir()
    write(questions / "small.yaml", SMALL_SET)
    bank = served_bank(questions)
    group = FakeBotAPI.group_chat(-100777, "Classe de terminale")
    cleo = FakeBotAPI.user(1003, "Cleo")
    loop = asyncio.get_running_loop()
    db, log = tmp_path / "quiz.db", tmp_path / "bot.log"

    async def next_poll(mark: int) -> tuple[dict[str, Any], float, int]:
        """The next quiz poll, when it was sent, and its question's difficulty."""
        call = await api.wait_for(lambda c: c.method == "sendPoll", 30, mark)
        sent = loop.time()
        stem = call.result["poll"]["question"].split(" · ", 1)[1]
        [question] = [q for q in bank if q.wording("fr").question == stem]
        return call.result, sent, question.difficulty

    async def vote_at(user: dict[str, Any], poll: dict[str, Any], sent: float, after: float,
                      right: bool) -> None:  # fmt: skip
        await asyncio.sleep(max(sent + after - loop.time(), 0))
        correct = poll["poll"]["correct_option_ids"][0]
        option = correct if right else (correct + 1) % len(poll["poll"]["options"])
        assert api.vote(user, poll["poll"]["id"], option) is not None

    expected = {"alice_reads": 0, "Bob": 0, "Cleo": 0}
    async with bot_process(server, db, log, questions):
        mark = len(api.calls)
        api.send_text(ALICE, "/game 3 10", chat=group)
        first, sent, level = await next_poll(mark)
        mark = api.calls.index(next(c for c in api.calls if c.result is first)) + 1
        await vote_at(ALICE, first, sent, 0.5, right=True)
        await vote_at(BOB, first, sent, 5.0, right=True)
        await vote_at(cleo, first, sent, 8.5, right=False)
        expected["alice_reads"] += level + 2
        expected["Bob"] += level + 1

        second, sent, level = await next_poll(mark)  # after the first one's full 10 s
        await vote_at(ALICE, second, sent, 0.5, right=True)
        await vote_at(BOB, second, sent, 1.0, right=False)
        expected["alice_reads"] += level + 2
        await asyncio.sleep(0.5)  # Cleo does not answer: the question runs its time
        mark = len(api.calls)

    async with bot_process(server, db, log, questions):  # the bot restarts mid-question
        third, sent, level = await next_poll(mark)
        assert third["poll"]["question"].startswith("3/3 · ")
        await vote_at(ALICE, third, sent, 0.5, right=True)
        await vote_at(BOB, third, sent, 1.0, right=False)
        await vote_at(cleo, third, sent, 5.0, right=True)  # everyone answered: it ends now
        expected["alice_reads"] += level + 2
        expected["Cleo"] += level + 1
        results = await api.wait_for(
            lambda c: c.method == "sendMessage" and "Partie terminée" in c.params["text"],
            15, mark,
        )  # fmt: skip

    text = api.message(group["id"], results.result["message_id"])["text"]
    shown = {}
    for line in text.splitlines()[1:4]:
        rest = line.split(". ", 1)[1]
        name, points = rest.split(" — ")
        shown[name] = int(points.split()[0])
    assert shown == expected, text
    order = sorted(expected, key=lambda name: -expected[name])
    assert [line.split(". ", 1)[1].split(" — ")[0] for line in text.splitlines()[1:4]] == order
    assert len([c for c in api.sent("sendPoll", group["id"])]) == 3


async def test_a_learner_switches_language_and_types_an_answer(
    server: FakeBotServer, tmp_path: Path
) -> None:
    api = server.api
    questions = tmp_path / "questions"
    questions.mkdir()
    write(questions / "small.yaml", SMALL_SET)
    play = Session(api, served_bank(questions))
    async with bot_process(server, tmp_path / "quiz.db", tmp_path / "bot.log", questions):
        assert (await play.say(ALICE, "/lang en"))["text"] == "Language: English."
        asked = await play.say(ALICE, "/ask dates")
        assert asked["text"].startswith("✍️ In which year did the event happen?")
        result = await play.say(ALICE, "nineteen twenty-three")
        assert result["text"].startswith("❌ Missed.")  # numbers in words: French only
        asked = await play.say(ALICE, "/ask dates")
        result = await play.say(ALICE, "1923")
        assert result["text"].startswith("✅ Right! +2 points")
    async with bot_process(server, tmp_path / "quiz.db", tmp_path / "bot.log", questions):
        score = await play.say(ALICE, "/score")  # the choice of language survives a restart
        assert score["text"].startswith("📊 Your results")


def cli(tmp_path: Path, timeout: float = 60, **env: str) -> Any:
    import subprocess

    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot"], cwd=tmp_path, capture_output=True, text=True,
        env={**clean, "PYTHONPATH": str(ROOT), "QUIZBOT_QUESTIONS": str(SHIPPED_QUESTIONS),
             "QUIZBOT_DB": str(tmp_path / "quiz.db"), **env},
        timeout=timeout,
    )  # fmt: skip


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("quizbot:")]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


async def test_a_token_telegram_refuses_is_one_line(server: FakeBotServer, tmp_path: Path) -> None:
    result = await asyncio.to_thread(
        cli, tmp_path, BOT_TOKEN="654321:SOMEONE-ELSES", BOT_API_URL=server.base_url
    )
    assert result.returncode == 2
    assert "Telegram refused the token (401)" in one_line(result.stderr)


async def test_telegram_unreachable_is_one_line(tmp_path: Path) -> None:
    result = await asyncio.to_thread(
        cli, tmp_path, BOT_TOKEN=TOKEN, BOT_API_URL="http://127.0.0.1:9/bot"
    )
    assert result.returncode == 3
    assert "cannot reach the Bot API at http://127.0.0.1:9" in one_line(result.stderr)


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ({"QUIZBOT_QUESTIONS": "/nonexistent/questions"}, "questions folder /nonexistent"),
        ({"QUIZBOT_DB": "/nonexistent/folder/quiz.db"}, "database folder /nonexistent/folder"),
    ],
)
async def test_missing_folders_are_one_line(
    tmp_path: Path, setting: dict[str, str], expected: str
) -> None:
    result = await asyncio.to_thread(cli, tmp_path, BOT_TOKEN=TOKEN, **setting)
    assert result.returncode == 2
    assert expected in one_line(result.stderr)


async def test_a_second_bot_on_the_same_database_is_refused(
    server: FakeBotServer, tmp_path: Path
) -> None:
    db, log = tmp_path / "quiz.db", tmp_path / "bot.log"
    async with bot_process(server, db, log):
        result = await asyncio.to_thread(
            cli, tmp_path, BOT_TOKEN=TOKEN, BOT_API_URL=server.base_url, QUIZBOT_DB=str(db)
        )
    assert result.returncode == 2
    assert "another quizbot (pid " in one_line(result.stderr)


async def test_another_poller_on_the_same_token_stops_the_bot(
    server: FakeBotServer, tmp_path: Path
) -> None:
    server.api.fail_next(
        lambda c: c.method == "getUpdates",
        ApiError(
            409,
            "Conflict: terminated by other getUpdates request; make sure that only "
            "one bot instance is running",
        ),
        50,
    )
    result = await asyncio.to_thread(
        cli, tmp_path, 60, BOT_TOKEN=TOKEN, BOT_API_URL=server.base_url
    )
    assert result.returncode == 4  # its own code: a supervisor must not restart into it
    # our own word is one line (python-telegram-bot may still log its last getUpdates' failure)
    ours = [line for line in result.stderr.splitlines() if line.startswith("quizbot:")]
    assert len(ours) == 1 and "409 Conflict" in ours[0], result.stderr


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_webhook_mode_takes_updates_only_with_the_secret(
    server: FakeBotServer, tmp_path: Path
) -> None:
    import aiohttp

    api = server.api
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook-path"
    async with bot_process(
        server, tmp_path / "quiz.db", tmp_path / "bot.log",
        args=("--webhook", url, "--listen", "127.0.0.1", "--port", str(port)),
        QUIZBOT_WEBHOOK_SECRET="s3cret-Value_1",
    ):  # fmt: skip
        await api.wait_for(lambda c: c.method == "setWebhook", 10)  # right after start-up
        assert api.webhook == {"url": url, "secret_token": "s3cret-Value_1"}
        update = api.send_text(ALICE, "/start")  # what Telegram would POST to the bot
        mark = len(api.calls)
        async with aiohttp.ClientSession() as http:
            for _ in range(50):  # the web server starts right after post_init
                try:
                    async with http.post(url, json=update) as refused:
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert refused.status == 403  # no secret, no update
            headers = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            async with http.post(url, json=update, headers=headers) as wrong:
                assert wrong.status == 403
            assert not [c for c in api.calls[mark:] if c.method == "sendMessage"]
            headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-Value_1"}
            async with http.post(url, json=update, headers=headers) as accepted:
                assert accepted.status == 200
        reply = await api.wait_for(lambda c: c.method == "sendMessage", 10, mark)
        assert reply.params["text"].startswith("Bonjour Alice")


async def test_a_backup_while_learners_play_is_consistent_and_restore_waits_for_a_stop(
    server: FakeBotServer, tmp_path: Path
) -> None:
    import sqlite3

    api = server.api
    bank = served_bank(SHIPPED_QUESTIONS)
    play = Session(api, bank)
    db, log = tmp_path / "quiz.db", tmp_path / "bot.log"
    copy = tmp_path / "copy.db"
    learners = [FakeBotAPI.user(2000 + n, f"L{n}") for n in range(4)]
    async with bot_process(server, db, log):

        async def keep_answering() -> None:
            for _ in range(4):
                for learner in learners:
                    await play.answer(learner, right=True)

        playing = asyncio.create_task(keep_answering())
        await asyncio.sleep(0.5)
        done = await asyncio.to_thread(cli_command, tmp_path, "backup", str(copy), db)
        assert done.returncode == 0, done.stderr
        await playing
        refused = await asyncio.to_thread(cli_command, tmp_path, "restore", str(copy), db)
        assert refused.returncode == 2 and "another quizbot" in refused.stderr
        health = await asyncio.to_thread(cli_command, tmp_path, "health", None, db)
        assert health.returncode == 0, health.stderr  # the heartbeat is fresh
    with sqlite3.connect(copy) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        answers = backup.execute("SELECT COALESCE(SUM(points), 0) FROM answers").fetchone()[0]
        scores = backup.execute("SELECT COALESCE(SUM(points), 0) FROM scores").fetchone()[0]
        assert answers == scores  # one moment: no answer without its score, or the reverse
    restored = await asyncio.to_thread(cli_command, tmp_path, "restore", str(copy), db)
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(db) as live:
        assert live.execute("SELECT SUM(points) FROM scores").fetchone()[0] == scores


def cli_command(tmp_path: Path, command: str, file: str | None, db: Path) -> Any:
    import subprocess

    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", command, *([file] if file else [])], cwd=tmp_path,
        capture_output=True, text=True, timeout=60,
        env={**clean, "PYTHONPATH": str(ROOT), "QUIZBOT_DB": str(db)},
    )  # fmt: skip


async def start_bot(server: FakeBotServer, db: Path, log: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
    env.update(BOT_TOKEN=TOKEN, BOT_API_URL=server.base_url, QUIZBOT_DB=str(db),
               QUIZBOT_QUESTIONS=str(SHIPPED_QUESTIONS), PYTHONPATH=str(ROOT))  # fmt: skip
    with log.open("a") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=db.parent, env=env, stdout=out, stderr=out
        )


async def test_kill_9_at_random_moments_loses_no_acknowledged_answer(
    server: FakeBotServer, tmp_path: Path
) -> None:
    """20 kills of the real bot process while learners play. Afterwards every answer a learner
    saw acknowledged (toast or edited message) is in the database, none twice, the database is
    sound, and a question left pending is still answerable."""
    import random
    import sqlite3

    api = server.api
    bank = served_bank(SHIPPED_QUESTIONS)
    rng = random.Random(7)
    db, log = tmp_path / "quiz.db", tmp_path / "bot.log"
    learners = [FakeBotAPI.user(3000 + n, f"K{n}") for n in range(4)]
    taps: list[tuple[str, int, int, dict[str, Any]]] = []  # query id, quiz id, user, message
    stop = asyncio.Event()

    async def learner(user: dict[str, Any]) -> None:
        while not stop.is_set():
            mark = len(api.calls)
            api.send_text(user, "/quiz")
            try:
                call = await api.wait_for(
                    lambda c: c.method == "sendMessage" and c.params.get("chat_id") == user["id"]
                    and "❓" in c.params.get("text", "") and isinstance(c.result, dict),
                    timeout=2, after=mark,
                )  # fmt: skip
            except AssertionError:
                continue  # the bot is down: try again
            message = api.message(user["id"], call.result["message_id"])
            right, wrong = right_and_wrong(message, bank)
            data = right if rng.random() < 0.7 else wrong
            tap = api.tap(user, message, data)
            taps.append((tap["callback_query"]["id"], int(data.split(":")[1]), user["id"], message))
            await asyncio.sleep(rng.uniform(0, 0.2))

    process = await start_bot(server, db, log)
    players = [asyncio.create_task(learner(user)) for user in learners]
    try:
        for _ in range(20):
            await asyncio.sleep(rng.uniform(0.8, 1.6))
            process.kill()  # kill -9: no clean shutdown, no offset confirmed
            await process.wait()
            process = await start_bot(server, db, log)
        await asyncio.sleep(3)
    finally:
        stop.set()
        await asyncio.gather(*players)
    process.send_signal(signal.SIGINT)
    await asyncio.wait_for(process.wait(), 20)

    def acknowledged(query_id: str, message: dict[str, Any]) -> bool:
        toast = any(c.method == "answerCallbackQuery" and c.params.get("callback_query_id")
                    == query_id and c.result is True for c in api.calls)  # fmt: skip
        edited = "Bonne réponse" in api.message(message["chat"]["id"], message["message_id"])[
            "text"] or "Raté" in api.message(message["chat"]["id"], message["message_id"])["text"]  # fmt: skip
        return toast or edited

    with sqlite3.connect(db) as database:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        answered = set(database.execute("SELECT quiz_id, user_id FROM answers").fetchall())
        count = database.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
        points = database.execute("SELECT COALESCE(SUM(points), 0) FROM answers").fetchone()[0]
        scored = database.execute("SELECT COALESCE(SUM(points), 0) FROM scores").fetchone()[0]
    acked = [(quiz, user) for query, quiz, user, message in taps if acknowledged(query, message)]
    assert len(taps) >= 20 and acked, "the learners hardly played"
    assert set(acked) <= answered  # nothing acknowledged was lost
    assert points == scored  # nothing counted twice: every score is its answers' sum
    assert count == len(answered)

    pending = [m for _, quiz, user, m in taps if (quiz, user) not in answered]
    if not pending:  # every tap got through: ask one more question to leave one pending
        async with bot_process(server, db, log):
            pending = [await Session(api, bank).say(learners[0], "/quiz")]
    message = pending[-1]
    if True:  # a question the kills left unanswered can still be answered
        async with bot_process(server, db, log):
            right, _ = right_and_wrong(message, bank)
            mark = len(api.calls)
            api.tap(next(u for u in learners if u["id"] == message["chat"]["id"]), message, right)
            await api.wait_for(lambda c: c.method == "editMessageText" and c.result, 10, mark)
