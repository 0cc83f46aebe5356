"""The data files are validated at load: a mistake in a word list fails loudly, with its place."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from rewriter.text.data_files import (
    HolidaysFile,
    LexiconFile,
    MetricsFile,
    validate_messages,
    validate_platforms,
)
from rewriter.text.lexicon import _load
from rewriter.text.readings import read
from tests.rules_helpers import TODAY, report


def _with(data: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    node: Any = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return out


def test_the_shipped_data_files_are_valid() -> None:
    LexiconFile.model_validate(_load("lexicon.yaml"))
    MetricsFile.model_validate(_load("metrics.yaml"))
    HolidaysFile.model_validate(_load("holidays.yaml"))
    validate_platforms(_load("platforms.yaml"))
    validate_messages(_load("messages.yaml"))


def test_lexicon_mistakes_are_rejected() -> None:
    lex = _load("lexicon.yaml")
    with pytest.raises(ValidationError, match="directons"):
        LexiconFile.model_validate({**lex, "directons": lex["directions"]})  # a misspelt section
    with pytest.raises(ValidationError):
        LexiconFile.model_validate(
            _with(lex, ["chatter"], [*lex["chatter"], True])
        )  # YAML's bare "on"
    with pytest.raises(ValidationError, match="listed twice: hello"):
        LexiconFile.model_validate(_with(lex, ["chatter"], [*lex["chatter"], "Hello"]))
    with pytest.raises(ValidationError, match="does not compile"):
        LexiconFile.model_validate(_with(lex, ["injection"], [*lex["injection"], "ignore ("]))
    with pytest.raises(ValidationError, match="no word of injection_gate"):
        LexiconFile.model_validate(_with(lex, ["injection"], [*lex["injection"], "obey me now"]))
    with pytest.raises(ValidationError, match="not in vague_time: \\['pronto'\\]"):
        LexiconFile.model_validate(_with(lex, ["urgent_time"], [*lex["urgent_time"], "pronto"]))


def test_one_spelling_names_one_metric_but_folded_twins_may_differ() -> None:
    cat = _load("metrics.yaml")
    followers = next(i for i, m in enumerate(cat["metrics"]) if m["key"] == "followers")
    likes = next(i for i, m in enumerate(cat["metrics"]) if m["key"] == "likes")
    bad = _with(
        cat, ["metrics", likes, "aliases"], [*cat["metrics"][likes]["aliases"], "followers"]
    )
    with pytest.raises(ValidationError, match="names both followers and likes"):
        MetricsFile.model_validate(bad)
    with pytest.raises(ValidationError, match="unknown metric"):
        MetricsFile.model_validate(_with(cat, ["vague_objects", 0, "suggest"], "fans"))
    with pytest.raises(ValidationError):
        MetricsFile.model_validate(_with(cat, ["metrics", followers, "unit"], "followers"))
    # "chi tiêu" (spending) and "chỉ tiêu" (quota) fold alike: the user's diacritics decide
    spending = read("Giảm chi tiêu cá nhân 20% trong năm 2027", TODAY).metric
    quota = read("Đạt chỉ tiêu doanh số 5 tỷ trong quý 1", TODAY).metric
    assert spending is not None and quota is not None
    assert (spending.key, quota.key) == ("spending", "quota")


def test_typed_diacritics_decide_a_words_role() -> None:
    # "tăng" raises a number; "tặng" gives a gift: both are "tang" once folded
    assert report("Tăng Instagram thêm 20% trong quý này").statuses()["specific"] == "partial"
    gift = report("Tặng quà cho 100% khách hàng thân thiết mỗi tháng")
    assert gift.facts.kind == "habit"
    assert gift.statuses()["specific"] == "met"


def test_platforms_holidays_and_messages_are_checked() -> None:
    plat = _load("platforms.yaml")
    with pytest.raises(ValueError, match="names both"):
        validate_platforms([*plat, {"name": "Other", "aliases": ["tiktok"]}])
    with pytest.raises(ValidationError):
        validate_platforms([*plat, {"name": "Other", "aliases": ["x"], "colour": "red"}])
    days = _load("holidays.yaml")
    with pytest.raises(ValidationError):
        HolidaysFile.model_validate(_with(days, ["solar", 0, "month"], 13))
    with pytest.raises(ValidationError, match="listed twice"):
        HolidaysFile.model_validate(_with(days, ["solar", 0, "aliases"], ["christmas"]))
    messages = _load("messages.yaml")
    del messages["vi"]["specific"]["met"]
    with pytest.raises(ValueError, match="specific.met"):
        validate_messages(messages)


def _duplicate_keys(node: Any, where: str = "") -> list[str]:
    """Keys said twice in one mapping of a composed YAML node tree (the last would win)."""
    import yaml

    found: list[str] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                found.append(f"{where}/{key.value}")
            seen.add(key.value)
            found += _duplicate_keys(value, f"{where}/{key.value}")
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            found += _duplicate_keys(item, f"{where}[{i}]")
    return found


def test_no_data_file_says_a_key_twice() -> None:
    # a second "done_markers:" would silently replace the first list and change the readings
    from importlib import resources

    import yaml

    folder = resources.files("rewriter.data")
    for entry in folder.iterdir():
        if entry.name.endswith(".yaml"):
            tree = yaml.compose(entry.read_text("utf-8"))
            assert _duplicate_keys(tree) == [], entry.name


class _OnceLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key said twice in one mapping (YAML keeps the last)."""


def _mapping_once(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(
            None, None, f"keys said twice: {twice}", node.start_mark
        )
    return loader.construct_mapping(node, deep=True)


_OnceLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_once)


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parent.parent / "rewriter" / "data").glob("*.yaml")), ids=str
)
def test_no_data_file_names_a_key_twice(path: Path) -> None:
    # a second list under the same name silently replaces the first one
    yaml.load(path.read_text(encoding="utf-8"), Loader=_OnceLoader)  # noqa: S506
