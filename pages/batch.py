"""Batch page: a CSV or Excel sheet of goals in, every row rewritten out."""

import streamlit as st

from rewriter.web.i18n import t
from rewriter.web.state import ui_lang

lang = ui_lang()
st.title(t("batch_title", lang), anchor=False)
st.caption(t("batch_intro", lang))
