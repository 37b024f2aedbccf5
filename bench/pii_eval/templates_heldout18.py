"""Eighteenth held-out part (``heldout18``): written blind to the detector, with 30 contexts of its own.

Never imported by another part; it imports no other template module (its own ``T`` checks its own contexts).
"""

from typing import Any

CONTEXTS = (
    "fapiao_title_request",
    "sepa_direct_debit_mandate",
    "payslip_ocr",
    "boarding_pass_scan",
    "squid_proxy_access_log",
    "cups_print_job_log",
    "elasticsearch_bulk_ndjson",
    "graphql_mutation_variables",
    "firebase_crashlytics_log",
    "prometheus_alertmanager_payload",
    "discord_channel_export",
    "irc_channel_log",
    "voicemail_transcript",
    "tailor_measurement_slip",
    "dog_grooming_appointment",
    "swimming_lesson_enrollment",
    "property_repair_request",
    "water_meter_reading_route",
    "voter_registration_update",
    "lost_passport_police_report",
    "scholarship_application",
    "conference_badge_export",
    "hackathon_team_signup",
    "bone_marrow_donor_registry",
    "dialysis_session_chart",
    "ambulance_run_sheet",
    "sleep_study_referral",
    "crowdfunding_backer_survey",
    "debt_collection_call_script",
    "photo_studio_order",
)

SOURCE_PATTERNS = {
    "zh": [
        "h18-weiyi/<<tel.src:cn_plain>>",
        "h18-meiqia:<<email.src>>",
        "h18-sobot/qq:<<qq.src>>",
        "h18-kdocs/<<wx.src>>",
        "h18-xiaoneng/<<per.src:user>>",
    ],
    "en": [
        "h18-zoho/<<email.src>>",
        "h18-groove:<<tel.src:us_plain>>",
        "h18-helpwise/<<per.src:lower_dot>>",
        "h18-livechat:<<email.src>>",
        "h18-dixa/<<tel.src:uk_intl>>",
    ],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "lab18/<<per.ANN:user>>", "rev18:<<email.ANN>>"]

_N: dict[str, int] = {}


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
) -> dict[str, Any]:
    """One template, numbered per language and context (``h18-<lang>-<context>-NN``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    key = f"{lang}-{context}"
    _N[key] = _N.get(key, 0) + 1
    return {
        "id": f"h18-{key}-{_N[key]:02d}",
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


ZH = [
    # ---------------------------------------------------------------- fapiao_title_request
    T(
        "zh",
        "fapiao_title_request",
        "客户在微信里发来了开票信息，请整理成财务系统需要的字段（抬头、税号、地址电话、开户行及账号、收票人）。",
        "[图片]\n<<per.c>>：麻烦开专票哈，信息如下👇\n名称：[[organisation|杭州青禾文化传媒有限公司]]\n"
        "税号：[[number|91330106MA2KXQ7R3C]]\n地址、电话：<<addr.a:road|tower>> <<tel.l:cn_land>>\n"
        "开户行及账号：招商银行西溪支行 <<card.k:plain>>\n收票人<<per.r>> <<tel.r:cn_space>>，邮箱<<email.r@r>>\n"
        "<<per.c>>：金额[[money]]，备注写订单号[[order_number]]",
        "购方名称：[[organisation|杭州青禾文化传媒有限公司]]\n纳税人识别号：[[number|91330106MA2KXQ7R3C]]\n"
        "地址电话：<<addr.a:road|tower>> <<tel.l:cn_land>>\n开户行及账号：招商银行西溪支行 <<card.k:spaced>>\n"
        "收票人：<<per.r>>，<<tel.r:cn_plain>>，<<email.r@r>>\n备注：[[order_number]]",
        source="h18-wework/fapiao/<<email.r@r>>",
    ),
    T(
        "zh",
        "fapiao_title_request",
        "根据这段客服对话，写一条补开电子发票的内部备注，并说明客户改了哪些信息。",
        "",
        "补开说明：客户<<per.c>>原发票抬头写成个人，现改为单位抬头；接收邮箱由<<email.q:qq>>改为<<email.n@c>>，"
        "联系电话<<tel.p:cn_dash>>不变。原发票号码[[number|24332000000187765901]]作废，订单[[order_number]]金额[[money]]重开；纸质件已寄回，快递单号[[tracking_number]]。",
        system="你是[[organisation|京东]]第三方店铺的开票助理。只处理发票，不回答物流问题。",
        history=[
            (
                "你好，上个月买的[[product]]发票抬头填错了，我是<<per.c>>，手机<<tel.p:cn_plain>>",
                "您好<<per.c:title>>，请提供订单号和新的抬头信息。",
            ),
            (
                "订单[[order_number]]，抬头改成公司的，发票别发我QQ邮箱<<email.q:qq>>了，发到<<email.n@c>>",
                "收到，原票作废后会重开并发送到<<email.n@c>>，请留意查收。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- sepa_direct_debit_mandate
    T(
        "zh",
        "sepa_direct_debit_mandate",
        "我在德国留学，房东让我签这份 SEPA 扣款授权书，帮我逐项翻译成中文并检查我填的信息。",
        "SEPA-Lastschriftmandat\nGläubiger-ID: [[number|DE98ZZZ09999999999]]\nMandatsreferenz: [[order_number]]\n"
        "Kontoinhaber: <<per.s:pinyin_fl>>\nGeburtsdatum: <<dob.b:iso>>\nAnschrift (Heimat): <<addr.h>>\n"
        "IBAN: <<iban.i:de>>\nE-Mail: <<email.e@s>>\nTelefon: <<tel.p:cn_intl>>\nOrt, Datum: Berlin, [[timestamp]]",
        "逐项翻译：债权人识别号 [[number|DE98ZZZ09999999999]]；授权参考号 [[order_number]]；账户持有人 <<per.s:pinyin_fl>>（即<<per.s>>）；"
        "出生日期 <<dob.b:iso>>；国内住址 <<addr.h>>；IBAN <<iban.i:de>>；邮箱 <<email.e@s>>；电话 <<tel.p:cn_intl>>。"
        "检查：电话建议写德国本地号，国内号码<<tel.p:cn_plain>>房东可能打不通。",
    ),
    T(
        "zh",
        "sepa_direct_debit_mandate",
        "把下面这封法国电力公司的扣款失败邮件用中文总结，告诉我要做什么。",
        "Objet : Échec de prélèvement SEPA - contrat [[number|3021 884 109]]\nMadame <<per.m:pinyin>>,\n"
        "Le prélèvement de [[money]] sur le compte <<iban.i:fr>> a été rejeté (motif AM04).\n"
        "Titulaire : <<per.m:pinyin_fl>> — passeport n° <<pass.p:cn_e>>\nAdresse en Chine déclarée : <<addr.h>>\n"
        "Merci de nous contacter au [[service_number|09 69 32 15 15]] ou de répondre à <<email.m@m>>.",
        "总结：<<per.m>>（护照<<pass.p:cn_e>>）在法国电力公司的账户<<iban.i:fr>>扣款[[money]]失败，原因是余额不足（AM04）。"
        "需要：1）给账户充值；2）致电[[service_number|09 69 32 15 15]]或回复邮件确认重新扣款；3）核对登记的国内地址<<addr.h>>是否需要更新。",
        annotators=["<<email.m@m>>", "lab18/<<per.x:user>>"],
    ),
    # ---------------------------------------------------------------- payslip_ocr
    T(
        "zh",
        "payslip_ocr",
        "这是手机拍的工资条 OCR 结果，识别有错位，请还原成一张清楚的表格。",
        "[[organisation|苏州华纳精密模具有限公司]] 2024年10月 工 资 条\n姓 名 <<per.e:spaced>> 工号 [[employee_id|SZ-04417]]\n"
        "身份证号 <<cnid.i:fw>>\n基本工资 [[money]] 加班费 [[money]]\n工资卡 <<card.w:spaced>>\n手机号 <<tel.p:cn_fw>>\n"
        "实发 [[money.net]] 本人签字：<<per.e>>",
        "| 项目 | 内容 |\n|---|---|\n| 姓名 | <<per.e>> |\n| 工号 | [[employee_id|SZ-04417]] |\n| 身份证号 | <<cnid.i>> |\n"
        "| 工资卡 | <<card.w:plain>> |\n| 手机号 | <<tel.p:cn_plain>> |\n| 实发 | [[money.net]] |",
    ),
    T(
        "zh",
        "payslip_ocr",
        "表哥在美国打工，发来一张 paystub 截图识别的文字，帮他看看扣税项目都是什么意思。",
        "EARNINGS STATEMENT   Pay Date [[timestamp]]\nEmployee: <<per_en.e:upper>>\nSSN: <<ssn.s:dash>>\n"
        "Address: <<addr_us.u:multiline>>\nFederal Income Tax [[money]]  Social Security [[money]]  Medicare [[money]]\n"
        "Direct Deposit acct (overseas) <<iban.i>>\nEmployee ID [[employee_id|E-118204]]",
        "这是<<per.e:full>>的工资单。SSN <<ssn.s:dash>> 是他的社会安全号，千万别发群里。Federal Income Tax 是联邦所得税，"
        "Social Security 是社保税，Medicare 是联邦医保税。工资直接打到境外账户<<iban.i>>，寄送地址是<<addr_us.u:multiline>>。",
        source="h18-wx-file/<<per.e:user>>",
    ),
    # ---------------------------------------------------------------- boarding_pass_scan
    T(
        "zh",
        "boarding_pass_scan",
        "登机牌拍照识别出来是下面这样，帮我提取乘客信息写成报销单附件说明。",
        "BOARDING PASS 登机牌\n姓名/NAME <<per.p:pinyin_fl>> <<per.p>>\n航班/FLIGHT [[number|MU5137]] 日期 [[timestamp]]\n"
        "证件号/ID <<pass.x:cn_e|cn_ea>>\n常旅客 [[number|东方万里行 6100 2387 554]]\n出生日期 <<dob.b:slash_iso>>\n"
        "手机 <<tel.p:cn_space>>\n座位 32K 登机口 C21",
        "附件说明：<<per.p>>（<<per.p:pinyin_fl>>）乘坐[[number|MU5137]]航班出差，登机牌证件号<<pass.x:cn_e|cn_ea>>，"
        "出生日期<<dob.b:cn>>，联系电话<<tel.p:cn_plain>>。",
    ),
    T(
        "zh",
        "boarding_pass_scan",
        "把这段值机柜台的对话整理成一条异常值机记录。",
        "",
        "异常记录：旅客<<per.t>>（护照<<pass.x:cn_g>>，身份证<<cnid.i:x>>）电子登机牌与证件姓名拼音不符，"
        "已人工核验后重新出票，联系电话<<tel.p:cn_0086>>，微信<<wx.w@t>>已加入航变通知群。",
        history=[
            (
                "我叫<<per.t>>，手机扫了登机牌闸机一直过不去，拼音是<<per.t:pinyin>>",
                "请出示护照。系统里的证件号是<<pass.x:cn_g>>，和您手里的一致吗？",
            ),
            (
                "一致的，身份证<<cnid.i:x>>也带了，电话<<tel.p:cn_0086>>",
                "好的，已重新打印纸质登机牌。航班有变动会通过微信<<wx.w@t>>通知您。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- squid_proxy_access_log
    T(
        "zh",
        "squid_proxy_access_log",
        "分析下面的 Squid access.log（自定义 logformat，键值形式），找出谁在上班时间访问了招聘网站。",
        "[[timestamp]] client=<<ip.a:private>> user=<<per.a:user>> TCP_TUNNEL/200 CONNECT www.zhipin.com:443 HIER_DIRECT\n"
        "[[timestamp]] client=<<ip.b:private>> user=<<per.b:user>> TCP_MISS/200 GET http://i.example-hr.cn/apply?mobile=<<tel.b:cn_plain>> HIER_DIRECT\n"
        "# arp 绑定：<<per.a>> 的工位电脑 MAC <<mac.a:dash>>，<<per.b>> 的笔记本 <<mac.b:colon>>",
        "<<per.a>>（账号<<per.a:user>>，<<ip.a:private>>，MAC <<mac.a:dash>>）访问了 BOSS 直聘；"
        "<<per.b>>（账号<<per.b:user>>，<<ip.b:private>>）在招聘页面提交了手机号<<tel.b:cn_plain>>，该号码以明文出现在 URL 里。",
    ),
    T(
        "zh",
        "squid_proxy_access_log",
        "审查这份 squid.conf，把写在注释里的个人信息挪到单独的台账里，配置里只留 ACL。",
        "# 财务室 - 负责人 <<per.f>> 手机 <<tel.f:cn_dash>> QQ <<qq.f>>\nacl finance_pc arp <<mac.f:colon>>\n"
        "acl finance_net src <<ip.f:private>>/32\n# 老板 <<per.g>> 的 iPad，出差时用 <<ip.g>> 回连\n"
        "acl boss_ipad arp <<mac.g:colon_lower>>\nhttp_access allow finance_pc finance_net\n# squid [[version]]",
        "台账：\n- 财务室：<<per.f>>，<<tel.f:cn_plain>>，QQ <<qq.f>>，MAC <<mac.f:colon>>，内网 <<ip.f:private>>\n"
        "- <<per.g>>：iPad MAC <<mac.g:colon_lower>>，外网回连 <<ip.g>>\n配置只保留 acl finance_pc / finance_net / boss_ipad 三行。",
        annotators=["rev18:<<email.k@k>>", "<<per.k:user>>"],
    ),
    # ---------------------------------------------------------------- cups_print_job_log
    T(
        "zh",
        "cups_print_job_log",
        "这是办公室打印服务器的 page_log，统计每人打印了什么，并标出打印了敏感证件的记录。",
        "hr-laser <<per.a:user>> 1187 [[timestamp]] total 2 - <<ip.a:private>> 入职材料_<<per.a>>_身份证<<cnid.a>>.pdf A4 one-sided\n"
        "hr-laser <<per.b:user>> 1188 [[timestamp]] total 5 - <<ip.b:private>> 报销单-<<per.b>>.xlsx A4 two-sided-long-edge\n"
        "color-mfp <<per.a:user>> 1190 [[timestamp]] total 1 - <<ip.a:private>> 工资卡<<card.a:plain>>复印件.jpg A4 one-sided",
        "<<per.a>>（<<per.a:user>>，<<ip.a:private>>）：打印了含身份证号<<cnid.a>>的入职材料和工资卡<<card.a:plain>>复印件，均为敏感证件；\n"
        "<<per.b>>（<<per.b:user>>，<<ip.b:private>>）：打印了报销单，5页。",
    ),
    T(
        "zh",
        "cups_print_job_log",
        "解释 CUPS error_log 里的这几行为什么打印失败。",
        "E [[timestamp]] [Job 2231] job-originating-host-name=<<ip.h>> job-originating-user-name=<<per.u:user>>\n"
        'E [[timestamp]] [Job 2231] Unable to open "体检报告_<<per.u>>_<<tel.u:cn_plain>>.pdf": Permission denied\n'
        "I [[timestamp]] [Client 17] printer-uri=ipp://mfp-3f device MAC <<mac.m:cisco>> via [[code_identifier|ipp-everywhere]]\n"
        "D [[timestamp]] cupsd [[version]]",
        "Job 2231 由 <<per.u:user>>（来自 <<ip.h>>）提交，文件“体检报告_<<per.u>>_<<tel.u:cn_plain>>.pdf”对 cupsd 不可读，"
        "所以报 Permission denied。另外文件名里带了姓名<<per.u>>和手机号，建议改名。打印机 MAC <<mac.m:cisco>> 本身正常。",
    ),
    # ---------------------------------------------------------------- elasticsearch_bulk_ndjson
    T(
        "zh",
        "elasticsearch_bulk_ndjson",
        "检查这段 _bulk 请求体的格式，并指出哪些字段应该在入库前脱敏。",
        '{"index":{"_index":"owners-2024","_id":"o-88231"}}\n'
        '{"owner":"<<per.a>>","mobile":"<<tel.a:cn_plain>>","id_no":"<<cnid.a:lower_x|x>>","plate":"<<plate.a>>","license":"<<dl.a>>"}\n'
        '{"index":{"_index":"owners-2024"}}\n'
        '{"owner":"<<per_en.b>>","mobile":"<<tel.b:us_intl>>","ssn":"<<ssn.b:plain>>","plate":"<<plate.b>>"}',
        "格式正确（每条 action 行后跟一条文档行，末尾需要换行）。需脱敏：<<per.a>>的手机<<tel.a:cn_plain>>、身份证<<cnid.a:lower_x|x>>、"
        "驾驶证<<dl.a>>和车牌<<plate.a>>；美籍车主的SSN <<ssn.b:plain>>、电话<<tel.b:us_intl>>和车牌<<plate.b>>。",
    ),
    T(
        "zh",
        "elasticsearch_bulk_ndjson",
        "把这条搜索结果里的 _source 转成一行 CSV（字段顺序：姓名,生日,微信,QQ,微博,银行卡）。",
        '{"hits":{"total":{"value":1},"hits":[{"_index":"fans","_score":[[number|7.3021]],"_source":{'
        '"name":"<<per.f>>","birthday":"<<dob.b:iso>>","wechat":"<<wx.w@f>>","qq":"<<qq.q>>",'
        '"weibo":"<<url.u:weibo>>","refund_card":"<<card.c:dashed>>","client":"[[product]]"}}]}}',
        "<<per.f>>,<<dob.b:iso>>,<<wx.w@f>>,<<qq.q>>,<<url.u:weibo>>,<<card.c:plain>>",
        source="h18-kibana/qq:<<qq.q>>",
    ),
    # ---------------------------------------------------------------- graphql_mutation_variables
    T(
        "zh",
        "graphql_mutation_variables",
        "前端提交的 GraphQL mutation 报错了，帮我看看 variables 哪里不符合 schema。",
        "mutation CreatePatient($input: PatientInput!) { createPatient(input: $input) { id } }\n"
        '{"input": {"fullName": "<<per.p>>", "mrn": "<<mrn.m:zy>>", "birthDate": "<<dob.b:cn>>", '
        '"phone": "<<tel.p:cn_intl2>>", "address": "<<addr.a>>", "guardian": "<<per.g>>"}}',
        "birthDate 要求 ISO 格式，应把“<<dob.b:cn>>”改为“<<dob.b:iso>>”；phone 的 schema 只接受11位数字，"
        "应把<<tel.p:cn_intl2>>改为<<tel.p:cn_plain>>。其余字段（<<per.p>>、<<mrn.m:zy>>、<<addr.a>>、监护人<<per.g>>）格式正确。",
    ),
    T(
        "zh",
        "graphql_mutation_variables",
        "服务端返回了下面这段 GraphQL 错误，翻译成中文并说明日志里为什么不该出现 extensions 里的内容。",
        '{"errors":[{"message":"Card declined","path":["bindCard"],"extensions":{"code":"[[code_identifier|CARD_DECLINED]]",'
        '"variables":{"holder":"<<per.h>>","cardNo":"<<card.c:plain>>","idCard":"<<cnid.i>>","email":"<<email.e@h>>",'
        '"usSsn":"<<ssn.s:space>>"}}}],"data":null}',
        "错误：绑卡被拒（[[code_identifier|CARD_DECLINED]]）。extensions 把整个 variables 回显了出来，包含持卡人<<per.h>>、卡号<<card.c:plain>>、"
        "身份证<<cnid.i>>、邮箱<<email.e@h>>，甚至还有美国社安号<<ssn.s:space>>，这些都会被写进日志，应当在错误格式化器里去掉。",
    ),
    # ---------------------------------------------------------------- firebase_crashlytics_log
    T(
        "zh",
        "firebase_crashlytics_log",
        "看一下这条 Crashlytics 崩溃报告，判断是不是同一个用户反复崩溃。",
        "Fatal Exception: java.lang.NullPointerException\n  at com.example.health.ProfileFragment.onBind([[code_identifier|ProfileFragment.kt]]:88)\n"
        "Keys: user_email=<<email.e@u>> user_name=<<per.u>> wifi_mac=<<mac.m:colon>> last_ip=<<ip.i>> wx_openid_bound=<<wx.w>>\n"
        "App [[version]] · [[product]] · [[timestamp]]",
        "是同一个用户：三次崩溃的 user_email 都是 <<email.e@u>>（<<per.u>>），wifi_mac 都是 <<mac.m:colon>>，最后一次 IP <<ip.i>>。"
        "绑定的微信 <<wx.w>> 为空时 onBind 没有判空，导致 NPE。",
    ),
    T(
        "zh",
        "firebase_crashlytics_log",
        "把这段崩溃前的 breadcrumb 日志按时间顺序总结成用户操作步骤。",
        "[[timestamp]] 登录成功 mobile=<<tel.p:cn_plain>>\n[[timestamp]] 绑定QQ qq=<<qq.q>> nickname=<<per.n>>\n"
        "[[timestamp]] 打开分享页 url=<<url.b:bilibili>>\n[[timestamp]] 上传头像 失败 code=[[number|0x8007000E]]\n"
        "[[timestamp]] ANR in [[code_identifier|AvatarUploader]]",
        "1. 用户用手机号<<tel.p:cn_plain>>登录；\n2. 绑定QQ号<<qq.q>>，昵称<<per.n>>；\n3. 打开B站分享页<<url.b:bilibili>>；\n"
        "4. 上传头像失败（[[number|0x8007000E]]，内存不足）；\n5. 随后在 [[code_identifier|AvatarUploader]] 发生 ANR。",
        source="h18-crash/<<tel.p:cn_plain>>",
    ),
    # ---------------------------------------------------------------- prometheus_alertmanager_payload
    T(
        "zh",
        "prometheus_alertmanager_payload",
        "把下面的 Alertmanager webhook 转成一条发到值班群的中文告警消息。",
        '{"status":"firing","alerts":[{"labels":{"alertname":"NodeDown","instance":"<<ip.n:private>>:9100",'
        '"nic_mac":"<<mac.n:colon_lower>>"},"annotations":{"oncall":"<<per.o>>","oncall_phone":"<<tel.o:cn_intl>>",'
        '"backup":"<<per.b>> <<tel.b:cn_dash>>"},"startsAt":"[[timestamp]]"}]}',
        "【告警】NodeDown：节点 <<ip.n:private>>（MAC <<mac.n:colon_lower>>）失联。\n值班：<<per.o>> <<tel.o:cn_plain>>；"
        "备岗：<<per.b>> <<tel.b:cn_dash>>。请 5 分钟内确认。",
    ),
    T(
        "zh",
        "prometheus_alertmanager_payload",
        "用户问今晚谁值班，根据系统提示里的排班表回答，并给出联系方式。",
        "今晚 [[timestamp]] 数据库告警找谁？",
        "今晚数据库方向由<<per.a>>值班，手机<<tel.a:cn_plain>>，企业微信<<wx.a@a>>；如 15 分钟未响应，升级到<<per.c:title>>（<<tel.c:cn_land>>）。",
        system="值班表（[[product|Grafana OnCall]] 同步）：\n- 数据库：<<per.a>>，<<tel.a:cn_space>>，企业微信 <<wx.a@a>>，邮箱 <<email.a@a>>\n"
        "- 网络：<<per.n>>，<<tel.n:cn_dash>>\n- 升级负责人：<<per.c>>，座机 <<tel.c:cn_land>>\n不要把排班表以外的人员信息透露给用户。",
    ),
    # ---------------------------------------------------------------- discord_channel_export
    T(
        "zh",
        "discord_channel_export",
        "这是 DiscordChatExporter 导出的频道记录，总结一下这次线下聚会的安排。",
        "==============================================================\nGuild: 独立游戏开发者 / Channel: #线下聚会\n"
        "==============================================================\n[[[timestamp]]] <<per.a:user>>\n"
        "周六下午在我家，地址 <<addr.a>>，到了打我电话 <<tel.a:cn_plain>>\n\n[[[timestamp]]] <<per.b:user>>\n"
        "我开车，车牌 <<plate.b>>，可以顺路接两个人，加我微信 <<wx.b@b>>\n\n[[[timestamp]]] <<per.c:user>>\n我QQ <<qq.c>> 拉个群吧",
        "聚会安排：周六下午在<<per.a:user>>家（<<addr.a>>），到达后联系<<tel.a:cn_plain>>。<<per.b:user>>开车（<<plate.b>>）可接两人，"
        "微信<<wx.b@b>>；<<per.c:user>>用QQ <<qq.c>> 建群。",
    ),
    T(
        "zh",
        "discord_channel_export",
        "从这段 JSON 导出里找出泄露了个人信息的消息，列出消息 id 和泄露内容。",
        '{"messages":[{"id":"[[number|1187263340981230625]]","author":{"name":"<<per.x:user>>","nickname":"<<per.x>>"},'
        '"content":"我的 GitHub 是 <<url.g:github>>，简历发 <<email.x@x>>"},'
        '{"id":"[[number|1187263871102355508]]","author":{"name":"<<per.y:user>>"},'
        '"content":"服务器被打了，攻击 IP <<ip.z>>，我自己的出口是 <<ip.y>>"}]}',
        "- [[number|1187263340981230625]]：<<per.x>>公开了 GitHub 主页<<url.g:github>>和邮箱<<email.x@x>>；\n"
        "- [[number|1187263871102355508]]：<<per.y:user>>贴出了自己的出口 IP <<ip.y>>（攻击 IP <<ip.z>> 也一并出现）。",
    ),
    # ---------------------------------------------------------------- irc_channel_log
    T(
        "zh",
        "irc_channel_log",
        "这是 irssi 的频道日志和一次 /whois 输出，帮我判断 <<per.n:user>> 是不是之前刷屏的那个人。",
        "[[timestamp]] -!- <<per.n:user>> [~<<per.n:user>>@<<ip.n>>] has joined #linux-cn\n"
        "[[timestamp]] <<<per.n:user>>> 有没有人收二手显卡，联系 <<tel.n:cn_space>>\n"
        "-!- <<per.n:user>> [~<<per.n:user>>@<<ip.n>>]\n-!-  ircname  : <<per.n>>\n-!-  server   : irc.libera.chat",
        "很可能是同一人：刷屏账号和 <<per.n:user>> 都来自 <<ip.n>>，ircname 写的是<<per.n>>，消息里还留了手机号<<tel.n:cn_plain>>。",
    ),
    T(
        "zh",
        "irc_channel_log",
        "WeeChat 日志里有人发起了 DCC 传文件，解释一下 DCC SEND 这行每个字段。",
        "[[timestamp]]\t<<per.s:user>>\t@<<per.r:user>> 发你个包，我QQ <<qq.s>> 网盘密码也在里面\n"
        "[[timestamp]]\t--\tDCC SEND from <<per.s:user>> (<<ip.s:private>>:5000): 通讯录_<<per.r>>.vcf (17 KB)\n"
        "[[timestamp]]\t<<per.r:user>>\t收到，我手机 <<tel.r:cn_numerals>> 有事短信",
        "DCC SEND from <<per.s:user>>：发送者昵称；(<<ip.s:private>>:5000)：发送者的真实 IP 和端口，对方会直连这个地址；"
        "“通讯录_<<per.r>>.vcf (17 KB)”：文件名和大小，文件名里带了接收者<<per.r>>的姓名。",
    ),
    # ---------------------------------------------------------------- voicemail_transcript
    T(
        "zh",
        "voicemail_transcript",
        "这是语音信箱自动转写的文字，把来电人要求整理成待办。",
        "来电号码：<<tel.c:cn_plain>>　时长 0:47\n转写：喂你好，我是<<per.c>>，就是上周在你们店修车的，车牌<<plate.p>>，"
        "然后发票还没给我，你回我电话<<tel.c:cn_numerals>>，或者直接寄到<<addr.a:lane|road>>，谢谢啊。",
        "待办：\n1. 回电<<per.c>>，号码<<tel.c:cn_plain>>；\n2. 查车牌<<plate.p>>上周的维修单，补开发票；\n3. 如需邮寄，地址：<<addr.a:lane|road>>。",
    ),
    T(
        "zh",
        "voicemail_transcript",
        "语音转写识别得比较乱，帮我把数字部分纠正成正常格式，其他文字保持原样。",
        "转写：我姓<<per.d:family>>，<<per.d>>，驾驶证号是<<dl.d>>，车是<<plate.d>>，昨天在[[public_place|外滩]]被贴了条，"
        "我电话是<<tel.d:cn_fw>>，你们处理好了打给我。",
        "我姓<<per.d:family>>，<<per.d>>，驾驶证号是<<dl.d>>，车是<<plate.d>>，昨天在[[public_place|外滩]]被贴了条，"
        "我电话是<<tel.d:cn_plain>>，你们处理好了打给我。",
        source="h18-ivr/vm/<<tel.d:cn_plain>>",
    ),
    # ---------------------------------------------------------------- tailor_measurement_slip
    T(
        "zh",
        "tailor_measurement_slip",
        "把这张手写量体单的识别结果整理成规范的订单记录。",
        "量体单 No.[[order_number]]\n顾客 <<per.c>>　电话 <<tel.c:cn_dash>>　微信 <<wx.c@c>>\n"
        "胸围 98.5　腰围 84.0　肩宽 45.5　袖长 61.0\n"
        "取衣地址 <<addr.a:comm|post>>　面料 [[product|维达莱 Super 130s]]",
        "订单 [[order_number]]：顾客<<per.c>>（<<tel.c:cn_plain>>，微信<<wx.c@c>>）；胸围98.5cm，腰围84.0cm，"
        "肩宽45.5cm，袖长61.0cm；面料[[product|维达莱 Super 130s]]；成衣送至<<addr.a:comm|post>>，顺丰单号[[tracking_number]]。",
    ),
    T(
        "zh",
        "tailor_measurement_slip",
        "根据聊天记录，给这位海外客户写一条定制西装的确认消息。",
        "",
        "<<per.c>>您好，确认您的定制：西装一套，袖口刺绣您的生日<<dob.b:dot>>，总价[[money]]。尾款请转至我司账户，"
        "退款将原路退回您的<<iban.i>>。成衣寄往<<addr.u:full_unit|full>>，快递单号发货后发到<<email.c@c>>。",
        history=[
            (
                "我是<<per.c>>，人在国外，想定一套西装，袖口绣我生日<<dob.b:dot>>可以吗",
                "可以的，请把收件地址和邮箱发我。",
            ),
            (
                "寄到<<addr.u:full_unit|full>>，邮箱<<email.c@c>>，如果退款就退到<<iban.i>>，信用卡<<card.k:visa>>付定金",
                "收到，定金已从<<card.k:visa>>扣款，稍后发确认。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- dog_grooming_appointment
    T(
        "zh",
        "dog_grooming_appointment",
        "把这条宠物美容预约短信改成店里排班表的一行（日期|主人|电话|宠物|接送）。",
        "【毛孩子美容】您好<<per.o>>，已为您的比熊“[[common_word|黄金]]”预约[[timestamp]]洗护+修剪，"
        "接送司机车牌<<plate.v>>，上门地址<<addr.a:comm|road_bld>>，如需改期请致电<<tel.s:cn_land>>或加微信<<wx.s>>。"
        "主人电话<<tel.o:cn_plain>>，驾驶证<<dl.o>>（代驾接送登记用）。",
        "[[timestamp]]|<<per.o>>|<<tel.o:cn_plain>>|比熊“[[common_word|黄金]]”洗护+修剪|车<<plate.v>>接送，<<addr.a:comm|road_bld>>",
    ),
    T(
        "zh",
        "dog_grooming_appointment",
        "这是美容店会员表，找出生日在本月的主人，准备发优惠券。",
        "| 主人 | 手机 | QQ | 生日 | 余额 |\n|---|---|---|---|---|\n"
        "| <<per.a>> | <<tel.a:cn_plain>> | <<qq.a>> | <<dob.a:cn_pad>> | [[money]] |\n"
        "| <<per.b>> | <<tel.b:cn_space>> | <<qq.b>> | <<dob.b:cn_pad>> | [[money]] |\n"
        "| <<per.c>> | <<tel.c:cn_dash>> | 无 | <<dob.c:cn_pad>> | [[money]] |",
        "需要逐个核对：<<per.a>>生日<<dob.a:cn_pad>>，<<per.b>>生日<<dob.b:cn_pad>>，<<per.c>>生日<<dob.c:cn_pad>>。"
        "本月过生日的请通过手机号发券（<<tel.a:cn_plain>> / <<tel.b:cn_plain>> / <<tel.c:cn_plain>>）。",
        annotators=["<<email.x>>", "lab18/<<per.c:user>>"],
    ),
    # ---------------------------------------------------------------- swimming_lesson_enrollment
    T(
        "zh",
        "swimming_lesson_enrollment",
        "检查这张少儿游泳班报名表有没有漏填或填错的地方。",
        "少儿游泳培训报名表\n学员姓名：<<per.k>>　出生日期：<<dob.k:cn>>\n身份证号：<<cnid.k>>\n体检编号：<<mrn.k:mz|digits>>\n"
        "家长：<<per.p>>　手机：<<tel.p:cn_plain>>\n家庭住址：<<addr.a>>\n是否会换气：否　[[common_word|周末]]班",
        "检查结果：学员<<per.k>>的出生日期<<dob.k:cn>>与身份证<<cnid.k>>中的日期需核对一致；体检编号<<mrn.k:mz|digits>>已填；"
        "家长<<per.p>>电话<<tel.p:cn_plain>>、住址<<addr.a>>齐全。缺少紧急联系人。",
    ),
    T(
        "zh",
        "swimming_lesson_enrollment",
        "家长群里在接龙报名暑期游泳班，帮我整理成名单（孩子、家长、电话、微信）。",
        "#接龙\n暑期游泳班 7月 [[money]]/期\n1. <<per.a>> 妈妈 <<tel.a:cn_plain>> 微信同号\n"
        "2. <<per.b>>（家长<<per.bp>>）<<tel.b:cn_dash>> wx：<<wx.b>>\n3. <<per.c>> 爸爸<<per.cp>> <<tel.c:cn_intl>>\n4. [[common_word|平安]]保险送的课程券能抵吗？",
        "| 孩子 | 家长 | 电话 | 微信 |\n|---|---|---|---|\n| <<per.a>> | 妈妈 | <<tel.a:cn_plain>> | 同手机号 |\n"
        "| <<per.b>> | <<per.bp>> | <<tel.b:cn_plain>> | <<wx.b>> |\n| <<per.c>> | <<per.cp>> | <<tel.c:cn_plain>> | 未填 |",
    ),
    # ---------------------------------------------------------------- property_repair_request
    T(
        "zh",
        "property_repair_request",
        "根据业主在小程序提交的报修单，生成派工单。",
        "报修类型：漏水\n业主：<<per.o>>　电话：<<tel.o:cn_plain>>\n房号：<<addr.a:comm>>\n描述：楼上渗水到卫生间吊顶，"
        "已影响地下车位<<plate.c>>旁边的配电箱\n业主驾驶证（车位登记用）：<<dl.o>>\n期望上门：[[timestamp]]",
        "派工单：维修工前往<<addr.a:comm>>处理卫生间吊顶渗水，并检查车位<<plate.c>>旁配电箱。联系人<<per.o>>，<<tel.o:cn_plain>>，上门时间[[timestamp]]。",
    ),
    T(
        "zh",
        "property_repair_request",
        "总结这次报修的沟通过程，并写一句回访话术。",
        "",
        "总结：<<per.o>>反映<<addr.a:road_bld|yuan>>的电梯异响，物业<<per.m:title>>已联系[[organisation|奥的斯]]维保，"
        "工单号[[order_number]]。回访话术：<<per.o:title>>您好，电梯已检修完毕，如仍有异响请拨<<tel.m:cn_land>>或QQ <<qq.o>> 留言。",
        history=[
            (
                "电梯一直咔咔响，我是<<addr.a:road_bld|yuan>>的<<per.o>>，QQ <<qq.o>>",
                "您好，已登记，工单号[[order_number]]，维保单位今天下午到。",
            ),
            (
                "有没有座机能直接打？",
                "物业客服座机<<tel.m:cn_land>>，我是<<per.m>>，有问题随时找我。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- water_meter_reading_route
    T(
        "zh",
        "water_meter_reading_route",
        "这是抄表路线导出的 CSV，找出用量异常（超过上月三倍）的户。",
        "户号,户主,电话,地址,上月,本月,状态,表具MAC\n[[number|3301008827]],<<per.a>>,<<tel.a:cn_plain>>,<<addr.a:comm>>,12,41,待核查,<<mac.a:colon>>\n"
        "[[number|3301008828]],<<per.b>>,<<tel.b:cn_plain>>,<<addr.b:comm>>,9,11,正常,<<mac.b:colon>>",
        "异常户：[[number|3301008827]]，户主<<per.a>>，<<addr.a:comm>>，本月41吨是上月12吨的三倍多，建议联系<<tel.a:cn_plain>>核查是否漏水，"
        "智能表 MAC <<mac.a:colon>>。",
    ),
    T(
        "zh",
        "water_meter_reading_route",
        "根据抄表员的工作日志，写一份给营业厅的情况说明。",
        "[[timestamp]] <<addr.a:village>> 户主<<per.a>>家表井被压，无法抄表，户主说找村委<<per.v>>（<<tel.v:cn_dash>>）\n"
        "[[timestamp]] 同村<<per.b>>家狗凶，没进院，电话<<tel.b:cn_numerals>>未接\n[[timestamp]] 抄表员：<<per.r>>",
        "情况说明：抄表员<<per.r>>在<<addr.a:village>>遇到两处无法抄表：<<per.a>>家表井被压，需村委<<per.v>>（<<tel.v:cn_plain>>）协调；"
        "<<per.b>>家因犬只未入院，电话<<tel.b:cn_plain>>未接通，建议改约时间。",
        source="h18-chaobiao/<<per.r:user>>",
    ),
    # ---------------------------------------------------------------- voter_registration_update
    T(
        "zh",
        "voter_registration_update",
        "居委会收到一份选民登记信息更正申请，帮我写一条审核意见。",
        "选民登记信息更正申请\n申请人：<<per.a>>　出生日期：<<dob.a:cn_numerals>>\n公民身份号码：<<cnid.a>>\n"
        "原登记地址：<<addr.o>>\n现居住地址：<<addr.n>>\n联系电话：<<tel.a:cn_plain>>\n更正理由：户籍未迁，在现居住地参加选举",
        "审核意见：申请人<<per.a>>（身份号码<<cnid.a>>，出生于<<dob.a:iso>>）原登记于<<addr.o>>，现居<<addr.n>>。"
        "需提供原户籍地选民资格证明后方可在现居住地登记，请电话<<tel.a:cn_plain>>通知补件。",
    ),
    T(
        "zh",
        "voter_registration_update",
        "我爸在加州，想更新选民登记的地址，帮我把这份表格要填的内容用中文解释一遍。",
        "California Voter Registration — Change of Address\nName: <<per_en.u>>\nDate of Birth: <<dob.b:us_pad>>\n"
        "CA Driver License: <<dl.d:ca>>\nLast 4 of SSN (if no DL): see <<ssn.s:dash>>\nNew address: <<addr.n:full>>\n"
        "Phone: <<tel.u:us_paren>>",
        "需要填：姓名<<per_en.u>>；出生日期<<dob.b:us_pad>>（月/日/年）；加州驾照号<<dl.d:ca>>；有驾照就不用填SSN，"
        "表上写的<<ssn.s:dash>>最好别写全；新地址<<addr.n:full>>；电话<<tel.u:us_paren>>。",
    ),
    # ---------------------------------------------------------------- lost_passport_police_report
    T(
        "zh",
        "lost_passport_police_report",
        "把这份护照遗失报案回执的内容整理成补办护照需要的信息清单。",
        "报案回执\n报案人：<<per.r>>　性别：男\n公民身份号码：<<cnid.r:spaced>>\n遗失证件：普通护照 <<pass.p:cn_e|cn_ea>>\n"
        "遗失地点：[[public_place|鼓浪屿]]码头\n联系电话：<<tel.r:cn_plain>>\n住址：<<addr.h>>\n接警民警：<<per.j:title>>",
        "补办需要：1）报案人<<per.r>>的身份证（<<cnid.r>>）；2）原护照号<<pass.p:cn_e|cn_ea>>及本报案回执；3）联系电话<<tel.r:cn_plain>>、"
        "现住址<<addr.h>>；4）近期证件照。",
    ),
    T(
        "zh",
        "lost_passport_police_report",
        "根据和领馆工作人员的聊天，写一条申请旅行证的材料准备清单。",
        "",
        "材料清单：1）当地警方报案证明（护照<<pass.p:cn_g>>遗失）；2）<<per.p>>的国内身份证复印件；3）英国住址证明（<<addr_uk.k:flat|line>>）；"
        "4）联系电话<<tel.k:uk_intl>>；5）退费账户<<iban.i:gb>>；6）绿卡复印件及SSN <<ssn.s:dash>>（如在美国居住过）。",
        history=[
            (
                "您好，我护照<<pass.p:cn_g>>在伦敦丢了，我叫<<per.p>>，拼音<<per.p:pinyin_fl>>",
                "请先去警局报案，之后预约办理旅行证。请提供英国住址和电话。",
            ),
            (
                "住址<<addr_uk.k:flat|line>>，电话<<tel.k:uk_intl>>，以前在美国待过，SSN是<<ssn.s:dash>>",
                "好的。费用如需退还，请提供账户，比如<<iban.i:gb>>这样的 IBAN。",
            ),
        ],
        annotators=["<<email.a>>"],
    ),
    # ---------------------------------------------------------------- scholarship_application
    T(
        "zh",
        "scholarship_application",
        "请审核这份国家助学金申请表，指出需要补充的材料。",
        "国家助学金申请表\n姓名：<<per.s>>　出生年月：<<dob.s:cn_pad>>\n身份证号：<<cnid.s>>\n家庭住址：<<addr.h:village>>\n"
        "家庭人口：5　父亲：<<per.f>>（务农）\n本人银行卡（助学金发放）：<<card.c:unionpay>>\n联系电话：<<tel.s:cn_plain>>",
        "申请人<<per.s>>（<<cnid.s>>）材料基本齐全。需补充：1）村委出具的家庭经济困难证明（<<addr.h:village>>）；"
        "2）发放卡<<card.c:unionpay>>需为本人名下一类卡；3）父亲<<per.f>>的收入说明。",
    ),
    T(
        "zh",
        "scholarship_application",
        "帮我把这封奖学金推荐信邮件的要点列出来。",
        "主题：推荐<<per.s>>申请[[organisation|北京大学]]暑期学校奖学金\n发件人：<<per.t>> <<email.t@t>>\n"
        "<<per.s>>同学本科期间GPA 3.87，在知乎上写[[public_figure]]的科普专栏（<<url.z:zhihu>>）有一定影响。"
        "如需核实请联系我<<tel.t:cn_dash>>，或加QQ <<qq.t>>。\n学生本人邮箱：<<email.s@s>>",
        "要点：1）推荐人<<per.t>>（<<email.t@t>>，<<tel.t:cn_dash>>，QQ <<qq.t>>）推荐<<per.s>>；2）GPA 3.87；"
        "3）有知乎科普专栏<<url.z:zhihu>>；4）学生邮箱<<email.s@s>>。",
    ),
    # ---------------------------------------------------------------- conference_badge_export
    T(
        "zh",
        "conference_badge_export",
        "会务系统导出的胸牌 CSV 有重复，帮我去重后输出。",
        "姓名,单位,手机,邮箱,微信\n<<per.a>>,[[organisation]],<<tel.a:cn_plain>>,<<email.a@a>>,<<wx.a@a>>\n"
        "<<per.b>>,[[organisation]],<<tel.b:cn_plain>>,<<email.b@b>>,<<wx.b>>\n<<per.a:spaced>>,[[organisation]],<<tel.a:cn_dash>>,<<email.a@a>>,<<wx.a@a>>",
        "第1行和第3行是同一人（<<per.a>>，手机<<tel.a:cn_plain>>，邮箱<<email.a@a>>），保留一行：\n"
        "<<per.a>>,<<tel.a:cn_plain>>,<<email.a@a>>,<<wx.a@a>>\n<<per.b>>,<<tel.b:cn_plain>>,<<email.b@b>>,<<wx.b>>",
    ),
    T(
        "zh",
        "conference_badge_export",
        "根据签到系统的 JSON，统计境外嘉宾的证件类型，并生成一条给酒店的入住名单。",
        '[{"name":"<<per_tr.g>>","doc":"passport","doc_no":"<<pass.g:us>>","email":"<<email.g>>","us_ssn_for_honorarium":"<<ssn.g:dash>>"},'
        '{"name":"<<per.h>>","doc":"passport","doc_no":"<<pass.h:cn_e>>","email":"<<email.h@h>>","reimburse_iban":"<<iban.i>>"},'
        '{"name":"<<per.k>>","doc":"id_card","doc_no":"<<cnid.k>>","email":"<<email.k@k>>"}]',
        "证件类型：护照2人，身份证1人。入住名单：<<per_tr.g>>（护照<<pass.g:us>>）、<<per.h>>（护照<<pass.h:cn_e>>）、<<per.k>>（身份证<<cnid.k>>）。"
        "讲课费与报销另行处理（SSN <<ssn.g:dash>>、IBAN <<iban.i>> 不发给酒店）。",
    ),
    # ---------------------------------------------------------------- hackathon_team_signup
    T(
        "zh",
        "hackathon_team_signup",
        "把这个黑客松报名帖整理成队伍信息表。",
        "## 队伍：[[common_word|单元格]]战队（口号致敬[[public_figure]]）\n- 队长 <<per.a>>，GitHub <<url.a:github>>，手机 <<tel.a:cn_plain>>\n"
        "- 队员 <<per.b>>，QQ <<qq.b>>，邮箱 <<email.b@b>>\n- 队员 <<per.c:pinyin>>（留学生），<<email.c@c>>\n技术栈：[[code_identifier]] + [[code_identifier]]",
        "| 角色 | 姓名 | 联系方式 |\n|---|---|---|\n| 队长 | <<per.a>> | <<tel.a:cn_plain>>，<<url.a:github>> |\n"
        "| 队员 | <<per.b>> | QQ <<qq.b>>，<<email.b@b>> |\n| 队员 | <<per.c>> | <<email.c@c>> |",
    ),
    T(
        "zh",
        "hackathon_team_signup",
        "飞书表单导出了报名数据，检查未成年人是否都有监护人同意。",
        "提交时间\t姓名\t出生日期\t微信\tB站主页\t监护人\n[[timestamp]]\t<<per.a>>\t<<dob.a:iso>>\t<<wx.a@a>>\t<<url.a:bilibili>>\t<<per.g>>\n"
        "[[timestamp]]\t<<per.b>>\t<<dob.b:iso>>\t<<wx.b>>\t无\t无\n[[timestamp]]\t<<per_en.c>>\t<<dob.c:iso>>\tSSN <<ssn.c:dash>>\t无\t无",
        "<<per.a>>（<<dob.a:iso>>）填写了监护人<<per.g>>；<<per.b>>（<<dob.b:iso>>）和<<per_en.c>>（<<dob.c:iso>>）未填监护人，"
        "如未满18岁需补交同意书。另外<<per_en.c>>在微信栏误填了SSN <<ssn.c:dash>>，应删除。",
    ),
    # ---------------------------------------------------------------- bone_marrow_donor_registry
    T(
        "zh",
        "bone_marrow_donor_registry",
        "把这份造血干细胞捐献者登记表录入成 JSON。",
        "中华骨髓库（CMDP）志愿捐献者登记表\n姓名：<<per.d>>　出生日期：<<dob.d:cn>>\n身份证号：<<cnid.d:x|lower_x>>\n"
        "血样编号：[[number|HLA-2024-0817-33]]　病历号（体检）：<<mrn.d:mz>>\n手机：<<tel.d:cn_plain>>　备用联系人：<<per.b>> <<tel.b:cn_plain>>\n"
        "通讯地址：<<addr.a:post|road>>",
        '{"name":"<<per.d>>","birth":"<<dob.d:iso>>","id":"<<cnid.d:x|lower_x>>","sample":"[[number|HLA-2024-0817-33]]",'
        '"mrn":"<<mrn.d:mz>>","mobile":"<<tel.d:cn_plain>>","backup":{"name":"<<per.b>>","mobile":"<<tel.b:cn_plain>>"},'
        '"address":"<<addr.a:post|road>>"}',
    ),
    T(
        "zh",
        "bone_marrow_donor_registry",
        "这是初配成功后的回访通话记录，整理成回访单。",
        "",
        "回访单：捐献者<<per.d>>（住院号<<mrn.d:zy>>）初配成功，本人同意进行高分辨检测；家属<<per.f>>担心健康影响，已解释。"
        "后续通过微信<<wx.d@d>>发送体检通知，电话<<tel.d:cn_space>>。",
        history=[
            (
                "您好，请问是<<per.d>>吗？您在骨髓库的配型初步成功了。",
                "是我，电话<<tel.d:cn_space>>，需要做什么？",
            ),
            (
                "需要到医院做高分辨检测，您之前的住院号是<<mrn.d:zy>>对吧？家里人同意吗？",
                "对。我妈<<per.f>>有点担心，你们加我微信<<wx.d@d>>发资料给她看看。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- dialysis_session_chart
    T(
        "zh",
        "dialysis_session_chart",
        "把这张血液透析记录单整理成交班要点。",
        "血液透析记录单\n姓名 <<per.p>>　住院号 <<mrn.p:zy>>　出生日期 <<dob.p:cn_pad>>\n透前体重 63.4kg 透后 61.2kg\n"
        "机器 [[product|费森尤斯 4008S]]　设备MAC <<mac.d:dash>>\n家属 <<per.f>> <<tel.f:cn_plain>>\n责任护士 <<per.n>>",
        "交班：<<per.p>>（<<mrn.p:zy>>）今日超滤约2.2kg（63.4→61.2kg），机器[[product|费森尤斯 4008S]]（<<mac.d:dash>>）运行正常。"
        "家属<<per.f>>（<<tel.f:cn_plain>>）。责任护士<<per.n>>。",
    ),
    T(
        "zh",
        "dialysis_session_chart",
        "根据透析排班表，给接送车司机生成明天的接人顺序。",
        "| 患者 | 门诊号 | 电话 | 住址 | 班次 |\n|---|---|---|---|---|\n| <<per.a>> | <<mrn.a:mz>> | <<tel.a:cn_plain>> | <<addr.a:short>> | 早班 |\n"
        "| <<per.b>> | <<mrn.b:mz>> | <<tel.b:cn_plain>> | <<addr.b:short>> | 早班 |\n接送车 <<plate.v>>，司机 <<per.s>>",
        "司机<<per.s>>（车<<plate.v>>）明早顺序：1）<<per.a>>，<<addr.a:short>>，<<tel.a:cn_plain>>；2）<<per.b>>，<<addr.b:short>>，<<tel.b:cn_plain>>。",
    ),
    # ---------------------------------------------------------------- ambulance_run_sheet
    T(
        "zh",
        "ambulance_run_sheet",
        "把这份院前急救出车记录整理成交接单。",
        "[[service_number|120]]出车记录\n呼救电话：<<tel.c:cn_plain>>　呼救人：<<per.c>>\n现场地址：<<addr.a:road_bld|comm>>\n"
        "患者：<<per.p>>　身份证：<<cnid.p>>　既往病历号：<<mrn.p:digits|dash>>\n主诉：突发胸痛30分钟\n出车：[[timestamp]]",
        "交接：患者<<per.p>>（身份证<<cnid.p>>，病历号<<mrn.p:digits|dash>>），突发胸痛30分钟，由<<per.c>>（<<tel.c:cn_plain>>）拨打[[service_number|120]]，"
        "接自<<addr.a:road_bld|comm>>。",
    ),
    T(
        "zh",
        "ambulance_run_sheet",
        "根据转运单，写一条给接收医院的电话预告。",
        "危重患者转运单\n患者 <<per.p>>　出生 <<dob.p:cn>>\n转出：县人民医院　转入：[[organisation|协和医院]]\n"
        "救护车 <<plate.a>>　司机驾驶证 <<dl.s>>\n家属 <<per.f>> 电话 <<tel.f:cn_numerals>>",
        "预告：我们是县人民医院，正转运患者<<per.p>>（<<dob.p:iso>>出生），救护车<<plate.a>>，预计一小时到达[[organisation|协和医院]]，"
        "家属<<per.f>>随车，电话<<tel.f:cn_plain>>。",
    ),
    # ---------------------------------------------------------------- sleep_study_referral
    T(
        "zh",
        "sleep_study_referral",
        "把这张多导睡眠监测申请单改写成预约短信。",
        "多导睡眠监测（PSG）申请单\n患者：<<per.p>>　出生日期：<<dob.p:cn>>　门诊号：<<mrn.p:mz>>\n电话：<<tel.p:cn_plain>>　邮箱：<<email.p@p>>\n"
        "家用血氧仪 MAC <<mac.o:colon>>（已绑定）\n申请医生：<<per.d:title>>",
        "【睡眠中心】<<per.p>>您好，您的PSG监测（门诊号<<mrn.p:mz>>）已预约在[[timestamp]]，请提前带好血氧仪（<<mac.o:colon>>）。"
        "报告将发送到<<email.p@p>>，如需改期请回复或致电<<tel.p:cn_plain>>联系我们。",
    ),
    T(
        "zh",
        "sleep_study_referral",
        "这是家用呼吸机上传云端的日志，判断是否有连续三晚没上传。",
        "[[timestamp]] upload ok device=<<mac.c:colon>> ip=<<ip.c>> user=<<tel.u:cn_plain>> ahi=3.1\n"
        "[[timestamp]] upload ok device=<<mac.c:colon>> ip=<<ip.c>> user=<<tel.u:cn_plain>> ahi=4.8\n"
        "[[timestamp]] upload fail device=<<mac.c:colon>> ip=<<ip.d:private>> err=[[code_identifier|ETIMEDOUT]]\n# 患者 <<per.u>> [[product|瑞思迈 AirSense 10]] 固件 [[version]]",
        "<<per.u>>的呼吸机（<<mac.c:colon>>）前两次从<<ip.c>>上传成功，第三次在内网<<ip.d:private>>超时失败，没有连续三晚未上传。"
        "建议联系<<tel.u:cn_plain>>检查家里路由器。",
    ),
    # ---------------------------------------------------------------- crowdfunding_backer_survey
    T(
        "zh",
        "crowdfunding_backer_survey",
        "众筹回报问卷导出了这些数据，帮我生成发货清单，海外支持者单独列出。",
        "支持者,档位,收件人,电话,地址,微信,备注,QQ,豆瓣,退款账户\n<<per.a>>,[[money]],<<per.a>>,<<tel.a:cn_plain>>,<<addr.a>>,<<wx.a@a>>,不要塑料袋,<<qq.a>>,"
        "<<url.a:douban>>,\n<<per_en.b>>,[[money]],<<per_en.b>>,<<tel.b:uk_intl>>,<<addr_uk.b>>,,,,, <<iban.b>>",
        "国内：<<per.a>>，<<tel.a:cn_plain>>，<<addr.a>>（微信<<wx.a@a>>），运单[[tracking_number]]。\n海外：<<per_en.b>>，<<tel.b:uk_intl>>，"
        "<<addr_uk.b>>，如无法寄送退款至<<iban.b>>。",
    ),
    T(
        "zh",
        "crowdfunding_backer_survey",
        "帮我润色这段大病筹款的求助说明，去掉不必要的个人信息。",
        "我是<<per.f>>，我父亲<<per.p>>（身份证<<cnid.p>>）确诊肺癌，在[[organisation|协和医院]]住院，病案号<<mrn.p:zy>>。"
        "家里已经花了[[money]]。爱心款请打到我的卡<<card.c:spaced>>，或联系我<<tel.f:cn_plain>>。",
        "我是<<per.f>>，父亲确诊肺癌，正在住院治疗，家里已经花了[[money]]，恳请大家帮助。\n"
        "（已删去父亲的身份证号、病案号和银行卡号；联系电话<<tel.f:cn_plain>>建议只在平台私信中提供。）",
    ),
    # ---------------------------------------------------------------- debt_collection_call_script
    T(
        "zh",
        "debt_collection_call_script",
        "检查这段催收话术是否合规，指出问题并改写。",
        "话术：您好，请问是<<per.d>>吗？您尾号的信用卡<<card.c:plain>>已逾期，身份证<<cnid.d>>登记地址是<<addr.h>>，"
        "驾驶证<<dl.d>>也在我们系统里。今天不还款，我们会联系您单位和通讯录里的<<per.k>>（<<tel.k:cn_plain>>）。",
        "问题：1）完整念出卡号<<card.c:plain>>、身份证<<cnid.d>>和住址<<addr.h>>，超出核身需要；2）威胁联系第三人<<per.k>>，违反催收规范。\n"
        "改写：您好，请问是<<per.d>>本人吗？您在我行的信用卡已逾期，请尽快还款或联系客服[[service_number|95588]]协商。",
    ),
    T(
        "zh",
        "debt_collection_call_script",
        "总结这通催收电话的结果，并标注是否需要升级投诉处理。",
        "",
        "结果：<<per.d>>承认欠款[[money]]，承诺[[timestamp]]前还款，留微信<<wx.d@d>>接收还款链接；"
        "其表示催收员曾拨打其同事<<per.c>>的电话<<tel.c:cn_dash>>，需升级投诉处理。",
        system="你是[[organisation|招商银行]]贷后质检助手。客户：<<per.d>>，手机<<tel.d:cn_plain>>，车牌<<plate.d>>（抵押车辆）。",
        history=[
            (
                "<<per.d>>先生，您的贷款已经逾期，欠款[[money]]。",
                "我知道，[[timestamp]]前一定还上。你们别再给我同事<<per.c>>打电话了，<<tel.c:cn_dash>>是他的号！",
            ),
            (
                "非常抱歉，我们会核实。还款链接发到哪里？",
                "发我微信<<wx.d@d>>，手机<<tel.d:cn_plain>>也行。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- photo_studio_order
    T(
        "zh",
        "photo_studio_order",
        "照相馆的证件照订单里有回执码，帮我整理成取件通知。",
        "证件照订单 [[order_number]]\n顾客：<<per.c>>　电话：<<tel.c:cn_plain>>\n用途：身份证换证（号码<<cnid.c>>）\n"
        "数码回执码：[[number|GA5310-77281934]]\n微信：<<wx.c>>\n取件：[[timestamp]] 后",
        "取件通知：<<per.c>>您好，订单[[order_number]]的证件照已完成，身份证换证数码回执码[[number|GA5310-77281934]]已发到您的微信<<wx.c>>。"
        "[[timestamp]]后可到店取件，电话<<tel.c:cn_plain>>。",
    ),
    T(
        "zh",
        "photo_studio_order",
        "把这封写真预约确认邮件改写成小红书风格的客片文案（不要带客户隐私）。",
        "<<per.c>>您好：\n您预约的汉服写真（[[timestamp]]）已确认，妆造师<<per.m>>。\n造型参考[[public_figure]]，客片将上传到我们的小红书<<url.s:xiaohongshu>>，"
        "如不同意公开请回复。生日照套餐需确认您的生日<<dob.c:cn>>。\n寄送相册地址：<<addr.a>>，电话<<tel.c:cn_space>>，邮箱<<email.c@c>>",
        "🌸今日客片｜汉服写真\n妆造师<<per.m>>出品，[[common_word|明天]]就开始修图啦～温柔古风，适合春天出片！\n#汉服写真 #客片分享",
        annotators=["<<email.c@c>>", "rev18:<<email.m@m>>"],
    ),
]
EN = [
    # ---------------------------------------------------------------- fapiao_title_request
    T(
        "en",
        "fapiao_title_request",
        "Our Shenzhen supplier needs our details for a VAT special invoice (fapiao). Draft the reply e-mail from the notes below.",
        "Notes from call with <<per_cn.s>> (supplier sales, WeChat <<wx.s@s>>, mobile <<tel.s:cn_intl>>):\n"
        "- buyer name must match the business licence: [[organisation|Brightwave Trading (Shanghai) Co., Ltd.]]\n"
        "- tax id [[number|91310115MA1H7XQ02P]]\n- registered address + phone: <<addr_cn.a>> <<tel.l:cn_land>>\n"
        "- our contact: <<per.c>>, <<email.c@c>>; legal rep ID for the record: <<cnid.r>>",
        "Hi <<per_cn.s:pinyin>>,\n\nPlease issue the fapiao to [[organisation|Brightwave Trading (Shanghai) Co., Ltd.]], tax ID "
        "[[number|91310115MA1H7XQ02P]], address and phone <<addr_cn.a>> <<tel.l:cn_land>>. Send the e-invoice to <<email.c@c>>; "
        "I'll confirm on WeChat (<<wx.s@s>>) too.\n\nBest,\n<<per.c>>",
    ),
    T(
        "en",
        "fapiao_title_request",
        "I'm an expat in Beijing. Explain what each field in this reimbursement fapiao request means and which ones my finance team actually needs.",
        "发票申请 / Invoice request\n申请人 Applicant: <<per.e:full>> (<<per.e:upper>>)\n"
        "身份证/外国人永久居留证: <<cnid.i:spaced|x>>\nQQ: <<qq.q>>  WeChat: <<wx.w@e>>\n手机: <<tel.p:cn_dash>>\n"
        "金额 Amount: [[money]]  项目: 餐饮服务\n开票邮箱: <<email.q:qq>>",
        "Applicant (<<per.e:full>>) and amount ([[money]]) are needed. The ID field (<<cnid.i:spaced|x>>) is only needed for an "
        "individual-title fapiao; finance usually wants the company title instead. QQ <<qq.q>>, WeChat <<wx.w@e>> and phone "
        "<<tel.p:cn_dash>> are contact details, and <<email.q:qq>> is where the e-fapiao PDF will arrive.",
    ),
    # ---------------------------------------------------------------- sepa_direct_debit_mandate
    T(
        "en",
        "sepa_direct_debit_mandate",
        "Here is a scanned SEPA Direct Debit mandate (OCR). Fix the OCR errors and list the mandate fields.",
        "SEPA Direct Debit Mandate\nCreditor identifier [[number|IE84ZZZ362461]]   Mandate reference [[order_number]]\n"
        "Debtor name <<per.d:upper>>\nDebtor address <<addr_uk.a:line|flat>>\nIBAN <<iban.i:ie>>\nDate of birth <<dob.b:long_eu>>\n"
        "Signed: <<per.d>>   Date [[timestamp]]",
        "- Creditor ID: [[number|IE84ZZZ362461]]\n- Mandate reference: [[order_number]]\n- Debtor: <<per.d>>\n- Address: <<addr_uk.a:line|flat>>\n"
        "- IBAN: <<iban.i:ie>>\n- Date of birth: <<dob.b:eu>>\n- Signed on [[timestamp]].",
    ),
    T(
        "en",
        "sepa_direct_debit_mandate",
        "Summarise this failed-payment notice for the customer-success team and suggest the next step.",
        "From: billing@[[organisation|Mollie]]-notifications\nSubject: Direct debit returned - [[order_number]]\n"
        "Dear <<per.c:family>> household,\nthe collection of [[money]] from <<iban.i:nl>> (account holder <<per.c>>) was returned with reason MD06 "
        "(refund request by debtor).\nCustomer phone on file: <<tel.c:uk_intl|uk_mobile>>, e-mail <<email.c@c>>.",
        "<<per.c>> asked their bank to refund the [[money]] direct debit from <<iban.i:nl>> (reason MD06). Next step: contact them at "
        "<<email.c@c>> or <<tel.c:uk_intl|uk_mobile>> before retrying collection on order [[order_number]].",
        annotators=["<<email.r>>", "rev18:<<email.c@c>>"],
    ),
    # ---------------------------------------------------------------- payslip_ocr
    T(
        "en",
        "payslip_ocr",
        "This is OCR text from a photographed pay stub. Rebuild it as a clean table and flag anything that looks misread.",
        "[[organisation|Northfield Logistics LLC]]  EARNINGS STATEMENT\nEmployee <<per.e:upper>>   Emp # [[employee_id|NL-20931]]\n"
        "SSN <<ssn.s:dash|space>>\n<<addr_us.h:multiline>>\nGross [[money]]  Fed W/H [[money]]  FICA [[money]]\nNet Pay [[money.net]]",
        "| Field | Value |\n|---|---|\n| Employee | <<per.e>> |\n| Employee # | [[employee_id|NL-20931]] |\n| SSN | <<ssn.s:dash>> |\n"
        "| Address | <<addr_us.h:multiline>> |\n| Net pay | [[money.net]] |\nPossible misread: the address wraps across lines.",
    ),
    T(
        "en",
        "payslip_ocr",
        "My partner's UK payslip was scanned badly. Tell me what the tax code and NI lines mean and check the bank details line.",
        "PAYSLIP  Period 07  [[timestamp]]\nName: <<per.p:last_first>>\nAddress: <<addr_uk.a:flat|line>>\nDate of birth: <<dob.b:eu>>\n"
        "Tax code 1257L  NI category A\nPaid to: <<iban.i:gb>>\nQueries: payroll, or call <<per.m>> on <<tel.m:uk_land>>",
        "<<per.p:full>>'s tax code 1257L is the standard personal allowance; NI category A is the usual employee rate. The bank line "
        "shows an IBAN (<<iban.i:gb>>); check it against the account the salary actually reaches. Payroll contact is <<per.m>> "
        "(<<tel.m:uk_land>>).",
    ),
    # ---------------------------------------------------------------- boarding_pass_scan
    T(
        "en",
        "boarding_pass_scan",
        "Extract the passenger details from this scanned boarding pass for my expense report.",
        "BOARDING PASS  [[organisation|United Airlines]]\nNAME <<per.p:upper>>\nFLIGHT [[number|UA 837]]  GATE G92  SEAT 41C\n"
        "PASSPORT <<pass.x:us|us_new>>   DOB <<dob.b:short_month>>\nMileagePlus [[number|MP-XJ442981]]\nMOBILE <<tel.p:us_dot>>\n"
        "E-MAIL <<email.p@p>>",
        "Passenger: <<per.p>>; flight [[number|UA 837]]; passport <<pass.x:us|us_new>>; date of birth <<dob.b:long>>; "
        "contact <<tel.p:us_dash>>, <<email.p@p>>.",
    ),
    T(
        "en",
        "boarding_pass_scan",
        "Write the irregular check-in note for this conversation at the transfer desk.",
        "",
        "Irregular check-in: passenger <<per.t>> (UK passport <<pass.u:uk>>, DOB <<dob.b:long>>) could not scan the mobile boarding "
        "pass because the name on the booking read <<per.t:upper>>. Reissued on paper. Also carries PRC ID <<cnid.c>> for the "
        "onward domestic leg. Contact <<tel.t:uk_mobile>>.",
        history=[
            (
                "Hi, the gate reader keeps rejecting my boarding pass. Name's <<per.t>>.",
                "Can I see your passport please? I have <<pass.u:uk>> on the booking and the name in capitals, <<per.t:upper>>.",
            ),
            (
                "That's it. Date of birth <<dob.b:eu>>. For the Chengdu leg I also use my Chinese ID <<cnid.c>>. Phone is <<tel.t:uk_mobile>>.",
                "Thanks, I've reprinted the pass. Have a good flight.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- squid_proxy_access_log
    T(
        "en",
        "squid_proxy_access_log",
        "These Squid log lines use our key=value logformat. Who uploaded files to a personal cloud drive during the audit window?",
        "[[timestamp]] client=<<ip.a:private>> user=<<per.a:lower_dot>> TCP_TUNNEL/200 CONNECT www.dropbox.com:443\n"
        "[[timestamp]] client=<<ip.b:private>> user=<<per.b:lower_dot>> TCP_MISS/200 POST http://share.example.net/u?owner=<<email.b@b>>\n"
        "# arp acl: <<per.a>> desktop MAC <<mac.a:colon>>",
        "<<per.a>> (<<per.a:lower_dot>>, <<ip.a:private>>, MAC <<mac.a:colon>>) opened a tunnel to Dropbox; <<per.b>> "
        "(<<per.b:lower_dot>>, <<ip.b:private>>) posted an upload whose URL carries the personal address <<email.b@b>>.",
    ),
    T(
        "en",
        "squid_proxy_access_log",
        "Clean up this squid.conf: keep the ACLs, move owner notes out of the comments into a short asset list.",
        "# reception kiosk - owner <<per.r>> ext. 2210, mobile <<tel.r:us_paren>>\nacl reception_kiosk arp <<mac.r:dash>>\n"
        "acl reception_net src <<ip.r:private>>/32\n# CFO <<per.c>> travel laptop, comes in via <<ip.c>>\nacl cfo_laptop arp <<mac.c:colon_lower>>\n"
        "http_access allow reception_kiosk reception_net",
        "Asset list:\n- Reception kiosk: <<per.r>>, <<tel.r:us_paren>>, MAC <<mac.r:dash>>, <<ip.r:private>>\n"
        "- CFO laptop: <<per.c>>, MAC <<mac.c:colon_lower>>, remote IP <<ip.c>>\nThe config keeps the three acl lines and the http_access rule.",
    ),
    # ---------------------------------------------------------------- cups_print_job_log
    T(
        "en",
        "cups_print_job_log",
        "Summarise who printed what from this CUPS page_log and flag anything sensitive.",
        "hr-laserjet <<per.a:user>> 4410 [[timestamp]] total 3 - <<ip.a:private>> W2_<<per.a:family>>_<<ssn.a:plain>>.pdf Letter one-sided\n"
        "hr-laserjet <<per.b:user>> 4411 [[timestamp]] total 12 - <<ip.b:private>> offer_letter_<<per.c:lower_dot>>.docx Letter two-sided-long-edge",
        "<<per.a>> (<<per.a:user>>, <<ip.a:private>>) printed a W-2 whose file name contains the SSN <<ssn.a:dash>> - sensitive. "
        "<<per.b:user>> (<<ip.b:private>>) printed an offer letter for <<per.c>>.",
    ),
    T(
        "en",
        "cups_print_job_log",
        "Explain why this print job failed, based on the CUPS error_log excerpt.",
        "E [[timestamp]] [Job 771] job-originating-host-name=<<ip.h>> job-originating-user-name=<<email.u@u>>\n"
        'E [[timestamp]] [Job 771] Unable to open "lab_results_<<per.u:lower_dot>>.pdf": No such file or directory\n'
        "I [[timestamp]] [Client 9] printer mfp-2 MAC <<mac.p:cisco>> driverless via [[code_identifier|ipp-everywhere]]",
        "Job 771 came from <<email.u@u>> on <<ip.h>>; the spool file lab_results_<<per.u:lower_dot>>.pdf was gone by the time cupsd "
        "opened it. The file name also exposes whose lab results they are (<<per.u>>). The printer itself (<<mac.p:cisco>>) is fine.",
    ),
    # ---------------------------------------------------------------- elasticsearch_bulk_ndjson
    T(
        "en",
        "elasticsearch_bulk_ndjson",
        "Validate this _bulk body and list the fields that should be masked by an ingest pipeline.",
        '{"index":{"_index":"members-v3"}}\n'
        '{"name":"<<per.a>>","email":"<<email.a@a>>","phone":"<<tel.a:us_plain>>","dl":"<<dl.a:ca|fl|tx>>","dob":"<<dob.a:iso>>",'
        '"home":"<<addr.h:line_unit|line>>","car":"<<plate.a>>"}\n'
        '{"index":{"_index":"members-v3"}}\n{"name":"<<per.b>>","email":"<<email.b@b>>","phone":"<<tel.b:us_intl2>>"}',
        "Valid NDJSON (one action line per document, trailing newline needed). Mask: <<per.a>>'s email <<email.a@a>>, phone "
        "<<tel.a:us_plain>>, licence <<dl.a:ca|fl|tx>>, DOB <<dob.a:iso>>, address <<addr.h:line_unit|line>>, plate <<plate.a>>; "
        "and <<per.b>>'s <<email.b@b>> / <<tel.b:us_intl2>>.",
    ),
    T(
        "en",
        "elasticsearch_bulk_ndjson",
        "Turn the _source of this search hit into one CSV row (name,ssn,card,linkedin).",
        '{"took":4,"hits":{"hits":[{"_index":"applicants","_score":[[number|11.204]],"_source":{"name":"<<per.x>>",'
        '"ssn":"<<ssn.x:plain>>","card_on_file":"<<card.c:spaced>>","linkedin":"<<url.l:linkedin>>","agent":"[[product]]"}}]}}',
        "<<per.x>>,<<ssn.x:dash>>,<<card.c:plain>>,<<url.l:linkedin>>",
        source="h18-kibana:<<email.k@x>>",
    ),
    # ---------------------------------------------------------------- graphql_mutation_variables
    T(
        "en",
        "graphql_mutation_variables",
        "This registerPatient mutation fails validation. Which variables break the schema?",
        "mutation Register($p: PatientInput!) { registerPatient(input: $p) { id } }\n"
        '{"p": {"name": "<<per.p>>", "mrn": "<<mrn.m:mrn|alpha>>", "dob": "<<dob.b:us>>", "phone": "<<tel.p:us_paren>>", '
        '"address": "<<addr_us.a:full>>", "email": "<<email.p@p>>"}}',
        "dob must be ISO 8601: change <<dob.b:us>> to <<dob.b:iso>>. phone must be E.164: change <<tel.p:us_paren>> to "
        "<<tel.p:us_intl>>. name (<<per.p>>), mrn (<<mrn.m:mrn|alpha>>), address (<<addr_us.a:full>>) and email (<<email.p@p>>) are fine.",
    ),
    T(
        "en",
        "graphql_mutation_variables",
        "Our GraphQL server echoed the mutation variables back in an error. Explain the error and why the echo is a problem.",
        '{"errors":[{"message":"Payment method rejected","extensions":{"code":"[[code_identifier|PAYMENT_REJECTED]]",'
        '"requestIp":"<<ip.r>>","variables":{"holder":"<<per.h>>","pan":"<<card.c:plain>>","email":"<<email.h@h>>",'
        '"nationalId":"<<cnid.n>>"}}}],"data":null}',
        "The card was rejected ([[code_identifier|PAYMENT_REJECTED]]). The extensions block repeats every variable - cardholder <<per.h>>, "
        "card <<card.c:plain>>, e-mail <<email.h@h>>, the Chinese ID <<cnid.n>> and the client IP <<ip.r>> - so they end up in "
        "client logs and error trackers.",
    ),
    # ---------------------------------------------------------------- firebase_crashlytics_log
    T(
        "en",
        "firebase_crashlytics_log",
        "Do these Crashlytics reports come from one user? Explain from the custom keys.",
        "Fatal Exception: kotlin.UninitializedPropertyAccessException\n  at app.fitlog.SyncWorker.doWork([[code_identifier|SyncWorker.kt]]:142)\n"
        "Custom keys: user_email=<<email.e@u>> display_name=<<per.u>> band_mac=<<mac.m:colon>> last_ip=<<ip.i>> "
        "twitter=<<url.t:twitter>>\n[[product]] · app [[version]]",
        "Yes - all reports share user_email <<email.e@u>> (<<per.u>>), the wristband <<mac.m:colon>> and the last IP <<ip.i>>. "
        "The crash hits SyncWorker before the band is paired.",
    ),
    T(
        "en",
        "firebase_crashlytics_log",
        "Turn these breadcrumbs into numbered user steps before the crash.",
        "[[timestamp]] login ok phone=<<tel.p:cn_intl2>>\n[[timestamp]] link_qq qq=<<qq.q>> nick=<<per_cn.n>>\n"
        "[[timestamp]] link_wechat wx=<<wx.w>>\n[[timestamp]] kyc_upload id=<<cnid.i>> status=[[number|0xC0000005]]\n"
        "[[timestamp]] crash in [[code_identifier|KycCameraView]]",
        "1. Logged in with <<tel.p:cn_intl2>>.\n2. Linked QQ <<qq.q>> (nickname <<per.n>>).\n3. Linked WeChat <<wx.w>>.\n"
        "4. Uploaded an ID photo for <<cnid.i>> ([[number|0xC0000005]]).\n5. Crashed in [[code_identifier|KycCameraView]].",
        source="h18-crash/<<tel.p:cn_plain>>",
    ),
    # ---------------------------------------------------------------- prometheus_alertmanager_payload
    T(
        "en",
        "prometheus_alertmanager_payload",
        "Convert this Alertmanager webhook into a short page for the on-call channel.",
        '{"status":"firing","alerts":[{"labels":{"alertname":"DiskFull","instance":"<<ip.n:private>>:9100","nic":"<<mac.n:dash>>"},'
        '"annotations":{"owner":"<<per.o>>","owner_phone":"<<tel.o:us_intl>>","escalate":"<<per.e>> <<email.e@e>>"},'
        '"startsAt":"[[timestamp]]"}]}',
        "PAGE: DiskFull on <<ip.n:private>> (NIC <<mac.n:dash>>). Owner <<per.o>> <<tel.o:us_intl>>; escalate to <<per.e>> (<<email.e@e>>).",
    ),
    T(
        "en",
        "prometheus_alertmanager_payload",
        "Who do I call about the payments alert tonight?",
        "PaymentsLatencyHigh fired at [[timestamp]] - who's on call?",
        "Tonight's payments on-call is <<per.a>>: <<tel.a:us_dash>>, or Slack <<email.a@a>>. If there's no answer in 15 minutes, "
        "escalate to <<per.m>> on <<tel.m:us_intl>>.",
        system="On-call roster synced from [[product|PagerDuty]] ([[version]]):\n- payments: <<per.a>>, <<tel.a:us_paren>>, <<email.a@a>>\n"
        "- platform: <<per.p>>, <<tel.p:uk_mobile>>\n- escalation manager: <<per.m>>, <<tel.m:us_dot>>\nDo not share anyone else's details.",
    ),
    # ---------------------------------------------------------------- discord_channel_export
    T(
        "en",
        "discord_channel_export",
        "Summarise the meetup plan from this DiscordChatExporter text file.",
        "==============================================================\nGuild: Retro Synth Club / Channel: #meetups\n"
        "==============================================================\n[[[timestamp]]] <<per.a:user>>\nSaturday at mine: <<addr.a:line_unit|full_unit>>. "
        "Buzz and call <<tel.a:us_dash>>\n\n[[[timestamp]]] <<per.b:user>>\nI'll bring the [[product|Moog Grandmother]]. My mixes are on <<url.b:mastodon|medium>>\n\n"
        "[[[timestamp]]] <<per.c:user>>\nQQ <<qq.c>> for the folks joining from Shenzhen",
        "Meetup on Saturday at <<per.a:user>>'s place (<<addr.a:line_unit|full_unit>>, call <<tel.a:us_dash>>). <<per.b:user>> brings the "
        "[[product|Moog Grandmother]] (<<url.b:mastodon|medium>>); <<per.c:user>> shares QQ <<qq.c>> for the Shenzhen group.",
    ),
    T(
        "en",
        "discord_channel_export",
        "Find the messages in this JSON export that expose personal data and list id + what leaked.",
        '{"messages":[{"id":"[[number|1190442218309152870]]","author":{"name":"<<per.x:user>>","nickname":"<<per.x>>"},'
        '"content":"got rear-ended, their plate was <<plate.z>>, my licence <<dl.x:ny|wa>> is in the report"},'
        '{"id":"[[number|1190442901188427831]]","author":{"name":"<<per.y:user>>"},"content":"my home IP is <<ip.y>>, whitelist me"}]}',
        "- [[number|1190442218309152870]]: <<per.x>> posted another driver's plate <<plate.z>> and their own licence <<dl.x:ny|wa>>.\n"
        "- [[number|1190442901188427831]]: <<per.y:user>> posted a home IP, <<ip.y>>.",
    ),
    # ---------------------------------------------------------------- irc_channel_log
    T(
        "en",
        "irc_channel_log",
        "From this irssi log and /whois output, is <<per.n:user>> the same person who spammed the channel yesterday?",
        "[[timestamp]] -!- <<per.n:user>> [~<<per.n:user>>@<<ip.n>>] has joined #homelab\n"
        "[[timestamp]] <<<per.n:user>>> selling 3 used GPUs, email <<email.n@n>>\n"
        "-!- <<per.n:user>> [~<<per.n:user>>@<<ip.n>>]\n-!-  ircname  : <<per.n>>\n-!-  server   : irc.oftc.net",
        "Very likely: both sessions come from <<ip.n>>, the ircname is <<per.n>>, and the spam message carries <<email.n@n>>.",
    ),
    T(
        "en",
        "irc_channel_log",
        "Explain each part of the DCC SEND line in this ZNC log.",
        "[[timestamp]] <<<per.s:user>>> @<<per.r:user>> sending you the roster, ping me at <<tel.s:uk_mobile>> if it breaks\n"
        "[[timestamp]] *** DCC SEND from <<per.s:user>> (<<ip.s:private>>:5000): roster_<<per.r:lower_dot>>.csv (9 KB)\n"
        "[[timestamp]] <<<per.r:user>>> got it. QQ <<qq.r>> if you need me on the China side",
        "'DCC SEND from <<per.s:user>>' names the sender; '(<<ip.s:private>>:5000)' is the sender's address and port that the receiver "
        "connects to directly; 'roster_<<per.r:lower_dot>>.csv (9 KB)' is the file name, which includes the receiver's name (<<per.r>>).",
    ),
    # ---------------------------------------------------------------- voicemail_transcript
    T(
        "en",
        "voicemail_transcript",
        "Turn this auto-transcribed voicemail into a to-do list.",
        "Voicemail from <<tel.c:us_plain>> (0:52)\nTranscript: hi this is <<per.c:lower_full>> uh I dropped my car off last Tuesday "
        "plate <<plate.p>> and I still haven't got the invoice, could you call me back at <<tel.c:us_dash>> or mail it to "
        "<<addr_us.a:line|full>>, my birthday is <<dob.b:long>> if you need to look me up, thanks",
        "To do:\n1. Call back <<per.c>> on <<tel.c:us_dash>>.\n2. Find last Tuesday's job for plate <<plate.p>> (customer DOB <<dob.b:us>>).\n"
        "3. Mail the invoice to <<addr_us.a:line|full>>.",
    ),
    T(
        "en",
        "voicemail_transcript",
        "Clean up the numbers in this landlord voicemail transcript; keep the wording as is.",
        "Transcript: hello it's <<per.l>> your landlord for <<addr_uk.f:flat>>, the rent didn't come through, "
        "can you send it to <<iban.i:gb>> instead of the old card <<card.c:spaced>>, ring me on <<tel.l:uk_land>> cheers",
        "hello it's <<per.l>> your landlord for <<addr_uk.f:flat>>, the rent didn't come through, can you send it to <<iban.i:gb>> "
        "instead of the old card <<card.c:plain>>, ring me on <<tel.l:uk_land>> cheers",
        source="h18-vm/<<tel.l:uk_land>>",
    ),
    # ---------------------------------------------------------------- tailor_measurement_slip
    T(
        "en",
        "tailor_measurement_slip",
        "Type up this handwritten alterations ticket as a clean work order.",
        "ALTERATIONS  ticket [[order_number]]\nCustomer: <<per.c:last_first>>   tel <<tel.c:us_dot>>\nEmail <<email.c@c>>\n"
        "Trousers: take in waist 1 inch, hem to 30.5\nJacket: shorten sleeves 3/4\nReady: [[timestamp]]   Deposit [[money]]",
        "Work order [[order_number]] for <<per.c>> (<<tel.c:us_dot>>, <<email.c@c>>): take in trouser waist 1 in and hem to 30.5 in; "
        "shorten jacket sleeves 3/4 in. Ready [[timestamp]], deposit [[money]] paid.",
    ),
    T(
        "en",
        "tailor_measurement_slip",
        "Write the order confirmation for this bespoke-suit client from the chat.",
        "",
        'Dear <<per.c>>, confirming one bespoke two-piece in [[product|Loro Piana Tasmanian]], monogram "<<per.c:initial>>" inside the '
        "jacket. Deposit taken on <<card.k:spaced>>. Fittings will be arranged via WeChat (<<wx.c@c>>); the finished suit ships to "
        "<<addr.a>> (tracking [[tracking_number]] once dispatched).",
        history=[
            (
                "Hi, <<per.c>> here - I'd like a two-piece, monogram <<per.c:initial>> please. WeChat me at <<wx.c@c>>, I'm in Shanghai half the year.",
                "Lovely. Where should we ship it, and how would you like to pay the deposit?",
            ),
            (
                "Ship to <<addr.a>>. Card is <<card.k:plain>>.",
                "Thank you, deposit taken on the card ending as you gave it.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- dog_grooming_appointment
    T(
        "en",
        "dog_grooming_appointment",
        "Turn this booking form into one line of the salon's schedule (date | owner | phone | dog | pickup).",
        'Grooming booking\nOwner: <<per.o>>\nPhone: <<tel.o:us_paren>>\nEmail: <<email.o@o>>\nDog: "[[common_word|Hunter green]]" collar, '
        "name Biscuit, cockapoo\nPickup van plate <<plate.v>> will collect from <<addr.a:line|line_unit>>\nAppointment [[timestamp]]",
        "[[timestamp]] | <<per.o>> | <<tel.o:us_paren>> | Biscuit (cockapoo) | van <<plate.v>> from <<addr.a:line|line_unit>>",
    ),
    T(
        "en",
        "dog_grooming_appointment",
        "From this Square customer export, which owners have a card on file but no e-mail?",
        'Customer,Phone,Email,Card on file,Notes\n"<<per.a:last_first>>",<<tel.a:us_dash>>,,<<card.a:dashed>>,nervous poodle\n'
        '"<<per.b:last_first>>",<<tel.b:uk_mobile>>,<<email.b@b>>,,biter - muzzle\n"<<per.c:last_first>>",<<tel.c:us_dot>>,,<<card.c:dashed>>,[[common_word|Grace period]] on fees',
        "No e-mail but a card on file: <<per.a>> (<<tel.a:us_dash>>, card <<card.a:plain>>) and <<per.c>> (<<tel.c:us_dot>>, card <<card.c:plain>>).",
        annotators=["lab18/<<per.x:user>>"],
    ),
    # ---------------------------------------------------------------- swimming_lesson_enrollment
    T(
        "en",
        "swimming_lesson_enrollment",
        "Check this kids' swim enrolment form for missing or inconsistent fields.",
        "LEARN TO SWIM - ENROLMENT\nSwimmer: <<per.k>>   Date of birth: <<dob.k:us_pad>>\nMedical record no. (asthma plan): <<mrn.k:digits|mrn>>\n"
        "Parent/guardian: <<per.p>>   Mobile: <<tel.p:us_paren>>\nEmail: <<email.p@p>>\nHome: <<addr_us.h:full|line>>\nLevel: Starfish",
        "Swimmer <<per.k>> (born <<dob.k:long>>) has an asthma plan, record <<mrn.k:digits|mrn>>. Parent <<per.p>> (<<tel.p:us_paren>>, "
        "<<email.p@p>>) and address <<addr_us.h:full|line>> are filled in. Missing: emergency contact other than the parent.",
    ),
    T(
        "en",
        "swimming_lesson_enrollment",
        "Our swim coach's group text has sign-ups; make a roster (child, parent, phone, other contact).",
        "Coach: reply with name + contact for the July squad\n<<per_cn.a>>'s mom: <<tel.a:us_plain>>, WeChat <<wx.a>>\n"
        "<<per.b>> (dad <<per.bp>>) <<tel.b:us_dot>>\n<<per_cn.c>> - grandma speaks Mandarin, QQ <<qq.c>> / <<tel.c:cn_intl>>",
        "| Child | Parent | Phone | Other |\n|---|---|---|---|\n| <<per_cn.a>> | mom | <<tel.a:us_plain>> | WeChat <<wx.a>> |\n"
        "| <<per.b>> | <<per.bp>> | <<tel.b:us_dot>> | - |\n| <<per_cn.c>> | grandma | <<tel.c:cn_intl>> | QQ <<qq.c>> |",
    ),
    # ---------------------------------------------------------------- property_repair_request
    T(
        "en",
        "property_repair_request",
        "Create a work order from this tenant portal request.",
        "Request type: Plumbing - leak\nTenant: <<per.t>>\nUnit: <<addr_us.u:line_unit>>\nPhone: <<tel.t:us_dash>>  Email: <<email.t@t>>\n"
        "Details: water coming through the garage ceiling onto my car (plate <<plate.c>>). Licence copy on file: <<dl.t:tx|ca>>\nPermission to enter: yes",
        "Work order: leak into the garage at <<addr_us.u:line_unit>>, dripping onto the tenant's car (<<plate.c>>). Contact <<per.t>>, "
        "<<tel.t:us_dash>> / <<email.t@t>>; entry permitted.",
    ),
    T(
        "en",
        "property_repair_request",
        "Summarise this housing association repair call and draft the follow-up text.",
        "",
        "Summary: <<per.t>> (<<addr_uk.a:flat>>, DOB <<dob.b:eu>>) reported black mould in the bedroom; job [[order_number]] raised, "
        "surveyor <<per.s>> to visit. Follow-up text: Hi <<per.t:given>>, your mould repair [[order_number]] is booked - call "
        "<<tel.s:uk_land>> if you need to change it.",
        history=[
            (
                "Hiya, it's <<per.t>> from <<addr_uk.a:flat>>, the mould's back in the bedroom.",
                "Sorry to hear that. Can I confirm your date of birth for security?",
            ),
            (
                "<<dob.b:long_eu>>.",
                "Thanks. I've raised job [[order_number]]; our surveyor <<per.s>> will visit. His line is <<tel.s:uk_land>>.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- water_meter_reading_route
    T(
        "en",
        "water_meter_reading_route",
        "From this meter-route CSV, flag accounts whose usage more than tripled.",
        "account,customer,phone,service address,prev,curr,status,meter_mac\n[[number|WA-0040127733]],<<per.a>>,<<tel.a:us_plain>>,<<addr_us.a:line>>,"
        "14,52,check,<<mac.a:colon>>\n[[number|WA-0040127734]],<<per.b>>,<<tel.b:us_plain>>,<<addr_us.b:line>>,11,12,ok,<<mac.b:colon>>",
        "Flag [[number|WA-0040127733]]: <<per.a>> at <<addr_us.a:line>> went from 14 to 52 kgal; call <<tel.a:us_plain>> about a "
        "possible leak. Smart meter <<mac.a:colon>>.",
    ),
    T(
        "en",
        "water_meter_reading_route",
        "Write a short incident note from the meter reader's route notes.",
        "[[timestamp]] <<addr.a>> - gate locked, owner <<per.a>> said call <<tel.a>> before coming\n"
        "[[timestamp]] <<addr.b>> - dog loose, van <<plate.v>> parked across the meter pit\n[[timestamp]] reader: <<per.r>>",
        "Incident note (reader <<per.r>>): two reads missed. At <<addr.a>> the gate was locked; <<per.a>> asks for a call on <<tel.a>> "
        "before visits. At <<addr.b>> a loose dog and a van (<<plate.v>>) over the meter pit blocked access.",
        source="h18-routes/<<per.r:lower_dot>>",
    ),
    # ---------------------------------------------------------------- voter_registration_update
    T(
        "en",
        "voter_registration_update",
        "Check this voter registration change-of-address form and say what's missing.",
        "VOTER REGISTRATION - CHANGE OF ADDRESS\nName: <<per.v:upper>>\nDate of birth: <<dob.b:us_pad>>\nNY DMV ID: <<dl.d:ny>>\n"
        "SSN: <<ssn.s:dash>>\nPrevious address: <<addr_us.o:full>>\nNew address: <<addr_us.n:full_unit|full>>\nPhone (optional): <<tel.v:us_paren>>\n"
        "Email: <<email.v@v>>",
        "<<per.v>> (born <<dob.b:long>>) gave a DMV ID (<<dl.d:ny>>), so the full SSN <<ssn.s:dash>> is not needed - only the last four "
        "digits if there's no DMV number. Old address <<addr_us.o:full>>, new address <<addr_us.n:full_unit|full>>. Missing: signature and party.",
    ),
    T(
        "en",
        "voter_registration_update",
        "Explain to a new UK resident what this electoral register change notice asks them to confirm.",
        "Electoral Registration Office - change notice\nResident: <<per.r>>\nProperty: <<addr_uk.p:line|multiline>>\nDate of birth: <<dob.b:long_eu>>\n"
        "Identity check (non-UK): passport <<pass.p:us|us_new>>\nEmail for confirmation: <<email.r@r>>",
        "It asks you (<<per.r>>) to confirm you live at <<addr_uk.p:line|multiline>>, your date of birth (<<dob.b:eu>>) and, because "
        "you're not a UK national, the passport used for the identity check (<<pass.p:us|us_new>>). Confirmation goes to <<email.r@r>>.",
    ),
    # ---------------------------------------------------------------- lost_passport_police_report
    T(
        "en",
        "lost_passport_police_report",
        "Summarise this police report for the passport replacement appointment.",
        "INCIDENT REPORT - LOST PROPERTY\nReporting person: <<per.r:last_first>>\nDOB: <<dob.b:us>>\nDriver licence: <<dl.r:fl|wa>>\n"
        "Item: US passport <<pass.p:us_new|us>>\nLast seen: [[public_place|Times Square]]\nHome address: <<addr_us.h>>\nPhone: <<tel.r:us_dash>>\nOfficer: <<per.o:initial>>",
        "<<per.r>> (DOB <<dob.b:us>>, licence <<dl.r:fl|wa>>) reported US passport <<pass.p:us_new|us>> lost near [[public_place|Times Square]]. "
        "Home: <<addr_us.h>>; phone <<tel.r:us_dash>>.",
    ),
    T(
        "en",
        "lost_passport_police_report",
        "Draft a short e-mail to the passport agency based on this chat.",
        "",
        "Subject: Lost passport <<pass.p:us>> - expedited replacement\n\nI am <<per.a>> (SSN <<ssn.s:dash>>). My passport <<pass.p:us>> "
        "was stolen; the police report is attached. Please send correspondence to <<addr_us.h:full>> or <<email.a@a>>.",
        history=[
            (
                "my passport got stolen, number <<pass.p:us>>, I'm <<per.a>>",
                "Sorry! Include your SSN and mailing address on the DS-64 form.",
            ),
            (
                "SSN <<ssn.s:plain>>, address <<addr_us.h:full>>, email <<email.a@a>>",
                "Got it - here's a draft e-mail you can send.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- scholarship_application
    T(
        "en",
        "scholarship_application",
        "Review this scholarship application and list what the committee still needs.",
        "SCHOLARSHIP APPLICATION\nApplicant: <<per.s>>\nDate of birth: <<dob.b:long>>\nSSN (for FAFSA match): <<ssn.s:dash>>\n"
        "Address: <<addr_us.h:full>>\nPhone: <<tel.s:us_dash>>  Email: <<email.s@s>>\nLinkedIn: <<url.l:linkedin>>\nEssay topic: [[public_figure]]\nRecommender: <<per.t>>",
        "<<per.s>> (<<email.s@s>>, <<tel.s:us_dash>>) submitted the form with DOB, SSN <<ssn.s:dash>>, address and LinkedIn "
        "(<<url.l:linkedin>>). Still needed: the letter from <<per.t>> and a transcript.",
    ),
    T(
        "en",
        "scholarship_application",
        "Summarise this international applicant's file for the scholarship committee.",
        "Applicant: <<per_cn.a>> (<<per_cn.a:pinyin_fl>>)\nPRC ID: <<cnid.a:x|spaced>>\nPassport: <<pass.a:cn_e|cn_ea>>\n"
        "Contact: <<email.a@a>> / WeChat <<wx.a@a>> / QQ <<qq.a>>\nGPA 3.91, two publications; Reference: <<per.r>> (supervised a thesis on [[public_figure]]'s letters)",
        "<<per_cn.a>> (passport <<pass.a:cn_e|cn_ea>>) has a 3.91 GPA and two publications, with a reference from <<per.r>>. "
        "Reach them at <<email.a@a>> or WeChat <<wx.a@a>>.",
    ),
    # ---------------------------------------------------------------- conference_badge_export
    T(
        "en",
        "conference_badge_export",
        "This badge export has duplicates. Deduplicate and output the clean rows.",
        "first_name,last_name,company,email,mobile,profile\n<<per.a:given>>,<<per.a:family>>,[[organisation]],<<email.a@a>>,<<tel.a:us_plain>>,<<url.a:github|twitter>>\n"
        "<<per.b:given>>,<<per.b:family>>,[[organisation]],<<email.b@b>>,<<tel.b:us_plain>>,\n<<per.a:given>>,<<per.a:family>>,[[organisation]],<<email.a@a>>,<<tel.a:us_plain>>,<<url.a:github|twitter>>",
        "Rows 1 and 3 are the same person (<<per.a>>, <<email.a@a>>). Clean rows:\n<<per.a:given>>,<<per.a:family>>,<<email.a@a>>,<<tel.a:us_plain>>,<<url.a:github|twitter>>\n"
        "<<per.b:given>>,<<per.b:family>>,<<email.b@b>>,<<tel.b:us_plain>>",
        annotators=["<<email.z>>", "lab18/<<per.z:user>>", "rev18:<<email.y>>"],
    ),
    T(
        "en",
        "conference_badge_export",
        "From the check-in log, list the international speakers and the document they showed.",
        '[[timestamp]] checkin badge=S-014 name="<<per.g>>" doc=passport no=<<pass.g:uk>> reader_mac=<<mac.r:colon>> ip=<<ip.r:private>>\n'
        '[[timestamp]] checkin badge=S-015 name="<<per_cn.h>>" doc=prc_id no=<<cnid.h>> reader_mac=<<mac.r:colon>> ip=<<ip.r:private>>\n'
        "# honorarium: <<per.g>> paid to <<iban.i>>",
        "Speakers: <<per.g>> (passport <<pass.g:uk>>, honorarium to <<iban.i>>) and <<per_cn.h>> (PRC ID <<cnid.h>>). Both checked in at "
        "reader <<mac.r:colon>>.",
    ),
    # ---------------------------------------------------------------- hackathon_team_signup
    T(
        "en",
        "hackathon_team_signup",
        "Turn this hackathon sign-up post into a team table.",
        "### Team: Null Pointer Pandas (mascot: [[public_figure]])\n- lead: <<per.a>> - <<url.a:github>> - <<tel.a:us_dot>>\n- <<per.b>> - <<email.b@b>>\n"
        "- <<per.c:lower_full>> - <<url.c:github>>\nStack: [[code_identifier]] + [[code_identifier]] on a [[product|Raspberry Pi 5]]",
        "| Role | Name | Contact |\n|---|---|---|\n| Lead | <<per.a>> | <<tel.a:us_dot>>, <<url.a:github>> |\n| Member | <<per.b>> | <<email.b@b>> |\n"
        "| Member | <<per.c>> | <<url.c:github>> |",
    ),
    T(
        "en",
        "hackathon_team_signup",
        "Check this Devpost-style CSV export: which minors are missing a guardian consent?",
        "submitted,name,birthdate,email,portfolio,guardian,signup_ip\n[[timestamp]],<<per.a>>,<<dob.a:iso>>,<<email.a@a>>,<<url.a:instagram|medium>>,<<per.g>>,<<ip.a>>\n"
        "[[timestamp]],<<per.b>>,<<dob.b:iso>>,<<email.b@b>>,,,<<ip.b>>\n[[timestamp]],<<per_cn.c>>,<<dob.c:iso>>,QQ <<qq.c>>,,,<<ip.c>>",
        "<<per.a>> (<<dob.a:iso>>) lists guardian <<per.g>>. <<per.b>> (<<dob.b:iso>>) and <<per_cn.c>> (<<dob.c:iso>>) list none - "
        "if under 18 they need consent forms.",
    ),
    # ---------------------------------------------------------------- bone_marrow_donor_registry
    T(
        "en",
        "bone_marrow_donor_registry",
        "Enter this donor registry form as JSON.",
        "DONOR REGISTRATION\nName: <<per.d>>\nDate of birth: <<dob.d:long>>\nSSN: <<ssn.d:dash>>\nSwab kit: [[number|KIT-88-40217]]\n"
        "Mobile: <<tel.d:us_paren>>\nEmail: <<email.d@d>>\nAlternate contact: <<per.a>> <<tel.a:us_dash>>\nAddress: <<addr_us.h:full>>",
        '{"name":"<<per.d>>","dob":"<<dob.d:iso>>","ssn":"<<ssn.d:plain>>","kit":"[[number|KIT-88-40217]]","mobile":"<<tel.d:us_plain>>",'
        '"email":"<<email.d@d>>","alternate":{"name":"<<per.a>>","phone":"<<tel.a:us_plain>>"},"address":"<<addr_us.h:full>>"}',
    ),
    T(
        "en",
        "bone_marrow_donor_registry",
        "Write up this match follow-up call as a CRM note.",
        "",
        "CRM note: donor <<per.d>> (hospital record <<mrn.d:alpha|mrn>>) confirmed willingness for confirmatory typing. Lives at "
        "<<addr.h>>; prefers e-mail (<<email.d@d>>). Partner <<per.p>> had questions about recovery time - information pack sent.",
        history=[
            (
                "Hi, is this <<per.d>>? You've come up as a potential match.",
                "Wow, yes! What do I need to do?",
            ),
            (
                "A blood test first. Is your record number still <<mrn.d:alpha|mrn>> and are you at <<addr.h>>?",
                "Yes to both. E-mail me at <<email.d@d>> - and my partner <<per.p>> wants to know about recovery.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- dialysis_session_chart
    T(
        "en",
        "dialysis_session_chart",
        "Turn this hemodialysis flowsheet into a handoff summary.",
        "HEMODIALYSIS FLOWSHEET\nPatient <<per.p:last_first>>   MRN <<mrn.p:digits|mrn>>   DOB <<dob.p:us_pad>>\nPre wt 81.6 kg  Post wt 79.3 kg\n"
        "Machine [[product|Fresenius 2008T]]  network MAC <<mac.d:colon>>  ip <<ip.d:private>>\nNext of kin <<per.k>> <<tel.k:us_dash>>\nRN <<per.n:initial>>",
        "Handoff: <<per.p>> (MRN <<mrn.p:digits|mrn>>, DOB <<dob.p:us_pad>>) removed 2.3 kg. Machine [[product|Fresenius 2008T]] "
        "(<<mac.d:colon>>) ran without alarms. Next of kin <<per.k>>, <<tel.k:us_dash>>.",
    ),
    T(
        "en",
        "dialysis_session_chart",
        "From the transport schedule, give the driver tomorrow's pickup order.",
        "| Patient | MRN | Phone | Pickup address | Chair |\n|---|---|---|---|---|\n| <<per.a>> | <<mrn.a:dash|mrn>> | <<tel.a:us_dash>> | <<addr_us.a:line>> | 6:00 |\n"
        "| <<per.b>> | <<mrn.b:dash|mrn>> | <<tel.b:us_dash>> | <<addr_us.b:line>> | 6:30 |\nVan <<plate.v>>, driver <<per.s>>",
        "Driver <<per.s>> (van <<plate.v>>): 1) <<per.a>>, <<addr_us.a:line>>, <<tel.a:us_dash>>; 2) <<per.b>>, <<addr_us.b:line>>, <<tel.b:us_dash>>.",
    ),
    # ---------------------------------------------------------------- ambulance_run_sheet
    T(
        "en",
        "ambulance_run_sheet",
        "Turn this EMS patient care report into a hospital handoff (MIST format).",
        "PCR  Dispatch [[service_number|911]] call at [[timestamp]]\nCaller: <<per.c>>  <<tel.c:us_paren>>\nScene: <<addr_us.s:line|numbered>>\n"
        "Patient: <<per.p>>  DOB <<dob.p:us>>  DL <<dl.p:ca|tx>>\nPrior MRN (County General): <<mrn.p:mrn|digits>>\nCC: fall from ladder, L wrist deformity",
        "M: fall from ladder. I: left wrist deformity. S: stable. T: splinted. Patient <<per.p>> (DOB <<dob.p:us>>, MRN <<mrn.p:mrn|digits>>), "
        "picked up at <<addr_us.s:line|numbered>>; caller <<per.c>>, <<tel.c:us_paren>>.",
    ),
    T(
        "en",
        "ambulance_run_sheet",
        "Write the pre-alert call script for the receiving A&E from this handover sheet.",
        "HANDOVER  Incident [[number|CAD-2291-0447]]\nPatient: <<per.p>>  DOB <<dob.p:eu>>\nHospital no.: <<mrn.p:alpha|digits>>\nHome: <<addr_uk.h:line>>\n"
        "NOK: <<per.k>> <<tel.k:uk_mobile|uk_intl>>\nCrew: <<per.a:initial>>, <<per.b:initial>>",
        "Pre-alert: inbound with <<per.p>>, date of birth <<dob.p:long_eu>>, hospital number <<mrn.p:alpha|digits>>, from <<addr_uk.h:line>>. "
        "Next of kin <<per.k>> on <<tel.k:uk_mobile|uk_intl>>. ETA ten minutes.",
    ),
    # ---------------------------------------------------------------- sleep_study_referral
    T(
        "en",
        "sleep_study_referral",
        "Rewrite this sleep-study referral as an appointment text to the patient.",
        "POLYSOMNOGRAPHY REFERRAL\nPatient: <<per.p>>  DOB <<dob.p:us_pad>>  MRN <<mrn.p:mrn|alpha>>\nOccupation: long-haul driver, CDL <<dl.p:tx|ca|fl>>\n"
        "Phone <<tel.p:us_dash>>  Email <<email.p@p>>\nReferring: <<per.d:initial>>\nReason: suspected OSA, DOT medical card renewal",
        "Hi <<per.p:given>>, your overnight sleep study (MRN <<mrn.p:mrn|alpha>>) is booked for [[timestamp]]. Bring your CDL (<<dl.p:tx|ca|fl>>) "
        "for the DOT paperwork. Results go to <<email.p@p>>. Questions: reply here.",
    ),
    T(
        "en",
        "sleep_study_referral",
        "Did this CPAP miss three nights of uploads in a row? Use the device log.",
        "[[timestamp]] upload ok serial=[[number|23182466101]] mac=<<mac.c:colon_lower>> ip=<<ip.c>> acct=<<email.u@u>> ahi=2.4\n"
        "[[timestamp]] upload ok serial=[[number|23182466101]] mac=<<mac.c:colon_lower>> ip=<<ip.c>> acct=<<email.u@u>> ahi=5.0\n"
        "[[timestamp]] upload fail mac=<<mac.c:colon_lower>> ip=<<ip.h:private>> err=[[code_identifier|ECONNRESET]]\n# owner <<per.u>>, [[product|ResMed AirSense 11]] firmware [[version]]",
        "No: <<per.u>>'s device (<<mac.c:colon_lower>>) uploaded twice from <<ip.c>> and failed once on the home network (<<ip.h:private>>). "
        "Ask them (<<email.u@u>>) to check the router.",
    ),
    # ---------------------------------------------------------------- crowdfunding_backer_survey
    T(
        "en",
        "crowdfunding_backer_survey",
        "Make a shipping list from this backer-survey export; put overseas backers separately.",
        'backer,tier,ship_to_name,phone,address,wechat,notes\n<<per.a>>,[[money]],<<per.a>>,<<tel.a:us_dash>>,"<<addr_us.a:full>>",,\n'
        '<<per_cn.b>>,[[money]],<<per_cn.b:pinyin>>,<<tel.b:cn_intl>>,"<<addr_cn.b>>",<<wx.b@b>>,please use [[organisation|顺丰速运]]',
        "Domestic: <<per.a>>, <<tel.a:us_dash>>, <<addr_us.a:full>> (label [[tracking_number]]).\nOverseas: <<per_cn.b>> (<<per_cn.b:pinyin>>), <<tel.b:cn_intl>>, <<addr_cn.b>>, "
        "WeChat <<wx.b@b>>.",
    ),
    T(
        "en",
        "crowdfunding_backer_survey",
        "Edit this medical fundraiser story so it keeps the appeal but drops the details that shouldn't be public.",
        "My name is <<per.f>> and my sister <<per.s>> (born <<dob.s:long>>) was diagnosed with leukemia at [[organisation|Mayo Clinic]], patient "
        "no. <<mrn.s:mrn|digits>>. We've spent [[money]] already. Donations can go straight to <<iban.i>> or my card <<card.c:spaced>>. "
        "Call me at <<tel.f:us_paren>>.",
        "My name is <<per.f>>. My sister was diagnosed with leukemia, and our family has already spent [[money]] on treatment. "
        "Every share helps. (Removed: her date of birth, patient number, bank and card numbers.)",
    ),
    # ---------------------------------------------------------------- debt_collection_call_script
    T(
        "en",
        "debt_collection_call_script",
        "Review this collection call script for FDCPA problems and rewrite it.",
        "Script: Hi, is this <<per.d>>? I'm calling about the account ending in your card <<card.c:plain>>. We have your SSN <<ssn.s:dash>>, "
        "date of birth <<dob.b:us>> and address <<addr_us.h>>. If we don't get paid today we'll call your employer and your sister <<per.k>> "
        "at <<tel.k:us_dash>>.",
        "Problems: reading out the full card (<<card.c:plain>>), SSN (<<ssn.s:dash>>) and address exceeds identity verification, and "
        "threatening to contact <<per.k>> or the employer is a prohibited third-party contact.\nRewrite: Hi, may I speak with <<per.d>>? "
        "This is a call about a debt; please call us back to discuss payment options.",
    ),
    T(
        "en",
        "debt_collection_call_script",
        "Summarise this dispute letter and decide whether it must go to the compliance queue.",
        "<<per.d>>\n<<addr_us.h:multiline>>\n\nRe: account [[order_number]]\nI dispute this debt. The card <<card.c:dashed>> was closed in [[timestamp]]. "
        "Your agent read my SSN <<ssn.s:plain>> aloud to my roommate. Reply only in writing to <<email.d@d>>.",
        "<<per.d>> disputes the debt on [[order_number]] (card <<card.c:dashed>> closed) and reports that an agent disclosed their SSN "
        "(<<ssn.s:dash>>) to a third party. Goes to compliance; reply in writing to <<email.d@d>> / <<addr_us.h:multiline>>.",
        system="You are a compliance assistant at [[organisation|Wells Fargo]] collections. Never repeat full card numbers in replies.",
    ),
    # ---------------------------------------------------------------- photo_studio_order
    T(
        "en",
        "photo_studio_order",
        "Write the pickup e-mail for this passport-photo order.",
        "ORDER [[order_number]]  Passport photos x4\nCustomer: <<per.c>>\nFor: renewal of passport <<pass.p:us|uk>>\nDOB (for the form): <<dob.b:us_pad>>\n"
        "Phone: <<tel.c:us_dash|uk_mobile>>  Email: <<email.c@c>>\nReady: [[timestamp]]",
        "Hi <<per.c:given>>,\nyour passport photos (order [[order_number]]) are ready from [[timestamp]]. We've kept the form details "
        "(passport <<pass.p:us|uk>>, DOB <<dob.b:long>>) on file for 30 days. Prints mailed with [[tracking_number]]. Questions? Reply to this e-mail or call us.\n"
        "Sent to <<email.c@c>>",
    ),
    T(
        "en",
        "photo_studio_order",
        "Turn this studio booking e-mail into an Instagram caption without any client details.",
        "Hi <<per.c>>,\nyour family session on [[timestamp]] is confirmed with <<per.m>>. We may post a favourite on <<url.s:instagram>> - tell us "
        "if you'd rather not. Balance [[money]] will be charged to <<card.k:spaced>>. Album ships to <<addr.a>>. Call <<tel.c>> if anything changes.",
        "Golden hour, muddy boots and a lot of giggles - very [[public_figure]]. 📸 Family session by <<per.m>> - more from this shoot soon! #familyphotography",
        annotators=["rev18:<<email.m@m>>"],
    ),
]

TEMPLATES = ZH + EN
