"""HELD-OUT templates. Do not open this file while tuning a detector: it is the honest test.

Written separately from templates_dev.py: other documents, wording, layouts and value formats for the
same contexts. Never imported when generating the development part.
"""

from bench.pii_eval.contexts import T

SOURCE_PATTERNS = {
    "zh": ["手机用户<<tel.src:cn_plain>>", "import:<<per.src:user>>", "wechat_<<wx.src>>", "<<email.src>>"],
    "en": ["<<email.src>>", "phone:<<tel.src:us_dash>>", "u/<<per.src:user>>", "lead-<<tel.src:uk_mobile>>"],
}
ANNOTATOR_PATTERNS = ["<<email.ANN:upper>>", "<<per_en.ANN:lower_dot>>", "<<email.ANN>>", "rater:<<email.ANN>>"]

ZH = [
    # ---------------------------------------------------------------- support_chat
    T(
        "ho-zh-support_chat-01",
        "zh",
        "support_chat",
        "以下是一段电话客服录音的转写稿，请提炼来电人的核心诉求，并判断是否需要升级处理。",
        "坐席：您好，这里是售后中心，请问怎么称呼？\n来电人：我姓<<per.c:family>>，全名<<per.c>>。\n坐席：好的，请报一下您的手机号码。\n"
        "来电人：<<tel.p:cn_numerals>>。\n坐席：再核对一下身份证后六位……算了，您直接报全号吧。\n来电人：<<cnid.i>>。\n"
        "来电人：我买的[[product.x]]第三次返修了，再不解决我就去[[service_number|12315]]投诉。",
        "诉求：来电人<<per.c>>（<<tel.p:cn_plain>>）的[[product.x]]已第三次返修，要求彻底解决，否则将投诉。需要升级至主管处理。",
    ),
    T(
        "ho-zh-support_chat-02",
        "zh",
        "support_chat",
        "根据这段跨境电商客服对话，帮客服写一条内部备注。",
        "买家（美国）：hello，我是<<per_en.b>>，中文名<<per.b>>，包裹寄到<<addr_us.h:full_unit|full>>，一直没到。\n"
        "客服小美：亲，麻烦留个电话哦～\n买家：联系<<tel.p:us_paren>>，或者发邮件<<email.e@b>>都行\n客服小美：好的亲，已帮您催件，物流单号[[tracking_number]]",
        "备注：美国买家<<per_en.b>>（<<per.b>>）反映包裹未送达<<addr_us.h:full_unit|full>>，联系电话<<tel.p:us_dash>>，邮箱<<email.e@b>>，已催件。",
    ),
    # ---------------------------------------------------------------- hr_form
    T(
        "ho-zh-hr_form-01",
        "zh",
        "hr_form",
        "请根据背景调查授权书，列出需要联系核实的人员及方式。",
        "背景调查授权书\n本人<<per.a>>（曾用名：<<per.a0>>），身份证号码<<cnid.a:lower_x|fw>>，同意[[organisation]]对本人进行背景调查。\n"
        "前雇主证明人：<<per.r>>，职务 部门经理，电话 <<tel.r:cn_land>>\n学历证明人：<<per.t>>老师，邮箱 <<email.t@t>>\n签字：<<per.a>>　日期：[[timestamp]]",
        "需核实：1）前雇主证明人<<per.r>>，座机<<tel.r:cn_land>>；2）学历证明人<<per.t>>，邮箱<<email.t@t>>。",
    ),
    T(
        "ho-zh-hr_form-02",
        "zh",
        "hr_form",
        "把下面的社保转移申请内容整理为要点。",
        "参保人姓名 <<per.a:spaced>>　性别 男　民族 汉\n公民身份号码 <<cnid.a:old15>>（一代证）\n户籍所在地 <<addr.h:village>>\n"
        "现工作单位 [[organisation]]\n个人账户开户行及卡号 <<card.c:unionpay>>\n联系电话 <<tel.p:cn_0086|cn_intl2>>",
        "- 参保人：<<per.a>>\n- 身份证（一代）：<<cnid.a:old15>>\n- 户籍：<<addr.h:village>>\n- 收款卡号：<<card.c:unionpay>>\n- 电话：<<tel.p:cn_plain>>",
    ),
    # ---------------------------------------------------------------- clinic_note
    T(
        "ho-zh-clinic_note-01",
        "zh",
        "clinic_note",
        "请用通俗语言向家属解释这份中医门诊记录。",
        "门诊号：<<mrn.m:mz>>\n姓名：<<per.p>>　年龄：七十二岁　陪诊：儿子<<per.s>>（<<tel.s:cn_space>>）\n"
        "四诊摘要：舌淡苔白，脉沉细。\n辨证：脾肾阳虚。\n处方：附子理中汤加减，七剂。\n医师签名：<<per.d>>",
        "<<per.s>>您好，您父亲<<per.p>>这次看的是中医，医生认为他脾胃和肾的阳气不足，开了七剂中药调理。",
    ),
    T(
        "ho-zh-clinic_note-02",
        "zh",
        "clinic_note",
        "根据体检报告首页，生成一段给受检者的通知。",
        "健康体检报告\n受检单位 [[organisation]]　血脂TC [[number|6.42]] mmol/L\n受检者 <<per.p>>　出生日期 <<dob.b:cn_pad|slash_iso>>\n"
        "证件号 <<cnid.i>>　联系方式 <<tel.p>>\n主检医师：<<per.d:title>>\n总检结论：血脂偏高，建议复查。",
        "<<per.p>>您好，您的体检报告已出，总检结论为血脂偏高，建议三个月后复查。如有疑问请致电体检中心。",
    ),
    # ---------------------------------------------------------------- server_log
    T(
        "ho-zh-server_log-01",
        "zh",
        "server_log",
        "从下面的 Java 日志中找出造成 NullPointerException 的调用，并说明日志里有哪些不该出现的字段。",
        "2024-03-02 10:22:31.118 [http-nio-8080-exec-7] INFO  c.x.user.LoginFilter - MDC{uid=88213, mobile=<<tel.p:cn_plain>>, "
        "realName=<<per.u>>, ip=<<ip.c:v6|private>>}\n2024-03-02 10:22:31.402 [http-nio-8080-exec-7] ERROR c.x.user.ProfileService - "
        'java.lang.NullPointerException: Cannot invoke "String.trim()" because "addr" is null\n    at c.x.user.ProfileService.fmt(ProfileService.java:57)',
        "NPE 出自 ProfileService.fmt 第57行，对为 null 的 addr 调用了 trim()。日志 MDC 中打印了手机号<<tel.p:cn_plain>>、真实姓名<<per.u>>和IP，应去掉或打码。",
    ),
    T(
        "ho-zh-server_log-02",
        "zh",
        "server_log",
        "分析这段 MySQL 慢查询日志，给出优化建议。",
        "# Time: [[timestamp]]\n# User@Host: app[app] @  [<<ip.h>>]\n# Query_time: 4.812  Lock_time: 0.000 Rows_sent: 1  Rows_examined: 2388112\n"
        "SELECT * FROM t_member WHERE real_name LIKE '%<<per.m>>%' OR id_no = '<<cnid.n>>' OR qq = '<<qq.q>>';",
        "该查询扫描了约238万行：real_name 使用前导 % 的模糊匹配无法走索引，OR 条件也会导致索引失效。建议拆成三条查询分别走 id_no、qq 的索引，姓名检索改用全文索引。",
    ),
    # ---------------------------------------------------------------- config_file
    T(
        "ho-zh-config_file-01",
        "zh",
        "config_file",
        "把这份 application.properties 改写成 YAML 格式。",
        "spring.mail.username=<<email.m>>\nnotify.sms.receiver=<<tel.p:cn_plain>>\nnotify.owner=<<per.o>>\ncompany.address=<<addr.w:tower|post>>\n"
        "security.allow-mac=<<mac.m:dash>>\nmanagement.server.address=<<ip.i>>\napp.version=[[version.v]]",
        'spring:\n  mail:\n    username: <<email.m>>\nnotify:\n  sms:\n    receiver: "<<tel.p:cn_plain>>"\n  owner: <<per.o>>\ncompany:\n'
        "  address: <<addr.w:tower|post>>\nsecurity:\n  allow-mac: <<mac.m:dash>>\nmanagement:\n  server:\n    address: <<ip.i>>\napp:\n  version: [[version.v]]",
    ),
    T(
        "ho-zh-config_file-02",
        "zh",
        "config_file",
        "检查这个 TOML 配置文件的语法错误。",
        '[owner]\nname = "<<per.o>>"\nwechat = "<<wx.w@o>>"\nphone = "<<tel.p:cn_dash>>"\n\n[backup]\ntarget = "<<ip.b>>"\n'
        'cron = "0 3 * * *"\nretention = [[number|30]]\n[[backup.exclude]\npath = "/tmp"',
        "最后一个数组表的表头少了一个右方括号，应以两个右方括号结尾。其他字段（name、wechat、phone、target）语法正确。",
    ),
    # ---------------------------------------------------------------- sql
    T(
        "ho-zh-sql-01",
        "zh",
        "sql",
        "把下面的 mysqldump 片段转成一张 Markdown 表格。",
        "-- Dumping data for table `vip_user`\nLOCK TABLES `vip_user` WRITE;\nINSERT INTO `vip_user` VALUES "
        "(1,'<<per.a>>','<<tel.a:cn_plain>>','<<addr.a:short|road>>','<<dob.a:iso>>'),(2,'<<per.b>>','<<tel.b:cn_plain>>','<<addr.b:short|road>>','<<dob.b:iso>>');\nUNLOCK TABLES;",
        "| id | 姓名 | 手机 | 地址 | 生日 |\n|---|---|---|---|---|\n| 1 | <<per.a>> | <<tel.a:cn_plain>> | <<addr.a:short|road>> | <<dob.a:iso>> |\n"
        "| 2 | <<per.b>> | <<tel.b:cn_plain>> | <<addr.b:short|road>> | <<dob.b:iso>> |",
    ),
    T(
        "ho-zh-sql-02",
        "zh",
        "sql",
        "这条 SQL 有注入风险吗？请改写成参数化查询。",
        'sql = "SELECT order_no FROM orders WHERE receiver=\'" + name + "\' AND receiver_phone=\'" + phone + "\'"\n'
        "# 调试时的实际值：name=<<per.r>>, phone=<<tel.r:cn_space>>, card=<<card.c:dashed>>",
        '有注入风险，name 和 phone 直接拼接进 SQL。改写：\ncursor.execute("SELECT order_no FROM orders WHERE receiver=%s AND receiver_phone=%s", (name, phone))\n'
        "另外调试注释中留下了<<per.r>>的手机号和银行卡号，提交前应删除。",
    ),
    # ---------------------------------------------------------------- csv_table
    T(
        "ho-zh-csv_table-01",
        "zh",
        "csv_table",
        "下面是快递批量下单的TSV文件，请检查哪一行的手机号格式不对。",
        "收件人\t手机\t省市区\t详细地址\t物品\n<<per.a>>\t<<tel.a:cn_plain>>\t—\t<<addr.a:comm|yuan>>\t[[product]]\n"
        "<<per.b>>\t<<tel.b:cn_fw>>\t—\t<<addr.b:road_bld|lane>>\t书\n<<per.c>>\t<<tel.c:cn_dash>>\t—\t<<addr.c:num_cn|road>>\t衣服",
        "第2行<<per.b>>的手机号使用了全角数字（<<tel.b:cn_fw>>），系统可能无法识别，应改为<<tel.b:cn_plain>>。",
    ),
    T(
        "ho-zh-csv_table-02",
        "zh",
        "csv_table",
        "从这份银行流水中统计转出总笔数，并列出对方户名。",
        "交易日期,摘要,金额,对方户名,对方账号,备注\n[[timestamp]],转账,-500.00,<<per.a>>,<<card.a:plain>>,房租\n"
        "[[timestamp]],转账,-1200.00,<<per.b>>,<<card.b:plain>>,学费\n[[timestamp]],利息,[[number|3.14]],,,结息",
        "转出共2笔，对方户名：<<per.a>>、<<per.b>>。",
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "ho-zh-vcard-01",
        "zh",
        "vcard",
        "这是一条微信里转发的“推荐联系人”，请整理成一条通讯录记录。",
        "[名片] <<per.a>>\n微信号：<<wx.w@a>>\n地区：浙江 杭州\n来源：<<per.b>>推荐\n留言：这是我表哥，做[[product]]维修的，电话<<tel.p:cn_space>>",
        "姓名：<<per.a>>\n微信：<<wx.w@a>>\n电话：<<tel.p:cn_plain>>\n备注：<<per.b>>的表哥，维修",
    ),
    T(
        "ho-zh-vcard-02",
        "zh",
        "vcard",
        "解析下面的 .vcf 内容，按“字段：值”逐行输出。",
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8:<<per.a:family>>;<<per.a:given>>\nTEL;HOME:<<tel.h:cn_land>>\nTEL;CELL:<<tel.m:cn_intl>>\n"
        "BDAY:<<dob.b:iso>>\nADR;WORK;CHARSET=UTF-8:;;<<addr.w:tower>>\nEMAIL;INTERNET:<<email.e@a>>\nEND:VCARD",
        "姓：<<per.a:family>>\n名：<<per.a:given>>\n住宅电话：<<tel.h:cn_land>>\n手机：<<tel.m:cn_intl>>\n生日：<<dob.b:cn>>\n工作地址：<<addr.w:tower>>\n"
        "邮箱：<<email.e@a>>",
    ),
    # ---------------------------------------------------------------- shipping_label
    T(
        "ho-zh-shipping_label-01",
        "zh",
        "shipping_label",
        "把这张电子面单上的文字按“收方/寄方/物品”三部分重新整理。",
        "京东物流 [[tracking_number]]\n收方 <<per.r>> <<tel.r>> <<addr.r>>\n寄方 [[organisation]]旗舰店 客服<<per.s>> <<tel.s:cn_land>>\n"
        "[[product]]　代收货款 0　打印时间 [[timestamp]]",
        "收方：<<per.r>>，<<tel.r>>，<<addr.r>>\n寄方：旗舰店客服<<per.s>>，<<tel.s:cn_land>>\n物品：见面单",
    ),
    T(
        "ho-zh-shipping_label-02",
        "zh",
        "shipping_label",
        "请根据下面的国际快递报关信息，判断清关还需要补充什么。",
        "Shipper 寄件人: <<per.s:pinyin_fl>> / <<per.s>>\nConsignee 收件人: <<per.r>>（个人物品清关）\n收件人身份证: <<cnid.r>>\n"
        "收件人电话: <<tel.r:cn_0086|cn_intl>>\n收件地址: <<addr.r>>\nContents: [[product]] x1, declared value USD [[number|299.00]]\n"
        "寄件人护照号 Passport: <<pass.s:cn_g|cn_e>>",
        "收件人<<per.r>>的身份证（<<cnid.r>>）和电话已提供；个人物品清关通常还需要收件人身份证正反面照片以及购物凭证。",
    ),
    # ---------------------------------------------------------------- email_signature
    T(
        "ho-zh-email_signature-01",
        "zh",
        "email_signature",
        "请判断这封邮件是否为钓鱼邮件，并说明理由。",
        "尊敬的客户：\n您的账户存在异常，请点击链接重新验证。\n\n[[organisation]]客户服务部\n<<per.a>>　客户经理\n电话：<<tel.a:cn_land>>　传真：<<tel.f:cn_land>>\n"
        "手机/微信：<<tel.m>>\n地址：<<addr.o>>",
        "疑似钓鱼：正文以账户异常为由诱导点击链接，未称呼收件人姓名；签名中的客户经理<<per.a>>及其手机<<tel.m>>无法通过官方渠道核实，建议勿点击。",
    ),
    T(
        "ho-zh-email_signature-02",
        "zh",
        "email_signature",
        "根据签名写一封邀请对方参加学术研讨会的邮件开头。",
        "——————————\n<<per.a>> 博士 / 副教授\n[[organisation|北京大学]] 信息科学技术学院\n办公室：<<addr.o:road|short>>\nTel: (+86) <<tel.p:cn_space>>\n"
        "Homepage: <<url.u:github@a>>\nEmail: <<email.e@a>>",
        "尊敬的<<per.a>>老师：\n您好！我们诚挚邀请您参加下月举办的机器学习研讨会……",
    ),
    # ---------------------------------------------------------------- email_header
    T(
        "ho-zh-email_header-01",
        "zh",
        "email_header",
        "这是一封转发邮件，请说明原始邮件是谁发给谁的，以及转发时抄送了谁。",
        '-----原始邮件-----\n发件人: "<<per.a>>"<<<email.a@a>>>\n发送时间: [[timestamp]]\n收件人: <<email.b@b>>\n抄送: <<per.c>><<<email.c@c>>>\n'
        "主题: 回复: 报销单\n\n转发：<<per.b>>\n抄送：<<per.d>>、<<per.e>>",
        "原始邮件由<<per.a>>（<<email.a@a>>）发给<<email.b@b>>，抄送<<per.c>>；<<per.b>>转发时又抄送了<<per.d>>和<<per.e>>。",
    ),
    T(
        "ho-zh-email_header-02",
        "zh",
        "email_header",
        "根据会议邀请，列出必选和可选参会人。",
        "会议邀请：[[product]]上线复盘\n组织者：<<per.o>>\n必选与会者：<<per.a>>; <<per.b>>; <<email.c>>\n可选与会者：<<per.d:user>>\n"
        "会议室：B座12层\n时间：[[timestamp]]",
        "必选：<<per.a>>、<<per.b>>、<<email.c>>；可选：<<per.d:user>>。组织者为<<per.o>>。",
    ),
    # ---------------------------------------------------------------- multi_turn_chat
    T(
        "ho-zh-multi_turn_chat-01",
        "zh",
        "multi_turn_chat",
        "我上次说的地址对吗？顺便帮我把收件人改成我妈妈<<per.m>>。",
        "",
        "您登记的地址是<<addr.h>>，没有问题。收件人已改为<<per.m>>，联系电话仍为<<tel.p>>。",
        system="你是某电商平台的智能客服。当前用户资料：姓名 <<per.u>>；手机 <<tel.p>>；默认地址 <<addr.h>>；会员等级 金卡。",
        history=[
            ("你好，我要查一下订单", "您好<<per.u:title>>，请问是尾号为多少的订单？"),
            ("就是昨天买[[product]]那个", "查到了，订单将寄往<<addr.h>>，预计明天送达。"),
        ],
    ),
    T(
        "ho-zh-multi_turn_chat-02",
        "zh",
        "multi_turn_chat",
        "请根据上面的问诊对话写一份简要的问诊小结。",
        "",
        "问诊小结：患者<<per.p>>，<<dob.b:cn>>出生，咳嗽一周伴低热，已建议线下就诊；紧急联系人<<per.k>>（<<tel.k>>）。",
        system="你是互联网医院的分诊助手，回答要简洁。",
        history=[
            (
                "医生你好，我是<<per.p>>，<<dob.b:cn>>出生，咳嗽一周了，有点低烧。",
                "您好，请问有没有胸闷气短？体温最高多少？",
            ),
            (
                "最高37.8，没有胸闷。家里人<<per.k>>的电话<<tel.k>>，有事可以找他。",
                "建议您到呼吸科线下就诊，必要时拍胸片。",
            ),
        ],
    ),
    # ---------------------------------------------------------------- json_blob
    T(
        "ho-zh-json_blob-01",
        "zh",
        "json_blob",
        "小程序获取到的用户信息如下，请说明哪些字段属于敏感个人信息。",
        '{"nickName": "[[common_word|白云]]", "gender": 2, "avatarUrl": "https://thirdwx.example.com/mmopen/abc", '
        '"phoneNumber": "<<tel.p:cn_intl2>>", "purePhoneNumber": "<<tel.p:cn_plain>>", "countryCode": "86", '
        '"realName": "<<per.u>>", "idCard": "<<cnid.i:x>>"}',
        "敏感个人信息：phoneNumber/purePhoneNumber（<<tel.p:cn_plain>>）、realName（<<per.u>>）、idCard（<<cnid.i:x>>）。昵称和头像属于一般信息。",
    ),
    T(
        "ho-zh-json_blob-02",
        "zh",
        "json_blob",
        "解释这条埋点事件 JSON 的含义。",
        '{"event": "checkout", "ts": [[timestamp]], "user": {"id": "u_7781", "name": "<<per.u>>", "mobile": "<<tel.p:cn_plain>>"}, '
        '"device": {"mac": "<<mac.m:colon_lower>>", "ip": "<<ip.c>>", "os": "Android [[version]]"}, "cart_total": [[number|1024]]}',
        "这是用户<<per.u>>在结算页触发的 checkout 事件，记录了设备MAC <<mac.m:colon_lower>>、IP <<ip.c>> 及购物车金额。",
    ),
    # ---------------------------------------------------------------- code_string
    T(
        "ho-zh-code_string-01",
        "zh",
        "code_string",
        "这个 JUnit 测试为什么失败？",
        '@Test\npublic void testMask() {\n    User u = new User("<<per.u>>", "<<tel.p:cn_plain>>");\n'
        '    assertEquals("<<per.u>>", u.getName());\n    assertEquals("<<tel.p:cn_plain>>", u.getMaskedPhone());\n}',
        "getMaskedPhone() 返回的是打码后的号码（中间四位为*），而断言期望的是完整号码<<tel.p:cn_plain>>，所以失败。期望值应改为打码格式。",
    ),
    T(
        "ho-zh-code_string-02",
        "zh",
        "code_string",
        "根据下面的 git log 生成本周的变更摘要。",
        "commit 3f9a1c2\nAuthor: <<per.a:pinyin>> <<<email.a@a>>>\nDate:   [[timestamp]]\n\n    修复[[code_identifier|getUserName()]]空指针\n\n"
        "commit 8be0d71\nAuthor: <<per.b:user>> <<<email.b@b>>>\nDate:   [[timestamp]]\n\n    升级依赖到[[version]]",
        "本周变更：1）<<per.a:pinyin>>修复了 getUserName() 的空指针问题；2）<<per.b:user>>升级了依赖版本。",
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "ho-zh-markdown_table-01",
        "zh",
        "markdown_table",
        "根据值班表，回答：周三晚上出问题应该找谁，怎么联系？",
        "| 日期 | 白班 | 夜班 | 夜班电话 | 备用微信 |\n|---|---|---|---|---|\n| 周二 | <<per.a>> | <<per.b>> | <<tel.b>> | <<wx.b@b>> |\n"
        "| 周三 | <<per.c>> | <<per.d>> | <<tel.d>> | <<wx.d@d>> |",
        "周三夜班是<<per.d>>，电话<<tel.d>>，也可以加微信<<wx.d@d>>。",
    ),
    T(
        "ho-zh-markdown_table-02",
        "zh",
        "markdown_table",
        "找出随访表中超过一个月没有随访的患者（今天是2024年5月1日）。",
        "| 病历号 | 患者 | 性别 | 末次随访 | 随访护士 | 出生日期 |\n|---|---|---|---|---|---|\n| <<mrn.a:zy>> | <<per.a>> | 男 | 2024-02-10 | <<per.n>> | <<dob.a:dot|cn>> |\n"
        "| <<mrn.b:zy>> | <<per.b>> | 女 | 2024-04-20 | <<per.n>> | <<dob.b:dot|cn>> |",
        "超过一个月未随访的是<<per.a>>（病历号<<mrn.a:zy>>），末次随访为2024-02-10。",
    ),
    # ---------------------------------------------------------------- court_document
    T(
        "ho-zh-court_document-01",
        "zh",
        "court_document",
        "请根据这份民事调解书写一段调解结果摘要。",
        "申请人：<<per.a>>，男，汉族，住<<addr.a:village|road_bld>>。\n被申请人：<<per.b>>，女，汉族，公民身份号码<<cnid.b>>，送达地址<<addr.b>>。\n"
        "经本院主持调解，双方自愿达成如下协议：被申请人于[[timestamp]]前向申请人支付货款[[money.m]]，款项汇入申请人账户<<card.a>>。",
        "调解结果：<<per.b>>在约定日期前向<<per.a>>支付货款[[money.m]]，汇入<<card.a>>。",
    ),
    T(
        "ho-zh-court_document-02",
        "zh",
        "court_document",
        "提取刑事判决书中被告人的基本情况。",
        "被告人<<per.d>>（曾用名<<per.d0>>），男，<<dob.d:cn_numerals|cn>>出生于<<addr.o:village>>，汉族，初中文化，无业，户籍地<<addr.o:village>>。"
        "因涉嫌盗窃罪于2023年5月被刑事拘留，现羁押于看守所。\n辩护人<<per.l>>，[[organisation]]律师。",
        "被告人：<<per.d>>（曾用名<<per.d0>>），男，出生日期<<dob.d:iso>>，户籍地<<addr.o:village>>，涉嫌盗窃罪，现羁押。辩护人：<<per.l>>。",
    ),
    # ---------------------------------------------------------------- car_service
    T(
        "ho-zh-car_service-01",
        "zh",
        "car_service",
        "根据违章查询结果，提醒车主处理。",
        "违法查询结果\n号牌号码：<<plate.p>>　号牌种类：小型汽车\n机动车所有人：<<per.o>>\n驾驶证号：<<dl.d>>\n"
        "违法时间：[[timestamp]]　违法地点：<<addr.x:road>>\n违法行为：机动车违反禁令标志指示　罚款：200元　记分：3",
        "<<per.o>>您好，您的车辆<<plate.p>>在<<addr.x:road>>有一条违反禁令标志的违法记录（罚款200元、记3分），请及时处理。",
    ),
    T(
        "ho-zh-car_service-02",
        "zh",
        "car_service",
        "车辆年检预约单里，车主和委托办理人分别是谁？需要带什么材料？",
        "机动车检验预约\n车主：<<per.o>>（<<tel.o:cn_dash>>）\n委托办理人：<<per.w>>，身份证<<cnid.w:spaced>>\n号牌：<<plate.p>>\n"
        "车型：[[product|理想L9]]　预约站点：<<addr.s:road>>",
        "车主是<<per.o>>，委托办理人是<<per.w>>。需携带行驶证、交强险保单、<<per.w>>的身份证原件及车主签字的委托书。",
    ),
    # ---------------------------------------------------------------- appointment
    T(
        "ho-zh-appointment-01",
        "zh",
        "appointment",
        "把下面的挂号短信改写成更礼貌的版本。",
        "【挂号成功】就诊人<<per.p>>，就诊卡号<<mrn.c:digits>>，门诊号<<mrn.m:mz>>，[[timestamp]] 心内科 <<per.d:title>>。请提前30分钟取号。",
        "尊敬的<<per.p>>，您好！您已成功预约心内科<<per.d:title>>的门诊，请于就诊前30分钟携带就诊卡（<<mrn.c:digits>>）取号，祝您早日康复。",
    ),
    T(
        "ho-zh-appointment-02",
        "zh",
        "appointment",
        "根据家政预约信息，生成派单给阿姨的简要说明。",
        "预约人<<per.a>>电话<<tel.a:cn_plain>>服务地址<<addr.h:comm|post>>服务项目 深度保洁4小时 时间[[timestamp]] 备注：客厅的[[product]]别碰，[[common_word|顾客]]评价要求高",
        "派单：[[timestamp]] 深度保洁4小时，地址<<addr.h:comm|post>>，联系人<<per.a:title>>，到达前电话联系。",
    ),
    # ---------------------------------------------------------------- emergency_contact
    T(
        "ho-zh-emergency_contact-01",
        "zh",
        "emergency_contact",
        "根据员工档案的紧急联系人部分，写一段如遇突发情况的联系顺序说明。",
        "【紧急联系人】\n第一联系人：<<per.a>>　关系：母亲　手机：<<tel.a>>　住址：<<addr.a>>\n第二联系人：<<per_tr.b>>　关系：配偶　手机：<<tel.b:us_dash>>\n"
        "员工本人：<<per.e>>　血型：A",
        "如<<per.e>>遇突发情况，先联系母亲<<per.a>>（<<tel.a>>），联系不上再联系配偶<<per_tr.b>>（<<tel.b:us_dash>>）。",
    ),
    T(
        "ho-zh-emergency_contact-02",
        "zh",
        "emergency_contact",
        "根据养老院入住登记，列出老人的监护人及联系方式。",
        "入住老人：<<per.e>>，<<dob.e:cn>>生，身份证<<cnid.e:old15>>\n监护人：长子<<per.s>>，电话<<tel.s:cn_intl>>；次女<<per.d>>，电话<<tel.d:cn_space>>\n"
        "原住址：<<addr.h:num_cn|village>>\n特殊说明：老人喜欢听[[public_figure]]的评书",
        "监护人：长子<<per.s>>（<<tel.s:cn_intl>>）、次女<<per.d>>（<<tel.d:cn_space>>）。",
    ),
    # ---------------------------------------------------------------- bank_form
    T(
        "ho-zh-bank_form-01",
        "zh",
        "bank_form",
        "审核这份个人住房贷款申请，列出借款人和共同还款人的关键信息。",
        "借款人：<<per.a>>　证件号码：<<cnid.a>>　婚姻状况：已婚\n配偶（共同还款人）：<<per.b>>　证件号码：<<cnid.b:x|spaced>>\n"
        "抵押房产：<<addr.h:road_bld|comm>>\n还款账户：<<card.r:spaced>>\n工作单位：[[organisation]]　月收入：[[money]]",
        "借款人<<per.a>>（<<cnid.a>>），共同还款人为配偶<<per.b>>；抵押房产位于<<addr.h:road_bld|comm>>；还款账户<<card.r:spaced>>。",
    ),
    T(
        "ho-zh-bank_form-02",
        "zh",
        "bank_form",
        "根据挂失申请，生成一条给客户的确认短信。",
        "银行卡挂失申请\n持卡人：<<per.a>>\n卡号：<<card.c:fw>>\n证件：<<cnid.a:fw>>\n预留手机：<<tel.p:cn_fw>>\n挂失原因：遗失　网点：[[organisation]]支行",
        "【银行】<<per.a:title>>，您的银行卡挂失已受理，请于7日后持身份证到网点办理补卡。如非本人操作请致电[[service_number]]。",
    ),
    # ---------------------------------------------------------------- travel_booking
    T(
        "ho-zh-travel_booking-01",
        "zh",
        "travel_booking",
        "根据12306订单截图的文字，说明每位乘车人的座位。",
        "订单号：[[order_number]]\n1. <<per.a>>　成人票　二等座 05车12F　居民身份证 <<cnid.a>>\n2. <<per.b>>　学生票　二等座 05车12D　居民身份证 <<cnid.b>>\n"
        "3. <<per_en.c>>　成人票　二等座 05车12C　护照 <<pass.c:us>>\n联系人手机 <<tel.p>>",
        "<<per.a>>：05车12F；<<per.b>>：05车12D；<<per_en.c>>：05车12C。",
    ),
    T(
        "ho-zh-travel_booking-02",
        "zh",
        "travel_booking",
        "请检查这份签证申请表中填写不一致的地方。",
        "申请人姓名（中文）：<<per.a>>\n姓名拼音：<<per.a:pinyin_fl>>\n出生日期：<<dob.a:cn_pad>>\n护照号码：<<pass.a:cn_ea|cn_e>>\n"
        "现住址：<<addr.h>>\n手机：<<tel.p:cn_intl>>\n邮箱：<<email.e@a>>\n紧急联系人：<<per.k>>，<<tel.k>>\n曾经去过的国家：无",
        "未发现明显不一致，但建议核对：护照号<<pass.a:cn_ea|cn_e>>应与护照资料页一致；拼音<<per.a:pinyin_fl>>需与护照上的拼写完全相同。",
    ),
    # ---------------------------------------------------------------- resume
    T(
        "ho-zh-resume-01",
        "zh",
        "resume",
        "作为猎头，请根据候选人信息写一段给客户的推荐语。",
        "候选人推荐报告\n候选人：<<per.a>>（<<per.a:pinyin>>）\n年龄：35岁（<<dob.a:cn>>）\n现居：<<addr.h:comm>>\n联系方式：<<tel.p>> / <<email.e@a>>\n"
        "现任：[[organisation]] 数据平台负责人\n期望薪资：面议",
        "推荐<<per.a>>：现任[[organisation]]数据平台负责人，具备多年大数据平台建设经验，沟通能力强，可尽快到岗。",
    ),
    T(
        "ho-zh-resume-02",
        "zh",
        "resume",
        "请把这份英文简历的头部翻译成中文。",
        "<<per.a:pinyin_fl>>\nEmail: <<email.e@a>> | Mobile: <<tel.p:cn_intl>> | WeChat: <<wx.w@a>>\nAddress: <<addr.h:road_bld>>\n"
        "LinkedIn: <<url.l:linkedin@a>>\nObjective: Senior data engineer with a passion for [[code_identifier|Python]].",
        "<<per.a>>\n邮箱：<<email.e@a>>｜手机：<<tel.p:cn_intl>>｜微信：<<wx.w@a>>\n地址：<<addr.h:road_bld>>\n领英：<<url.l:linkedin@a>>\n求职意向：热爱 Python 的高级数据工程师。",
    ),
    # ---------------------------------------------------------------- social_profile
    T(
        "ho-zh-social_profile-01",
        "zh",
        "social_profile",
        "把这段小红书博主简介改写得更吸引人。",
        "🌸坐标魔都｜<<dob.b:iso>>的射手座\n📮合作：<<email.e>>\n🔗主页 <<url.x:xiaohongshu>>\n💬V：<<wx.w>>（备注来意）\n本名<<per.a>>，爱[[product]]也爱猫",
        "🌸魔都射手座女孩，爱数码也爱猫～商务合作请发邮件至<<email.e>>，或加V：<<wx.w>>（请备注来意）。",
    ),
    T(
        "ho-zh-social_profile-02",
        "zh",
        "social_profile",
        "判断下面这条评论是否涉及人肉搜索，应如何处理。",
        "楼上那个就是<<per.x>>，住<<addr.h>>，身份证<<cnid.x>>，电话<<tel.x:cn_space>>，豆瓣<<url.d:douban@x>>，大家去骂他！",
        "涉及人肉搜索：评论公开了他人姓名、住址、身份证号、电话和社交账号，并煽动网暴，应立即删除并封禁账号。",
    ),
    # ---------------------------------------------------------------- network_inventory
    T(
        "ho-zh-network_inventory-01",
        "zh",
        "network_inventory",
        "路由器后台的客户端列表如下，请找出可能是陌生设备的那一台。",
        "主机名 | IP地址 | MAC地址 | 连接方式\n<<per.a:user>>-iPhone | <<ip.a:private>> | <<mac.a:dash>> | 5G\n<<per.b>>的MacBook | <<ip.b:private>> | <<mac.b>> | 5G\n"
        "android-8f2a | <<ip.c:private>> | <<mac.c:colon_lower>> | 2.4G",
        "主机名 android-8f2a（<<ip.c:private>>，<<mac.c:colon_lower>>）没有可识别的使用人，可能是陌生设备，建议核实后拉黑。",
    ),
    T(
        "ho-zh-network_inventory-02",
        "zh",
        "network_inventory",
        "为这份防火墙白名单申请写审批意见。",
        "申请人：<<per.a>>（<<email.a@a>>）\n申请放行：<<ip.s:v6>>、<<ip.t>> 访问 3306 端口\n设备MAC：<<mac.m:cisco>>\n理由：[[code_identifier|Kotlin]]服务联调",
        "同意临时放行<<ip.s:v6>>和<<ip.t>>访问3306端口，有效期7天，到期由<<per.a>>申请续期。",
    ),
    # ---------------------------------------------------------------- insurance_claim
    T(
        "ho-zh-insurance_claim-01",
        "zh",
        "insurance_claim",
        "根据医疗险理赔申请，确认被保险人和受益人是否一致，以及赔款打到哪里。",
        "被保险人：<<per.i>>（<<cnid.i>>）\n受益人：<<per.b>>，与被保险人关系：配偶\n受益人银行账户：<<card.b>>，开户行：[[organisation]]\n"
        "住院号：<<mrn.z:zy>>　出院日期：[[timestamp]]\n联系电话：<<tel.b>>",
        "不一致：被保险人是<<per.i>>，受益人是其配偶<<per.b>>，赔款将打入受益人账户<<card.b>>。",
    ),
    T(
        "ho-zh-insurance_claim-02",
        "zh",
        "insurance_claim",
        "用一句话概括这起意外险出险经过。",
        "出险人<<per.a>>，<<dob.a:cn>>生，于[[timestamp]]在<<addr.x:village|road>>骑电动车摔伤，送至[[organisation]]治疗，病历号<<mrn.m>>。报案人：其子<<per.s>>，<<tel.s>>。",
        "<<per.a>>在<<addr.x:village|road>>骑电动车摔伤后被送医治疗。",
    ),
    # ---------------------------------------------------------------- incident_report
    T(
        "ho-zh-incident_report-01",
        "zh",
        "incident_report",
        "根据这份物业事故报告，写一份整改建议。",
        "事故报告\n时间：[[timestamp]]\n地点：<<addr.x:comm>>地下车库\n经过：业主<<per.o>>（<<tel.o>>）的车辆<<plate.p>>被掉落的广告牌砸中，无人员受伤。\n"
        "值班保安：<<per.g>>",
        "整改建议：全面排查地下车库悬挂物的固定情况，增设防护网；与业主<<per.o>>协商车辆<<plate.p>>的维修赔偿。",
    ),
    T(
        "ho-zh-incident_report-02",
        "zh",
        "incident_report",
        "这是一份网络诈骗报案材料，请提取诈骗方的联系方式和收款账户。",
        "报案人<<per.v>>（<<cnid.v>>）称：对方自称[[organisation]]客服，微信号<<wx.f>>，QQ<<qq.f>>，手机<<tel.f:cn_0086>>，"
        "诱导我向其银行卡<<card.f>>转账[[money]]。对方收款人姓名显示为<<per.f>>。",
        "诈骗方联系方式：微信<<wx.f>>、QQ <<qq.f>>、手机<<tel.f:cn_plain>>；收款账户：<<card.f>>（户名<<per.f>>）。",
    ),
    # ---------------------------------------------------------------- lease_contract
    T(
        "ho-zh-lease_contract-01",
        "zh",
        "lease_contract",
        "根据车位租赁协议，回答：车位在哪里？租给了谁的哪辆车？",
        "车位租赁协议\n出租人：<<per.a>>（<<tel.a>>）\n承租人：<<per.b>>（<<tel.b:cn_land|cn_dash>>）\n车位：<<addr.h:comm>>地下二层B-066\n"
        "登记车辆：<<plate.p>>（[[product]]）\n租金：每月[[money]]，按季度支付至<<card.a:dashed>>",
        "车位在<<addr.h:comm>>地下二层B-066，租给<<per.b>>，登记车辆为<<plate.p>>。",
    ),
    T(
        "ho-zh-lease_contract-02",
        "zh",
        "lease_contract",
        "商铺租赁合同中，乙方的法定代表人和联系人分别是谁？",
        "甲方：<<per.a>>（身份证号<<cnid.a>>）\n乙方：[[organisation]]餐饮管理有限公司\n法定代表人：<<per.l>>\n联系人：<<per.c>>，电话<<tel.c:cn_intl>>，"
        "邮箱<<email.c@c>>\n租赁物业：<<addr.s:road|tower>>一层",
        "乙方法定代表人是<<per.l>>，联系人是<<per.c>>（<<tel.c:cn_intl>>，<<email.c@c>>）。",
    ),
    # ---------------------------------------------------------------- school_record
    T(
        "ho-zh-school_record-01",
        "zh",
        "school_record",
        "根据新生报名表，生成给家长的入学须知开头称呼和一句话提醒。",
        "新生报名表\n学生姓名：<<per.s>>　出生日期：<<dob.s:cn_pad>>　身份证号：<<cnid.s:x|>>\n父亲：<<per.f>>，工作单位 [[organisation]]，手机 <<tel.f>>\n"
        "母亲：<<per.m>>，手机 <<tel.m:cn_dash>>\n家庭住址：<<addr.h:comm|road_bld>>",
        "<<per.f>>先生、<<per.m>>女士：\n您好！请于开学当天携带<<per.s>>的户口本和疫苗接种证到校报到。",
    ),
    T(
        "ho-zh-school_record-02",
        "zh",
        "school_record",
        "校车接送名单如下，请按站点分组。",
        "1号线接送名单\n<<per.a>>　接送站点：<<addr.a:road>>　家长：<<per.pa>> <<tel.pa>>\n<<per.b>>　接送站点：<<addr.b:comm>>　家长：<<per.pb>> <<tel.pb>>\n"
        "<<per.c>>　接送站点：<<addr.a:road>>　家长：<<per.pc>> <<tel.pc>>",
        "站点<<addr.a:road>>：<<per.a>>、<<per.c>>\n站点<<addr.b:comm>>：<<per.b>>",
    ),
    # ---------------------------------------------------------------- delivery_order
    T(
        "ho-zh-delivery_order-01",
        "zh",
        "delivery_order",
        "根据骑手和顾客的聊天，判断订单是否已送达。",
        "骑手：您好，我是骑手<<per.r:title>>，到<<addr.h:comm|yuan>>楼下了，门禁进不去。\n顾客：我下来拿，我是<<per.c>>。\n"
        "骑手：好的，您电话<<tel.c:cn_space>>打不通。\n顾客：换这个：<<tel.d>>\n骑手：已送达，放在[[common_word|单元格]]…不是，单元门口了",
        "已送达：骑手<<per.r:title>>将外卖放在<<addr.h:comm|yuan>>的单元门口，顾客<<per.c>>下楼自取。",
    ),
    T(
        "ho-zh-delivery_order-02",
        "zh",
        "delivery_order",
        "统计下面团购接龙里每种商品的总份数。",
        "#接龙 今日团购：[[product]] / 土鸡蛋\n1. <<per.a>> <<addr.a:short>> 鸡蛋2份\n2. <<per.b:given>>妈妈 <<addr.b:short>> 鸡蛋1份\n"
        "3. <<per.c>> <<addr.c:short>> <<tel.c:cn_plain>> 鸡蛋3份\n4. <<per_tr.d>> <<addr.d:short>> 鸡蛋1份",
        "土鸡蛋共7份（<<per.a>>2份、<<per.b:given>>妈妈1份、<<per.c>>3份、<<per_tr.d>>1份）。",
    ),
    # ---------------------------------------------------------------- meeting_notes
    T(
        "ho-zh-meeting_notes-01",
        "zh",
        "meeting_notes",
        "把居委会会议记录整理成三条决议。",
        "居委会会议记录 [[timestamp]]\n出席：<<per.a>>（主任）、<<per.b>>、<<per.c>>\n1. <<addr.x:comm>>3号楼电梯故障，由<<per.b>>联系维保单位（<<tel.w:cn_land>>）。\n"
        "2. 独居老人<<per.e>>（住<<addr.e:comm>>）需每日上门探访，由<<per.c>>负责。\n3. 下月组织学习[[public_figure]]精神。",
        "决议：1）<<per.b>>负责联系维保单位修复电梯；2）<<per.c>>负责每日探访独居老人<<per.e>>；3）下月组织学习活动。",
    ),
    T(
        "ho-zh-meeting_notes-02",
        "zh",
        "meeting_notes",
        "根据面试评价记录，给出录用建议。",
        "面试评价\n候选人：<<per.c>>，手机<<tel.c>>，应聘岗位：前端工程师\n面试官：<<per.i>>、<<per.j:user>>\n"
        "技术：熟悉[[code_identifier|JavaScript]]、React，算法一般\n沟通：良好\n综合评分：[[number|4.2]]/5",
        "建议录用<<per.c>>：前端基础扎实、沟通良好，算法可在试用期加强。",
    ),
    # ---------------------------------------------------------------- translation_task
    T(
        "ho-zh-translation_task-01",
        "zh",
        "translation_task",
        "把这段英文租房广告的回复翻译成中文。",
        "Hi, this is <<per_en.a>>. I'm interested in the flat at <<addr_uk.f:flat>>. I can view it on Saturday. "
        "My number is <<tel.p:uk_intl>> and my email is <<email.e@a>>. My date of birth is <<dob.b:long_eu>> if you need it for the reference check.",
        "你好，我是<<per_en.a>>。我对<<addr_uk.f:flat>>的这套公寓很感兴趣，周六可以来看房。我的电话是<<tel.p:uk_intl>>，邮箱是<<email.e@a>>。"
        "如果背景审核需要，我的出生日期是<<dob.b:long_eu>>。",
    ),
    T(
        "ho-zh-translation_task-02",
        "zh",
        "translation_task",
        "请把下面的中文证明翻译成英文。",
        "兹证明<<per.a>>（身份证号<<cnid.a>>）系我单位员工，自2018年起在我单位工作至今。\n单位地址：<<addr.w>>\n联系人：<<per.h>>，电话<<tel.h:cn_land>>",
        "This is to certify that <<per.a:pinyin>> (ID No. <<cnid.a>>) has been employed by our organisation since 2018.\n"
        "Address: <<addr.w>>\nContact: <<per.h:pinyin>>, Tel. <<tel.h:cn_land>>",
    ),
    # ---------------------------------------------------------------- forum_post
    T(
        "ho-zh-forum_post-01",
        "zh",
        "forum_post",
        "帮我把这条寻物启事改得更简洁。",
        "【寻物启事】本人<<per.a>>于昨天下午在[[public_place]]附近丢失黑色钱包一个，内有身份证（<<cnid.a>>）、银行卡一张（<<card.c>>）。"
        "有拾到者请联系<<tel.p:cn_numerals|cn_fw>>，或送至<<addr.h:road|short>>，必有重谢！",
        "寻物启事：昨天下午在[[public_place]]附近丢失黑色钱包（内有证件和银行卡），拾到者请联系<<per.a>>，必有重谢。",
    ),
    T(
        "ho-zh-forum_post-02",
        "zh",
        "forum_post",
        "这条相亲帖里有哪些不建议公开的信息？",
        "【征婚】男，<<dob.b:cn>>出生，身高178，在[[organisation]]上班，有房有车（车牌<<plate.p>>）。\n姓名：<<per.a>>\n微信：<<wx.w@a>>\n"
        "手机：<<tel.p>>\n家住：<<addr.h:comm>>\n喜欢读[[public_figure]]，希望找个温柔的女生。",
        "不建议公开：真实姓名<<per.a>>、具体出生日期、车牌<<plate.p>>、微信<<wx.w@a>>、手机<<tel.p>>和小区住址，可以只保留年龄段、身高和兴趣。",
    ),
    T(
        "ho-zh-bank_form-03",
        "zh",
        "bank_form",
        "客户要在海外开户，请根据下面的材料判断还缺什么。",
        "客户：<<per.a>>（英文名 <<per.a:pinyin>>）\n美国社会安全号（SSN）：<<ssn.s:plain>>\n德国账户 IBAN：<<iban.i:DE>>\n护照：<<pass.p>>\n"
        "国内联系电话：<<tel.p:cn_space>>\n境外地址：<<addr_us.h:full>>\n备注：客户是[[public_figure]]研究者，常年往返两地",
        "材料基本齐全：SSN <<ssn.s:plain>>、IBAN <<iban.i:DE>>、护照<<pass.p>>均已提供；还缺境外地址证明（如近三个月的账单）。",
    ),
    T(
        "ho-zh-school_record-03",
        "zh",
        "school_record",
        "根据教材征订单，统计每位家长需要缴纳的费用。",
        "教材征订单\n| 学生 | 家长 | 家长电话 | 教材 | ISBN | 单价 |\n|---|---|---|---|---|---|\n"
        "| <<per.a>> | <<per.pa>> | <<tel.pa>> | 数学拓展 | [[isbn]] | [[money]] |\n| <<per.b>> | <<per.pb>> | <<tel.pb:cn_numerals|cn_plain>> | 英语阅读 | [[isbn]] | [[money]] |\n"
        "备注：请勿写成[[common_word|单元格]]外",
        "<<per.pa>>（<<per.a>>家长）和<<per.pb>>（<<per.b>>家长）各缴纳对应教材的费用，金额见表中单价一栏。",
    ),
]

EN = [
    # ---------------------------------------------------------------- support_chat
    T(
        "ho-en-support_chat-01",
        "en",
        "support_chat",
        "Here is a transcript of a phone call to a utility company. Write the case note the rep should file.",
        "REP: Account verification first. Full name?\nCALLER: It's <<per.c>>, C as in Charlie.\nREP: And the service address?\n"
        "CALLER: <<addr_us.h:full_unit|full>>.\nREP: Last four of the social won't do for a transfer, I need the whole thing.\nCALLER: Fine, <<ssn.s:plain|space>>.\n"
        "REP: Best number?\nCALLER: Call me on <<tel.p:us_plain>>.",
        "Case note: <<per.c>> requested a service transfer for <<addr_us.h:full_unit|full>>. Identity verified with full SSN; callback <<tel.p:us_dash>>.",
    ),
    T(
        "ho-en-support_chat-02",
        "en",
        "support_chat",
        "Turn this Twitter DM exchange with our support account into a short internal escalation.",
        "@<<per.u:user>>: my [[product.x]] died after the update and nobody answers the hotline\n"
        "Support: Sorry to hear that! Could you DM us the email on your account and a daytime number?\n"
        "@<<per.u:user>>: <<email.e@u>> / <<tel.p:uk_mobile|us_dot>>. name on the order is <<per.u>>",
        "Escalation: customer <<per.u>> (<<email.e@u>>) reports a [[product.x]] failure after the latest update and no response from the hotline.",
    ),
    # ---------------------------------------------------------------- hr_form
    T(
        "ho-en-hr_form-01",
        "en",
        "hr_form",
        "Check this employment eligibility section for errors.",
        "Section 1. Employee Information\nLast Name (Family Name): <<per.e:family>>   First Name (Given Name): <<per.e:given>>\n"
        "Address (Street Number and Name): <<addr_us.h:line_unit|line>>\nDate of Birth (mm/dd/yyyy): <<dob.b:us_pad>>\n"
        "U.S. Social Security Number: <<ssn.s:dash>>\nEmployee's E-mail Address: <<email.e@e>>\nEmployee's Telephone Number: <<tel.p:us_paren>>",
        "No formatting errors found: the DOB <<dob.b:us_pad>> matches mm/dd/yyyy and the SSN <<ssn.s:dash>> is in the expected format. "
        "City, state and ZIP are missing from the address line.",
    ),
    T(
        "ho-en-hr_form-02",
        "en",
        "hr_form",
        "List every address the candidate reported on this background-check consent, newest first.",
        "I, <<per.a>>, authorize [[organisation]] to obtain consumer reports about me.\nCurrent address: <<addr.c>> (since 2021)\n"
        "Previous address: <<addr.p>> (2017-2021)\nOther names used: <<per.a0>>\nDriver's license no. / state: <<dl.d>>\nSignature: <<per.a:initial>>",
        "1. <<addr.c>> (2021-present)\n2. <<addr.p>> (2017-2021)",
    ),
    # ---------------------------------------------------------------- clinic_note
    T(
        "ho-en-clinic_note-01",
        "en",
        "clinic_note",
        "Summarise this ED triage note for the admitting team in three bullet points.",
        "TRIAGE [[timestamp]]\n<<per.p:upper>>, <<dob.b:us_pad>>, MRN# <<mrn.m:digits>>. Brought in by mother <<per.g>> (cell <<tel.g>>).\n"
        "CC: fever 39.4C, rash. Vitals stable. Hx: asthma, uses albuterol.\nPCP: Dr <<per.d>>, fax <<tel.f>>",
        "- <<per.p>> (MRN <<mrn.m:digits>>) with fever 39.4C and rash, vitals stable.\n- History of asthma on albuterol.\n"
        "- Mother <<per.g>> present, reachable at <<tel.g>>.",
    ),
    T(
        "ho-en-clinic_note-02",
        "en",
        "clinic_note",
        "Is this refill request safe to approve? Explain briefly.",
        "Pharmacy refill request\nPatient: <<per.p:last_first>>   DOB: <<dob.b:short_month|long>>\nRx: lisinopril 10 mg, #90, 3 refills\n"
        "Prescriber: <<per.d>>, MD\nPharmacy callback: <<tel.c>>\nPatient address on file: <<addr.h>>\nLast BP: 128/80",
        "Yes, likely safe: <<per.p>> has controlled BP (128/80) on lisinopril 10 mg; confirm recent kidney function labs before approving.",
    ),
    # ---------------------------------------------------------------- server_log
    T(
        "ho-en-server_log-01",
        "en",
        "server_log",
        "What is this Apache access log telling us, and what personal data ended up in it?",
        '<<ip.a>> - - [[[timestamp]]] "GET /unsubscribe?email=<<email.e>>&name=<<per.u:lower_full>> HTTP/1.1" 302 0 "-" "curl/8.4.0"\n'
        '<<ip.a>> - - [[[timestamp]]] "GET /account/reset?phone=<<tel.p:us_intl2>> HTTP/1.1" 200 512 "-" "curl/8.4.0"',
        "A script (curl) from <<ip.a>> hit the unsubscribe and password-reset endpoints. Personal data leaked into the URLs: the email <<email.e>>, "
        "the name <<per.u>> and a phone number.",
    ),
    T(
        "ho-en-server_log-02",
        "en",
        "server_log",
        "Parse these Kubernetes JSON log lines and report the failing request.",
        '{"level":"info","ts":"[[timestamp]]","msg":"request","path":"/v2/kyc","user":"<<email.e@u>>","client":"<<ip.c:v6|private>>"}\n'
        '{"level":"error","ts":"[[timestamp]]","msg":"kyc mismatch","passport":"<<pass.p>>","dob":"<<dob.b:iso>>","full_name":"<<per.u>>"}',
        "The /v2/kyc request from <<email.e@u>> failed with 'kyc mismatch': the passport <<pass.p>> did not match the name <<per.u>> and "
        "birth date on file.",
    ),
    # ---------------------------------------------------------------- config_file
    T(
        "ho-en-config_file-01",
        "en",
        "config_file",
        "Translate this TOML config into an equivalent INI file.",
        '[maintainer]\nname = "<<per.m>>"\nemail = "<<email.m@m>>"\npager = "<<tel.m:us_intl>>"\n\n[server]\nlisten = "<<ip.l>>"\n'
        'allowed_mac = "<<mac.a>>"\nworkers = [[number|16]]',
        "[maintainer]\nname = <<per.m>>\nemail = <<email.m@m>>\npager = <<tel.m:us_intl>>\n\n[server]\nlisten = <<ip.l>>\nallowed_mac = <<mac.a>>\nworkers = 16",
    ),
    T(
        "ho-en-config_file-02",
        "en",
        "config_file",
        "What does this crontab do, and who gets the output?",
        "MAILTO=<<email.o>>\n# owner: <<per.o>> (mobile <<tel.o:uk_mobile|us_dash>>)\n0 2 * * * /opt/backup/run.sh --target <<ip.b>>\n"
        "*/15 * * * * /usr/bin/python3 /opt/sync.py  # [[code_identifier|Python]] [[version]]",
        "It runs a backup to <<ip.b>> every night at 02:00 and a sync script every 15 minutes; cron output is e-mailed to <<email.o>>.",
    ),
    # ---------------------------------------------------------------- sql
    T(
        "ho-en-sql-01",
        "en",
        "sql",
        "Rewrite this UPDATE so it touches only the intended customer.",
        "UPDATE customers\nSET mailing_address = '<<addr.n>>',\n    phone = CASE WHEN phone IS NULL THEN '<<tel.p:us_plain>>' ELSE phone END\n"
        "WHERE full_name = '<<per.c>>';  -- ticket from <<email.r>>",
        "Names aren't unique, so key the update on the customer id:\nUPDATE customers SET mailing_address = '<<addr.n>>', phone = COALESCE(phone, '<<tel.p:us_plain>>')\n"
        "WHERE customer_id = :id;  -- id looked up for <<per.c>>",
    ),
    T(
        "ho-en-sql-02",
        "en",
        "sql",
        "Explain what this mysqldump excerpt contains.",
        "-- Table structure for table `donors`\n-- Dumping data for table `donors`\nINSERT INTO `donors` VALUES (101,'<<per.a>>','<<email.a@a>>','<<card.a:plain>>',[[money]]),"
        "(102,'<<per.b>>','<<email.b@b>>','<<card.b:plain>>',[[money]]);",
        "It is a data dump of the donors table with two rows: <<per.a>> and <<per.b>>, including their emails, full card numbers and donation amounts.",
    ),
    # ---------------------------------------------------------------- csv_table
    T(
        "ho-en-csv_table-01",
        "en",
        "csv_table",
        "This tab-separated export has a broken row. Which one, and why?",
        "donor_id\tfull_name\tphone\tdob\tzip\n5001\t<<per.a>>\t<<tel.a:us_plain>>\t<<dob.a:us_pad>>\t02139\n5002\t<<per.b>>\t<<tel.b:us_plain>>\t\n"
        "5003\t<<per.c:last_first>>\t<<tel.c:us_dot>>\t<<dob.c:us_pad>>\t98105",
        "Row 5002 (<<per.b>>) is truncated: the dob and zip columns are missing. Row 5003 also stores the name as '<<per.c:last_first>>' with a comma, "
        "which may break naive parsers.",
    ),
    T(
        "ho-en-csv_table-02",
        "en",
        "csv_table",
        "Total the debits in this bank statement export and name the payees.",
        "Date,Description,Debit,Credit,Payee,Payee IBAN\n[[timestamp]],SEPA transfer,450.00,,<<per.a>>,<<iban.a>>\n"
        "[[timestamp]],SEPA transfer,1200.00,,<<per.b>>,<<iban.b>>\n[[timestamp]],Interest,,[[number|2.71]],,",
        "Debits total 1,650.00, paid to <<per.a>> and <<per.b>>.",
    ),
    # ---------------------------------------------------------------- vcard
    T(
        "ho-en-vcard-01",
        "en",
        "vcard",
        "Decode this MECARD QR payload into a contact.",
        "MECARD:N:<<per.a:last_first>>;TEL:<<tel.p:us_plain|uk_mobile>>;EMAIL:<<email.e@a>>;ADR:<<addr.h:line>>;BDAY:<<dob.b:compact>>;;",
        "Name: <<per.a>>\nPhone: <<tel.p:us_plain|uk_mobile>>\nEmail: <<email.e@a>>\nAddress: <<addr.h:line>>\nBirthday: <<dob.b:iso>>",
    ),
    T(
        "ho-en-vcard-02",
        "en",
        "vcard",
        "Merge these two Outlook contact exports into one record.",
        'First Name,Last Name,Mobile Phone,Home Street,E-mail Address\n<<per.a:given>>,<<per.a:family>>,<<tel.m>>,"<<addr.h>>",<<email.e@a>>\n'
        "<<per.a:given>>,<<per.a:family>>,<<tel.w>>,,<<email.w@a>>",
        "<<per.a>> - mobile <<tel.m>>, second number <<tel.w>>; emails <<email.e@a>> and <<email.w@a>>; home <<addr.h>>.",
    ),
    # ---------------------------------------------------------------- shipping_label
    T(
        "ho-en-shipping_label-01",
        "en",
        "shipping_label",
        "Read this USPS label text and tell me where the package is going.",
        "USPS PRIORITY MAIL 2-DAY\nUSPS TRACKING # [[tracking_number]]\n<<per.s:upper>>\n<<addr_us.s:multiline>>\n\nSHIP TO:\n<<per.r:upper>>\n<<addr_us.r:multiline>>",
        "The package is addressed to <<per.r>> at <<addr_us.r:multiline>>.",
    ),
    T(
        "ho-en-shipping_label-02",
        "en",
        "shipping_label",
        "Fill in the missing fields of this customs declaration from the order notes.",
        "CN22 - Customs Declaration\nSender: <<per.s>>, <<addr_uk.s:line>>\nRecipient: <<per.r>>\nRecipient address: ______\nContents: [[product]] (gift)\n"
        "Order notes: ship to <<addr.r>>, recipient tel <<tel.r>>, recipient passport for customs <<pass.r>>",
        "Recipient address: <<addr.r>>\nRecipient phone: <<tel.r>>\nRecipient passport: <<pass.r>>",
    ),
    # ---------------------------------------------------------------- email_signature
    T(
        "ho-en-email_signature-01",
        "en",
        "email_signature",
        "Is this email a phishing attempt? Give your reasons.",
        "Dear valued customer,\nYour account has been suspended. Verify your details within 24 hours.\n\nRegards,\n<<per.a>>\nSecurity Team, [[organisation]]\n"
        "Direct line <<tel.d:us_dash>> | Fax <<tel.f:us_dash>>\n<<addr.o>>",
        "Likely phishing: generic greeting, urgency, and a request to 'verify details'. The signature names <<per.a>> with a direct line, but "
        "neither can be confirmed through official channels.",
    ),
    T(
        "ho-en-email_signature-02",
        "en",
        "email_signature",
        "Draft the opening line of a reply inviting this person to review a paper.",
        "Best,\n<<per.a:initial>>\n--\nDr. <<per.a>>\nAssistant Professor of Linguistics\nOffice: <<addr.o:line_unit|flat>>\nhttps://sites.example.edu/~<<per.a:user>>\n"
        "Twitter: <<url.t:twitter@a>> | Mobile <<tel.p:uk_intl|us_intl>>",
        "Dear Dr. <<per.a:family>>, I am writing to invite you to review a manuscript for our workshop on computational morphology.",
    ),
    # ---------------------------------------------------------------- email_header
    T(
        "ho-en-email_header-01",
        "en",
        "email_header",
        "Work out the chain of this forwarded email: who wrote it, who forwarded it and who was copied.",
        "---------- Forwarded message ---------\nFrom: <<per.a>> <<<email.a@a>>>\nDate: [[timestamp]]\nSubject: Offsite logistics\n"
        "To: <<per.b:lower_full>> <<<email.b@b>>>\nCc: <<email.c@c>>, <<per.d:last_first>>\n\nFwd by <<per.b:given>> to <<per.e>>; cc <<per.f:user>>",
        "<<per.a>> wrote to <<per.b>> (cc <<email.c@c>> and <<per.d>>); <<per.b>> then forwarded it to <<per.e>> with <<per.f:user>> in copy.",
    ),
    T(
        "ho-en-email_header-02",
        "en",
        "email_header",
        "From this calendar invite, who is required and who is optional?",
        "Invitation: [[product]] launch retro\nOrganizer: <<per.o>> (<<email.o@o>>)\nRequired: <<per.a>>; <<per.b>>; <<email.c>>\nOptional: <<per.d:lower_dot>>\n"
        "Where: Zoom (dial-in <<tel.z:us_intl>>)\nWhen: [[timestamp]]",
        "Required: <<per.a>>, <<per.b>> and <<email.c>>. Optional: <<per.d:lower_dot>>. The organizer is <<per.o>>.",
    ),
    # ---------------------------------------------------------------- multi_turn_chat
    T(
        "ho-en-multi_turn_chat-01",
        "en",
        "multi_turn_chat",
        "Actually, ship it to my office instead and put my colleague <<per.k>> as the recipient.",
        "",
        "Done - the order will go to <<addr.w>> with <<per.k>> as the recipient. We'll still text updates to <<tel.p>>.",
        system="You are a shopping assistant. Customer profile: name <<per.u>>; phone <<tel.p>>; default address <<addr.h>>; office <<addr.w>>; tier Gold.",
        history=[
            ("Where's my order?", "Hi <<per.u:given>>! Your order is packed and ready to ship to <<addr.h>>."),
            ("Can it arrive by Friday?", "Yes, standard shipping arrives Thursday."),
        ],
    ),
    T(
        "ho-en-multi_turn_chat-02",
        "en",
        "multi_turn_chat",
        "Write a short visit summary for the chart.",
        "",
        "Telehealth summary: <<per.p>> (DOB <<dob.b:us_pad>>) reports 5 days of sore throat without fever; advised rapid strep test. "
        "Emergency contact <<per.k>> (<<tel.k>>).",
        system="You are a telehealth intake assistant. Keep replies short.",
        history=[
            (
                "hi im <<per.p:lower_full>>, born <<dob.b:us_pad>>. sore throat for 5 days",
                "Sorry to hear that. Any fever or trouble swallowing?",
            ),
            (
                "no fever. if you need someone its my brother <<per.k>> at <<tel.k>>",
                "Thanks. I'd recommend a rapid strep test at a clinic.",
            ),
        ],
    ),
    # ---------------------------------------------------------------- json_blob
    T(
        "ho-en-json_blob-01",
        "en",
        "json_blob",
        "Summarise this payment webhook event.",
        '{"type": "charge.refunded", "created": [[timestamp]], "data": {"billing_details": {"name": "<<per.c>>", "email": "<<email.e@c>>", '
        '"phone": "<<tel.p:us_intl2|uk_intl>>", "address": {"line1": "<<addr.h:line>>"}}, "card_number": "<<card.c:plain>>", "amount_refunded": [[number|4999]]}}',
        "A refund was issued to <<per.c>> (<<email.e@c>>) on card <<card.c:plain>>.",
    ),
    T(
        "ho-en-json_blob-02",
        "en",
        "json_blob",
        "What does this GraphQL response say about the user?",
        '{"data": {"viewer": {"login": "<<per.u:user>>", "name": "<<per.u>>", "websiteUrl": "<<url.w:github@u>>", "location": "<<addr.h:line>>", '
        '"emergencyContact": {"name": "<<per.k>>", "phone": "<<tel.k>>"}, "lastLoginIp": "<<ip.l>>"}}}',
        "The viewer is <<per.u>> (login <<per.u:user>>), site <<url.w:github@u>>, last seen from <<ip.l>>; emergency contact <<per.k>>.",
    ),
    # ---------------------------------------------------------------- code_string
    T(
        "ho-en-code_string-01",
        "en",
        "code_string",
        "Why does this pytest fail?",
        'def test_format_contact():\n    c = Contact(name="<<per.c>>", phone="<<tel.p:us_plain>>")\n'
        '    assert c.display() == "<<per.c>> (<<tel.p:us_paren>>)"\n# E   AssertionError: got "<<per.c:upper>> (<<tel.p:us_paren>>)"',
        "display() upper-cases the name, so it returns '<<per.c:upper>>' instead of '<<per.c>>'. Either fix display() or change the expected string.",
    ),
    T(
        "ho-en-code_string-02",
        "en",
        "code_string",
        "Summarise this git history for the release notes.",
        "commit 9c1e2f0\nAuthor: <<per.a>> <<<email.a@a>>>\nDate:   [[timestamp]]\n\n    Fix null check in [[code_identifier|getUserName()]]\n\n"
        "commit 41ab7d3\nAuthor: <<per.b:lower_dot>> <<<email.b@b>>>\nDate:   [[timestamp]]\n\n    Bump dependencies to [[version]]",
        "- Fixed a null check in getUserName() (<<per.a>>)\n- Bumped dependencies (<<per.b:lower_dot>>)",
    ),
    # ---------------------------------------------------------------- markdown_table
    T(
        "ho-en-markdown_table-01",
        "en",
        "markdown_table",
        "Who is on call this weekend and how do I reach them?",
        "| Week | Primary | Secondary | Primary phone | Secondary phone |\n|---|---|---|---|---|\n| 23 | <<per.a>> | <<per.b>> | <<tel.a>> | <<tel.b>> |\n"
        "| 24 | <<per.c:lower_full>> | <<per.d>> | <<tel.c>> | <<tel.d>> |\n\nThis weekend = week 24.",
        "Week 24: primary <<per.c>> (<<tel.c>>), secondary <<per.d>> (<<tel.d>>).",
    ),
    T(
        "ho-en-markdown_table-02",
        "en",
        "markdown_table",
        "Which applicant is missing a date of birth?",
        "| Applicant | Position | Interview | Score | Notes | SSN | Date of birth |\n|---|---|---|---|---|---|---|\n"
        "| <<per.a>> | Analyst | Mon | 4.5 | strong | <<ssn.a:plain>> | <<dob.a:us_pad>> |\n| <<per.b>> | Analyst | Tue | 3.9 | [[common_word|Frank discussion]] | <<ssn.b:plain>> |  |",
        "<<per.b>> has no date of birth recorded.",
    ),
    # ---------------------------------------------------------------- court_document
    T(
        "ho-en-court_document-01",
        "en",
        "court_document",
        "Identify the affiant and the key facts sworn to in this affidavit.",
        "AFFIDAVIT\nI, <<per.a>>, residing at <<addr.a>>, being duly sworn, depose and say:\n1. I am the owner of the vehicle bearing plate <<plate.p>>.\n"
        "2. On [[timestamp]], I loaned the vehicle to <<per.b>>, whose date of birth is <<dob.b:long>>.\n3. I did not authorize <<per.b:given>> to drive out of state.",
        "Affiant: <<per.a>>. Facts: owns the vehicle <<plate.p>>; loaned it to <<per.b>>; did not authorize out-of-state driving.",
    ),
    T(
        "ho-en-court_document-02",
        "en",
        "court_document",
        "List the parties and the children named in this petition.",
        "PETITION FOR DISSOLUTION OF MARRIAGE\nPetitioner: <<per.p>>\nRespondent: <<per.r>>\nMinor children: <<per.c1>> (born <<dob.c1:us>>) and <<per.c2>> "
        "(born <<dob.c2:us>>)\nPetitioner's mailing address: <<addr.p>>\nRespondent's last known address: <<addr.r>>",
        "Petitioner: <<per.p>>; Respondent: <<per.r>>; children: <<per.c1>> and <<per.c2>>.",
    ),
    # ---------------------------------------------------------------- car_service
    T(
        "ho-en-car_service-01",
        "en",
        "car_service",
        "Draft a reminder letter from this DMV registration record.",
        "REGISTRATION RENEWAL NOTICE\nRegistered owner: <<per.o:upper>>\nMailing address: <<addr_us.h:multiline>>\nPlate: <<plate.p:ca|ny>>   Make: [[product]]\n"
        "Renewal due: [[timestamp]]   Fee: [[money]]",
        "Dear <<per.o>>, the registration for your vehicle with plate <<plate.p:ca|ny>> is due for renewal. Please renew online or by mail.",
    ),
    T(
        "ho-en-car_service-02",
        "en",
        "car_service",
        "Summarise this parking citation and who is liable.",
        "CITATION [[order_number]]\nViolation: expired meter   Location: <<addr.x:line>>\nPlate/State: <<plate.p>>\nRegistered to: <<per.o>>, <<addr.o>>\n"
        "Driver at scene: <<per.d>>, DL <<dl.d>>",
        "An expired-meter citation was issued at <<addr.x:line>> to the vehicle <<plate.p>>, registered to <<per.o>>, who is liable; the driver "
        "at the scene was <<per.d>>.",
    ),
    # ---------------------------------------------------------------- appointment
    T(
        "ho-en-appointment-01",
        "en",
        "appointment",
        "Write a friendly SMS reminder from this salon booking.",
        "Booking #[[order_number]] | Client: <<per.c>> | Stylist: <<per.s:given>> | Service: cut & colour | [[timestamp]] | Mobile: <<tel.p:uk_mobile|us_plain>>",
        "Hi <<per.c:given>>! Reminder: your cut & colour with <<per.s:given>> is coming up. Reply C to confirm.",
    ),
    T(
        "ho-en-appointment-02",
        "en",
        "appointment",
        "Rewrite this appointment confirmation more clearly.",
        "Your appt. is CONFIRMED. Name on appt: <<per.a:last_first>>. DOB <<dob.a:eu|us>>. Location: <<addr.o>>. Bring: passport <<pass.a>> or DL <<dl.d>>. "
        "Conf. code [[number|00100001]]. Questions: [[service_number]] is NOT for appointments.",
        "Appointment confirmed for <<per.a>> at <<addr.o>>. Please bring your passport or driver's license. Confirmation code: 00100001.",
    ),
    # ---------------------------------------------------------------- emergency_contact
    T(
        "ho-en-emergency_contact-01",
        "en",
        "emergency_contact",
        "Is this gym membership form complete?",
        "Member: <<per.m>>   DOB: <<dob.m:us>>\nMobile: <<tel.m>>\nEmail: <<email.m@m>>\nIn case of emergency contact: <<per.e>> - relationship: partner - <<tel.e>>\n"
        "Card on file: <<card.c>>",
        "Yes. It has the member's details, an emergency contact (<<per.e>>, <<tel.e>>) and payment.",
    ),
    T(
        "ho-en-emergency_contact-02",
        "en",
        "emergency_contact",
        "List the authorised pickup people for this camper.",
        "CAMPER: <<per.c>> (age 9)\nGuardian 1: <<per.g1>>, cell <<tel.g1>>, <<email.g1@g1>>\nGuardian 2: <<per_cn.g2:pinyin>>, WeChat <<wx.w@g2>>\n"
        "Also authorised for pickup: grandma <<per.n>>, <<tel.n:us_plain>>\nAllergies: peanuts",
        "Authorised pickups for <<per.c>>: <<per.g1>>, <<per_cn.g2:pinyin>> and grandma <<per.n>>.",
    ),
    # ---------------------------------------------------------------- bank_form
    T(
        "ho-en-bank_form-01",
        "en",
        "bank_form",
        "Check this SEPA direct debit mandate for completeness.",
        "SEPA Direct Debit Mandate\nCreditor: [[organisation]]\nDebtor name: <<per.d>>\nDebtor address: <<addr_uk.d:line>>\nIBAN: <<iban.d:FR|ES|IT|NL>>\n"
        "BIC: ________\nSigned: <<per.d:initial>>, [[timestamp]]",
        "Incomplete: the BIC is blank. Debtor <<per.d>> and IBAN <<iban.d:FR|ES|IT|NL>> are filled in.",
    ),
    T(
        "ho-en-bank_form-02",
        "en",
        "bank_form",
        "Summarise this joint loan application.",
        "Primary applicant: <<per.a>>, SSN <<ssn.a:dash>>, DOB <<dob.a:us_pad>>\nCo-applicant: <<per.b>>, SSN <<ssn.b:space|plain>>\nProperty: <<addr_us.p:full>>\n"
        "Employer (primary): [[organisation]]  Annual income: [[money]]\nContact: <<tel.a>>",
        "Joint application by <<per.a>> and <<per.b>> for the property at <<addr_us.p:full>>.",
    ),
    # ---------------------------------------------------------------- travel_booking
    T(
        "ho-en-travel_booking-01",
        "en",
        "travel_booking",
        "Review this visa application excerpt for inconsistencies.",
        "Surnames: <<per.a:family>>\nGiven names: <<per.a:given>>\nDate of birth: <<dob.a:short_month>>\nPassport number: <<pass.a>>\nHome address: <<addr.h>>\n"
        "Primary phone: <<tel.p>>\nEmail: <<email.e@a>>\nU.S. point of contact: <<per.c>>, <<addr_us.c:full>>",
        "No obvious inconsistencies. Make sure the passport number <<pass.a>> and the birth date match the passport data page.",
    ),
    T(
        "ho-en-travel_booking-02",
        "en",
        "travel_booking",
        "Who is allowed to drive this rental car?",
        "RENTAL AGREEMENT [[order_number]]\nRenter: <<per.r>>   DL: <<dl.r>>   DOB: <<dob.r:us_pad>>\nAdditional driver: <<per.x>>   DL: <<dl.x>>\n"
        "Vehicle: [[product]]  Plate: <<plate.p>>\nCard: <<card.c>>",
        "Only the renter <<per.r>> and the listed additional driver <<per.x>> may drive <<plate.p>>.",
    ),
    # ---------------------------------------------------------------- resume
    T(
        "ho-en-resume-01",
        "en",
        "resume",
        "Rewrite this profile blurb in the third person.",
        "Hi! I'm <<per.a>>, a product designer based at <<addr.h:line|numbered|flat>>. Portfolio: <<url.p:medium@a>>. Previously at [[organisation]]. "
        "Reach me at <<email.e@a>> or <<tel.p>>.",
        "<<per.a>> is a product designer who previously worked at [[organisation]]. Their portfolio is at <<url.p:medium@a>>.",
    ),
    T(
        "ho-en-resume-02",
        "en",
        "resume",
        "Shorten this cover letter's closing paragraph.",
        "I would welcome the chance to discuss how my experience with [[code_identifier|Kotlin]] and [[code_identifier|Rust]] could help your team. "
        "I can be reached at <<tel.p:us_intl|uk_intl>> or <<email.e@a>>, and my references, <<per.r1>> and <<per.r2:last_first>>, are happy to speak with you.\n"
        "Sincerely,\n<<per.a>>",
        "I'd welcome a chance to talk; reach me at <<email.e@a>>.\nSincerely,\n<<per.a>>",
    ),
    # ---------------------------------------------------------------- social_profile
    T(
        "ho-en-social_profile-01",
        "en",
        "social_profile",
        "Rewrite this dating profile so it reveals less personal information.",
        "<<per.a:given>>, 29. Nurse at [[organisation]]. I live right by <<addr.h:line>>. Born <<dob.b:long>> (yes, a Leap-year-ish baby). "
        "Insta <<url.i:instagram@a>>, text me <<tel.p>>. Full name <<per.a>> if you want to look me up!",
        "<<per.a:given>>, 29, nurse. Love coffee, hiking and bad puns. Say hi here first!",
    ),
    T(
        "ho-en-social_profile-02",
        "en",
        "social_profile",
        "Does this GitHub profile README expose contact details? List them.",
        "### Hi there, I'm <<per.a>>\n- 🔭 Working on [[code_identifier|Rust]] tooling\n- 📫 Reach me: <<email.e@a>>\n- 💬 WeChat: <<wx.w@a>> · QQ: <<qq.q>>\n"
        "- 🌐 <<url.u:mastodon@a>>\n- 📍 <<addr.h:line>>",
        "Yes: email <<email.e@a>>, WeChat <<wx.w@a>>, QQ <<qq.q>>, the profile <<url.u:mastodon@a>> and a street address.",
    ),
    # ---------------------------------------------------------------- network_inventory
    T(
        "ho-en-network_inventory-01",
        "en",
        "network_inventory",
        "From this Wi-Fi controller client list, which device has been connected the longest?",
        "Client            IP               MAC                 Uptime\n<<per.a:given>>s-iPad    <<ip.a:private>>     <<mac.a:colon_lower>>   3d 4h\n"
        "<<per.b:user>>-laptop   <<ip.b:private>>     <<mac.b>>   12h\nDESKTOP-7QK   <<ip.c:private>>     <<mac.c:dash>>   9d 1h",
        "DESKTOP-7QK (<<ip.c:private>>, <<mac.c:dash>>) has the longest uptime at 9 days.",
    ),
    T(
        "ho-en-network_inventory-02",
        "en",
        "network_inventory",
        "Explain this nmap output.",
        "Nmap scan report for <<per.u:lower_dot>>-mbp.lan (<<ip.h:private>>)\nHost is up (0.0031s latency).\nPORT     STATE SERVICE\n22/tcp   open  ssh\n"
        "5900/tcp open  vnc\nMAC Address: <<mac.m>> (Apple)\nNmap done: 1 IP address (1 host up) scanned in 2.71 seconds",
        "The host <<ip.h:private>> (a MacBook named after its user) is up with SSH and VNC open. VNC exposed on a LAN is risky; restrict it.",
    ),
    # ---------------------------------------------------------------- insurance_claim
    T(
        "ho-en-insurance_claim-01",
        "en",
        "insurance_claim",
        "Which procedures on this dental claim might be denied?",
        "Subscriber: <<per.s>>   Subscriber ID / SSN: <<ssn.s:plain>>\nPatient: <<per.p>> (dependent)   DOB: <<dob.p:us_pad>>\nProvider: <<per.d>>, DDS\n"
        "D1110 prophylaxis; D2740 crown; D9972 teeth whitening",
        "D9972 (teeth whitening) is cosmetic and usually denied; the crown may need a pre-authorisation.",
    ),
    T(
        "ho-en-insurance_claim-02",
        "en",
        "insurance_claim",
        "Summarise this home insurance theft claim.",
        "Policyholder: <<per.h>>\nInsured property: <<addr.h>>\nIncident: burglary on [[timestamp]]; stolen: [[product]], jewelry.\nPolice report filed by <<per.h:given>>; "
        "officer <<per.o:initial>>.\nPayout to: <<iban.i>>   Contact: <<tel.p>>",
        "<<per.h>> reports a burglary at <<addr.h>>; a [[product]] and jewelry were stolen.",
    ),
    # ---------------------------------------------------------------- incident_report
    T(
        "ho-en-incident_report-01",
        "en",
        "incident_report",
        "Classify the severity of this workplace injury report.",
        "Injured employee: <<per.e>>   Employee home phone: <<tel.h>>\nSupervisor: <<per.s>>\nWhat happened: slipped on a wet floor near the [[common_word|Gift shop]], "
        "sprained wrist.\nTreated at: [[organisation]]   MRN <<mrn.m>>\nWitness: <<per.w:lower_full>>",
        "Moderate: a sprained wrist requiring treatment, likely an OSHA-recordable injury for <<per.e>>.",
    ),
    T(
        "ho-en-incident_report-02",
        "en",
        "incident_report",
        "Extract the scammer's identifiers from this fraud report.",
        "Victim: <<per.v>>, <<tel.v>>\nThe caller claimed to be from [[organisation]] and asked me to move my savings. He said his name was <<per.s>>, "
        "gave callback <<tel.s:us_plain|uk_mobile>>, emailed from <<email.s@s>>, and asked me to wire funds to <<iban.s>>.",
        "Scammer identifiers: name given <<per.s>>, phone <<tel.s:us_plain|uk_mobile>>, email <<email.s@s>>, IBAN <<iban.s>>.",
    ),
    # ---------------------------------------------------------------- lease_contract
    T(
        "ho-en-lease_contract-01",
        "en",
        "lease_contract",
        "Summarise the parties and term of this sublease.",
        "SUBLEASE AGREEMENT\nSublessor: <<per.a>>, current tenant of <<addr.p>>\nSublessee: <<per.b>>, DOB <<dob.b:us>>, prior address <<addr.q>>\n"
        "Term: [[timestamp]] to the end of the master lease\nRent: [[money]] payable to <<per.a:given>> via card <<card.c>>",
        "<<per.a>> subleases <<addr.p>> to <<per.b>> until the master lease ends.",
    ),
    T(
        "ho-en-lease_contract-02",
        "en",
        "lease_contract",
        "Which house rules in this roommate agreement concern guests?",
        "Roommates: <<per.a>> (Room A, <<tel.a>>), <<per.b>> (Room B, <<tel.b>>), <<per.c>> (Room C)\nAddress: <<addr.h>>\n"
        "4. Overnight guests max 3 nights/week.\n5. Quiet hours 11pm-7am.\n6. Guests must be introduced to all roommates.",
        "Rules 4 and 6: overnight guests at most 3 nights a week, and every guest must be introduced to all roommates.",
    ),
    # ---------------------------------------------------------------- school_record
    T(
        "ho-en-school_record-01",
        "en",
        "school_record",
        "Process this transcript request: what is being asked and where should it be sent?",
        "TRANSCRIPT REQUEST\nFormer student: <<per.s>> (maiden name <<per.s0>>)\nDOB: <<dob.s:us_pad>>   Student ID: withheld\nLast 4 SSN not accepted; full SSN: <<ssn.s>>\n"
        "Send official transcript to: <<addr_us.d:full|pobox>>\nRequester email: <<email.e@s>>",
        "<<per.s>> requests an official transcript to be sent to <<addr_us.d:full|pobox>>; confirmation to <<email.e@s>>.",
    ),
    T(
        "ho-en-school_record-02",
        "en",
        "school_record",
        "Split this field-trip roster into the two buses.",
        "Bus 1 (chaperone <<per.c1>>, <<tel.c1>>): <<per.a:given>> <<per.a:family>>; <<per.b>>; <<per.d:lower_full>>\n"
        "Bus 2 (chaperone <<per.c2>>, <<tel.c2>>): <<per.e>>; <<per.f>>\nDestination: [[public_place]]",
        "Bus 1 (<<per.c1>>): <<per.a>>, <<per.b>>, <<per.d>>\nBus 2 (<<per.c2>>): <<per.e>>, <<per.f>>",
    ),
    # ---------------------------------------------------------------- delivery_order
    T(
        "ho-en-delivery_order-01",
        "en",
        "delivery_order",
        "The shopper asked about substitutions. Summarise what the customer approved.",
        "Shopper (<<per.s:given>>): Hi <<per.c:given>>, they're out of [[product]]. OK to swap for a similar one?\nCustomer: yes that's fine. oh and deliver to "
        "my work, <<addr.w>>, not home\nShopper: Got it. Your number ending... actually what's the full number?\nCustomer: <<tel.p>>",
        "Customer <<per.c>> approved a similar substitute and changed delivery to <<addr.w>>; contact <<tel.p>>.",
    ),
    T(
        "ho-en-delivery_order-02",
        "en",
        "delivery_order",
        "Schedule this furniture delivery: what window and where?",
        "Delivery for: <<per.c:upper>>\nAddress: <<addr.h:full_unit|multiline>>\nWindow: [[timestamp]] +4h\nAlt contact: <<per.n>> (neighbor) <<tel.n>>\n"
        "Items: [[product]], 3 boxes. Order total [[money]].",
        "Deliver to <<per.c>> at <<addr.h:full_unit|multiline>> in the 4-hour window; if absent, call neighbor <<per.n>>.",
    ),
    # ---------------------------------------------------------------- meeting_notes
    T(
        "ho-en-meeting_notes-01",
        "en",
        "meeting_notes",
        "Turn these HOA board minutes into a list of motions and outcomes.",
        "Present: <<per.a>> (president), <<per.b>>, <<per.c>>\nMotion by <<per.b:family>> to fine the owner of <<addr.x:line>> for an unapproved fence; "
        "seconded by <<per.c:given>>. Passed 2-1.\nResident <<per.r>> (<<tel.r>>) complained about noise from [[public_place]] events.",
        "1. Fine the owner of <<addr.x:line>> for an unapproved fence - passed 2-1.\n2. Noise complaint from <<per.r>> noted.",
    ),
    T(
        "ho-en-meeting_notes-02",
        "en",
        "meeting_notes",
        "Turn this standup log into per-person updates.",
        "@<<per.a:user>>: finished the [[code_identifier|HashMap]] refactor\n@<<per.b:user>>: blocked on creds from <<per.c>>\n"
        "@<<per.d:user>>: OOO tomorrow, call <<tel.d>> if prod breaks",
        "- <<per.a:user>>: refactor done\n- <<per.b:user>>: blocked, waiting on <<per.c>>\n- <<per.d:user>>: out tomorrow, reachable by phone",
    ),
    # ---------------------------------------------------------------- translation_task
    T(
        "ho-en-translation_task-01",
        "en",
        "translation_task",
        "Translate this French note into English.",
        "Bonjour, je m'appelle <<per.a>>. J'habite au <<addr_uk.h:flat|line>>. Mon numéro est le <<tel.p:uk_intl>> et je suis née le <<dob.b:long_eu>>.",
        "Hello, my name is <<per.a>>. I live at <<addr_uk.h:flat|line>>. My number is <<tel.p:uk_intl>> and I was born on <<dob.b:long_eu>>.",
    ),
    T(
        "ho-en-translation_task-02",
        "en",
        "translation_task",
        "Translate into Simplified Chinese.",
        "Please deliver the documents to <<per_cn.a:pinyin>> at <<addr_cn.h>>. Her mobile is <<tel.p:cn_intl>> and her QQ is <<qq.q>>.",
        "请把文件送给<<per_cn.a>>，地址：<<addr_cn.h>>。她的手机是<<tel.p:cn_plain>>，QQ是<<qq.q>>。",
    ),
    # ---------------------------------------------------------------- forum_post
    T(
        "ho-en-forum_post-01",
        "en",
        "forum_post",
        "Rewrite this lost-dog post so it's shorter and doesn't include the owner's home address.",
        "LOST DOG!!! Brown lab named Mocha, last seen near [[public_place]]. Owner <<per.o>>, <<addr.h>>. Call or text <<tel.p:us_plain|us_dot>> any time, "
        "or email <<email.e@o>>. Reward!",
        "Lost: brown lab 'Mocha', last seen near [[public_place]]. Please contact the owner via <<tel.p:us_plain|us_dot>>. Reward offered!",
    ),
    T(
        "ho-en-forum_post-02",
        "en",
        "forum_post",
        "Moderate this post: does it break the no-doxxing rule?",
        "PSA: avoid renting from <<per.l>>. His 'luxury' unit at <<addr.x>> has mold. His cell is <<tel.l>> and he drives a [[product]] with plate <<plate.p>>, "
        "go tell him what you think.",
        "Yes. The complaint itself is allowed, but posting the landlord's name with his phone number and licence plate and encouraging harassment is doxxing; remove those details.",
    ),
    T(
        "ho-en-hr_form-03",
        "en",
        "hr_form",
        "Which of these relocating employees still lacks a work-permit document?",
        "| Employee | Office | Start | Visa status | Notes | Passport | National ID |\n|---|---|---|---|---|---|---|\n"
        "| <<per_cn.a:pinyin_fl>> | Shanghai | [[timestamp]] | issued | [[common_word|Hope]] to move early | <<pass.a:cn_e|cn_ea>> | <<cnid.a>> |\n"
        "| <<per.b>> | London | [[timestamp]] | pending | spouse <<per.s>> joining | <<pass.b:uk>> | - |\n"
        "Contact for both: HR partner <<per.h>>, <<tel.h:uk_intl>>",
        "<<per.b>> is still pending a visa; <<per_cn.a:pinyin_fl>> has been issued one (passport <<pass.a:cn_e|cn_ea>>).",
    ),
    T(
        "ho-en-school_record-03",
        "en",
        "school_record",
        "Work out how much each family owes for this textbook order.",
        "Textbook order - Grade 10\nStudent,Parent,Parent email,Book,ISBN,Price\n<<per.a>>,<<per.pa>>,<<email.pa@pa>>,Biology,[[isbn]],[[money]]\n"
        "<<per.b>>,<<per.pb>>,<<email.pb@pb>>,Chemistry,[[isbn]],[[money]]\nNote: the [[public_figure]] biography is optional.",
        "<<per.pa>> pays for the Biology book and <<per.pb>> for the Chemistry book; the biography is optional.",
    ),
]

TEMPLATES = ZH + EN
