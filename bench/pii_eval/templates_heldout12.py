"""Twelfth blind held-out part (``heldout12``): 60 zh + 60 en templates over 30 contexts of its own.

Written without reading the detector, its documentation or any de-identified output; of the other parts
only the ``CONTEXTS`` names were read (to choose new ones). The mini-language is described in
``bench.pii_eval.generate``.
"""

import collections

CONTEXTS = (
    "home_bp_diary",
    "storage_unit_lease",
    "wedding_vendor_contract",
    "crypto_exchange_withdrawal",
    "solar_grid_application",
    "hospice_admission",
    "music_grade_exam_entry",
    "charity_gift_aid_declaration",
    "vehicle_recall_notice",
    "nanny_background_check",
    "boarding_pass_barcode",
    "mortgage_escrow_statement",
    "smart_lock_event_log",
    "telecom_billing_dispute",
    "bike_share_damage_report",
    "mdm_device_enrollment",
    "radius_accounting_log",
    "scim_provisioning_payload",
    "airflow_task_log",
    "helm_values_file",
    "estate_inventory",
    "affidavit_of_support",
    "school_bus_roster",
    "dialysis_session_log",
    "dental_lab_work_order",
    "vehicle_impound_release",
    "phone_repair_ticket",
    "escape_room_waiver",
    "freelance_timesheet",
    "wireless_site_survey",
)

_SEEN: collections.Counter[tuple[str, str]] = collections.Counter()


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
    """One template of this part; its id (``h12-<lang>-<context>-NN``) is numbered per language and context."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    if lang not in ("zh", "en"):
        raise ValueError(f"unknown language {lang!r}")
    _SEEN[lang, context] += 1
    return {
        "id": f"h12-{lang}-{context}-{_SEEN[lang, context]:02d}",
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
        "h12-dingtalk/<<per.src:user>>",
        "h12-短信:<<tel.src:cn_0086>>",
        "h12-wx/<<wx.src>>",
        "h12-mail:<<email.src>>",
        "h12-qq群/<<qq.src>>",
    ],
    "en": [
        "h12-freshdesk/<<email.src>>",
        "h12-teams:<<per.src:lower_dot>>",
        "h12-twilio/<<tel.src:us_intl2>>",
        "h12-salesforce:<<per.src:user>>",
    ],
}

ANNOTATOR_PATTERNS = [
    "lbl12-<<per.ANN:user>>",
    "<<email.ANN>>",
    "audit12:<<email.ANN>>",
    "grader12/<<per.ANN:user>>",
]

TEMPLATES = [
    # ------------------------------------------------------------------ zh
    T(
        "zh",
        "home_bp_diary",
        "这是我爸<<per.a>>自己记的家庭血压本，帮我把读数整理成表格发给社区医生，超过 140/90 的标红。",
        "血压记录本  姓名：<<per.a>>  出生：<<dob.a:cn>>  门诊号 <<mrn.a:mz>>\n"
        "早 6:40  152/94  心率 78   [[product|欧姆龙 U10]]测  心情[[common_word|高兴]]\n晚 21:10  138/86  心率 71\n"
        "降压药：[[product|络活喜]] 5mg 每日一次\n女儿<<per.b:spaced>>电话 <<tel.b:cn_dash>>，有事先打她",
        "| 时间 | 收缩压/舒张压 | 心率 | 备注 |\n|---|---|---|---|\n| 早 6:40 | **152/94** | 78 | 超标 |\n"
        "| 晚 21:10 | 138/86 | 71 | |\n患者 <<per.a>>（<<dob.a:iso>>，门诊号 <<mrn.a>>），联系人 <<per.b>> <<tel.b:cn_plain>>。",
    ),
    T(
        "zh",
        "home_bp_diary",
        "血压计 App 导出的 CSV 有乱码，帮我还原成正常的列，并说明哪几天没测。",
        "user,birthday,device_mac,sys,dia,ts\n<<per.u:pinyin>>,<<dob.u:compact>>,<<mac.d:colon>>,146,92,[[timestamp]]\n"
        "<<per.u:pinyin>>,<<dob.u:compact>>,<<mac.d:colon>>,131,84,[[timestamp]]\n"
        "# 绑定手机 <<tel.u:cn_intl>>  固件 [[version]]",
        "列依次是：用户（<<per.u>>）、生日 <<dob.u:cn_pad>>、设备 MAC <<mac.d:dash>>、收缩压、舒张压、时间戳。"
        "绑定手机为 <<tel.u:cn_plain>>。两次测量之间缺了若干天，建议每天固定时间测量。",
        source="h12-bpapp/<<tel.u:cn_plain>>",
    ),
    T(
        "zh",
        "storage_unit_lease",
        "把这份迷你仓租赁合同里的租户信息抽成 JSON（name, id_no, phone, address, unit, deposit）。",
        "【安心仓储】迷你仓租赁合同\n仓位：B2-117（3㎡）  月租 [[money|680元]]  押金 [[money|1360元]]\n"
        "承租人：<<per.a>>  身份证号码：<<cnid.a:x>>\n通讯地址：<<addr_cn.a:road_bld>>\n"
        "联系电话：<<tel.a:cn_space>>  紧急联系人：<<per.c>> <<tel.c:cn_land>>\n"
        "门禁卡绑定车辆：<<plate.a>>（驾驶证号 <<dl.a>>）",
        '{"name": "<<per.a>>", "id_no": "<<cnid.a:lower_x>>", "phone": "<<tel.a:cn_plain>>", '
        '"address": "<<addr_cn.a:road_bld>>", "unit": "B2-117", "deposit": "[[money|1360元]]", "plate": "<<plate.a>>", "driver_license": "<<dl.a>>"}',
    ),
    T(
        "zh",
        "storage_unit_lease",
        "仓库前台的交接班记录，帮我总结今天有哪些租户来取过东西。",
        "14:05 <<per.a:spaced>>（B1-032）刷脸进入，手机尾号核对 <<tel.a:cn_plain>>\n"
        "15:30 <<per.b>> 代 <<per.c>> 取件，出示身份证 <<cnid.b:old15>>，授权书已留档\n"
        "16:10 续租：<<per.d>> 用银行卡 <<card.d:unionpay>> 扣款 [[money]]\n"
        "17:00 监控主机 [[product|海康 DS-7808N]] IP <<ip.n:private>> 重启",
        "今天来取东西的租户：<<per.a>>（本人）、<<per.c>>（由 <<per.b>> 代取，证件 <<cnid.b>>）；"
        "<<per.d>> 办理了续租（卡号 <<card.d:spaced>>）。另外监控主机 <<ip.n>> 重启过一次。",
        annotators=["仓储质检-<<per.ANN:user>>"],
    ),
    T(
        "zh",
        "wedding_vendor_contract",
        "我是<<per.g>>（<<tel.g:cn_plain>>），婚庆合同里甲方信息有几处前后写得不一致，帮我逐条找出来。",
        "婚礼策划服务合同  编号 [[order_number]]\n甲方（新郎）：<<per.g>>  身份证：<<cnid.g>>\n"
        "甲方（新娘）：<<per.b>>  身份证：<<cnid.b:spaced>>\n婚宴地址：[[public_place|西湖国宾馆]]\n"
        "新人常住地址：<<addr_cn.h:comm>>\n尾款 [[money]] 转入乙方账户，甲方付款卡 <<card.g:dashed>>\n"
        "第 9 条 联系方式：新郎 <<tel.g:cn_dash>> 微信 <<wx.g@g>>；新娘 <<tel.b:cn_intl2>>",
        "不一致之处：1) 新娘身份证 <<cnid.b:spaced>> 带空格，与附件里的 <<cnid.b>> 需统一；"
        "2) 新郎 <<per.g>> 电话正文写 <<tel.g:cn_dash>>，签字页写 <<tel.g:cn_plain>>；3) 常住地址 <<addr_cn.h:comm>> 未写邮编。",
    ),
    T(
        "zh",
        "wedding_vendor_contract",
        "帮我写一条发给婚纱摄影工作室的确认消息，确认档期和付款信息。",
        "档期 [[timestamp]]  套系 [[product|韩式内景 A 套]]  定金 [[money|2000元]]\n"
        "客户 <<per.a>> ／ <<per.b>>\n客户 QQ：<<qq.a>>  邮箱 <<email.a@a>>  微博 <<url.a:weibo>>\n收件地址 <<addr_cn.a:lane>>",
        "您好，我是 <<per.a>>，和 <<per.b>> 一起预约了 [[product|韩式内景 A 套]]，定金 [[money|2000元]] 已付。"
        "相册请寄到 <<addr_cn.a:lane>>，有变动请 QQ <<qq.a>> 或发邮件到 <<email.a@a>> 联系，成片会@您的微博 <<url.a:weibo>>，谢谢！",
        source="h12-婚庆/<<qq.a>>",
    ),
    T(
        "zh",
        "crypto_exchange_withdrawal",
        "交易所风控要复核用户<<per.a>>的这笔提现，帮我把工单里的身份信息和出金账户列出来。",
        "工单 [[order_number]] 提现 12,000 USDT → 法币\nKYC 姓名：<<per.a>>  证件：护照 <<pass.a:cn_e>>（辅证 身份证 <<cnid.a>>）\n"
        "出金 IBAN：<<iban.a:DE>>\n登录 IP <<ip.a>>、<<ip.b:v6>>\n绑定邮箱 <<email.a@a>>  2FA 手机 <<tel.a:cn_0086>>  W-9 税表 SSN <<ssn.a>>\n"
        "风控备注：同 IP 下另有账户 UID [[number|88120457]]",
        "- 用户：<<per.a>>\n- 证件：护照 <<pass.a>>，身份证 <<cnid.a>>\n- 出金账户：<<iban.a>>\n"
        "- 登录 IP <<ip.a>>；<<ip.b>>\n- 联系：<<email.a@a>>，<<tel.a:cn_plain>>\n- 美国税号：<<ssn.a:plain>>",
        annotators=["风控复核/<<per.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "zh",
        "crypto_exchange_withdrawal",
        "用户在客服群里问提现为什么被卡，帮我回一段话（不要承诺到账时间）。",
        "[[timestamp]] <<per.a:pinyin>>: 我的提现三天了还没到，卡号 <<card.a:visa>>，"
        "我护照号 <<pass.a:cn_g>> 已经认证过了，欧元提现到 <<iban.a:ES>>\n[[timestamp]] 客服小恩: 请提供注册手机\n"
        "[[timestamp]] <<per.a:pinyin>>: <<tel.a:cn_fw>>，微信也是这个",
        "<<per.a>> 您好，您尾号对应的提现（卡 <<card.a:plain>>）正在人工复核中，复核需要核对护照 <<pass.a>> 与注册手机 <<tel.a:cn_plain>> 是否一致，"
        "欧元账户 <<iban.a>> 的提现也在同一复核中，结果会通过站内信通知您。[[organisation|币安]]等平台的规则与本平台不同，请以本平台公告为准。",
        history=[
            (
                "客服主管<<per.s>>：先查一下这个用户的注册手机和护照是否一致。",
                "好的，系统里注册手机是 <<tel.a:cn_plain>>，护照 <<pass.a>>，与用户说的一致。",
            )
        ],
    ),
    T(
        "zh",
        "solar_grid_application",
        "这是一份分布式光伏并网申请表，帮我检查必填项是否齐全。",
        "分布式光伏发电项目并网申请表\n户主：<<per.a>>  身份证 <<cnid.a:x>>  出生日期 <<dob.a:cn>>\n"
        "安装地址：<<addr_cn.a:village>>\n装机容量 [[number|12.6]] kW  逆变器 [[product|华为 SUN2000-12KTL]]\n"
        "并网结算卡：<<card.a:unionpay>>（户名 <<per.a>>）\n联系电话 <<tel.a:cn_numerals>>",
        "必填项：户主 <<per.a>>、证件 <<cnid.a>>、地址 <<addr_cn.a:village>>、结算卡 <<card.a:plain>> 均已填写；"
        "电话写成了汉字“<<tel.a:cn_numerals>>”，请改写为 <<tel.a:cn_plain>>。",
        source="h12-国网/<<cnid.a>>",
        system="你是供电所客户经理<<per.w>>（工号 [[code_identifier|GD-0457]]，电话 <<tel.w:cn_land>>）的办公助手，回答简洁。",
    ),
    T(
        "zh",
        "solar_grid_application",
        "光伏运维平台的告警日志，帮我判断是哪台设备掉线。",
        "[[timestamp]] WARN inverter offline sn=[[code_identifier|INV_SN_7731]] mac=<<mac.a:colon_lower>> ip=<<ip.a:private>>\n"
        "[[timestamp]] INFO owner=<<per.o:pinyin_fl>> phone=<<tel.o:cn_intl>> site=<<addr_cn.o:road>>\n"
        "[[timestamp]] WARN 4G dongle mac=<<mac.b:dash>> rssi=-97",
        "掉线的是逆变器（MAC <<mac.a:colon>>，内网 <<ip.a>>），位于 <<addr_cn.o:road>>，业主 <<per.o>>（<<tel.o:cn_plain>>）；"
        "另一台 4G 模块 <<mac.b:colon>> 信号很弱，可能是同一原因。",
    ),
    T(
        "zh",
        "hospice_admission",
        "安宁疗护病房入院评估单，帮我写一段交班用的摘要。",
        "入院评估\n患者：<<per.p>>  性别 男  出生 <<dob.p:cn_numerals>>\n住院号：<<mrn.p:zy>>  医保卡 <<cnid.p>>\n"
        "诊断：胰腺癌晚期  疼痛评分 6\n主要照护者：儿子 <<per.s>>，电话 <<tel.s:cn_plain>>，住 <<addr_cn.s:comm>>\n"
        "宗教需求：无  [[common_word|镇痛泵]]已备  家属希望[[common_word|安宁]]离世",
        "交班：<<per.p>>（住院号 <<mrn.p>>，<<dob.p:iso>> 生）胰腺癌晚期，疼痛 6 分，镇痛泵已备。"
        "家属 <<per.s>> <<tel.s:cn_dash>>，夜间可联系。",
    ),
    T(
        "zh",
        "hospice_admission",
        "把家属<<per.d>>在微信里发来的资料整理成入院登记需要的几项。",
        "家属：我是<<per.b:title>>的女儿<<per.d>>，我爸叫<<per.b>>，身份证<<cnid.b:fw>>，"
        "之前在[[organisation|华西医院]]的病历号是<<mrn.b:digits>>。我微信<<wx.d@d>>，电话<<tel.d:cn_fw>>。",
        "入院登记：\n患者姓名：<<per.b>>\n身份证：<<cnid.b>>\n既往病历号：<<mrn.b>>\n联系人：<<per.d>>（女儿），电话 <<tel.d:cn_plain>>，微信 <<wx.d@d>>",
    ),
    T(
        "zh",
        "music_grade_exam_entry",
        "这是钢琴考级的报名表，帮我核对考生信息和曲目有没有写错。",
        "[[organisation|中央音乐学院]]海内外考级 报名表\n考生：<<per.k>>  拼音 <<per.k:pinyin_fl>>\n出生日期：<<dob.k:dot>>\n"
        "证件：<<cnid.k>>\n级别：钢琴 8 级  曲目：[[public_figure|肖邦]] 《升c小调圆舞曲》\n"
        "家长：<<per.m>>  手机 <<tel.m:cn_plain>>  邮箱 <<email.m:qq>>\n考生演奏视频：<<url.k:bilibili>>",
        "考生 <<per.k>>（<<per.k:pinyin_fl>>），<<dob.k:cn_pad>> 出生，证件 <<cnid.k>>，报考 8 级，曲目无误；"
        "家长 <<per.m>> 的邮箱 <<email.m:qq>> 可正常接收准考证；视频链接 <<url.k:bilibili>> 可作为预审材料。",
    ),
    T(
        "zh",
        "music_grade_exam_entry",
        "琴行老师发来的团报名单，帮我转成 Excel 能粘贴的制表符格式。",
        "1. <<per.a>> 小提琴 5级 <<dob.a:slash_iso>> 家长电话<<tel.a:cn_dash>>\n"
        "2. <<per.b>> 古筝 3级 <<dob.b:cn>> 家长电话<<tel.b:cn_space>>\n"
        "3. <<per.c>> 钢琴 10级 <<dob.c:iso>> 家长QQ <<qq.c>>\n汇款 [[money]] 已转",
        "序号\t姓名\t专业\t级别\t出生日期\t家长联系方式\n1\t<<per.a>>\t小提琴\t5\t<<dob.a:iso>>\t<<tel.a:cn_plain>>\n"
        "2\t<<per.b>>\t古筝\t3\t<<dob.b:iso>>\t<<tel.b:cn_plain>>\n3\t<<per.c>>\t钢琴\t10\t<<dob.c:iso>>\tQQ <<qq.c>>",
        annotators=["琴行-<<per.ANN:user>>"],
    ),
    T(
        "zh",
        "charity_gift_aid_declaration",
        "这是英国慈善机构的 Gift Aid 声明表（捐赠人是在英华人），帮我翻成中文给捐赠人核对。",
        "Gift Aid Declaration\nDonor: <<per.d:pinyin>>\nHome address: <<addr_uk.d:flat>>\nPostcode checked: yes\n"
        "Donation: [[money|£250.00]] via card <<card.d:mc>>\nEmail: <<email.d@d>>\nPhone: <<tel.d:uk_mobile>>",
        "Gift Aid 声明（请核对）：\n捐赠人：<<per.d>>（<<per.d:pinyin>>）\n住址：<<addr_uk.d:flat>>\n捐款 [[money|£250.00]]，扣款卡 <<card.d:spaced>>\n"
        "邮箱 <<email.d@d>>，电话 <<tel.d:uk_mobile>>",
    ),
    T(
        "zh",
        "charity_gift_aid_declaration",
        "帮我给这位月捐人写一封感谢信，信里要写清楚扣款账户以便他核对。",
        "月捐人 <<per.a>>，每月 [[money|100元]]，扣款账户（境外）IBAN <<iban.a:GB>>，"
        "另有国内卡 <<card.b:unionpay>>。邮寄地址 <<addr_cn.a:post>>，生日 <<dob.a:cn_pad>>（想在生日当天寄贺卡）",
        "亲爱的 <<per.a>>：\n感谢您每月 [[money|100元]] 的支持！本月款项已从账户 <<iban.a>> 扣除，国内卡 <<card.b:dashed>> 未扣款。"
        "生日贺卡将于 <<dob.a:cn>> 前寄到 <<addr_cn.a:post>>。\n[[organisation|壹基金]]志愿者团队",
    ),
    T(
        "zh",
        "vehicle_recall_notice",
        "根据这份召回通知的车主数据，帮我生成一条短信模板（变量用真实值填好）。",
        "召回编号 [[code_identifier|RCL-2024-0917]]  车型 [[product|途观L 2021款]]  VIN 尾号 [[number|4471]]\n"
        "车主：<<per.a>>  车牌：<<plate.a>>  手机：<<tel.a:cn_plain>>\n登记地址：<<addr_cn.a:tower>>\n"
        "驾驶证号：<<dl.a>>",
        "【召回通知】<<per.a>>您好，您名下车牌 <<plate.a>> 的 [[product|途观L 2021款]] 属于召回范围，"
        "请携带驾驶证（<<dl.a>>）到店免费检修。如有疑问请回电 <<tel.a:cn_dash>>。",
        source="h12-dms/<<plate.a>>",
    ),
    T(
        "zh",
        "vehicle_recall_notice",
        "4S 店的回访记录，帮我判断哪些车主已经预约了召回检修。",
        "回访人：<<per.r:spaced>>\n- <<plate.x>> 车主<<per.x>> 已约 [[timestamp]]，电话<<tel.x:cn_numerals>>\n"
        "- <<plate.y>> 车主<<per.y>> 未接通（<<tel.y:cn_land>>）\n- <<plate.z>> 车主<<per.z>> 说已卖车，新车主未知",
        "已预约：<<per.x>>（<<plate.x>>，<<tel.x:cn_plain>>）。未接通：<<per.y>>（<<plate.y>>）。"
        "<<per.z>> 的 <<plate.z>> 已转卖，需要车管所协查。回访人 <<per.r>>。",
    ),
    T(
        "zh",
        "nanny_background_check",
        "家政公司给的育儿嫂背景调查报告，帮我提炼成三条要点，方便我决定是否录用。",
        "背调报告 [[order_number]]\n候选人：<<per.n>>  身份证：<<cnid.n>>  出生：<<dob.n:cn>>\n"
        "户籍地：<<addr_cn.n:village>>\n健康证编号 [[code_identifier|JKZ-2023-00871]]\n"
        "前雇主：<<per.e>>（电话 <<tel.e:cn_space>>）评价：细心，会做辅食\n无犯罪记录证明：已核验",
        "1. <<per.n>>（<<dob.n:iso>> 生，证件 <<cnid.n>>）身份与户籍（<<addr_cn.n:village>>）一致；\n"
        "2. 前雇主 <<per.e>>（<<tel.e:cn_plain>>）评价正面；\n3. 健康证与无犯罪记录均已核验，可以考虑录用。",
        annotators=["背调-<<per.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "zh",
        "nanny_background_check",
        "我是雇主，想给阿姨办一张工资卡并给她买意外险，帮我列出需要她提供的信息并用她已经给我的资料填好。",
        "阿姨发我的：<<per.a>>，<<cnid.a:lower_x>>，手机<<tel.a:cn_plain>>，微信<<wx.a@a>>，"
        "老家<<addr_cn.a:short>>，护照<<pass.a:cn_ea>>（去年陪老人出国办的），驾驶证<<dl.a>>（接送孩子用）",
        "工资卡开户：姓名 <<per.a>>，身份证 <<cnid.a>>，手机 <<tel.a:cn_dash>>。\n"
        "意外险投保：被保人 <<per.a>>，证件 <<cnid.a>>，联系地址 <<addr_cn.a:short>>。\n"
        "护照 <<pass.a>> 暂时用不到；驾驶证 <<dl.a>> 要给车险加驾驶人；还需要她提供紧急联系人。",
    ),
    T(
        "zh",
        "boarding_pass_barcode",
        "这是登机牌条码（BCBP）扫出来的原始字符串，帮我解析每个字段。",
        "M1<<per.p:pinyin_fl>>        EABCDEF PEKSHACA 1831 312Y024C0045 100\n"
        "常旅客号 [[code_identifier|CA0098812345]]  证件 <<pass.p:cn_e>>",
        "- 姓名：<<per.p:pinyin_fl>>（即 <<per.p>>）\n- 订座记录：ABCDEF\n- 航段：北京首都 PEK → 上海虹桥 SHA，[[organisation|中国国际航空]] CA1831\n"
        "- 座位 024C，序号 0045\n- 旅客证件：<<pass.p>>",
        source="h12-bcbp/<<pass.p>>",
    ),
    T(
        "zh",
        "boarding_pass_barcode",
        "值机柜台的交接记录，帮我整理成一张特殊旅客清单。",
        "航班 [[code_identifier|MU5101]]  特殊旅客：\n轮椅：<<per.a>> 护照 <<pass.a:cn_g>> 同行 <<per.b>> 电话 <<tel.b:cn_intl>>\n"
        "（紧急情况拨 [[service_number|120]]）\n无陪儿童：<<per.c>>（<<dob.c:cn_pad>>）接机人 <<per.d>> 身份证 <<cnid.d>> 电话 <<tel.d:cn_dash>>",
        "| 类型 | 旅客 | 证件/生日 | 联系人 |\n|---|---|---|---|\n| 轮椅 | <<per.a>> | <<pass.a>> | <<per.b>> <<tel.b:cn_plain>> |\n"
        "| 无陪儿童 | <<per.c>> | <<dob.c:iso>> | <<per.d>>（<<cnid.d>>）<<tel.d:cn_plain>> |",
    ),
    T(
        "zh",
        "mortgage_escrow_statement",
        "这是美国房贷的年度 escrow 对账单，我是业主，帮我用中文解释为什么每月还款涨了。",
        "Annual Escrow Account Disclosure\nBorrower: <<per.b:pinyin>>  SSN (last 4 masked in letter; full on file) <<ssn.b>>\n"
        "Property: <<addr_us.b:full>>\nLoan # [[order_number]]  Shortage [[money|$1,284.00]]\nServicer: [[organisation|Wells Fargo]]  Tel [[service_number|311]]",
        "<<per.b>> 您好：您位于 <<addr_us.b:line>> 的房产今年房产税和保险上涨，托管账户出现 [[money|$1,284.00]] 缺口，"
        "所以月供上涨。对账单上带有您的 SSN <<ssn.b>>，请妥善保管。",
    ),
    T(
        "zh",
        "mortgage_escrow_statement",
        "帮我写一封给贷款服务商的英文邮件，要求把 escrow 缺口分 12 个月补，附上我的信息。",
        "我：<<per.a:pinyin>>，邮箱 <<email.a@a>>，美国电话 <<tel.a:us_dash>>，房子 <<addr_us.a:full_unit>>，"
        "SSN <<ssn.a:plain>>，还款账户 <<card.a:visa>>",
        "Dear Servicing Team,\nI am <<per.a:pinyin>>, owner of <<addr_us.a:full_unit>> (SSN <<ssn.a>>). Please spread the escrow shortage over 12 months. "
        "Payments continue from card <<card.a:dashed>>.\nReach me at <<email.a@a>> or <<tel.a:us_dash>>.\nThanks",
    ),
    T(
        "zh",
        "smart_lock_event_log",
        "智能门锁 App 导出的开门记录，帮我看看昨晚是谁开的门。",
        "[[timestamp]] 指纹 #2 <<per.a>> 开锁\n[[timestamp]] 临时密码 由 <<per.b>>（<<tel.b:cn_plain>>）生成，有效期 2 小时\n"
        "[[timestamp]] 网关 <<mac.g:cisco>> 上线 ip=<<ip.g>>\n[[timestamp]] 门未关提醒 推送到 <<wx.b@b>>",
        "昨晚先是 <<per.a>> 用指纹开门；随后有一次临时密码开锁，密码是 <<per.b>>（<<tel.b:cn_dash>>）生成的。"
        "网关 <<mac.g:colon>>（<<ip.g>>）期间在线。",
        history=[
            (
                "我家门锁绑了三个人：我、我老婆<<per.a>>、保姆<<per.c>>（<<tel.c:cn_space>>）。",
                "明白，我会按这三位用户来解读记录；保姆 <<per.c>> 的手机是 <<tel.c:cn_plain>>。",
            )
        ],
    ),
    T(
        "zh",
        "smart_lock_event_log",
        "门锁厂商售后工单，帮我写回复：用户要解绑旧手机。",
        "工单 [[order_number]] 产品 [[product|小米智能门锁 Pro]] 固件 [[version]]\n用户 <<per.u>>（备注：[[common_word|顾客]]很急）身份证后六位已验，全号 <<cnid.u>>\n"
        "旧手机 <<tel.o:cn_plain>> 新手机 <<tel.n:cn_0086>>\n安装地址 <<addr_cn.u:yuan>>\n设备 MAC <<mac.l:colon>>",
        "<<per.u>> 您好，已核验身份（<<cnid.u>>），旧手机 <<tel.o:cn_dash>> 已解绑，设备 <<mac.l:dash>>（<<addr_cn.u:yuan>>）现绑定到新手机 <<tel.n:cn_plain>>。",
        annotators=["售后-<<per.ANN:user>>"],
    ),
    T(
        "zh",
        "telecom_billing_dispute",
        "用户投诉话费多扣，帮我写一份给运营商的申诉材料。",
        "投诉人：<<per.a>>  号码：<<tel.a:cn_space>>  身份证：<<cnid.a>>\n"
        "问题：[[timestamp]] 被订阅了增值业务“[[product|视频彩铃 VIP]]”，每月扣 [[money|15元]]\n"
        "已拨打 [[service_number|10086]] 未解决；工信部申诉网站账号：<<email.a@a>>",
        "申诉材料\n申诉人 <<per.a>>（证件 <<cnid.a>>），手机号 <<tel.a:cn_plain>> 被未经同意开通增值业务，"
        "每月扣费 [[money|15元]]，请求退还并关闭。联系邮箱 <<email.a@a>>。",
        source="h12-申诉/<<tel.a:cn_plain>>",
    ),
    T(
        "zh",
        "telecom_billing_dispute",
        "把客服电话录音转写整理成工单摘要。",
        "坐席：您好请问机主姓名？\n客户：<<per.c:spaced>>，名字中间不空格，就是<<per.c>>。\n"
        "坐席：宽带地址？\n客户：<<addr_cn.c:road_bld>>，宽带账号就是手机<<tel.c:cn_numerals>>。\n"
        "坐席：光猫 MAC 是 <<mac.c:dash>> 对吧？\n客户：对，月底多扣了 [[money|30元]]。",
        "工单摘要：机主 <<per.c>>，宽带地址 <<addr_cn.c:road_bld>>，账号 <<tel.c:cn_plain>>，光猫 <<mac.c:colon>>；月底多扣费用，需核实退款。",
        history=[
            (
                "坐席<<per.a:user>>：这通电话的主叫号码是<<tel.c:cn_dash>>。",
                "收到，主叫 <<tel.c:cn_plain>> 与机主号码一致。",
            )
        ],
    ),
    T(
        "zh",
        "bike_share_damage_report",
        "共享单车定损单，帮我判断用户要不要赔钱，写一段说明。",
        "定损单 [[order_number]]\n车辆编号 [[code_identifier|HB8600-23741]]  车型 [[product|哈啰 6 代]]\n"
        "用户：<<per.u>>  手机 <<tel.u:cn_plain>>  实名驾驶证 <<dl.u>>  骑行终点 <<addr_cn.u:road>>\n现场照片由运维 <<per.w:spaced>> 上传\n损坏：车筐变形  报价 [[money|35元]]",
        "根据运维 <<per.w>> 的照片，车筐变形属于人为损坏可能性大，建议向用户 <<per.u>>（<<tel.u:cn_dash>>）收取 [[money|35元]]，"
        "并说明终点位置 <<addr_cn.u:road>> 的监控可供复核（实名信息 <<dl.u>> 已核对）。",
    ),
    T(
        "zh",
        "bike_share_damage_report",
        "用户在 App 里写的申诉，帮我回复。",
        "我叫<<per.u>>，我根本没骑那辆车！我的账号绑定的是<<tel.u:cn_fw>>，支付宝实名<<cnid.u:spaced>>，我已经在微博 <<url.u:weibo>> 发帖了，"
        "[[timestamp]] 我人在公司（<<addr_cn.w:tower>>），有打卡记录。扣的[[money]]请退回到我的银行卡<<card.u:unionpay>>。",
        "<<per.u>> 您好，我们已核对账号 <<tel.u:cn_plain>> 的骑行记录，该订单定位与您提供的公司地址 <<addr_cn.w:tower>> 不符，"
        "款项将原路退回（卡号 <<card.u:spaced>>），请留意到账；处理结果也会回复到您的微博 <<url.u:weibo>>。",
        annotators=["客服质检/<<per.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "zh",
        "mdm_device_enrollment",
        "MDM 设备注册回调的 JSON，帮我写一段 Python 把员工和设备对应起来。",
        '{"event": "enrolled", "device": {"serial": "[[code_identifier|F2LXK3Q9HG7F]]", "wifi_mac": "<<mac.a:colon_lower>>", '
        '"ip": "<<ip.a:private>>", "os": "iOS [[version]]"}, "user": {"name": "<<per.a>>", "email": "<<email.a@a>>", '
        '"phone": "<<tel.a:cn_intl2>>", "wechat": "<<wx.a@a>>"}}',
        "```python\nimport json\nrec = json.loads(payload)\nowner = rec['user']['name']  # <<per.a>>\n"
        "mac = rec['device']['wifi_mac']  # <<mac.a:colon_lower>>\nprint(f'{owner} -> {mac}')\n```\n输出：<<per.a>> -> <<mac.a:colon_lower>>",
    ),
    T(
        "zh",
        "mdm_device_enrollment",
        "IT 资产盘点表，帮我找出离职员工名下还没回收的设备。",
        "资产编号\t使用人\t工号\tMAC\t状态\n[[code_identifier|IT-NB-0391]]\t<<per.a>>\t[[number|20180457]]\t<<mac.a:dash>>\t在用\n"
        "[[code_identifier|IT-NB-0412]]\t<<per.b>>\t[[number|20190033]]\t<<mac.b:colon>>\t离职未还\n"
        "离职员工 <<per.b>> 手机 <<tel.b:cn_plain>>，个人邮箱 <<email.b:qq>>",
        "未回收：<<per.b>> 名下笔记本（MAC <<mac.b:dash>>），可通过 <<tel.b:cn_dash>> 或 <<email.b:qq>> 联系归还。<<per.a>> 的设备正常在用。",
    ),
    T(
        "zh",
        "radius_accounting_log",
        "校园网 RADIUS 计费日志，帮我统计每个账号的在线时长。",
        "Acct-Status-Type=Stop User-Name=<<per.a:user>> Calling-Station-Id=<<mac.a:dash>> Framed-IP-Address=<<ip.a:private>> "
        "Acct-Session-Time=5421\nAcct-Status-Type=Stop User-Name=<<per.b:user>> Calling-Station-Id=<<mac.b:dash>> "
        "Framed-IPv6-Prefix=<<ip.b:v6>> Acct-Session-Time=1880\nNAS=[[product|H3C S5560]]",
        "| 账号 | 终端 MAC | 地址 | 时长 |\n|---|---|---|---|\n| <<per.a:user>> | <<mac.a:colon>> | <<ip.a>> | 1 小时 30 分 |\n"
        "| <<per.b:user>> | <<mac.b:colon>> | <<ip.b>> | 31 分 |",
        source="h12-radius/<<ip.a>>",
    ),
    T(
        "zh",
        "radius_accounting_log",
        "网络中心收到投诉说某个 IP 在刷流量，帮我从计费记录里找出使用者并写通报。",
        "投诉 IP <<ip.x>>\n计费记录：[[timestamp]] Start user=<<per.x:user>> mac=<<mac.x:colon_lower>> ip=<<ip.x>>\n"
        "用户档案：<<per.x>>，学号 [[number|2021110437]]，宿舍 <<addr_cn.x:comm>>，手机 <<tel.x:cn_plain>>，QQ <<qq.x>>，B站空间 <<url.x:bilibili>>",
        "通报：IP <<ip.x>> 在投诉时段由账号 <<per.x:user>>（<<per.x>>，终端 <<mac.x:colon>>）使用，"
        "请辅导员联系该生（<<tel.x:cn_dash>> / QQ <<qq.x>>；其 B 站 <<url.x:bilibili>> 有相关下载视频）。",
    ),
    T(
        "zh",
        "scim_provisioning_payload",
        "这是 SCIM 2.0 的用户创建请求，帮我检查字段是否符合规范。",
        'POST /scim/v2/Users\n{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "<<per.a:user>>", '
        '"name": {"familyName": "<<per.a:family>>", "formatted": "<<per.a>>"}, "emails": [{"value": "<<email.a@a>>", "primary": true}], '
        '"phoneNumbers": [{"value": "<<tel.a:cn_intl>>", "type": "work"}], "profileUrl": "<<url.a:github@a>>", "addresses": [{"streetAddress": "<<addr_cn.a:tower>>"}]}',
        "基本符合规范：userName=<<per.a:user>>，formatted 为 <<per.a>>，主邮箱 <<email.a@a>>，profileUrl <<url.a:github@a>> 格式正确；"
        "phoneNumbers 建议用 E.164 格式，即 <<tel.a:cn_intl2>>；addresses 还缺 locality 和 postalCode。",
    ),
    T(
        "zh",
        "scim_provisioning_payload",
        "IdP 同步失败的报错，帮我分析原因。",
        "[[timestamp]] ERROR scim sync failed for <<email.b@b>>: 409 uniqueness\n"
        "  existing: id=[[code_identifier|2819c223-7f76-453a]] userName=<<per.b:user>> displayName=<<per.b>>\n"
        "  incoming: userName=<<per.c:user>> displayName=<<per.c>> emails=<<email.b@b>>\n"
        "  client_ip=<<ip.s>> agent=[[product|Okta Provisioning]]",
        "409 冲突：新用户 <<per.c>>（<<per.c:user>>）使用的邮箱 <<email.b@b>> 已被现有用户 <<per.b>> 占用。"
        "请在 IdP 中更正邮箱后重试（来源 IP <<ip.s>>）。",
        annotators=["it-<<per.ANN:user>>"],
    ),
    T(
        "zh",
        "airflow_task_log",
        "Airflow 任务失败了，日志如下，帮我看看是哪条数据出的问题。",
        "[[timestamp]] {taskinstance.py:1937} ERROR - Task failed with exception\n"
        "ValueError: bad row in customers.csv line 418: ('<<per.a>>', '<<cnid.a>>', '<<tel.a:cn_plain>>', '<<addr_cn.a:road>>')\n"
        "[[timestamp]] INFO - Marking task as FAILED. dag_id=[[code_identifier|crm_daily_sync]], run_id=scheduled__[[timestamp]]",
        "第 418 行（客户 <<per.a>>）的问题在于字段顺序：身份证 <<cnid.a>> 和手机 <<tel.a:cn_plain>> 被识别为同一列类型。"
        "建议在 [[code_identifier|crm_daily_sync]] 里先做 schema 校验。",
    ),
    T(
        "zh",
        "airflow_task_log",
        "下面是 Airflow 的 XCom 内容，帮我写一个脱敏前的字段清单（只列字段名和示例值）。",
        "xcom key=return_value dag=[[code_identifier|kyc_ingest]] task=parse\n"
        "{'姓名': '<<per.k>>', '护照': '<<pass.k>>', '出生': '<<dob.k:iso>>', '银行卡': '<<card.k>>', "
        "'登录IP': '<<ip.k>>', '微信': '<<wx.k>>', 'QQ': '<<qq.k>>', 'W9_SSN': '<<ssn.k>>'}",
        "字段清单：\n- 姓名：<<per.k>>\n- 护照：<<pass.k>>\n- 出生：<<dob.k:iso>>\n- 银行卡：<<card.k>>\n- 登录IP <<ip.k>>\n- 微信：<<wx.k>>\n- QQ：<<qq.k>>\n- W9_SSN：<<ssn.k:plain>>",
        source="h12-airflow/<<per.k:user>>",
    ),
    T(
        "zh",
        "helm_values_file",
        "这个 Helm values.yaml 是同事提交的，帮我指出哪些内容不该进仓库。",
        "image:\n  repository: [[code_identifier|registry.internal/ops/alertmanager]]\n  tag: [[version]]\n"
        'alertmanager:\n  receivers:\n    - name: oncall\n      email: <<email.a@a>>\n      phone: "<<tel.a:cn_plain>>"\n'
        "  # owner: <<per.a>> 微信 <<wx.a@a>>\nnodeSelector:\n  node-ip: <<ip.n>>",
        "不该进仓库的：值班人 <<per.a>> 的邮箱 <<email.a@a>>、电话 <<tel.a:cn_plain>>、微信 <<wx.a@a>>，以及节点 IP <<ip.n>>；"
        "请改用 Secret 或外部配置。",
    ),
    T(
        "zh",
        "helm_values_file",
        "帮我把这段 values 覆盖文件改成用 existingSecret 的写法。",
        'smtp:\n  user: <<email.s@s>>\n  from_name: <<per.s>>\nsms:\n  notify: ["<<tel.s:cn_intl2>>", "<<tel.t:cn_intl2>>"]\n'
        "backup:\n  s3_owner: <<per.t:pinyin>>\nresources.limits.cpu: [[number|500m]]",
        "```yaml\nsmtp:\n  existingSecret: smtp-cred   # 原来写死了 <<email.s@s>>\nsms:\n  existingSecret: sms-notify  # 原号码 <<tel.s:cn_intl2>>、<<tel.t:cn_intl2>>\n"
        "resources.limits.cpu: [[number|500m]]\n```\n<<per.s>> 和 <<per.t>> 的信息请移到 Secret。",
    ),
    T(
        "zh",
        "estate_inventory",
        "这是遗产清单草稿，帮我按不动产、存款、其他分类整理。",
        "被继承人：<<per.d>>（身份证 <<cnid.d:old15>>，生于 <<dob.d:cn>>）\n1. 房产：<<addr_cn.d:road_bld>>\n"
        "2. 银行卡 <<card.d:unionpay>> 余额 [[money]]\n3. 境外账户 IBAN <<iban.d>>\n4. 车辆 <<plate.d>>\n"
        "继承人：长子 <<per.s>>（<<tel.s:cn_plain>>），次女 <<per.g>>（美国，SSN <<ssn.g>>）",
        "不动产：<<addr_cn.d:road_bld>>\n存款：卡 <<card.d:plain>>；境外 <<iban.d>>\n其他：车辆 <<plate.d>>\n"
        "被继承人 <<per.d>>（<<cnid.d>>）；继承人 <<per.s>>、<<per.g>>（SSN <<ssn.g:plain>>）。",
    ),
    T(
        "zh",
        "estate_inventory",
        "律师助理在群里发的消息，帮我整理出遗产分割会议需要通知的人和联系方式。",
        "[[timestamp]] 助理：会议定在周五，需要通知：<<per.a>>（<<tel.a:cn_dash>>）、<<per.b>>（QQ <<qq.b>>）、"
        "在德国的<<per.c>>（<<tel.c:cn_intl>>，邮箱<<email.c@c>>），还有公证员[[public_figure|张明远律师]]。"
        "<<per.c>> 的德国账户 <<iban.c:DE>> 用于接收份额。",
        "需通知：\n1. <<per.a>>：<<tel.a:cn_plain>>\n2. <<per.b>>：QQ <<qq.b>>\n3. <<per.c>>：<<tel.c:cn_intl>>，<<email.c@c>>（份额打入 <<iban.c>>）",
        system="你在协助<<per.l>>律师（执业证号 [[code_identifier|13101201510234567]]，邮箱 <<email.l@l>>）处理家事案件。",
    ),
    T(
        "zh",
        "affidavit_of_support",
        "这是美国 I-864 经济担保书的草稿，担保人是我舅舅，帮我用中文解释每一栏。",
        "Part 4. Sponsor: <<per.s:pinyin>>\nMailing address: <<addr_us.s:full>>\nDate of birth: <<dob.s:us_pad>>\n"
        "U.S. Social Security Number: <<ssn.s>>\nDaytime phone: <<tel.s:us_paren>>  Email: <<email.s@s>>\nPrincipal immigrant: <<per.p:pinyin>> Passport <<pass.p:cn_e>>",
        "Part 4 担保人：<<per.s>>（<<per.s:pinyin>>），地址 <<addr_us.s:full>>，生日 <<dob.s:iso>>，社安号 <<ssn.s>>，"
        "电话 <<tel.s:us_paren>>，邮箱 <<email.s@s>>；被担保移民：<<per.p>>，护照 <<pass.p>>。",
    ),
    T(
        "zh",
        "affidavit_of_support",
        "移民律所的客户问卷回收了，帮我把担保人和被担保人信息填进表格。",
        "担保人姓名：<<per.a>>（英文 <<per.a:pinyin_fl>>）\n社安号：<<ssn.a:space>>\n美国住址：<<addr_us.a:numbered>>\n"
        "被担保人：<<per.b>>，护照 <<pass.b:cn_ea>>，国内住址 <<addr_cn.b:num_cn>>，手机 <<tel.b:cn_plain>>",
        "| 角色 | 姓名 | 证件 | 地址 |\n|---|---|---|---|\n| 担保人 | <<per.a>> | SSN <<ssn.a>> | <<addr_us.a:numbered>> |\n"
        "| 被担保人 | <<per.b>> | <<pass.b>> | <<addr_cn.b:num_cn>> |",
        annotators=["移民律所/<<per.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "zh",
        "school_bus_roster",
        "我是校车司机<<per.d>>，车牌<<plate.bus>>，这是乘车名单，帮我按站点排好，生成司机用的点名表。",
        "车牌 <<plate.bus>> 司机 <<per.d>>（驾驶证 <<dl.d>>）随车老师 <<per.t>> <<tel.t:cn_plain>>\n"
        "站点A：<<per.k1>>（家长 <<tel.k1:cn_space>>）\n站点B：<<per.k2>>（家长 <<tel.k2:cn_dash>>），<<per.k3>>（家长 <<wx.k3>>）",
        "校车 <<plate.bus>> 点名表（司机 <<per.d>>）\n站点A：□ <<per.k1>>\n站点B：□ <<per.k2>> □ <<per.k3>>\n"
        "随车老师 <<per.t>>：<<tel.t:cn_dash>>",
    ),
    T(
        "zh",
        "school_bus_roster",
        "家长群里有人问孩子今天是否上了校车，帮我根据刷卡记录回复。",
        "刷卡记录 [[timestamp]] 卡号 [[code_identifier|XC-0317]] 学生 <<per.k>> 上车 车辆 <<plate.b>> 定位 <<addr_cn.s:road>>\n"
        "家长：<<per.m:title>>（<<per.m>>），电话 <<tel.m:cn_plain>>",
        "<<per.m>> 您好，<<per.k>> 今天在 <<addr_cn.s:road>> 站刷卡上了校车 <<plate.b>>，请放心。我们登记的家长电话是 <<tel.m:cn_dash>>，如有变动请告诉班主任。",
    ),
    T(
        "zh",
        "dialysis_session_log",
        "血透室的治疗记录单，帮我生成本周透析小结（[[common_word|周末]]不透析）。",
        "血液透析记录  患者 <<per.p>>  住院号 <<mrn.p:zy>>  身份证 <<cnid.p>>\n周一 干体重 58.5kg  超滤 2.8L  透析器 [[product|FX80]]\n"
        "周四 干体重 58.2kg  超滤 3.1L  低血压一次\n责任护士 <<per.n:spaced>>  医生 <<per.m>>",
        "<<per.p>>（住院号 <<mrn.p>>）本周完成两次透析，超滤 2.8L、3.1L，周四出现一次低血压，"
        "责任护士 <<per.n>> 已处理，需 <<per.m>> 医生评估干体重。",
    ),
    T(
        "zh",
        "dialysis_session_log",
        "患者要转到外地血透中心，帮我写一份转诊联系函。",
        "患者：<<per.a>>，<<dob.a:cn_pad>> 生，门诊号 <<mrn.a:mz>>，医保号 <<cnid.a:x>>\n透析通路：左前臂内瘘\n"
        "转入地：<<addr_cn.h:post>>\n家属：<<per.b>>，电话 <<tel.b:cn_fw>>，邮箱 <<email.b@b>>",
        "联系函\n兹有我科患者 <<per.a>>（<<dob.a:cn>> 生，门诊号 <<mrn.a>>，医保号 <<cnid.a>>），"
        "因家庭原因需转至 <<addr_cn.h:post>> 附近透析中心，家属 <<per.b>>（<<tel.b:cn_plain>>，<<email.b@b>>）。",
        source="h12-his/<<mrn.a>>",
        history=[
            (
                "<<per.b>>：我爸<<per.a>>下个月要搬去我那边住，能转过去透析吗？",
                "可以，我们会写联系函；请确认您的电话 <<tel.b:cn_plain>> 和转入地址。",
            )
        ],
    ),
    T(
        "zh",
        "dental_lab_work_order",
        "义齿加工厂的加工单，帮我整理成发给技师的要点。",
        "加工单 [[order_number]]  诊所：[[organisation|瑞尔齿科]]\n患者：<<per.p>>  病历号 <<mrn.p:digits>>  出生 <<dob.p:slash_iso>>\n"
        "修复体：全瓷冠 #16  比色 A2  材料 [[product|爱尔创氧化锆]]\n医生：<<per.d:title>>（<<per.d>>）电话 <<tel.d:cn_land>>",
        "技师要点：患者 <<per.p>>（病历号 <<mrn.p>>），16 号牙全瓷冠，比色 A2；有疑问联系 <<per.d>> 医生 <<tel.d:cn_land>>。",
    ),
    T(
        "zh",
        "dental_lab_work_order",
        "把这批牙模快递的收发信息整理一下，并检查病历号有没有对错人。",
        "寄件：<<per.s>> <<tel.s:cn_plain>> <<addr_cn.s:road>>\n运单 [[tracking_number.w]]\n"
        "1) <<per.a>> 病历号 <<mrn.a:dash>>\n2) <<per.b>> 病历号 <<mrn.b:dash>>\n收件：技工所 <<per.r>> <<tel.r:cn_dash>>",
        "运单 [[tracking_number.w]]：<<per.s>> 寄给 <<per.r>>；牙模 1 属于 <<per.a>>（<<mrn.a>>），牙模 2 属于 <<per.b>>（<<mrn.b>>），对应无误。",
    ),
    T(
        "zh",
        "vehicle_impound_release",
        "交警停车场的车辆放行单，帮我核对提车人资料是否齐全。",
        "违停拖移车辆放行单\n车牌：<<plate.v>>  拖移时间 [[timestamp]]  停车费 [[money]]\n提车人：<<per.o>>  身份证 <<cnid.o>>  驾驶证 <<dl.o>>\n"
        "行驶证所有人：<<per.w>>（委托书已附）  电话 <<tel.o:cn_space>>",
        "提车人 <<per.o>>（身份证 <<cnid.o>>、驾驶证 <<dl.o>>）资料齐全；车辆 <<plate.v>> 所有人为 <<per.w>>，已附委托书，可放行。",
    ),
    T(
        "zh",
        "vehicle_impound_release",
        "车主<<per.c>>（<<tel.c:cn_dash>>）打电话问车被拖到哪儿了，帮我把这段对话整理成记录。",
        "车主：我车牌是<<plate.c>>，今天早上在<<addr_cn.c:road>>门口不见了。\n民警：请报一下姓名和身份证。\n"
        "车主：<<per.c>>，<<cnid.c:spaced>>。\n民警：车在[[public_place|城西停车场]]，带驾驶证<<dl.c>>来取，电话[[service_number|12345]]可查。",
        "来电记录：车主 <<per.c>>（<<cnid.c>>）反映 <<plate.c>> 在 <<addr_cn.c:road>> 被拖移，已告知到城西停车场凭驾驶证 <<dl.c>> 提车。",
    ),
    T(
        "zh",
        "phone_repair_ticket",
        "手机维修店的接修单，帮我生成一条取机通知短信。",
        "接修单 [[order_number.o]]  机型 [[product|iPhone 14 Pro]]  IMEI [[number|356789104512337]]\n"
        "故障：换屏  报价 [[money|1299元]]  寄修单号 [[tracking_number]]\n客户：<<per.c>>  手机 <<tel.c:cn_plain>>  备用 <<tel.b:cn_land>>\n"
        "Wi-Fi MAC <<mac.w:colon>>  开机密码客户已告知",
        "【维修通知】<<per.c>>您好，您的 [[product|iPhone 14 Pro]]（单号 [[order_number.o]]）已换屏完成，费用 [[money|1299元]]，"
        "请凭 <<tel.c:cn_dash>> 来店取机。",
        system="你是[[organisation|极速快修]]门店助手，店长<<per.m>>，门店电话<<tel.m:cn_dash>>，短信落款用店长名字。",
    ),
    T(
        "zh",
        "phone_repair_ticket",
        "数据恢复工单里有客户聊天记录截图的 OCR，帮我确认恢复出来的联系人是不是客户要的。",
        "客户 <<per.a>>（QQ <<qq.a>>）要求恢复通讯录：\n恢复结果：\n<<per.x>> <<tel.x:cn_plain>>\n<<per.y>> <<tel.y:cn_intl>>\n"
        "<<per.z>> 微信 <<wx.z@z>>\n客户确认：要的就是 <<per.x>> 和 <<per.y>>",
        "恢复成功：<<per.x>>（<<tel.x:cn_dash>>）、<<per.y>>（<<tel.y:cn_plain>>）是客户 <<per.a>> 需要的；<<per.z>> 可一并交付。",
        annotators=["数据恢复-<<per.ANN:user>>"],
    ),
    T(
        "zh",
        "escape_room_waiver",
        "密室逃脱的免责声明签署页，帮我整理成到店核验名单。",
        "主题：《[[product|古宅惊魂]]》（[[public_figure|孙悟空]]彩蛋）  场次 [[timestamp]]\n签署人 1：<<per.a>>  <<cnid.a>>  <<tel.a:cn_plain>>\n"
        "签署人 2：<<per.b>>  护照 <<pass.b:cn_g>>（港澳来）\n签署人 3：<<per.c:pinyin_fl>>  外籍 Passport <<pass.c:us_new>>\n未成年监护人：<<per.a>>",
        "核验名单：\n1. <<per.a>>（身份证 <<cnid.a>>，<<tel.a:cn_dash>>，兼监护人）\n2. <<per.b>>（<<pass.b>>）\n3. <<per.c:pinyin_fl>>（<<pass.c>>）",
    ),
    T(
        "zh",
        "escape_room_waiver",
        "顾客在点评上留言说受伤了，店长让我先私信回复，附上保险报案需要的信息。",
        "顾客昵称：<<per.g:user>>\n订单 [[order_number]]  签约人 <<per.g>>  出生 <<dob.g:cn>>\n身份证 <<cnid.g:lower_x>>  电话 <<tel.g:cn_numerals>>\n"
        "小红书主页 <<url.g:xiaohongshu>>",
        "<<per.g>> 您好，非常抱歉您在游戏中受伤。我们已为您向保险公司报案，需要确认：姓名 <<per.g>>、身份证 <<cnid.g>>、"
        "出生日期 <<dob.g:iso>>、联系电话 <<tel.g:cn_plain>>。",
    ),
    T(
        "zh",
        "freelance_timesheet",
        "自由译者的工时表，帮我生成给客户的月度账单。",
        "译者：<<per.t>>  邮箱 <<email.t@t>>  领英 <<url.t:linkedin@t>>  收款：<<iban.t:NL>>（Wise 欧元账户）\n"
        "03-04  稿件 [[code_identifier|PRJ-77]]  4.5h\n03-11  稿件 [[code_identifier|PRJ-81]]  6h\n单价 [[money|$45.00]]/h\n客户对接人：<<per_en.c>>",
        "Invoice\n译者：<<per.t>>（<<email.t@t>>，<<url.t:linkedin@t>>）\n合计 10.5 小时 × [[money|$45.00]]\n请汇款至 <<iban.t>>。\n致：<<per_en.c>>",
    ),
    T(
        "zh",
        "freelance_timesheet",
        "设计师的工时记录在备忘录里，帮我整理成表格，并把个人信息放在页眉。",
        "我是<<per.d>>，主页<<url.d:zhihu>>，微信<<wx.d@d>>，身份证<<cnid.d>>，结算卡<<card.d:unionpay>>\n"
        "周一 LOGO 3h\n周三 海报 5h\n周五 改稿 2h（[[organisation|字节跳动]]项目）\n海外客户付款账户：<<iban.d:DE>>",
        "页眉：<<per.d>> | <<url.d:zhihu>> | 微信 <<wx.d@d>> | 结算卡 <<card.d:spaced>> | 境外收款 <<iban.d>>\n| 日期 | 内容 | 工时 |\n|---|---|---|\n"
        "| 周一 | LOGO | 3 |\n| 周三 | 海报 | 5 |\n| 周五 | 改稿 | 2 |",
    ),
    T(
        "zh",
        "wireless_site_survey",
        "无线勘测报告的附录，帮我找出信号差的 AP 并给出建议。",
        "AP 名称\tBSSID\t管理 IP\t信号\n[[code_identifier|AP-3F-East]]\t<<mac.a:colon_lower>>\t<<ip.a:private>>\t-58\n"
        "[[code_identifier|AP-3F-West]]\t<<mac.b:colon_lower>>\t<<ip.b:private>>\t-81\n勘测工程师 <<per.e>>  <<tel.e:cn_plain>>  客户地址 <<addr_cn.c:tower>>",
        "信号差：AP-3F-West（BSSID <<mac.b:dash>>，管理 IP <<ip.b>>），-81 dBm，建议加装一台或调高功率。"
        "如需复测请联系 <<per.e>>（<<tel.e:cn_dash>>）。",
    ),
    T(
        "zh",
        "wireless_site_survey",
        "现场勘测时拍的工单照片 OCR，帮我整理成结构化信息。",
        "勘测工单 [[order_number]]\n客户联系人：<<per.c>>  手机：<<tel.c:cn_fw>>\n地址：<<addr_cn.c:comm>>\n"
        "现网出口 IP <<ip.w>>  路由器 [[product|TP-LINK AX3000]] MAC <<mac.r:cisco>>\n勘测员：<<per.s>> QQ <<qq.s>>",
        "客户：<<per.c>>，<<tel.c:cn_plain>>，<<addr_cn.c:comm>>\n出口 IP <<ip.w>>\n路由器 MAC <<mac.r:colon>>\n勘测员：<<per.s>>（QQ <<qq.s>>）",
        source="h12-工单/<<tel.c:cn_plain>>",
    ),
    # ------------------------------------------------------------------ en
    T(
        "en",
        "home_bp_diary",
        "My dad keeps a blood pressure notebook; turn these entries into a short note for his GP and flag anything above 140/90.",
        "BP log - <<per.a>> (DOB <<dob.a:us>>, chart <<mrn.a:mrn>>)\nMon am 148/92 pulse 80\nMon pm 134/85 pulse 72\n"
        "Tue am 151/95 pulse 77 - felt dizzy after [[common_word|Apple pie]]\nmeds: [[product|Lisinopril]] 10 mg\ncuff: [[product|Omron Platinum]]",
        "Dear Doctor,\nReadings for <<per.a>> (DOB <<dob.a:long>>, MRN <<mrn.a>>): Monday and Tuesday mornings were above 140/90 "
        "(148/92 and 151/95, the latter with dizziness). Evening readings were within range.",
    ),
    T(
        "en",
        "home_bp_diary",
        "The home monitor synced to the cloud; explain what each field in this export means.",
        '{"owner": "<<per.o:lower_full>>", "dob": "<<dob.o:iso>>", "device": {"model": "[[product|Withings BPM Connect]]", '
        '"mac": "<<mac.d:colon>>", "fw": "[[version]]"}, "last_ip": "<<ip.d>>", "share_with": "<<email.c@c>>"}',
        "owner - the account holder, <<per.o>>; dob - birth date (<<dob.o:long>>); device.mac - the cuff's hardware address "
        "<<mac.d:colon>>; last_ip - where it last synced (<<ip.d>>); share_with - readings are shared with <<email.c@c>> (<<per.c>>).",
        annotators=["clin-<<per.ANN:user>>"],
    ),
    T(
        "en",
        "storage_unit_lease",
        "Pull the tenant details out of <<per.t>>'s self-storage rental agreement as YAML.",
        "[[organisation|Public Storage]] - Rental Agreement\nUnit 4C-212 (10x10)  Rent [[money|$189.00]]/mo\n"
        "Occupant: <<per.t>>\nAddress: <<addr_us.t:full>>\nPhone: <<tel.t:us_dot>>  Email: <<email.t@t>>\n"
        "ID presented: DL <<dl.t:ca>>\nAlternate contact: <<per.a>> <<tel.a:us_paren>>\nAutopay card: <<card.t:amex>>",
        "tenant:\n  name: <<per.t>>\n  address: <<addr_us.t:full>>\n  phone: <<tel.t:us_dash>>\n  email: <<email.t@t>>\n"
        "  licence: <<dl.t>>\n  card: <<card.t:plain>>\nalternate: <<per.a>>",
    ),
    T(
        "en",
        "storage_unit_lease",
        "Write the lien sale notice for this delinquent unit using the tenant's details.",
        "Unit 2A-019  balance [[money]]  days overdue: 74\nTenant: <<per.t:last_first>>\nLast known address: <<addr_uk.t:line>>\nDirect Debit mandate on <<iban.t:GB>> (returned unpaid)\n"
        "Mobile <<tel.t:uk_mobile>>  vehicle stored: <<plate.v:uk>>",
        "NOTICE OF LIEN SALE\nTo <<per.t>>, <<addr_uk.t:line>>: the contents of unit 2A-019, including vehicle <<plate.v>>, "
        "will be sold unless the balance is paid within 14 days (the Direct Debit from <<iban.t>> failed). Call us or text <<tel.t:uk_intl>>.",
    ),
    T(
        "en",
        "wedding_vendor_contract",
        "Summarise the key obligations in this wedding photographer contract for the couple.",
        "PHOTOGRAPHY AGREEMENT\nClients: <<per.a>> & <<per.b>>\nBilling address: <<addr_us.a:full_unit>>\nEvent date: [[timestamp]]\n"
        "Retainer [[money|$1,500.00]] paid by card <<card.a:visa>>\nPhotographer: <<per.p>>, instagram <<url.p:instagram>>",
        "<<per.a>> and <<per.b>> have paid the [[money|$1,500.00]] retainer (card ending in the last four of <<card.a:spaced>>); "
        "<<per.p>> delivers edited photos within eight weeks and may post samples to <<url.p:instagram>> unless the couple opts out.",
    ),
    T(
        "en",
        "wedding_vendor_contract",
        "The caterer's booking form has the couple's info in two places; check they match.",
        "Page 1 - Contact: <<per.g:upper>>, <<tel.g:us_plain>>, <<email.g@g>>\nPage 4 - Signature block: <<per.g>>  "
        "tel <<tel.g:us_intl>>\nVenue: [[public_place|Central Park Boathouse]]  Guests: [[number|120]]\nDeposit ref [[order_number]]",
        "They match: page 1 lists <<per.g:upper>> at <<tel.g:us_plain>> and page 4 lists <<per.g>> at <<tel.g:us_intl>>, the same number in "
        "two formats. E-mail <<email.g@g>> appears once.",
        source="h12-catering/<<email.g@g>>",
    ),
    T(
        "en",
        "crypto_exchange_withdrawal",
        "Compliance flagged a withdrawal by <<per.c>> (IBAN <<iban.c>>); write a short case summary.",
        "Case [[order_number]] - fiat withdrawal EUR 18,400\nCustomer: <<per.c>>  DOB <<dob.c:eu>>\nPassport: <<pass.c:uk>>\n"
        "Destination IBAN: <<iban.c>>\nLogin IPs: <<ip.a>>, <<ip.b:v6>>\n2FA phone: <<tel.c:uk_intl>>",
        "<<per.c>> (born <<dob.c:long_eu>>, passport <<pass.c>>) requested EUR 18,400 to <<iban.c>>. Logins came from <<ip.a>> and <<ip.b>>, "
        "the second new to the account. Recommend a call-back to <<tel.c:uk_intl>>.",
        annotators=["aml-<<per.ANN:user>>", "audit12:<<email.ANN>>"],
    ),
    T(
        "en",
        "crypto_exchange_withdrawal",
        "Reply to this support chat about a delayed withdrawal without promising a date.",
        "[[timestamp]] user <<per.u:user>>: been 5 days!! my acct email is <<email.u@u>>\n"
        "[[timestamp]] user <<per.u:user>>: SSN I gave for the tax form was <<ssn.u>>, is that the holdup?\n"
        "[[timestamp]] agent: checking",
        "Hi <<per.u>>, thanks for your patience. Your withdrawal is in a manual review; the tax details on file (SSN <<ssn.u>>) are fine. "
        "We'll e-mail <<email.u@u>> as soon as it clears.",
        history=[
            (
                "Team lead <<per.l>>: check whether <<per.u:user>> passed KYC.",
                "KYC passed; the SSN <<ssn.u:dash>> matched the tax record.",
            )
        ],
    ),
    T(
        "en",
        "solar_grid_application",
        "Check this utility interconnection application for a rooftop solar system and list anything missing.",
        "Interconnection Application - Level 1\nCustomer of record: <<per.c>>\nService address: <<addr_us.c:line>>\nMailing: <<addr_us.c:pobox>>\n"
        "Phone <<tel.c:us_dash>>  Email <<email.c@c>>\nInverter: [[product|Enphase IQ8+]] x 22, [[number|8.36]] kW AC\nInstaller: [[organisation|Sunrun]]",
        "Present: customer <<per.c>>, service address <<addr_us.c:line>>, contact <<tel.c:us_dash>> / <<email.c@c>>, inverter details. "
        "Missing: utility account number and a one-line diagram.",
    ),
    T(
        "en",
        "solar_grid_application",
        "Our monitoring portal shows a site offline; read these gateway logs and tell me what happened.",
        "[[timestamp]] gw=<<mac.g:colon_lower>> wan=<<ip.g>> state=DOWN\n[[timestamp]] gw=<<mac.g:colon_lower>> lte_fallback=fail\n"
        "site owner=<<per.o:last_first>> tel=<<tel.o:us_plain>> addr=<<addr_us.o:line_unit>>",
        "Gateway <<mac.g:dash>> lost its WAN link (<<ip.g>>) and the LTE fallback failed. Call <<per.o>> at <<tel.o:us_paren>> "
        "to check the router at <<addr_us.o:line_unit>>.",
    ),
    T(
        "en",
        "hospice_admission",
        "Draft the nursing handover note from this hospice admission form.",
        "Admission - Patient: <<per.p>>  DOB <<dob.p:short_month>>  MRN <<mrn.p:alpha>>\nDx: end-stage COPD\n"
        "Primary caregiver: next of kin <<per.d>>, cell <<tel.d:us_paren>>, lives at <<addr_us.d:full>>\nDNR on file. Chaplain requested.",
        "Handover: <<per.p>> (MRN <<mrn.p>>, DOB <<dob.p:us_pad>>), end-stage COPD, DNR on file, chaplain requested. "
        "<<per.d>> (next of kin) is primary caregiver; reach them on <<tel.d:us_dash>>.",
    ),
    T(
        "en",
        "hospice_admission",
        "The family e-mailed the patient's details; fill in the admission fields.",
        "Hi, this is <<per.f>>. My mother is <<per.m>>, born <<dob.m:long>>, Social Security <<ssn.m>>, Medicare card on file. "
        "Her NHS number from when she lived in England is irrelevant. Her previous hospital chart was <<mrn.m:digits>>. "
        "Best reach me at <<tel.f:uk_mobile>> or <<email.f@f>>.",
        "Patient name: <<per.m>>\nDOB: <<dob.m:us>>\nSSN: <<ssn.m>>\nPrior MRN: <<mrn.m>>\nNext of kin: <<per.f>>, <<tel.f:uk_mobile>>, <<email.f@f>>",
    ),
    T(
        "en",
        "music_grade_exam_entry",
        "Fill in the exam entry confirmation from this piano teacher's e-mail.",
        "Hi, please enter <<per.s>> (DOB <<dob.s:eu>>) for [[organisation|ABRSM]] Grade 6 Piano. Parent: <<per.p>>, "
        "<<addr_uk.p:flat>>, phone <<tel.p:uk_land>>. Fee [[money|£78.50]] paid ([[common_word|Reading]] centre). Candidate pieces include [[public_figure|Debussy]].",
        "Entry confirmed: <<per.s>> (born <<dob.s:long_eu>>), Grade 6 Piano. Correspondence to <<per.p>>, <<addr_uk.p:flat>>.",
    ),
    T(
        "en",
        "music_grade_exam_entry",
        "Turn this list of violin candidates into CSV.",
        "- <<per.a:last_first>>, born <<dob.a:us>>, grade 3, teacher contact <<email.t@t>>\n"
        "- <<per.b:last_first>>, born <<dob.b:us>>, grade 5\n- <<per.c:last_first>>, born <<dob.c:us>>, grade 8 (accompanist [[public_figure|Lang Lang]])",
        'surname_first,dob,grade\n"<<per.a:last_first>>",<<dob.a:iso>>,3\n"<<per.b:last_first>>",<<dob.b:iso>>,5\n"<<per.c:last_first>>",<<dob.c:iso>>,8',
        source="h12-syllabus/<<email.t@t>>",
    ),
    T(
        "en",
        "charity_gift_aid_declaration",
        "Check this Gift Aid declaration is valid and explain any problems.",
        "I want to Gift Aid my donation of [[money|£120.00]] to [[organisation|Oxfam]].\nTitle/Name: Mr <<per.d>>\nHome address: <<addr_uk.d:line>>\n"
        "Signed [[timestamp]]\nEmail <<email.d@d>>  Bank IBAN for refunds <<iban.d:GB>>",
        "Valid: <<per.d>> gave a full name and home address (<<addr_uk.d:line>>) and a dated signature. The refund IBAN <<iban.d>> is not needed for Gift Aid "
        "and should be stored separately.",
    ),
    T(
        "en",
        "charity_gift_aid_declaration",
        "Write a thank-you e-mail to this regular donor.",
        "Donor: <<per.r>>, monthly [[money|£15.00]] by card <<card.r:mc>>\nEmail <<email.r@r>>  Birthday <<dob.r:long_eu>>\nLinkedIn <<url.r:linkedin>>",
        "Dear <<per.r>>,\nThank you for your monthly [[money|£15.00]] gift, charged to card <<card.r:dashed>>. We'll send a birthday card on <<dob.r:long_eu>>.\n"
        "Warmly, the supporter care team (<<email.r@r>> is on our newsletter list).",
    ),
    T(
        "en",
        "vehicle_recall_notice",
        "Generate the owner letter for this safety recall using the DMV match record.",
        "Recall [[code_identifier|NHTSA 24V-512]]  Model: [[product|Ford Explorer 2021]]\nOwner: <<per.o>>\nPlate: <<plate.o:ca>>  "
        "Address: <<addr_us.o:full>>\nPhone on file: <<tel.o:us_dash>>\nDL: <<dl.o:ca>>\nIf you smell fuel, call [[service_number]] first.",
        "Dear <<per.o>>,\nYour [[product|Ford Explorer 2021]] (plate <<plate.o>>) is covered by recall [[code_identifier|NHTSA 24V-512]]. "
        "Repairs are free. Mailed to <<addr_us.o:full>>.",
    ),
    T(
        "en",
        "vehicle_recall_notice",
        "From these dealer call notes, which owners still need an appointment?",
        "Caller: <<per.r:initial>>\n1) <<per.a>> - plate <<plate.a:ny>> - booked [[timestamp]]\n"
        "2) <<per.b>> - plate <<plate.b:tx>> - voicemail at <<tel.b:us_dot>>\n3) <<per.c>> - plate <<plate.c:uk>> - moved abroad, new number <<tel.c:uk_intl>>",
        "Still need appointments: <<per.b>> (<<plate.b>>, <<tel.b:us_dot>>) and <<per.c>> (<<plate.c>>, <<tel.c:uk_intl>>). <<per.a>> is booked.",
    ),
    T(
        "en",
        "nanny_background_check",
        "Summarise this nanny background check for the family in three bullets.",
        "Report [[order_number]] - [[organisation|Sterling Talent Solutions]]\nCandidate: <<per.n>>  DOB <<dob.n:us_pad>>  SSN <<ssn.n>>\n"
        "Address history: <<addr_us.n:full>>; prior <<addr_us.p:line>>\nDriving record: DL <<dl.n:fl>>, clean\nReference: <<per.r>> <<tel.r:us_paren>>",
        "- Identity confirmed for <<per.n>> (DOB <<dob.n:us>>, SSN <<ssn.n:dash>>).\n- Clean driving record (licence <<dl.n>>).\n"
        "- Reference <<per.r>> (<<tel.r:us_paren>>) spoke well of her childcare experience.",
        annotators=["screen12-<<per.ANN:user>>"],
        system="You are helping the <<per.f:family>> family (contact <<per.f>>, <<email.f@f>>) hire a nanny. Be factual.",
    ),
    T(
        "en",
        "nanny_background_check",
        "Our au pair is from China; list what the agency needs and fill in what she already sent.",
        "From <<per_cn.a>> (<<per.a:pinyin>>): resident ID <<cnid.a>>, passport <<pass.a:cn_e>>, WeChat <<wx.a@a>>, "
        "QQ <<qq.a>>, home <<addr_cn.a:comm>>, born <<dob.a:iso>>",
        "Agency form:\nName: <<per.a:pinyin>>\nPassport: <<pass.a>>\nNational ID: <<cnid.a>>\nDate of birth: <<dob.a:long>>\nHome address: <<addr_cn.a:comm>>\n"
        "Contact: WeChat <<wx.a@a>> / QQ <<qq.a>>",
    ),
    T(
        "en",
        "boarding_pass_barcode",
        "Decode this IATA BCBP string scanned from a boarding pass.",
        "M1<<per.p:upper>>     EXK7QZ2 LHRJFKBA 0117 298M014A0062 14A>\npassport on booking: <<pass.p:uk>>  FF no. [[code_identifier|BA77120934]]",
        "Passenger: <<per.p:upper>> (i.e. <<per.p>>); PNR XK7QZ2; LHR -> JFK on [[organisation|British Airways]] BA0117; "
        "seat 014A, sequence 0062. Passport on the booking: <<pass.p>>.",
    ),
    T(
        "en",
        "boarding_pass_barcode",
        "Build the special-assistance list for this gate from the agent's notes.",
        "Flight [[code_identifier|UA857]]\nWCHR: <<per.a>>, passport <<pass.a:us>>, companion <<per.b>> <<tel.b:us_intl2>>\n"
        "UMNR: <<per.c>> (DOB <<dob.c:us>>), met by <<per.d>>, DL <<dl.d:ny>>, tel <<tel.d:us_dash>>",
        "| Type | Passenger | Document | Contact |\n|---|---|---|---|\n| WCHR | <<per.a>> | <<pass.a>> | <<per.b>> <<tel.b:us_intl2>> |\n"
        "| UMNR | <<per.c>> (<<dob.c:iso>>) | - | <<per.d>>, DL <<dl.d>>, <<tel.d:us_dash>> |",
    ),
    T(
        "en",
        "mortgage_escrow_statement",
        "Explain this escrow analysis to the homeowner in plain English.",
        "ESCROW ACCOUNT DISCLOSURE STATEMENT\nBorrower(s): <<per.a>> and <<per.b>>\nProperty: <<addr_us.a:full>>\nLoan [[order_number]]\n"
        "SSN (primary): <<ssn.a>>\nProjected shortage: [[money|$942.17]]  New payment: [[money|$2,318.40]]",
        "<<per.a>> and <<per.b>>: taxes on <<addr_us.a:line>> went up, leaving a [[money|$942.17]] shortage, so the monthly payment rises to "
        "[[money|$2,318.40]]. The statement shows the full SSN (<<ssn.a>>); keep it safe.",
    ),
    T(
        "en",
        "mortgage_escrow_statement",
        "Write a hardship request letter from this borrower's notes.",
        "me: <<per.h>>, <<addr_us.h:multiline>>\nSSN <<ssn.h:space>>, loan [[order_number]]\nlost job [[timestamp]], wife <<per.w>> part-time\n"
        "reach me <<tel.h:us_intl>> / <<email.h@h>>",
        "Dear Loss Mitigation Team,\nI, <<per.h>> (SSN <<ssn.h>>), request a temporary forbearance on the loan for <<addr_us.h:line>>. "
        "I lost my job and my wife <<per.w>> works part-time. Please contact me at <<tel.h:us_intl>> or <<email.h@h>>.",
    ),
    T(
        "en",
        "smart_lock_event_log",
        "Who unlocked the front door last night? Read the lock history.",
        "[[timestamp]] unlocked by keypad code 3 (<<per.a>>)\n[[timestamp]] guest key shared by <<per.b>> to <<email.g@g>>\n"
        "[[timestamp]] bridge <<mac.b:colon>> reconnected from <<ip.b>>\n[[timestamp]] auto-lock",
        "<<per.a>> unlocked it with keypad code 3. Later a guest key that <<per.b>> shared with <<email.g@g>> was active; the bridge "
        "(<<mac.b:colon_lower>>, <<ip.b>>) reconnected in between.",
        history=[
            (
                "Users on our lock: me, my husband <<per.a>>, and the dog walker <<per.w>> (<<tel.w:us_dash>>).",
                "Got it - I'll read the log against <<per.a>>, <<per.w>> and you.",
            )
        ],
    ),
    T(
        "en",
        "smart_lock_event_log",
        "Draft the support reply for this lock ownership transfer ticket.",
        "Ticket [[order_number]]  Product [[product|August Wi-Fi Smart Lock]] fw [[version]]\nOld owner <<per.o>> <<email.o@o>>\n"
        "New owner <<per.n>> <<tel.n:us_paren>>, home <<addr_us.n:line_unit>>\nDevice MAC <<mac.l:dash>>",
        "Hi <<per.n>>, the lock <<mac.l:dash>> at <<addr_us.n:line_unit>> has been released by <<per.o>> (<<email.o@o>>) and is now linked to "
        "your number <<tel.n:us_paren>>.",
        annotators=["<<email.ANN>>", "grader12/<<per.ANN:user>>"],
    ),
    T(
        "en",
        "telecom_billing_dispute",
        "Write the formal billing dispute for this customer's notes.",
        "Account holder <<per.c>>\nLine <<tel.c:us_paren>>  acct [[order_number]]\nService addr <<addr_us.c:full>>\n"
        "Charged [[money|$64.99]] for [[product|Premium Roaming Pass]] I never ordered.\nAutopay card <<card.c:discover>>",
        "To the Billing Disputes Team,\nI, <<per.c>>, dispute the [[money|$64.99]] charge on line <<tel.c:us_dash>> (service at <<addr_us.c:full>>). "
        "Please refund it to card <<card.c:spaced>>.",
        source="h12-fcc/<<tel.c:us_plain>>",
    ),
    T(
        "en",
        "telecom_billing_dispute",
        "Turn this call transcript into a case summary.",
        "Agent: Can I have your name?\nCaller: <<per.c:lower_full>>... sorry, <<per.c>>.\nAgent: And the line?\nCaller: <<tel.c:uk_mobile>>.\n"
        "Agent: Router MAC shows <<mac.r:cisco>>, public IP <<ip.r>>.\nCaller: I was billed [[money]] twice.",
        "Caller <<per.c>> (line <<tel.c:uk_intl>>) reports a double charge; router <<mac.r:colon>> at <<ip.r>>. Refund under review.",
        history=[
            (
                "[agent <<per.g:lower_dot>>] inbound from <<tel.c:uk_intl>>",
                "Logged: caller ID <<tel.c:uk_mobile>> matches the account.",
            )
        ],
    ),
    T(
        "en",
        "bike_share_damage_report",
        "Decide whether to charge the rider for this damage and explain why.",
        "Damage report [[order_number]]\nBike [[code_identifier|CB-19344]] ([[product|Lyft Classic]])\nRider: <<per.r>>  phone <<tel.r:us_dash>>  "
        "end dock near <<addr_us.r:line>>\nTech: <<per.t:initial>>\nDamage: bent fender, est. [[money|$40.00]]",
        "Charge <<per.r>> (<<tel.r:us_dash>>) [[money|$40.00]]: the tech's photos show fresh damage at the dock near <<addr_us.r:line>>.",
    ),
    T(
        "en",
        "bike_share_damage_report",
        "Answer this appeal from rider <<per.u>> (<<email.u@u>>).",
        "I'm <<per.u>> and I did NOT ride that bike. My account is <<email.u@u>>, card on file <<card.u:visa>>. "
        "At [[timestamp]] I was at work, <<addr_uk.w:line>>. Refund to the same card please.",
        "Hi <<per.u>>, we checked account <<email.u@u>>: the trip started away from <<addr_uk.w:line>>, so we've reversed the charge "
        "to card <<card.u:dashed>>.",
    ),
    T(
        "en",
        "mdm_device_enrollment",
        "Write a jq filter that pulls owner and Wi-Fi MAC from this MDM webhook, and show its output.",
        '{"event":"DeviceEnrolled","device":{"serial":"[[code_identifier|C02ZK1ABMD6T]]","wifi_mac":"<<mac.a:colon_lower>>",'
        '"ip":"<<ip.a:private>>","os":"macOS [[version]]"},"user":{"name":"<<per.a>>","email":"<<email.a@a>>","phone":"<<tel.a:us_intl2>>","wechat":"<<wx.a:wxid>>"}}',
        "jq -r '.user.name + \" \" + .device.wifi_mac'\n\nOutput:\n<<per.a>> <<mac.a:colon_lower>>\n\n(.user.wechat would give <<wx.a:wxid>>.)",
    ),
    T(
        "en",
        "mdm_device_enrollment",
        "Which leavers still have company devices? Use the asset sheet.",
        "asset,user,mac,status\n[[code_identifier|LT-0931]],<<per.a:lower_dot>>,<<mac.a:dash>>,active\n"
        "[[code_identifier|LT-1102]],<<per.b:lower_dot>>,<<mac.b:dash>>,leaver-not-returned\n# personal contact for <<per.b>>: <<tel.b:us_dot>>, <<email.b>>",
        "<<per.b>> (<<per.b:lower_dot>>) left without returning laptop <<mac.b:colon>>; contact <<tel.b:us_dot>> or <<email.b>>.",
    ),
    T(
        "en",
        "radius_accounting_log",
        "Total the session time per user from these RADIUS accounting records.",
        'Acct-Status-Type = Stop\n  User-Name = "<<per.a:user>>"\n  Calling-Station-Id = "<<mac.a:dash>>"\n  Framed-IP-Address = <<ip.a:private>>\n'
        '  Acct-Session-Time = 3605\nAcct-Status-Type = Stop\n  User-Name = "<<per.b:user>>"\n  Calling-Station-Id = "<<mac.b:dash>>"\n'
        "  Framed-IP-Address = <<ip.b>>\n  Acct-Session-Time = 910\n  NAS-Identifier = [[code_identifier|wlc-campus-02]]",
        "<<per.a:user>>: 1 h 0 min 5 s (<<mac.a:colon>>, <<ip.a>>)\n<<per.b:user>>: 15 min 10 s (<<mac.b:colon>>, <<ip.b>>)",
    ),
    T(
        "en",
        "radius_accounting_log",
        "An abuse report names this IP; find the user in the accounting log and draft the notice.",
        "Abuse report: <<ip.x>> at [[timestamp]]\nlog: Start user=<<per.x:user>> mac=<<mac.x:colon_lower>> ip=<<ip.x>> nas=[[product|Cisco WLC 9800]]\n"
        "directory: <<per.x>>, dorm <<addr_us.x:line_unit>>, cell <<tel.x:us_plain>>, student no. [[number|40012877]]",
        "Notice to <<per.x>> (<<per.x:user>>): traffic from <<ip.x>> (device <<mac.x:colon>>) was reported for abuse. "
        "Please contact IT; we will also call <<tel.x:us_dash>>.",
        source="h12-abuse/<<ip.x>>",
    ),
    T(
        "en",
        "scim_provisioning_payload",
        "Validate this SCIM user payload against RFC 7643 and point out problems.",
        'POST /scim/v2/Users\n{"userName":"<<per.a:lower_dot>>","name":{"givenName":"<<per.a:given>>","familyName":"<<per.a:family>>"},'
        '"displayName":"<<per.a>>","emails":[{"value":"<<email.a@a>>","primary":true}],'
        '"phoneNumbers":[{"value":"<<tel.a:us_paren>>"}],"addresses":[{"formatted":"<<addr_us.a:full>>"}],'
        '"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"[[number|100734]]"}}',
        "Mostly valid. displayName <<per.a>> and userName <<per.a:lower_dot>> are fine; the phone <<tel.a:us_paren>> should be E.164 "
        '(<<tel.a:us_intl2>>), and the extension URN must also appear in "schemas".',
    ),
    T(
        "en",
        "scim_provisioning_payload",
        "Explain this provisioning error from the IdP.",
        "[[timestamp]] ERROR SCIM PATCH /Users/[[code_identifier|a91f-22c0]] -> 409\n  conflict on emails.value=<<email.b@b>>\n"
        "  existing displayName=<<per.b>>, incoming displayName=<<per.c>> (userName <<per.c:user>>)\n  source ip <<ip.s:v6>>  connector [[product|Azure AD Connect]] [[version]]",
        "The address <<email.b@b>> already belongs to <<per.b>>, so the update for <<per.c>> (<<per.c:user>>) was rejected. "
        "Fix the e-mail in the source directory; the call came from <<ip.s>>.",
    ),
    T(
        "en",
        "airflow_task_log",
        "This Airflow task failed; find the offending record in the log.",
        "[[timestamp]] {taskinstance.py:2905} ERROR - Task failed with exception\n"
        "pydantic.ValidationError: 1 validation error for Customer\n  input_value={'name': '<<per.a>>', 'ssn': '<<ssn.a>>', "
        "'dob': '<<dob.a:us_pad>>', 'email': '<<email.a@a>>'}\n[[timestamp]] INFO - dag_id=[[code_identifier|billing_nightly]] try_number=3",
        "The record for <<per.a>> fails validation: dob <<dob.a:us_pad>> is MM/DD/YYYY but the model expects ISO (<<dob.a:iso>>). "
        "Note the log also printed the SSN <<ssn.a>> and e-mail <<email.a@a>>; mask these fields.",
    ),
    T(
        "en",
        "airflow_task_log",
        "List the fields in this XCom value with an example of each.",
        "xcom_pull(task_ids='[[code_identifier|extract_kyc]]')\n{'full_name': '<<per.k>>', 'passport': '<<pass.k:us_new>>', 'iban': '<<iban.k>>', "
        "'card': '<<card.k>>', 'ip': '<<ip.k>>', 'wechat': '<<wx.k>>', 'qq': '<<qq.k>>', 'plate': '<<plate.k:cn1>>', 'prc_id': '<<cnid.k:lower_x>>'}",
        "- full_name: <<per.k>>\n- passport: <<pass.k>>\n- iban: <<iban.k>>\n- card: <<card.k>>\n- ip: <<ip.k>>\n- wechat: <<wx.k>>\n"
        "- qq: <<qq.k>>\n- plate: <<plate.k:cn1>>\n- prc_id: <<cnid.k>>",
        source="h12-airflow/<<per.k:user>>",
    ),
    T(
        "en",
        "helm_values_file",
        "Review this values.yaml before it gets merged; what shouldn't be in git?",
        'grafana:\n  adminUser: <<per.a:user>>\n  smtp:\n    from_address: <<email.a@a>>\n  contactPoints:\n    - pagerduty: "<<tel.a:us_intl>>"\n'
        "  # maintainer: <<per.a>> (<<url.a:github>>)\nimage:\n  tag: [[version]]\nnodeIP: <<ip.n>>",
        "Remove <<per.a>>'s personal details: e-mail <<email.a@a>>, phone <<tel.a:us_intl>>, GitHub <<url.a:github>>, and the node IP <<ip.n>>. "
        "Keep image.tag; move the rest into a Secret.",
    ),
    T(
        "en",
        "helm_values_file",
        "Rewrite this override file to use existingSecret.",
        'alerting:\n  email_to: ["<<email.s@s>>", "<<email.t@t>>"]\n  sms_to: "<<tel.s:uk_intl>>"\n  owner: "<<per.s:last_first>>"\n'
        "backup:\n  offsite_host: <<ip.b:v6>>\nresources.requests.memory: [[number|512Mi]]",
        "```yaml\nalerting:\n  existingSecret: alerting-contacts  # was <<email.s@s>>, <<email.t@t>>, <<tel.s:uk_intl>>\n"
        "backup:\n  existingSecret: backup-host  # was <<ip.b>>\nresources.requests.memory: [[number|512Mi]]\n```\nOwner <<per.s>> should update the Secret.",
    ),
    T(
        "en",
        "estate_inventory",
        "Organise this probate inventory into real property, accounts and personal property.",
        "Estate of <<per.d>>, deceased (DOB <<dob.d:long>>, SSN <<ssn.d>>)\n1. Residence: <<addr_us.d:full>>\n2. Checking, card <<card.d:mc>>\n"
        "3. Account abroad: <<iban.d:FR>>\n4. Vehicle, plate <<plate.d:tx>>\nExecutor: <<per.e>>, <<tel.e:us_dash>>",
        "Real property: <<addr_us.d:full>>\nAccounts: card <<card.d:plain>>; <<iban.d>>\nPersonal property: vehicle <<plate.d>>\n"
        "Decedent <<per.d>> (SSN <<ssn.d:plain>>); executor <<per.e>>.",
    ),
    T(
        "en",
        "estate_inventory",
        "From this paralegal's message, list who must be notified of the estate meeting and how.",
        "Please notify: <<per.a>> (<<tel.a:us_paren>>), <<per.b>> (<<email.b@b>>), and the grandson in Shanghai, <<per_cn.c>> "
        "(WeChat <<wx.c@c>>, QQ <<qq.c>>, <<tel.c:cn_intl>>, resident ID <<cnid.c:x>>). His share goes to <<iban.c:CH>>. Hearing before the [[organisation|Cook County Probate Court]].",
        "1. <<per.a>> - phone <<tel.a:us_paren>>\n2. <<per.b>> - e-mail <<email.b@b>>\n3. <<per_cn.c>> - WeChat <<wx.c@c>>, QQ <<qq.c>> or <<tel.c:cn_intl>> (ID <<cnid.c>>; share to <<iban.c>>)",
    ),
    T(
        "en",
        "affidavit_of_support",
        "Check this I-864 sponsor section for consistency.",
        "Part 4. Sponsor: <<per.s:last_first>>\nMailing address: <<addr_us.s:full_unit>>\nDate of birth: <<dob.s:us_pad>>\nSSN: <<ssn.s>>\n"
        "Phone: <<tel.s:us_dash>>  Email: <<email.s@s>>\nImmigrant: <<per_cn.i>>, passport <<pass.i:cn_e>>, PRC ID <<cnid.i>>",
        "Consistent: sponsor <<per.s>> (SSN <<ssn.s>>, born <<dob.s:long>>) lives at <<addr_us.s:full_unit>>; the immigrant <<per_cn.i>> "
        "(passport <<pass.i>>) is listed once. Only the phone format <<tel.s:us_dash>> vs <<tel.s:us_paren>> on page 7 differs.",
    ),
    T(
        "en",
        "affidavit_of_support",
        "Fill this household-size worksheet from the sponsor's e-mail.",
        "From <<per.h>> <<email.h@h>>: household is me, my wife <<per.w>> (SSN <<ssn.w:dash>>), our son <<per.k>> (born <<dob.k:us>>), "
        "and my mother-in-law <<per_cn.m>> who I'm sponsoring (passport <<pass.m:cn_g>>, Chinese ID <<cnid.m>>, WeChat <<wx.m@m>>, QQ <<qq.m>>). We live at <<addr_us.h:numbered>>.",
        "Household size: 4\n1. <<per.h>> (sponsor)\n2. <<per.w>> (spouse, SSN <<ssn.w>>)\n3. <<per.k>> (child, <<dob.k:iso>>)\n"
        "4. <<per_cn.m>> (intending immigrant, <<pass.m>>, ID <<cnid.m:fw>>; WeChat <<wx.m@m>>)\nAddress: <<addr_us.h:numbered>>",
        annotators=["immig-<<per.ANN:user>>"],
    ),
    T(
        "en",
        "school_bus_roster",
        "Make the driver's check-off sheet from this route roster, grouped by stop.",
        "Route 14 - bus plate <<plate.bus:ny>>  driver <<per.d>> (CDL <<dl.d:ny>>)\nMonitor: <<per.m>> <<tel.m:us_dash>>\n"
        "Stop 1 Elm & 3rd: <<per.k1>> (guardian <<tel.k1:us_paren>>)\nStop 2 <<addr_us.s2:line>>: <<per.k2>>, <<per.k3>> (guardian <<email.g3@k3>>)",
        "Bus <<plate.bus>> - driver <<per.d>>\nStop 1: [ ] <<per.k1>>\nStop 2 (<<addr_us.s2:line>>): [ ] <<per.k2>>  [ ] <<per.k3>>\nMonitor <<per.m>>: <<tel.m:us_dash>>",
    ),
    T(
        "en",
        "school_bus_roster",
        "A parent asked whether their child boarded this morning; answer from the scan log.",
        "[[timestamp]] card [[code_identifier|SB-0442]] <<per.k>> BOARD bus <<plate.b:ca>> gps near <<addr_us.g:line>>\n"
        "Parent on file: <<per.p>>, <<tel.p:us_plain>>, <<email.p@p>>",
        "Hi <<per.p>>, yes - <<per.k>> boarded bus <<plate.b>> near <<addr_us.g:line>> this morning. We've also sent this to <<email.p@p>>.",
    ),
    T(
        "en",
        "dialysis_session_log",
        "Write the weekly dialysis summary for <<per.p>> (MRN <<mrn.p>>) from these run sheets.",
        "Patient <<per.p>>  MRN <<mrn.p:dash>>  DOB <<dob.p:us>>\nMon: UF 2.6 L, BP pre 156/88\nWed: UF 3.0 L, cramping at hr 3\n"
        "Fri: UF 2.8 L\nDialyzer [[product|Optiflux F180NR]]  [[common_word|Grace period]] for missed run: none  RN <<per.n:initial>>  Nephrologist <<per.m>>",
        "<<per.p>> (MRN <<mrn.p>>) completed three sessions; UF 2.6-3.0 L, cramping on Wednesday. Dr <<per.m>> to review dry weight.",
    ),
    T(
        "en",
        "dialysis_session_log",
        "Draft the transient-dialysis request for this patient travelling to London.",
        "Patient: <<per.a>>, DOB <<dob.a:long>>, MRN <<mrn.a:alpha>>, US passport <<pass.a:us>>\nStaying at: <<addr_uk.h:flat>>\n"
        "Contact: <<tel.a:us_intl>>, <<email.a@a>>\nAccess: left AV fistula",
        "Dear Unit Manager,\nWe request transient dialysis for <<per.a>> (DOB <<dob.a:eu>>, MRN <<mrn.a>>, passport <<pass.a>>), staying at "
        "<<addr_uk.h:flat>>. Reach the patient on <<tel.a:us_intl>> or <<email.a@a>>.",
        source="h12-emr/<<mrn.a>>",
        history=[
            (
                "<<per.s>>: my mum <<per.a>> flies to London next month, can she dialyse there?",
                "Yes; we will send a transient request. Please confirm the patient's phone <<tel.a:us_intl>>.",
            )
        ],
    ),
    T(
        "en",
        "dental_lab_work_order",
        "Summarise this dental lab prescription for the technician.",
        "Rx [[order_number]]  Practice: [[organisation|Aspen Dental]]\nPatient: <<per.p>>  DOB <<dob.p:short_month>>  chart <<mrn.p:digits>>\n"
        "Tooth #30 zirconia crown, shade A3  Dr <<per.d>> <<tel.d:us_dot>>",
        "Tech notes: #30 zirconia crown, shade A3, for <<per.p>> (chart <<mrn.p>>). Questions to Dr <<per.d>> on <<tel.d:us_dot>>.",
    ),
    T(
        "en",
        "dental_lab_work_order",
        "Check these impression shipments against the patient list.",
        "Shipper <<per.s>>, <<addr_uk.s:line>>, <<tel.s:uk_land>>\nTracking [[tracking_number.w]]\n- <<per.a>> chart <<mrn.a:mrn>>\n- <<per.b>> chart <<mrn.b:mrn>>",
        "Shipment [[tracking_number.w]] from <<per.s>> matches: impression 1 is <<per.a>> (<<mrn.a>>), impression 2 is <<per.b>> (<<mrn.b>>).",
    ),
    T(
        "en",
        "vehicle_impound_release",
        "Check this tow-yard release form is complete.",
        "VEHICLE RELEASE\nPlate <<plate.v:ca>>  towed [[timestamp]]  fees [[money|$312.50]]\nReleased to: <<per.o>>  DL <<dl.o:ca>>  DOB <<dob.o:us_pad>>\n"
        "Registered owner: <<per.r>>, <<addr_us.r:full>>  Auth letter attached\nPaid by card <<card.o:visa>>",
        "Complete: <<per.o>> showed licence <<dl.o>> and a letter from registered owner <<per.r>>; [[money|$312.50]] paid on card <<card.o:spaced>>. Release <<plate.v>>.",
        system="You assist yard supervisor <<per.y>> (badge [[code_identifier|TY-118]], cell <<tel.y:us_dot>>) at the city impound lot.",
    ),
    T(
        "en",
        "vehicle_impound_release",
        "Turn this phone call into a log entry.",
        "Caller: My car's gone from outside <<addr_uk.c:line>>, reg <<plate.c:uk>>.\nOperator: Name and date of birth?\n"
        "Caller: <<per.c>>, <<dob.c:long_eu>>.\nOperator: It's at the pound; bring licence <<dl.c:uk>>. For anything urgent call [[service_number|111]] instead.",
        "Call log: <<per.c>> (DOB <<dob.c:eu>>) reported <<plate.c>> missing from <<addr_uk.c:line>>; told to collect from the pound with licence <<dl.c>>.",
    ),
    T(
        "en",
        "phone_repair_ticket",
        "Write the pickup text for ticket [[order_number.t]], customer <<per.c:last_first>>.",
        "Ticket [[order_number.t]]  Device [[product|Samsung Galaxy S23]]  IMEI [[number|352094117744310]]\nIssue: charging port  Quote [[money|$89.00]]\n"
        "Customer: <<per.c>>  <<tel.c:us_plain>>  alt <<email.c@c>>  return label [[tracking_number]]\nWi-Fi MAC <<mac.w:colon>>",
        "Hi <<per.c>>, your [[product|Samsung Galaxy S23]] is ready ([[money|$89.00]]). Reply to this text at <<tel.c:us_dash>> or e-mail <<email.c@c>> with questions.",
    ),
    T(
        "en",
        "phone_repair_ticket",
        "Confirm which recovered contacts the customer asked for.",
        "Customer <<per.a>> (<<email.a@a>>) wants contacts restored.\nRecovered:\n<<per.x:last_first>>  <<tel.x:us_paren>>\n<<per.y:last_first>>  <<tel.y:uk_mobile>>\n"
        "<<per.z:last_first>>  WeChat <<wx.z@z>>  QQ <<qq.z>>\nCustomer wants <<per.x>> and <<per.y>>.",
        "Restored as requested: <<per.x>> (<<tel.x:us_paren>>) and <<per.y>> (<<tel.y:uk_mobile>>). <<per.z>> was also recovered.",
    ),
    T(
        "en",
        "escape_room_waiver",
        "Make the check-in list from these signed waivers; the booking was made by <<per.a>> on <<tel.a:us_paren>>.",
        "Room: [[product|The Vault]] ([[public_figure|Sherlock Holmes]] theme)  Slot [[timestamp]]\n1. <<per.a>>  DOB <<dob.a:us>>  <<tel.a:us_dash>>\n2. <<per.b:upper>>  DOB <<dob.b:us>>\n"
        "3. <<per_cn.c>> (<<per.c:pinyin>>) - tourist, passport <<pass.c:cn_e>>, PRC ID <<cnid.c>>, WeChat <<wx.c@c>>, QQ <<qq.c>>\nMinor signed for by <<per.a>>",
        "Check-in:\n[ ] <<per.a>> (<<tel.a:us_dash>>, guardian)\n[ ] <<per.b>>\n[ ] <<per.c:pinyin>> - passport <<pass.c>> (ID <<cnid.c:spaced>>; group chat: WeChat <<wx.c@c>>, QQ <<qq.c>>)",
    ),
    T(
        "en",
        "escape_room_waiver",
        "A player posted that they were injured; reply privately and list what the insurer needs.",
        'Review by <<per.g:user>>: "twisted my ankle in the cellar room"\nBooking [[order_number]] signed by <<per.g>>, DOB <<dob.g:long>>, '
        "<<addr_us.g:full>>, <<tel.g:us_intl2>>\nProfile <<url.g:twitter>>",
        "Hi <<per.g>>, we're so sorry. For the insurance claim we'll confirm your name, date of birth (<<dob.g:us>>), address <<addr_us.g:full>> "
        "and phone <<tel.g:us_intl2>>.",
    ),
    T(
        "en",
        "freelance_timesheet",
        "Turn this freelancer's timesheet into an invoice.",
        "Contractor: <<per.t>>  <<email.t@t>>  Payment: <<iban.t:IE>>\nMon  [[code_identifier|JIRA-4412]]  3.5 h\nThu  [[code_identifier|JIRA-4420]]  5 h\n"
        "Rate [[money|£55.00]]/h  Client contact <<per.c:initial>>",
        "INVOICE\nFrom: <<per.t>> (<<email.t@t>>)\n8.5 hours at [[money|£55.00]]\nPay to <<iban.t>>",
        system="Assistant for <<per.t>>'s one-person studio; invoices go out from <<email.t@t>>.",
    ),
    T(
        "en",
        "freelance_timesheet",
        "Format these notes as a timesheet with my details in the header.",
        "I'm <<per.d>>, site <<url.d:medium>>, tax ID SSN <<ssn.d>>, pay card <<card.d:amex>>, phone <<tel.d:us_dot>>\n"
        "Tue - logo 2h\nWed - deck 4h ([[organisation|Pinterest]] pitch, [[common_word|Hunter green]] palette)\nFri - revisions 1.5h",
        "Header: <<per.d>> | <<url.d:medium>> | SSN <<ssn.d:dash>> | <<tel.d:us_dot>>\n| Day | Task | Hours |\n|---|---|---|\n| Tue | logo | 2 |\n"
        "| Wed | deck | 4 |\n| Fri | revisions | 1.5 |",
    ),
    T(
        "en",
        "wireless_site_survey",
        "From this survey appendix, which APs are weak and what should we do?",
        "AP\tBSSID\tMgmt IP\tRSSI\n[[code_identifier|AP-L2-North]]\t<<mac.a:colon_lower>>\t<<ip.a:private>>\t-61\n"
        "[[code_identifier|AP-L2-South]]\t<<mac.b:colon_lower>>\t<<ip.b:private>>\t-83\nSurveyor <<per.e>> <<tel.e:us_paren>>  site <<addr_us.c:line_unit>>",
        "AP-L2-South (<<mac.b:dash>>, <<ip.b>>) is weak at -83 dBm; add an AP or raise power. Contact <<per.e>> (<<tel.e:us_paren>>) for a re-survey.",
    ),
    T(
        "en",
        "wireless_site_survey",
        "Structure this photographed work order.",
        "Work order [[order_number]]\nSite contact: <<per.c>>  <<tel.c:uk_mobile>>\nSite: <<addr_uk.c:multiline>>\nWAN IP <<ip.w>>  router [[product|Ubiquiti UDM Pro]] <<mac.r:cisco>>\n"
        "Surveyor: <<per.s>>  LinkedIn <<url.s:linkedin>>",
        "Contact: <<per.c>>, <<tel.c:uk_mobile>>\nSite: <<addr_uk.c:multiline>>\nWAN: <<ip.w>>\nRouter MAC: <<mac.r:colon>>\nSurveyor: <<per.s>> (<<url.s:linkedin>>)",
        source="h12-wo/<<tel.c:uk_mobile>>",
    ),
]
