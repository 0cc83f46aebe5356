"""Rewrite page: one goal in, its SMART scorecard and a rewrite out."""

import streamlit as st

from rewriter.web.i18n import t
from rewriter.web.rewrite_view import (
    OUTCOME_KEY,
    current_values,
    goal_form,
    run_rewrite,
    show_outcome,
    start_final,
    warm_up,
)
from rewriter.web.state import current_settings, ui_lang

lang = ui_lang()
st.title(t("rewrite_title", lang), anchor=False)
st.caption(t("rewrite_intro", lang))

asked = goal_form(lang)
warm_up()
if asked:
    with st.spinner(t("running", lang)):
        outcome = run_rewrite(
            st.session_state.get("goal", ""), current_values(), current_settings, lang
        )
        st.session_state[OUTCOME_KEY] = outcome
        start_final(outcome)

if OUTCOME_KEY in st.session_state:
    show_outcome(st.session_state[OUTCOME_KEY], lang)
