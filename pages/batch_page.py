"""Batch page: a CSV or Excel sheet of goals in, every row rewritten out."""

from rewriter.web.batch_view import batch_page
from rewriter.web.state import ui_lang

batch_page(ui_lang())
