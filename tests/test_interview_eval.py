"""`gigmatch eval interview`: a simulated worker answers the bot's questions in their own words."""

from __future__ import annotations

import json
from pathlib import Path

from bot.evaluation import run_interview_eval


async def test_a_worker_who_leaves_out_place_and_pay_is_asked_and_their_answers_are_kept(
    tmp_path: Path,
) -> None:
    worker = {
        "id": "w1",
        "text": "main electrician hu, 6 saal ka kaam",
        "answers": {
            "skills": "wiring",
            "place": "Nagpur, Sitabuldi",
            "pay": "800 per din",
            "days": "sab din",
        },
        "expect": {"trade": "electrician", "city": "Nagpur", "pay": {"amount": 800, "unit": "day"}},
    }
    workers = tmp_path / "workers.jsonl"
    workers.write_text(json.dumps(worker) + "\n", encoding="utf-8")

    result = await run_interview_eval(workers)

    assert result["workers"] == 1
    # The message, an answer to each question asked (place and pay, together or one at a time), the tap.
    assert 3 <= result["turns"]["w1"] <= 4
    assert result["right"] == {"saved": 1.0, "trade": 1.0, "city": 1.0, "pay": 1.0}
