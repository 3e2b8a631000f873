"""Strings of the Roles page (keys prefixed ``roles_``)."""

STRINGS = {
    "roles_title": {"zh": "AIGC 岗位", "en": "AIGC roles"},
    "roles_intro": {
        "zh": "生成式 AI 相关的十个岗位：做什么、对错误有多大的容忍度、需要哪些技能、"
        "薪资与需求如何。薪资和需求数字都注明来源；容错率是本项目的编辑判断。",
        "en": "Ten roles around generative AI: what they do, how much room for error their work "
        "leaves, which skills they need, and what pay and demand look like. Pay and demand "
        "figures name their sources; fault-tolerance ratings are our editorial judgement.",
    },
    "roles_tab_cards": {"zh": "岗位卡片", "en": "Role cards"},
    "roles_tab_scale": {"zh": "容错率", "en": "Fault tolerance"},
    "roles_tab_compare": {"zh": "技能对比", "en": "Compare skills"},
    "roles_tab_market": {"zh": "薪资与需求", "en": "Pay and demand"},
    # Cards
    "roles_seed_badge": {"zh": "课程核心岗位", "en": "Core course role"},
    "roles_ft_badge": {
        "zh": "容错率 {level}/5 · {label}",
        "en": "Fault tolerance {level}/5 · {label}",
    },
    "roles_ft_editorial_short": {"zh": "编辑评级", "en": "editorial rating"},
    "roles_details": {"zh": "任务、技能与学习资源", "en": "Tasks, skills and learning resources"},
    "roles_tasks": {"zh": "主要任务", "en": "Main tasks"},
    "roles_skills": {"zh": "所需技能水平（0–10）", "en": "Required skill levels (0–10)"},
    "roles_resources": {"zh": "学习资源", "en": "Learning resources"},
    "roles_no_resources": {"zh": "暂无学习资源。", "en": "No learning resources listed."},
    "roles_skill_math": {"zh": "数学", "en": "Math"},
    "roles_skill_programming": {"zh": "编程", "en": "Programming"},
    "roles_skill_ml": {"zh": "机器学习", "en": "Machine learning"},
    "roles_skill_rigor": {"zh": "严谨", "en": "Rigour"},
    "roles_skill_creativity": {"zh": "创造力", "en": "Creativity"},
    "roles_skill_communication": {"zh": "沟通", "en": "Communication"},
    # Fault-tolerance scale
    "roles_scale_header": {
        "zh": "容错率量表：1（几乎不容许出错）到 5（试错即方法）",
        "en": "Fault-tolerance scale: 1 (almost no room for error) to 5 (trial and error is the method)",
    },
    "roles_seed_reading": {
        "zh": "两种读法：课程讲义评了三个岗位——算法工程师“对容错率的要求高”（它指做出来的系统必须能容忍错误，"
        "即鲁棒性），数据工程师低，内容创作者高。我们的 1–5 量表问的是另一件事：这份工作对工作者自己的错误有多宽容。"
        "所以对算法工程师两者不同（讲义：高；我们：低），其余两个一致。下面的量表把我们的读法用到全部岗位，"
        "并写明每一级的含义；讲义的读法与我们的并排列在下表中。",
        "en": "Two readings. The course notes rate three roles: the algorithm engineer's "
        "“requirement on tolerance of errors is high” (the system they build must tolerate "
        "errors: robustness), the data engineer's is low, the content creator's high. Our 1–5 "
        "scale asks something else: how forgiving the job is of the worker's own mistakes. So "
        "for the algorithm engineer the two differ (the notes: high; ours: low), and for the "
        "other two they agree. The scale below applies our reading to every role and writes "
        "out what each level means; the notes' reading sits beside ours in the table below.",
    },
    "roles_scale_x": {"zh": "容错率（编辑评级）", "en": "Fault tolerance (editorial rating)"},
    "roles_rubric_header": {"zh": "评级标准（我们的书面量表）", "en": "Rubric (our written scale)"},
    "roles_rubric_intro": {
        "zh": "每一级考虑四点：一个错误的代价、错误是否在到达用户前被发现、能否撤回、能否反复迭代。",
        "en": "Each level weighs four things: the cost of an error, whether it is caught before "
        "users see it, whether it can be undone, and whether the work can be iterated.",
    },
    "roles_ratings_header": {"zh": "各岗位的评级与理由", "en": "Each role's rating and reason"},
    "roles_proxies_header": {
        "zh": "参考证据（公开数据，非评级本身）",
        "en": "Evidence (published figures, not the rating itself)",
    },
    "roles_proxies_intro": {
        "zh": "目前没有任何公开统计直接衡量一个岗位的容错率。下面这些有出处的数字说明：生成式 AI 的输出"
        "常常出错、多数使用场景由人来把关、用户可见的环节更谨慎。它们为我们的评级提供参考，但评级本身是"
        "我们的判断。",
        "en": "No published statistic measures how error-tolerant a role's work is. These sourced "
        "figures show that generative-AI output is often wrong, that most use keeps a person in "
        "the loop, and that user-facing uses are more cautious. They inform our ratings; the "
        "ratings themselves are our judgement.",
    },
    # Compare
    "roles_compare_header": {"zh": "比较岗位的技能要求", "en": "Compare the skills roles require"},
    "roles_compare_label": {"zh": "选择岗位（最多 3 个）", "en": "Choose roles (up to 3)"},
    "roles_compare_help": {
        "zh": "所选岗位会保存在链接中，可以分享。",
        "en": "The chosen roles are kept in the link, so you can share it.",
    },
    "roles_compare_too_many": {
        "zh": "最多同时比较 {limit} 个岗位；图中只显示前 {limit} 个：{names}。",
        "en": "At most {limit} roles can be compared at once; the chart shows the first {limit}: {names}.",
    },
    "roles_compare_empty": {
        "zh": "请至少选择一个岗位。",
        "en": "Choose at least one role.",
    },
    "roles_bad_param": {
        "zh": "链接中的岗位“{values}”无法识别，已忽略。",
        "en": "The role(s) “{values}” in the link are not recognised and were ignored.",
    },
    "roles_radar_title": {
        "zh": "技能雷达图（所需水平 0–10）",
        "en": "Skills radar (required level 0–10)",
    },
    "roles_skills_editorial": {
        "zh": "技能水平是本项目根据岗位任务给出的编辑估计。",
        "en": "Skill levels are our editorial estimates from each role's tasks.",
    },
    # Salaries
    "roles_market_role": {"zh": "选择岗位", "en": "Choose a role"},
    "roles_salary_header": {
        "zh": "薪资分布（按经验级别）",
        "en": "Salary distribution by experience level",
    },
    "roles_salary_chart_title": {
        "zh": "{name}：年薪四分位数（美元）",
        "en": "{name}: annual salary quartiles (USD)",
    },
    "roles_salary_y": {"zh": "年薪（美元）", "en": "Annual salary (USD)"},
    "roles_salary_n": {"zh": "样本", "en": "n"},
    "roles_salary_none": {
        "zh": "aijobs.net 薪资索引中没有与“{name}”对应的职位名称，因此这里不显示薪资，也不借用其他岗位的数字。",
        "en": "The aijobs.net salary index has no job titles that match “{name}”, so no salary "
        "is shown here rather than borrowing another role's numbers.",
    },
    "roles_salary_caveat": {
        "zh": "仅供参考：数据约 91% 来自美国雇主，约一半记录成对出现、像是招聘广告中的薪资区间而非个人实际收入；"
        "箱体为第 25、50、75 百分位（没有最小/最大值）。样本少于 5 的组已删除。",
        "en": "Indicative only: about 91 % of the rows are US employers, and about half come in "
        "high/low pairs that look like posted salary ranges rather than individual pay. Boxes "
        "show the 25th, 50th and 75th percentiles (no minimum or maximum). Groups with fewer "
        "than 5 rows are dropped.",
    },
    "roles_salary_mapping": {
        "zh": "职位名称按明确规则归入岗位（完全匹配，如“Machine Learning Engineer”→算法工程师、"
        "“AI Engineer”→AI 应用工程师、“Prompt Engineer”→提示词设计师），含糊的名称（如“Software "
        "Engineer”“Data Scientist”）不计入。规则见 scripts/build_salaries.py。",
        "en": "Job titles are assigned to roles by explicit exact-match rules (e.g. “Machine "
        "Learning Engineer” → algorithm engineer, “AI Engineer” → AI application engineer, "
        "“Prompt Engineer” → prompt designer); ambiguous titles (“Software Engineer”, “Data "
        "Scientist”) are left out. The rules are in scripts/build_salaries.py.",
    },
    "roles_salary_titles": {"zh": "统计的职位名称：{titles}", "en": "Titles counted: {titles}"},
    "roles_salary_source": {
        "zh": "来源：{source}（{year} 年数据），许可：{licence}",
        "en": "Source: {source} ({year} data), licence: {licence}",
    },
    "roles_salary_missing_list": {
        "zh": "没有薪资数据的岗位：{names}",
        "en": "Roles without salary data: {names}",
    },
    "roles_level_EN": {"zh": "初级", "en": "Entry"},
    "roles_level_MI": {"zh": "中级", "en": "Mid"},
    "roles_level_SE": {"zh": "高级", "en": "Senior"},
    "roles_level_EX": {"zh": "专家/高管", "en": "Executive"},
    # Demand
    "roles_demand_header": {"zh": "需求相关数字", "en": "Demand figures"},
    "roles_demand_intro": {
        "zh": "美国劳工统计局（BLS）没有“算法工程师”“提示词设计师”等职业分类，标注“BLS 代理指标”的数字"
        "来自最接近的职业，只能作参考。带“>”的数字是公布的下限，不是精确值。",
        "en": "The US Bureau of Labor Statistics (BLS) has no occupation called algorithm "
        "engineer or prompt designer: figures marked “BLS proxy” come from the nearest "
        "occupation and are only a guide. A figure with “>” is a published lower bound, not "
        "an exact count.",
    },
    "roles_demand_none": {
        "zh": "目前没有与“{name}”直接相关、有出处的需求数字。",
        "en": "We have no sourced demand figure tied to “{name}” yet.",
    },
    "roles_demand_role_title": {"zh": "{name}：需求相关数字", "en": "{name}: demand figures"},
    "roles_demand_compare_header": {
        "zh": "跨岗位比较（BLS 代理指标）",
        "en": "Across roles (BLS proxies)",
    },
    "roles_demand_metric": {"zh": "选择指标", "en": "Choose a measure"},
    "roles_metric_bls_median_wage": {
        "zh": "美国年薪中位数（美元，BLS 代理指标）",
        "en": "US median annual wage (USD, BLS proxy)",
    },
    "roles_metric_bls_projected_growth": {
        "zh": "美国十年就业预计增长（%，BLS 代理指标）",
        "en": "US projected 10-year employment growth (%, BLS proxy)",
    },
    "roles_metric_bls_openings_per_year": {
        "zh": "美国每年预计职位空缺（BLS 代理指标）",
        "en": "US projected openings per year (BLS proxy)",
    },
    "roles_demand_compare_note": {
        "zh": "括号里是数据年份；不同岗位可能使用同一个代理职业（例如 MLOps 与 AI 应用工程师都用“软件开发人员”）。"
        "各岗位对应的代理职业见下表。",
        "en": "The year is in brackets; several roles may share one proxy occupation (MLOps and "
        "AI application engineers both use software developers). The table below names each "
        "role's proxy.",
    },
    "roles_bound_exact": {"zh": "精确值", "en": "exact value"},
    "roles_bound_range": {"zh": "区间", "en": "range"},
    "roles_bound_lower_bound": {"zh": "下限", "en": "lower bound"},
    # Table columns
    "roles_col_role": {"zh": "岗位", "en": "Role"},
    "roles_col_level": {"zh": "等级", "en": "Level"},
    "roles_col_label": {"zh": "名称", "en": "Label"},
    "roles_col_description": {"zh": "含义", "en": "What it means"},
    "roles_col_reason": {"zh": "理由", "en": "Reason"},
    "roles_col_figure": {"zh": "指标", "en": "Figure"},
    "roles_col_value": {"zh": "数值（按公布形式）", "en": "Value (as published)"},
    "roles_col_unit": {"zh": "单位", "en": "Unit"},
    "roles_col_year": {"zh": "年份", "en": "Year"},
    "roles_col_forecast": {"zh": "预测", "en": "Forecast"},
    "roles_col_geo": {"zh": "地区", "en": "Region"},
    "roles_col_source": {"zh": "来源", "en": "Source"},
    "roles_col_link": {"zh": "发布方原页", "en": "Publisher's page"},
    "roles_col_via": {"zh": "转引页面", "en": "Read via"},
    "roles_col_confidence": {"zh": "可信度", "en": "Confidence"},
    "roles_col_note": {"zh": "说明", "en": "Note"},
    "roles_col_experience": {"zh": "经验级别", "en": "Experience level"},
    "roles_col_work_year": {"zh": "年份", "en": "Year"},
    "roles_col_n": {"zh": "样本数", "en": "Rows (n)"},
    "roles_col_p25": {"zh": "第 25 百分位（美元）", "en": "25th percentile (USD)"},
    "roles_col_median": {"zh": "中位数（美元）", "en": "Median (USD)"},
    "roles_col_p75": {"zh": "第 75 百分位（美元）", "en": "75th percentile (USD)"},
}
