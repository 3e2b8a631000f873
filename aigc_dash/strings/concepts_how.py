"""Strings of the "How generation works" part of the Concepts page."""

STRINGS = {
    "how_rnn_title": {"zh": "循环神经网络（RNN）", "en": "Recurrent neural network (RNN)"},
    "how_transformer_title": {"zh": "Transformer（GPT）", "en": "Transformer (GPT)"},
    "how_gan_title": {"zh": "生成对抗网络（GAN）", "en": "Generative adversarial network (GAN)"},
    "how_diffusion_title": {"zh": "扩散模型", "en": "Diffusion model"},
    "how_vs_text": {"zh": "文本：RNN 与 Transformer", "en": "Text: RNN vs Transformer"},
    "how_vs_image": {"zh": "图像：GAN 与扩散模型", "en": "Images: GAN vs diffusion"},
    "how_rnn_train": {
        "zh": "先训练：准备语料（这里是唐诗宋词），让网络逐字预测下一个字，按预测的错误（交叉熵损失）"
        "反复调整权重。训练好之后，才按下面的步骤生成。",
        "en": "Train first: prepare a corpus (here, Tang and Song poems), have the network "
        "predict each next character, and adjust its weights by how wrong it was (cross-entropy "
        "loss), over many passes. Once trained, it generates as follows.",
    },
    "how_rnn_step1": {
        "zh": "把每个字变成向量（嵌入）。",
        "en": "Turn each character into a vector (an embedding).",
    },
    "how_rnn_step2": {
        "zh": "按顺序一次读一个字，更新隐藏状态：它把前文“记”在一个向量里带到下一步。",
        "en": "Read the sequence one character at a time, updating a hidden state that carries what came before to the next step.",
    },
    "how_rnn_step3": {
        "zh": "每一步根据隐藏状态输出下一个字的概率（softmax）。",
        "en": "At each step, turn the hidden state into probabilities for the next character (softmax).",
    },
    "how_rnn_step4": {
        "zh": "按概率采样一个字，把它再输入网络，重复直到写完。",
        "en": "Sample a character from those probabilities, feed it back in, and repeat until done.",
    },
    "how_transformer_train": {
        "zh": "先训练：准备大量文本并分词（内置模型用的是 CPython 文档、中文手册页与 Debian 参考手册，以及古诗），让模型在每个位置预测下一个词元，"
        "按交叉熵损失调整全部权重。训练好之后，才按下面的步骤生成。",
        "en": "Train first: prepare a large body of text and tokenise it (the bundled model used "
        "CPython's documentation, Chinese manual pages and the Debian Reference, and classical "
        "poems), have the model predict the next token at "
        "every position, and adjust all its weights by the cross-entropy loss. Once trained, it "
        "generates as follows.",
    },
    "how_transformer_step1": {
        "zh": "分词：把文本切成词元（token），每个词元加上位置信息变成向量。",
        "en": "Tokenise the text into tokens and turn each into a vector that also encodes its position.",
    },
    "how_transformer_step2": {
        "zh": "自注意力：每个词元查看它之前的所有词元，并决定各看多少（注意力权重）。",
        "en": "Self-attention: each token looks at every token before it and decides how much to weigh each (attention weights).",
    },
    "how_transformer_step3": {
        "zh": "多层“注意力 + 前馈网络”堆叠，逐层提炼表示；所有位置可以并行计算。",
        "en": "Stacked layers of attention plus a feed-forward network refine the representation; all positions are computed in parallel.",
    },
    "how_transformer_step4": {
        "zh": "输出下一个词元的概率分布，经温度、top-k、top-p 筛选后采样，接到文本末尾，重复。",
        "en": "Output a probability distribution for the next token, filter it with temperature, top-k and top-p, sample, append, and repeat.",
    },
    "how_gan_step1": {
        "zh": "生成器把一个随机噪声向量 z 变成一张图像。",
        "en": "The generator turns a random noise vector z into an image.",
    },
    "how_gan_step2": {
        "zh": "训练判别器：让它把真实图像判为“真”、生成图像判为“假”。",
        "en": "Train the discriminator: it should call real images real and generated ones fake.",
    },
    "how_gan_step3": {
        "zh": "训练生成器：让判别器把它的图像误判为“真”。两者交替训练，直到生成的图像以假乱真。",
        "en": "Train the generator so that the discriminator calls its images real. Alternate the two until the fakes pass for real.",
    },
    "how_gan_step4": {
        "zh": "生成时只需要生成器：一次前向计算就得到一张图，所以很快。",
        "en": "To generate, only the generator is needed: one forward pass gives an image, which is why it is fast.",
    },
    "how_diffusion_step1": {
        "zh": "前向过程：给真实图像一步步加高斯噪声，直到变成纯噪声。",
        "en": "Forward process: add Gaussian noise to a real image step by step until it is pure noise.",
    },
    "how_diffusion_step2": {
        "zh": "训练：让 U-Net 在任意一步预测被加进去的噪声（用均方误差作损失）。",
        "en": "Training: a U-Net learns to predict the noise that was added at any step (mean squared error is the loss).",
    },
    "how_diffusion_step3": {
        "zh": "反向过程：从纯噪声出发，调度器按 U-Net 的预测一步步去噪。",
        "en": "Reverse process: start from pure noise; a scheduler removes the predicted noise step by step.",
    },
    "how_diffusion_step4": {
        "zh": "条件生成：把“想要的内容”（这里是数字几）作为条件输入，用无分类器引导加强它。",
        "en": "Conditioning: give the model what you want (here, which digit) as a condition, and strengthen it with classifier-free guidance.",
    },
    "how_vs_text_note": {
        "zh": "RNN 只能靠一个隐藏状态记住前文，越长越容易遗忘，且必须逐步计算；Transformer 用注意力直接回看所有前文，可并行训练，因此成为大语言模型的基础。",
        "en": "An RNN remembers the past only through one hidden state, forgets over long texts and must compute step by step; a Transformer looks back at all earlier tokens directly through attention and trains in parallel, which is why large language models are built on it.",
    },
    "how_vs_image_note": {
        "zh": "GAN 一步出图、速度快，但训练不稳定、容易只学会少数样式；扩散模型需要多步去噪，但训练稳定、多样性好，是当今图像生成的主流。",
        "en": "A GAN makes an image in one step and is fast, but it is unstable to train and may learn only a few styles; a diffusion model needs many denoising steps but trains stably and covers more variety, which is why it dominates image generation today.",
    },
    "how_n_sample": {"zh": "采样", "en": "sample"},
    "how_e_feedback": {"zh": "接到输入末尾", "en": "append to input"},
    "how_rnn_n_input": {"zh": "当前字", "en": "current character"},
    "how_rnn_n_hidden": {"zh": "隐藏状态 h", "en": "hidden state h"},
    "how_rnn_n_probs": {"zh": "下一个字的概率", "en": "next-character probabilities"},
    "how_rnn_e_carry": {"zh": "带到下一步", "en": "carried forward"},
    "how_tf_n_tokens": {"zh": "词元 + 位置", "en": "tokens + positions"},
    "how_tf_n_attention": {"zh": "自注意力", "en": "self-attention"},
    "how_tf_n_layers": {"zh": "前馈层（×N）", "en": "feed-forward (×N layers)"},
    "how_tf_n_probs": {"zh": "下一个词元的概率", "en": "next-token probabilities"},
    "how_tf_e_filters": {"zh": "温度 / top-k / top-p", "en": "temperature / top-k / top-p"},
    "how_gan_n_noise": {"zh": "随机噪声 z", "en": "random noise z"},
    "how_gan_n_generator": {"zh": "生成器 G", "en": "generator G"},
    "how_gan_n_fake": {"zh": "生成图像", "en": "generated image"},
    "how_gan_n_real": {"zh": "真实图像", "en": "real image"},
    "how_gan_n_discriminator": {
        "zh": "判别器 D：真还是假？",
        "en": "discriminator D: real or fake?",
    },
    "how_gan_e_feedback": {"zh": "梯度：如何更像真的", "en": "gradient: how to look more real"},
    "how_diff_n_clean": {"zh": "清晰图像 x₀", "en": "clean image x₀"},
    "how_diff_n_noisy": {"zh": "带噪图像 xₜ", "en": "noisy image xₜ"},
    "how_diff_n_unet": {"zh": "U-Net（+ 条件）", "en": "U-Net (+ condition)"},
    "how_diff_n_scheduler": {"zh": "调度器", "en": "scheduler"},
    "how_diff_n_result": {"zh": "生成的图像", "en": "generated image"},
    "how_diff_e_forward": {"zh": "加噪（训练时）", "en": "add noise (training)"},
    "how_diff_e_noise": {"zh": "预测的噪声", "en": "predicted noise"},
    "how_diff_e_repeat": {"zh": "去掉一点噪声，重复", "en": "remove some noise, repeat"},
    "how_real_attention": {
        "zh": "在自带的 GPT 上看真实的注意力",
        "en": "See real attention in the bundled GPT",
    },
    "how_real_rnn": {
        "zh": "看 RNN 的隐藏状态如何把诗句带下去",
        "en": "Watch the RNN's hidden state carry a poem forward",
    },
    "how_attn_text": {"zh": "输入一句话", "en": "Type a sentence"},
    "how_attn_layer": {"zh": "第几层", "en": "Layer"},
    "how_attn_head": {"zh": "注意力头", "en": "Attention head"},
    "how_attn_head_mean": {"zh": "全部（平均）", "en": "All (mean)"},
    "how_attn_shape": {
        "zh": "内置模型有 {layers} 层，每层 {heads} 个注意力头（读自模型的配置）。",
        "en": "The bundled model has {layers} layers with {heads} attention heads each (read "
        "from the model's config).",
    },
    "how_attn_title_head": {
        "zh": "第 {layer} 层第 {head} 个注意力头的注意力",
        "en": "Attention in layer {layer}, head {head}",
    },
    "how_attn_title": {
        "zh": "第 {layer} 层的注意力（各注意力头平均）",
        "en": "Attention in layer {layer} (mean over heads)",
    },
    "how_attn_x": {"zh": "被关注的词元", "en": "token attended to"},
    "how_attn_y": {"zh": "正在预测下一个词的词元", "en": "token doing the looking"},
    "how_attn_note": {
        "zh": "每一行是一个词元在“回看”前文时分配的注意力（每行总和为 1）；右上角为空，因为 GPT 只能看前面的词。",
        "en": "Each row is how one token spreads its attention over the text before it (each row sums to 1); "
        "the upper right is empty because GPT can only look back.",
    },
    "how_rnn_text": {"zh": "输入一句诗", "en": "Type a line of a poem"},
    "how_rnn_heatmap_title": {
        "zh": "每读一个字后的隐藏状态（变化最大的若干单元）",
        "en": "Hidden state after each character (the most active units)",
    },
    "how_rnn_units": {"zh": "隐藏单元", "en": "hidden unit"},
    "how_rnn_next": {
        "zh": "读到“{char}”后，最可能的下一个字：{guesses}",
        "en": "After “{char}”, the likeliest next characters: {guesses}",
    },
    "how_rnn_note": {
        "zh": "同一个隐藏状态向量一步步更新：它是 RNN 对前文的全部“记忆”。这个小模型只学过唐诗宋词。",
        "en": "One hidden-state vector is updated step by step: it is all the RNN remembers of the text so far. "
        "This small model has only read Tang and Song poems.",
    },
    "how_input_empty": {"zh": "请输入一些文字。", "en": "Type some text."},
    "how_input_cut": {
        "zh": "只显示前 {n} 个{unit}。",
        "en": "Only the first {n} {unit} are shown.",
    },
    "how_unit_tokens": {"zh": "词元", "en": "tokens"},
    "how_unit_chars": {"zh": "字", "en": "characters"},
    "how_rnn_skipped": {
        "zh": "模型没见过这些字符，已跳过：{chars}",
        "en": "Characters the model has never seen were skipped: {chars}",
    },
    "how_model_unavailable": {
        "zh": "自带模型暂时无法加载（{reason}），这里只显示示意图。其他部分不受影响。",
        "en": "The bundled model could not be loaded ({reason}), so only the diagram is shown. Everything else still works.",
    },
}
