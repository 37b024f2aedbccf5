"""Deterministic synthetic instruction corpus of any size, written as alpaca-layout JSON Lines.

    python tests/support/synth_corpus.py --records 1000000 --out /tmp/synth-1m.jsonl [--seed 0] [--truth T.tsv]

The file is written line by line (memory stays flat: only a bounded reservoir of earlier records is
kept, to copy duplicates from) to a temporary name and renamed when complete, so a cached corpus is
never half-written. The same ``--records`` and ``--seed`` always give the same bytes.

What one line holds: ``{"id", "instruction", "input", "output", "annotations"}`` (the alpaca layout
of ``pipeline/io/layouts.py``; ``annotations`` is the embedded list of ``{annotator_id, label,
confidence}``). The mix, per line:

- language: each record is Chinese or English with probability 1/2 (``lang`` is not written:
  ingest detects it);
- text: built from sentence templates filled from word pools (about 540 English nouns, 170 verbs,
  225 adjectives; 380 Chinese nouns, 130 verbs, 80 adjectives, places, connectives), so two
  unrelated records share almost no word 2-grams / character 3-grams and near-duplicate detection
  finds no clusters among them (``tests/bench/test_synth_corpus.py`` checks it);
- lengths (characters, Alpaca-like): English instructions about 60-100 (40-160), Chinese ones about
  15-45 (a Han character carries more than a letter); an ``input`` on about 35 % of the records (a
  sentence, a short item or a paragraph); outputs log-normal with median about 330 characters,
  clipped to 100-1,000, plus 4 % long ones of 1,000-4,000 characters; about a quarter of the
  outputs are numbered lists, long outputs have paragraphs;
- duplicates: 5 % of the lines are exact copies (same instruction, input, output and annotations,
  new ``id``) and 5 % near copies (one or two light edits of ``tests/support/dup_injector.py``: a typo,
  punctuation, whitespace, casing, a sentence added or removed) of a record drawn from a reservoir
  of up to 10,000 earlier originals;
- personal data: 3 % of the originals carry one or two planted sentences with a Chinese mobile
  number (``138 1234 5678``, ``+86 138-1234-5678``, ``13812345678``), a resident ID with a valid
  GB 11643 check character and birth date, a Luhn-valid UnionPay card number (plain or grouped), an
  e-mail address, an IPv4 address or a person's name in context (English and Chinese); all values
  are random and fictitious;
- annotations: every record has 3 annotators out of a pool of 20 (``annotator_01`` ..
  ``annotator_20``), labels ``good`` (85 % of true labels) or ``bad``; each annotator gets the true
  label right with a fixed accuracy between 0.78 and 0.98, so labels mostly agree; confidence 0..1
  (higher when right);
- malformed lines: a handful (``max(5, N // 20000)``, fewer for tiny N) at evenly spaced lines,
  cycling through truncated JSON and a line of plain text (``malformed_json``), a missing output
  (``missing_field``), an empty output (``empty_field``) and an output that is a number
  (``wrong_type``).

``--truth FILE`` also writes the ground truth, one tab-separated line per corpus line:
``line  kind  source_line  lang  pii_kinds`` (kind: original, exact, near or the malformed kind;
source_line: the original a copy was made from, else -1).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.stages.deidentify.recognizers.checksums import luhn_check_digit, resident_id_check_char  # noqa: E402
from tests.support.dup_injector import EDITS, edit_text  # noqa: E402

# --------------------------------------------------------------------------- word pools


def _words(text: str) -> list[str]:
    return text.split()


EN_NOUNS = _words("""account activity address advice agency agreement airport algorithm analysis animal answer apartment
application approach area argument article artist audience author balance bank battery beach behavior benefit
bicycle biology bird blog board body bone book border bottle brain branch brand bread bridge budget building
business cabinet calendar camera campaign candidate canvas capital carbon career cell century chain chair
challenge chapter character chemistry choice circle city class climate clinic coast code coffee collection college
color column comment committee community company comparison competition computer concept concert condition
conference connection consumer contract control conversation cookie corridor course court crop culture customer
cycle dashboard database deadline debate decision definition degree delivery department desert design detail
device diagram diet difference direction discussion disease distance document domain draft dream driver economy
edge editor education effect effort election electricity element emotion employee energy engine engineer
environment equation equipment error essay estate event evidence exam example exercise experience experiment
expert factor factory failure family farm feature feedback festival field file film finance fish flight floor
flower focus food forest format formula foundation framework friend function game garden gene generation gift goal
government graph group growth guide habit hardware harbor health heart highway history holiday hospital hotel
house household idea image impact improvement income industry information infrastructure ingredient insight
instance instrument insurance interest interface interview investment island issue journal journey judge kitchen
knowledge laboratory lake landscape language law layer leader lecture lesson letter level library license light
limit list literature loan location logic machine magazine management manager map market material matrix meal
measure media medicine meeting member memory message method metric microscope mind mission mistake model module
moment money month mountain movie muscle museum music nation network newspaper node notebook novel number
nutrition object ocean office opinion option orbit order organization outcome owner package page painting paper
parameter parent park partner passenger pattern payment peak performance period permission person photograph
physics piano picture pilot planet plant platform player poem policy population portfolio position poster
potential poverty practice prediction presentation pressure price principle printer priority problem procedure
process product professor profile program project property protein protocol purpose quality query question queue
rainfall range rate reaction reader reality reason recipe record region relationship report request research
resource response restaurant result review reward risk river road robot role routine rule safety salary sample
satellite scale schedule scheme school science score screen script season sector seed sensor sentence sequence
server service session signal skill soil solution song source space speaker species speech sport staff stage
standard star statement station statistic strategy stream street strength structure student studio style subject
success summary supply surface survey symbol system table target task teacher team technique technology telescope
temperature template tension term territory test text theme theory thread ticket timeline tool topic tourism trade
tradition traffic train transport tree trend trial trip truck union unit university user vaccine valley value
variable vehicle version video village vision visitor voice volume volunteer wall water wave weather website week
weight window winter worker workflow workshop writer yard harvest bakery tunnel lantern compass glacier meadow
orchard pottery quilt sculpture telescope violin warehouse wetland archive ballot cargo cathedral chorus clay
courtyard dialect fabric fossil gallery gravity inventory ladder magnet mineral mosaic nectar opera pebble pigment
prairie puzzle ribbon saddle spice tide turbine vineyard whistle""")

EN_VERBS = _words("""improve reduce increase support create develop explain describe measure analyze compare connect protect
change affect design build manage organize collect share store review test evaluate predict combine follow require
provide produce replace remove prepare present publish record repair report represent solve study train transform
translate understand update visit watch help keep shape balance check clean control cover deliver discover
encourage enable expand explore extend fill fix focus handle identify include inspire limit link maintain monitor
move open perform plant power process promote raise reach read rebuild refine release reset resolve restore reveal
save scan schedule select serve shift simplify sort split start strengthen summarize supply sustain teach tune
unlock validate verify visualize warn weigh adjust adopt assess attract avoid boost capture clarify compute
construct convert customize deploy detect document estimate filter forecast frame gather generate highlight
illustrate influence inform integrate interpret launch map mentor model motivate navigate optimize outline
prioritize prototype question rank recommend reflect regulate rehearse reinforce renew research rotate sample
secure sketch stabilize stretch survey target trace upgrade""")

EN_ADJS = _words("""accurate active affordable ancient annual basic broad busy careful central cheap clear clever cold common
complex constant creative critical cultural current daily dark deep detailed different digital direct diverse dry
dynamic early easy economic effective efficient electric emotional empty essential ethical exact external fair
familiar famous fast final flexible formal fresh friendly full future general gentle global gradual green happy
hard healthy heavy helpful hidden historical honest huge ideal important independent initial innovative internal
key large late legal light limited little local logical long loud low main major manual medical mental minor mobile
modern modest narrow natural necessary negative new noisy normal numerous obvious official old online open optimal
organic original outdoor overall patient personal physical plain pleasant political popular positive possible
powerful practical precise previous primary private productive proper public quick quiet random rapid rare raw
real recent regional regular relevant reliable remote rich robust rough rural safe scientific seasonal secure
sensitive serious shared sharp short significant silent similar simple slow small smart smooth social soft solid
special specific stable steady strict strong successful sudden sufficient suitable sustainable technical temporary
thin tiny total traditional typical unique unusual urban useful usual valuable various visual vital warm weak wide
wild wooden young coastal colorful compact curious delicate durable elegant fragile generous humble loyal mature
mild musical narrative nervous precious quarterly rustic scenic sincere spacious tidy tropical vivid""")

EN_ADVERBS = _words("""actually almost always carefully clearly closely consistently constantly directly easily effectively
efficiently especially eventually exactly fairly finally frequently generally gently gradually greatly highly
largely mainly mostly naturally nearly normally often partly quickly quietly rapidly rarely really regularly
relatively seldom significantly simply slightly slowly smoothly sometimes steadily strongly suddenly typically
usually widely""")

EN_PREPS = [
    "in",
    "for",
    "with",
    "across",
    "during",
    "within",
    "without",
    "through",
    "around",
    "beyond",
    "under",
    "near",
]
EN_CONNECTORS = [
    "However,",
    "In addition,",
    "For example,",
    "As a result,",
    "In practice,",
    "At the same time,",
    "On the other hand,",
    "In many cases,",
    "For this reason,",
    "Moreover,",
    "Finally,",
    "First,",
    "Second,",
    "Overall,",
    "In short,",
    "Today,",
]
EN_PLACES = _words("""Paris Tokyo Berlin Nairobi Lima Oslo Cairo Toronto Sydney Madrid Seoul Mumbai Chicago London Rome Vienna
Dublin Lisbon Prague Athens Bangkok Hanoi Santiago Stockholm Helsinki Warsaw Zurich Boston Denver Seattle Kenya
Peru Norway Canada Brazil Mexico Chile Spain Italy Japan""")
EN_NUMBERS = ["two", "three", "four", "five", "six", "seven", "3", "5", "10"]
EN_GENRES = ["poem", "story", "essay", "blog post", "speech", "dialogue", "song", "letter", "report", "fable"]
EN_DOCS = ["paragraph", "passage", "text", "article", "report", "email", "review", "note", "announcement"]
EN_STYLES = ["formal", "concise", "polite", "persuasive", "friendly", "professional", "vivid", "neutral", "playful"]
EN_FIRST = _words("""James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret Steven Sandra Paul
Ashley Andrew Emily Joshua Donna Kevin Michelle Brian Carol George Amanda Timothy Melissa Ronald Deborah Jason
Rebecca Ryan Laura Jacob Sharon Gary Cynthia Nicholas Kathleen Eric Amy Jonathan Angela Olivia Ethan Sophia""")
EN_LAST = _words("""Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Taylor Moore Jackson Martin Lee Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young
Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Turner Phillips Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan""")

ZH_NOUNS = _words("""学生 老师 学校 课程 教材 考试 作业 知识 能力 方法 问题 答案 数据 信息 系统 平台 软件 硬件 网络 服务器 算法
模型 程序 代码 接口 数据库 文件 文档 报告 计划 目标 任务 项目 团队 成员 经理 客户 用户 市场 产品 价格 成本 收入 利润
投资 风险 资金 企业 工厂 行业 经济 政策 法律 制度 标准 规则 流程 环节 质量 效率 安全 健康 医院 医生 患者 药物 疾病
症状 营养 饮食 运动 睡眠 心理 情绪 压力 习惯 家庭 父母 孩子 朋友 邻居 社区 城市 乡村 交通 道路 车辆 地铁 机场 旅游
景点 酒店 餐厅 文化 历史 艺术 音乐 电影 书籍 诗歌 小说 作者 读者 语言 文字 词语 句子 段落 文章 新闻 媒体 品牌 设计
颜色 图片 视频 声音 环境 气候 天气 温度 能源 电力 资源 水源 森林 河流 山脉 海洋 动物 植物 种子 土壤 农业 粮食 农民
工人 工程师 科学家 研究 实验 理论 概念 原理 现象 规律 结构 功能 特点 优势 缺点 影响 作用 原因 结果 趋势 变化 过程
阶段 步骤 策略 方案 措施 工具 设备 材料 技术 创新 改革 组织 沟通 合作 竞争 决策 评价 反馈 经验 机会 挑战 责任 价值
意义 目的 需求 供应 服务 体验 效果 成绩 表现 水平 程度 范围 方向 角度 观点 态度 思路 逻辑 框架 模块 参数 变量 函数
指标 样本 统计 图表 表格 记录 档案 证书 合同 协议 会议 活动 比赛 节日 假期 时间 空间 距离 速度 重量 面积 体积 数量
比例 温室 垃圾 污染 回收 交流 讨论 演讲 写作 阅读 翻译 训练 练习 复习 课堂 教室 图书馆 实验室 博物馆 公园 广场 商店
超市 仓库 物流 快递 包装 订单 库存 预算 账户 消费 储蓄 保险 税收 就业 岗位 简历 面试 薪资 职业 专业 大学 论文 课题
导师 茶叶 瓷器 书法 京剧 剪纸 灯笼 月饼 长城 运河 桥梁 隧道 港口 码头 高铁 航班 卫星 火箭 望远镜 显微镜 芯片 电池
屏幕 键盘 相机 冰箱 空调 洗衣机 厨房 客厅 阳台 花园 果园 草原 湖泊 湿地 沙漠 冰川 火山 地震 台风 暴雨 雾霾 阳光
星空 月亮 季节 春天 夏天 秋天 冬天 早晨 夜晚 周末 年度 世纪 朝代 故事 寓言 神话 传说 习俗 礼仪 美食 菜谱 调料 蔬菜
水果 大米 面粉 牛奶 咖啡 茶馆 书店 剧院 球队 球场 教练 裁判 选手 观众 志愿者 社团 协会 基金 指南 手册 说明书 问卷
访谈 调查 案例 样例 模板 草稿 版本 章节 标题 摘要 注释 引用 目录 索引 词典 字典 教程 课件 讲座 研讨会 工作坊""")

ZH_VERBS = _words("""提高 降低 改善 支持 推动 加强 完成 发现 分析 研究 设计 开发 建立 优化 管理 组织 协调 解决 处理 评估 检查
监测 保护 促进 增加 减少 控制 调整 利用 选择 比较 说明 描述 解释 总结 整理 记录 收集 分享 传播 学习 掌握 理解 应用
实现 完善 培养 提升 引导 鼓励 关注 重视 参与 安排 规划 准备 制定 执行 落实 维护 更新 改进 测试 验证 预测 判断 衡量
限制 扩大 缩小 保持 恢复 提供 获得 创造 形成 构建 整合 连接 转换 表达 展示 交流 协作 回顾 反思 探索 尝试 坚持 适应
应对 克服 避免 预防 缓解 满足 吸引 激发 调查 统计 修复 清理 储存 运输 种植 培训 指导 讲解 示范 观察 模拟 计算 估算
编写 编辑 翻阅 整顿 筛选 归纳 梳理 概括 推广 普及 升级 部署 配置 打磨 校对 审核""")

ZH_ADJS = _words("""重要 主要 基本 明显 简单 复杂 快速 稳定 有效 合理 科学 先进 传统 现代 积极 充分 全面 具体 详细 清晰 准确
灵活 可靠 安全 健康 环保 高效 低碳 丰富 多样 独特 普遍 特殊 关键 核心 长期 短期 持续 显著 良好 优秀 必要 公平 透明
开放 稳健 实用 便捷 智能 专业 系统 深入 广泛 适当 严格 合适 新鲜 温和 友好 谨慎 细致 完整 直接 间接 相关 潜在 实际
理想 自然 个人 公共 国际 地方 古老 年轻 安静 热闹 宽敞 精致 朴素 温暖 凉爽""")

ZH_ADVERBS = _words("""非常 十分 逐渐 不断 持续 明显 迅速 充分 认真 积极 主动 有效 合理 适当 尽量 始终 经常 通常 往往 已经 正在
进一步 更加 相对 大幅 稳步 及时 共同 同时 直接""")
ZH_CONNECTORS = _words("""因此 此外 例如 然而 同时 首先 其次 最后 总之 另外 事实上 一般来说 换句话说 与此同时 值得注意的是
在实际工作中 从长远来看 具体来说""")
ZH_PLACES = _words("""北京 上海 广州 深圳 杭州 成都 重庆 武汉 西安 南京 天津 苏州 长沙 郑州 青岛 厦门 昆明 大连 沈阳 哈尔滨
南宁 贵阳 兰州 拉萨 乌鲁木齐""")
ZH_NUMBERS = ["两", "三", "四", "五", "六", "七", "八"]
ZH_GENRES = ["短文", "故事", "诗歌", "演讲稿", "读后感", "说明文", "议论文", "日记", "寓言"]
ZH_DOCS = ["文章", "段落", "报告", "新闻", "材料", "邮件", "评论", "说明", "通知"]
ZH_STYLES = ["正式", "简洁", "礼貌", "生动", "专业", "通俗", "有说服力", "亲切"]
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力国梅鹏飞雪琳晨宇浩然子轩欣怡佳雨思涵梓"

# --------------------------------------------------------------------------- templates
# {N} noun, {A} adjective, {V} verb, {S} verb (3rd person), {R} adverb, {P} preposition,
# {C} connective, {L} place, {K} small number, {G} genre, {D} kind of document, {Y} style.

EN_SENTENCES = [
    "{C} the {A} {N} {S} the {N} {P} the {N}.",
    "A {A} {N} can {V} the {N} of a {N} {P} {L}.",
    "When the {N} {S} the {N}, the {N} {R} {S} a {A} {N}.",
    "You should {V} the {A} {N} and {V} the {N} before the {N} {S}.",
    "The {N} is {R} {A}, so the {N} {S} the {A} {N}.",
    "There are {K} {A} ways to {V} a {N}: {V} the {N}, {V} the {N} and {V} the {N}.",
    "Many experts {V} the {N} because it {S} the {N} {P} the {A} {N}.",
    "{C} it is {A} to {V} the {N} {P} a {A} {N}.",
    "The {N} of the {N} {S} {R} {P} {L}, where the {N} {S} the {N}.",
    "If a {N} {S} the {N}, the {N} will {V} the {A} {N}.",
    "A {N} that {S} the {N} is {R} more {A} than a {N}.",
    "The {A} {N} {S} the {N}, and the {N} {S} the {A} {N} {P} the {N}.",
    "To {V} the {N}, the {N} {S} a {A} {N} and a {A} {N}.",
    "In {L}, the {N} {R} {S} the {N} of the {A} {N}.",
    "This {N} {S} the {N}, which {S} the {A} {N} of every {N}.",
    "Researchers {V} the {A} {N} to {V} the {N} {P} the {N}.",
    "{C} a {A} {N} helps the {N} {V} the {N} and {V} a {A} {N}.",
    "Without a {A} {N}, the {N} cannot {V} the {N} {P} the {N}.",
]
EN_INSTRUCTIONS = [
    "Explain how the {A} {N} {S} the {N} of a {A} {N}.",
    "Write a short {G} about a {A} {N} and its {N} {P} {L}.",
    "Give {K} tips to {V} the {N} of a {A} {N} {P} a {A} {N}.",
    "Describe the main differences between a {A} {N} and a {A} {N} {P} the {N}.",
    "What are the benefits of a {A} {N} for the {N} of a {A} {N}?",
    "List {K} ways a {N} can {V} the {N} at the {A} {N}.",
    "Compose a {G} that {S} the {A} {N} of the {N} and the {N}.",
    "How can a {A} {N} {V} the {N} without changing the {A} {N}?",
    "Suggest a {A} plan to {V} the {N} and {V} the {N} of the {N}.",
    "Why does the {N} {V} the {N} when the {N} is {A}?",
    "Design a {A} {N} that can {V} the {N} for a {A} {N} {P} {L}.",
    "Provide {K} examples of how a {A} {N} {S} the {N} {P} the {N}.",
]
EN_INSTRUCTIONS_WITH_INPUT = [
    ("Summarize the following {D} about the {A} {N} in {K} sentences.", "paragraph"),
    ("Rewrite the following sentence to make it more {Y} for a {A} {N}.", "sentence"),
    ("Classify the following {N} as {A} or {A} and explain the {N}.", "item"),
    ("Answer the question using the {D} below: why does the {N} {V} the {N}?", "paragraph"),
    ("Identify the main {N} in the following {D} and explain its {N}.", "paragraph"),
    ("Edit the following text for grammar, clarity and a {Y} tone.", "sentence"),
    ("Suggest a {A} title for the following {D} about a {N}.", "paragraph"),
]
EN_ITEM = ["a {A} {N} {P} the {N}", "the {N} of a {A} {N}", "{A} {N} and {A} {N}"]
EN_LIST_OPENERS = [
    "Here are {K} ideas to consider:",
    "Sure! Here is a short list:",
    "The main points are:",
    "Consider the following steps:",
    "",
]

ZH_SENTENCES = [
    "{C}，{N}{R}{V}{A}的{N}。",
    "{N}可以{V}{N}的{N}，从而{V}{N}。",
    "在{N}的过程中，我们需要{V}{N}，并{R}{V}{N}。",
    "如果{N}{V}了{N}，{N}就会变得更加{A}。",
    "{N}是一种{A}的{N}，它能够{V}{N}和{N}。",
    "为了{V}{N}，{N}应当{R}{V}{A}的{N}。",
    "{L}的{N}{R}{V}{N}，这对{N}产生了{A}的影响。",
    "很多{N}认为，{A}的{N}有助于{V}{N}。",
    "{N}和{N}之间存在{A}的联系，需要{V}{N}来{V}{N}。",
    "通过{V}{N}，{N}可以{R}{V}{N}的{N}。",
    "{C}，{N}的{N}取决于{N}和{N}。",
    "与{N}相比，{A}的{N}更容易{V}{N}。",
    "我们应该{V}{N}中的{N}，避免{V}{A}的{N}。",
    "{N}的{A}{N}往往会{V}{N}的{N}。",
    "{C}，{A}的{N}能帮助{N}{V}{N}。",
    "当{N}{R}{V}{N}时，{N}也需要{V}{A}的{N}。",
]
ZH_INSTRUCTIONS = [
    "请解释{A}的{N}如何{V}{N}的{N}。",
    "写一篇关于{N}和{N}的{G}，字数不少于{K}百字。",
    "给出{K}条{V}{N}的建议，并说明理由。",
    "{A}的{N}与{A}的{N}在{N}方面有哪些主要区别？",
    "为什么{N}会{V}{N}？请结合{N}举例说明。",
    "列举{K}种在{L}{V}{N}的{A}方法。",
    "如何利用{A}的{N}{V}{N}的{N}？",
    "请为{N}制定一个{V}{N}的{A}方案。",
    "从{N}的角度分析{N}对{N}的影响。",
    "简要介绍{L}的{N}和{N}有什么{A}的特点。",
]
ZH_INSTRUCTIONS_WITH_INPUT = [
    ("总结下面这段关于{N}的{D}的主要内容。", "paragraph"),
    ("将下面的句子改写得更加{Y}。", "sentence"),
    ("判断下面的{N}属于{A}的还是{A}的，并说明原因。", "item"),
    ("根据下面的{D}回答：{N}为什么会{V}{N}？", "paragraph"),
    ("找出下面这段{D}中的关键{N}，并解释其{N}。", "paragraph"),
    ("修改下面这段话中的语病，使其更加{Y}。", "sentence"),
    ("为下面这篇关于{N}的{D}拟一个{A}的标题。", "paragraph"),
]
ZH_REQUIREMENTS = [
    "要求语言{Y}，条理清晰。",
    "请分点作答，每点不超过{K}十字。",
    "回答时请结合{L}的实际情况，并给出{A}的例子。",
    "回答要{Y}一些，适合{N}阅读。",
    "在回答之前，先简要说明{N}的背景。",
]
ZH_ITEM = ["{A}的{N}", "{N}中的{N}", "{L}的{N}和{N}"]
ZH_LIST_OPENERS = ["以下是{K}点建议：", "主要包括以下几个方面：", "可以按照下面的步骤进行：", "要点如下：", ""]
ZH_ORDINALS = "一二三四五六七八九十"

EN_PII = {
    "phone": ["You can reach {name} at {phone} on weekdays.", "Call me at {phone} if the schedule changes."],
    "email": ["Send the final report to {email} before Friday.", "My work email is {email}, feel free to write."],
    "ip": ["The server at {ip} hosts the test database.", "Requests from IP {ip} were blocked yesterday."],
    "bank_card": ["The refund will go to card number {card}.", "Please charge my card {card} for the order."],
    "resident_id": ["Her Chinese resident ID number is {rid}.", "The applicant's ID card number is {rid}."],
    "person": ["{name} from the planning team reviewed the draft.", "I met {name} at the conference last week."],
}
ZH_PII = {
    "phone": ["如有问题请联系{zname}，电话{phone}。", "我的手机号是{phone}，欢迎随时联系。"],
    "email": ["请将材料发送到邮箱{email}。", "我的邮箱是{email}，收到后请回复。"],
    "ip": ["服务器IP地址为{ip}，请勿随意修改。", "昨天来自{ip}的访问被防火墙拦截了。"],
    "bank_card": ["请把款项转到银行卡号{card}。", "我的银行卡号是{card}，开户行在{place}。"],
    "resident_id": ["身份证号码：{rid}。", "他的身份证号是{rid}，请核对。"],
    "person": ["我叫{zname}，来自{place}。", "联系人：{zname}，负责本次活动的安排。"],
}
PII_KINDS: tuple[str, ...] = ("phone", "email", "ip", "bank_card", "resident_id", "person")
"""Kinds of planted personal data."""

MALFORMED_KINDS: tuple[str, ...] = ("truncated_json", "missing_output", "not_json", "empty_output", "output_number")
"""Kinds of malformed lines, in the order they cycle."""

MALFORMED_REASONS: dict[str, str] = {
    "truncated_json": "malformed_json",
    "missing_output": "missing_field",
    "not_json": "malformed_json",
    "empty_output": "empty_field",
    "output_number": "wrong_type",
}
"""The ingest reason code each malformed kind is rejected with."""

GENERATOR_VERSION = 1
"""Bumped whenever the output for a given size and seed changes (cached corpora carry it in their name)."""

EXACT_RATE = 0.05
NEAR_RATE = 0.05
PII_RATE = 0.03
INPUT_RATE = 0.35
LIST_RATE = 0.25
LONG_RATE = 0.04
RESERVOIR = 10_000
ANNOTATORS = 20
GOOD_SHARE = 0.85

_MOBILE_PREFIXES = [*range(130, 140), 150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 177, 180, *range(181, 190)]
_ID_PROVINCES = ["11", "12", "13", "31", "32", "33", "35", "37", "41", "42", "44", "50", "51", "53", "61"]
_EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "hotmail.com", "corp.cn"]
_PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma", "hu"]
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")

# --------------------------------------------------------------------------- personal data values


def cn_mobile(rng: random.Random) -> str:
    """A random mainland mobile number in one of the common written forms."""
    digits = f"{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"
    a, b, c = digits[:3], digits[3:7], digits[7:]
    form = rng.randrange(5)
    if form == 0:
        return f"{a} {b} {c}"
    if form == 1:
        return f"+86 {a} {b} {c}"
    if form == 2:
        return f"+86-{a}-{b}-{c}"
    if form == 3:
        return f"(+86) {digits}"
    return digits


def resident_id(rng: random.Random) -> str:
    """A random 18-character resident ID: province code, real birth date 1950-2005, valid check character."""
    area = f"{rng.choice(_ID_PROVINCES)}{rng.randint(1, 20):02d}{rng.randint(1, 30):02d}"
    birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(56 * 365))
    first17 = f"{area}{birth:%Y%m%d}{rng.randrange(1, 1000):03d}"
    return first17 + resident_id_check_char(first17)


def bank_card(rng: random.Random) -> str:
    """A random Luhn-valid UnionPay-style card number (16 or 19 digits), sometimes in groups of four."""
    length = rng.choice([16, 16, 19])
    payload = "62" + "".join(str(rng.randrange(10)) for _ in range(length - 3))
    number = payload + luhn_check_digit(payload)
    if rng.random() < 0.4:
        return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def ipv4(rng: random.Random) -> str:
    """A random private or public-looking IPv4 address."""
    first = rng.choice(["10", "192.168", "172.16", "58", "116", "203", "121"])
    parts = first.split(".")
    parts += [str(rng.randint(1, 254)) for _ in range(4 - len(parts))]
    return ".".join(parts)


def email(rng: random.Random, lang: str) -> str:
    """A random e-mail address (never on the example.* surrogate domains)."""
    if lang == "zh":
        user = f"{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}{rng.randint(1, 9999)}"
    else:
        user = (
            f"{rng.choice(EN_FIRST).lower()}.{rng.choice(EN_LAST).lower()}{rng.choice(['', str(rng.randint(1, 99))])}"
        )
    return f"{user}@{rng.choice(_EMAIL_DOMAINS)}"


def zh_name(rng: random.Random) -> str:
    """A random Chinese name: surname plus one or two given-name characters."""
    return rng.choice(ZH_SURNAMES) + "".join(rng.choice(ZH_GIVEN) for _ in range(rng.choice([1, 2, 2])))


def en_name(rng: random.Random) -> str:
    """A random English first and last name."""
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


# --------------------------------------------------------------------------- text


def _compile(template: str) -> list[str]:
    """Split a template into literals and one-letter slot names (odd positions are slots)."""
    return re.split(r"\{([A-Z])\}", template)


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


EN_VERBS_S = [_third_person(v) for v in EN_VERBS]


@dataclass
class _Lang:
    """Pools and compiled templates of one language."""

    code: str
    pools: dict[str, list[str]]
    sentences: list[list[str]]
    instructions: list[list[str]]
    with_input: list[tuple[list[str], str]]
    items: list[list[str]]
    openers: list[list[str]]
    pii: dict[str, list[str]]
    sep: str


_ZH_REQUIREMENTS = [_compile(t) for t in ZH_REQUIREMENTS]

_EN = _Lang(
    code="en",
    pools={
        "N": EN_NOUNS,
        "A": EN_ADJS,
        "V": EN_VERBS,
        "S": EN_VERBS_S,
        "R": EN_ADVERBS,
        "P": EN_PREPS,
        "C": EN_CONNECTORS,
        "L": EN_PLACES,
        "K": EN_NUMBERS,
        "G": EN_GENRES,
        "D": EN_DOCS,
        "Y": EN_STYLES,
    },
    sentences=[_compile(t) for t in EN_SENTENCES],
    instructions=[_compile(t) for t in EN_INSTRUCTIONS],
    with_input=[(_compile(t), kind) for t, kind in EN_INSTRUCTIONS_WITH_INPUT],
    items=[_compile(t) for t in EN_ITEM],
    openers=[_compile(t) for t in EN_LIST_OPENERS],
    pii=EN_PII,
    sep=" ",
)
_ZH = _Lang(
    code="zh",
    pools={
        "N": ZH_NOUNS,
        "A": ZH_ADJS,
        "V": ZH_VERBS,
        "S": ZH_VERBS,
        "R": ZH_ADVERBS,
        "P": [""],
        "C": ZH_CONNECTORS,
        "L": ZH_PLACES,
        "K": ZH_NUMBERS,
        "G": ZH_GENRES,
        "D": ZH_DOCS,
        "Y": ZH_STYLES,
    },
    sentences=[_compile(t) for t in ZH_SENTENCES],
    instructions=[_compile(t) for t in ZH_INSTRUCTIONS],
    with_input=[(_compile(t), kind) for t, kind in ZH_INSTRUCTIONS_WITH_INPUT],
    items=[_compile(t) for t in ZH_ITEM],
    openers=[_compile(t) for t in ZH_LIST_OPENERS],
    pii=ZH_PII,
    sep="",
)


def _fill(parts: list[str], lang: _Lang, rng: random.Random) -> str:
    choice = rng.choice
    pools = lang.pools
    out = [p if i % 2 == 0 else choice(pools[p]) for i, p in enumerate(parts)]
    return "".join(out)


def _sentence(lang: _Lang, rng: random.Random) -> str:
    return _fill(rng.choice(lang.sentences), lang, rng)


def _paragraph(lang: _Lang, rng: random.Random, n_sentences: int) -> str:
    return lang.sep.join(_sentence(lang, rng) for _ in range(n_sentences))


def _output_length(rng: random.Random) -> int:
    if rng.random() < LONG_RATE:
        return rng.randint(1000, 4000)
    return int(min(1000, max(100, rng.lognormvariate(5.8, 0.55))))


def _output(lang: _Lang, rng: random.Random) -> str:
    target = _output_length(rng)
    if rng.random() < LIST_RATE:
        opener = _fill(rng.choice(lang.openers), lang, rng)
        lines = [opener] if opener else []
        size = len(opener)
        k = 0
        while size < target or k < 2:
            k += 1
            if lang.code == "zh" and rng.random() < 0.5 and k <= len(ZH_ORDINALS):
                item = f"{ZH_ORDINALS[k - 1]}、{_sentence(lang, rng)}"
            else:
                item = f"{k}. {_sentence(lang, rng)}"
            lines.append(item)
            size += len(item) + 1
        text = "\n".join(lines)
    else:
        paragraphs: list[str] = []
        sentences: list[str] = []
        size = 0
        per_paragraph = rng.randint(3, 6)
        while size < target:
            s = _sentence(lang, rng)
            sentences.append(s)
            size += len(s) + len(lang.sep)
            if len(sentences) == per_paragraph and size < target:
                paragraphs.append(lang.sep.join(sentences))
                sentences = []
        if sentences:
            paragraphs.append(lang.sep.join(sentences))
        text = "\n\n".join(paragraphs)
    return _ARTICLE.sub(r"\1n ", text) if lang.code == "en" else text


def _instruction_and_input(lang: _Lang, rng: random.Random) -> tuple[str, str]:
    if rng.random() < INPUT_RATE:
        parts, kind = rng.choice(lang.with_input)
        instruction = _fill(parts, lang, rng)
        if kind == "sentence":
            text = _sentence(lang, rng)
        elif kind == "item":
            text = _fill(rng.choice(lang.items), lang, rng)
        else:
            text = _paragraph(lang, rng, rng.randint(2, 4))
    else:
        instruction = _fill(rng.choice(lang.instructions), lang, rng)
        text = ""
        if lang.code == "en" and len(instruction) < 60 and rng.random() < 0.5:
            instruction += " " + _sentence(lang, rng)  # two-sentence instructions, as in Alpaca
        elif lang.code == "zh" and rng.random() < 0.6:
            instruction += _fill(rng.choice(_ZH_REQUIREMENTS), lang, rng)
    if lang.code == "en":
        instruction = _ARTICLE.sub(r"\1n ", instruction)
        text = _ARTICLE.sub(r"\1n ", text)
    return instruction, text


def _pii_sentence(lang: _Lang, kind: str, rng: random.Random) -> str:
    template = rng.choice(lang.pii[kind])
    values = {
        "name": en_name(rng),
        "zname": zh_name(rng),
        "phone": cn_mobile(rng),
        "email": email(rng, lang.code),
        "ip": ipv4(rng),
        "card": bank_card(rng),
        "rid": resident_id(rng),
        "place": rng.choice(ZH_PLACES),
    }
    return template.format(**values)


def _plant_pii(record: dict[str, Any], lang: _Lang, rng: random.Random) -> list[str]:
    kinds = rng.sample(PII_KINDS, rng.choice([1, 1, 2]))
    for kind in kinds:
        sentence = _pii_sentence(lang, kind, rng)
        target = "input" if record["input"] and rng.random() < 0.3 else "output"
        text = record[target]
        if rng.random() < 0.5:
            record[target] = sentence + lang.sep + text
        else:
            record[target] = text + lang.sep + sentence
    return kinds


_ACCURACY = [0.78 + 0.2 * a / (ANNOTATORS - 1) for a in range(ANNOTATORS)]
_ANNOTATOR_IDS = [f"annotator_{a + 1:02d}" for a in range(ANNOTATORS)]


def _annotations(rng: random.Random) -> list[dict[str, Any]]:
    truth = "good" if rng.random() < GOOD_SHARE else "bad"
    out = []
    for a in rng.sample(range(ANNOTATORS), 3):
        if rng.random() < _ACCURACY[a]:
            label, conf = truth, rng.triangular(0.55, 1.0, 0.9)
        else:
            label, conf = ("bad" if truth == "good" else "good"), rng.uniform(0.3, 0.8)
        out.append({"annotator_id": _ANNOTATOR_IDS[a], "label": label, "confidence": round(conf, 2)})
    return out


# --------------------------------------------------------------------------- lines


@dataclass
class SynthLine:
    """One line of the corpus and its ground truth."""

    index: int
    text: str
    kind: str
    lang: str
    source: int = -1
    pii: list[str] = field(default_factory=list)


def malformed_positions(n_records: int) -> dict[int, str]:
    """Line numbers (0-based) of the malformed lines and their kind: a handful, evenly spaced."""
    if n_records < 20:
        return {}
    m = min(max(5, n_records // 20_000), n_records // 20)
    return {int((k + 0.5) * n_records / m): MALFORMED_KINDS[k % len(MALFORMED_KINDS)] for k in range(m)}


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _malformed(index: int, kind: str, rng: random.Random) -> SynthLine:
    lang = _ZH if rng.random() < 0.5 else _EN
    instruction, text = _instruction_and_input(lang, rng)
    rec: dict[str, Any] = {"id": f"s{index:09d}", "instruction": instruction, "input": text}
    if kind == "truncated_json":
        full = _dumps({**rec, "output": _output(lang, rng)})
        line = full[: max(10, len(full) * 3 // 5)]
    elif kind == "not_json":
        line = "这一行不是JSON：" + _sentence(_ZH, rng) if lang.code == "zh" else "not JSON: " + _sentence(_EN, rng)
    elif kind == "missing_output":
        line = _dumps(rec)
    elif kind == "empty_output":
        line = _dumps({**rec, "output": ""})
    else:
        line = _dumps({**rec, "output": rng.randint(1, 10**6)})
    return SynthLine(index, line, kind, lang.code)


def generate(n_records: int, seed: int = 0) -> Iterator[SynthLine]:
    """Yield the ``n_records`` lines of the corpus for ``seed``, in order (see the module docstring)."""
    rng = random.Random(seed)
    bad = malformed_positions(n_records)
    reservoir: list[tuple[int, dict[str, Any], str]] = []
    originals = 0
    for i in range(n_records):
        kind = bad.get(i)
        if kind is not None:
            yield _malformed(i, kind, rng)
            continue
        r = rng.random()
        if reservoir and r < EXACT_RATE + NEAR_RATE:
            src, rec, code = rng.choice(reservoir)
            copy = {**rec, "id": f"s{i:09d}"}
            if r < EXACT_RATE:
                yield SynthLine(i, _dumps(copy), "exact", code, src)
                continue
            for _ in range(rng.randint(1, 2)):
                e = rng.choice(EDITS)
                target = "instruction" if e in ("case", "punct") and rng.random() < 0.3 else "output"
                copy[target] = edit_text(copy[target], e, rng)
            yield SynthLine(i, _dumps(copy), "near", code, src)
            continue
        lang = _ZH if rng.random() < 0.5 else _EN
        instruction, text = _instruction_and_input(lang, rng)
        rec = {"id": f"s{i:09d}", "instruction": instruction, "input": text, "output": _output(lang, rng)}
        pii = _plant_pii(rec, lang, rng) if rng.random() < PII_RATE else []
        rec["annotations"] = _annotations(rng)
        # reservoir sampling (algorithm R): a uniform sample of the originals seen so far
        originals += 1
        if len(reservoir) < RESERVOIR:
            reservoir.append((i, rec, lang.code))
        else:
            j = rng.randrange(originals)
            if j < RESERVOIR:
                reservoir[j] = (i, rec, lang.code)
        yield SynthLine(i, _dumps(rec), "original", lang.code, -1, pii)


def write_corpus(
    out: str | Path,
    n_records: int,
    seed: int = 0,
    truth: str | Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write the corpus (and optionally its ground truth) atomically; return counts by kind, language and PII."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    truth_path = Path(truth) if truth else None
    truth_tmp = truth_path.with_name(f".{truth_path.name}.{os.getpid()}.tmp") if truth_path else None
    kinds: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    pii: Counter[str] = Counter()
    size = 0
    try:
        with ExitStack() as stack:
            fh = stack.enter_context(open(tmp, "w", encoding="utf-8", newline="\n"))
            tfh = stack.enter_context(open(truth_tmp, "w", encoding="utf-8", newline="\n")) if truth_tmp else None
            for line in generate(n_records, seed):
                fh.write(line.text)
                fh.write("\n")
                size += 1
                kinds[line.kind] += 1
                langs[line.lang] += 1
                pii.update(line.pii)
                if tfh:
                    tfh.write(f"{line.index}\t{line.kind}\t{line.source}\t{line.lang}\t{','.join(line.pii)}\n")
                if progress and size % 100_000 == 0:
                    progress(size)
        if truth_tmp and truth_path:
            os.replace(truth_tmp, truth_path)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
        if truth_tmp:
            truth_tmp.unlink(missing_ok=True)
    return {
        "records": size,
        "seed": seed,
        "bytes": out.stat().st_size,
        "kinds": dict(sorted(kinds.items())),
        "langs": dict(sorted(langs.items())),
        "pii": dict(sorted(pii.items())),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: write ``--records`` lines to ``--out``; print the counts as JSON on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, required=True, help="number of lines to write")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--truth", type=Path, help="also write the ground truth (TSV) here")
    args = parser.parse_args(argv)
    if args.records < 0:
        parser.error("--records must be >= 0")
    t0 = time.perf_counter()

    def report(n: int) -> None:
        print(f"  {n:,} lines ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)

    stats = write_corpus(args.out, args.records, args.seed, args.truth, progress=report)
    stats["seconds"] = round(time.perf_counter() - t0, 2)
    print(json.dumps(stats, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
