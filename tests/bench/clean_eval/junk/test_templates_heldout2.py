"""The heldout2 junk generators on fixed base records (no public data needed)."""

import random
import re
import sys
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import templates_heldout2 as T  # noqa: E402

EN = {
    "instruction": "Write a Python function that returns the largest number in a list.",
    "input": "The list may be empty, so handle that case with care and explain it.",
    "output": (
        "Here is a simple function that finds the largest value. It doesn't modify the list, and it returns None "
        "for an empty list because there is no maximum to report.\n\n```python\ndef largest(values):\n"
        "    if not values:\n        return None\n    best = values[0]\n    for v in values[1:]:\n"
        "        if v > best:\n            best = v\n    return best\n```\n\nThe function runs in linear time, "
        "which is the best possible because every element has to be examined at least once."
    ),
}
ZH = {
    "instruction": "写一个Python函数，返回列表中最大的数。",
    "input": "列表可能为空，请说明如何处理这种情况并给出完整的实现。",
    "output": (
        "下面是一个简单的函数，因为列表可能为空，所以需要先判断。如果列表为空，函数返回None，这样调用者可以区分结果。\n\n"
        "```python\ndef largest(values):\n    if not values:\n        return None\n    best = values[0]\n"
        "    for v in values[1:]:\n        if v > best:\n            best = v\n    return best\n```\n\n"
        "这个函数通过一次遍历找到最大值，时间复杂度是线性的，每个元素都需要检查一次。"
    ),
}

ZH_PROSE = {
    "instruction": "介绍一下如何养成早睡早起的习惯。",
    "input": "",
    "output": (
        "养成早睡早起的习惯需要循序渐进。首先，每天固定上床和起床的时间，周末也尽量保持一致，因为作息规律可以帮助身体形成生物钟。"
        "其次，睡前一小时不要使用手机，而且要避免喝咖啡或浓茶。另外，早上起床后可以拉开窗帘晒太阳，这样能让大脑更快清醒。"
        "坚持两到三周以后，早睡早起就会变得自然。"
    ),
}


class FakeContext:
    def other_language_output(self, lang):
        return (
            "今天天气很好，我们去公园散步吧。"
            if lang == "en"
            else "The weather is lovely today, so let us walk in the park."
        )


def _gens(lang):
    return [g for g in T.GENERATORS if T.ONLY_LANG.get(g[0], lang) == lang]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    bases = [EN] if lang == "en" else [ZH, ZH_PROSE]
    for name, _kind, fn in _gens(lang):
        made = None
        for base in bases:
            for seed in range(20):
                made = fn(random.Random(seed), dict(base), lang, FakeContext())
                if made is not None:
                    break
            if made is not None:
                break
        assert made is not None, name
        assert made["output"] != base["output"], name


def test_every_kind_has_several_templates_per_language():
    for lang in ("en", "zh"):
        kinds = {}
        for name, kind, _ in _gens(lang):
            kinds.setdefault(kind, []).append(name)
        assert len(kinds) == 10
        assert all(len(v) >= 2 for v in kinds.values()), kinds


def test_mojibake_is_the_real_thing():
    rng = random.Random(0)
    assert T.moji_gbk(rng, {"output": "我们", "instruction": "", "input": ""}, "zh", None)["output"].startswith("鎴戜")
    out = T.moji_double(rng, {"output": "it's", "instruction": "", "input": ""}, "en", None)["output"]
    assert out == "itÃ¢â‚¬â„¢s"
    assert T.moji_latin1(rng, {"output": "plain ascii", "instruction": "", "input": ""}, "en", None) is None


def test_cyrillic_transliteration():
    out = T.wrong_cyrillic(random.Random(0), {"output": "The cat sat.", "instruction": "", "input": ""}, "en", None)
    assert out == {"output": "Тхе цат сат."}


def test_empty_answers_have_no_content():
    for lang in ("en", "zh"):
        for seed in range(50):
            rng = random.Random(seed)
            for fn in (T.empty_blank, T.empty_punct):
                out = fn(rng, dict(EN), lang, None)["output"]
                assert not re.search(r"\w", out), repr(out)


def test_sentence_loop_repeats_a_sentence_at_least_twelve_times():
    out = T.loop_sentence(random.Random(3), dict(EN), "en", None)["output"]
    top = max(out.count(s) for s in ("Here is a simple function", "The function runs in linear time"))
    assert top >= 12


def test_echo_input_skips_editing_tasks():
    rec = {"instruction": "Correct the grammar.", "input": "She don't like apples at all, really.", "output": "x" * 40}
    assert T.echo_input(random.Random(0), rec, "en", None) is None
