"""Answers whose form says the answer is absent (``signals/absent.py``, round on heldout8).

The texts are written for these tests (not copied from the labelled parts); every finder has cases it
must find and look-alikes it must leave alone.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.clean.signals import absent, structure
from pipeline.stages.clean.signals.boilerplate import promotion
from pipeline.stages.clean.signals.record import record_signals

_PROSE = "Tides are caused by the pull of the moon. The sun adds a smaller pull of its own, and the two combine"


# --- ellipsis cuts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (_PROSE + "…", "ellipsis"),
        (_PROSE + "...", "ellipsis"),
        (_PROSE + " [...]", "omission"),
        (_PROSE + " […]", "omission"),
        (
            "潮汐是由月球的引力引起的。太阳也有较小的引力，两者叠加后会使涨潮变得更加明显，尤其是在满月和新月的时候……",
            "ellipsis",
        ),
        ("潮汐是由月球的引力引起的，太阳也有较小的引力 [...]", "omission"),
    ],
)
def test_ellipsis_cut_finds_a_cut_after_a_word(output, expected):
    assert absent.ellipsis_cut(output, "Explain tides.") == expected


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        (_PROSE + ", etc...", "Explain tides."),  # etc. trails off by design
        ("Tides rise and fall twice a day, and so on...", "Explain tides."),
        ("- It is clear that...\n- No one can deny that...\n- Without a doubt...", "List sentence starters."),
        (_PROSE + "...", "Write the opening of a suspense story."),  # the prompt asks for suspense
        (_PROSE + "...", "Continue this text: The moon ..."),  # the prompt holds an ellipsis
        ("Wait for it...", "Explain tides."),  # too short to judge
        ("Loading the tide tables for the harbour...", "Explain tides."),  # one clause, nothing cut after
        ("The numbers grow: 1, 2, 3...", "Count."),  # a digit, not a word, before the ellipsis
    ],
)
def test_ellipsis_cut_leaves_trailing_styles(output, prompt):
    assert absent.ellipsis_cut(output, prompt) is None


# --- labels, signatures, fillers ------------------------------------------------------------------------------


@pytest.mark.parametrize("output", ["Result:", "### Solution:", "Our Verdict:", "结论：", "最后的回答："])
def test_empty_label(output):
    assert absent.empty_label(output, "Why is the sky blue?")


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        ("Ingredients:", "Write a heading for the recipe's list of ingredients."),  # a heading asked for
        ("Name:", "Design a form field label for a name."),
        ("Blue.", "Why is the sky blue?"),  # no colon
        ("The reasons are as follows:", "Why is the sky blue?"),  # a cut sentence (5 words): truncation's job
        ("Step 1: mix\nStep 2:", "How do I bake?"),  # two lines
    ],
)
def test_empty_label_leaves_asked_labels_and_sentences(output, prompt):
    assert not absent.empty_label(output, prompt)


@pytest.mark.parametrize(
    "output", ["-- \nSent from my tablet", "--\nJane Doe\nSales, ACME Ltd", "发自我的小米手机", "来自 网易邮箱大师"]
)
def test_signature_only(output):
    assert absent.signature_only(output, "Name three rivers in Africa.")


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        ("-- \nSent from my tablet", "Write an e-mail signature for a sales rep."),
        ("-- \nSent from my tablet", "Write a cover letter for a nurse."),
        ("--\n" + "\n".join(["line"] * 5), "Name three rivers."),  # more than a signature after the delimiter
        ("-- the count starts at zero", "Explain SQL comments."),  # an SQL comment, not a delimiter line
        ("来自星星的你是一部韩剧", "推荐一部电视剧。"),  # a sentence, not a stamp (too long)
    ],
)
def test_signature_only_leaves_asked_signatures_and_other_text(output, prompt):
    assert not absent.signature_only(output, prompt)


@pytest.mark.parametrize("output", ["hey!!", "testing 456", "LOL", "呵呵", "沙发！", "路过"])
def test_filler(output):
    assert absent.filler(output, "Describe the water cycle.") == "filler"


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        ("Hello", "Translate 'Bonjour' into English."),
        ("hello", "Convert HELLO to lower case."),
        ("Hello", "Decode this binary string: 01001000 …"),
        ("Hi!", "Write a short greeting."),
        ("哈哈", "写一个表示笑声的拟声词。"),
        ("Paris", "What is the capital of France?"),  # a real short answer
        ("hello", "Remove the @ from h@ello"),  # the word is in the prompt once symbols are dropped
    ],
)
def test_filler_leaves_asked_words(output, prompt):
    assert absent.filler(output, prompt) is None


def test_bare_number_is_borderline_unless_a_number_is_asked():
    assert absent.filler("7", "Describe the water cycle.") == "number"
    assert absent.filler("7", "How many days are in a week?") is None
    assert absent.filler("11", "Return the length of a string.") is None
    assert absent.filler("3", "Which option is right: 1, 2 or 3?") is None
    assert absent.filler("1", "设计一个对整数列表进行排序的算法。") is None  # 数


# --- notices: auto-replies, bot walls, planning talk ---------------------------------------------------------


def test_away_notice():
    ooo = "I'm away until Monday with no access to e-mail. For anything urgent please contact the helpdesk."
    assert absent.away_notice(ooo, "Describe photosynthesis.")
    ooo = "I am on sick leave this week. Your message will be read when I return."
    assert absent.away_notice(ooo, "Describe photosynthesis.")
    assert absent.away_notice("【自动回复】本人休假中，紧急事项请联系办公室。", "描述光合作用。")
    assert not absent.away_notice(ooo, "Write an out-of-office e-mail reply.")  # asked for
    assert not absent.away_notice(
        "Plants go on leave? No: photosynthesis never stops; please contact a botanist.", "Describe photosynthesis."
    )


def test_bot_wall():
    assert absent.bot_wall("Security check: please confirm you are not a robot.", "Name a fruit.")
    assert absent.bot_wall("请完成人机验证后继续访问", "列举三种水果。")
    assert not absent.bot_wall(
        "Security check: please confirm you are not a robot.", "Write the text of a captcha page."
    )
    assert not absent.bot_wall("A captcha tells humans and bots apart.", "What is a captcha for humans?")


def test_plan_only():
    plan = "Alright. The user wants to know about volcanoes. I'll outline the main causes first. Then I should write it up."
    assert absent.plan_only(plan, "Why do volcanoes erupt?")
    assert absent.plan_only("好的，用户想了解火山。我先列一个提纲，然后我会写出完整的回答。", "火山为什么会喷发？")
    # an answer that says what it will do and then does it has a sentence without a planning cue
    done = "Let me explain. Magma rises because it is lighter than the rock around it. Pressure builds until it erupts."
    assert not absent.plan_only(done, "Why do volcanoes erupt?")
    # "the user interface" is no talk about the user
    assert not absent.plan_only("Let me start. The user interface has three panes. I'll name them.", "Describe the UI.")
    assert not absent.plan_only(plan, "Plan the steps you would take to answer a question about volcanoes.")


# --- echoes, random strings, metadata, promotions ----------------------------------------------------------


def test_quoted_prompt():
    ins = "Name the largest planet in the solar system."
    assert absent.quoted_prompt(f"Quoting Sam:\n> {ins}", ins) is None  # no "wrote:" attribution
    assert absent.quoted_prompt(f"Sam Lee wrote:\n> {ins}", ins) == "quote"
    assert absent.quoted_prompt(f"> {ins}", ins) == "quote"
    assert absent.quoted_prompt(f"> {ins}\nJupiter.", ins) is None  # the answer follows the quote
    assert absent.quoted_prompt(f"search: {ins}\nno results found", ins) == "label"
    assert absent.quoted_prompt(f"Question: {ins}\nAnswer: Jupiter.", ins) is None  # answered
    assert absent.quoted_prompt(f"查询：{ins}\n未找到相关内容", ins) == "label"


def test_random_strings():
    assert absent.random_strings("qR7t Zk2m Hw9x pLmQ 4bTz", "Describe a forest.")
    assert absent.random_strings("qR7t | Zk2m | Hw9x | pLmQ | 4bTz | wXyR", "描述一片森林。")
    assert not absent.random_strings("qR7t Zk2m Hw9x pLmQ 4bTz", "Generate five random passwords.")
    assert not absent.random_strings("MacBook iPhone YouTube PowerPoint LinkedIn", "Name five brands.")
    assert not absent.random_strings("NASA FBI CIA NATO UNESCO", "Name five organisations.")
    assert not absent.random_strings("4F 6B 21 DEADBEEF 0x1F3A", "Show the bytes.")  # hexadecimal
    assert not absent.random_strings("A1 B2 C3 D4 E5", "List the chessboard squares.")  # tokens under 3 chars
    # rows of a change-ringing method: digits with a few letters for bells 10-12
    assert not absent.random_strings("1234567890ET\n2143658709TE\n241638507T9E\n42618305T7E9\n4628103T5E79", "Bells.")


def test_metadata_lines():
    meta = (
        "<ctx>\n#1 src=notes/a.txt part=4 rel=0.91\nSome text.\n#2 src=notes/b.txt part=9 rel=0.40\n(nothing)\n</ctx>"
    )
    assert absent.metadata_lines(meta, "Describe a forest.")
    assert not absent.metadata_lines(meta, "Show the retrieval log for this query.")
    form = (
        '<form>\n<input type="text" name="name" />\n<input type="email" name="mail" />\n<button>Send</button>\n</form>'
    )
    assert not absent.metadata_lines(form, "Construct a sample web form.")  # quoted attribute values
    assert not absent.metadata_lines("x=1 y=2\nThe point lies on the line.\nIt is above the axis.", "Explain.")


def test_promotion_inside_and_voucher_codes():
    ad = "Get the Tidy Notes app free for a month: install it today and use code TIDY2026"
    assert promotion(ad, "Explain compost.") == "promo"  # a call to act, an offer, a voucher code
    text = f"Compost is decayed organic matter.\n{ad}\nIt improves soil structure."
    assert absent.promotion_inside(text, "Explain compost.", absent._PROMO_CUE) == "promo"
    plain = "Compost is decayed organic matter.\nTo start, download a guide from your council.\nIt improves soil."
    assert absent.promotion_inside(plain, "Explain compost.", absent._PROMO_CUE) is None


def test_json_lines_dump():
    rows = "\n".join(json.dumps({"t": i, "v": i * 2}) for i in range(3))
    assert structure.json_dump(rows, "Describe a forest.", "Describe a forest.") == "json"
    assert structure.json_dump("{}\nnot json", "Describe a forest.", "Describe a forest.") is None


def test_apply_is_gated_and_sets_findings():
    sig = record_signals("Explain tides.", "", "Result:")
    assert sig.placeholder == "label"
    sig = record_signals("Explain tides.", "", _PROSE + ".")
    assert sig.truncation is None and sig.placeholder is None and sig.non_answer is None and sig.echo is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gutters cleaned in your town, free estimate today. Fully insured. Call 555-0134 now!", "promo"),
        ("Cheap gutter cleaning, same day service. Call (555) 019-2231", "promo_weak"),  # a call and a number only
        ("Your first reading is FREE. Call 1-800-555-0100 now.", "promo"),
        ("If you feel unsafe, call 911 or a local hotline right away.", None),  # advice, no number to sell
        ("Call your doctor if the fever lasts more than three days.", None),
    ],
)
def test_promotion_by_telephone(text, expected):
    assert promotion(text, "Explain compost.") == expected


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        (
            "Here are five habits of good sleepers:\n1. A fixed bedtime.\n2. A dark room.\n3. No late coffee.",
            "announced",
        ),
        ("养成好睡眠的四个习惯：\n1. 固定作息。\n2. 卧室要暗。", "announced"),
        (
            "Six facts about owls:\n1. They hunt at night.\n2. They fly silently.\n3. They swallow prey whole.\n"
            "4. They cannot move their eyes.\n5. They turn their heads far.",
            "announced_one",
        ),
        ("Here are three habits:\n1. A fixed bedtime.\n2. A dark room.\n3. No late coffee.", None),  # complete
        ("Experts advise against opening more than 6 tabs for these reasons:\n1. Memory.\n2. Focus.", None),
        ("专家不建议打开超过6个标签页，原因如下：\n1. 占内存。\n2. 分心。", None),  # a comparison, not the count
        ("以下是几个建议：\n1. 早睡。\n2. 少喝咖啡。", None),  # the count is left open
        ("Here are five habits.\n1. A fixed bedtime.\n2. A dark room.", None),  # the intro announces nothing (no colon)
        ("Five habits:\n1. A fixed bedtime.\n3. A dark room.", None),  # numbering not consecutive
    ],
)
def test_announced_more(output, expected):
    assert absent.announced_more(output) == expected


@pytest.mark.parametrize(
    "output",
    [
        "Result: none",
        "答案：暂无",
        "The response is not available.",
        "Nothing to display.",
        "此处暂无内容。",
        "To be added.",
        "I will finish this tomorrow.",
        "敬请期待！",
        "Loading…",
        "正在生成，请稍候",
        "Refer to the attached document.",
        "详见附件。",
        "Tap below to unlock the full answer.",
        "Here's what I found on the web.",
        "I'm still learning! Ask me something else.",
        "Page 2 could not be extracted.",
        "提示：无法提取文字，请重试。",
        "已为您搜索到相关网页，请在App中查看。",
    ],
)
def test_missing_answer(output):
    assert absent.missing_answer(output, "Explain how glaciers form.") == "missing"


@pytest.mark.parametrize(
    ("output", "prompt"),
    [
        ("Loading…", "Write the text a progress bar shows while loading."),  # asked for
        ("Result: none", "What does this form field show when it is empty?"),
        ("No glaciers form where snow melts every summer.", "Explain how glaciers form."),  # engages the prompt
        ("Snow piles up for centuries and turns to ice.", "Explain how glaciers form."),  # an answer
        ("See the attached map: glaciers grow where snow outlasts summer.", "Explain how glaciers form."),  # answers
    ],
)
def test_missing_answer_leaves_answers_and_asked_forms(output, prompt):
    assert absent.missing_answer(output, prompt) is None


def test_legal_or_closed():
    assert absent.legal_or_closed("© 2019 Northwind Ltd. All rights reserved.", "Explain tides.") == "legal"
    assert absent.legal_or_closed("免责声明：本文仅代表作者个人观点。", "解释潮汐。") == "legal"
    assert absent.legal_or_closed("This thread has been locked by a moderator.", "Explain tides.") == "closed"
    assert absent.legal_or_closed("© 2019 Northwind Ltd. All rights reserved.", "Write a website footer.") is None
    # a fact that names copyright law is no legal line
    assert (
        absent.legal_or_closed(
            "In 1998 Congress passed the Digital Millennium Copyright Act.", "Name an event of 1998."
        )
        is None
    )


def test_receipt_acknowledgement_is_an_auto_reply():
    ack = "Thank you for your message. We have received it and will get back to you within 3 business days."
    assert absent.away_notice(ack, "Explain how glaciers form.")
    assert absent.away_notice("感谢您的留言，我们会尽快回复您。", "解释冰川是如何形成的。")
    assert not absent.away_notice(ack, "Write a reply to a customer's complaint.")


def test_heading_last():
    assert absent.heading_last("Causes.\n\n## Economy\n\nDebt.\n\n## Society")
    assert not absent.heading_last("print(x)\n# Output: [1, 3]")  # a code comment
    assert not absent.heading_last("# a\n# b\n\n# c")  # after another comment line
    assert not absent.heading_last("Great trip!\n\n#travel #sea")  # hashtags
    assert not absent.heading_last("## Only a heading")


def test_promotion_inside_skips_the_answers_own_list_items():
    text = "Questions:\n1. Did you find it?\n2. Would you like to sign up for our newsletter and get 10% off?"
    assert absent.promotion_inside(text, "Suggest questions for a shop.", absent._PROMO_CUE) is None
    ad = "Tides follow the moon.\nSubscribe to our newsletter today and get 10% off your first order!\nThey rise twice."
    assert absent.promotion_inside(ad, "Explain tides.", absent._PROMO_CUE) == "promo"


_SHORT_JUNK = [
    "Result: none",
    "Loading…",
    "详见附件。",
    "Here's what I found on the web.",
    "© 2019 Northwind Ltd. All rights reserved.",
    "This thread has been locked by a moderator.",
    "I am on sick leave this week. Your message will be read when I return.",
    "请完成人机验证后继续访问",
    "Alright. The user wants to know about volcanoes. I'll outline the causes. Then I should write it up.",
]


def test_candidate_re2_finds_every_short_finding():
    import pyarrow as pa
    import pyarrow.compute as pc

    def any_hit(texts):
        hits = [pc.match_substring_regex(pa.array(texts), p).to_pylist() for p in absent.CANDIDATE_RE2S]
        return [any(col) for col in zip(*hits)]

    assert all(any_hit(_SHORT_JUNK))
    assert not any_hit(["Glaciers form from snow."])[0]


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("Glaciers form where snow outlasts the summer and… [Read more]", True),
        ("Glaciers form where snow outlasts the summer and… Continue reading →", True),
        ("Glaciers form where snow piles up.\n\n[Answer truncated. Reply to see the rest.]", True),
        ("冰川是在积雪常年不化的地方形成的，积雪逐渐… 查看全文>>", True),
        ("冰川是在积雪常年不化的地方形成的。\n\n（未完待续）", True),
        ("She could not wait to see more of the glacier.", False),  # a sentence, not a marker
        ("Click here to read more about glaciers in the guide.", False),
    ],
)
def test_more_marker(output, expected):
    assert absent.more_marker(output, "Explain how glaciers form.") is expected


def test_more_marker_leaves_asked_button_texts():
    assert not absent.more_marker("Short teaser text… [Read more]", "Write the teaser and button text for a web page.")


def test_hyphen_break():
    assert absent.hyphen_break("Glaciers carve valleys, move boulders and slowly reshape moun-")
    assert not absent.hyphen_break("644 = rw-r--r--\n776 = rwxrwxrw-")  # permission strings have no vowel
    assert not absent.hyphen_break("Prefix: anti-")  # a short line, not broken prose


@pytest.mark.parametrize(
    ("instruction", "output", "expected"),
    [
        ("Name five tools and their uses.", "- Hammer: driving nails.", True),
        ("推荐三项海滩活动。", "1. 早上在海滩散步，享受海风。", True),
        ("List six planets.", "Here they are:\n1. Mercury\n2. Venus", True),
        ("Name three organic compounds.", "1. Methane 2. Ethylene 3. Glycerol", False),  # inline numbering
        ("党的四项基本原则是什么", "1.坚持社会主义道路；2.坚持人民民主专政；3.坚持党的领导；4.坚持马列主义。", False),
        ("Give 10 adjectives for each tree.", "- Oak: sturdy, tall\n- Elm: shady, wide", False),  # a count per item
        ("Convert 4.19 kg to pounds.", "9.23 lb", False),  # no list
        ("Name two rivers.", "- Nile", False),  # asks for fewer than three
    ],
)
def test_asked_count_short(instruction, output, expected):
    assert absent.asked_count_short(output, instruction) is expected


@pytest.mark.parametrize("output", ["Good question!", "What an interesting question.", "这个嘛……", "好问题。"])
def test_praise_only_is_filler(output):
    assert absent.filler(output, "Explain how glaciers form.") == "filler"


def test_instructions_to_the_writer_are_missing_answers():
    assert absent.missing_answer("Type your answer below (at least 40 words).", "Write about glaciers.") == "missing"
    assert absent.missing_answer("[Reviewer note: skipped, prompt unclear]", "Explain glaciers.") == "missing"
    assert absent.missing_answer("请在此处填写答案。", "解释冰川的形成。") == "missing"


@settings(max_examples=300, deadline=None)
@given(st.from_regex(absent._ANNOUNCE, fullmatch=False))
def test_announce_gate_never_hides_a_count(text):
    """The digit/number-word gate in front of the count pattern holds wherever the pattern matches."""
    if absent._ANNOUNCE.search(text) is not None:
        assert absent._ANNOUNCE_HINT.search(text.casefold()) is not None


@pytest.mark.parametrize("word", ["FİVE", "fıve", "ſix", "SEVEN", "Twelve", "3"])
def test_announce_gate_lets_case_variants_through(word):
    text = f"Name {word} tools and their uses."
    assert absent._ANNOUNCE_HINT.search(text.casefold()) is not None
