"""Settings from environment variables and an optional .env file (pydantic-settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

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

    def model_configured(self) -> bool:
        """A model can be reached: a key or a base URL is set."""
        return bool(self.openai_api_key or self.openai_base_url)

    def resolved_engine(self, override: str | None = None) -> Literal["rules", "llm"]:
        choice = override or self.engine
        if choice == "auto":
            return "llm" if self.model_configured() else "rules"
        return choice  # type: ignore[return-value]


def get_settings(**overrides: object) -> Settings:
    """Fresh settings from the environment, with explicit overrides on top."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
