"""Suite validation (clear errors) and the core suite's promises: size, languages, coverage, ladder."""

from __future__ import annotations

from pathlib import Path

import pytest

from rewriter.evaluation.suite import SuiteError, load_suite, parse_suite

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "evals" / "suites" / "core.yaml"

GOOD_CASE = {
    "id": "c1",
    "goal": "Double our TikTok followers within 6 months",
    "lang": "en",
    "expect": {"specific": "met", "measurable": "met", "time_bound": "met"},
}


def suite_with(*cases: dict) -> dict:
    return {"name": "t", "cases": list(cases)}


def error_of(data: object) -> str:
    with pytest.raises(SuiteError) as info:
        parse_suite(data, "t.yaml")
    return str(info.value)


def test_a_good_suite_loads(tmp_path: Path) -> None:
    p = tmp_path / "s.yaml"
    p.write_text(
        "name: t\nreference_date: 2026-01-15\ncases:\n"
        "  - {id: a, goal: Grow our audience, lang: en, tags: [ladder, ' x '],\n"
        "     expect: {specific: missing, measurable: missing, time_bound: missing}}\n",
        encoding="utf-8",
    )
    suite = load_suite(p)
    assert suite.cases[0].tags == ["ladder", "x"]
    ctx = suite.cases[0].goal_context(suite.reference_date)
    assert ctx.today.isoformat() == "2026-01-15"
    assert suite.content_hash().startswith("sha256:")


def test_bad_status_names_the_case_and_field() -> None:
    bad = {**GOOD_CASE, "expect": {"specific": "yes", "measurable": "met", "time_bound": "met"}}
    msg = error_of(suite_with(bad))
    assert "t.yaml" in msg
    assert "cases[0] (id 'c1').expect.specific" in msg
    assert "'met', 'partial', 'missing' or 'unknown'" in msg


def test_missing_label_and_unknown_field() -> None:
    bad = {**GOOD_CASE, "expect": {"specific": "met", "measurable": "met"}, "tag": ["x"]}
    msg = error_of(suite_with(bad))
    assert "expect.time_bound: required field is missing" in msg
    assert "cases[0] (id 'c1').tag: unknown field (check the spelling)" in msg


def test_context_typos_and_bad_values_are_errors() -> None:
    bad = {**GOOD_CASE, "context": {"platfrom": "TikTok", "baseline": -5}}
    msg = error_of(suite_with(bad))
    assert "context.platfrom: unknown field" in msg
    assert "context.baseline" in msg and "greater than or equal to 0" in msg


def test_every_problem_is_listed() -> None:
    msg = error_of(suite_with({**GOOD_CASE, "lang": "fr"}, {**GOOD_CASE, "id": "c2", "goal": None}))
    assert "2 problem(s)" in msg
    assert "cases[0] (id 'c1').lang: Input should be 'en' or 'vi'" in msg
    assert "cases[1] (id 'c2').goal" in msg


def test_duplicate_ids_alone() -> None:
    assert "case ids must be unique; repeated: c1" in error_of(suite_with(GOOD_CASE, GOOD_CASE))


def test_two_reference_dates_disagree() -> None:
    bad = {**GOOD_CASE, "today": "2026-01-01", "context": {"today": "2026-02-01"}}
    assert "give the reference date once" in error_of(suite_with(bad))


def test_not_a_mapping_and_no_cases() -> None:
    assert "a suite is a mapping" in error_of(["a", "b"])
    assert "cases" in error_of({"name": "t", "cases": []})


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(SuiteError, match="no such suite file"):
        load_suite(tmp_path / "nope.yaml")
    p = tmp_path / "broken.yaml"
    p.write_text("name: t\ncases: [\n  {id: a\n", encoding="utf-8")
    with pytest.raises(SuiteError, match=r"not valid YAML at line \d+"):
        load_suite(p)


# ---------------------------------------------------------------- the core suite's promises


@pytest.fixture(scope="module")
def core():
    return load_suite(CORE)


def test_core_size_and_languages(core) -> None:
    assert len(core.cases) >= 120
    assert core.language_share()["vi"] >= 0.40
    unaccented = [c for c in core.cases if "no_diacritics" in c.tags]
    assert len(unaccented) >= 10
    for c in unaccented:  # the tag tells the truth: plain ASCII letters only
        assert c.goal.isascii(), c.id


def test_core_covers_goal_types_and_adversarial_input(core) -> None:
    tags = {t for c in core.cases for t in c.tags}
    needed = {
        "awareness",
        "engagement",
        "traffic",
        "leads",
        "sales",
        "community",
        "customer_service",
        "sentiment",
        "health",
        "learning",
        "sales_team",
        "hiring",
        "product",
        "ladder",
        "injection",
        "not_goal",
        "long",
        "mixed",
        "context",
        "reference_date",
        "past_deadline",
    }
    assert needed <= tags, needed - tags
    injections = {c.lang for c in core.cases if "injection" in c.tags}
    assert injections == {"en", "vi"}
    assert any(len(c.goal) > 1000 for c in core.cases if "long" in c.tags)
    assert any(c.context and c.context.monthly_growth is not None for c in core.cases)
    assert any(c.expect.attainable in ("met", "missing") for c in core.cases)
    assert any(c.expect.relevant == "met" for c in core.cases)


def test_not_a_goal_is_missing_everything(core) -> None:
    for c in core.cases:
        if "not_goal" in c.tags:
            assert (c.expect.specific, c.expect.measurable, c.expect.time_bound) == (
                "missing",
            ) * 3, c.id
            assert not c.check_rewrite, c.id


def test_core_has_the_design_ladder(core) -> None:
    ladder = {
        "Grow our audience": ("missing", "missing", "missing"),
        "Grow our TikTok followers": ("met", "missing", "missing"),
        "Double our TikTok followers": ("met", "met", "missing"),
        "Double our TikTok followers within 6 months": ("met", "met", "met"),
        "Tăng quy mô khán giả": ("missing", "missing", "missing"),
        "Tăng số lượng người theo dõi trên TikTok": ("met", "missing", "missing"),
        "Tăng gấp đôi số lượng người theo dõi TikTok": ("met", "met", "missing"),
        "Tăng gấp đôi số người theo dõi TikTok trong vòng 6 tháng": ("met", "met", "met"),
    }
    by_goal = {c.goal: c for c in core.cases if c.context is None}
    for goal, want in ladder.items():
        e = by_goal[goal].expect
        assert (e.specific, e.measurable, e.time_bound) == want, goal


@pytest.mark.slow
def test_every_suite_file_is_valid() -> None:
    for path in sorted((ROOT / "evals" / "suites").glob("*.yaml")):
        assert load_suite(path).cases, path
