"""The heldout14 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import csv
import io
import itertools
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout14 as T  # noqa: E402
import textutil as tu  # noqa: E402

from tests.support import blind_parts  # noqa: E402
from tests.support.blind_parts import EN_FIRST, EN_PROSE, EN_QUOTES, ZH, ZH_FIRST, ZH_SHORT  # noqa: E402

_one, _with = blind_parts.one, blind_parts.with_


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_SHORT])


def test_every_kind_has_three_templates_per_language():
    blind_parts.check_kinds(T, exactly=3)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h14_")


# ------------------------------------------------------------------------------------------------- loop


def test_loops():
    for seed in range(8):
        first, cycles = _one(T.loop_alphabet, EN_PROSE, seed=seed)["output"].split("\n")
        n = len(cycles.split(" ")) // 26
        assert first == EN_FIRST and 3 <= n <= 8 and cycles == " ".join(" ".join(T.LATIN) for _ in range(n))
        first, stems = _one(T.loop_alphabet, ZH, "zh", seed)["output"].split("\n")
        assert first == ZH_FIRST and stems == T.STEMS * (len(stems) // 10) and 3 <= len(stems) // 10 <= 8
        rows = list(csv.reader(io.StringIO(_one(T.loop_csv_rows, EN_QUOTES, seed=seed)["output"])))
        assert rows[0][0] == "id" and 8 <= len(rows) - 1 <= 20
        ids = [int(r[0]) for r in rows[1:]]
        assert ids == list(range(ids[0], ids[0] + len(ids))) and {r[1] for r in rows[1:]} == {EN_QUOTES["output"]}
        lines = _one(T.loop_mirror, ZH, "zh", seed)["output"].split("\n")
        assert lines[0::2] == [ZH_FIRST] * (len(lines) // 2) and lines[1::2] == [ZH_FIRST[::-1]] * (len(lines) // 2)
        assert 3 <= len(lines) // 2 <= 6
    en = _one(T.loop_mirror, EN_PROSE)["output"].split("\n")
    assert en[1].split(" ") == EN_FIRST.split(" ")[::-1]
    assert T.loop_alphabet(random.Random(0), _with(EN_PROSE, instruction="Recite the alphabet."), "en", None) is None
    assert T.loop_csv_rows(random.Random(0), _with(ZH, instruction="把数据导出为CSV。"), "zh", None) is None
    assert T.loop_mirror(random.Random(0), _with(ZH, instruction="把这句话倒过来写。"), "zh", None) is None


# -------------------------------------------------------------------------------------------- truncated


def test_truncations():
    flat = " ".join(EN_PROSE["output"].split())
    zflat = "".join(ZH["output"].split())
    for seed in range(10):
        lines = _one(T.trunc_clipped_lines, EN_PROSE, seed=seed)["output"].split("\n")
        keep = len(lines[0])
        assert any(
            w - 12 <= keep <= w - 6 and lines == [flat[i : i + w][:keep] for i in range(0, len(flat), w)]
            for w in (48, 56, 64)
        )
        zlines = _one(T.trunc_clipped_lines, ZH, "zh", seed)["output"].split("\n")
        assert all(zflat.find(z) >= 0 for z in zlines) and len(zlines) >= 3
        head, mark, tail = _one(T.trunc_middle_lost, EN_PROSE, seed=seed)["output"].split("\n")
        out = EN_PROSE["output"]
        assert mark in T.ELIDE["en"] and out.startswith(head) and out.endswith(tail)
        assert 0.15 * len(out) <= len(head) <= 0.35 * len(out) and len(tail) <= 0.25 * len(out)
        zh_head, zmark, zh_tail = _one(T.trunc_middle_lost, ZH, "zh", seed)["output"].split("\n")
        assert zmark in T.ELIDE["zh"] and ZH["output"].startswith(zh_head) and ZH["output"].endswith(zh_tail)
        app, text = _one(T.trunc_notification, EN_PROSE, seed=seed)["output"].split("\n")
        name, when = app.split(" · ")
        assert name in T.APPS["en"] and when in T.WHEN["en"]
        assert text.endswith("…") and flat.startswith(text[:-1]) and 35 <= len(text) <= 91
        zapp, ztext = _one(T.trunc_notification, ZH, "zh", seed)["output"].split("\n")
        assert zapp.split(" · ")[0] in T.APPS["zh"] and ZH["output"].startswith(ztext[:-1])
    assert T.trunc_clipped_lines(random.Random(0), _with(EN_PROSE, instruction="Wrap this text."), "en", None) is None
    assert T.trunc_middle_lost(random.Random(0), _with(ZH, instruction="把标题缩短。"), "zh", None) is None
    assert (
        T.trunc_notification(random.Random(0), _with(EN_PROSE, instruction="Write a notification."), "en", None) is None
    )


# --------------------------------------------------------------------------------------------- mojibake


def test_mojibake_decodes_back():
    for base, lang in ((EN_PROSE, "en"), (ZH, "zh")):
        swapped = _one(T.moji_byte_swapped, base, lang)["output"]
        assert swapped != base["output"]
        if lang == "en":
            assert swapped.encode("utf-16-le").decode("utf-16-be") == base["output"]
            assert all(ord(c) >= 0x0100 for c in swapped)
        else:
            assert swapped == base["output"].encode("utf-16-be").decode("utf-16-le", errors="replace")
            assert sum(c in base["output"] for c in swapped) < 5
        blob = _one(T.moji_hex_blob, base, lang)["output"]
        assert re.fullmatch(r"0x[0-9A-F]+", blob)
        assert base["output"].encode("utf-8").startswith(bytes.fromhex(blob[2:]))
    assert T.swap_utf16("Hi") == "䠀椀"
    quotes = _one(T.moji_seven_bit, EN_QUOTES)["output"]
    assert quotes == T.strip_high_bit(tu.smarten(EN_QUOTES["output"])) and quotes.isascii()
    assert "bplayed with heartb" in quotes and "itbs" in quotes
    assert T.moji_seven_bit(random.Random(0), EN_PROSE, "en", None) is None  # one curly quote only: skipped
    z = _one(T.moji_seven_bit, ZH, "zh")["output"]
    assert z.isascii() and not T.CJK.search(z) and T.strip_high_bit("秋") == "g'"
    assert T.moji_hex_blob(random.Random(0), _with(EN_PROSE, instruction="Convert to hex."), "en", None) is None
    assert T.moji_byte_swapped(random.Random(0), _with(ZH, instruction="什么是UTF-16编码？"), "zh", None) is None
    assert T.moji_seven_bit(random.Random(0), _with(EN_QUOTES, instruction="Write an email."), "en", None) is None


# ------------------------------------------------------------------------------------------ boilerplate


def test_boilerplate_notices():
    for seed in range(10):
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            assert _one(T.boiler_form_error, base, lang, seed)["output"] in T.FORM[lang]
            assert _one(T.boiler_confidential, base, lang, seed)["output"] in T.CONFIDENTIAL[lang]
            note = _one(T.boiler_trial_watermark, base, lang, seed)["output"]
            first = EN_FIRST if lang == "en" else ZH_FIRST
            assert note in T.TRIAL[lang] or note in {t + "\n\n" + first for t in T.TRIAL[lang]}
    assert (
        T.boiler_form_error(random.Random(0), _with(EN_PROSE, instruction="Design a sign-up form."), "en", None) is None
    )
    assert (
        T.boiler_trial_watermark(random.Random(0), _with(ZH, instruction="如何把PDF转换成Word？"), "zh", None) is None
    )
    assert (
        T.boiler_confidential(random.Random(0), _with(EN_PROSE, instruction="Write an email to HR."), "en", None)
        is None
    )


# ------------------------------------------------------------------------------------------------- spam


@pytest.mark.parametrize(
    "fn,en,zh",
    [
        (T.spam_followers, T.EN_FOLLOWERS, T.ZH_FOLLOWERS),
        (T.spam_exam_dumps, T.EN_DUMPS, T.ZH_DUMPS),
        (T.spam_hosting, T.EN_HOSTING, T.ZH_HOSTING),
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
                assert out[len(base["output"]) :].startswith("\n\n")
                assert any(re.fullmatch(p, out[len(base["output"]) + 2 :]) for p in pats)
                seen.add("after")
            else:
                assert out.endswith("\n\n" + base["output"])
                assert any(re.fullmatch(p, out[: -len(base["output"]) - 2]) for p in pats)
                seen.add("above")
        assert seen == {"alone", "after", "above"}, (fn.__name__, lang)
    assert fn(random.Random(0), _with(EN_PROSE, instruction="Write an advert for my shop."), "en", None) is None


# ---------------------------------------------------------------------------------------- keyboard_mash


def test_mashes_hold_no_words():
    for seed in range(10):
        log = _one(T.mash_keystroke_log, ZH, "zh", seed)["output"].split("  ")
        assert 6 <= len(log) <= 16 and all(re.sub(r" ×\d$", "", k) in T.KEYS for k in log)
        words = _one(T.mash_swipe, EN_PROSE, seed=seed)["output"].split(" ")
        assert 3 <= len(words) <= 8
        for w in words:
            assert 8 <= len(w) <= 20 and all(b in T.neighbours(a) for a, b in itertools.pairwise(w))
        chords = _one(T.mash_braille_chords, EN_PROSE, seed=seed)["output"].split(" ")
        assert 8 <= len(chords) <= 24
        for c in chords:
            assert 1 <= len(c) <= 4 and list(c) == sorted(set(c), key=T.BRAILLE_KEYS.index)
    assert set(T.neighbours("g")) == {"f", "h", "r", "t", "y", "v", "b", "n"}
    assert sorted(T.neighbours("q")) == ["a", "s", "w"]
    assert (
        T.mash_keystroke_log(random.Random(0), _with(EN_PROSE, instruction="List Mac shortcuts."), "en", None) is None
    )
    assert T.mash_swipe(random.Random(0), _with(ZH, instruction="怎样用键盘打字更快？"), "zh", None) is None
    assert T.mash_braille_chords(random.Random(0), _with(EN_PROSE, instruction="What is braille?"), "en", None) is None


# ------------------------------------------------------------------------------------------------- echo


def test_echoes():
    for seed in range(10):
        c = _one(T.echo_commit, EN_PROSE, seed=seed)["output"]
        assert re.fullmatch(r"[0-9a-f]{7}( \(HEAD -> main\)| \(origin/dev\))? " + re.escape(EN_PROSE["instruction"]), c)
        img = _one(T.echo_image_alt, ZH, "zh", seed)["output"]
        assert re.fullmatch(r"!\[" + re.escape(ZH["instruction"]) + r"\]\((/uploads/|\./assets/)?[\w.-]+\)", img)
        poll = _one(T.echo_poll, EN_PROSE, seed=seed)["output"].split("\n")
        assert poll[0] == "📊 " + EN_PROSE["instruction"] and poll[-1] == "0 votes"
        assert [o[2:] for o in poll[1:-1]] in (["Yes", "No"], ["Agree", "Disagree", "Not sure"])
        zpoll = _one(T.echo_poll, ZH_SHORT, "zh", seed)["output"].split("\n")
        assert zpoll[0] == "📊 " + ZH_SHORT["instruction"] and zpoll[-1] == "0人参与"
    assert T.echo_commit(random.Random(0), _with(EN_PROSE, instruction="Write a commit message."), "en", None) is None
    assert T.echo_image_alt(random.Random(0), _with(ZH, instruction="描述这张图片。"), "zh", None) is None
    assert T.echo_poll(random.Random(0), _with(EN_PROSE, instruction="Create a poll for lunch."), "en", None) is None


# ------------------------------------------------------------------------------------------------ empty


def test_empties():
    for seed in range(10):
        for lang, base in (("en", EN_PROSE), ("zh", ZH)):
            assert _one(T.empty_typing, base, lang, seed)["output"] in T.TYPING[lang]
            assert _one(T.empty_read_receipt, base, lang, seed)["output"] in T.SEEN[lang]
            t = _one(T.empty_thought_only, base, lang, seed)["output"]
            assert any(re.fullmatch(re.escape(p).replace(r"\{n\}", r"\d{1,2}"), t) for p in T.THOUGHT[lang])
    assert (
        T.empty_typing(random.Random(0), _with(EN_PROSE, instruction="Reply to this chat message."), "en", None) is None
    )
    assert T.empty_read_receipt(random.Random(0), _with(ZH, instruction="微信已读怎么关闭？"), "zh", None) is None
    assert (
        T.empty_thought_only(random.Random(0), _with(EN_PROSE, instruction="Think step by step."), "en", None) is None
    )


# ------------------------------------------------------------------------------------------ markup_dump


def test_markup_dumps_carry_the_question_and_first_sentence():
    card = _one(T.markup_vcard, EN_PROSE)["output"].split("\n")
    assert card[0] == "BEGIN:VCARD" and card[1] == "VERSION:3.0" and card[-1] == "END:VCARD"
    note = next(ln for ln in card if ln.startswith("NOTE:"))[5:].replace("\\,", ",").replace("\\;", ";")
    assert note == EN_PROSE["instruction"] + " " + EN_FIRST
    for base, lang, first in ((EN_QUOTES, "en", EN_QUOTES["output"]), (ZH, "zh", ZH_FIRST)):
        root = ET.fromstring(_one(T.markup_opml, base, lang)["output"].encode("utf-8"))
        assert root.tag == "opml" and root.get("version") == "2.0"
        assert root.findtext("head/title") == base["instruction"]
        top = root.find("body/outline")
        assert top.get("text") == base["instruction"] and [o.get("text") for o in top] == [first]
        enex = ET.fromstring(_one(T.markup_enex, base, lang)["output"].encode("utf-8"))
        assert enex.findtext("note/title") == base["instruction"]
        content = enex.findtext("note/content")
        assert (
            "<en-note><div>" in content
            and re.search(r"<div>(.*)</div>", content).group(1).replace("&quot;", '"') == first
        )
    assert T.markup_vcard(random.Random(0), _with(EN_PROSE, instruction="Add a contact."), "en", None) is None
    assert T.markup_opml(random.Random(0), _with(ZH, instruction="写一个提纲。"), "zh", None) is None
    assert T.markup_enex(random.Random(0), _with(EN_PROSE, instruction="Take notes on this."), "en", None) is None


# ----------------------------------------------------------------------------------------- wrong_script


def test_wrong_script_replies():
    for fn, table in (
        (T.wrong_latin_minor, T.LATIN_MINOR),
        (T.wrong_cyrillic_minor, T.CYRILLIC_MINOR),
        (T.wrong_south_asian, T.SOUTH_ASIAN),
    ):
        assert _one(fn, ZH, "zh")["output"] in table and _one(fn, EN_PROSE)["output"] in table
        assert fn(random.Random(0), _with(ZH, instruction="把这句话翻译成英语。"), "zh", None) is None
        assert fn(random.Random(0), _with(EN_PROSE, instruction="Where is Udmurt spoken?"), "en", None) is None
        # language names only count as whole words ("summarise" is not Mari, "fewer" is not Ewe)
        assert fn(random.Random(0), _with(EN_PROSE, instruction="Summarise it in fewer words."), "en", None)
    assert all(re.fullmatch(r"[^\u0400-\u04ff]+", s) for s in T.LATIN_MINOR)
    assert all(re.search(r"[\u0400-\u04ff]", s) and not re.search(r"[A-Za-z]", s) for s in T.CYRILLIC_MINOR)
    assert all(re.search(r"[\u0900-\u097f\u0600-\u06ff\u0980-\u09ff]", s) for s in T.SOUTH_ASIAN)
    assert not any(T.CJK.search(s) for s in T.LATIN_MINOR + T.CYRILLIC_MINOR + T.SOUTH_ASIAN)


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


def test_generate_heldout14_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout14", "h14_", synthetic)


def test_heldout14_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout14")
