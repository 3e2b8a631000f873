"""The Text playground's inference-server panels: generate (streamed), next-token explorer
and compare with the bundled model. The pure client is :mod:`aigc_dash.generation.remote`;
this module only draws, in the user's language, and never shows model output as Markdown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import streamlit as st

from aigc_dash.core.i18n import t
from aigc_dash.core.text import md_escape
from aigc_dash.generation import remote


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
