"""Group play through the real Application: quiz polls, timers, games, boards by period."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.context import QuizApp
from bot.engine import rank, speed_bonus
from bot.handlers.games import GameRequest, parse_game_args
from bot.store import PRIVATE_SCOPE, period_keys
from tests.conftest import ADMIN_ID, deliver, running
from tests.fakes import FakeBotAPI

GROUP = FakeBotAPI.group_chat(-100500, "Club de lecture")
ALICE = FakeBotAPI.user(1001, "Alice", "alice_reads")
BOB = FakeBotAPI.user(1002, "Bob")
CLEO = FakeBotAPI.user(1003, "Cléo")
ADMIN = FakeBotAPI.user(ADMIN_ID, "Prof")


def polls(api: FakeBotAPI, chat_id: int = GROUP["id"]) -> list[dict[str, Any]]:
    return [c.result for c in api.sent("sendPoll", chat_id)]


def right_option(app: QuizApp, poll: dict[str, Any]) -> int:
    return int(poll["poll"]["correct_option_ids"][0])


async def vote(app: QuizApp, api: FakeBotAPI, user: dict, poll: dict, right: bool) -> None:
    correct = right_option(app, poll)
    option = correct if right else (correct + 1) % len(poll["poll"]["options"])
    update = api.vote(user, poll["poll"]["id"], option)
    assert update is not None, "the poll is closed"
    await deliver(app, update)


async def points(app: QuizApp, user_id: int, scope: int = GROUP["id"]) -> int:
    score = await app.bot_data.store.player_score(scope, user_id)
    return score.points if score else 0


async def time_up(app: QuizApp) -> None:
    """What the game's timer does when the current question's time runs out."""
    game = await app.bot_data.store.running_game(GROUP["id"])
    assert game is not None and app.bot_data.games is not None
    jobs = [j.name for j in app.job_queue.jobs()] if app.job_queue else []
    assert f"game:{game.id}:{game.position}" in jobs  # the timer is armed
    await app.bot_data.games.drive(game.id, time_up=game.position)


# --- pure rules ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "bonus"),
    [(0, 2), (9.9, 2), (10, 1), (10.1, 1), (19.9, 1), (20, 0), (20.1, 0), (30, 0), (99, 0)],
)
def test_speed_bonus_by_thirds_of_the_time(elapsed: float, bonus: int) -> None:
    assert speed_bonus(elapsed, 30) == bonus


def test_ranks_are_shared_by_equal_points() -> None:
    ranked = rank([(1, 5, 2), (2, 7, 3), (3, 5, 1), (4, 0, 0)])
    assert [(r.user_id, r.rank) for r in ranked] == [(2, 1), (1, 2), (3, 2), (4, 4)]


@pytest.mark.parametrize(
    ("args", "request_"),
    [
        ([], GameRequest(10, 30, None)),
        (["5", "20"], GameRequest(5, 20, None)),
        (["3"], GameRequest(3, 30, None)),
        (["5", "20", "Dates"], GameRequest(5, 20, "dates")),
        (["dates"], GameRequest(10, 30, "dates")),
        (["0"], None), (["51"], None), (["5", "9"], None), (["5", "601"], None),
        (["1", "2", "3"], None), (["a", "b"], None), (["٣"], None),
    ],
)  # fmt: skip
def test_game_arguments(args: list[str], request_: GameRequest | None) -> None:
    assert parse_game_args(args) == request_


def test_weeks_and_months_begin_in_the_bots_time_zone() -> None:
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    sunday_night = datetime(2026, 11, 29, 22, 30, tzinfo=UTC)  # Sunday 23:30 in Paris
    assert period_keys(sunday_night, paris) == ("w2026-11-23", "m2026-11")
    monday = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)  # Monday 00:30 in Paris
    assert period_keys(monday, paris) == ("w2026-11-30", "m2026-11")
    last_of_month = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # 1 December 00:30 in Paris
    assert period_keys(last_of_month, paris) == ("w2026-11-30", "m2026-12")
    summer = datetime(2026, 6, 30, 22, 30, tzinfo=UTC)  # 1 July 00:30 in Paris (UTC+2)
    assert period_keys(summer, paris)[1] == "m2026-07"


# --- /quiz in a group ------------------------------------------------------------------------


async def test_quiz_in_a_group_is_a_quiz_poll_scored_once(app: QuizApp, api: FakeBotAPI) -> None:
    update = api.send_text(ALICE, "/quiz", chat=GROUP)
    await deliver(app, update)
    await deliver(app, update)  # redelivered: still one poll
    [poll] = polls(api)
    assert poll["poll"]["type"] == "quiz" and poll["poll"]["is_anonymous"] is False
    await vote(app, api, BOB, poll, right=True)
    quiz = await app.bot_data.store.quiz_by_poll(poll["poll"]["id"])
    assert quiz is not None
    assert await points(app, 1002) == quiz.asked.difficulty  # no timer: no speed bonus
    answer = api.updates[-1]
    await deliver(app, answer)  # the same vote redelivered
    assert await points(app, 1002) == quiz.asked.difficulty
    assert not api.sent("sendMessage", GROUP["id"])  # nothing posted per answer


# --- games -----------------------------------------------------------------------------------


async def test_a_three_question_game_from_start_to_results(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/game 3 30", chat=GROUP))
    announce = api.last_sent(GROUP["id"])["text"]
    assert announce.startswith("🎲 Partie lancée par Alice : 3 questions, 30 secondes chacune.")
    first = polls(api)[-1]
    assert first["poll"]["question"].startswith("1/3 · ")
    assert first["poll"]["open_period"] == 30

    await vote(app, api, ALICE, first, right=True)
    await vote(app, api, BOB, first, right=False)
    assert len(polls(api)) == 1  # the first question always runs its full time
    await time_up(app)
    second = polls(api)[-1]
    assert second["poll"]["question"].startswith("2/3 · ")
    assert api.poll_messages[first["poll"]["id"]] and first["poll"]["is_closed"]

    await vote(app, api, BOB, second, right=True)
    assert len(polls(api)) == 2  # Alice has not answered yet
    await vote(app, api, ALICE, second, right=True)
    third = polls(api)[-1]  # everyone who plays answered: on to the next at once
    assert third["poll"]["question"].startswith("3/3 · ")

    await vote(app, api, CLEO, third, right=True)  # a late joiner
    await time_up(app)
    results = api.last_sent(GROUP["id"])["text"]
    assert results.startswith("🏁 Partie terminée — 3 questions")
    lines = results.splitlines()
    by_name = {line.split(" — ")[0].split(". ", 1)[1]: line for line in lines[1:4]}
    assert set(by_name) == {"alice_reads", "Bob", "Cléo"}
    assert "(2 justes)" in by_name["alice_reads"]
    assert "Classement du groupe" in results
    assert await app.bot_data.store.running_game(GROUP["id"]) is None
    total = {u: await points(app, u) for u in (1001, 1002, 1003)}
    game = await app.bot_data.store.game_results(1)
    assert {line.user_id: line.points for line in game} == total


async def test_one_game_at_a_time_and_stop_rules(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/game 2 20", chat=GROUP))
    await deliver(app, api.send_text(BOB, "/game", chat=GROUP))
    assert api.last_sent(GROUP["id"])["text"].startswith("Une partie est déjà en cours")
    await deliver(app, api.send_text(BOB, "/stop", chat=GROUP))
    assert api.last_sent(GROUP["id"])["text"].startswith("Seul·e la personne")
    await vote(app, api, BOB, polls(api)[-1], right=True)
    await deliver(app, api.send_text(ALICE, "/stop", chat=GROUP))
    results = api.last_sent(GROUP["id"])["text"]
    assert results.startswith("⏹ Partie arrêtée par Alice — 2 questions")
    assert "Bob" in results
    assert polls(api)[-1]["poll"]["is_closed"]
    assert await app.bot_data.store.running_game(GROUP["id"]) is None
    await deliver(app, api.send_text(ALICE, "/stop", chat=GROUP))
    assert api.last_sent(GROUP["id"])["text"] == "Aucune partie en cours ici."


async def test_a_group_admin_may_stop_anyones_game(app: QuizApp, api: FakeBotAPI) -> None:
    api.chat_admins[GROUP["id"]] = {1003}
    await deliver(app, api.send_text(ALICE, "/game 2 20", chat=GROUP))
    await deliver(app, api.send_text(CLEO, "/stop@quiz_test_bot", chat=GROUP))
    assert api.last_sent(GROUP["id"])["text"].startswith("⏹ Partie arrêtée par Cléo")


async def test_bad_game_arguments_get_the_usage(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/game 5 3", chat=GROUP))
    assert api.last_sent(GROUP["id"])["text"].startswith("Usage : /game")
    await deliver(app, api.send_text(ALICE, "/game 5 20 astronomie", chat=GROUP))
    assert "Aucune question n'a le thème « astronomie »" in api.last_sent(GROUP["id"])["text"]
    assert not polls(api)


async def test_a_tag_and_the_bots_name_on_the_command(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/game@quiz_test_bot 1 15 dates", chat=GROUP))
    [poll] = polls(api)
    assert "année" in poll["poll"]["question"]  # q-year, the only question tagged dates


async def test_a_game_survives_a_restart(app: QuizApp, api: FakeBotAPI, settings: Settings) -> None:
    await deliver(app, api.send_text(ALICE, "/game 2 30", chat=GROUP))
    first = polls(api)[-1]
    await vote(app, api, ALICE, first, right=True)
    before = await points(app, 1001)

    async with running(settings, api, seed=7) as restarted:  # a second process, same database
        game = await restarted.bot_data.store.running_game(GROUP["id"])
        assert game is not None and game.position == 0
        assert restarted.job_queue is not None
        assert f"game:{game.id}:0" in [j.name for j in restarted.job_queue.jobs()]  # re-armed
        await vote(restarted, api, ALICE, first, right=True)  # a redelivered vote: once
        assert await points(restarted, 1001) == before
        restarted.bot_data.clock.now += timedelta(seconds=30)  # type: ignore[attr-defined]
        await time_up(restarted)
        second = polls(api)[-1]
        assert second["poll"]["question"].startswith("2/2 · ")
        await vote(restarted, api, ALICE, second, right=False)  # the only player: it ends now
        results = api.last_sent(GROUP["id"])["text"]
        assert results.startswith("🏁 Partie terminée") and "(1 juste)" in results


async def test_a_game_whose_time_ran_out_long_ago_closes_on_start_up(
    app: QuizApp, api: FakeBotAPI, settings: Settings
) -> None:
    await deliver(app, api.send_text(ALICE, "/game 3 30", chat=GROUP))
    await vote(app, api, BOB, polls(api)[-1], right=True)
    async with running(settings, api, seed=7) as restarted:
        restarted.bot_data.clock.now += timedelta(hours=2)  # type: ignore[attr-defined]
        # post_init has run already with the clock of before; resume again, hours later
        assert restarted.bot_data.games is not None
        await restarted.bot_data.games.resume_all()
        results = api.last_sent(GROUP["id"])["text"]
        assert results.startswith("🏁 Partie terminée") and "Bob" in results
        assert await restarted.bot_data.store.running_game(GROUP["id"]) is None


async def test_a_group_that_becomes_a_supergroup_keeps_its_board(
    app: QuizApp, api: FakeBotAPI
) -> None:
    old = FakeBotAPI.group_chat(-4242, "Petit groupe") | {"type": "group"}
    await deliver(app, api.send_text(ALICE, "/quiz", chat=old))
    await vote(app, api, ALICE, polls(api, -4242)[-1], right=True)
    earned = await points(app, 1001, -4242)
    assert earned > 0
    migrated = api.send_text(ALICE, "x", chat=old)
    del migrated["message"]["text"]
    migrated["message"]["migrate_to_chat_id"] = -1004242
    await deliver(app, migrated)
    assert await points(app, 1001, -1004242) == earned
    assert await points(app, 1001, -4242) == 0


# --- getting a group started ----------------------------------------------------------------


async def test_private_game_explains_and_offers_to_add_the_bot(
    app: QuizApp, api: FakeBotAPI
) -> None:
    await deliver(app, api.send_text(ALICE, "/game"))
    message = api.last_sent(1001)
    assert message["text"].startswith("🎲 Jouer en groupe")
    [button] = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
    assert button["url"] == "https://t.me/quiz_test_bot?startgroup=game"


async def test_the_bot_greets_a_group_once(app: QuizApp, api: FakeBotAPI) -> None:
    bot = {"id": 123456, "is_bot": True, "first_name": "Quiz", "username": "quiz_test_bot"}
    added = api.push_update({
        "my_chat_member": {
            "chat": GROUP, "from": ALICE, "date": 0,
            "old_chat_member": {"status": "left", "user": bot},
            "new_chat_member": {"status": "member", "user": bot},
        },
    })  # fmt: skip
    await deliver(app, added)
    await deliver(app, added)  # redelivered
    greetings = api.sent("sendMessage", GROUP["id"])
    assert len(greetings) == 1 and "/game" in greetings[0].params["text"]
    await deliver(app, api.send_text(ALICE, "/start@quiz_test_bot game", chat=GROUP))
    assert "/game 5 20" in api.last_sent(GROUP["id"])["text"]


# --- boards by period, privacy, modes --------------------------------------------------------


async def test_weekly_and_monthly_boards_follow_the_calendar(app: QuizApp, api: FakeBotAPI) -> None:
    clock = app.bot_data.clock
    clock.now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # type: ignore[attr-defined]  # Friday
    await deliver(app, api.send_text(ALICE, "/quiz", chat=GROUP))
    await vote(app, api, ALICE, polls(api)[-1], right=True)
    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # type: ignore[attr-defined]  # next Tue
    await deliver(app, api.send_text(BOB, "/quiz", chat=GROUP))
    await vote(app, api, BOB, polls(api)[-1], right=True)

    await deliver(app, api.send_text(ALICE, "/top semaine", chat=GROUP))
    week = api.last_sent(GROUP["id"])["text"]
    assert week.startswith("🏆 Classement de la semaine") and "Bob" in week
    assert "alice_reads" not in week  # her answer was last week
    await deliver(app, api.send_text(ALICE, "/top mois", chat=GROUP))
    month = api.last_sent(GROUP["id"])["text"]
    assert "Bob" in month and "alice_reads" not in month  # November is over
    await deliver(app, api.send_text(ALICE, "/top", chat=GROUP))
    ever = api.last_sent(GROUP["id"])["text"]
    assert "Bob" in ever and "alice_reads" in ever
    await deliver(app, api.send_text(ALICE, "/top hier", chat=GROUP))
    assert api.last_sent(GROUP["id"])["text"].startswith("Usage : /top")


async def test_the_weekly_board_tells_a_player_below_the_top_where_they_stand(
    app: QuizApp, api: FakeBotAPI
) -> None:
    await deliver(app, api.send_text(ALICE, "/quiz", chat=GROUP))
    poll = polls(api)[-1]
    for n in range(11):  # eleven players ahead of Alice, who answers wrong
        await vote(app, api, FakeBotAPI.user(3000 + n, f"Joueur{n}"), poll, right=True)
    await vote(app, api, ALICE, poll, right=False)

    await deliver(app, api.send_text(ALICE, "/top semaine", chat=GROUP))
    week = api.last_sent(GROUP["id"])["text"]
    assert week.count("Joueur") == 10
    assert week.rstrip().endswith("12. alice_reads (vous) — 0 point"), week


async def test_privacy_hides_a_player_from_the_global_board_only(
    app: QuizApp, api: FakeBotAPI
) -> None:
    await deliver(app, api.send_text(ALICE, "/quiz", chat=GROUP))
    await vote(app, api, ALICE, polls(api)[-1], right=True)
    await deliver(app, api.send_text(BOB, "/quiz", chat=GROUP))
    await vote(app, api, BOB, polls(api)[-1], right=True)

    await deliver(app, api.send_text(ALICE, "/privacy"))
    assert api.last_sent(1001)["text"].startswith("🙈")
    await deliver(app, api.send_text(BOB, "/top global"))
    board = api.last_sent(1002)["text"]
    assert board.startswith("🌍 Classement général") and "Bob" in board
    assert "alice_reads" not in board
    await deliver(app, api.send_text(BOB, "/top", chat=GROUP))
    assert "alice_reads" in api.last_sent(GROUP["id"])["text"]  # still in her group's board
    await deliver(app, api.send_text(ALICE, "/privacy"))
    assert api.last_sent(1001)["text"].startswith("👀")
    await deliver(app, api.send_text(BOB, "/top global"))
    assert "alice_reads" in api.last_sent(1002)["text"]


async def test_a_learner_may_take_private_questions_as_polls(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/mode sondage"))
    assert api.last_sent(1001)["text"].startswith("📊")
    await deliver(app, api.send_text(ALICE, "/quiz"))
    [poll] = polls(api, 1001)
    await vote(app, api, ALICE, poll, right=True)
    quiz = await app.bot_data.store.quiz_by_poll(poll["poll"]["id"])
    assert quiz is not None
    assert await points(app, 1001, PRIVATE_SCOPE) == quiz.asked.difficulty  # as a tap would
    await deliver(app, api.send_text(ALICE, "/mode boutons"))
    await deliver(app, api.send_text(ALICE, "/quiz"))
    assert api.last_sent(1001)["text"].startswith("❓")
    await deliver(app, api.send_text(ALICE, "/mode"))
    assert api.last_sent(1001)["text"].startswith("Usage : /mode")


async def test_questions_with_html_characters_go_out_as_plain_text(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    await deliver(app, api.send_text(ALICE, "/game 1 15 dates", chat=GROUP))
    [poll] = polls(api)
    assert "<b>a</b>" in poll["poll"]["question"]  # shown literally, never parsed
    assert poll["poll"]["explanation"] == "C'était en 1923 : a < b & c > d."


async def test_a_flood_limit_delays_a_question_and_loses_nothing(
    app: QuizApp, api: FakeBotAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from telegram.error import RetryAfter

    import bot.handlers.games as games

    real_send = games.send_quiz_poll
    refused: list[int] = []

    async def flooded(*args: Any, **kwargs: Any) -> Any:
        if not refused:
            refused.append(1)
            with warnings.catch_warnings():  # PTB warns in its own constructor
                warnings.simplefilter("ignore")
                flood = RetryAfter(7)  # what the rate limiter raises once its retries are spent
            raise flood
        return await real_send(*args, **kwargs)

    monkeypatch.setattr(games, "send_quiz_poll", flooded)
    await deliver(app, api.send_text(ALICE, "/game 2 20", chat=GROUP))
    assert refused and not polls(api)  # not sent yet, and nothing reported as an error
    assert not [c for c in api.sent("sendMessage") if c.params["text"].startswith("Oups")]
    assert app.job_queue is not None
    [job] = [j for j in app.job_queue.jobs() if j.name == "game:1:None"]
    assert 7 <= (job.next_t - datetime.now(UTC)).total_seconds() <= 8.5  # type: ignore[operator]
    assert app.bot_data.games is not None
    await app.bot_data.games.drive(1)  # what the job does when it fires
    assert polls(api)[-1]["poll"]["question"].startswith("1/2 · ")


async def test_timers_fire_however_late_the_scheduler_starts(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/game 2 20", chat=GROUP))
    assert app.job_queue is not None
    [job] = [j for j in app.job_queue.jobs() if j.name == "game:1:0"]
    assert job.job.misfire_grace_time is None  # a start-up slower than the timer: still runs


async def test_stop_racing_a_timer_step_leaves_nothing_open(app: QuizApp, api: FakeBotAPI) -> None:
    import asyncio

    await deliver(app, api.send_text(ALICE, "/game 3 20", chat=GROUP))
    await vote(app, api, BOB, polls(api)[-1], right=True)
    runner = app.bot_data.games
    assert runner is not None
    app.bot_data.clock.now += timedelta(seconds=20)  # type: ignore[attr-defined]
    await asyncio.gather(runner.drive(1, time_up=0), runner.stop(1, _user(ALICE)))
    results = [c for c in api.sent("sendMessage", GROUP["id"]) if "Partie" in c.params["text"]]
    assert len(results) == 2  # the announcement and one set of results
    for poll in polls(api):
        quiz = await app.bot_data.store.quiz_by_poll(poll["poll"]["id"])
        assert quiz is not None and quiz.closed
    late = api.vote(CLEO, polls(api)[-1]["poll"]["id"], 0)
    if late is not None:  # Telegram may still take the vote: it must not count
        await deliver(app, late)
    assert await points(app, 1003) == 0


def _user(data: dict[str, Any]) -> Any:
    from telegram import User

    return User(data["id"], data["first_name"], False)


async def test_a_network_failure_delays_the_step_and_loses_nothing(
    app: QuizApp, api: FakeBotAPI
) -> None:
    from tests.fakes import ApiError

    api.fail_next(lambda c: c.method == "sendPoll", ApiError(502, "Bad Gateway"))
    await deliver(app, api.send_text(ALICE, "/game 2 20", chat=GROUP))
    assert not polls(api)
    assert not [c for c in api.sent("sendMessage") if c.params["text"].startswith("Oups")]
    assert app.job_queue is not None and app.bot_data.games is not None
    assert "game:1:None" in [j.name for j in app.job_queue.jobs()]  # retried in a few seconds
    await app.bot_data.games.drive(1)
    assert polls(api)[-1]["poll"]["question"].startswith("1/2 · ")


async def test_one_broken_game_never_stops_the_bot_starting(
    app: QuizApp, api: FakeBotAPI, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.store import Store

    await deliver(app, api.send_text(ALICE, "/game 2 20", chat=GROUP))
    other = FakeBotAPI.group_chat(-100600, "Autre groupe")
    await deliver(app, api.send_text(BOB, "/game 2 20", chat=other))
    real = Store.game_quiz

    async def broken(self: Store, game_id: int, position: int) -> Any:
        if game_id == 1:
            raise RuntimeError("unreadable")
        return await real(self, game_id, position)

    monkeypatch.setattr(Store, "game_quiz", broken)
    async with running(settings, api, seed=7) as restarted:  # post_init resumes both
        assert restarted.job_queue is not None
        names = [j.name for j in restarted.job_queue.jobs()]
        assert "game:1:None" in names and "game:2:0" in names


async def test_questions_are_paced_for_the_groups_flood_limit(
    app: QuizApp, api: FakeBotAPI
) -> None:
    await deliver(app, api.send_text(ALICE, "/game 3 30", chat=GROUP))
    await vote(app, api, ALICE, polls(api)[-1], right=True)
    app.bot_data.clock.now += timedelta(seconds=30)  # type: ignore[attr-defined]
    await time_up(app)
    second = polls(api)[-1]
    await vote(app, api, ALICE, second, right=True)  # the only player: the question is done
    assert len(polls(api)) == 2  # but the next poll waits: at most one every 6 seconds
    assert app.job_queue is not None and "game:1:None" in [j.name for j in app.job_queue.jobs()]
    app.bot_data.clock.now += timedelta(seconds=6)  # type: ignore[attr-defined]
    assert app.bot_data.games is not None
    await app.bot_data.games.drive(1)
    assert polls(api)[-1]["poll"]["question"].startswith("3/3 · ")


async def test_a_migration_merges_a_board_the_new_id_already_has(
    app: QuizApp, api: FakeBotAPI
) -> None:
    old = FakeBotAPI.group_chat(-4343, "Petit groupe") | {"type": "group"}
    new = FakeBotAPI.group_chat(-1004343, "Petit groupe")
    for chat in (old, new):
        await deliver(app, api.send_text(ALICE, "/quiz", chat=chat))
        await vote(app, api, ALICE, polls(api, chat["id"])[-1], right=True)
    both = await points(app, 1001, -4343) + await points(app, 1001, -1004343)
    migrated = api.send_text(ALICE, "x", chat=old)
    del migrated["message"]["text"]
    migrated["message"]["migrate_to_chat_id"] = -1004343
    await deliver(app, migrated)
    assert await points(app, 1001, -1004343) == both
    assert await points(app, 1001, -4343) == 0


def test_period_keys_are_kept_per_local_day() -> None:
    """The same local day in two zones, or two days in one, never share keys by mistake."""
    from zoneinfo import ZoneInfo

    paris, tokyo = ZoneInfo("Europe/Paris"), ZoneInfo("Asia/Tokyo")
    moment = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)  # Sunday in Paris, Monday in Tokyo
    for _ in range(2):
        assert period_keys(moment, paris) == ("w2026-11-23", "m2026-11")
        assert period_keys(moment, tokyo) == ("w2026-11-30", "m2026-11")
        assert period_keys(moment + timedelta(days=2), paris) == ("w2026-11-30", "m2026-12")
