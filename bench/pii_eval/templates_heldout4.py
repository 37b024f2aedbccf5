"""Fourth held-out templates (``heldout4``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
dev or first held-out templates, the template bodies of the second and third held-out parts (only
their first lines: module docstring and ``CONTEXTS``, for the module shape and the names to avoid),
or any de-identified output (see the README, "heldout4"). The 30 contexts below are used by no
other part.
"""

from typing import Any

CONTEXTS = (
    "aftersales_chat",
    "utility_bill",
    "enrolment_form",
    "call_transcript",
    "email_thread",
    "git_blame",
    "ci_log",
    "crash_dump",
    "markdown_notes",
    "moments_post",
    "community_notice",
    "job_post",
    "will_testament",
    "shareholder_register",
    "grade_transcript",
    "secondhand_listing",
    "id_card_ocr",
    "passport_mrz",
    "chargeback_dispute",
    "lab_report",
    "vet_record",
    "visitor_log",
    "race_registration",
    "power_of_attorney",
    "loan_application",
    "trial_crf",
    "tenant_screening",
    "sim_registration",
    "iot_device_log",
    "vaccination_record",
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
    """One template; its id must read ``h4-<lang>-<context>-NN`` (checked here, with the context)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h4-{lang}-{context}-"):
        raise ValueError(f"template id {id!r} does not name its language {lang!r} and context {context!r}")
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
        "h4-kf/<<tel.src:cn_plain>>",
        "h4-form:<<per.src:user>>",
        "h4-mail/<<email.src@srcp>>",
        "h4-wx:<<wx.src>>",
    ],
    "en": [
        "h4-desk/<<email.src@srcp>>",
        "h4-form:<<per.src:lower_dot>>",
        "h4-sms/<<tel.src:us_plain>>",
        "h4-import:<<per.src:user>>",
    ],
}
"""``source_id`` patterns used when a template sets none (other parts use other prefixes)."""

ANNOTATOR_PATTERNS = [
    "qa4:<<per.ANN:user>>",
    "<<email.ANN>>",
    "qa4/<<per_en.ANN:lower_dot>>",
    "rev4-<<per.ANN:user>>",
]
"""Annotator-id patterns used when a template sets none (``.ANN`` becomes one slot per annotator)."""

TEMPLATES: list[dict[str, Any]] = []

# ----------------------------------------------------------------------------- aftersales_chat
TEMPLATES += [
    T(
        "h4-zh-aftersales_chat-01",
        "zh",
        "aftersales_chat",
        "根据下面的售后聊天记录，生成一条退货工单摘要（买家、联系方式、取件地址、诉求）。",
        "【订单 [[order_number]]】[[product|戴森吹风机HD15]] 申请退货退款\n买家留言：东西收到就是坏的，麻烦上门取件，我白天不在家，放门卫就行。",
        "工单摘要：买家<<per.b>>（<<per.b:user>>）申请退货，商品[[product|戴森吹风机HD15]]。联系电话<<tel.b:cn_dash>>，取件地址<<addr.b:road_bld>>，可放门卫。诉求：退货退款，运费由商家承担。退货运单号[[tracking_number]]。",
        system="你是“[[organisation|优品生活旗舰店]]”的售后助手，坚持[[common_word|顾客]]至上。当前接待的买家账号：<<per.b:user>>。回复要礼貌，结尾加“亲”。",
        history=[
            ("亲，在吗？我买的东西坏了", "亲，在的呢～麻烦提供一下订单号和收件人姓名哦"),
            (
                "收件人<<per.b>>，电话<<tel.b:cn_numerals>>，地址就是下单那个<<addr.b:road_bld>>",
                "好的亲，已为您登记，快递小哥会在两天内联系<<tel.b:cn_dash>>上门取件，取件单号[[tracking_number]]",
            ),
        ],
    ),
    T(
        "h4-zh-aftersales_chat-02",
        "zh",
        "aftersales_chat",
        "把这张京东售后单整理成 JSON，字段：联系人、手机、取件地址、退款方式、退款卡号、QQ。",
        "服务单号：[[order_number]]    申请时间：[[timestamp|2024-11-13 20:41]]\n商品：[[product|小米14]] ×1    实付：[[money|3999.00元]]\n问题描述：开机黑屏，客服让我寄回检测\n联系人：<<per.c:spaced|full>>    手机：<<tel.c:cn_space>>\n取件地址：<<addr.c:comm>>\n退款方式：原路退回失败，改退到银行卡 <<card.k:unionpay>>（户名<<per.c>>）\n备注：有问题可以加我QQ <<qq.q>> 联系，白天电话不方便",
        '{"联系人": "<<per.c>>", "手机": "<<tel.c:cn_plain>>", "取件地址": "<<addr.c:comm>>", "退款方式": "银行卡", "退款卡号": "<<card.k:plain>>", "QQ": "<<qq.q>>"}',
        source="h4-jd/<<tel.c:cn_plain>>",
    ),
    T(
        "h4-en-aftersales_chat-01",
        "en",
        "aftersales_chat",
        "Summarise this returns chat for the warehouse team. Keep only what they need to process the return.",
        "[Chat transcript — order [[order_number.o]]]\nBot: Hi! Which item would you like to return?\nCustomer: the [[product|Kindle Paperwhite]], it arrived cracked\nBot: Sorry about that. Can I have the name on the order?\nCustomer: <<per.c:lower_full>>\nBot: Thanks. Pickup address?\nCustomer: <<addr_us.a:full_unit>>\nAgent (Tyrese): I can also refund to a different card if the original one was closed.\nCustomer: yes the old one is closed, use <<card.k:spaced>> exp 09/27\nCustomer: you can text me at <<tel.c:us_dot>> when the courier is on the way",
        "Return for order [[order_number.o]]: damaged item, customer <<per.c>>. Pickup at <<addr_us.a:full_unit>>; text <<tel.c:us_paren>> before arrival; courier ref [[tracking_number]]. Refund to replacement card ending in the last four digits provided (full number <<card.k:plain>> is on file; do not copy it into tickets).",
    ),
    T(
        "h4-en-aftersales_chat-02",
        "en",
        "aftersales_chat",
        "Draft the seller's reply to this marketplace dispute message.",
        "Message from buyer <<per.b:user>> (case #[[order_number]]):\n\nHi, I'm <<per.b>>. The [[product|AirPods Pro]] I bought never arrived. Royal Mail tracking [[tracking_number]] says delivered but nothing came. My address is\n<<addr_uk.a:multiline>>\nand you can reach me on <<tel.b:uk_mobile>> or <<email.b@b>>. I paid through PayPal with <<email.b@b>>.\n\nThanks, <<per.b:given>>",
        "Hi <<per.b:given>>,\n\nThank you for getting in touch, and sorry the parcel hasn't reached you. I've opened a claim with Royal Mail and will send a replacement to <<addr_uk.a:line>> today. If the courier needs to call, I've given them <<tel.b:uk_intl>>.\n\nKind regards,\nThe [[organisation|Brightwater Audio]] team",
        annotators=["qa4:<<per.r1:user>>", "<<email.r2>>"],
    ),
]

# ----------------------------------------------------------------------------- utility_bill
TEMPLATES += [
    T(
        "h4-zh-utility_bill-01",
        "zh",
        "utility_bill",
        "请从这张电费缴费通知里提取户名、用电地址和扣款银行卡，并用一句话说明本月应缴金额。",
        "国网[[organisation|国家电网]]电费缴费通知单\n户号：[[number|0105328871]]        户名：<<per.h>>\n用电地址：<<addr.h:road_bld>>\n本期示数：[[number|3517.6]]    上期示数：[[number|3298.2]]\n本期电费：[[money|¥213.60]]    代扣银行卡：<<card.k:spaced>>\n如有疑问请拨打[[service_number|95598]]，或联系台区经理<<per.m:title>>（<<tel.m:cn_dash>>）",
        "户名：<<per.h>>；用电地址：<<addr.h:road_bld>>；扣款银行卡：<<card.k:plain>>。本月电费将从尾号卡自动扣缴，请确认余额充足。",
    ),
    T(
        "h4-zh-utility_bill-02",
        "zh",
        "utility_bill",
        "把下面的物业费催缴名单改写成一条礼貌的业主群通知，不要逐户念欠费金额。",
        "| 房号 | 业主 | 联系电话 | 车位 | 欠费 |\n|---|---|---|---|---|\n| <<addr.a:comm>> | <<per.a>> | <<tel.a:cn_plain>> | <<plate.a>> | [[money|1,860.00元]] |\n| <<addr.b:comm>> | <<per.b>> | <<tel.b:cn_land>> | 无 | [[money|3,240.00元]] |\n物业服务中心：<<tel.o:cn_land>>（工作日 9:00-17:30）",
        "各位业主好：本季度物业费催缴已开始，<<per.a>>、<<per.b>>等几户请尽快到物业服务中心缴纳（电话<<tel.o:cn_land>>）。<<plate.a>>车主请顺带续签车位协议。谢谢配合！",
        system="你是小区物业的文字助理，管家账号<<wx.g>>，语气要客气。",
    ),
    T(
        "h4-en-utility_bill-01",
        "en",
        "utility_bill",
        "Extract the account holder, service address, mailing address and autopay card from this utility bill as YAML.",
        "[[organisation|Cascade Power & Light]]    STATEMENT\nAccount No. [[number|4410 2287 901]]    Statement date [[timestamp|09/30/2024]]\n\nACCOUNT HOLDER        <<per.h:last_first>>\nSERVICE ADDRESS       <<addr_us.s:full_unit>>\nMAILING ADDRESS       <<addr_us.m:pobox>>\nPHONE ON FILE         <<tel.h:us_paren>>\n\nAmount due [[money|$184.37]] will be charged to card <<card.k:dashed>> on the due date.\nQuestions? Call customer service, not [[service_number|311]].",
        "account_holder: <<per.h>>\nservice_address: <<addr_us.s:full_unit>>\nmailing_address: <<addr_us.m:pobox>>\nphone: <<tel.h:us_dash>>\nautopay_card: <<card.k:plain>>",
    ),
    T(
        "h4-en-utility_bill-02",
        "en",
        "utility_bill",
        "Write a short reply to this customer explaining that their direct debit failed. Address them properly.",
        "From: <<email.c@c>>\nSubject: council tax bill - direct debit?\n\nDear Sir/Madam,\nI received the final notice for <<addr_uk.a:flat>>. My direct debit should be coming from <<iban.i:gb>> in the name of <<per.c:upper>>. Please check. My reference is [[order_number]]. I'm on the [[common_word|Summer]] payment plan.\n<<per.c>>\n<<tel.c:uk_land>>",
        "Dear <<per.c>>,\n\nThank you for your email about <<addr_uk.a:flat>>. The direct debit from the account ending in the last four digits of <<iban.i:gb>> was returned by your bank on [[timestamp|3 May 2024]], so the instalment is still outstanding. Please reply from <<email.c@c>> with updated bank details or call us.\n\nRevenues team",
    ),
]

# ----------------------------------------------------------------------------- enrolment_form
TEMPLATES += [
    T(
        "h4-zh-enrolment_form-01",
        "zh",
        "enrolment_form",
        "检查这份老年大学入学登记表是否有漏填项，并列出需要学员补交的材料。",
        "| 项目 | 内容 |\n|---|---|\n| 学员姓名 | <<per.k>> |\n| 出生日期 | <<dob.k:cn_pad>> |\n| 身份证号 | <<cnid.k>> |\n| 报读班级 | 书法（临[[public_figure|王羲之]]《兰亭序》） |\n| 紧急联系人（子女） | <<per.f>>  电话 <<tel.f:cn_plain>> |\n| 紧急联系人（配偶） | <<per.m>>  电话 <<tel.m:cn_fw>> |\n| 家庭住址 | <<addr.h:road_bld>> |\n| 既往病史 | 高血压（病历号 <<mrn.r:mz>>） |\n| 微信 | <<wx.m@m>> |\n| 医保类型 |  |",
        "缺少“医保类型”一栏。需补交：<<per.k>>的身份证复印件、一寸照片两张、近半年体检报告。可联系配偶<<per.m>>（<<tel.m:cn_dash>>）或子女<<per.f>>补齐。",
    ),
    T(
        "h4-zh-enrolment_form-02",
        "zh",
        "enrolment_form",
        "大学留学生办公室：根据家长的邮件补全报名表中的学生信息字段（姓名拼音、护照号、出生日期、SSN、家长邮箱）。",
        "留学生办老师好，\n我孩子<<per.s>>（<<per.s:pinyin>>）今年申请贵校的中文进修项目。他在美国出生，所以用美国护照 <<pass.u:us>> 报名，也有 SSN <<ssn.s:dash>>。出生日期<<dob.s:cn>>。目前和我们住<<addr.h:tower>>。\n我的邮箱<<email.p@p>>，电话<<tel.p:cn_intl>>。\n——家长 <<per.p>>",
        "学生姓名：<<per.s>>\n姓名拼音：<<per.s:pinyin_fl>>\n护照号：<<pass.u>>\n出生日期：<<dob.s:iso>>\nSSN：<<ssn.s:plain>>\n家长邮箱：<<email.p@p>>",
    ),
    T(
        "h4-en-enrolment_form-01",
        "en",
        "enrolment_form",
        "Turn this scanned community-college enrollment form into a clean record for the student information system (JSON).",
        "CONTINUING EDUCATION ENROLLMENT — [[organisation|Maple Grove Community College]]\nLegal name: <<per.s:upper>>        Preferred name: <<per.s:given>>\nDate of birth: <<dob.s:us_pad>>        Course: Intro to [[code_identifier|Python]] (evening)\nHome address: <<addr_us.h:full>>\nPhone: <<tel.s:us_dash>>   Email: <<email.s@s>>\nEmergency contact: <<per.e:last_first>>  <<tel.e:us_paren>>\nCampus health: physician Dr. <<per.d:family>>, chart #<<mrn.r:alpha>>\nAllergies: [[common_word|Peanut]]",
        '{"student": "<<per.s>>", "dob": "<<dob.s:iso>>", "address": "<<addr_us.h:full>>", "phone": "<<tel.s:us_plain>>", "email": "<<email.s@s>>", "emergency": {"name": "<<per.e>>", "phone": "<<tel.e:us_plain>>"}, "health_chart": "<<mrn.r>>"}',
    ),
    T(
        "h4-en-enrolment_form-02",
        "en",
        "enrolment_form",
        "Check this international student enrollment for missing documents and list what is missing.",
        "Applicant: <<per_cn.s:pinyin_fl>> (Chinese name <<per_cn.s>>)\nDate of Birth: <<dob.s:long>>\nPassport No.: <<pass.p:cn_e>>\nPRC ID No.: <<cnid.s>>\nWeChat: <<wx.s@s>>    QQ: <<qq.s>>\nU.S. address: <<addr_us.h:line_unit>>\nSponsor: <<per_cn.f:pinyin>> (father), <<tel.f:cn_intl>>\nI-20 issued: yes    Visa: pending",
        "Missing: visa (pending) and proof of funds from the sponsor <<per_cn.f:pinyin>>. Passport <<pass.p>> and the PRC ID <<cnid.s>> are on file for <<per_cn.s:pinyin>>.",
    ),
]

# ----------------------------------------------------------------------------- call_transcript
TEMPLATES += [
    T(
        "h4-zh-call_transcript-01",
        "zh",
        "call_transcript",
        "以下是银行信用卡中心的电话录音转写（无标点），请加标点并提炼客户诉求。",
        "坐席 您好[[organisation|招商银行]]信用卡中心请问有什么可以帮您 客户 你好我卡被冻结了 坐席 请问您的姓名 客户 <<per.c>> 坐席 请报一下身份证号码 客户 <<cnid.c:spaced>> 坐席 卡号是 客户 <<card.k:spaced>> 坐席 好的预留手机是 客户 <<tel.c:cn_numerals>> 坐席 地址有变化吗 客户 搬到<<addr.c:num_cn>>了",
        "坐席：您好，信用卡中心，请问有什么可以帮您？\n客户：你好，我卡被冻结了。\n……\n客户诉求：<<per.c>>（卡号<<card.k:dashed>>，预留手机<<tel.c:cn_dash>>）的信用卡被冻结，要求解冻，并把账单地址更新为<<addr.c:num_cn>>。",
    ),
    T(
        "h4-zh-call_transcript-02",
        "zh",
        "call_transcript",
        "把这段[[service_number|12345]]热线通话记录整理成工单（来电人、回访电话、事发地点、涉及车辆、诉求）。",
        "话务员：您好，市民热线，请讲。\n来电人：我要投诉，有辆车天天堵我们小区消防通道，车牌<<plate.v>>，白色[[product|比亚迪汉]]，后窗贴着[[public_figure|孙悟空]]的贴纸。\n话务员：请问怎么称呼？\n来电人：我姓<<per.c:family>>，叫<<per.c>>，电话就是这个<<tel.c:cn_plain>>。\n话务员：地址是？\n来电人：<<addr.c:comm>>楼下。",
        "工单：来电人<<per.c>>，回访电话<<tel.c:cn_dash>>；事发地点<<addr.c:comm>>楼下消防通道；涉及车辆<<plate.v>>；诉求：请交警或城管处理长期占用消防通道。",
    ),
    T(
        "h4-en-call_transcript-01",
        "en",
        "call_transcript",
        "Redact nothing; just convert this call transcript into a structured call summary with the caller's verified details.",
        "AGENT: Thanks for calling [[organisation|Harbor Mutual]], this call may be recorded. Can I get your full name?\nCALLER: yeah it's <<per.c>>\nAGENT: And your date of birth?\nCALLER: <<dob.c:long>>\nAGENT: Last thing, the social?\nCALLER: <<ssn.c:space>>\nAGENT: Perfect. What's the address on the policy?\nCALLER: <<addr_us.a:numbered>>\nAGENT: And a good callback number?\nCALLER: <<tel.c:us_plain>>",
        "Caller: <<per.c>> (verified: DOB <<dob.c:us>>, SSN <<ssn.c:dash>>)\nPolicy address: <<addr_us.a:numbered>>\nCallback: <<tel.c:us_paren>>\nOutcome: identity verified; no change requested.",
        system="You are a call-quality assistant. The reviewer on shift is <<per.q>> (<<email.q@q>>); address summaries to them.",
    ),
    T(
        "h4-en-call_transcript-02",
        "en",
        "call_transcript",
        "Classify this non-emergency call (noise / parking / theft / other) and give a one-line reason.",
        "[00:00:03] Dispatcher: Non-emergency line, this is not [[service_number|911]]. What's going on?\n[00:00:07] Caller: someone's been parked across my driveway since Friday. Plate is <<plate.v:ca>>, a grey [[product|Toyota Camry]] with a [[public_figure|Harry Potter]] bumper sticker.\n[00:00:19] Dispatcher: Your name and address?\n[00:00:22] Caller: <<per.c:given>> <<per.c:family>>, <<addr_us.a:line>>\n[00:00:31] Dispatcher: Callback?\n[00:00:33] Caller: <<tel.c:us_intl>>",
        "parking — <<per.c>> at <<addr_us.a:line>> reports vehicle <<plate.v>> blocking the driveway since Friday.",
    ),
]

# ----------------------------------------------------------------------------- email_thread
TEMPLATES += [
    T(
        "h4-zh-email_thread-01",
        "zh",
        "email_thread",
        "总结这封邮件往来的最新进展（谁要做什么），不要复述签名档。",
        "好的，我周四前把合同寄过去。\n\n<<per.a>>\n[[organisation|华信科技]] 采购部\n手机：<<tel.a:cn_space>> | 微信：<<wx.a@a>>\n地址：<<addr.a:tower>>\n\n在 [[timestamp|2024年3月5日 14:02]]，<<per.b>> <<<email.b@b>>> 写道：\n> <<per.a:given>>你好，合同盖章版请寄到<<addr.b:road>>，收件人写我就行，电话<<tel.b:cn_dash>>。\n> \n> 在 [[timestamp|2024年3月4日 周一 09:30]]，<<per.a>> <<<email.a@a>>> 写道：\n> > 请问盖章合同寄到哪里？",
        "<<per.a>>（<<email.a@a>>）将在周四前把盖章合同寄给<<per.b>>，地址<<addr.b:road>>，电话<<tel.b:cn_plain>>。",
    ),
    T(
        "h4-zh-email_thread-02",
        "zh",
        "email_thread",
        "根据这封转发邮件起草一份英文邀请函的要点（被邀请人姓名拼音、护照号、出生日期、在德期间费用承担方）。",
        "---------- 转发的邮件 ----------\n发件人：<<per.g:pinyin>> <<<email.g@g>>>\n收件人：<<per.h>> <<<email.h@h>>>\n抄送：<<per.c>> <<<email.c@c>>>\n主题：办签证用的邀请函\n\n你好，我是<<per.g>>，下个月去慕尼黑开会。护照号<<pass.g:cn_ea>>，出生日期<<dob.g:cn_pad>>。费用由我们课题组承担，报销打到我在德国的账户<<iban.g:de>>。麻烦尽快出邀请函。",
        "- Invitee: <<per.g:pinyin_fl>>\n- Passport: <<pass.g>>\n- Date of birth: <<dob.g:iso>>\n- Costs: borne by the host group; reimbursement to <<iban.g:de>>",
    ),
    T(
        "h4-en-email_thread-01",
        "en",
        "email_thread",
        "Summarise the latest state of this thread in two sentences.",
        "Sounds good, I'll send the signed SOW tomorrow.\n\n--\n<<per.a>> | Head of Partnerships\n[[organisation|Northwind Logistics]]\nM: <<tel.a:us_intl2>> | WeChat: <<wx.a@a>>\n<<url.a:linkedin@a>>\n\nOn [[timestamp|Tue, Mar 12, 2024 at 9:14 AM]], <<per.b>> <<<email.b@b>>> wrote:\n> Hi <<per.a:given>>, please send the SOW to me directly; I'm out of the office, so courier to <<addr_us.b:full>> works.\n>\n> On [[timestamp|Mon, Mar 11, 2024 at 4:52 PM]], <<per.a:lower_full>> <<<email.a@a>>> wrote:\n>> Where should I send the SOW?",
        "<<per.a>> will send the signed SOW tomorrow. <<per.b>> asked for it by courier to <<addr_us.b:full>> because they are out of the office.",
    ),
    T(
        "h4-en-email_thread-02",
        "en",
        "email_thread",
        "Write the payroll team's reply to the last message. Do not repeat the bank or tax numbers in the reply.",
        "From: <<per.h:last_first>> <<<email.h@h>>>\nSent: [[timestamp|Thursday, April 4, 2024 10:03 AM]]\nTo: Payroll team, [[organisation|Brightlane]]\nSubject: RE: RE: new starter paperwork\n\nHi again, two corrections: my SSN is <<ssn.h:dash>> (the form had a typo), and please pay expenses to my euro account <<iban.h>> since I'm relocating.\n\n-----Original Message-----\nFrom: Payroll\nTo: <<per.h>>\n> Hi <<per.h:given>>, please confirm your SSN and bank details.",
        "Hi <<per.h:given>>,\n\nThanks, we've updated your tax ID and added the euro account for expenses. You'll see the change on the next payslip.\n\nPayroll",
    ),
]

# ----------------------------------------------------------------------------- git_blame
TEMPLATES += [
    T(
        "h4-zh-git_blame-01",
        "zh",
        "git_blame",
        "根据 git blame 输出，说明测试数据里的真实手机号是谁、什么时候引入的，并给出修改建议。",
        '$ git blame -L 40,44 tests/fixtures/user_seed.py\n[[commit_hash|3f9c2a1e]] (<<per.a>>   [[timestamp|2024-03-01 10:12:45 +0800]] 40)     [[code_identifier|phone_number]] = "<<tel.x:cn_plain>>"\n[[commit_hash|3f9c2a1e]] (<<per.a>>   [[timestamp|2024-03-01 10:12:45 +0800]] 41)     real_name = "<<per.x>>"\n[[commit_hash|b71d004c]] (<<per.b:pinyin>> [[timestamp|2024-05-19 22:03:11 +0800]] 42)     id_card = "<<cnid.x>>"\n\n$ git show -s 3f9c2a1e\nAuthor: <<per.a:pinyin>> <<<email.a@a>>>\n    加测试种子数据\n    Signed-off-by: <<per.a:pinyin>> <<<email.a@a>>>',
        "第 40、41 行由<<per.a>>（<<email.a@a>>）在 2024-03-01 引入，第 42 行由<<per.b:pinyin>>引入。测试数据里出现了真实手机号<<tel.x:cn_dash>>、姓名<<per.x>>和身份证<<cnid.x>>，建议改成明显虚构的数据并用 [[code_identifier|git filter-repo]] 清理历史。",
    ),
    T(
        "h4-zh-git_blame-02",
        "zh",
        "git_blame",
        "下面是 .mailmap 和一段提交说明。请把同一个人的不同邮箱合并，输出“规范姓名 <规范邮箱>”列表。",
        "# .mailmap\n<<per.a>> <<<email.a@a>>> <<<email.a2:qq>>>\n<<per.b:pinyin>> <<<email.b@b>>> <<per.b:user>> <<<email.b2@b>>>\n# GitHub 主页：<<url.b:github@b>>\n\ncommit [[commit_hash|9e41d0b7c2]]\nAuthor: <<per.b:user>> <<<email.b2@b>>>\n\n    fix: 删除误提交的打款配置（收款账户 <<iban.i>>，联系人 <<per.c>> <<tel.c:cn_intl2>>）\n\n    Co-authored-by: <<per.a>> <<<email.a2>>>",
        "<<per.a>> <<<email.a@a>>>\n<<per.b:pinyin>> <<<email.b@b>>>",
    ),
    T(
        "h4-en-git_blame-01",
        "en",
        "git_blame",
        "Explain who added the SSN fixture and suggest a safer fixture.",
        '$ git blame -L 12,15 spec/fixtures/applicant.rb\n[[commit_hash|a41c9e0f]] (<<per.a>> [[timestamp|2023-11-02 16:40:02 -0500]] 12)   applicant.name = "<<per.x>>"\n[[commit_hash|a41c9e0f]] (<<per.a>> [[timestamp|2023-11-02 16:40:02 -0500]] 13)   applicant.ssn  = "<<ssn.x:dash>>"\n[[commit_hash|d07b2291]] (<<per.b:lower_full>> [[timestamp|2024-01-18 09:15:57 -0500]] 14)   applicant.dob  = Date.parse("<<dob.x:iso>>")\n[[commit_hash|d07b2291]] (<<per.b:lower_full>> [[timestamp|2024-01-18 09:15:57 -0500]] 15)   applicant.ip   = "<<ip.x>>"\n\nReported-by: <<per.c>> <<<email.c@c>>> (<<url.c:github@c>>)',
        "<<per.a>> added the name and SSN on lines 12-13 (commit a41c9e0f); <<per.b>> added the date of birth and IP. Replace <<ssn.x:dash>> with a number from the never-issued 9xx range and use a reserved documentation IP such as [[number|192.0.2.10]].",
    ),
    T(
        "h4-en-git_blame-02",
        "en",
        "git_blame",
        "From this shortlog and diff, list the contributors with their canonical e-mail, and say what the diff removes.",
        '$ git shortlog -sne\n    41  <<per.a>> <<<email.a@a>>>\n    17  <<per.b:user>> <<<email.b@b>>>\n     3  <<per.c:upper>> <<<email.c:upper@c>>>\n\n$ git show [[commit_hash|5c0ffee1]] -- config/payouts.yml\n-  beneficiary: "<<per.d>>"\n-  iban: "<<iban.d>>"\n-  phone: "<<tel.d:uk_intl>>"\n+  beneficiary: ${PAYOUT_BENEFICIARY}\n+  iban: ${PAYOUT_IBAN}',
        "Contributors: <<per.a>> <<<email.a@a>>>, <<per.b:user>> <<<email.b@b>>>, <<per.c>> <<<email.c:lower@c>>>. The diff removes a hard-coded payout beneficiary (<<per.d>>), their IBAN and phone number and reads them from the environment instead.",
    ),
]

# ----------------------------------------------------------------------------- ci_log
TEMPLATES += [
    T(
        "h4-zh-ci_log-01",
        "zh",
        "ci_log",
        "分析这段 GitHub Actions 日志里测试失败的原因，并指出日志中不该出现的敏感信息。",
        "2024-06-03T08:11:20.4410Z ##[group]Run pytest -q\n2024-06-03T08:11:20.4412Z env:\n2024-06-03T08:11:20.4413Z   ADMIN_PHONE: <<tel.a:cn_plain>>\n2024-06-03T08:11:20.4413Z   DB_HOST: <<ip.d:private>>\n2024-06-03T08:11:52.0097Z FAILED tests/test_kyc.py::test_id_mask - AssertionError\n2024-06-03T08:11:52.0098Z E   assert mask('<<cnid.u>>') == '110***********1234'\n2024-06-03T08:11:52.0099Z E   user = {'name': '<<per.u>>', 'email': '<<email.u@u>>', 'ssn': '<<ssn.u:plain>>', 'device_mac': '<<mac.m>>'}\n2024-06-03T08:11:52.0101Z ##[error]Process completed with exit code 1.",
        "失败原因：[[code_identifier|mask()]] 的掩码结果与期望不符。日志泄露了管理员手机号<<tel.a:cn_dash>>、数据库内网地址<<ip.d>>，以及测试用户<<per.u>>的身份证<<cnid.u>>、邮箱<<email.u@u>>、SSN <<ssn.u:dash>>和设备 MAC <<mac.m>>，应改用虚构数据并在 workflow 里用 add-mask。",
    ),
    T(
        "h4-zh-ci_log-02",
        "zh",
        "ci_log",
        "根据 Jenkins 部署日志写一条发到钉钉群的部署通知（谁触发、部署到哪台机器、版本号）。",
        'Started by user <<per.t:pinyin>> (<<per.t:user>>)\nCloning <<url.t:github@t>>/order-api.git\n[Pipeline] sh\n+ ssh deploy@<<ip.s>> \'systemctl restart order-api\'\n+ curl -s \'https://oapi.dingtalk.com/robot/send?access_token=***\' -d \'{"at":{"atMobiles":["<<tel.o:cn_plain>>"]},"text":{"content":"order-api [[version.v]] 部署完成，值班：<<per.o>>"}}\'\nFinished: SUCCESS',
        "【部署通知】order-api 已由<<per.t>>触发部署到 <<ip.s>>，版本 [[version.v]]，结果成功。@<<per.o>>（<<tel.o:cn_plain>>）请关注告警。",
    ),
    T(
        "h4-en-ci_log-01",
        "en",
        "ci_log",
        "Explain why this GitLab CI job failed in one paragraph.",
        "$ pytest tests/test_export.py -q\nF\n=================================== FAILURES ===================================\n____________________________ test_export_customer _____________________________\n>       assert row == expected\nE       AssertionError: assert {'dob': '<<dob.c:us_pad>>', 'email': '<<email.c@c>>', 'name': '<<per.c>>', 'ip': '<<ip.c>>', 'cn_id': '<<cnid.c>>'} == {'dob': '<<dob.c:iso>>', 'email': '<<email.c@c>>', 'name': '<<per.c>>', 'ip': '<<ip.c>>', 'cn_id': '<<cnid.c>>'}\nE         Differing items:\nE         {'dob': '<<dob.c:us_pad>>'} != {'dob': '<<dob.c:iso>>'}\n[[timestamp]] Job failed: exit code 1 (runner #[[number]], [[version]])",
        "The export writes dates of birth as MM/DD/YYYY (<<dob.c:us_pad>>) while the test expects ISO (<<dob.c:iso>>); every other field of the fixture for <<per.c>> matches, so the fix is to format the date with [[code_identifier|isoformat()]] in the exporter.",
    ),
    T(
        "h4-en-ci_log-02",
        "en",
        "ci_log",
        "List every piece of personal data this CircleCI log leaks and who should rotate or scrub what.",
        "#!/bin/bash -eo pipefail\nenv | sort\nCIRCLE_USERNAME=<<per.d:user>>\nDEVICE_FARM_MAC=<<mac.m:colon_lower>>\nNOTIFY_SMS=<<tel.n:us_intl>>\nQA_CARD=<<card.k:visa>>\nQA_USER_EMAIL=<<email.q@q>>\n[[timestamp]] Uploading artifacts to s3://qa-artifacts/[[version]]/\nSlack: posted to #qa as <<per.d>>\nTriggered by: <<url.d:github@d>>",
        "Leaked: the CircleCI user <<per.d:user>> (<<per.d>>), the device-farm MAC <<mac.m>>, the SMS number <<tel.n:us_dash>>, a full card number <<card.k:plain>>, and the QA account e-mail <<email.q@q>>. Rotate the card, move the phone and e-mail into masked project variables, and stop running `env` in the job.",
    ),
]

# ----------------------------------------------------------------------------- crash_dump
TEMPLATES += [
    T(
        "h4-zh-crash_dump-01",
        "zh",
        "crash_dump",
        "根据这段 Android 崩溃日志定位崩溃原因（一句话），并列出日志中混入的用户个人信息字段名。",
        "FATAL EXCEPTION: main\nProcess: com.example.wallet, PID: [[number|21984]]\njava.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String.trim()' on a null object reference\n    at [[code_identifier|com.example.wallet.kyc.IdCardFragment.onSubmit]](IdCardFragment.java:218)\nIntent extras: {realName=<<per.u>>, idNo=<<cnid.u:lower_x|x>>, mobile=<<tel.u:cn_plain>>, bankCard=<<card.k:plain>>}\nDevice: wlan0 <<mac.m:colon_lower>>, ip <<ip.u:private>>, app [[version]]",
        "崩溃原因：提交实名信息时某个字段为 null 却调用了 trim()。日志混入的个人信息字段：realName（<<per.u>>）、idNo（<<cnid.u:x>>）、mobile（<<tel.u:cn_space>>）、bankCard，以及设备 MAC 和内网 IP。",
    ),
    T(
        "h4-zh-crash_dump-02",
        "zh",
        "crash_dump",
        "下面是小程序上报的错误 JSON，请判断是前端还是后端问题，并说明理由。",
        '{"errMsg": "request:fail timeout", "page": "pages/order/confirm", "ts": [[timestamp]], "userInfo": {"nickName": "<<per.u:user>>", "realName": "<<per.u>>", "birthday": "<<dob.u:slash_iso>>", "phone": "<<tel.u:cn_intl>>"}, "address": {"detail": "<<addr.u:lane>>", "receiver": "<<per.u>>"}, "clientIp": "<<ip.u:v6>>", "sdk": "[[version]]"}',
        "更像后端问题：errMsg 为请求超时，发生在确认订单页；请求参数（收件人<<per.u>>、地址<<addr.u:lane>>、电话<<tel.u:cn_plain>>）格式正常，前端没有报参数错误。建议查后端该时刻的慢请求。",
    ),
    T(
        "h4-en-crash_dump-01",
        "en",
        "crash_dump",
        "Summarise this Sentry event for the on-call channel (error, user impact, affected user).",
        '{"event_id": "[[commit_hash|6e1d4c9a0b2f4e51a3f0c2d9e8b7a615]]", "level": "error", "exception": {"values": [{"type": "KeyError", "value": "\'shipping_zip\'"}]}, "user": {"id": "[[number|88231457]]", "username": "<<per.u:user>>", "email": "<<email.u@u>>", "ip_address": "<<ip.u>>"}, "request": {"url": "https://shop.example/checkout", "data": {"name": "<<per.u>>", "phone": "<<tel.u:us_dot>>", "address": "<<addr_us.a:full>>", "dob": "<<dob.u:iso>>"}}, "release": "[[version.v]]"}',
        "KeyError 'shipping_zip' at checkout (release [[version.v]]). One user affected so far: <<per.u>> (<<email.u@u>>, from <<ip.u>>); their address <<addr_us.a:full>> has no separate ZIP field, which is what the code expects.",
    ),
    T(
        "h4-en-crash_dump-02",
        "en",
        "crash_dump",
        "What does this minidump header tell us about the machine? Answer in bullet points.",
        "Crash reporter v[[version]]\nException: EXCEPTION_ACCESS_VIOLATION at [[number|0x00007FFB1A2C3D40]]\nModule: [[code_identifier|audiodg.dll]]\n--- Environment ---\nCOMPUTERNAME=DESKTOP-7QK2\nUSERNAME=<<per.u:user>>\nUSERPROFILE=C:\\Users\\<<per.u:user>>\nRegisteredOwner=<<per.u:upper>>\nAdapter: Intel(R) Wi-Fi 6 AX201  MAC <<mac.m:dash>>  IPv4 <<ip.l:private>>\nLast signed-in account: <<email.u@u>>",
        "- Windows machine DESKTOP-7QK2, registered to <<per.u>> (account <<email.u@u>>).\n- Wi-Fi adapter <<mac.m:dash>> on a private network (<<ip.l>>).\n- The crash is an access violation in the audio service, not in our code.",
    ),
]

# ----------------------------------------------------------------------------- markdown_notes
TEMPLATES += [
    T(
        "h4-zh-markdown_notes-01",
        "zh",
        "markdown_notes",
        "把这篇 Obsidian 日记里未完成的待办整理成清单，每项一句话。",
        "---\ndate: 2024-09-14\ntags: [日记, 搬家]\n---\n## 待办\n- [x] 交[[money|5000元]]定金给房东<<per.l:title>>\n- [ ] 给 @<<per.l>> 打电话确认交房，手机<<tel.l:cn_dash>>\n- [ ] 楼下<<plate.c>>的车又挡路了，打挪车电话\n- [ ] 新地址发给快递：<<addr.n:road_bld>>\n- [ ] 驾照<<dl.m>>下个月到期，记得换证（要体检）\n- [ ] 问<<per.s>>（微信<<wx.s@s>>）借搬家推车\n## 随想\n今天重读了[[public_figure|苏轼]]的《定风波》，又翻了几页[[public_figure]]。",
        "1. 给房东<<per.l>>打电话（<<tel.l:cn_plain>>）确认交房。\n2. 联系车主挪走<<plate.c>>。\n3. 把新地址<<addr.n:road_bld>>发给快递。\n4. 驾照<<dl.m>>到期前去体检换证。\n5. 找<<per.s>>借搬家推车。",
    ),
    T(
        "h4-zh-markdown_notes-02",
        "zh",
        "markdown_notes",
        "这是一份个人备忘录。请帮我改成表格（项目 | 号码 | 备注），方便打印。",
        "# 证件 & 账户（勿外传）\n* 身份证：<<cnid.m:spaced|plain>>\n* 护照：<<pass.m>>，[[timestamp|2031-05-20]] 到期\n* 工资卡：<<card.k:spaced>>（[[organisation|中国银行]]）\n* 美国读书时的 SSN：<<ssn.m:dash>>\n* 欧元账户：<<iban.m:fr>>\n* QQ：<<qq.m>>  微信：<<wx.m>>\n* 邮箱：<<email.m>>\n* B站：<<url.m:bilibili>>\n\n> 备注：妈妈<<per.p>>的手机 <<tel.p:cn_fw>>",
        "| 项目 | 号码 | 备注 |\n|---|---|---|\n| 身份证 | <<cnid.m>> | |\n| 护照 | <<pass.m>> | 2031-05-20 到期 |\n| 工资卡 | <<card.k:plain>> | 中国银行 |\n| SSN | <<ssn.m:plain>> | 美国 |\n| 欧元账户 | <<iban.m>> | |\n| QQ | <<qq.m>> | |\n| 微信 | <<wx.m>> | |\n| 邮箱 | <<email.m>> | |\n| B站 | <<url.m:bilibili>> | |\n| 妈妈手机 | <<tel.p:cn_plain>> | <<per.p>> |",
    ),
    T(
        "h4-en-markdown_notes-01",
        "en",
        "markdown_notes",
        "Turn this Notion page into a short briefing for tomorrow's offsite (who is coming, how to reach them).",
        "# Offsite prep\n\n| Name | Role | Email | Phone | Birthday |\n|------|------|-------|-------|----------|\n| <<per.a>> | facilitator | <<email.a@a>> | <<tel.a:us_dash>> | <<dob.a:long>> |\n| <<per.b:last_first>> | finance | <<email.b@b>> | <<tel.b:uk_mobile>> | <<dob.b:eu>> |\n\nVenue: <<addr_us.v:full>> (parking is a [[common_word|Grace period]] lot, 2h)\nBring: [[product|Surface Pro 9]] for slides\n@<<per.a:given>> will bring cake for <<per.b:given>>\nShenzhen supplier joining by video: <<per_cn.z:pinyin>> (WeChat <<wx.z@z>>, QQ <<qq.z>>)",
        "Coming: <<per.a>> (facilitator, <<tel.a:us_paren>>, <<email.a@a>>) and <<per.b>> (finance, <<tel.b:uk_intl>>). Meet at <<addr_us.v:full>>; <<per_cn.z:pinyin>> joins by video (WeChat <<wx.z@z>>). <<per.b:given>>'s birthday is close, so there will be cake.",
    ),
    T(
        "h4-en-markdown_notes-02",
        "en",
        "markdown_notes",
        "Reformat this note as a checklist of documents to renew, soonest first.",
        "## Important numbers (do NOT sync)\n- SSN: <<ssn.m:plain>>\n- Passport: <<pass.m:us_new>> — expires [[timestamp|2026-02-11]]\n- Driver's license: <<dl.m:wa>> — expires [[timestamp|2025-08-30]]\n- Car: <<plate.c:tx>> ([[product|Honda CR-V]]), registration due in March\n- Insurance member ID: <<mrn.i:alpha>>\n- Euro account (Berlin): <<iban.m:de>>\n- Emergency: <<per.e>> <<tel.e:us_intl2>>",
        "- [ ] Driver's license <<dl.m>> (expires 2025-08-30)\n- [ ] Passport <<pass.m>> (expires 2026-02-11)\n- [ ] Car registration for <<plate.c>> (March)\n- [ ] Check insurance card <<mrn.i>> is current",
    ),
]

# ----------------------------------------------------------------------------- moments_post
TEMPLATES += [
    T(
        "h4-zh-moments_post-01",
        "zh",
        "moments_post",
        "判断这条朋友圈和评论区里有没有人在泄露他人信息，给出理由。",
        "<<per.a:given>>妈妈：谁的车<<plate.v>>？堵在幼儿园门口半小时了，麻烦挪一下！！\n评论：\n<<per.b>>：好像是三楼<<per.c>>家的，他电话<<tel.c:cn_space>>\n<<per.a>>：谢谢，已经打了\n<<per.d:user>>：这车上周也停在[[public_place|西湖]]边上违停\n<<per.e:user>>：车主怕不是[[public_figure|猪八戒]]转世，一停一整天",
        "有。<<per.b>>在评论区公开了<<per.c>>的手机号<<tel.c:cn_plain>>，还把车牌<<plate.v>>和具体住户对应起来，属于泄露他人个人信息；应私聊转告而不是公开评论。",
    ),
    T(
        "h4-zh-moments_post-02",
        "zh",
        "moments_post",
        "把这条微博改写成一条反诈骗提醒，保留骗子留下的联系方式以便大家防范，但不要写出受害者的姓名。",
        "#防骗# 气死了！我妈<<per.v>>被冒充[[organisation|国家卫生健康委员会]]的人骗了[[money|18万元]]！对方说医保卡异常，让转到安全账户<<card.k:spaced>>，还加了QQ <<qq.x>> 和微信<<wx.x:wxid>>，电话<<tel.x:cn_0086|cn_intl2>>。大家转发提醒家里老人！\n—— 发布者主页 <<url.p:weibo>>（@<<per.p:user>>）",
        "【反诈提醒】近期有人冒充卫健委称“医保卡异常”，要求把钱转到所谓安全账户。已知骗子使用：银行卡<<card.k:plain>>、QQ <<qq.x>>、微信<<wx.x>>、电话<<tel.x:cn_plain>>。遇到请直接拨打[[service_number|110]]。",
    ),
    T(
        "h4-en-moments_post-01",
        "en",
        "moments_post",
        "Write a warm reply comment to this Facebook post.",
        "<<per.a>> is with <<per.b>>.\nHappy birthday to my little sister <<per.b:given>>!! Same birthday as [[public_figure]], she always says. Born <<dob.b:long>> and still the baby of the family. Party Saturday at ours, <<addr_us.h:line>>, bring a dish. Text me at <<tel.a:us_dash>> if you're coming.\nProfile: <<url.a:facebook@a>>\n\nComments:\n<<per.c:given>>: wouldn't miss it!",
        "Happy birthday <<per.b:given>>! Another year looks great on you. See you Saturday, I'll bring the [[common_word|Apple pie]]!",
    ),
    T(
        "h4-en-moments_post-02",
        "en",
        "moments_post",
        "Turn this thread into a short scam alert for a neighbourhood newsletter. Keep the scammer's contact details.",
        "1/ PSA: someone posing as [[organisation|Wells Fargo]] fraud dept called my neighbour <<per.v:given>> today from <<tel.x:us_paren>>. They knew the card number <<card.k:dashed>>!!\n2/ Then they wanted a photo of the driver's license e-mailed to <<email.x>> to 'verify'.\n3/ If you get this call hang up. Reported it. — @<<per.p:user>> <<url.p:twitter@p>>",
        "Scam alert: a caller claiming to be a bank's fraud department is phoning residents from <<tel.x:us_dash>> and asking victims to e-mail a photo of their driver's license to <<email.x>>. They may already know your card number. Hang up and call the number on the back of your card.",
    ),
]

# ----------------------------------------------------------------------------- community_notice
TEMPLATES += [
    T(
        "h4-zh-community_notice-01",
        "zh",
        "community_notice",
        "把居委会的这份名单通知改写成适合贴在楼道的版本：只保留姓名和需要办理的事项。",
        "【社区通知】以下居民的高龄津贴认证即将到期，请本人或家属携带身份证于本周五前到社区服务站办理：\n1. <<per.a>>  身份证 <<cnid.a>>  住址 <<addr.a:comm>>\n2. <<per.b>>  身份证 <<cnid.b:fw>>  住址 <<addr.b:comm>>\n网格员：<<per.g>>，电话<<tel.g:cn_plain>>（微信同号）\n另：本周六社区读书会共读[[public_figure|李清照]]词选，欢迎参加。\n[[organisation|街道办事处]]  [[timestamp|2024-10-08]]",
        "【温馨提示】请<<per.a>>、<<per.b>>两位居民（或家属）本周五前到社区服务站办理高龄津贴认证，记得带身份证。有疑问请找网格员<<per.g>>。",
    ),
    T(
        "h4-zh-community_notice-02",
        "zh",
        "community_notice",
        "业主群里有人发了下面这段，请帮物业写一段回复，提醒不要在群里公开他人电话和车牌，并说明会私下联系。",
        "@全体成员 地库B2这几个车位长期被占：\n<<plate.a>> —— <<addr.a:comm>>业主<<per.a>>，电话<<tel.a:cn_dash>>\n<<plate.b>> —— 不知道是谁的\n<<plate.c>> —— <<per.c:title>>家的，<<tel.c:cn_plain>>\n物业快管管！！！投诉电话[[service_number|12345]]我也打了",
        "感谢反馈！物业已记录车位占用问题，会私下联系<<plate.a>>、<<plate.b>>、<<plate.c>>的车主处理。也提醒各位业主：请不要在群里公开他人的电话和车牌信息，有问题可以直接私信管家。",
        source="h4-yezhu/<<tel.a:cn_plain>>",
    ),
    T(
        "h4-en-community_notice-01",
        "en",
        "community_notice",
        "Write the 'Welcome new neighbors' paragraph for the HOA newsletter from these notes.",
        "New owners this quarter:\n- <<per.a>> & <<per.b:given>> — <<addr_us.a:line>> (lot [[number|L-112]]), moved from [[public_place|Niagara Falls]]\n- <<per.c:last_first>> — <<addr_us.c:line_unit>>\nBoard contact for questions: <<per.d>>, <<email.d@d>>, <<tel.d:us_paren>>\nBook club this month: [[public_figure]].\n(Reminder: [[common_word|Bill of materials]] for the pool repair due [[timestamp|June 30]])",
        "Please welcome our new neighbors: <<per.a>> and <<per.b:given>>, who just moved in at <<addr_us.a:line>>, and <<per.c>> (<<addr_us.c:line_unit>>). Stop by and say hello! Questions for the board can go to <<per.d>> at <<email.d@d>>.",
    ),
    T(
        "h4-en-community_notice-02",
        "en",
        "community_notice",
        "Rewrite this Neighbourhood Watch alert so it is calm and factual.",
        "!!! ALERT !!! Saw a silver van <<plate.v:uk>> slowly cruising <<addr_uk.r:line>> at 2am AGAIN. Resident <<per.r>> (<<tel.r:uk_mobile>>) got a photo. Somebody tried the gate at <<addr_uk.s:flat>> too. Police non-emergency is [[service_number|111]]?? no it's 101. Contact the coordinator <<per.k:upper>> <<email.k@k>>.",
        "Neighbourhood Watch update: a silver van (registration <<plate.v>>) was seen driving slowly near <<addr_uk.r:line>> around 2am, and someone tried a gate at <<addr_uk.s:flat>>. A resident has a photo. If you see anything, call the police on 101 and let our coordinator <<per.k>> (<<email.k@k>>) know.",
    ),
]

# ----------------------------------------------------------------------------- job_post
TEMPLATES += [
    T(
        "h4-zh-job_post-01",
        "zh",
        "job_post",
        "把这条招聘帖整理成结构化 JSON（岗位、薪资、工作地点、联系人、电话、微信、邮箱）。",
        "【急招】[[organisation|鼎新物流]]招仓库管理员2名\n薪资：[[money|6000-8000元]]/月，五险一金\n地点：<<addr.w:road>>\n有意者联系<<per.h:title>>：<<tel.h:cn_space>>（微信同号<<wx.h@h>>），或投简历至<<email.h@h>>，备注“仓管+姓名”。\nHR：<<per.h>>",
        '{"岗位": "仓库管理员", "薪资": "6000-8000元/月", "工作地点": "<<addr.w:road>>", "联系人": "<<per.h>>", "电话": "<<tel.h:cn_plain>>", "微信": "<<wx.h@h>>", "邮箱": "<<email.h@h>>"}',
    ),
    T(
        "h4-zh-job_post-02",
        "zh",
        "job_post",
        "求职者在招聘帖下留言了自己的简历要点。请帮招聘方写一段私信回复，约面试时间，不要在回复里重复对方的证件号。",
        "留言：HR您好！我叫<<per.c>>，<<dob.c:cn_numerals>>出生，身份证<<cnid.c>>，有三年[[code_identifier|Python]]开发经验。QQ <<qq.c>>，邮箱<<email.c:qq>>，知乎主页<<url.c:zhihu@c>>有我的技术文章。电话<<tel.c:cn_plain>>，随时可以面试。",
        "<<per.c>>你好，感谢关注！我们看了你的留言和知乎文章，想约你本周四下午两点来公司面试，地址稍后发到<<email.c>>。如时间不合适请回复或致电告知。",
    ),
    T(
        "h4-en-job_post-01",
        "en",
        "job_post",
        "Score <<per.a>>'s reply against the job ad (1-5) and justify briefly.",
        "AD: Line cook wanted, [[organisation|The Copper Kettle]] (our chef trained under [[public_figure|Gordon Ramsay]]), evenings, [[money|$19.50]]/hr. Reply with experience.\n\nREPLY:\nHi, I'm <<per.a>>. 4 years line cook at two diners, ServSafe certified. I live close by at <<addr_us.a:line>>, can start Monday.\nCall/text <<tel.a:us_dot>> or email <<email.a@a>>.\nLinkedIn: <<url.a:linkedin@a>>",
        "4/5 — <<per.a>> has four years of line-cook experience and food-safety certification, lives nearby and can start Monday; no evening availability mentioned, so confirm that when calling <<tel.a:us_paren>>.",
    ),
    T(
        "h4-en-job_post-02",
        "en",
        "job_post",
        "The hiring manager pasted this into the recruiting channel. Point out what should not have been shared and rewrite it properly.",
        "candidate for the warehouse lead role: <<per.c:lower_full>>, DOB <<dob.c:us>> (so he's old enough lol), SSN <<ssn.c:dash>> for the background check, DL <<dl.c:fl>>. his old manager <<per.r>> vouched, <<tel.r:us_dash>>. linkedin <<url.c:linkedin@c>>. lives at <<addr_us.c:full>>",
        'Shared by mistake: date of birth, SSN, driver\'s license number and home address. Rewrite: "Candidate for warehouse lead: <<per.c>> (<<url.c:linkedin@c>>). Reference from former manager <<per.r>>. Background-check details have been sent to HR through the secure portal."',
    ),
]

# ----------------------------------------------------------------------------- will_testament
TEMPLATES += [
    T(
        "h4-zh-will_testament-01",
        "zh",
        "will_testament",
        "这是一份自书遗嘱的文字稿。请列出遗嘱中涉及的财产及其分配对象。",
        "遗  嘱\n立遗嘱人：<<per.t>>，男，<<dob.t:cn>>出生，身份证号<<cnid.t>>，住<<addr.t:road_bld>>。\n一、位于<<addr.p:comm>>的房产一套，由长子<<per.a>>（身份证号<<cnid.a>>）继承。\n二、[[organisation|中国银行]]账户<<card.k:unionpay>>内存款，由次女<<per.b>>继承。\n三、车辆一辆（号牌<<plate.v>>）归老伴所有。\n四、我一生敬仰[[public_figure|袁隆平]]先生，丧事从简，不收礼金。\n见证人：<<per.w>>，电话<<tel.w:cn_plain>>\n立遗嘱人：<<per.t>>    [[timestamp|2023年6月18日]]",
        "1. 房产（<<addr.p:comm>>）→ 长子<<per.a>>\n2. 银行账户<<card.k:plain>>存款 → 次女<<per.b>>\n3. 车辆<<plate.v>> → 立遗嘱人配偶",
    ),
    T(
        "h4-zh-will_testament-02",
        "zh",
        "will_testament",
        "根据遗产分割协议草稿，写一段给公证处的说明，交代继承人人数和各自的联系方式。",
        "遗产分割协议（草稿）\n被继承人：<<per.d>>，已于[[timestamp|2024年1月]]去世。\n继承人甲：<<per.a>>，身份证<<cnid.a:spaced>>，电话<<tel.a:cn_dash>>\n继承人乙：<<per.b>>，现居德国，护照<<pass.b:cn_e|cn_g>>，电话<<tel.b:cn_0086>>，遗产份额汇至其德国账户<<iban.b:de>>\n继承人丙：<<per.c>>，电话<<tel.c:cn_fw>>\n继承人丁：<<per.e>>，美籍，SSN <<ssn.e:dash|space>>，邮箱<<email.e@e>>\n办理机构：[[organisation|公证处]]",
        "本案共有四位继承人（另有美籍继承人<<per.e>>，联系邮箱<<email.e@e>>）：<<per.a>>（<<tel.a:cn_plain>>）、<<per.b>>（现居德国，护照<<pass.b>>，电话<<tel.b:cn_intl>>）和<<per.c>>（<<tel.c:cn_plain>>），被继承人为<<per.d>>。乙方份额将汇至其德国账户。",
    ),
    T(
        "h4-en-will_testament-01",
        "en",
        "will_testament",
        "Summarise who gets what under this will, in plain English.",
        "LAST WILL AND TESTAMENT OF <<per.t:upper>>\nI, <<per.t>>, born <<dob.t:long>>, Social Security No. <<ssn.t:dash>>, residing at <<addr_us.t:full>>, declare this to be my will.\nARTICLE I. I appoint my daughter <<per.e>> of <<addr_us.e:full>> as Executor.\nARTICLE II. I give my [[product|Ford F-150]] and my tools to my grandson <<per.g>>.\nARTICLE III. I give my first edition of [[public_figure|Jane Austen]]'s Emma to <<per.e:given>>.\nARTICLE IV. This [[common_word|Will]] revokes all earlier wills. I give the residue of my estate to [[organisation|Red Cross]] and to <<per.e>> in equal shares.",
        "<<per.t>>'s will names <<per.e>> as executor. The grandson <<per.g>> gets the truck and the tools; everything else is split equally between <<per.e>> and a charity.",
    ),
    T(
        "h4-en-will_testament-02",
        "en",
        "will_testament",
        "Draft the cover e-mail the executor sends to the bank with this estate inventory.",
        "ESTATE OF <<per.d:upper>> (deceased [[timestamp|2024-02-03]])\nDate of birth: <<dob.d:long_eu>>\nExecutor: <<per.x>>, <<email.x@x>>, <<tel.x:uk_mobile>>\nAssets:\n  Current account  <<iban.d:gb>>\n  Savings          <<iban.s:ie>>\n  Vehicle          <<plate.v:uk>>\n  Property         <<addr_uk.p:line>>",
        "Dear Bereavement Team,\n\nI am the executor of the estate of <<per.d>> (date of birth <<dob.d:eu>>). Please find attached the inventory, which lists the current account <<iban.d>> and the savings account <<iban.s>>. I can be reached at <<email.x@x>> or <<tel.x:uk_intl>>.\n\nYours faithfully,\n<<per.x>>",
    ),
]

# ----------------------------------------------------------------------------- shareholder_register
TEMPLATES += [
    T(
        "h4-zh-shareholder_register-01",
        "zh",
        "shareholder_register",
        "根据股东名册计算每位股东的持股比例（保留两位小数），按比例从高到低输出。",
        "[[organisation|杭州云栖数据有限公司]] 股东名册\n（出资额见[[common_word|单元格]] D 列）\n序号,股东姓名,证件号码,认缴出资(万元),通讯地址\n1,<<per.a>>,<<cnid.a>>,600,<<addr.a:yuan>>\n2,<<per.b>>,<<cnid.b:lower_x|plain>>,300,<<addr.b:road>>\n3,<<per.c>>,<<pass.c:cn_e>>,100,<<addr.c:post>>",
        "1. <<per.a>>：60.00%\n2. <<per.b>>：30.00%\n3. <<per.c>>：10.00%",
    ),
    T(
        "h4-zh-shareholder_register-02",
        "zh",
        "shareholder_register",
        "从这份股权转让协议摘录中提取转让方、受让方及付款信息，输出为 YAML。",
        "转让方（甲方）：<<per.s>>，中国公民，身份证号码：<<cnid.s>>，联系电话：<<tel.s:cn_plain>>\n受让方（乙方）：<<per_en.b:upper>>，美国公民，护照号码：<<pass.b:us>>，美国社会安全号 <<ssn.b:dash>>\n第三条 乙方应于[[timestamp|2024年12月31日]]前从其荷兰账户<<iban.b:nl>>将转让款[[money|人民币300万元]]汇入甲方账户：<<card.k:spaced>>\n第七条 通知地址：甲方 <<addr.s:tower>>；乙方 <<email.b@b>>",
        "转让方:\n  姓名: <<per.s>>\n  身份证: <<cnid.s>>\n  电话: <<tel.s:cn_dash>>\n受让方:\n  姓名: <<per_en.b>>\n  护照: <<pass.b>>\n  SSN: <<ssn.b:plain>>\n付款:\n  付款账户: <<iban.b>>\n  收款账户: <<card.k:plain>>",
    ),
    T(
        "h4-en-shareholder_register-01",
        "en",
        "shareholder_register",
        "Compute each holder's ownership percentage from this cap table CSV and flag anyone missing a tax ID.",
        'holder_name,email,shares,address,tin\n"<<per.a:last_first>>",<<email.a@a>>,[[number|4000000]],"<<addr_us.a:full>>",<<ssn.a:dash>>\n"<<per.b:last_first>>",<<email.b@b>>,[[number|1000000]],"<<addr_us.b:full>>",\n"<<per_cn.c:pinyin_fl>>",<<email.c:qq>>,[[number|2000000]],"<<addr_cn.c:tower>>",<<cnid.c>>\n[[organisation|Sequoia Capital]] Fund XII,,[[number|3000000]],,',
        "<<per.a>>: 40%; <<per.b>>: 10%; <<per_cn.c:pinyin>>: 20%; the fund: 30%. Missing tax ID: <<per.b>> (<<email.b@b>>).",
    ),
    T(
        "h4-en-shareholder_register-02",
        "en",
        "shareholder_register",
        "Convert this PSC register entry into the JSON our compliance tool expects (name, dob, service_address, nationality, bank).",
        "REGISTER OF PEOPLE WITH SIGNIFICANT CONTROL — [[organisation|Brightwater Audio Ltd]]\nName: <<per.p:upper>>\nDate of birth: <<dob.p:long_eu>>\nService address: <<addr_uk.s:flat>>\nNationality: Irish\nNature of control: ownership of shares 50-75%\nDividend account: <<iban.p:ie>>\nNotified: [[timestamp|12 January 2024]]",
        '{"name": "<<per.p>>", "dob": "<<dob.p:iso>>", "service_address": "<<addr_uk.s:flat>>", "nationality": "Irish", "bank": "<<iban.p>>"}',
    ),
]

# ----------------------------------------------------------------------------- grade_transcript
TEMPLATES += [
    T(
        "h4-zh-grade_transcript-01",
        "zh",
        "grade_transcript",
        "根据这份成绩单计算加权平均分（学分加权），保留一位小数。",
        "[[organisation|北京大学]] 本科生成绩单\n姓名：<<per.s>>    学号：[[number|2001210457]]    出生日期：<<dob.s:cn_pad>>\n身份证号：<<cnid.s>>\n课程            学分   成绩\n高等数学        5      92\n[[public_figure|鲁迅]]作品选读 3 90\n线性代数        3      85\n程序设计        4      88\n班主任：<<per.t:title>>      教务处盖章",
        "<<per.s>>的加权平均分 = (92×5 + 90×3 + 85×3 + 88×4) / 15 = 89.1。",
    ),
    T(
        "h4-zh-grade_transcript-02",
        "zh",
        "grade_transcript",
        "用<<per.s>>的学籍档案给家长写一条期末成绩短信（不超过 80 字）。",
        "学籍档案\n学生：<<per.s>>（<<per.s:pinyin>>）  性别：女  出生：<<dob.s:dot>>\n家长：<<per.p>>  手机：<<tel.p:cn_plain|cn_dash>>  QQ：<<qq.p>>\n家庭住址：<<addr.h:short>>\n期末：语文 96 数学 100 英语 94",
        "<<per.p>>您好：<<per.s>>本学期期末成绩语文96、数学100、英语94，表现优秀，请继续鼓励！（班主任）",
        source="h4-xueji/<<per.s:user>>",
    ),
    T(
        "h4-en-grade_transcript-01",
        "en",
        "grade_transcript",
        "Compute the cumulative GPA from this transcript and state whether the student meets the 3.0 requirement.",
        "OFFICIAL TRANSCRIPT — [[organisation|Stanford University]]\nStudent: <<per.s:upper>>    ID: [[number|06512237]]\nDOB: <<dob.s:us_pad>>    SSN: <<ssn.s:space>>\nMailing address: <<addr_us.s:multiline>>\nFall   ENGL 10 [[public_figure|William Shakespeare]] seminar   A   5 units\nFall   CS 106A   A   5 units\nFall   MATH 51   B+  5 units\nWinter CS 107    A-  5 units",
        "<<per.s>>: (4.0×5 + 4.0×5 + 3.3×5 + 3.7×5) / 20 = 3.75. Meets the 3.0 requirement.",
    ),
    T(
        "h4-en-grade_transcript-02",
        "en",
        "grade_transcript",
        "Rewrite this teacher's note to a parent in a more encouraging tone.",
        "To: <<per.p>> <<<email.p@p>>>\nRe: <<per.s>> — report card\n\n<<per.s:given>> got a C in Algebra again. Homework keeps coming in late or not at all. Call me at <<tel.t:us_dash>> if you want to talk.\n<<per.t:initial>>, Math Dept.",
        "Dear <<per.p>>,\n\n<<per.s:given>> is capable of much more in Algebra than the current C shows, and regular homework would make a real difference. I'd be glad to talk about how we can help; you can reach me at <<tel.t:us_paren>>.\n\nBest wishes,\n<<per.t:initial>>",
    ),
]

# ----------------------------------------------------------------------------- secondhand_listing
TEMPLATES += [
    T(
        "h4-zh-secondhand_listing-01",
        "zh",
        "secondhand_listing",
        "根据闲鱼聊天记录，判断买卖双方约定的交易方式和地点。",
        "【宝贝】九成新 [[product|大疆Mini 4 Pro]]，原价[[money|4788元]]，现价[[money|3200元]]，可小刀\n卖家：<<per.s:user>>    实名认证：<<per.s:spaced>>\n卖家小红书：<<url.s:xiaohongshu>>（更多实拍图）",
        "约定当面交易：买家周六下午到<<addr.s:comm>>楼下找卖家<<per.s>>，到了打<<tel.s:cn_plain>>；付款走闲鱼担保交易，不走支付宝转账。",
        history=[
            ("还在吗？能便宜点不", "在的，最低再少50"),
            ("可以，能当面交易吗，我怕邮寄磕坏", "可以，来<<addr.s:comm>>楼下，到了打我电话<<tel.s:cn_numerals>>"),
            ("好，要不我直接支付宝转你？账号多少", "别了，走闲鱼担保吧，我支付宝<<email.s@s>>不常用"),
        ],
    ),
    T(
        "h4-zh-secondhand_listing-02",
        "zh",
        "secondhand_listing",
        "把这条二手车信息改写成规范的车源描述，去掉口语化表达。",
        "个人一手车出 [[product|比亚迪秦PLUS]] 21年上牌 <<plate.v>> 跑了4万公里 没事故 车架号 [[number|LGXC16DF3M0123456]] 行驶证和我驾驶证<<dl.o>>都在 车主<<per.o>>本人 诚心要的打<<tel.o:cn_space>> 中介勿扰 看车地址<<addr.o:road>>",
        "【个人车源】[[product|比亚迪秦PLUS]]，2021 年上牌（<<plate.v>>），行驶约 4 万公里，无事故，一手车，手续齐全。车主<<per.o>>，联系电话<<tel.o:cn_dash>>，看车地点<<addr.o:road>>。谢绝中介。",
    ),
    T(
        "h4-en-secondhand_listing-01",
        "en",
        "secondhand_listing",
        "Reply to the buyer's message on behalf of the seller, confirming pickup.",
        "LISTING: [[product|Instant Pot Duo]] and a [[common_word|Rose garden]] planter — $[[number|120]] OBO. Pickup only near <<addr_us.p:line>> (porch pickup). Text <<per.s:given>> at <<tel.s:us_dot>>.\n\nMESSAGE from <<per.b>> (<<email.b@b>>): Hi! Is this still available? I can come Saturday morning. My number is <<tel.b:us_dash>>.",
        "Hi <<per.b:given>>, yes it's still available! Saturday morning works; the pickup address is <<addr_us.p:line>> (porch). Text me at <<tel.s:us_paren>> when you're outside. — <<per.s:given>>",
        history=[
            ("is the price firm?", "I can do 100 if you pick it up this weekend."),
            (
                "ok. I'm <<per.b>> btw, <<tel.b:us_plain>> is my cell",
                "Great, thanks <<per.b:given>>. I'll hold it for you.",
            ),
        ],
    ),
    T(
        "h4-en-secondhand_listing-02",
        "en",
        "secondhand_listing",
        "Answer the buyer's question in the listing Q&A and say where the item ships from.",
        "Item: [[product|Nintendo Switch OLED]] (boxed)    Seller: <<per.s:user>>    Feedback: 99.6%\nQ from <<per.b:user>>: Can you post to <<addr_uk.b:multiline>>? My name for the parcel is <<per.b:upper>>, phone <<tel.b:uk_intl>>.\nSeller notes: ships from <<addr_uk.s:line>>, tracked ([[tracking_number]] style numbers).",
        "Hi, yes, I can post it tracked to <<addr_uk.b:multiline>> (for <<per.b>>). It ships from my address in <<addr_uk.s:line>> and you'll get the tracking number by message.",
    ),
]

# ----------------------------------------------------------------------------- id_card_ocr
TEMPLATES += [
    T(
        "h4-zh-id_card_ocr-01",
        "zh",
        "id_card_ocr",
        "下面是身份证正反面 OCR 的原始结果（有错行）。请整理成“字段：值”的格式。",
        "姓名<<per.p:spaced>>\n性别男民族汉\n出生<<dob.p:cn>>\n住址<<addr.p:village>>\n公民身份号码\n<<cnid.p>>\n---- 反面 ----\n中华人民共和国\n居民身份证\n签发机关[[organisation|杭州市公安局西湖分局]]\n有效期限[[timestamp|2016.08.12-2036.08.12]]",
        "姓名：<<per.p>>\n性别：男\n民族：汉\n出生：<<dob.p:cn>>\n住址：<<addr.p:village>>\n公民身份号码：<<cnid.p>>\n签发机关：[[organisation|杭州市公安局西湖分局]]\n有效期限：2016.08.12-2036.08.12",
    ),
    T(
        "h4-zh-id_card_ocr-02",
        "zh",
        "id_card_ocr",
        "把驾驶证和行驶证的 OCR JSON 合并成一条车辆过户预审记录（车主、证号、号牌、住址）。",
        '驾驶证：{"证号": "<<dl.o>>", "姓名": "<<per.o>>", "性别": "女", "国籍": "中国", "住址": "<<addr.o:road_bld>>", "出生日期": "<<dob.o:iso>>", "准驾车型": "[[product|C1]]", "有效期限": "[[timestamp|2019-04-02至2029-04-02]]"}\n行驶证：{"号牌号码": "<<plate.v>>", "车辆类型": "小型轿车", "所有人": "<<per.o>>", "住址": "<<addr.o:road_bld>>", "品牌型号": "[[product|理想L9]]"}',
        "车主：<<per.o>>（驾驶证号<<dl.o>>）\n号牌：<<plate.v>>\n住址：<<addr.o:road_bld>>\n预审结论：驾驶证与行驶证所有人一致，可以办理。",
    ),
    T(
        "h4-en-id_card_ocr-01",
        "en",
        "id_card_ocr",
        "Clean up this driver's license OCR into labelled fields.",
        "CALIFORNIA USA DRIVER LICENSE\nDL <<dl.l:ca>>\nEXP [[timestamp|2028-07-14]]\nLN <<per.p:family>>\nFN <<per.p:given>>\n<<addr_us.a:full>>\nDOB <<dob.p:us_pad>>\nRSTR NONE   CLASS C\nSEX F  HGT 5-06  EYES BRN\nDD [[number|08/14/2023]]6283Q/AAFD/28",
        "License number: <<dl.l>>\nName: <<per.p>>\nAddress: <<addr_us.a:full>>\nDate of birth: <<dob.p:us_pad>>\nExpires: 2028-07-14\nClass: C",
    ),
    T(
        "h4-en-id_card_ocr-02",
        "en",
        "id_card_ocr",
        "Produce a certified-translation style English rendering of this Chinese ID card OCR.",
        "OCR (front): 姓名 <<per_cn.p>>  性别 女  民族 汉  出生 <<dob.p:cn>>  住址 <<addr_cn.p:road_bld>>  公民身份号码 <<cnid.p>>\nOCR (back): 签发机关 [[organisation|上海市公安局浦东分局]]  有效期限 [[timestamp|2015.03.09-2035.03.09]]\nClient note: please spell the name as in my passport, <<per_cn.p:pinyin_fl>>. Send the scan back on WeChat (<<wx.p@p>>) or QQ <<qq.p>>.",
        "PEOPLE'S REPUBLIC OF CHINA — RESIDENT IDENTITY CARD (translation)\nName: <<per_cn.p:pinyin_fl>>\nSex: Female    Ethnicity: Han\nDate of birth: <<dob.p:long>>\nAddress: <<addr_cn.p:road_bld>>\nCitizen ID number: <<cnid.p>>\nIssued by: Pudong Branch, Shanghai Public Security Bureau\nValid: 2015-03-09 to 2035-03-09",
    ),
]

# ----------------------------------------------------------------------------- passport_mrz
TEMPLATES += [
    T(
        "h4-zh-passport_mrz-01",
        "zh",
        "passport_mrz",
        "下面是护照资料页的 OCR 结果（含机读码）。请提取姓名、拼音、护照号和出生日期，并检查机读码里的护照号与上方是否一致。",
        "中华人民共和国护照\n类型/Type P  国家码/Code CHN  护照号/Passport No. <<pass.p>>\n姓名/Name <<per.p>>\n<<per.p:pinyin_fl>>\n性别/Sex 男/M  出生地点 [[public_place|北京]]\n出生日期/Date of birth <<dob.p:cn_pad>>\n签发日期 [[timestamp|2019年07月02日]]\nP<CHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<pass.p>>6CHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "姓名：<<per.p>>\n拼音：<<per.p:pinyin_fl>>\n护照号：<<pass.p>>\n出生日期：<<dob.p:iso>>\n机读码第二行的护照号与资料页一致。",
    ),
    T(
        "h4-zh-passport_mrz-02",
        "zh",
        "passport_mrz",
        "这是护照识别接口返回的 JSON。请把它转换成酒店入住登记需要的字段（姓名、证件类型、证件号、出生日期、国籍、手机）。",
        '{"log_id": [[number|1764592038817264531]], "words_result": {"护照号码": {"words": "<<pass.p:cn_g>>"}, "姓名": {"words": "<<per.p>>"}, "姓名拼音": {"words": "<<per.p:pinyin_fl>>"}, "生日": {"words": "<<dob.p:compact>>"}, "国家码": {"words": "CHN"}, "护照签发地点": {"words": "[[public_place|上海]]"}}, "extra": {"预留手机": "<<tel.p:cn_plain>>"}}',
        "姓名：<<per.p>>\n证件类型：护照\n证件号：<<pass.p>>\n出生日期：<<dob.p:cn>>\n国籍：中国\n手机：<<tel.p:cn_dash>>",
    ),
    T(
        "h4-en-passport_mrz-01",
        "en",
        "passport_mrz",
        "From this passport data-page OCR, fill in the airline's APIS fields: surname, given names, document number, date of birth, nationality.",
        "PASSPORT   UNITED STATES OF AMERICA\nType P   Code USA   Passport No. <<pass.p:us>>\nSurname\n<<per.p:family>>\nGiven Names\n<<per.p:given>>\nNationality UNITED STATES OF AMERICA\nDate of birth <<dob.p:short_month>>\nPlace of birth [[public_place|Yellowstone]], U.S.A.\nP<USA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<pass.p>>4USA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
        "SURNAME: <<per.p:family>>\nGIVEN NAMES: <<per.p:given>>\nDOCUMENT: P <<pass.p>>\nDOB: <<dob.p:iso>>\nNATIONALITY: USA",
    ),
    T(
        "h4-en-passport_mrz-02",
        "en",
        "passport_mrz",
        "Our identity vendor returned this JSON for a UK passport. Check that the name on the booking matches and say so in one line.",
        'Booking name: <<per.p:last_first>>\nVendor response:\n{"document_type": "passport", "issuing_country": "GBR", "document_number": "<<pass.p:uk>>", "surname": "<<per.p:family>>", "given_names": "<<per.p:given>>", "date_of_birth": "<<dob.p:iso>>", "expiry": "[[timestamp|2031-11-30]]", "mrz_line2": "<<pass.p>>2GBR<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"}',
        "Match: the passport <<pass.p>> is in the name of <<per.p>>, born <<dob.p:long_eu>>, as on the booking.",
    ),
]

# ----------------------------------------------------------------------------- chargeback_dispute
TEMPLATES += [
    T(
        "h4-zh-chargeback_dispute-01",
        "zh",
        "chargeback_dispute",
        "根据这条支付平台交易投诉，写一段给商户的协商话术。",
        "投诉人：<<per.c>>    手机号：<<tel.c:cn_plain>>    身份证：<<cnid.c>>\n交易单号：[[order_number]]    交易时间：[[timestamp|2024-06-18 21:07:33]]    金额：[[money|¥2,380.00]]\n投诉原因：付款后商家失联。对方收款账户为个人卡<<card.k:spaced>>（户名<<per.m>>），客服QQ <<qq.m>> 已拉黑我。",
        "您好，这里是平台客服。用户<<per.c>>反映在[[timestamp|2024-06-18 21:07:33]]向贵店付款后一直联系不上商家，请在 48 小时内与用户协商处理（退款或发货），并说明为何使用个人卡收款。如有疑问请回复本工单。",
    ),
    T(
        "h4-zh-chargeback_dispute-02",
        "zh",
        "chargeback_dispute",
        "把这份信用卡争议交易申请表的要点整理成一段话，交给风控专员。",
        "争议交易申请表\n持卡人姓名：<<per.h>>（<<per.h:pinyin_fl>>）\n卡号：<<card.k:mc|visa>>\n联系电话：<<tel.h:cn_intl>>    邮箱：<<email.h@h>>\n争议交易：[[timestamp|2024-07-02]] [[organisation|Booking.com]] [[money|EUR 318.40]]\n说明：酒店已取消但未退款，请退到我在当地的账户也可以：<<iban.h:es>>",
        "持卡人<<per.h>>（卡号<<card.k:plain>>，电话<<tel.h:cn_plain>>）对一笔境外酒店预订交易提出争议：酒店已取消但未退款。持卡人同意退至其境外账户<<iban.h>>。请核实商户取消记录后发起拒付。",
    ),
    T(
        "h4-en-chargeback_dispute-01",
        "en",
        "chargeback_dispute",
        "Fill in the issuer's chargeback summary (cardholder, card, amount, reason code guess) from this form.",
        "CARDHOLDER DISPUTE FORM\nName: <<per.h:upper>>\nCard number: <<card.k:amex>>\nBilling address: <<addr_us.b:full>>\nDaytime phone: <<tel.h:us_paren>>    E-mail: <<email.h@h>>\nTransaction: [[timestamp|03/14/2024]]  [[organisation|Amazon]]  [[money|$1,249.99]]\nI did not receive the merchandise. I contacted the merchant on [[timestamp|03/29/2024]].",
        "Cardholder: <<per.h>>; card <<card.k:plain>>; amount [[money|$1,249.99]]; likely reason: merchandise not received. Contact: <<tel.h:us_dash>>, <<email.h@h>>.",
    ),
    T(
        "h4-en-chargeback_dispute-02",
        "en",
        "chargeback_dispute",
        "Draft the merchant's rebuttal letter for the dispute raised on <<email.c@c>>'s order, using the evidence below.",
        "Evidence for dispute [[order_number.o]]:\n- Order placed from IP <<ip.c>> (same IP as 11 previous orders)\n- Device fingerprint: MAC <<mac.d:colon>>\n- Account e-mail: <<email.c@c>>, name on account: <<per.c>>\n- Shipped to <<addr_us.s:full_unit>>, delivered [[timestamp|2024-02-09 14:31 PST]], carrier tracking [[tracking_number]]\n- Signature on delivery: <<per.c:initial>>",
        "To the Disputes Team,\n\nWe contest dispute [[order_number.o]]. The order was placed by the account holder <<per.c>> (<<email.c@c>>) from the same IP address (<<ip.c>>) and device as eleven earlier undisputed orders, and it was delivered to <<addr_us.s:full_unit>> with a signature. We ask that the chargeback be reversed.\n\nSincerely,\nMerchant Support",
    ),
]

# ----------------------------------------------------------------------------- lab_report
TEMPLATES += [
    T(
        "h4-zh-lab_report-01",
        "zh",
        "lab_report",
        "解读这份血常规检验报告中异常的项目，用通俗的话说明。",
        "[[organisation|协和医院]]检验报告单\n姓名：<<per.p>>  性别：女  年龄：46岁  病历号：<<mrn.m:zy>>\n科室：心内科  床号：12  送检医生：<<per.d:title>>\n项目          结果     参考范围\n白细胞计数    [[number|11.8]]↑  3.5-9.5\n血红蛋白      102↓  115-150\n备注：超声提示[[common_word|左心室]]舒张功能减退",
        "<<per.p>>（病历号<<mrn.m>>）这次化验：白细胞偏高，提示可能有感染或炎症；血红蛋白偏低，属于轻度贫血。另外超声提示左心室舒张功能有些减退，建议找主治医生复诊。",
        system="你是心内科<<per.d:title>>的患者随访助手。当前患者：<<per.p>>，住院号<<mrn.m>>。",
    ),
    T(
        "h4-zh-lab_report-02",
        "zh",
        "lab_report",
        "根据体检报告封面信息生成一条预约复查短信。",
        "[[organisation|美年大健康]] 体检报告\n体检号：[[number|T2406170388]]\n姓名：<<per.p>>    性别：男\n出生日期：<<dob.p:cn_numerals|cn>>\n身份证号：<<cnid.p:spaced>>\n手机：<<tel.p:cn_fw>>\n单位：[[organisation|招商银行]]\n主检结论：甲状腺结节（TI-RADS 3类），建议六个月后复查。",
        "【复查提醒】<<per.p>>先生您好，您的体检报告提示甲状腺结节，建议于六个月后复查。如需预约请回复本短信或致电，预约时请报身份证号<<cnid.p>>。",
        source="h4-tijian/<<tel.p:cn_plain>>",
    ),
    T(
        "h4-en-lab_report-01",
        "en",
        "lab_report",
        "Explain the abnormal results in this lab report to the patient in plain language.",
        "PATIENT: <<per.p:last_first>>    MRN: <<mrn.m:mrn>>    DOB: <<dob.p:us>>\nORDERING: Dr. <<per.d>>    COLLECTED: [[timestamp|2024-05-21 07:42]]\nTEST            RESULT   FLAG   REF\nHbA1c           [[number|7.4]] %   H      4.0-5.6\nLDL cholesterol 162 mg/dL H   <100\nPatient phone: <<tel.p:us_dash>>",
        'Hi <<per.p:given>>, your HbA1c is above the normal range, which means your blood sugar has been high over the past few months, and your LDL ("bad") cholesterol is also high. Dr. <<per.d:family>> will call you at <<tel.p:us_paren>> to talk about next steps.',
        system="You write patient-portal messages for the practice of Dr. <<per.d>>. The patient is <<per.p>>, MRN <<mrn.m>>. Be plain and kind.",
    ),
    T(
        "h4-en-lab_report-02",
        "en",
        "lab_report",
        "Parse this HL7 PID segment and ORC/OBR header into a readable patient header.",
        "MSH|^~\\&|LAB|[[organisation|Mayo Clinic]]|EHR||[[timestamp|20240612083015]]||ORU^R01|[[number|MSG00421]]|P|2.5\nPID|1||<<mrn.m:digits>>^^^MRN||<<per.p:family>>^<<per.p:given>>||<<dob.p:compact>>|F|||<<addr_us.a:line>>||<<tel.p:us_paren>>|||||<<ssn.p:plain>>\nOBR|1||[[number|LAB77812]]|[[code_identifier|CBC]]^Complete blood count",
        "Patient: <<per.p>>\nMRN: <<mrn.m>>\nDate of birth: <<dob.p:long>>\nAddress: <<addr_us.a:line>>\nPhone: <<tel.p:us_dash>>\nSSN on file: yes\nOrder: complete blood count",
    ),
]

# ----------------------------------------------------------------------------- vet_record
TEMPLATES += [
    T(
        "h4-zh-vet_record-01",
        "zh",
        "vet_record",
        "根据宠物病历写一条给主人的复诊提醒微信。",
        "宠物医院门诊病历\n病历号：<<mrn.m:mz|digits>>\n宠物名：[[pet_name|旺财]]  品种：柯基  年龄：3岁  芯片号：[[number|900215001234567]]\n主人：<<per.o>>  电话：<<tel.o:cn_dash>>  住址：<<addr.o:comm>>\n诊断：犬细小病毒感染（初期）\n医嘱：住院观察三天，[[timestamp|2024-08-09]]复诊\n主治：<<per.v:title>>",
        "<<per.o>>您好，[[pet_name|旺财]]的复诊时间是 2024-08-09，请按时带它来医院。病历号<<mrn.m>>，有问题可以回复这条消息。",
        system="你是宠物医院的前台助理，用“宠物医院小助手”的身份给主人发微信，主人微信<<wx.o@o>>。",
    ),
    T(
        "h4-zh-vet_record-02",
        "zh",
        "vet_record",
        "审核<<per.o>>签的这份宠物寄养协议，指出缺少的条款。",
        "宠物寄养协议\n甲方（主人）：<<per.o>>，身份证号：<<cnid.o>>，联系电话：<<tel.o:cn_plain>>\n紧急联系人：<<per.e>>，<<tel.e:cn_space>>\n乙方：[[organisation|萌爪宠物寄养中心]]\n寄养宠物：猫，名[[pet_name|豆豆]]，[[pet_name|奶茶]]（两只）\n寄养期：[[timestamp|2024-10-01]]至[[timestamp|2024-10-07]]\n费用：[[money|每天80元]]",
        "缺少：1）宠物疫苗和健康状况声明；2）寄养期间生病或意外的处理与费用承担；3）逾期未接回的处理；4）甲方<<per.o>>之外可代领人的约定（如紧急联系人<<per.e>>是否可代领）。",
    ),
    T(
        "h4-en-vet_record-01",
        "en",
        "vet_record",
        "Write the discharge instructions e-mail to the pet owner.",
        "VISIT SUMMARY — [[organisation|Banfield Pet Hospital]]\nClient: <<per.o:last_first>>   Client ID: [[number|C-448210]]\nPatient: [[pet_name|Bella]] (Labrador, 7y)   Chart: <<mrn.m:alpha>>\nClient phone: <<tel.o:us_dot>>   Email: <<email.o@o>>\nAddress: <<addr_us.o:line_unit>>\nCard on file: <<card.k:mc|visa>>\nDx: otitis externa. Rx: [[product|Mometamax]] 8 drops AD BID x 7d.\nDVM: <<per.v>>",
        "Subject: [[pet_name|Bella]]'s discharge instructions\n\nHi <<per.o:given>>,\n\n[[pet_name|Bella]] has an outer ear infection. Please put 8 drops of the ear medication in the affected ear twice a day for 7 days. Call us if she stops eating.\n\n<<per.v>>, DVM",
    ),
    T(
        "h4-en-vet_record-02",
        "en",
        "vet_record",
        "Evaluate this adoption application: approve, decline, or ask for more information. One paragraph.",
        "ADOPTION APPLICATION — [[organisation|ASPCA]] partner rescue\nApplicant: <<per.a>>   DOB: <<dob.a:us>>\nDriver's license: <<dl.a:ny>>\nHome: <<addr_us.h:full>> (rent)\nLandlord: <<per.l>>, <<tel.l:us_paren>>\nOther pets: two cats, [[pet_name|Max]] and [[pet_name|Luna]]\nReference: <<per.r>> <<email.r@r>>",
        "Ask for more information: <<per.a>> rents, so we need written permission from the landlord <<per.l>> (<<tel.l:us_dash>>) before approving, and we should check how the two resident cats get on with dogs. The reference from <<per.r>> should be contacted first.",
    ),
]

# ----------------------------------------------------------------------------- visitor_log
TEMPLATES += [
    T(
        "h4-zh-visitor_log-01",
        "zh",
        "visitor_log",
        "统计这份访客登记表中每位被访人接待的访客数，并指出哪位访客没有登记车牌却开车来了。",
        "访客姓名,身份证号,手机号,车牌,被访人,来访时间,备注\n<<per.a>>,<<cnid.a>>,<<tel.a:cn_plain>>,<<plate.a>>,<<per.h>>,[[timestamp|2024-06-11 09:12]],\n<<per.b>>,<<cnid.b>>,<<tel.b:cn_plain>>,,<<per.h>>,[[timestamp|2024-06-11 10:47]],开车来的停在访客车位\n<<per.c>>,<<cnid.c:x|plain>>,<<tel.c:cn_plain>>,<<plate.c>>,<<per.k>>,[[timestamp|2024-06-11 14:05]],",
        "<<per.h>>：2 位（<<per.a>>、<<per.b>>）；<<per.k>>：1 位（<<per.c>>）。<<per.b>>（<<tel.b:cn_dash>>）备注开车来访但没有登记车牌，需补登。",
    ),
    T(
        "h4-zh-visitor_log-02",
        "zh",
        "visitor_log",
        "审批这条数据中心入场申请：信息是否齐全？需要补充什么？",
        "【机房入场申请】\n申请人：<<per.a>>  身份证：<<cnid.a:spaced>>  电话：<<tel.a:cn_intl>>\n陪同人：<<per.b>>（甲方运维）\n入场时间：[[timestamp|2024-08-03 22:00-次日04:00]]\n携带设备：笔记本1台（MAC <<mac.l>>），交换机1台（MAC <<mac.s:cisco>>）\n需开通白名单IP：<<ip.a>>\n作业内容：更换[[product|华为CE6881]]板卡",
        "基本齐全。申请人<<per.a>>、陪同人<<per.b>>、设备 MAC（<<mac.l>>、<<mac.s>>）和白名单 IP <<ip.a>>都已填写。需补充：作业的变更单号和回退方案。",
    ),
    T(
        "h4-en-visitor_log-01",
        "en",
        "visitor_log",
        "Who was still signed in at the end of the day according to this visitor sheet? Give names and hosts.",
        "VISITOR SIGN-IN — Lobby B\nTime in | Name | Company | Host | Phone | Vehicle | Time out\n08:52 | <<per.a>> | [[organisation|FedEx]] | <<per.h:initial>> | <<tel.a:us_dash>> | <<plate.a:ny>> | 09:05\n10:14 | <<per.b:lower_full>> | [[organisation|Pfizer]] | <<per.k>> | <<tel.b:us_plain>> | <<plate.b:ca>> | \n13:40 | <<per.c:upper>> | self | <<per.k>> | <<tel.c:uk_intl>> | — | ",
        "Still signed in: <<per.b>> (host <<per.k>>) and <<per.c>> (host <<per.k>>).",
    ),
    T(
        "h4-en-visitor_log-02",
        "en",
        "visitor_log",
        "Reply to this lab access request, approving it and listing what the visitor must bring.",
        "Hi Facilities,\nPlease grant lab access for our visiting researcher <<per_cn.v:pinyin>> from [[organisation|Tsinghua University]] next week. Passport <<pass.v:cn_e>>, Chinese ID <<cnid.v>>, DOB <<dob.v:iso>>. Laptop MAC <<mac.v:colon>>; please allowlist <<ip.v>> for the instrument VLAN. Her WeChat is <<wx.v@v>> (QQ <<qq.v>>) if you need her directly.\nThanks,\n<<per.h>>",
        "Hi <<per.h:given>>,\n\nApproved: <<per_cn.v:pinyin>> has lab access next week, and the laptop (<<mac.v:colon>>) and <<ip.v>> are on the allowlist. She must bring her passport (<<pass.v>>) to collect a badge at reception and complete lab safety training on day one.\n\nFacilities",
    ),
]

# ----------------------------------------------------------------------------- race_registration
TEMPLATES += [
    T(
        "h4-zh-race_registration-01",
        "zh",
        "race_registration",
        "核对这条马拉松报名信息：证件号中的出生日期是否与填写的出生日期一致？",
        "赛事：[[organisation|2024北京马拉松]]  项目：全程  参赛号：[[number|A10231]]\n姓名：<<per.r>>  证件类型：身份证  证件号：<<cnid.r>>\n出生日期：<<dob.r:iso>>\n手机：<<tel.r:cn_plain>>  血型：O\n紧急联系人：<<per.e>>  关系：配偶  电话：<<tel.e:cn_dash>>\n衣服尺码：L",
        "请人工核对：身份证号<<cnid.r>>第 7-14 位是出生日期，应与填写的<<dob.r:iso>>一致；若不一致，请联系<<per.r>>（<<tel.r:cn_space>>）更正。",
    ),
    T(
        "h4-zh-race_registration-02",
        "zh",
        "race_registration",
        "根据报名成功短信和后续的退赛申请，写一条组委会的回复。",
        "【报名成功】<<per.r>>您好，您已成功报名[[organisation|厦门马拉松]]半程，参赛号[[number|H20877]]，证件号<<pass.r:cn_e>>，领物时凭本短信。参赛包将由快递寄出，运单号[[tracking_number]]。\n\n退赛申请（来自<<email.r@r>>）：组委会好，我是<<per.r:pinyin>>，因为要出国工作没法参加了，想申请退赛退费，退到原支付卡<<card.k:spaced>>就行，电话<<tel.r:cn_intl2>>。",
        "<<per.r>>您好，已收到您的退赛申请。根据赛事规程，报名费在[[timestamp|3月1日]]之后不予退还，但名额可转为下届优先报名资格。如有疑问请回复<<email.r@r>>所在邮件。",
    ),
    T(
        "h4-en-race_registration-01",
        "en",
        "race_registration",
        "Write the confirmation e-mail for this registration.",
        'Event: [[organisation|Chicago Marathon]] 2024\nBib: [[number|30417]]\nRunner: <<per.r>>  DOB: <<dob.r:us_pad>>  Gender: F\nEmail: <<email.r@r>>  Phone: <<tel.r:us_dash>>\nAddress: <<addr_us.r:full>>\nEmergency contact: <<per.e:last_first>>, <<tel.e:us_paren>>\nT-shirt: M   Pace group: "not [[public_figure|Eliud Kipchoge]]"   Expected finish: [[timestamp|03:55:00]]',
        "Hi <<per.r:given>>,\n\nYou're in! Your bib number is 30417. Packet pickup is at the expo on Friday and Saturday; bring a photo ID. We have <<per.e>> as your emergency contact.\n\nSee you at the start line!",
    ),
    T(
        "h4-en-race_registration-02",
        "en",
        "race_registration",
        "Check this waiver for missing signatures or fields.",
        "PARTICIPANT WAIVER AND RELEASE — [[organisation|Ironman]] 70.3\nParticipant: <<per.p:upper>>     Date of birth: <<dob.p:long>>\nUSAT member #: [[number|2100459871]]\nAddress: <<addr_us.p:numbered>>\nMobile: <<tel.p:us_intl>>\nParent/guardian (if under 18): \nSignature: /s/ <<per.p>>     Date: [[timestamp|05/02/2024]]\nMedical: [[product|Lipitor]] daily",
        "Complete for <<per.p>>: signed and dated, contact details present. The parent/guardian line is empty, which is fine because the date of birth (<<dob.p:us_pad>>) shows the participant is an adult.",
    ),
]

# ----------------------------------------------------------------------------- power_of_attorney
TEMPLATES += [
    T(
        "h4-zh-power_of_attorney-01",
        "zh",
        "power_of_attorney",
        "审查这份车辆过户授权委托书，指出委托事项是否明确、有没有缺项。",
        "授权委托书\n委托人：<<per.a>>，身份证号：<<cnid.a>>，住址：<<addr.a:road_bld>>，电话：<<tel.a:cn_plain>>\n受托人：<<per.b>>，身份证号：<<cnid.b>>，驾驶证号：<<dl.b>>，电话：<<tel.b:cn_dash>>\n委托事项：代为办理号牌为<<plate.v>>的小型汽车过户手续，签署相关文件。\n委托期限：自[[timestamp|2024年5月1日]]起至办结止。\n委托人（签字）：<<per.a>>",
        "委托事项明确（<<plate.v>>过户），委托人<<per.a>>和受托人<<per.b>>（驾驶证<<dl.b>>）的身份信息齐全。缺项：受托人住址未填写；是否有转委托权未写明；建议注明车辆识别代号。",
    ),
    T(
        "h4-zh-power_of_attorney-02",
        "zh",
        "power_of_attorney",
        "请把这份银行代办授权书改写得更规范，格式为“委托人/受托人/授权事项/有效期”。",
        "我<<per.a>>（身份证<<cnid.a:fw>>）因在国外（护照<<pass.a>>）无法亲自到[[organisation|工商银行]]办理业务，特委托我的朋友<<per.b>>（身份证<<cnid.b>>，手机<<tel.b:cn_fw>>）代我办理尾号卡<<card.k:unionpay>>的挂失补卡及密码重置。",
        "委托人：<<per.a>>，身份证号<<cnid.a>>，护照号<<pass.a>>\n受托人：<<per.b>>，身份证号<<cnid.b>>，手机<<tel.b:cn_plain>>\n授权事项：代为办理银行卡<<card.k:plain>>的挂失、补卡及密码重置\n有效期：自签署之日起三个月",
    ),
    T(
        "h4-en-power_of_attorney-01",
        "en",
        "power_of_attorney",
        "Summarise the powers granted in this durable power of attorney in three bullet points.",
        "DURABLE POWER OF ATTORNEY\nI, <<per.p>>, of <<addr_us.p:full>>, date of birth <<dob.p:long>>, SSN <<ssn.p:dash>>, appoint <<per.a>> of <<addr_us.a:full>>, telephone <<tel.a:us_paren>>, as my agent.\nMy agent may (1) manage my bank accounts, (2) sell my property at <<addr_us.h:line>>, and (3) file my tax returns with the [[organisation|IRS]].\nThis power survives my incapacity.\nSigned: <<per.p:upper>>",
        "- <<per.a>> can manage <<per.p>>'s bank accounts.\n- <<per.a>> can sell the property (<<addr_us.h:line>>).\n- <<per.a>> can file <<per.p>>'s tax returns; the power continues if <<per.p:given>> becomes incapacitated.",
    ),
    T(
        "h4-en-power_of_attorney-02",
        "en",
        "power_of_attorney",
        "Is this vehicle power of attorney complete enough for the DMV? Answer yes/no with reasons.",
        "LIMITED POWER OF ATTORNEY FOR MOTOR VEHICLE\nOwner: <<per.o:last_first>>    Driver license: <<dl.o:tx>>\nVehicle: [[product|Jeep Wrangler]], plate <<plate.v:tx>>, VIN [[number|1C4HJXDG5LW123456]]\nAgent: <<per.a>>    Phone: <<tel.a:us_dot>>\nPurpose: title transfer and registration renewal\nOwner signature: ______  Notary: ______",
        "No. The owner <<per.o>> has not signed and the form is not notarised. The rest is there: owner license <<dl.o>>, plate <<plate.v>> and the agent <<per.a>>.",
    ),
]

# ----------------------------------------------------------------------------- loan_application
TEMPLATES += [
    T(
        "h4-zh-loan_application-01",
        "zh",
        "loan_application",
        "根据房贷申请表计算申请人的月供收入比（月供/家庭月收入），并判断是否超过 50%。",
        "个人住房贷款申请表\n借款人：<<per.a>>  身份证：<<cnid.a>>  手机：<<tel.a:cn_plain>>\n工作单位：[[organisation|华为]]  月收入：[[money|28000元]]\n配偶：<<per.b>>  身份证：<<cnid.b>>  月收入：[[money|12000元]]\n购房地址：<<addr.h:yuan>>\n贷款金额：[[money|200万元]]  期限：30年  预计月供：[[money|10600元]]\n还款账户：<<card.k:unionpay>>",
        "<<per.a>>与<<per.b>>家庭月收入 40000 元，月供 10600 元，月供收入比 26.5%，未超过 50%。",
        history=[
            ("我是客户经理，借款人<<per.a>>的材料齐了，电话<<tel.a:cn_dash>>", "好的，请把申请表内容发给我。"),
        ],
    ),
    T(
        "h4-zh-loan_application-02",
        "zh",
        "loan_application",
        "这是某借贷 App 上传的申请 JSON。请指出其中采集的超出必要范围的个人信息。",
        '{"userId": [[number|80013457]], "name": "<<per.a>>", "idNo": "<<cnid.a>>", "mobile": "<<tel.a:cn_plain>>", "contacts": [{"name": "<<per.b>>", "relation": "母亲", "mobile": "<<tel.b:cn_plain>>"}, {"name": "<<per.c>>", "relation": "同事", "mobile": "<<tel.c:cn_plain>>"}], "device": {"ip": "<<ip.a>>", "mac": "<<mac.a:colon>>", "imei": "[[number|861234056789012]]"}, "qq": "<<qq.a>>", "amount": [[money|5000]]}',
        "超出必要范围的：紧急联系人之外的同事<<per.c>>及其手机号<<tel.c:cn_dash>>、设备 MAC <<mac.a>>、IMEI 以及 QQ 号<<qq.a>>。借款只需要借款人<<per.a>>本人的身份和联系方式。",
    ),
    T(
        "h4-en-loan_application-01",
        "en",
        "loan_application",
        "Compute the borrowers' debt-to-income ratio from this URLA excerpt and say whether it is under 43%.",
        "Uniform Residential Loan Application — Section 1\nBorrower: <<per.a>>   SSN: <<ssn.a:dash>>   DOB: <<dob.a:us_pad>>\nCurrent address: <<addr_us.a:full_unit>> (2 yrs)\nCell: <<tel.a:us_paren>>   Email: <<email.a@a>>\nCo-borrower: <<per.b>>   SSN: <<ssn.b:plain>>\nGross monthly income: [[money|$9,400.00]] combined\nMonthly debts incl. proposed housing: [[money|$3,760.00]]",
        "DTI = 3,760 / 9,400 = 40.0%, under 43%, so <<per.a>> and <<per.b>> meet the ratio.",
    ),
    T(
        "h4-en-loan_application-02",
        "en",
        "loan_application",
        "Draft the decline letter for this personal loan application (no reasons beyond 'affordability').",
        "APPLICATION REF [[order_number.o]]\nName: <<per.a:upper>>\nDOB: <<dob.a:long_eu>>\nAddress: <<addr_uk.a:multiline>>\nMobile: <<tel.a:uk_mobile>>   Email: <<email.a@a>>\nPassport: <<pass.a:uk>>\nSalary account: <<iban.a:gb>>\nEmployer: [[organisation|the BBC]]   Amount requested: [[money|£12,000]]",
        "Dear <<per.a>>,\n\nThank you for your loan application (ref [[order_number.o]]). After careful review, we are unable to offer you a loan at this time, based on our assessment of affordability.\n\nWe have sent a copy of this letter to <<email.a@a>>.\n\nYours sincerely,\nLending Team",
    ),
]

# ----------------------------------------------------------------------------- trial_crf
TEMPLATES += [
    T(
        "h4-zh-trial_crf-01",
        "zh",
        "trial_crf",
        "检查这页临床试验病例报告表（CRF）的逻辑错误（例如年龄与出生日期不符、访视日期顺序）。",
        "方案编号：[[order_number|HR-2023-017]]  中心号：03  筛选号：[[number|S03-0142]]\n受试者姓名缩写：<<per.s:pinyin_fl>>（仅限研究者文件，CRF 中应填缩写）\n住院号：<<mrn.m:zy>>\n出生日期：<<dob.s:cn_pad>>  年龄：51岁\n联系电话：<<tel.s:cn_dash>>\nV1 访视日期：[[timestamp|2024-03-11]]  V2 访视日期：[[timestamp|2024-03-04]]\n研究者签名：<<per.i>>",
        "发现两处问题：1）CRF 中出现了受试者全名拼音<<per.s:pinyin_fl>>和电话<<tel.s:cn_plain>>，按规定只能填姓名缩写；2）V2 访视日期早于 V1。另请核对出生日期<<dob.s:cn_pad>>与年龄 51 岁是否一致。",
    ),
    T(
        "h4-zh-trial_crf-02",
        "zh",
        "trial_crf",
        "把这份严重不良事件（SAE）报告要点翻译成英文，供申办方阅读。",
        "SAE 报告\n患者：<<per.p>>，男，病历号<<mrn.m:mz>>，身份证<<cnid.p>>\n事件：[[timestamp|2024-05-02]]服药后出现过敏性休克，已抢救，现稳定。\n试验药物：[[product|阿托伐他汀钙片]]（对照）\n报告人：<<per.r:title>>，电话<<tel.r:cn_land>>，邮箱<<email.r@r>>",
        "SAE report: the patient (record no. <<mrn.m>>) developed anaphylactic shock after taking the study drug on 2024-05-02, was resuscitated and is now stable. Study drug: atorvastatin calcium tablets (control). Reporter contact: <<email.r@r>>.",
    ),
    T(
        "h4-en-trial_crf-01",
        "en",
        "trial_crf",
        "Query the site about the inconsistencies on this CRF page. Write the data query text.",
        "Protocol [[order_number|ABX-301]]  Site 112  Subject [[number|112-0457]]\nInitials: <<per.s:initial>>\nDOB: <<dob.s:short_month>>   Age at consent: 38\nMRN (source only, do not transcribe): <<mrn.m:mrn>>\nVisit 2 vitals: BP [[number|142/91]], HR 77\nInvestigator: <<per.i>>  <<email.i@i>>",
        "Query to site 112: the page for subject 112-0457 shows the source MRN (<<mrn.m>>), which must not be transcribed into the CRF; please remove it. Please also confirm the age at consent against the DOB <<dob.s:short_month>>. Investigator: <<per.i>>.",
    ),
    T(
        "h4-en-trial_crf-02",
        "en",
        "trial_crf",
        "Turn this SAE e-mail from <<per.r>> into a MedWatch-style narrative (2-3 sentences).",
        "From: <<email.r@r>>\nSubject: SAE - subject 07-019\n\nPatient <<per.p>> (MRN <<mrn.m:dash>>, DOB <<dob.p:us>>) was admitted to [[organisation|Mayo Clinic]] on [[timestamp|April 18, 2024]] with acute liver injury 3 weeks after starting [[product|Bactrim]]. ALT peaked at [[number|1,240]] U/L. Study drug discontinued. Contact me at <<tel.r:us_dash>>.\n<<per.r>>, CRC",
        "A participant (subject 07-019) was hospitalised with acute liver injury three weeks after starting a sulfonamide antibiotic; ALT peaked at 1,240 U/L. The study drug was discontinued. Reported by <<per.r>> (<<tel.r:us_paren>>).",
    ),
]

# ----------------------------------------------------------------------------- tenant_screening
TEMPLATES += [
    T(
        "h4-zh-tenant_screening-01",
        "zh",
        "tenant_screening",
        "根据这份出租屋流动人口登记信息，生成一条提醒房东<<per.l>>按时到派出所报备的短信。",
        "出租屋流动人口登记\n房东：<<per.l>>  电话：<<tel.l:cn_plain>>\n出租地址：<<addr.r:lane>>\n租客：<<per.t>>  身份证：<<cnid.t>>  户籍地址：<<addr.t:village>>\n工作单位：[[organisation|顺丰速运]]  手机：<<tel.t:cn_dash>>\n入住日期：[[timestamp|2024-07-01]]",
        "<<per.l>>您好，您出租的<<addr.r:lane>>已有新租客<<per.t>>入住，请在三日内携租客身份证复印件到辖区派出所办理流动人口登记。",
    ),
    T(
        "h4-zh-tenant_screening-02",
        "zh",
        "tenant_screening",
        "用中文给租客解释这份美国租房背景调查报告的结论。",
        "Tenant Screening Report\nApplicant: <<per_cn.t:pinyin_fl>>  SSN: <<ssn.t:dash>>  DOB: <<dob.t:us_pad>>\nDriver License: <<dl.t:ca>>\nPassport: <<pass.t:cn_e>>\nPrevious address: <<addr_us.p:full>>\nCredit score: [[number|712]]  Evictions: none  Criminal: none\nPrevious landlord: <<per_en.l>> <<tel.l:us_paren>>",
        "<<per_cn.t>>同学你好：你的背景调查结果良好。信用分 712，没有被驱逐记录，也没有犯罪记录。报告里核对了你的 SSN（<<ssn.t:dash>>）、驾照<<dl.t>>和护照<<pass.t>>，以及之前在<<addr_us.p:full>>的租房记录，前房东<<per_en.l>>也给了正面评价。",
    ),
    T(
        "h4-en-tenant_screening-01",
        "en",
        "tenant_screening",
        "Give a recommendation (approve / conditional / decline) based on this screening report.",
        "SCREENING REPORT #[[number|TS-88123]]\nApplicant: <<per.a:last_first>>\nSSN: <<ssn.a:dash>>   DOB: <<dob.a:us_pad>>   DL: <<dl.a:fl>>\nAddress history:\n  <<addr_us.h1:full>> (current)\n  <<addr_us.h2:full_unit>> (2019-2022)\nEmployer: [[organisation|Amazon]], verified by <<per.v>> <<tel.v:us_dash>>\nCredit score: 641   Collections: 1 ([[money|$412.00]])   Evictions: 0",
        "Conditional: <<per.a>> has a fair credit score (641) and one collection account but no evictions and verified employment. Approve with an additional deposit.",
    ),
    T(
        "h4-en-tenant_screening-02",
        "en",
        "tenant_screening",
        "Write a short e-mail to the applicant asking for the missing co-signer details.",
        "Rental application — unit 4B\nApplicant: <<per_cn.a:pinyin>> (international student)\nChinese ID: <<cnid.a>>    Passport: <<pass.a:cn_g>>\nWeChat: <<wx.a@a>>   QQ: <<qq.a>>\nUS phone: <<tel.a:us_dash>>   Email: <<email.a@a>>\nCo-signer: <<per_cn.f:pinyin>> (father) — phone <<tel.f:cn_intl>>, address and income: NOT PROVIDED",
        "Hi <<per_cn.a:pinyin>>,\n\nThanks for your application for unit 4B. To finish it we need your co-signer's (<<per_cn.f:pinyin>>) address and proof of income. You can reply to this e-mail (<<email.a@a>>) with scans.\n\nBest,\nLeasing Office",
        history=[
            (
                "hi, this is <<per_cn.a:pinyin_fl>>, I applied for 4B yesterday. my father <<per_cn.f:pinyin>> will co-sign, his number is <<tel.f:cn_0086>>",
                "Thanks! We'll review your application and let you know if anything is missing.",
            )
        ],
    ),
]

# ----------------------------------------------------------------------------- sim_registration
TEMPLATES += [
    T(
        "h4-zh-sim_registration-01",
        "zh",
        "sim_registration",
        "根据营业厅的开户单生成一条开户成功短信（告知号码和宽带安装时间）。",
        "[[organisation|中国移动]] 业务受理单\n机主：<<per.a>>  证件：居民身份证 <<cnid.a>>\n新号码：<<tel.n:cn_plain>>  套餐：[[product|5G畅享129元]]\nICCID：[[number|89860012345678901234]]\n宽带装机地址：<<addr.a:road_bld>>\n光猫 MAC 地址：<<mac.o:dash>>\n预约安装：[[timestamp|7月6日上午]]  经办人：<<per.w:user>>",
        "【中国移动】<<per.a>>您好，您的新号码<<tel.n:cn_dash>>已开通。宽带将于[[timestamp|7月6日上午]]上门安装，地址<<addr.a:road_bld>>，请保持电话畅通。",
    ),
    T(
        "h4-zh-sim_registration-02",
        "zh",
        "sim_registration",
        "判断这段携号转网的对话里，客服是否完成了必要的身份核验。",
        "用户：我要办携号转网，号码<<tel.a:cn_space>>\n客服：请提供机主姓名和证件号\n用户：<<per.a>>，<<cnid.a:spaced>>\n客服：副卡<<tel.b:cn_plain>>的使用人是谁？\n用户：我妈<<per.b>>，她的QQ是<<qq.b>>你们可以联系她\n客服：好的，已发送授权码到<<tel.a:cn_plain>>，请告诉我\n用户：[[number|482913]]",
        "基本完成：客服核对了机主<<per.a>>的姓名与证件号，并向<<tel.a:cn_dash>>发送了授权码。但副卡使用人<<per.b>>不是机主，副卡一并转网前应取得其本人确认，不应只凭 QQ 号联系。",
    ),
    T(
        "h4-en-sim_registration-01",
        "en",
        "sim_registration",
        "Check this port-out request against the account on file and say whether to approve it.",
        "PORT-OUT REQUEST\nNumber to port: <<tel.a:us_dash>>\nAccount holder: <<per.a>>\nBilling address: <<addr_us.a:full>>\nAccount PIN: [[number|7391]]\nIMEI: [[number|356938035643809]]\nNew carrier: [[organisation|Google Fi]]\n\nACCOUNT ON FILE\nName: <<per.a:upper>>  DOB: <<dob.a:us>>  Email: <<email.a@a>>\nService address: <<addr_us.a:full>>",
        "Approve: the name (<<per.a>>) and billing address (<<addr_us.a:full>>) match the account on file for <<tel.a:us_paren>>, and the PIN was supplied.",
    ),
    T(
        "h4-en-sim_registration-02",
        "en",
        "sim_registration",
        "Summarise this SIM-swap fraud complaint for the fraud team.",
        "Complaint from <<per.v>> (<<email.v@v>>):\nMy phone <<tel.v:uk_mobile>> lost signal at [[timestamp|02:13 on Sunday]]. Ten minutes later someone logged into my bank from IP <<ip.x>> and moved money out. Your shop on [[public_place|Piccadilly Circus]] says a new SIM was issued on my account! I never asked for it. My DOB is <<dob.v:eu>> if you need to verify me.",
        "SIM swap suspected on <<tel.v:uk_intl>> (customer <<per.v>>): a replacement SIM was issued in store without the customer's request, followed by a bank login from <<ip.x>>. Action: block the new SIM, restore service, review the in-store ID check.",
    ),
]

# ----------------------------------------------------------------------------- iot_device_log
TEMPLATES += [
    T(
        "h4-zh-iot_device_log-01",
        "zh",
        "iot_device_log",
        "根据智能门锁日志，列出昨晚 22 点之后的开锁记录（谁、用什么方式）。",
        "[[timestamp]] lock[<<mac.l:colon>>] online ip=<<ip.l:private>>\n22:41:07 开锁 指纹 用户=<<per.a>>\n23:15:52 开锁 密码 用户=临时密码(<<per.g:given>>)\n23:59:30 开锁 App 用户=<<tel.b:cn_plain>>（<<per.b>>）\n00:02:11 告警 门未关好\n设备绑定地址：<<addr.h:comm>>  固件[[version]]",
        "22 点后开锁 3 次：22:41 <<per.a>>（指纹）；23:15 临时密码（<<per.g:given>>）；23:59 <<per.b>>通过 App（账号<<tel.b:cn_dash>>）。另外 00:02 有“门未关好”告警。",
    ),
    T(
        "h4-zh-iot_device_log-02",
        "zh",
        "iot_device_log",
        "用户<<tel.o:cn_dash>>来电说摄像头绑不上。解析这段绑定日志，说明失败的原因。",
        '{"ts": [[timestamp]], "event": "bind", "device": {"sn": "[[number|C6N2K1A048812]]", "mac": "<<mac.c:cisco>>", "ipv6": "<<ip.c:v6>>", "fw": "[[version]]"}, "owner": {"phone": "<<tel.o:cn_intl>>", "wechat": "<<wx.o>>", "nick": "<<per.o:user>>"}, "result": "FAIL", "code": 4012, "msg": "device already bound to another account: <<tel.x:cn_plain>>"}',
        "绑定失败（错误码 4012）：这台摄像头（MAC <<mac.c>>）已经绑定在另一个账号<<tel.x:cn_plain>>上。需要原账号先解绑，或由<<tel.o:cn_plain>>的用户联系客服提供购买凭证后强制解绑。",
    ),
    T(
        "h4-en-iot_device_log-01",
        "en",
        "iot_device_log",
        "From this smart-home hub log, explain why the 'Away' routine didn't run.",
        "[[timestamp|2024-10-02T07:58:12Z]] hub[<<mac.h:colon_lower>>] wan_ip=<<ip.h>> fw=[[version]]\n[[timestamp|2024-10-02T07:58:13Z]] geofence home=\"<<addr_us.h:line>>\" radius=150m\n[[timestamp|2024-10-02T08:21:40Z]] member <<per.a>> (<<email.a@a>>) LEFT geofence\n[[timestamp|2024-10-02T08:21:41Z]] member <<per.b:lower_full>> (<<email.b@b>>) still HOME (last seen 2h ago, phone offline)\n[[timestamp|2024-10-02T08:21:41Z]] routine 'Away' skipped: not all members away",
        "The 'Away' routine only runs when every member has left. <<per.a>> left, but <<per.b>>'s phone went offline while still marked at home (<<addr_us.h:line>>), so the hub thought someone was still there.",
        history=[
            (
                "my account is <<email.a@a>>, the hub is the one at <<addr_us.h:line>>",
                "Thanks, I found the hub. Paste the last few log lines and I'll take a look.",
            )
        ],
    ),
    T(
        "h4-en-iot_device_log-02",
        "en",
        "iot_device_log",
        "Write a one-paragraph trip summary from this connected-car log for the owner.",
        "vehicle vin=[[number|5YJ3E1EA7KF317512]] plate=<<plate.c:ca>> model=[[product|Tesla Model 3]]\nowner=<<per.o>> phone=<<tel.o:us_plain>> license=<<dl.o:ca>>\nhead_unit wifi_mac=<<mac.c:colon>> last_ip=<<ip.c>>\n[[timestamp|2024-08-17T09:02:44-07:00]] trip_start loc=HOME (<<addr_us.h:full>>)\n[[timestamp|2024-08-17T09:41:10-07:00]] trip_end   loc=[[public_place|the Golden Gate Bridge]] vista point\ndistance=23.4mi energy=6.1kWh",
        "Hi <<per.o:given>>, your car (<<plate.c>>) drove 23.4 miles from home to the Golden Gate Bridge vista point, using 6.1 kWh.",
    ),
]

# ----------------------------------------------------------------------------- vaccination_record
TEMPLATES += [
    T(
        "h4-zh-vaccination_record-01",
        "zh",
        "vaccination_record",
        "根据这条成人疫苗接种记录，提醒受种者第二剂的时间和注意事项。",
        "成人预防接种记录（重组带状疱疹疫苗）\n受种者：<<per.k>>  性别：男  出生日期：<<dob.k:cn>>\n联系人（子女）：<<per.p>>  联系电话：<<tel.p:cn_plain>>\n家庭住址：<<addr.h:road_bld>>\n第1剂：[[timestamp|2024-09-20]]，批号[[number|202301A045]]，左上臂\n第2剂：[[timestamp|2024-11-20]]（间隔 2 个月）\n接种单位：[[organisation|社区卫生服务中心]]",
        "<<per.k>>您好（已同步告知<<per.p>>）：带状疱疹疫苗第 2 剂安排在 2024-11-20，请携带身份证和接种记录。接种后留观 30 分钟，当天接种部位不要沾水。",
    ),
    T(
        "h4-zh-vaccination_record-02",
        "zh",
        "vaccination_record",
        "这是狂犬疫苗门诊的登记记录。请算出剩余各针的接种日期（按 0、3、7、14、28 天程序）。",
        "姓名：<<per.p>>    身份证号：<<cnid.p>>    电话：<<tel.p:cn_numerals|cn_dash>>\n门诊号：<<mrn.m:mz>>\n暴露情况：[[timestamp|2024-09-02]]被自家猫[[pet_name|咪咪]]抓伤，Ⅱ级暴露\n第1针：[[timestamp|2024-09-02]]（左上臂）",
        "<<per.p>>（门诊号<<mrn.m>>）剩余 4 针：第 2 针 2024-09-05，第 3 针 2024-09-09，第 4 针 2024-09-16，第 5 针 2024-09-30。",
    ),
    T(
        "h4-en-vaccination_record-01",
        "en",
        "vaccination_record",
        "Which vaccines is <<per.k>> still missing for the nursing clinical placement? List them.",
        "IMMUNIZATION RECORD — [[organisation|Kaiser Permanente]]\nPatient: <<per.k:last_first>>   MRN: <<mrn.m:digits>>   DOB: <<dob.k:us_pad>>\nProgram contact: <<per.p>>   Phone: <<tel.p:us_paren>>\nAddress: <<addr_us.h:full>>\nTdap: 2019   MMR: 1 dose   Varicella: titer positive   Hep B: 2 of 3 doses   Influenza (this season): none",
        "For the clinical placement <<per.k>> still needs: MMR dose 2, Hep B dose 3 and this season's influenza vaccine.",
    ),
    T(
        "h4-en-vaccination_record-02",
        "en",
        "vaccination_record",
        "Draft the clinic's reply to this traveller asking about their yellow fever certificate.",
        "Hello, I had my yellow fever shot at your clinic on [[timestamp|14 March 2023]] but lost the certificate. Name: <<per.t>>, DOB <<dob.t:long_eu>>, passport <<pass.t:us_new|uk>> (the number I gave at the time). Could you reissue it and post it to <<addr_uk.t:line>>? Phone <<tel.t:uk_mobile>>.",
        "Dear <<per.t>>,\n\nWe have found your record and will reissue your International Certificate of Vaccination against the passport number <<pass.t>>. It will be posted to <<addr_uk.t:line>> within five working days, tracked as [[tracking_number]].\n\nKind regards,\nTravel Clinic",
    ),
]
