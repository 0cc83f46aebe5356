"""UI strings live in one data file with both languages; criterion names have one source."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

import rewriter.web
from rewriter.evaluation.reports import NAMES
from rewriter.report import CRITERIA
from rewriter.rules.messages import criterion_name
from rewriter.web.i18n import STRINGS, load_strings, placeholders, t

_FILE = Path(rewriter.web.__file__).with_name("strings.yaml")


def _raw() -> dict:
    return yaml.safe_load(_FILE.read_text(encoding="utf-8"))


def test_every_string_has_both_languages_with_the_same_placeholders() -> None:
    assert set(STRINGS) == {"en", "vi"}
    assert set(STRINGS["en"]) == set(STRINGS["vi"])
    for key in STRINGS["en"]:
        assert placeholders(STRINGS["en"][key]) == placeholders(STRINGS["vi"][key]), key
    assert t("score_caption", "vi", score=4) != t("score_caption", "en", score=4)
    assert "4" in t("score_caption", "vi", score=4)


def test_a_missing_translation_or_placeholder_is_refused_at_load() -> None:
    raw = _raw()
    with pytest.raises(ValidationError, match="vi"):
        load_strings({**raw, "new_key": {"en": "New"}})
    with pytest.raises(ValidationError, match="placeholders differ"):
        load_strings({**raw, "score_caption": {"en": "{score} of 5", "vi": "{diem} trên 5"}})
    with pytest.raises(ValidationError):  # YAML reads a bare yes/no key as a boolean
        load_strings({**raw, True: {"en": "yes", "vi": "có"}})
    with pytest.raises(ValidationError):  # a misspelt language
        load_strings({**raw, "app_title": {"en": "x", "vn": "y"}})


def test_criterion_names_have_one_source() -> None:
    raw = _raw()
    assert not [k for k in raw if k.startswith("crit_") and k.removeprefix("crit_") in CRITERIA]
    with pytest.raises(ValueError, match="criterion name"):
        load_strings({**raw, "crit_specific": {"en": "Specific", "vi": "Cụ thể"}})
    for c in CRITERIA:
        for lang in ("en", "vi"):
            assert t(f"crit_{c}", lang) == criterion_name(c, lang)
        assert NAMES[c] == criterion_name(c, "en")
    assert criterion_name("time_bound", "vi") == "Có thời hạn"
