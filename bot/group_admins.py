"""A short memory of who administers which group, to spare Telegram repeated getChatMember."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

ADMIN_CACHE_SECONDS = 300.0
MAX_ENTRIES = 10_000


@dataclass
class GroupAdminCache:
    """(chat, user) -> (is admin, when asked); a short memory only, Telegram is the truth."""

    ttl: float = ADMIN_CACHE_SECONDS
    _seen: dict[tuple[int, int], tuple[bool, float]] = field(default_factory=dict)

    def get(self, chat_id: int, user_id: int) -> bool | None:
        found = self._seen.get((chat_id, user_id))
        if found is None or time.monotonic() - found[1] > self.ttl:
            return None
        return found[0]

    def put(self, chat_id: int, user_id: int, is_admin: bool) -> None:
        if len(self._seen) >= MAX_ENTRIES:
            self._seen.clear()
        self._seen[(chat_id, user_id)] = (is_admin, time.monotonic())
