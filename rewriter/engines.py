"""The engine registry: which engines exist, which need a model, their labels (data/engines.yaml)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated, Literal, cast, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, model_validator

# The names as types, for the report's JSON schema and for mypy; the data file must agree.
EngineName = Literal["rules", "llm"]
EngineChoice = Literal["auto", "rules", "llm"]
AUTO: Literal["auto"] = "auto"

_Text = Annotated[StrictStr, Field(min_length=1)]


class Label(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: _Text
    vi: _Text


class Engine(BaseModel):
    """One engine: its name, whether it calls a language model, its label on the page."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: EngineName
    needs_model: StrictBool
    label: Label


class _Auto(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: Label


class Provider(BaseModel):
    """A server the model engine can talk to: None is OpenAI's own."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: _Text | None


class EnginesFile(BaseModel):
    """data/engines.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    auto: _Auto
    engines: list[Engine]
    needs_model: _Text
    providers: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")], Provider]

    @model_validator(mode="after")
    def _consistent(self) -> EnginesFile:
        names = [e.name for e in self.engines]
        if sorted(names) != sorted(get_args(EngineName)):
            raise ValueError(f"engines {names} differ from EngineName {get_args(EngineName)}")
        if not any(e.needs_model for e in self.engines) or all(e.needs_model for e in self.engines):
            raise ValueError("'auto' needs one engine with a model and one without")
        try:
            self.needs_model.format(engine="x", offline="y")
        except (KeyError, IndexError, ValueError) as err:
            raise ValueError(
                f"needs_model: only {{engine}} and {{offline}} may be filled: {err}"
            ) from None
        return self


@cache
def registry() -> EnginesFile:
    """The validated data file (read once)."""
    text = resources.files("rewriter.data").joinpath("engines.yaml").read_text("utf-8")
    return EnginesFile.model_validate(yaml.safe_load(text))


def engine(name: str) -> Engine:
    """The engine called `name`; KeyError for an unknown name."""
    for e in registry().engines:
        if e.name == name:
            return e
    raise KeyError(name)


def names() -> tuple[EngineName, ...]:
    """Every engine, in the data file's order."""
    return tuple(e.name for e in registry().engines)


def choices() -> tuple[EngineChoice, ...]:
    """What a user may choose: "auto", then every engine."""
    return (AUTO, *names())


def needs_model(name: str) -> bool:
    return engine(name).needs_model


def offline() -> EngineName:
    """The first engine that needs no model: what "auto" picks when none is configured."""
    return next(e.name for e in registry().engines if not e.needs_model)


def with_model() -> EngineName:
    """The first engine that calls a model: what "auto" picks when one is configured."""
    return next(e.name for e in registry().engines if e.needs_model)


def resolve(choice: str | None, model_configured: bool) -> EngineName:
    """The engine a choice means ("auto" or None: a model's engine when one is configured)."""
    if choice in (None, AUTO):
        return with_model() if model_configured else offline()
    return engine(choice).name


def label(choice: str, lang: str) -> str:
    """A choice's name on the page, in the UI language (English for an unknown language)."""
    text = registry().auto.label if choice == AUTO else engine(choice).label
    return text.vi if lang == "vi" else text.en


def no_model_message(name: str | None = None) -> str:
    """The one message for an engine that needs a model when none is configured."""
    return registry().needs_model.format(engine=name or with_model(), offline=offline())


def choice_error(value: str | None, option: str = "--engine") -> str | None:
    """Why `value` is not an engine choice (None when it is, or when it is not given)."""
    if value is None or value in choices():
        return None
    return f"{option} must be one of {', '.join(choices())}, not {value!r}"


def split_model(model: str) -> tuple[str | None, str]:
    """A `provider:model` string as (provider, model); (None, model) when no known provider
    leads it ("qwen2.5:7b" is Ollama's name for a model, not a provider)."""
    head, sep, rest = model.partition(":")
    if sep and rest and head.strip().lower() in registry().providers:
        return head.strip().lower(), rest.strip()
    return None, model


def provider_base_url(provider: str) -> str | None:
    """The provider's OpenAI-compatible address (None: OpenAI's own)."""
    return registry().providers[provider].base_url


def as_choice(value: str | None) -> EngineChoice | None:
    """`value` as an engine choice (None stays None); ValueError in choice_error's words."""
    if value is None:
        return None
    for choice in get_args(EngineChoice):
        if value == choice and choice in choices():
            return cast(EngineChoice, choice)
    raise ValueError(choice_error(value))


def choices_help() -> str:
    """The choices for a CLI help text: "auto | rules | llm"."""
    return " | ".join(choices())
