"""How each kind of generative model works: its steps and a diagram (pure, no streamlit)."""

from __future__ import annotations

from aigc_dash.core.i18n import t

MODEL_KINDS: tuple[str, ...] = ("rnn", "transformer", "gan", "diffusion")

# Each diagram: (node id, i18n key of its label) in order, then edges (from, to, i18n key or "").
_DIAGRAMS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...]]] = {
    "rnn": (
        (
            ("x", "how_rnn_n_input"),
            ("h", "how_rnn_n_hidden"),
            ("p", "how_rnn_n_probs"),
            ("s", "how_n_sample"),
        ),
        (
            ("x", "h", ""),
            ("h", "h", "how_rnn_e_carry"),
            ("h", "p", ""),
            ("p", "s", ""),
            ("s", "x", "how_e_feedback"),
        ),
    ),
    "transformer": (
        (
            ("tok", "how_tf_n_tokens"),
            ("att", "how_tf_n_attention"),
            ("ff", "how_tf_n_layers"),
            ("p", "how_tf_n_probs"),
            ("s", "how_n_sample"),
        ),
        (
            ("tok", "att", ""),
            ("att", "ff", ""),
            ("ff", "p", ""),
            ("p", "s", "how_tf_e_filters"),
            ("s", "tok", "how_e_feedback"),
        ),
    ),
    "gan": (
        (
            ("z", "how_gan_n_noise"),
            ("g", "how_gan_n_generator"),
            ("fake", "how_gan_n_fake"),
            ("real", "how_gan_n_real"),
            ("d", "how_gan_n_discriminator"),
        ),
        (
            ("z", "g", ""),
            ("g", "fake", ""),
            ("fake", "d", ""),
            ("real", "d", ""),
            ("d", "g", "how_gan_e_feedback"),
        ),
    ),
    "diffusion": (
        (
            ("x0", "how_diff_n_clean"),
            ("xt", "how_diff_n_noisy"),
            ("unet", "how_diff_n_unet"),
            ("sched", "how_diff_n_scheduler"),
            ("out", "how_diff_n_result"),
        ),
        (
            ("x0", "xt", "how_diff_e_forward"),
            ("xt", "unet", ""),
            ("unet", "sched", "how_diff_e_noise"),
            ("sched", "xt", "how_diff_e_repeat"),
            ("sched", "out", ""),
        ),
    ),
}


# Kinds whose generation steps start from a trained network: as in the course notes (prepare
# data, train, generate), their list opens with the training step. GAN and diffusion steps
# already describe training.
TRAINED_FIRST: tuple[str, ...] = ("rnn", "transformer")


def steps(kind: str, lang: str) -> list[str]:
    """The numbered steps by which ``kind`` is trained and then generates, in ``lang``."""
    keys = [f"how_{kind}_step{i}" for i in range(1, 6)]
    if kind in TRAINED_FIRST:
        keys.insert(0, f"how_{kind}_train")
    from aigc_dash.core.i18n import STRINGS

    return [t(k, lang) for k in keys if k in STRINGS]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def diagram_dot(kind: str, lang: str) -> str:
    """A Graphviz DOT diagram of ``kind``'s generation loop, labelled in ``lang``."""
    nodes, edges = _DIAGRAMS[kind]
    lines = [
        "digraph {",
        "  rankdir=LR; bgcolor=transparent;",
        '  node [shape=box, style="rounded,filled", fillcolor="#FDF2E9", color="#C2410C", fontname="sans-serif", fontsize=14];',
        '  edge [color="#6B7280", fontname="sans-serif", fontsize=12];',
    ]
    for node_id, key in nodes:
        lines.append(f"  {node_id} [label={_quote(t(key, lang))}];")
    for src, dst, key in edges:
        label = f" [label={_quote(t(key, lang))}]" if key else ""
        lines.append(f"  {src} -> {dst}{label};")
    lines.append("}")
    return "\n".join(lines)
