"""The one SQLite connection of a process: WAL, migrations, and serialised access for the repositories."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)

# Ids per `IN (...)` query, well under SQLite's variable limit.
IN_CHUNK = 500


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    """Yield the ids in lists short enough for one `IN (...)` query each."""
    ids = list(ids)
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


def marks(values: list[object] | list[int] | list[str]) -> str:
    """Return the `?, ?, ...` placeholders for an `IN (...)` list."""
    return ",".join("?" * len(values))


def _migrations() -> list[tuple[int, str]]:
    """Return the numbered migration scripts in order."""
    folder = resources.files("core.migrations")
    scripts = [
        (int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(scripts)


class Database:
    """One aiosqlite connection with WAL, foreign keys and a busy timeout, shared by every coroutine.

    Every statement takes the connection's lock, so a read never sees another coroutine's transaction
    half done (on one connection it would see the uncommitted rows). Only core's repositories call the
    `_fetch_*`, `_write` and `_transaction` helpers: SQL lives in core.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task[object] | None = None  # the task inside `_transaction`, if any

    async def initialize(self) -> None:
        """Open the database and bring its schema up to date."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = await aiosqlite.connect(self.path, isolation_level=None)
        self._db.row_factory = aiosqlite.Row
        await self._db.execute("PRAGMA journal_mode=WAL")
        await self._db.execute("PRAGMA synchronous=NORMAL")
        await self._db.execute("PRAGMA foreign_keys=ON")
        await self._db.execute("PRAGMA busy_timeout=5000")
        await self._migrate()

    async def shutdown(self) -> None:
        """Close the connection."""
        if self._db is not None:
            await self._db.close()
            self._db = None

    @property
    def _connection(self) -> aiosqlite.Connection:
        if self._db is None:
            raise RuntimeError("Store.initialize() has not been awaited")
        return self._db

    async def _migrate(self) -> None:
        current_row = await self._fetch_one("PRAGMA user_version")
        current = int(current_row[0]) if current_row else 0
        for number, script in _migrations():
            if number <= current:
                continue
            async with self._transaction() as db:
                for statement in _split_sql(script):
                    await db.execute(statement)
                await db.execute(f"PRAGMA user_version = {number}")
            log.info("applied migration %04d", number)

    @asynccontextmanager
    async def _serialised(self) -> AsyncIterator[aiosqlite.Connection]:
        """Hold the connection for one statement, unless this task already holds it in a transaction."""
        if self._holder is not None and self._holder is asyncio.current_task():
            yield self._connection
            return
        async with self._lock:
            yield self._connection

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run the enclosed statements atomically, with the connection to this task alone."""
        async with self._lock:
            db = self._connection
            self._holder = asyncio.current_task()
            try:
                await db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    await db.execute("ROLLBACK")
                    raise
                await db.execute("COMMIT")
            finally:
                self._holder = None

    async def _write(self, sql: str, params: Iterable[object] = ()) -> None:
        """Run one write statement on its own (atomic by itself, one trip to the connection's thread)."""
        async with self._serialised() as db:
            await db.execute_fetchall(sql, tuple(params))

    async def _fetch_all(self, sql: str, params: Iterable[object] = ()) -> list[aiosqlite.Row]:
        """Return every row of a query, in one trip to the connection's thread."""
        # A cursor would cost three trips (execute, fetch, close), each a wake-up of two threads.
        async with self._serialised() as db:
            return list(await db.execute_fetchall(sql, tuple(params)))

    async def _fetch_one(self, sql: str, params: Iterable[object] = ()) -> aiosqlite.Row | None:
        """Return the first row of a query (every caller's query has at most one), if any."""
        rows = await self._fetch_all(sql, params)
        return rows[0] if rows else None


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (our migrations contain no semicolons inside literals)."""
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
