"""Strings of the AI-exposure evidence (Roles, Matcher, Landscape, FAQ; keys ``exposure_``)."""

STRINGS = {
    "exposure_tab": {"zh": "AI 触及度", "en": "AI exposure"},
    "exposure_header": {
        "zh": "生成式 AI 已经触及每个岗位多少工作？",
        "en": "How much of each role's work does generative AI already touch?",
    },
    "exposure_intro": {
        "zh": "容错率是我们的编辑判断；这里放在它旁边的是两份公开、可引用的数据。"
        "**AI 适用度**（微软）：2024 年 Bing Copilot 对话实际覆盖并完成了该职业多少工作活动，"
        "以它在全部 785 个美国职业中的百分位表示。**β**（GPTs are GPTs）：人工评估的、"
        "大模型（含一半需要工具的任务）可以把用时缩短一半的任务占比。"
        "每个岗位对应 1–3 个美国 SOC 职业代码；没有对应职业的岗位用相近职业代替，并标为“代理”。",
        "en": "The fault-tolerance rating is our editorial judgement; beside it are two open, "
        "citable datasets. **AI applicability** (Microsoft): how much of an occupation's work "
        "activities Bing Copilot conversations actually covered and completed in 2024, shown "
        "as its percentile among all 785 US occupations. **β** (GPTs are GPTs): the "
        "human-rated share of tasks a language model could do in half the time (counting "
        "half of those that need extra tools). Each role stands on 1–3 US SOC occupation "
        "codes; where no occupation covers a role a neighbouring one stands in, marked "
        "“proxy”.",
    },
    "exposure_basis_primary": {"zh": "主要职业的平均", "en": "mean of primary codes"},
    "exposure_basis_proxy": {"zh": "全部为代理职业", "en": "proxies only"},
    "exposure_mapping_primary": {"zh": "主要", "en": "primary"},
    "exposure_mapping_secondary": {"zh": "次要", "en": "secondary"},
    "exposure_mapping_proxy": {"zh": "代理", "en": "proxy"},
    # Caveats (shown with the numbers)
    "exposure_caveats_header": {"zh": "读这些数字之前", "en": "Before you read these numbers"},
    "exposure_caveat_observed": {
        "zh": "两个数字测的是不同的东西：微软的分数来自人们实际用聊天助手做了什么（观察到的使用），"
        "β 是专家判断大模型**可能**加速多少任务（潜在暴露）。",
        "en": "The two numbers measure different things: Microsoft's score is what people "
        "actually did with a chat assistant (observed use); β is an expert judgement of which "
        "tasks a language model **could** speed up (potential exposure).",
    },
    "exposure_caveat_not_job_loss": {
        "zh": "这不是失业风险。AI 触及一项工作，可能是帮人做得更快，而不是取代这个人；"
        "微软的作者明确说分数不能理解为 AI 替代该职业。",
        "en": "This is not a risk of losing the job. AI touching the work can mean helping "
        "people do it faster rather than replacing them; Microsoft's authors say the score "
        "must not be read as AI replacing the occupation.",
    },
    "exposure_caveat_coding": {
        "zh": "微软的数据只统计消费级聊天（Bing Copilot），在编程编辑器里使用 AI 的情况没有计入，"
        "所以软件类岗位的分数偏低，写作类偏高。",
        "en": "Microsoft's data counts consumer chat (Bing Copilot) only; coding with AI inside "
        "editors is under-counted, so software roles sit lower than writing roles.",
    },
    "exposure_caveat_agree": {
        "zh": "三种评估（微软、GPT-4 评分、人工评分）对职业的排序大体一致；分歧最大的是 AI 研究员。",
        "en": "The three ratings (Microsoft, GPT-4-rated, human-rated) broadly agree on the "
        "order of occupations; they disagree most on the AI researcher.",
    },
    "exposure_caveat_proxy": {
        "zh": "岗位与职业代码的对应是本项目的近似：产品经理、MLOps、AI 治理、提示词设计和数据标注"
        "都没有自己的 SOC 代码，用相近职业代替（标为“代理”）。数据针对美国职业。",
        "en": "Mapping roles to occupation codes is this project's approximation: product "
        "managers, MLOps, AI governance, prompt design and data annotation have no SOC code "
        "of their own, so neighbouring occupations stand in (marked “proxy”). The data is "
        "about US occupations.",
    },
    "exposure_attribution": {
        "zh": "数据：Tomlinson、Jaffe、Wang、Counts 与 Suri（2025），*Working with AI*，"
        "arXiv:2507.07935，微软 working-with-ai 数据（CC BY 4.0，含 O\\*NET 29.0 衍生数据，"
        "CC BY 4.0）；Eloundou、Manning、Mishkin 与 Rock（2024），“GPTs are GPTs”，"
        "*Science* 384，OpenAI GPTs-are-GPTs 数据（MIT 许可）。由本项目选取子集并映射到岗位。",
        "en": "Data: Tomlinson, Jaffe, Wang, Counts & Suri (2025), *Working with AI*, "
        "arXiv:2507.07935, Microsoft working-with-ai data (CC BY 4.0; O\\*NET 29.0-derived "
        "parts CC BY 4.0); Eloundou, Manning, Mishkin & Rock (2024), “GPTs are GPTs”, "
        "*Science* 384, OpenAI GPTs-are-GPTs data (MIT licence). Subset and mapped to roles "
        "by this project.",
    },
    "exposure_links": {
        "zh": "来源：[Working with AI 论文](https://arxiv.org/abs/2507.07935) · "
        "[微软数据](https://github.com/microsoft/working-with-ai) · "
        "[GPTs are GPTs 数据](https://github.com/openai/GPTs-are-GPTs) · "
        "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)",
        "en": "Sources: [Working with AI paper](https://arxiv.org/abs/2507.07935) · "
        "[Microsoft data](https://github.com/microsoft/working-with-ai) · "
        "[GPTs-are-GPTs data](https://github.com/openai/GPTs-are-GPTs) · "
        "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)",
    },
    # Chart of all roles
    "exposure_chart_title": {
        "zh": "容错率（编辑评级）与 AI 适用度百分位",
        "en": "Fault tolerance (editorial) against AI applicability percentile",
    },
    "exposure_chart_x": {
        "zh": "容错率：1 几乎不容许出错 → 5 试错即方法",
        "en": "Fault tolerance: 1 almost no room for error → 5 trial and error is the method",
    },
    "exposure_chart_y": {
        "zh": "AI 适用度：在 785 个职业中的百分位",
        "en": "AI applicability: percentile among 785 occupations",
    },
    "exposure_chart_all": {"zh": "全部 785 个职业", "en": "All 785 occupations"},
    "exposure_chart_roles": {"zh": "本应用的岗位", "en": "Our roles"},
    "exposure_chart_range": {
        "zh": "竖线：该岗位各职业代码的范围",
        "en": "Line: range over the role's occupation codes",
    },
    "exposure_chart_median": {"zh": "中位职业", "en": "median occupation"},
    "exposure_chart_hover_score": {"zh": "分数", "en": "score"},
    "exposure_bars_title": {
        "zh": "{name}：各职业代码的 AI 适用度百分位",
        "en": "{name}: AI applicability percentile of each occupation code",
    },
    "exposure_bars_x": {"zh": "在 785 个职业中的百分位", "en": "Percentile among 785 occupations"},
    "exposure_bars_headline": {"zh": "岗位（汇总）", "en": "Role (headline)"},
    # Per-role section
    "exposure_role_select": {"zh": "查看岗位", "en": "Role"},
    "exposure_metric_percentile": {"zh": "AI 适用度百分位", "en": "AI applicability percentile"},
    "exposure_metric_percentile_help": {
        "zh": "分数不低于全部 785 个职业中这一比例的职业；范围为该岗位各职业代码。",
        "en": "The share of all 785 occupations scoring at or below it; the range is over the "
        "role's occupation codes.",
    },
    "exposure_metric_range": {"zh": "范围 {low}–{high}", "en": "range {low}–{high}"},
    "exposure_metric_beta": {"zh": "β（人工评分）", "en": "β (human-rated)"},
    "exposure_metric_beta_help": {
        "zh": "大模型可把用时缩短一半的任务占比（需要工具的任务计一半）；GPT-4 评分：{gpt4}。",
        "en": "Share of tasks a language model could do in half the time (tasks needing tools "
        "count half); GPT-4-rated: {gpt4}.",
    },
    "exposure_metric_ft": {"zh": "容错率（编辑评级）", "en": "Fault tolerance (editorial)"},
    "exposure_proxy_note": {
        "zh": "这个岗位没有对应的 SOC 职业，数字来自代理职业，只能作粗略参考。",
        "en": "No SOC occupation covers this role: the numbers come from proxies and are rough.",
    },
    "exposure_occupations_header": {
        "zh": "数字背后的职业",
        "en": "The occupations behind the numbers",
    },
    "exposure_col_role": {"zh": "岗位", "en": "Role"},
    "exposure_col_ft": {"zh": "容错率", "en": "Fault tolerance"},
    "exposure_col_percentile": {"zh": "百分位", "en": "Percentile"},
    "exposure_col_low": {"zh": "最低", "en": "Low"},
    "exposure_col_high": {"zh": "最高", "en": "High"},
    "exposure_col_score": {"zh": "微软分数", "en": "Microsoft score"},
    "exposure_col_beta_human": {"zh": "β 人工", "en": "β human"},
    "exposure_col_beta_gpt4": {"zh": "β GPT-4", "en": "β GPT-4"},
    "exposure_col_basis": {"zh": "汇总依据", "en": "Headline from"},
    "exposure_col_soc": {"zh": "SOC 职业", "en": "SOC occupations"},
    "exposure_col_soc_code": {"zh": "SOC 代码", "en": "SOC code"},
    "exposure_col_soc_title": {"zh": "职业", "en": "Occupation"},
    "exposure_col_mapping": {"zh": "对应关系", "en": "Mapping"},
    "exposure_col_onet": {"zh": "β 所用 O*NET 职业", "en": "O*NET occupation used for β"},
    "exposure_col_reason": {"zh": "理由", "en": "Reason"},
    "exposure_summary_header": {"zh": "全部岗位", "en": "All roles"},
    "exposure_no_data": {
        "zh": "{name} 暂无 AI 触及度数据。",
        "en": "No AI-exposure data for {name}.",
    },
    "exposure_missing_roles": {
        "zh": "以下岗位没有 AI 触及度数据：{names}。",
        "en": "These roles have no AI-exposure data: {names}.",
    },
    "exposure_unavailable": {
        "zh": "AI 触及度数据暂时不可用；页面其余部分不受影响。",
        "en": "The AI-exposure evidence is unavailable; the rest of the page still works.",
    },
    # Matcher
    "exposure_matcher_line": {
        "zh": "AI 适用度：第 {pct} 百分位（785 个职业中）{proxy}",
        "en": "AI applicability: {pct} percentile of 785 occupations{proxy}",
    },
    "exposure_matcher_proxy": {"zh": "（代理职业）", "en": " (proxy occupations)"},
    "exposure_pref_label": {
        "zh": "你想在 AI 已经承担大量工作的岗位上工作吗？",
        "en": "How much do you want to work where AI already does much of the job?",
    },
    "exposure_pref_avoid": {"zh": "尽量避开", "en": "Avoid"},
    "exposure_pref_neutral": {"zh": "无所谓（不计入）", "en": "Don't mind (off)"},
    "exposure_pref_seek": {"zh": "主动寻找", "en": "Seek out"},
    "exposure_pref_help": {
        "zh": "可选，默认不计入。选择后，每个岗位的得分加上或减去最多 {points} 分，"
        "按它的 AI 适用度百分位离中位数（50）多远而定。这是一个小的、单独标出的项。",
        "en": "Optional, off by default. When set, each role's score gains or loses up to "
        "{points} points according to how far its AI applicability percentile is from the "
        "median (50). A small, separately labelled term.",
    },
    "exposure_pref_term": {
        "zh": "AI 适用度偏好：{points} 分（第 {pct} 百分位，{choice}）",
        "en": "AI-applicability preference: {points} points ({pct} percentile, {choice})",
    },
    "exposure_pref_term_none": {
        "zh": "AI 适用度偏好：0 分（该岗位无数据）",
        "en": "AI-applicability preference: 0 points (no data for this role)",
    },
    "exposure_pref_formula": {
        "zh": "可选的 AI 适用度偏好项：± {points} ×（百分位 − 50）/ 50 分，“尽量避开”取负号，"
        "“主动寻找”取正号；“无所谓”时为 0，排名与不设此项完全相同。它反映你的偏好，"
        "不是对岗位前景的判断。",
        "en": "Optional AI-applicability preference term: ± {points} × (percentile − 50) / 50 "
        "points, minus for “avoid”, plus for “seek out”; with “don't mind” it is 0 and the "
        "ranking is exactly the one without it. It reflects your preference, not a forecast "
        "for the role.",
    },
    "matcher_url_unknown_choice": {
        "zh": "链接中的参数 {key}=“{value}”不是可选项，已使用默认值（不计入）。",
        "en": "The link's {key}=“{value}” is not one of the choices; using the default (off).",
    },
    "exposure_pref_md_header": {
        "zh": "AI 适用度偏好项",
        "en": "AI-applicability preference term",
    },
    "exposure_pref_md_choice": {"zh": "你的选择：{choice}", "en": "Your choice: {choice}"},
    # Landscape and FAQ
    "exposure_landscape_link": {
        "zh": "生成式 AI 已经触及每个岗位多少工作？在“AIGC 岗位”页的“AI 触及度”标签查看公开数据证据。",
        "en": "How much of each role's work does generative AI already touch? See the open "
        "evidence in the “AI exposure” tab of the Roles page.",
    },
    "exposure_faq_q": {
        "zh": "AI 会取代这些岗位吗？",
        "en": "Will AI take this job?",
    },
    "exposure_faq_a": {
        "zh": "现有数据回答不了“会不会被取代”，只能回答“AI 已经触及多少工作”。在微软的数据中，"
        "本应用岗位里 AI 适用度最高的是{high}（第 {high_pct} 百分位），最低的是{low}"
        "（第 {low_pct} 百分位）。高分意味着聊天助手已经常被用来做这类工作中的许多活动，"
        "往往是帮人加速，而不是取代这个人。",
        "en": "The data cannot say whether a job will be taken, only how much of its work AI "
        "already touches. In Microsoft's data, of our roles {high} sits highest ({high_pct} "
        "percentile of 785 occupations) and {low} lowest ({low_pct}). A high score means a "
        "chat assistant is already used for many of the work's activities, which often means "
        "helping people go faster, not replacing them.",
    },
}
