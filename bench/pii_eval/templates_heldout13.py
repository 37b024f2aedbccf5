"""THIRTEENTH held-out part (``heldout13``): 60 zh + 60 en templates in 30 contexts of its own.

Written blind to the detector: its author did not open the de-identification code, its word lists,
its documentation or the other parts' templates. Ids are ``h13-<lang>-<context>-NN`` (numbered by ``T``).
The mini-language is described in ``bench.pii_eval.generate``.
"""

from __future__ import annotations

import collections
from typing import Any

CONTEXTS = (
    "pawn_shop_ticket",
    "blood_donation_record",
    "ham_radio_logbook",
    "kindergarten_pickup_authorization",
    "cemetery_plot_deed",
    "marathon_bib_registration",
    "notary_appointment_log",
    "coworking_visitor_log",
    "sentry_error_event",
    "jupyter_notebook_cell",
    "sms_gateway_delivery_log",
    "parking_permit_application",
    "baggage_delay_claim",
    "tutoring_session_notes",
    "optometry_prescription",
    "move_out_inspection",
    "utility_meter_reading",
    "volunteer_shift_roster",
    "library_card_renewal",
    "esports_team_roster",
    "prenatal_care_booklet",
    "ebike_registration",
    "hukou_transfer_request",
    "mail_forwarding_request",
    "whois_lookup",
    "mobile_crash_report",
    "ci_pipeline_log",
    "shell_history_dump",
    "email_bounce_notice",
    "ansible_host_vars",
)

# Patterns for source_id and annotator ids of templates that set none (drawn per record).
SOURCE_PATTERNS = {
    "zh": [
        "h13-dingtalk/<<tel.src:cn_plain>>",
        "h13-gongdan:<<email.src>>",
        "h13-wx/<<wx.src>>",
        "h13-kefu-<<per.src:user>>",
    ],
    "en": [
        "h13-freshdesk/<<email.src>>",
        "h13-twilio:<<tel.src:us_intl2>>",
        "h13-discord/<<per.src:user>>",
        "h13-typeform:<<email.src>>",
    ],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "lab13/<<per.ANN:user>>", "qc13-<<per.ANN:user>>", "<<email.ANN:lower>>"]

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
) -> dict[str, Any]:
    """One template, numbered ``h13-<lang>-<context>-NN`` in the order written."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    if lang not in ("zh", "en"):
        raise ValueError(f"unknown language {lang!r}")
    _SEEN[lang, context] += 1
    return {
        "id": f"h13-{lang}-{context}-{_SEEN[lang, context]:02d}",
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
    # ---------------------------------------------------------------- pawn_shop_ticket
    T(
        "zh",
        "pawn_shop_ticket",
        "这是一张当票的OCR结果，字段有些错位，请整理成规范的当票信息并计算到期应付的综合费用。",
        "××典当行有限公司 当 票 No.[[order_number]]\n当户名称 <<per.h>>   证件号码 <<cnid.i:spaced>>\n"
        "联系电话<<tel.p>>   住址<<addr.a:road_bld|tower>>\n当物名称 [[product|劳力士 Submariner 116610LN]] 一块（附原装盒）\n"
        "估价金额 [[money]]   当金 [[money]]\n月综合费率 [[number|2.7%]]   典当期限 30天\n经办人<<per.j:title>> 复核 <<per.k>>",
        "当户：<<per.h>>（身份证<<cnid.i>>，电话<<tel.p:cn_dash>>）\n住址：<<addr.a:road_bld|tower>>\n"
        "当物：[[product|劳力士 Submariner 116610LN]]\n到期应付综合费用＝当金 × [[number|2.7%]]，另需归还当金本金。",
        source="h13-dangpu/<<tel.p:cn_plain>>",
    ),
    T(
        "zh",
        "pawn_shop_ticket",
        "客户<<per.c>>想续当，请根据聊天内容帮店员写一条续当确认短信（不超过70字）。",
        "",
        "【续当确认】<<per.c>>您好，您典当的[[product|iPhone 14 Pro Max 256G]]已续当一个月，续当费已从银行卡<<card.k:spaced>>扣除，咨询请加微信<<wx.w@c>>。",
        history=[
            (
                "老板，我是上个月当手机的<<per.c>>，身份证<<cnid.i:lower_x|x>>，这个月还拿不出钱，能续吗？",
                "可以续，您把银行卡发我，续当费直接扣，卡号发这里就行。",
            ),
            (
                "卡号<<card.k:plain>>，开户行[[organisation|中国农业银行]]，手机号还是<<tel.p:cn_space>>",
                "好的收到，我这边给您办。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- blood_donation_record
    T(
        "zh",
        "blood_donation_record",
        "把这份无偿献血登记表录入为一行CSV，列顺序：姓名,性别,出生日期,证件号,手机,血型,献血量。",
        "无偿献血者健康征询及登记表\n姓  名：<<per.d:spaced>>    性别：男    血型：A型 Rh+\n出生日期：<<dob.b:cn_pad|cn>>\n"
        "证件类型：居民身份证  号码：<<cnid.i>>\n手机：<<tel.p:cn_plain>>  工作单位：[[organisation|国家电网]]\n"
        "通讯地址：<<addr.a:road|road_bld>>\n本次献血量：[[number|400]]ml  献血码：[[order_number]]\n体检医师：<<per.y:title>>",
        "<<per.d>>,男,<<dob.b:iso>>,<<cnid.i>>,<<tel.p:cn_plain>>,A型Rh+,400ml",
        annotators=["xueyeban-<<per.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "zh",
        "blood_donation_record",
        "下面是互助献血的沟通记录，请总结患者信息和献血安排，方便输血科核对。",
        "病友家属：你好，我爸<<per.p>>在你们医院血液科住院，住院号<<mrn.m:zy>>，医生说要互助献血。\n"
        "血站：献血人是谁？\n病友家属：我本人<<per.f>>，身份证<<cnid.f>>，还有我同事<<per.g>>，电话<<tel.g:cn_dash>>。\n"
        "血站：好，明天带身份证到[[public_place|中心血站]]二楼，叫号后报患者住院号。",
        "患者：<<per.p>>，住院号<<mrn.m:zy>>（血液科）。献血人：<<per.f>>（身份证<<cnid.f>>）、<<per.g>>（<<tel.g:cn_plain>>）。"
        "安排：次日携带身份证到中心血站二楼登记，报患者住院号<<mrn.m:zy>>。",
        source="h13-xuezhan:<<tel.g:cn_plain>>",
    ),
    # ---------------------------------------------------------------- ham_radio_logbook
    T(
        "zh",
        "ham_radio_logbook",
        "把以下业余无线电台执照申请信息整理成表格，并指出哪些信息不应公开在QRZ页面上。",
        "业余无线电台设置（使用）申请表\n申请人：<<per.o>>   呼号：BG4QRM\n身份证件号码：<<cnid.i>>\n"
        "操作证书等级：A类\n设台地址：<<addr.q:road_bld|tower>>\n联系电话：<<tel.p:cn_plain>>\n"
        "电子邮箱：<<email.e@o>>  个人主页：<<url.o:bilibili|zhihu@o>>\n电台设备：[[product|八重洲 FT-891]]  远程控制网关 MAC <<mac.m:colon>> 公网IP <<ip.r>>",
        "| 项目 | 内容 | 可公开 |\n|---|---|---|\n| 申请人 | <<per.o>> | 否 |\n| 设台地址 | <<addr.q:road_bld|tower>> | 否 |\n"
        "| 身份证 | <<cnid.i>> | 否 |\n| 电话 | <<tel.p:cn_plain>> | 否 |\n| 邮箱 | <<email.e@o>> | 可用于QSL，但建议另开邮箱 |\n| 个人主页 | <<url.o:bilibili|zhihu@o>> | 可 |\n"
        "| 网关 | MAC <<mac.m:colon>>、IP <<ip.r>> | 否，公开会被扫描 |",
    ),
    T(
        "zh",
        "ham_radio_logbook",
        "这是一段通联日志，请把通联对象和QSL寄送地址整理出来，生成寄卡清单。",
        "日期       UTC   频率     模式 对方呼号 信号 备注\n2024-03-02 1142 14.074 FT8  BD7xxx  -12 op <<per.a:pinyin_fl>>, QSL via <<addr.a:short|road>>\n"
        "2024-03-02 1207 7.050  SSB  BH1xxx  59  op <<per.b>>，手机<<tel.b:cn_fw|cn_plain>>，请寄<<addr.b:comm|post>>\n"
        "2024-03-03 0310 21.200 SSB  BA4xxx  57  [[public_figure|钱学森]]纪念活动站 无需QSL",
        "寄卡清单：\n1. <<per.a:pinyin_fl>>（<<per.a>>）— <<addr.a:short|road>>\n2. <<per.b>> — <<addr.b:comm|post>>，电话<<tel.b:cn_plain>>\n"
        "（第三条为纪念活动站，无需寄卡）",
        annotators=["<<per.ANN:user>>"],
    ),
    # ---------------------------------------------------------------- kindergarten_pickup_authorization
    T(
        "zh",
        "kindergarten_pickup_authorization",
        "请根据家长填写的接送授权书，生成门卫核验用的简短卡片文字。",
        "[[organisation|阳光树幼儿园]]幼儿接送授权书\n幼儿姓名：<<per.k>>  班级：中二班  入园时间：2023年9月\n"
        "监护人：<<per.m>>（母亲） 电话：<<tel.m:cn_plain>>\n授权接送人1：<<per.g>>（外婆） 身份证：<<cnid.g:old15|spaced>> 电话：<<tel.g:cn_numerals|cn_dash>>\n"
        "授权接送人2：<<per.h>>（父亲） 驾驶证：<<dl.h>> 车牌：<<plate.h>>\n授权期限：本学期\n监护人签字：<<per.m>>",
        "门卫核验卡｜<<per.k>>（中二班）\n可接送：<<per.g>>（外婆，证件<<cnid.g:old15|spaced>>）、<<per.h>>（父亲，车<<plate.h>>）\n"
        "有疑问联系母亲<<per.m>> <<tel.m:cn_plain>>",
    ),
    T(
        "zh",
        "kindergarten_pickup_authorization",
        "老师在班级群里收到临时代接的请求，请帮老师回复，并说明需要核验什么。",
        "",
        "<<per.p:given>>妈妈您好，收到。今天由<<per.x>>代接<<per.c>>，请<<per.x:title>>到园时出示身份证<<cnid.x>>，我们会电话<<tel.m:cn_dash>>跟您二次确认。",
        system="你是[[organisation|小海豚幼儿园]]的班主任助手。班主任：<<per.t>>，工作手机<<tel.t:cn_plain>>。",
        history=[
            (
                "【中一班家长群】<<per.p>>妈妈：老师好，今天我加班，孩子<<per.c>>由我表姐<<per.x>>来接，她身份证号<<cnid.x>>，手机<<tel.x>>",
                "收到，请问您是哪位家长？",
            ),
            ("我是<<per.c>>的妈妈，电话<<tel.m>>，微信就是这个号<<wx.m@p>>", "好的，代接人信息我先记下来。"),
        ],
    ),
    # ---------------------------------------------------------------- cemetery_plot_deed
    T(
        "zh",
        "cemetery_plot_deed",
        "帮我把墓穴使用权证上的信息核对一遍，有没有明显的错漏？",
        "墓穴使用权证  证号：[[order_number]]\n墓区：福寿园B区7排12号（[[public_figure|邓丽君]]纪念园东侧）\n逝者：<<per.d>>  生于<<dob.d:cn_numerals|cn>>  卒于二〇二二年\n"
        "使用权人：<<per.u>>  与逝者关系：长子\n身份证号码：<<cnid.u:x|fw>>\n住址：<<addr.u:village>>\n"
        "联系电话：<<tel.u:cn_land|cn_plain>>\n管理费已缴至2042年，共计[[money]]",
        "核对结果：逝者<<per.d>>，使用权人<<per.u>>（身份证<<cnid.u:x|fw>>）信息齐全；住址<<addr.u:village>>与电话<<tel.u:cn_land|cn_plain>>格式正常。"
        "建议补充第二联系人，并确认出生日期的汉字写法与户口簿一致。",
    ),
    T(
        "zh",
        "cemetery_plot_deed",
        "根据系统里的记录，给使用权人<<per.u>>写一条清明祭扫预约成功的短信。",
        "预约单 [[order_number]]\n使用权人：<<per.u>>  手机：<<tel.u:cn_plain>>\n墓位：松鹤园3区5排8号（逝者<<per.d>>）\n"
        "随行：<<per.v>>、<<per.w:title>>\n车辆：<<plate.c>>  入园时间：4月4日 08:00-10:00\n代祭扫付款卡：<<card.c:unionpay>>",
        "【园区通知】<<per.u>>您好，您已预约4月4日8:00-10:00祭扫松鹤园3区5排8号，车辆<<plate.c>>可入园。如需改期请致电园区服务台[[service_number|12345]]转接。",
        source="h13-qingming/<<tel.u:cn_plain>>",
    ),
    # ---------------------------------------------------------------- marathon_bib_registration
    T(
        "zh",
        "marathon_bib_registration",
        "下面是马拉松报名接口返回的JSON，请检查必填字段是否齐全并用一句话总结。",
        '{"race": "2024 城市马拉松", "item": "全程", "runner": {"name": "<<per.r>>", "name_en": "<<per.r:pinyin_fl>>", '
        '"id_type": "身份证", "id_no": "<<cnid.r>>", "birthday": "<<dob.r:iso>>", "mobile": "<<tel.r:cn_plain>>", '
        '"email": "<<email.r@r>>", "weibo": "<<url.r:weibo>>", "tshirt": "L"}, "pay_card": "<<card.p:unionpay>>", "emergency": {"name": "<<per.e>>", "mobile": "<<tel.e:cn_plain>>"}, '
        '"chip": "[[number|0x3F2A9C11]]", "pay": {"amount": "[[money]]", "trade_no": "[[order_number]]"}}',
        "必填字段齐全：选手<<per.r>>（<<dob.r:cn>>出生，身份证<<cnid.r>>）报名全程，手机<<tel.r:cn_dash>>，紧急联系人<<per.e>>（<<tel.e>>）。",
        annotators=["<<email.ANN>>", "ann_07"],
    ),
    T(
        "zh",
        "marathon_bib_registration",
        "这是领物现场的代领登记表，请找出代领人数超过规定（每人最多代领3份）的情况。",
        "代领人,代领人手机,被代领选手,选手证件号,号码布\n<<per.a>>,<<tel.a:cn_plain>>,<<per.b>>,<<cnid.b>>,A1023\n"
        "<<per.a>>,<<tel.a:cn_plain>>,<<per.c>>,<<pass.c:cn_e>>,A1024\n<<per.a>>,<<tel.a:cn_plain>>,<<per.d>>,<<cnid.d:lower_x|x>>,B2201\n"
        "<<per.a>>,<<tel.a:cn_plain>>,<<per.e>>,<<cnid.e>>,B2202\n<<per.f>>,<<tel.f>>,<<per.g>>,<<pass.g:cn_g|cn_ea>>,C3300",
        "<<per.a>>（<<tel.a:cn_plain>>）代领了4份（<<per.b>>、<<per.c>>、<<per.d>>、<<per.e>>），超过3份上限；<<per.f>>代领1份，正常。",
    ),
    # ---------------------------------------------------------------- notary_appointment_log
    T(
        "zh",
        "notary_appointment_log",
        "请根据公证处的预约日志，为每位申请人列出需要补交的材料。",
        "[[timestamp]] 预约 #0412 申请人=<<per.a>> 证件=<<cnid.a>> 事项=委托书公证(房产出售) 房产=<<addr.a:road_bld|yuan>> 电话=<<tel.a>>\n"
        "[[timestamp]] 预约 #0413 申请人=<<per.b>> 证件=护照 <<pass.b>> 事项=美国报税声明书公证 SSN=<<ssn.b>> 电话=<<tel.b:cn_intl>>\n"
        "[[timestamp]] 预约 #0414 申请人=<<per.c>> 事项=学历公证 备注=本人在境外，由<<per.d>>代办 代办人驾驶证=<<dl.d>>",
        "#0412 <<per.a>>：补房产证原件及<<addr.a:road_bld|yuan>>的共有人同意书。\n"
        "#0413 <<per.b>>：护照<<pass.b>>原件，W-9表格中的SSN <<ssn.b>>需与声明书一致。\n"
        "#0414 <<per.c>>：本人境外，需补<<per.d>>（驾驶证<<dl.d>>不能代替身份证）的授权委托书及身份证。",
    ),
    T(
        "zh",
        "notary_appointment_log",
        "把这段公证员与申请人的电话录音转写整理成谈话笔录格式（问/答）。",
        "公证员<<per.n:title>>：请报一下您的姓名和身份证号。\n申请人：我叫<<per.s>>，身份证<<cnid.s:spaced>>。\n"
        "公证员：您要办理的是继承权公证，被继承人是？\n申请人：我父亲<<per.f>>，他生前住<<addr.f:lane>>，去世前有一张[[organisation|中国工商银行]]的卡<<card.f>>。\n"
        "公证员：有其他继承人吗？\n申请人：还有我妹妹<<per.g>>，她在德国，账户是<<iban.g:de>>。还有弟弟<<per.h>>在美国，他的SSN是<<ssn.h:dash|space>>。",
        "问：请报姓名和身份证号。\n答：<<per.s>>，<<cnid.s:spaced>>。\n问：办理何种公证？\n答：继承权公证，被继承人为父亲<<per.f>>，生前住址<<addr.f:lane>>，遗留银行卡<<card.f>>。\n"
        "问：其他继承人？\n答：妹妹<<per.g>>，在德国，账户<<iban.g:de>>；弟弟<<per.h>>，在美国，SSN <<ssn.h:dash|space>>。",
        annotators=["gzc-<<per.ANN:user>>"],
    ),
    # ---------------------------------------------------------------- coworking_visitor_log
    T(
        "zh",
        "coworking_visitor_log",
        "统计今天的访客登记（TSV），按被访公司分组，并标出开车来访的人。",
        "时间\t访客\t手机\t被访公司\t被访人\t车牌\tWi-Fi设备\n09:12\t<<per.a>>\t<<tel.a:cn_plain>>\t[[organisation|字节跳动]]\t<<per.x>>\t<<plate.a>>\t<<mac.a:colon_lower>>\n"
        "10:40\t<<per.b>>\t<<tel.b:cn_dash>>\t星河工作室\t<<per.y>>\t-\t<<mac.b:dash>>\n14:05\t<<per.c>>\t<<tel.c>>\t[[organisation|字节跳动]]\t<<per.x>>\t<<plate.c>>\t-",
        "字节跳动：<<per.a>>（车<<plate.a>>）、<<per.c>>（车<<plate.c>>），被访人均为<<per.x>>。\n星河工作室：<<per.b>>，被访人<<per.y>>，未开车。",
    ),
    T(
        "zh",
        "coworking_visitor_log",
        "门禁系统导出了一条异常记录，请解释发生了什么。",
        '{"event": "door_denied", "ts": "[[timestamp]]", "gate": "3F-东侧闸机", "card_holder": "<<per.m>>", '
        '"member_phone": "<<tel.m:cn_plain>>", "qr_owner": "<<per.q>>", "client_ip": "<<ip.c:private>>", "device_mac": "<<mac.d>>", '
        '"reason": "QR_SHARED", "fw": "[[version]]"}',
        "会员<<per.m>>（<<tel.m:cn_space>>）在3F东侧闸机刷的是<<per.q>>名下的二维码，系统判定二维码被转借（QR_SHARED）而拒绝通行。"
        "请求来自内网<<ip.c:private>>、设备<<mac.d>>。",
        source="h13-menjin/<<mac.d:cisco>>",
    ),
    # ---------------------------------------------------------------- sentry_error_event
    T(
        "zh",
        "sentry_error_event",
        "这是 Sentry 上报的一个事件（节选），请定位问题并说明事件里哪些字段属于个人信息。",
        '{"event_id": "[[order_number|9f1c2e7a44b04a1bb0a2d5f1e3c6a8b9]]", "level": "error", "release": "[[version]]", '
        '"user": {"id": "u_88123", "username": "<<per.u:user>>", "email": "<<email.u@u>>", "ip_address": "<<ip.u>>"}, '
        '"request": {"url": "https://m.example.cn/api/kyc?name=<<per.u>>&idcard=<<cnid.i>>&mobile=<<tel.p:cn_plain>>"}, '
        '"extra": {"payout_iban": "<<iban.p:fr|it>>"}, "exception": {"values": [{"type": "ValueError", "value": "invalid literal for int() with base 10: \'<<cnid.i>>\'"}]}}',
        "问题：KYC 接口把18位身份证号<<cnid.i>>直接 int() 转换，遇到末位为X时抛出 ValueError，应按字符串处理。\n"
        "个人信息字段：username <<per.u:user>>、email <<email.u@u>>、ip_address <<ip.u>>，以及 URL 中的姓名<<per.u>>、身份证和手机<<tel.p:cn_plain>>，extra 里的收款账户<<iban.p:fr|it>>。",
    ),
    T(
        "zh",
        "sentry_error_event",
        "把群机器人推送的报警消息改写成给值班同学的一句话摘要。",
        "【Sentry告警】项目 order-web  环境 prod\nTypeError: Cannot read properties of undefined (reading '[[code_identifier|receiverPhone]]')\n"
        "影响用户 37 人，最近一次：<<per.u>>（<<email.u@u>>，IP <<ip.u:v6>>）\n"
        "breadcrumb: POST /checkout 收货人=<<per.r>> 地址=<<addr.r>> 电话=<<tel.r>>\n值班：<<per.o>> <<tel.o:cn_dash>>",
        "@<<per.o>> order-web 生产环境结算页读取 [[code_identifier|receiverPhone]] 报 TypeError，影响37人，最近一例用户<<per.u>>（IP <<ip.u:v6>>）。",
        source="h13-sentry:<<email.u@u>>",
    ),
    # ---------------------------------------------------------------- jupyter_notebook_cell
    T(
        "zh",
        "jupyter_notebook_cell",
        "这是一个 notebook 单元的输出，请解释为什么 merge 之后行数变多了。",
        "In [12]: df_user.merge(df_addr, on='uid').head()\nOut[12]:\n     uid   name        mobile        city  address\n"
        "0  10021  <<per.a>>  <<tel.a:cn_plain>>  杭州  <<addr.a:road|short>>\n1  10021  <<per.a>>  <<tel.a:cn_plain>>  杭州  <<addr.b:road|short>>\n"
        "2  10045  <<per.c>>  <<tel.c:cn_plain>>  成都  <<addr.c:comm>>\n\nIn [13]: len(df_user), len(_)\nOut[13]: ([[number|1024]], 1311)",
        "因为 df_addr 里同一个 uid 有多条地址：例如 uid 10021（<<per.a>>）同时对应<<addr.a:road|short>>和<<addr.b:road|short>>，"
        "merge 时一对多展开，行数就变多了。可以先对 df_addr 按 uid 去重或只保留默认地址。",
    ),
    T(
        "zh",
        "jupyter_notebook_cell",
        "下面的 .ipynb 片段在提交前需要清理输出，请列出输出里有哪些个人信息，并给出清理命令。",
        '{"cell_type": "code", "execution_count": 7, "source": ["users[users.ssn.notna()]"], "outputs": [{"output_type": "execute_result", '
        '"data": {"text/plain": ["    name_cn    name_en       ssn            qq\\n", '
        '"12  <<per.a>>  <<per.a:pinyin>>  <<ssn.a:dash>>    <<qq.a>>\\n", "40  <<per.b>>  <<per.b:pinyin>>  <<ssn.b:plain>>    <<qq.b>>"]}}]}',
        "输出里有姓名<<per.a>>（<<per.a:pinyin>>）和<<per.b>>（<<per.b:pinyin>>）、美国社安号<<ssn.a:dash>>、<<ssn.b:plain>>以及QQ号<<qq.a>>、<<qq.b>>。\n"
        "清理：jupyter nbconvert --clear-output --inplace analysis.ipynb，或在 pre-commit 里加 nbstripout。",
    ),
    # ---------------------------------------------------------------- sms_gateway_delivery_log
    T(
        "zh",
        "sms_gateway_delivery_log",
        "分析这批短信回执日志，找出发送失败的号码和原因。",
        '[[timestamp]] SendSms RequestId=[[order_number]] PhoneNumbers=<<tel.a:cn_plain>> TemplateParam={"name":"<<per.a>>","waybill":"[[tracking_number]]"} Code=OK\n'
        '[[timestamp]] SendSms PhoneNumbers=<<tel.b:cn_plain>> TemplateParam={"name":"<<per.b>>","addr":"<<addr.b>>"} Code=isv.MOBILE_NUMBER_ILLEGAL\n'
        '[[timestamp]] SendSms PhoneNumbers=<<tel.c:cn_intl2>> TemplateParam={"name":"<<per.c>>"} Code=isv.BUSINESS_LIMIT_CONTROL\n[[timestamp]] SendSms PhoneNumbers=<<tel.d:cn_plain>> TemplateParam={"name":"<<per.d>>","mrn":"<<mrn.d:mz|zy>>"} Code=OK',
        "失败两条：\n1. <<tel.b:cn_plain>>（<<per.b>>）：isv.MOBILE_NUMBER_ILLEGAL，号码格式不合法或为空号；\n"
        "2. <<tel.c:cn_intl2>>（<<per.c>>）：isv.BUSINESS_LIMIT_CONTROL，触发了同号码频率限制。",
    ),
    T(
        "zh",
        "sms_gateway_delivery_log",
        "运营同学问：为什么这位用户说没收到验证码？请根据网关日志回答。",
        'smpp-gw[2211]: submit_sm src=106900001234 dst=86<<tel.u:cn_plain>> msg_id=[[number|0x00A3F1]] text="【账户通知】<<per.u>>，您的验证码…"\n'
        "smpp-gw[2211]: deliver_sm receipt msg_id=[[number|0x00A3F1]] stat=UNDELIV err=[[number|045]]\n"
        "app[api]: user <<per.u:user>> 注册邮箱 <<email.u@u>> 绑定微信 <<wx.u@u>> 登录IP <<ip.u>>",
        "日志显示发往<<tel.u:cn_dash>>（<<per.u>>）的短信已提交，但状态回执为 UNDELIV（错误码045），说明运营商侧未送达，常见原因是停机或拦截。"
        "可以让用户改用邮箱<<email.u@u>>接收验证码。",
        system="你是短信平台的运维助手。当前对接人：<<per.k>>，<<email.k@k>>。",
    ),
    # ---------------------------------------------------------------- parking_permit_application
    T(
        "zh",
        "parking_permit_application",
        "审核这份小区月租车位申请，材料是否齐全？如不齐全写出需要补充的内容。",
        "车位月租申请表（物业留存）\n业主/租户：<<per.o>>  房号：<<addr.h:comm|post>>\n身份证：<<cnid.o>>\n"
        "车牌号码：<<plate.v>>  品牌型号：[[product|比亚迪秦PLUS]]\n驾驶证号：<<dl.d>>\n联系电话：<<tel.o:cn_plain>>  备用：<<tel.b:cn_land>>\n"
        "缴费方式：[[common_word|月付]]  金额 [[money]]",
        "材料基本齐全：<<per.o>>（<<addr.h:comm|post>>）已填写身份证、驾驶证号<<dl.d>>和车牌<<plate.v>>。需补充：行驶证复印件，以证明<<plate.v>>登记在本人或直系亲属名下。",
        annotators=["wuye-<<per.ANN:user>>"],
    ),
    T(
        "zh",
        "parking_permit_application",
        "根据业主群的聊天，帮物业管家起草一条临时停车证办理结果通知。",
        "",
        "【临时停车证】<<addr.h:short|road_bld>>业主<<per.o>>：您为访客车辆<<plate.g>>申请的临时停车证已通过，有效期3天，请访客<<per.g>>入场时出示电子证。",
        history=[
            (
                "业主<<per.o>>：管家你好，我家<<addr.h:short|road_bld>>，周末我舅舅<<per.g>>开车过来住几天，车牌<<plate.g>>，能办临时证吗？",
                "可以的，麻烦发一下访客手机号和驾驶证号。",
            ),
            ("他手机<<tel.g:cn_space|cn_plain>>，驾驶证<<dl.g>>", "收到，我提交一下。"),
        ],
        source="h13-wuyequn/<<tel.g:cn_plain>>",
    ),
    # ---------------------------------------------------------------- baggage_delay_claim
    T(
        "zh",
        "baggage_delay_claim",
        "把这份行李延误事故记录（PIR）翻译成中文摘要，并给旅客列出后续联系方式。",
        "PROPERTY IRREGULARITY REPORT  File Ref PEKCA[[number|41876]]\nNAME <<per.p:pinyin_fl>>  PAX <<per.p>>\nPASSPORT <<pass.p>>\n"
        "FLIGHT CA9xx LAX-PEK  TAG CA[[number|781234]]\nINTERIM EXPENSE PAYEE IBAN <<iban.p:ch|de>>\nDELIVERY ADDR <<addr.d:road_bld|tower>>\nPHONE <<tel.p:cn_intl>>  EMAIL <<email.p@p>>\n"
        "BAG TYPE 22 BLACK [[product|Rimowa Essential]]\nFWD VIA SF [[tracking_number]]",
        "旅客<<per.p>>（护照<<pass.p>>）乘坐CA9xx洛杉矶—北京航班，一件黑色[[product|Rimowa Essential]]行李箱延误。找到后将送至<<addr.d:road_bld|tower>>，"
        "航司会通过<<tel.p:cn_plain>>或<<email.p@p>>联系您，临时费用将付至<<iban.p:ch|de>>。",
    ),
    T(
        "zh",
        "baggage_delay_claim",
        "请帮旅客写一封行李延误赔偿申请邮件，附上收款信息。",
        "我叫<<per.p>>，上周从法兰克福回上海，托运行李晚到了5天，期间买了洗漱用品和衣服共[[money.m]]。护照号<<pass.p:cn_ea|cn_e>>，电话<<tel.p>>。"
        "赔偿款请打到我的德国账户<<iban.i:de>>，或者国内卡<<card.c>>。",
        "尊敬的[[organisation|汉莎航空]]客户关系部：\n本人<<per.p>>（护照号<<pass.p:cn_ea|cn_e>>）于上周乘坐法兰克福至上海航班，托运行李延误5天送达，期间购买必需品共计[[money.m]]，发票附后。\n"
        "请将赔偿款汇至：IBAN <<iban.i:de>>（或国内银行卡<<card.c>>）。联系电话：<<tel.p:cn_intl|cn_plain>>。\n此致\n<<per.p>>",
    ),
    # ---------------------------------------------------------------- tutoring_session_notes
    T(
        "zh",
        "tutoring_session_notes",
        "把这份一对一家教的课后反馈改写得更正式一些，发给家长。",
        "学生：<<per.s>>（初二） 上课地点：<<addr.h:yuan|road_bld>>\n家长：<<per.m>> 微信<<wx.m@m>>（家长在小红书<<url.m:xiaohongshu@m>>看到我的笔记来的）\n今天讲了[[common_word|勾股定理]]，娃上课走神，作业只写了一半。下次课周六上午，记得提醒。\n老师：<<per.t>> <<tel.t:cn_plain>>",
        "<<per.m:title>>您好：今天为<<per.s>>讲解了[[common_word|勾股定理]]，课堂上注意力有待提高，课后作业完成约一半，请督促补完。下次课为周六上午，仍在<<addr.h:yuan|road_bld>>。\n——<<per.t>>（<<tel.t:cn_dash>>）",
    ),
    T(
        "zh",
        "tutoring_session_notes",
        "下面是机构的排课导出表，请找出同一时间被排了两节课的老师。",
        "| 日期 | 时段 | 老师 | 老师电话 | 学生 | 家长QQ | 上课地址 |\n|---|---|---|---|---|---|---|\n"
        "| 3/16 | 09:00-11:00 | <<per.a>> | <<tel.a:cn_plain>> | <<per.x>> | <<qq.x>> | <<addr.x:road_bld|tower>> |\n"
        "| 3/16 | 10:00-12:00 | <<per.a>> | <<tel.a:cn_plain>> | <<per.y>> | <<qq.y>> | 线上（[[product|腾讯会议]]） |\n"
        "| 3/16 | 14:00-16:00 | <<per.b>> | <<tel.b>> | <<per.z>> | <<qq.z>> | <<addr.z:road|short>> |",
        "冲突：<<per.a>>（<<tel.a:cn_plain>>）3月16日9:00-11:00给<<per.x>>上课，10:00-12:00又排了<<per.y>>的线上课，时间重叠一小时。",
    ),
    # ---------------------------------------------------------------- optometry_prescription
    T(
        "zh",
        "optometry_prescription",
        "解释这张验光单上的数据是什么意思（给不懂眼镜的家长看）。",
        "[[organisation|爱尔眼科]] 验光处方单  门诊号 <<mrn.m:mz|digits>>\n姓名 <<per.c>>  出生日期 <<dob.c:slash_iso|cn>>  家长电话 <<tel.p:cn_plain>>\n"
        "      球镜   柱镜   轴位  矫正视力\nOD   -2.75  -0.50  180   1.0\nOS   -3.00  -0.75  175   1.0\nPD 58mm  建议：角膜塑形镜评估  验光师 <<per.o:title>>",
        "这是给<<per.c>>（门诊号<<mrn.m:mz|digits>>）的验光结果：右眼(OD)近视275度、散光50度；左眼(OS)近视300度、散光75度，戴镜后视力都能到1.0，瞳距58毫米。",
    ),
    T(
        "zh",
        "optometry_prescription",
        "顾客在线上配镜时发来处方和收货信息，请生成订单备注。",
        "",
        "订单备注：顾客<<per.c>>，处方取自病历号<<mrn.m:zy|dash>>，R -4.25/-0.50×10，L -4.00/-0.25×170，PD 62；收货：<<per.c>> <<tel.c:cn_plain>> <<addr.c>>。",
        history=[
            (
                "我在医院验的光，病历号<<mrn.m:zy|dash>>，处方拍给你了：R -4.25/-0.50×10，L -4.00/-0.25×170，瞳距62",
                "收到，请问镜框选哪款？",
            ),
            (
                "就你们店那款[[product|暴龙 BJ6077]]，寄到<<addr.c>>，收件人<<per.c>>，电话<<tel.c:cn_dash|cn_intl>>，生日<<dob.c:cn>>有会员折扣吗",
                "有的，会员生日月九折。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- move_out_inspection
    T(
        "zh",
        "move_out_inspection",
        "根据退租验房记录，算出应退押金，并写一条给租客的说明。",
        "退租验房单\n房屋：<<addr.r:road_bld|short>>\n租客：<<per.t>>  身份证：<<cnid.t>>\n押金：[[money|6000元]]\n"
        "水表读数 [[number|00327.4]]  电表读数 [[number|15892]]  燃气 [[number|0421.7]]\n损坏：次卧墙面钉孔3处（扣200元），[[product|海尔]]冰箱门把手断裂（扣150元）\n押金退回：<<card.r:spaced|plain>>（户名<<per.t>>）",
        "应退押金：6000 − 200 − 150 ＝ 5650元。\n<<per.t>>您好，<<addr.r:road_bld|short>>已验房完毕，扣除墙面修补200元和冰箱把手150元后，5650元将退至您的银行卡<<card.r:spaced|plain>>，请查收。",
    ),
    T(
        "zh",
        "move_out_inspection",
        "房东和租客在微信上对押金有争议，请客观总结双方诉求。",
        "房东<<per.l>>：你搬走的时候空调遥控器没了，地板也划了，押金扣一半。\n租客<<per.t>>：入住时拍了视频，划痕本来就有。我新地址<<addr.n>>，押金退到支付宝<<tel.t:cn_plain>>。我已经在豆瓣租房小组<<url.t:douban@t>>发帖说明了。\n"
        "房东<<per.l>>：视频发我，我的邮箱<<email.l@l>>。\n租客<<per.t>>：已发。另外合同写的押金[[money]]，不是口头说的那个数。",
        "房东<<per.l>>：因遥控器丢失、地板划痕，要求扣一半押金。\n租客<<per.t>>：认为划痕入住前已存在（有视频），要求全额退至支付宝账户<<tel.t:cn_plain>>，并以合同金额为准。",
        source="h13-zufang/<<wx.t@t>>",
    ),
    # ---------------------------------------------------------------- utility_meter_reading
    T(
        "zh",
        "utility_meter_reading",
        "这户人家的电费突然涨了很多，请根据抄表记录分析可能的原因。",
        "户号：[[number|0102345678]]  户名：<<per.h>>\n用电地址：<<addr.h:road_bld|num_cn>>\n联系电话：<<tel.h>>\n"
        "抄表记录：\n2024-01  表底数 [[number|8213]]  用电 312 kWh\n2024-02  表底数 [[number|8890]]  用电 677 kWh\n电价 [[money]]/kWh  抄表员：<<per.c:title>>",
        "<<per.h>>家（<<addr.h:road_bld|num_cn>>）2月用电677 kWh，比1月的312 kWh翻了一倍多。可能原因：春节期间家中人口增多、电暖器或空调制热使用，也不排除表计故障，可拨打[[service_number|95598]]申请校验。",
    ),
    T(
        "zh",
        "utility_meter_reading",
        "下面是智能电表上报到 MQTT 的消息，请解析成可读的表格。",
        'topic: meter/up/[[number|3301120045]]\npayload: {"meter_id": "[[number|3301120045]]", "owner": "<<per.o>>", "owner_tel": "<<tel.o:cn_plain>>", '
        '"install_addr": "<<addr.a:tower|road>>", "wifi_mac": "<<mac.w:colon>>", "gw_ip": "<<ip.g>>", "kwh": [[number|1532.07]], "ts": [[timestamp]]}',
        "| 字段 | 值 |\n|---|---|\n| 表号 | [[number|3301120045]] |\n| 户主 | <<per.o>> |\n| 电话 | <<tel.o:cn_plain>> |\n| 安装地址 | <<addr.a:tower|road>> |\n"
        "| Wi-Fi MAC | <<mac.w:colon>> |\n| 网关IP | <<ip.g>> |\n| 累计电量 | [[number|1532.07]] kWh |",
    ),
    # ---------------------------------------------------------------- volunteer_shift_roster
    T(
        "zh",
        "volunteer_shift_roster",
        "根据志愿者排班表，给周日早班的志愿者群发一条提醒（每人单独一条）。",
        "| 日期 | 班次 | 姓名 | 手机 | 志愿者编号 | 岗位 |\n|---|---|---|---|---|---|\n| 周六 | 早班 | <<per.a>> | <<tel.a:cn_plain>> | [[employee_id|ZY330102-0881]] | 检票 |\n"
        "| 周日 | 早班 | <<per.b>> | <<tel.b:cn_plain>> | [[employee_id|ZY330102-1020]] | 引导 |\n| 周日 | 早班 | <<per.c>> | <<tel.c:cn_dash>> | [[employee_id|ZY330106-0047]] | 咨询台 |\n"
        "| 周日 | 晚班 | <<per.d>> | <<tel.d>> | [[employee_id|ZY330106-0312]] | 引导 |",
        "发<<tel.b:cn_plain>>：<<per.b>>您好，提醒您周日早班在引导岗，请7:30前签到。\n发<<tel.c:cn_plain>>：<<per.c>>您好，提醒您周日早班在咨询台，请7:30前签到。",
    ),
    T(
        "zh",
        "volunteer_shift_roster",
        "帮社区给<<per.v>>出具一份志愿服务时长证明。",
        "志愿者：<<per.v>>，身份证号<<cnid.v>>，出生日期<<dob.v:cn>>，所在学校[[organisation|杭州第二中学]]。2023年9月至2024年1月在社区图书角服务，共计[[number|46]]小时。联系人：社区书记<<per.s>> <<tel.s:cn_land>>",
        "志愿服务时长证明\n兹证明<<per.v>>（身份证号：<<cnid.v>>）于2023年9月至2024年1月在我社区图书角参加志愿服务，累计[[number|46]]小时，表现良好。\n特此证明。\n联系人：<<per.s>>，电话<<tel.s:cn_land>>",
        annotators=["<<email.ANN>>", "<<email.ANN>>"],
    ),
    # ---------------------------------------------------------------- library_card_renewal
    T(
        "zh",
        "library_card_renewal",
        "读者来信要求续办读者证并修改信息，请生成系统变更单。",
        "您好，我的读者证快到期了，想续办一年。姓名<<per.r>>，身份证<<cnid.r:x|lower_x>>。"
        "我搬家了，新地址<<addr.n:lane>>，手机也换了，新号<<tel.n:cn_numerals|cn_fw>>，邮箱<<email.r@r>>不变。另外我借的《[[public_figure|鲁迅]]全集》第三卷想续借。",
        "变更单\n读者：<<per.r>>（证件<<cnid.r:x|lower_x>>）\n操作：读者证续期一年\n地址：改为<<addr.n:lane>>\n手机：改为<<tel.n:cn_plain>>\n邮箱：<<email.r@r>>（不变）\n附加：续借图书一册",
    ),
    T(
        "zh",
        "library_card_renewal",
        "给读者<<per.r>>写一条超期催还短信，语气友好。",
        "读者 <<per.r>>  手机 <<tel.r:cn_plain>>\n超期图书：ISBN [[isbn]]《[[public_figure|苏轼]]传》 应还日期 2024-05-20\n押金卡 <<card.d>>",
        "【市图书馆】<<per.r>>您好，您借阅的《[[public_figure|苏轼]]传》已于5月20日到期，请尽快归还或在线续借，逾期将按日收取滞纳金。",
        source="h13-tushuguan/<<tel.r:cn_plain>>",
    ),
    # ---------------------------------------------------------------- esports_team_roster
    T(
        "zh",
        "esports_team_roster",
        "把这份战队报名表整理成联赛要求的实名信息表（Markdown）。",
        "战队：青岚电竞  项目：[[product|英雄联盟]]\n上单 ID: Mist  真实姓名<<per.a>> 身份证<<cnid.a>> QQ<<qq.a>>\n"
        "打野 ID: Rook  真实姓名<<per.b>> 身份证<<cnid.b:fw|x>> QQ<<qq.b>>\n辅助 ID: Kiwi  真实姓名<<per.k>>（外籍） 护照<<pass.k:us_new|uk>> 微博<<url.k:weibo>>\n教练 <<per.c>>  B站 <<url.c:bilibili>>  电话<<tel.c:cn_plain>>",
        "| 位置 | 游戏ID | 姓名 | 身份证 | QQ |\n|---|---|---|---|---|\n| 上单 | Mist | <<per.a>> | <<cnid.a>> | <<qq.a>> |\n| 打野 | Rook | <<per.b>> | <<cnid.b:fw|x>> | <<qq.b>> |\n| 辅助 | Kiwi | <<per.k>> | 护照<<pass.k:us_new|uk>> | - |\n"
        "| 教练 | - | <<per.c>> | - | - |",
    ),
    T(
        "zh",
        "esports_team_roster",
        "根据下面的对话，写一份选手转会公告（不要公开联系方式）。",
        "",
        "【转会公告】经双方友好协商，选手<<per.p>>正式加盟我队，担任中单位置。感谢其原俱乐部的培养，期待他在新赛季像[[public_figure|Faker]]一样稳定发挥！",
        system="你是俱乐部运营助理。经理<<per.m>>，邮箱<<email.m@m>>，微博<<url.m:weibo>>。",
        history=[
            (
                "经理，新中单<<per.p>>的合同签了，他身份证<<cnid.p>>，生日<<dob.p:cn_pad|iso>>，微信<<wx.p@p>>，住青训基地<<addr.b:yuan|road_bld>>",
                "好，先别外发，我来发公告。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- prenatal_care_booklet
    T(
        "zh",
        "prenatal_care_booklet",
        "根据母子健康手册建档页，提取关键信息并计算孕周（今天2024年6月10日）。",
        "母子健康手册  建档编号 <<mrn.j:digits|dash>>\n孕妇姓名 <<per.w>>  出生日期 <<dob.w:cn|cn_pad>>\n身份证 <<cnid.w>>\n丈夫姓名 <<per.h>>  电话 <<tel.h:cn_plain>>\n"
        "现住址 <<addr.w:comm|post>>\n末次月经 2024年2月19日  孕次1 产次0\n建档医院 [[organisation|海淀区妇幼保健院]]",
        "孕妇：<<per.w>>（建档编号<<mrn.j:digits|dash>>，身份证<<cnid.w>>）\n丈夫：<<per.h>>，<<tel.h:cn_dash>>\n住址：<<addr.w:comm|post>>\n孕周：末次月经2月19日至6月10日，约16周。",
    ),
    T(
        "zh",
        "prenatal_care_booklet",
        "孕妇在线问诊，请根据系统提示中的档案信息，回答她能不能改约产检时间。",
        "医生您好，我这周六的NT检查能改到下周吗？我是<<per.w>>，手机<<tel.w>>。",
        "<<per.w>>您好，可以改约。NT检查需在孕11-13周+6天内完成，您目前约12周，建议改到下周二或周三上午，我们会把新时间发到<<tel.w:cn_plain>>。如有腹痛、出血请立即拨打[[service_number|120]]。",
        system="孕产妇档案：姓名<<per.w>>；建档号<<mrn.j:zy|mz>>；出生日期<<dob.w:iso>>；身份证<<cnid.w:spaced>>；配偶<<per.h>>；产检医生<<per.d:title>>。",
    ),
    # ---------------------------------------------------------------- ebike_registration
    T(
        "zh",
        "ebike_registration",
        "检查电动自行车登记申请表，字段有没有填错的地方？",
        "电动自行车登记申请表\n车主姓名：<<per.o>>  身份证号码：<<cnid.o>>\n联系电话：<<tel.o:cn_plain>>\n住址：<<addr.o:village>>\n"
        "品牌型号：[[product|雅迪 DE3]]  整车编码：[[number|1331804251113621]]  电机号：[[number|A2304M0912]]\n号牌：<<plate.e>>  登记日期：[[timestamp]]",
        "字段均已填写。车主<<per.o>>（<<cnid.o>>），号牌<<plate.e>>，住址<<addr.o:village>>。提醒：整车编码应为15位，[[number|1331804251113621]]多了一位，请核对合格证。",
    ),
    T(
        "zh",
        "ebike_registration",
        "车主报案说电动车被偷了，请根据对话整理一份报案信息。",
        "",
        "报案信息：报案人<<per.o>>，电话<<tel.o:cn_dash>>，身份证<<cnid.o>>；被盗车辆号牌<<plate.e>>，停放地点<<addr.p>>楼下，发现时间今早7点；车内有[[product|小牛]]原装电池。",
        history=[
            ("警官你好我电动车被偷了，车牌<<plate.e>>，就停在<<addr.p>>楼下", "请报一下姓名、身份证和电话。"),
            (
                "<<per.o>>，<<cnid.o>>，电话<<tel.o:cn_plain>>，驾驶证号<<dl.o>>，今早7点下楼就没了",
                "好的，我们调一下监控，有消息联系您。如遇紧急情况直接拨打[[service_number|110]]。",
            ),
        ],
        source="h13-110jiejing/<<tel.o:cn_plain>>",
    ),
    # ---------------------------------------------------------------- hukou_transfer_request
    T(
        "zh",
        "hukou_transfer_request",
        "把这张户口迁移证的内容转写为结构化JSON。",
        "中华人民共和国户口迁移证  编号 [[order_number]]\n姓名 <<per.m>>  曾用名 <<per.n>>  性别 女  出生日期 <<dob.m:cn_numerals|cn>>\n"
        "公民身份号码 <<cnid.m>>\n原证号码（一代） <<cnid.o:old15>>\n迁出地址 <<addr.f:village>>\n迁往地址 <<addr.t:road_bld|tower>>\n迁移原因 投靠配偶 <<per.s>>",
        '{"name": "<<per.m>>", "former_name": "<<per.n>>", "gender": "F", "dob": "<<dob.m:iso>>", "id": "<<cnid.m>>", "old_id": "<<cnid.o:old15>>", '
        '"from": "<<addr.f:village>>", "to": "<<addr.t:road_bld|tower>>", "reason": "joining spouse <<per.s>>"}',
    ),
    T(
        "zh",
        "hukou_transfer_request",
        "群众在政务号留言咨询落户，请给出办理步骤。",
        "您好，我叫<<per.a>>，身份证<<cnid.a:spaced|x>>，硕士刚毕业在[[organisation|华为]]上班，想把户口从老家<<addr.o:village>>迁到单位集体户，"
        "要准备什么？我电话<<tel.a:cn_plain>>，邮箱<<email.a:qq>>。",
        "<<per.a>>您好，人才引进落集体户一般步骤：1. 单位人事在线提交申请；2. 凭准迁证回原籍（<<addr.o:village>>）派出所办理迁出；3. 到单位所在地派出所落户。"
        "具体材料会短信发到<<tel.a:cn_plain>>。",
        source="h13-zhengwu/<<email.a:qq>>",
    ),
    # ---------------------------------------------------------------- mail_forwarding_request
    T(
        "zh",
        "mail_forwarding_request",
        "根据客户的转运仓信息，填写一张美国境内下单用的收货地址，并指出国内收货信息。",
        "转运会员号：US7781-2204\n会员：<<per.m>>（<<per.m:pinyin>>）\n美国仓库：<<addr.w:full|full_unit>>  电话 <<tel.w:us_dash>>\n已入库包裹：[[tracking_number]]\n"
        "国内收件：<<per.r>>  <<tel.r:cn_plain>>  <<addr.r:road_bld|tower>>\n报关身份证：<<cnid.r>>\n美国税号(SSN，用于退税)：<<ssn.m>>\n欧洲仓退款账户 IBAN：<<iban.m:nl|be>>",
        "美国下单地址：\n<<per.m:pinyin>> US7781-2204\n<<addr.w:full|full_unit>>\nTel <<tel.w:us_dash>>\n\n国内收货：<<per.r>>，<<tel.r:cn_plain>>，<<addr.r:road_bld|tower>>，清关证件<<cnid.r>>。",
    ),
    T(
        "zh",
        "mail_forwarding_request",
        "写一份邮政改寄申请（个人搬家，信件改寄到新地址三个月）。",
        "申请人<<per.a>>，原地址<<addr.o:road|short>>，新地址<<addr.n:comm|post>>，电话<<tel.a>>，身份证<<cnid.a>>，从7月1日起改寄三个月。",
        "邮件改寄申请书\n[[organisation|中国邮政]]××营业部：\n本人<<per.a>>（身份证号<<cnid.a>>）因搬家，申请自7月1日起三个月内，将寄往<<addr.o:road|short>>的信件改寄至<<addr.n:comm|post>>。\n联系电话：<<tel.a:cn_dash|cn_plain>>\n申请人：<<per.a>>",
        annotators=["<<email.ANN>>", "youzheng-<<per.ANN:user>>", "ann_22"],
    ),
    # ---------------------------------------------------------------- whois_lookup
    T(
        "zh",
        "whois_lookup",
        "这是一个域名的 whois 查询结果，请判断注册信息是否开启了隐私保护，并说明理由。",
        "Domain Name: xiaoyu-studio.cn\nROID: [[order_number|20210315s10001s12345678-cn]]\nRegistrant: <<per.r>>\nRegistrant Contact Email: <<email.r@r>>\nRegistrant Remark: 个人博客，作者主页 <<url.r:github@r>>\n"
        "Sponsoring Registrar: [[organisation|阿里云计算有限公司（万网）]]\nName Server: dns9.hichina.com\nRegistration Time: 2021-03-15 10:22:41\nExpiration Time: 2026-03-15 10:22:41",
        "未开启隐私保护：Registrant 直接显示了个人姓名<<per.r>>，联系邮箱<<email.r@r>>也是个人邮箱，备注还附了个人主页<<url.r:github@r>>。建议在注册商后台开启隐私保护或改为企业主体。",
    ),
    T(
        "zh",
        "whois_lookup",
        "根据 ICP 备案查询结果和 whois 信息，确认网站主体和负责人是否一致。",
        "ICP备案：浙ICP备[[number|2021004412]]号-1\n主办单位性质：个人\n主办单位名称：<<per.o>>\n网站负责人：<<per.o>>  负责人电话：<<tel.o:cn_plain>>\n证件号码：<<cnid.o>>\n"
        "---- whois ----\nRegistrant Name: <<per.o:pinyin_fl>>\nRegistrant Phone: +86.<<tel.o:cn_plain>>\nRegistrant Street: <<addr.o:road|tower>>\nRegistrant Email: <<email.o@o>>",
        "一致：备案主体与负责人都是<<per.o>>，whois 中的<<per.o:pinyin_fl>>为其拼音，电话+86.<<tel.o:cn_plain>>与备案电话相同。",
    ),
    # ---------------------------------------------------------------- mobile_crash_report
    T(
        "zh",
        "mobile_crash_report",
        "分析这份 Bugly 崩溃报告，给出可能的原因。",
        "#2041 java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String [[code_identifier|com.app.UserInfo.getIdCard()]]' on a null object reference\n"
        "设备: [[product|Redmi K60]]  系统: Android 14  App [[version]]\n用户ID: <<tel.u:cn_plain>>  昵称: <<per.u>>\n"
        "网络: WIFI  BSSID <<mac.b:colon_lower|colon>>  IP <<ip.u:private>>\n上报时间: [[timestamp]]",
        "原因：实名信息未加载完成时调用了 [[code_identifier|com.app.UserInfo.getIdCard()]]，UserInfo 为空。用户<<per.u>>（<<tel.u:cn_plain>>）在 Wi-Fi 下打开页面时触发，建议对 UserInfo 判空或等待加载。",
    ),
    T(
        "zh",
        "mobile_crash_report",
        "用户在应用内反馈闪退并附带了日志，请帮客服写回复并提取需要转给研发的信息。",
        "用户反馈：一打开“我的-实名认证”就闪退，试了好几次。我叫<<per.u>>，手机号<<tel.u>>，身份证<<cnid.u>>。\n"
        "附带日志：\nE/AuthActivity: ocr result name=<<per.u>> id=<<cnid.u>> birth=<<dob.u:compact|iso>> dl_no=<<dl.u>>\nE/AndroidRuntime: FATAL EXCEPTION: main  device_mac=<<mac.d:dash>>",
        "客服回复：<<per.u>>您好，已收到您的反馈，技术同事正在排查，修复后会通过<<tel.u:cn_plain>>通知您。\n转研发：AuthActivity OCR 后崩溃，日志中明文打印了姓名、身份证号<<cnid.u>>和出生日期<<dob.u:compact|iso>>，需一并整改。",
    ),
    # ---------------------------------------------------------------- ci_pipeline_log
    T(
        "zh",
        "ci_pipeline_log",
        "这条 GitLab CI 任务失败了，看看日志里是什么原因，同时指出日志里不该出现的内容。",
        '$ echo "commit by $GITLAB_USER_NAME <$GITLAB_USER_EMAIL>"\ncommit by <<per.d:pinyin>> <<<email.d@d>>>\n$ pytest tests/test_kyc.py -q\n'
        "F\n_____ test_mask_idcard _____\nAssertionError: assert '<<cnid.t>>' == '1101**********1234'\n"
        "  fixture: {'name': '<<per.t>>', 'mobile': '<<tel.t:cn_plain>>', 'ssn': '<<ssn.t>>', 'iban': '<<iban.t:gb>>', 'passport': '<<pass.t>>', 'driver_license': '<<dl.t>>', 'mrn': '<<mrn.t:zy>>'}\nERROR: Job failed: exit code 1",
        "失败原因：test_mask_idcard 断言失败，脱敏函数没有生效，返回了原始身份证<<cnid.t>>。\n不该出现的内容：提交人邮箱<<email.d@d>>，以及测试夹具中看起来是真实数据的姓名<<per.t>>、手机<<tel.t:cn_plain>>、SSN <<ssn.t>>和 IBAN <<iban.t:gb>>，应换成合成数据。",
    ),
    T(
        "zh",
        "ci_pipeline_log",
        "总结这段 Jenkins 构建日志：谁触发的、部署到了哪里、结果如何。",
        "Started by user <<per.u>> (<<email.u@u>>)\n[Pipeline] sh\n+ ssh deploy@<<ip.h>> 'systemctl restart crm'\n+ curl -s -X POST https://oapi.dingtalk.com/robot/send -d '{\"text\":\"部署完成，负责人<<per.o>> <<tel.o:cn_plain>>\"}'\n"
        "[Pipeline] echo\n[[version]] deployed\nFinished: SUCCESS",
        "由<<per.u>>（<<email.u@u>>）手动触发，通过 SSH 部署到<<ip.h>>并重启 crm 服务，随后在钉钉群通知负责人<<per.o>>，构建成功。",
        annotators=["<<email.ANN>>"],
    ),
    # ---------------------------------------------------------------- shell_history_dump
    T(
        "zh",
        "shell_history_dump",
        "这是从一台测试机上拷下来的 .bash_history，请解释这个人都做了什么，并指出安全隐患。",
        "cd /data/export\nmysql -h <<ip.d:private>> -u<<per.u:user>> -p crm -e \"select * from customer where mobile='<<tel.c:cn_plain>>'\"\n"
        "curl 'http://<<ip.d:private>>:8080/api/user?idcard=<<cnid.c>>'\ncurl -X POST http://<<ip.d:private>>:8080/api/refund -d 'iban=<<iban.c:es|pl>>&ssn=<<ssn.c:plain>>'\nscp customer_<<per.c:user>>.xlsx <<per.u:user>>@<<ip.j>>:/tmp/\nhistory -c",
        "操作：登录内网数据库<<ip.d:private>>查询手机号为<<tel.c:cn_plain>>的客户，调用接口按身份证<<cnid.c>>查询用户，又用账户<<iban.c:es|pl>>和SSN <<ssn.c:plain>>发起退款，再把导出的表格拷到外网机器<<ip.j>>，最后试图清空历史。\n隐患：密码交互输入尚可，但个人信息出现在命令行和文件名里，且数据被拷出内网。",
    ),
    T(
        "zh",
        "shell_history_dump",
        "整理下面这台开发机的 zsh 历史，输出这个人的 git 身份配置和 ssh 连接过的主机。",
        ': 1712040011:0;git config --global user.name "<<per.d:pinyin_fl>>"\n: 1712040019:0;git config --global user.email <<email.d@d>>\n'
        ": 1712040233:0;ssh -i ~/.ssh/id_ed25519_<<per.d:user>> root@<<ip.a>>\n: 1712040541:0;ssh root@<<ip.b:v6>>\n: 1712041002:0;arp -a | grep <<mac.r:colon_lower>>",
        "git 身份：<<per.d:pinyin_fl>> <<email.d@d>>\nssh 主机：<<ip.a>>、<<ip.b:v6>>（均为 root 登录）\n另外查询过 MAC 为<<mac.r:colon_lower>>的设备。",
    ),
    # ---------------------------------------------------------------- email_bounce_notice
    T(
        "zh",
        "email_bounce_notice",
        "这是一封退信，请说明退信原因并给出处理建议。",
        "发件人: MAILER-DAEMON@mx.example.cn\n主题: 系统退信\n您发送给 <<email.r@r>> 的邮件未能送达。\n原因: 550 5.1.1 User unknown\n"
        "----- 原始邮件 -----\n收件人: <<per.r>>\n主题: 录用通知\n<<per.r>>同学您好，请于7月1日携带身份证（<<cnid.r>>）到[[organisation|人力资源部]]报到，美国总部入职系统已登记您的SSN <<ssn.r>>，联系人<<per.h>> <<tel.h:cn_land|cn_plain>>。",
        "原因：对方邮箱<<email.r@r>>不存在（550 User unknown）。建议电话联系<<per.r>>确认邮箱，或改用短信通知；原邮件含身份证号，重发时应删除。",
    ),
    T(
        "zh",
        "email_bounce_notice",
        "分析这段 Postfix 日志，哪些投递失败了？",
        "postfix/smtp[3221]: [[number|4F2A81C0B3]]: to=<<<email.a@a>>>, relay=mx1.qq.com[<<ip.m>>]:25, status=sent (250 OK)\n"
        "postfix/smtp[3224]: [[number|7C11D0E9A2]]: to=<<<email.b@b>>>, relay=none, status=bounced (Host not found)\n"
        "postfix/cleanup[3230]: [[number|9E0B3344F1]]: message-id=<[[timestamp]].<<per.c:user>>@corp.example.cn>",
        "失败1封：发往<<email.b@b>>的邮件因域名解析失败（Host not found）被退回。发往<<email.a@a>>的已成功投递。",
        source="h13-postfix/<<email.b@b>>",
    ),
    # ---------------------------------------------------------------- ansible_host_vars
    T(
        "zh",
        "ansible_host_vars",
        "检查这个 host_vars 文件，哪些变量应该放进 ansible-vault？",
        '# host_vars/nas-home.yml\nansible_host: <<ip.h>>\nansible_user: <<per.o:user>>\nwol_mac: "<<mac.n:colon>>"\n'
        'owner_name: <<per.o>>\nowner_phone: "<<tel.o:cn_plain>>"\nddns_email: <<email.o@o>>\nbackup_target: "<<addr.o:short|road>> 书房"\nsamba_version: [[version]]',
        "建议加密：owner_name（<<per.o>>）、owner_phone（<<tel.o:cn_plain>>）、ddns_email（<<email.o@o>>）、backup_target 中的住址<<addr.o:short|road>>；"
        "ansible_host <<ip.h>> 和 wol_mac <<mac.n:colon>> 也建议放进 vault。",
    ),
    T(
        "zh",
        "ansible_host_vars",
        "把下面的 inventory 改写成 YAML 格式的 inventory。",
        "[printers]\nprn-3f ansible_host=<<ip.p:private>> mac=<<mac.p:dash>> contact=<<per.a:user>> contact_tel=<<tel.a:cn_plain>>\n"
        "[cameras]\ncam-gate ansible_host=<<ip.c:private>> mac=<<mac.c:cisco>> installer=<<per.b>>",
        "all:\n  children:\n    printers:\n      hosts:\n        prn-3f:\n          ansible_host: <<ip.p:private>>\n          mac: <<mac.p:dash>>\n          contact: <<per.a:user>>\n"
        '          contact_tel: "<<tel.a:cn_plain>>"\n    cameras:\n      hosts:\n        cam-gate:\n          ansible_host: <<ip.c:private>>\n          mac: <<mac.c:cisco>>\n          installer: <<per.b>>',
    ),
]

EN = [
    # ---------------------------------------------------------------- pawn_shop_ticket
    T(
        "en",
        "pawn_shop_ticket",
        "Clean up this pawn ticket scan and tell the customer what they owe to redeem the item on day 30.",
        "PAWN TICKET  No. [[order_number]]\nPLEDGOR: <<per.p:upper>>   DOB <<dob.p:us_pad|us>>\nID: DL <<dl.p:tx|ca>>   PH <<tel.p:us_paren>>\n"
        "ADDR <<addr.p:full|line_unit>>\nITEM: [[product|DeWalt DCD791 drill]] w/ 2 batteries; [[common_word|sterling]] silver ring 6.2g   SERIAL [[number|3319204-A]]\nLOAN [[money]]   FINANCE CHG 20%/30 DAYS\nCLERK <<per.c:initial>>",
        "Pledgor: <<per.p>> (DL <<dl.p:tx|ca>>, phone <<tel.p:us_dash>>), <<addr.p:full|line_unit>>.\nItems: [[product|DeWalt DCD791 drill]] with two batteries, and a [[common_word|sterling]] silver ring.\n"
        "To redeem on day 30 you owe the loan amount plus the 20% finance charge.",
        source="h13-pawn/<<tel.p:us_plain>>",
    ),
    T(
        "en",
        "pawn_shop_ticket",
        "<<per.c>> wants to extend their pawn loan by text. Write the shop's confirmation reply.",
        "",
        "Hi <<per.c:given>>, your loan on the [[product|Gibson Les Paul Studio]] is extended 30 days. The fee was charged to card <<card.k:spaced>>. Questions? Reply here or email <<email.s@s>>.",
        history=[
            (
                "hey its <<per.c:lower_full>>, ticket [[order_number]], can i extend the guitar loan another month? my bday is <<dob.c:us>> if you need it",
                "Sure, we can take the extension fee by card over text. What's the card number and billing ZIP?",
            ),
            (
                "<<card.k:plain>> exp 09/27, zip is the one on file, <<addr.c:line|line_unit>>",
                "Got it, processing now.",
            ),
        ],
        system="You are the texting assistant for a pawn shop. Shop manager: <<per.s>>, <<email.s@s>>.",
    ),
    # ---------------------------------------------------------------- blood_donation_record
    T(
        "en",
        "blood_donation_record",
        "Turn this donor registration into the JSON the donor app expects.",
        "DONOR REGISTRATION\nLast name: <<per.d:family>>   First name: <<per.d:given>>\nDate of birth: <<dob.d:us_pad|long>>\nSSN (last 4 optional, full if new donor): <<ssn.d>>\n"
        "Mobile: <<tel.d>>  Email: <<email.d@d>>\nHome address: <<addr.d:full|multiline>>\nBlood type: O neg   Donation: whole blood, 1 unit\nPhlebotomist: <<per.x:initial>>",
        '{"donor": {"name": "<<per.d>>", "dob": "<<dob.d:iso>>", "ssn": "<<ssn.d:plain>>", "phone": "<<tel.d:us_plain>>", "email": "<<email.d@d>>", '
        '"address": "<<addr.d:full|multiline>>"}, "blood_type": "O-", "donation": "whole_blood"}',
    ),
    T(
        "en",
        "blood_donation_record",
        "Summarize this directed-donation request for the blood bank coordinator.",
        "Hi, my family member <<per.m>> is at [[organisation|Mass General]] for surgery on Thursday, MRN <<mrn.m>>. The surgeon said family can do directed donation. "
        "I'm <<per.s>>, same blood type, phone <<tel.s:us_dash>>. My brother <<per.b>> might too, he's at <<tel.b:uk_mobile|us_dot>>.",
        "Directed donation for patient <<per.m>> (MRN <<mrn.m>>, surgery Thursday). Potential donors: <<per.s>> (relative, <<tel.s:us_dash>>) and <<per.b>> (<<tel.b:uk_mobile|us_dot>>). Needs eligibility screening and ABO confirmation.",
        annotators=["<<email.ANN>>", "bb-coord-<<per.ANN:user>>"],
    ),
    # ---------------------------------------------------------------- ham_radio_logbook
    T(
        "en",
        "ham_radio_logbook",
        "Convert these ADIF records into a readable QSL mailing list.",
        "<CALL:5>K7ABC <NAME:14><<per.a>> <QTH:38><<addr.a:full|full_unit>> <FREQ:6>14.074 <MODE:3>FT8 <EOR>\n"
        "<CALL:4>M0XY <NAME:14><<per.b>> <QTH:38><<addr.b:line>> <EMAIL:24><<email.b@b>> <MODE:3>SSB <EOR>\n"
        "<CALL:5>W1AW <NAME:9>ARRL HQ <QTH:10>Newington <MODE:2>CW <EOR>",
        "QSL mailing list:\n1. <<per.a>> (K7ABC), <<addr.a:full|full_unit>>\n2. <<per.b>> (M0XY), <<addr.b:line>>, or by email <<email.b@b>>\n(W1AW is the [[organisation|ARRL]] headquarters station; use the bureau.)",
    ),
    T(
        "en",
        "ham_radio_logbook",
        "This remote-station config was posted in a ham forum. What personal info should be removed before reposting?",
        '# remoterig.conf\noperator = <<per.o>>\ncallsign = KD2QRM\nlicense_addr = "<<addr.o:line_unit|line>>"\nnotify_sms = <<tel.o:us_intl>>\nspots_feed = <<url.o:mastodon@o>>\n'
        "control_ip = <<ip.c>>\nradio_iface_mac = <<mac.r:colon>>\n# rig: [[product|Icom IC-7300]], firmware [[version]]",
        "Remove: the operator name <<per.o>>, the licence address <<addr.o:line_unit|line>> (it's public in the FCC database but shouldn't be tied to the control IP), the SMS number <<tel.o:us_intl>>, the Mastodon account <<url.o:mastodon@o>>, the control IP <<ip.c>> and the interface MAC <<mac.r:colon>>.",
    ),
    # ---------------------------------------------------------------- kindergarten_pickup_authorization
    T(
        "en",
        "kindergarten_pickup_authorization",
        "Make a front-desk pickup card from this authorization form.",
        "AUTHORIZED PICK-UP FORM - [[organisation|Bright Horizons]] Maple St.\nChild: <<per.k>>   Start: 09/2023   Room: Butterflies\n"
        "Parent/guardian: <<per.p>>  Cell <<tel.p:us_paren>>\nAuthorized adult #1: <<per.a>>, grandmother, DL <<dl.a:ny|fl>>, cell <<tel.a>>\n"
        "Authorized adult #2: <<per.b>>, neighbor, vehicle plate <<plate.b:ny|ca>>\nNOT authorized: <<per.n>> (see court order on file)",
        "PICK-UP CARD: <<per.k>> (Butterflies)\nOK to release to: <<per.a>> (ID: DL <<dl.a:ny|fl>>), <<per.b>> (car <<plate.b:ny|ca>>)\nDO NOT RELEASE to <<per.n>>. Call parent <<per.p>> at <<tel.p:us_paren>> with any question.",
    ),
    T(
        "en",
        "kindergarten_pickup_authorization",
        "Reply to this parent message in the class app and say what the teacher needs before releasing the child.",
        "<<per.m>>: Hi Ms. <<per.t:family>>! My sister-in-law <<per.x>> will pick up <<per.c:given>> today at 3. Her WeChat is <<wx.x@x>> if you need to reach her, "
        "she's visiting from China so she only has her passport <<pass.x:cn_e|cn_g>> (QQ <<qq.x>> works too). My cell is <<tel.m>>.",
        "Thanks for letting us know! Please add <<per.x>> to <<per.c:given>>'s pickup list in the app before 3. At pickup we'll check her passport (<<pass.x:cn_e|cn_g>>) against the name on the list and call you at <<tel.m:us_dash|us_paren>> to confirm.",
        source="h13-brightwheel/<<tel.m:us_plain>>",
    ),
    # ---------------------------------------------------------------- cemetery_plot_deed
    T(
        "en",
        "cemetery_plot_deed",
        "Summarize this certificate of interment rights for the family's estate file.",
        "CERTIFICATE OF INTERMENT RIGHTS  No. [[order_number]]\nSection 14, Lot 212, Graves 3-4 (path past the [[public_figure|Emily Dickinson]] family plot)\nOwner: <<per.o:upper>>, <<addr.o:multiline|full>>\n"
        "Interred: <<per.d>>, born <<dob.d:long|long_eu>>\nSecond right reserved for: <<per.s>>\nPerpetual care paid: [[money|$2,400.00]]",
        "The interment rights to Section 14, Lot 212 (graves 3 and 4) belong to <<per.o>> of <<addr.o:multiline|full>>. <<per.d>> is interred there; the second grave is reserved for <<per.s>>. Perpetual care is paid.",
    ),
    T(
        "en",
        "cemetery_plot_deed",
        "A family member asks by email to transfer a plot deed. Draft the cemetery office's reply with the steps.",
        "From: <<email.a@a>>\nSubject: Plot transfer\n\nHello, <<per.f>> passed away in March; plot 7-B at your cemetery is in that name. I'm the executor of the estate, <<per.a>>, "
        "and I'd like the deed moved to my name. I live at <<addr.a:line_unit|full>>, phone <<tel.a:us_dot|us_intl2>>. The deceased's SSN was <<ssn.f:dash|space>> if you need it for records.",
        "Dear <<per.a>>,\nWe're sorry for your loss. To transfer plot 7-B from <<per.f>>, please send: a certified death certificate, your letters testamentary, and the signed transfer form we'll mail to <<addr.a:line_unit|full>>. "
        "Please don't email the full SSN; we don't need it.\nCemetery Office",
    ),
    # ---------------------------------------------------------------- marathon_bib_registration
    T(
        "en",
        "marathon_bib_registration",
        "Check this registration export for runners missing an emergency contact.",
        "bib,first,last,dob,gender,email,phone,ec_name,ec_phone\n4021,<<per.a:given>>,<<per.a:family>>,<<dob.a:iso>>,F,<<email.a@a>>,<<tel.a:us_plain>>,<<per.e>>,<<tel.e:us_plain>>\n"
        "4022,<<per.b:given>>,<<per.b:family>>,<<dob.b:iso>>,M,<<email.b@b>>,<<tel.b:us_plain>>,,\n4023,<<per.c:given>>,<<per.c:family>>,<<dob.c:iso>>,M,<<email.c@c>>,<<tel.c:uk_intl>>,wife,",
        'Missing emergency contact: bib 4022, <<per.b>> (<<email.b@b>>). Bib 4023, <<per.c>>, lists only "wife", with no name or phone number.',
    ),
    T(
        "en",
        "marathon_bib_registration",
        "An international runner emailed about bib pickup. Write the race office's reply.",
        "Hi, I'm <<per_cn.r:pinyin>> (Chinese name <<per_cn.r>>), registered for the full marathon. I arrive Friday night, so my friend <<per.f>> will collect my bib. "
        "My passport is <<pass.r:cn_e|cn_ea>> and my Chinese ID is <<cnid.r>>. Born <<dob.r:long>>. WeChat <<wx.r@r>>, phone <<tel.r:cn_intl>>, Instagram <<url.r:instagram@r>>.",
        "Hi <<per_cn.r:pinyin>>, <<per.f>> can collect your bib if they bring a signed authorization and a copy of your passport (<<pass.r:cn_e|cn_ea>>). We don't need your Chinese ID number. See you at the start line!",
        annotators=["<<email.ANN>>"],
    ),
    # ---------------------------------------------------------------- notary_appointment_log
    T(
        "en",
        "notary_appointment_log",
        "Turn this mobile notary's day log into a mileage and fee summary.",
        "09:00 <<per.a>> - refinance closing - <<addr.a:full|full_unit>> - ID: DL <<dl.a:ca|wa>> - fee [[money]]\n"
        "11:30 <<per.b>> - power of attorney - [[organisation|Cedars-Sinai]] room 512 - ID: passport <<pass.b:us|us_new>> - fee [[money]]\n"
        "14:15 <<per.c>> - I-9 verification - <<addr.c:line>> - SSN card shown <<ssn.c>> - fee [[money]]",
        "3 signings: <<per.a>> at <<addr.a:full|full_unit>>, <<per.b>> at the hospital, and <<per.c>> at <<addr.c:line>>. Note: the log should not record full ID numbers such as passport <<pass.b:us|us_new>> or SSN <<ssn.c>>.",
    ),
    T(
        "en",
        "notary_appointment_log",
        "Write the journal entry for this notarization from the call transcript.",
        "",
        "Journal entry: Acknowledgment, [[timestamp]]. Signer: <<per.s>>, <<addr.s:line_unit|multiline>>. ID: UK passport <<pass.s:uk>>. Document: affidavit for <<iban.i:gb>> account closure. Witness: <<per.w>>.",
        history=[
            (
                "Notary: Can I get your full name and address for the journal?",
                "Signer: <<per.s>>, <<addr.s:line_unit|multiline>>.",
            ),
            (
                "Notary: And your ID?",
                "Signer: My UK passport, number <<pass.s:uk>>. The affidavit is for closing my old account <<iban.i:gb>>.",
            ),
            (
                "Notary: Is your witness here?",
                "Signer: Yes, <<per.w>>, my colleague. Her phone is <<tel.w:uk_mobile>>.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- coworking_visitor_log
    T(
        "en",
        "coworking_visitor_log",
        "Which visitors stayed past the building's 8pm cutoff? Use the sign-in sheet.",
        "Name | Company | Host | Phone | In | Out | Plate\n<<per.a>> | [[organisation|Stripe]] | <<per.h>> | <<tel.a>> | 09:14 | 17:40 | <<plate.a>>\n"
        "<<per.b>> | freelancer | <<per.h>> | <<tel.b>> | 13:02 | 20:31 | -\n<<per.c>> | [[organisation|Deloitte]] | <<per.k:initial>> | <<tel.c:uk_mobile>> | 18:10 | 21:05 | <<plate.c:uk>>",
        "Past 8pm: <<per.b>> (hosted by <<per.h>>, out 20:31) and <<per.c>> (out 21:05, plate <<plate.c:uk>>).",
    ),
    T(
        "en",
        "coworking_visitor_log",
        "Explain this access-control event from the space's door controller.",
        '[[timestamp]] door=3F-east result=DENIED member="<<per.m:last_first>>" member_email=<<email.m@m>> badge_owner="<<per.o>>" src=<<ip.s:private>> reader_mac=<<mac.r:dash>> reason=TAILGATE_SUSPECT',
        "The reader at the 3rd-floor east door denied entry: <<per.m>> (<<email.m@m>>) presented a badge registered to <<per.o>>, and the controller flagged it as possible tailgating.",
        source="h13-kisi/<<email.m@m>>",
    ),
    # ---------------------------------------------------------------- sentry_error_event
    T(
        "en",
        "sentry_error_event",
        "Here's a Sentry event payload. Find the bug and list every field that contains personal data.",
        '{"event_id": "[[order_number|c0ffee4b1d2a4e9f8a7b6c5d4e3f2a10]]", "release": "web@[[version]]", "user": {"id": "42817", "email": "<<email.u@u>>", '
        '"username": "<<per.u:user>>", "ip_address": "<<ip.u>>"}, "request": {"method": "POST", "url": "/api/checkout", "data": {"card": "<<card.c:visa|mc>>", '
        '"billing_name": "<<per.u>>", "billing_zip": "<<addr.b:full>>"}}, "exception": {"values": [{"type": "KeyError", "value": "\'[[code_identifier|cvv]]\'"}]}}',
        "Bug: the checkout handler reads request.data['[[code_identifier|cvv]]'] without checking it exists, so a request without a CVV raises KeyError.\n"
        "Personal data: user.email <<email.u@u>>, user.username <<per.u:user>>, user.ip_address <<ip.u>>, and in request.data the card number <<card.c:visa|mc>>, billing name <<per.u>> and billing address <<addr.b:full>>. Turn on sendDefaultPii=false and scrub request bodies.",
    ),
    T(
        "en",
        "sentry_error_event",
        "Rewrite this Slack alert from Sentry as a one-line handoff for the on-call engineer.",
        "*[prod] TypeError in PatientPortal* `Cannot read properties of null (reading 'insuranceId')`\nUsers affected: 12. Latest: <<per.p:lower_full|full>> · <<email.p@p>> · <<ip.p:v6>>\n"
        "Breadcrumb: GET /records?mrn=<<mrn.m>>&dob=<<dob.p:iso>>\nAssigned: <<per.o>>",
        "@<<per.o>> PatientPortal prod TypeError on null insuranceId, 12 users affected; note the breadcrumb logs MRN and DOB in the query string, which needs scrubbing.",
        source="h13-sentry-slack/<<email.p@p>>",
    ),
    # ---------------------------------------------------------------- jupyter_notebook_cell
    T(
        "en",
        "jupyter_notebook_cell",
        "Why does this groupby give two rows for the same customer?",
        "In [8]: df.groupby(['customer', 'email']).amount.sum()\nOut[8]:\ncustomer          email\n<<per.a>>     <<email.a@a>>          [[money]]\n"
        "<<per.a:upper>>     <<email.a:upper@a>>          [[money]]\n<<per.b>>     <<email.b@b>>           [[money]]\nName: amount, dtype: float64",
        'Because the same customer appears with different capitalisation: "<<per.a>>" and "<<per.a:upper>>" (and <<email.a@a>> vs <<email.a:upper@a>>). Normalise with str.lower() on both columns before grouping.',
    ),
    T(
        "en",
        "jupyter_notebook_cell",
        "This notebook cell crashed. Explain the traceback and suggest a fix.",
        "---------------------------------------------------------------------------\nValueError                                Traceback (most recent call last)\n"
        "Cell In[21], line 3\n      1 row = {'name': '<<per.r>>', 'ssn': '<<ssn.r:plain>>', 'iban': '<<iban.r:fr|nl>>', 'qq': '<<qq.r>>', 'cn_id': '<<cnid.r>>'}\n"
        "----> 3 validate_iban(row['iban'])\nValueError: bad checksum for '<<iban.r:fr|nl>>'",
        "validate_iban raised ValueError although <<iban.r:fr|nl>> is valid: the function probably doesn't strip spaces before the mod-97 check. Call .replace(' ', '') first. Also, this row (<<per.r>>, SSN <<ssn.r:plain>>, QQ <<qq.r>>, ID <<cnid.r>>) looks like real data; use synthetic fixtures.",
    ),
    # ---------------------------------------------------------------- sms_gateway_delivery_log
    T(
        "en",
        "sms_gateway_delivery_log",
        "Which messages in this Twilio status log failed, and why?",
        '[[timestamp]] SM1f0a status=delivered to=<<tel.a:us_intl2>> body="Hi <<per.a:given>>, your appt is Tue 3pm"\n'
        '[[timestamp]] SM1f0b status=undelivered error=30003 to=<<tel.b:uk_intl>> body="<<per.b>>, your parcel [[tracking_number]] is at <<addr.b:line>>"\n'
        "[[timestamp]] SM1f0c status=failed error=21211 to=<<tel.c:us_plain>>",
        "Two failed: SM1f0b to <<tel.b:uk_intl>> (<<per.b>>) - error 30003, handset unreachable; SM1f0c to <<tel.c:us_plain>> - error 21211, invalid 'To' number.",
    ),
    T(
        "en",
        "sms_gateway_delivery_log",
        "A user says they never got the login code. Answer based on the gateway and app logs.",
        'gateway: submit to=+86<<tel.u:cn_plain>> msgid=[[number|0x1A9F3]] text="Code 771204 for <<email.u@u>>"\n'
        "gateway: DLR msgid=[[number|0x1A9F3]] stat=REJECTD err=[[number|0x0B]]\napp: account <<per.u>> wechat=<<wx.u@u>> qq=<<qq.u>> last_ip=<<ip.u>>",
        "The gateway submitted the code to <<tel.u:cn_intl>>, but the carrier rejected it (REJECTD). Chinese carriers often block unregistered sender IDs; offer an email code to <<email.u@u>> instead.",
        system="You are the support engineer for an SMS login service. Escalation contact: <<per.k>> (<<tel.k:us_dash>>).",
    ),
    # ---------------------------------------------------------------- parking_permit_application
    T(
        "en",
        "parking_permit_application",
        "Review this residential parking permit application and list what's missing.",
        "RESIDENTIAL PARKING PERMIT - ZONE 4\nApplicant: <<per.a:last_first>>\nAddress: <<addr.a:line_unit|full_unit>>\nPhone: <<tel.a:us_paren|us_dash>>  Email: <<email.a@a>>\n"
        "Driver license #: <<dl.a:ca|tx|fl>>\nVehicle: [[product|Subaru Outback]] 2019   Plate: <<plate.a:ca|tx>>\nProof of residency: (none attached)",
        "Missing: proof of residency for <<addr.a:line_unit|full_unit>> (a utility bill or lease in the name <<per.a>>) and the vehicle registration showing plate <<plate.a:ca|tx>> at that address.",
    ),
    T(
        "en",
        "parking_permit_application",
        "Write the council's reply granting a visitor permit, based on the email thread.",
        "",
        "Dear <<per.r>>, a 14-day visitor permit has been issued for vehicle <<plate.v:uk>> at <<addr.r:flat|line>>. Please display it on the dashboard. Reference: [[order_number]]. Out of hours, please use the council's 24-hour line rather than [[service_number|999]].",
        history=[
            (
                "My mother <<per.v>> is staying with me for two weeks after her operation. Her car reg is <<plate.v:uk>>. I'm at <<addr.r:flat|line>>.",
                "Thank you. Could you confirm a contact number and her driving licence number?",
            ),
            ("Mine is <<tel.r:uk_mobile>>. Her licence is <<dl.v:uk>>.", "Thank you, we'll process this today."),
        ],
        source="h13-council/<<tel.r:uk_intl>>",
    ),
    # ---------------------------------------------------------------- baggage_delay_claim
    T(
        "en",
        "baggage_delay_claim",
        "Summarise this delayed-baggage claim form for the claims agent.",
        "DELAYED BAGGAGE CLAIM\nFile reference: LHRBA41876\nPassenger: <<per.p:upper>>\nPassport: <<pass.p>>   Nationality: US\nPermanent address: <<addr.p:multiline|full>>\n"
        "Temporary address (until 14 Aug): <<addr.t:flat>>\nPhone: <<tel.p:us_intl>>   Email: <<email.p@p>>\nExpenses claimed: [[money.m]] (toiletries, clothes)\nBag forwarded by courier, tracking [[tracking_number]]\nPay to: <<iban.i:gb|ie>>",
        "<<per.p>> (passport <<pass.p>>) claims [[money.m]] for essentials. Bag to be delivered to <<addr.t:flat>> until 14 Aug, then <<addr.p:multiline|full>>. Payment to <<iban.i:gb|ie>>.",
    ),
    T(
        "en",
        "baggage_delay_claim",
        "Draft a follow-up email for a traveller whose bag is still missing after five days.",
        "bag still not here after 5 days!! flight was UA9xx from SFO. file ref SFOUA[[number|22817]]. im <<per.t>>, staying at <<addr.h:line_unit|full_unit>>, "
        "cell <<tel.t:us_dot>>, passport <<pass.t:us|us_new>>. receipts total [[money.m]]. my visa card for reimbursement <<card.v:visa>>",
        "Subject: File SFOUA[[number|22817]] - bag still missing after 5 days\n\nHello,\nMy checked bag from SFO has not been delivered five days after arrival. Passport: <<pass.t:us|us_new>>. Please update me on its status at <<tel.t:us_dot>> or deliver it to <<addr.h:line_unit|full_unit>>. "
        "I have receipts for essentials totalling [[money.m]] and ask for reimbursement.\nRegards,\n<<per.t>>",
    ),
    # ---------------------------------------------------------------- tutoring_session_notes
    T(
        "en",
        "tutoring_session_notes",
        "Turn my rough session notes into a short progress update for the parent.",
        "session 6 - <<per.s:given>> (gr 10) @ their place, <<addr.h:line|line_unit>>\n- essay on [[public_figure|Abraham Lincoln]] done\n- quadratics ok, still mixing up vertex form\n- forgot hw again\n- mom (<<per.m>>) wants weekly texts -> <<tel.m:us_dash>>\n- next: Thu 4pm, bring [[product|TI-84 Plus]]",
        "Hi <<per.m>>, quick update after session 6 with <<per.s:given>>: quadratics are going well, but vertex form still needs practice, and this week's homework wasn't done. Next session is Thursday at 4pm at home; please remind them to bring the [[product|TI-84 Plus]].",
        system="You help a private tutor write messages. Tutor: <<per.t>>, <<email.t@t>>, Venmo @<<per.t:user>>, LinkedIn <<url.t:linkedin@t>>.",
    ),
    T(
        "en",
        "tutoring_session_notes",
        "A Chinese family booked online tutoring. Summarize the booking details from the chat for the tutor.",
        "",
        "Student: <<per_cn.k:pinyin>> (<<per_cn.k>>), Grade 8, SAT prep. Parent: <<per_cn.p:pinyin>>, WeChat <<wx.p@p>>, QQ <<qq.p>>. Sessions: Sat/Sun 9am Beijing time on [[product|Zoom]].",
        history=[
            (
                "Hello, I'm <<per_cn.p:pinyin>>, father of <<per_cn.k:pinyin>> (Chinese name <<per_cn.k>>). He is grade 8, we want SAT prep.",
                "Welcome! What times work for you?",
            ),
            (
                "Weekend 9am Beijing time. Add my WeChat <<wx.p@p>> or QQ <<qq.p>>, I pay by card <<card.p:unionpay>>",
                "Great, I'll set it up on Zoom.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- optometry_prescription
    T(
        "en",
        "optometry_prescription",
        "Explain this glasses prescription in plain words for the patient.",
        "[[organisation|Warby Parker]] Rx\nPatient: <<per.p>>   DOB: <<dob.p:us_pad|eu>>   Chart #: <<mrn.c>>\n        SPH    CYL    AXIS  ADD\nOD   -1.25  -0.75   090   +1.50\nOS   -1.50  -0.50   085   +1.50\n"
        "PD 63/60  Expires: 2026-05-01\nDr. <<per.d:family>>, OD  NPI [[employee_id|1487652093]]",
        "<<per.p>>, you're mildly nearsighted in both eyes (right -1.25, left -1.50) with a little astigmatism, and you need +1.50 extra for reading (ADD), so progressive or reading lenses are recommended.",
    ),
    T(
        "en",
        "optometry_prescription",
        "The customer sent their contact lens order by email. Pull out the order details.",
        "Hi, reordering my contacts: [[product|Acuvue Oasys]] 8.4 BC, -2.25 both eyes, 6 boxes. Rx from Dr. <<per.d>>, patient ID <<mrn.m:alpha|mrn>>. "
        "Ship to <<addr.s:full|line_unit>>. Charge my Amex <<card.a:amex>>. -- <<per.c>>, born <<dob.c:long_eu|long>>",
        "Product: [[product|Acuvue Oasys]], BC 8.4, -2.25 OU, 6 boxes\nPrescriber: Dr. <<per.d>> (patient ID <<mrn.m:alpha|mrn>>)\nCustomer: <<per.c>>\nShip to: <<addr.s:full|line_unit>>\nPayment: Amex <<card.a:amex>>",
        annotators=["<<per.ANN:lower_dot>>"],
    ),
    # ---------------------------------------------------------------- move_out_inspection
    T(
        "en",
        "move_out_inspection",
        "Calculate the deposit refund from this move-out inspection and write the itemized statement.",
        "MOVE-OUT INSPECTION\nUnit: <<addr.u:line_unit|full_unit>>\nTenant(s): <<per.a>>, <<per.b>>\nDeposit held: $1,800.00\nCarpet stain, bedroom: $120\nMissing blinds (2): $60\n"
        "Refund by check to forwarding address: <<addr.f:pobox>>\nTenant phone: <<tel.a>>",
        "Itemized statement for <<addr.u:line_unit|full_unit>>\nDeposit: $1,800.00\nLess carpet cleaning: $120.00\nLess blinds: $60.00\nRefund due: $1,620.00, mailed to <<per.a>> and <<per.b>> at <<addr.f:pobox>> (USPS tracking [[tracking_number]]).",
    ),
    T(
        "en",
        "move_out_inspection",
        "Summarize the dispute in this tenant-landlord email chain neutrally.",
        "From: <<per.t>> <<<email.t@t>>>\nI left the flat spotless, and the mould in the bathroom was there when I moved in (see my check-in photos). Please return my full deposit to <<iban.t:gb>>.\n\n"
        "From: <<per.l>> <<<email.l@l>>>\nThe mould is due to not ventilating. I'm deducting £250. The deposit is protected with [[organisation|the DPS]]; you can dispute it there. My number is <<tel.l:uk_land|uk_mobile>>.",
        "Tenant <<per.t>> says the property was left clean and the bathroom mould pre-dates the tenancy, and asks for the full deposit to <<iban.t:gb>>. Landlord <<per.l>> attributes the mould to poor ventilation, proposes a £250 deduction, and points to the deposit scheme's dispute process.",
    ),
    # ---------------------------------------------------------------- utility_meter_reading
    T(
        "en",
        "utility_meter_reading",
        "Why is this customer's bill so high? Use the meter reading history.",
        "Account holder: <<per.h>>   Acct [[number|7731-0042-18]]\nService address: <<addr.h:full|line>>\nPhone on file: <<tel.h>>\nDirect debit from: <<iban.d:gb|ie>>\n"
        "Read date   Reading   Usage  Type\n01/12       [[number|48211]]     612    ACTUAL\n02/11       [[number|49420]]     1209   ESTIMATED\n03/13       [[number|49901]]     481    ACTUAL",
        "February's 1,209 kWh was an estimated read, about double the actual months around it. The March actual read (481 kWh) suggests February was over-estimated; <<per.h>> can ask for a re-bill based on actual reads; any overpayment would be refunded to the direct-debit account <<iban.d:gb|ie>>.",
    ),
    T(
        "en",
        "utility_meter_reading",
        "Parse this smart-meter syslog line into fields.",
        '<134>[[timestamp]] hes01 meterd[512]: READ ok meter=[[number|SM4410087]] premise="<<addr.p:line>>" customer="<<per.c:last_first>>" cust_email=<<email.c@c>> '
        "han_mac <<mac.h:colon>> wan_ip=<<ip.w>> kwh=[[number|3381.6]] fw=[[version]]",
        "meter: SM4410087\npremise: <<addr.p:line>>\ncustomer: <<per.c>>\nemail: <<email.c@c>>\nHAN MAC: <<mac.h:colon>>\nWAN IP: <<ip.w>>\nreading: [[number|3381.6]] kWh",
        source="h13-hes/<<ip.w>>",
    ),
    # ---------------------------------------------------------------- volunteer_shift_roster
    T(
        "en",
        "volunteer_shift_roster",
        "From the food bank roster, list who still needs a background check before the Saturday shift.",
        "Volunteer,Phone,Email,DOB,SSN (for check),Background check,Shift\n<<per.a>>,<<tel.a:us_dash>>,<<email.a@a>>,<<dob.a:us>>,,CLEARED,Sat AM\n"
        "<<per.b>>,<<tel.b:us_dash>>,<<email.b@b>>,<<dob.b:us>>,<<ssn.b:dash>>,PENDING,Sat AM\n<<per.c>>,<<tel.c:us_dash>>,<<email.c@c>>,<<dob.c:us>>,<<ssn.c:plain|dash>>,NOT STARTED,Sat PM",
        "Needs a check before Saturday: <<per.b>> (pending, <<email.b@b>>) and <<per.c>> (not started, <<tel.c:us_dash>>). Submit <<per.c>>'s check with SSN <<ssn.c:dash>> today.",
    ),
    T(
        "en",
        "volunteer_shift_roster",
        "Write a letter confirming <<per.v>>'s volunteer hours for a college application.",
        "Volunteer: <<per.v>>, DOB <<dob.v:long>>, student at Lincoln High. 62 hours at our animal shelter Sept-May, mostly weekends with the dogs ([[common_word|Biscuit]] was the favourite). Supervisor: <<per.s>>, <<tel.s>>, <<email.s@s>>, <<url.s:linkedin|facebook@s>>.",
        "To whom it may concern,\nThis letter confirms that <<per.v>> volunteered 62 hours at our animal shelter between September and May, mainly on weekends caring for our dogs, and was reliable and kind.\n"
        "Please contact me with any questions.\n<<per.s>>\n<<tel.s>> | <<email.s@s>> | <<url.s:linkedin|facebook@s>>",
    ),
    # ---------------------------------------------------------------- library_card_renewal
    T(
        "en",
        "library_card_renewal",
        "Process this library card renewal request and produce the patron record update.",
        "Branch: [[public_place|Central Library]]\nName: <<per.r:last_first>>\nDate of birth: <<dob.r:us_pad>>\nNew address: <<addr.n:multiline|full_unit>>\n"
        "Phone: <<tel.r>>\nEmail: <<email.r@r>>\nID shown: driver license <<dl.r:wa|ny>>\nNotes: has 1 overdue item, 'The Audacity of [[common_word|Hope]]', ISBN [[isbn.b]]",
        "UPDATE patron record: name=<<per.r>>; address=<<addr.n:multiline|full_unit>>; phone=<<tel.r:us_plain>>; email=<<email.r@r>>; expiry=+1 year. Hold renewal until the overdue item (ISBN [[isbn.b]]) is returned or paid.",
    ),
    T(
        "en",
        "library_card_renewal",
        "A visiting scholar emailed to get a library card. Reply with what they need to bring.",
        "Dear library,\nI'm <<per_cn.v:pinyin>>, a visiting scholar from Fudan in the Physics department until June. Can I get a borrowing card? "
        "I have my Chinese passport (<<pass.v:cn_e|cn_g>>) and Chinese ID (<<cnid.v:x|spaced>>). Local address: <<addr.l:line_unit>>. Phone <<tel.l:us_paren>>, WeChat <<wx.v@v>>, QQ <<qq.v>>.\n<<per_cn.v>>",
        "Dear <<per_cn.v:pinyin>>,\nYes, visiting scholars can get a temporary card valid until June. Please bring your passport and a letter from the Physics department confirming your appointment, plus proof of your local address (<<addr.l:line_unit>>). We don't need your Chinese ID.",
    ),
    # ---------------------------------------------------------------- esports_team_roster
    T(
        "en",
        "esports_team_roster",
        "Fill the league's player eligibility sheet from the team's submission.",
        "Team: Northgate Wolves ([[product|Valorant]])\n1) IGN 'kestrel' - <<per.a>>, DOB <<dob.a:iso>>, <<email.a@a>>, Twitter <<url.a:twitter@a>>\n"
        "2) IGN 'mogwai' - <<per.b>>, DOB <<dob.b:iso>>, <<email.b@b>>\n3) IGN 'Nian' - <<per_cn.c:pinyin_fl>>, DOB <<dob.c:iso>>, Chinese ID <<cnid.c>>, QQ <<qq.c>>, WeChat <<wx.c@c>>\nManager: <<per.m>> <<tel.m>>",
        "| IGN | Legal name | DOB | Contact |\n|---|---|---|---|\n| kestrel | <<per.a>> | <<dob.a:us_pad>> | <<email.a@a>> |\n| mogwai | <<per.b>> | <<dob.b:us_pad>> | <<email.b@b>> |\n| Nian | <<per_cn.c:pinyin_fl>> | <<dob.c:us_pad>> | QQ <<qq.c>> |",
    ),
    T(
        "en",
        "esports_team_roster",
        "Write a public roster announcement from this internal message. Do not include any contact details.",
        "",
        "Please welcome <<per.p>> to our Rocket League roster! He joins from the academy team and starts in the spring split. Fans can follow the team's channels for updates.",
        history=[
            (
                "Signed <<per.p>> today. His Discord is <<per.p:user>>, Twitter <<url.p:twitter@p>>, emergency contact <<per.g>> <<tel.g:us_dot>>, DOB on the contract <<dob.p:us>>.",
                "Great, I'll draft the announcement. No contact info in it.",
            ),
        ],
        system="You are the social media assistant for an esports org. Org email <<email.o@o>>, run by <<per.o>>.",
    ),
    # ---------------------------------------------------------------- prenatal_care_booklet
    T(
        "en",
        "prenatal_care_booklet",
        "Extract the key details from this antenatal booking record and calculate the estimated due date (LMP 3 Feb 2024).",
        "ANTENATAL BOOKING\nName: <<per.w>>   Hospital no: <<mrn.h:digits|mrn>>\nDOB: <<dob.w:eu|long_eu>>\nAddress: <<addr.w:multiline|flat>>\n"
        "Partner: <<per.p>>  Mobile <<tel.p:uk_mobile>>\nG2 P1  LMP 03/02/2024\nMidwife: <<per.m:initial>>",
        "Patient: <<per.w>> (hospital no. <<mrn.h:digits|mrn>>), partner <<per.p>> (<<tel.p:uk_mobile>>). Second pregnancy, one previous birth. EDD by Naegele's rule: 3 Feb 2024 + 280 days = 9 Nov 2024.",
    ),
    T(
        "en",
        "prenatal_care_booklet",
        "Answer the patient's portal message about rescheduling her glucose test, using the chart info in the system prompt.",
        "Hi, it's <<per.w>>. Can I move my glucose tolerance test from Monday? Call me at <<tel.w:us_paren>>.",
        "Hi <<per.w:given>>, yes. The glucose test should be done between 24 and 28 weeks and you're at 25, so we have time. We'll call <<tel.w:us_paren>> to book a new morning slot; remember to fast from midnight. If you have bleeding or severe pain, call [[service_number|911]].",
        system="Chart: <<per.w>>, DOB <<dob.w:us_pad>>, MRN <<mrn.w:mrn|alpha>>, 25w2d, OB Dr. <<per.d>>. Clinic: [[organisation|Kaiser Permanente]] Oakland. Emergency contact <<per.e>> <<tel.e>>.",
    ),
    # ---------------------------------------------------------------- ebike_registration
    T(
        "en",
        "ebike_registration",
        "Write the stolen-bike report for <<per.o>> from this registry entry and the owner's note.",
        "BIKE REGISTRY ENTRY\nOwner: <<per.o>>   Email <<email.o@o>>   Phone <<tel.o>>\nMake/model: [[product|Rad Power RadCity 5 Plus]]   Serial: [[number|RP5-2210-04471]]\n"
        "Home: <<addr.o:line_unit|full>>\nOwner note: stolen from the rack outside [[organisation|Whole Foods]] Tuesday ~6pm, lock cut",
        "Stolen e-bike report: owner <<per.o>> (<<tel.o>>, <<email.o@o>>), residing at <<addr.o:line_unit|full>>. A [[product|Rad Power RadCity 5 Plus]], serial [[number|RP5-2210-04471]], was stolen Tuesday around 6pm from the bike rack outside [[organisation|Whole Foods]]; the lock was cut. (Reported via the non-emergency line [[service_number|311]].)",
    ),
    T(
        "en",
        "ebike_registration",
        "Translate this Chinese e-bike registration certificate into English.",
        "电动自行车登记证书\n机动车所有人：<<per_cn.o>>\n身份证明名称/号码：居民身份证 <<cnid.o>>\n住所：<<addr_cn.o>>\n号牌号码：<<plate.e:cn>>\n联系电话：<<tel.o:cn_plain>>\n微信：<<wx.o@o>>",
        "E-BIKE REGISTRATION CERTIFICATE\nOwner: <<per_cn.o:pinyin_fl>> (<<per_cn.o>>)\nID: Resident Identity Card <<cnid.o>>\nAddress: <<addr_cn.o>>\nPlate number: <<plate.e:cn>>\nPhone: <<tel.o:cn_intl>>\nWeChat: <<wx.o@o>>",
    ),
    # ---------------------------------------------------------------- hukou_transfer_request
    T(
        "en",
        "hukou_transfer_request",
        "Translate this hukou migration certificate for a visa application.",
        "户口迁移证\n姓名：<<per_cn.m>>  性别：男  出生日期：<<dob.m:cn|cn_pad>>\n公民身份号码：<<cnid.m>>\n迁出地：<<addr_cn.f:village>>\n迁往地：<<addr_cn.t:comm|post>>\n承办人：<<per_cn.c:title>>",
        "Household Registration Migration Certificate\nName: <<per_cn.m:pinyin_fl>>  Sex: Male  Date of birth: <<dob.m:long>>\nCitizen ID No.: <<cnid.m>>\nMoved from: <<addr_cn.f:village>>\nMoved to: <<addr_cn.t:comm|post>>",
    ),
    T(
        "en",
        "hukou_transfer_request",
        "My colleague asked how to move his hukou. Explain the process based on his message.",
        "Hey, it's <<per_cn.w:pinyin>>. I got a job offer in Shenzhen and want to move my hukou from my hometown. My ID is <<cnid.w:lower_x|x>>, born <<dob.w:iso>>. "
        "My QQ is <<qq.w>> and WeChat <<wx.w@w>> if it's easier to chat there.",
        "<<per_cn.w:pinyin>>, the usual steps: 1) your Shenzhen employer or the talent center applies for a transfer approval (准迁证); 2) take it to the police station in your hometown to get the migration certificate; 3) register at the Shenzhen police station within the validity period. Bring your ID card (<<cnid.w:lower_x|x>>) each time.",
        source="h13-wecom/<<wx.w@w>>",
    ),
    # ---------------------------------------------------------------- mail_forwarding_request
    T(
        "en",
        "mail_forwarding_request",
        "Fill in a USPS change-of-address summary from the customer's message.",
        "Moving on the 15th. Old: <<addr.o:full|full_unit>>. New: <<addr.n:full_unit|full>>. It's me and my husband <<per.h>>, permanent move. "
        "My name is <<per.w>>, phone <<tel.w:us_dash>>, email <<email.w@w>>. Pay the $1.10 ID fee with my card <<card.c:discover|visa>>.",
        "Change of address (family, permanent)\nNames: <<per.w>>, <<per.h>>\nFrom: <<addr.o:full|full_unit>>\nTo: <<addr.n:full_unit|full>>\nStart date: the 15th\nContact: <<tel.w:us_dash>>, <<email.w@w>>\nIdentity verification fee: card <<card.c:discover|visa>>",
    ),
    T(
        "en",
        "mail_forwarding_request",
        "Draft the Royal Mail redirection confirmation letter from the details below.",
        "Redirection for: <<per.a>> and <<per.b:upper>>\nFrom: <<addr.f:multiline|line>>\nTo: <<addr.t:flat|multiline>>\nDuration: 6 months\nPayment: debit card <<card.d:mc|visa>>\nApplicant DOB: <<dob.a:long_eu|eu>>",
        "Dear <<per.a>>,\nYour redirection is set up. Post addressed to you and <<per.b>> at <<addr.f:multiline|line>> will be redirected to <<addr.t:flat|multiline>> for 6 months. Payment was taken from card <<card.d:mc|visa>>.\nRoyal Mail Redirection",
        annotators=["<<email.ANN>>", "rm-qc-<<per.ANN:user>>"],
    ),
    # ---------------------------------------------------------------- whois_lookup
    T(
        "en",
        "whois_lookup",
        "Is this domain's registrant data redacted? Answer and quote the evidence.",
        "Domain Name: MAPLEFORGE-STUDIO.COM\nRegistrar: [[organisation|Namecheap, Inc.]]\nRegistrant Name: <<per.r>>\nRegistrant Street: <<addr.r:line_unit|line>>\n"
        "Registrant Phone: +1.<<tel.r:us_plain>>\nRegistrant Email: <<email.r@r>>\nAdmin Email: <<email.r@r>>\nUpdated Date: [[timestamp]]",
        "No. The record shows the registrant's name (<<per.r>>), street (<<addr.r:line_unit|line>>), phone (+1.<<tel.r:us_plain>>) and email (<<email.r@r>>) in clear text, so WHOIS privacy isn't enabled.",
    ),
    T(
        "en",
        "whois_lookup",
        "Compare the RDAP and WHOIS outputs for <<ip.x>> and say who is responsible for it.",
        "$ whois <<ip.x>>\nNetRange: ...\nOrgName: [[organisation|Comcast Cable Communications, LLC]]\nOrgAbuseEmail: abuse@comcast.net\n"
        '$ rdap <<ip.x>> | jq .remarks\n"Reassigned to customer: <<per.c>>, <<addr.c:full>>, contact <<email.c@c>>"',
        "<<ip.x>> belongs to [[organisation|Comcast Cable Communications, LLC]], which reassigned it to a customer, <<per.c>> (<<email.c@c>>). Abuse reports go to Comcast's abuse address.",
    ),
    # ---------------------------------------------------------------- mobile_crash_report
    T(
        "en",
        "mobile_crash_report",
        "Read this Crashlytics issue (reported by <<email.u@u>>) and explain the likely cause.",
        "Fatal Exception: java.lang.IllegalStateException: [[code_identifier|ProfileViewModel.loadAvatar]] called after onCleared\n"
        "Device: [[product|Pixel 7]] · Android 14 · app [[version]]\nUser: <<email.u@u>> (<<per.u>>)\nCustom keys: last_screen=Profile, wifi_bssid=<<mac.b:colon_lower>>, ip=<<ip.u>>",
        "The avatar load is posted after the ViewModel has been cleared, probably when <<per.u>> left the Profile screen before the image loaded. Cancel the job in onCleared or use viewModelScope.",
    ),
    T(
        "en",
        "mobile_crash_report",
        "A user attached a debug log to their bug report. Write the support reply and list what to forward to engineering.",
        "User report: App crashes every time I scan my driver's license. Name <<per.u>>, phone <<tel.u>>.\nLog:\nD/Scanner: parsed PDF417 name=<<per.u:upper>> dl=<<dl.u:ca|fl|ny>> dob=<<dob.u:us_pad>> addr=<<addr.u:line>>\n"
        "E/AndroidRuntime: FATAL EXCEPTION: main  java.lang.NumberFormatException",
        "Reply: Hi <<per.u:given>>, thanks for the log. Our team is on it and we'll text <<tel.u>> when a fix is out.\nForward: the crash is a NumberFormatException right after PDF417 parsing. The debug log prints the full licence data (licence <<dl.u:ca|fl|ny>>, DOB <<dob.u:us_pad>>, address <<addr.u:line>>), which must be removed from logs.",
    ),
    # ---------------------------------------------------------------- ci_pipeline_log
    T(
        "en",
        "ci_pipeline_log",
        "Why did this GitHub Actions job fail? Also flag anything in the log that shouldn't be there.",
        "Run pytest tests/test_billing.py\nFAILED tests/test_billing.py::test_iban_masking - AssertionError\n"
        "E   assert '<<iban.t:de|es>>' == '**** **** **** 3000'\nE    where fixture customer = {'name': '<<per.t>>', 'email': '<<email.t@t>>', 'ssn': '<<ssn.t:dash>>', 'card': '<<card.t:plain>>'}\n"
        "Error: Process completed with exit code 1.\nCommitter: <<per.c>> <<<email.c@c>>> (<<url.c:github@c>>)",
        "The masking function returned the IBAN unchanged (<<iban.t:de|es>>), so test_iban_masking failed. The fixture also contains what look like real personal details (<<per.t>>, SSN <<ssn.t:dash>>, card <<card.t:plain>>); replace them with generated test data.",
    ),
    T(
        "en",
        "ci_pipeline_log",
        "Summarize this CircleCI deploy log: who triggered it, what was deployed and where.",
        "Triggered by: <<per.u:lower_dot>> (<<email.u@u>>)\n#!/bin/bash -eo pipefail\nrsync -az build/ deploy@<<ip.h>>:/srv/app\nssh deploy@<<ip.h>> 'sudo systemctl restart app'\n"
        'curl -X POST $SLACK_HOOK -d \'{"text":"deployed [[version.v]], on-call <<per.o>> <<tel.o:us_intl>>"}\'\nSuccess!',
        "<<per.u:lower_dot>> (<<email.u@u>>) deployed [[version.v]] by rsync to <<ip.h>> and restarted the service; Slack was notified with the on-call contact <<per.o>>.",
    ),
    # ---------------------------------------------------------------- shell_history_dump
    T(
        "en",
        "shell_history_dump",
        "Explain what this person was doing, based on their .bash_history, and flag risky commands.",
        "psql -h <<ip.d:private>> -U <<per.u:user>> crm -c \"select * from customers where email='<<email.c@c>>'\"\n"
        'curl -s "https://api.example.com/v1/lookup?ssn=<<ssn.c:plain>>" -H "Authorization: Bearer $TOKEN"\n'
        "echo '<<per.c>>,<<tel.c>>,<<addr.c:line>>,<<iban.c:nl|de>>' >> leads.csv\nscp leads.csv <<per.u:user>>@<<ip.x>>:~/",
        "They looked up a customer by email (<<email.c@c>>), called a lookup API with an SSN (<<ssn.c:plain>>) in the URL, appended <<per.c>>'s contact details and bank account (<<iban.c:nl|de>>) to leads.csv and copied the file to <<ip.x>>. Risky: SSN in a URL (logged by proxies) and personal data copied off the internal network.",
    ),
    T(
        "en",
        "shell_history_dump",
        "From this zsh history, what's this developer's git identity and which hosts did they connect to?",
        ': 1709913601:0;git config user.name "<<per.d>>"\n: 1709913610:0;git config user.email "<<email.d@d>>"\n: 1709913902:0;ssh -p 2222 <<per.d:user>>@<<ip.a>>\n'
        ": 1709914450:0;ssh pi@<<ip.b:private>>\n: 1709914801:0;sudo ip link set wlan0 address <<mac.s:colon_lower>>",
        "Git identity: <<per.d>> <<email.d@d>>. Hosts: <<ip.a>> (port 2222, as <<per.d:user>>) and the Raspberry Pi at <<ip.b:private>>. They also spoofed the Wi-Fi MAC to <<mac.s:colon_lower>>.",
    ),
    # ---------------------------------------------------------------- email_bounce_notice
    T(
        "en",
        "email_bounce_notice",
        "Explain this bounce message and what the sender should do.",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\nYour message wasn't delivered to <<email.r@r>> because the address couldn't be found.\n\n"
        "----- Original message -----\nTo: <<email.r@r>>\nSubject: Your lease renewal\nHi <<per.r>>, attached is the renewal for <<addr.u:line_unit|full_unit>>. Please sign by Friday. - <<per.s>>, <<tel.s>> | <<url.s:linkedin@s>>",
        "The recipient address <<email.r@r>> doesn't exist (hard bounce). <<per.s>> should confirm <<per.r>>'s correct email by phone before resending the renewal for <<addr.u:line_unit|full_unit>>.",
    ),
    T(
        "en",
        "email_bounce_notice",
        "Which deliveries failed in this Exim log?",
        "[[timestamp]] 1rXk2a-0004Zq-7T ** <<email.a@a>> R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<<<email.a@a>>>: 550 5.1.1 user unknown\n"
        "[[timestamp]] 1rXk2b-0004Zs-1M => <<email.b@b>> R=dnslookup T=remote_smtp H=mx.<<ip.m>>.nip.io [<<ip.m>>]\n"
        "[[timestamp]] 1rXk2c-0004Zu-9Q == <<email.c:lower@c>> R=dnslookup defer (-44): SMTP error from remote mail server: 452 4.2.2 mailbox full",
        "Failed: <<email.a@a>> (550 user unknown, permanent). Deferred: <<email.c:lower@c>> (452 mailbox full, will retry). Delivered: <<email.b@b>>.",
        source="h13-exim/<<email.a@a>>",
    ),
    # ---------------------------------------------------------------- ansible_host_vars
    T(
        "en",
        "ansible_host_vars",
        "Which of these host_vars should be moved into ansible-vault?",
        '# host_vars/homelab-nas.yml\nansible_host: <<ip.h>>\nansible_user: <<per.o:user>>\nwol_mac: "<<mac.n:colon>>"\nowner_name: "<<per.o>>"\n'
        'owner_phone: "<<tel.o:us_dash>>"\nalert_email: <<email.o@o>>\ngeo_address: "<<addr.o:full>>"\nplex_version: [[version]]',
        "Vault these: owner_name (<<per.o>>), owner_phone (<<tel.o:us_dash>>), alert_email (<<email.o@o>>) and geo_address (<<addr.o:full>>). ansible_host <<ip.h>> and wol_mac <<mac.n:colon>> are less sensitive but still identify the home network.",
    ),
    T(
        "en",
        "ansible_host_vars",
        "Convert this INI inventory to YAML.",
        '[badge_readers]\nlobby-1 ansible_host=<<ip.l:private>> mac=<<mac.l:cisco>> owner=<<per.a:lower_dot>>\n[kiosks]\nkiosk-2 ansible_host=<<ip.k:private>> mac=<<mac.k:dash>> site_contact="<<per.b>> <<tel.b>>"',
        "all:\n  children:\n    badge_readers:\n      hosts:\n        lobby-1:\n          ansible_host: <<ip.l:private>>\n          mac: <<mac.l:cisco>>\n          owner: <<per.a:lower_dot>>\n"
        '    kiosks:\n      hosts:\n        kiosk-2:\n          ansible_host: <<ip.k:private>>\n          mac: <<mac.k:dash>>\n          site_contact: "<<per.b>> <<tel.b>>"',
    ),
]

TEMPLATES = ZH + EN
