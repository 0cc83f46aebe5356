"""Evals page: run a suite of sample goals and compare with a saved run."""

import streamlit as st

from rewriter.web.i18n import t
from rewriter.web.state import ui_lang

lang = ui_lang()
st.title(t("evals_title", lang), anchor=False)
st.caption(t("evals_intro", lang))
