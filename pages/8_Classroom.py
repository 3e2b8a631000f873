"""Classroom: a teacher opens a class (code, link, QR), students join anonymously and submit
from the matcher and the playgrounds, the teacher's dashboard shows the class live."""

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import classroom as cr

lang = ui.setup_page("classroom_title", "🏫")

st.title(t("classroom_title", lang))
st.write(t("classroom_intro", lang))
cr.flash(lang)

ROLES = ("student", "teacher")
ROLE = "classroom_role_pick"  # the choice itself: survives reruns and page switches
if ROLE not in st.session_state:
    teaching = st.session_state.get(cr.S_GRANT) is not None and cr.JOIN_PARAM not in st.query_params
    st.session_state[ROLE] = "teacher" if teaching else "student"
st.session_state["classroom_role"] = st.session_state[ROLE]


def _keep_role() -> None:
    st.session_state[ROLE] = st.session_state.get("classroom_role") or st.session_state[ROLE]


st.segmented_control(
    t("classroom_role", lang),
    options=ROLES,
    format_func=lambda r: t(f"classroom_role_{r}", lang),
    key="classroom_role",
    on_change=_keep_role,
)
role = st.session_state[ROLE]

if role == "teacher":
    cr.teacher_panel(lang)
else:
    cr.student_panel(lang)

with st.expander(t("classroom_about_title", lang)):
    st.markdown(t("classroom_about_body", lang))
