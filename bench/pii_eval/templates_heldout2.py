"""Second held-out templates (``heldout2``), written blind to the detector. Never imported for another part.

These templates were written without opening the detector's code, its policy files or word lists,
the dev or first held-out templates, or the detector's documentation (see the README, "heldout2").
They use their own contexts (``CONTEXTS``), not the 32 contexts shared by the other two parts.
"""

from typing import Any

CONTEXTS = (
    "complaint_email",
    "im_export",
    "delivery_chat",
    "police_report",
    "discharge_summary",
    "cv_snippet",
    "tsv_paste",
    "api_payload",
    "git_log",
    "env_config",
    "form_letter",
    "bank_transfer",
    "hotel_checkin",
    "insurance_form",
    "class_roster",
    "property_listing",
    "long_chat",
    "prescription",
    "vehicle_record",
    "router_admin",
    "visa_application",
    "payroll_sheet",
    "product_review",
    "gym_membership",
    "donation_receipt",
    "repair_request",
    "voicemail",
    "calendar_invite",
    "auth_audit_log",
    "kyc_check",
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
    """One template of this part (same shape as ``contexts.T``, checked against this part's contexts)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
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


# source_id and annotator-id patterns for templates that set none (drawn per record); not used by other parts
SOURCE_PATTERNS = {
    "zh": ["工单#<<tel.src:cn_plain>>", "im-export/<<wx.src>>", "feedback:<<email.src>>", "qqgroup-<<qq.src>>"],
    "en": ["zendesk:<<email.src>>", "caller-<<tel.src:us_plain>>", "slack@<<per_en.src:user>>", "form/<<email.src>>"],
}
ANNOTATOR_PATTERNS = ["<<email.ANN:lower>>", "<<per.ANN:user>>", "<<email.ANN>>", "rev-<<per_en.ANN:user>>"]

ZH = [
    # ------------------------------------------------------------------ complaint_email
    T(
        "h2-zh-complaint_email-01",
        "zh",
        "complaint_email",
        "把这封投诉邮件归纳成三条要点，再替客服写一句回复开头。",
        "主题：第三次投诉——[[product.p]]屏幕漏光\n发件人：<<per.c>> <<email.e@c>>\n\n"
        "你好，我在[[organisation.o]]旗舰店买的，订单号[[order_number]]，到货第二天就漏光，"
        "打了[[service_number]]两次都没人管。请尽快联系我，手机<<tel.p:cn_dash|cn_space>>，"
        "退货请上门到<<addr_cn.a:road_bld|comm>>取件。\n——<<per.c:given>>",
        "要点：1）[[product.p]]到货即漏光；2）多次联系未果；3）要求上门取件。\n"
        "回复开头：<<per.c>>您好，关于您的投诉我们已升级处理，专员会拨打<<tel.p:cn_plain>>与您联系。",
    ),
    T(
        "h2-zh-complaint_email-02",
        "zh",
        "complaint_email",
        "判断下面邮件的情绪等级（1-5），并指出客户提出的具体诉求。",
        "致[[organisation]]客服部：\n本人<<per_cn.k>>（会员卡绑定手机<<tel.m:cn_intl|cn_0086>>），"
        "上周在贵公司门店刷卡<<card.b:spaced>>支付了[[money]]，结果被重复扣款。"
        "我的身份证号是<<cnid.i>>，你们核实身份要的资料我都给了。\n"
        "如果三天内不退款我就去[[service_number]]投诉。\n<<per_cn.k>>  <<email.e@k:lower>>",
        "情绪等级：4。诉求：退还重复扣款。客户<<per_cn.k:spaced>>，联系方式<<email.e@k:lower>>。",
    ),
    # ------------------------------------------------------------------ im_export
    T(
        "h2-zh-im_export-01",
        "zh",
        "im_export",
        "下面是导出的微信群聊天记录，请整理成会议纪要，列出每个人认领的任务。",
        "[[timestamp]] <<per.a>>：明天[[public_place]]的活动物料谁去拿？\n"
        "[[timestamp]] <<per.b>>：我去，我车牌<<plate.car>>，停B2。\n"
        "[[timestamp]] <<per.a>>：好，有问题加我微信<<wx.w@a>>\n"
        "[[timestamp]] <<per.c>>：我负责签到表，电话<<tel.t:cn_space|cn_plain>>\n"
        "[[timestamp]] <<per.b:given>>：收到[[common_word]]",
        "纪要：\n- <<per.b>>：取物料（车辆<<plate.car>>）\n- <<per.c>>：签到表，联系<<tel.t:cn_plain>>\n"
        "- <<per.a>>：统筹，微信<<wx.w@a>>",
        source="wechat-export/<<wx.w@a>>",
    ),
    T(
        "h2-zh-im_export-02",
        "zh",
        "im_export",
        "把这段QQ群消息里提到的联系方式整理成表格（姓名/QQ/邮箱）。",
        "【管理员】<<per.x>>(<<qq.q1>>) 10:02\n新同学进群请改备注：姓名-学号\n"
        "【成员】<<per.y:pinyin|full>>(<<qq.q2>>) 10:05\n收到～我的邮箱是<<email.y2@y>>\n"
        "【成员】<<per.z>>(<<qq.q3>>) 10:07\n[[common_word]]，作业发<<email.z2@z>>就行",
        "| 姓名 | QQ | 邮箱 |\n|---|---|---|\n| <<per.x>> | <<qq.q1>> | — |\n"
        "| <<per.y:full>> | <<qq.q2>> | <<email.y2@y>> |\n| <<per.z>> | <<qq.q3>> | <<email.z2@z>> |",
    ),
    # ------------------------------------------------------------------ delivery_chat
    T(
        "h2-zh-delivery_chat-01",
        "zh",
        "delivery_chat",
        "根据骑手和顾客的对话，判断这单外卖为什么超时。",
        "骑手：您好，我是[[organisation]]骑手<<per.r:title|family>>，您地址<<addr_cn.a:comm|tower>>找不到单元门\n"
        "顾客：从北门进，右手第二栋\n骑手：电话<<tel.c:cn_plain>>打不通\n"
        "顾客：我换号了，打<<tel.c2:cn_dash>>\n骑手：好的，运单[[tracking_number]]马上到",
        "超时原因：顾客留的电话<<tel.c:cn_plain>>已停用，改为<<tel.c2:cn_dash>>；另外<<addr_cn.a>>楼栋难找。",
    ),
    T(
        "h2-zh-delivery_chat-02",
        "zh",
        "delivery_chat",
        "提取这段快递对话中的收件信息，用JSON输出。",
        "快递员<<per.k>>：您好，顺丰的件，单号[[tracking_number.t]]，收件人写的是<<per.s>>，对吗？\n"
        "收件人：对，放<<addr_cn.h:short|road>>门口的快递柜\n快递员：柜子满了，放[[public_place]]驿站行吗？\n"
        "收件人：行，取件码发我手机<<tel.s:cn_fw|cn_plain>>",
        '{"tracking": "[[tracking_number.t]]", "name": "<<per.s>>", "address": "<<addr_cn.h>>", '
        '"phone": "<<tel.s:cn_plain>>"}',
    ),
    # ------------------------------------------------------------------ police_report
    T(
        "h2-zh-police_report-01",
        "zh",
        "police_report",
        "将下面的接处警记录改写为一段规范的案情简述。",
        "接警时间：[[timestamp]]\n报警人：<<per.w>>，性别女，出生日期<<dob.d:cn|cn_pad>>，"
        "身份证<<cnid.i:spaced|x>>，联系电话<<tel.p>>\n"
        "简要案情：报警人称其停在<<addr_cn.a:road|yuan>>路边的车辆（号牌<<plate.v>>）左后视镜被人砸坏，"
        "怀疑为邻居<<per.n>>所为。\n处警民警：<<per.o:title>>",
        "[[timestamp]]，<<per.w>>报警称其号牌为<<plate.v>>的车辆在<<addr_cn.a>>附近被损坏，"
        "怀疑与<<per.n>>有关，民警已到场调查。",
    ),
    T(
        "h2-zh-police_report-02",
        "zh",
        "police_report",
        "总结这份失物招领登记，并说明应如何通知失主。",
        "登记编号：[[order_number]]\n拾得物品：黑色钱包一个，内有银行卡（卡号<<card.k:plain|dashed>>）、"
        "驾驶证一本（证号<<dl.d>>）、护照（<<pass.pp>>）\n失主姓名（证件所示）：<<per.o>>\n"
        "拾得人：<<per.f>>，电话<<tel.f:cn_numerals|cn_plain>>",
        "物品为<<per.o>>的钱包，含护照<<pass.pp>>等证件。建议按驾驶证<<dl.d>>登记信息联系失主，并感谢拾得人<<per.f>>。",
    ),
    # ------------------------------------------------------------------ discharge_summary
    T(
        "h2-zh-discharge_summary-01",
        "zh",
        "discharge_summary",
        "把这份出院小结翻译成通俗易懂的话，告诉家属回家后注意什么。",
        "出院小结\n姓名：<<per.p>>  住院号：<<mrn.m:zy|digits>>  出生：<<dob.b>>\n"
        "入院诊断：[[common_word|二尖瓣]]关闭不全，予以[[product|阿司匹林]]治疗\n家属：<<per.fam>>（<<tel.t>>）\n"
        "住址：<<addr_cn.a:num_cn|village>>\n主治医师：<<per.doc:title>>",
        "<<per.p>>家属<<per.fam>>您好：出院后请按时复诊，复诊时带上住院号<<mrn.m>>，有不适请先拨打[[service_number]]。",
    ),
    T(
        "h2-zh-discharge_summary-02",
        "zh",
        "discharge_summary",
        "检查下面的病历摘要是否缺少必填项（病案号、出生日期、联系人）。",
        "患者<<per_cn.p:spaced|full>>，病案号<<mrn.m:mz|dash>>，出生日期<<dob.b:cn_numerals|iso>>，"
        "入院时间[[timestamp]]。紧急联系人：<<per_cn.e>>，<<tel.e:cn_intl2|cn_land>>。",
        "必填项齐全：病案号<<mrn.m>>、出生日期<<dob.b:cn_numerals>>、联系人<<per_cn.e>>均已填写。",
    ),
    # ------------------------------------------------------------------ cv_snippet
    T(
        "h2-zh-cv_snippet-01",
        "zh",
        "cv_snippet",
        "帮我把这段简历的个人信息部分排版得更专业一些。",
        "个人信息\n<<per.c>> | 男 | <<dob.b:dot|slash_iso>>出生\n手机/微信：<<tel.m:cn_plain>> / <<wx.w@c>>\n"
        "邮箱：<<email.e@c>>\n主页：<<url.u@c:github|zhihu>>\n技能：[[code_identifier]]、[[product]]",
        "**<<per.c>>**\n- 出生日期：<<dob.b:cn>>\n- 电话：<<tel.m:cn_dash>>\n- 邮箱：<<email.e@c>>\n- 主页：<<url.u@c>>",
    ),
    T(
        "h2-zh-cv_snippet-02",
        "zh",
        "cv_snippet",
        "根据简历片段，写一句推荐语给HR。",
        "姓名：<<per.c:pinyin_fl|pinyin>>（<<per.c>>）\n工作经历：2019-2023 [[organisation|腾讯]] 数据分析师，"
        "负责[[code_identifier]]模块\n现居：<<addr_cn.a:post|road_bld>>\n联系方式：<<email.e@c:upper|lower>>",
        "推荐<<per.c>>：有四年[[organisation|腾讯]]数据分析经验，可通过<<email.e@c:lower>>联系。",
    ),
    # ------------------------------------------------------------------ tsv_paste
    T(
        "h2-zh-tsv_paste-01",
        "zh",
        "tsv_paste",
        "下面是从表格里复制的数据（制表符分隔），请统计各部门人数。",
        "工号\t姓名\t部门\t手机\n"
        "A017\t<<per.a>>\t研发\t<<tel.a:cn_plain>>\n"
        "A023\t<<per.b>>\t销售\t<<tel.b:cn_plain>>\n"
        "A031\t<<per.c>>\t研发\t<<tel.c:cn_space>>\n"
        "A044\t<<per.d:spaced|full>>\t[[common_word]]\t<<tel.d:cn_fw>>",
        "研发2人（<<per.a>>、<<per.c>>），销售1人（<<per.b>>），其他1人。",
    ),
    T(
        "h2-zh-tsv_paste-02",
        "zh",
        "tsv_paste",
        "把这个CSV转成Markdown表格，金额保留两位小数。",
        "收款人,开户行,卡号,金额\n<<per.x>>,[[organisation]],<<card.x:plain>>,[[money]]\n"
        "<<per.y>>,[[organisation]],<<card.y:plain>>,[[money]]",
        "| 收款人 | 卡号 |\n|---|---|\n| <<per.x>> | <<card.x:spaced>> |\n| <<per.y>> | <<card.y:spaced>> |",
    ),
    # ------------------------------------------------------------------ api_payload
    T(
        "h2-zh-api_payload-01",
        "zh",
        "api_payload",
        "这个接口返回的JSON里有哪些字段需要脱敏？请列出字段名。",
        '{"code": 0, "msg": "ok", "data": {"uid": 88213, "nick": "<<per.u:user>>", '
        '"real_name": "<<per.u>>", "id_card": "<<cnid.i>>", "mobile": "<<tel.m:cn_plain>>", '
        '"last_ip": "<<ip.i>>", "app_ver": "[[version.v]]"}}',
        "需要脱敏（参考[[code_identifier|mask_mobile()]]）：nick、real_name、id_card、mobile、last_ip。app_ver（[[version.v]]）不需要。",
    ),
    T(
        "h2-zh-api_payload-02",
        "zh",
        "api_payload",
        "解释这个回调请求体各字段含义。",
        'POST /notify/pay\n{\n  "out_trade_no": "[[order_number]]",\n  "payer": {"name": "<<per.p>>", '
        '"bank_card": "<<card.c:plain>>", "phone": "<<tel.p:cn_intl|cn_plain>>"},\n'
        '  "amount": "[[money]]",\n  "time_end": "[[timestamp]]"\n}',
        "payer.name是付款人<<per.p>>；bank_card是付款卡号；phone为付款人手机；其余为订单号、金额和完成时间。",
    ),
    # ------------------------------------------------------------------ git_log
    T(
        "h2-zh-git_log-01",
        "zh",
        "git_log",
        "根据下面的 git log 写一段中文的版本更新说明。",
        "commit 9f3a1c2\nAuthor: <<per.a:pinyin>> <<<email.e@a>>>\nDate:   [[timestamp]]\n\n"
        "    修复 [[code_identifier]] 在 [[version]] 下的空指针\n\n"
        "commit 47be0d1\nAuthor: <<per.b:user>> <<<email.f@b>>>\n\n    新增登录日志，记录 <<ip.x:private>> 等内网地址",
        "本次更新：修复了[[common_word|空指针]]问题（<<per.a:pinyin>>），新增登录日志（<<per.b:user>>）。",
    ),
    T(
        "h2-zh-git_log-02",
        "zh",
        "git_log",
        "这条提交信息里是否不小心提交了个人信息？",
        "Signed-off-by: <<per.c>> <<<email.e@c>>>\nCo-authored-by: <<per.d:pinyin_fl>> <<<email.g@d>>>\n\n"
        "test: 用真实数据跑通 [[code_identifier]]，样例手机号 <<tel.t:cn_plain>>，身份证 <<cnid.i:lower_x|x>>",
        "是的，测试样例中包含手机号<<tel.t:cn_plain>>和身份证号<<cnid.i>>，应改用假数据并重写提交历史。",
    ),
    # ------------------------------------------------------------------ env_config
    T(
        "h2-zh-env_config-01",
        "zh",
        "env_config",
        "检查这份 YAML 配置有什么安全隐患。",
        'app:\n  name: [[product]]\n  version: [[version]]\nowner:\n  name: <<per.o>>\n  phone: "<<tel.o:cn_plain>>"\n'
        "  email: <<email.o@o>>\ndb:\n  host: <<ip.db>>\n  user: root\nalert_wechat: <<wx.w@o>>",
        "隐患：owner 中写了负责人<<per.o>>的手机和邮箱<<email.o@o>>，数据库<<ip.db>>使用root账户，建议移到密钥管理。",
    ),
    T(
        "h2-zh-env_config-02",
        "zh",
        "env_config",
        "把这个 .env 文件改写成 Kubernetes Secret 的说明。",
        "SMS_TEST_MOBILE=<<tel.t:cn_plain>>\nADMIN_QQ=<<qq.q>>\nSMTP_USER=<<email.s>>\n"
        "GATEWAY_MAC=<<mac.g>>\nRELEASE=[[version]]\nFEATURE_FLAG=[[code_identifier]]",
        "应放入Secret的键：SMS_TEST_MOBILE、ADMIN_QQ、SMTP_USER（<<email.s>>）、GATEWAY_MAC（<<mac.g>>）；"
        "RELEASE 等可放 ConfigMap。",
    ),
    # ------------------------------------------------------------------ form_letter
    T(
        "h2-zh-form_letter-01",
        "zh",
        "form_letter",
        "把这封录取通知书改写得更正式。",
        "<<per.s>>同学：\n恭喜你被我校[[common_word]]专业录取！请于9月1日持本通知书及身份证（<<cnid.i:fw|x>>）报到。"
        "通知书将寄往<<addr_cn.a:post|comm>>，如地址有误请致电招生办。\n[[organisation]]招生办",
        "<<per.s>>同学：\n兹通知你已被录取，请携带本通知书与居民身份证按时报到。录取材料已寄往<<addr_cn.a>>。",
    ),
    T(
        "h2-zh-form_letter-02",
        "zh",
        "form_letter",
        "这封信是发给<<per.c:title>>的，请检查称呼和落款是否一致。",
        "尊敬的<<per.c:title>>：\n您的房屋租赁合同将于下月到期，续租请联系<<per.m>>（<<tel.m:cn_land|cn_dash>>）。"
        "\n此致\n<<per.m>>\n物业服务中心",
        "称呼为<<per.c:title>>，落款为<<per.m>>，与联系人一致。",
    ),
    # ------------------------------------------------------------------ bank_transfer
    T(
        "h2-zh-bank_transfer-01",
        "zh",
        "bank_transfer",
        "根据以下境外汇款信息，检查是否缺少必填项。",
        "汇款人：<<per.s>>，证件号<<cnid.i>>\n收款人：<<per_en.r>>\n收款账号（IBAN）：<<iban.b>>\n"
        "汇款金额：[[money]]\n附言：学费 [[order_number]]",
        "缺少收款行SWIFT代码。其余信息：汇款人<<per.s>>、收款人<<per_en.r>>、IBAN <<iban.b>>已填写。",
    ),
    T(
        "h2-zh-bank_transfer-02",
        "zh",
        "bank_transfer",
        "识别这条转账备注的用途。",
        "转账备注：还<<per.f:family>>哥上个月借的钱，收款卡<<card.c:dashed|fw>>，户名<<per.f>>，"
        "有问题打我<<tel.m:cn_plain>>",
        "用途：归还借款。收款人<<per.f>>，卡号<<card.c:plain>>。",
    ),
    # ------------------------------------------------------------------ hotel_checkin
    T(
        "h2-zh-hotel_checkin-01",
        "zh",
        "hotel_checkin",
        "把这条前台入住登记整理成一句交班备注。",
        "房号：1208\n入住人：<<per.g>>  证件：护照 <<pass.p>>\n同住：<<per.h>>  身份证：<<cnid.h>>\n"
        "车牌：<<plate.c>>\n预订渠道：[[organisation]]，订单[[order_number]]",
        "1208房<<per.g>>（护照<<pass.p>>）与<<per.h>>入住，车辆<<plate.c>>已登记停车。",
    ),
    T(
        "h2-zh-hotel_checkin-02",
        "zh",
        "hotel_checkin",
        "客人要开发票，根据下面信息生成开票提示。",
        "客人<<per.g:pinyin_fl|full>>，手机<<tel.g:cn_0086|cn_plain>>，邮箱<<email.e@g>>，"
        "退房时间[[timestamp]]，消费[[money]]",
        "请为<<per.g:full>>开具发票，电子发票发送至<<email.e@g>>。",
    ),
    # ------------------------------------------------------------------ insurance_form
    T(
        "h2-zh-insurance_form-01",
        "zh",
        "insurance_form",
        "核对这张车险报案单，指出信息是否前后一致。",
        "报案人：<<per.c>>\n被保险车辆：<<plate.v>>\n驾驶人：<<per.d>>，驾驶证号<<dl.l>>\n"
        "出险地点：<<addr_cn.a:road|lane>>\n联系电话：<<tel.c>>\n备注：对方车辆为[[product|理想L7]]",
        "一致：报案人<<per.c>>，驾驶人<<per.d>>（驾驶证<<dl.l>>），车辆<<plate.v>>在<<addr_cn.a>>出险。",
    ),
    T(
        "h2-zh-insurance_form-02",
        "zh",
        "insurance_form",
        "根据理赔申请，列出还需要补交的材料。",
        "被保险人：<<per.i>>，出生日期：<<dob.b:compact|cn_pad>>\n病案号：<<mrn.m>>\n"
        "理赔收款账户：<<card.k>>\n受益人：<<per.j>>（关系：配偶）",
        "需补交：<<per.i>>的出院小结原件（病案号<<mrn.m>>）、受益人<<per.j>>的身份证复印件。",
    ),
    # ------------------------------------------------------------------ class_roster
    T(
        "h2-zh-class_roster-01",
        "zh",
        "class_roster",
        "把这份班级名单改成每行一个名字，并在最后注明班主任。",
        "三年级二班名单：<<per.a>>、<<per.b>>、<<per.c>>、<<per.d>>、<<per.e>>\n班主任：<<per.t:title>>",
        "[[common_word|班长]]：<<per.a>>（<<per.a:pinyin_fl>>）\n<<per.b>>\n<<per.c>>\n<<per.d>>\n<<per.e>>\n班主任：<<per.t:title>>",
    ),
    T(
        "h2-zh-class_roster-02",
        "zh",
        "class_roster",
        "根据家长通讯录生成一条家长会通知群发的收件人列表。",
        "学生 | 家长 | 电话\n<<per.s1>> | <<per.p1>> | <<tel.p1:cn_plain>>\n<<per.s2>> | <<per.p2>> | <<tel.p2:cn_dash>>\n"
        "<<per.s3>> | <<per.p3>> | <<tel.p3:cn_numerals|cn_plain>>",
        "收件人：<<per.p1>> <<tel.p1:cn_plain>>；<<per.p2>> <<tel.p2:cn_plain>>；<<per.p3>>。",
    ),
    # ------------------------------------------------------------------ property_listing
    T(
        "h2-zh-property_listing-01",
        "zh",
        "property_listing",
        "把这条二手房房源信息改写成吸引人的标题和三句描述。",
        "【急售】<<addr_cn.a:comm|tower>>，三室两厅，南北通透，近[[public_place]]。"
        "业主<<per.o:title>>诚心出售，看房联系<<per.o>> <<tel.o:cn_space|cn_plain>>（微信同号）",
        "标题：近[[common_word|地铁站]]三居室急售\n描述：南北通透，采光好，业主诚心出售，欢迎预约看房。",
    ),
    T(
        "h2-zh-property_listing-02",
        "zh",
        "property_listing",
        "从租房帖中抽取：租金、地址、联系人。",
        "整租一居室，月租[[money]]，押一付三。地址：<<addr_cn.a:road_bld|short>>。"
        "房东<<per.l>>，QQ <<qq.q>>，微信<<wx.w@l>>，中介勿扰。",
        "租金：见帖；地址：<<addr_cn.a>>；联系人：<<per.l>>（QQ <<qq.q>>）。",
    ),
    # ------------------------------------------------------------------ long_chat
    T(
        "h2-zh-long_chat-01",
        "zh",
        "long_chat",
        "好的，那你最后帮我写封感谢信给她吧。",
        "",
        "<<per.n>>老师您好：感谢您这学期对孩子的照顾……（寄往<<addr_cn.a>>）",
        history=[
            ("我女儿的班主任叫<<per.n>>，她这学期特别照顾孩子。", "很高兴听到这个！你想怎样表达感谢？"),
            ("想写封信寄到学校，地址是<<addr_cn.a:road|comm>>。", "好的，地址我记下了。信里想提哪些事？"),
            ("提一下她帮孩子补课的事，还有她电话<<tel.n>>我一直存着。", "明白，我会写得真诚一些。"),
        ],
    ),
    T(
        "h2-zh-long_chat-02",
        "zh",
        "long_chat",
        "刚才说的那个人，他邮箱是多少来着？帮我写个邮件开头。",
        "",
        "收件人：<<email.e@p>>\n<<per.p:family>>总您好，关于上次[[product]]合作的事……",
        system="你是一个商务助理，回答简洁。",
        history=[
            ("我下午要见[[organisation]]的<<per.p>>，帮我准备一下。", "好的，需要我整理哪些资料？"),
            ("他名片上邮箱<<email.e@p>>，电话<<tel.p:cn_intl|cn_dash>>。", "已记录<<per.p>>的联系方式。"),
        ],
    ),
    # ------------------------------------------------------------------ prescription
    T(
        "h2-zh-prescription-01",
        "zh",
        "prescription",
        "把这张处方翻译成英文。",
        "[[organisation]]门诊处方笺\n姓名：<<per.p>>  年龄：34  门诊号：<<mrn.m:mz|digits>>\n"
        "Rp：[[product|阿莫西林胶囊]] 0.5g ×14 每日两次\n医师：<<per.d:title>>",
        "Prescription\nName: <<per.p:pinyin>>  Outpatient No.: <<mrn.m>>\nRp: twice daily for 7 days.",
    ),
    T(
        "h2-zh-prescription-02",
        "zh",
        "prescription",
        "根据药房配送单生成短信通知。",
        "配送单 [[order_number]]\n收药人：<<per.r>>，电话<<tel.r:cn_plain>>，地址<<addr_cn.a:num_cn|road>>\n"
        "处方关联病历号：<<mrn.m>>",
        "【药房】<<per.r>>您好，您的药品已发出，将送至<<addr_cn.a>>，请保持<<tel.r:cn_dash>>畅通。",
    ),
    # ------------------------------------------------------------------ vehicle_record
    T(
        "h2-zh-vehicle_record-01",
        "zh",
        "vehicle_record",
        "根据年检预约信息，提醒车主需要带什么。",
        "车主：<<per.o>>\n号牌：<<plate.p>>\n车型：[[product|比亚迪秦PLUS]]\n驾驶证：<<dl.d>>\n预约站点：<<addr_cn.a:road|village>>",
        "<<per.o>>您好，请携带行驶证、驾驶证（<<dl.d>>）及号牌<<plate.p>>车辆到站检验。",
    ),
    T(
        "h2-zh-vehicle_record-02",
        "zh",
        "vehicle_record",
        "把停车场的违停记录写成一条通知。",
        "[[timestamp]] 车辆<<plate.p>>占用消防通道。车主登记电话：<<tel.o:cn_plain|cn_fw>>，登记人<<per.o>>。",
        "通知：车牌<<plate.p>>的车主<<per.o>>，您的车辆占用消防通道，请尽快挪车。",
    ),
    # ------------------------------------------------------------------ router_admin
    T(
        "h2-zh-router_admin-01",
        "zh",
        "router_admin",
        "分析路由器的设备列表，找出可疑设备。",
        "设备名\tIP\tMAC\n<<per.a:pinyin>>的iPhone\t<<ip.a:private>>\t<<mac.a>>\n"
        "[[product]]\t<<ip.b:private>>\t<<mac.b>>\n未知设备\t<<ip.c:private>>\t<<mac.c>>",
        "可疑设备：未知设备（<<ip.c>>，MAC <<mac.c>>），建议加入黑名单。",
    ),
    T(
        "h2-zh-router_admin-02",
        "zh",
        "router_admin",
        "把这段宽带报修信息整理成工单。",
        "用户<<per.u>>反映断网，光猫MAC <<mac.m>>，公网IP <<ip.p>>，装机地址<<addr_cn.a:comm|tower>>，"
        "联系<<tel.u:cn_plain>>",
        "工单：用户<<per.u>>，地址<<addr_cn.a>>，光猫<<mac.m>>，电话<<tel.u:cn_dash>>，故障：断网。",
    ),
    # ------------------------------------------------------------------ visa_application
    T(
        "h2-zh-visa_application-01",
        "zh",
        "visa_application",
        "检查签证申请表中护照号和出生日期格式是否正确。",
        "申请人：<<per.a>>（拼音：<<per.a:pinyin_fl>>）\n出生日期：<<dob.b:iso|cn>>\n护照号码：<<pass.p:cn_e|cn_ea>>\n"
        "身份证号：<<cnid.i>>\n美国联系人：<<per_en.c>>，<<tel.c:us_paren>>",
        "护照号<<pass.p>>格式正确；出生日期<<dob.b:iso>>格式正确。",
    ),
    T(
        "h2-zh-visa_application-02",
        "zh",
        "visa_application",
        "翻译这段签证邀请函中的关键信息。",
        "兹邀请<<per.a:pinyin>>（护照<<pass.p:cn_g>>，出生日期<<dob.b:slash_iso>>）来访，"
        "邀请人<<per_en.i>>，邮箱<<email.i@i>>，地址<<addr_us.h:full|line>>。",
        "Invitee: <<per.a:pinyin>>, passport <<pass.p:cn_g>>; host <<per_en.i>> (<<email.i@i>>).",
    ),
    # ------------------------------------------------------------------ payroll_sheet
    T(
        "h2-zh-payroll_sheet-01",
        "zh",
        "payroll_sheet",
        "计算下面工资表的合计，并指出哪些列属于敏感信息。",
        "姓名,工资卡,实发\n<<per.a>>,<<card.a:plain>>,[[money]]\n<<per.b>>,<<card.b:plain>>,[[money]]\n"
        "<<per.c>>,<<card.c:spaced>>,[[money]]",
        "敏感列：姓名、工资卡。例如<<per.a>>的卡号<<card.a:plain>>不应明文传输。",
    ),
    T(
        "h2-zh-payroll_sheet-02",
        "zh",
        "payroll_sheet",
        "这位外籍员工的报税信息缺什么？",
        "员工：<<per_en.e>>\nSSN：<<ssn.s>>\n工资发放账户：<<iban.i>>\n入职日期：[[timestamp]]",
        "<<per_en.e>>的SSN <<ssn.s>>与IBAN已提供，缺少中国税务居民身份声明。",
    ),
    # ------------------------------------------------------------------ product_review
    T(
        "h2-zh-product_review-01",
        "zh",
        "product_review",
        "判断这条商品评价是正面还是负面。",
        "买了[[product.p]]，物流很快！不过快递员<<per.k:title>>态度不好。有同款问题的加我微信<<wx.w>>一起维权，"
        "或者关注我<<url.u:weibo|xiaohongshu>>",
        "负面为主：对[[product.p]]本身满意，但对配送服务不满，评价中提到的[[public_figure|董明珠]]与此无关。",
    ),
    T(
        "h2-zh-product_review-02",
        "zh",
        "product_review",
        "把这条追评改写得更客观。",
        "用了一个月，[[product]]续航掉得厉害。客服<<per.s>>让我寄回<<addr_cn.a:road|road_bld>>检测，"
        "到现在没消息，我电话<<tel.m:cn_plain>>都没人回。",
        "追评：使用一个月后续航下降明显；已按客服<<per.s>>要求寄回检测，尚未收到结果。",
    ),
    # ------------------------------------------------------------------ gym_membership
    T(
        "h2-zh-gym_membership-01",
        "zh",
        "gym_membership",
        "根据会员资料给<<per.m>>生成一条生日祝福短信。",
        "会员号：[[order_number]]\n姓名：<<per.m>>\n生日：<<dob.b:cn|cn_numerals>>\n手机：<<tel.m:cn_plain>>\n"
        "私教：<<per.c>>",
        "亲爱的<<per.m>>，祝您生日快乐！您的私教<<per.c>>为您准备了一节免费课程。",
    ),
    T(
        "h2-zh-gym_membership-02",
        "zh",
        "gym_membership",
        "会员要求退卡，根据信息写一段处理意见。",
        "会员<<per.m>>，身份证<<cnid.i:old15|x>>，办卡时间[[timestamp]]，剩余课时12节，退款账户<<card.r:unionpay>>",
        "同意为<<per.m>>办理退卡，剩余费用退回尾号账户，预计7个工作日到账。",
    ),
    # ------------------------------------------------------------------ donation_receipt
    T(
        "h2-zh-donation_receipt-01",
        "zh",
        "donation_receipt",
        "生成一张捐赠收据的文字版。",
        "捐赠人：<<per.d>>\n捐赠金额：[[money|壹仟元整]]\n付款卡号：<<card.c>>\n收据寄送地址：<<addr_cn.a:post|yuan>>",
        "兹收到<<per.d>>捐款[[money|壹仟元整]]，收据已寄往<<addr_cn.a>>。",
    ),
    T(
        "h2-zh-donation_receipt-02",
        "zh",
        "donation_receipt",
        "把捐赠名单整理成感谢公告。",
        "爱心捐赠名单：\n<<per.a>> [[money]]\n<<per.b:spaced|full>> [[money]]\n匿名 [[money]]\n"
        "<<per.c>> [[money]]\n（捐赠联系人：<<per.k>>，<<email.k@k>>）",
        "感谢<<per.a>>、<<per.b:full>>、<<per.c>>及匿名爱心人士的捐赠！正如[[public_figure|鲁迅]]所说，希望本无所谓有。",
    ),
    # ------------------------------------------------------------------ repair_request
    T(
        "h2-zh-repair_request-01",
        "zh",
        "repair_request",
        "判断这条物业报修的紧急程度。",
        "报修人：<<per.r>>（<<addr_cn.a:comm|tower>>）\n问题：卫生间漏水，已经渗到楼下<<per.n:title>>家\n"
        "电话：<<tel.r:cn_dash|cn_plain>>",
        "紧急：漏水已影响邻居。请维修师傅尽快联系<<per.r>>（<<tel.r:cn_plain>>）。",
    ),
    T(
        "h2-zh-repair_request-02",
        "zh",
        "repair_request",
        "生成一条上门维修的预约确认短信。",
        "工单[[order_number]]：[[organisation|格力]]空调不制冷，客户<<per.c>>，地址<<addr_cn.a:short|num_cn>>，"
        "预约时间明天下午，师傅<<per.w>>（<<tel.w:cn_plain>>）",
        "【售后】<<per.c>>您好，师傅<<per.w>>将于明天下午上门，如需改约请联系<<tel.w:cn_dash>>。",
    ),
    # ------------------------------------------------------------------ voicemail
    T(
        "h2-zh-voicemail-01",
        "zh",
        "voicemail",
        "这是<<per.c>>打来的语音留言的转写，请总结并写出回电要点。",
        "喂，你好，我是<<per.c>>，上周在你们那儿看的房子，想再约一次。我电话是<<tel.c:cn_numerals>>，"
        "就是<<tel.c:cn_plain>>，谢谢啊。",
        "<<per.c>>希望再次预约看房，回电号码<<tel.c:cn_dash>>。",
    ),
    T(
        "h2-zh-voicemail-02",
        "zh",
        "voicemail",
        "把语音转写里的口语整理成书面语。",
        "嗯……那个，我是<<per.p>>的妈妈，孩子今天发烧请个假，我微信<<wx.w>>，QQ也行<<qq.q>>，嗯就这样。",
        "您好，我是<<per.p>>的家长，孩子今日发烧需请假一天。如有需要请通过微信<<wx.w>>联系我。",
    ),
    # ------------------------------------------------------------------ calendar_invite
    T(
        "h2-zh-calendar_invite-01",
        "zh",
        "calendar_invite",
        "读取下面的 ICS 日程，告诉我会议时间和参会人。",
        "BEGIN:VEVENT\nSUMMARY:[[product]]评审\nDTSTART:20250312T090000\n"
        "ORGANIZER;CN=<<per.o>>:mailto:<<email.o@o>>\nATTENDEE;CN=<<per.a>>:mailto:<<email.a@a>>\n"
        "LOCATION:<<addr_cn.l:road_bld|comm>>\nEND:VEVENT",
        "会议由<<per.o>>组织，参会人<<per.a>>，地点<<addr_cn.l>>。",
    ),
    T(
        "h2-zh-calendar_invite-02",
        "zh",
        "calendar_invite",
        "把这条会议邀请改写成提醒消息。",
        "邀请：<<per.h>>邀请您参加“[[common_word]]季度复盘”，腾讯会议号[[number]]，"
        "如无法参加请回复<<email.h@h:lower>>或致电<<tel.h:cn_land>>",
        "提醒：<<per.h>>的季度复盘会即将开始，无法参加请回复<<email.h@h:lower>>。",
    ),
    # ------------------------------------------------------------------ auth_audit_log
    T(
        "h2-zh-auth_audit_log-01",
        "zh",
        "auth_audit_log",
        "分析这段登录审计日志，是否存在撞库行为？",
        "[[timestamp]] login fail user=<<email.u>> ip=<<ip.a>>\n[[timestamp]] login fail user=<<email.u>> ip=<<ip.a>>\n"
        "[[timestamp]] login ok user=<<email.u>> ip=<<ip.b>> ua=[[product]]",
        "存在可疑行为：账户<<email.u>>在<<ip.a>>连续失败后从<<ip.b>>登录成功。",
    ),
    T(
        "h2-zh-auth_audit_log-02",
        "zh",
        "auth_audit_log",
        "把这条管理后台操作日志翻译成自然语言。",
        "op=export_user_list operator=<<per.o:user>> target_uid=<<qq.q>> client_ip=<<ip.c:v6|private>> "
        "device_mac=<<mac.d:dash|colon_lower>> ver=[[version]]",
        "管理员<<per.o:user>>从<<ip.c>>导出了用户列表（目标用户<<qq.q>>）。",
        annotators=["<<per.ann1:user>>", "<<email.ann2>>"],
    ),
    # ------------------------------------------------------------------ kyc_check
    T(
        "h2-zh-kyc_check-01",
        "zh",
        "kyc_check",
        "核验以下开户资料中身份证号与出生日期是否一致。",
        "客户：<<per.c>>\n身份证号：<<cnid.i>>\n填写的出生日期：<<dob.b>>\n常住地址：<<addr_cn.a>>\n"
        "绑定手机：<<tel.m>>",
        "需人工核对：<<per.c>>填写的出生日期<<dob.b>>与身份证<<cnid.i>>中的日期应一致。",
        system="你是银行合规助手，客户<<per.c>>的资料仅用于核验。",
    ),
    T(
        "h2-zh-kyc_check-02",
        "zh",
        "kyc_check",
        "根据人脸核身失败记录，给客户<<per.c>>写一条提示。",
        "核身失败：姓名<<per.c>>，证件<<cnid.i:spaced|fw>>，驾驶证<<dl.d>>，设备IP <<ip.i>>，失败原因：光线不足",
        "<<per.c>>您好，您的身份核验未通过（光线不足），请在光线充足处重试。",
        source="kyc/<<tel.src:cn_plain>>",
    ),
]

EN = [
    # ------------------------------------------------------------------ complaint_email
    T(
        "h2-en-complaint_email-01",
        "en",
        "complaint_email",
        "Summarise this complaint in two sentences and suggest a goodwill gesture.",
        "Subject: STILL no refund (ticket [[order_number]])\nFrom: <<per.c>> <<<email.e@c>>>\n\n"
        "Hi, I returned the [[product.p]] six weeks ago to your depot. Your agent on [[service_number]] "
        "told me the refund to my card ending in the last four of <<card.k:spaced|dashed>> would take 5 days. "
        "Call me on <<tel.p:us_paren|uk_mobile>> or write to <<addr.a:line|full>>.\n<<per.c:given>>",
        "<<per.c>> returned a [[product.p]] six weeks ago and has not been refunded despite calling support. "
        "Suggest an immediate refund plus a voucher, confirmed by phone on <<tel.p:us_dash|uk_intl>>.",
    ),
    T(
        "h2-en-complaint_email-02",
        "en",
        "complaint_email",
        "Rate the tone of this e-mail from 1 (calm) to 5 (furious) and list the facts the customer gives.",
        "To whom it may concern at [[organisation]],\n\nmy name is <<per.c:upper|full>> and I have been a customer "
        "since [[timestamp]]. Your courier left my parcel ([[tracking_number]]) outside <<addr_uk.a:flat|line>> "
        "in the rain. I expect a call back on <<tel.t:uk_mobile|uk_intl>> today.\n\nRegards,\n<<per.c>>",
        "Tone: 4. Facts: customer <<per.c>>; parcel left outside <<addr_uk.a>>; wants a call on <<tel.t:uk_mobile>>.",
    ),
    # ------------------------------------------------------------------ im_export
    T(
        "h2-en-im_export-01",
        "en",
        "im_export",
        "This is a Slack export. Turn it into a list of action items with owners.",
        "[[[timestamp]]] @<<per.a:user>>: who is shipping the [[version]] hotfix?\n"
        "[[[timestamp]]] @<<per.b:user>>: me, pairing with <<per.c>> after lunch\n"
        "[[[timestamp]]] @<<per.a:user>>: ok. <<per.c:given>> pls update the runbook, and ping <<email.d@c>> when done\n"
        "[[[timestamp]]] @<<per.b:user>>: :thumbsup:",
        "- Ship the [[common_word|hotfix]]: <<per.b:user>> with <<per.c>>\n- Update the runbook: <<per.c>> (notify <<email.d@c>>)",
    ),
    T(
        "h2-en-im_export-02",
        "en",
        "im_export",
        "Translate this exported WeChat conversation into English.",
        "<<per_cn.a>> [[timestamp]]\n明天的报告发我邮箱 <<email.a@a>>\n"
        "<<per_en.b>> [[timestamp]]\n好的！我的微信号是 <<wx.w@b>>，QQ <<qq.q>>",
        "<<per_cn.a:pinyin>>: Send tomorrow's report to my e-mail <<email.a@a>>.\n"
        "<<per_en.b>>: Sure! My WeChat ID is <<wx.w@b>>, QQ <<qq.q>>.",
    ),
    # ------------------------------------------------------------------ delivery_chat
    T(
        "h2-en-delivery_chat-01",
        "en",
        "delivery_chat",
        "Read the driver/customer chat and say whether the delivery was completed.",
        "Driver <<per.d:given>>: Hi, I'm outside <<addr_us.a:line_unit|line>>, the gate code isn't working\n"
        "Customer: try calling me, <<tel.c:us_dash|us_dot>>\nDriver <<per.d:given>>: no answer, leaving it with the "
        "[[common_word]] desk\nCustomer: thanks, it's under <<per.c:last_first|full>>",
        "Completed: the parcel for <<per.c>> was left at the front desk at <<addr_us.a>> after <<tel.c:us_paren>> "
        "did not answer.",
    ),
    T(
        "h2-en-delivery_chat-02",
        "en",
        "delivery_chat",
        "Extract the recipient details as JSON.",
        "Support: Hello! Order [[order_number]] is with our rider. Can you confirm the name?\n"
        "Customer: <<per.r>>, flat above the [[public_place]] cafe, <<addr_uk.a:line|multiline>>\n"
        "Support: and a number for the rider?\nCustomer: <<tel.r:uk_intl|uk_mobile>>",
        '{"name": "<<per.r>>", "address": "<<addr_uk.a:line>>", "phone": "<<tel.r:uk_mobile>>"}',
    ),
    # ------------------------------------------------------------------ police_report
    T(
        "h2-en-police_report-01",
        "en",
        "police_report",
        "Rewrite this incident report in plain English for the victim's insurer.",
        "INCIDENT #[[number]]  Reported: [[timestamp]]\nComplainant: <<per.v:upper|full>>, DOB <<dob.b:us|us_pad>>\n"
        "Address: <<addr_us.h:full|line>>\nVehicle: [[product|Ford F-150]], plate <<plate.p>>, struck while parked.\n"
        "Witness: <<per.w>> (<<tel.w>>)\nReporting officer: Ofc. <<per.o:family>>",
        "On the reported date, the parked car (plate <<plate.p>>) belonging to <<per.v>> was hit outside "
        "<<addr_us.h>>. A witness, <<per.w>>, can be reached on <<tel.w>>.",
    ),
    T(
        "h2-en-police_report-02",
        "en",
        "police_report",
        "List the identity documents recovered and who they belong to.",
        "Property recovered from suspect vehicle: driver's licence <<dl.d>> and US passport <<pass.p:us|us_new>> "
        "issued to <<per.o>>; a debit card <<card.c>> in the name of <<per.x:lower_full|full>>; "
        "a phone listing <<ip.i>> in its hotspot settings.",
        "1. Driver's licence <<dl.d>> and passport <<pass.p>>: <<per.o>>.\n2. Debit card: <<per.x>>.",
    ),
    # ------------------------------------------------------------------ discharge_summary
    T(
        "h2-en-discharge_summary-01",
        "en",
        "discharge_summary",
        "Explain this discharge summary to the patient's daughter in simple words.",
        "DISCHARGE SUMMARY\nPatient: <<per.p:last_first|upper>>   MRN: <<mrn.m>>   DOB: <<dob.b>>\n"
        "Admitted with [[common_word]] pain; treated and stable.\nFollow-up: Dr <<per.d:family>>, 2 weeks.\n"
        "Next of kin: <<per.k>>, <<tel.k>>",
        "Dear <<per.k>>, your parent <<per.p>> (record <<mrn.m>>) is stable and can go home. "
        "Please book the follow-up in two weeks.",
    ),
    T(
        "h2-en-discharge_summary-02",
        "en",
        "discharge_summary",
        "Check this summary for missing fields: MRN, date of birth, GP.",
        "Name: <<per.p>>\nHospital no.: <<mrn.m:mrn|alpha>>\nD.O.B.: <<dob.b:long|short_month>>\n"
        "Home: <<addr_uk.a:multiline|flat>>\nGP: not recorded\nMeds: [[product|Amlodipine]] 5 mg",
        "Missing: GP. Present: MRN <<mrn.m>>, date of birth <<dob.b:long>> for <<per.p>>.",
    ),
    # ------------------------------------------------------------------ cv_snippet
    T(
        "h2-en-cv_snippet-01",
        "en",
        "cv_snippet",
        "Tighten the header of this CV.",
        "<<per.c:upper>>\n<<addr_us.a:full|line>> · <<tel.c:us_dot|us_paren>> · <<email.e@c>>\n"
        "<<url.u@c:linkedin|github>>\n\nSenior engineer at [[organisation]]; built [[code_identifier]].",
        "<<per.c>> | <<email.e@c>> | <<tel.c:us_dash>> | <<url.u@c>>",
    ),
    T(
        "h2-en-cv_snippet-02",
        "en",
        "cv_snippet",
        "Write a one-line referee note from this reference block.",
        "References\n1. <<per.r1>>, Head of Data, [[organisation]] — <<email.r1@r1>>\n"
        "2. <<per.r2:initial|full>>, Lecturer — <<tel.r2>>\nCandidate: <<per.c>>",
        "<<per.r1>> (<<email.r1@r1>>) can vouch for <<per.c>>'s data work.",
    ),
    # ------------------------------------------------------------------ tsv_paste
    T(
        "h2-en-tsv_paste-01",
        "en",
        "tsv_paste",
        "This was pasted from a spreadsheet (tab-separated). Who has not paid yet?",
        "name\temail\tpaid\n<<per.a:lower_full>>\t<<email.a@a:lower>>\tyes\n<<per.b:lower_full>>\t<<email.b@b:lower>>\tno\n"
        "<<per.c:lower_full>>\t<<email.c@c:lower>>\tno",
        "Not paid: <<per.b>> (<<email.b@b:lower>>) and <<per.c>> (<<email.c@c:lower>>).",
    ),
    T(
        "h2-en-tsv_paste-02",
        "en",
        "tsv_paste",
        "Convert this CSV to a Markdown table.",
        "last,first,ssn,start\n<<per.a:last_first>>,<<ssn.a:dash>>,[[timestamp]]\n<<per.b:last_first>>,<<ssn.b:plain>>,[[timestamp]]",
        "| name | SSN |\n|---|---|\n| <<per.a>> | <<ssn.a:dash>> |\n| <<per.b>> | <<ssn.b:dash>> |",
    ),
    # ------------------------------------------------------------------ api_payload
    T(
        "h2-en-api_payload-01",
        "en",
        "api_payload",
        "Which fields in this API response should be masked before logging?",
        '{"id": "usr_[[number]]", "displayName": "<<per.u>>", "email": "<<email.e@u>>", '
        '"phone": "<<tel.p:us_intl|us_intl2>>", "ssn_last_verified": "<<ssn.s>>", '
        '"client": "[[product]]", "sdk": "[[version]]"}',
        "Mask displayName, email, phone and ssn_last_verified; client and sdk are fine.",
    ),
    T(
        "h2-en-api_payload-02",
        "en",
        "api_payload",
        "Write a curl command that sends this payload.",
        '{"beneficiary": {"name": "<<per.b>>", "iban": "<<iban.i>>"}, "amount": "[[money]]", '
        '"reference": "[[order_number]]", "ip": "<<ip.i>>"}',
        'curl -X POST https://api.example.com/payouts -d \'{"beneficiary": {"name": "<<per.b>>", '
        '"iban": "<<iban.i>>"}}\'',
    ),
    # ------------------------------------------------------------------ git_log
    T(
        "h2-en-git_log-01",
        "en",
        "git_log",
        "Write release notes from this git log.",
        "commit 1c9e07a\nAuthor: <<per.a>> <<<email.a@a>>>\nDate:   [[timestamp]]\n\n    Fix [[code_identifier|user.last_name]] race in [[code_identifier]]\n\n"
        "commit 8d2b4f0\nAuthor: <<per.b:user>> <<<email.b@b>>>\n\n    Bump to [[version]]",
        "## [[common_word|Next release]]\n- Fixed a race condition (thanks <<per.a>>)\n- Version bump by <<per.b:user>>",
    ),
    T(
        "h2-en-git_log-02",
        "en",
        "git_log",
        "Does this commit leak anything that should not be in the repository?",
        "Author: <<per.c>> <<<email.c@c>>>\n\n    add fixture for [[code_identifier]]\n\n"
        "+ customer = {'name': '<<per.x>>', 'dob': '<<dob.b:iso>>', 'ssn': '<<ssn.s>>'}",
        "Yes: the fixture holds a real-looking name (<<per.x>>), date of birth and SSN <<ssn.s>>. Replace with fakes.",
    ),
    # ------------------------------------------------------------------ env_config
    T(
        "h2-en-env_config-01",
        "en",
        "env_config",
        "Review this .env file for secrets that should not be committed.",
        "APP_NAME=[[product]]\nAPP_VERSION=[[version]]\nADMIN_EMAIL=<<email.a>>\nONCALL_PHONE=<<tel.o:us_intl|us_plain>>\n"
        "ALLOWED_IP=<<ip.i>>\nDEVICE_MAC=<<mac.m>>",
        "Move ADMIN_EMAIL (<<email.a>>), ONCALL_PHONE, ALLOWED_IP (<<ip.i>>) and DEVICE_MAC to a secret store.",
    ),
    T(
        "h2-en-env_config-02",
        "en",
        "env_config",
        "Explain what each key in this YAML does.",
        "maintainer:\n  name: <<per.m:lower_full|full>>\n  github: <<url.g@m:github>>\n"
        "notify:\n  - <<email.m@m>>\nbuild:\n  image: [[product]]\n  tag: [[version]]",
        "maintainer.name/github identify <<per.m>>; notify sends mail to <<email.m@m>>; build selects the image.",
    ),
    # ------------------------------------------------------------------ form_letter
    T(
        "h2-en-form_letter-01",
        "en",
        "form_letter",
        "Make this jury summons letter friendlier without changing the facts.",
        "<<per.j:upper>>\n<<addr_us.a:multiline|full_unit>>\n\nDear Juror <<per.j:family>>,\n"
        "You are summoned to appear on the date below. Bring photo ID (driver license <<dl.d>>). "
        "Questions: call <<tel.c:us_paren>>.",
        "Hello <<per.j>>, you have been selected for jury service. Please bring your licence (<<dl.d>>).",
    ),
    T(
        "h2-en-form_letter-02",
        "en",
        "form_letter",
        "Fill in the missing salutation and sign-off consistently.",
        "Dear ____,\nThank you for renewing your membership with [[organisation]]. Your card will be posted to "
        "<<addr_uk.a:flat|line>>.\nFor the account holder: <<per.h>>\nIssued by: <<per.s>>",
        "Dear <<per.h>>,\n... posted to <<addr_uk.a>>.\nKind regards,\n<<per.s>>",
    ),
    # ------------------------------------------------------------------ bank_transfer
    T(
        "h2-en-bank_transfer-01",
        "en",
        "bank_transfer",
        "Check this SEPA transfer instruction for missing data.",
        "Payer: <<per.p>>\nPayer IBAN: <<iban.a>>\nPayee: <<per.q>>\nPayee IBAN: <<iban.b>>\nAmount: [[money]]\n"
        "Reference: rent [[order_number]]",
        "Nothing is missing: <<per.p>> pays <<per.q>> from <<iban.a>> to <<iban.b>>.",
    ),
    T(
        "h2-en-bank_transfer-02",
        "en",
        "bank_transfer",
        "Classify the purpose of these bank transfer notes.",
        "1) [[money]] to <<per.a:initial|full>> - splitting the [[product]]\n"
        "2) [[money]] card <<card.c>> refund for <<per.b>>\n3) [[money]] to <<per.a>> - Friday dinner",
        "1 and 3: repayments to <<per.a>>; 2: a refund to <<per.b>>.",
    ),
    # ------------------------------------------------------------------ hotel_checkin
    T(
        "h2-en-hotel_checkin-01",
        "en",
        "hotel_checkin",
        "Write the handover note for the night shift from this check-in record.",
        "Room 512 | Guest: <<per.g:last_first|upper>> | Passport <<pass.p>> | Nationality: CN\n"
        "Second guest: <<per_cn.h:pinyin|pinyin_fl>>, ID <<cnid.h>>\nCar: <<plate.c>> | Late checkout requested",
        "Room 512 ([[common_word|Queen]] suite): <<per.g>> (passport <<pass.p>>) plus one guest; car <<plate.c>> parked; late checkout.",
    ),
    T(
        "h2-en-hotel_checkin-02",
        "en",
        "hotel_checkin",
        "Draft a welcome message for this guest.",
        "Booking via [[organisation]] #[[number]]\nGuest <<per.g>>, mobile <<tel.g:uk_intl|us_intl>>, "
        "e-mail <<email.g@g>>, arriving [[timestamp]], WeChat <<wx.w@g>> for the concierge",
        "Welcome, <<per.g>>! Your room is ready. Our concierge will message you on WeChat (<<wx.w@g>>).",
    ),
    # ------------------------------------------------------------------ insurance_form
    T(
        "h2-en-insurance_form-01",
        "en",
        "insurance_form",
        "Summarise this auto claim form.",
        "Policyholder: <<per.h>>\nDOB: <<dob.b:us_pad|eu>>\nVehicle plate: <<plate.v>>\nDriver licence: <<dl.l>>\n"
        "Loss location: <<addr_us.a:line|numbered>>\nOther party: <<per.o>>, insured by [[organisation]]",
        "<<per.h>> (licence <<dl.l>>) reports a collision with <<per.o>> at <<addr_us.a>> involving <<plate.v>>.",
    ),
    T(
        "h2-en-insurance_form-02",
        "en",
        "insurance_form",
        "Which attachments are still needed for this health claim?",
        "Member: <<per.m>>  SSN: <<ssn.s:space|dash>>\nClaim for hospital stay, MRN <<mrn.m>>\n"
        "Pay to account: <<iban.i>>\nDependant: <<per.d>> (born <<dob.d:long_eu|iso>>)",
        "Still needed: itemised bill for MRN <<mrn.m>> and the dependant form for <<per.d>>.",
    ),
    # ------------------------------------------------------------------ class_roster
    T(
        "h2-en-class_roster-01",
        "en",
        "class_roster",
        "Split this class roster into two lab groups alphabetically by surname.",
        "Roster — Chem 101, section B\n<<per.a:last_first>>\n<<per.b:last_first>>\n<<per.c:last_first>>\n"
        "<<per.d:last_first>>\nInstructor: Prof. <<per.t:family>>",
        "Group 1: <<per.a>>, <<per.b>>\nGroup 2: <<per.c>>, <<per.d>>",
    ),
    T(
        "h2-en-class_roster-02",
        "en",
        "class_roster",
        "Create a parent contact list from this sign-up sheet.",
        "student | guardian | phone | email\n<<per.s1:given>> | <<per.g1>> | <<tel.g1>> | <<email.g1@g1>>\n"
        "<<per.s2:given>> | <<per.g2:lower_full|full>> | <<tel.g2>> | <<email.g2@g2>>",
        "- <<per.g1>>: <<tel.g1>>, <<email.g1@g1>>\n- <<per.g2>>: <<tel.g2>>, <<email.g2@g2>>",
    ),
    # ------------------------------------------------------------------ property_listing
    T(
        "h2-en-property_listing-01",
        "en",
        "property_listing",
        "Rewrite this listing as a catchy headline and a short description.",
        "FOR SALE: 3 bed semi, <<addr_uk.a:line|flat>>. Close to [[public_place]]. Viewings with the owner, "
        "<<per.o>>, on <<tel.o:uk_mobile>> (evenings only).",
        "Bright 3-bed semi near [[public_place|Regent's Park]] — call <<per.o>> on <<tel.o:uk_mobile>> to view.",
    ),
    T(
        "h2-en-property_listing-02",
        "en",
        "property_listing",
        "Pull out rent, address and landlord contact.",
        "Room to let, [[money]]/month incl. bills. <<addr_us.a:full_unit|line_unit>>. Landlord: <<per.l>>, "
        "<<email.l@l>>. No agents. Listed with a [[product]] photo tour.",
        "Address: <<addr_us.a>>; landlord <<per.l>> (<<email.l@l>>).",
    ),
    # ------------------------------------------------------------------ long_chat
    T(
        "h2-en-long_chat-01",
        "en",
        "long_chat",
        "Great, now draft the thank-you card for her using what I told you.",
        "",
        "Dear <<per.n>>, thank you for looking after Mum at <<addr.a>> all winter.",
        history=[
            ("Our neighbour <<per.n>> has been checking on my mum every day.", "That's kind of her! How can I help?"),
            (
                "She lives next door at <<addr.a:line|full>>. I want to send a card.",
                "Lovely idea. Anything to mention?",
            ),
            ("Mention the soup. Her number's <<tel.n>> if you need it in the card.", "Noted."),
        ],
    ),
    T(
        "h2-en-long_chat-02",
        "en",
        "long_chat",
        "What was the e-mail of the recruiter I mentioned? Draft my reply.",
        "",
        "To: <<email.e@r>>\nHi <<per.r:given>>, thanks for reaching out about the role at [[organisation]] ...",
        system="You are a career assistant for <<per.me>>.",
        history=[
            ("A recruiter called <<per.r>> messaged me on <<url.l@r:linkedin>>.", "Do you want to reply?"),
            ("Yes, she gave <<email.e@r>> and <<tel.r:us_dash|uk_mobile>>.", "Got it."),
        ],
    ),
    # ------------------------------------------------------------------ prescription
    T(
        "h2-en-prescription-01",
        "en",
        "prescription",
        "Turn this prescription into patient-friendly instructions.",
        "Rx for <<per.p>>  DOB <<dob.b:us|us_pad>>  MRN <<mrn.m>>\n[[product|Lipitor]] 20 mg, 1 tab daily x 30\n"
        "Prescriber: <<per.d:initial|full>>, MD",
        "<<per.p>>, take one tablet every day for 30 days. Quote record <<mrn.m>> when you refill.",
    ),
    T(
        "h2-en-prescription-02",
        "en",
        "prescription",
        "Write the text message for this pharmacy delivery.",
        "Delivery [[order_number]]: <<per.r>>, <<addr_us.a:line_unit|full>>, <<tel.r:us_paren|us_dash>>. "
        "Signature required.",
        "Hi <<per.r:given>>, your medication is on its way to <<addr_us.a>>. Reply to <<tel.r:us_dash>> if you are out.",
    ),
    # ------------------------------------------------------------------ vehicle_record
    T(
        "h2-en-vehicle_record-01",
        "en",
        "vehicle_record",
        "Write a service reminder for <<per.o:upper|full>>.",
        "Vehicle: [[product|Honda Civic]]  Plate: <<plate.p>>\nOwner: <<per.o>>  Licence: <<dl.d>>\nLast service: [[timestamp]]\n"
        "Contact: <<email.o@o>>",
        "Hi <<per.o>>, your [[product|Honda Civic]] (<<plate.p>>) is due for service. Reply to book.",
    ),
    T(
        "h2-en-vehicle_record-02",
        "en",
        "vehicle_record",
        "Summarise this parking violation notice.",
        "Notice [[order_number]]: vehicle <<plate.p>> registered to <<per.o:upper|full>> of <<addr_uk.a:line|multiline>> "
        "was parked in a bus lane at [[timestamp]].",
        "<<plate.p>> (keeper <<per.o>>) was in a bus lane.",
    ),
    # ------------------------------------------------------------------ router_admin
    T(
        "h2-en-router_admin-01",
        "en",
        "router_admin",
        "Which of these DHCP leases look unfamiliar?",
        "lease <<ip.a:private>> <<mac.a:colon_lower|cisco>> hostname=<<per.a:user>>-laptop\n"
        "lease <<ip.b:private>> <<mac.b>> hostname=[[product]]\nlease <<ip.c:private>> <<mac.c>> hostname=unknown",
        "Unfamiliar: <<ip.c>> (<<mac.c>>). The laptop of <<per.a:user>> and the [[common_word|TV]] look normal.",
    ),
    T(
        "h2-en-router_admin-02",
        "en",
        "router_admin",
        "Turn this ISP support note into a ticket.",
        "Customer <<per.c>> reports no internet since [[timestamp]]. Modem MAC <<mac.m:dash|colon>>, WAN IP <<ip.w>>, "
        "install address <<addr_us.a:line|full>>, callback <<tel.c>>.",
        "Ticket: <<per.c>>, <<addr_us.a>>, modem <<mac.m>>, WAN <<ip.w>>, callback <<tel.c>>.",
    ),
    # ------------------------------------------------------------------ visa_application
    T(
        "h2-en-visa_application-01",
        "en",
        "visa_application",
        "Check this visa form: does the passport number look valid for a Chinese passport?",
        "Applicant: <<per_cn.a:pinyin_fl>>\nDate of birth: <<dob.b:iso|long>>\nPassport no.: <<pass.p:cn_e|cn_ea|cn_g>>\n"
        "PRC ID: <<cnid.i>>\nHost in UK: <<per.h>>, <<addr_uk.h:line>>",
        "Yes, <<pass.p>> has the format of a Chinese passport. Applicant <<per_cn.a:pinyin_fl>>.",
    ),
    T(
        "h2-en-visa_application-02",
        "en",
        "visa_application",
        "Write a one-paragraph invitation letter from these details.",
        "Inviter: <<per.i>>, <<addr_us.i:full|multiline>>, <<email.i@i>>\nInvitee: <<per_tr.v>>, passport <<pass.v:cn_e>>, "
        "born <<dob.v:long_eu|us>>",
        "I, <<per.i>>, invite <<per_tr.v>> (passport <<pass.v:cn_e>>) to stay at my home, <<addr_us.i:full>>.",
    ),
    # ------------------------------------------------------------------ payroll_sheet
    T(
        "h2-en-payroll_sheet-01",
        "en",
        "payroll_sheet",
        "Which columns of this payroll extract are sensitive?",
        "emp\tname\tssn\tiban\tnet\n0042\t<<per.a>>\t<<ssn.a>>\t<<iban.a>>\t[[money]]\n"
        "0057\t<<per.b>>\t<<ssn.b>>\t<<iban.b>>\t[[money]]",
        "Sensitive: name, ssn and iban (e.g. <<per.a>>'s SSN <<ssn.a>>).",
    ),
    T(
        "h2-en-payroll_sheet-02",
        "en",
        "payroll_sheet",
        "A contractor in China sent these bank details. What is missing for payment?",
        "Name: <<per_cn.c>> (<<per_cn.c:pinyin>>)\nUnionPay card: <<card.u:unionpay>>\nID: <<cnid.i>>\n"
        "Phone: <<tel.p:cn_intl|cn_0086>>\nQQ: <<qq.q>>",
        "Missing: the bank's SWIFT code. Pay <<per_cn.c:pinyin>> on card <<card.u:unionpay>>.",
    ),
    # ------------------------------------------------------------------ product_review
    T(
        "h2-en-product_review-01",
        "en",
        "product_review",
        "Is this review positive or negative?",
        "Bought the [[product.p]] after seeing [[public_figure|Taylor Swift]] use it. Total letdown. If anyone wants it, "
        "DM me <<url.u:twitter|instagram>> or email <<email.e>>.",
        "Negative: the reviewer is disappointed with the [[product.p]].",
    ),
    T(
        "h2-en-product_review-02",
        "en",
        "product_review",
        "Rewrite this review to remove the rant but keep the facts.",
        "1 star. Support rep <<per.s>> promised a replacement for my [[product]] and never called back on "
        "<<tel.m:us_plain|us_dot>>. Shipped to <<addr_us.a:line|full>> and it came DOA.",
        "The item arrived broken; <<per.s>> promised a replacement that has not come.",
    ),
    # ------------------------------------------------------------------ gym_membership
    T(
        "h2-en-gym_membership-01",
        "en",
        "gym_membership",
        "Write a birthday message for this member.",
        "Member: <<per.m>>  Born: <<dob.b>>  Plan: [[common_word]] annual\nTrainer: <<per.t>>\nMobile: <<tel.m>>",
        "Happy birthday, <<per.m>>! <<per.t>> has a free session waiting for you.",
    ),
    T(
        "h2-en-gym_membership-02",
        "en",
        "gym_membership",
        "Process this cancellation request from <<email.e@m>>.",
        "I want to cancel. Membership under <<per.m:last_first|full>>, direct debit from <<iban.i>>, "
        "card on file <<card.c>>. — <<per.m:given>>, <<email.e@m>>",
        "Cancel <<per.m>>'s membership and stop the direct debit; confirm by e-mail to <<email.e@m>>.",
    ),
    # ------------------------------------------------------------------ donation_receipt
    T(
        "h2-en-donation_receipt-01",
        "en",
        "donation_receipt",
        "Produce the tax receipt text for this donation.",
        "Donor: <<per.d>>\nAddress: <<addr_us.a:full|multiline>>\nAmount: [[money]]\nCard: <<card.c>>\n"
        "Campaign: [[organisation|Oxfam]] winter appeal, matched by [[public_figure|Bill Gates]]",
        "Received from <<per.d>> of <<addr_us.a:full>>, with thanks. No goods were provided in return.",
    ),
    T(
        "h2-en-donation_receipt-02",
        "en",
        "donation_receipt",
        "Make a thank-you list for the newsletter from these donors.",
        "Donors this month: <<per.a>>, <<per.b:upper|full>>, <<per.c>> and the [[organisation]] staff fund. "
        "Gift-aid queries to <<per.k>> at <<email.k@k>>.",
        "Thank you to <<per.a>>, <<per.b>>, <<per.c>> and the staff fund!",
    ),
    # ------------------------------------------------------------------ repair_request
    T(
        "h2-en-repair_request-01",
        "en",
        "repair_request",
        "Rate the urgency of this maintenance request.",
        "Tenant: <<per.t>> (<<addr_uk.a:flat>>)\nIssue: boiler off, no hot water since [[timestamp]]\n"
        "Best number: <<tel.t:uk_mobile|uk_intl>>",
        "High: no heating. Call <<per.t>> on <<tel.t:uk_mobile>>.",
    ),
    T(
        "h2-en-repair_request-02",
        "en",
        "repair_request",
        "Write an appointment confirmation for <<per.c:given>>'s repair job (customer <<per.c>>).",
        "Job [[order_number]]: [[organisation|Whirlpool]] washer leaking. Customer <<per.c>>, <<addr_us.a:line_unit|full_unit>>. "
        "Technician <<per.w>>, <<tel.w>>.",
        "Hi <<per.c>>, <<per.w>> will visit <<addr_us.a>> tomorrow. Questions: <<tel.w>>.",
    ),
    # ------------------------------------------------------------------ voicemail
    T(
        "h2-en-voicemail-01",
        "en",
        "voicemail",
        "Transcribed voicemail from <<per.c>>: summarise it and note the callback number.",
        "uh hi this is <<per.c:lower_full>> calling about the flat, um, could you call me back on "
        "<<tel.c:us_plain|uk_mobile>>, that's <<tel.c:us_dash|uk_intl>>, thanks, bye",
        "<<per.c>> wants a call back about the flat on <<tel.c:us_dash|uk_intl>>.",
    ),
    T(
        "h2-en-voicemail-02",
        "en",
        "voicemail",
        "Clean up this voicemail transcript.",
        "hey it's <<per.p:given>> <<per.p:family>>... wait, it's <<per.p>> from accounts, my SSN on the form is "
        "<<ssn.s:plain|space>>, can you fix the typo? ok thanks",
        "Hi, it's <<per.p>> from accounts. Please correct the typo in my form (SSN <<ssn.s>>). Thanks.",
    ),
    # ------------------------------------------------------------------ calendar_invite
    T(
        "h2-en-calendar_invite-01",
        "en",
        "calendar_invite",
        "Read this .ics and tell me who organises the meeting and where.",
        "BEGIN:VEVENT\nSUMMARY:[[product]] roadmap\nORGANIZER;CN=<<per.o>>:mailto:<<email.o@o>>\n"
        "ATTENDEE;CN=<<per.a:last_first|full>>:mailto:<<email.a@a>>\nLOCATION:<<addr_us.l:line|full>>\nEND:VEVENT",
        "<<per.o>> organises it at <<addr_us.l>>; <<per.a>> is invited.",
    ),
    T(
        "h2-en-calendar_invite-02",
        "en",
        "calendar_invite",
        "Turn this invitation into a reminder.",
        '<<per.h>> invited you to "[[common_word]] retro" on [[timestamp]]. Dial-in <<tel.h:us_intl2|uk_land>>, '
        "or reply to <<email.h@h>>.",
        "Reminder: <<per.h>>'s retro is coming up; dial <<tel.h>> to join.",
    ),
    # ------------------------------------------------------------------ auth_audit_log
    T(
        "h2-en-auth_audit_log-01",
        "en",
        "auth_audit_log",
        "Does this auth log show credential stuffing?",
        "[[timestamp]] FAIL user=<<email.u>> src=<<ip.a>>\n[[timestamp]] FAIL user=<<email.u>> src=<<ip.a>>\n"
        "[[timestamp]] OK user=<<email.u>> src=<<ip.b:v6|private>> agent=[[product]]",
        "Possibly: <<email.u>> failed twice from <<ip.a>>, then succeeded from <<ip.b>>.",
    ),
    T(
        "h2-en-auth_audit_log-02",
        "en",
        "auth_audit_log",
        "Explain this admin audit entry in plain English.",
        "action=reset_mfa actor=<<per.a:user>> subject=<<email.s>> ip=<<ip.i>> device=<<mac.d:cisco|colon>> "
        "build=[[version]] fn=[[code_identifier]]",
        "Admin <<per.a:user>> (via [[code_identifier|resetMfaForUser()]]) reset multi-factor authentication for <<email.s>> from <<ip.i>>.",
        annotators=["<<email.ann1:lower>>", "<<per_en.ann2:user>>"],
    ),
    # ------------------------------------------------------------------ kyc_check
    T(
        "h2-en-kyc_check-01",
        "en",
        "kyc_check",
        "Verify that the date of birth on the form matches the ID document.",
        "Applicant <<per.c>>\nForm DOB: <<dob.b:us>>\nID: driver license <<dl.d>> showing DOB <<dob.b:iso>>\n"
        "Residential address: <<addr.a>>\nSSN: <<ssn.s>>",
        "Both show the same date for <<per.c>>: <<dob.b:long>>.",
        system="You are a KYC analyst. Applicant under review: <<per.c>>.",
    ),
    T(
        "h2-en-kyc_check-02",
        "en",
        "kyc_check",
        "Write the message to the customer whose selfie check failed.",
        "KYC FAIL name=<<per.c>> passport=<<pass.p>> ip=<<ip.i>> reason=blurry_image profile=<<url.u@c>>",
        "Hi <<per.c:given>>, we could not verify your passport photo. Please retake it in good light.",
        source="kyc-queue/<<email.src>>",
    ),
]

TEMPLATES = ZH + EN
