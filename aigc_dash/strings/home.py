"""Strings of the Home page and of the page cards."""

STRINGS = {
    "home_title": {"zh": "首页", "en": "Home"},
    "home_what_title": {"zh": "什么是 AIGC？", "en": "What is AIGC?"},
    "home_what_body": {
        "zh": "AIGC（AI-Generated Content，人工智能生成内容）指由生成式 AI 模型创作的文本、图像、"
        "音频、视频和代码。这些模型从大量数据中学习规律，再按提示逐字、逐像素地生成新内容，"
        "代表技术有 RNN、Transformer（如 GPT）、GAN 和扩散模型。",
        "en": "AIGC (AI-generated content) is text, images, audio, video and code created by "
        "generative AI models. They learn patterns from large amounts of data, then produce new "
        "content from a prompt, token by token or pixel by pixel; the main families are RNNs, "
        "Transformers (such as GPT), GANs and diffusion models.",
    },
    "home_why_title": {"zh": "为什么重要？", "en": "Why it matters"},
    "home_why_body": {
        "zh": "生成式 AI 已进入新闻、广告、游戏、教育、电商、软件开发等行业的日常工作，"
        "既创造了新岗位，也改变了已有岗位需要的技能。下面的数字都注明了出处。",
        "en": "Generative AI has entered daily work in news, advertising, games, education, "
        "retail and software, creating new jobs and changing the skills existing ones need. "
        "Every figure below names its source.",
    },
    "home_figures_title": {"zh": "关键数字", "en": "Key figures"},
    "home_figure_source": {"zh": "来源：{link}", "en": "Source: {link}"},
    "home_figure_unit": {"zh": "单位：{unit}", "en": "Unit: {unit}"},
    "home_figure_forecast": {"zh": "预测", "en": "forecast"},
    "home_figures_more": {
        "zh": "这里只列在发布方自己的页面上核实过的数字（可信度高）；更多数字、图表和注意事项"
        "见“行业全景”页。",
        "en": "Only figures read on their publisher's own page (high confidence) are shown "
        "here; more figures, charts and caveats are on the Industry landscape page.",
    },
    "home_ft_title": {"zh": "什么是“容错率”？", "en": "What is fault tolerance (容错率)?"},
    "home_ft_body": {
        "zh": "一个岗位的容错率，是指它的工作对错误有多宽容：生成一百张海报草图可以挑着用，"
        "而医疗或金融报告里的一个错误就可能造成严重后果。本应用中的容错率评级（1–5）"
        "是我们按公开规则给出的编辑判断，不是公开统计数字。用容错率选择职业方向的思路来自本应用配合的"
        "课程讲义《AIGC从入门到实战：根据容错率来确定职业路径》（以下简称“课程讲义”）。",
        "en": "A role's fault tolerance is how forgiving of mistakes its work is: a hundred "
        "draft posters can be sifted, while one error in a medical or financial report can do "
        "real harm. The 1–5 ratings in this app are our editorial judgement, made with a "
        "written rubric, not a published statistic. Choosing a career by fault tolerance "
        "is the idea of the course notes this app goes with, “AIGC from Beginner to Practice: "
        "Choosing a Career Path by Fault Tolerance” (《AIGC从入门到实战：根据容错率来确定职业路径》; "
        "below, “the course notes”).",
    },
    "home_pages_title": {"zh": "从这里开始", "en": "Start here"},
    "blurb_landscape": {
        "zh": "AIGC 的应用领域、市场规模、投资与采用情况，每个数字都有出处。",
        "en": "Where AIGC is used, market size, investment and adoption, every figure sourced.",
    },
    "blurb_roles": {
        "zh": "算法工程师、数据工程师、产品经理、内容创作者等岗位的容错率、技能与薪资。",
        "en": "Algorithm engineer, data engineer, product manager, content creator and more: "
        "fault tolerance, skills and salaries.",
    },
    "blurb_matcher": {
        "zh": "用滑块描述你的风险偏好和技能，得到排序后的岗位和理由。",
        "en": "Describe your risk appetite and skills with sliders; get ranked roles with reasons.",
    },
    "blurb_text": {
        "zh": "在本机实时运行 RNN 与 GPT-2 文本生成，调节采样参数。",
        "en": "Run RNN and GPT-2 text generation live, and tune how it samples.",
    },
    "blurb_image": {
        "zh": "实时运行 DCGAN 与扩散模型，逐步观察去噪过程，课堂上训练一个 GAN。",
        "en": "Run a DCGAN and a diffusion model live, watch denoising step by step, "
        "train a GAN in class.",
    },
    "blurb_concepts": {
        "zh": "RNN、Transformer、GAN、扩散模型如何生成；交叉熵与均方误差；容错实验室。",
        "en": "How RNNs, Transformers, GANs and diffusion generate; cross-entropy and MSE; "
        "a fault-tolerance lab.",
    },
    "blurb_resources": {
        "zh": "工具、学习资源、伦理/版权/就业挑战与常见问题。",
        "en": "Tools, learning resources, ethics/copyright/jobs challenges and an FAQ.",
    },
}
