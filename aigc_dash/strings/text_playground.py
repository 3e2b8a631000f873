"""Strings of the Text playground (keys ``text_*``).

``text_empty_prompt`` and ``text_line_length`` are also the keys of
``aigc_dash.generation.text.TextInputError``.
"""

STRINGS = {
    "text_title": {"zh": "文本生成实验场", "en": "Text playground"},
    "text_intro": {
        "zh": "用本项目自己训练的小模型现场生成文本：一个 Transformer（GPT-2 结构）和一个写诗的 RNN。"
        "调节温度、top-k、top-p，看它们如何改变下一个词元的概率；同一提示词、同一随机种子下并排比较两组设置。"
        "这些是教学用的小模型，写出来的东西像技术文档（中英文）或古诗，但没有知识，也不会听指令。",
        "en": "Generate text live with small models this project trained itself: a Transformer "
        "(GPT-2 architecture) and a poem-writing RNN. Move temperature, top-k and top-p and watch "
        "what they do to the next token's probabilities; compare two settings side by side on "
        "the same prompt and seed. These are small teaching models: they write text that looks "
        "like technical documentation (English or Chinese) or classical poems, with no knowledge "
        "and no instruction following.",
    },
    # model choice and loading
    "text_model": {"zh": "模型", "en": "Model"},
    "text_model_gpt": {
        "zh": "内置 Transformer（GPT-2 结构，中英双语）",
        "en": "Bundled Transformer (GPT-2 architecture, English and Chinese)",
    },
    "text_model_rnn": {
        "zh": "内置 RNN（古诗，逐字生成）",
        "en": "Bundled RNN (classical poems, character by character)",
    },
    "text_model_hub": {"zh": "Hub 模型：{id}", "en": "Hub model: {id}"},
    "text_model_help": {
        "zh": "Hub 上的大模型只有在运营者开启（AIGC_ENABLE_HUB）并列入白名单时才会出现。",
        "en": "Larger hub models appear only when the operator enables them (AIGC_ENABLE_HUB) "
        "and allows them by name.",
    },
    "text_loading": {"zh": "正在加载模型……", "en": "Loading the model…"},
    "text_loading_detail": {
        "zh": "首次访问时加载 PyTorch 与模型权重（后台已提前开始），之后所有访问者共用。",
        "en": "The first visit loads PyTorch and the weights (already started in the background); "
        "every later visitor shares them.",
    },
    "text_loaded": {"zh": "模型已就绪", "en": "Model ready"},
    "text_model_missing": {
        "zh": "模型“{model}”的权重还不在 data/models/ 中。请先运行 aigc_dash/training/ 里的训练脚本。",
        "en": "The weights of “{model}” are not in data/models/ yet. Run its training script in "
        "aigc_dash/training/ first.",
    },
    "text_model_error": {
        "zh": "模型无法加载：{error}",
        "en": "The model could not be loaded: {error}",
    },
    "text_fallback_unknown": {
        "zh": "不认识模型“{model}”，已改用内置 Transformer。",
        "en": "Model “{model}” is not known; using the bundled Transformer.",
    },
    "text_fallback_hub_disabled": {
        "zh": "Hub 模型“{model}”未开启（运营者未设置 AIGC_ENABLE_HUB），已改用内置 Transformer。",
        "en": "Hub model “{model}” is switched off here (AIGC_ENABLE_HUB is not set); using the "
        "bundled Transformer.",
    },
    "text_fallback_hub_not_allowed": {
        "zh": "Hub 模型“{model}”不在允许列表中，已改用内置 Transformer。",
        "en": "Hub model “{model}” is not on the allowed list; using the bundled Transformer.",
    },
    "text_fallback_hub_unreachable": {
        "zh": "无法连接模型 Hub，“{model}”加载不了，已改用内置 Transformer。",
        "en": "The model hub cannot be reached, so “{model}” cannot load; using the bundled "
        "Transformer.",
    },
    "text_fallback_hub_load_failed": {
        "zh": "Hub 模型“{model}”加载失败，已改用内置 Transformer。",
        "en": "Hub model “{model}” failed to load; using the bundled Transformer.",
    },
    # model card
    "text_card_title": {"zh": "模型卡片", "en": "Model card"},
    "text_card_gpt": {
        "zh": "GPT-2 结构，{params}M 参数：{layers} 层、宽度 {width}，上下文 {context} 个词元，词表 {vocab}。",
        "en": "GPT-2 architecture, {params}M parameters: {layers} layers, width {width}, "
        "{context}-token context, vocabulary {vocab}.",
    },
    "text_card_gpt_data": {
        "zh": "训练数据：CPython 文档约 {en}M 字符（PSF 许可），fortunes-zh 的唐诗宋词与格言约 {zh}M 字符（公有领域）。",
        "en": "Trained on about {en}M characters of CPython's documentation (PSF licence) and "
        "{zh}M characters of Tang and Song poems and sayings from fortunes-zh (public domain).",
    },
    "text_card_gpt_data_modern": {
        "zh": "现代中文：Debian 的 manpages-zh 中文手册页（GFDL-1.2+）与 debian-reference-zh-cn "
        "Debian 参考手册（GPL-2+）约 {modern}M 字符。",
        "en": "Modern Chinese: about {modern}M characters of Debian's manpages-zh (Chinese manual "
        "pages, GFDL-1.2+) and debian-reference-zh-cn (the Debian Reference, GPL-2+).",
    },
    "text_card_metric_zh_classical": {
        "zh": "古诗文留出集：困惑度 {ppl}，每字符 {bpc} 比特。",
        "en": "Classical Chinese held-out text: perplexity {ppl}, {bpc} bits per character.",
    },
    "text_card_metric_zh_modern": {
        "zh": "现代中文留出集：困惑度 {ppl}，每字符 {bpc} 比特。",
        "en": "Modern Chinese held-out text: perplexity {ppl}, {bpc} bits per character.",
    },
    "text_card_metric_en": {
        "zh": "英文留出集：困惑度 {ppl}，每字符 {bpc} 比特。",
        "en": "English held-out text: perplexity {ppl}, {bpc} bits per character.",
    },
    "text_card_metric_zh": {
        "zh": "中文留出集：困惑度 {ppl}，每字符 {bpc} 比特。",
        "en": "Chinese held-out text: perplexity {ppl}, {bpc} bits per character.",
    },
    "text_card_vs_gpt2": {
        "zh": "对比 GPT-2 small（124M 即 1.24 亿参数、1024 词元上下文、约 40 GB 网页文本）：参数约为其 1/{ratio}，"
        "上下文约为其 1/{ctx_ratio}，训练文本不到其千分之一。困惑度因词表与测试文本不同，不能与 GPT-2 公布的数字直接比较。",
        "en": "Compared with GPT-2 small (124M parameters, 1,024-token context, about 40 GB of web "
        "text): about 1/{ratio} of its parameters, 1/{ctx_ratio} of its context, and "
        "less than a thousandth of its training text. Its perplexity uses another vocabulary and "
        "other test text, so it cannot be compared with GPT-2's published figures.",
    },
    "text_card_rnn": {
        "zh": "字符级 GRU，{params}M 参数：{layers} 层、{hidden} 个隐藏单元，{vocab} 个汉字与标点；训练语料 {chars} 字（唐诗三百首、宋词）。",
        "en": "Character-level GRU, {params}M parameters: {layers} layers of {hidden} units over "
        "{vocab} characters; trained on {chars} characters of Tang and Song poems.",
    },
    "text_card_metric_rnn": {
        "zh": "留出诗作：困惑度 {ppl}，每字符 {bpc} 比特。",
        "en": "Held-out poems: perplexity {ppl}, {bpc} bits per character.",
    },
    "text_card_rnn_vs": {
        "zh": "它一次只看一个字，靠隐藏状态记住前文；语料很小，常会复述名句。GPT-2 则是 Transformer，能同时看到整个上下文。",
        "en": "It reads one character at a time and remembers the past in its hidden state; its "
        "corpus is tiny, so it often echoes famous lines. GPT-2 is a Transformer that sees the "
        "whole context at once.",
    },
    "text_card_training": {
        "zh": "训练：{steps} 步，{minutes} 分钟（CPU）。",
        "en": "Training: {steps} steps, {minutes} minutes on a CPU.",
    },
    "text_card_licence": {"zh": "许可：{licence}", "en": "Licence: {licence}"},
    "text_card_hub": {
        "zh": "Hub 模型 {id}：{size}。",
        "en": "Hub model {id}: {size}.",
    },
    "text_card_missing": {
        "zh": "{path} 中还没有训练信息（模型可能仍在训练）。",
        "en": "No training information in {path} yet (the model may still be training).",
    },
    # prompt and controls
    "text_prompt": {"zh": "提示词", "en": "Prompt"},
    "text_examples": {"zh": "示例提示词", "en": "Example prompts"},
    "text_examples_placeholder": {
        "zh": "选一个示例填入提示词",
        "en": "Pick an example to fill the prompt",
    },
    "text_max_new_tokens": {"zh": "最多生成词元数", "en": "Max new tokens"},
    "text_max_new_tokens_help": {
        "zh": "最多续写多少个词元；提示词加续写不能超过模型的上下文长度。",
        "en": "How many tokens to add at most; prompt plus new tokens must fit the model's context.",
    },
    "text_num_sequences": {"zh": "生成条数", "en": "Number of sequences"},
    "text_num_sequences_help": {
        "zh": "续写几条；第 i 条使用种子 + i，所以每条都可复现。",
        "en": "How many continuations; sequence i uses seed + i, so each one is reproducible.",
    },
    "text_decoding": {"zh": "解码方式", "en": "Decoding"},
    "text_decoding_sample": {"zh": "采样", "en": "Sampling"},
    "text_decoding_greedy": {"zh": "贪心", "en": "Greedy"},
    "text_decoding_help": {
        "zh": "贪心：每步取概率最高的词元（确定、易重复）；采样：按概率抽取（多样）。",
        "en": "Greedy takes the most likely token every step (fixed, repetitive); sampling draws "
        "one by its probability (varied).",
    },
    "text_temperature": {"zh": "温度", "en": "Temperature"},
    "text_temperature_help": {
        "zh": "把分数除以温度再做 softmax：小于 1 更保守，大于 1 更大胆、更随机。",
        "en": "Divides the scores before softmax: below 1 is safer, above 1 bolder and more random.",
    },
    "text_top_k": {"zh": "top-k", "en": "Top-k"},
    "text_top_k_help": {
        "zh": "只在概率最高的 k 个词元中抽取；0 表示不限制。",
        "en": "Sample only among the k most likely tokens; 0 switches it off.",
    },
    "text_top_p": {"zh": "top-p（核采样）", "en": "Top-p (nucleus)"},
    "text_top_p_help": {
        "zh": "只保留累计概率达到 p 的最可能词元；1 表示不限制。",
        "en": "Keep the most likely tokens until their probabilities add up to p; 1 switches it off.",
    },
    "text_repetition_penalty": {"zh": "重复惩罚", "en": "Repetition penalty"},
    "text_repetition_penalty_help": {
        "zh": "降低已出现过的词元的分数；1 表示不惩罚，越大越不愿重复。",
        "en": "Lowers the score of tokens already in the text; 1 is off, higher repeats less.",
    },
    "text_seed": {"zh": "随机种子", "en": "Seed"},
    "text_seed_help": {
        "zh": "同一种子、同一设置 → 同一结果；换种子得到另一种随机抽取。",
        "en": "Same seed and settings give the same text; another seed draws differently.",
    },
    "text_greedy_ignores": {
        "zh": "贪心解码不使用温度、top-k、top-p 和种子。",
        "en": "Greedy decoding ignores temperature, top-k, top-p and the seed.",
    },
    "text_greedy_one": {
        "zh": "贪心解码每次结果相同，所以只生成一条。",
        "en": "Greedy decoding always gives the same text, so only one sequence is generated.",
    },
    "text_off": {"zh": "关", "en": "off"},
    "text_side_sample": {
        "zh": "采样，温度 {temperature}，top-k {top_k}，top-p {top_p}，重复惩罚 {rep}，种子 {seed}",
        "en": "sampling, temperature {temperature}, top-k {top_k}, top-p {top_p}, "
        "repetition penalty {rep}, seed {seed}",
    },
    "text_side_greedy": {
        "zh": "贪心，重复惩罚 {rep}（种子 {seed} 不起作用）",
        "en": "greedy, repetition penalty {rep} (seed {seed} has no effect)",
    },
    # steps
    "text_steps_transformer": {
        "zh": "Transformer 如何生成文本（课程讲义 3.1.2）",
        "en": "How a Transformer generates text (the course notes, 3.1.2)",
    },
    "text_steps_transformer_note": {
        "zh": "左侧的控件作用在第 5 步：温度改变概率的形状，top-k 与 top-p 删去候选词元。",
        "en": "The controls on the left act on step 5: temperature reshapes the probabilities, top-k and "
        "top-p remove candidates.",
    },
    "text_steps_rnn": {
        "zh": "RNN 如何生成文本（课程讲义 3.1.1）",
        "en": "How an RNN generates text (the course notes, 3.1.1)",
    },
    "text_steps_rnn_note": {
        "zh": "藏头诗：每行第一个字由你给定，其余的字由网络按第 4、5 步逐字采样；只在汉字中抽取。",
        "en": "Acrostic: you give each line's first character; the network samples the rest one "
        "by one (steps 4 and 5), among Chinese characters only.",
    },
    # bad input
    "text_empty_prompt": {
        "zh": "请先输入提示词（或选一个示例），模型会接着它往下写。",
        "en": "Type a prompt first (or pick an example); the model continues from it.",
    },
    "text_line_length": {"zh": "每行字数", "en": "Characters per line"},
    "text_line_length_5": {"zh": "五言", "en": "Five characters"},
    "text_line_length_7": {"zh": "七言", "en": "Seven characters"},
    "text_prompt_truncated": {
        "zh": "提示词有 {tokens} 个词元，超出模型上下文（{context}），只保留最后 {kept} 个词元（从左侧截断）。",
        "en": "The prompt has {tokens} tokens, more than the model's context ({context}) allows; "
        "only its last {kept} tokens are used (cut from the left).",
    },
    "text_new_tokens_clamped": {
        "zh": "要求生成 {asked} 个词元，但上下文只有 {context} 个位置，本次最多生成 {used} 个。",
        "en": "You asked for {asked} new tokens, but the context has {context} positions; at "
        "most {used} will be generated.",
    },
    # URL notices (aigc_dash.core.urlstate, notice_prefix="text")
    "text_url_not_a_number": {
        "zh": "链接中的参数 {key}=“{value}”无效，已使用 {used}。",
        "en": "The link's {key}=“{value}” is not valid; using {used}.",
    },
    "text_url_unknown_choice": {
        "zh": "链接中的参数 {key}=“{value}”无效，已使用 {used}。",
        "en": "The link's {key}=“{value}” is not valid; using {used}.",
    },
    "text_url_out_of_range": {
        "zh": "链接中的参数 {key}=“{value}”超出范围，已调整为 {used}。",
        "en": "The link's {key}=“{value}” is out of range; using {used}.",
    },
    "text_url_too_long": {
        "zh": "链接中的 {key} 超过 {limit} 个字符，已截短。",
        "en": "The link's {key} is longer than {limit} characters; it was shortened.",
    },
    # generate
    "text_tab_generate": {"zh": "生成", "en": "Generate"},
    "text_tab_explore": {"zh": "下一个词元", "en": "Next-token explorer"},
    "text_tab_compare": {"zh": "对比两组设置", "en": "Compare two settings"},
    "text_generate": {"zh": "生成", "en": "Generate"},
    "text_generating": {"zh": "正在生成……", "en": "Generating…"},
    "text_sequence": {"zh": "第 {i} 条（种子 {seed}）", "en": "Sequence {i} (seed {seed})"},
    "text_empty_output": {
        "zh": "模型立即输出了结束符，没有续写。换个种子或提示词试试。",
        "en": "The model ended the text at once. Try another seed or prompt.",
    },
    "text_result_settings": {
        "zh": "以上为提示词之后的续写。模型 {model}；{summary}。",
        "en": "Above: the continuation after the prompt. Model {model}; {summary}.",
    },
    "text_download": {"zh": "下载文本（.txt）", "en": "Download text (.txt)"},
    # explorer
    "text_explore_intro": {
        "zh": "模型为下一个词元给出的前 10 个候选：灰色是模型原始概率，橙色是经过你的设置后实际用于抽样的概率；"
        "被删去的候选标明是谁删的。选一个词元接到文本后面，一步步往下走。",
        "en": "The model's top 10 candidates for the next token: grey is the model's own "
        "probability, orange what sampling actually uses after your settings; a removed "
        "candidate says what removed it. Pick a token to append and step on, token by token.",
    },
    "text_chart_title": {"zh": "下一个词元的概率", "en": "Next-token probabilities"},
    "text_chart_x_title": {"zh": "概率", "en": "Probability"},
    "text_chart_before": {"zh": "模型原始概率", "en": "Model's probability"},
    "text_chart_after": {
        "zh": "按你的设置抽样的概率",
        "en": "Probability when sampling with your settings",
    },
    "text_chart_other": {"zh": "（其余所有词元）", "en": "(all other tokens)"},
    "text_chart_removed_top_k": {"zh": "被 top-k 删去", "en": "removed by top-k"},
    "text_chart_removed_top_p": {"zh": "被 top-p 删去", "en": "removed by top-p"},
    "text_chart_removed_greedy": {"zh": "贪心：不选", "en": "greedy: not chosen"},
    "text_explore_kept": {
        "zh": "按当前设置，可被抽到的词元共 {kept} 个。",
        "en": "With these settings, {kept} tokens can be drawn.",
    },
    "text_explore_removed": {
        "zh": "前 10 名中被删去 {n} 个：{tokens}",
        "en": "{n} of the top 10 removed: {tokens}",
    },
    "text_explore_so_far": {
        "zh": "当前文本（已选 {n} 个词元）",
        "en": "Text so far ({n} tokens picked)",
    },
    "text_pick": {"zh": "选下一个词元", "en": "Pick the next token"},
    "text_pick_option": {"zh": "{token}  {p}{removed}", "en": "{token}  {p}{removed}"},
    "text_pick_removed": {"zh": "（已被删去）", "en": " (removed)"},
    "text_step": {"zh": "接上这个词元", "en": "Append this token"},
    "text_undo": {"zh": "撤销一步", "en": "Undo"},
    "text_restart": {"zh": "从提示词重来", "en": "Start over"},
    "text_explore_full": {
        "zh": "已选 {n} 个词元，到达上限；请撤销或重来。",
        "en": "{n} tokens picked, the limit; undo or start over.",
    },
    # compare
    "text_compare_intro": {
        "zh": "同一提示词、同一种子、同样的长度与重复惩罚：左边用上方的设置，右边用这里的设置。",
        "en": "Same prompt, seed, length and repetition penalty: left uses the settings above, "
        "right the ones here.",
    },
    "text_compare_a": {"zh": "设置 A（上方）", "en": "Setting A (above)"},
    "text_compare_b": {"zh": "设置 B", "en": "Setting B"},
    "text_compare_run": {"zh": "用两组设置各生成一次", "en": "Generate with both"},
    # RNN
    "text_rnn_task": {"zh": "任务", "en": "Task"},
    "text_rnn_task_continue": {"zh": "续写首句", "en": "Continue a first line"},
    "text_rnn_task_acrostic": {"zh": "藏头诗", "en": "Acrostic poem (藏头诗)"},
    "text_heads": {"zh": "藏头字（每行开头的字）", "en": "Head characters (one starts each line)"},
    "text_heads_help": {
        "zh": "每个字开头一行，最多 12 个。例如：{examples}",
        "en": "Each character starts one line, 12 at most. For example: {examples}",
    },
    "text_first_line": {"zh": "首句", "en": "First line"},
    "text_first_line_help": {
        "zh": "五个字定五言，七个字定七言。例如：{examples}",
        "en": "Five characters set five-character lines, seven set seven. For example: {examples}",
    },
    "text_n_lines": {"zh": "总行数", "en": "Lines in all"},
    "text_n_lines_help": {
        "zh": "包括首句在内的行数。",
        "en": "Number of lines, the first one included.",
    },
    "text_write_poem": {"zh": "写诗", "en": "Write the poem"},
    "text_rnn_empty": {
        "zh": "请先输入汉字：藏头字或首句。",
        "en": "Type some Chinese characters first: the head characters or the first line.",
    },
    "text_rnn_input_cut": {
        "zh": "输入超过 {limit} 个字符，只使用前 {limit} 个。",
        "en": "The input is longer than {limit} characters; only the first {limit} are used.",
    },
    "text_rnn_skipped": {
        "zh": "模型没见过这些字符（或不是汉字），已跳过：{chars}",
        "en": "The model has never seen these characters (or they are not Chinese), so they "
        "were skipped: {chars}",
    },
    "text_rnn_truncated_acrostic": {
        "zh": "藏头字超过 12 个，只用前 12 个。",
        "en": "More than 12 head characters; the first 12 are used.",
    },
    "text_rnn_truncated_continue": {
        "zh": "首句超过七个字（或不止一句），只用第一句的前七个字。",
        "en": "The first line is longer than seven characters (or more than one line); the "
        "first seven characters of the first line are used.",
    },
    "text_rnn_nothing_known": {
        "zh": "输入里没有模型认识的汉字，无法写诗。试试常见字，例如“春夏秋冬”。",
        "en": "The input has no Chinese character the model knows, so there is no poem. Try "
        "common ones, such as 春夏秋冬.",
    },
}
