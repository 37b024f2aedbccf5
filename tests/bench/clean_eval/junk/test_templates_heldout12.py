"""The heldout12 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import base64
import json
import random
import re
import sys
from email.header import decode_header
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout12 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402
from tests.support.blind_parts import EN_FIRST, EN_PROSE, EN_QUOTES, ZH, ZH_FIRST, ZH_SHORT  # noqa: E402

_one, _with = blind_parts.one, blind_parts.with_


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_SHORT])


def test_every_kind_has_three_templates_per_language():
    blind_parts.check_kinds(T, exactly=3)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h12_")


# ------------------------------------------------------------------------------------------------- loop


def test_loops():
    for seed in range(8):
        steps = _one(T.loop_repeat_step, EN_PROSE, seed=seed)["output"].split("\n")
        assert steps[0] == "Step 1: " + EN_FIRST and 9 <= len(steps) <= 21
        assert steps[1:] == [f"Step {k}: Repeat step {k - 1}." for k in range(2, len(steps) + 1)]
        zh = _one(T.loop_repeat_step, ZH, "zh", seed)["output"].split("\n")
        assert zh[0] == "第1步：" + ZH_FIRST and zh[-1] == f"第{len(zh)}步：重复第{len(zh) - 1}步。"
        cite = _one(T.loop_citation_markers, EN_PROSE, seed=seed)["output"]
        m = re.search(r"((?:\[\^?\d\]|【\d†source】|\(\d\))+)$", cite)
        assert m and EN_PROSE["output"].startswith(cite[: m.start()])
        units = re.findall(r"\[\^?\d\]|【\d†source】|\(\d\)", m.group(1))
        assert 40 <= len(units) <= 240 and len(set(units)) <= 2
        arr = _one(T.loop_json_objects, ZH, "zh", seed)["output"]
        objs = [json.loads(ln.strip().rstrip(",")) for ln in arr.split("\n")[1:] if ln.startswith("  ")]
        assert 8 <= len(objs) <= 20 and all(list(o.values()) == [ZH_FIRST] for o in objs)
        assert arr.endswith("\n]") or arr.endswith(",")
    assert (
        T.loop_json_objects(random.Random(0), _with(EN_PROSE, instruction="Return a JSON array."), "en", None) is None
    )


# -------------------------------------------------------------------------------------------- truncated


def test_truncations():
    for seed in range(10):
        out = _one(T.trunc_continue_glued, EN_PROSE, seed=seed)["output"]
        head, tail = out.split("\n\n")
        assert tail in T.EN_CONTINUE and EN_PROSE["output"].startswith(head) and head[-1].isalpha()
        assert EN_PROSE["output"][len(head)] == " "
        zh = _one(T.trunc_continue_glued, ZH, "zh", seed)["output"]
        zhead, ztail = zh.split("\n\n")
        assert ztail in T.ZH_CONTINUE and ZH["output"].startswith(zhead) and T.CJK.match(zhead[-1])
        cite = _one(T.trunc_open_citation, EN_PROSE, seed=seed)["output"]
        opened = next(c for c in T.EN_OPEN_CITE if cite.endswith(c))
        kept = cite[: -len(opened)]
        assert kept.endswith(".") and EN_PROSE["output"].startswith(kept) and len(kept) < len(EN_PROSE["output"]) - 20
        cur = _one(T.trunc_stream_cursor, ZH, "zh", seed)["output"]
        assert cur[-1] in T.CURSORS and ZH["output"].startswith(cur[:-1].rstrip())
    assert T.trunc_open_citation(random.Random(0), EN_QUOTES, "en", None) is None  # one sentence only
    assert (
        T.trunc_continue_glued(random.Random(0), _with(EN_PROSE, instruction="Continue the story."), "en", None) is None
    )


# --------------------------------------------------------------------------------------------- mojibake


def test_iso2022_decodes_back():
    en = _one(T.moji_iso2022, EN_QUOTES)["output"]
    assert en.isascii() and "\x1b$B!H\x1b(Bplayed with heart\x1b$B!I\x1b(B" in en
    assert en.encode("latin-1").decode("iso2022_jp_3") == T.textutil.smarten(EN_QUOTES["output"])
    zh = _one(T.moji_iso2022, ZH, "zh")["output"]
    assert (
        zh.isascii()
        and "\x1b$(A" in zh
        and "\x1b$B" in zh
        and zh.encode("latin-1").decode("iso2022_jp_2") == ZH["output"]
    )
    assert T.moji_iso2022(random.Random(0), EN_PROSE, "en", None) is None  # one apostrophe is not enough


def test_encoded_words_decode_back():
    en = _one(T.moji_encoded_word, EN_QUOTES)["output"]
    assert "it=?utf-8?Q?=E2=80=99?=s" not in en and "=?utf-8?Q?it=E2=80=99s?=" in en
    assert T.encoded_word_q("café") == "=?utf-8?Q?caf=C3=A9?="
    back = re.sub(
        r"=\?utf-8\?Q\?(.*?)\?=",
        lambda m: re.sub(rb"=([0-9A-F]{2})", lambda b: bytes([int(b.group(1), 16)]), m.group(1).encode()).decode(),
        en,
    )
    assert back == T.textutil.smarten(EN_QUOTES["output"])
    for seed in range(5):
        zh = _one(T.moji_encoded_word, ZH, "zh", seed)["output"]
        words = zh.split(" ")
        assert all(re.fullmatch(r"=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=", w) for w in words)
        assert "".join(base64.b64decode(w[10:-2]).decode() for w in words) == ZH["output"]
        assert "".join(p.decode() for p, _ in decode_header(zh)) == ZH["output"]


@pytest.mark.parametrize("base,lang", [(EN_QUOTES, "en"), (ZH, "zh")])
def test_roman8_and_latin10_are_utf8_read_with_the_codec(base, lang):
    src = base["output"] if lang == "zh" else T.textutil.smarten(base["output"])
    used = set()
    for seed in range(20):
        out = _one(T.moji_roman8_latin10, base, lang, seed)["output"]
        hits = [c for c in ("hp_roman8", "iso8859_16") if src.encode().decode(c, errors="replace") == out]
        assert hits
        used.update(hits)
        assert not T.CJK.search(out)
    assert used == {"hp_roman8", "iso8859_16"}


# ---------------------------------------------------------------------------------- boilerplate and spam


def test_boilerplate_and_guards():
    for fn, en, zh in (
        (T.boiler_stopped, T.EN_STOPPED, T.ZH_STOPPED),
        (T.boiler_auto_translated, T.EN_AUTO_TRANSLATED, T.ZH_AUTO_TRANSLATED),
    ):
        assert _one(fn, EN_PROSE)["output"] in en and _one(fn, ZH, "zh")["output"] in zh
    q = _one(T.boiler_queue, ZH, "zh")["output"]
    assert re.search(r"第\d+位", q)
    assert re.search(r"\d", _one(T.boiler_queue, EN_PROSE)["output"])
    assert T.boiler_stopped(random.Random(0), _with(EN_PROSE, instruction="How do I stop a car?"), "en", None) is None
    assert T.boiler_auto_translated(random.Random(0), _with(ZH, instruction="翻译这句话。"), "zh", None) is None
    assert (
        T.boiler_queue(random.Random(0), _with(EN_PROSE, instruction="Write a customer service script."), "en", None)
        is None
    )


@pytest.mark.parametrize(
    "fn,en,zh",
    [
        (T.spam_tickets, T.EN_TICKETS, T.ZH_TICKETS),
        (T.spam_travel, T.EN_TRAVEL, T.ZH_TRAVEL),
        (T.spam_clinic, T.EN_CLINIC, T.ZH_CLINIC),
    ],
)
def test_spam_placements(fn, en, zh):
    for base, lang, ads in ((EN_PROSE, "en", en), (ZH, "zh", zh)):
        seen = set()
        for seed in range(30):
            out = _one(fn, base, lang, seed)["output"]
            ad = next(a for a in ads if a in out)
            if out == ad:
                seen.add("alone")
            elif out == base["output"] + "\n\n" + ad:
                seen.add("after")
            else:
                assert out == ad + "\n\n" + base["output"]
                seen.add("before")
        assert seen == {"alone", "after", "before"}, (fn.__name__, lang)
    assert fn(random.Random(0), _with(EN_PROSE, instruction="Write an advert for my shop."), "en", None) is None


# ---------------------------------------------------------------------------------------- keyboard_mash


def test_mashes_hold_no_words():
    for seed in range(10):
        zh = _one(T.mash_candidates, ZH, "zh", seed)["output"]
        groups = re.findall(r"([a-z]+)  ((?:\d\.\S ?)+)", zh)
        assert 2 <= len(groups) <= 5
        for py, cands in groups:
            assert [c[2] for c in cands.split()] == list(T.IME_TABLE[py])
        en = _one(T.mash_candidates, EN_PROSE, seed=seed)["output"]
        for ln in en.split("\n"):
            w = ln.split()[0]
            assert set(w) <= set(T.EN_MASH_KEYS) and 5 <= len(w) <= 11 and w not in EN_PROSE["output"]
        lp = _one(T.mash_longpress, EN_PROSE, seed=seed)["output"]
        assert set(lp) <= set("".join(T.EN_LONGPRESS) + " ") and 5 <= len(lp.split()) <= 12
        lz = _one(T.mash_longpress, ZH, "zh", seed)["output"]
        assert set(lz) <= set("".join(T.ZH_LONGPRESS) + " ")
        pad = _one(T.mash_gamepad, ZH, "zh", seed)["output"]
        toks = pad.split()
        assert 12 <= len(toks) <= 30
        assert all(t in T.PAD_TOKENS or (len(set(t)) == 1 and t[0] in T.PAD_TOKENS) for t in toks), pad
    assert T.mash_candidates(random.Random(0), _with(ZH, instruction="拼音输入法怎么用？"), "zh", None) is None
    assert T.mash_longpress(random.Random(0), _with(ZH, instruction="普通话有几个声调？"), "zh", None) is None
    assert T.mash_gamepad(random.Random(0), _with(EN_PROSE, instruction="Which game is best?"), "en", None) is None


# ------------------------------------------------------------------------------------------------- echo


def test_echoes():
    outs = {_one(T.echo_promise, EN_PROSE, seed=s)["output"] for s in range(20)}
    assert outs <= {p.format(x="explain how a lighthouse keeps ships safe") for p in T.EN_PROMISE} and len(outs) > 1
    tell = _one(T.echo_promise, _with(EN_PROSE, instruction="Tell me about my options."))["output"]
    assert tell.endswith("tell you about your options.")
    assert T.echo_promise(random.Random(0), EN_QUOTES, "en", None) is None  # a question, not an order
    zh = _one(T.echo_promise, ZH_SHORT, "zh")["output"]
    assert zh in {p.format(x="概括下面这段话的主要内容") for p in T.ZH_PROMISE}
    assert T.echo_promise(random.Random(0), ZH, "zh", None) is None
    for seed in range(6):
        code = _one(T.echo_code_comment, ZH, "zh", seed)["output"]
        assert re.fullmatch(r"```\w*\n(#|//|--) 为什么秋天树叶会变黄？\n\n```", code)
    ac = _one(T.echo_autocomplete, EN_PROSE)["output"].split("\n")
    base = "explain how a lighthouse keeps ships safe"
    assert ac[0] == base and 4 <= len(ac) <= 7
    assert all(ln.startswith(base + " ") and ln[len(base) + 1 :] in T.EN_SUGGEST for ln in ac[1:])
    zac = _one(T.echo_autocomplete, ZH, "zh")["output"].split("\n")
    assert zac[0] == "为什么秋天树叶会变黄" and all(ln[len(zac[0]) :] in T.ZH_SUGGEST for ln in zac[1:])


# ------------------------------------------------------------------------------------------------ empty


def test_empties():
    sk = _one(T.empty_punct_skeleton, EN_QUOTES)["output"]
    assert not re.search(r"[A-Za-z]", sk) and sk.count('"') == 2 and "'" in sk
    zsk = _one(T.empty_punct_skeleton, ZH, "zh")["output"]
    assert not T.CJK.search(zsk) and set(zsk) <= set("、，。")
    assert T.empty_punct_skeleton(random.Random(0), _with(EN_PROSE, output="Just words here"), "en", None) is None
    assert _one(T.empty_count_only, ZH, "zh")["output"] in T.ZH_COUNT_ONLY
    assert _one(T.empty_anchor_only, EN_PROSE)["output"] in T.EN_ANCHOR
    assert T.empty_count_only(random.Random(0), _with(EN_PROSE, instruction="How many legs?"), "en", None) is None
    assert T.empty_anchor_only(random.Random(0), _with(ZH, instruction="给我一个链接。"), "zh", None) is None


# ------------------------------------------------------------------------------------------ markup_dump


def test_markup_dumps_carry_the_question_or_first_sentence():
    px = _one(T.markup_tracking_pixel, EN_QUOTES)["output"]
    desc = re.search(r'<meta property="og:description" content="([^"]*)">', px).group(1)
    assert desc.replace("&quot;", '"') == EN_QUOTES["output"]
    assert re.search(r"id=GTM-[A-Z0-9]{7}", px) and re.search(r'width="1" style="display:none"', px)
    assert T.markup_tracking_pixel(random.Random(0), _with(ZH, instruction="写一段HTML代码。"), "zh", None) is None
    tp = _one(T.markup_textproto, EN_QUOTES)["output"]
    assert 'prompt: "What did the coach say after the match?"' in tp and "finish_reason: MAX_TOKENS" in tp
    assert '\\"played with heart\\"' in tp and tp.count("{") == tp.count("}")
    assert T.textproto_quote('a "b"\n') == '"a \\"b\\"\\n"'
    anki = _one(T.markup_anki, ZH, "zh")["output"].split("\n")
    assert anki[0] == "#separator:tab" and anki[-1].startswith("Cloze\t为什么秋天树叶会变黄？\t<div>")
    card = anki[-1].split("\t")[2]
    assert re.sub(r"\{\{c1::(.+?)\}\}", r"\1", card) == "<div>" + ZH_FIRST + "</div>" and "{{c1::" in card
    en = _one(T.markup_anki, EN_PROSE)["output"]
    assert "{{c1::lighthouse}} marks dangerous coasts" in en


# ----------------------------------------------------------------------------------------- wrong_script


def test_wrong_script_replies():
    for fn, table in (
        (T.wrong_latin_minor, T.LATIN_MINOR),
        (T.wrong_greek_cyrillic_east, T.GREEK_CYRILLIC_EAST),
        (T.wrong_classical, T.CLASSICAL),
    ):
        assert _one(fn, ZH, "zh")["output"] in table and _one(fn, EN_PROSE)["output"] in table
        assert fn(random.Random(0), _with(ZH, instruction="把这句话翻译成拉丁语。"), "zh", None) is None
        assert fn(random.Random(0), _with(EN_PROSE, instruction="What language is spoken in Peru?"), "en", None) is None
    assert not any(re.search(r"[^\x00-\x7f\u00c0-\u024f\u1e00-\u1eff\u2019]", s) for s in T.LATIN_MINOR)
    assert all(re.search(r"[\u0370-\u03ff\u0400-\u04ff\u0980-\u09ff]", s) for s in T.GREEK_CYRILLIC_EAST)
    assert not any(re.search(r"[A-Za-z]", s) for s in T.GREEK_CYRILLIC_EAST)
    assert not any(T.CJK.search(s) for s in T.LATIN_MINOR + T.GREEK_CYRILLIC_EAST + T.CLASSICAL)


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


def test_generate_heldout12_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout12", "h12_", synthetic)


def test_heldout12_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout12")
