"""Session state shared by every page: the UI language and the sidebar's engine settings."""

from __future__ import annotations

import streamlit as st

from rewriter import engines
from rewriter.settings import Settings, get_settings
from rewriter.web.i18n import UI_LANGUAGES, t

LANG_KEY = "ui_lang"
ENGINES = engines.choices()
_API_KEY = "_api_key"  # the typed key lives here only: never in a widget, a log or a file
_API_KEY_INPUT = "api_key_input"


def keep_values(*keys: str) -> None:
    """Keep widget values when their labels change with the language (call before the widgets).

    A widget whose label or options change is a new widget to Streamlit; writing its value back
    into session state makes the new one start from it instead of its default.
    """
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def ui_lang() -> str:
    """The language the UI speaks ("en" or "vi")."""
    lang = st.session_state.get(LANG_KEY)
    return lang if lang in UI_LANGUAGES else "en"


def _env_defaults() -> dict[str, str]:
    """Sidebar defaults from the environment / .env, read once per session."""
    if "_env_defaults" not in st.session_state:
        try:
            env = get_settings()
            defaults = {
                "engine": env.engine,
                "model": env.model,
                "base_url": env.openai_base_url or "",
            }
        except Exception:  # a bad environment must not break the page; the sidebar says so
            defaults = {
                "engine": "auto",
                "model": Settings.model_fields["model"].default,
                "base_url": "",
            }
        st.session_state["_env_defaults"] = defaults
    kept: dict[str, str] = st.session_state["_env_defaults"]
    return kept


def _stash_api_key() -> None:
    # Move the key out of the widget at once so the field never shows it again.
    typed = (st.session_state.get(_API_KEY_INPUT) or "").strip()
    if typed:
        st.session_state[_API_KEY] = typed
    st.session_state[_API_KEY_INPUT] = ""


def _forget_api_key() -> None:
    st.session_state.pop(_API_KEY, None)


def sidebar() -> None:
    """The language switch and the engine settings, shown on every page."""
    st.session_state.setdefault(LANG_KEY, "en")
    for name, value in _env_defaults().items():
        st.session_state.setdefault(f"set_{name}", value)
    keep_values(LANG_KEY, "set_engine", "set_model", "set_base_url")
    lang = ui_lang()
    # The language switch sits at the top of the page, where a phone shows it too (the
    # sidebar is folded away on a narrow screen).
    with st.container(horizontal=True, horizontal_alignment="right", key="sg_lang_bar"):
        st.segmented_control(
            t("lang_label", lang),
            options=list(UI_LANGUAGES),
            format_func=UI_LANGUAGES.__getitem__,
            key=LANG_KEY,
            required=True,
            label_visibility="collapsed",
            width="content",
        )
    with st.sidebar:
        st.subheader(t("settings_header", lang), divider="gray")
        st.selectbox(
            t("engine_label", lang),
            ENGINES,
            format_func=lambda e: engines.label(e, lang),
            key="set_engine",
            help=t("engine_help", lang),
        )
        st.text_input(t("model_label", lang), key="set_model")
        st.text_input(
            t("base_url_label", lang),
            key="set_base_url",
            placeholder=t("base_url_placeholder", lang),
        )
        if st.session_state.get(_API_KEY):
            st.caption(f":material/key: {t('api_key_set', lang)}")
            st.button(t("api_key_forget", lang), on_click=_forget_api_key, key="forget_key")
        else:
            st.text_input(
                t("api_key_label", lang),
                type="password",
                key=_API_KEY_INPUT,
                on_change=_stash_api_key,
                help=t("api_key_help", lang),
                autocomplete="off",
            )
        try:
            settings = current_settings()
            resolved = settings.resolved_engine()
            st.caption(t("engine_resolved", lang, engine=resolved))
            if settings.lacks_model():
                st.warning(t("llm_no_key_sidebar", lang), icon=":material/key_off:")
                st.button(t("use_rules", lang), on_click=use_rules_engine, key="sidebar_use_rules")
        except Exception as exc:
            st.error(f"{t('settings_error', lang)}: {safe_message(exc)}")


def use_rules_engine() -> None:
    """Switch this session to the offline rules engine (a button's callback)."""
    st.session_state["set_engine"] = engines.offline()


def current_settings() -> Settings:
    """Settings for the library: the environment, overridden by the sidebar."""
    state = st.session_state
    return get_settings(
        engine=state.get("set_engine") or None,
        model=(state.get("set_model") or "").strip() or None,
        openai_base_url=(state.get("set_base_url") or "").strip() or None,
        openai_api_key=state.get(_API_KEY) or None,
    )


def safe_message(exc: BaseException) -> str:
    """A one-line, markdown-safe message for an error (pydantic errors shortened)."""
    from rewriter.web.display import md_escape

    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            text = f"{where}: {first.get('msg', '')}" if where else str(first.get("msg", ""))
            return md_escape(text)
        except Exception:
            pass
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return md_escape(text)
