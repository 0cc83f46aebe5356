"""Streamlit AppTest of the app shell: navigation, the language switch and the sidebar settings."""

from __future__ import annotations

import pytest

from rewriter.web.i18n import t
from tests.app_fixtures import app_test

SECRET = "sk-test-DO-NOT-SHOW-1234567890"


@pytest.fixture
def at(clean_env):
    at = app_test().run()
    assert not at.exception
    return at.switch_page("pages/batch_page.py").run()


def all_text(at) -> str:
    """Every element's serialized protobuf: whatever the browser would receive."""
    return "\n".join(str(node.proto) for node in _walk(at._tree) if hasattr(node, "proto"))


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def test_the_default_page_is_rewrite_with_the_sidebar():
    at = app_test().run()
    assert not at.exception
    assert at.title[0].value == t("rewrite_title", "en")
    keys = {w.key for w in at.sidebar if getattr(w, "key", None)}
    assert {"set_engine", "set_model", "set_base_url", "api_key_input"} <= keys
    # the language switch is on the page itself, where a phone (sidebar folded) shows it too
    main = {w.key for w in at.main if getattr(w, "key", None)}
    assert "ui_lang" in main and "ui_lang" not in keys
    assert (
        at.text_input(key="api_key_input").proto.type
        == at.text_input(key="api_key_input").proto.PASSWORD
    )


def test_pages_and_sidebar_switch_to_vietnamese(at):
    assert at.title[0].value == t("batch_title", "en")
    at.segmented_control(key="ui_lang").set_value("vi").run()
    assert not at.exception
    assert at.title[0].value == t("batch_title", "vi")
    assert at.selectbox(key="set_engine").label == t("engine_label", "vi")
    assert at.file_uploader[0].label == t("upload_label", "vi")
    at.switch_page("pages/evals_page.py").run()
    assert at.title[0].value == t("evals_title", "vi")


def test_engine_choice_survives_the_language_switch(at):
    at.selectbox(key="set_engine").set_value("llm").run()
    at.text_input(key="set_model").input("my-model").run()
    at.segmented_control(key="ui_lang").set_value("vi").run()
    assert at.selectbox(key="set_engine").value == "llm"
    assert at.text_input(key="set_model").value == "my-model"


def test_an_api_key_is_kept_in_the_session_only_and_never_shown_again(at):
    at.text_input(key="api_key_input").input(SECRET).run()
    assert not at.exception
    assert at.session_state["_api_key"] == SECRET
    # The field is gone (a "forget" button instead) and no element carries the key.
    assert "api_key_input" not in {w.key for w in at.text_input}
    assert t("api_key_set", "en") in " ".join(c.value for c in at.caption)
    assert SECRET not in all_text(at)
    # auto now resolves to the llm engine: the key is used, not shown.
    assert t("engine_resolved", "en", engine="llm") in [c.value for c in at.caption]
    at.button(key="forget_key").click().run()
    assert "_api_key" not in at.session_state
    assert at.text_input(key="api_key_input").value == ""


def test_bad_settings_in_the_environment_are_a_message_not_a_traceback(clean_env, monkeypatch):
    monkeypatch.setenv("SMARTGOAL_TIMEOUT", "-1")
    at = app_test().run()
    assert not at.exception
    errors = [e.value for e in at.sidebar if type(e).__name__ == "Error"]
    assert errors and errors[0].startswith(t("settings_error", "en"))
    assert "Traceback" not in errors[0]
    at.text_area(key="goal").input("Grow our audience")
    at.button(key="rewrite_submit").click()
    at.run()
    assert not at.exception
    assert at.error[0].value.startswith(t("error_settings", "en"))


def test_llm_without_a_key_is_flagged_in_the_sidebar_with_a_way_back_to_rules(at):
    at.selectbox(key="set_engine").set_value("llm").run()
    warnings = [w.value for w in at.sidebar if type(w).__name__ == "Warning"]
    assert warnings == [t("llm_no_key_sidebar", "en")]
    at.button(key="sidebar_use_rules").click().run()
    assert at.selectbox(key="set_engine").value == "rules"
    assert not [w for w in at.sidebar if type(w).__name__ == "Warning"]
