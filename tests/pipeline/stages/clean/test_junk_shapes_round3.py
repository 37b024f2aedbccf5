"""Round-3 junk shapes of the clean stage (issue 16): template scaffolding, broader refusals, link-only
answers and contact spam, scraped markup fragments and API envelopes, restated instructions, pinyin.

Each case goes through the whole stage (``clean_table``, default config) and checks the exact outcome.
Positives and hard negatives were written for these tests (not taken from the evaluation templates).
"""

from __future__ import annotations

import json

import pytest

from pipeline.stages.clean.filters import restates_prompt
from pipeline.stages.clean.signals import boilerplate, pinyin, scaffold, structure

from .test_junk_shapes import KEPT, outcome

TEMPLATE = (
    "rejected",
    "template_output",
    "field 'output' is only prompt-template scaffolding (special tokens, unfilled placeholders, empty role headers)",
)
REFUSAL = ("rejected", "refusal_output", "field 'output' only says the task cannot be done")
LINK = ("rejected", "spam_output", "field 'output' is only a link (and a few words); the prompt does not ask for one")
ADS = ("rejected", "spam_output", "field 'output' advertises (promotion phrases with a link or contact)")
FRAGMENT = (
    "rejected",
    "markup_output",
    "field 'output' was scraped page or feed markup (HTML with attributes or scripts, XML, RSS) and the prompt does "
    "not ask for markup, data or code",
)
JSON_DUMP = (
    "rejected",
    "markup_output",
    "field 'output' is a JSON object and the prompt does not ask for data or code",
)
RESTATED = ("rejected", "echo_output", "field 'output' only restates field 'instruction' (and 'input')")
PINYIN = (
    "rejected",
    "script_mismatch",
    "field 'output' is Chinese written in pinyin; the prompt does not ask for a romanisation",
)

POSITIVES = [
    # template scaffolding: chat tokens, unfilled slots, empty frames around a copy of the prompt
    ("Summarise the plot of Hamlet.", "<|im_start|>assistant\n<|im_end|>", "", TEMPLATE),
    ("Give me a pun about bread.", "[Insert pun here]", "", TEMPLATE),
    ("Explain recursion.", "<response></response>\n{ai_reply}", "", TEMPLATE),
    ("Translate 'cat' into French.", "[INST] Translate 'cat' into French. [/INST] </s>", "", TEMPLATE),
    ("为这家店写一句广告语。", "### 助手：\n{{生成内容}}", "", TEMPLATE),
    ("Name a prime number.", "Assistant:", "", TEMPLATE),
    # refusals phrased in other ways
    (
        "What's the weather in Oslo today?",
        "I'm not able to look that up since I have no access to real-time information. A weather site will know.",
        "",
        REFUSAL,
    ),
    (
        "Rank these three poems.",
        "Judging art is beyond my capabilities as a virtual assistant. Thanks for understanding!",
        "",
        REFUSAL,
    ),
    ("介绍一下今天的新闻。", "抱歉，我目前无法联网获取最新消息，建议您查看新闻网站。", "", REFUSAL),
    ("评价这部电影。", "我只是一个语言模型，不便发表个人看法。", "", REFUSAL),
    # link-only answers, contact spam
    ("How do plants make food?", "Answer here: https://tinyurl.example/xyz12", "", LINK),
    ("什么是光合作用？", "答案见 https://pan.example.cn/s/abc123", "", LINK),
    (
        "Explain compound interest.",
        "Interest earned on interest. Need help with homework? DM us on Instagram @homework_pros_99 today.",
        "",
        ADS,
    ),
    # scraped markup fragments and API envelopes
    (
        "Why do leaves change colour?",
        '<section id="main"><p class="lead">Chlorophyll breaks down in autumn.</p></section><footer>x</footer>',
        "",
        FRAGMENT,
    ),
    (
        "什么是黑洞？",
        "<?xml version='1.0'?><entry><title>黑洞</title><summary>引力极强的天体。</summary></entry>",
        "",
        FRAGMENT,
    ),
    (
        "Create a dataset of three planets.",
        json.dumps({"success": True, "result": {"text": "Mercury, Venus, Earth"}, "code": 0}),
        "",
        JSON_DUMP,
    ),
    # restated instructions
    ("Describe a sunset over the ocean.", "You asked me to describe a sunset over the ocean.", "", RESTATED),
    ("Is coffee bad for you?", "Your question: is coffee bad for you", "", RESTATED),
    ("给这篇文章起一个标题。", "本题的任务是给这篇文章起一个标题", "", RESTATED),
    # pinyin for a Chinese prompt
    ("你最喜欢的季节是什么？", "wǒ zuì xǐhuān de jìjié shì qiūtiān, yīnwèi tiānqì liángshuǎng.", "", PINYIN),
    ("描述一下你的家乡。", "wo de jiaxiang zai nanfang, nar you hen duo shan he he.", "", PINYIN),
]


@pytest.mark.parametrize(
    ("instruction", "output", "input_", "expected"), POSITIVES, ids=[f"{p[3][1]}-{i}" for i, p in enumerate(POSITIVES)]
)
def test_round3_junk_is_caught(instruction, output, input_, expected):
    assert outcome(instruction, output, input_) == expected


HARD_NEGATIVES = [
    # scaffolding asked about, or a real answer inside a frame
    ("What does the <|endoftext|> token do?", "It marks the end of a document: <|endoftext|>", ""),
    ("Write a Jinja template greeting a user.", "Hello, {{ name }}!", ""),
    ("Name a prime number.", "### Response:\n7", ""),
    ("Show the Python placeholder for a name in str.format.", "{name}", ""),
    ("What is the closing tag for a paragraph in HTML?", "</p>", ""),
    # sentences that sound like refusals but answer
    ("Write a motivational sentence.", "I can't give up now, because my dreams are worth the effort.", ""),
    ("Describe how you feel about rain.", "I cannot stress enough how calming the sound of rain is at night.", ""),
    (
        "Can you browse the internet?",
        "No. I cannot browse the internet, but I can explain how search engines rank pages using links and content.",
        "",
    ),
    ("你是谁？", "我是一个人工智能助手，可以回答问题、写作和翻译。", ""),
    ("为什么不能在雷雨天游泳？", "因为水能导电，雷击时人在水中非常危险，所以不能在雷雨天游泳。", ""),
    # links asked for, links with an answer
    ("What is the URL of the Python website?", "https://www.python.org", ""),
    ("给出维基百科的网址。", "https://zh.wikipedia.org", ""),
    (
        "How do I install numpy?",
        "Run pip install numpy; the guide at https://numpy.org/install/ covers other platforms.",
        "",
    ),
    # markup asked for, or prose mentioning tags
    ("Write an XML record for a book.", '<book id="1"><title>Dune</title><author>Herbert</author></book>', ""),
    (
        "Make a simple web page with a heading.",
        '<div class="page"><h1>Welcome</h1><p>Hello there.</p></div>',
        "",
    ),
    ("Explain what a div is.", "A <div> groups elements; a <span> marks text inside a line.", ""),
    ("Give an example of a JSON API response.", json.dumps({"status": "ok", "data": {"id": 1}}), ""),
    # answers that reuse the question's words
    ("Is Paris the capital of France?", "Paris is the capital of France.", ""),
    ("Is the Earth round?", "Yes, the Earth is round.", ""),
    ("Rewrite the sentence in passive voice.", "The mouse was chased by the cat.", "The cat chased the mouse."),
    ("Name the capital of France.", "The capital of France is Paris.", ""),
    ("长城在哪个国家？", "长城在中国。", ""),
    # romanisation asked for; English names for Chinese prompts
    ("写出“你好吗”的拼音。", "nǐ hǎo ma", ""),
    ("请把这句话翻译成英文：我喜欢猫。", "I like cats.", ""),
    ("编写一个匹配日期的正则表达式。", r"^(19|20)\d\d-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])$ matches a-z da-ta", ""),
    (
        "列出三个学习编程的在线资源。",
        "1. Codecademy – https://www.codecademy.com\n2. freeCodeCamp – https://www.freecodecamp.org\n"
        "3. MDN – https://developer.mozilla.org",
        "",
    ),
]


@pytest.mark.parametrize(("instruction", "output", "input_"), HARD_NEGATIVES)
def test_round3_good_record_is_kept(instruction, output, input_):
    assert outcome(instruction, output, input_) == KEPT


@pytest.mark.parametrize(("instruction", "output", "input_"), HARD_NEGATIVES)
def test_learned_junk_never_rejects_a_round3_good_record(instruction, output, input_):
    got = outcome(instruction, output, input_, learned=True)
    assert got == KEPT or got[:2] == ("review", "learned_junk")


def test_romanised_names_are_borderline():
    got = outcome("列出五位唐代诗人。", "Li Bai, Du Fu, Wang Wei, Bai Juyi, Li Shangyin", "")
    assert got == (
        "review",
        "script_mismatch",
        "field 'output' is romanised words (pinyin names?) for a Chinese prompt that does not ask for them",
    )


def test_link_only_for_a_where_question_is_borderline():
    got = outcome("Where can I learn to code for free?", "https://learn.example.org/start", "")
    assert got == (
        "review",
        "spam_output",
        "field 'output' is only a link, for a prompt that asks where to find something",
    )


def test_pinyin_syllables():
    assert pinyin.is_pinyin("zhōngguó") and pinyin.is_pinyin("xi'an".replace("'", "")) and pinyin.is_pinyin("lv4")
    assert not pinyin.is_pinyin("the") and not pinyin.is_pinyin("is") and not pinyin.is_pinyin("strength")
    assert pinyin.pinyin_answer("The weather is nice and I like to walk in the park.", "天气") is None


def test_template_only_keeps_answers_in_frames():
    assert scaffold.template_only("{{output}} </s>", ("", "Say hi.", ""), 400) == "template"
    assert scaffold.template_only("Answer: {{output}} Hi there", ("", "Say hi.", ""), 400) is None
    assert scaffold.template_only("{{output}} </s>", ("", "Say hi.", ""), 5) is None  # longer than the limit


def test_markup_fragment_needs_a_tag_led_block():
    assert structure.markup_fragment('<p class="x">a</p><p>b</p><p>c</p>')
    assert not structure.markup_fragment('Text first <p class="x">a</p><p>b</p><p>c</p>')
    assert not structure.markup_fragment("<b>bold</b> and more words")


def test_keyword_lists_asked_for_are_no_stuffing():
    keywords = (
        "bakery, fresh bread, bakery near me, sourdough bread, artisan bread, bakery cakes, cheap cakes, "
        "birthday cakes, bread delivery, bakery shop, cheap bread"
    )
    assert boilerplate.advertising(keywords, "List SEO keywords for a bakery website.") is None
    assert boilerplate.advertising(keywords, "Describe a good bakery.") == "spam"


def test_restates_prompt_kinds():
    assert restates_prompt("Q: Name a red fruit.\nA: Name a red fruit.", "Name a red fruit.", "") == "marked"
    assert restates_prompt("to describe a sunset over the ocean", "Describe a sunset over the ocean.", "") == "plain"
    assert restates_prompt("The capital of France.", "Name the capital of France.", "") is None  # 3 of 4 words
    assert restates_prompt("Paris.", "Name the capital of France.", "") is None


def test_hammered_digits_and_repeated_list_markers():
    assert outcome("Describe your ideal holiday.", "7878787878787878") == (
        "rejected",
        "keyboard_mash",
        "field 'output' is one short unit repeated (a key held down or a pattern hammered)",
    )
    assert outcome("Give me a number made of one digit repeated.", "7777777777") == KEPT
    assert outcome("Calculate 1/9 to eight decimal places.", "0.11111111") == KEPT
    assert outcome("Outline a plan for a picnic.", "Pick a sunny day and a park nearby.\n" + "2) " * 14 + "2)") == (
        "rejected",
        "repetition_loop",
        "field 'output': a list marker is repeated 15 times with nothing between",
    )
    assert outcome("List the steps.", "1. Mix.\n2. Bake.\n3. Cool.\n4. Serve.") == KEPT
