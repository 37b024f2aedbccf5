"""Third held-out templates (``heldout3``), written blind to the detector. Never imported for another part.

Written without opening the detector's code, its policy files or word lists, its documentation, the
dev, first or second held-out templates (only the first lines of ``templates_heldout2.py``, for the
module shape), or any de-identified output (see the README, "heldout3"). The 30 contexts below are
used by no other part.
"""

from typing import Any

CONTEXTS = (
    "judgment_excerpt",
    "group_chat",
    "issue_tracker",
    "crm_export",
    "invitation_card",
    "parent_teacher_chat",
    "pharmacy_label",
    "flight_itinerary",
    "parcel_locker_sms",
    "sql_dump",
    "dataframe_repr",
    "k8s_secret",
    "waybill",
    "job_application",
    "alumni_directory",
    "obituary",
    "lost_found_notice",
    "telemedicine_chat",
    "ride_receipt",
    "scholarship_list",
    "bank_statement",
    "traffic_ticket",
    "landlord_notice",
    "tax_form",
    "game_account_recovery",
    "dating_profile",
    "club_roster",
    "speech_transcript",
    "ocr_scan",
    "warranty_registration",
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
    """One template; field strings use the mini-language of ``pii_eval.generate``."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown context {context!r} in {id}")
    if not id.startswith(f"h3-{lang}-{context}-"):
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


# Used when a template sets no source_id / annotators (this part's own patterns).
SOURCE_PATTERNS = {
    "zh": ["h3-intake:<<tel.src:cn_plain>>", "h3-crm/<<per.src:user>>", "h3-wx/<<wx.src>>"],
    "en": ["h3-intake:<<email.src>>", "h3-crm/<<per.src:user>>", "h3-sms/<<tel.src:us_plain>>"],
}
ANNOTATOR_PATTERNS = ["qa3:<<email.ANN>>", "qa3:<<per_en.ANN:user>>", "qa3:<<per_cn.ANN:user>>", "qa3-rater-team"]

TEMPLATES_ZH = [
    # ------------------------------------------------------------------ judgment_excerpt
    T(
        "h3-zh-judgment_excerpt-01",
        "zh",
        "judgment_excerpt",
        "把下面这段民事判决书节选里当事人的信息整理成表格，列：角色、姓名、证件号、住所。",
        "原告：<<per.a>>，女，<<dob.a_dob:cn>>出生，汉族，公民身份号码<<cnid.a_id>>，住<<addr.a_addr:road_bld>>。\n"
        "委托诉讼代理人：<<per.b>>，[[organisation|北京市中伦律师事务所]]律师。\n"
        "被告：<<per.c>>，男，住<<addr.c_addr:comm>>，联系电话<<tel.c_tel:cn_plain>>。\n"
        "本院于[[timestamp]]立案后，依法适用简易程序，公开开庭进行了审理。",
        "| 角色 | 姓名 | 证件号 | 住所 |\n|---|---|---|---|\n"
        "| 原告 | <<per.a>> | <<cnid.a_id>> | <<addr.a_addr:road_bld>> |\n"
        "| 被告 | <<per.c>> | 判决书未载明 | <<addr.c_addr:comm>> |\n\n"
        "原告的委托代理人为<<per.b:family>>律师，未列入表格。",
    ),
    T(
        "h3-zh-judgment_excerpt-02",
        "zh",
        "judgment_excerpt",
        "用两三句话概括这段刑事判决书节选认定的事实，车辆和证件信息要保留。",
        "经审理查明：[[timestamp]]许，被告人<<per.d>>（身份证号<<cnid.d_id:x|>>）持驾驶证（证号<<dl.d_dl:cn>>）"
        "驾驶牌号为<<plate.p>>的小型轿车，沿[[public_place|长安街]]由东向西行驶，与骑电动车的被害人<<per.v:spaced>>相撞。"
        "案发后被告人<<per.d:given>>主动拨打[[service_number|120]]并在现场等候，赔偿被害人[[money]]。",
        "法院认定：被告人<<per.d>>驾驶<<plate.p>>号小轿车与被害人<<per.v>>相撞，事后主动报警、等候处理并赔偿，"
        "其驾驶证号为<<dl.d_dl:cn>>。",
        annotators=["<<per_cn.ANN:user>>", "court-qa-07"],
    ),
    # ------------------------------------------------------------------ group_chat
    T(
        "h3-zh-group_chat-01",
        "zh",
        "group_chat",
        "这是一段微信群聊天记录导出。列出报名的人和他们留下的联系方式。",
        "群聊：周末徒步小分队（46人，路线参考[[public_figure|徐霞客]]游记）\n"
        "[[timestamp]] <<per.a>>：周六集合点改到地铁口了，没收到的私我，微信<<wx.a_wx@a>>\n"
        "[[timestamp]] <<per.b:given>>妈妈：我家<<per.b>>也报名，电话<<tel.b_tel:cn_space>>\n"
        "[[timestamp]] <<per.a>>：好的，买保险要身份证，发我一下\n"
        "[[timestamp]] <<per.b:given>>妈妈：<<cnid.b_id:spaced>>",
        "报名：<<per.b>>，联系电话<<tel.b_tel:cn_dash>>，身份证号<<cnid.b_id>>。\n"
        "组织者：<<per.a>>，微信<<wx.a_wx@a>>。",
        source="wxgroup-export/<<wx.a_wx@a>>",
    ),
    T(
        "h3-zh-group_chat-02",
        "zh",
        "group_chat",
        "把这段飞书值班群的消息整理成一份交接记录（时间、机器、处理人、结论）。",
        "【运维值班群】\n"
        "@<<per.a:user>> 报警 <<ip.i>> 磁盘写满\n"
        "<<per.a>>：看了，是那台网卡<<mac.m:dash>>的旧机器，[[code_identifier|logrotate]]没生效\n"
        "<<per_tr.b>>：我先清一下 /var/log，升级到[[version]]后再观察\n"
        "<<per.a>>：ok，有问题打我手机<<tel.a_tel:cn_plain>>",
        "交接记录\n- 机器：IP <<ip.i>>（MAC <<mac.m:colon>>）\n- 问题：磁盘写满，日志轮转未生效\n"
        "- 处理人：<<per.a>>、<<per_tr.b>>\n- 结论：清理日志并升级，值班电话<<tel.a_tel:cn_dash>>",
    ),
    # ------------------------------------------------------------------ issue_tracker
    T(
        "h3-zh-issue_tracker-01",
        "zh",
        "issue_tracker",
        "用三句话总结这个工单，说明影响了哪位用户、哪张卡。",
        "工单 [[order_number]]  优先级：高\n报告人：<<per.a>> <<email.a_mail@a>>\n"
        "描述：用户<<per.b>>绑定银行卡<<card.c:unionpay>>时一直提示“卡号有误”，"
        "网关日志 client_ip=<<ip.i>>，SDK 版本[[version]]。该用户是海外用户，KYC里填的是SSN <<ssn.b_ssn:space>>。用户留了手机<<tel.b_tel>>，希望今天回电。",
        "用户<<per.b>>（手机<<tel.b_tel>>）绑定卡号<<card.c:spaced>>失败，提示卡号有误。"
        "请求来自<<ip.i>>，SDK版本见工单，KYC的SSN <<ssn.b_ssn:dash>>需复核。报告人<<per.a>>要求当天回电。",
        annotators=["<<email.ANN>>"],
    ),
    T(
        "h3-zh-issue_tracker-02",
        "zh",
        "issue_tracker",
        "根据这条 GitHub issue 写一个复现步骤清单。",
        "### 闪退：登录后进入“我的”页面崩溃\n设备：[[product|华为 Mate 60]]，系统[[version]]\n"
        "账号：<<per.a:user>>（QQ号<<qq.q>>登录）\n网卡MAC：<<mac.m:colon_lower>>\n"
        "日志片段：`NullPointerException at [[code_identifier|ProfileFragment.onResume]]`\n"
        "复现录屏在我B站<<url.a_url:bilibili@a>>，有需要联系我：<<email.a_mail@a>>",
        "1. 在[[product|华为 Mate 60]]上用QQ号<<qq.q>>登录。\n2. 点“我的”。\n3. 观察是否闪退（MAC <<mac.m:colon>> 的设备稳定复现）。\n"
        "提交者：<<per.a>>，<<email.a_mail@a>>",
        source="gh-issue/<<per.a:user>>",
    ),
    # ------------------------------------------------------------------ crm_export
    T(
        "h3-zh-crm_export-01",
        "zh",
        "crm_export",
        "把这份 CRM 导出的 CSV 转成 JSON 数组，字段名用英文。",
        "客户编号,姓名,手机,邮箱,生日,地址\n"
        "[[order_number]],<<per.a>>,<<tel.a_tel:cn_plain>>,<<email.a_mail@a>>,<<dob.a_dob:iso>>,<<addr.a_addr:road>>\n"
        "[[order_number]],<<per.b>>,<<tel.b_tel:cn_plain>>,<<email.b_mail:qq>>,<<dob.b_dob:slash_iso>>,<<addr.b_addr:yuan>>",
        '[{"name": "<<per.a>>", "mobile": "<<tel.a_tel:cn_plain>>", "email": "<<email.a_mail@a>>", '
        '"birthday": "<<dob.a_dob:iso>>", "address": "<<addr.a_addr:road>>"},\n'
        ' {"name": "<<per.b>>", "mobile": "<<tel.b_tel:cn_plain>>", "email": "<<email.b_mail:qq>>", '
        '"birthday": "<<dob.b_dob:iso>>", "address": "<<addr.b_addr:yuan>>"}]',
    ),
    T(
        "h3-zh-crm_export-02",
        "zh",
        "crm_export",
        "销售线索表里有重复客户，找出来并说明依据。",
        "线索ID | 联系人 | 拼音 | 微信 | QQ | 来源\n"
        "L-01 | <<per.a>> | <<per.a:pinyin_fl>> | <<wx.a_wx@a>> | <<qq.a_qq>> | [[public_figure|李佳琦]]直播间\n"
        "L-02 | <<per.b>> | <<per.b:pinyin_fl>> | <<wx.b_wx:wxid>> | 无 | 展会\n"
        "L-03 | <<per.a:pinyin>> | - | <<wx.a_wx@a>> | <<qq.a_qq>> | 老客户转介绍",
        "L-01 和 L-03 是同一个客户：微信都是<<wx.a_wx@a>>，QQ都是<<qq.a_qq>>，L-03 的英文名<<per.a:pinyin>>就是<<per.a>>的拼音。"
        "L-02 <<per.b>>没有重复。",
        system="你是<<per.s>>的销售助理，只处理他名下的线索。",
    ),
    # ------------------------------------------------------------------ invitation_card
    T(
        "h3-zh-invitation_card-01",
        "zh",
        "invitation_card",
        "把这张婚礼请柬改写得更简洁，保留时间地点和回复方式。",
        "谨定于农历腊月初八\n为 <<per.g>> 先生 与 <<per.b>> 女士 举行结婚典礼\n敬备喜宴 恭候光临\n"
        "地址：<<addr.x:tower>>（[[organisation|全聚德]]三楼宴会厅）\n"
        "回执请联系新郎<<per.g:given>>：<<tel.g_tel:cn_dash>> 或新娘微信 <<wx.b_wx@b>>\n海外亲友礼金可汇至 <<iban.g_iban:gb>>",
        "<<per.g>>与<<per.b>>的婚宴定于农历腊月初八，地点<<addr.x:tower>>。回执：<<tel.g_tel:cn_intl>>，或加微信<<wx.b_wx@b>>。",
    ),
    T(
        "h3-zh-invitation_card-02",
        "zh",
        "invitation_card",
        "帮我把这段谢师宴邀请翻译成英文。",
        "尊敬的<<per.t:family>>老师：\n小女<<per.s>>蒙您三年悉心教导，今已考入[[organisation|浙江大学]]，立志像[[public_figure|屠呦呦]]一样做科研。"
        "兹定于下周六中午在<<addr.h:road>>设谢师宴，恳请拨冗光临。\n家长 <<per.p>> 敬邀  联系电话：<<tel.p_tel:cn_numerals>>",
        "Dear teacher <<per.t:pinyin>>,\nThank you for teaching our daughter <<per.s:pinyin>> for three years; she has been admitted to "
        "[[organisation|Zhejiang University]]. We are holding a thank-you lunch next Saturday at <<addr.h:road>> "
        "and would be honoured by your presence.\n<<per.p:pinyin_fl>>, parent. Phone: <<tel.p_tel:cn_intl>>",
    ),
    # ------------------------------------------------------------------ parent_teacher_chat
    T(
        "h3-zh-parent_teacher_chat-01",
        "zh",
        "parent_teacher_chat",
        "家长群里老师要统计放学接送信息。把下面的接龙整理成表格。",
        "#接龙 三(2)班放学接送登记\n1. <<per.a>> 爷爷接 车牌<<plate.a_car>> 电话<<tel.a_tel:cn_plain>>\n"
        "2. <<per.b>> 自己走\n3. <<per.c>> 妈妈接 电动车 电话<<tel.c_tel:cn_space>>\n"
        "（请各位家长别在[[common_word|单元格]]里写备注，谢谢）",
        "| 学生 | 接送方式 | 车牌 | 电话 |\n|---|---|---|---|\n| <<per.a>> | 爷爷接 | <<plate.a_car>> | <<tel.a_tel:cn_dash>> |\n"
        "| <<per.b>> | 自行 | - | - |\n| <<per.c>> | 妈妈接 | - | <<tel.c_tel:cn_dash>> |",
        system="你在帮<<per.t:family>>老师整理班级事务，回答要简短。",
    ),
    T(
        "h3-zh-parent_teacher_chat-02",
        "zh",
        "parent_teacher_chat",
        "请以班主任口吻回复<<per.p>>这位家长。",
        "<<per.t:family>>老师您好，我是<<per.s>>的爸爸<<per.p>>。孩子昨晚发烧住院了，"
        "病历号<<mrn.m:zy>>，医生说要观察两天，请假条我拍照发您QQ（<<qq.q>>）了。",
        "<<per.p>>您好，收到，<<per.s:given>>安心养病，功课我让课代表记下来。"
        "病历号<<mrn.m:zy>>这类信息不用发群里，QQ照片我看到了。",
        history=[
            (
                "老师，我是<<per.p>>，请问明天要交的是哪本练习册？",
                "是蓝色封面的[[product|《五年高考三年模拟》]]，第[[number]]页之前。",
            ),
        ],
    ),
    # ------------------------------------------------------------------ pharmacy_label
    T(
        "h3-zh-pharmacy_label-01",
        "zh",
        "pharmacy_label",
        "把<<per.a>>药袋标签上的用法用量改写成给老人看的口语。",
        "[[organisation|协和医院]]门诊药房\n姓名：<<per.a>>  性别：女  病历号：<<mrn.m:mz>>\n"
        "药品：[[product|阿托伐他汀钙片]] 20mg×7片\n用法：每晚一次，每次一片，口服\n取药时间：[[timestamp]]",
        "<<per.a:given>>阿姨，这是降血脂的药，每天晚上吃一片，用水送服。药袋上的病历号<<mrn.m:mz>>下次看病带上。",
    ),
    T(
        "h3-zh-pharmacy_label-02",
        "zh",
        "pharmacy_label",
        "这张网上药房处方药订单信息全不全？缺什么？",
        "订单号：[[order_number]]\n用药人：<<per.a>>  身份证：<<cnid.a_id>>\n出生日期：<<dob.a_dob:cn_pad>>\n"
        "收货人：<<per.b>> <<tel.b_tel:cn_intl2>>\n收货地址：<<addr.b_addr:lane>>\n药品：[[product|二甲双胍缓释片]]",
        "缺处方照片和诊断信息。用药人<<per.a>>（<<cnid.a_id>>）的身份信息齐全，收货人<<per.b>>、<<tel.b_tel:cn_plain>>、<<addr.b_addr:lane>>也齐全。",
        annotators=["<<email.ANN>>", "<<per_cn.ANN:user>>"],
    ),
    # ------------------------------------------------------------------ flight_itinerary
    T(
        "h3-zh-flight_itinerary-01",
        "zh",
        "flight_itinerary",
        "从这份航空电子客票行程单里提取旅客、证件和航班信息。",
        "航空运输电子客票行程单\n旅客姓名 <<per.a:pinyin_fl>>  有效身份证件号码 <<pass.a_pp>>\n"
        "航班 [[order_number|CA1831]]  经济舱  [[timestamp]]\n常旅客卡号 无  联系电话 <<tel.a_tel:cn_0086>>\n"
        "票价 [[money]]  民航发展基金 50.00",
        "旅客：<<per.a>>（<<per.a:pinyin_fl>>）\n证件：护照<<pass.a_pp>>\n航班：CA1831 经济舱\n电话：<<tel.a_tel:cn_plain>>",
    ),
    T(
        "h3-zh-flight_itinerary-02",
        "zh",
        "flight_itinerary",
        "把这条改签短信转成一条日程提醒。",
        "【[[organisation|东方航空]]】尊敬的<<per.a>>旅客，您（证件尾号见下）预订的MU5137已改签至[[timestamp]]起飞，"
        "乘机人证件<<cnid.a_id:lower_x|x>>，登机口请关注现场广播。退改咨询请拨95530。",
        "提醒：<<per.a>>乘坐改签后的MU5137，证件号<<cnid.a_id:lower_x|x>>，提前两小时到机场。",
        source="sms-inbox/<<tel.src:cn_plain>>",
    ),
    # ------------------------------------------------------------------ parcel_locker_sms
    T(
        "h3-zh-parcel_locker_sms-01",
        "zh",
        "parcel_locker_sms",
        "这几条取件短信哪条已经超时？",
        "【丰巢】您的[[tracking_number]]快递已到<<addr.a:comm>>东门3号柜，取件码[[number|520131]]，凭手机<<tel.a_tel:cn_plain>>取件。\n"
        "【菜鸟驿站】<<per.a>>您好，包裹已到站，地址<<addr.a:comm>>，请于[[timestamp]]前领取。\n"
        "【丰巢】您的包裹已滞留超过18小时，将收取0.5元/12小时保管费。",
        "第三条已经超时（滞留超过18小时）。前两条是给<<per.a>>（<<tel.a_tel:cn_dash>>）的，地址<<addr.a:comm>>。",
    ),
    T(
        "h3-zh-parcel_locker_sms-02",
        "zh",
        "parcel_locker_sms",
        "根据驿站通知写一条帮邻居代取的微信消息。",
        "尊敬的<<tel.a_tel:cn_plain>>用户：收件人<<per.a>>的包裹（寄件人<<per.b>>）已到<<addr.a_addr:road_bld>>楼下驿站，"
        "代取请出示收件人手机后四位及代取人身份证。",
        "<<per.a:given>>，你的包裹到楼下驿站了，寄件人是<<per.b>>。我帮你代取，需要你手机<<tel.a_tel:cn_dash>>的后四位，我带身份证去。",
        history=[("我邻居<<per.a>>出差了，快递能帮她拿吗？", "一般可以代取，需要收件人信息和代取人证件。")],
    ),
    # ------------------------------------------------------------------ sql_dump
    T(
        "h3-zh-sql_dump-01",
        "zh",
        "sql_dump",
        "这段 mysqldump 导出的 INSERT 语句有语法错误吗？有的话改正。",
        "INSERT INTO `patient` (`id`,`name`,`id_card`,`mrn`,`birthday`,`phone`) VALUES\n"
        "(1,'<<per.a>>','<<cnid.a_id>>','<<mrn.a_mrn:zy>>','<<dob.a_dob:iso>>','<<tel.a_tel:cn_plain>>'),\n"
        "(2,'<<per.b>>','<<cnid.b_id:old15>>','<<mrn.b_mrn:digits>>','<<dob.b_dob:iso>>','<<tel.b_tel:cn_land>>')\n",
        "语法基本正确，但结尾缺分号。改正后：\n"
        "INSERT INTO `patient` (`id`,`name`,`id_card`,`mrn`,`birthday`,`phone`) VALUES\n"
        "(1,'<<per.a>>','<<cnid.a_id>>','<<mrn.a_mrn:zy>>','<<dob.a_dob:iso>>','<<tel.a_tel:cn_plain>>'),\n"
        "(2,'<<per.b>>','<<cnid.b_id:old15>>','<<mrn.b_mrn:digits>>','<<dob.b_dob:iso>>','<<tel.b_tel:cn_land>>');",
    ),
    T(
        "h3-zh-sql_dump-02",
        "zh",
        "sql_dump",
        "解释这条 SQL 做了什么，并把会员信息用中文列出来。",
        "UPDATE member SET qq='<<qq.q>>', wechat='<<wx.w@a>>', last_login_ip='<<ip.i:private>>'\n"
        "WHERE real_name='<<per.a>>' AND nick='<<per.a:user>>';  -- [[code_identifier|SELECT]] 之前先备份",
        "这条语句更新了会员<<per.a>>（昵称<<per.a:user>>）的QQ、微信和最后登录IP：QQ <<qq.q>>，微信 <<wx.w@a>>，IP <<ip.i:private>>。",
    ),
    # ------------------------------------------------------------------ dataframe_repr
    T(
        "h3-zh-dataframe_repr-01",
        "zh",
        "dataframe_repr",
        "下面是 `df.head()` 的输出，帮我写代码按城市统计人数。",
        "```\n      姓名           手机         城市     银行卡\n0   <<per.a>>  <<tel.a_tel:cn_plain>>   杭州  <<card.a_card:plain>>\n"
        "1   <<per.b>>  <<tel.b_tel:cn_plain>>   成都  <<card.b_card:plain>>\n```",
        "```python\nimport pandas as pd\ncounts = df.groupby('城市').size()\nprint(counts)\n```\n"
        "示例数据里<<per.a>>在杭州、<<per.b>>在成都，各 1 人。注意银行卡列（如<<card.a_card:plain>>）不要打印到日志里。",
    ),
    T(
        "h3-zh-dataframe_repr-02",
        "zh",
        "dataframe_repr",
        "这个 Python 字典里哪些字段是敏感信息？",
        "```python\n{'user': '<<per.a:user>>', 'real_name': '<<per.a>>', 'id_no': '<<cnid.a_id:x|>>',\n"
        " 'driver_license': '<<dl.a_dl:cn>>', 'home': '<<addr.a_addr:num_cn>>',\n 'plan': '[[product|腾讯视频VIP]]', 'fav': '[[public_figure]]', 'score': [[number]]}\n```",
        "敏感的有：real_name（<<per.a>>）、id_no（<<cnid.a_id:x|>>）、driver_license（<<dl.a_dl:cn>>）、home（<<addr.a_addr:num_cn>>），"
        "user（<<per.a:user>>）也能关联到本人。plan 和 score 不敏感。",
    ),
    # ------------------------------------------------------------------ k8s_secret
    T(
        "h3-zh-k8s_secret-01",
        "zh",
        "k8s_secret",
        "这个 Kubernetes Secret 有什么问题？",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: crm-db\n  annotations:\n    owner: <<email.o@a>>   # 负责人<<per.a>>\n"
        'type: Opaque\nstringData:\n  DB_HOST: <<ip.i:private>>\n  DB_USER: <<per.a:user>>\n  ALERT_PHONE: "<<tel.a_tel:cn_plain>>"',
        "问题：密钥以明文 stringData 写在仓库里，还带了负责人<<per.a>>的邮箱<<email.o@a>>和手机<<tel.a_tel:cn_plain>>。"
        "建议改用外部密钥管理，数据库地址<<ip.i:private>>放到 ConfigMap。",
    ),
    T(
        "h3-zh-k8s_secret-02",
        "zh",
        "k8s_secret",
        "把这个 Helm values 片段里的白名单改写成 NetworkPolicy 的 ipBlock 列表。",
        "whitelist:\n  - ip: <<ip.a>>      # <<per.a>> 家里\n  - ip: <<ip.b:v6>>   # <<per.b>> 的手机热点\n"
        'devices:\n  - mac: "<<mac.m:colon>>"  # 打印机\nimage: nginx:[[version]]',
        "ipBlock:\n  - cidr: <<ip.a>>/32   # <<per.a>>\n  - cidr: <<ip.b:v6>>/128   # <<per.b>>\n"
        "（MAC <<mac.m:colon_lower>> 不能用于 NetworkPolicy，需要在交换机上配置。）",
    ),
    # ------------------------------------------------------------------ waybill
    T(
        "h3-zh-waybill-01",
        "zh",
        "waybill",
        "从这张快递面单里提取寄件人和收件人，输出 JSON。",
        "[[organisation|顺丰速运]]  运单号 [[tracking_number]]\n寄：<<per.a>> <<tel.a_tel:cn_plain>>\n<<addr.a_addr:road>>\n"
        "收：<<per.b>>  <<tel.b_tel:cn_space>>\n<<addr.b_addr:road_bld>>\n托寄物：文件  保价 [[money]]",
        '{"sender": {"name": "<<per.a>>", "phone": "<<tel.a_tel:cn_plain>>", "address": "<<addr.a_addr:road>>"}, '
        '"receiver": {"name": "<<per.b>>", "phone": "<<tel.b_tel:cn_plain>>", "address": "<<addr.b_addr:road_bld>>"}}',
    ),
    T(
        "h3-zh-waybill-02",
        "zh",
        "waybill",
        "这张冷链运单缺少哪些必填项？",
        "冷链运输单\n承运车辆：<<plate.p>>  温区：-18℃\n司机：<<per.d>>  驾驶证号：<<dl.d_dl:cn>>\n"
        "司机电话：<<tel.d_tel:cn_dash>>\n收货单位：[[organisation|盒马鲜生]]仓库\n签收人：",
        "缺签收人和签收时间。承运信息齐全：车辆<<plate.p>>，司机<<per.d>>（驾驶证<<dl.d_dl:cn>>，电话<<tel.d_tel:cn_plain>>）。",
    ),
    # ------------------------------------------------------------------ job_application
    T(
        "h3-zh-job_application-01",
        "zh",
        "job_application",
        "根据应聘登记表写一段 HR 初筛备注。",
        "应聘登记表\n姓名 <<per.a:spaced>>   出生年月日 <<dob.a_dob:cn>>\n身份证号 <<cnid.a_id:fw|>>\n"
        "现住址 <<addr.a_addr:comm>>\n手机 <<tel.a_tel:cn_fw|cn_plain>>   邮箱 <<email.a_mail@a>>\n"
        "应聘岗位：[[code_identifier|Java]]开发   期望薪资：[[money]]",
        "<<per.a>>，应聘Java开发，联系方式<<tel.a_tel:cn_plain>> / <<email.a_mail@a>>，住<<addr.a_addr:comm>>。建议安排电话面试。",
        annotators=["<<per_cn.ANN:user>>"],
    ),
    T(
        "h3-zh-job_application-02",
        "zh",
        "job_application",
        "把这封内推邮件改得正式一些。",
        "嗨，推荐我大学室友<<per.a>>来面咱们组，他GitHub是<<url.u:github@a>>，写过不少[[code_identifier|Rust]]，"
        "现在在[[organisation|字节跳动]]，之前在美国工作过（背调要的SSN是<<ssn.a_ssn:dash>>）。简历我放附件了，他手机<<tel.a_tel>>，护照号<<pass.a_pp:cn_e>>（签证部门要的）。",
        "您好：\n我想推荐<<per.a>>应聘本组岗位。他目前就职于字节跳动，熟悉Rust，代码可见<<url.u:github@a>>。"
        "联系电话：<<tel.a_tel>>。护照号<<pass.a_pp:cn_e>>、SSN <<ssn.a_ssn:plain>>已按要求附上。\n此致",
        source="referral/<<email.src>>",
    ),
    # ------------------------------------------------------------------ alumni_directory
    T(
        "h3-zh-alumni_directory-01",
        "zh",
        "alumni_directory",
        "按毕业年份排序这份校友通讯录。",
        "| 姓名 | 届 | 单位 | 邮箱 | 主页 |\n|---|---|---|---|---|\n"
        "| <<per.a>> | 2012 | [[organisation|华为]] | <<email.a_mail@a>> | <<url.a_url:zhihu@a>> |\n"
        "| <<per.b>> | 2009 | 自由职业 | <<email.b_mail@b>> | <<url.b_url:weibo@b>> |",
        "| 姓名 | 届 | 单位 | 邮箱 | 主页 |\n|---|---|---|---|---|\n"
        "| <<per.b>> | 2009 | 自由职业 | <<email.b_mail@b>> | <<url.b_url:weibo@b>> |\n"
        "| <<per.a>> | 2012 | 华为 | <<email.a_mail@a>> | <<url.a_url:zhihu@a>> |",
    ),
    T(
        "h3-zh-alumni_directory-02",
        "zh",
        "alumni_directory",
        "把同学录里的这段话改写成一条校友会新闻。",
        "老同学们好！我是九八级化学系的<<per.a>>，毕业后在<<addr.a_addr:village>>老家开了民宿，"
        "欢迎回来坐坐。我的小红书<<url.a_url:xiaohongshu@a>>，微信同手机号<<tel.a_tel:cn_plain>>。",
        "九八级化学系校友<<per.a>>返乡创业，在<<addr.a_addr:village>>经营民宿，欢迎校友前往。联系方式：<<tel.a_tel:cn_dash>>，小红书<<url.a_url:xiaohongshu@a>>。",
    ),
    # ------------------------------------------------------------------ obituary
    T(
        "h3-zh-obituary-01",
        "zh",
        "obituary",
        "把<<per.a>>先生的讣告压缩成一条朋友圈文字。",
        "讣告\n先父<<per.a>>先生，生于<<dob.a_dob:cn_numerals>>，因病医治无效，于[[timestamp]]安详离世。"
        "兹定于本周日上午在<<addr.f:road>>殡仪馆举行告别仪式。\n孝子 <<per.b>> 泣告  联系人电话 <<tel.b_tel:cn_dash>>",
        "家父<<per.a>>先生（<<dob.a_dob:cn>>生）因病辞世，本周日上午在<<addr.f:road>>告别。联系<<per.b>>：<<tel.b_tel:cn_plain>>。",
    ),
    T(
        "h3-zh-obituary-02",
        "zh",
        "obituary",
        "帮忙写一段追思会的主持开场白。",
        "追思对象：<<per.a>>教授（[[organisation|中国科学院]]院士，早年曾与[[public_figure|钱学森]]共事，享年91岁）\n家属代表：<<per.b>>\n"
        "追思会地点：<<addr.x:yuan>>礼堂\n家属不收花圈，如需致意可发邮件至<<email.b_mail@b>>",
        "各位来宾：今天我们在这里追思<<per.a>>教授。感谢家属代表<<per.b>>女士的到来。家属不收花圈，致意请发邮件至<<email.b_mail@b>>。",
        system="你是追思会的主持人助手，语气庄重克制。家属联系人<<per.b>>。",
    ),
    # ------------------------------------------------------------------ lost_found_notice
    T(
        "h3-zh-lost_found_notice-01",
        "zh",
        "lost_found_notice",
        "把这则失物招领写成一条不泄露证件号的公告（只保留姓名）。",
        "今早在[[public_place|西湖]]断桥边捡到一个黑色钱包，里面有身份证（<<per.a>>，<<cnid.a_id>>）、"
        "一张银行卡<<card.a_card:spaced>>、一张美国社安卡（<<ssn.a_ssn:dash>>）和一张驾驶证（证号<<dl.a_dl:cn>>）。失主请联系我：<<tel.f_tel:cn_plain>>，或者找[[service_number|110]]。",
        "失物招领：今早在西湖断桥边拾到黑色钱包一个，内有<<per.a>>的证件和银行卡。请失主携带身份证明联系<<tel.f_tel:cn_dash>>认领。",
    ),
    T(
        "h3-zh-lost_found_notice-02",
        "zh",
        "lost_found_notice",
        "帮我把这则寻物启事改得更吸引人注意。",
        "寻物启事：本人<<per.a>>于昨日在地铁2号线遗失蓝色文件袋一个，内有护照（号码<<pass.a_pp:cn_ea>>）及港澳通行证。"
        "拾到者请联系<<tel.a_tel:cn_space>>或QQ <<qq.q>>，必有重谢（[[money]]）。",
        "【重金寻物】地铁2号线遗失蓝色文件袋！内有护照<<pass.a_pp:cn_ea>>等重要证件，对失主<<per.a>>非常重要。"
        "好心人请联系<<tel.a_tel:cn_plain>>或QQ <<qq.q>>，必有重谢！",
    ),
    # ------------------------------------------------------------------ telemedicine_chat
    T(
        "h3-zh-telemedicine_chat-01",
        "zh",
        "telemedicine_chat",
        "医生现在要开复诊单，请帮他把患者信息汇总一下。",
        "",
        "患者：<<per.p>>，出生日期<<dob.p_dob:dot>>，病历号<<mrn.m:zy>>，联系电话<<tel.p_tel:cn_plain>>；主诉：[[common_word|左心室]]肥厚复查。",
        history=[
            ("医生您好，我是<<per.p>>，上次在您这看的心脏，病历号<<mrn.m:zy>>。", "您好，请问出生日期是？"),
            ("<<dob.p_dob:cn>>。我现在在外地，电话<<tel.p_tel:cn_dash>>。", "好的，复诊单我马上开。"),
        ],
        system="你是[[organisation|微医]]互联网医院的助手。当前接诊医生：<<per.d:family>>医生。",
    ),
    T(
        "h3-zh-telemedicine_chat-02",
        "zh",
        "telemedicine_chat",
        "根据问诊记录写一份简短的病情摘要。",
        "患者<<per.p>>（<<per.p:pinyin>>，外籍华人）：孩子咳嗽三天，体温38.5度，在吃[[product|美林]]。\n"
        "医生：孩子多大？有既往病历吗？\n患者：出生日期<<dob.c_dob:iso>>，之前病历号<<mrn.m:mz>>，孩子护照<<pass.c_pp:cn_g>>，美国保险那边登记的社安号是<<ssn.c_ssn:space>>。",
        "患儿（出生日期<<dob.c_dob:iso>>，护照<<pass.c_pp:cn_g>>，SSN <<ssn.c_ssn:dash>>，病历号<<mrn.m:mz>>）咳嗽三天伴发热38.5℃，"
        "已服布洛芬混悬液。家长<<per.p>>陪诊。",
    ),
    # ------------------------------------------------------------------ ride_receipt
    T(
        "h3-zh-ride_receipt-01",
        "zh",
        "ride_receipt",
        "根据网约车行程单写一封报销说明。",
        "[[organisation|滴滴出行]]-行程单\n申请人：<<per.a>>  手机号：<<tel.a_tel:cn_plain>>\n"
        "[[timestamp]] 起点：<<addr.a_addr:short>> 终点：首都机场T3\n车牌：<<plate.p>> 司机：<<per.d:family>>师傅\n金额：[[money]]",
        "报销说明：<<per.a>>（<<tel.a_tel:cn_dash>>）因出差从<<addr.a_addr:short>>打车至首都机场T3，车牌<<plate.p>>，费用见行程单。",
    ),
    T(
        "h3-zh-ride_receipt-02",
        "zh",
        "ride_receipt",
        "乘客投诉司机，请给出客服回复。",
        "乘客<<per.a>>投诉：[[timestamp]]坐的顺风车<<plate.p>>，司机<<per.d>>中途加价，还要我加他微信<<wx.d_wx@d>>私下转账。"
        "我的手机尾号就是注册号<<tel.a_tel:cn_intl>>。",
        "<<per.a:given>>您好，已收到您对车牌<<plate.p>>司机的投诉。平台禁止私下加微信转账，我们已冻结该司机账号，"
        "核实后会电话联系<<tel.a_tel:cn_plain>>。",
    ),
    # ------------------------------------------------------------------ scholarship_list
    T(
        "h3-zh-scholarship_list-01",
        "zh",
        "scholarship_list",
        "把奖学金公示名单按等级分组。",
        "[[organisation|复旦大学]]2024-2025学年国家奖学金拟推荐名单公示\n"
        "1 <<per.a>> 数学科学学院 一等\n2 <<per.b>> 化学系 二等\n3 <<per.c>> 法学院 一等\n"
        "公示期内如有异议，请联系<<per.t:family>>老师，电话<<tel.t_tel:cn_land>>。",
        "一等：<<per.a>>（数学科学学院）、<<per.c>>（法学院）\n二等：<<per.b>>（化学系）\n异议联系：<<tel.t_tel:cn_land>>",
    ),
    T(
        "h3-zh-scholarship_list-02",
        "zh",
        "scholarship_list",
        "核对助学金发放表：每人的卡号是否都是19位？",
        "姓名,学号,银行卡号,身份证号\n<<per.a>>,[[order_number|2021010233]],<<card.a_card:unionpay>>,<<cnid.a_id>>\n"
        "<<per.b>>,[[order_number|2022030117]],<<card.b_card:unionpay>>,<<cnid.b_id>>\n<<per.c>>,[[order_number|2023120458]],<<iban.c_iban:nl|be>>（交换生，境外账户）,<<pass.c_pp:cn_e>>",
        "<<per.a>>的卡号<<card.a_card:unionpay>>；<<per.b>>的卡号<<card.b_card:unionpay>>；<<per.c>>填的是境外IBAN <<iban.c_iban:nl|be>>，不是银行卡。请按实际位数核对：19位为借记卡，16位需确认。",
    ),
    # ------------------------------------------------------------------ bank_statement
    T(
        "h3-zh-bank_statement-01",
        "zh",
        "bank_statement",
        "把这几行银行流水按收入和支出分类。",
        "交易日期  摘要  金额  对方户名  对方账号\n[[timestamp]]  工资  +8,500.00  [[organisation|腾讯科技]]  -\n"
        "[[timestamp]]  转账  -2,000.00  <<per.a>>  <<card.a_card:plain>>\n"
        "[[timestamp]]  跨境汇款  -[[money]]  <<per_tr.b>>  <<iban.b_iban>>",
        "收入：工资 +8,500.00。\n支出：转给<<per.a>>（<<card.a_card:spaced>>）2,000.00；跨境汇款给<<per_tr.b>>（<<iban.b_iban>>）。",
    ),
    T(
        "h3-zh-bank_statement-02",
        "zh",
        "bank_statement",
        "这份信用卡账单里有可疑交易吗？",
        "持卡人：<<per.a>>  卡号：<<card.a_card:visa>>  账单日：每月5日\n"
        "[[timestamp]] [[organisation|美团]] 58.00\n[[timestamp]] APPLE.COM/BILL 6,888.00 登录IP <<ip.i>>\n"
        "[[timestamp]] 境外取现 3,000.00",
        "可疑：APPLE.COM/BILL 6,888.00（登录IP <<ip.i>> 不常见）和境外取现。建议<<per.a>>致电银行冻结卡<<card.a_card:visa>>。",
    ),
    # ------------------------------------------------------------------ traffic_ticket
    T(
        "h3-zh-traffic_ticket-01",
        "zh",
        "traffic_ticket",
        "这张交通违法处理通知书要罚多少？扣几分？",
        "公安交通管理简易程序处罚决定书\n被处罚人：<<per.a>>  驾驶证号：<<dl.a_dl:cn>>\n"
        "机动车号牌：<<plate.p>>  违法地点：<<addr.x:road>>附近\n违法行为：机动车违反禁令标志指示\n罚款 200 元，记 3 分",
        "罚款200元，记3分。被处罚人<<per.a>>，车牌<<plate.p>>，驾驶证<<dl.a_dl:cn>>。",
    ),
    T(
        "h3-zh-traffic_ticket-02",
        "zh",
        "traffic_ticket",
        "把这条关于车辆<<plate.p>>的交警短信解释给我爸听。",
        "【交管12123】您名下车辆<<plate.p>>于[[timestamp]]在<<addr.x:road>>附近有未处理违法记录。"
        "车主<<per.a>>，身份证<<cnid.a_id:spaced>>，请及时处理。",
        "爸，短信说您的车<<plate.p>>在<<addr.x:road>>附近违章了，要在交管12123上处理，短信里带了您的身份证号<<cnid.a_id>>，别转发给别人。",
    ),
    # ------------------------------------------------------------------ landlord_notice
    T(
        "h3-zh-landlord_notice-01",
        "zh",
        "landlord_notice",
        "帮房东把发给租客<<per.t>>的这条涨租通知写得委婉一点。",
        "<<per.t>>你好，<<addr.h:road_bld>>这套房子下个月起房租涨到[[money]]，"
        "还是打到我的卡<<card.l_card:spaced>>（户名<<per.l>>），有问题打<<tel.l_tel:cn_plain>>。",
        "<<per.t>>您好！感谢您一直以来的照顾。<<addr.h:road_bld>>的房租从下个月起调整为新标准，"
        "仍请转至<<per.l>>名下<<card.l_card:spaced>>。如有疑问请随时致电<<tel.l_tel:cn_dash>>。",
    ),
    T(
        "h3-zh-landlord_notice-02",
        "zh",
        "landlord_notice",
        "物业通知里哪几户需要在停水前登记？",
        "【物业通知】因管道检修，本周三全天停水。以下住户有老人需送水，请登记：\n"
        "1. <<addr.a:comm>> <<per.a>> <<tel.a_tel:cn_plain>>\n2. <<addr.b:comm>> <<per.b>> <<tel.b_tel:cn_land>>\n"
        "物业值班：[[service_number|12345]]",
        "需要登记的是<<per.a>>（<<addr.a:comm>>，<<tel.a_tel:cn_plain>>）和<<per.b>>（<<addr.b:comm>>，<<tel.b_tel:cn_land>>）。",
    ),
    # ------------------------------------------------------------------ tax_form
    T(
        "h3-zh-tax_form-01",
        "zh",
        "tax_form",
        "检查这份个税专项附加扣除信息有没有填错的地方。",
        "纳税人：<<per.a>>  身份证件号码：<<cnid.a_id>>\n扣除项目：子女教育\n子女姓名：<<per.c>>\n"
        "子女证件号码：<<cnid.c_id>>  出生日期：<<dob.c_dob:cn_pad>>\n扣除比例：[[number|50%]]\n手机：<<tel.a_tel:cn_plain>>",
        "请核对子女<<per.c>>的出生日期<<dob.c_dob:cn_pad>>与证件号<<cnid.c_id>>中的日期是否一致；纳税人<<per.a>>的信息格式正确。",
    ),
    T(
        "h3-zh-tax_form-02",
        "zh",
        "tax_form",
        "这份境外所得申报表还需要补哪些材料？",
        "境外所得个人所得税申报\n姓名：<<per.a>>（<<per.a:pinyin_fl>>）\n护照号：<<pass.a_pp:cn_e>>\n"
        "境外收款账户IBAN：<<iban.a_iban:de>>\n美国社会安全号（如有）：<<ssn.a_ssn:dash>>\n境外已纳税额：[[money]]",
        "需补充境外完税凭证。已填信息：<<per.a>>，护照<<pass.a_pp:cn_e>>，IBAN <<iban.a_iban:de>>，SSN <<ssn.a_ssn:dash>>。",
    ),
    # ------------------------------------------------------------------ game_account_recovery
    T(
        "h3-zh-game_account_recovery-01",
        "zh",
        "game_account_recovery",
        "根据这份游戏账号申诉材料，判断能不能找回。",
        "申诉账号：QQ <<qq.q>>\n实名认证姓名：<<per.a>>\n实名身份证：<<cnid.a_id>>\n"
        "最近常用登录地IP <<ip.i>>\n被盗前最后一次充值：[[money]]（[[product|王者荣耀]]点券）",
        "材料较完整：QQ <<qq.q>> 的实名信息（<<per.a>>，<<cnid.a_id>>）与常用IP <<ip.i>> 都已提供，有较大机会找回。",
        annotators=["<<per_cn.ANN:user>>", "<<email.ANN>>"],
    ),
    T(
        "h3-zh-game_account_recovery-02",
        "zh",
        "game_account_recovery",
        "帮我写一封给 Steam 客服的英文申诉邮件，落款用我名字的拼音（<<per.a:pinyin>>）。",
        "我的Steam账号邮箱<<email.a_mail@a>>被人改了，原来绑定手机<<tel.a_tel:cn_intl>>。"
        "我平时在家用的电脑网卡地址<<mac.m:dash>>，IPv6是<<ip.i:v6>>。我叫<<per.a>>。",
        "Dear Steam Support,\nMy account's e-mail <<email.a_mail@a>> was changed by someone else. "
        "It was linked to <<tel.a_tel:cn_intl>>. I usually log in from a PC with MAC <<mac.m:dash>> and IPv6 <<ip.i:v6>>.\n"
        "Regards,\n<<per.a:pinyin>>",
    ),
    # ------------------------------------------------------------------ dating_profile
    T(
        "h3-zh-dating_profile-01",
        "zh",
        "dating_profile",
        "把这份相亲资料改写成一段自然的自我介绍。",
        "姓名：<<per.a>>\n生日：<<dob.a_dob:cn>>\n身高：178cm\n职业：[[organisation|国家电网]]工程师\n"
        "爱好：爬山、[[product|原神]]\n偶像：[[public_figure]]\n微信：<<wx.a_wx@a>>",
        "大家好，我是<<per.a>>，<<dob.a_dob:cn>>出生，身高178，在国家电网做工程师。平时喜欢爬山和打游戏。感兴趣的可以加我微信<<wx.a_wx@a>>。",
    ),
    T(
        "h3-zh-dating_profile-02",
        "zh",
        "dating_profile",
        "婚恋平台上对方要我的联系方式，帮我回一条得体的消息。",
        "对方（<<per.b>>）：聊得挺好的，方便加个微信吗？我的是<<wx.b_wx@b>>。\n"
        "我的资料：<<per.a>>，QQ <<qq.q>>，豆瓣<<url.a_url:douban@a>>",
        "很高兴认识你，<<per.b:given>>！我先加你<<wx.b_wx@b>>吧，想了解我的话也可以看看我的豆瓣<<url.a_url:douban@a>>。",
        source="dating-app/<<per.a:user>>",
    ),
    # ------------------------------------------------------------------ club_roster
    T(
        "h3-zh-club_roster-01",
        "zh",
        "club_roster",
        "按车型统计车友会名单。",
        "[[product|比亚迪汉]]车友会 成员登记\n- <<per.a>> | <<plate.a_car>> | <<tel.a_tel:cn_plain>> | 驾驶证<<dl.a_dl:cn>>\n"
        "- <<per.b>> | <<plate.b_car>> | <<tel.b_tel:cn_plain>> | 驾驶证<<dl.b_dl:cn>>\n- <<per.c:pinyin>> | <<plate.c_car>> | 未填\n"
        "会长：<<per.a>>",
        "全部3人都是比亚迪汉：<<per.a>>（<<plate.a_car>>）、<<per.b>>（<<plate.b_car>>）、<<per.c>>（<<plate.c_car>>）。",
    ),
    T(
        "h3-zh-club_roster-02",
        "zh",
        "club_roster",
        "合唱团要给下个月过生日的团员准备蛋糕，帮我挑出来。",
        "团员名单（声部/生日/手机）\n女高 <<per.a>> <<dob.a_dob:cn_pad>> <<tel.a_tel:cn_plain>>\n"
        "男低 <<per.b>> <<dob.b_dob:iso>> <<tel.b_tel:cn_plain>>\n指挥 <<per_tr.c>>，邮箱<<email.c_mail>>",
        "请根据当前月份判断：<<per.a>>生日是<<dob.a_dob:cn_pad>>，<<per.b>>生日是<<dob.b_dob:iso>>。",
    ),
    # ------------------------------------------------------------------ speech_transcript
    T(
        "h3-zh-speech_transcript-01",
        "zh",
        "speech_transcript",
        "这是语音转文字结果没有标点，请加上标点并分段。",
        "喂你好我是<<per.a>>我要改一下收货地址改成<<addr.a_addr:num_cn>>电话还是<<tel.a_tel:cn_numerals>>"
        "对然后那个发票抬头写[[organisation|阿里巴巴]]就行",
        "喂，你好，我是<<per.a>>。我要改一下收货地址，改成<<addr.a_addr:num_cn>>，电话还是<<tel.a_tel:cn_numerals>>。\n"
        "对，然后那个发票抬头写阿里巴巴就行。",
    ),
    T(
        "h3-zh-speech_transcript-02",
        "zh",
        "speech_transcript",
        "从这段客服电话录音转写里提取客户诉求。",
        "客服：您好请问有什么可以帮您\n客户：我卡号是<<card.c:plain>>昨天被盗刷了我叫<<per.a>>身份证<<cnid.a_id>>\n"
        "客服：好的<<per.a:family>>先生我帮您查一下\n客户：快点啊我手机<<tel.a_tel:cn_plain>>一直收到验证码",
        "客户<<per.a>>（身份证<<cnid.a_id>>，手机<<tel.a_tel:cn_plain>>）反映卡号<<card.c:spaced>>被盗刷，要求尽快处理。",
    ),
    # ------------------------------------------------------------------ ocr_scan
    T(
        "h3-zh-ocr_scan-01",
        "zh",
        "ocr_scan",
        "下面是身份证正反面的OCR结果，排版很乱，请整理成字段。",
        "姓 名  <<per.a:spaced>>\n性 别 男   民 族 汉\n出 生 <<dob.a_dob:cn>>\n住 址 <<addr.a_addr:village>>\n"
        "公民身份号码 <<cnid.a_id:spaced>>\n签发机关 [[organisation|某县公安局]]",
        "姓名：<<per.a>>\n出生：<<dob.a_dob:cn>>\n住址：<<addr.a_addr:village>>\n身份证号：<<cnid.a_id>>",
    ),
    T(
        "h3-zh-ocr_scan-02",
        "zh",
        "ocr_scan",
        "OCR 识别的银行回单有错字，请校正。",
        "中 国 工 商 银 行  业 务 回 单\n付款人户名 <<per.a>>\n付款人账号 <<card.a_card:spaced>>\n"
        "收款人户名 <<per_en.b:upper>>\n收款人账号 <<iban.b_iban>>\n金 额 [[money]]  用途 学费",
        "校正后：付款人<<per.a>>，账号<<card.a_card:plain>>；收款人<<per_en.b>>，账号<<iban.b_iban>>；用途：学费。",
    ),
    # ------------------------------------------------------------------ warranty_registration
    T(
        "h3-zh-warranty_registration-01",
        "zh",
        "warranty_registration",
        "这条路由器保修登记信息是否完整？",
        "产品：[[product|TP-LINK AX3000]]  固件[[version]]\nMAC：<<mac.m:colon>>\n购买人：<<per.a>>\n"
        "电话：<<tel.a_tel:cn_plain>>\n寄修地址：<<addr.a_addr:road_bld>>",
        "完整。购买人<<per.a>>，电话<<tel.a_tel:cn_plain>>，设备MAC <<mac.m:colon>>，寄修到<<addr.a_addr:road_bld>>。",
    ),
    T(
        "h3-zh-warranty_registration-02",
        "zh",
        "warranty_registration",
        "帮客户把延保申请翻译成英文，给海外总部看。",
        "申请人<<per.a>>，[[product|戴森V12]]吸尘器，序列号[[order_number]]，在国外购买，"
        "购买时用的护照<<pass.a_pp>>，付款卡<<card.a_card:mc>>，希望延保两年，若退款请打到欧洲账户<<iban.a_iban:fr|it>>。设备蓝牙地址<<mac.m:cisco>>。",
        "Applicant <<per.a:pinyin>> bought a [[product|Dyson V12]] vacuum abroad using passport <<pass.a_pp>> and card "
        "<<card.a_card:mc>>, and requests a two-year extended warranty; any refund should go to <<iban.a_iban:fr|it>>. Device Bluetooth address: <<mac.m:cisco>>.",
    ),
]

TEMPLATES_EN = [
    # ------------------------------------------------------------------ judgment_excerpt
    T(
        "h3-en-judgment_excerpt-01",
        "en",
        "judgment_excerpt",
        "Summarise the findings of fact in this judgment excerpt in plain English.",
        'FINDINGS OF FACT\n1. Plaintiff <<per.a:upper>> ("Plaintiff"), born <<dob.a_dob:long>>, resides at <<addr.a_addr:full>>.\n'
        "2. Defendant <<per.b>> operated a vehicle bearing license plate <<plate.p:ca>> and holds driver license no. <<dl.b_dl:ca>>.\n"
        "3. The Court takes judicial notice that [[public_place|Interstate 5]] was closed on the night in question.",
        "The court found that <<per.b>>, driving the car with plate <<plate.p:ca>> (license <<dl.b_dl:ca>>), was involved in the "
        "incident with <<per.a>>, who lives at <<addr.a_addr:full>>.",
    ),
    T(
        "h3-en-judgment_excerpt-02",
        "en",
        "judgment_excerpt",
        "List every person named in this tribunal decision and their role.",
        "EMPLOYMENT TRIBUNAL - Case No. [[order_number]]\nClaimant: <<per.a>>\nRespondent: [[organisation|Tesco Stores Ltd]]\n"
        "Witness for the respondent: <<per.w:last_first>>, store manager\n"
        "The claimant's payslips were paid into account <<iban.a_iban:gb>>. Her National Insurance record was not in dispute.",
        "- <<per.a>>: claimant (salary paid to <<iban.a_iban:gb>>)\n- <<per.w>>: witness for the respondent, store manager\n"
        "The respondent is a company, not a person.",
        annotators=["<<per_en.ANN:lower_dot>>"],
    ),
    # ------------------------------------------------------------------ group_chat
    T(
        "h3-en-group_chat-01",
        "en",
        "group_chat",
        "Turn this Slack thread into a short status update for the payroll channel.",
        "#payroll-ops (thread)\n<<per.a:lower_dot>>  10:02\nhey can someone switch <<per.b>>'s direct deposit? new IBAN <<iban.b_iban>>\n"
        "<<per.c:user>>  10:05\ndone, updated in [[product|Workday]]\n<<per.a:lower_dot>>  10:06\nty! her SSN on file is <<ssn.b_ssn:plain>>, pls double check",
        "Status: <<per.b:last_first>>'s direct deposit now goes to <<iban.b_iban>> (changed by <<per.c:user>> at <<per.a:full>>'s request). "
        "Open item: verify SSN <<ssn.b_ssn:dash>>.",
    ),
    T(
        "h3-en-group_chat-02",
        "en",
        "group_chat",
        "Who is blocking the driveway? Answer from this neighbourhood WhatsApp export.",
        "[[timestamp]] - <<per.a:given>>: whose silver car is <<plate.p>> outside <<addr.a_addr:line>>?? can't get out\n"
        "[[timestamp]] - <<per.b>>: think it's the new tenant, <<per.c>>\n"
        "[[timestamp]] - <<per.b>>: his number is <<tel.c_tel:us_dash>> if you want to call\n"
        "[[timestamp]] - <<per.a:given>>: thanks, calling now",
        "According to <<per.b>>, the car with plate <<plate.p>> belongs to <<per.c>> (phone <<tel.c_tel:us_paren>>).",
        source="whatsapp-export/<<tel.src:us_intl>>",
    ),
    # ------------------------------------------------------------------ issue_tracker
    T(
        "h3-en-issue_tracker-01",
        "en",
        "issue_tracker",
        "Write the first reply to this JIRA ticket.",
        "SUP-[[number|4471]]  Patient portal login fails\nReporter: <<per.a>>\nAssignee: <<per.b:lower_dot>>\n"
        "Description: Patient <<per.c>> (DOB <<dob.c_dob:us_pad>>, MRN <<mrn.m:mrn>>) gets 'identity mismatch' when logging in. "
        "She called from <<tel.c_tel:us_paren>>. Our logs show attempts from <<ip.i>>.",
        "Hi <<per.a:given>>, thanks for the report. I'll compare the DOB <<dob.c_dob:us_pad>> on MRN <<mrn.m:mrn>> with what "
        "<<per.c>> typed, and check the attempts from <<ip.i>>. - <<per.b>>",
    ),
    T(
        "h3-en-issue_tracker-02",
        "en",
        "issue_tracker",
        "Rewrite this GitHub issue so it follows the bug template (steps, expected, actual).",
        "crash when exporting CSV :( \nrunning [[version]] on [[product|MacBook Air M2]]. ran `curl -H 'X-Forwarded-For: <<ip.i:v6>>'` and it died in "
        "[[code_identifier|export_rows()]]. my contact: <<url.u:github@a>> / <<email.e@a>>\n- <<per.a:user>>",
        "**Steps**: run the export behind a proxy that sets X-Forwarded-For (<<ip.i:v6>>).\n**Expected**: a CSV file.\n"
        "**Actual**: crash in export_rows().\nReporter: <<per.a:user>> (<<url.u:github@a>>, <<email.e@a>>)",
        source="github/<<per.a:user>>",
    ),
    # ------------------------------------------------------------------ crm_export
    T(
        "h3-en-crm_export-01",
        "en",
        "crm_export",
        "Convert this CRM export to a Markdown table and flag rows with a missing phone.",
        "Id,FirstName,LastName,Phone,MailingStreet,Email\n"
        "[[order_number]],<<per.a:given>>,<<per.a:family>>,<<tel.a_tel:us_dot>>,<<addr.a_addr:line_unit>>,<<email.a_mail@a>>\n"
        "[[order_number]],<<per.b:given>>,<<per.b:family>>,,<<addr.b_addr:line>>,<<email.b_mail@b>>",
        "| First | Last | Phone | Street | Email |\n|---|---|---|---|---|\n"
        "| <<per.a:given>> | <<per.a:family>> | <<tel.a_tel:us_dot>> | <<addr.a_addr:line_unit>> | <<email.a_mail@a>> |\n"
        "| <<per.b:given>> | <<per.b:family>> | **missing** | <<addr.b_addr:line>> | <<email.b_mail@b>> |",
        system="You are the CRM assistant of <<per.s:lower_dot>>'s sales team.",
    ),
    T(
        "h3-en-crm_export-02",
        "en",
        "crm_export",
        "Deduplicate these HubSpot contacts and explain which ones you merged.",
        "contact_id;name;email;phone;linkedin\n1;<<per.a>>;<<email.a_mail@a>>;<<tel.a_tel:uk_mobile>>;<<url.a_url:linkedin@a>>\n"
        "2;<<per.a:lower_full>>;<<email.a_mail:lower@a>>;<<tel.a_tel:uk_intl>>;\n3;<<per.b>>;<<email.b_mail@b>>;;",
        "Rows 1 and 2 are the same person, <<per.a>>: same e-mail (<<email.a_mail:lower@a>>) and the same phone written as "
        "<<tel.a_tel:uk_mobile>> and <<tel.a_tel:uk_intl>>. Row 3 (<<per.b>>) is distinct.",
    ),
    # ------------------------------------------------------------------ invitation_card
    T(
        "h3-en-invitation_card-01",
        "en",
        "invitation_card",
        "Proofread this wedding invitation and fix any grammar mistakes.",
        "Together with their families\n<<per.a>> and <<per.b>>\nrequest the pleasure of you company\n"
        "at <<addr.v:multiline>>\nReception to follow. Kindly RSVP to <<email.r@a>> or text <<tel.a_tel:us_dash>>.",
        "Together with their families\n<<per.a>> and <<per.b>>\nrequest the pleasure of your company\n"
        "at <<addr.v:multiline>>\nReception to follow. Kindly RSVP to <<email.r@a>> or text <<tel.a_tel:us_dash>>.",
    ),
    T(
        "h3-en-invitation_card-02",
        "en",
        "invitation_card",
        "Write a reply accepting this birthday party invitation for my son.",
        "You're invited! <<per.k:given>> is turning 7! Theme: [[public_figure|Spider-Man]]\nWhere: <<addr.h:line>> (the house with the [[common_word|Gift shop]] sign next door)\n"
        "Parents: <<per.p>> & <<per.q>>\nRSVP <<tel.p_tel:us_paren>>",
        "Hi <<per.p>>, thanks for inviting us! My son would love to come to <<per.k:given>>'s party at <<addr.h:line>>. "
        "I'll text you at <<tel.p_tel:us_dash>> to confirm.",
        history=[("my son got an invite from <<per.p>>, can you help me reply?", "Sure, paste the invitation here.")],
    ),
    # ------------------------------------------------------------------ parent_teacher_chat
    T(
        "h3-en-parent_teacher_chat-01",
        "en",
        "parent_teacher_chat",
        "Reply to this parent (<<per.p>>) as the class teacher, politely.",
        "Hi Ms. <<per.t:family>>, this is <<per.p>>, <<per.s:given>>'s dad. <<per.s>> has a dentist appt tomorrow at [[organisation|Kaiser Permanente]], "
        "MRN <<mrn.m:alpha>> if the nurse needs it. Can he leave at 1? My cell is <<tel.p_tel:us_plain>>.",
        "Hi <<per.p:given>>, thanks for letting me know. <<per.s:given>> can leave at 1:00; please sign him out at the front office. "
        "No need to share the MRN with me.",
    ),
    T(
        "h3-en-parent_teacher_chat-02",
        "en",
        "parent_teacher_chat",
        "Summarise what the parents agreed in this class chat.",
        "<<per.a>>: I can drive to the museum trip, my minivan plate is <<plate.p:ny>>\n<<per.b:given>>: great, I'll bring snacks\n"
        "<<per.c>>: school needs drivers' license numbers, mine is <<dl.c_dl:ny>>\n<<per.a>>: mine's <<dl.a_dl:ny>>",
        "<<per.a>> (plate <<plate.p:ny>>, license <<dl.a_dl:ny>>) and <<per.c>> (license <<dl.c_dl:ny>>) will drive; <<per.b:given>> brings snacks.",
        system="You help the class rep, <<per.r>>, keep notes of the parents' chat.",
    ),
    # ------------------------------------------------------------------ pharmacy_label
    T(
        "h3-en-pharmacy_label-01",
        "en",
        "pharmacy_label",
        "Explain this prescription label in simple words.",
        "[[organisation|CVS Pharmacy]] #[[number|2841]]\n<<per.a:upper>>\nDOB: <<dob.a_dob:us>>\nRx [[order_number]]  MRN <<mrn.m:digits>>\n"
        "[[product|Lipitor]] 20 MG TABLET\nTAKE 1 TABLET BY MOUTH AT BEDTIME\nDr. <<per.d:family>>",
        "This is <<per.a>>'s cholesterol medicine. Take one tablet by mouth every night before bed. Record number <<mrn.m:digits>>.",
    ),
    T(
        "h3-en-pharmacy_label-02",
        "en",
        "pharmacy_label",
        "Is anything wrong with this pharmacy order?",
        "Patient: <<per.a:last_first>>\nDate of birth: <<dob.a_dob:iso>>\nInsurance ID: [[order_number]]\nSSN (last resort ID): <<ssn.a_ssn:dash>>\n"
        "Ship to: <<addr.a_addr:full_unit>>\nPhone: <<tel.a_tel:us_intl>>\nItem: [[product|Amoxicillin]] 500 mg x 21",
        "The order lists a full SSN (<<ssn.a_ssn:dash>>) for <<per.a>>; pharmacies should not need it. Shipping to <<addr.a_addr:full_unit>> "
        "and phone <<tel.a_tel:us_intl>> look fine.",
    ),
    # ------------------------------------------------------------------ flight_itinerary
    T(
        "h3-en-flight_itinerary-01",
        "en",
        "flight_itinerary",
        "Extract passenger details from this booking confirmation as JSON.",
        "BOOKING CONFIRMED  Ref: [[order_number|QX7R2M]]\nPassenger: <<per.a:upper>>\nPassport: <<pass.a_pp>>  Nationality: GBR\n"
        "Date of birth: <<dob.a_dob:long_eu>>\nFlight [[order_number|BA0287]] LHR-SFO  Seat 34K\nContact: <<email.a_mail@a>>, <<tel.a_tel:uk_intl>>",
        '{"name": "<<per.a>>", "passport": "<<pass.a_pp>>", "dob": "<<dob.a_dob:iso>>", '
        '"email": "<<email.a_mail@a>>", "phone": "<<tel.a_tel:uk_intl>>"}',
    ),
    T(
        "h3-en-flight_itinerary-02",
        "en",
        "flight_itinerary",
        "Write a short checklist for this family trip based on the itinerary.",
        "Travelers:\n  1. <<per.a>>  passport <<pass.a_pp:us>>\n  2. <<per.b>>  passport <<pass.b_pp:us_new>>\n"
        "  3. <<per_cn.c:pinyin_fl>>  passport <<pass.c_pp:cn_e>> (visa required), PRC ID <<cnid.c_id>> for the domestic leg\nOutbound: [[timestamp]]  [[organisation|United Airlines]] UA857",
        "- Bring passports <<pass.a_pp:us>> (<<per.a>>), <<pass.b_pp:us_new>> (<<per.b>>) and <<pass.c_pp:cn_e>> (<<per_cn.c:pinyin_fl>>).\n"
        "- Check the visa for <<per_cn.c:pinyin_fl>> and carry ID card <<cnid.c_id>>.\n- Arrive 3 hours early for UA857.",
    ),
    # ------------------------------------------------------------------ parcel_locker_sms
    T(
        "h3-en-parcel_locker_sms-01",
        "en",
        "parcel_locker_sms",
        "Which of these texts are real delivery notices and which look like scams?",
        "1) Amazon: Your package [[tracking_number]] is in locker 14 at <<addr.l:line>>. Code expires in 3 days.\n"
        "2) USPS: we could not deliver to <<per.a>>. Update payment at usps-redelivery.co within 12h.\n"
        "3) InPost: Hi <<per.a:given>>, parcel ready. Collect with your phone <<tel.a_tel:uk_mobile>>.",
        "1 and 3 look genuine. 2 is a scam: USPS does not ask <<per.a>> to pay on a look-alike domain. "
        "The locker at <<addr.l:line>> and the phone <<tel.a_tel:uk_intl>> belong to the real notices.",
    ),
    T(
        "h3-en-parcel_locker_sms-02",
        "en",
        "parcel_locker_sms",
        "Draft a message asking my neighbour to pick up my parcel.",
        "Text received: 'Parcel for <<per.a>> at <<addr.a_addr:line_unit>> left at the lobby locker. PIN sent to <<tel.a_tel:us_dash>>.'",
        "Hi! Could you grab a parcel for me (<<per.a>>) from the lobby locker at <<addr.a_addr:line_unit>>? "
        "I'll forward the PIN from <<tel.a_tel:us_dash>> when you're there.",
        source="sms/<<tel.a_tel:us_plain>>",
    ),
    # ------------------------------------------------------------------ sql_dump
    T(
        "h3-en-sql_dump-01",
        "en",
        "sql_dump",
        "This pg_dump excerpt fails to load. Find the bug.",
        "COPY public.customers (id, full_name, ssn, email, dob) FROM stdin;\n"
        "1\t<<per.a>>\t<<ssn.a_ssn:dash>>\t<<email.a_mail@a>>\t<<dob.a_dob:iso>>\n"
        "2\t<<per.b>>\t<<ssn.b_ssn:plain>>\t<<email.b_mail@b>>\t<<dob.b_dob:us_pad>>\n\\.",
        "Row 2 has the date <<dob.b_dob:us_pad>> in MM/DD/YYYY while the column expects ISO, so set DateStyle or fix it. "
        "Also store SSNs in one format: <<ssn.a_ssn:dash>> vs <<ssn.b_ssn:plain>>.",
    ),
    T(
        "h3-en-sql_dump-02",
        "en",
        "sql_dump",
        "Rewrite this INSERT to use a parameterised query in Python.",
        "INSERT INTO devices (owner, mac, last_ip, note) VALUES ('<<per.a:lower_dot>>', '<<mac.m:colon_lower>>', '<<ip.i>>', "
        "'<<per.a>> home router, [[product|Netgear Nighthawk]]');",
        '```python\ncur.execute(\n    "INSERT INTO devices (owner, mac, last_ip, note) VALUES (%s, %s, %s, %s)",\n'
        '    ("<<per.a:lower_dot>>", "<<mac.m:colon_lower>>", "<<ip.i>>", "<<per.a>> home router"),\n)\n```',
    ),
    # ------------------------------------------------------------------ dataframe_repr
    T(
        "h3-en-dataframe_repr-01",
        "en",
        "dataframe_repr",
        "Here is `print(df)`. Write pandas code that masks the card column.",
        "```\n            name                 card     state\n0  <<per.a>>  <<card.a_card:plain>>    CA\n"
        "1  <<per.b>>  <<card.b_card:amex>>    TX\n```",
        "```python\ndf['card'] = df['card'].str.replace(r'\\d(?=\\d{4})', '*', regex=True)\n```\n"
        "After this, <<per.a>>'s card <<card.a_card:plain>> is shown with only its last four digits.",
    ),
    T(
        "h3-en-dataframe_repr-02",
        "en",
        "dataframe_repr",
        "What is the type of each value in this dict? Answer as a table.",
        "```python\n>>> record\n{'id': [[number]], 'name': '<<per.a>>', 'cn_id': '<<cnid.c>>', 'wechat': '<<wx.w@a>>', 'qq': '<<qq.q>>',\n"
        " 'profile': '<<url.u:weibo@a>>', 'fav_author': '[[public_figure]]', 'tags': ['[[common_word|Summer]]', 'vip']}\n```",
        "| key | value | type |\n|---|---|---|\n| name | <<per.a>> | str |\n| cn_id | <<cnid.c>> | str (18 chars, not int) |\n| wechat | <<wx.w@a>> | str |\n| qq | <<qq.q>> | str (digits) |\n"
        "| profile | <<url.u:weibo@a>> | str (URL) |\n| tags | list | list[str] |",
    ),
    # ------------------------------------------------------------------ k8s_secret
    T(
        "h3-en-k8s_secret-01",
        "en",
        "k8s_secret",
        "Review this Kubernetes Secret manifest.",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp-relay\n  labels:\n    maintainer: <<per.a:lower_dot>>\n"
        'stringData:\n  SMTP_USER: <<email.a_mail@a>>\n  SMTP_HOST: <<ip.i:private>>\n  ONCALL: "<<tel.a_tel:us_intl2>>"',
        "The secret is in plain stringData and names a person: maintainer <<per.a:lower_dot>> with e-mail <<email.a_mail@a>> and phone "
        "<<tel.a_tel:us_intl2>>. Move the on-call number to the paging tool; keep <<ip.i:private>> in a ConfigMap.",
    ),
    T(
        "h3-en-k8s_secret-02",
        "en",
        "k8s_secret",
        "Convert this Helm values file's allow-list to a Calico GlobalNetworkSet.",
        "allowList:\n  - cidr: <<ip.a>>/32    # <<per.a>> (home)\n  - cidr: <<ip.b>>/32    # <<per.b:initial>> laptop\n"
        "  - mac: <<mac.m:dash>>     # badge reader\nchart: ingress-nginx [[version]]",
        "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata:\n  name: allow-list\nspec:\n  nets:\n"
        "    - <<ip.a>>/32   # <<per.a>>\n    - <<ip.b>>/32   # <<per.b:initial>>\n# the badge reader (<<mac.m:dash>>) is matched by MAC elsewhere",
    ),
    # ------------------------------------------------------------------ waybill
    T(
        "h3-en-waybill-01",
        "en",
        "waybill",
        "Extract shipper and consignee from this air waybill.",
        "AIR WAYBILL  [[tracking_number]]\nSHIPPER: <<per.a:upper>>\n<<addr.a_addr:multiline>>\nTEL <<tel.a_tel>>\n"
        "CONSIGNEE: <<per.b>>\n<<addr.b_addr:flat>>\nTEL <<tel.b_tel:uk_mobile>>\nDeclared value: [[money]]",
        "Shipper: <<per.a>>, <<addr.a_addr:multiline>>, <<tel.a_tel>>\nConsignee: <<per.b>>, <<addr.b_addr:flat>>, <<tel.b_tel:uk_intl>>",
    ),
    T(
        "h3-en-waybill-02",
        "en",
        "waybill",
        "Is this bill of lading ready to sign? List what is missing.",
        "BILL OF LADING\nCarrier: [[organisation|J.B. Hunt]]\nTruck plate: <<plate.p:tx>>\nDriver: <<per.d>>  CDL# <<dl.d_dl:tx>>\n"
        "Driver phone: <<tel.d_tel:us_paren>>\nConsignee signature: ____",
        "Missing: consignee signature and delivery date. Carrier details are complete: driver <<per.d>> (CDL <<dl.d_dl:tx>>, "
        "<<tel.d_tel:us_paren>>), truck <<plate.p:tx>>.",
    ),
    # ------------------------------------------------------------------ job_application
    T(
        "h3-en-job_application-01",
        "en",
        "job_application",
        "Score this application form against the job requirements (1-5) and explain.",
        "APPLICATION FOR EMPLOYMENT\nName (Last, First): <<per.a:last_first>>\nAddress: <<addr.a_addr:full>>\n"
        "Phone: <<tel.a_tel:us_paren>>   Email: <<email.a_mail@a>>\nSSN: <<ssn.a_ssn:space>>   Passport (work authorization): <<pass.a_pp:us_new>>\nPosition: Data Analyst ([[code_identifier|SQL]], [[code_identifier|Python]])",
        "Score 4/5. <<per.a>> lists SQL and Python as asked. Note: the SSN <<ssn.a_ssn:space>> should not be collected at this stage.",
        annotators=["<<email.ANN>>", "hr-screen-2"],
    ),
    T(
        "h3-en-job_application-02",
        "en",
        "job_application",
        "Write a short reference-check email based on this application.",
        "References:\n- <<per.r>>, former manager at [[organisation|Deloitte]], <<email.r_mail@r>>, <<tel.r_tel:uk_land>>\n"
        "Applicant: <<per.a>>, LinkedIn <<url.a_url:linkedin@a>>",
        "Dear <<per.r>>,\n<<per.a>> (<<url.a_url:linkedin@a>>) has applied for a role with us and listed you as a reference. "
        "Could we call you at <<tel.r_tel:uk_land>> this week?",
    ),
    # ------------------------------------------------------------------ alumni_directory
    T(
        "h3-en-alumni_directory-01",
        "en",
        "alumni_directory",
        "Group these alumni by graduating class.",
        "Class of 1998\n  <<per.a>> - Boston - <<email.a_mail@a>>\n  <<per.b>> - Austin - <<url.b_url:linkedin@b>>\n"
        "Class of 2004\n  <<per.c>> - <<addr.c_addr:pobox>> - <<tel.c_tel>>",
        "1998: <<per.a>> (<<email.a_mail@a>>), <<per.b>> (<<url.b_url:linkedin@b>>)\n2004: <<per.c>> (<<addr.c_addr:pobox>>, <<tel.c_tel>>)",
    ),
    T(
        "h3-en-alumni_directory-02",
        "en",
        "alumni_directory",
        "Write a two-line 'where are they now' blurb from this alumni note.",
        "class notes: <<per.a:lower_full>> ('09) moved to <<addr.a_addr:line>> after leaving [[organisation|NASA]]; "
        "now writes on <<url.a_url:medium@a>> (interviewed [[public_figure|Sally Ride]] once!) and says hi to the old [[common_word|Rose garden]] crew.",
        "<<per.a>> ('09) left NASA and now lives at <<addr.a_addr:line>>.\nFollow the writing at <<url.a_url:medium@a>>.",
    ),
    # ------------------------------------------------------------------ obituary
    T(
        "h3-en-obituary-01",
        "en",
        "obituary",
        "Shorten this obituary for <<per.a>> to 60 words.",
        "<<per.a>>, 84, of <<addr.a_addr:line>>, passed away peacefully on [[timestamp]]. Born <<dob.a_dob:long>> in a small town, "
        "he served in the Navy, once shook hands with [[public_figure|President Carter]], and later taught at [[organisation|Lincoln High School]]. He is survived by his daughter <<per.b>>. "
        "In lieu of flowers, donations to [[organisation|Oxfam]]. Condolences: <<email.b_mail@b>>",
        "<<per.a>>, born <<dob.a_dob:long>>, died peacefully aged 84. A Navy veteran and teacher, he is survived by his daughter "
        "<<per.b>>. Donations to Oxfam in lieu of flowers; condolences to <<email.b_mail@b>>.",
    ),
    T(
        "h3-en-obituary-02",
        "en",
        "obituary",
        "Write a guestbook condolence message for this notice.",
        "In loving memory of <<per.a>> (<<per_tr.a2>> to her Chinese students). A memorial service will be held at "
        "<<addr.c:full>>. The family asks that cards be sent to <<per.b:last_first>>, <<addr.b_addr:pobox>>.",
        "Dear <<per.b>> and family, we are so sorry for the loss of <<per.a>>. She touched many lives. With deepest sympathy.",
        history=[
            (
                "I need to write something for <<per.b:last_first>>'s family, my old teacher passed away.",
                "Of course. Share the notice and I'll draft it.",
            )
        ],
    ),
    # ------------------------------------------------------------------ lost_found_notice
    T(
        "h3-en-lost_found_notice-01",
        "en",
        "lost_found_notice",
        "Rewrite this found-item post so it doesn't expose the owner's numbers.",
        "FOUND on the [[public_place|Golden Gate Bridge]] walkway: a brown wallet with a driver license (<<per.a>>, <<dl.a_dl:wa>>), "
        "a Visa card <<card.a_card:spaced>> and a library card. Owner, text me at <<tel.f_tel:us_dot>>.",
        "FOUND: a brown wallet belonging to <<per.a>> on the Golden Gate Bridge walkway, with a license and cards. "
        "Owner, text <<tel.f_tel:us_dot>> and describe the wallet to claim it.",
    ),
    T(
        "h3-en-lost_found_notice-02",
        "en",
        "lost_found_notice",
        "Make this lost-passport notice clearer.",
        "lost my passport!!! name on it <<per_cn.a:pinyin_fl>> passport no <<pass.a_pp:cn_e|cn_ea>> somewhere near [[public_place|Piccadilly Circus]] "
        "yesterday. my chinese id is <<cnid.a_id>> if that helps. please email <<email.e@a>>, wechat <<wx.w@a>>, qq <<qq.q>> or call <<tel.a_tel:uk_mobile>>",
        "LOST PASSPORT: Chinese passport <<pass.a_pp:cn_e|cn_ea>> in the name of <<per_cn.a:pinyin>>, lost near Piccadilly Circus yesterday. "
        "Please contact <<email.e@a>> (WeChat <<wx.w@a>>) or <<tel.a_tel:uk_intl>>.",
    ),
    # ------------------------------------------------------------------ telemedicine_chat
    T(
        "h3-en-telemedicine_chat-01",
        "en",
        "telemedicine_chat",
        "Write the visit summary the doctor will sign.",
        "",
        "Telehealth visit. Patient <<per.p>> (DOB <<dob.p_dob:us>>, MRN <<mrn.m:mrn>>) reports a rash for 4 days after starting "
        "[[product|Bactrim]]. Callback number <<tel.p_tel:us_dash>>.",
        history=[
            ("hi doc, it's <<per.p:given>>, my MRN is <<mrn.m:mrn>>", "Hello, can you confirm your date of birth?"),
            ("<<dob.p_dob:long>>. you can call me at <<tel.p_tel:us_paren>>", "Thanks. When did the rash start?"),
        ],
        system="You assist <<per.d:initial>>, a physician on [[organisation|Teladoc]]. The current patient is <<per.p>>.",
    ),
    T(
        "h3-en-telemedicine_chat-02",
        "en",
        "telemedicine_chat",
        "Triage this message: urgent, soon, or routine?",
        "Patient message (MRN <<mrn.m:dash>>): This is <<per.a>>. My mom <<per.b>> (born <<dob.b_dob:eu>>) has chest pain since an hour, "
        "she lives alone at <<addr.b_addr:flat>>. Her phone <<tel.b_tel:uk_land>> isn't answering.",
        "URGENT. Chest pain for an hour in <<per.b>>: tell <<per.a>> to call [[service_number|999]] now and send help to <<addr.b_addr:flat>>.",
    ),
    # ------------------------------------------------------------------ ride_receipt
    T(
        "h3-en-ride_receipt-01",
        "en",
        "ride_receipt",
        "Turn this ride receipt into an expense line for <<email.a_mail@a>>.",
        "Thanks for riding, <<per.a:given>>\nTrip with <<per.d:given>> in a [[product|Toyota Prius]] (<<plate.p:ca>>)\n"
        "Pickup: <<addr.a_addr:line>>\nDropoff: SFO Terminal 2\nTotal: [[money]]  Visa ****\nRider: <<per.a>> <<email.a_mail@a>>",
        "Taxi/ride-share | <<per.a>> | <<addr.a_addr:line>> to SFO | vehicle <<plate.p:ca>> | receipt sent to <<email.a_mail@a>>",
    ),
    T(
        "h3-en-ride_receipt-02",
        "en",
        "ride_receipt",
        "Reply to this driver complaint as support.",
        "Driver <<per.d>> (license <<dl.d_dl:fl>>, plate <<plate.p:ny>>) reports that rider <<per.r:user>> damaged the seat "
        "and left no contact except <<tel.r_tel:us_plain>>.",
        "Hi <<per.d:given>>, sorry about the damage. We've opened a case for your vehicle <<plate.p:ny>> and will contact the rider "
        "(<<per.r:user>>, <<tel.r_tel:us_dash>>) about cleaning fees.",
        system="Support agent on duty: <<per.g>> (<<email.g_mail@g>>). Never promise refunds.",
        annotators=["<<per_en.ANN:user>>", "<<email.ANN>>"],
    ),
    # ------------------------------------------------------------------ scholarship_list
    T(
        "h3-en-scholarship_list-01",
        "en",
        "scholarship_list",
        "Format this list of scholarship recipients as a press release paragraph.",
        "2025 Merit Scholarship recipients:\n- <<per.a>> (Engineering)\n- <<per.b:last_first>> (Nursing)\n- <<per_cn.c:pinyin>> (Economics)\n"
        "Questions: <<per.o>>, Financial Aid Office, <<email.o_mail@o>> (WeChat for Chinese families: <<wx.o_wx@o>>)",
        "The university is pleased to announce the 2025 Merit Scholarship recipients: <<per.a>> (Engineering), <<per.b>> (Nursing) "
        "and <<per_cn.c:pinyin>> (Economics). Contact <<per.o>> at <<email.o_mail@o>> or on WeChat (<<wx.o_wx@o>>) with questions.",
    ),
    T(
        "h3-en-scholarship_list-02",
        "en",
        "scholarship_list",
        "Check this stipend payment file: which IBANs belong to non-euro countries?",
        "recipient,iban,amount\n<<per.a>>,<<iban.a_iban:de>>,[[money]]\n<<per.b>>,<<iban.b_iban:pl>>,[[money]]\n<<per.c>>,<<iban.c_iban:ch>>,[[money]]",
        "Non-euro: <<per.b>> (<<iban.b_iban:pl>>, Poland) and <<per.c>> (<<iban.c_iban:ch>>, Switzerland). <<per.a>>'s IBAN <<iban.a_iban:de>> is German (euro).",
    ),
    # ------------------------------------------------------------------ bank_statement
    T(
        "h3-en-bank_statement-01",
        "en",
        "bank_statement",
        "Categorise these bank statement lines (rent, groceries, transfers, other).",
        "Date        Description                               Amount\n[[timestamp]]  CARD <<card.c:plain>> [[organisation|WHOLE FOODS]]   -84.12\n"
        "[[timestamp]]  ZELLE TO <<per.a:upper>> <<tel.a_tel:us_plain>>       -1,200.00\n"
        "[[timestamp]]  SEPA TRANSFER <<iban.b_iban>> <<per.b:upper>>  -350.00",
        "Groceries: Whole Foods (card <<card.c:plain>>).\nRent (probably): Zelle to <<per.a>> (<<tel.a_tel:us_dash>>).\n"
        "Transfers: SEPA to <<per.b>> (<<iban.b_iban>>).",
    ),
    T(
        "h3-en-bank_statement-02",
        "en",
        "bank_statement",
        "Spot the duplicate charges in this card statement.",
        "Cardholder: <<per.a>>\nCard: <<card.a_card:discover>>\nStatement address: <<addr.a_addr:full>>\n"
        "[[timestamp]] NETFLIX.COM 15.49\n[[timestamp]] NETFLIX.COM 15.49\n[[timestamp]] [[organisation|SPOTIFY]] 10.99",
        "NETFLIX.COM 15.49 appears twice. <<per.a>> should dispute one of them for card <<card.a_card:discover>>.",
    ),
    # ------------------------------------------------------------------ traffic_ticket
    T(
        "h3-en-traffic_ticket-01",
        "en",
        "traffic_ticket",
        "How much is this ticket and what are my options?",
        "NOTICE TO APPEAR\nName: <<per.a:upper>>\nDL No: <<dl.a_dl:ca>>  State: CA\nDOB: <<dob.a_dob:us_pad>>\n"
        "Vehicle Lic: <<plate.p:ca>>\nViolation: VC 22350 Unsafe speed\nAddress: <<addr.a_addr:full>>",
        "<<per.a>> (license <<dl.a_dl:ca>>, plate <<plate.p:ca>>) can pay the fine, request traffic school, or contest it in court.",
    ),
    T(
        "h3-en-traffic_ticket-02",
        "en",
        "traffic_ticket",
        "Draft an appeal against this parking penalty charge notice.",
        "PENALTY CHARGE NOTICE [[order_number]]\nVehicle registration: <<plate.p:uk>>\nRegistered keeper: <<per.a>>, <<addr_uk.a_addr:line>>\n"
        "Contravention: parked in a [[common_word|loading bay]] (code 12)\nAmount: [[money]]",
        "Dear Sir or Madam,\nI, <<per.a>>, registered keeper of <<plate.p:uk>>, appeal against this notice because the signs were unclear.\n"
        "Address for reply: <<addr.a_addr:line>>",
    ),
    # ------------------------------------------------------------------ landlord_notice
    T(
        "h3-en-landlord_notice-01",
        "en",
        "landlord_notice",
        "Rewrite this rent-increase notice in a friendlier tone.",
        "To: <<per.t>>, <<addr.t:full_unit>>\nYour rent will increase by [[number|6%]] from next month. "
        "Pay to <<per.l>>, routing/account on file, or by Zelle to <<email.l_mail@l>>. Questions: <<tel.l_tel:us_paren>>",
        "Hi <<per.t>>, just a heads-up that rent for <<addr.t:full_unit>> goes up 6% starting next month. "
        "You can pay as usual, or via Zelle to <<email.l_mail@l>>. Call me, <<per.l>>, at <<tel.l_tel:us_paren>> with any questions.",
    ),
    T(
        "h3-en-landlord_notice-02",
        "en",
        "landlord_notice",
        "Which tenants need to give access for the gas inspection?",
        "NOTICE OF ENTRY\nGas safety inspection this Thursday 9-12.\nFlat 2: <<per.a>> - <<tel.a_tel:uk_mobile>>\n"
        "Flat 5: <<per.b>> - no answer so far\nBuilding: <<addr_uk.x:line>>\nManaging agent: [[organisation|Foxtons]]",
        "Both flats need access: <<per.a>> (<<tel.a_tel:uk_intl>>) and <<per.b>>, at <<addr.x:line>>.",
    ),
    # ------------------------------------------------------------------ tax_form
    T(
        "h3-en-tax_form-01",
        "en",
        "tax_form",
        "Check <<per.a:last_first>>'s W-9 for errors.",
        "Form W-9\n1 Name: <<per.a>>\n3 Federal tax classification: Individual\n5 Address: <<addr.a_addr:line_unit>>\n"
        "6 City, state, ZIP: see above\nPart I TIN - Social security number: <<ssn.a_ssn:space>>\nSignature: <<per.a:initial>>",
        "Line 6 should have the city, state and ZIP. The SSN <<ssn.a_ssn:dash>> for <<per.a>> is well formed. "
        "An initial-only signature may be rejected.",
    ),
    T(
        "h3-en-tax_form-02",
        "en",
        "tax_form",
        "What does this dependent section of a tax return tell us?",
        "Dependents:\n(1) <<per.c>>   SSN <<ssn.c_ssn:dash>>   DOB <<dob.c_dob:us>>   Relationship: son\n"
        "(2) <<per.d>>   SSN <<ssn.d_ssn:dash>>   DOB <<dob.d_dob:us>>   Relationship: daughter",
        "Two dependents: <<per.c>> (son, born <<dob.c_dob:long>>) and <<per.d>> (daughter, born <<dob.d_dob:long>>), with SSNs <<ssn.c_ssn:dash>> and <<ssn.d_ssn:dash>>.",
    ),
    # ------------------------------------------------------------------ game_account_recovery
    T(
        "h3-en-game_account_recovery-01",
        "en",
        "game_account_recovery",
        "Based on this recovery request, what should support ask for next?",
        "Account: <<per.a:user>>\nGame: [[product|Fortnite]]\nOriginal email: <<email.a_mail@a>>\nLast known IP: <<ip.i>>\n"
        "Console MAC: <<mac.m:colon>>\nReal name: <<per.a>>\nChina-server real-name ID: <<cnid.a_id:lower_x|>>\nLinked QQ: <<qq.q>>",
        "Ask <<per.a>> for a purchase receipt. The IP <<ip.i>>, console MAC <<mac.m:colon>> and QQ <<qq.q>> match our records for <<per.a:user>>; the ID <<cnid.a_id:lower_x|>> still needs a photo.",
    ),
    T(
        "h3-en-game_account_recovery-02",
        "en",
        "game_account_recovery",
        "Help me write a ticket to get my hacked Minecraft account (<<per.a:user>>) back.",
        "",
        "Subject: Hacked account - <<per.a:user>>\nHi, my account <<per.a:user>> was stolen. The e-mail was changed from <<email.a_mail@a>>. "
        "I always played from <<ip.i:v6>> on a PC with MAC <<mac.m:cisco>>. My name is <<per.a>>.",
        history=[
            (
                "my minecraft account got hacked, username <<per.a:user>>",
                "Sorry to hear that. What e-mail was on the account?",
            ),
            (
                "<<email.a_mail@a>>. my ipv6 is <<ip.i:v6>> and pc mac <<mac.m:cisco>>",
                "Thanks, I'll put that in the ticket.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ dating_profile
    T(
        "h3-en-dating_profile-01",
        "en",
        "dating_profile",
        "Make this dating profile bio more engaging.",
        "<<per.a:given>>, 29. Nurse, dog person, [[product|Spotify]] playlist addict, celebrity crush [[public_figure]]. "
        "Not on here much - find me at <<url.a_url:instagram@a>> or text <<tel.a_tel>>. Full name's <<per.a>> if you want to stalk lol",
        "Hi, I'm <<per.a:given>>! A 29-year-old nurse who talks to dogs and builds playlists. Say hi at <<url.a_url:instagram@a>>.",
    ),
    T(
        "h3-en-dating_profile-02",
        "en",
        "dating_profile",
        "My match <<per.a>> sent this. Is it a romance scam?",
        "Hey beautiful, I'm <<per.a>>, an engineer on an oil rig. Let's move to WeChat: <<wx.w@a>> or QQ <<qq.q>>. "
        "Can you send me a gift card? My bank is blocked, but you can wire to <<iban.a_iban>>.",
        "Very likely a scam: moving to WeChat (<<wx.w@a>>) or QQ (<<qq.q>>) quickly and asking for gift cards or a wire to <<iban.a_iban>> are classic signs. "
        'Report the profile of "<<per.a>>".',
    ),
    # ------------------------------------------------------------------ club_roster
    T(
        "h3-en-club_roster-01",
        "en",
        "club_roster",
        "Alphabetise this church membership roster by surname.",
        "St. Mark's Parish Roster\n<<per.a>>  | <<addr.a_addr:line>> | <<tel.a_tel>>\n<<per.b>>  | <<addr.b_addr:line>> | <<tel.b_tel>>\n"
        "<<per.c>>  | homebound, [[public_figure|C. S. Lewis]] reading group | [[common_word|Will]] call",
        "(sorted by surname)\n- <<per.a:last_first>>: <<addr.a_addr:line>>, <<tel.a_tel>>\n- <<per.b:last_first>>: <<addr.b_addr:line>>, <<tel.b_tel>>\n"
        "- <<per.c:last_first>>: homebound",
    ),
    T(
        "h3-en-club_roster-02",
        "en",
        "club_roster",
        "Which cycling club members still need to renew?",
        "member,dob,email,renewed\n<<per.a:lower_full>>,<<dob.a_dob:iso>>,<<email.a_mail@a>>,yes\n"
        "<<per.b:lower_full>>,<<dob.b_dob:eu>>,<<email.b_mail@b>>,no\n<<per.c:lower_full>>,<<dob.c_dob:short_month>>,<<email.c_mail@c>>,no",
        "Still to renew: <<per.b>> (<<email.b_mail@b>>) and <<per.c>> (<<email.c_mail@c>>).",
    ),
    # ------------------------------------------------------------------ speech_transcript
    T(
        "h3-en-speech_transcript-01",
        "en",
        "speech_transcript",
        "Add punctuation and capitalisation to this voicemail transcript.",
        "hi this is <<per.a:lower_full>> calling about my card ending uh the full number is <<card.c:plain>> "
        "i'm at <<addr.a_addr:line>> call me back on <<tel.a_tel:us_plain>> thanks",
        "Hi, this is <<per.a>> calling about my card. The full number is <<card.c:spaced>>. "
        "I'm at <<addr.a_addr:line>>. Call me back on <<tel.a_tel:us_dash>>. Thanks.",
    ),
    T(
        "h3-en-speech_transcript-02",
        "en",
        "speech_transcript",
        "Extract the caller's request from this call-centre transcript.",
        "agent thank you for calling how can i help\ncaller yeah my name is <<per.a:lower_full>> social is <<ssn.a_ssn:space>> "
        "i moved to <<addr.a_addr:numbered>> and need my statements there\nagent okay ms <<per.a:family>> one moment",
        "<<per.a>> (SSN <<ssn.a_ssn:dash>>) wants statements sent to the new address <<addr.a_addr:numbered>>.",
    ),
    # ------------------------------------------------------------------ ocr_scan
    T(
        "h3-en-ocr_scan-01",
        "en",
        "ocr_scan",
        "Clean up this OCR output of a patient intake form.",
        "PATIENT  INTAKE\nN a m e :  <<per.a>>\nD.O.B :  <<dob.a_dob:us_pad>>\nM R N :  <<mrn.m:alpha>>\n"
        "H o m e  p h o n e :  <<tel.a_tel:us_paren>>\nE m e r g e n c y  c o n t a c t :  <<per.b>>  <<tel.b_tel:us_dash>>",
        "Name: <<per.a>>\nDOB: <<dob.a_dob:us_pad>>\nMRN: <<mrn.m:alpha>>\nHome phone: <<tel.a_tel:us_paren>>\n"
        "Emergency contact: <<per.b>>, <<tel.b_tel:us_dash>>",
    ),
    T(
        "h3-en-ocr_scan-02",
        "en",
        "ocr_scan",
        "This is an OCR'd driving licence. Correct the obvious OCR errors.",
        "DRIVING LICENCE\n1. <<per.a:family>>\n2. <<per.a:given>>\n3. <<dob.a_dob:dot>> UNITED KINGDOM\n5. <<dl.a_dl:uk>>\n"
        "8. <<addr_uk.a_addr:multiline>>\n(OCR confidence [[number]])",
        "Surname: <<per.a:family>>\nFirst name: <<per.a:given>>\nDate of birth: <<dob.a_dob:dot>>\nLicence number: <<dl.a_dl:uk>>\n"
        "Address: <<addr.a_addr:multiline>>",
    ),
    # ------------------------------------------------------------------ warranty_registration
    T(
        "h3-en-warranty_registration-01",
        "en",
        "warranty_registration",
        "Is this warranty registration complete?",
        "Product: [[product|Sonos Arc]]  Firmware [[version]]\nSerial: [[order_number]]\nMAC: <<mac.m:colon>>\n"
        "Owner: <<per.a>>\nEmail: <<email.a_mail@a>>\nAddress: <<addr.a_addr:full>>",
        "Yes. <<per.a>> registered the device (MAC <<mac.m:colon>>) with e-mail <<email.a_mail@a>> and address <<addr.a_addr:full>>.",
    ),
    T(
        "h3-en-warranty_registration-02",
        "en",
        "warranty_registration",
        "Translate this warranty claim into Chinese for the factory.",
        "Claim by <<per.a>>: my [[product|Xiaomi Robot Vacuum]] stopped charging. WiFi MAC <<mac.m:colon_lower>>. "
        "Bought in Shanghai, paid with card <<card.a_card:visa>>; the fapiao was issued to ID <<cnid.a_id:x|>>. Reach me on WeChat <<wx.w@a>> or QQ <<qq.q>>.",
        "客户<<per.a>>索赔：[[product|小米扫地机器人]]无法充电。WiFi MAC <<mac.m:colon_lower>>。在上海购买，付款卡<<card.a_card:visa>>，发票开在身份证<<cnid.a_id:x|>>名下。"
        "联系方式：微信<<wx.w@a>>，QQ <<qq.q>>。",
        source="warranty-portal/<<email.src>>",
    ),
]

TEMPLATES = TEMPLATES_ZH + TEMPLATES_EN
