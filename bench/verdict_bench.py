"""Time to verdict: 100 learners at once each send /quiz then tap, through the fake Bot API
over HTTP against the real bot process (Telegram's rate limits on). Prints, from tap to the
tap's answer (the verdict toast) and from tap to the edited message, the median and p95."""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes import TOKEN, FakeBotAPI, FakeBotServer  # noqa: E402
from tests.helpers import right_and_wrong, served_bank  # noqa: E402

LEARNERS = 100


async def main() -> None:
    server = FakeBotServer(FakeBotAPI())
    await server.start()
    api = server.api
    bank = served_bank(ROOT / "questions")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
        env.update(BOT_TOKEN=TOKEN, BOT_API_URL=server.base_url, QUIZBOT_DB=f"{tmp}/q.db",
                   QUIZBOT_QUESTIONS=str(ROOT / "questions"), PYTHONPATH=str(ROOT))  # fmt: skip
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--log-level", "WARNING", cwd=tmp, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        await api.wait_for(lambda c: c.method == "setMyCommands", 60)
        await asyncio.sleep(1)
        toast: list[float] = []
        edit: list[float] = []

        async def learner(n: int) -> None:
            user = FakeBotAPI.user(5000 + n, f"B{n}")
            mark = len(api.calls)
            api.send_text(user, "/quiz")
            call = await api.wait_for(
                lambda c: c.method == "sendMessage" and c.params.get("chat_id") == user["id"],
                120, mark,
            )  # fmt: skip
            message = api.message(user["id"], call.result["message_id"])
            right, _ = right_and_wrong(message, bank)
            mark = len(api.calls)
            tapped = time.perf_counter()
            query = api.tap(user, message, right)["callback_query"]["id"]
            await api.wait_for(
                lambda c: c.method == "answerCallbackQuery"
                and c.params.get("callback_query_id") == query, 120, mark,
            )  # fmt: skip
            toast.append(time.perf_counter() - tapped)
            await api.wait_for(
                lambda c: c.method == "editMessageText"
                and c.params.get("chat_id") == user["id"], 120, mark,
            )  # fmt: skip
            edit.append(time.perf_counter() - tapped)

        started = time.perf_counter()
        await asyncio.gather(*(learner(n) for n in range(LEARNERS)))
        took = time.perf_counter() - started
        bot.send_signal(signal.SIGINT)
        await bot.wait()
    await server.stop()
    too_many = [c for c in api.calls if getattr(c.result, "code", None) == 429]
    for name, values in (("tap -> verdict toast", toast), ("tap -> edited message", edit)):
        p95 = statistics.quantiles(values, n=20)[18]
        print(
            f"{name:24} median {1000 * statistics.median(values):7.0f} ms   p95 {1000 * p95:7.0f} ms"
        )
    print(f"{LEARNERS} learners, /quiz + tap each, all done in {took:.1f} s; 429s: {len(too_many)}")


if __name__ == "__main__":
    asyncio.run(main())
