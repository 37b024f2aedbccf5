"""Fifteenth blind held-out part (``heldout15``): 60 zh + 60 en templates in 30 contexts of its own.

Written without reading the detector or the other parts' templates (see the README). Never imported
together with another part's templates; it defines its own ``T`` and context names.
"""

from __future__ import annotations

import collections
from typing import Any

CONTEXTS = (
    "dating_app_moderation",
    "redis_monitor",
    "elasticsearch_hits",
    "latex_cv",
    "matchmaker_profile",
    "neighborhood_committee_visit",
    "outlook_ics_invite",
    "agent_qa_scorecard",
    "recommendation_letter",
    "excel_vlookup_question",
    "android_contacts_export",
    "prison_visitor_log",
    "clinical_trial_screening",
    "sshd_journal",
    "pdf_acroform_fields",
    "rabbitmq_dead_letter",
    "smart_locker_pickup_code",
    "clan_register_zupu",
    "ride_hail_lost_item",
    "bail_surety_affidavit",
    "stablecoin_withdrawal_review",
    "takeout_rider_chat",
    "merit_donation_roll",
    "campus_shuttle_manifest",
    "ldap_ldif_export",
    "opentelemetry_span_attrs",
    "jury_summons_response",
    "scuba_certification_log",
    "ktv_room_booking",
    "piano_exam_entry",
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
) -> dict[str, Any]:
    """One template, numbered ``h15-<lang>-<context>-NN`` in the order written."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    _SEEN[lang, context] += 1
    return {
        "id": f"h15-{lang}-{context}-{_SEEN[lang, context]:02d}",
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
        "h15-dingtalk/<<tel.src:cn_plain>>",
        "h15-wecom:<<wx.src>>",
        "h15-meiqia/<<email.src>>",
        "h15-qidian:<<qq.src>>",
    ],
    "en": [
        "h15-freshdesk/<<email.src>>",
        "h15-aircall:<<tel.src:us_plain>>",
        "h15-front/<<per.src:lower_dot>>",
        "h15-gorgias:<<email.src>>",
    ],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "lab15/<<per.ANN:user>>", "rev15:<<email.ANN>>"]

ZH = [
    # ---------------------------------------------------------------- dating_app_moderation
    T(
        "zh",
        "dating_app_moderation",
        "你是交友App的内容审核员。根据举报人<<per.r>>提交的举报单判断是否封禁被举报账号，并写出处理意见。",
        "【举报单 RPT-[[number|20481]]】\n举报人：<<per.r>>（手机<<tel.r:cn_dash>>）\n"
        "被举报人昵称：小太阳，实名<<per.b>>，注册手机<<tel.b:cn_plain>>\n"
        "举报内容：对方在聊天里要我加微信<<wx.b>>，然后让我往<<card.c:spaced>>转[[money]]说是“投资”。\n"
        "附件：聊天截图3张；对方头像疑似盗用[[public_figure]]照片。",
        "处理意见：封禁。被举报人<<per.b>>（<<tel.b:cn_space>>）引导站外加微信<<wx.b>>并索要转账至<<card.c:plain>>，"
        "符合杀猪盘特征。已回复举报人<<per.r:title>>，并提醒其拨打[[service_number]]报警。",
        source="h15-mod/<<tel.r:cn_plain>>",
    ),
    T(
        "zh",
        "dating_app_moderation",
        "把以下审核后台日志整理成一张表：用户、动作、证据。",
        "[[timestamp]] uid=88213 nick=<<per.u:user>> action=REPORT_FAKE_PROFILE target=<<per.t:pinyin>>\n"
        "[[timestamp]] evidence: 个人简介写着“认识一下，QQ <<qq.t>>，小红书 <<url.t@t>>”\n"
        "[[timestamp]] device mac <<mac.t>> shared by 3 accounts\n"
        "[[timestamp]] reviewer=<<email.rv>> verdict=BAN reason=导流站外 model=[[version]]",
        "| 用户 | 动作 | 证据 |\n|---|---|---|\n| <<per.u:user>> | 举报虚假资料 | — |\n"
        "| <<per.t>>（<<per.t:pinyin>>） | 被封禁 | 简介留QQ <<qq.t>>、链接 <<url.t@t>> |",
        history=[
            ("这个<<per.t>>之前被举报过吗？", "有一次，审核员<<email.rv>>当时只做了警告处理。"),
        ],
        annotators=["<<email.rv>>"],
    ),
    # ---------------------------------------------------------------- redis_monitor
    T(
        "zh",
        "redis_monitor",
        "下面是线上Redis MONITOR的一段输出，请指出哪些命令把用户敏感信息明文写进了缓存。",
        '1733550211.204871 [0 <<ip.a:private>>:51544] "HSET" "user:10293" "name" "<<per.u>>" "mobile" "<<tel.u:cn_plain>>"\n'
        '1733550211.205002 [0 <<ip.a:private>>:51544] "SET" "idcard:10293" "<<cnid.i>>"\n'
        '1733550211.311540 [0 <<ip.b:private>>:40012] "GET" "session:[[code_identifier]]"\n'
        '1733550212.000131 [0 <<ip.a:private>>:51544] "EXPIRE" "user:10293" "[[number|86400]]"',
        "敏感写入有两条：HSET 写入了姓名<<per.u>>和手机号<<tel.u:cn_dash>>；SET 写入了身份证号<<cnid.i>>。"
        "来源客户端均为<<ip.a:private>>，建议该服务改为只缓存脱敏字段。",
    ),
    T(
        "zh",
        "redis_monitor",
        "根据Redis慢日志和MONITOR片段，写一段排障结论（中文）。",
        "redis-cli -h <<ip.h>> -p 6379 MONITOR | grep LPUSH\n"
        '"LPUSH" "sms:queue" "{\\"to\\":\\"<<tel.s:cn_intl2>>\\",\\"tpl\\":\\"验证码\\",\\"name\\":\\"<<per.s>>\\"}"\n'
        '"LPUSH" "sms:queue" "{\\"to\\":\\"<<tel.k:cn_plain>>\\",\\"tpl\\":\\"取件码\\",\\"name\\":\\"<<per.k>>\\"}"\n'
        "SLOWLOG: id=[[number|1024]] duration=18ms cmd=LRANGE sms:queue 0 -1",
        "结论：短信队列堆积，LRANGE 全量扫描导致慢查询。队列中可见<<per.s>>（<<tel.s:cn_plain>>）和<<per.k>>的手机号，"
        "排障时请勿把这段 MONITOR 输出贴到公开群；实例地址 <<ip.h>> 已限流。",
        system="你是运维值班助手，回答要简洁。值班人：<<per.op>>，电话<<tel.op:cn_space>>。",
    ),
    # ---------------------------------------------------------------- elasticsearch_hits
    T(
        "zh",
        "elasticsearch_hits",
        "这是一次 Elasticsearch 查询的返回，请把命中的会员资料整理成中文摘要。",
        '{"took": 12, "hits": {"total": {"value": 2}, "hits": [\n'
        ' {"_index": "members-[[version]]", "_id": "m_39120", "_source": {"name": "<<per.a>>", "phone": "<<tel.a:cn_plain>>", '
        '"id_no": "<<cnid.a:lower_x>>", "birthday": "<<dob.a:iso>>", "addr": "<<addr.a>>"}},\n'
        ' {"_index": "members-[[version]]", "_id": "m_39121", "_source": {"name": "<<per.b>>", "phone": "<<tel.b:cn_intl>>", '
        '"email": "<<email.b@b>>", "plate": "<<plate.b>>", "iban": "<<iban.b>>"}}]}}',
        "共命中2位会员：\n1. <<per.a>>，出生日期<<dob.a:cn>>，身份证<<cnid.a:lower_x>>，手机<<tel.a:cn_dash>>，住址<<addr.a>>；\n"
        "2. <<per.b>>，手机<<tel.b:cn_plain>>，邮箱<<email.b@b>>，车牌<<plate.b>>，境外账户<<iban.b>>。",
    ),
    T(
        "zh",
        "elasticsearch_hits",
        "帮我改写这个 ES 查询，让它能按手机号后四位模糊搜索。原查询和一条样例结果如下。",
        'GET /patients/_search\n{"query": {"term": {"mrn": "<<mrn.p>>"}}}\n\n'
        '返回：{"_source": {"mrn": "<<mrn.p>>", "patient": "<<per.p>>", "tel": "<<tel.p:cn_dash>>", '
        '"doctor": "[[public_figure]]主任工作室", "visit_ts": "[[timestamp]]", "tag": "[[common_word]]"}}',
        '可以用 wildcard 查询 tel 字段，例如 {"wildcard": {"tel": "*1234"}}。注意样例里<<per.p>>的病历号<<mrn.p>>和手机号'
        "<<tel.p:cn_plain>>都是真实数据，贴到工单前请先打码。",
        history=[
            ("我是数据组的<<per.me>>，之前问过你 bool 查询。", "记得，<<per.me:title>>。这次是什么需求？"),
        ],
    ),
    # ---------------------------------------------------------------- latex_cv
    T(
        "zh",
        "latex_cv",
        "把<<per.c>>的 LaTeX 简历源码转成纯文本简历（去掉命令，保留内容）。",
        "\\documentclass{moderncv}\n\\name{<<per.c:family>>}{<<per.c:given>>}\n"
        "\\phone[mobile]{<<tel.c:cn_intl>>}\n\\email{<<email.c@c>>}\n\\social[github]{<<url.c@c>>}\n"
        "\\address{<<addr.c>>}\n\\extrainfo{出生日期：<<dob.c:cn_pad>>}\n"
        "\\cventry{2021--2024}{后端工程师}{[[organisation]]}{}{}{维护 [[code_identifier]] 模块，QPS 提升[[number]]}",
        "<<per.c>>\n手机：<<tel.c:cn_plain>>　邮箱：<<email.c@c>>\nGitHub：<<url.c@c>>\n地址：<<addr.c>>\n出生日期：<<dob.c:cn_pad>>\n\n"
        "工作经历\n2021–2024　[[organisation]]　后端工程师",
    ),
    T(
        "zh",
        "latex_cv",
        "检查这段 LaTeX 简历为什么编译报错，并给出修好后的版本。",
        "\\section*{个人信息}\n姓名：<<per.c>> \\\\\n身份证号：<<cnid.c:spaced>> \\\\\n"
        "微信：<<wx.c@c>> \\& QQ：<<qq.c>> \\\\\n邮箱：\\href{mailto:<<email.c>>}{<<email.c>>\n"
        "\\section*{获奖}\n[[public_figure]]杯程序设计大赛二等奖",
        "报错原因：\\href 的第二个参数少了右花括号。修正后：\\href{mailto:<<email.c>>}{<<email.c>>}。\n"
        "另外建议简历不要写身份证号<<cnid.c:spaced>>；<<per.c>>的微信<<wx.c@c>>和 QQ <<qq.c>> 保留一个即可。",
        source="h15-overleaf/<<email.c>>",
    ),
    # ---------------------------------------------------------------- matchmaker_profile
    T(
        "zh",
        "matchmaker_profile",
        "你是婚介所的红娘助理。把下面的相亲资料整理成一段简短介绍，不要编造信息。",
        "【相亲资料卡】\n姓名：<<per.m>>　性别：男　出生：<<dob.m:cn_numerals>>\n身高：178cm　学历：硕士\n"
        "工作：[[organisation]]工程师，年薪约[[money]]\n常去：[[public_place]]\n房车：有房，车牌<<plate.m>>\n"
        "联系人：母亲<<per.mo>>，电话<<tel.mo:cn_numerals>>\n择偶要求：性格温和，喜欢[[common_word]]",
        "<<per.m>>，<<dob.m:iso>>出生，身高178cm，硕士，在[[organisation]]做工程师，有房有车。"
        "如有意向请联系其母亲<<per.mo:title>>，电话<<tel.mo:cn_dash>>。",
        system="红娘：<<per.hn>>（工号HN-[[number|0071]]，微信<<wx.hn@hn>>）。",
    ),
    T(
        "zh",
        "matchmaker_profile",
        "两位会员的资料如下，请评估匹配度（满分10分）并说明理由。",
        "会员A：<<per.a>>，<<dob.a:cn>>生，现居<<addr.a:short>>，身份证<<cnid.a>>已核验。\n"
        "会员B：<<per.b>>，<<dob.b:dot>>生，小学老师，手机<<tel.b:cn_fw>>，爱好看[[product]]测评视频。",
        "匹配度：7分。<<per.a:given>>和<<per.b:given>>年龄相近，<<per.b>>工作稳定。建议先由红娘分别致电"
        "<<per.b>>（<<tel.b:cn_plain>>）确认意向。",
        history=[
            ("上次给<<per.a>>介绍的那位怎么样了？", "对方觉得距离太远，没继续。"),
            ("那这次这位<<per.b>>住得近吗？", "都在同一个区，通勤方便。"),
        ],
    ),
    # ---------------------------------------------------------------- neighborhood_committee_visit
    T(
        "zh",
        "neighborhood_committee_visit",
        "整理网格员<<per.w>>的这份居委会入户走访记录，列出需要跟进的事项。",
        "走访日期：[[timestamp]]\n走访人：网格员<<per.w>>、社工<<per.s>>\n"
        "户主：<<per.h>>（独居老人，身份证<<cnid.h:old15>>），住址<<addr.h:comm>>\n"
        "联系电话：座机<<tel.hl:cn_land>>，子女<<per.k>>手机<<tel.k:cn_space>>\n"
        "情况：血压偏高，社区医院病历号<<mrn.h>>；燃气灶老化需更换；反映楼道灯坏了。",
        "跟进事项：\n1. 联系<<per.k>>（<<tel.k:cn_plain>>）商量为<<per.h>>更换燃气灶；\n"
        "2. 转社区卫生服务站按病历号<<mrn.h>>安排随访；\n3. 报物业维修<<addr.h:comm>>楼道灯。",
        annotators=["sq15/<<per.w:user>>"],
    ),
    T(
        "zh",
        "neighborhood_committee_visit",
        "根据走访对话，帮网格员填写“困难群众登记表”的JSON。",
        "",
        '{"姓名": "<<per.p>>", "身份证号": "<<cnid.p:x>>", "出生日期": "<<dob.p:iso>>", "住址": "<<addr.p>>", '
        '"电话": "<<tel.p:cn_plain>>", "低保卡号": "<<card.p:unionpay>>", "困难类型": "因病"}',
        history=[
            ("阿姨您好，我是居委会的<<per.w>>，来登记一下。您叫什么名字？", "我叫<<per.p>>，身份证号<<cnid.p:x>>。"),
            ("您是哪年出生的？电话多少？", "<<dob.p:cn>>出生的，电话<<tel.p:cn_numerals>>。"),
            ("低保金打在哪张卡上？", "[[organisation]]那张，卡号<<card.p:spaced>>。"),
        ],
    ),
    # ---------------------------------------------------------------- outlook_ics_invite
    T(
        "zh",
        "outlook_ics_invite",
        "把这个 ICS 会议邀请转成一句中文通知，说明时间、地点和参会人。",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:[[code_identifier]]@exchange\nDTSTART:20261209T020000Z\n"
        "SUMMARY:季度复盘\nLOCATION:<<addr.l>> 3楼会议室\n"
        "ORGANIZER;CN=<<per.o>>:mailto:<<email.o@o>>\n"
        "ATTENDEE;CN=<<per.a>>;ROLE=REQ-PARTICIPANT:mailto:<<email.a@a>>\n"
        "DESCRIPTION:拨入号 <<tel.o:cn_land>> 转 [[number|6021]]；会议室预订热线[[service_number|800-810-3366]]\nEND:VEVENT\nEND:VCALENDAR",
        "<<per.o>>邀请<<per.a>>参加季度复盘会，时间12月9日10:00，地点<<addr.l>> 3楼会议室；电话拨入<<tel.o:cn_land>>。",
    ),
    T(
        "zh",
        "outlook_ics_invite",
        "帮我回复这封会议邀请：接受，但需要改到下午。",
        "发件人：<<per.s>> <<<email.s@s>>>\n主题：邀请：供应商面谈 @ 周四 10:00\n"
        "参会人：<<per.s>>; <<per.me>>; [[organisation]]-商务组\n备注：如不能参加请致电<<tel.s:cn_intl>>。",
        "<<per.s:title>>您好：\n我接受周四的供应商面谈邀请，但上午另有安排，能否改到下午两点？如需电话沟通，我的手机是<<tel.me:cn_dash>>。\n<<per.me>>",
        source="h15-outlook:<<email.s@s>>",
    ),
]
ZH += [
    # ---------------------------------------------------------------- agent_qa_scorecard
    T(
        "zh",
        "agent_qa_scorecard",
        "你是呼叫中心质检员。根据通话记录给坐席打分（开场、核身、解决、合规），并指出违规点。",
        "坐席工号：A-[[number|3307]]　坐席：<<per.ag>>\n通话录音转写：\n坐席：您好，[[organisation]]客服，请问您是<<per.c>>吗？\n"
        "客户：是我。\n坐席：为核实身份，请您报一下身份证号。\n客户：<<cnid.c:spaced>>。\n"
        "坐席：好的，您尾号那张卡<<card.c:plain>>本月账单是[[money]]。您的手机还是<<tel.c:cn_numerals>>吗？\n客户：对。",
        "开场 9/10；核身 6/10；解决 8/10；合规 4/10。\n违规点：坐席<<per.ag>>在通话中完整念出了客户<<per.c>>的卡号<<card.c:spaced>>，"
        "并复述了完整手机号<<tel.c:cn_plain>>，应只核对后四位。",
        annotators=["<<email.qa>>", "qc15:<<per.qa2:user>>"],
    ),
    T(
        "zh",
        "agent_qa_scorecard",
        "把质检评分表里的扣分项汇总成给坐席的反馈邮件。",
        "质检单号：QC-[[order_number]]\n被检坐席：<<per.ag>>（<<email.ag@ag>>）\n客户：<<per.c>>，来电号码<<tel.c:cn_intl2>>\n"
        "扣分项：①未使用标准结束语；②把客户住址<<addr.c>>念给了第三方；③通话中提到热线[[service_number]]时语速过快。",
        "<<per.ag:given>>你好：\n本次质检（客户<<per.c:title>>，来电<<tel.c:cn_plain>>）共有三处扣分：未使用标准结束语；"
        "向第三方透露了客户住址；介绍热线语速过快。请下周复训。\n质检组 <<per.qa>>",
        system="质检组长：<<per.qa>>，分机<<tel.qa:cn_land>>。输出用正式书面语。",
    ),
    # ---------------------------------------------------------------- recommendation_letter
    T(
        "zh",
        "recommendation_letter",
        "把这封中文推荐信翻译成英文，保留称呼与联系方式。",
        "推荐信\n尊敬的招生委员会：\n我是[[organisation]]计算机系教授<<per.p>>，很高兴推荐我的学生<<per.s>>（学号[[employee_id|2019310442]]）。"
        "<<per.s:given>>在我的课题组三年，参与了[[product]]相关的研究，表现出色。\n"
        "如需进一步了解，请致电<<tel.p:cn_intl>>或发邮件至<<email.p@p>>。\n推荐人：<<per.p>>",
        "Letter of Recommendation\nDear Admissions Committee,\nI am Professor <<per.p:pinyin>> of the Department of Computer Science at "
        "[[organisation]]. It is my pleasure to recommend my student <<per.s:pinyin>>. ... Please call <<tel.p:cn_intl>> or e-mail <<email.p@p>>.\n"
        "<<per.p:pinyin>>",
    ),
    T(
        "zh",
        "recommendation_letter",
        "润色下面这封领英风格的推荐语，使其更自然，150字以内。",
        "我和<<per.r>>在[[organisation]]共事两年，他是我见过最靠谱的产品经理之一。当时项目上线前夜，"
        "<<per.r:given>>带着大家把[[code_identifier]]的问题全部修完。推荐给所有需要产品负责人的团队！"
        "——<<per.me>>（领英主页 <<url.me@me>>）",
        "我与<<per.r>>在[[organisation]]共事两年。他是我合作过最可靠的产品经理之一：上线前夜，他带领团队修复了全部关键问题。"
        "诚挚推荐。——<<per.me>>",
        source="h15-linkedin/<<url.me@me>>",
    ),
    # ---------------------------------------------------------------- excel_vlookup_question
    T(
        "zh",
        "excel_vlookup_question",
        "我的 VLOOKUP 一直返回 #N/A，下面是贴过来的两张表，帮我看看问题出在哪。",
        "表1（A:C）\n工号,姓名,手机\nE1001,<<per.a>>,<<tel.a:cn_plain>>\nE1002,<<per.b>>,<<tel.b:cn_plain>>\n\n"
        "表2（F:G）\n姓名,身份证\n<<per.a:spaced>>,<<cnid.a>>\n<<per.b>>,<<cnid.b:lower_x>>\n\n"
        "公式：=VLOOKUP(B2,$F$2:$G$3,2,FALSE)",
        '原因是表2里“<<per.a:spaced>>”中间有全角空格，和表1的“<<per.a>>”不相等。用 =VLOOKUP(SUBSTITUTE(B2,"　",""),...) '
        "或先清洗F列即可。<<per.b>>那行能匹配上，返回<<cnid.b:lower_x>>。",
    ),
    T(
        "zh",
        "excel_vlookup_question",
        "用 XLOOKUP 根据银行卡号查客户姓名（卡号<<card.x:plain>>应返回<<per.x>>），写出公式并说明步骤。",
        "A列 卡号 | B列 客户 | C列 开户行\n<<card.x:spaced>> | <<per.x>> | [[organisation]]\n"
        "<<card.y>> | <<per.y>> | [[organisation]]\nD1 备注：[[common_word]]\nE2 输入的卡号：<<card.x:plain>>",
        '公式：=XLOOKUP(SUBSTITUTE(E2," ",""),SUBSTITUTE(A2:A3," ",""),B2:B3)\n'
        "因为A列卡号<<card.x:spaced>>带空格而E2是<<card.x:plain>>，需要先去空格；结果返回<<per.x>>。",
        history=[("我用的是 [[product]] 里的 Excel，版本[[version]]。", "那支持 XLOOKUP。")],
    ),
    # ---------------------------------------------------------------- android_contacts_export
    T(
        "zh",
        "android_contacts_export",
        "这是从安卓手机导出的 contacts.vcf，请转成 CSV（姓名,手机,邮箱,生日）。",
        "BEGIN:VCARD\nVERSION:3.0\nN:<<per.a:family>>;<<per.a:given>>;;;\nFN:<<per.a>>\nTEL;TYPE=CELL:<<tel.a:cn_intl>>\n"
        "EMAIL;TYPE=HOME:<<email.a@a>>\nBDAY:<<dob.a:iso>>\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:<<per.b>>\n"
        "TEL;TYPE=WORK:<<tel.b:cn_land>>\nTEL;TYPE=CELL:<<tel.c:cn_0086>>\nX-QQ:<<qq.b>>\nNOTE:美国社安号 <<ssn.b>>\nEND:VCARD",
        "姓名,手机,邮箱,生日\n<<per.a>>,<<tel.a:cn_plain>>,<<email.a@a>>,<<dob.a:iso>>\n<<per.b>>,<<tel.c:cn_plain>>,,",
    ),
    T(
        "zh",
        "android_contacts_export",
        "合并下面 CSV 里重复的联系人，输出去重后的结果。",
        "Name,Given Name,Family Name,Phone 1 - Value,Phone 2 - Value,Notes\n"
        "<<per.d>>,<<per.d:given>>,<<per.d:family>>,<<tel.d:cn_intl2>>,,[[common_word]]\n"
        "<<per.d:pinyin>>,,,<<tel.d:cn_space>>,<<tel.e:cn_land>>,微信<<wx.d@d>>\n"
        "<<per.f>>,<<per.f:given>>,<<per.f:family>>,<<tel.f:cn_dash>>,,车牌<<plate.f>>",
        "去重后：\n1. <<per.d>>：手机<<tel.d:cn_plain>>，座机<<tel.e:cn_land>>，微信<<wx.d@d>>（拼音条目<<per.d:pinyin>>与之合并）；\n"
        "2. <<per.f>>：手机<<tel.f:cn_plain>>，备注车牌<<plate.f>>。",
    ),
    # ---------------------------------------------------------------- prison_visitor_log
    T(
        "zh",
        "prison_visitor_log",
        "根据会见登记簿，统计本周每位在押人员的会见次数，并列出来访人。",
        "会见登记（第三监区）\n[[timestamp]]｜在押人员：<<per.i1>>｜来访人：<<per.v1>>（妻子），身份证<<cnid.v1>>，车牌<<plate.v1>>\n"
        "[[timestamp]]｜在押人员：<<per.i1>>｜来访人：<<per.v2>>（律师），律师证号[[number|11101201810288734]]，电话<<tel.v2:cn_dash>>\n"
        "[[timestamp]]｜在押人员：<<per.i2>>｜来访人：<<per.v3>>（父亲），身份证<<cnid.v3:fw>>",
        "<<per.i1>>：2次（<<per.v1>>、<<per.v2>>律师）\n<<per.i2>>：1次（<<per.v3>>）",
    ),
    T(
        "zh",
        "prison_visitor_log",
        "以下是<<per.v>>的远程视频会见预约短信往来，帮我提取预约信息。",
        "",
        "预约人：<<per.v>>（身份证<<cnid.v:x>>，手机<<tel.v:cn_plain>>）；会见对象：<<per.i>>；时间：周六上午；方式：远程视频。",
        history=[
            ("【XX监狱】您好，请回复预约人姓名和身份证号。", "<<per.v>>，<<cnid.v:x>>"),
            ("请回复会见对象姓名及您的联系电话。", "会见我弟弟<<per.i>>，电话<<tel.v:cn_fw>>"),
            ("已为您预约周六上午远程视频会见，请提前10分钟登录。客服[[service_number]]。", "收到，谢谢"),
        ],
        source="h15-sms:<<tel.v:cn_plain>>",
    ),
]
ZH += [
    # ---------------------------------------------------------------- clinical_trial_screening
    T(
        "zh",
        "clinical_trial_screening",
        "根据筛选日志判断受试者是否符合入组标准（年龄18-65岁、无糖尿病史），给出结论。",
        "试验编号：[[code_identifier]]-III期\n筛选号 S-[[number|017]]\n受试者：<<per.s>>，性别女，出生日期<<dob.s:cn_pad>>\n"
        "住院号：<<mrn.s:zy>>　身份证：<<cnid.s>>\n既往史：高血压5年，否认糖尿病。\n研究护士：<<per.n>>，电话<<tel.n:cn_land>>",
        "受试者<<per.s>>（住院号<<mrn.s:zy>>，出生日期<<dob.s:iso>>）：否认糖尿病史，年龄需按出生日期核对是否在18-65岁之间；"
        "若符合则可入组，由研究护士<<per.n>>预约基线访视。",
        system="你是临床研究协调员（CRC）助手，只依据日志回答。本项目PI：<<per.pi>>，联系邮箱<<email.pi@pi>>。",
    ),
    T(
        "zh",
        "clinical_trial_screening",
        "把筛选失败登记表转成英文，供申办方查看。",
        "筛选失败登记\n| 筛选号 | 姓名缩写 | 门诊号 | 失败原因 | 联系电话 |\n|---|---|---|---|---|\n"
        "| S-[[number|023]] | <<per.a:pinyin>> | <<mrn.a:mz>> | 肌酐超标 | <<tel.a:cn_dash>> |\n"
        "| S-[[number|024]] | <<per.b:pinyin>> | <<mrn.b>> | 撤回知情同意 | <<tel.b:cn_intl>> |",
        "Screen-failure log\n| Screening No. | Subject | OPD No. | Reason | Phone |\n|---|---|---|---|---|\n"
        "| S-023 | <<per.a:pinyin>> | <<mrn.a:mz>> | creatinine above limit | <<tel.a:cn_dash>> |\n"
        "| S-024 | <<per.b:pinyin>> | <<mrn.b>> | consent withdrawn | <<tel.b:cn_intl>> |",
        annotators=["crc15:<<email.crc>>"],
    ),
    # ---------------------------------------------------------------- sshd_journal
    T(
        "zh",
        "sshd_journal",
        "分析下面的 journalctl -u sshd 输出，判断是否有暴力破解，并给出封禁建议。",
        "Dec 07 03:12:44 web01 sshd[[[number|21877]]]: Failed password for invalid user <<per.x:user>> from <<ip.x>> port 52144 ssh2\n"
        "Dec 07 03:12:46 web01 sshd[[[number|21879]]]: Failed password for root from <<ip.x>> port 52150 ssh2\n"
        "Dec 07 03:12:47 web01 arpwatch: new station <<ip.x>> <<mac.x>> eth0\n"
        "Dec 07 03:15:02 web01 sshd[[[number|21901]]]: Accepted publickey for <<per.op:user>> from <<ip.op:private>> port 50022 ssh2: RSA SHA256:[[code_identifier]]",
        "存在暴力破解：<<ip.x>> 在几秒内多次尝试 root 和不存在的用户<<per.x:user>>。建议用 fail2ban 封禁 <<ip.x>>。"
        "03:15 的登录来自内网 <<ip.op:private>>，是运维<<per.op:user>>的公钥登录，正常。",
    ),
    T(
        "zh",
        "sshd_journal",
        "写一条飞书告警消息，通知值班人处理异常登录。",
        "auth.log:\nsshd: Accepted password for <<per.u:pinyin_fl>> from <<ip.u>> port 61002 ssh2\n"
        "sudo:   <<per.u:user>> : TTY=pts/0 ; PWD=/home ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow\n"
        "主机MAC <<mac.h>>，机房：<<addr.dc>>",
        "【告警】机房<<addr.dc>>主机（MAC <<mac.h>>）出现异常：账号<<per.u:user>>从公网 <<ip.u>> 密码登录后 sudo 读取 /etc/shadow。"
        "请值班人<<per.duty>>（<<tel.duty:cn_plain>>）立即核实。",
        system="值班表：<<per.duty>>，手机<<tel.duty:cn_intl>>，备岗<<per.b2>>。",
    ),
    # ---------------------------------------------------------------- pdf_acroform_fields
    T(
        "zh",
        "pdf_acroform_fields",
        "下面是用 pdftk dump_data_fields 导出的表单字段，请整理成“字段名：值”的清单，只保留有值的字段。",
        "---\nFieldType: Text\nFieldName: applicant_name\nFieldValue: <<per.a>>\n---\nFieldType: Text\nFieldName: id_number\n"
        "FieldValue: <<cnid.a:x>>\n---\nFieldType: Text\nFieldName: mobile\nFieldValue: <<tel.a:cn_space>>\n---\nFieldType: Text\n"
        "FieldName: passport_no\nFieldValue: <<pass.a>>\n---\nFieldType: Text\nFieldName: refund_iban\nFieldValue: <<iban.a>>\n---\nFieldType: Button\nFieldName: agree\nFieldValue: Yes\n---\n"
        "FieldType: Text\nFieldName: remark\nFieldValue:",
        "applicant_name：<<per.a>>\nid_number：<<cnid.a:x>>\nmobile：<<tel.a:cn_space>>\npassport_no：<<pass.a>>\nrefund_iban：<<iban.a>>\nagree：Yes",
    ),
    T(
        "zh",
        "pdf_acroform_fields",
        "这是签证申请 PDF 的字段 JSON（PyPDF 读出），请检查护照号和出生日期格式是否正确。",
        '{"/T": "Surname", "/V": "<<per.p:family>>"}, {"/T": "GivenNames", "/V": "<<per.p:given>>"},\n'
        '{"/T": "PassportNumber", "/V": "<<pass.p:cn_e>>"}, {"/T": "DateOfBirth", "/V": "<<dob.p:compact>>"},\n'
        '{"/T": "USSocialSecurityNumber", "/V": "<<ssn.p>>"}, {"/T": "HomeAddress", "/V": "<<addr.p>>"}, {"/T": "Email", "/V": "<<email.p@p>>"}, {"/T": "Fee", "/V": "[[money]]"}',
        "护照号<<pass.p:cn_e>>符合“E+8位数字”格式；出生日期<<dob.p:compact>>建议改成<<dob.p:iso>>的格式。"
        "申请人<<per.p>>的邮箱<<email.p@p>>格式正确。",
    ),
    # ---------------------------------------------------------------- rabbitmq_dead_letter
    T(
        "zh",
        "rabbitmq_dead_letter",
        "死信队列里有几条消息反复失败，请根据消息体分析失败原因。",
        "queue: order.notify.dlq\nmessage 1: x-death count=5, reason=rejected\n"
        '{"orderNo": "[[order_number]]", "receiver": "<<per.r>>", "mobile": "<<tel.r:cn_plain>>#", "addr": "<<addr.r>>"}\n'
        "message 2: x-death count=3, reason=expired\n"
        '{"orderNo": "[[order_number]]", "receiver": "<<per.s>>", "mobile": "<<tel.s:cn_intl2>>", "idCard": "<<cnid.s>>"}',
        "消息1：收件人<<per.r>>的手机号字段末尾多了字符“#”，校验失败被拒；消息2：<<per.s>>的消息在重试期间过期，"
        "且消息体带了身份证号<<cnid.s>>，不应进入通知队列。",
    ),
    T(
        "zh",
        "rabbitmq_dead_letter",
        "把这条 RabbitMQ 管理界面复制出来的消息改写成可重放的 JSON（去掉 headers）。",
        "Exchange: payout.x　Routing Key: payout.bank\nProperties: message_id=[[code_identifier]] timestamp=[[timestamp]]\n"
        'Payload:\n{"payee":"<<per.p>>","card":"<<card.p:plain>>","iban":"<<iban.p>>","amount":"[[money]]","phone":"<<tel.p:cn_intl>>","taxId":"<<ssn.p>>"}',
        '{"payee": "<<per.p>>", "card": "<<card.p:plain>>", "iban": "<<iban.p>>", "amount": "[[money]]", "phone": "<<tel.p:cn_intl>>", "taxId": "<<ssn.p:plain>>"}',
        history=[("这是境外收款吧？怎么还有 IBAN？", "对，<<per.p>>是海外供应商，用 IBAN <<iban.p>> 收款。")],
    ),
    # ---------------------------------------------------------------- smart_locker_pickup_code
    T(
        "zh",
        "smart_locker_pickup_code",
        "下面是快递柜的通知短信，帮我提取取件信息。",
        "【丰巢】<<per.r:family>>先生/女士，您的[[organisation]]包裹（运单[[tracking_number]]）已到<<addr.l>>东门丰巢柜，"
        "取件码[[number|8392]]，请凭手机尾号取件。如有疑问致电[[service_number]]。\n包裹备注：[[common_word]]\n收件手机：<<tel.r:cn_plain>>",
        "收件人：<<per.r:family>>某，手机<<tel.r:cn_dash>>；位置：<<addr.l>>东门快递柜；运单号[[tracking_number]]；取件码8392。",
    ),
    T(
        "zh",
        "smart_locker_pickup_code",
        "根据对话帮用户写一条给快递柜客服的投诉。",
        "",
        "投诉：本人<<per.u>>（手机<<tel.u:cn_plain>>），包裹放在<<addr.u>>快递柜超时被收费[[money]]，"
        "但我从未收到取件短信，请核实并退费。",
        history=[
            ("我快递放柜子里了但是没收到短信，被扣钱了。", "请问您的姓名和收件手机？"),
            ("<<per.u>>，手机<<tel.u:cn_numerals>>", "包裹在哪个柜子？"),
            ("<<addr.u>>那个柜子", "好的，我帮您写投诉。"),
        ],
    ),
    # ---------------------------------------------------------------- clan_register_zupu
    T(
        "zh",
        "clan_register_zupu",
        "把下面家谱的世系记录整理成表格（世代、姓名、生卒、配偶）。",
        "第二十三世\n<<per.g1>>，字仲文，生于<<dob.g1:cn_numerals>>，配<<per.w1>>，育二子。\n"
        "第二十四世\n<<per.g2>>，<<per.g1:given>>公长子，生于<<dob.g2:cn>>，现居<<addr.g2:village>>，"
        "联系人电话<<tel.g2:cn_dash>>。\n修谱理事：[[public_figure]]后裔联谊会",
        "| 世代 | 姓名 | 出生 | 配偶 |\n|---|---|---|---|\n| 23 | <<per.g1>> | <<dob.g1:cn_numerals>> | <<per.w1>> |\n"
        "| 24 | <<per.g2>> | <<dob.g2:cn>> | — |",
    ),
    T(
        "zh",
        "clan_register_zupu",
        "宗亲会收集续谱信息，请根据群聊内容生成登记条目。",
        "",
        "续谱登记：<<per.m>>，<<dob.m:slash_iso>>生，身份证<<cnid.m>>，现居<<addr.m>>；父<<per.f>>；联系电话<<tel.m:cn_plain>>，微信<<wx.m@m>>。",
        system="宗亲会秘书：<<per.sec>>（QQ <<qq.sec>>）。只输出登记条目。",
        history=[
            (
                "[宗亲群] 请各房报送新丁信息：姓名、生日、身份证、住址。",
                "我是<<per.f>>的儿子<<per.m>>，<<dob.m:cn_pad>>出生。",
            ),
            ("身份证和住址呢？", "<<cnid.m>>，住<<addr.m>>。电话<<tel.m:cn_intl>>，微信<<wx.m@m>>。"),
        ],
    ),
    # ---------------------------------------------------------------- ride_hail_lost_item
    T(
        "zh",
        "ride_hail_lost_item",
        "根据网约车失物报失单，生成给司机的联系话术。",
        "报失单 LF-[[order_number]]\n乘客：<<per.p>>，手机<<tel.p:cn_plain>>\n行程：[[timestamp]] 从<<addr.a>>到<<addr.b>>\n"
        "车辆：<<plate.v>>，司机<<per.d:title>>，驾驶证<<dl.d>>\n遗失物：黑色[[product]]一台",
        "<<per.d:title>>您好，我是平台客服。乘客<<per.p:family>>女士在您车（<<plate.v>>）上遗落了一台黑色[[product]]，"
        "行程从<<addr.a>>到<<addr.b>>。方便的话请回电乘客<<tel.p:cn_dash>>或平台[[service_number]]。",
    ),
    T(
        "zh",
        "ride_hail_lost_item",
        "总结乘客<<per.p>>（<<tel.p:cn_plain>>）这段失物找回的客服对话，写入工单备注。",
        "",
        "工单备注：乘客<<per.p>>（<<tel.p:cn_plain>>）报失钱包（内有身份证<<cnid.p>>和银行卡），司机<<per.d>>（车牌<<plate.d>>，驾驶证<<dl.d>>）已找到，约定送至<<addr.p>>。",
        history=[
            ("我钱包落车上了，里面有身份证和银行卡！", "别急，请提供您的姓名和手机号。"),
            ("<<per.p>>，<<tel.p:cn_intl2>>。身份证号是<<cnid.p>>。", "已联系司机<<per.d>>，车牌<<plate.d>>。"),
            ("能送到<<addr.p>>吗？", "司机同意送达，预计一小时。"),
        ],
        annotators=["<<email.kf>>"],
    ),
    # ---------------------------------------------------------------- bail_surety_affidavit
    T(
        "zh",
        "bail_surety_affidavit",
        "审查保证人<<per.g>>提交的这份取保候审保证书，指出缺漏的信息。",
        "保证书\n保证人：<<per.g>>，性别男，出生日期<<dob.g:cn>>，身份证号<<cnid.g>>，住址<<addr.g>>，联系电话<<tel.g:cn_dash>>。\n"
        "被保证人：<<per.s>>，身份证号<<cnid.s:lower_x>>。\n本人自愿担任被保证人的保证人，保证监督其遵守《[[organisation]]》相关规定……\n"
        "保证人签名：　　　日期：",
        "缺漏：保证人<<per.g>>未签名、未填日期；被保证人<<per.s>>缺少住址和联系电话；另应注明保证人与被保证人的关系。",
    ),
    T(
        "zh",
        "bail_surety_affidavit",
        "根据律师与家属的沟通记录，起草一份取保候审申请书的当事人信息部分。",
        "",
        "申请人：<<per.l>>，[[organisation]]律师，执业证号[[number|13101201911234567]]，电话<<tel.l:cn_land>>\n"
        "犯罪嫌疑人：<<per.s>>，<<dob.s:cn_pad>>出生，身份证号<<cnid.s>>，户籍地<<addr.s>>\n保证人：<<per.f>>（系嫌疑人之父）",
        history=[
            ("<<per.l:title>>，我儿子叫<<per.s>>，身份证<<cnid.s:spaced>>。", "出生日期和户籍地址？"),
            ("<<dob.s:iso>>出生，户籍在<<addr.s>>。保证人写我，<<per.f>>。", "好的，我起草申请书。"),
        ],
        source="h15-lawyer/<<tel.l:cn_land>>",
    ),
]
ZH += [
    # ---------------------------------------------------------------- stablecoin_withdrawal_review
    T(
        "zh",
        "stablecoin_withdrawal_review",
        "你是交易所合规审核员。根据KYC工单判断这笔USDT提现能否放行，说明理由。",
        "工单 KYC-[[order_number]]\n用户：<<per.u>>（英文名 <<per.u:pinyin>>）\n证件：护照 <<pass.u:cn_ea>>，签发地上海\n"
        "税务居民声明：美国税务居民，SSN <<ssn.u>>\n出金账户：IBAN <<iban.u>>\n登录IP：<<ip.u>>\n申请提现：[[money]]等值USDT，链上地址[[code_identifier]]",
        "暂不放行。<<per.u>>申报为美国税务居民（SSN <<ssn.u:dash>>），需补充W-9；出金IBAN <<iban.u>> 户名需与护照<<pass.u:cn_ea>>一致，"
        "且登录IP <<ip.u>> 与常用地不符，转人工复核。",
        annotators=["kyc15:<<email.rv>>"],
    ),
    T(
        "zh",
        "stablecoin_withdrawal_review",
        "根据风控日志写一段中文风险说明，给二审看。",
        "risk_engine [[version]]\nuid=551203 name=<<per.u>> device_mac=<<mac.d>> ip=<<ip.d>>\n"
        "new_device=true, withdraw_addr_age=2h, kyc_doc=passport:<<pass.u>>\n"
        "linked_wechat=<<wx.u@u>> linked_card=<<card.u>>\nw9_ssn=<<ssn.w>> payout_iban=<<iban.w>>\nscore=[[number|87.5]]",
        "风险说明：用户<<per.u>>在新设备（MAC <<mac.d>>，IP <<ip.d>>）上登录后2小时内向新地址提现，"
        "风险分87.5。KYC证件为护照<<pass.u>>，绑定微信<<wx.u@u>>与银行卡<<card.u>>。建议电话回访后再放行。",
        history=[("这个用户之前有过类似操作吗？", "三个月前<<per.u>>在另一台设备<<mac.old>>上也有一次，当时放行了。")],
    ),
    # ---------------------------------------------------------------- takeout_rider_chat
    T(
        "zh",
        "takeout_rider_chat",
        "把外卖骑手和顾客的聊天整理成一条配送异常记录。",
        "",
        "异常记录：骑手<<per.r>>（<<tel.r:cn_plain>>，电动车牌<<plate.r>>）送达<<addr.c>>时联系不上顾客<<per.c:family>>先生"
        "（<<tel.c:cn_plain>>），餐品已放门口，订单[[order_number]]。",
        history=[
            ("[骑手 <<per.r>>] 您好，外卖到楼下了，打您<<tel.c:cn_dash>>没人接", "[系统] 顾客暂未回复"),
            ("[骑手] 我放<<addr.c>>门口了哈，有事打我<<tel.r:cn_fw>>", "[顾客 <<per.c:family>>先生] 好的谢谢"),
            ("[骑手] 麻烦给个好评，我车牌<<plate.r>>", "[系统] 订单[[order_number]]已完成"),
        ],
    ),
    T(
        "zh",
        "takeout_rider_chat",
        "审核这份骑手入驻资料，列出还需补充的材料。",
        "骑手入驻申请\n姓名：<<per.r>>\n身份证：<<cnid.r>>\n驾驶证号：<<dl.r>>\n手机：<<tel.r:cn_intl>>\n"
        "工资卡：<<card.r:unionpay>>\n紧急联系人：<<per.e>> <<tel.e:cn_space>>\n健康证：未上传\n（平台骑手热线[[service_number|400-882-5678]]，非本人电话）",
        "<<per.r>>的入驻资料需补充：健康证。已提供身份证<<cnid.r>>、驾驶证<<dl.r>>、工资卡<<card.r:plain>>和紧急联系人<<per.e>>。",
        system="站点主管：<<per.boss>>，站点地址<<addr.st>>。",
    ),
    # ---------------------------------------------------------------- merit_donation_roll
    T(
        "zh",
        "merit_donation_roll",
        "把寺院的功德榜登记整理成公示文本（公示时只写姓氏加“居士”，金额照录）。",
        "功德登记簿（[[timestamp]]）\n<<per.a>>　[[money]]　电话<<tel.a:cn_plain>>　回向：父母安康\n"
        "<<per.b>>　[[money]]　QQ <<qq.b>>　回向：学业顺利\n<<per.c>>　[[money]]　地址<<addr.c>>",
        "功德公示\n<<per.a:family>>居士　[[money]]\n<<per.b:family>>居士　[[money]]\n<<per.c:family>>居士　[[money]]",
        annotators=["<<per.vol:user>>"],
    ),
    T(
        "zh",
        "merit_donation_roll",
        "海外信众捐款需要开具英文收据，请根据信息生成收据。",
        "捐款人：<<per.d>>（<<per.d:pinyin>>），美国加州居民\n地址：<<addr_us.d>>\nSSN（用于抵税）：<<ssn.d>>\n"
        "汇款账户：<<iban.d>>\n金额：[[money]]\n联系电话：<<tel.d:us_paren>>",
        "RECEIPT\nReceived from <<per.d:pinyin>>, <<addr_us.d>>, the sum of [[money]] by bank transfer from <<iban.d>>.\n"
        "Donor SSN: <<ssn.d:dash>>　Tel: <<tel.d:us_dash>>",
    ),
    # ---------------------------------------------------------------- campus_shuttle_manifest
    T(
        "zh",
        "campus_shuttle_manifest",
        "核对校车乘车名单，找出缺少家长电话的学生。",
        "线路3 乘车名单（司机<<per.dr>>，驾驶证<<dl.dr>>，车牌<<plate.bus>>）\n序号,学生,班级,家长,家长电话\n"
        "1,<<per.s1>>,三(2),<<per.p1>>,<<tel.p1:cn_plain>>\n2,<<per.s2>>,四(1),<<per.p2>>,\n3,<<per.s3>>,二(5),<<per.p3>>,<<tel.p3:cn_dash>>",
        "缺少家长电话：<<per.s2>>（家长<<per.p2>>）。其余学生<<per.s1>>、<<per.s3>>已有家长电话。",
    ),
    T(
        "zh",
        "campus_shuttle_manifest",
        "根据车载终端日志，回答：今天早上校车几点到站、谁刷卡上车？",
        "[[timestamp]] gw=<<mac.g>> ip=<<ip.g:private>> event=GPS_ARRIVE stop=<<addr.s>>\n"
        "[[timestamp]] card_swipe name=<<per.s:pinyin>> guardian_tel=<<tel.g:cn_plain>>\n"
        "[[timestamp]] driver_login dl=<<dl.d>> plate=<<plate.b>> fw=[[version]]",
        "校车（<<plate.b>>，终端<<mac.g>>）早上到达<<addr.s>>站；学生<<per.s>>刷卡上车，监护人电话<<tel.g:cn_dash>>。当班司机驾驶证<<dl.d>>。",
    ),
    # ---------------------------------------------------------------- ldap_ldif_export
    T(
        "zh",
        "ldap_ldif_export",
        "把这段 LDIF 导出转换成员工通讯录（姓名、部门、电话、邮箱）。",
        "dn: uid=<<per.a:user>>,ou=研发部,dc=corp,dc=example\ncn: <<per.a>>\nsn: <<per.a:family>>\nmail: <<email.a@a>>\n"
        "telephoneNumber: <<tel.a2:cn_land>>\nmobile: <<tel.a:cn_intl2>>\n\ndn: uid=<<per.b:user>>,ou=财务部,dc=corp,dc=example\n"
        "cn: <<per.b>>\nmail: <<email.b@b>>\nmobile: <<tel.b:cn_plain>>\nlabeledURI: <<url.b@b>>",
        "| 姓名 | 部门 | 电话 | 邮箱 |\n|---|---|---|---|\n| <<per.a>> | 研发部 | <<tel.a:cn_plain>> / <<tel.a2:cn_land>> | <<email.a@a>> |\n"
        "| <<per.b>> | 财务部 | <<tel.b:cn_plain>> | <<email.b@b>> |",
    ),
    T(
        "zh",
        "ldap_ldif_export",
        "下面 ldapsearch 的结果里有一台主机条目，请说明各属性含义。",
        "# <<per.o:user>>-pc, hosts, corp\ndn: cn=<<per.o:user>>-pc,ou=hosts,dc=corp\nobjectClass: ieee802Device\n"
        "macAddress: <<mac.h>>\nipHostNumber: <<ip.h>>\nowner: cn=<<per.o>>,ou=people,dc=corp\ndescription: [[product]]",
        "macAddress 是该主机网卡地址<<mac.h>>；ipHostNumber 是分配的IP <<ip.h>>；owner 表示归属人<<per.o>>；description 记录设备型号[[product]]。",
        system="你是IT服务台助手。提问人：<<per.ask>>，工位电话<<tel.ask:cn_land>>。",
    ),
    # ---------------------------------------------------------------- opentelemetry_span_attrs
    T(
        "zh",
        "opentelemetry_span_attrs",
        "这是 Jaeger 里导出的一条 OpenTelemetry span，请找出 attributes 里不该出现的用户隐私，并给出采集端的脱敏配置建议。",
        '{"traceId": "[[code_identifier]]", "name": "POST /passport/verify", "attributes": {"enduser.id": "<<per.u:user>>", '
        '"http.client_ip": "<<ip.u>>", "app.user.email": "<<email.u>>", "app.form.name": "<<per.u>>", "app.form.phone": "<<tel.u:cn_plain>>", '
        '"app.form.passport": "<<pass.u>>", "device.mac": "<<mac.u>>", "service.version": "[[version]]"}}',
        "不该出现的：enduser.id（<<per.u:user>>）、客户端IP <<ip.u>>、邮箱<<email.u>>、姓名<<per.u>>、手机<<tel.u:cn_dash>>、护照号<<pass.u>>和设备MAC <<mac.u>>。"
        "建议在 Collector 里用 attributes processor 删除 app.form.* 并对 http.client_ip 做哈希。",
    ),
    T(
        "zh",
        "opentelemetry_span_attrs",
        "根据这几条 span events 还原用户的操作顺序。",
        "span: checkout.bind_card\n  event[[[timestamp]]] input card_no=<<card.c:spaced>>\n"
        "  event[[[timestamp]]] db.statement=INSERT INTO bind(holder,idcard) VALUES ('<<per.c>>','<<cnid.c>>')\n"
        "  event[[[timestamp]]] http.status_code=500\n  event[[[timestamp]]] oauth.redirect=<<url.c@c>> result=denied",
        "用户<<per.c>>先输入卡号<<card.c:plain>>，随后写库（身份证<<cnid.c>>）时接口返回500，最后尝试用<<url.c@c>>授权登录被拒。",
        annotators=["<<email.ann>>", "otel15/<<per.ann2:user>>"],
    ),
]
ZH += [
    # ---------------------------------------------------------------- jury_summons_response
    T(
        "zh",
        "jury_summons_response",
        "帮在美国的华人长辈看懂这张陪审员传票回执，并用中文列出要填的内容。",
        "JUROR SUMMONS RESPONSE\nJuror: <<per.j:pinyin>>\nJuror ID: [[number|204418832]]\nAddress: <<addr_us.j>>\n"
        "Date of Birth: <<dob.j:iso>>\nCA Driver License: <<dl.j:ca>>\nSSN (last 4 only): ____\nPhone: <<tel.j:us_paren>>",
        "这是加州陪审团传票回执。需要核对：姓名<<per.j:pinyin>>、住址<<addr_us.j>>、出生日期<<dob.j:iso>>、驾照号<<dl.j:ca>>、电话<<tel.j:us_dash>>；"
        "社安号只填后四位即可，不要把完整的SSN写上去。",
        history=[
            ("我叫<<per.j>>，英文不太好。", "没关系，我帮您逐项解释。"),
            ("去年那张表我把社安号<<ssn.j>>全写上了，要紧吗？", "以后只写后四位就行。"),
        ],
    ),
    T(
        "zh",
        "jury_summons_response",
        "根据候选人材料，整理人民陪审员候选人信息表。",
        "候选人：<<per.c>>\n性别：女　出生日期：<<dob.c:cn_pad>>\n身份证号：<<cnid.c:spaced>>\n驾驶证号：<<dl.c>>\n"
        "工作单位：[[organisation]]\n住址：<<addr.c>>\n联系电话：<<tel.c:cn_0086>>\n推荐单位：<<addr.r:short>>街道办",
        "| 项目 | 内容 |\n|---|---|\n| 姓名 | <<per.c>> |\n| 出生日期 | <<dob.c:iso>> |\n| 身份证号 | <<cnid.c>> |\n"
        "| 联系电话 | <<tel.c:cn_plain>> |\n| 住址 | <<addr.c>> |",
        source="h15-court/<<cnid.c>>",
    ),
    # ---------------------------------------------------------------- scuba_certification_log
    T(
        "zh",
        "scuba_certification_log",
        "把潜水日志整理成中文潜水记录表。",
        "DIVE LOG #[[number|47]]\nDiver: <<per.d:pinyin>>　Cert: OW-[[number|2204117]]\nPassport: <<pass.d>>\n"
        "Site: Blue Corner　Max depth 28m　Buddy: <<per.b>> (<<tel.b:cn_intl>>)\nInstructor: [[public_figure]] Dive Center staff",
        "潜水记录：潜水员<<per.d>>（护照<<pass.d>>），潜点 Blue Corner，最大深度28米，潜伴<<per.b>>（电话<<tel.b:cn_plain>>）。",
    ),
    T(
        "zh",
        "scuba_certification_log",
        "潜水店要求填写健康声明，请根据下列信息判断是否需要医生签字。",
        "潜水员：<<per.d>>\n出生日期：<<dob.d:dot>>\n护照：<<pass.d:cn_g>>\n病史：哮喘（[[organisation]]就诊，病历号<<mrn.d>>）\n"
        "押金转账：IBAN <<iban.d>>\n紧急联系人：<<per.e>>，<<tel.e:cn_intl2>>",
        "需要医生签字：<<per.d>>有哮喘病史（病历号<<mrn.d>>），按潜水健康声明须由医生确认。护照<<pass.d:cn_g>>、紧急联系人<<per.e>>已填写。",
        system="潜水店前台助手。店长：<<per.mgr>>，邮箱<<email.mgr@mgr>>。",
    ),
    # ---------------------------------------------------------------- ktv_room_booking
    T(
        "zh",
        "ktv_room_booking",
        "根据KTV的包厢预订单，写一条给顾客的确认短信，并核对会员生日优惠是否适用（生日当月可享8折）。",
        "包厢预订单 KTV-[[order_number]]\n预订人：<<per.u>>\n会员生日：<<dob.u:compact>>\n手机：<<tel.u:cn_plain>>\n"
        "邮箱：<<email.u:qq>>　QQ：<<qq.u>>\n小红书：<<url.u@u>>\n包厢：中包，[[timestamp]]起，最低消费[[money]]",
        "【KTV】<<per.u:title>>您好，您预订的中包已确认，最低消费[[money]]。会员生日为<<dob.u:cn>>，若本月生日可享8折。如需改期请回复或致电<<tel.u:cn_dash>>留言。",
    ),
    T(
        "zh",
        "ktv_room_booking",
        "整理这份KTV安全事件记录，写成给店长的简报。",
        "事件记录：[[timestamp]] 808包厢顾客<<per.p>>（出生<<dob.p:cn>>）在走廊滑倒，送[[organisation]]急诊，门诊号<<mrn.p:mz>>。\n"
        "登记身份证：<<cnid.p>>　联系电话：<<tel.p:cn_dash>>\n同行人：<<per.f>>\n当班经理：<<per.m>>",
        "简报：顾客<<per.p>>在808包厢外走廊滑倒，已送急诊（门诊号<<mrn.p:mz>>），同行人<<per.f>>陪同。请联系顾客（<<tel.p:cn_intl>>）跟进，并检查走廊防滑。",
    ),
    # ---------------------------------------------------------------- piano_exam_entry
    T(
        "zh",
        "piano_exam_entry",
        "审核考生<<per.s>>的钢琴考级报名表，指出不合要求的字段。",
        "考级报名表\n考生：<<per.s>>　出生日期：<<dob.s:slash_iso>>\n身份证：<<cnid.s:fw>>\n报考级别：八级\n"
        "指导老师：<<per.t>>（<<tel.t:cn_plain>>）\n家长：<<per.p>>　QQ：<<qq.p>>　微信：<<wx.p@p>>\n曲目：[[public_figure]]《练习曲》",
        "身份证号<<cnid.s:fw>>使用了全角数字，应改为半角<<cnid.s>>。其余：考生<<per.s>>、指导老师<<per.t>>、家长<<per.p>>信息完整。",
    ),
    T(
        "zh",
        "piano_exam_entry",
        "根据报名对话生成英皇考级（ABRSM）线上报名的信息单。",
        "",
        "Candidate: <<per.s:pinyin>>\nDate of birth: <<dob.s:iso>>\nTeacher: <<per.t:pinyin>>\nPerformance video: <<url.s@s>>\n"
        "Payment card: <<card.s>>\nContact: <<tel.p:cn_intl>>",
        history=[
            ("我女儿<<per.s>>要报英皇五级，<<dob.s:cn>>出生。", "老师是谁？演奏视频传到哪里了？"),
            ("老师<<per.t>>，视频在B站<<url.s@s>>。", "请提供付款卡号和联系电话。"),
            ("卡号<<card.s:spaced>>，电话<<tel.p:cn_plain>>，我是孩子妈妈<<per.p>>。", "好的，我来生成报名信息单。"),
        ],
        source="h15-abrsm/<<tel.p:cn_plain>>",
    ),
]
EN = [
    # ---------------------------------------------------------------- dating_app_moderation
    T(
        "en",
        "dating_app_moderation",
        "You are a trust & safety moderator for a dating app. Decide whether to ban the reported profile and write a short rationale.",
        'REPORT #[[number|558201]] (category: romance scam)\nReporter: <<per.r>> <<<email.r@r>>>\nReported profile: "Captain Mike", '
        "real name on file <<per.b>>, phone <<tel.b:us_dash>>\nDetails: he moved the chat to Instagram (<<url.b@b>>) and asked me to "
        'buy gift cards worth [[money]], then sent his card number <<card.b>> "to prove he\'s legit".\nSignup IP: <<ip.b>>',
        "Ban. <<per.b>> (phone <<tel.b:us_plain>>, signup IP <<ip.b>>) moved the conversation off-platform to <<url.b@b>> and requested gift cards, "
        "a classic romance-scam pattern. Reply to <<per.r:given>> with safety tips and the [[service_number]] reminder.",
        source="h15-tns/<<email.r@r>>",
    ),
    T(
        "en",
        "dating_app_moderation",
        "Summarise this moderation chat for the escalation queue in three bullet points.",
        "",
        "- User <<per.u>> reports a match, <<per_cn.s:pinyin>>, who pushed her to WeChat (<<wx.s>>) and QQ (<<qq.s>>).\n"
        "- The match sent a photo of a Chinese ID card <<cnid.s>> and a passport <<pass.s:cn_e>> to look verified.\n"
        "- Recommend: ban and hash both documents.",
        history=[
            (
                "Hi, I'm <<per.u>>. Someone I matched with keeps asking me to add him on WeChat, <<wx.s>>.",
                "Thanks for reporting. What's his profile name?",
            ),
            ("He says his name is <<per_cn.s:pinyin>>. He also gave me a QQ, <<qq.s>>.", "Did he share any documents?"),
            (
                "Yes, an ID card photo, number <<cnid.s:lower_x>>, and a passport <<pass.s:cn_e>>.",
                "Understood. We'll escalate.",
            ),
        ],
        annotators=["<<email.mod>>", "tns15:<<per.mod2:user>>"],
    ),
    # ---------------------------------------------------------------- redis_monitor
    T(
        "en",
        "redis_monitor",
        "Here is a slice of `redis-cli MONITOR` from production. Which commands write personal data in clear text?",
        '1733561002.118320 [2 <<ip.a:private>>:60211] "HMSET" "cust:88172" "full_name" "<<per.c>>" "phone" "<<tel.c:us_plain>>" "email" "<<email.c@c>>"\n'
        '1733561002.118911 [2 <<ip.a:private>>:60211] "SET" "kyc:88172:ssn" "<<ssn.c>>"\n'
        '1733561002.402077 [0 <<ip.w:private>>:44100] "INCRBY" "[[code_identifier]]" "[[number|4096]]"',
        "Two writes hold personal data: the HMSET stores <<per.c>>'s name, phone <<tel.c:us_dash>> and e-mail <<email.c@c>>, and the SET "
        "stores the SSN <<ssn.c:dash>>. Both come from client <<ip.a:private>>. The INCRBY is a counter and is fine.",
    ),
    T(
        "en",
        "redis_monitor",
        "Explain what this Redis keyspace dump shows and suggest a TTL policy.",
        '127.0.0.1:6379> SCAN 0 MATCH device.* COUNT 100\n1) "device.<<mac.d:colon_lower>>"\n127.0.0.1:6379> HGETALL device.<<mac.d:colon_lower>>\n'
        '1) "owner"  2) "<<per.o:lower_dot>>"\n3) "last_ip"  4) "<<ip.d>>"\n5) "fw"  6) "[[version]]"\n7) "seen"  8) "[[timestamp]]"',
        "The key is a device hash named after its MAC <<mac.d:colon_lower>>, owned by <<per.o:lower_dot>>, last seen from <<ip.d>>. "
        "Because it links a person to a device and an address, give these keys a 30-day TTL.",
        system="On-call SRE assistant. Pager: <<per.sre>>, <<tel.sre:us_intl>>.",
    ),
    # ---------------------------------------------------------------- elasticsearch_hits
    T(
        "en",
        "elasticsearch_hits",
        "Turn these Elasticsearch hits into a short customer summary for the support agent.",
        '{"hits": {"total": {"value": 2}, "hits": [\n  {"_id": "c-771", "_source": {"name": "<<per.a>>", "dob": "<<dob.a:iso>>", "phone": "<<tel.a:uk_mobile>>", '
        '"address": "<<addr_uk.a>>"}},\n  {"_id": "c-772", "_source": {"name": "<<per.b:last_first>>", "email": "<<email.b@b>>", "phone": "<<tel.b:us_paren>>", '
        '"plan": "[[product]]", "tag": "[[common_word]]"}}]}}',
        "Two matches:\n1. <<per.a>>, born <<dob.a:long_eu>>, mobile <<tel.a:uk_intl>>, living at <<addr_uk.a>>.\n"
        "2. <<per.b>> (<<email.b@b>>, <<tel.b:us_dash>>) on the [[product]] plan.",
    ),
    T(
        "en",
        "elasticsearch_hits",
        "Why does this Kibana Discover export show the same user from two IPs? Answer briefly.",
        "@timestamp,user.name,source.ip,source.mac,url.original,payment.card\n"
        "[[timestamp]],<<per.u:user>>,<<ip.u1>>,<<mac.u>>,/account,\n[[timestamp]],<<per.u:user>>,<<ip.u2>>,,<<url.u@u>>,<<card.u>>",
        "The first event (<<ip.u1>>, device <<mac.u>>) is the account page; the second comes from <<ip.u2>> while <<per.u:user>> "
        "linked a social profile (<<url.u@u>>) and paid with <<card.u>>. Likely a phone switching from Wi-Fi to mobile data.",
        history=[("I'm <<per.me>> from fraud ops, can you check this export?", "Sure, <<per.me:given>>, paste it.")],
    ),
    # ---------------------------------------------------------------- latex_cv
    T(
        "en",
        "latex_cv",
        "Convert <<per.c>>'s moderncv LaTeX source into a plain-text CV.",
        "\\name{<<per.c:given>>}{<<per.c:family>>}\n\\title{Data Engineer}\n\\address{<<addr_us.c>>}\n\\phone[mobile]{<<tel.c:us_intl>>}\n"
        "\\email{<<email.c@c>>}\n\\social[github]{<<url.c@c>>}\n\\cventry{2020--2024}{Data Engineer}{[[organisation]]}{}{}{Migrated "
        "\\texttt{[[code_identifier]]} to Spark [[version]]}",
        "<<per.c>>\nData Engineer\n<<addr_us.c>>\n<<tel.c:us_dash>> | <<email.c@c>> | <<url.c@c>>\n\nExperience\n2020–2024  Data Engineer, [[organisation]]",
    ),
    T(
        "en",
        "latex_cv",
        "My Europass-style LaTeX CV won't compile. Fix it and tell me what was wrong.",
        "\\begin{tabular}{ll}\nName & <<per.c:upper>> \\\\\nDate of birth & <<dob.c:long_eu>> \\\\\nMobile & <<tel.c:uk_mobile>> \\\\\n"
        "Driving licence & <<dl.c:uk>> \\\\\nLinkedIn & \\url{<<url.c@c>>} \\\\\nEmail & <<email.c@c>> \\\n\\end{tabular}",
        "The last row ends with a single backslash; it must be \\\\. Fixed row: Email & <<email.c@c>> \\\\. Also consider dropping the "
        "driving licence number (<<dl.c:uk>>) and full date of birth from a CV, <<per.c:given>>.",
        source="h15-overleaf/<<email.c@c>>",
    ),
    # ---------------------------------------------------------------- matchmaker_profile
    T(
        "en",
        "matchmaker_profile",
        "You work at a boutique matchmaking agency. Write a two-sentence teaser for this client without contact details.",
        "CLIENT PROFILE\nName: <<per.m>>\nDOB: <<dob.m:us>>\nLives: <<addr_us.m>>\nCell: <<tel.m:us_dot>>\nEmail: <<email.m@m>>\n"
        "Work: pediatric nurse at [[organisation]]\nLooking for: someone who loves [[common_word]] and hiking",
        "<<per.m:given>> is a warm pediatric nurse at [[organisation]] who spends weekends hiking. She's looking for someone kind and curious.",
        system="Matchmaker on duty: <<per.mm>> (<<email.mm@mm>>). Never share a client's phone <<tel.m:us_plain>> in teasers.",
    ),
    T(
        "en",
        "matchmaker_profile",
        "Translate the key facts of this 相亲 profile for an English-speaking matchmaker.",
        "姓名：<<per_cn.p>>\n出生：<<dob.p:cn>>\n身份证：<<cnid.p>>\n微信：<<wx.p@p>>　QQ：<<qq.p>>\n现居：<<addr_cn.p>>\n"
        "介绍人：阿姨<<per_cn.a>>，电话<<tel.a:cn_dash>>",
        "Name: <<per_cn.p:pinyin>> (<<per_cn.p>>)\nBorn: <<dob.p:iso>>\nChinese ID: <<cnid.p>>\nWeChat: <<wx.p@p>>, QQ: <<qq.p>>\n"
        "Lives at: <<addr_cn.p>>\nReferred by Auntie <<per_cn.a:pinyin>>, tel. <<tel.a:cn_intl>>",
    ),
]
EN += [
    # ---------------------------------------------------------------- neighborhood_committee_visit
    T(
        "en",
        "neighborhood_committee_visit",
        "Translate this residents' committee (居委会) home-visit record into English for an NGO partner.",
        "走访对象：<<per_cn.h>>，身份证<<cnid.h:x>>，住<<addr_cn.h>>\n电话：<<tel.h:cn_numerals>>\n"
        "情况：独居，行动不便，需要助餐服务；社区医院病历号<<mrn.h>>。\n走访人：<<per_cn.w>>（网格员）",
        "Resident visited: <<per_cn.h:pinyin>> (<<per_cn.h>>), ID <<cnid.h:x>>, living at <<addr_cn.h>>.\nPhone: <<tel.h:cn_plain>>\n"
        "Situation: lives alone, limited mobility, needs meal delivery; community clinic record no. <<mrn.h>>.\nVisited by: grid worker <<per_cn.w:pinyin>>",
    ),
    T(
        "en",
        "neighborhood_committee_visit",
        "Write a follow-up note from this block captain's wellness-check log.",
        "Wellness check, Block 14\nResident: <<per.r>>, <<addr_us.r>>\nPhone: <<tel.r:us_paren>>\nDaughter: <<per.d>>, <<tel.d:us_intl2>>\n"
        "Notes: ran out of insulin; clinic chart #<<mrn.r>>; asked about [[service_number]] non-emergency line.",
        "Follow-up: call <<per.d>> at <<tel.d:us_dash>> about <<per.r>>'s insulin refill; give the clinic chart number <<mrn.r>> so the pharmacy "
        "can find the prescription.",
        annotators=["block15/<<per.cap:user>>"],
    ),
    # ---------------------------------------------------------------- outlook_ics_invite
    T(
        "en",
        "outlook_ics_invite",
        "Summarise this calendar invite in one sentence: who, when, where, how to dial in.",
        "BEGIN:VEVENT\nDTSTART;TZID=America/Chicago:20261210T140000\nSUMMARY:Vendor security review\n"
        'ORGANIZER;CN="<<per.o:last_first>>":mailto:<<email.o@o>>\nATTENDEE;CN=<<per.a>>;PARTSTAT=NEEDS-ACTION:mailto:<<email.a@a>>\n'
        "LOCATION:<<addr_us.l>>\nDESCRIPTION:Dial-in <<tel.o:us_intl>>,,[[number|778201]]# or toll-free [[service_number|1-800-555-0188]]\nEND:VEVENT",
        "<<per.o>> invites <<per.a>> to a vendor security review on Dec 10 at 2 pm Central at <<addr_us.l>>; dial in on <<tel.o:us_dash>>.",
    ),
    T(
        "en",
        "outlook_ics_invite",
        "Draft a polite decline to this meeting request and propose Friday instead.",
        "From: <<per.s>> <<<email.s@s>>>\nTo: <<per.me:lower_full>>\nSubject: Invitation: Quarterly close @ Thu 09:30 (GMT)\n"
        "Join by phone: <<tel.s:uk_land>>\nOrganizer mobile: <<tel.sm:uk_intl>>",
        "Hi <<per.s:given>>,\nThanks for the invite to the quarterly close. I'm unable to make Thursday 09:30; would Friday morning work? "
        "If easier, ring me on <<tel.me:uk_mobile>>.\nBest,\n<<per.me>>",
        source="h15-ews:<<email.s@s>>",
    ),
    # ---------------------------------------------------------------- agent_qa_scorecard
    T(
        "en",
        "agent_qa_scorecard",
        "Score this call on the QA rubric (greeting, verification, resolution, compliance; 0-5 each) and list violations.",
        "Agent: <<per.ag>> (ID [[employee_id|A-44102]])\nCustomer: <<per.c>>\nTranscript:\nAGENT: Thanks for calling [[organisation]], who am I speaking with?\n"
        "CUSTOMER: <<per.c>>. My date of birth is <<dob.c:long>>.\nAGENT: And your full social, please?\nCUSTOMER: <<ssn.c:space>>.\n"
        "AGENT: Great. I see the card ending... actually the whole number is <<card.c>>. Is <<tel.c:us_paren>> still good?",
        "Greeting 5, Verification 2, Resolution 3, Compliance 1.\nViolations: <<per.ag>> asked for the full SSN (<<ssn.c:dash>>) instead of the last four, "
        "and read the full card number <<card.c>> aloud; confirm phones by last four only, not <<tel.c:us_plain>>.",
        annotators=["<<email.qa>>"],
    ),
    T(
        "en",
        "agent_qa_scorecard",
        "Turn this QA scorecard CSV into feedback bullets for each agent.",
        "agent,agent_email,customer_phone,score,comment\n<<per.a1>>,<<email.a1@a1>>,<<tel.c1:uk_mobile>>,82,missed closing\n"
        "<<per.a2:last_first>>,<<email.a2@a2>>,<<tel.c2:us_dot>>,64,shared address <<addr_us.c2>> with caller\n<<per.a3>>,<<email.a3@a3>>,,91,",
        "- <<per.a1>> (82): add the closing statement.\n- <<per.a2>> (64): never read a customer's address such as <<addr_us.c2>> to a caller.\n- <<per.a3>> (91): good call.",
        system="QA lead: <<per.lead>>, ext. [[number|4471]], <<tel.lead:us_dash>>.",
    ),
    # ---------------------------------------------------------------- recommendation_letter
    T(
        "en",
        "recommendation_letter",
        "Proofread this graduate-school recommendation letter and return the corrected text.",
        "Dear Admissions Committee,\nIt is my pleasure to recomend <<per_cn.s:pinyin>>, who worked in my lab at [[organisation]] for two years. "
        "<<per_cn.s:pinyin>> (passport <<pass.s:cn_e>>) built our [[code_identifier]] pipeline almost single-handedly. (WeChat: <<wx.s@s>>)\n"
        "Please contact me at <<email.p@p>> or <<tel.p:us_paren>>.\nSincerely,\n<<per.p>>, Professor",
        "Dear Admissions Committee,\nIt is my pleasure to recommend <<per_cn.s:pinyin>>, who worked in my lab at [[organisation]] for two years. ... "
        "Please contact me at <<email.p@p>> or <<tel.p:us_paren>>.\nSincerely,\n<<per.p>>, Professor",
    ),
    T(
        "en",
        "recommendation_letter",
        "Shorten this LinkedIn recommendation to under 60 words.",
        "I had the pleasure of managing <<per.r>> for three years at [[organisation]]. <<per.r:given>> is the rare engineer who writes "
        "docs nobody has to ask for, and who calmly fixed our [[product]] outage at 3am. Anyone hiring should call me: <<tel.me:us_dash>>. "
        "— <<per.me>>, <<url.me@me>>",
        "I managed <<per.r>> for three years at [[organisation]]. <<per.r:given>> writes docs unprompted and calmly fixed our [[product]] outage "
        "at 3am. Highly recommended. — <<per.me>>",
        source="h15-linkedin/<<url.me@me>>",
    ),
    # ---------------------------------------------------------------- excel_vlookup_question
    T(
        "en",
        "excel_vlookup_question",
        "My VLOOKUP returns #N/A for some rows. Here are the pasted sheets; what's wrong?",
        "Sheet1\nEmpID,Last,First,SSN\nE-0091,<<per.a:family>>,<<per.a:given>>,<<ssn.a>>\nE-0092,<<per.b:family>>,<<per.b:given>>,<<ssn.b:plain>>\n\n"
        "Sheet2\nSSN,Phone\n<<ssn.a:dash>>,<<tel.a:us_dash>>\n<<ssn.b:dash>>,<<tel.b:us_paren>>\n\nFormula: =VLOOKUP(D2,Sheet2!A:B,2,FALSE)",
        "Sheet1 stores <<per.b>>'s SSN without dashes (<<ssn.b:plain>>) while Sheet2 has <<ssn.b:dash>>, so the text doesn't match. Normalise with "
        '=SUBSTITUTE(D2,"-","") on both sides.',
    ),
    T(
        "en",
        "excel_vlookup_question",
        "Write an INDEX/MATCH formula that returns the IBAN for the e-mail typed in F2, and explain it.",
        "A: Email | B: Name | C: IBAN\n<<email.x@x>> | <<per.x>> | <<iban.x>>\n<<email.y@y>> | <<per.y>> | <<iban.y>>\nF2: <<email.x:upper@x>>",
        "=INDEX(C:C, MATCH(LOWER(F2), LOWER(A:A), 0)) entered as an array formula. F2 holds <<email.x:upper@x>> in capitals, so LOWER() is needed; "
        "it returns <<per.x>>'s IBAN <<iban.x>>.",
        history=[("I'm on [[product]], Excel build [[version]].", "INDEX/MATCH works there.")],
    ),
    # ---------------------------------------------------------------- android_contacts_export
    T(
        "en",
        "android_contacts_export",
        "Convert this Android contacts.vcf export to CSV with columns name, mobile, email, birthday, wechat.",
        "BEGIN:VCARD\nVERSION:2.1\nN:<<per.a:family>>;<<per.a:given>>;;;\nFN:<<per.a>>\nTEL;CELL:<<tel.a:us_intl2>>\nEMAIL;HOME:<<email.a@a>>\n"
        "BDAY:<<dob.a:iso>>\nEND:VCARD\nBEGIN:VCARD\nVERSION:2.1\nFN:<<per_cn.b:pinyin>>\nTEL;CELL:<<tel.b:cn_intl>>\nX-WECHAT:<<wx.b@b>>\n"
        "X-QQ:<<qq.b>>\nEND:VCARD",
        "name,mobile,email,birthday,wechat\n<<per.a>>,<<tel.a:us_plain>>,<<email.a@a>>,<<dob.a:iso>>,\n<<per_cn.b:pinyin>>,<<tel.b:cn_plain>>,,,<<wx.b@b>>",
    ),
    T(
        "en",
        "android_contacts_export",
        "Merge the duplicate rows in this Google Contacts CSV.",
        "Name,Given Name,Family Name,Birthday,Phone 1 - Value,E-mail 1 - Value,Address 1 - Formatted\n"
        "<<per.d>>,<<per.d:given>>,<<per.d:family>>,<<dob.d:iso>>,<<tel.d:uk_mobile>>,<<email.d@d>>,\n"
        "<<per.d:upper>>,,,,<<tel.d:uk_intl>>,,<<addr_uk.d>>\n<<per.e>>,<<per.e:given>>,<<per.e:family>>,,<<tel.e:us_dash>>,,",
        "Merged: <<per.d>> — born <<dob.d:iso>>, mobile <<tel.d:uk_mobile>>, <<email.d@d>>, <<addr_uk.d>>. <<per.e>> unchanged (<<tel.e:us_dash>>).",
    ),
]
EN += [
    # ---------------------------------------------------------------- prison_visitor_log
    T(
        "en",
        "prison_visitor_log",
        "From this visitor log, list each inmate's visitors this week and flag anyone who visited more than one inmate.",
        "VISITOR LOG — Unit C\n[[timestamp]] | Inmate <<per.i1:upper>> | Visitor <<per.v1>> | DL <<dl.v1>> | Vehicle <<plate.v1>> | DOB <<dob.v1:us_pad>>\n"
        "[[timestamp]] | Inmate <<per.i2:upper>> | Visitor <<per.v1>> | DL <<dl.v1>> | Vehicle <<plate.v1>>\n"
        "[[timestamp]] | Inmate <<per.i1:upper>> | Visitor <<per.v2>> | Passport <<pass.v2>> (foreign national)",
        "<<per.i1>>: <<per.v1>>, <<per.v2>>\n<<per.i2>>: <<per.v1>>\nFlag: <<per.v1>> (licence <<dl.v1>>, vehicle <<plate.v1>>) visited two inmates.",
    ),
    T(
        "en",
        "prison_visitor_log",
        "Check <<per.v>>'s visitor application e-mail for missing items before approval.",
        "Subject: Visitor application for inmate #[[number|K-20931]] (<<per.i>>)\nFull name: <<per.v>>\nDate of birth: <<dob.v:long>>\n"
        "SSN: <<ssn.v>>\nDriver license: <<dl.v:ny>>\nAddress: <<addr_us.v>>\nPhone: <<tel.v:us_dash>>\nRelationship: cousin",
        "Complete except the signed consent form. Applicant <<per.v>> (DOB <<dob.v:us>>, licence <<dl.v:ny>>) listed SSN <<ssn.v:dash>> "
        "and address <<addr_us.v>>; call <<tel.v:us_paren>> to request the form.",
        source="h15-visits/<<email.v@v>>",
    ),
    # ---------------------------------------------------------------- clinical_trial_screening
    T(
        "en",
        "clinical_trial_screening",
        "Based on the screening log, is the subject eligible (age 18-65, HbA1c < 7%)? Explain.",
        "Protocol [[code_identifier]] | Site 014\nScreening #: S014-[[number|0087]]\nSubject: <<per.s:initial>> (<<per.s>>)\nMRN: <<mrn.s>>\n"
        "DOB: <<dob.s:us_pad>>\nHbA1c: 6.4%\nCoordinator: <<per.crc>>, <<tel.crc:us_intl>>",
        "Likely eligible: <<per.s>> (MRN <<mrn.s>>) has HbA1c 6.4%; confirm age from DOB <<dob.s:iso>>. Coordinator <<per.crc>> should schedule the baseline visit.",
        system="You assist a clinical research coordinator. PI: <<per.pi>> <<<email.pi@pi>>>.",
    ),
    T(
        "en",
        "clinical_trial_screening",
        "Summarise this pre-screening chat with <<per.p>>, a potential trial participant, for the site's log.",
        "",
        "Pre-screen: <<per.p>>, born <<dob.p:long>>, hospital MRN <<mrn.p:mrn>>, phone <<tel.p:us_dash>>. Reports type 2 diabetes, on metformin. Invite to screening.",
        history=[
            ("Hi, I saw your ad for the diabetes study. I'm <<per.p>>.", "Thanks! Could you share your date of birth?"),
            ("<<dob.p:us>>. My hospital record number is <<mrn.p:mrn>>.", "And the best phone number to reach you?"),
            ("<<tel.p:us_paren>>, evenings please.", "Great, a coordinator will call you."),
        ],
    ),
    # ---------------------------------------------------------------- sshd_journal
    T(
        "en",
        "sshd_journal",
        "Analyse this `journalctl -u ssh` output: brute force or not? Recommend actions.",
        "Dec 07 04:01:12 bastion sshd[[[number|9121]]]: Invalid user <<per.x:user>> from <<ip.x>> port 40211\n"
        "Dec 07 04:01:13 bastion sshd[[[number|9123]]]: Failed password for invalid user <<per.x:user>> from <<ip.x>> port 40215 ssh2\n"
        "Dec 07 04:01:14 bastion arpwatch: flip flop <<ip.gw:private>> <<mac.gw>> (<<mac.gw2>>)\n"
        "Dec 07 04:09:55 bastion sshd[[[number|9150]]]: Accepted publickey for <<per.a:lower_dot>> from <<ip.a:private>> port 51022 ssh2",
        "Yes: <<ip.x>> is guessing usernames such as <<per.x:user>>. Block it with fail2ban. The ARP flip-flop between <<mac.gw>> and <<mac.gw2>> "
        "for <<ip.gw:private>> deserves a look. The 04:09 login by <<per.a:lower_dot>> from <<ip.a:private>> is normal.",
    ),
    T(
        "en",
        "sshd_journal",
        "Write the Slack alert for this suspicious login by <<per.u:user>> and tag the on-call.",
        "last -i | head -3\n<<per.u:user>>  pts/1  <<ip.u>>  Sat Dec  6 23:58   still logged in\n"
        "<<per.v:user>>  pts/0  <<ip.v:private>>  Sat Dec  6 09:02 - 17:40  (08:38)\nsudo: <<per.u:user>> : COMMAND=/usr/bin/scp /srv/export/customers.csv",
        ":rotating_light: Suspicious session: <<per.u:user>> logged in from <<ip.u>> at 23:58 and copied customers.csv. "
        "@<<per.oc:user>> please check (phone <<tel.oc:us_dot>>).",
        system="Escalation: primary <<per.oc>> <<tel.oc:us_intl2>>, secondary <<per.oc2>> <<tel.oc2:uk_mobile>>.",
    ),
    # ---------------------------------------------------------------- pdf_acroform_fields
    T(
        "en",
        "pdf_acroform_fields",
        "These are the filled fields of a W-9 PDF (pdftk dump_data_fields). Validate the TIN and address.",
        "---\nFieldName: topmostSubform[0].Page1[0].f1_1[0]\nFieldValue: <<per.t>>\n---\nFieldName: topmostSubform[0].Page1[0].f1_7[0]\n"
        "FieldValue: <<addr_us.t:line>>\n---\nFieldName: SSN_1\nFieldValue: <<ssn.t:plain>>\n---\nFieldName: Date\nFieldValue: [[timestamp]]",
        "Name <<per.t>>; the SSN <<ssn.t:dash>> has a valid shape (area not 000/666/9xx). Street line <<addr_us.t:line>> lacks city, state and ZIP.",
    ),
    T(
        "en",
        "pdf_acroform_fields",
        "Convert this rental-application PDF field dump (PyPDF) to JSON with snake_case keys.",
        "{'/ApplicantName': '<<per.a>>', '/DOB': '<<dob.a:us_pad>>', '/DriversLicense': '<<dl.a:fl>>', '/Phone': '<<tel.a:us_dot>>', "
        "'/Email': '<<email.a@a>>', '/CurrentAddress': '<<addr_us.a>>', '/CardForFee': '<<card.a>>', '/AppFee': '[[money]]', '/PetName': '[[common_word]]'}",
        '{"applicant_name": "<<per.a>>", "dob": "<<dob.a:us_pad>>", "drivers_license": "<<dl.a:fl>>", "phone": "<<tel.a:us_dot>>", '
        '"email": "<<email.a@a>>", "current_address": "<<addr_us.a>>", "card_for_fee": "<<card.a>>", "app_fee": "[[money]]", "pet_name": "[[common_word]]"}',
    ),
    # ---------------------------------------------------------------- rabbitmq_dead_letter
    T(
        "en",
        "rabbitmq_dead_letter",
        "These messages keep landing in the dead-letter queue. Find the cause for each.",
        'queue: payouts.dlq\n#1 x-death: rejected x5\n{"payee": "<<per.p>>", "iban": "<<iban.p>>", "email": "<<email.p@p>>", "amount": "[[money]]"}\n'
        '#2 x-death: expired x2\n{"payee": "<<per.q>>", "iban": "<<iban.q>>", "phone": "<<tel.q:uk_intl>>", "ref": "[[order_number]]"}',
        "#1: the payout for <<per.p>> was rejected by the bank (check IBAN <<iban.p>> and notify <<email.p@p>>). #2: <<per.q>>'s payout expired "
        "before the consumer picked it up; replay it.",
    ),
    T(
        "en",
        "rabbitmq_dead_letter",
        "Rewrite this message copied from the RabbitMQ management UI as a replayable `rabbitmqadmin publish` command.",
        "Routing key: signup.verify\nProperties: app_id=[[code_identifier]] timestamp=[[timestamp]]\nheaders: x-client-ip=<<ip.c>>\n"
        'Payload: {"user": "<<per.c:lower_dot>>", "card": "<<card.c>>", "phone": "<<tel.c:us_plain>>"}',
        'rabbitmqadmin publish exchange=amq.default routing_key=signup.verify payload=\'{"user": "<<per.c:lower_dot>>", "card": "<<card.c>>", '
        '"phone": "<<tel.c:us_plain>>"}\'',
        history=[("Whose signup is this?", "It's <<per.c>>, who signed up from <<ip.c>>.")],
    ),
    # ---------------------------------------------------------------- smart_locker_pickup_code
    T(
        "en",
        "smart_locker_pickup_code",
        "Extract the pickup details from this parcel-locker SMS.",
        "Hi <<per.r:given>>, your [[organisation]] parcel [[tracking_number]] is ready at the locker at <<addr_uk.l>>. "
        "Pickup code [[number|448192]], valid 72h. Note: [[common_word]]. Sent to <<tel.r:uk_mobile>>. Help: [[service_number]]",
        "Recipient: <<per.r:given>> (<<tel.r:uk_intl>>); locker: <<addr_uk.l>>; tracking [[tracking_number]]; code 448192, valid 72 hours.",
    ),
    T(
        "en",
        "smart_locker_pickup_code",
        "Write a complaint to the locker company for <<per.u>> from this chat.",
        "",
        "Complaint: my name is <<per.u>>, account <<email.u@u>>, phone <<tel.u:us_dash>>. My parcel [[tracking_number]] was placed in the locker at "
        "<<addr_us.l>> but the code never arrived and I was charged [[money]]. Please refund.",
        history=[
            ("My parcel code never came!", "Sorry about that. Your name and phone?"),
            ("<<per.u>>, <<tel.u:us_paren>>, e-mail <<email.u@u>>", "Which locker?"),
            ("The one at <<addr_us.l>>.", "I'll draft the complaint."),
        ],
        annotators=["<<email.an>>"],
    ),
    # ---------------------------------------------------------------- clan_register_zupu
    T(
        "en",
        "clan_register_zupu",
        "Translate this entry from a family genealogy (家谱) into English.",
        "二十五世　<<per_cn.g>>，生于<<dob.g:cn_numerals>>，配<<per_cn.w>>。子<<per_cn.s>>，身份证<<cnid.s>>，现居<<addr_cn.s>>，"
        "电话<<tel.s:cn_dash>>。",
        "25th generation: <<per_cn.g:pinyin>>, born <<dob.g:iso>>, married <<per_cn.w:pinyin>>. Son: <<per_cn.s:pinyin>>, ID <<cnid.s>>, "
        "living at <<addr_cn.s>>, phone <<tel.s:cn_intl>>.",
    ),
    T(
        "en",
        "clan_register_zupu",
        "Explain what this GEDCOM fragment records, person by person.",
        "0 @I1@ INDI\n1 NAME <<per.a:given>> /<<per.a:family>>/\n1 BIRT\n2 DATE <<dob.a:long_eu>>\n1 EMAIL <<email.a@a>>\n"
        "0 @I2@ INDI\n1 NAME <<per_cn.b:pinyin>>\n1 NOTE QQ <<qq.b>>; WeChat <<wx.b>>\n1 NOTE ID <<cnid.b:old15>>",
        "@I1@ is <<per.a>>, born <<dob.a:long_eu>>, e-mail <<email.a@a>>. @I2@ is <<per_cn.b:pinyin>>; notes give QQ <<qq.b>>, WeChat <<wx.b>> and an old "
        "15-digit ID <<cnid.b:old15>>.",
    ),
    # ---------------------------------------------------------------- ride_hail_lost_item
    T(
        "en",
        "ride_hail_lost_item",
        "Draft the message to the driver about this lost-item claim.",
        "Lost item claim LI-[[order_number]]\nRider: <<per.r>>, <<tel.r:us_paren>>\nTrip: [[timestamp]], <<addr_us.a>> to <<addr_us.b>>\n"
        "Driver: <<per.d:given>>, vehicle <<plate.v>>\nItem: grey [[product]]",
        "Hi <<per.d:given>>, a rider left a grey [[product]] in your car (<<plate.v>>) on a trip from <<addr_us.a>> to <<addr_us.b>>. "
        "Please reply with a drop-off time; the rider can be reached at <<tel.r:us_dash>>.",
    ),
    T(
        "en",
        "ride_hail_lost_item",
        "Summarise this support chat into a ticket note.",
        "",
        "Driver <<per.d>> (<<plate.d>>) found a wallet after a trip: driver licence <<dl.w:ca>> and a card <<card.w>>, plus a Chinese ID <<cnid.w>> "
        "belonging to rider <<per.w>>. Return arranged.",
        history=[
            ("Driver here, <<per.d>>, car <<plate.d>>. Found a wallet in my back seat.", "Thanks! Any ID inside?"),
            (
                "California licence <<dl.w:ca>> for <<per.w>>, a card <<card.w>>, and a Chinese ID card <<cnid.w>>.",
                "We'll contact the rider.",
            ),
        ],
    ),
]
EN += [
    # ---------------------------------------------------------------- bail_surety_affidavit
    T(
        "en",
        "bail_surety_affidavit",
        "Review this bail bond application and list what the indemnitor still has to provide.",
        "BAIL BOND APPLICATION\nDefendant: <<per.d:last_first>>\nDOB: <<dob.d:us_pad>>\nSSN: <<ssn.d>>\nDL#: <<dl.d:tx>>\nBooking #: [[number|24-118830]]\n"
        "Bail amount: [[money]]\nIndemnitor: <<per.i>>, <<addr_us.i>>, cell <<tel.i:us_paren>>\nCollateral: vehicle <<plate.i>>",
        "Still needed from indemnitor <<per.i>>: proof of income and the vehicle title for <<plate.i>>. Defendant <<per.d>> (DOB <<dob.d:long>>, SSN <<ssn.d:dash>>) "
        "is otherwise complete.",
        annotators=["bonds15/<<per.agent:user>>"],
    ),
    T(
        "en",
        "bail_surety_affidavit",
        "Summarise the bail agent's call notes with <<per.c>> (<<tel.c:us_dash>>) into a co-signer record.",
        "",
        "Co-signer: <<per.c>>, DOB <<dob.c:us>>, SSN <<ssn.c:dash>>, home <<addr_us.c>>, mobile <<tel.c:us_dash>>, employer [[organisation]]. Vehicle <<plate.c>> pledged.",
        history=[
            ("Bail agent: Who am I speaking with?", "<<per.c>>, I'm co-signing for my brother."),
            ("Date of birth and social?", "<<dob.c:long>>, <<ssn.c:space>>."),
            (
                "Address and a good number?",
                "<<addr_us.c>>, cell <<tel.c:us_plain>>. I can pledge my car, plate <<plate.c>>.",
            ),
        ],
        source="h15-bailbooks:<<tel.c:us_plain>>",
    ),
    # ---------------------------------------------------------------- stablecoin_withdrawal_review
    T(
        "en",
        "stablecoin_withdrawal_review",
        "You are a crypto exchange compliance analyst. Should this USDC withdrawal be released? Give reasons.",
        "KYC TICKET [[order_number]]\nCustomer: <<per.u>>\nPassport: <<pass.u>> (issuing country UK)\nDOB: <<dob.u:long_eu>>\nLogin IP: <<ip.u>>\n"
        "Fiat off-ramp: <<iban.u>>\nWeChat on file: <<wx.u>>\nRequest: withdraw [[money]] equivalent to a new address",
        "Hold for review. The off-ramp IBAN <<iban.u>> must be in the name of <<per.u>> as on passport <<pass.u>>; the login from <<ip.u>> "
        "is a new location. Ask the customer to confirm DOB <<dob.u:eu>> by video.",
    ),
    T(
        "en",
        "stablecoin_withdrawal_review",
        "Write the second-line risk note from this engine log.",
        "risk-engine [[version]] uid=90311 kyc_name=<<per_cn.u:pinyin>> kyc_id=<<cnid.u>>\nnew_device mac=<<mac.u>> ip=<<ip.u>> geo=SG kyc_doc=passport:<<pass.u>>\n"
        "contact_email=<<email.u:upper>> qq=<<qq.u>>\nscore=[[number|91.2]] rule=[[code_identifier]]",
        "Risk note: <<per_cn.u:pinyin>> (Chinese ID <<cnid.u>>) logged in on a new device (<<mac.u>>, <<ip.u>>) and immediately requested a withdrawal. "
        "Contact via <<email.u:lower>> before release.",
        annotators=["<<email.rv>>", "kyc15/<<per.rv2:user>>"],
    ),
    # ---------------------------------------------------------------- takeout_rider_chat
    T(
        "en",
        "takeout_rider_chat",
        "Turn this rider-customer chat into a delivery incident note.",
        "",
        "Incident: rider <<per.r>> (<<tel.r:uk_mobile>>) could not reach customer <<per.c>> at <<addr_uk.c>>; order [[order_number]] left with the concierge.",
        history=[
            (
                "[Rider <<per.r:given>>] Hi, I'm outside <<addr_uk.c>>, buzzer doesn't work",
                "[Customer <<per.c>>] coming down!",
            ),
            ("[Rider] Waited 10 min, calling you on <<tel.c:uk_intl>> no answer", "[Customer] sorry, my phone died"),
            (
                "[Rider] Left it with the concierge. Any problem ring me <<tel.r:uk_intl>>",
                "[System] order [[order_number]] delivered",
            ),
        ],
    ),
    T(
        "en",
        "takeout_rider_chat",
        "Check this courier onboarding form and list missing documents.",
        "Courier onboarding\nName: <<per.r>>\nDOB: <<dob.r:us>>\nSSN: <<ssn.r>>\nDriver license: <<dl.r>>\nVehicle plate: <<plate.r>>\n"
        "Payout account: <<iban.r>>\nPhone: <<tel.r:us_intl>>\nInsurance: not uploaded",
        "Missing: proof of insurance. Provided: licence <<dl.r>>, plate <<plate.r>>, SSN <<ssn.r:dash>> and payout account <<iban.r>> for <<per.r>>.",
        system="Fleet ops assistant. Hub manager: <<per.hm>>, <<email.hm@hm>>.",
    ),
    # ---------------------------------------------------------------- merit_donation_roll
    T(
        "en",
        "merit_donation_roll",
        "Prepare the church's annual giving statement for one donor from the ledger rows.",
        "Envelope,Donor,Email,Method,Amount\n[[number|118]],<<per.d>>,<<email.d@d>>,card <<card.d>>,[[money]]\n"
        "[[number|118]],<<per.d:last_first>>,<<email.d@d>>,SEPA <<iban.d>>,[[money]]\n[[number|204]],<<per.e>>,,cash,[[money]]",
        "Annual giving statement — <<per.d>> (<<email.d@d>>): two gifts, by card <<card.d>> and by SEPA transfer from <<iban.d>>.",
    ),
    T(
        "en",
        "merit_donation_roll",
        "Write a tax receipt for this temple donation.",
        "Donor: <<per.d>>\nAddress: <<addr_us.d>>\nSSN (for the receipt): <<ssn.d:plain>>\nAmount: [[money]] on [[timestamp]]\nPhone: <<tel.d:us_dot>>",
        "RECEIPT — received from <<per.d>>, <<addr_us.d>>, a gift of [[money]]. No goods or services were provided in exchange. Donor TIN: <<ssn.d:dash>>.",
        history=[("Please send the receipt to <<email.d@d>>.", "Will do, <<per.d:given>>.")],
    ),
    # ---------------------------------------------------------------- campus_shuttle_manifest
    T(
        "en",
        "campus_shuttle_manifest",
        "Find riders on this school shuttle manifest with no guardian phone.",
        "Route 7 AM — driver <<per.dr>>\nStudent,Grade,Guardian,Guardian phone\n<<per.s1>>,4,<<per.g1>>,<<tel.g1:us_dash>>\n"
        "<<per.s2>>,6,<<per.g2>>,\n<<per.s3:last_first>>,2,<<per.g3>>,<<tel.g3:us_paren>>",
        "Missing a guardian phone: <<per.s2>> (guardian <<per.g2>>).",
    ),
    T(
        "en",
        "campus_shuttle_manifest",
        "From this shuttle telematics log, when did the bus arrive and who was driving?",
        '[[timestamp]] unit=<<mac.t>> ip=<<ip.t:private>> evt=ARRIVE stop="<<addr_us.s>>"\n[[timestamp]] evt=DRIVER_LOGIN dl=<<dl.d:wa>> '
        "name=<<per.d:upper>> plate=<<plate.b>>\n[[timestamp]] evt=RFID rider=<<per.k>> fw=[[version]]",
        "The shuttle (<<plate.b>>, unit <<mac.t>>) arrived at <<addr_us.s>>; driver <<per.d>> (licence <<dl.d:wa>>); rider <<per.k>> tapped on.",
    ),
    # ---------------------------------------------------------------- ldap_ldif_export
    T(
        "en",
        "ldap_ldif_export",
        "Convert this LDIF export into a staff directory table.",
        "dn: uid=<<per.a:user>>,ou=People,dc=example,dc=org\ncn: <<per.a>>\ngivenName: <<per.a:given>>\nsn: <<per.a:family>>\n"
        "mail: <<email.a@a>>\ntelephoneNumber: <<tel.a:us_intl2>>\nemployeeNumber: [[employee_id|100482]]\n\n"
        "dn: uid=<<per.b:user>>,ou=People,dc=example,dc=org\ncn: <<per.b>>\nmail: <<email.b@b>>\nmobile: <<tel.b:uk_intl>>",
        "| Name | E-mail | Phone |\n|---|---|---|\n| <<per.a>> | <<email.a@a>> | <<tel.a:us_dash>> |\n| <<per.b>> | <<email.b@b>> | <<tel.b:uk_mobile>> |",
    ),
    T(
        "en",
        "ldap_ldif_export",
        "Explain this ldapsearch host entry attribute by attribute.",
        "dn: cn=<<per.o:user>>-laptop,ou=Hosts,dc=example,dc=org\nobjectClass: ieee802Device\nobjectClass: ipHost\nmacAddress: <<mac.h>>\n"
        "ipHostNumber: <<ip.h>>\nl: [[public_place]]\nmanager: uid=<<per.o:user>>,ou=People\ndescription: [[product]], asset [[number|AT-55102]]",
        "macAddress is the NIC address <<mac.h>>; ipHostNumber is the assigned address <<ip.h>>; manager points to <<per.o:user>>, the owner; "
        "description records the model [[product]].",
        system="IT help desk bot. Requester: <<per.req>>, desk phone <<tel.req:us_paren>>.",
    ),
]
EN += [
    # ---------------------------------------------------------------- opentelemetry_span_attrs
    T(
        "en",
        "opentelemetry_span_attrs",
        "Review this OpenTelemetry span (OTLP JSON) and list every attribute that carries personal data.",
        '{"name": "POST /api/tax", "attributes": [{"key": "enduser.id", "value": {"stringValue": "<<per.u:lower_dot>>"}}, '
        '{"key": "client.address", "value": {"stringValue": "<<ip.u>>"}}, {"key": "app.email", "value": {"stringValue": "<<email.u@u>>"}}, '
        '{"key": "app.form.ssn", "value": {"stringValue": "<<ssn.u>>"}}, {"key": "app.form.dob", "value": {"stringValue": "<<dob.u:us_pad>>"}}, '
        '{"key": "app.form.name", "value": {"stringValue": "<<per.u>>"}}, {"key": "service.version", "value": {"stringValue": "[[version]]"}}]}',
        "Personal data: enduser.id (<<per.u:lower_dot>>), client.address <<ip.u>>, app.email <<email.u@u>>, the SSN <<ssn.u:dash>>, the date of birth "
        "<<dob.u:us_pad>> and the name <<per.u>>. Drop app.form.* in the collector.",
    ),
    T(
        "en",
        "opentelemetry_span_attrs",
        "Reconstruct what the user did from these span events.",
        'span billing.update\n  event ui.input card=<<card.c>> at [[timestamp]]\n  event http.request body.holder="<<per.c>>" body.phone="<<tel.c:us_dash>>"\n'
        "  event http.response status=402\n  event net.host.mac <<mac.c>>\n  event redirect target=<<url.c@c>>",
        "<<per.c>> entered card <<card.c>>, submitted it with phone <<tel.c:us_dash>>, was declined (402), and then left for <<url.c@c>>.",
        annotators=["<<email.tri>>"],
    ),
    # ---------------------------------------------------------------- jury_summons_response
    T(
        "en",
        "jury_summons_response",
        "Help me (<<per.j>>, juror e-mail <<email.j@j>>) fill in this online juror questionnaire; tell me which fields are still empty.",
        "JUROR QUESTIONNAIRE — Juror no. [[number|771120]]\nName: <<per.j>>\nDate of birth: <<dob.j:us>>\nDriver license / state ID: <<dl.j>>\n"
        "Residence: <<addr_us.j>>\nDaytime phone: <<tel.j:us_paren>>\nEmail:\nEmployer:",
        "Filled: name <<per.j>>, DOB <<dob.j:us>>, licence <<dl.j>>, address <<addr_us.j>>, phone <<tel.j:us_paren>>. Still empty: e-mail and employer.",
    ),
    T(
        "en",
        "jury_summons_response",
        "Draft a request to be excused from jury service for medical reasons.",
        "",
        "Dear Jury Commissioner,\nI, <<per.j>> (DOB <<dob.j:long>>, <<addr_us.j>>), request to be excused from service. My physician's letter refers to "
        "medical record <<mrn.j>>. Contact me at <<tel.j:us_dash>>.\nRespectfully, <<per.j>>",
        history=[
            (
                "I got a jury summons but I'm having surgery that week.",
                "I can draft an excusal request. Your name and date of birth?",
            ),
            ("<<per.j>>, <<dob.j:us_pad>>. Hospital record number <<mrn.j>>.", "And your address and phone?"),
            ("<<addr_us.j>>, <<tel.j:us_plain>>.", "Thanks, drafting now."),
        ],
        source="h15-courtmail/<<email.j@j>>",
    ),
    # ---------------------------------------------------------------- scuba_certification_log
    T(
        "en",
        "scuba_certification_log",
        "Summarise this dive log entry for the diver's certification file.",
        "LOG #[[number|112]] — Site: Shark Point, max 31 m, 46 min\nDiver: <<per.d>> (passport <<pass.d>>)\nBuddy: <<per.b>>, <<tel.b:uk_intl>>\n"
        "Instructor: <<per.i:initial>>, PADI #[[number|338201]]\nCylinder: [[product]]\nBoat: [[common_word]]",
        "<<per.d>> (passport <<pass.d>>) logged a 46-minute dive to 31 m at Shark Point with buddy <<per.b>> (<<tel.b:uk_mobile>>), supervised by <<per.i:initial>>.",
    ),
    T(
        "en",
        "scuba_certification_log",
        "Based on this medical questionnaire, does the diver need a physician's sign-off?",
        "Diver: <<per.d>>\nDOB: <<dob.d:short_month>>\nPassport: <<pass.d:us_new>>\nAsthma: YES (clinic MRN <<mrn.d>>)\nDeposit IBAN: <<iban.d>>\n"
        "Emergency contact: <<per.e>>, <<tel.e:us_intl>>",
        "Yes: <<per.d>> answered YES to asthma (MRN <<mrn.d>>), so a physician must sign. Emergency contact <<per.e>> (<<tel.e:us_intl>>) is on file.",
        system="Dive shop front desk assistant. Manager: <<per.mgr>> <<<email.mgr@mgr>>>.",
    ),
    # ---------------------------------------------------------------- ktv_room_booking
    T(
        "en",
        "ktv_room_booking",
        "Write a confirmation message for this karaoke (KTV) room booking, and check the birthday discount (birthday month only).",
        "Booking [[order_number]] — Medium room, [[timestamp]]\nName: <<per.u>>\nBirthday: <<dob.u:long>>\nEmail: <<email.u@u>>\n"
        "Phone: <<tel.u:us_dot>>\nInstagram: <<url.u@u>>\nAllergy note: see clinic record <<mrn.u>>\nMinimum spend: [[money]]",
        "Hi <<per.u:given>>, your medium room is confirmed (minimum spend [[money]]). Your birthday is <<dob.u:long>>; the discount applies only in that month. "
        "Questions: reply to <<email.u@u>> or call us from <<tel.u:us_dot>>.",
    ),
    T(
        "en",
        "ktv_room_booking",
        "Translate this booking chat from a Chengdu KTV for an exchange-student group and summarise who booked.",
        "顾客：你好，我叫<<per_cn.m>>，订周五晚上大包，帮留学生朋友过生日。\n客服：请留微信和QQ。\n顾客：微信<<wx.m@m>>，QQ <<qq.m>>。"
        "登记用身份证<<cnid.m>>，送货地址<<addr_cn.m>>。",
        "Customer: Hi, I'm <<per_cn.m:pinyin>>; I'd like a large room on Friday night for an exchange student's birthday.\nStaff: Please leave WeChat and QQ.\n"
        "Customer: WeChat <<wx.m@m>>, QQ <<qq.m>>. ID for registration <<cnid.m>>, delivery address <<addr_cn.m>>.\nSummary: booked by <<per_cn.m:pinyin>>.",
        annotators=["ktv15:<<email.a1>>"],
    ),
    # ---------------------------------------------------------------- piano_exam_entry
    T(
        "en",
        "piano_exam_entry",
        "Review <<per.s>>'s ABRSM exam entry and flag problems.",
        "Candidate: <<per.s>>\nDate of birth: <<dob.s:eu>>\nGrade: 6 Piano\nTeacher: <<per.t>> <<<email.t@t>>>\nApplicant: <<per.p>>, <<addr_uk.p>>\n"
        "Payment card: <<card.s>>\nFee: [[money]]",
        "Entry is complete. Check that candidate <<per.s>>'s date of birth (<<dob.s:eu>>) is day-first; teacher <<per.t>> will receive the timetable at <<email.t@t>>.",
    ),
    T(
        "en",
        "piano_exam_entry",
        "Generate the performance-grade video submission details from this chat.",
        "",
        "Candidate: <<per.s>>\nDOB: <<dob.s:iso>>\nVideo: <<url.s@s>>\nParent contact: <<per.p>>, <<tel.p:us_dash>>, QQ <<qq.p>>",
        history=[
            (
                "My son <<per.s>> is doing the Grade 5 performance exam. He was born <<dob.s:long>>.",
                "Where is the video uploaded?",
            ),
            ("Here: <<url.s@s>>. I'm his mum <<per.p>>, phone <<tel.p:us_paren>>.", "Any other contact?"),
            ("His grandma only uses QQ: <<qq.p>>.", "Thanks, generating the details."),
        ],
        source="h15-abrsm/<<email.p@p>>",
    ),
]

TEMPLATES = ZH + EN
