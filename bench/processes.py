"""Shared by the benchmarks that run the real bot as a process."""

from __future__ import annotations

import asyncio
import signal


async def stop_bot(bot: asyncio.subprocess.Process, grace: float = 60) -> bytes:
    """Stop it as an operator would (SIGINT: a clean shutdown), killing it only when it hangs
    past `grace` seconds; returns what it wrote to stderr."""
    if bot.returncode is None:
        bot.send_signal(signal.SIGINT)
    try:
        _, stderr = await asyncio.wait_for(bot.communicate(), grace)
    except TimeoutError:
        bot.kill()
        _, stderr = await bot.communicate()
    return stderr or b""
