"""The heldout6 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout6 as T  # noqa: E402

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


def _gens(lang):
    return [g for g in T.GENERATORS if T.ONLY_LANG.get(g[0], lang) == lang]


def _made(fn, lang, bases):
    for base in bases:
        for seed in range(30):
            made = fn(random.Random(seed), dict(base), lang, None)
            if made is not None:
                return base, made
    return None, None


def _one(fn, base, lang="en", seed=0):
    return fn(random.Random(seed), dict(base), lang, None)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    bases = [EN_LIST, EN_PROSE] if lang == "en" else [ZH, ZH_LIST]
    for name, _kind, fn in _gens(lang):
        base, made = _made(fn, lang, bases)
        assert made is not None, name
        assert made["output"] != base["output"], name
        assert set(made) == {"output"}, name


def test_every_kind_has_several_templates_per_language():
    for lang in ("en", "zh"):
        kinds = {}
        for name, kind, _ in _gens(lang):
            kinds.setdefault(kind, []).append(name)
        assert len(kinds) == 10
        assert all(2 <= len(v) <= 5 for v in kinds.values()), kinds


def test_generator_names_are_new():
    names = [n for n, _, _ in T.GENERATORS]
    assert len(set(names)) == len(names) and all(n.startswith("h6_") for n in names)
    assert set(T.ONLY_LANG) <= set(names)


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
    corpus = _corpus()
    monkeypatch.setattr(G, "load_file", lambda rel: corpus[rel.removesuffix(".json")])
    monkeypatch.setattr(
        G, "base_pools", lambda part: {lang: [(f"{lang}.json", i) for i in range(900)] for lang in corpus}
    )
    return corpus


def test_generate_heldout6_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    rows = G.generate("heldout6")
    assert rows == G.generate("heldout6")
    assert len(rows) == 800
    assert set(Counter((r["lang"], r["junk_kind"]) for r in rows).values()) == {40}
    bases = [(r["base"]["file"], r["base"]["index"]) for r in rows]
    assert len(set(bases)) == len(bases)
    for r in rows:
        src = synthetic[r["base"]["file"].removesuffix(".json")][r["base"]["index"]]
        assert r["output"] != src["output"] and r["part"] == "heldout6"
        assert r["instruction"] == src["instruction"] and r["input"] == src["input"]
        assert r["generator"].startswith("h6_")
        assert T.ONLY_LANG.get(r["generator"], r["lang"]) == r["lang"]


def test_heldout6_bases_have_their_own_salt():
    picked = [i for i in range(5000) if G.in_heldout6("f.json", i)]
    assert 800 < len(picked) < 1200
    for other in (G.in_heldout2, G.in_heldout3, G.in_heldout4, G.in_heldout5):
        assert picked != [i for i in range(5000) if other("f.json", i)]
    assert G._in_part("heldout6", "f.json", picked[0])
    assert "heldout6" in G.BLIND_PARTS and G.PER_LANG_BY_PART["heldout6"] == 400


def test_the_other_parts_keep_their_manifest_entries():
    manifest = json.loads((JUNK / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["dev"]["sha256"] == "3b70d06de750bafc49db68ff62520bd46dc2c2d430ba4dec15d7b464bb0f5277"
    assert manifest["heldout"]["sha256"] == "31371473ee55188e4c1aaf76a4246dce14d04193410237c5f3a33d8b3db6deec"
    assert manifest["heldout2"]["sha256"] == "d7c08d306285a1fbebdaa3524ead02f4bef286240c20d52dc1ac22e9f81c5854"
    assert manifest["heldout2"]["good"]["sha256"] == "f789dd44351e146750351be9434a1c2b5e8599b4d7d15a93020dcc244c81a581"
    assert manifest["heldout3"]["sha256"] == "82dfa3d978cfa84e864a6022d226a618fdbfd865964d8cacf90ab80b75eb9978"
    assert manifest["heldout3"]["good"]["sha256"] == "f571b23e922f9d072fc9635941bac5bcf8ec573e81c9760eb0b5e51eb39d1e1d"
    assert manifest["heldout4"]["sha256"] == "e8731f693ddc8ba8663aa6a213f791a0796dc742911639a2b40ea776dcc57201"
    assert manifest["heldout4"]["good"]["sha256"] == "3bc46bb6176d126414bd5d35a777bd76256c833789fa11a75f06499256ad4ff5"
    assert manifest["heldout5"]["sha256"] == "b5ac35a156bee06f115bc759218352c68d184a88dc38c45464824173d094959e"
    assert manifest["heldout5"]["good"]["sha256"] == "30c11a220650222ac1bdcdd4a63fe0dfdbd7b638591df23a360d2b27f368b20b"
    assert manifest["heldout6"]["records"] == 800 and manifest["heldout6"]["good"]["records"] == 780
    assert "by_generator" not in manifest["heldout6"]
