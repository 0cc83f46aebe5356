"""A vague part of a whole amount ("a big chunk of the $2k") sized from the whole, in its unit."""

from __future__ import annotations

import re

from rewriter.report import Edit, Rewrite
from rewriter.rules.context import Resolved
from rewriter.rules.rewrite import Plan, target_assumed, with_deadline
from rewriter.rules.variants import AMOUNT_TYPED, restyled, variants
from rewriter.text.normalize import fold
from rewriter.text.objects import words_re
from rewriter.text.readings import Readings, read

# the word that joins a part to its whole ("of", "của"), kept after the amount put in
_JOINER_END = re.compile(r"\s(?:of|của|cua)$", re.IGNORECASE)


def part_sized(
    r: Readings, ctx: Resolved, plan: Plan
) -> tuple[str, list[Edit], list[Rewrite]] | None:
    """ "knock out a big chunk of the $2k on my card" -> "knock out $1k of the $2k on my card by
    ...": half the whole, written as the user wrote the whole, takes the vague part's place; the
    versions step that amount as any other."""
    part = r.vague_portion
    if part is None or r.target is not None:
        return None
    whole = next((q for q in r.quantities if q.span.start > part.start and q.value > 0), None)
    if whole is None or (typed := AMOUNT_TYPED.search(whole.span.text)) is None:
        return None
    # "most of my $5k loan": three quarters of it; any other vague part, half
    share = 0.75 if words_re("most_portions").match(fold(part.text)) else 0.5
    amount = restyled(typed, whole.value * share, whole, plan.lang)
    if amount is None:
        return None
    said = whole.span.text[: typed.start()] + amount + whole.span.text[typed.end() :]
    joiner = _JOINER_END.search(part.text)
    if joiner is not None:
        put = said + joiner[0]
    else:
        put = said + (" of" if plan.lang == "en" else " cua" if plan.plain else " của")
    text = r.text.rstrip(" .!;")
    again = read(text[: part.start] + put + text[part.end :], r.today, r.language)
    if again.target is None or again.target.span.start != part.start:
        return None  # the amount does not read back as the goal's
    main, edits = with_deadline(again, ctx, plan)
    plan.assumptions = [n for n in plan.assumptions if n in plan.deadline_notes]
    target_assumed(plan, said)
    versions = variants(main, read(main, r.today, r.language), plan.lang, plan.assumptions) or []
    return main, [Edit(criterion="measurable", text=said, assumed=True), *edits], versions
