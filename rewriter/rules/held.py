"""A measure kept or brought down with no amount ("keep locum spend down this winter") given
how far below today's level it is held."""

from __future__ import annotations

from rewriter.report import Edit, Rewrite
from rewriter.rules.context import Resolved
from rewriter.rules.messages import fmt_pct, msg
from rewriter.rules.rewrite import Plan, as_written, target_assumed, with_deadline
from rewriter.rules.variants import variants
from rewriter.rules.verdicts import held_low_state
from rewriter.text.lexicon import canonical
from rewriter.text.objects import goal_words
from rewriter.text.readings import Readings, read

# how far below today's level a measure kept down is taken to mean, until the user says
HELD_PCT = 5.0


def held_below(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """ "Keep locum spend down this winter" -> "Keep locum spend down this winter, at least 5%
    below today's level": the user's words stay whole and the bound follows what they hold
    down (and its period, when one is said right after); a date is added when none is said."""
    state = held_low_state(r)
    if state is None or goal_words().clinical_re.search(r.folded, r.marked):
        return None  # "keep my sugar levels down": the level is the doctor's to set
    if r.direction == "decrease" and r.metric is not None and not r.times:
        return None  # "keep costs down": a measure the catalog knows is cut by an amount
    text = r.text.rstrip(" .!;")
    at = state.end()
    # "... down| this winter": the period said with it stays with it
    at = next((t.end for t in r.times if 0 <= t.start - at <= 2), at)
    shown = msg(plan.lang, "rewrite.maintain_low", pct=fmt_pct(HELD_PCT, plan.lang))
    rest = text[at:]
    after = f",{rest}" if rest.strip()[:1].isalnum() else rest  # a remark after goes on
    # "keep my spending low", "giữ chi tiêu thấp": a bound held from now on, with no time said,
    # is checked as it goes; one brought down ("get returns under control") is due by a date
    # (a time said in a remark after it is the remark's: "..., CNG price going up every month")
    own_times = [t for t in r.times if r.remark_at is None or t.start < r.remark_at]
    held = canonical(r.obj.verb or "") != "get" and not own_times and r.event_deadline is None
    checked = msg(plan.lang, "rewrite.checked")
    added = f"{shown}, {checked}" if held else shown
    again = read(f"{text[:at]}, {added}{after}", r.today, r.language)
    if again.target is None:
        return None  # the bound does not read back as the goal's
    if held:
        main, edits = (
            as_written(again, plan),
            [Edit(criterion="time_bound", text=checked, assumed=True)],
        )
        plan.assumptions = [msg(plan.lang, "assumptions.checked")]
    else:
        main, edits = with_deadline(again, ctx, plan)
        plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, shown)
    versions = variants(main, read(main, r.today, r.language), plan.lang, plan.assumptions) or []
    return main, [Edit(criterion="measurable", text=shown, assumed=True), *edits], versions
