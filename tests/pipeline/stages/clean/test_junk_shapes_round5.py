"""Round on heldout5 (issue #16): what the prompt asks for keeps good answers; general junk shapes are caught.

Typing drills, text effects (circled letters, strike-through, zalgo, small capitals), answers complete by
their own form (directory trees, conjugation tables, diffs, date lists, hashes); crash reports, agent
transcripts, UTF-8 bytes as ``\\x`` escapes, UTF-7, shrinking-suffix loops, empty fences and bare list
markers. The texts are written for these tests (not copied from the labelled parts).
"""

from __future__ import annotations

import pytest

from .test_junk_shapes import KEPT, outcome

PLACEHOLDER = ("rejected", "placeholder_output", "field 'output' is a placeholder, not an answer")

POSITIVES = [
    (
        "Name three rivers in Europe.",
        'Traceback (most recent call last):\n  File "/srv/gen/run.py", line 12, in <module>\n'
        "    main()\nKeyError: 'answer'",
        (
            "rejected",
            "markup_output",
            "field 'output' is a program's crash report (traceback) and the prompt does not ask about code or errors",
        ),
    ),
    (
        "Suggest a name for a bakery.",
        "Thought: I should search for ideas.\nAction: search\nAction Input: bakery names",
        (
            "rejected",
            "markup_output",
            "field 'output' is an agent transcript (tool call, Thought/Action lines) and the prompt does not ask "
            "about agents or tools",
        ),
    ),
    (
        "推荐一本关于历史的书。",
        '我先查一下。\n<tool_call>\n{"name": "search", "arguments": {"q": "历史书"}}\n</tool_call>',
        (
            "rejected",
            "markup_output",
            "field 'output' is an agent transcript (tool call, Thought/Action lines) and the prompt does not ask "
            "about agents or tools",
        ),
    ),
    (
        "Give two examples of a metaphor.",
        "b'Time is a thief \\xe2\\x80\\x94 and \\xe2\\x80\\x9clife is a journey\\xe2\\x80\\x9d.'",
        ("rejected", "mojibake", "field 'output' decodes back to other text: UTF-8 bytes written as \\x escapes"),
    ),
    (
        "什么是光合作用？",
        "b'" + "".join(f"\\x{b:02x}" for b in "光合作用是植物利用阳光制造养分的过程。".encode()) + "'",
        ("rejected", "mojibake", "field 'output' decodes back to other text: UTF-8 bytes written as \\x escapes"),
    ),
    (
        "什么是光合作用？",
        "植物 " + "光合作用".encode("utf-7").decode("ascii") + " 和 " + "养分来源".encode("utf-7").decode("ascii"),
        ("rejected", "mojibake", "field 'output' decodes back to other text: UTF-7"),
    ),
    (
        "Why do leaves change colour?",
        "Leaves lose their green in the cold autumn. their green in the cold autumn. green in the cold autumn. "
        "in the cold autumn.",
        (
            "rejected",
            "repetition_loop",
            "field 'output': 4 sentences in a row each repeat the end of the one before",
        ),
    ),
    (
        "解释一下彩虹的成因。",
        "彩虹是阳光经过水滴折射形成的。阳光经过水滴折射形成的。经过水滴折射形成的。水滴折射形成的。折射形成的。",
        (
            "rejected",
            "repetition_loop",
            "field 'output': 5 sentences in a row each repeat the end of the one before",
        ),
    ),
    ("Explain recursion.", "```python\n```", PLACEHOLDER),
    ("列出三种水果。", "一、\n二、\n三、", PLACEHOLDER),
    ("Give two tips for studying.", "1.\n2.", PLACEHOLDER),
    (
        "写一首短诗。",
        "（1）",
        (
            "review",
            "placeholder_output",
            "field 'output' is a one-word answer that is also a common placeholder",
        ),
    ),
]


@pytest.mark.parametrize(("instruction", "output", "expected"), POSITIVES, ids=[p[2][1] for p in POSITIVES])
def test_round5_junk_is_caught(instruction, output, expected):
    assert outcome(instruction, output) == expected


HARD_NEGATIVES = [
    # asked for: typing drills, text effects
    (
        "Write a three-line typing drill for the home row.",
        "asdf jkl; asdf jkl;\nfdsa ;lkj fdsa ;lkj\nasdf ;lkj fdsa jkl;",
    ),
    ("写一组键盘上排的打字练习，三行。", "qwer uiop qwer uiop\nrewq poiu rewq poiu\nqwer poiu rewq uiop"),
    ("Write 'good night' in circled letters.", "ⓖⓞⓞⓓ ⓝⓘⓖⓗⓣ"),
    ("Write 'well done' with a strike-through effect.", "w̶e̶l̶l̶ ̶d̶o̶n̶e̶"),
    ("Write 'boo' as zalgo text for a Halloween card.", "b̸̨͙o̵̺͑o̶̳͝"),
    ("Write 'open late' in small capitals for a sign.", "ᴏᴘᴇɴ ʟᴀᴛᴇ ᴏᴘᴇɴ ʟᴀᴛᴇ"),
    ("把“good luck”写成圆圈字母。", "ⓖⓞⓞⓓ ⓛⓤⓒⓚ"),
    # complete by their own form
    (
        "Show the layout of a small Flask project as a tree.",
        "shop/\n├── app.py\n├── templates/\n│   └── index.html\n└── static/\n    └── style.css",
    ),
    (
        "Conjugate the French verb 'parler' in the present tense.",
        "je parle\ntu parles\nil parle\nnous parlons\nvous parlez",
    ),
    ("List every Monday in March 2027 as YYYY-MM-DD.", "2027-03-01\n2027-03-08\n2027-03-15\n2027-03-22\n2027-03-29"),
    ("2027年3月有哪些星期一？用顿号隔开。", "3月1日、3月8日、3月15日、3月22日、3月29日"),
    ("What is the MD5 of the empty string? Give only the hex digest.", "d41d8cd98f00b204e9800998ecf8427e"),
    (
        "Rename `n` to `count` in util.py and show a unified diff.",
        "--- a/util.py\n+++ b/util.py\n@@ -1,3 +1,3 @@\n def size(xs):\n-    n = len(xs)\n-    return n\n"
        "+    count = len(xs)\n+    return count",
    ),
    # shapes near the new junk signals
    (
        "What does a Python KeyError traceback mean?",
        'Traceback (most recent call last):\n  File "a.py", line 1\nKeyError: 1',
    ),
    (
        "How do I escape bytes in a Python string?",
        "Write b'\\xe4\\xbd\\xa0\\xe5\\xa5\\xbd' for the UTF-8 bytes of 你好.",
    ),
    ("Give me an international phone number format.", "Use +44 20 7946 0000 or +1-555-0100, never C++-style."),
    ("Rank the options; give the number only.", "2."),
    ("Say 'go' three times.", "Go. Go. Go."),
]


@pytest.mark.parametrize(("instruction", "output"), HARD_NEGATIVES)
def test_round5_good_record_is_kept(instruction, output):
    assert outcome(instruction, output) == KEPT
