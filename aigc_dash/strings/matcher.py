"""Strings of the career matcher (page, reasons, gaps, URL notices, charts, exports)."""

STRINGS = {
    "matcher_title": {"zh": "AIGC 职业匹配", "en": "AIGC career matcher"},
    "matcher_intro": {
        "zh": "用滑块描述你对“犯错”的承受度（风险偏好）和六项能力，看看哪些 AIGC 岗位最适合你："
        "岗位的容错率越接近你的风险偏好、你的能力越能覆盖岗位所需，得分越高。",
        "en": "Describe how you feel about making mistakes (your risk appetite) and six abilities "
        "with the sliders, and see which AIGC roles fit you: the closer a role's fault tolerance "
        "is to your risk appetite and the more your abilities cover what it needs, the higher it scores.",
    },
    "matcher_profile_header": {"zh": "你的画像", "en": "Your profile"},
    "matcher_presets": {"zh": "预设画像", "en": "Preset profiles"},
    "matcher_preset_student": {"zh": "在校学生", "en": "Student"},
    "matcher_preset_designer": {"zh": "设计师", "en": "Designer"},
    "matcher_preset_software_engineer": {"zh": "软件工程师", "en": "Software engineer"},
    "matcher_preset_career_changer": {"zh": "转行者", "en": "Career changer"},
    "matcher_preset_applied": {
        "zh": "已载入预设画像：{name}。可以继续拖动滑块微调。",
        "en": "Loaded the preset profile: {name}. Fine-tune it with the sliders.",
    },
    "matcher_questionnaire_applied": {
        "zh": "已根据问卷设置滑块。可以继续拖动滑块微调。",
        "en": "The sliders now reflect your questionnaire answers. Fine-tune them as you like.",
    },
    # Dimensions
    "matcher_dim_risk": {
        "zh": "风险偏好（对犯错的承受度）",
        "en": "Risk appetite (tolerance of mistakes)",
    },
    "matcher_dim_math": {"zh": "数学", "en": "Mathematics"},
    "matcher_dim_programming": {"zh": "编程", "en": "Programming"},
    "matcher_dim_ml": {"zh": "机器学习知识", "en": "Machine-learning knowledge"},
    "matcher_dim_rigor": {"zh": "严谨与细致", "en": "Rigour and attention to detail"},
    "matcher_dim_creativity": {"zh": "创意与写作", "en": "Creativity and writing"},
    "matcher_dim_communication": {"zh": "沟通与产品感", "en": "Communication and product sense"},
    "matcher_short_risk": {"zh": "风险偏好/容错率", "en": "Risk / tolerance"},
    "matcher_short_math": {"zh": "数学", "en": "Maths"},
    "matcher_short_programming": {"zh": "编程", "en": "Coding"},
    "matcher_short_ml": {"zh": "机器学习", "en": "ML"},
    "matcher_short_rigor": {"zh": "严谨", "en": "Rigour"},
    "matcher_short_creativity": {"zh": "创意写作", "en": "Creativity"},
    "matcher_short_communication": {"zh": "沟通", "en": "Communication"},
    # Slider ends
    "matcher_ends_risk": {
        "zh": "0 = 犯错让我很难受，我希望一次做对 · 10 = 我喜欢尝试，错了就再来一次",
        "en": "0 = mistakes bother me, I want it right first time · "
        "10 = I like to experiment; a mistake is just the next try",
    },
    "matcher_ends_math": {
        "zh": "0 = 中学数学已生疏 · 10 = 能熟练运用线性代数、概率与微积分",
        "en": "0 = school maths is rusty · 10 = fluent in linear algebra, probability and calculus",
    },
    "matcher_ends_programming": {
        "zh": "0 = 从未写过代码 · 10 = 能独立开发和维护生产级软件",
        "en": "0 = never written code · 10 = build and maintain production software on my own",
    },
    "matcher_ends_ml": {
        "zh": "0 = 只听说过 AI · 10 = 能自己训练、评估和改进模型",
        "en": "0 = only heard of AI · 10 = can train, evaluate and improve models myself",
    },
    "matcher_ends_rigor": {
        "zh": "0 = 更关注大方向，细节常有疏漏 · 10 = 一丝不苟，能发现别人漏掉的小错",
        "en": "0 = big-picture person, details slip · 10 = meticulous, I catch errors others miss",
    },
    "matcher_ends_creativity": {
        "zh": "0 = 更喜欢照着明确的要求做 · 10 = 点子多，写作和视觉表达都很自如",
        "en": "0 = prefer clear instructions · 10 = full of ideas, at ease writing and making visuals",
    },
    "matcher_ends_communication": {
        "zh": "0 = 更喜欢独自工作 · 10 = 善于讲清楚事情、理解用户需要什么",
        "en": "0 = prefer working alone · 10 = good at explaining and at working out what users need",
    },
    # Questionnaire
    "matcher_questionnaire": {
        "zh": "不确定怎么填？做一个 10 题小问卷（可选）",
        "en": "Not sure where to set the sliders? Take a 10-statement questionnaire (optional)",
    },
    "matcher_q_help": {
        "zh": "对每句话选择你的同意程度，然后点击按钮，滑块会自动设置。",
        "en": "Say how much you agree with each statement, then press the button to set the sliders.",
    },
    "matcher_q_scale_1": {"zh": "非常不同意", "en": "Strongly disagree"},
    "matcher_q_scale_2": {"zh": "不同意", "en": "Disagree"},
    "matcher_q_scale_3": {"zh": "说不清", "en": "Neutral"},
    "matcher_q_scale_4": {"zh": "同意", "en": "Agree"},
    "matcher_q_scale_5": {"zh": "非常同意", "en": "Strongly agree"},
    "matcher_q_apply": {"zh": "用问卷结果设置滑块", "en": "Set the sliders from my answers"},
    "matcher_q_try": {
        "zh": "我喜欢尝试新做法，即使它可能失败。",
        "en": "I like trying new approaches, even when they might fail.",
    },
    "matcher_q_mistake_stress": {
        "zh": "工作中出了一个错，会让我好几天都放不下。",
        "en": "A mistake in my work would stay on my mind for days.",
    },
    "matcher_q_checklist": {
        "zh": "比起开放式的任务，我更喜欢有明确规则和检查清单的工作。",
        "en": "I prefer work with clear rules and a checklist to open-ended tasks.",
    },
    "matcher_q_math": {
        "zh": "公式和数学推导不会吓到我。",
        "en": "Formulas and mathematical reasoning do not scare me.",
    },
    "matcher_q_code": {
        "zh": "我能写一个小程序来自动完成重复的工作。",
        "en": "I can write a small program to automate a repetitive task.",
    },
    "matcher_q_ml": {
        "zh": "我能解释神经网络是如何通过数据训练出来的。",
        "en": "I can explain how a neural network is trained from data.",
    },
    "matcher_q_detail": {
        "zh": "我会反复核对细节，常常发现别人漏掉的小错。",
        "en": "I double-check details and often spot small errors that others miss.",
    },
    "matcher_q_ideas": {
        "zh": "我经常冒出新点子：故事、画面或设计。",
        "en": "I often come up with new ideas: stories, images or designs.",
    },
    "matcher_q_writing": {
        "zh": "我喜欢写作，别人说我写得清楚、有意思。",
        "en": "I enjoy writing, and people say my writing is clear and engaging.",
    },
    "matcher_q_explain": {
        "zh": "我喜欢向别人解释事情，也善于弄清楚用户真正需要什么。",
        "en": "I like explaining things and am good at finding out what users really need.",
    },
    # Results
    "matcher_results": {"zh": "匹配结果", "en": "Your matches"},
    "matcher_top_match": {
        "zh": "最匹配的岗位：{name}（{score} 分）",
        "en": "Best match: {name} (score {score})",
    },
    "matcher_role_heading": {
        "zh": "{rank}. {name} · {score} 分",
        "en": "{rank}. {name} · score {score}",
    },
    "matcher_role_ft": {
        "zh": "容错率（本项目编辑评级）：{level}/5 · {label}",
        "en": "Fault tolerance (our editorial rating): {level}/5 · {label}",
    },
    "matcher_other_roles": {
        "zh": "其他岗位的理由与差距",
        "en": "Reasons and gaps for the other roles",
    },
    "matcher_reasons": {"zh": "为什么适合", "en": "Why it fits"},
    "matcher_gaps": {"zh": "差距与先学什么", "en": "Gaps, and what to learn first"},
    "matcher_no_reasons": {
        "zh": "暂时没有特别突出的匹配点。",
        "en": "Nothing stands out as a strong fit yet.",
    },
    "matcher_no_gaps": {
        "zh": "没有明显差距：你的能力覆盖了这个岗位所需。",
        "en": "No clear gaps: your abilities cover what this role needs.",
    },
    # risk fit, graded by the gap between risk appetite and the role's tolerance (0-10)
    "matcher_reason_risk_fit_match": {
        "zh": "你的风险偏好（{person}）与这个岗位的容错率（{tolerance}/10）相符。",
        "en": "Your risk appetite ({person}) matches how forgiving this role's work is ({tolerance}/10).",
    },
    "matcher_reason_risk_fit_close": {
        "zh": "你的风险偏好（{person}）接近这个岗位的容错率（{tolerance}/10），相差 {gap}。",
        "en": "Your risk appetite ({person}) is close to how forgiving this role's work is "
        "({tolerance}/10): {gap} apart.",
    },
    "matcher_reason_risk_fit_far": {
        "zh": "你的风险偏好（{person}）与这个岗位的容错率（{tolerance}/10）相差 {gap}：仍在一级之内，但已不算接近。",
        "en": "Your risk appetite ({person}) is {gap} away from how forgiving this role's work "
        "is ({tolerance}/10): within one level, but not close.",
    },
    "matcher_reason_skill_covered": {
        "zh": "你的{skill}（{person}）覆盖了岗位所需（{required}）。",
        "en": "Your {skill} ({person}) covers what it needs ({required}).",
    },
    "matcher_reason_skill_close": {
        "zh": "你的{skill}（{person}）接近岗位所需（{required}）。",
        "en": "Your {skill} ({person}) is close to what it needs ({required}).",
    },
    "matcher_gap_skill": {
        "zh": "{skill}：你 {person}，岗位需要 {required}，差 {shortfall}（扣 {points} 分）。",
        "en": "{skill}: you {person}, the role needs {required}, short by {shortfall} "
        "(costs {points} points).",
    },
    "matcher_gap_learn": {"zh": "先学：{title}", "en": "Learn first: {title}"},
    "matcher_risk_stricter": {
        "zh": "这个岗位容错率较低（{level}/5，即 {tolerance}/10），比你的风险偏好（{person}）更严格："
        "错误代价高，要一次做对（扣 {points} 分）。",
        "en": "This role forgives fewer mistakes (fault tolerance {level}/5, i.e. {tolerance}/10) "
        "than your risk appetite ({person}) suggests: errors are costly here (costs {points} points).",
    },
    "matcher_risk_looser": {
        "zh": "这个岗位需要大量试错（容错率 {level}/5，即 {tolerance}/10），可能超出你的舒适区"
        "（风险偏好 {person}，扣 {points} 分）。",
        "en": "This role runs on trial and error (fault tolerance {level}/5, i.e. {tolerance}/10), "
        "more than your risk appetite ({person}) may be comfortable with (costs {points} points).",
    },
    # Robustness
    "matcher_robust_title": {"zh": "推荐有多稳？", "en": "How robust is the recommendation?"},
    "matcher_robust_summary": {
        "zh": "把每个滑块随机挪动最多 ±{jitter}，共 {samples} 次：{name} 在 {share} 的情况下仍排第一。",
        "en": "Moving every slider at random by up to ±{jitter}, {samples} times: {name} stays on "
        "top in {share} of cases.",
    },
    "matcher_robust_stable": {
        "zh": "结论比较稳：小幅改变自我评价不会改变首选。",
        "en": "This is a stable result: small changes to your self-assessment keep the same first choice.",
    },
    "matcher_robust_fragile": {
        "zh": "结论不太稳：几个岗位得分接近，建议同时了解排名靠前的几个岗位。",
        "en": "This is a close call: several roles score alike, so look at the top few, not just the first.",
    },
    "matcher_robust_sweep_caption": {
        "zh": "只改变风险偏好（其他滑块不动）时各岗位排名的变化；虚线是你当前的风险偏好。",
        "en": "How the ranking changes when only risk appetite moves (other sliders fixed); "
        "the dashed line is your current risk appetite.",
    },
    # Charts
    "matcher_chart_ranked": {"zh": "各岗位匹配得分", "en": "Match score for every role"},
    "matcher_chart_score": {"zh": "得分（0–100）", "en": "Score (0–100)"},
    "matcher_chart_bar_hover": {
        "zh": "%{y}: %{x:.1f} 分<br>风险差距扣分 %{customdata[0]:.1f}<br>能力不足扣分 "
        "%{customdata[1]:.1f}<br>能力闲置扣分 %{customdata[2]:.1f}",
        "en": "%{y}: %{x:.1f}<br>risk distance −%{customdata[0]:.1f}<br>shortfalls "
        "−%{customdata[1]:.1f}<br>unused strengths −%{customdata[2]:.1f}",
    },
    "matcher_chart_radar": {
        "zh": "你与前三名岗位（风险偏好轴上是岗位容错率）",
        "en": "You and the top three roles (on the risk axis, a role's fault tolerance)",
    },
    "matcher_chart_you": {"zh": "你", "en": "You"},
    "matcher_chart_top1": {
        "zh": "滑块随机挪动 ±{jitter}（{samples} 次）后排第一的比例",
        "en": "Share of {samples} profiles jittered by ±{jitter} where each role comes first",
    },
    "matcher_chart_top1_axis": {"zh": "排第一的比例（%）", "en": "Comes first (%)"},
    "matcher_chart_sweep": {
        "zh": "风险偏好从低到高时的排名（只画曾进入前三的岗位）",
        "en": "Ranking as risk appetite goes from low to high (roles that reach the top three)",
    },
    "matcher_chart_rank": {"zh": "排名（1 = 最匹配）", "en": "Rank (1 = best)"},
    "matcher_chart_sweep_hover": {
        "zh": "风险偏好 %{x}：第 %{y} 名（%{customdata} 分）",
        "en": "Risk appetite %{x}: rank %{y} (score %{customdata})",
    },
    "matcher_tab_ranking": {"zh": "排名", "en": "Ranking"},
    "matcher_tab_radar": {"zh": "雷达图", "en": "Radar"},
    # Formula
    "matcher_formula_title": {"zh": "得分是怎么算的？", "en": "How is the score computed?"},
    "matcher_formula_body": {
        "zh": "得分从 100 分开始扣，最低 0 分：\n\n"
        "- **风险差距**：你的风险偏好与岗位容错率（1–5 级换算到 0–10：(级别−1)×2.5）每差 1 格扣 {risk} 分，"
        "这是权重最大的一项。\n"
        "- **能力不足**：某项能力低于岗位要求时，按差距扣分；岗位越需要这项能力，扣得越多"
        "（每个岗位的权重加起来是 {short}：各项都差 1 级扣 {short} 分）。\n"
        "- **能力闲置**：只在岗位不太需要（要求低于 {core}）的能力上，超出部分轻微扣分"
        "（每级最多 {surplus} 分）。岗位需要的能力越高越好，绝不会因此降分。\n\n"
        "同样差 1 级，能力不足总比能力闲置扣得多。你的画像与某个岗位的要求完全一致时，这个岗位得 100 分。",
        "en": "The score starts at 100 and loses points, never going below 0:\n\n"
        "- **Risk distance**: each slider step between your risk appetite and the role's fault "
        "tolerance (1–5 mapped to 0–10 as (level−1)×2.5) costs {risk} points. It is the largest "
        "single term.\n"
        "- **Shortfalls**: a skill below the role's level costs points in proportion to how much "
        "the role needs it (a role's weights add up to {short}: one level short on everything "
        "costs {short} points).\n"
        "- **Unused strengths**: only on skills a role needs little (below {core}), a surplus "
        "costs a little (at most {surplus} points a level). Raising a skill the role needs "
        "never lowers its score.\n\n"
        "Level for level, a shortfall always costs more than a surplus. A profile equal to a "
        "role's requirements scores 100 for that role.",
    },
    "matcher_editorial_note": {
        "zh": "岗位的容错率是本项目的编辑评级（按下面的评分标准），不是公开统计；能力要求同样是编辑判断。",
        "en": "A role's fault tolerance is our editorial rating (by the rubric below), not a "
        "published statistic; the skill requirements are our judgement too.",
    },
    "matcher_rubric_level": {
        "zh": "{level} 级 · {label}：{description}",
        "en": "Level {level} · {label}: {description}",
    },
    # Sharing and downloads
    "matcher_share_title": {"zh": "分享这个结果", "en": "Share this result"},
    "matcher_share_caption": {
        "zh": "所有滑块都保存在网址里：复制浏览器地址栏（或把下面的参数加到页面地址后），"
        "打开链接的人会看到同样的画像和结果。",
        "en": "Every slider is kept in the page address: copy the address bar (or append the "
        "parameters below to the page's address) and whoever opens the link sees the same profile "
        "and results.",
    },
    "matcher_download_md": {"zh": "下载结果（Markdown）", "en": "Download the result (Markdown)"},
    "matcher_download_json": {"zh": "下载结果（JSON）", "en": "Download the result (JSON)"},
    # URL notices
    "matcher_url_not_a_number": {
        "zh": "链接中的 {key}=“{value}” 不是数字，已忽略（使用 {used}）。",
        "en": "The link's {key}=“{value}” is not a number, so it was ignored (using {used}).",
    },
    "matcher_url_out_of_range": {
        "zh": "链接中的 {key}=“{value}” 超出 0–10 的范围，已改为 {used}。",
        "en": "The link's {key}=“{value}” is outside 0–10, so it was set to {used}.",
    },
    "matcher_url_unknown_key": {
        "zh": "链接中的参数“{key}”无法识别，已忽略。",
        "en": "The link's setting “{key}” is not recognised and was ignored.",
    },
    "matcher_url_unknown_preset": {
        "zh": "链接中的预设画像“{value}”不存在，已忽略。",
        "en": "The link's preset profile “{value}” does not exist and was ignored.",
    },
    # Markdown export
    "matcher_md_title": {"zh": "AIGC 职业匹配结果", "en": "AIGC career match"},
    "matcher_md_profile": {"zh": "画像", "en": "Profile"},
    "matcher_md_link": {
        "zh": "链接参数（加在职业匹配页面地址后）：`{query}`",
        "en": "Link parameters (append to the career matcher page's address): `{query}`",
    },
    "matcher_md_ranking": {"zh": "排名", "en": "Ranking"},
    "matcher_md_role": {"zh": "岗位", "en": "Role"},
    "matcher_md_score": {"zh": "得分", "en": "Score"},
    "matcher_md_robust": {
        "zh": "每个滑块随机挪动最多 ±{jitter}，共 {samples} 次，各岗位排第一的比例：",
        "en": "Share of {samples} profiles, every slider moved at random by up to ±{jitter}, "
        "in which each role comes first:",
    },
    "matcher_md_formula": {
        "zh": "得分 = 100 − 风险差距扣分 − 能力不足扣分 − 能力闲置扣分（0–100）。"
        "容错率是本项目的编辑评级。",
        "en": "Score = 100 − risk distance − shortfalls − unused strengths (0–100). Fault "
        "tolerance is our editorial rating.",
    },
}
