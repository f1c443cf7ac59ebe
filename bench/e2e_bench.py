"""Round trips a second, the quiz bot against a bare bot making the same calls, limiter off.

K learners each loop /quiz -> question -> tap -> answer (and, by default, the edited message)
through the HTTP fake, against the real bot process (QUIZBOT_MAX_RATE=0) and against a bare
python-telegram-bot bot with no logic. The ratio quizbot/bare is what the bot's own work costs
(goal: >= 0.85); under the goal, an instrumented run says where the time goes.

A trip ends at the edited message by default: the quiz bot handles a chat's updates in order,
so its next /quiz waits for that edit anyway, while the bare bot would overlap the two; waiting
for it on both sides keeps the work per trip the same (`--until-answer` stops at the toast).

The fake here wakes a learner the moment the call it waits for lands (the tests' `wait_for`
polls every 10 ms, which would swamp a round trip of a few ms) and forgets confirmed updates,
so that the driver's side stays cheap and the same for both bots.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pstats
import random
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.processes import stop_bot  # noqa: E402
from tests.fakes import TOKEN, FakeBotAPI, FakeBotServer  # noqa: E402

GOAL = 0.85
TIMEOUT = 30.0  # seconds a learner waits for one call before the run is declared broken
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The baseline: the same calls as the quiz bot (HTML question with 4 buttons; a tap answered,
# then the message edited), concurrent updates as wide as the bot's, no rate limiter, no store.
BARE_BOT = """
import os
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, Defaults

CHOICES = ["1923", "1933", "1938", "1917"]


async def quiz(update, context):
    rows = [[InlineKeyboardButton(f"{'ABCD'[i]}. {c}", callback_data=f"a:{update.update_id}:{i}")]
            for i, c in enumerate(CHOICES)]
    text = "\u2753 <b>En quelle ann\u00e9e Trotsky fut-il exil\u00e9 ?</b>\\n\\n" + "\\n".join(
        f"{'ABCD'[i]}. {c}" for i, c in enumerate(CHOICES)) + "\\n\\n\U0001f4d6 <i>Trotsky</i>"
    await context.bot.send_message(update.effective_chat.id, text,
                                   reply_markup=InlineKeyboardMarkup(rows))


async def tap(update, context):
    query = update.callback_query
    await query.answer("\u2705 Bonne r\u00e9ponse ! +1")
    await query.edit_message_text(
        "\u2753 <b>En quelle ann\u00e9e ?</b>\\n\\n<b>B. 1933</b> \u2705\\n\\n\U0001f4a1 Parce que.")


async def ready(app):
    await app.bot.set_my_commands([BotCommand("quiz", "Une question")])


builder = Application.builder()
if os.environ.get("BARE_TRANSPORT") == "httpcore":  # the quiz bot's own, for comparison
    from bot.httpcore_request import HttpcoreRequest
    builder = builder.request(HttpcoreRequest(256)).get_updates_request(HttpcoreRequest(1))
app = (
    builder.token(os.environ["BOT_TOKEN"])
    .base_url(os.environ["BOT_API_URL"])
    .defaults(Defaults(parse_mode=ParseMode.HTML,
                       link_preview_options=LinkPreviewOptions(is_disabled=True)))
    .concurrent_updates(64).post_init(ready).build()
)
app.add_handler(CommandHandler("quiz", quiz))
app.add_handler(CallbackQueryHandler(tap))
app.run_polling(allowed_updates=["message", "callback_query"])
"""


# The quiz bot with instruments, for the profiling run only: SIGUSR1 starts them, SIGUSR2 writes
# them out (so start-up is left out). cProfile sees CPU on the event loop's thread; the timers
# see wall time, waits included: each Store call, the writer lock (waited for, held) and the
# hops to aiosqlite's thread, which a profile of CPU alone cannot show.
PROFILED_BOT = """
import asyncio, cProfile, functools, json, runpy, signal, sys, time
from collections import defaultdict
import aiosqlite.core
from bot import store as store_module

out = sys.argv[1]
sys.argv = ["bot", *sys.argv[2:]]
profile = cProfile.Profile()
walls = defaultdict(lambda: [0, 0.0])
on = False


def timed(name, function):
    @functools.wraps(function)
    async def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return await function(*args, **kwargs)
        finally:
            if on:
                walls[name][0] += 1
                walls[name][1] += time.perf_counter() - started
    return wrapper


for name, function in list(vars(store_module.Store).items()):
    if asyncio.iscoroutinefunction(function):
        setattr(store_module.Store, name, timed("Store." + name, function))
aiosqlite.core.Connection._execute = timed("aiosqlite hop", aiosqlite.core.Connection._execute)


class TimedLock(asyncio.Lock):
    async def acquire(self):
        started = time.perf_counter()
        await super().acquire()
        self.taken = time.perf_counter()
        if on:
            walls["writer lock: waiting"][0] += 1
            walls["writer lock: waiting"][1] += self.taken - started
        return True

    def release(self):
        if on:
            walls["writer lock: held"][0] += 1
            walls["writer lock: held"][1] += time.perf_counter() - self.taken
        super().release()


init = store_module.Store.__init__


def patched_init(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self._lock = TimedLock()


store_module.Store.__init__ = patched_init


def start(*_):
    global on
    on = True
    profile.enable()


def stop(*_):
    global on
    on = False
    profile.disable()
    profile.dump_stats(out + ".prof")
    with open(out + ".json", "w") as f:
        json.dump(walls, f)


signal.signal(signal.SIGUSR1, start)
signal.signal(signal.SIGUSR2, stop)
try:
    runpy.run_module("bot", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
"""


class WakingAPI(FakeBotAPI):
    """The tests' fake, with waiters woken by the call itself and a bounded update list."""

    def __init__(self) -> None:
        super().__init__()
        self.waiters: dict[tuple[str, Any], asyncio.Future[Any]] = {}
        self.errors: Counter[str] = Counter()
        self.methods: Counter[str] = Counter()  # calls made, by method

    def expect(self, method: str, key: Any) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.waiters[(method, key)] = future
        return future

    def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        status, body = super().handle(method, params)
        self.methods[method] += 1
        self.calls.clear()  # a long run would keep tens of thousands; nothing reads them here
        if status != 200:
            self.errors[f"{method} {status}"] += 1
            return status, body
        key: Any = None
        if method in ("sendMessage", "editMessageText"):
            key = params.get("chat_id")
        elif method == "answerCallbackQuery":
            key = str(params.get("callback_query_id"))
        future = self.waiters.pop((method, key), None)
        if future is not None and not future.done():
            future.set_result(body["result"])
        return status, body

    def pending_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        self.confirmed_offset = max(self.confirmed_offset, offset)
        drop = 0
        while drop < len(self.updates) and self.updates[drop]["update_id"] < offset:
            drop += 1
        del self.updates[:drop]  # confirmed: Telegram forgets them too
        return self.updates[: int(params.get("limit") or 100)]


@dataclass
class Run:
    """One bot driven for one window: what the learners got, and what it cost in CPU."""

    name: str
    trips: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    bot_cpu: float = 0.0  # share of one core, over the measured window
    driver_cpu: float = 0.0
    threads: dict[str, float] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    calls: Counter[str] = field(default_factory=Counter)  # Bot API calls in the window

    @property
    def rate(self) -> float:
        return self.trips / self.seconds


def cpu_ticks(pid: int) -> dict[str, int]:
    """utime+stime per thread of a process, keyed by thread name and id."""
    ticks: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        ticks[f"{name}/{task.name}"] = int(fields[11]) + int(fields[12])
    return ticks


async def drive(api: WakingAPI, learners: int, warmup: float, duration: float,
                until_edit: bool, base_id: int) -> tuple[int, list[float]]:  # fmt: skip
    """Every learner loops until the window closes; trips ending inside the window count."""
    loop = asyncio.get_running_loop()
    begin = loop.time() + warmup
    end = begin + duration
    latencies: list[float] = []
    rng = random.Random(1)

    async def learner(n: int) -> None:
        user = FakeBotAPI.user(base_id + n, f"L{n}")
        while loop.time() < end:
            started = loop.time()
            sent = api.expect("sendMessage", user["id"])
            api.send_text(user, "/quiz")
            message = await asyncio.wait_for(sent, TIMEOUT)
            buttons = [
                b
                for row in message["reply_markup"]["inline_keyboard"]
                for b in row
                if str(b.get("callback_data", "")).split(":")[0] == "a"
            ]  # answers only
            update = api.tap(user, message, rng.choice(buttons)["callback_data"])
            waits = [api.expect("answerCallbackQuery", update["callback_query"]["id"])]
            if until_edit:
                waits.append(api.expect("editMessageText", user["id"]))
            await asyncio.wait_for(asyncio.gather(*waits), TIMEOUT)
            done = loop.time()
            if begin <= done < end:
                latencies.append(done - started)

    await asyncio.gather(*(learner(n) for n in range(learners)))
    return len(latencies), latencies


async def one_run(name: str, args: argparse.Namespace, base_id: int,
                  profile_to: Path | None = None) -> Run:  # fmt: skip
    """Start a fresh fake and the bot `name` ("quizbot" or "bare"), drive it, stop it."""
    api = WakingAPI()
    server = FakeBotServer(api)
    await server.start()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
        env.update(BOT_TOKEN=TOKEN, BOT_API_URL=server.base_url, QUIZBOT_DB=f"{tmp}/q.db",
                   QUIZBOT_QUESTIONS=str(ROOT / "questions"), QUIZBOT_MAX_RATE="0",
                   PYTHONPATH=str(ROOT), BARE_TRANSPORT=args.bare_transport)  # fmt: skip
        if name == "bare":
            command = [sys.executable, "-c", BARE_BOT]
        else:
            command = [sys.executable, "-m", "bot", "--log-level", "WARNING"]
            if profile_to is not None:
                command[1:3] = ["-c", PROFILED_BOT, str(profile_to)]
        ready = api.expect("setMyCommands", None)
        bot = await asyncio.create_subprocess_exec(
            *command, cwd=tmp, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            await asyncio.wait_for(ready, 60)
            await asyncio.sleep(0.5)  # the rest of the menus
            loop = asyncio.get_running_loop()
            window: dict[str, Any] = {}

            async def sample() -> None:  # CPU of both sides over the measured window only
                await asyncio.sleep(args.warmup)
                if profile_to is not None:
                    bot.send_signal(signal.SIGUSR1)
                window["start"] = (cpu_ticks(bot.pid), time.process_time(), loop.time())
                window["calls"] = api.methods.copy()
                await asyncio.sleep(args.duration)
                window["end"] = (cpu_ticks(bot.pid), time.process_time(), loop.time())
                window["calls"] = api.methods - window["calls"]
                if profile_to is not None:
                    bot.send_signal(signal.SIGUSR2)

            sampler = asyncio.create_task(sample())
            trips, latencies = await drive(
                api, args.learners, args.warmup, args.duration, not args.until_answer, base_id
            )
            await sampler
        finally:
            stderr = await stop_bot(bot)
            await server.stop()
    if stderr.strip():
        print(f"  [{name} stderr] {stderr.decode(errors='replace')[-800:]}", file=sys.stderr)
    (t0, p0, w0), (t1, p1, w1) = window["start"], window["end"]
    wall = w1 - w0
    threads = {k: (t1[k] - t0.get(k, 0)) / CLOCK_TICKS / wall for k in t1}
    return Run(
        name=name, trips=trips, seconds=args.duration, latencies=latencies,
        bot_cpu=sum(threads.values()), driver_cpu=(p1 - p0) / wall,
        threads={k: v for k, v in threads.items() if v >= 0.01}, errors=api.errors,
        calls=window["calls"],
    )  # fmt: skip


def report(run: Run) -> None:
    ms = sorted(1000 * x for x in run.latencies)
    p95 = ms[int(0.95 * (len(ms) - 1))] if ms else float("nan")
    median = statistics.median(ms) if ms else float("nan")
    print(
        f"  {run.name:8} {run.rate:7.1f} trips/s  ({run.trips} in {run.seconds:.0f} s)"
        f"  median {median:6.1f} ms  p95 {p95:6.1f} ms"
        f"  CPU: bot {100 * run.bot_cpu:4.0f}%  fake+driver {100 * run.driver_cpu:4.0f}%"
    )
    busy = ", ".join(f"{k} {100 * v:.0f}%" for k, v in sorted(run.threads.items()))
    print(f"           bot threads: {busy}")
    per_trip = ", ".join(
        f"{method} {count / max(run.trips, 1):.2f}" for method, count in run.calls.most_common()
    )
    print(f"           Bot API calls a trip: {per_trip}")
    if run.errors:
        print(f"           errors: {dict(run.errors)}")


def print_profile(prefix: Path, trips: int, seconds: float, top: int) -> None:
    """Wall time per round trip (Store calls, writer lock, thread hops), then CPU (cProfile)."""
    walls: dict[str, list[float]] = json.loads(prefix.with_suffix(".json").read_text())
    print(f"\n  wall time per round trip ({trips} trips in the window; a trip's calls overlap):")
    for name, (calls, total) in sorted(walls.items(), key=lambda kv: -kv[1][1])[:top]:
        print(
            f"  {1000 * total / trips:8.2f} ms  {calls / trips:5.1f} calls "
            f"({1000 * total / calls:6.2f} ms each)  {name}"
        )
    held = walls.get("writer lock: held", [0, 0.0])[1]
    print(f"  the writer lock was held {100 * held / seconds:.0f}% of the window")
    stats = pstats.Stats(str(prefix.with_suffix(".prof")))
    rows: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in rows.values())
    print(f"\n  CPU on the event loop's thread in the window: {total:.2f} s")
    for title, column in (("own time", 2), ("time with callees", 3)):
        print(f"\n  top {top} by {title}:")
        ranked = sorted(rows.items(), key=lambda kv: kv[1][column], reverse=True)[:top]
        for (file, line, func), row in ranked:
            where = file.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
            print(
                f"  {100 * row[column] / total:5.1f}%  {1000 * row[column] / trips:6.2f} ms/trip"
                f"  {row[1]:7d}x  {func} ({where}:{line})"
            )


async def run(args: argparse.Namespace) -> None:
    runs: dict[str, list[Run]] = {"quizbot": [], "bare": []}
    what = "answer" if args.until_answer else "answer and edit"
    print(
        f"{args.learners} learners, /quiz -> question -> tap -> {what}; "
        f"{args.warmup:.0f} s warm-up then {args.duration:.0f} s counted; limiter off"
    )
    for round_ in range(args.rounds):
        for name in ("quizbot", "bare"):
            result = await one_run(name, args, base_id=10_000 * (1 + len(runs[name])))
            runs[name].append(result)
            print(f"round {round_ + 1}:")
            report(result)
    quiz = statistics.mean(r.rate for r in runs["quizbot"])
    bare = statistics.mean(r.rate for r in runs["bare"])
    ratios = [q.rate / b.rate for q, b in zip(runs["quizbot"], runs["bare"], strict=True)]
    ratio = quiz / bare
    verdict = "met" if ratio >= GOAL else "NOT met"
    print(f"\nquizbot {quiz:.1f} trips/s, bare {bare:.1f} trips/s (means of {args.rounds} runs)")
    print(
        f"ratio quizbot/bare {ratio:.2f} (per round: {', '.join(f'{r:.2f}' for r in ratios)});"
        f" goal >= {GOAL}: {verdict}"
    )
    if ratio < GOAL or args.profile:
        with tempfile.TemporaryDirectory() as tmp:
            prefix = Path(tmp) / "quizbot"
            print("\nprofiling the quiz bot (instrumented, one more run, slower):")
            profiled = await one_run("quizbot", args, base_id=900_000, profile_to=prefix)
            report(profiled)
            print_profile(prefix, profiled.trips, profiled.seconds, args.top)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--learners", type=int, default=20)
    parser.add_argument("--duration", type=float, default=15.0, help="seconds counted per run")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds not counted")
    parser.add_argument("--rounds", type=int, default=2, help="quizbot then bare, this often")
    parser.add_argument(
        "--until-answer", action="store_true",
        help="a trip ends at the tap's answer, not at the edited message",
    )  # fmt: skip
    parser.add_argument(
        "--bare-transport", choices=("httpx", "httpcore"), default="httpx",
        help="the bare bot's HTTP: the library's default (the goal's baseline), or the quiz bot's",
    )  # fmt: skip
    parser.add_argument("--profile", action="store_true", help="profile even if the goal is met")
    parser.add_argument("--top", type=int, default=25, help="profile lines shown")
    asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
