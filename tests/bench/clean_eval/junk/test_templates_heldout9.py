"""The heldout9 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

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
import templates_heldout9 as T  # noqa: E402
import textutil  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_PROSE = {
    "instruction": "Explain how a sundial tells the time.",
    "input": "",
    "output": (
        "A sundial tells the time from the shadow that its gnomon casts on a marked dial. "
        "As the sun moves across the sky, the shadow sweeps round the hour lines in a steady arc. "
        "Reading where the shadow falls gives the local solar time, which can't always match clock time."
    ),
}
EN_QUOTES = {
    "instruction": "Summarise the memo in one sentence.",
    "input": "The board met on Monday. It said no to the new wing for now. The plans stay on file.",
    "output": 'The board said "not yet" to the new wing, but it\'s back on the agenda in March - so keep the drawings.',
}
EN_LIST = {
    "instruction": "Give five tips for keeping houseplants alive.",
    "input": "",
    "output": (
        "Here are five tips for healthy houseplants:\n1. Water only when the top soil is dry.\n"
        "2. Give them bright, indirect light.\n3. Use pots with drainage holes.\n"
        "4. Feed them in spring and summer.\n5. Wipe dust off the leaves."
    ),
}
ZH = {
    "instruction": "为什么夏天白天比冬天长？",
    "input": "",
    "output": (
        "地球绕太阳公转时，地轴是倾斜的。夏天时，我们所在的半球朝向太阳，太阳在天空中的路径更高更长，"
        "所以白天更长。冬天则相反，太阳路径低而短，白天就短了。这就是季节里昼夜长短变化的原因。"
    ),
}
ZH_LIST = {
    "instruction": "列出四种常见的早餐。",
    "input": "早餐是一天中重要的一餐。不同地方的早餐习惯差别很大。",
    "output": "常见的早餐有不少，例如：\n1. 豆浆油条，香脆可口。\n2. 小米粥，清淡养胃。\n3. 包子，方便携带。\n4. 煎饼果子，北方常见。",
}


class Ctx:
    """Stands in for generate.Context: hands out a fixed record of the other language."""

    def other_language_output(self, lang):
        return ZH["output"] if lang == "en" else EN_PROSE["output"]


def _one(fn, base, lang="en", seed=0):
    return fn(random.Random(seed), dict(base), lang, Ctx())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(
        T, lang, [EN_PROSE, EN_QUOTES, EN_LIST] if lang == "en" else [ZH, ZH_LIST], Ctx()
    )


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h9_")


# ------------------------------------------------------------------------------- exact transformations


def _encodes(text, codec):
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


@pytest.mark.parametrize(
    "fn,codecs", [(T.moji_dos_greek_hebrew, ("cp737", "cp862")), (T.moji_cyrillic, ("mac_cyrillic", "iso8859_5"))]
)
def test_code_page_mojibake_encodes_back(fn, codecs):
    used = set()
    for seed in range(12):
        zh = _one(fn, ZH, "zh", seed)["output"]
        en = _one(fn, EN_QUOTES, "en", seed)["output"]
        codec = next(c for c in codecs if _encodes(zh, c) == ZH["output"].encode("utf-8"))
        used.add(codec)
        smart = textutil.smarten(EN_QUOTES["output"])
        assert any(_encodes(en, c) == smart.encode("utf-8") for c in codecs)
        assert en != smart and "not yet" in en and "\u2019" not in en
    assert used == set(codecs)
    assert _one(fn, {**EN_QUOTES, "output": "Plain ASCII only, nothing to break here at all."}) is None


def test_second_half_mojibake_keeps_the_start():
    out = _one(T.moji_second_half, ZH, "zh")["output"]
    sents = textutil.sentences(ZH["output"], "zh")
    assert out.startswith(sents[0]) and not out.endswith(sents[-1])
    i = next(k for k in range(len(out)) if out[k] != ZH["output"][k])
    assert ZH["output"][:i] + ZH["output"][i:].encode("utf-8").decode("cp1250", "replace") == out
    assert _one(T.moji_second_half, {**ZH, "output": "只有一句话而已没有别的内容。"}, "zh") is None


def test_wrong_layout_maps_keys():
    assert T.wrong_layout("Hello, world.") == "Руддщб цщкдвю"
    out = _one(T.mash_wrong_layout, EN_PROSE)["output"]
    assert not re.search(r"[A-Za-z]", out) and len(out) == len(EN_PROSE["output"])
    assert _one(T.mash_wrong_layout, ZH, "zh") is None
    assert _one(T.mash_wrong_layout, {**EN_PROSE, "instruction": "Translate this into Russian."}) is None


def test_wrong_language_replies_and_drift():
    for fn in (T.wrong_european_reply, T.wrong_far_reply):
        assert _one(fn, {**EN_PROSE, "instruction": "Translate the sentence into German."}) is None
        assert _one(fn, {**ZH, "instruction": "把这句话翻译成波斯语。"}, "zh") is None
    assert _one(T.wrong_far_reply, EN_PROSE)["output"] in T.FAR
    assert all(not textutil.CJK.search(x) for x in T.FAR + T.EUROPEAN)
    assert "sundial" in _one(T.wrong_european_reply, EN_PROSE)["output"]
    en = _one(T.wrong_language_drift, EN_PROSE)["output"]
    assert en.startswith(textutil.sentences(EN_PROSE["output"], "en")[0]) and textutil.CJK.search(en)
    zh = _one(T.wrong_language_drift, ZH, "zh")["output"]
    assert zh.startswith(textutil.sentences(ZH["output"], "zh")[0]) and "sundial" in zh
    assert T.wrong_language_drift(random.Random(0), dict(ZH), "zh", None) is None


def test_loops_repeat_with_drifting_numbers():
    first = textutil.sentences(EN_PROSE["output"], "en")[0]
    out = _one(T.loop_year_drift, EN_PROSE)["output"]
    years = [int(y) for y in re.findall(r"In (\d{4}), ", out)]
    assert len(years) >= 10 and years == list(range(years[0], years[0] + len(years)))
    assert out.count(first[1:]) == len(years) and f"In {years[0]}, a sundial" in out
    zh = _one(T.loop_year_drift, ZH, "zh")["output"]
    assert len(re.findall(r"\d{4}年，地球绕太阳公转时", zh)) >= 10
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        out = _one(T.loop_section_drift, base, lang)["output"]
        nums = [int(n) for n in re.findall(r"^### (?:Part |第)(\d+)", out, re.M)]
        assert len(nums) >= 6 and nums == list(range(nums[0], nums[0] + len(nums)))
        assert len(set(out.split("\n\n")[0].splitlines()[1:] + [b.splitlines()[1] for b in out.split("\n\n")])) == 1
        out = _one(T.loop_trailing_phrase, base, lang)["output"]
        phrase = max(T.EN_TRAIL + T.ZH_TRAIL, key=out.count)
        assert out.count(phrase) >= 15
        out = _one(T.loop_pasted_twice, base, lang)["output"] if len(base["output"]) >= 80 else None
        if out:
            assert out.count(base["output"]) in (2, 3)


def test_truncations():
    assert _one(T.trunc_stop_sequence, EN_LIST)["output"] == "Here are five tips for healthy houseplants:"
    assert _one(T.trunc_stop_sequence, ZH_LIST, "zh")["output"] == "常见的早餐有不少，例如："
    assert _one(T.trunc_stop_sequence, EN_PROSE) is None
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        for seed in range(10):
            out = _one(T.trunc_json_field, base, lang, seed)["output"]
            assert out.startswith("{") and not out.rstrip().endswith(("}", '"'))
            with pytest.raises(json.JSONDecodeError):
                json.loads(out)
            m = re.match(r'\{\s*(?:"id": \d+, )?"(?:answer|response|output)": (".*)', out, re.S)
            text = json.loads(m.group(1) + '"')
            assert base["output"].startswith(text) and 0.25 * len(base["output"]) < len(text) < 0.75 * len(
                base["output"]
            )
    assert _one(T.trunc_json_field, {**EN_PROSE, "instruction": "Return the answer as JSON."}) is None
    assert T.asked_count("Give five tips for keeping houseplants alive.", "en") == 5
    assert T.asked_count("Write an algorithm for counting up to three.", "en") is None
    assert T.asked_count("列出四种常见的早餐。", "zh") == 4
    en = _one(T.trunc_fewer_items, EN_LIST)["output"]
    assert en.endswith("2. Give them bright, indirect light.") and "3." not in en
    zh = _one(T.trunc_fewer_items, ZH_LIST, "zh")["output"]
    assert zh.endswith("2. 小米粥，清淡养胃。") and "3." not in zh
    assert _one(T.trunc_fewer_items, {**EN_LIST, "instruction": "Give nine tips for houseplants."}) is None


def test_echoes():
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        out = _one(T.echo_help_post, base, lang)["output"]
        assert base["instruction"] in out and out != base["instruction"]
    assert _one(T.echo_question_back, EN_PROSE)["output"] in {
        f"{lead} explain how a sundial tells the time?" for lead in ("Could you", "Can you", "Would you be able to")
    }
    assert _one(T.echo_question_back, ZH, "zh") is None  # already a question
    zh = _one(T.echo_question_back, ZH_LIST, "zh")["output"]
    assert "列出四种常见的早餐" in zh and zh.endswith("？")
    out = _one(T.echo_input_bulleted, EN_QUOTES)["output"]
    assert [ln[2:] for ln in out.splitlines()] == textutil.sentences(EN_QUOTES["input"], "en")
    assert _one(T.echo_input_bulleted, EN_PROSE) is None
    assert _one(T.echo_input_bulleted, {**EN_QUOTES, "instruction": "Split the memo into bullet points."}) is None


def test_empties_boilerplate_and_spam():
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        for fn in (T.empty_see_above, T.empty_lorem, T.empty_omitted, T.empty_dunno):
            out = _one(fn, base, lang)["output"]
            assert (
                len(out) <= (200 if fn is T.empty_lorem else 40)
                and textutil.sentences(base["output"], lang)[0] not in out
            )
        for fn in (T.boiler_cookie_banner, T.boiler_licence_text, T.boiler_over_refusal, T.boiler_page_chrome):
            out = _one(fn, base, lang)["output"]
            assert textutil.sentences(base["output"], lang)[0] not in out
        out = _one(T.spam_seo_inline, base, lang)["output"]
        for s in textutil.sentences(base["output"], lang):
            assert s in out
        assert len(out) > len(base["output"])
    assert "sundial" in _one(T.boiler_page_chrome, EN_PROSE)["output"].lower()
    places = Counter()
    for seed in range(40):
        out = _one(T.spam_phone_obfuscated, EN_PROSE, "en", seed)["output"]
        ad = next(ln for ln in out.split("\n") if "☎" in ln or "Call now" in ln)
        nums = {re.sub(r"\D", "", x.replace("O", "0")) for x in re.findall(r"[0O8][0-9O8. -]{9,}[0-9O]", ad)}
        assert len(nums) == 1
        places["alone" if out.startswith(("Injured", "Cash", "Same-day")) and "\n" not in out else "with"] += 1
    assert places["alone"] and places["with"]
    zh = _one(T.spam_phone_obfuscated, ZH, "zh")["output"]
    assert re.search(r"[０-９]", zh) and "微信同号" in zh
    out = _one(T.spam_fake_reviews, ZH, "zh")["output"]
    assert sum(1 for r in T.ZH_REVIEWS if r in out) >= 2


def test_markup_dumps_carry_the_first_sentence():
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        first = textutil.sentences(base["output"], lang)[0]
        assert f"{first}<o:p></o:p>" in _one(T.markup_word_html, base, lang)["output"]
        bb = _one(T.markup_bbcode, base, lang)["output"]
        assert first in bb and bb.count("[/") >= 2
        rtf = _one(T.markup_rtf, base, lang)["output"]
        assert rtf.startswith("{\\rtf1") and rtf.count("{") == rtf.count("}")
        body = re.search(r"\\lang\d+ (.*)\\par", rtf).group(1)
        raw = re.sub(r"\\'([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), body).encode("latin-1")
        assert raw.decode("cp1252" if lang == "en" else "gbk") == (textutil.smarten(first) if lang == "en" else first)
        out = _one(T.markup_inline_debris, base, lang)["output"]
        assert out.count("<br />") == len(textutil.sentences(base["output"], lang))
        plain = re.sub(r"<[^>]+>", "", out).replace("&nbsp;", " ").replace("&amp;", "&").replace("\n", "")
        assert plain.replace(" ", "") == "".join(textutil.sentences(base["output"], lang)).replace(" ", "")


def test_mashes_hold_no_words():
    vocab = set(re.findall(r"[a-z]{4,}", (EN_PROSE["output"] + EN_QUOTES["output"]).lower()))
    for seed in range(20):
        out = _one(T.mash_laughing, EN_PROSE, "en", seed)["output"]
        assert not vocab & set(re.findall(r"[a-z]{4,}", out.lower())) and not textutil.CJK.search(out)
        zh = _one(T.mash_laughing, ZH, "zh", seed)["output"]
        assert set(zh) <= set("h23哈6 ")
        soup = _one(T.mash_predictive_text, EN_PROSE, "en", seed)["output"]
        assert "." not in soup and len(soup.split()) >= 18
    assert _one(T.mash_laughing, {**EN_PROSE, "instruction": "Tell me a funny joke."}) is None


def test_templates_that_would_fit_the_request_skip_it():
    cases = [
        (T.boiler_cookie_banner, "Write a cookie consent banner for my shop."),
        (T.boiler_licence_text, "What does the MIT licence allow?"),
        (T.boiler_over_refusal, "Write a polite message declining an invitation."),
        (T.boiler_page_chrome, "Design the navigation for a help-centre website."),
        (T.spam_phone_obfuscated, "Write a radio advert for a plumber."),
        (T.spam_fake_reviews, "Write a five-star review of a toaster."),
        (T.echo_help_post, "Write a forum post asking for help with a bike."),
        (T.empty_lorem, "Give me some lorem ipsum filler."),
        (T.empty_dunno, "When should you say 'I don't know' in an interview?"),
        (T.markup_word_html, "Convert this Word file to HTML."),
        (T.markup_bbcode, "How do I make text bold in BBCode?"),
        (T.markup_rtf, "What is an RTF file?"),
        (T.markup_inline_debris, "Which HTML tag makes a line break?"),
        (T.trunc_json_field, "Answer in JSON."),
    ]
    for fn, ins in cases:
        assert fn(random.Random(0), {**EN_PROSE, "instruction": ins}, "en", Ctx()) is None, fn.__name__
        assert fn(random.Random(0), dict(EN_PROSE), "en", Ctx()) is not None, fn.__name__
    assert T.boiler_licence_text(random.Random(0), {**ZH, "instruction": "开源许可证有哪些？"}, "zh", None) is None


# ------------------------------------------------------------------------------------ generate() as a whole


def _corpus():
    en, zh = [], []
    for i in range(900):
        shape = i % 3
        if shape == 0:
            en.append({**EN_PROSE, "instruction": f"{EN_PROSE['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条说明到此为止。"})
        elif shape == 1:
            en.append({**EN_QUOTES, "output": EN_QUOTES["output"] + f" It was agreed {i % 7 + 2} times."})
            zh.append({**ZH_LIST, "instruction": f"{ZH_LIST['instruction']}（{i}）"})
        else:
            en.append({**EN_LIST, "input": f"Room {i}."})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout9_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout9", "h9_", synthetic)


def test_heldout9_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout9")
