"""The heldout4 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import base64
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout4 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_CODE = {
    "instruction": "Write a Python function that counts the vowels in a string.",
    "input": "",
    "output": (
        "Here's a short function. It doesn't need any imports (only a loop) and works on any string:\n\n"
        '```python\ndef count_vowels(text):\n    total = 0\n    for ch in text.lower():\n        if ch in "aeiou":\n'
        '            total += 1\n    return total\n```\n\nFor example, count_vowels("Banana") returns 3, because '
        "the word contains three vowels."
    ),
}
EN_LIST = {
    "instruction": "Give three tips for saving electricity at home.",
    "input": "",
    "output": (
        "1. Switch off the lights whenever you leave a room.\n2. Unplug chargers that aren't in use.\n"
        "3. Wash clothes at 30 degrees instead of 60."
    ),
}
EN_EDIT = {
    "instruction": "Rewrite the sentence in the past tense.",
    "input": "She walks to the station every morning.",
    "output": "She walked to the station every morning, whatever the weather was like.",
}
ZH = {
    "instruction": "介绍一下如何在家种植薄荷。",
    "input": "",
    "output": (
        "在家种薄荷并不难（新手也能成功）。首先，选择一个排水良好的花盆，并放在阳光充足的窗台上。"
        "其次，浇水要遵循“见干见湿”的原则：土壤表面干了再浇透。另外，薄荷生长很快，建议每隔两周修剪一次，"
        "这样能让枝叶更加茂密。"
    ),
}
ZH_EDIT = {
    "instruction": "把下面的句子翻译成英文。",
    "input": "我们明天早上去公园跑步。",
    "output": "We will go running in the park tomorrow morning.",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(
        T, lang, [EN_CODE, EN_LIST, EN_EDIT] if lang == "en" else [ZH, ZH_EDIT]
    )


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h4_")


# ------------------------------------------------------------------------------- exact transformations


def _one(fn, output, lang="en", **extra):
    return fn(random.Random(0), {"instruction": "", "input": "", "output": output, **extra}, lang, None)


def test_mojibake_is_the_real_thing():
    assert _one(T.moji_cp437, "我们", "zh") == {"output": "µêæΣ╗¼"}
    assert _one(T.moji_cp437, "it's", "en") == {"output": "itΓÇÖs"}
    assert _one(T.moji_cp1251, "it's", "en") == {"output": "itвЂ™s"}
    assert _one(T.moji_cp1251, "中文", "zh") == {"output": "中文".encode().decode("cp1251", errors="replace")}
    assert _one(T.moji_mac_roman, "it's", "en") == {"output": "it‚Äôs"}
    assert _one(T.moji_mac_roman, "中", "zh") == {"output": "‰∏≠"}
    assert _one(T.moji_quoted_printable, "中", "zh") == {"output": "=E4=B8=AD"}
    assert _one(T.moji_quoted_printable, "a = b", "en") == {"output": "a =3D b"}
    assert _one(T.moji_utf16_bytes, "Hi", "en") == {"output": "ÿþH\x00i\x00"}
    # plain ASCII without quotes cannot be mis-decoded by a single-byte code page: the base is skipped
    assert _one(T.moji_cp437, "plain text", "en") is None
    assert _one(T.moji_mac_roman, "plain text", "en") is None


def test_fancy_fonts_and_flipped_text():
    assert T.fancy("Cat 9", 0) == "𝐂𝐚𝐭 9"
    assert T.fancy("Ab", 2) == "𝙰𝚋"
    assert T.upside_down("Hello!") == "¡ollǝɥ"
    assert _one(T.wrong_upside_down, "why?") == {"output": "¿ʎɥʍ"}
    assert _one(T.wrong_fancy_font, "12345") is None
    asked = {"instruction": "Write this in bold Unicode letters.", "input": "", "output": "Bold"}
    assert T.wrong_fancy_font(random.Random(0), asked, "en", None) is None


def test_other_scripts_carry_no_latin_or_hanzi():
    for seed in range(20):
        out = T.wrong_other_script(random.Random(seed), dict(EN_LIST), "en", None)["output"]
        assert not re.search(r"[A-Za-z\u4e00-\u9fff]", out), out
        bo = T.wrong_bopomofo(random.Random(seed), dict(ZH), "zh", None)["output"]
        assert re.fullmatch(r"[\u3105-\u3129ˊˇˋ˙ 。]+", bo), bo
        vi = T.wrong_vietnamese(random.Random(seed), dict(ZH), "zh", None)["output"]
        assert re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", vi, re.I), vi
    asked = {"instruction": "把这句话翻译成越南语。", "input": "你好", "output": "Xin chào"}
    assert T.wrong_vietnamese(random.Random(0), asked, "zh", None) is None


def test_empty_answers_are_the_listed_leftovers():
    for seed in range(30):
        rng = random.Random(seed)
        assert T.empty_html(rng, dict(EN_LIST), "en", None)["output"] in T.HTML_EMPTY
        assert T.empty_escapes(rng, dict(ZH), "zh", None)["output"] in T.ESCAPES
        assert T.empty_leftover(rng, dict(EN_LIST), "en", None)["output"] in T.LEFTOVERS
        assert T.empty_label(rng, dict(EN_LIST), "en", None)["output"] in T.LABELS
        emoji = T.empty_emoji(rng, dict(ZH), "zh", None)["output"]
        assert not re.search(r"\w", emoji) and 1 <= len(emoji) <= 12


def test_empty_label_and_emoji_skip_tasks_they_could_answer():
    for ins in ("Is the sky blue?", "How many legs does a spider have?", "这句话是否通顺？", "Classify the animal."):
        assert T.empty_label(random.Random(0), {**EN_LIST, "instruction": ins}, "en", None) is None
    assert T.empty_emoji(random.Random(0), {**EN_LIST, "instruction": "Reply with an emoji."}, "en", None) is None


def test_clarify_only_where_the_task_has_its_material():
    for ins, inp in (("Describe the painting below.", "[Image provided]"), ("Summarize the given article.", "")):
        assert T.boiler_clarify(random.Random(0), {**EN_LIST, "instruction": ins, "input": inp}, "en", None) is None
    assert T.boiler_clarify(random.Random(0), {**ZH, "instruction": "总结下面的文章。"}, "zh", None) is None
    assert T.boiler_clarify(random.Random(0), dict(EN_EDIT), "en", None)["output"] in T.EN_CLARIFY


def test_loops_repeat():
    out = T.loop_fake_turns(random.Random(1), dict(EN_LIST), "en", None)["output"]
    assert out.startswith(EN_LIST["output"]) and out.count(EN_LIST["instruction"]) >= 3
    out = T.loop_alternating(random.Random(2), dict(ZH), "zh", None)["output"]
    assert out.count("在家种薄荷并不难（新手也能成功）。") >= 8
    out = T.loop_synonym_cycle(random.Random(3), dict(EN_LIST), "en", None)["output"]
    assert (
        len(re.findall(r"\b(important|essential|crucial|vital|key|significant|critical|fundamental|necessary)\b", out))
        >= 14
    )
    out = T.loop_synonym_cycle(random.Random(3), dict(ZH), "zh", None)["output"]
    assert out.count("。") >= 15
    out = T.loop_code_line(random.Random(4), dict(EN_CODE), "en", None)["output"]
    assert max(Counter(out.split("\n")).values()) >= 21 and "```" not in out.split("\n")[-1]
    assert T.loop_code_line(random.Random(4), dict(EN_LIST), "en", None) is None


def test_truncations_are_prefixes_that_stop_at_the_promised_place():
    for seed in range(15):
        rng = random.Random(seed)
        for base, lang in ((EN_CODE, "en"), (ZH, "zh")):
            out = T.trunc_open_delim(rng, dict(base), lang, None)["output"]
            assert base["output"].startswith(out) and out[-1] in T.OPENERS + '"'
            out = T.trunc_after_colon(rng, dict(base), lang, None)["output"]
            assert base["output"].startswith(out) and re.search(r"(:|：|=|->|→)$", out), out
            out = T.trunc_snippet_more(rng, dict(base), lang, None)["output"]
            assert any(out.endswith(m) for m in T.EN_MORE + T.ZH_MORE), out
            assert len(out) < len(base["output"])
        out = T.trunc_hyphen_break(rng, dict(EN_CODE), "en", None)["output"]
        assert out.endswith("-") and EN_CODE["output"].startswith(out[:-1]) and re.search(r"[A-Za-z]{3}-$", out)


def test_echoes():
    assert T.echo_input_quoted(random.Random(0), dict(EN_LIST), "en", None) is None
    out = T.echo_input_quoted(random.Random(0), dict(ZH_EDIT), "zh", None)["output"]
    assert ZH_EDIT["input"] in out and len(out) <= len(ZH_EDIT["input"]) + 2
    assert T.echo_prompt_concat(random.Random(0), dict(EN_LIST), "en", None) is None
    out = T.echo_prompt_concat(random.Random(0), dict(EN_EDIT), "en", None)["output"]
    assert out.startswith(EN_EDIT["instruction"]) and out.endswith(EN_EDIT["input"])
    out = T.echo_repeated(random.Random(0), dict(ZH), "zh", None)["output"]
    assert out.count(ZH["instruction"]) >= 2 and not out.replace(ZH["instruction"], "").strip()
    out = T.echo_search_wrapper(random.Random(0), dict(ZH), "zh", None)["output"]
    assert out.endswith(ZH["instruction"]) and len(out) - len(ZH["instruction"]) <= 10


def test_boilerplate_is_a_notice_only():
    for seed in range(20):
        rng = random.Random(seed)
        out = T.boiler_api_error(rng, dict(EN_LIST), "en", None)["output"]
        assert any(re.fullmatch(re.escape(s).replace(r"\{n\}", r"\d+"), out) for s in T.EN_API_ERROR), out
        assert T.boiler_paywall(rng, dict(ZH), "zh", None)["output"] in T.ZH_PAYWALL
        assert T.boiler_clarify(rng, dict(ZH), "zh", None)["output"] in T.ZH_CLARIFY
        assert T.boiler_moderation(rng, dict(EN_LIST), "en", None)["output"] in T.EN_MODERATION


def test_spam_carries_its_pitch():
    for seed in range(20):
        rng = random.Random(seed)
        out = T.spam_comment(rng, dict(EN_LIST), "en", None)["output"]
        assert "https://" in out
        out = T.spam_invoice(rng, dict(ZH), "zh", None)["output"]
        assert re.search(r"发票|办证", out)
        out = T.spam_loan(rng, dict(EN_LIST), "en", None)["output"]
        assert re.search(r"credit|loan|debt|cash", out, re.I)


def test_markup_dumps_decode():
    out = T.markup_data_uri(random.Random(0), dict(EN_LIST), "en", None)["output"]
    b64 = re.search(r"base64,([A-Za-z0-9+/=]+)", out).group(1)
    assert base64.b64decode(b64).startswith(b"\x89PNG")
    out = T.markup_mime(random.Random(0), dict(ZH), "zh", None)["output"]
    body = out.split("Content-Transfer-Encoding: base64\n\n")[1].split("\n--")[0].replace("\n", "")
    assert base64.b64decode(body).decode() == "在家种薄荷并不难（新手也能成功）。"
    out = T.markup_http_headers(random.Random(0), dict(EN_LIST), "en", None)["output"]
    assert out.startswith("HTTP/") and "Set-Cookie: PHPSESSID=" in out
    out = T.markup_front_matter(random.Random(0), dict(ZH), "zh", None)["output"]
    assert out.startswith("---\nlayout: post\n") and ZH["instruction"] in out
    out = T.markup_minified_js(random.Random(0), dict(EN_LIST), "en", None)["output"]
    assert EN_LIST["instruction"] in out and "function" in out


def test_mashes_hold_no_words():
    for seed in range(20):
        rng = random.Random(seed)
        out = T.mash_fullwidth(rng, dict(ZH), "zh", None)["output"]
        assert re.search(r"[\uff01-\uff5e]{3,}", out)
        out = T.mash_numpad(rng, dict(EN_LIST), "en", None)["output"]
        assert re.search(r"\d{3,}", out)
        out = T.mash_shift_row(rng, dict(ZH), "zh", None)["output"]
        assert re.search(r"[！@#￥%…&*（）—+]{2,}", out)


# ------------------------------------------------------------------- generate() on a synthetic corpus


def _corpus():
    en, zh = [], []
    for i in range(900):
        shape = i % 3
        if shape == 0:
            en.append({**EN_CODE, "instruction": f"{EN_CODE['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条建议到此为止。"})
        elif shape == 1:
            en.append({**EN_LIST, "output": EN_LIST["output"] + f"\n4. Turn the heating down by {i % 5 + 1} degrees."})
            zh.append({**ZH_EDIT, "input": ZH_EDIT["input"] + f"第{i}次。", "output": ZH["output"]})
        else:
            en.append({**EN_EDIT, "input": EN_EDIT["input"] + f" It was walk {i}.", "output": EN_CODE["output"]})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout4_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout4", "h4_", synthetic)


def test_heldout4_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout4")
