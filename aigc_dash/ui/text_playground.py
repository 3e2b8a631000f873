"""The Text playground's streamlit pieces: URL sync, model loading under a status, the
streaming Generate tab, the next-token explorer, compare and the RNN poem, each drawn from
the typed runs of :mod:`aigc_dash.playgrounds.text`.

Model output is shown as plain text only (``st.code``), never as Markdown or HTML.
Warm-up: the first run of the page in a process starts loading the bundled models (torch and
transformers imports plus weights, through the shared ``st.cache_resource`` loaders) in a
background thread; only the parts that need the model wait for it, under ``st.status``.
The shared loaders limit torch to one intra-op thread (``models.torch_threads``), which made
the first streamed piece ~20x faster on busy 2-core machines.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from aigc_dash.charts import text as text_charts
from aigc_dash.core.i18n import t
from aigc_dash.generation import concepts, models
from aigc_dash.generation import text as gen
from aigc_dash.playgrounds import course
from aigc_dash.playgrounds import text as tp
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import classroom, urlstate
from aigc_dash.ui import models as model_cache

PREFIX = "text"  # widget keys are text_<setting name>
WARMUP = "text-models"
RESULT = "text_result"  # tp.GenerationRun
COMPARE = "text_compare_result"  # tp.CompareRun
POEM = "text_poem_result"  # tp.PoemRun
EXPLORER = "text_explorer"  # tp.ExplorerPath
COURSE_RESULT = "text_course_result"  # (seed, texts) of the course-code run


def wkey(name: str) -> str:
    """The widget key of setting ``name``."""
    return f"{PREFIX}_{name}"


# --- warm-up and settings ----------------------------------------------------------------


def _warm_bundled() -> None:
    # GPT first: it is the default model; the RNN is small and loads in a moment after it.
    if tp.model_ready("gpt"):
        model_cache.cached_text_pipeline("gpt")
    if tp.model_ready("rnn"):
        model_cache.cached_rnn("rnn")


def start_warmup() -> None:
    """Start loading the bundled text models off the request path (once per process)."""
    tp.start_warmup(WARMUP, _warm_bundled)


# Every widget's callback: the widgets' values go to the URL (and the helper's backup).
on_change = urlstate.on_change_writer(tp.TABLE, PREFIX)


def sync(lang: str, options: list[str]) -> tp.Settings:
    """Read the URL into the widgets before they render; tampered values become notices.

    A setting missing from the URL keeps this session's last value (the helper keeps it
    across page switches). A model that is not offered here (a hub model switched off) is
    refused with the reason; the bundled GPT runs.
    """
    _default_prompt(lang)
    values = urlstate.sync_from_url(
        tp.TABLE, PREFIX, lang, show=lambda n: ui.notice(n.text(lang), "warning")
    )
    if values["model"] not in options:
        reason = models.resolve_text_model(values["model"]).reason
        ui.notice(tp.fallback_notice(values["model"], reason).text(lang), "warning")
        values["model"] = st.session_state[wkey("model")] = "gpt"
        on_change()  # the link and the backup say gpt too
    return tp.settings_from_values(values)


def _default_prompt(lang: str) -> None:
    """A first visit in Chinese starts from a Chinese prompt (the table's default is the
    course's English one, so today's links keep their meaning); a prompt in the link or typed
    earlier in this session wins."""
    backup = st.session_state.get(f"{PREFIX}_url_backup", {})
    if "prompt" in st.query_params or wkey("prompt") in st.session_state or "prompt" in backup:
        return
    prompt = course.default_prompt(lang)
    if prompt != tp.DEFAULTS.prompt:
        st.session_state[wkey("prompt")] = prompt


def use_course_prompt() -> None:
    """The course-prompt button's callback: the notes' prompt becomes the prompt."""
    st.session_state[wkey("prompt")] = course.COURSE_PROMPT
    on_change()


def on_example() -> None:
    """The example picker's callback: the example becomes the prompt (and the link's)."""
    example = st.session_state.get("text_example")
    if example:
        st.session_state[wkey("prompt")] = example
        st.session_state["text_example"] = None
        on_change()


def load(model_id: str, lang: str) -> tuple[Any, models.ModelChoice]:
    """``(model, ModelChoice)``; waits under ``st.status`` while the warm-up still runs."""

    def call() -> tuple[Any, models.ModelChoice]:
        if model_id == "rnn":
            return model_cache.cached_rnn("rnn"), models.ModelChoice("rnn", "rnn")
        return model_cache.text_pipeline(model_id)

    if tp.warmup_done(WARMUP):
        with st.spinner(t("text_loading", lang)):
            return call()
    with st.status(t("text_loading", lang), expanded=True) as status:
        st.write(t("text_loading_detail", lang))
        loaded = call()
        status.update(label=t("text_loaded", lang), state="complete", expanded=False)
    return loaded


# --- small pieces ------------------------------------------------------------------------


def code(body: str) -> None:
    """Model output as plain text (never Markdown or HTML), with a copy button."""
    st.code(body if body else " ", language=None, wrap_lines=True)


def show_error(err: gen.TextInputError, lang: str) -> None:
    st.info(t(err.key, lang) if err.key.startswith("text_") else str(err), icon="💡")


def download(body: str, key: str, file_name: str, lang: str) -> None:
    st.download_button(
        t("text_download", lang),
        data=body.encode("utf-8"),
        file_name=file_name,
        mime="text/plain",
        key=key,
        on_click="ignore",
    )


def slider(
    name: str, lang: str, container: Any = st, *, help_line: bool = True, disabled: bool = False
) -> None:
    """The slider of numeric setting ``name`` (bounds from the table), with its one-liner;
    ``disabled`` where the model in use cannot take the setting (the caller says why)."""
    label = name.removeprefix("b_")
    lo, hi, step = tp.slider_bounds(name)
    container.slider(
        t(f"text_{label}", lang),
        min_value=lo,
        max_value=hi,
        step=step,
        key=wkey(name),
        on_change=on_change,
        disabled=disabled,
    )
    if help_line:
        container.caption(t(f"text_{label}_help", lang))


def seed_input(lang: str, container: Any = st) -> None:
    """The seed box with its one-line explanation (shared by the GPT and RNN controls)."""
    container.number_input(
        t("text_seed", lang),
        min_value=0,
        max_value=tp.SEED_MAX,
        step=1,
        key=wkey("seed"),
        on_change=on_change,
    )
    container.caption(t("text_seed_help", lang))


def choice(name: str, options: Any, label_key: str, lang: str, container: Any = st) -> None:
    """A horizontal radio for choice setting ``name``; option ``o`` reads ``{label_key}_{o}``."""
    container.radio(
        t(label_key, lang),
        options=list(options),
        format_func=lambda o: t(f"{label_key}_{o}", lang),
        key=wkey(name),
        horizontal=True,
        on_change=on_change,
    )


def steps(kind: str, lang: str) -> None:
    with st.expander(t(f"text_steps_{kind}", lang), expanded=True):
        st.markdown("\n".join(f"{i}. {s}" for i, s in enumerate(concepts.steps(kind, lang), 1)))
        st.caption(t(f"text_steps_{kind}_note", lang))


# --- RNN poem ----------------------------------------------------------------------------


def poem_section(rnn: Any, settings: tp.Settings, lang: str) -> None:
    """The write button, then the last poem with its notices and download."""
    source = tp.rnn_input(settings)
    if source.cut:
        ui.notice(t("text_rnn_input_cut", lang, limit=tp.MAX_RNN_INPUT), "warning")
    if source.blank:
        st.info(t("text_rnn_empty", lang), icon="💡")
    label = t("text_write_poem", lang)
    if st.button(label, key="text_rnn_generate", type="primary", disabled=source.blank):
        try:
            with st.spinner(t("text_generating", lang)):
                st.session_state[POEM] = tp.write_poem(rnn, settings, source)
        except gen.TextInputError as err:
            show_error(err, lang)
    shown: tp.PoemRun | None = st.session_state.get(POEM)
    if not shown:
        return
    poem = shown.poem
    if poem.skipped:
        skipped = tp.md_escape(" ".join(poem.skipped), limit=80)
        ui.notice(t("text_rnn_skipped", lang, chars=skipped), "warning")
    if poem.truncated:
        ui.notice(t(f"text_rnn_truncated_{shown.task}", lang), "warning")
    if not poem.lines:
        st.info(t("text_rnn_nothing_known", lang), icon="💡")
        return
    st.subheader(t(f"text_rnn_task_{shown.task}", lang))
    code(poem.text)
    download(poem.text + "\n", "text_poem_download", "poem.txt", lang)


# --- Transformer tabs --------------------------------------------------------------------


def length_notices(pipe: Any, settings: tp.Settings, lang: str) -> bool:
    """Notices for a blank or too-long prompt; True when the prompt is blank."""
    if tp.is_blank(settings.prompt):
        st.info(t("text_empty_prompt", lang), icon="💡")
        return True
    for notice in tp.length_notices(tp.plan_for(pipe, settings.prompt, settings.max_new_tokens)):
        ui.notice(notice.text(lang), "warning")
    return False


def stream_one(pipe: Any, prompt: str, params: tp.SamplingParams, lang: str) -> str:
    """Stream one sequence into a plain-text box; the whole text when done."""
    box = st.empty()
    sink: list[str] = []
    pieces = gen.stream(pipe, prompt, params)
    # write_stream shows text chunks as Markdown; these chunks are callables that redraw the
    # plain-text box with everything so far.
    render = lambda body: box.code(body, language=None, wrap_lines=True)  # noqa: E731
    st.write_stream(tp.as_render_calls(pieces, render, sink))
    body = "".join(sink)
    with box.container():
        code(body)
        if not body.strip():
            st.caption(t("text_empty_output", lang))
    return body


def generate_tab(pipe: Any, settings: tp.Settings, model_id: str, blank: bool, lang: str):
    """The Generate button; streams each sequence live, then keeps the run for reruns."""
    if settings.greedy and settings.num_sequences > 1:
        st.caption(t("text_greedy_one", lang))
    label = t("text_generate", lang)
    clicked = st.button(label, key="text_generate", type="primary", disabled=blank)
    if clicked and not blank:
        texts: list[str] = []
        runs = tp.sequence_params(settings)
        for i, params in enumerate(runs):
            st.caption(t("text_sequence", lang, i=i + 1, seed=params.seed))
            try:
                texts.append(stream_one(pipe, settings.prompt, params, lang))
            except gen.TextInputError as err:
                show_error(err, lang)
                return
        seeds = tuple(p.seed for p in runs)
        st.session_state[RESULT] = tp.GenerationRun(
            settings.prompt, model_id, runs[0], seeds, tuple(texts)
        )
    elif st.session_state.get(RESULT):
        shown: tp.GenerationRun = st.session_state[RESULT]
        for i, (body, seed) in enumerate(zip(shown.texts, shown.seeds, strict=True)):
            st.caption(t("text_sequence", lang, i=i + 1, seed=seed))
            code(body)
    result: tp.GenerationRun | None = st.session_state.get(RESULT)
    if result:
        summary = result.summary(lang)
        st.caption(t("text_result_settings", lang, model=result.model, summary=summary))
        download(result.download(lang), "text_download", "generation.txt", lang)
        classroom.share_text(lang, result)


def _path() -> tp.ExplorerPath:
    return st.session_state.setdefault(EXPLORER, tp.ExplorerPath())


def _pick(token_id: int) -> None:
    _path().pick(token_id)
    st.session_state["text_pick"] = 0


def explore_tab(pipe: Any, settings: tp.Settings, blank: bool, lang: str) -> None:
    """The next token's distribution before and after the settings; step on token by token."""
    st.caption(t("text_explore_intro", lang))
    if blank:
        return
    path = _path().follow(settings.prompt)
    try:
        view = tp.explore(pipe, settings, path)
    except gen.TextInputError as err:
        show_error(err, lang)
        return
    labels = {key: t(f"text_chart_{key}", lang) for key in text_charts.LABEL_KEYS}
    dist = view.dist
    fig = text_charts.next_token_bars(
        view.rows, other_before=dist["other_before"], other_after=dist["other_after"], labels=labels
    )
    st.plotly_chart(fig, key="text_explorer_chart")
    st.caption(t("text_explore_kept", lang, kept=dist["kept"]))
    if view.removed:
        tokens = tp.md_escape(", ".join(r.label for r in view.removed), limit=120)
        st.caption(t("text_explore_removed", lang, n=len(view.removed), tokens=tokens))
    st.markdown(f"**{t('text_explore_so_far', lang, n=len(path.picked))}**")
    code(view.context[-600:])
    rows = view.rows
    st.selectbox(
        t("text_pick", lang),
        options=list(range(len(rows))),
        format_func=lambda i: t(
            "text_pick_option",
            lang,
            token=rows[i].label,
            p=f"{rows[i].prob_after:.1%}",
            removed=t("text_pick_removed", lang) if rows[i].removed else "",
        ),
        key="text_pick",
    )
    picked = min(max(int(st.session_state.get("text_pick") or 0), 0), len(rows) - 1)
    a, b, c = st.columns(3)
    token = rows[picked].token_id
    a.button(
        t("text_step", lang), key="text_step", on_click=_pick, args=(token,), disabled=path.full
    )
    b.button(t("text_undo", lang), key="text_undo", on_click=path.undo, disabled=not path.picked)
    c.button(
        t("text_restart", lang), key="text_restart", on_click=path.reset, disabled=not path.picked
    )
    if path.full:
        st.caption(t("text_explore_full", lang, n=tp.MAX_NEW_TOKENS))


def compare_section(pipe: Any, settings: tp.Settings, blank: bool, lang: str) -> None:
    """The compare button, then both texts side by side under their settings."""
    clicked = st.button(t("text_compare_run", lang), key="text_compare_run", disabled=blank)
    if clicked and not blank:
        try:
            with st.spinner(t("text_generating", lang)):
                st.session_state[COMPARE] = tp.compare(pipe, settings)
        except gen.TextInputError as err:
            show_error(err, lang)
            return
    shown: tp.CompareRun | None = st.session_state.get(COMPARE)
    if not shown:
        return
    sides = ((shown.params_a, shown.text_a), (shown.params_b, shown.text_b))
    for col, (params, body) in zip(st.columns(2), sides, strict=True):
        with col:
            st.caption(tp.describe_side(params, lang))
            code(body)


# --- the course notes' code (section 5.1) ------------------------------------------------


def course_code(settings: tp.Settings, lang: str) -> None:
    """The notes' prompt one click away, then the notes' pipeline call as we run it: the four
    steps, each argument against this page's controls, the max_length arithmetic, and a
    button that runs exactly that call on the bundled GPT and shows the three texts."""
    st.button(
        t("course_text_use_prompt", lang),
        key="text_course_prompt",
        on_click=use_course_prompt,
        disabled=settings.prompt == course.COURSE_PROMPT,
    )
    with st.expander(t("course_text_header", lang)):
        st.caption(t("course_text_intro", lang))
        st.code(course.TEXT_LISTING, language="python")
        st.markdown(f"**{t('course_text_steps_title', lang)}**")
        st.markdown(
            "\n".join(
                f"{i}. {t(f'course_text_step_{s}', lang)}"
                for i, s in enumerate(course.TEXT_STEPS, 1)
            )
        )
        pipe = model_cache.cached_text_pipeline("gpt")  # the listing's model, whatever is picked
        ours = course.LengthArithmetic(course.prompt_tokens(pipe, course.COURSE_PROMPT))
        st.markdown(f"**{t('course_text_table_title', lang)}**")
        rows = course.argument_rows(lang, ours, course.generation_defaults(pipe))
        cols = ("argument", "course", "ours", "control", "note")
        st.dataframe(
            {t(f"course_text_col_{c}", lang): [getattr(r, c) for r in rows] for c in cols},
            hide_index=True,
            key="text_course_table",
        )
        st.caption(ours.text(lang, "course"))
        if not tp.is_blank(settings.prompt) and settings.prompt != course.COURSE_PROMPT:
            current = course.prompt_tokens(pipe, settings.prompt[-tp.MAX_PROMPT_CHARS :])
            st.caption(course.LengthArithmetic(current).text(lang, "current"))
        if st.button(t("course_text_run", lang), key="text_course_run"):
            with st.spinner(t("text_generating", lang)):
                texts = course.run_course_call(pipe, settings.seed)
            st.session_state[COURSE_RESULT] = (settings.seed, texts)
        shown = st.session_state.get(COURSE_RESULT)
        if shown:
            seed, texts = shown
            st.caption(t("course_text_run_caption", lang, seed=seed))
            for i, body in enumerate(texts, 1):
                st.caption(t("course_text_output", lang, i=i))
                code(body)
