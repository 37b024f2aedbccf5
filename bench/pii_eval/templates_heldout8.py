"""Eighth held-out templates (``heldout8``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
dev or first held-out templates, the template bodies of the second to seventh held-out parts (only
their first lines: module docstring and ``CONTEXTS``, for the module shape and the names to avoid),
or any de-identified output (see the README, "heldout8"). The 30 contexts below are used by no
other part.
"""

from typing import Any

CONTEXTS = (
    "dental_chart",
    "lost_baggage_claim",
    "sales_call_notes",
    "firewall_log",
    "docker_compose",
    "browser_autofill_export",
    "pivot_table",
    "protobuf_text",
    "search_index_hit",
    "kafka_message",
    "notion_page",
    "bus_pass_application",
    "toll_dispute",
    "school_trip_consent",
    "hospital_bill",
    "elderly_care_intake",
    "banquet_booking",
    "home_purchase_contract",
    "job_offer_letter",
    "life_insurance_application",
    "study_abroad_application",
    "hackathon_team",
    "journalist_notes",
    "nps_feedback",
    "bank_fraud_alert",
    "push_notification_log",
    "alert_webhook",
    "terraform_state",
    "mbox_archive",
    "expense_report",
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
) -> dict[str, Any]:
    """One template; the id must name its language and context (``h8-<lang>-<context>-NN``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h8-{lang}-{context}-"):
        raise ValueError(f"template id {id!r} does not name its language and context")
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
        "h8-wx:<<wx.srcw>>",
        "h8-tel:<<tel.srct:cn_plain>>",
        "h8-paste/<<per.srcp:user>>",
        "h8-qq:<<qq.srcq>>",
    ],
    "en": [
        "h8-mail:<<email.srce>>",
        "h8-sms:<<tel.srct:us_plain>>",
        "h8-crm/<<per.srcp:user>>",
        "h8-desk/<<per.srcp:lower_dot>>",
    ],
}

ANNOTATOR_PATTERNS = [
    "qa8:<<per.ANN:user>>",
    "<<email.ANN>>",
    "rev8-<<per.ANN:user>>",
    "qa8/<<per_en.ANN:lower_dot>>",
]

# ----------------------------------------------------------------------------- zh

ZH = [
    # dental_chart
    T(
        "h8-zh-dental_chart-01",
        "zh",
        "dental_chart",
        "根据这份口腔门诊病历，帮我写一条复诊提醒短信，语气亲切一点，70字以内。",
        "【口腔科门诊病历】\n病历号：<<mrn.m:mz>>\n姓名：<<per.p>>　性别：女　出生日期：<<dob.d:cn_pad>>\n"
        "联系电话：<<tel.t:cn_dash>>\n主诉：右下后牙冷热刺激痛2周\n检查：46深龋，叩(-)，冷测一过性敏感\n"
        "处置：46树脂充填（[[product|3M Filtek Z350]]），收费[[money]]\n医师：<<per.doc:title>>",
        "<<per.p>>您好，您在本院（病历号<<mrn.m>>）的46号牙已完成充填，请于两周后复诊。"
        "如有咬合不适请回电，我们也会致电<<tel.t:cn_plain>>回访。——前台<<per.rcp>>",
        system="你是口腔诊所的前台助手，发给患者的短信统一署名“前台<<per.rcp>>”。",
    ),
    T(
        "h8-zh-dental_chart-02",
        "zh",
        "dental_chart",
        "这是正畸SaaS导出的患者JSON，孩子家长要转到别的诊所，帮我改成一段中文转诊说明。",
        '{"patient": {"name": "<<per.k>>", "name_py": "<<per.k:pinyin_fl>>", "id_card": "<<cnid.c:lower_x>>",\n'
        ' "birthday": "<<dob.d:iso>>", "chart_no": "<<mrn.m:digits>>"},\n'
        ' "guardian": {"name": "<<per.g>>", "mobile": "<<tel.g:cn_intl>>", "wechat": "<<wx.w@g>>"},\n'
        ' "plan": "[[product|隐适美]] 26副", "paid": "[[money]]", "updated_at": "[[timestamp]]"}',
        "转诊说明：患儿<<per.k>>（出生日期<<dob.d:cn>>，身份证<<cnid.c>>，原诊所档案号<<mrn.m>>）"
        "正在进行隐形矫治，已戴至第14副。家长<<per.g>>，手机<<tel.g:cn_plain>>，微信<<wx.w@g>>。",
    ),
    # lost_baggage_claim
    T(
        "h8-zh-lost_baggage_claim-01",
        "zh",
        "lost_baggage_claim",
        "我的行李在浦东没到，这是柜台给我的行李延误登记单（PIR），帮我写一封催促邮件给航空公司。",
        "PROPERTY IRREGULARITY REPORT  编号 PVGMU38217\n旅客姓名 NAME: <<per.p:pinyin_fl>> / <<per.p>>\n"
        "航班 FLT: MU5101  行李牌 TAG: MU 781204\n证件 PPT: <<pass.pp>>\n"
        "临时地址 ADDR: <<addr_cn.a:road_bld>>\n电话 TEL: <<tel.t:cn_fw>>\n"
        "行李描述：黑色[[product|新秀丽]]28寸硬箱，绑红色行李带",
        "您好，我是旅客<<per.p>>（护照号<<pass.pp>>），于今日乘坐MU5101抵达上海，托运行李未到，"
        "登记编号PVGMU38217。请找到后送至<<addr_cn.a:road_bld>>，联系电话<<tel.t:cn_plain>>。谢谢！",
    ),
    T(
        "h8-zh-lost_baggage_claim-02",
        "zh",
        "lost_baggage_claim",
        "根据聊天记录，把行李找到后的送货信息整理成一行，方便我发给快递。",
        "",
        "送货信息：<<per.p>>，<<tel.t:cn_space>>，<<addr_cn.a:comm>>，备注：到了先打电话，或加微信<<wx.w>>。",
        history=[
            (
                "在吗，我上周国航的箱子丢了，客服说找到了，要我提供地址",
                "可以把客服发给你的原话贴过来，我帮你核对一下需要哪些信息。",
            ),
            (
                "客服原话：“<<per.p>>女士您好，您的行李已在[[public_place|首都机场T3]]找到，"
                "请回复收件地址及电话，我们安排[[organisation|顺丰]]送达，运单号[[tracking_number]]”"
                "\n我住<<addr_cn.a:comm>>，电话<<tel.t:cn_dash>>，QQ<<qq.q>>也行",
                "明白，我帮你整理成快递员能直接用的格式。",
            ),
        ],
    ),
    # sales_call_notes
    T(
        "h8-zh-sales_call_notes-01",
        "zh",
        "sales_call_notes",
        "把这份拜访纪要整理成CRM里的跟进记录，分条写。",
        "## 拜访纪要 [[timestamp]]\n客户：华东某连锁药房 采购部\n对接人：<<per.c>>（采购经理），座机<<tel.l:cn_land>> 转 8016，"
        "手机<<tel.m:cn_dash>>\n邮箱：<<email.e@c>>　领英：<<url.l:linkedin@c>>\n对方在用[[product|金蝶云星空]]，想换\n"
        "下次拜访：带<<per.s:given>>一起去，演示报价[[money]]",
        "- 对接人：<<per.c>>，采购经理\n- 联系方式：<<tel.l:cn_land>>转8016 / <<tel.m:cn_plain>> / <<email.e@c>> / <<url.l:linkedin@c>>\n"
        "- 现状：使用金蝶云星空，有替换意向\n- 下一步：再次上门演示",
    ),
    T(
        "h8-zh-sales_call_notes-02",
        "zh",
        "sales_call_notes",
        "我是销售<<per.me>>，下面是我开车时语音输入的跟进备注没有标点，帮我加标点并提取客户信息。",
        "今天下午去了<<addr_cn.a:num_cn>>那边见了<<per.c>>他们老板说年后再定让我加他微信<<wx.w@c>>"
        "他电话是<<tel.m:cn_numerals>>另外他说他儿子<<per.k:given>>在做跨境电商可以介绍",
        "今天下午去了<<addr_cn.a:num_cn>>，见了<<per.c>>。他们老板说年后再定，让我加他微信<<wx.w@c>>，"
        "电话<<tel.m:cn_plain>>。\n客户信息：姓名<<per.c>>；微信<<wx.w@c>>；手机<<tel.m:cn_dash>>。",
        source="h8-voice/<<per.c:user>>",
    ),
    # firewall_log
    T(
        "h8-zh-firewall_log-01",
        "zh",
        "firewall_log",
        "帮我看看这段防火墙日志是不是有人在扫端口，是哪台机器。",
        "[[timestamp]] kernel: [UFW BLOCK] IN=eth0 OUT= SRC=<<ip.a>> DST=<<ip.b:private>> PROTO=TCP DPT=22\n"
        "[[timestamp]] kernel: [UFW BLOCK] IN=eth0 OUT= SRC=<<ip.a>> DST=<<ip.b:private>> PROTO=TCP DPT=3389\n"
        "# 资产表：<<ip.b:private>> = 财务部 <<per.p>> 的台式机，MAC <<mac.m:colon>>",
        "是端口扫描，源地址 <<ip.a>> 在短时间内依次探测了 22、3389 端口，目标是 <<ip.b>>"
        "（<<per.p>>的台式机，网卡 <<mac.m:dash>>）。建议在边界封禁该源地址。",
    ),
    T(
        "h8-zh-firewall_log-02",
        "zh",
        "firewall_log",
        "这是上网行为管理导出的CSV，帮我统计谁访问了网盘，按人列出来。",
        "时间,用户名,认证手机,终端IP,终端MAC,应用,流量\n"
        "[[timestamp]],<<per.a:user>>,<<tel.a:cn_plain>>,<<ip.a:private>>,<<mac.a:colon_lower>>,百度网盘,1.2GB\n"
        "[[timestamp]],<<per.b:user>>,<<tel.b:cn_plain>>,<<ip.b:private>>,<<mac.b:cisco>>,[[product|夸克网盘]],310MB",
        "访问网盘的有两人：\n1. <<per.a:user>>（<<ip.a>>，<<mac.a:colon>>）：百度网盘 1.2GB\n"
        "2. <<per.b:user>>（<<ip.b>>）：夸克网盘 310MB",
    ),
    # docker_compose
    T(
        "h8-zh-docker_compose-01",
        "zh",
        "docker_compose",
        "帮我review一下这个docker-compose，有没有把敏感信息写死。",
        "services:\n  notify:\n    image: registry.cn-hangzhou.aliyuncs.com/ops/notify:[[version]]\n"
        "    environment:\n      - ALARM_PHONE=<<tel.t:cn_intl2>>\n      - SMTP_USER=<<email.e@p>>\n"
        "      - ONCALL_NAME=<<per.p:pinyin>>\n      - WECHAT_BOT_OWNER=<<wx.w>>\n      - TZ=Asia/Shanghai",
        "有。ALARM_PHONE（<<tel.t:cn_plain>>）、SMTP_USER（<<email.e@p>>）、ONCALL_NAME（<<per.p:pinyin>>）"
        "和 WECHAT_BOT_OWNER（<<wx.w>>）都写死在了文件里，建议改用 `env_file` 或 secrets。",
    ),
    T(
        "h8-zh-docker_compose-02",
        "zh",
        "docker_compose",
        "这是测试环境的compose和初始化SQL，测试数据好像是生产拷过来的，帮我确认一下哪些是真实数据。",
        "  his-db:\n    image: mysql:8.0\n    volumes:\n      - ./seed.sql:/docker-entrypoint-initdb.d/seed.sql\n"
        "-- seed.sql\nINSERT INTO patient VALUES ('<<mrn.m:zy>>','<<per.p>>','<<cnid.c>>','<<tel.t:cn_plain>>');\n"
        "INSERT INTO patient VALUES ('<<mrn.n:zy>>','<<per.q>>','<<cnid.d:x>>','<<tel.u:cn_plain>>');",
        "两条都像真实数据：住院号<<mrn.m>>对应<<per.p>>（身份证<<cnid.c>>），<<mrn.n>>对应<<per.q>>"
        "（身份证<<cnid.d>>），身份证校验位都正确。建议立即替换为造数据。",
    ),
    # pivot_table
    T(
        "h8-zh-pivot_table-01",
        "zh",
        "pivot_table",
        "这是物业停车费透视表复制出来的，帮我找出欠费超过两个月的车主。",
        "行标签\t车主\t联系电话\t驾驶证号\t求和项:欠费月数\n<<plate.a>>\t<<per.a>>\t<<tel.a:cn_plain>>\t<<dl.a:cn>>\t3\n"
        "<<plate.b>>\t<<per.b>>\t<<tel.b:cn_plain>>\t<<dl.b:cn>>\t1\n<<plate.c>>\t<<per.c>>\t<<tel.c:cn_plain>>\t<<dl.c:cn>>\t4\n总计\t\t\t\t8",
        "欠费超过两个月的有：<<per.a>>（<<plate.a>>，3个月，电话<<tel.a:cn_dash>>）和<<per.c>>"
        "（<<plate.c>>，4个月，电话<<tel.c:cn_dash>>，驾驶证<<dl.c>>）。",
    ),
    T(
        "h8-zh-pivot_table-02",
        "zh",
        "pivot_table",
        "财务给的报销透视表，帮我核对每个人的打款卡号和金额，写成打款清单。",
        "姓名\t开户行\t银行卡号\t求和项:金额\n<<per.a>>\t[[organisation|招商银行]]\t<<card.a:unionpay>>\t[[money]]\n"
        "<<per.b>>\t工商银行\t<<card.b:unionpay>>\t[[money]]\n<<per.c>>（外派）\t[[organisation|HSBC UK]]\t<<iban.c:gb>>\t[[money]]\n总计\t\t\t[[money]]",
        "打款清单：\n1. <<per.a>>，招商银行，卡号<<card.a:spaced>>\n2. <<per.b>>，工商银行，卡号<<card.b:spaced>>\n3. <<per.c>>，境外账户<<iban.c>>",
    ),
    # protobuf_text
    T(
        "h8-zh-protobuf_text-01",
        "zh",
        "protobuf_text",
        "grpcurl 调实名认证接口返回了这个，帮我看看为什么 verify_status 是 2。",
        '{\n  user {\n    real_name: "<<per.p>>"\n    id_no: "<<cnid.c>>"\n    mobile: "<<tel.t:cn_plain>>"\n'
        '    birth: "<<dob.d:compact>>"\n    foreign_tin: "<<ssn.f:dash>>"\n  }\n  verify_status: 2\n  reason: "ID_BIRTH_MISMATCH"\n}',
        "verify_status 为 2、原因 ID_BIRTH_MISMATCH：身份证<<cnid.c>>里的出生日期和 birth 字段<<dob.d:compact>>不一致。"
        "请让<<per.p>>核对资料，或确认前端传参。另外 foreign_tin（<<ssn.f:plain>>）是美国SSN，日志里应脱敏。",
    ),
    T(
        "h8-zh-protobuf_text-02",
        "zh",
        "protobuf_text",
        "这是物流系统的 protobuf 文本格式消息，帮我转成 JSON。",
        'waybill_no: "[[tracking_number]]"\nreceiver {\n  name: "<<per.r>>"\n  phone: "<<tel.r:cn_dash>>"\n'
        '  address: "<<addr_cn.a:road>>"\n}\nsender {\n  name: "<<per.s>>"\n  phone: "<<tel.s:cn_land>>"\n}',
        '{"receiver": {"name": "<<per.r>>", "phone": "<<tel.r:cn_dash>>", "address": "<<addr_cn.a:road>>"},\n'
        ' "sender": {"name": "<<per.s>>", "phone": "<<tel.s>>"}}',
    ),
    # search_index_hit
    T(
        "h8-zh-search_index_hit-01",
        "zh",
        "search_index_hit",
        "ES 搜会员的时候高亮把整条记录都带出来了，帮我看看返回里有哪些字段不该给前端。",
        '{"hits": {"total": {"value": 1}, "hits": [{"_index": "member_v3", "_source": {\n'
        '  "nickname": "<<per.p:user>>", "real_name": "<<per.p>>", "mobile": "<<tel.t:cn_plain>>",\n'
        '  "id_card": "<<cnid.c:spaced>>", "driver_license": "<<dl.l:cn>>", "last_login_ip": "<<ip.i>>",\n'
        '  "device_mac": "<<mac.m:colon_lower>>"},\n'
        '  "highlight": {"real_name": ["<em><<per.p>></em>"]}}]}}',
        "不该返回前端的：real_name（<<per.p>>）、mobile（<<tel.t:cn_plain>>）、id_card（<<cnid.c>>）、"
        "driver_license（<<dl.l>>）、device_mac（<<mac.m:colon>>）、last_login_ip（<<ip.i>>）。highlight 里也重复了<<per.p>>，需要一起去掉。",
    ),
    T(
        "h8-zh-search_index_hit-02",
        "zh",
        "search_index_hit",
        "公司知识库搜“紧急联系人”出来这些片段，帮我整理一份值班联系表。",
        "…值班期间如遇机房断电，请联系<<per.a>>（<<tel.a:cn_dash>>，备用QQ <<qq.a>>）…\n"
        "…网络故障找<<per.b>>，手机<<tel.b:cn_0086>>，微信<<wx.b@b>>…\n…参见[[code_identifier|oncall_rotation.md]]，值班口号来自[[public_figure|诸葛亮]]…",
        "| 事项 | 联系人 | 电话 |\n|---|---|---|\n| 机房断电 | <<per.a>> | <<tel.a:cn_plain>> |\n"
        "| 网络故障 | <<per.b>> | <<tel.b:cn_plain>> |",
    ),
    # kafka_message
    T(
        "h8-zh-kafka_message-01",
        "zh",
        "kafka_message",
        "kafka-console-consumer 消费出来的订单消息，帮我看看为什么下游解析地址失败。",
        'key=<<tel.t:cn_plain>>\tvalue={"order":"[[order_number]]","buyer":"<<per.p>>",'
        '"addr":"<<addr_cn.a:lane>>\\n","idcard":"<<cnid.c:fw>>","ts":[[timestamp]]}',
        "addr 字段末尾多了一个换行符，而且身份证<<cnid.c:fw>>是全角数字，下游正则匹配不到。"
        "买家<<per.p>>（key 为手机号<<tel.t:cn_plain>>）的地址应为“<<addr_cn.a:lane>>”。",
    ),
    T(
        "h8-zh-kafka_message-02",
        "zh",
        "kafka_message",
        "死信队列里积压了这条，帮我分析一下原因。",
        "topic: payment.refund.dlq  partition: 3  offset: [[number|7340032]]\nheaders: retry=5, trace=[[code_identifier|a9f3c1e0b7]]\n"
        '{"refund_to_card":"<<card.c:fw>>","holder":"<<per.p>>","holder_phone":"<<tel.t:cn_intl>>",'
        '"amount":"[[money]]"}\nerror: CardNumberFormatException',
        "原因是 refund_to_card 里的卡号是全角字符（<<card.c:fw>>），解析时报 CardNumberFormatException。"
        "持卡人<<per.p>>的卡号半角应为<<card.c:plain>>，建议入队前做 NFKC 归一化。",
    ),
    # notion_page
    T(
        "h8-zh-notion_page-01",
        "zh",
        "notion_page",
        "这是飞书文档里的团建报名表，订机票要用，帮我核对身份证和出生日期对不对得上。",
        "| 姓名 | 身份证号 | 出生日期 | 手机 | 是否带家属 |\n|---|---|---|---|---|\n"
        "| <<per.a>> | <<cnid.a>> | <<dob.a:cn_pad>> | <<tel.a:cn_plain>> | 否 |\n"
        "| <<per.b>> | <<cnid.b:x>> | <<dob.b:iso>> | <<tel.b:cn_plain>> | 是 |",
        "需要人工核对：<<per.a>>的身份证<<cnid.a>>与出生日期<<dob.a:cn_pad>>请确认；"
        "<<per.b>>的身份证<<cnid.b>>与<<dob.b:iso>>也请再看一遍，订票以身份证为准。",
    ),
    T(
        "h8-zh-notion_page-02",
        "zh",
        "notion_page",
        "这是语雀上新人入职页面，帮我改写成欢迎新同事的群公告。",
        "# 新人入职：<<per.p>>\n- 岗位：前端工程师\n- 邮箱：<<email.e@p>>\n- 微信：<<wx.w@p>>\n"
        "- GitHub：<<url.g:github@p>>\n- 导师：<<per.m>>\n- 工位：[[common_word|单元格]]区 3 排\n- 偶像：[[public_figure|雷军]]",
        "欢迎新同事<<per.p>>加入前端组！大家可以通过<<email.e@p>>或微信<<wx.w@p>>联系TA，"
        "TA的开源项目在<<url.g:github@p>>。入职导师是<<per.m>>。",
    ),
    # bus_pass_application
    T(
        "h8-zh-bus_pass_application-01",
        "zh",
        "bus_pass_application",
        "帮我奶奶办老年公交卡，这是申请表拍照识别的文字，有点乱，帮我整理成规范的表格。",
        "老 年 人 乘 车 卡 申 请 表\n姓 名 <<per.p>> 性 别 女\n身份证号 <<cnid.c:old15>>\n"
        "出生日期 <<dob.d:cn_numerals>>\n户籍地址 <<addr_cn.a:village>>\n联系电话 <<tel.t:cn_land>>\n"
        "代 办 人 <<per.q>>  电话 <<tel.q:cn_plain>>",
        "| 项目 | 内容 |\n|---|---|\n| 姓名 | <<per.p>> |\n| 身份证号 | <<cnid.c>> |\n| 出生日期 | <<dob.d:cn>> |\n"
        "| 户籍地址 | <<addr_cn.a:village>> |\n| 联系电话 | <<tel.t>> |\n| 代办人 | <<per.q>>（<<tel.q:cn_dash>>） |",
    ),
    T(
        "h8-zh-bus_pass_application-02",
        "zh",
        "bus_pass_application",
        "根据群里的对话，帮我列出还没交学生乘车卡材料的孩子。",
        "",
        "还没交材料的：<<per.b>>（家长<<per.pb>>，<<tel.b:cn_plain>>）。<<per.a>>的已经交齐了。",
        history=[
            (
                "班主任：各位家长，学生乘车卡需要孩子身份证号和家长电话，今天下午之前发我",
                "好的，我会帮你汇总大家发的信息。",
            ),
            (
                "<<per.pa>>：<<per.a>>，<<cnid.a>>，家长电话<<tel.a:cn_space>>\n"
                "<<per.pb>>：我家<<per.b>>的明天补，我电话<<tel.b:cn_dash>>",
                "已记录：<<per.a>>材料齐全；<<per.b>>待补。",
            ),
        ],
    ),
    # toll_dispute
    T(
        "h8-zh-toll_dispute-01",
        "zh",
        "toll_dispute",
        "ETC 被重复扣费了，帮我写一份申诉说明。",
        "车牌：<<plate.v>>\n驾驶证：<<dl.l:cn>>\nETC绑定卡：<<card.c:spaced>>\n扣费记录：[[timestamp]] 沪昆高速 [[money|¥45.50]]；"
        "[[timestamp]] 沪昆高速 [[money|¥45.50]]\n车主：<<per.p>>  手机：<<tel.t:cn_plain>>",
        "申诉说明：本人<<per.p>>（驾驶证<<dl.l>>），车牌<<plate.v>>，ETC绑定银行卡<<card.c:dashed>>在同一收费站被扣费两次，"
        "请核实后退还重复扣费。联系电话<<tel.t:cn_dash>>。",
    ),
    T(
        "h8-zh-toll_dispute-02",
        "zh",
        "toll_dispute",
        "这是高速客服的工单，帮我写个处理结果回复。",
        "工单号：[[order_number]]\n来电人：<<per.p>>  回拨：<<tel.t:cn_intl2>>\n车牌：<<plate.v>>（实际驾驶人<<per.d>>，"
        "驾驶证号<<dl.l:cn>>）\n诉求：货车按客车收费，多收[[money]]，客服热线[[service_number]]转来",
        "<<per.p>>您好，经核实车牌<<plate.v>>的车型识别有误，驾驶人<<per.d>>（驾驶证<<dl.l>>）"
        "本次多收费用将原路退回。如有疑问请回拨<<tel.t:cn_plain>>联系我们。",
    ),
    # hospital_bill
    T(
        "h8-zh-hospital_bill-01",
        "zh",
        "hospital_bill",
        "这是住院费用清单拍照识别出来的，帮我算一下自付部分，顺便看看医保报了多少。",
        "XX市第一人民医院 住院费用结算单\n住院号：<<mrn.m:zy>>　姓名：<<per.p>>\n医保卡号：<<cnid.c>>\n"
        "入院：[[timestamp]]　科室：心内科\n总费用：[[money|¥18,642.30]]　统筹支付：[[money|¥13,049.61]]　个人自付：[[money|¥5,592.69]]",
        "结算单显示<<per.p>>（住院号<<mrn.m>>）本次住院：总费用减去统筹支付即为个人自付部分。"
        "医保是以身份证号<<cnid.c>>结算的。",
    ),
    T(
        "h8-zh-hospital_bill-02",
        "zh",
        "hospital_bill",
        "医院说多收的押金要退到卡上，帮我写个退款申请。",
        "门诊号：<<mrn.o:mz>>\n患者：<<per.p>>\n押金：[[money]]\n退款账户：<<card.c:unionpay>>（开户人<<per.q>>），如无法退回则退至境外账户<<iban.y>>\n"
        "联系电话：<<tel.t:cn_0086>>",
        "退款申请：患者<<per.p>>（门诊号<<mrn.o>>）出院结算后押金有结余，申请退至<<per.q>>名下银行卡<<card.c:spaced>>（备选境外账户<<iban.y>>）。"
        "联系电话<<tel.t:cn_plain>>。",
    ),
    # banquet_booking
    T(
        "h8-zh-banquet_booking-01",
        "zh",
        "banquet_booking",
        "这是酒店的婚宴预订单，帮我写一条确认短信发给新人。",
        "婚宴预订单 No.[[order_number]]\n新郎：<<per.g>>　电话：<<tel.g:cn_plain>>\n新娘：<<per.b>>　电话：<<tel.b:cn_dash>>\n"
        "日期：国庆第二天 晚宴　桌数：22桌（另备2桌）\n定金：[[money|¥20,000.00]]，已由<<card.c:dashed>>刷卡支付\n菜单：[[product|佛跳墙]]升级套餐",
        "<<per.g>>、<<per.b>>您好，婚宴22桌已确认，定金已从尾号卡片（<<card.c:dashed>>）支付成功。"
        "如需调整请联系宴会部，我们会提前一周致电<<tel.g>>确认菜单。",
    ),
    T(
        "h8-zh-banquet_booking-02",
        "zh",
        "banquet_booking",
        "帮我把这段微信聊天整理成寿宴预订信息。",
        "下午 3:02 <<per.p>>：老板，我想订下个月初八的寿宴，给我岳父过七十，大概十桌\n"
        "下午 3:05 饭店经理：好的，留个电话和称呼\n下午 3:07 <<per.p>>：我姓<<per.p:family>>，<<tel.t:cn_numerals>>，"
        "微信就是这个号<<wx.w>>\n下午 3:09 饭店经理：老爷子怎么称呼？横幅上要写\n下午 3:10 <<per.p>>：<<per.f>>",
        "寿宴预订：联系人<<per.p>>，电话<<tel.t:cn_plain>>，微信<<wx.w>>；寿星<<per.f>>，七十大寿，约十桌。",
    ),
    # home_purchase_contract
    T(
        "h8-zh-home_purchase_contract-01",
        "zh",
        "home_purchase_contract",
        "帮我检查一下这份商品房买卖合同首页的信息有没有填错。",
        "出卖人：[[organisation|万科企业股份有限公司]]\n买受人：<<per.a>>　证件号码：<<cnid.a>>\n"
        "共同买受人：<<per.b>>　证件号码：<<cnid.b:lower_x>>\n通讯地址：<<addr_cn.h:post>>\n联系电话：<<tel.a:cn_plain>>\n"
        "房屋坐落：<<addr_cn.r:tower>>\n贷款还款账户：<<card.c:plain>>",
        "请注意：共同买受人<<per.b>>的证件号<<cnid.b:lower_x>>末位 x 应大写为<<cnid.b>>；"
        "买受人<<per.a>>（<<cnid.a>>）信息无误。房屋坐落<<addr_cn.r:tower>>与通讯地址<<addr_cn.h:post>>不同，属正常情况。",
    ),
    T(
        "h8-zh-home_purchase_contract-02",
        "zh",
        "home_purchase_contract",
        "二手房过户前中介发了这个清单，帮我整理成待办事项。",
        "产权人：<<per.s>>（身份证<<cnid.s>>），已婚，配偶<<per.w>>需到场\n买方：<<per.p>>，电话<<tel.p:cn_space>>\n"
        "房屋地址：<<addr_cn.a:yuan>>\n产权人现居德国，尾款汇至<<iban.s:de>>\n定金：[[money]]已付，资金监管账户<<card.c:unionpay>>\n中介：<<per.agent:title>> <<tel.g:cn_dash>>",
        "待办：\n1. 通知产权人<<per.s>>与配偶<<per.w>>一同到场。\n2. 买方<<per.p>>准备首付款，转入监管账户<<card.c:spaced>>。\n"
        "3. 确认房屋<<addr_cn.a:yuan>>无抵押，尾款汇往<<per.s>>的德国账户<<iban.s>>。\n4. 联系中介<<tel.g:cn_plain>>约过户时间。",
    ),
    # job_offer_letter
    T(
        "h8-zh-job_offer_letter-01",
        "zh",
        "job_offer_letter",
        "帮我把这封录用通知书改得更正式一点。",
        "<<per.p>>同学：\n你好！恭喜你通过面试，拟录用为算法工程师，月薪[[money]]。请于报到时携带身份证（<<cnid.c>>）原件、"
        "工资卡（建议[[organisation|招商银行]]，卡号可先填<<card.c:spaced>>）。\n入职体检请在[[public_place|爱康国宾]]完成。\n"
        "HR：<<per.h>>　<<email.h@h>>　<<tel.h:cn_land>>",
        "<<per.p>>先生/女士：\n经综合评估，我司决定录用您担任算法工程师一职。报到时请携带身份证（<<cnid.c>>）原件及工资卡"
        "（<<card.c:plain>>）。如有疑问，请联系人力资源部<<per.h>>，邮箱<<email.h@h>>。",
    ),
    T(
        "h8-zh-job_offer_letter-02",
        "zh",
        "job_offer_letter",
        "这是我和猎头的邮件往来，帮我写个回复，争取一下签字费。",
        "发件人：<<per.r>> <<email.r@r>>\n收件人：<<email.p@p>>\n主题：Re: offer\n\n<<per.p>>，对方愿意给到年包[[money|60万元]]，"
        "另外需要你的护照号（<<pass.pp>>）办海外出差签证。\n有问题加我微信<<wx.r@r>>。\n"
        "> 原邮件：<<per.p>> 我的 LinkedIn 是 <<url.l:linkedin@p>>，之前在美国工作的SSN是<<ssn.s>>，背调可以用",
        "<<per.r>>您好，感谢推进。年包我可以接受，但希望公司提供一次性签字费以补偿年终奖损失。"
        "护照号<<pass.pp>>已附上，背调用的SSN（<<ssn.s:dash>>）请只在背调系统里填写。我的邮箱<<email.p@p>>。",
    ),
    # life_insurance_application
    T(
        "h8-zh-life_insurance_application-01",
        "zh",
        "life_insurance_application",
        "这是投保单的内容，帮我检查被保险人和受益人的信息是否一致。",
        "投保人：<<per.a>>　证件：<<cnid.a>>　手机：<<tel.a:cn_plain>>\n被保险人：<<per.b>>　与投保人关系：配偶\n"
        "证件：<<cnid.b>>　出生日期：<<dob.b:cn>>\n受益人：<<per.k>>（子女）证件：<<cnid.k>>　比例100%\n"
        "既往病史：2021年阑尾炎，病案号<<mrn.m:dash>>\n税收居民身份声明：中国及美国，美国纳税人识别号（SSN）<<ssn.t:plain>>",
        "请核对：被保险人<<per.b>>的出生日期<<dob.b:iso>>需与身份证<<cnid.b>>一致；受益人<<per.k>>（<<cnid.k>>）信息完整。"
        "既往病史需附病案号<<mrn.m>>的出院小结；美国税收居民需另填W-9，SSN <<ssn.t:dash>>。",
    ),
    T(
        "h8-zh-life_insurance_application-02",
        "zh",
        "life_insurance_application",
        "代理人问了这些健康告知问题，帮我整理一下我的回答。",
        "",
        "健康告知：本人<<per.p>>，出生于<<dob.d:cn_pad>>，近两年在医院就诊（门诊号<<mrn.o:mz>>），诊断为轻度脂肪肝，无住院。"
        "联系方式<<tel.t:cn_plain>>。",
        system="你是保险代理人<<per.g>>（工号[[employee_id|AG7731]]）的助理，客户资料仅用于投保。",
        history=[
            (
                "代理人<<per.g:title>>：<<per.p>>你好，健康告知这块，最近两年有没有去医院看过？",
                "如实告知很重要，有就诊记录最好附上门诊号。",
            ),
            (
                "去过，门诊号<<mrn.o>>，查出来轻度脂肪肝。我生日<<dob.d:dot>>，电话<<tel.t:cn_intl>>",
                "好的，我把这些信息整理成健康告知的标准回答。",
            ),
        ],
    ),
    # study_abroad_application
    T(
        "h8-zh-study_abroad_application-01",
        "zh",
        "study_abroad_application",
        "中介给我的申请档案是YAML，帮我转成一段中文简介。",
        "applicant:\n  name_cn: <<per.p>>\n  name_en: <<per.p:pinyin>>\n  passport: <<pass.pp:cn_ea>>\n"
        "  dob: <<dob.d:iso>>\n  email: <<email.e@p>>\n  parent_phone: '<<tel.t:cn_intl>>'\n"
        "homestay:\n  host: <<per_en.h>>\n  address: <<addr_us.a:line_unit>>\n  host_ssn_last4: '[[number|4471]]'\n  host_ssn: '<<ssn.h>>'  # 寄宿家庭发来的完整号码",
        "申请人<<per.p>>（<<per.p:pinyin>>），出生日期<<dob.d:cn>>，护照号<<pass.pp>>，邮箱<<email.e@p>>。"
        "寄宿家庭为<<per_en.h>>，地址<<addr_us.a:line_unit>>；档案里不应保存寄宿家长的完整SSN（<<ssn.h>>）。",
    ),
    T(
        "h8-zh-study_abroad_application-02",
        "zh",
        "study_abroad_application",
        "我OPT期间有美国SSN，现在申请德国读博，要开自保金账户，帮我写邮件给学校国际处说明情况。",
        "我的信息：\n姓名：<<per.p>>\nSSN：<<ssn.s>>\n德国限制提款账户 IBAN：<<iban.i:de>>\n护照：<<pass.pp>>\n"
        "美国旧地址：<<addr_us.a:full>>\n微信：<<wx.w>>",
        "Dear International Office,\n我是<<per.p>>（护照号<<pass.pp>>），自保金已存入限制提款账户<<iban.i:de>>。"
        "我在美国的旧地址为<<addr_us.a:full>>，SSN 为<<ssn.s>>，如需补充材料请告知。",
    ),
    # hackathon_team
    T(
        "h8-zh-hackathon_team-01",
        "zh",
        "hackathon_team",
        "这是黑客松的报名JSON，帮我检查队员信息是否完整。",
        '{"team": "[[common_word|夏天]]不加班", "members": [\n'
        '  {"name": "<<per.a>>", "phone": "<<tel.a:cn_plain>>", "github": "<<url.a:github@a>>", "email": "<<email.a@a>>"},\n'
        '  {"name": "<<per.b>>", "phone": "<<tel.b:cn_plain>>", "github": "", "email": "<<email.b:lower@b>>"}],\n'
        ' "tech": ["[[code_identifier|FastAPI]]", "Vue"], "submitted": "[[timestamp]]"}',
        "<<per.b>>的 github 为空，其余完整。<<per.a>>：<<tel.a:cn_dash>>，<<url.a:github@a>>；"
        "<<per.b>>：<<tel.b:cn_dash>>，<<email.b:lower@b>>。",
    ),
    T(
        "h8-zh-hackathon_team-02",
        "zh",
        "hackathon_team",
        "我是队长<<per.c>>，根据群聊，帮我填主办方要的队伍信息：队长、联系方式、B站主页。",
        "",
        "队长：<<per.c>>\n联系方式：<<tel.c:cn_plain>> / QQ <<qq.c>>\n队员B站主页：<<url.b:bilibili@m>>（<<per.m>>）",
        history=[
            (
                "<<per.c>>：我来当队长吧，电话<<tel.c:cn_space>>，QQ<<qq.c>>",
                "好的，队长定为<<per.c>>。",
            ),
            (
                "<<per.m>>：演示视频我传我B站 <<url.b:bilibili@m>>，主办方说要填主页",
                "记下了，主页链接就用这个。",
            ),
        ],
    ),
    # journalist_notes
    T(
        "h8-zh-journalist_notes-01",
        "zh",
        "journalist_notes",
        "这是我的采访笔记，帮我整理成时间线，发稿前我会自己去掉信源。",
        "[[timestamp]] 见线人<<per.s>>（化名不可用，电话<<tel.s:cn_plain>>）于<<addr_cn.a:road>>茶馆\n"
        "- 称厂里夜间偷排，拍到车牌<<plate.v>>的罐车\n- 罐车司机<<per.d>>，驾驶证<<dl.d:cn>>\n"
        "- 环保热线[[service_number|12369]]投诉无果",
        "时间线：\n1. 与信源<<per.s>>在<<addr_cn.a:road>>会面。\n2. 信源称拍到车牌<<plate.v>>罐车夜间偷排，司机<<per.d>>。\n"
        "3. 环保热线投诉无果。",
    ),
    T(
        "h8-zh-journalist_notes-02",
        "zh",
        "journalist_notes",
        "稿子发出前帮我过一遍，看有没有泄露受访者隐私的地方。",
        "……受访者<<per.p>>今年四十二岁，住在<<addr_cn.a:short>>，她向记者出示了丈夫<<per.h>>的病历（住院号<<mrn.m:zy>>），"
        "并留下微信<<wx.w@p>>和微博<<url.w:weibo>>，希望知情人联系。[[public_figure|钟南山]]院士曾公开呼吁……",
        "有隐私风险：受访者姓名<<per.p>>、住址<<addr_cn.a:short>>、丈夫<<per.h>>的住院号<<mrn.m>>、微信<<wx.w@p>>、微博<<url.w>>都应删除或化名。",
    ),
    # nps_feedback
    T(
        "h8-zh-nps_feedback-01",
        "zh",
        "nps_feedback",
        "把这份NPS问卷导出按贬损者/中立者/推荐者分类，留言里有联系方式的单独标出来。",
        "评分,留言,账号,IP\n3,客服一直不回电话，我电话<<tel.a:cn_plain>>！,<<email.a:qq>>,<<ip.a>>\n"
        "9,很好用,<<per.b:user>>,<<ip.b>>\n7,希望出[[product|iPad]]版 加我QQ<<qq.c>>聊,<<email.c:qq>>,<<ip.c:v6>>",
        "贬损者：<<email.a:qq>>（3分，留言含电话<<tel.a:cn_dash>>）\n中立者：<<email.c:qq>>（7分，留言含QQ <<qq.c>>）\n"
        "推荐者：<<per.b:user>>（9分）",
    ),
    T(
        "h8-zh-nps_feedback-02",
        "zh",
        "nps_feedback",
        "应用商店里有这条一星差评，帮我写个官方回复，不要把用户信息写进去。",
        "★☆☆☆☆ 用户 <<per.p:user>>：退款申请了半个月，订单[[order_number]]，我手机<<tel.t:cn_dash>>，"
        "身份证都验证了<<cnid.c>>还要我怎样？版本[[version]]",
        "您好，非常抱歉给您带来不便。我们已根据您的订单加急处理退款，专员会尽快联系您，请留意来电。"
        "（内部备注：用户<<per.p:user>>，手机<<tel.t:cn_plain>>）",
    ),
    # bank_fraud_alert
    T(
        "h8-zh-bank_fraud_alert-01",
        "zh",
        "bank_fraud_alert",
        "我收到这条短信，说我要给境外账户转账被拦截了，是真的吗？",
        "【[[organisation|工商银行]]】尊敬的<<per.p:title>>，您尾号账户向境外账户<<iban.i>>（户名<<per_en.x>>）"
        "转账[[money|¥48,000.00]]，疑似诈骗已暂停。如非本人操作请致电[[service_number|95588]]。\n我卡号是<<card.c:spaced>>，"
        "对方说是在<<url.f:weibo>>认识的投资导师",
        "这条短信号码和内容像是银行官方拦截提醒，但请自己拨打官方客服核实，不要回拨短信里的号码。"
        "你向<<iban.i>>（<<per_en.x>>）的转账很可能是投资诈骗，请不要继续转账，并保留<<url.f>>的聊天记录报警。",
    ),
    T(
        "h8-zh-bank_fraud_alert-02",
        "zh",
        "bank_fraud_alert",
        "我妈<<per.m>>的卡被冻结了，根据聊天记录帮我写一份给银行的解冻申请。",
        "",
        "解冻申请：持卡人<<per.m>>（身份证<<cnid.m>>），账户<<card.c:plain>>因涉嫌电诈收款被冻结。"
        "该笔款项为正常转账，申请解除冻结。联系人<<per.p>>，电话<<tel.t:cn_plain>>。",
        history=[
            (
                "我妈<<per.m>>的卡<<card.c:dashed>>突然被冻结了，银行说是收到一笔可疑转账",
                "需要先弄清楚这笔钱的来源，可以准备转账记录。",
            ),
            (
                "是我二姨转的[[money]]，她身份证<<cnid.m:spaced>>是我妈的，我电话<<tel.t:cn_space>>",
                "好的，可以用这些信息写解冻申请。",
            ),
        ],
    ),
    # push_notification_log
    T(
        "h8-zh-push_notification_log-01",
        "zh",
        "push_notification_log",
        "推送服务日志里报了一堆 alias 不存在，帮我看看原因。",
        "[[timestamp]] WARN push.jiguang alias=<<tel.a:cn_plain>> reg_id=1a0018970a2c3 err=1011 alias not exist\n"
        "[[timestamp]] WARN push.jiguang alias=<<tel.b:cn_plain>> device_mac=<<mac.b:colon>> ip=<<ip.b>> err=1011\n"
        "[[timestamp]] INFO push.jiguang alias=<<per.c:user>> ok",
        "err=1011 说明别名未绑定：<<tel.a:cn_plain>> 和 <<tel.b:cn_plain>> 直接用手机号做了 alias（设备 <<mac.b:colon_lower>>），"
        "用户换机后没有重新绑定；<<per.c:user>> 正常。",
    ),
    T(
        "h8-zh-push_notification_log-02",
        "zh",
        "push_notification_log",
        "把这几条推送的标题和正文改写得更克制，别在通知栏直接显示敏感信息。",
        "title: <<per.p>>，您的体检报告已出\nbody: 体检编号<<mrn.m:digits>>，出生日期<<dob.d:slash_iso>>，请在[[product|微信小程序]]查看\n"
        "title: 快递已到\nbody: <<per.q>>，运单[[tracking_number]]的包裹已放入<<addr_cn.a:comm>>丰巢柜",
        "标题：您的体检报告已出\n正文：请登录小程序查看详情（原正文含<<per.p>>、编号<<mrn.m>>，已移除）\n"
        "标题：快递已到\n正文：您的包裹已放入小区快递柜。",
    ),
    # terraform_state
    T(
        "h8-zh-terraform_state-01",
        "zh",
        "terraform_state",
        "terraform.tfstate 里能看到这些，帮我看看哪些不该进仓库。",
        '"resources": [{"type": "alicloud_instance", "instances": [{"attributes": {\n'
        '  "private_ip": "<<ip.p:private>>", "public_ip": "<<ip.q>>", "mac": "<<mac.n:dash>>",\n'
        '  "tags": {"owner": "<<per.o:user>>", "owner_phone": "<<tel.t:cn_plain>>", "owner_mail": "<<email.e@o>>"}}}]}]',
        "tfstate 不应提交：里面有 public_ip <<ip.q>>、网卡 <<mac.n:colon>>、owner_phone <<tel.t:cn_plain>>、owner_mail <<email.e@o>>"
        "（负责人<<per.o:user>>）。请改用远端 backend 并加入 .gitignore。",
    ),
    T(
        "h8-zh-terraform_state-02",
        "zh",
        "terraform_state",
        "terraform plan 的输出，帮我解释一下会改什么。",
        '  # alicloud_cms_alarm_contact.oncall will be updated in-place\n  ~ resource "alicloud_cms_alarm_contact" "oncall" {\n'
        '      ~ alarm_contact_name = "<<per.a>>" -> "<<per.b>>"\n      ~ channels_sms       = "<<tel.a:cn_plain>>" -> "<<tel.b:cn_plain>>"\n'
        '      ~ channels_mail      = "<<email.a@a>>" -> "<<email.b@b>>"\n    }\nPlan: 0 to add, 1 to change, 0 to destroy.',
        "这次只改一个告警联系人：由<<per.a>>（<<tel.a:cn_dash>>）换成<<per.b>>（<<tel.b:cn_dash>>，<<email.b@b>>）。",
    ),
    # mbox_archive
    T(
        "h8-zh-mbox_archive-01",
        "zh",
        "mbox_archive",
        "这是从邮箱导出的mbox原文，帮我把这封邮件的正文提取出来。",
        "From <<email.s@s>> [[timestamp]]\nFrom: <<per.s:pinyin>> <<<email.s@s>>>\nTo: <<email.r@r>>\nSubject: 报销材料\n"
        "X-Originating-IP: [<<ip.i>>]\n\n<<per.r>>你好，附件是我的报销材料，打款卡号<<card.c:plain>>，身份证<<cnid.c>>。美国那边的W-9也填了，SSN <<ssn.u:space>>。\n<<per.s>>",
        "正文：\n<<per.r>>你好，附件是我的报销材料，打款卡号<<card.c:plain>>，身份证<<cnid.c>>。美国那边的W-9也填了，SSN <<ssn.u:dash>>。\n——<<per.s>>（<<email.s@s>>）",
    ),
    T(
        "h8-zh-mbox_archive-02",
        "zh",
        "mbox_archive",
        "Foxmail 导出的邮件有好几层引用，帮我理清楚是谁最后答应了什么。",
        '<<per.a>>：好的，就按周三签。\n\n------------------ 原始邮件 ------------------\n发件人: "<<per.b>>"<<<email.b@b>>>;\n'
        "发送时间: [[timestamp]]\n> 我这边的地址<<addr_cn.a:road_bld>>，快递寄合同过来，电话<<tel.b:cn_land>>\n> 定金请汇至<<iban.x>>\n"
        "> > <<per.a>>：护照号<<pass.pp:cn_g>>请确认",
        "最后是<<per.a>>答应周三签约，定金账户<<iban.x>>。之前<<per.b>>（<<email.b@b>>）让把合同寄到<<addr_cn.a:road_bld>>，电话<<tel.b>>。",
    ),
    # expense_report
    T(
        "h8-zh-expense_report-01",
        "zh",
        "expense_report",
        "帮我把这份差旅报销单的信息核对一遍，看有没有缺的。",
        "出差人：<<per.p>>　工号：[[employee_id|HZ-0931]]\n身份证（机票实名）：<<cnid.c>>\n自驾车牌：<<plate.v>>　驾驶证号：<<dl.l:cn>>　里程：420km\n"
        "收款卡号：<<card.c:dashed>>　开户行：[[organisation|建设银行]]\n酒店：[[public_place|全季酒店]]2晚 [[money|¥836.00]]",
        "<<per.p>>的报销单缺少高速过路费发票；自驾车<<plate.v>>需补行驶证复印件（驾驶证<<dl.l>>已登记）。收款卡<<card.c:plain>>信息完整。",
    ),
    T(
        "h8-zh-expense_report-02",
        "zh",
        "expense_report",
        "根据审批流的聊天，总结一下这笔报销为什么被退回。",
        "",
        "被退回原因：发票抬头写成了个人<<per.p>>，且附件里的行程单护照号<<pass.pp>>与员工档案不一致；需<<per.p>>重新提交。",
        system="你是财务共享中心的报销助手。当前登录用户：<<per.p>>（<<email.p@p>>）。",
        history=[
            (
                "财务<<per.f>>：<<per.p>>，你这张发票抬头是你个人名字，不能报",
                "那需要换成公司抬头的发票。",
            ),
            (
                "还有行程单上的护照<<pass.pp>>和你档案里的不一样，你电话<<tel.t:cn_plain>>我打你一下",
                "好的，我来总结退回原因。",
            ),
        ],
    ),
    # elderly_care_intake
    T(
        "h8-zh-elderly_care_intake-01",
        "zh",
        "elderly_care_intake",
        "这是养老院的入住评估表，帮我整理成给护理组的交接要点。",
        "入住评估表\n长者姓名：<<per.e>>　性别：男\n身份证号：<<cnid.e:spaced>>\n出生日期：<<dob.d:cn_numerals>>\n"
        "既往住院号：<<mrn.m:zy>>（脑梗，已出院）\n紧急联系人1：<<per.s>>（儿子）<<tel.s:cn_dash>>\n"
        "紧急联系人2：<<per.w>>（儿媳）<<tel.w:cn_intl>>\n费用代扣卡：<<card.c:unionpay>>\n常用药：[[product|阿司匹林肠溶片]]",
        "交接要点：\n1. 长者<<per.e>>，出生于<<dob.d:cn>>，脑梗后遗症，原住院号<<mrn.m>>。\n"
        "2. 紧急联系人：<<per.s>>（<<tel.s:cn_plain>>），备用<<per.w>>（<<tel.w:cn_plain>>）。\n"
        "3. 费用从<<card.c:spaced>>代扣。\n4. 突发情况先拨[[service_number|120]]，再通知家属。",
    ),
    T(
        "h8-zh-elderly_care_intake-02",
        "zh",
        "elderly_care_intake",
        "根据我和养老院的微信聊天，帮我列一下入住前还要准备的材料。",
        "",
        "还需准备：<<per.m>>的身份证原件（<<cnid.m:x>>）、近半年体检报告、门诊病历（<<mrn.o:mz>>）；"
        "签约人<<per.p>>（<<tel.t:cn_plain>>）需到场。院区地址：<<addr_cn.a:road>>。",
        system="你是<<per.k>>所在养老院的入住咨询助手，回答要简洁。",
        history=[
            (
                "您好，我想给我妈<<per.m>>办入住，她身份证<<cnid.m:spaced>>，今年八十一",
                "您好，入住需要先做评估，请准备老人身份证和近期体检报告。",
            ),
            (
                "她上个月在医院看过，门诊号<<mrn.o>>，我电话<<tel.t:cn_space>>，你们院是在<<addr_cn.a:road>>吧",
                "是的。签约当天请签约人本人到场。",
            ),
        ],
    ),
    # browser_autofill_export
    T(
        "h8-zh-browser_autofill_export-01",
        "zh",
        "browser_autofill_export",
        "这是 Chrome 导出的自动填充地址，重复的太多了，帮我去重，每人留一条。",
        "name,organization,street_address,phone,email\n<<per.a>>,,<<addr_cn.a:tower>>,<<tel.a:cn_plain>>,<<email.a:qq>>\n"
        "<<per.a:spaced>>,[[organisation|腾讯]],<<addr_cn.a:tower>>,<<tel.a:cn_intl>>,\n<<per.b>>,,<<addr_cn.b:road>>,<<tel.b:cn_land>>,<<email.b@b>>\n"
        "生日（表单历史）：<<dob.b:slash_iso>>",
        "去重后：\n<<per.a>>，<<addr_cn.a:tower>>，<<tel.a:cn_dash>>，<<email.a:qq>>\n<<per.b>>，<<addr_cn.b:road>>，<<tel.b>>，<<email.b@b>>",
    ),
    T(
        "h8-zh-browser_autofill_export-02",
        "zh",
        "browser_autofill_export",
        "Edge 导出的密码 CSV，我想知道哪些网站用的是同一个账号，密码列我已经删了。",
        "name,url,username\n淘宝,https://login.taobao.com,<<tel.t:cn_plain>>\nQQ空间,https://i.qq.com,<<qq.q>>\n"
        "微信网页版,https://wx.qq.com,<<wx.w>>\n12306,https://kyfw.12306.cn,<<tel.t:cn_plain>>\n知乎,<<url.z:zhihu@p>>,<<email.e@p>>\n"
        "网上国网,https://www.95598.cn,<<cnid.c>>",
        "同一个账号：淘宝和 12306 都用手机号<<tel.t:cn_plain>>。其余各不相同：QQ<<qq.q>>、微信<<wx.w>>、知乎（<<email.e@p>>）；"
        "网上国网直接用了身份证<<cnid.c>>当用户名。",
    ),
    # school_trip_consent
    T(
        "h8-zh-school_trip_consent-01",
        "zh",
        "school_trip_consent",
        "帮我检查一下孩子的研学旅行家长知情同意书有没有漏填的。",
        "研学旅行家长知情同意书\n学生姓名：<<per.k>>　班级：初二（3）班　集合地点：学校[[common_word|操场]]\n身份证号（购买保险用）：<<cnid.k>>\n"
        "出生日期：<<dob.k:cn_pad>>\n过敏史：青霉素过敏（见[[organisation|儿童医院]]门诊病历<<mrn.m:mz>>）\n"
        "家长：<<per.p>>　电话：<<tel.t:cn_plain>>　微信：<<wx.w@p>>\n家长签字：________",
        "缺家长签字。其余已填：<<per.k>>（<<cnid.k>>，<<dob.k:iso>>）青霉素过敏，病历<<mrn.m>>；家长<<per.p>>，<<tel.t:cn_dash>>。",
    ),
    T(
        "h8-zh-school_trip_consent-02",
        "zh",
        "school_trip_consent",
        "根据群聊，把去香港研学的同学护照信息汇总成表格。",
        "",
        "| 学生 | 护照号 | 出生日期 | 家长电话 |\n|---|---|---|---|\n| <<per.a>> | <<pass.a>> | <<dob.a:iso>> | <<tel.a:cn_plain>> |\n"
        "| <<per.b>> | <<pass.b>> | <<dob.b:iso>> | <<tel.b:cn_plain>> |",
        history=[
            (
                "<<per.pa>>：<<per.a>>的护照<<pass.a>>，生日<<dob.a:cn>>，我电话<<tel.a:cn_dash>>",
                "已记下<<per.a>>。",
            ),
            (
                "<<per.pb>>：我家<<per.b>>，护照号<<pass.b>>，出生<<dob.b:dot>>，有事打<<tel.b:cn_fw>>或者QQ<<qq.b>>",
                "已记下<<per.b>>。",
            ),
        ],
    ),
    # alert_webhook
    T(
        "h8-zh-alert_webhook-01",
        "zh",
        "alert_webhook",
        "Alertmanager 推到钉钉的告警一直重复，帮我看看这个 payload 有什么问题。",
        '{"status": "firing", "alerts": [{"labels": {"alertname": "NodeDown", "instance": "<<ip.n:private>>:9100",\n'
        '  "node_mac": "<<mac.m:colon_lower>>", "owner": "<<per.o:user>>"},\n'
        '  "annotations": {"oncall": "<<per.o>>", "phone": "<<tel.t:cn_plain>>"}, "startsAt": "[[timestamp]]"}],\n'
        ' "at": {"atMobiles": ["<<tel.t:cn_plain>>", "<<tel.u:cn_plain>>"]}}',
        "告警重复是因为 group_interval 太短；另外 atMobiles 里直接写了<<per.o>>的手机号<<tel.t:cn_dash>>和<<tel.u:cn_dash>>，"
        "节点 <<ip.n>>（MAC <<mac.m:colon>>）。",
    ),
    T(
        "h8-zh-alert_webhook-02",
        "zh",
        "alert_webhook",
        "夜莺告警里带出了用户数据，帮我改写告警模板，只保留排障需要的字段。",
        "【P1】实名认证失败率 > 20%\n样例：user=<<per.u:user>> idcard=<<cnid.c:fw>> phone=<<tel.p:cn_intl2>> ip=<<ip.i>>\n"
        "值班人：<<per.d>> <<tel.d:cn_space>>\n规则版本：[[version]]",
        "【P1】实名认证失败率 > 20%\n样例：user=*** idcard=*** phone=*** （原样例含<<per.u:user>>、<<cnid.c>>，已移除）\n"
        "值班人：<<per.d>>",
    ),
]

# ----------------------------------------------------------------------------- en

EN = [
    # dental_chart
    T(
        "h8-en-dental_chart-01",
        "en",
        "dental_chart",
        "Turn this dental chart note into a plain-language visit summary for the patient.",
        "PATIENT: <<per.p:upper>>   DOB: <<dob.d:us_pad>>   Chart #: <<mrn.m:alpha>>\nPhone: <<tel.t:us_paren>> ext. 214 (work)\n"
        "Ins: [[organisation|Delta Dental]] PPO, subscriber SSN <<ssn.s>>\nTx: #19 MOD composite, #30 crown prep, "
        "temp with [[product|Integrity]]\nProvider: Dr. <<per.doc:family>>",
        "Hi <<per.p:given>>, today we filled tooth #19 and prepared tooth #30 for a crown. Your chart number is <<mrn.m>>. "
        "We will call <<tel.t:us_dash>> in two weeks to book the crown seat.",
    ),
    T(
        "h8-en-dental_chart-02",
        "en",
        "dental_chart",
        "The practice software exported this perio chart as XML. List the patient details it contains.",
        "<Patient>\n  <LName><<per.p:family>></LName><FName><<per.p:given>></FName>\n  <Birth><<dob.d:iso>></Birth>\n"
        "  <MRN><<mrn.m:mrn>></MRN>\n  <Addr><<addr_us.a:full>></Addr>\n  <Cell><<tel.t:us_dot>></Cell>\n"
        '  <Email><<email.e@p>></Email>\n</Patient>\n<Perio date="[[timestamp]]" probe="UNC-15"/>',
        "Patient: <<per.p>> (born <<dob.d:long>>), MRN <<mrn.m>>, living at <<addr_us.a:full>>, cell <<tel.t:us_paren>>, "
        "e-mail <<email.e@p>>.\n- <<per.fd>>",
        system="You are the front-desk assistant at Dr. <<per.dd>>'s practice. Sign every reply as <<per.fd>>.",
    ),
    # lost_baggage_claim
    T(
        "h8-en-lost_baggage_claim-01",
        "en",
        "lost_baggage_claim",
        "Write a follow-up to the airline about my delayed bag, using the file reference below.",
        "File ref: LHRBA48213\nName: <<per.p:last_first>>\nPassport: <<pass.pp:uk>>\nDelivery address: <<addr_uk.a:flat>>\n"
        "Mobile: <<tel.t:uk_intl>>\nBag: navy [[product|Samsonite]] spinner, orange strap, courier ref [[tracking_number]]\nFlight BA0117 from JFK",
        "Dear Baggage Services,\nI am following up on file LHRBA48213 for <<per.p>> (passport <<pass.pp>>). My bag has not "
        "arrived. Please deliver it to <<addr_uk.a:flat>> or call me on <<tel.t:uk_mobile>>.",
    ),
    T(
        "h8-en-lost_baggage_claim-02",
        "en",
        "lost_baggage_claim",
        "I'm <<per.p>>. From this chat, fill in the airline's interim-expense claim: name, contact, card for reimbursement.",
        "",
        "Claimant: <<per.p>>\nContact: <<email.e@p>> / <<tel.t:us_plain>> / WeChat <<wx.w@p>>\nReimburse to card: <<card.c:visa>>",
        history=[
            (
                "my suitcase never showed up at SFO, the agent said keep receipts. I'm <<per.p>>, cell <<tel.t:us_intl>>",
                "Sorry about that. Keep every receipt for essentials; most carriers reimburse reasonable costs.",
            ),
            (
                "I bought clothes at [[organisation|Target]] for [[money]]. paid with my card <<card.c:spaced>>, "
                "email is <<email.e@p>>, or WeChat <<wx.w@p>> since I'm flying on to Shanghai",
                "Great, that's everything the interim-expense form asks for.",
            ),
        ],
    ),
    # sales_call_notes
    T(
        "h8-en-sales_call_notes-01",
        "en",
        "sales_call_notes",
        "Clean up my call notes into a CRM activity entry.",
        "call w/ <<per.c:lower_full>> (VP Ops @ regional freight co) - [[timestamp]]\n- direct line <<tel.d:us_dash>> x3107, "
        "cell <<tel.m:us_dot>>\n- wants pilot by Q3, budget ~[[money]]\n- LinkedIn <<url.l:linkedin@c>>\n"
        "- loop in <<per.s:given>> from SE",
        "Activity: Discovery call with <<per.c>> (VP Operations).\nContact: <<tel.d:us_paren>> ext. 3107; mobile <<tel.m:us_dash>>; "
        "<<url.l:linkedin@c>>.\nNext step: pilot proposal for Q3.",
    ),
    T(
        "h8-en-sales_call_notes-02",
        "en",
        "sales_call_notes",
        "Summarise this Gong-style transcript snippet into three bullet points.",
        "[00:02:11] <<per.r:initial>>: so just to confirm, best number is still <<tel.t:uk_mobile>>?\n"
        "[00:02:15] <<per.c>>: yep, or email <<email.e@c>>. We're at <<addr_uk.a:line>> now.\n"
        "[00:02:30] <<per.c:given>>: we're comparing you with [[organisation|HubSpot]].",
        "- <<per.c>> confirmed contact details: <<tel.t:uk_intl>>, <<email.e@c>>.\n- Office moved to <<addr_uk.a:line>>.\n"
        "- Competing evaluation with HubSpot.",
        source="h8-gong/<<per.r:user>>",
    ),
    # firewall_log
    T(
        "h8-en-firewall_log-01",
        "en",
        "firewall_log",
        "Is this pfSense log showing an attack? Which internal host is involved?",
        "[[timestamp]] filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,<<ip.x>>,<<ip.h:private>>,51514,445\n"
        "[[timestamp]] filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,<<ip.x>>,<<ip.h:private>>,51522,139\n"
        "DHCP lease: <<ip.h:private>> -> <<mac.m:colon_lower>> hostname <<per.p:user>>-laptop",
        "It looks like SMB probing from <<ip.x>> against <<ip.h>> (ports 445 and 139), which is <<per.p:user>>'s laptop "
        "(MAC <<mac.m:colon>>). The traffic was blocked.",
    ),
    T(
        "h8-en-firewall_log-02",
        "en",
        "firewall_log",
        "Summarise the VPN firewall events by user.",
        "user=<<per.a:lower_dot>> src=<<ip.a>> mac=<<mac.a:dash>> action=allow app=ssh\n"
        "user=<<per.b:lower_dot>> src=<<ip.b:v6>> mac=<<mac.b:cisco>> action=deny app=rdp reason=geo\n"
        "user=<<per.a:lower_dot>> src=<<ip.a>> action=allow app=https",
        "- <<per.a:lower_dot>>: 2 allowed sessions from <<ip.a>> (device <<mac.a:colon>>).\n"
        "- <<per.b:lower_dot>>: 1 denied RDP attempt from <<ip.b>> (geo block).",
    ),
    # docker_compose
    T(
        "h8-en-docker_compose-01",
        "en",
        "docker_compose",
        "Review this docker-compose.yml for secrets and personal data before I push it.",
        "services:\n  mailer:\n    image: ghcr.io/acme/mailer:[[version]]\n    environment:\n"
        '      ADMIN_EMAIL: <<email.e@p>>\n      ADMIN_NAME: "<<per.p>>"\n      PAGER_PHONE: "<<tel.t:us_intl2>>"\n'
        '      STRIPE_TEST_CARD: "<<card.c:plain>>"\n      KIOSK_MAC: "<<mac.k:dash>>"\n    ports: [\'8025:8025\']',
        "Move ADMIN_EMAIL (<<email.e@p>>), ADMIN_NAME (<<per.p>>), PAGER_PHONE (<<tel.t:us_dash>>) and STRIPE_TEST_CARD "
        "(<<card.c:plain>>) into an .env file or Docker secrets; KIOSK_MAC <<mac.k:cisco>> identifies a device and should go too.",
    ),
    T(
        "h8-en-docker_compose-02",
        "en",
        "docker_compose",
        "Why does the seed container fail? Here's the compose override and the fixture it loads.",
        "  seed:\n    command: python manage.py loaddata customers.json\n# customers.json\n"
        '[{"model": "crm.customer", "fields": {"name": "<<per.a>>", "ssn": "<<ssn.a:plain>>", "dl": "<<dl.a:ca>>"}},\n'
        ' {"model": "crm.customer", "fields": {"name": "<<per.b>>", "ssn": "<<ssn.b>>", "dl": "<<dl.b:ny>>"}}]',
        "The ssn field is CharField(max_length=9): <<per.a>>'s value <<ssn.a:plain>> fits but <<per.b>>'s <<ssn.b>> has dashes. "
        "Also these look like real records (DL <<dl.a>>, <<dl.b>>) - replace them with [[code_identifier|factory_boy]] data.",
    ),
    # pivot_table
    T(
        "h8-en-pivot_table-01",
        "en",
        "pivot_table",
        "This is a pivot of our fleet fines. Who has more than one unpaid ticket?",
        "Row Labels\tDriver\tDL #\tCount of Citation\n<<plate.a:ca>>\t<<per.a>>\t<<dl.a:ca>>\t3\n"
        "<<plate.b:tx>>\t<<per.b>>\t<<dl.b:tx>>\t1\n<<plate.c:ny>>\t<<per.c>>\t<<dl.c:ny>>\t2\nGrand Total\t\t\t6",
        "More than one unpaid ticket: <<per.a>> (plate <<plate.a>>, DL <<dl.a>>, 3) and <<per.c>> (plate <<plate.c>>, "
        "DL <<dl.c>>, 2).",
    ),
    T(
        "h8-en-pivot_table-02",
        "en",
        "pivot_table",
        "Turn this payroll pivot into a short note for the accountant: who gets paid to which account.",
        "Employee\tIBAN\tSum of Net Pay\n<<per.a>>\t<<iban.a:gb>>\t[[money]]\n<<per.b>>\t<<iban.b:ie>>\t[[money]]\n"
        "<<per.c>>\t<<iban.c:nl>>\t[[money]]\nGrand Total\t\t[[money]]",
        "Please pay <<per.a>> to <<iban.a>>, <<per.b>> to <<iban.b>> and <<per.c>> to <<iban.c>>, amounts as in the pivot.",
    ),
    # protobuf_text
    T(
        "h8-en-protobuf_text-01",
        "en",
        "protobuf_text",
        "grpcurl returned this from our KYC service. Why is status REVIEW?",
        'applicant {\n  given_name: "<<per.p:given>>"\n  family_name: "<<per.p:family>>"\n  ssn: "<<ssn.s:plain>>"\n'
        '  dob { year: 1990 month: 1 day: 1 }\n  dob_text: "<<dob.d:us>>"\n  phone: "<<tel.t:us_plain>>"\n}\n'
        "status: REVIEW\nreason: DOB_MISMATCH",
        "REVIEW with DOB_MISMATCH: the structured dob (1990-01-01, a placeholder) disagrees with dob_text <<dob.d:us>> for "
        "<<per.p>> (SSN <<ssn.s>>). Fix the client so it fills the dob message.",
    ),
    T(
        "h8-en-protobuf_text-02",
        "en",
        "protobuf_text",
        "Convert this protobuf text-format shipment to JSON.",
        'shipment_id: "[[tracking_number]]"\nconsignee {\n  name: "<<per.r>>"\n  phone: "<<tel.r:uk_land>>"\n'
        '  address: "<<addr_uk.a:flat>>"\n  email: "<<email.r@r>>"\n}\nweight_kg: 2.4',
        '{"consignee": {"name": "<<per.r>>", "phone": "<<tel.r>>", "address": "<<addr_uk.a:flat>>", '
        '"email": "<<email.r@r>>"}, "weight_kg": 2.4}',
    ),
    # search_index_hit
    T(
        "h8-en-search_index_hit-01",
        "en",
        "search_index_hit",
        "Our support search returns this OpenSearch hit to the browser. What should be stripped?",
        '{"_index": "tickets-2024", "_score": 7.1, "_source": {"requester": "<<per.p>>", "requester_email": '
        '"<<email.e@p>>", "body": "my card <<card.c:dashed>> was charged twice, call me <<tel.t:us_dash>>", '
        '"client_ip": "<<ip.i>>"},\n "highlight": {"body": ["my card <em><<card.c:dashed>></em> was charged"]}}',
        "Strip requester (<<per.p>>), requester_email (<<email.e@p>>), client_ip (<<ip.i>>) and mask the card "
        "<<card.c:plain>> and phone <<tel.t:us_paren>> in both body and highlight.",
    ),
    T(
        "h8-en-search_index_hit-02",
        "en",
        "search_index_hit",
        "Searching our HR wiki for 'emergency' gives these snippets. Build an on-call contact table.",
        "...for a fire alarm out of hours call <<per.a>> on <<tel.a:uk_mobile>> ...\n...network outage: <<per.b>>, "
        "<<tel.b:us_intl>>, Slack @<<per.b:user>>...\n...see [[code_identifier|runbook_v2.md]] and [[public_figure|Florence Nightingale]] poster...",
        "| Event | Contact | Phone |\n|---|---|---|\n| Fire alarm | <<per.a>> | <<tel.a:uk_intl>> |\n| Network outage | <<per.b>> "
        "| <<tel.b:us_dash>> |",
    ),
    # kafka_message
    T(
        "h8-en-kafka_message-01",
        "en",
        "kafka_message",
        "kcat printed this message from the signup topic. Why does the consumer reject it?",
        '% Message (key: <<email.e@p>>) at offset [[number|1048576]]:\n{"name":"<<per.p>>","dob":"<<dob.d:us>>",'
        '"ssn":"<<ssn.s:space>>","addr":"<<addr_us.a:line>>","ts":"[[timestamp]]"}',
        'The consumer expects dob in ISO form and ssn as NNN-NN-NNNN; this message has "<<dob.d:us>>" and "<<ssn.s:space>>" '
        "for <<per.p>> (key <<email.e@p>>).",
    ),
    T(
        "h8-en-kafka_message-02",
        "en",
        "kafka_message",
        "This is stuck in our dead-letter topic. What went wrong?",
        'topic=payouts.dlq partition=1 headers={retries: 5}\n{"payee":"<<per.p:upper>>","iban":"<<iban.i>>",'
        '"passport":"<<pass.pp>>","cn_id":"<<cnid.k:fw>>","amount":"[[money]]"}\nerror=IbanChecksumException',
        "The IBAN for <<per.p>> (<<iban.i>>) was probably mangled upstream; the payload as printed is valid, so check the "
        "producer's encoding. Passport <<pass.pp>> and the full-width Chinese ID <<cnid.k>> should not be in this topic at all.",
    ),
    # notion_page
    T(
        "h8-en-notion_page-01",
        "en",
        "notion_page",
        "This is our Notion offsite sign-up table. Check which rows are missing what the travel agent needs.",
        "| Name | Passport | DOB | Dietary | Phone |\n|---|---|---|---|---|\n| <<per.a>> | <<pass.a:us>> | <<dob.a:us_pad>> | veg | "
        "<<tel.a:us_dot>> |\n| <<per.b>> | | <<dob.b:long>> | none | <<tel.b:us_dot>> |\n| <<per.c>> | <<pass.c:uk>> | | "
        "[[common_word|Kosher]] | <<tel.c:uk_mobile>> |\n| <<per_cn.d:pinyin_fl>> | <<pass.d:cn_e>> (Chinese ID <<cnid.d:spaced>>) | <<dob.d:iso>> | halal | <<tel.d:cn_intl>> |",
        "Missing: <<per.b>> has no passport number; <<per_cn.d:pinyin>> put a passport (<<pass.d>>) and an ID (<<cnid.d>>) in one cell; <<per.c>> (passport <<pass.c>>) has no date of birth. <<per.a>> is complete.",
    ),
    T(
        "h8-en-notion_page-02",
        "en",
        "notion_page",
        "Rewrite this Confluence 'meet the new hire' page as a friendly Slack announcement.",
        "## Welcome <<per.p>>!\n* Role: Data Engineer\n* Email: <<email.e@p>>\n* GitHub: <<url.g:github@p>>\n"
        "* Twitter: <<url.t:twitter@p>>\n* Buddy: <<per.b>>\n* Fun fact: has met [[public_figure|Serena Williams]]",
        "Please welcome <<per.p>>, our new Data Engineer! Reach them at <<email.e@p>> or find their work at "
        "<<url.g:github@p>>. <<per.b>> is their onboarding buddy.",
    ),
    # bus_pass_application
    T(
        "h8-en-bus_pass_application-01",
        "en",
        "bus_pass_application",
        "Fill in the reduced-fare transit card form for my dad from the info below.",
        "Dad: <<per.d>>, born <<dob.d:long>>\nMedicare card # he gave me: <<mrn.m:digits>>\nHome: <<addr_us.a:line_unit>>\n"
        "Phone: <<tel.t:us_paren>>\nI'm <<per.p>> (daughter), <<email.e@p>>",
        "Applicant name: <<per.d>>\nDate of birth: <<dob.d:us_pad>>\nAddress: <<addr_us.a:line_unit>>\nPhone: <<tel.t:us_dash>>\n"
        "Medical/ID number: <<mrn.m>>\nAssisted by: <<per.p>> (<<email.e@p>>)",
    ),
    T(
        "h8-en-bus_pass_application-02",
        "en",
        "bus_pass_application",
        "From the school office chat, list which students still need a bus pass photo.",
        "",
        "Still need a photo: <<per.b>> (parent <<per.pb>>, <<tel.b:us_dash>>). <<per.a>> is done.",
        history=[
            (
                "Office: Bus passes for Route 12 need a photo + parent phone by Friday.",
                "I'll track who has sent what.",
            ),
            (
                "<<per.pa>>: photo for <<per.a>> attached, my cell <<tel.a:us_dot>>\n<<per.pb>>: will send <<per.b>>'s tomorrow, "
                "<<tel.b:us_paren>>",
                "Noted: <<per.a>> complete, <<per.b>> pending.",
            ),
        ],
    ),
    # toll_dispute
    T(
        "h8-en-toll_dispute-01",
        "en",
        "toll_dispute",
        "Write a dispute for this toll-by-plate invoice; the car was sold before the date.",
        "TOLL BY PLATE INVOICE [[order_number]]\nPlate: <<plate.v:ny>>\nRegistered owner: <<per.p:upper>>\n"
        "Mailing address: <<addr_us.a:multiline>>\nAmount due: [[money]]\nSold to: <<per.b>>, DL <<dl.b:fl>>",
        "I am disputing invoice for plate <<plate.v>>. I, <<per.p>>, sold this vehicle to <<per.b>> (driver licence <<dl.b>>) "
        "before the toll date; the bill of sale is attached. Please update the records for <<addr_us.a:full>>.",
    ),
    T(
        "h8-en-toll_dispute-02",
        "en",
        "toll_dispute",
        "Summarise this Dart Charge appeal thread for me.",
        "",
        "<<per.p>> appealed a Dart Charge penalty for <<plate.v:uk>>; the payment was made on time by card <<card.c:mc>>. "
        "Next step: wait for the adjudicator.",
        history=[
            (
                "got a penalty for the Dartford crossing, reg <<plate.v>>, but I paid online the same day with card <<card.c:spaced>>",
                "Keep the payment confirmation; you can challenge the penalty on that basis.",
            ),
            (
                "They say I'm <<per.p>> at <<addr_uk.a:line>> - correct. Phone <<tel.t:uk_intl>> if they need me",
                "Fine, your challenge should include the payment reference and those details.",
            ),
        ],
    ),
    # hospital_bill
    T(
        "h8-en-hospital_bill-01",
        "en",
        "hospital_bill",
        "Explain this itemised hospital bill and what I might dispute.",
        "ST. [[organisation|Mercy]] MEDICAL CENTER - ITEMIZED STATEMENT\nPatient: <<per.p:last_first>>  Acct/MRN: <<mrn.m:dash>>\n"
        "Guarantor SSN: XXX-XX-[[number|8812]]  Guarantor: <<per.g>>, SSN <<ssn.g>>\nDOB: <<dob.d:us>>\n"
        "99285 ER visit level 5 ... [[money|$2,310.00]]\n71046 chest x-ray ... [[money|$486.50]]",
        "This is <<per.p>>'s ER bill (MRN <<mrn.m>>). Level 5 (99285) is the most expensive ER code; ask why it was used. "
        "Also note the statement prints the guarantor's full SSN (<<ssn.g>>), which it should not.",
    ),
    T(
        "h8-en-hospital_bill-02",
        "en",
        "hospital_bill",
        "Draft a request for a refund of my overpayment to the hospital billing office. I'm <<per.p>>.",
        "Hospital No.: <<mrn.h:alpha>>\nPatient: <<per.p>>\nOverpaid: [[money]]\nRefund to: <<iban.i:gb>> (account holder <<per.p>>)\n"
        "Phone: <<tel.t:uk_land>>",
        "Dear Billing Office,\nI overpaid on hospital number <<mrn.h>> (<<per.p>>). Please refund the difference to <<iban.i>>. "
        "You can reach me on <<tel.t>>.",
    ),
    # banquet_booking
    T(
        "h8-en-banquet_booking-01",
        "en",
        "banquet_booking",
        "Write a confirmation e-mail from this banquet event order.",
        "BANQUET EVENT ORDER #[[number]]\nHost: <<per.h>>  Cell: <<tel.h:us_paren>>\nCo-host: <<per.c>>  Email: <<email.c@c>>\n"
        "Event: 60th birthday dinner, 80 guests\nDeposit: [[money]] on card <<card.c:amex>>\nMenu: [[product|Beef Wellington]]",
        "Dear <<per.h>> and <<per.c>>,\nYour 60th birthday dinner for 80 guests is confirmed. The deposit was charged to "
        "card <<card.c:spaced>>. We'll call <<tel.h:us_dash>> a week before to finalise numbers.",
    ),
    T(
        "h8-en-banquet_booking-02",
        "en",
        "banquet_booking",
        "Pull the booking details out of this WhatsApp exchange with the restaurant.",
        "[[timestamp]] - <<per.p>>: Hi, I'd like to book the back room for a wedding rehearsal dinner, 30 people\n"
        "[[timestamp]] - Restaurant: Lovely! Name and number?\n[[timestamp]] - <<per.p>>: <<per.p>>, <<tel.t:uk_intl>>. "
        "Groom is <<per.g>>, his number <<tel.g:uk_mobile>>, WeChat <<wx.g@g>> for his family in China",
        "Booking: rehearsal dinner, 30 guests, back room. Contact <<per.p>> (<<tel.t:uk_mobile>>); groom <<per.g>> "
        "(<<tel.g>>, WeChat <<wx.g@g>>).",
    ),
    # home_purchase_contract
    T(
        "h8-en-home_purchase_contract-01",
        "en",
        "home_purchase_contract",
        "Check the parties section of this purchase agreement for errors.",
        "1. PARTIES. Buyer(s): <<per.a:upper>> and <<per.b:upper>>, husband and wife. Seller: <<per.s>>.\n"
        "2. PROPERTY. <<addr_us.r:full>>.\n3. EARNEST MONEY. [[money]] wired to escrow, ref [[order_number]].\n"
        "Buyer contact: <<email.a@a>>, <<tel.a:us_dash>>. Seller SSN for 1099-S: <<ssn.s>>",
        "Looks consistent: buyers <<per.a>> and <<per.b>>, seller <<per.s>>, property <<addr_us.r:full>>. The seller's SSN "
        "(<<ssn.s>>) belongs on the 1099-S form, not in the contract body.",
    ),
    T(
        "h8-en-home_purchase_contract-02",
        "en",
        "home_purchase_contract",
        "My solicitor sent this completion checklist. Make it a to-do list.",
        "Vendor: <<per.v>>\nPurchaser: <<per.p>>, <<addr_uk.c:flat>> (current)\nProperty: <<addr_uk.a:line>>\n"
        "Completion funds to: <<iban.i:gb>>\nID checked: passport <<pass.pp:uk>>\nContact: <<email.p@p>>",
        "To-do:\n1. Send completion funds to <<iban.i>>.\n2. Confirm passport <<pass.pp>> copy is certified.\n"
        "3. Arrange keys for <<addr_uk.a:line>> with <<per.v>>.\n4. Update address from <<addr_uk.c:flat>>.",
    ),
    # job_offer_letter
    T(
        "h8-en-job_offer_letter-01",
        "en",
        "job_offer_letter",
        "Make this offer letter sound warmer but keep the legal bits.",
        "Dear <<per.p>>,\nWe are pleased to offer you the position of Staff Accountant at a salary of [[money|$68,500]] per year. "
        "This offer is contingent on a background check (SSN on file: <<ssn.s>>; driver licence <<dl.l:wa>>).\n"
        "Please sign and return to <<per.h>> (<<email.h@h>>, <<tel.h:us_dot>>).",
        "Dear <<per.p:given>>,\nWe're delighted to offer you the Staff Accountant role! As mentioned, the offer depends on a "
        "standard background check using SSN <<ssn.s>> and licence <<dl.l>>. Questions? <<per.h>> at <<email.h@h>> is happy to help.",
    ),
    T(
        "h8-en-job_offer_letter-02",
        "en",
        "job_offer_letter",
        "Here's the thread with the recruiter. Draft my reply asking for a relocation package.",
        "From: <<per.r>> <<email.r@r>>\nTo: <<per.p>> <<email.p@p>>\nSubject: RE: Offer - Berlin\n\n"
        "Hi <<per.p:given>>, for the visa we'll need your passport (<<pass.pp>>) and current address.\n"
        "> On [[timestamp]] <<per.p>> wrote:\n> I live at <<addr_us.a:line>>, cell <<tel.t:us_intl2>>, and as I grew up in Chengdu my Chinese ID is <<cnid.j:lower_x>>",
        "Hi <<per.r>>,\nThanks! My passport number is <<pass.pp>> and my ID <<cnid.j>>. Before I sign, could the offer include relocation support "
        "from <<addr_us.a:line>> to Berlin? Best, <<per.p>> (<<tel.t:us_dash>>)",
    ),
    # life_insurance_application
    T(
        "h8-en-life_insurance_application-01",
        "en",
        "life_insurance_application",
        "Check this term-life application for inconsistencies.",
        "Proposed insured: <<per.i>>  DOB: <<dob.i:us_pad>>  SSN: <<ssn.i>>\nOwner: <<per.o>>  Relationship: spouse\n"
        "Beneficiary: <<per.k>> (child), DOB <<dob.k:us>>\nTreating physician record # <<mrn.m:mrn>>\nDL: <<dl.l:tx>> (TX)\n"
        "Smoker: no  Product: [[product|Term 20]]",
        "Check: the insured <<per.i>> (DOB <<dob.i:long>>) and child beneficiary <<per.k>> (DOB <<dob.k:long>>) - make sure "
        "the child's DOB is after the insured's. The physician record <<mrn.m>> should be requested for underwriting.",
    ),
    T(
        "h8-en-life_insurance_application-02",
        "en",
        "life_insurance_application",
        "Write up my answers to the agent's health questions.",
        "",
        "Health answers for <<per.p>> (DOB <<dob.d:iso>>): seen at clinic (record <<mrn.m>>) for mild hypertension, "
        "no hospital stays, non-smoker. Contact <<email.e@p>>.",
        system="You help insurance agent <<per.g>> (<<email.g@g>>) prepare client applications.",
        history=[
            (
                "Agent <<per.g:family>>: <<per.p:given>>, any doctor visits in the last 5 years?",
                "Answer honestly; listing the clinic record number helps underwriting.",
            ),
            (
                "yes, mild hypertension, clinic record <<mrn.m:alpha>>. DOB <<dob.d:short_month>>, email <<email.e@p>>",
                "Understood, I'll write that up.",
            ),
        ],
    ),
    # study_abroad_application
    T(
        "h8-en-study_abroad_application-01",
        "en",
        "study_abroad_application",
        "Turn my agent's applicant file into a short bio paragraph.",
        "applicant:\n  name: <<per_cn.p2:pinyin_fl>>\n  name_zh: <<per_cn.p2>>\n  cn_id: <<cnid.c>>\n  passport: <<pass.pp:cn_e>>\n"
        "  dob: <<dob.d:iso>>\n  wechat: <<wx.w>>\n  qq: '<<qq.q>>'\n  parent_phone: '<<tel.t:cn_intl>>'",
        "<<per_cn.p2:pinyin>> (<<per_cn.p2>>), born <<dob.d:long>>, holds Chinese passport <<pass.pp>>. Reach the family on WeChat "
        "<<wx.w>> or <<tel.t:cn_0086>>.",
    ),
    T(
        "h8-en-study_abroad_application-02",
        "en",
        "study_abroad_application",
        "Help me write to the university housing office; they need my details for a room.",
        "Name: <<per.p>>\nStudent ID: [[employee_id|S2318872]]\nHome address in China: <<addr_cn.a>>\nChinese ID: <<cnid.c:x>>\n"
        "QQ: <<qq.q>>\nEmail: <<email.e@p>>",
        "Dear Housing Office,\nMy name is <<per.p>> and I will start in September. My home address is <<addr_cn.a>> and my "
        "e-mail is <<email.e@p>> (QQ <<qq.q>> also works).",
    ),
    # hackathon_team
    T(
        "h8-en-hackathon_team-01",
        "en",
        "hackathon_team",
        "Validate this Devpost-style team JSON and tell me what's missing.",
        '{"team": "[[common_word|Summer]] Bytes", "members": [\n {"name": "<<per.a>>", "email": "<<email.a@a>>", '
        '"github": "<<url.a:github@a>>", "tshirt": "M"},\n {"name": "<<per.b>>", "email": "", "github": '
        '"<<url.b:github@b>>", "phone": "<<tel.b:us_plain>>"}],\n "stack": ["[[code_identifier|Next.js]]", "Supabase"], "mentor": "inspired by [[public_figure|Ada Lovelace]]"}',
        "<<per.b>> has no email (phone <<tel.b:us_dash>> only). <<per.a>> is complete: <<email.a@a>>, <<url.a:github@a>>.",
    ),
    T(
        "h8-en-hackathon_team-02",
        "en",
        "hackathon_team",
        "From our Discord chat, fill the organiser's form: captain, contact, demo link.",
        "",
        "Captain: <<per.c>>\nContact: <<tel.c:us_dash>> / <<email.c@c>>\nDemo: uploaded by <<per.m>> (<<url.y:medium@m>>, QQ <<qq.m>>)",
        history=[
            (
                "<<per.c:user>>: I'll be captain, reach me at <<tel.c:us_dot>> or <<email.c@c>>",
                "Captain noted: <<per.c>>.",
            ),
            (
                "<<per.m:user>>: writeup is on my Medium <<url.y:medium@m>> lol. CN teammates can ping me on QQ <<qq.m>>",
                "I'll use that as the demo link.",
            ),
        ],
    ),
    # journalist_notes
    T(
        "h8-en-journalist_notes-01",
        "en",
        "journalist_notes",
        "Turn my interview notes into a timeline; I'll anonymise sources myself before filing.",
        "[[timestamp]] met source <<per.s>> (cell <<tel.s:us_dash>>) at diner on <<addr_us.a:line>>\n"
        "- says trucks dump at night, plate <<plate.v:tx>>\n- driver <<per.d>>, TX DL <<dl.d:tx>>\n- called [[service_number|311]] twice, nothing",
        "Timeline:\n1. Met <<per.s>> near <<addr_us.a:line>>.\n2. Source reports night dumping by truck <<plate.v>>, driver <<per.d>>.\n"
        "3. Two complaints to 311 went nowhere.",
    ),
    T(
        "h8-en-journalist_notes-02",
        "en",
        "journalist_notes",
        "Before we publish, flag anything in this draft that exposes private people.",
        "...<<per.p>>, 52, who lives at <<addr_uk.a:flat>>, showed us her late husband <<per.h>>'s NHS letters (hospital number "
        "<<mrn.m:digits>>). She asked readers to contact her at <<email.e@p>>. [[public_figure|Sir David Attenborough]] once...",
        "Flag: <<per.p>>'s address (<<addr_uk.a:flat>>), <<per.h>>'s hospital number <<mrn.m>>, and her e-mail <<email.e@p>>.",
    ),
    # nps_feedback
    T(
        "h8-en-nps_feedback-01",
        "en",
        "nps_feedback",
        "Bucket these NPS responses into detractors/passives/promoters and flag comments with contact info.",
        'score,comment,user,ip\n2,"nobody called me back!! <<tel.a:us_paren>>",<<email.a@a>>,<<ip.a>>\n'
        '10,love it,<<per.b:user>>,<<ip.b:v6>>\n8,"add dark mode, DM me <<url.c:twitter@c>>",<<email.c@c>>,<<ip.c>>\n0,"refund pls, QQ <<qq.d>> or WeChat <<wx.d>>",<<email.d:qq>>,<<ip.d:private>>',
        "Detractor: <<email.a@a>> (2, comment has phone <<tel.a:us_dash>>).\nPassive: <<email.c@c>> (8, comment has "
        "<<url.c:twitter@c>>).\nDetractor: <<email.d:qq>> (0, comment has QQ <<qq.d>> and WeChat <<wx.d>>).\nPromoter: <<per.b:user>> (10).",
    ),
    T(
        "h8-en-nps_feedback-02",
        "en",
        "nps_feedback",
        "Write a public reply to this one-star Trustpilot review without repeating personal details.",
        "★ <<per.p>> - \"Cancelled my order [[order_number]] and still charged my card <<card.c:dashed>>. I've emailed "
        '<<email.e@p>> three times from my account. App [[version]]"',
        "Hi, we're sorry about this. We've found the order and refunded the charge; a specialist will follow up directly. "
        "(Internal: <<per.p>>, <<email.e@p>>)",
    ),
    # bank_fraud_alert
    T(
        "h8-en-bank_fraud_alert-01",
        "en",
        "bank_fraud_alert",
        "I got this text about a payment. Is it a scam?",
        "[[organisation|Barclays]]: Did you attempt a payment of [[money]] to <<per_en.x>>, IBAN <<iban.i>>? Reply Y or N.\n"
        "(my account holder name is <<per.p>>, sort code 20-00-00, and I never set that payee up; my number is <<tel.t:uk_mobile>>)",
        "Treat it as suspicious. Don't reply; call the number on the back of your card. A payment to <<per_en.x>> at "
        "<<iban.i>> that you did not set up should be reported as fraud.",
    ),
    T(
        "h8-en-bank_fraud_alert-02",
        "en",
        "bank_fraud_alert",
        "Write my dispute letter for these card-not-present charges.",
        "",
        "Dispute: cardholder <<per.p>>, card <<card.c:plain>>, billing ZIP in <<addr_us.a:full>>. Charges not authorised; "
        "card was in my possession.",
        history=[
            (
                "fraud alert says card ending in [[number|4417]] used at [[organisation|Walmart]] online, but my full card "
                "<<card.c:dashed>> never left my wallet",
                "Then these are card-not-present charges; you can dispute them.",
            ),
            (
                "name <<per.p>>, address <<addr_us.a:full>>, SSN <<ssn.s>> if they ask",
                "They shouldn't need your SSN for a dispute; leave it out.",
            ),
        ],
    ),
    # push_notification_log
    T(
        "h8-en-push_notification_log-01",
        "en",
        "push_notification_log",
        "Why do these FCM sends fail?",
        "[[timestamp]] fcm.send user=<<email.a@a>> token=fQk2:APA91b... status=UNREGISTERED\n"
        "[[timestamp]] fcm.send user=<<email.b@b>> device_mac=<<mac.b:colon>> ip=<<ip.b>> status=UNREGISTERED\n"
        "[[timestamp]] fcm.send user=<<per.c:user>> status=OK sdk=[[version]]",
        "UNREGISTERED means the app was uninstalled or the token rotated: <<email.a@a>> and <<email.b@b>> "
        "(device <<mac.b:dash>>) need fresh tokens. <<per.c:user>> is fine.",
    ),
    T(
        "h8-en-push_notification_log-02",
        "en",
        "push_notification_log",
        "Rewrite these notifications so the lock screen shows nothing sensitive.",
        "title: <<per.p>>, your lab results are ready\nbody: Patient ID <<mrn.m:mrn>>, DOB <<dob.d:us_pad>>\n"
        "title: Parcel [[tracking_number]] delivered\nbody: Left at <<addr_us.a:line_unit>> for <<per.q>>",
        "title: New results available\nbody: Open the app to view (was: <<per.p>>, ID <<mrn.m>>)\ntitle: Parcel delivered\n"
        "body: Your parcel was delivered.",
    ),
    # terraform_state
    T(
        "h8-en-terraform_state-01",
        "en",
        "terraform_state",
        "Someone committed terraform.tfstate. What in here is sensitive?",
        '{"type": "aws_instance", "instances": [{"attributes": {"private_ip": "<<ip.p:private>>", "public_ip": '
        '"<<ip.q>>", "mac": "<<mac.n:colon_lower>>", "tags": {"Owner": "<<per.o:lower_dot>>", "OwnerEmail": "<<email.e@o>>", "OnCall": '
        '"<<tel.t:us_intl2>>"}}}]}',
        "Sensitive: public_ip <<ip.q>>, the interface MAC <<mac.n:colon>>, Owner <<per.o:lower_dot>>, OwnerEmail <<email.e@o>> and the on-call number "
        "<<tel.t:us_dash>>. Rotate anything else in state and move it to a remote backend.",
    ),
    T(
        "h8-en-terraform_state-02",
        "en",
        "terraform_state",
        "Explain this terraform plan diff.",
        '  ~ resource "pagerduty_user" "oncall" {\n      ~ name  = "<<per.a>>" -> "<<per.b>>"\n'
        '      ~ email = "<<email.a@a>>" -> "<<email.b@b>>"\n    }\n  ~ resource "pagerduty_user_contact_method" "sms" {\n'
        '      ~ address = "<<tel.a:us_plain>>" -> "<<tel.b:us_plain>>"\n    }\nPlan: 0 to add, 2 to change, 0 to destroy. (provider pagerduty [[version]])',
        "It swaps the on-call user from <<per.a>> (<<email.a@a>>, <<tel.a:us_dash>>) to <<per.b>> (<<email.b@b>>, "
        "<<tel.b:us_dash>>).",
    ),
    # mbox_archive
    T(
        "h8-en-mbox_archive-01",
        "en",
        "mbox_archive",
        "Extract the body of this message from the mbox file.",
        "From <<email.s@s>> [[timestamp]]\nReturn-Path: <<<email.s@s>>>\nReceived: from mail.example.net ([<<ip.i>>])\n"
        'From: "<<per.s>>" <<<email.s@s>>>\nTo: <<per.r>> <<<email.r@r>>>\nSubject: W-9\n\nHi <<per.r:given>>, SSN is '
        "<<ssn.s>> and my address is <<addr_us.a:line>> (same as last year).\nThanks, <<per.s:given>>",
        "Body:\nHi <<per.r:given>>, SSN is <<ssn.s>> and my address is <<addr_us.a:line>> (same as last year).\nThanks, <<per.s>>",
    ),
    T(
        "h8-en-mbox_archive-02",
        "en",
        "mbox_archive",
        "Untangle this quoted thread: who agreed to what?",
        "<<per.a>>: OK, Wednesday it is.\n\nOn [[timestamp]], <<per.b>> <<<email.b@b>>> wrote:\n"
        "> Please courier the contract to <<addr_uk.a:multiline>>\n> My passport no. for the visa letter: <<pass.pp:uk>>\n> > Chinese ID for the invitation letter: <<cnid.c:x>>\n"
        "> > <<per.a>> wrote: my WeChat is <<wx.a@a>> if easier, QQ <<qq.a>> works too",
        "<<per.a>> agreed to sign on Wednesday. Earlier <<per.b>> (<<email.b@b>>) asked for the contract at "
        "<<addr_uk.a:line>> and gave passport <<pass.pp>>; <<per.a>> offered QQ <<qq.a>>; <<per.a>>'s Chinese ID is <<cnid.c>>.",
    ),
    # expense_report
    T(
        "h8-en-expense_report-01",
        "en",
        "expense_report",
        "Check this Concur export for missing fields before I submit.",
        "Report Owner,Employee ID,Expense Type,Amount,Vehicle,Card\n<<per.p:last_first>>,[[employee_id|EMP-5521]],Mileage,[[money]],"
        "<<plate.v:ca>>,\n<<per.p:last_first>>,[[employee_id|EMP-5521]],Hotel,[[money]],,<<card.c:amex>>",
        "The mileage line for <<per.p>> needs a trip purpose and odometer readings for <<plate.v>>; the hotel line charged to "
        "<<card.c:dashed>> needs an itemised receipt.",
    ),
    T(
        "h8-en-expense_report-02",
        "en",
        "expense_report",
        "Summarise why finance rejected this expense, based on the chat.",
        "",
        "Rejected because the receipt is in <<per.p>>'s personal name and the flight booking shows passport <<pass.pp>>, which "
        "differs from the HR record. <<per.p>> must resubmit.",
        system="You are the expense assistant. Current user: <<per.p:lower_dot>>, employee [[employee_id|EMP-7781]].",
        history=[
            (
                "<<per.f>> (finance): <<per.p:given>>, the receipt's made out to you personally",
                "It needs to be in the company's name.",
            ),
            (
                "also your itinerary lists passport <<pass.pp>> - HR has a different one. Call me at <<tel.f:us_intl>>",
                "I'll summarise both reasons.",
            ),
        ],
    ),
    # elderly_care_intake
    T(
        "h8-en-elderly_care_intake-01",
        "en",
        "elderly_care_intake",
        "Summarise this care-home admission form for the night staff.",
        "RESIDENT: <<per.r:upper>>\nDate of birth: <<dob.d:long_eu>>\nNHS number: <<mrn.m:digits>>\nPrevious address: <<addr_uk.a:multiline>>\n"
        "Next of kin: <<per.n>> (daughter), <<tel.n:uk_mobile>> / <<tel.l:uk_land>>\nGP: Dr. <<per.gp:family>>, [[organisation|Parkside Surgery]]",
        "<<per.r>> (born <<dob.d:eu>>, NHS no. <<mrn.m>>) moved in from <<addr_uk.a:line>>. Call <<per.n>> on <<tel.n:uk_intl>> "
        "in an emergency (after [[service_number|999]]); landline <<tel.l>>.",
    ),
    T(
        "h8-en-elderly_care_intake-02",
        "en",
        "elderly_care_intake",
        "List what the assisted-living community still needs from me, based on this chat.",
        "",
        "Still needed: a copy of <<per.m>>'s driver licence (<<dl.l>>), the Medicare card, and the records for MRN <<mrn.h>>. "
        "Billing contact: <<per.p>>, <<email.e@p>>.",
        system="You help <<per.p>> (<<email.e@p>>) with paperwork for a parent's move.",
        history=[
            (
                "Intake coordinator: For <<per.m>> we need photo ID, SSN and hospital records",
                "You can usually send a licence copy and the hospital's MRN.",
            ),
            (
                "ok - mom's DL is <<dl.l:fl>>, SSN <<ssn.m>>, she was at [[organisation|St. Luke's]] under MRN <<mrn.h:mrn>>",
                "Don't send the SSN by chat; offer it by phone instead.",
            ),
        ],
    ),
    # browser_autofill_export
    T(
        "h8-en-browser_autofill_export-01",
        "en",
        "browser_autofill_export",
        "Firefox exported my saved addresses and cards. Which entries look outdated?",
        '[{"given-name": "<<per.p:given>>", "family-name": "<<per.p:family>>", "street-address": "<<addr_us.a:multiline>>",\n'
        '  "tel": "<<tel.t:us_intl>>", "email": "<<email.e@p>>", "timeLastUsed": [[timestamp]]},\n'
        ' {"given-name": "<<per.p:given>>", "family-name": "<<per.p:family>>", "street-address": "<<addr_us.b:line>>",\n'
        '  "tel": "<<tel.t:us_paren>>"},\n {"cc-name": "<<per.p:upper>>", "cc-number": "<<card.c:discover>>", "cc-exp": "08/27"}]',
        "The second address (<<addr_us.b:line>>) was never used recently; <<per.p>>'s current one is <<addr_us.a:full>>. "
        "The card <<card.c:plain>> is still valid.",
    ),
    T(
        "h8-en-browser_autofill_export-02",
        "en",
        "browser_autofill_export",
        "From my Chrome passwords.csv (password column removed), which sites share a login?",
        "name,url,username\nwechat,https://web.wechat.com,<<wx.w>>\nqq,https://mail.qq.com,<<qq.q>>\n"
        "github,<<url.g:github@p>>,<<email.e@p>>\nbank,https://secure.chase.com,<<per.p:user>>\nnetflix,https://www.netflix.com,<<email.e@p>>\n"
        "uber,https://auth.uber.com,<<tel.t:us_plain>>",
        "GitHub and Netflix share <<email.e@p>>. The rest are unique: WeChat <<wx.w>>, QQ <<qq.q>>, the bank login <<per.p:user>> "
        "and Uber by phone <<tel.t:us_dash>>.",
    ),
    # school_trip_consent
    T(
        "h8-en-school_trip_consent-01",
        "en",
        "school_trip_consent",
        "Check this field-trip permission slip for missing information.",
        "FIELD TRIP PERMISSION - [[public_place|Monterey Bay Aquarium]]\nStudent: <<per.k>>   DOB: <<dob.k:us>>   Group: [[common_word|Dolphins]]\n"
        "Allergies: peanuts (EpiPen), clinic MRN <<mrn.m:alpha>>\nParent/guardian: <<per.p>>  Cell: <<tel.t:us_dash>>  "
        "Work: <<tel.w:us_paren>> ext. 5520\nEmail: <<email.e@p>>\nSignature: ________",
        "Missing the signature. Filled in: <<per.k>> (DOB <<dob.k:long>>), peanut allergy, MRN <<mrn.m>>; guardian <<per.p>> "
        "(<<tel.t:us_dot>>, <<email.e@p>>).",
    ),
    T(
        "h8-en-school_trip_consent-02",
        "en",
        "school_trip_consent",
        "Turn the parents' replies into the passport list for the Paris trip.",
        "",
        "Paris trip passports:\n- <<per.a>>: <<pass.a:uk>>, born <<dob.a:eu>>\n- <<per.b>>: <<pass.b:uk>>, born <<dob.b:eu>>",
        history=[
            (
                "<<per.pa>>: <<per.a>>'s passport is <<pass.a>>, DOB <<dob.a:long_eu>>. We're at <<addr_uk.a:line>>",
                "Thanks, noted.",
            ),
            (
                "<<per.pb>>: <<per.b>> - <<pass.b>>, <<dob.b:dot>>. Text me on <<tel.b:uk_mobile>> or WeChat <<wx.b@pb>>",
                "Thanks, noted as well.",
            ),
        ],
    ),
    # alert_webhook
    T(
        "h8-en-alert_webhook-01",
        "en",
        "alert_webhook",
        "This PagerDuty webhook payload is huge. What personal data is in it?",
        '{"event": {"event_type": "incident.triggered", "data": {"title": "SSN validation errors",\n'
        '  "assignees": [{"summary": "<<per.a>>", "email": "<<email.a@a>>"}],\n'
        '  "body": {"details": "sample: ssn=<<ssn.s:plain>> name=<<per.c:lower_full>> dl=<<dl.d:ny>>"},\n'
        '  "contact_methods": [{"type": "sms", "address": "<<tel.a:us_plain>>"}]}}}',
        "Personal data: the assignee <<per.a>> (<<email.a@a>>, <<tel.a:us_dash>>) and, worse, a customer sample in details: "
        "<<per.c>> with SSN <<ssn.s>> and licence <<dl.d>>.",
    ),
    T(
        "h8-en-alert_webhook-02",
        "en",
        "alert_webhook",
        "Rewrite this Grafana alert e-mail template so it doesn't leak user data.",
        "[FIRING:1] CheckoutErrors (prod)\nsample_log: user_email=<<email.u@u>> card=<<card.c:visa>> client_ip=<<ip.i:v6>>\n"
        "host=<<ip.h:private>> mac=<<mac.m:dash>>\nOn-call: <<per.o>> <<tel.o:uk_intl>>\nRunbook: [[code_identifier|checkout_errors.md]]",
        "[FIRING:1] CheckoutErrors (prod)\nhost=<<ip.h>>\nOn-call: <<per.o>>\n(Removed from the sample: <<email.u@u>>, the card "
        "<<card.c:spaced>> and client IP <<ip.i>>.)",
    ),
]

TEMPLATES = ZH + EN
