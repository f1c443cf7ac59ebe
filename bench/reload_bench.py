"""How reloading a large question folder affects the bot: parse time and event-loop stalls.

A ticker task sleeps 1 ms in a loop and records the longest gap between its wake-ups: that gap
is how long any update waiting for the bot would have waited too.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import reload as reload_module
from bot.questions import QuestionBank
from bot.reload import QuestionReloader
from bot.watcher import QuestionWatcher


def write_folder(folder: Path, questions: int, files: int) -> None:
    per_file = questions // files
    for f in range(files):
        lines = ["passage: bench", "questions:"]
        for n in range(per_file):
            qid = f"f{f}-q{n}"
            lines += [
                f"  - id: {qid}",
                "    paragraph: 1",
                f"    difficulty: {1 + n % 3}",
                "    tags: [dates]",
                f"    question: En quelle année l'événement numéro {n} du fichier {f} a-t-il eu lieu ?",
                "    choices: ['1923', '1933', '1938', '1917']",
                "    answer: '1933'",
                f"    explanation: L'événement {n} a eu lieu en 1933, comme le rappelle le paragraphe 1.",
                "    en:",
                f"      question: In which year did event {n} of file {f} happen?",
                "      choices: ['1923', '1933', '1938', '1917']",
                f"      explanation: Event {n} happened in 1933, as paragraph 1 says.",
            ]
        (folder / f"set-{f:03}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


async def worst_stall(work: Callable[[], Awaitable[object]]) -> tuple[float, float, float]:
    """(seconds the work took, longest loop stall in ms, median tick in ms)."""
    gaps: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.01)
    start = time.perf_counter()
    await work()
    took = time.perf_counter() - start
    done.set()
    await task
    return took, max(gaps) * 1000, statistics.median(gaps) * 1000


async def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=50)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_folder(folder, args.questions, args.files)
        size = sum(p.stat().st_size for p in sorted(folder.glob("*.yaml"))) / 1e6  # noqa: ASYNC240
        print(f"{args.questions} questions in {args.files} files, {size:.1f} MB")

        reloader = QuestionReloader(folder)
        start = time.perf_counter()
        bank, _ = QuestionBank.build(reloader.scan()[0])
        cold = time.perf_counter() - start
        gc.freeze()  # as the bot does once started
        print(f"start-up load (blocking, before polling):  {cold:6.2f} s  ({len(bank)} questions)")

        async def full_reload_off_loop() -> None:
            reloader._cache.clear()
            await reloader.reload(bank)

        async def full_reload_on_loop() -> None:
            reloader._cache.clear()
            QuestionBank.build(reloader.scan()[0])

        took_proc, stall_proc, tick = await worst_stall(full_reload_off_loop)
        threshold = reload_module.PROCESS_POOL_MIN_BYTES
        reload_module.PROCESS_POOL_MIN_BYTES = 10**12  # force the one-thread path
        took_thread, stall_thread, tick_thread = await worst_stall(full_reload_off_loop)
        reload_module.PROCESS_POOL_MIN_BYTES = threshold
        took_on, stall_on, _ = await worst_stall(full_reload_on_loop)
        print(
            f"full reload, worker processes (used):     {took_proc:6.2f} s, "
            f"longest loop stall {stall_proc:7.1f} ms, median tick {tick:.1f} ms"
        )
        print(
            f"full reload, one thread (for comparison):  {took_thread:6.2f} s, "
            f"longest loop stall {stall_thread:7.1f} ms, median tick {tick_thread:.1f} ms"
        )
        print(
            f"full reload on the loop (for comparison):  {took_on:6.2f} s, "
            f"longest loop stall {stall_on:7.1f} ms"
        )
        print(f"stall ratio on the loop / worker processes: {stall_on / stall_proc:5.1f}x")

        target = folder / "set-000.yaml"
        target.write_text(target.read_text().replace("1933, comme", "1933, ainsi que"))
        os.utime(target, ns=(time.time_ns(), time.time_ns() + 10**9))
        await full_reload_off_loop()  # back to the bot's state: the bank parsed and frozen

        async def one_file_changed() -> None:
            t = folder / "set-001.yaml"
            t.write_text(t.read_text().replace("1933, comme", "1933, selon"))
            os.utime(t, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
            report = await reloader.reload(bank)
            assert report.reparsed == ("set-001.yaml",), report.reparsed

        took_inc, stall_inc, _ = await worst_stall(one_file_changed)
        print(
            f"reload after one file changed:             {took_inc:6.3f} s, "
            f"longest loop stall {stall_inc:7.1f} ms"
        )
        print(f"full / incremental reload time:            {took_proc / took_inc:6.1f}x")
        await watcher_latency(folder)


async def watcher_latency(folder: Path, rounds: int = 5) -> None:
    """From the last write of an editor's save (three writes 50 ms apart) to the reload."""
    fired: list[float] = []
    event = asyncio.Event()

    async def on_change() -> None:
        fired.append(time.perf_counter())
        event.set()

    watcher = QuestionWatcher(folder, lambda name: name.endswith(".yaml"), on_change)
    watcher.start()
    await asyncio.sleep(0.5)
    delays, reloads = [], []
    for n in range(rounds):
        event.clear()
        before = len(fired)
        target = folder / "watched.yaml"
        for part in ("passage: w\n", "passage: w\nquestions:\n", f"passage: w\n# {n}\n"):
            target.write_text(part)
            last_write = time.perf_counter()
            await asyncio.sleep(0.05)
        await asyncio.wait_for(event.wait(), 10)
        await asyncio.sleep(1.0)  # any extra reload would show up here
        delays.append(fired[before] - last_write)
        reloads.append(len(fired) - before)
    await watcher.stop()
    print(
        f"watcher, last write -> reload: median {statistics.median(delays):.2f} s, "
        f"max {max(delays):.2f} s; reloads per save: {reloads}"
    )


if __name__ == "__main__":
    asyncio.run(main())
