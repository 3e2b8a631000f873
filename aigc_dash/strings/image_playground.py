"""Strings of the image playground (pages/5_Image_Playground.py and its charts)."""

STRINGS = {
    "image_title": {"zh": "图像生成实验场", "en": "Image playground"},
    "image_intro": {
        "zh": "在真实的手写数字上运行真实的小模型：DCGAN 生成数字，扩散模型一步步去噪，"
        "还可以在课堂上现场训练一个 GAN。所有设置都保存在网址里，复制链接即可分享。",
        "en": "Real small models on real handwritten digits: a DCGAN draws digits, a diffusion "
        "model denoises step by step, and you can train a GAN live in class. Every setting is "
        "kept in the address bar, so a link shares it.",
    },
    "image_section": {"zh": "选择实验", "en": "Choose a lab"},
    "image_tab_dcgan": {"zh": "DCGAN 生成", "en": "DCGAN"},
    "image_tab_diffusion": {"zh": "扩散模型", "en": "Diffusion"},
    "image_tab_lab": {"zh": "现场训练 GAN", "en": "Training lab"},
    # URL notices
    "image_url_out_of_range": {
        "zh": "链接中的 {key}={value} 超出范围，已改为 {used}。",
        "en": "The link's {key}={value} is out of range; using {used}.",
    },
    "image_url_not_a_number": {
        "zh": "链接中的 {key}={value} 不是数字，已使用 {used}。",
        "en": "The link's {key}={value} is not a number; using {used}.",
    },
    "image_url_unknown_choice": {
        "zh": "链接中的 {key}={value} 不是可选项，已使用 {used}。",
        "en": "The link's {key}={value} is not one of the choices; using {used}.",
    },
    "image_model_missing": {
        "zh": "{name} 模型的权重还没有打包到 data/models/ 中，本部分暂时无法运行。"
        "维护者可运行：{command}",
        "en": "The {name} model's weights are not in data/models/ yet, so this part cannot run. "
        "A maintainer can build them with: {command}",
    },
    # DCGAN
    "image_dcgan_header": {"zh": "DCGAN：从随机种子生成数字", "en": "DCGAN: digits from a seed"},
    "image_dcgan_intro": {
        "zh": "生成器把 100 维随机噪声变成 28×28 的数字图片。每张图下方是独立分类器的判断和置信度，"
        "生成质量看得见，而不是靠我们说。同一种子总得到同一张图。",
        "en": "The generator turns 100 random numbers into a 28×28 digit. Under each sample is "
        "what an independent classifier reads and how sure it is, so quality is visible, not "
        "asserted. The same seed always gives the same picture.",
    },
    "image_model_card": {
        "zh": "内置模型：{size}；许可：{licence}；由 {script} 从零训练，权重和模型卡在 {folder}。",
        "en": "Bundled model: {size}; licence: {licence}; trained from scratch by {script}; "
        "weights and model card in {folder}.",
    },
    "image_seed": {"zh": "随机种子", "en": "Seed"},
    "image_seed_help": {
        "zh": "第 i 张图使用种子 seed+i，因此任意一张都能单独复现。",
        "en": "Sample i uses seed + i, so any one of them can be redrawn on its own.",
    },
    "image_count": {"zh": "生成数量", "en": "How many"},
    "image_quality": {
        "zh": "分类器以不低于 {threshold} 的置信度识别出 {confident}/{n} 张（{share}）；"
        "出现了 {present} 种数字。",
        "en": "The classifier reads {confident} of {n} samples ({share}) with confidence of "
        "at least {threshold}; {present} different digits appear.",
    },
    "image_download_grid": {"zh": "下载图片网格（PNG）", "en": "Download the grid (PNG)"},
    "image_download_gif": {"zh": "下载动画（GIF）", "en": "Download the animation (GIF)"},
    "image_download_strip": {
        "zh": "下载去噪序列长图（PNG）",
        "en": "Download the sequence (PNG strip)",
    },
    "image_interp_header": {"zh": "潜空间插值", "en": "Latent interpolation"},
    "image_interp_intro": {
        "zh": "在两个种子的噪声向量之间沿球面平滑移动：生成的数字逐渐从一个变成另一个，"
        "说明生成器学到的是一个连续的空间。",
        "en": "Walk smoothly (along the sphere) from one seed's noise vector to another's: the "
        "digit morphs from one into the other, showing the generator learnt a continuous space.",
    },
    "image_seed_a": {"zh": "起点种子", "en": "Start seed"},
    "image_seed_b": {"zh": "终点种子", "en": "End seed"},
    "image_frames": {"zh": "插值帧数", "en": "Frames"},
    "image_pos": {"zh": "插值位置", "en": "Position"},
    "image_pos_caption": {
        "zh": "第 {pos}/{last} 帧 · 分类器：{guess}",
        "en": "Frame {pos} of {last} · classifier: {guess}",
    },
    "image_animation": {"zh": "插值动画（循环播放）", "en": "Interpolation animation (loops)"},
    "image_dcgan_history": {
        "zh": "内置 DCGAN 是怎样训练出来的（损失曲线）",
        "en": "How the bundled DCGAN was trained (loss curves)",
    },
    "image_history_missing": {
        "zh": "没有找到内置模型的训练记录。",
        "en": "The bundled model's training log was not found.",
    },
    # diffusion
    "image_diff_header": {"zh": "扩散模型：一步步去噪", "en": "Diffusion: denoising step by step"},
    "image_diff_intro": {
        "zh": "从纯噪声出发，模型每一步预测噪声并去掉一部分。数字是“提示词”（类别条件），"
        "引导强度越大越贴近指定数字。生成时显示实时进度，之后可拖动滑块查看每一步的真实中间结果。",
        "en": "Starting from pure noise, the model predicts the noise at each step and removes "
        "some of it. The digit is the \u201cprompt\u201d (a class condition); a higher guidance "
        "scale follows it more closely. Progress shows live, then a slider scrubs through the "
        "real intermediate frames.",
    },
    "image_model": {"zh": "模型", "en": "Model"},
    "image_model_bundled": {
        "zh": "内置：类别条件扩散模型（手写数字）",
        "en": "Bundled: class-conditional diffusion (digits)",
    },
    "image_digit": {"zh": "数字（提示）", "en": "Digit (the prompt)"},
    "image_digit_help": {
        "zh": "“任意数字”使用无条件模型（无分类器引导中的空类别）。",
        "en": "\u201cAny digit\u201d uses the unconditional model (the null class of "
        "classifier-free guidance).",
    },
    "image_any_digit": {"zh": "任意数字", "en": "any digit"},
    "image_scheduler": {"zh": "采样器（调度器）", "en": "Scheduler"},
    "image_guidance": {"zh": "引导强度", "en": "Guidance scale"},
    "image_guidance_help": {
        "zh": "无分类器引导：无条件预测 + 强度 ×（条件预测 − 无条件预测）。1 表示只用条件模型，0 表示不看数字。",
        "en": "Classifier-free guidance: unconditional + scale × (conditional − unconditional). "
        "1 is the conditional model alone, 0 ignores the digit.",
    },
    "image_steps": {"zh": "采样步数", "en": "Steps"},
    "image_steps_help": {
        "zh": "DDPM 训练时用 1000 步；DDIM、DPM-Solver++ 等采样器用 20 步左右就能得到清晰的数字。",
        "en": "DDPM was trained with 1,000 steps; samplers such as DDIM and DPM-Solver++ get a "
        "clean digit in about 20.",
    },
    "image_generate": {"zh": "开始生成", "en": "Generate"},
    "image_denoising": {
        "zh": "去噪中：第 {step}/{total} 步",
        "en": "Denoising: step {step} of {total}",
    },
    "image_preview": {
        "zh": "模型当前预测的干净图像",
        "en": "The model's current guess of the clean image",
    },
    "image_diff_none": {
        "zh": "点击“开始生成”运行去噪，然后拖动滑块逐帧查看。",
        "en": "Click Generate to run the denoising, then scrub through its frames.",
    },
    "image_diff_done": {
        "zh": "数字 {digit} · {scheduler} {steps} 步 · 引导 {guidance} · 种子 {seed}：用时 {seconds} 秒；"
        "分类器认为是 {guess}（{conf}）。",
        "en": "Digit {digit} · {scheduler}, {steps} steps · guidance {guidance} · seed {seed}: "
        "{seconds} s; the classifier reads {guess} ({conf}).",
    },
    "image_frame": {"zh": "查看第几帧", "en": "Frame"},
    "image_frame_help": {
        "zh": "最多保留 50 个均匀分布的步骤（总是包含第一步和最后一步）。",
        "en": "Up to 50 evenly spaced steps are kept (always the first and the last).",
    },
    "image_frame_step": {"zh": "第 {step}/{total} 步", "en": "Step {step} of {total}"},
    "image_frame_final": {
        "zh": "完成：{total} 步后的最终图像",
        "en": "Done: the final image after {total} steps",
    },
    "image_noisy": {"zh": "当前的带噪图像", "en": "The noisy image at this step"},
    "image_x0": {"zh": "模型预测的干净图像 x₀", "en": "The model's predicted clean image x₀"},
    "image_forward_header": {
        "zh": "前向过程：给真实数字加噪声",
        "en": "Forward process: noising a real digit",
    },
    "image_forward_intro": {
        "zh": "训练时模型看到的是这样的图：一张真实的手写数字（来自没有参与训练的留出集）在第 t 步加上噪声。"
        "t 越大，剩下的原图信号越少。",
        "en": "This is what the model sees in training: a real handwritten digit (from the "
        "held-out set no model trained on) with the noise of step t added. The larger t, the "
        "less of the original is left.",
    },
    "image_forward_t": {"zh": "加噪步数 t", "en": "Noise step t"},
    "image_forward_real": {"zh": "真实数字 {digit}", "en": "Real digit {digit}"},
    "image_forward_noisy": {
        "zh": "第 {t} 步：保留约 {signal} 的原图信号",
        "en": "Step {t}: about {signal} of the original signal left",
    },
    "image_forward_strip": {"zh": "第 {steps} 步", "en": "Steps {steps}"},
    "image_compare_header": {"zh": "采样器对比", "en": "Compare two samplers"},
    "image_compare_intro": {
        "zh": "同一个数字、同一个种子，用上面的采样器和步数，与这里选择的另一组对比，并计时。",
        "en": "The same digit and seed under the scheduler and steps chosen above against the "
        "pair chosen here, each timed.",
    },
    "image_scheduler2": {"zh": "对比采样器", "en": "Other scheduler"},
    "image_steps2": {"zh": "对比步数", "en": "Other steps"},
    "image_compare_run": {"zh": "运行对比", "en": "Run the comparison"},
    "image_compare_running": {
        "zh": "正在运行 {scheduler}：第 {step}/{steps} 步",
        "en": "Running {scheduler}: step {step} of {steps}",
    },
    "image_compare_caption": {
        "zh": "{label} 步：{seconds} 秒 · 分类器：{guess}（{conf}）",
        "en": "{label} steps: {seconds} s · classifier: {guess} ({conf})",
    },
    "image_compare_ratio": {
        "zh": "慢的一组用时是快的一组的 {ratio} 倍（同一台机器、先后运行；机器繁忙时绝对时间会变，比值更可靠）。",
        "en": "The slower run took {ratio}× as long as the faster (same machine, one after the "
        "other; on a busy machine absolute times vary, the ratio is the fairer part).",
    },
    "image_hub_note": {
        "zh": "模型：{size}；许可：{licence}",
        "en": "Model: {size}; licence: {licence}",
    },
    "image_hub_generate": {"zh": "用该模型生成一张图", "en": "Generate one image with it"},
    "image_hub_loading": {"zh": "正在加载并运行模型……", "en": "Loading and running the model…"},
    "image_fallback_unknown": {
        "zh": "不认识模型“{model}”，已使用内置扩散模型。",
        "en": "The model \u201c{model}\u201d is not known; using the bundled diffusion model.",
    },
    "image_fallback_hub_disabled": {
        "zh": "在线模型未被管理员开启，已使用内置扩散模型。",
        "en": "Hub models are not enabled by the operator; using the bundled diffusion model.",
    },
    "image_fallback_hub_not_allowed": {
        "zh": "模型“{model}”不在管理员允许的列表中，已使用内置扩散模型。",
        "en": "The model \u201c{model}\u201d is not on the operator's allow-list; using the "
        "bundled diffusion model.",
    },
    "image_fallback_hub_unreachable": {
        "zh": "现在连不上模型仓库，无法加载“{model}”，已改用内置扩散模型。",
        "en": "The model hub cannot be reached now, so \u201c{model}\u201d cannot load; using the "
        "bundled diffusion model.",
    },
    "image_fallback_hub_load_failed": {
        "zh": "模型“{model}”加载或运行失败，请使用内置扩散模型。",
        "en": "The model \u201c{model}\u201d failed to load or run; use the bundled diffusion "
        "model.",
    },
    # training lab
    "image_lab_header": {"zh": "现场训练一个 GAN", "en": "Train a GAN live"},
    "image_lab_intro": {
        "zh": "从零开始训练一个小 DCGAN，使用部分真实手写数字。训练在后台进行，损失曲线和每轮结束时的样本会实时更新；"
        "随时可以停止，已经学到的会保留。为共享的 CPU 着想，默认设置很小（几秒一轮）。",
        "en": "Train a small DCGAN from scratch on a subset of real handwritten digits. It trains "
        "in the background while the loss curves and a sample grid after each epoch update "
        "live; stop it any time and what it learnt is kept. Defaults are small (a few seconds "
        "an epoch) because the CPU is shared.",
    },
    "image_lab_steps_header": {
        "zh": "每一步训练做三件事",
        "en": "Each training step does three things",
    },
    "image_lab_steps": {
        "zh": "1. **生成假图**：采样一批随机噪声 z，生成器 G 把它变成假数字 G(z)。\n"
        "2. **训练判别器 D**：让 D 对真实数字输出“真”（1），对假数字输出“假”（0），"
        "用二元交叉熵损失更新 D（蓝线）。\n"
        "3. **训练生成器 G**：让 D 把假数字判为“真”，用同样的损失反向更新 G（红线）。\n\n"
        "两者此消彼长：D 的损失下降说明它更会分辨，G 的损失下降说明它更会骗过 D。"
        "曲线不会像普通训练那样一直下降，来回拉锯才是正常的。",
        "en": "1. **Make fakes**: sample a batch of random noise z; the generator G turns it "
        "into fake digits G(z).\n"
        "2. **Train the discriminator D**: push D to say \u201creal\u201d (1) on real digits "
        "and \u201cfake\u201d (0) on the fakes, with binary cross-entropy (blue line).\n"
        "3. **Train the generator G**: push D to call the fakes \u201creal\u201d; the same "
        "loss updates G (red line).\n\n"
        "They pull against each other: D's loss falls when it tells them apart better, G's "
        "when it fools D better. The curves do not simply fall as in ordinary training; a "
        "tug of war is normal.",
    },
    "image_lab_same_function": {
        "zh": "这里调用的训练函数 train_dcgan，与训练内置 DCGAN 的脚本（aigc_dash/training/dcgan.py）是同一个，"
        "超参数相同：批大小 64，学习率 0.0002，Adam(0.5, 0.999)。为了几分钟内就能看到结果，这里训练的是较小的网络"
        "（dcgan-28-v1）；内置模型是更大的 dcgan-28-v2。",
        "en": "This calls the same training function, train_dcgan, as the script that trained "
        "the bundled DCGAN (aigc_dash/training/dcgan.py), with the same hyper-parameters: "
        "batch 64, learning rate 0.0002, Adam (0.5, 0.999). So that results show within "
        "minutes it trains the smaller network (dcgan-28-v1); the bundled model is the larger "
        "dcgan-28-v2.",
    },
    "image_lab_epochs": {"zh": "训练轮数", "en": "Epochs"},
    "image_lab_per_class": {"zh": "每个数字用多少张图", "en": "Digits per class"},
    "image_lab_per_class_help": {
        "zh": "从 4000 张训练图中，每个数字取前若干张。越多越像样，但每轮越慢。",
        "en": "The first this-many digits of each class from the 4,000 training images. More "
        "looks better but each epoch takes longer.",
    },
    "image_lab_size": {
        "zh": "共 {images} 张图，合计 {steps} 步训练（批大小 64）。",
        "en": "{images} images, {steps} training steps in all (batch 64).",
    },
    "image_lab_start": {"zh": "开始训练", "en": "Start training"},
    "image_lab_continue": {"zh": "继续训练", "en": "Continue training"},
    "image_lab_continue_help": {
        "zh": "在已训练的模型上再训练所选轮数（同一个网络、优化器和损失记录）。",
        "en": "Train the same model for the chosen number of epochs more (same networks, "
        "optimisers and loss history).",
    },
    "image_lab_nothing": {
        "zh": "还没有可以继续的训练，请先开始训练。",
        "en": "There is no run to continue yet; start one first.",
    },
    "image_lab_limit": {
        "zh": "这个模型已经训练了上限的轮数；如需更多，请重新开始一个训练。",
        "en": "This model has reached the epoch limit of the lab; start a new run for more.",
    },
    "image_lab_stop": {"zh": "停止训练", "en": "Stop training"},
    "image_lab_none": {
        "zh": "还没有开始训练。选择轮数后点击“开始训练”。",
        "en": "No training run yet. Choose the epochs and click Start training.",
    },
    "image_lab_progress": {
        "zh": "第 {step}/{total} 步 · 第 {epoch}/{epochs} 轮已完成 · {seconds} 秒",
        "en": "Step {step} of {total} · {epoch} of {epochs} epochs done · {seconds} s",
    },
    "image_lab_grid": {
        "zh": "第 {epoch} 轮结束时的生成样本（固定的 16 个噪声向量）",
        "en": "Samples after epoch {epoch} (the same 16 noise vectors each time)",
    },
    "image_lab_final": {
        "zh": "你的生成器现在的样子：训练 {step} 步后（与每轮样本相同的 16 个噪声向量）",
        "en": "Your generator now, after {step} training steps (the same 16 noise vectors)",
    },
    "image_lab_done": {
        "zh": "训练完成：共 {step} 步。",
        "en": "Training finished: {step} steps.",
    },
    "image_lab_stopped": {
        "zh": "已停止：保留了前 {step}/{total} 步学到的内容。",
        "en": "Stopped: what was learnt in {step} of {total} steps is kept.",
    },
    "image_lab_failed": {"zh": "训练出错：{error}", "en": "Training failed: {error}"},
    "image_lab_already_running": {
        "zh": "本次会话已经有一个训练在进行，请等它结束或先停止它。",
        "en": "A training run is already going in this session; wait for it or stop it first.",
    },
    "image_lab_server_busy": {
        "zh": "服务器正在为另一位用户训练（共享 CPU 一次只训练一个），请稍后再试。",
        "en": "The server is training for someone else (one run at a time on the shared CPU); "
        "try again shortly.",
    },
    # charts
    "image_chart_losses": {"zh": "判别器与生成器的损失", "en": "Discriminator and generator loss"},
    "image_chart_bundled": {
        "zh": "内置 DCGAN：每轮平均损失",
        "en": "Bundled DCGAN: mean loss per epoch",
    },
    "image_chart_d_loss": {"zh": "判别器 D 损失", "en": "Discriminator D loss"},
    "image_chart_g_loss": {"zh": "生成器 G 损失", "en": "Generator G loss"},
    "image_chart_step": {"zh": "训练步", "en": "Training step"},
    "image_chart_epoch": {"zh": "轮次", "en": "Epoch"},
    "image_chart_loss": {"zh": "损失（二元交叉熵）", "en": "Loss (binary cross-entropy)"},
    "image_chart_seconds": {"zh": "用时（秒）", "en": "Time (s)"},
    "image_chart_compare": {"zh": "采样用时", "en": "Sampling time"},
}
