"""Seventh held-out templates (``heldout7``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
dev or first held-out templates, the template bodies of the second to sixth held-out parts (only
their first lines: module docstring and ``CONTEXTS``, for the module shape and the names to avoid),
or any de-identified output (see the README, "heldout7"). The 30 contexts below are used by no
other part.
"""

from typing import Any

CONTEXTS = (
    "subtitle_file",
    "attendance_sheet",
    "reference_letter",
    "soap_request",
    "phishing_report",
    "employment_verification",
    "divorce_agreement",
    "debt_collection",
    "referral_letter",
    "auto_insurance_quote",
    "parking_permit",
    "tutoring_booking",
    "carpool_post",
    "vendor_onboarding",
    "subscription_cancellation",
    "questionnaire_export",
    "mongo_query",
    "cache_dump",
    "code_question",
    "test_fixture",
    "payment_webhook",
    "store_receipt",
    "household_register",
    "pension_statement",
    "volunteer_signup",
    "bounce_message",
    "sick_note",
    "conduct_certificate",
    "chat_screenshot_ocr",
    "import_error_report",
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
    """One template; its id must be ``h7-<lang>-<context>-NN`` and its context one of ``CONTEXTS``."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h7-{lang}-{context}-"):
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
        "h7-paste/<<per.src:user>>",
        "h7-wx:<<wx.src>>",
        "h7-qq:<<qq.src>>",
        "h7-app:<<tel.src:cn_plain>>",
        "h7-mail:<<email.src>>",
    ],
    "en": [
        "h7-paste/<<per.src:user>>",
        "h7-mail:<<email.src>>",
        "h7-sms:<<tel.src:us_plain>>",
        "h7-ticket/<<per.src:lower_dot>>",
    ],
}

ANNOTATOR_PATTERNS = [
    "qa7:<<per.ANN:user>>",
    "qa7/<<per_en.ANN:lower_dot>>",
    "rev7-<<per.ANN:user>>",
    "<<email.ANN>>",
]

ZH = [
    # ------------------------------------------------------------------ subtitle_file
    T(
        "h7-zh-subtitle_file-01",
        "zh",
        "subtitle_file",
        "这是我剪好的探店视频字幕（SRT），发B站之前帮我检查一下有没有把店老板的私人信息念出来，列出需要打码的条目。",
        "1\n00:00:01,200 --> 00:00:04,050\n哈喽大家好，今天带你们吃一家藏在小区里的私房菜\n\n"
        "2\n00:00:04,100 --> 00:00:08,300\n老板<<per.boss>>说订位不用APP，直接打他手机\n\n"
        "3\n00:00:08,300 --> 00:00:11,900\n<<tel.p:cn_numerals>>，记得说是看视频来的\n\n"
        "4\n00:00:12,000 --> 00:00:16,400\n店就在<<addr.a:comm>>，一楼那个挂红灯笼的\n\n"
        "5\n00:00:16,500 --> 00:00:19,000\n招牌菜是[[product|东坡肉]]，老板说[[public_figure|苏轼]]发明的，人均[[money]]左右",
        "建议打码的字幕：\n- 第2条：老板全名<<per.boss>>\n- 第3条：老板手机（<<tel.p:cn_dash>>，字幕里写成了汉字）\n"
        "- 第4条：具体到门牌的住址<<addr.a:comm>>，这是居民楼不是商铺\n第5条的菜名和价格可以保留。",
        source="h7-bili/<<per.up:user>>",
    ),
    T(
        "h7-zh-subtitle_file-02",
        "zh",
        "subtitle_file",
        "下面是寻亲节目一期的字幕文件，帮我整理成一段寻亲启事（保留联系方式）。",
        "12\n00:03:10,000 --> 00:03:14,500\n我叫<<per.s>>，五岁那年走丢的，身份证上登记的是<<dob.d:cn_numerals>>出生\n\n"
        "13\n00:03:14,600 --> 00:03:19,200\n小时候家住<<addr.a:village>>，村口有棵大槐树\n\n"
        "14\n00:03:19,300 --> 00:03:24,000\n我爸当年户口本上的身份证号是<<cnid.f:old15>>，名字叫<<per.f>>\n\n"
        "15\n00:03:24,100 --> 00:03:27,800\n有线索请打我电话 <<tel.p:cn_space>> 或者节目组热线[[service_number|12345]]",
        "【寻亲启事】<<per.s>>，<<dob.d:cn>>出生，幼年住在<<addr.a:village>>。父亲<<per.f>>"
        "（老身份证号<<cnid.f:old15>>）。如有线索请联系本人：<<tel.p:cn_dash>>。",
    ),
    # ------------------------------------------------------------------ attendance_sheet
    T(
        "h7-zh-attendance_sheet-01",
        "zh",
        "attendance_sheet",
        "从钉钉导出的三月考勤（直接从表格复制的），帮我算每个人迟到几次，超过3次的列出来发群里提醒。",
        "姓名\t工号\t部门\t手机号\t日期\t上班打卡\t下班打卡\n"
        "<<per.a>>\t[[employee_id|E1027]]\t运营部\t<<tel.a:cn_plain>>\t03-04\t09:17\t18:30\n"
        "<<per.a>>\t[[employee_id|E1027]]\t运营部\t<<tel.a:cn_plain>>\t03-05\t09:22\t18:05\n"
        "<<per.b>>\t[[employee_id|E1031]]\t财务部\t<<tel.b:cn_plain>>\t03-04\t08:55\t17:40\n"
        "<<per.c>>\t[[employee_id|E1102]]\t运营部\t<<tel.c:cn_plain>>\t03-04\t09:31\t19:02\n"
        "<<per.c>>\t[[employee_id|E1102]]\t运营部\t<<tel.c:cn_plain>>\t03-06\t09:40\t18:00",
        "迟到统计（9:00后打卡）：<<per.a>> 2次，<<per.c>> 2次，<<per.b>> 0次。目前没人超过3次，"
        "群里可以只@<<per.a:given>>和<<per.c>>提醒一下，不用贴手机号；[[common_word|周末]]加班不算。",
        annotators=["qa7:<<per.ANN:user>>"],
    ),
    T(
        "h7-zh-attendance_sheet-02",
        "zh",
        "attendance_sheet",
        "外勤打卡记录里有人疑似代打卡（同一台手机），帮我找出来。",
        "序号,姓名,打卡时间,打卡方式,设备MAC,出口IP,地点\n"
        "1,<<per.a>>,[[timestamp.t1]],WiFi打卡,<<mac.m:dash>>,<<ip.i:private>>,总部3F\n"
        "2,<<per.b:spaced>>,[[timestamp.t2]],WiFi打卡,<<mac.m:dash>>,<<ip.i:private>>,总部3F\n"
        "3,<<per.c>>,[[timestamp.t3]],GPS打卡,<<mac.n:colon>>,<<ip.j>>,客户现场",
        "第1、2条来自同一台设备（MAC <<mac.m:colon>>，出口IP <<ip.i>>），分别记在<<per.a>>和<<per.b>>名下，"
        "时间也很接近，建议找两位核实是否代打卡。<<per.c>>那条是另一台设备，正常。",
    ),
    # ------------------------------------------------------------------ reference_letter
    T(
        "h7-zh-reference_letter-01",
        "zh",
        "reference_letter",
        "帮我把这封推荐信润色一下，语气正式一点，信息不要改。",
        "尊敬的招生委员会：\n我是<<per.t>>，在[[organisation|浙江大学]]计算机学院任副教授。<<per.s>>同学（学号[[number|3190102233]]）"
        "在我组里做了两年科研，常说要学[[public_figure|钱学森]]先生，代码都放在<<url.u:github@s>>上，质量很高。\n"
        "如需核实，请邮件<<email.t@t>>或致电<<tel.t:cn_land>>。\n<<per.t>>\n2024年11月",
        "尊敬的招生委员会：\n本人<<per.t>>，现任[[organisation|浙江大学]]计算机学院副教授，谨推荐<<per.s>>同学……"
        "其科研代码见<<url.u:github@s>>。如需核实，请联系<<email.t@t>>，电话<<tel.t:cn_land>>。\n此致\n敬礼\n<<per.t>>",
    ),
    T(
        "h7-zh-reference_letter-02",
        "zh",
        "reference_letter",
        "我以前请的阿姨要去国外做育儿嫂，雇主要推荐信，帮我把下面这段翻成英文。",
        "兹证明<<per.n>>（身份证<<cnid.i:spaced>>）于2019年至2023年在我家做住家阿姨，照顾两个孩子，"
        "勤快细心，从没出过差错。我家地址<<addr.a:road_bld>>。有问题可以打我电话<<tel.p:cn_dash>>。推荐人：<<per.r>>",
        "To whom it may concern,\nThis is to confirm that <<per.n:pinyin>> (Chinese ID <<cnid.i>>) worked for my family "
        "as a live-in nanny from 2019 to 2023 ... Our address: <<addr.a:road_bld>>. I can be reached at <<tel.p:cn_intl>>.\n"
        "Referee: <<per.r:pinyin_fl>>",
    ),
    # ------------------------------------------------------------------ soap_request
    T(
        "h7-zh-soap_request-01",
        "zh",
        "soap_request",
        "对接社保局的接口一直返回“参数校验失败”，报文如下，帮我看看哪个字段格式不对。",
        '<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n'
        "<soapenv:Body><ns:cbrydj>\n  <xm><<per.a>></xm>\n  <gmsfhm><<cnid.i:lower_x>></gmsfhm>\n"
        "  <csrq><<dob.d:compact>></csrq>\n  <lxdh><<tel.p:cn_intl2>></lxdh>\n  <hjdz><<addr.a:road>></hjdz>\n"
        "  <jbjg>[[code_identifier|330100]]</jbjg>\n</ns:cbrydj></soapenv:Body></soapenv:Envelope>",
        "有两处：\n1. gmsfhm 末位是小写x（<<cnid.i:lower_x>>），接口要求大写，改成<<cnid.i>>。\n"
        "2. lxdh 带了+86-前缀，接口只收11位手机号，应为<<tel.p:cn_plain>>。\n"
        "csrq 用<<dob.d:compact>>这种8位格式是对的。",
    ),
    T(
        "h7-zh-soap_request-02",
        "zh",
        "soap_request",
        "这个跨境付款报文被退回了，说收款人信息不完整，帮我检查。",
        '<CdtTrfTxInf>\n  <Amt><InstdAmt Ccy="EUR">[[money|2450.00]]</InstdAmt></Amt>\n'
        "  <Dbtr><Nm><<per.a:pinyin_fl>></Nm></Dbtr>\n  <DbtrAcct><Id><IBAN><<iban.x>></IBAN></Id></DbtrAcct>\n"
        "  <Cdtr><Nm><<per_en.b:upper>></Nm><PstlAdr><AdrLine><<addr_uk.b>></AdrLine></PstlAdr></Cdtr>\n"
        "  <CdtrAcct><Id><IBAN><<iban.y>></IBAN></Id></CdtrAcct>\n"
        "  <RmtInf><Ustrd>TUITION [[order_number]]</Ustrd></RmtInf>\n</CdtTrfTxInf>",
        "收款人<<per.b>>的账户<<iban.y>>没问题，但缺少 CdtrAgt/BIC；另外 AdrLine 里整段地址应拆成 StrtNm、BldgNb、PstCd。"
        "付款账户<<iban.x>>（户名<<per.a:pinyin_fl>>）格式正确。",
    ),
    # ------------------------------------------------------------------ phishing_report
    T(
        "h7-zh-phishing_report-01",
        "zh",
        "phishing_report",
        "我妈收到这条短信，点进去把卡号都填了，是不是被骗了？现在该怎么办",
        "【ETC服务】尊敬的<<per.m>>用户，您的ETC已失效，请于24小时内登录 etc-gx.cn/v 进行认证，逾期将停用。\n\n"
        "她在页面上填了：姓名<<per.m>>，身份证<<cnid.i>>，银行卡<<card.c:fw>>，手机<<tel.p:cn_plain>>，还收到一个验证码[[number|608413]]也填了。",
        "是诈骗（ETC不会短信让你点链接认证）。马上：\n1. 打银行客服[[service_number|95588]]冻结卡<<card.c:spaced>>；\n"
        "2. 改掉手机<<tel.p:cn_dash>>绑定的支付密码；\n3. 去派出所报案或打[[service_number|110]]，带上<<per.m>>的身份证。",
        source="h7-wx:<<wx.w@m>>",
    ),
    T(
        "h7-zh-phishing_report-02",
        "zh",
        "phishing_report",
        "转发一封可疑邮件（带邮件头），帮我判断是不是钓鱼。",
        'Received: from mail.hr-notice.top ([<<ip.i>>])\nFrom: "<<per.x>>（人力资源部）" <<<email.x@x>>>\n'
        "To: <<email.me@me>>\nSubject: 【重要】2024年度个税补缴通知\n\n<<per.me>>您好：\n"
        "根据[[organisation|国家税务总局]]通知，请扫码填写补缴信息，姓名、身份证号、工资卡号……\n",
        "是钓鱼：发件服务器<<ip.i>>的域名 hr-notice.top 不是公司域名；个税补缴不会让员工扫码填卡号。"
        "发件人署名<<per.x>>可能是冒用同事名字，建议转给IT并提醒<<per.me>>别回复。",
    ),
    # ------------------------------------------------------------------ employment_verification
    T(
        "h7-zh-employment_verification-01",
        "zh",
        "employment_verification",
        "把这份在职收入证明翻译成英文，签证要用。",
        "在职及收入证明\n兹证明<<per.e>>，性别女，身份证号码：<<cnid.i:x>>，自2018年7月起在我公司任职，"
        "现任产品经理，月收入税前[[money|28000元]]。\n特此证明。\n人事联系人：<<per.h>>  电话：<<tel.h:cn_land>>\n"
        "[[organisation|杭州网易雷火科技有限公司]]（盖章）",
        "Certificate of Employment and Income\nThis is to certify that <<per.e:pinyin_fl>>, female, ID No. <<cnid.i:x>>, "
        "has been employed by our company since July 2018 ... Contact: <<per.h:pinyin>>, Tel: <<tel.h:cn_land>>",
    ),
    T(
        "h7-zh-employment_verification-02",
        "zh",
        "employment_verification",
        "背调公司的通话记录，帮我整理成一份背调报告。",
        "",
        "背调报告：候选人<<per.c>>（美国社安号<<ssn.s:dash>>，用于美方分公司核验），原直属上级<<per.m>>"
        "（<<tel.m:cn_dash>>）确认在职时间与简历一致，LinkedIn 主页<<url.u:linkedin@c>>信息相符。",
        history=[
            (
                "候选人<<per.c>>之前在美国工作过，美方要核SSN：<<ssn.s:plain>>。前上司叫<<per.m>>，电话<<tel.m:cn_plain>>",
                "好的，还需要候选人的领英链接核对职位。",
            ),
            ("领英是<<url.u:linkedin@c>>，上级说他离职原因是家里搬去成都", "收到，我整理成报告。"),
        ],
    ),
    # ------------------------------------------------------------------ divorce_agreement
    T(
        "h7-zh-divorce_agreement-01",
        "zh",
        "divorce_agreement",
        "帮我检查这份离婚协议书的财产条款有没有漏洞。",
        "离婚协议书\n男方：<<per.m>>，身份证号<<cnid.m:fw>>\n女方：<<per.w>>，身份证号<<cnid.w>>\n"
        "一、子女：婚生子<<per.k:given>>由女方抚养，男方每月10日前向女方银行卡<<card.c:spaced>>支付抚养费[[money|3000元]]。\n"
        "二、房产：位于<<addr.h:road_bld>>的房屋归女方所有，剩余贷款由女方偿还。\n"
        "三、男方在境外的账户<<iban.e>>内存款平分。",
        "几个漏洞：抚养费账户<<card.c:plain>>如果变更怎么通知没写；<<addr.h:road_bld>>的房子过户税费谁出没写；"
        "<<per.m>>名下境外账户<<iban.e>>只写了“平分”，没写以哪天余额为准，也没约定汇率。",
    ),
    T(
        "h7-zh-divorce_agreement-02",
        "zh",
        "divorce_agreement",
        "帮<<per.w>>写离婚协议里的车辆条款。",
        "",
        "按你说的，车辆条款可以这样写：“<<plate.a>>小型轿车归<<per.w>>所有，<<plate.b>>归<<per.m>>所有，"
        "双方于协议生效后三十日内配合办理过户。”",
        system="你是一名婚姻家事律师助理，回答要具体到条款。",
        history=[
            (
                "我们有两辆车，<<plate.a>>（登记在我老公<<per.m>>名下）我想要，<<plate.b>>给他",
                "明白。请提供您的姓名，以便写进条款。",
            ),
            ("我叫<<per.w>>，车是[[product|比亚迪汉]]和一辆旧[[product|帕萨特]]", "好的。"),
            ("帮我写车辆那条", "好的，我来写。"),
        ],
    ),
    # ------------------------------------------------------------------ debt_collection
    T(
        "h7-zh-debt_collection-01",
        "zh",
        "debt_collection",
        "催收一直骚扰我同事，帮我写一份投诉材料给银保监。",
        "我叫<<per.me>>，在[[organisation|某消费金融公司]]借了钱逾期了。这几天他们给我同事<<per.co>>打电话，"
        "号码<<tel.co:cn_dash>>，说我欠钱不还还要上门。他们发来的短信：“<<per.me>>，身份证<<cnid.i:spaced>>，"
        "你已逾期[[number|97]]天，今天下午我们到<<addr.a:tower>>找你。”",
        "投诉材料\n投诉人：<<per.me>>，身份证号<<cnid.i>>\n事由：催收机构向无关第三人<<per.co>>（<<tel.co:cn_plain>>）"
        "透露本人债务信息，并扬言到<<addr.a:tower>>上门……\n投诉电话：[[service_number|12378]]",
    ),
    T(
        "h7-zh-debt_collection-02",
        "zh",
        "debt_collection",
        "这是催收系统导出的案件表，帮我统计逾期90天以上的金额合计。",
        "案件号,姓名,身份证,手机,欠款,逾期天数,紧急联系人,联系人电话\n"
        "[[order_number]],<<per.a>>,<<cnid.a>>,<<tel.a:cn_plain>>,[[money|¥12,400.00]],121,<<per.a2>>,<<tel.a2:cn_plain>>\n"
        "[[order_number]],<<per.b>>,<<cnid.b:x>>,<<tel.b:cn_plain>>,[[money|¥3,080.50]],45,<<per.b2>>,<<tel.b2:cn_land>>",
        "逾期90天以上只有<<per.a>>一笔（[[money|¥12,400.00]]）。另外提醒：表里紧急联系人<<per.a2>>的电话不应出现在统计报表里。",
    ),
    # ------------------------------------------------------------------ referral_letter
    T(
        "h7-zh-referral_letter-01",
        "zh",
        "referral_letter",
        "医生开的转诊单拍照识别出来是这样，帮我看懂是什么意思。",
        "双向转诊单（上转）\n患者姓名：<<per.p>>  性别：男  出生日期：<<dob.d:cn_pad>>\n门诊号：<<mrn.a:mz>>  住院号：<<mrn.b:zy>>\n"
        "初步诊断：[[common_word|左心室]]肥厚，高血压3级\n转入医院：[[organisation|浙江大学医学院附属第一医院]]\n"
        "转诊医生：<<per.d>>  联系电话：<<tel.d:cn_land>>",
        "这是社区医院把<<per.p>>（<<dob.d:iso>>生）转到大医院心内科的单子，带上门诊号<<mrn.a>>和住院号<<mrn.b>>去挂号，"
        "不懂的可以打转诊医生<<per.d>>的电话<<tel.d:cn_land>>问。",
    ),
    T(
        "h7-zh-referral_letter-02",
        "zh",
        "referral_letter",
        "",
        "",
        "可以这么写：“<<per.t>>老师您好，我是<<per.k>>的家长，孩子在[[organisation|儿童医院]]就诊（病历号<<mrn.m:digits>>），"
        "医生转到康复科做三周训练，周二周四下午需要请假，有事打我<<tel.p:cn_fw>>。”",
        history=[
            (
                "孩子<<per.k>>（<<dob.d:dot>>出生）病历号<<mrn.m:digits>>被转到康复科，要跟班主任<<per.t>>请假",
                "需要我帮你写请假消息吗？留一个联系电话。",
            ),
            ("写吧，电话<<tel.p:cn_fw>>", "好的。"),
        ],
    ),
    # ------------------------------------------------------------------ auto_insurance_quote
    T(
        "h7-zh-auto_insurance_quote-01",
        "zh",
        "auto_insurance_quote",
        "三家保险公司给的续保报价，帮我比一下哪家划算。",
        "车主：<<per.o>>  证件号：<<cnid.i>>\n车牌：<<plate.v>>  驾驶证号：<<dl.d:cn>>\n联系电话：<<tel.p:cn_space>>\n"
        "上年保单号：[[order_number]]\n[[organisation|平安产险]]：交强+商业三者200万 [[money|4380元]]\n"
        "[[organisation|人保财险]]：[[money|4510元]]\n[[organisation|太平洋保险]]：[[money|4265元]]",
        "<<plate.v>>这台车，太平洋最便宜，但三者保额要确认也是200万。报价时别把<<per.o>>的驾驶证号<<dl.d>>随便发给销售。",
    ),
    T(
        "h7-zh-auto_insurance_quote-02",
        "zh",
        "auto_insurance_quote",
        "保险销售在微信上要我这些信息，帮我看看哪些没必要给。",
        "",
        "报价只需要车牌<<plate.v>>、车主<<per.o>>和身份证<<cnid.i:lower_x>>。微信号<<wx.w@o>>之外，"
        "驾驶证号<<dl.d>>只有指定驾驶人才用，银行卡更不用给。",
        history=[
            (
                "销售说报价要：车主姓名<<per.o:spaced>>、身份证<<cnid.i:lower_x>>、车牌<<plate.v>>、驾驶证<<dl.d>>、还有我的银行卡",
                "银行卡不需要。他用的哪个微信号联系你？",
            ),
            ("他加的我微信<<wx.w@o>>，说是[[organisation|中国人寿]]的", "好的，我帮你梳理。"),
        ],
    ),
    # ------------------------------------------------------------------ parking_permit
    T(
        "h7-zh-parking_permit-01",
        "zh",
        "parking_permit",
        "物业收集的车位月卡申请表，帮我按楼栋排个序再导出。",
        "| 业主 | 房号 | 车牌 | 手机 | 备注 |\n|---|---|---|---|---|\n"
        "| <<per.a>> | <<addr.a:comm>> | <<plate.a>> | <<tel.a:cn_dash>> | 新能源 |\n"
        "| <<per.b>> | <<addr.b:comm>> | <<plate.b>> | <<tel.b:cn_plain>> | [[common_word|单元格]]里别加空格 |\n"
        "| <<per.c>> | <<addr.c:comm>> | <<plate.c>> | <<tel.c:cn_plain>> | 租户 |",
        "已排好：\n1. <<per.a>>｜<<addr.a:comm>>｜<<plate.a>>\n2. <<per.b>>｜<<addr.b:comm>>｜<<plate.b>>\n"
        "3. <<per.c>>｜<<addr.c:comm>>｜<<plate.c>>（租户需补租赁合同）",
    ),
    T(
        "h7-zh-parking_permit-02",
        "zh",
        "parking_permit",
        "亲戚来住一个月，帮我写个临时停车证申请给物业。",
        "我住<<addr.a:yuan>>，亲戚<<per.g>>开车来，车牌<<plate.v>>，驾驶证号<<dl.d:cn>>，"
        "身份证<<cnid.g:old15>>（老证还没换），电话幺三几的我记不清，反正是<<tel.g:cn_numerals>>。",
        "物业您好：\n本人为<<addr.a:yuan>>业主，亲属<<per.g>>（电话<<tel.g:cn_plain>>）驾驶车辆<<plate.v>>来探亲，"
        "申请临时停车证一个月，驾驶证号<<dl.d>>，请予办理。",
    ),
    # ------------------------------------------------------------------ tutoring_booking
    T(
        "h7-zh-tutoring_booking-01",
        "zh",
        "tutoring_booking",
        "我在家长群看到这条家教帖子，帮我写个回复应聘。我的信息在后面。",
        "【求家教】初二数学，每周六下午两小时，地点<<addr.a:comm>>，价格[[money|200元]]/小时，"
        "要求[[organisation|华东师范大学]]在读，孩子喜欢[[public_figure|华罗庚]]的故事。联系<<per.p:title>>，电话<<tel.p:cn_plain>>\n\n"
        "我：<<per.me>>，数学系大三，QQ <<qq.q>>，邮箱<<email.e@me>>",
        "<<per.p:title>>您好，我是<<per.me>>，[[organisation|华东师范大学]]数学系大三学生，看到您在群里的家教信息……"
        "周六下午可以到<<addr.a:comm>>上课。联系方式：QQ <<qq.q>>，邮箱<<email.e@me>>。",
    ),
    T(
        "h7-zh-tutoring_booking-02",
        "zh",
        "tutoring_booking",
        "家教平台接口返回的老师资料（JSON），帮我做成一张给家长看的简介卡片，联系方式只留平台客服。",
        '{\n  "tutorId": "[[code_identifier|T-20931]]",\n  "realName": "<<per.t>>",\n  "idCard": "<<cnid.i>>",\n'
        '  "birth": "<<dob.d:slash_iso>>",\n  "mobile": "<<tel.t:cn_plain>>",\n  "qq": "<<qq.q>>",\n'
        '  "homepage": "<<url.u:zhihu@t>>",\n  "school": "[[organisation|南京大学]]",\n  "price": "[[money|180元]]"\n}',
        "【老师简介】<<per.t:title>>，[[organisation|南京大学]]在读，擅长初高中物理，课时费[[money|180元]]。\n"
        "（内部备注，勿发家长：<<per.t>>，<<tel.t:cn_dash>>，QQ <<qq.q>>）",
        source="h7-tutor/<<per.t:user>>",
    ),
    # ------------------------------------------------------------------ carpool_post
    T(
        "h7-zh-carpool_post-01",
        "zh",
        "carpool_post",
        "国庆回老家的拼车接龙，帮我按出发时间整理一下。",
        "#接龙\n国庆拼车回[[public_place|黄山]]，避开早[[common_word|高峰]]，车主留车牌，乘客留电话\n\n"
        "1. <<per.a>> 车主 <<plate.a>> 10月1日早7点 从<<addr.a:comm>>出发 驾驶证<<dl.a:cn>>\n"
        "2. <<per.b>> 乘客 <<tel.b:cn_plain>> 1人\n3. <<per.c:spaced>> 乘客 <<tel.c:cn_dash>> 2人带行李\n"
        "4. <<per.d>> 车主 <<plate.d>> 10月1日下午2点 微信<<wx.d@d>>",
        "10月1日 07:00：<<per.a>>（<<plate.a>>）从<<addr.a:comm>>出发，乘客<<per.b>>、<<per.c>>\n"
        "10月1日 14:00：<<per.d>>（<<plate.d>>），暂无乘客，可加微信<<wx.d@d>>",
    ),
    T(
        "h7-zh-carpool_post-02",
        "zh",
        "carpool_post",
        "",
        "",
        "可以发：“@<<per.dr>> 车牌<<plate.v>>的师傅，昨天顺风车我多付了[[money|60元]]，麻烦退一下，我微信<<wx.me@me>>。”"
        "如果不退，可以打平台客服[[service_number|12328]]投诉，附上他手机<<tel.dr:cn_dash>>。",
        history=[
            (
                "昨天坐了<<per.dr>>的顺风车，车牌<<plate.v>>，他手机<<tel.dr:cn_plain>>，说好[[money|80元]]结果收了[[money|140元]]",
                "你有付款截图吗？",
            ),
            ("有。我叫<<per.me>>，他驾驶证号我拍了<<dl.dr:cn>>", "好的，先礼貌沟通。"),
            ("帮我写条消息发拼车群里", "好的。"),
        ],
    ),
    # ------------------------------------------------------------------ vendor_onboarding
    T(
        "h7-zh-vendor_onboarding-01",
        "zh",
        "vendor_onboarding",
        "个体户供应商入驻资料，帮我核对是不是齐了。",
        "供应商类型：个体工商户\n经营者：<<per.o>>\n经营者身份证：<<cnid.i:fw>>\n收款银行卡：<<card.c:dashed>>（[[organisation|中国农业银行]]）\n"
        "经营地址：<<addr.a:road>>\n对接人邮箱：<<email.e@o>>\n对接人手机：<<tel.p:cn_intl>>\n营业执照号：[[number|92330106MA2H3K8X1Q]]",
        "缺：开户许可/银行卡开户人须与经营者<<per.o>>一致的证明；其他齐全。请向<<email.e@o>>补要卡<<card.c:plain>>的开户证明。",
    ),
    T(
        "h7-zh-vendor_onboarding-02",
        "zh",
        "vendor_onboarding",
        "美国的个人设计师要做我们供应商，他发来W-9信息，帮我填进供应商系统的字段。",
        "Name: <<per_en.d>>\nSSN: <<ssn.s:dash>>\nSpouse (joint filer) SSN: <<ssn.t:space>>\nAddress: <<addr_us.u>>\n"
        "Passport: <<pass.p:us>>\nPayout IBAN (his Irish account): <<iban.i:ie>>\nEmail: <<email.e@d>>",
        "供应商名称：<<per.d>>\n纳税人识别号（SSN）：<<ssn.s:plain>>\n地址：<<addr.u>>\n证件：美国护照<<pass.p>>\n"
        "收款账户：<<iban.i>>\n联系邮箱：<<email.e@d>>\n注意：配偶SSN <<ssn.t:dash>>不需要录入。",
    ),
    # ------------------------------------------------------------------ subscription_cancellation
    T(
        "h7-zh-subscription_cancellation-01",
        "zh",
        "subscription_cancellation",
        "",
        "",
        "可以这样说：“您好，我要注销宽带，账号<<tel.p:cn_plain>>，户主<<per.o>>，身份证后六位我已核对，"
        "光猫MAC地址<<mac.m:colon>>，设备已寄回，快递单号[[tracking_number]]。”",
        system="你帮用户准备和客服沟通的话术。",
        history=[
            (
                "宽带到期了要销户，客服问了一堆，户主<<per.o>>，身份证<<cnid.i>>，装机地址<<addr.a:road_bld>>",
                "宽带账号是什么？",
            ),
            ("账号就是手机号<<tel.p:cn_dash>>，光猫背面写的MAC <<mac.m:dash>>", "好的。"),
            ("帮我写个跟[[service_number|10000]]说的话术", "好。"),
        ],
    ),
    T(
        "h7-zh-subscription_cancellation-02",
        "zh",
        "subscription_cancellation",
        "我在美国读书时订的会员回国后一直扣费，帮我写封英文邮件取消并要求退款。",
        "账号邮箱<<email.e@me>>，名字<<per.me:pinyin>>，扣款的卡是<<card.c:spaced>>，账单地址写的是当时宿舍<<addr_us.u>>，"
        "美国手机号<<tel.u:us_dash>>已经停用了。",
        "Subject: Cancel membership and refund request\nHello,\nPlease cancel the membership on <<email.e@me>> "
        "(<<per.me:pinyin>>). The card <<card.c:plain>> has been charged since I left <<addr.u>> ... "
        "My old US number <<tel.u:us_paren>> is no longer in service, so please reply by e-mail.",
    ),
    # ------------------------------------------------------------------ questionnaire_export
    T(
        "h7-zh-questionnaire_export-01",
        "zh",
        "questionnaire_export",
        "问卷星导出的报名数据，帮我去掉重复提交（同一手机号），保留最后一次。",
        "序号,提交答卷时间,来源IP,1.您的姓名,2.手机号码,3.出生日期,4.通讯地址\n"
        "1,[[timestamp.t1]],<<ip.a>>,<<per.a>>,<<tel.a:cn_plain>>,<<dob.a:slash_iso>>,<<addr.a:post>>\n"
        "2,[[timestamp.t2]],<<ip.b>>,<<per.b>>,<<tel.b:cn_plain>>,<<dob.b:iso>>,<<addr.b:short>>\n"
        "3,[[timestamp.t3]],<<ip.a>>,<<per.a>>,<<tel.a:cn_plain>>,<<dob.a:slash_iso>>,<<addr.a:post>>",
        "第1、3条是<<per.a>>（<<tel.a:cn_dash>>）重复提交，IP也相同（<<ip.a>>），保留第3条；第2条<<per.b>>保留。",
    ),
    T(
        "h7-zh-questionnaire_export-02",
        "zh",
        "questionnaire_export",
        "满意度回访问卷的开放题答案，帮我归纳主要意见，别把个人联系方式写进报告。",
        "Q8 其他建议：\n- 快递员态度差，我叫<<per.a>>，有事加我QQ<<qq.a>>聊\n"
        "- 上次投诉没人回，微信<<wx.b>>，手机<<tel.b:cn_space>>\n- 挺好的，[[product|京东快递]]比以前快，客服急得像[[public_figure|孙悟空]]\n"
        "- 希望有周末上门，<<per.c>>，<<addr.c:lane>>",
        "主要意见：快递员服务态度（1条）、投诉无回复（1条）、希望周末上门（1条），正面评价1条。\n"
        "需回访：<<per.a>>（QQ<<qq.a>>）、微信<<wx.b>>用户。",
    ),
    # ------------------------------------------------------------------ mongo_query
    T(
        "h7-zh-mongo_query-01",
        "zh",
        "mongo_query",
        "mongo里查出来的用户文档，帮我写个聚合：按最后登录IP统计用户数。",
        '> db.users.find({city: "杭州"}).limit(2)\n'
        "{ _id: ObjectId(\"[[object_id|65f1c2a9e4b0a1d2c3f4e5a6]]\"), name: '<<per.a>>', idCard: '<<cnid.a>>', mobile: '<<tel.a:cn_plain>>',"
        " wx: '<<wx.a@a>>', lastLoginIp: '<<ip.a>>', devices: [ { mac: '<<mac.a:colon_lower>>', os: 'iOS [[version]]' } ] }\n"
        "{ _id: ObjectId(\"[[object_id|65f1c2a9e4b0a1d2c3f4e5b7]]\"), name: '<<per.b>>', idCard: '<<cnid.b>>', mobile: '<<tel.b:cn_plain>>',"
        " wx: '<<wx.b>>', lastLoginIp: '<<ip.a>>', devices: [] }",
        'db.users.aggregate([{ $group: { _id: "$lastLoginIp", n: { $sum: 1 } } }, { $sort: { n: -1 } }])\n'
        "按你这两条样例，<<ip.a>>会得到 n: 2（<<per.a>>和<<per.b>>）。",
    ),
    T(
        "h7-zh-mongo_query-02",
        "zh",
        "mongo_query",
        "mongoexport 导出的订单，收件信息字段很乱，帮我写个脚本统一手机号格式。",
        '{"orderNo":"[[order_number]]","receiver":{"name":"<<per.a>>","tel":"<<tel.a:cn_fw>>","addr":"<<addr.a:road_bld>>"},"waybill":"[[tracking_number]]"}\n'
        '{"orderNo":"[[order_number]]","receiver":{"name":"<<per.b>>","tel":"<<tel.b:cn_0086>>","addr":"<<addr.b:num_cn>>"},"waybill":"[[tracking_number]]"}\n'
        '{"orderNo":"[[order_number]]","receiver":{"name":"<<per.c>>","tel":"<<tel.c:cn_dash>>","addr":"<<addr.c:tower>>"},"waybill":"[[tracking_number]]"}',
        "用 unicodedata.normalize('NFKC') 先把全角转半角，再去掉 0086/+86 和分隔符：\n"
        "<<tel.a:cn_fw>> → <<tel.a:cn_plain>>，<<tel.b:cn_0086>> → <<tel.b:cn_plain>>，<<tel.c:cn_dash>> → <<tel.c:cn_plain>>。",
    ),
    # ------------------------------------------------------------------ cache_dump
    T(
        "h7-zh-cache_dump-01",
        "zh",
        "cache_dump",
        "redis里一个session的内容，帮我看看有没有存了不该存的敏感信息。",
        '127.0.0.1:6379> HGETALL session:[[code_identifier|a91f0c2e]]\n 1) "uid"\n 2) "[[number|10029384]]"\n'
        ' 3) "realName"\n 4) "<<per.a>>"\n 5) "idCard"\n 6) "<<cnid.i>>"\n 7) "loginIp"\n 8) "<<ip.i>>"\n'
        ' 9) "deviceMac"\n10) "<<mac.m:colon>>"\n11) "usSsn"\n12) "<<ssn.s:plain>>"\n13) "passport"\n14) "<<pass.p>>"',
        "不该放在session里的：实名<<per.a>>、身份证<<cnid.i>>、美国SSN <<ssn.s:dash>>、护照<<pass.p>>。"
        "登录IP <<ip.i>>和设备MAC <<mac.m:colon>>可以保留但要设过期时间。",
    ),
    T(
        "h7-zh-cache_dump-02",
        "zh",
        "cache_dump",
        "线上redis的 KEYS 输出，key 命名是不是有问题？",
        "sms:code:<<tel.a:cn_plain>>\nsms:code:<<tel.b:cn_plain>>\nlogin:fail:<<email.c>>\n"
        "user:token:<<per.d:user>>\nbind:qq:<<qq.e>>\nrate:[[code_identifier|api_v2_send]]",
        "有问题：key 里直接带了手机号（sms:code:<<tel.a:cn_plain>>）、邮箱（<<email.c>>）、QQ号（<<qq.e>>）和用户名"
        "（<<per.d:user>>），谁能 KEYS 就能拿到这些信息。建议改成 sms:code:{sha256(手机号)}。",
    ),
    # ------------------------------------------------------------------ code_question
    T(
        "h7-zh-code_question-01",
        "zh",
        "code_question",
        "Python [[version]] 的正则怎么从这种日志里提取姓名、身份证和手机号？我下面这个写法匹配不到全角的。",
        "日志样例：\n[[timestamp]] INFO 实名认证 姓名=<<per.a>> 证件=<<cnid.a:fw>> 手机=<<tel.a:cn_fw>>\n"
        "[[timestamp]] INFO 实名认证 姓名=<<per.b>> 证件=<<cnid.b>> 手机=<<tel.b:cn_plain>>\n\n"
        '```python\npat = [[code_identifier|re.compile]](r"姓名=(\\S+) 证件=(\\d{17}[\\dX]) 手机=(1\\d{10})")\n```',
        '先 NFKC 规范化再匹配：\n```python\nline = unicodedata.normalize("NFKC", line)\n```\n'
        "这样第一行会得到 ('<<per.a>>', '<<cnid.a>>', '<<tel.a:cn_plain>>')。",
    ),
    T(
        "h7-zh-code_question-02",
        "zh",
        "code_question",
        "这段Java代码为什么总是空指针？同事把测试账号写死在里面了。",
        '```java\nUser u = new User();\nu.setName("<<per.a>>");\nu.setIdNo("<<cnid.a:x>>");\n'
        'u.setMobile("<<tel.a:cn_plain>>");\nu.setGithub("<<url.g:github@a>>");\n'
        "String n = u.getAddress().trim(); // NPE\n```",
        "getAddress() 没赋值所以是 null。另外别把真实信息写死：<<per.a>>、<<cnid.a:x>>、<<tel.a:cn_dash>>、<<url.g:github@a>>"
        "都应该换成假数据，用 [[code_identifier|Faker]] 生成。",
    ),
    # ------------------------------------------------------------------ test_fixture
    T(
        "h7-zh-test_fixture-01",
        "zh",
        "test_fixture",
        "这个测试数据是从线上拷的，帮我改成假的但格式要一样（身份证要过校验）。",
        'users.yaml:\n- name: <<per.a>>\n  id_card: "<<cnid.a>>"\n  phone: "<<tel.a:cn_plain>>"\n  qq: "<<qq.a>>"\n'
        '  iban: "<<iban.a>>"\n  ssn: "<<ssn.s:dash>>"\n  dl: "<<dl.d:cn>>"\n- name: <<per.b>>\n  id_card: "<<cnid.b:x>>"\n'
        '  phone: "<<tel.b:cn_plain>>"',
        "可以用 [[code_identifier|faker.Faker('zh_CN').ssn()]] 生成能过校验的身份证，替换<<cnid.a>>和<<cnid.b:x>>；"
        "<<per.a>>、<<per.b>>换成随机名；<<ssn.s:plain>>这种美国SSN用 9xx 开头的测试号段。",
    ),
    T(
        "h7-zh-test_fixture-02",
        "zh",
        "test_fixture",
        "单测 mock 数据报错“手机号格式不对”（jest [[version]]），帮我看看。",
        "```js\nconst mockUser = {\n  name: '<<per.a>>',\n  mobile: '<<tel.a:cn_space>>',\n  plate: '<<plate.v>>',\n"
        "  mac: '<<mac.m:cisco>>',\n  birthday: '<<dob.d:dot>>',\n  wechat: '<<wx.w@a>>',\n};\n```\n"
        "校验函数：/^1[3-9]\\d{9}$/",
        "mobile 中间有空格（<<tel.a:cn_space>>），正则不允许，改成'<<tel.a:cn_plain>>'。birthday 用的是<<dob.d:dot>>格式，"
        "如果后端要 ISO 记得改成<<dob.d:iso>>。",
    ),
    # ------------------------------------------------------------------ payment_webhook
    T(
        "h7-zh-payment_webhook-01",
        "zh",
        "payment_webhook",
        "支付宝异步通知里 passback_params 解析乱码，帮我看看。",
        "POST /notify/alipay\nnotify_time=[[timestamp]]&trade_no=[[order_number]]&buyer_logon_id=138****2231"
        "&total_amount=[[money|88.00]]&passback_params=%7B%22name%22%3A%22<<per.a>>%22%2C%22phone%22%3A%22<<tel.a:cn_plain>>%22%7D"
        "&client_ip=<<ip.i>>&device_mac=<<mac.m:colon>>",
        'passback_params 是URL编码的JSON，解码后是 {"name":"<<per.a>>","phone":"<<tel.a:cn_plain>>"}，'
        "要先 urllib.parse.unquote 再 json.loads。另外不建议在回传参数里放手机号。",
    ),
    T(
        "h7-zh-payment_webhook-02",
        "zh",
        "payment_webhook",
        "代付回调失败了，帮我看返回的JSON是什么原因。",
        '{\n  "event": "payout.failed",\n  "payout": {\n    "payee_name": "<<per.a>>",\n    "payee_id_no": "<<cnid.a>>",\n'
        '    "card_no": "<<card.c:plain>>",\n    "overseas_iban": "<<iban.i>>",\n    "amount": "[[money]]",\n'
        '    "fail_reason": "户名与卡号不符"\n  }\n}',
        "失败原因是“户名与卡号不符”：卡<<card.c:plain>>的开户名不是<<per.a>>。请收款人核对，或改用境外账户<<iban.i>>。",
    ),
    # ------------------------------------------------------------------ store_receipt
    T(
        "h7-zh-store_receipt-01",
        "zh",
        "store_receipt",
        "超市小票拍照识别的，帮我记账，只要商品和金额。",
        "[[organisation|永辉超市]]（文三路店）\n收银员：<<per.k:given>> 机号03\n会员：<<per.m>> 138****6610\n"
        "会员手机 <<tel.m:cn_plain>>\n[[product|金龙鱼调和油5L]]  [[money|69.90]]\n[[product|蒙牛纯牛奶]] x2  [[money|57.00]]\n"
        "合计 [[money|126.90]]\n发票抬头：<<per.m>>  税号：<<cnid.i>>",
        "记账：食用油 69.90，牛奶 57.00，合计 126.90。\n（小票上有<<per.m>>的手机号<<tel.m:cn_dash>>和身份证，记账里不用写。）",
    ),
    T(
        "h7-zh-store_receipt-02",
        "zh",
        "store_receipt",
        "药店的医保购药小票，帮我看看哪些是医保报销的。",
        "[[organisation|老百姓大药房]]\n参保人：<<per.p>>  出生日期：<<dob.d:cn>>\n医保卡号：<<cnid.i:spaced>>\n"
        "门诊病历号：<<mrn.m:mz>>\n[[product|阿托伐他汀钙片]] 统筹支付 [[money|45.20]]\n[[product|维生素C]] 自费 [[money|12.00]]\n"
        "药师：<<per.y>>",
        "<<per.p>>这张小票里，阿托伐他汀钙片走的统筹（医保卡<<cnid.i>>），维生素C自费。病历号<<mrn.m>>可以用来去医院补打处方。",
    ),
    # ------------------------------------------------------------------ household_register
    T(
        "h7-zh-household_register-01",
        "zh",
        "household_register",
        "户口本拍照识别出来的，帮我整理成表格，给学校登记用。",
        "户主姓名 <<per.h>>  户号 [[number|330102017543]]\n住址 <<addr.a:village>>\n\n常住人口登记卡\n"
        "姓名 <<per.h>>  与户主关系 户主\n出生日期 <<dob.h:cn_pad>>  公民身份号码 <<cnid.h>>\n\n"
        "姓名 <<per.w>>  与户主关系 妻\n出生日期 <<dob.w:cn_pad>>  公民身份号码 <<cnid.w:x>>\n曾用名 <<per.w2>>",
        "| 姓名 | 关系 | 出生日期 | 身份证号 |\n|---|---|---|---|\n| <<per.h>> | 户主 | <<dob.h:iso>> | <<cnid.h>> |\n"
        "| <<per.w>> | 妻 | <<dob.w:iso>> | <<cnid.w:x>> |\n户籍地址：<<addr.a:village>>",
    ),
    T(
        "h7-zh-household_register-02",
        "zh",
        "household_register",
        "帮<<per.a>>列一下迁户口要带的材料。",
        "",
        "迁入申请材料清单：<<per.a>>的身份证（<<cnid.a:fw>>）、户口本、房产证（<<addr.n:road_bld>>）、准迁证。"
        "派出所可能会打<<tel.a:cn_dash>>通知领取。",
        history=[
            (
                "我要把户口从老家迁到<<addr.n:road_bld>>，派出所让准备材料",
                "请问您的姓名和联系方式？",
            ),
            ("<<per.a>>，身份证<<cnid.a:fw>>，电话<<tel.a:cn_fw>>", "好的，还需要知道是买房落户还是人才落户。"),
            ("买房落户", "明白。"),
        ],
    ),
    # ------------------------------------------------------------------ pension_statement
    T(
        "h7-zh-pension_statement-01",
        "zh",
        "pension_statement",
        "我爸在美国工作过十年，收到社安局寄来的 Social Security Statement，帮我看看他能领多少。",
        "Social Security Statement\nPrepared especially for <<per_en.f>>\nSSN: XXX-XX-1234 (full on file: <<ssn.s:dash>>)\n"
        "Date of birth: <<dob.d:long>>\nMailing address: <<addr_us.u>>\n"
        "At full retirement age (67), your payment would be about [[money|$1,842]] a month.",
        "<<per.f>>（SSN <<ssn.s:plain>>，<<dob.d:iso>>出生）满67岁每月约[[money|$1,842]]。"
        "回国后可以让社安局把信寄到新地址，不用再寄到<<addr.u>>。",
    ),
    T(
        "h7-zh-pension_statement-02",
        "zh",
        "pension_statement",
        "帮我把这段语音转文字整理成养老金资格认证的材料说明。",
        "我是<<per.c>>我帮我妈<<per.m>>办养老金认证她身份证<<cnid.m>>养老金打到她那张卡<<card.c:plain>>"
        "我电话<<tel.c:cn_numerals>>家住<<addr.a:num_cn>>她腿脚不方便能不能上门",
        "养老金资格认证（代办）：\n领取人：<<per.m>>，身份证<<cnid.m>>，养老金账户<<card.c:spaced>>\n"
        "代办人：<<per.c>>，电话<<tel.c:cn_plain>>\n申请上门认证地址：<<addr.a:num_cn>>",
    ),
    # ------------------------------------------------------------------ volunteer_signup
    T(
        "h7-zh-volunteer_signup-01",
        "zh",
        "volunteer_signup",
        "社区志愿者接龙，帮我整理成买保险要的名单（姓名+证件号）。",
        "#接龙 周六[[public_place|西湖]]捡垃圾志愿活动，需要买意外险，报名请写姓名 证件号 电话\n"
        "1. <<per.a>> <<cnid.a>> <<tel.a:cn_plain>>\n2. <<per.b>> <<cnid.b:lower_x>> <<tel.b:cn_dash>>\n"
        "3. <<per_en.c>>（外籍）护照<<pass.c:us_new>> <<tel.c:cn_plain>>\n4. <<per.d>> 同上一个手机号",
        "投保名单：\n<<per.a>>，<<cnid.a>>\n<<per.b>>，<<cnid.b>>\n<<per.c>>，护照<<pass.c>>\n<<per.d>>：没填证件号，需要补。",
    ),
    T(
        "h7-zh-volunteer_signup-02",
        "zh",
        "volunteer_signup",
        "马拉松志愿者报名表（JSON），帮我检查紧急联系人有没有漏填。",
        '[\n {"name":"<<per.a>>","idType":"护照","idNo":"<<pass.a:cn_ea>>","birth":"<<dob.a:iso>>","blood":"O",'
        '"emergency":{"name":"<<per.a2>>","tel":"<<tel.a2:cn_plain>>"}},\n'
        ' {"name":"<<per.b>>","idType":"身份证","idNo":"<<cnid.b>>","birth":"<<dob.b:iso>>","blood":"A","emergency":{}}\n]',
        "<<per.b>>（<<dob.b:cn>>出生）没填紧急联系人，需要补；<<per.a>>的紧急联系人是<<per.a2>>（<<tel.a2:cn_dash>>）。",
    ),
    # ------------------------------------------------------------------ bounce_message
    T(
        "h7-zh-bounce_message-01",
        "zh",
        "bounce_message",
        "邮件被退回来了，帮我看是什么原因，要不要重发。",
        "系统退信\n很抱歉，您发送的邮件被退回。\n收件人：<<email.hr>>\n原因：550 Mailbox not found\n\n"
        "----- 原邮件 -----\n主题：应聘产品助理-<<per.me>>\n您好，我是<<per.me>>，<<dob.d:cn>>出生，电话<<tel.p:cn_dash>>，"
        "作品集见<<url.u:zhihu@me>>。",
        "退信原因是收件地址不存在（<<email.hr>>可能拼错了）。确认HR邮箱后重发即可，<<per.me>>的简历内容不用改。",
    ),
    T(
        "h7-zh-bounce_message-02",
        "zh",
        "bounce_message",
        "企业邮箱退信带了完整的信头，帮我看是不是被对方拦截了。",
        "Received: from smtp.qiye.example ([<<ip.i>>]) by mx.partner.example\nX-Sender: <<email.me@me>>\n"
        "Diagnostic-Code: smtp; 554 DT:SPM\n\n--- 原信 ---\n<<per.x>>总您好，附件是合同，我是<<per.me>>，"
        "手机<<tel.p:cn_plain>>，GitHub <<url.u:github@me>>",
        "554 DT:SPM 是被对方判为垃圾邮件（发信IP <<ip.i>>）。可以让<<per.x:title>>把<<email.me@me>>加白名单，或者直接打<<tel.p:cn_dash>>的人去沟通。",
    ),
    # ------------------------------------------------------------------ sick_note
    T(
        "h7-zh-sick_note-01",
        "zh",
        "sick_note",
        "病假条拍照识别的，帮我写封请假邮件给领导，附上病假条信息。",
        "[[organisation|杭州市第一人民医院]] 疾病证明书\n姓名 <<per.p>>  性别 女  年龄 34\n门诊号 <<mrn.m:digits>>\n"
        "诊断：急性支气管炎\n建议：休息三天\n医师 <<per.d>>",
        "<<per.x:title>>您好：\n我因急性支气管炎需休息三天，附医院疾病证明（门诊号<<mrn.m>>，医师<<per.d>>）。\n<<per.p>>",
    ),
    T(
        "h7-zh-sick_note-02",
        "zh",
        "sick_note",
        "帮我给<<per.t>>老师写张请假条，孩子是<<per.k>>。",
        "",
        "请假条：\n<<per.t>>老师：\n学生<<per.k>>因发烧（[[organisation|儿童医院]]病历号<<mrn.m:dash>>），需请假两天，"
        "家长电话<<tel.p:cn_dash>>。",
        history=[
            ("孩子<<per.k>>发烧了，病历号<<mrn.m:dash>>，要跟<<per.t>>老师请假", "好的，需要家长电话吗？"),
            ("<<tel.p:cn_plain>>", "好的。"),
        ],
    ),
    # ------------------------------------------------------------------ conduct_certificate
    T(
        "h7-zh-conduct_certificate-01",
        "zh",
        "conduct_certificate",
        "无犯罪记录证明，帮我翻成英文，要拿去加拿大办签证。",
        "无犯罪记录证明\n兹证明<<per.a>>（性别：男，公民身份号码：<<cnid.a>>，护照号码：<<pass.p:cn_e>>），"
        "户籍地址<<addr.a:road>>，在我辖区居住期间，未发现有犯罪记录。\n[[organisation|杭州市公安局西湖区分局]]\n2024年5月",
        "Certificate of No Criminal Record\nThis is to certify that <<per.a:pinyin_fl>> (male, Citizen ID No.: <<cnid.a>>, "
        "Passport No.: <<pass.p>>), registered residence: <<addr.a:road>>, has no criminal record ...",
    ),
    T(
        "h7-zh-conduct_certificate-02",
        "zh",
        "conduct_certificate",
        "",
        "",
        "公证处需要：护照<<pass.p:cn_ea>>原件、身份证<<cnid.i:spaced>>、派出所开的证明原件，申请人<<per.a>>本人到场，"
        "出生日期要和护照一致（<<dob.d:cn_pad>>）。",
        history=[
            ("我要做无犯罪记录公证，出国用。我叫<<per.a>>，护照<<pass.p:cn_ea>>", "需要核对一下出生日期和身份证。"),
            ("<<dob.d:dot>>出生，身份证<<cnid.i>>", "好的。"),
        ],
    ),
    # ------------------------------------------------------------------ chat_screenshot_ocr
    T(
        "h7-zh-chat_screenshot_ocr-01",
        "zh",
        "chat_screenshot_ocr",
        "聊天截图OCR出来的文字，有点乱，帮我整理成对话。",
        "< 房东<<per.l:title>>(2)\n[[timestamp]]\n押金退到这张卡 <<card.c:spaced>>\n户名 <<per.t>>\n"
        '你转账前先加我微信 <<wx.l>>\n我护照号 <<pass.p>> 你核一下\n[语音] 3"\n微博 <<url.u:weibo>>',
        "租客：押金退到这张卡<<card.c:spaced>>，户名<<per.t>>。\n房东：转账前先加我微信<<wx.l>>。\n"
        "租客：我护照号<<pass.p>>，你核一下。\n（另有一条3秒语音和一个微博链接<<url.u:weibo>>）",
    ),
    T(
        "h7-zh-chat_screenshot_ocr-02",
        "zh",
        "chat_screenshot_ocr",
        "QQ群截图识别的，帮我找出谁说要卖身份证照片，我要举报。",
        "[[organisation|考研交流群]](486)\n<<per.a>>(<<qq.a>>)\n21:03\n有需要实名号的私聊\n"
        "<<per.b>>(<<qq.b>>)\n21:04\n多少钱一个\n<<per.a>>(<<qq.a>>)\n21:05\n身份证正反面[[money|50元]]一套，比如这个 <<cnid.i>>\n"
        "<<per.c>> 21:07\nB站 <<url.u:bilibili>> 有教程",
        "说卖身份证照片的是<<per.a>>（QQ <<qq.a>>），他还晒了一个身份证号<<cnid.i>>。"
        "可以在群里举报并向[[service_number|12321]]举报。",
    ),
    # ------------------------------------------------------------------ import_error_report
    T(
        "h7-zh-import_error_report-01",
        "zh",
        "import_error_report",
        "批量导入员工失败，错误报告如下，帮我改好再导。",
        "导入结果：成功 [[number|48]] 条，失败 3 条\n第7行：证件号码与出生日期不一致（<<per.a>>，<<cnid.a>>，<<dob.a:cn_pad>>）\n"
        "第12行：手机号重复（<<tel.b:cn_plain>>，已被<<per.b>>使用）\n第15行：美籍员工<<per_en.c>>的SSN格式错误（<<ssn.c:space>>）"
        "；工牌绑定MAC <<mac.m:dash>>重复",
        "第7行：核对<<per.a>>的出生日期，身份证<<cnid.a>>里的生日为准。\n第12行：<<tel.b:cn_dash>>已存在，确认是否同一人。\n"
        "第15行：SSN 改成<<ssn.c:dash>>的格式；MAC <<mac.m:colon>>换一张工牌。",
    ),
    T(
        "h7-zh-import_error_report-02",
        "zh",
        "import_error_report",
        "停车系统批量导入车辆的报错，帮我看看。",
        "[[timestamp]] ERROR row=3 plate=<<plate.a>> owner=<<per.a>> msg=车牌已存在\n"
        "[[timestamp]] ERROR row=9 plate=<<plate.b>> owner=<<per.b>> dl=<<dl.b:cn>> msg=驾驶证号与车主不符\n"
        "[[timestamp]] WARN row=11 owner=<<per.c>> tel=<<tel.c:cn_plain>> msg=缺少车牌",
        "row=3：<<plate.a>>已在系统里（<<per.a>>），跳过即可；row=9：<<per.b>>的驾驶证<<dl.b>>与车主不符，"
        "确认是否家属代登记；row=11：<<per.c>>没填车牌，打<<tel.c:cn_dash>>问一下。",
    ),
]

EN = [
    # ------------------------------------------------------------------ subtitle_file
    T(
        "h7-en-subtitle_file-01",
        "en",
        "subtitle_file",
        "These are the auto-generated captions (SRT) from our call-in podcast episode. Flag every line where a caller gives out personal details before we upload.",
        "41\n00:21:03,500 --> 00:21:06,900\nNext caller, you're on the air. Go ahead.\n\n"
        "42\n00:21:07,000 --> 00:21:11,200\nHi, this is <<per.c>>, long-time listener, calling from <<addr.a:line>>.\n\n"
        "43\n00:21:11,300 --> 00:21:15,800\nIf anyone found a grey tabby near [[public_place|Central Park]], my cell is <<tel.p:us_dash>>.\n\n"
        "44\n00:21:15,900 --> 00:21:19,000\nThanks <<per.c:given>>! We'll put that on the station's page. Up next, [[public_figure|Dolly Parton]].",
        "Lines to cut or bleep:\n- 42: the caller's full name (<<per.c>>) and home address (<<addr.a:line>>)\n"
        "- 43: the cell number <<tel.p:us_dash>>\nLine 44 only uses the first name, which is fine.",
        source="h7-pod/<<per.host:lower_dot>>",
    ),
    T(
        "h7-en-subtitle_file-02",
        "en",
        "subtitle_file",
        "Clean up this WebVTT transcript of a recorded support call into a short case summary.",
        "WEBVTT\n\n00:00:04.000 --> 00:00:07.500\n<v Agent>Can I have the name on the account?\n\n"
        "00:00:07.600 --> 00:00:10.200\n<v Customer>It's <<per.c:upper>>, <<per.c>>.\n\n"
        "00:00:10.300 --> 00:00:15.000\n<v Customer>Card number is <<card.k:spaced>>, and my date of birth is <<dob.d:long>>.\n\n"
        "00:00:15.100 --> 00:00:18.000\n<v Agent>Thanks. I see a charge from [[organisation|Netflix]] for [[money|$22.99]].",
        "Case summary: <<per.c>> (DOB <<dob.d:us_pad>>) disputes a [[money|$22.99]] charge on card <<card.k:plain>>. "
        "Note: the card number was read aloud and is in the recording; it should be redacted.",
    ),
    # ------------------------------------------------------------------ attendance_sheet
    T(
        "h7-en-attendance_sheet-01",
        "en",
        "attendance_sheet",
        "Pasted from our timesheet export. Who went over 40 hours this week?",
        "Employee\tEmail\tWeek\tMon\tTue\tWed\tThu\tFri\tTotal\n"
        "<<per.a:last_first>>\t<<email.a@a>>\tW14\t9\t9.5\t8\t9\t8\t43.5\n"
        "<<per.b:last_first>>\t<<email.b@b>>\tW14\t8\t8\t8\t8\t6\t38\n"
        "<<per.c:last_first>>\t<<email.c@c>>\tW14\t10\t9\t9\t9\t7\t44",
        "Over 40 hours: <<per.a>> (43.5) and <<per.c>> (44). <<per.b>> logged 38.",
    ),
    T(
        "h7-en-attendance_sheet-02",
        "en",
        "attendance_sheet",
        "Our remote clock-in log shows two people punching in from the same laptop. Which rows?",
        "punch_id,employee,badge,clock_in,device_mac,src_ip\n"
        "[[number|88213]],<<per.a:upper>>,[[employee_id|B-4471]],[[timestamp.t1]],<<mac.m:colon>>,<<ip.i>>\n"
        "[[number|88214]],<<per.b:upper>>,[[employee_id|B-4519]],[[timestamp.t2]],<<mac.m:colon>>,<<ip.i>>\n"
        "[[number|88215]],<<per.c:upper>>,[[employee_id|B-3302]],[[timestamp.t3]],<<mac.n:cisco>>,<<ip.j:private>>",
        "Rows [[number|88213]] and [[number|88214]]: <<per.a>> and <<per.b>> clocked in from the same device "
        "(<<mac.m:dash>>) and the same address <<ip.i>>. <<per.c>>'s punch is from a different machine.",
    ),
    # ------------------------------------------------------------------ reference_letter
    T(
        "h7-en-reference_letter-01",
        "en",
        "reference_letter",
        "Tighten this landlord reference; keep all the facts.",
        "To whom it may concern,\n<<per.t>> rented the downstairs unit at <<addr.a:multiline>>\nfrom me for three years and always paid "
        "on time. Happy to talk: <<tel.l:us_paren>> or <<email.l@l>>.\n<<per.l>>",
        "To whom it may concern,\nI was <<per.t>>'s landlord for three years at <<addr.a:full>>. Rent was always on time and "
        "the unit was kept in good order. Contact me at <<tel.l:us_dash>> or <<email.l@l>>.\n— <<per.l>>",
    ),
    T(
        "h7-en-reference_letter-02",
        "en",
        "reference_letter",
        "I'm writing a PhD recommendation for a former student from China. Fix the grammar.",
        "Dear Committee,\nI am very please to recommend <<per_cn.s:pinyin>>, who were my research assistant at "
        "[[organisation|Tsinghua University]]. Her code is on <<url.u:github@s>>. She wrote her thesis on [[public_figure|Alan Turing]]'s early papers. She can be reached by email "
        "<<email.s@s>>, WeChat <<wx.s@s>> or QQ <<qq.s>>.\nSincerely,\n<<per_cn.r:pinyin_fl>>",
        "Dear Committee,\nI am very pleased to recommend <<per_cn.s:pinyin>>, who was my research assistant at "
        "[[organisation|Tsinghua University]]. Her code is available at <<url.u:github@s>>. She can be reached at "
        "<<email.s@s>>, on WeChat (<<wx.s@s>>) or on QQ (<<qq.s>>).\nSincerely,\n<<per_cn.r:pinyin_fl>>",
    ),
    # ------------------------------------------------------------------ soap_request
    T(
        "h7-en-soap_request-01",
        "en",
        "soap_request",
        "The eligibility service keeps returning a fault for this request. What's wrong with the envelope?",
        '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope">\n <soap:Body>\n  <EligibilityRequest>\n'
        "   <MemberLast><<per.m:family>></MemberLast>\n   <MemberFirst><<per.m:given>></MemberFirst>\n"
        "   <DOB><<dob.d:us_pad>></DOB>\n   <SSN><<ssn.s:plain>></SSN>\n   <MRN><<mrn.r:mrn>></MRN>\n"
        "   <Payer>[[organisation|Aetna]]</Payer>\n  </EligibilityRequest>\n </soap:Body>\n</soap:Envelope>",
        "The service expects DOB as xs:date, so send <<dob.d:iso>> instead of <<dob.d:us_pad>>. Also, the schema "
        "wants the SSN with dashes (<<ssn.s:dash>>) and the MRN without the prefix is rejected for <<per.m>>; keep <<mrn.r>> as-is.",
    ),
    T(
        "h7-en-soap_request-02",
        "en",
        "soap_request",
        "Our UK payroll XML failed validation. Find the bad element.",
        "<Employee>\n  <Name><<per.e:upper>></Name>\n  <Address><<addr_uk.a>></Address>\n"
        "  <DateOfBirth><<dob.d:eu>></DateOfBirth>\n  <NINO>[[number|QQ123456C]]</NINO>\n"
        "  <BankIBAN><<iban.b:gb>></BankIBAN>\n  <Email><<email.e@e>></Email>\n</Employee>",
        "DateOfBirth must be ISO (<<dob.d:iso>>), not <<dob.d:eu>>. The IBAN <<iban.b>> and the address for <<per.e>> are fine.",
    ),
    # ------------------------------------------------------------------ phishing_report
    T(
        "h7-en-phishing_report-01",
        "en",
        "phishing_report",
        "Forwarding a suspicious email my dad got. Is this phishing? He already filled in the form.",
        "---------- Forwarded message ---------\nFrom: [[organisation|PayPal]] Security <service@paypa1-secure.com>\n"
        "Received: from unknown ([<<ip.i>>])\nTo: <<email.d@d>>\n\nDear <<per.d>>,\nWe noticed a login from a new device. "
        "Confirm your billing address <<addr.a:full>> and card to avoid suspension.\n\n"
        "What he typed in: card <<card.c:dashed>>, exp [[number|08/27]], phone <<tel.p:us_paren>>",
        "Yes, it's phishing (sender domain paypa1-secure.com, relay <<ip.i>>). Have <<per.d>> call the bank to cancel "
        "card <<card.c:plain>> today, change the password for <<email.d@d>>, and report it to [[service_number|311]] or reportfraud.ftc.gov.",
    ),
    T(
        "h7-en-phishing_report-02",
        "en",
        "phishing_report",
        "So was that text a scam? What do I do now?",
        "",
        "That text is a scam: USPS never asks for an SSN to redeliver a parcel. Because <<per.me>> entered SSN <<ssn.s:dash>> "
        "and date of birth <<dob.d:us>>, freeze credit at all three bureaus and file at IdentityTheft.gov.",
        history=[
            (
                "Got a text: 'USPS: parcel [[tracking_number]] on hold, update address at usps-redeliver.info'. I clicked it.",
                "What did you enter on the site?",
            ),
            (
                "My name <<per.me>>, SSN <<ssn.s:plain>>, birthday <<dob.d:us_pad>>, and my cell <<tel.p:us_dot>>",
                "Okay.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ employment_verification
    T(
        "h7-en-employment_verification-01",
        "en",
        "employment_verification",
        "The mortgage lender sent this verification of employment request. Fill in the employer section from our HR notes.",
        "HR notes: <<per.e>>, SSN <<ssn.s:dash>>, hired 03/2017, Senior Analyst, base [[money|$96,500]], "
        "home <<addr.a:full_unit>>, DOB <<dob.d:us>>.",
        "VERIFICATION OF EMPLOYMENT\nEmployee: <<per.e:last_first>>   SSN: <<ssn.s:plain>>\nDate of hire: 03/2017\n"
        "Position: Senior Analyst\nBase pay: [[money|$96,500]] per year\nEmployer: [[organisation|Deloitte]]",
    ),
    T(
        "h7-en-employment_verification-02",
        "en",
        "employment_verification",
        "Translate this Chinese employment certificate into English for a UK visa application.",
        "在职证明\n兹证明<<per_cn.e>>（身份证号：<<cnid.i>>，护照号：<<pass.p:cn_e>>）自2016年起在我司任高级工程师。\n"
        "联系人：<<per_cn.h>> <<tel.h:cn_land>>  微信 <<wx.h@h>>",
        "Certificate of Employment\nThis is to certify that <<per_cn.e:pinyin_fl>> (Chinese ID No. <<cnid.i>>, Passport No. "
        "<<pass.p>>) has worked for our company as a Senior Engineer since 2016.\nContact: <<per_cn.h:pinyin>>, "
        "<<tel.h:cn_land>>, WeChat <<wx.h@h>>",
    ),
    # ------------------------------------------------------------------ divorce_agreement
    T(
        "h7-en-divorce_agreement-01",
        "en",
        "divorce_agreement",
        "Summarise who gets what in this marital settlement agreement.",
        "MARITAL SETTLEMENT AGREEMENT\nPetitioner: <<per.p>>, residing at <<addr.a:full>>\nRespondent: <<per.r>>\n"
        "4. Vehicles. Petitioner keeps the [[product|Honda CR-V]], plate <<plate.a:ca>>; Respondent keeps the "
        "[[product|Ford F-150]], plate <<plate.b:tx>>.\n5. Accounts. The joint account ending 4471 and the Respondent's "
        "account <<iban.e>> held abroad are divided equally. Child support is paid to card <<card.c:plain>>.",
        "<<per.p>> keeps the house at <<addr.a:full>> and the CR-V (<<plate.a:ca>>); <<per.r>> keeps the F-150 "
        "(<<plate.b:tx>>). The account <<iban.e>> is split 50/50, and support goes to card <<card.c:spaced>>.",
    ),
    T(
        "h7-en-divorce_agreement-02",
        "en",
        "divorce_agreement",
        "Pull the action items out of this email thread with my solicitor.",
        "On Tue, <<per.s>> <<email.s@s>> wrote:\n> We still need the mortgage redemption figure for <<addr.h:flat>>\n"
        "> and the IBAN for the lump sum.\n\nHi <<per.s:given>>,\nThe lump sum should go to <<iban.b:gb>>. I'll ask the lender.\n"
        "My new mobile is <<tel.m:uk_mobile>>.\n<<per.me>>",
        "Action items:\n1. <<per.me>>: get the redemption figure for <<addr.h:flat>> from the lender.\n"
        "2. <<per.s>>: record <<iban.b>> for the lump sum and update the mobile to <<tel.m:uk_intl>>.",
    ),
    # ------------------------------------------------------------------ debt_collection
    T(
        "h7-en-debt_collection-01",
        "en",
        "debt_collection",
        "I got this collection letter about a debt I don't recognise. Help me write a debt validation request.",
        "[[organisation|Midland Credit Management]]\n<<per.c:upper>>\n<<addr.a:multiline>>\n\nRe: Account [[order_number]]\n"
        "Original creditor: [[organisation|Synchrony Bank]]  [[common_word|Grace period]] expired  Balance: [[money|$1,284.16]]\nOur records: DOB <<dob.d:us_pad>>, "
        "SSN ending in 4471, phone <<tel.p:us_dash>>",
        "<<per.c>>\n<<addr.a:multiline>>\n\nTo [[organisation|Midland Credit Management]]:\nUnder 15 U.S.C. 1692g I dispute "
        "this debt and request validation ... Do not call <<tel.p:us_plain>>; contact me in writing only.",
    ),
    T(
        "h7-en-debt_collection-02",
        "en",
        "debt_collection",
        "Here's our agency's call log export. Which accounts haven't been contacted in 30 days?",
        "debtor,phone,dl,last_contact,skip_trace_note\n"
        '"<<per.a:last_first>>",<<tel.a:us_dot>>,<<dl.a:fl>>,[[timestamp.t1]],found via <<url.a:facebook@a>>\n'
        '"<<per.b:last_first>>",<<tel.b:us_dot>>,<<dl.b:ny>>,[[timestamp.t2]],employer [[organisation|Walmart]]',
        "Check [[timestamp.t1]] and [[timestamp.t2]] against today. Note that using <<url.a:facebook@a>> to contact <<per.a>> "
        "may breach Regulation F; the DL numbers (<<dl.a>>, <<dl.b>>) shouldn't be in a call log.",
    ),
    # ------------------------------------------------------------------ referral_letter
    T(
        "h7-en-referral_letter-01",
        "en",
        "referral_letter",
        "Explain this specialist referral to me in plain English.",
        "REFERRAL\nPatient: <<per.p:last_first>>   DOB: <<dob.d:us_pad>>   MRN: <<mrn.m:digits>>\n"
        "Address: <<addr.a:line_unit>>   Phone: <<tel.p:us_paren>>\nReason: suspected [[product|Graves' disease]], TSH < 0.01\n"
        "Referred to: Endocrinology, [[organisation|Kaiser Permanente]]\nReferring MD: <<per.d:initial>>",
        "Your doctor is sending you (<<per.p>>, MRN <<mrn.m>>) to a hormone specialist because a thyroid test came back "
        "very low. They'll call <<tel.p:us_dash>> to book.",
    ),
    T(
        "h7-en-referral_letter-02",
        "en",
        "referral_letter",
        "Turn my notes into a physio referral letter.",
        "pt <<per.p>> dob <<dob.d:eu>> hosp no <<mrn.m:alpha>> lives <<addr_uk.a>> mob <<tel.p:uk_mobile>> "
        "L knee ACL recon 6/52 ago, needs outpatient physio",
        "Dear Physiotherapy Team,\nRe: <<per.p>>, DOB <<dob.d:long_eu>>, Hospital No. <<mrn.m>>\nAddress: <<addr_uk.a>>\n"
        "Mobile: <<tel.p:uk_intl>>\nI would be grateful if you could see this patient, six weeks after a left ACL reconstruction ...",
    ),
    # ------------------------------------------------------------------ auto_insurance_quote
    T(
        "h7-en-auto_insurance_quote-01",
        "en",
        "auto_insurance_quote",
        "Compare these two car insurance quotes for me.",
        "Driver: <<per.d>>  DOB: <<dob.d:us>>  License: <<dl.d:ca>> (CA)\nVehicle: 2019 [[product|Toyota Camry]], plate <<plate.v:ca>>\n"
        "Garaging address: <<addr.a:full>>\nEmail: <<email.d@d>>\n[[organisation|GEICO]]: [[money|$1,146.00]] / 6 mo\n"
        "[[organisation|Progressive]]: [[money|$1,032.00]] / 6 mo",
        "Progressive is about [[money|$114.00]] cheaper for <<per.d>>'s Camry (<<plate.v>>). Make sure both quotes use license "
        "<<dl.d>> and the same garaging ZIP.",
    ),
    T(
        "h7-en-auto_insurance_quote-02",
        "en",
        "auto_insurance_quote",
        "The quote API returned this. Why is the second driver rated so high?",
        '{\n  "quoteId": "[[order_number]]",\n  "drivers": [\n    {"name": "<<per.a>>", "dob": "<<dob.a:iso>>", "license": "<<dl.a:wa>>", '
        '"violations": 0},\n    {"name": "<<per.b>>", "dob": "<<dob.b:iso>>", "license": "<<dl.b:tx>>", "violations": 2}\n  ],\n'
        '  "vehicle": {"plate": "<<plate.v:ny>>", "vin": "[[number|1HGCM82633A004352]]"}\n}',
        "<<per.b>> (licence <<dl.b>>) has two violations on record, which drives most of the surcharge; <<per.a>> has none.",
    ),
    # ------------------------------------------------------------------ parking_permit
    T(
        "h7-en-parking_permit-01",
        "en",
        "parking_permit",
        "Write my resident parking permit application to the council from these details.",
        "me: <<per.me>>, <<addr.a:flat>>, car reg <<plate.v:uk>>, mob <<tel.p:uk_mobile>>, email <<email.e@me>>",
        "Dear Parking Services,\nI apply for a resident permit for <<addr.a:flat>>. Vehicle registration: <<plate.v>>.\n"
        "Contact: <<tel.p:uk_intl>> / <<email.e@me>>\nYours faithfully,\n<<per.me>>",
    ),
    T(
        "h7-en-parking_permit-02",
        "en",
        "parking_permit",
        "HOA parking registrations pasted from our sheet. Which units have more than one car?",
        "Unit\tOwner\tPlate\tState\tPhone\n4B\t<<per.a>>\t<<plate.a:ny>>\tNY\t<<tel.a:us_dash>>\n"
        "4B\t<<per.a>>\t<<plate.b:ny>>\tNY\t<<tel.a:us_dash>>\n7A\t<<per.c>>\t<<plate.c:tx>>\tTX\t<<tel.c:us_paren>>",
        "Unit 4B (<<per.a>>) has two cars: <<plate.a>> and <<plate.b>>. Unit 7A has one (<<plate.c>>).",
    ),
    # ------------------------------------------------------------------ tutoring_booking
    T(
        "h7-en-tutoring_booking-01",
        "en",
        "tutoring_booking",
        "",
        "",
        "Confirmed: <<per.t>> will tutor <<per.k:given>> in chemistry on Thursdays at 5 pm at <<addr.a:line>>. "
        "Reminder texts go to <<tel.p:us_dash>>.",
        system="You are the booking assistant for a tutoring marketplace. Tutor profile: <<per.t>>, <<url.u:linkedin@t>>.",
        history=[
            (
                "Hi, I'm <<per.par>>, I'd like chemistry tutoring for my kid <<per.k:given>> over the [[common_word|Summer]]",
                "Sure. Where should sessions be held?",
            ),
            ("At home, <<addr.a:line>>. My cell is <<tel.p:us_plain>>", "Thanks. Thursdays at 5 work for the tutor."),
        ],
    ),
    T(
        "h7-en-tutoring_booking-02",
        "en",
        "tutoring_booking",
        "A parent in China wants to book English lessons. Draft a reply confirming the trial lesson.",
        "Hello, I am <<per_cn.p:pinyin_fl>>. My son wants IELTS tutoring, he loves [[public_figure|Harry Potter]]. You can add me on WeChat <<wx.p@p>> or QQ <<qq.q>>, "
        "or call <<tel.p:cn_intl>>. Email <<email.p@p>>.",
        "Dear <<per_cn.p:pinyin_fl>>,\nThank you for reaching out. I'd be glad to offer a free 30-minute trial on [[product|Zoom]]. "
        "I've sent a WeChat request to <<wx.p@p>>; if it doesn't arrive, I'll email <<email.p@p>>.",
    ),
    # ------------------------------------------------------------------ carpool_post
    T(
        "h7-en-carpool_post-01",
        "en",
        "carpool_post",
        "Turn these ride-board replies into a carpool schedule.",
        "Thanksgiving ride board (campus)\n- driving to Sacramento Wed 2pm, 3 seats, <<per.a>> <<tel.a:us_dash>>, silver [[product|Prius]] <<plate.a:ca>>\n"
        "- need a ride to Sac! <<per.b>>, text <<tel.b:us_plain>>\n- me too, <<per.c:lower_full>> <<email.c@c>>",
        "Wed 2:00 pm to Sacramento: driver <<per.a>> (<<plate.a>>, <<tel.a:us_paren>>). Riders: <<per.b>> (<<tel.b:us_dash>>), "
        "<<per.c>> (<<email.c@c>>). One seat left.",
    ),
    T(
        "h7-en-carpool_post-02",
        "en",
        "carpool_post",
        "Draft the #ski-trip post about <<per.d>>'s rental car.",
        "",
        'Post: "Rental for the ski trip is booked under <<per.d>> (licence <<dl.d:ca>>). Pick-up plate will be <<plate.v:ca>>. '
        'Venmo your share ([[money|$86.50]]) to <<per.d:user>>."',
        history=[
            (
                "Slack #ski-trip: <<per.d>> is renting the car, his licence is <<dl.d:ca>>",
                "Noted the rental driver and licence for the ski trip.",
            ),
            (
                "Rental desk texted the plate: <<plate.v:ca>>. Venmo handle <<per.d:user>>",
                "Got the plate and the Venmo handle.",
            ),
            ("Write the channel post", "Here is a draft for #ski-trip."),
        ],
    ),
    # ------------------------------------------------------------------ vendor_onboarding
    T(
        "h7-en-vendor_onboarding-01",
        "en",
        "vendor_onboarding",
        "A freelancer filled in our vendor form. Check it against the W-9 rules.",
        "Legal name: <<per.v>>\nBusiness name: (blank)\nTax classification: Individual/sole proprietor\nTIN (SSN): <<ssn.s:space>>\n"
        "Address: <<addr.a:pobox>>\nRemit-to email: <<email.v@v>>\nPhone: <<tel.p:us_intl>>",
        "Looks complete: a sole proprietor may use an SSN (<<ssn.s:dash>>) as TIN. A PO Box (<<addr.a:pobox>>) is allowed on a "
        "W-9. Send the 1099 to <<per.v>> at that address.",
    ),
    T(
        "h7-en-vendor_onboarding-02",
        "en",
        "vendor_onboarding",
        "Our new supplier in Shenzhen sent their onboarding sheet in Chinese. Fill in our English vendor record.",
        "法人代表：<<per_cn.r>>\n身份证：<<cnid.i:fw>>\n收款卡：<<card.c:spaced>>（[[organisation|招商银行]]）\n"
        "地址：<<addr_cn.a>>\nQQ：<<qq.q>>\n微信：<<wx.w@r>>\n电话：<<tel.p:cn_plain>>",
        "Legal representative: <<per_cn.r:pinyin_fl>>\nID (PRC resident ID): <<cnid.i>>\nBank card: <<card.c:plain>> "
        "([[organisation|China Merchants Bank]])\nAddress: <<addr_cn.a>>\nQQ: <<qq.q>>\nWeChat: <<wx.w@r>>\nPhone: <<tel.p:cn_intl>>",
    ),
    # ------------------------------------------------------------------ subscription_cancellation
    T(
        "h7-en-subscription_cancellation-01",
        "en",
        "subscription_cancellation",
        "",
        "",
        "Script: \"Hi, I'm cancelling internet service for <<addr.a:line>>. The account holder is <<per.o>>, the number on file "
        "is <<tel.p:us_dash>>. I'll return the modem (MAC <<mac.m:colon>>) with return label [[tracking_number]].\"",
        history=[
            (
                "Moving out, need to cancel [[organisation|Comcast]]. Account is under <<per.o>> at <<addr.a:line>>",
                "What number is on the account?",
            ),
            ("<<tel.p:us_paren>>. The modem sticker says <<mac.m:dash>>", "Okay."),
            (
                "They'll ask for the card on file, it's <<card.c:plain>>",
                "You shouldn't need to read the full card; last four is enough.",
            ),
        ],
    ),
    T(
        "h7-en-subscription_cancellation-02",
        "en",
        "subscription_cancellation",
        "Write a firm email cancelling my gym membership. They require DOB to verify.",
        "name <<per.me>>, member email <<email.e@me>>, DOB <<dob.d:short_month>>, address <<addr_uk.a>>",
        "Subject: Membership cancellation\nDear [[organisation|PureGym]],\nPlease cancel the membership held by <<per.me>> "
        "(<<email.e@me>>, date of birth <<dob.d:long_eu>>) with effect from today ...",
    ),
    # ------------------------------------------------------------------ questionnaire_export
    T(
        "h7-en-questionnaire_export-01",
        "en",
        "questionnaire_export",
        "SurveyMonkey export. Remove duplicate submissions (same IP + email) and count the rest.",
        "Respondent ID,Start Date,IP Address,Email Address,First Name,Last Name,Date of Birth\n"
        "[[number|114029381]],[[timestamp.t1]],<<ip.a>>,<<email.a@a>>,<<per.a:given>>,<<per.a:family>>,<<dob.a:us>>\n"
        "[[number|114029402]],[[timestamp.t2]],<<ip.a>>,<<email.a@a>>,<<per.a:given>>,<<per.a:family>>,<<dob.a:us>>\n"
        "[[number|114029455]],[[timestamp.t3]],<<ip.b>>,<<email.b@b>>,<<per.b:given>>,<<per.b:family>>,<<dob.b:us>>",
        "Two unique respondents: <<per.a>> (<<email.a@a>>, submitted twice from <<ip.a>>) and <<per.b>>.",
    ),
    T(
        "h7-en-questionnaire_export-02",
        "en",
        "questionnaire_export",
        "International students' welcome survey (Google Forms, pasted). Make a contact list for the buddy programme.",
        "Timestamp\tFull name\tQQ\tWeChat\tPhone\tLinkedIn\n[[timestamp]]\t<<per_tr.a>>\t<<qq.a>>\t<<wx.a>>\t<<tel.a:cn_0086>>\t\n"
        "[[timestamp]]\t<<per.b>>\t\t\t<<tel.b:uk_mobile>>\t<<url.b:linkedin@b>>",
        "Buddy contact list:\n1. <<per_tr.a>> — WeChat <<wx.a>>, QQ <<qq.a>>\n2. <<per.b>> — <<tel.b:uk_intl>>, <<url.b:linkedin@b>>",
    ),
    # ------------------------------------------------------------------ mongo_query
    T(
        "h7-en-mongo_query-01",
        "en",
        "mongo_query",
        "Write an index for this query and explain the mongosh output.",
        "test> db.customers.find({ state: 'OH' }, { name: 1, ssn: 1, dob: 1, lastIp: 1, devices: 1 })\n"
        "[\n  { _id: ObjectId('[[object_id|6630b1e2f1a4c93d2e7b8a10]]'), name: '<<per.a>>', ssn: '<<ssn.a:dash>>', dob: ISODate('<<dob.a:iso>>T00:00:00Z'),"
        " lastIp: '<<ip.a>>', devices: [ '<<mac.a:colon_lower>>' ] },\n"
        "  { _id: ObjectId('[[object_id|6630b1e2f1a4c93d2e7b8a11]]'), name: '<<per.b>>', ssn: '<<ssn.b:dash>>', dob: ISODate('<<dob.b:iso>>T00:00:00Z'),"
        " lastIp: '<<ip.b>>', devices: [] }\n]",
        "db.customers.createIndex({ state: 1 }). The projection returns <<per.a>>'s SSN <<ssn.a:dash>> in clear text; consider "
        "[[code_identifier|$unset]] on ssn for this endpoint.",
    ),
    T(
        "h7-en-mongo_query-02",
        "en",
        "mongo_query",
        "mongoexport of our patient collection. Why does the $lookup return nothing?",
        '{"_id":"[[object_id|65e0a9c1]]","mrn":"<<mrn.a:dash>>","name":{"family":"<<per.a:family>>","given":"<<per.a:given>>"},"dob":"<<dob.a:iso>>"}\n'
        '{"_id":"[[object_id|65e0a9c2]]","mrn":"<<mrn.b:dash>>","name":{"family":"<<per.b:family>>","given":"<<per.b:given>>"},"dob":"<<dob.b:iso>>"}\n'
        'visits: {"patientMrn": "<<mrn.a:dash>>", "type": "ER"}',
        "The lookup joins on a field called mrn in one collection and patientMrn in the other; set localField: 'mrn', "
        "foreignField: 'patientMrn'. Then <<mrn.a>> (<<per.a>>) will match its ER visit.",
    ),
    # ------------------------------------------------------------------ cache_dump
    T(
        "h7-en-cache_dump-01",
        "en",
        "cache_dump",
        "Security review: what's in this cached session that shouldn't be?",
        'redis> HGETALL sess:[[code_identifier|9b1f77c0]]\n1) "user"\n2) "<<per.a:lower_dot>>"\n3) "fullName"\n4) "<<per.a>>"\n'
        '5) "email"\n6) "<<email.a@a>>"\n7) "lastIp"\n8) "<<ip.i:v6>>"\n9) "passportNo"\n10) "<<pass.p>>"',
        "The session stores <<per.a>>'s passport number (<<pass.p>>) and e-mail <<email.a@a>>; keep only the user id. "
        "The IP <<ip.i>> is fine for rate limiting but should expire.",
    ),
    T(
        "h7-en-cache_dump-02",
        "en",
        "cache_dump",
        "Here's SCAN output from our rate limiter. Is the key naming OK?",
        '1) "rl:otp:<<tel.a:us_plain>>"\n2) "rl:otp:<<tel.b:us_plain>>"\n3) "rl:login:<<email.c>>"\n'
        '4) "rl:dev:<<mac.m:colon_lower>>"\n5) "rl:api:[[code_identifier|search_v3]]"',
        "No: the keys expose phone numbers (<<tel.a:us_dash>>), e-mail addresses (<<email.c>>) and a device MAC (<<mac.m:colon>>) "
        "to anyone with SCAN. Hash them, e.g. rl:otp:{hmac(phone)}.",
    ),
    # ------------------------------------------------------------------ code_question
    T(
        "h7-en-code_question-01",
        "en",
        "code_question",
        "Why doesn't my regex (Python [[version]]) capture the phone when it has parentheses? Sample lines from our CRM notes below.",
        '```python\nimport re\nPAT = re.compile(r"Name: (.+?), Phone: (\\d{3}-\\d{3}-\\d{4})")\n```\n'
        "Name: <<per.a>>, Phone: <<tel.a:us_dash>>\nName: <<per.b>>, Phone: <<tel.b:us_paren>>",
        "Your pattern only allows dashes, so the second line (<<per.b>>, <<tel.b:us_paren>>) fails. Use "
        "r\"\\(?\\d{3}\\)?[ -]?\\d{3}-\\d{4}\"; the first line still yields ('<<per.a>>', '<<tel.a:us_dash>>').",
    ),
    T(
        "h7-en-code_question-02",
        "en",
        "code_question",
        "My pandas merge drops rows. Here's print(df) for both frames.",
        "     name                 qq          email\n0    <<per_cn.a>>    <<qq.a>>    <<email.a>>\n"
        "1    <<per.b>>    <<qq.b>>    <<email.b@b>>\n\n   email              city\n0  <<email.a>>   Boston\n1  <<email.b:upper@b>>   Austin",
        "The second frame has <<email.b:upper@b>> with different case, so the inner merge on email drops <<per.b>>. "
        "Lower-case both columns first ([[code_identifier|str.lower()]]).",
    ),
    # ------------------------------------------------------------------ test_fixture
    T(
        "h7-en-test_fixture-01",
        "en",
        "test_fixture",
        "These Django fixtures were copied from prod. Replace them with fake data in the same shape.",
        '[\n  {"model": "accounts.customer", "pk": 1, "fields": {"name": "<<per.a>>", "ssn": "<<ssn.a:dash>>", '
        '"dob": "<<dob.a:iso>>", "address": "<<addr.a:full>>", "iban": "<<iban.a>>"}},\n'
        '  {"model": "accounts.customer", "pk": 2, "fields": {"name": "<<per.b>>", "ssn": "<<ssn.b:dash>>", '
        '"dob": "<<dob.b:iso>>", "address": "<<addr.b:full>>", "iban": ""}}\n]',
        "Yes, those look real: <<per.a>> (<<ssn.a:dash>>) and <<per.b>>. Use [[code_identifier|factory_boy]] with Faker, "
        "and SSNs in the 9xx range so they can't match a real person.",
    ),
    T(
        "h7-en-test_fixture-02",
        "en",
        "test_fixture",
        "Jest test fails on the card validator (jest [[version]]). Here's the mock.",
        "```js\nconst mockDriver = {\n  name: '<<per.a>>',\n  card: '<<card.c:dashed>>',\n  plate: '<<plate.v:ca>>',\n"
        "  license: '<<dl.d:ca>>',\n  deviceMac: '<<mac.m:colon>>',\n};\nexpect(isValidCard(mockDriver.card)).toBe(true);\n```",
        "isValidCard strips spaces but not dashes, so '<<card.c:dashed>>' fails; normalise to '<<card.c:plain>>' first. "
        "Also don't keep a real-looking licence (<<dl.d>>) in the repo.",
    ),
    # ------------------------------------------------------------------ payment_webhook
    T(
        "h7-en-payment_webhook-01",
        "en",
        "payment_webhook",
        "Our Stripe webhook handler crashes on this event. Which field is null?",
        '{\n  "type": "charge.succeeded",\n  "api_version": "[[version]]",\n  "data": {"object": {\n    "amount": [[number|4999]],\n    "billing_details": {\n'
        '      "name": "<<per.a>>", "email": "<<email.a@a>>", "phone": "<<tel.a:us_intl>>",\n'
        '      "address": {"line1": "<<addr.a:line>>", "line2": null}\n    },\n'
        '    "payment_method_details": {"card": {"last4": "4242"}},\n    "metadata": {"client_ip": "<<ip.i>>", "device": "<<mac.m:dash>>"}\n  }}\n}',
        'address.line2 is null for <<per.a>> (<<addr.a:line>>); your code calls .strip() on it. Guard with `or ""`.',
    ),
    T(
        "h7-en-payment_webhook-02",
        "en",
        "payment_webhook",
        "A payout webhook says 'recipient_mismatch'. What does it mean?",
        '{"event":"transfer.failed","transfer":{"id":"[[order_number]]","recipient":{"name":"<<per.r:upper>>",'
        '"iban":"<<iban.i>>","address":"<<addr_uk.a>>"},"reason":"recipient_mismatch"}}',
        "The bank says the account holder for <<iban.i>> isn't <<per.r>>. Ask the recipient to confirm the exact name on the account.",
    ),
    # ------------------------------------------------------------------ store_receipt
    T(
        "h7-en-store_receipt-01",
        "en",
        "store_receipt",
        "Split this pharmacy receipt: what's FSA-eligible?",
        "[[organisation|CVS Pharmacy]] #[[number|10482]]\nMagazine: [[public_figure|Oprah Winfrey]] cover  Rx for: <<per.p:upper>>  DOB <<dob.d:us_pad>>\nPatient ID: <<mrn.m:alpha>>\n"
        "[[product|Lisinopril 10mg]]  [[money|$4.00]]\n[[product|Advil 200ct]]  [[money|$17.99]]\nExtraCare: <<tel.p:us_plain>>",
        "FSA-eligible: the Lisinopril prescription for <<per.p>> and the Advil. The ExtraCare phone <<tel.p:us_dash>> "
        "and patient ID <<mrn.m>> aren't needed for the claim.",
    ),
    T(
        "h7-en-store_receipt-02",
        "en",
        "store_receipt",
        "OCR'd warehouse club receipt. Give me just the items and total.",
        "[[organisation|Costco]] WHOLESALE\nMember <<per.m:upper>>  #[[number|111838472019]]\nVISA <<card.c:plain>>  APPROVED\n"
        "[[product|Kirkland Paper Towels]]  [[money|$21.99]]\n[[product|Rotisserie Chicken]]  [[money|$4.99]]\nTOTAL [[money|$26.98]]",
        "Paper towels $21.99, rotisserie chicken $4.99, total $26.98. (The receipt printed <<per.m>>'s full card number "
        "<<card.c:spaced>>, which is unusual; shred it.)",
    ),
    # ------------------------------------------------------------------ household_register
    T(
        "h7-en-household_register-01",
        "en",
        "household_register",
        "Proofread my translation of a Chinese household register (hukou) page for an immigration file.",
        "Household Register — Resident Registration Card\nName: <<per_cn.a:pinyin_fl>> (<<per_cn.a>>)\nRelationship to head: Head\n"
        "Date of birth: <<dob.a:long>>\nCitizen ID No.: <<cnid.a>>\nAddress: <<addr_cn.h>>\n\n"
        "Name: <<per_cn.b:pinyin_fl>>\nRelationship to head: Spouse\nCitizen ID No.: <<cnid.b:x>>",
        "Mostly correct. Write the address <<addr_cn.h>> in pinyin as well, and keep the ID numbers exactly as printed "
        "(<<cnid.a>>, <<cnid.b:x>>). <<per_cn.a:pinyin_fl>>'s date of birth should match the ID: check <<dob.a:iso>>.",
    ),
    T(
        "h7-en-household_register-02",
        "en",
        "household_register",
        "Help me fill in the household members section of a SNAP application.",
        "me <<per.a>> dob <<dob.a:us>> ssn <<ssn.a:plain>>; roommate (buys food separately) <<per.b>>; "
        "my mom <<per.c>> dob <<dob.c:us>> ssn <<ssn.c:dash>>, lives with me at <<addr.h:full_unit>>",
        "Household members who buy and prepare food together:\n1. <<per.a>> — DOB <<dob.a:us_pad>>, SSN <<ssn.a:dash>>\n"
        "2. <<per.c>> — DOB <<dob.c:us_pad>>, SSN <<ssn.c:dash>>\nAddress: <<addr.h:full_unit>>\n<<per.b>> is a separate household.",
    ),
    # ------------------------------------------------------------------ pension_statement
    T(
        "h7-en-pension_statement-01",
        "en",
        "pension_statement",
        "Explain my Social Security statement.",
        "Your Social Security Statement\nPrepared especially for <<per.a:upper>>\n<<addr.a:multiline>>\nSSN: <<ssn.s:dash>>\n"
        "Your estimated benefits at 67: [[money|$2,310]] a month",
        "<<per.a>>, at 67 you'd get about [[money|$2,310]]/month. The statement was mailed to <<addr.a:full>>; check that your "
        "earnings record for SSN <<ssn.s:dash>> has no missing years.",
    ),
    T(
        "h7-en-pension_statement-02",
        "en",
        "pension_statement",
        "I'm a British expat who paid into China's social insurance for 8 years. Help me email the Shanghai office about my account.",
        "Name: <<per.me>>\nChinese social security number (same as my foreigner ID on the card): <<cnid.i>>\n"
        "Passport: <<pass.p:uk>>\nDOB: <<dob.d:long_eu>>\nUK address: <<addr_uk.a>>\nEmail <<email.e@me>>",
        "Dear Sir or Madam,\nI am <<per.me>> (passport <<pass.p>>, social security no. <<cnid.i>>, born <<dob.d:eu>>). "
        "I have left China and wish to withdraw my personal pension account balance. Please reply to <<email.e@me>>.",
    ),
    # ------------------------------------------------------------------ volunteer_signup
    T(
        "h7-en-volunteer_signup-01",
        "en",
        "volunteer_signup",
        "Food bank volunteer sign-ups for [[common_word|May]]. Who's missing an emergency contact?",
        "name,email,phone,dob,emergency_contact,emergency_phone\n<<per.a>>,<<email.a@a>>,<<tel.a:us_dash>>,<<dob.a:us>>,"
        "<<per.a2>>,<<tel.a2:us_dash>>\n<<per.b>>,<<email.b@b>>,<<tel.b:us_dash>>,<<dob.b:us>>,,",
        "<<per.b>> (<<email.b@b>>) has no emergency contact. <<per.a>>'s is <<per.a2>> at <<tel.a2:us_paren>>.",
    ),
    T(
        "h7-en-volunteer_signup-02",
        "en",
        "volunteer_signup",
        "Youth soccer requires a background check for coaches. Fill the consent form from my info.",
        "<<per.me>>, born <<dob.d:long>>, SSN <<ssn.s:dash>>, driver's license <<dl.d:ny>> (NY), passport <<pass.p:us>>, "
        "address <<addr.a:full>>, coaching U10 at [[organisation|AYSO]]",
        "Background Check Authorization\nFull legal name: <<per.me>>\nDate of birth: <<dob.d:us_pad>>\nSSN: <<ssn.s:dash>>\n"
        "Driver's license: <<dl.d>> (NY)\nCurrent address: <<addr.a:full>>",
    ),
    # ------------------------------------------------------------------ bounce_message
    T(
        "h7-en-bounce_message-01",
        "en",
        "bounce_message",
        "My job application bounced. What went wrong?",
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nAddress not found\nYour message wasn't delivered to "
        "<<email.hr>> because the address couldn't be found.\n\n----- Original message -----\nSubject: Application - <<per.me>>\n"
        "Hi, I'm <<per.me>>. Portfolio: <<url.u:github@me>>. Phone <<tel.p:us_dot>>. Address: <<addr.a:full>>",
        "The recruiter's address <<email.hr>> doesn't exist (check spelling). Resend the same message from <<per.me>> once you have the right address.",
    ),
    T(
        "h7-en-bounce_message-02",
        "en",
        "bounce_message",
        "Exchange returned this NDR with headers. Was the original message blocked as spam?",
        "Remote Server returned '550 5.7.1 Message rejected as spam'\nReceived: from [<<ip.i>>] by mx.example.net\n"
        "From: <<per.s>> <<<email.s@s>>>\n\n--- Original ---\nPlease wire [[money|£6,420.00]] to the new account <<iban.b:gb>> "
        "today. Thanks, <<per.s>>",
        "Yes, it was rejected as spam (sending host <<ip.i>>). Note that the original asks to wire money to a new account "
        "(<<iban.b>>) urgently — that's a classic payment-diversion pattern; verify with <<per.s>> by phone.",
    ),
    # ------------------------------------------------------------------ sick_note
    T(
        "h7-en-sick_note-01",
        "en",
        "sick_note",
        "Write an email to my son's school attaching this doctor's note.",
        "[[organisation|Boston Children's Hospital]] — Return to School Note\nPatient: <<per.k>>   DOB: <<dob.d:us_pad>>\n"
        "MRN: <<mrn.m:mrn>>\nSeen on 10/14 for strep throat. May return 10/16.\n<<per.d:initial>>, MD",
        "Dear Ms. <<per.t:family>>,\nPlease excuse <<per.k>>'s absence on 10/14 and 10/15; the doctor's note (MRN <<mrn.m>>) is attached.",
    ),
    T(
        "h7-en-sick_note-02",
        "en",
        "sick_note",
        "Summarise this email thread about my fit note.",
        "From: <<email.hr>>\n> Hi <<per.me:given>>, could you send the fit note?\n\nHi,\nAttached. Hospital no. <<mrn.m:digits>>, "
        "GP practice at <<addr_uk.g>>. Signed off 2 weeks.\n<<per.me>>\n<<tel.p:uk_mobile>>",
        "<<per.me>> sent the fit note (hospital no. <<mrn.m>>) to HR (<<email.hr>>); signed off for two weeks.",
    ),
    # ------------------------------------------------------------------ conduct_certificate
    T(
        "h7-en-conduct_certificate-01",
        "en",
        "conduct_certificate",
        "Help me complete the FBI Identity History Summary request from my notes.",
        "name <<per.me>>, DOB <<dob.d:us>>, SSN <<ssn.s:dash>>, passport <<pass.p:us_new>>, address <<addr.a:multiline>>, "
        "email <<email.e@me>>, phone <<tel.p:us_paren>>",
        "Applicant: <<per.me>>\nDate of birth: <<dob.d:us_pad>>\nSSN (optional): <<ssn.s:dash>>\nMailing address: <<addr.a:full>>\n"
        "Email: <<email.e@me>>\nFor an apostille, note passport <<pass.p>> on the cover letter.",
    ),
    T(
        "h7-en-conduct_certificate-02",
        "en",
        "conduct_certificate",
        "Translate this Chinese certificate of no criminal record for a Canadian work permit.",
        "无犯罪记录证明\n<<per_cn.a>>，男，<<dob.d:cn>>出生，公民身份号码<<cnid.i:spaced>>，护照号<<pass.p:cn_g>>，"
        "户籍地<<addr_cn.a>>。经查，未发现有犯罪记录。",
        "Certificate of No Criminal Record\n<<per_cn.a:pinyin_fl>>, male, born <<dob.d:long>>, Citizen ID No. <<cnid.i:spaced>>, "
        "Passport No. <<pass.p>>, registered residence: <<addr_cn.a>>. No criminal record was found.",
    ),
    # ------------------------------------------------------------------ chat_screenshot_ocr
    T(
        "h7-en-chat_screenshot_ocr-01",
        "en",
        "chat_screenshot_ocr",
        "This is OCR text from a WhatsApp screenshot. Reformat as a clean conversation.",
        "<<per.a>>\nonline\nhey can u book the flight for me\n[[timestamp]]\npassport <<pass.p>> exp 2031\n"
        "name exactly as <<per.a:upper>>\nsend confirmation to <<email.a@a>>\n✓✓ 9:14 PM\nsure, what's ur dob\n<<dob.d:us>>",
        "<<per.a>>: Hey, can you book the flight for me? Passport <<pass.p>>, expires 2031, name exactly as <<per.a:upper>>. "
        "Send the confirmation to <<email.a@a>>.\nMe: Sure, what's your DOB?\n<<per.a>>: <<dob.d:us>>",
    ),
    T(
        "h7-en-chat_screenshot_ocr-02",
        "en",
        "chat_screenshot_ocr",
        "My Chinese friend sent a WeChat screenshot (OCR below). Translate it.",
        "<<per_cn.f>>\n[[timestamp]]\n帮我订一下酒店，身份证<<cnid.i>>\n我QQ <<qq.q>>\n电话<<tel.p:cn_dash>>\n"
        "微信就是这个 <<wx.w>>",
        "<<per_cn.f:pinyin_fl>>: Please book a hotel for me, my ID number is <<cnid.i>>. My QQ is <<qq.q>>, phone "
        "<<tel.p:cn_intl>>, and this WeChat (<<wx.w>>) is the one to use.",
    ),
    # ------------------------------------------------------------------ import_error_report
    T(
        "h7-en-import_error_report-01",
        "en",
        "import_error_report",
        "Salesforce Data Import Wizard gave me this error file. How do I fix each row?",
        '"ERROR","First Name","Last Name","Email","Phone","LinkedIn"\n'
        '"DUPLICATE_VALUE: email","<<per.a:given>>","<<per.a:family>>","<<email.a@a>>","<<tel.a:us_dot>>","<<url.a:linkedin@a>>"\n'
        '"INVALID_PHONE","<<per.b:given>>","<<per.b:family>>","<<email.b@b>>","<<tel.b:us_intl2>>",""',
        "Row 1: <<email.a@a>> already exists; merge with the existing contact for <<per.a>>. Row 2: the phone "
        "<<tel.b:us_intl2>> has a country-code format the field rejects; import it as <<tel.b:us_dash>>.",
    ),
    T(
        "h7-en-import_error_report-02",
        "en",
        "import_error_report",
        "HRIS import log from onboarding. What needs fixing?",
        '[[timestamp]] ERROR row 4 employee=<<per.a:lower_full>> ssn=<<ssn.a:plain>> msg="SSN already assigned"\n'
        '[[timestamp]] ERROR row 6 employee=<<per.b:lower_full>> dl=<<dl.b:fl>> plate=<<plate.v:ny>> msg="parking: plate exists"\n'
        '[[timestamp]] WARN row 9 employee=<<per.c:lower_full>> laptop_mac=<<mac.m:dash>> msg="asset not found"',
        "Row 4: <<per.a>>'s SSN <<ssn.a:dash>> is already on another record (likely a rehire). Row 6: plate <<plate.v>> is "
        "registered to someone else. Row 9: asset with MAC <<mac.m:colon>> isn't in inventory.",
    ),
]

TEMPLATES = ZH + EN
