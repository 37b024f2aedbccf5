"""Ninth held-out templates (``heldout9``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
tests of the pipeline, the template bodies of the other parts (only their ``CONTEXTS`` names, to
avoid them), or any de-identified output (see the README, "heldout9"). The 30 contexts below are used
by no other part.
"""

from typing import Any

CONTEXTS = (
    "ansible_inventory",
    "vpn_session_log",
    "har_capture",
    "sentry_event",
    "x509_certificate",
    "postman_collection",
    "hl7_message",
    "dicom_header",
    "optometry_record",
    "fax_cover_sheet",
    "juror_questionnaire",
    "funeral_arrangement",
    "ems_run_report",
    "ship_crew_list",
    "drone_registration",
    "ev_charger_install",
    "safe_deposit_log",
    "driving_school_enrollment",
    "thesis_submission",
    "proctoring_log",
    "esports_registration",
    "concert_ticket_transfer",
    "rider_onboarding",
    "farm_subsidy_application",
    "social_insurance_transfer",
    "credit_report",
    "small_claims_filing",
    "offboarding_checklist",
    "citizen_hotline_ticket",
    "approval_workflow",
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
    """One template; the id must name its language and context (``h9-<lang>-<context>-NN``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h9-{lang}-{context}-"):
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
        "h9-dd:<<tel.srct:cn_plain>>",
        "h9-wxwork/<<per.srcp:user>>",
        "h9-qqmail:<<qq.srcq>>",
        "h9-feishu/<<wx.srcw>>",
    ],
    "en": [
        "h9-zendesk:<<email.srce>>",
        "h9-twilio:<<tel.srct:us_intl2>>",
        "h9-hubspot/<<per.srcp:lower_dot>>",
        "h9-intercom/<<per.srcp:user>>",
    ],
}

ANNOTATOR_PATTERNS = [
    "lbl9:<<per.ANN:user>>",
    "<<email.ANN>>",
    "grader9_<<per_en.ANN:user>>",
    "lbl9/<<per_en.ANN:lower_dot>>",
]


# ----------------------------------------------------------------------------- zh

ZH = [
    # ansible_inventory
    T(
        "h9-zh-ansible_inventory-01",
        "zh",
        "ansible_inventory",
        "把这份Ansible清单整理成门店收银机交接表（Markdown），每台机器的负责人和电话都要列上。",
        "[pos_terminals]\n"
        'store-sh-017 ansible_host=<<ip.i1:private>> mac=<<mac.m1:colon_lower>> owner="<<per.o1>>" '
        "owner_tel=<<tel.t1:cn_plain>>\n"
        'store-sh-018 ansible_host=<<ip.i2>> mac=<<mac.m2:dash>> owner="<<per.o2>>" owner_tel=<<tel.t2:cn_plain>>\n\n'
        "[pos_terminals:vars]\nansible_user=<<per.op:user>>\npos_app_version=[[version]]\n"
        "# 最后一次巡检 [[timestamp]]，[[code_identifier|ansible_host]] 改过两台",
        "| 主机 | IP | MAC | 负责人 | 电话 |\n|---|---|---|---|---|\n"
        "| store-sh-017 | <<ip.i1>> | <<mac.m1:colon>> | <<per.o1>> | <<tel.t1:cn_dash>> |\n"
        "| store-sh-018 | <<ip.i2>> | <<mac.m2:colon>> | <<per.o2>> | <<tel.t2:cn_dash>> |\n\n"
        "远程登录账号统一为 <<per.op:user>>。",
    ),
    T(
        "h9-zh-ansible_inventory-02",
        "zh",
        "ansible_inventory",
        "帮我把这个host_vars里的堡垒机管理员按登录名排好，说明每个人从哪个IP登录，新同事还缺什么信息。",
        "# host_vars/bastion-bj-02.yml\nbastion_admins:\n"
        "  - name: <<per.a>>\n    login: <<per.a:user>>\n    email: <<email.a@a>>\n"
        "    wechat: <<wx.a@a>>\n    src_ip: <<ip.s>>\n"
        '  - name: <<per.b>>\n    login: <<per.b:user>>\n    qq: "<<qq.b>>"\n'
        'ipmi_mac: "<<mac.m:colon>>"\n# 托管在[[organisation|世纪互联]]，机柜 [[number]]',
        "1. <<per.a:user>>（<<per.a>>）：仅允许从 <<ip.s>> 登录，告警发到 <<email.a@a>>，紧急时微信 <<wx.a@a>>。\n"
        "2. <<per.b:user>>（<<per.b>>）：没有配置 src_ip，目前只登记了QQ <<qq.b>>，建议补上。\n"
        "3. <<per.c>>：还缺登录名和来源IP，邮箱 <<email.c@c>> 已记录。\n"
        "IPMI 网口 MAC 为 <<mac.m:cisco>>。",
        history=[
            (
                "新来的<<per.c>>也要加到bastion-bj-02，他邮箱是<<email.c@c>>。",
                "好的。要加进 bastion_admins 还需要他的登录名和来源IP，你先把现有的 host_vars 发我。",
            )
        ],
    ),
    # vpn_session_log
    T(
        "h9-zh-vpn_session_log-01",
        "zh",
        "vpn_session_log",
        "这是SSL VPN的会话日志，帮我判断这个账号是不是异地登录，写一段给安全组的说明。",
        "2026-11-30 08:12:44 [SSLVPN] user=<<per.u:user>>(<<per.u>>) login ok, src=<<ip.src>>, "
        "vip=<<ip.vip:private>>, client_mac=<<mac.m:dash>>, os=[[product|Windows 11]]\n"
        "2026-11-30 08:13:02 [SSLVPN] user=<<per.u:user>> SMS OTP sent to <<tel.t:cn_plain>>\n"
        "2026-11-30 11:47:19 [SSLVPN] user=<<per.u:user>> logout, bytes_in=[[number]]",
        "安全组：账号 <<per.u:user>>（<<per.u>>）今天 08:12 从公网地址 <<ip.src>> 登录，分配内网地址 <<ip.vip>>，"
        "终端MAC <<mac.m:colon>>。验证码短信发到登记手机 <<tel.t:cn_dash>>，说明二次验证是本人手机通过的；"
        "公网地址是否在常驻城市需要再查归属地，建议先电话联系本人确认。",
        system="你是安全运营中心的值班助手，当前值班人是<<per.soc>>，结论要署名。",
    ),
    T(
        "h9-zh-vpn_session_log-02",
        "zh",
        "vpn_session_log",
        "wg show 的输出和配置文件都贴在下面了，帮我看看哪个peer最近没握手，需要通知谁。",
        "[Peer]\n# <<per.a>> 笔记本 <<mac.a:colon_lower>> 手机 <<tel.a:cn_space>>\n"
        "PublicKey = 3nYf0t1kqP2cJ8vW9xR4mL6sZ7aB5dE1gH2iJ3kL4mN=\nAllowedIPs = <<ip.a:private>>/32\n\n"
        "[Peer]\n# <<per.b>> 家里NAS\nPublicKey = Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZ9xC8vB7nM6qW5e=\n"
        "AllowedIPs = <<ip.b:private>>/32\n\n"
        "---- wg show ----\npeer: 3nYf0t1kqP2cJ8vW9xR4mL6sZ7aB5dE1gH2iJ3kL4mN=\n  endpoint: <<ip.ea:public>>:51820\n"
        "  latest handshake: 2 minutes ago\npeer: Qw8eR7tY6uI5oP4aS3dF2gH1jK0lZ9xC8vB7nM6qW5e=\n"
        "  latest handshake: 9 days ago\n# [[code_identifier|PersistentKeepalive]] 没开",
        "<<per.a>> 的笔记本（<<mac.a:colon>>，隧道地址 <<ip.a>>）两分钟前刚从 <<ip.ea>> 握手，正常。\n"
        "<<per.b>> 的NAS（<<ip.b>>）已经9天没握手，可能是家里断网或换了公网地址，请联系<<per.b>>检查；"
        "<<per.a>>的手机 <<tel.a:cn_plain>> 不需要打。",
    ),
    # har_capture
    T(
        "h9-zh-har_capture-01",
        "zh",
        "har_capture",
        "考试报名页面一直报500，我用浏览器导出了HAR，帮我看看是哪个字段的问题。",
        '{"request": {"method": "POST", "url": "https://bm.exam-demo.cn/api/apply",\n'
        '  "headers": [{"name": "X-Forwarded-For", "value": "<<ip.c>>"}],\n'
        '  "postData": {"mimeType": "application/x-www-form-urlencoded",\n'
        '   "text": "xm=<<per.p>>&sfzh=<<cnid.c>>&sjh=<<tel.t:cn_plain>>&csrq=<<dob.d:compact>>"}},\n'
        ' "response": {"status": 500, "content": {"text": "{\\"code\\":\\"E1002\\",'
        '\\"msg\\":\\"证件号与出生日期校验失败\\"}"}},\n "startedDateTime": "[[timestamp]]"}',
        "问题出在出生日期校验：你提交的是 csrq=<<dob.d:compact>>（即<<dob.d:cn>>），"
        "服务器会拿它去比对身份证号 <<cnid.c>> 的第7到14位，不一致就返回 E1002。"
        "请核对后重新提交；姓名<<per.p>>和手机号<<tel.t:cn_dash>>没有报错。"
        "另外HAR里有你的完整身份证号，发给客服前记得删掉。",
    ),
    T(
        "h9-zh-har_capture-02",
        "zh",
        "har_capture",
        "我要给开发提bug：订单详情接口返回了太多敏感字段。帮我根据这段HAR写bug描述，列出返回了哪些字段。",
        "GET /api/order/detail?oid=[[order_number]]&qq=<<qq.q>>\n"
        '{"status": 200, "content": {"mimeType": "application/json", "text": "{\\"receiver\\":\\"<<per.r>>\\",'
        '\\"mobile\\":\\"<<tel.r:cn_dash>>\\",\\"address\\":\\"<<addr.a:road_bld>>\\",'
        '\\"card_bind\\":\\"<<card.c:unionpay>>\\",\\"pay_amount\\":\\"[[money]]\\"}"}}',
        "【Bug】订单详情接口返回完整敏感信息\n"
        "复现：请求 /api/order/detail，参数里直接带了QQ号 <<qq.q>>。\n"
        "实际返回：收件人 <<per.r>>、手机 <<tel.r:cn_plain>>、地址 <<addr.a:road_bld>>、"
        "绑定卡号 <<card.c:spaced>>（未打码）。\n期望：卡号只返回后四位，手机号中间四位打码，QQ号不要出现在URL里。",
    ),
    # sentry_event
    T(
        "h9-zh-sentry_event-01",
        "zh",
        "sentry_event",
        "这个Sentry报错影响的是哪个用户？帮我写一个issue，复现步骤写清楚。",
        '{"event_id": "9f1c0ab2e4d34f7c8b1e6a2d5c3f0e91", "level": "error", "release": "[[version]]",\n'
        ' "exception": {"values": [{"type": "ValueError", "value": "invalid id_card: <<cnid.c:lower_x>>"}]},\n'
        ' "user": {"id": "<<qq.q>>", "username": "<<per.u:user>>", "ip_address": "<<ip.i>>", '
        '"email": "<<email.e@u>>"},\n'
        ' "breadcrumbs": [{"category": "ui.input", "message": "手机号 <<tel.t:cn_fw>>"}],\n'
        ' "tags": {"handler": "[[code_identifier|verify_real_name()]]"}}',
        "影响用户：<<per.u:user>>（QQ登录，id <<qq.q>>，IP <<ip.i>>，邮箱 <<email.e@u>>）。\n"
        "复现：1）手机号输入框填全角数字（用户填的是 <<tel.t:cn_fw>>）；2）身份证号末位输入小写x，"
        "如 <<cnid.c:lower_x>>；3）提交实名。校验函数没有先转大写，直接抛 ValueError。\n"
        "修复：入参先做全角转半角和 upper()。",
    ),
    T(
        "h9-zh-sentry_event-02",
        "zh",
        "sentry_event",
        "移动护理App崩了，这是Sentry的extra和tags，先帮我总结发生了什么，我再决定要不要把这些字段从上报里去掉。",
        "extra:\n  patient_mrn: <<mrn.m:zy>>\n  patient_name: <<per.p>>\n  bed: 12床\n"
        "  nurse: <<per.n>>\n  device_mac: <<mac.m:cisco>>\n"
        "tags:\n  ward: 心内二病区\n  hospital: [[organisation|华西医院]]\n  os: [[product|HarmonyOS 4.2]]\n"
        "message: NullPointerException at VitalSignUploader.upload(),  time [[timestamp]]",
        "护士<<per.n>>在给住院号<<mrn.m>>的患者<<per.p>>上传生命体征时，PDA（MAC <<mac.m:colon>>）上的上传组件"
        "遇到空值崩溃。extra里带了住院号、患者姓名和护士姓名，这些都不该进Sentry，建议只保留床号和设备型号。",
        system="你是移动护理App的开发助手，提问的是开发<<per.dev>>（<<email.dev@dev>>）。",
    ),
    # x509_certificate
    T(
        "h9-zh-x509_certificate-01",
        "zh",
        "x509_certificate",
        "这是我从摄像头里导出的设备证书和App里的绑定信息，帮我判断要不要重新申请证书。",
        "Certificate:\n    Data:\n        Serial Number: 4e:21:9a:0c:77\n"
        "        Signature Algorithm: [[code_identifier|sha256WithRSAEncryption]]\n"
        "        Validity\n            Not After : Jan  3 00:00:00 2026 GMT\n"
        "        Subject: O=[[organisation|萤石]], CN=<<mac.m:dash>>\n"
        "        X509v3 Subject Alternative Name:\n            IP Address:<<ip.i:private>>, email:<<email.e@p>>\n\n"
        "App绑定信息：账号 <<tel.t:cn_plain>>（<<per.p>>），绑定时间 [[timestamp]]",
        "这张证书签给设备 <<mac.m:colon_lower>>，内网地址 <<ip.i>>，联系人邮箱 <<email.e@p>>，"
        "有效期到2026年1月3日，已经过期，需要在App里用绑定账号 <<tel.t:cn_dash>>（<<per.p>>）重新激活设备才能换发。",
    ),
    T(
        "h9-zh-x509_certificate-02",
        "zh",
        "x509_certificate",
        "CA说我的个人证书申请被退回了，帮我对照申请表看看CSR里哪里填得不对。",
        "openssl req -in user.csr -noout -text\n"
        "        Subject: C=CN, ST=Zhejiang, L=Hangzhou, CN=<<per.p:pinyin_fl>>/emailAddress=<<email.e@p>>\n"
        "        Attributes:\n            challengePassword        :unable to print attribute\n\n"
        "申请表：申请人 <<per.p>>　身份证号 <<cnid.c:spaced>>　手机 <<tel.t:cn_dash>>",
        "申请表上的申请人是<<per.p>>（身份证 <<cnid.c>>），而CSR里的CN写成了拼音 <<per.p:pinyin_fl>>。"
        "这家CA要求CN与证件上的中文姓名一致，所以被退回。重新生成CSR时CN填“<<per.p>>”，"
        "emailAddress 保持 <<email.e@p>> 即可；审核电话会打到 <<tel.t:cn_plain>>。",
    ),
    # postman_collection
    T(
        "h9-zh-postman_collection-01",
        "zh",
        "postman_collection",
        "我们要把这个Postman collection放到公开仓库，帮我把示例里的数据换成假的，并说明原来有哪些真实字段。",
        '{"info": {"name": "实名认证 v3", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/"},\n'
        ' "item": [{"name": "四要素-正例", "request": {"method": "POST", "url": "{{baseUrl}}/verify/four",\n'
        '   "body": {"mode": "raw", "raw": "{\\"name\\":\\"<<per.p>>\\",\\"idNo\\":\\"<<cnid.c>>\\",'
        '\\"bankCard\\":\\"<<card.c:plain>>\\",\\"mobile\\":\\"<<tel.t:cn_plain>>\\"}"}}}]}',
        "原示例是真实的四要素：姓名 <<per.p>>、身份证 <<cnid.c>>、银行卡 <<card.c:spaced>>、手机 <<tel.t:cn_dash>>。"
        "建议改为明显的测试数据（例如姓名“测试用户”，证件号用全0加校验位的虚构值），"
        "并把 [[code_identifier|{{baseUrl}}]] 保留为变量，不要写死生产地址。",
    ),
    T(
        "h9-zh-postman_collection-02",
        "zh",
        "postman_collection",
        "这是海外支付联调用的Postman环境文件，帮我解释每个变量是干什么的，敏感的标出来。",
        '{"name": "staging-海外收款", "values": [\n'
        '  {"key": "payee_iban", "value": "<<iban.i:de>>", "enabled": true},\n'
        '  {"key": "payer_ssn", "value": "<<ssn.s:dash>>", "enabled": true},\n'
        '  {"key": "payer_passport", "value": "<<pass.p>>", "enabled": true},\n'
        '  {"key": "ops_contact", "value": "<<per.o>> <<tel.o:cn_intl>>", "enabled": false},\n'
        '  {"key": "sdk_version", "value": "[[version]]", "enabled": true}]}',
        "- payee_iban：收款方德国账户 <<iban.i>>（敏感）\n- payer_ssn：付款人美国社会安全号 <<ssn.s:plain>>（敏感，不应放在共享环境里）\n"
        "- payer_passport：付款人护照号 <<pass.p>>（敏感）\n- ops_contact：运维联系人<<per.o>>，电话 <<tel.o:cn_plain>>（已禁用）\n"
        "- sdk_version：SDK版本号，不敏感。",
    ),
    # hl7_message
    T(
        "h9-zh-hl7_message-01",
        "zh",
        "hl7_message",
        "把这条HL7入院消息翻成一段人能看懂的中文入院摘要。",
        "MSH|^~\\&|HIS|RMYY|EMR|RMYY|20261201083015||ADT^A01|MSG00123|P|2.4\n"
        "PID|1||<<mrn.m:zy>>^^^HIS^MR~<<cnid.c>>^^^CHN^NNCHN||<<per.p>>^^^^^^L||<<dob.d:compact>>|F|||"
        "<<addr.a:road>>||<<tel.t:cn_plain>>\n"
        "NK1|1|<<per.k>>|SPO|||<<tel.k:cn_plain>>\nPV1|1|I|心内科^0512^01||||D0731^<<per.doc>>",
        "患者<<per.p>>，女，出生日期<<dob.d:cn>>，住院号<<mrn.m>>，身份证号<<cnid.c>>，"
        "住址<<addr.a:road>>，电话<<tel.t:cn_dash>>。今日入住心内科0512房1床，主管医生<<per.doc>>。"
        "联系人为配偶<<per.k>>，电话<<tel.k:cn_dash>>。消息类型 [[code_identifier|ADT^A01]] 表示入院登记。",
    ),
    T(
        "h9-zh-hl7_message-02",
        "zh",
        "hl7_message",
        "这位外籍患者的化验结果要发给他本人，帮我写一段中英对照的通知草稿。",
        "PID|1||<<mrn.m:dash>>^^^LIS^MR~<<pass.p:us>>^^^USA^PPN||<<per_en.p:family>>^<<per_en.p:given>>||"
        "<<dob.d:compact>>|M|||||^NET^Internet^<<email.e@p>>||||||<<ssn.s:plain>>\n"
        "OBR|1||[[order_number]]|CBC^血常规\nOBX|1|NM|HGB^血红蛋白||[[number]]|g/L|130-175|N",
        "尊敬的<<per_en.p>>先生 / Dear <<per_en.p>>,\n您的血常规结果已出（病历号 <<mrn.m>>，护照 <<pass.p>>），"
        "各项指标在参考范围内。报告电子版已发送至 <<email.e@p>>。\nYour CBC results (record no. <<mrn.m>>) are within "
        "the reference range. 如需用美国医保报销，请核对登记的SSN <<ssn.s:dash>>是否正确。",
    ),
    # dicom_header
    T(
        "h9-zh-dicom_header-01",
        "zh",
        "dicom_header",
        "这是CT影像的DICOM头（dcmdump输出），发给外院会诊前哪些标签必须匿名化？请逐个列出原值。",
        "(0008,0080) LO [市第一人民医院]                       #  InstitutionName\n"
        "(0008,0090) PN [<<per.ref:pinyin>>]                   #  ReferringPhysicianName\n"
        "(0010,0010) PN [<<per.p:pinyin_fl>>]                  #  PatientName\n"
        "(0010,0020) LO [<<mrn.m:digits>>]                     #  PatientID\n"
        "(0010,0030) DA [<<dob.d:compact>>]                    #  PatientBirthDate\n"
        "(0010,1040) LO [<<addr.a:comm>>]                      #  PatientAddress\n"
        "(0018,1020) LO [[[version|syngo CT VB20A]]]           #  SoftwareVersions",
        "必须匿名化：\n- PatientName：<<per.p:pinyin_fl>>（即患者<<per.p>>）\n- PatientID：<<mrn.m>>\n"
        "- PatientBirthDate：<<dob.d:compact>>，可只保留年龄\n- PatientAddress：<<addr.a:comm>>\n"
        "- ReferringPhysicianName：<<per.ref:pinyin>>（<<per.ref>>医生）\n机构名和软件版本可以保留。",
        system="你是影像科PACS管理员<<per.adm>>的助手，回答要逐条列出。",
    ),
    T(
        "h9-zh-dicom_header-02",
        "zh",
        "dicom_header",
        "我写了个pydicom脱敏脚本，但导出的文件里还能看到下面这些值，帮我看看漏了哪些标签，并改一下脚本。",
        "import pydicom\nds = pydicom.dcmread('IMG0001.dcm')\nds.PatientName = 'ANON'\n\n"
        ">>> print(ds.PatientID, ds.OtherPatientIDs, ds.PatientBirthDate, ds.PatientTelephoneNumbers)\n"
        "<<mrn.m:mz>> <<cnid.c:x>> <<dob.d:compact>> <<tel.t:cn_plain>>\n"
        ">>> ds.InstitutionAddress\n'<<addr.a:tower>>'",
        "漏掉了四个患者标签和一个机构地址：PatientID（<<mrn.m>>）、OtherPatientIDs（身份证号 <<cnid.c>>）、"
        "PatientBirthDate（<<dob.d:compact>>）、PatientTelephoneNumbers（<<tel.t:cn_dash>>），以及 InstitutionAddress"
        "（<<addr.a:tower>>）。\n```python\nfor tag in ('PatientID', 'OtherPatientIDs', 'PatientBirthDate',\n"
        "            'PatientTelephoneNumbers', 'InstitutionAddress'):\n    if tag in ds:\n"
        "        setattr(ds, tag, '')\n```\n另外建议用 [[code_identifier|ds.remove_private_tags()]] 去掉私有标签。",
    ),
]
ZH += [
    # optometry_record
    T(
        "h9-zh-optometry_record-01",
        "zh",
        "optometry_record",
        "帮我给家长写一条微信消息，解释孩子这次的验光结果，别太专业。",
        "眼视光中心 验光单\n姓名：<<per.k>>　性别：男　出生日期：<<dob.d:slash_iso>>　档案号：<<mrn.m:digits>>\n"
        "家长：<<per.g>>　电话：<<tel.g:cn_space>>\n"
        "        球镜    柱镜    轴位   矫正视力\nOD    -2.25   -0.50   180    1.0\nOS    -2.00   -0.75   175    1.0\n"
        "PD 58mm　建议：[[product|角膜塑形镜]]适配评估，复查日期另约",
        "<<per.g>>您好！<<per.k>>（档案号<<mrn.m>>）这次验光右眼近视225度、左眼200度，各带一点[[common_word|散光]]，"
        "戴上合适的眼镜视力都能到1.0。医生建议评估一下夜戴的角膜塑形镜，有问题可以回电，"
        "我们会打您留的 <<tel.g:cn_plain>>。",
    ),
    T(
        "h9-zh-optometry_record-02",
        "zh",
        "optometry_record",
        "寄到<<addr.a:lane>>，付款链接发我微信<<wx.w@p>>就行。",
        "",
        "好的，已按档案<<mrn.m>>的原处方为<<per.p>>下单一副同款镜片，寄往<<addr.a:lane>>，"
        "付款链接会发到微信<<wx.w@p>>。发货后物流单号（[[tracking_number]]）也会短信发到<<tel.t:cn_dash>>。",
        system="你是眼镜连锁店的线上客服，按顾客档案号查询处方。",
        history=[
            (
                "我上次在你们店配的眼镜，档案号<<mrn.m:dash>>，想按原处方再配一副。",
                "好的，请提供姓名和手机号核对一下。",
            ),
            ("<<per.p>>，<<tel.t:cn_intl>>", "核对无误，处方是两年内的，可以直接复配。请问寄到哪里？"),
        ],
    ),
    # fax_cover_sheet
    T(
        "h9-zh-fax_cover_sheet-01",
        "zh",
        "fax_cover_sheet",
        "帮我检查这份传真封面有没有写错的地方，再起草一句话通知对方律师已发送。",
        "传　真　封　面\n致：<<per.to>> 律师　　传真号：<<tel.f:cn_land>>\n发件人：<<per.fr>>　　电话：<<tel.fr:cn_plain>>\n"
        "页数：共5页（含封面）　日期：[[timestamp]]\n"
        "事由：关于<<per.c>>（身份证号<<cnid.c:spaced>>）劳动争议案证据材料\n"
        "本传真内容仅供收件人使用，如误收请致电发件人并销毁。",
        "封面基本没问题，但身份证号<<cnid.c>>不建议写在封面上，封面会被前台等多人看到，改成“<<per.c>>劳动争议案”即可。\n"
        "通知：<<per.to>>律师您好，关于<<per.c>>案的证据材料共5页已传真至<<tel.f:cn_land>>，请查收。——<<per.fr>>",
    ),
    T(
        "h9-zh-fax_cover_sheet-02",
        "zh",
        "fax_cover_sheet",
        "国际医疗部要给美国的保险公司发传真，这份中文封面帮我改成英文版。",
        "传真\n收件人：<<per_en.a>>（理赔部）　传真：<<tel.f:us_dash>>\n"
        "患者：<<per_en.p:upper>>　护照号：<<pass.p:us_new>>　出生日期：<<dob.d:iso>>\n"
        "被保险人SSN：<<ssn.s:dash>>　病案号：<<mrn.m:zy>>\n内容：出院小结及费用清单，共7页，金额 [[money]]",
        "FAX\nTO: <<per_en.a>>, Claims Department　FAX: <<tel.f:us_dash>>\n"
        "RE: Patient <<per_en.p:upper>>, passport <<pass.p>>, DOB <<dob.d:iso>>, hospital record no. <<mrn.m>>\n"
        "Insured SSN: <<ssn.s:dash>>\nPages: 7 (discharge summary and itemised bill)",
    ),
    # funeral_arrangement
    T(
        "h9-zh-funeral_arrangement-01",
        "zh",
        "funeral_arrangement",
        "根据这份殡仪服务委托书，帮我列一个委托人明天办理手续要带的材料清单。",
        "殡仪服务委托书\n逝者姓名：<<per.d>>　身份证号：<<cnid.c:old15>>　出生日期：<<dob.d:cn_numerals>>\n"
        "委托人：<<per.k>>　与逝者关系：长子　联系电话：<<tel.k:cn_plain>>\n"
        "接运地址：<<addr.a:village>>\n服务项目：接运、守灵厅（[[number]]号厅）、火化　预付 [[money]]",
        "请<<per.k>>明天携带：\n1. 逝者<<per.d>>的居民身份证原件（<<cnid.c>>）及户口本\n2. 死亡医学证明（或居委会/村委会出具的死亡证明）\n"
        "3. 委托人本人身份证\n接运车辆会先电话联系<<tel.k:cn_dash>>，再到<<addr.a:village>>接运。",
    ),
    T(
        "h9-zh-funeral_arrangement-02",
        "zh",
        "funeral_arrangement",
        "清明要去祭扫，我的车<<plate.v>>能开进园区吗？",
        "",
        "可以的，车牌<<plate.v>>已登记为<<per.f>>墓位的祭扫车辆，清明当天从东门进入。"
        "墓位款分期已从卡号<<card.c:dashed>>扣款，持卡人<<per.k>>，无需再付。如需帮助请找客服<<per.cs>>。",
        system="你是陵园客服助手，今天值班的客服是<<per.cs>>。",
        history=[
            ("我父亲<<per.f>>的墓位款想刷卡分期。", "可以的，请提供卡号和持卡人姓名。"),
            ("卡号<<card.c:unionpay>>，持卡人<<per.k>>。", "已登记，分12期，首期 [[money]] 已扣。"),
        ],
    ),
    # ship_crew_list
    T(
        "h9-zh-ship_crew_list-01",
        "zh",
        "ship_crew_list",
        "港口代理要中文版船员名单，帮我按职务排列，并核对每个人的护照有没有缺。",
        "CREW LIST (IMO FAL Form 5)\nNo.|Name|Rank|Nationality|Date of birth|Passport\n"
        "1|<<per.b:pinyin_fl>>|Chief Officer|CHN|<<dob.b:iso>>|<<pass.b:cn_g>>\n"
        "2|<<per.a:pinyin_fl>>|Master|CHN|<<dob.a:iso>>|<<pass.a:cn_e>>\n"
        "3|<<per_en.c:upper>>|2nd Engineer|POL|<<dob.c:iso>>|<<pass.c:us_new>>\n"
        "备注：3号船员工资汇入 <<iban.i:pl>>",
        "船员名单（按职务）：\n1. 船长 <<per.a>>（<<per.a:pinyin_fl>>），出生日期<<dob.a:cn>>，护照<<pass.a>>\n"
        "2. 大副 <<per.b>>（<<per.b:pinyin_fl>>），出生日期<<dob.b:cn>>，护照<<pass.b>>\n"
        "3. 二管轮 <<per_en.c>>，波兰籍，出生日期<<dob.c:cn>>，护照<<pass.c>>\n三人护照齐全。3号船员工资账户<<iban.i>>无需提供给代理。",
    ),
    T(
        "h9-zh-ship_crew_list-02",
        "zh",
        "ship_crew_list",
        "帮我把这份登轮证申请的信息填到短信模板里，回复给船代。",
        "登轮证申请\n申请人：<<per.p>>　身份证：<<cnid.c:fw>>　手机：<<tel.t:cn_fw>>\n"
        "事由：探望船员<<per.c>>（水手）\n随车进港：车牌<<plate.v>>，驾驶人即申请人，驾驶证号<<dl.d>>\n"
        "短信模板：【登轮申请】姓名__ 证件__ 手机__ 车牌__ 探望对象__",
        "【登轮申请】姓名<<per.p>> 证件<<cnid.c>> 手机<<tel.t:cn_plain>> 车牌<<plate.v>> 探望对象<<per.c>>（水手）。"
        "驾驶证<<dl.d>>已核对，请船代安排。",
    ),
    # drone_registration
    T(
        "h9-zh-drone_registration-01",
        "zh",
        "drone_registration",
        "我换手机号了，帮我写一段申请修改无人机实名登记信息的说明。",
        "民用无人驾驶航空器实名登记信息\n拥有者：<<per.p>>　证件类型：居民身份证　证件号码：<<cnid.c>>\n"
        "手机：<<tel.t:cn_plain>>　邮箱：<<email.e@p>>\n产品型号：[[product|DJI Mini 4 Pro]]　"
        "产品序列号：1581F6GKB23A400F2K3E　登记时间：[[timestamp]]\n新机快递单号：[[tracking_number]]",
        "申请说明：本人<<per.p>>（身份证号<<cnid.c>>）名下登记的无人机（序列号1581F6GKB23A400F2K3E）联系手机由"
        "<<tel.t:cn_dash>>变更为<<tel.n:cn_dash>>，邮箱<<email.e@p>>不变，请予以更新。",
        history=[
            ("登记的旧手机号停机了，新号是<<tel.n:cn_plain>>，还能改吗？", "可以，需要本人提交变更说明，我帮你写。")
        ],
    ),
    T(
        "h9-zh-drone_registration-02",
        "zh",
        "drone_registration",
        "这是飞行记录导出的CSV，帮我整理一下这次炸机的时间线，写给售后。",
        "飞手,<<per.p>>\n账号,<<tel.t:cn_plain>>\n遥控器MAC,<<mac.m:colon>>\nApp登录IP,<<ip.i>>\n"
        "time,height_m,battery,event\n14:02:11,0,98%,起飞\n14:09:40,86,41%,图传信号弱\n"
        "14:10:03,86,40%,返航\n14:10:57,31,38%,失去连接\n固件,[[version]]",
        "售后您好，飞手<<per.p>>（账号<<tel.t:cn_dash>>）：14:02起飞，14:09在86米高度图传变弱，14:10:03触发返航，"
        "14:10:57在31米高度失去连接后坠落，电量38%。遥控器MAC <<mac.m:colon_lower>>，App登录IP <<ip.i>>。",
    ),
    # ev_charger_install
    T(
        "h9-zh-ev_charger_install-01",
        "zh",
        "ev_charger_install",
        "物业不肯给我开充电桩报装的同意证明，帮我写一封申请函。",
        "充电桩报装信息\n申请人：<<per.p>>　身份证：<<cnid.c:x>>　联系电话：<<tel.t:cn_dash>>\n"
        "安装地址：<<addr.a:comm>>　地下车位B2-137（产权车位）\n车辆：<<plate.v>>　[[product|比亚迪海豹]]\n"
        "供电公司受理号：[[order_number]]",
        "致物业服务中心：\n本人<<per.p>>，住<<addr.a:comm>>，名下产权车位B2-137，车辆<<plate.v>>为新能源车，"
        "已向供电公司申请报装（受理号如上）。根据相关规定，请物业配合出具同意安装证明。联系电话<<tel.t:cn_plain>>，"
        "身份证号<<cnid.c>>可供核对。",
    ),
    T(
        "h9-zh-ev_charger_install-02",
        "zh",
        "ev_charger_install",
        "帮我把聊天里的信息整理成一张安装工单。",
        "电桩铭牌：7kW交流桩　MAC <<mac.m:dash>>　固件 [[version]]",
        "安装工单\n客户地址：<<addr.a:tower>>\n客户电话：<<tel.c:cn_space>>　微信：<<wx.w:wxid>>\n"
        "安装师傅：<<per.w>>（<<tel.w:cn_plain>>）\n预约时间：明天上午10点\n电桩MAC <<mac.m:colon>>",
        history=[
            (
                "师傅明天几点到？我家在<<addr.a:tower>>。",
                "上午10点左右，我是安装师傅<<per.w>>，电话<<tel.w:cn_plain>>。",
            ),
            ("好的，我微信<<wx.w:wxid>>，到了打<<tel.c:cn_space>>。", "收到，到了联系你。"),
        ],
    ),
    # driving_school_enrollment
    T(
        "h9-zh-driving_school_enrollment-01",
        "zh",
        "driving_school_enrollment",
        "帮我根据这张驾校报名表生成一条给学员的报名成功短信。",
        "驾校报名表\n姓名：<<per.p>>　身份证号：<<cnid.c>>　出生日期：<<dob.d:cn_pad>>\n"
        "手机：<<tel.t:cn_plain>>　现住址：<<addr.a:road>>\n申请准驾车型：C1　班型：周末班　学费 [[money]]\n"
        "付款方式：刷卡 <<card.c:unionpay>>",
        "【驾校】<<per.p>>您好，您已成功报名C1周末班，学费已从卡号<<card.c:spaced>>扣款。请于本周内携带身份证"
        "（<<cnid.c>>）到指定医院体检。如有疑问请回电，我们的通知会发到<<tel.t:cn_dash>>。",
    ),
    T(
        "h9-zh-driving_school_enrollment-02",
        "zh",
        "driving_school_enrollment",
        "我已经有C1了想增驾B2，教练让我把信息发给他，帮我整理一下要发的内容。",
        "",
        "发给<<per.c>>教练：\n学员：<<per.p>>\n现有驾驶证号：<<dl.d>>（C1，已满三年无满分记录）\n"
        "QQ：<<qq.q>>（用于接收约考通知）\n我的微信已加您<<wx.c@c>>，体检表明天拍照发您。",
        history=[
            ("<<per.c>>教练，我想增驾B2，需要什么？", "驾驶证号、近三年记分情况，发我微信<<wx.c@c>>就行。"),
            ("驾驶证号<<dl.d>>，没扣过分。QQ是<<qq.q>>，通知发这个也行。", "好，再加一份体检表。"),
        ],
    ),
]
ZH += [
    # thesis_submission
    T(
        "h9-zh-thesis_submission-01",
        "zh",
        "thesis_submission",
        "我刚在学位论文系统里提交了终稿，帮我写一封邮件告诉导师。",
        "学位论文提交回执\n学号：[[employee_id|2021110347]]　姓名：<<per.p>>　导师：<<per.adv>>\n"
        "论文题目：基于图神经网络的交通流预测\n联系邮箱：<<email.e@p>>　代码仓库：<<url.u:github@p>>\n"
        "提交时间：[[timestamp]]　提交IP <<ip.i>>\n查重结果：总文字复制比 [[number]]",
        "<<per.adv>>老师您好：\n我是<<per.p>>，学位论文终稿已于今天提交，查重结果已出，回执附后。"
        "论文代码已整理到 <<url.u@p>>，方便评阅老师复现。有修改意见请发我邮箱 <<email.e@p>>。\n此致\n敬礼",
    ),
    T(
        "h9-zh-thesis_submission-02",
        "zh",
        "thesis_submission",
        "财务说外审专家劳务费表里有一行信息不全，帮我逐个列出核对单。",
        "外审专家劳务费发放表\n姓名 | 证件号 | 收款账号 | 手机\n"
        "<<per.a>> | <<cnid.a>> | <<card.a:unionpay>> | <<tel.a:cn_plain>>\n"
        "<<per.b>> | <<cnid.b:x>> | <<card.b:unionpay>> | <<tel.b:cn_plain>>\n"
        "<<per_en.x>> | 护照 <<pass.x:us>> | <<iban.i>> | （空）\n"
        "主页：<<url.ux:linkedin@x>>　美国税号（SSN）：<<ssn.s:plain>>",
        "核对单：\n1. <<per.a>>：身份证<<cnid.a>>，卡号<<card.a:spaced>>，手机<<tel.a:cn_dash>>，齐全。\n"
        "2. <<per.b>>：身份证<<cnid.b>>，卡号<<card.b:spaced>>，手机<<tel.b:cn_dash>>，齐全。\n"
        "3. <<per_en.x>>：护照<<pass.x>>，账户<<iban.i>>，SSN <<ssn.s:dash>>，缺手机号。"
        "可以通过<<url.ux@x>>联系本人补充。",
    ),
    # proctoring_log
    T(
        "h9-zh-proctoring_log-01",
        "zh",
        "proctoring_log",
        "根据这段线上考试的监考日志，写一份违纪情况说明。",
        "[09:00:12] 考生 <<per.p>>　准考证号 [[employee_id|2026120301158]]　身份核验：身份证 <<cnid.c>>，人脸比对通过\n"
        "[09:00:40] 设备检测：IP <<ip.i>>，MAC <<mac.m:colon>>，浏览器 [[product|Chrome 131]]\n"
        "[09:37:05] 切屏 3 次\n[09:41:22] 检测到同一网络下第二台设备，MAC <<mac.m2:dash>>\n[09:41:30] 监考员发出警告",
        "违纪情况说明：考生<<per.p>>（身份证<<cnid.c>>）于9:00通过身份核验，使用设备IP <<ip.i>>、MAC <<mac.m:colon_lower>>。"
        "考试期间切屏3次；9:41系统检测到同一网络下另一台设备（MAC <<mac.m2:colon>>），监考员当即警告。建议按违纪处理。",
    ),
    T(
        "h9-zh-proctoring_log-02",
        "zh",
        "proctoring_log",
        "帮我把监考群里的讨论整理成一条给考务组的汇报。",
        "<<per.t>>：考生<<per.s>>网断了，手机<<tel.s:cn_dash>>打不通\n<<per.t2>>：他QQ是<<qq.q>>，我QQ上找到他了\n"
        "<<per.t>>：他说路由器重启，9点50重新进来了\n<<per.t2>>：断线时长约12分钟，系统有记录",
        "考务组：考生<<per.s>>于考试中途断网约12分钟，监考老师<<per.t>>电话（<<tel.s:cn_plain>>）未打通，"
        "<<per.t2>>老师通过QQ <<qq.q>>联系到本人，原因是路由器重启，9:50重新进入考试。请考务组决定是否延时。",
        system="你是考务助手，汇报时写清监考老师姓名。",
    ),
    # esports_registration
    T(
        "h9-zh-esports_registration-01",
        "zh",
        "esports_registration",
        "帮我把报名信息整理成赛事群公告，只放必要的信息。",
        "高校[[product|英雄联盟]]联赛报名表\n队名：[[common_word|夜航]]\n队长：<<per.c>>　QQ：<<qq.c>>　手机：<<tel.c:cn_plain>>　"
        "身份证（实名）：<<cnid.c>>\n队员：<<per.m>>　QQ：<<qq.m>>　B站：<<url.u:bilibili@m>>\n赛事嘉宾：[[public_figure|Uzi]]　报名时间：[[timestamp]]",
        "【报名公告】[[common_word|夜航]]战队报名成功！队长<<per.c>>（QQ <<qq.c>>），队员<<per.m>>（QQ <<qq.m>>，"
        "比赛直播在B站 <<url.u@m>>）。赛程有变会电话通知队长。实名信息（<<cnid.c>>、<<tel.c:cn_dash>>）仅用于核验，不公开。",
    ),
    T(
        "h9-zh-esports_registration-02",
        "zh",
        "esports_registration",
        "报名时系统提示未成年不能参赛，帮我写一段申诉说明。",
        "系统提示：身份证号<<cnid.c:lower_x>>对应出生日期<<dob.d:cn>>，未满18周岁，无法报名。\n"
        "监护人：<<per.g>>　电话：<<tel.g:cn_0086>>　微信：<<wx.w@g>>",
        "申诉说明：参赛选手身份证号<<cnid.c>>，出生日期<<dob.d:cn_pad>>。如果系统判断有误，请人工复核；"
        "如确未成年，监护人<<per.g>>同意参加线下赛并签署监护人同意书，联系电话<<tel.g:cn_plain>>，微信<<wx.w@g>>。",
    ),
    # concert_ticket_transfer
    T(
        "h9-zh-concert_ticket_transfer-01",
        "zh",
        "concert_ticket_transfer",
        "我朋友去不了演唱会了，能不能换观演人？帮我写一段给客服的消息。",
        "订单信息\n演出：[[public_figure|周杰伦]]嘉年华世界巡回演唱会\n观演人：<<per.a>>　证件：<<cnid.a:spaced>>\n"
        "购票人：<<per.b>>　手机：<<tel.b:cn_plain>>\n订单号：[[order_number]]",
        "客服您好，我是购票人<<per.b>>（手机<<tel.b:cn_dash>>），订单里的观演人<<per.a>>（证件<<cnid.a>>）因故无法到场，"
        "请问是否可以更换观演人？如不能更换，是否支持退票？谢谢。",
    ),
    T(
        "h9-zh-concert_ticket_transfer-02",
        "zh",
        "concert_ticket_transfer",
        "帮我总结一下这笔转票交易的要点，看看有没有被骗的风险。",
        "",
        "要点：\n- 演出：[[public_figure|陈奕迅]]香港场，实名入场用护照<<pass.p>>（<<per.p:pinyin_fl>>）\n"
        "- 付款：打到卖家<<per.s>>的银行卡<<card.c:dashed>>，卖家微博<<url.u:weibo@s>>\n"
        "风险：实名票一般不能私下转让，护照号已发给对方，建议走平台官方转售。",
        history=[
            ("票是香港场的，实名要护照，你的护照号和名字发我。", "护照<<pass.p:cn_ea>>，名字<<per.p:pinyin_fl>>。"),
            (
                "好的，付款打我卡上吧，<<card.c:spaced>>，户名<<per.s>>，我微博<<url.u:weibo@s>>可以看交易记录。",
                "我再想想。",
            ),
        ],
    ),
    # rider_onboarding
    T(
        "h9-zh-rider_onboarding-01",
        "zh",
        "rider_onboarding",
        "站长要一份新骑手的档案摘要，帮我根据入驻资料写一下。",
        "骑手入驻资料\n姓名：<<per.p>>　身份证：<<cnid.c>>\n健康证编号：[[number]]　电动车牌：<<plate.v>>\n"
        "工资卡：<<card.c:unionpay>>\n紧急联系人：<<per.e>>（母亲）　<<tel.e:cn_dash>>\n工装已寄出：[[tracking_number]]",
        "新骑手档案：<<per.p>>，身份证<<cnid.c>>，电动车<<plate.v>>，健康证已上传。工资发放到卡<<card.c:plain>>。"
        "紧急联系人<<per.e>>，电话<<tel.e:cn_plain>>。",
    ),
    T(
        "h9-zh-rider_onboarding-02",
        "zh",
        "rider_onboarding",
        "这位网约车司机的双证审核能不能过？写一条审核意见。",
        "司机：<<per.p>>　手机：<<tel.t:cn_intl2>>\n驾驶证号：<<dl.d>>　初次领证日期：2019-06-12\n"
        "车辆：<<plate.v>>　[[product|丰田卡罗拉双擎]]　车辆所有人：<<per.o>>\n平台服务协议版本：[[version]]",
        "审核意见：司机<<per.p>>驾驶证<<dl.d>>驾龄已满3年，符合要求；车辆<<plate.v>>登记所有人为<<per.o>>，"
        "不是司机本人，需要补充车辆所有人授权书。补齐后通知司机（<<tel.t:cn_plain>>）。",
        annotators=["lbl9:<<per.rv:user>>", "<<email.rv2>>"],
    ),
    # farm_subsidy_application
    T(
        "h9-zh-farm_subsidy_application-01",
        "zh",
        "farm_subsidy_application",
        "村里要公示耕地地力保护补贴名单，帮我根据申请表做一行公示内容，再说明哪些信息不能公示。",
        "耕地地力保护补贴申请表\n户主：<<per.p>>　身份证：<<cnid.c>>\n地址：<<addr.a:village>>\n"
        "作物：[[common_word|冬小麦]]　承包面积：8.6亩　惠农一卡通：<<card.c:unionpay>>\n联系电话：<<tel.t:cn_plain>>",
        "公示内容：户主<<per.p>>，<<addr.a:village>>，补贴面积8.6亩。\n不能公示：身份证号<<cnid.c>>、一卡通卡号<<card.c:plain>>、"
        "联系电话<<tel.t:cn_dash>>，这些只在乡镇核对表里保留。",
    ),
    T(
        "h9-zh-farm_subsidy_application-02",
        "zh",
        "farm_subsidy_application",
        "农机站说我的购置补贴材料不全，帮我看看还缺什么。",
        "农机购置补贴申请\n购机者：<<per.p>>　身份证：<<cnid.c:spaced>>\n机具：[[product|雷沃M1004拖拉机]]　"
        "经销商：[[organisation|雷沃重工]]\n拖拉机号牌：<<plate.v>>　驾驶证号：<<dl.d>>\n发票金额：[[money]]",
        "对照清单：购机者<<per.p>>的身份证（<<cnid.c>>）、拖拉机号牌<<plate.v>>、驾驶证<<dl.d>>都有了。"
        "还缺：1）购机发票原件；2）机具铭牌照片；3）人机合影。补齐后交给农机站<<per.z>>。",
        history=[("<<per.z>>，我的补贴材料交了吗？", "交了，但不全，你把申请表发我看看。")],
    ),
    # social_insurance_transfer
    T(
        "h9-zh-social_insurance_transfer-01",
        "zh",
        "social_insurance_transfer",
        "我要把养老保险从外地转回来，帮我根据这张表列一个办理步骤清单。",
        "基本养老保险关系转移接续申请表\n姓名：<<per.p>>　身份证：<<cnid.c>>　出生日期：<<dob.d:dot>>\n"
        "联系地址：<<addr.a:post>>　联系电话：<<tel.t:cn_land>>\n社保卡卡号：<<card.c:unionpay>>",
        "办理步骤：\n1. 本人<<per.p>>（身份证<<cnid.c>>，出生<<dob.d:cn>>）在新参保地社保经办机构提交申请；\n"
        "2. 新参保地向原参保地发联系函，约15个工作日；\n3. 资金转入后，社保卡<<card.c:spaced>>可查询缴费年限；\n"
        "4. 进度会寄到<<addr.a:post>>或电话<<tel.t:cn_land>>通知。",
    ),
    T(
        "h9-zh-social_insurance_transfer-02",
        "zh",
        "social_insurance_transfer",
        "我们的美籍员工要办中美社保协定的免缴手续，帮我准备一个材料清单发给他。",
        "员工：<<per_en.p>>　护照：<<pass.p:us>>　SSN：<<ssn.s:dash>>\n"
        "已缴社保退费账户：<<iban.i:nl>>\nHR联系人：<<per.hr>>　<<email.hr@hr>>",
        "<<per_en.p>>，您好：办理免缴需要：1）美国社保局出具的参保证明（Certificate of Coverage，申请时填SSN <<ssn.s:plain>>）；"
        "2）护照<<pass.p>>首页复印件；3）劳动合同。已缴部分退费将打到<<iban.i>>。材料发给HR <<per.hr>>（<<email.hr@hr>>）。",
    ),
    # credit_report
    T(
        "h9-zh-credit_report-01",
        "zh",
        "credit_report",
        "帮我解读这份征信报告，看看有没有不是我的手机号或地址。",
        "个人信用报告（本人查询版）\n被查询者姓名：<<per.p>>　证件号码：<<cnid.c>>\n"
        "手机号码信息：\n1　<<tel.t1:cn_plain>>　信息更新日期 2026.03.02\n2　<<tel.t2:cn_plain>>　信息更新日期 2021.07.19\n"
        "居住信息：\n1　<<addr.a1:road_bld>>\n2　<<addr.a2:comm>>\n信用卡账户：[[organisation|招商银行]]　<<card.c:plain>>",
        "报告显示你（<<per.p>>，证件<<cnid.c>>）有两个手机号：<<tel.t1:cn_dash>>（2026年更新）和<<tel.t2:cn_dash>>（2021年）；"
        "两条居住地址：<<addr.a1:road_bld>>和<<addr.a2:comm>>。如果其中某条不是你的，可以向征信中心提出异议。"
        "信用卡<<card.c:spaced>>是招商银行发的。",
    ),
    T(
        "h9-zh-credit_report-02",
        "zh",
        "credit_report",
        "我是留学生，这是我的Experian信用报告片段，帮我看看里面的地址和SSN对不对。",
        "PERSONAL INFORMATION\nName: <<per.p:pinyin>>\nSocial Security number: <<ssn.s:dash>>\n"
        "Year of birth / Date of birth: <<dob.d:iso>>\nAddress: <<addr_us.a:full_unit>>\nReported since 2024",
        "报告里的姓名是<<per.p:pinyin>>，SSN <<ssn.s:dash>>，出生日期<<dob.d:iso>>（即<<dob.d:cn>>），"
        "地址<<addr_us.a:full_unit>>。请对照你的社保卡和租房合同，如有不符可以在Experian网站发起dispute。",
    ),
    # small_claims_filing
    T(
        "h9-zh-small_claims_filing-01",
        "zh",
        "small_claims_filing",
        "帮我检查这份小额诉讼起诉状的格式和信息是否完整。",
        "民事起诉状（小额诉讼）\n原告：<<per.p>>，女，<<dob.d:cn>>出生，身份证号<<cnid.c>>，住<<addr.a:yuan>>，电话<<tel.t:cn_plain>>\n"
        "被告：<<per.d>>，身份证号<<cnid.d:x>>，微信号<<wx.w@d>>\n诉讼请求：判令被告返还借款 [[money]] 及利息",
        "格式基本正确。建议：1）被告<<per.d>>（身份证<<cnid.d>>）的住址缺失，至少要写户籍地；"
        "2）原告<<per.p>>的出生日期<<dob.d:cn_pad>>和身份证<<cnid.c>>要一致；3）微信号<<wx.w@d>>的聊天记录作为证据附后。"
        "原告住址<<addr.a:yuan>>、电话<<tel.t:cn_plain>>没问题。",
    ),
    T(
        "h9-zh-small_claims_filing-02",
        "zh",
        "small_claims_filing",
        "帮我把这些证据整理成一份证据清单（编号、名称、证明内容）。",
        "1. 微信转账记录，收款人微信<<wx.w:wxid>>\n2. 银行转账回单，收款卡号<<card.c:dashed>>，户名<<per.d>>\n"
        "3. QQ聊天记录，对方QQ <<qq.q>>，承认借款\n4. 事故照片，对方车牌<<plate.v>>，驾驶证号<<dl.d>>",
        "证据清单：\n证据一：微信转账记录（收款方<<wx.w:wxid>>），证明原告已交付借款；\n"
        "证据二：银行转账回单（卡号<<card.c:plain>>，户名<<per.d>>），证明第二笔借款；\n"
        "证据三：QQ聊天记录（QQ <<qq.q>>），证明被告承认借款；\n证据四：事故照片（车牌<<plate.v>>、驾驶证<<dl.d>>），证明被告身份。",
    ),
    # offboarding_checklist
    T(
        "h9-zh-offboarding_checklist-01",
        "zh",
        "offboarding_checklist",
        "帮我根据离职交接清单给IT写一个待办列表。",
        "离职交接清单\n员工：<<per.p>>　工号：[[employee_id|E20417]]\n公司邮箱：<<email.e@p>>　手机：<<tel.t:cn_plain>>\n"
        "笔记本：[[product|ThinkPad X1 Carbon]]　无线MAC <<mac.m:colon>>\nGitHub：<<url.u:github@p>>\n"
        "工资卡：<<card.c>>（最后一个月工资）\n电脑寄回快递：[[tracking_number]]",
        "IT待办：\n- 停用邮箱<<email.e@p>>，设置自动回复\n- 从GitHub组织中移除<<url.u@p>>\n"
        "- 回收笔记本，MAC <<mac.m:dash>> 从准入白名单删除\n- 解绑MFA手机<<tel.t:cn_dash>>\n"
        "财务：最后一个月工资仍打到<<card.c>>，员工<<per.p>>。",
    ),
    T(
        "h9-zh-offboarding_checklist-02",
        "zh",
        "offboarding_checklist",
        "飞书离职审批里写了交接人和档案邮寄信息，帮我生成一封交接邮件。",
        "审批单：离职申请\n申请人：<<per.p>>　手机：<<tel.t:cn_dash>>\n工作交接人：<<per.h>>\n"
        "离职证明发送至个人邮箱：<<email.pe:qq>>\n档案邮寄地址：<<addr.a:road>>\n审批状态：已通过（[[timestamp]]）",
        "各位好：\n<<per.p>>的工作已交接给<<per.h>>，之后相关事宜请联系<<per.h>>。离职证明将发到<<email.pe>>，"
        "人事档案寄往<<addr.a:road>>，寄出后短信通知<<tel.t:cn_plain>>。",
    ),
    # citizen_hotline_ticket
    T(
        "h9-zh-citizen_hotline_ticket-01",
        "zh",
        "citizen_hotline_ticket",
        "帮我根据这张12345工单写一份给来电人的答复。",
        "[[service_number|12345]]市民服务热线工单\n来电号码：<<tel.t:cn_plain>>　来电人：<<per.p>>\n"
        "反映内容：<<addr.a:comm>>楼下烧烤店夜间噪音扰民，持续两周\n诉求：要求回电，回电号码<<tel.t:cn_dash>>\n"
        "承办单位：街道综合执法队　工单号：[[order_number]]",
        "<<per.p>>您好：您反映的<<addr.a:comm>>楼下烧烤店夜间噪音问题，街道综合执法队已于昨晚到场，责令商户晚上十点后停止室外经营，"
        "后续会不定期复查。如仍有问题可再次来电，我们也会电话（<<tel.t:cn_plain>>）回访。",
    ),
    T(
        "h9-zh-citizen_hotline_ticket-02",
        "zh",
        "citizen_hotline_ticket",
        "帮我根据这段对话填一张违停举报工单。",
        "",
        "违停举报工单\n举报人：<<per.p>>　微信：<<wx.w@p>>\n违停车辆：<<plate.v>>\n地点：<<addr.a:road>>门口消防通道\n"
        "车主：<<per.o>>　挪车电话：<<tel.o:cn_space>>（未接通）\n处理：转交警处理（[[service_number|122]]）",
        history=[
            ("有辆车<<plate.v>>一直停在<<addr.a:road>>门口的消防通道。", "请问怎么称呼？方便留个联系方式吗？"),
            (
                "我叫<<per.p>>，微信<<wx.w@p>>。车上挪车电话<<tel.o:cn_space>>打不通，物业说车主是<<per.o>>。",
                "好的，已记录。",
            ),
        ],
    ),
    # approval_workflow
    T(
        "h9-zh-approval_workflow-01",
        "zh",
        "approval_workflow",
        "帮我把这条钉钉出差审批整理成给行政订票的需求。",
        "审批：出差申请（境外）\n申请人：<<per.p>>　同行人：<<per.q>>\n目的地：新加坡　日期：12月15日-18日\n"
        "申请人护照：<<pass.p>>　英文名：<<per.p:pinyin_fl>>\n借款 [[money]] 打至：<<card.c:unionpay>>\n审批人：<<per.m>>（已同意）",
        "行政同事好：请为<<per.p>>（护照<<pass.p>>，英文名<<per.p:pinyin_fl>>）和<<per.q>>预订12月15日去新加坡、"
        "18日返回的机票和酒店，<<per.m>>已审批。出差借款请打到<<card.c:spaced>>。",
    ),
    T(
        "h9-zh-approval_workflow-02",
        "zh",
        "approval_workflow",
        "企业微信里有一条合同付款审批，帮我写一段审批意见，说明还需要核对什么。",
        "合同付款审批\n对方：<<per_en.v>>（个人顾问）　护照：<<pass.v:uk>>\n收款账户：<<iban.i:gb>>\n"
        "个人主页：<<url.u:linkedin@v>>\n经办人：<<per.p>>　<<email.e@p>>\n金额：[[money]]",
        "审批意见：同意付款，但请经办人<<per.p>>核对：1）收款账户<<iban.i>>的户名是否为<<per_en.v>>本人；"
        "2）护照<<pass.v>>复印件是否在有效期内；3）顾问资质可参考<<url.u@v>>。核对结果回复到<<email.e@p>>。",
    ),
]

# ----------------------------------------------------------------------------- en

EN = [
    # ansible_inventory
    T(
        "h9-en-ansible_inventory-01",
        "en",
        "ansible_inventory",
        "Explain which front-desk PCs belong to whom and draft a Slack message asking both users to leave them on "
        "tonight for patching.",
        "all:\n  children:\n    frontdesk:\n      hosts:\n        fd-01:\n          ansible_host: <<ip.a:private>>\n"
        '          mac: "<<mac.a:colon>>"\n          assigned_to: <<per.a:lower_dot>>   # <<per.a>>, reception\n'
        '        fd-02:\n          ansible_host: <<ip.b:private>>\n          mac: "<<mac.b:cisco>>"\n'
        "          assigned_to: <<per.b:lower_dot>>   # <<per.b>>, billing\n"
        "  vars:\n    ansible_user: <<per.op:user>>\n    smtp_alert_to: <<email.op@op>>\n"
        "    kb_patch: [[code_identifier|KB5044284]]",
        "fd-01 (<<ip.a>>, MAC <<mac.a:dash>>) is <<per.a>>'s; fd-02 (<<ip.b>>, MAC <<mac.b:colon>>) is <<per.b>>'s.\n\n"
        "Slack: \"Hi <<per.a:given>> and <<per.b:given>>, please leave your front-desk PCs switched on tonight; we're "
        'patching them after 8 pm. Questions to <<email.op@op>>. Thanks!"',
    ),
    T(
        "h9-en-ansible_inventory-02",
        "en",
        "ansible_inventory",
        "Our Shenzhen contractor set up these render nodes. Write a short handover note on how to reach the owner "
        "of each box.",
        "[render_farm]\nrn-sz-01 ansible_host=<<ip.r1>> owner=<<per_cn.o:pinyin>> owner_wechat=<<wx.w@o>> "
        "bmc_mac=<<mac.m:colon_lower>>\nrn-sz-02 ansible_host=<<ip.r2>> owner=<<per_cn.o:pinyin>> owner_qq=<<qq.q>>\n\n"
        "[render_farm:vars]\nowner_phone='<<tel.o:cn_intl>>'\nblender_version=[[version]]",
        "Handover: both nodes (rn-sz-01 at <<ip.r1>>, rn-sz-02 at <<ip.r2>>) are run by <<per_cn.o:pinyin>> "
        "(<<per_cn.o>>). Fastest is WeChat <<wx.w@o>>; QQ <<qq.q>> also works; phone <<tel.o:cn_0086>> for "
        "emergencies (China time). The BMC of rn-sz-01 answers on MAC <<mac.m:colon>>.",
        history=[
            (
                "Who do I ping when the Shenzhen render nodes go down?",
                "Their owner is in the inventory file; paste it and I'll write a note.",
            )
        ],
    ),
    # vpn_session_log
    T(
        "h9-en-vpn_session_log-01",
        "en",
        "vpn_session_log",
        "From this OpenVPN status file, who is connected and from where? Two lines per user, please.",
        "OpenVPN CLIENT LIST\nUpdated,[[timestamp]]\nCommon Name,Real Address,Bytes Received,Bytes Sent,Connected Since\n"
        "<<per.a:lower_dot>>,<<ip.ra:public>>:51234,[[number]],88213,2026-12-01 07:58:41\n"
        "<<per.b:user>>,<<ip.rb:public>>:40112,77120,120044,2026-12-01 08:31:09\n"
        "ROUTING TABLE\nVirtual Address,Common Name,Real Address,Last Ref\n"
        "<<ip.va:private>>,<<per.a:lower_dot>>,<<ip.ra:public>>:51234,2026-12-01 09:14:02\n"
        "<<ip.vb:private>>,<<per.b:user>>,<<ip.rb:public>>:40112,2026-12-01 09:13:55",
        "<<per.a>> (<<per.a:lower_dot>>): tunnel <<ip.va>>, connecting from <<ip.ra>> since 07:58.\n"
        "<<per.b>> (<<per.b:user>>): tunnel <<ip.vb>>, connecting from <<ip.rb>> since 08:31.",
        system="Certificate CNs map to staff: <<per.a:lower_dot>> is <<per.a>>, <<per.b:user>> is <<per.b>>.",
    ),
    T(
        "h9-en-vpn_session_log-02",
        "en",
        "vpn_session_log",
        "Write a short incident note from these ASA AnyConnect lines: who connected, from where, and what the posture "
        "check saw.",
        "%ASA-6-722051: Group <RemoteStaff> User <<<per.u:user>>> IP <<<ip.p:public>>> IPv4 Address <<<ip.v:private>>> "
        "assigned to session\n%ASA-7-734003: DAP: User <<per.u:user>>, Addr <<ip.p:public>>: Session Attribute "
        'endpoint.anyconnect.macaddress["<<mac.m:dash>>"] = true\n'
        "%ASA-4-113019: Group = RemoteStaff, Username = <<per.u:user>>, Session disconnected. Reason: Idle Timeout\n"
        "Duo: push sent to <<tel.t:us_dash>>, approved",
        "Incident note: <<per.u>> (<<per.u:user>>) connected from <<ip.p>> and was given <<ip.v>>. The endpoint "
        "reported MAC <<mac.m:colon>>. MFA push went to <<tel.t:us_paren>> and was approved; the session later ended "
        "on idle timeout. Nothing suspicious beyond the unusual source address.",
    ),
    # har_capture
    T(
        "h9-en-har_capture-01",
        "en",
        "har_capture",
        "The benefits portal keeps rejecting my form. I exported a HAR; what's wrong with the request?",
        '{"request": {"method": "POST", "url": "https://benefits.example.gov/api/v2/applicant",\n'
        ' "postData": {"mimeType": "application/json", "text": "{\\"firstName\\": \\"<<per.p:given>>\\", '
        '\\"lastName\\": \\"<<per.p:family>>\\", \\"ssn\\": \\"<<ssn.s:dash>>\\", \\"dateOfBirth\\": '
        '\\"<<dob.d:iso>>\\", \\"phone\\": \\"<<tel.t:us_plain>>\\"}"}},\n'
        ' "response": {"status": 422, "content": {"text": "{\\"field\\": \\"dateOfBirth\\", '
        '\\"error\\": \\"expected MM/DD/YYYY\\"}"}}}',
        "Hi <<per.p>>, the form sent dateOfBirth as <<dob.d:iso>>, but the API expects <<dob.d:us_pad>>. Everything "
        "else validated. One caution: the HAR also holds your full SSN (<<ssn.s:dash>>) and phone <<tel.t:us_dash>>, "
        "so don't attach it to a support ticket as is.",
    ),
    T(
        "h9-en-har_capture-02",
        "en",
        "har_capture",
        "QA exported this HAR from our cross-border checkout. List the personal fields the order-detail endpoint "
        "returns so we can trim the response.",
        "GET /api/order/[[order_number]]  X-Real-IP: <<ip.i>>\n"
        '{"receiverName": "<<per_cn.r>>", "receiverPinyin": "<<per_cn.r:pinyin_fl>>", "idCardNo": "<<cnid.c>>",\n'
        ' "mobile": "<<tel.r:cn_plain>>", "address": "<<addr_cn.a:road_bld>>", "wechat": "<<wx.w@r>>",\n'
        ' "customsDeclared": true, "total": "[[money]]"}',
        "Personal fields returned: receiver name <<per_cn.r>> (also as <<per_cn.r:pinyin_fl>>), Chinese ID number "
        "<<cnid.c>> (needed for customs, but only server-side), mobile <<tel.r:cn_plain>>, full address "
        "<<addr_cn.a:road_bld>>, WeChat <<wx.w@r>>. The client IP <<ip.i>> is in a header only.",
    ),
    # sentry_event
    T(
        "h9-en-sentry_event-01",
        "en",
        "sentry_event",
        "Turn this Sentry event into a GitHub issue. Keep the personal data out of the issue, but tell me which user "
        "it was so I can email them.",
        '{"level": "error", "exception": {"values": [{"type": "KeyError", "value": "\'routing_number\'"}]},\n'
        ' "user": {"email": "<<email.e@u>>", "ip_address": "<<ip.i:v6>>", "username": "<<per.u:user>>"},\n'
        ' "request": {"data": {"account_holder": "<<per.u>>", "iban": "<<iban.i>>", "card": "<<card.c:plain>>"}},\n'
        ' "release": "payouts@[[version]]", "tags": {"handler": "[[code_identifier|PayoutForm.clean()]]"}}',
        "Issue: KeyError 'routing_number' in PayoutForm.clean() when the payout method is IBAN; the form assumes a US "
        "account.\n\nAffected user (not for the issue): <<per.u>> (<<per.u:user>>, <<email.e@u>>, from "
        "<<ip.i>>). They entered IBAN <<iban.i>> and card <<card.c:spaced>>.",
    ),
    T(
        "h9-en-sentry_event-02",
        "en",
        "sentry_event",
        "Give me repro steps for this intake-form error from the breadcrumbs.",
        "breadcrumbs:\n  ui.input  #phone        <<tel.t:us_paren>>\n  navigation /patients/<<mrn.m:mrn>>/intake\n"
        "  ui.input  #dl_number    <<dl.d:ca>>\n  xhr       POST /api/intake -> 400\nextra:\n  dob: <<dob.d:us>>\n"
        "user:\n  email: <<email.e@p>>\ntags:\n  browser: [[product|Safari 18.1]]",
        "1. Open the intake page for patient <<mrn.m>>.\n2. Enter phone <<tel.t:us_dash>> and DOB <<dob.d:us>>.\n"
        "3. Enter a California licence number such as <<dl.d>>.\n4. Submit: the API returns 400. The user was "
        "<<email.e@p>>; the DL field regex rejects the leading letter.",
        system="You help the on-call frontend engineer, <<per.oc>>, triage Sentry issues.",
    ),
    # x509_certificate
    T(
        "h9-en-x509_certificate-01",
        "en",
        "x509_certificate",
        "The internal CA rejected this CSR, saying the email doesn't match the directory entry for "
        "<<per.p:lower_dot>>. What's wrong?",
        "Certificate Request:\n    Data:\n        Version: 1 (0x0)\n        Subject: C = US, ST = Ohio, O = Example Health, "
        "CN = <<per.p>>, emailAddress = <<email.x:upper@p>>\n        Requested Extensions:\n"
        "            X509v3 Subject Alternative Name:\n                IP Address:<<ip.i>>\n"
        "    Signature Algorithm: [[code_identifier|ecdsa-with-SHA256]]",
        "The CSR's emailAddress is <<email.x:upper@p>>, while the directory has <<email.d@p>> for <<per.p>>. The CA "
        "compares them literally, so regenerate the CSR with emailAddress = <<email.d@p>>. Also drop the IP SAN "
        "(<<ip.i>>): client certificates here shouldn't name an address.",
        history=[("My directory email is <<email.d@p>>, if that helps.", "It does; paste the CSR text.")],
    ),
    T(
        "h9-en-x509_certificate-02",
        "en",
        "x509_certificate",
        "Explain this 802.1X machine certificate to the helpdesk and say who to call if the laptop stops joining Wi-Fi.",
        "Subject: CN = <<mac.m:cisco>>, OU = [[common_word|Laptops]], O = Example Corp\nX509v3 Subject Alternative Name:\n"
        "    email:<<email.e@o>>, othername: UPN::<<per.o:lower_dot>>@corp.example\n"
        "Not After : Mar 14 12:00:00 2027 GMT\n# ticket note: owner <<per.o>>, mobile <<tel.t:us_dot>>",
        "The certificate identifies the laptop by its Wi-Fi MAC (<<mac.m:colon>>) and binds it to <<per.o>>'s account "
        "(<<email.e@o>>). It is valid until March 2027. If the laptop fails to join Wi-Fi, call <<per.o>> on "
        "<<tel.t:us_dash>> before re-enrolling the device.",
    ),
    # postman_collection
    T(
        "h9-en-postman_collection-01",
        "en",
        "postman_collection",
        "We're publishing this Postman example for our KYC API. Replace the sample data with fake values and tell me "
        "what was real.",
        '{"name": "KYC - create applicant (happy path)", "request": {"method": "POST", "url": "{{host}}/v1/applicants",\n'
        ' "body": {"mode": "raw", "raw": "{\\"first_name\\": \\"<<per.p:given>>\\", \\"last_name\\": '
        '\\"<<per.p:family>>\\", \\"ssn\\": \\"<<ssn.s:plain>>\\", \\"dob\\": \\"<<dob.d:iso>>\\", '
        '\\"address\\": \\"<<addr_us.a:line>>\\", \\"drivers_license\\": \\"<<dl.d:ny>>\\"}"}}}',
        "The example used a real-looking applicant: <<per.p>>, SSN <<ssn.s:dash>>, born <<dob.d:long>>, living at "
        "<<addr_us.a:line>>, NY licence <<dl.d>>. Replace them with obviously fake values (a 000-prefixed SSN is "
        "rejected by the API, so use the sandbox's documented test applicant instead).",
    ),
    T(
        "h9-en-postman_collection-02",
        "en",
        "postman_collection",
        "Document each variable in this Postman environment for our China payments partner, and flag the sensitive "
        "ones.",
        '{"name": "cn-partner-sandbox", "values": [\n  {"key": "test_payer_idcard", "value": "<<cnid.c:x>>"},\n'
        '  {"key": "test_payer_qq", "value": "<<qq.q>>"},\n  {"key": "test_payer_wechat", "value": "<<wx.w:wxid>>"},\n'
        '  {"key": "sandbox_card", "value": "<<card.c:unionpay>>"},\n'
        '  {"key": "partner_contact", "value": "<<per_cn.p>> <<tel.p:cn_intl>>"},\n  {"key": "api_version", "value": "[[version]]"}]}',
        "- test_payer_idcard: a Chinese resident ID (<<cnid.c>>), sensitive\n- test_payer_qq: QQ number <<qq.q>>, sensitive\n"
        "- test_payer_wechat: WeChat id <<wx.w:wxid>>, sensitive\n- sandbox_card: UnionPay card <<card.c:spaced>>, sensitive "
        "unless the partner confirms it is a test card\n- partner_contact: <<per_cn.p>>, <<tel.p:cn_plain>>\n- api_version: not sensitive",
    ),
    # hl7_message
    T(
        "h9-en-hl7_message-01",
        "en",
        "hl7_message",
        "Convert this HL7 ADT^A04 into a readable registration summary for the front desk.",
        "MSH|^~\\&|REG|MERCYW|EHR|MERCYW|20261202101500||ADT^A04|A04-77812|P|2.5.1\n"
        "PID|1||<<mrn.m:digits>>^^^MRN^MR||<<per.p:family>>^<<per.p:given>>^^^^^L||<<dob.d:compact>>|U|||"
        "<<addr_us.a:line>>^^^^||<<tel.t:us_paren>>|||||<<ssn.s:plain>>|<<dl.d:tx>>^TX\n"
        "NK1|1|<<per.k:family>>^<<per.k:given>>|SPO||<<tel.k:us_dash>>\nPV1|1|O|CLINIC^^^[[organisation|Mercy West]]",
        "Registered outpatient: <<per.p>>, born <<dob.d:long>>, MRN <<mrn.m>>. Address <<addr_us.a:line>>, "
        "phone <<tel.t:us_dash>>. SSN <<ssn.s:dash>> and Texas licence <<dl.d>> are on file. Spouse and emergency "
        "contact: <<per.k>>, <<tel.k:us_dash>>.",
    ),
    T(
        "h9-en-hl7_message-02",
        "en",
        "hl7_message",
        "Draft a short result notification the interpreter can read to this patient.",
        "PID|1||<<mrn.m:alpha>>^^^HOSP^MR~<<pass.p:cn_e>>^^^CHN^PPN||<<per_cn.p:pinyin_fl>>||<<dob.d:compact>>|M|||||"
        "<<tel.t:cn_intl>>\nNTE|1||Prefers contact via WeChat <<wx.w@p>>; Mandarin interpreter requested\n"
        "OBX|1|NM|2345-7^Glucose||[[number]]|mg/dL|70-99|H|||F",
        "Hello <<per_cn.p:pinyin>>, this is about your blood test at our hospital (record <<mrn.m>>). Your glucose was "
        "a little above the normal range. The doctor would like to see you again; we will send the appointment "
        "by WeChat to <<wx.w@p>> or call <<tel.t:cn_0086>>. Please bring your passport <<pass.p>>.",
    ),
    # dicom_header
    T(
        "h9-en-dicom_header-01",
        "en",
        "dicom_header",
        "Before we send this MRI to the research PACS, list every tag here that identifies the patient, with its "
        "current value.",
        "(0008,0090) PN [<<per.r:family>>^<<per.r:given>>^^Dr]     # ReferringPhysicianName\n"
        "(0010,0010) PN [<<per.p:family>>^<<per.p:given>>]         # PatientName\n"
        "(0010,0020) LO [<<mrn.m:mrn>>]                            # PatientID\n"
        "(0010,0030) DA [<<dob.d:compact>>]                        # PatientBirthDate\n"
        "(0010,1000) LO [<<ssn.s:plain>>]                          # OtherPatientIDs\n"
        "(0018,1020) LO [[[version|syngo MR XA30]]]                # SoftwareVersions",
        "Identifying tags:\n- PatientName: <<per.p>>\n- PatientID: <<mrn.m>>\n- PatientBirthDate: <<dob.d:compact>>\n"
        "- OtherPatientIDs: an SSN, <<ssn.s:dash>>, which should never have been in DICOM\n"
        "- ReferringPhysicianName: Dr <<per.r>> (not the patient, but still personal)\nSoftwareVersions can stay.",
    ),
    T(
        "h9-en-dicom_header-02",
        "en",
        "dicom_header",
        "My anonymiser left these tags in. Which ones still identify the patient, and what should the script blank?",
        ">>> ds\n(0010,0010) Patient's Name                      PN: '<<per.p:family>>^<<per.p:given>>'\n"
        "(0010,0020) Patient ID                          LO: '<<mrn.m:alpha>>'\n"
        "(0010,0030) Patient's Birth Date                DA: '<<dob.d:compact>>'\n"
        "(0010,1040) Patient's Address                   LO: '<<addr_uk.a:line>>'\n"
        "(0010,2154) Patient's Telephone Numbers         SH: '<<tel.t:uk_mobile>>'\n"
        "(0028,0010) Rows                                US: [[number]]",
        "All five patient tags still identify <<per.p>>: the name, hospital number <<mrn.m>>, birth date <<dob.d:compact>>, "
        "address <<addr_uk.a:line>> and phone <<tel.t:uk_intl>>. Blank (0010,0010), (0010,0020), (0010,1040) and "
        "(0010,2154), and shift the birth date to a year only. Rows is image geometry; leave it.",
    ),
    # optometry_record
    T(
        "h9-en-optometry_record-01",
        "en",
        "optometry_record",
        "Explain this glasses prescription in plain English and tell me whether I can order contacts with it.",
        "EYEGLASS PRESCRIPTION\nPatient: <<per.p>>    DOB: <<dob.d:us>>    Chart #: <<mrn.m:digits>>\n"
        "        SPH     CYL     AXIS   ADD\nOD    -1.75   -0.50   090    +1.25\nOS    -1.50    DS            +1.25\n"
        "Subscriber SSN (vision plan): <<ssn.s:dash>>\nDr. <<per.od>>, OD    Exam date: 11/18/2026",
        "<<per.p>>, you are mildly nearsighted in both eyes (about -1.75 right, -1.50 left), with a little astigmatism "
        "in the right eye and a reading add of +1.25. A glasses prescription can't be used to order contacts; ask "
        "Dr. <<per.od:family>>'s office for a contact-lens fitting and quote chart <<mrn.m>>. Also, the vision plan "
        "printed your full SSN (<<ssn.s:dash>>) on this form, so shred old copies.",
    ),
    T(
        "h9-en-optometry_record-02",
        "en",
        "optometry_record",
        "It's <<addr_uk.a:flat>>, and text me on <<tel.t:uk_mobile>> when it ships.",
        "",
        "Done: a 3-month supply of your usual daily lenses is ordered for <<per.p>> (patient no. <<mrn.m>>) and will go "
        "to <<addr_uk.a:flat>>. We'll text <<tel.t:uk_intl>> with the tracking number ([[tracking_number]]).",
        system="You are the order assistant for a high-street optician. The customer is <<per.p>>.",
        history=[
            (
                "Hi, reordering my contact lenses, patient no. <<mrn.m:alpha>>.",
                "Thanks! Can you confirm your date of birth?",
            ),
            ("<<dob.d:long_eu>>", "That matches. Same lenses as last time? And where should we deliver?"),
        ],
    ),
    # fax_cover_sheet
    T(
        "h9-en-fax_cover_sheet-01",
        "en",
        "fax_cover_sheet",
        "Proofread this fax cover sheet and fix anything that shouldn't be on a cover page.",
        "FAX\nTO: <<per.to>>        FAX: <<tel.f:us_paren>>\nFROM: <<per.fr>>      PHONE: <<tel.fr:us_dash>>\n"
        "RE: <<per.c:upper>> v. [[organisation|State Farm]], claim [[order_number]]\n"
        "PAGES: 6 incl. cover\nNOTES: Client SSN <<ssn.s>> and DOB <<dob.d:us_pad>> on pp. 3-4.\n"
        "CONFIDENTIALITY NOTICE: This facsimile may contain privileged information.",
        "Remove the notes line: a cover sheet is seen by whoever picks up the fax, so the SSN <<ssn.s>> and date of "
        "birth don't belong there. Corrected:\nTO: <<per.to>>  FAX: <<tel.f:us_paren>>\nFROM: <<per.fr>>  PHONE: <<tel.fr:us_dash>>\n"
        "RE: <<per.c>> v. State Farm\nPAGES: 6 including cover",
    ),
    T(
        "h9-en-fax_cover_sheet-02",
        "en",
        "fax_cover_sheet",
        "Fill in this prior-authorization fax cover from the chart note below.",
        "Chart note: <<per.p>>, DOB <<dob.d:short_month>>, MRN <<mrn.m:dash>>. Start [[product|Ozempic]] 0.25 mg weekly. "
        "Prescriber Dr. <<per.d>>, office <<tel.t:us_dot>>, fax back to <<tel.f:us_intl2>>.\n\n"
        "COVER TEMPLATE: Patient __ / DOB __ / MRN __ / Drug __ / Prescriber __ / Call-back __ / Return fax __",
        "Patient: <<per.p>> / DOB: <<dob.d:short_month>> / MRN: <<mrn.m>> / Drug: Ozempic 0.25 mg weekly / "
        "Prescriber: Dr. <<per.d>> / Call-back: <<tel.t:us_dot>> / Return fax: <<tel.f:us_intl2>>",
    ),
]
EN += [
    # funeral_arrangement
    T(
        "h9-en-funeral_arrangement-01",
        "en",
        "funeral_arrangement",
        "From these arrangement-conference notes, fill in the death certificate worksheet fields we still need.",
        "Arrangement conference, [[timestamp]]\nDecedent: <<per.d>>   DOB: <<dob.d:long>>   SSN: <<ssn.s:dash>>\n"
        "Informant: <<per.i>> (daughter), cell <<tel.i>>\nInformant address:\n<<addr_us.a:multiline>>\n"
        'Death reported via a [[service_number|911]] call at home. Service: graveside, hymn "[[common_word|Amazing Grace]]"; casket deposit [[money]]',
        "Worksheet: Decedent <<per.d>>; date of birth <<dob.d:us_pad>>; SSN <<ssn.s:dash>>; informant <<per.i>>, "
        "daughter, mailing address <<addr_us.a:full_unit>>, phone <<tel.i>>. Still needed: place of birth, "
        "father's and mother's names, usual occupation.",
    ),
    T(
        "h9-en-funeral_arrangement-02",
        "en",
        "funeral_arrangement",
        "Draft an email to the family in China listing what we need to repatriate the body.",
        "Case: <<per_cn.d:pinyin_fl>> (<<per_cn.d>>), passport <<pass.d:cn_e>>, Chinese ID <<cnid.d>>\n"
        "Next of kin: <<per_cn.k>> (son), <<tel.k:cn_0086>>, WeChat <<wx.k@k>>\nAirline: [[organisation|China Eastern]] cargo",
        "Dear <<per_cn.k>>,\nWe are sorry for your loss. To return <<per_cn.d>> to China we need: the original passport "
        "<<pass.d>>; a copy of the resident ID <<cnid.d>>; your own ID and proof of relationship; and the consulate's "
        "consent form, which we will send by WeChat (<<wx.k@k>>). We will call <<tel.k:cn_intl>> tomorrow.",
    ),
    # ship_crew_list
    T(
        "h9-en-ship_crew_list-01",
        "en",
        "ship_crew_list",
        "Sort this FAL Form 5 crew list by rank for the port agent and flag anything the agent shouldn't receive.",
        "Family name | Given names | Rank | Nat. | Date of birth | ID doc\n"
        "<<per.a:family>> | <<per.a:given>> | Chief Officer | GBR | <<dob.a:eu>> | <<pass.a:uk>>\n"
        "<<per_cn.b:pinyin_fl>> | | Master | CHN | <<dob.b:eu>> | <<pass.b:cn_g>>\n"
        "<<per.c:family>> | <<per.c:given>> | Cook | PHL | <<dob.c:eu>> | <<pass.c:us_new>>\n"
        "Allotment (<<per.a:family>>): <<iban.i:gb>>",
        "1. Master: <<per_cn.b:pinyin_fl>>, born <<dob.b:eu>>, passport <<pass.b>>\n2. Chief Officer: <<per.a>>, born "
        "<<dob.a:eu>>, passport <<pass.a>>\n3. Cook: <<per.c>>, born <<dob.c:eu>>, passport <<pass.c>>\n"
        "Don't send the allotment account (<<iban.i>>) to the agent.",
    ),
    T(
        "h9-en-ship_crew_list-02",
        "en",
        "ship_crew_list",
        "Reply to the ship agent with the visitor details they asked for, as one tidy block.",
        "",
        "Visitor request for AB <<per.c>>:\nVisitor: <<per_cn.w>> (wife)\nChinese ID: <<cnid.w:spaced>>\n"
        "Mobile: <<tel.w:cn_plain>>  WeChat: <<wx.w@w>>\nVehicle for port entry: <<plate.v:cn>>",
        history=[
            (
                "Agent asked for my wife's details for the port pass. She is <<per_cn.w>>, ID <<cnid.w>>, phone "
                "<<tel.w:cn_dash>>.",
                "Thanks. Do they also need a vehicle plate or a contact app?",
            ),
            ("Yes, she drives, plate <<plate.v:cn>>, and WeChat <<wx.w@w>> is best.", "Got it, I'll put it together."),
        ],
    ),
    # drone_registration
    T(
        "h9-en-drone_registration-01",
        "en",
        "drone_registration",
        "I moved. Based on my FAA registration email, what do I need to update and where?",
        "From: FAA DroneZone\nRegistrant: <<per.p>>\nAddress: <<addr_us.a:full_unit>>\nPhone: <<tel.t:us_paren>>\n"
        "Email: <<email.e@p>>\nRegistration number: FA3HKP7X9M (Part 107)\nExpires: 11/02/2029",
        "Log in to DroneZone as <<email.e@p>> and update the mailing address: the FAA needs a change within 14 days. "
        "The record still says <<addr_us.a:full_unit>> for <<per.p>>. Your registration number and phone "
        "(<<tel.t:us_paren>>) stay the same, and the number on the aircraft doesn't change.",
    ),
    T(
        "h9-en-drone_registration-02",
        "en",
        "drone_registration",
        "My drone flew away. Put together what the CAA and the manufacturer will ask for from these notes.",
        "CAA operator/flyer record: <<per.p>>, born <<dob.d:eu>>, <<addr_uk.a:line>>\n"
        "App log: controller MAC <<mac.m:colon>>, phone IP <<ip.i>>, firmware [[version]]\n"
        "Last telemetry [[timestamp]]: 62 m, battery 31%, RTH triggered",
        "For the CAA: operator and flyer <<per.p>> (DOB <<dob.d:eu>>, address <<addr_uk.a:line>>). For the "
        "manufacturer: controller MAC <<mac.m:dash>>, app IP <<ip.i>>, and the last telemetry line (62 m, 31%, return-to-home).",
    ),
    # ev_charger_install
    T(
        "h9-en-ev_charger_install-01",
        "en",
        "ev_charger_install",
        "Summarise this site survey for the grant claim.",
        "EV CHARGEPOINT SITE SURVEY\nCustomer: <<per.p>>\nAddress: <<addr_uk.a:flat>>\nVehicle reg: <<plate.v:uk>>\n"
        "Charger: [[product|Zappi v2.1]], Wi-Fi MAC <<mac.m:colon>>\nMobile: <<tel.t:uk_mobile>>\n"
        "Off-street parking: allocated bay, 14 m cable run\nUnit delivered: [[tracking_number]]",
        "Grant claim: <<per.p>>, <<addr_uk.a:flat>>, vehicle <<plate.v>>. Eligible: off-street allocated bay. "
        "Charger commissioned online (MAC <<mac.m:colon_lower>>). Customer contact <<tel.t:uk_intl>>.",
    ),
    T(
        "h9-en-ev_charger_install-02",
        "en",
        "ev_charger_install",
        "Fill in the utility rebate form from this account export and the chat with the installer.",
        "ChargePoint Home export\naccount_email,<<email.e@p>>\nowner,<<per.p>>\nvehicle_plate,<<plate.v:ca>>\n"
        "charger_ip,<<ip.i:private>>\ninstall_address,<<addr_us.a:full>>\nrebate_card,<<card.c:visa>>",
        "Rebate form: Name <<per.p>>; service address <<addr_us.a:full>>; EV plate <<plate.v>>; email <<email.e@p>>; "
        "prepaid rebate card <<card.c:spaced>>. Installer support reached via WeChat <<wx.s:wxid>> confirmed "
        "commissioning (charger at <<ip.i>>).",
        history=[
            ("The charger brand's support only answers on WeChat, id <<wx.s:wxid>>.", "Fine, I'll note it on the form.")
        ],
    ),
    # driving_school_enrollment
    T(
        "h9-en-driving_school_enrollment-01",
        "en",
        "driving_school_enrollment",
        "Write the enrolment confirmation email to the parent.",
        "DRIVER ED ENROLMENT\nStudent: <<per.s>>  DOB: <<dob.d:us_pad>>  Learner permit #: <<dl.d:ca>>\n"
        "Parent/guardian: <<per.g>>  Phone: <<tel.g:us_dot>>  Email: <<email.g@g>>\nHome: <<addr_us.a:line_unit>>\n"
        "Payment: <<card.c:visa>>  Amount [[money]]",
        "Dear <<per.g>>,\n<<per.s>> is enrolled in our teen driver course. We have the learner permit <<dl.d>> on file "
        "and the tuition was charged to <<card.c:dashed>>. Pick-up for drives is at <<addr_us.a:line_unit>>; we'll "
        "text <<tel.g:us_dot>> before each lesson.",
    ),
    T(
        "h9-en-driving_school_enrollment-02",
        "en",
        "driving_school_enrollment",
        "Update the pupil record from our chat and draft a reminder for next Tuesday's lesson.",
        "Pupil record\nName: <<per_cn.p>>\nProvisional licence: <<dl.d:uk>>\nDOB: <<dob.d:eu>>\nMobile: <<tel.t:uk_intl>>",
        "Updated: <<per_cn.p>>, provisional <<dl.d>>, DOB <<dob.d:eu>>, mobile <<tel.t:uk_intl>>, theory-test ID passport "
        '<<pass.p:cn_e>>, reminders via WeChat <<wx.w@p>>.\nReminder: "Hi <<per_cn.p:given>>, lesson Tuesday 4pm, '
        'pick-up as usual."',
        history=[
            (
                "For the theory test I'll use my Chinese passport, <<pass.p:cn_e>>.",
                "Fine, it must be valid on the day.",
            ),
            ("Can you send reminders on WeChat? <<wx.w@p>>", "Sure."),
        ],
    ),
    # thesis_submission
    T(
        "h9-en-thesis_submission-01",
        "en",
        "thesis_submission",
        "Check my ETD submission form before I hit submit, and draft a one-line note to my advisor.",
        "ETD SUBMISSION\nAuthor: <<per.a>>\nPermanent address: <<addr_us.a:line_unit>>\nPersonal email: <<email.e@a>>\n"
        "Code and data: <<url.u:github@a>>\nAdvisor: <<per.adv>>\nEmbargo: 2 years\nKeywords: "
        "[[code_identifier|PyTorch]], graph neural networks",
        "Form is fine; make sure <<addr_us.a:line_unit>> will still reach you after graduation, since the diploma is "
        'mailed there. Note: "Dear Prof. <<per.adv:family>>, my dissertation is submitted with a 2-year embargo; code at '
        '<<url.u@a>>. Best, <<per.a>> (<<email.e@a>>)"',
    ),
    T(
        "h9-en-thesis_submission-02",
        "en",
        "thesis_submission",
        "The graduate school sent this receipt and a request. Tell me what they need.",
        "Similarity report receipt\nSubmission author: <<per_cn.a:pinyin>>\nSubmitted from IP: <<ip.i>>\n"
        "Submission ID: [[number]]\nFile: thesis_final_v7.pdf (epigraph from [[public_figure|Richard Feynman]])\n\nGraduate school: to print your diploma in Chinese, "
        "please confirm your resident ID number on file (<<cnid.a:x>>), your contact email <<email.e@a>> and "
        "QQ <<qq.q>> for the alumni office.",
        "They want you (<<per_cn.a>>) to confirm the ID <<cnid.a>> is right for the Chinese-language diploma, and that "
        "<<email.e@a>> and QQ <<qq.q>> are current. The similarity report (submitted from <<ip.i>>) needs nothing. "
        "Your profile <<url.u:zhihu@a>> is not needed.",
    ),
    # proctoring_log
    T(
        "h9-en-proctoring_log-01",
        "en",
        "proctoring_log",
        "Write the incident report from this remote-proctoring session log.",
        "SESSION LOG\n09:00:03 Test-taker: <<per.p>>\n09:01:10 ID check: WA driver licence <<dl.d:wa>>, DOB on ID "
        "<<dob.d:us>>, face match OK\n09:01:44 System check: IP <<ip.i>>, MAC <<mac.m:colon_lower>>\n"
        "09:52:19 Flag: second voice detected\n09:53:02 Proctor chat warning sent",
        "Incident report: <<per.p>> (ID verified: WA licence <<dl.d>>, DOB <<dob.d:us>>) began at 09:00 from IP "
        "<<ip.i>>, device MAC <<mac.m:colon>>. At 09:52 a second voice was detected and a warning was sent. "
        "Recommend review of the recording.",
        annotators=["<<email.ANN>>", "grader9_<<per_en.ANN:user>>"],
    ),
    T(
        "h9-en-proctoring_log-02",
        "en",
        "proctoring_log",
        "Summarise this at-home test session for the review team.",
        "",
        "Review summary: candidate <<per_cn.c>> verified with passport <<pass.c:cn_g>>; also showed a resident ID card "
        "(<<cnid.c>>), which we don't accept. Network: <<ip.v:v6>>. A second device (MAC <<mac.m2:dash>>) joined the "
        "same network at 10:14; the candidate said it was a family member's phone.",
        history=[
            ("Please hold your ID to the camera.", "This is my passport, <<pass.c:cn_g>>, and my ID card <<cnid.c>>."),
            (
                "Your network shows another device (<<mac.m2:dash>>) and your address is <<ip.v:v6>>. Is someone with you?",
                "No, it's my mother's phone in the next room.",
            ),
        ],
    ),
]
EN += [
    # esports_registration
    T(
        "h9-en-esports_registration-01",
        "en",
        "esports_registration",
        "Check the eligibility of this collegiate roster (all players must be 17 or older on the season start) and "
        "write the confirmation to the coach.",
        "team,[[common_word|Night Owls]]\ncoach,<<per.c>>,<<tel.c:us_dash>>\nplayer,<<per.p>>,<<email.p@p>>,dob <<dob.d:iso>>,"
        "<<url.u:twitter@p>>\nplayer,<<per.q>>,<<email.q@q>>,dob <<dob.q:iso>>\ngame,[[product|Valorant]]",
        "Coach <<per.c>>: <<per.p>> (born <<dob.d:long>>) and <<per.q>> (born <<dob.q:long>>) both clear the age rule. "
        "We'll email <<email.p@p>> and <<email.q@q>> with match codes. <<per.p>>'s stream link <<url.u@p>> will be "
        "listed on the bracket page; we'll text <<tel.c:us_dash>> if the schedule changes.",
    ),
    T(
        "h9-en-esports_registration-02",
        "en",
        "esports_registration",
        "Make a travel sheet for the Chinese team flying to the LAN final.",
        "Team manager: <<per_cn.m>> (WeChat <<wx.m@m>>)\nPlayer 1: <<per_cn.p:pinyin_fl>>, passport <<pass.p:cn_e>>, "
        "QQ <<qq.q>>, streams at <<url.u:bilibili@p>>\nPlayer 2: <<per_cn.r:pinyin_fl>>, passport <<pass.r:cn_ea>>\n"
        "Venue: [[public_place|Madison Square Garden]]; guest appearance by [[public_figure|Faker]]",
        "Travel sheet\nManager: <<per_cn.m>>, WeChat <<wx.m@m>>\n1. <<per_cn.p:pinyin_fl>>, passport <<pass.p>> "
        "(QQ <<qq.q>>, <<url.u@p>>)\n2. <<per_cn.r:pinyin_fl>>, passport <<pass.r>>\nVisas: both need B-1/B-2. Jerseys shipped: [[tracking_number]].",
    ),
    # concert_ticket_transfer
    T(
        "h9-en-concert_ticket_transfer-01",
        "en",
        "concert_ticket_transfer",
        "Is this ticket-transfer email legit? Summarise it.",
        "From: [[organisation|Ticketmaster]]\nTo: <<email.r@r>>\n\nHi <<per.r:given>>,\n"
        "<<per.s>> sent you 2 tickets to [[public_figure|Olivia Rodrigo]] - GUTS World Tour, Sec 112.\n"
        "Accept by [[timestamp]]. Original purchase card: <<card.c:amex>>\nOrder [[order_number]]",
        "It looks like a genuine transfer notice: <<per.s>> is sending <<per.r>> two tickets, and you accept them by "
        "logging into your own account as <<email.r@r>> rather than clicking the link. Odd detail: transfer emails "
        "normally don't print the buyer's full card number (<<card.c:amex>>); treat that as a warning sign.",
    ),
    T(
        "h9-en-concert_ticket_transfer-02",
        "en",
        "concert_ticket_transfer",
        "Is this resale deal a scam? Give me the red flags.",
        "",
        "Red flags: the seller wants a bank transfer to <<iban.i:ie>> (no buyer protection); asking for your passport "
        'number (<<pass.b>>) for a "name change" is not how the venue\'s ticket system works; and <<per.s>> moved off '
        "the platform to WhatsApp (<<tel.s:uk_intl>>). Don't pay, <<per.b:given>>.",
        history=[
            ("Seller <<per.s>> messaged me on WhatsApp from <<tel.s:uk_mobile>>.", "What did they ask for?"),
            (
                "Payment to <<iban.i:ie>> and my passport number for the name change, so I sent <<pass.b>>. "
                "Ticket name will be <<per.b>>.",
                "Hold on before paying.",
            ),
        ],
    ),
    # rider_onboarding
    T(
        "h9-en-rider_onboarding-01",
        "en",
        "rider_onboarding",
        "Summarise this courier's onboarding file and say what's still missing before activation.",
        "Dasher onboarding\nName: <<per.p>>\nDOB: <<dob.d:long>>\nSSN (background check): <<ssn.s:space>>\n"
        "NY license: <<dl.d:ny>>\nVehicle plate: <<plate.v:ny>>\nHome: <<addr_us.a:full>>\nFast Pay debit card: <<card.c:visa>>",
        "<<per.p>> (DOB <<dob.d:us>>) submitted SSN <<ssn.s:dash>> for the background check, NY licence <<dl.d>>, plate "
        "<<plate.v>>, address <<addr_us.a:full>> and Fast Pay card <<card.c:spaced>>. Missing: proof of insurance for "
        "<<plate.v>>.",
    ),
    T(
        "h9-en-rider_onboarding-02",
        "en",
        "rider_onboarding",
        "Write the right-to-work check note for this new rider.",
        "Rider: <<per_cn.p>>\nPassport: <<pass.p:cn_g>> (share code checked)\nUK address: <<addr_uk.a:flat>>\n"
        "Mobile: <<tel.t:uk_mobile>>\nPayouts to: <<iban.i:gb>>\nEmergency contact (China): <<per_cn.e>> "
        "<<tel.e:cn_plain>>, QQ <<qq.q>>",
        "Right-to-work: <<per_cn.p>>, Chinese passport <<pass.p>>, status confirmed via share code. Lives at "
        "<<addr_uk.a:flat>>, mobile <<tel.t:uk_intl>>. Payouts to <<iban.i>>. Emergency contact <<per_cn.e>> on "
        "<<tel.e:cn_intl>> or QQ <<qq.q>>.",
    ),
    # farm_subsidy_application
    T(
        "h9-en-farm_subsidy_application-01",
        "en",
        "farm_subsidy_application",
        "Check this disaster-assistance application for missing items and write the cover letter to the county office.",
        "Producer: <<per.p>>\nTIN/SSN: <<ssn.s:dash>>\nMailing: <<addr_us.a:pobox>>\nPhone: <<tel.t:us_dash>>\n"
        "Email: <<email.e@p>>\nCrop: soybeans, 240 acres, hail on 07/14",
        "Missing: the acreage report and the hail loss adjuster's notes.\n\nTo the county office: Enclosed is the "
        "application of <<per.p>> (TIN <<ssn.s:dash>>), mailing address <<addr_us.a:pobox>>, for hail damage to 240 "
        "acres of soybeans. Please contact me at <<tel.t:us_dash>> or <<email.e@p>>.",
    ),
    T(
        "h9-en-farm_subsidy_application-02",
        "en",
        "farm_subsidy_application",
        "Fill in the payment section of my basic income support application from these notes.",
        "Applicant: <<per.p>>\nDOB: <<dob.d:long_eu>>\nHolding address:\n<<addr_uk.a:multiline>>\n"
        "Bank: <<iban.i:ie>>\nTractor reg: <<plate.v:uk>>\nHerd number: [[number]]",
        "Payment section: Account holder <<per.p>>; IBAN <<iban.i>>; payments to the holding at <<addr_uk.a:line>>. "
        "(The tractor registration <<plate.v>> and date of birth <<dob.d:long_eu>> belong in other sections.)",
    ),
    # social_insurance_transfer
    T(
        "h9-en-social_insurance_transfer-01",
        "en",
        "social_insurance_transfer",
        "Draft the request for a US-China certificate of coverage for this employee.",
        "Employee: <<per_cn.e>>\nChinese resident ID: <<cnid.e>>\nUS SSN: <<ssn.s:dash>>\nDOB: <<dob.d:iso>>\n"
        "US address: <<addr_us.a:full>>\nContact in China: <<tel.c:cn_intl>>",
        "Request: please issue a certificate of coverage for <<per_cn.e>> (SSN <<ssn.s:dash>>, born <<dob.d:long>>), "
        "seconded from our Shanghai office and living at <<addr_us.a:full>>. Chinese ID <<cnid.e>> for the Chinese "
        "side; family contact <<tel.c:cn_intl>>.",
    ),
    T(
        "h9-en-social_insurance_transfer-02",
        "en",
        "social_insurance_transfer",
        "Prepare the A1 posted-worker application summary and the email to the employee.",
        "Employee: <<per.p>>, passport <<pass.p:uk>>, DOB <<dob.d:eu>>\nHome country refund account: <<iban.i:de>>\n"
        "Employer contact: <<per.hr>> <<email.hr@hr>>",
        "A1 summary: <<per.p>>, passport <<pass.p>>, born <<dob.d:eu>>, posted for 18 months; refunds to <<iban.i>>.\n"
        'Email: "Hi <<per.p:given>>, we\'ve filed your A1 application. Questions to <<per.hr>> (<<email.hr@hr>>)."',
    ),
    # credit_report
    T(
        "h9-en-credit_report-01",
        "en",
        "credit_report",
        "Help me write a dispute for the address I don't recognise in this report.",
        "PERSONAL INFORMATION\nName: <<per.p:upper>>   Also reported as: <<per.p:last_first>>\nSSN: <<ssn.s:dash>>   "
        "DOB: <<dob.d:us_pad>>\nAddresses reported:\n  1. <<addr_us.a1:full>> (2023-present)\n  2. <<addr_us.a2:full_unit>> "
        "(first reported 2026)\nPhone: <<tel.t:us_plain>>\nACCOUNTS: [[organisation|Capital One]] <<card.c:mc>>",
        "To the bureau: I, <<per.p>> (SSN <<ssn.s:dash>>, DOB <<dob.d:us_pad>>), dispute the address <<addr_us.a2:full_unit>>; "
        "I have never lived there. My only address is <<addr_us.a1:full>>. Please also confirm no account was opened "
        "besides card <<card.c:plain>>. Phone: <<tel.t:us_dash>>.",
    ),
    T(
        "h9-en-credit_report-02",
        "en",
        "credit_report",
        "Translate the key parts of this PBOC credit report summary into English for my US landlord.",
        "个人信用报告\n姓名：<<per_cn.p>>　证件号码：<<cnid.p>>\n手机号码：<<tel.p:cn_plain>>\n居住地址：<<addr_cn.a:comm>>\n"
        "贷记卡：3张，无逾期",
        "Personal credit report (People's Bank of China)\nName: <<per_cn.p>> (<<per_cn.p:pinyin_fl>>)\nID number: <<cnid.p>>\n"
        "Mobile: <<tel.p:cn_intl>>\nResidence: <<addr_cn.a:comm>>\nCredit cards: 3, none overdue.",
    ),
    # small_claims_filing
    T(
        "h9-en-small_claims_filing-01",
        "en",
        "small_claims_filing",
        "Turn my notes into the party section of a small claims form.",
        "me: <<per.p>>, <<addr_us.a:full>>, <<tel.t:us_paren>>, <<email.e@p>>\nthe other driver: <<per.d>>, "
        "<<addr_us.b:full>>, plate <<plate.d:ca>>\nclaim: bumper repair [[money]]",
        "Plaintiff: <<per.p>>, <<addr_us.a:full>>, phone <<tel.t:us_paren>>, email <<email.e@p>>.\nDefendant: <<per.d>>, "
        "<<addr_us.b:full>>. The defendant was driving vehicle plate <<plate.d>>.",
    ),
    T(
        "h9-en-small_claims_filing-02",
        "en",
        "small_claims_filing",
        "Write the particulars of claim for Money Claim Online from this summary.",
        "Claimant: <<per.c>>, <<addr_uk.a:line>>, <<tel.c:uk_mobile>>\nDefendant: <<per.d>>\n"
        "Deposit paid by transfer from <<iban.i:gb>> on 03/09; WhatsApp from <<tel.d:uk_intl>> promising a refund",
        "Particulars: The Claimant, <<per.c>> of <<addr_uk.a:line>>, paid the Defendant, <<per.d>>, a deposit by bank "
        "transfer from account <<iban.i>>. By WhatsApp from <<tel.d:uk_intl>> the Defendant promised a refund and has "
        "not paid. The Claimant claims the deposit plus interest.",
    ),
    # offboarding_checklist
    T(
        "h9-en-offboarding_checklist-01",
        "en",
        "offboarding_checklist",
        "Turn this offboarding ticket into an IT checklist with owners.",
        "OFFBOARD-2291 | Employee: <<per.p>> | Last day: Friday\nLaptop Wi-Fi MAC: <<mac.w:colon>>  Dock Ethernet MAC: <<mac.e:dash>>\n"
        "MDM wipe confirm to personal phone: <<tel.t:us_intl>>\nW-2 delivery email: <<email.pe@p>>\n"
        "Forwarding address: <<addr_us.a:full_unit>>\nGitHub: <<url.u:github@p>>",
        "- IT: remove <<mac.w:colon>> and <<mac.e:dash>> from NAC; wipe laptop, confirm by text to <<tel.t:us_dash>>\n"
        "- Eng: remove <<url.u@p>> from the org\n- Payroll: send W-2 to <<email.pe@p>> and mail to <<addr_us.a:full_unit>>\n"
        "- Manager: collect badge from <<per.p>>\n- Laptop return label: [[tracking_number]]",
    ),
    T(
        "h9-en-offboarding_checklist-02",
        "en",
        "offboarding_checklist",
        "Draft the final-pay and benefits letter from HR's exit checklist.",
        "Exit checklist\nEmployee: <<per.p>>   Manager: <<per.m>>\nSSN on file: <<ssn.s>>\nFinal pay: paycard <<card.c:discover>>\n"
        "COBRA notice to: <<addr_us.a:line_unit>>\nPersonal email: <<email.e@p>>",
        "Dear <<per.p>>,\nYour final pay will be loaded to your paycard <<card.c:dashed>> on the next payday. Your COBRA "
        "notice will be mailed to <<addr_us.a:line_unit>> and emailed to <<email.e@p>>. Your W-2 will show SSN "
        "<<ssn.s>>; tell us if that's wrong. Thank you for your work with <<per.m>>'s team.",
    ),
    # citizen_hotline_ticket
    T(
        "h9-en-citizen_hotline_ticket-01",
        "en",
        "citizen_hotline_ticket",
        "Write the follow-up email to the complainant from this 311 service request.",
        "[[service_number|311]] SERVICE REQUEST #[[number]]\nComplaint type: Blocked Driveway\nIncident address: "
        "<<addr_us.a:line>>\nVehicle plate: <<plate.v:ny>>\nCustomer: <<per.p>>  Phone: <<tel.t:us_dash>>  Email: <<email.e@p>>\n"
        "Status: Closed - police responded",
        "Dear <<per.p>>,\nYour report of a vehicle (<<plate.v>>) blocking the driveway at <<addr_us.a:line>> was closed "
        "after police responded. If it happens again, call 311 or reply to this email. We may call <<tel.t:us_dash>> "
        "for a short survey.",
    ),
    T(
        "h9-en-citizen_hotline_ticket-02",
        "en",
        "citizen_hotline_ticket",
        "Write the council's reply to this pothole report and its follow-up.",
        "Report from <<per.p>> (<<tel.t:uk_land>>), submitted from IP <<ip.i>> - deep pothole outside <<addr_uk.a:line>>, "
        "cyclist nearly came off. Also posted at <<url.u:twitter@p>>.",
        "Dear <<per.p>>,\nThank you for reporting the pothole outside <<addr_uk.a:line>>. It meets our intervention level "
        "and will be repaired within 5 working days. We saw your post (<<url.u@p>>) too. We will call <<tel.t:uk_land>> "
        "if we need access.",
        history=[("Any update on the pothole I reported last week?", "Let me look up your report.")],
    ),
    # approval_workflow
    T(
        "h9-en-approval_workflow-01",
        "en",
        "approval_workflow",
        "Write the approver's comment for this vendor-payment request.",
        "REQ0048812  New contractor payment\nContractor: <<per.c>>  SSN (1099): <<ssn.s:plain>>\n"
        "Address: <<addr_us.a:full>>\nPays to: <<iban.i:fr>> (contractor is relocating)\nRequested by: <<per.r>> "
        "(<<email.r@r>>)\nApprover: <<per.a>>",
        "Approved by <<per.a>> with conditions: a US 1099 contractor (SSN <<ssn.s:dash>>, <<addr_us.a:full>>) is being "
        "paid to a French account, <<iban.i>>. <<per.r>>, please get a W-9 from <<per.c>> and confirm the account holder "
        "name before the first payment.",
    ),
    T(
        "h9-en-approval_workflow-02",
        "en",
        "approval_workflow",
        "Summarise this Slack travel-approval thread for the travel desk.",
        "Workflow: Travel request (international)\nTraveller: <<per.t>>  Passport: <<pass.t>>\nDestination: Shenzhen, "
        "Jan 12-19\nHost: <<per_cn.h>>, WeChat <<wx.h@h>>, QQ <<qq.q>>, <<tel.h:cn_dash>>\nApproved by <<per.m>>",
        "Travel desk: book <<per.t>> (passport <<pass.t>>) to Shenzhen, 12-19 January, approved by <<per.m>>. Host on "
        "arrival: <<per_cn.h>>, WeChat <<wx.h@h>>, QQ <<qq.q>>, phone <<tel.h:cn_intl>>.",
    ),
]

ZH += [
    # ems_run_report
    T(
        "h9-zh-ems_run_report-01",
        "zh",
        "ems_run_report",
        "把这张120院前急救病历整理成交接给急诊的口头交班稿，一分钟能说完。",
        "院前急救病历　任务单号 [[order_number]]\n呼救电话：<<tel.t:cn_plain>>　接车地址：<<addr.a:lane>>\n"
        "患者：<<per.p>>　男　出生日期：<<dob.d:cn_pad>>　身份证：<<cnid.c>>\n"
        "主诉：胸痛1小时，伴大汗\n生命体征：BP 92/60，HR 118，SpO2 93%\n处置：[[product|阿司匹林肠溶片]]300mg嚼服，心电图示下壁导联ST段抬高\n"
        "送达：市中心医院急诊，院内登记住院号 <<mrn.m:zy>>",
        "急诊同事：患者<<per.p>>，男，出生于<<dob.d:cn>>，胸痛一小时伴大汗，血压92/60，心率118，心电图下壁ST段抬高，"
        "已嚼服阿司匹林300mg。从<<addr.a:lane>>接回，呼救人电话<<tel.t:cn_dash>>。身份证<<cnid.c>>，"
        "住院号<<mrn.m>>已建。",
    ),
    T(
        "h9-zh-ems_run_report-02",
        "zh",
        "ems_run_report",
        "帮我根据出车记录给伤者家属发一条微信，说明人送到哪了，交警那边的情况也简单说一下。",
        "出车记录（交通事故）\n伤者：<<per.p>>　女　约40岁　左前臂畸形，神志清\n肇事车辆：<<plate.v>>　驾驶人：<<per.d>>　"
        "驾驶证号：<<dl.d>>\n现场交警已到（[[service_number|122]]转警）\n家属：<<per.k>>，微信<<wx.w@k>>，已电话通知",
        "<<per.k>>您好，我们是120急救站。<<per.p>>因交通事故左前臂受伤，神志清楚，已送往市第二人民医院急诊骨科。"
        "肇事车辆<<plate.v>>的驾驶人<<per.d>>（驾驶证<<dl.d>>）已由交警登记，后续可联系事故中队。"
        "有问题可直接回复这个微信（<<wx.w@k>>）。",
    ),
    # juror_questionnaire
    T(
        "h9-zh-juror_questionnaire-01",
        "zh",
        "juror_questionnaire",
        "法院寄来人民陪审员候选人登记表，帮我检查一下填得对不对，还缺什么。",
        "人民陪审员候选人登记表\n姓名：<<per.p>>　出生日期：<<dob.d:cn_pad>>　身份证号：<<cnid.c>>\n"
        "户籍地址：<<addr.a:road_bld>>\n手机：<<tel.t:cn_plain>>　电子邮箱：<<email.e@p>>\n"
        "个人社交账号（如有）：<<url.u:weibo@p>>\n学历：本科　工作单位：（空）",
        "基本信息齐全：<<per.p>>，出生<<dob.d:cn>>，身份证<<cnid.c>>，地址<<addr.a:road_bld>>，"
        "手机<<tel.t:cn_dash>>，邮箱<<email.e@p>>。还缺工作单位一栏；社交账号<<url.u@p>>是选填，可以不填。"
        "另外注意：年满28周岁才能担任陪审员，请对照出生日期确认。",
    ),
    T(
        "h9-zh-juror_questionnaire-02",
        "zh",
        "juror_questionnaire",
        "陪审员的交通补贴要报销了，帮我整理成一张发放表给法院财务。",
        "",
        "陪审员补贴发放表\n姓名｜卡号｜手机｜参审次数\n<<per.a>>｜<<card.a:unionpay>>｜<<tel.a:cn_plain>>｜3\n"
        "<<per.b>>｜<<card.b:unionpay>>｜<<tel.b:cn_plain>>｜2\n经办书记员：<<per.clerk>>（QQ <<qq.q>>）",
        system="你是法院政治部的助手，书记员<<per.clerk>>负责陪审员补贴。",
        history=[
            (
                "<<per.a>>这个月参审3次，卡号<<card.a:spaced>>；<<per.b>>参审2次，卡号<<card.b:spaced>>。",
                "好的，手机号也需要，财务会短信通知到账。",
            ),
            ("<<per.a>>是<<tel.a:cn_dash>>，<<per.b>>是<<tel.b:cn_dash>>。有问题找我QQ <<qq.q>>。", "收到。"),
        ],
    ),
    # safe_deposit_log
    T(
        "h9-zh-safe_deposit_log-01",
        "zh",
        "safe_deposit_log",
        "根据保管箱租用资料，帮我列出下次开箱前需要核对的信息。",
        "保管箱租用登记　箱号 [[number]]\n主租用人：<<per.p>>　身份证：<<cnid.c>>　手机：<<tel.t:cn_plain>>\n"
        "共同租用人：<<per_en.q>>（美国籍）　护照：<<pass.q:us>>\nFATCA自我声明（美国纳税人识别号/SSN）：<<ssn.s:dash>>\n"
        "租金扣款账户：<<card.c:unionpay>>　境外联系账户：<<iban.i>>\n开箱记录：[[timestamp]]　<<per.p>>本人",
        "下次开箱前核对：\n1. 主租用人<<per.p>>：身份证<<cnid.c>>原件，预留手机<<tel.t:cn_dash>>接收验证码；\n"
        "2. 共同租用人<<per_en.q>>：护照<<pass.q>>原件（如单独开箱需两人同时到场或授权）；\n"
        "3. 租金从<<card.c:spaced>>扣款正常；SSN <<ssn.s:plain>>仅用于FATCA申报，境外账户<<iban.i>>无需核对。",
    ),
    T(
        "h9-zh-safe_deposit_log-02",
        "zh",
        "safe_deposit_log",
        "我妈想让我代她去开保管箱，客户经理说要准备材料，帮我把对话里提到的材料整理成清单。",
        "",
        "材料清单：\n1. 租用人<<per.m>>的身份证原件（<<cnid.m>>）；\n2. 代理人<<per.p>>本人身份证（<<cnid.p>>）；\n"
        "3. 经公证的授权委托书；\n4. 保管箱钥匙。\n到网点前先加客户经理<<per.rm>>的微信<<wx.w@rm>>预约。",
        history=[
            (
                "<<per.rm>>经理，我是<<per.p>>，我妈<<per.m>>（身份证<<cnid.m>>）腿脚不便，能我代开保管箱吗？",
                "可以的，需要公证的授权委托书和您本人身份证。",
            ),
            ("我的身份证是<<cnid.p>>，电话<<tel.p:cn_dash>>。", "好的，来之前加我微信<<wx.w@rm>>约时间。"),
        ],
    ),
]

EN += [
    # ems_run_report
    T(
        "h9-en-ems_run_report-01",
        "en",
        "ems_run_report",
        "Turn this ePCR into a 30-second radio report to the receiving ED, then list what the billing office needs.",
        "ePCR  Incident [[number]]\nPt: <<per.p>>   DOB: <<dob.d:us_pad>>   ID from wallet: CA DL <<dl.d:ca>>\n"
        "Pickup: <<addr_us.a:full>>   Caller: <<tel.t:us_dash>> (neighbor)\n"
        "CC: fall from ladder, L hip pain; GCS 15; BP 148/90, HR 96\nRx: [[product|fentanyl]] 50 mcg IN\n"
        "Receiving: [[organisation|St. Mary's]], assigned MRN <<mrn.m:mrn>>\nInsurance: Medicare, SSN on card <<ssn.s:dash>>",
        'Radio: "Medic 12 inbound with an adult, fall from a ladder, left hip pain, GCS 15, pressure 148 over 90, heart '
        'rate 96, fentanyl given. ETA 8 minutes."\nBilling: patient <<per.p>>, DOB <<dob.d:us_pad>>, MRN <<mrn.m>>, '
        "address <<addr_us.a:full>>, SSN <<ssn.s:dash>>, ID CA DL <<dl.d>>.",
    ),
    T(
        "h9-en-ems_run_report-02",
        "en",
        "ems_run_report",
        "Write the SBAR handover for this tourist and the note for the hospital's international desk.",
        "Ambulance handover\nPatient: <<per_cn.p:pinyin_fl>> (<<per_cn.p>>), Chinese passport <<pass.p:cn_e>>\n"
        "Found at hotel: <<addr_uk.a:line>>\nCompanion: <<per_cn.c>>, WeChat <<wx.w@c>>, QQ <<qq.q>>\n"
        "S: collapsed at breakfast; B: diabetic, on [[product|metformin]]; A: BM 2.1, given glucose; R: ED for obs\n"
        "Hospital number assigned: <<mrn.m:alpha>>",
        "SBAR: <<per_cn.p:pinyin_fl>>, Chinese tourist (passport <<pass.p>>), collapsed at <<addr_uk.a:line>>; known "
        "diabetic on metformin; blood glucose 2.1 corrected with glucose; for ED observation.\n"
        "International desk: hospital number <<mrn.m>>; companion <<per_cn.c>> can be reached on WeChat <<wx.w@c>> "
        "or QQ <<qq.q>>; Mandarin interpreter needed.",
    ),
    # juror_questionnaire
    T(
        "h9-en-juror_questionnaire-01",
        "en",
        "juror_questionnaire",
        "Check my answers on this juror questionnaire before I submit it online.",
        "JUROR QUESTIONNAIRE  Juror ID [[number]]\nName: <<per.p>>\nDate of birth: <<dob.d:us>>\n"
        "Residence address: <<addr_us.a:full_unit>>\nCA driver license / ID: <<dl.d:ca>>\nPhone: <<tel.t:us_paren>>   "
        "Email: <<email.e@p>>\nSocial media accounts: <<url.u:facebook@p>>\nEmployer: [[organisation|Kaiser Permanente]]",
        "Looks complete, <<per.p:given>>. Check two things: the residence address (<<addr_us.a:full_unit>>) must be in the "
        "county, and the licence number <<dl.d>> must match your DMV record. Listing <<url.u@p>> is fine; the court "
        "may ask you not to post about the case. Confirmation goes to <<email.e@p>>.",
    ),
    T(
        "h9-en-juror_questionnaire-02",
        "en",
        "juror_questionnaire",
        "Help me reply to my jury summons asking to defer: I care for my mother.",
        "Juror: <<per.p>>, <<addr_uk.a:multiline>>\nDOB: <<dob.d:long_eu>>   Mobile: <<tel.t:uk_mobile>>\n"
        "Mother: <<per.m>>, hospital number <<mrn.m:alpha>> (dialysis Tue/Thu/Sat)\nCar reg for the court car park: "
        "<<plate.v:uk>>",
        "Dear Jury Central Summoning Bureau,\nI, <<per.p>> (born <<dob.d:long_eu>>) of <<addr_uk.a:line>>, ask to defer my "
        "jury service. I am the sole carer for my mother, <<per.m>>, who has dialysis three times a week (hospital "
        "number <<mrn.m>>). I can serve after [[common_word|March]]. Please contact me on <<tel.t:uk_intl>>. For the car park my "
        "registration is <<plate.v>>.",
    ),
    # safe_deposit_log
    T(
        "h9-en-safe_deposit_log-01",
        "en",
        "safe_deposit_log",
        "Summarise this safe deposit box access log for the branch audit.",
        "BOX [[number]]  Renters: <<per.a>>; <<per.b>>\nSignature card: <<per.a>>, SSN <<ssn.a:dash>>, "
        "ID <<dl.a:tx>> (TX)\nSignature card: <<per.b>>, SSN <<ssn.b:plain>>, ID <<dl.b:fl>> (FL)\n"
        "Access: [[timestamp]] <<per.a:upper>> (ID verified)\nAccess: [[timestamp]] <<per.b:upper>> (ID verified)\n"
        "Contact on file: <<tel.t:us_dot>>",
        "Audit summary: two renters, <<per.a>> (SSN <<ssn.a:dash>>, TX ID <<dl.a>>) and <<per.b>> (SSN <<ssn.b:dash>>, FL "
        "ID <<dl.b>>). Both accesses were by a renter with ID verified. Phone on file <<tel.t:us_dot>>. No exceptions.",
    ),
    T(
        "h9-en-safe_deposit_log-02",
        "en",
        "safe_deposit_log",
        "Draft the executor's letter to the bank asking to inventory the deceased's safe deposit box.",
        "Deceased renter: <<per.d>>\nExecutor: <<per.e>>, <<email.e@e>>, <<url.u:linkedin@e>>\n"
        "Heir abroad: <<per_cn.h>>, Chinese ID <<cnid.h>>, QQ <<qq.q>>\nEstate account for any cash: <<iban.i:ch>>",
        "Dear Safe Deposit Department,\nI am the executor of the estate of <<per.d>>. I ask to attend the inventory of the "
        "box. The heir, <<per_cn.h>> (Chinese ID <<cnid.h>>), lives abroad and will join by video (QQ <<qq.q>>). Any cash "
        "found should be paid to the estate account <<iban.i>>. Please reply to <<email.e@e>>.\n<<per.e>>",
    ),
]

TEMPLATES = ZH + EN
