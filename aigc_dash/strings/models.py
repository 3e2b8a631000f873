"""Notes on each registered model, looked up by model id (``model_licence_<id>``,
``model_size_<id>``; see :class:`aigc_dash.generation.models.ModelInfo`).

A size note names no number of its own: ``{params}`` (formatted for the language), ``{mb}``
(the weights on disk) and the ``config.json`` fields it names (``{n_layer}``,
``{image_size}``, ...) are filled in from the model's files, so they cannot drift from the
weights. Hub models' parameter counts are in the registry (they are not downloaded).
"""

from __future__ import annotations

_PROJECT_POEMS = {
    "zh": "权重：本项目许可证；数据：唐诗宋词（公有领域）",
    "en": "weights: project licence; data: Tang and Song poems (public domain)",
}
_MNIST = {"zh": "CC BY-SA 3.0（在 MNIST 上训练）", "en": "CC BY-SA 3.0 (trained on MNIST)"}

STRINGS: dict[str, dict[str, str]] = {
    "model_size_missing": {
        "zh": "权重尚未训练（{folder} 中没有找到）",
        "en": "weights not trained yet (none found in {folder})",
    },
    # --- text models ---
    "model_licence_gpt": {
        "zh": "权重：本项目许可证；数据：PSF（CPython 文档）、公有领域（诗词）、"
        "GFDL-1.2+（manpages-zh）、GPL-2+（Debian 参考手册）",
        "en": "weights: project licence; data: PSF (CPython docs), public domain (poems), "
        "GFDL-1.2+ (manpages-zh), GPL-2+ (Debian Reference)",
    },
    "model_size_gpt": {
        "zh": "GPT-2，{params}参数（{n_layer} 层 × {n_embd}），上下文 {n_positions} 个词元，{mb} MB",
        "en": "GPT-2, {params} parameters ({n_layer} layers x {n_embd}), "
        "{n_positions}-token context, {mb} MB",
    },
    "model_licence_rnn": _PROJECT_POEMS,
    "model_size_rnn": {
        "zh": "字符级 GRU，{params}参数（{layers} 层 × {hidden}），{mb} MB",
        "en": "character-level GRU, {params} parameters ({layers} layers x {hidden}), {mb} MB",
    },
    "model_licence_gpt2": {"zh": "MIT", "en": "MIT"},
    "model_size_gpt2": {
        "zh": "GPT-2 small，{params}参数，下载约 500 MB",
        "en": "GPT-2 small, {params} parameters, about 500 MB download",
    },
    "model_licence_uer/gpt2-chinese-cluecorpussmall": {
        "zh": "见模型仓库中的模型卡",
        "en": "see the model card on the hub",
    },
    "model_size_uer/gpt2-chinese-cluecorpussmall": {
        "zh": "中文 GPT-2，{params}参数，下载约 400 MB",
        "en": "Chinese GPT-2, {params} parameters, about 400 MB download",
    },
    # --- image models ---
    "model_licence_classifier": _MNIST,
    "model_size_classifier": {
        "zh": "小型卷积网络，{params}参数，{mb} MB",
        "en": "small CNN, {params} parameters, {mb} MB",
    },
    "model_licence_dcgan": _MNIST,
    "model_size_dcgan": {
        "zh": "生成器 {params}参数（{arch}），{image_size}×{image_size} 数字",
        "en": "generator {params} parameters ({arch}), {image_size}x{image_size} digits",
    },
    "model_licence_diffusion": _MNIST,
    "model_size_diffusion": {
        "zh": "类别条件 UNet2DModel，{params}参数，{sample_size}×{sample_size} 数字",
        "en": "class-conditional UNet2DModel, {params} parameters, "
        "{sample_size}x{sample_size} digits",
    },
    "model_licence_google/ddpm-cifar10-32": {"zh": "Apache-2.0", "en": "Apache-2.0"},
    "model_size_google/ddpm-cifar10-32": {
        "zh": "无条件 DDPM，{params}参数，32×32 彩色图像",
        "en": "unconditional DDPM, {params} parameters, 32x32 colour images",
    },
}
