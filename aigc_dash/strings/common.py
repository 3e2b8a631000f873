"""Strings shared by every page: app name, sidebar, navigation, generic notices."""

STRINGS = {
    "app_name": {"zh": "AIGC 职业实验室", "en": "AIGC Career Lab"},
    "app_tagline": {
        "zh": "了解生成式 AI，并按“容错率”找到适合你的 AIGC 职业方向",
        "en": "Learn generative AI and find the AIGC career that fits your tolerance for mistakes",
    },
    "sidebar_language": {"zh": "语言 / Language", "en": "Language / 语言"},
    "sidebar_about": {
        "zh": "开源教学仪表盘。行业数字均注明来源；容错率评级是本项目的编辑判断。",
        "en": "An open-source teaching dashboard. Industry figures name their sources; "
        "fault-tolerance ratings are our editorial judgement.",
    },
    "nav_home": {"zh": "首页", "en": "Home"},
    "nav_landscape": {"zh": "行业全景", "en": "Industry landscape"},
    "nav_roles": {"zh": "AIGC 岗位", "en": "AIGC roles"},
    "nav_matcher": {"zh": "职业匹配", "en": "Career matcher"},
    "nav_text": {"zh": "文本生成实验场", "en": "Text playground"},
    "nav_image": {"zh": "图像生成实验场", "en": "Image playground"},
    "nav_concepts": {"zh": "原理与损失函数", "en": "Concepts"},
    "nav_resources": {"zh": "资源、挑战与问答", "en": "Resources & FAQ"},
    "error_data_title": {
        "zh": "数据文件有问题，本部分无法显示。其他页面不受影响。",
        "en": "A data file has a problem, so this part cannot be shown. Other pages still work.",
    },
    "error_data_detail": {
        "zh": "文件 {file}，列 {column}，行 {row}：{problem}",
        "en": "File {file}, column {column}, row {row}: {problem}",
    },
    "notice_lang_param": {
        "zh": "链接中的语言参数“{value}”无法识别，已使用{lang_name}。",
        "en": "The language in the link (“{value}”) is not recognised; using {lang_name}.",
    },
    "download_csv": {"zh": "下载数据（CSV）", "en": "Download data (CSV)"},
    "source_label": {"zh": "来源", "en": "Source"},
    "sources_label": {"zh": "数据来源", "en": "Sources"},
    # A figure's source: the publisher's page first, then where the number was read.
    "source_read_via": {"zh": "转引自 {link}", "en": "read via {link}"},
    "source_no_publisher_page": {
        "zh": "（未找到发布方原页）",
        "en": "(publisher's page not found)",
    },
    "source_confidence_rule": {
        "zh": "可信度：“高”= 数字在发布方自己的页面或数据上读到；“中”= 仅有权威的二手报道"
        "（大报、通讯社、行业媒体）证实；“低”= 仅有博客、聚合站或转载证实。",
        "en": "Confidence: high = the number was read on the publisher's own page or data; "
        "medium = only a reputable secondary (newspaper, wire, trade outlet) confirms it; "
        "low = only blogs, aggregators or copies do.",
    },
    "caveat_label": {"zh": "注意", "en": "Caveat"},
    "editorial_label": {
        "zh": "编辑评级（本项目的判断，非公开统计）",
        "en": "Editorial rating (our judgement, not a published statistic)",
    },
    "empty_selection": {
        "zh": "当前筛选条件下没有数据，请放宽筛选。",
        "en": "No data matches the current filters; try widening them.",
    },
    # URL notices shared by every page (aigc_dash.core.urlstate); a page may word its own
    "url_not_a_number": {
        "zh": "链接中的参数 {key}=“{value}”不是数字，已使用 {used}。",
        "en": "The link's {key}=“{value}” is not a number; using {used}.",
    },
    "url_out_of_range": {
        "zh": "链接中的参数 {key}=“{value}”超出范围，已调整为 {used}。",
        "en": "The link's {key}=“{value}” is out of range; using {used}.",
    },
    "url_unknown_choice": {
        "zh": "链接中的参数 {key}=“{value}”不是可选项，已使用 {used}。",
        "en": "The link's {key}=“{value}” is not one of the choices; using {used}.",
    },
    "url_too_long": {
        "zh": "链接中的 {key} 超过 {limit} 个字符，已截短。",
        "en": "The link's {key} is longer than {limit} characters; it was shortened.",
    },
    "url_unknown_key": {
        "zh": "链接中的参数“{key}”无法识别，已忽略。",
        "en": "The link's setting “{key}” is not recognised and was ignored.",
    },
}
