"""The llm engine: prompts/ -> langchain-core chain -> any OpenAI-compatible model, checked by rules."""

from rewriter.llm.engine import allm_rewrite, arewrite_many, build_chain, llm_rewrite

__all__ = ["allm_rewrite", "arewrite_many", "build_chain", "llm_rewrite"]
