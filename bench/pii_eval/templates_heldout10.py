"""Tenth blind held-out part (``heldout10``): 60 zh + 60 en templates over 30 contexts of its own.

Written without reading the detector, the other parts' templates or any de-identified output; only the
other parts' ``CONTEXTS`` names were read (to choose new ones). The mini-language is described in
``bench.pii_eval.generate``.
"""

CONTEXTS = (
    "bail_bond_form",
    "slack_export",
    "property_viewing_log",
    "inpatient_front_sheet",
    "dns_zone_file",
    "dhcp_lease_table",
    "used_car_sale",
    "organ_donor_registration",
    "dorm_assignment",
    "cdr_record",
    "print_audit_log",
    "model_release_form",
    "ivf_clinic_intake",
    "physio_treatment_plan",
    "ais_position_log",
    "scuba_dive_log",
    "ski_rental_form",
    "patch_diff",
    "out_of_office_reply",
    "legal_aid_intake",
    "internship_agreement",
    "gas_cylinder_delivery",
    "locksmith_job_ticket",
    "internet_cafe_login",
    "summer_camp_registration",
    "dlp_alert",
    "openapi_example",
    "social_worker_visit",
    "wearable_health_export",
    "ham_radio_license",
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
    """One template of this part; its id must name its language and context (``h10-<lang>-<context>-NN``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h10-{lang}-{context}-"):
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
        "h10-wecom/<<tel.src:cn_plain>>",
        "h10-dingtalk:<<per.src:user>>",
        "h10-mail:<<email.src>>",
        "h10-wx/<<wx.src>>",
    ],
    "en": [
        "h10-freshdesk:<<email.src>>",
        "h10-teams/<<per.src:lower_dot>>",
        "h10-twilio:<<tel.src:us_intl2>>",
        "h10-gorgias/<<per.src:user>>",
    ],
}

ANNOTATOR_PATTERNS = [
    "lbl10:<<per.ANN:user>>",
    "<<email.ANN>>",
    "rater10_<<per.ANN:user>>",
    "lbl10/<<email.ANN>>",
]

TEMPLATES = [
    # ------------------------------------------------------------------ zh
    T(
        "h10-zh-bail_bond_form-01",
        "zh",
        "bail_bond_form",
        "把下面的取保候审保证人登记表整理成要点，列出保证人和被取保人的联系方式。",
        "取保候审保证书（保证人）\n被取保候审人：<<per.a>>，身份证号 <<cnid.a>>，出生日期 <<dob.a:cn_pad>>\n"
        "保证人：<<per.b>>（与被取保人系舅甥关系）\n保证人身份证：<<cnid.b:spaced>>\n"
        "住址：<<addr.b>>\n联系电话：<<tel.b:cn_dash>>\n承办民警：[[employee_id|警号 031452]]  "
        "决定机关：[[organisation|某区公安分局]]  保证金：[[money]]",
        "要点：\n1. 被取保候审人 <<per.a>>（身份证 <<cnid.a>>）。\n2. 保证人 <<per.b>>，电话 <<tel.b:cn_plain>>，"
        "住 <<addr.b>>。\n3. 保证金 已按决定书缴纳。",
    ),
    T(
        "h10-zh-bail_bond_form-02",
        "zh",
        "bail_bond_form",
        "根据对话帮律师助理写一段保释金缴纳提醒短信。",
        "家属说转账已经完成了，请核对。",
        "【律所提醒】<<per.c:full>>家属您好：保证金请转至案件专户，付款卡号 <<card.k:spaced>> 已登记；"
        "如需退还，原路退回至该卡。犯罪嫌疑人 <<per.s>> 的护照 <<pass.s>> 已由办案单位暂扣。咨询请拨 <<tel.c:cn_space>>。",
        history=[
            (
                "我是<<per.c>>，<<per.s>>的姐姐，刚用尾号那张卡 <<card.k:plain>> 转了保证金，电话 <<tel.c:cn_plain>>。",
                "收到，<<per.c:full>>女士。请把转账回单发到 <<email.c@c>>，我们核对后回复。",
            ),
            (
                "他护照号是 <<pass.s>>，会不会被收？另外他微信 <<wx.s@s>> 还能用吗",
                "按规定出入境证件会暂扣；微信可以正常使用，但不要联系同案人员。",
            ),
        ],
        system="你是<<per.l>>律师的助理，律所值班电话 <<tel.l:cn_land>>，回复时署名“<<per.l>>律师团队”。",
    ),
    T(
        "h10-zh-slack_export-01",
        "zh",
        "slack_export",
        "下面是 Slack 导出的 JSON（#ops-cn 频道），请总结讨论内容，并指出谁需要跟进。",
        '[\n  {"type": "message", "user": "U04QK7", "user_profile": {"real_name": "<<per.a:pinyin>>", '
        '"display_name": "<<per.a:user>>"}, "text": "VPN 出口又被封了，像[[public_figure|雷军]]说的别慌，我这边出口 IP <<ip.a:public>>，'
        'MAC <<mac.a:colon_lower>>", "ts": "[[timestamp]]"},\n'
        '  {"type": "message", "user": "U02ZT9", "user_profile": {"real_name": "<<per.b:pinyin_fl>>"}, '
        '"text": "<@U04QK7> 另外 HR 说 W-8BEN 上的 SSN <<ssn.a>> 填错了。我电话 <<tel.b:cn_intl>>，晚上打我，别在群里发 ssh key", "ts": "[[timestamp]]"},\n'
        '  {"type": "message", "subtype": "bot_message", "text": "Jira OPS-[[number|4417]] 已创建 via [[product|Jira Cloud]]"}\n]',
        "讨论：出口 IP <<ip.a>> 被封（设备 MAC <<mac.a:colon_lower>>）。跟进人：<<per.a:pinyin>>（<<per.a:user>>，另需更正 W-8BEN 上的 SSN <<ssn.a>>），"
        "<<per.b:pinyin_fl>> 负责电话协调（<<tel.b:cn_plain>>）。",
    ),
    T(
        "h10-zh-slack_export-02",
        "zh",
        "slack_export",
        "这是 Slack DM 导出的 users.json 片段，请把每个成员的邮箱和电话整理成表格。",
        '{"id": "U07HH2", "name": "<<per.a:user>>", "profile": {"real_name": "<<per.a>>", "email": "<<email.a@a>>", '
        '"phone": "<<tel.a:cn_0086>>", "title": "财务 BP", "status_text": "[[common_word|年假中]]"}, "tz": "Asia/Shanghai"}\n'
        '{"id": "U07HH5", "name": "<<per.b:user>>", "profile": {"real_name": "<<per.b>>", "email": "<<email.b@b>>", '
        '"phone": "", "fields": {"Xf01": {"value": "QQ <<qq.b>>"}, "Xf02": {"value": "IBAN <<iban.b>>"}, "Xf03": {"value": "<<url.b:github>>"}}}, "is_bot": false}',
        "| 成员 | 邮箱 | 电话/其他 |\n|---|---|---|\n| <<per.a>> | <<email.a@a>> | <<tel.a:cn_plain>> |\n"
        "| <<per.b>> | <<email.b@b>> | QQ <<qq.b>>，IBAN <<iban.b>>，<<url.b:github>> |",
    ),
    T(
        "h10-zh-property_viewing_log-01",
        "zh",
        "property_viewing_log",
        "把这条带看记录改写成给店长的日报。",
        "带看单 No.[[order_number]]\n经纪人：<<per.a>>（工号 [[employee_id|BJ-LJ-20931]]）\n客户：<<per.b:title>> / <<tel.b:cn_plain>>\n"
        "证件：<<cnid.b:lower_x>>（已核验）\n房源：<<addr.h:tower>>，报价 [[money]]，业主 <<per.o>> 电话 <<tel.o:cn_dash>>\n"
        "带看时间：[[timestamp]]  反馈：嫌楼层低，想看 [[public_place|奥森公园]] 附近的",
        "店长好，今日带看 1 组：客户 <<per.b:title>>（<<tel.b:cn_dash>>）看了 <<addr.h:tower>>，业主 <<per.o>>。"
        "客户嫌楼层低，下周再约。经纪人 <<per.a>>。",
    ),
    T(
        "h10-zh-property_viewing_log-02",
        "zh",
        "property_viewing_log",
        "根据这段微信聊天记录，填写带看确认书里的客户信息。",
        "",
        "带看确认书\n客户姓名：<<per.c>>\n身份证号：<<cnid.c:fw>>\n手机：<<tel.c:cn_fw>>\n微信：<<wx.c@c>>\n"
        "车辆（小区登记用）：<<plate.c>>\n看房地址：<<addr.h:road_bld>>",
        history=[
            (
                "王哥，周六十点看 <<addr.h:road_bld>> 那套，我叫<<per.c>>，手机<<tel.c:cn_plain>>",
                "好的，小区门禁要登记车牌和身份证，麻烦发一下。",
            ),
            (
                "车牌 <<plate.c>>，身份证 <<cnid.c>>，我微信就是 <<wx.c@c>>",
                "收到，已报备物业。[[organisation|链家]]的合同模板我周六带过来。",
            ),
        ],
    ),
    T(
        "h10-zh-inpatient_front_sheet-01",
        "zh",
        "inpatient_front_sheet",
        "请把病案首页 OCR 结果中的错别字改正，保持字段顺序。",
        "住院病案首页\n医疗付费方式：城镇职工基本医疗保险  健康卡号：—\n第 1 次住院  病案号：<<mrn.p:zy>>\n"
        "姓名 <<per.p>>  性别 女  出生日期 <<dob.p:cn>>  国籍 中国\n身份证号 <<cnid.p>>\n"
        "现住址 <<addr.p>>  电话 <<tel.p:cn_plain>>\n联系人姓名 <<per.k>>  关系 夫  联系人电话 <<tel.k:cn_dash>>\n"
        "入院途径：[[service_number|120]] 急救  主要诊断：急性阑尾炎 K35.8  主治医师：[[common_word|住院总]]",
        "住院病案首页\n病案号：<<mrn.p:zy>>\n姓名 <<per.p>>，出生日期 <<dob.p:cn>>，身份证号 <<cnid.p>>\n"
        "现住址 <<addr.p>>，电话 <<tel.p:cn_plain>>\n联系人 <<per.k>>（夫），电话 <<tel.k:cn_dash>>",
    ),
    T(
        "h10-zh-inpatient_front_sheet-02",
        "zh",
        "inpatient_front_sheet",
        "病案室需要把首页导出成 CSV，帮我检查这一行的字段是否错位。",
        "BAH,XM,XB,CSRQ,SFZH,GZDW,LXR,LXRDH,ZYH\n"
        "<<mrn.p:digits>>,<<per.p>>,男,<<dob.p:compact>>,<<cnid.p:old15>>,[[organisation|中国石化]]某分公司,<<per.k>>,<<tel.k:cn_land>>,<<mrn.z:zy>>",
        "字段没有错位：BAH=<<mrn.p:digits>>，CSRQ=<<dob.p:compact>>，SFZH 是 15 位老号 <<cnid.p:old15>>，建议补全为 18 位；"
        "LXR=<<per.k>>，ZYH=<<mrn.z:zy>>。",
    ),
    T(
        "h10-zh-dns_zone_file-01",
        "zh",
        "dns_zone_file",
        "检查这个 BIND 区域文件有没有语法错误。",
        "$ORIGIN lab.example-cn.net.\n$TTL 3600\n@  IN SOA ns1 hostmaster (\n        [[number|2024061101]] ; serial\n"
        "        7200 3600 1209600 300 )\n; 管理员：<<per.a>> <<tel.a:cn_intl2>> 邮箱 <<email.a@a>>\n"
        "ns1      IN A     <<ip.a:public>>\nvpn      IN A     <<ip.b:public>>\n"
        'gw       IN TXT   "owner=<<per.b:user>>; mac=<<mac.b:dash>>"\nwww      IN CNAME [[product|Cloudflare]]-proxy\n',
        "语法基本正确，SOA 括号闭合。建议：不要把管理员 <<per.a>> 的手机 <<tel.a:cn_intl2>> 写进注释；"
        "TXT 记录中的 owner=<<per.b:user>> 和 MAC <<mac.b:dash>> 会被公网查询到，ns1 指向 <<ip.a>>。",
    ),
    T(
        "h10-zh-dns_zone_file-02",
        "zh",
        "dns_zone_file",
        "解释一下这份 dig 输出每一段的含义。",
        ";; ANSWER SECTION:\nhome.wz-family.cn.  600 IN A <<ip.h:public>>\nhome.wz-family.cn.  600 IN TXT "
        '"contact <<per.h:pinyin_fl>> qq=<<qq.h>>"\nnas.home.wz-family.cn. 600 IN AAAA <<ip.v:v6>>\n'
        ";; SERVER: [[public_resolver|223.5.5.5]]#53  WHEN: [[timestamp]]",
        "ANSWER 段：A 记录把 home 指向 <<ip.h>>；TXT 记录写着联系人 <<per.h:pinyin_fl>> 和 QQ <<qq.h>>，"
        "这是隐私信息；AAAA 记录给 NAS 的 IPv6 地址 <<ip.v:v6>> 。SERVER 是 [[organisation|阿里云]] 公共 DNS。",
    ),
    T(
        "h10-zh-dhcp_lease_table-01",
        "zh",
        "dhcp_lease_table",
        "这是路由器 DHCP 租约表，帮我找出哪台设备不认识。",
        "主机名            MAC                 IP             剩余租期\n<<per.a:user>>-iPhone   <<mac.a:colon>>   <<ip.a:private>>   23:41:07\n"
        "[[product|Xiaomi-Router-AX3000]]  <<mac.r:colon>>  [[gateway_ip|192.168.31.1]]   永久\nDESKTOP-7QK2   <<mac.c:colon_lower>>   <<ip.c:private>>   11:02:55\n"
        "MI-TV-客厅   <<mac.t:dash>>   <<ip.t:private>>   20:10:44",
        "<<per.a:user>>-iPhone（<<mac.a:colon>>）是手机，MI-TV 在客厅；DESKTOP-7QK2 的 MAC <<mac.c:colon_lower>> 分到 <<ip.c>>，"
        "如果家里没有这台电脑，请在后台拉黑该 MAC。",
    ),
    T(
        "h10-zh-dhcp_lease_table-02",
        "zh",
        "dhcp_lease_table",
        "把 dnsmasq.leases 转成资产台账的 Markdown 表格，设备负责人从注释里取。",
        "[[timestamp]] <<mac.a:colon_lower>> <<ip.a:private>> lab-pc-07 01:<<mac.a:colon_lower>>\n"
        "# lab-pc-07 负责人 <<per.a>> 工位电话 <<tel.a:cn_land>>\n"
        "[[timestamp]] <<mac.b:colon_lower>> <<ip.b:private>> printer-3F *\n# printer-3F 报修联系 <<per.b>> <<tel.b:cn_plain>>",
        "| 主机 | MAC | IP | 负责人 | 电话 |\n|---|---|---|---|---|\n| lab-pc-07 | <<mac.a:colon>> | <<ip.a>> | <<per.a>> | <<tel.a>> |\n"
        "| printer-3F | <<mac.b:colon>> | <<ip.b>> | <<per.b>> | <<tel.b:cn_plain>> |",
    ),
    T(
        "h10-zh-used_car_sale-01",
        "zh",
        "used_car_sale",
        "帮我检查这份二手车买卖合同的关键条款是否完整。",
        "二手车买卖合同\n卖方：<<per.s>>  身份证 <<cnid.s>>  电话 <<tel.s:cn_space>>\n买方：<<per.b>>  身份证 <<cnid.b>>  驾驶证 <<dl.b>>\n"
        "车辆：[[product|大众帕萨特]] 2019款  号牌 <<plate.v>>  VIN LSVAA4[[number|3E8K2107753]]\n"
        "成交价 [[money]]，买方通过银行卡 <<card.b:dashed>> 转账。过户地点：车管所（[[public_place|五棵松车管所]]）",
        "条款基本完整：双方 <<per.s>>、<<per.b>> 身份证号齐全（买方驾驶证 <<dl.b>>），号牌 <<plate.v>> 已写明，付款卡 <<card.b:plain>>。"
        "缺少：过户期限和违约金条款，建议补充。",
    ),
    T(
        "h10-zh-used_car_sale-02",
        "zh",
        "used_car_sale",
        "根据聊天把交易信息整理成过户预约单。",
        "",
        "过户预约单\n车牌：<<plate.v>>\n原车主：<<per.s>>（驾驶证号 <<dl.s>>）\n新车主：<<per.b>>，手机 <<tel.b:cn_plain>>\n"
        "新车主住址：<<addr.b>>\n尾款账户：<<iban.b>>",
        history=[
            (
                "我是卖家<<per.s>>，车 <<plate.v>>，驾驶证 <<dl.s>>，[[product|瓜子二手车]]那边说要本人到场",
                "对，原车主要到场。买家信息也发我一下。",
            ),
            (
                "买家<<per.b>>，手机 <<tel.b:cn_dash>>，住 <<addr.b>>，首付转了[[money]]，尾款他从德国账户 <<iban.b>> 汇，行驶证顺丰 [[tracking_number]] 寄你",
                "好的，预约单我这就填。",
            ),
        ],
    ),
    T(
        "h10-zh-organ_donor_registration-01",
        "zh",
        "organ_donor_registration",
        "我在填人体器官捐献志愿登记，帮我看看信息有没有填错。",
        "中国人体器官捐献志愿登记表\n姓名：<<per.d>>  出生日期：<<dob.d:iso>>\n证件类型：居民身份证  证件号码：<<cnid.d>>\n"
        "手机：<<tel.d:cn_plain>>  邮箱：<<email.d@d>>\n通讯地址：<<addr.d:post>>\n"
        "捐献意愿：全部器官  见证人：<<per.w>>（<<tel.w:cn_plain>>）",
        "核对：出生日期 <<dob.d:iso>> 和身份证 <<cnid.d>> 中的日期应一致，请确认；手机 <<tel.d:cn_plain>> 要能接收验证码；"
        "见证人 <<per.w>> 需年满 18 周岁。",
    ),
    T(
        "h10-zh-organ_donor_registration-02",
        "zh",
        "organ_donor_registration",
        "把这条捐献登记的短信回执翻译成英文。",
        "【中国人体器官捐献管理中心】<<per.d>>您好，您已于[[timestamp]]成功登记为器官捐献志愿者，登记编号 [[order_number]]，"
        "证件号 <<cnid.d:x>>。如需变更请致电 <<tel.h:cn_land>> 或登录 [[code_identifier|codac.org.cn]]。",
        "Dear <<per.d:pinyin>>, you registered as an organ donor volunteer; ID number on file <<cnid.d:x>>. "
        "To change your registration call <<tel.h:cn_land>>.",
    ),
    T(
        "h10-zh-dorm_assignment-01",
        "zh",
        "dorm_assignment",
        "把新生宿舍分配表按楼栋汇总，并列出寝室长联系方式。",
        "学号\t姓名\t性别\t宿舍\t床位\t寝室长电话\tQQ\n[[employee_id|2024110321]]\t<<per.a>>\t男\t紫荆7号楼412\t1\t<<tel.a:cn_plain>>\t<<qq.a>>\n"
        "[[employee_id|2024110347]]\t<<per.b>>\t男\t紫荆7号楼412\t2\t\t<<qq.b>>\n"
        "[[employee_id|2024120019]]\t<<per.c>>\t女\t丁香3号楼205\t1\t<<tel.c:cn_plain>>\t",
        "紫荆7号楼：412 室 <<per.a>>、<<per.b>>（QQ <<qq.b>>），寝室长 <<per.a>>（<<tel.a:cn_dash>>，QQ <<qq.a>>）。\n"
        "丁香3号楼：205 室 <<per.c>>，寝室长电话 <<tel.c:cn_plain>>。",
    ),
    T(
        "h10-zh-dorm_assignment-02",
        "zh",
        "dorm_assignment",
        "帮辅导员回复这位家长关于调换宿舍的咨询，落款用辅导员的企业微信 <<wx.t>>。",
        "",
        "<<per.p:title>>您好，<<per.s>>（身份证 <<cnid.s>>）的调宿申请已收到。按学校规定需要本人在 [[product|i北理]] APP 提交，"
        "并附 <<mrn.s:mz>> 号门诊病历。有问题可以加我企业微信 <<wx.t>>。",
        history=[
            (
                "老师好，我是<<per.s>>的家长<<per.p>>，孩子有哮喘，门诊号 <<mrn.s:mz>>，想换到一楼，电话<<tel.p:cn_plain>>",
                "家长您好，请问学生身份证号是多少？我们系统里要核对。",
            ),
            ("<<cnid.s>>", "好的，我整理一下回复您。"),
        ],
    ),
    T(
        "h10-zh-cdr_record-01",
        "zh",
        "cdr_record",
        "这是运营商导出的话单（CDR），请统计主叫号码的通话总时长。",
        "CALLING|CALLED|START|DUR_S|CELL_ID|IMEI\n<<tel.a:cn_plain>>|<<tel.b:cn_plain>>|[[timestamp]]|312|460-00-9A2F|86[[number|4932051187234]]\n"
        "<<tel.a:cn_plain>>|<<tel.c:cn_land>>|[[timestamp]]|45|460-00-9A31|86[[number|4932051187234]]\n"
        "<<tel.b:cn_plain>>|<<tel.a:cn_plain>>|[[timestamp]]|1201|460-01-11C0|35[[number|7719042266105]]",
        "主叫 <<tel.a:cn_plain>>：312 + 45 = 357 秒；主叫 <<tel.b:cn_plain>>：1201 秒。",
    ),
    T(
        "h10-zh-cdr_record-02",
        "zh",
        "cdr_record",
        "用户投诉被扣了国际漫游费，根据话单写一段客服解释。",
        "用户：<<per.u>>  号码 <<tel.u:cn_intl>>  证件 <<cnid.u>>\n话单：[[timestamp]] 漫游地 HKG 被叫 <<tel.x:us_intl>> 时长 00:14:20 费用 [[money]]\n"
        "投诉渠道：[[service_number|10086]]  工单 [[order_number]]",
        "<<per.u>>先生/女士您好，经核查，您的号码 <<tel.u:cn_plain>> 在香港漫游期间拨打了 <<tel.x:us_intl>>，"
        "通话 14 分 20 秒，按国际漫游资费计费。如有异议可申请复核。",
    ),
    T(
        "h10-zh-print_audit_log-01",
        "zh",
        "print_audit_log",
        "审计部门要查打印日志里谁打印了含身份证的文件，请帮我筛选。",
        "时间,用户,工作站IP,打印机,文档名,页数\n[[timestamp]],<<per.a:user>>,<<ip.a:private>>,HP-M428-3F,"
        "<<per.c>>_身份证_<<cnid.c>>.pdf,2\n[[timestamp]],<<per.b:user>>,<<ip.b:private>>,[[product|Canon iR-ADV C5560]],"
        "季度报表.xlsx,14\n[[timestamp]],<<per.b:user>>,<<ip.b:private>>,HP-M428-3F,W-9_<<per_en.d>>_<<ssn.d>>.pdf,1\n[[timestamp]],<<per.a:user>>,<<ip.a:private>>,HP-M428-3F,<<per.d>>劳动合同.docx,6",
        "含身份证的记录：用户 <<per.a:user>>（<<ip.a>>）打印了“<<per.c>>_身份证_<<cnid.c>>.pdf”。"
        "另外 <<per.a:user>> 还打印了 <<per.d>> 的劳动合同；<<per.b:user>> 打印的 W-9 文件名含 SSN <<ssn.d>>。",
    ),
    T(
        "h10-zh-print_audit_log-02",
        "zh",
        "print_audit_log",
        "解释这条打印服务器事件日志（Event ID 307）。",
        "Document 88, <<per.a>>工资条.pdf owned by <<per.u:user>> on \\\\<<ip.u:private>> was printed on "
        "FIN-MFP via port USB001. Size in bytes: [[number|482816]]. Pages printed: 1.\n"
        "备注：打印人手机 <<tel.u:cn_plain>>，MAC <<mac.u:cisco>>",
        "这是 [[product|Windows Server 2019]] 的 PrintService 307 事件：用户 <<per.u:user>> 从 <<ip.u>> "
        "提交的文档“<<per.a>>工资条.pdf”已打印 1 页。终端 MAC <<mac.u:cisco>>。",
    ),
    T(
        "h10-zh-model_release_form-01",
        "zh",
        "model_release_form",
        "帮摄影工作室把肖像权授权书里的模特信息提取成 JSON。",
        "肖像使用授权书\n授权人（模特）：<<per.m>>  艺名 Lily\n身份证号：<<cnid.m>>  出生日期：<<dob.m:cn_numerals>>\n"
        "联系电话：<<tel.m:cn_plain>>  微博：<<url.m:weibo>>\n收款账户：<<card.m:unionpay>>（[[organisation|招商银行]]）；境外稿费账户 IBAN <<iban.m>>\n"
        "被授权方：[[organisation|某文化传媒有限公司]]  拍摄主题：[[common_word|春日花海]]",
        '{"name": "<<per.m>>", "id_no": "<<cnid.m>>", "dob": "<<dob.m:iso>>", "phone": "<<tel.m:cn_plain>>", '
        '"weibo": "<<url.m:weibo>>", "bank_card": "<<card.m:unionpay>>", "iban": "<<iban.m>>"}',
    ),
    T(
        "h10-zh-model_release_form-02",
        "zh",
        "model_release_form",
        "未成年模特需要监护人签字，根据聊天补全授权书。",
        "",
        "监护人同意书：我 <<per.g>>（身份证 <<cnid.g>>）同意 <<per.k>>（出生日期 <<dob.k:cn_pad>>）参加童装拍摄，"
        "联系方式 <<tel.g:cn_dash>>，小红书 <<url.g:xiaohongshu>>。",
        history=[
            (
                "我女儿<<per.k>>，<<dob.k:cn_pad>>出生，我是她妈妈<<per.g>>",
                "好的，监护人身份证号和电话也需要。",
            ),
            (
                "<<cnid.g>>，电话<<tel.g:cn_plain>>，样片U盘用 [[tracking_number]] 寄，也可以发我小红书 <<url.g:xiaohongshu>> 私信",
                "收到，我把授权书补全。",
            ),
        ],
    ),
    T(
        "h10-zh-ivf_clinic_intake-01",
        "zh",
        "ivf_clinic_intake",
        "把生殖中心的建档信息整理成病历摘要，注意夫妻双方信息都要。",
        "生殖医学中心 建档登记\n女方：<<per.f>>  出生 <<dob.f:dot>>  身份证 <<cnid.f>>  病历号 <<mrn.f:mz>>\n"
        "男方：<<per.m>>  出生 <<dob.m:dot>>  身份证 <<cnid.m>>  病历号 <<mrn.m:mz>>\n"
        "结婚证号：J[[number|110105-2019-004213]]\n住址：<<addr.f:comm>>  联系电话：<<tel.f:cn_plain>> / <<tel.m:cn_plain>>\n"
        "用药：[[product|果纳芬]] 150IU",
        "女方 <<per.f>>（<<mrn.f:mz>>，<<dob.f:cn>> 生），男方 <<per.m>>（<<mrn.m:mz>>）。住址 <<addr.f:comm>>，"
        "联系电话 <<tel.f:cn_plain>>。",
    ),
    T(
        "h10-zh-ivf_clinic_intake-02",
        "zh",
        "ivf_clinic_intake",
        "帮忙把这段就诊预约对话压缩成一句话备注。",
        "",
        "备注：<<per.f>>（病历号 <<mrn.f:dash>>）预约取卵后复诊，身份证 <<cnid.f>>，男方护照 <<pass.m>> 待核验，SSN <<ssn.m>> 已录入自费结算。",
        history=[
            (
                "你好，我是<<per.f>>，病历号<<mrn.f:dash>>，想约取卵后复诊，电话<<tel.f:cn_plain>>",
                "请提供女方身份证和男方证件。",
            ),
            (
                "我身份证 <<cnid.f>>，老公在国外，用护照 <<pass.m>>，名字 <<per.m:pinyin_fl>>，美国社安号 <<ssn.m>>",
                "好的，护照需要现场核验原件。",
            ),
        ],
    ),
    T(
        "h10-zh-physio_treatment_plan-01",
        "zh",
        "physio_treatment_plan",
        "根据康复评估写一份两周的康复训练计划。",
        "康复科评估单\n患者：<<per.p>>  门诊号 <<mrn.p:mz>>  出生日期 <<dob.p:slash_iso>>\n"
        "诊断：右膝前交叉韧带重建术后 6 周\n治疗师：<<per.t>>（工号 [[employee_id|KF-0417]]）\n"
        "家属电话：<<tel.k:cn_plain>>  ROM：0-95°  计划使用 [[product|Biodex 等速训练系统]]",
        "<<per.p>>（<<mrn.p:mz>>）两周计划：第1周 股四头肌等长收缩、ROM 至 110°；第2周 闭链训练。"
        "治疗师 <<per.t>> 每周评估，异常联系家属 <<tel.k:cn_plain>>。",
    ),
    T(
        "h10-zh-physio_treatment_plan-02",
        "zh",
        "physio_treatment_plan",
        "把家庭康复打卡群里的消息整理成随访记录。",
        "[康复打卡群]\n<<per.p:user>>：今天做了 3 组靠墙静蹲，膝盖还是有点肿\n治疗师<<per.t>>：冰敷 15 分钟，明天减量\n"
        "<<per.p:user>>：好的。我手机换了 <<tel.p:cn_intl>>，住址也搬到 <<addr.p:lane>> 了\n"
        "治疗师<<per.t>>：收到，上门随访改到新地址。病历号 <<mrn.p:zy>> 已备注",
        "随访记录：患者 <<per.p:user>>（病历号 <<mrn.p:zy>>）静蹲后膝肿，治疗师 <<per.t>> 建议冰敷减量；"
        "新电话 <<tel.p:cn_intl>>，新住址 <<addr.p:lane>>。",
    ),
    T(
        "h10-zh-ais_position_log-01",
        "zh",
        "ais_position_log",
        "解析这几条 AIS 报文解码结果，说明船舶状态。",
        "MMSI=412[[number|345678]] NAME=ZHE PU YU 6015 STATUS=0 SOG=8.2 COG=121.4 LAT=29.9312 LON=122.3017 TS=[[timestamp]]\n"
        "STATIC: CALLSIGN=BZ[[number|4TX]] OWNER=<<per.o:pinyin_fl>> CONTACT=<<tel.o:cn_0086>>\n"
        "# 船东身份证 <<cnid.o>>，渔船卫星终端 MAC <<mac.o:colon>>",
        "该船 SOG 8.2 节、航向 121.4°，在舟山以东航行中。静态报文里有船东 <<per.o:pinyin_fl>> 的电话 <<tel.o:cn_0086>>，"
        "注释中还有身份证 <<cnid.o>>，不应写入公开 AIS 数据。",
    ),
    T(
        "h10-zh-ais_position_log-02",
        "zh",
        "ais_position_log",
        "渔政要给偏离航线的渔船发提醒，帮我起草短信。",
        "船名：闽狮渔 06218  船长：<<per.c>>  手机：<<tel.c:cn_plain>>  船员证：<<pass.c>>\n"
        "AIS 最后位置：24.3311N 118.9902E [[timestamp]]，已进入[[public_place|台湾浅滩]]禁渔区边缘",
        "【渔政提醒】<<per.c>>船长：闽狮渔 06218 已接近禁渔区边缘，请立即调整航向。如有困难请回电，"
        "值班手机 <<tel.c:cn_plain>> 已登记。",
    ),
    T(
        "h10-zh-scuba_dive_log-01",
        "zh",
        "scuba_dive_log",
        "把潜水日志整理成表格，紧急联系人单独列出。",
        "潜水日志 #[[number|47]]\n日期：[[timestamp]]  地点：[[public_place|蜈支洲岛]] 观日岩\n潜水员：<<per.d>>  证书：[[organisation|PADI]] AOW [[number|2208U41937]]\n"
        "潜伴：<<per.b>>  最大深度 18.4m  气瓶 200→60bar  电脑表 [[product|Shearwater Peregrine]]\n"
        "紧急联系人：<<per.e>> <<tel.e:cn_plain>>  出生日期：<<dob.d:cn>>",
        "| 潜水员 | 潜伴 | 最大深度 |\n|---|---|---|\n| <<per.d>> | <<per.b>> | 18.4m |\n\n紧急联系人：<<per.e>>，<<tel.e:cn_dash>>",
    ),
    T(
        "h10-zh-scuba_dive_log-02",
        "zh",
        "scuba_dive_log",
        "潜店要给海外潜水船报名，帮我把客人信息写成英文清单。",
        "客人1：<<per.a>> 护照 <<pass.a>> 出生 <<dob.a:cn_pad>> 微信 <<wx.a@a>>\n"
        "客人2：<<per.b>> 护照 <<pass.b>> 出生 <<dob.b:cn_pad>> 邮箱 <<email.b@b>> 小红书 <<url.b:xiaohongshu>>\n船宿：[[organisation|Blue Manta Liveaboard]] 5天4晚，定金已汇至船方 IBAN <<iban.k>>",
        "Guest list:\n1. <<per.a:pinyin_fl>>, passport <<pass.a>>, DOB <<dob.a:iso>>\n"
        "2. <<per.b:pinyin_fl>>, passport <<pass.b>>, DOB <<dob.b:iso>>, email <<email.b@b>>\nprofile <<url.b:xiaohongshu>>\nDeposit paid to <<iban.k>>",
    ),
    T(
        "h10-zh-ski_rental_form-01",
        "zh",
        "ski_rental_form",
        "根据雪具租赁单计算 DIN 值需要的信息是否齐全。",
        "雪具租赁登记单 [[order_number]]\n姓名：<<per.s>>  出生日期：<<dob.s:cn>>  身高 172cm 体重 65kg 鞋码 42\n"
        "押金方式：身份证原件 <<cnid.s>> / 驾驶证 <<dl.s>> / 或信用卡预授权 <<card.s:visa>>\n手机：<<tel.s:cn_plain>>  车牌（停车场）：<<plate.s>>\n"
        "雪板：[[product|Rossignol Experience 86]]",
        "DIN 需要身高、体重、年龄（由出生日期 <<dob.s:cn>> 推算）、鞋底长度和滑行水平，目前缺鞋底长度和水平。"
        "押金用身份证 <<cnid.s>> 或驾驶证 <<dl.s>> 时请归还后登记。",
    ),
    T(
        "h10-zh-ski_rental_form-02",
        "zh",
        "ski_rental_form",
        "客人丢了雪板，帮前台写一段和客人的沟通话术。",
        "",
        "<<per.s:title>>您好，您租的雪板已登记丢失，押金卡 <<card.s:spaced>> 暂不解冻。我们会调看 [[public_place|万龙滑雪场]]"
        " 缆车口监控，有消息打您电话 <<tel.s:cn_dash>>。",
        history=[
            (
                "我是<<per.s>>，雪板在缆车口不见了！我押的信用卡 <<card.s:plain>>",
                "您先别着急，请提供租赁单号和手机号。",
            ),
            ("单号 [[order_number]]，手机 <<tel.s:cn_plain>>", "好的，我让前台联系您。"),
        ],
    ),
    T(
        "h10-zh-patch_diff-01",
        "zh",
        "patch_diff",
        "帮我审查这个 diff：测试夹具里是不是混进了真实数据？",
        "diff --git a/tests/fixtures/users.csv b/tests/fixtures/users.csv\n@@ -1,3 +1,4 @@\n id,name,phone,id_card\n"
        " 1,测试用户,[[number|000-0000-0000]],[[code_identifier|FAKE_ID_0001]]\n+2,<<per.a>>,<<tel.a:cn_plain>>,<<cnid.a>>\n+3,<<per.b>>,<<tel.b:cn_plain>>,<<cnid.b>>\n+# 海外用户 <<per_en.c>> ssn=<<ssn.c>>\n"
        "--- a/src/[[code_identifier|UserLoader.java]]\n+++ b/src/[[code_identifier|UserLoader.java]]",
        "是的。第 2、3 行新增了看起来真实的数据：<<per.a>>（<<tel.a:cn_plain>>、<<cnid.a>>）和 <<per.b>>"
        "（<<cnid.b>>），还有海外用户 <<per_en.c>> 的 SSN <<ssn.c>>，应替换为合成数据；第 1 行是明显的占位值。",
    ),
    T(
        "h10-zh-patch_diff-02",
        "zh",
        "patch_diff",
        "用中文写这个补丁的提交说明。",
        "--- a/config/sms.yaml\n+++ b/config/sms.yaml\n@@ -4,6 +4,6 @@ alert:\n-  oncall: <<tel.o:cn_plain>>  # <<per.o>>\n"
        "+  oncall: <<tel.n:cn_plain>>  # <<per.n>>\n   webhook: https://oapi.dingtalk.com/robot/send?access_token=***\n"
        "-  cc: <<email.o@o>>\n+  cc: <<email.n@n>>",
        "chore(sms): 值班手机由 <<per.o>> 切换为 <<per.n>>（<<tel.n:cn_plain>>），抄送改为 <<email.n@n>>。\n\n"
        "[[version]] 之后生效。",
    ),
    T(
        "h10-zh-out_of_office_reply-01",
        "zh",
        "out_of_office_reply",
        "把这封自动回复改得更正式一点。",
        "自动回复：我是<<per.a>>，[[timestamp]] 至下周一休产假，急事找<<per.b>>（<<tel.b:cn_plain>>，<<email.b@b>>），"
        "报销单据直接寄 <<addr.a:road>>，谢谢！",
        "您好，来信已收到。本人 <<per.a>> 目前休假中，期间紧急事务请联系同事 <<per.b>>，电话 <<tel.b:cn_dash>>，"
        "邮箱 <<email.b@b>>；报销单据请邮寄至 <<addr.a:road>>。感谢理解。",
    ),
    T(
        "h10-zh-out_of_office_reply-02",
        "zh",
        "out_of_office_reply",
        "从这封邮件的原始头和自动回复正文里提取需要转交的联系人。",
        "From: <<per.a:pinyin>> <<<email.a@a>>>\nAuto-Submitted: auto-replied\nX-Mailer: [[product|Foxmail 7.2]]\n\n"
        "您好，我在出差（新加坡），期间只看微信 <<wx.a@a>>（知乎 <<url.a:zhihu>> 也能私信）。合同盖章请找法务 <<per.l>>，QQ <<qq.l>>，电话 <<tel.l:cn_land>>。",
        "转交联系人：法务 <<per.l>>，QQ <<qq.l>>，电话 <<tel.l:cn_land>>；本人 <<per.a:pinyin>> 出差期间可用微信 <<wx.a@a>> 或知乎 <<url.a:zhihu>>。",
    ),
    T(
        "h10-zh-legal_aid_intake-01",
        "zh",
        "legal_aid_intake",
        "根据法律援助申请表判断申请人是否符合经济困难条件，并说明还需补充的材料。",
        "法律援助申请表\n申请人：<<per.a>>  性别 男  出生日期 <<dob.a:cn_pad>>\n身份证号：<<cnid.a>>  户籍：<<addr.a:village>>\n"
        "联系电话：<<tel.a:cn_plain>>  案由：追索劳动报酬（欠薪 [[money]]）\n被申请人：[[organisation|某建筑劳务公司]]\n"
        "家庭人均月收入：1320 元  低保证号：[[number|DB-0923-1177]]",
        "<<per.a>>（<<cnid.a>>）持有低保证，家庭人均月收入低于当地标准，符合经济困难条件。需补充：欠薪证据、工资条或考勤。"
        "请通知申请人（<<tel.a:cn_plain>>）。",
    ),
    T(
        "h10-zh-legal_aid_intake-02",
        "zh",
        "legal_aid_intake",
        "把 [[service_number|12348]] 热线的来电记录整理成法律援助案件登记。",
        "来电号码 <<tel.c:cn_plain>>，来电人<<per.c>>，称丈夫<<per.h>>长期家暴，已在医院验伤，门诊号 <<mrn.c:mz>>。"
        "现住 <<addr.c:num_cn>>，丈夫车牌 <<plate.h>>、驾驶证号 <<dl.h>>，常在小区门口堵人。",
        "案件登记：申请人 <<per.c>>（<<tel.c:cn_plain>>），住 <<addr.c:num_cn>>；对方 <<per.h>>，车牌 <<plate.h>>，驾驶证 <<dl.h>>；"
        "验伤门诊号 <<mrn.c:mz>>。建议同时申请人身安全保护令。",
    ),
    T(
        "h10-zh-internship_agreement-01",
        "zh",
        "internship_agreement",
        "检查这份实习协议的甲乙丙三方信息是否齐全。",
        "实习协议书\n甲方（学校）：[[organisation|浙江大学]] 指导教师 <<per.t>> 电话 <<tel.t:cn_land>>\n"
        "乙方（单位）：[[organisation|网易杭州研究院]] 联系人 <<per.h>> 邮箱 <<email.h@h>>\n"
        "丙方（学生）：<<per.s>>  学号 [[employee_id|3210104421]]  身份证 <<cnid.s>>  工资卡 <<card.s:unionpay>>\n"
        "实习期：[[timestamp]] 起三个月  月补贴 [[money]]",
        "三方信息基本齐全：学校指导教师 <<per.t>>（<<tel.t:cn_land>>），单位联系人 <<per.h>>（<<email.h@h>>），"
        "学生 <<per.s>>，工资卡 <<card.s:unionpay>>。缺少学生紧急联系人。",
    ),
    T(
        "h10-zh-internship_agreement-02",
        "zh",
        "internship_agreement",
        "给实习生写一封入职须知邮件。",
        "实习生：<<per.s>>  报到日期 下周一  工位 B3-17  导师 <<per.m>>\n个人邮箱 <<email.s@s>>  GitHub：<<url.s:github>>\n"
        "入职需带：身份证（<<cnid.s>>）、三方协议、体检报告",
        "<<per.s>>同学你好：\n欢迎加入！请下周一到 B3-17 报到，导师是 <<per.m>>。请携带身份证（<<cnid.s>>）原件、三方协议和体检报告。"
        "我们会把代码仓库权限开给 <<url.s:github>>。",
    ),
    T(
        "h10-zh-gas_cylinder_delivery-01",
        "zh",
        "gas_cylinder_delivery",
        "根据瓶装液化气实名配送单，写一条给配送员的派单短信。",
        "瓶装燃气实名配送单 [[order_number]]\n用户：<<per.u>>  身份证：<<cnid.u>>  用户卡号：[[number|LPG-330106-88231]]\n"
        "地址：<<addr.u:yuan>>（沿街商铺，饭店）\n电话：<<tel.u:cn_plain>>\n钢瓶码：[[tracking_number]]  规格 15kg  价格 [[money]]\n"
        "配送员：<<per.d>>  车牌 <<plate.d>>  驾驶证 <<dl.d>>",
        "【派单】<<per.d>>师傅（驾驶证 <<dl.d>> 已备案）：请送 15kg 一瓶到 <<addr.u:yuan>>，联系 <<per.u>> <<tel.u:cn_dash>>，到达后扫钢瓶码并核对身份证。",
    ),
    T(
        "h10-zh-gas_cylinder_delivery-02",
        "zh",
        "gas_cylinder_delivery",
        "燃气公司客服收到安全投诉，整理成工单。",
        "",
        "工单：投诉人 <<per.c>>（<<tel.c:cn_plain>>），反映配送员 <<per.d>>（车牌 <<plate.d>>）送气后未做安检；地址 <<addr.c:short>>。"
        "处理：安排 24 小时内上门复检。",
        history=[
            (
                "我是<<per.c>>，住<<addr.c:short>>，你们配送员放下气瓶就走了，连接管都没检查",
                "很抱歉！请问配送员姓名或车牌记得吗？",
            ),
            (
                "车牌 <<plate.d>>，叫<<per.d>>，我手机 <<tel.c:cn_plain>>，这事要是漏气谁负责",
                "我们马上登记安全工单并回访。紧急情况请拨 [[service_number|119]]。",
            ),
        ],
        system="你是燃气公司客服，本班次负责人 <<per.m>>（工号 [[employee_id|RQ-2291]]，内线 <<tel.m:cn_land>>）。",
    ),
    T(
        "h10-zh-locksmith_job_ticket-01",
        "zh",
        "locksmith_job_ticket",
        "开锁师傅需要在公安备案系统登记，帮他整理成登记格式。",
        "开锁登记：[[timestamp]]\n客户 <<per.c>>，身份证 <<cnid.c:lower_x>>，手机 <<tel.c:cn_plain>>\n开锁地址 <<addr.c:road_bld>>（客户自称房主，出示房产证）\n"
        "锁型：[[product|王力 C级锁芯]]  收费 [[money]]\n师傅：<<per.l>>  从业证号 [[employee_id|KS-3301-0715]]",
        "登记信息：客户 <<per.c>>，证件 <<cnid.c:lower_x>>，电话 <<tel.c:cn_plain>>，地址 <<addr.c:road_bld>>；开锁师傅 <<per.l>>。"
        "已核验房产证。",
    ),
    T(
        "h10-zh-locksmith_job_ticket-02",
        "zh",
        "locksmith_job_ticket",
        "把这段语音转写整理成汽车开锁单，车牌 <<plate.c>> 的车主信息要单独列出。",
        "喂师傅，我车钥匙锁车里了，车牌 <<plate.c>>，在 [[public_place|万象城]] 地下二层，我叫<<per.c>>，电话 <<tel.c:cn_numerals>>，"
        "行驶证上是我老公<<per.h>>的名字，他驾驶证号 <<dl.h>>。",
        "汽车开锁单\n车牌：<<plate.c>>\n联系人：<<per.c>>，电话 <<tel.c:cn_plain>>\n车主：<<per.h>>（驾驶证 <<dl.h>>）\n"
        "备注：需车主授权或到场核验。",
    ),
    T(
        "h10-zh-internet_cafe_login-01",
        "zh",
        "internet_cafe_login",
        "网吧实名上网记录，帮我查一下未成年人有没有上机。",
        "机号|姓名|证件号|上机时间|下机时间|MAC\nA017|<<per.a>>|<<cnid.a>>|[[timestamp]]|[[timestamp]]|<<mac.a:dash>>\n"
        "A018|<<per.b>>|<<cnid.b>>|[[timestamp]]||<<mac.b:dash>>\nVIP03|<<per.c>>|<<cnid.c>>|[[timestamp]]||<<mac.c:dash>>",
        "需要按身份证 出生日期 判断：请核对 <<per.a>>（<<cnid.a>>）、<<per.b>>（<<cnid.b>>）、<<per.c>>（<<cnid.c>>）是否满 18 周岁；"
        "未满 18 周岁的应立即下机。",
    ),
    T(
        "h10-zh-internet_cafe_login-02",
        "zh",
        "internet_cafe_login",
        "顾客说身份证被别人冒用上网，帮网管回复。",
        "",
        "<<per.u:title>>您好，我们查到您的证件 <<cnid.u>> 在 [[timestamp]] 于 B12 机上机，绑定 QQ <<qq.x>>。已截留监控，"
        "请您到店或报警（[[service_number|110]]）处理。",
        history=[
            (
                "我叫<<per.u>>，身份证<<cnid.u>>，我从来没去过你们网吧，怎么有上网记录？",
                "我帮您查一下，请稍等。",
            ),
            ("查到了吗？我电话 <<tel.u:cn_plain>>", "查到一条记录，登录的 QQ 是 <<qq.x>>，不是您本人的吧？"),
        ],
    ),
    T(
        "h10-zh-summer_camp_registration-01",
        "zh",
        "summer_camp_registration",
        "把夏令营报名表整理成营地医护需要的健康信息卡。",
        "夏令营报名表（[[common_word|星空营]]，主题：致敬[[public_figure|袁隆平]]）\n营员：<<per.k>>  出生日期：<<dob.k:cn>>  身份证：<<cnid.k>>\n"
        "过敏：花生、[[product|阿莫西林]]  既往病历号 <<mrn.k:zy>>\n监护人：<<per.p>>  手机 <<tel.p:cn_plain>>  微信 <<wx.p@p>>\n"
        "家庭住址：<<addr.p>>  保险：[[organisation|平安保险]] 学平险",
        "健康信息卡\n营员 <<per.k>>，<<dob.k:cn>> 生；过敏：花生、阿莫西林；病历号 <<mrn.k:zy>>\n"
        "紧急联系人 <<per.p>> <<tel.p:cn_space>>",
    ),
    T(
        "h10-zh-summer_camp_registration-02",
        "zh",
        "summer_camp_registration",
        "把营地群里家长的报名信息接龙整理成表格。",
        "#接龙 研学营报名\n1. <<per.a>> 妈妈 <<tel.a:cn_plain>> 孩子<<per.x>> <<dob.x:dot>>\n"
        "2. <<per.b>> 爸爸 <<tel.b:cn_plain>> 孩子<<per.y>> <<dob.y:dot>> 护照 <<pass.y>>（出境线）\n3. [[common_word|接龙]]",
        "| 孩子 | 出生日期 | 家长 | 电话 |\n|---|---|---|---|\n| <<per.x>> | <<dob.x:iso>> | <<per.a>> | <<tel.a:cn_plain>> |\n"
        "| <<per.y>> | <<dob.y:iso>> | <<per.b>> | <<tel.b:cn_plain>> |\n<<per.y>> 走出境线，护照 <<pass.y>>。",
    ),
    T(
        "h10-zh-dlp_alert-01",
        "zh",
        "dlp_alert",
        "解释这条 DLP 告警并给出处置建议。",
        "[DLP] 策略：身份证号外发  严重级别：高\n用户：<<per.u:user>>@corp  终端：<<ip.u:private>> / <<mac.u:colon>>\n"
        "通道：企业微信外部联系人 <<wx.x>>\n命中内容：“…<<per.c>> <<cnid.c>> <<card.c:unionpay>>…”\n命中次数：3  时间：[[timestamp]]\n"
        "引擎：[[product|天空卫士 UCSS]] [[version]]",
        "告警说明：员工 <<per.u:user>> 在终端 <<ip.u>> 上，通过企业微信把客户 <<per.c>> 的身份证 <<cnid.c>> 和银行卡 <<card.c:unionpay>> "
        "发给外部联系人 <<wx.x>>。建议：阻断、通知合规、约谈员工。",
    ),
    T(
        "h10-zh-dlp_alert-02",
        "zh",
        "dlp_alert",
        "把这条邮件 DLP 隔离通知改写成给员工看的说明。",
        "邮件已隔离。发件人 <<email.s@s>> 收件人 <<email.r>>，附件 客户名单.xlsx 中检测到 23 个手机号（示例：<<tel.x:cn_plain>>）"
        "及 2 个护照号（示例：<<pass.x>>）、1 个美国 SSN（<<ssn.x>>）和 1 个 IBAN（<<iban.x>>）。",
        "你好，你发给 <<email.r>> 的邮件被拦截了，因为附件含客户手机号（如 <<tel.x:cn_plain>>）、护照号（如 <<pass.x>>）、SSN <<ssn.x>> 和 IBAN <<iban.x>>。"
        "如确需外发请走审批。",
    ),
    T(
        "h10-zh-openapi_example-01",
        "zh",
        "openapi_example",
        "帮我检查这个 OpenAPI 文档里的 example 有没有泄露真实信息。",
        "paths:\n  /v1/members/{id}:\n    get:\n      responses:\n        '200':\n          content:\n            application/json:\n"
        "              example:\n                name: <<per.a>>\n                mobile: '<<tel.a:cn_plain>>'\n                idCard: '<<cnid.a>>'\n"
        "                qq: '<<qq.a>>'\n                usSsn: '<<ssn.a>>'\n                lastLoginIp: <<ip.a:public>>\ncomponents:\n  schemas:\n    [[code_identifier|MemberDTO]]:",
        "有泄露风险：example 中的 <<per.a>>、手机 <<tel.a:cn_plain>>、身份证 <<cnid.a>>、QQ <<qq.a>>、SSN <<ssn.a>> 和 IP <<ip.a>> 看起来是真实数据，"
        "应改为 138****0000 这样的示例。",
    ),
    T(
        "h10-zh-openapi_example-02",
        "zh",
        "openapi_example",
        "根据这个 Swagger 示例写一个 curl 调用。",
        '{"openapi": "3.0.1", "paths": {"/pay/bind": {"post": {"requestBody": {"content": {"application/json": '
        '{"example": {"realName": "<<per.p>>", "cardNo": "<<card.p:plain>>", "bankMobile": "<<tel.p:cn_plain>>", '
        '"certNo": "<<cnid.p>>", "ibanNo": "<<iban.p>>"}}}}}}}, "info": {"version": "[[version]]"}}',
        "curl -X POST https://api.example.com/pay/bind -H 'Content-Type: application/json' "
        '-d \'{"realName": "<<per.p>>", "cardNo": "<<card.p:plain>>", "bankMobile": "<<tel.p:cn_plain>>", "certNo": "<<cnid.p>>", "ibanNo": "<<iban.p>>"}\'',
    ),
    T(
        "h10-zh-social_worker_visit-01",
        "zh",
        "social_worker_visit",
        "把社工入户走访记录整理成月度汇报的一段话。",
        "入户走访记录\n走访对象：<<per.e>>（独居老人）  出生日期：<<dob.e:cn_numerals>>  身份证：<<cnid.e>>\n"
        "住址：<<addr.e:comm>>\n子女：<<per.c>>，在外地，电话 <<tel.c:cn_plain>>\n情况：血压控制一般，药物 [[product|硝苯地平控释片]]；门诊病历号 <<mrn.e:mz>>\n"
        "社工：<<per.w>>  走访时间：[[timestamp]]",
        "本月社工 <<per.w>> 走访独居老人 <<per.e>>（<<addr.e:comm>>），血压控制一般，已联系其子女 <<per.c>>（<<tel.c:cn_plain>>），"
        "并提醒复诊（病历号 <<mrn.e:mz>>）。",
    ),
    T(
        "h10-zh-social_worker_visit-02",
        "zh",
        "social_worker_visit",
        "根据社工和居民的微信聊天，写一份困难救助申请的情况说明。",
        "",
        "情况说明：<<per.r>>，身份证 <<cnid.r>>，住 <<addr.r>>，因病失业，家庭无固定收入，申请临时救助，救助金发放至银行卡 <<card.r:spaced>>。",
        history=[
            (
                "<<per.w>>姐，我是<<per.r>>，住<<addr.r>>，上个月住院花了不少，能申请救助吗",
                "可以的，先把身份证号和收款卡号发我。",
            ),
            ("身份证 <<cnid.r>>，卡 <<card.r:plain>>，是[[organisation|农业银行]]的", "收到，我写情况说明报街道。"),
        ],
    ),
    T(
        "h10-zh-wearable_health_export-01",
        "zh",
        "wearable_health_export",
        "解析这段手环导出的 XML，统计每天的步数。",
        '<HealthData locale="zh_CN">\n <Me HKCharacteristicTypeIdentifierDateOfBirth="<<dob.u:iso>>" '
        'HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>\n'
        ' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="<<per.u>>的[[product|Apple Watch]]" '
        'device="mac=<<mac.u:colon>>" startDate="[[timestamp]]" value="8412"/>\n'
        ' <Record type="HKQuantityTypeIdentifierStepCount" sourceName="<<per.u>>的iPhone" startDate="[[timestamp]]" value="3120"/>\n</HealthData>',
        "两条步数记录合计 11532 步（8412 + 3120）。注意文件中含出生日期 <<dob.u:iso>>、设备名“<<per.u>>的Apple Watch”和 MAC <<mac.u:colon>>。",
    ),
    T(
        "h10-zh-wearable_health_export-02",
        "zh",
        "wearable_health_export",
        "把这条手表的跌倒告警短信整理成家属通知。",
        "【跌倒检测】手表用户 <<per.u>>（出生 <<dob.u:cn_pad>>）于 [[timestamp]] 检测到疑似跌倒，位置：<<addr.u:road>> 附近。"
        "已自动拨打紧急联系人 <<tel.e:cn_plain>>（<<per.e>>），设备 MAC <<mac.u:dash>>，IP <<ip.u:private>>。",
        "<<per.e>>您好：<<per.u>> 的手表在 <<addr.u:road>> 附近检测到疑似跌倒，请尽快联系老人，必要时拨打 [[service_number|120]]。",
    ),
    T(
        "h10-zh-ham_radio_license-01",
        "zh",
        "ham_radio_license",
        "帮我核对这份业余无线电台执照申请表，字段是否符合要求。",
        "业余无线电台设置（使用）申请表\n申请人：<<per.a>>  出生日期：<<dob.a:cn_pad>>\n证件号码：<<cnid.a>>  操作证书：A 类 [[number|CRAC-A-0091824]]\n"
        "通信地址：<<addr.a:post>>  电话：<<tel.a:cn_plain>>  电子邮箱：<<email.a@a>>  个人主页：<<url.a:bilibili>>\n设备：[[product|Yaesu FT-991A]]  呼号 BG[[number|4XQE]]",
        "字段齐全：申请人 <<per.a>>，证件 <<cnid.a>>，通信地址 <<addr.a:post>>，电话 <<tel.a:cn_plain>>，邮箱 <<email.a@a>>，主页 <<url.a:bilibili>>。"
        "提醒：设备需有型号核准代码。",
    ),
    T(
        "h10-zh-ham_radio_license-02",
        "zh",
        "ham_radio_license",
        "把 QSO 通联日志转成 ADIF 格式。",
        "日期时间 | 对方呼号 | 频率 | 模式 | 对方姓名 | QTH | 备注\n[[timestamp]] | BH7[[number|QKA]] | 14.074 | FT8 | <<per.b:pinyin>> | <<addr.b:short>> | QQ <<qq.b>>\n"
        "[[timestamp]] | JA1[[number|XYZ]] | 7.041 | CW | Taro | Tokyo | -",
        "<CALL:6>BH7QKA <FREQ:6>14.074 <MODE:3>FT8 <NAME:<<per.b:pinyin>>> <QTH:<<addr.b:short>>> <COMMENT:QQ <<qq.b>>> <EOR>\n"
        "<CALL:6>JA1XYZ <FREQ:5>7.041 <MODE:2>CW <NAME:4>Taro <QTH:5>Tokyo <EOR>",
    ),
    # ------------------------------------------------------------------ en
    T(
        "h10-en-bail_bond_form-01",
        "en",
        "bail_bond_form",
        "Summarize this bail bond application for the agent who will post the bond.",
        "BAIL BOND APPLICATION - Indemnitor Section\nDefendant: <<per.d:last_first>>  DOB: <<dob.d:us_pad>>  Booking #: [[number|24-118305]]\n"
        "Defendant SSN: <<ssn.d>>  DL: <<dl.d:ca>>\nIndemnitor (co-signer): <<per.i>>  Relationship: mother\nIndemnitor address: <<addr.i:full>>\n"
        "Cell: <<tel.i:us_paren>>  Employer: [[organisation|Kaiser Permanente]]\nCollateral: 2016 [[product|Toyota Tacoma]], plate <<plate.i:ca>>\n"
        "Bond amount: [[money]]  Premium 10%",
        "Defendant <<per.d>> (DOB <<dob.d:us_pad>>, CA DL <<dl.d:ca>>). Co-signer <<per.i>>, the mother, at <<addr.i:full>>, "
        "cell <<tel.i:us_paren>>; collateral truck plate <<plate.i:ca>>.",
    ),
    T(
        "h10-en-bail_bond_form-02",
        "en",
        "bail_bond_form",
        "Draft a reminder text to the defendant about the next court date, based on the chat.",
        "",
        "Hi <<per.d:given>>, this is Liberty Bail. Reminder: your arraignment is Monday 8:30 AM. Check in with us at <<tel.a:us_dash>> "
        "before you go. If you miss court, the bond signed by co-signer <<per.c>> is forfeited.",
        history=[
            (
                "My son <<per.d>> got released last night. I'm <<per.c>>, I signed the bond. His new number is <<tel.d:us_dot>>",
                "Thank you. Please confirm his current address for the file.",
            ),
            (
                "He's staying with me at <<addr.c:line_unit>>. Email me at <<email.c@c>> if you need anything",
                "Got it. We'll text him the reminders at <<tel.d:us_dot>>.",
            ),
        ],
    ),
    T(
        "h10-en-slack_export-01",
        "en",
        "slack_export",
        "Here is a Slack export (channel #payroll-help). Summarize the thread and flag any sensitive data shared.",
        '[{"user": "U01ABCD", "user_name": "<<per.a:lower_dot>>", "text": "can someone fix my direct deposit? new routing is fine, '
        'IBAN <<iban.a>> for the Berlin entity", "ts": "[[timestamp]]"},\n'
        '{"user": "U01EFGH", "user_name": "<<per.b:user>>", "text": "<@U01ABCD> please don\'t post that here. Also need your SSN '
        'to update [[product|Workday]], DM me", "ts": "[[timestamp]]"},\n'
        '{"user": "U01ABCD", "user_name": "<<per.a:lower_dot>>", "text": "<<ssn.a>> sorry", "ts": "[[timestamp]]", '
        '"reactions": [{"name": "facepalm", "count": 2}]}]',
        "<<per.a:lower_dot>> asked to change direct deposit and posted an IBAN (<<iban.a>>) and then an SSN (<<ssn.a>>) in a public channel; "
        "<<per.b:user>> asked to move it to DM. Both messages should be deleted.",
    ),
    T(
        "h10-en-slack_export-02",
        "en",
        "slack_export",
        "Convert this Slack users.list response into a CSV with name, email, phone and title.",
        '{"ok": true, "members": [{"id": "W012A3CDE", "name": "<<per.a:user>>", "real_name": "<<per.a>>", "profile": '
        '{"title": "Field Engineer", "phone": "<<tel.a:us_intl2>>", "email": "<<email.a@a>>", "image_72": "https://a.slack-edge.com/x.png"}}, '
        '{"id": "W07QCRPA4", "name": "<<per.b:user>>", "real_name": "<<per.b>>", "profile": {"title": "[[common_word|Night Owls]] lead", '
        '"phone": "<<tel.b:uk_intl>>", "email": "<<email.b@b>>", "fields": {"QQ": "<<qq.b>>", "WeChat": "<<wx.b@b>>"}}, "is_admin": true}]}',
        "name,email,phone,title\n<<per.a>>,<<email.a@a>>,<<tel.a:us_intl2>>,Field Engineer\n<<per.b>>,<<email.b@b>>,<<tel.b:uk_intl>>,Night Owls lead (QQ <<qq.b>>; WeChat <<wx.b@b>>)",
    ),
    T(
        "h10-en-property_viewing_log-01",
        "en",
        "property_viewing_log",
        "Turn the showing log into a short feedback email to the seller.",
        "SHOWING LOG - MLS# [[number|219044871]]\nListing: <<addr.l:line>>\nShowing agent: <<per.a>> (<<email.a@a>>, <<url.a:linkedin>>)\n"
        "Buyer: <<per.b:last_first>>, pre-approved with [[organisation|Wells Fargo]] to [[money]]\nBuyer phone: <<tel.b:us_dash>>\n"
        "Lockbox code used: 4417  Time: [[timestamp]]\nFeedback: loved the kitchen, worried about the noise from [[public_place|I-95]]",
        "Hi, quick update on the showing at <<addr.l:line>>: agent <<per.a>> (<<url.a:linkedin>>) brought <<per.b>>, who is pre-approved. "
        "They loved the kitchen but worried about road noise.",
    ),
    T(
        "h10-en-property_viewing_log-02",
        "en",
        "property_viewing_log",
        "Write the open-house sign-in sheet below as a follow-up list for the listing agent.",
        "OPEN HOUSE SIGN-IN  <<addr.l:line>>\nName | Phone | Email | Working with an agent?\n<<per.a>> | <<tel.a:us_plain>> | <<email.a@a>> | No\n"
        "<<per.b>> | <<tel.b:uk_mobile>> | <<email.b@b>> | Yes - [[organisation|Compass]]\n<<per.c:upper>> | <<tel.c:us_paren>> | | No",
        "Follow up (not represented): <<per.a>> <<tel.a:us_dash>>, <<email.a@a>>; <<per.c>> <<tel.c:us_paren>>. "
        "Skip <<per.b>> (has an agent).",
    ),
    T(
        "h10-en-inpatient_front_sheet-01",
        "en",
        "inpatient_front_sheet",
        "Fix the OCR errors in this hospital face sheet, keeping the layout.",
        "ADMISSION FACE SHEET  St. Luke's\nMRN: <<mrn.p:mrn>>   Acct: [[number|40021877365]]\nPatient: <<per.p:upper>>   DOB: <<dob.p:us_pad>>   Sex: F\n"
        "SSN: <<ssn.p>>   Marital: M\nAddress: <<addr.p:full>>\nHome Ph: <<tel.p:us_paren>>\nGuarantor: <<per.g:last_first>>  Ph: <<tel.g:us_dash>>\n"
        "Insurance: [[organisation|Aetna]] PPO  Attending: Dr. [[public_figure|Gregory House]]",
        "ADMISSION FACE SHEET\nMRN: <<mrn.p:mrn>>\nPatient: <<per.p:upper>>  DOB: <<dob.p:us_pad>>\nSSN: <<ssn.p>>\nAddress: <<addr.p:full>>\n"
        "Home Ph: <<tel.p:us_paren>>\nGuarantor: <<per.g:last_first>>",
    ),
    T(
        "h10-en-inpatient_front_sheet-02",
        "en",
        "inpatient_front_sheet",
        "The ward clerk pasted the face sheet as key:value lines. Return the emergency contact block only.",
        "pt_name: <<per.p>>\nmrn: <<mrn.p:alpha>>\ndob: <<dob.p:iso>>\nnok_name: <<per.k>>\nnok_rel: son\nnok_phone: <<tel.k:uk_mobile>>\n"
        "nok_email: <<email.k@k>>\nnok_address: <<addr.k:flat>>\nadmit_src: A&E via [[service_number|999]]",
        "Emergency contact for <<per.p>> (<<mrn.p:alpha>>): <<per.k>> (son), <<tel.k:uk_mobile>>, <<email.k@k>>, <<addr.k:flat>>.",
    ),
    T(
        "h10-en-dns_zone_file-01",
        "en",
        "dns_zone_file",
        "Review this zone file and point out anything that should not be public.",
        "$TTL 86400\n@   IN SOA ns1.pinecrest-dental.com. <<per.a:lower_dot>>.pinecrest-dental.com. ( [[number|2024110301]] 3600 900 604800 86400 )\n"
        '@   IN TXT "v=spf1 include:_spf.google.com ~all"\noffice  IN A  <<ip.o:public>>\n'
        "xray    IN A  <<ip.x:private>>   ; Dr. <<per.b>>'s imaging PC, mac <<mac.x:colon>>\n"
        '_contact IN TXT "billing: <<per.c>> <<tel.c:us_dot>>"',
        "Issues: the SOA RNAME exposes <<per.a:lower_dot>>; the comment on xray leaks a private IP (<<ip.x>>), Dr. <<per.b>>'s name and a MAC "
        "(<<mac.x:colon>>); the _contact TXT record publishes <<per.c>>'s phone <<tel.c:us_dot>>.",
    ),
    T(
        "h10-en-dns_zone_file-02",
        "en",
        "dns_zone_file",
        "Explain this whois-style dig +short output for a non-technical manager.",
        '$ dig +short TXT owner.lab.fieldkit.io\n"maintainer=<<per.m>> <<email.m@m>>"\n"oncall=<<tel.m:us_intl>>"\n'
        "$ dig +short AAAA lab.fieldkit.io\n<<ip.v:v6>>\n$ dig +short A lab.fieldkit.io\n<<ip.a:public>>",
        "The domain publishes who maintains it (<<per.m>>, <<email.m@m>>) and an on-call number (<<tel.m:us_intl>>) in TXT records. "
        "The lab server has an IPv6 address <<ip.v:v6>> and an IPv4 address <<ip.a>>.",
    ),
    T(
        "h10-en-dhcp_lease_table-01",
        "en",
        "dhcp_lease_table",
        "From this ISC dhcpd.leases excerpt, list which devices were online and who owns them.",
        "lease <<ip.a:private>> {\n  starts 3 [[timestamp]];\n  hardware ethernet <<mac.a:colon_lower>>;\n"
        '  client-hostname "<<per.a:given>>s-MacBook-Pro";\n}\nlease <<ip.b:private>> {\n  hardware ethernet <<mac.b:colon_lower>>;\n'
        '  client-hostname "[[product|Galaxy-S24]]";\n  uid "\\001<<mac.b:colon_lower>>";\n}',
        "Two devices: <<per.a:given>>'s MacBook Pro (<<mac.a:colon_lower>> at <<ip.a>>) and a Galaxy S24 (<<mac.b:colon>> at <<ip.b>>), "
        "owner unknown.",
    ),
    T(
        "h10-en-dhcp_lease_table-02",
        "en",
        "dhcp_lease_table",
        "Our school's IT helpdesk got this ticket. Draft a reply.",
        "",
        "Hi <<per.p>>, thanks for the details. The device with MAC <<mac.k:dash>> is now blocked on the student network, "
        "and <<per.k>>'s laptop (<<mac.l:cisco>>) keeps its reservation at <<ip.l:private>>.",
        history=[
            (
                "My daughter <<per.k>> says someone cloned her MAC address. Her laptop is <<mac.l:cisco>>. Call me at <<tel.p:us_dash>>",
                "Thanks. We see two leases for similar hardware. Which one is hers?",
            ),
            (
                "Hers is at <<ip.l:private>>. The other one, <<mac.k:dash>>, isn't ours. I'm <<per.p>> by the way",
                "Understood, we'll block the unknown device.",
            ),
        ],
    ),
    T(
        "h10-en-used_car_sale-01",
        "en",
        "used_car_sale",
        "Check this bill of sale for a private car sale and list what's missing.",
        "MOTOR VEHICLE BILL OF SALE (Texas)\nSeller: <<per.s>>, <<addr.s:line>>, DL# <<dl.s:tx>>\nBuyer: <<per.b>>, phone <<tel.b:us_plain>>\n"
        "Vehicle: 2018 [[product|Honda Civic EX]], VIN 2HGFC2F7[[number|1JH512094]], plate <<plate.v:tx>>\nOdometer: 61,204  Price: [[money]]\n"
        "Payment: cashier's check from [[organisation|Chase]]; $500 deposit on card <<card.b>>\nTitle mailed via [[tracking_number]]",
        "Present: seller <<per.s>> with TX DL <<dl.s:tx>>, buyer <<per.b>>, VIN and plate <<plate.v:tx>>, price. "
        "Deposit card <<card.b>> noted. Missing: buyer's address and both signatures/dates.",
    ),
    T(
        "h10-en-used_car_sale-02",
        "en",
        "used_car_sale",
        "Summarize this Facebook Marketplace chat into the V5C (UK logbook) transfer details.",
        "",
        "Keeper change: new keeper <<per.b>>, <<addr.b:multiline>>. Vehicle reg <<plate.v:uk>>. Seller <<per.s>> to notify DVLA online.",
        history=[
            (
                "Hi is the Corsa still available? I'm <<per.b>>",
                "Yes mate, reg <<plate.v:uk>>, 2015, 74k miles. I'm <<per.s>>, text me <<tel.s:uk_mobile>>",
            ),
            (
                "Great, I'll take it. For the logbook my address is <<addr.b:multiline>>",
                "Cheers, I'll do the V5C online tonight. Can pay by bank transfer to <<iban.s:gb>>",
            ),
        ],
    ),
    T(
        "h10-en-organ_donor_registration-01",
        "en",
        "organ_donor_registration",
        "Check this organ donor registry form for consistency.",
        "DONATE LIFE REGISTRY - ENROLLMENT\nFirst/Last: <<per.d>>\nDate of Birth: <<dob.d:long>>\nDriver License/State ID: <<dl.d:ny>> (NY)\n"
        "Email: <<email.d@d>>\nMailing address: <<addr.d:full_unit>>\nDonation: all organs and tissues; research: [[common_word|Yes]]",
        "The form is consistent: <<per.d>>, born <<dob.d:long>>, NY license <<dl.d:ny>>, email <<email.d@d>>, "
        "mailing address <<addr.d:full_unit>>.",
    ),
    T(
        "h10-en-organ_donor_registration-02",
        "en",
        "organ_donor_registration",
        "A family member wrote in. Draft a compassionate reply.",
        "Subject: my husband's donor status\nHello, my husband <<per.h>> (NHS number [[employee_id|485 777 3456]], born <<dob.h:long_eu>>) "
        "passed away at [[organisation|Addenbrooke's]] last night. Hospital number <<mrn.h:alpha>>. Can you confirm he was on the register? "
        "I'm <<per.w>>, <<tel.w:uk_land>>.",
        "Dear <<per.w>>,\nI am so sorry for your loss. We will check the register for <<per.h>> (born <<dob.h:long_eu>>) and call you on "
        "<<tel.w:uk_land>> today.",
    ),
    T(
        "h10-en-dorm_assignment-01",
        "en",
        "dorm_assignment",
        "Group these housing assignments by residence hall and flag roommates who requested each other.",
        "student_id,name,email,hall,room,roommate_request,dob\n[[employee_id|U91044382]],<<per.a>>,<<email.a@a>>,Baker Hall,314B,<<per.b>>,<<dob.a:us>>\n"
        "[[employee_id|U91051127]],<<per.b>>,<<email.b@b>>,Baker Hall,314A,<<per.a>>,<<dob.b:us>>\n[[employee_id|U91060015]],<<per.c>>,<<email.c@c>>,Simmons,2207,,<<dob.c:us>>",
        "Baker Hall: <<per.a>> (314B) and <<per.b>> (314A) - mutual roommate request.\nSimmons: <<per.c>> (2207), no request.",
    ),
    T(
        "h10-en-dorm_assignment-02",
        "en",
        "dorm_assignment",
        "Reply to this international student's housing email.",
        "Hi, I'm <<per_cn.s:pinyin>> from Chengdu, admitted for fall. My passport is <<pass.s:cn_e>>, Chinese ID <<cnid.s>>, and my WeChat is <<wx.s@s>> "
        "(no WhatsApp; QQ <<qq.s>>). I need a single room because of a medical condition; my doctor's record number is <<mrn.s:zy>>.",
        "Dear <<per_cn.s:pinyin>>,\nThank you. Please upload your medical documentation (record <<mrn.s:zy>>) to the accessibility portal. "
        "We have noted passport <<pass.s:cn_e>> (ID <<cnid.s>>) for your I-20 housing file; we will message you on WeChat (<<wx.s@s>>) or QQ <<qq.s>>.",
    ),
    T(
        "h10-en-cdr_record-01",
        "en",
        "cdr_record",
        "Total the billable minutes per subscriber in this CDR extract.",
        "subscriber_msisdn,called_number,start_utc,duration_sec,cell,imsi\n<<tel.a:us_plain>>,<<tel.b:us_plain>>,[[timestamp]],634,310-260-4421,310260[[number|117734882]]\n"
        "<<tel.a:us_plain>>,[[service_number|911]],[[timestamp]],88,310-260-4421,310260[[number|117734882]]\n<<tel.b:us_plain>>,<<tel.a:us_plain>>,[[timestamp]],47,310-260-4410,310260[[number|556102913]]",
        "<<tel.a:us_plain>>: 634 s billable (the 88 s emergency call is free) = 11 minutes rounded up. <<tel.b:us_plain>>: 47 s = 1 minute.",
    ),
    T(
        "h10-en-cdr_record-02",
        "en",
        "cdr_record",
        "Write the subpoena response cover letter for these call records.",
        "Subscriber: <<per.s:last_first>>\nAccount address: <<addr.s:full>>\nMSISDN: <<tel.s:us_intl>>\nSSN on account: <<ssn.s>>\n"
        "Records: [[timestamp]] to [[timestamp]], 412 voice events, 1,930 SMS events\nRequesting agency: [[organisation|FBI Newark Field Office]]",
        "Re: records for subscriber <<per.s>>, MSISDN <<tel.s:us_intl>>.\nEnclosed are 412 voice and 1,930 SMS events for the requested period. "
        "Account address on file: <<addr.s:full>>.",
    ),
    T(
        "h10-en-print_audit_log-01",
        "en",
        "print_audit_log",
        "Security wants to know who printed HR documents after hours. Filter the PaperCut log.",
        "Time,User,Pages,Copies,Printer,Document Name,Client,Duplex\n[[timestamp]],<<per.a:lower_dot>>,3,1,HR-Ricoh,"
        "<<per.c>> - termination letter.docx,<<ip.a:private>>,DUPLEX\n[[timestamp]],<<per.b:user>>,1,1,Lobby-HP,boarding pass.pdf,<<ip.b:private>>,SIMPLEX\n"
        "[[timestamp]],<<per.a:lower_dot>>,2,1,HR-Ricoh,W-4 <<per.d>> SSN <<ssn.d>>.pdf,<<ip.a:private>>,DUPLEX",
        'After hours on HR-Ricoh: <<per.a:lower_dot>> from <<ip.a>> printed "<<per.c>> - termination letter.docx" and a W-4 for <<per.d>> '
        "whose file name includes an SSN (<<ssn.d>>).",
    ),
    T(
        "h10-en-print_audit_log-02",
        "en",
        "print_audit_log",
        "Explain what this CUPS page_log line means.",
        "HP_LaserJet_M507 <<per.u:user>> 1187 [[timestamp]] total 4 - <<ip.u:private>> Passport_scan_<<pass.x>>.pdf - -\n"
        "# requesting MAC <<mac.u:colon>>, ticket from <<email.u@u>>\nHP_LaserJet_M507 <<per.u:user>> 1188 [[timestamp]] total 1 - <<ip.u:private>> ID_card_<<cnid.y>>.jpg - -",
        'The user <<per.u:user>> at <<ip.u>> printed job 1187, 4 pages, a file named "Passport_scan_<<pass.x>>.pdf" on the [[product|HP LaserJet M507]]. '
        "The file name contains a passport number, and job 1188 an ID card scan named with <<cnid.y>>.",
    ),
    T(
        "h10-en-model_release_form-01",
        "en",
        "model_release_form",
        "Extract the model's details from this release into YAML for the agency database.",
        "ADULT MODEL RELEASE\nModel name: <<per.m>>   Date of birth: <<dob.m:us>>\nAddress: <<addr.m:line_unit>>\nPhone: <<tel.m:us_dash>>   "
        "Instagram: <<url.m:instagram>>\nPhotographer: [[public_figure|Annie Leibovitz]] studio assistant\nShoot: [[product|Canon EOS R5]] campaign, consideration [[money]]",
        "model:\n  name: <<per.m>>\n  dob: <<dob.m:us>>\n  address: <<addr.m:line_unit>>\n  phone: <<tel.m:us_dash>>\n  instagram: <<url.m:instagram>>",
    ),
    T(
        "h10-en-model_release_form-02",
        "en",
        "model_release_form",
        "Write the payment instructions section for a European model's release, based on her email.",
        "From: <<per.m>> <<<email.m@m>>>\nHi! For the shoot fee please wire to my account <<iban.m:fr>> (BNP). My agent is <<per.a>>, "
        "<<tel.a:uk_intl>>. Passport <<pass.m:uk>> for the tax form.",
        "Payment: fee to be wired to <<per.m>>, IBAN <<iban.m:fr>>. Tax form: passport <<pass.m:uk>>. Agent contact: <<per.a>>, <<tel.a:uk_intl>>.",
    ),
    T(
        "h10-en-ivf_clinic_intake-01",
        "en",
        "ivf_clinic_intake",
        "Summarize this fertility clinic new-patient intake for the nurse coordinator.",
        "NEW PATIENT INTAKE - Reproductive Medicine\nPatient: <<per.p>>  DOB <<dob.p:us_pad>>  MRN <<mrn.p:digits>>\nPartner: <<per.q>>  DOB <<dob.q:us_pad>>\n"
        "Insurance: [[organisation|Progyny]]  Member SSN: <<ssn.p>>\nPharmacy: [[organisation|Walgreens]] Specialty\nMeds: [[product|Gonal-f]], [[product|Menopur]]\n"
        "Preferred contact: <<email.p@p>> / <<tel.p:us_dot>>",
        "<<per.p>> (MRN <<mrn.p:digits>>, DOB <<dob.p:us_pad>>) with partner <<per.q>>; covered by Progyny. Contact by <<email.p@p>> or <<tel.p:us_dot>>.",
    ),
    T(
        "h10-en-ivf_clinic_intake-02",
        "en",
        "ivf_clinic_intake",
        "Condense this patient portal thread into one note for the chart.",
        "",
        "Note: <<per.p>> (<<mrn.p:mrn>>) requests embryo transfer in March; donor-egg consent signed; partner <<per.q>>'s SSN <<ssn.q>> "
        "added for billing.",
        history=[
            (
                "Hi, it's <<per.p>>, MRN <<mrn.p:mrn>>. Can we schedule the transfer for March?",
                "Yes, I'll check the lab calendar.",
            ),
            (
                "Also billing asked for my partner's SSN, it's <<ssn.q>> (<<per.q>>)",
                "Thanks, I'll pass it to billing securely and delete it from this thread.",
            ),
        ],
    ),
    T(
        "h10-en-physio_treatment_plan-01",
        "en",
        "physio_treatment_plan",
        "Write a 4-week home exercise program from this PT evaluation.",
        "PHYSICAL THERAPY EVALUATION\nPatient: <<per.p>>   MRN: <<mrn.p:dash>>   DOB: <<dob.p:short_month>>\nReferring MD: Dr. <<per.r>>\n"
        "Dx: R rotator cuff tendinopathy (M75.101)\nOutcome: QuickDASH 43.2; ROM flex 140°\nPT: <<per.t:initial>>, DPT\nPhone on file: <<tel.p:us_paren>>",
        "Home program for <<per.p>> (<<mrn.p:dash>>): weeks 1-2 pendulums and isometrics; weeks 3-4 band ER/IR 3x15. Reassess with <<per.t:initial>>.",
    ),
    T(
        "h10-en-physio_treatment_plan-02",
        "en",
        "physio_treatment_plan",
        "Turn this physio clinic's WhatsApp thread into a progress note.",
        "[10:02] <<per.p:given>>: knee's better, managed 20 min on the bike\n[10:05] Physio <<per.t>>: great, add step-ups 3x10\n"
        "[10:06] <<per.p:given>>: ok. btw new address for the invoice: <<addr_uk.p:line>>\n[10:07] Physio <<per.t>>: noted, and your NHS hospital no. <<mrn.p:alpha>> is on file",
        "Progress: <<per.p:given>> tolerates 20 min cycling; step-ups 3x10 added by <<per.t>>. Invoice address updated to <<addr_uk.p:line>>. Ref <<mrn.p:alpha>>.",
    ),
    T(
        "h10-en-ais_position_log-01",
        "en",
        "ais_position_log",
        "Decode and explain these AIS-derived records for the harbor master.",
        "mmsi,name,callsign,lat,lon,sog,nav_status,ts\n367[[number|781220]],SEA WITCH,WDK[[number|8841]],47.6062,-122.3421,0.1,moored,[[timestamp]]\n"
        "# owner of record: <<per.o:upper>>, <<addr.o:line>>, <<tel.o:us_dash>>\n# satcom terminal mac <<mac.o:dash>> ip <<ip.o:public>>",
        "SEA WITCH is moored (0.1 kn) in Elliott Bay. The comments add the owner <<per.o>> at <<addr.o:line>>, <<tel.o:us_dash>>, "
        "and the satcom terminal (<<mac.o:dash>>, <<ip.o>>).",
    ),
    T(
        "h10-en-ais_position_log-02",
        "en",
        "ais_position_log",
        "Draft a VHF/SMS alert to a yacht that turned off AIS in a traffic separation scheme.",
        "Vessel: SY Halcyon, flag GB, skipper <<per.s>>, mobile <<tel.s:uk_intl>>, email <<email.s@s>>\nLast AIS: [[timestamp]] 50.9102N 001.3420W, "
        "then dark for 42 min near [[public_place|The Needles]]",
        "Text to <<tel.s:uk_intl>>: \"Skipper <<per.s>>, this is Solent Coastguard. SY Halcyon's AIS has been off for 42 minutes in the TSS. "
        'Please switch it on and call us."',
    ),
    T(
        "h10-en-scuba_dive_log-01",
        "en",
        "scuba_dive_log",
        "Convert this dive log entry into a CSV row for the dive shop's insurance file.",
        "Dive #[[number|212]]  Site: [[public_place|Blue Hole, Dahab]] (where [[public_figure|Jacques Cousteau]] filmed)  Date: [[timestamp]]\nDiver: <<per.d>>  Cert: [[organisation|PADI]] Rescue #[[number|1504J22871]]\n"
        "Buddy: <<per.b>>  Max depth 29.8 m  Bottom time 38 min  Computer: [[product|Garmin Descent Mk3]]\n"
        "DAN insurance: [[number|9011882]]  Emergency contact: <<per.e>> <<tel.e:uk_mobile>>  DOB <<dob.d:eu>>",
        "diver,dob,buddy,max_depth_m,emergency_contact,emergency_phone\n<<per.d>>,<<dob.d:eu>>,<<per.b>>,29.8,<<per.e>>,<<tel.e:uk_mobile>>",
    ),
    T(
        "h10-en-scuba_dive_log-02",
        "en",
        "scuba_dive_log",
        "Reply to this liveaboard booking request and confirm the details you have.",
        "Hi, booking for two on the Similan trip. Me: <<per.a>>, passport <<pass.a>>, born <<dob.a:long>>. My wife: <<per.b>>, passport <<pass.b>>, "
        "born <<dob.b:long>>. Deposit from card <<card.a:mc>>. Contact <<email.a@a>> or WeChat <<wx.a@a>>.",
        "Hi <<per.a:given>>, confirmed for two: <<per.a>> (passport <<pass.a>>) and <<per.b>> (passport <<pass.b>>). The deposit will be charged to "
        "the card ending as provided; receipts go to <<email.a@a>> and a copy to WeChat <<wx.a@a>>.",
    ),
    T(
        "h10-en-ski_rental_form-01",
        "en",
        "ski_rental_form",
        "Check whether this ski rental form has what the tech needs to set the DIN.",
        "SKI RENTAL AGREEMENT #[[order_number]]\nRenter: <<per.r>>  DOB: <<dob.r:us>>  Height 5'11\" Weight 180 lb  Skier type: II\n"
        "Boot sole length: 305 mm\nDriver's license (deposit): <<dl.r:wa>>\nCredit card on file: <<card.r:amex>>\nPhone: <<tel.r:us_dash>>  Lodging: <<addr.r:line>>",
        "Yes: height, weight, age (from DOB <<dob.r:us>>), skier type II and sole length 305 mm are all there. The DL <<dl.r:wa>> and card "
        "<<card.r:amex>> are for the deposit only.",
    ),
    T(
        "h10-en-ski_rental_form-02",
        "en",
        "ski_rental_form",
        "Write the damage-charge email to <<per.r>> based on this chat.",
        "",
        "Hi <<per.r>>, per our chat, the repair to the [[product|Atomic Bent 100]] base is [[money]], charged to <<card.r:visa>>. "
        "Receipt sent to <<email.r@r>>.",
        history=[
            (
                "Hi I'm <<per.r>>, rental # [[order_number]], I hit a rock and the base is gouged. How much?",
                "Sorry to hear! Core shot repair is a flat fee. Which card should we use?",
            ),
            (
                "Use <<card.r:visa>>, and email me at <<email.r@r>>",
                "Will do. The repaired skis ship back as [[tracking_number]].",
            ),
        ],
    ),
    T(
        "h10-en-patch_diff-01",
        "en",
        "patch_diff",
        "Review this pull request diff. Is there any real personal data in the seed file?",
        "diff --git a/db/seeds.rb b/db/seeds.rb\n@@ -10,6 +10,9 @@ [[code_identifier|User.create!]](\n"
        '+User.create!(name: "<<per.a>>", email: "<<email.a@a>>", ssn: "<<ssn.a>>", phone: "<<tel.a:us_dash>>")\n'
        '+User.create!(name: "<<per.b>>", email: "<<email.b@b>>", dob: "<<dob.b:iso>>")\n'
        '+User.create!(name: "<<per_cn.c>>", national_id: "<<cnid.c>>", qq: "<<qq.c>>")\n'
        ' User.create!(name: "Test User", email: "[[code_identifier|user1@example.invalid]]")',
        "Yes. The two added users look real: <<per.a>> with SSN <<ssn.a>> and phone <<tel.a:us_dash>>, and <<per.b>> (<<email.b@b>>, DOB <<dob.b:iso>>), plus <<per_cn.c>> with ID <<cnid.c>> and QQ <<qq.c>>. "
        "Replace them with Faker values.",
    ),
    T(
        "h10-en-patch_diff-02",
        "en",
        "patch_diff",
        "Write a commit message for this patch.",
        '--- a/ops/oncall.yaml\n+++ b/ops/oncall.yaml\n@@ -1,5 +1,5 @@\n primary:\n-  name: <<per.o>>\n-  phone: "<<tel.o:us_intl2>>"\n'
        '+  name: <<per.n>>\n+  phone: "<<tel.n:us_intl2>>"\n   pagerduty: [[code_identifier|P7XK2QZ]]\n-  vpn_ip: <<ip.o:private>>\n+  vpn_ip: <<ip.n:private>>',
        "ops: hand primary on-call from <<per.o>> to <<per.n>>\n\nUpdates phone to <<tel.n:us_intl2>> and the VPN address to <<ip.n>>.",
    ),
    T(
        "h10-en-out_of_office_reply-01",
        "en",
        "out_of_office_reply",
        "Rewrite this out-of-office message to be shorter and more professional.",
        "Hey!! I'm out hiking the [[public_place|Appalachian Trail]] (reading [[public_figure|Bill Bryson]]) until [[timestamp]] with zero signal lol. For anything urgent hit up <<per.b>> "
        "at <<email.b@b>> or <<tel.b:us_dot>>. If it's about payroll, <<per.c>> (<<tel.c:us_paren>>). - <<per.a:given>>",
        "I am out of the office with limited access. For urgent matters, please contact <<per.b>> (<<email.b@b>>, <<tel.b:us_dot>>); "
        "for payroll, <<per.c>> (<<tel.c:us_paren>>). Thank you, <<per.a:given>>",
    ),
    T(
        "h10-en-out_of_office_reply-02",
        "en",
        "out_of_office_reply",
        "Extract the delegate contacts from these raw auto-replies into JSON.",
        "X-Autoreply: yes\nFrom: <<email.a@a>>\nSubject: Automatic reply: Q3 invoice [[order_number]]\n\nI'm on parental leave. Please contact "
        "<<per.d>> <<<email.d@d>>>, mobile <<tel.d:uk_mobile>>, QQ <<qq.d>>, WeChat <<wx.d@d>>.\n--\n<<per.a>> | [[organisation|Deloitte]] | <<url.a:linkedin>>",
        '[{"away": "<<per.a>>", "away_email": "<<email.a@a>>", "delegate": "<<per.d>>", "delegate_email": "<<email.d@d>>", '
        '"delegate_mobile": "<<tel.d:uk_mobile>>", "delegate_qq": "<<qq.d>>", "delegate_wechat": "<<wx.d@d>>"}]',
    ),
    T(
        "h10-en-legal_aid_intake-01",
        "en",
        "legal_aid_intake",
        "Screen this legal aid intake for eligibility and conflicts.",
        "LEGAL AID INTAKE\nApplicant: <<per.a>>  DOB: <<dob.a:us_pad>>  SSN (last 4 ok): <<ssn.a>>\nAddress: <<addr.a:full>>\nPhone: <<tel.a:us_paren>> "
        "(ok to leave message)\nHousehold: 3, monthly income [[money]]\nIssue: eviction, landlord <<per.l>> of [[organisation|Greystar]]\nOpposing party DOB: unknown",
        "Eligible on income for a household of 3. Run a conflict check on landlord <<per.l>>. Applicant <<per.a>> can be reached at <<tel.a:us_paren>>.",
    ),
    T(
        "h10-en-legal_aid_intake-02",
        "en",
        "legal_aid_intake",
        "Turn this hotline call note from <<per.c>> into a case opening memo.",
        "Caller <<per.c>> (<<tel.c:us_dash>>) says ex-partner <<per.x>> took their daughter to Texas. Caller has custody order; ex drives plate "
        "<<plate.x:tx>>, TX DL <<dl.x:tx>>. Caller's email <<email.c@c>>. Referred by [[service_number|211]].",
        "Case opening: client <<per.c>>, custody enforcement against <<per.x>> (TX plate <<plate.x:tx>>, DL <<dl.x:tx>>). Contact <<tel.c:us_dash>>, <<email.c@c>>.",
    ),
    T(
        "h10-en-internship_agreement-01",
        "en",
        "internship_agreement",
        "Check this internship agreement for missing information.",
        "INTERNSHIP AGREEMENT\nUniversity: [[organisation|University of Michigan]]  Faculty sponsor: Prof. <<per.f>> (<<email.f@f>>)\n"
        "Host: [[organisation|Stripe]]  Supervisor: <<per.s>>  Phone: <<tel.s:us_plain>>  <<url.s:linkedin>>\nIntern: <<per.i>>  DOB: <<dob.i:us_pad>>  SSN: <<ssn.i>>\n"
        "Stipend: [[money]] / month via direct deposit",
        "Complete: sponsor <<per.f>>, supervisor <<per.s>> (<<tel.s:us_plain>>, <<url.s:linkedin>>), intern <<per.i>> with SSN <<ssn.i>>. Missing: learning objectives "
        "and an end date.",
    ),
    T(
        "h10-en-internship_agreement-02",
        "en",
        "internship_agreement",
        "Write a welcome email for this incoming intern.",
        "Intern: <<per_cn.i>> (<<per_cn.i:pinyin>>)\nStart: Monday, desk 4C-12\nPersonal email: <<email.i@i>>\nGitHub: <<url.i:github>>\n"
        "Visa: F-1 CPT, passport <<pass.i:cn_g>>\nWeChat for family emergencies: <<wx.i@i>>, QQ <<qq.i>>\nResident ID (for the China office payroll): <<cnid.i>>\nLaptop shipping: [[tracking_number]]",
        "Hi <<per_cn.i:pinyin>>,\nWelcome aboard! Please arrive Monday at desk 4C-12. We'll add <<url.i:github>> to the org and send details to "
        "<<email.i@i>>. Bring passport <<pass.i:cn_g>> for I-9; the China office will use ID <<cnid.i>> and reach your family on WeChat <<wx.i@i>> or QQ <<qq.i>>.",
    ),
    T(
        "h10-en-gas_cylinder_delivery-01",
        "en",
        "gas_cylinder_delivery",
        "Write the driver's route note from this propane delivery ticket.",
        "PROPANE DELIVERY TICKET [[order_number]]\nCustomer: <<per.c>>  Acct [[number|77-10443]]\nService address: <<addr.c:full>>\nPhone: <<tel.c:us_dash>>  Autopay card: <<card.c:discover>>\n"
        "Tank: 500 gal, 22% ([[product|Rochester gauge]])  Gate code: 1990\nDriver: <<per.d>>  Truck plate <<plate.d:ny>>",
        "Route note for <<per.d>>: deliver to <<per.c>> at <<addr.c:full>>, tank at 22%. Call <<tel.c:us_dash>> on arrival; bill autopay card <<card.c:discover>>.",
    ),
    T(
        "h10-en-gas_cylinder_delivery-02",
        "en",
        "gas_cylinder_delivery",
        "Answer this customer's message about a missed cylinder swap.",
        "",
        "Hi <<per.c>>, sorry we missed you. We've rebooked your two 47 kg cylinders at <<addr_uk.c:multiline>> for Thursday; driver will call <<tel.c:uk_mobile>>.",
        history=[
            (
                "Your driver never came, I'm <<per.c>> at <<addr_uk.c:multiline>>, customer for years",
                "Apologies! Can you confirm your number for the driver?",
            ),
            (
                "<<tel.c:uk_mobile>>, and the direct debit is from <<iban.c:gb>> if you need it",
                "Thanks, we've rebooked you. Your new regulator ships as [[tracking_number]].",
            ),
        ],
    ),
    T(
        "h10-en-locksmith_job_ticket-01",
        "en",
        "locksmith_job_ticket",
        "Fill in the proof-of-residence section of this lockout job ticket.",
        "LOCKOUT JOB TICKET [[order_number]]\nCustomer: <<per.c>>\nService address: <<addr.c:line_unit>>\nID shown: FL DL <<dl.c:fl>>  (address matches: Y)\n"
        "Phone: <<tel.c:us_paren>>\nLock: [[product|Kwikset SmartKey]]  Method: pick  Charge: [[money]]\nTech: <<per.t>>",
        "Proof of residence: <<per.c>> showed FL DL <<dl.c:fl>> with address <<addr.c:line_unit>> matching the service address. Verified by <<per.t>>.",
    ),
    T(
        "h10-en-locksmith_job_ticket-02",
        "en",
        "locksmith_job_ticket",
        "Summarize this dispatcher transcript into a job ticket.",
        "Caller: hi, locked out of my car at the [[public_place|Mall of America]] lot, it's a grey Camry, plate <<plate.c:ca>>.\n"
        "Dispatcher: name?\nCaller: <<per.c>>. Number is <<tel.c:us_plain>>. License is <<dl.c:ca>> but it's in the car lol",
        "Job: auto lockout, grey Camry plate <<plate.c:ca>>, customer <<per.c>> (<<tel.c:us_plain>>). Verify DL <<dl.c:ca>> once the car is open.",
    ),
    T(
        "h10-en-internet_cafe_login-01",
        "en",
        "internet_cafe_login",
        "This is an internet café's session export. Who used the PCs overnight?",
        "station,member,member_email,login,logout,mac,ip\nPC-07,<<per.a:user>>,<<email.a@a>>,[[timestamp]],[[timestamp]],<<mac.a:dash>>,<<ip.a:private>>\n"
        "PC-12,<<per.b:user>>,<<email.b@b>>,[[timestamp]],[[timestamp]],<<mac.b:dash>>,<<ip.b:private>>\nPC-15,guest,,[[timestamp]],,<<mac.c:dash>>,<<ip.c:private>>",
        "Overnight: <<per.a:user>> on PC-07 (<<ip.a>>) and <<per.b:user>> on PC-12; a guest on PC-15 (MAC <<mac.c:dash>>).",
    ),
    T(
        "h10-en-internet_cafe_login-02",
        "en",
        "internet_cafe_login",
        "A member claims someone used their account. Reply based on the chat.",
        "",
        "Hi <<per.m>>, we checked: your account logged in from PC-03 (MAC <<mac.x:colon>>) while you were away. We reset your password and "
        "the new one is sent to <<email.m@m>>; we unlinked QQ <<qq.m>> from the account.",
        history=[
            (
                "Someone used my gaming cafe account! I'm <<per.m>>, member email <<email.m@m>>",
                "Sorry about that. When did you last play?",
            ),
            (
                "Friday. My Twitter is <<url.m:twitter>> if that helps, QQ <<qq.m>>, and my phone <<tel.m:us_intl>>",
                "Thanks, checking the logs now. [[product|Steam]] is separate from our system though.",
            ),
        ],
        system="You are the support bot of a gaming cafe. Manager on duty: <<per.n>>, <<email.n@n>>.",
    ),
    T(
        "h10-en-summer_camp_registration-01",
        "en",
        "summer_camp_registration",
        "Create the camp nurse's health card from this registration.",
        "CAMP REGISTRATION - Session 2\nCamper: <<per.k>>  DOB: <<dob.k:us>>  Cabin: [[common_word|Bluebird]]\nAllergies: bee stings ([[product|EpiPen]] carried)\n"
        "Pediatrician MRN: <<mrn.k:digits>>\nParent/guardian: <<per.p>>  Cell: <<tel.p:us_dash>>  Email: <<email.p@p>>\nHome: <<addr.p:full>>\nTuition card: <<card.p>>",
        "HEALTH CARD\nCamper: <<per.k>> (DOB <<dob.k:us>>)\nAllergy: bee stings, EpiPen carried\nMRN: <<mrn.k:digits>>\nGuardian: <<per.p>> <<tel.p:us_dash>> (tuition card <<card.p>>)",
    ),
    T(
        "h10-en-summer_camp_registration-02",
        "en",
        "summer_camp_registration",
        "Build the pickup authorization list from these parent replies.",
        "Reply 1: <<per.a>> here, <<per.x>>'s dad. Pickup by me or grandma <<per.g>> (<<tel.g:us_dash>>). My cell <<tel.a:us_dot>>.\n"
        "Reply 2: For <<per.y>> (born <<dob.y:us_pad>>), only me, <<per.b>>, DL <<dl.b:ny>>, car plate <<plate.b:ny>>.",
        "Pickup list:\n- <<per.x>>: <<per.a>> (<<tel.a:us_dot>>), <<per.g>> (<<tel.g:us_dash>>)\n- <<per.y>>: <<per.b>> only; check DL <<dl.b:ny>>, plate <<plate.b:ny>>",
    ),
    T(
        "h10-en-dlp_alert-01",
        "en",
        "dlp_alert",
        "Explain this DLP incident and recommend next steps.",
        "INCIDENT 88213  Policy: PCI - Credit Card Numbers  Severity: HIGH\nUser: <<per.u:lower_dot>>@acme.com  Endpoint: <<ip.u:private>> (<<mac.u:colon>>)\n"
        "Channel: upload to [[product|Dropbox]]  File: customers_q3.xlsx\nMatches: 418  Sample: <<card.c:visa>> (<<per.c>>, exp 09/27)\nEngine: [[version]]",
        "User <<per.u:lower_dot>> uploaded a spreadsheet with 418 card numbers (e.g. <<card.c:visa>> for <<per.c>>) to a personal Dropbox from <<ip.u>>. "
        "Block the share, revoke the link, and open an HR case.",
        system="You are the SOC assistant for analyst <<per.x:lower_dot>> (<<email.x@x>>). Escalations go to <<tel.x:us_dash>>.",
    ),
    T(
        "h10-en-dlp_alert-02",
        "en",
        "dlp_alert",
        "Rewrite this email quarantine notice in plain language for the sender.",
        "Quarantined: message from <<email.s@s>> to <<email.r>>. Detected: US SSN x2 (<<ssn.x>>, <<ssn.y>>), IBAN x1 (<<iban.x>>), CN resident ID x1 (<<cnid.z>>). Rule: [[code_identifier|EXO-DLP-PII-07]]",
        "Your email to <<email.r>> was held because it contained two Social Security numbers (<<ssn.x>>, <<ssn.y>>) a bank account (<<iban.x>>) and a Chinese ID number (<<cnid.z>>). "
        "Please send it through secure file transfer instead.",
    ),
    T(
        "h10-en-openapi_example-01",
        "en",
        "openapi_example",
        "Does this OpenAPI example leak real data? Suggest safer examples.",
        "components:\n  schemas:\n    [[code_identifier|Customer]]:\n      type: object\n      example:\n        fullName: <<per.a>>\n"
        "        ssn: '<<ssn.a>>'\n        dateOfBirth: '<<dob.a:iso>>'\n        homeAddress: <<addr.a:line>>\n        lastIp: <<ip.a:public>>",
        "It likely does: <<per.a>>, SSN <<ssn.a>>, DOB <<dob.a:iso>>, <<addr.a:line>> and IP <<ip.a>> look real. Use obviously fake names and reserved "
        "values (SSN 000-00-0000 is invalid by design).",
    ),
    T(
        "h10-en-openapi_example-02",
        "en",
        "openapi_example",
        "Write a Python requests call from this Swagger example.",
        '{"paths": {"/v2/payouts": {"post": {"requestBody": {"content": {"application/json": {"example": '
        '{"beneficiary": "<<per.b>>", "iban": "<<iban.b:de>>", "email": "<<email.b@b>>", "passport": "<<pass.b>>", "cnResidentId": "<<cnid.b>>", "wechatId": "<<wx.b@b>>"}}}}}}}, '
        '"info": {"version": "[[version]]"}}',
        'import requests\n\nrequests.post("https://api.example.com/v2/payouts", json={"beneficiary": "<<per.b>>", "iban": "<<iban.b:de>>", '
        '"email": "<<email.b@b>>", "passport": "<<pass.b>>", "cnResidentId": "<<cnid.b>>", "wechatId": "<<wx.b@b>>"})',
    ),
    T(
        "h10-en-social_worker_visit-01",
        "en",
        "social_worker_visit",
        "Summarize this home visit note for the supervisor.",
        "HOME VISIT NOTE  Case # [[number|CW-2024-18832]]\nClient: <<per.c>>  DOB: <<dob.c:us_pad>>  Medicaid ID: [[employee_id|MCD-4471902]]\n"
        "Address: <<addr.c:full_unit>>\nPhone: <<tel.c:us_dash>>\nHousehold: daughter <<per.d>> (DOB <<dob.d:us_pad>>)\nObservations: fridge stocked, "
        "[[product|Narcan]] kit present\nWorker: <<per.w:initial>>, LMSW",
        "<<per.w:initial>> visited <<per.c>> and daughter <<per.d>> at <<addr.c:full_unit>>. Home adequate, Narcan present. Next visit in 30 days; "
        "call <<tel.c:us_dash>> first.",
    ),
    T(
        "h10-en-social_worker_visit-02",
        "en",
        "social_worker_visit",
        "Draft a referral letter from these case notes to a food bank.",
        "Client <<per.c>> lost job at [[organisation|Amazon]] warehouse; SSN <<ssn.c>>; lives at <<addr.c:pobox>>; phone <<tel.c:us_plain>>. Two children. "
        "Prefers contact by email <<email.c@c>>.",
        "To whom it may concern,\nI am referring <<per.c>>, a parent of two who recently lost employment. Please contact them at <<email.c@c>> "
        "or <<tel.c:us_plain>>. Mailing: <<addr.c:pobox>>.",
    ),
    T(
        "h10-en-wearable_health_export-01",
        "en",
        "wearable_health_export",
        "Parse this Fitbit-style JSON export and report average resting heart rate.",
        '{"user": {"fullName": "<<per.u>>", "dateOfBirth": "<<dob.u:iso>>", "email": "<<email.u@u>>", "memberSince": "[[timestamp]]"}, '
        '"devices": [{"deviceVersion": "[[product|Charge 6]]", "mac": "<<mac.u:colon>>", "firmware": "[[version]]"}], '
        '"activities-heart": [{"restingHeartRate": 61}, {"restingHeartRate": 63}, {"restingHeartRate": 59}]}',
        "Average resting heart rate is 61 bpm across 3 days. Note the export contains <<per.u>>'s DOB (<<dob.u:iso>>), email <<email.u@u>> and the "
        "device MAC <<mac.u:colon>>.",
    ),
    T(
        "h10-en-wearable_health_export-02",
        "en",
        "wearable_health_export",
        "Write the message the family member receives from this fall alert.",
        "FALL DETECTED  [[timestamp]]\nWearer: <<per.w>> (DOB <<dob.w:long>>)\nLocation: near <<addr.w:line>>\nEmergency contact called: <<per.e>> "
        "<<tel.e:us_intl>>\nDevice: [[product|Apple Watch Series 9]], paired phone IP <<ip.w:public>>",
        "<<per.e>>, <<per.w>>'s watch detected a hard fall near <<addr.w:line>>. Please check on them now; if unreachable, call [[service_number|911]].",
    ),
    T(
        "h10-en-ham_radio_license-01",
        "en",
        "ham_radio_license",
        "Check this FCC Form 605 excerpt for errors before filing.",
        "FCC 605 - Main Form\nFRN: [[number|0031447782]]\nApplicant: <<per.a:last_first>>\nMailing address: <<addr.a:full>>\nPhone: <<tel.a:us_paren>>  "
        "Email: <<email.a@a>>\nTaxpayer ID (SSN): <<ssn.a>>\nLicense class: General  Exam session VEC: [[organisation|ARRL]]  Study guide: [[public_figure|Gordon West]]",
        "Looks fine: <<per.a>> at <<addr.a:full>>, <<tel.a:us_paren>>, <<email.a@a>>. Note: the FCC now takes the FRN; you don't need to put the "
        "SSN <<ssn.a>> on the 605.",
    ),
    T(
        "h10-en-ham_radio_license-02",
        "en",
        "ham_radio_license",
        "Convert this contest log entry into Cabrillo QSO lines.",
        "QSO log (operator <<per.o:user>>, station mac <<mac.o:colon_lower>>):\n[[timestamp]] 14025 CW K1ABC 599 MA  op name <<per.b:given>> qth <<addr.b:line>>\n"
        "[[timestamp]] 7030 CW W6XYZ 599 CA  op name Sam  qrz <<url.b:twitter>>",
        "QSO: 14025 CW [[timestamp]] <<per.o:user>> 599 K1ABC 599 MA\nQSO:  7030 CW [[timestamp]] <<per.o:user>> 599 W6XYZ 599 CA\n"
        "(Operator names and QTH like <<addr.b:line>> are not part of Cabrillo.)",
    ),
]
