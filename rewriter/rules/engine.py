"""The rules engine: read the goal, judge the five criteria, write and re-check the rewrite."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from rewriter.history.apply import attainable as attainable_from_history
from rewriter.history.apply import data_targets, with_history
from rewriter.history.model import Forecast
from rewriter.report import (
    CRITERIA,
    Criteria,
    Criterion,
    Edit,
    Facts,
    GoalContext,
    GoalReport,
    Language,
    Rewrite,
)
from rewriter.rules.context import Resolved, resolve
from rewriter.rules.held import held_below
from rewriter.rules.messages import fmt_pct, fmt_value, msg
from rewriter.rules.portions import part_sized
from rewriter.rules.rewrite import (
    Plan,
    after_remark,
    alternatives,
    as_written,
    augment,
    build_plan,
    cap_given_period,
    capped_less,
    change_text,
    chatter_aside,
    checked_notes,
    clock_routine,
    compose,
    confidence_aside,
    count_filled,
    counts_deed,
    drop_aside,
    faster_by,
    from_start,
    from_today,
    habit_cadence,
    milestone_plan,
    money_put_aside,
    more_count,
    moves_it,
    nice,
    nice_pct,
    objective_phrase,
    only_chat,
    practised_skill,
    rating_raised,
    routine_by_nature,
    share_sized,
    spent_less,
    times_weekly,
    today_told_after,
    with_deadline,
    year_written,
)
from rewriter.rules.variants import variants, with_amount
from rewriter.rules.verdicts import (
    bare_change,
    change_of_a_whole,
    clinical_named,
    deadline_of,
    growth_need,
    judge,
    kind_of,
    measurable,
    measure_moved,
    metric_is_head,
    more_of_a_deed,
    object_label,
    one_definite,
    one_of_a_count,
    points_or_share,
    praised,
    result_verbs,
    routine_named,
    specific,
    time_bound,
    timed_session,
    with_named,
)
from rewriter.text.language import detect_language
from rewriter.text.lexicon import canonical, lexicon
from rewriter.text.normalize import clean_goal, fold, strip_marks
from rewriter.text.objects import vague_cadence_re, words_re
from rewriter.text.readings import (
    Quantity,
    Readings,
    Span,
    mask,
    read,
    told_clause,
    wish_for_others,
)
from rewriter.text.shorthand import kept_as_typed
from rewriter.text.typos import mend_typos


def _others_wished(r: Readings) -> bool:
    """A wish for how others feel or act ("Muốn khách hàng tin tưởng công ty mình hơn"), whose
    only measure the catalog knows is the people it names, not how they feel."""
    at = wish_for_others(r)
    if at is None:
        return False
    span = r.metric_span
    return span is None or len(r.folded[at : span.start].split()) <= 1  # "các| khách hàng"


def _clinical_unsaid(r: Readings, ctx: Resolved) -> bool:
    """A clinical level moved with no number said ("Bring down my blood sugar by Christmas",
    "giảm đường huyết trước Tết"): its target is the doctor's to set."""
    return (
        r.target is None
        and r.frequency is None
        and ctx.target is None
        and ctx.baseline is None
        and clinical_named(r)
    )


@lru_cache(maxsize=4096)
def smt_met(text: str, language: Language, today: date) -> bool:
    """True when the text, read on its own, is Specific, Measurable and Time-bound.

    It must also still read as the goal's language: a mixed goal whose English words were the
    ones replaced ("social media" by a platform) would come back read as the other language.
    """
    if detect_language(text) != language:
        return False
    return all(status == "met" for status in smt_statuses(text, language, today))


def smt_statuses(text: str, language: Language, today: date) -> tuple[str, ...]:
    """How the text, read on its own, stands on Specific, Measurable and Time-bound."""
    r = read(text, today, language)
    ctx = Resolved(today=today)
    return tuple(check(r, ctx, r.language).status for check in (specific, measurable, time_bound))


@dataclass
class Analysis:
    """What the rules engine reads and judges in a goal, before it writes the rewrite.

    The llm engine needs only this for its hints; the rewrite is written when asked for.
    """

    goal: str
    language: Language
    criteria: Criteria
    facts: Facts
    warnings: list[str]
    readings: Readings
    resolved: Resolved
    plan: Plan
    forecast: Forecast | None = None  # what the metric's history says, when one was given
    remark: str | None = None  # a remark told after the goal (a gripe, how it was), kept last


def rules_analysis(
    goal: str, context: GoalContext | None = None, max_chars: int = 2000
) -> Analysis:
    """Read and judge a goal. Raises GoalInputError for unusable text."""
    context = context or GoalContext()
    text = mend_typos(clean_goal(goal, max_chars))
    today = context.today or date.today()
    r = read(_after_request(text, today, context.language), today, context.language)
    if r.request_after is not None:
        # "Keep absenteeism below 5%. Pls help me make it sound nicer": the goal, without
        # what is asked of the tool after it
        r = read(r.text[: r.request_after].rstrip(), today, r.language)
    told_today = today_told_after(r) if context.baseline is None else None
    remark = None
    if (
        r.is_goal
        and (
            at := r.gripe_at()
            or r.past_remark_at()
            or r.habit_remark_at()
            or r.told_remark_at()
            or r.apart_remark_at()
            or r.dash_aside_at()
        )
        is not None
    ):
        # "ngủ đủ giấc hơn, dạo này thức khuya edit video mệt xỉu": the goal is what comes
        # before the remark; the remark's words ("video", "tháng này") are not the goal's
        remark = r.text[at:]
        r = read(r.text[:at].rstrip(" ,;.-—–"), today, r.language)
        if (
            only_chat(remark, today)
            and told_clause().match(fold(remark.strip(" ,;.-—–")).lower()) is None
        ):
            # ". I say this every year, ha!": chat, left out of the rewrite; ", my back is
            # killing me after all these doodles lol" tells why, and stays
            remark = None
    ctx = resolve(context, today)
    if told_today is not None:
        # "cut down on coffee, im on 4 cups a day now": today's figure, told after the wish, is
        # where the step is taken from ("from 4 to 3"), as if the user had given it
        ctx = replace(ctx, baseline=told_today)
    ctx, forecast = with_history(r, ctx, context)
    lang = r.language
    warnings: list[str] = []
    if r.injection:
        warnings.append(msg(lang, "warnings.injection"))
    if not r.is_goal:
        warnings.append(msg(lang, "warnings.not_goal"))
    plan = build_plan(r, ctx)
    criteria = judge(r, ctx)
    if forecast is not None and r.is_goal:
        criteria = attainable_from_history(criteria, forecast, lang, _unit(r))
    if plan.plain:
        # typed without diacritics: the feedback quotes the user's words, so it is written the
        # same way ("Neu ro dieu can do: nguoi theo doi tren TikTok", not half of each)
        criteria = _plain(criteria)
        warnings = [strip_marks(w) for w in warnings]
    return Analysis(
        goal=text,
        language=lang,
        criteria=criteria,
        facts=_facts(r, ctx, plan),
        warnings=warnings,
        readings=r,
        resolved=ctx,
        plan=plan,
        forecast=forecast,
        remark=remark,
    )


def _review_asked(criteria: Criteria, plan: Plan) -> Criteria:
    """The rewrite says how often; when to look back at it is what is left to ask, never "by
    which date should this be done"."""
    if criteria.time_bound.status == "met":
        return criteria
    ask = msg(plan.lang, "time_bound.q_review")
    asked = criteria.time_bound.model_copy(
        update={"question": strip_marks(ask) if plan.plain else ask}
    )
    return criteria.model_copy(update={"time_bound": asked})


def _after_request(text: str, today: date, language: Language | None) -> str:
    """The goal after a request to the tool ("can u make this smart: land 3 contracts ...",
    "help me lose 5kg before christmas"): the request is no part of the goal, and the goal is
    edited in the user's own words."""
    folded = fold(text)
    m = lexicon().request_prefix_re.match(folded)
    rest = text[m.end() :].strip() if m else ""
    if len(rest.split()) >= 2:
        return rest
    if (
        (helped := lexicon().help_prefix_re.match(folded)) is not None
        and not text.rstrip().endswith("?")  # "can you help me ...?": a question to the tool
        # "help me write a marketing plan": a thing the tool is asked to make
        and words_re("made_by_tool").match(folded, helped.end()) is None
    ):
        rest = text[helped.end() :].strip()
        if (
            len(rest.split()) >= 2
            and (after := read(rest, today, language)).is_goal
            and not _goals_asked_for(after)
        ):
            return rest
    return text


def _goals_asked_for(r: Readings) -> bool:
    """ "(help me) set a goal for next month": goal-setting asked of the tool, with no goal in
    it: nothing but a time or a word or two follows, no figure and no colon."""
    asked = words_re("goal_setting").match(r.folded)
    if asked is None or ":" in r.folded[asked.end() :]:
        return False
    rest = r.folded
    for t in r.times:
        rest = mask(rest, t.start, t.end)
    tail = rest[asked.end() :]
    return not any(ch.isdigit() for ch in tail) and len(tail.split()) <= 3


def _with_remark(rewrite: str, remark: str) -> str:
    """The rewrite with the user's remark back after it ("Do stretching 3 times a week, ugh my
    back"), set off by a comma when the remark opened with none."""
    tail = after_remark(remark.rstrip(), 0)
    if tail[:1] and tail[0] not in " ,.;:!?)":
        tail = " " + tail  # "... trước ngày 01/03/2027 😅 dạo này lười quá": never glued on
    return rewrite.rstrip(" .") + tail + ("." if tail[-1:].isalnum() else "")


def _plain(criteria: Criteria) -> Criteria:
    """The verdicts' feedback and questions without diacritics."""

    def plain(c: Criterion) -> Criterion:
        return c.model_copy(
            update={
                "feedback": strip_marks(c.feedback),
                "question": strip_marks(c.question) if c.question else None,
            }
        )

    return criteria.model_copy(update={name: plain(getattr(criteria, name)) for name in CRITERIA})


def _unit(r: Readings) -> str | None:
    unit = r.metric.unit if r.metric is not None else None
    return None if unit in (None, "count") else unit


def rules_report(
    goal: str, context: GoalContext | None = None, max_chars: int = 2000
) -> GoalReport:
    """The embedded engine's full report. Raises GoalInputError for unusable text."""
    return finish(rules_analysis(goal, context, max_chars))


def finish(a: Analysis) -> GoalReport:
    """The report of an analysis, with its rewrite and alternatives, each re-checked."""
    r, ctx, plan, lang, text, criteria = (
        a.readings,
        a.resolved,
        a.plan,
        a.language,
        a.goal,
        a.criteria,
    )
    today = ctx.today
    warnings = list(a.warnings)
    objective = objective_phrase(r, ctx, lang)
    # first choice keeps the user's sentence; then the plan's parts; then a plan with no user
    # words at all (milestones), which the test suite checks is always S, M and T

    def report(rewrite: Rewrite | None, alternatives: list[Rewrite]) -> GoalReport:
        if rewrite is not None and a.remark:
            rewrite, *alternatives = (
                v.model_copy(update={"text": _with_remark(v.text, a.remark)})
                for v in (rewrite, *alternatives)
            )
        if rewrite is not None:
            # "this yr", "nxt qtr": read as the words, written back as the user typed them
            rewrite, *alternatives = (
                v
                if (kept := kept_as_typed(text, v.text)) == v.text
                else v.model_copy(update={"text": kept})
                for v in (rewrite, *alternatives)
            )
        return GoalReport(
            goal=text,
            language=lang,
            criteria=criteria,
            facts=a.facts,
            rewrite=rewrite,
            alternatives=alternatives,
            engine="rules",
            warnings=warnings,
            forecast=a.forecast,
        )

    if not r.is_goal:
        # a question, a fact, a greeting: inventing a goal would put words in the user's mouth
        return report(None, [])
    own = not r.injection
    kind = kind_of(r)
    kept = own and _smart_in_own_words(criteria, ctx)
    edits: list[Edit] = []
    deliverable = rebuilt = cadenced_main = False
    stepped: list[Rewrite] | None = None  # versions of an amount stepped from today's figure
    if kept:
        main = as_written(r, plan)  # nothing is missing: the user's sentence is the rewrite
        plan.assumptions = []  # and nothing in it is assumed
    elif own and (clocked := clock_routine(r, ctx, plan)) is not None:
        main, edits, stepped = clocked  # "ngủ trước 12h đêm": every night, not by a date
        cadenced_main = True
        criteria = _review_asked(criteria, plan)
    elif own and (practised := practised_skill(r, plan)) is not None:
        main, edits = practised  # "learn Spanish": how often it is practised, not courses
        cadenced_main = True
        criteria = _review_asked(criteria, plan)
    elif (
        own
        # "read the OSG more often": one thing, done again and again
        # "water the bonsai": the one thing is cared for again and again
        and (
            not _one_thing(r)
            or vague_cadence_re().search(r.folded) is not None
            or routine_by_nature(r)
            or more_of_a_deed(r)  # "practise with the metronome more": done again and again
            or words_re("routine_starts").search(r.folded) is not None  # "start doing huddles"
            or timed_session(r)  # "walk 30 min at the park": a session held again and again
            # "jog with the masters group to bring my BP down": who it is done with, no thing
            or (kind == "habit" and routine_named(r) is not None)
        )
        and (cadenced := habit_cadence(r, ctx, plan)) is not None
    ):
        main, edits = cadenced  # "run regularly": how often, not a date to stop by
        cadenced_main = True
        criteria = _review_asked(criteria, plan)
    elif own and (sped := faster_by(r, ctx, plan)) is not None and smt_met(sped[0], lang, today):
        main, edits, stepped = sped  # "get milking done quicker": how much quicker, and when
        routine = {fold(msg(lang, f"rewrite.cadence_{k}")) for k in ("nightly", "daily")}
        if any(e.criterion == "time_bound" and fold(e.text) in routine for e in edits):
            criteria = _review_asked(criteria, plan)  # "dậy sớm hơn 30 phút mỗi ngày"
    elif own and (spent := spent_less(r, ctx, plan)) is not None and smt_met(spent[0], lang, today):
        main, edits, stepped = spent  # "spend less on clothes": 20% less, by a date
    elif (
        own and (sized := share_sized(r, ctx, plan)) is not None and smt_met(sized[0], lang, today)
    ):
        main, edits, stepped = sized  # "put some of every paycheck into savings": 10% of each
    elif (
        own and (put := money_put_aside(r, ctx, plan)) is not None and smt_met(put[0], lang, today)
    ):
        main, edits, stepped = put  # "save up for dorm stuff": how much, in the user's words
    elif own and (weekly := times_weekly(r, plan)) is not None and smt_met(weekly[0], lang, today):
        main, edits, stepped = weekly  # "gym 3x": three times every week
    elif own and (less := capped_less(r, ctx, plan)) is not None and smt_met(less[0], lang, today):
        main, edits, stepped = less  # "drink less soda": at most 2 times a week
        criteria = _review_asked(criteria, plan)
    elif (
        own and (per := cap_given_period(r, ctx, plan)) is not None and smt_met(per[0], lang, today)
    ):
        main, edits, stepped = per  # "no more than 3 coffees": a day, kept from then on
        criteria = _review_asked(criteria, plan)
    elif (
        own and (halved := part_sized(r, ctx, plan)) is not None and smt_met(halved[0], lang, today)
    ):
        main, edits, stepped = halved  # "knock out a big chunk of the $2k": half of it, by a date
    elif (
        own
        and (filled := count_filled(r, ctx, plan)) is not None
        and smt_met(filled[0], lang, today)
    ):
        main, edits, stepped = filled  # "hire some baristas": how many, in the user's sentence
    elif (
        own
        and r.baseline_from is not None
        and (amounted := from_start(r, ctx, plan)) is not None
        and smt_met(amounted[0], lang, today)
    ):
        # "grow our win rate from 18% next year": the amount to reach follows the user's start
        main, edits, stepped = amounted
    elif own and (held := held_below(r, ctx, plan)) is not None and smt_met(held[0], lang, today):
        main, edits, stepped = held  # "keep locum spend down this winter": how far below today's
    elif own and (deliverable := _deliverable(r, criteria, ctx, kind, plan)):
        # "nop do an tot nghiep", "launch the podcast": the deliverable is the done-condition;
        # only a missing deadline is added, never "complete 3 milestones"
        amounted = from_today(r, ctx, plan) if r.state_clause is not None else None
        if amounted is not None and smt_met(amounted[0], lang, today):
            # "We sell about 180 day passes a week. Want that higher": today's figure is
            # there to step from, so the wish gains an amount as well as a date
            main, edits, stepped = amounted
        else:
            main, edits = _dated_as_written(r, ctx, plan)
    elif (
        own
        and r.state_clause is not None
        and (amounted := from_today(r, ctx, plan)) is not None
        and smt_met(amounted[0], lang, today)
    ):
        # "organic installs sitting ~3k/day, need that up": a measure the catalog knows, with
        # today's figure to step from, gains an amount in the user's own unit, not a percent
        main, edits, stepped = amounted
    else:
        if own and (_others_wished(r) or _clinical_unsaid(r, ctx)) and not ctx.metric_text:
            # "Muốn khách hàng tin tưởng công ty mình hơn": how others feel has no count in the
            # user's words; an amount glued in ("tin tưởng thêm 20%") would measure nothing,
            # so the date goes in and the questions ask what would show it; a clinical level
            # with no number ("Bring down my blood sugar by Christmas") is the doctor's to set,
            # never a share the tool makes up
            deliverable = True
            main, edits = _dated_as_written(r, ctx, plan)
        elif own:
            main, edits = augment(r, ctx, plan)
            if plan.direction == "milestones" and (
                not smt_met(main, lang, today)
                # "muon trong them sau rieng xen ca phe": a thing the user named, done; a count
                # of milestones would stand in for it
                or r.obj.concrete
                # "be healthier, less stress": a vague aim, which no count of milestones shows
                or r.vague_object is not None
            ):
                # nothing the goal or the catalog could count: its own words and a deadline,
                # and the questions ask what would show it done ("complete 3 milestones"
                # glued on would name nothing)
                deliverable = True
                main, edits = _dated_as_written(r, ctx, plan)
        else:
            main = compose(plan, objective=objective)
        # an edited sentence is read again (a goal kept as written was read just now)
        if not deliverable and not smt_met(main, lang, today):
            if own:
                # the edit does not read back whole: the user's words and a deadline, never a
                # template from the plan ("Lower our RN turnover" rebuilt as "Reduce revenue")
                deliverable = True
                main, edits = _dated_as_written(r, ctx, plan)
            else:
                main = compose(plan, objective=objective)
                edits = []  # rebuilt from the plan: nothing of the user's sentence is left
                if not smt_met(main, lang, today):
                    plan = milestone_plan(plan)
                    main = compose(plan)
            rebuilt = not r.injection and not deliverable
            if rebuilt:
                warnings.append(msg(lang, "warnings.rewrite_rebuilt"))
    # first choice: the main rewrite with another amount in the user's own number (the same
    # goal, same words and unit: no re-read needed); then the plan's templates
    own_notes = checked_notes(plan, main)
    kept_notes = [a for a in own_notes if a not in plan.target_notes]
    own_amount: list[Rewrite] | None = None
    if stepped is not None:
        own_amount = stepped  # "... Want that higher: 220 day passes a week": smaller, larger
    elif own and not rebuilt and plan.now_share is not None:
        own_amount = _share_steps(main, plan, kept_notes)
    elif (
        own
        and not rebuilt
        and (not deliverable or _channel_asked(r, plan))
        # "we're on 140 suppliers, need to consolidate": with no amount to reach, the number
        # in the sentence is today's or the team's, never one to vary
        and (
            criteria.measurable.status == "met"
            or any(e.criterion == "measurable" for e in edits)
            # "Followers 20%": the channel is asked, the user's own amount is varied
            or (criteria.measurable.status == "partial" and not points_or_share(r))
        )
    ):
        own_amount = variants(main, r, lang, kept_notes, _added_number(edits, plan))
        if (
            own_amount
            and criteria.measurable.status != "met"
            and not any(e.criterion == "measurable" for e in edits)
            and smt_statuses(main, lang, today)[1] != "met"
        ):
            # "grow 1.5 per month engagement rate": what the number counts is still asked; a
            # version of it would vary an amount that is not yet a measure
            own_amount = []
        if deliverable and own_amount:
            # the channel is asked: each version must read as the rewrite does ("7.5k grow
            # engagement rate" would read as another goal)
            read_as = smt_statuses(main, lang, today)
            own_amount = [v for v in own_amount if smt_statuses(v.text, lang, today) == read_as]
    alts: list[Rewrite]
    if plan.by_event:
        alts = []  # "... before my wedding": dated versions would say another deadline
    elif plan.unit is not None and plan.unit.startswith("/") and plan.target_assumed:
        alts = []  # "to 4/5": one step on the rating's scale, assumed; the user sets the rest
    elif stepped is not None:
        alts = stepped  # none when no other step reads well: never a template in its place
    elif own_amount:
        alts = own_amount
    elif (
        deliverable
        # "log my spending in the app every day": a template ("Reduce spending by 10%") would
        # swap the routine for another goal
        or cadenced_main
        or (kept and not _own_catalog_metric(r, plan))
        or (own and not rebuilt and r.target is not None and r.target.kind != "ratio")
        or (  # "doanh so ... gap ruoi", "MRR 1.5x": the template would swap in another name
            own and not rebuilt and r.target is not None and not _says_catalog_name(r, plan)
        )
        or (
            own
            and not rebuilt
            and r.target is None
            and not _own_catalog_metric(r, plan)
            and not _template_main(main, plan)
        )
    ):
        # nothing to vary in the user's own words ("4,7/5", "2 tieng 15 phut"): a template
        # ("complete 3 milestones", "dat 6 muc do hai long") would not be the user's goal, so
        # none is better than a wrong one
        alts = []
    else:
        alts = alternatives(plan, objective)
        if not _catalog_only(plan, objective):  # text from the user may read differently: re-check
            alts = [a for a in alts if smt_met(a.text, lang, today)]
        if own and not rebuilt:
            alts = [_said_in_main(main, a) for a in alts]
    if own and not rebuilt and a.forecast is None and criteria.attainable.status == "missing":
        # out of reach at the pace the user gave: the main rewrite aims where that pace gets to,
        # and the user's own target stays as the ambitious version
        reachable = _reachable(r, ctx)
        text_at = with_amount(main, r, lang, reachable) if reachable else None
        if (
            text_at is None
            and r.target is not None
            and r.target.kind == "ratio"
            # "10x the funnel this year": with no pace told, no pace to aim by
            and (ctx.monthly_growth or 0) > 0
            and (need := growth_need(r, ctx))
        ):
            # "double our followers": said in words, so the reachable goal is written from the plan
            pct = nice_pct(((1 + (ctx.monthly_growth or 0) / 100) ** need.months - 1) * 100)
            text_at = compose(plan, pct=max(pct, 1.0), objective=objective)
            text_at = text_at if smt_met(text_at, lang, today) else None
        if text_at and text_at != main:
            pace = fmt_pct(ctx.monthly_growth or 0, lang)
            alts = [
                Rewrite(
                    text=main, label="ambitious", assumptions=[msg(lang, "assumptions.own_target")]
                )
            ]
            main = text_at
            plan.assumptions.append(msg(lang, "assumptions.reachable", pace=pace))
    notes = checked_notes(plan, main)
    if plan.plain:  # typed without diacritics: every note the user reads is written the same way
        notes, warnings = [strip_marks(n) for n in notes], [strip_marks(w) for w in warnings]
        alts = [
            a.model_copy(update={"assumptions": [strip_marks(n) for n in a.assumptions]})
            for a in alts
        ]

    for aside in (confidence_aside(r), chatter_aside(r)) if own else ():
        # "I'm maybe 80% confident": for Attainable only; "(manifesting it, lol)": chat
        main = drop_aside(main, aside)
        alts = [a.model_copy(update={"text": drop_aside(a.text, aside)}) for a in alts]
    if own and (dated := year_written(r)) is not None and dated[0] in main:
        # "trước 20/11" typed on 1 December: next year's 20/11, written so the user sees it
        typed, with_year = dated
        main = main.replace(typed, with_year, 1)
        edits = [*edits, Edit(criterion="time_bound", text=with_year, assumed=True)]
        alts = [a.model_copy(update={"text": a.text.replace(typed, with_year, 1)}) for a in alts]
    rewrite = Rewrite(text=main, assumptions=notes, edits=edits)
    if a.forecast is not None and plan.direction in ("increase", "decrease", "reach"):

        def at(value: float) -> str | None:  # the goal with a target from the projection
            text = compose(plan, target=value, objective=objective)
            # catalog templates are checked by the test suite; anything else is read again
            return text if _catalog_only(plan, objective) or smt_met(text, lang, today) else None

        rewrite, alts = data_targets(
            rewrite, alts, a.forecast, at, lang, _unit(r), plan.plain, plan.target_notes
        )
    return report(rewrite, alts)


def _channel_asked(r: Readings, plan: Plan) -> bool:
    """ "get 5k followers by valentines day": the user's own amount of a channel's metric, whose
    channel is asked rather than guessed; the amount can still be made smaller or larger."""
    return (
        plan.platform is None
        and r.metric is not None
        and r.metric.channel
        and r.target is not None
        and r.target.kind in ("absolute", "percent", "range")
    )


def _dated_as_written(r: Readings, ctx: Resolved, plan: Plan) -> tuple[str, list[Edit]]:
    """The user's sentence with only a missing deadline added; of the plan's notes only the
    deadline's stay (nothing else of the plan is in the rewrite)."""
    main, edits = with_deadline(r, ctx, plan)
    plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    raised = rating_raised(r)
    if raised is not None:
        # "noi tieng anh tu tin tam 6/10 thoi, muon noi tot hon": the level to reach is named
        at, now, to = raised
        words = msg(plan.lang, "rewrite.rating_up", to=to)
        words = strip_marks(words) if plan.plain else words
        first = words.strip(" ,").split()[0]
        if main[:at].rstrip().lower().endswith(" " + first.lower()):
            # "want to get that up" + "up to 6/10": the user's own "up" leads to the level
            words = " " + words.strip(" ,")[len(first) :].strip()
        if main[:at].lower() == r.text[:at].lower():
            main = main[:at] + words + main[at:]
            edits.insert(0, Edit(criterion="measurable", text=words.strip(" ,"), assumed=True))
            note = msg(plan.lang, "assumptions.rating_up", to=to, now=now)
            plan.assumptions.insert(0, strip_marks(note) if plan.plain else note)
    return main, edits


def _deliverable(r: Readings, criteria: Criteria, ctx: Resolved, kind: str, plan: Plan) -> bool:
    """Nothing to count that the goal or the catalog could name without guessing: a thing to
    deliver ("submit the Q4 tax report", "write my memoir") or an aim with no measure in any
    list ("be less stressed"). Its rewrite keeps the sentence, adds a deadline, and asks what
    counts as done rather than gluing on "complete 3 milestones"."""
    own_words = ctx.platform is None and ctx.objective is None and ctx.baseline is None
    if plan.object_text is not None and r.metric is None and more_count(r):
        return False  # "hire more nurses": how many more is the measure, not a deed done
    if own_words and r.unlisted_order and r.target is None and r.frequency is None:
        # "have a nice wedding without going broke": a deed in the user's own words; a
        # catalog measure for some word in it would be another goal
        return True
    if (
        own_words
        and plan.platform is None
        and r.target is None
        and (r.metric is None or r.metric.channel)
        and words_re("people_audience_cues").search(r.folded) is not None
    ):
        # "elevate our visibility among regional philanthropists": who is to know is named, no
        # channel; a channel's reach would be another goal, so what would show it is asked
        return True
    if own_words and r.letter_grade is not None and r.target is None:
        return True  # "pass DipTrans unit 2 with merit": the grade is the measure, only a date
    if own_words and r.self_rating is not None and r.target is None:
        # "feel 7/10 ready for my viva": what would show it is asked; no measure of another
        # kind is put in place of the feeling
        return True
    if own_words and r.metric is None and measure_moved(r):
        # "Get our email open rate up": a measure no list names, moved; the number is asked,
        # never another metric put in its place
        return True
    if own_words and r.state_clause is not None and r.target is None and r.metric is None:
        # "im 1320 blitz on chess.com, want it higher": where it stands, then a wish; no
        # catalog measure to say the amount with, so the amount is asked, not put in
        return True
    if (
        own_words
        and r.metric is not None
        and r.metric.unit == "score"
        and kind == "milestone"
        and r.target is None
        and r.frequency is None
    ):
        # "Con lấy được IELTS trước hè": the exam is the deed; which band is asked, never
        # "IELTS thêm 20%"
        return True
    if own_words and r.metric is not None and praised(r) is not None:
        # "chi tieu sao cho hop ly hon": how the spending goes is praised; no amount of it
        # is spliced into the praise
        return True
    if own_words and (change_of_a_whole(r) or bare_change(r)):
        # "grow the show 25%", "get realisation up 5": which number, or 5 of what, is asked;
        # the sentence stays as typed
        return True
    if own_words and r.today_only is not None and not moves_it(r):
        # "tiem co khoang 120 khach quen, muon co them": where it stands and a wish to move,
        # with no place an amount reads well; the number to reach is asked
        return True
    if plan.direction == "milestones" and r.target is not None and r.direction is not None:
        return True  # "giam mo xuong 12%": the user's own move and number on a thing no list names
    if own_words and r.target is None and words_re("excess_idioms").search(r.folded):
        # "try not to go overboard on travel spending": how much less is asked; a share
        # spliced into the idiom ("... spending by 20%") would not read
        return True
    if own_words and one_of_a_count(r):
        return True  # "fix login bug": the one bug fixed, not the bugs cut by a share
    if (
        own_words
        and r.target is None
        and r.frequency is None
        and _one_thing(r)
        # "raise my hourly rate": a measure moved up or down, by an amount, is no one thing done
        and not (r.obj.head_measure and r.direction in ("increase", "decrease"))
    ):
        return True  # "become a staff engineer", "hire a designer": one thing, not a count to add
    if (
        own_words
        and r.wish_end is not None
        and r.target is None
        and (
            r.vague_object.start >= r.wish_end  # "a greener bus company": not its revenue
            if r.vague_object is not None
            else not r.obj.concrete  # "get better at English": courses measure it
        )
    ):
        return True  # "be a greener bus company": the company's revenue is not what gets greener
    if (
        own_words
        and r.obj.aim
        and r.obj.area
        and r.target is None
        and r.frequency is None
        and r.metric is not None
        and r.vague_object is None
        and not r.suggested_metric
    ):
        # "improve how we handle complaints": a way of working; more complaints is no measure of
        # it, so the date is added and the questions ask what would show it better
        return True
    if (
        own_words
        and r.obj.milestone
        and not r.obj.vague  # "xay dung cong dong": an aim the catalog measures
        and canonical(r.obj.verb or "") not in result_verbs()  # "get churn down", "become fluent"
        and r.target is None
        and r.frequency is None
        and r.direction not in ("increase", "decrease")
        and r.vague_quantity is None
        and not counts_deed(r, plan)
        and not _moves_own_metric(r)
    ):
        # "ra mat bo nhan dien thuong hieu moi", "pass my CPA exams": a thing to deliver; a
        # measure the catalog has for a word in it ("brand": reach) is not what the user does
        return True
    if (
        not own_words
        or r.target is not None
        or r.frequency is not None
        or r.suggested_metric
        or r.metric
    ):
        return False  # "learn Spanish", "hire engineers": the catalog knows a measure
    if kind == "milestone" and criteria.specific.status == "met":
        return criteria.measurable.status != "met"
    return plan.direction == "milestones"  # neither the goal nor the catalog names a measure


def _moves_own_metric(r: Readings) -> bool:
    """The thing the deed acts on is a catalog metric itself ("tao khach hang tiem nang",
    "generate leads"): more of it is the goal, and the catalog's measure says how much."""
    o, span = r.obj, r.metric_span
    return (
        r.metric is not None
        and r.metric.kind == "metric"
        and span is not None
        and o.start is not None
        and o.start <= span.start < (o.end or 0)
        and metric_is_head(r)  # "chatbot ho tro khach hang" is a chatbot, not customers
    )


# "run a half marathon", "run my first half marathon": one event, not a count
_ONE_BEFORE = re.compile(
    r"\b(?:a|an|one|mot|first|another|one more|(?<=\bmo )them)\s+(?:half\s+)?$"
)


def _reachable(r: Readings, ctx: Resolved) -> float | None:
    """The goal's number where the recent monthly pace gets by the deadline (growth goals only)."""
    need, q = growth_need(r, ctx), r.target
    g = ctx.monthly_growth
    if need is None or q is None or not g or g <= 0 or r.direction == "decrease":
        return None
    ratio: float = (1 + g / 100) ** need.months
    if q.kind == "percent" and q.relative:
        return (ratio - 1) * 100
    if q.kind == "range" and q.baseline:
        return q.baseline * ratio
    if q.kind in ("absolute", "percent") and ctx.baseline and not q.relative:
        return ctx.baseline * ratio
    if q.kind == "absolute" and q.relative and ctx.baseline:
        return ctx.baseline * (ratio - 1)
    return None


def _one_thing(r: Readings) -> bool:
    """A deed on one thing, said with "a", "an", "mot" ("open a store", "tuyen mot ke toan")."""
    o = r.obj
    if not (o.found and o.start is not None and o.end is not None):
        return False
    one = _ONE_BEFORE.search(r.folded, max(0, o.start - 12), o.start) is not None
    if o.action and not r.recurring and (one or one_definite(r) and not (o.quality or o.aim)):
        # "run a half marathon", "take the beginners' oil painting course": one thing, not a count
        return True
    if not (o.milestone or canonical(o.verb or "") in result_verbs()):
        return False
    if o.vague and r.suggested_metric and r.direction in ("increase", "decrease"):
        return False  # "raise the morale of our staff": an aim the catalog can measure, not a thing
    if (
        o.head_metric
        and r.metric is not None
        and (r.metric.rate or r.metric.lower)  # "mo them diem don": one more of a thing
        and r.direction in ("increase", "decrease")
    ):
        return False  # "our churn is 4% rn, need to get it down": a rate moved, not a thing
    # "finish the Coursera ML course": one definite thing (a plural "the reports" may be counted)
    return one or with_named(r) or one_definite(r) or _named_in(r)


def _named_in(r: Readings) -> bool:
    """A Vietnamese object that carries a name ("khai giang lop tieng Anh thieu nhi", "hoc
    xong khoa ve son dau o Cung van hoa"): one named thing, where English would say "the"."""
    o = r.obj
    if r.language != "vi" or o.start is None or o.end is None:
        return False
    p = r.platform_span
    return any(
        m.start() > 0 and m[0][0].isupper() and not (p is not None and p.start <= m.start() < p.end)
        for m in _WORD.finditer(r.text, o.start, o.end)
    )


_WORD = re.compile(r"(?<!\S)[^\W\d_][^\s,.;:]*")


def _said_in_main(main: str, alt: Rewrite) -> Rewrite:
    """A version the catalog words as the main rewrite's added measure ("Get more sleep: reach
    7 hours of sleep a night ..."): it keeps the user's words around it, only the amount moves."""
    said = alt.text.rstrip(".")
    said = said[:1].lower() + said[1:]
    slot = re.escape(_FIGURE.sub("0", said)).replace("0", _FIGURE.pattern)
    found = re.search(slot, main)
    if found is None or found.start() == 0:
        return alt
    return alt.model_copy(update={"text": main[: found.start()] + said + main[found.end() :]})


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _count_in(added: str) -> str | None:
    """The one whole number an added piece is, alone or with one word ("6", "6 more", "thêm
    6"); None for a share ("20% more") or a longer phrase."""
    words = added.split()
    counts = [w for w in words if w.replace(",", "").isdigit()]
    return counts[0] if len(counts) == 1 and len(words) <= 2 else None


def _share_steps(main: str, plan: Plan, notes: list[str]) -> list[Rewrite]:
    """The main rewrite with the share it put in stepped from today's ("..., sitting at 84% rn":
    to 92% -> 88% / 96%): halfway there, and half as far again, in the user's own words."""
    now, target = plan.now_share, plan.target
    if now is None or target is None or plan.unit != "%":
        return []
    share = fmt_value(target, "%", plan.lang)
    if main.count(share) != 1:
        return []
    delta = target - now
    out = []
    for label, value in (
        ("conservative", nice(now + delta / 2)),
        ("ambitious", min(max(nice(now + delta * 1.5), 1.0), 99.0)),
    ):
        if value not in (now, target) and (value - now) * delta > 0:
            text = main.replace(share, fmt_value(value, "%", plan.lang))
            out.append(Rewrite(text=text, label=label, assumptions=list(notes)))
    return out


def _added_number(edits: list[Edit], plan: Plan) -> Quantity | None:
    """The count the rewrite put before the user's noun ("Hire 3 engineers"), to vary like theirs."""
    number = next(
        (
            count
            for e in edits
            # "Read 6 more books", "đọc thêm 6 cuốn sách": the count, with its "more" or not
            if e.criterion == "measurable" and (count := _count_in(e.text)) is not None
        ),
        None,
    )
    if number is not None and plan.target is not None:
        return Quantity("absolute", plan.target, Span(-1, -1, number))
    if plan.baseline is not None and plan.target is not None:
        # "Giam bug leak tu 8 xuong 6": the move the rewrite put in from today's figure, its
        # target varied like the user's own
        said = {
            fold(msg(plan.lang, f"rewrite.{key}", baseline="", target="").split()[0])
            for key in ("range", "range_down")
        }
        moved = next(
            (
                e.text
                for e in edits
                if e.criterion == "measurable"
                and len(e.text.split()) == 4
                and fold(e.text.split()[0].lower()) in said
            ),
            None,
        )
        if moved is not None:
            return Quantity("range", plan.target, Span(-1, -1, moved), baseline=plan.baseline)
    if plan.pct is None or plan.baseline is not None:
        return None
    # "Reduce no-shows by 20%", "Get 20% more referrals": the change the rewrite put in
    pct = change_text(plan, plan.pct)
    if any(e.criterion == "measurable" and pct in e.text for e in edits):
        if plan.points:  # "by 10 points": a number of points, varied like the user's own
            return Quantity("absolute", plan.pct, Span(-1, -1, pct))
        return Quantity("percent", plan.pct, Span(-1, -1, pct), unit="%", relative=True)
    return None


def _own_catalog_metric(r: Readings, plan: Plan) -> bool:
    """The goal moves a catalog metric it names itself ("double our TikTok followers"): the
    catalog's templates say the same goal with another amount."""
    return (
        r.metric is not None
        and plan.metric is not None
        and kind_of(r) == "outcome"  # "log every expense daily" names income, but is a habit
        and plan.metric.key == r.metric.key
        and plan.metric.kind == "metric"
        and plan.direction in ("increase", "decrease", "reach")
        and (r.target is None or r.target.kind not in ("rank", "level"))
    )


def _says_catalog_name(r: Readings, plan: Plan) -> bool:
    """The goal names its measure with the catalog's own words ("double our TikTok followers")."""
    if plan.metric is None:
        return False
    name = _COUNT_WORDS.sub("", fold(plan.metric.name(plan.lang)))  # "so (luong) nguoi theo doi"
    return name in r.folded


_COUNT_WORDS = re.compile(r"^(?:so luong |so |luot |number of |the )")


def _template_main(main: str, plan: Plan) -> bool:
    """The main rewrite already says the catalog's measure in the catalog's words, so the
    catalog's templates vary the same goal ("... : increase reach on Instagram by 20%")."""
    return plan.metric is not None and fold(plan.metric.name(plan.lang)) in fold(main)


def _smart_in_own_words(criteria: Criteria, ctx: Resolved) -> bool:
    """S, M and T are met by the goal's own words, and the context adds nothing the rewrite
    must say (a platform, a deadline or an objective)."""
    own_words = ctx.platform is None and ctx.deadline is None and ctx.objective is None
    return own_words and all(
        c.status == "met" for c in (criteria.specific, criteria.measurable, criteria.time_bound)
    )


def _catalog_only(plan: Plan, objective: str | None) -> bool:
    """Alternatives built only from catalog names, known platforms, numbers and a date.

    Those templates are checked for every metric, platform and language by the test suite,
    so they need no re-reading here (the rules engine's hot path).
    """
    if plan.metric is None or objective is not None:
        return False
    if plan.platform is None:
        # a channel's measure with no channel ("engagement rate" in a service goal) is not one
        # of those templates: it reads as partial and must be re-read
        return not plan.metric.channel or plan.metric.implies is not None
    return plan.platform in lexicon().platforms


def _facts(r: Readings, ctx: Resolved, plan: Plan) -> Facts:
    q = r.target
    deadline, _ = deadline_of(r, ctx)
    timeframe = None
    if r.deadline:
        timeframe = r.text[r.deadline.start : r.deadline.end]
    elif r.recurring:
        timeframe = r.text[r.recurring.start : r.recurring.end]
    elif ctx.deadline_text:
        timeframe = ctx.deadline_text
    metric = (
        r.metric.name(r.language)
        if r.metric
        else (r.counted.text if r.counted else object_label(r))
    )
    unit = (q.unit if q and q.unit else None) or (r.metric.unit if r.metric else None)
    read_target = None
    if q is not None and q.kind in ("range", "absolute", "percent", "rank") and not q.relative:
        read_target = q.value  # a level the goal states ("10,000", "to 5%")
    elif plan.target is not None and not plan.target_assumed:
        read_target = plan.target
    return Facts(
        platform=r.platform or ctx.platform,
        metric=metric,
        direction=r.direction,
        baseline=q.baseline if q is not None and q.kind == "range" else ctx.baseline,
        target=read_target,
        unit=unit,
        deadline=deadline,
        timeframe=timeframe,
        change_pct=None if plan.target_assumed else plan.pct,
        frequency=r.frequency.span.text if r.frequency else None,
        kind=kind_of(r),
        domain=r.domain,
        confidence=r.confidence,
    )
