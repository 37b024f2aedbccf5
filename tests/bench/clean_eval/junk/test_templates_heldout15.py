"""The heldout15 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import binascii
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout15 as T  # noqa: E402
import textutil as tu  # noqa: E402

from tests.support import blind_parts  # noqa: E402
from tests.support.blind_parts import EN_FIRST, EN_PROSE, EN_QUOTES, ZH, ZH_FIRST, ZH_SHORT  # noqa: E402

_one, _with = blind_parts.one, blind_parts.with_


def _skips(fn, base, instruction, lang="en"):
    return fn(random.Random(0), _with(base, instruction=instruction), lang, None) is None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_SHORT])


def test_every_kind_has_three_templates_per_language():
    blind_parts.check_kinds(T, exactly=3)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h15_")


def test_loops():
    for seed in range(8):
        first, days = _one(T.loop_weekdays, EN_PROSE, seed=seed)["output"].split("\n")
        n = len(days.split(" ")) // 7
        assert first == EN_FIRST and 3 <= n <= 7 and days == " ".join(T.DAYS["en"] * n)
        zfirst, zdays = _one(T.loop_weekdays, ZH, "zh", seed)["output"].split("\n")
        assert zfirst == ZH_FIRST and zdays.split(" ") == T.DAYS["zh"] * (len(zdays.split(" ")) // 7)
        lines = _one(T.loop_quote_chain, ZH, "zh", seed)["output"].split("\n")
        assert 4 <= len(lines) <= 9 and lines == ["> " * k + ZH_FIRST for k in range(len(lines))]
        roll = _one(T.loop_rollup, EN_PROSE, seed=seed)["output"].split("\n")
        two = " ".join(tu.sentences(EN_PROSE["output"], "en")[:2]).split()
        size = len(roll[0].split())
        chunks = [" ".join(two[i : i + size]) for i in range(0, len(two), size)]
        assert 3 <= size <= 5 and roll == [chunks[0]] + [chunks[i - 1] + " " + chunks[i] for i in range(1, len(chunks))]
        zroll = _one(T.loop_rollup, ZH, "zh", seed)["output"].split("\n")
        assert all(ln in "".join(ZH["output"].split()) for ln in zroll) and len(zroll) >= 3
    assert _skips(T.loop_weekdays, EN_PROSE, "Which day of the week is it?")
    assert _skips(T.loop_quote_chain, ZH, "帮我写一封回复邮件。", "zh")
    assert _skips(T.loop_rollup, EN_PROSE, "Add subtitles to this clip.")


def test_truncations():
    out, zout = EN_PROSE["output"], ZH["output"]
    for seed in range(10):
        assert _one(T.trunc_sms_segment, EN_PROSE, seed=seed)["output"] == out[:160]
        assert _one(T.trunc_sms_segment, ZH, "zh", seed)["output"] == zout[:70]
        ex = _one(T.trunc_excerpt, EN_PROSE, seed=seed)["output"]
        n = len(ex.split()) - 1
        assert n in (20, 30, 40) and ex == " ".join(out.split()[:n]) + " [&hellip;]"
        zmade = _one(T.trunc_excerpt, ZH, "zh", seed)
        if zmade is not None:  # an 80-character excerpt needs 100 characters: this base is too short for it
            zex = zmade["output"]
            assert zex.endswith("[&hellip;]") and len(zex) - 10 in (40, 60) and zout.startswith(zex[:-10])
        tail = _one(T.trunc_lost_head, EN_PROSE, seed=seed)["output"]
        p = len(out) - len(tail)
        assert out.endswith(tail) and 0.4 * len(out) - 1 <= p and out[p - 1].isalpha() and out[p].isalpha()
        ztail = _one(T.trunc_lost_head, ZH, "zh", seed)["output"]
        assert zout.endswith(ztail) and 0.3 * len(zout) <= len(ztail) <= 0.61 * len(zout)
    assert T.trunc_sms_segment(random.Random(0), EN_QUOTES, "en", None) is None  # too short for a second segment
    assert _skips(T.trunc_sms_segment, EN_PROSE, "Write an SMS to my landlord.")
    assert _skips(T.trunc_excerpt, ZH, "请写一段摘要。", "zh")
    assert _skips(T.trunc_lost_head, EN_PROSE, "Continue the story.")


def test_mojibake_decodes_back():
    smart = tu.smarten(EN_QUOTES["output"])
    assert _one(T.moji_kazakh, EN_QUOTES)["output"].encode("ptcp154").decode("utf-8") == smart
    assert _one(T.moji_kazakh, ZH, "zh")["output"].encode("ptcp154").decode("utf-8") == ZH["output"]
    assert "вҖң" in _one(T.moji_kazakh, EN_QUOTES)["output"]
    assert _one(T.moji_dos_arabic, ZH, "zh")["output"] == ZH["output"].encode("utf-8").decode("cp720", errors="replace")
    assert _one(T.moji_dos_arabic, EN_QUOTES)["output"] == smart.encode("utf-8").decode("cp720", errors="replace")
    assert T.moji_kazakh(random.Random(0), EN_PROSE, "en", None) is None  # one curly quote only: skipped
    for base, lang in ((EN_PROSE, "en"), (ZH, "zh")):
        uu = _one(T.moji_uuencoded, base, lang)["output"].split("\n")
        assert re.fullmatch(r"begin 644 \S+\.txt", uu[0]) and uu[-2:] == ["`", "end"]
        assert b"".join(binascii.a2b_uu(ln) for ln in uu[1:-2]).decode("utf-8") == base["output"]
    assert _skips(T.moji_uuencoded, EN_PROSE, "Open this email attachment.")
    assert _skips(T.moji_kazakh, ZH, "什么是UTF-8编码？", "zh")
    assert _skips(T.moji_dos_arabic, EN_QUOTES, "Say it in Arabic.")


def test_boilerplate_notices():
    for seed in range(10):
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            assert _one(T.boiler_out_of_office, base, lang, seed)["output"] in T.OOO[lang]
            assert _one(T.boiler_protected_post, base, lang, seed)["output"] in T.PROTECTED[lang]
            assert _one(T.boiler_view_in_browser, base, lang, seed)["output"] in T.BROWSER[lang]
    assert _skips(T.boiler_out_of_office, EN_PROSE, "Write an out-of-office email.")
    assert _skips(T.boiler_protected_post, ZH, "如何设置一个安全的密码？", "zh")
    assert _skips(T.boiler_view_in_browser, EN_PROSE, "Design a newsletter.")


@pytest.mark.parametrize(
    "fn,en,zh",
    [
        (T.spam_reviews, T.EN_REVIEWS, T.ZH_REVIEWS),
        (T.spam_replica, T.EN_REPLICA, T.ZH_REPLICA),
        (T.spam_vanity_numbers, T.EN_VANITY, T.ZH_VANITY),
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
            elif out.startswith(base["output"]):
                assert any(re.fullmatch(p, out[len(base["output"]) + 2 :]) for p in pats)
                seen.add("after")
            else:
                assert out.endswith("\n\n" + base["output"])
                assert any(re.fullmatch(p, out[: -len(base["output"]) - 2]) for p in pats)
                seen.add("above")
        assert seen == {"alone", "after", "above"}, (fn.__name__, lang)
    assert _skips(fn, EN_PROSE, "Write an advert for my shop.")


def test_mashes_use_their_keys_only():
    for seed in range(10):
        keys = _one(T.mash_calculator, ZH, "zh", seed)["output"].split(" ")
        assert 10 <= len(keys) <= 25 and set(keys) <= set(T.CALC_KEYS)
        pad = _one(T.mash_gamepad, EN_PROSE, seed=seed)["output"].split(" ")
        assert 8 <= len(pad) <= 20 and set(pad) <= set(T.PAD_KEYS)
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            groups = _one(T.mash_handwriting, base, lang, seed)["output"].split(" ")
            alt = "|".join(re.escape(g) for g in sorted(T.SCRIBBLE[lang], key=len, reverse=True))
            assert 4 <= len(groups) <= 10 and all(re.fullmatch(f"(?:{alt}){{1,3}}", g) for g in groups)
    assert _skips(T.mash_calculator, EN_PROSE, "What is 12 * 7?")
    assert _skips(T.mash_gamepad, ZH, "推荐几款好玩的游戏。", "zh")
    assert _skips(T.mash_handwriting, EN_PROSE, "How can I improve my handwriting?")


def test_echoes():
    for seed in range(10):
        crumbs = _one(T.echo_breadcrumb, EN_PROSE, seed=seed)["output"].split(" › ")
        assert crumbs[0] == "Home" and crumbs[1] in T.SECTIONS["en"] and crumbs[2] == EN_PROSE["instruction"]
        zc = _one(T.echo_breadcrumb, ZH, "zh", seed)["output"].split(" > ")
        assert zc[0] == "首页" and zc[1] in T.SECTIONS["zh"] and zc[2] == ZH["instruction"]
        head, when = _one(T.echo_reminder, ZH_SHORT, "zh", seed)["output"].split("\n")
        assert head == "⏰ 提醒：" + ZH_SHORT["instruction"] and when in T.REMINDER["zh"]
        front, blank, flip = _one(T.echo_flashcard, EN_PROSE, seed=seed)["output"].split("\n")
        assert front == EN_PROSE["instruction"] and blank == "" and flip in T.FLIP["en"]
    assert _skips(T.echo_breadcrumb, EN_PROSE, "Design a navigation menu.")
    assert _skips(T.echo_reminder, ZH, "设置一个提醒。", "zh")
    assert _skips(T.echo_flashcard, EN_PROSE, "Make flashcards for French verbs.")


def test_empties():
    for seed in range(10):
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            assert _one(T.empty_music_tag, base, lang, seed)["output"] in T.MUSIC[lang]
            assert _one(T.empty_no_results, base, lang, seed)["output"] in T.NO_RESULTS[lang]
            cue = _one(T.empty_srt_cue, base, lang, seed)["output"]
            assert re.fullmatch(r"1\n00:00:00,000 --> 00:00:0[2-9],(000|250|500|750)", cue)
    assert _skips(T.empty_music_tag, EN_PROSE, "Write lyrics for a song.")
    assert _skips(T.empty_srt_cue, ZH, "怎样给视频加字幕？", "zh")
    assert _skips(T.empty_no_results, EN_PROSE, "How do search engines rank results?")


def test_markup_dumps_carry_the_question_and_first_sentence():
    for base, lang, first in ((EN_PROSE, "en", EN_FIRST), (ZH, "zh", ZH_FIRST)):
        clip = _one(T.markup_kindle, base, lang)["output"].split("\n")
        assert clip[0] == base["instruction"] + (" (Unknown)" if lang == "en" else " (佚名)")
        assert clip[1].startswith("- Your Highlight on page " if lang == "en" else "- 您在第 ")
        assert clip[2:] == ["", first, "=========="]
        mail = _one(T.markup_multipart, base, lang)["output"]
        b = re.search(r'boundary="([0-9a-f]+)"', mail).group(1)
        assert mail.startswith("MIME-Version: 1.0\nSubject: " + base["instruction"] + "\n")
        parts = mail.split(f"--{b}")
        assert len(parts) == 4 and parts[-1] == "--" and parts[1].strip().endswith(first)
        assert parts[2].strip().endswith(f'<div dir="ltr">{first}</div>')
        marks = _one(T.markup_bookmarks, base, lang)["output"]
        assert marks.startswith("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n")
        a = re.search(r'<DT><A HREF="(https://[^"]+)" ADD_DATE="(\d+)">(.*)</A>\n    <DD>(.*)\n</DL><p>$', marks)
        assert a and a.group(3) == base["instruction"] and a.group(4) == first
    assert _skips(T.markup_kindle, EN_PROSE, "Recommend a good book.")
    assert _skips(T.markup_multipart, ZH, "写一封邮件。", "zh")
    assert _skips(T.markup_bookmarks, EN_PROSE, "Share a link to the article.")


def test_wrong_script_replies():
    for fn, table in (
        (T.wrong_romance_minor, T.ROMANCE_MINOR),
        (T.wrong_north_minor, T.NORTH_MINOR),
        (T.wrong_conlang, T.CONLANG),
    ):
        for seed in range(5):
            assert _one(fn, ZH, "zh", seed)["output"] in table.values()
            assert _one(fn, EN_PROSE, seed=seed)["output"] in table.values()
        assert _skips(fn, ZH, "把这句话翻译成英语。", "zh")
        assert _skips(fn, EN_PROSE, f"Where is {next(iter(table))} spoken?")
        assert fn(
            random.Random(0), _with(EN_PROSE, instruction="Give an idol example."), "en", None
        )  # "ido" is whole-word only
    assert not any(T.CJK.search(s) for t in (T.ROMANCE_MINOR, T.NORTH_MINOR, T.CONLANG) for s in t.values())


def test_kindle_clipping_and_bookmarks_are_well_formed():
    # the bookmark file's link line is valid XML on its own
    marks = _one(T.markup_bookmarks, EN_QUOTES)["output"]
    line = re.search(r"<A .*</A>", marks).group(0).replace("&", "&amp;")
    assert ET.fromstring(line).text == EN_QUOTES["instruction"]


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


def test_generate_heldout15_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout15", "h15_", synthetic)


def test_heldout15_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout15")
