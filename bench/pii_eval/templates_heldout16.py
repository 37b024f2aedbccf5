"""SIXTEENTH held-out part (blind): 60 zh + 60 en templates in 30 contexts of its own.

Written without reading the detector, its configuration or the other parts' templates; see the README
section "The sixteenth held-out part". Never imported together with another part's templates.
"""

import collections

CONTEXTS = (
    "pawnshop_ticket",
    "git_commit_trailer",
    "sms_otp_inbox",
    "pg_dump_copy",
    "salesforce_lead_export",
    "fender_bender_exchange",
    "lottery_prize_claim",
    "beekeeper_hive_registry",
    "marina_slip_lease",
    "hunting_license_tag",
    "storage_unit_lien_notice",
    "chimney_sweep_invoice",
    "scrap_metal_seller_log",
    "golf_tee_time",
    "dnsmasq_lease_file",
    "postfix_maillog",
    "openvpn_status_log",
    "whatsapp_chat_export",
    "wechat_pay_bill_csv",
    "mahjong_club_roster",
    "forklift_operator_cert",
    "grave_plot_lease",
    "calligraphy_class_signup",
    "sublet_roommate_ad",
    "itin_w7_application",
    "esim_transfer_ticket",
    "noise_complaint_hotline",
    "lunch_allergy_form",
    "bp_home_readings",
    "tow_truck_dispatch",
)

_NUM: collections.Counter = collections.Counter()


def T(
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
    """One template of this part; its id ``h16-<lang>-<context>-NN`` is numbered per language and context."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    _NUM[lang, context] += 1
    return {
        "id": f"h16-{lang}-{context}-{_NUM[lang, context]:02d}",
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


# source_id and annotator-id patterns for templates that set none (drawn per record)
SOURCE_PATTERNS = {
    "zh": [
        "h16-feishu/<<tel.src:cn_plain|cn_intl2>>",
        "h16-youzan:<<email.src>>",
        "h16-weimob/<<wx.src>>",
        "udesk-kf/qq:<<qq.src>>",
        "h16-xiaoe/<<per.src:user>>",
    ],
    "en": [
        "h16-helpscout/<<email.src>>",
        "h16-kustomer:<<tel.src:us_plain|us_intl2>>",
        "h16-intercom/<<per.src:user|lower_dot>>",
        "h16-hubspot:<<email.src:upper>>",
        "h16-twilio/sms:<<tel.src:us_intl|uk_intl>>",
    ],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "lab16/<<per.ANN:user>>", "rev16:<<email.ANN>>", "<<per_en.ANN:lower_dot>>"]

ZH = [
    # ---------------------------------------------------------------- pawnshop_ticket
    T(
        "zh",
        "pawnshop_ticket",
        "根据这张当票的OCR识别结果，整理出当户信息和当物信息两部分，识别错误的字段请标注。",
        "【OCR结果·典当行当票(第二联)】\n当票号：[[order_number|DP-2026-118402]]\n当户：<<per.h:spaced>>\n"
        "证件号码：<<cnid.i:spaced|fw>>\n联系地址：<<addr.a:comm|road_bld>>\n联系电话：<<tel.p:cn_fw|cn_space>>\n"
        "当物：[[product]] 一台，成色九成\n当金：[[money]]　月综合费率 [[number|2.7%]]\n到期日：[[timestamp]]\n"
        "收款账户：<<card.c:unionpay>>",
        "当户信息：姓名<<per.h>>，身份证<<cnid.i>>，电话<<tel.p:cn_plain>>，住址<<addr.a:comm|road_bld>>，当金转入"
        "<<card.c:plain>>。\n当物信息：[[product]]一台，九成新。\n可能识别错误：姓名中间的空格、全角数字，建议人工复核。",
        source="pawn-ocr/<<cnid.i>>",
        system="你是典当行的合规助理，值班经理<<per.m>>，外线<<tel.m:cn_land>>。",
    ),
    T(
        "zh",
        "pawnshop_ticket",
        "当户<<per.h>>来电要续当，请根据通话记录和系统档案写一段续当备注。",
        "系统档案：当户 <<per.h>>（<<per.h:pinyin_fl>>），出生 <<dob.b:cn_numerals|cn>>，身份证 <<cnid.i:lower_x|x>>，"
        "手机 <<tel.p>>，微信 <<wx.w@h>>\n当物：[[common_word|黄金]]手镯 [[number|38.62]] 克，当票 [[order_number]]",
        "续当备注：<<per.h:title>>来电（<<tel.p:cn_dash>>）申请续当一个月，已核对身份证末四位与档案<<cnid.i:lower_x|x>>一致，"
        "续当费用通过微信<<wx.w@h>>支付。",
        history=[
            ("我是<<per.h>>，手镯那一单想再续一个月，电话就是<<tel.p:cn_numerals>>", "好的，请报一下身份证后四位。")
        ],
    ),
    # ---------------------------------------------------------------- git_commit_trailer
    T(
        "zh",
        "git_commit_trailer",
        "把下面 git log 的输出整理成发布说明的“贡献者”小节，只写中文名和 GitHub 主页。",
        "commit 9f3c2ab71e0d\nAuthor: <<per.a:pinyin>> <<<email.ea@a>>>\nDate:   [[timestamp]]\n\n"
        "    修复 [[code_identifier]] 在空输入时崩溃\n\n    Reported-by: <<per.r>> <<<email.er@r>>>\n"
        "    Co-authored-by: <<per.c:user>> <<<email.ec@c>>>\n    Signed-off-by: <<per.a:pinyin>> <<<email.ea@a>>>\n\n"
        "commit 1b77d04e9a12\nAuthor: <<per.c:user>> <<<email.ec@c>>>\n\n    升级依赖到 [[version]]",
        "## 贡献者\n- <<per.a>>（<<url.ga:github@a>>）\n- <<per.c>>（<<url.gc:github@c>>）\n- 问题报告：<<per.r>>",
        system="你在为开源项目写发布说明。维护者 <<per.m>>（<<email.em@m>>）要求贡献者姓名用中文。",
    ),
    T(
        "zh",
        "git_commit_trailer",
        "这个提交的 trailer 里哪些信息不该出现在公开仓库？请指出并给出改写后的提交信息。",
        "feat(checkout): 支持 [[product]] 分期\n\n测试账号手机 <<tel.t:cn_plain>>，测试卡 <<card.k:spaced>>\n"
        "Tested-on: 内网 <<ip.s:private>>\nReviewed-by: <<per.v:pinyin_fl>> <<<email.ev@v>>>\n"
        "Signed-off-by: <<per.a:user>> <<<email.ea@a>>>\nRefs: [[order_number]]",
        "不该出现：测试手机号<<tel.t:cn_plain>>、真实卡号<<card.k:spaced>>和内网地址<<ip.s:private>>。改写：\n"
        "feat(checkout): 支持 [[product]] 分期\n\nReviewed-by: <<per.v:pinyin_fl>> <<<email.ev@v>>>\n"
        "Signed-off-by: <<per.a:user>> <<<email.ea@a>>>",
        annotators=["<<email.ea@a>>", "gitee/<<per.q:user>>"],
    ),
    # ---------------------------------------------------------------- sms_otp_inbox
    T(
        "zh",
        "sms_otp_inbox",
        "下面是从手机导出的短信收件箱（CSV），请找出疑似诈骗短信并说明理由。",
        'address,date,body\n[[service_number|95588]],[[timestamp]],"【工商银行】您尾号xxxx的卡于今日消费[[money]]。"\n'
        '<<tel.f:cn_plain>>,[[timestamp]],"<<per.o>>您好，您的快递[[tracking_number]]丢失，加QQ <<qq.q>> 办理理赔"\n'
        '1069088812345,[[timestamp]],"【12306】验证码 448812，请勿泄露"\n'
        '<<tel.m:cn_intl>>,[[timestamp]],"妈，我是<<per.s:given>>，新号码，先别打我原来的<<tel.s:cn_dash>>"',
        "疑似诈骗：1）<<tel.f:cn_plain>>冒充快递理赔，诱导添加QQ<<qq.q>>；2）<<tel.m:cn_intl>>自称<<per.s:given>>换号，"
        "典型“猜猜我是谁”，应拨打原号码<<tel.s:cn_plain>>核实。银行和12306短信为正常通知。",
        source="sms-export/<<tel.o:cn_plain>>",
    ),
    T(
        "zh",
        "sms_otp_inbox",
        "用户说收不到登录验证码，根据短信网关日志判断原因。",
        "[[timestamp]] send tpl=LOGIN_OTP mobile=<<tel.p:cn_intl2>> uid=<<per.u:user>> ip=<<ip.c>> status=DELIVRD\n"
        "[[timestamp]] send tpl=LOGIN_OTP mobile=<<tel.p:cn_intl2>> uid=<<per.u:user>> ip=<<ip.c>> status=MK:0005\n"
        "[[timestamp]] send tpl=BIND_QQ mobile=<<tel.p:cn_intl2>> qq=<<qq.q>> status=BLACK\n"
        "用户资料：<<per.u>>，注册邮箱 <<email.e@u>>",
        "手机号<<tel.p:cn_plain>>最后两条状态为 MK:0005 和 BLACK，说明已被运营商拦截或进入黑名单，并非系统未发送。"
        "建议联系<<per.u:title>>改用邮箱<<email.e@u>>接收验证码。",
    ),
    # ---------------------------------------------------------------- pg_dump_copy
    T(
        "zh",
        "pg_dump_copy",
        "这是 pg_dump 导出的一段 COPY 数据，请改写成 INSERT 语句（保留所有列）。",
        "COPY public.members (uid, name, mobile, email, id_no, nick, reg_ip, status, device_mac) FROM stdin;\n"
        "m100231\t<<per.a>>\t<<tel.a:cn_plain>>\t<<email.a@a>>\t<<cnid.a>>\t<<per.a:user>>\t<<ip.a>>\tactive\t<<mac.a:colon_lower>>\n"
        "m100232\t<<per.b>>\t<<tel.b:cn_plain>>\t<<email.b@b>>\t<<cnid.b:x>>\t<<per.b:user>>\t<<ip.b:v6>>\tlocked\t<<mac.b:dash>>\n\\.",
        "INSERT INTO public.members VALUES ('m100231', '<<per.a>>', '<<tel.a:cn_plain>>', '<<email.a@a>>', '<<cnid.a>>', "
        "'<<per.a:user>>', '<<ip.a>>', 'active', '<<mac.a:colon_lower>>');\nINSERT INTO public.members VALUES ('m100232', "
        "'<<per.b>>', '<<tel.b:cn_plain>>', '<<email.b@b>>', '<<cnid.b:x>>', '<<per.b:user>>', '<<ip.b:v6>>', 'locked', "
        "'<<mac.b:dash>>');\n-- 注：[[code_identifier|pg_restore]] 版本需 >= [[version]]",
    ),
    T(
        "zh",
        "pg_dump_copy",
        "检查这份海外用户表的导出是否符合数据出境要求，列出敏感列。",
        "-- Dumped from database version [[version]]\n"
        "COPY us_users (uid, full_name, ssn, state, passport_no, bank_iban, tier, card_no, city, dob) FROM stdin;\n"
        "u_8821\t<<per_en.x:upper>>\t<<ssn.x:plain>>\tCA\t<<pass.x:us>>\t<<iban.x>>\tgold\t<<card.x:visa>>\tFresno\t<<dob.x:iso>>\n"
        "u_8822\t<<per_en.y:upper>>\t<<ssn.y:dash>>\tWA\t<<pass.y:us_new>>\t<<iban.y:de>>\tbasic\t<<card.y:amex>>\tTacoma\t<<dob.y:iso>>\n\\.",
        "敏感列：full_name（如<<per_en.x:upper>>、<<per_en.y:last_first>>）、ssn（<<ssn.x:plain>>、<<ssn.y:dash>>）、bank_iban（<<iban.x>>）、"
        "passport_no（<<pass.x:us>>）、card_no、dob。出境前需脱敏或单独评估，可改用 [[code_identifier]] 列。",
    ),
    # ---------------------------------------------------------------- salesforce_lead_export
    T(
        "zh",
        "salesforce_lead_export",
        "把这份从 Salesforce 导出的线索 CSV 去重（同一手机号视为同一人），输出保留的行。",
        "Lead ID,Last Name,First Name,Company,Mobile,Email,LinkedIn,Street\n"
        "00Q5g00000ABC1,<<per.a:family>>,<<per.a:given>>,[[organisation]],<<tel.a:cn_intl>>,<<email.a@a>>,<<url.a:linkedin@a>>,"
        '"<<addr.a:road>>"\n'
        "00Q5g00000ABC2,<<per.a:pinyin_fl>>,,[[organisation]],<<tel.a:cn_plain>>,<<email.a@a>>,,\n"
        '00Q5g00000ABC3,<<per.b:family>>,<<per.b:given>>,[[organisation]],<<tel.b:cn_0086>>,<<email.b@b>>,,"<<addr.b:tower>>"',
        "保留：00Q5g00000ABC1（<<per.a>>，<<tel.a:cn_intl>>，<<email.a@a>>，<<url.a:linkedin@a>>）和 00Q5g00000ABC3（<<per.b>>，"
        "<<tel.b:cn_0086>>）。00Q5g00000ABC2 的 <<per.a:pinyin_fl>> 与第一行手机号相同，已合并。",
        annotators=["sfdc/<<per.o:user>>", "<<email.eo@o>>"],
    ),
    T(
        "zh",
        "salesforce_lead_export",
        "帮我给这条美国线索写一封中文跟进邮件草稿，称呼用姓。",
        '{"attributes": {"type": "Lead"}, "Name": "<<per_en.l>>", "Title": "VP Procurement", '
        '"Phone": "<<tel.l:us_paren>>", "Email": "<<email.l@l>>", "Street": "<<addr_us.l:full_unit|full>>", '
        '"SSN_Last4__c": null, "Tax_ID__c": "<<ssn.l:dash>>", "Owner": "<<per.o>>"}',
        "<<per_en.l:family>>您好：\n我是[[organisation]]的<<per.o>>，感谢您关注[[product]]。我们将把样品寄到<<addr_us.l:full_unit|full>>，"
        "如方便请回电<<tel.l:us_dash>>。\n另：记录里的税号<<ssn.l:dash>>不应放在线索字段中，已提醒管理员删除。",
        system="你是销售助理，服务对象是<<per.o>>（手机<<tel.o:cn_space>>）。",
    ),
    # ---------------------------------------------------------------- fender_bender_exchange
    T(
        "zh",
        "fender_bender_exchange",
        "两车轻微剐蹭后双方互拍了证件，请根据照片识别结果帮<<per.a>>填写《机动车交通事故快速处理协议书》的当事人栏。",
        "甲方驾驶证（OCR）：姓名 <<per.a>> 证号 <<dl.a:cn>> 准驾 C1\n甲车号牌 <<plate.a>>，保险 [[organisation|中国人保]]\n"
        "乙方驾驶证（OCR）：姓名 <<per.b:spaced>> 证号 <<dl.b:cn>>\n乙车号牌 <<plate.b>>\n"
        "甲方电话 <<tel.a:cn_dash>>，乙方电话 <<tel.b:cn_space>>\n事故地点：<<addr.x:road>>路口",
        "当事人甲：<<per.a>>，驾驶证号<<dl.a:cn>>，号牌<<plate.a>>，电话<<tel.a:cn_plain>>；\n"
        "当事人乙：<<per.b>>，驾驶证号<<dl.b:cn>>，号牌<<plate.b>>，电话<<tel.b:cn_plain>>；\n地点：<<addr.x:road>>。",
        history=[
            ("对方说他手机是<<tel.b:cn_numerals>>，我写对了吗", "写成阿拉伯数字是<<tel.b:cn_plain>>，对的。"),
        ],
    ),
    T(
        "zh",
        "fender_bender_exchange",
        "根据车主群里的聊天，帮受伤的一方整理报案材料清单。",
        "[车主群]\n<<per.a:user>>: 刚才在<<addr.x:short>>被 <<plate.b>> 追尾了，司机叫<<per.b:title>>\n"
        "<<per.a:user>>: 我去医院拍了片，门诊号 <<mrn.m:mz>>，身份证 <<cnid.a:x>>\n"
        "<<per.c>>: 快报[[service_number|122]]，保险打[[service_number|95518]]\n"
        "<<per.a:user>>: 对方留的电话 <<tel.b:cn_intl2>>，他驾照 <<dl.b:cn>>",
        "材料清单：1）事故认定书（当事人<<per.a>>、<<per.b:title>>，对方车牌<<plate.b>>，驾照<<dl.b:cn>>）；2）门诊病历（门诊号<<mrn.m:mz>>）；"
        "3）身份证复印件（<<cnid.a:x>>）；4）对方联系方式<<tel.b:cn_plain>>。",
    ),
    # ---------------------------------------------------------------- lottery_prize_claim
    T(
        "zh",
        "lottery_prize_claim",
        "彩民<<per.w:title>>来兑奖，请核对兑奖登记表并计算税后金额（偶然所得税20%）。",
        "体育彩票兑奖登记表\n中奖人：<<per.w>>　证件：居民身份证 <<cnid.w>>\n联系电话：<<tel.w:cn_plain>>\n"
        "收款银行卡：<<card.w:unionpay>>（开户行：[[organisation|中国建设银行]]）\n票号：[[order_number|26031-118-0042-55]]\n"
        "中奖金额：[[money|¥50,000.00]]\n住址：<<addr.w:num_cn|lane>>",
        "核对无误：<<per.w>>（<<cnid.w>>），奖金[[money|¥50,000.00]]，扣税后40,000元，转入<<card.w:spaced>>。"
        "已短信通知<<tel.w:cn_dash>>，祝您[[common_word|平安]]顺利。",
        source="lottery-center/<<cnid.w>>",
        history=[("我是<<per.w>>，卡号是<<card.w:dashed>>对吧？", "对，奖金会转入这张卡。")],
    ),
    T(
        "zh",
        "lottery_prize_claim",
        "一位华人在美国中了强力球，请用中文解释他需要填的 W-2G 字段。",
        "W-2G 草稿\nWinner's name: <<per_en.w:upper>>\nWinner's TIN: <<ssn.w:dash>>\nAddress: <<addr_us.w:multiline>>\n"
        "Gross winnings: [[money|$1,250,000.00]]\nID: Passport <<pass.w:cn_e>>\n中文名：<<per_cn.z>>（拼音 <<per_cn.z:pinyin>>）\nForeign account: <<iban.w:ch>>",
        "Winner's name 填英文名<<per_en.w:upper>>；TIN 即社保号<<ssn.w:dash>>；地址按<<addr_us.w:multiline>>填写；"
        "身份证明可用中国护照<<pass.w:cn_e>>；境外账户<<iban.w:ch>>需另报 FBAR。<<per_cn.z>>与<<per_en.w>>若为同一人，需在备注说明。",
    ),
    # ---------------------------------------------------------------- beekeeper_hive_registry
    T(
        "zh",
        "beekeeper_hive_registry",
        "把蜂农转场登记表整理成YAML，用于检疫备案。",
        "蜂群转场检疫登记\n蜂农：<<per.k>>　身份证：<<cnid.k>>\n手机：<<tel.k:cn_space>>　微信：<<wx.k@k>>\n"
        "原驻地：<<addr.o:village>>\n目的地：<<addr.d:village>>\n蜂箱数：[[number|120]]箱（中蜂）\n"
        "运输车辆：<<plate.t>>　司机 <<per.t>>\n电子秤网关 MAC <<mac.g:colon>>",
        'beekeeper:\n  name: <<per.k>>\n  id_card: "<<cnid.k>>"\n  mobile: "<<tel.k:cn_plain>>"\n  wechat: <<wx.k@k>>\n'
        "from: <<addr.o:village>>\nto: <<addr.d:village>>\ntruck:\n  plate: <<plate.t>>\n  driver: <<per.t>>\n"
        'scale_gateway_mac: "<<mac.g:colon>>"',
    ),
    T(
        "zh",
        "beekeeper_hive_registry",
        "根据蜂蜜网店的客服记录，回复买家关于溯源码的问题。",
        "买家 <<per.b:user>>：溯源码扫出来写的是<<per.k>>家的蜂场，真的吗？\n"
        "客服：是的，包裹运单号[[tracking_number]]，蜂场在<<addr.o:village>>，主页 <<url.k:xiaohongshu@k>>\n"
        "买家：能加养蜂人微信吗？\n客服：可以，<<wx.k@k>>，或者QQ <<qq.k>>。",
        "您好，溯源码对应的是<<per.k>>的蜂场（<<addr.o:village>>），可以在<<url.k:xiaohongshu@k>>看到采蜜视频；"
        "如需直接联系，养蜂人微信<<wx.k@k>>、QQ <<qq.k>>。",
        history=[("我收货地址是<<addr.b:comm>>，电话<<tel.b:cn_fw>>", "已记录，发[[organisation|顺丰]]。")],
    ),
    # ---------------------------------------------------------------- marina_slip_lease
    T(
        "zh",
        "marina_slip_lease",
        "把这份游艇泊位租约的要点翻译成中文摘要。",
        "SLIP LEASE AGREEMENT — Slip C-14\nLessee: <<per_en.l:last_first>>\nDOB: <<dob.l:iso>>\nPassport: <<pass.l:uk>>\n"
        "Home address: <<addr_uk.l:flat>>\nVessel: [[product|Beneteau Oceanis 46.1]], trailer plate <<plate.t:uk>>\n"
        "Direct debit IBAN: <<iban.l:gb>>\nTel: <<tel.l:uk_intl>>",
        "承租人<<per_en.l>>（出生日期<<dob.l:iso>>，护照<<pass.l:uk>>）租用C-14泊位，住址<<addr_uk.l:flat>>，拖车牌照<<plate.t:uk>>，"
        "租金从<<iban.l:gb>>自动扣款，联系电话<<tel.l:uk_intl>>。",
    ),
    T(
        "zh",
        "marina_slip_lease",
        "帮码头管理员写一条催缴短信，语气礼貌。",
        "欠费清单：\n泊位 A-03 ｜ <<per.a>> ｜ <<tel.a:cn_plain>> ｜ 欠 [[money]]\n泊位 B-11 ｜ <<per.b>> ｜ <<tel.b:cn_land>> ｜ 欠 [[money]]\n"
        "船主 <<per.a>> 的游艇证书号 [[number|ZJ-YT-0731]]，身份证 <<cnid.a:fw>>，护照 <<pass.a:cn_g>>",
        "【[[organisation]]游艇码头】<<per.a:title>>您好，您在A-03泊位的管理费尚未缴清，请尽快处理，如有疑问请回电。"
        "（发送至<<tel.a:cn_dash>>）",
        annotators=["<<email.m>>"],
    ),
    # ---------------------------------------------------------------- hunting_license_tag
    T(
        "zh",
        "hunting_license_tag",
        "朋友在美国蒙大拿州申请狩猎许可，帮他把申请表的内容用中文核对一遍。",
        "FWP Hunting License Application\nName: <<per_en.h:upper>>\nResidency: Nonresident\nDate of birth: <<dob.h:us_pad>>\n"
        "SSN: <<ssn.h:plain>>\nDriver license: <<dl.h:wa>>\nMailing address: <<addr_us.h:pobox>>\nPhone: <<tel.h:us_dot>>\n"
        "Hunter Ed #: [[number|MT-HE-558210]]\nTag: Deer B  Fee: [[money|$1,073.00]]",
        "核对结果：姓名<<per_en.h:upper>>，非居民；出生日期<<dob.h:us_pad>>；社保号<<ssn.h:plain>>（蒙大拿州要求填写）；"
        "驾照<<dl.h:wa>>；邮寄地址<<addr_us.h:pobox>>；电话<<tel.h:us_dash>>。费用[[money|$1,073.00]]。",
        system="用户 <<per.u>>（微信 <<wx.u@u>>）在帮朋友办手续。",
    ),
    T(
        "zh",
        "hunting_license_tag",
        "根据猎区检查站记录，写一份违规狩猎的情况说明。",
        "检查站记录 [[timestamp]]\n持证人：<<per.h>>，狩猎证号 [[number|LZ-2026-00731]]\n身份证：<<cnid.h:spaced>>\n"
        "随行：<<per.g>>（<<tel.g:cn_plain>>）\n车辆：<<plate.v>>\n猎获：野猪 1 头（限额外），GPS 轨迹来自设备 <<mac.d:cisco>>",
        "情况说明：<<per.h>>（身份证<<cnid.h>>）于[[timestamp]]在猎区超限额猎获野猪1头，随行人员<<per.g>>（<<tel.g:cn_dash>>），"
        "驾驶车辆<<plate.v>>。轨迹设备<<mac.d:cisco>>的数据已导出备查。",
    ),
    # ---------------------------------------------------------------- storage_unit_lien_notice
    T(
        "zh",
        "storage_unit_lien_notice",
        "迷你仓租户欠费三个月，请根据资料起草一份中文留置通知。",
        "租户：<<per.t>>　仓位：2F-218\n身份证：<<cnid.t>>\n手机：<<tel.t:cn_intl>>\n邮箱：<<email.t@t>>\n"
        "紧急联系人：<<per.e>> <<tel.e:cn_plain>>\n智能锁网关：<<mac.l:dash>>\n自动扣款卡：<<card.t:dashed>>（扣款失败）",
        "留置通知\n<<per.t>>（身份证<<cnid.t>>）：\n您租用的2F-218仓位已欠费三个月，自动扣款卡<<card.t:dashed>>多次扣款失败。"
        "请于十五日内联系我们（我们已同时发送至<<email.t@t>>和<<tel.t:cn_plain>>），逾期将依合同处置仓内物品。",
    ),
    T(
        "zh",
        "storage_unit_lien_notice",
        "把这条荷兰仓储公司发来的英文邮件翻译成中文。",
        "From: billing@[[organisation|Shurgard]].nl\nTo: <<email.c>>\nSubject: Notice of lien – unit 0412\n\n"
        "Dear <<per_en.c:initial>>,\nYour payments from <<iban.c:nl>> were returned. Unless paid by [[timestamp]], the contents of unit 0412 "
        "will be sold. Contact us on <<tel.c:uk_mobile>>.\nRegards, <<per_en.s>>",
        "发件人：[[organisation|Shurgard]]账务部\n收件人：<<email.c>>\n主题：0412号仓位留置通知\n\n<<per_en.c:initial>>您好：\n"
        "您账户<<iban.c:nl>>的扣款被退回。如在[[timestamp]]前仍未付款，0412号仓位内物品将被拍卖。联系电话<<tel.c:uk_mobile>>。\n"
        "<<per_en.s>>",
    ),
    # ---------------------------------------------------------------- chimney_sweep_invoice
    T(
        "zh",
        "chimney_sweep_invoice",
        "根据师傅发来的微信消息开一张上门服务收据。",
        "<<per.m:title>>：今天给<<addr.c:road_bld>>的<<per.c>>家清了油烟机和烟道，收[[money|380元]]\n"
        "<<per.m:title>>：客户电话<<tel.c:cn_space>>，说要发票，抬头个人\n<<per.m:title>>：我收款码是<<wx.m@m>>",
        "收据\n客户：<<per.c>>（<<tel.c:cn_plain>>）\n地址：<<addr.c:road_bld>>\n项目：油烟机清洗、烟道清理\n金额：[[money|380元]]\n"
        "服务人员：<<per.m>>（微信<<wx.m@m>>）",
        source="wx/<<wx.m@m>>",
    ),
    T(
        "zh",
        "chimney_sweep_invoice",
        "帮我核对这张壁炉清洁发票的金额，并把客户资料逐个[[common_word|单元格]]录入表格。",
        "发票号 [[order_number|INV-20260418]]\n客户 <<per.c:pinyin_fl>>（<<per.c>>）\n地址 <<addr.c:yuan>>\n电话 <<tel.c:cn_land>>\n"
        "刷卡 <<card.c:mc>>\n项目：烟囱清扫 2 × [[money|¥450.00]]；安全检查 [[money|¥200.00]]\n合计 ¥1100.00",
        "金额核对：2×450+200=1100元，合计正确。\n| 姓名 | 地址 | 电话 | 卡号 |\n|---|---|---|---|\n"
        "| <<per.c>> | <<addr.c:yuan>> | <<tel.c:cn_land>> | <<card.c:spaced>> |",
    ),
    # ---------------------------------------------------------------- scrap_metal_seller_log
    T(
        "zh",
        "scrap_metal_seller_log",
        "废品回收站按规定要登记出售人信息，请把这几条手写登记转成规范表格。",
        "[[timestamp]] 铜线 [[number|35.5]]kg 出售人 <<per.a>> 身份证<<cnid.a:spaced>> 车<<plate.a>> 电话<<tel.a:cn_plain>>\n"
        "[[timestamp]] 废铁 [[number|1,280]]kg 出售人 <<per.b:spaced>> 驾驶证<<dl.b:cn>> 车<<plate.b>>\n"
        "[[timestamp]] 电瓶 6 个 出售人 <<per.a>>（同上）",
        "| 时间 | 品名 | 出售人 | 证件 | 车牌 | 电话 |\n|---|---|---|---|---|---|\n"
        "| [[timestamp]] | 铜线 | <<per.a>> | <<cnid.a>> | <<plate.a>> | <<tel.a:cn_plain>> |\n"
        "| [[timestamp]] | 废铁 | <<per.b>> | <<dl.b:cn>> | <<plate.b>> | — |",
    ),
    T(
        "zh",
        "scrap_metal_seller_log",
        "派出所要求核查一批可疑井盖的来源，请根据回收站收购记录写协查回复。",
        "收购记录 #[[number|7731]]\n出售人：<<per.s>>，一代身份证 <<cnid.s:old15>>\n住址：<<addr.s:village>>\n"
        "车辆：三轮车，<<plate.s>>\n付款：转账到 <<card.s:unionpay>>\n备注：称是<<per.f:title>>让他来卖的",
        "协查回复：该批井盖由<<per.s>>（身份证<<cnid.s:old15>>，住<<addr.s:village>>）驾驶<<plate.s>>送来，货款已转入<<card.s:plain>>；"
        "其称受<<per.f:title>>委托。",
    ),
    # ---------------------------------------------------------------- golf_tee_time
    T(
        "zh",
        "golf_tee_time",
        "把下面的开球预约整理成当日出发表，按时间排序。",
        "预约1：08:24 <<per.a>>（会员 [[number|G-11820]]）+<<per.b>>，车位 <<plate.a>>\n"
        "预约2：07:52 <<per.c:pinyin_fl>>，访客，护照 <<pass.c:cn_ea>>，手机 <<tel.c:cn_0086>>\n"
        "预约3：08:08 <<per.d>>，预付 <<card.d:visa>>",
        "07:52 <<per.c>>（访客，护照<<pass.c:cn_ea>>，<<tel.c:cn_plain>>）\n08:08 <<per.d>>\n08:24 <<per.a>>、<<per.b>>（车<<plate.a>>）",
    ),
    T(
        "zh",
        "golf_tee_time",
        "球场的美国会员系统导出了这条记录，用中文告诉前台哪些资料需要补。",
        '{"member": "<<per_en.m:last_first>>", "ssn_for_1099": "<<ssn.m:space>>", "dob": "<<dob.m:us>>", '
        '"cart_gps_mac": "<<mac.c:colon>>", "email": "<<email.m@m>>", "handicap": [[number|12.4]], "phone": null}',
        "需补：电话号码（phone 为空）。其余已有：会员<<per_en.m>>、生日<<dob.m:us>>、邮箱<<email.m@m>>、1099 用社保号<<ssn.m:dash>>。"
        "另外球车 GPS <<mac.c:colon>> 不属于会员资料，建议移出。",
    ),
    # ---------------------------------------------------------------- dnsmasq_lease_file
    T(
        "zh",
        "dnsmasq_lease_file",
        "这是路由器 /tmp/dnsmasq.leases 的内容，请列出每台设备及其主人（按主机名推断）。",
        "[[timestamp|1767225000]] <<mac.a:colon_lower>> <<ip.a:private>> <<per.a:user>>-iPhone *\n"
        "[[timestamp|1767226011]] <<mac.b:colon_lower>> <<ip.b:private>> <<per.b:user>>-MacBook *\n"
        "[[timestamp|1767227100]] <<mac.c:colon_lower>> <<ip.c:private>> [[product]] *",
        "- <<per.a:user>>-iPhone：<<mac.a:colon_lower>>，<<ip.a:private>>，主人可能是<<per.a>>\n"
        "- <<per.b:user>>-MacBook：<<mac.b:colon_lower>>，<<ip.b:private>>，主人可能是<<per.b>>\n"
        "- [[product]]：<<mac.c:colon_lower>>，<<ip.c:private>>，无法推断",
    ),
    T(
        "zh",
        "dnsmasq_lease_file",
        "宿舍网络管理员要把静态分配写进 dnsmasq.conf，请根据登记表生成 dhcp-host 行。",
        "登记表\n<<per.a>> 学号 [[number|2023110457]] 手机 <<tel.a:cn_plain>> 设备MAC <<mac.a:dash>> 分配 <<ip.a:private>>\n"
        "<<per.b>> 学号 [[number|2023110502]] QQ <<qq.b>> 设备MAC <<mac.b:colon>> 分配 <<ip.b:private>>",
        "dhcp-host=<<mac.a:colon_lower>>,<<ip.a:private>>,<<per.a:user>>\ndhcp-host=<<mac.b:colon_lower>>,<<ip.b:private>>,<<per.b:user>>",
        annotators=["<<email.x>>", "<<qq.n>>@qq.com"],
    ),
    # ---------------------------------------------------------------- postfix_maillog
    T(
        "zh",
        "postfix_maillog",
        "分析这段 postfix 邮件日志，说明这封邮件为什么没有送达。",
        "[[timestamp]] mx1 postfix/smtpd[2231]: connect from unknown[<<ip.s>>]\n"
        "[[timestamp]] mx1 postfix/cleanup[2240]: 4F1A2B3C: message-id=<[[order_number]]@shop.example>\n"
        "[[timestamp]] mx1 postfix/qmgr[998]: 4F1A2B3C: from=<<<email.f@f>>>, size=18231, nrcpt=1\n"
        "[[timestamp]] mx1 postfix/smtp[2251]: 4F1A2B3C: to=<<<email.t@t>>>, relay=mx.qq.com, status=bounced (550 Mailbox not found)",
        "邮件从<<email.f@f>>发往<<email.t@t>>，被对方服务器以 550 退回，原因是收件人邮箱不存在。连接来源<<ip.s>>正常。"
        "建议联系<<per.t>>确认邮箱地址。",
        system="你是邮件运维助手。收件人档案：<<per.t>>，<<email.t@t>>，手机 <<tel.t:cn_space>>。",
    ),
    T(
        "zh",
        "postfix_maillog",
        "从 maillog 里统计每个发件人被拒的次数，结果写成 CSV。",
        "postfix/smtpd[311]: NOQUEUE: reject: RCPT from unknown[<<ip.a>>]: 554 5.7.1; from=<<<email.a:qq>>> to=<<<email.z@z>>>\n"
        "postfix/smtpd[311]: NOQUEUE: reject: RCPT from unknown[<<ip.a>>]: 554 5.7.1; from=<<<email.a:qq>>> to=<<<email.y@y>>>\n"
        "postfix/smtpd[318]: NOQUEUE: reject: RCPT from unknown[<<ip.b:v6>>]: 450 4.7.1; from=<<<email.b@b>>> to=<<<email.z@z>>>",
        "sender,client_ip,rejects\n<<email.a:qq>>,<<ip.a>>,2\n<<email.b@b>>,<<ip.b:v6>>,1",
    ),
    # ---------------------------------------------------------------- openvpn_status_log
    T(
        "zh",
        "openvpn_status_log",
        "根据 openvpn-status.log 找出同一账号多地同时登录的情况。",
        "OpenVPN CLIENT LIST\nUpdated,[[timestamp]]\nCommon Name,Real Address,Bytes Received,Bytes Sent,Connected Since\n"
        "<<per.a:user>>,<<ip.a:v4>>:51820,1048576,2097152,[[timestamp]]\n<<per.a:user>>,<<ip.b:v4>>:40211,4096,8192,[[timestamp]]\n"
        "<<per.c:user>>,<<ip.c:v4>>:1194,65536,131072,[[timestamp]]\nROUTING TABLE\n<<mac.t:colon_lower>>@1,<<per.c:user>>,<<ip.c:v4>>:1194",
        "账号<<per.a:user>>（<<per.a>>）同时从<<ip.a:v4>>和<<ip.b:v4>>登录，疑似共享账号或凭据泄露；<<per.c:user>>正常。",
    ),
    T(
        "zh",
        "openvpn_status_log",
        "员工离职了，请根据 VPN 账号申请单写吊销证书的工单。",
        "VPN 账号申请单\n申请人：<<per.e>>　工号 [[employee_id|E-30417]]\n邮箱：<<email.e@e>>\n手机：<<tel.e:cn_plain>>\n"
        "证书 CN：<<per.e:user>>　客户端版本 [[version]]\n固定出口 IP：<<ip.e>>\n审批：<<per.m>>",
        "工单：吊销<<per.e>>（工号[[employee_id|E-30417]]）的 VPN 证书 CN=<<per.e:user>>，解绑出口 IP <<ip.e>>，"
        "并通知<<email.e@e>>。审批人<<per.m>>。",
        source="itsm/<<email.e@e>>",
        history=[("<<per.e>>的离职日期是哪天？", "[[timestamp]]，审批人<<per.m>>已签字。")],
    ),
    # ---------------------------------------------------------------- whatsapp_chat_export
    T(
        "zh",
        "whatsapp_chat_export",
        "这是导出的 WhatsApp 聊天记录（_chat.txt），请总结谁负责订民宿、谁负责接机。",
        "[[[timestamp]]] <<per.a>>: 民宿我订好了，离[[public_figure]]主题展不远，在<<addr_uk.h:flat>>，房东电话<<tel.h:uk_mobile>>\n"
        "[[[timestamp]]] <<per.b:pinyin>>: 我负责接机，航班[[order_number|CA937]]，我英国号是<<tel.b:uk_intl>>\n"
        "[[[timestamp]]] <<per.a>>: 护照号发我一下，民宿要登记，押金我转到房东账户 <<iban.h:gb>> 了\n[[[timestamp]]] <<per.b:pinyin>>: <<pass.b:cn_e>>\n"
        "[[[timestamp]]] <<per.c>>: 我的是<<pass.c:cn_g>>，微信上也发你了",
        "订民宿：<<per.a>>（地址<<addr_uk.h:flat>>，房东电话<<tel.h:uk_mobile>>）。接机：<<per.b>>（英国号码<<tel.b:uk_intl>>）。"
        "登记所需护照号：<<per.b>> <<pass.b:cn_e>>，<<per.c>> <<pass.c:cn_g>>。",
    ),
    T(
        "zh",
        "whatsapp_chat_export",
        "帮家长群把这段聊天里提到的接送安排列成表格。",
        "<<per.m:given>>妈妈: 周三我接，车牌<<plate.m>>\n<<per.d>>: 周四我来，电话<<tel.d:cn_dash>>，找不到人就打我老婆<<per.w>> <<tel.w:cn_plain>>\n"
        "<<per.m:given>>妈妈: 好，我微信<<wx.m>>，抖音也能找到我\n<<per.d>>: 我主页<<url.d:weibo@d>>",
        "| 日期 | 接送人 | 车牌/电话 |\n|---|---|---|\n| 周三 | <<per.m:given>>妈妈 | <<plate.m>>，微信<<wx.m>> |\n"
        "| 周四 | <<per.d>> | <<tel.d:cn_plain>>（备用：<<per.w>> <<tel.w:cn_plain>>） |",
    ),
    # ---------------------------------------------------------------- wechat_pay_bill_csv
    T(
        "zh",
        "wechat_pay_bill_csv",
        "这是微信支付账单明细（CSV），请汇总转账给个人的支出。",
        "微信支付账单明细,,,,,\n微信昵称：[<<per.o:user>>],,,,,\n起始时间：[[[timestamp]]] 终止时间：[[[timestamp]]],,,,,\n"
        "交易时间,交易类型,交易对方,商品,金额(元),支付方式\n[[timestamp]],转账,<<per.a>>(<<wx.a@a>>),/,¥200.00,零钱\n"
        "[[timestamp]],商户消费,[[organisation]],[[product]],[[money]],<<card.o:unionpay>>\n"
        "[[timestamp]],转账,<<per.b:given>>(<<wx.b>>),/,¥58.50,零钱",
        "转账给个人：<<per.a>>（<<wx.a@a>>）200.00元，<<per.b:given>>（<<wx.b>>）58.50元，合计258.50元。",
        source="wxpay-export/<<per.o:user>>",
    ),
    T(
        "zh",
        "wechat_pay_bill_csv",
        "用户要打印账单作收入证明，请按规定去掉对方信息后保留本人信息，写出处理后的表头段。",
        "微信支付账单明细\n导出人：<<per.o>>　身份证：<<cnid.o:x>>\n绑定手机：<<tel.o:cn_fw>>\n导出时间：[[timestamp]]\n"
        "交易单号 [[order_number|4200001234202604188812345678]]，交易对方 <<per.p>>（<<tel.p:cn_plain>>），备注：工资",
        "微信支付账单明细\n导出人：<<per.o>>　身份证：<<cnid.o:x>>\n绑定手机：<<tel.o:cn_plain>>\n（交易对方信息已删除）",
    ),
    # ---------------------------------------------------------------- mahjong_club_roster
    T(
        "zh",
        "mahjong_club_roster",
        "麻将协会要把会员名单从Excel粘贴文本转成JSON数组。",
        "序号\t姓名\t生日\t性别\t手机\t段位\tQQ\t微信\n1\t<<per.a>>\t<<dob.a:dot>>\t男\t<<tel.a:cn_plain>>\t二段\t-\t<<wx.a@a>>\n"
        "2\t<<per.b>>\t<<dob.b:slash_iso>>\t女\t<<tel.b:cn_plain>>\t初段\t<<qq.b>>\t-\n"
        "3\t<<per.c:spaced>>\t<<dob.c:cn>>\t男\t-\t三段\t<<qq.c>>\t<<wx.c@c>>",
        '[{"name": "<<per.a>>", "birthday": "<<dob.a:iso>>", "mobile": "<<tel.a:cn_plain>>", "wechat": "<<wx.a@a>>"}, '
        '{"name": "<<per.b>>", "birthday": "<<dob.b:iso>>", "mobile": "<<tel.b:cn_plain>>", "qq": "<<qq.b>>"}, '
        '{"name": "<<per.c>>", "birthday": "<<dob.c:iso>>", "qq": "<<qq.c>>", "wechat": "<<wx.c@c>>"}]',
    ),
    T(
        "zh",
        "mahjong_club_roster",
        "根据群聊，写一条比赛报名确认通知。",
        "<<per.a:title>>：这个[[common_word|周末]]的比赛我报名，搭档<<per.b>>\n<<per.b>>：我QQ <<qq.b>>，报名费[[money|100元]]已转\n"
        "管理员<<per.m>>：收到，场地在<<addr.v:comm>>活动室，比赛直播在<<url.m:bilibili@m>>",
        "报名确认：<<per.a>>、<<per.b>>组合已报名周六比赛，报名费[[money|100元]]已收。地点：<<addr.v:comm>>活动室。"
        "如有问题请联系管理员<<per.m>>。",
        annotators=["mj-club/<<per.m:user>>"],
    ),
    # ---------------------------------------------------------------- forklift_operator_cert
    T(
        "zh",
        "forklift_operator_cert",
        "根据<<per.w>>的这份叉车司机特种作业证复审申请，检查材料是否齐全。",
        "特种设备作业人员证复审申请\n姓名：<<per.w>>　出生日期：<<dob.w:cn_pad>>\n身份证号：<<cnid.w>>\n证书编号：<<cnid.w>>（与身份证一致）\n"
        "作业项目：N1 叉车司机\n单位：[[organisation]]\n联系地址：<<addr.w:road_bld>>\n体检：职工医院，体检号 <<mrn.h:digits>>\n手机：<<tel.w:cn_plain>>",
        "材料齐全：申请人<<per.w>>（<<cnid.w>>，<<dob.w:iso>>出生）已提交体检结果（体检号<<mrn.h:digits>>）、单位证明和住址<<addr.w:road_bld>>。",
    ),
    T(
        "zh",
        "forklift_operator_cert",
        "仓库发生叉车碰撞，根据监控备注和员工档案写事故简报。",
        "监控备注 [[timestamp]]：3号库叉车（车架号 [[number|FL-CPCD30-8841]]）倒车撞到货架，司机 <<per.d>>\n"
        "员工档案：<<per.d>>，驾驶证 <<dl.d:cn>>，叉车证号同身份证，手机 <<tel.d:cn_intl>>，紧急联系人 <<per.e>> <<tel.e:cn_plain>>\n"
        "受伤：理货员 <<per.i>>，住院号 <<mrn.i:zy>>",
        "事故简报：[[timestamp]]，叉车司机<<per.d>>（驾驶证<<dl.d:cn>>）倒车时撞上货架，理货员<<per.i>>受伤住院（住院号<<mrn.i:zy>>）。"
        "已通知<<per.d>>的紧急联系人<<per.e>>。",
    ),
    # ---------------------------------------------------------------- grave_plot_lease
    T(
        "zh",
        "grave_plot_lease",
        "根据墓位使用证申请材料，填写登记簿一行。",
        "逝者：<<per.d>>，生于<<dob.d:cn_numerals>>，身份证 <<cnid.d:old15>>\n死亡医学证明：[[organisation]]医院，住院号 <<mrn.d:zy>>\n"
        "申请人（子女）：<<per.a>>，身份证 <<cnid.a>>，电话 <<tel.a:cn_space>>\n墓位：[[public_place|福寿园]] 松柏区 7排12号　使用期20年\n"
        "管理费扣款卡：<<card.a:unionpay>>",
        "<<per.d>> ｜ <<dob.d:iso>> ｜ <<cnid.d:old15>> ｜ 松柏区7-12 ｜ 申请人<<per.a>>（<<tel.a:cn_plain>>，<<cnid.a>>） ｜ 扣款<<card.a:spaced>>",
        system="墓园客服助手。园区热线[[service_number|400-820-8820]]，负责人<<per.g>>。",
    ),
    T(
        "zh",
        "grave_plot_lease",
        "墓位二十年使用期快到了，请给<<per.c>>写一封续期提醒信。",
        "档案：墓位 [[number|B-0417]]，逝者 <<per.d>>，登记联系人 <<per.c>>（<<tel.c:cn_land>>），通讯地址 <<addr.c:post>>，"
        "备用联系人 <<per.e>>（<<email.e@e>>）",
        "<<per.c>>您好：\n您为先人<<per.d>>登记的[[number|B-0417]]号墓位使用期将于明年到期，请携带身份证明前来办理续期。"
        "信件寄往<<addr.c:post>>（挂号信单号[[tracking_number]]），同时抄送<<email.e@e>>。",
    ),
    # ---------------------------------------------------------------- calligraphy_class_signup
    T(
        "zh",
        "calligraphy_class_signup",
        "把书法班的报名接龙整理成名单，孩子和家长分开两列。",
        "#接龙 周日少儿书法班\n1. <<per.k1>>（<<dob.k1:compact>>）家长<<per.p1>> <<tel.p1:cn_plain>>\n"
        "2. <<per.k2>>，家长<<per.p2:title>>，电话<<tel.p2:cn_dash>>，QQ<<qq.p2>>，谢谢\n3. <<per.k3:spaced>> 妈妈微信 <<wx.p3>>",
        "| 孩子 | 家长/联系方式 |\n|---|---|\n| <<per.k1>>（<<dob.k1:iso>>） | <<per.p1>> <<tel.p1:cn_plain>> |\n"
        "| <<per.k2>> | <<per.p2:title>> <<tel.p2:cn_plain>> |\n| <<per.k3>> | 微信 <<wx.p3>> |",
        history=[("接龙里<<per.k2>>的家长电话是多少？", "<<per.p2:title>>的电话是<<tel.p2:cn_plain>>。")],
    ),
    T(
        "zh",
        "calligraphy_class_signup",
        "帮书法老师写一段招生简介，放在 B 站主页。",
        "老师资料：<<per.t>>，书协会员，临[[public_figure|王羲之]]《兰亭序》二十年\nB站：<<url.t:bilibili@t>>\n"
        "报名QQ：<<qq.t>>　微信：<<wx.t@t>>\n上课地点：<<addr.s:tower>>",
        "跟<<per.t>>老师学书法！二十年临习[[public_figure|王羲之]]《兰亭序》，系统讲授楷书、行书。上课地点：<<addr.s:tower>>。"
        "报名加QQ <<qq.t>> 或微信 <<wx.t@t>>，更多视频见 <<url.t:bilibili@t>>。",
        system="你是文案助手，客户是<<per.t>>（手机<<tel.t:cn_plain>>）。",
    ),
    # ---------------------------------------------------------------- sublet_roommate_ad
    T(
        "zh",
        "sublet_roommate_ad",
        "这是豆瓣小组的转租帖，帮我提取房源信息和联系方式，并提醒可能的风险。",
        "【转租】<<addr.r:comm>> 主卧，月租 [[money|3200元]]，押一付三\n本人<<per.o:given>>，[[organisation]]上班，要去外地半年\n"
        "有车位，车牌<<plate.o>>的车位可以一起转\n联系：微信<<wx.o@o>>，QQ<<qq.o>>，豆瓣主页<<url.o:douban@o>>\n"
        "[[common_word|方便]]的话看房前先发身份证照片，我的是<<cnid.o:spaced>>，互相放心",
        "房源：<<addr.r:comm>>主卧，月租[[money|3200元]]，押一付三，含车位（车牌<<plate.o>>）。联系方式：微信<<wx.o@o>>、QQ <<qq.o>>、"
        "<<url.o:douban@o>>。风险：帖主公开了身份证号<<cnid.o:spaced>>，并要求看房前发身份证照片，可能被冒用，不建议照做。",
    ),
    T(
        "zh",
        "sublet_roommate_ad",
        "外国留学生想合租，请把他的自我介绍翻译成中文，方便发到合租群。",
        "Hi! I'm <<per_en.s>>, exchange student at [[organisation]] until July. Passport <<pass.s:us_new>>, DOB <<dob.s:long>>. "
        "Non-smoker, no pets. WhatsApp <<tel.s:us_intl>>, email <<email.s@s>>. Currently at <<addr.c:tower>>.",
        "大家好！我是<<per_en.s>>，在[[organisation]]交换到七月。护照号<<pass.s:us_new>>，出生日期<<dob.s:iso>>。不抽烟，不养宠物。"
        "WhatsApp：<<tel.s:us_intl>>，邮箱：<<email.s@s>>。目前住在<<addr.c:tower>>。",
        history=[("我是群主<<per.g>>，他驾照也能给吗？", "他说有美国驾照<<dl.s:ny>>，但建议不要在群里公开。")],
    ),
    # ---------------------------------------------------------------- itin_w7_application
    T(
        "zh",
        "itin_w7_application",
        "我在帮父亲申请美国 ITIN，下面是我填的 W-7 草稿，请用中文逐项检查。",
        "Form W-7\n1a First name: <<per_cn.f:pinyin>>\n1b Name at birth: <<per_cn.f>>\n2 Address: <<addr_us.u:full>>\n"
        "3 Foreign address: <<addr_cn.c:road>>\n4 Date of birth: <<dob.f:us_pad>>\n6d Passport: <<pass.f:cn_e>>\n"
        "6e Spouse/relative SSN: <<ssn.k:dash>> (<<per_en.k>>)\n6g Chinese ID: <<cnid.f>>",
        "1a/1b：英文名<<per_cn.f:pinyin>>对应<<per_cn.f>>，一致。2/3：美国地址<<addr_us.u:full>>，国外地址<<addr_cn.c:road>>。"
        "4：<<dob.f:us_pad>>格式正确。6d：护照<<pass.f:cn_e>>需附公证复印件。6e：亲属<<per_en.k>>的 SSN <<ssn.k:dash>>。"
        "身份证号<<cnid.f>>可填在6g“其他证件”一栏。原件寄出后记下快递单号[[tracking_number]]。",
    ),
    T(
        "zh",
        "itin_w7_application",
        "帮客户写一封给税务代理的邮件，说明退税要打到德国账户。",
        "客户：<<per.c>>（英文 <<per.c:pinyin_fl>>），ITIN 申请中，配偶 SSN <<ssn.s:plain>>\n退税账户：<<iban.c:de>>\n"
        "美国驾照：<<dl.c:ca>>\n邮箱：<<email.c@c>>\n代理：<<per_en.a>>，<<email.a@a>>",
        "To: <<email.a@a>>\nDear <<per_en.a:family>>,\n我的客户<<per.c:pinyin_fl>>（<<per.c>>）的退税请汇至德国账户<<iban.c:de>>。"
        "其配偶 SSN 为<<ssn.s:dash>>，驾照<<dl.c:ca>>可作身份证明。回复请发至<<email.c@c>>。",
        annotators=["<<email.q>>", "taxprep/<<per.q:user>>"],
    ),
    # ---------------------------------------------------------------- esim_transfer_ticket
    T(
        "zh",
        "esim_transfer_ticket",
        "根据工单系统的记录，判断号码<<tel.p:cn_dash>>这次 eSIM 转移是否可能是 SIM 卡劫持。",
        "工单 [[order_number|ES-88217]]\n号码：<<tel.p:cn_plain>>　机主：<<per.o>>　实名证件：<<cnid.o:lower_x|x>>\n"
        "新设备 EID 登记 MAC <<mac.n:colon>>，来源 IP <<ip.r:v6>>\n[[timestamp]] 客户来电要求转移，核验方式：短信验证码\n"
        "[[timestamp]] 原设备 <<mac.o:colon>> 离线\n备注：来电者自称<<per.o:title>>，但报出的生日<<dob.x:cn>>与档案<<dob.o:cn>>不符",
        "存在劫持风险：来电者报出的生日<<dob.x:cn>>与机主<<per.o>>档案<<dob.o:cn>>不一致，仅凭短信验证码即完成转移，"
        "且新设备<<mac.n:colon>>从<<ip.r:v6>>发起。建议冻结<<tel.p:cn_dash>>并联系机主核实。",
    ),
    T(
        "zh",
        "esim_transfer_ticket",
        "境外游客在机场办理 eSIM，请把英文登记表翻译成中文存档。",
        "Tourist eSIM registration\nName: <<per_en.t:upper>>\nNationality: GBR  Passport: <<pass.t:uk>>\nDOB: <<dob.t:long_eu>>\n"
        "Home phone: <<tel.t:uk_land>>\nRefund account: <<iban.t:gb>>\nIMEI: [[number|356938035643809]]",
        "游客 eSIM 登记\n姓名：<<per_en.t:upper>>\n国籍：英国　护照：<<pass.t:uk>>\n出生日期：<<dob.t:iso>>\n本国电话：<<tel.t:uk_land>>\n"
        "退款账户：<<iban.t:gb>>\nIMEI：[[number|356938035643809]]",
        system="运营商营业厅助手，当班营业员<<per.c>>（工号[[employee_id|YY-0831]]）。",
    ),
    # ---------------------------------------------------------------- noise_complaint_hotline
    T(
        "zh",
        "noise_complaint_hotline",
        "把这通[[service_number|12345]]市民热线的录音转写整理成工单。",
        "坐席：您好，[[service_number|12345]]。\n来电人：我叫<<per.c>>，住<<addr.c:road_bld>>，楼上每天半夜装修，还大声放[[public_figure]]的有声书。\n"
        "坐席：请留一下电话。\n来电人：<<tel.c:cn_numerals>>，就是一三几开头那个。\n来电人：楼上业主叫<<per.n:title>>，车是<<plate.n>>，物业有他微信<<wx.n>>",
        "工单：来电人<<per.c>>（<<tel.c:cn_plain>>，住<<addr.c:road_bld>>）投诉楼上业主<<per.n:title>>夜间装修扰民，"
        "可通过物业（业主微信<<wx.n>>）联系，业主车辆<<plate.n>>。",
        source="12345-hotline/<<tel.c:cn_plain>>",
    ),
    T(
        "zh",
        "noise_complaint_hotline",
        "根据物业的巡查记录写一份噪音调解会议纪要。",
        "巡查记录：[[timestamp]] <<addr.a:tower>> 分贝 [[number|68.5]]dB，住户 <<per.a>>（<<tel.a:cn_space>>）称是[[common_word|周末]]朋友聚会\n"
        "投诉人：<<per.b>>，<<tel.b:cn_intl>>，微信 <<wx.b@b>>\n参会：物业经理<<per.m>>",
        "调解纪要：物业经理<<per.m>>主持，住户<<per.a>>与投诉人<<per.b>>参加。双方约定晚十点后不再聚会；如再发生，"
        "投诉人可直接联系<<tel.a:cn_plain>>或物业。",
        history=[("投诉人<<per.b>>又打电话来了，号码<<tel.b:cn_dash>>", "请先记录，再约双方调解。")],
    ),
    # ---------------------------------------------------------------- lunch_allergy_form
    T(
        "zh",
        "lunch_allergy_form",
        "把学校午餐过敏登记表转换成食堂用的提醒卡片（Markdown）。",
        "学生：<<per.s>>　班级：三年二班　出生日期：<<dob.s:cn>>\n过敏原：花生、芒果（严重）\n"
        "过敏专科门诊号：<<mrn.m:mz>>\n家长：<<per.p>>　电话：<<tel.p:cn_plain>>　QQ：<<qq.p>>\n备用联系人：<<per.b>> <<tel.b:cn_land>>",
        "### 过敏提醒：<<per.s>>（三年二班）\n- **禁止**：花生、芒果\n- 专科门诊号：<<mrn.m:mz>>\n"
        "- 出现反应先拨[[service_number|120]]，再联系家长<<per.p>>（<<tel.p:cn_dash>>）",
        system="你服务于学校食堂，校医<<per.n>>的手机是<<tel.n:cn_plain>>。",
    ),
    T(
        "zh",
        "lunch_allergy_form",
        "家长在群里补充了孩子的过敏信息，请更新到登记表 JSON。",
        "<<per.p:title>>：老师好，<<per.s:given>>上周在<<addr.h:lane>>附近的医院查出对鸡蛋过敏，病历号<<mrn.h:digits>>\n"
        "<<per.p:title>>：我QQ <<qq.p>> 不常看，有事打<<tel.p:cn_space>>\n老师：收到，孩子生日是<<dob.s:slash_iso>>对吗",
        '{"student": "<<per.s>>", "dob": "<<dob.s:iso>>", "allergens": ["egg"], "record_no": "<<mrn.h:digits>>", '
        '"guardian": {"name": "<<per.p>>", "phone": "<<tel.p:cn_plain>>", "qq": "<<qq.p>>"}}',
    ),
    # ---------------------------------------------------------------- bp_home_readings
    T(
        "zh",
        "bp_home_readings",
        "这是家用血压计 App 导出的数据，请写一份给<<per.u>>的医生看的一周摘要。",
        "导出自 [[product|欧姆龙 U32K]] App，设备 MAC <<mac.d:colon>>\n用户：<<per.u>>，<<dob.u:iso>>，门诊病历号 <<mrn.u:zy>>\n"
        "date,time,sys,dia,pulse\n[[timestamp]],,152,96,78\n[[timestamp]],,148,92,81\n[[timestamp]],,139,88,75\n"
        "家属：<<per.f>>，<<tel.f:cn_plain>>",
        "患者<<per.u>>（<<dob.u:iso>>，病历号<<mrn.u:zy>>）本周家测血压均值约146/92 mmHg，收缩压偏高，建议复诊调整用药。"
        "家属联系方式：<<per.f>> <<tel.f:cn_dash>>。",
    ),
    T(
        "zh",
        "bp_home_readings",
        "社区家庭医生收到居民的血压打卡微信，请整理成随访记录。",
        "<<per.u>>：今早<<addr.u:comm>>家里测的 158/99，昨晚 150/95\n<<per.u>>：我身份证<<cnid.u>>，住院号<<mrn.u:zy>>，上次在你们那住过\n"
        "家庭医生 <<per.d:title>>：收到，药按时吃了吗？\n<<per.u>>：吃了，闺女<<per.g>>盯着，她电话<<tel.g:cn_0086>>",
        "随访记录：居民<<per.u>>（身份证<<cnid.u>>，住院号<<mrn.u:zy>>，住<<addr.u:comm>>）自测血压158/99、150/95，服药依从性好，"
        "由女儿<<per.g>>（<<tel.g:cn_plain>>）监督。建议[[common_word|明天]]起连续一周复测。",
        source="family-doctor/<<per.d:user>>",
    ),
    # ---------------------------------------------------------------- tow_truck_dispatch
    T(
        "zh",
        "tow_truck_dispatch",
        "根据道路救援派单记录写一条发给车主<<per.o>>（<<tel.o:cn_plain>>）的短信。",
        "派单 [[order_number|RS-20260418-0031]]\n车主：<<per.o>>　手机：<<tel.o:cn_plain>>\n故障车：<<plate.o>>，位置：<<addr.l:road>>附近\n"
        "拖车司机：<<per.d>>，驾驶证 <<dl.d:cn>>，拖车 <<plate.d>>，微信 <<wx.d@d>>\n预计到达：[[timestamp]]",
        "【道路救援】<<per.o:title>>您好，拖车（<<plate.d>>）已出发，司机<<per.d>>，预计[[timestamp]]到达<<addr.l:road>>，"
        "您的车<<plate.o>>将拖往最近的4S店。司机微信<<wx.d@d>>。",
    ),
    T(
        "zh",
        "tow_truck_dispatch",
        "高速事故清障后，写一段给交警的移交说明。",
        "清障记录：[[timestamp]] <<addr.x:short>>方向 K[[number|1182]]，两车追尾\n车辆一：<<plate.a>>，司机<<per.a>>，驾照<<dl.a:cn>>，"
        "已送医（门诊号<<mrn.a:mz>>）\n车辆二：<<plate.b>>，司机<<per.b>>，电话<<tel.b:cn_intl2>>\n清障车司机：<<per.t>>",
        "移交说明：[[timestamp]]事故车辆<<plate.a>>（司机<<per.a>>，驾照<<dl.a:cn>>，已就医，门诊号<<mrn.a:mz>>）和<<plate.b>>"
        "（司机<<per.b>>，<<tel.b:cn_plain>>）已拖至停车场，清障车司机<<per.t>>。",
    ),
]
EN = [
    # ---------------------------------------------------------------- pawnshop_ticket
    T(
        "en",
        "pawnshop_ticket",
        "Turn this pawn ticket into the daily report line the police portal (LeadsOnline-style) expects.",
        "PAWN TICKET No. [[order_number|PT-0041872]]\nPledgor: <<per.p:last_first>>\nDOB: <<dob.p:us_pad>>\nID: <<dl.p:tx|fl>> (TX DL), SSN <<ssn.p:dash>>\n"
        "Address: <<addr.p:full_unit|full>>\nPhone: <<tel.p:us_paren>>\nItem: [[product]], serial [[number|F2LXK9Q3HG7F]]\n"
        "Loan: [[money|$240.00]]  Due: [[timestamp]]",
        "ticket=[[order_number|PT-0041872]]|name=<<per.p:upper>>|dob=<<dob.p:iso>>|id=<<dl.p:tx|fl>>|ssn=<<ssn.p:plain>>|addr=<<addr.p:full_unit|full>>|"
        "phone=<<tel.p:us_plain>>|item=[[product]]|loan=[[money|$240.00]]",
        source="pawn/<<tel.p:us_plain>>",
    ),
    T(
        "en",
        "pawnshop_ticket",
        "A customer pawned jewellery using a Chinese ID card. Write the clerk's note for the ID-verification log.",
        "Customer: <<per_cn.c:pinyin_fl>> (<<per_cn.c>>)\nID presented: PRC resident ID <<cnid.c:spaced>>, also passport <<pass.c:cn_e>>\n"
        "Local phone: <<tel.c:us_dot>>; WeChat <<wx.c@c>>\nItem: 18k gold chain [[number|14.2]] g  Loan [[money]]",
        "ID check: <<per_cn.c:pinyin_fl>> presented PRC ID <<cnid.c>> and passport <<pass.c:cn_e>>; names match (<<per_cn.c>>). "
        "Contact <<tel.c:us_dash>> or WeChat <<wx.c@c>>.",
        annotators=["<<email.k>>"],
    ),
    # ---------------------------------------------------------------- git_commit_trailer
    T(
        "en",
        "git_commit_trailer",
        "Write a CONTRIBUTORS.md entry list from this `git shortlog -sne` output, linking GitHub profiles where known.",
        "    42\t<<per.a>> <<<email.a@a>>>\n    17\t<<per.b:lower_full>> <<<email.b@b>>>\n     3\t<<per.c:user>> <<<email.c@c>>>\n"
        "Known profiles: <<per.a:user>> -> <<url.a:github@a>>; <<per.b>> -> <<url.b:github@b>>",
        "# Contributors\n- <<per.a>> ([GitHub](<<url.a:github@a>>))\n- <<per.b>> ([GitHub](<<url.b:github@b>>))\n- <<per.c:user>>",
        system="Maintainer on call: <<per.m>> <<<email.m@m>>>.",
    ),
    T(
        "en",
        "git_commit_trailer",
        "Rewrite this commit message so it can be pushed to a public repo: keep the trailers' intent, drop secrets and personal data.",
        "fix(payments): retry on [[code_identifier|CardDeclinedError]]\n\nRepro with test card <<card.t:spaced>> and user <<email.u@u>>\n"
        "(staging box <<ip.s:private>>, MAC <<mac.s:colon_lower>>)\n\nReported-by: <<per.u>> <<<email.u@u>>>\n"
        "Reviewed-by: <<per.r:initial>> <<<email.r@r>>>\nSigned-off-by: <<per.a>> <<<email.a@a>>>",
        "fix(payments): retry on [[code_identifier|CardDeclinedError]]\n\nReported-by: <<per.u>> <<<email.u@u>>>\n"
        "Reviewed-by: <<per.r:initial>> <<<email.r@r>>>\nSigned-off-by: <<per.a>> <<<email.a@a>>>\n\n"
        "(Removed: card <<card.t:spaced>>, host <<ip.s:private>>, MAC <<mac.s:colon_lower>>.)",
    ),
    # ---------------------------------------------------------------- sms_otp_inbox
    T(
        "en",
        "sms_otp_inbox",
        "Classify each SMS in this Android `content://sms` export as OTP, marketing, personal or scam.",
        "_id|address|date|body\n101|<<tel.a:us_intl>>|[[timestamp]]|Hey it's <<per.a:given>>, new number, save it. Old one <<tel.b:us_paren>> is dead\n"
        "102|[[service_number|32665]]|[[timestamp]]|Your [[organisation]] code is 681 204. Don't share it.\n"
        "103|<<tel.c:uk_intl>>|[[timestamp]]|Royal Mail: parcel [[tracking_number]] held. Pay fee at bit.ly/x\n"
        "104|<<tel.d:us_dash>>|[[timestamp]]|Dinner at <<addr.d:line>> at 7? - <<per.d:initial>>",
        "101 personal (<<per.a:given>>, new <<tel.a:us_intl>>, old <<tel.b:us_plain>>); 102 OTP; 103 scam (<<tel.c:uk_intl>> posing as Royal Mail); "
        "104 personal (<<per.d:initial>>, <<addr.d:line>>).",
        source="adb-backup/<<email.o>>",
    ),
    T(
        "en",
        "sms_otp_inbox",
        "A Chinese app sends OTPs by SMS and QQ. From the gateway log, explain why the user got no code.",
        '[[timestamp]] otp send channel=sms to=<<tel.p:cn_intl>> user="<<per_cn.u:pinyin>>" result=ok\n'
        '[[timestamp]] otp send channel=qq to=<<qq.q>> user="<<per_cn.u:pinyin>>" result=ERR_NOT_FRIEND\n'
        '[[timestamp]] otp verify user="<<per_cn.u:pinyin>>" from=<<ip.c:v4>> result=expired\n'
        "profile: name=<<per_cn.u>> email=<<email.e@u>>",
        "The SMS to <<tel.p:cn_plain>> was sent but the code expired before <<per_cn.u>> entered it; the QQ message to <<qq.q>> failed "
        "because the bot is not on that QQ's friend list. Ask the user to re-request or use <<email.e@u>>.",
    ),
    # ---------------------------------------------------------------- pg_dump_copy
    T(
        "en",
        "pg_dump_copy",
        "Convert this pg_dump COPY block into a CSV with a header row.",
        "COPY public.patients (id, full_name, dob, mrn, ssn, email, phone, status, street) FROM stdin;\n"
        "p1\t<<per.a>>\t<<dob.a:iso>>\t<<mrn.a:mrn>>\tssn=<<ssn.a:plain>>\t<<email.a@a>>\t<<tel.a:us_plain>>\tactive\t<<addr.a:line_unit>>\n"
        "p2\t<<per.b:upper>>\t<<dob.b:iso>>\t<<mrn.b:alpha>>\tssn=<<ssn.b:dash>>\t<<email.b@b>>\t<<tel.b:us_plain>>\tmoved\t<<addr.b:line>>\n\\.",
        "id,full_name,dob,mrn,ssn,email,phone,status,street\np1,<<per.a>>,<<dob.a:iso>>,<<mrn.a:mrn>>,<<ssn.a:plain>>,"
        '<<email.a@a>>,<<tel.a:us_plain>>,active,"<<addr.a:line_unit>>"\np2,<<per.b:upper>>,<<dob.b:iso>>,<<mrn.b:alpha>>,'
        '<<ssn.b:dash>>,<<email.b@b>>,<<tel.b:us_plain>>,moved,"<<addr.b:line>>"',
    ),
    T(
        "en",
        "pg_dump_copy",
        "Which columns in this dump of the device table would you hash before sharing it with a vendor?",
        "-- PostgreSQL database dump, pg_dump [[version]]\n"
        "COPY iot.devices (serial, owner, mac, owner_email, last_ip, status, plate, iban) FROM stdin;\n"
        "SN-77A1\t<<per.o:lower_dot>>\t<<mac.o:dash>>\t<<email.o@o>>\t<<ip.o>>\tactive\tnone\t<<iban.o:fr>>\n"
        "SN-77A2\t<<per.q>>\t<<mac.q:cisco>>\t<<email.q@q>>\t<<ip.q:v6>>\tactive\t<<plate.q>>\tnone\n\\.",
        "Hash owner (<<per.o:lower_dot>>, <<per.q>>), owner_email, mac (<<mac.o:dash>>, <<mac.q:cisco>>), last_ip (<<ip.o>>, <<ip.q:v6>>), "
        "plate (<<plate.q>>) and iban (<<iban.o:fr>>). The serials are fine to share; keep the [[code_identifier]] column as is.",
    ),
    # ---------------------------------------------------------------- salesforce_lead_export
    T(
        "en",
        "salesforce_lead_export",
        "Dedupe these Salesforce leads (same email = same person) and output the merged rows as CSV.",
        "Id,FirstName,LastName,Email,Phone,MobilePhone,Street,LinkedIn__c\n"
        "00Q8c00001Ab1,<<per.a:given>>,<<per.a:family>>,<<email.a@a>>,<<tel.a:us_dash>>,,<<addr.a:line>>,<<url.a:linkedin@a>>\n"
        "00Q8c00001Ab2,,<<per.a:upper>>,<<email.a:upper@a>>,,<<tel.m:us_intl2>>,,\n"
        "00Q8c00001Ab3,<<per.b:given>>,<<per.b:family>>,<<email.b@b>>,<<tel.b:uk_intl>>,,<<addr.b:flat>>,",
        "Id,Name,Email,Phone,MobilePhone,Street,LinkedIn\n00Q8c00001Ab1,<<per.a>>,<<email.a@a>>,<<tel.a:us_dash>>,<<tel.m:us_intl2>>,"
        '<<addr.a:line>>,<<url.a:linkedin@a>>\n00Q8c00001Ab3,<<per.b>>,<<email.b@b>>,<<tel.b:uk_intl>>,,"<<addr.b:flat>>",',
        annotators=["<<per.ANN:lower_dot>>", "rev16:<<email.r>>"],
    ),
    T(
        "en",
        "salesforce_lead_export",
        "Draft a follow-up email to this web-to-lead submission; mention the demo slot they picked.",
        "web2lead: first=<<per.l:given>> last=<<per.l:family>> company=[[organisation]] email=<<email.l@l>> phone=<<tel.l:us_paren>> "
        'demo=[[timestamp]] notes="SSN for credit check <<ssn.x:plain>>. Call my assistant <<per.s>> at <<tel.s:us_dot>> if I\'m out" utm_source=[[organisation]]',
        "Subject: Your [[product]] demo\n\nHi <<per.l:given>>,\nThanks for signing up. Your demo is booked for [[timestamp]]; "
        "if you're out we'll call <<per.s>> on <<tel.s:us_dot>>.\nBest,\n<<per.o>>\n\n[Internal: delete SSN <<ssn.x:dash>> from the lead notes.]",
        system="You write sales emails for <<per.o>> (<<email.eo@o>>).",
    ),
    # ---------------------------------------------------------------- fender_bender_exchange
    T(
        "en",
        "fender_bender_exchange",
        "Two drivers swapped details after a parking-lot scrape. Fill in the 'other driver' section of my insurance claim from these notes.",
        "Notes from my phone:\nOther driver <<per.o:upper>>, lic <<dl.o:ca>> CA\nplate <<plate.o:ca>>, [[product]] grey\n"
        "ins [[organisation]] policy [[number|PA-5518-20933]]\ncell <<tel.o:us_plain>>\nlives <<addr.o:numbered>>\n"
        "witness: <<per.w:initial>> <<tel.w:us_dot>>",
        "Other driver: <<per.o>>; driver licence <<dl.o:ca>> (CA); plate <<plate.o:ca>>; insurer [[organisation]], policy "
        "[[number|PA-5518-20933]]; phone <<tel.o:us_paren>>; address <<addr.o:numbered>>. Witness: <<per.w:initial>>, <<tel.w:us_dot>>.",
    ),
    T(
        "en",
        "fender_bender_exchange",
        "Summarise this UK accident exchange text thread for the claims handler.",
        "<<per.a:given>>: Hi, it's the blue car you reversed into at [[public_place]]. My reg is <<plate.a:uk>>\n"
        "<<per.b:given>>: Sorry again. I'm <<per.b>>, <<addr.b:line>>, reg <<plate.b:uk>>, licence <<dl.b:uk>>\n"
        "<<per.a:given>>: Thanks. I went to A&E, hospital no. <<mrn.a:digits>>, I'll send the letter\n"
        "<<per.b:given>>: OK, my mobile <<tel.b:uk_mobile>> or email <<email.b@b>>",
        "<<per.b>> (<<addr.b:line>>; vehicle <<plate.b:uk>>; licence <<dl.b:uk>>; <<tel.b:uk_intl>>, <<email.b@b>>) reversed into "
        "<<per.a>>'s car <<plate.a:uk>>. <<per.a:given>> attended A&E (hospital number <<mrn.a:digits>>).",
    ),
    # ---------------------------------------------------------------- lottery_prize_claim
    T(
        "en",
        "lottery_prize_claim",
        "Check this state lottery claim form for missing or inconsistent fields.",
        "WINNER CLAIM FORM\nName: <<per.w:full>>\nSSN: <<ssn.w:space>>\nDOB: <<dob.w:us>>\nAddress: <<addr.w:full>>\n"
        "Phone: <<tel.w:us_intl>>  Email: <<email.w@w>>\nGame: [[product|Mega Millions]]  Ticket serial [[number|0421-88190-3317]]\n"
        "Prize: [[money|$10,000.00]]  Direct deposit card: <<card.w:discover>>",
        "Complete. Note the SSN is written with spaces (<<ssn.w:space>>); the form wants <<ssn.w:dash>>. DOB <<dob.w:us>> shows the winner is "
        "of age. Deposit card <<card.w:plain>> is a Discover card - direct deposit usually needs a bank account instead.",
        source="claims/<<ssn.w:plain>>",
    ),
    T(
        "en",
        "lottery_prize_claim",
        "A Hong Kong visitor won a raffle at our casino. Write the KYC note for the payout.",
        "Winner: <<per_cn.v:pinyin_fl>> / <<per_cn.v>>\nPassport <<pass.v:cn_ea>>, PRC ID <<cnid.v>>\nDOB <<dob.v:iso>>\n"
        "Payout to IBAN <<iban.v:ch>> (Swiss account)\nHotel: room 2214, phone <<tel.v:cn_intl>>",
        "KYC: <<per_cn.v:pinyin_fl>> (<<per_cn.v>>), passport <<pass.v:cn_ea>>, PRC ID <<cnid.v>>, born <<dob.v:iso>>. "
        "Payout by wire to <<iban.v:ch>>. Contact <<tel.v:cn_plain>>.",
    ),
    # ---------------------------------------------------------------- beekeeper_hive_registry
    T(
        "en",
        "beekeeper_hive_registry",
        "Convert this apiary registration (BeeBase-style) into JSON.",
        "Apiary registration\nBeekeeper: <<per.k>>\nApiary address: <<addr.a:line|flat>>\nTelephone: <<tel.k:uk_mobile>>\n"
        "Email: <<email.k@k>>\nColonies: [[number|14]]\nHive scale gateway: <<mac.g:colon>> (LoRa)\nNotes: swarm collection volunteer, sells a [[common_word|Baker's dozen]] of nucs each spring",
        '{"beekeeper": "<<per.k>>", "apiary_address": "<<addr.a:line|flat>>", "schema": "[[code_identifier]]", "phone": "<<tel.k:uk_intl>>", '
        '"email": "<<email.k@k>>", "colonies": [[number|14]], "scale_gateway": "<<mac.g:colon>>"}',
    ),
    T(
        "en",
        "beekeeper_hive_registry",
        "Write the swarm-call dispatch text from this hotline note.",
        "Swarm reported [[timestamp]] by <<per.c>> at <<addr.c:line_unit>>, call back <<tel.c:us_dash>>\n"
        "Nearest volunteer: <<per.v:last_first>>, <<tel.v:us_plain>>, truck plate <<plate.v:ny>>\nVolunteer profile: <<url.v:instagram@v>>",
        "<<per.v:given>>: swarm at <<addr.c:line_unit>>, reported by <<per.c>> (<<tel.c:us_paren>>). Please confirm ETA.",
    ),
    # ---------------------------------------------------------------- marina_slip_lease
    T(
        "en",
        "marina_slip_lease",
        "Summarise this marina slip lease renewal in five bullet points.",
        "SLIP RENEWAL — [[public_place|Harbor Island]] Marina, dock D, slip 27\nTenant: <<per.t:upper>> (<<per.t:initial>>)\n"
        "Mailing: <<addr.t:multiline>>\nCell: <<tel.t:us_paren>>\nTrailer plate: <<plate.t:tx>>\nAutopay: <<card.t:amex>>\n"
        "Vessel: [[product]], 38 ft\nTerm: [[timestamp]] to [[timestamp]]",
        "- Tenant: <<per.t>> (<<per.t:initial>>)\n- Mailing address: <<addr.t:multiline>>\n- Phone: <<tel.t:us_dash>>\n"
        "- Trailer plate <<plate.t:tx>>; autopay card <<card.t:dashed>>\n- 38 ft [[product]], one-year term",
    ),
    T(
        "en",
        "marina_slip_lease",
        "Translate the key clauses of this Spanish marina berth contract extract into English.",
        "CONTRATO DE AMARRE\nTitular: <<per.t:upper>>\nPasaporte: <<pass.t:uk>>\nFecha de nacimiento: <<dob.t:eu>>\nDomicilio: <<addr_uk.t:line>>\n"
        "Domiciliación bancaria IBAN: <<iban.t:es>>\nTeléfono: <<tel.t:uk_intl>>\nPatrón autorizado: <<per.p>>, DNI no consta",
        "BERTH CONTRACT\nHolder: <<per.t>>\nPassport: <<pass.t:uk>>\nDate of birth: <<dob.t:eu>>\nAddress: <<addr_uk.t:line>>\n"
        "Direct debit IBAN: <<iban.t:es>>\nPhone: <<tel.t:uk_intl>>\nAuthorised skipper: <<per.p>> (no ID number given)",
        annotators=["<<email.ANN>>", "lab16/<<per.x:user>>"],
    ),
    # ---------------------------------------------------------------- hunting_license_tag
    T(
        "en",
        "hunting_license_tag",
        "Check <<per.h:given>>'s hunting license application for errors before I submit it online.",
        "Applicant: <<per.h:last_first>>\nDOB: <<dob.h:long>>\nSSN (required by state law): <<ssn.h:dash>>\nDriver's license: <<dl.h:ny>> NY\n"
        "Residence: <<addr.h:full>>\nPhone: <<tel.h:us_dot>>\nHunter safety cert: [[number|NY-HS-0092714]]\nTags: Deer, Turkey  Blaze pack: [[common_word|Hunter green]]  Fee [[money|$29.00]]",
        "Looks correct. Name <<per.h>>, born <<dob.h:long>>, SSN <<ssn.h:dash>>, licence <<dl.h:ny>>, residence <<addr.h:full>>. "
        "One thing: the phone <<tel.h:us_dot>> should be entered as <<tel.h:us_plain>> (digits only) on the portal.",
    ),
    T(
        "en",
        "hunting_license_tag",
        "Write a game warden's incident summary from these field notes.",
        "[[timestamp]] Checked vehicle <<plate.v:ca>> at trailhead. Occupants: <<per.a>> (DL <<dl.a:ca>>), <<per.b:initial>>\n"
        "<<per.a:given>> had untagged doe. Claimed tag bought online, order [[order_number]], email <<email.a@a>>\n"
        "Trail cam on site, MAC <<mac.c:cisco>>, belongs to <<per.b>>",
        "Warden summary: On [[timestamp]] I stopped vehicle <<plate.v:ca>>. <<per.a>> (DL <<dl.a:ca>>) possessed an untagged doe and said a tag "
        "was bought online ([[order_number]], <<email.a@a>>). Companion <<per.b>> owns trail camera <<mac.c:cisco>>.",
    ),
    # ---------------------------------------------------------------- storage_unit_lien_notice
    T(
        "en",
        "storage_unit_lien_notice",
        "Draft the statutory pre-lien notice for <<per.t>>, our delinquent self-storage tenant.",
        "Tenant: <<per.t>>\nUnit: B-112\nAddress on file: <<addr.t:full_unit>>\nAlt. contact: <<per.a>> <<tel.a:us_paren>>\n"
        "Email: <<email.t@t>>\nCard on file: <<card.t:visa>> (declined 3x)\nBalance: [[money|$512.40]]\nGate code log: last entry [[timestamp]]",
        "NOTICE OF LIEN\nTo: <<per.t>>, <<addr.t:full_unit>>\nYour rent for unit B-112 is past due ([[money|$512.40]]); the card ending in your file "
        "(<<card.t:spaced>>) was declined. Unless paid within the 14-day [[common_word|Grace period]], the contents will be sold. Sent by certified mail [[tracking_number]]; a copy goes to <<email.t@t>> "
        "and to your alternate contact <<per.a>>.",
    ),
    T(
        "en",
        "storage_unit_lien_notice",
        "Extract the bidder list from this lien auction sheet into a Markdown table.",
        "Lien auction [[timestamp]] - units C-04, C-19\nBidder 1: <<per.a:upper>>, resale certificate [[number|SR-44-019283]], "
        "ph <<tel.a:us_dash>>\nBidder 2: <<per.b>>, DL <<dl.b:fl>>, ph <<tel.b:us_intl2>>\nBidder 3: <<per.c:last_first>>, <<email.c@c>>",
        "| Bidder | ID / certificate | Contact |\n|---|---|---|\n| <<per.a>> | [[number|SR-44-019283]] | <<tel.a:us_dash>> |\n"
        "| <<per.b>> | <<dl.b:fl>> | <<tel.b:us_intl2>> |\n| <<per.c>> | - | <<email.c@c>> |",
        history=[("Did <<per.b>> pay in cash?", "Yes; the licence <<dl.b:fl>> was copied for the file.")],
    ),
    # ---------------------------------------------------------------- chimney_sweep_invoice
    T(
        "en",
        "chimney_sweep_invoice",
        "Turn this chimney sweep's job note into a proper invoice.",
        "job [[order_number]] - swept 2 flues + CCTV survey at <<addr.c:line>> for <<per.c:given>> <<per.c:family>>\n"
        "cust mob <<tel.c:uk_mobile>>, paid half by card <<card.c:mc>>, rest bank transfer\n"
        "cert no [[number|HETAS-77310]], sweep: <<per.s>> (<<email.s@s>>)",
        "INVOICE [[order_number]]\nBill to: <<per.c>>, <<addr.c:line>>\nPhone: <<tel.c:uk_intl>>\nServices: chimney sweep x2, CCTV survey\n"
        "Paid: 50% by card <<card.c:spaced>>; balance by transfer\nEngineer: <<per.s>>, <<email.s@s>>",
    ),
    T(
        "en",
        "chimney_sweep_invoice",
        "The customer <<per.c:initial>> disputes this invoice. Write a polite reply based on the job log.",
        'Customer email from <<email.c@c>>: "I was charged twice on <<card.c:spaced>>." - <<per.c:initial>>\n'
        "Job log: [[timestamp]] sweep at <<addr.c:line_unit>>, tech <<per.t>>; payment ref [[order_number]] [[money|$189.00]]; "
        "second attempt declined",
        "Dear <<per.c:initial>>,\nThank you for writing. Our log shows one successful payment of [[money|$189.00]] (ref [[order_number]]) "
        "for the sweep at <<addr.c:line_unit>> by <<per.t>>; the second attempt on <<card.c:spaced>> was declined, so you were not charged twice.",
        source="helpdesk/<<email.c@c>>",
    ),
    # ---------------------------------------------------------------- scrap_metal_seller_log
    T(
        "en",
        "scrap_metal_seller_log",
        "Format today's scrap purchases for the state's metal theft reporting system (one line per seller).",
        "[[timestamp]] seller <<per.a:upper>> DL <<dl.a:tx>> veh <<plate.a:tx>> copper [[number|42.5]] lb paid [[money]] thumbprint Y\n"
        "[[timestamp]] seller <<per.b>> DL <<dl.b:ca>> veh <<plate.b:ca>> catalytic converter x1 paid [[money]]\n"
        "seller address on file: <<per.b>> - <<addr.b:full>>",
        "<<per.a>>;DL=<<dl.a:tx>>;plate=<<plate.a:tx>>;item=copper\n<<per.b>>;DL=<<dl.b:ca>>;plate=<<plate.b:ca>>;item=catalytic converter;"
        "addr=<<addr.b:full>>",
        system="Compliance assistant for a licensed scrap yard run by <<per.o>>.",
    ),
    T(
        "en",
        "scrap_metal_seller_log",
        "A detective asked about a stolen bronze plaque. Write our response from the purchase record.",
        "Purchase #[[number|88217]]\nSeller: <<per.s>> (<<per.s:last_first>>), DOB <<dob.s:short_month>>\nID: UK driving licence <<dl.s:uk>>\n"
        "Vehicle: <<plate.s:uk>>\nPaid by bank transfer to <<iban.s:gb>>\nPhone: <<tel.s:uk_mobile>>",
        "The plaque was bought under purchase [[number|88217]] from <<per.s>> (born <<dob.s:short_month>>, licence <<dl.s:uk>>), "
        "who arrived in <<plate.s:uk>>. Payment went to <<iban.s:gb>>; phone on record <<tel.s:uk_intl>>.",
    ),
    # ---------------------------------------------------------------- golf_tee_time
    T(
        "en",
        "golf_tee_time",
        "Build the starter sheet for tomorrow from these tee-time bookings (sorted by time).",
        "08:40 <<per.a>> + 3, member #[[number|4471]], cart\n07:30 <<per.b:last_first>>, guest of <<per.c>>, ph <<tel.b:us_dash>>\n"
        "08:00 <<per.d:upper>>, paid by <<card.d:amex>>\nNote: <<per.c:given>> asked for a cart with GPS unit <<mac.g:colon>>",
        "07:30 <<per.b>> (guest of <<per.c>>), <<tel.b:us_dash>>\n08:00 <<per.d>>\n08:40 <<per.a>> + 3 (cart)\n"
        "Cart with GPS <<mac.g:colon>> reserved for <<per.c>>.",
        history=[
            ("Can <<per.b>> get an earlier slot?", "Only if <<per.c:given>> agrees, the booking is under that name.")
        ],
    ),
    T(
        "en",
        "golf_tee_time",
        "Reply to <<per.q>>'s tee-time inquiry email (<<email.q@q>>).",
        "From: <<per.q>> <<<email.q@q>>>\nSubject: Saturday foursome\n\nHi, can we get 9:10 on Saturday? Players: me, <<per.r>>, <<per.s>>, "
        "<<per.u>>. We'll park two cars (<<plate.p>>, <<plate.k>>). Call <<tel.q:us_paren>>.\n-- \n<<per.q>> | [[organisation]] | <<url.q:linkedin@q>>",
        "Hi <<per.q:given>>,\nSaturday 9:10 is booked for you, <<per.r>>, <<per.s>> and <<per.u>>. We noted plates <<plate.p>> and <<plate.k>> "
        "for parking. Range balls are sold at the [[common_word|Gift shop]]. See you then!",
    ),
    # ---------------------------------------------------------------- dnsmasq_lease_file
    T(
        "en",
        "dnsmasq_lease_file",
        "Here is /var/lib/misc/dnsmasq.leases from a small office. Map each lease to a person from the hostnames.",
        "[[timestamp|1767312000]] <<mac.a:colon_lower>> <<ip.a:private>> <<per.a:user>>-laptop *\n"
        "[[timestamp|1767312544]] <<mac.b:colon_lower>> <<ip.b:private>> Galaxy-of-<<per.b:given>> *\n"
        "[[timestamp|1767313021]] <<mac.c:colon_lower>> <<ip.c:private>> printer-2F *",
        "<<ip.a:private>> (<<mac.a:colon_lower>>) -> <<per.a:user>> (laptop)\n<<ip.b:private>> (<<mac.b:colon_lower>>) -> <<per.b:given>> (phone)\n"
        "<<ip.c:private>> (<<mac.c:colon_lower>>) -> shared printer",
        history=[("Whose is the Galaxy?", "Probably <<per.b:given>>'s; ask IT at <<email.it>>.")],
    ),
    T(
        "en",
        "dnsmasq_lease_file",
        "Write dnsmasq `dhcp-host` reservations for the new hires listed in this onboarding ticket.",
        "Onboarding ticket [[order_number]]\n1) <<per.a>> <<<email.a@a>>> laptop MAC <<mac.a:dash>>, wants <<ip.a:private>>\n"
        "2) <<per.b:last_first>> <<<email.b@b>>> desk phone MAC <<mac.b:cisco>>, wants <<ip.b:private>>\nRequested by <<per.m>>",
        "dhcp-host=<<mac.a:colon_lower>>,<<ip.a:private>>,<<per.a:user>>-lt\ndhcp-host=<<mac.b:colon_lower>>,<<ip.b:private>>,<<per.b:user>>-phone",
        source="jira/<<email.m@m>>",
    ),
    # ---------------------------------------------------------------- postfix_maillog
    T(
        "en",
        "postfix_maillog",
        "Trace this message through the Postfix log and say where it ended up.",
        "[[timestamp]] mail postfix/smtpd[4412]: 8A1F03E2C: client=unknown[<<ip.c>>], sasl_username=<<email.u@u>>\n"
        "[[timestamp]] mail postfix/qmgr[1022]: 8A1F03E2C: from=<<<email.u@u>>>, size=40511, nrcpt=2 (queue active)\n"
        "[[timestamp]] mail postfix/smtp[4420]: 8A1F03E2C: to=<<<email.r@r>>>, relay=aspmx.l.google.com, status=sent (250 2.0.0 OK)\n"
        "[[timestamp]] mail postfix/smtp[4420]: 8A1F03E2C: to=<<<email.s@s>>>, status=deferred (connection timed out)",
        "The message from <<email.u@u>> (submitted from <<ip.c>>) was delivered to <<email.r@r>> via Google, but delivery to <<email.s@s>> "
        "is deferred after a timeout and will be retried.",
    ),
    T(
        "en",
        "postfix_maillog",
        "Our mail server rejected a customer. Write the support reply explaining why, based on the log.",
        "NOQUEUE: reject: RCPT from cpe-<<ip.h:private>>.res.example[<<ip.p>>]: 554 5.7.1 Service unavailable; Client host blocked using "
        "zen.spamhaus.org; from=<<<email.c@c>>> to=<<<email.s@s>>>\nCustomer: <<per.c>>, ticket phone <<tel.c:us_plain>>",
        "Hi <<per.c:given>>,\nYour message from <<email.c@c>> was rejected because your connection's public address <<ip.p>> is on the "
        "Spamhaus blocklist. Please ask your ISP to delist it or send from another network.",
        system="Support agent for <<per.s>>'s company; never paste full logs to customers.",
    ),
    # ---------------------------------------------------------------- openvpn_status_log
    T(
        "en",
        "openvpn_status_log",
        "Parse this OpenVPN status (version 2) output and list connected users with their real and virtual addresses.",
        "TITLE,OpenVPN [[version]] x86_64-pc-linux-gnu\nTIME,[[timestamp]]\n"
        "HEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Bytes Received,Bytes Sent,Username\n"
        "CLIENT_LIST,<<per.a:lower_dot>>,<<ip.a:v4>>:50112,<<ip.va:private>>,88211,120448,<<email.a@a>>\n"
        "CLIENT_LIST,<<per.b:user>>,<<ip.b:v4>>:1194,<<ip.vb:private>>,4410,9921,<<email.b@b>>\nEND",
        "- <<per.a:lower_dot>> (<<email.a@a>>): real <<ip.a:v4>>, virtual <<ip.va:private>>\n"
        "- <<per.b:user>> (<<email.b@b>>): real <<ip.b:v4>>, virtual <<ip.vb:private>>",
    ),
    T(
        "en",
        "openvpn_status_log",
        "Write the offboarding checklist for revoking this contractor's VPN access.",
        "Contractor: <<per.c>> (<<per.c:upper>> on badge)\nVPN CN: <<per.c:user>>\nLaptop MAC: <<mac.l:colon>>\nStatic IP: <<ip.s:private>>\n"
        "Home IP allow-list: <<ip.h>>\nManager: <<per.m>> <<tel.m:us_intl>>",
        "1. Revoke cert CN=<<per.c:user>> and regenerate the CRL.\n2. Remove static IP <<ip.s:private>> and allow-listed <<ip.h>>.\n"
        "3. Block MAC <<mac.l:colon>> on the NAC.\n4. Confirm with <<per.m>> (<<tel.m:us_intl>>) that <<per.c>>'s laptop is returned.",
        annotators=["<<email.ANN>>", "sec16/<<per.z:user>>"],
    ),
    # ---------------------------------------------------------------- whatsapp_chat_export
    T(
        "en",
        "whatsapp_chat_export",
        "From this WhatsApp group export, list who is bringing what to the reunion and how to reach them.",
        "[[timestamp]] - <<per.a>>: I'll bring the cake. Address for the reunion is <<addr.r:line>>, right?\n"
        "[[timestamp]] - <<per.b:given>>: yes! I'm doing drinks, theme is [[public_figure]] night. My new number is <<tel.b:uk_mobile>>\n"
        "[[timestamp]] - <<tel.c:uk_intl>>: hi all it's <<per.c>>, not saved in the group yet - I'll do chairs\n"
        "[[timestamp]] - <<per.a>>: <<per.c:given>> text me on <<tel.a:uk_intl>>",
        "- <<per.a>>: cake, <<tel.a:uk_intl>>\n- <<per.b>>: drinks, <<tel.b:uk_mobile>>\n- <<per.c>>: chairs, <<tel.c:uk_intl>>\n"
        "Venue: <<addr.r:line>>",
    ),
    T(
        "en",
        "whatsapp_chat_export",
        "Translate this exported chat between a buyer and a Chinese supplier into a short English summary.",
        "[[timestamp]] <<per.b>>: Can you ship to <<addr.b:full>>?\n[[timestamp]] <<per_cn.s:pinyin>>: 可以，运费[[money]]。付款后加我微信<<wx.s@s>>发单号\n"
        "[[timestamp]] <<per_cn.s:pinyin>>: 我们公司账户 <<iban.s:de>> 是德国子公司的\n[[timestamp]] <<per_cn.s:pinyin>>: 发货了 [[tracking_number]]\n[[timestamp]] <<per.b>>: OK, my email <<email.b@b>>",
        "<<per_cn.s:pinyin>> agrees to ship to <<per.b>> at <<addr.b:full>> for [[money]]; after paying (to <<iban.s:de>>, the German subsidiary) "
        "<<per.b>> should add WeChat <<wx.s@s>> for the tracking number. Buyer email: <<email.b@b>>.",
    ),
    # ---------------------------------------------------------------- wechat_pay_bill_csv
    T(
        "en",
        "wechat_pay_bill_csv",
        "My landlord sent this WeChat Pay statement as proof of rent received. Translate the header and the rent rows into English.",
        "微信支付账单明细\n微信昵称：[<<per_cn.l:pinyin>>]\n姓名：<<per_cn.l>>　身份证：<<cnid.l:x>>\n"
        "交易时间,交易类型,交易对方,金额(元),备注\n[[timestamp]],转账,<<per_en.t>>(<<wx.t@t>>),¥4500.00,房租\n"
        "[[timestamp]],转账,<<per_en.t>>(<<wx.t@t>>),¥4500.00,房租",
        "WeChat Pay statement\nWeChat nickname: <<per_cn.l:pinyin>>\nName: <<per_cn.l:pinyin_fl>> (<<per_cn.l>>), ID <<cnid.l:x>>\n"
        "Rows: two transfers of CNY 4,500.00 from <<per_en.t>> (WeChat <<wx.t@t>>), memo: rent.",
    ),
    T(
        "en",
        "wechat_pay_bill_csv",
        "Reconcile this WeChat Pay merchant export with our order list; flag rows with no matching order.",
        "trade_time,trade_no,payer_name,payer_wechat,amount,remark\n[[timestamp]],[[order_number]],<<per_cn.a>>,<<wx.a@a>>,88.00,QQ <<qq.a>> thanks\n"
        "[[timestamp]],[[order_number]],<<per_cn.b:pinyin>>,<<wx.b>>,120.00,id <<cnid.b>>\nOrders: [[order_number]] (<<per_cn.a>>)",
        "Row 1 (<<per_cn.a>>, <<wx.a@a>>) has a matching order. Row 2 (<<per_cn.b:pinyin>>, <<wx.b>>) has no order; its remark holds an ID number "
        "(<<cnid.b>>) that should not be in a payment remark.",
    ),
    # ---------------------------------------------------------------- mahjong_club_roster
    T(
        "en",
        "mahjong_club_roster",
        "Clean up this community-centre mahjong club roster and output it as a tidy CSV (name, phone, WeChat, QQ).",
        "MAHJONG CLUB - Tuesday table\n- <<per_cn.a>> / <<per_cn.a:pinyin_fl>>  cell <<tel.a:us_dot>>  wechat: <<wx.a@a>>\n"
        "- <<per_en.b:upper>>  tel <<tel.b:us_paren>>  qq <<qq.b>>\n- <<per_cn.c:pinyin>> (<<per_cn.c>>) wx <<wx.c@c>> QQ# <<qq.c>>",
        "phone,name,qq,wechat\n<<tel.a:us_plain>>,<<per_cn.a:pinyin_fl>>,,<<wx.a@a>>\n<<tel.b:us_plain>>,<<per_en.b>>,<<qq.b>>,\n"
        ",<<per_cn.c:pinyin>>,<<qq.c>>,<<wx.c@c>>",
    ),
    T(
        "en",
        "mahjong_club_roster",
        "Write a welcome message for the new members listed in this sign-up sheet photo (OCR text).",
        "NEW MEMBERS (OCR)\n<<per_cn.n:pinyin_fl>> b. <<dob.n:us>> ph <<tel.n:cn_intl>> PRC ID <<cnid.n:spaced>>\n"
        "<<per_en.m>> b. <<dob.m:us>> ph <<tel.m:us_dash>>\nLeader: <<per_en.l>>, QQ group admin <<qq.l>>",
        "Welcome, <<per_cn.n:pinyin_fl>> and <<per_en.m>>! Tuesday and Friday tables start at 1 pm from [[common_word|May]] onwards. Questions? Ask <<per_en.l>> "
        "(QQ <<qq.l>>).",
    ),
    # ---------------------------------------------------------------- forklift_operator_cert
    T(
        "en",
        "forklift_operator_cert",
        "Create the OSHA-style operator evaluation record from this trainer's note.",
        "Trainee: <<per.t>>  DOB <<dob.t:us_pad>>  Emp# [[employee_id|W-20816]]\nLicence on file: <<dl.t:wa|ca>>\n"
        "Truck: [[product|Toyota 8FGCU25]] Class IV\nEvaluator: <<per.e:last_first>>  Date [[timestamp]]\nFit-for-duty ref: clinic chart <<mrn.t:mrn>>",
        "OPERATOR EVALUATION\nName: <<per.t>>\nDate of birth: <<dob.t:us_pad>>\nEmployee no.: [[employee_id|W-20816]]\nTruck: [[product|Toyota 8FGCU25]]\n"
        "Evaluator: <<per.e>>\nResult: PASS\nMedical clearance: chart <<mrn.t:mrn>>",
    ),
    T(
        "en",
        "forklift_operator_cert",
        "Summarise this near-miss report for the safety committee.",
        "Near miss [[timestamp]], dock 3. Operator <<per.o>> (cert [[number|FLT-7781]], DL <<dl.o:tx>>) clipped pedestrian <<per.p:initial>>.\n"
        "<<per.p:given>> seen at urgent care, MRN <<mrn.p:dash>>, released. Supervisor <<per.s>> <<tel.s:us_plain>>.",
        "Near miss at dock 3: forklift driven by <<per.o>> (DL <<dl.o:tx>>) brushed <<per.p>>, who was checked at urgent care (MRN <<mrn.p:dash>>) "
        "and released. Supervisor <<per.s>> to review pedestrian lanes.",
    ),
    # ---------------------------------------------------------------- grave_plot_lease
    T(
        "en",
        "grave_plot_lease",
        "Fill in the cemetery's interment register line from this paperwork.",
        "Decedent: <<per.d:upper>>, born <<dob.d:long>>\nHospital record no. <<mrn.d:digits>> (death certificate attached)\n"
        "Plot: [[common_word|Rose garden]] section F, Row 9, Grave 12 (right of burial 50 years)\nApplicant: <<per.a>>, <<addr.a:multiline>>, <<tel.a:uk_land>>\n"
        "Fee paid by card <<card.a:visa>>",
        "F-9-12 | <<per.d>> | b. <<dob.d:long>> | hosp. rec. <<mrn.d:digits>> | applicant <<per.a>>, <<tel.a:uk_land>>",
    ),
    T(
        "en",
        "grave_plot_lease",
        "Write a renewal reminder for a grave lease that expires next year.",
        "Lease [[number|GL-1974-0388]]: plot for <<per.d>>; leaseholder <<per.h:last_first>>, <<addr.h:full>>, <<email.h@h>>; "
        "second contact <<per.k>> <<tel.k:us_intl2>>",
        "Dear <<per.h>>,\nThe lease [[number|GL-1974-0388]] for the grave of <<per.d>> ends next year. To renew, reply to this letter "
        "(sent to <<addr.h:full>>, tracking [[tracking_number]], and to <<email.h@h>>).",
    ),
    # ---------------------------------------------------------------- calligraphy_class_signup
    T(
        "en",
        "calligraphy_class_signup",
        "Turn these class sign-ups (from a Google Form export) into a roster grouped by level.",
        "Timestamp\tName\tLevel\tEmail\tQQ / WeChat\n[[timestamp]]\t<<per.a>>\tbeginner\t<<email.a@a>>\tQQ <<qq.a>>\n"
        "[[timestamp]]\t<<per_cn.b:pinyin_fl>>\tintermediate\t<<email.b@b>>\twx <<wx.b@b>>\n[[timestamp]]\t<<per.c:lower_full>>\tbeginner\t<<email.c@c>>\t-",
        "Beginner: <<per.a>> (<<email.a@a>>, QQ <<qq.a>>); <<per.c>> (<<email.c@c>>)\nIntermediate: <<per_cn.b:pinyin_fl>> (<<email.b@b>>, WeChat <<wx.b@b>>)",
    ),
    T(
        "en",
        "calligraphy_class_signup",
        "Write a short bio for the calligraphy teacher's page from her notes.",
        "Notes: I'm <<per_cn.t>> (<<per_cn.t:pinyin>>). Trained in Hangzhou, copy [[public_figure|Yan Zhenqing]] daily. Studio at <<addr.s:line_unit>>. "
        "Book via <<email.t@t>> or WeChat <<wx.t@t>>. Videos: <<url.t:instagram@t>>",
        "<<per_cn.t:pinyin>> (<<per_cn.t>>) trained in Hangzhou and copies [[public_figure|Yan Zhenqing]] every day. Classes at her studio, "
        "<<addr.s:line_unit>>. Book by email (<<email.t@t>>) or WeChat (<<wx.t@t>>); watch her at <<url.t:instagram@t>>.",
    ),
    # ---------------------------------------------------------------- sublet_roommate_ad
    T(
        "en",
        "sublet_roommate_ad",
        "Rewrite this sublet post so it doesn't expose the poster's documents, keeping the listing details.",
        "SUBLET Jun-Aug: room in 3BR at <<addr.r:line_unit>>, [[money|$1,150.00]]/mo utilities incl.\n"
        "I'm <<per_cn.o:pinyin>>, grad student. To prove I'm legit here's my passport <<pass.o:cn_e>> and Chinese ID <<cnid.o>>.\n"
        "Text <<tel.o:us_dash>> or WeChat <<wx.o@o>>. Pics on <<url.o:instagram@o>>",
        "SUBLET Jun-Aug: room in a 3-bedroom at <<addr.r:line_unit>>, [[money|$1,150.00]]/month including utilities. "
        "Contact <<per_cn.o:pinyin>> by text (<<tel.o:us_dash>>) or WeChat (<<wx.o@o>>). (Passport and ID numbers removed.)",
    ),
    T(
        "en",
        "sublet_roommate_ad",
        "Answer the prospective roommate's questions using the listing and the chat so far.",
        "Listing: room at <<addr.r:flat|line>> (shelves full of [[public_figure]] biographies), £[[number|725]] pcm, bills extra. Landlord: <<per.l>>.\nDeposit to <<iban.l:gb>>.",
        "Yes, the room is still free. Deposit goes to the landlord's account <<iban.l:gb>>, not to me. You can check <<per.l>>'s details "
        "with the agency. My QQ is <<qq.m>> if you prefer that to text.",
        history=[
            (
                "Hi, I'm <<per.s>>, saw your ad. Is it still free? My passport is <<pass.s:uk>> if you need it for referencing",
                "Hi <<per.s:given>>! Don't send documents yet. What's your number?",
            ),
            ("<<tel.s:uk_mobile>>, and who do I pay the deposit to?", "I'll check with the landlord."),
        ],
    ),
    # ---------------------------------------------------------------- itin_w7_application
    T(
        "en",
        "itin_w7_application",
        "Review this Form W-7 worksheet for my mother-in-law <<per_cn.a:pinyin_fl>> and point out problems.",
        "Applicant: <<per_cn.a:pinyin_fl>>\nName at birth (Chinese): <<per_cn.a>>\nDOB: <<dob.a:us_pad>>\nCountry of birth: China\n"
        "Foreign address: <<addr_cn.f:road_bld>>\nForeign tax ID: PRC resident ID <<cnid.a>>\nPassport: <<pass.a:cn_g>>, issued [[timestamp]]\n"
        "Relationship: dependent of <<per_en.t>>, SSN <<ssn.t:dash>>\nSpouse SSN (if any): <<ssn.s:plain>>",
        "Problems: 1) the dependent's relative <<per_en.t>> must be the taxpayer whose SSN (<<ssn.t:dash>>) is on the return; "
        "2) a 'spouse SSN' (<<ssn.s:plain>>) does not belong on a dependent's W-7; 3) the passport <<pass.a:cn_g>> must be a certified copy. "
        "Foreign tax ID <<cnid.a>> and DOB <<dob.a:us_pad>> look fine.",
    ),
    T(
        "en",
        "itin_w7_application",
        "Write the cover letter to the IRS ITIN unit for this applicant.",
        "Applicant <<per.a>>, passport <<pass.a:us_new|uk>> (expired), DOB <<dob.a:long_eu>>, mailing <<addr.a:full>>, "
        "refund account <<iban.a:nl>>, acceptance agent <<per.g>> <<email.g@g>>",
        "Internal Revenue Service, ITIN Operation\n\nRe: Form W-7 for <<per.a>> (born <<dob.a:long_eu>>)\nEnclosed: Form W-7, Form 1040-NR, "
        "certified copy of passport <<pass.a:us_new|uk>>. Please send correspondence to <<addr.a:full>>. Package tracking: [[tracking_number]].\n\n<<per.g>>, Certifying Acceptance Agent",
        annotators=["<<email.ANN>>", "cpa16/<<per.y:user>>"],
    ),
    # ---------------------------------------------------------------- esim_transfer_ticket
    T(
        "en",
        "esim_transfer_ticket",
        "A traveller from China is moving her eSIM to a new phone at our store. Write the ticket note.",
        "Customer: <<per_cn.c:pinyin_fl>> (<<per_cn.c>>)\nPassport <<pass.c:cn_ea>>; PRC ID <<cnid.c:spaced>>\nLine: <<tel.c:us_paren>>\n"
        "Old device MAC <<mac.o:colon>>, new device MAC <<mac.n:dash>>\nAlt contact: QQ <<qq.c>> / WeChat <<wx.c@c>>\nStore IP <<ip.s:private>>, new phone on iOS [[version]]",
        "Ticket: eSIM for <<tel.c:us_paren>> moved from device <<mac.o:colon>> to <<mac.n:dash>>. Identity checked against passport "
        "<<pass.c:cn_ea>> (<<per_cn.c:pinyin_fl>>). Customer prefers WeChat <<wx.c@c>>.",
    ),
    T(
        "en",
        "esim_transfer_ticket",
        "Is this eSIM swap request suspicious? Explain using the fraud-check log.",
        "[[timestamp]] swap_request msisdn=<<tel.p:uk_intl>> account=<<email.a@a>> from_ip=<<ip.r>> device=<<mac.d:colon_lower>>\n"
        "[[timestamp]] kyc check name=<<per.a:upper>> dob_given=<<dob.g:eu>> dob_on_file=<<dob.a:eu>> result=MISMATCH\n"
        "[[timestamp]] refund_iban_changed new=<<iban.n:ie>> old=<<iban.o:gb>>\nnote: caller passport <<pass.x:uk>>",
        "Yes. The caller gave <<dob.g:eu>> but the file says <<dob.a:eu>>, the refund IBAN was changed to <<iban.n:ie>> minutes later, and "
        "the request came from <<ip.r>>. Hold the swap for <<tel.p:uk_intl>> and contact <<per.a>> via <<email.a@a>>.",
        history=[
            (
                "The caller says he is <<per.a>> and read out passport <<pass.x:uk>>",
                "That passport is not the one on file; escalate.",
            )
        ],
    ),
    # ---------------------------------------------------------------- noise_complaint_hotline
    T(
        "en",
        "noise_complaint_hotline",
        "Turn this [[service_number|311]] call transcript into a service request.",
        "Agent: 311, what's the address of the noise?\nCaller: <<addr.n:numbered>>. Loud parties every weekend.\nAgent: Your name and callback?\n"
        "Caller: <<per.c>>, <<tel.c:us_dash>>. The neighbour is <<per.n>>, he parks a truck with plate <<plate.n>> on the lawn.\n"
        "Caller: Also posts the parties on <<url.n:facebook@n>>",
        "SR: Noise - residential. Location: <<addr.n:numbered>>. Complainant <<per.c>> (<<tel.c:us_plain>>). Alleged source: <<per.n>>; "
        "vehicle <<plate.n>> parked on lawn; events advertised at <<url.n:facebook@n>>.",
        system="You are a 311 intake assistant. Supervisor: <<per.s:last_first>>, ext. [[number|4410]].",
    ),
    T(
        "en",
        "noise_complaint_hotline",
        "Write the council's reply letter to this noise complainant.",
        "Case [[order_number]]\nComplainant: <<per.c:upper>>, <<addr.c:flat>>, <<email.c@c>>, <<tel.c:uk_mobile>>\nSource: Flat above, occupant <<per.o>>\n"
        "Diary sheets: 14 entries, max [[number|71]] dB",
        "Dear <<per.c>>,\nThank you for the diary sheets for case [[order_number]]. An officer will install monitoring equipment at <<addr.c:flat>> "
        "and contact the occupant above. We will write to you at <<email.c@c>>.",
    ),
    # ---------------------------------------------------------------- lunch_allergy_form
    T(
        "en",
        "lunch_allergy_form",
        "Make the cafeteria allergy card (Markdown) for <<per.s>> from this form.",
        "Student: <<per.s>>  Grade 4  DOB <<dob.s:us>>\nAllergy: tree nuts (anaphylaxis), EpiPen in nurse's office\nPediatric clinic MRN: <<mrn.s:alpha>>\n"
        "Parent: <<per.p>>, <<tel.p:us_paren>>, <<email.p@p>>\nDoctor: <<per.d:initial>>",
        "### <<per.s>> - Grade 4\n**NO tree nuts** (anaphylaxis). EpiPen: nurse's office.\nClinic MRN <<mrn.s:alpha>>.\n"
        "Call [[service_number|911]], then parent <<per.p>> at <<tel.p:us_paren>>.",
    ),
    T(
        "en",
        "lunch_allergy_form",
        "Update the JSON allergy record with what the parent wrote in this email.",
        "From: <<email.p@p>>\nTo: nurse@[[organisation]].org\nSubject: <<per.s:given>>'s allergy update\n\n"
        "Hi, <<per.s>> (born <<dob.s:long>>) was diagnosed with sesame allergy at the children's hospital, record no. <<mrn.s:digits>>. "
        "Please call me at <<tel.p:us_dot>> with questions.\n<<per.p>>",
        '{"student": "<<per.s>>", "dob": "<<dob.s:iso>>", "allergies": ["sesame"], "hospital_record": "<<mrn.s:digits>>", '
        '"parent": {"name": "<<per.p>>", "phone": "<<tel.p:us_plain>>", "email": "<<email.p@p>>"}}',
        system="School nurse assistant. Poison control: [[service_number|1-800-222-1222]]. Nurse on duty: <<per.n>> <<email.n@n>>.",
    ),
    # ---------------------------------------------------------------- bp_home_readings
    T(
        "en",
        "bp_home_readings",
        "Summarise this home blood-pressure export for the patient's GP.",
        "Export from [[product|Withings BPM Connect]] (device <<mac.d:colon>>)\nPatient: <<per.p:last_first>>  NHS-style hospital no. <<mrn.p:digits>>  "
        "DOB <<dob.p:eu>>\ndate,sys,dia,pulse\n[[timestamp]],144,91,70\n[[timestamp]],151,95,74\n[[timestamp]],138,88,69",
        "<<per.p>> (DOB <<dob.p:eu>>, hospital no. <<mrn.p:digits>>): three home readings averaging about 144/91 mmHg - above target; "
        "suggest medication review.",
    ),
    T(
        "en",
        "bp_home_readings",
        "Write the nurse's telehealth note for <<per.p>> (MRN <<mrn.p:mrn>>) from this patient portal thread.",
        "<<per.p>>: My readings this week are 162/100 in the morning. MRN <<mrn.p:mrn>>.\nNurse <<per.n:initial>>: Any headache or chest pain?\n"
        "<<per.p>>: Headache yes. My daughter <<per.d>> can drive me, her cell is <<tel.d:us_intl>>.\nNurse <<per.n:initial>>: Please come in today.",
        "Telehealth note: <<per.p>> (MRN <<mrn.p:mrn>>) reports morning BP 162/100 with headache. Advised same-day visit; daughter <<per.d>> "
        "(<<tel.d:us_intl>>) will drive.",
        source="portal/<<email.p@p>>",
    ),
    # ---------------------------------------------------------------- tow_truck_dispatch
    T(
        "en",
        "tow_truck_dispatch",
        "Write the dispatch message to the tow driver from this roadside-assistance call record.",
        "Call [[order_number]] [[timestamp]]\nMember: <<per.m>>  Member phone: <<tel.m:us_plain>>\nVehicle: [[product]], plate <<plate.m>>\n"
        "Location: I-80 EB near exit [[number|142]], then tow to <<addr.s:full>>\nDriver assigned: <<per.d:upper>>, truck <<plate.d>>, DL <<dl.d:ca|tx>>",
        "<<per.d:given>> - pick up <<per.m>>'s [[product]] (<<plate.m>>) at I-80 EB exit [[number|142]] and tow to <<addr.s:full>>. "
        "Member phone <<tel.m:us_paren>>.",
    ),
    T(
        "en",
        "tow_truck_dispatch",
        "Write the impound notice for vehicle <<plate.v:uk>>, this private-property tow.",
        "Tow log: [[timestamp]] removed vehicle <<plate.v:uk>> from <<addr.l:line>> (client: [[organisation]])\nRegistered keeper (DVLA): <<per.k>>, "
        "<<addr.k:multiline>>\nDriver on scene: <<per.d:initial>>, dashcam MAC <<mac.c:cisco>>\nInjury: none; bystander <<per.b>> treated, "
        "hospital no. <<mrn.b:digits>>",
        "IMPOUND NOTICE\nTo: <<per.k>>\n<<addr.k:multiline>>\n\nYour vehicle <<plate.v:uk>> was removed from <<addr.l:line>> on [[timestamp]] "
        "and is held at our yard. Release fee applies.",
        system="Clerk for [[organisation]] towing; yard manager <<per.y>> (<<tel.y:uk_land>>). Helpline [[service_number|0800 555 111]].",
    ),
]

TEMPLATES = ZH + EN
