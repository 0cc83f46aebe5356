"""The word lists the readers use live in data files, validated at load; date rules cannot be lost."""

from __future__ import annotations

import inspect
import re
from datetime import date
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from rewriter.text import dates
from rewriter.text.data_files import DatesFile, LanguageFile, ReadingsFile
from rewriter.text.language import detect_language
from rewriter.text.lexicon import PhraseMatcher, _load, lexicon
from rewriter.text.objects import GoalWords, goal_words
from rewriter.text.readings import read
from tests.rules_helpers import TODAY

WORD_FILES: dict[str, type[BaseModel]] = {
    "language.yaml": LanguageFile,
    "readings.yaml": ReadingsFile,
    "dates.yaml": DatesFile,
    "goal_words.yaml": GoalWords,
}


@pytest.mark.parametrize("name", sorted(WORD_FILES))
def test_each_word_file_loads_and_rejects_an_unknown_section(name: str) -> None:
    data = _load(name)
    WORD_FILES[name].model_validate(data)
    with pytest.raises(ValidationError, match="extra|Extra"):
        WORD_FILES[name].model_validate({**data, "colour_words": ["red"]})


def test_a_word_listed_twice_is_rejected_even_when_only_its_accents_differ() -> None:
    lang = _load("language.yaml")
    with pytest.raises(ValidationError, match="listed twice: tang"):
        LanguageFile.model_validate({**lang, "vi": [*lang["vi"], "tang"]})
    words = _load("readings.yaml")
    counts = words["frequency"]["counts"]
    with pytest.raises(ValidationError, match="listed twice: hai"):
        ReadingsFile.model_validate(
            {**words, "frequency": {**words["frequency"], "counts": [*counts, "hai"]}}
        )
    # matched on folded text: "vnđ" would never match, it is "vnd"
    with pytest.raises(ValidationError, match="write it 'vnd'"):
        ReadingsFile.model_validate({**words, "currency_after": [*words["currency_after"], "vnđ"]})


def test_one_name_names_one_month_unit_and_weekday() -> None:
    data = _load("dates.yaml")
    with pytest.raises(ValidationError, match="listed under both 1 and 2"):
        DatesFile.model_validate(
            {**data, "months": {**data["months"], 2: [*data["months"][2], "jan"]}}
        )
    with pytest.raises(ValidationError, match="listed under both"):
        DatesFile.model_validate(
            {**data, "units": {**data["units"], "week": [*data["units"]["week"], "ngay"]}}
        )
    with pytest.raises(ValidationError, match="write it 'ngay'"):
        DatesFile.model_validate(
            {**data, "units": {**data["units"], "week": [*data["units"]["week"], "ngày"]}}
        )
    sunday_twice = {**data["weekdays"], "en": {**data["weekdays"]["en"], 6: ["sunday", "fri"]}}
    with pytest.raises(ValidationError, match="listed under both"):
        DatesFile.model_validate({**data, "weekdays": sunday_twice})
    with pytest.raises(ValidationError):  # a word is one folded word: no capitals, no spaces
        LanguageFile.model_validate({**_load("language.yaml"), "en": ["The"]})


def test_english_and_vietnamese_name_the_same_days_and_months() -> None:
    data = DatesFile.model_validate(_load("dates.yaml"))
    assert sorted(data.months) == list(range(1, 13))
    assert sorted(data.weekdays["en"]) == list(range(7))
    # Sunday is "chủ nhật", not "thứ N": the Vietnamese weekday rule reads it by name
    assert sorted(data.weekdays["vi"]) == list(range(6))
    assert dates.read_times("truoc chu nhat", date(2027, 3, 3))[0].deadline == date(2027, 3, 7)
    # "tháng năm" is also "month and year": May is read in digits only ("thang 5")
    assert sorted(data.vi_months) == [m for m in range(1, 13) if m != 5]
    lang = LanguageFile.model_validate(_load("language.yaml"))
    assert lang.en and lang.vi


def test_the_word_files_name_only_known_metrics() -> None:
    metrics = set(lexicon().metrics)
    assert set(ReadingsFile.model_validate(_load("readings.yaml")).unit_metrics.values()) <= metrics
    counted = {p.name: p.counts for p in lexicon().platforms.values() if p.counts}
    assert set(counted.values()) <= metrics
    assert counted["Website"] == "website_traffic"


def test_the_moved_words_still_read_as_before() -> None:
    assert detect_language("tang gap doi so nguoi theo doi trong 3 thang") == "vi"
    assert detect_language("double our followers within 3 months") == "en"
    money = read("Reach 5,000 dollars in sales by 31/12/2027", TODAY)
    assert money.target is not None and money.target.value == 5000
    habit = read("Post 3 bai dang moi tuan tren TikTok", TODAY)
    assert habit.frequency is not None


def test_a_full_stop_after_a_word_does_not_change_the_language() -> None:
    # the rewrite is the goal with a capital and a full stop: both must read in one language
    goal = "views per month grow grow grow grow double doanh thu thêm doanh thu"
    assert detect_language(goal) == detect_language(goal.capitalize() + ".") == "vi"


# the date rules ----------------------------------------------------------------------------


def _registered() -> list[tuple[int, re.Pattern[str], Any, dates.Gate]]:
    if not dates._ORDERED:
        dates._init()
    return list(dates._RULES)


def test_every_date_handler_is_registered_with_its_own_order() -> None:
    rules = _registered()
    orders = [order for order, *_ in rules]
    assert len(orders) == len(set(orders)), "two date rules share an order"
    handlers = {handler for _, _, handler, _ in rules}
    # any module-level function shaped like a handler (match, today) must be a registered rule
    shaped = [
        fn
        for name, fn in vars(dates).items()
        if inspect.isfunction(fn)
        and fn.__module__ == dates.__name__
        and list(inspect.signature(fn).parameters) == ["m", "today"]
    ]
    assert shaped and all(fn in handlers for fn in shaped), [
        fn.__name__ for fn in shaped if fn not in handlers
    ]
    assert len(dates._ORDERED) == len(rules)


def test_a_second_rule_with_a_taken_order_is_refused() -> None:
    taken = _registered()[0][0]
    with pytest.raises(ValueError, match=f"share order {taken}"):
        dates.rule(r"\bnever\b", ("never",), order=taken)(lambda m, today: None)


# the phrase lists' word test ---------------------------------------------------------------


def _phrase_lists() -> list[PhraseMatcher]:
    lex, words = lexicon(), goal_words()
    return [
        m
        for holder in (lex, words)
        for m in vars(holder).values()
        if isinstance(m, PhraseMatcher) and m.regex is not None
    ]


def test_the_word_test_before_a_phrase_list_never_hides_one_of_its_phrases() -> None:
    # the set test skips the scan when no phrase can be there: every phrase, put in a sentence
    # between words and punctuation, must still be found
    lists = _phrase_lists()
    assert len(lists) > 20
    for matcher in lists:
        for phrase in matcher.spellings:
            for text in (phrase, f"zq {phrase} zq", f"({phrase}), zq", f"zq-{phrase}."):
                found = matcher.search(text)
                assert found is not None and found[0] == phrase, (text, found)
        assert matcher.search("zq zq") is None
