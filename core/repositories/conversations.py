"""Conversations: where each user is in a dialogue, so it survives restarts."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from core.db import Database


@dataclass(frozen=True)
class Conversation:
    state: str
    data: dict[str, object]


class ConversationRepository(Database):
    """The `conversations` table."""

    async def get_conversation(self, user_id: int) -> Conversation | None:
        """Return where the user is in a dialogue, surviving restarts."""
        row = await self._fetch_one("SELECT state, data FROM conversations WHERE user_id = ?", (user_id,))
        if row is None:
            return None
        return Conversation(state=row["state"], data=json.loads(row["data"]))

    async def save_conversation(self, user_id: int, state: str, data: dict[str, object]) -> None:
        """Persist the dialogue state before the reply goes out."""
        await self._write(
            """INSERT INTO conversations (user_id, state, data, updated_at) VALUES (?, ?, ?, ?)
               ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, data = excluded.data,
                   updated_at = excluded.updated_at""",
            (user_id, state, json.dumps(data, ensure_ascii=False), time.time()),
        )
