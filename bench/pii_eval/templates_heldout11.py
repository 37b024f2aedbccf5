"""Eleventh blind held-out part (``heldout11``): 60 zh + 60 en templates over 30 contexts of its own.

Written without reading the detector, its documentation or any de-identified output; of the other parts
only the ``CONTEXTS`` names were read (to choose new ones). The mini-language is described in
``bench.pii_eval.generate``.
"""

CONTEXTS = (
    "rail_eticket",
    "pet_adoption_application",
    "coworking_membership",
    "caregiver_shift_log",
    "dna_kit_activation",
    "tattoo_consent_form",
    "hearing_aid_fitting",
    "number_port_request",
    "bill_of_lading",
    "baptism_register",
    "adoption_home_study",
    "referee_match_report",
    "ssh_key_file",
    "crontab_file",
    "packet_capture_summary",
    "exif_metadata",
    "package_manifest",
    "mediation_agreement",
    "provident_fund_withdrawal",
    "unemployment_claim",
    "birth_registration",
    "name_change_petition",
    "pet_microchip_registry",
    "cloudtrail_event",
    "nursery_daily_report",
    "device_trade_in",
    "password_vault_export",
    "contact_tracing_report",
    "home_inspection_report",
    "renovation_quote",
)


def T(
    id: str,
    lang: str,
    context: str,
    instruction: str,
    input: str = "",
    output: str = "",
    *,
    system: str | None = None,
    history: list[tuple[str, str]] | None = None,
    source: str | None = None,
    annotators: list[str] | None = None,
) -> dict:
    """One template of this part; its id must name its language and context (``h11-<lang>-<context>-NN``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h11-{lang}-{context}-"):
        raise ValueError(f"id {id!r} does not name language {lang!r} and context {context!r}")
    return {
        "id": id,
        "lang": lang,
        "context": context,
        "instruction": instruction,
        "input": input,
        "output": output,
        "system": system,
        "history": [list(t) for t in history] if history else None,
        "source": source,
        "annotators": annotators,
    }


SOURCE_PATTERNS = {
    "zh": [
        "h11-feishu/<<per.src:user>>",
        "h11-sms:<<tel.src:cn_intl2>>",
        "h11-wxwork:<<wx.src>>",
        "h11-imap/<<email.src>>",
    ],
    "en": [
        "h11-zendesk/<<email.src>>",
        "h11-intercom:<<per.src:user>>",
        "h11-sms/<<tel.src:us_plain>>",
        "h11-hubspot:<<per.src:lower_dot>>",
    ],
}

ANNOTATOR_PATTERNS = [
    "qa11-<<per.ANN:user>>",
    "<<email.ANN>>",
    "rev11:<<email.ANN>>",
    "tagger11/<<per.ANN:user>>",
]

TEMPLATES = [
    # ------------------------------------------------------------------ zh
    T(
        "h11-zh-rail_eticket-01",
        "zh",
        "rail_eticket",
        "把这张 12306 电子客票的 OCR 文字整理成出差报销用的行程单，格式：日期、车次、乘车人、证件号、金额。",
        "中国铁路 电子客票\nG1372  杭州东 → 北京南  [[timestamp]] 开\n05车12F号  二等座  ￥[[money|626.0元]]\n"
        "<<per.a>>  <<cnid.a>>\n限乘当日当次车  在[[common_word|检票口]]检票\n"
        "购票人：<<per.b:spaced>>  手机 <<tel.b:cn_space>>  订单号 [[order_number|E839201744]]\n"
        "[[organisation|中国铁路客户服务中心]] 客服电话 [[service_number|12306]]",
        "行程单\n- 车次：G1372（杭州东→北京南）\n- 乘车人：<<per.a>>，证件号 <<cnid.a>>\n"
        "- 金额：[[money|626.0元]]\n- 代购人：<<per.b>>（<<tel.b:cn_plain>>）",
        source="h11-12306/<<tel.b:cn_plain>>",
    ),
    T(
        "h11-zh-rail_eticket-02",
        "zh",
        "rail_eticket",
        "根据群里的消息，帮我把抢到的票按人列一下，护照购票的单独标出来。",
        "",
        "已购车票：\n1. <<per.a>>，身份证<<cnid.a:x>>，D3125 09车 3A\n"
        "2. <<per_en.f:upper>>（外国人护照 <<pass.f:us>>），D3125 09车 3B\n"
        "3. <<per.c>>，港澳通行证代购，未出票\n需要外籍乘客本人持护照<<pass.f:us>> 到人工窗口取报销凭证；其票款由 <<per_en.f>> 从 IBAN <<iban.f>> 转回。",
        history=[
            (
                "我刚抢到了！<<per.a>>身份证号 <<cnid.a:x>>，<<per_en.f:upper>> 的护照 <<pass.f:us>>，你们看看对不对",
                "对的，<<per.c:given>>的还没出票，候补中。",
            ),
            (
                "<<per.c>>说用她手机号 <<tel.c:cn_numerals>> 再候补一次，12306账号是 <<email.c@c>>",
                "好，我拿<<email.c@c>>登录试试，[[product|铁路12306 App]] 今天特别卡。<<per_en.f:given>> 的票钱他说从 IBAN <<iban.f>> 转给你",
            ),
        ],
    ),
    T(
        "h11-zh-pet_adoption_application-01",
        "zh",
        "pet_adoption_application",
        "帮救助站审核这份领养申请：有没有漏填的项目？回访需要联系谁？",
        "【毛孩子领养申请表】\n领养动物：橘猫“[[common_word|年糕]]”  编号 [[employee_id|TJ-CAT-0412]]\n"
        "申请人：<<per.a>>  出生日期：<<dob.a:slash_iso>>\n身份证号：<<cnid.a>>\n居住地址：<<addr.a:comm>>（租房  □是 ☑否）\n"
        "手机：<<tel.a:cn_dash>>   微信：<<wx.a@a>>\n家庭成员是否同意：☑ 同意（配偶<<per.s>>，电话<<tel.s:cn_plain>>）\n"
        "是否接受回访：☑ 接受，每月一次 / 视频可\n工作单位：[[organisation|海康威视]]  月收入：[[money|15000元]]",
        "没有漏项。回访联系人：申请人<<per.a>>（<<tel.a:cn_plain>>，微信 <<wx.a@a>>），地址<<addr.a:comm>>；"
        "备用联系人为配偶<<per.s>>（<<tel.s:cn_dash>>）。",
    ),
    T(
        "h11-zh-pet_adoption_application-02",
        "zh",
        "pet_adoption_application",
        "把这段领养人和志愿者的小红书私信整理成回访记录。",
        "",
        "回访记录\n领养人：<<per.a>>（小红书 <<url.a:xiaohongshu>>）\n新地址：<<addr.a:lane>>\n"
        "猫咪状态：已绝育，体重 4.2 kg\n下次回访：一个月后，电话<<tel.a:cn_intl>>",
        history=[
            (
                "姐妹我是领了“[[common_word|豆包]]”的<<per.a>>，主页 <<url.a:xiaohongshu>>，搬家了新地址<<addr.a:lane>>",
                "收到！绝育做了吗？方便留个电话吗，之前那个 <<tel.a:cn_plain>> 还用吗",
            ),
            (
                "做了，在 [[organisation|瑞派宠物医院]] 做的，病历号 <<mrn.a:mz>>，电话还是那个",
                "好嘞，病历号 <<mrn.a:mz>> 我记一下，回头找医院要下术后记录。",
            ),
        ],
    ),
    T(
        "h11-zh-coworking_membership-01",
        "zh",
        "coworking_membership",
        "这是联合办公空间的会员开通邮件，请提取门禁和网络相关信息给前台。",
        "主题：欢迎加入 [[organisation|优客工场]] 望京 SOHO 店\n\n<<per.a>>您好，\n您的固定工位 A-17 已开通：\n"
        "· 门禁人脸 + 工卡（卡号绑定手机 <<tel.a:cn_plain>>）\n· Wi-Fi：UR-Member，设备 MAC <<mac.a:dash>> 已加入白名单，固定 IP <<ip.a:private>>\n"
        "· 发票抬头：[[organisation|北京星河数智科技有限公司]]，月费 [[money|1880元]]，扣款卡 <<card.a:dashed>>\n"
        "· 打印账号：<<per.a:user>>\n· 会员墙展示主页：<<url.a:zhihu>>\n社区经理<<per.m>> | <<tel.m:cn_dash>>",
        "前台备忘：会员<<per.a>>，工位 A-17，手机<<tel.a:cn_dash>>；"
        "设备 <<mac.a:colon>> → <<ip.a>>；打印账号 <<per.a:user>>；会员墙主页 <<url.a:zhihu>>。对接社区经理<<per.m>>。",
    ),
    T(
        "h11-zh-coworking_membership-02",
        "zh",
        "coworking_membership",
        "根据会议室预订系统导出的记录，统计每位会员本月的超时费用。",
        "date,room,member,member_phone,hours,over_fee\n[[timestamp]],[[common_word|鲸鱼厅]],<<per.a>>,<<tel.a:cn_plain>>,3,0\n"
        "[[timestamp]],Tokyo,<<per.b:pinyin_fl>>,<<tel.b:cn_intl>>,5,[[money|120元]]\n[[timestamp]],[[common_word|鲸鱼厅]],<<per.a>>,<<tel.a:cn_plain>>,4,[[money|60元]]\n"
        "# 备注：<<per.b:pinyin_fl>> 的账单发至 <<email.b@b>>，外籍会员 <<per_en.c>> 用护照 <<pass.c:us>> 登记，W-9 上的 SSN <<ssn.c>>，月费从其 IBAN <<iban.c>> 扣款",
        "本月超时费用：\n- <<per.a>>（<<tel.a:cn_dash>>）：[[money|60元]]\n- <<per.b:pinyin_fl>>（账单邮箱 <<email.b@b>>）：[[money|120元]]\n"
        "- <<per_en.c>>：无超时（月费照常从 IBAN <<iban.c>> 扣，SSN <<ssn.c:dash>> 仅用于开票，不要写进账单）",
    ),
    T(
        "h11-zh-caregiver_shift_log-01",
        "zh",
        "caregiver_shift_log",
        "请把护工的交班本内容改写得更规范，交给家属看。",
        "交班本  [[timestamp]]\n老人：<<per.p>>  床号 12  住院号 <<mrn.p:zy>>\n出生日期 <<dob.p:cn_numerals>>\n"
        "夜班护工<<per.n:family>>阿姨：两点翻身一次，尿量 350ml，血压 [[number|142/88]]\n"
        "白班<<per.d>>（电话<<tel.d:cn_fw>>）接班。家属<<per.f>>说明天上午来，电话 <<tel.f:cn_dash>>\n"
        "药：[[product|拜阿司匹灵]] 一片 饭后",
        "家属您好：<<per.p>>（住院号 <<mrn.p:zy>>）夜间情况平稳，凌晨两点翻身一次，尿量正常，血压略高。"
        "白班护工<<per.d>>（<<tel.d:cn_plain>>）已接班，明早请<<per.f>>来院时联系她。",
    ),
    T(
        "h11-zh-caregiver_shift_log-02",
        "zh",
        "caregiver_shift_log",
        "下面是家政公司居家照护排班表的 Markdown，帮我找出排班冲突。",
        "| 日期 | 护理员 | 证件号 | 服务对象 | 地址 |\n|---|---|---|---|---|\n"
        "| 周一 | <<per.a>> | <<cnid.a:lower_x>> | <<per.o>> | <<addr.o:road_bld>> |\n"
        "| 周一 | <<per.a>> | <<cnid.a:lower_x>> | <<per.q>> | <<addr.q:yuan>> |\n"
        "| 周二 | <<per.b>> | <<cnid.b:old15>> | <<per.o>> | <<addr.o:road_bld>> |\n\n派单员：<<per.m:user>>（QQ：<<qq.m>>）",
        "冲突：周一<<per.a>>（证件<<cnid.a:lower_x>>）同时排在<<per.o>>（<<addr.o:road_bld>>）和<<per.q>>（<<addr.q:yuan>>）两处。"
        "建议把<<per.q>>改派给<<per.b>>。请派单员 <<per.m:user>> 确认（QQ <<qq.m>>）。",
    ),
    T(
        "h11-zh-dna_kit_activation-01",
        "zh",
        "dna_kit_activation",
        "用户在激活基因检测盒时填错了信息，根据对话帮客服写一条更正工单。",
        "",
        "更正工单\n采样盒编号：[[order_number|WG-KIT-88214093]]\n用户：<<per.u>>\n原登记出生日期 <<dob.x:iso>> → 更正为 <<dob.u:iso>>\n"
        "绑定手机：<<tel.u:cn_plain>>\n报告推送邮箱：<<email.u@u>>\n备注：用户要求删除旧样本的身份证<<cnid.u>> 信息",
        history=[
            (
                "你好，我激活 [[organisation|微基因]] 盒子的时候生日填成 <<dob.x:cn>> 了，其实是 <<dob.u:cn>>，我叫<<per.u>>",
                "您好<<per.u:title>>，请提供一下绑定手机号和身份证号核验。",
            ),
            (
                "手机 <<tel.u:cn_dash>>，身份证<<cnid.u>>。报告发到 <<email.u@u>> 就行",
                "已核验，生日会更正为 <<dob.u:cn>>，报告生成后发送至 <<email.u@u>>。",
            ),
        ],
    ),
    T(
        "h11-zh-dna_kit_activation-02",
        "zh",
        "dna_kit_activation",
        "下面是基因检测 App 的激活接口日志，请判断是否有异常登录。",
        "[[timestamp]] INFO  kit.activate kit=[[order_number|CGB2023A0091]] user=<<per.a:user>> phone=<<tel.a:cn_intl2>> ip=<<ip.a:public>>\n"
        "[[timestamp]] INFO  consent.sign name=<<per.a>> id_no=<<cnid.a:spaced>> birth=<<dob.a:compact>>\n"
        '[[timestamp]] WARN  login.new_device user=<<per.a:user>> ip=<<ip.b:v6>> mac=<<mac.b:colon>> ua="[[product|iPhone 15]] iOS [[version]]"\n'
        "[[timestamp]] INFO  share.family from=<<per.a:user>> to=<<tel.c:cn_plain>> (<<per.c>>)",
        "有一处可疑：用户 <<per.a:user>> 激活时来自 <<ip.a>>，之后出现新设备（MAC <<mac.b:dash>>）登录 <<ip.b:v6>>，且随后把报告分享给<<per.c>>（<<tel.c:cn_plain>>）。"
        "建议联系<<per.a>>（<<tel.a:cn_dash>>）确认。",
    ),
    T(
        "h11-zh-tattoo_consent_form-01",
        "zh",
        "tattoo_consent_form",
        "把纹身店的知情同意书扫描件识别结果整理成存档记录。",
        "纹身知情同意书\n顾客姓名：<<per.a>>      性别：女\n出生日期：<<dob.a:cn_pad>>（须年满18周岁）\n证件号码：<<cnid.a:fw>>\n"
        "备用证件（驾驶证）：<<dl.a>>\n联系方式：<<tel.a:cn_fw>>\n过敏史：对 [[product|凡士林]] 无过敏；瘢痕体质 □是 ☑否\n图案：[[public_figure|孙悟空]] 侧脸，左小臂\n"
        "纹身师：<<per.t>>   签字：<<per.a:spaced>>   日期：[[timestamp]]",
        "存档：顾客<<per.a>>，出生 <<dob.a:cn>>，证件 <<cnid.a>>（备用驾驶证<<dl.a>>），电话 <<tel.a:cn_plain>>；图案为[[public_figure|孙悟空]]侧脸，纹身师<<per.t>>。",
    ),
    T(
        "h11-zh-tattoo_consent_form-02",
        "zh",
        "tattoo_consent_form",
        "根据这段微信聊天，给纹身工作室回一条预约确认。",
        "",
        "预约确认：<<per.c>>，[[timestamp]] 到店，定金 [[money|300元]] 已收（付款卡尾号见账单）。地址：<<addr.s:tower>>。如需改期请微信联系 <<wx.t@t>>，往期作品见 <<url.t:xiaohongshu>>。",
        history=[
            (
                "你好，我是<<per.c>>，想约下周六纹个小字母，定金转到哪？",
                "你好～定金 [[money|300元]]，转<<per.t>>的卡 <<card.t:unionpay>> 就行，店在<<addr.s:tower>>",
            ),
            (
                "转好了。你们要核对年龄吗？我身份证<<cnid.c>>，刚满十九",
                "要的，到店再核对证件就好。有事加我微信 <<wx.t@t>>。",
            ),
        ],
        system="你是纹身工作室的接待助手，老板是<<per.t>>，店里电话<<tel.t:cn_land>>，作品主页 <<url.t:xiaohongshu>>。",
    ),
    T(
        "h11-zh-hearing_aid_fitting-01",
        "zh",
        "hearing_aid_fitting",
        "请根据验配记录写一段给家属<<per.f>>的说明，语言通俗一点。",
        "助听器验配记录\n患者：<<per.p>>  出生日期 <<dob.p:dot>>  门诊号 <<mrn.p:digits>>\n"
        "纯音测听：左耳 55dB HL，右耳 60dB HL（中重度感音神经性）\n"
        "验配型号：[[product|峰力 Audéo P90]] 双耳  序列号 [[number|2219A0471]]\n"
        "蓝牙配对手机：<<tel.f:cn_plain>>（儿子<<per.f>>）  App 账号 <<email.f@f>>\n验配师：<<per.a>>",
        "<<per.f>>您好：您父亲<<per.p>>（门诊号 <<mrn.p:digits>>）双耳中重度听力下降，今天验配了两只助听器，已和您的手机 <<tel.f:cn_dash>> 配对，"
        "App 用 <<email.f@f>> 登录即可调音量。",
    ),
    T(
        "h11-zh-hearing_aid_fitting-02",
        "zh",
        "hearing_aid_fitting",
        "听力中心的售后群里有人发了信息，请帮客服整理成返修登记。",
        "【听力中心售后群】\n<<per.a>>：我爸的助听器右边没声音了，当时登记的是他的身份证<<cnid.p>>，名字<<per.p>>\n"
        "客服小张：请问在哪个门店验配的？档案号多少？\n<<per.a>>：[[public_place|万达广场]]那家，档案号 <<mrn.p:dash>>，寄回地址写<<addr.a:post>>，电话 <<tel.a:cn_numerals>>\n"
        "客服小张：收到，顺丰单号发群里\n<<per.a>>：[[tracking_number]]",
        "返修登记\n佩戴者：<<per.p>>（身份证<<cnid.p>>，档案号 <<mrn.p:dash>>）\n送修人：<<per.a>>，电话 <<tel.a:cn_plain>>\n"
        "回寄地址：<<addr.a:post>>\n故障：右耳无声",
    ),
    T(
        "h11-zh-number_port_request-01",
        "zh",
        "number_port_request",
        "这是携号转网的申请短信往来，请归纳用户的办理进度。",
        "[[timestamp]] 用户→[[service_number|10086]]：CXXZ#<<per.a>>#<<cnid.a>>\n"
        "[[timestamp]] [[service_number|10086]]→用户：尊敬的客户，您的号码<<tel.a:cn_plain>>满足携出条件，授权码 [[number|8K3Q2M]]，有效期至明日24时。\n"
        "[[timestamp]] 用户→营业厅：我去联通营业厅办，带身份证<<cnid.a>>，新卡绑定的银行卡是 <<card.a:spaced>>\n"
        "[[timestamp]] [[organisation|中国联通]]→用户：您好<<per.a:title>>，携入申请已受理。",
        "<<per.a>>（号码 <<tel.a:cn_dash>>）已通过短信查询携出资格并获得授权码，随后在联通营业厅提交携入申请，已受理，"
        "新套餐自动扣款卡为 <<card.a:plain>>。",
    ),
    T(
        "h11-zh-number_port_request-02",
        "zh",
        "number_port_request",
        "营业厅业务受理单拍照识别后字段错乱了，请还原成正常的表格。",
        "业务受理单 携号转网（携入）受理编号 [[order_number]]\n客户名称 证件号码<<per.a>> <<cnid.a:spaced>>\n携转号码 <<tel.a:cn_space>>\n"
        "联系地址<<addr.a:road>>  联系电话 <<tel.b:cn_land>>\n经办人 工号<<per.k>> [[employee_id|GZ10086-2231]]\n"
        "代办人<<per.d>>，证件<<cnid.d:old15>>，电话 <<tel.d:cn_plain>>",
        "| 字段 | 内容 |\n|---|---|\n| 客户名称 | <<per.a>> |\n| 证件号码 | <<cnid.a>> |\n| 携转号码 | <<tel.a:cn_plain>> |\n"
        "| 联系地址 | <<addr.a:road>> |\n| 联系电话 | <<tel.b:cn_land>> |\n| 代办人 | <<per.d>>（<<cnid.d:old15>>） |",
    ),
    T(
        "h11-zh-bill_of_lading-01",
        "zh",
        "bill_of_lading",
        "请核对这份海运提单草稿，列出发货人和通知方信息有没有不一致。",
        "BILL OF LADING  B/L No. [[order_number|COSU6281749030]]\nSHIPPER: NINGBO HAOYU TRADING CO., LTD\n"
        "ATTN: <<per.a:pinyin_fl>>  TEL <<tel.a:cn_intl>>  EMAIL <<email.a@a>>\nADD: <<addr.a:road>>\n"
        "CONSIGNEE: TO ORDER\nNOTIFY PARTY: <<per_en.n:upper>>, <<addr_us.n:full>>, TEL <<tel.n:us_intl2>>, TAX ID (SSN) <<ssn.n:plain>>\n"
        "VESSEL/VOY: [[product|COSCO SHIPPING ARIES]] / 047E   PORT OF LOADING: NINGBO",
        "发货人联系人 <<per.a:pinyin_fl>>（<<tel.a:cn_plain>>，<<email.a@a>>），地址<<addr.a:road>>；"
        "通知方 <<per_en.n:upper>>，<<addr_us.n:full>>，电话<<tel.n:us_intl2>>，税号栏填的是个人 SSN <<ssn.n:dash>>，建议改用 EIN。两方信息与订舱单一致。",
    ),
    T(
        "h11-zh-bill_of_lading-02",
        "zh",
        "bill_of_lading",
        "货代在微信里问提单改单，帮我写一封改单申请邮件。",
        "",
        "主题：改单申请 B/L [[order_number|MEDUJ7741825]]\n您好，\n请将收货人联系人由 <<per_en.o>> 改为 <<per_en.r>>，电话 <<tel.r:uk_intl>>，"
        "收货人 IBAN <<iban.r:gb>>。\n改单费 [[money|$50.00]] 由我司承担。\n<<per.f>>  <<tel.f:cn_plain>>",
        history=[
            (
                "<<per.f:given>>，提单上收货人联系人写的是 <<per_en.o>>，客户说要改成 <<per_en.r>>，电话<<tel.r:uk_mobile>>",
                "可以改，截单前都行。客户的收款 IBAN 也要更新吗？",
            ),
            (
                "要，新的是 <<iban.r:gb>>。我电话 <<tel.f:cn_dash>>，有问题打我",
                "好的，我起草改单函给你过目。",
            ),
        ],
    ),
    T(
        "h11-zh-baptism_register-01",
        "zh",
        "baptism_register",
        "把教会受洗登记簿的一页转成电子表格的行（用制表符分隔）。",
        "受洗登记簿  第 17 页\n[[timestamp]]  受洗人<<per.a>>  生于 <<dob.a:cn>>\n"
        "   住址<<addr.a:comm>>  电话<<tel.a:cn_plain>>\n   代父母<<per.g>>、<<per.h>>\n   施洗牧师<<per.r>>\n"
        "   圣经经文：[[public_figure|约翰]]福音 3:16",
        "受洗人\t出生日期\t住址\t电话\t代父母\n<<per.a>>\t<<dob.a:iso>>\t<<addr.a:comm>>\t<<tel.a:cn_dash>>\t<<per.g>>、<<per.h>>",
    ),
    T(
        "h11-zh-baptism_register-02",
        "zh",
        "baptism_register",
        "团契同工在群里接龙报名受洗，请整理成名单并标出缺信息的人。",
        "#接龙\n复活节受洗报名（姓名+生日+电话）\n1. <<per.a>>生日<<dob.a:cn_pad>> <<tel.a:cn_dash>>\n2. <<per.b>>出生日期 <<dob.b:slash_iso>>\n"
        "3. <<per.c:spaced>> <<tel.c:cn_plain>>（QQ <<qq.c>>，没有微信）\n4. [[common_word|以马内利]]小组 统一报\n同工：<<per.w>>",
        "名单：\n- <<per.a>>：生日 <<dob.a:cn>>，电话<<tel.a:cn_plain>>\n- <<per.b>>：生日 <<dob.b:cn>>，缺电话\n"
        "- <<per.c>>：缺生日，电话 <<tel.c:cn_dash>>，QQ：<<qq.c>>\n需要<<per.w>>提醒后两位补全。",
    ),
    T(
        "h11-zh-adoption_home_study-01",
        "zh",
        "adoption_home_study",
        "根据家访笔记写一份收养评估报告的“家庭基本情况”段落。",
        "家访笔记（民政局收养评估）[[timestamp]]\n收养申请人：<<per.h>>（男，出生 <<dob.h:cn>>，身份证<<cnid.h>>）、<<per.w>>（女，身份证 <<cnid.w>>）\n"
        "住址：<<addr.h:num_cn>>，三室一厅自有住房\n车辆 <<plate.h>>，驾驶证<<dl.h>>，无违章记录\n年收入约 [[money|28万元]]，无犯罪记录\n评估员<<per.e>>  电话 <<tel.e:cn_land>>",
        "家庭基本情况：申请人<<per.h>>（<<dob.h:cn_pad>>出生，身份证<<cnid.h>>）与配偶<<per.w>>（身份证 <<cnid.w>>）"
        "居住于<<addr.h:num_cn>>的自有住房，有私家车（<<plate.h>>，驾驶证号 <<dl.h>>），经济条件稳定。",
    ),
    T(
        "h11-zh-adoption_home_study-02",
        "zh",
        "adoption_home_study",
        "涉外收养材料翻译：请把下面这段英文家访摘要翻译成中文，人名保留原文。",
        "Home study summary. Applicants <<per_en.h>> and <<per_en.w>> (DOB <<dob.w:us>>) reside at <<addr_us.h:full>>. "
        "Passports: <<pass.h:us>> / <<pass.w:us_new>>; SSN of <<per_en.h:given>>: <<ssn.h>>. Agency fee wired to IBAN <<iban.g:ch>>. Social worker: <<per_en.s>>, <<email.s@s>>, <<tel.s:us_paren>>. "
        "Referral child's medical record no. <<mrn.c:dash>> at [[organisation|福利院]].",
        "家访摘要：申请人 <<per_en.h>> 与 <<per_en.w>>（出生日期 <<dob.w:us>>）现居 <<addr_us.h:full>>。护照号分别为 <<pass.h:us>> 和 <<pass.w:us_new>>；<<per_en.h:given>> 的社会安全号 <<ssn.h>>。机构费用已汇至 IBAN <<iban.g:ch>>。"
        "社工 <<per_en.s>>，邮箱 <<email.s@s>>，电话<<tel.s:us_paren>>。被推荐儿童在[[organisation|福利院]]的病历号为 <<mrn.c:dash>>。",
    ),
    T(
        "h11-zh-referee_match_report-01",
        "zh",
        "referee_match_report",
        "请把这份业余联赛的裁判报告整理成纪律委员会需要的处罚摘要。",
        "裁判报告  城市业余足球联赛 第 9 轮  [[timestamp]]\n主裁判：<<per.r>>（证号 [[employee_id|CFA-2-33190]]）\n"
        "红牌：客队 10 号<<per.p>>（身份证 <<cnid.p>>），第 78 分钟辱骂裁判\n黄牌：主队 5 号 <<per.q:spaced>>\n"
        "赛后球员<<per.p>>在停车场拦截裁判车辆 <<plate.r>>，拍照见附件\n裁判员电话：<<tel.r:cn_plain>>",
        "处罚摘要：客队 10 号<<per.p>>（身份证<<cnid.p>>）第 78 分钟红牌，赛后拦截主裁判<<per.r>>的车辆（<<plate.r>>），建议追加停赛。"
        "主队<<per.q>>黄牌一张。",
    ),
    T(
        "h11-zh-referee_match_report-02",
        "zh",
        "referee_match_report",
        "整理一下联赛裁判群的对话，生成下周的裁判派遣表。",
        "",
        "派遣表（外籍裁判 <<per_en.x>> 补贴转 <<iban.x>>）\n| 场次 | 主裁 | 助理 | 联系电话 |\n|---|---|---|---|\n| A1 | <<per.a>> | <<per.b>> | <<tel.a:cn_dash>> |\n"
        "| B3 | <<per.c>> | <<per.b>> | <<tel.c:cn_plain>> |\n裁判补贴打卡：<<per.a>> → <<card.a:plain>>",
        history=[
            (
                "下周我能吹 A1，电话还是 <<tel.a:cn_space>>。补贴打到 <<card.a:spaced>>，我是<<per.a>>",
                "好。<<per.b:given>>做两场助理可以吗？",
            ),
            (
                "我<<per.c>>，B3 我来，电话 <<tel.c:cn_intl>>。[[public_figure|科林纳]]附体（开玩笑）",
                "哈哈，收到，<<per.b>>两场助理。外籍裁判 <<per_en.x>> 说补贴打到 IBAN <<iban.x>>。",
            ),
        ],
    ),
    T(
        "h11-zh-ssh_key_file-01",
        "zh",
        "ssh_key_file",
        "检查这台跳板机的 authorized_keys，哪些公钥属于已离职员工？离职名单：<<per.x>>。",
        "# /home/deploy/.ssh/authorized_keys\n"
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2[[code_identifier|Qm9vdFN0cmFw]]x9 <<per.a:user>>@<<per.a:user>>-thinkpad\n"
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7... <<email.x@x>>\n"
        'from="<<ip.x:private>>" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP0q... <<per.x:user>>@home\n'
        "# <<per.b>>手机<<tel.b:cn_plain>>，钥匙丢了找她",
        "属于已离职员工<<per.x>>的公钥有两条：注释为 <<email.x@x>> 的 RSA 公钥，以及限制来源 <<ip.x>> 的 <<per.x:user>>@home。"
        "<<per.a:user>> 的公钥保留。",
    ),
    T(
        "h11-zh-ssh_key_file-02",
        "zh",
        "ssh_key_file",
        "解释一下这段 ~/.ssh/config，并指出不安全的地方。",
        "Host nas\n    HostName <<ip.n:v6>>\n    User <<per.a:user>>\n    # 家里 NAS，MAC <<mac.n:colon>>，路由器在爸爸<<per.f>>名下，宽带电话 <<tel.f:cn_land>>\n"
        "Host gitee\n    HostName gitee.com\n    User git\n    IdentityFile ~/.ssh/id_ed25519_<<per.a:user>>\n"
        "Host vps\n    HostName <<ip.v:public>>\n    Port 22\n    User root\n    # 实名：<<per.a>> <<cnid.a>>",
        "nas 通过 IPv6 <<ip.n:v6>> 以用户 <<per.a:user>> 登录；vps（<<ip.v>>）直接用 root 登录，不安全，建议禁用 root 并改端口。"
        "另外注释里写了实名和证件号 <<cnid.a>>，以及 NAS 的 MAC <<mac.n:colon>>，不应放进配置文件。",
    ),
    T(
        "h11-zh-crontab_file-01",
        "zh",
        "crontab_file",
        "解释这份 crontab 每一行做什么，并指出出错时告警会发给谁。",
        "MAILTO=<<email.a@a>>\nSHELL=/bin/bash\n# 负责人<<per.a>> <<tel.a:cn_dash>>\n"
        '*/5 * * * * /opt/ping.sh <<ip.g:private>> [[public_resolver|114.114.114.114]] || curl -s "https://sms.example.cn/send?to=<<tel.a:cn_plain>>&msg=down"\n'
        "0 3 * * * pg_dump crm | gzip > /backup/crm_$(date +\\%F).gz  # [[version]]\n"
        "30 8 * * 1 python3 /opt/report.py --to <<email.b@b>> --cc <<email.a@a>>",
        "第 1 行每 5 分钟 ping 内网 <<ip.g>> 和公共 DNS [[public_resolver|114.114.114.114]]，不通就给 <<tel.a:cn_plain>> 发短信；第 2 行每天 3 点备份 crm 库；第 3 行每周一 8:30 把报表发给 <<email.b@b>>。"
        "cron 出错邮件会发给 MAILTO 里的 <<email.a@a>>，也就是<<per.a>>。",
    ),
    T(
        "h11-zh-crontab_file-02",
        "zh",
        "crontab_file",
        "运维同事在群里发了一段定时任务，请帮他改成 systemd timer。",
        "@<<per.o>>帮忙看下：\n```\n15 2 * * * rsync -az /data/ <<per.o:user>>@<<ip.b:public>>:/bak/  # QQ<<qq.o>> 出问题找我\n"
        "0 */6 * * * /usr/local/bin/ddns.sh --mac <<mac.r:cisco>> --wx-notify <<wx.o@o>>\n```",
        "```ini\n# rsync-backup.timer（原作者<<per.o>>）\n[Timer]\nOnCalendar=*-*-* 02:15:00\n[Install]\nWantedBy=timers.target\n```\n"
        "对应的 service 里执行 rsync -az /data/ <<per.o:user>>@<<ip.b>>:/bak/；ddns.sh 同理，参数 --mac <<mac.r:cisco>> 保留。",
    ),
    T(
        "h11-zh-packet_capture_summary-01",
        "zh",
        "packet_capture_summary",
        "这是 tshark 抓包的摘要输出，请判断内网哪台设备在发异常 DHCP 请求，设备属于谁。",
        "  1 0.000000 [[special_ip|0.0.0.0]] → [[special_ip|255.255.255.255]] DHCP 342 DHCP Discover - Transaction ID 0x[[number|5b1e9d02]]\n"
        "     Client MAC address: <<mac.a:colon>>  Host Name: <<per.a:user>>-Redmi-K70\n"
        "  2 0.001223 <<ip.gw:private>> → <<ip.a:private>> DHCP 342 DHCP Offer\n"
        "  ... 重复 1024 次 ...\n资产台账：<<mac.a:dash>>  使用人<<per.a>>  工号 [[employee_id|HR-20931]]  分机/手机 <<tel.a:cn_plain>>",
        "异常设备是 MAC <<mac.a:colon>> 的手机（主机名 <<per.a:user>>-Redmi-K70），被分配到 <<ip.a>>，短时间内 Discover 了 1024 次。"
        "台账显示使用人为<<per.a>>，联系电话<<tel.a:cn_dash>>。",
    ),
    T(
        "h11-zh-packet_capture_summary-02",
        "zh",
        "packet_capture_summary",
        "用 Wireshark 过滤出来的 HTTP 明文请求里有用户信息，请写一段安全通报。",
        "Frame 4471: POST /api/member/register HTTP/1.1\nHost: m.example-shop.cn\nX-Forwarded-For: <<ip.c:public>>\n"
        "Content-Type: application/x-www-form-urlencoded\n\nname=<<per.c>>&mobile=<<tel.c:cn_plain>>&idcard=<<cnid.c>>&bankcard=<<card.c:plain>>&qq=<<qq.c>>",
        "安全通报：注册接口 /api/member/register 以 HTTP 明文传输个人信息。抓包中可见来自 <<ip.c>> 的用户<<per.c>>的手机号 <<tel.c:cn_dash>>、"
        "身份证号 <<cnid.c>>、银行卡号 <<card.c:spaced>> 和 QQ<<qq.c>>。请立即启用 HTTPS 并下线该接口。",
    ),
    T(
        "h11-zh-exif_metadata-01",
        "zh",
        "exif_metadata",
        "这是一张准备发到小红书的照片的 exiftool 输出，告诉我发之前要删掉哪些字段。",
        "File Name                       : IMG_20240512_0931.HEIC\nMake                            : Apple\nCamera Model Name               : [[product|iPhone 15 Pro]]\n"
        "Artist                          : <<per.a:pinyin>>\nCopyright                       : © <<per.a>> <<email.a@a>>\n"
        "Owner Name                      : <<per.a>>\nGPS Position                    : 31 deg 13' 48.20\" N, 121 deg 28' 12.10\" E\n"
        "User Comment                    : 拍于<<addr.a:lane>>阳台\nSoftware                        : [[version]]",
        "建议删除：Artist（<<per.a:pinyin>>）、Copyright（含<<per.a>>和邮箱 <<email.a@a>>）、Owner Name、GPS Position，"
        "以及 User Comment 里的地址<<addr.a:lane>>。相机型号和软件版本可以保留。",
    ),
    T(
        "h11-zh-exif_metadata-02",
        "zh",
        "exif_metadata",
        "摄影工作室交片时附带的 XMP 元数据，请提取版权和联系人信息做成版权登记表。",
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n <rdf:Description dc:creator="<<per.p>>" photoshop:AuthorsPosition="摄影师"\n'
        '  Iptc4xmpCore:CiEmailWork="<<email.p@p>>" Iptc4xmpCore:CiTelWork="<<tel.p:cn_intl2>>"\n'
        '  Iptc4xmpCore:CiAdrExtadr="<<addr.p:road_bld>>" plus:ModelReleaseID="MR-<<per.m:user>>"\n'
        '  xmpRights:WebStatement="<<url.p:weibo>>" aux:SerialNumber="[[number|0x3F2A91C0]]"/>\n</x:xmpmeta>\n模特<<per.m>>的授权书身份证号：<<cnid.m>>',
        "版权登记表\n作者：<<per.p>>\n邮箱：<<email.p@p>>\n电话：<<tel.p:cn_plain>>\n通讯地址：<<addr.p:road_bld>>\n主页：<<url.p:weibo>>\n"
        "肖像权人：<<per.m>>（身份证 <<cnid.m>>）",
    ),
    T(
        "h11-zh-package_manifest-01",
        "zh",
        "package_manifest",
        "这个 npm 包准备开源，帮我检查 package.json 里有没有不该公开的个人信息。",
        '{\n  "name": "@haoyu/[[code_identifier|qr-scanner-lite]]",\n  "version": "[[version]]",\n'
        '  "author": "<<per.a:pinyin>> <<<email.a@a>>> (<<url.a:github>>)",\n'
        '  "contributors": ["<<per.b:pinyin_fl>> <<<email.b@b>>>"],\n'
        '  "scripts": {"deploy": "scp -r dist <<per.a:user>>@<<ip.d:public>>:/srv/www"},\n'
        '  "config": {"test_phone": "<<tel.a:cn_plain>>", "test_idcard": "<<cnid.a>>", "test_ssn": "<<ssn.t>>"}\n}',
        "需要处理的地方：\n1. config 里的 test_phone（<<tel.a:cn_plain>>）、test_idcard（<<cnid.a>>）和 test_ssn（<<ssn.t:dash>>）看起来是真实的个人信息，应删除或换成假数据。\n"
        "2. deploy 脚本暴露了服务器 <<ip.d>> 和登录用户 <<per.a:user>>。\n3. author 和 contributors 的邮箱（<<email.a@a>>、<<email.b@b>>）是否公开请本人确认。",
    ),
    T(
        "h11-zh-package_manifest-02",
        "zh",
        "package_manifest",
        "把这个 Python 项目的 pyproject.toml 的作者字段改成团队邮箱，给出修改后的片段。",
        '[project]\nname = "[[code_identifier|idcard-ocr]]"\nversion = "[[version]]"\nauthors = [\n'
        '  {name = "<<per.a>>", email = "<<email.a:qq>>"},\n  {name = "<<per.b:pinyin>>", email = "<<email.b@b>>"},\n]\n'
        '[project.urls]\nHomepage = "<<url.a:bilibili>>"\n# 维护者微信<<wx.a@a>>，QQ群主 QQ：<<qq.a>>',
        '```toml\n[project]\nname = "[[code_identifier|idcard-ocr]]"\nauthors = [{name = "OCR Team", email = "team@example.org"}]\n```\n'
        "原来的<<per.a>>（<<email.a:qq>>）和 <<per.b:pinyin>>（<<email.b@b>>）已移除；注释里的微信 <<wx.a@a>> 和 QQ<<qq.a>> 也建议删掉。",
    ),
    T(
        "h11-zh-mediation_agreement-01",
        "zh",
        "mediation_agreement",
        "把这份人民调解协议书压缩成三句话的摘要。",
        "人民调解协议书\n编号：[[order_number|（2024）朝调字第 0317 号]]\n当事人甲：<<per.a>>，男，<<dob.a:cn>>出生，身份证号 <<cnid.a>>，住<<addr.a:yuan>>，电话 <<tel.a:cn_plain>>\n"
        "当事人乙：<<per.b>>，女，身份证号 <<cnid.b:x>>，住<<addr.b:road_bld>>\n纠纷简要情况：乙方楼上漏水致甲方天花板受损。\n"
        "协议内容：乙方于十日内赔偿甲方 [[money|6800元]]，转入甲方银行卡 <<card.a:unionpay>>。\n调解员：<<per.m>>  [[organisation|朝阳区人民调解委员会]]",
        "<<per.b>>（身份证<<cnid.b:x>>）家漏水损坏了楼下<<per.a>>家（<<addr.a:yuan>>）的天花板。"
        "经调解，<<per.b>>十日内赔偿 [[money|6800元]]，打入<<per.a>>的卡 <<card.a:unionpay>>。调解员为<<per.m>>。",
        annotators=["qa11-<<per.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "h11-zh-mediation_agreement-02",
        "zh",
        "mediation_agreement",
        "根据调解员和当事人的电话记录，补全调解申请登记表。",
        "",
        "调解申请登记表\n申请人：<<per.a>>   电话：<<tel.a:cn_dash>>\n被申请人：<<per.b>>   车牌：<<plate.b>>   驾驶证：<<dl.b>>\n"
        "纠纷类型：交通事故赔偿\n申请人住址：<<addr.a:village>>",
        history=[
            (
                "喂，我叫<<per.a>>，住在<<addr.a:village>>，上周电动车被 <<plate.b>> 的小车刮了，想申请调解",
                "好的，对方叫什么？有对方驾驶证信息吗？",
            ),
            (
                "对方叫<<per.b>>，交警的事故认定书上写着驾驶证号 <<dl.b>>。我电话 <<tel.a:cn_numerals>>",
                "收到，我们登记后通知对方，[[service_number|12348]] 也可以咨询法律问题。",
            ),
        ],
        system="你是街道人民调解委员会调解员<<per.m>>的助手，办公电话<<tel.m:cn_land>>。",
    ),
    T(
        "h11-zh-provident_fund_withdrawal-01",
        "zh",
        "provident_fund_withdrawal",
        "请审核这份公积金提取申请（租房提取），列出需要补充的材料。",
        "住房公积金提取申请表\n职工姓名：<<per.a>>   个人账号：[[number|1010 2938 4471]]\n证件号码：<<cnid.a>>\n"
        "提取原因：无房租赁  租赁地址：<<addr.a:road_bld>>\n出租人：<<per.l>>  出租人电话：<<tel.l:cn_plain>>\n"
        "收款银行：[[organisation|中国建设银行]]  卡号：<<card.a:spaced>>\n申请人手机：<<tel.a:cn_space>>   单位经办人：<<per.h:title>>",
        "需补充：1. 租赁合同（出租人<<per.l>>，地址<<addr.a:road_bld>>）；2. 本人身份证 <<cnid.a>> 复印件；"
        "3. 收款卡 <<card.a:plain>> 的开户证明。审核完成后短信通知 <<tel.a:cn_plain>>。",
    ),
    T(
        "h11-zh-provident_fund_withdrawal-02",
        "zh",
        "provident_fund_withdrawal",
        "根据公积金中心的在线客服记录，写一段给用户的办理指引。",
        "",
        "<<per.u:title>>您好：您以“偿还房贷”提取，请在 App 上传购房合同与贷款合同；提取款将转入尾号卡，到账短信发 <<tel.u:cn_plain>>。"
        "您配偶<<per.s>>（身份证<<cnid.s:spaced>>）如需同时提取，需各自申请。",
        history=[
            (
                "我是<<per.u>>，身份证 <<cnid.u>>，想提公积金还房贷，房子在<<addr.u:tower>>",
                "请问配偶是否也在缴存？",
            ),
            (
                "我老婆<<per.s>>也有，身份证<<cnid.s>>。卡号 <<card.u:dashed>>，手机<<tel.u:cn_plain>>",
                "好的，请按指引在 [[product|手机公积金]] App 操作，客服热线 [[service_number|12329]]。",
            ),
        ],
    ),
    T(
        "h11-zh-unemployment_claim-01",
        "zh",
        "unemployment_claim",
        "帮这位失业人员写一份失业保险金申领的情况说明。",
        "基本信息：<<per.a>>，<<dob.a:cn_pad>>出生，身份证 <<cnid.a>>，原单位 [[organisation|某跨境电商公司]]，缴费满 4 年，[[timestamp]] 被裁员。\n"
        "联系电话：<<tel.a:cn_plain>>；社保卡关联银行卡 <<card.a:plain>>；现住<<addr.a:comm>>。",
        "情况说明\n本人<<per.a>>，身份证号 <<cnid.a>>，原在 [[organisation|某跨境电商公司]] 工作，累计缴纳失业保险 4 年，因公司裁员非本人意愿中断就业，"
        "现申请领取失业保险金，请发放至社保卡关联银行卡 <<card.a:spaced>>。\n联系电话：<<tel.a:cn_dash>>\n住址：<<addr.a:comm>>",
    ),
    T(
        "h11-zh-unemployment_claim-02",
        "zh",
        "unemployment_claim",
        "下面是人社部门的失业金审核导出（JSON Lines），请统计被退回的申请及原因。",
        '{"sqr":"<<per.a>>","sfzh":"<<cnid.a>>","lxdh":"<<tel.a:cn_plain>>","zt":"退回","yy":"银行卡户名不一致","yhkh":"<<card.a:plain>>"}\n'
        '{"sqr":"<<per.b>>","sfzh":"<<cnid.b:lower_x>>","lxdh":"<<tel.b:cn_plain>>","zt":"通过","yy":""}\n'
        '{"sqr":"<<per.c>>","sfzh":"<<cnid.c>>","lxdh":"<<tel.c:cn_land>>","zt":"退回","yy":"仍有缴费记录","csrq":"<<dob.c:compact>>"}',
        "共 2 条退回：\n- <<per.a>>（<<cnid.a>>）：银行卡 <<card.a:plain>> 户名不一致，请联系 <<tel.a:cn_dash>>。\n"
        "- <<per.c>>（<<cnid.c>>，出生 <<dob.c:iso>>）：仍有缴费记录，电话<<tel.c:cn_land>>。",
    ),
    T(
        "h11-zh-birth_registration-01",
        "zh",
        "birth_registration",
        "根据出生医学证明的信息，写一段去派出所给新生儿上户口要带的材料清单。",
        "出生医学证明  编号 [[order_number|Q440048291]]\n新生儿姓名：<<per.b>>  性别：男  出生时间：<<dob.b:cn_numerals>> 04时12分\n"
        "出生地点：[[organisation|广东省妇幼保健院]]  住院号 <<mrn.m:zy>>\n母亲：<<per.m>>  身份证 <<cnid.m>>\n父亲：<<per.f>>  身份证<<cnid.f>>\n"
        "户籍地：<<addr.f:road>>",
        "材料清单：\n1. 出生医学证明（新生儿<<per.b>>，出生日期 <<dob.b:cn>>）；\n2. 父亲<<per.f>>身份证（<<cnid.f>>）和户口簿；\n"
        "3. 母亲<<per.m>>身份证（<<cnid.m>>）；\n4. 结婚证。\n到户籍地<<addr.f:road>>所属派出所办理。",
    ),
    T(
        "h11-zh-birth_registration-02",
        "zh",
        "birth_registration",
        "新手爸爸在医院的“出生证预约”公众号里填的信息，请检查格式是否正确。",
        "宝宝姓名：<<per.b>>\n宝宝出生日期：<<dob.b:iso>>\n母亲姓名：<<per.m>>  住院号：<<mrn.m:digits>>\n母亲证件：护照 <<pass.m:cn_e>>（外籍华人）\n"
        "父亲姓名：<<per_en.f>>  父亲护照：<<pass.f:us>>（美籍，另需报 CRBA，父亲 SSN：<<ssn.f>>）\n联系电话：<<tel.f:cn_intl>>\n邮寄地址：<<addr.f:post>>",
        "格式基本正确。注意：父亲 <<per_en.f>> 为美籍，护照号 <<pass.f:us>> 需与入境记录一致，CRBA 表上的 SSN <<ssn.f:dash>> 与护照同名；母亲<<per.m>>的护照<<pass.m:cn_e>> 有效期请确认；"
        "联系电话建议写成 <<tel.f:cn_plain>>。",
    ),
    T(
        "h11-zh-name_change_petition-01",
        "zh",
        "name_change_petition",
        "帮我写一份给派出所的变更姓名申请书。",
        "我原名<<per.o>>，想改成<<per.n>>，原因是原名里的字太生僻，办银行卡和坐高铁经常出错。身份证 <<cnid.o>>，户籍<<addr.o:num_cn>>，电话<<tel.o:cn_plain>>。",
        "变更姓名申请书\n[[organisation|XX派出所]]：\n本人<<per.o>>，公民身份号码 <<cnid.o>>，户籍地址<<addr.o:num_cn>>。因原名用字生僻，在办理银行卡、购买火车票时经常无法录入，"
        "特申请将姓名变更为“<<per.n>>”。\n申请人：<<per.o>>\n联系电话：<<tel.o:cn_dash>>",
    ),
    T(
        "h11-zh-name_change_petition-02",
        "zh",
        "name_change_petition",
        "改名之后要更新一堆账户，根据聊天内容帮我列个待办清单。",
        "",
        "待办清单（曾用名<<per.o>> → 现名<<per.n>>）：\n- 护照 <<pass.n:cn_ea>> 换发\n- 驾驶证<<dl.n>> 变更姓名\n- 招商银行卡 <<card.n:spaced>> 更新户名\n- 德国留学时的账户 IBAN <<iban.n:de>> 也要去信更名\n"
        "- 微信实名（<<wx.n@n>>）和支付宝\n- 学信网、社保",
        history=[
            (
                "姓名终于改完了，从<<per.o>>改成<<per.n>>，新身份证号没变 <<cnid.n>>。护照是 <<pass.n:cn_ea>>，也得换吧？",
                "要换。驾驶证也得换，你驾驶证号多少？",
            ),
            (
                "驾驶证号 <<dl.n>>。银行卡 <<card.n:plain>> 要去柜台吗？还有以前在德国的账户 <<iban.n:de>>",
                "要带新身份证和户口本姓名变更页去柜台，微信实名（<<wx.n@n>>）在 App 里改。",
            ),
        ],
    ),
    T(
        "h11-zh-pet_microchip_registry-01",
        "zh",
        "pet_microchip_registry",
        "把宠物芯片注册信息整理成寻宠启事用的简短文字（不要写芯片号之外的证件号）。",
        "芯片号：[[number|900 164 001 827 359]]\n宠物名：[[common_word|旺财]]  品种：柯基  颜色：黄白\n主人：<<per.a>>  身份证 <<cnid.a>>\n"
        "电话1：<<tel.a:cn_plain>>  电话2：<<tel.b:cn_land>>（<<per.b>>）\n住址：<<addr.a:comm>>\n登记医院：[[organisation|新瑞鹏宠物医院]]  病历 <<mrn.p:mz>>",
        "寻宠启事：柯基“[[common_word|旺财]]”，黄白色，芯片号 [[number|900 164 001 827 359]]。如有发现请联系主人<<per.a>>：<<tel.a:cn_dash>>，"
        "或<<per.b>>：<<tel.b:cn_land>>。",
    ),
    T(
        "h11-zh-pet_microchip_registry-02",
        "zh",
        "pet_microchip_registry",
        "宠物芯片数据库的一条 SQL 更新语句，请说明它会把哪些信息改成什么。",
        "UPDATE chip_owner SET owner_name = '<<per.n>>', owner_phone = '<<tel.n:cn_plain>>', owner_wechat = '<<wx.n@n>>',\n"
        "  owner_addr = '<<addr.n:lane>>', updated_by = '<<per.v:user>>'\nWHERE chip_no = '[[number|156100000482913]]' AND owner_name = '<<per.o>>';  -- 原主人<<per.o>>电话<<tel.o:cn_dash>> 转让",
        "这条语句把芯片 [[number|156100000482913]] 的主人从<<per.o>>改为<<per.n>>，电话改为 <<tel.n:cn_plain>>，微信 <<wx.n@n>>，地址<<addr.n:lane>>，"
        "操作人记为 <<per.v:user>>。",
    ),
    T(
        "h11-zh-cloudtrail_event-01",
        "zh",
        "cloudtrail_event",
        "这是阿里云操作审计（ActionTrail）的一条事件，请说明是谁在什么地方做了什么。",
        '{\n  "eventName": "DeleteBucket",\n  "eventTime": "[[timestamp]]",\n  "userIdentity": {"type": "ram-user", "userName": "<<per.a:user>>", '
        '"principalId": "[[number|28371920044817]]"},\n  "sourceIpAddress": "<<ip.a:public>>",\n  "userAgent": "[[product|aliyun-cli]]/[[version]]",\n'
        '  "requestParameters": {"BucketName": "hr-idcard-scans-<<per.a:user>>"},\n  "additionalEventData": {"loginAccount": "<<email.a@a>>", "mfaPhone": "<<tel.a:cn_intl>>"}\n}',
        "RAM 用户 <<per.a:user>>（登录账号 <<email.a@a>>，MFA 手机<<tel.a:cn_plain>>）从 IP <<ip.a>> 使用命令行删除了存储桶 hr-idcard-scans-<<per.a:user>>。",
    ),
    T(
        "h11-zh-cloudtrail_event-02",
        "zh",
        "cloudtrail_event",
        "根据这段云审计日志和群聊，写一份事故复盘的时间线。",
        "[[timestamp]] ConsoleLogin user=<<per.b:user>> ip=<<ip.b:v6>> result=Success\n"
        "[[timestamp]] AuthorizeSecurityGroup user=<<per.b:user>> cidr=[[special_ip|0.0.0.0]]/0 port=3306\n"
        "[[timestamp]] CreateAccessKey user=<<per.b:user>> ip=<<ip.c:public>>",
        "时间线：\n1. <<per.b>>（<<per.b:user>>）从 <<ip.b:v6>> 登录控制台；\n2. 将 3306 端口对全网开放；\n3. 来自 <<ip.c>> 的请求为其创建了新 AccessKey（非本人操作）。\n"
        "已电话联系<<per.b>>（<<tel.b:cn_plain>>）确认。",
        history=[
            (
                "@<<per.b>>你昨晚开了 3306 吗？",
                "开了，给外包<<per.x>>调试用的，他手机 <<tel.x:cn_plain>>，IP 应该是 <<ip.c>>",
            ),
            (
                "那个 IP 后来还建了 AccessKey，你电话<<tel.b:cn_dash>> 开机吗，马上打给你",
                "开着，我马上禁用。",
            ),
        ],
    ),
    T(
        "h11-zh-nursery_daily_report-01",
        "zh",
        "nursery_daily_report",
        "把托育园的《宝宝一日生活记录》改写成发给家长的微信消息，语气温柔。",
        "宝宝一日生活记录  [[timestamp]]\n姓名：<<per.k>>  班级：[[common_word|小星星]]班  出生日期：<<dob.k:cn>>\n"
        "入园体温 36.5  午睡 12:10-14:30  大便 1 次\n今日餐食：南瓜粥、[[product|贝因美]]米粉\n接送人：奶奶<<per.g>>（<<tel.g:cn_plain>>，车牌 <<plate.g>>）\n"
        "保育老师：<<per.t:family>>老师",
        "<<per.k:given>>家长您好～宝宝今天入园体温正常，午睡两个多小时，吃了南瓜粥和米粉，大便一次。今天是奶奶<<per.g>>开车（<<plate.g>>）来接的。"
        "有问题随时找<<per.t:family>>老师。",
    ),
    T(
        "h11-zh-nursery_daily_report-02",
        "zh",
        "nursery_daily_report",
        "托育园家长群里有人发了临时委托接送信息，请帮老师核对并回复。",
        "【家长群】\n<<per.m>>（<<per.k:given>>妈妈）：老师好，今天我出差，委托我朋友<<per.f>>来接，她电话<<tel.f:cn_dash>>，身份证 <<cnid.f>>，车牌<<plate.f>>，身份证没带的话看驾驶证 <<dl.f>>\n"
        "<<per.m>>：我电话<<tel.m:cn_plain>>，有事打我\n园长：收到，请朋友带身份证原件。",
        "老师回复：<<per.m>>您好，已登记委托接送人<<per.f>>（身份证 <<cnid.f>>，驾驶证<<dl.f>>，电话 <<tel.f:cn_plain>>，车牌<<plate.f>>）。"
        "放学时会核对证件，并给您 <<tel.m:cn_dash>> 打电话确认。",
    ),
    T(
        "h11-zh-device_trade_in-01",
        "zh",
        "device_trade_in",
        "这是手机回收门店的以旧换新回收单，请生成给顾客的回收凭证短信。",
        "以旧换新回收单 单号 [[order_number]]\n旧机：[[product|华为 Mate 40 Pro]]  IMEI [[number|86 123456 789012 3]]\n"
        "机主：<<per.a>>  身份证 <<cnid.a:spaced>>（已核验）\n手机号：<<tel.a:cn_plain>>\n回收价：[[money|1350元]]  打款卡：<<card.a:spaced>>\n"
        "数据清除：□是 ☑否（顾客要求门店代清）  WLAN MAC 地址：<<mac.a:colon_lower>>",
        "【回收凭证】<<per.a:title>>您好，您的旧机已回收，回收款 [[money|1350元]] 将在 24 小时内打入卡 <<card.a:plain>>。门店将代为清除数据。客服热线 [[service_number|95533]]。",
    ),
    T(
        "h11-zh-device_trade_in-02",
        "zh",
        "device_trade_in",
        "顾客在闲鱼卖了二手笔记本后发现没退出账号，根据对话写一份请买家配合的消息。",
        "",
        "您好，我是卖家<<per.s>>。笔记本里还登录着我的 Apple ID（<<email.s@s>>）和微信<<wx.s@s>>，麻烦您帮忙退出，"
        "桌面上的报税文件（含我的 SSN <<ssn.s:plain>>）也请删除，或者把设备寄回<<addr.s:road>>，运费我出，寄出后告诉我顺丰单号（我这边订单 [[tracking_number]] 可对照）。我的电话 <<tel.s:cn_plain>>，QQ：<<qq.s>>。",
        history=[
            (
                "我上周在闲鱼卖了台 [[product|MacBook Air M1]]，忘了退 Apple ID <<email.s@s>> 了，序列号我也记不清",
                "买家信息还有吗？可以先通过订单 [[order_number]] 联系买家。",
            ),
            (
                "买家叫<<per.b>>，电话<<tel.b:cn_space>>，收货地址是<<addr.b:road_bld>>。我的 QQ 是 <<qq.s>>。最要命的是桌面上有我在美国报税的 PDF，上面有 SSN <<ssn.s:dash>>",
                "好的，我帮你起草一条消息。",
            ),
        ],
    ),
    T(
        "h11-zh-password_vault_export-01",
        "zh",
        "password_vault_export",
        "这是从 Bitwarden 导出的 CSV，请告诉我哪些条目的备注里存了不该存的个人信息。",
        "folder,favorite,type,name,notes,login_uri,login_username,login_password\n"
        "银行,1,login,[[organisation|招商银行]],卡号 <<card.a:plain>> 查询密码另记,https://pbsz.ebank.cmbchina.com,<<tel.a:cn_plain>>,********\n"
        "政务,,login,个税 App,身份证<<cnid.a>>,https://etax.chinatax.gov.cn,<<cnid.a>>,********\n"
        "社交,,login,QQ,,https://im.qq.com,<<qq.a>>,********\n"
        "家人,,note,妈妈的证件,<<per.m>>身份证 <<cnid.m:x>> 护照<<pass.m:cn_g>>,,,\n"
        "留学,,note,美国 SSN,SSN <<ssn.a:dash>>（OPT 时办的）,,,\n"
        "交管12123,,login,交管12123,驾驶证 <<dl.a>>,https://gab.122.gov.cn,<<tel.a:cn_plain>>,********",
        "存了敏感个人信息的条目：\n- 招商银行：备注里有完整卡号<<card.a:spaced>>\n- 个税 App：备注和用户名都是身份证号 <<cnid.a>>\n"
        "- 妈妈的证件：<<per.m>>的身份证 <<cnid.m:x>> 和护照<<pass.m:cn_g>>\n- 美国 SSN：<<ssn.a:plain>>\n- 交管12123：备注里有驾驶证号 <<dl.a>>\nQQ 条目（QQ号 <<qq.a>>）只是账号，问题不大。",
    ),
    T(
        "h11-zh-password_vault_export-02",
        "zh",
        "password_vault_export",
        "把 KeePass 导出的 XML 里的条目转换成 1Password 可导入的 CSV（title,username,url,notes）。",
        "<Entry><String><Key>Title</Key><Value>路由器后台</Value></String><String><Key>UserName</Key><Value>admin</Value></String>"
        "<String><Key>URL</Key><Value>http://<<ip.r:private>></Value></String><String><Key>Notes</Key><Value>MAC <<mac.r:dash>> 宽带账号 <<tel.r:cn_land>></Value></String></Entry>\n"
        "<Entry><String><Key>Title</Key><Value>Wise 欧元账户</Value></String><String><Key>UserName</Key><Value><<email.a@a>></Value></String>"
        "<String><Key>Notes</Key><Value>IBAN <<iban.w>></Value></String></Entry>\n"
        "<Entry><String><Key>Title</Key><Value>GitHub</Value></String><String><Key>UserName</Key><Value><<email.a@a>></Value></String>"
        "<String><Key>URL</Key><Value><<url.a:github>></Value></String><String><Key>Notes</Key><Value>恢复手机 <<tel.a:cn_plain>>，持有人<<per.a>></Value></String></Entry>",
        "title,username,url,notes\nWise 欧元账户,<<email.a@a>>,,IBAN <<iban.w>>\n路由器后台,admin,http://<<ip.r>>,MAC <<mac.r:dash>> 宽带账号 <<tel.r:cn_land>>\n"
        "GitHub,<<email.a@a>>,<<url.a:github>>,恢复手机<<tel.a:cn_plain>>；持有人<<per.a>>",
    ),
    T(
        "h11-zh-contact_tracing_report-01",
        "zh",
        "contact_tracing_report",
        "请把这份流调报告改写成对外发布的活动轨迹通报（去掉姓名、证件、电话，只保留地点和时间）。",
        "流行病学调查报告\n病例：<<per.a>>，女，<<dob.a:cn>>出生，身份证 <<cnid.a>>，手机<<tel.a:cn_plain>>\n现住址：<<addr.a:road_bld>>\n"
        "工作单位：[[organisation|顺丰速运]]某分拨中心\n密接：丈夫<<per.h>>（<<tel.h:cn_dash>>）、同事<<per.c>>\n"
        "活动轨迹：[[timestamp]] 乘坐私家车 <<plate.a>>（驾驶人<<per.h>>，驾驶证<<dl.h>>）至[[public_place|万象城]]；次日在社区医院就诊，门诊号 <<mrn.a:mz>>",
        "活动轨迹通报：某病例曾于 [[timestamp]] 前往[[public_place|万象城]]，次日在社区医院就诊。请同时段到过上述场所的市民主动报备。",
    ),
    T(
        "h11-zh-contact_tracing_report-02",
        "zh",
        "contact_tracing_report",
        "根据流调员和当事人的通话记录，整理出密切接触者名单。",
        "",
        "密接名单：\n1. <<per.x>>，电话 <<tel.x:cn_plain>>，同桌吃饭\n2. <<per.y>>，电话<<tel.y:cn_plain>>，同车，车牌 <<plate.y>>\n"
        "报告人：<<per.a>>（<<tel.a:cn_dash>>，身份证<<cnid.a>>）",
        history=[
            (
                "您好，这里是疾控，请问是<<per.a>>吗？身份证后面核对一下 <<cnid.a>>",
                "是我，电话就是这个 <<tel.a:cn_plain>>。",
            ),
            (
                "请回忆周五晚上和谁一起吃的饭？",
                "和<<per.x>>，他手机 <<tel.x:cn_space>>；回来坐<<per.y>>的车，<<plate.y>>，她手机<<tel.y:cn_intl2>>",
            ),
        ],
        system="你是疾控流调员助手。流调员：<<per.e>>，工号 [[employee_id|CDC-0931]]。",
    ),
    T(
        "h11-zh-home_inspection_report-01",
        "zh",
        "home_inspection_report",
        "把验房师的报告整理成给开发商的整改清单。",
        "验房报告  [[timestamp]]\n业主：<<per.o>>  电话：<<tel.o:cn_dash>>\n房屋：<<addr.o:tower>>\n验房师：<<per.i>>（资质证号 [[employee_id|YF-2023-118]]）\n"
        "问题：\n1. 主卧墙面空鼓约 0.6㎡\n2. 卫生间闭水试验渗漏至楼下\n3. 入户门与门框缝隙超标\n交付时开发商代表：<<per.d>>  电话 <<tel.d:cn_land>>",
        "整改清单（<<addr.o:tower>>，业主<<per.o>>）：\n1. 主卧墙面空鼓修补；\n2. 卫生间重做防水；\n3. 入户门调整。\n请开发商代表<<per.d>>于十五日内完成，并联系业主 <<tel.o:cn_plain>> 复验。",
    ),
    T(
        "h11-zh-home_inspection_report-02",
        "zh",
        "home_inspection_report",
        "二手房验房后业主在群里发的消息，请帮中介整理成给卖家的问题说明。",
        "<<per.b>>：今天验房发现阳台有裂缝，热水器是 [[product|海尔]] 2015 年的。卖家<<per.s>>说过都修好了\n"
        "<<per.b>>：我车停楼下 <<plate.b>> 被贴条了，先不说这个\n中介<<per.a>>：好的，我联系卖家，他电话<<tel.s:cn_plain>>，房子是<<addr.h:comm>>这套对吧\n"
        "<<per.b>>：对。买方身份证 <<cnid.b>> 合同上写了，卖家身份证<<cnid.s:lower_x>> 也核过",
        "<<per.s>>您好：买方<<per.b>>验房时发现<<addr.h:comm>>阳台有裂缝，热水器较旧，与您之前说明的“已修好”不符，请确认处理方案。中介<<per.a>>。",
    ),
    T(
        "h11-zh-renovation_quote-01",
        "zh",
        "renovation_quote",
        "帮我核算一下这份装修报价单，并指出有没有重复收费。",
        "[[organisation|业之峰装饰]] 报价单\n客户：<<per.c>>  电话：<<tel.c:cn_plain>>  工程地址：<<addr.c:road_bld>>\n"
        "1. 拆除  [[money|3200元]]\n2. 水电改造  [[money|12800元]]\n3. 防水（卫生间）  [[money|2400元]]\n4. 卫生间防水  [[money|2400元]]\n"
        "设计师：<<per.d>>  微信 <<wx.d@d>>  作品集 <<url.d:douban>>  项目经理<<per.m>>\n瓷砖物流单号 [[tracking_number]]",
        "第 3 项和第 4 项都是卫生间防水，重复收费 [[money|2400元]]。建议<<per.c>>联系设计师<<per.d>>（微信<<wx.d@d>>，豆瓣 <<url.d:douban>>）删去一项。工程地址<<addr.c:road_bld>>。",
    ),
    T(
        "h11-zh-renovation_quote-02",
        "zh",
        "renovation_quote",
        "装修工长在微信里发了报价和收款信息，请帮业主写一条确认消息。",
        "",
        "<<per.w:family>>师傅您好，报价收到：全包 [[money|8.6万]]，首付 30% 转到 <<card.w:spaced>>（户名<<per.w>>）。施工地址<<addr.h:road>>，车位可停您的车 <<plate.w>>。我是业主<<per.o>>，电话 <<tel.o:cn_plain>>。",
        history=[
            (
                "老板，我是<<per.w>>，报价发你了，全包 [[money|8.6万]]，首付转我卡 <<card.w:plain>> 就行",
                "好的，施工的时候你们车停哪？",
            ),
            (
                "我的车 <<plate.w>>，能停小区地库就最好。地址是<<addr.h:road>>吧？我电话<<tel.w:cn_dash>>",
                "对，我跟物业说一声，我电话 <<tel.o:cn_plain>>。",
            ),
        ],
    ),
    # ------------------------------------------------------------------ en
    T(
        "h11-en-rail_eticket-01",
        "en",
        "rail_eticket",
        "Turn this Amtrak e-ticket confirmation into a short itinerary for my calendar.",
        "AMTRAK eTicket  Reservation Number [[order_number|3F9A1C]]\nNortheast Regional 171  Boston (BOS) - New York (NYP)  [[timestamp]]\n"
        "PASSENGER: <<per.a:upper>>   Coach, Seat 7C\nPurchaser: <<per.b:last_first>> | <<email.b@b>> | <<tel.b:us_dot>>\n"
        "Payment: Visa ending in ****  Total [[money|$89.00]]\nID required: <<per.a:given>> must present ID (passport <<pass.a:us_new>>) on board.",
        "Train: Northeast Regional 171, Boston -> New York, seat 7C.\nTraveller: <<per.a>> (passport <<pass.a:us_new>>).\nBooked by <<per.b>>, <<email.b@b>>, <<tel.b:us_dash>>.",
    ),
    T(
        "h11-en-rail_eticket-02",
        "en",
        "rail_eticket",
        "My colleague sent me the Trainline booking for our UK trip in chat. Summarise who travels on which ticket.",
        "",
        "- <<per.a>>: Off-Peak Return, London Euston -> Manchester Piccadilly, Railcard holder (DOB on railcard <<dob.a:long_eu>>).\n"
        "- <<per.c>>: same train, Advance Single; Chinese passport <<pass.c:cn_e>>; reach her on QQ <<qq.c>>.\nQuestions to <<per.a:given>> on <<tel.a:uk_mobile>>.",
        history=[
            (
                "Booked us both on the 08:20 from Euston. Mine is on my 26-30 Railcard, date of birth on it is <<dob.a:eu>>. Text me on <<tel.a:uk_intl>> if anything changes. - <<per.a>>",
                "Thanks! Did you add <<per.c>>? She's on the Advance Single.",
            ),
            (
                "Yes, <<per.c>> used her passport <<pass.c:cn_e>> for the booking, ref [[order_number|TL-88213094]]. She's on WeChat as <<wx.c@c>> or QQ <<qq.c>> if you need her.",
                "Perfect, I'll message her on WeChat.",
            ),
        ],
    ),
    T(
        "h11-en-pet_adoption_application-01",
        "en",
        "pet_adoption_application",
        "Review this shelter adoption application and flag anything that needs a follow-up call.",
        'ANIMAL: "[[common_word|Biscuit]]" (Lab mix, ID [[employee_id|A-2291]])\nApplicant: <<per.a>>   DOB: <<dob.a:us_pad>>\nAddress: <<addr.a:full_unit>>\n'
        "Phone: <<tel.a:us_paren>>   Email: <<email.a@a>>\nDriver license #: <<dl.a:ca>>\nRent or own? Rent - landlord <<per.l>>, <<tel.l:us_dash>>\n"
        "Vet reference: [[organisation|Banfield Pet Hospital]], client acct <<mrn.a:alpha>>\nOther pets: 1 cat",
        "Follow-ups:\n1. Call landlord <<per.l>> at <<tel.l:us_dash>> to confirm dogs are allowed at <<addr.a:full_unit>>.\n"
        "2. Verify vet reference for account <<mrn.a:alpha>>.\n3. Confirm <<per.a>> (<<tel.a:us_dash>>) can introduce the cat slowly.",
    ),
    T(
        "h11-en-pet_adoption_application-02",
        "en",
        "pet_adoption_application",
        "Draft a polite rejection e-mail based on the volunteer notes.",
        "Volunteer notes - home visit [[timestamp]]\nApplicants: <<per.a:lower_full>> and partner <<per.b>>\nHome: <<addr.a:line>> (no fence, busy road)\n"
        "Applicant said they'd keep the dog in the yard 'most of the day'. Called ref at <<tel.r:uk_land>> (<<per.r>>), no answer.\nApplicant IG: <<url.a:instagram>>",
        "Subject: Your application for [[common_word|Pepper]]\n\nDear <<per.a>> and <<per.b>>,\nThank you for applying and for welcoming us to <<addr.a:line>>. "
        "After our visit we don't think Pepper is the right match, as she needs a fenced garden. We hope you'll consider another of our dogs.\nKind regards,\nThe adoption team",
    ),
    T(
        "h11-en-coworking_membership-01",
        "en",
        "coworking_membership",
        "Here is the WeWork-style member onboarding ticket. Write the IT checklist.",
        "New member: <<per.a>> (<<email.a@a>>), Dedicated Desk D-14, starts Monday\nCompany: [[organisation|Lumen Analytics LLC]]\n"
        "Laptop Wi-Fi MAC: <<mac.a:colon>>  (please reserve <<ip.a:private>>)\nBadge photo uploaded; mobile for door app: <<tel.a:us_intl>>\n"
        "Billing card on file: <<card.a:amex>>  Plan: [[money|$450.00]]/mo\nMember directory profile: <<url.a:linkedin>>\nCommunity lead: <<per.c:initial>>",
        "IT checklist for <<per.a>>:\n- Add <<mac.a:dash>> to member VLAN and reserve <<ip.a>>\n- Enrol <<tel.a:us_paren>> in the door app\n"
        "- Create printer account <<per.a:lower_dot>>\n- Send Wi-Fi details to <<email.a@a>>\n- Link <<url.a:linkedin>> in the member directory",
    ),
    T(
        "h11-en-coworking_membership-02",
        "en",
        "coworking_membership",
        "A member complained in the Slack community channel. Summarise the issue for the ops manager.",
        "#members-help\n<<per.a:user>>: my mail keeps going missing. packages addressed to <<per.a>> c/o the space, <<addr_uk.s:flat>> - [[tracking_number]] shows delivered\n"
        "<<per.a:user>>: also someone's using my locker, it's registered to my phone <<tel.a:uk_mobile>>\n"
        "front_desk: we'll check CCTV. is your plate <<plate.a:uk>> still on the car park list?\n<<per.a:user>>: yes",
        "Member <<per.a>> (<<per.a:user>>, <<tel.a:uk_intl>>) reports missing parcels delivered to <<addr_uk.s:flat>> and someone using their locker. "
        "Car park list shows plate <<plate.a:uk>>. Action: review CCTV and reception log.",
    ),
    T(
        "h11-en-caregiver_shift_log-01",
        "en",
        "caregiver_shift_log",
        "Clean up this home-care visit log so <<per.d>> and the rest of the family can read it.",
        "VISIT LOG  client: <<per.c:last_first>>  DOB <<dob.c:short_month>>  MRN <<mrn.c:mrn>>\n[[timestamp]] in 07:58 - carer <<per.k>>\n"
        "meds: [[product|Eliquis]] 5mg given w/ breakfast. BP 138/84. c/o knee pain.\nspoke w/ daughter <<per.d>> on <<tel.d:us_plain>> re: pharmacy pickup\n"
        "[[timestamp]] out 09:02. next visit per rota ([[common_word|Hope]] to cover pm)",
        "Morning visit for <<per.c>>: carer <<per.k>> arrived at 7:58, gave Eliquis with breakfast, blood pressure 138/84. "
        "<<per.c:given>> mentioned knee pain. <<per.k:given>> called <<per.d>> (<<tel.d:us_dash>>) about the pharmacy pickup.",
    ),
    T(
        "h11-en-caregiver_shift_log-02",
        "en",
        "caregiver_shift_log",
        "Turn the agency's rota (pipe-delimited export) into a table per carer.",
        "carer|client|client_addr|start|end|carer_mobile\n<<per.a>>|<<per.x>>|<<addr_uk.x:line>>|08:00|09:00|<<tel.a:uk_mobile>>\n"
        "<<per.b>>|<<per.x>>|<<addr_uk.x:line>>|13:00|13:30|<<tel.b:uk_intl>>\n<<per.a>>|<<per.y>>|<<addr_uk.y:flat>>|10:00|11:00|<<tel.a:uk_mobile>>\n"
        "# NHS no. for <<per.y>>: <<mrn.y:digits>>",
        "| Carer | Visits |\n|---|---|\n| <<per.a>> (<<tel.a:uk_intl>>) | <<per.x>> 08:00-09:00; <<per.y>> 10:00-11:00 |\n| <<per.b>> | <<per.x>> 13:00-13:30 |",
    ),
    T(
        "h11-en-dna_kit_activation-01",
        "en",
        "dna_kit_activation",
        "Write the support reply to this DNA-kit activation ticket.",
        "From: <<email.u@u>>\nSubject: kit activated under wrong name??\n\nHi, I activated kit [[order_number|AD-7731-0049]] for my dad but it's showing my name (<<per.u>>) "
        "and my birthday <<dob.u:us>>. His name is <<per.f>>, born <<dob.f:long>>. Can you move it? My number is <<tel.u:us_paren>>.\n- sent from [[product|Outlook for iOS]]",
        "Hi <<per.u:given>>,\nThanks for reaching out. We've moved kit [[order_number|AD-7731-0049]] to a new profile for <<per.f>> (date of birth <<dob.f:us_pad>>). "
        "Your own profile is unchanged. If anything looks wrong, reply here or call us; we have <<tel.u:us_dash>> on file.\nBest,\nCustomer Care",
        source="h11-zendesk/<<email.u@u>>",
    ),
    T(
        "h11-en-dna_kit_activation-02",
        "en",
        "dna_kit_activation",
        "Explain what this activation API request does and whether it leaks anything it shouldn't.",
        "POST /v2/kits/activate HTTP/1.1\nX-Client-IP: <<ip.a:v6>>\n\n"
        '{"kit_id": "[[order_number|KT-449120337]]", "sample_owner": {"first": "<<per.a:given>>", "last": "<<per.a:family>>", '
        '"dob": "<<dob.a:iso>>", "ssn_last4": null, "ssn": "<<ssn.a:plain>>"}, "contact": {"email": "<<email.a@a>>", "phone": "<<tel.a:us_intl2>>"}, '
        '"sdk": "[[version]]"}',
        "It registers kit [[order_number|KT-449120337]] to <<per.a>> (born <<dob.a:iso>>) with contact <<email.a@a>> / <<tel.a:us_dot>>. "
        "It should not send a full SSN (<<ssn.a:dash>>) - only ssn_last4 is needed - and the client IP <<ip.a:v6>> is logged.",
    ),
    T(
        "h11-en-tattoo_consent_form-01",
        "en",
        "tattoo_consent_form",
        "Transcribe this tattoo release form photo into clean text for our records.",
        "RELEASE & CONSENT\nClient Name: <<per.a>>   Date of Birth: <<dob.a:us>>\nID type: DL  #<<dl.a:ny>>  State: NY\n"
        "Address: <<addr_us.a:multiline>>\nPhone: <<tel.a:us_dash>>   Emergency contact: <<per.e>> <<tel.e:us_paren>>\n"
        "Design: [[public_figure|Frida Kahlo]] portrait, right forearm. Artist: <<per.t:given>>\nI am not under the influence of alcohol. Initials: ___",
        "Client: <<per.a>>, DOB <<dob.a:us_pad>>, NY licence <<dl.a:ny>>.\nAddress: <<addr_us.a:multiline>>\nPhone: <<tel.a:us_dash>>; emergency contact <<per.e>> (<<tel.e:us_paren>>).\nDesign: [[public_figure|Frida Kahlo]] portrait.",
    ),
    T(
        "h11-en-tattoo_consent_form-02",
        "en",
        "tattoo_consent_form",
        "Reply to this Instagram DM for the studio and confirm the deposit.",
        "",
        "Hey <<per.c:given>>! Deposit of [[money|$100.00]] received from card ending in the last four you sent - you're booked for the [[common_word|Sunday]] slot. "
        "Bring the ID that matches your DOB (<<dob.c:us_pad>>). See you at <<addr_us.s:line>>!",
        history=[
            (
                "hi!! it's <<per.c>> (<<url.c:instagram>>) - can I pay the deposit by card? <<card.c:visa>>",
                "Please don't send full card numbers in DMs! We'll send a payment link to your phone instead.",
            ),
            (
                "oops sorry. phone is <<tel.c:us_plain>>, and yes I'm over 18, born <<dob.c:us>>",
                "Thanks, link sent. Studio is at <<addr_us.s:line>>.",
            ),
        ],
    ),
    T(
        "h11-en-hearing_aid_fitting-01",
        "en",
        "hearing_aid_fitting",
        "Summarise this audiology fitting note for the patient's GP.",
        "Audiology - Hearing Aid Fitting\nPt: <<per.p:last_first>>   DOB: <<dob.p:eu>>   Hosp no: <<mrn.p:digits>>\nAddress: <<addr_uk.p:multiline>>\n"
        "Audiogram: bilateral moderate SNHL. Fitted: [[product|Phonak Naida]] x2, Bluetooth paired to daughter's phone <<tel.d:uk_intl>> (<<per.d>>)\nAudiologist: <<per.a:initial>>",
        "Dear Doctor,\n<<per.p>> (DOB <<dob.p:eu>>, hospital number <<mrn.p:digits>>) was fitted today with bilateral hearing aids for moderate sensorineural loss. "
        "The aids are paired to the phone of <<per.p:given>>'s daughter, <<per.d>>.\nYours sincerely,\n<<per.a:initial>>",
    ),
    T(
        "h11-en-hearing_aid_fitting-02",
        "en",
        "hearing_aid_fitting",
        "From this chat with a hearing-aid customer, fill in the repair intake form.",
        "",
        "REPAIR INTAKE\nMailer box: [[tracking_number]]\nCustomer: <<per.c>>\nPhone: <<tel.c:us_dash>>\nReturn address: <<addr_us.c:full>>\nDevice: [[product|Oticon More 1]] (left)\nPatient file: <<mrn.c:mrn>>",
        history=[
            (
                "hello my left hearing aid stopped charging. my name is <<per.c>>, my file number at your clinic is <<mrn.c:mrn>>",
                "Sorry to hear that, <<per.c:given>>. Where should we send the mailer box?",
            ),
            (
                "<<addr_us.c:full>>. phone <<tel.c:us_paren>>. my son <<per.s>> might call too, email <<email.s@s>>",
                "Got it, we'll mail the box today.",
            ),
        ],
    ),
    T(
        "h11-en-number_port_request-01",
        "en",
        "number_port_request",
        "Explain why this port-in request was rejected and what the customer needs to fix.",
        "PORT REQUEST [[order_number|PR-20931774]]  STATUS: REJECTED (6D - account number mismatch)\nNumber to port: <<tel.a:us_dash>>\n"
        "Losing carrier: [[organisation|T-Mobile]]\nAuthorized name: <<per.a:upper>>\nService address: <<addr_us.a:line_unit>>\nAccount #: [[number|9581 2203 7]]\nPIN: ****\n"
        "SSN (last 4 on acct, full provided): <<ssn.a:dash>>",
        "The request for <<tel.a:us_paren>> was rejected because the account number did not match the losing carrier. <<per.a>> should get the correct account number "
        "and PIN from the T-Mobile app. Also, a full SSN (<<ssn.a:dash>>) should never be sent for a port - only the last four digits.",
        source="h11-port/<<tel.a:us_plain>>",
    ),
    T(
        "h11-en-number_port_request-02",
        "en",
        "number_port_request",
        "Write the customer-facing SMS for this UK PAC code request chat.",
        "",
        "Hi <<per.a:given>>, your PAC for <<tel.a:uk_mobile>> is valid for 30 days. Give it to your new provider; your number will move within one working day. - [[organisation|Vodafone UK]]",
        history=[
            (
                "I want to leave and keep my number <<tel.a:uk_intl>>. Account holder <<per.a>>, date of birth <<dob.a:long_eu>>",
                "Thanks <<per.a:given>>. For security, what's the first line of your billing address?",
            ),
            (
                "<<addr_uk.a:line>>",
                "Verified. I'll text your PAC now.",
            ),
        ],
    ),
    T(
        "h11-en-bill_of_lading-01",
        "en",
        "bill_of_lading",
        "Check this draft bill of lading: are the shipper and notify party details complete?",
        "SHIPPER: Shenzhen Brightway Electronics Co., Ltd.\n  Contact: <<per_cn.s:pinyin_fl>>  Tel: <<tel.s:cn_intl>>  WeChat: <<wx.s@s>>  QQ: <<qq.s>>\n  Contact ID (China customs e-filing): <<cnid.s>>\n  <<addr_cn.s:tower>>\n"
        "CONSIGNEE: <<per.c:upper>>, <<addr_us.c:full>>\nNOTIFY: SAME AS CONSIGNEE, Tel <<tel.c:us_paren>>, E: <<email.c@c>>\n"
        "Vessel: [[product|EVER GIVEN]] V.1123E   Container: [[number|EGHU 901245 3]]  [[tracking_number]]",
        "Shipper contact <<per_cn.s:pinyin_fl>> (<<tel.s:cn_plain>>, WeChat <<wx.s@s>>, QQ <<qq.s>>) at <<addr_cn.s:tower>> is complete; the personal ID <<cnid.s>> is not needed on the B/L. "
        "Consignee <<per.c>> at <<addr_us.c:full>>; notify party has phone <<tel.c:us_dash>> and e-mail <<email.c@c>>. Looks complete.",
    ),
    T(
        "h11-en-bill_of_lading-02",
        "en",
        "bill_of_lading",
        "The freight forwarder's e-mail asks for payment details; draft the reply to release the original B/L.",
        "From: <<per.f>> <<<email.f@f>>>\nHi, to release original B/L [[order_number|HLCUNB2403117]] please pay the ocean freight to our account IBAN <<iban.f:nl>>. "
        "Telex release needs consignee's passport copy. Call me <<tel.f:uk_mobile>>.",
        "Hi <<per.f:given>>,\nPayment sent to <<iban.f:nl>>. Consignee passport copy attached (<<per.c>>, passport <<pass.c:uk>>). "
        "Please confirm telex release for [[order_number|HLCUNB2403117]].\nThanks,\n<<per.m>>",
    ),
    T(
        "h11-en-baptism_register-01",
        "en",
        "baptism_register",
        "Transcribe this parish baptism register entry (handwritten, OCR'd) into the diocesan CSV format: name,dob,parents,godparents,address.",
        "No. 214   Baptised [[timestamp]]\n<<per.c>>   born <<dob.c:long>>\nson of <<per.f>> & <<per.m>>\n"
        "of <<addr.c:line>>\nSponsors: <<per.g>>, <<per.h>>\nMinister: Revd <<per.r:initial>>   Register p.31",
        'name,dob,parents,godparents,address\n"<<per.c>>",<<dob.c:iso>>,"<<per.f>>; <<per.m>>","<<per.g>>; <<per.h>>","<<addr.c:line>>"',
    ),
    T(
        "h11-en-baptism_register-02",
        "en",
        "baptism_register",
        "A parent e-mailed the church office asking for a baptism certificate copy. Write the reply and the office's internal note.",
        "Hello, could I get a copy of my daughter's baptism certificate? Her name is <<per.d>>, born <<dob.d:us>>, baptised at [[organisation|St. Mary's]] around 2012. "
        "We've moved to <<addr_us.p:full>>. I'm <<per.p>>, cell <<tel.p:us_dot>>. Her godmother <<per_cn.g:pinyin>> may also request one (WeChat <<wx.g@g>>).",
        "Reply: Dear <<per.p:given>>, we will post a certified copy for <<per.d>> to <<addr_us.p:full>> within two weeks.\n"
        "Internal note: search 2011-2013 registers for <<per.d>>, DOB <<dob.d:us_pad>>; parent <<per.p>> (<<tel.p:us_dash>>). Godmother <<per_cn.g:pinyin>> (WeChat <<wx.g@g>>) may call.",
    ),
    T(
        "h11-en-adoption_home_study-01",
        "en",
        "adoption_home_study",
        "Write the 'Household Composition' section of a home study from these caseworker notes.",
        "Applicant 1: <<per.a>>, DOB <<dob.a:us_pad>>, SSN <<ssn.a>>, nurse at [[organisation|Kaiser Permanente]]\nApplicant 2: <<per.b>>, DOB <<dob.b:us_pad>>, SSN <<ssn.b:space>>\n"
        "Home: <<addr_us.a:full>>, 3BR single-family\nVehicle: <<plate.a:tx>> (minivan)\nChild in home: bio son, age 7\nCaseworker: <<per.w>>, <<email.w@w>>",
        "Household Composition. The household consists of <<per.a>> (born <<dob.a:long>>), <<per.b>> (born <<dob.b:long>>), and their biological son, age 7. "
        "The family lives in a three-bedroom single-family home at <<addr_us.a:full>>. Prepared by <<per.w>>.",
    ),
    T(
        "h11-en-adoption_home_study-02",
        "en",
        "adoption_home_study",
        "Our intercountry adoption agency got this message from the Chinese orphanage liaison. Summarise the action items.",
        "",
        "Action items:\n1. Send the court decree for <<per_cn.c>> (file <<mrn.c:zy>>) to liaison <<per_cn.l>> (WeChat <<wx.l@l>>).\n"
        "2. Adoptive father <<per.f>> must renew passport <<pass.f:us>> before travel.\n3. Confirm the Guangzhou hotel with <<per.f>> at <<tel.f:us_paren>>.",
        history=[
            (
                "Hello, this is <<per_cn.l>> from the children's welfare institute. For child <<per_cn.c>>, medical file <<mrn.c:zy>>, we need the court decree. My WeChat: <<wx.l@l>>, QQ <<qq.l>>.",
                "Thank you, we'll send it this week.",
            ),
            (
                "Also father <<per.f>>'s passport <<pass.f:us>> expires soon. Mother's Chinese ID for her hukou is <<cnid.m>> - is she a dual national?",
                "She was born in China and naturalised; we'll clarify. Father's phone is <<tel.f:us_dash>>.",
            ),
        ],
    ),
    T(
        "h11-en-referee_match_report-01",
        "en",
        "referee_match_report",
        "Turn this Sunday-league referee's report into a disciplinary summary for the county FA.",
        "MATCH: Harefield Rovers v Old Boys Reserves  [[timestamp]]\nReferee: <<per.r>> (FAN [[employee_id|51029384]])\n"
        "Dismissal: #9 <<per.p:upper>> (Old Boys), DOB <<dob.p:eu>> - violent conduct 63'\nCaution: #4 <<per.q>> - dissent\n"
        "After the match <<per.p:family>> followed me to my car (<<plate.r:uk>>) in the car park. Contact: <<tel.r:uk_mobile>>, <<email.r@r>>",
        "Disciplinary summary: <<per.p>> (Old Boys, born <<dob.p:eu>>) sent off for violent conduct at 63'; afterwards followed referee <<per.r>> to the referee's car (<<plate.r:uk>>). "
        "<<per.q>> cautioned for dissent. Referee contact: <<email.r@r>>.",
    ),
    T(
        "h11-en-referee_match_report-02",
        "en",
        "referee_match_report",
        "From the referees' group chat, build next week's assignment sheet with pay details.",
        "",
        "| Game | Centre | AR | Pay to |\n|---|---|---|---|\n| U12 Field 3 | <<per.a>> | <<per.b>> | Venmo <<tel.a:us_dash>> |\n| U14 Field 1 | <<per.c>> | <<per.b>> | ACH acct ending (see form) |\n"
        "<<per.c>> asked for direct deposit to IBAN <<iban.c:de>> (visiting from Germany).",
        history=[
            (
                "I can do U12 field 3 sat morning. Venmo is my number <<tel.a:us_plain>> - <<per.a>>",
                "Great. <<per.b:given>> AR on both?",
            ),
            (
                "yes. I'm <<per.c>>, here till June, can you pay to my German account? IBAN <<iban.c:de>>. [[public_figure|Pierluigi Collina]] would approve lol",
                "I'll ask the treasurer.",
            ),
        ],
    ),
    T(
        "h11-en-ssh_key_file-01",
        "en",
        "ssh_key_file",
        "Audit this authorized_keys file: which keys belong to people who left? Leavers: <<per.x>>, <<per.y>>.",
        "# managed by ansible - do not edit\n"
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ1m... <<per.a:lower_dot>>@laptop\n"
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQDf... <<email.x@x>>\n"
        'no-port-forwarding,from="<<ip.y:public>>" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0z... <<per.y:user>>@home-desktop\n'
        "# break-glass key, owner <<per.b>> <<tel.b:us_intl>>",
        "Two keys belong to leavers: the RSA key commented <<email.x@x>> (<<per.x>>) and the ed25519 key for <<per.y:user>>@home-desktop limited to <<ip.y>> (<<per.y>>). "
        "Keep <<per.a:lower_dot>>@laptop and the break-glass key owned by <<per.b>>.",
    ),
    T(
        "h11-en-ssh_key_file-02",
        "en",
        "ssh_key_file",
        "Explain this known_hosts diff and the warning the user got.",
        "$ ssh <<per.a:user>>@<<ip.h:v6>>\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
        "Offending ECDSA key in /home/<<per.a:user>>/.ssh/known_hosts:14\n"
        "--- known_hosts.old\n+++ known_hosts\n-<<ip.h:v6>> ecdsa-sha2-nistp256 AAAAE2VjZHNh...\n+<<ip.h:v6>> ecdsa-sha2-nistp256 AAAAE2VjZHNhZ...\n"
        "# box is the NUC in <<per.a>>'s garage, MAC <<mac.h:colon_lower>>, reimaged [[timestamp]]",
        "The host key stored for <<ip.h:v6>> changed because the machine (MAC <<mac.h:colon_lower>>) was reimaged. Since <<per.a>> reimaged it, it is expected: remove line 14 with ssh-keygen -R and reconnect.",
    ),
    T(
        "h11-en-crontab_file-01",
        "en",
        "crontab_file",
        "What does this crontab do, and who gets notified on failure?",
        'MAILTO="<<email.a@a>>,<<email.b@b>>"\n# owner: <<per.a>>  pager: <<tel.a:us_intl2>>\n'
        "55 1 * * * wakeonlan <<mac.n:colon>>  # NAS in the basement\n"
        "0 2 * * * /usr/local/bin/backup.sh --dest <<per.a:lower_dot>>@<<ip.n:private>>:/vol1  >> /var/log/backup.log 2>&1\n"
        "*/15 * * * * dig +short @[[public_resolver|1.1.1.1]] vpn.example.net || true\n"
        "*/10 * * * * curl -fsS https://hc-ping.com/[[code_identifier|7d1f0c2e-backup]] > /dev/null\n"
        "15 6 * * 1-5 /opt/scripts/[[code_identifier|sync_hr.py]] --notify <<tel.b:us_plain>>",
        "Line 1 wakes the NAS (<<mac.n:colon>>) at 01:55 and line 2 backs up to it at 02:00 (<<ip.n>>, as <<per.a:lower_dot>>); then the next line checks DNS through the public resolver [[public_resolver|1.1.1.1]] every 15 minutes, one pings a health check every 10 minutes, and the last syncs HR data on weekdays and texts <<tel.b:us_dash>>. "
        "Failures e-mail <<email.a@a>> and <<email.b@b>>; <<per.a>> is also paged at <<tel.a:us_paren>>.",
    ),
    T(
        "h11-en-crontab_file-02",
        "en",
        "crontab_file",
        "Convert this cron line from our wiki into a Kubernetes CronJob spec.",
        "Nightly export (ask <<per.o>>, <<email.o@o>>):\n`30 1 * * * python export.py --sftp <<per.o:user>>@<<ip.s:public>> --key ~/.ssh/<<per.o:user>>_rsa`\n"
        "Alerts go to <<per.o:given>>'s WhatsApp <<tel.o:uk_intl>>.",
        '```yaml\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly-export  # owner <<email.o@o>>\nspec:\n  schedule: "30 1 * * *"\n'
        "  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: export\n            image: python:3.12\n"
        '            args: ["python", "export.py", "--sftp", "<<per.o:user>>@<<ip.s>>"]\n          restartPolicy: OnFailure\n```',
    ),
    T(
        "h11-en-packet_capture_summary-01",
        "en",
        "packet_capture_summary",
        "Here's a tcpdump excerpt from the guest Wi-Fi. Which client is leaking credentials and who is it?",
        "14:22:07.118 IP <<ip.c:private>>.51544 > [[server_ip|93.184.216.34]].80: Flags [P.], length 412: HTTP: POST /login\n"
        "    user=<<email.c@c>>&pass=hunter2&remember=1\n14:22:07.120 ARP, Reply <<ip.c:private>> is-at <<mac.c:colon_lower>>\n"
        "DHCP lease table: <<mac.c:colon>>  hostname <<per.c:given>>s-Galaxy-S23  room 412 guest <<per.c:last_first>>",
        "The client at <<ip.c>> (MAC <<mac.c:colon_lower>>, hostname <<per.c:given>>s-Galaxy-S23) sent a login for <<email.c@c>> over plain HTTP. "
        "The lease table ties it to room 412, guest <<per.c>>.",
    ),
    T(
        "h11-en-packet_capture_summary-02",
        "en",
        "packet_capture_summary",
        "Write an incident note from this Wireshark 'Follow TCP Stream' output.",
        "POST /api/v1/claims HTTP/1.1\r\nHost: claims-internal\r\nX-Real-IP: <<ip.a:v6>>\r\n\r\n"
        '{"member":"<<per.a>>","ssn":"<<ssn.a:dash>>","dob":"<<dob.a:us_pad>>","card":"<<card.a:mc>>","addr":"<<addr_us.a:line_unit>>"}',
        "Incident: the claims API accepted a cleartext POST from <<ip.a:v6>> containing <<per.a>>'s SSN <<ssn.a:dash>>, date of birth <<dob.a:us_pad>>, "
        "card number <<card.a:spaced>> and address <<addr_us.a:line_unit>>. Enforce TLS on claims-internal.",
    ),
    T(
        "h11-en-exif_metadata-01",
        "en",
        "exif_metadata",
        "Which metadata fields should I strip before posting this photo to a public gallery?",
        "ExifTool Version Number         : [[version]]\nCamera Model Name               : [[product|Canon EOS R6]]\nSerial Number                   : [[number|032021004417]]\n"
        "Artist                          : <<per.a>>\nCopyright                       : (c) <<per.a:upper>> - <<url.a:twitter>>\nOwner Name                      : <<per.a:lower_full>>\n"
        "Keywords                        : home, <<addr_us.h:line>>, garden\nGPS Latitude                    : 37 deg 46' 29.64\" N",
        "Strip Artist/Owner Name (<<per.a>>), Copyright (it links <<url.a:twitter>>), the Keywords (they contain your street, <<addr_us.h:line>>), and all GPS fields. The camera serial number is not personal but can link photos.",
    ),
    T(
        "h11-en-exif_metadata-02",
        "en",
        "exif_metadata",
        "Summarise the document properties of this PDF the client sent us.",
        "$ exiftool contract_signed.pdf\nAuthor                          : <<per.a>>\nCreator                         : [[product|Microsoft Word for Microsoft 365]]\n"
        "Last Modified By                : <<per.b:lower_dot>>\nCompany                         : [[organisation|Deloitte]]\nSubject                         : Lease - <<addr_uk.p:line>>\n"
        "Custom:Tenant_NI               : see file\nCustom:Tenant_Passport         : <<pass.t:uk>>\nCustom:Tenant_Mobile           : <<tel.t:uk_mobile>>",
        "Author: <<per.a>>; last modified by <<per.b:lower_dot>>. Subject names the property <<addr_uk.p:line>>, and custom properties carry the tenant's passport number <<pass.t:uk>> and mobile <<tel.t:uk_intl>> - remove these before sharing.",
    ),
    T(
        "h11-en-package_manifest-01",
        "en",
        "package_manifest",
        "We're open-sourcing this crate. Review Cargo.toml for personal data.",
        '[package]\nname = "[[code_identifier|fastgeo]]"\nversion = "[[version]]"\nauthors = ["<<per.a>> <<<email.a@a>>>", "<<per.b:lower_full>> <<<email.b@b>>>"]\n'
        'repository = "<<url.a:github>>"\n\n[package.metadata.release]\n# sign with <<per.a:given>>\'s key, call <<tel.a:us_paren>> for the passphrase\n'
        '[dev-dependencies]\nserde_json = "1"',
        "The authors field exposes <<email.a@a>> and <<email.b@b>> (your call), but the comment with <<per.a:given>>'s phone number <<tel.a:us_dash>> must go. The repository link <<url.a:github>> is fine if that account is public.",
    ),
    T(
        "h11-en-package_manifest-02",
        "en",
        "package_manifest",
        "Rewrite this setup.cfg so the maintainer block uses a team alias instead of a person.",
        "[metadata]\nname = [[code_identifier|pii-scrubber]]\nversion = [[version]]\nmaintainer = <<per_cn.m:pinyin>>\nmaintainer_email = <<email.m@m>>\n"
        "project_urls =\n    Personal = <<url.m:linkedin>>\n# QQ group owner: <<qq.m>>; WeChat: <<wx.m@m>>\n# real-name ID used for the Tsinghua mirror account: <<cnid.m>>",
        "[metadata]\nname = [[code_identifier|pii-scrubber]]\nmaintainer = Data Platform Team\nmaintainer_email = data-platform@example.org\n\n"
        "(Removed: <<per_cn.m:pinyin>>, <<email.m@m>>, <<url.m:linkedin>>, QQ <<qq.m>>, WeChat <<wx.m@m>> and the ID number <<cnid.m>>.)",
    ),
    T(
        "h11-en-mediation_agreement-01",
        "en",
        "mediation_agreement",
        "Summarise this small-business mediation settlement in plain English.",
        "MEDIATED SETTLEMENT AGREEMENT  Case [[order_number|MED-24-00917]]\nParty A: <<per.a>>, d/b/a [[organisation|Sunrise Bakery]], <<addr_us.a:full>>\n"
        "Party B: <<per.b>>, <<addr_us.b:line>>, tel <<tel.b:us_dash>>\n1. B shall pay A [[money|$3,200.00]] by wire to routing/acct on file, or by card <<card.b:discover>>.\n"
        "2. B's van (plate <<plate.b:ca>>) will no longer park in A's loading bay.\nMediator: <<per.m:initial>>",
        "<<per.b>> will pay <<per.a>> $3,200 (by wire or the Discover card <<card.b:plain>>) and stop parking the van <<plate.b:ca>> in the bakery's loading bay at <<addr_us.a:full>>.",
    ),
    T(
        "h11-en-mediation_agreement-02",
        "en",
        "mediation_agreement",
        "Draft the mediator's follow-up e-mail from this phone-call transcript.",
        "",
        "Dear <<per.a>> and <<per.b>>,\nThank you for agreeing to mediate. Our session is booked for next Tuesday. Please bring any photos of the fence. "
        "Mr <<per.b:family>>, please note the survey plan you mentioned for <<addr_uk.b:line>>.\nRegards,\n<<per.m>>",
        history=[
            (
                "Mediator: Can I confirm your details? Caller: Yes, <<per.a>>, <<addr_uk.a:line>>, mobile <<tel.a:uk_mobile>>.",
                "Mediator: And your neighbour? Caller: <<per.b>>, next door at <<addr_uk.b:line>>, e-mail <<email.b@b>>.",
            ),
            (
                "Caller: He moved the fence half a metre onto my side. [[common_word|Summer]] last year.",
                "Mediator: Understood. I'll write to you both.",
            ),
        ],
        system="You assist <<per.m>>, a community mediator. Office line <<tel.m:uk_land>>.",
    ),
    T(
        "h11-en-provident_fund_withdrawal-01",
        "en",
        "provident_fund_withdrawal",
        "Review this 401(k) hardship withdrawal request and list what documents are missing.",
        "HARDSHIP DISTRIBUTION REQUEST - [[organisation|Fidelity]] plan 71122\nParticipant: <<per.a:last_first>>   SSN: <<ssn.a>>   DOB: <<dob.a:us>>\n"
        "Home address: <<addr_us.a:full_unit>>\nReason: prevent eviction from principal residence\nAmount: [[money|$8,500.00]]\nDirect deposit: see voided check\nPhone <<tel.a:us_paren>>  Email <<email.a@a>>",
        "Missing: (1) the eviction notice for <<addr_us.a:full_unit>>; (2) the voided check; (3) spousal consent if <<per.a>> is married. Participant SSN <<ssn.a:dash>> is on file; contact at <<email.a@a>>.",
    ),
    T(
        "h11-en-provident_fund_withdrawal-02",
        "en",
        "provident_fund_withdrawal",
        "A Chinese employee in our US office asks how to withdraw his housing provident fund from China. Answer using the chat.",
        "",
        "<<per_cn.e:pinyin>>, you can apply through the Shanghai provident fund app using your resident ID <<cnid.e>> and the UnionPay card <<card.e:unionpay>> linked to the account. "
        "Leaving China permanently counts as a withdrawal reason; have your passport <<pass.e:cn_g>> and the US visa page ready.",
        history=[
            (
                "Hi, I'm <<per_cn.e>> (<<per_cn.e:pinyin>>). I left Shanghai last year and still have 公积金. My ID is <<cnid.e>>, passport <<pass.e:cn_g>>",
                "Do you still have a Chinese bank card linked to it?",
            ),
            (
                "Yes, a [[organisation|ICBC]] UnionPay card <<card.e:dashed>>. My WeChat is <<wx.e@e>> if HR wants to talk there",
                "Great, that makes it easier.",
            ),
        ],
    ),
    T(
        "h11-en-unemployment_claim-01",
        "en",
        "unemployment_claim",
        "Help me answer the state's unemployment claim questions using my notes. Keep it factual.",
        "notes: laid off [[timestamp]] from [[organisation|Amazon]] fulfillment center (mass layoff). name <<per.a>>, SSN <<ssn.a:plain>>, DOB <<dob.a:us>>. "
        "address <<addr_us.a:full>>. direct deposit to debit card <<card.a:visa>>. driver's license <<dl.a:fl>> (FL). phone <<tel.a:us_plain>>",
        "Claimant: <<per.a>>\nSSN: <<ssn.a:dash>>\nDate of birth: <<dob.a:us_pad>>\nMailing address: <<addr_us.a:full>>\nFlorida driver license: <<dl.a:fl>>\n"
        "Reason for separation: lack of work (mass layoff).\nPayment method: debit card <<card.a:spaced>>\nPhone: <<tel.a:us_paren>>",
    ),
    T(
        "h11-en-unemployment_claim-02",
        "en",
        "unemployment_claim",
        "Summarise this UK Universal Credit journal thread for the work coach.",
        "",
        "<<per.c>> lost their job on [[timestamp]] and has reported it; bank details changed to IBAN <<iban.c:ie>> (Irish account) and a new mobile <<tel.c:uk_mobile>>. "
        "Next appointment: Tuesday. NI and passport <<pass.c:uk>> already verified.",
        history=[
            (
                "Journal [[timestamp]] - <<per.c>>: I was made redundant today. My new number is <<tel.c:uk_intl>>.",
                "Work coach: Sorry to hear that. Please update your bank details if they changed.",
            ),
            (
                "<<per.c>>: I only have my Irish account now, IBAN <<iban.c:ie>>. Passport <<pass.c:uk>> is the same as before.",
                "Work coach: Thanks, we'll verify and book you in for Tuesday.",
            ),
        ],
    ),
    T(
        "h11-en-birth_registration-01",
        "en",
        "birth_registration",
        "Check this birth-certificate worksheet for errors before the hospital submits it.",
        "CHILD: <<per.b:upper>>   DATE OF BIRTH: <<dob.b:us_pad>>   TIME: 03:41\nFacility: [[organisation|Northwestern Memorial Hospital]]  Mother MRN <<mrn.m:mrn>>\n"
        "MOTHER: <<per.m:last_first>>, SSN <<ssn.m>>, residence <<addr_us.m:full_unit>>\nFATHER: <<per.f>>, passport <<pass.f:cn_e>> (PRC), Chinese ID <<cnid.f>>\n"
        "Parent phone: <<tel.m:us_dash>>   Request SSN for child: YES",
        "Looks consistent: child <<per.b>>, born <<dob.b:long>>. Check that the father's name <<per.f>> matches passport <<pass.f:cn_e>>; the PRC ID <<cnid.f>> is not required on the US form. "
        "Mother <<per.m>>'s SSN <<ssn.m:dash>> and address <<addr_us.m:full_unit>> are filled in.",
    ),
    T(
        "h11-en-birth_registration-02",
        "en",
        "birth_registration",
        "A new dad asked in chat how to register his baby's birth in England. Reply based on his details.",
        "",
        "Congratulations, <<per.d:given>>! Book the registration with the register office for <<addr_uk.d:line>> within 42 days. "
        "Both parents should attend if you're not married; bring ID (your passport <<pass.d:uk>>). Baby <<per.b>>'s NHS number is already on the red book.",
        history=[
            (
                "Our daughter <<per.b>> was born on <<dob.b:long_eu>> at [[organisation|St Thomas' Hospital]]! How do we register her? I'm <<per.d>>",
                "Congratulations! Are you and the mum married?",
            ),
            (
                "Not yet. We live at <<addr_uk.d:line>>. I have my passport <<pass.d:uk>>, her mum <<per.m>> has a Chinese ID <<cnid.m:x>> and BRP",
                "Both of you should attend then.",
            ),
        ],
    ),
    T(
        "h11-en-name_change_petition-01",
        "en",
        "name_change_petition",
        "Draft the newspaper notice for this name change petition.",
        "PETITION FOR CHANGE OF NAME  Case No. [[order_number|CV-2024-118203]]\nPetitioner's present name: <<per.o>>\nProposed name: <<per.n>>\n"
        "Date of birth: <<dob.o:us>>   Residence: <<addr_us.o:full>>\nReason: to use mother's family name\nDriver license: <<dl.o:tx>> (TX)\nPetitioner phone: <<tel.o:us_dot>>",
        "NOTICE OF PETITION TO CHANGE NAME. Petitioner <<per.o>> has filed a petition to change their name to <<per.n>>. "
        "A hearing will be held at [[organisation|Travis County Courthouse]]. Any person may object.",
    ),
    T(
        "h11-en-name_change_petition-02",
        "en",
        "name_change_petition",
        "After my deed poll, which accounts do I need to update? Make a checklist from what I told you.",
        "",
        "Checklist (old name <<per.o>> -> new name <<per.n>>):\n- Passport <<pass.n:uk>>\n- DVLA driving licence <<dl.n:uk>>\n- Bank (IBAN <<iban.n:gb>>)\n"
        "- GP surgery (NHS no. <<mrn.n:digits>>)\n- LinkedIn <<url.n:linkedin>>\n- Car V5C for <<plate.n:uk>>",
        history=[
            (
                "I changed my name by deed poll from <<per.o>> to <<per.n>>. Passport <<pass.n:uk>> and driving licence <<dl.n:uk>> still have the old one",
                "What else is in your old name - bank, GP, car?",
            ),
            (
                "Bank account <<iban.n:gb>>, GP (my NHS number is <<mrn.n:digits>>), car reg <<plate.n:uk>>, and my LinkedIn <<url.n:linkedin>>",
                "I'll put those in order of urgency.",
            ),
        ],
    ),
    T(
        "h11-en-pet_microchip_registry-01",
        "en",
        "pet_microchip_registry",
        "A vet scanned a found dog. Here's the registry lookup. Draft the call script for the front desk.",
        'CHIP [[number|985112003456789]]  Registry: [[organisation|HomeAgain]]\nPet: "[[common_word|Max]]"  Breed: Beagle\nOwner: <<per.a>>\n'
        "Primary: <<tel.a:us_paren>>  Alt: <<tel.b:us_dash>> (<<per.b>>)\nAddress: <<addr_us.a:line_unit>>\nEmail: <<email.a@a>>\nLast updated: [[timestamp]]",
        '"Hello, is this <<per.a>>? This is the vet clinic - we have a beagle named Max whose microchip is registered to you at <<addr_us.a:line_unit>>." '
        "If no answer at <<tel.a:us_dash>>, try <<per.b>> at <<tel.b:us_paren>>, then e-mail <<email.a@a>>.",
    ),
    T(
        "h11-en-pet_microchip_registry-02",
        "en",
        "pet_microchip_registry",
        "Explain what this registry transfer record means for the new owner.",
        '<transfer chip="[[number|941000024681357]]" date="[[timestamp]]">\n  <from name="<<per.o>>" phone="<<tel.o:uk_intl>>" postcode-line="<<addr_uk.o:line>>"/>\n'
        '  <to name="<<per.n>>" phone="<<tel.n:uk_mobile>>" email="<<email.n@n>>" wechat="<<wx.n@n>>"/>\n  <vet practice="[[organisation|Medivet]]" client="<<mrn.n:alpha>>"/>\n</transfer>',
        "The chip now lists <<per.n>> as keeper (<<tel.n:uk_mobile>>, <<email.n@n>>); <<per.o>> at <<addr_uk.o:line>> is no longer contacted. "
        "The vet client number <<mrn.n:alpha>> moved too.",
    ),
    T(
        "h11-en-cloudtrail_event-01",
        "en",
        "cloudtrail_event",
        "Explain this CloudTrail event: who did what, from where?",
        '{\n  "eventVersion": "1.09",\n  "userIdentity": {"type": "IAMUser", "userName": "<<per.a:lower_dot>>", "accountId": "[[number|123456789012]]"},\n'
        '  "eventTime": "[[timestamp]]",\n  "eventSource": "s3.amazonaws.com",\n  "eventName": "PutBucketPolicy",\n  "sourceIPAddress": "<<ip.a:public>>",\n'
        '  "userAgent": "[[product|aws-cli]]/[[version]]",\n  "requestParameters": {"bucketName": "payroll-w2-<<per.a:lower_dot>>", "bucketPolicy": {"Principal": "*"}}\n}',
        "IAM user <<per.a:lower_dot>> called PutBucketPolicy from <<ip.a>> with the AWS CLI and made the bucket payroll-w2-<<per.a:lower_dot>> public (Principal *). "
        "Contact <<per.a>> and revert the policy.",
    ),
    T(
        "h11-en-cloudtrail_event-02",
        "en",
        "cloudtrail_event",
        "Build an incident timeline from these CloudTrail lines and the Slack thread.",
        "[[timestamp]] ConsoleLogin <<per.b:user>> src=<<ip.b:v6>> MFA=No\n[[timestamp]] CreateUser name=svc-backup-2 by=<<per.b:user>> src=<<ip.c:public>>\n"
        "[[timestamp]] AttachUserPolicy AdministratorAccess svc-backup-2 src=<<ip.c:public>>",
        "Timeline: <<per.b>> logged in without MFA from <<ip.b:v6>>; minutes later, from <<ip.c>>, a new admin user svc-backup-2 was created. "
        "<<per.b:given>> confirmed by phone (<<tel.b:us_dash>>) that the second IP is not theirs.",
        history=[
            (
                "@<<per.b:user>> did you create svc-backup-2?",
                "no!! I was at home on <<ip.b:v6>>. call me <<tel.b:us_intl>>",
            ),
        ],
    ),
    T(
        "h11-en-nursery_daily_report-01",
        "en",
        "nursery_daily_report",
        "Rewrite this daycare daily sheet as a friendly note to the parents.",
        "DAILY SHEET  [[timestamp]]  Room: [[common_word|Butterflies]]\nChild: <<per.k>>   DOB: <<dob.k:us>>\nNap 12:30-2:05. Ate all of lunch, half snack. 2 wet diapers.\n"
        "Pick-up today: grandma <<per.g>> (on auth list, DL <<dl.g:wa>>, car <<plate.g:ca>>)\nAllergy: [[product|Cheerios]] OK, no peanuts\nTeacher: Ms. <<per.t:family>>",
        "Hi! <<per.k:given>> had a great day - napped from 12:30 to 2:05, ate all of lunch, and half of snack. Grandma <<per.g>> picked up today. - Ms. <<per.t:family>>",
    ),
    T(
        "h11-en-nursery_daily_report-02",
        "en",
        "nursery_daily_report",
        "A parent messaged the nursery app about an emergency pick-up. Verify against the authorised list and reply.",
        "AUTHORISED COLLECTORS for <<per.k>>\n1. <<per.m>> (mum) <<tel.m:uk_mobile>>\n2. <<per.x>> (childminder) <<tel.x:uk_intl>>, password word: [[common_word|Marmalade]]\n\n"
        "Message from <<per.m>>: stuck on the M25, my colleague <<per.y>> will collect, number <<tel.y:uk_mobile>>, car <<plate.y:uk>>",
        "Hi <<per.m:given>>, <<per.y>> isn't on the authorised list for <<per.k:given>>. Please add them in the app, or ask <<per.x>> to collect with the password. We'll call you on <<tel.m:uk_intl>> to confirm.",
    ),
    T(
        "h11-en-device_trade_in-01",
        "en",
        "device_trade_in",
        "Summarise this phone trade-in receipt for the customer's e-mail.",
        "TRADE-IN RECEIPT [[order_number]]\nDevice: [[product|iPhone 13 Pro]] 256GB   IMEI: [[number|35 407115 876543 2]]\nWi-Fi MAC: <<mac.d:colon>>\n"
        "Customer: <<per.c>>   ID checked: DL <<dl.c:ca>>\nPhone: <<tel.c:us_paren>>  Email: <<email.c@c>>\nCredit: [[money|$410.00]] to card <<card.c:mc>>\nFind My: OFF  Data wiped: YES",
        "Hi <<per.c:given>>, thanks for trading in your iPhone 13 Pro. We've issued $410.00 to your card <<card.c:dashed>>; it may take 3-5 days. Find My was turned off and the device was wiped.",
    ),
    T(
        "h11-en-device_trade_in-02",
        "en",
        "device_trade_in",
        "A buyer of my old laptop found my files. Draft a message asking them to delete everything.",
        "",
        "Hi <<per.b:given>>, thanks for letting me know. Please delete the folder with my tax documents (it has my SSN <<ssn.s:dash>> and Chinese ID <<cnid.s>>) and sign out of QQ <<qq.s>>. "
        "I can pay for a full wipe at [[organisation|Best Buy]]. - <<per.s>>, <<tel.s:us_dash>>",
        history=[
            (
                "Hey, I bought your [[product|Dell XPS 13]] on Craigslist. There's a folder 'taxes' with your SSN <<ssn.s:plain>> and some Chinese ID <<cnid.s>> in it. Also QQ is still logged in (<<qq.s>>).",
                "Oh no, thank you! I'm <<per.s>>, my number is <<tel.s:us_paren>>.",
            ),
        ],
        system="You are the personal writing assistant of <<per.s>> (<<email.s@s>>). Keep messages short and polite.",
    ),
    T(
        "h11-en-password_vault_export-01",
        "en",
        "password_vault_export",
        "This is my 1Password CSV export. Flag entries where personal data sits in the notes field.",
        "Title,Website,Username,Password,Notes\nChase,https://chase.com,<<per.a:lower_dot>>,********,card <<card.a:plain>> PIN in head\n"
        "IRS,https://irs.gov,<<email.a@a>>,********,SSN <<ssn.a>>\nRevolut,https://revolut.com,<<email.a@a>>,********,EUR IBAN <<iban.a>>\nWeChat,https://weixin.qq.com,<<wx.a@a>>,********,\n"
        "QQ,https://im.qq.com,QQ <<qq.a>>,********,old account\n12306,https://www.12306.cn,<<cnid.a>>,********,login is my PRC ID number\nDMV,https://dmv.ca.gov,<<email.a@a>>,********,license <<dl.a:ca>>",
        "Personal data in notes: Chase (full card number <<card.a:spaced>>), IRS (SSN <<ssn.a:dash>>), DMV (licence <<dl.a:ca>>) and Revolut (IBAN <<iban.a>>). The 12306 login is your PRC ID number <<cnid.a>> - consider changing it to a username. The WeChat (<<wx.a@a>>) and QQ (<<qq.a>>) rows only hold usernames.",
    ),
    T(
        "h11-en-password_vault_export-02",
        "en",
        "password_vault_export",
        "Convert this Bitwarden JSON export item into a LastPass CSV row (url,username,password,extra,name,grouping).",
        '{"items": [{"type": 1, "name": "Home router", "login": {"username": "admin", "uris": [{"uri": "http://<<ip.r:private>>"}]},\n'
        '  "notes": "LAN MAC <<mac.r:dash>>, ISP acct holder <<per.h>>, ISP phone <<tel.h:us_dash>>"},\n'
        ' {"type": 3, "name": "Travel card", "card": {"cardholderName": "<<per.h:upper>>", "number": "<<card.h:amex>>", "brand": "Amex"},\n'
        '  "notes": "Emergency travel: passport <<pass.h:us>>, IBAN for EUR refunds <<iban.h:fr>>"}]}',
        'url,username,password,extra,name,grouping\nhttp://<<ip.r>>,admin,,"LAN MAC <<mac.r:dash>>, ISP acct holder <<per.h>>, ISP phone <<tel.h:us_dash>>",Home router,\n'
        'http://sn,,,"NoteType:Credit Card,Name on Card:<<per.h:upper>>,Number:<<card.h:plain>>,Notes:passport <<pass.h:us>>; IBAN <<iban.h:fr>>",Travel card,',
    ),
    T(
        "h11-en-contact_tracing_report-01",
        "en",
        "contact_tracing_report",
        "Write the public exposure notice from this case investigation form, removing all personal details.",
        "CASE INVESTIGATION (measles)\nCase: <<per.a>>, DOB <<dob.a:us_pad>>, MRN <<mrn.a:dash>>\nHome: <<addr_us.a:full>>  Cell: <<tel.a:us_dash>>\n"
        "Employer: [[organisation|Walmart]] Supercenter #1142\nExposure sites: [[public_place|Mall of America]] food court [[timestamp]]; Route 5 bus\n"
        "Household contacts: <<per.b>> (<<tel.b:us_plain>>), <<per.c>>",
        "Public notice: A confirmed measles case visited the [[public_place|Mall of America]] food court on [[timestamp]] and rode the Route 5 bus. Anyone there should check their vaccination status.",
    ),
    T(
        "h11-en-contact_tracing_report-02",
        "en",
        "contact_tracing_report",
        "From this contact tracer's call, list the close contacts with how to reach them.",
        "",
        "Close contacts:\n1. <<per.x>> - <<tel.x:uk_mobile>> (shared a flat)\n2. <<per.y>> - <<email.y@y>> (car share, reg <<plate.y:uk>>)\n3. <<per_cn.z>> - WeChat <<wx.z@z>> (classmate)\nIndex case: <<per.a>>",
        history=[
            (
                "Tracer: Am I speaking to <<per.a>>, date of birth <<dob.a:long_eu>>?",
                "Yes. I share a flat with <<per.x>>, mobile <<tel.x:uk_intl>>.",
            ),
            (
                "Tracer: Anyone else in the last five days?",
                "I car-share with <<per.y>> (<<email.y@y>>), we use the car <<plate.y:uk>>. And my lab partner <<per_cn.z>>, only on WeChat: <<wx.z@z>>, QQ <<qq.z>>.",
            ),
        ],
        system="You help a public health contact tracer. Tracer ID [[employee_id|CT-4471]]; supervisor <<per.s>>, <<email.s@s>>.",
    ),
    T(
        "h11-en-home_inspection_report-01",
        "en",
        "home_inspection_report",
        "Summarise the home inspection findings for the buyer's agent.",
        "HOME INSPECTION REPORT  Inspection #[[order_number|HI-2024-0815]]\nProperty: <<addr_us.h:full>>\nClient: <<per.c>>  (<<email.c@c>>, <<tel.c:us_dot>>)\n"
        "Inspector: <<per.i>>, TREC License [[employee_id|24117]]\nMajor: roof shingles at end of life; GFCI missing in kitchen; water heater ([[product|Rheem]], 2009) rusted\n"
        "Seller: <<per.s>>  Seller's agent: <<per.t>> <<tel.t:us_paren>>",
        "Findings at <<addr_us.h:full>>: the roof is at the end of its life, kitchen outlets lack GFCI, and the 2009 water heater is rusted. Client <<per.c>> may request repairs from seller <<per.s>> via <<per.t>> (<<tel.t:us_dash>>).",
    ),
    T(
        "h11-en-home_inspection_report-02",
        "en",
        "home_inspection_report",
        "The UK surveyor's RICS Level 2 notes are messy. Turn them into a short e-mail to the buyer.",
        "Property <<addr_uk.p:multiline>>\nVendor <<per.v>>. Buyer <<per.b>> (<<email.b@b>>).\nCond. rating 3: damp to rear wall, timber decay to bay window.\n"
        "Meter readings at visit; smart meter MAC <<mac.m:colon>> on the hub label. Access via key holder <<per.k>> <<tel.k:uk_land>>",
        "Dear <<per.b:given>>,\nThe survey of <<addr_uk.p:multiline>> found two condition-3 items: damp on the rear wall and timber decay to the bay window. I'd recommend quotes before exchange.\nKind regards",
    ),
    T(
        "h11-en-renovation_quote-01",
        "en",
        "renovation_quote",
        "Check this contractor's kitchen remodel estimate for math errors.",
        "ESTIMATE [[order_number|EST-4471]]  [[organisation|Home Depot]] materials (delivery [[tracking_number]])\nCustomer: <<per.c>>, <<addr_us.c:line>>, <<tel.c:us_paren>>\n"
        "Demo  $1,800.00\nCabinets  $6,400.00\nCountertop (quartz)  $3,950.00\nTOTAL  [[money|$11,150.00]]\nDeposit 30% by Zelle to <<email.k@k>> or card <<card.c:discover>>\nContractor: <<per.k>>, lic. [[employee_id|HIC-0719224]]",
        "The line items add up to $12,150.00, not $11,150.00 - the total is $1,000 short. The 30% deposit would be $3,645.00. <<per.c>> should ask <<per.k>> (<<email.k@k>>) for a corrected estimate.",
    ),
    T(
        "h11-en-renovation_quote-02",
        "en",
        "renovation_quote",
        "From this WhatsApp chat with a builder, write a short written agreement both sides can sign.",
        "",
        "AGREEMENT\nClient: <<per.c>>, <<addr_uk.c:flat>>\nBuilder: <<per.b>> (<<tel.b:uk_mobile>>)\nWork: bathroom refit, [[money|£6,200.00]], 50% upfront to IBAN <<iban.b:gb>>\n"
        "Van <<plate.b:uk>> may park in bay 4 during works.\nSigned: ____ / ____",
        history=[
            (
                "Hi it's <<per.b>> the builder, quote for bathroom is £6,200. Half upfront to my account IBAN <<iban.b:gb>>. I'll park the van <<plate.b:uk>> outside",
                "Thanks <<per.b:given>>. We're at <<addr_uk.c:flat>>, there's a permit bay 4. I'm <<per.c>>, text me on <<tel.c:uk_intl>>.",
            ),
        ],
    ),
]
