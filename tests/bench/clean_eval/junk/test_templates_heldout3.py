"""The heldout3 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout3 as T  # noqa: E402

EN = {
    "instruction": "Write a Python function that returns the largest number in a list.",
    "input": "",
    "output": (
        "Here's a simple function that finds the largest value. It doesn't modify the list, and it returns None "
        'for an empty list because there is no "maximum" to report.\n\n```python\ndef largest(values):\n'
        "    if not values:\n        return None\n    best = values[0]\n    for value in values[1:]:\n"
        "        if value > best:\n            best = value\n    return best\n```\n\nThe function runs in linear "
        "time, which is the best possible because every element has to be examined at least once."
    ),
}
EN_LIST = {
    "instruction": "Give three tips for keeping houseplants healthy.",
    "input": "",
    "output": (
        "1. Water them only when the top layer of soil feels dry to the touch.\n"
        "2. Put them near a bright window but out of harsh afternoon sun.\n"
        "3. Wipe dust off the leaves every few weeks so they can breathe and absorb light."
    ),
}
EN_EDIT = {
    "instruction": "Rewrite the sentence in the passive voice.",
    "input": "The committee approved the new budget on Monday morning.",
    "output": "The new budget was approved by the committee on Monday morning.",
}
ZH = {
    "instruction": "介绍一下如何养成早睡早起的习惯。",
    "input": "",
    "output": (
        "养成早睡早起的习惯需要循序渐进。首先，每天固定上床和起床的时间，周末也尽量保持一致，因为作息规律可以帮助身体形成生物钟。"
        "其次，睡前一小时不要使用手机，而且要避免喝咖啡或浓茶。另外，早上起床后可以拉开窗帘晒太阳，这样能让大脑更快清醒。"
        "坚持两到三周以后，早睡早起就会变得自然。"
    ),
}
ZH_EDIT = {
    "instruction": "把下面的句子翻译成英文。",
    "input": "今天下午我们在图书馆一起复习功课。",
    "output": "We reviewed our lessons together in the library this afternoon.",
}


def _gens(lang):
    return [g for g in T.GENERATORS if T.ONLY_LANG.get(g[0], lang) == lang]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    bases = [EN, EN_LIST, EN_EDIT] if lang == "en" else [ZH, ZH_EDIT]
    for name, _kind, fn in _gens(lang):
        made = None
        for base in bases:
            for seed in range(20):
                made = fn(random.Random(seed), dict(base), lang, None)
                if made is not None:
                    break
            if made is not None:
                break
        assert made is not None, name
        assert made["output"] != base["output"], name
        assert set(made) == {"output"}, name


def test_every_kind_has_several_templates_per_language():
    for lang in ("en", "zh"):
        kinds = {}
        for name, kind, _ in _gens(lang):
            kinds.setdefault(kind, []).append(name)
        assert len(kinds) == 10
        assert all(len(v) >= 2 for v in kinds.values()), kinds


def test_generator_names_are_new():
    names = [n for n, _, _ in T.GENERATORS]
    assert len(set(names)) == len(names) and all(n.startswith("h3_") for n in names)


def test_mojibake_is_the_real_thing():
    rng = random.Random(0)
    zh = {"output": "我们", "instruction": "", "input": ""}
    assert T.moji_shift_jis(rng, zh, "zh", None)["output"] == "我们".encode().decode("cp932", errors="replace")
    assert T.moji_entities(rng, {"output": 'it\'s "ok"', "instruction": "", "input": ""}, "en", None) == {
        "output": "it&amp;#x27;s &amp;quot;ok&amp;quot;"
    }
    three = {**zh, "output": "我们好"}
    assert T.moji_u_escapes(rng, three, "zh", None) == {"output": "\\u6211\\u4eec\\u597d"}
    assert T.moji_u_escapes(rng, zh, "zh", None) is None
    assert T.moji_percent(rng, zh, "zh", None) == {"output": "%E6%88%91%E4%BB%AC"}
    assert T.moji_euc_kr(rng, {"output": "plain ascii", "instruction": "", "input": ""}, "en", None) is None


def test_greek_transliteration():
    out = T.wrong_greek(random.Random(0), {"output": "The cat sits.", "instruction": "", "input": ""}, "en", None)
    assert out == {"output": "Θε κατ σιτς."}


def test_empty_answers_have_no_content():
    for seed in range(40):
        for lang in ("en", "zh"):
            out = T.empty_dots(random.Random(seed), dict(EN), lang, None)["output"]
            assert not re.search(r"\w", out), repr(out)
            assert len(T.empty_marker(random.Random(seed), dict(EN), lang, None)["output"]) <= 12


def test_loops_repeat():
    out = T.loop_closing(random.Random(1), dict(EN_LIST), "en", None)["output"]
    assert max(Counter(out.split("\n")).values()) >= 6 or max(Counter(out.split(" ")).values()) >= 12
    out = T.loop_list_cycle(random.Random(2), dict(EN_LIST), "en", None)["output"]
    assert out.count("Water them only") >= 3
    out = T.loop_stutter(random.Random(3), dict(ZH), "zh", None)["output"]
    assert re.search(r"(.)\1{29,}", out)


def test_echo_input_back_needs_a_transform_task_with_input():
    assert T.echo_input_back(random.Random(0), dict(EN_LIST), "en", None) is None
    assert T.echo_input_back(random.Random(0), dict(EN_EDIT), "en", None) == {"output": EN_EDIT["input"]}
    assert T.echo_input_back(random.Random(0), dict(ZH_EDIT), "zh", None) == {"output": ZH_EDIT["input"]}


def test_truncated_code_stops_inside_the_fence():
    for seed in range(10):
        out = T.trunc_in_code(random.Random(seed), dict(EN), "en", None)["output"]
        assert out.count("```") == 1 and EN["output"].startswith(out) and not out.endswith("\n")


# ------------------------------------------------------------------- generate() on a synthetic corpus


def _corpus():
    en, zh = [], []
    for i in range(900):
        shape = i % 3
        if shape == 0:
            en.append({**EN, "instruction": f"{EN['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条建议到此为止。"})
        elif shape == 1:
            en.append({**EN_LIST, "output": EN_LIST["output"] + f"\n4. Repot plant number {i} in spring."})
            zh.append({**ZH_EDIT, "input": ZH_EDIT["input"] + f"第{i}次。", "output": ZH["output"]})
        else:
            en.append({**EN_EDIT, "input": EN_EDIT["input"] + f" It was meeting {i}.", "output": EN["output"]})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    corpus = _corpus()
    monkeypatch.setattr(G, "load_file", lambda rel: corpus[rel.removesuffix(".json")])
    monkeypatch.setattr(
        G, "base_pools", lambda part: {lang: [(f"{lang}.json", i) for i in range(900)] for lang in corpus}
    )
    return corpus


def test_generate_heldout3_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    rows = G.generate("heldout3")
    assert rows == G.generate("heldout3")
    assert len(rows) == 800
    assert set(Counter((r["lang"], r["junk_kind"]) for r in rows).values()) == {40}
    bases = [(r["base"]["file"], r["base"]["index"]) for r in rows]
    assert len(set(bases)) == len(bases)
    for r in rows:
        src = synthetic[r["base"]["file"].removesuffix(".json")][r["base"]["index"]]
        assert r["output"] != src["output"] and r["part"] == "heldout3"
        assert r["generator"].startswith("h3_")


def test_heldout3_bases_have_their_own_salt():
    picked = [i for i in range(5000) if G.in_heldout3("f.json", i)]
    assert 800 < len(picked) < 1200
    assert picked != [i for i in range(5000) if G.in_heldout2("f.json", i)]
    assert G._in_part("heldout3", "f.json", picked[0])


def test_the_other_parts_keep_their_manifest_entries():
    manifest = json.loads((JUNK / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["dev"]["sha256"] == "3b70d06de750bafc49db68ff62520bd46dc2c2d430ba4dec15d7b464bb0f5277"
    assert manifest["heldout"]["sha256"] == "31371473ee55188e4c1aaf76a4246dce14d04193410237c5f3a33d8b3db6deec"
    assert manifest["heldout2"]["sha256"] == "d7c08d306285a1fbebdaa3524ead02f4bef286240c20d52dc1ac22e9f81c5854"
    assert manifest["heldout2"]["good"]["sha256"] == "f789dd44351e146750351be9434a1c2b5e8599b4d7d15a93020dcc244c81a581"
    assert manifest["heldout3"]["records"] == 800 and manifest["heldout3"]["good"]["records"] == 780
