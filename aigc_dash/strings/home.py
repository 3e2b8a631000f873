"""Strings of the Home page and of the page cards."""

STRINGS = {
    "home_title": {"zh": "首页", "en": "Home"},
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
