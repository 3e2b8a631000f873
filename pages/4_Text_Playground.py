"""Text playground: live generation with the bundled Transformer and RNN, a next-token
explorer, and two settings compared side by side.

Layout only. The settings live in the URL (``text_playground.TABLE``, read and written by
``aigc_dash.ui.urlstate``); runs, explorer and compare are ``aigc_dash.playgrounds.text``;
streaming, loading and the tab bodies are drawn by ``aigc_dash.ui.text_playground``.
"""

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.playgrounds import text as tp
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import text_playground as view
from aigc_dash.ui import text_server as server

view.start_warmup()  # before anything else: imports and weights load while the page draws

lang = ui.setup_page("text_title", "✍️")
st.title(t("text_title", lang))
st.write(t("text_intro", lang))

options = tp.model_options()
settings = view.sync(lang, options)

top_left, top_right = st.columns([3, 2], gap="large")
with top_left:
    st.selectbox(
        t("text_model", lang),
        options=options,
        format_func=lambda m: server.model_label(m, lang),
        key=view.wkey("model"),
        on_change=view.on_change,
    )
    st.caption(t("text_model_help", lang))

requested = settings.model
served = server.server_for(requested)  # (config, id) of an inference-server model, or None
if not tp.model_ready("rnn" if requested == "rnn" else "gpt"):
    st.error(t("text_model_missing", lang, model=requested), icon="🚫")
    st.stop()
try:
    # a server model still loads the bundled GPT: tokenizer for the length checks, fallback
    model, choice = view.load("gpt" if served else requested, lang)
except Exception as exc:  # weights damaged or incompatible: say so, never a traceback
    st.error(t("text_model_error", lang, error=tp.md_escape(str(exc), limit=200)), icon="🚫")
    st.stop()
if choice.fell_back:
    ui.notice(tp.fallback_notice(choice.requested, choice.reason).text(lang), "warning")

with top_right, st.container(border=True):
    if served:
        server.card(*served, lang)
    else:
        st.markdown(f"**{t('text_card_title', lang)}**")
        st.markdown("\n".join(f"- {line}" for line in tp.model_card(choice.model_id, lang)))

if requested == "rnn":
    # --- RNN: continue a first line, or an acrostic poem -----------------------------------
    with top_left:
        view.choice("rnn_task", tp.RNN_TASKS, "text_rnn_task", lang)
        if settings.rnn_task == "acrostic":
            st.text_input(t("text_heads", lang), key=view.wkey("heads"), on_change=view.on_change)
            examples = " / ".join(tp.EXAMPLE_HEADS)
            st.caption(t("text_heads_help", lang, examples=examples))
            view.choice("line_length", tp.LINE_LENGTHS, "text_line_length", lang)
        else:
            st.text_input(
                t("text_first_line", lang), key=view.wkey("first_line"), on_change=view.on_change
            )
            examples = " / ".join(tp.EXAMPLE_FIRST_LINES)
            st.caption(t("text_first_line_help", lang, examples=examples))
            view.slider("n_lines", lang)
        a, b = st.columns(2)
        view.slider("temperature", lang, a)
        view.slider("top_k", lang, b)
        view.seed_input(lang)
    with top_right:
        view.steps("rnn", lang)
    view.poem_section(model, settings, lang)
else:  # --- Transformer (bundled GPT or a hub model) ------------------------------
    with top_left:
        st.text_area(
            t("text_prompt", lang), key=view.wkey("prompt"), height=110, on_change=view.on_change
        )
        st.selectbox(
            t("text_examples", lang),
            options=tp.example_prompts(lang),
            index=None,
            placeholder=t("text_examples_placeholder", lang),
            key="text_example",
            on_change=view.on_example,
            format_func=lambda p: p.replace("\n", " ↵ "),
        )
        view.course_code(settings, lang)  # the course notes' pipeline call (section 5.1)
        a, b = st.columns(2)
        view.slider("max_new_tokens", lang, a)
        view.slider("num_sequences", lang, b)
        view.choice("decoding", tp.DECODINGS, "text_decoding", lang, a)
        a.caption(t("text_decoding_help", lang))
        view.seed_input(lang, b)
        view.slider("temperature", lang, a)
        locked = server.extras_locked(served)  # a server without vLLM's extra parameters
        view.slider("top_k", lang, b, disabled=locked)
        view.slider("top_p", lang, a)
        view.slider("repetition_penalty", lang, b, disabled=locked)
        if locked:
            st.caption(t("remote_extras_off", lang))
        if settings.greedy:
            st.caption(t("text_greedy_ignores", lang))
    with top_right:
        view.steps("transformer", lang)

    blank = view.length_notices(model, settings, lang)
    tab_gen, tab_explore, tab_compare = st.tabs(
        [t("text_tab_generate", lang), t("text_tab_explore", lang), t("text_tab_compare", lang)]
    )
    if served and not blank:  # an inference server answers (aigc_dash.ui.text_server)
        with tab_gen:
            server.generate_tab(*served, model, settings, lang)
        with tab_explore:
            server.explore_tab(*served, settings, lang)
        with tab_compare:
            server.compare_tab(*served, model, settings, lang)
    else:
        with tab_gen:
            view.generate_tab(model, settings, choice.model_id, blank, lang)
        with tab_explore:
            view.explore_tab(model, settings, blank, lang)
    with tab_compare:
        st.caption(t("text_compare_intro", lang))
        a, b = st.columns(2)
        with a:
            st.markdown(f"**{t('text_compare_a', lang)}**")
            st.caption(tp.describe_side(settings.sampling("a"), lang))
        with b:
            st.markdown(f"**{t('text_compare_b', lang)}**")
            view.choice("b_decoding", tp.DECODINGS, "text_decoding", lang)
            for name in ("b_temperature", "b_top_k", "b_top_p"):
                view.slider(name, lang, help_line=False)
        view.compare_section(model, settings, blank, lang)
