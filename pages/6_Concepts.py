"""Concepts: how generation works, the loss lab and the fault-tolerance lab."""

import streamlit as st

from aigc_dash import concepts, losses, ui
from aigc_dash.charts import concepts as concept_charts
from aigc_dash.i18n import t

lang = ui.setup_page("concepts_title", "🧠")
st.title(t("concepts_title", lang))
st.write(t("concepts_intro", lang))

tab_how, tab_loss, tab_ft = st.tabs(
    [t("concepts_tab_how", lang), t("concepts_tab_loss", lang), t("concepts_tab_ft", lang)]
)


def show_loss_error(err: losses.LossInputError) -> None:
    detail = dict(err.detail)
    if "field" in detail:
        detail["field"] = t(f"loss_field_{detail['field']}", lang)
    st.error(t(err.code, lang, **detail), icon="🚫")


with tab_how:
    for pair, kinds in (("text", ("rnn", "transformer")), ("image", ("gan", "diffusion"))):
        st.subheader(t(f"how_vs_{pair}", lang))
        columns = st.columns(2)
        for column, kind in zip(columns, kinds, strict=True):
            with column.container(border=True):
                st.markdown(f"#### {t(f'how_{kind}_title', lang)}")
                st.graphviz_chart(concepts.diagram_dot(kind, lang))
                st.markdown(
                    "\n".join(
                        f"{i}. {step}" for i, step in enumerate(concepts.steps(kind, lang), 1)
                    )
                )
        st.info(t(f"how_vs_{pair}_note", lang), icon="💡")

with tab_loss:
    st.subheader(t("loss_ce_heading", lang))
    st.write(t("loss_ce_explain", lang))
    left, right = st.columns(2)
    ce_true = left.text_input(
        t("loss_true_dist", lang), "1, 0", key="concepts_ce_true", max_chars=2000
    )
    ce_pred = right.text_input(
        t("loss_pred_dist", lang), "0.8, 0.2", key="concepts_ce_pred", max_chars=2000
    )
    normalise = st.checkbox(t("loss_normalise", lang), key="concepts_ce_normalise")
    q_true = None
    try:
        ce = losses.cross_entropy(ce_true, ce_pred, normalise=normalise)
    except losses.LossInputError as err:
        show_loss_error(err)
    else:
        for name, dist in (("true", ce.p), ("pred", ce.q)):
            if dist.normalised:
                ui.notice(
                    t(
                        "loss_normalised_notice",
                        lang,
                        field=t(f"loss_field_{name}", lang),
                        total=round(dist.original_sum, 6),
                    ),
                    "warning",
                )
        if ce.clipped:
            ui.notice(t("loss_clipped_notice", lang), "warning")
        st.metric(t("loss_result", lang), f"{ce.loss:.3f}")
        worked = " + ".join(
            f"{p:g}·(−ln {q:g})" for p, q in zip(ce.p.values, ce.q.values, strict=True) if p > 0
        )
        st.text(f"{t('loss_worked', lang)}: H(p, q) = {worked} = {ce.loss:.4f}")
        hot = int(ce.p.values.argmax())
        q_true = float(ce.q.values[hot])
    st.plotly_chart(
        concept_charts.cross_entropy_curve(
            losses.cross_entropy_curve(),
            current_q=q_true,
            title=t("loss_ce_curve_title", lang),
            x_title=t("loss_ce_curve_x", lang),
            y_title=t("loss_axis_loss", lang),
        ),
        key="concepts_ce_chart",
    )

    st.subheader(t("loss_mse_heading", lang))
    st.write(t("loss_mse_explain", lang))
    left, right = st.columns(2)
    mse_true = left.text_input(
        t("loss_true_values", lang), "1, 2, 3", key="concepts_mse_true", max_chars=2000
    )
    mse_pred = right.text_input(
        t("loss_pred_values", lang), "0.8, 1.9, 3.1", key="concepts_mse_pred", max_chars=2000
    )
    try:
        reg = losses.regression_losses(mse_true, mse_pred)
    except losses.LossInputError as err:
        show_loss_error(err)
    else:
        a, b, c = st.columns(3)
        a.metric("MSE", f"{reg.mse:.3f}")
        b.metric("MAE", f"{reg.mae:.3f}")
        c.metric("Huber (δ=1)", f"{reg.huber:.3f}")
        squares = " + ".join(f"({e:+.4g})²" for e in reg.errors)
        st.text(f"{t('loss_worked', lang)}: MSE = ({squares}) / {len(reg.errors)} = {reg.mse:.4f}")
        if mse_true.strip() == "1, 2, 3" and mse_pred.strip() == "0.8, 1.9, 3.1":
            st.caption(t("loss_seed_note", lang))
    st.plotly_chart(
        concept_charts.loss_comparison(
            losses.loss_curves(),
            title=t("loss_compare_title", lang),
            x_title=t("loss_compare_x", lang),
            y_title=t("loss_axis_loss", lang),
        ),
        key="concepts_loss_chart",
    )
    st.info(t("loss_compare_note", lang), icon="⚖️")

with tab_ft:
    st.write(t("concepts_ft_pending", lang))
