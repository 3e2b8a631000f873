"""Classroom mode, the streamlit side: the database connection (``st.connection``), the
teacher's dashboard (an ``st.fragment`` that refreshes itself), the student's view and the
"submit to my class" / "share with my class" buttons other pages call with one line.

Failures of the database never break a page: the student sees a message in their language
and the entry waits in the session with a retry button.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import streamlit as st

from aigc_dash.classroom import codes, config
from aigc_dash.classroom import summary as sm
from aigc_dash.classroom.entries import Entry, ImageSample, InvalidEntry, MatcherEntry, TextSample
from aigc_dash.classroom.records import (
    ClassroomError,
    StorageUnavailable,
    StoredEntry,
    TeacherGrant,
)
from aigc_dash.core import settings
from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape
from aigc_dash.ui import chrome as ui

if TYPE_CHECKING:
    from aigc_dash.classroom.store import ClassroomStore

PAGE_PATH = "pages/8_Classroom.py"
URL_PATH = "Classroom"  # the page's address; join links are ``<app>/Classroom?class=CODE``
JOIN_PARAM = "class"
REFRESH_S = 3.0  # the dashboard's refresh period
MAX_KEY_ATTEMPTS = 5  # wrong teacher keys per session before the form locks

S_CODE = "classroom_code"  # the class this session joined (as a student)
S_STUDENT = "classroom_student"  # this session's anonymous id
S_PENDING = "classroom_pending"  # kind -> entry the database did not take yet
S_GRANT = "classroom_grant"  # TeacherGrant once the key was checked
S_NEW_KEY = "classroom_new_key"  # the teacher key, shown once after creating a class
S_FAILS = "classroom_key_failures"
S_FLASH = "classroom_flash"


# --- the database ------------------------------------------------------------------------------


def _secrets_url() -> str | None:
    try:
        return st.secrets.get("connections", {}).get("classroom", {}).get("url")
    except Exception:  # no or malformed secrets file: the default applies
        return None


@st.cache_resource(show_spinner=False)
def _ready_store(url: str, days: float) -> ClassroomStore:
    """Connect once per process: create or upgrade the schema, delete expired classes.
    (SQLAlchemy is imported here, on first use, not by every page that shows a button.)"""
    from aigc_dash.classroom.store import ClassroomStore, prepare_engine, sqlite_path

    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # the data folder, on first use
        except OSError as err:
            raise StorageUnavailable(str(err)) from err
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    if url.startswith("postgresql"):
        kwargs["connect_args"] = {"connect_timeout": 5}
    try:
        conn = st.connection("classroom", type="sql", url=url, **kwargs)
        engine = prepare_engine(conn.engine)
    except Exception as err:  # a malformed URL or a missing driver
        raise StorageUnavailable(str(err)[:300]) from err
    store = ClassroomStore(engine, retention_days=days)
    store.ensure_schema()
    store.purge_expired()
    return store


def store() -> ClassroomStore:
    """The classroom store for the configured database (raises :class:`ClassroomError`)."""
    url = config.database_url(_secrets_url())
    return _ready_store(url, config.retention_days(settings.setting(config.ENV_DAYS)))


def _error(err: ClassroomError | InvalidEntry, lang: str) -> None:
    key = err.key if isinstance(err, ClassroomError) else "classroom_err_invalid"
    st.error(t(key, lang), icon="🚫")


# --- identity ----------------------------------------------------------------------------------


def student_id() -> str:
    """This session's anonymous id (random; nothing about the person)."""
    if S_STUDENT not in st.session_state:
        st.session_state[S_STUDENT] = codes.new_student_id()
    return st.session_state[S_STUDENT]


def joined_code() -> str | None:
    return st.session_state.get(S_CODE)


def signed_in_identity() -> str | None:
    """The OIDC identity when the operator configured ``st.login`` and the teacher signed in."""
    try:
        if st.user.is_logged_in:
            return str(st.user.get("sub") or st.user.get("email") or "") or None
    except Exception:
        return None
    return None


def _auth_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:
        return False


# --- links and QR ------------------------------------------------------------------------------


def join_link(code: str) -> str:
    """The address students open: this app's ``/Classroom?class=CODE``."""
    base = ""
    try:
        parts = urlsplit(str(st.context.url or ""))
        if parts.scheme and parts.netloc:
            base = f"{parts.scheme}://{parts.netloc}"
            prefix = parts.path.rstrip("/")
            if prefix.rsplit("/", 1)[-1] == URL_PATH:  # keep a base path, drop this page's
                prefix = prefix[: -len(URL_PATH)].rstrip("/")
            base += prefix
    except Exception:
        base = ""
    return f"{base}/{URL_PATH}?{JOIN_PARAM}={code}"


def qr_png(link: str) -> bytes:
    """The join link as a QR code (PNG, large modules for a projector)."""
    import segno

    buf = io.BytesIO()
    segno.make(link, error="m").save(buf, kind="png", scale=8, border=2)
    return buf.getvalue()


# --- sending entries (the buttons on other pages) ----------------------------------------------


def _deliver(entry: Entry) -> tuple[str, str, dict[str, str]]:
    """Store ``entry`` for this session's class; the message to show as
    ``(string key, kind, format values)``. A database failure keeps the entry for retrying."""
    code = joined_code() or ""
    pending: dict[str, Entry] = st.session_state.setdefault(S_PENDING, {})
    try:
        store().submit(code, student_id(), entry)
    except StorageUnavailable as err:
        pending[entry.kind] = entry  # kept for the retry button: nothing is silently lost
        return err.key, "error", {}
    except ClassroomError as err:
        pending.pop(entry.kind, None)
        return err.key, "error", {}
    pending.pop(entry.kind, None)
    return f"classroom_sent_{entry.kind}", "success", {"code": code}


def _show(message: tuple[str, str, dict[str, str]], lang: str) -> None:
    key, kind, values = message
    if kind == "error":
        st.error(t(key, lang, **values), icon="🚫")
    else:
        ui.notice(t(key, lang, **values), kind)


def _send(entry: Entry, lang: str) -> bool:
    message = _deliver(entry)
    _show(message, lang)
    return message[1] == "success"


def _flash(key: str, kind: str = "success", **values: str) -> None:
    """A message for the next run (callbacks run before the page draws)."""
    st.session_state[S_FLASH] = (key, kind, values)


def _submit_block(entry_fn: Any, kind: str, prefix: str, label_key: str, lang: str) -> None:
    code = joined_code()
    if code is None:
        st.caption(t("classroom_not_joined_hint", lang))
        return
    with st.container(border=True):
        st.caption(t("classroom_joined_as", lang, code=code))
        pending = st.session_state.get(S_PENDING, {}).get(kind)
        if st.button(t(label_key, lang), key=f"{prefix}_classroom_submit", icon="📤"):
            try:
                _send(entry_fn(), lang)
            except InvalidEntry as err:
                _error(err, lang)
        elif pending is not None:
            st.warning(t("classroom_pending", lang), icon="⏳")
            if st.button(t("classroom_retry", lang), key=f"{prefix}_classroom_retry"):
                _send(pending, lang)


def submit_matcher(lang: str, profile: Any, matches: Any, robust: Any) -> None:
    """The Career matcher's "submit to my class": profile, top three roles with scores and
    the robustness share of the top role."""

    def entry() -> MatcherEntry:
        top = list(matches)[:3]
        share = float(robust.top1_share[list(robust.role_ids).index(top[0].role_id)])
        return MatcherEntry.build(profile.as_dict(), [(m.role_id, m.score) for m in top], share)

    _submit_block(entry, "matcher", "matcher", "classroom_submit_matcher", lang)


def share_text(lang: str, run: Any) -> None:
    """The Text playground's "share with my class": the run's first sample with its exact
    settings (a ``playgrounds.text.GenerationRun``)."""
    if run is None or not run.texts or not str(run.texts[0]).strip():
        return
    p = run.params
    _submit_block(
        lambda: TextSample.build(
            model=run.model,
            prompt=run.prompt,
            output=run.texts[0],
            decoding="sample" if p.do_sample else "greedy",
            temperature=p.temperature,
            top_k=p.top_k,
            top_p=p.top_p,
            repetition_penalty=p.repetition_penalty,
            seed=run.seeds[0] if run.seeds else p.seed,
            max_new_tokens=p.max_new_tokens,
        ),
        "text",
        "text",
        "classroom_share",
        lang,
    )


def share_image(lang: str, run: Any) -> None:
    """The Image playground's "share with my class": the diffusion run's digit (PNG) with its
    settings (a ``playgrounds.image.DiffusionRun``)."""
    if run is None or not run.result.frames:
        return

    def entry() -> ImageSample:
        from aigc_dash.generation import images
        from aigc_dash.playgrounds import image as ip

        p = run.params
        final = ip.frame_view(run.result, run.last_frame).x0
        return ImageSample.build(
            model="diffusion",
            digit=10 if p.get("digit") is None else p["digit"],
            scheduler=p.get("scheduler_name"),
            steps=p.get("num_inference_steps"),
            guidance=p.get("guidance_scale"),
            seed=p.get("seed"),
            png=images.png_bytes(images.upscale(final, 4)),
        )

    _submit_block(entry, "image", "image", "classroom_share", lang)


# --- student view ------------------------------------------------------------------------------


def _join(code: str) -> None:
    try:
        info = store().join(code, student_id())
    except ClassroomError as err:
        _flash(err.key, "error")
        return
    st.session_state[S_CODE] = info.code
    _flash("classroom_joined", code=info.code)


def _on_join_typed() -> None:
    norm = codes.normalize_code(st.session_state.get("classroom_join_code"))
    if norm is None:
        _flash("classroom_bad_code", "warning")
    else:
        _join(norm)


def _on_withdraw(kind: str) -> None:
    code = joined_code()
    if code is None:
        return
    try:
        store().withdraw(code, student_id(), kind)
    except ClassroomError as err:
        _flash(err.key, "error")


def _on_retry(kind: str) -> None:
    entry = st.session_state.get(S_PENDING, {}).get(kind)
    if entry is not None:
        st.session_state[S_FLASH] = _deliver(entry)


def _on_leave() -> None:
    st.session_state.pop(S_CODE, None)
    if JOIN_PARAM in st.query_params:
        del st.query_params[JOIN_PARAM]


def student_panel(lang: str) -> None:
    """Join by link or code; then the student's own entries, withdraw, leave."""
    from_url = codes.normalize_code(st.query_params.get(JOIN_PARAM))
    raw = st.query_params.get(JOIN_PARAM)
    if raw is not None and from_url is None:
        ui.notice(t("classroom_bad_code", lang), "warning")
        del st.query_params[JOIN_PARAM]  # said once
    if from_url and joined_code() != from_url:
        _join(from_url)
        flash(lang)
    code = joined_code()
    if code is None:
        with st.form("classroom_join_form"):
            st.text_input(t("classroom_code_label", lang), max_chars=12, key="classroom_join_code")
            st.form_submit_button(
                t("classroom_join", lang), key="classroom_join_submit", on_click=_on_join_typed
            )
        st.caption(t("classroom_privacy", lang))
        return
    st.markdown(t("classroom_student_in", lang, code=code))
    st.write(t("classroom_student_how", lang))
    st.caption(t("classroom_privacy", lang))
    try:
        mine = store().student_entries(code, student_id())
    except ClassroomError as err:
        _error(err, lang)
        mine = []
    st.subheader(t("classroom_my_entries", lang))
    if not mine:
        st.caption(t("classroom_no_entries_yet", lang))
    for s in mine:
        with st.container(border=True):
            st.markdown(f"**{t(f'classroom_kind_{s.kind}', lang)}**")
            _entry_body(s, lang)
            st.button(
                t("classroom_withdraw", lang),
                key=f"classroom_withdraw_{s.kind}",
                on_click=_on_withdraw,
                args=(s.kind,),
            )
    for kind in list(st.session_state.get(S_PENDING, {})):
        st.warning(t("classroom_pending", lang), icon="⏳")
        st.button(
            t("classroom_retry", lang),
            key=f"classroom_retry_{kind}",
            on_click=_on_retry,
            args=(kind,),
        )
    st.button(t("classroom_leave", lang), key="classroom_leave", on_click=_on_leave)


# --- teacher -----------------------------------------------------------------------------------


def _on_create(owner: str | None) -> None:
    title = str(st.session_state.get("classroom_title") or "")
    days = st.session_state.get("classroom_days") or config.DEFAULT_RETENTION_DAYS
    try:
        grant, key = store().create_class(title, days=float(days), owner=owner)
    except ClassroomError as err:
        _flash(err.key, "error")
        return
    st.session_state[S_GRANT] = grant
    st.session_state[S_NEW_KEY] = key


def _on_open_with_key() -> None:
    fails = int(st.session_state.get(S_FAILS, 0))
    if fails >= MAX_KEY_ATTEMPTS:
        return
    code = str(st.session_state.get("classroom_t_code") or "")
    key = str(st.session_state.get("classroom_t_key") or "")
    try:
        grant = store().authorize(code, key)
    except ClassroomError as err:
        _flash(err.key, "error")
        return
    if grant is None:
        st.session_state[S_FAILS] = fails + 1
        _flash("classroom_key_wrong", "error", left=str(MAX_KEY_ATTEMPTS - fails - 1))
        return
    st.session_state[S_GRANT] = grant


def _on_open_owned(grant: TeacherGrant) -> None:
    st.session_state[S_GRANT] = grant


def teacher_panel(lang: str) -> None:
    """Create a class or open its dashboard (key or signed-in owner); then the dashboard."""
    grant: TeacherGrant | None = st.session_state.get(S_GRANT)
    if grant is not None:
        dashboard(lang)
        return
    owner = signed_in_identity()
    left, right = st.columns(2, gap="large")
    with left, st.form("classroom_create_form"):
        st.subheader(t("classroom_create_title", lang))
        st.text_input(t("classroom_title_label", lang), max_chars=120, key="classroom_title")
        st.number_input(
            t("classroom_days_label", lang),
            min_value=1,
            max_value=90,
            value=int(config.retention_days(settings.setting(config.ENV_DAYS))),
            key="classroom_days",
        )
        st.form_submit_button(
            t("classroom_create", lang),
            key="classroom_create_submit",
            on_click=_on_create,
            args=(owner,),
        )
    with right:
        st.subheader(t("classroom_open_title", lang))
        if owner:
            _owned_classes(owner, lang)
        elif _auth_configured():
            st.button(t("classroom_sign_in", lang), key="classroom_sign_in", on_click=st.login)
        _key_form(lang)


def _owned_classes(owner: str, lang: str) -> None:
    try:
        mine = store().owned_classes(owner)
    except ClassroomError as err:
        _error(err, lang)
        return
    for g in mine:
        st.button(
            t("classroom_open_owned", lang, code=g.code, title=md_escape(g.title) or "—"),
            key=f"classroom_owned_{g.code}",
            on_click=_on_open_owned,
            args=(g,),
        )


def _key_form(lang: str) -> None:
    if int(st.session_state.get(S_FAILS, 0)) >= MAX_KEY_ATTEMPTS:
        st.error(t("classroom_key_locked", lang), icon="🔒")
        return
    with st.form("classroom_key_form"):
        st.text_input(t("classroom_code_label", lang), max_chars=12, key="classroom_t_code")
        st.text_input(
            t("classroom_key_label", lang), type="password", max_chars=200, key="classroom_t_key"
        )
        st.form_submit_button(
            t("classroom_open", lang), key="classroom_open_submit", on_click=_on_open_with_key
        )


def _entry_settings(e: Entry, lang: str) -> str:
    if isinstance(e, TextSample):
        return t(
            "classroom_text_settings",
            lang,
            model=e.model,
            decoding=e.decoding,
            temperature=e.temperature,
            top_k=e.top_k,
            top_p=e.top_p,
            penalty=e.repetition_penalty,
            seed=e.seed,
            tokens=e.max_new_tokens,
        )
    if isinstance(e, ImageSample):
        digit = "*" if e.digit == 10 else str(e.digit)
        return t(
            "classroom_image_settings",
            lang,
            model=e.model,
            digit=digit,
            scheduler=e.scheduler,
            steps=e.steps,
            guidance=e.guidance,
            seed=e.seed,
        )
    return ""


def _role_names(lang: str) -> dict[str, str]:
    """Role id -> name in ``lang`` (ids where the roles table cannot be read)."""
    from aigc_dash.core.errors import DataError
    from aigc_dash.core.i18n import pick
    from aigc_dash.ui import cache

    try:
        return {
            r["role_id"]: pick(r, "name", lang) for r in cache.table("roles").to_dict("records")
        }
    except DataError:
        return {}


def _entry_body(s: StoredEntry, lang: str) -> None:
    """An entry shown as text or PNG (never as markdown or HTML)."""
    e = s.entry
    if isinstance(e, MatcherEntry):
        names = _role_names(lang)
        tops = ", ".join(f"{names.get(r.role_id, r.role_id)} ({r.score:.0f})" for r in e.top)
        st.text(t("classroom_matcher_line", lang, roles=tops, share=f"{e.robust_share:.0%}"))
    elif isinstance(e, TextSample):
        st.code(e.prompt, language=None)
        st.code(e.output, language=None, wrap_lines=True)
        st.text(_entry_settings(e, lang))
    elif isinstance(e, ImageSample):
        digit = t("classroom_any_digit", lang) if e.digit == 10 else str(e.digit)
        alt = t("classroom_image_alt", lang, digit=digit, model=e.model, seed=e.seed)
        st.image(e.png, width=112, output_format="PNG", alt=alt)
        st.text(_entry_settings(e, lang))


def _on_hide(entry_id: int, widget: str) -> None:
    grant: TeacherGrant | None = st.session_state.get(S_GRANT)
    if grant is None:
        return
    try:
        store().set_hidden(grant, entry_id, bool(st.session_state.get(widget)))
    except ClassroomError as err:
        _flash(err.key, "error")


def _gallery_item(s: StoredEntry, lang: str) -> None:
    with st.container(border=True):
        st.caption(t("classroom_by", lang, student=s.student))
        _entry_body(s, lang)
        widget = f"classroom_hide_{s.id}"
        st.session_state[widget] = s.hidden
        st.checkbox(t("classroom_hide", lang), key=widget, on_change=_on_hide, args=(s.id, widget))


def _header(grant: TeacherGrant, lang: str) -> None:
    link = join_link(grant.code)
    st.subheader(t("classroom_dash_title", lang, title=md_escape(grant.title or grant.code)))
    new_key = st.session_state.pop(S_NEW_KEY, None)
    if new_key:
        st.warning(t("classroom_key_once", lang), icon="🔑")
        st.code(new_key, language=None)
    left, right = st.columns([2, 1])
    with left:
        st.markdown(t("classroom_code_big", lang))
        st.code(grant.code, language=None)
        st.markdown(t("classroom_link", lang))
        st.code(link, language=None)
        st.caption(t("classroom_link_help", lang))
    with right:
        st.image(
            qr_png(link),
            caption=t("classroom_qr_caption", lang),
            output_format="PNG",
            alt=t("classroom_qr_alt", lang, link=link),
        )


@st.fragment(run_every=REFRESH_S)
def _live(lang: str) -> None:
    """The part that refreshes itself: counts, charts, gallery (no full-page rerun)."""
    from aigc_dash.career import matcher as mt
    from aigc_dash.charts import classroom as charts
    from aigc_dash.core.i18n import pick
    from aigc_dash.ui import cache

    grant: TeacherGrant | None = st.session_state.get(S_GRANT)
    if grant is None:
        return
    try:
        every = store().entries(grant, include_hidden=True)
        joined, submitted = store().counts(grant)
    except ClassroomError as err:
        _error(err, lang)
        return
    shown = [s for s in every if not s.hidden]
    summary = sm.summarize(shown, joined, submitted)
    c = st.columns(4)
    c[0].metric(t("classroom_m_joined", lang), joined)
    c[1].metric(t("classroom_m_submitted", lang), submitted)
    c[2].metric(t("classroom_m_entries", lang), len(every))
    c[3].metric(t("classroom_m_robust", lang), f"{summary.robust_count}/{summary.matcher_count}")
    if summary.matcher_count:
        roles_df = cache.table("roles")
        roles = mt.role_matrix(roles_df)
        names = {r["role_id"]: pick(r, "name", lang) for r in roles_df.to_dict("records")}
        a, b = st.columns(2)
        a.plotly_chart(charts.risk_histogram(summary, lang), key="classroom_chart_risk")
        b.plotly_chart(charts.class_radar(summary, roles, names, lang), key="classroom_chart_radar")
        a.plotly_chart(charts.top_roles_bar(summary, names, lang), key="classroom_chart_roles")
        b.plotly_chart(
            charts.robustness_histogram(summary.robust_shares, lang), key="classroom_chart_robust"
        )
        st.caption(
            t(
                "classroom_robust_summary",
                lang,
                robust=summary.robust_count,
                total=summary.matcher_count,
            )
        )
    else:
        st.caption(t("classroom_no_matcher_yet", lang))
    show_hidden = st.toggle(t("classroom_show_hidden", lang), key="classroom_show_hidden")
    gallery = every if show_hidden else shown
    texts = [s for s in gallery if s.kind == "text"]
    images = [s for s in gallery if s.kind == "image"]
    if texts:
        st.subheader(t("classroom_gallery_text", lang))
        for temp, group in sm.summarize(texts, 0, 0).text_groups.items():
            st.markdown(t("classroom_group_temp", lang, temperature=temp, n=len(group)))
            for s in group:
                _gallery_item(s, lang)
    if images:
        st.subheader(t("classroom_gallery_image", lang))
        for (steps, guidance), group in sm.summarize(images, 0, 0).image_groups.items():
            st.markdown(
                t("classroom_group_image", lang, steps=steps, guidance=guidance, n=len(group))
            )
            cols = st.columns(4)
            for i, s in enumerate(group):
                with cols[i % 4]:
                    _gallery_item(s, lang)


def _export(grant: TeacherGrant, include_hidden: bool, fmt: str) -> Any:
    """The export, built when the teacher clicks (so it holds what is in the database then,
    not what was there when the page last ran). No streamlit calls: it runs outside the
    script."""
    source = store()

    def build() -> str:
        try:
            rows = sm.for_export(source.entries(grant), include_hidden)
        except ClassroomError as err:
            return f"error: {type(err).__name__}"
        return sm.to_csv(rows) if fmt == "csv" else sm.to_json(rows)

    return build


def _controls(grant: TeacherGrant, lang: str) -> None:
    st.subheader(t("classroom_export_title", lang))
    include = st.checkbox(t("classroom_export_hidden", lang), key="classroom_export_hidden")
    try:
        csv_data = _export(grant, include, "csv")
        json_data = _export(grant, include, "json")
    except ClassroomError as err:
        _error(err, lang)
    else:
        d1, d2 = st.columns(2)
        d1.download_button(
            t("classroom_export_csv", lang),
            data=csv_data,
            file_name=f"class_{grant.code}.csv",
            mime="text/csv",
            key="classroom_export_csv",
            on_click="ignore",
        )
        d2.download_button(
            t("classroom_export_json", lang),
            data=json_data,
            file_name=f"class_{grant.code}.json",
            mime="application/json",
            key="classroom_export_json",
            on_click="ignore",
        )
    st.subheader(t("classroom_manage_title", lang))
    a, b, c = st.columns(3)
    a.button(
        t("classroom_reopen" if grant.closed else "classroom_close", lang),
        key="classroom_close",
        on_click=_on_toggle_closed,
    )
    sure = b.checkbox(t("classroom_delete_sure", lang), key="classroom_delete_sure")
    b.button(
        t("classroom_delete", lang),
        key="classroom_delete",
        disabled=not sure,
        on_click=_on_delete,
    )
    c.button(t("classroom_leave_dash", lang), key="classroom_leave_dash", on_click=_on_leave_dash)


def _on_toggle_closed() -> None:
    grant: TeacherGrant | None = st.session_state.get(S_GRANT)
    if grant is None:
        return
    try:
        store().close_class(grant, not grant.closed)
    except ClassroomError as err:
        _flash(err.key, "error")
        return
    st.session_state[S_GRANT] = TeacherGrant(
        grant.class_id, grant.code, grant.title, grant.expires_at, not grant.closed
    )


def _on_delete() -> None:
    grant: TeacherGrant | None = st.session_state.get(S_GRANT)
    if grant is None:
        return
    try:
        store().delete_class(grant)
    except ClassroomError as err:
        _flash(err.key, "error")
        return
    st.session_state.pop(S_GRANT, None)
    st.session_state.pop("classroom_delete_sure", None)
    _flash("classroom_deleted", code=grant.code)


def _on_leave_dash() -> None:
    st.session_state.pop(S_GRANT, None)


def dashboard(lang: str) -> None:
    """The teacher's dashboard for the class in this session's grant."""
    grant: TeacherGrant = st.session_state[S_GRANT]
    _header(grant, lang)
    if grant.closed:
        ui.notice(t("classroom_closed_note", lang), "warning")
    _live(lang)
    _controls(grant, lang)


def flash(lang: str) -> None:
    """The message a callback left (joined, deleted, wrong key, database down...)."""
    item = st.session_state.pop(S_FLASH, None)
    if item:
        _show(item, lang)


__all__ = [
    "dashboard",
    "join_link",
    "qr_png",
    "share_image",
    "share_text",
    "store",
    "student_panel",
    "submit_matcher",
    "teacher_panel",
]
