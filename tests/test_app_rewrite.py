"""Streamlit AppTest of the Rewrite page, through the real library (rules engine, no network)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rewriter.report import CRITERIA
from rewriter.web.display import md_escape
from rewriter.web.i18n import t
from rewriter.web.rewrite_view import OUTCOME_KEY
from tests.app_fixtures import page_test

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
def at(clean_env):
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
    # The rewrite is the final goal, as text to edit (not a code box); copy blocks hold it as
    # plain text and as Markdown; the alternatives read as text.
    assert at.text_area(key="final_goal").value == report.rewrite.text
    codes = [c.value for c in at.code]
    assert codes[0] == report.rewrite.text and codes[1].startswith(
        "**Goal:** " + report.rewrite.text
    )
    assert len(codes) == 2
    assert len(report.alternatives) >= 1
    shown = [m.value for m in at.markdown]
    assert all(md_escape(a.text) in shown for a in report.alternatives)
    # Assumptions become a checklist; the word diff and the usage details are there.
    assumed = [cb.label for cb in at.checkbox if cb.key.startswith("assume_")]
    assert assumed == [md_escape(a) for a in report.rewrite.assumptions]
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
        if h.value.startswith("<script data-run="):  # our scroll-into-view script, no user text
            assert "alert" not in h.value and "evil" not in h.value
            continue
        assert "<script" not in h.value and "<b>" not in h.value
    goal_html = next(h.value for h in at.html if "sg-goal" in h.value)
    goal_text = re.sub(r"<[^>]+>", "", goal_html)  # our tags off: the user's text stays escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in goal_text
    for m in [*at.markdown, *at.caption]:  # markdown gets every mark escaped
        assert "[TikTok](" not in m.value and not re.search(r"(?<!\\)<script", m.value)
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


def test_llm_engine_without_a_key_says_where_to_add_one_and_falls_back_in_one_click(at):
    at.session_state["set_engine"] = "llm"
    submit(at, "Grow our audience")
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value == t("llm_needs_key", "en")
    for engineer_words in ("OPENAI", "--engine", "SMARTGOAL"):
        assert engineer_words not in at.error[0].value
    at.button(key="use_rules_now").click().run()
    assert not at.exception and not at.error
    assert at.session_state["set_engine"] == "rules"
    assert at.session_state[OUTCOME_KEY].report.engine == "rules"
    assert at.session_state[OUTCOME_KEY].report.goal == "Grow our audience"


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


# ---------------------------------------------------------------- the coaching loop


def before_after(at) -> str:
    return at.get_by_key("sg_before_after").markdown[0].value


def is_ready(at) -> bool:
    return has_key(at, "sg_ready")


def test_every_question_has_its_input_and_measurable_asks_for_a_target(at):
    submit(at, "Grow our audience")
    keys = {w.key for w in [*at.text_input, *at.number_input, *at.date_input]}
    assert {
        "ans_metric",
        "ans_platform",
        "ans_target",
        "ans_baseline",
        "ans_monthly_growth",
        "ans_objective",
        "ans_horizon",
        "ans_deadline",
    } <= keys
    assert at.number_input(key="ans_target").label == t("ctx_target", "en")


def test_answering_every_question_reaches_five_of_five_and_only_then_ready(at):
    submit(at, "Grow our audience")
    assert before_after(at) == t("before_after", "en", before=0, after=3)
    assert not is_ready(at)  # suggestions are left to confirm
    at.text_input(key="ans_metric").input("followers")
    at.text_input(key="ans_platform").input("TikTok")
    at.number_input(key="ans_target").set_value(20000.0)
    at.number_input(key="ans_baseline").set_value(10000.0)
    at.number_input(key="ans_monthly_growth").set_value(15.0)
    at.text_input(key="ans_objective").input("drive sales on our online store")
    at.text_input(key="ans_horizon").input("6 months")
    at.button(key="apply_answers").click().run()
    assert not at.exception and not at.error
    report = at.session_state[OUTCOME_KEY].report
    assert report.score == 5  # the goal read with the answers
    assert [card_status(at, c) for c in CRITERIA] == ["met"] * 5
    assert before_after(at) == t("before_after", "en", before=0, after=5)
    final = at.text_area(key="final_goal").value
    assert "TikTok" in final and "20,000" in final and "10,000" in final
    assert is_ready(at)
    # the user takes the deadline out of the final goal: no longer Time-bound, no longer ready
    deadline = next(i for i, e in enumerate(report.rewrite.edits) if e.criterion == "time_bound")
    stamp = at.session_state[OUTCOME_KEY].stamp
    at.checkbox(key=f"keep_{stamp}_{deadline}").uncheck().run()
    assert "2027" not in at.text_area(key="final_goal").value
    assert not is_ready(at)
    at.checkbox(key=f"keep_{stamp}_{deadline}").check().run()
    assert at.text_area(key="final_goal").value == final and is_ready(at)


def test_ready_waits_for_every_assumption_to_be_confirmed(at):
    submit(at, "Grow our TikTok followers")
    report = at.session_state[OUTCOME_KEY].report
    assert report.rewrite.assumptions  # the suggested target and deadline are to confirm
    assert not is_ready(at)
    for cb in [c for c in at.checkbox if c.key.startswith("assume_")]:
        cb.check()
    at.run()
    assert is_ready(at)


def test_editing_the_final_goal_scores_it_again(at):
    submit(at, "Grow our audience")
    at.text_area(key="final_goal").input("Grow our TikTok followers").run()
    assert before_after(at) == t("before_after", "en", before=0, after=1)
    assert not is_ready(at)
    at.text_area(key="final_goal").input(
        "Grow our TikTok followers to 20,000 by 31 March 2026"
    ).run()
    assert before_after(at) == t("before_after", "en", before=0, after=3)
    assert "Time-bound" in at.get_by_key("sg_final").html[0].value
    at.text_area(key="final_goal").input("").run()
    assert t("final_empty", "en") in [w.value for w in at.warning]


def test_an_alternative_can_become_the_final_goal(at):
    submit(at, "Grow our TikTok followers")
    report = at.session_state[OUTCOME_KEY].report
    stamp = at.session_state[OUTCOME_KEY].stamp
    at.button(key=f"use_alt_{stamp}_1").click().run()
    assert at.text_area(key="final_goal").value == report.alternatives[0].text


def test_the_session_history_lists_every_goal_with_its_final_version(at):
    submit(at, "Grow our audience")
    submit(at, "Tăng quy mô khán giả")
    history = list(at.session_state["goal_history"].values())
    assert [h.goal for h in history] == ["Grow our audience", "Tăng quy mô khán giả"]
    assert history[1].language == "vi" and history[1].score_after is not None
    at.text_area(key="final_goal").input(
        "Tăng số người theo dõi TikTok lên 20.000 trước 31/03/2026"
    ).run()
    last = list(at.session_state["goal_history"].values())[-1]
    assert last.final_goal.startswith("Tăng số người theo dõi TikTok") and last.score_after == 3
    table = next(
        m.value
        for m in at.markdown
        if "Tăng số người theo dõi TikTok" in m.value and "|" in m.value
    )
    assert "Grow our audience" in table


def test_criteria_carry_tooltips_in_both_languages(at):
    submit(at, "Grow our audience")
    card = at.get_by_key("sg_card_measurable")
    assert card.markdown[0].help == t("crit_measurable_help", "en")
    at.session_state["ui_lang"] = "vi"
    at.run()
    assert at.get_by_key("sg_card_measurable").markdown[0].help == t("crit_measurable_help", "vi")
    assert t("crit_measurable_help", "vi") != t("crit_measurable_help", "en")


def test_numbers_follow_the_ui_language(at):
    at.session_state["ui_lang"] = "vi"
    submit(at, "Grow our TikTok followers", baseline=12500.0)
    facts = next(m.value for m in at.markdown if t("fact_baseline", "vi") in m.value)
    facts = re.sub(r"\\(.)", r"\1", facts)
    assert "12.500" in facts and "12,500" not in facts
