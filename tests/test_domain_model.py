"""The learned domain model: shipped in step with the suites, validated at load, and used."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from rewriter import GoalContext, analyze
from rewriter.text.domain_model import DomainModel, domain_model

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 30)


def test_the_shipped_model_is_the_one_the_suites_give() -> None:
    # a new labelled suite (or a label fixed) must come with the model learned again
    done = subprocess.run(
        [sys.executable, "evals/train_domain_model.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_model_naming_an_unknown_domain_fails_at_load() -> None:
    with pytest.raises(ValidationError, match="unknown domains"):
        DomainModel.model_validate(
            {
                "source": "x",
                "alpha": 0.5,
                "goals": {"sales": 3},
                "words": {"deal": {"sales": 2, "astrology": 1}},
            }
        )
    with pytest.raises(ValidationError, match="more goals"):
        DomainModel.model_validate(
            {"source": "x", "alpha": 0.5, "goals": {"sales": 1}, "words": {"deal": {"sales": 2}}}
        )


def test_words_the_model_never_saw_leave_the_prior() -> None:
    model = domain_model()
    assert model.scores("zzqx wqkk") == model.scores("")


@pytest.mark.parametrize(
    ("goal", "domain"),
    [
        # none of these uses a word of the hand-made domain lists
        (
            "Get my 11th grade class average on the unit test from 6.2 to 7.5 by end of semester",
            "learning",
        ),
        ("Take my blood pressure pills every morning with breakfast", "health"),
    ],
)
def test_goals_land_in_their_field_without_a_listed_word(goal: str, domain: str) -> None:
    assert analyze(goal, GoalContext(today=TODAY)).facts.domain == domain
