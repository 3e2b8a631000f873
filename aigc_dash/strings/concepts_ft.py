"""Strings of the fault-tolerance lab on the Concepts page."""

STRINGS = {
    "ft_intro": {
        "zh": "容错性（fault tolerance）指系统在出现错误时仍能给出可接受结果的能力。下面在本应用自带的真实模型上注入不同程度的错误，测量质量如何下降。移动“可接受线”，看每个模型能承受多大的错误。",
        "en": "Fault tolerance is a system's ability to keep producing acceptable results when errors "
        "occur. Below, errors of growing size are injected into the app's own real models and the "
        "quality is measured. Move the 'acceptable' line to see how much error each model absorbs.",
    },
    "ft_experiment": {"zh": "实验", "en": "Experiment"},
    "ft_acceptable": {"zh": "可接受的最低质量", "en": "Lowest acceptable quality"},
    "ft_acceptable_help": {
        "zh": "低于这条线的结果视为不可接受。高风险工作（医疗、金融、数据管道）需要很高的线；创意草稿可以低一些。",
        "en": "Results below this line count as unacceptable. High-stakes work (health, finance, data "
        "pipelines) needs a high line; a creative draft can live with a lower one.",
    },
    "ft_run": {"zh": "用真实模型测量", "en": "Measure on the real model"},
    "ft_running": {"zh": "正在真实模型上测量……", "en": "Measuring on the real model…"},
    "ft_press_run": {
        "zh": "点击按钮开始测量（首次需要加载模型，约需几秒）。",
        "en": "Press the button to measure (the first time loads the model, which takes a few seconds).",
    },
    "ft_model_missing": {
        "zh": "这个实验需要的自带模型（{model}）不可用：{reason}。其他实验和页面不受影响。",
        "en": "The bundled model this experiment needs ({model}) is not available: {reason}. Other "
        "experiments and pages still work.",
    },
    "ft_tolerated": {
        "zh": "在这条线以上，模型最多能承受的错误程度：{level}（无错误时质量 {baseline:.1%}）。",
        "en": "Largest error level that stays above the line: {level} (quality without errors: {baseline:.1%}).",
    },
    "ft_not_even_clean": {
        "zh": "即使没有注入错误，质量（{baseline:.1%}）也低于这条线。",
        "en": "Even without injected errors the quality ({baseline:.1%}) is below this line.",
    },
    "ft_quality_axis": {"zh": "质量", "en": "Quality"},
    "ft_acceptable_line": {"zh": "可接受线", "en": "acceptable"},
    "ft_roles_heading": {"zh": "和岗位的关系", "en": "What it means for roles"},
    "ft_prompt": {"zh": "提示词（英文效果最好）", "en": "Prompt (works best in English)"},
    "ft_prompt_empty": {"zh": "请输入一段提示词。", "en": "Enter a prompt."},
    "ft_prompt_cut": {
        "zh": "提示词过长，只使用了前 {n} 个字符。",
        "en": "The prompt was long; only its first {n} characters were used.",
    },
    "ft_example_typo": {
        "zh": "例：{rate:.0%} 的字母出错后",
        "en": "e.g. with {rate:.0%} of letters mistyped",
    },
    "ft_exp_clf_input": {
        "zh": "分类器：输入图像加噪声",
        "en": "Classifier: noise on the input images",
    },
    "ft_exp_clf_weights": {"zh": "分类器：权重加噪声", "en": "Classifier: noise on the weights"},
    "ft_exp_gan_latent": {"zh": "DCGAN：潜在向量加噪声", "en": "DCGAN: noise on the latent vector"},
    "ft_exp_gan_weights": {
        "zh": "DCGAN：生成器权重加噪声",
        "en": "DCGAN: noise on the generator's weights",
    },
    "ft_exp_typos": {"zh": "GPT：提示词中的错别字", "en": "GPT: typos in the prompt"},
    "ft_exp_precision": {
        "zh": "降低数值精度（float16、int8）",
        "en": "Lower numeric precision (float16, int8)",
    },
    "ft_level_clf_input": {
        "zh": "噪声标准差 σ（像素范围 −1 到 1）",
        "en": "Noise standard deviation σ (pixels range −1 to 1)",
    },
    "ft_level_clf_weights": {
        "zh": "噪声大小（× 每层权重的标准差）",
        "en": "Noise size (× each layer's weight spread)",
    },
    "ft_level_gan_latent": {"zh": "潜在向量噪声 σ", "en": "Latent noise σ"},
    "ft_level_gan_weights": {
        "zh": "噪声大小（× 每层权重的标准差）",
        "en": "Noise size (× each layer's weight spread)",
    },
    "ft_level_typos": {"zh": "出错字母的比例", "en": "Share of letters mistyped"},
    "ft_quality_clf_input": {
        "zh": "准确率（留出的真实数字）",
        "en": "Accuracy on held-out real digits",
    },
    "ft_quality_clf_weights": {
        "zh": "准确率（留出的真实数字）",
        "en": "Accuracy on held-out real digits",
    },
    "ft_quality_gan_latent": {
        "zh": "仍被识别为同一个数字的比例",
        "en": "Share still read as the same digit",
    },
    "ft_quality_gan_weights": {
        "zh": "仍被识别为同一个数字的比例",
        "en": "Share still read as the same digit",
    },
    "ft_quality_typos": {
        "zh": "下一个词分布的相似度（1 − 总变差距离）",
        "en": "Similarity of the next-token distribution (1 − total variation)",
    },
    "ft_extra_confident": {
        "zh": "分类器置信度 ≥ 0.9 的比例",
        "en": "Share classified with confidence ≥ 0.9",
    },
    "ft_extra_top1_same": {
        "zh": "最可能的下一个词不变的比例",
        "en": "Share where the most likely next token is unchanged",
    },
    "ft_roles_clf_input": {
        "zh": "数据质量的错误（模糊、噪声）会让分类器迅速失效：这正是数据工程师几乎不能容错的原因——脏数据会悄悄地让下游每个模型变差。",
        "en": "Errors in data quality (blur, noise) quickly break the classifier: this is why data "
        "engineers can tolerate so little error — dirty data silently degrades every model downstream.",
    },
    "ft_roles_clf_weights": {
        "zh": "小的权重扰动被吸收，大的扰动导致崩溃：算法工程师和 MLOps 工程师需要设计出对这类错误稳健的系统，并用监控尽早发现。",
        "en": "Small weight perturbations are absorbed, large ones collapse the model: algorithm and MLOps "
        "engineers must build systems that are robust to such errors, and monitoring that catches them early.",
    },
    "ft_roles_gan_latent": {
        "zh": "生成模型对输入的“随机性”天然宽容：稍微改变潜在向量，得到的仍是合理的数字。这就是内容创作者的工作能容错的原因——一稿不好，换个种子再来。",
        "en": "Generative models are naturally forgiving of randomness in their input: nudge the latent "
        "vector and you still get a sensible digit. This is why a content creator's work tolerates "
        "errors — a weak draft is one more seed away from a better one.",
    },
    "ft_roles_gan_weights": {
        "zh": "但生成器本身出错就不一样了：权重被破坏，所有输出都会变差。训练和部署生成模型的工程师不能像使用它的创作者那样宽容。",
        "en": "Errors inside the generator are another matter: damaged weights spoil every output. The "
        "engineers who train and ship a generative model cannot be as relaxed as the creators who use it.",
    },
    "ft_roles_typos": {
        "zh": "少量错别字只让下一个词的分布略有变化：提示词设计师和内容创作者可以快速迭代措辞；但在客服或医疗等场景，提示词的小变化也需要评测。",
        "en": "A few typos change the next-token distribution only a little: prompt designers and content "
        "creators can iterate on wording quickly; in customer service or health, even small prompt "
        "changes need evaluation.",
    },
    "ft_roles_precision": {
        "zh": "降低精度几乎不影响准确率，却能减小模型体积；在没有原生 float16 的 CPU 上，float16 反而更慢。MLOps 工程师要实际测量，而不是想当然。",
        "en": "Lower precision barely changes accuracy while shrinking the model; on CPUs without native "
        "float16 it is even slower. MLOps engineers measure this rather than assume it.",
    },
    "ft_precision_col": {"zh": "精度", "en": "Precision"},
    "ft_accuracy_col": {"zh": "准确率", "en": "Accuracy"},
    "ft_agreement_col": {"zh": "与 float32 一致", "en": "Agrees with float32"},
    "ft_time_col": {"zh": "100 张图耗时（毫秒）", "en": "Time for 100 images (ms)"},
    "ft_speed_col": {"zh": "相对 float32 的速度", "en": "Speed vs float32"},
    "ft_size_col": {"zh": "权重大小（相对 float32）", "en": "Weight size (vs float32)"},
    "ft_precision_note": {
        "zh": "测量于运行本应用的这台机器，同一次运行中与 float32 对比。int8 只量化了全连接层。",
        "en": "Measured on the machine serving this app, against float32 in the same run. int8 "
        "quantises the linear layers only.",
    },
}
