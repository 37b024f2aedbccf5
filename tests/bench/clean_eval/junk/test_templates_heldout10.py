"""The heldout10 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import itertools
import random
import re
import sys
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout10 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_PROSE = {
    "instruction": "Explain how a lighthouse keeps ships safe.",
    "input": "",
    "output": (
        "A lighthouse marks dangerous coasts and harbour entrances with a bright light that ships can see from far away. "
        "Each lighthouse flashes in its own pattern, so sailors can tell which one they're looking at. "
        "At night or in fog, this helps them fix their position and steer clear of rocks."
    ),
}
EN_INPUT = {
    "instruction": "What is the main point of the passage?",
    "input": "The river flooded twice last spring. The town built a new levee in the summer. No homes flooded this year.",
    "output": 'The new levee worked: after two floods, the town built it and this year no homes were flooded - a "quiet" spring.',
}
ZH = {
    "instruction": "为什么秋天树叶会变黄？",
    "input": "",
    "output": (
        "秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。叶绿素减少以后，原本被它掩盖的胡萝卜素和叶黄素显露出来，"
        "所以叶子看起来变成了黄色。有些树叶还会生成花青素，于是变成红色。"
    ),
}
ZH_INPUT = {
    "instruction": "概括下面这段话的主要内容。",
    "input": "小镇去年春天发了两次洪水。夏天镇上修了一道新堤坝。今年没有一户人家被淹。",
    "output": "新堤坝起了作用：小镇在两次洪水后修了堤坝，今年没有人家再被淹。",
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
        T, lang, [EN_PROSE, EN_INPUT] if lang == "en" else [ZH, ZH_INPUT], Ctx()
    )


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h10_")


# ------------------------------------------------------------------------------- exact transformations


@pytest.mark.parametrize(
    "fn,codecs",
    [
        (T.moji_dos_baltic_turkish, ("cp775", "cp857")),
        (T.moji_iso_nordic_baltic, ("iso8859_4", "iso8859_10", "iso8859_13")),
        (T.moji_dos_arabic, ("cp864",)),
    ],
)
@pytest.mark.parametrize("base,lang", [(EN_INPUT, "en"), (ZH, "zh")])
def test_code_page_mojibake_is_utf8_read_with_the_codec(fn, codecs, base, lang):
    src = base["output"] if lang == "zh" else T.textutil.smarten(base["output"])
    used = set()
    for seed in range(20):
        out = _one(fn, base, lang, seed)["output"]
        hits = [c for c in codecs if src.encode("utf-8").decode(c, errors="replace") == out]
        assert hits, (fn.__name__, seed)
        used.update(hits)
        if lang == "zh":
            assert not re.search(r"[\u4e00-\u9fff]", out)
    assert used == set(codecs)
    assert (
        T.moji_dos_arabic(random.Random(0), {**EN_PROSE, "output": "plain ascii text, nothing else."}, "en", None)
        is None
    )


def test_loops():
    out = _one(T.loop_exclaim_escalation, EN_PROSE, seed=3)["output"]
    tail = out[len(EN_PROSE["output"]) :].strip().splitlines()
    assert 8 <= len(tail) <= 16
    for k, ln in enumerate(tail, 1):
        assert ln == "At night or in fog, this helps them fix their position and steer clear of rocks" + "!" * k
    assert T.staircase("one two three", "en") == ["one two three", "two three", "three"]
    assert T.staircase("春眠不觉晓处处", "zh") == ["春眠不觉晓处处", "不觉晓处处", "晓处处"]
    steps = _one(T.loop_front_staircase, ZH, "zh")["output"].splitlines()
    assert steps[0] == "秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。" and len(steps) >= 6
    assert all(a.endswith(b) and len(a) == len(b) + 2 for a, b in itertools.pairwise(steps))
    ping = _one(T.loop_bilingual_pingpong, EN_PROSE)["output"].splitlines()
    assert 10 <= len(ping) <= 20 and set(ping[0::2]) == {EN_PROSE["output"].split(". ")[0] + "."}
    assert set(ping[1::2]) == {"秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。"}
    assert (
        T.loop_bilingual_pingpong(random.Random(0), {**EN_PROSE, "instruction": "Translate this."}, "en", Ctx()) is None
    )


def test_truncations():
    for seed in range(10):
        out = _one(T.trunc_open_emphasis, EN_PROSE, seed=seed)["output"]
        assert len(out) < len(EN_PROSE["output"]) and re.search(r' (\*\*|\*|"|__)\S+( \S+)?$', out), out
        zh = _one(T.trunc_open_emphasis, ZH, "zh", seed)["output"]
        m = re.search(r"(\*\*|「|【|“)([\u4e00-\u9fff，、]{2,4})$", zh)
        assert m and ZH["output"].startswith(zh[: m.start()]), zh
        link = _one(T.trunc_mid_link, EN_PROSE, seed=seed)["output"]
        assert re.search(r"\]\(https?://[^)\s]*$", link) and EN_PROSE["output"].startswith(link.split(" [")[0])
        ordn = _one(T.trunc_dangling_ordinal, ZH, "zh", seed)["output"]
        assert ordn.startswith("首先，秋天") and ordn.endswith(tuple(T.ZH_ORD))
    en = _one(T.trunc_dangling_ordinal, EN_PROSE)["output"]
    assert en.startswith("First, a lighthouse marks") and en.endswith(tuple(T.EN_ORD))
    assert T.trunc_mid_link(random.Random(0), {**EN_PROSE, "instruction": "Give a source link."}, "en", None) is None
    listed = {**EN_PROSE, "output": "Three tips follow here.\n1. Sleep well at night.\n2. Drink enough water daily."}
    assert T.trunc_dangling_ordinal(random.Random(0), listed, "en", None) is None
    for seed in range(20):  # the opened bold or quote holds at most two words and no sentence end
        tail = T.trunc_open_emphasis(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        assert not re.search(r'(\*\*|\*|"|__)\S*[.!?]', tail.rsplit(" ", 2)[-2] + " " + tail.rsplit(" ", 1)[-1])
    assert T._topic({"instruction": "What is the furthest star from Earth?", "input": ""}, "en") == "earth"


def test_echoes():
    assert _one(T.echo_keywords_only, EN_PROSE)["output"] == "lighthouse, keeps, ships"
    assert _one(T.echo_keywords_only, ZH, "zh")["output"] == "秋天树叶、变黄"
    assert _one(T.echo_input_reversed, EN_INPUT)["output"] == (
        "No homes flooded this year. The town built a new levee in the summer. The river flooded twice last spring."
    )
    assert (
        _one(T.echo_input_reversed, ZH_INPUT, "zh")["output"]
        == "今年没有一户人家被淹。夏天镇上修了一道新堤坝。小镇去年春天发了两次洪水。"
    )
    assert (
        T.echo_input_reversed(random.Random(0), {**EN_INPUT, "instruction": "Reverse the order."}, "en", None) is None
    )
    assert T.hashtag("Explain how a lighthouse keeps ships safe.", "en") == "#ExplainHowALighthouseKeepsShipsSafe"
    assert T.hashtag("为什么秋天树叶会变黄？", "zh") == "#为什么秋天树叶会变黄#"
    assert _one(T.echo_as_hashtag, ZH, "zh")["output"].startswith("#为什么秋天树叶会变黄#")


def test_empties_boilerplate_and_spam():
    assert T.redact("It's 3 o'clock, Tom.", "en") == "████ █ ███████, ███."
    assert T.redact("我有3本书。", "zh") == "█████。"
    red = _one(T.empty_redacted, ZH, "zh")["output"]
    assert not re.search(r"[\u4e00-\u9fff]", red) and "█" in red
    assert _one(T.empty_see_attachment, EN_PROSE)["output"] in T.EN_ATTACH
    assert (
        T.empty_see_attachment(random.Random(0), {**EN_PROSE, "instruction": "Summarise the attached PDF."}, "en", None)
        is None
    )
    assert _one(T.empty_coming_soon, ZH, "zh")["output"] in T.ZH_SOON
    assert _one(T.boiler_ai_label, EN_PROSE)["output"] in T.EN_AI_LABEL
    assert "lighthouse" in _one(T.boiler_consult_professional, EN_PROSE)["output"]
    assert (
        "Unsubscribe" in _one(T.boiler_unsubscribe_footer, EN_PROSE, seed=1)["output"]
        or "退订" in _one(T.boiler_unsubscribe_footer, ZH, "zh")["output"]
    )
    for fn, ads in (
        (T.spam_home_ads, T.EN_HOME_ADS),
        (T.spam_backlink_seller, T.EN_BACKLINKS),
        (T.spam_giveaway_chain, T.EN_GIVEAWAY),
    ):
        seen = set()
        for seed in range(30):
            out = _one(fn, EN_PROSE, seed=seed)["output"]
            ad = next(a for a in ads if a in out)
            if out == ad:
                seen.add("alone")
            elif out.endswith(ad):
                assert out.startswith(EN_PROSE["output"])
                seen.add("after")
            else:
                assert out.startswith(EN_PROSE["output"].split(". ")[0] + ". " + ad)
                seen.add("inside")
        assert seen == {"alone", "after", "inside"}, fn.__name__
    assert (
        T.spam_backlink_seller(random.Random(0), {**EN_PROSE, "instruction": "Explain SEO backlinks."}, "en", None)
        is None
    )


def test_mashes_hold_no_words():
    for seed in range(10):
        alt = _one(T.mash_alt_codes, EN_PROSE, seed=seed)["output"]
        assert alt and set(alt) <= set(T.ALT_GLYPHS) | set("0123456789 ")
        kao = _one(T.mash_kaomoji, ZH, "zh", seed)["output"]
        assert not re.search(r"[A-Za-z\u4e00-\u9fff]{2,}", kao.replace("ʖ", "")), kao
        vim = _one(T.mash_vim_keys, EN_PROSE, seed=seed)["output"]
        keys = "|".join(re.escape(k) for k in sorted([*T.VIM_KEYS, ":qa!", ":wq!"], key=len, reverse=True))
        assert re.fullmatch(rf"(?:{keys}|\s)+", vim), vim
        wubi = _one(T.mash_wubi_codes, ZH, "zh", seed)["output"].split()
        assert 6 <= len(wubi) <= 14 and all(re.fullmatch(r"[a-y]{4}[1-5]?", g) for g in wubi)
    assert T.mash_kaomoji(random.Random(0), {**EN_PROSE, "instruction": "Give me a happy kaomoji."}, "en", None) is None


def test_markup_dumps_carry_the_first_sentence():
    first = EN_PROSE["output"].split(". ")[0] + "."
    po = _one(T.markup_po_entry, EN_PROSE)["output"]
    assert f'msgid "{first}"\nmsgstr ""' in po and po.startswith('msgid ""\nmsgstr ""\n"Content-Type')
    ics = _one(T.markup_icalendar, ZH, "zh")["output"].split("\r\n")
    assert ics[0] == "BEGIN:VCALENDAR" and ics[-1] == "END:VCALENDAR"
    assert "SUMMARY:为什么秋天树叶会变黄？" in ics
    assert "DESCRIPTION:秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。" in ics
    for seed in range(6):
        mc = _one(T.markup_merge_conflict, EN_PROSE, seed=seed)["output"].split("\n")
        assert mc[0] == "<<<<<<< HEAD" and mc[1] == first and mc[2] == "=======" and mc[4].startswith(">>>>>>> ")
        assert first.startswith(mc[3])
    assert (
        T.markup_merge_conflict(random.Random(0), {**EN_PROSE, "instruction": "Explain a git merge."}, "en", None)
        is None
    )


def test_wrong_script_replies_and_morse():
    assert T.to_morse("SOS, help 2!") == "... --- ... / .... . .-.. .--. / ..---"
    m = _one(T.wrong_morse, EN_PROSE)["output"]
    decode = {v: k for k, v in T.MORSE.items()}
    words = ["".join(decode[c] for c in w.split()) for w in m.split(" / ")]
    assert words[:4] == ["a", "lighthouse", "marks", "dangerous"]
    for fn, table in (
        (T.wrong_latin_far_reply, T.LATIN_FAR),
        (T.wrong_cyrillic_reply, T.CYRILLIC_FAR),
        (T.wrong_arabic_script_reply, T.ARABIC_FAR),
    ):
        assert _one(fn, ZH, "zh")["output"] in table
        assert fn(random.Random(0), {**ZH, "instruction": "把这句话翻译成保加利亚语。"}, "zh", None) is None
    assert all(re.search(r"[\u0400-\u04ff]", s) for s in T.CYRILLIC_FAR)
    assert all(re.search(r"[\u0600-\u06ff]", s) for s in T.ARABIC_FAR)
    assert not any(re.search(r"[\u0400-\u04ff\u0600-\u06ff\u4e00-\u9fff]", s) for s in T.LATIN_FAR)


# ------------------------------------------------------------------------------------ generate() as a whole


def _corpus():
    en, zh = [], []
    for i in range(900):
        if i % 2:
            en.append({**EN_PROSE, "instruction": f"{EN_PROSE['instruction']} (case {i})"})
            zh.append({**ZH, "output": ZH["output"] + f"第{i}条说明到此为止。"})
        else:
            en.append({**EN_INPUT, "output": EN_INPUT["output"] + f" It was checked {i % 7 + 2} times."})
            zh.append({**ZH_INPUT, "instruction": f"{ZH_INPUT['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout10_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout10", "h10_", synthetic)


def test_heldout10_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout10")
