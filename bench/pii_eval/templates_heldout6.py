"""Sixth held-out templates (``heldout6``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
dev or first held-out templates, the template bodies of the second to fifth held-out parts (only
their first lines: module docstring and ``CONTEXTS``, for the module shape and the names to avoid),
or any de-identified output (see the README, "heldout6"). The 30 contexts below are used by no
other part.
"""

from typing import Any

CONTEXTS = (
    "deposit_dispute",
    "court_summons",
    "customs_declaration",
    "pickup_authorization",
    "backer_survey",
    "ats_export",
    "bug_bounty_report",
    "sms_gateway_log",
    "temple_registry",
    "league_registration",
    "pms_night_audit",
    "direct_message",
    "business_card_ocr",
    "accident_exchange",
    "ward_handover",
    "moving_quote",
    "housekeeping_contract",
    "auction_bidder",
    "mail_forwarding",
    "broadband_install",
    "excel_formula",
    "regex_request",
    "mail_merge",
    "graphql_response",
    "access_badge_request",
    "beneficiary_change",
    "remittance_form",
    "prize_claim",
    "dsar_request",
    "residence_permit",
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
    """One template; the id must read ``h6-<lang>-<context>-NN`` and the context be one of ``CONTEXTS``."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h6-{lang}-{context}-"):
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
        "h6-paste/<<tel.src:cn_plain>>",
        "h6-wx:<<wx.src>>",
        "h6-qq:<<qq.src>>",
        "h6-kefu/<<per.src:user>>",
        "h6-mail:<<email.src>>",
    ],
    "en": [
        "h6-paste/<<per.src:user>>",
        "h6-intake:<<email.src>>",
        "h6-sms:<<tel.src:us_plain>>",
        "h6-helpdesk/<<per.src:lower_dot>>",
    ],
}
"""``source_id`` patterns drawn for some records of templates that set no source."""

ANNOTATOR_PATTERNS = [
    "qa6:<<per.ANN:user>>",
    "qa6/<<email.ANN>>",
    "rev6-<<per.ANN:user>>",
    "<<email.ANN>>",
]
"""Annotator-id patterns (``.ANN`` becomes one slot per annotation)."""


TEMPLATES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ deposit_dispute
    T(
        "h6-zh-deposit_dispute-01",
        "zh",
        "deposit_dispute",
        "下面是我跟房东的微信聊天记录，他一直拖着不退押金。帮我整理成一份给他的书面催告函，语气正式一点，要写清楚双方信息和转账账户。",
        "房东：<<per.l>>（电话<<tel.l:cn_dash|cn_plain>>）\n"
        "房子：<<addr.a:road_bld>>\n"
        "租期：2023年9月1日至2024年8月31日，押金两个月共[[money|9600元]]\n"
        "我（租客）：<<per.t>>，身份证<<cnid.t>>\n"
        "退押金请打到我的卡：<<card.c:unionpay>>（[[organisation|招商银行]]）\n\n"
        "聊天记录节选：\n"
        "我：<<per.l:family>>老板您好，房子8月31号已经交了，钥匙也给您了，押金什么时候退？\n"
        "房东：墙上有钉子眼，厨房油烟机也脏了，要扣钱\n"
        "我：入住时拍了视频的，钉子眼本来就有\n"
        "房东：那你找中介去，我不管",
        "催告函\n\n"
        "<<per.l>>先生/女士：\n\n"
        "本人<<per.t>>（身份证号：<<cnid.t>>）于2023年9月1日起承租您位于<<addr.a:road_bld>>的房屋，已于2024年8月31日租期届满时退租并交还钥匙，"
        "双方交接时房屋无明显损坏。按合同约定，您应在退租后七日内退还押金[[money|9600元]]，至今未退。\n\n"
        "请您于收到本函之日起五日内将押金转入本人账户：<<card.c>>。逾期未退，本人将向房屋所在地人民法院提起诉讼，或拨打[[service_number|12345]]投诉。\n\n"
        "联系电话：<<tel.t:cn_space>>\n催告人：<<per.t>>",
    ),
    T(
        "h6-zh-deposit_dispute-02",
        "zh",
        "deposit_dispute",
        "这是我用语音输入打的字没有标点，帮我改成一段通顺的投诉内容，准备发给住建局的租赁监管平台",
        "我叫<<per.t>>电话<<tel.t:cn_numerals>>我去年在<<addr.a:num_cn>>租的房子中介是[[organisation|我爱我家]]的经纪人<<per.agent>>他微信<<wx.agent@agent>>"
        "合同上写的押一付三押金[[money|5200元]]退租的时候他说房东<<per.l>>要扣清洁费两千我不同意现在两个月了都不退"
        "房东电话<<tel.l:cn_plain>>一直不接",
        "投诉内容：\n"
        "本人<<per.t>>（联系电话：<<tel.t:cn_dash>>），曾承租<<addr.a:num_cn>>的房屋，经[[organisation|我爱我家]]经纪人<<per.agent>>（微信：<<wx.agent>>）居间签约，"
        "合同约定押一付三，押金[[money|5200元]]。退租时房东<<per.l>>（电话：<<tel.l:cn_plain|cn_dash|cn_space|cn_intl>>）以清洁费为由要求扣除两千元，本人不同意。"
        "至今已过去两个月，押金仍未退还，房东电话一直无人接听。请贵平台督促中介及房东依约退还押金。",
        history=[
            (
                "租房押金不退可以找哪里？",
                "可以先找中介协调；协调不成，可以向当地住建部门的住房租赁监管平台投诉，或者拨打[[service_number|12345]]市民热线，必要时去法院起诉。",
            )
        ],
    ),
    T(
        "h6-en-deposit_dispute-01",
        "en",
        "deposit_dispute",
        "Turn my notes into a formal security-deposit demand letter I can send by certified mail.",
        "notes:\n"
        "- me: <<per.t>>, <<tel.t:us_dash|us_paren>>, <<email.t@t>>\n"
        "- landlord: <<per.l:upper>> (property mgr is [[organisation|Greystar]])\n"
        "- unit: <<addr.a:multiline>>\n"
        "- moved out 6/30, deposit [[money|$2,150.00]], got nothing back, no itemized list\n"
        "- state law says 21 days, it's been 40\n"
        "- forwarding addr for the check: <<addr.fwd:full>>",
        "<<per.t>>\n<<addr.fwd:full>>\n<<tel.t:us_paren>> | <<email.t>>\n\n"
        "Via Certified Mail\n\n"
        "<<per.l>>\nc/o [[organisation|Greystar]]\n\n"
        "Re: Return of security deposit for <<addr.a:line>>\n\n"
        "Dear <<per.l:family>>,\n\n"
        "I vacated the unit above on June 30 and returned all keys. More than 21 days have passed and I have received "
        "neither my security deposit of [[money|$2,150.00]] nor an itemized statement of deductions. Please mail the full "
        "deposit to my forwarding address within 10 days. Otherwise I will file in small claims court and seek the "
        "statutory penalty.\n\nSincerely,\n<<per.t>>",
    ),
    T(
        "h6-en-deposit_dispute-02",
        "en",
        "deposit_dispute",
        "Is my landlord allowed to do this? Reply like a UK housing adviser would, short.",
        "Posted in a renters' forum by <<per.t:user>>:\n\n"
        "Left my flat at <<addr.a:flat|line>> last month. Landlord (<<per.l>>, mobile <<tel.l:uk_mobile|uk_intl>>) "
        'says the deposit was never put in a scheme because "he\'s not a company". He wants my bank details to send '
        "\"what's fair\" so I gave him <<iban.i>>. Now he's saying he'll keep [[money|£850.00]] for repainting "
        "after 3 years. Paid [[money|£1,400.00]] originally. Also he still has a copy of my passport (<<pass.p:uk>>) "
        "from the referencing.",
        "Short answer: no. In England every assured shorthold deposit must be protected in an approved scheme "
        "([[organisation|the Deposit Protection Service]], mydeposits or TDS) within 30 days. Since it wasn't, you can "
        "claim the deposit back plus one to three times its amount. Write to <<per.l>> at the flat address or text "
        "<<tel.l:uk_intl>>, ask for the full [[money|£1,400.00]] to <<iban.i>> within 14 days, and ask him to delete "
        "the passport copy (<<pass.p>>) he no longer needs. Normal wear after three years is not chargeable.",
        source="h6-forum/<<per.t:user>>",
    ),
    # ------------------------------------------------------------------ court_summons
    T(
        "h6-zh-court_summons-01",
        "zh",
        "court_summons",
        "我收到一张法院的传票，看不太懂，帮我解释一下要做什么、什么时候去。",
        "[[organisation|北京市朝阳区人民法院]]\n传    票\n\n"
        "案号：[[order_number|（2024）京0105民初18273号]]\n"
        "案由：民间借贷纠纷\n"
        "被传唤人：<<per.d>>\n"
        "身份证号：<<cnid.d:spaced|plain>>\n"
        "出生日期：<<dob.d:cn>>\n"
        "工作单位或住址：<<addr.d:yuan|road>>\n"
        "传唤事由：开庭审理\n"
        "应到时间：2024年11月26日 09:30\n"
        "应到处所：第十七法庭\n"
        "原告：<<per.p>>，联系电话<<tel.p:cn_plain|cn_dash|cn_space|cn_intl>>\n"
        "承办人：<<per.j>>  书记员：<<per.clerk>>",
        "这是法院正式的开庭传票，不是诈骗短信那种形式。要点：\n"
        "1. 被传唤人是你<<per.d>>（身份证<<cnid.d>>），案子是原告<<per.p>>起诉你的民间借贷纠纷。\n"
        "2. 2024年11月26日上午9:30前到法院第十七法庭开庭，带身份证原件和你的证据（转账记录、聊天记录）。\n"
        "3. 你不去的话，法院可以缺席判决。\n"
        "4. 有疑问先打书记员电话核实，不要联系传票以外的号码。",
        source="h6-ocr/<<cnid.d>>",
    ),
    T(
        "h6-zh-court_summons-02",
        "zh",
        "court_summons",
        "这条短信是真的法院通知吗？我该怎么核实？",
        "【[[organisation|北京市朝阳区人民法院]]】<<per.d>>您好，原告<<per.p>>诉您信用卡纠纷一案已立案，请于三日内登录电子送达平台查看起诉状，"
        "您的送达码为[[number|884312]]。如需联系承办法官请拨<<tel.fake:cn_land>>。",
        "这类短信法院确实会发，但真假要自己核实：\n"
        "- 不要直接拨短信里的<<tel.fake:cn_plain|cn_dash|cn_space|cn_intl>>，去法院官网查总机，或打[[service_number|12368]]诉讼服务热线。\n"
        "- 报你的姓名<<per.d>>和身份证后四位查有没有以你为被告的案件，原告应为<<per.p>>。\n"
        "- 真正的电子送达不会让你转账，也不会要银行卡密码。",
        history=[
            (
                "我叫<<per.d>>，身份证<<cnid.d>>，之前有张信用卡<<card.c:unionpay>>逾期了半年。",
                "明白。信用卡逾期时间较长，银行确实可能起诉。先别慌，把你收到的短信原文发给我看看。",
            )
        ],
    ),
    T(
        "h6-en-court_summons-01",
        "en",
        "court_summons",
        "Summarize this summons served on <<per.d>> and the process server's affidavit in plain English, and list the deadline.",
        "SUPERIOR COURT OF CALIFORNIA, COUNTY OF SANTA CLARA\n"
        "SUMMONS (CITACION JUDICIAL)\n"
        "NOTICE TO DEFENDANT: <<per.d:upper>>, an individual; and DOES 1-10\n"
        "YOU ARE BEING SUED BY PLAINTIFF: [[organisation|Midland Credit Management]]\n"
        "Case Number: [[order_number|24CV431876]]\n"
        "You have 30 CALENDAR DAYS after this summons and legal papers are served on you to file a written response.\n\n"
        "PROOF OF SERVICE\n"
        "Party served: <<per.d>>\n"
        "Address where served: <<addr.d:full_unit|full>>\n"
        "Date of birth (for identification): <<dob.d:us_pad>>\n"
        "Personal service by: <<per.srv>>, Registered Process Server, Driver License <<dl.srv:ca>>\n"
        "Served at 6:42 PM, described as the defendant, confirmed by name; phone on file <<tel.d:us_dash>>",
        "- Who: [[organisation|Midland Credit Management]] is suing <<per.d>> (case [[order_number|24CV431876]]), "
        "most likely over a purchased debt.\n"
        "- How: <<per.srv>> personally handed the papers to <<per.d:given>> at <<addr.d:full_unit|full>>.\n"
        "- Deadline: a written response (an Answer) must be filed within 30 calendar days of the service date. "
        "If nothing is filed, the plaintiff can ask for a default judgment.",
    ),
    T(
        "h6-en-court_summons-02",
        "en",
        "court_summons",
        "My neighbour forwarded me this text. Scam or real? Explain how to check.",
        "From: <<tel.scam:us_intl2>>\n"
        '"JURY DUTY NOTICE: <<per.m:upper>>, you failed to appear for jury service on 10/14. A warrant will be issued. '
        "To resolve, call Officer <<per.off:family>> at <<tel.scam:us_paren>> and confirm your SSN <<ssn.m>> and DOB "
        '<<dob.m:us>>. Fine: [[money|$1,250.00]] payable by gift card."',
        "This is a scam. Courts do not threaten arrest by text, never take payment by gift card and never ask for a full "
        "Social Security number. The message already contains <<per.m:given>>'s SSN <<ssn.m>> and birth date "
        "<<dob.m:long>>, which means that data has leaked somewhere: <<per.m:given>> should freeze their credit with the three bureaus "
        "and report the number <<tel.scam>> at reportfraud.ftc.gov. To check a real summons, call the clerk of the "
        "county court using the number on the court's own website.",
        history=[
            (
                "my neighbour is <<per.m>>, lives at <<addr_us.m:line>> and is panicking",
                "Tell them not to call the number or send anything yet. Paste the text and I'll go through it.",
            )
        ],
    ),
    # ------------------------------------------------------------------ customs_declaration
    T(
        "h6-zh-customs_declaration-01",
        "zh",
        "customs_declaration",
        "海淘包裹卡在清关了，客服让补实名信息。帮我把下面信息按“收件人实名认证”格式整理好，回复给客服。",
        "运单号[[tracking_number.x]]，商品：[[product|戴森V12]]一台，申报价值[[money|¥3,980.00]]\n"
        "收件人<<per.r>>，手机<<tel.r:cn_plain|cn_space>>\n"
        "身份证号码<<cnid.r:plain|x>>\n"
        "地址<<addr.r:comm>>\n"
        "支付人跟收件人是同一个人，付款卡<<card.c>>",
        "您好，已按要求补充收件人实名信息：\n"
        "运单号：[[tracking_number.x]]\n"
        "收件人姓名：<<per.r>>\n"
        "证件类型：居民身份证\n证件号码：<<cnid.r>>\n"
        "联系电话：<<tel.r:cn_dash>>\n"
        "收货地址：<<addr.r:comm>>\n"
        "订购人与支付人一致（支付卡号：<<card.c>>）。麻烦尽快推送海关，谢谢。",
        source="h6-kefu/<<tel.r:cn_plain>>",
    ),
    T(
        "h6-zh-customs_declaration-02",
        "zh",
        "customs_declaration",
        "帮我写一下入境时给海关的说明：我帮朋友带了几样东西。",
        "我叫<<per.me>>，护照号<<pass.me:cn_e|cn_ea>>，<<dob.me:cn_pad>>出生，从洛杉矶回国。帮朋友<<per.f>>（美国那边的地址<<addr_us.f:full>>，"
        "SSN <<ssn.f>>，他让我写上好报税）带了两部[[product|iPhone 15]]和一盒[[product|阿莫西林胶囊]]给他妈妈，他妈妈电话<<tel.mom:cn_plain|cn_dash|cn_space|cn_intl>>。",
        "海关申报说明（供参考）：\n"
        "本人<<per.me>>，护照号<<pass.me>>，本次入境随身携带代友人<<per.f>>转交其家属的物品：[[product|iPhone 15]]两部、[[product|阿莫西林胶囊]]一盒，"
        "收件人联系电话<<tel.mom:cn_plain|cn_dash|cn_space|cn_intl>>。手机超过自用合理数量，已主动申报，愿意按规定缴纳税款。\n\n"
        "提醒：申报单上不需要写朋友的SSN <<ssn.f>>，这个号码是美国社会安全号，和中国海关无关，最好不要随便给别人。",
    ),
    T(
        "h6-en-customs_declaration-01",
        "en",
        "customs_declaration",
        "Validate this CN23 JSON from our shipping app: which required fields are missing or malformed?",
        '{\n  "form": "CN23",\n  "sender": {"name": "<<per.s>>", "address": "<<addr.s:full>>", "phone": "<<tel.s:us_plain>>", '
        '"email": "<<email.s@s>>"},\n'
        '  "recipient": {"name": "<<per_cn.r:pinyin>>", "name_local": "<<per_cn.r>>", "address": "<<addr_cn.r:road_bld>>", '
        '"phone": "<<tel.r:cn_intl>>", "id_number": "<<cnid.r>>", "qq": "<<qq.r>>", "wechat": "<<wx.r@r>>"},\n'
        '  "contents": [{"desc": "[[product|Kindle Paperwhite]]", "qty": 1, "value": 139.99, "hs": "847130"}],\n'
        '  "tracking": "[[tracking_number]]", "created": "[[timestamp]]"\n}',
        "Missing or malformed:\n"
        "- contents[0].origin_country is missing (required on CN23).\n"
        "- contents[0].weight is missing.\n"
        '- recipient.phone "<<tel.r>>" is fine; recipient.id_number (<<cnid.r>>) is required by Chinese customs for '
        "personal imports, so keep it, but send it only in the customs payload, not in the label print.\n"
        '- sender.phone "<<tel.s:us_plain>>" has no country code; use +1.\n'
        "- recipient.qq (<<qq.r>>) and recipient.wechat (<<wx.r>>) are not CN23 fields; drop them from the customs payload.\n"
        "Everything else (sender <<per.s>>, recipient <<per_cn.r:pinyin>>) is well formed.",
    ),
    T(
        "h6-en-customs_declaration-02",
        "en",
        "customs_declaration",
        "Draft a reply to HMRC's import VAT query for me.",
        "Letter says parcel [[tracking_number.x]] addressed to <<per.me>>, <<addr_uk.me:line|flat>>, is held: "
        '"declared value [[money|£120.00]] appears low for goods described as used camera". They want proof of value and '
        "a refund account if overpaid. My passport <<pass.me:uk>>, phone <<tel.me:uk_mobile>>, IBAN <<iban.me:GB>>. "
        "The seller was <<per.sel>> (<<email.sel@sel>>), eBay order [[order_number.x]].",
        "Dear Sir or Madam,\n\n"
        "Re: parcel [[tracking_number.x]] for <<per.me>>, <<addr_uk.me:line|flat>>\n\n"
        "The camera is a used item bought from a private seller, <<per.sel>>, for [[money|£120.00]] (eBay order "
        "[[order_number.x]]); the order confirmation and PayPal receipt are enclosed. Please release the parcel on that "
        "value. If any import VAT has been overpaid, please refund it to <<iban.me>>. For identification: passport "
        "<<pass.me>>, telephone <<tel.me:uk_intl>>.\n\nYours faithfully,\n<<per.me>>",
    ),
    # ------------------------------------------------------------------ pickup_authorization
    T(
        "h6-zh-pickup_authorization-01",
        "zh",
        "pickup_authorization",
        "幼儿园要交一份《委托接送授权书》，帮我按下面信息填好，格式整齐。",
        "家长：<<per.par>>，手机<<tel.par:cn_plain>>，身份证<<cnid.par>>\n"
        "孩子：<<per.kid:given>>，中一班\n"
        "委托接送人1：孩子外公<<per.g1>>，身份证<<cnid.g1:spaced|fw>>，电话<<tel.g1:cn_dash|cn_numerals>>，骑电动车\n"
        "委托接送人2：阿姨<<per.g2>>，电话<<tel.g2:cn_plain|cn_dash|cn_space|cn_intl>>，开车，车牌<<plate.g2>>\n"
        "有效期：本学期",
        "委托接送授权书\n\n"
        "本人<<per.par>>（身份证号：<<cnid.par>>，联系电话：<<tel.par:cn_dash>>）系中一班幼儿<<per.kid:given>>的家长，现委托以下人员在本学期内代为接送：\n\n"
        "| 序号 | 姓名 | 关系 | 身份证号 | 联系电话 | 交通方式 |\n|---|---|---|---|---|---|\n"
        "| 1 | <<per.g1>> | 外公 | <<cnid.g1>> | <<tel.g1:cn_plain|cn_dash|cn_space|cn_intl>> | 电动车 |\n"
        "| 2 | <<per.g2>> | 阿姨 | — | <<tel.g2:cn_plain|cn_dash|cn_space|cn_intl>> | 汽车 <<plate.g2>> |\n\n"
        "如有变更，本人将提前书面告知园方。\n\n授权人签字：<<per.par>>    日期：____年__月__日",
    ),
    T(
        "h6-zh-pickup_authorization-02",
        "zh",
        "pickup_authorization",
        "把群接龙里今天放学谁来接、开什么车整理成表格发给保安室。",
        "#接龙 今天下午4:30 校门口接孩子（保安要核对车牌）\n"
        "1. 豆豆妈 <<per.a>> <<plate.a>> <<tel.a:cn_plain>>\n"
        "2. 小宇爷爷<<per.b>>，步行，<<tel.b:cn_space>>\n"
        "3. <<per.c>> 车<<plate.c>> 电话<<tel.c:cn_plain>>  今天奶奶来接 穿红衣服\n"
        "4. 朵朵爸 <<per.d:pinyin_fl>>（群昵称）<<plate.d>>",
        "| 接送人 | 车牌 | 电话 |\n|---|---|---|\n"
        "| <<per.a>> | <<plate.a>> | <<tel.a:cn_plain>> |\n"
        "| <<per.b>> | 步行 | <<tel.b:cn_space>> |\n"
        "| <<per.c>>（家里奶奶代接，穿红衣服） | <<plate.c>> | <<tel.c:cn_plain>> |\n"
        "| <<per.d:pinyin_fl>> | <<plate.d>> | 未留 |",
        system="你是小学[[organisation|家委会]]的助手，整理接送信息时保留原始车牌和电话，不要编造。",
    ),
    T(
        "h6-en-pickup_authorization-01",
        "en",
        "pickup_authorization",
        "Fill in the school's Authorized Pickup form from my notes. Keep it as a clean list.",
        "Student: <<per.kid:given>> (Grade 4, Room 12)\n"
        "Parent/guardian: <<per.par>>, cell <<tel.par:us_paren>>, <<email.par@par>>\n"
        "Pickup #1 family friend <<per.a>>, DL <<dl.a:ny|ca>>, <<tel.a:us_dash>>\n"
        "Pickup #2 neighbour <<per.b:last_first>>, drives a grey [[product|Honda Civic]] plate <<plate.b:ca|ny>>\n"
        "NOT allowed: <<per.x>> (custody order on file)",
        "AUTHORIZED PICKUP FORM\n"
        "Student: <<per.kid:given>> - Grade 4, Room 12\n"
        "Parent/Guardian: <<per.par>> | <<tel.par>> | <<email.par>>\n\n"
        "Authorized adults (photo ID required at the front office):\n"
        "1. <<per.a>> - family friend - Driver License <<dl.a>> - <<tel.a>>\n"
        "2. <<per.b>> - neighbour - vehicle: [[product|Honda Civic]], plate <<plate.b>>\n\n"
        "Restricted: <<per.x>> is NOT authorized to pick up the student (court order on file).",
    ),
    T(
        "h6-en-pickup_authorization-02",
        "en",
        "pickup_authorization",
        "Write a short email to the front office adding my father-in-law, visiting from China, to the pickup list.",
        "He is <<per_cn.g:pinyin_fl>>, passport <<pass.g:cn_e|cn_g>>, here until December, no US ID, phone while here "
        "<<tel.g:us_dot>> (prepaid), WeChat <<wx.g>> or QQ <<qq.g>>. He also has his Chinese ID card, <<cnid.g>>. I'm <<per.par>>, my child <<per.kid:given>> is in Ms. "
        "<<per.t:family>>'s class.",
        "Subject: Adding a temporary authorized pickup for <<per.kid:given>>\n\n"
        "Hello,\n\nPlease add my father-in-law, <<per_cn.g:pinyin_fl>>, to the authorized pickup list for <<per.kid:given>> "
        "(Ms. <<per.t:family>>'s class) until the end of December. He does not have a US ID; he will show his Chinese "
        "passport, number <<pass.g>>, or his Chinese resident ID card, <<cnid.g>>. His phone while in the US is <<tel.g>>.\n\nThank you,\n<<per.par>>",
    ),
    # ------------------------------------------------------------------ backer_survey
    T(
        "h6-zh-backer_survey-01",
        "zh",
        "backer_survey",
        "这是众筹平台导出的回报收货表（CSV），帮我找出地址不完整或手机号位数不对的行。",
        "支持者ID,昵称,档位,收货人,手机,收货地址,备注\n"
        "[[number|20931]],<<per.a:user>>,早鸟[[money|¥299.00]],<<per.a>>,<<tel.a:cn_plain>>,<<addr.a:road_bld|tower>>,\n"
        "[[number|20944]],小熊软糖,标准档,<<per.b>>,<<tel.b:cn_plain>>,<<addr.b:short>>,要发票 抬头写个人\n"
        "[[number|21007]],<<per.c:pinyin>>,双人档,<<per.c>>,<<tel.c:cn_intl2>>,<<addr.c:comm>>,加微信<<wx.c@c>>发货前联系",
        "检查结果：\n"
        "- 第2行（<<per.b>>）：地址“<<addr.b:short>>”缺省市区，建议联系<<tel.b:cn_plain|cn_dash|cn_space|cn_intl>>补全。\n"
        "- 第3行（<<per.c>>）：手机写成了<<tel.c:cn_plain|cn_dash|cn_space|cn_intl>>，带国家码，位数正常，但导入快递系统前要去掉+86-。\n"
        "- 第1行（<<per.a>>）信息完整。",
    ),
    T(
        "h6-zh-backer_survey-02",
        "zh",
        "backer_survey",
        "支持者<<per.b>>私信要改地址，帮我回一条客服消息，顺便确认新地址。",
        "",
        "您好<<per.b>>，已为您把项目回报的收货信息改为：\n收货人：<<per.b>>\n电话：<<tel.b2:cn_dash>>\n地址：<<addr.new:comm>>\n"
        "[[product|大疆Mini 4 Pro]]配件包预计下月发出，发货后会短信通知您运单号。",
        history=[
            (
                "你好，我是支持者<<per.b>>，之前填的地址是<<addr.old:road>>，搬家了，新地址是<<addr.new:comm>>，电话也换成<<tel.b2:cn_plain>>了",
                "好的，请问您的支持者编号或下单时填的手机号是多少？方便我核对。",
            ),
            ("原来的手机是<<tel.b1:cn_plain>>，QQ<<qq.b>>也能找到我", "核对到了，马上帮您修改。"),
        ],
    ),
    T(
        "h6-en-backer_survey-01",
        "en",
        "backer_survey",
        "Here's a slice of our Kickstarter backer survey export. Flag rows that will fail the carrier's address validation.",
        "Backer Number,Backer Name,Email,Shipping Name,Shipping Address 1,Shipping City/State/Zip,Shipping Phone,Reward,Pledge Amount\n"
        "[[number|1042]],<<per.a>>,<<email.a@a>>,<<per.a>>,<<addr_us.a:line_unit>>,<<addr_us.b:full>>,<<tel.a:us_plain>>,"
        "Early Bird,[[money|$89.00]]\n"
        '[[number|1043]],<<per.c:lower_full>>,<<email.c@c>>,"<<per.c:last_first>>","<<addr_uk.c:line>>",,<<tel.c:uk_intl>>,'
        "Deluxe,[[money|$149.00]]\n"
        "[[number|1044]],<<per.d>>,<<email.d@d>>,<<per.d:upper>>,<<addr_us.d:pobox>>,,<<tel.d:us_dash>>,Deluxe,[[money|$149.00]]",
        "- Row [[number|1042]] (<<per.a>>): Address 1 and the City/State/Zip column hold two different addresses "
        "(<<addr_us.a:line_unit>> vs <<addr_us.b:full>>); ask the backer which one is right.\n"
        "- Row [[number|1043]] (<<per.c>>): a UK address with an empty city column; the carrier needs the postcode split out.\n"
        "- Row [[number|1044]] (<<per.d>>): <<addr_us.d:pobox>> is a PO Box, which the courier will not deliver to; email "
        "<<email.d>> for a street address.",
    ),
    T(
        "h6-en-backer_survey-02",
        "en",
        "backer_survey",
        "Answer this backer's message politely and confirm what we have on file.",
        "",
        "Hi <<per.b:given>>,\n\nThanks for backing! Here's what we have on file for your reward:\n"
        "Name: <<per.b>>\nShip to: <<addr.b:full|multiline>>\nPhone: <<tel.b>>\nDiscord/Twitter for the backer role: <<url.b:twitter@b>>\n\n"
        "The [[product|Nintendo Switch]] dock add-on ships in wave 2. If anything above is wrong, reply here before "
        "the survey locks on Friday.\n\nCheers,\nThe team",
        history=[
            (
                "hey it's <<per.b>> (backer [[number|#5521]]). did my survey go through? I put <<addr.b:line>> and my number "
                "<<tel.b:us_paren>>. also link my twitter <<url.b>> for the backer role pls",
                "Let me check the survey system for you.",
            )
        ],
    ),
    # ------------------------------------------------------------------ ats_export
    T(
        "h6-zh-ats_export-01",
        "zh",
        "ats_export",
        "这是招聘系统导出的候选人JSON，帮我生成一段给用人部门的候选人简介（三四句话）。",
        '{"candidate_id": "[[order_number|CAND-20241107-0093]]", "name": "<<per.c>>", '
        '"birth": "<<dob.c:iso|slash_iso>>", "mobile": "<<tel.c:cn_plain>>", "email": "<<email.c@c>>", '
        '"id_no": "<<cnid.c>>", "city": "杭州", "home": "<<addr.c:road>>", '
        '"school": "浙江大学 计算机硕士", "us_ssn_for_bgcheck": "<<ssn.c>>", "links": ["<<url.c:github@c>>", "<<url.c2:zhihu@c>>"], '
        '"expected_salary": "[[money|35000元]]/月", "stage": "二面通过", "owner": "<<per.hr:user>>"}',
        "候选人<<per.c>>，浙江大学计算机硕士，现居杭州，二面已通过，期望月薪[[money|35000元]]。"
        "GitHub（<<url.c>>）上有较活跃的开源贡献，技术面评价良好；候选人曾在美国工作，背调需用其SSN（<<ssn.c:plain>>）向美方核实。建议安排终面，联系方式：<<tel.c:cn_dash>> / <<email.c>>。",
        annotators=["<<per.hr:user>>"],
    ),
    T(
        "h6-zh-ats_export-02",
        "zh",
        "ats_export",
        "根据HR群里的聊天，帮我把内推奖励的发放信息整理出来。",
        "[HR-招聘组] <<per.hr>>：本月入职的内推有三个\n"
        "[HR-招聘组] <<per.hr>>：<<per.c1>>（内推人<<per.r1>>，工号[[number|A02981]]）、<<per.c2>>（内推人<<per.r2>>）、"
        "<<per.c3>>（内推人<<per.r1>>）\n"
        "[HR-招聘组] <<per.pay>>：奖励发到工资卡，<<per.r1>>的卡是<<card.r1:unionpay>>，<<per.r2>>的是<<card.r2:unionpay>>\n"
        "[HR-招聘组] <<per.pay>>：每人[[money|3000元]]，个税按工资合并计算",
        "内推奖励发放明细：\n"
        "| 内推人 | 被推荐人 | 奖励 | 工资卡 |\n|---|---|---|---|\n"
        "| <<per.r1>> | <<per.c1>>、<<per.c3>> | [[money|6000元]] | <<card.r1>> |\n"
        "| <<per.r2>> | <<per.c2>> | [[money|3000元]] | <<card.r2>> |\n"
        "个税并入当月工资计算。",
    ),
    T(
        "h6-en-ats_export-01",
        "en",
        "ats_export",
        "De-duplicate this Greenhouse candidate export: which rows are the same person?",
        "First Name,Last Name,Email,Phone,LinkedIn,Source,Recruiter,Applied\n"
        "<<per.a:given>>,<<per.a:family>>,<<email.a@a>>,<<tel.a:us_dash>>,<<url.a:linkedin@a>>,Referral,<<per.rec>>,[[timestamp]]\n"
        "<<per.b:given>>,<<per.b:family>>,<<email.b@b>>,<<tel.b>>,,Job board,<<per.rec>>,[[timestamp]]\n"
        "<<per.a:given>>,<<per.a:family>>,<<email.a2>>,<<tel.a:us_plain>>,<<url.a>>,Agency,<<per.rec2>>,[[timestamp]]",
        "Rows 1 and 3 are the same candidate, <<per.a>>: same name, same phone (<<tel.a:us_dash>> and <<tel.a:us_plain>> "
        "are one number) and the same LinkedIn profile <<url.a>>, but two e-mails (<<email.a>>, <<email.a2>>). Keep the "
        "referral row, as the earlier source wins, and merge <<email.a2>> into it. Row 2, <<per.b>>, is a different person.",
    ),
    T(
        "h6-en-ats_export-02",
        "en",
        "ats_export",
        "Convert this Workday candidate record (YAML) into the CSV our background-check vendor expects: "
        "last,first,dob,ssn,dl_number,dl_state,address.",
        "candidate:\n  legal_name:\n    first: <<per.c:given>>\n    last: <<per.c:family>>\n"
        "  preferred_name: <<per.c:given>>\n  date_of_birth: <<dob.c:iso>>\n  national_id:\n    type: SSN\n    value: <<ssn.c:dash|plain>>\n"
        "  drivers_license: {number: <<dl.c:tx|fl|wa>>, state: TX}\n  address: <<addr_us.c:full>>\n"
        "  phone: <<tel.c:us_intl>>\n  recruiter: <<per.rec:lower_dot>>\n  requisition: [[order_number|REQ-4471]]",
        "last,first,dob,ssn,dl_number,dl_state,address\n"
        '<<per.c:family>>,<<per.c:given>>,<<dob.c:us_pad>>,<<ssn.c:plain>>,<<dl.c>>,TX,"<<addr_us.c:full>>"',
    ),
    # ------------------------------------------------------------------ bug_bounty_report
    T(
        "h6-zh-bug_bounty_report-01",
        "zh",
        "bug_bounty_report",
        "帮我把这份越权漏洞报告润色一下，按SRC的模板（标题/影响/复现步骤/修复建议）整理。",
        "接口 GET /api/v2/member/detail?uid=[[number|10086231]] 没有校验登录用户和uid是否一致，改uid就能看别人的信息。"
        "我用自己的号（<<tel.me:cn_plain>>）登录，改了一个uid，返回：\n"
        '{"uid":[[number|10086232]],"realName":"<<per.v>>","mobile":"<<tel.v:cn_plain>>","idCard":"<<cnid.v>>",'
        '"addr":"<<addr.v:road_bld>>","passportNo":"<<pass.v>>","bankCard":"<<card.v:unionpay>>","lastLoginIp":"<<ip.v>>"}\n'
        "客户端版本[[version]]，请求来自我的IP <<ip.me:private>>，UA是[[product|iPhone 15]]的微信内置浏览器。",
        "【标题】会员详情接口水平越权，可遍历获取任意用户实名信息\n"
        "【影响】攻击者登录任意账号后修改uid参数，即可获取其他用户的姓名、手机号、身份证号、护照号、住址、银行卡号。"
        "例如返回了用户<<per.v>>的身份证<<cnid.v>>、护照<<pass.v>>和银行卡<<card.v>>（报告中应打码）。\n"
        "【复现步骤】1. 用测试账号登录；2. 请求 GET /api/v2/member/detail，将uid改为相邻值；3. 观察返回体。\n"
        "【修复建议】服务端以会话中的用户ID为准，不接受客户端传入的uid；对敏感字段做脱敏。",
        source="h6-src/<<tel.me:cn_plain>>",
    ),
    T(
        "h6-zh-bug_bounty_report-02",
        "zh",
        "bug_bounty_report",
        "评估一下这个漏洞的危害等级，并写一句给白帽子的回复。",
        "白帽子<<per.hunter:user>>（主页<<url.hunter:github>>）提交：测试环境 [[version]] 的日志目录可未授权访问，里面有用户注册日志，例如：\n"
        "[[timestamp]] INFO register ok phone=<<tel.u:cn_plain>> name=<<per.u>> ip=<<ip.u>> device_mac=<<mac.u:colon|dash>> "
        "wx_openid_bind=<<wx.u>> qq=<<qq.u>>\n"
        "[[timestamp]] INFO register ok phone=<<tel.u2:cn_plain>> name=<<per.u2>> ip=<<ip.u2:v6>> device_mac=<<mac.u2:cisco>>",
        "危害等级：高危。日志暴露了真实用户的手机号、姓名、IP、设备MAC和社交账号（如<<per.u>>、<<tel.u:cn_plain|cn_dash|cn_space|cn_intl>>、<<mac.u>>），"
        "可批量获取，已构成个人信息泄露。\n"
        "回复：感谢<<per.hunter:user>>的提交，已确认并定级为高危，我们已关闭该目录的访问并清理日志，奖励将在审核后发放。",
        annotators=["<<per.tri:user>>", "<<email.tri2>>"],
    ),
    T(
        "h6-en-bug_bounty_report-01",
        "en",
        "bug_bounty_report",
        "Rewrite this HackerOne report so it is clear, keeps the PoC, and states impact. Keep the sample response.",
        "## Summary\nIDOR on /api/users/{id}/profile. Changing the id returns other customers' data.\n\n## PoC\n"
        "```\ncurl -s -H 'Authorization: Bearer <token>' https://api.example.test/api/users/[[number|48213]]/profile\n```\n"
        "Response:\n```json\n"
        '{"id": [[number|48213]], "full_name": "<<per.v>>", "email": "<<email.v@v>>", "ssn_last4": null, "ssn": "<<ssn.v>>", '
        '"dob": "<<dob.v:iso>>", "phone": "<<tel.v:us_intl2>>", "home_address": "<<addr_us.v:full>>"}\n```\n'
        "Tested from <<ip.me>> against app [[version]]. Reporter: <<per.me:user>>",
        "## Summary\nInsecure direct object reference on `GET /api/users/{id}/profile`: any authenticated user can read "
        "any other user's profile by changing the numeric id.\n\n## Steps to reproduce\n1. Log in as any user.\n"
        "2. Request `/api/users/[[number|48213]]/profile` with your own token.\n3. The response contains another "
        "customer's data.\n\n## Impact\nFull PII exposure: name (<<per.v>>), SSN (<<ssn.v>>), date of birth (<<dob.v:us>>), "
        "e-mail (<<email.v>>), phone and home address. Ids are sequential, so every record can be enumerated.\n\n"
        "## Suggested fix\nAuthorize on the server against the session's user id.",
        source="h6-h1/<<per.me:user>>",
    ),
    T(
        "h6-en-bug_bounty_report-02",
        "en",
        "bug_bounty_report",
        "Draft the vendor's acknowledgement to this researcher, and list which data types were exposed.",
        "From: <<per.r>> <<<email.r@r>>>\nSubject: Public S3 bucket with customer KYC files\n\n"
        "Hi, the bucket kyc-uploads-prod is world-readable. Sample of export.csv (first 2 rows, I stopped there):\n"
        "customer,passport_no,iban,dob,ip\n"
        "<<per.c1:upper>>,<<pass.c1:us|us_new>>,<<iban.c1>>,<<dob.c1:eu>>,<<ip.c1>>\n"
        "<<per.c2:upper>>,<<pass.c2:uk>>,<<iban.c2>>,<<dob.c2:eu>>,<<ip.c2>>\n"
        "Also in the bucket: id_front_<<cnid.c3>>.jpg and id_back_<<cnid.c3>>.jpg (Chinese ID card scans).\n"
        "My PGP key is on <<url.r:github@r>>. -- <<per.r:given>>",
        "Subject: Re: Public S3 bucket with customer KYC files\n\nHi <<per.r:given>>,\n\nThank you for reporting this "
        "responsibly and for stopping after two rows. The bucket has been made private and we are reviewing access logs. "
        "Please delete your copy of the sample (including the rows for <<per.c1>> and <<per.c2>>).\n\n"
        "Exposed data types: full names, passport numbers, IBANs, dates of birth, IP addresses, and scans of a Chinese ID card whose number (<<cnid.c3>>) is in the file names.\n\nBest regards,\nSecurity team",
    ),
    # ------------------------------------------------------------------ sms_gateway_log
    T(
        "h6-zh-sms_gateway_log-01",
        "zh",
        "sms_gateway_log",
        "从这段短信平台下发日志里找出发送失败的记录，并说明失败原因。",
        "[[timestamp]] | tpl=SMS_2351 | to=<<tel.a:cn_plain>> | content=【[[organisation|顺丰速运]]】您的验证码[[number|482913]]，5分钟内有效 | status=DELIVRD\n"
        "[[timestamp]] | tpl=SMS_2351 | to=<<tel.b:cn_intl2>> | content=【[[organisation|顺丰速运]]】您的验证码[[number|771045]]，5分钟内有效 | status=MK:0001\n"
        "[[timestamp]] | tpl=SMS_3108 | to=<<tel.c:cn_plain>> | content=【物业】<<per.c>>业主您好，您的车辆<<plate.c>>月卡将于明日到期 | status=UNDELIV\n"
        "[[timestamp]] | tpl=SMS_4420 | to=<<tel.h:cn_plain>> | content=【[[organisation|协和医院]]】<<per.h>>您好，您的住院号<<mrn.h:zy|mz>>，明日8点前空腹到住院部办理手续 | status=UNDELIV\n"
        "[[timestamp]] | tpl=SMS_3108 | to=<<tel.d:cn_plain>> | content=【物业】<<per.d>>业主您好，您的车辆<<plate.d>>月卡将于明日到期 | status=DELIVRD",
        "失败记录三条：\n"
        "1. 发往<<tel.b:cn_intl2>>的验证码短信，状态MK:0001，一般是号码格式问题（带了+86-前缀），应去掉国家码后重发。\n"
        "2. 发往<<tel.c:cn_plain>>（<<per.c>>，车牌<<plate.c>>）的物业通知，状态UNDELIV，通常是停机、空号或拦截，建议改用电话通知。\n"
        "3. 发往<<tel.h:cn_plain>>的住院通知（<<per.h>>，住院号<<mrn.h>>），同样UNDELIV，住院手续时间紧，需人工电话联系。",
        system="你是运维助手。日志里的手机号属于真实用户，回答时只引用必要的记录。",
    ),
    T(
        "h6-zh-sms_gateway_log-02",
        "zh",
        "sms_gateway_log",
        "把这条运营商状态回执解析成中文说明。",
        '{"msgid":"[[order_number|DD202411071530120045]]","mobile":"<<tel.u:cn_0086|cn_intl>>","sign":"[[organisation|中国移动]]",'
        '"content":"尊敬的<<per.u>>，您的身份证<<cnid.u>>已完成实名登记，服务密码请勿泄露。","report":"DELIVRD","ts":"[[timestamp]]"}\n'
        '{"msgid":"[[order_number]]","mobile":"<<tel.u2:cn_plain>>","sign":"出入境","content":"<<per.u2>>您好，您申请的普通护照（<<pass.u2>>）已制证完成，可到受理点领取。","report":"UNDELIV","ts":"[[timestamp]]"}',
        "这是一条已成功送达的实名登记通知：\n- 接收号码：<<tel.u:cn_plain|cn_dash|cn_space|cn_intl>>\n- 用户：<<per.u>>\n"
        "- 内容提到的证件号：<<cnid.u>>（短信正文里带完整身份证号并不规范，建议模板中只保留后四位）\n- 状态：DELIVRD，即已送达。\n"
        "第二条是发给<<per.u2>>（<<tel.u2:cn_plain|cn_dash|cn_space|cn_intl>>）的护照领取通知，护照号<<pass.u2>>，状态UNDELIV，未送达，需要换其他方式通知。",
    ),
    T(
        "h6-en-sms_gateway_log-01",
        "en",
        "sms_gateway_log",
        "Group these Twilio message logs by recipient and tell me which ones bounced.",
        "DateSent,From,To,Body,Status,ErrorCode\n"
        '[[timestamp]],+15005550006,<<tel.a:us_intl2>>,"Hi <<per.a:given>>, your appointment with Dr. <<per.dr:family>> is tomorrow at 10:00, patient ID <<mrn.a:mrn|alpha>>",delivered,\n'
        '[[timestamp]],+15005550006,<<tel.b:us_intl2>>,"<<per.b>>: code [[number|552901]] to verify <<email.b@b>>",undelivered,30003\n'
        '[[timestamp]],+15005550006,<<tel.a:us_intl2>>,"Reminder for <<per.a>>: bring photo ID",delivered,\n'
        '[[timestamp]],+15005550006,<<tel.c:uk_intl>>,"<<per.c>>, your parcel [[tracking_number]] is out for delivery",failed,30008',
        "By recipient:\n- <<tel.a>> (<<per.a>>, patient ID <<mrn.a>>): 2 messages, both delivered.\n"
        "- <<tel.b>> (<<per.b>>): 1 message, undelivered, error 30003 (unreachable handset).\n"
        "- <<tel.c>> (<<per.c>>): 1 message, failed, error 30008 (unknown carrier error).\n"
        "Bounced: the messages to <<per.b>> and <<per.c>>.",
    ),
    T(
        "h6-en-sms_gateway_log-02",
        "en",
        "sms_gateway_log",
        "Explain these SNS delivery-status records to a non-engineer.",
        '{"notification":{"messageId":"[[order_number|7d3c0e4a-91b2-5f3e-a1c2-0e9b7f6d2c11]]","timestamp":"[[timestamp]]"},'
        '"delivery":{"destination":"<<tel.u:us_intl2>>","providerResponse":"Phone carrier has accepted the message",'
        '"smsType":"Transactional","priceInUSD":[[number|0.00645]]},"sdk":"[[version]]",'
        '"status":"SUCCESS","userContext":{"accountEmail":"<<email.u>>","name":"<<per.u>>","lastIp":"<<ip.u>>"}}\n'
        '{"delivery":{"destination":"<<tel.v:uk_intl>>","providerResponse":"Unknown error attempting to reach phone"},'
        '"status":"FAILURE","userContext":{"accountEmail":"<<email.v@v>>","name":"<<per.v>>","lastIp":"<<ip.v:v6>>"}}',
        "Two text messages were sent by the system:\n1. To <<per.u>> at <<tel.u>>: delivered. The phone company "
        "accepted it, and it cost well under one cent.\n2. To <<per.v>> at <<tel.v>>: failed. The carrier could not "
        "reach the phone (switched off, out of coverage or number no longer in use). Ask <<per.v:given>> to confirm "
        "the number, or e-mail <<email.v>>.",
    ),
    # ------------------------------------------------------------------ temple_registry
    T(
        "h6-zh-temple_registry-01",
        "zh",
        "temple_registry",
        "寺里的功德登记本要录入电脑，帮我把这几条手写登记整理成表格（姓名、电话、地址、功德金、回向）。",
        "一、<<per.a>> 随喜功德[[money|600元]] 回向全家[[common_word|平安]] 电话<<tel.a:cn_plain>> 住<<addr.a:village>>\n"
        "二、<<per.b>>、<<per.b2>>夫妇 供灯一年[[money|1200元]] 电话<<tel.b:cn_dash>>\n"
        "三、<<per.c>> 为亡母<<per.c_f>>立往生牌位 亡者生于<<dob.c_f:cn_numerals>> 电话<<tel.c:cn_numerals|cn_plain>>\n"
        "（以上于[[public_figure|观世音菩萨]]圣诞法会登记）",
        "| 序号 | 姓名 | 电话 | 地址 | 功德金 | 回向/备注 |\n|---|---|---|---|---|---|\n"
        "| 1 | <<per.a>> | <<tel.a:cn_plain|cn_dash|cn_space|cn_intl>> | <<addr.a:village>> | [[money|600元]] | 全家[[common_word|平安]] |\n"
        "| 2 | <<per.b>>、<<per.b2>> | <<tel.b:cn_plain|cn_dash|cn_space|cn_intl>> | — | [[money|1200元]] | 供灯一年 |\n"
        "| 3 | <<per.c>> | <<tel.c:cn_plain|cn_dash|cn_space|cn_intl>> | — | — | 为亡母<<per.c_f>>立往生牌位（生于<<dob.c_f:cn>>） |",
    ),
    T(
        "h6-zh-temple_registry-02",
        "zh",
        "temple_registry",
        "小程序导出的祈福登记有乱码，帮我把这条还原成正常的登记信息。",
        "祈福人=<<per.p>>&生辰=<<dob.p:compact|cn_pad>>&手机=<<tel.p:cn_plain>>&微信=<<wx.p@p>>&"
        "供奉=[[product|平安灯]]&金额=[[money|¥88.00]]&身份证=<<cnid.p:lower_x|plain>>&备注=%E4%B8%BA%E5%AD%A9%E5%AD%90%E8%80%83%E8%AF%95%E7%A5%88%E7%A6%8F",
        "祈福登记：\n祈福人：<<per.p>>\n生辰：<<dob.p:cn>>\n手机：<<tel.p:cn_plain|cn_dash|cn_space|cn_intl>>\n微信：<<wx.p>>\n身份证：<<cnid.p>>\n"
        "供奉：[[product|平安灯]]，[[money|¥88.00]]\n备注：为孩子考试祈福（原文为URL编码）",
    ),
    T(
        "h6-en-temple_registry-01",
        "en",
        "temple_registry",
        "Write the entry for our parish register from this adult baptism record, in the register's usual one-paragraph style.",
        "Candidate: <<per.c>> (born <<dob.c:long|us>>, in Manila)\nAddress: <<addr.c:full|multiline>>\n"
        "Sponsor/godparent: <<per.sp>>, parishioner, tel <<tel.sp:us_dot>>\nMinister: Fr. <<per.min:family>>\n"
        "Date: Easter Vigil, St. [[public_figure|Thomas Aquinas]] Church\nContact email for the certificate: <<email.c@c>>",
        "On the Easter Vigil, at the Church of St. [[public_figure|Thomas Aquinas]], <<per.c>>, born <<dob.c:long>> in "
        "Manila and residing at <<addr.c:line>>, was baptized by Fr. <<per.min:family>>. Sponsor: <<per.sp>>. "
        "Certificate to be sent to <<email.c>>.",
    ),
    T(
        "h6-en-temple_registry-02",
        "en",
        "temple_registry",
        "Update our congregation directory from this member's e-mail and draft the standing-order confirmation.",
        "Hi, it's <<per.m>>. We've moved to <<addr_uk.m:multiline|line>>. New mobile <<tel.m:uk_mobile>>. "
        "Please set up my monthly gift of [[money|£25.00]] by standing order from <<iban.m:GB>>, and Gift Aid it "
        "(I'm a UK taxpayer). My partner <<per.h>> keeps their old e-mail <<email.h@h>>.",
        "Directory entry:\n<<per.m>> and <<per.h>>\n<<addr_uk.m:line>>\nMobile: <<tel.m:uk_intl>> | <<email.h>>\n\n"
        "Dear <<per.m:given>>,\nThank you. Your standing order of [[money|£25.00]] a month from <<iban.m>> is set up "
        "and Gift Aid has been recorded.",
        system="You keep the membership records of a small [[organisation|Church of England]] parish. Be warm and brief.",
    ),
    # ------------------------------------------------------------------ league_registration
    T(
        "h6-zh-league_registration-01",
        "zh",
        "league_registration",
        "业余足球联赛报名表，帮我检查有没有超龄的（要求1985年1月1日以后出生），并把出生日期统一成YYYY-MM-DD。",
        "| 号码 | 姓名 | 身份证号 | 出生日期 | 手机 |\n|---|---|---|---|---|\n"
        "| 7 | <<per.a>> | <<cnid.a>> | <<dob.a:cn_pad>> | <<tel.a:cn_plain>> |\n"
        "| 10 | <<per.b>> | <<cnid.b:x|plain>> | <<dob.b:dot>> | <<tel.b:cn_plain>> |\n"
        "| 23 | <<per.c>> | <<cnid.c>> | <<dob.c:compact>> | <<tel.c:cn_space>> |\n"
        "领队：<<per.lead>>，<<tel.lead:cn_plain|cn_dash|cn_space|cn_intl>>，球队赞助[[organisation|李宁]]",
        "出生日期统一后：\n- <<per.a>>：<<dob.a:iso>>\n- <<per.b>>：<<dob.b:iso>>\n- <<per.c>>：<<dob.c:iso>>\n"
        "对照1985-01-01逐个判断，早于这个日期的球员不符合报名条件，请领队<<per.lead>>确认后替换。",
    ),
    T(
        "h6-zh-league_registration-02",
        "zh",
        "league_registration",
        "把群里羽毛球俱乐部报名接龙整理成名单，标出要开发票的人。",
        "#接龙 周六羽毛球 [[public_place|奥体中心]] 2号馆 每人[[money|45元]]\n"
        "1. <<per.a>> <<tel.a:cn_plain>>\n2. <<per.b>>（带朋友<<per.b2>>）\n3. <<per.c:pinyin>> 要发票 抬头个人 邮箱<<email.c@c>>\n"
        "4. <<per.d>> QQ<<qq.d>> 要发票",
        "周六羽毛球报名名单（[[public_place|奥体中心]] 2号馆）：\n1. <<per.a>>（<<tel.a:cn_plain|cn_dash|cn_space|cn_intl>>）\n2. <<per.b>>\n3. <<per.b2>>（<<per.b>>的朋友）\n"
        "4. <<per.c:pinyin>>（要发票，发到<<email.c>>）\n5. <<per.d>>（要发票，QQ <<qq.d>>）\n共5人，合计[[money|225元]]。",
    ),
    T(
        "h6-en-league_registration-01",
        "en",
        "league_registration",
        "Check this adult [[common_word|Summer]] rec-league signup export for missing waivers and under-18s, then list who to chase.",
        "player,dob,email,phone,emergency_contact,waiver_signed\n"
        "<<per.a>>,<<dob.a:us_pad>>,<<email.a@a>>,<<tel.a:us_dash>>,<<per.ea>> <<tel.ea:us_paren>>,yes\n"
        "<<per.b:upper>>,<<dob.b:us_pad>>,<<email.b@b>>,<<tel.b:us_dash>>,<<per.eb>> <<tel.eb:us_paren>>,no\n"
        '"<<per.c:last_first>>",<<dob.c:us_pad>>,<<email.c@c>>,,,no',
        "To chase:\n- <<per.b>> (<<email.b>>): waiver not signed.\n- <<per.c>> (<<email.c>>): waiver not signed, and "
        "no phone or emergency contact.\nCheck the birth dates against the league's cut-off: <<per.a>> <<dob.a:iso>>, "
        "<<per.b>> <<dob.b:iso>>, <<per.c>> <<dob.c:iso>>.",
    ),
    T(
        "h6-en-league_registration-02",
        "en",
        "league_registration",
        "Summarise this Sunday-league registration for the club secretary; keep the medical note.",
        "Player registration - [[organisation|the FA]] affiliated league\nName: <<per.p>>\nDOB: <<dob.p:eu|long_eu>>\n"
        "Address: <<addr_uk.p:line|flat>>\nMobile: <<tel.p:uk_mobile>>\nNext of kin: <<per.k>> (<<tel.k:uk_intl|uk_mobile>>)\n"
        "Medical: asthma, inhaler in kit bag. Hospital no. <<mrn.p:mrn|digits>> (Leeds General)\nShirt: 14",
        "<<per.p>>, born <<dob.p:long_eu>>, lives at <<addr_uk.p:line|flat>>, mobile <<tel.p>>. Next of kin <<per.k>>, "
        "<<tel.k>>. Medical: asthmatic, inhaler in kit bag; hospital number <<mrn.p>>. Shirt 14.",
    ),
    # ------------------------------------------------------------------ pms_night_audit
    T(
        "h6-zh-pms_night_audit-01",
        "zh",
        "pms_night_audit",
        "这是酒店PMS导出的在住客人报表，帮我找出没上传公安系统的客人，并写交班备注。",
        "房号  姓名        证件类型  证件号                手机          车牌        上传\n"
        "0806  <<per.a>>      身份证    <<cnid.a>>    <<tel.a:cn_plain>>   <<plate.a>>   已上传\n"
        "1012  <<per.b>>      身份证    <<cnid.b:fw|plain>>    <<tel.b:cn_plain>>   -           未上传\n"
        "1115  <<per_tr.c>>  护照      <<pass.c:us|uk>>             <<tel.c:us_intl>>   -           未上传\n"
        "押金预授权卡：1012房 <<card.b:visa|unionpay>>",
        "交班备注：\n1012房<<per.b>>（身份证<<cnid.b>>）和1115房外宾<<per_tr.c>>（护照<<pass.c>>）的住宿信息未上传，"
        "请早班于8点前补传；外宾需补填境外人员临时住宿登记。1012房押金预授权卡号<<card.b>>，退房时记得撤销预授权。",
        system="你是酒店前台夜审助手。",
    ),
    T(
        "h6-zh-pms_night_audit-02",
        "zh",
        "pms_night_audit",
        "旅业系统上传失败的报错日志，帮我看看是什么原因。",
        '[[timestamp]] ERROR upload guest failed: {"xm":"<<per.g>>","zjhm":"<<cnid.g:old15|plain>>","csrq":"<<dob.g:compact>>",'
        '"xzz":"<<addr.g:comm>>","fh":"0321","lxdh":"<<tel.g:cn_plain>>"} reason=ZJHM_CHECK_FAIL\n'
        '[[timestamp]] ERROR upload foreign guest failed: {"ywxm":"<<per_en.f:upper>>","hzhm":"<<pass.f:us|uk>>","gj":"USA"} reason=QZ_MISSING\n'
        "[[timestamp]] INFO retry from terminal <<ip.t:private>> mac <<mac.t:dash>>",
        "失败原因是证件号码校验不通过（ZJHM_CHECK_FAIL）：客人<<per.g>>的证件号<<cnid.g>>可能是15位旧身份证号或录入有误。"
        "请核对客人证件原件，15位号码需按规则升位为18位后再上传；出生日期<<dob.g:cn>>要与证件一致。终端<<ip.t>>的重试不会成功，先改数据。外宾<<per_en.f>>（护照<<pass.f>>）失败是因为缺签证信息（QZ_MISSING），补录签证页后重传。",
    ),
    T(
        "h6-en-pms_night_audit-01",
        "en",
        "pms_night_audit",
        "From this Opera in-house list, list guests whose folio has no card on file and those with passports still to be scanned.",
        "ROOM,GUEST NAME,NATIONALITY,DOC NO,CARD ON FILE,EMAIL,VIP\n"
        "412,<<per.a:upper>>,US,<<pass.a:us|us_new>>,<<card.a:amex|visa>>,<<email.a@a>>,\n"
        "415,<<per.b:upper>>,GB,NOT SCANNED,,<<email.b@b>>,\n"
        "602,<<per_cn.c:pinyin_fl>>,CN,<<pass.c:cn_e|cn_g>>,,<<email.c@c>>,VIP\n"
        "Night auditor: <<per.na:initial>>",
        "No card on file: room 415 (<<per.b>>, <<email.b>>) and room 602 (<<per_cn.c:pinyin_fl>>, VIP).\n"
        "Passport still to scan: room 415, <<per.b>>.\nRoom 412, <<per.a>>, has passport <<pass.a>> and a card on file.",
    ),
    T(
        "h6-en-pms_night_audit-02",
        "en",
        "pms_night_audit",
        "Clean up this night-audit handover note so the morning manager can act on it.",
        "night 3 notes - guest in 1207 <<per.a>> disputed the minibar ([[money|$38.50]]) said call him <<tel.a:us_paren>> "
        "b4 9. 1009 <<per.b>> left car w valet plate <<plate.b>> keys at desk, DL copy <<dl.b>> taken bc no credit card. "
        "Wifi guy says 1009 laptop <<mac.b:colon_lower|colon>> flooding the network, blocked it. "
        "Noise complaint 8th fl ([[service_number|311]] not needed).",
        "Handover for the morning manager:\n1. Room 1207, <<per.a>>: disputes the minibar charge of [[money|$38.50]]; "
        "call <<tel.a>> before 9 am.\n2. Room 1009, <<per.b>>: car with valet (plate <<plate.b>>); a copy of driver "
        "license <<dl.b>> was taken instead of a card, so settle payment at check-out. The laptop with MAC "
        "<<mac.b>> was blocked from Wi-Fi for flooding the network; unblock once the guest fixes it.\n3. Noise on "
        "floor 8 was handled.",
    ),
    # ------------------------------------------------------------------ direct_message
    T(
        "h6-zh-direct_message-01",
        "zh",
        "direct_message",
        "小红书上有人私信我说可以帮我办贷款，这是聊天记录，你帮我看看是不是骗子，我需要注意什么。",
        "",
        "很像骗局：正规贷款不会在私信里要你的身份证号、银行卡号和验证码，更不会先收“解冻费”。你已经发出去的信息包括身份证<<cnid.me>>、"
        "银行卡<<card.me>>和手机<<tel.me:cn_plain|cn_dash|cn_space|cn_intl>>，建议：\n1. 立即拨打发卡行客服冻结或换卡；\n2. 不要再转账，也不要给任何验证码；\n"
        "3. 保留和“<<per.s>>”（微信<<wx.s>>）的聊天记录，拨打[[service_number|110]]或到反诈中心报案。",
        history=[
            ("对方一开始说他是[[organisation|招商银行]]的<<per.s>>，可以低息贷款", "对方有没有要你的个人信息？"),
            (
                "要了，我发了身份证<<cnid.me:plain|spaced>>，卡号<<card.me:spaced|plain>>，手机<<tel.me:cn_plain>>，他让我加他微信<<wx.s>>",
                "他接下来让你做什么了？",
            ),
            ("说我的流水不够，要先转[[money|2000元]]解冻费", "先不要转，我帮你分析一下。"),
        ],
    ),
    T(
        "h6-zh-direct_message-02",
        "zh",
        "direct_message",
        "帮我回复这个粉丝私信：他想加我的联系方式做合作，我想给他工作邮箱，但不想给私人微信。",
        "（私信）博主你好！我是<<per.f>>，在做[[product|比亚迪汉]]车友会，想找你合作拍个视频，方便的话加我微信<<wx.f@f>>，或者QQ<<qq.f>>，"
        "我的B站是<<url.f:bilibili@f>>，你可以先看看我们之前的视频。",
        "<<per.f>>你好，谢谢邀请！合作的事请发邮件到我的工作邮箱<<email.me>>，附上视频方案和档期，我看完会尽快回复。"
        "私人微信不太方便加，见谅～你的B站我先去看看。",
        system="你是博主<<per.me>>的运营助理，帮她回复私信。",
    ),
    T(
        "h6-en-direct_message-01",
        "en",
        "direct_message",
        "Someone DM'd me on Instagram selling tickets. Is this legit? What should I do now?",
        "",
        "This has the hallmarks of a ticket scam: a brand-new account, a price far below resale for [[public_figure|Taylor Swift]], "
        "payment by Zelle only and pressure to pay fast. Since you already sent your e-mail (<<email.me>>) and phone "
        "(<<tel.me>>), expect phishing. Do not send money to <<tel.s>>; report the account <<url.s>> in the app, and buy "
        "only through the official resale platform.",
        history=[
            (
                "they messaged me from <<url.s:instagram>>: 'hey! selling 2 [[public_figure|Taylor Swift]] floor seats, "
                "[[money|$300.00]] each, zelle to <<tel.s:us_dash>>, name on zelle is <<per.s>>'",
                "Did you give them any personal details?",
            ),
            (
                "yeah I'm <<per.me>>, gave them my email <<email.me@me>> and my cell <<tel.me:us_paren>> so they can send the transfer",
                "OK, don't pay anything yet.",
            ),
        ],
    ),
    T(
        "h6-en-direct_message-02",
        "en",
        "direct_message",
        "Write a polite decline to this LinkedIn message from <<per.r>>, keeping the door open.",
        "<<per.r>> (Talent Partner at [[organisation|Stripe]]) · <<url.r:linkedin@r>>\n"
        "Hi <<per.me:given>>! Loved your talk on [[code_identifier|Kotlin]] coroutines. We have a Staff role in Dublin. "
        "Could you send your CV to <<email.r@r>> or call me on <<tel.r:uk_intl>>? I saw your GitHub <<url.me:github@me>> too!",
        "Hi <<per.r:given>>,\n\nThank you for reaching out and for the kind words about the talk. I'm not looking to "
        "move right now, but I'd be glad to stay in touch, and I'll get back to you at <<email.r>> if that changes.\n\n"
        "Best,\n<<per.me>>",
    ),
    # ------------------------------------------------------------------ business_card_ocr
    T(
        "h6-zh-business_card_ocr-01",
        "zh",
        "business_card_ocr",
        "名片识别出来的文字有点乱，帮我整理成通讯录字段（姓名/职位/公司/手机/座机/邮箱/地址/微信）。",
        "[[organisation|华为]]技术有限公司\n<<per.c:spaced>>\n企业业务部 | 高级客户经理\nM <<tel.c:cn_space>>\nT <<tel.o:cn_land>>\n"
        "E <<email.c@c>>\n<<addr.c:tower>>\n扫码加微信 <<wx.c@c>>",
        "姓名：<<per.c>>\n职位：企业业务部 高级客户经理\n公司：[[organisation|华为]]技术有限公司\n手机：<<tel.c:cn_plain>>\n"
        "座机：<<tel.o:cn_plain|cn_dash|cn_space|cn_intl>>\n邮箱：<<email.c>>\n地址：<<addr.c:tower>>\n微信：<<wx.c>>",
    ),
    T(
        "h6-zh-business_card_ocr-02",
        "zh",
        "business_card_ocr",
        "这是扫描王App识别名片返回的JSON，帮我转换成一条vCard。",
        '{"log_id":[[number|1728391046552190117]],"words_result":{"NAME":["<<per.c>>"],"TITLE":["律师 合伙人"],'
        '"COMPANY":["[[organisation|金杜律师事务所]]"],"MOBILE":["<<tel.c:cn_intl|cn_dash>>"],"EMAIL":["<<email.c@c>>"],'
        '"ADDR":["<<addr.c:tower>>"],"URL":["<<url.c:linkedin@c>>"]}}',
        "BEGIN:VCARD\nVERSION:3.0\nFN:<<per.c>>\nORG:[[organisation|金杜律师事务所]]\nTITLE:律师 合伙人\nTEL;TYPE=CELL:<<tel.c:cn_plain>>\n"
        "EMAIL:<<email.c>>\nADR;TYPE=WORK:;;<<addr.c:tower>>;;;;\nURL:<<url.c>>\nEND:VCARD",
    ),
    T(
        "h6-en-business_card_ocr-01",
        "en",
        "business_card_ocr",
        "OCR from a business card I scanned at a conference; turn it into a CRM contact (JSON with name, title, company, phones, email, address, website).",
        "<<per.c:upper>>\nDirector of Partnerships\n[[organisation|Northwind Traders]]\nMob <<tel.c:us_dot|uk_mobile>>\n"
        "Tel <<tel.o:us_paren>> x204\n<<email.c@c>>\n<<addr.c:multiline|full_unit>>\n<<url.c:linkedin@c>>",
        '{"name": "<<per.c>>", "title": "Director of Partnerships", "company": "[[organisation|Northwind Traders]]", '
        '"phones": {"mobile": "<<tel.c>>", "office": "<<tel.o>> ext. 204"}, "email": "<<email.c>>", '
        '"address": "<<addr.c:line|full_unit>>", "website": "<<url.c>>"}',
    ),
    T(
        "h6-en-business_card_ocr-02",
        "en",
        "business_card_ocr",
        "The back of this card is in Chinese. Translate it and add the contact to my notes, with pinyin.",
        "<<per_cn.c>>\n采购总监\n[[organisation|比亚迪]]股份有限公司\n手机 <<tel.c:cn_plain>>\n微信 <<wx.c@c>>\nQQ <<qq.c>>\n<<addr_cn.c:road_bld>>",
        "<<per_cn.c>> (<<per_cn.c:pinyin>>) - Procurement Director, [[organisation|BYD]] Co., Ltd.\n"
        "Mobile: <<tel.c:cn_intl>>\nWeChat: <<wx.c>> · QQ: <<qq.c>>\nAddress (Chinese, keep for couriers): <<addr_cn.c:road_bld>>",
    ),
    # ------------------------------------------------------------------ accident_exchange
    T(
        "h6-zh-accident_exchange-01",
        "zh",
        "accident_exchange",
        "刚才追尾了，双方填了《道路交通事故快速处理协议书》，我拍照识别出来了，帮我整理成报保险要用的文字。",
        "事故时间：[[timestamp|2024年10月12日 17:40]]  地点：<<addr.spot:road>>门口\n"
        "甲方：<<per.a>>  驾驶证号：<<dl.a>>  车牌：<<plate.a>>  电话：<<tel.a:cn_plain>>  保险公司：[[organisation|中国人保]]\n"
        "乙方：<<per.b>>  驾驶证号：<<dl.b:cn>>  车牌：<<plate.b>>  电话：<<tel.b:cn_dash>>  保险公司：[[organisation|平安保险]]\n"
        "事故情形：乙方追尾甲方，乙方全责。",
        "报案说明：[[timestamp|2024年10月12日 17:40]]，在<<addr.spot:road>>门口，乙方<<per.b>>驾驶的<<plate.b>>追尾甲方<<per.a>>驾驶的<<plate.a>>，"
        "双方已签快速处理协议书，乙方负全部责任。\n甲方：<<per.a>>，驾驶证<<dl.a>>，电话<<tel.a:cn_plain|cn_dash|cn_space|cn_intl>>，投保[[organisation|中国人保]]。\n"
        "乙方：<<per.b>>，驾驶证<<dl.b>>，电话<<tel.b:cn_plain|cn_dash|cn_space|cn_intl>>，投保[[organisation|平安保险]]。请乙方保险公司定损理赔。",
    ),
    T(
        "h6-zh-accident_exchange-02",
        "zh",
        "accident_exchange",
        "帮我回一下对方车主<<per.o>>的微信，语气客气但要坚持走保险。",
        "",
        "<<per.o>>您好，今天的事还是按流程走保险比较稳妥，您这边报一下[[organisation|太平洋保险]]，把定损结果发我就行。"
        "我的车牌<<plate.me>>，电话<<tel.me:cn_plain|cn_dash|cn_space|cn_intl>>，您的驾驶证号<<dl.o>>我先记下了，有事随时联系。私了金额我们说不准，走保险对双方都有保障。",
        history=[
            (
                "（对方车主<<per.o>>发来）兄弟，刚才在停车场剐了你的车，不好意思，我车牌<<plate.o>>，电话<<tel.o:cn_plain>>，"
                "驾驶证号<<dl.o:cn>>你记一下，我们私了吧，[[money|500元]]行不行",
                "对方想私了，你想怎么处理？",
            ),
            (
                "我叫<<per.me>>，车牌<<plate.me>>，电话<<tel.me:cn_numerals>>，我想走保险，不知道后面保险杠里面有没有坏",
                "那就客气地坚持报保险。",
            ),
        ],
    ),
    T(
        "h6-en-accident_exchange-01",
        "en",
        "accident_exchange",
        "Turn my scribbled exchange-of-information notes into a clean summary for my insurer's claim form.",
        "other driver <<per.o>> / DL <<dl.o:ca|ny|fl>> / plate <<plate.o:ca|tx>> / [[product|Toyota Corolla]] grey / "
        "ins [[organisation|GEICO]] policy [[order_number|4412-09-118]] / ph <<tel.o:us_dash>> / lives <<addr.o:full>>\n"
        "me <<per.me>>, my plate <<plate.me:ca|ny>>, witness <<per.w>> <<tel.w:us_paren>>\n"
        "happened at the light on [[public_place|Times Square]] side street, he rear-ended me",
        "Other driver: <<per.o>>, driver license <<dl.o>>, address <<addr.o:full>>, phone <<tel.o>>.\n"
        "Other vehicle: grey [[product|Toyota Corolla]], plate <<plate.o>>, insured by [[organisation|GEICO]], policy "
        "[[order_number|4412-09-118]].\nMy vehicle: plate <<plate.me>>.\nWitness: <<per.w>>, <<tel.w>>.\n"
        "Description: I was stopped at a red light when the other vehicle struck the rear of my car.",
    ),
    T(
        "h6-en-accident_exchange-02",
        "en",
        "accident_exchange",
        "Reply to the other driver's email (<<per.o>>, <<email.o@o>>): agree to go through insurers and give only what they need.",
        "From: <<per.o>> <<email.o@o>>\nHi, sorry again about the car park this morning. My reg is <<plate.o:uk>>, "
        "I'm with [[organisation|Admiral]]. Could you send your full name, address, licence number and your insurer? "
        "My licence is <<dl.o:uk>> if yours need it. Mobile <<tel.o:uk_mobile>>.",
        "Hi <<per.o:given>>,\n\nNo problem, thanks for being upfront. I'm happy to settle this through our insurers. "
        "My details: <<per.me>>, <<addr_uk.me:line>>, registration <<plate.me:uk>>, insured with [[organisation|Aviva]]. "
        "My insurer will contact [[organisation|Admiral]] with your registration <<plate.o>>. I don't think they'll "
        "need my licence number, but they have it on file.\n\nBest,\n<<per.me:given>>",
    ),
    # ------------------------------------------------------------------ ward_handover
    T(
        "h6-zh-ward_handover-01",
        "zh",
        "ward_handover",
        "把这段护理交班记录改成规范的SBAR格式，12床患者是<<per.p>>。",
        "12床 <<per.p>> 住院号<<mrn.p:zy|mz>> 胆囊切除术后第一天，既往[[common_word|左心室]]肥厚，今晨体温38.2，已报告值班医生<<per.dr>>，"
        "予物理降温。引流管通畅，引流液淡红色约[[number|30ml]]。家属<<per.fam>>陪护，电话<<tel.fam:cn_plain>>，明天上午办出院带药。",
        "S（现状）：12床<<per.p>>，住院号<<mrn.p>>，胆囊切除术后第1天，今晨体温38.2℃。\n"
        "B（背景）：胆囊切除术后，留置引流管。\nA（评估）：引流通畅，引流液淡红色约[[number|30ml]]；已物理降温，已报告值班医生<<per.dr>>。\n"
        "R（建议）：继续监测体温；明日上午办理出院带药，联系家属<<per.fam>>（<<tel.fam:cn_plain|cn_dash|cn_space|cn_intl>>）。",
        system="你是三甲医院普外科的护理文书助手。",
    ),
    T(
        "h6-zh-ward_handover-02",
        "zh",
        "ward_handover",
        "根据护士群里的交接消息，列一个明早需要重点关注的病人清单。",
        "[[timestamp]] <<per.n1>>：3床<<per.p1>>（<<mrn.p1>>）血糖偏低，夜班每两小时测一次\n"
        "[[timestamp]] <<per.n1>>：9床<<per.p2>>（<<mrn.p2:zy|digits>>），<<dob.p2:cn>>出生，阿尔茨海默，夜里会拔针，家属<<per.f2>> <<tel.f2:cn_dash>>同意约束\n"
        "[[timestamp]] <<per.n2>>：收到。15床新入<<per.p3>>，住院号<<mrn.p3:zy>>，身份证<<cnid.p3>>，医保卡还没拿来",
        "明早重点关注：\n1. 3床<<per.p1>>（住院号<<mrn.p1>>）：夜间低血糖风险，查看夜班血糖记录。\n"
        "2. 9床<<per.p2>>（住院号<<mrn.p2>>）：认知障碍，有拔针风险，已获家属<<per.f2>>（<<tel.f2:cn_plain|cn_dash|cn_space|cn_intl>>）同意约束，注意约束部位皮肤。\n"
        "3. 15床<<per.p3>>（住院号<<mrn.p3>>）：新入院，医保卡未提供，联系住院处核对身份证<<cnid.p3>>。",
    ),
    T(
        "h6-en-ward_handover-01",
        "en",
        "ward_handover",
        "Reformat this verbal handover transcript into an I-PASS note.",
        "ok bed 4 is <<per.p>>, MRN <<mrn.p:mrn|alpha>>, date of birth <<dob.p:us>>, day two post hip replacement under "
        "Dr. <<per.dr:family>>, on [[product|enoxaparin]], pain's controlled, partner <<per.w>> is the contact, "
        "<<tel.w:us_paren>>, wants a call if anything changes. watch the sodium, it was 131 this morning.",
        "I (illness severity): stable.\nP (patient summary): <<per.p>>, MRN <<mrn.p>>, DOB <<dob.p:us_pad>>, day 2 after hip "
        "replacement (Dr. <<per.dr:family>>), on [[product|enoxaparin]], pain controlled.\nA (action list): recheck sodium "
        "(131 this morning).\nS (situation awareness): call their partner <<per.w>> at <<tel.w>> with any change.\n"
        "S (synthesis): receiving nurse to read back.",
    ),
    T(
        "h6-en-ward_handover-02",
        "en",
        "ward_handover",
        "Sort this handoff list by acuity (highest first) and keep every identifier exactly as written.",
        "| Bed | Patient | MRN | DOB | Issue | Contact |\n|---|---|---|---|---|---|\n"
        "| 2 | <<per.a:last_first>> | <<mrn.a:dash|digits>> | <<dob.a:us_pad>> | chest pain, troponin pending | <<per.ca>> <<tel.ca:us_dash>> |\n"
        "| 5 | <<per.b:last_first>> | <<mrn.b:dash|digits>> | <<dob.b:us_pad>> | cellulitis, on IV abx | self |\n"
        "| 7 | <<per.c:last_first>> | <<mrn.c:mrn>> | <<dob.c:us_pad>> | falls risk, confused overnight | <<per.cc>> <<tel.cc:us_dash>> |",
        "1. Bed 2 - <<per.a:last_first>> - MRN <<mrn.a>> - DOB <<dob.a:us_pad>> - chest pain, troponin pending - contact <<per.ca>> <<tel.ca>>\n"
        "2. Bed 7 - <<per.c:last_first>> - MRN <<mrn.c>> - DOB <<dob.c:us_pad>> - falls risk, confused overnight - contact <<per.cc>> <<tel.cc>>\n"
        "3. Bed 5 - <<per.b:last_first>> - MRN <<mrn.b>> - DOB <<dob.b:us_pad>> - cellulitis on IV antibiotics",
    ),
    # ------------------------------------------------------------------ moving_quote
    T(
        "h6-zh-moving_quote-01",
        "zh",
        "moving_quote",
        "帮我给搬家公司写一段预约需求，包含起止地址、楼层、电梯和大件家具。",
        "下周六上午搬家，想避开早[[common_word|高峰]]，从<<addr.from:road_bld>>（6楼没电梯）搬到<<addr.to:comm>>（有电梯），"
        "大件有一台[[product|小米14]]手机不算，主要是双开门冰箱、1.8米床、钢琴。联系人<<per.me>>，<<tel.me:cn_plain>>，备用联系人<<per.bk>> <<tel.bk:cn_space>>",
        "您好，预约下周六上午搬家：\n起点：<<addr.from:road_bld>>，6楼，无电梯；\n终点：<<addr.to:comm>>，有电梯；\n"
        "大件：双开门冰箱一台、1.8米床一张、钢琴一台（需专业搬运）。\n联系人：<<per.me>>，<<tel.me:cn_dash>>；备用联系人：<<per.bk>>，<<tel.bk:cn_plain|cn_dash|cn_space|cn_intl>>。请报价，谢谢。",
    ),
    T(
        "h6-zh-moving_quote-02",
        "zh",
        "moving_quote",
        "司机发的消息我看不太明白，帮我总结一下他说的费用和到达时间。",
        "【订单信息】司机<<per.drv>>，驾驶证<<dl.drv>>，车牌<<plate.drv>>\n（司机消息）<<per.drv:family>>师傅：老板你好，我车牌<<plate.drv>>，大概下午3点40到<<addr.from:short>>楼下，"
        "起步价[[money|¥128.00]]，超公里每公里3块，搬运费另算一层10块，你6楼就是60，到时候打我电话<<tel.drv:cn_numerals|cn_plain>>",
        "总结：司机<<per.drv>>（车牌<<plate.drv>>，驾驶证<<dl.drv>>）预计下午3点40到<<addr.from:short>>楼下；费用=起步价[[money|¥128.00]]+超出里程每公里3元+搬运费（每层10元，6楼共60元）。"
        "到了会打电话，他的号码是<<tel.drv:cn_dash>>。",
    ),
    T(
        "h6-en-moving_quote-01",
        "en",
        "moving_quote",
        "Write a quote request to three moving companies from my notes.",
        "moving from <<addr.from:full_unit|full>> (3rd floor walk-up) to <<addr.to:full>> on the 14th, 2BR, "
        "piano + [[product|Peloton Bike]], need packing for kitchen only. deposit ok on my card <<card.me:visa|mc|amex>>. reach me at <<tel.me:us_dot>> or <<email.me@me>>, name <<per.me>>",
        "Subject: Moving quote request - 2BR, local, the 14th\n\nHello,\n\nI'd like a quote for a local move on the 14th:\n"
        "- From: <<addr.from:full_unit|full>> (3rd floor, no elevator)\n- To: <<addr.to:full>>\n- Size: two-bedroom, including an upright piano "
        "and a [[product|Peloton Bike]]\n- Packing: kitchen only\n- Deposit: by card, <<card.me>>\n\nYou can reach me at <<tel.me>> or <<email.me>>.\n\nThanks,\n<<per.me>>",
    ),
    T(
        "h6-en-moving_quote-02",
        "en",
        "moving_quote",
        "Check this removals booking confirmation for mistakes against what I told them.",
        "BOOKING CONFIRMATION [[order_number]]\nCustomer: <<per.c:upper>>\nCollection: <<addr_uk.a:multiline>>\n"
        "Delivery: <<addr_uk.b:line>>\nContact: <<tel.c:uk_mobile>>\nDeposit paid from: <<iban.c>>\nCrew: 3 + Luton van",
        "Compared with what you told me (collection at <<addr_uk.a:line>>, delivery to <<addr_uk.b:line>>, contact number "
        "<<tel.c:uk_intl>>), the booking for <<per.c>> matches. Double-check the deposit account <<iban.c>> is the one you "
        "used, since a refund would go back there.",
        history=[
            (
                "I'm <<per.c>>. I told them: pick-up <<addr_uk.a:line>>, drop at <<addr_uk.b:line>>, call me on <<tel.c:uk_intl>>",
                "Got it. Paste the confirmation and I'll compare.",
            )
        ],
    ),
    # ------------------------------------------------------------------ housekeeping_contract
    T(
        "h6-zh-housekeeping_contract-01",
        "zh",
        "housekeeping_contract",
        "帮我把家政服务合同里甲乙双方的信息部分写完整。",
        "雇主（甲方）：<<per.a>>，身份证<<cnid.a>>，电话<<tel.a:cn_plain>>，服务地址<<addr.a:comm>>\n"
        "家政员（乙方）：<<per.b>>，身份证<<cnid.b:spaced|plain>>，<<dob.b:cn_pad>>生，籍贯四川，电话<<tel.b:cn_plain>>\n"
        "健康证号<<mrn.b:mz|digits>>，月薪[[money|7500元]]，每月15号打到乙方卡<<card.b:unionpay>>\n"
        "中介：[[organisation|58到家]]",
        "甲方（雇主）：<<per.a>>\n身份证号：<<cnid.a>>\n联系电话：<<tel.a:cn_dash>>\n服务地址：<<addr.a:comm>>\n\n"
        "乙方（家政服务员）：<<per.b>>\n身份证号：<<cnid.b>>\n出生日期：<<dob.b:cn>>\n联系电话：<<tel.b:cn_dash>>\n健康证编号：<<mrn.b>>\n\n"
        "劳务报酬：每月[[money|7500元]]，甲方于每月15日前转入乙方银行卡<<card.b>>。\n居间方：[[organisation|58到家]]",
    ),
    T(
        "h6-zh-housekeeping_contract-02",
        "zh",
        "housekeeping_contract",
        "家政公司发来一位育儿嫂的简历，帮我提炼成三行要点。",
        "姓名：<<per.n>>  出生：<<dob.n:cn_numerals|cn>>  民族：汉\n手机：<<tel.n:cn_plain>>  微信：<<wx.n>>\n"
        "证书：高级育婴师、[[organisation|红十字会]]急救证，C1驾照<<dl.n>>\n经验：带过三个新生儿，做过双胞胎\n"
        "上一家雇主：<<per.prev>>（可电话回访<<tel.prev:cn_dash>>）\n现住：<<addr.n:village>>",
        "1. <<per.n>>，<<dob.n:cn>>出生，高级育婴师，有[[organisation|红十字会]]急救证，会开车（驾照<<dl.n>>）。\n"
        "2. 带过三个新生儿，包括一对双胞胎；可向上一家雇主<<per.prev>>（<<tel.prev:cn_plain|cn_dash|cn_space|cn_intl>>）回访。\n"
        "3. 联系方式：<<tel.n:cn_plain|cn_dash|cn_space|cn_intl>>，微信<<wx.n>>。",
    ),
    T(
        "h6-en-housekeeping_contract-01",
        "en",
        "housekeeping_contract",
        "Fill the parties and payroll section of our nanny agreement. We'll run payroll through a service.",
        "Family: <<per.a>> and <<per.a2>>, <<addr_us.a:full>>, <<tel.a:us_paren>>\n"
        "Nanny: <<per.n>>, DOB <<dob.n:us>>, SSN <<ssn.n>>, DL <<dl.n>>, address <<addr_us.n:line_unit>>, cell <<tel.n:us_dash>>\n"
        "Pay: [[money|$24.00]]/hr, 40 hrs, direct deposit; W-2 via [[organisation|HomePay]]",
        '1. Parties. This agreement is between <<per.a>> and <<per.a2>> ("Family"), of <<addr_us.a:full>>, '
        '<<tel.a>>, and <<per.n>> ("Nanny"), of <<addr_us.n:line_unit>>, <<tel.n>>.\n'
        "2. Compensation. [[money|$24.00]] per hour, 40 hours a week, paid by direct deposit. The Family is the "
        "household employer and will issue a W-2 through [[organisation|HomePay]] using the Nanny's SSN (<<ssn.n>>) "
        "and date of birth (<<dob.n:long>>).",
    ),
    T(
        "h6-en-housekeeping_contract-02",
        "en",
        "housekeeping_contract",
        "Summarise this au pair profile for my husband in five bullet points.",
        "AU PAIR PROFILE\nName: <<per.ap>>\nCountry: Germany\nDate of birth: <<dob.ap:long_eu|eu>>\nPassport: <<pass.ap:us_new|uk>>\n"
        "Languages: German, English (C1)\nDriving: yes, licence <<dl.ap:uk>>\nEmail: <<email.ap@ap>>\nInstagram: <<url.ap:instagram@ap>>\n"
        "Reference: <<per.ref>>, <<tel.ref:uk_intl>>\nAgency: [[organisation|Cultural Care]]",
        "- <<per.ap>>, from Germany, born <<dob.ap:long_eu>>.\n- German and fluent English (C1).\n"
        "- Drives (licence <<dl.ap>>).\n- Reference from <<per.ref>> (<<tel.ref>>).\n- Contact: <<email.ap>>; Instagram <<url.ap>>.",
    ),
    # ------------------------------------------------------------------ auction_bidder
    T(
        "h6-zh-auction_bidder-01",
        "zh",
        "auction_bidder",
        "拍卖行的竞买人登记表，帮我检查一下保证金账户和身份证信息是否都填了，缺的列出来。",
        "竞买号牌：[[number|0168]]\n竞买人：<<per.b>>\n证件号：<<cnid.b>>\n联系电话：<<tel.b:cn_plain>>\n"
        "通讯地址：<<addr.b:post>>\n保证金：[[money|50000元]]\n退款账户：<<card.b:unionpay>>\n开户行：[[organisation|中国银行]]\n"
        "委托代理人：<<per.agent>>，证件号：（未填）\n海外竞买人保证金来源账户：<<iban.ov>>（由代理人代为登记）\n拍品：[[public_figure|张大千]]款山水立轴一件",
        "检查结果：\n- 竞买人<<per.b>>：身份证<<cnid.b>>、电话<<tel.b:cn_plain|cn_dash|cn_space|cn_intl>>、地址、保证金退款账户<<card.b>>都已填写。\n"
        "- 委托代理人<<per.agent>>：证件号未填，需要补充代理人身份证和授权委托书；保证金来自境外账户<<iban.ov>>，需核实付款人与竞买人是否一致。",
    ),
    T(
        "h6-zh-auction_bidder-02",
        "zh",
        "auction_bidder",
        "我在司法拍卖上拍到了一套房，法院让写一份《竞买成交确认》的情况说明，帮我按下面的信息写。",
        "买受人：<<per.b>>，身份证<<cnid.b:x|plain>>，手机<<tel.b:cn_dash>>\n共同竞买人：配偶<<per.sp>>，身份证<<cnid.sp>>\n"
        "标的物：<<addr.house:yuan>>\n成交价：[[money|¥2,860,000.00]]\n平台：[[organisation|阿里拍卖]]，竞买代码[[order_number|JM8827361]]",
        "情况说明\n\n本人<<per.b>>（身份证号<<cnid.b>>）与配偶<<per.sp>>（身份证号<<cnid.sp>>）作为共同竞买人，"
        "通过[[organisation|阿里拍卖]]平台参与贵院拍卖，以[[money|¥2,860,000.00]]竞得位于<<addr.house:yuan>>的房产（竞买代码[[order_number|JM8827361]]）。"
        "我们将按公告要求在期限内缴清余款。\n\n联系电话：<<tel.b:cn_plain|cn_dash|cn_space|cn_intl>>",
    ),
    T(
        "h6-en-auction_bidder-01",
        "en",
        "auction_bidder",
        "Make a checklist from this bidder registration so the saleroom clerk can verify it at the desk.",
        "BIDDER REGISTRATION - Paddle [[number|214]]\nName: <<per.b>>\nPhoto ID: Driver License <<dl.b:ca|wa|ny>>\n"
        "Address: <<addr_us.b:full>>\nPhone: <<tel.b:us_dash>>  Email: <<email.b@b>>\nCard for deposit: <<card.b:amex|mc>>\n"
        "Absentee bids: Lot 41 ([[public_figure|Frida Kahlo]] exhibition poster) max [[money|$1,200.00]]",
        "Desk checklist for paddle [[number|214]]:\n[ ] Photo ID matches name <<per.b>>, driver license <<dl.b>>\n"
        "[ ] Address on ID matches <<addr_us.b:full>>\n[ ] Card <<card.b>> pre-authorised for the deposit\n"
        "[ ] Phone <<tel.b>> and e-mail <<email.b>> confirmed for the invoice\n[ ] Absentee bid on lot 41 recorded (max [[money|$1,200.00]])",
    ),
    T(
        "h6-en-auction_bidder-02",
        "en",
        "auction_bidder",
        "Is this 'second chance offer' message from an online auction legitimate? Explain the red flags.",
        "Hello <<per.me:user>>, the winning bidder for the [[product|Galaxy S24]] did not pay. As the next highest bidder "
        "you may buy it for [[money|$540.00]]. Please wire the money to our escrow agent <<per.esc>>, IBAN <<iban.esc>>, "
        "and send a copy of your passport (<<pass.me>> is what we have on file) to <<email.esc>>. Call <<tel.esc:uk_intl>> with questions.",
        "Red flags: genuine second-chance offers are made and paid inside the marketplace, never by bank wire to an "
        "individual (<<per.esc>>, <<iban.esc>>); no auction needs a passport copy, and the message already quotes "
        "yours (<<pass.me>>), so treat that number as exposed. Don't reply to <<email.esc>> or call <<tel.esc>>.",
    ),
    # ------------------------------------------------------------------ mail_forwarding
    T(
        "h6-zh-mail_forwarding-01",
        "zh",
        "mail_forwarding",
        "帮我（<<per.a>>，<<tel.a:cn_space>>）填一份邮政“改寄/转寄”申请的文字内容。",
        "申请人：<<per.a>>，身份证<<cnid.a>>，电话<<tel.a:cn_plain>>\n原地址：<<addr.old:road_bld>>\n"
        "新地址：<<addr.new:comm>>\n转寄期限：六个月，包括挂号信和[[organisation|中国邮政]]EMS",
        "邮件转寄申请\n申请人：<<per.a>>\n证件号码：<<cnid.a>>\n联系电话：<<tel.a:cn_dash>>\n原收件地址：<<addr.old:road_bld>>\n"
        "新收件地址：<<addr.new:comm>>\n转寄期限：自受理之日起六个月\n转寄范围：平信、挂号信及EMS邮件",
    ),
    T(
        "h6-zh-mail_forwarding-02",
        "zh",
        "mail_forwarding",
        "驿站老板发来代收登记表，帮我找出已经超过七天没取的件，写一条提醒短信模板。",
        "单号,收件人,手机,入库时间,状态\n[[tracking_number]],<<per.a>>,<<tel.a:cn_plain>>,[[timestamp]],未取\n"
        "[[tracking_number]],<<per.b>>,<<tel.b:cn_plain>>,[[timestamp]],已取\n[[tracking_number]],<<per.c>>,<<tel.c:cn_plain>>,[[timestamp]],未取",
        "需按入库时间逐条判断是否超过七天；目前状态为“未取”的有<<per.a>>（<<tel.a:cn_plain|cn_dash|cn_space|cn_intl>>）和<<per.c>>（<<tel.c:cn_plain|cn_dash|cn_space|cn_intl>>）。\n"
        "提醒短信模板：【菜鸟驿站】{姓名}您好，您的快递已在驿站存放超过7天，请尽快凭取件码领取，逾期将退回。",
    ),
    T(
        "h6-en-mail_forwarding-01",
        "en",
        "mail_forwarding",
        "This change-of-address confirmation looks off. Compare it with what I requested and tell me what's wrong.",
        "USPS Change of Address - Confirmation [[order_number]]\nName: <<per.a:upper>>\nOld address: <<addr_us.old:full>>\n"
        "New address: <<addr_us.new:full_unit>>\nStart date: 11/01\nEmail: <<email.a@a>>\nIdentity verified with card ending in 4412",
        "Compared with your request, the name (<<per.a>>) and the old address (<<addr_us.old:full>>) match. Check the unit "
        "number in the new address, <<addr_us.new:full_unit>>; you asked for the apartment you told me about. Confirmation goes to <<email.a>>.",
        history=[
            (
                "I requested forwarding from <<addr_us.old:full>> to <<addr_us.new:full_unit>> starting Nov 1, I'm <<per.a>>, phone <<tel.a>>",
                "OK, paste the confirmation email.",
            )
        ],
    ),
    T(
        "h6-en-mail_forwarding-02",
        "en",
        "mail_forwarding",
        "Write the message to Royal Mail's redirection team explaining why my parent <<per.m>>'s redirection should be extended.",
        "My parent <<per.m>>, DOB <<dob.m:long_eu|eu>>, moved into a care home in [[common_word|May]]. Redirection from <<addr_uk.old:multiline|line>> "
        "to my address <<addr_uk.new:line>> ends next week. I have lasting power of attorney. Their old landline was <<tel.m:uk_land>>. "
        "Reference [[order_number.x]].",
        "Dear Redirections Team,\n\nI hold a lasting power of attorney for my parent, <<per.m>> (born <<dob.m:long_eu>>). "
        "<<per.m:given>> moved into residential care in [[common_word|May]], and their post is redirected from <<addr_uk.old:line>> to my address, "
        "<<addr_uk.new:line>>, under reference [[order_number.x]]. Please extend the redirection for a further 12 months. "
        "A copy of the LPA is enclosed.\n\nYours faithfully",
    ),
    # ------------------------------------------------------------------ broadband_install
    T(
        "h6-zh-broadband_install-01",
        "zh",
        "broadband_install",
        "这是宽带装机工单，帮我写一段给用户的装机完成回访短信，并整理工单要点。",
        "工单号：[[order_number]]\n用户：<<per.u>>  证件：<<cnid.u>>\n装机地址：<<addr.u:road_bld>>\n联系电话：<<tel.u:cn_plain>>\n"
        "业务：[[organisation|中国电信]] 1000M 宽带\n光猫SN：[[number|ZTEGC8A91F23]]  光猫MAC地址：<<mac.onu:colon|dash>>\n"
        "分配公网IP为<<ip.u>>，IPv6前缀 <<ip.u6:v6>>\n装维：<<per.tech>>（<<tel.tech:cn_dash>>）",
        "回访短信：<<per.u:family>>先生/女士您好，您在<<addr.u:road_bld>>的1000M宽带已开通，装维工程师<<per.tech>>（<<tel.tech:cn_plain|cn_dash|cn_space|cn_intl>>）已完成上门安装。"
        "如网络异常请拨[[service_number|10000]]。\n\n工单要点：用户<<per.u>>，电话<<tel.u:cn_plain|cn_dash|cn_space|cn_intl>>；光猫MAC <<mac.onu>>；公网IP <<ip.u>>。",
    ),
    T(
        "h6-zh-broadband_install-02",
        "zh",
        "broadband_install",
        "装维师傅说我的路由器拨号不上，帮我看看这段路由器日志是什么问题。",
        "[[timestamp]] pppd[1321]: PPPoE: user=<<tel.u:cn_plain>>@adsl\n"
        "[[timestamp]] pppd[1321]: PADO received from BRAS, mac <<mac.bras:colon_lower>>\n"
        "[[timestamp]] pppd[1321]: CHAP authentication failed: 691\n"
        "[[timestamp]] kernel: WAN MAC <<mac.wan:colon>>, LAN <<ip.lan:private>>\n[[timestamp]] system: firmware [[version]] running",
        "错误码691是账号或密码验证失败。你的宽带账号是<<tel.u:cn_plain|cn_dash|cn_space|cn_intl>>@adsl，请确认密码，或者打客服重置。"
        "另外运营商有时会绑定光猫/路由器MAC，如果你刚换了路由器（WAN MAC <<mac.wan>>），需要让装维在后台解绑旧MAC。",
        history=[
            (
                "我家宽带账号是手机号<<tel.u:cn_dash>>，今天换了个[[product|小米路由器AX3000]]就上不了网了，师傅<<per.tech>>说明天才能来",
                "把路由器的系统日志贴出来看看。",
            )
        ],
    ),
    T(
        "h6-en-broadband_install-01",
        "en",
        "broadband_install",
        "Summarise this ISP install ticket for the customer's confirmation email.",
        "TICKET [[order_number.x]] | status: COMPLETED | tech: <<per.tech:initial>>\nCustomer: <<per.c>> | <<tel.c:us_dash>> | <<email.c@c>>\n"
        "Service address: <<addr_us.c:full>>\nONT serial [[number|ALCLB3F2A901]] | router MAC <<mac.r:colon|cisco>> | firmware [[version]]\n"
        "Static IP: <<ip.c>> | netmask [[number|255.255.255.248]]\nNotes: drop run to 2nd floor office, [[product|Eero Pro 6]] mesh installed",
        "Hi <<per.c:given>>,\n\nYour fiber service at <<addr_us.c:full>> is installed. Your static IP address is <<ip.c>> "
        "(router MAC <<mac.r>>). We also set up the [[product|Eero Pro 6]] mesh on the second floor. Questions? Reply "
        "to this e-mail or call us and quote ticket [[order_number.x]].",
    ),
    T(
        "h6-en-broadband_install-02",
        "en",
        "broadband_install",
        "Continue this support chat as the ISP agent: the customer's IPv6 isn't working.",
        "",
        "Thanks, <<per.c:given>>. I can see your router (MAC <<mac.r>>) online, but it received only an IPv4 lease "
        "(<<ip.v4>>) and no IPv6 prefix. Please enable 'DHCPv6-PD' in the router's WAN settings and reboot; you should then "
        "get an address like <<ip.v6>>.",
        history=[
            (
                "hi, account holder <<per.c>>, <<addr.c:line|full>>. ipv6 test fails",
                "Sorry about that. Can you read me the router's MAC address and WAN IPs from its status page?",
            ),
            (
                "MAC <<mac.r:colon_lower|dash>>, WAN <<ip.v4>>, and it shows <<ip.v6:v6>> from last week",
                "Thanks, let me check the lease.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ excel_formula
    T(
        "h6-zh-excel_formula-01",
        "zh",
        "excel_formula",
        "A列是身份证号，我想在B列自动提取出生日期（格式yyyy-mm-dd），C列判断性别。公式怎么写？下面是我表里的几行。",
        "A\tB\tC\n<<cnid.a>>\t\t\n<<cnid.b:lower_x|plain>>\t\t\n<<cnid.c>>\t\t",
        'B2：=TEXT(MID(A2,7,8),"0000-00-00")\nC2：=IF(MOD(MID(A2,17,1),2)=1,"男","女")\n向下填充即可。'
        "例如A2为<<cnid.a>>时，B2显示其第7到14位对应的日期。注意A列要设成文本格式，否则18位号码会被Excel变成科学计数法。",
    ),
    T(
        "h6-zh-excel_formula-02",
        "zh",
        "excel_formula",
        "用[[code_identifier|VLOOKUP]]把“花名册”表里的手机号匹配到“报销”表里，报销表只有姓名。写公式，并解释为什么有一行匹配不到。",
        "花名册：\n姓名\t手机\t开户卡号\n<<per.a>>\t<<tel.a:cn_plain>>\t<<card.a:unionpay>>\n<<per.b>>\t<<tel.b:cn_plain>>\t<<card.b:unionpay>>\n"
        "<<per.c:spaced>>\t<<tel.c:cn_plain>>\t<<card.c:unionpay>>\n\n报销：\n姓名\t金额\n<<per.a>>\t[[money|326.50]]\n<<per.c>>\t[[money|1280.00]]",
        "在报销表C2[[common_word|单元格]]输入：=VLOOKUP(A2,花名册!A:B,2,FALSE)\n"
        "<<per.c>>那一行匹配不到，因为花名册里写成了“<<per.c:spaced>>”，中间有空格。可以改用："
        '=VLOOKUP(A2,SUBSTITUTE(花名册!A:A," ","")&"",...)这类数组写法，或者先用SUBSTITUTE清理花名册的姓名列。',
    ),
    T(
        "h6-en-excel_formula-01",
        "en",
        "excel_formula",
        "In Google Sheets I have full names in A and emails in B. Give me formulas for first name, last name, and a check that the email contains the last name.",
        "A\tB\n<<per.a>>\t<<email.a@a>>\n<<per.b>>\t<<email.b@b>>\n<<per.c>>\t<<email.c>>",
        'C2 (first name): =REGEXEXTRACT(A2, "^\\S+")\nD2 (last name): =REGEXEXTRACT(A2, "\\S+$")\n'
        "E2 (email has last name): =REGEXMATCH(LOWER(B2), LOWER(D2))\nFor row 4 (<<per.c>>, <<email.c>>) the check will "
        "likely be FALSE, because that address was not built from the name.",
    ),
    T(
        "h6-en-excel_formula-02",
        "en",
        "excel_formula",
        "I need an Excel formula that masks SSNs to the last four digits and formats phone numbers as (xxx) xxx-xxxx. Sample data below.",
        "Name\tSSN\tPhone\n<<per.a>>\t<<ssn.a:plain>>\t<<tel.a:us_plain>>\n<<per.b>>\t<<ssn.b:dash>>\t<<tel.b:us_dot>>",
        'Masked SSN (D2): ="***-**-"&RIGHT(SUBSTITUTE(B2,"-",""),4)\n'
        'Phone (E2): =TEXT(--SUBSTITUTE(SUBSTITUTE(C2,".",""),"-",""),"(000) 000-0000")\n'
        "Row 2 (<<per.a>>) has the SSN without dashes, row 3 (<<per.b>>) with dashes; [[code_identifier|SUBSTITUTE]] handles both. "
        "Then delete column B: the sheet still holds the full numbers (for example <<ssn.b>>) until you do.",
    ),
    # ------------------------------------------------------------------ regex_request
    T(
        "h6-zh-regex_request-01",
        "zh",
        "regex_request",
        "帮我写一个正则，从客服聊天记录里提取手机号，要能匹配带空格、带横杠和+86的写法。用下面几行测试。",
        "[[timestamp]] 用户<<per.a>>：我的号码是<<tel.a:cn_space>>，麻烦回电\n"
        "[[timestamp]] 用户<<per.b>>：<<tel.b:cn_intl>> 这个是我老公的\n"
        "[[timestamp]] 用户<<per.c>>：电话<<tel.c:cn_dash>>，订单[[order_number.x]]\n"
        "[[timestamp]] 用户<<per.d>>：打[[service_number|95588]]没人接",
        '正则（Python，用[[code_identifier|re.compile]]预编译）：\n```python\nimport re\nPHONE = re.compile(r"(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}")\n```\n'
        "测试结果：能匹配到<<tel.a:cn_space>>、<<tel.b:cn_intl>>、<<tel.c:cn_dash>>三个号码；[[service_number|95588]]是银行客服号，不会被匹配，订单号[[order_number.x]]也不会。",
    ),
    T(
        "h6-zh-regex_request-02",
        "zh",
        "regex_request",
        "写个正则匹配车牌号（含新能源），下面是停车场导出的记录，帮我验证一下哪些能匹配上。",
        "入场时间,车牌,车主,电话\n[[timestamp]],<<plate.a>>,<<per.a>>,<<tel.a:cn_plain>>\n[[timestamp]],<<plate.b>>,<<per.b>>,<<tel.b:cn_plain>>\n"
        "[[timestamp]],<<plate.c>>,<<per.c>>,<<tel.c:cn_plain>>",
        "正则：`[京沪津渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新][A-HJ-NP-Z][·\\- ]?[A-HJ-NP-Z0-9]{5,6}`\n"
        "验证：<<plate.a>>（<<per.a>>）、<<plate.b>>（<<per.b>>）、<<plate.c>>（<<per.c>>）都能匹配；中间的分隔符“·”、空格或横杠已经考虑进去。",
    ),
    T(
        "h6-en-regex_request-01",
        "en",
        "regex_request",
        "I need a regex that pulls email addresses and client IPs out of these app log lines. Show matches for each line.",
        '[[timestamp]] INFO login ok user=<<email.a@ua>> ip=<<ip.a>> ua="[[product|Pixel 8]]"\n'
        "[[timestamp]] WARN login failed user=<<email.b>> ip=<<ip.b:v6>> attempts=3\n"
        "[[timestamp]] INFO password reset for <<per.c>> <<email.c@c>> from <<ip.c:private>>\n"
        "[[timestamp]] INFO oauth bind provider=qq uin=<<qq.q>> wechat=<<wx.q>> user=<<email.q>>",
        "Emails: `[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+`\nIPv4: `\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b`; IPv6 (simplified): `\\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\\b`\n\n"
        "Line 1: <<email.a>>, <<ip.a>>\nLine 2: <<email.b>>, <<ip.b>>\nLine 3: <<email.c>>, <<ip.c>>\nLine 4: <<email.q>>, no IP. The QQ number <<qq.q>> and WeChat id <<wx.q>> are not matched by either pattern, which is what you want.",
    ),
    T(
        "h6-en-regex_request-02",
        "en",
        "regex_request",
        "Write a Python function that validates IBANs (mod 97) and test it on these rows from our payee table.",
        "payee,iban,added_by\n<<per.a>>,<<iban.a>>,<<per.op:lower_dot>>\n<<per.b>>,<<iban.b>>,<<per.op:lower_dot>>\n<<per.c>>,[[number|DE00 1234 5678 9012 3456 78]],<<per.op:lower_dot>>",
        '```python\ndef iban_ok(s: str) -> bool:\n    s = s.replace(" ", "").upper()\n    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))\n    return n % 97 == 1\n```\n'
        "Results with [[code_identifier|iban_ok]]: <<per.a>>'s <<iban.a>> and <<per.b>>'s <<iban.b>> pass; the third row ([[number|DE00 1234 5678 9012 3456 78]]) "
        "fails the check digits, so ask <<per.op:lower_dot>> who entered it.",
    ),
    # ------------------------------------------------------------------ mail_merge
    T(
        "h6-zh-mail_merge-01",
        "zh",
        "mail_merge",
        "我用Word邮件合并做录取通知书，数据源和模板如下。帮我把第一条记录合并后的正文写出来，检查一下字段有没有对错。",
        "数据源（CSV）：\n姓名,准考证号,录取专业,通讯地址,联系电话\n<<per.a>>,[[number|240110203215]],软件工程,<<addr.a:post>>,<<tel.a:cn_plain>>\n"
        "<<per.b>>,[[number|240110203477]],临床医学,<<addr.b:village>>,<<tel.b:cn_plain>>\n\n"
        "模板：«姓名»同学：你已被我校«录取专业»专业录取，录取通知书将寄往«通讯地址»，请保持电话«联系电话»畅通。",
        "<<per.a>>同学：你已被我校软件工程专业录取，录取通知书将寄往<<addr.a:post>>，请保持电话<<tel.a:cn_plain|cn_dash|cn_space|cn_intl>>畅通。\n\n"
        "字段检查：模板中没有用到“准考证号”，如果需要在通知书上显示，请插入«准考证号»域。",
    ),
    T(
        "h6-zh-mail_merge-02",
        "zh",
        "mail_merge",
        "短信群发平台的变量替换出错了，帮我看看哪条发错了人。",
        "模板：【物业】${name}您好，您${room}的[[number|2024]]年度物业费未缴，请联系管家${keeper}。\n"
        "发送记录：\n<<tel.a:cn_plain>> → 【物业】<<per.a>>您好，您<<addr.a:comm>>的[[number|2024]]年度物业费未缴，请联系管家<<per.k>>。\n"
        "<<tel.b:cn_plain>> → 【物业】<<per.a>>您好，您<<addr.b:comm>>的[[number|2024]]年度物业费未缴，请联系管家<<per.k>>。",
        "第二条发错了：号码<<tel.b:cn_plain|cn_dash|cn_space|cn_intl>>对应的房屋是<<addr.b:comm>>，但称呼用的是第一位业主<<per.a>>的名字，说明${name}变量没有按行更新。"
        "需要给<<tel.b:cn_plain|cn_dash|cn_space|cn_intl>>补发一条更正短信。",
    ),
    T(
        "h6-en-mail_merge-01",
        "en",
        "mail_merge",
        "Mail-merge the first row of this data into the letter template and tell me if any field is missing.",
        'First,Last,Street,CityStateZip,AccountNo,Balance\n<<per.a:given>>,<<per.a:family>>,<<addr_us.a:line_unit>>,"<<addr_us.x:full>>",[[order_number.x]],[[money|$412.77]]\n\n'
        "Template:\nDear {First} {Last},\nYour account {AccountNo} has a balance of {Balance}. Please remit by the 15th.\n{Street}\n{CityStateZip}",
        "Dear <<per.a>>,\nYour account [[order_number.x]] has a balance of [[money|$412.77]]. Please remit by the 15th.\n"
        "<<addr_us.a:line_unit>>\n<<addr_us.x:full>>\n\nNo field is missing, but the Street and CityStateZip columns hold two different "
        "addresses; check the source data before printing.",
    ),
    T(
        "h6-en-mail_merge-02",
        "en",
        "mail_merge",
        "Fix the bug in this Python mail-merge script: everyone gets the same greeting.",
        '```python\nrows = [\n    {"name": "<<per.a>>", "email": "<<email.a@a>>", "phone": "<<tel.a:us_dash>>"},\n'
        '    {"name": "<<per.b>>", "email": "<<email.b@b>>", "phone": "<<tel.b:uk_mobile>>"},\n]\n'
        'greeting = f"Hi {rows[0][\'name\']},"\nfor r in rows:\n    send(r["email"], greeting + BODY)\n```',
        "The greeting is built once, before the loop and before any [[code_identifier|send()]] call, from `rows[0]`, so <<per.b>> (<<email.b>>) also gets "
        '"Hi <<per.a>>,". Build it inside the loop:\n```python\nfor r in rows:\n    greeting = f"Hi {r[\'name\']},"\n'
        '    send(r["email"], greeting + BODY)\n```',
    ),
    # ------------------------------------------------------------------ graphql_response
    T(
        "h6-zh-graphql_response-01",
        "zh",
        "graphql_response",
        "前端同学贴了一个GraphQL查询的返回，帮我看看哪些字段不应该返回给前端（隐私角度）。",
        'query { member(id: "[[number|88213]]") { nickname realName mobile idCard wechat qq lastLoginIp addresses { detail } } }\n\n'
        '{"data":{"member":{"nickname":"<<per.m:user>>","realName":"<<per.m>>","mobile":"<<tel.m:cn_plain>>","idCard":"<<cnid.m>>",'
        '"wechat":"<<wx.m@m>>","qq":"<<qq.m>>","lastLoginIp":"<<ip.m>>","addresses":[{"detail":"<<addr.m:road_bld>>"}]}}}',
        "不应该直接返回给前端的字段：\n- idCard（身份证号<<cnid.m>>）：前端展示最多只需打码后的后四位；\n"
        "- lastLoginIp（<<ip.m>>）：只有安全页面才需要；\n- mobile（<<tel.m:cn_plain|cn_dash|cn_space|cn_intl>>）：应返回脱敏形式；\n"
        "- addresses.detail：只在下单页按需查询。\nnickname、wechat、qq可以按产品需求决定。",
    ),
    T(
        "h6-zh-graphql_response-02",
        "zh",
        "graphql_response",
        "这个GraphQL报错是什么意思？怎么修？",
        '{"errors":[{"message":"Variable \\"$input\\" got invalid value; Field \\"idNo\\" expected 18 chars","extensions":{"code":"BAD_USER_INPUT"}}],'
        '"variables":{"input":{"name":"<<per.u>>","idNo":"<<cnid.u:old15>>","phone":"<<tel.u:cn_plain>>","bankCard":"<<card.u>>","overseasIban":"<<iban.u>>","birthday":"<<dob.u:iso>>"}}}',
        "报错说明：错误码[[code_identifier|BAD_USER_INPUT]]，变量input里的idNo只有15位（<<cnid.u>>），而接口要求18位身份证号。15位是第一代身份证，需要让用户<<per.u>>填写新的18位号码，"
        "或在服务端按规则升位。另外报错里把整份变量（含银行卡<<card.u>>和境外账户<<iban.u>>）都回显了，建议关闭生产环境的变量回显。",
    ),
    T(
        "h6-en-graphql_response-01",
        "en",
        "graphql_response",
        "Write TypeScript types for this GraphQL response and point out any fields that should be behind an auth scope.",
        '{"data":{"customer":{"id":"[[number|cus_8812]]","displayName":"<<per.c>>","email":"<<email.c@c>>",'
        '"phone":"<<tel.c:us_intl>>","dateOfBirth":"<<dob.c:iso>>","defaultAddress":{"formatted":"<<addr.c:full|full_unit>>"},'
        '"paymentMethods":[{"brand":"visa","number":"<<card.c:visa>>"}],"devices":[{"mac":"<<mac.c:colon>>","lastIp":"<<ip.c>>"}]}}}',
        "```ts\ntype Customer = {\n  id: string;\n  displayName: string;\n  email: string;\n  phone: string;\n  dateOfBirth: string;\n"
        "  defaultAddress: { formatted: string };\n  paymentMethods: { brand: string; number: string }[];\n  devices: { mac: string; lastIp: string }[];\n};\n```\n"
        "Behind a scope: `[[code_identifier|paymentMethods.number]]` must never be returned in full (here <<card.c>>), `dateOfBirth`, `devices.mac` "
        "(<<mac.c>>) and `devices.lastIp` should need an admin scope.",
    ),
    T(
        "h6-en-graphql_response-02",
        "en",
        "graphql_response",
        "Why does this mutation fail? The error echoes my variables.",
        '{"errors":[{"message":"Argument \\"ssn\\" has invalid value","path":["createApplicant"]}],'
        '"extensions":{"variables":{"firstName":"<<per.a:given>>","lastName":"<<per.a:family>>","ssn":"<<ssn.a:space>>",'
        '"dob":"<<dob.a:us_pad>>","driverLicense":"<<dl.a>>","email":"<<email.a@a>>"}}}',
        "The SSN was sent with spaces (<<ssn.a>>), and the schema's scalar expects either nine digits or the dashed "
        "form. Strip the spaces before sending. Also turn off variable echoing in error responses: this one exposes "
        "<<per.a>>'s SSN, date of birth and driver license <<dl.a>>.",
    ),
    # ------------------------------------------------------------------ access_badge_request
    T(
        "h6-zh-access_badge_request-01",
        "zh",
        "access_badge_request",
        "帮我把新员工门禁卡和车位的申请整理成发给物业的邮件。",
        "新员工<<per.e>>，工号[[number|HX20417]]，身份证<<cnid.e>>，手机<<tel.e:cn_plain>>，需要开通A座12楼门禁和人脸识别；"
        "开车上班，车牌<<plate.e>>，申请月租车位。部门负责人<<per.mgr>>审批，笔记本电脑MAC <<mac.e:dash|colon>>需要加入访客网络白名单。",
        "主题：新员工门禁及车位开通申请\n\n物业管理处：\n您好！我司新员工<<per.e>>（身份证号：<<cnid.e>>，手机：<<tel.e:cn_dash>>）已入职，"
        "申请开通A座12楼门禁及人脸识别权限，并办理月租车位一个（车牌：<<plate.e>>）。其笔记本电脑MAC地址为<<mac.e>>，请一并加入网络白名单。"
        "本申请已由部门负责人<<per.mgr>>审批。\n谢谢！",
    ),
    T(
        "h6-zh-access_badge_request-02",
        "zh",
        "access_badge_request",
        "物业说业主人脸门禁要重新登记，帮我写一条在业主群里发的通知，附上登记表格式。",
        "示例一户：<<addr.h:comm>>，业主<<per.o>>，电话<<tel.o:cn_plain>>，家庭成员<<per.m1>>、<<per.m2>>，租客无。"
        "物业管家<<per.k>>，电话<<tel.k:cn_dash>>，登记截止本周日。",
        "【人脸门禁重新登记通知】\n各位业主：因门禁系统升级，请于本周日前完成人脸信息重新登记，登记时填写下表并到物业前台拍照。\n\n"
        "| 房号 | 业主姓名 | 电话 | 家庭成员 | 租客 |\n|---|---|---|---|---|\n| <<addr.h:comm>> | <<per.o>> | <<tel.o:cn_plain|cn_dash|cn_space|cn_intl>> | <<per.m1>>、<<per.m2>> | 无 |\n\n"
        "（以上为填写示例）如有疑问请联系物业管家<<per.k>>，电话<<tel.k:cn_dash>>。",
    ),
    T(
        "h6-en-access_badge_request-01",
        "en",
        "access_badge_request",
        "Turn this ServiceNow request into the short note the security desk needs to print a badge.",
        "REQ[[number|0048213]] - New hire badge\nRequested for: <<per.e>> (<<email.e@e>>)\nManager: <<per.m:last_first>>\n"
        "Start date: Monday\nID verified: Driver License <<dl.e:wa|ca>>, DOB <<dob.e:us_pad>>\nParking: plate <<plate.e:tx|ca>>\n"
        "Laptop MAC for 802.1X: <<mac.e:colon|cisco>>\nPhoto: attached",
        "Badge: <<per.e>>, starts Monday, manager <<per.m>>. ID checked (driver license <<dl.e>>). Parking permit for "
        "plate <<plate.e>>. Network: enrol laptop MAC <<mac.e>> for 802.1X.",
    ),
    T(
        "h6-en-access_badge_request-02",
        "en",
        "access_badge_request",
        "Reply to the building manager with the details they asked for our new starter's access fob.",
        "",
        "Hi <<per.bm:given>>,\n\nThanks. Our new starter is <<per.s>>, mobile <<tel.s:uk_mobile>>, starting on the 3rd floor "
        "on Monday. They'll drive in occasionally, registration <<plate.s:uk>>. Could the fob also open the bike store?\n\n"
        "Best,\n<<per.me>>",
        history=[
            (
                "From <<per.bm>>, building manager: please send the new starter's full name, mobile and car registration "
                "so I can set up a fob. Also confirm your company contact is still <<per.me>> on <<tel.me:uk_land>>.",
                "Draft a reply with what they asked.",
            )
        ],
    ),
    # ------------------------------------------------------------------ beneficiary_change
    T(
        "h6-zh-beneficiary_change-01",
        "zh",
        "beneficiary_change",
        "帮我把保险受益人变更申请书的内容填写完整。",
        "保单号[[order_number.x]]，投保人兼被保险人<<per.a>>，身份证<<cnid.a>>，出生日期<<dob.a:cn_pad|slash_iso>>，电话<<tel.a:cn_plain>>\n"
        "原受益人：前夫<<per.old>>\n新受益人：女儿<<per.d1:given>>（身份证<<cnid.d1>>）占70%，母亲<<per.m>>（身份证<<cnid.m:spaced|plain>>）占30%\n"
        "理赔款账户：<<card.a:unionpay>>  保险公司：[[organisation|中国人寿]]",
        "受益人变更申请书\n\n保险合同号：[[order_number.x]]\n投保人/被保险人：<<per.a>>，身份证号<<cnid.a>>，出生日期<<dob.a:cn>>，联系电话<<tel.a:cn_dash>>\n\n"
        "申请事项：将身故保险金受益人由<<per.old>>变更为：\n1. 女儿<<per.d1:given>>，身份证号<<cnid.d1>>，受益比例70%；\n"
        "2. 母亲<<per.m>>，身份证号<<cnid.m>>，受益比例30%。\n\n保险金给付账户：<<card.a>>\n\n申请人签字：<<per.a>>",
    ),
    T(
        "h6-zh-beneficiary_change-02",
        "zh",
        "beneficiary_change",
        "我在美国公司工作，401(k)要改受益人，表格是英文的，帮我把中文信息翻译成表格要填的英文内容。",
        "我：<<per.me>>，SSN <<ssn.me>>，生日<<dob.me:cn>>\n新受益人：妻子<<per.w>>，SSN <<ssn.w:plain|dash>>，生日<<dob.w:cn>>，地址同我：<<addr_us.h:full>>\n"
        "次要受益人：在国内的母亲<<per.f>>，身份证<<cnid.f>>，电话<<tel.f:cn_intl>>；还有儿子<<per.son:given>>，在美国出生，SSN <<ssn.son>>，生日<<dob.son:cn>>",
        "Participant: <<per.me:pinyin_fl>>, SSN <<ssn.me>>, Date of Birth <<dob.me:us_pad>>\n"
        "Primary Beneficiary (100%): <<per.w:pinyin_fl>>, Relationship: Spouse, SSN <<ssn.w>>, Date of Birth <<dob.w:us_pad>>, Address: <<addr_us.h:full>>\n"
        "Contingent Beneficiary (50%): <<per.f:pinyin_fl>>, Relationship: Mother, Chinese Resident ID <<cnid.f>>, Phone <<tel.f:cn_plain|cn_dash|cn_space|cn_intl>>\n"
        "Contingent Beneficiary (50%): <<per.son:given>> (same family name as participant), Relationship: Son, SSN <<ssn.son>>, Date of Birth <<dob.son:us_pad>>\n"
        "注意：如果已婚，把主受益人改成配偶以外的人需要配偶签字同意；这里是配偶，不需要。",
    ),
    T(
        "h6-en-beneficiary_change-01",
        "en",
        "beneficiary_change",
        "Check this beneficiary designation for errors before I submit it to [[organisation|Fidelity]].",
        "Participant: <<per.p>>  SSN: <<ssn.p>>  DOB: <<dob.p:us_pad>>\n"
        "Primary (60%): <<per.b1>>, spouse, SSN <<ssn.b1>>, DOB <<dob.b1:us_pad>>\n"
        "Primary (50%): <<per.b2>>, friend, SSN <<ssn.b2>>, DOB <<dob.b2:us_pad>>\nAddress for all: <<addr_us.h:multiline|full>>",
        "One error: the primary percentages add up to 110% (60% for <<per.b1>> + 50% for <<per.b2>>); they must total "
        "100%. Everything else is complete for <<per.p>>: SSNs and dates of birth are present for all three people, "
        "and the address <<addr_us.h:full>> is filled in.",
    ),
    T(
        "h6-en-beneficiary_change-02",
        "en",
        "beneficiary_change",
        "Draft a short covering letter for my pension expression-of-wish form.",
        "Scheme member: <<per.m>>, NI number [[number|QQ 12 34 56 C]], born <<dob.m:long_eu|eu>>, <<addr_uk.m:line>>\n"
        "New nominees: partner <<per.p>> (50%), friend <<per.f>> (50%), contact <<tel.f:uk_mobile>>\nPayments to <<iban.m:GB>> if refund due",
        "Dear Trustees,\n\nPlease find enclosed an updated expression-of-wish form for <<per.m>> (born <<dob.m:long_eu>>) of "
        "<<addr_uk.m:line>>. It replaces any earlier nomination: I wish any lump sum to be shared equally between <<per.p>> and "
        "<<per.f>>. Any refund of contributions due to me may be paid to <<iban.m>>.\n\nYours faithfully,\n<<per.m>>",
    ),
    # ------------------------------------------------------------------ remittance_form
    T(
        "h6-zh-remittance_form-01",
        "zh",
        "remittance_form",
        "帮我填写境外汇款申请书（给孩子交学费），按银行表格的栏目整理。",
        "汇款人：<<per.p>>，身份证<<cnid.p>>，电话<<tel.p:cn_plain>>，地址<<addr.p:road_bld>>，扣款卡<<card.p:unionpay>>\n"
        "收款人：学校 [[organisation|University of Manchester]]\n收款账户：<<iban.u:GB>>\nSWIFT：[[number|MIDLGB22]]\n"
        "金额：[[money|£9,250.00]]\n附言：学生<<per.s>> 学号[[number|11452093]] 学费，学生护照<<pass.s:cn_e|cn_g>>\n另：宿舍费[[money|£3,100.00]]要汇到住宿办公室的账户<<iban.acc:GB>>，下个月再汇",
        "境外汇款申请书\n汇款人名称：<<per.p>>\n证件号码：<<cnid.p>>\n汇款人地址：<<addr.p:road_bld>>\n联系电话：<<tel.p:cn_dash>>\n"
        "扣款账号：<<card.p>>\n收款人名称：[[organisation|University of Manchester]]\n收款人账号（IBAN）：<<iban.u>>\n"
        "收款银行SWIFT：[[number|MIDLGB22]]\n汇款金额：[[money|£9,250.00]]\n汇款附言：TUITION FEE <<per.s:pinyin_fl>> [[number|11452093]] PASSPORT <<pass.s>>\n（宿舍费下月另汇至<<iban.acc>>，需另填一张申请书）",
    ),
    T(
        "h6-zh-remittance_form-02",
        "zh",
        "remittance_form",
        "朋友让我帮他收一笔从德国汇来的钱再转给他，下面是他发的信息，这样做有风险吗？",
        "“你好，我是<<per.f>>，在德国打工的钱汇不回国内，先汇到你卡上，你再转我。汇款人<<per_tr.s>>，IBAN <<iban.s:DE>>，"
        "你把你的身份证<<cnid.me>>和卡号<<card.me:unionpay>>发我就行，我加你微信<<wx.f@f>>细说”",
        "风险很大：帮人代收代转境外资金可能涉及洗钱或电信诈骗“跑分”，账户可能被冻结，你本人也可能承担法律责任。"
        "你已经把身份证<<cnid.me>>和卡号<<card.me>>发给对方了，建议立刻联系银行说明情况，不要接收或转出这笔钱，并删除对方微信<<wx.f>>前保留聊天记录。",
    ),
    T(
        "h6-en-remittance_form-01",
        "en",
        "remittance_form",
        "The bank returned my international wire. Using their message, tell me what to correct on the form.",
        "Wire return notice: beneficiary name does not match account. Original instruction:\nOrdering customer: <<per.o>>, <<addr_us.o:full>>, "
        "phone <<tel.o:us_paren>>, passport <<pass.o:us|us_new>>\nBeneficiary: <<per.b:upper>>\nBeneficiary IBAN: <<iban.b>>\nAmount: [[money|$4,800.00]]\n"
        "Purpose: family support",
        "The beneficiary bank says the name does not match the account holder of <<iban.b>>. Ask <<per.b>> for the exact "
        "name as printed on the bank statement, including middle names and accents, and resubmit. Your own details "
        "(<<per.o>>, passport <<pass.o>>, <<addr_us.o:full>>) are fine.",
    ),
    T(
        "h6-en-remittance_form-02",
        "en",
        "remittance_form",
        "Summarise this money-transfer receipt in one sentence for my records.",
        "Transfer #[[order_number.x]] completed [[timestamp.x]]\nYou sent [[money|$1,000.00]] from card <<card.s:visa|mc>>\n"
        "<<per_cn.r:pinyin>> received it in CNY to <<card.r:unionpay>>\nRecipient phone <<tel.r:cn_intl>> · ID <<cnid.r>> · WeChat <<wx.r>>\nSender: <<per.s>>, <<email.s@s>>",
        "On [[timestamp.x]], <<per.s>> sent [[money|$1,000.00]] from card <<card.s>> to <<per_cn.r:pinyin>>'s UnionPay card <<card.r>> (WeChat <<wx.r>>) "
        "(transfer #[[order_number.x]]).",
    ),
    # ------------------------------------------------------------------ prize_claim
    T(
        "h6-zh-prize_claim-01",
        "zh",
        "prize_claim",
        "公司年会抽奖中了一台[[product|MacBook Air]]，行政让我发领奖信息，帮我整理一下，要包括个税代扣需要的信息。",
        "姓名<<per.w>>，工号[[number|D30981]]，身份证<<cnid.w>>，电话<<tel.w:cn_plain>>，工资卡<<card.w:unionpay>>，寄送地址<<addr.w:road_bld>>",
        "领奖信息：\n姓名：<<per.w>>\n身份证号（个税代扣用）：<<cnid.w>>\n联系电话：<<tel.w:cn_dash>>\n工资卡（个税从工资中代扣）：<<card.w>>\n"
        "奖品：[[product|MacBook Air]]一台，寄送至<<addr.w:road_bld>>",
    ),
    T(
        "h6-zh-prize_claim-02",
        "zh",
        "prize_claim",
        "我收到一条中奖短信，让我填领奖信息，这是真的吗？",
        "【[[organisation|中国移动]]】恭喜您的号码<<tel.me:cn_plain>>在积分抽奖中获得[[product|华为Mate 60]]一部，请登录 hxx-jf.top 填写姓名、身份证、银行卡领取，逾期作废。",
        "这是典型的积分兑换诈骗短信：运营商官方短信只会来自[[service_number|10086]]，不会让你在陌生网址填写银行卡。"
        "你说已经填了姓名<<per.me>>、身份证<<cnid.me>>和银行卡<<card.me>>，请马上致电银行冻结该卡并修改密码，留意之后的验证码短信。",
        history=[
            (
                "我已经在那个网站填了名字<<per.me>>，身份证<<cnid.me:plain|fw>>，卡号<<card.me>>，还没收到手机",
                "先别再操作，我看看短信内容。",
            )
        ],
    ),
    T(
        "h6-en-prize_claim-01",
        "en",
        "prize_claim",
        "Help me fill in the sweepstakes winner affidavit; what do they need and why do they want my SSN?",
        "Winner: <<per.w>>\nAddress: <<addr_us.w:full>>\nDOB: <<dob.w:us>>\nSSN: <<ssn.w>>\nPhoto ID: Driver License <<dl.w:fl|tx>>\n"
        "Prize: [[product|Jeep Wrangler]] (ARV [[money|$41,000.00]])\nSponsor contact: <<per.sp>>, <<email.sp@sp>>",
        "The affidavit confirms that <<per.w>> (born <<dob.w:long>>) is eligible and accepts the prize. The sponsor needs "
        "the SSN (<<ssn.w>>) because a prize worth more than [[money|$600.00]] is reported to the IRS on Form 1099-MISC; "
        "the [[product|Jeep Wrangler]] is taxable income at its ARV. Send the form only to <<per.sp>> through the official "
        "sponsor address, not by plain e-mail.",
    ),
    T(
        "h6-en-prize_claim-02",
        "en",
        "prize_claim",
        "Write the radio station's reply to this prize winner (<<per.w>>, <<tel.w:uk_intl>>), confirming pick-up.",
        "",
        "Hi <<per.w:given>>,\n\nCongratulations! Your two tickets for [[public_figure|Ed Sheeran]] are ready for pick-up at "
        "the station reception, Monday to Friday 9-5. Please bring photo ID matching the name <<per.w>>. We'll text "
        "<<tel.w>> the day before.\n\nThe Breakfast Show",
        history=[
            (
                "hi!! I won the [[public_figure|Ed Sheeran]] tickets this morning, I'm <<per.w>>, my number is <<tel.w:uk_mobile>>, "
                "email <<email.w@w>>, my address is <<addr_uk.w:line>> if you post them",
                "Congrats! Let me check how winners collect.",
            )
        ],
    ),
    # ------------------------------------------------------------------ dsar_request
    T(
        "h6-zh-dsar_request-01",
        "zh",
        "dsar_request",
        "根据《个人信息保护法》，我想让某App提供它收集的我的所有个人信息副本。帮我写一份申请，用下面的账号信息。",
        "App：[[organisation|某打车平台]]\n注册手机<<tel.me:cn_plain>>\n实名<<per.me>>，身份证<<cnid.me>>\n绑定支付宝邮箱<<email.me@me>>\n常用地址：家<<addr.h:comm>>，公司<<addr.w:tower>>",
        "个人信息查阅、复制申请\n\n[[organisation|某打车平台]]个人信息保护负责人：\n本人<<per.me>>（注册手机号<<tel.me:cn_plain|cn_dash|cn_space|cn_intl>>，身份证号<<cnid.me>>）"
        "依据《个人信息保护法》第四十五条，申请查阅并复制贵平台处理的本人全部个人信息，包括但不限于：实名信息、行程记录、"
        "常用地址（如<<addr.h:comm>>、<<addr.w:tower>>）、设备信息及支付信息。请在十五个工作日内答复，发送至<<email.me>>。\n\n申请人：<<per.me>>",
    ),
    T(
        "h6-zh-dsar_request-02",
        "zh",
        "dsar_request",
        "这是App客服回复我注销账号时导出的个人信息清单，帮我检查里面有没有我没授权给它的信息。",
        "账号：<<per.me:user>>\n手机号：<<tel.me:cn_plain>>\nQQ：<<qq.me>>\n设备MAC地址：<<mac.dev:colon_lower>>\n"
        "注册IP: <<ip.reg>>\n绑定的境外收款账户（IBAN）：<<iban.me>>\n绑定微博：<<url.me:weibo>>\n通讯录（已上传）：<<per.c1>> <<tel.c1:cn_plain>>；<<per.c2>> <<tel.c2:cn_plain>>\n出生日期：<<dob.me:iso>>",
        "需要重点追问的是：\n1. 通讯录：清单显示上传了你的联系人（如<<per.c1>>、<<per.c2>>及其号码），这需要你的单独同意；\n"
        "2. 设备MAC地址<<mac.dev>>：属于设备标识，应说明收集目的；\n3. 出生日期<<dob.me:cn>>：如果注册时没填写，要问清楚来源。"
        "4. 境外收款账户<<iban.me>>和微博<<url.me>>：确认是否你自己绑定的。\n手机号和注册IP <<ip.reg>>属于账号正常运行所需。",
    ),
    T(
        "h6-en-dsar_request-01",
        "en",
        "dsar_request",
        "Write a GDPR subject access request to a retailer, using the identifiers below so they can find all my data.",
        "Name: <<per.me>>\nEmail on account: <<email.me@me>>\nOld email: <<email.old>>\nPhone: <<tel.me:uk_intl>>\nAddress: <<addr_uk.me:multiline|flat>>\n"
        "Loyalty card: [[number|6335 0100 2291 0042]]\nLast order: [[order_number.x]]",
        "Subject: Subject access request under Article 15 UK GDPR\n\nDear Data Protection Officer,\n\nI, <<per.me>>, request a copy "
        "of all personal data you hold about me, the purposes of processing, the recipients and the retention periods. "
        "To help you locate my data: e-mails <<email.me>> and <<email.old>>, phone <<tel.me>>, address <<addr_uk.me:line|flat>>, "
        "last order [[order_number.x]].\n\nPlease respond within one month.\n\nYours faithfully,\n<<per.me>>",
    ),
    T(
        "h6-en-dsar_request-02",
        "en",
        "dsar_request",
        "This is the CCPA export a company sent me. Summarise what they hold, grouped by category.",
        '{"profile":{"name":"<<per.me>>","email":"<<email.me@me>>","dob":"<<dob.me:iso>>","phone":"<<tel.me:us_intl2>>"},'
        '"identifiers":{"driver_license":"<<dl.me>>","ssn_last4":"[[number|0000]]"},'
        '"devices":[{"ip":"<<ip.d1>>","mac":"<<mac.d1:colon>>"},{"ip":"<<ip.d2:v6>>"}],'
        '"social":["<<url.me:facebook@me>>"],"orders":["[[order_number]]"],"inferences":["likely homeowner","interested in [[product|Instant Pot Duo]]"]}',
        "Identity: name <<per.me>>, e-mail <<email.me>>, birth date <<dob.me:long>>, phone <<tel.me>>.\n"
        "Government ID: driver license <<dl.me>>.\nDevices: IP addresses <<ip.d1>> and <<ip.d2>>, one device MAC <<mac.d1>>.\n"
        "Social: <<url.me>>.\nPurchases: one order.\nInferences: homeowner; interest in kitchen appliances.",
    ),
    # ------------------------------------------------------------------ residence_permit
    T(
        "h6-zh-residence_permit-01",
        "zh",
        "residence_permit",
        "我要办居住证，派出所让准备材料，帮我把申请表的内容按下面信息写好。",
        "申请人<<per.a>>，身份证<<cnid.a>>，户籍地<<addr.hk:village>>，现居住地<<addr.now:comm>>（租房），房东<<per.l>>，房东电话<<tel.l:cn_plain>>，"
        "我的电话<<tel.a:cn_plain>>，工作单位[[organisation|京东]]物流园",
        "居住证申领登记表\n姓名：<<per.a>>\n公民身份号码：<<cnid.a>>\n户籍地址：<<addr.hk:village>>\n居住地址：<<addr.now:comm>>\n"
        "居住事由：就业（[[organisation|京东]]物流园）\n住所类型：租赁，出租人<<per.l>>，联系电话<<tel.l:cn_dash>>\n申请人联系电话：<<tel.a:cn_dash>>",
    ),
    T(
        "h6-zh-residence_permit-02",
        "zh",
        "residence_permit",
        "帮外籍同事<<per_tr.e>>准备工作类居留许可的材料清单，并把他的信息整理成表。",
        "外籍员工：<<per_tr.e>>，美国籍，护照号<<pass.e:us|us_new>>，出生日期<<dob.e:iso>>，工作许可证号[[number|9110000100298371]]\n"
        "住址：<<addr.e:tower>>，手机<<tel.e:cn_plain>>，邮箱<<email.e>>\n美国社会安全号<<ssn.e>>（税收协定待遇申报要用）\n美国驾照<<dl.e:ca|ny>>（想换中国驾照）",
        "| 项目 | 内容 |\n|---|---|\n| 姓名 | <<per_tr.e>> |\n| 护照号 | <<pass.e>> |\n| 出生日期 | <<dob.e:cn>> |\n"
        "| 住址 | <<addr.e:tower>> |\n| 手机 | <<tel.e:cn_plain|cn_dash|cn_space|cn_intl>> |\n| SSN（仅个税协定申报用） | <<ssn.e:dash>> |\n\n材料清单：护照原件及复印件、外国人工作许可证、住宿登记表、体检证明、照片。"
        "另外换领中国驾照需另带美国驾照<<dl.e>>及翻译件，去车管所办理。",
    ),
    T(
        "h6-en-residence_permit-01",
        "en",
        "residence_permit",
        "Draft an email to the Home Office updating my eVisa account with my new passport.",
        "I'm <<per.me>>, born <<dob.me:long_eu>>, my BRP number [[number|ZU1234567]], old passport <<pass.old:us>>, "
        "new passport <<pass.new:us_new>>. Address <<addr_uk.me:line|flat>>, phone <<tel.me:uk_mobile>>, email <<email.me@me>>.",
        "Subject: Update of identity document on eVisa account\n\nDear Sir or Madam,\n\nI, <<per.me>> (date of birth "
        "<<dob.me:long_eu>>), would like to update my eVisa account: my passport <<pass.old>> has been replaced by "
        "passport <<pass.new>>. My address remains <<addr_uk.me:line|flat>>. Contact: <<tel.me:uk_intl>> or <<email.me>>.\n\nYours faithfully,\n<<per.me>>",
    ),
    T(
        "h6-en-residence_permit-02",
        "en",
        "residence_permit",
        "Prepare the applicant summary for our immigration lawyer: a Chinese engineer moving to our US office.",
        "Employee: <<per_cn.e:pinyin>> (<<per_cn.e>>)\nDOB: <<dob.e:us_pad>>\nPassport: <<pass.e:cn_e|cn_ea>>\nChinese ID: <<cnid.e>>\n"
        "Current address: <<addr_cn.e:comm>>\nWeChat: <<wx.e@e>>, QQ <<qq.e>>\nSpouse: <<per_cn.s:pinyin_fl>>, passport <<pass.s:cn_g|cn_e>>, Chinese ID <<cnid.s>>, QQ <<qq.s>>",
        "Applicant summary\n- Name: <<per_cn.e:pinyin>> (Chinese: <<per_cn.e>>), born <<dob.e:long>>\n- Passport: <<pass.e>>; "
        "Chinese resident ID <<cnid.e>>\n- Current address (China): <<addr_cn.e:comm>>\n- Dependent: spouse <<per_cn.s:pinyin_fl>>, passport <<pass.s>>\n"
        "- Contact: WeChat <<wx.e>>, QQ <<qq.e>>; spouse's Chinese ID <<cnid.s>>, QQ <<qq.s>>",
    ),
]
