"""Strings of the Landscape page, its charts and the figure tables' units."""

STRINGS = {
    "landscape_title": {"zh": "行业全景", "en": "Industry landscape"},
    "landscape_intro": {
        "zh": "AIGC 用在哪里、市场有多大、投资与采用情况如何。每个数字都来自一份公开出版物，"
        "图下列出来源和注意事项；区间和“超过”类数字按原样显示，不会被换算成单个数字。",
        "en": "Where AIGC is used, how big the market is, who invests and who adopts it. Every "
        "number comes from a published source listed under its chart with its caveats; ranges "
        "and 'more than' figures are shown as published, never as a single number.",
    },
    # filters
    "landscape_filters": {"zh": "筛选", "en": "Filters"},
    "landscape_geo": {"zh": "地区", "en": "Geography"},
    "landscape_geo_all": {"zh": "全部", "en": "All"},
    "landscape_geo_global": {"zh": "全球", "en": "Global"},
    "landscape_geo_us": {"zh": "美国", "en": "United States"},
    "landscape_geo_china": {"zh": "中国", "en": "China"},
    "landscape_geo_other": {"zh": "其他多国调查", "en": "Other multi-country surveys"},
    "landscape_metric": {"zh": "指标", "en": "Metrics"},
    "landscape_metric_placeholder": {"zh": "全部指标", "en": "All metrics"},
    "landscape_metric_help": {
        "zh": "不选择即显示全部指标；选择后各图表只显示所选指标。",
        "en": "Leave empty to show every metric; pick some to show only those in every chart.",
    },
    "landscape_bad_geo_param": {
        "zh": "链接中的地区参数“{value}”无法识别，已显示全部地区。",
        "en": "The geography in the link (“{value}”) is not recognised; showing all.",
    },
    "landscape_bad_metric_param": {
        "zh": "链接中的指标“{value}”无法识别，已忽略。",
        "en": "The metrics in the link (“{value}”) are not recognised and were ignored.",
    },
    "landscape_min_conf": {"zh": "最低可信度", "en": "Minimum confidence"},
    "landscape_min_conf_high": {"zh": "仅“高”", "en": "high only"},
    "landscape_min_conf_medium": {"zh": "“中”及以上", "en": "medium and up"},
    "landscape_min_conf_low": {"zh": "全部（含“低”）", "en": "all (including low)"},
    "landscape_min_conf_hidden": {
        "zh": "可信度筛选隐藏了 {n} 个数字。",
        "en": "The confidence filter hides {n} figures.",
    },
    "landscape_bad_conf_param": {
        "zh": "链接中的可信度参数“{value}”无法识别，已使用“中”及以上。",
        "en": "The confidence in the link (“{value}”) is not recognised; showing medium and up.",
    },
    "landscape_showing": {
        "zh": "当前显示 {n} 个数字（共 {total} 个）。",
        "en": "Showing {n} of {total} figures.",
    },
    # sections
    "landscape_section_domains": {"zh": "应用领域", "en": "Application domains"},
    "landscape_section_market": {"zh": "市场规模与支出", "en": "Market size and spending"},
    "landscape_section_investment": {"zh": "投资", "en": "Investment"},
    "landscape_section_adoption": {"zh": "采用情况", "en": "Adoption"},
    "landscape_section_china": {
        "zh": "中国（人民币数字保持原币种，单位亿元）",
        "en": "China (CNY figures kept in CNY, 亿元 = 100 million yuan)",
    },
    "landscape_section_labour": {"zh": "就业市场", "en": "Labour market"},
    "landscape_section_all": {"zh": "全部数字", "en": "All figures"},
    "landscape_domain_select": {"zh": "查看领域", "en": "Domain details"},
    "landscape_domain_usecases": {"zh": "典型用例", "en": "Typical use cases"},
    "landscape_domain_tools": {"zh": "代表性工具", "en": "Example tools"},
    "landscape_domain_figures": {
        "zh": "该领域的有出处数字",
        "en": "Sourced figures for this domain",
    },
    "landscape_domain_no_figures": {
        "zh": "当前筛选下该领域没有有出处的数字。",
        "en": "No sourced figures for this domain under the current filters.",
    },
    "landscape_editorial_note": {
        "zh": "领域描述、用例和工具是本项目的编辑内容，不是统计数字。",
        "en": "Domain descriptions, use cases and tools are our editorial text, not statistics.",
    },
    "landscape_no_sources": {"zh": "（编辑内容，无数字）", "en": "(editorial text, no figures)"},
    # charts
    "landscape_chart_domains": {
        "zh": "AIGC 应用领域与典型用例",
        "en": "AIGC domains and use cases",
    },
    "landscape_chart_market": {
        "zh": "全球生成式 AI 市场与支出（十亿美元，对数轴）",
        "en": "Global generative-AI market and spending (USD bn, log scale)",
    },
    "landscape_chart_value": {
        "zh": "生成式 AI 每年潜在经济价值（区间）",
        "en": "Generative AI's economic potential per year (ranges)",
    },
    "landscape_chart_investment": {"zh": "AI 投资（十亿美元）", "en": "AI investment (USD bn)"},
    "landscape_chart_adoption": {
        "zh": "使用（生成式）AI 的组织比例",
        "en": "Organisations using (generative) AI",
    },
    "landscape_chart_adoption_function": {
        "zh": "按职能与行业：采用与效果",
        "en": "By function and industry: adoption and effects",
    },
    "landscape_chart_adoption_domain": {
        "zh": "各应用领域的采用调查",
        "en": "Adoption surveys by application domain",
    },
    "landscape_chart_china_market": {
        "zh": "中国 AIGC 与 AI 产业规模（亿元，对数轴）",
        "en": "China AIGC and AI industry size (CNY 100m / 亿元, log scale)",
    },
    "landscape_chart_china_users": {
        "zh": "中国生成式 AI 用户规模（亿人）",
        "en": "China generative-AI users (100m people / 亿人)",
    },
    "landscape_chart_china_money": {
        "zh": "中国 AI 领域融资额（亿元）",
        "en": "China AI financing (CNY 100m / 亿元)",
    },
    "landscape_chart_china_investment": {
        "zh": "中国 AI 投资预测（十亿美元，下限）",
        "en": "China AI investment forecasts (USD bn, lower bounds)",
    },
    "landscape_chart_premium": {"zh": "AI 技能的薪资溢价", "en": "Pay premium for AI skills"},
    "landscape_chart_postings": {
        "zh": "提及 AI 的招聘占比",
        "en": "Share of job postings mentioning AI",
    },
    "landscape_tree_root": {"zh": "AIGC 应用", "en": "AIGC applications"},
    "landscape_axis_mixed": {
        "zh": "数值（单位见各条标签）",
        "en": "Value (unit in each label)",
    },
    "landscape_axis_year": {"zh": "年份 / 时期", "en": "Year / period"},
    "landscape_actual": {"zh": "实际", "en": "actual"},
    "landscape_forecast": {"zh": "预测", "en": "forecast"},
    "landscape_range": {"zh": "区间", "en": "range"},
    "landscape_lower_bound": {"zh": "下限（超过）", "en": "lower bound (more than)"},
    "landscape_conf_high": {"zh": "可信度高", "en": "high confidence"},
    "landscape_conf_medium": {"zh": "可信度中", "en": "medium confidence"},
    "landscape_conf_low": {"zh": "可信度低", "en": "low confidence"},
    # caveats
    "landscape_caveat_range": {
        "zh": "粗线段表示发布方给出的区间（从下限到上限），不是误差，也没有中间值。",
        "en": "Thick segments are ranges as published (low to high end); there is no single "
        "value in between.",
    },
    "landscape_caveat_lower_bound": {
        "zh": "三角形表示“超过”某值的下限（原文如“>10000”），实际值未公布。",
        "en": "Triangles are lower bounds ('more than', e.g. '>10000' as published); the "
        "actual value was not published.",
    },
    "landscape_caveat_forecast": {
        "zh": "空心标记、虚线和斜线条纹为预测；实心标记和实线为实际或估计值。",
        "en": "Hollow markers, dashed lines and hatched bars are forecasts; filled markers and "
        "solid lines are actual or estimated values.",
    },
    "landscape_caveat_joined": {
        "zh": "连线只连接同一发布方同一系列的数字：{series}。",
        "en": "Lines only join figures of one publisher's series: {series}.",
    },
    "landscape_caveat_not_joined": {
        "zh": "同一指标来自不同来源或不同版本的数字分开显示、不连线，口径可能不同。",
        "en": "Figures of one metric from different sources or editions are shown separately, "
        "not joined: their definitions may differ.",
    },
    "landscape_caveat_log": {
        "zh": "纵轴为对数刻度：相同的间距代表相同的倍数。",
        "en": "The vertical axis is logarithmic: equal steps are equal ratios.",
    },
    "landscape_caveat_units": {
        "zh": "各条形的单位（分母）不同，不可直接比较。",
        "en": "The bars have different units (bases) and cannot be compared directly.",
    },
    "landscape_caveat_low_row": {
        "zh": "低可信度（仅有博客、聚合站或转载证实，发布方原页未核实）：{label}（{year}）。"
        "说明：{note}",
        "en": "Low confidence (only blogs, aggregators or copies confirm it; not read on the "
        "publisher's page): {label} ({year}). Note: {note}",
    },
    "landscape_caveat_domains_editorial": {
        "zh": "图块大小相同：领域和用例是编辑整理，不按任何数字加权。",
        "en": "All tiles are the same size: domains and use cases are editorial, not weighted "
        "by any number.",
    },
    "landscape_caveat_market_defs": {
        "zh": "各机构口径不同：Gartner 的支出含设备与服务器，IDC 和彭博的口径更窄，数字不可直接比较。",
        "en": "Definitions differ: Gartner's spending includes devices and servers, IDC's and "
        "Bloomberg Intelligence's are narrower; the numbers are not directly comparable.",
    },
    "landscape_caveat_ai_index": {
        "zh": "斯坦福 AI Index 会修订往年数字：2024 版给出 2023 年生成式 AI 私人投资 252 亿美元，"
        "2025 版隐含约 286 亿美元。各版本分开显示，不连成一条线。",
        "en": "The Stanford AI Index revises earlier years: the 2024 edition gave 2023 "
        "generative-AI private investment as 25.2 bn USD, the 2025 edition implies about 28.6 "
        "bn. Editions are shown separately, never as one line.",
    },
    "landscape_caveat_function_bases": {
        "zh": "“% 受访者”与“% 该职能的 AI 用户”分母不同。",
        "en": "'% of respondents' and '% of function users' have different bases.",
    },
    "landscape_caveat_different_surveys": {
        "zh": "这些数字来自不同的调查、不同的人群，只能各自解读，不能互相比较。",
        "en": "These come from different surveys of different people: read each on its own, "
        "do not compare them.",
    },
    "landscape_caveat_china_defs": {
        "zh": "“AIGC 核心市场”“AIGC 产业”“AI 产业”的范围各不相同，来自不同机构，不可相加或连线。"
        "广为流传的“2023 年中国生成式 AI 市场 14.4 万亿元”约为中国整个 AI 产业的 20 倍，"
        "几乎可以肯定是误引，因此未收录。",
        "en": "'AIGC core market', 'AIGC industry' and 'AI industry' cover different scopes and "
        "come from different publishers: they are not added or joined. A widely copied claim "
        "that China's generative-AI market was 14.4万亿元 in 2023 is about 20x China's whole "
        "AI industry and almost certainly a misquote, so it is left out.",
    },
    "landscape_caveat_periods": {
        "zh": "两个数字覆盖的时期不同（前三季度与 1–4 月），不能比较增长。",
        "en": "The two figures cover different periods (Q1–Q3 vs Jan–Apr): they say nothing "
        "about growth.",
    },
    "landscape_caveat_pwc": {
        "zh": "普华永道各年报告分开显示：2025 年报告的溢价为 56%，2026 年报告把上一年重述为 57%。"
        "2024 年报告的 25% 是“最高”值（美国）。",
        "en": "PwC's yearly reports are shown separately: the 2025 report gave 56 %, and the "
        "2026 report restates last year's premium as 57 %. The 2024 report's 25 % is an 'up "
        "to' figure (US).",
    },
    "landscape_caveat_postings": {
        "zh": "Lightcast、Indeed 和 LinkedIn 对“AI 岗位”的定义不同，不同来源的招聘占比不可比较。",
        "en": "'AI job' means something different at Lightcast, Indeed and LinkedIn: posting "
        "shares from different sources are not comparable.",
    },
    # table columns
    "landscape_col_figure": {"zh": "指标", "en": "Figure"},
    "landscape_col_value": {"zh": "数值（按原文）", "en": "Value (as published)"},
    "landscape_col_unit": {"zh": "单位", "en": "Unit"},
    "landscape_col_year": {"zh": "年份/时期", "en": "Year / period"},
    "landscape_col_forecast": {"zh": "预测", "en": "Forecast"},
    "landscape_col_geo": {"zh": "地区", "en": "Geography"},
    "landscape_col_source": {"zh": "来源", "en": "Source"},
    "landscape_col_url": {"zh": "发布方原页", "en": "Publisher's page"},
    "landscape_col_via_url": {"zh": "转引页面", "en": "Read via"},
    "landscape_col_confidence": {"zh": "可信度", "en": "Confidence"},
    "landscape_col_note": {"zh": "备注", "en": "Note"},
    "landscape_yes": {"zh": "是", "en": "yes"},
    "landscape_no": {"zh": "否", "en": "no"},
    # units as published -> user's language
    "landscape_unit_usd_bn": {"zh": "十亿美元", "en": "USD bn"},
    "landscape_unit_usd_bn_year": {"zh": "十亿美元/年", "en": "USD bn per year"},
    "landscape_unit_cny_100m": {"zh": "亿元人民币", "en": "CNY 100m (亿元)"},
    "landscape_unit_pct_respondents": {"zh": "% 受访者", "en": "% of respondents"},
    "landscape_unit_pct_function_users": {
        "zh": "% 该职能的 AI 用户",
        "en": "% of function users",
    },
    "landscape_unit_pct_news_leaders": {"zh": "% 新闻机构负责人", "en": "% of news leaders"},
    "landscape_unit_pct_ad_buyers": {"zh": "% 广告买家", "en": "% of ad buyers"},
    "landscape_unit_pct_video_ads": {"zh": "% 数字视频广告", "en": "% of digital video ads"},
    "landscape_unit_pct_students": {"zh": "% 学生", "en": "% of students"},
    "landscape_unit_devices": {"zh": "件器械", "en": "devices"},
    "landscape_unit_100m_people": {"zh": "亿人", "en": "100m people (亿人)"},
    "landscape_unit_pct_up_to": {"zh": "%（最高）", "en": "% (up to)"},
    "landscape_unit_x_faster": {"zh": "倍", "en": "x faster"},
    "landscape_unit_pct": {"zh": "%", "en": "%"},
    "landscape_unit_postings": {"zh": "个职位", "en": "postings"},
    "landscape_unit_pct_ai_postings": {"zh": "% AI 职位", "en": "% of AI postings"},
    "landscape_unit_professionals_year": {
        "zh": "人/年（需求）",
        "en": "professionals requested per year",
    },
    "landscape_unit_pct_postings": {"zh": "% 职位", "en": "% of postings"},
    "landscape_unit_pct_yoy": {"zh": "% 同比", "en": "% YoY"},
    "landscape_unit_seekers_per_opening": {"zh": "求职者/职位", "en": "seekers per opening"},
    "landscape_unit_cny_month": {"zh": "元/月", "en": "CNY per month"},
}
