"""The heldout6 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout6 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_LIST = {
    "instruction": "Give three tips for keeping a bicycle in good shape.",
    "input": "",
    "output": (
        "A bicycle won't wear out for years if you look after it:\n1. Keep the chain clean and lightly oiled every month.\n"
        "2. Check the tyre pressure before every long ride.\n"
        "3. Have the brakes and gears adjusted by a mechanic once a year."
    ),
}
EN_PROSE = {
    "instruction": "Explain why bread goes stale.",
    "input": "",
    "output": (
        "Bread goes stale mostly because its starch crystallises again as it cools and ages. "
        "This process is called retrogradation and it pushes water out of the starch. "
        "The crumb then feels dry and firm even when the loaf has not lost much water overall."
    ),
}
EN_TRANSLATE = {
    "instruction": "Translate the sentence into Spanish.",
    "input": "The library opens at nine.",
    "output": "La biblioteca abre a las nueve, de lunes a viernes, y cierra a las ocho de la tarde.",
}
ZH = {
    "instruction": "介绍一下如何养好一盆绿萝。",
    "input": "",
    "output": (
        "养绿萝的关键在于光照和浇水。首先，绿萝喜欢明亮的散射光，不要放在阳光直射的地方。"
        "其次，盆土表面干了再浇水，一次浇透，避免积水烂根。"
        "最后，春秋两季每月施一次稀薄的液体肥，叶子会更加翠绿。"
    ),
}
ZH_LIST = {
    "instruction": "列出三个节约用水的方法。",
    "input": "",
    "output": "以下是三个方法：\n1. 洗菜的水可以用来浇花。\n2. 刷牙时关掉水龙头。\n3. 及时修理漏水的管道和马桶，避免长期滴漏造成浪费。",
}


def _one(fn, base, lang="en", seed=0):
    return fn(random.Random(seed), dict(base), lang, None)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_LIST, EN_PROSE] if lang == "en" else [ZH, ZH_LIST])


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h6_")


# ------------------------------------------------------------------------------- exact transformations


def test_mojibake_is_the_real_thing():
    out = _one(T.moji_utf16_misread, EN_PROSE)["output"]
    assert out.encode("utf-16-le") == EN_PROSE["output"].encode("utf-8") + (
        b" " if len(EN_PROSE["output"]) % 2 else b""
    )
    assert not re.search(r"[A-Za-z]{3}", out)
    ebc = _one(T.moji_ebcdic, ZH, "zh")["output"]
    assert ebc.encode("cp500") == ZH["output"].encode("utf-8")
    lat = _one(T.moji_latin2, ZH, "zh")["output"]
    assert lat.startswith("ĺ\x85ť") and lat.encode("iso8859_2") == ZH["output"].encode("utf-8")
    assert T.moji_latin2(random.Random(0), dict(EN_PROSE), "en", None) is None
    heb = _one(T.moji_cp1255, {"instruction": "", "input": "", "output": "It's fine - really"})["output"]
    assert heb == "Itג€™s fine ג€“ really"
    assert _one(T.moji_cp1255, {"instruction": "", "input": "", "output": "中文"}, "zh")["output"] == "ה¸\xadז–‡"
    assert (
        T.moji_cp1255(random.Random(0), {"instruction": "", "input": "", "output": "plain words"}, "en", None) is None
    )


def test_leetspeak_and_far_scripts_skip_language_tasks():
    out = _one(T.wrong_leetspeak, EN_PROSE)["output"]
    assert out == EN_PROSE["output"].translate(T.LEET) and "57" in out
    for fn in (T.wrong_leetspeak, T.wrong_latin_language, T.wrong_rare_script):
        assert fn(random.Random(0), dict(EN_TRANSLATE), "en", None) is None
    assert T.wrong_rare_script(random.Random(0), {**ZH, "instruction": "把这句话翻译成英文。"}, "zh", None) is None
    for seed in range(20):
        rare = T.wrong_rare_script(random.Random(seed), dict(ZH), "zh", None)["output"]
        assert rare in T.RARE_SCRIPTS and not re.search(r"[A-Za-z\u4e00-\u9fff]", rare)
        lat = T.wrong_latin_language(random.Random(seed), dict(ZH), "zh", None)["output"]
        assert lat in T.LATIN_LANGS and not re.search(r"[\u4e00-\u9fff]", lat)


def test_loops_repeat():
    out = _one(T.loop_self_correction, EN_PROSE)["output"]
    first = "Bread goes stale mostly because its starch crystallises again as it cools and ages."
    assert out.startswith(first) and 9 <= out.count(first) <= 18
    zh = _one(T.loop_chat_resend, ZH, "zh")["output"].splitlines()
    assert 6 <= len(zh) <= 12 and len({ln.split(": ", 1)[1] for ln in zh}) == 1
    assert all(re.match(r"^\[\d\d:\d\d\] \S+: ", ln) for ln in zh)
    head = _one(T.loop_ocr_running_head, EN_PROSE)["output"].splitlines()
    assert len(head) >= 18 and len({re.sub(r"\d+$", "", h) for h in head[::2]}) == 1
    nums = [int(h.rsplit(" ", 1)[1]) for h in head[::2]]
    assert nums == list(range(nums[0], nums[0] + len(nums)))


def test_truncations_stop_where_promised():
    for seed in range(10):
        out = _one(T.trunc_split_message, EN_PROSE, seed=seed)["output"]
        m = re.search(r" \(1/(\d)\)$", out)
        assert m and EN_PROSE["output"].startswith(out[: m.start()]) and len(out) < len(EN_PROSE["output"]) // 2
        page = _one(T.trunc_page_bottom, ZH, "zh", seed)["output"]
        body, foot = page.rsplit("\n\n", 1)
        assert ZH["output"].startswith(body) and len(body) <= len(ZH["output"]) // 2
        assert foot == "— 1 —" or re.fullmatch(r"第 1 页 共 \d 页", foot)
    think = _one(T.trunc_think_cut, EN_PROSE)["output"]
    assert think.startswith("<think>\n") and "</think>" not in think and "explain why bread goes stale" in think
    assert think.endswith(" Bread goes stale mostly because its starch crystallises again")


def test_echoes():
    assert _one(T.echo_re_subject, ZH, "zh")["output"].endswith("介绍一下如何养好一盆绿萝")
    quoted = _one(T.echo_same_question, EN_PROSE)["output"]
    assert quoted.startswith("> Explain why bread goes stale\n\n")
    wants = _one(T.echo_user_wants, EN_PROSE)["output"]
    assert wants.startswith("The user is asking me to explain why bread goes stale.")


def test_empty_boilerplate_and_spam():
    for seed in range(10):
        assert _one(T.empty_deleted, ZH, "zh", seed)["output"] in {
            "该回答已被删除",
            "此内容已被作者删除",
            "该评论因违规已被删除",
            "[已删除]",
        }
        assert len(_one(T.empty_media, EN_PROSE, "en", seed)["output"]) < 30
        assert len(_one(T.empty_blank_page, EN_PROSE, "en", seed)["output"]) < 40
        assert "\n" in _one(T.boiler_chat_system, ZH, "zh", seed)["output"]
        spam = _one(T.spam_job_scam, ZH, "zh", seed)["output"]
        assert "兼职" in spam and (spam.startswith(ZH["output"] + "\n\n") or ZH["output"][:10] not in spam)
    assert T.empty_media(random.Random(0), {**EN_PROSE, "instruction": "Describe this image."}, "en", None) is None
    assert T.boiler_judge_verdict(random.Random(0), {**EN_PROSE, "instruction": "Rate this essay."}, "en", None) is None
    outs = {_one(T.spam_stock_tips, EN_PROSE, seed=s)["output"] for s in range(20)}
    assert any(o.startswith(EN_PROSE["output"] + "\n\n") for o in outs) and any(not o.startswith("Bread") for o in outs)


def test_markup_dumps_parse():
    xl = _one(T.markup_xliff, EN_PROSE)["output"]
    root = ET.fromstring(xl)
    ns = "{urn:oasis:names:tc:xliff:document:1.2}"
    assert root.find(f".//{ns}source").text.startswith("Bread goes stale")
    assert root.find(f".//{ns}target").text is None
    slack = json.loads(_one(T.markup_slack_export, ZH, "zh")["output"])
    assert slack[0]["text"] == "介绍一下如何养好一盆绿萝" and len(slack) == 3
    hocr = _one(T.markup_hocr, EN_PROSE)["output"]
    words = re.findall(r">([^<>]+)</span>", hocr)
    assert " ".join(words) == "Bread goes stale mostly because its starch crystallises"
    ET.fromstring(hocr)
    srt = _one(T.markup_srt, EN_PROSE)["output"].split("\n\n")
    assert len(srt) == 4 and srt[0].splitlines()[2] == "Explain why bread goes stale"
    assert all(re.fullmatch(r"\d\n\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}\n.+", c) for c in srt)


def test_mashes_hold_no_words():
    for seed in range(10):
        assert re.fullmatch(r"[asdfghjklASDFGHJKL ]+", _one(T.mash_mobile_keysmash, EN_PROSE, seed=seed)["output"])
        assert re.fullmatch(r"[2-9 ]+", _one(T.mash_t9_digits, EN_PROSE, seed=seed)["output"])
        assert not re.search(r"[a-hj-km-qs-z]", _one(T.mash_ocr_specks, ZH, "zh", seed)["output"], re.I)
        assert set(_one(T.mash_stroke_radicals, ZH, "zh", seed)["output"]) <= set("一丨丿丶乙亅乛冖亠冂凵匚卩厶廾彡彳")


# ------------------------------------------------------------------- generate() on a synthetic corpus


def _corpus():
    en, zh = [], []
    for i in range(900):
        shape = i % 3
        if shape == 0:
            en.append({**EN_LIST, "instruction": f"{EN_LIST['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条建议到此为止。"})
        elif shape == 1:
            en.append({**EN_PROSE, "output": EN_PROSE["output"] + f" It was tested {i % 7 + 2} times."})
            zh.append({**ZH_LIST, "instruction": f"{ZH_LIST['instruction']}（{i}）"})
        else:
            en.append({**EN_TRANSLATE, "input": EN_TRANSLATE["input"] + f" Room {i}.", "output": EN_PROSE["output"]})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout6_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout6", "h6_", synthetic)


def test_heldout6_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout6")
