"""Junk shapes the clean stage catches by structure (issue 16), with hard negatives that must stay.

Each case goes through the whole stage (``clean_table``, default config) and checks the exact outcome:
rejected / held for review / kept, the reason code and the detail message.
"""

from __future__ import annotations

import json

import pytest

from pipeline.config.clean import CleanConfig
from pipeline.core.records import records_to_table
from pipeline.stages.clean.filters import build_word_matcher
from pipeline.stages.clean.signals import loops, structure
from pipeline.stages.clean.signals.repetition import phrase_run_repeats
from pipeline.stages.clean.stage import clean_table


def _record(instruction: str, output: str, input_: str = "") -> dict[str, object]:
    return {
        "record_id": "r1",
        "instruction": instruction,
        "input": input_,
        "output": output,
        "corpus": "c",
        "source_file": "f.json",
        "source_index": 0,
        "lang": "zh" if any("\u4e00" <= c <= "\u9fff" for c in instruction) else "en",
    }


def outcome(
    instruction: str, output: str, input_: str = "", learned: bool = False
) -> tuple[str, str | None, str | None]:
    """The stage's outcome with the default config; the rules only unless ``learned`` (learned_junk too)."""
    cfg = CleanConfig()
    if not learned:
        cfg = CleanConfig(filters=[f for f in cfg.filters if f != "learned_junk"])
    res = clean_table(records_to_table([_record(instruction, output, input_)]), cfg, build_word_matcher(cfg))
    if res.rejected.num_rows:
        row = res.rejected.to_pylist()[0]
        return "rejected", row["reason"], row["detail"]
    if res.review.num_rows:
        row = res.review.to_pylist()[0]
        return "review", row["reason"], row["detail"]
    return "kept", None, None


KEPT = ("kept", None, None)
API_DUMP = json.dumps(
    {"code": 200, "msg": "success", "data": {"id": 4711, "content": "<p>Zebras have stripes.</p>", "tags": ["news"]}}
)
WIKI = (
    "{{Infobox animal\n| name = Zebra\n}}\n'''Zebras''' are African equines.<ref>{{cite web|title=Zebra}}</ref>\n\n"
    "== See also ==\n[[Category:Equines]]"
)
JSON_DETAIL = "field 'output' is a JSON object and the prompt does not ask for data or code"
WIKI_DETAIL = "field 'output' holds wiki source markup and the prompt does not ask for markup"
LOOP = "repetition_loop"


POSITIVES = [
    # data and wiki dumps pasted as the answer to a prose question
    ("Describe a zebra.", API_DUMP, "", ("rejected", "markup_output", JSON_DETAIL)),
    ("描述一下斑马。", API_DUMP, "", ("rejected", "markup_output", JSON_DETAIL)),
    ("Describe a zebra.", WIKI, "", ("rejected", "markup_output", WIKI_DETAIL)),
    # a script nobody asked for: English in Cyrillic letters, Chinese turned into Hangul
    (
        "Describe a zebra.",
        "Зебрас аре Африцан еqуинес wитх дистинцтиве блацк анд wхите стрипед цоатс.",
        "",
        (
            "rejected",
            "script_mismatch",
            "field 'output' is mostly in Cyrillic script; the prompt does not use it or ask for another language",
        ),
    ),
    (
        "Distance Method是什么？",
        "Distance Method봉쉐썯쳉캐쳳싱걩얃쩚쑈Case Sensing거맏뿯。",
        "",
        (
            "rejected",
            "script_mismatch",
            "field 'output' is mostly in Hangul script; the prompt does not use it or ask for another language",
        ),
    ),
    # loops: numbered steps with one text, near copies, a phrase loop in Chinese
    (
        "List the steps to plant a tree.",
        "\n".join(f"Step {n}: Dig a hole twice as wide as the root ball." for n in range(1, 20)),
        "",
        ("rejected", LOOP, "field 'output': a block of lines or sentences is repeated 19 times back to back"),
    ),
    (
        "描述人工智能在医学中的应用。",
        "\n".join(f"第{n}步：人工智能可用于快速有效地分析患者扫描。" for n in range(1, 12)),
        "",
        ("rejected", LOOP, "field 'output': a block of lines or sentences is repeated 11 times back to back"),
    ),
    (
        "Describe the compound.",
        "  ;  ".join(
            f"The most probable structure of the compound is a linear chain with three {w} and one nitrogen atom."
            for w in ("carbons", "atoms", "carbons", "groups", "carbons", "links", "carbons", "rings", "units")
        ),
        "",
        (
            "rejected",
            LOOP,
            "field 'output' (prose): 0.888 of its line/sentence characters nearly copy the units before them (limit 0.6)",
        ),
    ),
    (
        "为即将到来的一年生成一个目标列表。",
        "1. 选一门我感兴趣的课\n2. 进行冥想好" + "进行冥想好" * 12,
        "",
        ("rejected", LOOP, "field 'output': a phrase of 5-8 characters is repeated 13 times back to back"),
    ),
    # truncation: a bare list marker, an announcement that stops at its colon, a short unclosed fence
    (
        "List three ways to save water.",
        "1. Take shorter showers.\n2. Fix leaking taps.\n3.",
        "",
        ("rejected", "truncated_output", "field 'output' (list) stops mid-sentence or with unclosed code"),
    ),
    (
        "Summarize the rules of the store.",
        "The rules and regulations of this store are simple:",
        "",
        ("rejected", "truncated_output", "field 'output' (prose) stops mid-sentence or with unclosed code"),
    ),
    (
        "如何让.mp3文件和.gif文件一起运行？",
        "可以使用以下代码：\n\n```",
        "",
        ("rejected", "truncated_output", "field 'output' (short) stops mid-sentence or with unclosed code"),
    ),
    # page chrome, consent dialogs, apologies without an answer
    (
        "Write a rap about self-love.",
        "Related posts\n• Previous: Top 10 tips\n• Next: Weekly roundup\nLeave a comment\nPosted in Uncategorized",
        "",
        (
            "rejected",
            "boilerplate_output",
            "field 'output' holds web-page boilerplate (consent banner, menu or footer)",
        ),
    ),
    (
        "Create a flow chart.",
        "Your privacy matters to us. We and our partners store information on your device.\n[Reject all] [Accept all]",
        "",
        (
            "rejected",
            "boilerplate_output",
            "field 'output' holds web-page boilerplate (consent banner, menu or footer)",
        ),
    ),
    (
        "Recommend a restaurant.",
        "I'm sorry, but I'm not able to help with that request.",
        "",
        ("rejected", "refusal_output", "field 'output' only says the task cannot be done"),
    ),
    (
        "推荐一个浪漫晚餐的地方",
        "对不起，这超出了我的能力范围，建议您咨询相关专业人士。",
        "",
        ("rejected", "refusal_output", "field 'output' only says the task cannot be done"),
    ),
    # an ad block inserted in a good answer
    (
        "Suggest a menu item for a dinner party.",
        "[Sponsored] Earn $500/day from home → bit.ly/3xEarnNow\nCoq au Vin is a hearty stew of chicken and wine.",
        "",
        ("rejected", "spam_output", "field 'output' advertises (promotion phrases with a link or contact)"),
    ),
    # short cuts: a comma or colon after three words; a Python block header with no body
    (
        "用一句话解释大数据的目的。",
        "大数据的目的是让组织能够分析大量数据，",
        "",
        ("rejected", "truncated_output", "field 'output' (short) stops mid-sentence or with unclosed code"),
    ),
    (
        "Create a function to find the maximum of two numbers.",
        "def find_max(num1, num2):\n    if num1 > num2:",
        "",
        ("rejected", "truncated_output", "field 'output' (code) stops mid-sentence or with unclosed code"),
    ),
    (
        "Group the items into two categories.",
        "Hardware: Mouse, keyboard, printer, screen\nSoftware:",
        "Mouse, keyboard, printer, screen",
        ("review", "truncated_output", "field 'output' (prose) ends without end punctuation"),
    ),
    # a translation left in Chinese; text escaped for the web; keyword stuffing
    (
        "将以下英语短语翻译成西班牙语。",
        "早上好。",
        "",
        (
            "rejected",
            "lang_mismatch",
            "field 'output' is Chinese; the instruction asks for a translation into another language",
        ),
    ),
    (
        "查找“朋友”一词的西班牙语翻译。",
        "朋友",
        "",
        (
            "rejected",
            "lang_mismatch",
            "field 'output' is Chinese; the instruction asks for a translation into another language",
        ),
    ),
    (
        "写出函数的定义",
        "def f(x):\n    &quot;&quot;&quot;返回两倍。&quot;&quot;&quot;\n    return 2 * x",
        "",
        (
            "review",
            "mojibake",
            "field 'output' holds HTML character references (&lt; &quot;) in place of characters",
        ),
    ),
    (
        "What does the proverb mean?",
        "sorry near me buy sorry best sorry sorry 2023 best sorry cheap sorry cheap sorry deals sorry online",
        "",
        ("rejected", "spam_output", "field 'output' advertises (promotion phrases with a link or contact)"),
    ),
    # placeholders in brackets, an echo behind prompt labels, the input handed back for a writing task
    (
        "描述数据管理的重要性。",
        "（略）",
        "",
        ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer"),
    ),
    (
        "Formulate five questions for an interview.",
        "{}",
        "",
        ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer"),
    ),
    (
        "List five ways to monetize a website.",
        "Instruction: List five ways to monetize a website.\nAnswer:",
        "",
        ("rejected", "echo_output", "field 'output' only repeats field 'instruction' behind prompt labels"),
    ),
    (
        "Describe why people like a particular type of food.",
        "Pizza",
        "Pizza",
        ("rejected", "echo_output", "field 'output' only repeats field 'input' for a task that asks for new text"),
    ),
    (
        "Identify the topic of this article.",
        "The film is set in 2045, in a world overrun by machines.",
        "The film is set in 2045, in a world overrun by machines.",
        ("review", "echo_output", "field 'output' repeats field 'input' unchanged for a task that may keep it"),
    ),
]


@pytest.mark.parametrize(
    ("instruction", "output", "input_", "expected"), POSITIVES, ids=[f"{p[3][1]}-{i}" for i, p in enumerate(POSITIVES)]
)
def test_junk_shape_is_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_) == expected


HARD_NEGATIVES = [
    # JSON asked for, or about data
    ("Construct a JSON object describing a book.", '{"title": "Dune", "author": "Frank Herbert", "year": 1965}', ""),
    ("Create a data model to store books.", '{"title": "string", "author": "string", "year": "integer"}', ""),
    ("Convert the record to the other notation.", '{"name": "Ann", "age": 30}', '{"name": "Ann", "age": "30"}'),
    # a JSON list of plain values, and Python/Jinja braces in code
    ("List three fruits.", '["apple", "banana", "cherry"]', ""),
    ("Explain wiki markup.", "Use '''bold''' and [[links]] and == headings == in a wiki.", ""),
    # languages asked for, Greek letters in maths, Russian in the input
    ("Write a sentence in Russian about the weather.", "Сегодня хорошая погода, и светит солнце.", ""),
    ("用韩语说“谢谢你的帮助”。", "도와주셔서 감사합니다.", ""),
    ("Summarize the text.", "Текст рассказывает о погоде в Москве и о прогнозе.", "Погода в Москве: сегодня солнечно."),
    ("Give the angle formula.", "θ = arctan(y / x), where α and β are the other angles of the triangle.", ""),
    # parallel lists, numbered lists with distinct content, a sudoku table, a form with empty fields
    (
        "List healthy habits.",
        "1. Eat more fruit every day.\n2. Eat more vegetables every day.\n3. Drink more water every day.\n"
        "4. Sleep eight hours every night.\n5. Walk thirty minutes every day.\n6. Read a book every week.",
        "",
    ),
    (
        "Give the steps to boil an egg.",
        "Step 1: Fill a pot with water.\nStep 2: Bring the water to a boil.\nStep 3: Lower the egg into the pot.\n"
        "Step 4: Cook for nine minutes.\nStep 5: Cool the egg in cold water.",
        "",
    ),
    (
        "Write a bug report template.",
        "Bug Report:\n\nSteps to Reproduce:\n1. Launch the application\n2. Log in\n\nEnvironment:\n\n"
        "Software version:\nOS version:\nBrowser version:",
        "",
    ),
    # the input returned for an edit that needs none; a changed case is a change
    ("Correct the grammar of the sentence.", "She goes to school every day.", "She goes to school every day."),
    ("Convert this text to uppercase.", "THIS IS AN EXAMPLE TEXT", "this is an example text"),
    # a refusal in the prompt's own dialogue; model limits asked for
    (
        "Rewrite the dialogue so that the tone is more polite.",
        "- Agent: I'm sorry, but we are unable to fulfill your request.\n- Customer: Oh, okay. I understand.",
        "- Agent: I'm sorry, we can't do that.\n- Customer: No way!",
    ),
    (
        "Provide two examples of an action that the GPT model cannot perform.",
        "The GPT model cannot perform any physical actions, such as setting a reminder or waking a person up at a "
        "certain time. The model also cannot output any visual or audio content, like creating graphics or music.",
        "",
    ),
    # a song's repeated line is not a phrase loop
    ("写一首关于春天的歌。", "春天来了，花儿开了\n我们一起唱歌吧\n春天来了，鸟儿叫了\n我们一起唱歌吧", ""),
    # short answers that end well, letter closings; translations into Chinese, into English done right
    ("Write the closing of a formal letter.", "Sincerely,", ""),
    ("Address a letter to someone.", "Dear Dr. Smith,", ""),
    ("Change the code below to correct the syntax error.", "for num in range(1, 10):", "for num in range(1, 10)"),
    ("Delete any repeated words.", "This movie was so bad,", "This movie was so so bad,"),
    ("用适当的词语完成这首诗。", "我喜欢观看夜空中星星跳舞，", ""),
    ("Is the sky blue?", "Yes,", ""),
    ("将下面的英文翻译成中文。", "我们很开心。", "We are happy."),
    ("把“你好”翻译成英语", "“你好”的英文是“Hello”。", ""),
    ("用日语说早上好。", "おはようございます。", ""),
    # Morse code asked for in Chinese is dots and dashes, not a placeholder
    ("将下面的句子转换成摩尔斯电码。", ".. .-.. --- ...- . -.-- --- ..-", "I love you"),
    # entities when the prompt is about HTML escaping; an ordinary sentence with two keywords
    ("How do you escape quotes in HTML?", "Write &quot; for a double quote, &lt; for < and &gt; for >.", ""),
    ("Give shopping advice.", "Compare prices online and look for deals near me before you buy anything cheap.", ""),
    # a whole HTML page for a chart script
    (
        "Create a script that would display the given data as a pie chart.",
        "<!DOCTYPE html>\n<html>\n<head><title>Chart</title></head>\n<body>\n<canvas id='c'></canvas>\n"
        "<script>new Chart(document.getElementById('c'), {type: 'pie'});</script>\n</body>\n</html>",
        "Data: January 20, February 15",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), HARD_NEGATIVES)
def test_good_record_of_a_similar_shape_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


@pytest.mark.parametrize(("instruction", "output", "input_"), HARD_NEGATIVES)
def test_learned_junk_never_rejects_a_good_look_alike(instruction, output, input_):
    # The learned score may hold an odd-looking good answer for review, but never rejects it.
    got = outcome(instruction, output, input_, learned=True)
    assert got == KEPT or got[:2] == ("review", "learned_junk")


def test_json_dump_needs_an_object_and_no_data_topic():
    assert structure.json_dump(API_DUMP, "Describe a zebra.", "Describe a zebra.") == "json"
    assert structure.json_dump('[{"a": 1}, {"a": 2}]', "Name two numbers.", "Name two numbers.") == "json"
    assert structure.json_dump('["apple", "banana", "cherry"]', "List fruit.", "List fruit.") is None
    assert structure.json_dump("{not json at all, only braces}", "Describe it.", "Describe it.") is None
    assert structure.json_dump(API_DUMP, "Return the API response.", "Return the API response.") is None
    # an input about programs does not make JSON right for "Summarize"; the instruction decides
    assert structure.json_dump(API_DUMP, "Summarize this.\nA program to sort.", "Summarize this.") == "json"


def test_wiki_dump_needs_two_kinds_of_markup():
    assert structure.wiki_dump(WIKI, "Describe a zebra.") == "wiki"
    assert structure.wiki_dump("def f():\n    '''Docstring.'''\n    return 1", "Write a function.") is None
    assert structure.wiki_dump(WIKI, "Write a Wikipedia infobox for the zebra.") is None


def test_script_mismatch_weighs_syllabic_scripts():
    assert (
        structure.script_mismatch("Distance Method봉쉐썯쳉캐쳳싱걩얃쩚쑈Case Sensing거맏뿯。", "X是什么？") == "Hangul"
    )
    assert structure.script_mismatch("Привет", "Say hi.") is None  # too few letters to judge
    assert structure.script_mismatch("Сегодня хорошая погода и солнце.", "Translate: nice weather") is None


def test_phrase_runs_and_near_copies():
    assert phrase_run_repeats(["进行冥想好" * 12, "hello world " * 5, "春天来了"]).tolist() == [12, 0, 0]
    seq = [f"the compound is a linear chain with three {w} and one atom" for w in "abcdefgh"]
    assert loops.near_copy_share(seq) == pytest.approx(7 / 8)  # the first unit copies nothing
    parallel = ["eat more fruit", "eat more vegetables", "drink more water", "sleep more", "walk more", "read more"]
    assert loops.near_copy_share(parallel) == 0.0
