"""Settings from environment variables and an optional .env file (pydantic-settings)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from rewriter.errors import SettingsError, validation_message

EngineChoice = Literal["auto", "rules", "llm"]
StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    engine: EngineChoice = Field(default="auto", validation_alias="SMARTGOAL_ENGINE")
    model: str = Field(default="gpt-4o-mini", validation_alias="SMARTGOAL_MODEL")
    temperature: float = Field(default=0.0, ge=0, le=2, validation_alias="SMARTGOAL_TEMPERATURE")
    timeout: float = Field(default=30.0, gt=0, validation_alias="SMARTGOAL_TIMEOUT")
    max_retries: int = Field(default=2, ge=0, le=10, validation_alias="SMARTGOAL_MAX_RETRIES")
    structured_method: StructuredMethod = Field(
        default="json_schema",
        validation_alias=AliasChoices("SMARTGOAL_STRUCTURED_METHOD", "SMARTGOAL_METHOD"),
    )
    cache_enabled: bool = Field(default=True, validation_alias="SMARTGOAL_CACHE")
    cache_path: Path | None = Field(default=None, validation_alias="SMARTGOAL_CACHE_PATH")
    max_goal_chars: int = Field(default=2000, ge=10, validation_alias="SMARTGOAL_MAX_GOAL_CHARS")
    # llm engine (added by the llm owner)
    max_repairs: int = Field(default=2, ge=0, le=2, validation_alias="SMARTGOAL_MAX_REPAIRS")
    concurrency: int = Field(default=4, ge=1, le=64, validation_alias="SMARTGOAL_CONCURRENCY")
    prompts_dir: Path | None = Field(default=None, validation_alias="SMARTGOAL_PROMPTS_DIR")
    # the provider's batch engine (OpenAI Batch API and compatible)
    batch_max_requests: int = Field(
        default=50_000, ge=1, validation_alias="SMARTGOAL_BATCH_MAX_REQUESTS"
    )
    batch_max_bytes: int = Field(
        default=200 * 1024 * 1024, ge=64 * 1024, validation_alias="SMARTGOAL_BATCH_MAX_BYTES"
    )
    batch_poll_seconds: float = Field(
        default=30.0, gt=0, validation_alias="SMARTGOAL_BATCH_POLL_SECONDS"
    )
    price_input: float | None = Field(default=None, ge=0, validation_alias="SMARTGOAL_PRICE_INPUT")
    price_output: float | None = Field(
        default=None, ge=0, validation_alias="SMARTGOAL_PRICE_OUTPUT"
    )
    batch_price_input: float | None = Field(
        default=None, ge=0, validation_alias="SMARTGOAL_BATCH_PRICE_INPUT"
    )
    batch_price_output: float | None = Field(
        default=None, ge=0, validation_alias="SMARTGOAL_BATCH_PRICE_OUTPUT"
    )

    def model_configured(self) -> bool:
        """A model can be reached: a key or a base URL is set."""
        return bool(self.openai_api_key or self.openai_base_url)

    def key_redirect(self) -> str | None:
        """Why the API key must not be sent: a .env in the current folder sets the base URL
        while the key came from the environment (a cloned folder could collect it).

        None when the base URL and the key come from the same place, or when
        SMARTGOAL_TRUST_DOTENV=1 says the .env is the user's own.
        """
        if not (self.openai_api_key and self.openai_base_url):
            return None
        if os.environ.get("SMARTGOAL_TRUST_DOTENV", "").strip().lower() in ("1", "true", "yes"):
            return None
        env_key, env_url = os.environ.get("OPENAI_API_KEY"), os.environ.get("OPENAI_BASE_URL")
        if not env_key or env_url or env_key != self.openai_api_key.get_secret_value():
            return None
        dotenv = _dotenv(Path(".env"))
        if dotenv.get("OPENAI_BASE_URL") != self.openai_base_url or dotenv.get("OPENAI_API_KEY"):
            return None
        return (
            f"{Path('.env').resolve()} sets OPENAI_BASE_URL={self.openai_base_url}, which would "
            "receive the OPENAI_API_KEY from your environment. Set OPENAI_BASE_URL in the "
            "environment too, put the key in that .env, or set SMARTGOAL_TRUST_DOTENV=1 if the "
            ".env is yours."
        )

    def resolved_engine(self, override: str | None = None) -> Literal["rules", "llm"]:
        choice = override or self.engine
        if choice == "auto":
            return "llm" if self.model_configured() else "rules"
        if choice == "rules":
            return "rules"
        if choice == "llm":
            return "llm"
        # a caller's misspelt engine must not quietly go to the model
        raise SettingsError(f"Unknown engine {choice!r}: choose auto, rules or llm.")


def get_settings(**overrides: Any) -> Settings:
    """Fresh settings from the environment, with explicit overrides on top.

    SettingsError (one line) for a malformed variable or an unreadable .env file.
    """
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except UnicodeDecodeError:
        raise SettingsError(
            f"{Path('.env').resolve()} is not UTF-8 text; save it as UTF-8 or remove it"
        ) from None
    except ValidationError as e:
        raise SettingsError(f"settings: {validation_message(e)}") from None
    except OSError as e:
        raise SettingsError(f"cannot read the settings file .env ({e.strerror or e})") from None


def _dotenv(path: Path) -> dict[str, str | None]:
    if not path.is_file():
        return {}
    try:
        from dotenv import dotenv_values

        return dict(dotenv_values(path))
    except (OSError, ValueError):
        return {}
