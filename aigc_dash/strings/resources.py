"""Strings of the Resources page (tools, learning resources, challenges, FAQ)."""

STRINGS = {
    "resources_title": {"zh": "资源、挑战与常见问题", "en": "Resources, challenges and FAQ"},
    "resources_intro": {
        "zh": "学习和使用 AIGC 的平台、开源工具与课程；这一行业面临的伦理、版权与就业挑战；以及常见问题。",
        "en": "Platforms, open-source tools and courses for learning and using AIGC; the "
        "ethics, copyright and jobs challenges the field faces; and frequently asked questions.",
    },
    "resources_tab_tools": {"zh": "工具与学习资源", "en": "Tools and learning"},
    "resources_tab_challenges": {"zh": "趋势与挑战", "en": "Trends and challenges"},
    "resources_tab_faq": {"zh": "常见问题", "en": "FAQ"},
    "resources_search": {
        "zh": "搜索（名称、说明或标签）",
        "en": "Search (name, description or tags)",
    },
    "resources_search_help": {
        "zh": "输入一个或多个词，例如“扩散”或“LLM local”。",
        "en": "Type one or more words, e.g. 'diffusion' or 'LLM local'.",
    },
    "resources_categories": {"zh": "类别", "en": "Categories"},
    "resources_cat_platform": {"zh": "平台", "en": "Platforms"},
    "resources_cat_tool": {"zh": "开源与开发工具", "en": "Tools"},
    "resources_cat_learning": {"zh": "学习资源", "en": "Learning"},
    "resources_count": {"zh": "共 {n} 项", "en": "{n} resources"},
    "resources_query_cut": {
        "zh": "搜索词太长，只使用了前 {n} 个字符。",
        "en": "The search text was too long; only its first {n} characters were used.",
    },
    "resources_none": {
        "zh": "没有找到匹配的资源。试试更短的词，或清空搜索框。",
        "en": "No resource matches. Try a shorter word, or clear the search box.",
    },
    "resources_col_name": {"zh": "名称", "en": "Name"},
    "resources_col_category": {"zh": "类别", "en": "Category"},
    "resources_col_description": {"zh": "说明", "en": "Description"},
    "resources_col_link": {"zh": "链接", "en": "Link"},
    "resources_col_open": {"zh": "开源", "en": "Open source"},
    "resources_col_licence": {"zh": "许可证", "en": "Licence"},
    "resources_topic_trends": {"zh": "趋势", "en": "Trends"},
    "resources_topic_ethics": {"zh": "伦理", "en": "Ethics"},
    "resources_topic_copyright": {"zh": "版权", "en": "Copyright"},
    "resources_topic_jobs": {"zh": "就业", "en": "Jobs"},
    "resources_figures_heading": {"zh": "相关数据", "en": "Related figures"},
    "resources_read_more": {"zh": "延伸阅读", "en": "Read more"},
    "resources_editorial_note": {
        "zh": "以下文字是本项目的编辑概述；其中引用的数字都来自带出处的数据行。",
        "en": "The text below is our editorial summary; every number it shows comes from a sourced data row.",
    },
    "resources_faq_search": {"zh": "在问题中搜索", "en": "Search the questions"},
}
