"""Strings of the Concepts page: how generation works, the loss lab, the fault-tolerance lab."""

STRINGS = {
    "concepts_title": {
        "zh": "原理：生成、损失与容错",
        "en": "Concepts: generation, loss and fault tolerance",
    },
    "concepts_intro": {
        "zh": "看懂四类生成模型如何工作，亲手算一算损失函数，再用本应用自带的模型测量“容错”。",
        "en": "See how four kinds of generative model work, work out loss functions by hand, "
        "and measure fault tolerance on the app's own models.",
    },
    "concepts_tab_how": {"zh": "生成原理", "en": "How generation works"},
    "concepts_tab_loss": {"zh": "损失函数实验室", "en": "Loss lab"},
    "concepts_tab_ft": {"zh": "容错实验室", "en": "Fault-tolerance lab"},
    # --- loss lab -------------------------------------------------------------------------
    "loss_ce_heading": {
        "zh": "交叉熵（分类、下一个词预测）",
        "en": "Cross-entropy (classification, next-token prediction)",
    },
    "loss_ce_explain": {
        "zh": "交叉熵衡量预测分布 q 与真实分布 p 的差距：H(p, q) = −Σ pᵢ · ln qᵢ。模型给正确答案的概率越低，损失越大；给它 0 概率时损失趋于无穷。",
        "en": "Cross-entropy measures how far the predicted distribution q is from the true "
        "distribution p: H(p, q) = −Σ pᵢ · ln qᵢ. The less probability the model gives the right "
        "answer, the larger the loss; at zero probability it goes to infinity.",
    },
    "loss_true_dist": {
        "zh": "真实分布 p（用逗号或空格分隔）",
        "en": "True distribution p (comma- or space-separated)",
    },
    "loss_pred_dist": {"zh": "预测分布 q", "en": "Predicted distribution q"},
    "loss_normalise": {
        "zh": "自动归一化（使总和为 1）",
        "en": "Normalise automatically (make them sum to 1)",
    },
    "loss_normalised_notice": {
        "zh": "{field} 的总和是 {total}，已按比例缩放为 1。",
        "en": "{field} summed to {total}; it was rescaled to sum to 1.",
    },
    "loss_clipped_notice": {
        "zh": "预测分布给正确答案的概率为 0，−ln(0) 趋于无穷；这里用 ln(1e-12) 代替，以显示“自信地答错”的代价有多大。",
        "en": "The prediction gives the true answer probability 0, and −ln(0) tends to infinity; ln(1e-12) "
        "is used instead to show how costly being confidently wrong is.",
    },
    "loss_result": {"zh": "损失", "en": "Loss"},
    "loss_worked": {"zh": "计算过程", "en": "Worked formula"},
    "loss_ce_curve_title": {
        "zh": "给正确答案的概率 q 与交叉熵 −ln q",
        "en": "Probability q given to the true answer vs cross-entropy −ln q",
    },
    "loss_ce_curve_x": {
        "zh": "正确答案的预测概率 q",
        "en": "Predicted probability of the true answer q",
    },
    "loss_mse_heading": {
        "zh": "均方误差（回归、扩散模型的噪声预测）",
        "en": "Mean squared error (regression, diffusion noise prediction)",
    },
    "loss_mse_explain": {
        "zh": "均方误差 MSE = (1/n) · Σ (yᵢ − ŷᵢ)²。误差被平方，所以大误差受到的惩罚远大于小误差。",
        "en": "Mean squared error MSE = (1/n) · Σ (yᵢ − ŷᵢ)². Errors are squared, so a large "
        "error is punished far more than a small one.",
    },
    "loss_true_values": {"zh": "真实值 y", "en": "True values y"},
    "loss_pred_values": {"zh": "预测值 ŷ", "en": "Predicted values ŷ"},
    "loss_seed_note": {
        "zh": "说明：课程讲义中此例写作 0.027，但 (0.04 + 0.01 + 0.01) / 3 = 0.020，讲义的数字是笔误。",
        "en": "Note: the course notes give 0.027 for this example, but "
        "(0.04 + 0.01 + 0.01) / 3 = 0.020; the notes' figure is a slip.",
    },
    "loss_compare_title": {"zh": "单个误差的大小与各损失", "en": "Size of one error vs each loss"},
    "loss_compare_x": {"zh": "误差 |y − ŷ|", "en": "Error |y − ŷ|"},
    "loss_compare_note": {
        "zh": "哪些误差被“容忍”：MSE 对小误差很宽容、对大误差（离群点）极其严厉；MAE 对所有误差一视同仁；Huber 在小误差时像 MSE、大误差时像 MAE，更能容忍离群点。",
        "en": "Which errors each loss tolerates: MSE is lenient on small errors and very harsh on "
        "large ones (outliers); MAE treats every error alike; Huber behaves like MSE for small "
        "errors and like MAE for large ones, so it tolerates outliers better.",
    },
    "loss_axis_loss": {"zh": "损失", "en": "Loss"},
    "loss_err_empty": {
        "zh": "“{field}”是空的：请输入若干数字。",
        "en": "“{field}” is empty: enter some numbers.",
    },
    "loss_err_not_number": {
        "zh": "“{field}”中的“{token}”不是有效数字。",
        "en": "“{token}” in “{field}” is not a valid number.",
    },
    "loss_err_length": {
        "zh": "两组数字个数不同（{n_true} 个与 {n_pred} 个），必须一一对应。",
        "en": "The two lists have different lengths ({n_true} and {n_pred}); they must match one to one.",
    },
    "loss_err_negative": {
        "zh": "“{field}”含负数，概率不能为负。",
        "en": "“{field}” has a negative value; probabilities cannot be negative.",
    },
    "loss_err_not_sum_one": {
        "zh": "“{field}”的总和是 {total}，不是 1。勾选“自动归一化”即可按比例缩放。",
        "en": "“{field}” sums to {total}, not 1. Tick “Normalise automatically” to rescale it.",
    },
    "loss_err_zero_sum": {
        "zh": "“{field}”全为 0，无法构成概率分布。",
        "en": "“{field}” is all zeros, which is not a distribution.",
    },
    "loss_err_too_few": {"zh": "至少需要两个类别。", "en": "At least two classes are needed."},
    "loss_err_too_many": {
        "zh": "“{field}”最多 {max} 个数字。",
        "en": "“{field}” takes at most {max} numbers.",
    },
    "loss_field_true": {"zh": "真实", "en": "true"},
    "loss_field_pred": {"zh": "预测", "en": "predicted"},
}
