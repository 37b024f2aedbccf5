"""The heldout5 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout5 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_LIST = {
    "instruction": "Give three tips for keeping houseplants alive.",
    "input": "",
    "output": (
        "Houseplants aren't hard to keep if you follow a few rules:\n1. Water only when the top 2 cm of soil is dry.\n"
        "2. Put them near a bright window, but out of harsh afternoon sun.\n"
        "3. Feed them once a month from April to September with a diluted fertiliser."
    ),
}
EN_PROSE = {
    "instruction": "Explain why the sky looks blue.",
    "input": "",
    "output": (
        "Sunlight contains every colour, but the air scatters short blue wavelengths far more than red ones. "
        "This effect is called Rayleigh scattering and it was described in 1871. When you look at any part of the "
        "sky away from the sun, you see that scattered blue light coming at you from all directions."
    ),
}
EN_EDIT = {
    "instruction": "Rewrite the sentence in the passive voice.",
    "input": "The committee approved the new budget on Monday.",
    "output": "The new budget was approved by the committee on Monday, after a long and heated debate.",
}
ZH = {
    "instruction": "介绍一下如何泡一杯好喝的绿茶。",
    "input": "",
    "output": (
        "泡绿茶的关键在于水温和时间。首先，水烧开后放凉到80℃左右，太烫会把茶叶烫熟。"
        "其次，每150毫升水放3克茶叶比较合适，第一泡浸泡约2分钟即可出汤。"
        "最后，可以续水两到三次，每次适当延长浸泡时间，这样茶味更加均衡。"
        "另外，泡茶最好用玻璃杯或白瓷盖碗，既方便观察茶叶在水中舒展的样子，也不会让茶汤闷出熟汤味。"
    ),
}
ZH_LIST = {
    "instruction": "列出三个提高睡眠质量的方法。",
    "input": "",
    "output": "以下是三个方法：\n1. 每天固定时间上床和起床。\n2. 睡前一小时不看手机。\n3. 卧室保持安静、黑暗和凉爽。",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(
        T, lang, [EN_LIST, EN_PROSE, EN_EDIT] if lang == "en" else [ZH, ZH_LIST]
    )


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h5_")


# ------------------------------------------------------------------------------- exact transformations


def _one(fn, output, lang="en", **extra):
    return fn(random.Random(0), {"instruction": "", "input": "", "output": output, **extra}, lang, None)


def test_mojibake_is_the_real_thing():
    assert _one(T.moji_koi8r, "it's", "en") == {"output": "itБ─≥s"}
    assert _one(T.moji_koi8r, "中文", "zh") == {"output": "Д╦╜Ф√┤"}
    assert _one(T.moji_cp1253, "it's", "en") == {"output": "itβ€™s"}
    assert _one(T.moji_cp874, "中", "zh") == {"output": "ไธญ"}
    assert _one(T.moji_utf7, "中文", "zh") == {"output": "+Ti1lhw-"}
    assert _one(T.moji_utf7, "it's", "en") == {"output": "it+IBk-s"}
    assert _one(T.moji_gbk_as_sjis, "我们", "zh") == {"output": "ﾎﾒﾃﾇ"}
    assert _one(T.moji_bytes_repr, "中", "zh") == {"output": "b'\\xe4\\xb8\\xad'"}
    assert _one(T.moji_bytes_repr, "a\nb", "en") == {"output": "b'a\\nb'"}
    # plain ASCII without quotes passes a single-byte code page unchanged, and UTF-7 leaves it alone: skipped
    for fn in (T.moji_koi8r, T.moji_cp1253, T.moji_utf7, T.moji_bytes_repr):
        assert _one(fn, "plain text", "en") is None


def test_braille_tiny_text_and_zalgo():
    assert T.braille("Cab 12") == "⠉⠁⠃ ⠼⠁⠃"
    assert _one(T.wrong_braille, "hi.") == {"output": "⠓⠊."}
    out = _one(T.wrong_tiny_text, "Hi")["output"]
    assert out in ("ʰⁱ", "ʜɪ")
    z = T.zalgo("ab 中", random.Random(0))
    assert unicodedata.normalize("NFD", z).replace(" ", "") != "ab中"
    assert re.sub(r"[\u0300-\u036f]", "", z) == "ab 中"
    asked = {"instruction": "Write this in braille.", "input": "", "output": "Bold"}
    for fn in (T.wrong_braille, T.wrong_tiny_text, T.wrong_zalgo):
        assert fn(random.Random(0), asked, "en", None) is None


def test_far_scripts_carry_no_latin_or_hanzi_and_skip_language_tasks():
    for seed in range(20):
        out = T.wrong_far_script(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        assert not re.search(r"[A-Za-z\u4e00-\u9fff]", out), out
        assert out.split("\n")[0] in T.FAR_SCRIPTS.values()
    asked = {"instruction": "把这句话翻译成泰米尔语。", "input": "你好", "output": "x"}
    assert T.wrong_far_script(random.Random(0), asked, "zh", None) is None


def test_loops_repeat():
    out = T.loop_cumulative(random.Random(1), dict(EN_PROSE), "en", None)["output"]
    assert out.count("Sunlight contains") >= 7
    out = T.loop_chunk_doubled(random.Random(2), dict(ZH), "zh", None)["output"]
    assert len(out) == 2 * len(ZH["output"]) and out.startswith(ZH["output"][:3] * 2)
    out = T.loop_decaying_tail(random.Random(3), dict(EN_PROSE), "en", None)["output"]
    assert out.startswith(EN_PROSE["output"]) and out.count("from all directions.") >= 10
    out = T.loop_nested_staircase(random.Random(4), dict(ZH_LIST), "zh", None)["output"]
    lines = out.split("\n")
    assert len(lines) >= 10 and len({ln.strip() for ln in lines}) == 1
    assert [len(ln) - len(ln.lstrip()) for ln in lines] == list(range(0, 2 * len(lines), 2))


def test_truncations_are_prefixes_that_stop_at_the_promised_place():
    for seed in range(15):
        rng = random.Random(seed)
        out = T.trunc_mid_number(rng, dict(EN_PROSE), "en", None)["output"]
        assert EN_PROSE["output"].startswith(out) and re.search(r"\d$", out) and out.endswith(("1", "18", "187"))
        out = T.trunc_first_item_only(rng, dict(ZH_LIST), "zh", None)["output"]
        assert out == "以下是三个方法：\n1. 每天固定时间上床和起床。"
        out = T.trunc_byte_cut(rng, dict(ZH), "zh", None)["output"]
        assert out.endswith("\ufffd") and ZH["output"].startswith(out[:-1])
    long = {**EN_PROSE, "output": EN_PROSE["output"] * 3}
    for seed in range(15):
        out = T.trunc_column_limit(random.Random(seed), dict(long), "en", None)
        if out is not None:
            o = out["output"]
            assert len(o) in T.COLUMN_LIMITS and (long["output"].startswith(o) or o.endswith("..."))
    assert T.trunc_first_item_only(random.Random(0), dict(EN_PROSE), "en", None) is None


def test_echoes():
    out = T.echo_prompt_template(random.Random(0), dict(EN_EDIT), "en", None)["output"]
    assert EN_EDIT["instruction"] in out and EN_EDIT["input"] in out
    assert out.endswith(("### Response:\n", "<|im_start|>assistant\n"))
    out = T.echo_normalised(random.Random(0), dict(ZH), "zh", None)["output"]
    assert out.replace(" ", "") in (ZH["instruction"], ZH["instruction"].rstrip("。"))
    out = T.echo_normalised(random.Random(1), dict(EN_PROSE), "en", None)["output"]
    assert out.lower() == "explain why the sky looks blue" or out == EN_PROSE["instruction"].upper()
    out = T.echo_heading(random.Random(0), dict(ZH), "zh", None)["output"]
    assert "介绍一下如何泡一杯好喝的绿茶" in out and len(out) <= len(ZH["instruction"]) + 4
    for seed in range(6):
        obj = json.loads(T.echo_json_record(random.Random(seed), dict(EN_EDIT), "en", None)["output"])
        assert EN_EDIT["instruction"] in (obj.get("instruction") or obj["prompt"])


def test_empty_answers_are_the_listed_leftovers():
    for seed in range(30):
        rng = random.Random(seed)
        assert T.empty_list_marker(rng, dict(EN_PROSE), "en", None)["output"] in T.LIST_MARKERS
        assert T.empty_list_marker(rng, dict(ZH), "zh", None)["output"] in T.ZH_LIST_MARKERS
        assert T.empty_special_tokens(rng, dict(ZH), "zh", None)["output"] in T.SPECIAL_TOKENS
        assert T.empty_markdown(rng, dict(EN_PROSE), "en", None)["output"] in T.EMPTY_MARKDOWN
        assert T.empty_filler(rng, dict(ZH), "zh", None)["output"] in T.ZH_FILLER
        assert T.empty_timestamp(rng, dict(EN_PROSE), "en", None)["output"] in T.TIMESTAMPS


def test_empty_filler_and_timestamp_skip_tasks_they_could_answer():
    for ins in ("Is the sky blue?", "Reply with OK if you understand.", "这句话通顺吗？"):
        assert T.empty_filler(random.Random(0), {**EN_PROSE, "instruction": ins}, "en", None) is None
    for ins in ("When did the war end?", "What is the date today?", "2024年有多少天？", "Add 3 and 4."):
        assert T.empty_timestamp(random.Random(0), {**EN_PROSE, "instruction": ins}, "en", None) is None
    assert T.empty_markdown(random.Random(0), {**EN_PROSE, "instruction": "Make a markdown table."}, "en", None) is None
    assert T.boiler_self_intro(random.Random(0), {**ZH, "instruction": "请做个自我介绍。"}, "zh", None) is None


def test_boilerplate_is_a_notice_only():
    for seed in range(20):
        rng = random.Random(seed)
        assert T.boiler_self_intro(rng, dict(EN_PROSE), "en", None)["output"] in T.EN_SELF_INTRO
        assert T.boiler_bot_check(rng, dict(ZH), "zh", None)["output"] in T.ZH_BOT_CHECK
        assert T.boiler_disclaimer(rng, dict(ZH), "zh", None)["output"] in T.ZH_DISCLAIMER
        assert T.boiler_annotator(rng, dict(EN_PROSE), "en", None)["output"] in T.EN_ANNOTATOR
        out = T.boiler_react_trace(rng, dict(ZH), "zh", None)["output"]
        assert "介绍一下如何泡一杯好喝的绿茶" in out and "泡绿茶" not in out


def test_spam_carries_its_pitch_alone_after_or_inside():
    places = Counter()
    for seed in range(40):
        out = T.spam_prize(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        assert re.search(r"https?://|www\.", out)
        if out.startswith(EN_PROSE["output"]):
            places["after"] += 1
        elif out.startswith("Sunlight"):
            places["inside"] += 1
            assert out.index("http") < out.index("Rayleigh scattering")
        else:
            places["alone"] += 1
        out = T.spam_accounts(random.Random(seed), dict(ZH), "zh", None)["output"]
        assert re.search(r"账号|VPN|QQ", out)
    assert set(places) == {"after", "inside", "alone"}


def test_markup_dumps_parse():
    out = T.markup_sse(random.Random(0), dict(ZH), "zh", None)["output"]
    events = [ln.removeprefix("data: ") for ln in out.split("\n\n")]
    text = "".join(json.loads(e)["choices"][0]["delta"]["content"] for e in events if e != "[DONE]")
    assert text == "泡绿茶的关键在于水温和时间。" or text.startswith("泡绿茶的关键在于水温和时间。首先")
    nb = json.loads(T.markup_ipynb(random.Random(0), dict(EN_PROSE), "en", None)["output"])
    assert nb["nbformat"] == 4 and nb["cells"][0]["source"] == ["# Explain why the sky looks blue"]
    out = T.markup_traceback(random.Random(0), dict(EN_PROSE), "en", None)["output"]
    assert out.startswith("Traceback (most recent call last):\n") and out.split("\n")[-1] in T.TB_ERRORS
    out = T.markup_sitemap(random.Random(0), dict(EN_PROSE), "en", None)["output"]
    assert out.startswith("<?xml") and out.count("<url>") == out.count("</url>") >= 3
    out = T.markup_csv_row(random.Random(0), dict(EN_PROSE), "en", None)["output"]
    assert out.split("\n")[0] in ("id,question,answer,created_at", "qid,title,body,ts,votes")


def test_mashes_hold_no_words():
    for seed in range(20):
        rng = random.Random(seed)
        out = T.mash_other_layouts(rng, dict(ZH), "zh", None)["output"]
        k = 0
        while k < len(out) and k < len(ZH["output"]) and out[k] == ZH["output"][k]:
            k += 1
        mash = out[k:]
        assert len(mash) >= 3 and any(set(mash) - {" "} <= set(row) for row in T.LAYOUT_ROWS), out
        out = T.mash_terminal_keys(rng, dict(EN_PROSE), "en", None)["output"]
        assert re.search(r"\^(H|\[|C|\?|W)", out)
        out = T.mash_ime_buffer(rng, dict(ZH), "zh", None)["output"]
        assert re.search(r"[a-z]+'[a-z]+", out)
        out = T.mash_caps(rng, dict(EN_PROSE), "en", None)["output"]
        assert re.search(r"[A-Z]{3,}", out)


# ------------------------------------------------------------------- generate() on a synthetic corpus


def _corpus():
    en, zh = [], []
    for i in range(900):
        shape = i % 3
        if shape == 0:
            en.append({**EN_LIST, "instruction": f"{EN_LIST['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条建议到此为止。"})
        elif shape == 1:
            en.append({**EN_PROSE, "output": EN_PROSE["output"] + f" It has been measured {i % 7 + 2} times."})
            zh.append({**ZH_LIST, "instruction": f"{ZH_LIST['instruction']}（{i}）"})
        else:
            en.append({**EN_EDIT, "input": EN_EDIT["input"] + f" It met {i} times.", "output": EN_PROSE["output"]})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout5_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout5", "h5_", synthetic)


def test_heldout5_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout5")
