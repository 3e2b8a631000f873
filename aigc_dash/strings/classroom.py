"""Strings of the Classroom page, its dashboard and the submit/share buttons on other pages."""

STRINGS = {
    "nav_classroom": {"zh": "课堂模式", "en": "Classroom"},
    "blurb_classroom": {
        "zh": "老师开一个班：学生匿名提交职业匹配结果和生成样本，老师的看板实时汇总全班。",
        "en": "A teacher opens a class; students submit matcher results and generated samples "
        "anonymously, and the teacher's dashboard shows the whole class live.",
    },
    "classroom_title": {"zh": "课堂模式", "en": "Classroom"},
    "classroom_intro": {
        "zh": "老师创建一个班，把二维码投到大屏上；学生扫码加入（匿名），在职业匹配和两个生成游乐场里"
        "一键提交结果；老师的看板每隔几秒自动更新，展示全班的画像、岗位分布和生成样本。",
        "en": "The teacher creates a class and puts its QR code on the projector; students scan it "
        "and join anonymously, then submit from the Career matcher and the two playgrounds with "
        "one click; the teacher's dashboard updates itself every few seconds with the class's "
        "profiles, top roles and samples.",
    },
    "classroom_role": {"zh": "我是", "en": "I am"},
    "classroom_role_student": {"zh": "学生", "en": "a student"},
    "classroom_role_teacher": {"zh": "老师", "en": "the teacher"},
    # student
    "classroom_code_label": {"zh": "班级码（6 位）", "en": "Class code (6 characters)"},
    "classroom_join": {"zh": "加入", "en": "Join"},
    "classroom_bad_code": {
        "zh": "这不是有效的班级码：班级码是 6 位字母和数字（没有 0、O、1、I 这类易混字符）。",
        "en": "That is not a class code: codes have 6 letters and digits (no look-alikes such as "
        "0/O or 1/I).",
    },
    "classroom_joined": {"zh": "已加入班级 {code}。", "en": "You joined class {code}."},
    "classroom_student_in": {
        "zh": "你已加入班级 **{code}**。",
        "en": "You are in class **{code}**.",
    },
    "classroom_student_how": {
        "zh": "去“职业匹配”页点击“提交到我的班级”，或在文本/图像游乐场生成后点击“分享给我的班级”。"
        "再次提交会替换你之前的同类提交；你可以随时撤回。",
        "en": "Go to the Career matcher and press “Submit to my class”, or generate in the Text or "
        "Image playground and press “Share with my class”. Submitting again replaces your earlier "
        "entry of that kind; you can withdraw at any time.",
    },
    "classroom_privacy": {
        "zh": "匿名：只保存一个随机编号和你提交的内容，不保存姓名、IP 或邮箱；班级到期后全部删除。",
        "en": "Anonymous: only a random id and what you submit are stored, no name, IP address or "
        "e-mail; everything is deleted when the class expires.",
    },
    "classroom_my_entries": {"zh": "我的提交", "en": "My entries"},
    "classroom_no_entries_yet": {"zh": "还没有提交。", "en": "Nothing submitted yet."},
    "classroom_kind_matcher": {"zh": "职业匹配结果", "en": "Career-matcher result"},
    "classroom_kind_text": {"zh": "文本样本", "en": "Text sample"},
    "classroom_kind_image": {"zh": "图像样本", "en": "Image sample"},
    "classroom_withdraw": {"zh": "撤回", "en": "Withdraw"},
    "classroom_leave": {"zh": "离开班级", "en": "Leave the class"},
    "classroom_not_joined_hint": {
        "zh": "在上课？先在“课堂模式”页加入班级，就能把结果提交给老师。",
        "en": "In a class? Join it on the Classroom page to send this to your teacher.",
    },
    "classroom_joined_as": {"zh": "班级 {code}", "en": "Class {code}"},
    "classroom_submit_matcher": {"zh": "提交到我的班级", "en": "Submit to my class"},
    "classroom_share": {"zh": "分享给我的班级", "en": "Share with my class"},
    "classroom_sent_matcher": {
        "zh": "已提交到班级 {code}（替换了你之前的结果）。",
        "en": "Submitted to class {code} (it replaces your earlier result).",
    },
    "classroom_sent_text": {
        "zh": "已把这段文本分享给班级 {code}。",
        "en": "Shared this text with class {code}.",
    },
    "classroom_sent_image": {
        "zh": "已把这张图分享给班级 {code}。",
        "en": "Shared this image with class {code}.",
    },
    "classroom_pending": {
        "zh": "这条提交还没存进数据库（保存在你的会话里，没有丢）。",
        "en": "This entry is not in the database yet (it is kept in your session, not lost).",
    },
    "classroom_retry": {"zh": "重试提交", "en": "Retry sending"},
    # teacher
    "classroom_create_title": {"zh": "开一个新班", "en": "Open a new class"},
    "classroom_title_label": {"zh": "班级名称（可选）", "en": "Class name (optional)"},
    "classroom_days_label": {"zh": "保留天数", "en": "Keep for (days)"},
    "classroom_create": {"zh": "创建班级", "en": "Create the class"},
    "classroom_open_title": {"zh": "打开我的看板", "en": "Open my dashboard"},
    "classroom_key_label": {"zh": "教师密钥", "en": "Teacher key"},
    "classroom_open": {"zh": "打开看板", "en": "Open the dashboard"},
    "classroom_key_wrong": {
        "zh": "班级码或教师密钥不对（本次会话还可尝试 {left} 次）。",
        "en": "Wrong class code or teacher key ({left} tries left in this session).",
    },
    "classroom_key_locked": {
        "zh": "尝试次数过多，本次会话已锁定。请重新打开页面或登录。",
        "en": "Too many wrong tries: locked for this session. Open the app again, or sign in.",
    },
    "classroom_sign_in": {"zh": "用学校账号登录", "en": "Sign in"},
    "classroom_open_owned": {"zh": "打开 {code}（{title}）", "en": "Open {code} ({title})"},
    "classroom_dash_title": {"zh": "看板：{title}", "en": "Dashboard: {title}"},
    "classroom_key_once": {
        "zh": "这是你的教师密钥，只显示这一次：请复制保存。没有它（或登录）就不能再打开看板、导出或删除班级。",
        "en": "Your teacher key, shown this once: copy it now. Without it (or signing in) you "
        "cannot reopen the dashboard, export or delete the class.",
    },
    "classroom_code_big": {"zh": "**班级码**", "en": "**Class code**"},
    "classroom_link": {"zh": "**加入链接**", "en": "**Join link**"},
    "classroom_link_help": {
        "zh": "学生打开链接或扫描二维码即可加入；班级码本身不能打开老师的看板。",
        "en": "Students open the link or scan the QR code to join; the code alone never opens "
        "the teacher's dashboard.",
    },
    "classroom_qr_caption": {"zh": "扫码加入", "en": "Scan to join"},
    "classroom_qr_alt": {
        "zh": "二维码：扫码打开本班的加入链接 {link}",
        "en": "QR code that opens the class's join link {link}",
    },
    "classroom_image_alt": {
        "zh": "学生提交的生成图像（数字：{digit}；模型 {model}；种子 {seed}）",
        "en": "Image a student submitted (digit: {digit}; model {model}; seed {seed})",
    },
    "classroom_any_digit": {"zh": "任意", "en": "any"},
    "classroom_m_joined": {"zh": "已加入", "en": "Joined"},
    "classroom_m_submitted": {"zh": "已提交", "en": "Submitted"},
    "classroom_m_entries": {"zh": "提交条数", "en": "Entries"},
    "classroom_m_robust": {"zh": "推荐稳定", "en": "Robust top match"},
    "classroom_robust_summary": {
        "zh": "{total} 位同学中有 {robust} 位的首选岗位在画像轻微变动后仍保持不变（≥ 70%）。",
        "en": "For {robust} of {total} students the top role survives small changes to their "
        "profile (≥ 70 %).",
    },
    "classroom_no_matcher_yet": {
        "zh": "还没有职业匹配结果；图表会在第一份提交后出现。",
        "en": "No matcher results yet; the charts appear with the first one.",
    },
    "classroom_show_hidden": {"zh": "显示已隐藏的提交", "en": "Show hidden entries"},
    "classroom_gallery_text": {"zh": "文本样本", "en": "Text samples"},
    "classroom_gallery_image": {"zh": "图像样本", "en": "Image samples"},
    "classroom_group_temp": {
        "zh": "**温度 {temperature}**（{n} 条）",
        "en": "**Temperature {temperature}** ({n})",
    },
    "classroom_group_image": {
        "zh": "**{steps} 步，引导强度 {guidance}**（{n} 张）",
        "en": "**{steps} steps, guidance {guidance}** ({n})",
    },
    "classroom_by": {"zh": "来自 #{student}", "en": "From #{student}"},
    "classroom_hide": {"zh": "隐藏", "en": "Hide"},
    "classroom_matcher_line": {
        "zh": "前三岗位：{roles} · 稳定性 {share}",
        "en": "Top roles: {roles} · robustness {share}",
    },
    "classroom_text_settings": {
        "zh": "模型 {model} · {decoding} · 温度 {temperature} · top-k {top_k} · top-p {top_p} · "
        "重复惩罚 {penalty} · 种子 {seed} · {tokens} 个新词元",
        "en": "model {model} · {decoding} · temperature {temperature} · top-k {top_k} · "
        "top-p {top_p} · repetition penalty {penalty} · seed {seed} · {tokens} new tokens",
    },
    "classroom_image_settings": {
        "zh": "模型 {model} · 数字 {digit} · {scheduler} · {steps} 步 · 引导 {guidance} · 种子 {seed}",
        "en": "model {model} · digit {digit} · {scheduler} · {steps} steps · guidance {guidance} "
        "· seed {seed}",
    },
    "classroom_export_title": {"zh": "导出", "en": "Export"},
    "classroom_export_hidden": {"zh": "包含已隐藏的提交", "en": "Include hidden entries"},
    "classroom_export_csv": {"zh": "下载 CSV", "en": "Download CSV"},
    "classroom_export_json": {"zh": "下载 JSON", "en": "Download JSON"},
    "classroom_manage_title": {"zh": "管理班级", "en": "Manage the class"},
    "classroom_close": {"zh": "停止接收提交", "en": "Stop accepting entries"},
    "classroom_reopen": {"zh": "重新接收提交", "en": "Accept entries again"},
    "classroom_closed_note": {
        "zh": "这个班已停止接收提交；学生无法再加入或提交。",
        "en": "This class no longer accepts entries; students cannot join or submit.",
    },
    "classroom_delete_sure": {"zh": "确定删除全部数据", "en": "Yes, delete everything"},
    "classroom_delete": {"zh": "立即删除班级", "en": "Delete the class now"},
    "classroom_deleted": {
        "zh": "班级 {code} 及其全部提交已删除。",
        "en": "Class {code} and all its entries are deleted.",
    },
    "classroom_leave_dash": {"zh": "离开看板", "en": "Leave the dashboard"},
    # charts
    "classroom_chart_students": {"zh": "学生人数", "en": "Students"},
    "classroom_chart_risk": {"zh": "全班的风险偏好", "en": "The class's risk appetite"},
    "classroom_chart_radar": {
        "zh": "全班平均能力 vs 热门岗位的要求",
        "en": "Class average skills vs the top roles' needs",
    },
    "classroom_chart_class_avg": {"zh": "全班平均", "en": "Class average"},
    "classroom_chart_top_roles": {"zh": "首选岗位分布", "en": "Top-role counts"},
    "classroom_chart_robust": {
        "zh": "推荐有多稳定（每位同学）",
        "en": "How robust each recommendation is",
    },
    "classroom_chart_robust_x": {
        "zh": "画像轻微变动后首选不变的比例（%）",
        "en": "Share of jittered profiles keeping the top role (%)",
    },
    "classroom_chart_robust_line": {"zh": "稳定", "en": "robust"},
    # errors
    "classroom_err_generic": {"zh": "课堂功能出错了。", "en": "The classroom hit a problem."},
    "classroom_err_unavailable": {
        "zh": "课堂数据库暂时无法访问（无法连接或被占用）。其他页面照常可用；请稍后重试。",
        "en": "The class database cannot be reached right now (unreachable or busy). Every other "
        "page still works; try again in a moment.",
    },
    "classroom_err_not_found": {
        "zh": "找不到这个班级：班级码不对，或班级已关闭、过期或被删除。",
        "en": "No such class: the code is wrong, or the class was closed, expired or deleted.",
    },
    "classroom_err_schema": {
        "zh": "课堂数据库由更新版本的应用创建，这个版本无法使用它。",
        "en": "The class database was written by a newer version of the app; this one cannot use it.",
    },
    "classroom_err_invalid": {
        "zh": "这条内容无法提交（为空或格式不对）。",
        "en": "This cannot be submitted (empty or malformed).",
    },
    # about
    "classroom_about_title": {"zh": "保存什么、保存多久", "en": "What is stored, and for how long"},
    "classroom_about_body": {
        "zh": "- 班级：班级码、名称、教师密钥的哈希（不保存密钥本身）、到期时间。\n"
        "- 学生：一个随机编号；提交的画像、岗位和分数，或生成的样本及其设置。没有姓名、IP 或邮箱。\n"
        "- 班级在设置的天数（默认 7 天）后过期，应用下次启动时删除过期数据；老师也可以立即删除。\n"
        "- 学生只能看到自己的提交；老师的看板需要教师密钥（或登录）。",
        "en": "- Classes: the code, a name, a hash of the teacher key (never the key), an expiry.\n"
        "- Students: a random id; the submitted profile, roles and scores, or samples with their "
        "settings. No name, IP address or e-mail.\n"
        "- A class expires after the days set (7 by default) and expired data is deleted on the "
        "app's next start; the teacher can delete it at once.\n"
        "- Students see only their own entries; the teacher's dashboard needs the teacher key "
        "(or signing in).",
    },
}
