"""Helpers for the Streamlit app: UI strings, safe rendering of user text, page components."""
