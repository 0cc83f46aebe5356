"""SMART Goal Rewriter web app: `streamlit run app.py` (or `make run`)."""

import streamlit as st

from rewriter.web.i18n import t
from rewriter.web.state import sidebar, ui_lang

st.set_page_config(page_title="SMART Goal Rewriter", page_icon=":material/flag:", layout="wide")

lang = ui_lang()
pages = [
    st.Page(
        "pages/rewrite_page.py",
        title=t("nav_rewrite", lang),
        icon=":material/edit_note:",
        url_path="rewrite",
        default=True,
    ),
    st.Page(
        "pages/batch_page.py",
        title=t("nav_batch", lang),
        icon=":material/table_view:",
        url_path="batch",
    ),
    st.Page(
        "pages/evals_page.py",
        title=t("nav_evals", lang),
        icon=":material/analytics:",
        url_path="evals",
    ),
]
page = st.navigation(pages)
sidebar()
page.run()
