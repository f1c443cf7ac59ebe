"""Updates: in order within a chat, concurrent across chats, and no chat starving the others."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.concurrency import PerChatUpdateProcessor
from bot.handlers.quiz import answers_in_any_order
from tests.fakes import FakeBotAPI


def update_from(chat_id: int, update_id: int) -> Update:
    user = FakeBotAPI.user(chat_id, "U")
    message = {
        "message_id": update_id, "date": 0, "chat": FakeBotAPI.private_chat(user),
        "from": user, "text": "/quiz",
    }  # fmt: skip
    return Update.de_json({"update_id": update_id, "message": message}, None)  # type: ignore[arg-type]


async def test_a_busy_chat_never_holds_more_than_one_slot() -> None:
    processor = PerChatUpdateProcessor(2)
    gate = asyncio.Event()
    other_done = asyncio.Event()
    order: list[int] = []

    async def slow(n: int) -> None:
        order.append(n)
        await gate.wait()

    async def other() -> None:
        other_done.set()

    busy = [
        asyncio.create_task(processor.process_update(update_from(1, n), slow(n)))
        for n in range(5)  # one chat: five updates queued behind a slow first one
    ]
    await asyncio.sleep(0.05)
    quick = asyncio.create_task(processor.process_update(update_from(2, 99), other()))
    await asyncio.wait_for(other_done.wait(), 1)  # another chat is served at once
    gate.set()
    await asyncio.gather(*busy, quick)
    assert order == [0, 1, 2, 3, 4]  # and the busy chat kept its order


async def test_at_most_the_given_number_of_updates_run_at_once() -> None:
    processor = PerChatUpdateProcessor(3)
    running = peak = 0

    async def work() -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1

    await asyncio.gather(
        *(processor.process_update(update_from(chat, chat), work()) for chat in range(1, 11))
    )
    assert peak == 3


def tap_from(chat_id: int, update_id: int) -> Update:
    user = FakeBotAPI.user(chat_id, "U")
    message = {"message_id": 1, "date": 0, "chat": FakeBotAPI.private_chat(user), "from": user,
               "text": "❓"}  # fmt: skip
    query = {"id": str(update_id), "from": user, "chat_instance": "c", "message": message,
             "data": "a:1:0"}  # fmt: skip
    return Update.de_json({"update_id": update_id, "callback_query": query}, None)  # type: ignore[arg-type]


async def test_taps_never_wait_behind_messages_holding_every_slot() -> None:
    processor = PerChatUpdateProcessor(2)
    gate = asyncio.Event()
    tapped = asyncio.Event()

    async def stuck_in_the_rate_limiter() -> None:
        await gate.wait()

    async def tap() -> None:
        tapped.set()

    sends = [
        asyncio.create_task(
            processor.process_update(update_from(chat, chat), stuck_in_the_rate_limiter())
        )
        for chat in (1, 2, 3)  # more message updates than slots, all waiting
    ]
    await asyncio.sleep(0.05)
    answer = asyncio.create_task(processor.process_update(tap_from(9, 99), tap()))
    await asyncio.wait_for(tapped.wait(), 1)  # the tap ran at once, in its own lane
    gate.set()
    await asyncio.gather(*sends, answer)


async def test_an_answer_tap_does_not_wait_for_its_chats_earlier_update() -> None:
    processor = PerChatUpdateProcessor(4, needs_no_turn=answers_in_any_order)
    gate = asyncio.Event()
    tapped = asyncio.Event()

    async def quiz_still_storing_its_message_id() -> None:
        await gate.wait()

    async def tap() -> None:
        tapped.set()

    earlier = asyncio.create_task(
        processor.process_update(update_from(9, 1), quiz_still_storing_its_message_id())
    )
    await asyncio.sleep(0.05)
    answer = asyncio.create_task(processor.process_update(tap_from(9, 2), tap()))
    await asyncio.wait_for(tapped.wait(), 1)  # same chat, yet served at once
    gate.set()
    await asyncio.gather(earlier, answer)


async def test_other_taps_still_wait_for_their_chats_turn() -> None:
    processor = PerChatUpdateProcessor(4, needs_no_turn=answers_in_any_order)
    gate = asyncio.Event()
    order: list[str] = []

    async def earlier_work() -> None:
        await gate.wait()
        order.append("earlier")

    async def next_question() -> None:
        order.append("next")

    update = tap_from(9, 2)
    next_tap = Update.de_json(  # "next question": it sends a message, so it keeps its turn
        {"update_id": 3, "callback_query": {**update.callback_query.to_dict(), "data": "n:1"}},
        None,  # type: ignore[arg-type]
    )
    earlier = asyncio.create_task(processor.process_update(update_from(9, 1), earlier_work()))
    await asyncio.sleep(0.05)
    later = asyncio.create_task(processor.process_update(next_tap, next_question()))
    await asyncio.sleep(0.05)
    assert order == []
    gate.set()
    await asyncio.gather(earlier, later)
    assert order == ["earlier", "next"]


async def test_one_chat_holds_at_most_two_slots_of_the_tap_lane() -> None:
    """A client replaying forged taps in one chat never keeps another chat's verdict waiting."""
    processor = PerChatUpdateProcessor(3, needs_no_turn=answers_in_any_order)
    gate = asyncio.Event()
    running = 0
    peak = 0
    other_done = asyncio.Event()

    async def slow_tap() -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await gate.wait()
        running -= 1

    async def other_tap() -> None:
        other_done.set()

    flood = [
        asyncio.create_task(processor.process_update(tap_from(9, n), slow_tap()))
        for n in range(1, 6)
    ]
    await asyncio.sleep(0.05)
    other = asyncio.create_task(processor.process_update(tap_from(8, 99), other_tap()))
    await asyncio.wait_for(other_done.wait(), 1)  # the third slot was free for chat 8
    assert peak == 2
    gate.set()
    await asyncio.gather(*flood, other)
