"""`gigmatch run | chat | eval | bench | stats | alerts | reindex`."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
from pathlib import Path
from urllib.parse import urlsplit

from core.logs import configure_logging
from core.settings import Settings

DEV_BENCH = Path("../shared/bench/dev")


def _populations(value: str) -> tuple[int, ...]:
    """Parse "10000,100000" into worker populations."""
    return tuple(int(part) for part in value.split(",") if part.strip())


def _webhook_url(value: str) -> str:
    """Accept an absolute http(s) URL for the webhook."""
    url = urlsplit(value)
    if url.scheme not in ("https", "http") or not url.hostname:
        raise argparse.ArgumentTypeError(f"{value!r} is not a URL like https://bot.example.com/telegram")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gigmatch", description="A Telegram bot that gets gig workers paid work."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("run", help="serve the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    serve.add_argument(
        "--webhook",
        metavar="URL",
        type=_webhook_url,
        help="receive updates on this public https URL instead of long polling",
    )
    commands.add_parser("chat", help="talk to the bot in this terminal (no token, no key)")
    commands.add_parser("reindex", help="rebuild the Chroma index from SQLite")

    evaluate = commands.add_parser("eval", help="measure understanding or matching").add_subparsers(
        dest="what", required=True
    )
    extraction = evaluate.add_parser("extraction", help="per-field accuracy of understanding")
    extraction.add_argument("--cases", type=Path, default=DEV_BENCH / "extract.jsonl")
    extraction.add_argument("--json", action="store_true")
    extraction.add_argument("--runs", type=Path, help="write each case's full reading as one JSON line")
    extraction.add_argument("--misses", action="store_true", help="print every field the reading got wrong")
    matching = evaluate.add_parser("matching", help="nDCG@10, Recall@10, MRR@10, P@5 against baselines")
    matching.add_argument("--gigs", type=Path, default=DEV_BENCH / "gigs.jsonl")
    matching.add_argument("--workers", type=Path, default=DEV_BENCH / "workers.jsonl")
    matching.add_argument("--qrels", type=Path, default=DEV_BENCH / "qrels.tsv")
    matching.add_argument("--runs", type=Path, help="write the system's ranking in TREC run format")
    matching.add_argument("--json", action="store_true")

    screening = evaluate.add_parser("screening", help="scams and honest posts held, screened as posted gigs")
    screening.add_argument("--cases", type=Path, required=True, help='JSONL of {"id","text"[,"scam"]}')
    screening.add_argument("--runs", type=Path, help="write <id>, held|published, reason codes per case")
    screening.add_argument("--json", action="store_true")

    interview = evaluate.add_parser("interview", help="turns each worker needs to a confirmed profile")
    interview.add_argument("--workers", type=Path, default=DEV_BENCH / "workers.jsonl")
    interview.add_argument("--json", action="store_true")

    bench = commands.add_parser("bench", help="ingest rate, match latency, digest throughput, memory")
    bench.add_argument("--gigs", type=int, default=100_000)
    bench.add_argument("--workers", type=int, default=50, help="workers whose matches are timed")
    bench.add_argument(
        "--digest-populations",
        type=_populations,
        default=(10_000, 100_000, 1_000_000),
        help="worker populations for the digest run, comma-separated",
    )
    bench.add_argument("--digest-sample", type=int, default=2000, help="due workers planned per run")
    bench.add_argument("--digest-rounds", type=int, default=3, help="timed rounds per row (medians)")
    bench.add_argument("--no-digest", action="store_true", help="skip the digest run")
    bench.add_argument("--json", action="store_true")

    stats = commands.add_parser(
        "stats", help="posts, applications, shortlists, hires and paid confirmations per day and trade"
    )
    stats.add_argument("--since", help="count from this day on (YYYY-MM-DD, in GIGMATCH_TIMEZONE)")
    stats.add_argument("--json", action="store_true")

    alerts = commands.add_parser("alerts", help="nightly digests").add_subparsers(
        dest="action", required=True
    )
    alerts_run = alerts.add_parser("run", help="run one alerts pass now and print a summary")
    alerts_run.add_argument("--dry-run", action="store_true", help="plan and print, send nothing")
    return parser


async def _reindex(settings: Settings) -> tuple[int, int]:
    """Rebuild the Chroma index from SQLite, the source of truth."""
    from app.services import Services
    from bot.digest import render_digest

    async with Services.running(settings, renderer=render_digest) as services:
        return await services.index.rebuild(services.store)


def main(argv: list[str] | None = None) -> int:
    """Run one gigmatch command."""
    args = _parser().parse_args(argv)
    settings = Settings()
    secrets = (settings.telegram_bot_token, settings.openai_api_key)
    configure_logging(settings.log_level, [secret.get_secret_value() for secret in secrets if secret])
    if args.command == "run":
        from bot.app import run

        # The long-running bot keeps Chroma in a process of its own unless told otherwise.
        run(
            settings.model_copy(update={"chroma_server": settings.chroma_server or "managed"}),
            webhook_url=args.webhook,
        )
    elif args.command == "chat":
        from bot.terminal import chat

        logging.getLogger().setLevel(logging.WARNING)
        asyncio.run(chat(settings))
    elif args.command == "reindex":
        gigs, profiles = asyncio.run(_reindex(settings))
        print(f"reindexed {gigs} open gigs and {profiles} profiles from SQLite")
    elif args.command == "eval" and args.what == "extraction":
        from understanding.evaluation import print_extraction_report, print_misses, score_cases

        result, misses = score_cases(args.cases, args.runs)
        print(json.dumps(result)) if args.json else print_extraction_report(result)
        if args.misses:
            print_misses(misses)
    elif args.command == "eval" and args.what == "screening":
        from understanding.screening_eval import print_screening_report, run_screening_eval, write_runs

        if not args.cases.is_file():
            print(f"no such cases file: {args.cases}")
            return 2
        try:
            result, verdicts = asyncio.run(run_screening_eval(args.cases, settings))
        except (ValueError, KeyError) as error:
            print(f'{args.cases} is not JSONL of {{"id", "text"}} objects: {error}')
            return 2
        if args.runs:
            write_runs(args.runs, verdicts)
        print(json.dumps(result, ensure_ascii=False)) if args.json else print_screening_report(result)
    elif args.command == "eval" and args.what == "interview":
        from bot.evaluation import print_interview_report, run_interview_eval

        outcome = asyncio.run(run_interview_eval(args.workers))
        print(json.dumps(outcome)) if args.json else print_interview_report(outcome)
    elif args.command == "eval":
        from app.evaluation import run_matching_eval

        return run_matching_eval(
            args.gigs, args.workers, args.qrels, settings=settings, as_json=args.json, runs=args.runs
        )
    elif args.command == "bench":
        from app.digest_bench import run_bench
        from bot.digest import render_digest

        return run_bench(
            settings,
            renderer=render_digest,
            gigs=args.gigs,
            workers=args.workers,
            digest_populations=() if args.no_digest else args.digest_populations,
            digest_sample=args.digest_sample,
            digest_rounds=args.digest_rounds,
            as_json=args.json,
        )
    elif args.command == "stats":
        from bot.stats import run_stats

        return asyncio.run(run_stats(settings, as_json=args.json, since_day=args.since))
    elif args.command == "alerts":
        from bot.alerts import run_alerts_now

        return asyncio.run(run_alerts_now(settings, dry_run=args.dry_run))
    return 0
