"""The heldout8 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

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
import templates_heldout8 as T  # noqa: E402
import textutil  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_PROSE = {
    "instruction": "Explain how a sundial tells the time.",
    "input": "",
    "output": (
        "A sundial tells the time from the shadow that its gnomon casts on a marked dial. "
        "As the sun moves across the sky, the shadow sweeps round the hour lines in a steady arc. "
        "Reading where the shadow falls gives the local solar time, which can differ from clock time."
    ),
}
EN_QUOTES = {
    "instruction": "Summarise the memo in one sentence.",
    "input": "",
    "output": 'The board said "not yet" to the new wing, but it\'s back on the agenda in March - so keep the drawings.',
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
    "instruction": "列出三种常见的早餐。",
    "input": "",
    "output": "常见的早餐有不少，例如：\n1. 豆浆油条，香脆可口。\n2. 小米粥，清淡养胃。\n3. 包子，方便携带。",
}


def _one(fn, base, lang="en", seed=0):
    return fn(random.Random(seed), dict(base), lang, None)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_LIST])


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h8_")


# ------------------------------------------------------------------------------- exact transformations


@pytest.mark.parametrize("codec,fn", [("cp1256", T.moji_cp1256), ("cp850", T.moji_cp850)])
def test_code_page_mojibake_encodes_back(codec, fn):
    zh = _one(fn, ZH, "zh")["output"]
    assert zh.encode(codec) == ZH["output"].encode("utf-8")
    en = _one(fn, EN_QUOTES)["output"]
    assert en.encode(codec) == textutil.smarten(EN_QUOTES["output"]).encode("utf-8")
    assert en != textutil.smarten(EN_QUOTES["output"]) and "not yet" in en and "\u2019" not in en
    assert _one(fn, {**EN_QUOTES, "output": "Plain ASCII only, nothing to break here at all."}) is None


def test_ogham_is_letter_for_letter_and_skips_language_tasks():
    assert T.ogham("Ice sets") == "᚛ᚔᚉᚓ\u1680ᚄᚓᚈᚄ᚜"
    out = _one(T.wrong_ogham, EN_PROSE)["output"]
    assert not re.search(r"[A-Za-z]", out) and out.startswith("᚛") and out.endswith("᚜")
    assert len(out) == len(EN_PROSE["output"]) + 2
    assert _one(T.wrong_ogham, EN_PROSE, "zh") is None
    for ins in ("Translate this into Irish.", "Write my name in the Ogham alphabet."):
        assert _one(T.wrong_ogham, {**EN_PROSE, "instruction": ins}) is None
    for fn in (T.wrong_far_script, T.wrong_minor_latin):
        assert _one(fn, {**EN_PROSE, "instruction": "Translate the sentence into Basque."}) is None
        assert _one(fn, {**ZH, "instruction": "把这句话翻译成柬埔寨语。"}, "zh") is None
        assert _one(fn, EN_PROSE)["output"] in (T.FAR + T.NEAR)
    assert all(not textutil.CJK.search(x) and not re.search(r"[A-Za-z]", x) for x in T.FAR)


def test_loops_repeat():
    first = textutil.sentences(EN_PROSE["output"], "en")[0]
    out = _one(T.loop_mail_quotes, EN_PROSE)["output"]
    assert out.count(first) >= 6 and out.startswith(first)
    depths = [len(m) for m in re.findall(r"^(>+) ", out, re.M)]
    assert max(depths) == out.count(first) - 1
    zh = _one(T.loop_mail_quotes, ZH_LIST, "zh")["output"]
    assert all(ln.startswith(">") for block in zh.split("\n\n")[1:] for ln in block.splitlines())
    for lang, base, word in (("en", EN_PROSE, "Action:"), ("zh", ZH, "动作：")):
        out = _one(T.loop_agent_retry, base, lang)["output"]
        assert out.count(word) >= 6
        assert len(set(re.findall(word + r".*", out))) == 1


def test_truncations_stop_mid_sentence_with_their_marker():
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        for seed in range(20):
            out = _one(T.trunc_clipped_mail, base, lang, seed)
            if out is None:
                continue
            body, note = out["output"].split("\n\n")
            assert note in ("[Message clipped]  View entire message", "[邮件内容过长，已被截断]  查看完整邮件")
            assert base["output"].startswith(body) and len(body) < 0.65 * len(base["output"])
            assert body[-1] not in ".!?。！？"
            out = _one(T.trunc_rag_window, base, lang, seed)
            if out is None:
                continue
            body = re.sub(r"(…|\.\.\.| \[\.\.\.\])$", "", out["output"])
            assert body != out["output"] and base["output"].startswith(body)
            if lang == "en":
                assert base["output"][len(body)] == " "


def test_echoes_empties_boilerplate_and_spam():
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        assert base["instruction"] in _one(T.echo_rag_query, base, lang)["output"]
        out = _one(T.echo_mail_quote, base, lang)["output"]
        assert out.splitlines()[1] == "> " + base["instruction"]
        call = json.loads(_one(T.echo_tool_query, base, lang)["output"])
        assert call["args"]["query"] == base["instruction"]
        assert _one(T.empty_final_answer, base, lang)["output"].strip() in (
            "Final Answer:",
            "FINAL ANSWER:",
            "最终答案：",
            "最终回答：",
            "Final Answer：",
        )
        assert _one(T.empty_mail_signature, base, lang)["output"].startswith("-- \n")
        assert len(_one(T.empty_wiki_blanked, base, lang)["output"]) <= 11
        for fn in (T.boiler_out_of_office, T.boiler_captcha_wall, T.boiler_self_talk):
            out = _one(fn, base, lang)["output"]
            assert textutil.sentences(base["output"], lang)[0] not in out
    places = Counter()
    for seed in range(30):
        out = _one(T.spam_extension_promo, EN_PROSE, "en", seed)["output"]
        assert "FREE30" in out
        rest = out.replace(out[out.index("⚡") :].split("\n")[0], "").strip()
        places["alone" if not rest else "with"] += 1
    assert places["alone"] and places["with"]
    assert "http://" in _one(T.spam_mailbox_phish, ZH, "zh")["output"]
    assert "example.biz" in _one(T.spam_wiki_linkspam, EN_PROSE)["output"]


def test_markup_dumps_parse_and_hold_the_first_sentence():
    for lang, base in (("en", EN_PROSE), ("zh", ZH)):
        first = textutil.sentences(base["output"], lang)[0]
        rag = _one(T.markup_rag_context, base, lang)["output"]
        assert rag.startswith("<context>") and rag.endswith("</context>") and first in rag
        arc = _one(T.markup_archive_snapshot, base, lang)["output"]
        stamp = re.search(r"/web/(\d{14})/", arc).group(1)
        assert int(stamp[8:10]) < 24 and int(stamp[10:12]) < 60 and int(stamp[12:]) < 60
        assert f"<p>{first}</p>" in arc
        msg = json.loads(_one(T.markup_tool_call, base, lang)["output"])
        assert msg["content"] is None and json.loads(msg["tool_calls"][0]["function"]["arguments"])["topic"]
        rows = [json.loads(ln) for ln in _one(T.markup_sensor_log, base, lang)["output"].splitlines()]
        assert len(rows) >= 4 and len({r["device"] for r in rows}) == 1
        assert [r["ts"] for r in rows] == sorted(r["ts"] for r in rows)


def test_mashes_hold_no_words():
    vocab = set(re.findall(r"[a-z]{4,}", (EN_PROSE["output"] + EN_QUOTES["output"]).lower()))
    for seed in range(20):
        for fn in (T.mash_captcha_guesses, T.mash_wrong_baud):
            out = _one(fn, EN_PROSE, "en", seed)["output"]
            assert not textutil.CJK.search(out)
            assert not vocab & set(re.findall(r"[a-z]{4,}", out.lower()))
        assert not re.search(r"[A-Za-z]{2}", _one(T.mash_wrong_baud, ZH, "zh", seed)["output"].replace("x", " "))


def test_templates_that_would_fit_the_request_skip_it():
    cases = [
        (T.boiler_out_of_office, "Write an out-of-office e-mail reply for my holiday."),
        (T.boiler_captcha_wall, "What is a CAPTCHA for?"),
        (T.boiler_self_talk, "Write an inner monologue for a nervous chess player."),
        (T.echo_tool_query, "Show the JSON for a web_search tool call."),
        (T.markup_tool_call, "Explain the OpenAI API's tool_calls field."),
        (T.markup_sensor_log, "Give three sample sensor readings as JSON lines."),
        (T.markup_archive_snapshot, "How do I find an old web page in the Wayback Machine?"),
        (T.markup_rag_context, "What does a retrieval-augmented prompt look like?"),
        (T.mash_captcha_guesses, "Suggest five random strings for a password."),
        (T.empty_mail_signature, "Write an e-mail signature."),
        (T.empty_wiki_blanked, "How many legs does a spider have?"),
        (T.spam_mailbox_phish, "What does a phishing e-mail look like?"),
        (T.spam_wiki_linkspam, "Write an advert for a shoe outlet."),
        (T.loop_mail_quotes, "Quote the previous e-mail in your reply."),
    ]
    for fn, ins in cases:
        assert fn(random.Random(0), {**EN_PROSE, "instruction": ins}, "en", None) is None, fn.__name__
        assert fn(random.Random(0), dict(EN_PROSE), "en", None) is not None, fn.__name__
    assert (
        T.boiler_out_of_office(random.Random(0), {**ZH, "instruction": "写一封休假自动回复邮件。"}, "zh", None) is None
    )


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
            en.append({**EN_PROSE, "input": f"Room {i}.", "output": EN_PROSE["output"] + f" Dial {i}."})
            zh.append({**ZH, "instruction": f"{ZH['instruction']}（{i}）"})
    return {"en": en, "zh": zh}


@pytest.fixture
def synthetic(monkeypatch):
    return blind_parts.use_corpus(monkeypatch, G, _corpus())


def test_generate_heldout8_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout8", "h8_", synthetic)


def test_heldout8_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout8")
