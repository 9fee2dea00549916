"""Load test: one digest run to many workers against the fake Bot API enforcing Telegram's limits.

    python -m tests.load_alerts --workers 10000 --gigs 500 [--json]
    python -m tests.load_alerts --workers 10000 --gigs 500 --paid 300 --in-flight 32   # paid broadcasts

Reports planning throughput (workers/s), sustained delivery rate (messages/s between the first and
the last delivery the server saw), duplicates, losses and rate violations. Rerunnable: each run uses
a fresh temporary data folder. The fake server runs in a process of its own, as Telegram would: in
ours it would take its CPU from the sender it measures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from jobs.delivery import DEFAULT_MAX_IN_FLIGHT
from tests.alerts_support import open_stack, seed_gigs, seed_workers, settings_for
from tests.fakes.telegram_server import FakeTelegramServer

DAY = 86400.0


def _serve(control: Connection, global_per_second: float, paid_per_second: float) -> None:
    """Run a fake Bot API enforcing the limits until asked for its report (in a child process)."""
    server = FakeTelegramServer().start()
    server.enforce_limits(global_per_second, paid_per_second=paid_per_second)
    control.send((server.base_url, server.token))
    control.recv()
    control.send((server.stats(), server.attempt_times(), sorted(server.all_sent())))
    server.stop()


async def load_test(
    workers: int,
    gigs: int,
    *,
    global_per_second: float,
    in_flight: int,
    data_dir: Path,
    paid_per_second: float | None = None,
) -> dict[str, Any]:
    """Seed, run one digest pass, measure what the fake server saw (paid broadcasts if a rate is given)."""
    control, child_end = multiprocessing.Pipe()
    server = multiprocessing.Process(
        target=_serve, args=(child_end, global_per_second, paid_per_second or global_per_second)
    )
    server.start()
    base_url, token = control.recv()
    settings = settings_for(data_dir)
    if paid_per_second is not None:
        settings = settings.model_copy(
            update={"paid_broadcast": True, "rate_limit_paid_per_second": paid_per_second}
        )
    stack = await open_stack(settings, base_url=base_url, token=token, max_in_flight=in_flight)
    try:
        worker_ids = await seed_workers(stack, workers)
        await seed_gigs(stack, gigs)
        summary_started = time.monotonic()
        plan = await stack.alerts.plan_digests(time.time() + DAY)
        planning_seconds = time.monotonic() - summary_started
        sending_started, sending_cpu = time.monotonic(), time.process_time()
        counts = await stack.alerts.deliver()
        sending_seconds = time.monotonic() - sending_started
        sending_cpu = time.process_time() - sending_cpu
    finally:
        await stack.close()
        control.send("report")
        stats, attempts, chats = control.recv()
        server.join()
    delivered_at = sorted(attempts)
    span = delivered_at[-1] - delivered_at[0] if len(delivered_at) > 1 else 0.0
    reached = set(chats)
    return {
        "workers": workers,
        "gigs": gigs,
        "limit_per_second": paid_per_second or global_per_second,
        "paid_broadcast": paid_per_second is not None,
        "max_in_flight": in_flight,
        "planned_digests": plan.enqueued,
        "planning_seconds": round(planning_seconds, 2),
        "planning_workers_per_second": round(workers / planning_seconds, 1),
        "sent": counts.sent,
        "sending_seconds": round(sending_seconds, 2),
        # This process's CPU (every thread) per message sent: what other work on the machine does not inflate.
        "messages_per_cpu_second": round(counts.sent / sending_cpu, 1) if sending_cpu else 0.0,
        "load": round(os.getloadavg()[0], 1),
        "sustained_messages_per_second": round((len(delivered_at) - 1) / span, 2) if span else 0.0,
        "duplicates": sum(stats["duplicates"].values()),
        "lost": sum(1 for worker_id in worker_ids if worker_id not in reached),
        "violations": stats["violations_global"] + stats["violations_chat"],
        "max_in_any_second": stats["max_global_in_window"],
    }


def main() -> None:
    """Parse arguments, run the load test, print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=10_000)
    parser.add_argument("--gigs", type=int, default=500)
    parser.add_argument("--limit", type=float, default=30.0, help="global messages per second")
    parser.add_argument("--paid", type=float, help="send as paid broadcasts paced at this many per second")
    parser.add_argument(
        "--in-flight", type=int, default=DEFAULT_MAX_IN_FLIGHT, help="requests in flight at once"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = asyncio.run(
            load_test(
                args.workers,
                args.gigs,
                global_per_second=args.limit,
                in_flight=args.in_flight,
                data_dir=Path(folder),
                paid_per_second=args.paid,
            )
        )
    if args.json:
        print(json.dumps(report))
    else:
        for name, value in report.items():
            print(f"{name:32} {value}")


if __name__ == "__main__":
    main()
