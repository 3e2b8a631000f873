"""Generation from an OpenAI-compatible inference server (vLLM, SGLang, Ollama, llama.cpp,
``transformers serve``): the way the app grows past one machine.

The operator sets, in the environment or ``st.secrets`` (read through
:mod:`aigc_dash.core.settings`):

- ``AIGC_INFERENCE_URL``: the server's base URL, ending in ``/v1``;
- ``AIGC_INFERENCE_MODELS``: comma-separated model ids offered to users;
- ``AIGC_INFERENCE_CHAT_MODELS`` (optional): those of them that only chat (they get the
  prompt as the user message through ``chat.completions``; the others use the legacy
  ``completions`` endpoint with the raw prompt, which is what the sampling lesson needs);
- ``AIGC_INFERENCE_API_KEY`` (optional): never shown, logged or put in a URL.

Nothing is contacted while ``AIGC_INFERENCE_URL`` is unset. Streaming from a server never
holds the in-process generation lock of :mod:`aigc_dash.generation.text`: a class's
requests are the server's to batch. Every failure becomes a :class:`RemoteError` whose
``kind`` the page turns into a message in the user's language, keeping ``partial`` (the text
received so far). The ``openai`` client is imported only when a server is used.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from aigc_dash.core.settings import setting
from aigc_dash.generation.sampling import SamplingParams
from aigc_dash.generation.text import MAX_NEW_TOKENS, MAX_PROMPT_CHARS

CONNECT_TIMEOUT_S = 2.0  # an unreachable server is reported (and the bundled model used) fast
FIRST_TOKEN_TIMEOUT_S = 15.0  # also the longest silence allowed between two pieces
PER_TOKEN_BUDGET_S = 0.5  # total bound: first-token time plus this per requested token
MAX_TOP_LOGPROBS = 20  # the OpenAI API's own limit
MODEL_PREFIX = "server:"  # registry-style ids of server models in the app ("server:<id>")
CAPABILITY_TTL_S = 300.0

ErrorKind = Literal[
    "unreachable", "auth", "not_found", "busy", "server", "cut", "timeout", "bad_request"
]
Endpoint = Literal["completions", "chat"]


@dataclass(frozen=True)
class ServerConfig:
    """Where the inference server is and what it offers (from the operator's settings)."""

    base_url: str
    models: tuple[str, ...]
    chat_models: tuple[str, ...] = ()
    api_key: str = field(default="", repr=False)  # never in a repr, a log or a URL

    def endpoint(self, model: str) -> Endpoint:
        """Which API this model is called through."""
        return "chat" if model in self.chat_models else "completions"


def _split(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.strip() for s in value.split(",") if s.strip()))


def server_config() -> ServerConfig | None:
    """The operator's server, or ``None`` when ``AIGC_INFERENCE_URL`` is unset (then nothing
    is ever contacted)."""
    url = setting("AIGC_INFERENCE_URL").strip().rstrip("/")
    if not url:
        return None
    models = _split(setting("AIGC_INFERENCE_MODELS"))
    chat = tuple(m for m in _split(setting("AIGC_INFERENCE_CHAT_MODELS")) if m in models)
    return ServerConfig(url, models, chat, setting("AIGC_INFERENCE_API_KEY").strip())


def model_choice_id(model: str) -> str:
    """The app's id for a server model (what the model picker and the URL carry)."""
    return f"{MODEL_PREFIX}{model}"


def server_model(choice_id: str) -> str | None:
    """The server's model id inside an app id ``server:<id>``, else ``None``."""
    return choice_id[len(MODEL_PREFIX) :] if choice_id.startswith(MODEL_PREFIX) else None


class RemoteError(RuntimeError):
    """A failed server call: ``kind`` says what went wrong, ``partial`` keeps what arrived."""

    def __init__(
        self, kind: ErrorKind, detail: str = "", *, status: int | None = None, partial: str = ""
    ) -> None:
        self.kind: ErrorKind = kind
        self.status = status
        self.partial = partial
        super().__init__(f"{kind}: {detail}"[:300])


def _classify(exc: BaseException, partial: str = "") -> RemoteError:
    """Map an ``openai``/``httpx`` exception to a :class:`RemoteError` kind."""
    import openai

    if isinstance(exc, RemoteError):
        exc.partial = exc.partial or partial
        return exc
    status = getattr(exc, "status_code", None)
    kind: ErrorKind
    transport = _transport_errors()
    if isinstance(exc, openai.APITimeoutError) or type(exc).__name__.endswith("TimeoutException"):
        kind = "timeout"
    elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        kind = "auth"
    elif isinstance(exc, openai.NotFoundError):
        kind = "not_found"
    elif isinstance(exc, openai.RateLimitError):
        kind = "busy"
    elif isinstance(exc, openai.APIStatusError):
        kind = "server" if (status or 500) >= 500 else "bad_request"
    elif isinstance(exc, (openai.APIConnectionError, *transport)):
        # a connection refused before anything arrived, or cut in the middle of a stream
        kind = "cut" if partial else "unreachable"
    else:
        kind = "server"
    # the message of an API error may echo the request; never let it carry the key
    detail = type(exc).__name__
    return RemoteError(kind, detail, status=status, partial=partial)


def _transport_errors() -> tuple[type[BaseException], ...]:
    """The HTTP library's transport errors (a stream cut mid-way surfaces as one of these,
    not as an ``openai`` error); the ``openai`` client's HTTP library has changed names."""
    found: list[type[BaseException]] = [ConnectionError]
    for name in ("httpx2", "httpx"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        error = getattr(module, "TransportError", None)
        if isinstance(error, type):
            found.append(error)
    return tuple(found)


_clients: dict[tuple[str, str], Any] = {}
_clients_lock = threading.Lock()


def client(cfg: ServerConfig) -> Any:
    """A shared ``openai.OpenAI`` for ``cfg``: short connect timeout, no retries (a failure
    is reported at once and the bundled model used; a retry loop would make people wait)."""
    import openai

    key = (cfg.base_url, cfg.api_key)
    with _clients_lock:
        if key not in _clients:
            _clients[key] = openai.OpenAI(
                base_url=cfg.base_url,
                # the client insists on a key; servers without auth ignore this placeholder
                api_key=cfg.api_key or "not-needed",
                max_retries=0,
                timeout=openai.Timeout(
                    FIRST_TOKEN_TIMEOUT_S, connect=CONNECT_TIMEOUT_S, pool=CONNECT_TIMEOUT_S
                ),
            )
        return _clients[key]


def list_models(cfg: ServerConfig) -> list[str]:
    """The model ids the server itself lists (``GET /v1/models``); raises RemoteError."""
    try:
        return [m.id for m in client(cfg).models.list()]
    except Exception as exc:
        raise _classify(exc) from exc


def total_timeout_s(max_tokens: int) -> float:
    """The longest a whole generation may take: first token plus a budget per token."""
    return FIRST_TOKEN_TIMEOUT_S + PER_TOKEN_BUDGET_S * max(int(max_tokens), 1)


@dataclass(frozen=True)
class RemoteParams:
    """What is sent for one generation, with the API's own names.

    ``top_k`` and ``repetition_penalty`` are not OpenAI parameters: they are sent only to
    servers that accept them (vLLM's extra parameters; see :func:`capabilities`)."""

    max_tokens: int = 40
    temperature: float = 0.8
    top_p: float = 0.95
    seed: int | None = 42
    top_k: int = 0
    repetition_penalty: float = 1.0

    @classmethod
    def from_sampling(cls, params: SamplingParams) -> RemoteParams:
        """The same settings as the bundled model gets (greedy = temperature 0, the API's
        way to say it)."""
        sample = params.do_sample
        return cls(
            max_tokens=params.max_new_tokens,
            temperature=params.temperature if sample else 0.0,
            top_p=params.top_p if sample else 1.0,
            seed=params.seed,
            top_k=params.top_k if sample else 0,
            repetition_penalty=params.repetition_penalty,
        )

    def body(self, extras: bool) -> tuple[dict[str, Any], dict[str, Any]]:
        """``(standard arguments, extra_body)`` for the openai client, bounded as the bundled
        model's are (at most ``MAX_NEW_TOKENS`` new tokens)."""
        args: dict[str, Any] = {
            "max_tokens": int(min(max(1, self.max_tokens), MAX_NEW_TOKENS)),
            "temperature": float(self.temperature),
            "top_p": float(self.top_p),
        }
        if self.seed is not None:
            args["seed"] = int(self.seed)
        extra: dict[str, Any] = {}
        if extras:
            if self.top_k > 0:
                extra["top_k"] = int(self.top_k)
            if self.repetition_penalty != 1.0:
                extra["repetition_penalty"] = float(self.repetition_penalty)
        return args, extra


def _create(
    cfg: ServerConfig,
    model: str,
    prompt: str,
    params: RemoteParams,
    *,
    stream: bool,
    extras: bool,
    n: int = 1,
    **more: Any,
) -> Any:
    args, extra = params.body(extras)
    prompt = bound_prompt(prompt)
    api = client(cfg)
    if cfg.endpoint(model) == "chat":
        return api.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            stream=stream,
            n=n,
            extra_body=extra or None,
            **args,
            **more,
        )
    return api.completions.create(
        model=model, prompt=prompt, stream=stream, n=n, extra_body=extra or None, **args, **more
    )


def bound_prompt(prompt: str) -> str:
    """The prompt as sent: its last ``MAX_PROMPT_CHARS`` characters (as for the bundled
    model, the end is what a continuation reads), so a huge paste never leaves the app."""
    return str(prompt)[-MAX_PROMPT_CHARS:]


def _piece(chunk: Any) -> tuple[int, str]:
    """``(choice index, text)`` of one streamed chunk from either endpoint."""
    if not chunk.choices:
        return 0, ""
    choice = chunk.choices[0]
    delta = getattr(choice, "delta", None)
    if delta is not None:
        return choice.index, delta.content or ""
    return choice.index, choice.text or ""


def stream(
    cfg: ServerConfig, model: str, prompt: str, params: RemoteParams, *, extras: bool = False
) -> Iterator[str]:
    """Text pieces of one continuation as the server streams them.

    Raises :class:`RemoteError` (with ``partial``: everything received before the failure)
    when the server is unreachable, refuses, times out (first token, silence, or the total
    bound of :func:`total_timeout_s`) or cuts the stream."""
    received: list[str] = []
    deadline = time.monotonic() + total_timeout_s(params.max_tokens)
    response = None
    try:
        response = _create(cfg, model, prompt, params, stream=True, extras=extras)
        for chunk in response:
            _, text = _piece(chunk)
            if text:
                received.append(text)
                yield text
            if time.monotonic() > deadline:
                raise RemoteError("timeout", "total time", partial="".join(received))
    except GeneratorExit:
        raise
    except Exception as exc:
        raise _classify(exc, "".join(received)) from exc
    finally:
        if response is not None:
            close = getattr(response, "close", None)
            if close:
                close()


def complete(
    cfg: ServerConfig,
    model: str,
    prompt: str,
    params: RemoteParams,
    n: int = 1,
    *,
    extras: bool = False,
) -> tuple[list[str], bool]:
    """``n`` continuations (``n`` is sent as the API's ``n``). Some servers return fewer
    choices than asked (``transformers serve`` returns one): the rest are asked for one by one
    with seeds ``seed+1, seed+2, ...``. Returns ``(texts, topped_up)``."""
    try:
        out = _create(cfg, model, prompt, params, stream=False, extras=extras, n=n)
    except Exception as exc:
        raise _classify(exc) from exc
    texts = ["" for _ in range(n)]
    got = set()
    for choice in out.choices:
        if choice.index < n:
            message = getattr(choice, "message", None)
            texts[choice.index] = (message.content if message else choice.text) or ""
            got.add(choice.index)
    missing = [i for i in range(n) if i not in got]
    for i in missing:
        seed = None if params.seed is None else params.seed + i
        one = RemoteParams(**{**params.__dict__, "seed": seed})
        texts[i] = "".join(stream(cfg, model, prompt, one, extras=extras))
    return texts, bool(missing)


@dataclass(frozen=True)
class Capabilities:
    """What a server accepts for a model, found with one 1-token request (cached)."""

    extra_sampling: bool  # top_k / repetition_penalty accepted
    logprobs: bool  # log-probabilities come back


_capabilities: dict[tuple[str, str], tuple[float, Capabilities]] = {}


def capabilities(cfg: ServerConfig, model: str) -> Capabilities:
    """Probe once per model (cached for a few minutes): are vLLM-style extra sampling
    parameters accepted, and do log-probabilities come back? Raises RemoteError when the
    server cannot be used at all."""
    key = (cfg.base_url, model)
    hit = _capabilities.get(key)
    if hit and time.monotonic() - hit[0] < CAPABILITY_TTL_S:
        return hit[1]
    probe = RemoteParams(max_tokens=1, temperature=1.0, top_p=1.0, seed=0, top_k=1)
    try:
        _create(cfg, model, "a", probe, stream=False, extras=True)
        extra_ok = True
    except Exception as exc:
        err = _classify(exc)
        if err.kind != "bad_request":
            raise err from exc
        extra_ok = False
    dist = next_token_logprobs(cfg, model, "a", top=1)
    caps = Capabilities(extra_ok, dist is not None)
    _capabilities[key] = (time.monotonic(), caps)
    return caps


def next_token_logprobs(
    cfg: ServerConfig, model: str, prompt: str, top: int = MAX_TOP_LOGPROBS
) -> list[tuple[str, float]] | None:
    """The server's top candidates for the next token as ``(token, log-probability)``, most
    likely first, or ``None`` when the server returns no log-probabilities."""
    top = int(min(max(top, 1), MAX_TOP_LOGPROBS))
    params = RemoteParams(max_tokens=1, temperature=1.0, top_p=1.0, seed=0)
    try:
        if cfg.endpoint(model) == "chat":
            out = _create(
                cfg,
                model,
                prompt,
                params,
                stream=False,
                extras=False,
                logprobs=True,
                top_logprobs=top,
            )
            content = out.choices[0].logprobs.content if out.choices[0].logprobs else None
            pairs = [(c.token, c.logprob) for c in content[0].top_logprobs] if content else []
        else:
            out = _create(cfg, model, prompt, params, stream=False, extras=False, logprobs=top)
            lp = out.choices[0].logprobs if out.choices else None
            tops = getattr(lp, "top_logprobs", None) if lp else None
            pairs = list(tops[0].items()) if tops else []
    except Exception as exc:
        raise _classify(exc) from exc
    if not pairs:
        return None
    return sorted(pairs, key=lambda p: -p[1])


@dataclass(frozen=True)
class Candidate:
    """One of the server's next-token candidates, before and after the sampling filters."""

    token: str
    prob_before: float  # at temperature 1, renormalised over the returned candidates
    prob_after: float  # after temperature and top-p (0 when top-p removes it)
    kept: bool


def reshape(
    logprobs: Sequence[tuple[str, float]], temperature: float, top_p: float
) -> list[Candidate]:
    """Recompute, on the client, what temperature and top-p do to the server's candidates.

    The server returns its top candidates' log-probabilities at temperature 1; the rest of
    the vocabulary is unknown, so every probability here is renormalised over the returned
    candidates only. Temperature divides the log-probabilities; top-p then keeps the most
    likely candidates until their mass reaches ``top_p`` (the most likely always stays).
    Rows come most likely first."""
    if not logprobs:
        return []
    ordered = sorted(logprobs, key=lambda p: -p[1])

    def softmax(values: list[float]) -> list[float]:
        top = max(values)
        weights = [math.exp(v - top) for v in values]
        total = sum(weights)
        return [w / total for w in weights]

    before = softmax([lp for _, lp in ordered])
    scaled = softmax([lp / max(float(temperature), 1e-6) for _, lp in ordered])
    kept: list[bool] = []
    mass = 0.0
    for p in scaled:
        kept.append(mass < top_p or not kept)
        mass += p
    kept_mass = sum(p for p, k in zip(scaled, kept, strict=True) if k)
    return [
        Candidate(tok, b, (p / kept_mass) if k else 0.0, k)
        for (tok, _), b, p, k in zip(ordered, before, scaled, kept, strict=True)
    ]
