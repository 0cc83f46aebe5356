"""The rewrite defect detectors find what a user would reject, and stay quiet on good rewrites."""

from __future__ import annotations

from datetime import date

from rewriter import GoalContext, analyze
from rewriter.defects import defect_class, defects
from rewriter.report import GoalReport, Rewrite

TODAY = date(2026, 11, 30)


def _report(goal: str) -> GoalReport:
    return analyze(goal, GoalContext(today=TODAY))


def _with(rep: GoalReport, text: str, alts: list[tuple[str, str]] | None = None) -> GoalReport:
    return rep.model_copy(
        update={
            "rewrite": Rewrite(text=text),
            "alternatives": [Rewrite(text=t, label=label) for label, t in (alts or [])],
        }
    )


def _classes(goal: str, rep: GoalReport, not_goal: bool = False) -> set[str]:
    return {defect_class(d) for d in defects(goal, rep, not_goal, TODAY)}


def test_good_rewrites_have_no_defect() -> None:
    for goal in (
        "Keep cloud spend under $35k a month",
        "Giảm thời gian bàn giao ca xuống còn 15 phút",
        "Grow TikTok followers from 5,000 to 8,000 by 31 March 2027",
        "tang doanh thu 20%",
    ):
        assert _classes(goal, _report(goal)) == set(), goal


def test_each_class_is_found() -> None:
    goal = "Lose 5 kg before summer"
    rep = _report(goal)
    assert "second_deadline" in _classes(
        goal, _with(rep, "Lose 5 kg before summer by 28 February 2027.")
    )
    assert "deadline_dropped" in _classes(goal, _with(rep, "Lose 5 kg by 28 February 2027."))
    assert "spliced_milestones" in _classes(
        goal, _with(rep, "Lose 5 kg before summer: complete 3 milestones by 31 May 2027.")
    )
    swapped = _with(
        rep,
        "Lose 5 kg before summer.",
        [("conservative", "Lose 6 kg before summer."), ("ambitious", "Lose 4 kg before summer.")],
    )
    assert "alternative_order" in _classes(goal, swapped)
    drift = _with(
        rep,
        "Lose 5 kg before summer.",
        [("ambitious", "Increase followers on Instagram by 30% by 31 May 2027.")],
    )
    assert {"alternative_drift", "foreign_vocabulary"} <= _classes(goal, drift)
    assert "not_a_goal_rewritten" in _classes(
        "hello", _with(_report("Grow sales by 5% in Q1"), "Grow sales."), True
    )


def test_notes_with_diacritics_on_a_goal_typed_without_them() -> None:
    goal = "tang doanh thu 20%"
    rep = _report(goal)
    marked = rep.model_copy(
        update={
            "rewrite": Rewrite(
                text="Tang doanh thu 20% truoc ngay 28/02/2027.", assumptions=["Thời hạn là gợi ý."]
            )
        }
    )
    assert "spelling_style" in _classes(goal, marked)


def test_a_range_moves_less_in_the_conservative_version_and_never_below_zero() -> None:
    goal = "Reduce median ticket resolution time from 26 hours to 12 hours by March 31, 2027"
    rep = _report(goal)
    assert _classes(goal, rep) == set()
    short = _report("Rút ngắn thời gian phản hồi từ 6 giờ xuống còn 2 giờ trong vòng 4 tháng")
    assert all("-" not in a.text.split("xuống")[-1][:6] for a in short.alternatives)


def test_a_deadline_typed_in_shorthand_is_read_as_the_engine_reads_it() -> None:
    # "trc thang 1" is "truoc thang 1": before January, kept in the rewrite as typed out
    goal = "mua bao hiem y te cho ca nha trc thang 1"
    rep = _report(goal)
    assert "deadline_dropped" not in _classes(goal, rep)
    assert "deadline_dropped" in _classes(goal, _with(rep, "Mua bao hiem y te cho ca nha."))


def test_a_missed_date_kept_as_a_fact_is_no_second_deadline() -> None:
    goal = "finish the grant report, it was due nov 15 2026"
    assert "second_deadline" not in _classes(goal, _report(goal))


def test_reach_used_as_a_verb_is_no_channel_word() -> None:
    goal = "sleep better somehow"
    rep = _with(
        _report(goal), "Sleep better somehow: reach 7 hours of sleep a night by 28 February 2027."
    )
    assert "foreign_vocabulary" not in _classes(goal, rep)
    social = _with(
        _report(goal), "Sleep better somehow: grow reach on Instagram by 20% by 28 February 2027."
    )
    assert "foreign_vocabulary" in _classes(goal, social)


def test_a_goal_that_names_a_platform_may_gain_its_measures_but_not_another_platform() -> None:
    goal = "Be better at Zalo"
    rep = _report(goal).model_copy(
        update={"facts": _report(goal).facts.model_copy(update={"domain": "personal"})}
    )
    own = _with(rep, "Be better at Zalo: increase followers on Zalo by 20% by 28 February 2027.")
    assert "foreign_vocabulary" not in _classes(goal, own)
    other = _with(
        rep, "Be better at Zalo: increase followers on TikTok by 20% by 28 February 2027."
    )
    assert "foreign_vocabulary" in _classes(goal, other)


def test_a_start_typed_without_diacritics_is_no_second_deadline() -> None:
    goal = "tu thu 2 tuan sau bat dau lam do an tot nghiep"
    rep = _with(
        _report(goal), "Tu thu 2 tuan sau bat dau lam do an tot nghiep truoc ngay 07/03/2027."
    )
    assert "second_deadline" not in _classes(goal, rep)


def test_the_period_a_remark_tells_of_is_no_second_deadline() -> None:
    goal = "tang thu nhap cho xa vien, nam nay gia buoi xuong qua"
    rep = _report(goal)
    assert rep.rewrite is not None and "nam nay gia buoi xuong qua" in rep.rewrite.text
    assert "second_deadline" not in _classes(goal, rep)
    # a second date in the goal's own words still is one
    two = _with(rep, "Tang thu nhap cho xa vien truoc ngay 01/03/2027, xong truoc 30/6/2027")
    assert "second_deadline" in _classes(goal, two)


def test_a_cut_by_a_share_is_easier_when_it_cuts_less() -> None:
    goal = "Reduce the diesel cost for the generators by 20% by March 2027"
    rep = _report(goal)
    text = "Reduce the diesel cost for the generators by 20% by March 2027."
    right = _with(
        rep,
        text,
        [("conservative", text.replace("20%", "15%")), ("ambitious", text.replace("20%", "25%"))],
    )
    assert "alternative_order" not in _classes(goal, right)
    swapped = _with(
        rep,
        text,
        [("conservative", text.replace("20%", "25%")), ("ambitious", text.replace("20%", "15%"))],
    )
    assert "alternative_order" in _classes(goal, swapped)
