"""Concepts page rendering: how each model kind generates (with the bundled models' real
attention and hidden state), the loss lab and the fault-tolerance lab.

One ``*_section`` function per tab (and per part of a tab); add new parts as new section
functions and call them from ``pages/6_Concepts.py``. Models load only when a toggle or the
run button asks for them, through the cached loaders of :mod:`aigc_dash.ui.models`.
"""

from __future__ import annotations

import streamlit as st

from aigc_dash.charts import concepts as concept_charts
from aigc_dash.core.i18n import t
from aigc_dash.generation import concepts, explain, fault_lab, losses
from aigc_dash.ui import cache
from aigc_dash.ui import chrome as ui
from aigc_dash.ui import models as model_cache

FT_EXPERIMENTS = ("clf_input", "clf_weights", "gan_latent", "gan_weights", "typos", "precision")
FT_PROMPT_MAX = 300
FT_MAX_REMEMBERED = 12  # runs remembered per session (their results stay on screen)
FT_RAN = "concepts_ft_ran"
CE_DEFAULTS = ("1, 0", "0.8, 0.2")
MSE_DEFAULTS = ("1, 2, 3", "0.8, 1.9, 3.1")


# --- how generation works ------------------------------------------------------------------


def how_section(lang: str) -> None:
    """Text (RNN vs transformer) and images (GAN vs diffusion): diagram and steps each."""
    for pair, kinds in (("text", ("rnn", "transformer")), ("image", ("gan", "diffusion"))):
        st.subheader(t(f"how_vs_{pair}", lang))
        for column, kind in zip(st.columns(2), kinds, strict=True):
            with column.container(border=True):
                model_kind(kind, lang)
        st.info(t(f"how_vs_{pair}_note", lang), icon="💡")


def model_kind(kind: str, lang: str) -> None:
    """One model kind: diagram, numbered steps and, for the text models, a live look inside."""
    st.markdown(f"#### {t(f'how_{kind}_title', lang)}")
    st.graphviz_chart(concepts.diagram_dot(kind, lang))
    st.markdown("\n".join(f"{i}. {step}" for i, step in enumerate(concepts.steps(kind, lang), 1)))
    if kind == "transformer":
        attention(lang)
    elif kind == "rnn":
        rnn_state(lang)


def _model_unavailable(err: Exception, lang: str) -> None:
    ui.notice(t("how_model_unavailable", lang, reason=type(err).__name__), "warning")


def attention(lang: str) -> None:
    """The bundled GPT's real attention over a sentence the user types."""
    if not st.toggle(t("how_real_attention", lang), key="concepts_attn_on"):
        return
    text = st.text_input(
        t("how_attn_text", lang),
        "The quick brown fox jumps over the lazy dog",
        key="concepts_attn_text",
    )
    if not text.strip():
        ui.notice(t("how_input_empty", lang))
        return
    try:
        pipe, _ = model_cache.text_pipeline("gpt")
    except (OSError, ValueError, RuntimeError) as err:
        _model_unavailable(err, lang)
        return
    # The layer and head counts come from the loaded model's config, so the controls fit it.
    n_layers, n_heads = explain.attention_shape(pipe.model)
    a, b = st.columns(2)
    layer = a.slider(
        t("how_attn_layer", lang), 1, n_layers, n_layers, key=f"concepts_attn_layer_{n_layers}"
    )
    head = b.selectbox(
        t("how_attn_head", lang),
        options=[0, *range(1, n_heads + 1)],
        format_func=lambda h: t("how_attn_head_mean", lang) if h == 0 else str(h),
        key=f"concepts_attn_head_{n_heads}",
    )
    st.caption(t("how_attn_shape", lang, layers=n_layers, heads=n_heads))
    try:
        view = explain.attention(
            pipe.model, pipe.tokenizer, text, layer=layer - 1, head=head - 1 if head else None
        )
    except (OSError, ValueError, RuntimeError) as err:
        _model_unavailable(err, lang)
        return
    if view.truncated:
        ui.notice(t("how_input_cut", lang, n=explain.MAX_TOKENS, unit=t("how_unit_tokens", lang)))
    fig = concept_charts.attention_heatmap(
        view.tokens,
        view.weights,
        title=t("how_attn_title", lang, layer=view.layer + 1)
        if view.head is None
        else t("how_attn_title_head", lang, layer=view.layer + 1, head=view.head + 1),
        x_title=t("how_attn_x", lang),
        y_title=t("how_attn_y", lang),
    )
    st.plotly_chart(fig, key="concepts_attn_chart")
    st.caption(t("how_attn_note", lang))


def rnn_state(lang: str) -> None:
    """The bundled RNN's hidden state, character by character, with its next-character guesses."""
    if not st.toggle(t("how_real_rnn", lang), key="concepts_rnn_on"):
        return
    text = st.text_input(
        t("how_rnn_text", lang), "床前明月光，疑是地上霜。", key="concepts_rnn_text"
    )
    try:
        trace = explain.rnn_trace(model_cache.cached_rnn("rnn"), text)
    except (OSError, ValueError, RuntimeError) as err:
        _model_unavailable(err, lang)
        return
    if trace.skipped:
        ui.notice(t("how_rnn_skipped", lang, chars=" ".join(trace.skipped[:20])), "warning")
    if not trace.chars:
        ui.notice(t("how_input_empty", lang))
        return
    if trace.truncated:
        ui.notice(t("how_input_cut", lang, n=explain.MAX_CHARS, unit=t("how_unit_chars", lang)))
    fig = concept_charts.hidden_state_heatmap(
        trace.chars,
        trace.states,
        trace.units,
        title=t("how_rnn_heatmap_title", lang),
        x_title=t("how_rnn_units", lang),
    )
    st.plotly_chart(fig, key="concepts_rnn_chart")
    shown = {"\n": "⏎", " ": "␣"}
    guesses = "  ".join(f"「{shown.get(c, c)}」{p:.0%}" for c, p in trace.top_next[-1])
    st.text(t("how_rnn_next", lang, char=trace.chars[-1], guesses=guesses))
    st.caption(t("how_rnn_note", lang))


# --- loss lab ------------------------------------------------------------------------------


def show_loss_error(err: losses.LossInputError, lang: str) -> None:
    """A coded input error in the user's language (the field named, not its key)."""
    detail = dict(err.detail)
    if "field" in detail:
        detail["field"] = t(f"loss_field_{detail['field']}", lang)
    st.error(t(err.code, lang, **detail), icon="🚫")


def cross_entropy_section(lang: str) -> None:
    """Cross-entropy of two distributions the user types, worked out, on the -ln q curve."""
    st.subheader(t("loss_ce_heading", lang))
    st.write(t("loss_ce_explain", lang))
    left, right = st.columns(2)
    ce_true = left.text_input(
        t("loss_true_dist", lang), CE_DEFAULTS[0], key="concepts_ce_true", max_chars=2000
    )
    ce_pred = right.text_input(
        t("loss_pred_dist", lang), CE_DEFAULTS[1], key="concepts_ce_pred", max_chars=2000
    )
    normalise = st.checkbox(t("loss_normalise", lang), key="concepts_ce_normalise")
    q_true = None
    try:
        ce = losses.cross_entropy(ce_true, ce_pred, normalise=normalise)
    except losses.LossInputError as err:
        show_loss_error(err, lang)
    else:
        for name, dist in (("true", ce.p), ("pred", ce.q)):
            if dist.normalised:
                field = t(f"loss_field_{name}", lang)
                total = round(dist.original_sum, 6)
                ui.notice(t("loss_normalised_notice", lang, field=field, total=total), "warning")
        if ce.clipped:
            ui.notice(t("loss_clipped_notice", lang), "warning")
        st.metric(t("loss_result", lang), f"{ce.loss:.3f}")
        worked = " + ".join(
            f"{p:g}·(−ln {q:g})" for p, q in zip(ce.p.values, ce.q.values, strict=True) if p > 0
        )
        st.text(f"{t('loss_worked', lang)}: H(p, q) = {worked} = {ce.loss:.4f}")
        q_true = float(ce.q.values[int(ce.p.values.argmax())])
    fig = concept_charts.cross_entropy_curve(
        losses.cross_entropy_curve(),
        current_q=q_true,
        title=t("loss_ce_curve_title", lang),
        x_title=t("loss_ce_curve_x", lang),
        y_title=t("loss_axis_loss", lang),
    )
    st.plotly_chart(fig, key="concepts_ce_chart")


def regression_section(lang: str) -> None:
    """MSE, MAE and Huber of two value lists, worked out, and the three losses compared."""
    st.subheader(t("loss_mse_heading", lang))
    st.write(t("loss_mse_explain", lang))
    left, right = st.columns(2)
    mse_true = left.text_input(
        t("loss_true_values", lang), MSE_DEFAULTS[0], key="concepts_mse_true", max_chars=2000
    )
    mse_pred = right.text_input(
        t("loss_pred_values", lang), MSE_DEFAULTS[1], key="concepts_mse_pred", max_chars=2000
    )
    try:
        reg = losses.regression_losses(mse_true, mse_pred)
    except losses.LossInputError as err:
        show_loss_error(err, lang)
    else:
        a, b, c = st.columns(3)
        a.metric("MSE", f"{reg.mse:.3f}")
        b.metric("MAE", f"{reg.mae:.3f}")
        c.metric("Huber (δ=1)", f"{reg.huber:.3f}")
        squares = " + ".join(f"({e:+.4g})²" for e in reg.errors)
        st.text(f"{t('loss_worked', lang)}: MSE = ({squares}) / {len(reg.errors)} = {reg.mse:.4f}")
        if (mse_true.strip(), mse_pred.strip()) == MSE_DEFAULTS:
            st.caption(t("loss_seed_note", lang))
    fig = concept_charts.loss_comparison(
        losses.loss_curves(),
        title=t("loss_compare_title", lang),
        x_title=t("loss_compare_x", lang),
        y_title=t("loss_axis_loss", lang),
    )
    st.plotly_chart(fig, key="concepts_loss_chart")
    st.info(t("loss_compare_note", lang), icon="⚖️")


# --- fault-tolerance lab -------------------------------------------------------------------


def fault_tolerance_section(lang: str) -> None:
    """Pick an experiment and an acceptable quality, run it, see how much noise it tolerates."""
    st.write(t("ft_intro", lang))
    left, right = st.columns([2, 1])
    experiment = left.selectbox(
        t("ft_experiment", lang),
        options=list(FT_EXPERIMENTS),
        format_func=lambda e: t(f"ft_exp_{e}", lang),
        key="concepts_ft_experiment",
    )
    acceptable = right.slider(
        t("ft_acceptable", lang),
        0.5,
        1.0,
        0.9,
        0.01,
        key="concepts_ft_acceptable",
        help=t("ft_acceptable_help", lang),
    )
    prompt = typo_prompt(lang) if experiment == "typos" else ""
    ran = st.session_state.setdefault(FT_RAN, [])
    run_key = f"{experiment}|{prompt}"
    if st.button(t("ft_run", lang), key="concepts_ft_run", type="primary"):
        if experiment == "typos" and not prompt:
            ui.notice(t("ft_prompt_empty", lang), "warning")
        elif run_key not in ran:
            ran.append(run_key)
            del ran[:-FT_MAX_REMEMBERED]  # bounded, however long a session lasts
    if run_key in ran:
        ft_result(experiment, prompt, acceptable, lang)
    else:
        st.caption(t("ft_press_run", lang))
    st.markdown(f"**{t('ft_roles_heading', lang)}**")
    st.write(t(f"ft_roles_{experiment}", lang))


def typo_prompt(lang: str) -> str:
    """The typo experiment's prompt: spaces collapsed, cut to :data:`FT_PROMPT_MAX`."""
    raw = st.text_input(
        t("ft_prompt", lang), "The quick brown fox jumps over the lazy", key="concepts_ft_prompt"
    )
    prompt = " ".join(raw.split())
    if len(prompt) > FT_PROMPT_MAX:
        ui.notice(t("ft_prompt_cut", lang, n=FT_PROMPT_MAX), "warning")
    return prompt[:FT_PROMPT_MAX]


def ft_result(experiment: str, prompt: str, acceptable: float, lang: str) -> None:
    """A measured experiment (cached): the precision table or the tolerance curve."""
    try:
        with st.spinner(t("ft_running", lang)):
            result = cache.fault_curve(experiment, 0, prompt)
    except (OSError, KeyError, ValueError, RuntimeError) as err:
        reason = type(err).__name__
        st.error(t("ft_model_missing", lang, model=experiment, reason=reason), icon="🚫")
        return
    if experiment == "precision":
        precision_table(result, lang)
    else:
        tolerance_curve(experiment, result, prompt, acceptable, lang)


def precision_table(result, lang: str) -> None:
    """fp32 / fp16 / int8 side by side: accuracy, agreement, speed and size."""
    base_ms = result[0].ms_per_batch
    st.dataframe(
        {
            t("ft_precision_col", lang): [r.precision for r in result],
            t("ft_accuracy_col", lang): [f"{r.accuracy:.1%}" for r in result],
            t("ft_agreement_col", lang): [f"{r.agreement:.1%}" for r in result],
            t("ft_time_col", lang): [round(r.ms_per_batch, 1) for r in result],
            t("ft_speed_col", lang): [f"{base_ms / r.ms_per_batch:.2f}×" for r in result],
            t("ft_size_col", lang): [f"{r.size_ratio:.0%}" for r in result],
        },
        hide_index=True,
        key="concepts_ft_precision_table",
    )
    st.caption(t("ft_precision_note", lang))


def tolerance_curve(experiment: str, result, prompt: str, acceptable: float, lang: str) -> None:
    """Quality against noise level, the acceptable line, and the level tolerated."""
    extra = {t(f"ft_extra_{k}", lang): v for k, v in result.extra.items()}
    fig = concept_charts.tolerance_curve(
        result.levels,
        result.quality,
        acceptable=acceptable,
        x_title=t(f"ft_level_{experiment}", lang),
        y_title=t(f"ft_quality_{experiment}", lang),
        line_name=t("ft_acceptable_line", lang),
        extra=extra,
    )
    st.plotly_chart(fig, key="concepts_ft_chart")
    level = result.tolerated_level(acceptable)
    if level is None:
        ui.notice(t("ft_not_even_clean", lang, baseline=result.baseline), "warning")
    else:
        ui.notice(t("ft_tolerated", lang, level=f"{level:g}", baseline=result.baseline))
    if experiment == "typos":
        example = fault_lab.inject_typos(prompt, 0.2)
        st.text(t("ft_example_typo", lang, rate=0.2) + ": " + example)
