"""The web app's pure helpers: escaping, evidence highlights, word diffs, UI strings."""

import re

import pytest

from rewriter.web import display
from rewriter.web.i18n import STRINGS, example_goals, examples, t

NAMES = {"specific": "Specific", "measurable": "Measurable", "time_bound": "Time-bound"}


def test_every_ui_string_exists_in_both_languages():
    assert set(STRINGS["en"]) == set(STRINGS["vi"])
    for lang in STRINGS:
        for key, text in STRINGS[lang].items():
            assert text.strip(), (lang, key)


def test_the_examples_gallery_spans_domains_in_both_languages():
    from datetime import date

    from rewriter import GoalContext, analyze

    gallery = examples()
    assert len(gallery) >= 8
    assert {
        "sales",
        "service",
        "hiring",
        "health",
        "learning",
        "finance",
        "marketing",
        "personal",
    } <= {e.domain for e in gallery}
    for lang in ("en", "vi"):
        goals = example_goals(lang)
        assert len(goals) == len(set(goals)) >= 8
        for goal in goals:  # each reads as a goal in its own language, with a rewrite
            report = analyze(goal, GoalContext(today=date(2026, 12, 1)))
            assert report.language == lang and report.rewrite is not None, goal


def test_t_formats_and_falls_back_to_english():
    assert t("score_caption", "vi", score=3) == "Đạt 3/5 tiêu chí"
    assert t("score_caption", "fr", score=2) == "2 of 5 criteria met"


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "**bold** _it_ [link](http://x) `code` # head",
        ":red[colour] :material/home: $x^2$ ~~gone~~",
        "a & b &lt; c | d > e",
    ],
)
def test_md_escape_leaves_no_markup(text):
    escaped = display.md_escape(text)
    # Every ASCII punctuation mark is backslash-escaped, so markdown shows it literally.
    unescaped = re.sub(r"\\(.)", r"\1", escaped).replace("\u2060", "")
    assert unescaped == text
    assert not re.search(r"(?<!\\)[<>*_\[\]`$:&]", escaped)


def test_md_escape_stops_bare_links():
    escaped = display.md_escape("see https://evil.test, www.evil.test or me@evil.test")
    assert "https\u2060" in escaped and "www\u2060" in escaped and "me\u2060\\@" in escaped


def test_highlight_marks_evidence_and_escapes_the_rest():
    goal = "Double our <b>TikTok</b> followers within 6 months"
    out = display.highlight_html(
        goal,
        {
            "specific": "TikTok",
            "measurable": "Double",
            "time_bound": "within 6 months",
            "relevant": None,
        },
        NAMES,
    )
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert re.search(r'<mark [^>]*data-criteria="measurable"[^>]*>Double</mark>', out)
    assert re.search(r'<mark [^>]*data-criteria="specific"[^>]*>TikTok</mark>', out)
    assert re.search(r">within 6 months</mark>$", out)


def test_highlight_is_case_insensitive_and_skips_words_not_in_the_goal():
    out = display.highlight_html(
        "grow our tiktok followers", {"specific": "TikTok followers"}, NAMES
    )
    assert ">tiktok followers</mark>" in out
    assert display.evidence_spans("grow", "context: 5,000 followers") == []
    # Evidence given as pieces: each piece found is marked.
    assert display.evidence_spans("Double our followers by June", "Double; by June") == [
        (0, 6),
        (21, 28),
    ]


def test_overlapping_evidence_names_both_criteria():
    out = display.highlight_html(
        "Double TikTok", {"specific": "Double TikTok", "measurable": "Double"}, NAMES
    )
    assert 'data-criteria="specific measurable"' in out
    assert "Specific · Measurable" in out


def test_word_diff_and_its_html():
    ops = display.word_diff("Grow our followers", "Grow our TikTok followers by 2026-12-31")
    assert "".join(x for op, x in ops if op != "insert") == "Grow our followers"
    assert (
        "".join(x for op, x in ops if op != "delete") == "Grow our TikTok followers by 2026-12-31"
    )
    assert ("insert", "TikTok ") in ops or ("insert", " TikTok") in ops
    # A full stop added after a word is just the full stop.
    assert [x for op, x in display.word_diff("in 6 months", "in 6 months.") if op == "insert"] == [
        "."
    ]
    # A capital letter alone is not a change: no deletion, no insertion.
    ops = display.word_diff("grow our tiktok followers", "Grow our TikTok followers by June.")
    assert [x for op, x in ops if op == "delete"] == []
    assert "".join(x for op, x in ops if op == "insert").strip() == "by June."
    assert "".join(x for op, x in ops if op != "delete") == "Grow our TikTok followers by June."
    html = display.diff_html("a <i>b</i>", "a <i>c</i>")
    assert "<i>" not in html and "&lt;i&gt;" in html
    assert '<del class="sg-delete">b</del>' in html and '<ins class="sg-insert">c</ins>' in html


def test_number_and_latency_formats():
    assert display.format_number(1234567.0) == "1,234,567"
    assert display.format_number(0.4) == "0.4"
    assert display.format_number(None) == ""
    assert display.format_latency(0.42) == "0.4 ms"
    assert display.format_latency(85.2) == "85 ms"
    assert display.format_latency(2345) == "2.3 s"


def test_md_table_escapes_cells():
    table = display.md_table(("Field", "Value"), [("Platform", "Tik|Tok <b>")])
    lines = table.splitlines()
    assert lines[0] == "| Field | Value |" and lines[1] == "| --- | --- |"
    assert lines[2] == "| Platform | Tik\\|Tok \\<b\\> |"


def test_numbers_in_the_ui_language():
    assert display.format_number(20000, "vi") == "20.000"
    assert display.format_decimal(0.1, 1, "vi") == "0,1"
    assert display.format_latency(2345, "vi") == "2,3 s"
    assert display.format_latency(0.42, "vi") == "0,4 ms"
    assert display.format_decimal(1234.5, 1, "en") == "1,234.5"


def test_the_markdown_copy_has_the_goal_a_table_and_the_open_assumptions():
    md = display.goal_markdown(
        "Grow our TikTok followers to 20,000 by 1 June 2027.",
        [("Specific", "Met"), ("Attainable", "Needs context")],
        ["Deadline is a suggestion."],
        {
            "goal": "Goal",
            "criterion": "Criterion",
            "status": "Status",
            "assumptions": "Assumptions",
        },
    )
    assert md.splitlines()[0] == "**Goal:** Grow our TikTok followers to 20,000 by 1 June 2027."
    assert "| Specific | Met |" in md and md.endswith("- Deadline is a suggestion.")
