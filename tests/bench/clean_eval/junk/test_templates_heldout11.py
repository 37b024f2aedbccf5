"""The heldout11 junk generators on fixed base records, and generate() on a synthetic corpus (no public data)."""

import json
import random
import re
import sys
from pathlib import Path

import pytest

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import generate as G  # noqa: E402
import templates_heldout11 as T  # noqa: E402

from tests.support import blind_parts  # noqa: E402

EN_PROSE = {
    "instruction": "Explain how a lighthouse keeps ships safe.",
    "input": "",
    "output": (
        "A lighthouse marks dangerous coasts and harbour entrances with a bright light that ships can see from far away. "
        "Each lighthouse flashes in its own pattern, so sailors can tell which one they're looking at. "
        "At night or in fog, this helps them fix their position and steer clear of rocks. "
        "Keepers once trimmed the wicks by hand, but today most lights are automatic and run on mains power."
    ),
}
EN_QUOTES = {
    "instruction": "What did the coach say after the match?",
    "input": "",
    "output": (
        "The coach said the team \"played with heart\" and that it's the best game they've had all season - "
        "even though they lost by a goal."
    ),
}
ZH = {
    "instruction": "为什么秋天树叶会变黄？",
    "input": "",
    "output": (
        "秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。叶绿素减少以后，原本被它掩盖的胡萝卜素和叶黄素显露出来，"
        "所以叶子看起来变成了黄色。有些树叶还会生成花青素，于是变成红色。"
    ),
}
ZH_SHORT = {
    "instruction": "概括下面这段话的主要内容。",
    "input": "小镇去年春天发了两次洪水。夏天镇上修了一道新堤坝。今年没有一户人家被淹。",
    "output": "新堤坝起了作用：小镇在两次洪水后修了堤坝，今年没有人家再被淹。",
}
EN_FIRST = EN_PROSE["output"].split(". ")[0] + "."
ZH_FIRST = "秋天气温下降、日照变短，树叶里的叶绿素逐渐分解，不再被补充。"


class Ctx:
    """Stands in for generate.Context: hands out a fixed record of the other language."""

    def other_language_output(self, lang):
        return ZH["output"] if lang == "en" else EN_PROSE["output"]


def _one(fn, base, lang="en", seed=0):
    return fn(random.Random(seed), dict(base), lang, Ctx())


def _with(base, **kw):
    return {**base, **kw}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_generator_changes_the_answer(lang):
    blind_parts.check_generators_change_the_answer(
        T, lang, [EN_PROSE, EN_QUOTES] if lang == "en" else [ZH, ZH_SHORT], Ctx()
    )


def test_every_kind_has_several_templates_per_language():
    blind_parts.check_kinds(T)


def test_generator_names_are_new():
    blind_parts.check_names(T, "h11_")


# ------------------------------------------------------------------------------------------------- loop


def test_loops():
    for seed in range(10):
        out = _one(T.loop_punct_run, EN_PROSE, seed=seed)["output"]
        m = re.search(r"([!.?\-*~])\1{59,}$", out)
        assert m and len(out) - m.start() <= 241 and EN_PROSE["output"].startswith(out[: m.start()].rstrip(".!?"))
        zh = _one(T.loop_punct_run, ZH, "zh", seed)["output"]
        assert re.search(r"([！。…~—？])\1{59,}$", zh)
    out = _one(T.loop_endless_conclusion, EN_PROSE, seed=2)["output"]
    body = EN_FIRST[0].lower() + EN_FIRST[1:]
    assert out.startswith(EN_FIRST) and 6 <= out.count(body) <= 12
    assert out.count(EN_FIRST) == 1 and len({m for m in T.EN_CONCLUDE if m in out}) >= 6
    zh = _one(T.loop_endless_conclusion, ZH, "zh", 1)["output"]
    assert 7 <= zh.count(ZH_FIRST) <= 13 and any(m + ZH_FIRST in zh for m in T.ZH_CONCLUDE)
    assert T.lower_first("I think so.") == "I think so." and T.lower_first("NASA flew.") == "NASA flew."
    assert T.lower_first("Tom is here.") == "Tom is here." and T.lower_first("The sun set.") == "the sun set."
    fill = _one(T.loop_filler_after_each, ZH, "zh")["output"]
    filler = next(f for f in T.ZH_FILLER if f in fill)
    assert fill.startswith(ZH_FIRST + filler) and fill.endswith(filler * 5)
    assert (
        T.loop_filler_after_each(
            random.Random(0), {**EN_PROSE, "output": "Only one sentence here, nothing more."}, "en", None
        )
        is None
    )


# -------------------------------------------------------------------------------------------- truncated


def test_truncations():
    for seed in range(10):
        log = _one(T.trunc_log_marker, EN_PROSE, seed=seed)["output"]
        m = re.search(r"(\.\.\. \[truncated|…\(output truncated, | \[\.\.\.|\n<truncated: ) ?(\d+)", log)
        assert m, log
        kept = log[: m.start()]
        assert EN_PROSE["output"].startswith(kept) and kept[-1].isalpha()
        rest = EN_PROSE["output"][len(kept) :]
        assert int(m.group(2)) == (len(rest.encode()) if "bytes" in log else len(rest))
        zh = _one(T.trunc_log_marker, ZH, "zh", seed)["output"]
        n = int(re.search(r"(\d+)", zh[len(ZH["output"]) // 4 :]).group(1))
        kept = re.split(r"……|\[|…|\n<", zh)[0]
        assert ZH["output"].startswith(kept) and n in (
            len(ZH["output"]) - len(kept),
            len(ZH["output"][len(kept) :].encode()),
        )
        err = _one(T.trunc_stream_error, EN_PROSE, seed=seed)["output"]
        head, tail = err.split("\n\n", 1)
        assert EN_PROSE["output"].startswith(head) and "\n\n" + tail in T.EN_STREAM_ERR
    snip = _one(T.trunc_search_snippet, EN_PROSE)["output"].split("\n")
    assert snip[0].startswith("Explain how a lighthouse keeps ships safe") and snip[0].endswith(
        tuple(T.EN_SNIPPET_SITES)
    )
    date, text = snip[1].split(" — ")
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, 20\d\d", date) and text.endswith(" ...")
    assert EN_PROSE["output"].startswith(text[:-4])
    zs = _one(T.trunc_search_snippet, ZH, "zh")["output"].split("\n")
    assert zs[0].startswith("为什么秋天树叶会变黄") and re.match(r"20\d\d年\d+月\d+日 — ", zs[1])
    assert ZH["output"].startswith(zs[1].split(" — ")[1][:-3])
    tw = _one(T.trunc_tweet_cut, EN_PROSE)["output"]
    m = re.fullmatch(r"(.+)… https://t\.co/[A-Za-z0-9]{10}", tw)
    assert m and len(tw) <= 280 and EN_PROSE["output"].startswith(m.group(1))
    assert T.trunc_tweet_cut(random.Random(0), EN_QUOTES, "en", None) is None


# --------------------------------------------------------------------------------------------- mojibake


@pytest.mark.parametrize(
    "fn,codecs",
    [(T.moji_dos_central, ("cp852", "cp855")), (T.moji_mac_greek_latin2, ("mac_greek", "mac_latin2"))],
)
@pytest.mark.parametrize("base,lang", [(EN_QUOTES, "en"), (ZH, "zh")])
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
    assert fn(random.Random(0), EN_PROSE, "en", None) is None  # one apostrophe is not enough


def test_octal_escapes_decode_back():
    out = _one(T.moji_octal_escapes, ZH, "zh")["output"]
    assert out.isascii() and out.startswith("\\347\\247\\213")
    raw = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), out.encode())
    assert raw.decode("utf-8") == ZH["output"]
    en = _one(T.moji_octal_escapes, EN_QUOTES)["output"]
    assert "it\\342\\200\\231s" in en and "\\342\\200\\234played with heart\\342\\200\\235" in en
    assert T.octal_escape("é a") == "\\303\\251 a"


# ---------------------------------------------------------------------------------- boilerplate and spam


def test_boilerplate_and_guards():
    for fn, en, zh in (
        (T.boiler_age_gate, T.EN_AGE_GATE, T.ZH_AGE_GATE),
        (T.boiler_unavailable, T.EN_UNAVAILABLE, T.ZH_UNAVAILABLE),
        (T.boiler_artifact_pointer, T.EN_ARTIFACT, T.ZH_ARTIFACT),
    ):
        assert _one(fn, EN_PROSE)["output"] in en and _one(fn, ZH, "zh")["output"] in zh
    assert (
        T.boiler_age_gate(random.Random(0), _with(EN_PROSE, instruction="Is 18 the age of majority?"), "en", None)
        is None
    )
    assert T.boiler_unavailable(random.Random(0), _with(ZH, instruction="写一个404页面。"), "zh", None) is None
    assert (
        T.boiler_artifact_pointer(random.Random(0), _with(EN_PROSE, instruction="Name the file."), "en", None) is None
    )


@pytest.mark.parametrize(
    "fn,en,zh",
    [
        (T.spam_sponsor_read, T.EN_SPONSOR, T.ZH_SPONSOR),
        (T.spam_pet_sale, T.EN_PETS, T.ZH_PETS),
        (T.spam_tech_support, T.EN_TECH, T.ZH_TECH),
    ],
)
def test_spam_placements(fn, en, zh):
    for base, lang, ads, sep in ((EN_PROSE, "en", en, " "), (ZH, "zh", zh, "")):
        first = EN_FIRST if lang == "en" else ZH_FIRST
        seen = set()
        for seed in range(30):
            out = _one(fn, base, lang, seed)["output"]
            ad = next(a for a in ads if a in out)
            if out == ad:
                seen.add("alone")
            elif out == base["output"] + "\n\n" + ad:
                seen.add("after")
            else:
                assert out == first + sep + ad + sep + base["output"][len(first) :].lstrip()
                seen.add("inside")
        assert seen == {"alone", "after", "inside"}, (fn.__name__, lang)
    assert T.spam_pet_sale(random.Random(0), _with(EN_PROSE, instruction="How do I train a puppy?"), "en", None) is None


# ---------------------------------------------------------------------------------------- keyboard_mash


def test_mashes_hold_no_words():
    for seed in range(10):
        w = _one(T.mash_wasd, EN_PROSE, seed=seed)["output"]
        assert re.fullmatch(r"(?:[wasdqe]|space|shift| )+", w), w
        p = _one(T.mash_punct_cluster, EN_PROSE, seed=seed)["output"]
        assert set(p) <= set(T.EN_PUNCT_KEYS + " ")
        pz = _one(T.mash_punct_cluster, ZH, "zh", seed)["output"]
        assert set(pz) <= set(T.ZH_PUNCT_KEYS + " ")
        z = _one(T.mash_zhuyin_keys, ZH, "zh", seed)["output"]
        assert z and re.fullmatch(r"[1qaz2wsxedcrfv5tgbyhnujm8ik,9ol.0p;/\-3467 ]+", z), z
    assert T.shift_right("Hello, world") == "jr;;p. ept;f"
    sh = _one(T.mash_shifted_hands, EN_PROSE, seed=3)["output"]
    assert sh.startswith("s ;ohjyjpidr ,stld")
    assert T.mash_wasd(random.Random(0), _with(EN_PROSE, instruction="Which game is best?"), "en", None) is None
    assert T.mash_shifted_hands(random.Random(0), ZH, "zh", None) is None


def test_pig_latin():
    assert T.pig_latin("The string is yellow, rhythm!") == "Ethay ingstray isway ellowyay, ythmrhay!"
    out = _one(T.wrong_pig_latin, EN_PROSE, seed=1)["output"]
    assert out.startswith("Away ighthouselay arksmay angerousday")
    assert T.wrong_pig_latin(random.Random(0), _with(EN_PROSE, instruction="Say it in Pig Latin."), "en", None) is None


# ------------------------------------------------------------------------------------------------- echo


def test_echoes():
    for seed in range(8):
        todo = _one(T.echo_todo_item, EN_PROSE, seed=seed)["output"]
        assert re.fullmatch(r"(- \[ \] |☐ |TODO: )Explain how a lighthouse keeps ships safe\.(\n  Due: \w{3})?", todo)
        ws = _one(T.echo_worksheet_blank, ZH, "zh", seed)["output"]
        assert "为什么秋天树叶会变黄？" in ws and re.search(r"(_{20,}|（　+）)$", ws)
        tk = _one(T.echo_ticket, EN_PROSE, seed=seed)["output"].split("\n")
        assert re.fullmatch(r"(#\d+|\[[A-Z]+-\d+\]) Explain how a lighthouse keeps ships safe\.", tk[0])
        assert tk[-1] in ("No comments yet.",) or tk[-1].endswith("0 comments")
    assert T.echo_ticket(random.Random(0), _with(EN_PROSE, instruction="Describe this bug."), "en", None) is None


# ------------------------------------------------------------------------------------------------ empty


def test_empties():
    assert _one(T.empty_loading, ZH, "zh")["output"] in T.ZH_LOADING
    assert _one(T.empty_answer_labels, EN_PROSE)["output"] in T.EN_LABELS
    ids = {_one(T.empty_record_id, ZH, "zh", s)["output"] for s in range(30)}
    pat = r"ans_[0-9a-f]{8}|ref: Q-\d{5}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}|answer_id=\d+|回答ID：\d+"
    assert all(re.fullmatch(pat, i) for i in ids) and len(ids) > 20
    assert (
        T.empty_record_id(random.Random(0), _with(EN_PROSE, instruction="Generate a random password."), "en", None)
        is None
    )


# ------------------------------------------------------------------------------------------ markup_dump


def test_markup_dumps_carry_the_question_and_first_sentence():
    for seed in range(4):
        js = _one(T.markup_jsonld_faq, ZH, "zh", seed)["output"]
        assert js.startswith('<script type="application/ld+json">\n') and js.endswith("\n</script>")
        data = json.loads(js.split("\n", 1)[1].rsplit("\n", 1)[0])
        q = data["mainEntity"][0]
        assert q["name"] == ZH["instruction"] and q["acceptedAnswer"]["text"] == ZH_FIRST
    lines = _one(T.markup_logfmt, EN_PROSE)["output"].split("\n")
    assert len(lines) == 4 and all(ln.startswith("ts=2023-") for ln in lines)
    assert f'prompt="{EN_PROSE["instruction"]}"' in lines[1] and f'completion="{EN_FIRST}"' in lines[2]
    assert T.logfmt_quote('say "hi"') == '"say \\"hi\\""' and T.logfmt_quote("plain") == "plain"
    sql = _one(T.markup_sql_insert, EN_QUOTES)["output"]
    assert "INSERT INTO `" in sql and sql.endswith("UNLOCK TABLES;")
    assert "'What did the coach say after the match?'" in sql and "it\\'s the best game" in sql
    assert T.markup_sql_insert(random.Random(0), _with(EN_PROSE, instruction="Write an SQL query."), "en", None) is None


# ----------------------------------------------------------------------------------------- wrong_script


def test_wrong_script_replies():
    for fn, table in (
        (T.wrong_latin_far, T.LATIN_FAR2),
        (T.wrong_rare_script, T.RARE_SCRIPT),
        (T.wrong_cyrillic_minority, T.CYRILLIC_MINORITY),
    ):
        assert _one(fn, ZH, "zh")["output"] in table and _one(fn, EN_PROSE)["output"] in table
        assert fn(random.Random(0), _with(ZH, instruction="把这句话翻译成毛利语。"), "zh", None) is None
    assert all(re.search(r"[\u0400-\u04ff]", s) for s in T.CYRILLIC_MINORITY)
    assert not any(re.search(r"[A-Za-z\u0400-\u04ff\u4e00-\u9fff]", s) for s in T.RARE_SCRIPT)
    assert not any(re.search(r"[\u0400-\u04ff\u4e00-\u9fff]", s) for s in T.LATIN_FAR2)


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


def test_generate_heldout11_is_deterministic_balanced_and_never_reuses_a_base(synthetic):
    blind_parts.check_generate(G, T, "heldout11", "h11_", synthetic)


def test_heldout11_bases_have_their_own_salt():
    blind_parts.check_own_salt(G, "heldout11")
