"""Strings of generation from an inference server (keys ``remote_*``)."""

STRINGS = {
    "remote_model": {"zh": "服务器：{id}", "en": "Server: {id}"},
    "remote_endpoint_completions": {
        "zh": "通过服务器的 completions 接口发送原始提示词（模型直接续写，与内置模型相同）。",
        "en": "Sent to the server's completions endpoint as the raw prompt (the model simply "
        "continues it, as the bundled model does).",
    },
    "remote_endpoint_chat": {
        "zh": "该模型只支持对话：通过 chat.completions 接口，把提示词作为用户消息发送，"
        "得到的是“回答”而不是续写。",
        "en": "This model only chats: the prompt is sent through chat.completions as the user "
        "message, so it answers rather than continues.",
    },
    "remote_mapping_title": {
        "zh": "页面控件与 API 参数的对应",
        "en": "How the page's controls map to the API",
    },
    "remote_mapping": {
        "zh": "温度 → `temperature`；top-p → `top_p`；新词元数 → `max_tokens`；随机种子 → `seed`；"
        "序列数 → `n`（服务器少返回时，其余序列用种子 +1、+2… 逐条补齐）。",
        "en": "Temperature → `temperature`; top-p → `top_p`; new tokens → `max_tokens`; seed → "
        "`seed`; sequences → `n` (where a server returns fewer, the rest are asked for one by "
        "one with seed +1, +2, …).",
    },
    "remote_extras_on": {
        "zh": "该服务器接受 vLLM 式扩展参数：top-k → `top_k`，重复惩罚 → `repetition_penalty`。",
        "en": "This server accepts vLLM-style extra parameters: top-k → `top_k`, repetition "
        "penalty → `repetition_penalty`.",
    },
    "remote_extras_off": {
        "zh": "该服务器不接受 top-k 和重复惩罚（它们不是 OpenAI API 的参数），所以这两个控件对服务器模型无效。",
        "en": "This server does not accept top-k or repetition penalty (they are not OpenAI API "
        "parameters), so those two controls do not apply to server models.",
    },
    "remote_penalty_note": {
        "zh": "OpenAI API 的 `frequency_penalty` 按词元已出现的次数扣减其对数几率；"
        "重复惩罚则把出现过的词元的几率除以一个系数：两者都抑制重复，但算法不同，数值不能互换。",
        "en": "The OpenAI API's `frequency_penalty` subtracts from a token's logit in proportion to "
        "how often it has appeared; repetition penalty divides the logit of any token seen "
        "before by a factor: both discourage repeats, by different rules, and their numbers "
        "do not translate.",
    },
    "remote_topped_up": {
        "zh": "服务器只返回了部分序列，其余序列已逐条请求（种子 +1、+2…）。",
        "en": "The server returned fewer sequences than asked; the rest were requested one by "
        "one (seed +1, +2, …).",
    },
    "remote_err_unreachable": {
        "zh": "连不上推理服务器（{url}），改用内置模型。",
        "en": "The inference server ({url}) cannot be reached; using the bundled model instead.",
    },
    "remote_err_auth": {
        "zh": "推理服务器拒绝了访问密钥（401/403）。请运维人员检查 AIGC_INFERENCE_API_KEY。",
        "en": "The inference server refused the access key (401/403). The operator should check "
        "AIGC_INFERENCE_API_KEY.",
    },
    "remote_err_not_found": {
        "zh": "推理服务器上没有模型“{model}”（404）。",
        "en": "The inference server has no model “{model}” (404).",
    },
    "remote_err_busy": {
        "zh": "推理服务器正忙（429 请求过多），请稍后再试。",
        "en": "The inference server is busy (429, too many requests); try again in a moment.",
    },
    "remote_err_server": {
        "zh": "推理服务器出错（{status}）。",
        "en": "The inference server failed ({status}).",
    },
    "remote_err_bad_request": {
        "zh": "推理服务器不接受这次请求的参数（{status}）。",
        "en": "The inference server did not accept this request's parameters ({status}).",
    },
    "remote_err_cut": {
        "zh": "与推理服务器的连接中途断开；下面保留了已收到的文字。",
        "en": "The connection to the inference server broke off mid-way; the text received so "
        "far is kept below.",
    },
    "remote_err_timeout": {
        "zh": "推理服务器在限定时间内没有答完（首个词元 {first} 秒，总计 {total} 秒）；已收到的文字保留在下面。",
        "en": "The inference server did not answer in time (first token {first} s, in all "
        "{total} s); any text received is kept below.",
    },
    "remote_partial": {"zh": "已收到的部分：", "en": "Received before the failure:"},
    "remote_explorer_note": {
        "zh": "服务器给出了前 {n} 个候选词元的对数概率（温度 1）。温度和 top-p 的效果是在本页根据这些数值重新计算的，"
        "概率只在这 {n} 个候选之间归一化。",
        "en": "The server returned the log-probabilities of its top {n} candidates (at "
        "temperature 1). Temperature and top-p are recomputed here, on the page, from those "
        "numbers, renormalised over these {n} candidates only.",
    },
    "remote_no_logprobs": {
        "zh": "该服务器不返回对数概率（logprobs），所以无法显示它的下一个词元分布。"
        "例如 vLLM 和 llama.cpp 会返回，transformers serve 目前不会。",
        "en": "This server returns no log-probabilities, so its next-token distribution cannot "
        "be shown. vLLM and llama.cpp return them, for example; transformers serve does not "
        "today.",
    },
    "remote_compare_title": {
        "zh": "服务器模型与内置模型对比",
        "en": "Server model vs bundled model",
    },
    "remote_compare_help": {
        "zh": "同一提示词、同一设置、同一随机种子，分别交给服务器模型和内置模型。",
        "en": "The same prompt, settings and seed, given to the server model and to the bundled "
        "model.",
    },
    "remote_compare_run": {"zh": "两边同时生成", "en": "Generate on both"},
    "remote_side_server": {"zh": "服务器：{id}", "en": "Server: {id}"},
    "remote_side_bundled": {"zh": "内置 GPT", "en": "Bundled GPT"},
}
