"""The heldout16 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import base64
import binascii
import json
import plistlib
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout16 as T  # noqa: E402
import textutil as tu  # noqa: E402

from tests.support import blind_parts  # noqa: E402
from tests.support.blind_parts import EN_FIRST, EN_PROSE, EN_QUOTES, ZH, ZH_FIRST, ZH_SHORT  # noqa: E402

_one, _with = blind_parts.one, blind_parts.with_

ZH_QUOTED = {
    "instruction": "介绍一下《论语》的开篇名句。",
    "input": "",
    "output": (
        "孔子一生重视学习，他的弟子把他的言行记录下来，编成了《论语》。书中开篇就写道：“学而时习之，不亦说乎？”"
        "意思是学过的知识要按时温习，这难道不是一件令人高兴的事吗？这句话提醒我们，学习不是一次完成的，"
        "而要反复练习，才能真正掌握。后来的读书人常把这句话写在书房里，用来勉励自己每天坚持读书，"
        "也提醒自己温故而知新，不要只顾着往前赶路。"
    ),
}


def _skips(fn, base, instruction, lang="en"):
    return fn(random.Random(0), _with(base, instruction=instruction), lang, None) is None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    bases = [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_SHORT, ZH_QUOTED]
    blind_parts.check_generators_change_the_answer(T, lang, bases)


def test_every_kind_has_three_templates_per_language():
    blind_parts.check_kinds(T, exactly=3)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h16_")


def test_loops():
    for seed in range(10):
        for base, lang, first in ((EN_PROSE, "en", EN_FIRST), (ZH, "zh", ZH_FIRST)):
            out = _one(T.loop_emoji_trail, base, lang, seed)["output"]
            m = re.fullmatch(r"(.+?) ((\S+?) ?)\2*", out, re.S)
            assert out.startswith(first) and m and m.group(3) in T.EMOJI
            assert 30 <= out.count(m.group(3)) <= 150
            head, rules = _one(T.loop_table_rule, base, lang, seed)["output"].split("\n\n")
            rows = rules.split("\n")
            assert (
                head == first
                and 15 <= len(rows) <= 40
                and len(set(rows)) == 1
                and re.fullmatch(r"\|[-:| ]+\|", rows[0])
            )
            ladder = _one(T.loop_escape_ladder, base, lang, seed)["output"].split("\n")
            assert 4 <= len(ladder) <= 7
            for k, line in enumerate(ladder):
                val = line
                for _ in range(k + 1):
                    val = json.loads(val)
                assert val == first
    assert _skips(T.loop_emoji_trail, EN_PROSE, "Reply with a row of emoji.")
    assert _skips(T.loop_table_rule, ZH, "用表格比较两种方案。", "zh")
    assert _skips(T.loop_escape_ladder, EN_PROSE, "Escape this JSON string.")


def test_truncations():
    out, zout = EN_PROSE["output"], ZH_QUOTED["output"]
    for seed in range(10):
        cut, counter = _one(T.trunc_maxlength, EN_PROSE, seed=seed)["output"].split("\n")
        n = len(cut)
        assert n in T.MAXLEN["en"] and out.startswith(cut) and str(n) in counter
        zcut, zcounter = _one(T.trunc_maxlength, ZH_QUOTED, "zh", seed)["output"].split("\n")
        assert len(zcut) in T.MAXLEN["zh"] and zout.startswith(zcut) and str(len(zcut)) in zcounter
        dash = _one(T.trunc_interrupted, EN_PROSE, seed=seed)["output"]
        body = re.sub(r"( ?—|--)$", "", dash)
        assert body != dash and out.startswith(body) and body[-1].isalpha() and out[len(body)] == " "
        assert 0.3 * len(out) <= len(body) < 0.7 * len(out)
        zdash = _one(T.trunc_interrupted, ZH, "zh", seed)["output"]
        assert zdash.endswith("——") and ZH["output"].startswith(zdash[:-2])
    assert _one(T.trunc_quote_cut, EN_QUOTES)["output"] == "The coach said the team"
    assert _one(T.trunc_quote_cut, ZH_QUOTED, "zh")["output"] == zout[: zout.index("“")]
    assert T.trunc_quote_cut(random.Random(0), ZH, "zh", None) is None  # no quote mark
    assert T.trunc_maxlength(random.Random(0), EN_QUOTES, "en", None) is None  # shorter than any limit
    assert _skips(T.trunc_maxlength, EN_PROSE, "Write a tweet under 280 characters.")
    assert _skips(T.trunc_quote_cut, ZH_QUOTED, "给这段话加上引号。", "zh")
    assert _skips(T.trunc_interrupted, EN_PROSE, "Write a dialogue where one person interrupts.")


def test_mojibake_decodes_back():
    for base, lang in ((EN_PROSE, "en"), (EN_QUOTES, "en"), (ZH, "zh")):
        data = base["output"].encode("utf-8")
        lines = _one(T.moji_yenc, base, lang)["output"].split("\n")
        head, body, tail = lines[0], lines[1:-1], lines[-1]
        assert re.fullmatch(rf"=ybegin line=128 size={len(data)} name=\S+\.txt", head)
        assert tail == f"=yend size={len(data)} crc32={binascii.crc32(data):08x}"
        assert T.unyenc("\n".join(body)) == data
        assert all(len(ln.encode("latin-1")) <= 129 for ln in body)
        a85 = _one(T.moji_ascii85, base, lang)["output"]
        assert a85.startswith("<~") and a85.endswith("~>") and all(len(ln) <= 72 for ln in a85.split("\n"))
        assert base64.a85decode(a85.replace("\n", ""), adobe=True) == data
    smart = tu.smarten(EN_QUOTES["output"])
    assert _one(T.moji_dos_greek2, EN_QUOTES)["output"] == smart.encode("utf-8").decode("cp869", errors="replace")
    assert _one(T.moji_dos_greek2, EN_QUOTES)["output"] != smart
    assert T.moji_dos_greek2(random.Random(0), EN_PROSE, "en", None) is None  # one apostrophe only
    gbk = _one(T.moji_gbk_western, ZH, "zh")["output"]
    assert gbk == ZH["output"].encode("gbk").decode("cp1252", errors="replace") and gbk.startswith("Çï")
    assert T.moji_gbk_western(random.Random(0), _with(ZH, output="表情😀符号"), "zh", None) is None
    assert T.unyenc(T.yenc(bytes(range(256)))) == bytes(range(256))
    assert _skips(T.moji_yenc, EN_PROSE, "Open the attachment.")
    assert _skips(T.moji_ascii85, ZH, "这个PDF怎么打开？", "zh")
    assert _skips(T.moji_gbk_western, ZH, "为什么会出现乱码？", "zh")


def test_boilerplate_notices():
    for seed in range(10):
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            assert _one(T.boiler_web_filter, base, lang, seed)["output"] in T.WEB_FILTER[lang]
            assert _one(T.boiler_noreply, base, lang, seed)["output"] in T.NOREPLY[lang]
            assert _one(T.boiler_site_placeholder, base, lang, seed)["output"] in T.SITE_PLACEHOLDER[lang]
    assert _skips(T.boiler_web_filter, EN_PROSE, "How does a firewall work?")
    assert _skips(T.boiler_noreply, ZH, "帮我写一封邮件。", "zh")
    assert _skips(T.boiler_site_placeholder, EN_PROSE, "Write a paragraph about dogs.")


@pytest.mark.parametrize(
    "fn,table",
    [(T.spam_sim_plan, T.SIM_ADS), (T.spam_driving_school, T.DRIVING_ADS), (T.spam_home_cleaning, T.CLEANING_ADS)],
)
def test_spam_placements(fn, table):
    for base, lang in ((EN_PROSE, "en"), (ZH, "zh")):
        pats = [re.escape(a).replace(r"\{wx\}", "[a-z2-9]{8}").replace(r"\{tel\}", r"\d{7}") for a in table[lang]]
        seen = set()
        sents = tu.sentences(base["output"], lang)
        for seed in range(40):
            out = _one(fn, base, lang, seed)["output"]
            if any(re.fullmatch(p, out) for p in pats):
                seen.add("alone")
            elif out.startswith(base["output"] + "\n\n"):
                assert any(re.fullmatch(p, out[len(base["output"]) + 2 :]) for p in pats)
                seen.add("after")
            else:
                kept = base["output"][: base["output"].rfind(sents[-1])].rstrip()
                assert out.startswith(kept) and sents[-1] not in out
                assert any(re.fullmatch(p, out[len(kept) :].lstrip(" ")) for p in pats)
                seen.add("instead_of_last")
        assert seen == {"alone", "after", "instead_of_last"}, (fn, lang)
    assert _skips(fn, EN_PROSE, "Write an advert for my shop.")
    assert _skips(T.spam_driving_school, ZH, "学车要注意什么？", "zh")


def test_mashes_use_their_keys_only():
    for seed in range(10):
        toks = _one(T.mash_virtual_piano, EN_PROSE, seed=seed)["output"].split(" ")
        assert 12 <= len(toks) <= 30
        assert all(re.fullmatch(r"[0-9a-z]|\[[0-9a-z]{2,4}\]|\|", t) for t in toks)
        codes = re.split(r", |\n| ", _one(T.mash_key_events, ZH, "zh", seed)["output"])
        assert 8 <= len(codes) <= 20 and set(codes) <= set(T.KEY_CODES)
        assert len(_one(T.mash_chatter, EN_PROSE, seed=seed)["output"]) > len(EN_FIRST)
        groups = _one(T.mash_cangjie, ZH, "zh", seed)["output"].split(" ")
        assert 6 <= len(groups) <= 14 and all(1 <= len(g) <= 5 and set(g) <= set(T.CANGJIE) for g in groups)
    assert _skips(T.mash_virtual_piano, EN_PROSE, "Write a short piano melody.")
    assert _skips(T.mash_key_events, ZH, "键盘上的Fn键有什么用？", "zh")
    assert _skips(T.mash_chatter, EN_PROSE, "Fix the typos in this note.")
    assert _skips(T.mash_cangjie, ZH, "仓颉输入法怎么学？", "zh")


def test_chatter_only_repeats_letters():
    sents = tu.sentences(EN_PROSE["output"], "en")
    heads = [sents[0], sents[0] + " " + sents[1]]
    for seed in range(10):
        chat = _one(T.mash_chatter, EN_PROSE, seed=seed)["output"]
        pats = ["".join(re.escape(c) + ("{1,3}" if c.isalpha() else "") for c in h) for h in heads]
        assert any(re.fullmatch(p, chat) for p in pats) and chat not in heads


def test_echoes():
    for seed in range(10):
        f = _one(T.echo_sheet_formula, EN_QUOTES, seed=seed)["output"]
        m = re.fullmatch(r'=([A-Z_]+)\("(.*)"\)', f)
        assert m and m.group(2).replace('""', '"') == EN_QUOTES["instruction"]
        w = _one(T.echo_wake_word, ZH, "zh", seed)["output"]
        assert any(w == p + ZH["instruction"] for p in T.WAKE["zh"])
        ew = _one(T.echo_wake_word, EN_PROSE, seed=seed)["output"]
        assert any(ew == p + "e" + EN_PROSE["instruction"][1:] for p in T.WAKE["en"])
        card = _one(T.echo_reply_card, EN_PROSE, seed=seed)["output"]
        assert (EN_PROSE["instruction"] in card and card.lower().count("repl") == 1) or "In reply to" in card
        zcard = _one(T.echo_reply_card, ZH, "zh", seed)["output"]
        assert zcard.endswith(ZH["instruction"]) or zcard.endswith(ZH["instruction"] + "”")
    assert _one(T.echo_sheet_formula, _with(EN_PROSE, instruction='Say "hi".'))["output"].endswith('("Say ""hi"".")')
    assert _skips(T.echo_sheet_formula, EN_PROSE, "Write an Excel formula for the average.")
    assert _skips(T.echo_wake_word, ZH, "智能音箱有什么用？", "zh")
    assert _skips(T.echo_reply_card, EN_PROSE, "Write a reply to this message.")


def test_empties():
    for seed in range(10):
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            assert _one(T.empty_repl_prompt, base, lang, seed)["output"] in T.PROMPTS
            marks = _one(T.empty_format_marks, base, lang, seed)["output"]
            assert re.fullmatch(r"((¶|↵|·¶)\n?)+", marks) and not re.search(r"\w", marks)
        assert _one(T.empty_no_content, EN_PROSE, seed=seed)["output"] in T.EMPTY_MAIL
        tofu = _one(T.empty_tofu, ZH, "zh", seed)["output"]
        assert not T.CJK.search(tofu) and "□" in tofu and T.CJK.sub("□", ZH["output"]).startswith(tofu)
        assert set(tofu) <= set("□，、。")
    assert _skips(T.empty_repl_prompt, EN_PROSE, "Write Python code to sort a list.")
    assert _skips(T.empty_format_marks, ZH, "这段话怎么分段落？", "zh")
    assert _skips(T.empty_no_content, EN_PROSE, "Write an email to my boss.")
    assert _skips(T.empty_tofu, ZH, "为什么网页显示方框？", "zh")


def test_markup_dumps_carry_the_question_and_first_sentence():
    for base, lang, first in ((EN_QUOTES, "en", None), (EN_PROSE, "en", EN_FIRST), (ZH, "zh", ZH_FIRST)):
        first = first or tu.sentences(base["output"], lang)[0]
        svg = ET.fromstring(_one(T.markup_svg, base, lang)["output"])
        texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
        assert texts == [base["instruction"], first]
        dot = _one(T.markup_dot, base, lang)["output"]
        labels = [json.loads('"' + s + '"') for s in re.findall(r'label="((?:[^"\\]|\\.)*)"', dot)]
        assert labels == [base["instruction"], first] and "root -> n1;" in dot and dot.startswith("digraph ")
        pl = plistlib.loads(_one(T.markup_plist, base, lang)["output"].encode("utf-8"))
        assert pl["title"] == base["instruction"] and pl["body"] == first and isinstance(pl["pinned"], bool)
    assert _skips(T.markup_svg, EN_PROSE, "Design a logo for my bakery.")
    assert _skips(T.markup_dot, ZH, "画一张思维导图。", "zh")
    assert _skips(T.markup_plist, EN_PROSE, "How do I back up my iOS notes?")


def test_wrong_script_replies():
    for fn, table in (
        (T.wrong_americas, T.AMERICAS),
        (T.wrong_pacific, T.PACIFIC),
        (T.wrong_china_minority, T.CHINA_MINORITY),
    ):
        for seed in range(5):
            assert _one(fn, ZH, "zh", seed)["output"] in table.values()
            assert _one(fn, EN_PROSE, seed=seed)["output"] in table.values()
        assert _skips(fn, ZH, "把这句话翻译成英语。", "zh")
        assert _skips(fn, EN_PROSE, f"Where is {next(iter(table))} spoken?")
        assert fn(
            random.Random(0), _with(EN_PROSE, instruction="Name a Hmongish word."), "en", None
        )  # whole words only
    assert not any(T.CJK.search(s) for t in (T.AMERICAS, T.PACIFIC, T.CHINA_MINORITY) for s in t.values())


def _corpus():
    en, zh = [], []
    for i in range(900):
        if i % 2:
            en.append({**EN_PROSE, "instruction": f"{EN_PROSE['instruction']} (case {i})"})
        else:
            en.append({**EN_QUOTES, "output": EN_QUOTES["output"] + f" It was checked {i % 7 + 2} times."})
        if i % 3 == 0:
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条说明到此为止。"})
        elif i % 3 == 1:
            zh.append({**ZH_SHORT, "instruction": f"{ZH_SHORT['instruction']}（{i}）"})
        else:
            zh.append({**ZH_QUOTED, "output": ZH_QUOTED["output"] + f"（第{i}段）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout16_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout16", "h16_", synthetic)


def test_heldout16_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout16")
