"""The Batch page's part for the provider's batch engine: the offer, sending, and the list of sent sheets."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any

import streamlit as st

from rewriter.batch_jobs import BATCH_ENGINE_MIN_GOALS, Job, JobError
from rewriter.web.display import format_number, md_escape
from rewriter.web.i18n import has, t
from rewriter.web.state import current_settings, keep_values, safe_message

WHEN = ("now", "later")
_MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_NOTICE = "batch_jobs_notice"  # a message shown once after a send or a check


def offers_later(table: Any, column: str, file_id: str, lang: str) -> bool:
    """Ask where the model should work when one is configured; True: the provider's batch engine."""
    try:
        settings = current_settings()
    except Exception:  # noqa: BLE001 - the sidebar already says what is wrong
        return False
    from rewriter.engines import needs_model

    if not needs_model(settings.resolved_engine()) or not settings.model_configured():
        return False
    from rewriter.batch_jobs import distinct_goals

    counted = st.session_state.setdefault("_distinct_goals", {})
    if (file_id, column) not in counted:
        counted[(file_id, column)] = distinct_goals(table, column)
    goals = counted[(file_id, column)]
    key = f"batch_when_{file_id}"
    keep_values(key)
    if key not in st.session_state:
        st.session_state[key] = "later" if goals >= BATCH_ENGINE_MIN_GOALS else "now"
    choice = st.radio(
        t("when_label", lang, goals=format_number(goals, lang)),
        WHEN,
        format_func=lambda w: t(f"when_{w}", lang),
        captions=[t("when_now_note", lang), t("when_later_note", lang)],
        key=key,
    )
    if choice == "later":
        st.info(t("later_explained", lang, min=format_number(BATCH_ENGINE_MIN_GOALS, lang)),
                icon=":material/schedule:")  # fmt: skip
    elif goals >= BATCH_ENGINE_MIN_GOALS:
        st.caption(t("later_suggested", lang, min=format_number(BATCH_ENGINE_MIN_GOALS, lang)))
    return choice == "later"


def send(uploaded: Any, column: str, rows: int | None, lang: str) -> None:
    """The send button; once sent, the sheet is in the list below (never sent twice by a click)."""
    from rewriter.batch_jobs import load_job

    sent: dict[tuple[str, str], str] = st.session_state.setdefault("_sent_jobs", {})
    if (uploaded.file_id, column) in sent:
        try:
            load_job(sent[(uploaded.file_id, column)])
            st.caption(f":material/schedule_send: {t('already_sent', lang)}")
            return
        except JobError:  # removed from the list since: it may be sent again
            del sent[(uploaded.file_id, column)]
    if st.button(t("send_batch", lang), type="primary", icon=":material/schedule_send:",
                 key="batch_send"):  # fmt: skip
        job_id = _send(uploaded, column, rows, lang)
        if job_id:
            sent[(uploaded.file_id, column)] = job_id
            st.rerun()  # the button gives way to the note, the sheet shows in the list


def _send(uploaded: Any, column: str, rows: int | None, lang: str) -> str | None:
    from rewriter.batch_jobs import submit_job
    from rewriter.tables import BatchInputError
    from rewriter.web.batch_view import read_problem

    settings = current_settings()
    phase = st.empty()

    def tell(p: Any) -> None:
        phase.caption(f":material/hourglass_top: {t(f'sending_{p.phase}', lang)}")

    try:
        with st.spinner(t("sending", lang)):
            job = submit_job(uploaded.getvalue(), uploaded.name, column, settings, rows=rows,
                             on_provider=tell)  # fmt: skip
    except JobError as exc:
        st.session_state[_NOTICE] = ("error", problem(exc, lang))
    except BatchInputError as exc:
        st.session_state[_NOTICE] = ("error", read_problem(exc, lang))
    except OSError as exc:  # the cache folder cannot be written: say so, nothing was sent
        st.session_state[_NOTICE] = ("error", t("job_fix_disk", lang, detail=safe_message(exc)))
    else:
        st.session_state[_NOTICE] = ("success", t("sent", lang, name=md_escape(job.file_name)))
        return job.id
    finally:
        phase.empty()
    return None


def problem(exc: JobError, lang: str) -> str:
    """What went wrong with a sent sheet and what the user can do, in the page's words."""
    key = f"job_fix_{exc.reason}"
    return t(key if has(key) else "job_fix_provider", lang, detail=md_escape(exc.detail))


def _check(job_id: str, lang: str) -> None:
    from rewriter.batch_jobs import check_job

    try:
        job = check_job(job_id, current_settings())
    except JobError as exc:
        st.session_state[_NOTICE] = ("error", problem(exc, lang))
    except Exception as exc:  # noqa: BLE001 - the batch is kept; say why and what to do
        st.session_state[_NOTICE] = ("error", t("job_fix_provider", lang, detail=safe_message(exc)))
    else:
        if job.status == "done":
            st.session_state[_NOTICE] = (
                "success",
                t("job_ready", lang, name=md_escape(job.file_name)),
            )


def _remove(job_id: str) -> None:
    from rewriter.batch_jobs import remove_job

    with contextlib.suppress(JobError):
        remove_job(job_id)


def jobs_section(lang: str) -> None:
    """Every sheet sent to the provider's batch engine from this machine, newest first."""
    from rewriter.batch_jobs import list_jobs

    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        kind, text = notice
        getattr(st, kind)(
            text, icon=":material/error:" if kind == "error" else ":material/task_alt:"
        )
    jobs = list_jobs()
    if not jobs:
        return
    st.subheader(t("jobs_title", lang), anchor=False)
    st.caption(t("jobs_intro", lang))
    for job in jobs:
        _job(job, lang)


def _job(job: Job, lang: str) -> None:
    with st.container(border=True, key=f"job_{job.id}"):
        rows = format_number(job.rows, lang) if job.rows is not None else "?"
        st.markdown(
            f"**{md_escape(job.file_name)}** · {t('job_rows', lang, rows=rows)} · "
            f"{t('job_sent_at', lang, when=_when(job.created))}"
        )
        done, total = format_number(job.completed, lang), format_number(job.requests, lang)
        if job.status == "done":
            ok = job.summary.get("ok", 0) + job.summary.get("fallback", 0)
            text = t("job_done", lang, ok=format_number(ok, lang),
                     failed=format_number(job.summary.get("error", 0), lang))  # fmt: skip
        elif job.requests:
            text = t("job_running", lang, done=done, total=total,
                     failed=format_number(job.failed, lang),
                     state=_state(job, lang))  # fmt: skip
        else:
            text = t("job_sending", lang)
        st.progress(job.share, text=text)
        if job.checked and job.status != "done":
            st.caption(t("job_checked", lang, when=_when(job.checked)))
        for line in job.problems:
            st.caption(f":material/warning: {md_escape(line)}")
        if job.status == "done":
            _finished(job, lang)
            return
        if st.button(t("job_check", lang), key=f"job_check_{job.id}", icon=":material/refresh:"):
            with st.spinner(t("job_checking", lang)):
                _check(job.id, lang)
            st.rerun()


def _finished(job: Job, lang: str) -> None:
    from rewriter.batch_jobs import job_result
    from rewriter.web.batch_view import output_name

    cost = job.summary.get("batch_usd")
    if cost is not None:
        online = job.summary.get("all_online_usd")
        st.caption(t("job_cost", lang, cost=f"${cost:,.2f}",
                     online=f"${online:,.2f}" if online is not None else "–"))  # fmt: skip
    with st.container(horizontal=True):
        for fmt, mime in _MIME.items():
            try:
                data = job_result(job, fmt)
            except (JobError, OSError, ValueError):
                st.error(t("job_fix_lost", lang), icon=":material/error:")
                break
            st.download_button(
                t(f"download_{fmt}", lang),
                data=data,
                file_name=output_name(job.file_name, fmt),
                mime=mime,
                icon=":material/download:",
                on_click="ignore",
                key=f"job_download_{fmt}_{job.id}",
            )
        st.button(t("job_remove", lang), key=f"job_remove_{job.id}", icon=":material/delete:",
                  on_click=_remove, args=(job.id,))  # fmt: skip


def _state(job: Job, lang: str) -> str:
    states = sorted(set(job.provider_status)) or ["validating"]
    return ", ".join(t(f"provider_{s}", lang) if has(f"provider_{s}") else s for s in states)


def _when(iso: str) -> str:
    """A stored UTC time in the server's local time, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
