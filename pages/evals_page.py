"""Evals page: run a suite of sample goals and compare with a saved run."""

from pathlib import Path

from rewriter.web.evals_view import evals_page
from rewriter.web.state import ui_lang

evals_page(ui_lang(), Path(__file__).resolve().parents[1] / "evals")
