"""The authored good look-alikes of heldout12: seeded, distinct, balanced, correct, pinned, apart from heldout2-11."""

import base64
import html
import re
import sys
from email.header import decode_header
from pathlib import Path

JUNK = Path(__file__).resolve().parents[4] / "bench" / "clean_eval" / "junk"
sys.path.insert(0, str(JUNK))

import good_heldout12 as G12  # noqa: E402
import templates_heldout12 as T12  # noqa: E402

from tests.support import blind_parts  # noqa: E402

ROWS = G12.build_good()


def _kind(kind, lang=None):
    return blind_parts.kind_rows(ROWS, kind, lang)


def test_rows_are_pinned_balanced_distinct_and_complete():
    blind_parts.check_good_rows(G12, ROWS, "heldout12", "h12g_")


def test_no_text_or_kind_shared_with_earlier_blind_parts():
    blind_parts.check_apart_from_earlier(G12, ROWS, "heldout12")


def test_html_escapes_unescape_to_the_input():
    for r in _kind("html_escape"):
        out = r["output"]
        assert html.unescape(out) == r["input"] and not re.search(r"[<>\"']", out)
        assert re.search(r"&(lt|gt|amp|quot|#x27);", out)


def test_emoji_stories_have_one_emoji_per_event_in_order():
    by_name = {e[0]: e[2] for e in G12.EVENTS} | {e[1]: e[2] for e in G12.EVENTS}
    for r in _kind("emoji_story"):
        listed = re.split(r", |、", re.split(r"no words: |不要文字：", r["instruction"])[1].rstrip(".。"))
        sep = " → " if ("arrows" in r["instruction"] or "箭头" in r["instruction"]) else " "
        assert r["output"] == sep.join(by_name[e] for e in listed) and 4 <= len(listed) <= 7
        assert not re.search(r"[A-Za-z\u4e00-\u9fff]", r["output"])


def test_jinja_templates_loop_over_the_asked_fields():
    for r in _kind("jinja_template"):
        var, f1, f2, item = re.findall(r"`(\w+)`", r["instruction"])
        out = r["output"]
        assert "{% for " + f"{item} in {var}" + " %}" in out and out.count("{% endfor %}") == 1
        assert out.index("{{ " + f"{item}.{f1}" + " }}") < out.index("{{ " + f"{item}.{f2}" + " }}")
        table = "table" in r["instruction"] or "表格" in r["instruction"]
        assert out.startswith("<table>" if table else "<ul>") and out.endswith("</table>" if table else "</ul>")
        if table:
            assert f"<th>{f1.capitalize()}</th><th>{f2.capitalize()}</th>" in out


def test_class_adverts_carry_the_shop_offer_and_phone():
    for r in _kind("class_ad_copy"):
        phone = re.search(r"(555-01\d\d)", r["instruction"]).group(1)
        name = next(n for n, _, _ in G12.EN_SHOPS + G12.ZH_SHOPS if n in r["instruction"])
        offer = re.search(r"(\d+% off|[\d.]+折)", r["instruction"]).group(1)
        out = r["output"]
        assert out.startswith(name) and phone in out and offer in out
        assert len(re.findall(r"[.!](?:\s|$)|[。！]", out)) == 2


def test_cliffhangers_break_off_with_an_ellipsis():
    for r in _kind("cliffhanger"):
        out = r["output"]
        who = next(h for h in G12.EN_HEROES + G12.ZH_HEROES if h in r["instruction"])
        where = next(p for p in G12.EN_PLACES + G12.ZH_PLACES if p in r["instruction"])
        assert who in out and where in out and out.endswith("…")
        assert not re.search(r"[.!?。！？]", out.rstrip("…"))


def test_candidate_lists_come_from_the_input():
    for r in _kind("candidate_list", "en"):
        prefix = re.search(r"start with '(\w+)'", r["instruction"]).group(1)
        want = [w for w in r["input"].split(", ") if w.startswith(prefix)]
        assert r["output"].split("\n") == [f"{i + 1}. {w}" for i, w in enumerate(want)] and len(want) >= 2
    for r in _kind("candidate_list", "zh"):
        py = re.search(r"拼音为“(\w+)”", r["instruction"]).group(1)
        want = [ln.split("：")[1] for ln in r["input"].split("\n") if ln.split("：")[0] == py]
        assert r["output"] == " ".join(f"{i + 1}.{c}" for i, c in enumerate(want)) and len(want) >= 2


def test_encoded_words_decode_to_the_subject():
    assert G12.encoded_word("Café 1", "Q") == "=?UTF-8?Q?Caf=C3=A9_1?="
    for r in _kind("mime_header"):
        out = r["output"]
        enc = "B" if "(B)" in r["instruction"] else "Q"
        assert re.fullmatch(r"=\?UTF-8\?" + enc + r"\?[!-~]+\?=", out) and " " not in out
        ((raw, charset),) = decode_header(out)
        assert charset == "utf-8" and raw.decode("utf-8") == r["input"]
        if enc == "B":
            assert base64.b64decode(out[10:-2]).decode() == r["input"]


def test_textproto_matches_the_record():
    for r in _kind("textproto"):
        m = re.search(
            r"name = (.+?)[,，] ?id = (\d+)[,，] ?active = (true|false)[,，] ?tags = \[(.+)\]", r["instruction"]
        )
        name, ident, active, tags = m.group(1), m.group(2), m.group(3), m.group(4).split(", ")
        lines = r["output"].split("\n")
        assert lines[:3] == [f'name: "{name}"', f"id: {ident}", f"active: {active}"]
        assert lines[3:] == [f'tags: "{t}"' for t in tags]


def test_anki_cards_hide_the_asked_part():
    for r in _kind("anki_card"):
        facts = [re.split(r" \| (?:hide: |挖空：)", ln) for ln in r["input"].split("\n")]
        cards = r["output"].split("\n")
        assert len(cards) == len(facts)
        for (fact, hide), card in zip(facts, cards, strict=True):
            assert "{{c1::" + hide + "}}" in card and card.replace("{{c1::" + hide + "}}", hide) == fact


def test_queue_messages_carry_position_and_wait():
    for r in _kind("queue_message"):
        n, m = re.findall(r"(\d+)", r["instruction"])[:2]
        assert re.findall(r"(\d+)", r["output"]) == [n, m]
        assert r["output"] in {t.format(n=n, m=m) for t in G12.EN_QUEUE_COPY + G12.ZH_QUEUE_COPY}


def test_combo_notation_maps_every_input():
    arrows = {**G12.EN_DIRS, **G12.ZH_DIRS}
    buttons = {**G12.EN_BUTTONS, **G12.ZH_BUTTONS}
    for r in _kind("combo_notation"):
        seq = re.split(r", |、", re.split(r"\): |）：", r["instruction"])[1].rstrip(".。"))
        dirs = [s for s in seq if s in arrows]
        press = [s for s in seq if s in buttons]
        assert len(dirs) + len(press) == len(seq) and dirs and press
        assert r["output"] == " ".join(arrows[d] for d in dirs) + " + " + "+".join(buttons[b] for b in press)


def test_accents_and_tone_marks():
    known = {"ni3": "nǐ", "hao3": "hǎo", "lü3": "lǚ", "dui4": "duì", "liu2": "liú", "xiong2": "xióng", "xie5": "xie"}
    assert {k: G12.tone_mark(k) for k in known} == known
    assert G12.tone_mark("zi") == "zi" and G12.tone_mark("guo3") == "guǒ" and G12.tone_mark("zhou1") == "zhōu"
    for r in _kind("diacritics_restore", "en"):
        words = r["instruction"].split(": ")[1].rstrip(".").split(", ")
        assert r["output"] == ", ".join(G12.EN_ACCENTS[w] for w in words)
        assert all(not w.isascii() for w in r["output"].split(", "))
    for r in _kind("diacritics_restore", "zh"):
        out = r["output"]
        assert not re.search(r"\d", out) and len(out.split("，")) == len(r["input"].split("，"))
        assert re.sub(r"\d", "", r["input"]).replace("v", "ü") != out


def test_latin_mottos_answer_the_phrase_asked():
    for r in _kind("latin_motto"):
        _en, _zh, la = next(m for m in G12.MOTTOS if m[0] in r["instruction"] or m[1] in r["instruction"])
        assert r["output"].rstrip(".") == la
    # the junk's classical replies are never a requested motto
    assert not {m[2] for m in G12.MOTTOS} & set(T12.CLASSICAL)
