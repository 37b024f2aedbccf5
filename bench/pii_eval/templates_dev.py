"""Development templates (the detector may be tuned on these). Never imported for the held-out part."""

from bench.pii_eval.contexts import T

# Patterns for source_id and annotator ids of templates that set none (drawn per record).
SOURCE_PATTERNS = {
    "zh": ["user-<<tel.src:cn_plain>>", "wx:<<wx.src>>", "crm/<<email.src>>", "kf_<<qq.src>>"],
    "en": ["user-<<tel.src:us_plain>>", "crm/<<email.src>>", "ticket-<<per.src:user>>", "acct:<<email.src>>"],
}
ANNOTATOR_PATTERNS = ["<<email.ANN>>", "<<email.ANN>>", "<<per.ANN:user>>"]

ZH = [
    # ---------------------------------------------------------------- support_chat
    T(
        "dev-zh-support_chat-01",
        "zh",
        "support_chat",
        "请将下面的客服对话总结为一条工单，包含客户姓名、联系电话和问题描述。",
        "客户：你好，我是<<per.c>>，上周在你们店买的[[product.x]]屏幕有坏点。\n"
        "客服：您好<<per.c:title>>，请提供下单手机号。\n"
        "客户：<<tel.p:cn_dash|cn_space|cn_plain>>，收货地址是<<addr.a>>。\n"
        "客服：好的，订单金额[[money]]，我们安排上门取件。",
        "工单：客户<<per.c>>（电话<<tel.p:cn_plain>>）反映所购[[product.x]]屏幕存在坏点，已安排到<<addr.a>>上门取件。",
        source="kf-<<tel.p:cn_plain>>",
    ),
    T(
        "dev-zh-support_chat-02",
        "zh",
        "support_chat",
        "根据聊天记录，判断客户的诉求属于哪一类（退款/换货/咨询），并说明理由。",
        "【在线客服】\n访客：我叫<<per.v>>，QQ是<<qq.q>>，昨天打你们热线[[service_number]]没人接。\n"
        "访客：我手机是<<tel.p:cn_fw>>，麻烦回个电话。\n客服：收到，已记录，稍后联系您。",
        "类别：咨询。<<per.v>>反映热线无人接听，留下了QQ <<qq.q>> 和手机 <<tel.p:cn_plain>>，希望回电，未提出退款或换货。",
    ),
    # ---------------------------------------------------------------- hr_form
    T(
        "dev-zh-hr_form-01",
        "zh",
        "hr_form",
        "把这份入职登记表转换成JSON，键名使用英文。",
        "入职登记表\n姓名：<<per.e>>\n性别：女\n出生日期：<<dob.b:cn|cn_pad>>\n身份证号：<<cnid.i>>\n手机：<<tel.p>>\n"
        "现住址：<<addr.h>>\n紧急联系人：<<per.k>>（配偶）\n紧急联系电话：<<tel.k:cn_dash>>\n"
        "工资卡（[[organisation|中国银行]]）：<<card.c:spaced>>",
        '{"name": "<<per.e>>", "gender": "female", "birth_date": "<<dob.b:iso>>", "id_number": "<<cnid.i>>", '
        '"mobile": "<<tel.p:cn_plain>>", "address": "<<addr.h>>", "emergency_contact": {"name": "<<per.k>>", '
        '"relation": "spouse", "phone": "<<tel.k:cn_plain>>"}, "salary_card": "<<card.c:plain>>"}',
    ),
    T(
        "dev-zh-hr_form-02",
        "zh",
        "hr_form",
        "检查下列员工信息变更申请中是否有字段填写不规范，逐条列出。",
        "员工信息变更申请\n员工：<<per.e>>　部门：研发部\n原身份证号（一代证）：<<cnid.o:old15>>\n新身份证号：<<cnid.n:x>>\n"
        "出生日期：<<dob.b:cn_numerals>>\n新联系方式：<<tel.p:cn_numerals>>\n考核得分：[[number|87.5]]\n变更原因：户籍迁移至<<addr.h>>",
        "1. 出生日期“<<dob.b:cn_numerals>>”使用了汉字数字，建议改为<<dob.b:iso>>；\n"
        "2. 联系方式“<<tel.p:cn_numerals>>”应写成阿拉伯数字<<tel.p:cn_plain>>；\n"
        "3. 新身份证号<<cnid.n:x>>末位为X，格式合规。",
    ),
    # ---------------------------------------------------------------- clinic_note
    T(
        "dev-zh-clinic_note-01",
        "zh",
        "clinic_note",
        "请把以下门诊病历改写成规范的病历摘要。",
        "门诊病历  病历号：<<mrn.m>>\n患者：<<per.p>>，男，出生日期 <<dob.b:cn>>\n"
        "主诉：胸闷三天。超声示[[common_word|左心室]]舒张功能减低。\n既往史：高血压。\n"
        "家属：妻子<<per.s>>，电话<<tel.s>>\n接诊：<<per.d:title>>",
        "患者<<per.p>>（病历号<<mrn.m>>），男，<<dob.b:cn>>出生，因胸闷三天就诊，超声提示[[common_word|左心室]]舒张功能减低，"
        "既往高血压史。紧急联系人：妻子<<per.s>>（<<tel.s>>）。",
    ),
    T(
        "dev-zh-clinic_note-02",
        "zh",
        "clinic_note",
        "从下面的出院小结中提取：住院号、患者姓名、身份证号、家庭住址。以表格输出。",
        "出院小结\n住院号 <<mrn.z:zy>>　床号 12\n姓名 <<per.p:spaced>>　性别 女　年龄 [[number|56]]岁\n"
        "身份证 <<cnid.i:spaced>>\n家庭住址 <<addr.h:comm|road_bld>>\n"
        "出院诊断：2型糖尿病。出院带药：二甲双胍 0.5g tid。随访请联系<<per.d:title>>。",
        "| 字段 | 内容 |\n|---|---|\n| 住院号 | <<mrn.z:zy>> |\n| 患者姓名 | <<per.p>> |\n| 身份证号 | <<cnid.i>> |\n"
        "| 家庭住址 | <<addr.h:comm|road_bld>> |",
    ),
    # ---------------------------------------------------------------- server_log
    T(
        "dev-zh-server_log-01",
        "zh",
        "server_log",
        "分析以下 Nginx 访问日志，指出可疑请求。",
        '<<ip.a>> - - [[[timestamp]]] "POST /api/v1/login HTTP/1.1" 401 532 "-" "Mozilla/5.0"\n'
        '<<ip.a>> - - [[[timestamp]]] "POST /api/v1/login HTTP/1.1" 401 532 "-" "Mozilla/5.0"\n'
        '<<ip.b>> - <<per.u:user>> [[[timestamp]]] "GET /user/profile?phone=<<tel.p:cn_plain>> HTTP/1.1" 200 1290',
        "可疑点：1）<<ip.a>> 短时间内多次登录失败（401），疑似暴力破解；2）<<ip.b>> 的请求把手机号<<tel.p:cn_plain>>明文放在 URL "
        "查询参数中，用户 <<per.u:user>> 的隐私存在泄露风险，建议改为 POST 并脱敏。",
    ),
    T(
        "dev-zh-server_log-02",
        "zh",
        "server_log",
        "这是一段应用报错日志，请解释报错原因并给出修复建议。",
        "[[timestamp]] ERROR [order-service] [[version]] 用户下单失败 user=<<email.e@u>> name=<<per.u>> idcard=<<cnid.i>> "
        'device_mac=<<mac.m>> client_ip=<<ip.c>>\nTraceback (most recent call last):\n  File "order.py", line 88, in submit\n'
        "KeyError: '[[code_identifier|address_line1]]'",
        "报错原因：提交订单时请求体缺少 [[code_identifier|address_line1]] 字段，触发 KeyError。另外日志中直接打印了 <<per.u>> 的邮箱 "
        "<<email.e@u>> 和身份证号 <<cnid.i>>，违反日志脱敏规范，应只记录用户ID。",
    ),
    # ---------------------------------------------------------------- config_file
    T(
        "dev-zh-config_file-01",
        "zh",
        "config_file",
        "下面的 YAML 配置里有哪些敏感信息不应该提交到代码仓库？",
        '# 通知服务配置 [[version]]\nsmtp:\n  host: smtp.exmail.qq.com\n  user: <<email.e@o>>\n  password: "Xk9#2vLq"\n'
        'alert:\n  oncall_name: <<per.o>>\n  oncall_phone: "<<tel.p:cn_intl>>"\n  backup_qq: <<qq.q>>\n'
        "server:\n  bind: <<ip.s:private>>\n  mac_whitelist: [<<mac.m>>]",
        "敏感信息包括：值班人<<per.o>>的姓名、手机号<<tel.p:cn_intl>>、QQ号<<qq.q>>、邮箱账号<<email.e@o>>及其密码、内网地址"
        "<<ip.s:private>>和设备MAC <<mac.m>>。建议改用环境变量或密钥管理服务。",
    ),
    T(
        "dev-zh-config_file-02",
        "zh",
        "config_file",
        "把这个 .env 文件转换成 docker-compose 的 environment 写法。",
        "APP_NAME=crm\nADMIN_NAME=<<per.a:user>>\nADMIN_EMAIL=<<email.e@a>>\nADMIN_MOBILE=<<tel.p:cn_plain>>\n"
        'SMS_TEST_NUMBER=<<tel.t:cn_plain>>\nDB_HOST=<<ip.d>>\nDEFAULT_SHIP_FROM="<<addr.w>>"\nPYTHON_VERSION=[[version.v]]',
        "environment:\n  - APP_NAME=crm\n  - ADMIN_NAME=<<per.a:user>>\n  - ADMIN_EMAIL=<<email.e@a>>\n  - ADMIN_MOBILE=<<tel.p:cn_plain>>\n"
        "  - SMS_TEST_NUMBER=<<tel.t:cn_plain>>\n  - DB_HOST=<<ip.d>>\n  - DEFAULT_SHIP_FROM=<<addr.w>>\n  - PYTHON_VERSION=[[version.v]]",
    ),
    # ---------------------------------------------------------------- sql
    T(
        "dev-zh-sql-01",
        "zh",
        "sql",
        "解释这条 SQL 的作用，并指出可能的问题。",
        "UPDATE customers SET [[code_identifier|phone_number]] = '<<tel.p:cn_plain>>', address = '<<addr.a>>' "
        "WHERE name = '<<per.c>>' AND id_card = '<<cnid.i>>';",
        "这条语句把姓名为<<per.c>>、身份证号为<<cnid.i>>的客户的电话改为<<tel.p:cn_plain>>、地址改为<<addr.a>>。问题：用姓名和身份证做条件而不是主键，"
        "且把个人信息硬编码在 SQL 中，容易出现在审计日志里。",
    ),
    T(
        "dev-zh-sql-02",
        "zh",
        "sql",
        "根据下面的 INSERT 语句写出对应的建表语句。",
        "INSERT INTO patients (name, birth, mobile, wechat, plate) VALUES\n"
        "('<<per.a>>', '<<dob.a:iso>>', '<<tel.a:cn_plain>>', '<<wx.a@a>>', '<<plate.a>>'),\n"
        "('<<per.b>>', '<<dob.b:iso>>', '<<tel.b:cn_plain>>', '<<wx.b@b>>', '<<plate.b>>');",
        "CREATE TABLE patients (\n  name VARCHAR(32),\n  birth DATE,\n  mobile CHAR(11),\n  wechat VARCHAR(64),\n  plate VARCHAR(16)\n);\n"
        "-- 示例数据中的<<per.a>>、<<per.b>>等为真实个人信息，入库前需脱敏。",
    ),
    # ---------------------------------------------------------------- csv_table
    T(
        "dev-zh-csv_table-01",
        "zh",
        "csv_table",
        "统计下面CSV中每个城市的会员人数。",
        "会员ID,姓名,手机,城市,生日\nM001,<<per.a>>,<<tel.a>>,北京,<<dob.a:slash_iso>>\nM002,<<per.b>>,<<tel.b>>,上海,<<dob.b:slash_iso>>\n"
        "M003,<<per.c>>,<<tel.c>>,北京,<<dob.c:slash_iso>>\nM004,[[common_word|顾客]]（未登记）,,深圳,",
        "北京：2人（<<per.a>>、<<per.c>>）；上海：1人（<<per.b>>）；深圳：1人（未登记[[common_word|顾客]]）。",
    ),
    T(
        "dev-zh-csv_table-02",
        "zh",
        "csv_table",
        "下面是出境团队名单（CSV），请找出护照有效期不足6个月的成员。今天是2024年6月1日。",
        "序号,姓名,拼音,性别,出生日期,证件类型,护照号,有效期至\n"
        "1,<<per.a>>,<<per.a:pinyin_fl>>,男,<<dob.a:iso>>,普通护照,<<pass.a>>,2024-09-30\n"
        "2,<<per.b>>,<<per.b:pinyin_fl>>,女,<<dob.b:iso>>,普通护照,<<pass.b>>,2031-03-12\n"
        "3,<<per.c>>,<<per.c:pinyin_fl>>,女,<<dob.c:iso>>,普通护照,<<pass.c>>,2025-01-05",
        "有效期不足6个月的只有1号<<per.a>>（护照<<pass.a>>，2024-09-30到期），需尽快换发。",
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "dev-zh-vcard-01",
        "zh",
        "vcard",
        "把这张电子名片整理成一句话的联系人介绍。",
        "BEGIN:VCARD\nVERSION:3.0\nFN:<<per.a>>\nN:<<per.a:family>>;<<per.a:given>>;;;\nORG:[[organisation.o]]\n"
        "TEL;TYPE=CELL:<<tel.p:cn_intl>>\nEMAIL:<<email.e@a>>\nADR;TYPE=HOME:;;<<addr.h:road_bld>>;;;;\nX-WECHAT:<<wx.w@a>>\nEND:VCARD",
        "<<per.a>>，就职于[[organisation.o]]，手机<<tel.p:cn_intl>>，邮箱<<email.e@a>>，微信<<wx.w@a>>，住在<<addr.h:road_bld>>。",
    ),
    T(
        "dev-zh-vcard-02",
        "zh",
        "vcard",
        "这两张名片是否属于同一个人？说明依据。",
        "名片A：\nFN:<<per.a>>\nTEL:<<tel.p:cn_dash>>\nEMAIL:<<email.e@a>>\n\n名片B：\nFN:<<per.a:pinyin>>\nTEL:<<tel.p:cn_0086>>\n"
        "NOTE:[[public_figure]]研究会会员",
        "很可能是同一个人：名片B的<<per.a:pinyin>>是<<per.a>>的拼音写法，两张名片的电话<<tel.p:cn_dash>>与<<tel.p:cn_0086>>去掉国际区号后完全一致。",
    ),
    # ---------------------------------------------------------------- shipping_label
    T(
        "dev-zh-shipping_label-01",
        "zh",
        "shipping_label",
        "识别这张快递面单的收件人和寄件人信息，输出JSON。",
        "【[[organisation|顺丰速运]]】运单号 [[tracking_number]]\n收：<<per.r>> <<tel.r:cn_space|cn_plain>>\n<<addr.r>>\n"
        "寄：<<per.s>> <<tel.s>>\n<<addr.s>>\n物品：[[product]]  保价 [[money]]",
        '{"receiver": {"name": "<<per.r>>", "phone": "<<tel.r:cn_plain>>", "address": "<<addr.r>>"}, '
        '"sender": {"name": "<<per.s>>", "phone": "<<tel.s>>", "address": "<<addr.s>>"}}',
    ),
    T(
        "dev-zh-shipping_label-02",
        "zh",
        "shipping_label",
        "这是一段从面单OCR出来的文字，请纠正明显的识别错误并重新排版。",
        "收件人<<per.r>>电话<<tel.r:cn_plain>>地址<<addr.r:comm|lane>>寄件人<<per.s:title>>电话<<tel.s:cn_land>>备注易碎[[product.x]]勿压",
        "收件人：<<per.r>>\n电话：<<tel.r:cn_dash>>\n地址：<<addr.r:comm|lane>>\n寄件人：<<per.s:title>>\n电话：<<tel.s:cn_land>>\n"
        "备注：易碎（[[product.x]]），勿压",
    ),
    # ---------------------------------------------------------------- email_signature
    T(
        "dev-zh-email_signature-01",
        "zh",
        "email_signature",
        "请为下面这封邮件写一个简短的回复，表示已收到。",
        "<<per.b:family>>总您好：\n附件是第三季度的报价单，请查收。\n\n——\n<<per.a>> | 销售经理\n[[organisation]]华东区\n"
        "手机：<<tel.p:cn_space>>\n座机：<<tel.l:cn_land>>\n邮箱：<<email.e@a>>\n地址：<<addr.o:tower|road>>",
        "<<per.a>>您好：\n报价单已收到，我们内部评估后会尽快回复您。\n祝好",
    ),
    T(
        "dev-zh-email_signature-02",
        "zh",
        "email_signature",
        "从邮件签名中提取联系方式，整理成通讯录条目。",
        "此致\n敬礼\n\n<<per.a>>\n<<per.a:pinyin>>\n高级工程师｜平台研发部\nM: +86 <<tel.p:cn_space>>\nE: <<email.e@a>>\n"
        "WeChat: <<wx.w@a>>\n个人主页：<<url.u@a>>\n本邮件仅供[[organisation]]内部使用。",
        "姓名：<<per.a>>（<<per.a:pinyin>>）\n职位：高级工程师，平台研发部\n手机：<<tel.p:cn_plain>>\n邮箱：<<email.e@a>>\n"
        "微信：<<wx.w@a>>\n主页：<<url.u@a>>",
    ),
    # ---------------------------------------------------------------- email_header
    T(
        "dev-zh-email_header-01",
        "zh",
        "email_header",
        "根据邮件头，说明这封邮件发给了谁、抄送了谁。",
        "发件人：<<per.a>> <<<email.a@a>>>\n收件人：<<per.b>> <<<email.b@b>>>\n抄送：<<per.c>>; <<email.d@d>>\n"
        "主题：关于[[product.x]]采购的审批\n日期：[[timestamp]]",
        "这封邮件由<<per.a>>发出，收件人是<<per.b>>，抄送给<<per.c>>以及<<email.d@d>>，内容是[[product.x]]采购审批。",
    ),
    T(
        "dev-zh-email_header-02",
        "zh",
        "email_header",
        "把这封通知改写得更正式一些。",
        "各位：\n明天下午的[[public_figure.f]]主题读书会改到3楼会议室。\n抄送：<<per.a>>、<<per.b>>、<<per.c:spaced>>\n"
        "密送：<<email.e>>\n联系人：<<per.d>> 分机 [[number|8021]]",
        "各位同事：\n原定于明日下午举行的“[[public_figure.f]]”主题读书会，地点调整至3楼会议室，请相互转告。\n如有疑问请联系<<per.d>>。",
    ),
    # ---------------------------------------------------------------- multi_turn_chat
    T(
        "dev-zh-multi_turn_chat-01",
        "zh",
        "multi_turn_chat",
        "<<per.o>>：师傅什么时候到？另外我想把紧急联系人改成我爱人<<per.s>>，电话<<tel.s:cn_dash>>。",
        "",
        "<<per.o:title>>您好，维修师傅<<per.w>>预计今天下午两点前到达<<addr.h:comm>>。紧急联系人已更新为<<per.s>>（<<tel.s:cn_dash>>）。",
        system="你是一名物业客服助手。",
        history=[
            ("业主<<per.o>>：我家<<addr.h:comm>>的水管漏水了。", "您好<<per.o:title>>，请留一个方便联系的电话。"),
            ("<<per.o>>：<<tel.p>>，白天打这个。", "好的，已为您登记维修，师傅<<per.w>>会联系您。"),
        ],
    ),
    T(
        "dev-zh-multi_turn_chat-02",
        "zh",
        "multi_turn_chat",
        "总结下面群聊里确定下来的事项。",
        "<<per.a>>：周六团建定在[[public_place.p]]，大家带好身份证。\n<<per.b>>：我的身份证号是<<cnid.b>>，帮忙订票吧。\n"
        "<<per.a>>：好的。<<per.c:given>>，你的也发我一下。\n<<per.c>>：<<cnid.c:fw>>\n<<per.b>>：订好后发我邮箱<<email.b@b>>。",
        "事项：1）周六团建地点为[[public_place.p]]；2）<<per.a>>负责订票，已收到<<per.b>>（<<cnid.b>>）和<<per.c>>（<<cnid.c>>）的身份证号；"
        "3）订票结果发送到<<email.b@b>>。",
    ),
    # ---------------------------------------------------------------- json_blob
    T(
        "dev-zh-json_blob-01",
        "zh",
        "json_blob",
        "校验下面的JSON是否符合用户资料的schema，缺什么字段？必填：name, mobile, id_card, address。",
        '{"user": {"name": "<<per.a>>", "mobile": "<<tel.p:cn_plain>>", "id_card": "<<cnid.i>>", "contact": {"qq": "<<qq.q>>", '
        '"email": "<<email.e@a>>"}}, "meta": {"version": "[[version]]", "ratio": [[number|3.14159]]}}',
        "缺少必填字段 address。其余字段 name=<<per.a>>、mobile=<<tel.p:cn_plain>>、id_card=<<cnid.i>> 均存在。",
    ),
    T(
        "dev-zh-json_blob-02",
        "zh",
        "json_blob",
        "把下面的JSON数据翻译成自然语言描述。",
        '{"order_id": "[[order_number.o]]", "buyer": "<<per.a>>", "buyer_phone": "+86<<tel.p:cn_plain>>", "ship_to": "<<addr.s>>", '
        '"items": [{"sku": "[[product.x]]", "qty": 1}], "pay": {"card": "<<card.c:plain>>", "amount": "[[money.m]]"}}',
        "订单[[order_number.o]]由<<per.a>>（手机<<tel.p:cn_plain>>）购买1件[[product.x]]，寄往<<addr.s>>，使用银行卡<<card.c:plain>>支付[[money.m]]。",
    ),
    # ---------------------------------------------------------------- code_string
    T(
        "dev-zh-code_string-01",
        "zh",
        "code_string",
        "给下面的 Python 代码加上中文注释。",
        'author = "<<per.a:user>>"\ncontact = "<<email.e@a>>"\n\ndef greet(name):\n    return f"你好，{name}"\n\n'
        'print(greet("<<per.b>>"))\nDEFAULT_PHONE = "<<tel.p:cn_plain>>"',
        '# 作者及联系邮箱\nauthor = "<<per.a:user>>"\ncontact = "<<email.e@a>>"\n\n# 返回问候语\ndef greet(name):\n    return f"你好，{name}"\n\n'
        '# 测试：向<<per.b>>问好\nprint(greet("<<per.b>>"))\n# 默认联系电话\nDEFAULT_PHONE = "<<tel.p:cn_plain>>"',
    ),
    T(
        "dev-zh-code_string-02",
        "zh",
        "code_string",
        "比较[[code_identifier|Python]]和[[code_identifier|Java]]在处理下面这段测试数据时的差异。",
        'String name = "<<per.a>>";\nString idCard = "<<cnid.i>>";\nString addr = "<<addr.h>>";\n# [[code_identifier|Python]]\nname = "<<per.a>>"',
        "[[code_identifier|Java]] 需要显式声明类型 String，而 [[code_identifier|Python]] 直接赋值；两者都会把“<<per.a>>”当作普通 Unicode 字符串处理，"
        "身份证号 <<cnid.i>> 都应以字符串保存，以免末位 X 或前导零丢失。",
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "dev-zh-markdown_table-01",
        "zh",
        "markdown_table",
        "把下面的表格转换成CSV。",
        "| 姓名 | 出生日期 | 手机 | 车牌 |\n|---|---|---|---|\n| <<per.a>> | <<dob.a:cn>> | <<tel.a>> | <<plate.a>> |\n"
        "| <<per.b>> | <<dob.b:cn>> | <<tel.b>> | <<plate.b>> |\n| <<per.c>> | <<dob.c:cn>> | <<tel.c>> | <<plate.c>> |",
        "姓名,出生日期,手机,车牌\n<<per.a>>,<<dob.a:cn>>,<<tel.a>>,<<plate.a>>\n<<per.b>>,<<dob.b:cn>>,<<tel.b>>,<<plate.b>>\n"
        "<<per.c>>,<<dob.c:cn>>,<<tel.c>>,<<plate.c>>",
    ),
    T(
        "dev-zh-markdown_table-02",
        "zh",
        "markdown_table",
        "下表有一个[[common_word|单元格]]是空的，请指出是哪一行，并说明最后一列是什么证件。",
        "| 序号 | 旅客 | 国籍 | 航班 | 座位 | 证件号码 |\n|---|---|---|---|---|---|\n| 1 | <<per.a>> | 中国 | CA981 | 32A | <<pass.a>> |\n"
        "| 2 | <<per.b>> |  | CA981 | 32B | <<pass.b>> |\n| 3 | <<per_en.c>> | 美国 | CA981 | 32C | <<pass.c:us>> |",
        "第2行（<<per.b>>）的国籍为空。最后一列是护照号码，例如<<pass.a>>。",
    ),
    # ---------------------------------------------------------------- court_document
    T(
        "dev-zh-court_document-01",
        "zh",
        "court_document",
        "请对以下判决书片段进行要素抽取：原告、被告、诉讼请求。",
        "原告：<<per.a>>，女，<<dob.a:cn>>出生，汉族，住<<addr.a>>，公民身份号码<<cnid.a>>。\n被告：<<per.b>>，男，<<dob.b:cn>>出生，住<<addr.b>>。\n"
        "委托诉讼代理人：<<per.c>>，[[organisation]]律师。\n原告向本院提出诉讼请求：判令被告返还借款[[money.m]]。",
        "原告：<<per.a>>\n被告：<<per.b>>\n诉讼请求：判令被告返还借款[[money.m]]",
    ),
    T(
        "dev-zh-court_document-02",
        "zh",
        "court_document",
        "概括本案基本事实，不超过100字。",
        "经审理查明：2023年7月，被告人<<per.b>>驾驶<<plate.p>>号小型轿车，在<<addr.x:road>>附近与被害人<<per.v>>驾驶的电动车相撞。"
        "事后被告人通过其名下银行卡<<card.c>>向被害人转账[[money]]。被害人联系电话<<tel.v>>。",
        "被告人<<per.b>>驾驶<<plate.p>>在<<addr.x:road>>附近与<<per.v>>的电动车相撞，事后用银行卡<<card.c>>向被害人转账赔偿。",
    ),
    # ---------------------------------------------------------------- car_service
    T(
        "dev-zh-car_service-01",
        "zh",
        "car_service",
        "根据维修单生成给车主的短信通知。",
        "维修工单\n车主：<<per.o>>\n车牌：<<plate.p>>\n车型：[[product|比亚迪汉]]\n联系电话：<<tel.p>>\n驾驶证号：<<dl.d>>\n"
        "维修项目：更换刹车片、四轮定位\n预计费用：[[money]]",
        "<<per.o:title>>您好，您的爱车<<plate.p>>（[[product|比亚迪汉]]）已完成刹车片更换和四轮定位，请凭驾驶证到店提车。",
    ),
    T(
        "dev-zh-car_service-02",
        "zh",
        "car_service",
        "判断这条保养记录里哪些字段可以公开展示在二手车报告中。",
        "保养记录｜[[timestamp]]\n车主 <<per.o>>（手机 <<tel.p:cn_dash>>）\n车牌 <<plate.p>>\n里程 56321 公里\n项目：机油、机滤、空调滤芯\n"
        "送修人：<<per.s>>（车主配偶）\n车主地址：<<addr.h>>",
        "可以公开：保养日期、里程、保养项目。不能公开：车主<<per.o>>及送修人<<per.s>>的姓名、手机<<tel.p:cn_dash>>、车牌<<plate.p>>和地址<<addr.h>>。",
    ),
    # ---------------------------------------------------------------- appointment
    T(
        "dev-zh-appointment-01",
        "zh",
        "appointment",
        "把预约信息整理成确认短信。",
        "预约人：<<per.a>>\n预约项目：口腔检查\n预约时间：[[timestamp]]\n预约电话：<<tel.p:cn_space>>\n身份证：<<cnid.i>>\n就诊卡号：<<mrn.m>>",
        "【预约成功】<<per.a>>您好，您已成功预约口腔检查，请携带身份证（<<cnid.i>>）和就诊卡<<mrn.m>>按时到院。如需改约请回复本短信。",
    ),
    T(
        "dev-zh-appointment-02",
        "zh",
        "appointment",
        "下面的预约单里，预约人和就诊人是否为同一人？",
        "预约人 <<per.a>> 手机<<tel.a:cn_plain>>\n就诊人 <<per.b>>（儿子）出生日期 <<dob.b:cn>>\n科室 儿科　医生 <<per.d:title>>\n"
        "备注：[[common_word|明天]]上午可到",
        "不是同一人。预约人是<<per.a>>（<<tel.a:cn_plain>>），就诊人是其儿子<<per.b>>，出生于<<dob.b:cn>>。",
    ),
    # ---------------------------------------------------------------- emergency_contact
    T(
        "dev-zh-emergency_contact-01",
        "zh",
        "emergency_contact",
        "为这份住院登记表生成一段交接班摘要。",
        "患者：<<per.p>>　床号：[[number|17]]\n紧急联系人1：<<per.s>>（配偶）<<tel.s>>\n紧急联系人2：<<per.c>>（女儿）<<tel.c:cn_intl2>>\n"
        "家属住址：<<addr.h>>\n过敏史：无",
        "<<per.p>>，无过敏史。如有紧急情况先联系配偶<<per.s>>（<<tel.s>>），其次女儿<<per.c>>（<<tel.c:cn_intl2>>）。",
    ),
    T(
        "dev-zh-emergency_contact-02",
        "zh",
        "emergency_contact",
        "帮我核对紧急联系人信息是否完整。",
        "学生：<<per.s>>\n监护人：<<per.g>>（父亲）\n监护人电话：<<tel.g:cn_numerals>>\n备用联系人：<<per.m>>（母亲），微信<<wx.m@m>>\n家庭住址：<<addr.h>>",
        "信息基本完整，但父亲<<per.g>>的电话写成了汉字数字“<<tel.g:cn_numerals>>”，建议改为<<tel.g:cn_plain>>；母亲<<per.m>>只留了微信<<wx.m@m>>，缺少手机号。",
    ),
    # ---------------------------------------------------------------- bank_form
    T(
        "dev-zh-bank_form-01",
        "zh",
        "bank_form",
        "根据下面的汇款申请，检查收款人信息是否齐全。",
        "境外汇款申请书\n汇款人：<<per.a>>　证件号：<<cnid.a>>\n汇款人账号：<<card.a:spaced>>\n收款人：<<per_en.b>>\n"
        "收款人地址：<<addr_uk.b>>\n收款银行账号（IBAN）：<<iban.b>>\n金额：EUR [[number|12,500.00]]\n用途：留学学费",
        "收款人<<per_en.b>>的IBAN <<iban.b>>和地址已填写，但缺少收款行SWIFT代码。汇款人<<per.a>>信息齐全。",
    ),
    T(
        "dev-zh-bank_form-02",
        "zh",
        "bank_form",
        "这份信用卡申请中，哪些信息属于敏感个人信息？",
        "信用卡申请表\n申请人：<<per.a>>\n出生日期：<<dob.a:cn_pad>>\n身份证号码：<<cnid.a>>\n单位：[[organisation]]\n单位地址：<<addr.w:tower>>\n"
        "住宅地址：<<addr.h>>\n手机：<<tel.p>>\n还款账户：<<card.r>>\n推荐人：<<per.r>>",
        "敏感个人信息包括：<<per.a>>的身份证号码<<cnid.a>>、出生日期<<dob.a:cn_pad>>、住宅地址<<addr.h>>、手机<<tel.p>>及还款账户<<card.r>>；"
        "推荐人<<per.r>>的姓名属于一般个人信息。",
    ),
    # ---------------------------------------------------------------- travel_booking
    T(
        "dev-zh-travel_booking-01",
        "zh",
        "travel_booking",
        "根据订单生成行程单。",
        "机票订单 [[order_number]]\n乘机人：<<per.a>>（<<per.a:pinyin_fl>>）\n证件：护照 <<pass.a>>\n出生日期：<<dob.a:iso>>\n"
        "航班：MU5101 上海虹桥-北京首都 [[timestamp]]\n联系人手机：<<tel.p>>\n联系人邮箱：<<email.e@a>>",
        "行程单\n旅客：<<per.a:pinyin_fl>>\n证件号：<<pass.a>>\n航班：MU5101 上海虹桥—北京首都\n如有变更将发送至<<email.e@a>>。",
    ),
    T(
        "dev-zh-travel_booking-02",
        "zh",
        "travel_booking",
        "酒店前台需要为下面的客人办理入住，请列出还需要客人补充的材料。",
        "预订人：<<per.a>>，手机<<tel.a:cn_dash>>\n同住人：<<per.b>>，身份证<<cnid.b>>\n停车：车牌<<plate.p>>\n入住：[[timestamp]]，两晚，房费[[money]]\n"
        "备注：客人是[[public_figure]]的忠实读者，希望安排安静房间",
        "还需要预订人<<per.a>>出示有效身份证件原件；同住人<<per.b>>的身份证号<<cnid.b>>已登记，需现场核验；车牌<<plate.p>>已登记停车。",
    ),
    # ---------------------------------------------------------------- resume
    T(
        "dev-zh-resume-01",
        "zh",
        "resume",
        "根据简历写一段100字以内的候选人概述。",
        "个人简历\n姓名：<<per.a>>\n性别：男　出生年月：<<dob.a:cn>>\n电话：<<tel.p>>　邮箱：<<email.e@a>>\n现居：<<addr.h:comm|road>>\n"
        "GitHub：<<url.g:github@a>>\n工作经历：2019至今 [[organisation.o]] 后端开发，熟悉[[code_identifier|Java]]与[[code_identifier|Go]]。",
        "<<per.a>>，后端开发工程师，2019年起在[[organisation.o]]工作，熟悉Java与Go，可通过<<tel.p>>或<<email.e@a>>联系。",
    ),
    T(
        "dev-zh-resume-02",
        "zh",
        "resume",
        "把这段简历信息改写成英文。",
        "<<per.a>>，<<dob.a:cn>>生，毕业于[[organisation|北京大学]]计算机系。联系方式：<<tel.p:cn_plain>>，微信同号。个人主页 <<url.u@a>>。",
        "<<per.a:pinyin>>, born on <<dob.a:iso>>, graduated from the Department of Computer Science at [[organisation|Peking University]]. "
        "Phone (also WeChat): <<tel.p:cn_intl>>. Homepage: <<url.u@a>>.",
    ),
    # ---------------------------------------------------------------- social_profile
    T(
        "dev-zh-social_profile-01",
        "zh",
        "social_profile",
        "为这个社交账号资料写一段简介。",
        "昵称：[[common_word|白云]]深处\n真实姓名：<<per.a>>\n微博：<<url.w:weibo>>\nB站：<<url.b:bilibili>>\nQQ：<<qq.q>>\n微信：<<wx.w@a>>\n所在地：杭州",
        "这是<<per.a>>的个人资料，常用微博（<<url.w:weibo>>）和B站（<<url.b:bilibili>>），可通过QQ <<qq.q>> 或微信 <<wx.w@a>> 联系。",
    ),
    T(
        "dev-zh-social_profile-02",
        "zh",
        "social_profile",
        "判断下面的帖子是否泄露了发帖人的个人隐私。",
        "【求助】我是<<per.a>>，刚搬到<<addr.h>>，想找附近的[[public_figure]]读书会。加我QQ<<qq.q>>或者打<<tel.p:cn_space>>，"
        "知乎主页<<url.z:zhihu@a>>也能私信。",
        "泄露了。帖子公开了真实姓名<<per.a>>、详细住址<<addr.h>>、QQ号<<qq.q>>、手机号<<tel.p:cn_space>>和知乎主页，建议删除或隐去。",
    ),
    # ---------------------------------------------------------------- network_inventory
    T(
        "dev-zh-network_inventory-01",
        "zh",
        "network_inventory",
        "把下面的设备台账整理成按部门分组的列表。",
        "设备台账\n- 财务部 | 使用人 <<per.a>> | IP <<ip.a:private>> | MAC <<mac.a>>\n- 研发部 | 使用人 <<per.b>> | IP <<ip.b:private>> | MAC <<mac.b>>\n"
        "- 财务部 | 使用人 <<per.c>> | IP <<ip.c:private>> | MAC <<mac.c>> | 系统版本 [[version]]",
        "财务部：<<per.a>>（<<ip.a:private>>，<<mac.a>>）、<<per.c>>（<<ip.c:private>>，<<mac.c>>）\n研发部：<<per.b>>（<<ip.b:private>>，<<mac.b>>）",
    ),
    T(
        "dev-zh-network_inventory-02",
        "zh",
        "network_inventory",
        "解释以下 DHCP 租约信息中各字段的含义。",
        'lease <<ip.l:private>> {\n  starts 3 [[timestamp]];\n  hardware ethernet <<mac.m:colon_lower>>;\n  client-hostname "<<per.u:user>>-laptop";\n}',
        "lease 后面的 <<ip.l:private>> 是分配出去的IP；hardware ethernet 是客户端网卡MAC <<mac.m:colon_lower>>；client-hostname "
        "“<<per.u:user>>-laptop”是主机名，通常包含使用人的名字。",
    ),
    # ---------------------------------------------------------------- insurance_claim
    T(
        "dev-zh-insurance_claim-01",
        "zh",
        "insurance_claim",
        "审核这份理赔申请，列出需要补充的材料。",
        "理赔申请\n被保险人：<<per.a>>　身份证：<<cnid.a>>\n出险时间：[[timestamp]]\n出险地点：<<addr.x>>\n"
        "就诊医院：[[organisation|协和医院]]　病历号：<<mrn.m>>\n收款账户：<<card.c>>（户名 <<per.a>>）\n联系电话：<<tel.p>>",
        "需要补充：1）<<per.a>>的门诊病历（病历号<<mrn.m>>）复印件；2）费用清单原件；3）收款账户<<card.c>>的银行卡正反面照片。",
    ),
    T(
        "dev-zh-insurance_claim-02",
        "zh",
        "insurance_claim",
        "根据报案记录，判断驾驶人与车主是否一致，并说明可能的影响。",
        "车险报案\n报案人：<<per.r>>　电话：<<tel.r>>\n车主：<<per.o>>\n驾驶人：<<per.d>>　驾驶证：<<dl.d>>\n车牌：<<plate.p>>　车型：[[product]]\n"
        "事故经过：倒车时碰到小区门口的[[common_word|石头]]",
        "驾驶人<<per.d>>与车主<<per.o>>不一致。需核实<<per.d>>的驾驶证<<dl.d>>是否有效、是否为被保险人允许的驾驶人，否则可能影响<<plate.p>>的理赔。",
    ),
    # ---------------------------------------------------------------- incident_report
    T(
        "dev-zh-incident_report-01",
        "zh",
        "incident_report",
        "把这份接警记录改写成简洁的事件摘要。",
        "接警记录\n报警人：<<per.r>>，手机<<tel.r:cn_space>>\n报警内容：在<<addr.x:road>>门口被人抢走手机（[[product.x]]），嫌疑人驾驶<<plate.p>>摩托车逃离。\n"
        "报警人住址：<<addr.h>>\n出警民警：<<per.o>>",
        "<<per.r>>在<<addr.x:road>>门口被抢走一部[[product.x]]，嫌疑人驾驶<<plate.p>>摩托车逃离，民警<<per.o>>已出警。",
    ),
    T(
        "dev-zh-incident_report-02",
        "zh",
        "incident_report",
        "根据这条安全事件记录，写一段对外通报的草稿，注意不要包含个人信息。",
        "事件编号 SEC-[[number|2048]]\n[[timestamp]] 发现 <<ip.a>> 批量下载用户信息，涉及样本：<<per.x>>/<<tel.x:cn_plain>>/<<cnid.x>>，"
        "<<per.y>>/<<tel.y:cn_plain>>。\n处置人：<<per.h>>（<<email.h@h>>）",
        "我们近期发现有外部地址异常批量访问用户数据，已第一时间封禁并开展排查，部分用户的姓名、手机号等信息可能受到影响。",
    ),
    # ---------------------------------------------------------------- lease_contract
    T(
        "dev-zh-lease_contract-01",
        "zh",
        "lease_contract",
        "从租房合同中提取：出租方、承租方、房屋地址、月租金。",
        "房屋租赁合同\n出租方（甲方）：<<per.a>>，身份证号：<<cnid.a>>，电话：<<tel.a>>\n承租方（乙方）：<<per.b>>，身份证号：<<cnid.b>>，电话：<<tel.b>>\n"
        "甲方将位于<<addr.h:comm|road_bld|yuan>>的房屋出租给乙方，月租金[[money.m]]，押一付三。\n甲方收款账户：<<card.a>>",
        "出租方：<<per.a>>\n承租方：<<per.b>>\n房屋地址：<<addr.h:comm|road_bld|yuan>>\n月租金：[[money.m]]",
    ),
    T(
        "dev-zh-lease_contract-02",
        "zh",
        "lease_contract",
        "用通俗的话解释这份补充协议的第2条。",
        "补充协议\n1. 乙方<<per.b>>于[[timestamp]]前搬离<<addr.h>>。\n2. 若乙方逾期未搬离，每日支付违约金[[money]]，甲方<<per.a>>有权从押金中扣除。\n"
        "3. 中介经办人：<<per.m>>，联系电话<<tel.m:cn_land>>。",
        "第2条的意思是：如果<<per.b>>到期还没从<<addr.h>>搬走，每晚一天都要付一笔违约金，房东<<per.a>>可以直接从押金里扣。",
    ),
    # ---------------------------------------------------------------- school_record
    T(
        "dev-zh-school_record-01",
        "zh",
        "school_record",
        "根据学籍信息生成一份家长会通知的收件人名单。",
        "学生学籍卡\n学生：<<per.s>>　性别：女　出生日期：<<dob.s:cn>>\n身份证件号：<<cnid.s>>\n父亲：<<per.f>>　电话：<<tel.f>>\n"
        "母亲：<<per.m>>　电话：<<tel.m>>\n家庭住址：<<addr.h>>",
        "家长会通知收件人：\n1. <<per.f>>（父亲）<<tel.f>>\n2. <<per.m>>（母亲）<<tel.m>>",
    ),
    T(
        "dev-zh-school_record-02",
        "zh",
        "school_record",
        "统计下面成绩单中作文得分高于45分的学生。",
        "作文题目：我眼中的[[public_figure]]\n姓名,作文得分,家长手机\n<<per.a>>,48,<<tel.a:cn_plain>>\n<<per.b>>,42,<<tel.b:cn_plain>>\n"
        "<<per.c>>,50,<<tel.c:cn_plain>>",
        "作文得分高于45分的学生：<<per.a>>（48分）、<<per.c>>（50分）。",
    ),
    # ---------------------------------------------------------------- delivery_order
    T(
        "dev-zh-delivery_order-01",
        "zh",
        "delivery_order",
        "外卖骑手看到的订单信息应该隐藏哪些内容？请改写成骑手可见版本。",
        "订单号 [[order_number]]\n收货人：<<per.c>>\n电话：<<tel.c>>\n地址：<<addr.c:comm|yuan|tower>>\n商品：[[product]]×1，合计[[money]]\n"
        "支付卡号：<<card.c>>",
        "收货人：<<per.c:title>>\n电话：平台虚拟号\n地址：<<addr.c:comm|yuan|tower>>\n（隐藏完整姓名、真实手机号和支付卡号）",
    ),
    T(
        "dev-zh-delivery_order-02",
        "zh",
        "delivery_order",
        "根据以下退货申请回复买家。",
        "买家<<per.b>>申请退货，退回快递单号[[tracking_number.t]]，联系<<tel.b:cn_plain>>，退款请打到<<card.c:spaced>>，不要退到原支付账户。",
        "<<per.b:title>>您好，已收到您的退货申请（快递单号[[tracking_number.t]]）。根据平台规则，退款只能原路退回，无法转入<<card.c:spaced>>，敬请谅解。",
    ),
    # ---------------------------------------------------------------- meeting_notes
    T(
        "dev-zh-meeting_notes-01",
        "zh",
        "meeting_notes",
        "整理会议纪要，列出行动项及负责人。",
        "项目周会纪要 [[timestamp]]\n参会：<<per.a>>、<<per.b>>、<<per.c>>、<<per_en.d>>\n1. <<per.a>>负责对接[[organisation.o]]，下周三前给出报价。\n"
        "2. <<per.c:given>>跟进[[product.x]]的测试问题，有问题打他手机<<tel.c>>。\n3. 外部顾问<<per_en.d>>的邮箱<<email.d@d>>加入项目群。",
        "行动项：\n- <<per.a>>：对接[[organisation.o]]，下周三前报价\n- <<per.c>>：跟进[[product.x]]测试问题\n- <<per.b>>：把<<per_en.d>>（<<email.d@d>>）拉进项目群",
    ),
    T(
        "dev-zh-meeting_notes-02",
        "zh",
        "meeting_notes",
        "提炼访谈记录中的三个关键观点。",
        "访谈对象：<<per.a>>（用户，住<<addr.h:short|road>>）\n访谈人：<<per.b>>\n<<per.a>>：我主要用[[product.x]]记账，觉得[[common_word|单元格]]太小。\n"
        "<<per.b>>：还有别的吗？\n<<per.a>>：希望能导出给我会计<<per.c>>，她邮箱是<<email.c@c>>。",
        "1）用户主要用[[product.x]]记账；2）认为表格格子太小；3）希望支持导出报表并发送给会计<<per.c>>。",
    ),
    # ---------------------------------------------------------------- translation_task
    T(
        "dev-zh-translation_task-01",
        "zh",
        "translation_task",
        "将以下英文邮件翻译成中文。",
        "Dear <<per_en.a>>,\nYour package to <<addr_us.h>> was delayed. Please call <<tel.p:us_paren>> or reply to <<email.e@a>>. "
        "Tracking: [[tracking_number.t]].\nBest,\n<<per_en.b>>",
        "亲爱的<<per_en.a>>：\n您寄往<<addr_us.h>>的包裹延误了。请致电<<tel.p:us_paren>>或回复<<email.e@a>>。运单号：[[tracking_number.t]]。\n此致\n<<per_en.b>>",
    ),
    T(
        "dev-zh-translation_task-02",
        "zh",
        "translation_task",
        "把下面这段话翻译成英文。",
        "我叫<<per.a>>，在美国工作期间的社会安全号是<<ssn.s>>，驾照号<<dl.d:ca>>，现在住在<<addr_us.h>>。",
        "My name is <<per.a:pinyin>>. My Social Security number while working in the US was <<ssn.s>>, my driver's license number is "
        "<<dl.d:ca>>, and I now live at <<addr_us.h>>.",
    ),
    # ---------------------------------------------------------------- forum_post
    T(
        "dev-zh-forum_post-01",
        "zh",
        "forum_post",
        "给这条论坛帖子拟一个标题。",
        "楼主：<<per.a:user>>\n最近读了[[public_figure]]的诗，想找同好一起线下交流。地点在<<addr.h:road>>附近的咖啡馆，有兴趣的加微信<<wx.w>>或者QQ<<qq.q>>，"
        "电话也行：<<tel.p:cn_dash>>。",
        "同城诗歌爱好者线下交流招募",
    ),
    T(
        "dev-zh-forum_post-02",
        "zh",
        "forum_post",
        "这是一条二手车转让帖，请提取车辆信息和卖家联系方式。",
        "转让自用[[product|特斯拉Model 3]]，2021年上牌，车牌<<plate.p>>，可过户。车主<<per.o>>，看车地址<<addr.x>>，电话<<tel.p:cn_0086|cn_intl>>（非诚勿扰）。",
        "车辆：[[product|特斯拉Model 3]]，2021年上牌，车牌<<plate.p>>。卖家：<<per.o>>，电话<<tel.p:cn_plain>>，看车地址<<addr.x>>。",
        annotators=["<<email.ANN>>", "ann_03"],
    ),
    T(
        "dev-zh-multi_turn_chat-03",
        "zh",
        "multi_turn_chat",
        "<<per.u:title>>：帮我查一下上次寄到<<addr.h>>的那本书到了没有？",
        "",
        "查询到您购买的《[[public_figure]]传》（ISBN [[isbn.b]]）已于昨天签收，签收人为<<per.u>>，签收手机<<tel.p:cn_plain>>。",
        system="你是网上书店的客服助手。当前登录用户：<<per.u>>，手机<<tel.p>>，常用地址<<addr.h>>，会员号[[number|1024]]。",
        history=[
            ("在吗", "您好<<per.u:title>>，请问有什么可以帮您？"),
            ("我想看看最近的订单", "您最近一笔订单是一本图书（ISBN [[isbn.b]]），收件人<<per.u>>。"),
        ],
    ),
    T(
        "dev-zh-forum_post-03",
        "zh",
        "forum_post",
        "整理这条二手书转让帖的要点。",
        "出闲置教材：《数据结构》ISBN [[isbn]]，《算法导论》ISBN [[isbn]]，九成新。自提地址<<addr.h:comm|short>>，联系<<per.a:title>>，"
        "微信<<wx.w@a>>，手机<<tel.p>>。不议价，价格[[money]]。",
        "转让两本教材（九成新），自提，联系<<per.a:title>>：微信<<wx.w@a>>或手机<<tel.p>>。",
    ),
]

EN = [
    # ---------------------------------------------------------------- support_chat
    T(
        "dev-en-support_chat-01",
        "en",
        "support_chat",
        "Summarize this support chat in two sentences for the ticket log.",
        "Agent (<<per.g>>): Thanks for contacting [[organisation.o]] support. Can I have your name and the phone on the account?\n"
        "Customer: <<per.c>>, and it's <<tel.p:us_plain|us_dash>>.\n"
        "Agent (<<per.g>>): Thanks, <<per.c:given>>. I see your [[product.x]] was shipped to <<addr.a:line_unit|full>>.\n"
        "Customer: Right, but the box was empty.",
        "<<per.c>> (phone <<tel.p:us_dash>>) reported that the [[product.x]] delivered to <<addr.a:line_unit|full>> arrived as an empty box. "
        "Agent <<per.g>> opened an investigation.",
        source="user-<<tel.p:us_plain>>",
    ),
    T(
        "dev-en-support_chat-02",
        "en",
        "support_chat",
        "Classify the customer's intent (refund, exchange, complaint, question) and draft a reply.",
        "From live chat, [[timestamp]]:\nvisitor_4471: hi my name is <<per.v:lower_full>>, order [[order_number]] never arrived at <<addr_uk.h>>. "
        "you can reach me on <<tel.p:uk_mobile|uk_intl>> or <<email.e@v>>",
        "Intent: complaint (non-delivery).\nReply: Hi <<per.v:given>>, I'm sorry your order hasn't reached <<addr_uk.h>>. "
        "I've opened a trace and will email you at <<email.e@v>> within 24 hours.",
    ),
    # ---------------------------------------------------------------- hr_form
    T(
        "dev-en-hr_form-01",
        "en",
        "hr_form",
        "Convert this new-hire form into a JSON object.",
        "NEW HIRE INFORMATION\nLegal name: <<per.e:last_first>>\nPreferred name: <<per.e:given>>\nDOB: <<dob.b:us_pad>>\nSSN: <<ssn.s>>\n"
        "Home address: <<addr_us.h:full|full_unit|numbered>>\nPersonal cell: <<tel.p>>\nEmergency contact: <<per.k>> (spouse), <<tel.k>>\n"
        "Direct deposit card: <<card.c>>",
        '{"legal_name": "<<per.e>>", "dob": "<<dob.b:iso>>", "ssn": "<<ssn.s:dash>>", "home_address": "<<addr_us.h:full|full_unit|numbered>>", '
        '"cell": "<<tel.p>>", "emergency_contact": {"name": "<<per.k>>", "relation": "spouse", "phone": "<<tel.k>>"}, '
        '"deposit_card": "<<card.c:plain>>"}',
    ),
    T(
        "dev-en-hr_form-02",
        "en",
        "hr_form",
        "Identify any fields in this HR change request that are formatted inconsistently.",
        "Employee: <<per.e>>\nManager: <<per.m:lower_full>>\nSSN <<ssn.s:plain>>\nNew address: <<addr.h>>\nNew phone: <<tel.p:us_dot|us_intl2>>\n"
        "Effective: [[timestamp]]\nNote: relocating closer to [[public_place]]",
        "Inconsistencies: the manager's name '<<per.m:lower_full>>' is lower-case (should be '<<per.m>>'); the SSN <<ssn.s:plain>> has no dashes "
        "(<<ssn.s:dash>>); the phone number uses a different separator style from the rest of the HR system.",
    ),
    # ---------------------------------------------------------------- clinic_note
    T(
        "dev-en-clinic_note-01",
        "en",
        "clinic_note",
        "Rewrite this clinic note as a concise SOAP summary.",
        "Pt: <<per.p>>  DOB <<dob.b:us>>  MRN <<mrn.m>>\nS: c/o chest tightness x3 days.\nO: BP 148/92. Echo: [[common_word|left ventricle]] mildly dilated.\n"
        "A/P: r/o ACS. Spouse <<per.s>> at bedside, cell <<tel.s>>.\nSeen by Dr. <<per.d:family>>.",
        "S: <<per.p>> (MRN <<mrn.m>>) reports 3 days of chest tightness.\nO: BP 148/92; echo shows a mildly dilated left ventricle.\n"
        "A/P: rule out ACS. Spouse <<per.s>> (<<tel.s>>) present.",
    ),
    T(
        "dev-en-clinic_note-02",
        "en",
        "clinic_note",
        "Extract the patient's identifiers and next of kin into a table.",
        "DISCHARGE SUMMARY\nPatient name: <<per.p>>\nAccount/MRN: <<mrn.m:alpha|mrn>>\nDate of birth: <<dob.b:long>>\nAddress: <<addr.h>>\n"
        "Next of kin: <<per.k>> (daughter) - <<tel.k>>\nDischarge meds: metformin 500 mg BID. Follow-up with [[organisation|Mayo Clinic]] cardiology.",
        "| Field | Value |\n|---|---|\n| Patient | <<per.p>> |\n| MRN | <<mrn.m:alpha|mrn>> |\n| DOB | <<dob.b:long>> |\n| Address | <<addr.h>> |\n"
        "| Next of kin | <<per.k>> (<<tel.k>>) |",
    ),
    # ---------------------------------------------------------------- server_log
    T(
        "dev-en-server_log-01",
        "en",
        "server_log",
        "Which of these auth log lines indicate a brute-force attempt?",
        "[[timestamp]] sshd[2213]: Failed password for <<per.u:user>> from <<ip.a>> port 52144 ssh2\n"
        "[[timestamp]] sshd[2213]: Failed password for <<per.u:user>> from <<ip.a>> port 52150 ssh2\n"
        "[[timestamp]] sshd[2290]: Accepted publickey for deploy from <<ip.b>> port 40022 ssh2",
        "The two 'Failed password' lines for user <<per.u:user>> from <<ip.a>> seconds apart suggest password guessing; "
        "the accepted key login for deploy from <<ip.b>> looks normal.",
    ),
    T(
        "dev-en-server_log-02",
        "en",
        "server_log",
        "Explain the error in this payment-service log line and what should be redacted.",
        'level=error ts=[[timestamp]] svc=payments ver=[[version]] msg="charge declined" customer="<<per.c>>" email=<<email.e@c>> '
        "card=<<card.c:plain>> ip=<<ip.c>>",
        "The issuer declined the charge. The line exposes <<per.c>>'s email <<email.e@c>>, the full card number <<card.c:plain>> and the client IP "
        "<<ip.c>>; log a customer id and a card token instead.",
    ),
    # ---------------------------------------------------------------- config_file
    T(
        "dev-en-config_file-01",
        "en",
        "config_file",
        "Review this YAML for secrets and personal data that shouldn't be committed.",
        'oncall:\n  primary: <<per.a:lower_dot>>\n  primary_phone: "<<tel.a:us_intl>>"\n  secondary: <<per.b>>\n  secondary_phone: "<<tel.b:uk_intl>>"\n'
        "notify:\n  email: <<email.e@a>>\n  webhook: https://hooks.example.com/T000/B000\nruntime: [[code_identifier|Python]] [[version]]",
        "Personal data: on-call names <<per.a:lower_dot>> and <<per.b>>, phone numbers <<tel.a:us_intl>> and <<tel.b:uk_intl>>, and the email "
        "<<email.e@a>>. Keep only role names in the repo and resolve people through the paging system.",
    ),
    T(
        "dev-en-config_file-02",
        "en",
        "config_file",
        "Convert this .env file to a Kubernetes ConfigMap manifest.",
        'SUPPORT_CONTACT=<<per.s>>\nSUPPORT_EMAIL=<<email.s@s>>\nSUPPORT_PHONE=<<tel.s:us_plain>>\nRETURN_ADDRESS="<<addr_us.r:full>>"\n'
        "ADMIN_IP_ALLOWLIST=<<ip.a>>,<<ip.b>>\nMAX_UPLOAD=[[number|65536]]",
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-env\ndata:\n  SUPPORT_CONTACT: "<<per.s>>"\n  SUPPORT_EMAIL: "<<email.s@s>>"\n'
        '  SUPPORT_PHONE: "<<tel.s:us_plain>>"\n  RETURN_ADDRESS: "<<addr_us.r:full>>"\n  ADMIN_IP_ALLOWLIST: "<<ip.a>>,<<ip.b>>"\n'
        '  MAX_UPLOAD: "[[number|65536]]"',
    ),
    # ---------------------------------------------------------------- sql
    T(
        "dev-en-sql-01",
        "en",
        "sql",
        "What does this query return? Suggest an index.",
        "SELECT * FROM members WHERE last_name = '<<per.m:family>>' AND first_name = '<<per.m:given>>' OR email = '<<email.e@m>>' "
        "OR phone = '<<tel.p:us_plain>>';",
        "It returns members named <<per.m>>, or matching the email <<email.e@m>> or the phone <<tel.p:us_plain>>. Index (last_name, first_name), "
        "email and phone separately; note that the OR conditions may prevent a single index from being used.",
    ),
    T(
        "dev-en-sql-02",
        "en",
        "sql",
        "Write the CREATE TABLE statement implied by this INSERT.",
        "INSERT INTO applicants (full_name, ssn, dob, drivers_license, plate) VALUES\n"
        "('<<per.a>>', '<<ssn.a>>', '<<dob.a:iso>>', '<<dl.a>>', '<<plate.a>>'),\n('<<per.b>>', '<<ssn.b>>', '<<dob.b:iso>>', '<<dl.b>>', '<<plate.b>>');",
        "CREATE TABLE applicants (\n  full_name VARCHAR(100),\n  ssn CHAR(11),\n  dob DATE,\n  drivers_license VARCHAR(20),\n  plate VARCHAR(10)\n);",
    ),
    # ---------------------------------------------------------------- csv_table
    T(
        "dev-en-csv_table-01",
        "en",
        "csv_table",
        "Convert this CSV into a markdown table.",
        'id,name,phone,address\n1,<<per.a>>,<<tel.a:us_dash>>,"<<addr_us.a:full>>"\n2,<<per.b>>,<<tel.b:us_dash>>,"<<addr_us.b:full>>"\n'
        '3,<<per.c>>,<<tel.c:us_dash>>,"<<addr_us.c:pobox>>"',
        "| id | name | phone | address |\n|---|---|---|---|\n| 1 | <<per.a>> | <<tel.a:us_dash>> | <<addr_us.a:full>> |\n"
        "| 2 | <<per.b>> | <<tel.b:us_dash>> | <<addr_us.b:full>> |\n| 3 | <<per.c>> | <<tel.c:us_dash>> | <<addr_us.c:pobox>> |",
    ),
    T(
        "dev-en-csv_table-02",
        "en",
        "csv_table",
        "From this traveller manifest, list travellers whose passport expires before 2025-01-01.",
        "no,surname,given_names,nationality,sex,date_of_birth,document,number,expiry\n"
        "1,<<per.a:family>>,<<per.a:given>>,USA,F,<<dob.a:iso>>,passport,<<pass.a:us>>,2024-11-30\n"
        "2,<<per.b:family>>,<<per.b:given>>,GBR,M,<<dob.b:iso>>,passport,<<pass.b:uk>>,2029-06-14\n"
        "3,<<per.c:family>>,<<per.c:given>>,USA,M,<<dob.c:iso>>,passport,<<pass.c:us_new>>,2026-02-01",
        "Only traveller 1, <<per.a>> (passport <<pass.a:us>>), has a passport expiring before 2025-01-01.",
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "dev-en-vcard-01",
        "en",
        "vcard",
        "Turn this vCard into a one-line contact summary.",
        "BEGIN:VCARD\nVERSION:4.0\nFN:<<per.a>>\nN:<<per.a:family>>;<<per.a:given>>;;;\nORG:[[organisation.o]]\nTEL;TYPE=cell:<<tel.p:us_intl>>\n"
        "EMAIL;TYPE=work:<<email.e@a>>\nADR;TYPE=home:;;<<addr_us.h:line>>;;;;\nURL:<<url.u:linkedin@a>>\nEND:VCARD",
        "<<per.a>> ([[organisation.o]]) - <<tel.p:us_intl>>, <<email.e@a>>, <<addr_us.h:line>>, <<url.u:linkedin@a>>",
    ),
    T(
        "dev-en-vcard-02",
        "en",
        "vcard",
        "Are these two contact cards the same person? Explain.",
        "Card 1\nName: <<per.a:last_first>>\nMobile: <<tel.p:uk_mobile>>\nEmail: <<email.e@a>>\n\nCard 2\nName: <<per.a:upper>>\n"
        "Mobile: <<tel.p:uk_intl>>\nNote: met at the [[public_figure]] exhibition",
        "Yes. '<<per.a:last_first>>' and '<<per.a:upper>>' are the same name in a different order and case, and <<tel.p:uk_mobile>> and "
        "<<tel.p:uk_intl>> are the same UK mobile in national and international format.",
    ),
    # ---------------------------------------------------------------- shipping_label
    T(
        "dev-en-shipping_label-01",
        "en",
        "shipping_label",
        "Parse this shipping label into sender and recipient fields (JSON).",
        "[[organisation|FedEx]] Ground   TRK# [[tracking_number]]\nSHIP TO:\n<<per.r:upper>>\n<<addr_us.r:multiline>>\n<<tel.r:us_paren>>\nFROM:\n"
        "<<per.s>>\n<<addr_us.s:pobox>>\nWeight: [[number|3.4]] lb",
        '{"recipient": {"name": "<<per.r>>", "phone": "<<tel.r:us_paren>>"}, "sender": {"name": "<<per.s>>", "address": "<<addr_us.s:pobox>>"}}',
    ),
    T(
        "dev-en-shipping_label-02",
        "en",
        "shipping_label",
        "Correct the OCR errors in this parcel label and reformat it.",
        "Deliver to: <<per.r>> <<addr_uk.r:flat>>\nTel <<tel.r:uk_mobile>>\nReturn to: <<per.s:initial>>, <<addr_uk.s:line>>\n"
        "Contents: [[product.x]] x1  Value [[money.v]]",
        "DELIVER TO\n<<per.r>>\n<<addr_uk.r:flat>>\nTel: <<tel.r:uk_mobile>>\n\nRETURN TO\n<<per.s:initial>>\n<<addr_uk.s:line>>\n\n"
        "Contents: 1 x [[product.x]] (value [[money.v]])",
    ),
    # ---------------------------------------------------------------- email_signature
    T(
        "dev-en-email_signature-01",
        "en",
        "email_signature",
        "Write a short reply confirming receipt of the contract.",
        "Hi team,\nPlease find the signed contract attached.\n\nKind regards,\n<<per.a>>\nSenior Counsel | [[organisation]]\nDirect: <<tel.d>>\n"
        "Mobile: <<tel.m>>\n<<email.e@a>>\n<<addr.o>>\nThis e-mail may contain privileged information.",
        "Hi <<per.a:given>>,\nThanks - we've received the signed contract and will countersign by Friday.\nBest regards",
    ),
    T(
        "dev-en-email_signature-02",
        "en",
        "email_signature",
        "Extract the contact details from this signature as a bulleted list.",
        "--\n<<per.a>> (she/her)\nData Protection Officer\nT <<tel.p:uk_intl|us_intl>> · E <<email.e@a>>\nin: <<url.u:linkedin@a>>\nOffice: <<addr.o>>",
        "- Name: <<per.a>>\n- Role: Data Protection Officer\n- Email: <<email.e@a>>\n- LinkedIn: <<url.u:linkedin@a>>\n- Office: <<addr.o>>",
    ),
    # ---------------------------------------------------------------- email_header
    T(
        "dev-en-email_header-01",
        "en",
        "email_header",
        "Who received this email, directly or in copy?",
        "From: <<per.a>> <<<email.a@a>>>\nTo: <<per.b>> <<<email.b@b>>>\nCc: <<per.c:lower_full>>, <<email.d@d>>, <<per.e>>\nBcc: <<email.f>>\n"
        "Subject: Re: [[product]] rollout\nDate: [[timestamp]]",
        "Direct recipient: <<per.b>> (<<email.b@b>>). In copy: <<per.c>>, <<email.d@d>> and <<per.e>>. There is also a blind copy to <<email.f>>.",
    ),
    T(
        "dev-en-email_header-02",
        "en",
        "email_header",
        "Rewrite this memo in a more formal tone.",
        "hey all - the [[public_figure.f]] talk moved to room 4B tomorrow.\ncc: <<per.a:user>>, <<per.b:lower_full>>, <<per.c>>\n"
        "questions -> <<per.d>> ext. [[number|4021]]",
        "Dear colleagues,\nPlease note that tomorrow's talk on [[public_figure.f]] will take place in Room 4B.\nQuestions may be directed to <<per.d>>.",
    ),
    # ---------------------------------------------------------------- multi_turn_chat
    T(
        "dev-en-multi_turn_chat-01",
        "en",
        "multi_turn_chat",
        "Can you confirm the appointment and send the details to <<email.e@o>>?",
        "",
        "Confirmed, <<per.o:given>>. Biscuit's rabies vaccination is booked; details are on their way to <<email.e@o>>. Either you or <<per.s>> "
        "can bring him.",
        system="You are a helpful assistant for a veterinary clinic.",
        history=[
            (
                "Hi, I'm <<per.o>>. My dog Biscuit needs a rabies shot.",
                "Happy to help, <<per.o:given>>! What's the best number to reach you?",
            ),
            (
                "<<tel.p>>. Also my partner <<per.s>> might bring him in.",
                "Noted. I've added <<per.s>> as an authorized contact.",
            ),
        ],
    ),
    T(
        "dev-en-multi_turn_chat-02",
        "en",
        "multi_turn_chat",
        "Summarize the decisions in this call transcript.",
        "Agent (<<per.g>>): Thanks for calling, who am I speaking with?\nCaller: <<per.c>>. The account is under my wife, <<per.w>>.\n"
        "Agent (<<per.g>>): Can you verify the last address on file?\nCaller: <<addr.h>>.\nAgent (<<per.g>>): And a callback number?\n"
        "Caller: <<tel.p>>, or my cell <<tel.q>>.",
        "<<per.c>> called on behalf of the account holder <<per.w>>; agent <<per.g>> verified the address <<addr.h>> and recorded the callback "
        "numbers <<tel.p>> and <<tel.q>>.",
    ),
    # ---------------------------------------------------------------- json_blob
    T(
        "dev-en-json_blob-01",
        "en",
        "json_blob",
        "Validate this JSON against the schema: required fields name, email, phone, address.",
        '{"customer": {"name": "<<per.a>>", "email": "<<email.e@a>>", "phone": "<<tel.p:us_intl2>>", "ssn_last4": null}, '
        '"meta": {"schema": "[[version]]", "pi": [[number|3.14159]]}}',
        "Missing required field: address. Present: name (<<per.a>>), email (<<email.e@a>>), phone (<<tel.p:us_intl2>>).",
    ),
    T(
        "dev-en-json_blob-02",
        "en",
        "json_blob",
        "Describe this API response in plain English.",
        '{"id": "[[order_number]]", "traveler": {"given": "<<per.t:given>>", "family": "<<per.t:family>>", "dob": "<<dob.t:iso>>", '
        '"passport": "<<pass.t>>"}, "contact": {"mobile": "<<tel.t>>", "email": "<<email.t@t>>"}, "device": {"ip": "<<ip.d>>", "mac": "<<mac.d>>"}}',
        "A booking for <<per.t>>, born <<dob.t:long>>, travelling on passport <<pass.t>> and reachable at <<tel.t>> or <<email.t@t>>; "
        "it was made from IP <<ip.d>>.",
    ),
    # ---------------------------------------------------------------- code_string
    T(
        "dev-en-code_string-01",
        "en",
        "code_string",
        "Add docstrings to this Python module.",
        'author = "<<per.a:lower_dot>>"\nmaintainer_email = "<<email.e@a>>"\n\nclass [[code_identifier|PersonName]]:\n'
        "    def __init__(self, first, last):\n        self.first, self.last = first, last\n\n"
        'TEST_USER = [[code_identifier|PersonName]]("<<per.b:given>>", "<<per.b:family>>")\nTEST_PHONE = "<<tel.b:us_plain>>"',
        '"""Name helpers. Maintainer: <<per.a:lower_dot>> (<<email.e@a>>)."""\nauthor = "<<per.a:lower_dot>>"\n\nclass PersonName:\n'
        '    """A first and last name."""\n    def __init__(self, first, last):\n        """Store both parts."""\n        self.first, self.last = first, last\n\n'
        'TEST_USER = PersonName("<<per.b:given>>", "<<per.b:family>>")  # fixture\nTEST_PHONE = "<<tel.b:us_plain>>"',
    ),
    T(
        "dev-en-code_string-02",
        "en",
        "code_string",
        "Compare [[code_identifier|Python]] and [[code_identifier|Java]] for expressing this fixture.",
        'fixture = {"owner": "<<per.a>>", "ssn": "<<ssn.s>>", "card": "<<card.c>>"}\n// Java\nMap<String, String> fixture = Map.of("owner", "<<per.a>>");',
        "[[code_identifier|Python]] writes the fixture as a dict literal, while [[code_identifier|Java]] needs Map.of(...). Either way it hard-codes "
        "<<per.a>>'s SSN <<ssn.s>> and card <<card.c>>; replace them with synthetic values.",
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "dev-en-markdown_table-01",
        "en",
        "markdown_table",
        "Convert this markdown table to CSV.",
        "| Name | Role | Phone | Email |\n|---|---|---|---|\n| <<per.a>> | PM | <<tel.a>> | <<email.a@a>> |\n| <<per.b>> | Eng | <<tel.b>> | <<email.b@b>> |\n"
        "| <<per.c>> | Design | <<tel.c>> | <<email.c@c>> |",
        "Name,Role,Phone,Email\n<<per.a>>,PM,<<tel.a>>,<<email.a@a>>\n<<per.b>>,Eng,<<tel.b>>,<<email.b@b>>\n<<per.c>>,Design,<<tel.c>>,<<email.c@c>>",
    ),
    T(
        "dev-en-markdown_table-02",
        "en",
        "markdown_table",
        "Which row is missing a document number?",
        "| # | Guest | Room | Check-in | Notes | Passport No. |\n|---|---|---|---|---|---|\n| 1 | <<per.a>> | 1204 | 03/14 | late arrival | <<pass.a>> |\n"
        "| 2 | <<per.b>> | 1206 | 03/14 | [[common_word|Gift shop]] voucher |  |\n| 3 | <<per.c>> | 1210 | 03/15 | - | <<pass.c>> |",
        "Row 2 (<<per.b>>) has no passport number.",
    ),
    # ---------------------------------------------------------------- court_document
    T(
        "dev-en-court_document-01",
        "en",
        "court_document",
        "Extract the parties and the relief sought from this complaint.",
        "IN THE SUPERIOR COURT OF THE STATE OF CALIFORNIA\n<<per.a:upper>>, Plaintiff,\nv.\n<<per.b:upper>>, Defendant.\n"
        "Plaintiff resides at <<addr_us.a:full>>. Defendant, an individual, resides at <<addr_us.b:full_unit>>.\n"
        "Plaintiff seeks damages of [[money]] for breach of a lease.",
        "Plaintiff: <<per.a>>\nDefendant: <<per.b>>\nRelief sought: damages for breach of a lease.",
    ),
    T(
        "dev-en-court_document-02",
        "en",
        "court_document",
        "Summarize the facts of this case in under 80 words.",
        "STATE v. <<per.d:upper>>\nDefendant: <<per.d>>, DOB <<dob.d:us_pad>>, DL# <<dl.l>>\nOn [[timestamp]], the defendant drove a vehicle with "
        "plate <<plate.p>> into a parked [[product|Toyota Corolla]] owned by <<per.v>>. Witness <<per.w>> called [[service_number]].",
        "<<per.d>> allegedly drove a car with plate <<plate.p>> into a parked [[product|Toyota Corolla]] owned by <<per.v>>; witness <<per.w>> "
        "called emergency services.",
    ),
    # ---------------------------------------------------------------- car_service
    T(
        "dev-en-car_service-01",
        "en",
        "car_service",
        "Draft a text message to the vehicle owner that the car is ready.",
        "REPAIR ORDER\nOwner: <<per.o>>\nVehicle: [[product]]  Plate: <<plate.p>>\nCell: <<tel.p>>\nWork: front brake pads, tire rotation\nTotal: [[money]]",
        "Hi <<per.o:given>>, your vehicle (<<plate.p>>) is ready for pickup. Work done: front brake pads and tire rotation.",
    ),
    T(
        "dev-en-car_service-02",
        "en",
        "car_service",
        "Which fields of this service record can appear on a public vehicle history report?",
        "Service date: [[timestamp]]\nMileage: 48,210\nCustomer: <<per.o:last_first>>\nPhone: <<tel.p>>\nAddress: <<addr.h>>\n"
        "Driver's license: <<dl.d>>\nDropped off by: <<per.s>> (owner's son)\nServices: oil change, cabin filter",
        "Public: service date, mileage and services. Private: the owner <<per.o>>, phone <<tel.p>>, address <<addr.h>>, license <<dl.d>> "
        "and the name of <<per.s>>.",
    ),
    # ---------------------------------------------------------------- appointment
    T(
        "dev-en-appointment-01",
        "en",
        "appointment",
        "Write a confirmation email for this appointment.",
        "Appointment booked by: <<per.a>>\nFor: self\nService: dental cleaning\nWhen: [[timestamp]]\nPhone: <<tel.p:us_dot>>\nDOB: <<dob.a:us>>",
        "Dear <<per.a>>,\nYour dental cleaning is confirmed. Please bring a photo ID; we have your date of birth as <<dob.a:us>> and will text "
        "reminders to <<tel.p:us_dot>>.",
    ),
    T(
        "dev-en-appointment-02",
        "en",
        "appointment",
        "Is the person who booked this appointment the patient? Answer and explain.",
        "Booked by: <<per.a>> - <<tel.a>>\nPatient: <<per.b>> (son), date of birth <<dob.b:long_eu|long>>\nProvider: Dr. <<per.d:family>>\n"
        "Reason: follow-up on a burn from an [[product|Instant Pot Duo]]",
        "No. <<per.a>> booked it for her son <<per.b>>, born <<dob.b:long_eu|long>>.",
    ),
    # ---------------------------------------------------------------- emergency_contact
    T(
        "dev-en-emergency_contact-01",
        "en",
        "emergency_contact",
        "Create a handover note for the night nurse from this admission sheet.",
        "Patient: <<per.p>>   Bed 12\nEmergency contact 1: <<per.s>> (spouse) <<tel.s>>\nEmergency contact 2: <<per.c>> (daughter) <<tel.c>>\n"
        "Home: <<addr.h>>\nAllergies: penicillin",
        "<<per.p>>, bed 12, penicillin allergy. Contact spouse <<per.s>> (<<tel.s>>) first, then daughter <<per.c>> (<<tel.c>>).",
    ),
    T(
        "dev-en-emergency_contact-02",
        "en",
        "emergency_contact",
        "Check this trip permission form for missing information.",
        "Student: <<per.s>>\nGrade: 7\nParent/guardian: <<per.g>>\nGuardian phone: <<tel.g>>\nAlternate contact: <<per.m>>, WeChat <<wx.m@m>>\n"
        "Home address: <<addr.h>>\nMedical notes: asthma (inhaler)",
        "Missing: a phone number for the alternate contact <<per.m>> (only the WeChat ID <<wx.m@m>> is given). Everything else, including "
        "<<per.g>>'s phone <<tel.g>>, is present.",
    ),
    # ---------------------------------------------------------------- bank_form
    T(
        "dev-en-bank_form-01",
        "en",
        "bank_form",
        "Check whether this international wire request has all the beneficiary details.",
        "WIRE TRANSFER REQUEST\nOriginator: <<per.a>>, card <<card.a>>\nBeneficiary: <<per.b>>\nBeneficiary address: <<addr_uk.b:flat>>\n"
        "IBAN: <<iban.b:GB>>\nAmount: GBP [[number|12,500.00]]\nPurpose: tuition",
        "The beneficiary name (<<per.b>>), address and IBAN <<iban.b:GB>> are present, but the SWIFT/BIC code is missing.",
    ),
    T(
        "dev-en-bank_form-02",
        "en",
        "bank_form",
        "List the sensitive personal data in this credit card application.",
        "Applicant: <<per.a>>\nDate of birth: <<dob.a:eu>>\nSSN: <<ssn.s:space>>\nEmployer: [[organisation]]\nHome: <<addr_us.h:numbered|full>>\n"
        "Mobile: <<tel.p>>\nLinked account IBAN (EU residents): <<iban.i:DE>>",
        "Sensitive: the SSN <<ssn.s:space>>, date of birth <<dob.a:eu>>, home address, mobile <<tel.p>> and the IBAN <<iban.i:DE>> of <<per.a>>.",
    ),
    # ---------------------------------------------------------------- travel_booking
    T(
        "dev-en-travel_booking-01",
        "en",
        "travel_booking",
        "Generate an itinerary summary from this booking.",
        "Booking ref [[order_number]]\nPassenger: <<per.a:upper>>\nPassport: <<pass.a>>  Nationality: USA\nDOB: <<dob.a:short_month>>\n"
        "Flight: UA 857 SFO-PVG, [[timestamp]]\nContact: <<tel.p>> / <<email.e@a>>",
        "Passenger <<per.a>> (passport <<pass.a>>) flies UA 857 SFO-PVG. The confirmation has been sent to <<email.e@a>>.",
    ),
    T(
        "dev-en-travel_booking-02",
        "en",
        "travel_booking",
        "List what the front desk still needs before check-in.",
        "Reservation holder: <<per_cn.a:pinyin>>\nGuest 2: <<per_cn.b:pinyin_fl>>, Chinese ID card <<cnid.b>>\nWeChat: <<wx.a@a>>\n"
        "Car plate for parking: <<plate.p:cn>>\nNotes: big fan of [[public_figure]]; quiet room please",
        "We still need a passport for <<per_cn.a:pinyin>> and must verify ID <<cnid.b>> for <<per_cn.b:pinyin_fl>> in person; parking for "
        "<<plate.p:cn>> is registered.",
    ),
    # ---------------------------------------------------------------- resume
    T(
        "dev-en-resume-01",
        "en",
        "resume",
        "Write a 60-word summary of this resume.",
        "<<per.a:upper>>\n<<addr.h>> · <<tel.p>> · <<email.e@a>>\n<<url.g:github@a>>\nEXPERIENCE\n[[organisation.o]] - Backend Engineer (2019-present): "
        "[[code_identifier|Go]], [[code_identifier|Rust]], Postgres.\nEDUCATION\nB.S. Computer Science",
        "<<per.a>> is a backend engineer at [[organisation.o]] since 2019, working in Go and Rust with Postgres, with a B.S. in Computer Science.",
    ),
    T(
        "dev-en-resume-02",
        "en",
        "resume",
        "Format these references as a bulleted list with name, relationship and contact.",
        "References: <<per.a>> (former manager, <<tel.a>>); <<per.b:lower_full>> - colleague - <<tel.b>>; Prof. <<per.c>>, thesis advisor, <<email.c@c>>",
        "- <<per.a>> - former manager - <<tel.a>>\n- <<per.b>> - colleague - <<tel.b>>\n- Prof. <<per.c>> - thesis advisor - <<email.c@c>>",
    ),
    # ---------------------------------------------------------------- social_profile
    T(
        "dev-en-social_profile-01",
        "en",
        "social_profile",
        "Write a short bio from this profile.",
        "Display name: [[common_word|Summer]] vibes\nReal name: <<per.a>>\nTwitter: <<url.t:twitter@a>>\nInstagram: <<url.i:instagram@a>>\n"
        "Based near <<addr.h:line|numbered>>\nLoves [[public_figure.f]] novels",
        "<<per.a>> loves [[public_figure.f]] novels and posts on Twitter (<<url.t:twitter@a>>) and Instagram (<<url.i:instagram@a>>).",
    ),
    T(
        "dev-en-social_profile-02",
        "en",
        "social_profile",
        "Does this forum signature expose personal data? Answer yes or no and list it.",
        "~ <<per.a:lower_full>> | <<url.u@a>> | ring me on <<tel.p:uk_mobile>> | WeChat <<wx.w>> | QQ <<qq.q>>",
        "Yes: the full name <<per.a>>, the profile <<url.u@a>>, the UK mobile <<tel.p:uk_mobile>>, WeChat ID <<wx.w>> and QQ number <<qq.q>>.",
    ),
    # ---------------------------------------------------------------- network_inventory
    T(
        "dev-en-network_inventory-01",
        "en",
        "network_inventory",
        "Group these assets by department.",
        "asset,owner,dept,ip,mac\nLT-0412,<<per.a:user>>,Finance,<<ip.a:private>>,<<mac.a>>\nLT-0413,<<per.b:user>>,R&D,<<ip.b:private>>,<<mac.b>>\n"
        "LT-0419,<<per.c:user>>,Finance,<<ip.c:private>>,<<mac.c:cisco>>",
        "Finance: LT-0412 (<<per.a:user>>, <<ip.a:private>>), LT-0419 (<<per.c:user>>, <<ip.c:private>>)\nR&D: LT-0413 (<<per.b:user>>, <<ip.b:private>>)",
    ),
    T(
        "dev-en-network_inventory-02",
        "en",
        "network_inventory",
        "Explain each column of this ARP table.",
        "Address                  HWtype  HWaddress           Iface\n<<ip.a:private>>             ether   <<mac.a:colon_lower>>   eth0\n"
        "<<ip.b:private>>             ether   <<mac.b:colon_lower>>   eth0\n# host <<per.u:lower_dot>>-mbp, firmware [[version]]",
        "Address is the IPv4 address (e.g. <<ip.a:private>>), HWtype the link type, HWaddress the MAC of that host (<<mac.a:colon_lower>>) and "
        "Iface the local interface it was learned on.",
    ),
    # ---------------------------------------------------------------- insurance_claim
    T(
        "dev-en-insurance_claim-01",
        "en",
        "insurance_claim",
        "Review this claim and list missing documents.",
        "CLAIM FORM\nInsured: <<per.a>>  SSN: <<ssn.s>>\nDate of loss: [[timestamp]]\nLocation: <<addr_us.x:full>>\nTreating facility: [[organisation]]  "
        "MRN: <<mrn.m>>\nPayment to card: <<card.c>>\nPhone: <<tel.p>>",
        "Missing: an itemized bill, the facility's records for MRN <<mrn.m>>, and a bank letter confirming card <<card.c>> belongs to <<per.a>>.",
    ),
    T(
        "dev-en-insurance_claim-02",
        "en",
        "insurance_claim",
        "Is the driver the policyholder? Explain the implications.",
        "Reported by: <<per.r>>, <<tel.r>>\nPolicyholder: <<per.o>>\nDriver: <<per.d>>, license <<dl.d>>\nVehicle: [[product]], plate <<plate.p>>\n"
        "Narrative: backed into the [[common_word|Rose garden]] fence",
        "No - the driver <<per.d>> is not the policyholder <<per.o>>. Coverage depends on whether <<per.d>> (license <<dl.d>>) is a permitted "
        "driver under the policy for <<plate.p>>.",
    ),
    # ---------------------------------------------------------------- incident_report
    T(
        "dev-en-incident_report-01",
        "en",
        "incident_report",
        "Rewrite this police incident report as a short summary.",
        "INCIDENT REPORT #[[number|2048]]\nReporting party: <<per.r>>, <<tel.r>>, residing at <<addr.h>>\nOn [[timestamp]] RP stated that an unknown "
        "male took her [[product.x]] near <<addr.x:line>> and fled in a vehicle with plate <<plate.p>>.\nOfficer: <<per.o:initial>>",
        "<<per.r>> reported that a man took her [[product.x]] near <<addr.x:line>> and fled in a vehicle with plate <<plate.p>>.",
    ),
    T(
        "dev-en-incident_report-02",
        "en",
        "incident_report",
        "Draft a public breach notice from this internal note. Do not include any personal data.",
        "[[timestamp]] SOC detected bulk export from <<ip.a>>. Sample rows: <<per.x>> / <<ssn.x>> / <<email.x@x>>; <<per.y>> / <<dob.y:us_pad>>.\n"
        "Handler: <<per.h:lower_dot>> (<<email.h@h>>)",
        "We recently detected unauthorized access to a system containing customer records. We contained the activity, are notifying affected "
        "individuals, and are offering free credit monitoring.",
    ),
    # ---------------------------------------------------------------- lease_contract
    T(
        "dev-en-lease_contract-01",
        "en",
        "lease_contract",
        "Extract landlord, tenant, premises and rent from this lease.",
        'RESIDENTIAL LEASE AGREEMENT\nThis lease is made between <<per.l>> ("Landlord"), phone <<tel.l>>, and <<per.t>> ("Tenant"), SSN <<ssn.t>>.\n'
        "Premises: <<addr.p>>.\nRent: [[money.m]] per month, due on the 1st.\nDeposit account: <<iban.d>>",
        "Landlord: <<per.l>>\nTenant: <<per.t>>\nPremises: <<addr.p>>\nRent: [[money.m]] per month",
    ),
    T(
        "dev-en-lease_contract-02",
        "en",
        "lease_contract",
        "Explain clause 2 in plain English.",
        "ADDENDUM\n1. Tenant <<per.t>> shall vacate <<addr_uk.p:flat>> by [[timestamp]].\n2. Should the Tenant fail to vacate, a daily charge of "
        "[[money]] applies, deductible from the deposit held by <<per.l>>.\n3. Agent: <<per.a>>, <<tel.a:uk_land>>.",
        "If <<per.t>> hasn't moved out of <<addr_uk.p:flat>> by the deadline, they pay a fee for every extra day, and <<per.l>> can take it out of "
        "the deposit.",
    ),
    # ---------------------------------------------------------------- school_record
    T(
        "dev-en-school_record-01",
        "en",
        "school_record",
        "Build the mailing list for the parent-teacher conference.",
        "STUDENT RECORD\nStudent: <<per.s>>   DOB: <<dob.s:us>>\nParent 1: <<per.f>>, <<tel.f>>, <<email.f@f>>\nParent 2: <<per.m>>, <<tel.m>>\n"
        "Address: <<addr.h>>",
        "1. <<per.f>> - <<email.f@f>> / <<tel.f>>\n2. <<per.m>> - <<tel.m>>",
    ),
    T(
        "dev-en-school_record-02",
        "en",
        "school_record",
        "Which students scored above 90?",
        "Essay topic: [[public_figure]] and their legacy\nstudent,score,guardian_email\n<<per.a:lower_full>>,94,<<email.a>>\n"
        "<<per.b:lower_full>>,88,<<email.b>>\n<<per.c:lower_full>>,97,<<email.c>>",
        "<<per.a>> (94) and <<per.c>> (97).",
    ),
    # ---------------------------------------------------------------- delivery_order
    T(
        "dev-en-delivery_order-01",
        "en",
        "delivery_order",
        "Rewrite this delivery order to show only what the courier needs.",
        "Order [[order_number]]\nCustomer: <<per.c>>\nPhone: <<tel.c>>\nDeliver to: <<addr.c>>\nItems: [[product]] x1 - [[money]]\n"
        "Card on file: <<card.c>>\nNote: leave with the [[common_word|Gift shop]] downstairs",
        "Deliver to: <<addr.c>>\nRecipient: <<per.c:given>>\nContact: via app (masked number)\nNote: leave with the gift shop downstairs",
    ),
    T(
        "dev-en-delivery_order-02",
        "en",
        "delivery_order",
        "Reply to this return request.",
        "I'm <<per.b>>. Returning order [[order_number]] via UPS [[tracking_number.t]]. Please refund to card <<card.c>>, not PayPal. "
        "Call me at <<tel.b:us_plain>> if there's an issue.",
        "Hi <<per.b:given>>, thanks - once the return with tracking number [[tracking_number.t]] arrives we'll refund the card <<card.c>> "
        "within 5 business days.",
    ),
    # ---------------------------------------------------------------- meeting_notes
    T(
        "dev-en-meeting_notes-01",
        "en",
        "meeting_notes",
        "List the action items and owners.",
        "Weekly sync - [[timestamp]]\nAttendees: <<per.a>>, <<per.b>>, <<per.c>>, <<per_cn.d:pinyin>>\n- <<per.a:given>> to send the "
        "[[organisation.o]] quote by Wednesday.\n- <<per.c>> owns the [[product.x]] test failures; ping at <<tel.c>>.\n"
        "- Add <<per_cn.d:pinyin>> (<<email.d@d>>) to the channel.",
        "- <<per.a>>: send the [[organisation.o]] quote by Wednesday\n- <<per.c>>: fix the [[product.x]] test failures\n"
        "- <<per.b>>: add <<per_cn.d:pinyin>> to the channel",
    ),
    T(
        "dev-en-meeting_notes-02",
        "en",
        "meeting_notes",
        "Pull out three key takeaways from this user interview.",
        "Interviewee: <<per.a>> (lives at <<addr.h:line>>)\nInterviewer: <<per.b>>\n<<per.b:given>>: How do you track expenses?\n"
        "<<per.a:given>>: Mostly in [[product.x]], but the [[common_word|Grace period]] on payments confuses me.\n"
        "<<per.a:given>>: I'd like to share reports with my accountant <<per.c>> at <<email.c@c>>.",
        "1. Expenses are tracked mainly in [[product.x]].\n2. The grace period on payments is confusing.\n3. The user wants to share reports with their "
        "accountant.",
    ),
    # ---------------------------------------------------------------- translation_task
    T(
        "dev-en-translation_task-01",
        "en",
        "translation_task",
        "Translate into English.",
        "您好，我是<<per_cn.a>>，住在<<addr_cn.h>>，手机<<tel.p:cn_dash>>，身份证号<<cnid.i>>。",
        "Hello, I am <<per_cn.a:pinyin>>. I live at <<addr_cn.h>>, my mobile is <<tel.p:cn_intl>> and my ID card number is <<cnid.i>>.",
    ),
    T(
        "dev-en-translation_task-02",
        "en",
        "translation_task",
        "Translate this message from Spanish to English.",
        "Hola, soy <<per.a>>. Mi dirección es <<addr_us.h:full>> y mi número es <<tel.p:us_intl>>. Mi fecha de nacimiento es <<dob.a:eu>>.",
        "Hi, I'm <<per.a>>. My address is <<addr_us.h:full>> and my number is <<tel.p:us_intl>>. My date of birth is <<dob.a:eu>>.",
    ),
    # ---------------------------------------------------------------- forum_post
    T(
        "dev-en-forum_post-01",
        "en",
        "forum_post",
        "Suggest a title for this forum post.",
        "posted by <<per.a:user>>\nAnyone in the area want to start a [[public_figure.f]] reading group? I'm at <<addr.h:line|numbered>>. "
        "Text me at <<tel.p>> or find me at <<url.u@a>>.",
        "Local [[public_figure.f]] reading group - who's in?",
    ),
    T(
        "dev-en-forum_post-02",
        "en",
        "forum_post",
        "Extract the vehicle and seller details from this listing.",
        "FS: 2021 [[product|Tesla Model 3]], plate <<plate.p>>, clean title. Seller <<per.o>>, viewing at <<addr.x>>. Call/text <<tel.p>> - "
        "no lowballers. Payment by bank transfer to <<iban.i>>.",
        "Vehicle: 2021 [[product|Tesla Model 3]], plate <<plate.p>>, clean title.\nSeller: <<per.o>>, <<tel.p>>, viewing at <<addr.x>>.",
        annotators=["<<email.ANN>>", "<<per.ANN:user>>"],
    ),
    T(
        "dev-en-multi_turn_chat-03",
        "en",
        "multi_turn_chat",
        "Can you resend the receipt to my other email, <<email.f@u>>?",
        "",
        "Sure, <<per.u:given>> - the receipt for the [[isbn.b]] textbook order has been resent to <<email.f@u>>.",
        system="You are the support bot for a campus bookstore. Signed-in user: <<per.u>> (<<email.e@u>>, <<tel.p>>). Shipping address: <<addr.h>>.",
        history=[
            ("hi, did my textbook ship?", "Hi <<per.u:given>>! Yes - ISBN [[isbn.b]] shipped to <<addr.h>> yesterday."),
            ("great, thanks", "You're welcome! Anything else?"),
        ],
    ),
    T(
        "dev-en-forum_post-03",
        "en",
        "forum_post",
        "Summarise this textbook-for-sale post in one line.",
        "Selling: Clean Code (ISBN [[isbn]]) and Introduction to Algorithms (ISBN [[isbn]]), like new, [[money]] each. Pick up at <<addr.h:line|numbered>> "
        "or I can mail. Text <<per.a>> at <<tel.p>> or email <<email.e@a>>. Not the [[public_figure]] edition, sorry.",
        "Two like-new programming textbooks for sale; contact the seller by text or email.",
    ),
]

TEMPLATES = ZH + EN
