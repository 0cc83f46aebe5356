"""The goal model's open-vocabulary reading: the object a goal acts on, its verb, its domain."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, field_validator

from rewriter.text.domain_model import DomainModel, domain_model
from rewriter.text.lexicon import (
    PhraseMatcher,
    _load,
    as_written,
    canonical,
    currency_signs,
    either,
    lexicon,
)
from rewriter.text.normalize import has_vietnamese_marks

MAX_OBJECT_WORDS = 6
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'&+-]*(?:\.\d+)*")
_PUNCT = re.compile(r"[,;:()!?\"“”]|\.(?!\d)|\s-\s")


class _Bilingual(BaseModel):
    model_config = ConfigDict(extra="forbid")
    en: list[str]
    vi: list[str]


class ItemBoundWords(BaseModel):
    """The words of a per-item time limit ("reply to every review within 24h")."""

    model_config = ConfigDict(extra="forbid")
    before: list[str]
    short_units: list[str]
    day_units: list[str]
    each: list[str]
    average_words: list[str]  # "avg install time ... per house": an average, not each one
    kept_verbs: list[str]  # "keep adult prophy appts to 50 min max": each of the things kept
    per_after: list[str]  # "under 21 days per case": the item named after the limit
    all: list[str]
    respond_verbs: list[str]
    event_after: list[str]
    cadence_periods: list[str]
    next_before: list[str]
    from_now_after: list[str]


class GoalWords(BaseModel):
    """data/goal_words.yaml, validated at load."""

    model_config = ConfigDict(extra="forbid")
    stopwords: _Bilingual
    boundaries: _Bilingual
    vague_words: _Bilingual
    aim_verbs: _Bilingual
    action_verbs: _Bilingual
    milestone_verbs: _Bilingual
    metric_heads: _Bilingual
    area_words: _Bilingual
    process_openers: list[str]
    causative_openers: list[str]
    causative_next: list[str]
    order_fillers: list[str]
    vi_order_fillers: list[str]  # "sớm sửa lại mái bếp": soon, then the order
    vi_too_heads: list[str]  # "..., lâu quá": a word then "quá" opens a remark
    vi_remark_openers: list[str]
    vi_otherwise_words: list[str]  # "... ko la het tien hoc": what is feared, said after
    committing_words: list[str]  # "Lets make it happen this year": a period the goal's
    happened_in_periods: list[str]  # "Three no-shows today ...": when the count happened
    tag_questions: list[str]  # "..., ya know?": a tag that asks nothing
    request_particles_vi: list[str]  # "... nha": asked of someone, not told
    screen_time_habits: list[str]  # "bớt lướt điện thoại": capped by minutes a day
    clock_kept_by: list[str]  # "be home for dinner by six": a time kept, like a routine's
    made_by_tool: list[str]
    goal_setting: list[str]
    rank_measured_by: list[str]
    daily_caps: list[str]
    taken_counts: list[str]
    cap_name_stops: list[str]
    customers_of_kind: list[str]
    drafted_messages: list[str]
    message_to: list[str]
    order_objects_next: list[str]
    subject_next: list[str]
    move_words: list[str]  # "p95 latency down to 300ms": where a measure's name ends
    praise_words: list[str]  # "ve dep hon", "tiem dong khach hon": praise, no quality named
    amount_comparatives: list[str]  # "doanh thu cao hon": more of a measure, not a quality
    delivery_verbs: list[str]  # "launch the Android version": a thing delivered, named
    people_words: list[str]  # "hire some more staff": a word for people, counted though singular
    seeking_verbs: list[str]  # "find a part-time job": a thing to get
    sought_things: list[str]  # "job", "việc làm": concrete when sought
    offered_verbs: list[str]  # "bắt đầu nhận sửa xe": a service offered from then on
    earning_verbs: list[str]  # "kiếm thêm", "earn": the money after them is earned
    clinical_measures: list[str]  # "HbA1c", "huyết áp": a target the doctor sets
    set_by_others: list[str]  # "as the doctor said", "legal cap": a bound not the user's to move
    existing_set_verbs: list[str]  # "migrate 12 services": the count is all there is
    threshold_purposes: list[str]  # "de du dieu kien", "to qualify": a bar the target must clear
    races: list[str]
    quality_verbs: _Bilingual
    copulas: _Bilingual
    whose_words: list[str]
    whose_determiners: list[str]
    determiners: list[str]
    built_verbs: list[str]  # "bat dau xay chuong moi": a thing built once, by a day
    built_things: list[str]  # "bat dau lam website rieng": a thing built once, by a day
    opening_determiners: list[str]  # "service the buses": an unknown first word before one acts
    platform_things: list[str]  # "etsy ads": a thing named by the platform it runs on
    possessives: list[str]  # "up my weekly mileage": a measure per period, whose it is
    anchor_words: list[str]  # "... every morning before client work": when a deed is done
    verbs_before_determiner: list[str]  # "up the prices": a small word that acts before one
    noun_adjectives: list[str]
    settle_verbs: list[str]
    degree_adverbs: list[str]
    exam_words: list[
        str
    ]  # a score reached in one sitting  # "significantly": how much the move is, not what moves
    horizon_of_others: list[str]  # "cho khách vay mua nhà": the customers' deed, not the user's
    long_horizons: dict[int, list[str]]  # months -> goals that take about that long
    horizon_building_kinds: list[str]  # "xây nhà sơ chế": a shed, not a home
    yearly_events: list[str]  # "lễ khai giảng", "the fall retreat": held once a year
    due_cues: list[str]  # "by", "trước": a deadline's own word
    label_words: list[str]
    goal_said_labels: list[str]  # "... . Mục tiêu là ...": the goal comes next
    question_ends: list[str]
    not_question_ends: list[str]  # "bat dau" ends on "dau", which is no "đâu" there
    addressees: list[str]
    title_words: list[str]
    nouns: list[str]
    name_before: list[str]
    name_before_marked: list[str]
    gain_verbs: list[str]
    sell_verbs: list[str]
    quality_comparatives: list[str]  # "30% better on SLAs": a percent of no measure
    body_levels: list[str]  # "resting hr is 68": stepped down by a twentieth
    four_point_scores: list[str]  # "gpa is 2.9": a 4-point scale
    ad_words: list[str]  # "run facebook ads": counted in leads, not followers
    improve_verbs: list[str]
    percent_qualities: list[str]  # "30% healthier": a percent of no measure
    measure_ing_words: list[str]  # "following", "funding": a measure named in -ing
    scheduled_sessions: list[str]  # "aqua aerobics class": meets on its own timetable
    business_lines: list[str]  # "mảng tiệc", "kênh online": a part of a business, no measure
    light_verbs: list[str]
    listicle_after: list[str]
    ranking_title_words: list[str]
    listicle_tails: list[str]
    headline_openers: list[str]
    confidence_words: list[str]
    confidence_fillers: list[str]
    confidence_in: list[str]
    self_rated_openers: list[str]  # "I'm like a 6/10 on skates": where one stands, out of ten
    confidence_hedges: list[str]
    feeling_words: list[str]
    rated_states: list[str]  # "stress down to 4/10": a state rated out of ten
    rating_instruments: list[str]  # "9/10 on the quiz": a rating anyone can check
    standing_words: list[str]
    rating_moves: list[str]
    team_words: list[str]
    doers: list[str]  # "want my team to keep ...": who is to do it, not why
    intent_words: list[str]
    not_intent: list[str]
    intent_openers: list[str]
    own_intents: list[str]
    order_openers: list[str]  # "be home for dinner more": an order
    left_words: list[str]  # "the $1.2k left on the Visa": what is left to settle
    told_subjects: list[str]  # "..., im always knackered": a remark told
    told_past: list[str]  # "..., it was 2x a month before covid": how it was
    remark_openers: list[str]  # "..., mà dạo này OT nhiều quá": how it has been
    month_events: list[str]  # "kỳ thi tháng 11/2026": an event held in that month
    places_unmarked_unsure: list[str]  # "khoa" / "khóa": a place only with its marks
    name_adjectives: list[str]  # "the new Year 7 scheme": which one, before a name
    vision_words: list[str]  # "our company Vision 2030": a plan named by its year
    vision_cues: list[str]  # "as per our Vision 2030": the goal set by the plan
    channel_only_measures: list[str]  # "the club followers": a channel's measure, whoever owns it
    none_of_nouns: list[str]  # "không có bug P1 nào": not one
    exam_cues: list[str]  # "pass my CHPN exam": a test sat, ask the score
    pass_words: list[str]  # "pass my CHPN exam": ask the score
    course_words: list[str]  # "finish the course": ask if finishing is enough
    open_words: list[str]  # "phàn nàn về ...": no phrase ends on one
    title_words_verbs_vi: list[str]  # "doc nhieu sach hon": "đọc", not a document
    sigh_tails: list[str]  # "..., mệt thật sự": a sigh that ends a text told, not wished
    sigh_heads: list[str]  # "Ah for feck's sake, ...": annoyance that opens a gripe
    # "tiet kiem nhieu hon, thang nay tieu lo tay qua": the period a remark after the goal tells of
    remark_periods: list[str]
    habit_remark_periods: list[str]  # "..., tháng nào cũng lố": how things go
    restating_words: list[str]  # "sáng nào đo cũng vậy": the goal said again
    end_particles: list[str]
    end_particle_after: list[str]
    end_particles_ambiguous: list[str]
    particle_compounds: list[str]  # "bác sĩ chỉnh nha": no particle, a word
    leftover_words: list[str]
    set_sources: list[str]
    report_markers: list[str]
    tool_requests: list[str]
    tool_reminders: list[str]  # "remind me ...", said first: asks the tool
    news_markers: list[str]
    channel_words: list[str]  # "kênh": a channel, nothing counted on it
    amount_counters: list[str]  # "thu 8 tấn": a measure word after the number
    bare_sigh_tails: list[str]  # "..., chán": a one-word sigh said last, after a comma
    period_fortunes: list[str]  # "năm nay chè được giá": how this season went
    measured_once: list[str]  # "SATs results", "hội thi", "thu hoạch": a result measured on a day
    well_wishes: list[str]  # "Chúc mừng sinh nhật con gái, ...": a message to someone
    self_notes: list[str]  # "note to self - ...": an errand jotted down
    note_labels: list[str]
    vi_now_words: list[str]
    present_markers: list[str]
    already_after: list[str]  # "tien dien 1tr8 roi": an amount already so, said at a clause's end
    achieved_before: list[str]  # "vu roi duoc 7 tan/ha": the amount reached, said before it
    beat_words: list[str]  # "..., want to beat that": today's amount is the bar to clear
    offline_cues: list[str]  # "face to face visits": met in person, no channel's visits
    amount_before_participle: list[str]  # "zero failed checks": a past form used as an adjective
    compared_bases: list[str]  # "so với cùng kỳ": the yardstick of a change, not its object
    state_before_amount: list[str]  # "nang 72kg" unmarked: weighs (nặng), not raise (nâng)
    howto_openers: list[str]  # "Cách viết content ...": a how-to's title, no goal
    today_words: list[str]  # "... benched me again today": with a past tense, what happened
    wish_starts: list[str]  # "làm sao cho ..." with no question mark: a wish, not a question
    template_openers: list[str]  # "Mẫu thông báo ...": a template's name, matched as typed
    now_last: list[str]  # "..., they're on 1 portion a day now": the clause is today's state
    closing_particles: list[str]  # "300 kg/tuan thoi": a remark's last word, no unit
    past_verbs: list[str]
    platform_trades: list[str]  # "viec lam web": the work, no channel
    whose_view_words: list[str]  # "image ... with the buyers": whose view, no count
    remark_adverbs: list[str]  # "buyers ... also asking": between subject and told verb
    negated_wishes: list[str]  # "customer dont want ...": others' wish, negated, told
    rank_entry_verbs_vi: list[str]  # "vào top 4": a rank got into, said right before it
    odds_openers: list[str]  # "I'd say 8/10 we manage it": the odds guessed, for Attainable
    odds_subjects: list[str]  # "6/10 I stick with it": the odds, who is to do it said after
    odds_not_wishes: list[str]  # "5/10 I want to get to 8": no odds, where they stand
    program_nouns: list[str]  # "gói tập 8 tuần", "12 week course": a length names the program
    wishes_before_soon: list[str]  # "mình muốn sớm thi ...": the wish, then "soon"
    had_qualities: list[str]  # "have a better vibe", "có chất riêng": a vague quality had
    about_to: list[str]  # "vo sap sinh roi": "sắp ... rồi" is about to happen, not done
    vague_portions: list[str]
    most_portions: list[
        str
    ]  # of those, the ones that say most of it  # "a big chunk of the $2k": a part of an amount, not said
    closing_times: list[str]  # "..., so I'm the go-to agent in town asap": the goal's time
    past_like_base: list[str]
    hundred_point_scores: list[str]
    fact_verbs: list[str]
    done_markers: list[str]
    vi_past_words: list[str]
    skill_cues: list[str]
    quit_verbs: list[str]
    no_longer: list[str]
    fully_words: list[str]
    loose_counts: list[str]  # "hire some baristas": a number takes their place
    not_loose_counted: list[str]  # "mấy tháng nữa", "mấy đứa": no count of things after "mấy"
    loose_count_not_after: list[str]  # "cho mấy bé": the ones it is done for, not a count
    fewer_is_better: list[str]  # "12 lỗi/tháng, cần cải thiện": better is fewer of them
    figure_pointers: list[str]  # "cần cải thiện con số này": today's figure, pointed back at
    money_words: list[str]  # "save up enough for", "để dành tiền": an amount takes their place
    put_aside_next: list[str]  # "save money for ...", "tiết kiệm tiền mua ...": what it is for
    couple_counts: list[str]  # "a couple of": two
    one_units: list[str]  # "lose a stone", "cut an hour": one of the unit
    loose_units: list[str]  # "drop a few kilos": a loose count of a unit
    launched_things: list[str]  # "chạy chương trình tích điểm từ tháng 1": launched
    titled_things: list[str]  # "theo sách Kết nối tri thức": the book named
    told_adverbs: list[str]  # "I literally forget ...": how often, before what the user does
    feelings_told: list[str]  # "board's keen": how someone feels, told after the goal
    money_uses: list[str]  # "để mua", "to buy": what saved money buys opens here
    hire_verbs: _Bilingual  # "recruit more tenors", "tuyển thêm người": taking people on
    hired_people: _Bilingual  # "more people", "thêm nhân viên": who is taken on
    cappable_deeds: _Bilingual  # "drink less soda": at most N a week
    smoking_deeds: _Bilingual  # "smoke less": at most N cigarettes a day
    less_words: _Bilingual  # "less", "bớt": a wish for less
    back_pointers: list[str]  # "still want it": the wish is for what was said before
    in_person_venues: list[str]  # "presence at the fair": met in person, no channel
    excess_amounts: list[str]  # "spending so much": too much of it, cut after the phrase
    told_finds: list[str]  # "found a mat for $15": a find told after the goal
    whose_people_vi: list[str]  # "điểm trung bình của con": whose, with the user's marks
    priced_purposes: list[str]  # "150 củ để đặt cọc chung cư": the sum is the price
    buying_verbs: list[str]  # "mua đôi giày tầm 3tr": the sum is the price
    own_weight_words: list[str]  # "giảm từ 72kg": one's own weight, the thing moved
    unit_words: list[str]  # "phút", "days": what a number is counted in, no object alone
    excess_idioms: list[str]  # "go overboard on travel spending": how much less is asked
    cappable_doings: list[str]  # "cut down on eating out": the habit as a doing
    cappable_things_en: list[str]  # "cut back on the Diet Cokes": had by the can, capped
    less_leads_en: list[str]  # "gotta| cut back on ...": the wish after them
    cappable_things_vi: list[str]  # "Bớt cà phê sữa lại": had by the cup, capped
    less_leads_vi: list[str]  # "từ tháng sau e sẽ| bớt uống ...": the wish after them
    less_before: list[str]  # "cut down on", said before it
    vi_past_plain: list[str]  # "vua roi": past, with or without marks
    contrast_openers: list[str]  # "..., mà tìm người khó quá": a remark
    reported_verbs: list[str]  # "Wife says ...": what someone says
    remark_end_words: list[str]  # "..., xài lố quá": a remark's end
    quit_habits: list[str]  # "quit dip", "bỏ thuốc lá": none at all
    quit_pointers: list[str]  # "cut that out": the habit just told, quit
    practised_skills_measures: list[str]  # "learn Spanish": practised, a habit
    once_learning_words: list[str]  # "take the Spanish course": done once
    helps_others_openers: list[str]  # "giup 7A2 tien bo ...": others' practice
    passing_adverbs: list[str]  # "we only had": how, not what
    lift_verbs: list[str]  # "bench 185 lbs": the bar's weight, not the body's
    money_pound_verbs: list[str]  # "raise 600 pounds": sterling, not the body's weight
    money_weight_units: list[str]  # "pounds": weight or money, the verb decides
    numbered_courses: list[str]  # "Giải tích 2", "Calculus 2": which course, not an amount
    termed_things: list[str]  # "hợp đồng thầu 3 năm": the term it runs, not an amount
    metric_counters: list[str]  # "người follow": the channel's measure, counted
    ranking_lists: list[str]  # "#1 team in the site stack ranking": a rank anyone can check
    offer_before: list[str]  # "chương trình giảm 10%": the offer's terms, no target
    offer_after: list[str]  # "a 20% off sale": the offer's terms, no target
    fed_up_ends: list[str]  # "..., chán": a complaint said last, no aim
    counted_in_times: list[str]  # "gọi video cho mẹ": a few times a week is "3 lần", not "3 buổi"
    content_pieces: list[str]  # "video giới thiệu": a clip's views are a channel's
    striving_verbs: list[str]  # "phấn đấu để ...": the goal itself follows
    whole_places: list[str]  # "the library": a whole place made better names nothing to count
    group_members: list[str]  # "all 3rd years complete ...": each one of them
    done_deeds: list[str]  # "... complete", "... pass": a deed that ends done
    state_qualifiers: list[str]  # "unfilled shifts under 5%": a share of those
    routine_leads: list[str]  # "chịu khó đi bộ": effort, then the routine
    means_verbs: list[str]  # "use the $10k budget to ...": money as the means
    company_words: list[str]  # "jog with the masters group": who a routine is done with
    raised_levels: list[str]  # "to the next level": a level no one can see reached
    deal_parties: list[str]  # "with the new supplier": the one party a deal is with
    when_hedges: list[str]  # "..., chưa biết khi nào": a hedge on the time, no question
    chatter_verbs: list[str]  # "test the POS system": chatter said as a deed
    paid_verbs_vi: list[str]  # "đóng 500k rồi": money spent already
    now_openers_vi: list[str]  # "giờ toàn ...": a clause opening on today
    now_opener_next_vi: list[str]  # ... and the word of how things are now
    now_openers_en: list[str]  # "..., now drinking like 4 cups a day": a clause opening on today
    now_opener_next_en: list[str]  # ... and the word of how it goes
    payoff_verbs: list[str]  # "pay off", "trả hết": a balance brought to zero
    partial_payoff_verbs: list[str]  # "pay down": some of it off, no zero said
    debts: list[str]  # "credit card", "nợ": what is paid off
    sale_verbs: list[str]  # "chốt 3 căn": a count of sales won, a result
    sold_things: list[str]  # "chốt 3 căn": what the sale verbs count
    offer_recipients: list[str]  # "cho khách đoàn trên 20 người": whom an offer is for
    rated_now_words: list[str]  # "giờ tự tin cỡ 5/10": a rating of today
    session_distance_units: list[str]  # "min. 5km each time": how far a session goes
    wish_closers: list[str]  # "phải giảm xuống thôi": the amount goes before them
    month_sized_funds: list[str]  # "a 6-month emergency fund": the months are the amount
    confused_remarks: list[str]  # "... idk what that even means": no goal set yet
    compared_to_last: list[str]  # "more than last year": last period's figure is the yardstick
    audience_wishes: list[str]  # "my Insta to finally blow up": the channel's audience takes off
    period_gone_openers: list[str]  # "Năm ngoái tôi thu được 30 quả bưởi, ...": that year's figure
    zero_states: list[str]  # "be debt free": a balance brought to zero
    domains: dict[str, list[str]]
    personal_domains: list[str]
    routine_starts: list[str]  # "start doing safety huddles": a routine taken up at work
    goods_verbs: list[str]  # "sell 500 kg of honey": kilos of goods, no body weight
    business_finance_words: list[str]
    metric_types: dict[str, str]
    sure_metric_domains: list[str]  # their metrics say the field more surely (health)
    outcome_metric_types: list[str]
    result_verbs: list[str]
    more_of_a_deed: list[str]
    more_is_the_thing: list[str]  # "do more w them": "more" is what is done
    more_not_a_deed: list[str]
    amount_verbs: list[str]
    another_words: list[str]
    carry_verbs: list[str]
    switch_verbs: list[str]  # "chuyển 2ha sang ...": a change of practice made once
    switched_to: list[str]
    ranked_fields: list[str]  # where a rank is held, named before it ("Sunday league ... top 3")
    rank_superlatives: list[str]  # "top 3 tiệm được đánh giá cao nhất": by what it is ranked
    rank_sites: list[str]  # "top 3 homestay o Hue tren Agoda": the site's own ranking
    not_superlatives: list[str]  # "forest", "harvest": "-est" words that rank nothing
    repair_verbs: list[str]  # "fix volunteer retention": a measure mended, no way said
    carry_verbs_moved_only: list[str]  # typed bare, other words too: carry only up or down
    carried_to: list[str]
    counted_nouns: list[str]
    counted_nouns_unmarked: list[str]  # "hai cuon sach": a counter no other word folds to
    partial_heads: list[str]  # heads that need what they measure after them ("share of ...")
    ongoing_verbs: list[str]  # work never done once ("learn English")
    tail_remarks: list[str]  # "... lol", "..., no cap": slang after the goal
    hedge_tails: list[str]  # "..., if possible": a hedge said last
    preference_tails: list[str]  # "..., biết làm cà phê muối càng tốt": a plus said last
    vague_shares: list[str]  # "some of every paycheck": a share of no size
    run_verbs: list[str]  # "run a 5k": a race run, not 5,000 of something
    race_determiners: list[str]  # "do a 5k", "my first 10k": a race, with no verb of running
    left_before: list[str]  # "the last 6 tables", "nốt 300 giờ": all that is left
    set_pointers: list[str]  # "them 2 old bulls": a set pointed at
    set_sides: list[str]  # "the north 300 acres": which part, so a set that is there
    bar_words: list[str]  # "the 100k mark": a bar to reach, no set
    bound_rules: list[str]  # "không được vượt 15tr": a bound laid down as a rule
    subjectless_remarks: list[str]  # "..., been slacking since ...": a remark, its subject left off
    told_verbs: list[str]  # "work eats everything": a clause told after a comma
    vi_modals: list[str]  # "X cần cải thiện": the modal before a move on the thing named first
    figure_referents: list[str]  # "vượt con số đó": the figure told before is the bar
    dwellings: list[str]  # "15 can ho": homes "căn" counts, typed without marks
    vi_not_moves: list[str]  # "căn ký gửi", "dang co": a move's word in a compound that is none
    team_size_moves: list[str]  # "lên 8 người": a group's size is what changes
    interjections: list[str]  # "ugh", "lol": a feeling's sound, never part of a thing's name
    en_interjections: list[str]  # "la": a Singlish particle, in English only
    age_verbs: list[str]  # "before I turn 40": the number after is an age
    age_nouns: list[str]  # "5 tuổi", "my 3 year old": the number before is an age
    chat_markers: list[str]  # "(manifesting it, lol)": a remark said last that only chats
    hedges_after: list[str]  # "honestly", "tbh" typed after a wish: how it is said
    amount_remarks: list[str]  # "tăng 30% là ok rồi", "grow 15% nha team": after the amount
    aside_subjects: list[str]  # open a remark after the goal's comma ("..., theyre way too high")
    nightly_routines: list[str]  # done every night by nature ("sleep before midnight")
    daily_routines: list[str]  # done every day by nature ("floss", "uống thuốc")
    weekly_routines: list[str]  # done once a week or so by nature ("mow the lawn", "bón phân")
    rating_out_of: list[str]  # "four over ten", "6 phần 10": a rating out of ten, said in words
    essay_title_tails: list[str]  # "...: cơ hội và thách thức": a paper's title, no goal
    daily_staples: list[str]  # used every day ("muối", "salt"): never capped by the week
    monthly_routines: list[str]  # a trip made about once a month ("về quê thăm ba má")
    often_routines: list[str]  # done a few times a week by nature ("go to the gym")
    told_years: list[str]  # "nam nay", "this year": a count told for the year
    told_months: list[str]  # "a month", "thang nay": ... for the month
    told_counts: dict[str, int]  # "once", "twice", "hai": such counts said in words
    counted_family: list[str]  # "my 2 kids", "2 đứa nhỏ": how many they are, no amount
    start_by_event_cues: list[str]  # ", starting| w/ my next paycheck"
    start_by_event_links: list[str]  # ", starting |w/| my next paycheck"
    more_money_words: list[str]  # "dành dụm |thêm| tiền": more money, an amount to set
    held_verbs: list[str]  # "keep| locum spend down": a measure held
    held_low_states: list[str]  # "keep locum spend |down|": held low, no amount said
    controlled_states: list[str]  # "get returns |under control|": brought under a bound
    sure_tails: list[str]  # "8/10 confident we can |get there|": no deed of its own
    founding_verbs: list[str]  # "start| my own bakery business": a business founded
    own_marks: list[str]  # "start |my own| bakery business": one's own, set up
    going_on_cues: list[str]  # "should |be| posting": a deed going on
    cost_told_opens: list[str]  # "..., 5 ly 1 tuan|, tốn gần 300k": what today's costs
    doing_soon_cues: list[str]  # "I'm| launching my podcast": a deed or milestone about to be done
    doing_soon_adverbs: list[str]  # "we're| finally |redoing the site": between cue and verb
    finish_words: list[str]
    vague_cadence: list[str]
    cadence_adjectives: list[str]  # "more regular hirers": a kind of hirer, not how often
    cadence_adverb_next: list[str]  # "post more regular and ...": the words after a cadence
    habit_starts: list[str]
    routine_verbs: list[str]
    now_before: list[str]  # "currently 120": today's value, said before its number
    now_is: list[str]  # "sickness absence is 6.2%": today's value when no other number follows
    remaining_words: list[str]  # "nợ còn 150 củ": what is left now, unless a move comes first
    remaining_moves: list[str]  # "giảm nợ còn 100 củ": after one of these, what is left is the aim
    moves_down: list[str]  # "..., wanna get it down": a wish that lowers today's figure
    moves_up: list[str]  # "..., need to get it up": one that raises it
    session_classifiers: list[str]  # "1 buổi trải nghiệm": a session of it, a thing counted
    slight_words: list[str]  # "hơn chút", "a bit more": the move wished is a small one
    finish_verbs: list[str]  # "hoàn thành khóa học kế toán": one thing finished, not a count
    name_joiners: list[str]  # "Hội An và| Sơn Trà": the last of names listed after a count
    lift_totals: list[str]  # "total| 500kg": a lifter's weight on the bar
    not_before_names: list[str]  # "2 tin lên| Batdongsan": where a count goes, not which ones
    feeling_modals: list[str]  # "... phải| tự tin 80%": who must feel it, then the rated feeling
    people_audience_cues: list[str]  # "among regional philanthropists": who is to know, no channel
    speed_fillers: list[str]  # "get way faster": words around a speed wished that name nothing
    rate_heads: list[str]  # "in-calf rate", "tỷ lệ": a measure that is itself a rate
    push_words: list[str]  # "..., wanna push it": a push on today's figure raises it
    time_owners: list[str]  # "last quarter's 38": a time's figure, not today's
    now_is_marked: list[str]  # "đang", "hiện": only as typed with marks, or with a filler
    now_fillers: list[str]  # "is at", "giờ đang tầm": words between `now_is` and the number
    vi_amount_comparatives: list[str]  # "nhiều hơn", "nhanh hơn": an amount, not a quality
    now_moves: list[str]  # "push that up", "do better": a move, with today's value said
    fix_orders: list[str]  # "Return rate 4.2% now. Fix.": an order to make it better
    counted_more: list[str]  # "a few more sponsors": "more" counted in words
    speed_comparatives: _Bilingual  # "get milking done quicker": how much faster is the amount
    spend_less: _Bilingual  # "spend less on clothes": how much less
    spend_verbs: list[str]  # "spend", "chi tiêu": a verb of spending
    earlier_comparatives: _Bilingual  # "dậy sớm hơn": a routine's how much earlier
    amount_intensifiers: list[str]  # "a lot more sofas", "way more": how much, not the thing
    once_words: list[str]  # "hoc xong", "quit": done once or dropped, no routine
    resumed_routines: list[str]  # "tập yoga lại": a routine taken up again
    routine_returns: list[str]  # "back to", "quay lại": going back to what follows
    routines_returned_to: list[str]  # "the gym", "the pool": a routine gone back to
    time_trials: list[str]  # "sub 25 parkrun": a best time to bring down
    purpose_verbs: list[str]  # "... by March to meet the target": a reason, in English
    occasion_words: list[str]  # "... by june for my wedding": the occasion it is for
    purpose_not_after: list[str]  # "want to", "able to": what is wanted, not why
    was_due: list[str]
    limit_before: list[str]
    level_before: list[str]
    down_to: list[str]
    limit_before_verb: list[str]
    numbered_before: list[str]
    # "every rep must stay above 70%": of what, unsaid
    percent_subjects: list[str]
    # "every Tue and Fri", "sáng chiều": the times a count names
    named_times: list[str]
    # "get cloud spend under $35k": a level reached by a date, then held
    bound_reach_verbs: list[str]
    bound_motion_words: list[str]  # "xuống dưới 45k", "drop below 12k": a bound moved to
    much_more_words: list[str]  # "need loads more": many more than a step
    still_wanted: list[str]  # "..., still want it tho": the aim kept after what happened
    still_open: list[str]  # "still $4.5k to go", "stuck on £5,300": what is left of a missed aim
    confidence_wishes: list[str]  # "get confident teaching X": a wish to feel surer, no level
    choice_asks_vi: list[str]  # "X với Y cái nào ... hơn": a choice asked, no goal
    others_reminded: list[str]  # "nhắc mẹ uống thuốc mỗi ngày": one's own routine, with a cadence
    missed_words: list[str]  # "team hụt target 3 căn": the target missed, told
    loose_cadence_words: list[str]  # "a few times every week": how often, said loosely
    others_say: list[str]  # "..., people dey complain say ...": what others say, told after
    item_bound: ItemBoundWords

    @field_validator("personal_domains")
    @classmethod
    def _known_personal(cls, value: list[str], info: object) -> list[str]:
        unknown = sorted(set(value) - set(getattr(info, "data", {}).get("domains", {})))
        if unknown:
            raise ValueError(f"personal_domains name unknown domains: {', '.join(unknown)}")
        return value

    @field_validator("metric_types")
    @classmethod
    def _known_domains(cls, value: dict[str, str], info: object) -> dict[str, str]:
        domains = getattr(info, "data", {}).get("domains", {})
        unknown = sorted(set(value.values()) - set(domains))
        if unknown:
            raise ValueError(f"metric_types name unknown domains: {', '.join(unknown)}")
        return value


# the categories a word can have, in the order a tie is broken
_CATEGORIES = (
    "boundary",
    "milestone",
    "action",
    "aim",
    "verb",
    "vague",
    "head",
    "area",
    "noun",
    "stop",
    "number",
)


class Unit(NamedTuple):  # a tuple: built for every word of every goal
    start: int
    end: int
    text: str  # folded, single-spaced
    cats: frozenset[str]


@dataclass(frozen=True)
class GoalWordsIndex:
    words: GoalWords
    matcher: PhraseMatcher
    cats: dict[str, dict[str, frozenset[str]]]  # language -> canonical phrase -> categories
    spelled_cats: dict[
        str, dict[str, dict[str, frozenset[str]]]
    ]  # ... -> marked spelling -> categories
    domain_re: PhraseMatcher  # every domain word at once
    domain_of_word: dict[str, tuple[str, ...]]  # canonical word -> its domains
    name_before_re: re.Pattern[str]
    name_before_marked_re: re.Pattern[str]  # on the text as typed, marks and all
    listicle_re: re.Pattern[str]
    ranking_title_re: PhraseMatcher
    headline_open_re: re.Pattern[str]
    confidence_re: re.Pattern[str]
    confidence_cues: tuple[str, ...]  # confidence_re holds one of them (folded): a cheap test first
    feeling_rating_re: re.Pattern[str]  # a feeling rated as the level to reach (group 1)
    rated_state_re: re.Pattern[str]  # a state rated out of ten ("stress", "bình tĩnh")
    rating_instrument_re: PhraseMatcher  # "9/10 on the quiz": a score anyone can check
    rating_fillers: frozenset[str]  # words around a rating that say nothing of their own
    rating_move_words: frozenset[str]  # "to", "len": the rating is the level to reach
    feeling_word_re: re.Pattern[str]  # a feeling or a confidence word, anywhere
    intent_re: PhraseMatcher  # intent words and the longer phrases that are not intent
    request_re: PhraseMatcher
    reminder_re: PhraseMatcher
    noun_re: PhraseMatcher  # "hoc phi", "do an": nouns that open with a verb's word
    news_re: PhraseMatcher
    bare_sigh_re: PhraseMatcher
    fortune_re: PhraseMatcher
    set_by_others_re: PhraseMatcher
    clinical_re: PhraseMatcher
    measured_once_re: PhraseMatcher
    report_re: PhraseMatcher
    note_label_re: re.Pattern[str]
    well_wish_re: re.Pattern[str]  # a wish to someone opening the text
    vi_now_re: PhraseMatcher
    skill_re: PhraseMatcher  # "learn to swim", "hoc cach dung Zalo"
    quit_fully_re: re.Pattern[str]  # "bo thuoc la hoan toan": none at all
    no_longer_re: re.Pattern[str]  # "ko con phai uong thuoc ngu nua": none any more
    not_intent: frozenset[str]
    team_re: PhraseMatcher
    business_money_re: PhraseMatcher
    present_re: PhraseMatcher
    past_re: re.Pattern[str]
    done_re: PhraseMatcher
    label_re: re.Pattern[str]
    settle_re: PhraseMatcher  # "tra het no 45tr": the amount is a fact
    noun_after_re: re.Pattern[str]  # "the current build": a verb word used as a noun
    question_end_re: PhraseMatcher
    not_question_end_re: PhraseMatcher
    title_re: PhraseMatcher
    vi_past_re: PhraseMatcher


# a rating the user gives on their own scale: out of ten or in percent ("8/10", "7,5/10", "70%")
RATING = r"\d{1,2}(?:[.,]5)?\s*/\s*10\b|\d{1,3}\s*%"


@cache
def goal_words() -> GoalWordsIndex:
    """The goal-model word lists, loaded and validated once per process."""
    words = GoalWords.model_validate(_load("goal_words.yaml"))
    # categories per language: folded Vietnamese words collide with English ones ("on" and
    # "ôn", "an" and "ăn"), so a word only has the roles of the goal's language
    cats: dict[str, dict[str, set[str]]] = {"en": {}, "vi": {}}
    # and per spelling, so "tăng" (increase) and "tặng" (give) keep their own roles when typed
    spelled: dict[str, dict[str, dict[str, set[str]]]] = {"en": {}, "vi": {}}

    def add(phrases: list[str], cat: str, langs: tuple[str, ...] = ("en", "vi")) -> None:
        for p in phrases:
            key = canonical(str(p))
            if key:
                for lang in langs:
                    cats[lang].setdefault(key, set()).add(cat)
                    written = as_written(str(p))
                    if written is not None:
                        spelled[lang].setdefault(key, {}).setdefault(written, set()).add(cat)

    for lang in ("en", "vi"):
        add(getattr(words.stopwords, lang), "stop", (lang,))
        add(getattr(words.boundaries, lang), "boundary", (lang,))
        add(getattr(words.vague_words, lang), "vague", (lang,))
        add(getattr(words.aim_verbs, lang), "aim", (lang,))
        add(getattr(words.action_verbs, lang), "action", (lang,))
        add(getattr(words.milestone_verbs, lang), "milestone", (lang,))
        add(getattr(words.metric_heads, lang), "head", (lang,))
        add(getattr(words.area_words, lang), "area", (lang,))
        add(getattr(words.quality_verbs, lang), "quality", (lang,))
    add(words.nouns, "noun", ("vi",))
    add(words.carry_verbs, "milestone", ("vi",))  # a milestone unless a measure is carried
    # the spellings as written (with diacritics), so a match can agree with what the user typed
    raw = _load("lexicon.yaml")
    directions = [str(w) for ws in raw["directions"].values() for w in ws]
    goal_verbs = [str(w) for w in raw["goal_verbs"]]
    numbers = [str(w) for ws in raw["number_words"].values() for w in ws]
    for lang in ("en", "vi"):
        add([str(w) for w in raw["number_words"][lang]], "number", (lang,))
    vague_objects = [
        str(a)
        for v in _load("metrics.yaml")["vague_objects"]
        for a in v["aliases"]
        if v.get("specific") != "met"
    ]
    for phrase in directions + goal_verbs:
        add([phrase], "verb", ("vi",) if has_vietnamese_marks(phrase) else ("en", "vi"))
    # words the catalog's vague objects name ("audience", "brand awareness") are vague too
    add(vague_objects, "vague")
    phrases = [
        str(p)
        for lang in ("en", "vi")
        for group in (
            words.stopwords,
            words.boundaries,
            words.vague_words,
            words.aim_verbs,
            words.action_verbs,
            words.milestone_verbs,
            words.metric_heads,
            words.area_words,
            words.quality_verbs,
        )
        for p in getattr(group, lang)
    ] + list(words.nouns + words.carry_verbs)
    phrases += directions + goal_verbs + numbers + vague_objects
    domains = {name: _with_number_forms(ws) for name, ws in words.domains.items()}
    name_words, listicle = either(words.name_before), either(words.listicle_after)
    conf = either(words.confidence_words)
    conf_in = either(words.confidence_in)
    feel, moves = either(words.feeling_words + words.rated_states), either(words.rating_moves)
    fillers = either(words.confidence_fillers)
    # a rating out of ten or in percent, after the words that hedge it ("like", "khoang")
    rating = rf"(?:(?:{fillers})\s+)*({RATING})"
    return GoalWordsIndex(
        words=words,
        matcher=PhraseMatcher(phrases),
        cats={lang: {k: frozenset(v) for k, v in m.items()} for lang, m in cats.items()},
        spelled_cats={
            lang: {k: {w: frozenset(c) for w, c in ws.items()} for k, ws in m.items()}
            for lang, m in spelled.items()
        },
        domain_re=PhraseMatcher([w for ws in domains.values() for w in ws]),
        domain_of_word=_domain_index(domains),
        name_before_re=re.compile(rf"\b(?:{name_words})\s*#?\s*$"),  # "client #47"
        name_before_marked_re=re.compile(
            rf"\b(?:{either(words.name_before_marked, fold=False)})\s*$"
        ),
        # "7 ways to ...", "Bai viet: 10 dieu ...": a numbered title, after a label or not
        listicle_re=re.compile(
            rf"^\s*(?:[^:\n\d]{{1,60}}:\s*)?(?:top\s+)?\d+\s+(?:\w+\s+){{0,2}}(?:{listicle})\b"
            rf"|^\s*(?:top\s+)?\d+\s+(?:\w+\s+){{1,10}}(?:{either(words.listicle_tails)})\b"
        ),
        # "...: What Every Counselor Should Know", "...: 10 Ideas That Work": a subtitle
        headline_open_re=re.compile(rf"(?:{either(words.headline_openers)}|\d)\b"),
        intent_re=PhraseMatcher(words.intent_words + words.not_intent, shorter=True),
        request_re=PhraseMatcher(words.tool_requests),
        ranking_title_re=PhraseMatcher(words.ranking_title_words),
        reminder_re=PhraseMatcher(words.tool_reminders),
        noun_re=PhraseMatcher(words.nouns),
        news_re=PhraseMatcher(words.news_markers),
        bare_sigh_re=PhraseMatcher(words.bare_sigh_tails),
        fortune_re=PhraseMatcher(words.period_fortunes),
        set_by_others_re=PhraseMatcher(words.set_by_others),
        clinical_re=PhraseMatcher(words.clinical_measures),
        measured_once_re=PhraseMatcher(words.measured_once),
        report_re=PhraseMatcher(words.report_markers),
        note_label_re=re.compile(
            r"^\W*(?:[\w-]+\s+){0,3}(?:"
            + either(words.note_labels)
            + r")\b[^:\n]{0,16}:"
            + r"|^\W*(?:"
            + either(words.self_notes)
            + r")\s*(?::|[-–—]\s)"
        ),
        well_wish_re=re.compile(rf"^\W*(?:{either(words.well_wishes)})\b"),
        vi_now_re=PhraseMatcher(words.vi_now_words),
        skill_re=PhraseMatcher(words.skill_cues),
        no_longer_re=re.compile(rf"\b({either(words.no_longer)})\s+[a-z]"),
        quit_fully_re=re.compile(
            rf"\b(?:{either(words.quit_verbs)})\b[^,.;!?]{{0,40}}?\b({either(words.fully_words)})\b"
            # "quit dip", "bo thuoc la": a habit quitting ends
            rf"|\b(?:{either([w for w in words.quit_verbs if w != 'off'])})\s+(?:the\s+|my\s+)?"
            rf"({either(words.quit_habits)})\b"
            # "Off the smokes from 1 Jan": "off" opening the goal is a habit quit
            rf"|^\W*(?:(?:be|get|stay|go|going|i'm|im|i am)\s+)?(off)\s+(?:{either(words.quit_habits)})\b"
            # "Been smashing the pies lately. Gotta cut that out": the habit just told, quit
            rf"|\b({either(words.quit_pointers)})\b"
        ),
        not_intent=frozenset(canonical(w) for w in words.not_intent),
        team_re=PhraseMatcher(words.team_words),
        business_money_re=PhraseMatcher(words.business_finance_words),
        present_re=PhraseMatcher(words.present_markers),
        past_re=re.compile(
            r"\b(?:i|we|they|he|she|it|(?:our|my|the|their) [a-z-]+(?: [a-z-]+)?)\s+"
            r"(?:(?:only|just|barely|also|really|actually|finally|already)\s+)?(?:"
            + either(words.past_verbs)
            + r")\b"
            # any regular past tense after a person: "we released ...", "I finally booked ..."
            + r"|\b(?:i|we|they|he|she)\s+(?:just\s+|finally\s+|already\s+)?(?!(?:ne|e?xce|pro|suc|fe|spe|see)ed\b)[a-z]{2,}ed\b"
            + r"|^\s*(?:[a-z0-9-]+\s+){1,3}(?:"
            + either(words.fact_verbs)
            + r")\b"
        ),
        done_re=PhraseMatcher(words.done_markers),
        label_re=re.compile(r"^\W*(?:" + either(words.label_words) + r")\d*\b[^:\n]{0,12}:"),
        settle_re=PhraseMatcher(words.settle_verbs),
        noun_after_re=re.compile(
            rf"\b(?:{either(words.determiners)})\s+(?:(?:{either(words.noun_adjectives)})\s+)?$"
            # "third 12hr shift in a row": after an ordinal or a number, a verb word is a noun
            r"|(?:^|\s)(?:\d+[a-z-]*|first|second|third|fourth|fifth)\s+$"
            # "on night shift", "for the morning shift": a time of day before it names the shift
            rf"|\b(?:on|in|for|during|at|from)\s+(?:{either(words.noun_adjectives)})\s+$"
        ),
        question_end_re=PhraseMatcher(words.question_ends),
        not_question_end_re=PhraseMatcher(words.not_question_ends),
        title_re=PhraseMatcher(words.title_words),
        vi_past_re=PhraseMatcher(words.vi_past_words),
        confidence_cues=tuple(
            sorted(
                {
                    canonical(w)
                    for w in (
                        *words.confidence_words,
                        *words.self_rated_openers,
                        *words.odds_openers,
                    )
                }
                | {"/10"}  # "3/10 i stick with it": a rating, then who is to do it
            )
        ),
        rating_fillers=frozenset(
            canonical(w)
            for ws in (words.confidence_fillers, words.feeling_words)
            for p in ws
            for w in canonical(p).split()
        ),
        rating_move_words=frozenset(canonical(w) for w in words.rating_moves),
        feeling_word_re=re.compile(rf"\b(?:{feel}|{either(words.confidence_words)})\b"),
        rated_state_re=re.compile(rf"\b(?:{either(words.rated_states)})\b"),
        rating_instrument_re=PhraseMatcher(words.rating_instruments),
        feeling_rating_re=re.compile(
            # "feel rested like 8/10", "tu tin pha mon moi 8/10", "confidance in X to 8/10":
            # the feeling, words of its own in the same clause, then the rating
            rf"\b(?:{feel})\b(?:\s+[^\W\d]+){{0,8}}?\s+{rating}"
            # "feel 7/10 ready", "to like 8/10 confidence": the rating said first
            rf"|\b(?:feel|feeling|cam thay)\s+{rating}"
            rf"|\b(?:{moves})\s+{rating}\s+(?:{feel})\b"
        ),
        confidence_re=re.compile(
            rf"(?:\b(?:{conf})(?:\s+(?:{fillers}|:|~))*\s*[:=]?\s*(\d{{1,3}})\s*(?:/\s*10|%|phan tram)?"
            rf"|(\d{{1,3}})\s*(/\s*10|%)\s*(?:(?:of\s+)?(?:{conf}))"
            # "confidence on the new CMMS is approx. 5/10", "tu tin phan nghe toeic tam 6/10",
            # "Tự tin chốt deal với key account khoảng 60%": what the confidence is in, then a
            # rating out of ten or a hedged share
            # ("confidence in our e2e suite is maybe 5/10": a name may hold a digit)
            rf"|\b(?:{conf_in})\b(?:\s+(?![\d.]+(?:[\s/]|$))[^\s,;]+){{1,6}}?\s+(?:(?:{fillers})\s+)*"
            rf"(\d{{1,2}})\s*/\s*10\b"
            rf"|\b(?:{conf_in})\b(?:\s+[^\s\d,;]+){{1,6}}?\s+(?:{either(words.confidence_hedges)})"
            rf"\s+(\d{{1,3}})\s*%"
            # "I'm like a 6/10 on skates", "I'm maybe a 4 out of 10 with the iPad": where one
            # stands, rated out of ten
            rf"|\b(?:{either(words.self_rated_openers)})\s+(?:(?:{fillers})\s+)*"
            rf"(\d{{1,2}})\s*(?:/\s*10|\s+out\s+of\s+10)\b"
            # "..., I'd say 8/10 we manage it": a guess of the odds, unless a word of
            # confidence follows (then that one is read)
            rf"|\b(?:{either(words.odds_openers)})\s+(?:(?:{fillers})\s+)*"
            rf"(\d{{1,2}})\s*/\s*10\b(?!\s*(?:{conf})\b)"
            # "honestly like 3/10 i stick with it": the odds, who is to do it said after
            rf"|(\d{{1,2}})\s*/\s*10\s+(?:that\s+)?(?:{either(words.odds_subjects)})\b"
            rf"(?!\s+(?:{either(words.odds_not_wishes)})\b)[^,.;!?]*)"
        ),
    )


@cache
def _horizon_res() -> tuple[tuple[int, re.Pattern[str]], ...]:
    # longest horizon first: "finish my degree" outweighs "get promoted" in one goal
    return tuple(
        (months, re.compile(rf"\b(?:{either(phrases)})\b"))
        for months, phrases in sorted(goal_words().words.long_horizons.items(), reverse=True)
    )


def horizon_months(folded: str, end: int | None = None) -> int | None:
    """How many months a goal of this scale takes when it names no deadline ("finish the PhD",
    "cho con hoc xong dai hoc"), read in the goal up to end (its reason is not its scale)."""
    stop = len(folded) if end is None else end
    others = ends_with_words("horizon_of_others")
    for months, pattern in _horizon_res():
        for m in pattern.finditer(folded, 0, stop):
            # "cho khach vay mua nha": the customers buy the homes, in no years of the user's
            if others.search(folded, max(0, m.start() - 24), m.start()) is None and (
                _building_kind().match(folded, m.end()) is None  # "xay nha so che": a shed
            ):
                return months
    return None


@cache
def _building_kind() -> re.Pattern[str]:
    """A kind of building said right after a home's words ("xây nhà| sơ chế")."""
    return re.compile(rf"\s+(?:{either(goal_words().words.horizon_building_kinds)})\b")


@cache
def ends_with_words(group: str) -> re.Pattern[str]:
    """One of a goal-words list (folded) a word or none before the end of the text searched."""
    return re.compile(rf"\b(?:{either(getattr(goal_words().words, group))})(?:\s+[a-z]+)?\s+$")


@cache
def word_set(group: str) -> frozenset[str]:
    """A goal-words list (data/goal_words.yaml) as a set of canonical words."""
    return frozenset(canonical(w) for w in getattr(goal_words().words, group))


@cache
def words_matcher(group: str) -> PhraseMatcher:
    """A goal-words list as a matcher that, when the user typed marks, must agree with them
    ("đội ngũ" is no "ngủ")."""
    return PhraseMatcher(getattr(goal_words().words, group))


@cache
def words_re(group: str) -> re.Pattern[str]:
    """A regex for any of a goal-words list (folded) as whole words, anywhere in the text."""
    return re.compile(rf"\b(?:{either(getattr(goal_words().words, group))})\b")


@cache
def vague_cadence_re() -> re.Pattern[str]:
    """A loose cadence ("more often", "regularly"), but not one of its adjectives before the
    noun it sorts ("post more regular": how often; "want more regular hirers": which hirers)."""
    words = goal_words().words
    return re.compile(
        rf"(?!(?:{either(words.cadence_adjectives)})\s+(?!(?:{either(words.cadence_adverb_next)})\b)"
        rf"[a-z]){words_re('vague_cadence').pattern}"
    )


@cache
def ends_with(group: str) -> re.Pattern[str]:
    """A regex for text ending in one of a goal-words list (folded): the cue before a number."""
    alternatives = either(getattr(goal_words().words, group))
    # "doanh thu 2 ty", "doanh so 5 ty": "thu"/"so" there belong to revenue, not to a numbering
    return re.compile(rf"(?<!doanh )(?:^|(?<=\W))(?:{alternatives})\s*[{currency_signs()}]?\s*$")


@cache
def ends_with_verb_after(group: str) -> re.Pattern[str]:
    """Text ending in one of a goal-words list and then one word ("toi da chay " before "10
    tieng/ngay"): the cue said before the verb it bounds."""
    alternatives = either(getattr(goal_words().words, group))
    return re.compile(rf"(?:^|(?<=\W))(?:{alternatives})\s+[a-z]+\s+$")


@cache
def speed_re(language: str, group: str = "speed_comparatives") -> re.Pattern[str]:
    """A wish for speed ("quicker", "nhanh hơn"), or of another bilingual group of comparatives
    ("earlier", "sớm hơn"), as the folded text spells it."""
    words = getattr(getattr(goal_words().words, group), language)
    return re.compile(rf"\b(?:{either(words)})\b")


@cache
def starts_with(group: str) -> re.Pattern[str]:
    """A regex for text starting with one of a goal-words list (folded), as a whole word."""
    return re.compile(rf"\s*(?:{either(getattr(goal_words().words, group))})(?=\W|$)")


def categories(phrase: str, language: str) -> frozenset[str]:
    """The roles a word or phrase has in the goal model (verb, area, metric head, ...)."""
    return goal_words().cats[language].get(canonical(phrase), frozenset())


def is_area(phrase: str, language: str) -> bool:
    """An area of work rather than a result ("SEO", "quy trinh giao hang")."""
    return "area" in categories(phrase, language)


def is_wish_verb(phrase: str, language: str) -> bool:
    """A verb that only wishes ("want", "muon"): it does nothing to the thing itself."""
    return categories(phrase, language) <= _WISH_ONLY


def is_verb(phrase: str, language: str) -> bool:
    """A word that acts rather than names ("save", "tap gym")."""
    return bool(categories(phrase, language) & {"action", "milestone", "aim"})


# the categories of a word that acts, or moves or wishes a measure ("grow", "muốn"): an order's
# first word
VERB_CATS = frozenset({"verb", "action", "milestone", "aim"})


def _with_number_forms(phrases: list[str]) -> list[str]:
    """English words in both singular and plural ("shipment", "shipments"); Vietnamese as is."""
    out = list(phrases)
    for p in phrases:
        if has_vietnamese_marks(p) or " " in p or len(p) < 4 or not p.isascii():
            continue
        out.append(p[:-1] if p.endswith("s") and not p.endswith("ss") else p + "s")
    return list(dict.fromkeys(out))


def _domain_index(domains: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name, ws in domains.items():
        for w in ws:
            key = canonical(w)
            if name not in index.setdefault(key, []):
                index[key].append(name)
    return {k: tuple(v) for k, v in index.items()}


def units(folded: str, marked: str | None, language: str = "en") -> list[Unit]:
    """The text as units: known phrases (longest first) and the other words, in order."""
    return list(_units(folded, marked, language))


@lru_cache(maxsize=4096)
def _units(folded: str, marked: str | None, language: str) -> tuple[Unit, ...]:
    """The units, kept a while: a goal's text and its masked forms are cut again by one reader
    after another (and each caller gets its own list)."""
    idx = goal_words()
    cats, spelled = idx.cats[language], idx.spelled_cats[language]
    out: list[Unit] = []
    pos = 0
    for m in idx.matcher.finditer(folded, marked):
        if (
            m[0] != "s"  # "the brewery's": whose it is, read as such
            and m.start() > 1
            and folded[m.start() - 1] == "'"
            and folded[m.start() - 2].isalpha()
        ):
            continue  # "y'all": the word after an apostrophe is part of the one before
        for t in _TOKEN.finditer(folded, pos, m.start()):
            out.append(Unit(t.start(), t.end(), t[0], _token_cats(t, folded, cats, language)))
        found = cats.get(m[0], frozenset()) or _token_cats(m, folded, cats, language)
        if not found and language == "vi" and len(m[0]) >= 6:
            # "migrate hết services lên k8s", "optimize route cho team": an English verb of a
            # deed in a Vietnamese goal still acts (six letters or more: no Vietnamese word
            # spells one)
            found = idx.cats["en"].get(m[0], frozenset()) & _MIXED_VERB_CATS
        if marked is not None and m[0] in spelled:
            # typed with diacritics: the roles of that spelling ("tặng quà", not "tăng")
            written = as_written(marked[m.start() : m.end()])
            found = spelled[m[0]].get(written, found) if written else found
        out.append(Unit(m.start(), m.end(), m[0], found))
        pos = m.end()
    for t in _TOKEN.finditer(folded, pos):
        out.append(Unit(t.start(), t.end(), t[0], _token_cats(t, folded, cats, language)))
    return tuple(out)


def ing_bases(word: str) -> tuple[str, ...]:
    """The plain forms an English "-ing" word may come from ("jogging" -> "jogg", "jogge",
    "jog"; "making" -> "mak", "make"); none for another word."""
    if not word.endswith("ing") or len(word) < 5:
        return ()
    stem = word[:-3]
    doubled = (stem[:-1],) if stem[-1:] == stem[-2:-1] else ()
    return (stem, stem + "e", *doubled)


def is_routine_verb(word: str) -> bool:
    """A routine's verb, said plain or going on ("jog", "jogging", "đi bộ")."""
    routines = word_set("routine_verbs")
    return word in routines or any(base in routines for base in ing_bases(word))


def _token_cats(
    t: re.Match[str], folded: str, cats: dict[str, frozenset[str]], language: str
) -> frozenset[str]:
    """A word no list names; in English, a deed said going on after "be" or "keep" ("should
    be posting more", "keep posting") acts as the deed does."""
    word = t[0]
    if language != "en" or not word.endswith("ing") or len(word) < 6:
        return _word_cats(word)
    if _going_on_end().search(folded, max(0, t.start() - 8), t.start()) is not None:
        kinds = _DEED_CATS
    elif _doing_soon_end().search(folded, max(0, t.start() - 24), t.start()) is not None:
        kinds = _SOON_CATS  # "I'm finally redoing my website": the milestone itself
    else:
        return _NO_CATS
    for said in ing_bases(word):
        # "be making more money": making is no deed kept up
        if (
            said not in word_set("more_not_a_deed")
            and not (kinds is _SOON_CATS and said in word_set("light_verbs"))
            and (found := cats.get(said, _NO_CATS) & kinds)
        ):
            return found
    return _NO_CATS


@cache
def _going_on_end() -> re.Pattern[str]:
    """ "should be| posting", "keep| posting": a deed going on ("been playing up" tells the past)."""
    return re.compile(rf"\b(?:{either(goal_words().words.going_on_cues)})\s+$")


@cache
def _doing_soon_end() -> re.Pattern[str]:
    """ "I'm| launching", "we're finally| redoing": what the user is about to do."""
    words = goal_words().words
    cues, adverbs = either(words.doing_soon_cues), either(words.doing_soon_adverbs)
    return re.compile(rf"\b(?:{cues})\s+(?:(?:{adverbs})\s+)?$")


_DEED_CATS = frozenset({"action"})
_SOON_CATS = frozenset({"action", "milestone"})


_NUMBER_CATS, _NO_CATS = frozenset({"number"}), frozenset[str]()
_MIXED_VERB_CATS = frozenset({"milestone", "aim"})
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _word_cats(word: str) -> frozenset[str]:
    if word[0].isdigit() and (word.count(".") < 2 or _THOUSANDS.fullmatch(word)):
        return _NUMBER_CATS
    return _NO_CATS  # a word, or a version that names a release ("1.2.1")


@dataclass(frozen=True)
class GoalObject:
    """What the goal acts on, as the user wrote it, and the verb that acts on it."""

    start: int | None = None
    end: int | None = None
    head_metric: bool = False  # the object is a measure itself ("open rate", "chi phi")
    vague: bool = False  # its head is an aim, not a thing ("experience", "hinh anh")
    verb: str | None = None  # the verb that acts on it, folded
    action: bool = False  # a habit's action ("walk", "uong thuoc")
    milestone: bool = False  # a milestone's verb ("launch", "mo")
    aim: bool = False  # an aim without a result ("improve", "cai thien", "make X better")
    area: bool = False  # its head is an area of work, not a result ("SEO", "quy trinh")
    head_measure: bool = False  # its head itself is a measure ("rate" in "email open rate")
    quality: bool = False  # the aim is a quality ("make the lessons more engaging")

    @property
    def found(self) -> bool:
        return self.start is not None

    @property
    def concrete(self) -> bool:
        return self.found and not self.vague


# "khong de tien xang vuot qua 200k/ngay": exceeding a number bounds the thing named first
# (without marks "vuot qua" is also "pass", a milestone; before a number it exceeds)
_CEILING_VERBS = frozenset({"vuot qua", "vuot", "exceed", "go over"})
# the words that say what a thing named first is ("X is at 55%", "X are sitting at 340", "X dang 5.4")
_TOPIC_IS = re.compile(r"\s(?:is|are|was|were|dang|hien)\s")
# "... needs a (bridge) rewrite", "... can duoc sua": a deed the thing before it needs
_NEEDS_END = re.compile(
    r"\s(?:needs?|requires?)\s+(?:a|an|to be|some)\s+(?:\w+\s+){0,2}$|\scan duoc\s+$"
)


_LABELS_MARKED = frozenset(w.lower() for w in goal_words().words.label_words)


def _only_vague_amount(masked: str, marked: str | None, start: int, end: int) -> bool:
    """The words from `start` to `end` say only a vague amount ("thêm chút nữa")."""
    return any(
        m.start() <= start and end <= m.end()
        for m in lexicon().vague_quantity_re.finditer(masked, marked)
    )


# the object is frozen and depends only on its arguments: a goal's masked text is read again
# for each alternative reading, and goals of one batch often differ only in their numbers
@lru_cache(maxsize=4096)
@cache
def of_how_many() -> re.Pattern[str]:
    """ "... of four", "... of 6": how many are in the group just named ("team of four")."""
    numbers = sorted(lexicon().number_words, key=len, reverse=True)
    return re.compile(rf"\s+of\s+(?:\d+|{'|'.join(re.escape(n) for n in numbers)})\b")


def read_object(
    masked: str, marked: str | None, language: str, measured: bool = False
) -> GoalObject:
    """The object phrase after the goal's first verb (or at the start of a nominal goal).

    English noun phrases end in their head ("email open rate"); Vietnamese ones start with it
    ("ty le mo email"): the head decides whether the object is vague.
    """
    us = units(masked, marked, language)
    verb_at = next(
        (
            i
            for i, u in enumerate(us)
            if u.cats & VERB_CATS
            and "boundary" not in u.cats
            and not (language == "en" and (noun_use(masked, u.start) or _modifies(us, i)))
            and not (language == "vi" and i > 0 and _compound(us, i))
        ),
        None,
    )
    verb = us[verb_at] if verb_at is not None else None
    if verb_at is not None and (cut := _wished_from(us, verb_at, masked, language)) is not None:
        # the wish's own words are blanked: what is wished is read as the goal's deed
        blank = " " * cut
        return read_object(
            blank + masked[cut:],
            blank + marked[cut:] if marked is not None else None,
            language,
            measured,
        )
    start = verb_at + 1 if verb_at is not None else 0
    content: list[Unit] = []
    flags = {"action": False, "milestone": False, "aim": False}
    if verb is not None:
        for k in flags:
            flags[k] = k in verb.cats
    prev_end = us[start - 1].end if start > 0 else 0
    # right after "X's": the words name X's thing ("Silman's Complete Endgame Course")
    owned = False
    later_quality = False
    for j, u in enumerate(us[start:], start):
        gap = masked[prev_end : u.start]
        if content and (_PUNCT.search(gap) or len(gap) > 3):
            break  # punctuation or a masked number, date or platform ends the phrase
        prev_end = u.end
        cats = u.cats
        if "boundary" in cats and content:
            break
        if (
            content
            and language == "vi"
            and u.text in word_set("now_openers_vi")
            and not masked[u.end : u.end + 3].strip()
        ):
            break  # "vòng eo| giờ 78cm rồi": now, then today's figure; no part of the thing
        if (
            u.text in word_set("interjections")
            or (
                language == "en"
                and u.text in word_set("en_interjections")
                # "quit la 😩": said last in its clause; "the La Marzocco" names a thing
                and not masked[u.end : u.end + 2].strip()[:1].isalnum()
            )
        ):
            if not content and not masked[: u.start].strip():
                continue  # "bro i need 50k streams ...": who is spoken to, said first
            # "get back in shape| ugh", "must be better| lah, ...": a sigh or a particle is no
            # part of what is named, nor is what is said after it
            break
        if (
            not content
            and not owned
            and cats & VERB_CATS
            and "head" not in cats
            and not (language == "en" and (noun_use(masked, u.start) or _modifies(us, j)))
        ):
            for k in flags:  # "want to launch", "muon mo": the later verb is the one that acts
                flags[k] = flags[k] or k in cats
            # "want to get 7 hours sleep": the wished verb is the one that rates its words
            wished = verb is None or verb.cats <= _WISH_ONLY
            later_quality = later_quality or (wished and "quality" in cats)
            continue
        if content and u.text == "s" and masked[u.start - 1 : u.start] in ("'", "’"):
            content = []  # "our unit's overtime costs": whose it is; the thing comes after
            owned = True
            continue
        owned = False
        if (
            content
            and language == "en"
            and u.text[0].isdigit()
            and j + 1 < len(us)
            and masked[u.end : us[j + 1].start] == " "
            and not us[j + 1].cats & {"stop", "number", "boundary"}
        ):
            # "python 3.13 support", "the phase 2 migration": a number left unread between
            # words names a release or a part; the thing goes on after it
            content.append(u)
            continue
        if (
            not content
            and language == "en"
            and u.text[0].isdigit()
            and j + 1 < len(us)
            and masked[u.end : us[j + 1].start] in (" ", "-")
            and not us[j + 1].cats & {"stop", "number", "boundary"}
        ):
            # "sign the 2 year retainer", "buy a 2 bed flat": a number left unread opens the
            # thing's name; it stays in it
            content.append(u)
            continue
        if cats & {"stop", "number", "boundary"} and not cats & {"head", "vague"}:
            if content or u.text in _COMPARED_WITH:
                # "tăng 15% so với vụ trước": what follows is the base compared with, never
                # the thing that grows
                break
            # after the deed itself or a masked amount ("sketch 20 min every day| before ...")
            if (
                flags["action"]
                and (j > start or len(gap) > 3)
                and u.text in word_set("anchor_words")
            ):
                break  # "sketch for 20 min every morning| before client work": when, not what
            continue
        if (
            not content
            and u.text in word_set("amount_intensifiers")
            and j + 1 < len(us)
            and (
                us[j + 1].text in _INTENSIFIED or us[j + 1].text in word_set("amount_intensifiers")
            )
        ):
            continue  # "sell a lot more sofas", "way more walk-ins": the thing comes after
        content.append(u)
        if len(content) >= MAX_OBJECT_WORDS:
            break
    if (
        measured
        and not content
        and verb_at
        and (not (flags["milestone"] or flags["action"]) or us[verb_at].text in _CEILING_VERBS)
    ):
        # "Ton kho khong vuot qua 45 ngay ban hang": the verb only qualifies the measure
        nominal = read_object(masked[: us[verb_at].start], marked, language)
        if nominal.concrete:
            return nominal
    if (
        not content
        and verb is not None
        and flags["milestone"]
        and (needs := _NEEDS_END.search(masked, 0, verb.start))
    ):
        # "the landing page needs a rewrite", "song #4 needs a bridge rewrite": the deed is
        # done to the thing named first
        thing = read_object(masked[: needs.start()], marked, language)
        if thing.start is not None and thing.concrete:
            return replace(thing, verb=verb.text, **flags)
    if (
        language == "vi"
        and verb is not None
        and content
        and all(canonical(u.text) in word_set("unit_words") for u in content)
        # "xuống còn 45| phút": an amount (read, so blanked) right before the unit
        and measured
        and "  " in masked[verb.end : content[0].start]
        and masked[: verb.start].strip()
    ):
        # "Rút thời gian bốc xếp ... xuống còn 45 phút": the unit after the move names nothing;
        # the thing named before the move is what moves
        thing = read_object(masked[: verb.start], marked, language)
        if thing.start is not None and thing.concrete:
            return replace(thing, verb=verb.text, **flags)
    if (
        language == "vi"
        and verb is not None
        and flags["aim"]
        # "Noi tieng Duc tu tin hon": with nothing after the aim, the deed named first is it
        and (verb.text in word_set("vi_modals") or not content)
        and masked[: verb.start].strip()
        and (not content or _only_vague_amount(masked, marked, content[0].start, content[-1].end))
    ):
        # "Năng suất chuyền 2 cần cải thiện thêm chút nữa": the thing named first is what
        # the move is for; what follows says only how much
        thing = read_object(masked[: verb.start], marked, language)
        if thing.start is not None and thing.concrete:
            return replace(thing, verb=verb.text, **flags)
    if (
        not content
        and verb is not None
        and (be := _TOPIC_IS.search(masked, 0, verb.start)) is not None
        and be.start() > 0
    ):
        # "nursing applications are sitting at 340, need to push that up", "recall rate is at
        # 55% and we want to do better": the deed is done to the thing named first
        thing = read_object(masked[: be.start()], marked, language)
        if thing.start is not None and thing.concrete:
            return replace(thing, verb=verb.text, **flags)
    if not content:
        return GoalObject(verb=verb.text if verb else None, **flags)
    if (
        language == "vi"
        and len(content) > 1
        and "head" in content[1].cats
        and canonical(content[0].text) in word_set("label_words")
        # "chi tiêu" typed with its marks is spending, no label
        and (marked is None or marked[content[0].start : content[0].end].lower() in _LABELS_MARKED)
    ):
        content = content[1:]  # "Mục tiêu doanh thu quý 1 là 2 tỷ": the label is no object
    quality = verb is not None and ("quality" in verb.cats or later_quality)
    popped = False
    wish = verb is None or verb.cats <= _WISH_ONLY
    if (quality or wish) and (
        comparative := next((i for i in range(1, len(content)) if _wishes_more(content, i)), None)
    ):
        # "make the docs less confusing", "want lessons more engaging": the thing, then the
        # quality wished for it
        content = content[:comparative]
        flags["aim"] = popped = True
    elif (
        language == "vi"
        and (q := _QUALITY_HON.match(masked, content[-1].end)) is not None
        and not _amount_hon().search(q[0])  # "nhieu hon", "deu dan hon": how much, how often
        and not _VI_MORE_OF.search(masked, 0, content[0].start)
    ):
        # "lam cho khach hai long hon", "refactor code cho clean hon": a quality wished for
        flags["aim"] = popped = True
    if wish and _state_after(us, content[-1], masked, language):
        # "teachers should be happier", "muon vuon nha minh dep hon", "want ops to be in better
        # shape": a vague state of the thing is the aim
        flags["aim"] = popped = True
    if quality and _quality_after(us, content[-1], masked):
        flags["aim"] = popped = True  # "make our booth at the trade show better", "on thi that tot"
    while (
        quality
        and len(content) > 1
        and "vague" in content[-1].cats
        and "head" not in content[-1].cats
    ):
        content.pop()  # "make our customer onboarding smoother": the quality is the aim
        flags["aim"] = popped = True
    head = content[-1] if language == "en" else content[0]
    return GoalObject(
        start=content[0].start,
        end=content[-1].end,
        head_metric=any("head" in u.cats for u in content),
        vague="vague" in head.cats
        and "head" not in head.cats
        and not _named(us, head)
        # "get our team of four meter techs through the course": the team a deed is done to,
        # counted, is who ("my team of 22 needs to be sharper": the wish is still the aim)
        and not (
            language == "en"
            and verb is not None
            and verb.end <= head.start
            and of_how_many().match(masked, head.end) is not None
        )
        # "python 3.8 support": the thing a release number names is concrete
        and not any(u.text[0].isdigit() for u in content)
        # "find a part-time job", "kiem duoc viec lam": a job sought is a thing to get
        and not (
            verb is not None
            and canonical(verb.text) in word_set("seeking_verbs")
            and canonical(head.text) in word_set("sought_things")
        )
        # "launch the Android version", "finish the rewiring job": a deed on a thing its
        # first words name
        and not (
            language == "en"
            and verb is not None
            and canonical(verb.text) in word_set("delivery_verbs")
            and len(content) >= 2
            and not any(u.cats & {"vague", "aim"} for u in content[:-1])
        ),
        verb=verb.text if verb else None,
        area="area" in head.cats or content[0].text in word_set("process_openers"),
        head_measure="head" in head.cats and not popped,
        quality=popped,
        **flags,
    )


@cache
def _doer_to() -> re.Pattern[str]:
    doers = either(goal_words().words.doers)
    return re.compile(
        rf"\s+(?:(?:my|our|the|all|every|his|her|their|all of the|all our)\s+)*(?:{doers})"
        # "i want us doing way more changeouts": what they are to be doing
        r"\s+(?:to|doing)\s+"
    )


def _compound(us: list[Unit], i: int) -> bool:
    """ "chi phi van hanh", "chi phi tuyen sinh moi sv nhap hoc ko vuot qua 3tr": verbs inside a
    measure's name (right after its head, or in a goal that opens with the measure) name it."""
    before, verb = us[i - 1], us[i]
    if "head" in before.cats and verb.start - before.end <= 1 and "verb" not in before.cats:
        return True
    return "head" in us[0].cats and not any("boundary" in u.cats for u in us[1:i])


def _modifies(us: list[Unit], i: int) -> bool:
    """ "email open rate": an action's word right before a measure's name of two words names
    which one; a direction's verb ("reduce turnover rate") still acts on it."""
    word, nxt = us[i], us[i + 1] if i + 1 < len(us) else None
    return (
        nxt is not None
        and "verb" not in word.cats
        and "head" in nxt.cats
        and " " in nxt.text
        and nxt.start - word.end <= 1
    )


@cache
def whose_re() -> re.Pattern[str]:
    """ " of our ", " cua cac ": what links an aim to the people it belongs to (folded text)."""
    w = goal_words().words
    return re.compile(
        rf"\s+(?:{either(w.whose_words)})\s+(?:(?:{either(w.whose_determiners)})\s+)?"
    )


def noun_use(folded: str, start: int) -> bool:
    """A verb word after "the", "our", "the new" is a noun ("playtest the current build")."""
    return goal_words().noun_after_re.search(folded, max(0, start - 24), start) is not None


def _named(us: list[Unit], head: Unit) -> bool:
    """A word followed by its number names a thing ("phien ban 2.0", "level 3")."""
    i = us.index(head)
    nxt = us[i + 1] if i + 1 < len(us) else None
    return (
        nxt is not None
        and "number" in nxt.cats
        and nxt.text[:1].isdigit()
        and nxt.start - head.end <= 1
    )


def _quality_after(us: list[Unit], last: Unit, masked: str) -> bool:
    """A vague quality later in the same clause ("... at the trade show better")."""
    rest = us[us.index(last) + 1 :]
    for i, u in enumerate(rest):
        if _PUNCT.search(masked[last.end : u.start]):
            return False
        if "vague" in u.cats and not (i and rest[i - 1].text in _OWNER_WORDS):
            return True  # "... cua cong ty": whose the thing is, not a quality wished for
        if _wishes_more(rest, i):
            return True  # "make my lessons more engaging"
    return False


def _wishes_more(us: list[Unit], i: int) -> bool:
    """ "more"/"less" at `i` with a word after it that is no measure, number or boundary
    ("more engaging", "less confusing"): a quality wished for, not an amount."""
    return (
        us[i].text in _COMPARATIVES
        and i + 1 < len(us)
        and not us[i + 1].cats & {"head", "number", "boundary"}
        # "do date nights more often": how often, not a quality wished for
        and f"{us[i].text} {us[i + 1].text}" not in word_set("vague_cadence")
    )


_COMPARATIVES = frozenset({"more", "less"})
_COMPARED_WITH = frozenset({"so voi", "compared", "versus", "vs"})
_INTENSIFIED = frozenset({"more", "less", "fewer", "of"})  # "a lot of", "way fewer"


# "tuyen them nhieu tho may lanh nghe hon": more of them is the aim, the quality describes them
_VI_MORE_OF = re.compile(r"\b(?:them|nhieu)\s+$")
# "... (cho) hai long hon", "... minh hon" closing the clause: a quality wished for the thing
_QUALITY_HON = re.compile(r"(?:\s+(?:cho|duoc|them))?(?:\s+[a-z]+){1,3}\s+hon\s*(?:[,.;!?]|$)")


@cache
def _amount_hon() -> re.Pattern[str]:
    """Words of an amount or a cadence right before "hon" ("nhieu hon", "deu dan hon")."""
    return re.compile(rf"\b(?:{either(goal_words().words.vi_amount_comparatives)})\s+hon\b")


def _wished_from(us: list[Unit], verb_at: int, masked: str, language: str) -> int | None:
    """Where the deed wished for starts, when the goal's first verb only wishes it: "I want my
    team to keep hitting 95% SLA" (what the team is to do), "I want to volunteer more at
    church", "minh muon tap yoga" (the wished verb); a move ("want to grow it") keeps reading the
    thing moved."""
    verb = us[verb_at]
    if not verb.cats <= _WISH_ONLY:
        return None
    if language == "en" and (who := _doer_to().match(masked, verb.end)) is not None:
        return who.end()
    nxt = verb_at + (2 if language == "en" else 1)
    if (
        nxt < len(us)
        and us[nxt].cats & {"action", "milestone"}
        and not us[nxt].cats & {"aim"}
        and verb.text in word_set("intent_words")
        and (language == "vi" or _TO_NEXT.fullmatch(masked, verb.end, us[nxt].start))
    ):
        return verb.end
    return None


_OWNER_WORDS = frozenset({"cua", "of"})
_TO_NEXT = re.compile(r"\s+to\s+")  # "want| to |walk"
_WISH_ONLY = frozenset({"verb", "stop"})  # "want", "muon": a wish, not an act on the thing


@cache
def _copulas(language: str) -> frozenset[str]:
    return frozenset(canonical(w) for w in getattr(goal_words().words.copulas, language))


def _state_after(us: list[Unit], last: Unit, masked: str, language: str) -> bool:
    """Linking words, then a vague state, right after a goal's subject ("staff should be happier")."""
    links = _copulas(language)
    rest = us[us.index(last) + 1 :]
    seen = False
    for u in rest:
        if _PUNCT.search(masked[last.end : u.start]):
            return False
        if u.text in links and "vague" not in u.cats:
            seen = True
            continue
        return seen and "vague" in u.cats and "head" not in u.cats
    return False


def domain_of(
    folded: str, marked: str | None, metric_type: str | None, model: DomainModel | None = None
) -> str:
    """The goal's field: the domain whose listed words it uses most (its metric's type counts
    twice), weighed with what the labelled goals of each field have in common."""
    idx = goal_words()
    scores: dict[str, float] = {}
    for m in idx.domain_re.finditer(folded, marked):
        for name in idx.domain_of_word.get(m[0], ()):
            scores[name] = scores.get(name, 0) + 1
    if metric_type and (d := idx.words.metric_types.get(metric_type)):
        # a body's measure says its field more surely than a business's ("giảm một ký mỗi
        # tháng": "ký" is as often a contract signed)
        scores[d] = scores.get(d, 0) + (3 if d in idx.words.sure_metric_domains else 2)
    # the words every labelled goal of a field shares weigh in too, so a goal with none of the
    # listed words still lands in its field ("ra soat hop dong nha cung cap" is operations)
    learned = (model or domain_model()).scores(folded)
    # the best score; on a tie, the field listed first
    return max(
        (_KEYWORD_WEIGHT * scores.get(d, 0) + learned.get(d, -1e9), -i, d)
        for i, d in enumerate(idx.words.domains)
    )[2]


_KEYWORD_WEIGHT = 2.0  # a listed word counts as much as a strong learned one (leave-one-suite-out)
