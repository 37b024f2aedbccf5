"""FOURTEENTH held-out part (``heldout14``): 60 zh + 60 en templates in 30 contexts of its own.

Written blind to the detector: its author read only ``values.py``, ``generate.py``, the README, the start
of ``templates_dev.py`` (for the shape) and the tests, never the detector or another blind part's
templates. It imports nothing from the other template modules, not even ``contexts`` (it has its own
``CONTEXTS`` and ``T``), so that loading it never loads another part.

Licensed under the Apache License, Version 2.0.
"""

from __future__ import annotations

CONTEXTS = (
    "veterinary_triage",
    "adjuster_field_notes",
    "swift_wire_instruction",
    "applicant_tracking_export",
    "report_card",
    "bursary_application",
    "kubectl_logs",
    "callcenter_asr",
    "taxi_dispatch_log",
    "elevator_maintenance_log",
    "chess_tournament_pairings",
    "bicycle_theft_report",
    "rv_campground_reservation",
    "arbitration_docket",
    "orthodontic_aligner_case",
    "pulumi_stack_export",
    "voice_assistant_transcript",
    "postgres_slow_query",
    "cold_chain_shipment",
    "homeowners_association_chat",
    "frequent_flyer_dispute",
    "crop_hail_claim",
    "angling_catch_return",
    "number_portability",
    "hostel_bed_register",
    "piecework_wage_slip",
    "gerrit_change",
    "tcm_herbal_prescription",
    "audiology_fitting",
    "grain_purchase_receipt",
)
"""The 30 contexts of this part (no earlier part uses any of these names)."""

_COUNT: dict[tuple[str, str], int] = {}


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
) -> dict:
    """One template, numbered ``h14-<lang>-<context>-NN`` in the order written."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r}")
    n = _COUNT.get((lang, context), 0) + 1
    _COUNT[(lang, context)] = n
    return {
        "id": f"h14-{lang}-{context}-{n:02d}",
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


# source_id and annotator id patterns for templates that set none (drawn per record)
SOURCE_PATTERNS = {
    "zh": [
        "h14-feishu/<<tel.src:cn_plain>>",
        "h14-wxkf:<<wx.src>>",
        "h14-udesk/<<email.src>>",
        "h14-qqkf:<<qq.src>>",
        "h14-cc/<<per.src:user>>",
    ],
    "en": [
        "h14-zendesk/<<email.src>>",
        "h14-intercom:<<per.src:user>>",
        "h14-twilio:<<tel.src:us_intl2>>",
        "h14-hubspot/<<email.src>>",
    ],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "lab14/<<per.ANN:user>>", "qa14:<<email.ANN>>"]

ZH = [
    # ---------------------------------------------------------------- veterinary_triage
    T(
        "zh",
        "veterinary_triage",
        "宠主<<per.o>>要一份病例副本：把这张宠物医院接诊单整理成结构化病例，字段：宠主、联系方式、门诊号、主诉。",
        "【宠物医院接诊单】门诊号：<<mrn.m:mz>>\n宠主：<<per.o>>　手机<<tel.p:cn_dash>>（微信同号）\n"
        "住址：<<addr.a:comm>>\n宠物：柯基“[[common_word|馒头]]”，3岁，已植入芯片 [[number|900215000136604]]\n"
        "主诉：误食[[product|皇家处方粮]]包装袋，呕吐两次。\n接诊医生：<<per.d:title>>",
        "宠主：<<per.o>>\n联系方式：<<tel.p:cn_plain>>\n门诊号：<<mrn.m>>\n住址：<<addr.a:comm>>\n"
        "主诉：柯基误食包装袋后呕吐两次，建议拍片排查异物。",
        source="h14-pethis/<<mrn.m>>",
    ),
    T(
        "zh",
        "veterinary_triage",
        "根据分诊对话，判断紧急程度（红/黄/绿），并生成给值班医生的交接摘要。",
        "前台：您好，这里是急诊，请问宠物怎么了？\n宠主：猫咪吃了百合花，一直吐……我叫<<per.o>>，电话是<<tel.p:cn_numerals>>。\n"
        "前台：好的，之前来过吗？\n宠主：来过，病历号好像是<<mrn.m:digits>>。狂犬疫苗登记用的是我身份证<<cnid.i>>。",
        "紧急程度：红。猫误食百合花可致急性肾损伤。\n交接：宠主<<per.o>>（<<tel.p:cn_dash>>），病历号<<mrn.m>>，"
        "身份证<<cnid.i:spaced>>已核对，请<<per.d:title>>立即接诊并查肾功。",
        system="你是宠物医院分诊助手。值班主管<<per.s>>，邮箱<<email.s@s>>，遇到中毒病例请抄送主管。",
    ),
    # ---------------------------------------------------------------- adjuster_field_notes
    T(
        "zh",
        "adjuster_field_notes",
        "把查勘员的现场速记整理成车险查勘报告。",
        "查勘速记 [[timestamp]]\n标的车<<plate.c>>，驾驶人<<per.a>>，驾驶证<<dl.d>>，手机 <<tel.p:cn_space>>\n"
        "出险地点：<<addr.x:road>>路口，追尾[[product|比亚迪汉]]\n三者车主<<per.b>>，电话<<tel.b:cn_plain>>，已报[[service_number|122]]\n"
        "查勘员：<<per.j>>（工号[[employee_id|CK-3307]]）",
        "一、事故概况：<<plate.c>>由<<per.a>>驾驶（驾驶证号<<dl.d>>），在<<addr.x:road>>路口追尾三者车辆。\n"
        "二、联系方式：驾驶人<<tel.p:cn_intl>>；三者<<per.b>> <<tel.b:cn_dash>>。\n三、查勘员：<<per.j>>。",
        annotators=["<<per.j:user>>", "<<email.q>>"],
    ),
    T(
        "zh",
        "adjuster_field_notes",
        "根据家财险理赔查勘记录，列出赔付需要补充的材料。",
        "家财险查勘记录（水渍险）\n被保险人：<<per.a>>，身份证<<cnid.i:lower_x>>\n房屋：<<addr.h:road_bld>>\n"
        "楼上住户<<per.n>>家水管爆裂，座机<<tel.n:cn_land>>转2，无人接听。\n"
        "赔款收款账户：<<card.c:unionpay>>（开户行[[organisation|中国建设银行]]）",
        "需补充：1. <<per.a>>身份证（<<cnid.i>>）正反面复印件；2. 银行卡<<card.c:spaced>>的开户证明；"
        "3. 楼上住户<<per.n>>的责任确认书（联系电话<<tel.n:cn_land>>）。",
        history=[
            ("查勘员：业主电话多少？", "业主：<<tel.p:cn_plain>>，白天都能接。"),
        ],
    ),
    # ---------------------------------------------------------------- swift_wire_instruction
    T(
        "zh",
        "swift_wire_instruction",
        "检查这张境外汇款申请书的必填项，指出缺漏或格式问题。",
        "境外汇款申请书\n汇款人名称：<<per.r:pinyin_fl>>（<<per.r>>）\n汇款人证件：身份证 <<cnid.i>>\n"
        "汇款人电话：<<tel.p:cn_0086>>\n汇款人护照：<<pass.r:cn_g>>\nFATCA声明：美国纳税人识别号 <<ssn.r:dash>>\n收款人名称：<<per_en.b:upper>>\n收款人账号(IBAN)：<<iban.x>>\n"
        "收款人地址：<<addr_uk.b>>\n收款行SWIFT：[[code_identifier|DEUTDEFFXXX]]\n金额：[[money|EUR 18,600.00]]",
        "1. 收款人账号<<iban.x>>校验位正确。\n2. 汇款人电话<<tel.p:cn_0086>>建议改为<<tel.p:cn_plain>>。\n"
        "3. 汇款人英文名<<per.r:pinyin_fl>>与身份证<<cnid.i>>姓名<<per.r>>一致，护照<<pass.r>>有效。\n4. 汇款人为美国纳税人（<<ssn.r:plain>>），需加报FATCA。",
    ),
    T(
        "zh",
        "swift_wire_instruction",
        "把家长和银行客户经理的对话整理成一份汇款指令（中英对照）。",
        "客户经理：您好，给孩子交学费还是房租？\n家长<<per.m>>：房租，房东要求附上他的税号。",
        "汇款指令 / Wire Instruction\n汇款人 Remitter：<<per.m>> <<per.m:pinyin>>\n"
        "收款人 Beneficiary：<<per_en.l>>，SSN <<ssn.s:dash>>\n收款人地址 Address：<<addr_us.l>>\n"
        "留学生 Student：<<per.k:pinyin>>，护照 Passport <<pass.p:cn_e>>\n备用账户 Backup account：<<iban.k:de>>",
        history=[
            (
                "房东是<<per_en.l:last_first>>，地址<<addr_us.l:line>>，社安号<<ssn.s:plain>>。",
                "好的，学生护照号是多少？",
            ),
            (
                "孩子<<per.k>>的护照<<pass.p>>，手机<<tel.k:us_paren>>，他在德国交换时的账户是<<iban.k>>。",
                "收到，我整理一下。",
            ),
        ],
        source="h14-cmbc:<<tel.m:cn_plain>>",
    ),
    # ---------------------------------------------------------------- applicant_tracking_export
    T(
        "zh",
        "applicant_tracking_export",
        "下面是招聘系统导出的候选人CSV（姓、名分列），请生成面试邀约短信，每人一条。",
        "姓,名,手机,邮箱,作品集,应聘岗位,期望薪资\n<<per.a:family>>,<<per.a:given>>,<<tel.a:cn_plain>>,<<email.a@a>>,<<url.a:github@a>>,数据分析,[[money|25000元]]\n"
        "<<per.b:family>>,<<per.b:given>>,<<tel.b:cn_intl2>>,<<email.b@b>>,,[[code_identifier|Java]]开发,面议",
        "【邀约】<<per.a>>您好，请于周三上午到[[organisation|字节跳动]]参加数据分析岗面试，如需改期请回复本短信或拨打<<tel.a:cn_dash>>确认（作品集<<url.a>>已收到）。\n"
        "【邀约】<<per.b>>您好，Java开发岗技术面安排在周四下午，面试链接已发至<<email.b>>。",
    ),
    T(
        "zh",
        "applicant_tracking_export",
        "把这段招聘系统导出的JSON翻译成一段中文候选人简介，不要遗漏联系方式。",
        '{"candidate_name": "<<per.c:pinyin>>", "name_cn": "<<per.c>>", "mobile": "<<tel.p:cn_intl2>>", '
        '"id_card": "<<cnid.i:x>>", "birthday": "<<dob.b:compact>>", "github": "<<url.g:github@c>>", '
        '"wechat": "<<wx.w@c>>", "us_ssn": "<<ssn.s:dash>>", "source": "[[organisation|BOSS直聘]]", "resume_ver": "[[version]]"}',
        "候选人<<per.c>>（<<per.c:pinyin>>），出生日期<<dob.b:cn>>，手机<<tel.p:cn_plain>>，微信<<wx.w>>，"
        "身份证号<<cnid.i:x>>，美国社安号<<ssn.s:plain>>，GitHub主页<<url.g>>。",
        annotators=["hr14/<<per.h:user>>"],
    ),
    # ---------------------------------------------------------------- report_card
    T(
        "zh",
        "report_card",
        "根据成绩报告单写一段给家长的评语，并附上班主任联系方式。",
        "XX市第二实验小学 期末成绩报告单\n学生：<<per.s>>　学籍号：G<<cnid.i>>\n"
        "语文 [[number|92.5]]　数学 [[number|98]]　英语 [[number|88]]\n家长：<<per.p>>　联系电话：<<tel.p:cn_fw>>\n"
        "班主任：<<per.t>>　电话：<<tel.t:cn_plain>>",
        "<<per.s>>家长<<per.p>>您好：孩子本学期数学优秀，勾股定理掌握扎实，语文阅读还需加强，寒假可读[[public_figure|鲁迅]]的《朝花夕拾》。"
        "如有疑问请联系班主任<<per.t>>（<<tel.t:cn_dash>>）。",
        annotators=["<<email.a>>", "edu14/<<per.t:user>>"],
    ),
    T(
        "zh",
        "report_card",
        "家长在群里问<<per.s>>成绩单上的信息是否有误，请逐条回答。",
        "家长：老师，我家<<per.s>>的成绩单上出生日期写成<<dob.b:cn_numerals>>了，对吗？",
        "您好，系统登记的出生日期是<<dob.b:iso>>，与户口本一致；家庭住址登记为<<addr.a:num_cn>>，"
        "如果搬家请发新地址给我。——<<per.t:title>>",
        history=[
            ("老师，住址那栏写的是<<addr.a:road>>，我们搬过一次。", "收到，我查一下学籍系统。"),
            ("另外孩子QQ号<<qq.q>>，方便加班级群吗？", "可以，群号稍后私信您。"),
        ],
    ),
    # ---------------------------------------------------------------- bursary_application
    T(
        "zh",
        "bursary_application",
        "把这份国家助学金申请表转成JSON，键名用英文。",
        "国家助学金申请表\n姓名：<<per.s>>　性别：男\n身份证号：<<cnid.i:spaced>>\n出生日期：<<dob.b:cn_pad>>\n"
        "家庭住址：<<addr.a:village>>\n父亲：<<per.f>>，务农，电话<<tel.f:cn_plain>>\n"
        "助学金发放卡：<<card.c:unionpay>>\n家庭年收入：[[money|18000元]]",
        '{"name": "<<per.s>>", "id_number": "<<cnid.i>>", "birth_date": "<<dob.b:iso>>", '
        '"address": "<<addr.a:village>>", "father": {"name": "<<per.f>>", "phone": "<<tel.f:cn_dash>>"}, '
        '"card": "<<card.c:plain>>"}',
    ),
    T(
        "zh",
        "bursary_application",
        "作为辅导员，审核下面的困难认定材料，列出需要学生本人补充的信息。",
        "学生：<<per.s>>，学号[[employee_id|2023110417]]\nQQ：<<qq.q>>　邮箱：<<email.e>>\n社会实践主页：<<url.z:zhihu@s>>\n"
        "低保证明：已上传\n监护人：<<per.g>>，手机<<tel.g:cn_space>>，地址<<addr.a:yuan>>",
        "需补充：1. 监护人<<per.g>>的收入证明（知乎主页<<url.z>>上的实践记录不能替代）；2. 家庭地址<<addr.a:yuan>>所在社区盖章。请<<per.s>>"
        "通过QQ <<qq.q>> 或邮箱<<email.e>>回复。",
        system="你是学院资助办助手，审核人<<per.r>>（<<email.r@r>>）。",
    ),
    # ---------------------------------------------------------------- kubectl_logs
    T(
        "zh",
        "kubectl_logs",
        "分析下面的 kubectl logs 输出，指出日志里明文打印了哪些用户信息，并给出整改建议。",
        "$ kubectl logs [[code_identifier|order-svc-7d9f8c6b5-x2kqz]] -n prod --tail=3\n"
        '{"level":"info","ts":"[[timestamp]]","msg":"sms sent","mobile":"<<tel.p:cn_plain>>","user":"<<per.u:user>>"}\n'
        '{"level":"warn","ts":"[[timestamp]]","msg":"login from new ip","client_ip":"<<ip.i>>","user":"<<per.u:user>>"}\n'
        '{"level":"error","msg":"refund failed","card_no":"<<card.c>>","amount":"[[money]]"}\n'
        '{"level":"debug","msg":"us kyc","ssn":"<<ssn.s:plain>>","user":"<<per.u:user>>"}',
        "明文字段：手机号<<tel.p:cn_dash>>、用户名<<per.u:user>>、客户端IP <<ip.i>>、银行卡号<<card.c:plain>>、美国用户SSN <<ssn.s:dash>>。"
        "建议：日志中间件对 mobile、card_no 做脱敏，IP 仅保留网段。",
    ),
    T(
        "zh",
        "kubectl_logs",
        "根据 SRE 的对话和 describe 输出，说明这个 Pod 为什么起不来。",
        "$ kubectl describe pod notify-worker-0\nNode: node-3/<<ip.n:private>>\nEnvironment:\n"
        "  ADMIN_EMAIL:   <<email.a>>\n  ALERT_PHONE:   <<tel.p:cn_intl>>\n  NODE_MAC:      <<mac.m:colon_lower>>\n  PAYOUT_IBAN:   <<iban.x>>\n"
        "  IMAGE_TAG:     [[version]]\nEvents:\n  Warning  BackOff  kubelet  Back-off restarting failed container",
        "原因：容器启动时向<<email.a>>发送告警邮件失败导致退出。节点<<ip.n>>（网卡<<mac.m:dash>>）正常；"
        "另外 ALERT_PHONE=<<tel.p:cn_plain>> 和 PAYOUT_IBAN=<<iban.x>> 不应写在 env 里，建议改用 Secret。",
        history=[
            ("值班<<per.a>>：notify-worker 一直 CrashLoopBackOff。", "看下 describe，env 里是不是少了 SMTP 配置？"),
        ],
        source="h14-pagerduty:<<email.a>>",
    ),
    # ---------------------------------------------------------------- callcenter_asr
    T(
        "zh",
        "callcenter_asr",
        "客户<<per.c>>（<<tel.p:cn_plain>>）的来电语音识别转写如下，含口语填充词。请整理成一张工单。",
        "[坐席] 您好，工号[[employee_id|8031]]为您服务。\n"
        "[客户] 呃……那个，我叫<<per.c>>，嗯，手机号是<<tel.p:cn_numerals>>，对，就这个。\n"
        "[坐席] 好的，跟您核对一下身份证号？\n[客户] 啊，<<cnid.i:x>>，最后一位是X。\n"
        "[客户] 就是，呃，上个月扣了两次费，[[money]]，扣两次。",
        "工单\n客户：<<per.c>>\n手机：<<tel.p:cn_plain>>\n身份证：<<cnid.i:lower_x>>\n问题：重复扣费，需核实并退款。",
        source="h14-asr/<<tel.p:cn_plain>>",
    ),
    T(
        "zh",
        "callcenter_asr",
        "从这段带说话人标签的转写中提取回访信息（姓名、座机、分机、地址）。",
        "[SPK1 <<per.c:spaced>>] 喂？你好，我那个热水器又坏了，就是你们[[service_number|400-820-6688]]报修过的。\n"
        "[SPK0 坐席] 您好，请问留的电话是？\n[SPK1 <<per.c:spaced>>] 单位座机<<tel.o:cn_land>>转806，嗯，或者手机<<tel.p:cn_dash>>。\n"
        "[SPK1 <<per.c:spaced>>] 地址是<<addr.a:road_bld>>，那个，电梯坏了得走楼梯。",
        "姓名：<<per.c>>\n座机：<<tel.o:cn_land>> 分机806\n手机：<<tel.p:cn_plain>>\n地址：<<addr.a:road_bld>>\n备注：电梯故障，上门需步行。",
        system="你是呼叫中心质检助手。当班质检员<<per.q>>，工号[[employee_id|QC-0712]]，分机<<tel.q:cn_land>>转3。",
    ),
    # ---------------------------------------------------------------- taxi_dispatch_log
    T(
        "zh",
        "taxi_dispatch_log",
        "根据电召调度日志，起草对乘客投诉的回复。",
        "[[timestamp]] 电召 乘客<<per.c>>手机<<tel.p:cn_plain>>上车点<<addr.a:short>>\n"
        "[[timestamp]] 派单 车辆<<plate.t>> 司机<<per.d>>（电话<<tel.d:cn_space>>，驾驶证<<dl.d>>）\n"
        "[[timestamp]] 乘客投诉：绕路，多收[[money]]",
        "<<per.c>>您好：经查，车辆<<plate.t>>司机<<per.d>>（驾驶证<<dl.d>>）行驶路线确有绕行，差额将退回原支付账户。"
        "如有疑问请致电<<tel.d:cn_intl>>以外的客服热线[[service_number|12328]]。",
    ),
    T(
        "zh",
        "taxi_dispatch_log",
        "把这张网约车电子行程单翻译成英文，供公司报销。",
        "行程单  申请人：<<per.c>>  企业邮箱：<<email.e@c>>\n行程时间：[[timestamp]]\n"
        "上车：<<addr.a:tower>>  下车：[[public_place|首都国际机场T3]]\n车牌：<<plate.t>>  金额：[[money]]\n"
        "订单号：[[order_number]]  手机号：<<tel.p:cn_fw>>",
        "Trip receipt  Applicant: <<per.c:pinyin>>  Work e-mail: <<email.e>>\nPick-up: <<addr.a:tower>>  "
        "Plate: <<plate.t>>  Phone: <<tel.p:cn_intl>>",
    ),
    # ---------------------------------------------------------------- elevator_maintenance_log
    T(
        "zh",
        "elevator_maintenance_log",
        "根据维保记录生成一份给物业的月度维保报告。",
        "电梯维保记录\n设备注册代码：[[number|31104403002019120018]]\n使用单位：<<addr.a:comm>>\n"
        "维保人员：<<per.w>>，身份证<<cnid.w>>，电话<<tel.w>>\n物业联系人：<<per.p>>，座机<<tel.p:cn_land>>\n"
        "困人救援电话：[[service_number|96333]]\n结论：曳引机异响，已更换[[product|奥的斯GeN2]]导靴。",
        "本月<<addr.a:comm>>电梯由<<per.w>>完成半月保养两次，发现曳引机异响并已处理。"
        "如有问题请联系维保人员<<tel.w:cn_dash>>或物业<<per.p>>（<<tel.p:cn_land>>）。",
    ),
    T(
        "zh",
        "elevator_maintenance_log",
        "下面是电梯物联网网关的上报日志，请找出哪台网关离线并通知对应维保工。",
        "gw=<<mac.m:dash>> ip=<<ip.i>> status=online ts=[[timestamp]]\n"
        "gw=<<mac.g:cisco>> ip=<<ip.g:private>> status=offline ts=[[timestamp]]\n"
        "owner=<<per.w:user>> wechat=<<wx.w@w>> tel=<<tel.w:cn_plain>>",
        "离线网关：<<mac.g:colon>>（<<ip.g>>）。已通过微信<<wx.w>>通知维保工<<per.w>>，手机<<tel.w:cn_space>>。",
    ),
    # ---------------------------------------------------------------- chess_tournament_pairings
    T(
        "zh",
        "chess_tournament_pairings",
        "把第三轮对阵表转换成给国际棋联报名用的英文名单（拼音，姓在前大写）。",
        "| 台次 | 红方 | 黑方 |\n|---|---|---|\n| 1 | <<per.a>> | <<per.b>> |\n| 2 | <<per.c>> | <<per.d>> |\n"
        "备注：少儿组<<per.c>>出生日期<<dob.c:dot>>，需核对年龄。",
        "Board 1: <<per.a:pinyin_fl>> vs <<per.b:pinyin_fl>>\nBoard 2: <<per.c:pinyin_fl>> vs <<per.d:pinyin_fl>>\n"
        "Note: <<per.c:pinyin_fl>>, born <<dob.c:iso>>.",
    ),
    T(
        "zh",
        "chess_tournament_pairings",
        "整理家长的报名信息，生成棋手注册表。",
        "家长：孩子叫<<per.k>>，出生日期<<dob.k:cn>>，身份证<<cnid.k>>。",
        "棋手注册表\n姓名：<<per.k>>\n出生日期：<<dob.k:slash_iso>>\n身份证：<<cnid.k>>\n监护人手机：<<tel.p:cn_plain>>\n"
        "监护人微信：<<wx.w:wxid>>\n成长记录：<<url.x>>",
        history=[
            ("监护人电话多少？", "<<tel.p:cn_intl2>>，微信<<wx.w>>，孩子的比赛视频在小红书<<url.x:xiaohongshu@k>>。"),
            ("参加过[[organisation|中国象棋协会]]等级赛吗？", "参加过，上次和[[public_figure|许银川]]的弟子下过。"),
        ],
    ),
    # ---------------------------------------------------------------- bicycle_theft_report
    T(
        "zh",
        "bicycle_theft_report",
        "根据报案记录，写一份报警回执。",
        "报案人：<<per.r>>　身份证：<<cnid.i>>　电话：<<tel.p>>\n被盗物品：[[product|捷安特ATX 777]]山地车，车架号[[number|GS21K08833]]\n"
        "地点：<<addr.a:tower>>楼下车棚\n小区监控摄像头IP <<ip.c:private>> 已调取",
        "报警回执：<<per.r>>（身份证<<cnid.i>>）于[[timestamp]]报案，称其山地车在<<addr.a:tower>>被盗。"
        "警方已调取监控（<<ip.c>>），联系电话<<tel.p:cn_dash>>。",
    ),
    T(
        "zh",
        "bicycle_theft_report",
        "把失主在小区群里的求助消息改写成一条简洁的寻车启事。",
        "<<per.o:given>>妈妈：各位邻居，我家电动车昨晚在车棚丢了！车牌<<plate.e>>，[[product|雅迪]]白色款。"
        "有线索请打我电话<<tel.p>>或者加微信<<wx.w@o>>，必有重谢[[money]]！微博也发了：<<url.w:weibo>>",
        "寻车启事：白色电动车，车牌<<plate.e>>，昨晚于小区车棚丢失。失主<<per.o>>，电话<<tel.p:cn_dash>>，微信<<wx.w>>，微博<<url.w>>。",
        history=[
            ("群主：失主全名是？要报给派出所。", "<<per.o>>，身份证后面补给您。"),
        ],
    ),
    # ---------------------------------------------------------------- rv_campground_reservation
    T(
        "zh",
        "rv_campground_reservation",
        "根据房车营地预订确认单，生成一条入营提醒短信。",
        "预订确认\n预订人：<<per.g>>　证件：<<cnid.i:fw>>\n房车车牌：<<plate.r>>　驾驶证：<<dl.d>>\n"
        "手机：<<tel.p:cn_plain>>　入营：[[timestamp]]\n营位：B区12号（电桩[[number|32A]]）\n支付卡：<<card.c:spaced>>",
        "【营地提醒】<<per.g>>您好，您预订的B区12号营位已确认，请驾驶<<plate.r>>于入营当日14点后到达，"
        "入营需出示驾驶证（<<dl.d>>）。客服电话<<tel.s:cn_land>>。",
    ),
    T(
        "zh",
        "rv_campground_reservation",
        "营地WiFi认证日志里有一台设备反复掉线，找出是谁并给出处理建议。",
        "[[timestamp]] portal auth ok phone=<<tel.p:cn_plain>> mac <<mac.m:colon>> ip=<<ip.i:private>>\n"
        "[[timestamp]] portal deauth mac <<mac.m:colon_lower>> reason=roam\n"
        "营位登记：B12 <<per.g>>，护照<<pass.p>>（港澳通行证待补），驾驶证<<dl.d>>",
        "反复掉线设备：<<mac.m:cisco>>，认证手机<<tel.p:cn_dash>>，对应营位B12住客<<per.g>>（驾驶证<<dl.d>>）。建议在营位附近补一个AP。",
    ),
    # ---------------------------------------------------------------- arbitration_docket
    T(
        "zh",
        "arbitration_docket",
        "根据劳动仲裁开庭排期表，给申请人<<per.a>>起草开庭通知。",
        "开庭排期\n案号：[[order_number|京朝劳人仲字〔2026〕第08817号]]\n申请人：<<per.a>>，住<<addr.a:yuan>>\n"
        "被申请人：[[organisation|北京星河云计算有限公司]]\n申请人代理人：<<per.l:title>>，电话<<tel.l:cn_plain>>\n"
        "（代理人名片OCR：<<per.l>> 律 师 | 执业证号 [[number|11101201910234567]] | 手机 <<tel.l:cn_space>> | <<email.l@l>>）\n"
        "开庭时间：[[timestamp]]　仲裁员：<<per.z>>",
        "<<per.a>>：你申请的劳动争议案将于排期时间开庭，仲裁员<<per.z>>。请携带身份证原件。"
        "送达地址：<<addr.a:yuan>>。如需联系代理人，请拨<<tel.l:cn_dash>>。",
    ),
    T(
        "zh",
        "arbitration_docket",
        "书记员发来的微信消息里有当事人信息，请整理成送达登记表。",
        "书记员：被申请人法定代表人<<per.b>>，身份证<<cnid.b:old15>>（一代证），出生日期<<dob.b:cn>>，"
        "送达地址<<addr.b:lane>>，联系电话<<tel.b:cn_numerals>>。",
        "| 项目 | 内容 |\n|---|---|\n| 受送达人 | <<per.b>> |\n| 身份证 | <<cnid.b>> |\n| 出生日期 | <<dob.b:iso>> |\n"
        "| 送达地址 | <<addr.b:lane>> |\n| 电话 | <<tel.b:cn_plain>> |",
        source="h14-zhongcai/<<per.s:user>>",
    ),
    # ---------------------------------------------------------------- orthodontic_aligner_case
    T(
        "zh",
        "orthodontic_aligner_case",
        "把这份隐形矫治转诊单翻译成英文，发给技工所。",
        "口腔转诊单\n患者：<<per.p>>　病历号：<<mrn.m:mz>>\n出生日期：<<dob.b:cn_pad>>\n监护人电话：<<tel.g:cn_dash>>\n"
        "检查：CBCT + 全景片（[[product|卡瓦KaVo OP 3D]]）\n诊断：安氏II类，拟用[[product|隐适美]]矫治。\n转诊医生：<<per.d>>",
        "Referral\nPatient: <<per.p:pinyin>>  Record No.: <<mrn.m>>\nDOB: <<dob.b:iso>>\nGuardian phone: <<tel.g:cn_intl>>\n"
        "Referring doctor: <<per.d:pinyin>>",
    ),
    T(
        "zh",
        "orthodontic_aligner_case",
        "下面是口腔诊所系统导出的JSON，整理成一条复诊提醒。",
        '{"patient_id": "<<mrn.m:digits>>", "name": "<<per.p>>", "mobile": "<<tel.p:cn_plain>>", '
        '"wechat_openid_nick": "<<wx.w@p>>", "next_visit": "[[timestamp]]", "aligner_step": "[[number|14/32]]"}',
        "<<per.p>>您好，您的第14副矫治器复诊已预约，ID号<<mrn.m>>。如需改期请回复微信<<wx.w>>或致电<<tel.p:cn_dash>>。",
        annotators=["<<email.a>>", "dent14/<<per.x:user>>"],
    ),
    # ---------------------------------------------------------------- pulumi_stack_export
    T(
        "zh",
        "pulumi_stack_export",
        "检查这段 pulumi stack export 的输出，列出不该出现在状态文件里的个人信息。",
        '{"version": 3, "deployment": {"resources": [{"urn": "urn:pulumi:prod::billing::aws:rds/instance:Instance::db", '
        '"outputs": {"address": "<<ip.d>>", "masterUsername": "<<per.o:user>>", "tags": {"owner": "<<email.o@o>>", '
        '"oncall": "<<tel.p:cn_intl2>>", "refund_iban": "<<iban.r>>", "payee_ssn": "<<ssn.s:plain>>"}}}], "manifest": {"time": "[[timestamp]]", "version": "[[version]]"}}}',
        "个人信息：负责人邮箱<<email.o>>、值班电话<<tel.p:cn_plain>>、数据库账号<<per.o:user>>、退款账户<<iban.r>>、美国收款人SSN <<ssn.s:dash>>；"
        "数据库地址<<ip.d>>也不应公开。",
    ),
    T(
        "zh",
        "pulumi_stack_export",
        "解释这个 Pulumi 配置文件中每个键的作用。",
        'config:\n  app:adminName: <<per.a:pinyin_fl>>\n  app:adminPhone: "<<tel.p:cn_space>>"\n'
        "  app:bastionIp: <<ip.b>>\n  app:bastionMac: <<mac.m:colon>>\n  app:payoutIban: <<iban.x>>\n"
        "  aws:region: ap-east-1",
        "adminName（<<per.a:pinyin_fl>>）是管理员姓名；adminPhone 是告警手机<<tel.p:cn_plain>>；bastionIp 是堡垒机地址"
        "<<ip.b>>；bastionMac 是其网卡<<mac.m:colon>>；payoutIban 是结算账户<<iban.x>>。",
        system="你是云平台助手，为<<per.a>>（<<email.a@a>>）所在团队答疑。",
    ),
    # ---------------------------------------------------------------- voice_assistant_transcript
    T(
        "zh",
        "voice_assistant_transcript",
        "下面是智能音箱的对话日志，判断每条指令的意图。",
        "用户：小度小度，先放一首[[public_figure|邓丽君]]的歌。\n用户：给<<per.c>>打电话。\n音箱：找到联系人<<per.c>>，号码<<tel.c:cn_numerals>>，要拨打吗？\n"
        "用户：嗯……不对，打他座机，<<tel.o:cn_land>>。\n用户：再把快递地址改成<<addr.a:road>>。",
        "1. 拨打电话（联系人<<per.c>>，手机<<tel.c:cn_plain>>）；2. 改拨座机<<tel.o:cn_land>>；3. 修改收货地址为<<addr.a:road>>。",
        source="h14-dueros/<<tel.u:cn_plain>>",
    ),
    T(
        "zh",
        "voice_assistant_transcript",
        "整理车载语音助手的转写，生成一条行程记录。",
        "[车主] 导航回家。\n[助手] 好的，家的地址是<<addr.h:comm>>，预计[[number|35]]分钟。\n"
        "[车主] 呃，先去加油，然后给我老婆<<per.w>>发消息说晚点到。\n[助手] 已发送至<<tel.w:cn_plain>>。\n"
        "[车主] 违章查一下，车牌<<plate.c>>，驾驶证号<<dl.d>>。",
        "行程记录：车辆<<plate.c>>（驾驶证<<dl.d>>），目的地<<addr.h:comm>>，途中加油；已向<<per.w>>（<<tel.w:cn_dash>>）发送晚到消息。",
    ),
    # ---------------------------------------------------------------- postgres_slow_query
    T(
        "zh",
        "postgres_slow_query",
        "分析这段 PostgreSQL 慢查询日志，给出索引优化建议，并指出日志里泄露的个人信息。",
        "[[timestamp]] CST [31822] app@his LOG:  duration: 2314.552 ms  statement: SELECT * FROM inpatient "
        "WHERE id_card = '<<cnid.i>>' AND phone = '<<tel.p:cn_plain>>' AND zyh = '<<mrn.z:zy>>' OR us_ssn = '<<ssn.s:dash>>'\n"
        "[[timestamp]] CST [31822] app@his LOG:  connection authorized: user=<<per.u:user>> host=<<ip.h:private>>",
        "建议在 inpatient(id_card) 和 inpatient(zyh) 上建索引。日志中泄露了身份证<<cnid.i>>、手机<<tel.p:cn_dash>>、"
        "住院号<<mrn.z>>、外籍患者SSN <<ssn.s:plain>>和数据库用户<<per.u:user>>，应开启 log_parameter_max_length 截断或改用参数化查询。",
    ),
    T(
        "zh",
        "postgres_slow_query",
        "解读 auto_explain 输出中的参数，判断为什么走了全表扫描。",
        "LOG:  duration: 5120.01 ms  plan:\n  Query Text: SELECT * FROM members WHERE lower(email) = $1 OR qq = $2\n"
        "  Seq Scan on members  (cost=0.00..[[number|48213.22]] rows=1)\nDETAIL:  parameters: $1 = '<<email.e>>', "
        "$2 = '<<qq.q>>', $3 = '<<iban.x>>'",
        "因为对 email 使用了 lower()，普通索引失效；qq 字段是 varchar 而参数 '<<qq.q>>' 被当作文本比较。"
        "查询的用户邮箱为<<email.e>>（结算IBAN <<iban.x>>），建议建表达式索引 lower(email)。",
        history=[("DBA：这个会员是谁？", "会员<<per.m>>，QQ <<qq.q>>，手机<<tel.m:cn_space>>。")],
    ),
    # ---------------------------------------------------------------- cold_chain_shipment
    T(
        "zh",
        "cold_chain_shipment",
        "根据冷链运单和温度记录，判断是否断链，并给收件人写一条通知。",
        "冷链运单 [[tracking_number]]\n寄件人：<<per.s>> <<tel.s:cn_plain>> <<addr.s:road>>\n"
        "收件人：<<per.r>> <<tel.r:cn_dash>> <<addr.r:road_bld>>\n品名：[[product|帝王蟹]] 温区：-18℃\n"
        "温度记录：[[timestamp]] -17.6℃；[[timestamp]] -9.2℃",
        "存在断链（-9.2℃超出-18℃温区）。通知：<<per.r>>您好，您的冷链包裹途中温度异常，已安排理赔，"
        "客服将致电<<tel.r:cn_plain>>。",
        system="你是冷链物流客服助手，值班主管<<per.m>>，QQ <<qq.m>>。",
    ),
    T(
        "zh",
        "cold_chain_shipment",
        "冷藏车温控终端日志如下，请总结异常并通知司机。",
        "dev=<<mac.m:cisco>> plate=<<plate.c>> driver=<<per.d:pinyin>> tel=<<tel.d:cn_plain>> temp=-2.1 ts=[[timestamp]]\n"
        "dev=<<mac.m:cisco>> plate=<<plate.c>> alarm=door_open ts=[[timestamp]]",
        "冷藏车<<plate.c>>（终端<<mac.m:colon>>）车门异常打开，温度升至-2.1℃。已短信通知司机<<per.d>>（<<tel.d:cn_dash>>），"
        "驾驶证档案<<dl.d>>。",
    ),
    # ---------------------------------------------------------------- homeowners_association_chat
    T(
        "zh",
        "homeowners_association_chat",
        "把业主群的聊天记录整理成物业待办事项清单。",
        "[12栋1502-<<per.a>>] 楼道灯坏了一周了，物业管不管？\n[物业-<<per.k:title>>] 收到，明天安排电工<<per.e>>，电话<<tel.e:cn_dash>>\n"
        "[8栋-<<per.b>>] 我家漏水找谁？有事打我电话<<tel.b>>微信同号\n[6栋-<<per.c>>] 谁拿错我快递了？单号[[tracking_number]]，我电话<<tel.c:cn_space>>\n[物业-<<per.k:title>>] 报修请拨[[service_number|400-600-1234]]",
        "待办：1. 12栋楼道灯维修（业主<<per.a>>），电工<<per.e>>（<<tel.e:cn_plain>>）跟进；\n2. 8栋<<per.b>>家漏水，回电<<tel.b:cn_dash>>；\n3. 6栋<<per.c>>快递错拿，联系<<tel.c:cn_plain>>。",
    ),
    T(
        "zh",
        "homeowners_association_chat",
        "根据业委会换届选举的投票登记，统计有效票并列出信息不全的业主。",
        "房号\t业主\t身份证\t手机\t意见\n3-201\t<<per.a>>\t<<cnid.a>>\t<<tel.a:cn_plain>>\t同意\n"
        "5-1102\t<<per.b>>\t<<cnid.b:lower_x>>\t\t同意\n7-0903\t<<per.c>>\t\t<<tel.c:cn_plain>>\t反对",
        "有效票2张（<<per.a>>、<<per.c>>）。信息不全：<<per.b>>（缺手机，身份证<<cnid.b>>）；<<per.c>>缺身份证，"
        "请电话<<tel.c:cn_space>>补登。",
        source="h14-yzq:<<wx.g>>",
    ),
    # ---------------------------------------------------------------- frequent_flyer_dispute
    T(
        "zh",
        "frequent_flyer_dispute",
        "根据常旅客的申诉信，写一份里程补登处理意见。",
        "申诉人：<<per.c>>（<<per.c:pinyin_fl>>）\n护照：<<pass.p>>\n航班：[[code_identifier|CA1831]]，[[timestamp]]\n"
        "申诉：乘机后里程未到账，登机牌已上传。联系方式<<email.c@c>>，<<tel.p:cn_intl>>",
        "处理意见：经核对，旅客<<per.c:pinyin_fl>>（护照<<pass.p>>）确实乘坐该航班，但订票姓名与护照拼写不一致，"
        "补登后通知<<email.c>>。",
    ),
    T(
        "zh",
        "frequent_flyer_dispute",
        "总结这段里程被盗用的客服对话，并给风控组写一条说明。",
        "客户：我的里程被别人兑换了！我叫<<per.c>>，证件号<<cnid.i>>。\n客服：请问最近一次登录是在哪里？",
        "风控说明：会员<<per.c>>（身份证<<cnid.i>>）报告里程被盗兑。异常登录IP <<ip.x>>，兑换票乘机人<<per.t:pinyin_fl>>，"
        "护照<<pass.t>>。请冻结账户并回电<<tel.p:cn_plain>>。",
        history=[
            (
                "不是我，我一直在北京，登录记录里有个 <<ip.x>>。",
                "兑换的机票乘机人是<<per.t:pinyin_fl>>，护照<<pass.t>>，您认识吗？",
            ),
            ("不认识！我电话<<tel.p:cn_fw>>，赶紧处理。", "已提交风控，24小时内回复。"),
        ],
    ),
    # ---------------------------------------------------------------- crop_hail_claim
    T(
        "zh",
        "crop_hail_claim",
        "把农户的冰雹灾害报案整理成保险报案登记表。",
        "报案人：<<per.f>>，<<addr.a:village>>\n身份证：<<cnid.i>>\n手机：<<tel.p:cn_numerals>>\n"
        "受灾作物：玉米[[number|35]]亩，冰雹时间[[timestamp]]\n赔款账户（惠农一卡通）：<<card.c:unionpay>>",
        "报案登记表\n被保险人：<<per.f>>\n身份证：<<cnid.i>>\n地址：<<addr.a:village>>\n电话：<<tel.p:cn_plain>>\n"
        "账户：<<card.c:dashed>>\n损失：玉米35亩",
    ),
    T(
        "zh",
        "crop_hail_claim",
        "根据村委会公示的受灾户名单，检查哪些户缺少银行账户。",
        "受灾户公示（[[organisation|中华联合财产保险]]承保）\n序号 户主 身份证 一卡通 受灾面积\n"
        "1 <<per.a>> <<cnid.a:spaced>> <<card.a:unionpay>> 12亩\n2 <<per.b>> <<cnid.b>> —— 8亩\n"
        "联系人：村会计<<per.k>> <<tel.k:cn_plain>>",
        "缺少账户：第2户<<per.b>>（身份证<<cnid.b:spaced>>）。请村会计<<per.k>>（<<tel.k:cn_dash>>）通知补报。",
    ),
    # ---------------------------------------------------------------- angling_catch_return
    T(
        "zh",
        "angling_catch_return",
        "把海钓船的渔获登记整理成一段朋友圈文案，不要写证件号。",
        "海钓渔获登记\n钓手：<<per.a>>　船：[[product|“鲁荣渔6号”]]\n护照（外籍钓手）：<<pass.p:us>>\n"
        "渔获：真鲷2尾，[[number|3.6]]kg\n钓手QQ：<<qq.q>>　电话<<tel.p:cn_dash>>\n钓手B站：<<url.b:bilibili@a>>",
        "今天跟着<<per.a>>（B站<<url.b>>）出海，真鲷两尾共3.6kg！想约船的朋友加QQ <<qq.q>> 或打<<tel.p:cn_plain>>。",
    ),
    T(
        "zh",
        "angling_catch_return",
        "整理钓鱼比赛报名表，按组别输出。",
        "组别,姓名,手机,身份证,微信\n路亚组,<<per.a>>,<<tel.a:cn_plain>>,<<cnid.a>>,<<wx.a@a>>\n"
        "台钓组,<<per.b>>,<<tel.b:cn_intl2>>,<<cnid.b:x>>,<<wx.b:wxid>>",
        "路亚组：<<per.a>>（<<tel.a:cn_dash>>，微信<<wx.a>>）\n台钓组：<<per.b>>（<<tel.b:cn_plain>>，微信<<wx.b>>）",
        annotators=["<<email.n>>"],
    ),
    # ---------------------------------------------------------------- number_portability
    T(
        "zh",
        "number_portability",
        "号码<<tel.p:cn_dash>>申请携号转网，根据申请记录判断能否办理并说明原因。",
        "携号转网申请\n号码：<<tel.p:cn_plain>>\n机主：<<per.o>>　身份证：<<cnid.i>>\n"
        "授权码：[[number|TX8812]]（短信查询[[service_number|10086]]）\n欠费：[[money|0.00元]]\n"
        "合约：[[product|5G畅享套餐]]，到期[[timestamp]]",
        "可以办理。机主<<per.o>>（<<cnid.i>>）的号码<<tel.p:cn_dash>>无欠费、合约已到期，授权码有效。",
    ),
    T(
        "zh",
        "number_portability",
        "下面是SIM卡实名认证的系统日志，判断是否存在冒名开卡风险。",
        "[[timestamp]] realname check msisdn=<<tel.p:cn_plain>> name=<<per.o>> idno=<<cnid.i:lower_x>> "
        "face_score=0.41 ip=<<ip.i>>\n[[timestamp]] realname check msisdn=<<tel.p:cn_plain>> name=<<per.o>> "
        "idno=<<cnid.i:lower_x>> face_score=0.93 device_mac=<<mac.m:colon_lower>>",
        "存在风险：号码<<tel.p:cn_space>>（机主<<per.o>>，身份证<<cnid.i>>）首次人脸比对仅0.41，"
        "来自IP <<ip.i>>；第二次由设备<<mac.m:colon_lower>>通过，建议人工复核。",
        source="h14-bss:<<tel.p:cn_plain>>",
        system="你是运营商风控助手，报告提交给风控专员<<per.r>>（<<email.r@r>>）。",
    ),
    # ---------------------------------------------------------------- hostel_bed_register
    T(
        "zh",
        "hostel_bed_register",
        "把青旅前台的住宿登记整理成上传治安系统的表格。",
        "住宿登记\n1. <<per.a>>，居民身份证 <<cnid.a>>，来自<<addr.a:post>>，床位[[number|302-4]]\n"
        "2. <<per_en.b:upper>>，护照 <<pass.b:us>>，国籍美国，出生日期<<dob.b:iso>>，押金退款账户 IBAN <<iban.b>>\n"
        "登记人：前台<<per.q>>",
        "| 姓名 | 证件类型 | 证件号 | 备注 |\n|---|---|---|---|\n| <<per.a>> | 身份证 | <<cnid.a>> | 来自<<addr.a:post>> |\n"
        "| <<per_en.b>> | 护照 | <<pass.b>> | 生日<<dob.b:slash_iso>>，退款至<<iban.b>> |",
        system="你是青年旅舍前台助手。店长<<per.m>>，手机<<tel.m:cn_plain>>，紧急时打店长。",
        annotators=["<<per.q:user>>"],
    ),
    T(
        "zh",
        "hostel_bed_register",
        "根据微信预订对话，生成入住确认。",
        "客人：你好，订两晚床位，名字<<per.g>>。",
        "入住确认：<<per.g>>，两晚，身份证<<cnid.i:fw>>，联系电话<<tel.p:cn_plain>>，到店时间约22点。",
        history=[
            ("需要登记身份证号和电话。", "<<cnid.i>>，电话<<tel.p:cn_numerals>>，晚上十点到。"),
            ("好的，押金[[money|100元]]。", "微信转你了，我微信号<<wx.g@g>>。"),
        ],
        source="h14-wxkf:<<wx.g@g>>",
    ),
    # ---------------------------------------------------------------- piecework_wage_slip
    T(
        "zh",
        "piecework_wage_slip",
        "下面是从Excel粘贴出来的计件工资表，核对应发金额并指出错误行。",
        "工号\t姓名\t身份证号\t工资卡号\t件数\t单价\t应发\n"
        "[[employee_id|A017]]\t<<per.a>>\t<<cnid.a>>\t<<card.a:plain>>\t1200\t0.85\t1020.00\n"
        "[[employee_id|A023]]\t<<per.b>>\t<<cnid.b>>\t<<card.b:plain>>\t980\t0.85\t[[money|883.00]]",
        "第2行有误：<<per.b>> 980×0.85=833.00，表中写成883.00。<<per.a>>（卡号<<card.a:spaced>>）金额正确。",
    ),
    T(
        "zh",
        "piecework_wage_slip",
        "把发给<<per.a>>（<<tel.a:cn_plain>>）的工资条短信改写成更友好的版本，不改变数字。",
        "【工资条】<<per.a>>，您本月计件[[number|1,536]]件，应发[[money|2611.20元]]，已转入尾号卡（<<card.a>>）。"
        "疑问请联系车间统计<<per.t>>，电话<<tel.t:cn_land>>。",
        "<<per.a>>您好！本月辛苦了，计件1,536件，工资2611.20元已发到您的银行卡<<card.a>>。"
        "有疑问可以找统计<<per.t>>（<<tel.t:cn_land>>）。",
        source="h14-sms/<<tel.a:cn_plain>>",
        annotators=["<<email.x>>"],
    ),
    # ---------------------------------------------------------------- gerrit_change
    T(
        "zh",
        "gerrit_change",
        "根据提交元数据，写一段中文的变更说明。",
        "commit [[number|9f2c1e7a4b]]\nAuthor: <<per.a:pinyin>> <<<email.a@a>>>\nDate:   [[timestamp]]\n"
        "Profile: <<url.g:github@a>>\nReviewed-on: https://gerrit.example.cn/c/pay/+/48213\nReviewed-by: <<per.r:pinyin>> <<<email.r@r>>>\n\n"
        "    fix(pay): 修复 [[code_identifier|RefundService.retry()]] 重复退款",
        "本次变更由<<per.a>>（<<email.a>>，<<url.g>>）提交，<<per.r:pinyin>>审核，修复了退款重试导致的重复退款问题。",
    ),
    T(
        "zh",
        "gerrit_change",
        "看 git blame 的输出，说明第42行是谁改的，以及测试数据里有什么问题。",
        "a81f3c2d (<<per.a:user>> [[timestamp]]  41)     mock_user = {\n"
        'a81f3c2d (<<per.a:user>> [[timestamp]]  42)         "phone": "<<tel.p:cn_plain>>",\n'
        'c0ffee12 (<<per.b:user>> [[timestamp]]  43)         "id_card": "<<cnid.i>>",\n'
        'c0ffee12 (<<per.b:user>> [[timestamp]]  44)         "ssn": "<<ssn.s:dash>>",\n'
        "c0ffee12 (<<per.b:user>> [[timestamp]]  45)     }",
        "第42行由<<per.a:user>>修改。问题：测试数据用了真实格式的手机号<<tel.p:cn_plain>>和身份证号<<cnid.i>>，"
        "以及SSN <<ssn.s:dash>>，应换成明显虚构的值。",
        annotators=["<<email.x>>", "cr14/<<per.a:user>>"],
    ),
    # ---------------------------------------------------------------- tcm_herbal_prescription
    T(
        "zh",
        "tcm_herbal_prescription",
        "把这张中医处方笺整理成电子处方。",
        "中医处方笺　门诊号：<<mrn.m:mz>>　ID号：<<mrn.i:digits>>\n姓名：<<per.p>>　性别：女　年龄：[[number|47]]岁\n"
        "住址：<<addr.a:lane>>　电话：<<tel.p:cn_plain>>\n诊断：失眠（心脾两虚），方用[[public_figure|张仲景]]酸枣仁汤加减\n处方：[[common_word|当归]]10g 茯神15g 远志6g\n医师：<<per.d>>",
        '{"outpatient_no": "<<mrn.m>>", "patient_id": "<<mrn.i>>", "patient": "<<per.p>>", "phone": "<<tel.p:cn_dash>>", '
        '"diagnosis": "失眠", "doctor": "<<per.d>>"}',
        system="你是国医馆的电子处方助手。药房负责人<<per.y>>（微信<<wx.y@y>>）负责审方。",
    ),
    T(
        "zh",
        "tcm_herbal_prescription",
        "代煎配送订单如下，请生成给配送员的派送单。",
        "代煎订单 [[order_number]]　顺丰单号[[tracking_number]]\n处方来源：病案号<<mrn.b:dash>>\n收件人：<<per.r>>　电话<<tel.r>>\n"
        "地址：<<addr.a:road_bld>>\n备注：老人独居，送到后请打座机<<tel.o:cn_land>>",
        "派送单：收件人<<per.r>>，地址<<addr.a:road_bld>>，手机<<tel.r:cn_dash>>，座机<<tel.o:cn_land>>（老人独居，送到后电话确认）。",
        history=[("配送员：病案号多少，我核对药袋。", "药袋上印的是<<mrn.b>>。")],
    ),
    # ---------------------------------------------------------------- audiology_fitting
    T(
        "zh",
        "audiology_fitting",
        "根据助听器验配记录，写一份给家属的说明。",
        "助听器验配记录　病案号：<<mrn.m:dash>>\n患者：<<per.p>>，出生日期<<dob.b:cn_numerals>>\n"
        "听力：双耳中重度感音神经性聋\n验配：[[product|峰力Audéo P90]]，[[version]]固件\n家属：女儿<<per.k>>，手机<<tel.k:cn_intl2>>",
        "<<per.k>>您好：您父亲<<per.p>>（病案号<<mrn.m>>）已完成助听器验配，两周后复查。如有啸叫请致电<<tel.c:cn_land>>。",
    ),
    T(
        "zh",
        "audiology_fitting",
        "新生儿听力筛查结果如下，请生成发给母亲<<per.m>>的通知短信。",
        "新生儿听力筛查\n母亲：<<per.m>>　住院号：<<mrn.z:zy>>\n母亲身份证：<<cnid.m>>\n"
        "新生儿出生日期：<<dob.b:cn>>\n结果：左耳未通过（OAE）\n联系电话：<<tel.p:cn_plain>>",
        "【筛查通知】<<per.m>>您好，宝宝（住院号<<mrn.z>>，<<dob.b:cn_pad>>出生）左耳初筛未通过，请于42天内复筛。",
        source="h14-his/<<mrn.z>>",
    ),
    # ---------------------------------------------------------------- grain_purchase_receipt
    T(
        "zh",
        "grain_purchase_receipt",
        "根据售粮人<<per.s>>的粮食收购结算单，核对金额并生成回执。",
        "粮食收购结算单\n售粮人：<<per.s>>　身份证：<<cnid.i>>\n车牌（农用车）：<<plate.p>>　司机驾驶证：<<dl.d>>\n"
        "品种：小麦　净重：[[number|12,460]]kg　单价：[[money|1.18元]]/斤\n结算卡：<<card.c:unionpay>>\n手机：<<tel.p>>",
        "回执：<<per.s>>（<<cnid.i>>）交售小麦12,460kg，货款已转入<<card.c:spaced>>，车辆<<plate.p>>（驾驶证<<dl.d>>）已出库。",
        system="你是粮站结算助手。站长<<per.z>>，座机<<tel.z:cn_land>>。",
    ),
    T(
        "zh",
        "grain_purchase_receipt",
        "粮站系统日志里有一笔结算失败，说明原因。",
        "[[timestamp]] settle req seller=<<per.s:pinyin>> idno=<<cnid.i:x>> card=<<card.c>> amt=[[money]]\n"
        "[[timestamp]] bank resp code=51 msg=账户户名不符 name_on_card=<<per.k>>\n"
        "[[timestamp]] notify sms to <<tel.p:cn_plain>> ok",
        "结算失败原因：卡号<<card.c>>的户名是<<per.k>>，与售粮人<<per.s>>（身份证<<cnid.i:x>>）不一致。"
        "已短信通知<<tel.p:cn_dash>>，请改用本人账户。",
    ),
]

EN = [
    # ---------------------------------------------------------------- veterinary_triage
    T(
        "en",
        "veterinary_triage",
        "Turn this veterinary intake form into a SOAP-style summary for the attending vet.",
        "PAWS & CLAWS ANIMAL HOSPITAL - NEW CLIENT INTAKE\nOwner (Last, First): <<per.o:last_first>>\n"
        "Phone: <<tel.p:us_paren>>   Alt: <<tel.q:us_dot>>\nAddress: <<addr.a:full>>\nEmail: <<email.o@o>>\n"
        'Patient: "[[common_word|Biscuit]]", 4 y/o beagle, microchip [[number|985112004433921]]\n'
        "Reason: ate half a bar of [[product|Lindt 85% dark chocolate]]\nChart #: <<mrn.m:alpha>>\nRefill shipped: [[tracking_number]]",
        "S: Owner <<per.o>> reports chocolate ingestion. O: pending. A: theobromine toxicity risk. P: induce emesis.\n"
        "Client contact: <<tel.p:us_dash>> / <<email.o>>; chart <<mrn.m>>.",
    ),
    T(
        "en",
        "veterinary_triage",
        "Caller <<per.o>> rang the ER line. Classify the urgency of this after-hours triage chat (red/amber/green) and write a handover note.",
        "Tech: ER line, what's going on?\nCaller: hi um my cat got into the lilies, she's drooling. I'm <<per.o>>, "
        "we were in last month, file number <<mrn.m:digits>> I think.",
        "Red. Lily ingestion in cats can cause acute kidney injury.\nHandover: owner <<per.o:upper>>, callback <<tel.p:us_plain>>, "
        "file <<mrn.m>>, address on file <<addr.a:line>>. Ask Dr. <<per.d:family>> to see on arrival.",
        history=[
            ("Best number to reach you?", "<<tel.p:us_intl>>, and we're at <<addr.a:line_unit>>."),
            ("Any other pets?", "A dog, [[common_word|Hope]], she's fine."),
        ],
        system="You are the triage assistant of an animal ER. On-call manager: <<per.s>> (<<email.s@s>>).",
    ),
    # ---------------------------------------------------------------- adjuster_field_notes
    T(
        "en",
        "adjuster_field_notes",
        "Clean up these auto-claim adjuster field notes into a short report.",
        "FIELD NOTES [[timestamp]] clmt <<per.c:upper>> DL <<dl.d:ca>> plate <<plate.v:ca>> rear-ended by "
        "[[product|Ford F-150]] at <<addr.x:numbered>>. clmt cell <<tel.c:us_dash>>. SSN for 1099 on file <<ssn.s>>. "
        "Other driver <<per.o>> ph <<tel.o:us_dot>>, ins [[organisation|GEICO]]. Adjuster <<per.j:initial>> #[[employee_id|ADJ-5521]]",
        "Claimant <<per.c>> (CA DL <<dl.d>>, plate <<plate.v>>) was rear-ended at <<addr.x:numbered>>. Contact: <<tel.c:us_paren>>. "
        "Third party: <<per.o>>, <<tel.o:us_dash>>. SSN <<ssn.s:dash>> is needed only for the 1099.",
        annotators=["<<per.j:user>>"],
    ),
    T(
        "en",
        "adjuster_field_notes",
        "From <<per.i>>'s homeowner flood-claim notes, list the documents still missing before payment.",
        "Insured: <<per.i:last_first>>, DOB <<dob.b:us_pad>>\nRisk address: <<addr.h:full_unit>>\n"
        "Mortgagee: [[organisation|Wells Fargo]]\nPayment: ACH to card-linked account, debit card <<card.c:visa>>\n"
        "Contractor: <<per.k>>, <<tel.k:us_paren>>, lic. [[number|CSLB 1049923]]\n"
        "[OCR of contractor business card] <<per.k:upper>> | Owner | M <<tel.k:us_dot>> | <<email.k@k>> | <<addr.k:line>>",
        "Missing: signed proof of loss from <<per.i>>; contractor <<per.k>>'s estimate; confirmation that card <<card.c:spaced>> "
        "belongs to the insured (DOB <<dob.b:long>>).",
        history=[("Adjuster: best phone for the insured?", "<<tel.i:us_plain>>, after 5pm.")],
    ),
    # ---------------------------------------------------------------- swift_wire_instruction
    T(
        "en",
        "swift_wire_instruction",
        "Check this outgoing wire instruction for missing or inconsistent fields.",
        "OUTGOING WIRE - INTERNATIONAL\nOrdering customer: <<per.r:upper>>\nAddress: <<addr.r:multiline>>\n"
        "Phone: <<tel.r:us_intl2>>\nID: US passport <<pass.r:us>>\nBeneficiary: <<per.b>>\nIBAN: <<iban.x>>\nBeneficiary address: <<addr_uk.b:flat>>\n"
        "BIC: [[code_identifier|BARCGB22]]\nAmount: [[money|£12,400.00]]\nPurpose: property deposit",
        "1. IBAN <<iban.x>> passes the mod-97 check.\n2. Ordering customer <<per.r>> (passport <<pass.r>>) matches the account holder.\n"
        "3. Beneficiary <<per.b:last_first>> at <<addr_uk.b:line>> is complete.",
    ),
    T(
        "en",
        "swift_wire_instruction",
        "Summarise this escrow e-mail thread and flag any signs of wire fraud.",
        "From: <<per.e>> <<<email.e@e>>>\nTo: <<per.b>> <<<email.b@b>>>\nSubject: UPDATED wiring instructions\n\n"
        "Hi <<per.b:given>>, our bank changed. Please wire the closing funds to IBAN <<iban.n>> instead. "
        "Call me at <<tel.e:uk_intl>> if needed.",
        "Likely fraud: last-minute change of bank to IBAN <<iban.n>>. Advise <<per.b>> to call the escrow officer <<per.e>> "
        "on a number from the original contract, not <<tel.e:uk_intl>>, and not to reply to <<email.e>>.",
        history=[
            (
                "Buyer: is this normal?",
                "No. Our closing file lists buyer <<per.b>>, SSN <<ssn.b:space>>, phone <<tel.b:us_paren>>.",
            )
        ],
    ),
    # ---------------------------------------------------------------- applicant_tracking_export
    T(
        "en",
        "applicant_tracking_export",
        "Here is an ATS CSV export (first and last name in separate columns). Draft an interview invite for each row.",
        "First Name,Last Name,Email,Phone,LinkedIn,Job,Stage\n<<per.a:given>>,<<per.a:family>>,<<email.a@a>>,<<tel.a:us_plain>>,<<url.a:linkedin@a>>,"
        "Data Analyst,Phone Screen\n<<per.b:given>>,<<per.b:family>>,<<email.b@b>>,<<tel.b:uk_mobile>>,,[[code_identifier|Kotlin]] Engineer,Onsite",
        "Dear <<per.a>>, we would like to invite you to a phone screen for the Data Analyst role; we will call <<tel.a:us_dash>> (profile <<url.a>> noted).\n"
        "Dear <<per.b>>, please join us onsite for the Kotlin Engineer loop; details were sent to <<email.b>>.",
    ),
    T(
        "en",
        "applicant_tracking_export",
        "Convert this candidate JSON from the ATS into a one-paragraph profile.",
        '{"candidate": {"name": "<<per.c>>", "name_native": "<<per_cn.z>>", "email": "<<email.c@c>>", '
        '"phone": "<<tel.p:cn_intl>>", "wechat": "<<wx.w@z>>", "linkedin": "<<url.l:linkedin@c>>", '
        '"dob": "<<dob.b:iso>>", "national_id": "<<cnid.n>>", "qq": "<<qq.q>>", "source": "[[organisation|Greenhouse]]", "app_version": "[[version]]"}}',
        "<<per.c>> (<<per_cn.z>>, born <<dob.b:long>>) can be reached at <<email.c>>, <<tel.p:cn_plain>> or on WeChat "
        "(<<wx.w>>) or QQ <<qq.q>>; LinkedIn: <<url.l>>. National ID on file: <<cnid.n:spaced>>.",
        annotators=["ats14/<<per.h:user>>"],
    ),
    # ---------------------------------------------------------------- report_card
    T(
        "en",
        "report_card",
        "Write a short comment for the parents based on this report card, with the teacher's contact details.",
        "LINCOLN ELEMENTARY - REPORT CARD\nStudent: <<per.s:last_first>>   Student ID: [[employee_id|S-204418]]\n"
        "DOB: <<dob.b:us>>\nReading: 3   Math: 4   Science: 3\nParent/Guardian: <<per.p>>, <<tel.p:us_paren>>\n"
        "Teacher: <<per.t>>, <<email.t@t>>",
        "Dear <<per.p>>, <<per.s>> had a strong term in math and loved our [[public_figure|Roald Dahl]] unit. Please reach out to <<per.t>> at <<email.t>> "
        "or we can call you on <<tel.p:us_dot>>.",
        annotators=["<<email.a>>", "edu14/<<per.t:user>>"],
    ),
    T(
        "en",
        "report_card",
        "A parent of <<per.s>> replies to the school report. Answer each question politely.",
        "Hello, the report for <<per.s>> lists our address as <<addr.a:line>>, but we moved. Also his date of birth "
        "shows <<dob.b:eu>> - that's the UK format, right?",
        "Thank you. We have updated the address to <<addr.n:full>>. The date <<dob.b:eu>> is <<dob.b:long>>. "
        "Please confirm the new home phone <<tel.h:us_dash>>.",
        history=[("Our new number is <<tel.h:us_plain>>.", "Noted, thanks.")],
    ),
    # ---------------------------------------------------------------- bursary_application
    T(
        "en",
        "bursary_application",
        "Convert this bursary application into JSON with snake_case keys.",
        "UNIVERSITY HARDSHIP BURSARY\nName: <<per.s>>\nDate of birth: <<dob.b:long_eu>>\nTerm address: <<addr_uk.t:flat>>\n"
        "Home address: <<addr_uk.h:multiline>>\nMobile: <<tel.p:uk_mobile>>\nBank: IBAN <<iban.x:gb>>\n"
        "Household income: [[money|£14,200.00]]",
        '{"name": "<<per.s>>", "date_of_birth": "<<dob.b:iso>>", "term_address": "<<addr_uk.t:flat>>", '
        '"mobile": "<<tel.p:uk_intl>>", "iban": "<<iban.x>>"}',
    ),
    T(
        "en",
        "bursary_application",
        "As the financial-aid officer, list what this student still has to provide.",
        "Applicant <<per.s>>, SSN <<ssn.s>>, e-mail <<email.s@s>>. Parent <<per.m>> (<<tel.m:us_dash>>) uploaded a 2024 "
        "[[organisation|IRS]] transcript. Missing: verification worksheet.",
        "Please ask <<per.s>> (<<email.s>>) to submit the verification worksheet; SSN <<ssn.s:dash>> must match the FAFSA. "
        "Parent <<per.m>> can be called at <<tel.m:us_paren>>.",
        system="You assist the aid office. Reviewer: <<per.r>> <<<email.r@r>>>.",
    ),
    # ---------------------------------------------------------------- kubectl_logs
    T(
        "en",
        "kubectl_logs",
        "Review this kubectl logs output and list every piece of personal data printed in clear text.",
        "$ kubectl logs [[code_identifier|checkout-api-6b8d9f7c4-qp2lm]] --since=5m\n"
        '{"lvl":"info","t":"[[timestamp]]","msg":"order placed","email":"<<email.c@c>>","profile":"<<url.p:twitter@c>>","ship_to":"<<addr.a:line>>"}\n'
        '{"lvl":"debug","msg":"kyc payload","ssn":"<<ssn.s:plain>>","cn_id":"<<cnid.n>>","dob":"<<dob.b:iso>>","ip":"<<ip.i>>"}',
        "Clear-text personal data: e-mail <<email.c>>, profile <<url.p>>, shipping address <<addr.a:line>>, SSN <<ssn.s:dash>>, Chinese ID <<cnid.n>>, date of birth "
        "<<dob.b:us>>, client IP <<ip.i>>. The debug KYC line must never reach production logs.",
    ),
    T(
        "en",
        "kubectl_logs",
        "Explain from the describe output and the chat why the pod keeps crashing.",
        "$ kubectl describe pod mailer-0\nNode: ip-10-0-3-17/<<ip.n:private>>\nEnvironment:\n  OPS_CONTACT:  <<email.o@o>>\n"
        "  PAGER_PHONE:  <<tel.p:us_intl>>\n  NODE_MAC:     <<mac.m:colon>>\n  IMAGE:        mailer:[[version]]\n"
        "Events:  Warning  BackOff  kubelet  Back-off restarting failed container",
        "The container exits because SMTP auth for <<email.o>> fails. Also move PAGER_PHONE (<<tel.p:us_dash>>) into a Secret; "
        "node <<ip.n>> (<<mac.m:dash>>) is healthy.",
        history=[("<<per.o>>: mailer-0 is in CrashLoopBackOff again", "Check the env, is SMTP_PASSWORD set?")],
        source="h14-opsgenie:<<email.o@o>>",
    ),
    # ---------------------------------------------------------------- callcenter_asr
    T(
        "en",
        "callcenter_asr",
        "This is an ASR transcript of a support call from <<tel.p:us_dash>>, with filler words. Turn it into a ticket.",
        "[AGENT] thank you for calling, this is [[common_word|Will]], how can I help\n"
        "[CALLER] uh yeah hi um my name is <<per.c:lower_full>> and uh I was charged twice\n"
        "[AGENT] okay can I get the phone number on the account\n[CALLER] sure it's uh <<tel.p:us_plain>>\n"
        "[CALLER] and the card ending uh the full number is <<card.c:plain>> I guess",
        "Ticket\nCustomer: <<per.c>>\nPhone: <<tel.p:us_paren>>\nCard: <<card.c:spaced>>\nIssue: duplicate charge of [[money]]",
        source="h14-asr/<<tel.p:us_plain>>",
    ),
    T(
        "en",
        "callcenter_asr",
        "Extract the callback details (name, office line with extension, address) from this diarised transcript.",
        "[SPK_1 <<per.c:upper>>] hi so the boiler's broken again, I called your [[service_number|1-800-555-0199]] line\n"
        "[SPK_0] sorry about that, best number\n[SPK_1 <<per.c:upper>>] office is <<tel.o:us_dash>> ext. 204, or mobile <<tel.m:us_dot>>\n"
        "[SPK_1 <<per.c:upper>>] address is <<addr.a:line_unit>>, um, buzzer's broken too",
        "Name: <<per.c>>\nOffice: <<tel.o:us_paren>> x204\nMobile: <<tel.m:us_dash>>\nAddress: <<addr.a:line_unit>> (buzzer broken)",
        system="You are a QA assistant for the contact centre. Shift lead: <<per.q>>, ext. line <<tel.q:uk_land>>.",
    ),
    # ---------------------------------------------------------------- taxi_dispatch_log
    T(
        "en",
        "taxi_dispatch_log",
        "Using the dispatch log, draft a reply to the passenger's overcharge complaint.",
        "[[timestamp]] CALL pax <<per.c>> cb <<tel.c:us_dot>> pickup <<addr.a:line>>\n"
        "[[timestamp]] ASSIGN cab 412 plate <<plate.t:ny>> drv <<per.d:last_first>> TLC [[number|5512093]]\n"
        "[[timestamp]] COMPLAINT pax says fare [[money]] too high",
        "Dear <<per.c>>, we reviewed trip 412 (plate <<plate.t>>, driver <<per.d>>). The route was longer than needed and we "
        "will refund the difference. We will call you at <<tel.c:us_paren>> if we need anything else.",
    ),
    T(
        "en",
        "taxi_dispatch_log",
        "Reformat this ride-hailing receipt as an expense line for the finance team.",
        "Your trip with [[organisation|Lyft]]\nRider: <<per.r>> (<<email.r@r>>)\nPickup: <<addr.a:full>>\nDropoff: [[public_place|SFO Terminal 2]]\n"
        "Driver: <<per.d:given>>, <<plate.t:ca>>\nTotal: [[money]]  Ride ID: [[order_number]]\nPaid with card <<card.c:amex>>",
        "Expense: <<per.r>> | taxi | pickup <<addr.a:full>> | plate <<plate.t>> | card <<card.c:dashed>> | receipt to <<email.r>>",
    ),
    # ---------------------------------------------------------------- elevator_maintenance_log
    T(
        "en",
        "elevator_maintenance_log",
        "Write the monthly maintenance summary for the building manager.",
        "ELEVATOR MAINTENANCE LOG - <<addr.b:full>>\nUnit: Car 2 ([[product|Otis Gen2]])\nTechnician: <<per.w>>, mobile <<tel.w:us_paren>>\n"
        "Building manager: <<per.m>>, <<tel.m:us_dash>>, <<email.m@m>>\nFinding: door operator belt worn, replaced.\n"
        "Next inspection: [[timestamp]]",
        "Car 2 at <<addr.b:line>> was serviced by <<per.w>>; the door belt was replaced. Questions to <<per.w>> at "
        "<<tel.w:us_dot>> or to <<per.m>> (<<email.m>>).",
    ),
    T(
        "en",
        "elevator_maintenance_log",
        "These are IoT gateway heartbeats from elevator controllers. Which gateway went offline and who should be told?",
        "gw=<<mac.g:colon_lower>> ip=<<ip.g>> state=up ts=[[timestamp]]\ngw=<<mac.h:dash>> ip=<<ip.h:private>> state=down ts=[[timestamp]]\n"
        "oncall=<<per.t:lower_dot>> phone=<<tel.t:us_plain>>",
        "Gateway <<mac.h:colon>> (<<ip.h>>) is down. Notify on-call technician <<per.t>> at <<tel.t:us_dash>>.",
    ),
    # ---------------------------------------------------------------- chess_tournament_pairings
    T(
        "en",
        "chess_tournament_pairings",
        "Convert the round-3 pairings into a FIDE registration list (surname first, upper case).",
        "| Bd | White | Black |\n|---|---|---|\n| 1 | <<per.a>> | <<per.b>> |\n| 2 | <<per_cn.c:pinyin>> | <<per.d>> |\n"
        "Note: junior <<per_cn.c:pinyin>>, DOB <<dob.c:us_pad>>, passport <<pass.c:cn_e>>, Chinese ID <<cnid.c:x>>.",
        "1. <<per.a:upper>> - <<per.b:upper>>\n2. <<per_cn.c:pinyin_fl>> - <<per.d:upper>>\nJunior check: <<per_cn.c:pinyin_fl>>, born <<dob.c:iso>>, "
        "passport <<pass.c>>, ID <<cnid.c:lower_x>>.",
    ),
    T(
        "en",
        "chess_tournament_pairings",
        "Build a player registration record from this chat with a parent.",
        "Parent: Hi, registering my daughter <<per.k>> for the Open. She's rated [[number|1487]].",
        "Player: <<per.k>>\nDOB: <<dob.k:iso>>\nUSCF ID: [[employee_id|30418827]]\nGuardian: <<per.g>>, <<tel.g:us_dash>>, <<email.g@g>>",
        history=[
            (
                "Date of birth and a guardian contact, please.",
                "<<dob.k:long>>. I'm <<per.g>>, <<tel.g:us_intl2>>, <<email.g>>.",
            ),
            ("Has she played [[public_figure|Magnus Carlsen]]'s simul before?", "Ha, no!"),
        ],
    ),
    # ---------------------------------------------------------------- bicycle_theft_report
    T(
        "en",
        "bicycle_theft_report",
        "Write the acknowledgement letter for this stolen-bicycle police report.",
        "INCIDENT REPORT #[[order_number|24-118830]]\nReporting party: <<per.r:last_first>>, DOB <<dob.r:us>>\n"
        "Address: <<addr.a:full>>\nPhone: <<tel.p:us_paren>>\nProperty: [[product|Trek FX 3]] bicycle, serial [[number|WTU288C0913K]]\n"
        "Location: bike rack outside <<addr.x:line>>; CCTV NVR at <<ip.c>>",
        "Dear <<per.r>>, your report of a stolen Trek bicycle from outside <<addr.x:line>> has been received. An officer may "
        "call you at <<tel.p:us_dash>>.",
    ),
    T(
        "en",
        "bicycle_theft_report",
        "Rewrite this neighbourhood-app post as a short 'stolen bike' notice.",
        "Posted by <<per.o:initial>> · 2h\nMy e-bike got taken from our garage last night!! Registered with the city, "
        "plate <<plate.e>>. Call or text <<tel.p:us_dot>>, or DM me at <<url.u:instagram@o>>. Reward [[money]]",
        "STOLEN: e-bike, plate <<plate.e>>, taken from a garage overnight. Owner <<per.o>>: <<tel.p:us_dash>> / <<url.u>>.",
        history=[("Moderator: full name for the police liaison?", "<<per.o>>, DOB <<dob.o:us_pad>>.")],
    ),
    # ---------------------------------------------------------------- rv_campground_reservation
    T(
        "en",
        "rv_campground_reservation",
        "Write a check-in reminder text from this campground reservation.",
        "RESERVATION CONFIRMED\nGuest: <<per.g>>\nRV plate: <<plate.r:tx>>   Driver licence: <<dl.d:tx>>\nSite: 14B (50 amp)\n"
        "Phone: <<tel.p:us_plain>>   Email: <<email.g@g>>\nCard on file: <<card.c:mc>>\nArrival: [[timestamp]]",
        "Hi <<per.g:given>>! Site 14B is ready for your RV (<<plate.r>>). Check-in from 2pm; bring the licence <<dl.d>>. "
        "Reply STOP to opt out. - sent to <<tel.p:us_dash>>",
    ),
    T(
        "en",
        "rv_campground_reservation",
        "One device keeps dropping off the campground Wi-Fi. Identify the guest and suggest a fix.",
        "[[timestamp]] captive-portal login ok user=<<email.g>> mac <<mac.m:colon>> ip=<<ip.i:private>>\n"
        "[[timestamp]] deauth mac <<mac.m:colon_lower>> reason=roam\nsite 22A guest <<per.g>> DL <<dl.d:wa>>",
        "Device <<mac.m:cisco>> (login <<email.g>>) at site 22A belongs to <<per.g>>. Suggest moving the AP closer to row 22.",
    ),
    # ---------------------------------------------------------------- arbitration_docket
    T(
        "en",
        "arbitration_docket",
        "From this arbitration docket entry, draft the hearing notice to the claimant, <<per.a>>.",
        "AAA CASE [[order_number|01-24-0003-8817]]\nClaimant: <<per.a>>, <<addr.a:full>>\nRespondent: [[organisation|Northwind Logistics LLC]]\n"
        "Claimant's counsel: <<per.l>>, <<tel.l:us_dash>>, <<email.l@l>>\nArbitrator: Hon. <<per.z>>\nHearing: [[timestamp]]",
        "Dear <<per.a>>, the evidentiary hearing before <<per.z>> is scheduled as listed. Please coordinate with your counsel "
        "<<per.l>> (<<tel.l:us_paren>>). Notice mailed to <<addr.a:full>>.",
    ),
    T(
        "en",
        "arbitration_docket",
        "Turn the case manager's message into a service-of-process table.",
        "Case manager: Respondent's registered agent is <<per.b>>, DOB <<dob.b:short_month>>, served at <<addr.b:line_unit>>, "
        "phone <<tel.b:us_paren>>. Witness <<per_cn.w>> (passport <<pass.w:cn_g>>, ID <<cnid.w>>, WeChat <<wx.w@w>>, QQ <<qq.w>>) testifies remotely.",
        "| Item | Value |\n|---|---|\n| Agent | <<per.b>> |\n| DOB | <<dob.b:iso>> |\n| Address | <<addr.b:line_unit>> |\n"
        "| Phone | <<tel.b:us_dash>> |\n| Witness | <<per_cn.w:pinyin>> (<<pass.w>>, ID <<cnid.w>>, QQ <<qq.w>>) |",
        source="h14-aaa/<<email.m>>",
    ),
    # ---------------------------------------------------------------- orthodontic_aligner_case
    T(
        "en",
        "orthodontic_aligner_case",
        "Summarise this referral for a panoramic X-ray and aligner work-up.",
        "REFERRAL - ORTHODONTICS\nPatient: <<per.p>>   MRN: <<mrn.m:mrn>>   DOB: <<dob.b:us_pad>>\nGuardian: <<per.g>>, <<tel.g:us_paren>>\n"
        "Imaging: pano + ceph on [[product|Planmeca ProMax]]\nPlan: [[product|Invisalign]] Teen\nReferring dentist: Dr. <<per.d>>",
        "<<per.p>> (MRN <<mrn.m>>, DOB <<dob.b:long>>) is referred by Dr. <<per.d>> for pano/ceph and aligner planning. "
        "Contact guardian <<per.g>> at <<tel.g:us_dash>>.",
    ),
    T(
        "en",
        "orthodontic_aligner_case",
        "Write the recall text from this practice-management export.",
        '{"patient_id": "<<mrn.m:digits>>", "name": "<<per.p:last_first>>", "mobile": "<<tel.p:us_intl2>>", '
        '"portal_user": "<<per.p:user>>", "next_visit": "[[timestamp]]", "tray": "[[number|14/32]]", "insurer": "[[organisation|Delta Dental]]"}',
        "Hi <<per.p>>, time for tray 14! Your check-up is booked (patient <<mrn.m>>). Reply here or call us; we have <<tel.p:us_dash>> on file.",
        annotators=["<<email.a>>", "dent14/<<per.x:user>>"],
    ),
    # ---------------------------------------------------------------- pulumi_stack_export
    T(
        "en",
        "pulumi_stack_export",
        "Audit this `pulumi stack export` output for personal data that should not be in state.",
        '{"version": 3, "deployment": {"resources": [{"urn": "urn:pulumi:prod::crm::gcp:sql/user:User::admin", '
        '"outputs": {"host": "<<ip.d>>", "name": "<<per.o:lower_dot>>", "labels": {"owner": "<<email.o@o>>", '
        '"pager": "<<tel.p:us_intl2>>"}, "iban_for_refunds": "<<iban.x>>"}}], "manifest": {"time": "[[timestamp]]"}}}',
        "Personal data in state: owner e-mail <<email.o>>, pager <<tel.p:us_dash>>, DB user <<per.o:lower_dot>>, refund IBAN <<iban.x>>; "
        "the host <<ip.d>> should also be a secret.",
    ),
    T(
        "en",
        "pulumi_stack_export",
        "Explain each key of this Pulumi stack config.",
        'config:\n  app:supportName: <<per.a:upper>>\n  app:supportPhone: "<<tel.p:uk_intl>>"\n  app:bastionIp: <<ip.b:v6>>\n'
        "  app:bastionMac: <<mac.m:colon>>\n  app:githubOwner: <<url.g:github@a>>",
        "supportName (<<per.a>>) is shown in error pages; supportPhone is <<tel.p:uk_mobile>>; bastionIp <<ip.b>> is the jump host; "
        "bastionMac <<mac.m:colon>> pins its NIC; githubOwner <<url.g>> owns the repo.",
        system="You help <<per.a>> (<<email.a@a>>) with infrastructure questions.",
    ),
    # ---------------------------------------------------------------- voice_assistant_transcript
    T(
        "en",
        "voice_assistant_transcript",
        "Label the intent of each utterance in this smart-speaker log.",
        "USER: alexa, play [[public_figure|Taylor Swift]]\nUSER: alexa, call <<per.c>>\nDEVICE: calling <<per.c>> on mobile, <<tel.c:us_plain>>\nUSER: no wait, um, call her work, "
        "<<tel.w:us_dash>>\nUSER: and change my delivery address to <<addr.a:line_unit>>",
        "1. call contact (<<per.c>>, <<tel.c:us_paren>>); 2. call alternate number <<tel.w:us_dot>>; 3. update address to <<addr.a:line_unit>>.",
        source="h14-avs/<<email.u>>",
    ),
    T(
        "en",
        "voice_assistant_transcript",
        "Create a trip log entry from this in-car assistant transcript.",
        "[DRIVER] navigate home\n[ASSISTANT] heading to <<addr.h:full>>, about [[number|35]] minutes\n"
        "[DRIVER] uh text my wife <<per.w:given>>... <<per.w>>, say I'm running late\n[ASSISTANT] message sent to <<tel.w:us_intl>>\n"
        "[DRIVER] check tickets for plate <<plate.c:ny>>",
        "Trip: vehicle <<plate.c>> to <<addr.h:full>>; late message sent to <<per.w>> (<<tel.w:us_dash>>); ticket lookup requested.",
    ),
    # ---------------------------------------------------------------- postgres_slow_query
    T(
        "en",
        "postgres_slow_query",
        "Analyse this PostgreSQL slow-query log: suggest an index and list the personal data it leaks.",
        "[[timestamp]] UTC [4411] app@crm LOG:  duration: 1820.337 ms  statement: SELECT * FROM customers WHERE "
        "ssn = '<<ssn.s:plain>>' OR (last_name = '<<per.c:family>>' AND first_name = '<<per.c:given>>') OR cn_id = '<<cnid.k:lower_x>>'\n"
        "[[timestamp]] UTC [4411] app@crm LOG:  connection received: host=<<ip.h>> port=51512",
        "Add an index on customers(ssn) and (last_name, first_name). The log leaks SSN <<ssn.s:dash>>, ID <<cnid.k:lower_x>>, the name <<per.c>> and client IP <<ip.h>>.",
    ),
    T(
        "en",
        "postgres_slow_query",
        "Read the auto_explain parameters and explain the sequential scan.",
        "LOG:  duration: 4410.9 ms  plan:\n  Query Text: SELECT * FROM patients WHERE mrn = $1 OR lower(email) = $2\n"
        "  Seq Scan on patients  (cost=0.00..[[number|91822.40]] rows=1)\nDETAIL:  parameters: $1 = '<<mrn.m:mrn>>', $2 = '<<email.e>>'",
        "lower(email) defeats the plain index, so Postgres scans. The patient looked up was <<mrn.m>> (<<email.e>>); add an expression index.",
        history=[("DBA: whose record is that?", "<<per.p>>, DOB <<dob.p:iso>>, MRN <<mrn.m>>.")],
    ),
    # ---------------------------------------------------------------- cold_chain_shipment
    T(
        "en",
        "cold_chain_shipment",
        "Decide from the reefer waybill and temperature log whether the cold chain broke, and notify the consignee.",
        "REEFER WAYBILL [[tracking_number]]\nShipper: <<per.s>>, <<tel.s:us_dash>>, <<addr.s:full>>\nConsignee: <<per.r>>, <<tel.r:us_paren>>, "
        "<<addr.r:multiline>>\nCommodity: [[product|Pfizer-BioNTech vials]] set point -70C\nLog: [[timestamp]] -69.8C; [[timestamp]] -41.2C",
        "The cold chain broke (-41.2C). Notice to <<per.r>>: your shipment exceeded its range; we will call <<tel.r:us_dash>> about a claim.",
        system="You support a cold-chain carrier. Duty manager: <<per.m>>, WeChat <<wx.m@m>> for China lanes.",
    ),
    T(
        "en",
        "cold_chain_shipment",
        "Summarise the alarms from this refrigerated-truck telematics feed and alert the driver.",
        "unit=<<mac.m:cisco>> plate=<<plate.c:tx>> drv=<<per.d:lower_dot>> cell=<<tel.d:us_plain>> temp=3.9 ts=[[timestamp]]\n"
        "unit=<<mac.m:cisco>> plate=<<plate.c:tx>> alarm=door_open ts=[[timestamp]]",
        "Truck <<plate.c>> (unit <<mac.m:colon>>) reported a door-open alarm and 3.9C. Text sent to driver <<per.d>> at "
        "<<tel.d:us_dash>>; CDL <<dl.d:fl>> on file.",
    ),
    # ---------------------------------------------------------------- homeowners_association_chat
    T(
        "en",
        "homeowners_association_chat",
        "Turn this HOA group chat into a to-do list for the property manager.",
        "[Unit 4B - <<per.a>>] the pool gate is broken again\n[Manager <<per.k:initial>>] thanks, sending <<per.e>> "
        "(<<tel.e:us_dash>>) tomorrow\n[Unit 9 - <<per.b>>] leak in my ceiling, call me <<tel.b:us_plain>>\n"
        "[Manager <<per.k:initial>>] for emergencies use [[service_number|311]]",
        "To do: 1. pool gate (reported by <<per.a>>), vendor <<per.e>> at <<tel.e:us_paren>>; 2. ceiling leak at unit 9, call <<per.b>> on <<tel.b:us_dash>>.",
    ),
    T(
        "en",
        "homeowners_association_chat",
        "Count valid proxy ballots from this spreadsheet paste and list incomplete ones.",
        "Unit\tOwner\tEmail\tPhone\tVote\n101\t<<per.a:last_first>>\t<<email.a@a>>\t<<tel.a:us_dash>>\tYes\n"
        "203\t<<per.b:last_first>>\t\t<<tel.b:us_dash>>\tYes\n305\t<<per_cn.c>>\t<<email.c@c>>\t\tNo",
        "Valid: 101 (<<per.a>>) and 305 (<<per_cn.c>>). Incomplete: 203 <<per.b>> has no e-mail; call <<tel.b:us_paren>>. "
        "305 has no phone; write to <<email.c>>.",
        source="h14-slack/<<email.a>>",
    ),
    # ---------------------------------------------------------------- frequent_flyer_dispute
    T(
        "en",
        "frequent_flyer_dispute",
        "Write a resolution note for this missing-miles dispute.",
        "Member: <<per.c:upper>>\nPassport: <<pass.p>>\nFlight: [[code_identifier|UA 857]] on [[timestamp]]\nClaim: miles not credited; "
        "boarding pass attached; ticket bought with card <<card.c>>.\nContact: <<email.c@c>>, <<tel.p:us_intl>>",
        "Resolution: <<per.c>> (passport <<pass.p>>, who also complained at <<url.t:twitter@c>>) flew as claimed, but the booking spelled the name differently. Credit the miles "
        "and notify <<email.c>>; no refund to card <<card.c:spaced>> is needed.",
    ),
    T(
        "en",
        "frequent_flyer_dispute",
        "Summarise this account-takeover chat and write a note for the fraud team.",
        "Member: someone redeemed my miles! I'm <<per.c>>, DOB <<dob.b:us>>.\nAgent: what's the last login you recognise?",
        "Fraud note: member <<per.c>> (DOB <<dob.b:iso>>) reports a takeover. Unknown login from <<ip.x>>; award ticket issued to "
        "<<per_cn.t:pinyin_fl>>, passport <<pass.t:cn_ea>>, Chinese ID <<cnid.t>>, QQ <<qq.q>> and WeChat <<wx.t@t>> used as contact. Call back <<tel.p:us_dash>>.",
        history=[
            (
                "I never logged in from <<ip.x>>.",
                "The ticket was issued to <<per_cn.t:pinyin_fl>>, passport <<pass.t>>, ID <<cnid.t:lower_x>>, contact QQ <<qq.q>>.",
            ),
            (
                "Never heard of them. My cell is <<tel.p:us_paren>>.",
                "Escalated to fraud; expect a call within 24 hours.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- crop_hail_claim
    T(
        "en",
        "crop_hail_claim",
        "Fill in the crop-hail notice of loss from this farmer's phone message.",
        "Voicemail: this is <<per.f>> out at <<addr.f:full>>, hail came through last night, about [[number|160]] acres of corn. "
        "Policy's under my name, SSN <<ssn.s>>. Call me back at <<tel.f:us_plain>>.",
        "NOTICE OF LOSS\nInsured: <<per.f>>\nSSN: <<ssn.s:dash>>\nLocation: <<addr.f:full>>\nPhone: <<tel.f:us_paren>>\nCrop: corn, ~160 acres",
        system="You help crop-insurance adjusters. Supervisor: <<per.z>>, <<tel.z:us_dash>>.",
    ),
    T(
        "en",
        "crop_hail_claim",
        "Which growers on this adjuster worksheet are missing direct-deposit details?",
        "Grower | Tax ID | Account | Acres\n<<per.a:last_first>> | <<ssn.a:dash>> | card <<card.a:discover>> | 220\n"
        "<<per.b:last_first>> | <<ssn.b:dash>> | - | 95\nAdjuster: <<per.k>>, <<tel.k:us_dash>>, DL <<dl.k:ny>>",
        "Missing deposit details: <<per.b>> (tax ID <<ssn.b:dash>>). Ask adjuster <<per.k>> (<<tel.k:us_paren>>) to collect them.",
    ),
    # ---------------------------------------------------------------- angling_catch_return
    T(
        "en",
        "angling_catch_return",
        "Turn this salmon catch return into a friendly club newsletter line (no licence numbers).",
        "CATCH RETURN\nAngler: <<per.a>>   Rod licence: [[number|RL-0048812]]\nAddress: <<addr_uk.a:line>>\nDOB: <<dob.a:eu>>\n"
        "Catch: 2 salmon (released), 1 sea trout, beat [[public_place|River Tay]]\nEmail: <<email.a@a>>\nPhotos: <<url.i:instagram@a>>",
        "Congratulations to <<per.a>> on two released salmon and a sea trout on the Tay! Photos at <<url.i>>; reach out at <<email.a>>.",
    ),
    T(
        "en",
        "angling_catch_return",
        "Group these tournament registrations by division.",
        "Division,Name,Phone,Email,Boat reg\nBass,<<per.a>>,<<tel.a:us_dash>>,<<email.a@a>>,[[number|FL 4412 KM]]\n"
        "Kayak,<<per_cn.b>> (QQ <<qq.b>>),<<tel.b:cn_plain>>,<<email.b@b>>,n/a\nKayak,<<per.c>>,<<tel.c:us_dot>>,,n/a",
        "Bass: <<per.a>> (<<tel.a:us_paren>>)\nKayak: <<per_cn.b>> (<<tel.b:cn_intl>>, WeChat <<wx.b@b>>, QQ <<qq.b>>), <<per.c>> (<<tel.c:us_dash>>)",
        annotators=["<<email.n>>"],
    ),
    # ---------------------------------------------------------------- number_portability
    T(
        "en",
        "number_portability",
        "Decide whether the port-out request for <<tel.p:us_dash>> can be processed.",
        "PORT-OUT REQUEST\nNumber: <<tel.p:us_dash>>\nAccount holder: <<per.o>>\nBilling address: <<addr.a:full>>\n"
        "Last 4 SSN match: yes (full on file: <<ssn.s>>)\nID document: passport <<pass.o:us_new>>\nAccount PIN: [[number|4-digit, set]]\nCarrier: [[organisation|T-Mobile]]",
        "Approve: <<per.o>>'s passport <<pass.o>>, billing address <<addr.a:full>> and SSN <<ssn.s:dash>> match. Port <<tel.p:us_plain>> to the new carrier.",
    ),
    T(
        "en",
        "number_portability",
        "Review this SIM-swap log and assess the fraud risk.",
        "[[timestamp]] simswap req msisdn=<<tel.p:us_plain>> holder=<<per.o:lower_dot>> store_ip=<<ip.i>> idv=fail\n"
        "[[timestamp]] simswap req msisdn=<<tel.p:us_plain>> holder=<<per.o:lower_dot>> device_mac=<<mac.m:dash>> idv=pass "
        "doc=DL <<dl.d:fl>>",
        "High risk: <<tel.p:us_dash>> (holder <<per.o>>) failed ID check from <<ip.i>>, then passed minutes later on device "
        "<<mac.m:dash>> using licence <<dl.d>>. Freeze and call the holder.",
        source="h14-bss:<<tel.p:us_plain>>",
        system="You assist the carrier fraud desk. Report to analyst <<per.r>> (<<email.r@r>>).",
    ),
    # ---------------------------------------------------------------- hostel_bed_register
    T(
        "en",
        "hostel_bed_register",
        "Tidy the hostel's guest register into a table for the police upload.",
        "GUEST REGISTER [[timestamp]]\n1. <<per.a:upper>> - passport <<pass.a:uk>> - DOB <<dob.a:short_month>> - bed 3-4 - refund IBAN <<iban.a>>\n"
        "2. <<per_cn.b>> (<<per_cn.b:pinyin_fl>>) - Chinese ID <<cnid.b>> - phone <<tel.b:cn_plain>> - QQ <<qq.b>> - WeChat <<wx.b@b>>\nRecorded by: <<per.q>>",
        "| Name | Document | Number |\n|---|---|---|\n| <<per.a>> | passport | <<pass.a>> (deposit refund to <<iban.a>>) |\n| <<per_cn.b:pinyin_fl>> (QQ <<qq.b>>, WeChat <<wx.b>>) | resident ID | "
        "<<cnid.b:spaced>> |",
        system="You help the front desk of a hostel. Manager on duty: <<per.m>> (<<tel.m:uk_mobile>>).",
        annotators=["<<per.q:user>>"],
    ),
    T(
        "en",
        "hostel_bed_register",
        "Create the booking confirmation from this WhatsApp chat.",
        "Guest: hi, 2 nights in the 6-bed dorm please, name <<per_cn.g:pinyin>>, passport <<pass.g:cn_e>>",
        "Confirmed: <<per_cn.g:pinyin>>, 2 nights, ID <<cnid.i:x>>, passport <<pass.g:cn_e>>, phone <<tel.p:cn_intl>>, arriving ~10pm.",
        history=[
            (
                "We need an ID number and phone.",
                "Chinese ID <<cnid.i:lower_x>>, phone <<tel.p:cn_dash>>, I'll be late, around 10pm",
            ),
            ("Deposit is [[money]].", "Sent. My WeChat is <<wx.g@g>> and QQ <<qq.q>> if easier."),
        ],
        source="h14-whatsapp:<<tel.p:cn_intl2>>",
    ),
    # ---------------------------------------------------------------- piecework_wage_slip
    T(
        "en",
        "piecework_wage_slip",
        "This piece-rate payroll was pasted from Excel. Check the gross pay and flag wrong rows.",
        "Emp#\tName\tSSN\tPieces\tRate\tGross\n[[employee_id|1017]]\t<<per.a:last_first>>\t<<ssn.a:dash>>\t1200\t0.85\t1020.00\n"
        "[[employee_id|1023]]\t<<per.b:last_first>>\t<<ssn.b:dash>>\t980\t0.85\t[[money|$883.00]]",
        "Row 2 is wrong: <<per.b>> (SSN <<ssn.b:plain>>) 980 x 0.85 = 833.00, not 883.00. <<per.a>> is correct.",
    ),
    T(
        "en",
        "piecework_wage_slip",
        "Rewrite this pay-stub SMS to <<per.a>> in a friendlier tone without changing numbers.",
        "PAYSTUB <<per.a:upper>>: [[number|1,536]] pcs, gross [[money|$2,611.20]], deposited to IBAN <<iban.x>>. Questions: "
        "<<per.t>> <<tel.t:uk_land>>",
        "Hi <<per.a>>! Great work - 1,536 pieces this period, $2,611.20 paid into <<iban.x>>. Any questions, call <<per.t>> on <<tel.t:uk_land>>.",
        source="h14-sms/<<tel.a:uk_intl>>",
        annotators=["<<email.x>>"],
    ),
    # ---------------------------------------------------------------- gerrit_change
    T(
        "en",
        "gerrit_change",
        "Write release-note prose from this commit metadata.",
        "commit [[number|4e1d0b9c27]]\nAuthor: <<per.a>> <<<email.a@a>>>\nDate:   [[timestamp]]\nReviewed-on: https://review.example.org/c/billing/+/7731\n"
        "Reviewed-by: <<per.r>> <<<email.r@r>>>\nSigned-off-by: <<per.a>> <<<email.a@a>>>\n\n    fix: stop [[code_identifier|InvoiceJob.run()]] double-charging\n    Profile: <<url.g:github@a>>",
        "Fixed a double-charging bug in the invoice job (authored by <<per.a>>, <<url.g>>, reviewed by <<per.r:last_first>>).",
    ),
    T(
        "en",
        "gerrit_change",
        "From this git blame, who changed line 42, and what is wrong with the fixture?",
        "a81f3c2d (<<per.a:user>> [[timestamp]]  41)   FIXTURE = {\n"
        'a81f3c2d (<<per.a:user>> [[timestamp]]  42)       "ssn": "<<ssn.s:dash>>",\n'
        'c0ffee12 (<<per.b:user>> [[timestamp]]  43)       "email": "<<email.e>>",\n'
        'c0ffee12 (<<per.b:user>> [[timestamp]]  44)       "wechat": "<<wx.w:wxid>>",\n'
        'c0ffee12 (<<per.b:user>> [[timestamp]]  45)       "qq": "<<qq.q>>",\n'
        "c0ffee12 (<<per.b:user>> [[timestamp]]  46)   }",
        "Line 42 was changed by <<per.a:user>>. The fixture uses a real-looking SSN <<ssn.s:dash>>, e-mail <<email.e>> and WeChat id "
        "<<wx.w>> and QQ <<qq.q>>; replace them with obviously fake values.",
        annotators=["cr14/<<per.a:user>>", "<<email.x>>"],
    ),
    # ---------------------------------------------------------------- tcm_herbal_prescription
    T(
        "en",
        "tcm_herbal_prescription",
        "Convert this acupuncture and herbal clinic note into an e-prescription record.",
        "EAST-WEST WELLNESS - HERBAL Rx\nPatient: <<per.p>>   Chart: <<mrn.m:alpha>>   DOB: <<dob.b:us>>\nPhone: <<tel.p:us_dash>>   "
        "Address: <<addr.a:line>>\nFormula: Gui Pi Tang (after [[public_figure]]), [[common_word|Jack]]fruit seed excluded\nPractitioner: <<per_cn.d>> L.Ac. (WeChat <<wx.d@d>>, QQ <<qq.d>>)",
        '{"chart": "<<mrn.m>>", "patient": "<<per.p>>", "dob": "<<dob.b:iso>>", "phone": "<<tel.p:us_plain>>", '
        '"practitioner": "<<per_cn.d:pinyin>>", "practitioner_wechat": "<<wx.d>>", "practitioner_qq": "<<qq.d>>"}',
        system="You are the e-prescribing assistant of an integrative clinic; the dispensary lead is <<per.y>> <<<email.y@y>>>.",
    ),
    T(
        "en",
        "tcm_herbal_prescription",
        "Create the courier slip for this decoction delivery order.",
        "Decoction order [[order_number]] (UPS [[tracking_number]]) from chart <<mrn.b:dash>>\nDeliver to: <<per.r>>, <<addr.a:multiline>>\n"
        "Mobile: <<tel.r:us_dot>>; landline <<tel.o:uk_land>>\nNote: elderly, lives alone",
        "Courier slip: <<per.r>>, <<addr.a:multiline>>; mobile <<tel.r:us_dash>>, landline <<tel.o:uk_land>> - call on arrival.",
        history=[("Courier: chart number for the label?", "<<mrn.b>>.")],
    ),
    # ---------------------------------------------------------------- audiology_fitting
    T(
        "en",
        "audiology_fitting",
        "Write a family-friendly summary of this hearing-aid fitting record.",
        "AUDIOLOGY FITTING   MRN <<mrn.m:mrn>>\nPatient: <<per.p>>, DOB <<dob.b:long>>\nDx: bilateral moderate-severe SNHL\n"
        "Device: [[product|Phonak Audeo Lumity]] fw [[version]]\nDaughter: <<per.k>>, <<tel.k:us_paren>>, <<email.k@k>>",
        "<<per.k>>, your father <<per.p>> (MRN <<mrn.m>>) has been fitted with new hearing aids. Follow-up in two weeks; "
        "we will text <<tel.k:us_dash>>.",
    ),
    T(
        "en",
        "audiology_fitting",
        "Draft the SMS to the mother, <<per.m>> (<<tel.p:us_plain>>), about this newborn hearing screen.",
        "NEWBORN HEARING SCREEN\nMother: <<per.m>>   MRN: <<mrn.z:digits>>\nBaby DOB: <<dob.b:us_pad>>\nResult: refer (left, OAE)\n"
        "Mobile: <<tel.p:us_plain>>   Pediatrician: Dr. <<per.d:family>>",
        "Hi <<per.m>>, your baby (born <<dob.b:long>>, MRN <<mrn.z>>) needs a repeat hearing screen on the left ear. "
        "Please call us back; we'll also text <<tel.p:us_dash>>.",
        source="h14-ehr/<<mrn.z>>",
    ),
    # ---------------------------------------------------------------- grain_purchase_receipt
    T(
        "en",
        "grain_purchase_receipt",
        "Check the scale ticket math and write the settlement note.",
        "GRAIN ELEVATOR SCALE TICKET\nSeller: <<per.s>>   Tax ID: <<ssn.s>>\nTruck: <<plate.p:tx>>   Driver DL: <<dl.d:tx>>\n"
        "Commodity: #2 yellow corn   Net: [[number|52,300]] lb   Price: [[money|$4.12]]/bu\nPay to card: <<card.c:visa>>\nPhone: <<tel.p:us_dot>>",
        "Settlement: <<per.s>> (tax ID <<ssn.s:dash>>), truck <<plate.p>>, paid to card <<card.c:spaced>>. Confirmation text to <<tel.p:us_dash>>.",
    ),
    T(
        "en",
        "grain_purchase_receipt",
        "A settlement failed in the elevator's system log. Explain why.",
        "[[timestamp]] settle seller=<<per.s:lower_dot>> iban=<<iban.x>> amt=[[money]]\n"
        "[[timestamp]] bank resp=NAME_MISMATCH holder=<<per.k:upper>>\n[[timestamp]] sms to <<tel.p:uk_intl>> ok",
        "The account <<iban.x>> is held by <<per.k>>, not the seller <<per.s>>. The seller was texted at <<tel.p:uk_mobile>>.",
    ),
]

TEMPLATES = ZH + EN
