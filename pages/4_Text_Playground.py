"""Text playground: live generation with the bundled Transformer and RNN, a next-token
explorer, and two settings compared side by side.

The URL is the shared state (short keys, see ``text_playground.URL_KEYS``): a run reads it
into the widgets when it differs from what this session last wrote, and every widget's
callback writes it back. Model output is shown as plain text only (``st.code``), never as
Markdown or HTML.

Warm-up: the first run of this page in a process starts loading the bundled models
(torch/transformers imports plus weights, through the shared ``st.cache_resource`` loaders)
in a background thread before anything else, and draws the controls while that runs; only
the parts that need the model wait for it, under ``st.status``. The shared model loaders limit
torch to one intra-op thread (``models.torch_threads``), which made the first streamed piece
~20x faster on these busy 2-core machines.
"""

import dataclasses

import streamlit as st

from aigc_dash.charts import text as text_charts
from aigc_dash.core.i18n import t
from aigc_dash.generation import concepts, models, text
from aigc_dash.playgrounds import text as tp
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import models as model_cache

WARMUP = "text-models"


def _warm_bundled() -> None:
    # GPT first: it is the default model; the RNN is small and loads in a moment after it.
    if tp.model_ready("gpt"):
        model_cache.cached_text_pipeline("gpt")
    if tp.model_ready("rnn"):
        model_cache.cached_rnn("rnn")


tp.start_warmup(WARMUP, _warm_bundled)

lang = ui.setup_page("text_title", "✍️")
st.title(t("text_title", lang))
st.write(t("text_intro", lang))

FIELDS = list(tp.URL_KEYS)
SNAP = "text_url_snapshot"  # the URL this session last wrote (our keys only)
RESULT = "text_result"
COMPARE = "text_compare_result"
POEM = "text_poem_result"
PICKED = "text_explore_ids"


def _wkey(name: str) -> str:
    return f"text_{name}"


def _model_options() -> list[str]:
    hub = [
        m
        for m in models.hub_allowlist()
        if models.hub_enabled() and models.REGISTRY.get(m) and models.REGISTRY[m].kind == "hub-text"
    ]
    return ["gpt", "rnn", *hub]


def _settings_from_widgets() -> tp.Settings:
    return tp.settings_from_values({f: st.session_state.get(_wkey(f)) for f in FIELDS})


def _write_url(settings: tp.Settings) -> None:
    query = tp.to_query(settings)
    for key in tp.URL_KEYS.values():
        if key in query:
            if st.query_params.get(key) != query[key]:
                st.query_params[key] = query[key]
        elif key in st.query_params:
            del st.query_params[key]
    st.session_state[SNAP] = query


def _on_change() -> None:
    _write_url(_settings_from_widgets())


def _fallback_message(requested: str, reason: str) -> str:
    return t(f"text_fallback_{reason or 'unknown'}", lang, model=tp.md_escape(requested))


def _sync_from_url(options: list[str]) -> tp.Settings:
    """Read the URL into the widgets (before they render); tampered values become notices."""
    url = tp.url_subset(st.query_params.to_dict())
    snap = st.session_state.get(SNAP)
    if snap and not url:  # query parameters do not survive a page switch: restore ours
        url = snap
    missing = any(_wkey(f) not in st.session_state for f in FIELDS)
    if st.session_state.get(_wkey("model")) not in options:  # e.g. the hub was switched off
        missing = True
    if url == snap and not missing:
        return _settings_from_widgets()
    settings, notices = tp.parse_settings(url)
    if url != snap:
        for notice in notices:
            ui.notice(notice.text(lang), "warning")
    if settings.model not in options:
        # A hub model that is off or not allowed here: say why, use the bundled one.
        reason = models.resolve_text_model(settings.model).reason
        ui.notice(_fallback_message(settings.model, reason), "warning")
        settings = dataclasses.replace(settings, model="gpt")
    for f in FIELDS:
        st.session_state[_wkey(f)] = getattr(settings, f)
    _write_url(settings)
    return settings


def _on_example() -> None:
    example = st.session_state.get("text_example")
    if example:
        st.session_state[_wkey("prompt")] = example
        st.session_state["text_example"] = None
        _on_change()


def _show_error(err: text.TextInputError) -> None:
    st.info(t(err.key, lang) if err.key.startswith("text_") else str(err), icon="💡")


def _code(body: str) -> None:
    """Model output as plain text (never Markdown or HTML), with a copy button."""
    st.code(body if body else " ", language=None, wrap_lines=True)


def _load(model_id: str):
    """``(model, ModelChoice)``; waits under st.status while the warm-up still runs."""

    def call():
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


options = _model_options()
settings = _sync_from_url(options)

top_left, top_right = st.columns([3, 2], gap="large")
with top_left:
    st.selectbox(
        t("text_model", lang),
        options=options,
        format_func=lambda m: (
            t(f"text_model_{m}", lang) if m in ("gpt", "rnn") else t("text_model_hub", lang, id=m)
        ),
        key=_wkey("model"),
        on_change=_on_change,
    )
    st.caption(t("text_model_help", lang))

requested = settings.model
is_rnn = requested == "rnn"
if not tp.model_ready("rnn" if is_rnn else "gpt"):
    st.error(t("text_model_missing", lang, model=requested), icon="🚫")
    st.stop()
try:
    model, choice = _load(requested)
except Exception as exc:  # weights damaged or incompatible: say so, never a traceback
    st.error(t("text_model_error", lang, error=tp.md_escape(str(exc), 200)), icon="🚫")
    st.stop()
if choice.fell_back:
    ui.notice(_fallback_message(choice.requested, choice.reason), "warning")
model_id = choice.model_id

with top_right, st.container(border=True):
    st.markdown(f"**{t('text_card_title', lang)}**")
    st.markdown("\n".join(f"- {line}" for line in tp.model_card(model_id, lang)))


def _slider(name: str, fmt: str | None = None, container=st) -> None:
    rng = tp.RANGES[name]
    lo, hi, step = (
        (int(rng.lo), int(rng.hi), int(rng.step)) if rng.is_int else (rng.lo, rng.hi, rng.step)
    )
    container.slider(
        t(f"text_{name}", lang),
        min_value=lo,
        max_value=hi,
        step=step,
        format=fmt,
        key=_wkey(name),
        on_change=_on_change,
    )
    container.caption(t(f"text_{name}_help", lang))


def _seed(container=st) -> None:
    """The seed box with its one-line explanation (shared by the GPT and RNN controls)."""
    container.number_input(
        t("text_seed", lang),
        min_value=0,
        max_value=tp.SEED_MAX,
        step=1,
        key=_wkey("seed"),
        on_change=_on_change,
    )
    container.caption(t("text_seed_help", lang))


def _steps(kind: str) -> None:
    with st.expander(t(f"text_steps_{kind}", lang), expanded=True):
        st.markdown("\n".join(f"{i}. {s}" for i, s in enumerate(concepts.steps(kind, lang), 1)))
        st.caption(t(f"text_steps_{kind}_note", lang))


def _download(body: str, key: str, file_name: str) -> None:
    st.download_button(
        t("text_download", lang),
        data=body.encode("utf-8"),
        file_name=file_name,
        mime="text/plain",
        key=key,
        on_click="ignore",
    )


# --- RNN: continue a first line, or an acrostic poem ---------------------------------------


def rnn_mode(rnn) -> None:
    left, right = top_left, top_right
    with left:
        st.radio(
            t("text_rnn_task", lang),
            options=list(tp.RNN_TASKS),
            format_func=lambda k: t(f"text_rnn_task_{k}", lang),
            key=_wkey("rnn_task"),
            horizontal=True,
            on_change=_on_change,
        )
        task = st.session_state[_wkey("rnn_task")]
        if task == "acrostic":
            st.text_input(t("text_heads", lang), key=_wkey("heads"), on_change=_on_change)
            st.caption(t("text_heads_help", lang, examples=" / ".join(tp.EXAMPLE_HEADS)))
            st.radio(
                t("text_line_length", lang),
                options=list(tp.LINE_LENGTHS),
                format_func=lambda n: t(f"text_line_length_{n}", lang),
                key=_wkey("line_length"),
                horizontal=True,
                on_change=_on_change,
            )
        else:
            st.text_input(t("text_first_line", lang), key=_wkey("first_line"), on_change=_on_change)
            st.caption(t("text_first_line_help", lang, examples=" / ".join(tp.EXAMPLE_FIRST_LINES)))
            _slider("n_lines")
        a, b = st.columns(2)
        _slider("temperature", container=a)
        _slider("top_k", container=b)
        _seed()
    with right:
        _steps("rnn")

    s = _settings_from_widgets()
    raw = s.heads if task == "acrostic" else s.first_line
    if len(raw) > tp.MAX_RNN_INPUT:
        ui.notice(t("text_rnn_input_cut", lang, limit=tp.MAX_RNN_INPUT), "warning")
        raw = raw[: tp.MAX_RNN_INPUT]
    blank = tp.is_blank(raw)
    if blank:
        st.info(t("text_rnn_empty", lang), icon="💡")
    if st.button(
        t("text_write_poem", lang), key="text_rnn_generate", type="primary", disabled=blank
    ):
        kw = {"temperature": s.temperature, "top_k": s.top_k, "seed": s.seed}
        try:
            with st.spinner(t("text_generating", lang)):
                if task == "acrostic":
                    poem = text.acrostic(rnn, raw, line_length=s.line_length, **kw)
                else:
                    poem = text.continue_line(rnn, raw, n_lines=s.n_lines, **kw)
        except text.TextInputError as err:
            _show_error(err)
        else:
            st.session_state[POEM] = {"task": task, "input": raw, "poem": poem}
    shown = st.session_state.get(POEM)
    if not shown:
        return
    poem = shown["poem"]
    if poem.skipped:
        ui.notice(
            t("text_rnn_skipped", lang, chars=tp.md_escape(" ".join(poem.skipped), 80)), "warning"
        )
    if poem.truncated:
        ui.notice(t(f"text_rnn_truncated_{shown['task']}", lang), "warning")
    if not poem.lines:
        st.info(t("text_rnn_nothing_known", lang), icon="💡")
        return
    st.subheader(t(f"text_rnn_task_{shown['task']}", lang))
    _code(poem.text)
    _download(poem.text + "\n", "text_poem_download", "poem.txt")


# --- Transformer (bundled GPT or a hub model) ---------------------------------------------


def gpt_mode(pipe) -> None:
    left, right = top_left, top_right
    with left:
        st.text_area(t("text_prompt", lang), key=_wkey("prompt"), height=110, on_change=_on_change)
        st.selectbox(
            t("text_examples", lang),
            options=tp.example_prompts(lang),
            index=None,
            placeholder=t("text_examples_placeholder", lang),
            key="text_example",
            on_change=_on_example,
            format_func=lambda p: p.replace("\n", " ↵ "),
        )
        a, b = st.columns(2)
        _slider("max_new_tokens", container=a)
        _slider("num_sequences", container=b)
        a.radio(
            t("text_decoding", lang),
            options=list(tp.DECODINGS),
            format_func=lambda d: t(f"text_decoding_{d}", lang),
            key=_wkey("decoding"),
            horizontal=True,
            on_change=_on_change,
        )
        a.caption(t("text_decoding_help", lang))
        _seed(b)
        _slider("temperature", container=a)
        _slider("top_k", container=b)
        _slider("top_p", container=a)
        _slider("repetition_penalty", container=b)
        if st.session_state[_wkey("decoding")] == "greedy":
            st.caption(t("text_greedy_ignores", lang))
    with right:
        _steps("transformer")

    s = _settings_from_widgets()
    blank = tp.is_blank(s.prompt)
    if blank:
        st.info(t("text_empty_prompt", lang), icon="💡")
    else:
        for notice in tp.length_notices(tp.plan_for(pipe, s.prompt, s.max_new_tokens)):
            ui.notice(notice.text(lang), "warning")

    tab_gen, tab_explore, tab_compare = st.tabs(
        [t("text_tab_generate", lang), t("text_tab_explore", lang), t("text_tab_compare", lang)]
    )
    with tab_gen:
        generate_tab(pipe, s, blank)
    with tab_explore:
        explore_tab(pipe, s, blank)
    with tab_compare:
        compare_tab(pipe, s, blank)


def generate_tab(pipe, s: tp.Settings, blank: bool) -> None:
    if s.greedy and s.num_sequences > 1:
        st.caption(t("text_greedy_one", lang))
    clicked = st.button(
        t("text_generate", lang), key="text_generate", type="primary", disabled=blank
    )
    kwargs = tp.generation_kwargs(s)
    if clicked and not blank:
        texts: list[str] = []
        for i, seed in enumerate(tp.sequence_seeds(s.seed, s.num_sequences, s.greedy)):
            st.caption(t("text_sequence", lang, i=i + 1, seed=seed))
            box = st.empty()
            sink: list[str] = []
            try:
                pieces = text.stream(pipe, s.prompt, **{**kwargs, "seed": seed})
                # write_stream shows text chunks as Markdown; these chunks are callables that
                # redraw the plain-text box with everything so far.
                st.write_stream(
                    tp.as_render_calls(
                        pieces,
                        lambda body, box=box: box.code(body, language=None, wrap_lines=True),
                        sink,
                    )
                )
            except text.TextInputError as err:
                _show_error(err)
                return
            texts.append("".join(sink))
            with box.container():
                _code(texts[-1])
                if not texts[-1].strip():
                    st.caption(t("text_empty_output", lang))
        st.session_state[RESULT] = {
            "texts": texts,
            "prompt": s.prompt,
            "model": model_id,
            "summary": tp.describe_side(kwargs, lang),
            "seeds": tp.sequence_seeds(s.seed, s.num_sequences, s.greedy),
        }
    elif st.session_state.get(RESULT):
        result = st.session_state[RESULT]
        for i, (body, seed) in enumerate(zip(result["texts"], result["seeds"], strict=True)):
            st.caption(t("text_sequence", lang, i=i + 1, seed=seed))
            _code(body)
    result = st.session_state.get(RESULT)
    if result:
        st.caption(
            t("text_result_settings", lang, model=result["model"], summary=result["summary"])
        )
        body = "\n\n".join(
            f"--- {t('text_sequence', lang, i=i + 1, seed=seed)} ---\n{result['prompt']}{txt}"
            for i, (txt, seed) in enumerate(zip(result["texts"], result["seeds"], strict=True))
        )
        _download(f"{result['summary']}\n\n{body}\n", "text_download", "generation.txt")


def _pick(token_id: int) -> None:
    st.session_state.setdefault(PICKED, []).append(int(token_id))
    st.session_state["text_pick"] = 0


def _undo() -> None:
    if st.session_state.get(PICKED):
        st.session_state[PICKED].pop()


def _reset() -> None:
    st.session_state[PICKED] = []


def explore_tab(pipe, s: tp.Settings, blank: bool) -> None:
    st.caption(t("text_explore_intro", lang))
    if blank:
        return
    if st.session_state.get("text_explore_prompt") != s.prompt:
        st.session_state["text_explore_prompt"] = s.prompt
        st.session_state[PICKED] = []
    picked = st.session_state.setdefault(PICKED, [])
    context = tp.explorer_text(pipe, s.prompt, picked)
    try:
        dist = text.next_token_distribution(pipe, context, **tp.explorer_settings(s), top_n=10)
    except text.TextInputError as err:
        _show_error(err)
        return
    rows = tp.explorer_rows(dist, top_k=s.top_k, greedy=s.greedy)
    labels = {
        key: t(f"text_chart_{key}", lang)
        for key in (
            "before",
            "after",
            "other",
            "removed_top_k",
            "removed_top_p",
            "removed_greedy",
            "title",
            "x_title",
        )
    }
    fig = text_charts.next_token_bars(
        rows, other_before=dist["other_before"], other_after=dist["other_after"], labels=labels
    )
    st.plotly_chart(fig, key="text_explorer_chart")
    st.caption(t("text_explore_kept", lang, kept=dist["kept"]))
    removed = [r for r in rows if r.removed]
    if removed:
        st.caption(
            t(
                "text_explore_removed",
                lang,
                n=len(removed),
                tokens=tp.md_escape(", ".join(r.label for r in removed), 120),
            )
        )
    st.markdown(f"**{t('text_explore_so_far', lang, n=len(picked))}**")
    _code(context[-600:])
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
    choice_idx = st.session_state.get("text_pick") or 0
    choice_idx = min(max(int(choice_idx), 0), len(rows) - 1)
    full = len(picked) >= tp.MAX_NEW_TOKENS
    a, b, c = st.columns(3)
    a.button(
        t("text_step", lang),
        key="text_step",
        on_click=_pick,
        args=(rows[choice_idx].token_id,),
        disabled=full,
    )
    b.button(t("text_undo", lang), key="text_undo", on_click=_undo, disabled=not picked)
    c.button(t("text_restart", lang), key="text_restart", on_click=_reset, disabled=not picked)
    if full:
        st.caption(t("text_explore_full", lang, n=tp.MAX_NEW_TOKENS))


def compare_tab(pipe, s: tp.Settings, blank: bool) -> None:
    st.caption(t("text_compare_intro", lang))
    a, b = st.columns(2)
    with a:
        st.markdown(f"**{t('text_compare_a', lang)}**")
        st.caption(tp.describe_side(tp.generation_kwargs(s, "a"), lang))
    with b:
        st.markdown(f"**{t('text_compare_b', lang)}**")
        st.radio(
            t("text_decoding", lang),
            options=list(tp.DECODINGS),
            format_func=lambda d: t(f"text_decoding_{d}", lang),
            key=_wkey("b_decoding"),
            horizontal=True,
            on_change=_on_change,
        )
        for name in ("b_temperature", "b_top_k", "b_top_p"):
            rng = tp.RANGES[name]
            lo, hi, step = (
                (int(rng.lo), int(rng.hi), 1) if rng.is_int else (rng.lo, rng.hi, rng.step)
            )
            st.slider(
                t(f"text_{name[2:]}", lang),
                min_value=lo,
                max_value=hi,
                step=step,
                key=_wkey(name),
                on_change=_on_change,
            )
    clicked = st.button(t("text_compare_run", lang), key="text_compare_run", disabled=blank)
    sides = {side: tp.generation_kwargs(s, side) for side in ("a", "b")}
    if clicked and not blank:
        outputs = {}
        try:
            with st.spinner(t("text_generating", lang)):
                for side, kw in sides.items():
                    outputs[side] = text.generate(pipe, s.prompt, num_return_sequences=1, **kw)[0]
        except text.TextInputError as err:
            _show_error(err)
            return
        st.session_state[COMPARE] = {
            "outputs": outputs,
            "summaries": {side: tp.describe_side(kw, lang) for side, kw in sides.items()},
        }
    shown = st.session_state.get(COMPARE)
    if not shown:
        return
    cols = st.columns(2)
    for col, side in zip(cols, ("a", "b"), strict=True):
        with col:
            st.caption(shown["summaries"][side])
            _code(shown["outputs"][side])


if is_rnn:
    rnn_mode(model)
else:
    gpt_mode(model)
