"""The heldout13 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import unquote_plus

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout13 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402
from tests.support.blind_parts import EN_FIRST, EN_PROSE, EN_QUOTES, ZH, ZH_FIRST, ZH_SHORT  # noqa: E402

_one, _with = blind_parts.one, blind_parts.with_


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_SHORT])


def test_every_kind_has_three_templates_per_language():
    blind_parts.check_kinds(T, exactly=3)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h13_")


# ------------------------------------------------------------------------------------------------- loop


def test_loops():
    for seed in range(8):
        first, nums = _one(T.loop_count_up, EN_PROSE, seed=seed)["output"].split("\n")
        n = len(nums.split(" "))
        assert first == EN_FIRST and 80 <= n <= 300 and nums == " ".join(str(i) for i in range(1, n + 1))
        zfirst, znums = _one(T.loop_count_up, ZH, "zh", seed)["output"].split("\n")
        assert zfirst == ZH_FIRST and znums.split("、")[:3] == ["1", "2", "3"]
        nest = _one(T.loop_aside_nest, EN_PROSE, seed=seed)["output"]
        k = nest.count(" (that is, a lighthouse marks")
        assert 5 <= k <= 12 and nest.startswith(EN_FIRST[:-1]) and nest.endswith(")" * k + ".")
        znest = _one(T.loop_aside_nest, ZH, "zh", seed)["output"]
        assert znest.count("（也就是说，") == znest.count("）") and znest.endswith("）。")
        pyr = _one(T.loop_word_pyramid, EN_PROSE, seed=seed)["output"].split("\n")
        assert pyr[0] == EN_FIRST and 8 <= len(pyr) - 1 <= 16
        assert pyr[1:] == [" ".join(["away"] * k) for k in range(1, len(pyr))]
        zpyr = _one(T.loop_word_pyramid, ZH, "zh", seed)["output"].split("\n")
        assert zpyr[1:] == ["补充" * k for k in range(1, len(zpyr))]
    assert T.loop_count_up(random.Random(0), _with(EN_PROSE, instruction="Count to 10."), "en", None) is None
    acr = T.loop_aside_nest(
        random.Random(0), _with(EN_PROSE, output="NASA builds rockets for space travel."), "en", None
    )
    assert "(that is, NASA builds" in acr["output"]


# -------------------------------------------------------------------------------------------- truncated


def test_truncations():
    for seed in range(10):
        html = "".join(f"<p>{s}</p>" for s in T.tu.sentences(EN_PROSE["output"], "en"))
        cut = _one(T.trunc_html_tag, EN_PROSE, seed=seed)["output"]
        assert (
            html.startswith(cut) and re.search(r"<(p|/)?$", cut) and 0.3 * len(html) <= len(cut) <= 0.7 * len(html) + 2
        )
        zcut = _one(T.trunc_html_tag, ZH, "zh", seed)["output"]
        assert re.search(r"<(p|/)?$", zcut) and zcut.startswith("<p>" + ZH_FIRST)
        page = _one(T.trunc_pager, EN_PROSE, seed=seed)["output"]
        body, prompt = page.rsplit("\n", 1)
        assert re.fullmatch(r"--More--\(\d{1,2}%\)", prompt)
        assert all(len(ln) <= 80 for ln in body.split("\n"))
        assert " ".join(body.split("\n")) in EN_PROSE["output"]
        zlong = _with(ZH, output=ZH["output"] + "\n\n" + ZH["output"])
        zpage = _one(T.trunc_pager, zlong, "zh", seed)["output"]
        zbody, zprompt = zpage.rsplit("\n", 1)
        assert zprompt.startswith("--More--(") and ZH["output"].startswith(zbody.replace("\n", ""))
        assert T.trunc_pager(random.Random(seed), dict(ZH_SHORT), "zh", None) is None  # under four lines
        tail = _one(T.trunc_head_lost, EN_PROSE, seed=seed)["output"]
        assert EN_PROSE["output"].endswith(tail) and len(tail) <= 0.7 * len(EN_PROSE["output"]) + 1
        start = len(EN_PROSE["output"]) - len(tail)
        assert EN_PROSE["output"][start - 1].isalpha() and tail[0].isalpha()
        ztail = _one(T.trunc_head_lost, ZH, "zh", seed)["output"]
        assert ZH["output"].endswith(ztail) and T.CJK.match(ztail[0]) and ztail != ZH["output"]
    assert (
        T.trunc_pager(random.Random(0), _with(EN_PROSE, instruction="Which shell command pages a file?"), "en", None)
        is None
    )
    assert T.trunc_html_tag(random.Random(0), EN_QUOTES, "en", None) is None  # one sentence


# --------------------------------------------------------------------------------------------- mojibake


def test_legacy_locale_decodes_back():
    en = _one(T.moji_legacy_locale, EN_QUOTES)["output"]
    assert "ìplayed with heartî" in en and "itís" in en and " ñ " in en
    assert en.encode("mac_roman").decode("cp1252") == T.tu.smarten(EN_QUOTES["output"])
    assert T.moji_legacy_locale(random.Random(0), EN_PROSE, "en", None) is None  # one apostrophe only
    zh = _one(T.moji_legacy_locale, ZH, "zh")["output"]
    assert zh == ZH["output"].encode("gb18030").decode("cp949", errors="replace")
    assert re.search(r"[\uac00-\ud7a3]", zh) and "秋天" not in zh


def _js_unescape(s):
    s = re.sub(r"((?:%u[0-9A-F]{4})+)", lambda m: bytes.fromhex(m.group(1).replace("%u", "")).decode("utf-16-be"), s)
    return re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), s)


def test_js_escape():
    assert T.js_escape("it’s 100% ok") == "it%u2019s%20100%25%20ok"
    assert T.js_escape("café 😀") == "caf%E9%20%uD83D%uDE00"
    for base, lang in ((EN_QUOTES, "en"), (ZH, "zh")):
        out = _one(T.moji_js_escape, base, lang)["output"]
        assert re.fullmatch(r"[A-Za-z0-9@*_+\-./%]+", out)
        assert _js_unescape(out) == (T.tu.smarten(base["output"]) if lang == "en" else base["output"])
    assert "%u79CB%u5929" in _one(T.moji_js_escape, ZH, "zh")["output"]


def test_pdf_cids():
    assert T.pdf_cids("Ab c", "en") == "(cid:36)(cid:69)(cid:3)(cid:70)"
    assert T.pdf_cids("秋天秋", "zh") == "(cid:1)(cid:2)(cid:1)"
    for seed in range(6):
        out = _one(T.moji_pdf_cid, EN_PROSE, seed=seed)["output"]
        ids = [int(x) for x in re.findall(r"\(cid:(\d+)\)", out)]
        assert "".join(f"(cid:{i})" for i in ids) == out
        text = "".join(chr(i + 29) for i in ids)
        assert text.startswith(EN_FIRST) and text in EN_PROSE["output"]
        zh = _one(T.moji_pdf_cid, ZH, "zh", seed)["output"]
        assert zh.startswith("(cid:1)(cid:2)") and not T.CJK.search(zh)


# ---------------------------------------------------------------------------------- boilerplate and spam


def test_boilerplate_and_guards():
    for seed in range(10):
        err = _one(T.boiler_browser_error, EN_PROSE, seed=seed)["output"]
        assert re.search(r"ERR_|DNS_PROBE|trouble finding", err)
        assert re.search(r"ERR_|DNS_PROBE|重试", _one(T.boiler_browser_error, ZH, "zh", seed)["output"])
        m = _one(T.boiler_maintenance, ZH, "zh", seed)["output"]
        assert "维护" in m
        hours = [int(h) for h in re.findall(r"(\d\d):00", m)]
        assert len(hours) < 2 or 1 <= hours[1] - hours[0] <= 3
        up = _one(T.boiler_update_app, EN_PROSE, seed=seed)["output"]
        assert re.search(r"[Uu]pdate|version", up) and not re.search(r"\{\w+\}", up)
    assert (
        T.boiler_browser_error(random.Random(0), _with(EN_PROSE, instruction="Fix my browser error."), "en", None)
        is None
    )
    assert T.boiler_maintenance(random.Random(0), _with(ZH, instruction="服务器多久维护一次？"), "zh", None) is None
    assert (
        T.boiler_update_app(random.Random(0), _with(EN_PROSE, instruction="Should I update my phone?"), "en", None)
        is None
    )


@pytest.mark.parametrize(
    "fn,en,zh",
    [
        (T.spam_lottery, T.EN_LOTTERY, T.ZH_LOTTERY),
        (T.spam_mlm, T.EN_MLM, T.ZH_MLM),
        (T.spam_pirate, T.EN_PIRATE, T.ZH_PIRATE),
    ],
)
def test_spam_placements(fn, en, zh):
    for base, lang, ads in ((EN_PROSE, "en", en), (ZH, "zh", zh)):
        seen = set()
        pats = [re.escape(a).replace(r"\{qq\}", r"\d{8}") for a in ads]
        for seed in range(30):
            out = _one(fn, base, lang, seed)["output"]
            if base["output"] not in out:
                assert any(re.fullmatch(p, out) for p in pats)
                seen.add("alone")
                continue
            head, _, tail = out.partition(base["output"])
            if not head:
                assert any(re.fullmatch(p, tail[2:]) for p in pats) and tail.startswith("\n\n")
                seen.add("after")
            else:
                assert head == tail[2:] + "\n\n" and any(re.fullmatch(p, head[:-2]) for p in pats)
                seen.add("around")
        assert seen == {"alone", "after", "around"}, (fn.__name__, lang)
    assert fn(random.Random(0), _with(EN_PROSE, instruction="Write an advert for my shop."), "en", None) is None


# ---------------------------------------------------------------------------------------- keyboard_mash


def test_mashes_hold_no_words():
    kana = set("".join(T.KANA_ROWS))
    for seed in range(10):
        k = _one(T.mash_kana, ZH, "zh", seed)["output"]
        assert set(k) <= kana | {" "} and 4 <= len(k.split()) <= 9
        codes = _one(T.mash_barcode, EN_PROSE, seed=seed)["output"]
        digits = re.sub(r"\s", "", codes)
        assert digits.isdigit() and len(digits) % 13 == 0 and 2 <= len(digits) // 13 <= 6
        for i in range(0, len(digits), 13):
            assert T.ean13(digits[i : i + 12]) == digits[i : i + 13]
        dial = _one(T.mash_pocket_dial, ZH, "zh", seed)["output"]
        assert set(dial) <= set(T.DIAL + ", ") and 3 <= len(dial.split()) <= 8
    assert T.ean13("400638133393") == "4006381333931" and T.ean13("590123412345") == "5901234123457"
    assert T.mash_kana(random.Random(0), _with(ZH, instruction="日语假名怎么输入？"), "zh", None) is None
    assert T.mash_barcode(random.Random(0), _with(EN_PROSE, instruction="What is a barcode?"), "en", None) is None
    assert (
        T.mash_pocket_dial(random.Random(0), _with(EN_PROSE, instruction="How do I call abroad?"), "en", None) is None
    )


# ------------------------------------------------------------------------------------------------- echo


def test_echoes():
    for seed in range(10):
        url = _one(T.echo_search_url, EN_PROSE, seed=seed)["output"]
        assert unquote_plus(url.split("q=", 1)[1]) == EN_PROSE["instruction"]
        zurl = _one(T.echo_search_url, ZH, "zh", seed)["output"]
        assert zurl.endswith("=" + ZH["instruction"]) and zurl.startswith("https://")
        name = _one(T.echo_filename, EN_PROSE, seed=seed)["output"]
        assert re.fullmatch(
            r"(explain_how_a_lighthouse_keeps_ships_safe|Explain how a lighthouse keeps ships safe)( \(\d\))?\.(docx|pdf|txt|pptx)",
            name,
        )
        zname = _one(T.echo_filename, ZH, "zh", seed)["output"]
        assert re.fullmatch(r"为什么秋天树叶会变黄( \(\d\))?\.(docx|pdf|txt|pptx)", zname)
        cmd = _one(T.echo_slash_command, ZH_SHORT, "zh", seed)["output"]
        assert re.fullmatch(r"[/!](ask|chat|gpt) 请概括下面这段话的主要内容。", cmd)
    assert T.echo_search_url(random.Random(0), _with(EN_PROSE, instruction="Search for a link."), "en", None) is None
    assert T.echo_filename(random.Random(0), _with(ZH, instruction="给文件命名。"), "zh", None) is None
    assert (
        T.echo_slash_command(random.Random(0), _with(EN_PROSE, instruction="Write a Discord bot."), "en", None) is None
    )


# ------------------------------------------------------------------------------------------------ empty


def test_empties():
    for seed in range(10):
        v = _one(T.empty_video_player, EN_PROSE, seed=seed)["output"]
        assert re.fullmatch(r"(▶  )?0:00 / \d:\d\d(   🔊  ⚙  ⛶)?", v) or v in T.EN_PLAYER
        assert _one(T.empty_column_name, ZH, "zh", seed)["output"] in T.ZH_COLUMN
        assert _one(T.empty_mention, EN_PROSE, seed=seed)["output"] in T.EN_MENTION
    assert T.empty_video_player(random.Random(0), _with(ZH, instruction="推荐一个视频。"), "zh", None) is None
    assert T.empty_column_name(random.Random(0), _with(EN_PROSE, instruction="Answer in one word."), "en", None) is None
    assert (
        T.empty_mention(random.Random(0), _with(EN_PROSE, instruction="How do I mention someone?"), "en", None) is None
    )


# ------------------------------------------------------------------------------------------ markup_dump


def test_markup_dumps_carry_the_question_and_first_sentence():
    har = json.loads(_one(T.markup_har, ZH, "zh")["output"])
    entry = har["log"]["entries"][0]
    assert json.loads(entry["request"]["postData"]["text"]) == {"question": ZH["instruction"]}
    assert json.loads(entry["response"]["content"]["text"]) == {"answer": ZH_FIRST}
    assert har["log"]["version"] == "1.2" and entry["response"]["status"] == 200
    wp = _one(T.markup_wp_blocks, EN_PROSE)["output"]
    assert f"<p>{EN_FIRST}</p>" in wp and EN_PROSE["instruction"] in wp
    assert wp.count("<!-- wp:") == wp.count("<!-- /wp:")
    bib = _one(T.markup_bibtex, EN_PROSE)["output"]
    assert bib.startswith("@misc{explain20") and f"abstract = {{{EN_FIRST}}}" in bib and bib.endswith("}")
    assert bib.count("{") == bib.count("}")
    assert T.markup_har(random.Random(0), _with(EN_PROSE, instruction="Parse this JSON."), "en", None) is None
    assert T.markup_bibtex(random.Random(0), _with(ZH, instruction="写出参考文献。"), "zh", None) is None


# ----------------------------------------------------------------------------------------- wrong_script


def test_wrong_script_replies():
    for fn, table in (
        (T.wrong_latin_small, T.LATIN_SMALL),
        (T.wrong_other_script, T.OTHER_SCRIPT),
        (T.wrong_pacific_arctic, T.PACIFIC_ARCTIC),
    ):
        assert _one(fn, ZH, "zh")["output"] in table and _one(fn, EN_PROSE)["output"] in table
        assert fn(random.Random(0), _with(ZH, instruction="把这句话翻译成法语。"), "zh", None) is None
        assert fn(random.Random(0), _with(EN_PROSE, instruction="What language is spoken in Fiji?"), "en", None) is None
    assert all(re.search(r"[\u0590-\u05ff\u0600-\u06ff\u0400-\u04ff]", s) for s in T.OTHER_SCRIPT)
    assert not any(re.search(r"[A-Za-z]", s) for s in T.OTHER_SCRIPT)
    assert not any(T.CJK.search(s) for s in T.LATIN_SMALL + T.OTHER_SCRIPT + T.PACIFIC_ARCTIC)


# ------------------------------------------------------------------------------------ generate() as a whole


def _corpus():
    en, zh = [], []
    for i in range(900):
        if i % 2:
            en.append({**EN_PROSE, "instruction": f"{EN_PROSE['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条说明到此为止。"})
        else:
            en.append({**EN_QUOTES, "output": EN_QUOTES["output"] + f" It was checked {i % 7 + 2} times."})
            zh.append({**ZH_SHORT, "instruction": f"{ZH_SHORT['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout13_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout13", "h13_", synthetic)


def test_heldout13_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout13")
