"""One player's rank on a leaderboard of a million players: COUNT(*) over the scores (the
first version) against the score histogram the Store keeps (score_counts), same database; the
same for this week's board (period_scores and period_counts), against summing the week's
answers as /top semaine first did."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.store import PRIVATE_SCOPE, Store, period_keys

PLAYERS = 1_000_000
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
WEEK = period_keys(NOW, UTC)[0]


def fill(path: Path) -> None:
    """A million players on the private board and this week's; the histograms follow by the
    Store's triggers."""
    rng = random.Random(1)
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO scores (scope, user_id, points, answers, correct, last_answer_at)"
            " VALUES (0, ?, ?, 1, 1, 'x')",
            ((user, int(rng.expovariate(1 / 40))) for user in range(1, PLAYERS + 1)),
        )
        db.execute(
            "INSERT INTO global_scores SELECT user_id, SUM(points), SUM(correct) FROM scores"
            " GROUP BY user_id"
        )
        # everyone played this week too, a third of their points
        db.execute(
            "INSERT INTO period_scores SELECT scope, ?, user_id, points / 3, correct FROM scores",
            (WEEK,),
        )


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.db"
        store = await Store.open(path)
        await store.close()
        start = time.perf_counter()
        fill(path)
        print(f"{PLAYERS} players written in {time.perf_counter() - start:.1f} s")
        with sqlite3.connect(path) as db:
            bottom = db.execute(
                "SELECT user_id, points FROM scores ORDER BY points LIMIT 1"
            ).fetchone()
            count_ms = []
            for _ in range(20):
                t = time.perf_counter()
                db.execute(
                    "SELECT COUNT(*) FROM scores WHERE scope = 0 AND points > ?", (bottom[1],)
                ).fetchone()
                count_ms.append((time.perf_counter() - t) * 1000)
            week_count_ms = []
            for _ in range(20):
                t = time.perf_counter()
                db.execute(
                    "SELECT COUNT(*) FROM period_scores WHERE scope = 0 AND period = ?"
                    " AND points > ?",
                    (WEEK, bottom[1] // 3),
                ).fetchone()
                week_count_ms.append((time.perf_counter() - t) * 1000)
            summed_ms = []
            for _ in range(3):  # the global board as the first version read it
                t = time.perf_counter()
                db.execute(
                    "SELECT user_id, SUM(points), SUM(correct) FROM scores GROUP BY user_id"
                    " ORDER BY SUM(points) DESC, SUM(correct) DESC, user_id LIMIT 10"
                ).fetchall()
                summed_ms.append((time.perf_counter() - t) * 1000)
        store = await Store.open(path)
        global_ms = []
        for _ in range(50):
            t = time.perf_counter()
            await store.top_global(10)
            global_ms.append((time.perf_counter() - t) * 1000)
        rank_ms, top_ms = [], []
        for _ in range(200):
            t = time.perf_counter()
            await store.player_score(PRIVATE_SCOPE, bottom[0])
            rank_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await store.top_players(PRIVATE_SCOPE, 10)
            top_ms.append((time.perf_counter() - t) * 1000)
        week_rank_ms, week_top_ms = [], []
        for _ in range(200):
            t = time.perf_counter()
            await store.period_rank(PRIVATE_SCOPE, "week", bottom[0], NOW)
            week_rank_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await store.top_period(PRIVATE_SCOPE, "week", NOW, 10)
            week_top_ms.append((time.perf_counter() - t) * 1000)
        await store.close()
    p99 = statistics.quantiles(rank_ms, n=100)[98]
    print(f"rank of the last player, COUNT(*): median {statistics.median(count_ms):7.2f} ms")
    print(
        f"rank of the last player, histogram (player_score, whole call): "
        f"median {statistics.median(rank_ms):5.2f} ms, p99 {p99:5.2f} ms"
    )
    print(f"top 10: median {statistics.median(top_ms):5.2f} ms")
    print(f"ratio: {statistics.median(count_ms) / statistics.median(rank_ms):.0f}x")
    week_p99 = statistics.quantiles(week_rank_ms, n=100)[98]
    print(
        f"this week, rank of the last player, COUNT(*): median {statistics.median(week_count_ms):7.2f} ms"
    )
    print(
        f"this week, rank of the last player, histogram (period_rank): median"
        f" {statistics.median(week_rank_ms):5.2f} ms, p99 {week_p99:5.2f} ms;"
        f" top 10 (top_period): median {statistics.median(week_top_ms):5.2f} ms,"
        f" p99 {statistics.quantiles(week_top_ms, n=100)[98]:5.2f} ms"
    )
    print(
        f"global top 10: summing every board {statistics.median(summed_ms):7.1f} ms, the sums kept"
        f" per player (top_global) {statistics.median(global_ms):5.2f} ms"
    )


if __name__ == "__main__":
    asyncio.run(main())
