"""Run one alerts pass in its own process (the crash test kills it with SIGKILL mid-run).

    python -m tests.alerts_process DATA_DIR BASE_URL TOKEN NOW
prints the run's summary as JSON on stdout.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import sys
from pathlib import Path

from tests.alerts_support import open_stack, settings_for


async def main(data_dir: Path, base_url: str, token: str, now: float) -> None:
    """Open the stack on the data folder, run alerts once (default in-flight setting), print the summary."""
    settings = settings_for(data_dir)
    stack = await open_stack(
        settings, base_url=base_url, token=token, max_in_flight=settings.alerts_in_flight
    )
    try:
        summary = await stack.alerts.run(now=now)
    finally:
        await stack.close()
    print(json.dumps(dataclasses.asdict(summary)), flush=True)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])))
