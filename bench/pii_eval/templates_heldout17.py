"""SEVENTEENTH held-out part (``heldout17``): 60 zh + 60 en templates in 30 contexts of its own.

Written blind: without reading the detector, its configuration or the other parts' templates.
Never imported together with another part's templates (``generate`` imports one module per part).
"""

CONTEXTS = (
    "ivf_clinic_consent",
    "piano_tuning_booking",
    "crypto_exchange_kyc",
    "karaoke_room_booking",
    "fishing_boat_crew_manifest",
    "haproxy_access_log",
    "sshd_auth_log",
    "redis_monitor_dump",
    "vaccination_card_scan",
    "solar_panel_site_survey",
    "rideshare_lost_item",
    "glucose_meter_export",
    "taxi_receipt_ocr",
    "jira_ticket_comment",
    "zoom_attendance_csv",
    "parcel_locker_pickup",
    "dental_xray_referral",
    "car_rental_damage_checkin",
    "charity_donation_receipt",
    "escrow_closing_disclosure",
    "drone_pilot_registration",
    "used_car_bill_of_sale",
    "stripe_webhook_payload",
    "dingtalk_approval_flow",
    "hostel_guest_register",
    "cord_blood_bank_enrollment",
    "chess_tournament_pairing",
    "ski_pass_photo_id",
    "pharmacy_refill_request",
    "power_outage_callback",
)

SOURCE_PATTERNS = {
    "zh": [
        "h17-mingdao/<<tel.src:cn_plain>>",
        "h17-jiandaoyun:<<email.src>>",
        "qiyu-kf/qq:<<qq.src>>",
        "h17-wecom/<<wx.src>>",
        "h17-tapd:<<per_cn.src:pinyin_fl>>",
    ],
    "en": [
        "h17-zendesk/<<email.src>>",
        "h17-freshdesk:<<tel.src:us_plain>>",
        "h17-gorgias/<<per_en.src:lower_dot>>",
        "h17-frontapp:<<email.src>>",
        "h17-aircall/<<tel.src:uk_intl>>",
    ],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "lab17/<<per_en.ANN:lower_dot>>", "rev17:<<email.ANN>>", "<<email.ANN>>"]


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
) -> dict:
    """One template of this part (same shape as the shared helper, with this part's own contexts)."""
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


ZH = [
    # ---------------------------------------------------------------- ivf_clinic_consent
    T(
        "h17-zh-ivf_clinic_consent-01",
        "zh",
        "ivf_clinic_consent",
        "以下是患者<<per.w>>扫描识别出的《体外受精-胚胎移植知情同意书》签字页，请整理成JSON，字段用英文。",
        "【OCR 第3/3页】\n女方签名：<<per.w:spaced>>　　身份证：<<cnid.w:fw>>\n男方签名：<<per.h>>　　身份证：<<cnid.h:spaced>>\n"
        "女方出生日期：<<dob.w:cn_pad>>\n生殖中心病历号：<<mrn.m:mz>>\n联系电话：<<tel.w:cn_space>>\n"
        "家庭住址：<<addr.a:road_bld>>\n签署时间：[[timestamp]]　见证医生：<<per.d:title>>",
        '{"female": {"name": "<<per.w>>", "id": "<<cnid.w>>", "birth": "<<dob.w:iso>>", "phone": "<<tel.w:cn_plain>>"}, '
        '"male": {"name": "<<per.h>>", "id": "<<cnid.h>>"}, "record_no": "<<mrn.m>>", "address": "<<addr.a>>"}',
    ),
    T(
        "h17-zh-ivf_clinic_consent-02",
        "zh",
        "ivf_clinic_consent",
        "根据护士与患者的微信对话，写一段冻胚续费提醒的处理记录。",
        "[护士站] <<per.w>>您好，您在我院冷冻的胚胎（病历号 <<mrn.m:zy>>）将于下月到期，续费[[money]]。\n"
        "[<<per.w:given>>] 好的，我用尾号卡直接转吧，卡号<<card.c:unionpay>>，我微信是<<wx.w@w>>。\n"
        "[护士站] 收到，请同时回复手机号确认身份。\n[<<per.w:given>>] <<tel.p:cn_numerals>>",
        "处理记录：患者<<per.w>>（病历号<<mrn.m:zy>>，手机<<tel.p:cn_plain>>，微信<<wx.w@w>>）同意续费冷冻胚胎保存费，"
        "付款卡<<card.c:spaced>>，已转财务核对。",
        history=[("冻胚续费的对话帮我看一下，患者是<<per.w>>。", "好的，请把聊天记录发来。")],
        annotators=["<<email.ANN>>", "qa17/<<per.ANN:pinyin>>"],
    ),
    # ---------------------------------------------------------------- piano_tuning_booking
    T(
        "h17-zh-piano_tuning_booking-01",
        "zh",
        "piano_tuning_booking",
        "把群里的调律派单消息整理成一张派单表（客户、电话、地址、琴型、价格）。",
        "【调律师接单群】\n#派单# [[timestamp]]\n客户：<<per.c:title>>（<<per.c>>）\n电话：<<tel.p:cn_dash>>\n"
        "地址：<<addr.a:comm>>\n琴型：[[product|雅马哈U1]]，三年未调，中音区有杂音，孩子在练[[public_figure]]改编曲\n报价：[[money]]\n"
        "备注：客户微信<<wx.c@c>>，周末上午方便。接单请回复“1”。",
        "| 客户 | 电话 | 地址 | 琴型 | 价格 |\n|---|---|---|---|---|\n"
        "| <<per.c>> | <<tel.p:cn_plain>> | <<addr.a>> | [[product|雅马哈U1]] | 见报价 |\n微信：<<wx.c@c>>",
    ),
    T(
        "h17-zh-piano_tuning_booking-02",
        "zh",
        "piano_tuning_booking",
        "下面是从 Excel 复制的调律台账，请找出下次回访日期已过的客户。",
        "客户姓名,联系电话,地址,QQ,上次调律,下次回访\n"
        "<<per.a>>,<<tel.a:cn_plain>>,<<addr.a:short>>,QQ号<<qq.a>>,2023-04-02,2024-04-02\n"
        "<<per.b>>,<<tel.b:cn_dash>>,<<addr.b:lane>>,无,2024-01-15,2025-01-15",
        "已过回访日期：<<per.a>>（<<tel.a:cn_space>>，QQ <<qq.a>>）。<<per.b>>（<<tel.b:cn_plain>>）尚未到期。",
    ),
    # ---------------------------------------------------------------- crypto_exchange_kyc
    T(
        "h17-zh-crypto_exchange_kyc-01",
        "zh",
        "crypto_exchange_kyc",
        "审核下面两条 KYC 提交记录，说明是否通过以及原因。",
        '{"uid": "U[[number|104729]]", "name": "<<per.a>>", "name_en": "<<per.a:pinyin_fl>>", "id_type": "CN_ID", '
        '"id_no": "<<cnid.a:x>>", "dob": "<<dob.a:iso>>", "mobile": "<<tel.a:cn_intl2>>", "email": "<<email.a@a>>", '
        '"bind_card": "<<card.a:unionpay>>", "ip": "<<ip.a>>", "profile": "<<url.a:weibo>>"}\n'
        '{"uid": "U7919", "name": "<<per_en.b>>", "id_type": "US_PASSPORT", "id_no": "<<pass.b:us>>", '
        '"ssn": "<<ssn.b:dash>>", "dob": "<<dob.b:iso>>", "email": "<<email.b@b>>", "ip": "<<ip.b>>"}',
        "1. <<per.a>>：身份证<<cnid.a:x>>与出生日期<<dob.a:cn>>一致，绑卡<<card.a:plain>>，通过。\n"
        "2. <<per_en.b:upper>>：美国护照<<pass.b>>，SSN <<ssn.b:plain>>，美国用户不在服务范围，拒绝。",
        system="你是交易所合规审核员<<per.k>>（工号[[employee_id|C-2291]]）。审核意见只引用必要字段。[[organisation]]的制裁名单已同步至[[version]]。",
    ),
    T(
        "h17-zh-crypto_exchange_kyc-02",
        "zh",
        "crypto_exchange_kyc",
        "分析这段风控日志，判断提币是否可疑。",
        "[[timestamp]] WARN risk.withdraw uid=88213 email=<<email.e>> login_ip=<<ip.a:v6>> device_mac=<<mac.m:colon>>\n"
        "[[timestamp]] INFO risk.withdraw 提币至欧元账户 IBAN <<iban.i:DE>> 收款人 <<per_en.r>>\n"
        "[[timestamp]] INFO risk.sms 验证码发送至 <<tel.p:cn_intl>> 状态=OK\n"
        "[[timestamp]] WARN risk.device 新设备 MAC <<mac.m:dash>> 与历史设备不符",
        "可疑：账户<<email.e>>在新设备（<<mac.m:colon>>）、IPv6 地址<<ip.a:v6>>登录后立即向第三方<<per_en.r>>的IBAN "
        "<<iban.i:DE>>提币，建议冻结并电话<<tel.p:cn_plain>>核实。",
    ),
    # ---------------------------------------------------------------- karaoke_room_booking
    T(
        "h17-zh-karaoke_room_booking-01",
        "zh",
        "karaoke_room_booking",
        "根据订房消息生成一条给前台的备忘，注意车位信息。",
        "【<<per.c>>】今晚8点订个大包，十来个人，唱[[public_figure]]的歌专场哈\n"
        "【<<per.c>>】我车牌<<plate.v>>，帮留个地库车位，电话<<tel.p:cn_space>>\n"
        "【前台小王】好的<<per.c:title>>，大包低消[[money]]，已为您保留。您小红书主页<<url.c:xiaohongshu>>那篇探店我们看到了，谢谢！\n"
        "【<<per.c>>】微信<<wx.c>>，有变动微信联系",
        "备忘：<<per.c>>（<<tel.p:cn_plain>>，微信<<wx.c>>）今晚8点大包，留地库车位给<<plate.v>>。",
    ),
    T(
        "h17-zh-karaoke_room_booking-02",
        "zh",
        "karaoke_room_booking",
        "下面是 KTV 会员库导出的 SQL，请说明哪些会员本月过生日。",
        "INSERT INTO ktv_member (name, mobile, birthday, qq, card_no, level) VALUES\n"
        "('<<per.a>>', '<<tel.a:cn_plain>>', '<<dob.a:iso>>', 'QQ:<<qq.a>>', '<<card.a:plain>>', 'gold'),\n"
        "('<<per.b>>', '<<tel.b:cn_plain>>', '<<dob.b:iso>>', NULL, NULL, '[[common_word|黄金]]');",
        "生日信息：<<per.a>>生日<<dob.a:cn>>（QQ <<qq.a>>，储值卡<<card.a:spaced>>）；<<per.b>>生日<<dob.b:cn>>。请按当月筛选后发券。",
    ),
    # ---------------------------------------------------------------- fishing_boat_crew_manifest
    T(
        "h17-zh-fishing_boat_crew_manifest-01",
        "zh",
        "fishing_boat_crew_manifest",
        "核对船东<<per.o>>名下渔船的出海船员名单，列出缺少联系电话的船员。",
        "船名：浙岱渔[[number|07788]]　出港时间：[[timestamp]]\n序号|姓名|身份证号|电话|职务\n"
        "1|<<per.a>>|<<cnid.a>>|<<tel.a:cn_plain>>|船长\n2|<<per.b>>|<<cnid.b:old15>>|（空）|轮机长\n"
        "3|<<per.c:spaced>>|<<cnid.c:lower_x>>|<<tel.c:cn_dash>>|船员\n船东：<<per.o>>，驾驶证<<dl.o>>，家住<<addr.o:village>>",
        "缺少电话：<<per.b>>（身份证<<cnid.b:old15>>，一代证需换领）。船长<<per.a>>电话<<tel.a:cn_space>>，船员<<per.c>>电话<<tel.c:cn_plain>>。",
    ),
    T(
        "h17-zh-fishing_boat_crew_manifest-02",
        "zh",
        "fishing_boat_crew_manifest",
        "把这条出海报备短信改写成正式的报备记录，外籍船员要写明证件。",
        "【渔船报备】船长<<per.a>>报告：本船今晨出海，共5人，含外籍船员<<per_tr.f>>（护照<<pass.f:us>>，SSN <<ssn.f:dash>>，"
        "工资打入 <<iban.f:ES>>）。联系电话<<tel.a:cn_numerals>>。",
        "报备记录：船长<<per.a>>（电话<<tel.a:cn_plain>>）报告出海，船员5人；外籍船员<<per_tr.f>>，美国护照<<pass.f>>，"
        "社保号<<ssn.f:plain>>，工资账户<<iban.f:ES>>。",
        system="你是渔港边防值班员<<per.g>>，报备记录要使用标准格式。值班电话[[service_number]]。",
    ),
    # ---------------------------------------------------------------- haproxy_access_log
    T(
        "h17-zh-haproxy_access_log-01",
        "zh",
        "haproxy_access_log",
        "解读以下 HAProxy 日志，指出哪一条把个人信息暴露在了 URL 里。",
        "haproxy[2231]: <<ip.a:private>>:51544 [[[timestamp]]] fe_https~ be_api/api01 0/0/1/12/13 200 512 - - ---- "
        '"GET /v2/user/lookup?mobile=<<tel.p:cn_plain>>&idcard=<<cnid.i>> HTTP/1.1"\n'
        "haproxy[2231]: <<ip.b:v4>>:40012 [[[timestamp]]] fe_https~ be_api/api02 0/0/0/8/8 401 210 - - ---- "
        '"POST /v2/login HTTP/1.1" hdr{<<email.e>>}',
        "第一条：来自<<ip.a:private>>的请求在查询串里明文带有手机号<<tel.p:cn_plain>>和身份证号<<cnid.i>>；第二条来自<<ip.b:v4>>，"
        "请求头里捕获了邮箱<<email.e>>，也应在 capture 配置中去掉。",
    ),
    T(
        "h17-zh-haproxy_access_log-02",
        "zh",
        "haproxy_access_log",
        "检查这段 haproxy.cfg，指出注释和 ACL 里不该出现的信息。",
        "# 维护人: <<per.o>> <<email.o@o>> 手机 <<tel.o:cn_dash>>\nfrontend fe_admin\n    bind :8443 ssl crt /etc/haproxy/site.pem\n"
        "    acl office src <<ip.a:private>> <<ip.b>>\n    acl vip_user hdr(X-User) -i <<per.u:pinyin>>\n"
        "    http-request deny if !office\n# 上线版本 [[version]]，参考 [[code_identifier]]",
        "注释中含维护人<<per.o>>的邮箱<<email.o@o>>和手机<<tel.o:cn_plain>>；ACL 写死了办公 IP <<ip.a:private>>、<<ip.b>> 以及用户"
        "<<per.u:pinyin>>的名字，建议改用 map 文件。",
    ),
    # ---------------------------------------------------------------- sshd_auth_log
    T(
        "h17-zh-sshd_auth_log-01",
        "zh",
        "sshd_auth_log",
        "统计 /var/log/secure 中每个来源 IP 的失败次数，并说明成功登录的账号属于谁。",
        "[[timestamp]] bastion sshd[771]: Failed password for invalid user admin from <<ip.a>> port 50122 ssh2\n"
        "[[timestamp]] bastion sshd[771]: Failed password for invalid user admin from <<ip.a>> port 50124 ssh2\n"
        "[[timestamp]] bastion sshd[802]: Accepted publickey for <<per.u:pinyin>> from <<ip.b:private>> port 61000 ssh2: "
        "RSA SHA256:Qx8[[number|3.14159]] key comment <<email.u@u>>",
        "<<ip.a>> 失败2次；<<ip.b:private>> 成功1次。成功登录使用的公钥注释为<<email.u@u>>，属于员工<<per.u>>（<<per.u:pinyin>>）。",
    ),
    T(
        "h17-zh-sshd_auth_log-02",
        "zh",
        "sshd_auth_log",
        "根据 last 命令输出和工单内容，写一段安全事件说明。",
        "工单：[[order_number]]　报告人：<<per.r>>　电话：<<tel.r:cn_intl>>\n$ last -i | head -3\n"
        "<<per.u:pinyin>>  pts/0  <<ip.a>>   Mon Dec  1 02:13   still logged in\nroot   pts/1  <<ip.b:private>>   Mon Dec  1 02:15 - 02:40\n"
        "DHCP 记录：<<ip.b:private>> 对应设备 MAC <<mac.m:colon_lower>>",
        "事件说明：凌晨有账号<<per.u:pinyin>>从外网<<ip.a>>登录，随后内网<<ip.b:private>>（设备 <<mac.m:colon>>）以 root 登录。"
        "报告人<<per.r>>（<<tel.r:cn_plain>>）已确认非本人操作。",
        system="你是运维安全值班助手，今日值班人<<per.o>>（<<tel.o:cn_plain>>）。引用日志时保持原样。",
    ),
    # ---------------------------------------------------------------- redis_monitor_dump
    T(
        "h17-zh-redis_monitor_dump-01",
        "zh",
        "redis_monitor_dump",
        "下面是 redis-cli MONITOR 的输出，说明缓存里存了哪些敏感字段。",
        '[[timestamp]] [0 <<ip.a:private>>:52611] "SET" "sess:9f3a" "{\\"name\\":\\"<<per.a>>\\",\\"mobile\\":\\"<<tel.a:cn_plain>>\\",'
        '\\"idcard\\":\\"<<cnid.a>>\\"}"\n'
        '[[timestamp]] [0 <<ip.a:private>>:52611] "EXPIRE" "sess:9f3a" "1800"\n'
        '[[timestamp]] [0 <<ip.b:private>>:40990] "HSET" "user:email" "<<email.a@a>>" "ok"',
        "会话缓存 sess:9f3a 明文保存了<<per.a>>的手机号<<tel.a:cn_plain>>和身份证号<<cnid.a>>；user:email 中有邮箱<<email.a@a>>。"
        "写入来源为<<ip.a:private>>和<<ip.b:private>>。",
    ),
    T(
        "h17-zh-redis_monitor_dump-02",
        "zh",
        "redis_monitor_dump",
        "把 HGETALL 的输出转换成一行 JSON。",
        '127.0.0.1:6379> HGETALL member:20931\n 1) "name"\n 2) "<<per.a>>"\n 3) "birthday"\n 4) "<<dob.a:slash_iso>>"\n'
        ' 5) "qq"\n 6) "<<qq.a>>"\n 7) "wechat"\n 8) "<<wx.a@a>>"\n 9) "plate"\n10) "<<plate.a>>"\n'
        '11) "driver_license"\n12) "<<dl.a>>"',
        '{"name": "<<per.a>>", "birthday": "<<dob.a:iso>>", "qq": "<<qq.a>>", "wechat": "<<wx.a@a>>", "plate": "<<plate.a>>", '
        '"driver_license": "<<dl.a>>"}',
        annotators=["<<email.ANN>>", "<<email.ANN>>"],
    ),
    # ---------------------------------------------------------------- vaccination_card_scan
    T(
        "h17-zh-vaccination_card_scan-01",
        "zh",
        "vaccination_card_scan",
        "下面是拍照识别的《预防接种证》首页，OCR 有错字，请校正后列出关键信息。",
        "预防接种证\n儿童姓名 <<per.k:spaced>>　性别 男\n出生日期 <<dob.k:cn_numerals>>\n身份证号 <<cnid.k:spaced>>\n"
        "监护人姓名 <<per.m>>　与儿童关系 母亲\n联系电话 <<tel.m:cn_fw>>\n家庭现住址 <<addr.h:num_cn>>\n发证单位 [[organisation|社区卫生服务中心]]",
        "儿童：<<per.k>>，<<dob.k:iso>>出生，身份证<<cnid.k>>；监护人：<<per.m>>（母亲），电话<<tel.m:cn_plain>>；住址：<<addr.h:num_cn>>。",
    ),
    T(
        "h17-zh-vaccination_card_scan-02",
        "zh",
        "vaccination_card_scan",
        "根据狂犬疫苗接种登记，算出第3针应接种的日期，并写给患者的短信。",
        "犬伤门诊登记　门诊号：<<mrn.m:mz>>\n姓名：<<per.p>>　出生日期：<<dob.p:cn>>\n身份证：<<cnid.p:x>>\n"
        "手机：<<tel.p:cn_plain>>　暴露时间：[[timestamp]]\n第1针：今日　疫苗：[[product|人用狂犬病疫苗（Vero细胞）]]",
        "短信：<<per.p>>您好，您的犬伤门诊号<<mrn.m>>，第3针请于首针后第7天接种。如有不适拨打<<tel.c:cn_land>>或[[service_number|120]]。",
        history=[("患者<<per.p>>手机<<tel.p:cn_dash>>，帮我排一下针次。", "好的，请提供登记信息。")],
    ),
    # ---------------------------------------------------------------- solar_panel_site_survey
    T(
        "h17-zh-solar_panel_site_survey-01",
        "zh",
        "solar_panel_site_survey",
        "把户用光伏踏勘表整理成备案所需的字段清单。",
        "户用光伏现场踏勘表\n户主：<<per.o>>　身份证：<<cnid.o>>\n电话：<<tel.o:cn_dash>>\n安装地址：<<addr.h:village>>\n"
        "屋顶：彩钢瓦，朝南，可装36块\n补贴收款卡（[[organisation|农村信用社]]）：<<card.c:unionpay>>\n踏勘员：<<per.s>>",
        "备案字段：户主<<per.o>>；身份证号<<cnid.o>>；联系电话<<tel.o:cn_plain>>；项目地址<<addr.h:village>>；补贴卡号<<card.c:plain>>。",
    ),
    T(
        "h17-zh-solar_panel_site_survey-02",
        "zh",
        "solar_panel_site_survey",
        "这是踏勘 App 上传的 JSON，请检查逆变器联网配置是否完整。",
        '{"survey_id": "[[order_number]]", "owner": {"name": "<<per.o>>", "tel": "<<tel.o:cn_intl>>", "douyin": null, '
        '"bili": "<<url.o:bilibili>>"}, "inverter": {"model": "[[product|华为SUN2000]]", "wifi_mac": "<<mac.m:colon>>", '
        '"lan_ip": "<<ip.l:private>>"}, "fw": "[[version]]", "uploader": "<<email.s@s>>"}',
        "联网配置完整：逆变器 MAC <<mac.m:cisco>>、内网 IP <<ip.l:private>> 均已填写。户主<<per.o>>（<<tel.o:cn_plain>>）。",
    ),
    # ---------------------------------------------------------------- rideshare_lost_item
    T(
        "h17-zh-rideshare_lost_item-01",
        "zh",
        "rideshare_lost_item",
        "总结乘客和司机关于遗失物品的沟通，给出下一步建议。",
        "乘客：师傅你好，我是刚才坐你车的<<per.p>>，手机落在后座了\n司机：我看看……找到了，黑色的[[product]]\n"
        "乘客：太好了！能送到<<addr.d:road>>吗？我加你微信<<wx.p@p>>\n司机：我是<<per.d:title>>，车牌<<plate.c>>，送过去大概四十分钟",
        "乘客<<per.p>>（微信<<wx.p@p>>）遗失手机，司机<<per.d:title>>（车牌<<plate.c>>）已找到，建议约定送到<<addr.d:road>>并通过平台支付送还费。",
        history=[
            ("我在平台上的行程单号是[[order_number]]，手机号<<tel.p:cn_0086>>。", "已查到行程，司机车牌<<plate.c>>。"),
        ],
    ),
    T(
        "h17-zh-rideshare_lost_item-02",
        "zh",
        "rideshare_lost_item",
        "把客服工单导出内容改写成给司机的通知。",
        "工单导出 | 类型=失物 | 乘客=<<per.p>> | 乘客电话=<<tel.p:cn_intl>> | 司机=<<per.d>> | 驾驶证=<<dl.d>> | 车牌=<<plate.c>> | "
        "物品=钱包（内有身份证<<cnid.p>>） | 取件地=<<addr.a:tower>>（[[public_place]]附近） | 创建=[[timestamp]]",
        "<<per.d>>师傅您好：乘客<<per.p>>在您的车（<<plate.c>>）上遗失钱包，请联系<<tel.p:cn_plain>>，送至<<addr.a:tower>>。",
    ),
    # ---------------------------------------------------------------- glucose_meter_export
    T(
        "h17-zh-glucose_meter_export-01",
        "zh",
        "glucose_meter_export",
        "分析这份血糖仪导出的 CSV，给出空腹血糖的平均值并写一句就诊建议。",
        "# 设备: [[product|罗氏卓越金采]] 蓝牙MAC <<mac.m:colon>>\n# 患者: <<per.p>>  出生: <<dob.p:cn_pad>>  门诊号: <<mrn.m:mz>>\n"
        "时间,类型,mmol/L\n[[timestamp]],空腹,7.2\n[[timestamp]],空腹,6.8\n[[timestamp]],餐后,11.4",
        "<<per.p>>（门诊号<<mrn.m>>）空腹血糖平均7.0 mmol/L，偏高，建议携带设备（<<mac.m:dash>>）记录到内分泌科复诊。",
    ),
    T(
        "h17-zh-glucose_meter_export-02",
        "zh",
        "glucose_meter_export",
        "这是糖友群里的一段聊天，提炼出需要医生回复的问题。",
        "<<per.a>>：我今早空腹8.9，昨天打胰岛素晚了，我B站<<url.a:bilibili>>有记录视频\n"
        "<<per.b>>：你加我微信<<wx.b@b>>，我发你饮食表\n<<per.a>>：好的，我电话<<tel.a:cn_dash>>，出生<<dob.a:cn>>，63岁了\n"
        "群主：大家注意别在群里发身份证，[[common_word]]第一",
        "需要医生回复：<<per.a>>（<<tel.a:cn_plain>>）空腹血糖8.9、胰岛素注射时间延迟如何调整。<<per.b>>的饮食表（微信<<wx.b@b>>）不属于医疗建议。",
    ),
    # ---------------------------------------------------------------- taxi_receipt_ocr
    T(
        "h17-zh-taxi_receipt_ocr-01",
        "zh",
        "taxi_receipt_ocr",
        "把出租车发票 OCR 结果和报销人信息合并成一条报销记录。",
        "OCR：\n监督电话 [[service_number|12328]]\n车号 <<plate.t>>\n证号 [[number|200391]]\n日期 [[timestamp]]\n金额 [[money]]\n"
        "----\n报销人：<<per.e>>　工号 [[employee_id|E-30917]]\n报销卡：<<card.c:spaced>>\n手机：<<tel.e:cn_plain>>",
        "报销记录：<<per.e>>，出租车<<plate.t>>车费，打款至<<card.c:plain>>，联系电话<<tel.e:cn_dash>>。",
        annotators=["qa17/<<per.ANN:pinyin>>"],
    ),
    T(
        "h17-zh-taxi_receipt_ocr-02",
        "zh",
        "taxi_receipt_ocr",
        "回复这封报销邮件，说明海外打车票需要补充的材料。",
        "From: <<per.e>> <<<email.e@e>>>\nSubject: 巴黎出差打车报销\n\n附件是巴黎出租车收据（车牌<<plate.t>>不清楚），金额[[money]]。"
        "差旅时用的是个人法国账户 <<iban.i:FR>>，护照号<<pass.e>>。手机<<tel.e:cn_intl>>。",
        "<<per.e:title>>您好：海外收据需补充支付凭证。报销将转入国内工资卡，而不是 IBAN <<iban.i:FR>>。请在系统中上传护照<<pass.e>>的出入境页。"
        "如有疑问请回复<<email.e@e>>。",
    ),
    # ---------------------------------------------------------------- jira_ticket_comment
    T(
        "h17-zh-jira_ticket_comment-01",
        "zh",
        "jira_ticket_comment",
        "根据 <<per.r:pinyin>> 的 Jira 评论写出这个缺陷的复现步骤。",
        "[~<<per.r:pinyin>>] 评论：\n线上用户 <<per.c>> 反馈实名认证失败，日志如下：\n{code}\n[[timestamp]] ERROR [[code_identifier]] "
        "verify failed name=<<per.c>> id=<<cnid.c>> ssn=<<ssn.u:dash>> ip=<<ip.c>>\n{code}\n"
        "我的 GitHub 复现仓库 <<url.r:github@r>>，有问题电话 <<tel.r:cn_space>>",
        "复现步骤：1. 用外籍用户（带 SSN <<ssn.u>>）走实名认证；2. 身份证字段填写<<cnid.c>>；3. 观察 verify 接口报错。"
        "注意评论中暴露了<<per.c>>的身份证号，应编辑删除。",
    ),
    T(
        "h17-zh-jira_ticket_comment-02",
        "zh",
        "jira_ticket_comment",
        "下面是 Jira 导出的 CSV，请按经办人汇总未解决的问题。",
        "Issue key,Summary,Assignee,Reporter,Description\n"
        "OPS-2048,打印机掉线,<<email.a@a>>,<<email.r@r>>,工位打印机 MAC <<mac.m:dash>> 无法获取地址\n"
        'OPS-4096,QQ邮箱无法登录,<<email.a@a>>,<<per.r>>,"用户QQ <<qq.q>> 提示密码错误"',
        "经办人<<email.a@a>>（<<per.a>>）有2个未解决问题：打印机（MAC <<mac.m:colon>>）掉线；QQ <<qq.q>> 登录失败。",
    ),
    # ---------------------------------------------------------------- zoom_attendance_csv
    T(
        "h17-zh-zoom_attendance_csv-01",
        "zh",
        "zoom_attendance_csv",
        "统计这份腾讯会议参会明细里每个人的参会时长。",
        "会议主题,[[organisation]]季度复盘（特邀嘉宾：[[public_figure]]研究者）\n用户昵称,手机号,入会时间,离会时间,入会IP\n"
        "<<per.a>>,<<tel.a:cn_plain>>,[[timestamp]],[[timestamp]],<<ip.a>>\n<<per.b:pinyin>>,<<tel.b:cn_plain>>,[[timestamp]],[[timestamp]],<<ip.b:private>>",
        "参会者：<<per.a>>（<<tel.a:cn_dash>>）与<<per.b>>（<<tel.b:cn_dash>>），时长按入离会时间计算。",
    ),
    T(
        "h17-zh-zoom_attendance_csv-02",
        "zh",
        "zoom_attendance_csv",
        "这是一场海外 Zoom 研讨会的注册导出，请翻译表头并去掉重复注册。",
        "First Name,Last Name,Email,Phone,LinkedIn,Tax ID\n<<per_en.a:given>>,<<per_en.a:family>>,<<email.a@a>>,<<tel.a:us_dash>>,"
        "<<url.a:linkedin@a>>,<<ssn.a:dash>>\n<<per_en.a:given>>,<<per_en.a:family>>,<<email.a@a>>,<<tel.a:us_dash>>,<<url.a:linkedin@a>>,<<ssn.a:dash>>",
        "名,姓,邮箱,电话,领英,税号\n<<per_en.a:given>>,<<per_en.a:family>>,<<email.a@a>>,<<tel.a:us_paren>>,<<url.a:linkedin@a>>,<<ssn.a:plain>>\n"
        "（已删除重复的一行；税号属于敏感信息。）",
    ),
    # ---------------------------------------------------------------- parcel_locker_pickup
    T(
        "h17-zh-parcel_locker_pickup-01",
        "zh",
        "parcel_locker_pickup",
        "把几条快递柜取件短信整理成表格（收件人手机、快递单号、柜机位置）。",
        "【丰巢】您的[[organisation|顺丰速运]]包裹已到<<addr.a:comm>>东门柜，运单[[tracking_number]]，取件码 825，凭手机<<tel.a:cn_dash>>取件。\n"
        "【丰巢】尊敬的<<per.b>>，您的包裹（运单[[tracking_number]]）已超时，请联系<<tel.b:cn_numerals>>。",
        "| 手机 | 运单 | 位置 |\n|---|---|---|\n| <<tel.a:cn_plain>> | 见短信 | <<addr.a:comm>>东门柜 |\n| <<tel.b:cn_plain>>（<<per.b>>） | 见短信 | 超时件 |",
    ),
    T(
        "h17-zh-parcel_locker_pickup-02",
        "zh",
        "parcel_locker_pickup",
        "从快递柜后台 JSON 里找出实名信息不一致的记录。",
        '[{"box": "A-17", "receiver": "<<per.a>>", "mobile": "<<tel.a:cn_plain>>", "real_name_id": "<<cnid.a>>", '
        '"courier_ip": "<<ip.c>>", "addr": "<<addr.a:road_bld>>"},\n {"box": "B-09", "receiver": "<<per.b>>", "mobile": "<<tel.a:cn_plain>>", '
        '"real_name_id": "<<cnid.b:fw>>", "courier_ip": "<<ip.c>>", "addr": "<<addr.a:road_bld>>"}]',
        "两条记录手机号同为<<tel.a:cn_space>>、地址同为<<addr.a:road_bld>>，但收件人分别为<<per.a>>（<<cnid.a>>）和<<per.b>>（<<cnid.b>>），实名不一致。",
    ),
    # ---------------------------------------------------------------- dental_xray_referral
    T(
        "h17-zh-dental_xray_referral-01",
        "zh",
        "dental_xray_referral",
        "根据转诊单写一段给影像科的检查申请。",
        "口腔CBCT转诊单\n患者：<<per.p>>　性别：女　出生日期：<<dob.p:dot>>\n病历号：<<mrn.m:digits>>　身份证：<<cnid.p>>\n"
        "联系电话：<<tel.p:cn_plain>>\n诊断：46 根尖周炎，拟行[[product|3M Clinpro]]辅助治疗\n转诊医生：<<per.d>>（<<per.d:title>>）",
        "影像科：请为<<per.p>>（病历号<<mrn.m>>，<<dob.p:cn>>出生）拍摄局部CBCT，明确46根尖情况。转诊医生<<per.d>>。",
    ),
    T(
        "h17-zh-dental_xray_referral-02",
        "zh",
        "dental_xray_referral",
        "这是 dcmdump 打出的 DICOM 头信息，请指出需要匿名化的标签。",
        "(0010,0010) PN [<<per.p:pinyin_fl>>]\n(0010,0020) LO [<<mrn.m:zy>>]\n(0010,0030) DA [<<dob.p:compact>>]\n"
        "(0008,0090) PN [<<per.d:pinyin_fl>>]\n(0008,0081) ST [<<addr.c:road>>]\n(0008,1010) SH [[[product|Planmeca ProMax]]]",
        "需匿名化：PatientName（<<per.p:pinyin_fl>>）、PatientID（<<mrn.m>>）、PatientBirthDate（出生日期<<dob.p:compact>>）、"
        "ReferringPhysicianName（<<per.d:pinyin_fl>>）、InstitutionAddress（<<addr.c:road>>）。",
    ),
    # ---------------------------------------------------------------- car_rental_damage_checkin
    T(
        "h17-zh-car_rental_damage_checkin-01",
        "zh",
        "car_rental_damage_checkin",
        "根据取车验车单，列出已有划痕的位置和承租人信息。",
        "取车验车单　订单[[order_number]]\n承租人：<<per.r>>　身份证：<<cnid.r>>\n驾驶证号：<<dl.r>>\n手机：<<tel.r:cn_dash>>\n"
        "车辆：[[product]]　车牌：<<plate.v>>\n预授权卡：<<card.c:dashed>>\n外观：左前门划痕2cm；后保险杠凹陷",
        "承租人<<per.r>>（<<tel.r:cn_plain>>，驾驶证<<dl.r>>）取车<<plate.v>>时已有：左前门划痕、后保险杠凹陷。预授权卡<<card.c:plain>>。",
    ),
    T(
        "h17-zh-car_rental_damage_checkin-02",
        "zh",
        "car_rental_damage_checkin",
        "根据异地还车的对话，判断新增损伤由谁承担。",
        "门店：您好，<<plate.v>>还车时右后视镜碎了\n客户：取车时就有裂纹，我拍了照片，你加我微信<<wx.c@c>>\n"
        "门店：请问您是<<per.c>>本人吗？驾驶证号<<dl.c>>？\n客户：对，还车地址是<<addr.s:tower>>门店",
        "客户<<per.c>>（微信<<wx.c@c>>，驾驶证<<dl.c>>）称<<plate.v>>右后视镜取车时已有裂纹，需比对取车照片后再定责任。",
        system="你是租车公司门店客服主管<<per.m>>，判断要有依据。客服热线[[service_number|95533]]。",
    ),
    # ---------------------------------------------------------------- charity_donation_receipt
    T(
        "h17-zh-charity_donation_receipt-01",
        "zh",
        "charity_donation_receipt",
        "根据捐赠登记生成一张捐赠收据的文字内容。",
        "捐赠人：<<per.d>>\n证件号码：<<cnid.d>>\n捐赠金额：[[money]]\n付款卡：<<card.c:spaced>>\n邮寄地址：<<addr.a:post>>\n电子邮箱：<<email.d@d>>\n纸质收据快递单号：[[tracking_number]]",
        "捐赠收据\n兹收到<<per.d>>（证件号<<cnid.d>>）捐赠款，款项由尾号卡<<card.c:plain>>支付。收据将寄往<<addr.a:post>>，电子版发送至<<email.d@d>>。",
        system="你是[[organisation|中华慈善总会]]的票据专员<<per.k>>，回执邮箱<<email.k@k>>。",
    ),
    T(
        "h17-zh-charity_donation_receipt-02",
        "zh",
        "charity_donation_receipt",
        "整理这份月捐导出，给每位捐赠人写一句感谢。",
        "昵称\t微信号\t手机\tQQ\t海外账户\n<<per.a>>\t<<wx.a@a>>\t<<tel.a:cn_plain>>\t未填\t无\n"
        "<<per.b>>\t<<wx.b>>\t未填\t<<qq.b>>\t<<iban.b:NL>>\n<<per.c>>\t未填\t<<tel.c:cn_plain>>\t无\t无",
        "感谢<<per.a>>（<<wx.a@a>>）、<<per.b>>（QQ <<qq.b>>，海外账户<<iban.b:NL>>）和<<per.c>>（<<tel.c:cn_dash>>）的月捐支持！",
    ),
    # ---------------------------------------------------------------- escrow_closing_disclosure
    T(
        "h17-zh-escrow_closing_disclosure-01",
        "zh",
        "escrow_closing_disclosure",
        "把二手房资金监管协议的要素提取出来。",
        "存量房交易资金监管协议\n买方：<<per.b>>，身份证号<<cnid.b>>，电话<<tel.b:cn_plain>>\n卖方：<<per.s>>，身份证号<<cnid.s:x>>，"
        "电话<<tel.s:cn_dash>>\n房屋坐落：<<addr.h:tower>>\n监管金额：[[money]]\n卖方收款账户：<<card.s:unionpay>>",
        "要素：买方<<per.b>>（<<cnid.b>>）；卖方<<per.s>>（<<cnid.s:x>>）；房屋<<addr.h:tower>>；卖方收款卡<<card.s:spaced>>。",
    ),
    T(
        "h17-zh-escrow_closing_disclosure-02",
        "zh",
        "escrow_closing_disclosure",
        "翻译并概括这封美国过户公司发给中国买家的邮件。",
        "Dear <<per_en.b>>,\nYour Closing Disclosure for <<addr_us.h:full>> is attached. Please wire funds from IBAN <<iban.i:CH>>. "
        "We still need your SSN (<<ssn.b:space>>) and passport <<pass.b:uk>>. Call us at <<tel.e:us_paren>>.\n— <<per_en.o>>, Escrow Officer",
        "美国过户公司<<per_en.o>>致信买家<<per_en.b>>：<<addr_us.h:full>>的结算披露表已发出，请从账户<<iban.i:CH>>电汇，"
        "并补交社会安全号<<ssn.b:dash>>和护照<<pass.b>>。电话<<tel.e:us_dash>>。",
    ),
    # ---------------------------------------------------------------- drone_pilot_registration
    T(
        "h17-zh-drone_pilot_registration-01",
        "zh",
        "drone_pilot_registration",
        "核对无人机实名登记信息，指出缺项。",
        "民用无人机实名登记\n拥有者：<<per.o>>\n证件：身份证 <<cnid.o>>\n手机：<<tel.o:cn_plain>>\n邮箱：<<email.o@o>>\n"
        "产品：[[product|大疆 Mini 4 Pro]]　序列号：[[number|1581F5FJD239]]\n居住地址：<<addr.o:short>>\n个人主页：<<url.o:weibo>>",
        "缺项：无。拥有者<<per.o>>（<<tel.o:cn_dash>>，<<email.o@o>>）登记的身份证<<cnid.o>>格式正确，地址<<addr.o:short>>。",
    ),
    T(
        "h17-zh-drone_pilot_registration-02",
        "zh",
        "drone_pilot_registration",
        "根据飞手执照申请材料，写一段资格初审意见。",
        "申请人：<<per.p>>（<<per.p:pinyin>>）\n出生日期：<<dob.p:cn>>\n护照：<<pass.p:cn_ea>>\n手机：<<tel.p:cn_0086>>\nQQ：<<qq.p>>\n"
        "遥控器 WLAN MAC <<mac.m:colon_lower>>\n培训机构：[[organisation]]",
        "初审意见：申请人<<per.p>>，<<dob.p:iso>>出生，护照<<pass.p>>，年龄符合要求，同意进入理论考试。通知发送至QQ <<qq.p>>。",
        source="caac-uom/<<tel.p:cn_plain>>",
    ),
    # ---------------------------------------------------------------- used_car_bill_of_sale
    T(
        "h17-zh-used_car_bill_of_sale-01",
        "zh",
        "used_car_bill_of_sale",
        "检查<<per.s>>与<<per.b>>的二手车买卖合同，列出需要补充的信息。",
        "二手车买卖合同\n卖方：<<per.s>>　身份证：<<cnid.s>>　电话：<<tel.s:cn_space>>\n买方：<<per.b>>　身份证：<<cnid.b:spaced>>\n"
        "车辆：[[product]]　号牌：<<plate.v>>　VIN：[[number|LSVAU2180N2183294]]\n成交价：[[money]]\n买方驾驶证：<<dl.b>>",
        "需补充：买方电话。卖方<<per.s>>（<<tel.s:cn_plain>>）与买方<<per.b>>（身份证<<cnid.b>>）信息完整，车辆<<plate.v>>。",
    ),
    T(
        "h17-zh-used_car_bill_of_sale-02",
        "zh",
        "used_car_bill_of_sale",
        "根据过户群聊，列出过户当天要带的材料。",
        "车商：<<per.s:title>>，明天去车管所过户，<<plate.v>>的登记证书带上\n卖家<<per.s>>：好的，驾驶证<<dl.s>>要吗？\n"
        "车商：要。尾款打到你卡<<card.s:spaced>>对吧\n卖家<<per.s>>：对，有事打<<tel.s:cn_dash>>",
        "材料：车辆<<plate.v>>登记证书、卖家<<per.s>>的身份证和驾驶证（<<dl.s>>）。尾款打入<<card.s:plain>>。",
        history=[("我是车商，帮我理一下<<per.s>>这台车的过户。", "好的，请发群聊内容。")],
    ),
    # ---------------------------------------------------------------- stripe_webhook_payload
    T(
        "h17-zh-stripe_webhook_payload-01",
        "zh",
        "stripe_webhook_payload",
        "解释这个 Stripe webhook 事件，说明为什么扣款失败。",
        '{"type": "charge.failed", "api_version": "[[version]]", "data": {"object": {"billing_details": {"name": "<<per_en.c>>", '
        '"email": "<<email.c@c>>", "phone": "<<tel.c:us_intl>>", "address": "<<addr_us.a:line>>"}, '
        '"payment_method_details": {"card": "<<card.c:visa>>"}, "metadata": {"ssn_last_check": "<<ssn.c:plain>>"}, '
        '"failure_code": "[[code_identifier|card_declined]]", "client_ip": "<<ip.c>>"}}}',
        "扣款失败原因：发卡行拒绝（card_declined）。持卡人<<per_en.c>>（<<email.c@c>>）卡号<<card.c:plain>>。metadata 中存放 SSN <<ssn.c:dash>> 不合规。",
    ),
    T(
        "h17-zh-stripe_webhook_payload-02",
        "zh",
        "stripe_webhook_payload",
        "解析这段微信支付回调 XML，写出对账需要的字段。",
        "<xml><appid>wx8888</appid><openid><<wx.p>></openid><out_trade_no>[[order_number]]</out_trade_no>"
        "<total_fee>[[number|2990]]</total_fee><attach>收货人<<per.p>> 电话<<tel.p:cn_plain>></attach>"
        "<spbill_create_ip><<ip.p>></spbill_create_ip><time_end>[[timestamp]]</time_end></xml>",
        "对账字段：商户订单号、金额、支付时间。attach 中夹带了<<per.p>>的手机<<tel.p:cn_dash>>，openid <<wx.p>>，应改为只传订单号。",
    ),
    # ---------------------------------------------------------------- dingtalk_approval_flow
    T(
        "h17-zh-dingtalk_approval_flow-01",
        "zh",
        "dingtalk_approval_flow",
        "把这条钉钉报销审批流转成审批意见摘要。",
        "【审批】差旅报销　发起人：<<per.a>>\n收款卡：<<card.a:unionpay>>\n身份证：<<cnid.a>>\n出生日期：<<dob.a:cn>>\n"
        "审批人：<<per.m>>（同意）→ 财务：<<per.f>>（转交）\n评论：@<<per.a>> 请补充[[public_place]]门票发票",
        "<<per.a>>的差旅报销已经<<per.m>>同意，财务<<per.f>>要求补充门票发票，打款至<<card.a:spaced>>。",
    ),
    T(
        "h17-zh-dingtalk_approval_flow-02",
        "zh",
        "dingtalk_approval_flow",
        "根据审批接口返回的 JSON，说明审批卡在哪个节点。",
        '{"process_instance_id": "[[order_number]]", "originator": {"name": "<<per.a>>", "mobile": "<<tel.a:cn_plain>>", '
        '"email": "<<email.a@a>>"}, "tasks": [{"approver": "<<per.b>>", "status": "RUNNING"}], '
        '"form": {"device_mac": "<<mac.m:dash>>", "vpn_ip": "<<ip.v:private>>"}}',
        "审批卡在<<per.b>>处（状态 RUNNING）。申请人<<per.a>>（<<tel.a:cn_dash>>）申请为设备<<mac.m:colon>>开通 VPN（<<ip.v:private>>）。",
        system="你是钉钉开放平台集成助手，对接人邮箱<<email.k>>，回答使用中文。接口文档版本[[version]]。",
    ),
    # ---------------------------------------------------------------- hostel_guest_register
    T(
        "h17-zh-hostel_guest_register-01",
        "zh",
        "hostel_guest_register",
        "把青旅前台手写登记簿的拍照识别结果整理成上报公安旅业系统的格式。",
        "日期 [[timestamp]]\n床位 4-2 | <<per_tr.g>> | 美国 | 护照 <<pass.g:us_new>> | 生日 <<dob.g:iso>> | 电话 <<tel.g:us_intl>> | SSN <<ssn.g:dash>>\n"
        "床位 4-3 | <<per.c>> | 中国 | 身份证 <<cnid.c>> | 电话 <<tel.c:cn_plain>>\n押金退款账户（外宾）：<<iban.g:IE>>",
        "境外人员：<<per_tr.g>>，护照<<pass.g>>，出生日期<<dob.g:iso>>，电话<<tel.g:us_dash>>。\n境内人员：<<per.c>>，身份证<<cnid.c>>，电话<<tel.c:cn_dash>>。",
        system="你是旅馆业治安管理系统的录入助手，录入员<<per.y>>，按“境外人员/境内人员”分行输出。",
    ),
    T(
        "h17-zh-hostel_guest_register-02",
        "zh",
        "hostel_guest_register",
        "检查旅业系统上传的 XML 是否缺少必填项。",
        "<guest><xm><<per.a>></xm><zjhm><<cnid.a:lower_x>></zjhm><sjhm><<tel.a:cn_plain>></sjhm><hjdz><<addr.a:road_bld>></hjdz>"
        "<cph><<plate.a>></cph><rzsj>[[timestamp]]</rzsj></guest>\n<guest><xm><<per.b>></xm><zjhm><<cnid.b>></zjhm><sjhm></sjhm></guest>",
        "第二条记录（<<per.b>>，<<cnid.b>>）缺少手机号和户籍地址；第一条<<per.a>>（<<cnid.a:x>>，车牌<<plate.a>>）完整。",
    ),
    # ---------------------------------------------------------------- cord_blood_bank_enrollment
    T(
        "h17-zh-cord_blood_bank_enrollment-01",
        "zh",
        "cord_blood_bank_enrollment",
        "根据脐带血储存协议的首页，生成客户档案。",
        "脐带血造血干细胞储存协议　编号[[order_number]]\n甲方（母亲）：<<per.m>>　身份证：<<cnid.m>>\n甲方（父亲）：<<per.f>>　手机：<<tel.f:cn_dash>>\n"
        "新生儿出生日期：<<dob.b:cn_pad>>　住院号：<<mrn.m:zy>>\n通讯地址：<<addr.h:comm>>\n扣款卡：<<card.c:unionpay>>",
        "客户档案：母亲<<per.m>>（<<cnid.m>>），父亲<<per.f>>（<<tel.f:cn_plain>>）；新生儿生日<<dob.b:iso>>；住院号<<mrn.m>>；地址<<addr.h:comm>>；年费从<<card.c:plain>>扣取。",
    ),
    T(
        "h17-zh-cord_blood_bank_enrollment-02",
        "zh",
        "cord_blood_bank_enrollment",
        "根据与<<per.m>>的电话回访录音转写，写一条回访小结。",
        "回访员：您好，请问是<<per.m>>女士吗？\n客户：是的。\n回访员：您宝宝的样本编号对应住院号<<mrn.m:dash>>，续费提醒发到哪个电话？\n"
        "客户：发到<<tel.m:cn_numerals>>吧，或者微信<<wx.m@m>>。",
        "回访小结：<<per.m>>确认续费提醒发送至<<tel.m:cn_plain>>或微信<<wx.m@m>>，住院号<<mrn.m>>。",
        history=[("今天回访名单第一位是<<per.m>>，电话<<tel.m:cn_intl>>。", "好的，请发录音转写。")],
    ),
    # ---------------------------------------------------------------- chess_tournament_pairing
    T(
        "h17-zh-chess_tournament_pairing-01",
        "zh",
        "chess_tournament_pairing",
        "根据第5轮对阵表，写一条通知发到领队群。",
        "第5轮对阵（瑞士制）\n台次 | 白方 | 等级分 | 黑方 | 等级分\n1 | <<per.a>> | 2210 | <<per.b>> | 2187\n"
        "2 | <<per.c>> | 2150 | <<per.d:spaced>> | 2098\n领队联系人：<<per.l>>，电话<<tel.l:cn_dash>>，QQ群主QQ <<qq.l>>",
        "第5轮：1台<<per.a>>对<<per.b>>，2台<<per.c>>对<<per.d>>。如有疑问联系<<per.l>>（<<tel.l:cn_plain>>，QQ <<qq.l>>）。",
    ),
    T(
        "h17-zh-chess_tournament_pairing-02",
        "zh",
        "chess_tournament_pairing",
        "审核这张围棋比赛报名表，判断是否符合少年组年龄要求（2008年后出生）。",
        "报名表\n姓名：<<per.p>>\n出生日期：<<dob.p:cn_pad>>\n身份证：<<cnid.p>>\n监护人电话：<<tel.g:cn_plain>>\n"
        "知乎主页：<<url.p:zhihu@p>>\n棋力：业余5段，师从[[public_figure]]的弟子",
        "<<per.p>>出生于<<dob.p:iso>>，身份证<<cnid.p>>与之对应，按年龄判断是否符合少年组；监护人电话<<tel.g:cn_dash>>。",
    ),
    # ---------------------------------------------------------------- ski_pass_photo_id
    T(
        "h17-zh-ski_pass_photo_id-01",
        "zh",
        "ski_pass_photo_id",
        "根据雪季卡办理信息，写一条开卡成功通知。",
        "雪季卡办理\n姓名：<<per.s>>　出生日期：<<dob.s:iso>>\n身份证：<<cnid.s>>\n手机：<<tel.s:cn_plain>>\n护照（外籍教练用）：<<pass.s>>\n"
        "停车车牌：<<plate.v>>\n支付卡：<<card.c:plain>>　金额：[[money]]",
        "<<per.s>>您好，您的雪季卡已开通，绑定车牌<<plate.v>>，实名证件<<cnid.s>>。扣款卡<<card.c:spaced>>。",
    ),
    T(
        "h17-zh-ski_pass_photo_id-02",
        "zh",
        "ski_pass_photo_id",
        "分析闸机日志，解释为什么这张卡被判定为转借。",
        "[[timestamp]] GATE-3 card=[[number|0x1F3A9C2E]] holder=<<per.h:pinyin>> face=FAIL reader_mac=<<mac.m:cisco>> srv=<<ip.s:private>>\n"
        "[[timestamp]] GATE-3 card=0x1F3A9C2E holder=<<per.h:pinyin>> face=FAIL reader_mac=<<mac.m:cisco>>\n"
        "[[timestamp]] ALERT 通知持卡人 <<tel.h:cn_intl>>",
        "持卡人<<per.h>>（<<per.h:pinyin>>）的卡连续两次人脸比对失败（闸机读卡器 <<mac.m:colon>>），系统判定转借并短信通知<<tel.h:cn_plain>>。",
    ),
    # ---------------------------------------------------------------- pharmacy_refill_request
    T(
        "h17-zh-pharmacy_refill_request-01",
        "zh",
        "pharmacy_refill_request",
        "根据<<per.p>>的慢病续方申请，生成药房配送单。",
        "慢病续方申请\n患者：<<per.p>>　出生：<<dob.p:slash_iso>>\n医保身份证：<<cnid.p>>\n病历号：<<mrn.m:digits>>\n"
        "药品：[[product|二甲双胍缓释片]] ×3盒\n配送地址：<<addr.a:yuan>>\n电话：<<tel.p:cn_space>>",
        "配送单：收件人<<per.p>>，电话<<tel.p:cn_plain>>，地址<<addr.a:yuan>>，病历号<<mrn.m>>，药品3盒。",
    ),
    T(
        "h17-zh-pharmacy_refill_request-02",
        "zh",
        "pharmacy_refill_request",
        "根据药房微信客服的对话，判断能否直接续方。",
        "<<per.p>>：你好，我妈妈<<per.m>>的降压药吃完了，还能续吗？病历号<<mrn.m:mz>>\n药师：需要本人身份证号确认\n"
        "<<per.p>>：<<cnid.m:spaced>>，送到<<addr.a:road>>，我微信<<wx.p@p>>",
        "可以续方：已核对<<per.m>>（身份证<<cnid.m>>，病历号<<mrn.m>>）的慢病记录；配送到<<addr.a:road>>，联系人<<per.p>>（微信<<wx.p@p>>）。",
        system="你是互联网医院药师助手，当值药师<<per.y>>。药房营业时间 8:00-22:00，热线[[service_number|12320]]。",
    ),
    # ---------------------------------------------------------------- power_outage_callback
    T(
        "h17-zh-power_outage_callback-01",
        "zh",
        "power_outage_callback",
        "把这次 95598 停电报修的回访录音整理成工单结论。",
        "坐席：您好，这里是[[service_number|95598]]回访，请问是<<per.c>>吗？\n客户：是，我家<<addr.h:lane>>前天停电了\n"
        "坐席：您的户号[[number|0102938475]]，报修电话<<tel.c:cn_dash>>对吗？\n客户：对，后来抢修队<<per.r:title>>来修好了",
        "工单结论：客户<<per.c>>（<<tel.c:cn_plain>>，<<addr.h:lane>>）的停电已由抢修人员<<per.r:title>>（<<per.r>>）处理完毕，客户满意。",
        history=[("帮我整理<<per.c>>的回访。", "好的，请把95598回访录音转写贴过来。")],
    ),
    T(
        "h17-zh-power_outage_callback-02",
        "zh",
        "power_outage_callback",
        "分析配电自动化系统日志，判断停电影响了哪些用户。",
        "[[timestamp]] FAULT feeder=10kV-301 meter_mac=<<mac.m:colon>> user=<<per.a>> tel=<<tel.a:cn_plain>> addr=<<addr.a:road_bld>>\n"
        "[[timestamp]] FAULT feeder=10kV-301 meter_mac=<<mac.n:dash>> user=<<per.b>> tel=<<tel.b:cn_land>>\n[[timestamp]] RECOVER gw=<<ip.g:private>>",
        "受影响用户：<<per.a>>（电表 <<mac.m:colon>>，<<tel.a:cn_dash>>）和<<per.b>>（电表 <<mac.n:dash>>）。网关<<ip.g:private>>已恢复。",
        source="h17-pms/<<email.o>>",
    ),
]

EN = [
    # ---------------------------------------------------------------- ivf_clinic_consent
    T(
        "h17-en-ivf_clinic_consent-01",
        "en",
        "ivf_clinic_consent",
        "Turn this scanned IVF consent signature page into a short checklist of what is signed and what is missing.",
        "CONSENT FOR IN VITRO FERTILIZATION - page 4 of 4\nPatient: <<per.p:upper>>    DOB: <<dob.p:us_pad>>    MRN: <<mrn.m:mrn>>\n"
        "Partner: <<per.s>>    SSN (billing): <<ssn.s:dash>>\nAddress: <<addr.a:full>>\nPhone: <<tel.p:us_paren>>\n"
        "Witness: [[common_word|Grace period]] n/a    Signed: [[timestamp]]",
        "- Patient <<per.p>> (MRN <<mrn.m>>, born <<dob.p:long>>): signed\n- Partner <<per.s>>: signed, SSN <<ssn.s:plain>> on file\n"
        "- Missing: witness signature. Call <<tel.p:us_dash>> to arrange.",
    ),
    T(
        "h17-en-ivf_clinic_consent-02",
        "en",
        "ivf_clinic_consent",
        "Summarise this patient-portal thread from <<per.p>> for the embryology lab.",
        "From: <<per.p>> <<<email.p@p>>>\nRe: embryo storage renewal (MRN <<mrn.m:alpha>>)\n\nHi, my partner <<per.s:initial>> and I want to renew for 12 months. "
        "My date of birth is <<dob.p:long_eu>> and the best number is <<tel.p:uk_mobile>>.",
        "Storage renewal request from <<per.p>> (MRN <<mrn.m>>, DOB <<dob.p:eu>>) and partner <<per.s>>; reply to <<email.p@p>> or <<tel.p:uk_intl>>.",
        history=[("Can you help with the portal messages for <<per.p:last_first>>?", "Sure, paste the thread.")],
    ),
    # ---------------------------------------------------------------- piano_tuning_booking
    T(
        "h17-en-piano_tuning_booking-01",
        "en",
        "piano_tuning_booking",
        "Write a reply confirming this piano tuning booking.",
        "New booking via website form\nName: <<per.c>>\nEmail: <<email.c@c>>\nPhone: <<tel.p:us_dot>>\nAddress: <<addr.a:line_unit>>\n"
        "Instrument: [[product|Steinway Model B]], last tuned 2019\nInstagram (optional): <<url.c:instagram@c>>\nPreferred: Saturday morning",
        "Hi <<per.c:given>>, thanks for booking! I'll tune your [[product|Steinway Model B]] at <<addr.a:line_unit>> on Saturday morning. "
        "I'll text <<tel.p:us_dash>> the day before.",
    ),
    T(
        "h17-en-piano_tuning_booking-02",
        "en",
        "piano_tuning_booking",
        "From the tuner's ledger below, list the clients who still owe money.",
        "client;phone;address;paid;wechat\n<<per.a>>;<<tel.a:us_plain>>;<<addr.a:line>>;no;-\n<<per_cn.b:pinyin>>;<<tel.b:cn_intl>>;<<addr.b:line>>;yes;<<wx.b>>\n"
        "<<per.c:last_first>>;<<tel.c:uk_mobile>>;<<addr.c:flat>>;no;-",
        "Still owing: <<per.a>> (<<tel.a:us_paren>>) and <<per.c>> (<<tel.c:uk_intl>>). <<per_cn.b:pinyin>> has paid.",
    ),
    # ---------------------------------------------------------------- crypto_exchange_kyc
    T(
        "h17-en-crypto_exchange_kyc-01",
        "en",
        "crypto_exchange_kyc",
        "Review these two KYC submissions and give a pass/fail with a one-line reason each.",
        '{"uid": 55120, "full_name": "<<per.a>>", "dob": "<<dob.a:iso>>", "ssn": "<<ssn.a:dash>>", "address": "<<addr_us.h:full_unit>>", '
        '"passport": "<<pass.a:us>>", "signup_ip": "<<ip.a>>", "email": "<<email.a@a>>"}\n'
        '{"uid": 55121, "full_name": "<<per_cn.b:pinyin_fl>>", "id_type": "PRC ID", "id_no": "<<cnid.b>>", "mobile": "<<tel.b:cn_intl>>", '
        '"github": "<<url.b:github@b>>"}',
        "1. <<per.a>>: PASS - SSN <<ssn.a:plain>> and passport <<pass.a>> match the address on file.\n"
        "2. <<per_cn.b:pinyin_fl>>: FAIL - PRC ID <<cnid.b>> requires a selfie check first.",
        system="You are <<per.k>>, a compliance analyst at [[organisation|Coinbase]]. Sanctions list version [[version]].",
    ),
    T(
        "h17-en-crypto_exchange_kyc-02",
        "en",
        "crypto_exchange_kyc",
        "Read this withdrawal audit trail and decide whether to escalate.",
        "[[timestamp]] auth ok user=<<email.u@u>> ip=<<ip.a:v6>> device=<<mac.m:colon>>\n"
        '[[timestamp]] withdraw.request asset=EUR amount=[[money]] dest_iban=<<iban.i:GB>> beneficiary="<<per.r:upper>>"\n'
        "[[timestamp]] 2fa.sms to=<<tel.u:us_intl>> status=delivered\n[[timestamp]] note: user also linked WeChat <<wx.u>>",
        "Escalate: <<email.u@u>> logged in from a new device (<<mac.m:dash>>) and IPv6 <<ip.a:v6>>, then sent funds to <<iban.i:GB>> "
        "held by <<per.r>>, a third party.",
    ),
    # ---------------------------------------------------------------- karaoke_room_booking
    T(
        "h17-en-karaoke_room_booking-01",
        "en",
        "karaoke_room_booking",
        "Turn this chat into a booking entry for the front desk.",
        "Customer: hi is room 7 free friday 9pm? party of 12\nStaff: yes! the [[public_figure]] medley is on the list. name please?\nCustomer: <<per.c>>, <<tel.p:us_paren>>\n"
        "Staff: deposit [[money]], card on file?\nCustomer: use <<card.c:amex>>, receipt to <<email.c@c>>",
        "Booking: Fri 9pm, room 7, 12 guests. Host <<per.c>> (<<tel.p:us_dash>>, <<email.c@c>>). Deposit charged to <<card.c:plain>>.",
    ),
    T(
        "h17-en-karaoke_room_booking-02",
        "en",
        "karaoke_room_booking",
        "Explain the discrepancy in this POS receipt and the customer's complaint.",
        "K-STAR KARAOKE  #[[order_number]]\nRoom 3  [[timestamp]]\nGuest: <<per.g:upper>>  Tel <<tel.g:us_plain>>\nCard <<card.c:dashed>>\n"
        "Total [[money]]\n---\nComplaint (via QQ <<qq.g>>): charged twice, my friend <<per_cn.f>> paid cash already",
        "<<per.g>> (card <<card.c:plain>>) reports a double charge; their friend <<per_cn.f>> paid cash. Reply via QQ <<qq.g>> or <<tel.g:us_dot>>.",
    ),
    # ---------------------------------------------------------------- fishing_boat_crew_manifest
    T(
        "h17-en-fishing_boat_crew_manifest-01",
        "en",
        "fishing_boat_crew_manifest",
        "Check this crew list for missing documents before departure.",
        "F/V NORTHERN [[common_word|Hope]] - CREW LIST - departs [[timestamp]]\n"
        "1. <<per.a:upper>>, master, DOB <<dob.a:us>>, passport <<pass.a:us_new>>\n2. <<per.b:last_first>>, deckhand, DOB <<dob.b:us>>, passport <<pass.b:uk>>\n"
        "3. <<per_cn.c:pinyin_fl>>, deckhand, PRC ID <<cnid.c>>, passport: pending\nEmergency contact: <<tel.e:us_dash>>",
        "Missing: passport for <<per_cn.c:pinyin_fl>> (only PRC ID <<cnid.c>>). <<per.a>> (<<pass.a>>) and <<per.b>> (<<pass.b>>) are complete.",
    ),
    T(
        "h17-en-fishing_boat_crew_manifest-02",
        "en",
        "fishing_boat_crew_manifest",
        "Summarise this port clearance e-mail in three bullet points.",
        "From: harbourmaster@[[organisation|Port of Aberdeen]].example\nTo: <<email.s@s>>\n\nSkipper <<per.s>>, crew member <<per.c>> (passport <<pass.c:uk>>) "
        "has wages outstanding; pay to IBAN <<iban.c:GB>>. Call <<tel.s:uk_intl>> on arrival.",
        "- Skipper <<per.s>> (<<email.s@s>>) must call <<tel.s:uk_mobile>> on arrival.\n- <<per.c>> (passport <<pass.c>>) is owed wages.\n- Pay to <<iban.c:GB>>.",
    ),
    # ---------------------------------------------------------------- haproxy_access_log
    T(
        "h17-en-haproxy_access_log-01",
        "en",
        "haproxy_access_log",
        "Which of these HAProxy log lines leaks personal data, and how should the capture be fixed?",
        "haproxy[991]: <<ip.a:v4>>:33410 [[[timestamp]]] www~ app/web1 0/0/2/40/42 200 1890 - - ---- "
        '"GET /api/verify?ssn=<<ssn.s:plain>>&zip=94110 HTTP/1.1"\n'
        "haproxy[991]: <<ip.b:private>>:41222 [[[timestamp]]] www~ app/web2 0/0/1/9/10 302 120 - - ---- "
        '"POST /login HTTP/1.1" {<<email.e>>|<<per.u:user>>}',
        "Line 1 (<<ip.a:v4>>) puts an SSN (<<ssn.s:dash>>) in the query string. Line 2 captures the e-mail <<email.e>> and username "
        "<<per.u:user>> in request headers. Remove those capture rules.",
    ),
    T(
        "h17-en-haproxy_access_log-02",
        "en",
        "haproxy_access_log",
        "Review this haproxy.cfg snippet for things that should not be committed.",
        "# owner: <<per.o>> <<<email.o@o>>>  pager <<tel.o:us_intl2>>\nbackend be_admin\n    acl allowed src <<ip.a>> <<ip.b:private>>\n"
        "    server admin1 <<ip.c:private>>:8080 check\n    # HAProxy [[version]], see [[code_identifier]]",
        "Remove the owner line (<<per.o>>, <<email.o@o>>, <<tel.o:us_dash>>) and move the allow-list (<<ip.a>>, <<ip.b:private>>) to a map file.",
    ),
    # ---------------------------------------------------------------- sshd_auth_log
    T(
        "h17-en-sshd_auth_log-01",
        "en",
        "sshd_auth_log",
        "Summarise this journalctl output: who logged in, from where, and what failed.",
        "[[timestamp]] jump01 sshd[4410]: Invalid user oracle from <<ip.a>> port 40110\n"
        "[[timestamp]] jump01 sshd[4415]: Accepted publickey for <<per.u:lower_dot>> from <<ip.b>> port 52001 ssh2: ED25519 key comment <<email.u@u>>\n"
        "[[timestamp]] jump01 sudo: <<per.u:lower_dot>> : TTY=pts/0 ; COMMAND=/usr/bin/[[code_identifier]]",
        "<<ip.a>> tried the invalid user oracle. <<per.u>> (<<email.u@u>>) logged in from <<ip.b>> with a key and used sudo.",
    ),
    T(
        "h17-en-sshd_auth_log-02",
        "en",
        "sshd_auth_log",
        "Write an incident note from this authorized_keys file and the DHCP lease.",
        "~/.ssh/authorized_keys on db02:\nssh-ed25519 AAAAC3Nza...q1 <<email.a@a>>\nssh-rsa AAAAB3Nza...x9 <<per.b:user>>@laptop\n\n"
        "DHCP: laptop of <<per.b>> = MAC <<mac.m:dash>> leased <<ip.l:private>> at [[timestamp]]",
        "Two keys have access to db02: <<email.a@a>> and <<per.b:user>>. The second belongs to <<per.b>>'s laptop (<<mac.m:colon>>, <<ip.l:private>>), "
        "which left the company; revoke it.",
        system="You are the on-call security engineer <<per.o:lower_dot>> (pager <<tel.o:us_dash>>). Ticket [[order_number]].",
    ),
    # ---------------------------------------------------------------- redis_monitor_dump
    T(
        "h17-en-redis_monitor_dump-01",
        "en",
        "redis_monitor_dump",
        "What personal data is being cached according to this MONITOR output?",
        '[[timestamp]] [0 <<ip.a:private>>:60111] "SETEX" "session:ab12" "3600" "{\\"email\\":\\"<<email.e>>\\",\\"phone\\":\\"<<tel.p:us_plain>>\\",'
        '\\"ssn\\":\\"<<ssn.s:dash>>\\"}"\n[[timestamp]] [0 <<ip.a:private>>:60111] "GET" "session:ab12"',
        "session:ab12 stores <<email.e>>, phone <<tel.p:us_dash>> and SSN <<ssn.s:dash>> in clear text, written from <<ip.a:private>>.",
    ),
    T(
        "h17-en-redis_monitor_dump-02",
        "en",
        "redis_monitor_dump",
        "Convert this HGETALL output to JSON.",
        '127.0.0.1:6379> HGETALL driver:77\n1) "name"\n2) "<<per.d>>"\n3) "dob"\n4) "<<dob.d:us_pad>>"\n5) "license"\n6) "<<dl.d:ca>>"\n'
        '7) "plate"\n8) "<<plate.v:ca>>"\n9) "qq"\n10) "<<qq.d>>"',
        '{"name": "<<per.d>>", "dob": "<<dob.d:iso>>", "license": "<<dl.d>>", "plate": "<<plate.v>>", "qq": "<<qq.d>>"}',
        annotators=["<<email.ANN>>", "qa17/<<per_en.ANN:lower_dot>>"],
    ),
    # ---------------------------------------------------------------- vaccination_card_scan
    T(
        "h17-en-vaccination_card_scan-01",
        "en",
        "vaccination_card_scan",
        "Correct the OCR errors in this vaccination record card and list the doses.",
        "COVID-19 Vaccination Record Card\nLast Name: <<per.p:family>>   First Name: <<per.p:given>>\nDate of birth: <<dob.p:us_pad>>   Patient number (medical record): <<mrn.m:digits>>\n"
        "Dose 1: [[product|Moderna]] lot [[number|039K20A]]  [[timestamp]]\nDose 2: [[product|Moderna]] lot 011A21A",
        "Card of <<per.p>> (born <<dob.p:long>>, record no. <<mrn.m>>): two doses of [[product|Moderna]].",
    ),
    T(
        "h17-en-vaccination_card_scan-02",
        "en",
        "vaccination_card_scan",
        "Check that the name and passport on this travel vaccination certificate match the booking.",
        "International Certificate of Vaccination (yellow card)\nName: <<per.t:upper>>\nPassport no.: <<pass.t>>\nDate of birth: <<dob.t:long_eu>>\n"
        "Yellow fever: [[timestamp]], [[organisation|NHS]] travel clinic\n\nBooking: <<per.t>>, passport <<pass.t>>, tel <<tel.t:uk_intl>>",
        "Match: <<per.t>> (passport <<pass.t>>, born <<dob.t:eu>>) appears identically on the certificate and the booking.",
    ),
    # ---------------------------------------------------------------- solar_panel_site_survey
    T(
        "h17-en-solar_panel_site_survey-01",
        "en",
        "solar_panel_site_survey",
        "Turn these site survey notes into the permit application fields.",
        "SITE SURVEY  [[timestamp]]\nHomeowner: <<per.o>>  (<<tel.o:us_dash>>, <<email.o@o>>)\nSite: <<addr.h:full>>\n"
        "Roof: comp shingle, 24 deg, south\nExisting inverter Wi-Fi MAC <<mac.m:colon>>; utility acct [[number|3300-1827-55]]",
        "Applicant: <<per.o>>\nSite address: <<addr.h:full>>\nContact: <<tel.o:us_paren>> / <<email.o@o>>",
    ),
    T(
        "h17-en-solar_panel_site_survey-02",
        "en",
        "solar_panel_site_survey",
        "This is the installer CRM record; what is missing before we can pay the referral bonus?",
        '{"lead": "[[order_number]]", "owner": "<<per.o>>", "referrer": "<<per.r>>", "referrer_iban": "<<iban.r:DE>>", '
        '"gateway": {"mac": "<<mac.g:cisco>>", "ip": "<<ip.g:private>>"}, "deposit_card": "<<card.c:mc>>"}',
        "Missing: the referrer's signed W-9. <<per.r>>'s bonus would go to <<iban.r:DE>>; owner <<per.o>> paid the deposit with <<card.c:plain>>.",
    ),
    # ---------------------------------------------------------------- rideshare_lost_item
    T(
        "h17-en-rideshare_lost_item-01",
        "en",
        "rideshare_lost_item",
        "Summarise this lost-item chat and suggest a return plan.",
        "Rider: hey, I left my backpack in your car, this is <<per.r>>\nDriver: found it. I'm <<per.d:given>>, silver [[product|Toyota Prius]] <<plate.v:ny>>\n"
        "Rider: can you drop it at <<addr.a:line>>? it's near [[public_place]] text me at <<tel.r:us_dash>>\nDriver: ok, add me on WeChat <<wx.d>> if you prefer",
        "<<per.r>> left a backpack in <<per.d>>'s car (<<plate.v>>). Plan: drop-off at <<addr.a:line>>, confirm by text to <<tel.r:us_plain>>.",
        history=[("Trip id was [[order_number]].", "Found it, driver plate <<plate.v>>.")],
    ),
    T(
        "h17-en-rideshare_lost_item-02",
        "en",
        "rideshare_lost_item",
        "Rewrite this support CSV row as a message to the driver.",
        "ticket,rider,rider_email,rider_phone,driver,driver_license,plate,item\n[[order_number]],<<per.r>>,<<email.r@r>>,<<tel.r:us_paren>>,"
        "<<per.d>>,<<dl.d:tx>>,<<plate.v:tx>>,passport <<pass.r>>",
        "Hi <<per.d:given>>, rider <<per.r>> left a passport (<<pass.r>>) in <<plate.v>>. Please contact <<email.r@r>>.",
    ),
    # ---------------------------------------------------------------- glucose_meter_export
    T(
        "h17-en-glucose_meter_export-01",
        "en",
        "glucose_meter_export",
        "Compute the average fasting glucose from this meter export and write one sentence for the clinician.",
        "Device: [[product|Dexcom G7]], receiver BT <<mac.m:colon_lower>>\nPatient: <<per.p:last_first>>  DOB <<dob.p:us>>  MRN <<mrn.m:mrn>>\n"
        "Timestamp,Type,mg/dL\n[[timestamp]],fasting,131\n[[timestamp]],fasting,126\n[[timestamp]],post-meal,188",
        "<<per.p>> (MRN <<mrn.m>>) averaged 128.5 mg/dL fasting; device <<mac.m:colon>> data attached.",
    ),
    T(
        "h17-en-glucose_meter_export-02",
        "en",
        "glucose_meter_export",
        "Draft a reply to this portal message from a patient about their readings.",
        "From: <<per.p>> (MRN <<mrn.m:dash>>)\nMy sugars have been over 250 since Sunday. I posted the graph on <<url.p:twitter@p>>. "
        "Please call me at <<tel.p:us_intl>>, email <<email.p@p>>.",
        "Dear <<per.p:given>>, readings over 250 need review today. A nurse will call <<tel.p:us_paren>>; please do not post health data on <<url.p:twitter@p>>.",
    ),
    # ---------------------------------------------------------------- taxi_receipt_ocr
    T(
        "h17-en-taxi_receipt_ocr-01",
        "en",
        "taxi_receipt_ocr",
        "Clean up this OCR'd yellow-cab receipt for the expense system.",
        "NYC TAXI  MEDALLION [[number|7J42]]\nPlate <<plate.t:ny>>\n[[timestamp]]\nFARE [[money]]\nCARD <<card.c:visa>>\nAUTH 0417\n"
        "Passenger: <<per.e:upper>>  complaints: [[service_number|311]]",
        "Expense: taxi, plate <<plate.t>>, paid with <<card.c:plain>> by <<per.e>>.",
        annotators=["<<email.ANN>>"],
    ),
    T(
        "h17-en-taxi_receipt_ocr-02",
        "en",
        "taxi_receipt_ocr",
        "Reply to this expense e-mail explaining what is missing.",
        "From: <<per.e>> <<<email.e@e>>>\nSubject: London cab receipts (employee no. [[employee_id|EMP-55810]])\n\nAttached: black cab receipts (cab reg <<plate.t:uk>>). "
        "I paid with my personal card <<card.c:spaced>>; please reimburse to <<iban.i:GB>>. Mobile <<tel.e:uk_mobile>>.",
        "Hi <<per.e:given>>, please add the trip purpose. Reimbursement goes to payroll, not <<iban.i:GB>>; card <<card.c:plain>> is noted.",
    ),
    # ---------------------------------------------------------------- jira_ticket_comment
    T(
        "h17-en-jira_ticket_comment-01",
        "en",
        "jira_ticket_comment",
        "Write repro steps from this Jira comment.",
        "[~<<per.r:lower_dot>>] commented:\nCustomer <<per.c>> cannot finish onboarding.\n{noformat}\n[[timestamp]] ERROR [[code_identifier]] "
        "ssn=<<ssn.c:dash>> dob=<<dob.c:iso>> ip=<<ip.c>>\n{noformat}\nRepro repo: <<url.r:github@r>>",
        "Repro: 1. Onboard a user with SSN <<ssn.c:dash>>; 2. submit DOB <<dob.c:us>>; 3. see the error. Redact <<per.c>>'s data from the comment.",
    ),
    T(
        "h17-en-jira_ticket_comment-02",
        "en",
        "jira_ticket_comment",
        "Group this Jira CSV export by assignee.",
        "Issue key,Summary,Assignee,Reporter,Description\nIT-1024,VPN drops,<<email.a@a>>,<<email.r@r>>,laptop MAC <<mac.m:dash>>\n"
        'IT-1031,QQ blocked,<<email.a@a>>,<<per.r>>,"user QQ <<qq.q>> cannot log in"\nIT-1040,WeChat on kiosk,<<per.b>>,<<email.r@r>>,"kiosk WeChat <<wx.k>>"',
        "<<email.a@a>> (<<per.a>>): IT-1024 (MAC <<mac.m:colon>>) and IT-1031 (QQ <<qq.q>>). <<per.b>>: IT-1040 (WeChat <<wx.k>>).",
    ),
    # ---------------------------------------------------------------- zoom_attendance_csv
    T(
        "h17-en-zoom_attendance_csv-01",
        "en",
        "zoom_attendance_csv",
        "Compute each participant's minutes from this Zoom attendance export.",
        "Meeting ID,[[number|845 2291 0037]]\nName (Original Name),User Email,Join Time,Leave Time,Phone\n"
        "<<per.a>>,<<email.a@a>>,[[timestamp]],[[timestamp]],\n<<per.b:last_first>>,<<email.b@b>>,[[timestamp]],[[timestamp]],<<tel.b:us_intl>>",
        "<<per.a>> (<<email.a@a>>) and <<per.b>> (<<email.b@b>>, dialled in from <<tel.b:us_dash>>).",
        annotators=["qa17/<<per_en.ANN:lower_dot>>", "<<email.ANN>>"],
    ),
    T(
        "h17-en-zoom_attendance_csv-02",
        "en",
        "zoom_attendance_csv",
        "Deduplicate this webinar registration export and say who registered twice.",
        "First Name,Last Name,Email,Phone,LinkedIn,City\n<<per.a:given>>,<<per.a:family>>,<<email.a@a>>,<<tel.a:uk_mobile>>,<<url.a:linkedin@a>>,Leeds\n"
        "<<per.a:given>>,<<per.a:family>>,<<email.a@a>>,<<tel.a:uk_mobile>>,<<url.a:linkedin@a>>,Leeds\n<<per_cn.c:pinyin>>,,<<email.c:qq>>,,,",
        "<<per.a>> (<<email.a@a>>, <<url.a:linkedin@a>>) registered twice. <<per_cn.c:pinyin>> (<<email.c:qq>>) once.",
    ),
    # ---------------------------------------------------------------- parcel_locker_pickup
    T(
        "h17-en-parcel_locker_pickup-01",
        "en",
        "parcel_locker_pickup",
        "Extract pickup code, locker location and tracking number from this notification e-mail.",
        "To: <<email.r@r>>\nHi <<per.r:given>>, your [[organisation|Amazon]] package [[tracking_number]] is ready at the Hub locker, <<addr.a:line>>. "
        "Pickup code: [[number|481190]]. Questions? Call [[service_number|1-888-280-4331]].\nDelivered for <<per.r>>, <<tel.r:us_dot>>",
        "Locker: <<addr.a:line>>; recipient <<per.r>> (<<email.r@r>>).",
    ),
    T(
        "h17-en-parcel_locker_pickup-02",
        "en",
        "parcel_locker_pickup",
        "Find the suspicious entries in this locker admin log.",
        "[[timestamp]] LOCKER-12 door=5 open by=<<per.a:user>> phone=<<tel.a:us_plain>> kiosk_mac=<<mac.k:dash>> ip=<<ip.k>>\n"
        "[[timestamp]] LOCKER-12 door=5 open by=<<per.a:user>> phone=<<tel.a:us_plain>> kiosk_mac=<<mac.k:dash>> ip=<<ip.k>>\n"
        "[[timestamp]] LOCKER-12 courier=<<per.c>> tracking=[[tracking_number]]",
        "Door 5 was opened twice by <<per.a:user>> (<<tel.a:us_dash>>) from kiosk <<mac.k:colon>>; the courier <<per.c>> delivered only once.",
    ),
    # ---------------------------------------------------------------- dental_xray_referral
    T(
        "h17-en-dental_xray_referral-01",
        "en",
        "dental_xray_referral",
        "Write a short request to radiology for <<per.p>> from this referral letter.",
        "Dear colleague,\nPlease see <<per.p>> (DOB <<dob.p:short_month>>, chart <<mrn.m:alpha>>) for a CBCT of tooth 36.\n"
        "Insurance member SSN: <<ssn.p:space>>. Patient phone <<tel.p:us_paren>>, home <<addr.h:line>>.\nRegards, <<per.d>>, DDS",
        "Radiology: CBCT tooth 36 for <<per.p>> (chart <<mrn.m>>, DOB <<dob.p:us>>), referred by <<per.d>>.",
    ),
    T(
        "h17-en-dental_xray_referral-02",
        "en",
        "dental_xray_referral",
        "Which DICOM tags in this dump must be anonymised?",
        "(0010,0010) PN [<<per.p:upper>>]\n(0010,0020) LO [<<mrn.m:mrn>>]\n(0010,0030) DA [<<dob.p:iso>>]\n(0008,0090) PN [<<per.d:upper>>]\n"
        "(0008,0081) ST [<<addr.c:line>>]\n(0008,1010) SH [[[product|Carestream CS 8100]]]",
        "Anonymise PatientName (<<per.p>>), PatientID (<<mrn.m>>), PatientBirthDate (<<dob.p:iso>>), ReferringPhysicianName (<<per.d>>) and InstitutionAddress.",
    ),
    # ---------------------------------------------------------------- car_rental_damage_checkin
    T(
        "h17-en-car_rental_damage_checkin-01",
        "en",
        "car_rental_damage_checkin",
        "List the pre-existing damage and the renter details from this check-out sheet.",
        "VEHICLE CONDITION REPORT  RA#[[order_number]]\nRenter: <<per.r:last_first>>  DL: <<dl.r:fl>>  Phone: <<tel.r:us_dash>>\n"
        "Vehicle: [[product]]  Plate: <<plate.v:ca>>\nCard (pre-auth): <<card.c:spaced>>\nDamage: scratch LF door; chip windshield",
        "Renter <<per.r>> (DL <<dl.r>>, <<tel.r:us_plain>>) took <<plate.v>> with a scratched LF door and a windshield chip. Pre-auth on <<card.c:plain>>.",
    ),
    T(
        "h17-en-car_rental_damage_checkin-02",
        "en",
        "car_rental_damage_checkin",
        "Draft a response to <<email.c@c>> about this damage dispute.",
        "Hello, I'm <<per.c>> (licence <<dl.c:uk>>). You charged my card <<card.c:mc>> for a dent on <<plate.v:uk>> that was there at pickup. "
        "My address for correspondence: <<addr_uk.a:flat>>. Email <<email.c@c>>.",
        "Dear <<per.c:initial>>, we will review the pickup photos for <<plate.v>> and reverse the charge on <<card.c:plain>> if the dent is visible. "
        "We will write to <<addr_uk.a:flat>>.",
        system="You are <<per.k>>, a customer-relations agent for a car rental firm. Freephone [[service_number|0800 085 4000]].",
    ),
    # ---------------------------------------------------------------- charity_donation_receipt
    T(
        "h17-en-charity_donation_receipt-01",
        "en",
        "charity_donation_receipt",
        "Write a tax receipt letter for this donation.",
        "Donor: <<per.d>>\nAddress: <<addr.a:full>>\nEmail: <<email.d@d>>\nAmount: [[money]]\nCard: <<card.c:discover>>\nCampaign: [[organisation|Red Cross]] winter appeal\nPaper receipt mailed: [[tracking_number]]",
        "Dear <<per.d>>,\nThank you for your gift, charged to <<card.c:spaced>>. This letter is your receipt; a copy was sent to <<email.d@d>>.",
    ),
    T(
        "h17-en-charity_donation_receipt-02",
        "en",
        "charity_donation_receipt",
        "From this donor CRM export, list the Gift Aid donors and their bank details.",
        "donor|email|phone|giftaid|iban|profile\n<<per.a>>|<<email.a@a>>|<<tel.a:uk_intl>>|Y|<<iban.a:GB>>|<<url.a:facebook@a>>\n"
        "<<per.b:upper>>|<<email.b@b>>|<<tel.b:uk_land>>|N|-|-",
        "Gift Aid: <<per.a>> (<<email.a@a>>), IBAN <<iban.a:GB>>. <<per.b>> did not opt in.",
    ),
    # ---------------------------------------------------------------- escrow_closing_disclosure
    T(
        "h17-en-escrow_closing_disclosure-01",
        "en",
        "escrow_closing_disclosure",
        "Summarise the parties and property from this Closing Disclosure.",
        "CLOSING DISCLOSURE  Loan ID [[number|1027734991]]\nBorrower: <<per.b>>, SSN <<ssn.b:dash>>\nSeller: <<per.s:upper>>\nProperty: <<addr_us.h:multiline>>\n"
        "Lender: [[organisation|Wells Fargo]]  Closing: [[timestamp]]\nSettlement agent phone: <<tel.a:us_paren>>",
        "Borrower <<per.b>> (SSN <<ssn.b:space>>) buys from <<per.s>> the property at <<addr_us.h:full>>.",
    ),
    T(
        "h17-en-escrow_closing_disclosure-02",
        "en",
        "escrow_closing_disclosure",
        "<<per.b>> forwarded this wire-instruction e-mail. Is it likely a fraud? Explain.",
        "From: <<per.o>> <<<email.o>>>\nSubject: URGENT updated wiring\n\nDear <<per.b:given>>, please send the balance to IBAN <<iban.i:PL>> today. "
        "Reply with a copy of your passport (<<pass.b>>) and call me on <<tel.o:us_intl>>.",
        "Likely fraud: a last-minute change to an overseas IBAN (<<iban.i:PL>>) and a request for <<per.b>>'s passport <<pass.b>>. "
        "Call the escrow office on a known number, not <<tel.o:us_dash>>.",
    ),
    # ---------------------------------------------------------------- drone_pilot_registration
    T(
        "h17-en-drone_pilot_registration-01",
        "en",
        "drone_pilot_registration",
        "Check this FAA DroneZone registration for errors.",
        "Owner: <<per.o>>\nPhysical address: <<addr.a:full>>\nEmail: <<email.o@o>>\nPhone: <<tel.o:us_dot>>\nDrone: [[product|DJI Mavic 3]]  "
        "Serial [[number|1581F4QW]]\nRegistration FA3[[number|YK77T2H]]\nPortfolio: <<url.o:medium@o>>",
        "No errors: <<per.o>> at <<addr.a:full>>, <<tel.o:us_dash>>, <<email.o@o>>.",
    ),
    T(
        "h17-en-drone_pilot_registration-02",
        "en",
        "drone_pilot_registration",
        "Review this UK CAA flyer ID application.",
        "Applicant: <<per.p>>\nDate of birth: <<dob.p:long_eu>>\nAddress: <<addr_uk.h:line>>\nPassport: <<pass.p:uk>>\nEmail: <<email.p@p>>\nController MAC <<mac.m:colon>>",
        "<<per.p>> (born <<dob.p:eu>>, passport <<pass.p>>) is over 13 and can be issued a flyer ID at <<email.p@p>>.",
    ),
    # ---------------------------------------------------------------- used_car_bill_of_sale
    T(
        "h17-en-used_car_bill_of_sale-01",
        "en",
        "used_car_bill_of_sale",
        "What is missing from this bill of sale?",
        "BILL OF SALE\nSeller: <<per.s>>, DL <<dl.s:ny>>, <<addr.s:line>>\nBuyer: <<per.b>>, DL <<dl.b:wa>>\nVehicle: [[product]]  VIN [[number|1HGCM82633A004352]]  "
        "Plate <<plate.v>>\nPrice: [[money]]\nDate: [[timestamp]]",
        "Missing: buyer address and signatures. Seller <<per.s>> (DL <<dl.s>>), buyer <<per.b>> (DL <<dl.b>>), plate <<plate.v>>.",
    ),
    T(
        "h17-en-used_car_bill_of_sale-02",
        "en",
        "used_car_bill_of_sale",
        "Summarise this marketplace chat and flag scam signs.",
        "<<per.b>>: is the [[product]] still available?\n<<per.s>>: yes, plate <<plate.v:tx>>. text me <<tel.s:us_dash>>\n"
        "<<per.b>>: can I pay by card? <<card.c:visa>>\n<<per.s>>: only wire, send to <<email.s@s>> and I ship it",
        "Scam signs: seller <<per.s>> refuses inspection and asks for a wire via <<email.s@s>>. <<per.b>> should not share card <<card.c:plain>>.",
        history=[("I'm buying a car from <<per.s:family>>, does this look ok?", "Paste the chat, please.")],
    ),
    # ---------------------------------------------------------------- stripe_webhook_payload
    T(
        "h17-en-stripe_webhook_payload-01",
        "en",
        "stripe_webhook_payload",
        "Explain this Stripe webhook and what to store.",
        '{"type": "customer.created", "api_version": "[[version]]", "data": {"object": {"name": "<<per.c>>", "email": "<<email.c@c>>", '
        '"phone": "<<tel.c:us_intl2>>", "address": "<<addr.a:line>>", "metadata": {"crm_card": "<<card.c:plain>>", "signup_ip": "<<ip.c>>"}}}}',
        "A customer <<per.c>> (<<email.c@c>>) was created. Do not store metadata.crm_card (<<card.c:spaced>>); keep the customer id only.",
    ),
    T(
        "h17-en-stripe_webhook_payload-02",
        "en",
        "stripe_webhook_payload",
        "Why did this charge fail? Read the log.",
        "[[timestamp]] stripe.webhook charge.failed cus=[[order_number]] email=<<email.c@c>> card=<<card.c:dashed>> "
        'ip=<<ip.c:v6>> name="<<per.c:upper>>" code=[[code_identifier|CardDeclinedError]]',
        "The bank declined <<per.c>>'s card <<card.c:plain>>; the request came from <<ip.c:v6>> and receipts go to <<email.c@c>>.",
    ),
    # ---------------------------------------------------------------- dingtalk_approval_flow
    T(
        "h17-en-dingtalk_approval_flow-01",
        "en",
        "dingtalk_approval_flow",
        "Translate this DingTalk expense approval into an English summary for the Singapore finance team.",
        "Approval: travel expense\nApplicant: <<per_cn.a>> (<<per_cn.a:pinyin>>)\nPRC ID: <<cnid.a>>\nMobile: <<tel.a:cn_intl>>\nWeChat: <<wx.a>>\n"
        "Payee card: <<card.a:unionpay>>\nApprover: <<per_cn.m:pinyin>> (approved)",
        "<<per_cn.a:pinyin>> (mobile <<tel.a:cn_plain>>) claims travel expenses to card <<card.a:plain>>; approved by <<per_cn.m:pinyin>>.",
    ),
    T(
        "h17-en-dingtalk_approval_flow-02",
        "en",
        "dingtalk_approval_flow",
        "Where is this approval stuck, according to the API response?",
        '{"instance": "[[order_number]]", "originator": {"name": "<<per_cn.a:pinyin_fl>>", "qq": "<<qq.a>>", "email": "<<email.a@a>>", '
        '"id_card": "<<cnid.a:x>>"}, "tasks": [{"approver": "<<per.b>>", "status": "RUNNING"}]}',
        "Stuck at <<per.b>> (RUNNING). Originator <<per_cn.a:pinyin_fl>> (QQ <<qq.a>>, <<email.a@a>>).",
        system="You are an integration assistant for [[organisation|Alibaba]] DingTalk; admin contact <<email.k>>. API version [[version]].",
    ),
    # ---------------------------------------------------------------- hostel_guest_register
    T(
        "h17-en-hostel_guest_register-01",
        "en",
        "hostel_guest_register",
        "Turn this hostel register page into the police guest report format.",
        "Bed 12A | <<per.g:upper>> | passport <<pass.g:us>> | DOB <<dob.g:eu>> | tel <<tel.g:us_intl>> | DL <<dl.g:wa>>\n"
        "Bed 12B | <<per.h>> | passport <<pass.h:uk>> | DOB <<dob.h:short_month>> | refund IBAN <<iban.h:IT>>",
        "Guest 1: <<per.g>>, passport <<pass.g>>, born <<dob.g:long_eu>>.\nGuest 2: <<per.h>>, passport <<pass.h>>, born <<dob.h:long_eu>>.",
        system="You are a hostel front-desk assistant in Lisbon; night manager <<per.n>> (<<tel.n:uk_intl>>). Tourist police [[service_number|112]].",
    ),
    T(
        "h17-en-hostel_guest_register-02",
        "en",
        "hostel_guest_register",
        "Check this Chinese guest's registration (<<per_cn.g:pinyin_fl>>) against the booking.",
        "Booking: <<per_cn.g:pinyin_fl>>, passport <<pass.g:cn_e>>, WeChat <<wx.g>>, QQ <<qq.g>>\nRegister: <<per_cn.g>>, "
        "ID <<cnid.g:spaced>>, passport <<pass.g>>, tel <<tel.g:cn_intl2>>",
        "Match: <<per_cn.g:pinyin_fl>> (<<per_cn.g>>), passport <<pass.g>>. Also gave PRC ID <<cnid.g>>.",
    ),
    # ---------------------------------------------------------------- cord_blood_bank_enrollment
    T(
        "h17-en-cord_blood_bank_enrollment-01",
        "en",
        "cord_blood_bank_enrollment",
        "Create a client record from this cord blood enrolment form.",
        "Mother: <<per.m>>  DOB <<dob.m:us>>  SSN <<ssn.m:dash>>\nFather: <<per.f>>  Phone <<tel.f:us_paren>>\nHospital MRN: <<mrn.m:digits>>\n"
        "Address: <<addr.h:full>>\nDue date: [[timestamp]]",
        "Client: <<per.m>> (DOB <<dob.m:iso>>, MRN <<mrn.m>>), partner <<per.f>> (<<tel.f:us_dash>>), <<addr.h:full>>.",
    ),
    T(
        "h17-en-cord_blood_bank_enrollment-02",
        "en",
        "cord_blood_bank_enrollment",
        "Write a call note from this transcript (caller <<per.m>>).",
        "Agent: am I speaking with <<per.m>>?\nCaller: yes. The storage fee for MRN <<mrn.m:alpha>> failed on card <<card.c:spaced>>.\n"
        "Agent: what's the best number?\nCaller: <<tel.m:uk_mobile>>",
        "Call note: <<per.m>> (MRN <<mrn.m>>) storage fee failed on <<card.c:plain>>; call back on <<tel.m:uk_intl>>.",
    ),
    # ---------------------------------------------------------------- chess_tournament_pairing
    T(
        "h17-en-chess_tournament_pairing-01",
        "en",
        "chess_tournament_pairing",
        "Post round 3 pairings to the club mailing list.",
        "Round 3 pairings (opening theme: the [[public_figure]] gambit)\nBd | White | FIDE ID | Black | FIDE ID\n1 | <<per.a>> | [[number|2016192]] | <<per.b>> | 1503014\n"
        "2 | <<per.c:last_first>> | 14109603 | <<per.d>> | 24601080\nTD: <<per.t>>, <<email.t@t>>",
        "Round 3: <<per.a>> v <<per.b>>; <<per.c>> v <<per.d>>. Questions to <<email.t@t>>.",
    ),
    T(
        "h17-en-chess_tournament_pairing-02",
        "en",
        "chess_tournament_pairing",
        "Is this junior entry eligible (born 2008 or later)?",
        "Name: <<per_cn.p:pinyin>>\nDOB: <<dob.p:iso>>\nPRC ID: <<cnid.p>>\nQQ: <<qq.p>>\nParent phone: <<tel.g:cn_intl>>\nProfile: <<url.p:github@p>>",
        "<<per_cn.p:pinyin>> was born <<dob.p:long>> (PRC ID <<cnid.p>>); eligibility follows from that date.",
    ),
    # ---------------------------------------------------------------- ski_pass_photo_id
    T(
        "h17-en-ski_pass_photo_id-01",
        "en",
        "ski_pass_photo_id",
        "Write a confirmation e-mail for this season pass purchase.",
        "Pass holder: <<per.h>>  DOB: <<dob.h:us_pad>>\nPhone: <<tel.h:us_dash>>\nCard: <<card.c:visa>>\nParking plate: <<plate.v>>\nPass: [[product|Epic Pass]]  Locker: [[common_word]]",
        "Hi <<per.h:given>>, your [[product|Epic Pass]] is active. Parking is registered to <<plate.v>>; charged to <<card.c:plain>>.",
    ),
    T(
        "h17-en-ski_pass_photo_id-02",
        "en",
        "ski_pass_photo_id",
        "Explain why this pass was flagged as shared.",
        "[[timestamp]] LIFT-7 pass=[[number|0x7A11C0DE]] holder=<<per.h:lower_dot>> photo=MISMATCH reader=<<mac.r:cisco>> host=<<ip.r:private>>\n"
        "[[timestamp]] LIFT-7 holder=<<per.h:lower_dot>> photo=MISMATCH\n[[timestamp]] ID shown: passport <<pass.h>>",
        "<<per.h>>'s pass failed the photo check twice at reader <<mac.r:colon>>; the passport shown (<<pass.h>>) was another person's.",
    ),
    # ---------------------------------------------------------------- pharmacy_refill_request
    T(
        "h17-en-pharmacy_refill_request-01",
        "en",
        "pharmacy_refill_request",
        "Create the delivery label for this refill request.",
        "Refill request\nPatient: <<per.p>>  DOB <<dob.p:long>>\nRx / chart no.: <<mrn.m:digits>>\nDrug: [[product|Lipitor]] 20 mg x90\n"
        "Deliver to: <<addr.a:full_unit>>\nShip via [[tracking_number]]\nPhone: <<tel.p:us_plain>>\nID on file: DL <<dl.p:ca>>",
        "DELIVER TO: <<per.p>>\n<<addr.a:full_unit>>\nTel <<tel.p:us_dash>>",
    ),
    T(
        "h17-en-pharmacy_refill_request-02",
        "en",
        "pharmacy_refill_request",
        "Can the pharmacist refill based on this chat?",
        "Customer: hi, refill for my dad <<per.d>>, DOB <<dob.d:us>>\nPharmacist: last 4 of the card on file?\n"
        "Customer: full card is <<card.c:dashed>>, ship to <<addr.a:line>>\nCustomer: my number <<tel.c:us_dot>>",
        "Yes, after verifying <<per.d>> (DOB <<dob.d:iso>>). Do not keep the full card <<card.c:plain>> in chat; ship to <<addr.a:line>>.",
    ),
    # ---------------------------------------------------------------- power_outage_callback
    T(
        "h17-en-power_outage_callback-01",
        "en",
        "power_outage_callback",
        "Write the ticket outcome from this IVR callback transcript.",
        "IVR: This is your utility calling back about the outage at <<addr.h:line>>.\nCustomer: yes, this is <<per.c>>.\n"
        "IVR: Please confirm the phone on your account [[number|7720-0913-44]]: <<tel.c:us_paren>>.\nCustomer: correct, and [[common_word|Will]] you send a text next time? Crew lead <<per.r>> fixed it.",
        "Outcome: power restored at <<addr.h:line>> for <<per.c>> (<<tel.c:us_dash>>) by crew lead <<per.r>>.",
        history=[("Outage callbacks, first one is <<per.c>>.", "Ready for the IVR callback transcript.")],
    ),
    T(
        "h17-en-power_outage_callback-02",
        "en",
        "power_outage_callback",
        "Which customers were affected according to this outage log?",
        "[[timestamp]] OUTAGE feeder=F-12 meter_mac=<<mac.a:colon>> cust=<<per.a>> tel=<<tel.a:us_plain>> svc=<<addr.a:line>>\n"
        "[[timestamp]] OUTAGE feeder=F-12 meter_mac=<<mac.b:dash>> cust=<<per.b>> tel=<<tel.b:uk_land>>\n[[timestamp]] RESTORE head_end=<<ip.h:private>>",
        "Affected: <<per.a>> (meter <<mac.a:dash>>, <<tel.a:us_dash>>) and <<per.b>> (meter <<mac.b:colon>>).",
        source="h17-oms/<<email.o>>",
    ),
]

TEMPLATES = ZH + EN
