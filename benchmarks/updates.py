"""Load benchmark: the real `gigmatch run` under many concurrent users over the fake Bot API.

    python -m benchmarks.updates --updates 10000 --users 300 --rate 60 [--unique] [--json out.json]

Starts the fake Bot API (tests/fakes/) in this process and `gigmatch run` (long polling, its defaults: Chroma
a server of its own, `--env GIGMATCH_CHROMA_SERVER=embedded` for Chroma in the bot's process; no keys) as a
child process against it, then feeds updates at `--rate` per second (0: as fast as the bot answers)
from `--users` simulated people: new workers' first messages in many languages and scripts, interview answers,
the bot's own buttons (and stale or forged ones), employers' posts and Publish, commands, edits, group
messages, stickers, photos, locations and contacts. Each person has at most one update waiting at a time and
waits a moment after the bot's last message before the next (so each reply belongs to one update); different
people overlap freely. Measured: updates answered per second, reply latency (the update handed out by
getUpdates -> the first sendMessage or editMessageText to that chat reaching the server) median/p95/p99,
tracebacks and ERROR records in the bot's log, updates with no answer within `--silent-after` seconds.

Workers' first messages and employers' posts come from small fixed pools, so half of what the encoder reads
recurs within a run; `--unique` sends each such text at most once, drawn from every open labelled set in the
repo and the dev bench (interview answers and chatter still recur, as they do in real use).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.fakes.telegram_server import FakeTelegramServer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV = ROOT.parent / "shared" / "bench" / "dev"
ADMIN_ID = 999
REPLY_METHODS = frozenset({"sendMessage", "editMessageText"})
COMMANDS = ["start", "profile", "matches", "applications", "post", "mygigs", "alerts", "help", "language"]
RARE_COMMANDS = ["stop", "delete", "review", "cancel", "nonsense", "matches 99999", "start@gigmatch_test_bot"]
CHATTER = [
    "hi",
    "namaste",
    "ok",
    "haan",
    "skip",
    "moved to Thane",
    "help",
    "wapas",
    "ruko",
    "👍",
    "kitna milega?",
]
HOSTILE = [
    "₹₹₹ 𐹦𐹧 ① ² ٣ ৪ 🚀",
    "<script>alert(1)</script> http://x.example",
    "a" * 4500,
    "\u202e\u200b\x00 x",
]
FORGED = [
    "int:99999999",
    "sl:1:2",
    "inv:1:1000",
    "gig:publish",
    "zzz",
    "send:-1",
    "lang:xx",
    "alerts:time:25",
]
LANGUAGES = ["en", "en", "hi", "hi", "ta", "bn", "mr", "te", None]


def _texts() -> tuple[list[str], list[str], list[str]]:
    """Return workers' first messages, employers' posts and interview answers from the repo's data."""
    workers, posts, answers = [], [], []
    for line in (DATA / "interview_fresh1.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        workers.append(row["text"])
        answers.extend(str(value) for value in row.get("answers", {}).values())
    for line in (DATA / "intent_fresh2.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        (posts if row["label"] == "gig" else workers).append(row["text"])
    if (DEV / "gigs.jsonl").is_file():
        posts.extend(json.loads(line)["text"] for line in (DEV / "gigs.jsonl").read_text().splitlines())
    return workers, posts, answers


def _unique_texts(rng: random.Random) -> dict[str, list[str]]:
    """Return every distinct worker's and employer's text of the open data sets, shuffled, by side."""
    files = [*DATA.glob("*.jsonl"), *DATA.glob("matching_fresh*/*.jsonl"), *DEV.glob("*.jsonl")]
    sides: dict[str, dict[str, None]] = {"worker": {}, "post": {}}
    for path in sorted(files):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            written = "worker" if path.stem.startswith("interview") else path.stem.removesuffix("s")
            side = row.get("label") or row.get("kind") or written
            if row.get("scam") is False or side == "gig":
                side = "post"
            if isinstance(row.get("text"), str) and side in sides:
                sides[side][row["text"]] = None
    shuffled = {side: list(texts) for side, texts in sides.items()}
    for texts in shuffled.values():
        rng.shuffle(texts)
    return shuffled


class TimedServer(FakeTelegramServer):
    """The fake Bot API, stamping when each update is handed out and when each chat is answered."""

    def __init__(self) -> None:
        super().__init__()
        self.delivered: dict[int, float] = {}
        self.on_reply: Any = None
        self.polls = 0

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        updates = super()._get_updates(params)
        now = time.monotonic()
        with self._lock:
            self.polls += 1
            for update in updates:
                self.delivered.setdefault(update["update_id"], now)
        return updates

    def handle(self, method: str, params: dict[str, Any]) -> Any:
        if method in REPLY_METHODS and self.on_reply is not None:
            self.on_reply(int(params["chat_id"]), time.monotonic())
        return super().handle(method, params)


@dataclass
class Person:
    """One simulated user: who they are, what they are waiting for, the buttons they have seen."""

    id: int
    role: str
    language: str | None
    waiting: int | None = None  # update id
    kind: str = ""
    answered_at: float = 0.0
    last_message_at: float = 0.0
    done: asyncio.Event = field(default_factory=asyncio.Event)
    seen_buttons: set[tuple[str, int]] = field(default_factory=set)
    texts_sent: list[int] = field(default_factory=list)
    turns: int = 0


@dataclass
class Results:
    """What the run saw, per update."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    unanswered: dict[str, int] = field(default_factory=dict)
    pushed: int = 0
    samples: list[tuple[float, str, float | None]] = field(default_factory=list)  # (delivered, kind, s)
    first_delivery: float = 0.0
    last_answer: float = 0.0

    def add(self, kind: str, latency: float | None, delivered: float | None = None) -> None:
        """Record one update's outcome."""
        self.samples.append((delivered or 0.0, kind, latency))
        if latency is None:
            self.unanswered[kind] = self.unanswered.get(kind, 0) + 1
        else:
            self.latencies.setdefault(kind, []).append(latency)


class Load:
    """Drive many people at once against the bot, each one update at a time."""

    def __init__(self, server: TimedServer, args: argparse.Namespace) -> None:
        self.server = server
        self.args = args
        self.rng = random.Random(args.seed)
        self.workers, self.posts, self.answers = _texts()
        # --unique: each first message and post is sent once; past the last, the fixed pools again (counted)
        self.fresh = _unique_texts(random.Random(args.seed)) if args.unique else {}
        self.repeated = 0
        self.people = [
            Person(
                10_000 + n,
                self.rng.choice(["worker"] * 6 + ["employer"] * 3 + ["fuzzer"]),
                self.rng.choice(LANGUAGES),
            )
            for n in range(args.users)
        ]
        self.by_chat = {person.id: person for person in self.people}
        self.by_chat.update({-person.id: person for person in self.people})  # each one's group
        self.results = Results()
        self.loop = asyncio.get_running_loop()
        self.next_slot = time.monotonic()
        self.remaining = args.updates
        self.lock = threading.Lock()

    def reply_arrived(self, chat_id: int, at: float) -> None:
        """Called on the server's thread: hand the stamp to the event loop."""
        self.loop.call_soon_threadsafe(self._on_reply, chat_id, at)

    def _on_reply(self, chat_id: int, at: float) -> None:
        person = self.by_chat.get(chat_id)
        if person is None:
            return
        person.last_message_at = at
        if person.waiting is None or person.done.is_set():
            return  # news from someone else's turn
        delivered = self.server.delivered.get(person.waiting)
        if delivered is None or at < delivered:
            return
        person.answered_at = at
        person.done.set()

    async def _slot(self) -> bool:
        """Wait for the next send slot at the offered rate; False when every update has been sent."""
        if self.remaining <= 0:
            return False
        self.remaining -= 1
        if self.args.rate > 0:
            self.next_slot = max(self.next_slot + 1.0 / self.args.rate, time.monotonic())
            await asyncio.sleep(self.next_slot - time.monotonic())
        return True

    async def person(self, person: Person) -> None:
        """Send this person's updates one at a time until the run's updates are used up."""
        # People arrive over the first --ramp seconds, as after a link is shared, not all in one instant.
        await asyncio.sleep(self.rng.uniform(0, self.args.ramp))
        while await self._slot():
            person.done.clear()
            person.kind, person.waiting = self._push(person)
            self.results.pushed += 1
            try:
                await asyncio.wait_for(person.done.wait(), self.args.silent_after)
            except TimeoutError:
                self.results.add(person.kind, None, self.server.delivered.get(person.waiting))
            else:
                delivered = self.server.delivered[person.waiting]
                self.results.add(person.kind, person.answered_at - delivered, delivered)
                self.results.last_answer = max(self.results.last_answer, person.answered_at)
                if not self.results.first_delivery or delivered < self.results.first_delivery:
                    self.results.first_delivery = delivered
            person.waiting = None
            person.turns += 1
            # A reply belongs to the turn before it: wait until the turn's messages stop, as a reader does.
            while time.monotonic() - person.last_message_at < self.args.settle:
                await asyncio.sleep(self.args.settle)

    def _push(self, person: Person) -> tuple[str, int]:
        """Push this person's next update; return its kind and update id."""
        server, rng, user = self.server, self.rng, person.id
        language = person.language or "en"
        if person.turns == 0:
            if person.role == "employer":
                return "post", self._text(person, self._draw("post", self.posts))
            if person.role == "worker" and rng.random() < 0.7:
                return "first message", self._text(person, self._draw("worker", self.workers))
            return "command", server.push_command(user, "start", language_code=language)
        inbox = server.sent_to(user)
        for message in inbox:
            person.seen_buttons.update((data, message["message_id"]) for data in message["buttons"])
        latest = inbox[-1] if inbox else None
        roll = rng.random()
        if roll < 0.5 and latest and latest["buttons"]:
            data = rng.choice(latest["buttons"])
            return "button", server.push_callback(user, data, latest["message_id"], language_code=language)
        if roll < 0.5:
            roll = 0.7  # nothing to press: they type their answer instead
        if 0.5 <= roll < 0.55 and person.seen_buttons:
            data, message_id = rng.choice(sorted(person.seen_buttons))
            return "stale button", server.push_callback(user, data, message_id, language_code=language)
        if latest and 0.55 <= roll < 0.58 + (0.1 if person.role == "fuzzer" else 0):
            forged = rng.choice(FORGED)
            return "forged button", server.push_callback(
                user, forged, latest["message_id"], language_code=language
            )
        if roll < 0.72:
            pool = {"worker": self.answers, "employer": self.posts}.get(person.role, HOSTILE)
            text = rng.choice(pool + CHATTER)
            if person.role == "employer" and text not in CHATTER:
                text = self._draw("post", [text])
            return "answer" if person.role == "worker" else "text", self._text(person, text)
        if roll < 0.82:
            command, _, args = rng.choice(
                COMMANDS + RARE_COMMANDS[: 1 + (person.role == "fuzzer") * 6]
            ).partition(" ")
            return "command", server.push_command(user, command, args, language_code=language)
        if roll < 0.86 and person.texts_sent:
            return "edit", server.push_edited_text(user, rng.choice(person.texts_sent), rng.choice(CHATTER))
        if roll < 0.90:
            return "group", server.push_group_text(user, -user, rng.choice(CHATTER), language_code=language)
        if roll < 0.93:
            return "sticker", server.push_sticker(user, language_code=language)
        if roll < 0.95:
            return "photo", server.push_photo(user, rng.choice([None, "my work"]), language_code=language)
        if roll < 0.98:
            lat, lon = rng.uniform(8, 30), rng.uniform(70, 88)
            return "location", server.push_location(user, lat, lon, language_code=language)
        return "contact", server.push_contact(
            user, f"+91 9{rng.randrange(10**8, 10**9)}", language_code=language
        )

    def _draw(self, side: str, pool: list[str]) -> str:
        """Return a text of this side never sent before (--unique), else one from the fixed pool."""
        if self.fresh.get(side):
            return self.fresh[side].pop()
        self.repeated += bool(self.fresh)
        return self.rng.choice(pool)

    def _text(self, person: Person, text: str) -> int:
        update_id = self.server.push_text(
            person.id, text, language_code=person.language or "en", username=f"user{person.id}"
        )
        person.texts_sent.append(update_id)
        return update_id


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def _cpu_seconds(pid: int, thread: int | None = None) -> float:
    """Return the CPU time a process (or one of its threads) has used so far (Linux)."""
    path = Path(f"/proc/{pid}/stat") if thread is None else Path(f"/proc/{pid}/task/{thread}/stat")
    fields = path.read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _threads_cpu(pid: int) -> dict[str, float]:
    """Return the CPU seconds of a process's threads, summed by thread name (Linux)."""
    seconds: Counter[str] = Counter()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = "event loop" if task.name == str(pid) else (task / "comm").read_text().strip()
            seconds[name] += _cpu_seconds(pid, int(task.name))
        except (FileNotFoundError, ProcessLookupError):
            continue  # the thread ended meanwhile
    return dict(seconds)


def _peak_memory_mb(pid: int) -> float:
    """Return the most memory a process has held resident so far, in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _children(pid: int) -> list[int]:
    """Return the ids of a process's child processes (Linux): the managed Chroma server's, if it runs."""
    children: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue  # the thread ended meanwhile
    return children


def _failures(log: str) -> dict[str, int]:
    return {
        "tracebacks": log.count("Traceback (most recent call last)"),
        "error_records": sum(1 for line in log.splitlines() if " ERROR " in line),
    }


def _start_bot(
    server: TimedServer, data_dir: Path, log_path: Path, args: argparse.Namespace
) -> subprocess.Popen[bytes]:
    """Start `gigmatch run` against the fake server, with no key of any kind in its environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OPENAI", "GIGMATCH", "TELEGRAM"))
    }
    env.update(
        TELEGRAM_BOT_TOKEN=server.token,
        TELEGRAM_API_BASE_URL=server.base_url,
        GIGMATCH_DATA_DIR=str(data_dir),
        GIGMATCH_ADMIN_IDS=f"[{ADMIN_ID}]",
        GIGMATCH_LOG_LEVEL="INFO",
    )
    env.update(item.split("=", 1) for item in args.env)
    env["PYTHONPATH"] = str(ROOT)
    run = "main(['run'])"
    if args.profile:
        # The event loop's thread only: what holds up every user's turn.
        run = f"import cProfile; cProfile.run({run!r}, {str(args.profile)!r})"
    command = [sys.executable, "-c", f"from bot.cli import main; {run}"]
    log = log_path.open("wb")
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)


async def run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Run the benchmark once; return its figures."""
    server = TimedServer().start()
    log_path = folder / "bot.log"
    bot = _start_bot(server, folder / "data", log_path, args)
    try:
        started = time.monotonic()
        while server.polls == 0:
            if bot.poll() is not None:
                raise SystemExit(f"gigmatch run exited: {log_path.read_text()[-2000:]}")
            await asyncio.sleep(0.1)
        startup = time.monotonic() - started
        load = Load(server, args)
        server.on_reply = load.reply_arrived
        load_started, cpu_before = time.monotonic(), _cpu_seconds(bot.pid)
        loop_before = _cpu_seconds(bot.pid, bot.pid)  # the main thread runs the event loop
        children = _children(bot.pid)
        children_before = sum(map(_cpu_seconds, children))
        await asyncio.gather(*(load.person(person) for person in load.people))
        wall = time.monotonic() - load_started
        bot_cpu = _cpu_seconds(bot.pid) - cpu_before
        loop_cpu = _cpu_seconds(bot.pid, bot.pid) - loop_before
        children_cpu = sum(map(_cpu_seconds, children)) - children_before
        threads = _threads_cpu(bot.pid)
        peak_memory = _peak_memory_mb(bot.pid)
        children_memory = sum(map(_peak_memory_mb, children))
    finally:
        bot.send_signal(signal.SIGINT)
        try:
            bot.wait(timeout=30)
        except subprocess.TimeoutExpired:
            bot.kill()
        server.stop()
    results = load.results
    every = [value for values in results.latencies.values() for value in values]
    answered = len(every)
    span = results.last_answer - results.first_delivery
    by_kind = {
        kind: {
            "n": len(values) + results.unanswered.get(kind, 0),
            "p50_ms": round(1000 * statistics.median(values)),
            "p95_ms": round(1000 * _percentile(values, 0.95)),
        }
        for kind, values in sorted(results.latencies.items())
    }
    return {
        "updates": results.pushed,
        "users": args.users,
        "offered_rate": args.rate,
        "answered": answered,
        "unanswered": sum(results.unanswered.values()),
        "unanswered_by_kind": results.unanswered,
        **_failures(log_path.read_text(encoding="utf-8", errors="replace")),
        "updates_per_second": round(answered / span, 1) if span > 0 else 0.0,
        "wall_seconds": round(wall, 1),
        # Load-independent: what the bot's process spent per update, on every core, whatever else ran.
        "bot_cpu_ms_per_update": round(1000 * bot_cpu / max(1, results.pushed), 2),
        # Of which the event loop's thread: every user's turn waits behind this one thread.
        "loop_cpu_ms_per_update": round(1000 * loop_cpu / max(1, results.pushed), 2),
        # The bot's child processes (the managed Chroma server), on top of the bot's own.
        "child_processes": len(children),
        "child_cpu_ms_per_update": round(1000 * children_cpu / max(1, results.pushed), 2),
        "child_peak_rss_mb": children_memory,
        "thread_cpu_seconds_since_start": {name: round(value, 1) for name, value in threads.items()},
        "startup_seconds": round(startup, 1),
        "bot_peak_rss_mb": peak_memory,
        "p50_ms": round(1000 * statistics.median(every)) if every else None,
        "p95_ms": round(1000 * _percentile(every, 0.95)),
        "p99_ms": round(1000 * _percentile(every, 0.99)),
        "max_ms": round(1000 * max(every, default=0.0)),
        "by_kind": by_kind,
        "bot_api_calls": dict(Counter(method for method, _ in server.calls).most_common()),
        "load_average": os.getloadavg(),
        # (seconds since the first update was handed out, kind, reply ms): how latency moved during the run
        "samples": [
            (round(at - results.first_delivery, 3), kind, None if latency is None else round(1000 * latency))
            for at, kind, latency in results.samples
        ],
        "env": args.env,
        "unique": args.unique,
        # --unique: first messages and posts sent again once every distinct one had been sent
        "texts_repeated": load.repeated,
    }


def _print(result: dict[str, Any]) -> None:
    print(f"{'kind':<16}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}")
    for kind, row in result["by_kind"].items():
        print(f"{kind:<16}{row['n']:>7}{row['p50_ms']:>9}{row['p95_ms']:>9}")
    print()
    for key in (
        *("updates", "answered", "unanswered", "tracebacks", "error_records", "updates_per_second"),
        *("p50_ms", "p95_ms", "p99_ms", "max_ms", "bot_cpu_ms_per_update", "loop_cpu_ms_per_update"),
        *("child_processes", "child_cpu_ms_per_update", "wall_seconds", "startup_seconds"),
        *("bot_peak_rss_mb", "child_peak_rss_mb", "load_average", "unique", "texts_repeated"),
    ):
        print(f"{key:<20}{result[key]}")


def main() -> None:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--rate", type=float, default=60.0, help="updates offered per second (0: no pacing)")
    parser.add_argument(
        "--settle", type=float, default=0.4, help="a person's pause after the bot's last word"
    )
    parser.add_argument(
        "--silent-after", type=float, default=30.0, help="seconds after which an update is unanswered"
    )
    parser.add_argument("--ramp", type=float, default=30.0, help="seconds over which the people arrive")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--unique", action="store_true", help="send each first message and post at most once (see above)"
    )
    parser.add_argument(
        "--env", action="append", default=[], help="NAME=VALUE for the bot, e.g. GIGMATCH_RATE_GLOBAL=1000"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--profile", type=Path, help="cProfile the bot's event loop thread into this file")
    parser.add_argument(
        "--keep-log", type=Path, help="copy the bot's log here (and the Chroma server's beside it)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = asyncio.run(run(args, Path(folder)))
        if args.keep_log:
            args.keep_log.write_bytes((Path(folder) / "bot.log").read_bytes())
            server_log = Path(folder) / "data" / "chroma-server.log"
            if server_log.is_file():
                args.keep_log.with_suffix(".chroma.log").write_bytes(server_log.read_bytes())
    _print(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
