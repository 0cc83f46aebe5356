"""Streamlit AppTest of the Rewrite page, through the real library (rules engine, no network)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rewriter.report import CRITERIA
from rewriter.web.i18n import t
from rewriter.web.render import md_escape
from rewriter.web.rewrite_view import OUTCOME_KEY
from tests.app_fixtures import clean_env, page_test  # noqa: F401

TODAY = date(2026, 1, 15)
BADGE = {"met": "Met", "partial": "Partly met", "missing": "Missing", "unknown": "Needs context"}


def submit(at, goal: str, **context):
    at.text_area(key="goal").input(goal)
    for name, value in context.items():
        if name in ("baseline", "monthly_growth"):
            at.number_input(key=f"ctx_{name}").set_value(value)
        elif name in ("deadline", "today"):
            at.date_input(key=f"ctx_{name}").set_value(value)
        else:
            at.text_input(key=f"ctx_{name}").input(value)
    at.button(key="rewrite_submit").click()
    return at.run()


def card_status(at, criterion: str, lang: str = "en") -> str:
    """The status label shown on a criterion's card."""
    card = at.get_by_key(f"sg_card_{criterion}")
    texts = [m.value for m in card.markdown]
    for status in BADGE:
        if any(f"**{t(f'status_{status}', lang)}**" in x for x in texts):
            return status
    raise AssertionError(texts)


def has_key(at, key: str) -> bool:
    try:
        at.get_by_key(key)
    except KeyError:
        return False
    return True


def shown_text(at) -> str:
    """Everything the page shows as text (markdown, captions, html, code, errors)."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [h.value for h in at.html] + [c.value for c in at.code] + [e.value for e in at.error]
    parts += [cb.label for cb in at.checkbox]
    return "\n".join(parts)


@pytest.fixture
def at(clean_env):  # noqa: F811
    at = page_test("rewrite").run()
    at.date_input(key="ctx_today").set_value(TODAY)
    return at


@pytest.mark.parametrize(
    ("goal", "expected"),
    [
        ("Grow our audience", ("missing", "missing", "missing")),
        ("Grow our TikTok followers", ("met", "missing", "missing")),
        ("Double our TikTok followers", ("met", "met", "missing")),
        ("Double our TikTok followers within 6 months", ("met", "met", "met")),
    ],
)
def test_the_ladder_shows_its_scorecard_and_a_rewrite(at, goal, expected):
    submit(at, goal)
    assert not at.exception and not at.error
    assert tuple(card_status(at, c) for c in ("specific", "measurable", "time_bound")) == expected
    report = at.session_state[OUTCOME_KEY].report
    assert [card_status(at, c) for c in CRITERIA] == list(report.statuses().values())
    # The rewrite (with its copy button: st.code) and the alternatives.
    codes = [c.value for c in at.code]
    assert codes[0] == report.rewrite.text and len(codes) == 1 + len(report.alternatives)
    assert len(report.alternatives) >= 1
    # Assumptions become a checklist; the word diff and the usage details are there.
    assert [cb.label for cb in at.checkbox] == [md_escape(a) for a in report.rewrite.assumptions]
    text = shown_text(at)
    assert 'class="sg-diff"' in text and t("score_caption", "en", score=report.score) in text
    assert has_key(at, "sg_result")
    assert any(d.label == t("download_json", "en") for d in at.download_button)


def test_evidence_is_highlighted_in_the_goal(at):
    submit(at, "Double our TikTok followers within 6 months")
    goal_html = next(h.value for h in at.html if "sg-goal" in h.value)
    assert goal_html.count("<mark") >= 2
    assert 'data-criteria="time_bound"' in goal_html or "time_bound" in goal_html


def test_markup_and_script_in_a_goal_show_as_text(at):
    goal = (
        "<script>alert(1)</script> **Grow** our [TikTok](http://evil.example) followers :red[now]"
    )
    submit(at, goal)
    assert not at.exception
    for h in at.html:  # our own HTML only: user text is escaped
        assert "<script" not in h.value and "<b>" not in h.value
    goal_html = next(h.value for h in at.html if "sg-goal" in h.value)
    goal_text = re.sub(r"<[^>]+>", "", goal_html)  # our tags off: the user's text stays escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in goal_text
    for m in [*at.markdown, *at.caption]:  # markdown gets every mark escaped
        assert "[TikTok](" not in m.value and "<script" not in m.value
        assert ":red[now]" not in m.value


def test_context_panel_feeds_the_report(at):
    submit(
        at,
        "Double our TikTok followers within 6 months",
        baseline=5000.0,
        monthly_growth=4.0,
        objective="drive sales on our online store",
    )
    assert not at.error
    outcome = at.session_state[OUTCOME_KEY]
    assert outcome.context["baseline"] == 5000.0 and outcome.context["today"] == TODAY
    assert card_status(at, "relevant") == "met"
    assert card_status(at, "attainable") in ("met", "missing")  # judged, no longer unknown


def test_answering_a_question_reruns_with_that_context(at):
    submit(at, "Double our TikTok followers within 6 months")
    before = at.session_state[OUTCOME_KEY].report
    assert before.criteria.relevant.status == "unknown"
    assert t("questions_title", "en") in [s.value for s in at.subheader]
    at.text_input(key="ans_objective").input("drive sales on our online store")
    at.number_input(key="ans_baseline").set_value(5000.0)
    at.button(key="apply_answers").click().run()
    assert not at.exception and not at.error
    after = at.session_state[OUTCOME_KEY].report
    assert at.session_state["ctx_objective"] == "drive sales on our online store"
    assert at.session_state["ctx_baseline"] == 5000.0
    assert after.criteria.relevant.status == "met"
    assert after.score > before.score
    assert card_status(at, "relevant") == "met"


def test_applying_no_answer_says_so(at):
    submit(at, "Grow our audience")
    at.button(key="apply_answers").click().run()
    assert t("no_answers", "en") in [w.value for w in at.warning]


def test_an_example_pill_fills_the_goal_and_runs(at):
    at.button_group(key="example_pick").set_value("Grow our TikTok followers").run()
    assert at.text_area(key="goal").value == "Grow our TikTok followers"
    assert at.session_state[OUTCOME_KEY].report.goal == "Grow our TikTok followers"


@pytest.mark.parametrize("goal", ["", "   \n  ", "x" * 2500])
def test_unusable_goals_get_a_clear_message(at, goal):
    submit(at, goal)
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value.startswith(t("error_input", "en"))
    assert "Traceback" not in at.error[0].value
    assert not has_key(at, "sg_result")


def test_llm_engine_without_a_model_is_a_settings_message(at):
    at.session_state["set_engine"] = "llm"
    submit(at, "Grow our audience")
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value.startswith(t("error_settings", "en"))


def test_bad_settings_are_a_message_not_a_traceback(at):
    at.session_state["set_base_url"] = "http://127.0.0.1:9/v1"
    at.session_state["set_engine"] = "bogus"
    submit(at, "Grow our audience")
    assert not at.exception
    assert at.error and "Traceback" not in at.error[0].value


def test_the_page_speaks_vietnamese(at):
    at.session_state["ui_lang"] = "vi"
    submit(at, "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng")
    assert at.title[0].value == t("rewrite_title", "vi")
    assert at.text_area(key="goal").label == t("goal_label", "vi")
    assert [card_status(at, c, "vi") for c in ("specific", "measurable", "time_bound")] == [
        "met"
    ] * 3
    assert at.get_by_key("sg_card_specific").markdown[0].value == f"**{t('crit_specific', 'vi')}**"
    assert at.session_state[OUTCOME_KEY].report.language == "vi"


def test_switching_language_keeps_the_goal_and_the_report(at):
    submit(at, "Grow our TikTok followers")
    at.session_state["ui_lang"] = "vi"
    at.run()
    assert at.text_area(key="goal").value == "Grow our TikTok followers"
    assert card_status(at, "specific", "vi") == "met"


def test_text_that_is_not_a_goal_shows_no_rewrite_and_what_a_goal_needs(at):
    at = submit(at, "What is a SMART goal?", today=TODAY)
    assert not at.exception
    assert not has_key(at, "sg_rewrite")  # no invented goal to copy
    assert any(t("no_rewrite", "en") in i.value for i in at.info)
    assert has_key(at, "sg_questions")
    assert not [b for b in at.button if b.key == "apply_answers"]  # questions, no context form
