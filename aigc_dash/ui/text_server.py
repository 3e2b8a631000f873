"""The Text playground's inference-server panels: generate (streamed), next-token explorer
and compare with the bundled model. The pure client is :mod:`aigc_dash.generation.remote`;
this module only draws, in the user's language, and never shows model output as Markdown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import streamlit as st

from aigc_dash.charts import text as text_charts
from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape
from aigc_dash.generation import remote
from aigc_dash.playgrounds import text as tp
from aigc_dash.ui import text_playground as view


@dataclass
class ServerRun:
    """What one server generation gave: texts (partial ones kept) and how it ended."""

    texts: list[str] = field(default_factory=list)
    error: str | None = None  # a RemoteError kind
    topped_up: bool = False

    @property
    def unreachable(self) -> bool:
        return self.error == "unreachable"


def error_message(err: remote.RemoteError, cfg: remote.ServerConfig, model: str, lang: str) -> str:
    """The user's message for a failed server call (no key, no request body in it)."""
    return t(
        f"remote_err_{err.kind}",
        lang,
        url=md_escape(cfg.base_url, 80),
        model=md_escape(model, 80),
        status=err.status or "—",
        first=f"{remote.FIRST_TOKEN_TIMEOUT_S:g}",
        total="…",
    )


def _plain(box, body: str) -> None:
    box.code(body if body else " ", language=None, wrap_lines=True)


def capabilities(cfg: remote.ServerConfig, model: str) -> remote.Capabilities | None:
    """The server's capabilities for ``model``, or ``None`` when it cannot be asked now."""
    try:
        return remote.capabilities(cfg, model)
    except remote.RemoteError:
        return None


def how_it_is_sent(cfg: remote.ServerConfig, model: str, caps, lang: str) -> None:
    """Which endpoint is used and how each control maps to an API parameter."""
    st.caption(t(f"remote_endpoint_{cfg.endpoint(model)}", lang))
    with st.expander(t("remote_mapping_title", lang)):
        st.markdown(t("remote_mapping", lang))
        extras = caps is not None and caps.extra_sampling
        st.markdown(t("remote_extras_on" if extras else "remote_extras_off", lang))
        st.caption(t("remote_penalty_note", lang))


def generate(
    cfg: remote.ServerConfig,
    model: str,
    prompt: str,
    params: remote.RemoteParams,
    n: int,
    lang: str,
    *,
    extras: bool = False,
    caption: Callable[[int, int | None], str] | None = None,
) -> ServerRun:
    """Stream ``n`` sequences (seeds ``seed``, ``seed+1``, ...) into plain-text boxes.

    A failure shows its message and keeps what arrived; an unreachable server returns at
    once with ``unreachable`` set so the caller can use the bundled model."""
    run = ServerRun()
    for i in range(n):
        seed = None if params.seed is None else params.seed + i
        if caption:
            st.caption(caption(i, seed))
        box = st.empty()
        received: list[str] = []

        def pieces(seed=seed, box=box, received=received) -> Iterator:
            one = remote.RemoteParams(**{**params.__dict__, "seed": seed})
            for piece in remote.stream(cfg, model, prompt, one, extras=extras):
                received.append(piece)
                body = "".join(received)
                # write_stream calls a callable chunk: redraw the plain-text box with all so far
                yield lambda body=body, box=box: _plain(box, body)

        try:
            st.write_stream(pieces())
        except remote.RemoteError as err:
            run.error = err.kind
            run.texts.append("".join(received))
            _plain(box, run.texts[-1])
            if err.kind == "unreachable":
                st.warning(error_message(err, cfg, model, lang), icon="⚠️")
                return run
            st.error(error_message(err, cfg, model, lang), icon="🚫")
            if received:
                st.caption(t("remote_partial", lang))
            return run
        run.texts.append("".join(received))
        _plain(box, run.texts[-1])
    return run


def explorer(
    cfg: remote.ServerConfig, model: str, prompt: str, temperature: float, top_p: float, lang: str
) -> list[remote.Candidate] | None:
    """The server's next-token candidates reshaped on the client, with the note that says
    so; ``None`` (and a note, not an error) when the server returns no log-probabilities."""
    try:
        logprobs = remote.next_token_logprobs(cfg, model, prompt)
    except remote.RemoteError as err:
        st.error(error_message(err, cfg, model, lang), icon="🚫")
        return None
    if logprobs is None:
        st.info(t("remote_no_logprobs", lang), icon="ℹ️")
        return None
    st.caption(t("remote_explorer_note", lang, n=len(logprobs)))
    return remote.reshape(logprobs, temperature, top_p)


# --- the Text playground's tabs for a server model ----------------------------------------


def server_for(choice_id: str) -> tuple[remote.ServerConfig, str] | None:
    """``(config, server model id)`` when ``choice_id`` is a configured server model."""
    model = remote.server_model(choice_id)
    cfg = remote.server_config()
    if model is None or cfg is None or model not in cfg.models:
        return None
    return cfg, model


def model_label(choice_id: str, lang: str) -> str:
    """The model picker's label for any text model id."""
    model = remote.server_model(choice_id)
    if model is not None:
        return t("remote_model", lang, id=model)
    if choice_id in ("gpt", "rnn"):
        return t(f"text_model_{choice_id}", lang)
    return t("text_model_hub", lang, id=choice_id)


def extras_locked(served: tuple[remote.ServerConfig, str] | None) -> bool:
    """True when a server model is in use that cannot take top-k / repetition penalty."""
    if served is None:
        return False
    caps = capabilities(*served)
    return caps is None or not caps.extra_sampling


def card(cfg: remote.ServerConfig, model: str, lang: str) -> remote.Capabilities | None:
    """The model card of a server model: what it is, how it is called, what maps to what."""
    st.markdown(f"**{t('remote_model', lang, id=md_escape(model, 80))}**")
    caps = capabilities(cfg, model)
    how_it_is_sent(cfg, model, caps, lang)
    return caps


def generate_tab(
    cfg: remote.ServerConfig, model: str, pipe, settings: tp.Settings, lang: str
) -> None:
    """Generate from the server, streamed; an unreachable server falls back to the bundled
    model in the same click (the run says which model answered)."""
    clicked = st.button(t("text_generate", lang), key="text_generate", type="primary")
    if clicked:
        runs = tp.sequence_params(settings)
        caps = capabilities(cfg, model)
        extras = caps is not None and caps.extra_sampling
        first = remote.RemoteParams.from_sampling(runs[0])
        run = generate(
            cfg,
            model,
            settings.prompt,
            first,
            len(runs),
            lang,
            extras=extras,
            caption=lambda i, seed: t("text_sequence", lang, i=i + 1, seed=seed),
        )
        answered = remote.model_choice_id(model)
        texts = list(run.texts)
        if run.unreachable:  # the bundled model takes over, within the connect timeout
            texts = []
            for i, params in enumerate(runs):
                st.caption(t("text_sequence", lang, i=i + 1, seed=params.seed))
                texts.append(view.stream_one(pipe, settings.prompt, params, lang))
            answered = "gpt"
        texts += [""] * (len(runs) - len(texts))  # a failed run keeps what it got
        seeds = tuple(p.seed for p in runs)
        st.session_state[view.RESULT] = tp.GenerationRun(
            settings.prompt, answered, runs[0], seeds, tuple(texts)
        )
    elif st.session_state.get(view.RESULT):
        shown: tp.GenerationRun = st.session_state[view.RESULT]
        for i, (body, seed) in enumerate(zip(shown.texts, shown.seeds, strict=True)):
            st.caption(t("text_sequence", lang, i=i + 1, seed=seed))
            view.code(body)
    result: tp.GenerationRun | None = st.session_state.get(view.RESULT)
    if result:
        summary = result.summary(lang)
        st.caption(t("text_result_settings", lang, model=result.model, summary=summary))
        view.download(result.download(lang), "text_download", "generation.txt", lang)


def explore_tab(cfg: remote.ServerConfig, model: str, settings: tp.Settings, lang: str) -> None:
    """The server's next-token distribution, reshaped here by temperature and top-p."""
    st.caption(t("text_explore_intro", lang))
    p = settings.sampling("a").filtering()
    candidates = explorer(cfg, model, settings.prompt, p.temperature, p.top_p, lang)
    if not candidates:
        return
    rows = [
        tp.CandidateRow(
            tp.token_label(c.token),
            -1,
            c.prob_before,
            c.prob_after,
            not c.kept,
            "" if c.kept else "top_p",
        )
        for c in candidates
    ]
    labels = {key: t(f"text_chart_{key}", lang) for key in text_charts.LABEL_KEYS}
    fig = text_charts.next_token_bars(rows, other_before=0.0, other_after=0.0, labels=labels)
    st.plotly_chart(fig, key="text_server_explorer_chart")


def compare_tab(
    cfg: remote.ServerConfig, model: str, pipe, settings: tp.Settings, lang: str
) -> None:
    """The server model and the bundled GPT on the same prompt, settings and seed."""
    st.caption(t("remote_compare_help", lang))
    if not st.button(t("remote_compare_run", lang), key="text_server_compare"):
        return
    params = settings.sampling("a")
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('remote_side_server', lang, id=md_escape(model, 60))}**")
        caps = capabilities(cfg, model)
        generate(
            cfg,
            model,
            settings.prompt,
            remote.RemoteParams.from_sampling(params),
            1,
            lang,
            extras=caps is not None and caps.extra_sampling,
        )
    with right:
        st.markdown(f"**{t('remote_side_bundled', lang)}**")
        view.stream_one(pipe, settings.prompt, params, lang)
