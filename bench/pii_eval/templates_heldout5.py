"""Fifth held-out templates (``heldout5``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
dev or first held-out templates, the template bodies of the second, third and fourth held-out parts
(only their first lines: module docstring and ``CONTEXTS``, for the module shape and the names to
avoid), or any de-identified output (see the README, "heldout5"). The 30 contexts below are used by
no other part.
"""

from typing import Any

CONTEXTS = (
    "livestream_chat",
    "takeout_note",
    "medical_reimbursement",
    "genealogy_entry",
    "guest_list",
    "paper_authors",
    "patent_filing",
    "conference_badge",
    "notebook_output",
    "analytics_event",
    "ldif_export",
    "sms_backup_xml",
    "contacts_export",
    "password_reset_email",
    "einvoice",
    "pawn_ticket",
    "outdoor_licence",
    "boat_registration",
    "library_loan",
    "bankruptcy_notice",
    "notarial_certificate",
    "voter_roll",
    "shuttle_manifest",
    "blood_donation",
    "marriage_registration",
    "car_rental",
    "exam_admission",
    "crowdfunding_appeal",
    "whois_record",
    "wifi_portal_log",
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
    """One template; its id must read ``h5-<lang>-<context>-NN``."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h5-{lang}-{context}-"):
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
        "h5-live/<<per.src:user>>",
        "h5-ticket:<<tel.src:cn_plain>>",
        "h5-wx:<<wx.src>>",
        "h5-upload/<<email.src>>",
    ],
    "en": [
        "h5-live/<<per.src:user>>",
        "h5-ticket:<<tel.src:us_plain>>",
        "h5-upload/<<email.src>>",
        "h5-crm:<<per.src:lower_dot>>",
    ],
}
"""``source_id`` patterns used when a template sets none (differ from every other part)."""

ANNOTATOR_PATTERNS = [
    "qa5:<<per.ANN:user>>",
    "qa5/<<email.ANN>>",
    "rev5-<<per.ANN:user>>",
    "<<email.ANN>>",
]
"""Annotator-id patterns used when a template sets none."""

ZH = [
    # ------------------------------------------------------------------ livestream_chat
    T(
        "h5-zh-livestream_chat-01",
        "zh",
        "livestream_chat",
        "下面是直播间导出的弹幕记录。请找出需要屏蔽的私人联系方式，并说明每条属于谁。",
        "【直播间 #8823 弹幕导出】主播：[[public_figure|董宇辉]]同款书单专场\n"
        "[[[timestamp|20:31:05]]] <<per.v1:user>>：主播看看我！加我vx <<wx.w1@v1>> 拉你进书友群\n"
        "[20:31:07] 小橘子：抽奖抽奖 [[product|Kindle Paperwhite]]\n"
        "[20:31:12] <<per.v2:user>>：我是<<per.v2>>，中了奖打我电话<<tel.p2:cn_space|cn_numerals>>\n"
        "[20:31:20] 房管：@<<per.v2:user>> 别刷私人号码\n"
        "[20:31:33] <<per.v3:user>>：扣扣 <<qq.q3>> 组队开黑，备注[[common_word|周末]]",
        "需要屏蔽三条：\n1. 用户 <<per.v1:user>> 发的微信号 <<wx.w1@v1>>；\n"
        "2. <<per.v2>>（昵称 <<per.v2:user>>）自报的手机号 <<tel.p2:cn_dash>>；\n"
        "3. 用户 <<per.v3:user>> 的 QQ 号 <<qq.q3>>。\n主播名和商品名（[[product|Kindle Paperwhite]]）不用处理。",
        system="你是直播平台的弹幕审核助手，只输出需要屏蔽的内容，不评价观众。",
    ),
    T(
        "h5-zh-livestream_chat-02",
        "zh",
        "livestream_chat",
        "把第二位中奖观众的信息改成只留姓，其他不变，重新给我表格。",
        "",
        "| 序号 | 观众 | 电话 | 寄送地址 |\n|---|---|---|---|\n"
        "| 1 | <<per.a>> | <<tel.a:cn_plain>> | <<addr.a:road_bld>> |\n"
        "| 2 | <<per.b:family>>某 | （已隐去） | （已隐去） |\n\n"
        "奖品是[[product|小米14]]，由[[organisation|顺丰速运]]寄出，运费[[money|¥23.00]]由直播间承担。",
        history=[
            (
                "帮我整理今晚直播抽奖的中奖观众：第一位<<per.a>>（B站主页<<url.ua:bilibili>>），<<tel.a:cn_dash>>，寄<<addr.a:road_bld>>；"
                "第二位<<per.b>>电话<<tel.b:cn_intl>>，地址<<addr.b:comm>>，他说周末不在家",
                "好的，已整理成表：\n| 序号 | 观众 | 电话 | 寄送地址 |\n|---|---|---|---|\n"
                "| 1 | <<per.a>>（<<url.ua:bilibili>>） | <<tel.a:cn_plain>> | <<addr.a:road_bld>> |\n"
                "| 2 | <<per.b>> | <<tel.b:cn_plain>> | <<addr.b:comm>> |",
            )
        ],
        system="你是主播<<per.host>>的运营助理，帮她处理直播间的抽奖发货。",
    ),
    # ------------------------------------------------------------------ takeout_note
    T(
        "h5-zh-takeout_note-01",
        "zh",
        "takeout_note",
        "骑手端本应只显示脱敏信息。请指出下面这条外卖订单数据里哪些字段会泄露顾客隐私，并给出骑手端应显示的内容。",
        '{"order_no": "[[order_number]]", "shop": "[[organisation|老王家牛肉面]]", "total": "[[money|¥68.50]]",\n'
        ' "receiver": "<<per.a>>", "receiver_phone": "<<tel.a:cn_plain>>",\n'
        ' "address": "<<addr.a:comm>>",\n'
        ' "remark": "放门口别敲门，宝宝在睡觉。到了打<<tel.a:cn_dash>>，或者加微信<<wx.a@a>>"}',
        "会泄露隐私的字段：receiver（<<per.a>>）、receiver_phone（<<tel.a:cn_plain>>）、address（完整门牌"
        "<<addr.a:comm>>），以及 remark 里又写了一遍的手机号和微信号<<wx.a@a>>。骑手端只需显示"
        "“<<per.a:family>>**”、虚拟号和楼栋，备注里的联系方式应在下单时过滤。",
    ),
    T(
        "h5-zh-takeout_note-02",
        "zh",
        "takeout_note",
        "这是顾客语音输入的外卖备注，没有标点。请加上标点整理成一句清楚的备注。",
        "到了以后给我打电话<<tel.a:cn_numerals>>不要放外卖柜我在<<addr.a:num_cn>>我叫<<per.a>>辣椒多放一点谢谢",
        "到了以后请给我打电话（<<tel.a:cn_dash>>），不要放外卖柜。地址：<<addr.a:num_cn>>。我叫<<per.a>>，辣椒多放一点，谢谢！",
        source="h5-takeout:<<tel.a:cn_plain>>",
    ),
    # ------------------------------------------------------------------ medical_reimbursement
    T(
        "h5-zh-medical_reimbursement-01",
        "zh",
        "medical_reimbursement",
        "把这张医保报销单整理成JSON，字段用英文。",
        "城乡居民医疗保险 住院费用报销单\n参保人：<<per.a>>　　性别：女　　出生日期：<<dob.a:cn_pad>>\n"
        "公民身份号码：<<cnid.a:spaced>>\n住院号：<<mrn.a:zy>>　　入院科室：心内科（[[common_word|左心室]]肥厚）\n"
        "社保卡金融账号：<<card.a:unionpay>>\n联系电话：<<tel.a>>\n"
        "统筹支付：[[money|¥18,426.30]]　个人自付：[[money|¥6,271.80]]\n经办人：<<per.clerk>>",
        '{"insured_name": "<<per.a>>", "date_of_birth": "<<dob.a:iso>>", "id_number": "<<cnid.a>>",\n'
        ' "inpatient_no": "<<mrn.a:zy>>", "bank_card": "<<card.a:unionpay>>", "phone": "<<tel.a>>",\n'
        ' "handled_by": "<<per.clerk>>"}',
    ),
    T(
        "h5-zh-medical_reimbursement-02",
        "zh",
        "medical_reimbursement",
        "客户在上海看病，回美国要向保险公司报销。请根据材料用中文写一封给保险公司的说明信要点。",
        "Patient: <<per_en.a>>\nDOB: <<dob.a:us_pad>>\nSSN: <<ssn.a>>\nPlan: [[organisation|Blue Cross]] PPO\n"
        "Hospital MRN: <<mrn.a:mz>> (上海某三甲医院国际部)\nHome address: <<addr_us.a:multiline>>\n"
        "Email: <<email.a@a>>\n门诊费用 [[money|¥1,280.00]]，药品 [[product|阿莫西林胶囊]]。",
        "说明信要点：\n1. 被保险人 <<per_en.a:upper>>，出生日期 <<dob.a:long>>，社会安全号 <<ssn.a:plain>>；\n"
        "2. 在上海就诊，医院病历号 <<mrn.a:mz>>，附门诊发票与英文诊断书；\n"
        "3. 理赔款寄往 <<addr_us.a:full>>，联系邮箱 <<email.a@a>>。",
    ),
    # ------------------------------------------------------------------ genealogy_entry
    T(
        "h5-zh-genealogy_entry-01",
        "zh",
        "genealogy_entry",
        "家谱要上传到寻亲网站公开。请把在世的人的联系方式和住址去掉，把这段改写成适合公开的版本。",
        "第二十三世 <<per.a>>，字子衡，<<dob.a:cn_numerals>>生，娶<<per.b>>，生一子一女：子<<per.s:given>>，女<<per.d:given>>。"
        "谱序仿[[public_figure|苏轼]]《族谱引》体例。\n"
        "现居<<addr.a:village>>。\n修谱联系人：<<per.a>>之婿<<per.c>>，手机<<tel.c>>，微信同号。",
        "第二十三世 <<per.a>>，字子衡，娶<<per.b>>，生一子一女：子<<per.s:given>>，女<<per.d:given>>。（在世者的住址、"
        "手机号和出生日期已略去，如需联系修谱人请通过网站私信。）",
    ),
    T(
        "h5-zh-genealogy_entry-02",
        "zh",
        "genealogy_entry",
        "这是一份 GEDCOM 家谱文件片段。请说明其中哪些记录属于在世者的个人信息。",
        "0 @I12@ INDI\n1 NAME <<per.a>>\n2 SURN <<per.a:family>>\n2 GIVN <<per.a:given>>\n1 BIRT\n2 DATE <<dob.a:long_eu>>\n"
        "1 RESI\n2 ADDR <<addr.a:road>>\n2 PHON <<tel.a:cn_intl>>\n2 EMAIL <<email.a@a>>\n"
        "0 @I13@ INDI\n1 NAME <<per.b>>\n1 NOTE 编者，QQ <<qq.b>>，豆瓣 <<url.ub:douban@b>>\n1 CHAN\n2 DATE [[timestamp|12 MAR 2024]]",
        "@I12@ <<per.a>> 是在世者：出生日期（<<dob.a:long_eu>>）、住址（<<addr.a:road>>）、电话 <<tel.a:cn_intl>> "
        "和邮箱 <<email.a@a>> 都是个人信息。@I13@ <<per.b>> 的备注里有 QQ <<qq.b>> 和豆瓣主页 <<url.ub:douban@b>>，也应删掉。",
        source="h5-gedcom/<<email.a@a>>",
    ),
    # ------------------------------------------------------------------ guest_list
    T(
        "h5-zh-guest_list-01",
        "zh",
        "guest_list",
        "根据宾客表，写一条发给伴娘的微信，让她婚礼当天帮忙接第3桌的两位长辈。",
        "| 桌号 | 宾客 | 关系 | 电话 | 礼金 | 备注 |\n|---|---|---|---|---|---|\n"
        "| 3 | <<per.g1>> | 新郎舅舅 | <<tel.g1:cn_plain>> | [[money|2000元]] | 腿脚不便 |\n"
        "| 3 | <<per.g2>> | 舅妈 | <<tel.g2>> | — | 住<<addr.g2:comm>> |\n"
        "| 5 | <<per.g3>> | 大学同学 | <<tel.g3:cn_dash>> | [[money|¥888.00]] | 坐高铁来 |\n"
        "| 8 | <<per.g4>> | 表哥（在德国） | <<tel.g4:cn_intl>> | 转账自 <<iban.g4:de>> | 不能到场 |",
        "亲爱的，婚礼那天麻烦你帮忙接一下3桌的两位长辈：<<per.g1>>舅舅（<<tel.g1:cn_dash>>）和<<per.g2>>舅妈"
        "（<<tel.g2>>），他们从<<addr.g2:comm>>出发，舅舅腿脚不便，到了酒店门口扶一下。另外<<per.g4>>表哥从德国转来的礼金（账户<<iban.g4:de>>）已经收到了，回头帮我谢谢他。谢谢！",
        system="你是<<per.groom>>和<<per.bride>>的婚礼策划助理，说话亲切简短。",
    ),
    T(
        "h5-zh-guest_list-02",
        "zh",
        "guest_list",
        "统计奶奶八十大寿的接龙人数，并列出需要安排住宿的人和联系电话。",
        "#接龙 奶奶八十大寿 [[timestamp|2025-10-03 12:00:00]] 开席\n"
        "1. <<per.a>> 2人\n2. <<per.b:spaced>> 带孩子 3人 电话<<tel.b:cn_fw>> 需要住宿\n"
        "3. <<wx.c@c>>（<<per.c>>）1人 从外地来 需要住宿 <<tel.c:cn_intl2>>\n4. <<per.d>> 2人",
        "共 8 人。需要安排住宿的有：<<per.b>>（<<tel.b:cn_plain>>）和<<per.c>>（微信 <<wx.c@c>>，电话"
        "<<tel.c:cn_space>>）。",
    ),
    # ------------------------------------------------------------------ paper_authors
    T(
        "h5-zh-paper_authors-01",
        "zh",
        "paper_authors",
        "期刊要求双盲评审。请把稿件首页的作者信息块删掉，并单独整理成“作者信息页”。",
        "基于 [[code_identifier|Rust]] 的日志脱敏方法研究\n<<per.a>>¹，<<per.b>>²*\n"
        "（1. [[organisation|北京大学]] 信息科学技术学院；2. 某研究院）\n"
        "作者简介：<<per.a>>（<<dob.a:cn_pad>>生），女，博士研究生。\n"
        "*通信作者：<<per.b>>，E-mail：<<email.b@b>>，电话：<<tel.b:cn_land>>",
        "首页删去作者块后只保留题目。作者信息页：\n第一作者 <<per.a>>，出生日期 <<dob.a:cn>>；\n"
        "通信作者 <<per.b>>，邮箱 <<email.b@b>>，电话 <<tel.b:cn_land>>。",
    ),
    T(
        "h5-zh-paper_authors-02",
        "zh",
        "paper_authors",
        "这篇英文论文的作者块里，哪些信息属于作者个人（而不是单位）？",
        "<<per.a:pinyin_fl>>¹, <<per_en.b>>², <<per.c:pinyin>>¹\n"
        "¹ School of Computer Science, [[organisation|Tsinghua University]]\n² [[organisation|Google]] Research\n"
        "Correspondence: <<email.a@a>>; code: <<url.ua:github@a>>\nPersonal page of the third author: <<url.uc:zhihu@c>>",
        "属于个人的是三位作者的姓名（<<per.a>>、<<per_en.b>>、<<per.c>>）、通信邮箱 <<email.a@a>>、"
        "第一作者的 GitHub 主页 <<url.ua:github@a>> 和第三作者的知乎主页 <<url.uc:zhihu@c>>。单位名称不属于个人信息。",
    ),
    # ------------------------------------------------------------------ patent_filing
    T(
        "h5-zh-patent_filing-01",
        "zh",
        "patent_filing",
        "核对专利请求书里发明人和申请人的信息是否一致，列出不一致或缺失的地方。",
        "发明专利请求书\n发明名称：一种基于 [[code_identifier|Kotlin]] 的移动端表单校验方法\n"
        "发明人：<<per.a>>、<<per.b>>\n第一发明人公民身份号码：<<cnid.a>>\n"
        "申请人（个人）：<<per.a:spaced>>\n申请人地址：<<addr.a:post>>\n联系人电话：<<tel.a:cn_0086>>\n"
        "代理机构：[[organisation|某某知识产权代理有限公司]]　申请费：[[money|900元]]",
        "申请人<<per.a>>与第一发明人一致（请求书里写成了“<<per.a:spaced>>”，中间多了空格，建议去掉）；"
        "第二发明人<<per.b>>缺少身份证号；联系电话<<tel.a:cn_0086>>带了国际前缀，国内申请写<<tel.a:cn_plain>>即可。",
    ),
    T(
        "h5-zh-patent_filing-02",
        "zh",
        "patent_filing",
        "把下面的美国专利申请发明人声明要点翻译成中文。",
        "Inventor: <<per.b:pinyin>>\nResidence: <<addr_us.b:full>>\nCitizenship: China, passport <<pass.b:cn_e>>\n"
        "Fee payment by European agent, account <<iban.f:de>>\nApplication title: Battery housing for [[product|Tesla Model 3]]\n"
        "Contact: <<email.b@b>>",
        "发明人：<<per.b>>（<<per.b:pinyin>>）\n居住地：<<addr_us.b:full>>\n国籍：中国，护照号 <<pass.b:cn_e>>\n"
        "费用由欧洲代理人从账户 <<iban.f:de>> 支付\n申请名称：用于[[product|特斯拉Model 3]]的电池外壳\n联系邮箱：<<email.b@b>>",
    ),
    # ------------------------------------------------------------------ conference_badge
    T(
        "h5-zh-conference_badge-01",
        "zh",
        "conference_badge",
        "胸牌打印只需要姓名和单位。请检查这份CSV，说明二维码列里多带了哪些个人信息。",
        "姓名,单位,职务,二维码内容\n"
        '<<per.a>>,[[organisation|华为]],工程师,"BEGIN:VCARD;FN:<<per.a>>;TEL:<<tel.a:cn_intl>>;EMAIL:<<email.a@a>>;URL:<<url.ua@a>>;END:VCARD"\n'
        '<<per.b>>,[[organisation|中国移动]],产品经理,"BEGIN:VCARD;FN:<<per.b>>;TEL:<<tel.b:cn_plain>>;NOTE:微信<<wx.b>>;END:VCARD"',
        "二维码里多带了：<<per.a>>的手机 <<tel.a:cn_dash>>、邮箱 <<email.a@a>> 和个人主页 <<url.ua@a>>；<<per.b>>的手机 <<tel.b:cn_dash>> 和微信号 <<wx.b>>。"
        "胸牌二维码建议只放签到编号。",
    ),
    T(
        "h5-zh-conference_badge-02",
        "zh",
        "conference_badge",
        "把参会回执整理成会务组用的表格（姓名、手机、住宿、车牌）。",
        "参会回执\n姓名：<<per.a>>　身份证号：<<cnid.a:x|lower_x>>\n手机：<<tel.a:cn_dash>>\n"
        "是否住宿：是（[[timestamp|2025-11-14]] 入住）\n自驾车牌：<<plate.a>>\n备注：同行人<<per.b>>，电话<<tel.b>>",
        "| 姓名 | 手机 | 住宿 | 车牌 |\n|---|---|---|---|\n| <<per.a>> | <<tel.a:cn_plain>> | 是 | <<plate.a>> |\n"
        "| <<per.b>> | <<tel.b>> | 同住 | — |",
    ),
    # ------------------------------------------------------------------ notebook_output
    T(
        "h5-zh-notebook_output-01",
        "zh",
        "notebook_output",
        "这个 notebook 要推到公开的 GitHub 仓库。请指出哪些单元格输出需要清除，并说明原因。",
        "In [3]: import pandas as pd  # [[version]]\n        df = pd.read_excel('随访名单.xlsx')\n        df.head(3)\n"
        "Out[3]:\n     姓名       手机            病案号        出生日期\n"
        "0  <<per.a>>  <<tel.a:cn_plain>>  <<mrn.a:zy>>  <<dob.a:iso>>\n"
        "1  <<per.b>>  <<tel.b:cn_plain>>  <<mrn.b:mz>>  <<dob.b:iso>>\n\n"
        "In [4]: df.shape\nOut[4]: ([[number|1024]], 4)",
        "Out[3] 必须清除：它打印了随访患者的真实信息，例如<<per.a>>（手机<<tel.a:cn_plain>>，病案号<<mrn.a:zy>>，"
        "出生日期<<dob.a:cn>>）和<<per.b>>（病案号<<mrn.b:mz>>）。Out[4] 只是行列数，可以保留。建议提交前运行"
        " `jupyter nbconvert --clear-output`，并且不要把[[code_identifier|pandas.DataFrame]]直接打印到输出里。",
    ),
    T(
        "h5-zh-notebook_output-02",
        "zh",
        "notebook_output",
        "解释这个单元格的输出是什么意思，并指出里面的敏感字段。",
        '{"cell_type": "code", "execution_count": 7,\n "source": ["resp = api.get_profile(uid)\\n", "print(resp)"],\n'
        ' "outputs": [{"name": "stdout", "text": ["{\'nickname\': \'<<per.a:user>>\', \'real_name\': \'<<per.a>>\', '
        "'qq': '<<qq.a>>', 'wechat': '<<wx.a@a>>', 'bind_mac': '<<mac.a:colon>>', 'last_ip': '<<ip.a>>'}\"]}]}",
        "输出是接口返回的用户资料字典。敏感字段：real_name（<<per.a>>）、qq（<<qq.a>>）、wechat（<<wx.a@a>>）、"
        "绑定设备的 MAC 地址 <<mac.a:dash>> 和最近登录 IP <<ip.a>>。昵称 <<per.a:user>> 也能关联到本人。",
    ),
    # ------------------------------------------------------------------ analytics_event
    T(
        "h5-zh-analytics_event-01",
        "zh",
        "analytics_event",
        "这条埋点请求把明文个人信息发给了第三方统计平台。请列出泄露的参数，并给出修改建议。",
        "GET /collect?ev=submit_form&page=%2Fcheckout&uid=<<per.a:user>>&tel=<<tel.a:cn_plain>>&idno=<<cnid.a>>"
        "&ip=<<ip.a>>&ts=[[timestamp]]&sdk=[[version]] HTTP/1.1\nHost: stat.example-analytics.cn",
        "泄露的参数：uid（用户名 <<per.a:user>>）、tel（手机号 <<tel.a:cn_dash>>）、idno（身份证号 <<cnid.a>>）、"
        "ip（<<ip.a>>）。建议只上报哈希后的用户编号，手机号和身份证号不要进入埋点。",
    ),
    T(
        "h5-zh-analytics_event-02",
        "zh",
        "analytics_event",
        "把这条埋点事件里的用户属性翻译成中文说明。",
        '{"event": "$AppClick", "distinct_id": "<<tel.a:cn_plain>>", "lib": {"$lib_version": "[[version]]"},\n'
        ' "properties": {"$os": "Android", "$mac": "<<mac.a:colon_lower>>", "收货人": "<<per.a>>",\n'
        '   "收货地址": "<<addr.a:tower>>", "生日": "<<dob.a:slash_iso>>", "$element_id": "[[code_identifier|btn_submit_order]]"}}',
        "distinct_id 直接用了手机号 <<tel.a:cn_space>>；$mac 是设备网卡地址 <<mac.a:colon_lower>>；收货人是<<per.a>>，"
        "收货地址<<addr.a:tower>>，生日<<dob.a:cn>>。这些都不应该以明文上报。",
    ),
    # ------------------------------------------------------------------ ldif_export
    T(
        "h5-zh-ldif_export-01",
        "zh",
        "ldif_export",
        "根据这份 LDIF 导出，生成一张部门通讯录（姓名、邮箱、工位电话），不要包含个人手机和家庭住址。",
        "dn: uid=<<per.a:user>>,ou=研发部,dc=example,dc=cn\nobjectClass: inetOrgPerson\ncn: <<per.a>>\n"
        "sn: <<per.a:family>>\ngivenName: <<per.a:given>>\nmail: <<email.a@a>>\nmobile: <<tel.a:cn_intl>>\n"
        "telephoneNumber: 8021\nhomePostalAddress: <<addr.a:road>>\n\n"
        "dn: uid=<<per.b:user>>,ou=研发部,dc=example,dc=cn\ncn: <<per.b>>\nmail: <<email.b@b>>\nmobile: <<tel.b:cn_plain>>",
        "| 姓名 | 邮箱 | 工位电话 |\n|---|---|---|\n| <<per.a>> | <<email.a@a>> | 8021 |\n| <<per.b>> | <<email.b@b>> | — |",
        system="你是IT部门的通讯录维护助手。公司规定个人手机号（例如<<per.a>>的<<tel.a:cn_dash>>）不得出现在部门通讯录里。",
    ),
    T(
        "h5-zh-ldif_export-02",
        "zh",
        "ldif_export",
        "美国子公司的 AD 导出里有不该存的字段。请用中文指出是哪几个属性、属于谁。",
        "dn: CN=<<per_en.a:last_first>>,OU=Users,OU=Seattle,DC=corp,DC=example,DC=com\n"
        "sAMAccountName: <<per_en.a:user>>\ndisplayName: <<per_en.a>>\nuserPrincipalName: <<email.a@a>>\n"
        "telephoneNumber: <<tel.a:us_paren>>\nstreetAddress: <<addr_us.a:line>>\nextensionAttribute1: <<ssn.a>>\n"
        "extensionAttribute2: <<dl.a:wa>>\nwhenCreated: [[timestamp|20230412083000.0Z]]",
        "属于员工 <<per_en.a>>（账号 <<per_en.a:user>>）：extensionAttribute1 存了社会安全号 <<ssn.a>>，extensionAttribute2 "
        "存了华盛顿州驾照号 <<dl.a:wa>>，这两个属性不该放在目录里；streetAddress（<<addr_us.a:line>>）是家庭住址，也应移除。",
    ),
    # ------------------------------------------------------------------ sms_backup_xml
    T(
        "h5-zh-sms_backup_xml-01",
        "zh",
        "sms_backup_xml",
        "这是手机短信备份的 XML。请把每条短信按“发件人 — 内容摘要”列出来。",
        '<?xml version="1.0" encoding="UTF-8"?>\n<smses count="3">\n'
        '  <sms address="<<tel.a:cn_intl>>" contact_name="<<per.a>>" date="[[timestamp|1717131600000]]" type="1"\n'
        '       body="我是<<per.a:given>>，工资卡换了，新卡号<<card.a>>，你帮我跟财务说一下" />\n'
        '  <sms address="[[service_number|10086]]" contact_name="(Unknown)" body="您本月话费[[money|¥58.00]]，如有疑问请拨打10086。" />\n'
        '  <sms address="<<tel.b:cn_plain>>" contact_name="<<per.b>>" body="您的门诊号<<mrn.b:mz>>，明天上午复诊" />\n</smses>',
        "1. <<per.a>>（<<tel.a:cn_plain>>）— 说工资卡换成了<<card.a>>，请转告财务；\n"
        "2. [[service_number|10086]] — 话费提醒；\n3. <<per.b>>（<<tel.b:cn_dash>>）— 门诊号<<mrn.b:mz>>，提醒明天复诊。",
    ),
    T(
        "h5-zh-sms_backup_xml-02",
        "zh",
        "sms_backup_xml",
        "把这些短信分成“快递”“私人”两类。",
        '[{"_id": 881, "address": "[[service_number|95338]]", "body": "【[[organisation|顺丰速运]]】快件[[tracking_number.t]]已到驿站，取件码 5-2-1108"},\n'
        ' {"_id": 882, "address": "<<tel.a:cn_plain>>", "body": "<<per.b>>的身份证号是<<cnid.b>>，你帮他订周五的高铁，他电话<<tel.b:cn_dash>>"},\n'
        ' {"_id": 883, "address": "<<tel.a:cn_plain>>", "body": "订好了告诉我，我QQ <<qq.a>>"}]',
        "快递：881（快件 [[tracking_number.t]] 到驿站的取件通知）。\n私人：882、883，发件人 <<tel.a:cn_space>>，内容包括<<per.b>>的身份证号<<cnid.b>>和电话<<tel.b:cn_plain>>，"
        "以及发件人的QQ <<qq.a>>。",
    ),
    # ------------------------------------------------------------------ contacts_export
    T(
        "h5-zh-contacts_export-01",
        "zh",
        "contacts_export",
        "把这份从谷歌通讯录导出的 CSV 转成 vCard 3.0 格式。",
        "Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Value,Address 1 - Formatted,Birthday,Notes\n"
        "<<per.a>>,<<per.a:given>>,<<per.a:family>>,Mobile,<<tel.a:cn_intl>>,<<email.a@a>>,<<addr.a:road_bld>>,<<dob.a:iso>>,QQ <<qq.a>>",
        "BEGIN:VCARD\nVERSION:3.0\nN:<<per.a:family>>;<<per.a:given>>;;;\nFN:<<per.a>>\nTEL;TYPE=CELL:<<tel.a:cn_intl2>>\n"
        "EMAIL:<<email.a@a>>\nADR;TYPE=HOME:;;<<addr.a:road_bld>>;;;;\nBDAY:<<dob.a:iso>>\nNOTE:QQ <<qq.a>>\nEND:VCARD",
    ),
    T(
        "h5-zh-contacts_export-02",
        "zh",
        "contacts_export",
        "Outlook 导出的联系人里有重复的人，请找出来并给出合并后的一条。",
        '"First Name","Last Name","Mobile Phone","E-mail Address","Home Street","Notes"\n'
        '"<<per.a:given>>","<<per.a:family>>","<<tel.a:cn_dash>>","<<email.a@a>>","<<addr.a:lane>>",""\n'
        '"<<per.b:given>>","<<per.b:family>>","<<tel.b:cn_plain>>","","","[[common_word|单位]]同事"\n'
        '"","","<<tel.a:cn_0086>>","<<email.a@a>>","","<<per.a>> 旧号码"',
        "第1行和第3行是同一个人<<per.a>>：手机号<<tel.a:cn_dash>>与<<tel.a:cn_0086>>只是写法不同，邮箱也相同。合并后：\n"
        "<<per.a:family>><<per.a:given>>，手机 <<tel.a:cn_plain>>，邮箱 <<email.a@a>>，住址 <<addr.a:lane>>。第2行<<per.b>>只出现一次，不是重复。",
    ),
    # ------------------------------------------------------------------ password_reset_email
    T(
        "h5-zh-password_reset_email-01",
        "zh",
        "password_reset_email",
        "判断下面这封“密码重置”邮件是不是钓鱼邮件，说明理由。",
        "发件人：安全中心 <no-reply@secure-login-cn.top>\n收件人：<<email.a@a>>\n\n尊敬的<<per.a>>：\n"
        "我们检测到您的账号于 [[timestamp]] 在新设备 [[product|华为Mate 60]] 上申请重置密码，请求来自 IP <<ip.a>>。\n"
        "如非本人操作，请点击 https://secure-login-cn.top/reset?user=<<per.a:user>>&phone=<<tel.a:cn_plain>> 冻结账号，"
        "或致电客服 [[service_number|95588]]。",
        "很可能是钓鱼邮件：发件域名 secure-login-cn.top 不是官方域名；链接把你的用户名 <<per.a:user>> 和手机号"
        " <<tel.a:cn_plain>> 明文带在网址里；邮件里的 IP <<ip.a>> 和设备信息无法核实。不要点链接，直接从官方 App 修改密码。",
    ),
    T(
        "h5-zh-password_reset_email-02",
        "zh",
        "password_reset_email",
        "用户说收不到重置密码的邮件。请根据下面的发送日志，用中文回复他排查结果。",
        "[[timestamp]] INFO mailer: queued reset mail to=<<email.b@b>> user=<<per.b:pinyin>> uid=[[number|88213]]\n"
        "[[timestamp]] WARN mailer: bounce 550 mailbox full to=<<email.b@b>>\n"
        "[[timestamp]] INFO sms: fallback code sent to <<tel.b:cn_intl>> (ip <<ip.b:v6>>)",
        "<<per.b>>您好：系统已向 <<email.b@b>> 发送重置邮件，但对方邮箱已满被退回。我们随后向您的手机 <<tel.b:cn_dash>>"
        " 发送了短信验证码，请查收。如仍有问题，请清理邮箱后重试。",
    ),
    # ------------------------------------------------------------------ einvoice
    T(
        "h5-zh-einvoice-01",
        "zh",
        "einvoice",
        "从这张电子发票的票头提取报销需要的字段，输出 JSON。",
        "电子发票（普通发票）\n发票号码：[[order_number]]　开票日期：[[timestamp|2025年03月18日]]\n"
        "购买方信息　名称：<<per.a>>　统一社会信用代码/纳税人识别号：<<cnid.a>>\n"
        "购买方地址、电话：<<addr.a:road>> <<tel.a:cn_plain>>\n购买方开户行及账号：[[organisation|招商银行]] <<card.a:unionpay>>\n"
        "销售方：[[organisation|京东]]　项目：[[product|戴森V12]]　价税合计：[[money|¥3,299.00]]",
        '{"buyer": "<<per.a>>", "buyer_tax_id": "<<cnid.a>>", "buyer_address": "<<addr.a:road>>",\n'
        ' "buyer_phone": "<<tel.a:cn_plain>>", "buyer_account": "<<card.a:unionpay>>", "seller": "[[organisation|京东]]"}',
    ),
    T(
        "h5-zh-einvoice-02",
        "zh",
        "einvoice",
        "海外客户要开形式发票。请根据邮件内容整理买方信息，准备开票。",
        "Hi，请把发票开给我个人：\n<<per_en.b>>\n<<addr_uk.b:flat>>\nVAT: not registered\n"
        "付款账户 IBAN <<iban.b:gb>>，邮箱 <<email.b@b>>，电话 <<tel.b:uk_intl>>\n订单 [[order_number]]，金额 [[money|£1,250.00]]",
        "买方：<<per_en.b>>\n地址：<<addr_uk.b:flat>>\n付款账户：<<iban.b:gb>>\n联系邮箱：<<email.b@b>>，电话 <<tel.b:uk_intl>>\n"
        "（买方为个人，无增值税号）",
    ),
    # ------------------------------------------------------------------ pawn_ticket
    T(
        "h5-zh-pawn_ticket-01",
        "zh",
        "pawn_ticket",
        "客户来赎当。请核对当票信息，写出需要客户现场出示和确认的内容。",
        "当　票　No. [[number|0003127]]\n当户名称：<<per.a>>\n证件号码：<<cnid.a:fw>>\n住址：<<addr.a:lane>>\n"
        "联系电话：<<tel.a:cn_fw>>\n当物名称：[[product|MacBook Air]] 一台（九成新）\n当金：[[money|¥4,500.00]]　月综合费率：[[number|4.2%]]\n"
        "典当期限：[[timestamp|2025-05-01]] 至 [[timestamp|2025-05-31]]",
        "请<<per.a>>本人出示身份证（号码应为<<cnid.a>>）和当票原件；核对联系电话<<tel.a:cn_plain>>；"
        "确认当物为[[product|MacBook Air]]一台；结清当金和综合费后赎回。",
    ),
    T(
        "h5-zh-pawn_ticket-02",
        "zh",
        "pawn_ticket",
        "写一条短信，提醒汽车质押典当的客户<<per.a>>下周到期。",
        "业务类型：机动车质押\n出质人：<<per.a>>　驾驶证号：<<dl.a>>\n车牌号码：<<plate.a>>　车架号：[[number|LSVAU2180N2183476]]\n"
        "手机：<<tel.a:cn_space>>\n到期日：[[timestamp|2025-06-30]]",
        "【典当行】尊敬的<<per.a>>客户您好，您质押的车辆<<plate.a>>将于[[timestamp|2025-06-30]]到期，请按时办理续当或赎车。"
        "如有疑问请回复本短信。（发送至<<tel.a:cn_plain>>）",
    ),
    # ------------------------------------------------------------------ outdoor_licence
    T(
        "h5-zh-outdoor_licence-01",
        "zh",
        "outdoor_licence",
        "根据报名信息，填写休闲海钓许可申请表的各项。",
        "大家好，我报名周六的海钓：\n姓名<<per.a>>，身份证<<cnid.a>>，手机<<tel.a>>。坐的是钓友<<per.b>>的船，"
        "船籍港在[[public_place|鼓浪屿]]附近，船上AIS编号[[number|412345678]]。钓友群QQ <<qq.b>>。",
        "申请人：<<per.a>>\n证件号码：<<cnid.a>>\n联系电话：<<tel.a>>\n乘坐船舶：船主<<per.b>>（AIS [[number|412345678]]）\n"
        "备注：同行联络通过QQ <<qq.b>>",
    ),
    T(
        "h5-zh-outdoor_licence-02",
        "zh",
        "outdoor_licence",
        "整理登山许可申请的队员名单，按表格输出，外籍队员写护照号。",
        "[[public_place|四姑娘山]]幺妹峰登山许可 队员信息：\n领队 <<per.a>>，身份证<<cnid.a:spaced>>，生日<<dob.a:cn>>\n"
        "队员 <<per_en.b>>（外籍），护照<<pass.b:us_new>>，生日<<dob.b:long>>\n"
        "紧急联系人 <<per.c>>，电话<<tel.c:cn_intl2>>\n押金由<<per_en.b>>从欧洲账户 <<iban.b>> 汇出",
        "| 角色 | 姓名 | 证件 | 出生日期 |\n|---|---|---|---|\n| 领队 | <<per.a>> | 身份证 <<cnid.a>> | <<dob.a:iso>> |\n"
        "| 队员 | <<per_en.b:upper>> | 护照 <<pass.b:us_new>> | <<dob.b:iso>> |\n\n紧急联系人：<<per.c>>，<<tel.c:cn_dash>>\n押金付款账户：<<iban.b>>（<<per_en.b>>）",
    ),
    # ------------------------------------------------------------------ boat_registration
    T(
        "h5-zh-boat_registration-01",
        "zh",
        "boat_registration",
        "把这份渔船登记材料整理成登记表的字段。",
        "船舶所有人<<per.a>>，公民身份号码<<cnid.a>>，住所<<addr.a:village>>。船名“[[common_word|海洋]]七号”，"
        "主机功率[[number|88.2]]千瓦，MMSI [[number|412600318]]。联系电话<<tel.a:cn_numerals|cn_space>>。"
        "共有人<<per.b>>，身份证<<cnid.b:fw>>。",
        "船舶所有人：<<per.a>>\n身份证号：<<cnid.a>>\n住所：<<addr.a:village>>\n联系电话：<<tel.a:cn_plain>>\n"
        "共有人：<<per.b>>（<<cnid.b>>）\n船名：[[common_word|海洋]]七号　MMSI：[[number|412600318]]",
    ),
    T(
        "h5-zh-boat_registration-02",
        "zh",
        "boat_registration",
        "游艇会要给新会员发欢迎邮件。请根据入会资料写一封，邮件里不要重复证件号。",
        "入会资料：会员<<per.a>>，护照<<pass.a:cn_ea>>，游艇泊位 B-17，车位登记车牌<<plate.a>>，"
        "邮箱<<email.a@a>>，微信<<wx.a@a>>，推荐人<<per.b>>。年费[[money|¥36,000.00]]已付。",
        "收件人：<<email.a@a>>\n<<per.a>>您好：欢迎加入游艇会！您的泊位为 B-17，车辆<<plate.a>>已登记，可直接进入停车场。"
        "推荐人<<per.b>>向您问好。如需帮助，可添加管家微信，我们也会通过<<wx.a@a>>联系您。",
    ),
    # ------------------------------------------------------------------ library_loan
    T(
        "h5-zh-library_loan-01",
        "zh",
        "library_loan",
        "把这条逾期通知改写得更礼貌一些。",
        "<<per.a>>：你借的《[[public_figure|鲁迅]]全集》第三卷（ISBN [[isbn]]）已经逾期[[number|17]]天，读者证（身份证）"
        "<<cnid.a:x|lower_x>>已被冻结。赶紧还！有问题打<<tel.lib:cn_land>>找<<per.b>>。",
        "<<per.a>>读者您好：您借阅的《[[public_figure|鲁迅]]全集》第三卷已逾期[[number|17]]天，您的读者证暂时无法借书。"
        "请尽快归还，归还后即可恢复。如有疑问，欢迎致电<<tel.lib:cn_land>>联系<<per.b>>老师。",
    ),
    T(
        "h5-zh-library_loan-02",
        "zh",
        "library_loan",
        "统计这段自助借还机日志里每位读者借了几本书，输出时不要写读者证号。",
        "[[timestamp]] kiosk-03 mac=<<mac.k:cisco>> LOAN reader=<<per.a:user>> card=<<cnid.a>> item=[[isbn]]\n"
        "[[timestamp]] kiosk-03 mac=<<mac.k:cisco>> LOAN reader=<<per.a:user>> card=<<cnid.a>> item=[[isbn]]\n"
        "[[timestamp]] kiosk-03 mac=<<mac.k:cisco>> LOAN reader=<<per.b:user>> card=<<cnid.b>> item=[[isbn]] wx_notify=<<wx.b@b>>",
        "<<per.a:user>>：2 本；<<per.b:user>>：1 本（借书通知已推送到微信 <<wx.b@b>>）。",
    ),
    # ------------------------------------------------------------------ bankruptcy_notice
    T(
        "h5-zh-bankruptcy_notice-01",
        "zh",
        "bankruptcy_notice",
        "这份个人破产公告要在网上公开。请指出公告里哪些内容超出了公开所需，并给出修改后的公告正文。",
        "（2025）粤03破申[[number|118]]号\n本院根据债务人<<per.a>>（公民身份号码<<cnid.a>>，住所<<addr.a:tower>>）的申请，"
        "裁定受理其个人破产清算一案。债权人应于[[timestamp|2025年8月30日]]前向管理人申报债权。\n"
        "管理人联系人：<<per.b>>，电话<<tel.b:cn_land>>。\n附：已知债权人 <<per.c>>，账户<<card.c>>，债权金额[[money|¥86,000.00]]。",
        "超出公开所需的内容：债务人<<per.a>>的完整身份证号和门牌地址、已知债权人<<per.c>>的银行账户<<card.c>>。"
        "修改后：本院根据债务人<<per.a>>的申请，裁定受理其个人破产清算一案。债权人应于[[timestamp|2025年8月30日]]前向管理人"
        "申报债权。管理人联系人：<<per.b>>，电话<<tel.b:cn_land>>。",
    ),
    T(
        "h5-zh-bankruptcy_notice-02",
        "zh",
        "bankruptcy_notice",
        "把境外债权人的申报材料整理成中文债权申报表。",
        "Proof of Claim\nCreditor: <<per_en.a>>\nAddress: <<addr_us.a:full_unit>>\nSSN: <<ssn.a:space|dash>>\n"
        "Amount: [[money|$12,480.00]]\nRefund to: <<iban.a>>\nPhone: <<tel.a:us_dot>>  Email: <<email.a@a>>",
        "债权人：<<per_en.a>>\n地址：<<addr_us.a:full_unit>>\n美国社会安全号：<<ssn.a>>\n申报金额：[[money|$12,480.00]]\n"
        "收款账户（IBAN）：<<iban.a>>\n联系方式：<<tel.a:us_intl>>，<<email.a@a>>",
    ),
    # ------------------------------------------------------------------ notarial_certificate
    T(
        "h5-zh-notarial_certificate-01",
        "zh",
        "notarial_certificate",
        "把这份亲属关系公证书的正文翻译成英文（人名用拼音，日期用英文写法）。",
        "公证书\n（2025）京中信内民证字第[[number|08812]]号\n申请人：<<per.a>>，女，<<dob.a:cn>>出生，公民身份号码：<<cnid.a>>。\n"
        "关系人：<<per.b>>，男，<<dob.b:cn>>出生，公民身份号码：<<cnid.b>>。\n兹证明申请人<<per.a>>是关系人<<per.b>>的女儿。",
        "Notarial Certificate\nApplicant: <<per.a:pinyin>>, female, born on <<dob.a:long>>, Citizen ID No. <<cnid.a>>.\n"
        "Related party: <<per.b:pinyin>>, male, born on <<dob.b:long>>, Citizen ID No. <<cnid.b>>.\n"
        "This is to certify that the applicant <<per.a:pinyin>> is the daughter of <<per.b:pinyin>>.",
    ),
    T(
        "h5-zh-notarial_certificate-02",
        "zh",
        "notarial_certificate",
        "客户要办委托公证，在国内卖房。请根据资料列出委托书需要写明的当事人信息。",
        "委托人<<per.a>>，现居美国，护照号<<pass.a:cn_g>>，美国住址<<addr_us.a:multiline>>，SSN <<ssn.a:dash>>（办银行手续时提供过）。\n"
        "受托人<<per.b>>，身份证<<cnid.b>>，电话<<tel.b:cn_dash>>。\n房产：<<addr.h:yuan>>。",
        "委托人：<<per.a>>，护照号<<pass.a:cn_g>>，住址<<addr_us.a:full>>；\n受托人：<<per.b>>，公民身份号码<<cnid.b>>，"
        "联系电话<<tel.b:cn_plain>>；\n委托事项：出售位于<<addr.h:yuan>>的房产。\n（SSN 与委托事项无关，不必写入委托书。）",
    ),
    # ------------------------------------------------------------------ voter_roll
    T(
        "h5-zh-voter_roll-01",
        "zh",
        "voter_roll",
        "居委会要把选民名单贴到网上公示。请说明哪些列不应公开，并给出公示版的表格。",
        "第七居民区选民名单\n| 序号 | 姓名 | 性别 | 出生日期 | 住址 |\n|---|---|---|---|---|\n"
        "| 1 | <<per.a>> | 男 | <<dob.a:cn_pad>> | <<addr.a:comm>> |\n| 2 | <<per.b>> | 女 | <<dob.b:cn_pad>> | <<addr.b:comm>> |\n"
        "| 3 | <<per.c>> | 女 | <<dob.c:dot>> | <<addr.c:lane>> |",
        "出生日期和详细门牌不应公开。公示版：\n| 序号 | 姓名 | 性别 |\n|---|---|---|\n| 1 | <<per.a>> | 男 |\n| 2 | <<per.b>> | 女 |\n"
        "| 3 | <<per.c>> | 女 |",
    ),
    T(
        "h5-zh-voter_roll-02",
        "zh",
        "voter_roll",
        "帮我把补登记的选民<<per.x>>和<<per.y>>加到名单里，并告诉我还缺什么材料。",
        "",
        "已补登记：<<per.x>>，身份证<<cnid.x>>，户籍<<addr.x:village>>，出生日期<<dob.x:cn>>。还缺户口簿复印件；"
        "另外<<per.y>>只有电话<<tel.y:cn_plain>>，缺身份证号，需要本人来村委会补。",
        history=[
            (
                "村里换届，要补登记两个人。一个是<<per.x>>，身份证<<cnid.x>>，户口在<<addr.x:village>>",
                "好的。<<per.x>>的出生日期我按身份证核一下，您方便的话再发一下户口簿。",
            ),
            (
                "另一个是<<per.y:spaced>>，我只有他电话<<tel.y:cn_dash>>",
                "收到，<<per.y>>需要本人带身份证来登记。",
            ),
        ],
        system="你是[[organisation|民政局]]指导下的村委会换届工作助手。",
    ),
    # ------------------------------------------------------------------ shuttle_manifest
    T(
        "h5-zh-shuttle_manifest-01",
        "zh",
        "shuttle_manifest",
        "根据班车名单，给司机发一条今晚的接人顺序（只写姓名、上车点和电话）。",
        "工号,姓名,手机,上车点,家庭住址\n100238,<<per.a>>,<<tel.a:cn_plain>>,地铁站B口,<<addr.a:short>>\n"
        "100471,<<per.b>>,<<tel.b:cn_plain>>,小区东门,<<addr.b:comm>>\n司机：<<per.d>>，车牌<<plate.d>>，驾驶证号<<dl.d>>",
        "<<per.d>>师傅（驾驶证<<dl.d>>已备案），今晚（车<<plate.d>>）接人顺序：\n1. <<per.a>>，地铁站B口，<<tel.a:cn_dash>>\n2. <<per.b>>，小区东门，<<tel.b:cn_dash>>",
    ),
    T(
        "h5-zh-shuttle_manifest-02",
        "zh",
        "shuttle_manifest",
        "旅行社机场接送名单要交给酒店。请整理成表格，护照号只保留给酒店前台。",
        "团号 [[order_number]] 接机名单（航班[[number|CA1832]]，[[timestamp|2025-07-19 14:35:00]] 落地）：\n"
        "<<per.a>> 护照<<pass.a>> 手机<<tel.a:cn_intl>>\n<<per.b:pinyin_fl>> 护照<<pass.b>> 同住\n"
        "导游<<per.g>> 微信<<wx.g@g>>\n接机司机<<per.dr>> 车牌<<plate.dr>> 驾驶证<<dl.dr>>",
        "| 旅客 | 护照号 | 联系电话 |\n|---|---|---|\n| <<per.a>> | <<pass.a>> | <<tel.a:cn_intl>> |\n"
        "| <<per.b>> | <<pass.b>> | 与<<per.a>>同住 |\n\n导游<<per.g>>（微信<<wx.g@g>>）会在大堂等候；接机车辆<<plate.dr>>，司机<<per.dr>>（驾驶证<<dl.dr>>）需在酒店停车场登记。",
    ),
    # ------------------------------------------------------------------ blood_donation
    T(
        "h5-zh-blood_donation-01",
        "zh",
        "blood_donation",
        "根据献血登记表写一条献血感谢短信，只称呼名字。",
        "无偿献血登记表\n姓名：<<per.a>>　性别：女　出生日期：<<dob.a:compact>>\n身份证号：<<cnid.a>>\n"
        "血型：O型 Rh阳性　献血量：[[number|400]]ml　献血编码：3201250617004\n手机：<<tel.a>>\n"
        "工作单位：[[organisation|协和医院]]　住址：<<addr.a:road_bld>>",
        "<<per.a:given>>您好：感谢您今天无偿献血[[number|400]]ml！检测结果会在 7 个工作日内发送到<<tel.a>>。"
        "祝您身体健康！",
        source="h5-blood:<<cnid.a>>",
    ),
    T(
        "h5-zh-blood_donation-02",
        "zh",
        "blood_donation",
        "群里急需 Rh 阴性献血者。请把群消息里愿意献血的人整理成名单。",
        "[医院志愿者群]\n<<per.a>>：我是Rh阴性O型，电话<<tel.a:cn_space>>，住<<addr.a:comm>>，随时可以去\n"
        "<<per.b>>：我AB型阴性，QQ <<qq.b>>，明天上午有空\n[[common_word|平安]]是福：转发了\n<<per.c:user>>：+1，<<tel.c:cn_intl2>>",
        "1. <<per.a>>，O型Rh阴性，<<tel.a:cn_dash>>，住<<addr.a:comm>>\n2. <<per.b>>，AB型Rh阴性，QQ <<qq.b>>，明天上午\n"
        "3. <<per.c:user>>，血型待确认，<<tel.c:cn_plain>>",
    ),
    # ------------------------------------------------------------------ marriage_registration
    T(
        "h5-zh-marriage_registration-01",
        "zh",
        "marriage_registration",
        "核对结婚登记预约信息，双方信息有没有填错的地方？",
        "婚姻登记网上预约\n男方：<<per.a>>　身份证：<<cnid.a>>　出生日期：<<dob.a:cn_pad>>\n户籍地：<<addr.a:road>>\n"
        "女方：<<per.b>>　身份证：<<cnid.b:x|spaced>>　出生日期：<<dob.b:cn_pad>>\n联系手机：<<tel.b:cn_plain>>\n"
        "预约时间：[[timestamp|2025-05-20 09:30:00]]",
        "请核对：男方<<per.a>>填写的出生日期<<dob.a:cn>>应与身份证号<<cnid.a>>第7至14位一致；女方<<per.b>>的"
        "出生日期<<dob.b:cn>>也应与身份证号<<cnid.b>>一致。如不一致，以身份证为准，并通过<<tel.b:cn_dash>>修改预约。",
    ),
    T(
        "h5-zh-marriage_registration-02",
        "zh",
        "marriage_registration",
        "涉外婚姻登记需要哪些材料？根据双方情况列一个清单。",
        "男方<<per_en.a>>，美国公民，护照<<pass.a:us>>，出生<<dob.a:long>>，SSN <<ssn.a:plain>>，在美住址<<addr_us.a:line_unit>>；"
        "女方<<per.b>>，身份证<<cnid.b>>，户籍<<addr.b:post>>。",
        "男方<<per_en.a>>：有效护照（<<pass.a:us>>）、经公证认证的无配偶声明；SSN <<ssn.a:dash>> 不是必需材料。\n"
        "女方<<per.b>>：身份证（<<cnid.b>>）和户口簿，户籍地址<<addr.b:post>>。\n双方近期合影照片三张。",
    ),
    # ------------------------------------------------------------------ car_rental
    T(
        "h5-zh-car_rental-01",
        "zh",
        "car_rental",
        "根据租车合同，写一段取车时要向客户确认的话术。",
        "车辆租赁合同\n承租人：<<per.a>>　驾驶证号：<<dl.a>>\n手机：<<tel.a:cn_dash>>\n车型：[[product|比亚迪汉]]　车牌：<<plate.c>>\n"
        "押金预授权：信用卡<<card.a:visa|mc>>，[[money|5000元]]\n取车时间：[[timestamp|2025-04-29 10:00:00]]",
        "<<per.a>>您好，跟您确认一下：您租的是[[product|比亚迪汉]]，车牌<<plate.c>>；驾驶证号<<dl.a>>，请出示原件；"
        "押金[[money|5000元]]已从信用卡<<card.a>>预授权，还车后解冻；紧急情况请拨打<<tel.a:cn_plain>>联系您。",
    ),
    T(
        "h5-zh-car_rental-02",
        "zh",
        "car_rental",
        "客户问为什么被扣了违章罚款。请根据记录给他解释。",
        "",
        "<<per.a>>您好：您租用的车辆<<plate.c>>在[[timestamp|2025-03-02 18:22:10]]有一条违章记录（闯红灯，罚款[[money|200元]]），"
        "当时车辆登记在您名下（驾驶证<<dl.a>>），所以按合同从押金中扣除。",
        history=[
            (
                "你好，我叫<<per.a>>，手机<<tel.a:cn_plain>>，上个月在你们这租过车，驾照是<<dl.a>>",
                "<<per.a>>您好，查到您的订单[[order_number]]，车牌<<plate.c>>。请问有什么可以帮您？",
            ),
            ("我押金怎么被扣了？", "正在为您查询违章记录。"),
        ],
    ),
    # ------------------------------------------------------------------ exam_admission
    T(
        "h5-zh-exam_admission-01",
        "zh",
        "exam_admission",
        "根据准考证信息，给考生<<per.a>>发一条考前提醒短信，发到<<tel.a:cn_dash>>。",
        "全国大学英语四、六级考试 准考证\n姓名：<<per.a>>　证件号码：<<cnid.a>>\n准考证号：420031251211017\n"
        "考场：第[[number|12]]考场　座位号：[[number|17]]\n报名手机：<<tel.a>>",
        "【考试提醒】<<per.a>>同学，明天下午参加考试，请携带身份证（<<cnid.a>>）和准考证，提前30分钟到达第[[number|12]]考场。"
        "（发送至<<tel.a>>）",
    ),
    T(
        "h5-zh-exam_admission-02",
        "zh",
        "exam_admission",
        "考研报名信息确认表里有几项需要考生本人核对，请列出来。",
        "考生姓名：<<per.a>>\n证件类型：居民身份证　证件号码：<<cnid.a:spaced>>\n出生日期：<<dob.a:iso>>\n"
        "户籍地址：<<addr.a:road_bld>>\n电子邮箱：<<email.a:qq>>\nQQ：<<qq.a>>\n体检编号：<<mrn.a:mz>>\n"
        "紧急联系人：<<per.b>>　<<tel.b>>",
        "请<<per.a>>本人核对：出生日期<<dob.a:cn>>、户籍地址<<addr.a:road_bld>>、邮箱<<email.a:qq>>（与QQ <<qq.a>> 对应）、"
        "体检编号<<mrn.a:mz>>，以及紧急联系人<<per.b>>的电话<<tel.b>>。",
    ),
    # ------------------------------------------------------------------ crowdfunding_appeal
    T(
        "h5-zh-crowdfunding_appeal-01",
        "zh",
        "crowdfunding_appeal",
        "检查这篇筹款文案，指出哪些个人信息暴露得过多，并改写成只保留必要信息的版本。",
        "我叫<<per.a>>，父亲<<per.b>>今年突发脑出血，在市人民医院住院（住院号<<mrn.b:zy>>），手术费还差[[money|¥180,000]]。"
        "父亲身份证<<cnid.b>>，家住<<addr.a:num_cn>>。收款人<<per.a>>，银行卡<<card.a>>，电话<<tel.a>>，我的微博<<url.ua:weibo>>会更新进展。"
        "求好心人帮帮我们！",
        "暴露过多的有：父亲<<per.b>>的身份证号<<cnid.b>>和住院号<<mrn.b:zy>>、详细家庭住址、完整银行卡号<<card.a>>。"
        "改写（进展仍可在<<url.ua:weibo>>更新）：我叫<<per.a>>，父亲今年突发脑出血正在住院，手术费还差[[money|¥180,000]]，平台已核实病历。请通过平台捐款，谢谢大家！",
    ),
    T(
        "h5-zh-crowdfunding_appeal-02",
        "zh",
        "crowdfunding_appeal",
        "朋友圈转发的求助里附了病历照片的识别文字。请总结求助内容，不要转述证件号。",
        "【转发求助】同事<<per.a>>的孩子妈妈<<per.b>>确诊白血病，愿意帮忙的加微信<<wx.a@a>>，海外朋友可汇款至 <<iban.a>>。\n"
        "[图片文字] 姓名 <<per.b>> 出生日期 <<dob.b:slash_iso>> 病案号 <<mrn.b:dash>> 身份证 <<cnid.b:lower_x|x>>\n"
        "诊断：急性髓系白血病",
        "<<per.a>>的爱人<<per.b>>确诊急性髓系白血病，需要治疗费用。愿意帮忙的朋友可以加<<per.a>>的微信<<wx.a@a>>了解情况，海外汇款账户为<<iban.a>>。"
        "（图片中的病案号等信息不宜再转发。）",
    ),
    # ------------------------------------------------------------------ whois_record
    T(
        "h5-zh-whois_record-01",
        "zh",
        "whois_record",
        "这是一个个人博客域名的 WHOIS 查询结果。请说明哪些字段暴露了域名持有人的隐私。",
        "Domain Name: tea-notes.cn\nRegistrar: [[organisation|阿里巴巴]]云计算有限公司（万网）\n"
        "Registrant: <<per.a>>\nRegistrant Contact Email: <<email.a@a>>\nRegistrant Phone: +86.<<tel.a:cn_plain>>\n"
        "Registrant Address: <<addr.a:road_bld>>\nName Server: dns1.hichina.com\nRegistration Time: [[timestamp]]",
        "暴露隐私的字段：Registrant（<<per.a>>）、Registrant Contact Email（<<email.a@a>>）、Registrant Phone（<<tel.a:cn_intl>>）"
        "和 Registrant Address（<<addr.a:road_bld>>）。可以开启域名隐私保护。",
    ),
    T(
        "h5-zh-whois_record-02",
        "zh",
        "whois_record",
        "把这段 RDAP 返回的 vCard 内容翻译成中文表格。",
        '"vcardArray": ["vcard", [ ["version", {}, "text", "4.0"],\n'
        '  ["fn", {}, "text", "<<per.a:pinyin>>"],\n  ["adr", {}, "text", ["", "", "<<addr.a:road>>", "", "", "", "CN"]],\n'
        '  ["tel", {"type": "voice"}, "uri", "tel:<<tel.a:cn_intl2>>"],\n  ["email", {}, "text", "<<email.a@a>>"],\n'
        '  ["url", {}, "uri", "<<url.a@a>>"]]]',
        "| 项目 | 内容 |\n|---|---|\n| 姓名 | <<per.a>>（<<per.a:pinyin>>） |\n| 地址 | <<addr.a:road>> |\n| 电话 | <<tel.a:cn_intl2>> |\n"
        "| 邮箱 | <<email.a@a>> |\n| 个人主页 | <<url.a@a>> |",
    ),
    # ------------------------------------------------------------------ wifi_portal_log
    T(
        "h5-zh-wifi_portal_log-01",
        "zh",
        "wifi_portal_log",
        "商场 Wi-Fi 认证日志要交给第三方做客流分析。请说明交出去之前要处理哪些字段。",
        "[[timestamp]] portal auth ok phone=<<tel.a:cn_plain>> mac=<<mac.a:colon_lower>> ip=<<ip.a:private>> ap=[[code_identifier|AP-3F-East]]\n"
        "[[timestamp]] portal auth ok phone=<<tel.b:cn_plain>> mac=<<mac.b:dash>> ip=<<ip.b:private>> ap=[[code_identifier|AP-1F-Gate]]\n"
        "[[timestamp]] portal sms_code_sent phone=<<tel.a:cn_plain>>",
        "phone 字段（<<tel.a:cn_dash>>、<<tel.b:cn_dash>>）和 mac 字段（<<mac.a:colon>>、<<mac.b:dash>>）能识别到具体的人，"
        "必须替换成不可逆的编号；内网 IP（<<ip.a>>、<<ip.b>>）也应去掉。AP 名称和时间可以保留。",
    ),
    T(
        "h5-zh-wifi_portal_log-02",
        "zh",
        "wifi_portal_log",
        "网吧的上网实名登记记录里，这位顾客今天上了多长时间网？",
        "[[timestamp|2025-02-14 13:05:11]] 上机 机号[[number|A17]] 证件号<<cnid.a:lower_x|x>> 姓名<<per.a>> 网卡 <<mac.a>> IP <<ip.a:private>>\n"
        "[[timestamp|2025-02-14 17:48:40]] 下机 机号[[number|A17]] 证件号<<cnid.a>> 姓名<<per.a>>",
        "<<per.a>>今天从 13:05 上机到 17:48 下机，在[[number|A17]]号机上网约 4 小时 43 分钟。",
    ),
]

EN = [
    # ------------------------------------------------------------------ livestream_chat
    T(
        "h5-en-livestream_chat-01",
        "en",
        "livestream_chat",
        "Moderate this exported Twitch chat: list every message that shares private contact details and say whose they are.",
        "[[[timestamp|21:04:17]]] <<per.v1:user>>: gg ez, add me on wechat <<wx.w1@v1>> for scrims\n"
        "[21:04:19] Nightbot: Follow the stream! New merch drop: [[product|PlayStation 5]] giveaway\n"
        "[21:04:26] <<per.v2:user>>: lol my real name is <<per.v2>>, text me at <<tel.p2:us_dash|us_dot>> if I win\n"
        "[21:04:31] mod_kestrel: @<<per.v2:user>> please don't post numbers\n"
        "[21:04:40] <<per.v3:user>>: chinese server squad? my QQ <<qq.q3>>",
        "Three messages share private contact details:\n- <<per.v1:user>> posted a WeChat ID (<<wx.w1@v1>>).\n"
        "- <<per.v2:user>>, who says they are <<per.v2>>, posted the phone number <<tel.p2:us_paren>>.\n"
        "- <<per.v3:user>> posted a QQ number (<<qq.q3>>).\nThe Nightbot message is fine.",
        system="You are a chat-moderation assistant for the streamer [[public_figure|Taylor Swift]] fan channel. Be brief.",
    ),
    T(
        "h5-en-livestream_chat-02",
        "en",
        "livestream_chat",
        "Draft the on-screen winner announcement. Show only the winner's first name, nothing else.",
        "",
        "Congratulations <<per.w:given>>! You won the [[product|Nintendo Switch]] - check your DMs for shipping.",
        history=[
            (
                "ok the giveaway winner is <<per.w>> (handle <<per.w:user>>), she DM'd me her address <<addr.w:full>> "
                "and phone <<tel.w>>. her insta is <<url.w:instagram@w>>",
                "Got it. I'll keep <<per.w>>'s address and phone <<tel.w>> off the stream and only use them for shipping.",
            )
        ],
        system="You help the streamer <<per.host>> run giveaways on a live channel.",
    ),
    # ------------------------------------------------------------------ takeout_note
    T(
        "h5-en-takeout_note-01",
        "en",
        "takeout_note",
        "Which parts of this delivery order should the courier app hide from the driver after delivery?",
        '{"order": "[[order_number]]", "restaurant": "[[organisation|Shake Shack]]", "subtotal": "[[money|$42.75]]",\n'
        ' "customer": {"name": "<<per.a>>", "phone": "<<tel.a:us_intl>>", "address": "<<addr_us.a:full_unit>>"},\n'
        ' "dropoff_note": "Gate code 4471#. Leave by the door, baby sleeping. Call <<tel.a:us_paren>> not the doorbell. - <<per.a:given>>"}',
        "After delivery the app should hide <<per.a>>'s phone (<<tel.a:us_dash>>), the full address <<addr_us.a:full_unit>> "
        "and the gate code in the note. The restaurant and order number can stay.",
    ),
    T(
        "h5-en-takeout_note-02",
        "en",
        "takeout_note",
        "Rewrite this dictated delivery instruction so the driver can read it quickly.",
        "um hi its <<per.a:lower_full>> im at <<addr.a:line>> the side door not the front one my cell is <<tel.a:us_plain>> "
        "theres a dog named [[pet_name|Biscuit]] hes friendly",
        "Side door (not front) at <<addr.a:line>>. Customer: <<per.a>>, cell <<tel.a:us_dash>>. Friendly dog ([[pet_name|Biscuit]]).",
        source="h5-dasher:<<tel.a:us_plain>>",
    ),
    # ------------------------------------------------------------------ medical_reimbursement
    T(
        "h5-en-medical_reimbursement-01",
        "en",
        "medical_reimbursement",
        "Summarise this explanation of benefits for the patient in plain English.",
        "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nMember: <<per.a:upper>>   DOB: <<dob.a:us_pad>>\n"
        "Member SSN on file: <<ssn.a>>\nProvider: [[organisation|Mayo Clinic]]   Patient account / MRN: <<mrn.a:mrn|digits>>\n"
        "Service: MRI lumbar spine   Billed [[money|$2,340.00]]   Plan paid [[money|$1,872.00]]\nMail to: <<addr_us.a:multiline>>",
        "<<per.a>>, your plan processed the MRI you had at [[organisation|Mayo Clinic]] (patient record <<mrn.a:mrn|digits>>). "
        "This is not a bill. Your SSN (<<ssn.a:plain>>) is printed on the notice, so shred it after reading.",
    ),
    T(
        "h5-en-medical_reimbursement-02",
        "en",
        "medical_reimbursement",
        "Fill in the out-of-network claim form fields from the member's email.",
        "Hi, I paid out of pocket at an urgent care while travelling. My details: <<per.a:last_first>>, born <<dob.a:long>>, "
        "member email <<email.a@a>>. The clinic's chart number was <<mrn.a:alpha>>. Please pay me by direct deposit to IBAN "
        "<<iban.a>> (I live abroad now). Phone <<tel.a:uk_intl>>.",
        "Patient name: <<per.a>>\nDate of birth: <<dob.a:us_pad>>\nProvider chart no.: <<mrn.a:alpha>>\n"
        "Reimbursement: direct deposit, IBAN <<iban.a>>\nContact: <<email.a@a>>, <<tel.a:uk_intl>>",
    ),
    # ------------------------------------------------------------------ genealogy_entry
    T(
        "h5-en-genealogy_entry-01",
        "en",
        "genealogy_entry",
        "Prepare this family-tree entry for a public genealogy site: remove details of living people.",
        "<<per.a:upper>> (b. <<dob.a:long_eu>>, living) m. <<per.b>>; children: <<per.s:given>>, <<per.d:given>>.\n"
        "Descended, per family legend, from [[public_figure|Napoleon Bonaparte]]'s quartermaster.\n"
        "Current address: <<addr.a:multiline>>\nContact for the tree: <<per.c>> (son-in-law), <<email.c@c>>, <<tel.c>>",
        "<<per.a>> (living) m. <<per.b>>; children: <<per.s:given>>, <<per.d:given>>. Birth date, address and contact details "
        "of living relatives withheld; message the tree owner through the site.",
    ),
    T(
        "h5-en-genealogy_entry-02",
        "en",
        "genealogy_entry",
        "Which records in this GEDCOM fragment describe a living person? List the personal details they expose.",
        "0 @I7@ INDI\n1 NAME <<per.a:given>> /<<per.a:family>>/\n1 SEX F\n1 BIRT\n2 DATE <<dob.a:long_eu>>\n2 PLAC Leeds\n"
        "1 RESI\n2 ADDR <<addr_uk.a:line>>\n2 PHON <<tel.a:uk_mobile>>\n2 EMAIL <<email.a@a>>\n"
        "0 @I8@ INDI\n1 NAME <<per.b:given>> /<<per.b:family>>/\n1 DEAT Y\n1 NOTE Uploaded by <<per.u:user>>, see <<url.u@u>>",
        "@I7@ (<<per.a>>) is living: birth date <<dob.a:long_eu>>, address <<addr_uk.a:line>>, phone <<tel.a:uk_intl>> and "
        "email <<email.a@a>>. @I8@ (<<per.b>>) is deceased; the note names the uploader <<per.u:user>> and links <<url.u@u>>.",
    ),
    # ------------------------------------------------------------------ guest_list
    T(
        "h5-en-guest_list-01",
        "en",
        "guest_list",
        "Write a short thank-you note to <<per.a>>, the guest who sent a gift by bank transfer.",
        "RSVP sheet - <<per.bride:given>> & <<per.groom:given>>\nName | Party | Meal | Gift | Notes\n"
        "<<per.a>> | 2 | Fish | Transfer from <<iban.a>> | Coming from Berlin\n"
        "<<per.b:last_first>> | 1 | Veg | [[product|Instant Pot Duo]] | Call <<tel.b>> re: parking\n"
        "<<per.c>> | 3 | Chicken | Card | Allergic to nuts",
        "Dear <<per.a:given>>,\nThank you so much for coming all the way from Berlin and for your generous gift "
        "(received from <<iban.a>>). It meant a lot to us.\nLove, <<per.bride:given>> & <<per.groom:given>>",
        system="You help the couple <<per.bride>> and <<per.groom>> with wedding admin.",
    ),
    T(
        "h5-en-guest_list-02",
        "en",
        "guest_list",
        "Count the RSVPs in this group-chat sign-up and list who needs a hotel room.",
        "Grandpa's 80th - reply with name + headcount!\n1. <<per.a>> x2\n2. <<per.b:lower_full>> x3, need a room, cell <<tel.b:us_dot>>\n"
        "3. <<per.c>> (wechat <<wx.c@c>>) x1, flying in, need a room\n4. [[common_word|Hope]] to make it! - <<per.d:given>>",
        "Confirmed so far: 6 people. Need a hotel room: <<per.b>> (<<tel.b:us_paren>>) and <<per.c>> (WeChat <<wx.c@c>>). "
        "<<per.d:given>> is not confirmed yet.",
    ),
    # ------------------------------------------------------------------ paper_authors
    T(
        "h5-en-paper_authors-01",
        "en",
        "paper_authors",
        "Anonymise this manuscript title page for double-blind review and move the author block to a separate cover sheet.",
        "Privacy-Preserving Log Analytics with [[code_identifier|std::vector]] Sketches\n"
        "<<per.a>>¹*, <<per.b:initial>>², <<per.c>>¹\n¹ [[organisation|Stanford University]]  ² Independent researcher\n"
        "*Corresponding author: <<email.a@a>>, <<tel.a:us_intl2>>\nORCID and homepage: <<url.ua:github@a>>",
        "Title page (anonymised): Privacy-Preserving Log Analytics with [[code_identifier|std::vector]] Sketches\n\n"
        "Cover sheet: <<per.a>> (corresponding; <<email.a@a>>, <<tel.a:us_intl2>>, <<url.ua:github@a>>), <<per.b:initial>>, <<per.c>>.",
    ),
    T(
        "h5-en-paper_authors-02",
        "en",
        "paper_authors",
        "Format the author list in ACM style (full names, affiliations, emails).",
        "authors: <<per_cn.a:pinyin_fl>> (visiting scholar, [[organisation|Tsinghua University]], wechat <<wx.a@a>>), "
        "<<per.b:lower_full>> (<<email.b@b>>), <<per.c:last_first>>\nsecond author's page: <<url.ub:linkedin@b>>",
        "<<per_cn.a:pinyin>>, [[organisation|Tsinghua University]], China\n<<per.b>>, <<email.b@b>>\n<<per.c>>\n"
        "(Personal contact details such as WeChat <<wx.a@a>> do not belong in the ACM author block.)",
    ),
    # ------------------------------------------------------------------ patent_filing
    T(
        "h5-en-patent_filing-01",
        "en",
        "patent_filing",
        "Check the inventor data sheet for inconsistencies before we file.",
        "Application Data Sheet 37 CFR 1.76\nInventor 1: Given Name <<per.a:given>>  Family Name <<per.a:family>>\n"
        "Residence: <<addr_us.a:full>>\nInventor 2: <<per.b:upper>>\nMailing address: <<addr_us.b:pobox>>\n"
        "Correspondence phone: <<tel.b:us_dot>>\nTitle: Wear-levelling for [[product|Surface Pro 9]] storage",
        "Inventor 1, <<per.a>>, lists a residence (<<addr_us.a:full>>) but no mailing address. Inventor 2 is written in capitals "
        "(<<per.b:upper>>); the ADS expects <<per.b>>. The phone <<tel.b:us_dash>> belongs to inventor 2, not to the firm.",
    ),
    T(
        "h5-en-patent_filing-02",
        "en",
        "patent_filing",
        "Summarise who the inventors are and how the fees are paid, from this PCT request extract.",
        "Box No. IV: Inventor: <<per_tr.a>> / <<per.b>>\nAddress for service: <<addr_uk.b:flat>>\nTelephone <<tel.b:uk_land>>\n"
        "Fee payment: debit the account <<iban.f:gb>> of the applicant's agent\nTitle: Apparatus for [[product|Dyson V15]] filters",
        "Inventors: <<per_tr.a>> and <<per.b>> (address for service <<addr_uk.b:flat>>, tel. <<tel.b:uk_land>>). "
        "Fees are debited from the agent's account <<iban.f:gb>>.",
    ),
    # ------------------------------------------------------------------ conference_badge
    T(
        "h5-en-conference_badge-01",
        "en",
        "conference_badge",
        "The badge printer only needs name and company. Which columns of this export should be dropped?",
        "badge_name,company,job_title,email,mobile,linkedin,dietary\n"
        "<<per.a>>,[[organisation|Microsoft]],Staff Engineer,<<email.a@a>>,<<tel.a:us_plain>>,<<url.a:linkedin@a>>,vegan\n"
        "<<per.b>>,[[organisation|Pfizer]],Data Scientist,<<email.b@b>>,<<tel.b>>,,none",
        "Drop email, mobile, linkedin and dietary: they expose e.g. <<per.a>>'s <<email.a@a>>, <<tel.a:us_dash>> and "
        "<<url.a:linkedin@a>>, and <<per.b>>'s <<email.b@b>> and <<tel.b>>.",
    ),
    T(
        "h5-en-conference_badge-02",
        "en",
        "conference_badge",
        "Write the visa invitation letter body for this speaker.",
        "Speaker: <<per_cn.a:pinyin_fl>> (<<per_cn.a>>)\nPassport: <<pass.a:cn_e>>\nDate of birth: <<dob.a:long>>\n"
        "Chinese ID: <<cnid.a>>\nWeChat: <<wx.a@a>>  QQ: <<qq.a>>\nTalk: Scaling [[code_identifier|Kotlin]] at [[organisation|Google]]",
        "To whom it may concern,\nWe invite <<per_cn.a:pinyin>>, born <<dob.a:long>>, passport no. <<pass.a:cn_e>>, to speak "
        "at our conference. We will cover hotel costs. Please contact us with any questions about <<per_cn.a:pinyin>>'s visit.",
    ),
    # ------------------------------------------------------------------ notebook_output
    T(
        "h5-en-notebook_output-01",
        "en",
        "notebook_output",
        "This notebook is going into a public repo. Which outputs must be cleared and why?",
        "In [5]: df = pd.read_csv('followups.csv')  # pandas [[version]]\n        df.head(2)\nOut[5]:\n"
        "        patient_name    mrn          dob          phone\n0  <<per.a>>  <<mrn.a:mrn>>  <<dob.a:iso>>  <<tel.a:us_dash>>\n"
        "1  <<per.b>>  <<mrn.b:digits>>  <<dob.b:iso>>  <<tel.b:us_dash>>\n\nIn [6]: len(df)\nOut[6]: [[number|4096]]",
        "Clear Out[5]: it prints real patients, e.g. <<per.a>> (MRN <<mrn.a:mrn>>, born <<dob.a:us>>) and <<per.b>> (MRN <<mrn.b:digits>>). "
        "Out[6] is only a row count and can stay. Use `nbstripout` or avoid displaying [[code_identifier|pandas.DataFrame]] heads.",
    ),
    T(
        "h5-en-notebook_output-02",
        "en",
        "notebook_output",
        "Explain what this cell printed and flag the sensitive fields.",
        '{"cell_type": "code", "execution_count": 12, "source": ["print(client.lookup(user_id))"],\n'
        ' "outputs": [{"output_type": "stream", "text": ["{\'handle\': \'<<per.a:user>>\', \'full_name\': \'<<per.a>>\', '
        "'qq': '<<qq.a>>', 'device_mac': '<<mac.a:colon>>', 'last_login_ip': '<<ip.a:v6>>', 'dob': '<<dob.a:iso>>'}\"]}]}",
        "It printed a user record from the lookup API. Sensitive: full_name (<<per.a>>), the QQ number <<qq.a>>, the device MAC "
        "<<mac.a:colon_lower>>, the last login IP <<ip.a:v6>> and the date of birth <<dob.a:long>>. The handle <<per.a:user>> "
        "also identifies the person.",
    ),
    # ------------------------------------------------------------------ analytics_event
    T(
        "h5-en-analytics_event-01",
        "en",
        "analytics_event",
        "This tracking pixel leaks personal data in its query string. List the parameters and suggest a fix.",
        "GET /tr?id=[[number|1182736450]]&ev=Purchase&em=<<email.a@a>>&ph=<<tel.a:us_plain>>&fn=<<per.a:given>>&ln=<<per.a:family>>"
        "&zp=&client_ip_address=<<ip.a>>&ts=[[timestamp]] HTTP/2",
        "Leaking parameters: em (email <<email.a@a>>), ph (phone <<tel.a:us_dash>>), fn/ln (<<per.a>>) and client_ip_address "
        "(<<ip.a>>). Hash them with SHA-256 before sending, or drop them.",
    ),
    T(
        "h5-en-analytics_event-02",
        "en",
        "analytics_event",
        "Translate this analytics event into a one-paragraph description for the privacy review.",
        '{"event": "checkout_completed", "anonymous_id": "[[code_identifier|anon_7f3e]]", "user_id": "<<email.a@a>>",\n'
        ' "context": {"ip": "<<ip.a>>", "device": {"mac": "<<mac.a:dash>>"}, "library": {"version": "[[version]]"}},\n'
        ' "traits": {"name": "<<per.a>>", "birthday": "<<dob.a:iso>>", "address": "<<addr.a:line_unit>>"}}',
        "The event sends <<per.a>>'s email (<<email.a@a>>) as the user ID, the IP <<ip.a>>, the device MAC <<mac.a:dash>>, "
        "the birthday <<dob.a:long>> and the address <<addr.a:line_unit>>. Only the anonymous ID should be sent.",
    ),
    # ------------------------------------------------------------------ ldif_export
    T(
        "h5-en-ldif_export-01",
        "en",
        "ldif_export",
        "Which attributes in this LDIF should not be in a company directory? Name the people affected.",
        "dn: uid=<<per.a:user>>,ou=People,dc=example,dc=com\nobjectClass: inetOrgPerson\ncn: <<per.a>>\nsn: <<per.a:family>>\n"
        "mail: <<email.a@a>>\nhomePhone: <<tel.a>>\nemployeeType: contractor\ndescription: SSN <<ssn.a>> DL <<dl.a>>\n\n"
        "dn: uid=<<per.b:user>>,ou=People,dc=example,dc=com\ncn: <<per.b>>\npostalAddress: <<addr.b:line>>",
        "homePhone (<<tel.a>>) and the description field, which stores <<per.a>>'s SSN <<ssn.a>> and driver licence <<dl.a>>, "
        "should be removed. postalAddress for <<per.b>> (<<addr.b:line>>) is a home address and should go too.",
    ),
    T(
        "h5-en-ldif_export-02",
        "en",
        "ldif_export",
        "Generate a CSV (name, email, extension) from this directory export. Skip personal mobiles.",
        "dn: CN=<<per.a:last_first>>,OU=Staff,DC=corp,DC=example,DC=org\ndisplayName: <<per.a>>\nmail: <<email.a@a>>\n"
        "ipPhone: 4417\nmobile: <<tel.a:uk_mobile>>\n\ndn: CN=<<per_cn.b:pinyin_fl>>,OU=Staff,DC=corp,DC=example,DC=org\n"
        "displayName: <<per_cn.b:pinyin>>\nmail: <<email.b@b>>\nipPhone: 4420\nextensionAttribute3: wechat <<wx.b@b>>",
        "name,email,extension\n<<per.a>>,<<email.a@a>>,4417\n<<per_cn.b:pinyin>>,<<email.b@b>>,4420",
        system="You maintain the staff directory. Personal mobiles such as <<tel.a:uk_intl>> never go into exports.",
    ),
    # ------------------------------------------------------------------ sms_backup_xml
    T(
        "h5-en-sms_backup_xml-01",
        "en",
        "sms_backup_xml",
        "Summarise each message in this SMS backup as 'sender - gist'.",
        '<smses count="3" backup_date="[[timestamp|1718000000000]]">\n'
        '  <sms address="<<tel.a:us_intl>>" contact_name="<<per.a>>" type="1" body="hey its <<per.a:given>>, new card for the '
        'rent split is <<card.a>>" />\n'
        '  <sms address="[[service_number|311]]" contact_name="(Unknown)" body="Your service request [[order_number]] was closed." />\n'
        '  <sms address="<<tel.b:us_plain>>" contact_name="<<per.b>>" body="Reminder: appt Tue, bring ID. Your MRN is <<mrn.b:mrn>>" />\n'
        "</smses>",
        "- <<per.a>> (<<tel.a:us_paren>>) - shares a new card number <<card.a>> for splitting rent.\n"
        "- [[service_number|311]] - a closed city service request.\n- <<per.b>> (<<tel.b:us_dash>>) - appointment reminder with MRN <<mrn.b:mrn>>.",
    ),
    T(
        "h5-en-sms_backup_xml-02",
        "en",
        "sms_backup_xml",
        "Sort these messages into 'delivery' and 'personal'.",
        '[{"id": 301, "from": "[[organisation|FedEx]]", "text": "Your package [[tracking_number.t]] is out for delivery"},\n'
        ' {"id": 302, "from": "<<tel.a:us_dot>>", "text": "my cousin <<per_cn.b>> needs the train ticket, her ID no. is <<cnid.b>>"},\n'
        ' {"id": 303, "from": "<<tel.a:us_dot>>", "text": "and add her on QQ <<qq.b>> or wechat <<wx.b>>"}]',
        "Delivery: 301 ([[tracking_number.t]]).\nPersonal: 302 and 303 from <<tel.a:us_dash>>, sharing <<per_cn.b>>'s Chinese ID "
        "<<cnid.b>>, QQ <<qq.b>> and WeChat <<wx.b>>.",
    ),
    # ------------------------------------------------------------------ contacts_export
    T(
        "h5-en-contacts_export-01",
        "en",
        "contacts_export",
        "Convert this Google Contacts CSV row to a vCard 3.0.",
        "Name,Given Name,Family Name,Birthday,E-mail 1 - Value,Phone 1 - Value,Address 1 - Formatted,Website 1 - Value\n"
        '<<per.a>>,<<per.a:given>>,<<per.a:family>>,<<dob.a:iso>>,<<email.a@a>>,<<tel.a:us_intl2>>,"<<addr_us.a:full>>",<<url.a@a>>',
        "BEGIN:VCARD\nVERSION:3.0\nN:<<per.a:family>>;<<per.a:given>>;;;\nFN:<<per.a>>\nBDAY:<<dob.a:iso>>\nEMAIL:<<email.a@a>>\n"
        "TEL;TYPE=CELL:<<tel.a:us_intl2>>\nADR;TYPE=HOME:;;<<addr_us.a:full>>;;;;\nURL:<<url.a@a>>\nEND:VCARD",
    ),
    T(
        "h5-en-contacts_export-02",
        "en",
        "contacts_export",
        "Find the duplicate contact in this Outlook export and give the merged record.",
        '"First Name","Last Name","Mobile Phone","E-mail Address","Home Street","Notes"\n'
        '"<<per.a:given>>","<<per.a:family>>","<<tel.a:uk_mobile>>","<<email.a@a>>","<<addr_uk.a:line>>",""\n'
        '"<<per_cn.b:given>>","<<per_cn.b:family>>","<<tel.b>>","","","QQ <<qq.b>>"\n'
        '"","","<<tel.a:uk_intl>>","<<email.a@a>>","","<<per.a>> old entry"',
        "Rows 1 and 3 are the same person, <<per.a>>: <<tel.a:uk_mobile>> and <<tel.a:uk_intl>> are one number, and the email matches. "
        "Merged: <<per.a>>, mobile <<tel.a:uk_mobile>>, <<email.a@a>>, <<addr_uk.a:line>>. Row 2 (<<per_cn.b>>) appears only once.",
    ),
    # ------------------------------------------------------------------ password_reset_email
    T(
        "h5-en-password_reset_email-01",
        "en",
        "password_reset_email",
        "Is this password-reset email genuine or phishing? Explain.",
        "From: Account Security <security@acc0unts-verify.net>\nTo: <<per.a>> <<<email.a@a>>>\nSubject: Reset your password\n\n"
        "Hi <<per.a:given>>,\nSomeone requested a password reset from IP <<ip.a>> on a [[product|Pixel 8]] at [[timestamp]].\n"
        "Not you? Secure your account: https://acc0unts-verify.net/r?u=<<per.a:user>>&ph=<<tel.a:us_plain>>",
        "Phishing: the sender domain acc0unts-verify.net uses a zero for the 'o', and the link carries your username "
        "<<per.a:user>> and phone <<tel.a:us_plain>> in the URL. The IP <<ip.a>> cannot be verified. Do not click.",
    ),
    T(
        "h5-en-password_reset_email-02",
        "en",
        "password_reset_email",
        "A user says the reset email never arrived. Reply to them based on these mailer logs.",
        "[[timestamp]] INFO reset requested user=<<per.b:lower_dot>> email=<<email.b@b>> ip=<<ip.b>>\n"
        "[[timestamp]] WARN smtp 552 mailbox full rcpt=<<email.b@b>>\n[[timestamp]] INFO sms fallback to=<<tel.b:us_intl>>",
        "Hi <<per.b:given>>, our reset email to <<email.b@b>> bounced because the mailbox is full. We sent a code by text to "
        "<<tel.b:us_paren>> instead. Please free some space and try again if needed.",
    ),
    # ------------------------------------------------------------------ einvoice
    T(
        "h5-en-einvoice-01",
        "en",
        "einvoice",
        "Extract the bill-to block of this invoice as JSON.",
        "INVOICE [[order_number]]    Date: [[timestamp|2025-02-11]]\nBill to:\n<<per.a>>\n<<addr_us.a:multiline>>\n"
        "Tax ID (SSN, sole proprietor): <<ssn.a>>\nCard on file: <<card.a:amex|visa>>\nTotal due: [[money|$4,860.00]]",
        '{"bill_to_name": "<<per.a>>", "bill_to_address": "<<addr_us.a:full>>", "tax_id": "<<ssn.a>>", "card": "<<card.a>>"}',
    ),
    T(
        "h5-en-einvoice-02",
        "en",
        "einvoice",
        "Our Chinese customer needs a fapiao-style invoice. List what we must put in the buyer section.",
        "Buyer (individual): <<per_cn.a>> (<<per_cn.a:pinyin>>)\nTaxpayer ID = resident ID: <<cnid.a>>\n"
        "Address & phone: <<addr_cn.a:road>>, <<tel.a:cn_intl>>\nBank & account: [[organisation|Bank of China]] <<card.a:unionpay>>\n"
        "Items: [[product|MacBook Air]] x1, [[money|¥7,999.00]]",
        "Buyer name: <<per_cn.a>>; taxpayer ID: <<cnid.a>>; address and phone: <<addr_cn.a:road>> <<tel.a:cn_plain>>; "
        "bank account: <<card.a:unionpay>> at [[organisation|Bank of China]].",
    ),
    # ------------------------------------------------------------------ pawn_ticket
    T(
        "h5-en-pawn_ticket-01",
        "en",
        "pawn_ticket",
        "The customer wants to redeem this pawn. List what staff must check at the counter.",
        "PAWN TICKET No. [[number|P-0083312]]\nPledgor: <<per.a:upper>>\nID presented: Driver License <<dl.a:fl|tx>>\n"
        "Address: <<addr_us.a:full>>\nPhone: <<tel.a:us_paren>>   DOB: <<dob.a:us>>\nItem: [[product|AirPods Pro]], serial on file\n"
        "Loan: [[money|$350.00]]   Maturity: [[timestamp|2025-09-14]]",
        "Ask <<per.a>> for the original ticket and the same driver licence (<<dl.a>>); confirm the birth date <<dob.a:us>> "
        "and phone <<tel.a:us_dash>>; collect [[money|$350.00]] plus fees; hand over the [[product|AirPods Pro]].",
    ),
    T(
        "h5-en-pawn_ticket-02",
        "en",
        "pawn_ticket",
        "Write a text reminding the title-pawn customer that the loan matures next week.",
        "Title loan - collateral vehicle plate <<plate.a>>, VIN [[number|1FTFW1E50NFA38271]]\nBorrower: <<per.a>>, cell <<tel.a>>\n"
        "Maturity [[timestamp|2025-06-30]]",
        "Hi <<per.a:given>>, this is a reminder that the title loan on your vehicle (<<plate.a>>) matures on [[timestamp|2025-06-30]]. "
        "Reply or call us to renew. Sent to <<tel.a>>.",
    ),
    # ------------------------------------------------------------------ outdoor_licence
    T(
        "h5-en-outdoor_licence-01",
        "en",
        "outdoor_licence",
        "Fill in the hunting licence application from the customer's notes.",
        "name <<per.a:lower_full>>, dob <<dob.a:us_pad>>, DL <<dl.a:ca|ny>>, lives at <<addr_us.a:line_unit>>, "
        "phone <<tel.a:us_dot>>. truck plate <<plate.a>> for the wildlife-area parking pass. hunter-ed cert from [[organisation|Red Cross]]? no, state course.",
        "Applicant: <<per.a>>\nDate of birth: <<dob.a:us_pad>>\nDriver licence: <<dl.a>>\nResidence: <<addr_us.a:line_unit>>\n"
        "Phone: <<tel.a:us_paren>>\nVehicle for parking pass: <<plate.a>>",
    ),
    T(
        "h5-en-outdoor_licence-02",
        "en",
        "outdoor_licence",
        "Make a table of the climbing-permit team members with passport numbers.",
        "[[public_place|Yellowstone]] backcountry is done, next is the Himalaya permit. Team:\nLeader <<per.a>>, passport <<pass.a>>, born <<dob.a:long>>\n"
        "<<per_cn.b:pinyin_fl>>, Chinese passport <<pass.b:cn_e>>, Chinese ID <<cnid.b>>\nEmergency contact: <<per.c>>, <<tel.c:us_intl>>",
        "| Role | Name | Passport | DOB |\n|---|---|---|---|\n| Leader | <<per.a>> | <<pass.a>> | <<dob.a:iso>> |\n"
        "| Member | <<per_cn.b:pinyin>> | <<pass.b:cn_e>> | - |\n\nEmergency contact: <<per.c>>, <<tel.c:us_dash>>.",
    ),
    # ------------------------------------------------------------------ boat_registration
    T(
        "h5-en-boat_registration-01",
        "en",
        "boat_registration",
        "Fill in the vessel registration form fields from this owner's email.",
        "Hi, registering my boat [[common_word|Summer]] Breeze (hull ID [[number|ABC45678D424]]). Owner: <<per.a:last_first>>, "
        "DOB <<dob.a:us>>, DL <<dl.a>>, address <<addr_us.a:full>>. Trailer plate <<plate.a>>. Co-owner <<per.b>>. Phone <<tel.a>>.",
        "Vessel name: [[common_word|Summer]] Breeze\nOwner: <<per.a>>\nOwner DOB: <<dob.a:us>>\nOwner ID: driver licence <<dl.a>>\n"
        "Owner address: <<addr_us.a:full>>\nTrailer plate: <<plate.a>>\nCo-owner: <<per.b>>\nPhone: <<tel.a>>",
    ),
    T(
        "h5-en-boat_registration-02",
        "en",
        "boat_registration",
        "Write the marina's welcome email to the new berth holder. Do not repeat bank details.",
        "New berth holder: <<per.a>>, berth C-12, email <<email.a@a>>, mobile <<tel.a:uk_intl>>, car <<plate.a:uk>>.\n"
        "Direct debit IBAN <<iban.a>>. Boat insured with [[organisation|Lloyd's]]. Referred by <<per.b>>.",
        "To: <<email.a@a>>\nDear <<per.a>>,\nWelcome to the marina! Your berth is C-12 and your car (<<plate.a:uk>>) is registered "
        "for the car park. <<per.b>> says hello. Call the office any time; we will text <<tel.a:uk_mobile>> about tides.",
    ),
    # ------------------------------------------------------------------ library_loan
    T(
        "h5-en-library_loan-01",
        "en",
        "library_loan",
        "Rewrite this overdue notice in a friendlier tone.",
        "<<per.a:upper>>: ITEM OVERDUE. 'The Collected [[public_figure|Jane Austen]]' (ISBN [[isbn]]) is [[number|23]] days late. "
        "Card linked to <<email.a@a>> is suspended. Questions: <<per.b>>, <<tel.lib>>.",
        "Hi <<per.a:given>>, just a friendly reminder that 'The Collected [[public_figure|Jane Austen]]' is [[number|23]] days overdue, "
        "so borrowing on your card is paused. Return it and you're all set! Questions? Ask <<per.b>> at <<tel.lib>>.",
    ),
    T(
        "h5-en-library_loan-02",
        "en",
        "library_loan",
        "Count loans per patron from this self-checkout log. Do not print card numbers.",
        "[[timestamp]] sck-02 mac=<<mac.k:dash>> LOAN patron=<<per.a:user>> card=****8833 item=[[isbn]]\n"
        "[[timestamp]] sck-02 mac=<<mac.k:dash>> LOAN patron=<<per.a:user>> card=****8833 item=[[isbn]]\n"
        "[[timestamp]] sck-02 mac=<<mac.k:dash>> LOAN patron=<<per.b:user>> card=****5021 item=[[isbn]] notify=<<email.b@b>>",
        "<<per.a:user>>: 2 loans. <<per.b:user>>: 1 loan (notice sent to <<email.b@b>>).",
    ),
    # ------------------------------------------------------------------ bankruptcy_notice
    T(
        "h5-en-bankruptcy_notice-01",
        "en",
        "bankruptcy_notice",
        "This bankruptcy notice will be posted publicly. What should be redacted under Rule 9037?",
        "UNITED STATES BANKRUPTCY COURT\nIn re: <<per.a>>, Debtor. Case No. [[number|25-10417]] (Chapter 7)\n"
        "Debtor's SSN: <<ssn.a>>\nDebtor's DOB: <<dob.a:us_pad>>\nAddress: <<addr_us.a:full>>\nCreditor: <<per.b>>, account <<card.b>>\n"
        "Meeting of creditors: [[timestamp|2025-08-12 10:00:00]]",
        "Redact to the last four digits the SSN <<ssn.a>> and the account <<card.b>>; show only the birth year for the DOB "
        "<<dob.a:us_pad>>. The debtor's name <<per.a>> and address may appear in a public notice.",
    ),
    T(
        "h5-en-bankruptcy_notice-02",
        "en",
        "bankruptcy_notice",
        "Summarise this UK creditor's proof of debt for the insolvency practitioner.",
        "Proof of debt - creditor: <<per.a>> of <<addr_uk.a:multiline>>\nAmount claimed: [[money|£6,420.00]]\nPay dividends to: <<iban.a>>\n"
        "Contact: <<email.a@a>>, <<tel.a:uk_mobile>>",
        "<<per.a>> (<<addr_uk.a:line>>) claims [[money|£6,420.00]]; dividends to <<iban.a>>; contact <<email.a@a>> or <<tel.a:uk_intl>>.",
    ),
    # ------------------------------------------------------------------ notarial_certificate
    T(
        "h5-en-notarial_certificate-01",
        "en",
        "notarial_certificate",
        "Check this certified translation of a Chinese notarial certificate against the source details.",
        "Source: 申请人<<per_cn.a>>，<<dob.a:cn>>出生，公民身份号码<<cnid.a>>\n"
        "Translation: The applicant, <<per_cn.a:pinyin_fl>>, born on <<dob.a:long>>, Citizen ID No. <<cnid.a>>, is the son of "
        "<<per_cn.b:pinyin_fl>>.",
        "The translation matches the source: <<per_cn.a>> is rendered as <<per_cn.a:pinyin_fl>>, the birth date <<dob.a:cn>> "
        "as <<dob.a:long>>, and the ID number <<cnid.a>> is copied exactly.",
    ),
    T(
        "h5-en-notarial_certificate-02",
        "en",
        "notarial_certificate",
        "Draft the notary acknowledgment for <<per.a:upper>>.",
        "Signer: <<per.a>>\nID: passport <<pass.a:uk|us>>\nAddress: <<addr.a:full_unit>>\nDocument: power of attorney for the sale "
        "of <<addr.h:line>>\nSigned before me on [[timestamp|2025-04-03]]",
        "State of ____, County of ____\nOn [[timestamp|2025-04-03]] before me personally appeared <<per.a>>, who proved on the basis of "
        "satisfactory evidence (passport <<pass.a>>) to be the person whose name is subscribed to the power of attorney concerning "
        "<<addr.h:line>>.",
    ),
    # ------------------------------------------------------------------ voter_roll
    T(
        "h5-en-voter_roll-01",
        "en",
        "voter_roll",
        "Which columns of this voter-registration extract are confidential and must not go to the campaign?",
        "voter_id,last_name,first_name,dob,residence,dl_number,ssn,party\n"
        "000458812,<<per.a:family>>,<<per.a:given>>,<<dob.a:us_pad>>,<<addr_us.a:line>>,<<dl.a>>,<<ssn.a:plain>>,DEM\n"
        "000458813,<<per.b:family>>,<<per.b:given>>,<<dob.b:us_pad>>,<<addr_us.b:line>>,,,REP",
        "Confidential: dob, dl_number and ssn (e.g. <<per.a>>'s licence <<dl.a>> and SSN <<ssn.a>>, and the birth dates "
        "<<dob.a:us_pad>> and <<dob.b:us_pad>>). Names and residence are public record in most states.",
    ),
    T(
        "h5-en-voter_roll-02",
        "en",
        "voter_roll",
        "Summarise the changes the council needs to make to the electoral register.",
        "",
        "Changes: add <<per.x>> at <<addr_uk.x:flat>> (moved in, email <<email.x@x>>); remove <<per.y>>, who moved out of "
        "<<addr_uk.y:line>>.",
        history=[
            (
                "New resident at <<addr_uk.x:flat>>: <<per.x>>, born <<dob.x:long_eu>>, email <<email.x@x>>.",
                "Thanks. I'll add <<per.x>> to the register at that address.",
            ),
            ("And <<per.y>> moved out of <<addr_uk.y:line>> last month.", "Noted, <<per.y>> will be removed."),
        ],
        system="You assist the electoral registration office of a borough council. Never repeat dates of birth.",
    ),
    # ------------------------------------------------------------------ shuttle_manifest
    T(
        "h5-en-shuttle_manifest-01",
        "en",
        "shuttle_manifest",
        "Give the driver tonight's pickup order: names, pickup points and phones only.",
        "Staff shuttle - night shift\nemp_no,name,cell,pickup,home_address\n"
        '40213,<<per.a>>,<<tel.a:us_plain>>,Station Rd stop,<<addr_us.a:line>>\n40788,"<<per.b:last_first>>",<<tel.b:us_plain>>,Gate 3,"<<addr_us.b:line_unit>>"\n'
        "Driver: <<per.d>>, van plate <<plate.d>>",
        "<<per.d>>, van <<plate.d>>, pickups tonight:\n1. <<per.a>> - Station Rd stop - <<tel.a:us_dash>>\n2. <<per.b>> - Gate 3 - <<tel.b:us_dash>>",
    ),
    T(
        "h5-en-shuttle_manifest-02",
        "en",
        "shuttle_manifest",
        "Turn the airport-transfer manifest into a table for the hotel front desk.",
        "Tour [[order_number]] arrivals, flight [[number|BA0117]] landing [[timestamp|2025-07-19 14:35:00]]\n"
        "<<per.a>> passport <<pass.a>> mobile <<tel.a:uk_intl>>\n<<per_cn.b:pinyin_fl>> passport <<pass.b:cn_e>> wechat <<wx.b@b>>\n"
        "Guide: <<per.g>>, <<tel.g>>",
        "| Guest | Passport | Contact |\n|---|---|---|\n| <<per.a>> | <<pass.a>> | <<tel.a:uk_intl>> |\n"
        "| <<per_cn.b:pinyin_fl>> | <<pass.b:cn_e>> | WeChat <<wx.b@b>> |\n\nGuide <<per.g>> (<<tel.g>>) will meet them in the lobby.",
    ),
    # ------------------------------------------------------------------ blood_donation
    T(
        "h5-en-blood_donation-01",
        "en",
        "blood_donation",
        "Write a short thank-you text for this donor using only their first name.",
        "DONOR RECORD\nName: <<per.a:last_first>>   DOB: <<dob.a:short_month>>\nDonor ID / MRN: <<mrn.a:alpha|mrn>>\n"
        "Blood type: O neg   Volume: [[number|470]] mL   Mobile: <<tel.a>>\nAddress: <<addr.a:full>>\nEmployer: [[organisation|Wells Fargo]]",
        "Thank you, <<per.a:given>>! Your O-negative donation today can help up to three patients. Results will be texted to <<tel.a>>.",
    ),
    T(
        "h5-en-blood_donation-02",
        "en",
        "blood_donation",
        "We urgently need O-negative donors. Turn the replies in this group thread into a list.",
        "<<per.a>>: I'm O neg, can go today, <<tel.a:us_paren>>, live near <<addr.a:line>>\n"
        "<<per.b:user>>: O neg here too, my donor number is <<mrn.b:digits>>, email <<email.b@b>>\n"
        "<<per.c>>: not O neg but shared with [[organisation|the Red Cross]] page",
        "1. <<per.a>> - O neg - available today - <<tel.a:us_dash>>\n2. <<per.b:user>> - O neg - donor no. <<mrn.b:digits>> - <<email.b@b>>",
    ),
    # ------------------------------------------------------------------ marriage_registration
    T(
        "h5-en-marriage_registration-01",
        "en",
        "marriage_registration",
        "Check this marriage-licence application for errors before we submit it.",
        "Party A: <<per.a>>, DOB <<dob.a:us>>, SSN <<ssn.a>>, residence <<addr_us.a:full>>\n"
        "Party B: <<per.b:upper>>, DOB <<dob.b:us>>, SSN <<ssn.b:space>>, residence same\nPhone: <<tel.b:us_dash>>  "
        "Ceremony at [[public_place|Central Park]]",
        "Party B's name should be written <<per.b>> rather than all capitals; the SSN <<ssn.b:dash>> is fine with spaces removed. "
        "Party A, <<per.a>> (DOB <<dob.a:us_pad>>), is complete.",
    ),
    T(
        "h5-en-marriage_registration-02",
        "en",
        "marriage_registration",
        "List the documents this couple needs to register their marriage in China.",
        "Groom: <<per.a>>, US citizen, passport <<pass.a:us>>, DOB <<dob.a:long>>, lives at <<addr_us.a:line_unit>>.\n"
        "Bride: <<per_cn.b>> (<<per_cn.b:pinyin>>), resident ID <<cnid.b:x|spaced>>, hukou in <<addr_cn.b:comm>>, QQ <<qq.b>>.",
        "<<per.a>>: valid passport (<<pass.a:us>>) and a notarised, authenticated affidavit of single status.\n"
        "<<per_cn.b>>: resident ID card (<<cnid.b>>) and hukou book registered at <<addr_cn.b:comm>>.\nBoth: three recent photos together.",
    ),
    # ------------------------------------------------------------------ car_rental
    T(
        "h5-en-car_rental-01",
        "en",
        "car_rental",
        "Write the counter agent's script for confirming this rental at pick-up.",
        "RENTAL AGREEMENT [[order_number]]\nRenter: <<per.a>>   Licence: <<dl.a:ca|wa>> (exp. 2029)\nDOB: <<dob.a:us_pad>>\n"
        "Vehicle: [[product|Toyota Corolla]], plate <<plate.c>>\nDeposit hold: [[money|$300.00]] on card <<card.a>>\nMobile: <<tel.a:us_intl2>>",
        "\"Hi <<per.a:given>>, you're in the [[product|Toyota Corolla]], plate <<plate.c>>. May I see licence <<dl.a>>? "
        "We've placed a [[money|$300.00]] hold on the card <<card.a>>; it drops off after return.\"",
    ),
    T(
        "h5-en-car_rental-02",
        "en",
        "car_rental",
        "Explain to <<per.a:given>> why a fine was charged to their card; reply by email to <<email.a@a>>.",
        "",
        "Hi <<per.a:given>>, the car you rented (<<plate.c>>) was caught by a speed camera on [[timestamp|2025-03-02 18:22:10]]. "
        "The notice was issued to us as owner, and under the agreement (licence <<dl.a>>, passport <<pass.a>>) the fine of "
        "[[money|£100]] plus an admin fee was charged to your card. (Sent to <<email.a@a>>.)",
        history=[
            (
                "Hello, I'm <<per.a>>, I rented from your Heathrow branch, passport <<pass.a>>, licence <<dl.a:uk>>. Why was I charged?",
                "Thanks, <<per.a:given>>. I found booking [[order_number]] for <<plate.c:uk>>. Let me check the charges.",
            )
        ],
    ),
    # ------------------------------------------------------------------ exam_admission
    T(
        "h5-en-exam_admission-01",
        "en",
        "exam_admission",
        "Write the test-day reminder email for this candidate.",
        "ADMISSION TICKET\nCandidate: <<per.a:upper>>\nID document: passport <<pass.a>>\nDOB: <<dob.a:eu>>\nTest centre: Room 12, "
        "[[organisation|British Council]]\nEmail: <<email.a@a>>",
        "To: <<email.a@a>>\nDear <<per.a>>, your test is tomorrow in Room 12. Bring the passport you registered with (<<pass.a>>); "
        "the name must match <<per.a:upper>> exactly.",
    ),
    T(
        "h5-en-exam_admission-02",
        "en",
        "exam_admission",
        "Which registration details should this candidate double-check?",
        "Candidate: <<per_cn.a:pinyin_fl>>\nID type: PRC resident ID <<cnid.a>>\nDate of birth: <<dob.a:iso>>\n"
        "Mailing address: <<addr_cn.a:road_bld>>\nQQ: <<qq.a>>  WeChat: <<wx.a@a>>\nEmergency contact: <<per.b>>, <<tel.b>>",
        "Please check: name <<per_cn.a:pinyin_fl>> matches the ID <<cnid.a>>; date of birth <<dob.a:long>>; mailing address "
        "<<addr_cn.a:road_bld>>; and emergency contact <<per.b>> (<<tel.b>>).",
    ),
    # ------------------------------------------------------------------ crowdfunding_appeal
    T(
        "h5-en-crowdfunding_appeal-01",
        "en",
        "crowdfunding_appeal",
        "Review this fundraiser text and rewrite it without oversharing.",
        "Hi, I'm <<per.a>>. My best friend <<per.b>> was admitted to [[organisation|Mayo Clinic]] (MRN <<mrn.b:mrn>>, DOB <<dob.b:us>>) and "
        "needs surgery. Their insurance claim was denied. Send help by Venmo or to my card <<card.a>>, or reach me at <<tel.a>> / "
        "<<url.a:facebook@a>>. I live at <<addr_us.a:line>>.",
        "Oversharing: your friend's MRN <<mrn.b:mrn>> and birth date, your card number <<card.a>> and your home address. Rewrite: "
        "\"Hi, I'm <<per.a>>. My best friend is in hospital and needs surgery that insurance won't cover. Please donate through this page. Thank you!\"",
    ),
    T(
        "h5-en-crowdfunding_appeal-02",
        "en",
        "crowdfunding_appeal",
        "Summarise this shared appeal for the group newsletter, without ID numbers.",
        "[shared] Our classmate <<per_cn.a:pinyin_fl>> ([[organisation|University of Toronto]]) needs help for their father <<per_cn.b>>, "
        "chart no. <<mrn.b:alpha>>. Transfer from Europe: <<iban.a>>. WeChat <<wx.a@a>>, QQ <<qq.a>>.",
        "Classmate <<per_cn.a:pinyin_fl>> is raising money for their father's treatment. You can reach them on WeChat (<<wx.a@a>>) "
        "or QQ (<<qq.a>>); European donors can transfer to <<iban.a>>.",
    ),
    # ------------------------------------------------------------------ whois_record
    T(
        "h5-en-whois_record-01",
        "en",
        "whois_record",
        "Which fields of this WHOIS record expose the registrant? Suggest what to do.",
        "Domain Name: riverside-baking.com\nRegistrar: [[organisation|GoDaddy]].com, LLC\nRegistrant Name: <<per.a>>\n"
        "Registrant Street: <<addr_us.a:line>>\nRegistrant Phone: +1.<<tel.a:us_plain>>\nRegistrant Email: <<email.a@a>>\n"
        "Updated Date: [[timestamp|2024-11-02T08:14:55Z]]",
        "Registrant Name (<<per.a>>), Street (<<addr_us.a:line>>), Phone (<<tel.a:us_dash>>) and Email (<<email.a@a>>) expose "
        "the owner. Turn on the registrar's privacy service.",
    ),
    T(
        "h5-en-whois_record-02",
        "en",
        "whois_record",
        "Turn this RDAP entity into a readable contact card.",
        '{"objectClassName": "entity", "roles": ["registrant"], "vcardArray": ["vcard", [ ["fn", {}, "text", "<<per.a>>"],\n'
        ' ["adr", {}, "text", ["", "", "<<addr_us.a:line>>", "", "", "", "US"]], ["tel", {}, "uri", "tel:<<tel.a:us_intl2>>"],\n'
        ' ["email", {}, "text", "<<email.a@a>>"], ["url", {}, "uri", "<<url.a@a>>"]]]}',
        "Registrant: <<per.a>>\nAddress: <<addr_us.a:line>>\nPhone: <<tel.a:us_intl2>>\nEmail: <<email.a@a>>\nWeb: <<url.a@a>>",
    ),
    # ------------------------------------------------------------------ wifi_portal_log
    T(
        "h5-en-wifi_portal_log-01",
        "en",
        "wifi_portal_log",
        "The venue wants to share these captive-portal logs with an ad partner. What must be removed first?",
        "[[timestamp]] portal login ok email=<<email.a@a>> mac=<<mac.a:colon_lower>> ip=<<ip.a:private>> ssid=[[code_identifier|Guest-5G]]\n"
        "[[timestamp]] portal login ok email=<<email.b@b>> mac=<<mac.b:cisco>> ip=<<ip.b:private>> ssid=[[code_identifier|Guest-5G]]",
        "Remove the email (<<email.a@a>>, <<email.b@b>>) and MAC (<<mac.a:colon>>, <<mac.b:cisco>>) fields, and the client IPs "
        "(<<ip.a>>, <<ip.b>>). Timestamps and SSID can stay.",
    ),
    T(
        "h5-en-wifi_portal_log-02",
        "en",
        "wifi_portal_log",
        "Our hotel in Shanghai must log guest Wi-Fi logins with ID. How long was this guest online?",
        "[[timestamp|2025-02-14 13:05:11]] LOGIN room 1207 guest=<<per.a:upper>> passport=<<pass.a>> mac=<<mac.a>> ip=<<ip.a:private>>\n"
        "[[timestamp|2025-02-14 13:06:40]] LOGIN room 1207 guest=<<per_cn.b:pinyin_fl>> cn_id=<<cnid.b>> mac=<<mac.b>>\n"
        "[[timestamp|2025-02-14 17:48:40]] LOGOUT room 1207 guest=<<per.a:upper>>",
        "<<per.a>> was online from 13:05 to 17:48, about 4 hours 43 minutes (device <<mac.a>>).",
    ),
]

TEMPLATES = ZH + EN
