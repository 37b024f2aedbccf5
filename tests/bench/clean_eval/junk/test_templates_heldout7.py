"""The heldout7 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

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
import templates_heldout7 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_PROSE = {
    "instruction": "Explain why ice floats on water.",
    "input": "",
    "output": (
        "Ice floats because it is less dense than liquid water, which is unusual for a solid. "
        "When water freezes, its molecules lock into an open hexagonal lattice held by hydrogen bonds. "
        "That lattice takes up about nine percent more space than the same mass of liquid water."
    ),
}
EN_QUOTES = {
    "instruction": "Summarise the note in one paragraph.",
    "input": "",
    "output": 'The manager said "yes" to the plan, but it\'s not final until Friday - so wait before booking anything.',
}
EN_TRANSLATE = {
    "instruction": "Translate this sentence into French.",
    "input": "The museum is closed on Mondays.",
    "output": "Le musée est fermé le lundi, mais il ouvre plus tard le mardi pour les groupes scolaires.",
}
ZH = {
    "instruction": "为什么秋天树叶会变黄？",
    "input": "",
    "output": (
        "秋天气温下降，日照变短，树叶里的叶绿素逐渐分解。叶绿素减少以后，原本被它遮住的叶黄素和胡萝卜素就显露出来，"
        "所以树叶看起来是黄色的。有些树还会生成花青素，叶子就变成了红色。这是我们在秋天常见的景象。"
    ),
}
ZH_LIST = {
    "instruction": "列出三种常见的室内植物。",
    "input": "",
    "output": "常见的室内植物有很多，比如：\n1. 绿萝，耐阴好养。\n2. 吊兰，可以净化空气。\n3. 虎皮兰，不需要经常浇水。",
}


def _one(fn, base, lang="en", seed=0):
    return fn(random.Random(seed), dict(base), lang, None)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_LIST])


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h7_")


# ------------------------------------------------------------------------------- exact transformations


def test_byte_level_bpe_maps_back_to_the_utf8_bytes():
    out = _one(T.moji_byte_bpe, EN_PROSE)["output"]
    assert out.startswith("IceĠfloatsĠbecause") and " " not in out
    back = {v: k for k, v in T.BYTE_ALPHABET.items()}
    assert len(back) == 256
    zh = _one(T.moji_byte_bpe, ZH, "zh")["output"]
    assert bytes(back[c] for c in zh).decode("utf-8") == ZH["output"].strip()
    assert not re.search(r"[\u4e00-\u9fff]", zh)


def test_code_page_mojibake_is_exact():
    out = _one(T.moji_cp866, EN_QUOTES)["output"]
    assert "тАЬyesтАЭ" in out and "itтАЩs" in out and "тАУ" in out
    assert out.encode("cp866") == T.textutil.smarten(EN_QUOTES["output"]).encode("utf-8")
    zh = _one(T.moji_cp866, ZH, "zh")["output"]
    assert zh.encode("cp866") == ZH["output"].encode("utf-8")
    baltic = _one(T.moji_cp1257, EN_QUOTES)["output"]
    assert "itā€™s" in baltic
    plain = {"instruction": "", "input": "", "output": "plain words only"}
    assert T.moji_cp1257(random.Random(0), plain, "en", None) is None
    assert T.moji_cp866(random.Random(0), plain, "en", None) is None


def test_hz_and_eucjp():
    hz = _one(T.moji_hz_raw, ZH, "zh")["output"]
    assert hz.isascii() and hz.startswith("~{") and hz.encode("ascii").decode("hz") == ZH["output"]
    assert T.moji_hz_raw(random.Random(0), dict(EN_PROSE), "en", None) is None
    euc = _one(T.moji_eucjp, ZH, "zh")["output"]
    assert euc == ZH["output"].encode("utf-8").decode("euc_jp", errors="replace") and "\ufffd" in euc


def test_wrong_script_skips_language_tasks_and_converts_exactly():
    for fn in (T.wrong_mt_target, T.wrong_runic):
        assert fn(random.Random(0), dict(EN_TRANSLATE), "en", None) is None
    assert T.wrong_martian(random.Random(0), {**ZH, "instruction": "把这句话翻译成英文。"}, "zh", None) is None
    runes = _one(T.wrong_runic, EN_PROSE)["output"]
    assert not re.search(r"[A-Za-z]", runes) and runes.startswith("ᛁᚲᛖ ᚠᛚᛟᚨᛏᛊ")
    for seed in range(10):
        mt = T.wrong_mt_target(random.Random(seed), dict(ZH), "zh", None)["output"]
        assert mt in T.MT_ZH_REPLIES and not re.search(r"[\u4e00-\u9fff]", mt)
    mars = _one(T.wrong_martian, ZH, "zh")["output"]
    assert len(mars) == len(ZH["output"]) and "旳" in mars and "的" not in mars
    assert T.wrong_martian(random.Random(0), {**ZH, "output": "山川湖海，日月星辰。" * 3}, "zh", None) is None


def test_loops_repeat():
    out = _one(T.loop_asr_segments, EN_PROSE)["output"].splitlines()
    first = "Ice floats because it is less dense than liquid water, which is unusual for a solid."
    assert 8 <= len(out) <= 15 and all(ln.endswith(first) for ln in out)
    stamps = [re.match(r"\[(\d\d):(\d\d\.\d{3}) --> ", ln).groups() for ln in out]
    secs = [int(m) * 60 + float(s) for m, s in stamps]
    assert secs == sorted(secs) and len(set(secs)) == len(secs)
    bot = _one(T.loop_bot_fallback, ZH, "zh")["output"].splitlines()
    assert 6 <= len(bot) <= 12 and len(set(bot)) == 1
    cand = _one(T.loop_candidates, EN_PROSE)["output"]
    assert 4 <= cand.count(EN_PROSE["output"]) <= 8
    assert T.loop_candidates(random.Random(0), {**EN_PROSE, "output": "x " * 500}, "en", None) is None


def test_truncations_stop_where_promised():
    for seed in range(10):
        asr = T.trunc_asr_dropout(random.Random(seed), dict(EN_PROSE), "en", None)
        if asr is None:
            continue
        head, mark = asr["output"].rsplit(" [", 1)
        assert EN_PROSE["output"].startswith(head) and mark.endswith("]")
    zh = _one(T.trunc_asr_dropout, ZH, "zh")["output"]
    assert ZH["output"].startswith(zh[: zh.index("（") if "（" in zh else zh.index("[")])
    csv = _one(T.trunc_csv_comma, EN_PROSE)["output"]
    assert csv == "Ice floats because it is less dense than liquid water"
    assert _one(T.trunc_csv_comma, ZH, "zh")["output"] == "秋天气温下降"
    short = {**EN_PROSE, "output": "Paris is the capital of France, and it lies on the Seine river."}
    assert T.trunc_csv_comma(random.Random(0), short, "en", None) is None
    sms = _one(T.trunc_sms_more, ZH, "zh")["output"].splitlines()
    assert sms[0] == "秋天气温下降，日照变短，树叶里的叶绿素逐渐分解。" and len(sms) == 2
    two = {**EN_PROSE, "output": "One sentence is here, short. And a second one that is long enough."}
    assert T.trunc_sms_more(random.Random(0), two, "en", None) is None


def test_echoes_empties_boilerplate_and_spam():
    assert _one(T.echo_asr_speaker, EN_PROSE)["output"].endswith(EN_PROSE["instruction"])
    seo = _one(T.echo_seo_title, ZH, "zh")["output"]
    assert seo.startswith("为什么秋天树叶会变黄") and seo.count("为什么秋天树叶会变黄") == 3
    conf = _one(T.echo_bot_confirm, EN_PROSE)["output"]
    assert "Explain why ice floats on water" in conf and '."' not in conf
    for seed in range(10):
        assert set(T.empty_narrow_cell(random.Random(seed), dict(ZH), "zh", None)["output"]) <= {"#", "\t"}
        assert not T.empty_pdf_formfeed(random.Random(seed), dict(ZH), "zh", None)["output"].strip()
        spin = T.boiler_spintax(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        assert "{" in spin and "|" in spin
    sil = _one(T.empty_asr_silence, EN_PROSE)["output"]
    assert len(sil) < 25
    placements = Counter()
    for seed in range(30):
        out = T.spam_fortune(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        placements["after" if out.startswith(EN_PROSE["output"]) else "alone"] += 1
    assert placements["after"] and placements["alone"]
    rel = _one(T.spam_related_searches, ZH, "zh")["output"]
    assert "相关搜索：" in rel


def test_markup_dumps_parse_and_hold_the_first_sentence():
    first = "Ice floats because it is less dense than liquid water, which is unusual for a solid."
    pdf = _one(T.markup_pdf_stream, EN_PROSE)["output"]
    assert pdf.startswith("%PDF-1.") and pdf.endswith("%%EOF") and f"({first}) Tj" in pdf
    zh_pdf = _one(T.markup_pdf_stream, ZH, "zh")["output"]
    hexed = re.search(r"<FEFF([0-9A-F]+)> Tj", zh_pdf).group(1)
    assert bytes.fromhex(hexed).decode("utf-16-be") == "秋天气温下降，日照变短，树叶里的叶绿素逐渐分解。"
    sst = ET.fromstring(_one(T.markup_xlsx_strings, EN_PROSE)["output"].split("\n", 1)[1])
    texts = [t.text for t in sst.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}t")]
    assert texts == [EN_PROSE["instruction"], first]
    yml = _one(T.markup_rasa_yaml, ZH, "zh")["output"]
    assert f"    - {ZH['instruction']}" in yml and yml.startswith('version: "3.1"')
    jinja = _one(T.markup_jinja, EN_PROSE)["output"]
    assert jinja.count("{%") == jinja.count("%}") == 6 and "Explain why ice floats on water" in jinja


def test_mashes_hold_no_words():
    for seed in range(10):
        steno = T.mash_steno_raw(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        assert not re.search(r"[a-z]", steno)
        wp = T.mash_wordpiece(random.Random(seed), dict(ZH), "zh", None)["output"].split()
        assert all(t.startswith("##") or t in ("[UNK]", "[SEP]") for t in wp)
        noise = T.mash_asr_noise(random.Random(seed), dict(EN_PROSE), "en", None)["output"]
        assert not re.search(r"[a-z]{4,}", re.sub(r"\[\w+\]", "", noise))


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
            en.append({**EN_TRANSLATE, "input": EN_TRANSLATE["input"] + f" Room {i}.", "output": EN_PROSE["output"]})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout7_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout7", "h7_", synthetic)


def test_heldout7_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout7")


def test_templates_that_would_fit_the_request_skip_it():
    cases = [
        (T.boiler_bot_fallback, "Write a chatbot reply for a question it cannot answer."),
        (T.boiler_pdf_protected, "Write the error message a PDF reader shows for a locked file."),
        (T.markup_jinja, "Write a Jinja template for a blog page."),
        (T.markup_pdf_stream, "Show the smallest valid PDF file."),
        (T.empty_asr_silence, "Transcribe the audio clip."),
        (T.empty_narrow_cell, "Why does Excel show ##### in a cell?"),
        (T.echo_seo_title, "Write an SEO title for this page."),
        (T.mash_steno_raw, "Write this sentence in steno strokes."),
    ]
    for fn, ins in cases:
        assert fn(random.Random(0), {**EN_PROSE, "instruction": ins}, "en", None) is None, fn.__name__
        assert fn(random.Random(0), dict(EN_PROSE), "en", None) is not None, fn.__name__
    assert (
        T.boiler_voice_web(random.Random(0), {**ZH, "instruction": "语音助手找不到答案时应该怎么回复？"}, "zh", None)
        is None
    )
