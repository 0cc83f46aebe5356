"""A word-count model of which field a goal belongs to, learned from the labelled eval suites."""

from __future__ import annotations

import json
import math
import re
from functools import cache, cached_property
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rewriter.text.lexicon import currency_signs

MODEL_FILE = "domain_model.json"
# "750k", "$1m", "5tr": an amount's letters say no field
_WORD = re.compile(rf"(?<![0-9{currency_signs()}])[a-z]+")


def domain_tokens(folded: str) -> set[str]:
    """The words of a folded goal and its word pairs: "close deals" says more than "close"."""
    words = _WORD.findall(folded)
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


class DomainModel(BaseModel):
    """data/domain_model.json: how many labelled goals of each domain hold each word (naive Bayes)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str  # how the file was made, so it can be made again
    alpha: float = Field(gt=0)
    goals: dict[str, int]  # domain -> labelled goals
    words: dict[str, dict[str, int]]  # word -> domain -> goals holding it

    @model_validator(mode="after")
    def _known_domains(self) -> DomainModel:
        for word, counts in self.words.items():
            unknown = set(counts) - set(self.goals)
            if unknown:
                raise ValueError(f"{word!r} counts unknown domains: {', '.join(sorted(unknown))}")
            if any(n > self.goals[d] for d, n in counts.items()):
                raise ValueError(f"{word!r} is counted in more goals than its domain has")
        return self

    def scores(self, folded: str) -> dict[str, float]:
        """Log-odds of each domain for the goal; words never seen in training say nothing."""
        terms = self._terms
        tokens = domain_tokens(folded)
        words = self.words
        for token in (tokens - terms.keys()) & words.keys():  # new words of the model
            terms[token] = self._term(token)
        # each domain's prior plus its words' terms, summed a column at a time in C
        rows = zip(self._priors_row, *filter(None, map(terms.get, tokens)), strict=True)
        return dict(zip(self.goals, map(sum, rows), strict=True))

    @cached_property
    def _priors_row(self) -> tuple[float, ...]:
        return tuple(self._priors.values())

    @cached_property
    def _priors(self) -> dict[str, float]:
        total = sum(self.goals.values())
        return {d: math.log(n / total) for d, n in self.goals.items()}

    @cached_property
    def _terms(self) -> dict[str, tuple[float, ...]]:
        # each word's terms are worked out on first use and kept: a batch scores every goal
        return {}

    def _term(self, token: str) -> tuple[float, ...]:
        """What a word adds to each domain's log-odds, in the order of `goals`."""
        counts = self.words[token]
        total = sum(self.goals.values())
        everywhere = (sum(counts.values()) + self.alpha) / (total + 2 * self.alpha)
        return tuple(
            math.log((counts.get(d, 0) + self.alpha) / (n + 2 * self.alpha) / everywhere)
            for d, n in self.goals.items()
        )


@cache
def domain_model() -> DomainModel:
    text = resources.files("rewriter.data").joinpath(MODEL_FILE).read_text("utf-8")
    return DomainModel.model_validate(json.loads(text))
